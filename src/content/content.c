/*
 * content.c — stage 4 of the pipeline: find the main content.
 *
 * What that is depends on the page type (pagetype/): an article's is one
 * block of the page, found by the cascade below; every other kind of page
 * (a thread, a product, a grid of items, a landing page) shows its content
 * in many blocks, and its main region less the boilerplate the clean stage
 * removed is the result (extract_region).
 *
 * For articles, a cascade, not a single guess:
 *   1. the scorer's choice, which the page's own itemprop=articleBody mark
 *      can override (score.c);
 *   2. the paragraph classifier's verdict on every paragraph of the page
 *      (classify.c), and with it the recall pass: a result clearly too short
 *      for the page's prose is widened to take that prose in;
 *   3. the filters inside the article (filter.c), the precision mode's
 *      removal of what the classifier calls boilerplate, and duplicates;
 *   4. the confidence that this is the article.
 * The element left in ctx->main is then turned into the article tree by
 * build.c.
 */
#include "content.h"

#include <string.h>

#include "classify.h"
#include "internal.h"
#include "pagetype/pagetype.h"
#include "util/fmath.h"

/* The recall pass (non-space bytes of the classifier's GOOD and BAD units).
 * A result is truncated when it holds less than TRUNCATED_TEXT bytes and
 * the good prose outside it is more than TRUNCATED_FACTOR times the good
 * prose inside (counted as at least TRUNCATED_FLOOR, so that a nearly
 * empty result is not widened for a paragraph or two).  Recall mode also
 * widens when the good prose outside reaches RECALL_MIN_OUTSIDE bytes and
 * RECALL_OUTSIDE_SHARE_HALVES halves of the good prose inside. */
#define TRUNCATED_TEXT 1000
#define TRUNCATED_FACTOR 3
#define TRUNCATED_FLOOR 200
#define RECALL_MIN_OUTSIDE 300
#define RECALL_OUTSIDE_SHARE_HALVES 2

/* Confidence: the article's length and paragraph count saturate (nearly
 * two thirds of their part at CONFIDENT_TEXT non-space bytes and at
 * CONFIDENT_PARAS paragraphs); its links part falls with its link density
 * to nothing at LINKS_VOID_DENSITY; the parts are weighed by the WEIGHT_s,
 * which sum to one. */
#define CONFIDENT_TEXT 1500.0
#define CONFIDENT_PARAS 4.0
#define LINKS_VOID_DENSITY 0.5
#define WEIGHT_LENGTH 0.3
#define WEIGHT_PARAS 0.2
#define WEIGHT_LINKS 0.15
#define WEIGHT_PROSE 0.2
#define WEIGHT_SHARE 0.15

/* ------------------------------------------------------------ cascade */

static bool inside(const pith_dom *dom, uint32_t root, uint32_t i)
{
    return root != PITH_NO_EL && i >= root && i < dom->els[root].end &&
           !pith_el_within(dom, i, PITH_EL_REJECTED);
}

/* Characters of GOOD and BAD units inside and outside the article. */
typedef struct verdict {
    uint32_t good_in, bad_in, good_out;
    uint32_t best_out; /* the largest GOOD unit outside, PITH_NO_EL if none */
    uint32_t best_out_chars;
} verdict;

static verdict tally(const pith_dom *dom, const pith_units *u, uint32_t main)
{
    verdict v = {0, 0, 0, PITH_NO_EL, 0};
    for (uint32_t k = 0; k < u->n; k++) {
        const pith_unit *x = &u->u[k];
        bool in = inside(dom, main, x->el);
        bool good = x->final == PITH_UNIT_GOOD;
        if (in && good)
            v.good_in += x->chars;
        else if (in)
            v.bad_in += x->chars;
        else if (good) {
            v.good_out += x->chars;
            if (x->chars > v.best_out_chars && !pith_el_within(dom, x->el, PITH_EL_COMMENTS)) {
                v.best_out_chars = x->chars;
                v.best_out = x->el;
            }
        }
    }
    return v;
}

static uint32_t common_ancestor(const pith_dom *dom, uint32_t a, uint32_t b)
{
    while (a != PITH_NO_EL && !(a <= b && b < dom->els[a].end))
        a = dom->els[a].parent;
    return a;
}

/* Allow elements the content stage rejected under root back in. */
static void unreject(pith_dom *dom, uint32_t root)
{
    for (uint32_t i = root; i < dom->els[root].end; i++)
        dom->els[i].flags &= ~(uint32_t)PITH_EL_REJECTED;
}

/* The recall pass: when the chosen article holds little of the page's good
 * prose and much of it lies outside, widen the article to the nearest
 * ancestor that takes the largest good paragraph in.  In balanced mode
 * only for clearly truncated results; in recall mode whenever the good
 * prose outside is substantial. */
uint32_t pith_content_recall(pith_ctx *ctx, const pith_units *u, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    verdict v = tally(dom, u, main);
    bool recall = ctx->opt->favor == PITH_FAVOR_RECALL;
    uint32_t good_in = v.good_in > TRUNCATED_FLOOR ? v.good_in : TRUNCATED_FLOOR;
    bool truncated =
        v.good_in + v.bad_in < TRUNCATED_TEXT && v.good_out > TRUNCATED_FACTOR * good_in;
    bool worth = recall && v.good_out >= RECALL_MIN_OUTSIDE &&
                 v.good_out * RECALL_OUTSIDE_SHARE_HALVES > v.good_in;
    if ((!truncated && !worth) || v.best_out == PITH_NO_EL)
        return main;
    uint32_t a = common_ancestor(dom, main, v.best_out);
    if (a == PITH_NO_EL || a == dom->html || (a == dom->body && !truncated))
        return main;
    unreject(dom, a);
    return a;
}

/* Precision mode: the units the classifier judges boilerplate go, unless
 * they are parts of structures (lists, tables, code) the article keeps. */
static void precision_pass(pith_ctx *ctx, const pith_units *u, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    for (uint32_t k = 0; k < u->n; k++) {
        const pith_unit *x = &u->u[k];
        if (x->final != PITH_UNIT_BAD || x->own || !inside(dom, main, x->el))
            continue;
        GumboTag t = (GumboTag)dom->els[x->el].tag;
        if (t == GUMBO_TAG_LI || pith_tag_is_cell(t) || t == GUMBO_TAG_PRE ||
            (dom->els[x->el].flags & PITH_EL_IN_PRE))
            continue;
        if (x->heading && k + 1 < u->n && u->u[k + 1].final == PITH_UNIT_GOOD)
            continue;
        pith_ctx_reject(ctx, x->el, "classifier:boilerplate");
    }
}

/* How sure pith is that it found an article: long enough, made of real
 * paragraphs the classifier calls prose, not a list of links, and holding
 * most of the page's prose. */
static double confidence_of(const pith_dom *dom, uint32_t main, const pith_units *u)
{
    if (main == PITH_NO_EL)
        return 0.0;
    const pith_el *m = &dom->els[main];
    verdict v = tally(dom, u, main);
    double length = 1.0 - pith_exp(-(double)m->text / CONFIDENT_TEXT);
    double paras = 1.0 - pith_exp(-(double)m->paras / CONFIDENT_PARAS);
    double links = 1.0 - pith_fmin(1.0, pith_link_density(m) / LINKS_VOID_DENSITY);
    double prose = (v.good_in + v.bad_in) ? (double)v.good_in / (v.good_in + v.bad_in) : 0.0;
    double share = (v.good_in + v.good_out) ? (double)v.good_in / (v.good_in + v.good_out) : 0.0;
    double c = WEIGHT_LENGTH * length + WEIGHT_PARAS * paras + WEIGHT_LINKS * links +
               WEIGHT_PROSE * prose + WEIGHT_SHARE * share;
    return c < 0 ? 0 : c > 1 ? 1 : c;
}

/* The page's footer (<footer> or role=contentinfo, outside any <main>):
 * the text of the outermost ones still in the page. */
static uint32_t footer_text(const pith_dom *dom)
{
    uint32_t text = 0;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        const char *role = pith_attr(el, "role");
        if (el->tag == GUMBO_TAG_MAIN || (role && !strcmp(role, "main"))) {
            i = el->end - 1;
            continue;
        }
        if (el->flags & PITH_EL_DROPPED) {
            i = el->end - 1;
            continue;
        }
        if (pith_el_is_footer(el)) {
            text += el->text;
            i = el->end - 1;
        }
    }
    return text;
}

/* The page's main region: its largest <main> (or role=main) when that holds
 * a fair part of the page's text, else the body.  The footer's text does
 * not count in the page's: a product's footnotes (its fine print, tests,
 * prices) can outweigh what a landing page shows in <main>. */
static uint32_t main_region(const pith_dom *dom)
{
    uint32_t best = dom->body;
    uint32_t body_text = dom->els[dom->body].text;
    uint32_t footer = footer_text(dom);
    uint32_t page = body_text > footer ? body_text - footer : 0;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & PITH_EL_DROPPED) {
            i = el->end - 1;
            continue;
        }
        const char *role = pith_attr(el, "role");
        if ((el->tag == GUMBO_TAG_MAIN || (role && !strcmp(role, "main"))) &&
            el->text * 3 > page && (best == dom->body || el->text > dom->els[best].text))
            best = i;
    }
    return best;
}

/* Element i's paragraphs of prose (pith_pagetype_long_paragraph): their
 * text, less what the clean stage removed; whether it holds a heading too. */
typedef struct prose_box {
    uint32_t text;
    bool headed;
} prose_box;

static prose_box prose_of(const pith_dom *dom, uint32_t i)
{
    prose_box b = {0, false};
    for (uint32_t k = i; k < dom->els[i].end; k++) {
        const pith_el *el = &dom->els[k];
        if (el->flags & PITH_EL_DROPPED) {
            k = el->end - 1;
            continue;
        }
        if (el->tag == GUMBO_TAG_H2 || el->tag == GUMBO_TAG_H3)
            b.headed = true;
        if (pith_pagetype_long_paragraph(el)) {
            b.text += el->text;
            k = el->end - 1;
        }
    }
    return b;
}

static bool holds(const pith_dom *dom, uint32_t box, uint32_t i)
{
    return box <= i && i < dom->els[box].end;
}

#define DESCRIPTION_MIN_TEXT 450 /* non-space bytes of prose: three paragraphs' worth, not
                                    an item's summary or a banner's line */

/* The text of the boxes beside main (the children of main's ancestors
 * that do not hold it) that hold paragraphs of prose under headings: a
 * shop's category, a list of items may write its description (what the
 * items are, how to choose one) there, below or above the <main> that
 * holds the grid.  With reject set, every other box beside main is
 * rejected instead. */
static uint32_t described_beside(pith_ctx *ctx, uint32_t main, bool reject)
{
    pith_dom *dom = &ctx->dom;
    uint32_t text = 0;
    for (uint32_t p = dom->body; p != main;) {
        uint32_t next = main;
        for (uint32_t c = p + 1; c < dom->els[p].end; c = dom->els[c].end) {
            if (holds(dom, c, main)) {
                next = c;
                continue;
            }
            prose_box b = prose_of(dom, c);
            if (b.headed && b.text > 0)
                text += b.text;
            else if (reject && dom->els[c].text > 0)
                pith_ctx_reject(ctx, c, "content:beside-main");
        }
        p = next;
    }
    return text;
}

/* The region of a collection or a listing: its main region, or, when boxes
 * beside that hold more paragraphs of prose under headings than it does
 * (the category's description), the body less every other box beside
 * main (the filters, the banners), so that the description stays. */
static uint32_t grid_region(pith_ctx *ctx, uint32_t main)
{
    const pith_dom *dom = &ctx->dom;
    if ((ctx->pagetype != PITH_PAGE_COLLECTION && ctx->pagetype != PITH_PAGE_LISTING) ||
        main == dom->body)
        return main;
    uint32_t beside = described_beside(ctx, main, false);
    if (beside < DESCRIPTION_MIN_TEXT || beside <= prose_of(dom, main).text)
        return main;
    described_beside(ctx, main, true);
    return dom->body;
}

/* Pages that are not one article: a thread's posts, a product's sections,
 * a grid of items, a landing page's sections are all content.  Their main
 * region, less what the clean stage removed, is the result: choosing one
 * block, as the cascade does for an article, would keep one post, one card
 * or the hero of a landing page. */
static bool whole_region(pith_pagetype t)
{
    return t != PITH_PAGE_ARTICLE;
}

static void extract_region(pith_ctx *ctx)
{
    pith_dom *dom = &ctx->dom;
    uint32_t region = grid_region(ctx, main_region(dom));
    pith_content_dedupe(ctx, region);
    pith_content_repeats(ctx, region);
    pith_content_product_copies(ctx, region);
    pith_content_link_lines(ctx, region);
    pith_dom_stats(dom, true);
    const pith_el *r = &dom->els[region];
    if (r->text == 0)
        return; /* all of it boilerplate: the fallback ladder may do better */
    if (ctx->pagetype == PITH_PAGE_FORUM)
        pith_content_forum(ctx, region);
    pith_units units;
    if (!pith_classify(ctx, dom->body, PITH_EL_DROPPED | PITH_EL_REJECTED, &units))
        memset(&units, 0, sizeof units);
    if (ctx->opt->favor == PITH_FAVOR_PRECISION) {
        pith_content_filter(ctx, region, PITH_NO_EL);
        precision_pass(ctx, &units, region);
        pith_dom_stats(dom, true);
    }
    ctx->main = region;
    ctx->confidence = confidence_of(dom, region, &units);
}

void pith_content(pith_ctx *ctx)
{
    pith_dom *dom = &ctx->dom;
    ctx->main = PITH_NO_EL;
    if (dom->body == PITH_NO_EL || dom->els[dom->body].text == 0)
        return;
    if (whole_region(ctx->pagetype)) {
        extract_region(ctx);
        return;
    }
    /* 1. structural candidate and scorer candidate */
    uint32_t top;
    uint32_t main = pith_content_choose(ctx, &top);
    if (main == PITH_NO_EL)
        return;
    /* 2. the classifier's verdict, and the recall pass */
    pith_units units;
    if (!pith_classify(ctx, dom->body, PITH_EL_DROPPED, &units))
        memset(&units, 0, sizeof units);
    uint32_t widened = pith_content_recall(ctx, &units, main);
    if (widened != main) {
        main = widened;
        top = PITH_NO_EL;
    }
    main = pith_content_items(ctx, pith_content_sections(ctx, main));
    /* 3. filter inside the article */
    pith_dom_stats(dom, true);
    pith_content_filter(ctx, main, top);
    if (ctx->opt->favor == PITH_FAVOR_PRECISION)
        precision_pass(ctx, &units, main);
    pith_content_dedupe(ctx, main);
    pith_dom_stats(dom, true);
    ctx->main = main;
    ctx->confidence = confidence_of(dom, main, &units);
}
