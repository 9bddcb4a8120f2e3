/*
 * sections.c — pages whose content is many blocks, not one.
 *
 * The cascade picks one container.  A landing or service page shows its
 * content as a run of sections (hero, features, testimonials, pricing,
 * FAQ), a testimonials page as a run of quotes, a listing or a shop's
 * category as a grid of cards: one container of those is one section, one
 * quote, one card.  What these pages share is a run of alike siblings
 * (pith_el_alike: the same tag and first class token, or all <section>s),
 * each holding some text, which together hold clearly more than the chosen
 * block.  This step widens the choice to the parent of such a run and
 * marks the run's members PITH_EL_ITEM, so that the filters keep a card
 * whole (its linked title is its title, not a link list), while what sits
 * beside the cards (a sort bar, a pager) is judged by them as before.
 */
#include "internal.h"

/* An item of a run holds at least ITEM_MIN_TEXT non-space bytes; a run
 * has at least RUN_MIN_ITEMS of them (two could be a pair of columns). */
#define ITEM_MIN_TEXT 40
#define RUN_MIN_ITEMS 3
/* The run is taken when it holds RUN_GAIN times the chosen block's text:
 * less, and the block was most of it already. */
#define RUN_GAIN 2
/* How far above the chosen block its run may sit: a page builder nests a
 * section's text six or seven boxes deep. */
#define RUN_LEVELS 8

/* One run of alike siblings: its first and last member, the members with
 * text enough, and their text. */
typedef struct run {
    uint32_t first, last;
    uint32_t items, text;
} run;

static bool counts(const pith_el *el)
{
    return !(el->flags & PITH_EL_DROPPED) && el->text > 0;
}

/* Boxes that hold a card, a teaser or a section; paragraphs, headings and
 * inline elements are the text of one, and a run of them is prose. */
static bool item_tag(GumboTag t)
{
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ARTICLE ||
           t == GUMBO_TAG_LI || t == GUMBO_TAG_A || t == GUMBO_TAG_FIGURE;
}

/* A landing page's sections are alike whatever their classes ("hero",
 * "features", "pricing"); other boxes by pith_el_alike. */
static bool alike(const pith_el *a, const pith_el *b)
{
    if (a->tag == GUMBO_TAG_SECTION && b->tag == GUMBO_TAG_SECTION)
        return true;
    return pith_el_alike(a, b);
}

/* The run of alike siblings element u belongs to (siblings without text
 * neither join nor break it). */
static run run_of(const pith_dom *dom, uint32_t u)
{
    run r = {u, u, 0, 0};
    uint32_t p = dom->els[u].parent;
    if (p == PITH_NO_EL || !item_tag((GumboTag)dom->els[u].tag))
        return r;
    run cur = {PITH_NO_EL, PITH_NO_EL, 0, 0};
    bool holds_u = false;
    for (uint32_t c = p + 1; c < dom->els[p].end; c = dom->els[c].end) {
        const pith_el *el = &dom->els[c];
        if (!counts(el) && c != u)
            continue;
        if (cur.first == PITH_NO_EL || !alike(&dom->els[cur.first], el)) {
            if (holds_u)
                break;
            cur = (run){c, c, 0, 0};
        }
        cur.last = c;
        if (el->text >= ITEM_MIN_TEXT) {
            cur.items++;
            cur.text += el->text;
        }
        if (c == u)
            holds_u = true;
    }
    return holds_u ? cur : r;
}

/* Widen to the run's parent: the members become items, and what the
 * sibling step rejected under the parent comes back (the filters judge it
 * again: a pager or a sort bar beside the cards is a link list). */
static uint32_t take_run(pith_ctx *ctx, const run *r)
{
    pith_dom *dom = &ctx->dom;
    uint32_t p = dom->els[r->first].parent;
    for (uint32_t i = p; i < dom->els[p].end; i++)
        dom->els[i].flags &= ~(uint32_t)PITH_EL_REJECTED;
    for (uint32_t c = p + 1; c < dom->els[p].end; c = dom->els[c].end) {
        pith_el *el = &dom->els[c];
        if (counts(el) && c >= r->first && c <= r->last)
            el->flags |= PITH_EL_ITEM;
    }
    return p;
}

uint32_t pith_content_sections(pith_ctx *ctx, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    uint32_t u = main;
    for (int level = 0; level < RUN_LEVELS && u != PITH_NO_EL; level++) {
        uint32_t p = dom->els[u].parent;
        if (u == dom->body || p == PITH_NO_EL || p == dom->html)
            break;
        run r = run_of(dom, u);
        if (r.items >= RUN_MIN_ITEMS && r.text >= RUN_GAIN * dom->els[main].text)
            return take_run(ctx, &r);
        u = p;
    }
    return main;
}
