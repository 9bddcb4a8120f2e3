/*
 * internal.h — what the content stage's files share (not part of the API):
 * small measures of elements, and the steps content.c runs in order.
 */
#ifndef PITH_CONTENT_INTERNAL_H
#define PITH_CONTENT_INTERNAL_H

#include "context.h"
#include "rules/rules.h"

static inline double pith_link_density(const pith_el *el)
{
    return el->text ? (double)el->link_text / (double)el->text : 0.0;
}

/* Class weight: strong content patterns +25, weak +5, boilerplate -25 (the
 * clean stage matched every class and id once). */
#define PITH_STRONG_CLASS_WEIGHT 25
#define PITH_WEAK_CLASS_WEIGHT 5
#define PITH_BOILERPLATE_CLASS_WEIGHT 25
static inline int pith_class_weight(const pith_el *el)
{
    int w = el->positive == 2   ? PITH_STRONG_CLASS_WEIGHT
            : el->positive == 1 ? PITH_WEAK_CLASS_WEIGHT
                                : 0;
    /* A "reviews" class is furniture on product pages only: on an article
     * it may name the review itself. */
    if (el->cat != PITH_CAT_NONE && el->cat != PITH_CAT_REVIEWS)
        w -= PITH_BOILERPLATE_CLASS_WEIGHT;
    return w;
}

/* A block read as one line: a block without blocks inside, outside a
 * table's cells, line breaks and code (filter.c's duplicates, product.c's
 * copies). */
static inline bool pith_content_line_block(const pith_el *el)
{
    GumboTag t = (GumboTag)el->tag;
    return (el->flags & PITH_EL_BLOCK) && el->blocks == 0 && !pith_tag_is_cell(t) &&
           t != GUMBO_TAG_BR && !(el->flags & PITH_EL_IN_PRE);
}

/* filter.c: the 64-bit FNV-1a hash of s[0..n), never 0 (an empty slot of
 * the tables that hold such hashes). */
uint64_t pith_content_hash_text(const char *s, size_t n);

/* score.c: does element i's text end as a sentence does (. ! ? :, and
 * the CJK stops)? */
bool pith_content_ends_sentence(pith_ctx *ctx, uint32_t i);

/* score.c: score the page's blocks and choose the article's element;
 * *top_out receives the best candidate inside it (PITH_NO_EL when the body
 * itself was taken).  Returns the element, or PITH_NO_EL when memory ran
 * out. */
uint32_t pith_content_choose(pith_ctx *ctx, uint32_t *top_out);

/* filter.c: reject what inside the article is not part of it (link lists,
 * the title repeated, kickers, symbol-only blocks...); the path to top and
 * the clean stage's main path are kept. */
void pith_content_filter(pith_ctx *ctx, uint32_t main, uint32_t top);

/* sections.c: when the chosen element is one of a run of alike sections,
 * cards or teasers that together hold clearly more, the run's parent (its
 * members marked PITH_EL_ITEM); else main. */
uint32_t pith_content_sections(pith_ctx *ctx, uint32_t main);

/* sections.c: when the page's largest run of cards or teasers lies
 * outside the chosen element and holds clearly more text, the run's parent
 * (its members marked PITH_EL_ITEM); else main. */
uint32_t pith_content_items(pith_ctx *ctx, uint32_t main);

/* forum.c: on a thread's page, reject all of the region but its posts'
 * bodies, each with its poster's name and time; false (nothing changed)
 * when the page shows no group of alike posts. */
bool pith_content_forum(pith_ctx *ctx, uint32_t region);

/* filter.c: a block repeated elsewhere on its own is kept once. */
void pith_content_dedupe(pith_ctx *ctx, uint32_t main);

/* product.c: on a product page, a block or list saying exactly what an
 * earlier one in the region says (the same picker or table drawn for
 * another screen) is rejected; the first copy stays. */
void pith_content_product_copies(pith_ctx *ctx, uint32_t region);

/* product.c: on a product page or a landing page, a line that is one
 * short link and nothing else (a way to another page) is rejected. */
void pith_content_link_lines(pith_ctx *ctx, uint32_t region);

/* cards.c: on a page of many blocks (not an article, not a thread), a
 * leaf block that repeats the one just before it in the region is
 * rejected (read once). */
void pith_content_repeats(pith_ctx *ctx, uint32_t region);

#endif
