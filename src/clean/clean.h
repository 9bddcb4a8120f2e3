/*
 * clean.h — stage 3: remove what is never article content (see clean.c).
 */
#ifndef PITH_CLEAN_H
#define PITH_CLEAN_H

#include "context.h"
#include "rules/rules.h"

/* The first pass, run before the metadata stage: text statistics, the
 * boilerplate category of every class/id, and the main path (the element
 * holding the most prose and its ancestors, PITH_EL_HOLDS_MAIN), which the
 * metadata stage reads so that a byline inside the article's own
 * container is never taken for a sidebar's. */
void pith_clean_prepare(pith_ctx *ctx);

/* Mark boilerplate elements PITH_EL_DROPPED and leave the text statistics
 * of ctx->dom up to date.  pith_clean_prepare must have run. */
void pith_clean(pith_ctx *ctx);

/* The class + id string of an element, normalised for the class rules
 * (see pith_rules_normalize_attr); its length. */
size_t pith_class_and_id(const pith_el *el, char *out, size_t cap);

/* Is element i, whose class put it in category cat, a wrapper around a
 * quoted social post (a block quote with text) that is part of the story?
 * A share-named wrapper ("social-media-embed") around any block quote is;
 * a widget or promo box ("xyz-article-widget xyz-article-tweet") around a
 * block quote that says it is a post (class "twitter-tweet",
 * "instagram-media"...) is.  A share bar never holds a block quote. */
bool pith_clean_quoted_post(const pith_dom *dom, uint32_t i, pith_category cat);
/* Is element i, named as a sidebar or widget, one of a run of alike boxes
 * of which one holds the article (a component framework's wrappers), and
 * does it read as a section of it? */
bool pith_clean_article_part(const pith_dom *dom, uint32_t i, pith_category cat);
/* Does box i open with a heading that holds no link and has a paragraph
 * of prose right after it, and is the box mostly unlinked (a fifth of its
 * text in links at most)?  Then it is a section of the text whatever its
 * class or id says. */
bool pith_clean_opens_a_section(const pith_dom *dom, uint32_t i);

#endif
