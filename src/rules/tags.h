/*
 * tags.h — the tag, role and attribute tables (see tags.c).
 */
#ifndef PITH_TAGS_H
#define PITH_TAGS_H

#include <gumbo.h>
#include <stdbool.h>

/* What the clean stage does with an element because of its tag. */
typedef enum pith_tag_action {
    PITH_TAG_KEEP = 0,
    PITH_TAG_DROP,        /* never content: script, style, iframe, button... */
    PITH_TAG_DROP_UNLESS_MAIN /* boilerplate unless it holds the article:
                                 nav, aside, footer, header, form, menu */
} pith_tag_action;

typedef struct pith_tag_rule {
    GumboTag tag;
    pith_tag_action action;
    const char *rule; /* name reported by --explain */
} pith_tag_rule;

typedef struct pith_role_rule {
    const char *role;
    const char *rule;
} pith_role_rule;

/* Terminated by an entry with tag GUMBO_TAG_UNKNOWN / role NULL. */
extern const pith_tag_rule pith_tag_rules[];
extern const pith_role_rule pith_role_rules[];

/* Microdata properties whose elements carry metadata, not article text. */
extern const char *const pith_meta_itemprops[];

/* Prefixes of attribute names that mark advertising slots (data-ad-...). */
extern const char *const pith_ad_attribute_prefixes[];

#endif
