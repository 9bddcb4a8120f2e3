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
 * block.  Two steps widen the choice to the parent of such a run:
 *   - sections: the choice is inside one member of the run;
 *   - items: the page's largest run of cards or teasers lies beside the
 *     choice (a listing's one-line introduction, a category's blurb).
 * The run's members are marked PITH_EL_ITEM, so that the filters keep a
 * card whole (its linked title is its title, not a link list), while what
 * sits beside the cards (a sort bar, a pager) is judged by them as before;
 * a choice that holds the run, the run most of its text, gets the mark too.
 */
#include "internal.h"

/* An item of a run holds at least ITEM_MIN_TEXT non-space bytes; a run
 * has at least RUN_MIN_ITEMS of them (two could be a pair of columns). */
#define ITEM_MIN_TEXT 40
#define RUN_MIN_ITEMS 3
/* The run the choice is one section of is taken when it holds
 * SECTIONS_GAIN_HALVES halves of the text of the choice (of what the
 * sibling step kept, when the choice is the run's parent): less, and the
 * choice was most of it already. */
#define SECTIONS_GAIN_HALVES 3
/* A run beside the choice replaces it when it holds RUN_GAIN times its
 * text. */
#define RUN_GAIN 2
/* How far above the chosen block its run may sit: a page builder nests a
 * section's text six or seven boxes deep. */
#define RUN_LEVELS 8
/* A grid or list of teasers elsewhere on the page has at least
 * GRID_MIN_ITEMS items; it replaces a choice of less than
 * CHOICE_MAX_TEXT non-space bytes (a listing's introduction, a category's
 * blurb): a longer one is an article, and a run beside it its related
 * stories or a live feed. */
#define GRID_MIN_ITEMS 4
#define CHOICE_MAX_TEXT 1000
/* Teasers lead to their pages: at least one TEASER_LINK_PART-th of their
 * text is in links (the linked title); an article's paragraphs, even in
 * boxes of one kind, have fewer. */
#define TEASER_LINK_PART 8

/* One run of alike siblings: its first and last member, the members with
 * text enough, and their text. */
typedef struct run {
    uint32_t first, last;
    uint32_t items, text, link_text;
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

/* The run of alike siblings starting at child c of its parent (siblings
 * without text neither join nor break it); *next receives the child after
 * it. */
static run run_at(const pith_dom *dom, uint32_t c, uint32_t *next)
{
    uint32_t p = dom->els[c].parent;
    run r = {PITH_NO_EL, PITH_NO_EL, 0, 0, 0};
    for (; c < dom->els[p].end; c = dom->els[c].end) {
        const pith_el *el = &dom->els[c];
        if (!counts(el))
            continue;
        if (r.first == PITH_NO_EL)
            r.first = c;
        else if (!alike(&dom->els[r.first], el))
            break;
        if (item_tag((GumboTag)el->tag) && el->text >= ITEM_MIN_TEXT) {
            r.items++;
            r.text += el->text;
            r.link_text += el->link_text;
        }
        r.last = c;
    }
    *next = c;
    return r;
}

/* The run element u belongs to (u alone when it is in none). */
static run run_of(const pith_dom *dom, uint32_t u)
{
    run none = {u, u, 0, 0, 0};
    uint32_t p = dom->els[u].parent;
    if (p == PITH_NO_EL || !item_tag((GumboTag)dom->els[u].tag))
        return none;
    for (uint32_t c = p + 1; c < dom->els[p].end;) {
        run r = run_at(dom, c, &c);
        if (r.first <= u && u <= r.last)
            return r;
    }
    return none;
}

/* The page's largest run of cards or teasers, by the text of its items
 * (none: items 0).  Every element is visited as a child once. */
static run largest_run(const pith_dom *dom)
{
    run best = {PITH_NO_EL, PITH_NO_EL, 0, 0, 0};
    for (uint32_t p = dom->body; p < dom->els[dom->body].end; p++) {
        const pith_el *pe = &dom->els[p];
        if (pe->flags & PITH_EL_DROPPED) {
            p = pe->end - 1;
            continue;
        }
        for (uint32_t c = p + 1; c < pe->end;) {
            run r = run_at(dom, c, &c);
            if (r.items >= GRID_MIN_ITEMS && r.text > best.text)
                best = r;
        }
    }
    return best;
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

/* Does the run hold clearly more than the text of the choice? */
static bool gains(const run *r, uint32_t text)
{
    return (uint64_t)r->text * 2 >= (uint64_t)text * SECTIONS_GAIN_HALVES;
}

/* Does the run hold a member the content stage kept and one it rejected? */
static bool split_by_the_sibling_step(const pith_dom *dom, const run *r)
{
    bool kept = false, rejected = false;
    for (uint32_t c = r->first; c <= r->last; c = dom->els[c].end) {
        const pith_el *el = &dom->els[c];
        if (!counts(el))
            continue;
        if (el->flags & PITH_EL_REJECTED)
            rejected = true;
        else
            kept = true;
    }
    return kept && rejected;
}

/* The largest run among the children of the choice that the sibling step
 * split (none: items 0); *kept receives the text of the children it kept. */
static run split_run_under(const pith_dom *dom, uint32_t main, uint32_t *kept)
{
    run best = {PITH_NO_EL, PITH_NO_EL, 0, 0, 0};
    *kept = 0;
    for (uint32_t c = main + 1; c < dom->els[main].end; c = dom->els[c].end)
        if (counts(&dom->els[c]) && !(dom->els[c].flags & PITH_EL_REJECTED))
            *kept += dom->els[c].text;
    for (uint32_t c = main + 1; c < dom->els[main].end;) {
        run r = run_at(dom, c, &c);
        if (r.items >= RUN_MIN_ITEMS && r.text > best.text && split_by_the_sibling_step(dom, &r))
            best = r;
    }
    return best;
}

uint32_t pith_content_sections(pith_ctx *ctx, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    uint32_t kept;
    run split = split_run_under(dom, main, &kept);
    if (split.items >= RUN_MIN_ITEMS && gains(&split, kept))
        return take_run(ctx, &split);
    uint32_t u = main;
    for (int level = 0; level < RUN_LEVELS && u != PITH_NO_EL; level++) {
        uint32_t p = dom->els[u].parent;
        if (u == dom->body || p == PITH_NO_EL || p == dom->html)
            break;
        run r = run_of(dom, u);
        if (r.items >= RUN_MIN_ITEMS && gains(&r, dom->els[main].text))
            return take_run(ctx, &r);
        u = p;
    }
    return main;
}

uint32_t pith_content_items(pith_ctx *ctx, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    if (dom->body == PITH_NO_EL)
        return main;
    run r = largest_run(dom);
    if (r.items == 0)
        return main;
    uint32_t p = dom->els[r.first].parent, text = dom->els[main].text;
    if (main <= p && p < dom->els[main].end) {
        /* The choice holds the run: when the run is most of it and made of
         * teasers, the page is the list, and its cards stay whole. */
        if (r.text * 2 >= text && r.link_text * TEASER_LINK_PART >= r.text)
            take_run(ctx, &r);
        return main;
    }
    if (text >= CHOICE_MAX_TEXT || r.text < RUN_GAIN * text ||
        (p <= main && main < dom->els[p].end))
        return main; /* an article, the larger part, or inside the run */
    return take_run(ctx, &r);
}
