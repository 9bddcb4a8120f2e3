/*
 * meta.h — the metadata stage: who wrote the page, when, for which site,
 * in which language, under what title.
 *
 * The stage reads the parsed page before the clean stage changes it.  Each
 * source of metadata has its own file in src/meta/ (jsonld.c, metatags.c,
 * microdata.c, links.c, document.c, byline.c, timetags.c); they record what
 * they see in a table (found.c), and meta.c merges it field by field in the
 * order of trust of trust.c, through the field cleaners: title.c (site-name
 * suffixes), author.c (bylines to names), date.c (dates in many formats and
 * languages), lang.c (language tags, and detection from the text).  All
 * strings are allocated from the result arena (ctx->out), valid UTF-8.
 */
#ifndef PITH_META_H
#define PITH_META_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"

struct pith_ctx;
struct pith_mfound;
struct pith_node;

typedef struct pith_meta {
    const char *title;
    const char *author;
    const char *date;
    const char *date_modified;
    const char *date_time;          /* ISO 8601 with the time, when given */
    const char *date_modified_time;
    /* The date is only the page's "last edited" line (a wiki's footer):
     * no publication date, so no evidence of an article. */
    bool date_page_edit;
    const char *sitename;
    const char *hostname;
    const char *url;
    const char *description;
    const char *language;
    const char *language_source;
    const char *image;
    const char *license;
    const char *pagetype;
    /* The person whose own site this is, when the site's name or its
     * copyright line is a person's name ("Nora Whitlock"): the author of its
     * articles that name none (pith_meta_owner_as_author). */
    const char *owner;
    const char **categories;
    size_t n_categories;
    const char **tags;
    size_t n_tags;
    /* Hints for the content stage. */
    const char *article_body; /* JSON-LD articleBody text, if any */
    const char *declared_title; /* the title the page declares (<title>,
                                   og:title...) cut of the site's name: the
                                   headings that repeat it are not text */
    const char *base_url;     /* base for relative links (<base>, canonical, url) */
    /* A hint for language detection. */
    const char *stop_language; /* the language the stop words of a text
                                  page's prose clearly name (static), or NULL */
} pith_meta;

/* Fill ctx->meta from the parsed page (ctx->dom).  Call before the clean
 * stage changes the page.  Strings are in the result arena, except
 * article_body, which is in the document arena. */
void pith_meta_extract(struct pith_ctx *ctx);

/* Choose each field's value among what the sources found (f), as
 * pith_meta_extract does for a parsed page, into ctx->meta: for the front
 * ends that find their metadata elsewhere (src/text/ records a text page's
 * headline, byline and date lines; ctx->dom is then empty). */
void pith_meta_merge(struct pith_ctx *ctx, struct pith_mfound *f);

/* The site's owner (ctx->meta.owner) as the author of a page the page
 * type stage has classed an article, dated and signed by no one: a
 * personal site's post.  Returns the author (NULL: unchanged, none). */
const char *pith_meta_owner_as_author(struct pith_ctx *ctx, bool article);

/* The language of the article's text (len bytes of UTF-8), for pages that
 * declare none: a BCP 47 primary tag (a constant string), or NULL when the
 * text is too short to tell.  likely (NULL: none) is a language the page's
 * stop words name clearly (pith_lang_detect_likely).  Run once the text
 * exists. */
const char *pith_meta_detect_language(const char *text, size_t len, const char *likely);

/* The first paragraph of the article (lead.c), copied into out: the
 * description of a page that declares none.  NULL when there is none. */
const char *pith_meta_lead_paragraph(pith_arena *out, struct pith_node *article);

#endif
