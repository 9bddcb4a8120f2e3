/*
 * cards.c — pages of many blocks (a shop's category, a list of posts, a
 * landing page, a product's page): a line shown twice in a row is read
 * once, and a card's control or ribbon is not read.
 *
 * A card's markup often holds its name, its price or its badge more than
 * once: the name as the picture's link text and again as the heading, a
 * copy laid out for small screens beside the one for large ones, the
 * regular price and the price shown (the same figure when nothing is on
 * sale), a "New" badge on each of a card's colour swatches.  A landing
 * page's slider repeats a feature's title the same way.  A reader sees each
 * once.  In the region kept whole (content.c), a short leaf block whose
 * text is the text of the short leaf block just before it is rejected (a
 * paragraph said twice is left to filter.c's duplicates); a block whose
 * inner blocks show no text (the picture's link beside the picture's
 * frame) is a leaf block too.  A line that is all one link, said again to
 * the same address with no other link between (the name as the picture's
 * link, then a "Sold out" badge and the maker, then the name as the
 * title's link) is that card's name again, and is rejected too.  What stays: a
 * line repeated further apart ("Duration" under each of a course's parts),
 * a table's cells ("Yes" in every column of a plan's row), code, two
 * section headings alike; and every line of a thread (two posts in a row
 * may say the same thing, "Thanks!", each its poster's) and of a page of
 * no known kind, whose blocks may be an article's.
 *
 * On a page of items (a shop's grid, a list, a product's page, a landing
 * page's cards) a line that is all one of the labels a shop prints on each
 * card (rules/card_labels.c: "Compare", "Quick view", "Add to cart",
 * "Best seller") is rejected too: a control or a ribbon, not the item's
 * text.  A heading so worded ("Best seller" over a shelf) titles a
 * section, and stays.
 */
#include <string.h>

#include "internal.h"
#include "rules/card_labels.h"

#define LINE_TEXT_MAX 100 /* non-space bytes of a card's line: a name, a price, a
                            badge, a title; paragraphs said twice are filter.c's */

/* Do the blocks inside element i show no text (a picture's frame, an
 * empty badge)?  Its direct children are read: a child holding a block
 * with text holds text itself. */
static bool blocks_inside_are_blank(const pith_dom *dom, uint32_t i)
{
    for (uint32_t c = i + 1; c < dom->els[i].end; c = dom->els[c].end) {
        const pith_el *child = &dom->els[c];
        if (child->text > 0 && ((child->flags & PITH_EL_BLOCK) || child->blocks > 0))
            return false;
    }
    return true;
}

/* A block whose text is all its own, with no block of text inside it: one
 * line or paragraph of the page as it is shown.  A card's picture link
 * (<div><a>Name</a><div><img></div></div>) is one line: the name, written
 * beside the picture's frame. */
static bool leaf_block(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    return (el->flags & PITH_EL_BLOCK) && el->text > 0 &&
           (el->blocks == 0 || blocks_inside_are_blank(dom, i));
}

/* A short one outside tables and code: a card's line. */
static bool card_line(const pith_el *el)
{
    return el->text <= LINE_TEXT_MAX && !pith_tag_is_cell((GumboTag)el->tag) &&
           !(el->flags & PITH_EL_IN_PRE);
}

/* A section's heading (<h1>, <h2>): two alike in a row head two sections
 * ("Related searches" over each of two boxes); a card's name is an <h3>
 * or below. */
static bool section_heading(const pith_el *el)
{
    return el->tag == GUMBO_TAG_H1 || el->tag == GUMBO_TAG_H2;
}

/* Do the two lines' texts, both read whole (not cut short by memory),
 * say the same? */
static bool same_text(const pith_buf *a, const pith_buf *b)
{
    return !a->oom && !b->oom && a->len == b->len &&
           (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

/* A page of items, whose cards carry a shop's labels: not documentation. */
static bool page_of_items(pith_pagetype t)
{
    return t == PITH_PAGE_COLLECTION || t == PITH_PAGE_LISTING || t == PITH_PAGE_PRODUCT ||
           t == PITH_PAGE_SERVICE;
}

/* Is the line (its text in now) a card's control or ribbon? */
static bool card_label(const pith_ctx *ctx, const pith_el *el, const pith_buf *now)
{
    return page_of_items(ctx->pagetype) && !pith_tag_is_heading((GumboTag)el->tag) &&
           !now->oom && pith_rules_is_card_label(now->data, now->len);
}

/* The address of the one link that is all of the line's text (not a
 * link to a place on the page), or NULL. */
static const char *line_link(const pith_dom *dom, uint32_t line)
{
    const pith_el *el = &dom->els[line];
    if (el->links != 1 || el->link_text != el->text)
        return NULL;
    for (uint32_t k = line; k < el->end; k++)
        if (dom->els[k].tag == GUMBO_TAG_A) {
            const char *href = pith_attr(&dom->els[k], "href");
            return href && *href && *href != '#' ? href : NULL;
        }
    return NULL;
}

/* The last line of a run of card lines that was all one link. */
typedef struct linked_line {
    const char *href; /* NULL: none yet */
    pith_buf text;
} linked_line;

/* Is the line (its text in now), all one link, the last linked line said
 * again, the same words to the same address, with no other link between
 * (the card's picture link, its badge and maker, then its title's link)?
 * Records it as the last linked line; a line of other links ends the run. */
static bool link_said_again(linked_line *last, const pith_dom *dom, uint32_t line,
                            const pith_buf *now)
{
    const char *href = line_link(dom, line);
    if (!href || now->oom) {
        if (dom->els[line].links > 0)
            last->href = NULL;
        return false;
    }
    if (last->href && !strcmp(last->href, href) && same_text(&last->text, now))
        return true;
    last->href = href;
    pith_buf_clear(&last->text);
    pith_buf_append(&last->text, now->data, now->len);
    return false;
}

void pith_content_repeats(pith_ctx *ctx, uint32_t region)
{
    if (ctx->pagetype == PITH_PAGE_ARTICLE || ctx->pagetype == PITH_PAGE_FORUM ||
        ctx->pagetype == PITH_PAGE_OTHER)
        return;
    pith_dom *dom = &ctx->dom;
    pith_buf texts[2] = {PITH_BUF_INIT, PITH_BUF_INIT};
    int cur = 0;
    uint32_t prev = PITH_NO_EL;
    linked_line last_link = {NULL, PITH_BUF_INIT};
    for (uint32_t i = region; i < dom->els[region].end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) {
            i = el->end - 1;
            continue;
        }
        if (!leaf_block(dom, i))
            continue;
        uint32_t line = i;
        i = el->end - 1;
        if (!card_line(el)) {
            prev = PITH_NO_EL; /* a paragraph or a cell stands between */
            last_link.href = NULL;
            continue;
        }
        pith_buf *now = &texts[cur], *before = &texts[1 - cur];
        pith_buf_clear(now);
        pith_el_text(dom, line, now, 0);
        if (card_label(ctx, el, now)) {
            pith_ctx_reject(ctx, line, "content:card-label");
            continue; /* the lines around it are still in a row */
        }
        if (prev != PITH_NO_EL && !section_heading(el) && same_text(now, before))
            pith_ctx_reject(ctx, line, "content:line-repeat");
        else if (!section_heading(el) && link_said_again(&last_link, dom, line, now))
            pith_ctx_reject(ctx, line, "content:line-repeat");
        cur = 1 - cur;
        prev = line;
    }
    pith_buf_free(&texts[0]);
    pith_buf_free(&texts[1]);
    pith_buf_free(&last_link.text);
}
