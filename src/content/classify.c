/*
 * classify.c — the paragraph classifier, the cascade's second opinion.
 *
 * jusText's idea: cut the page into paragraph units and judge each by its
 * length, its link density and its share of stop words, then let short
 * units take the class of their neighbours.  Prose is long, has few links
 * and many function words in the page's language; menus, captions, labels
 * and link lists do not.
 *
 *   units    every leaf block (p, li, h1-h6, td, a div of inline content...)
 *            and the text written directly in a container, in page order
 *   classes  GOOD, NEAR_GOOD, SHORT, BAD (context-free), then revised:
 *            SHORT and NEAR_GOOD units between GOOD ones become GOOD
 *   language the stop-word list that fits the page's units best; the
 *            thresholds are relative to the page's own prose level, so
 *            languages with short lists (Chinese particles) work too
 *
 * The content stage compares this verdict with the scorer's container.
 */
#include "classify.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../rules/rules.h"
#include "../util/arena.h"

#define MAX_LINK_DENSITY 0.2
#define LENGTH_LOW 70     /* non-space bytes; shorter is SHORT */
#define LENGTH_HIGH 200   /* longer prose is GOOD outright */
#define MAX_UNIT_TEXT 4000 /* bytes of a unit read for stop words */

static bool is_heading(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* A leaf block: block-level, with text and no block inside. */
static bool is_leaf_block(const pith_el *el)
{
    return (el->flags & PITH_EL_BLOCK) && el->blocks == 0 && el->tag != GUMBO_TAG_BR &&
           el->text > 0;
}

static bool grow(pith_ctx *ctx, pith_units *u)
{
    if (u->n < u->cap)
        return true;
    uint32_t ncap = u->cap ? u->cap * 2 : 64;
    pith_unit *a = pith_arena_alloc(ctx->arena, (size_t)ncap * sizeof *a);
    if (!a)
        return false;
    if (u->n)
        memcpy(a, u->u, (size_t)u->n * sizeof *a);
    u->u = a;
    u->cap = ncap;
    return true;
}

/* Collect units in page order; stop-word counts per unit are kept for all
 * languages until the page's language is known. */
static bool collect(pith_ctx *ctx, uint32_t root, uint32_t skip, pith_units *u,
                    pith_stopstats *page, pith_stopstats **per_unit)
{
    pith_dom *dom = &ctx->dom;
    pith_buf text = PITH_BUF_INIT;
    pith_stopstats *stats = NULL;
    uint32_t stats_cap = 0;
    bool ok = true;
    for (uint32_t i = root; i < dom->els[root].end && ok; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & skip) {
            i = el->end - 1;
            continue;
        }
        bool leaf = is_leaf_block(el);
        bool own = !leaf && (el->flags & PITH_EL_BLOCK) && el->blocks > 0 &&
                   pith_el_prose(dom, i, false).chars >= 20;
        if (!leaf && !own)
            continue;
        pith_buf_clear(&text);
        pith_el_text_ex(dom, i, &text, MAX_UNIT_TEXT, skip, own);
        if (text.len == 0)
            continue;
        if (!grow(ctx, u)) {
            ok = false;
            break;
        }
        if (u->n >= stats_cap) {
            uint32_t ncap = stats_cap ? stats_cap * 2 : 64;
            pith_stopstats *s = pith_arena_alloc(ctx->arena, (size_t)ncap * sizeof *s);
            if (!s) {
                ok = false;
                break;
            }
            if (u->n)
                memcpy(s, stats, (size_t)u->n * sizeof *s);
            stats = s;
            stats_cap = ncap;
        }
        pith_stopstats *st = &stats[u->n];
        memset(st, 0, sizeof *st);
        pith_rules_stopwords(text.data, text.len, st);
        pith_unit *x = &u->u[u->n++];
        memset(x, 0, sizeof *x);
        x->el = i;
        x->own = own;
        x->heading = is_heading((GumboTag)el->tag);
        if (own) {
            pith_prose pr = pith_el_prose(dom, i, false);
            x->chars = pr.chars;
            x->link_density = 0;
        } else {
            x->chars = el->text;
            x->link_density = el->text ? (double)el->link_text / el->text : 0;
        }
        /* Only prose-sized units vote for the page's language. */
        if (x->chars >= LENGTH_LOW && x->link_density < MAX_LINK_DENSITY) {
            page->words += st->words;
            for (int l = 0; l < PITH_STOP_LANGS; l++)
                page->hits[l] += st->hits[l];
        }
        if (!leaf)
            continue;
        i = el->end - 1; /* a leaf's descendants are inline */
    }
    pith_buf_free(&text);
    *per_unit = stats;
    return ok && !text.oom;
}

/* The page's prose level: the stop-word density of its long, link-poor
 * units, taken at the 60th percentile (most prose is at least this dense). */
static double prose_level(const pith_units *u)
{
    double vals[512];
    int n = 0;
    for (uint32_t i = 0; i < u->n && n < 512; i++)
        if (u->u[i].chars >= LENGTH_HIGH && u->u[i].link_density < MAX_LINK_DENSITY)
            vals[n++] = u->u[i].stop_density;
    if (n == 0)
        return 0;
    /* insertion sort: n is small */
    for (int i = 1; i < n; i++) {
        double v = vals[i];
        int j = i - 1;
        while (j >= 0 && vals[j] > v) {
            vals[j + 1] = vals[j];
            j--;
        }
        vals[j + 1] = v;
    }
    return vals[(int)(n * 0.4)];
}

static pith_unit_class classify_one(const pith_unit *x, double level)
{
    if (x->link_density > MAX_LINK_DENSITY)
        return PITH_UNIT_BAD;
    if (x->chars < LENGTH_LOW)
        return x->link_density > 0 ? PITH_UNIT_BAD : PITH_UNIT_SHORT;
    if (level <= 0) /* no language known: length alone decides */
        return x->chars >= LENGTH_HIGH ? PITH_UNIT_GOOD : PITH_UNIT_NEAR_GOOD;
    if (x->stop_density >= 0.8 * level)
        return x->chars >= LENGTH_HIGH ? PITH_UNIT_GOOD : PITH_UNIT_NEAR_GOOD;
    if (x->stop_density >= 0.6 * level)
        return PITH_UNIT_NEAR_GOOD;
    return PITH_UNIT_BAD;
}

/* Does unit x count as a neighbour in the context revision? */
static bool is_context(const pith_unit *x)
{
    return x->cls != PITH_UNIT_SHORT && !x->heading;
}

/* jusText's context revision, in two passes.  The neighbours of each unit
 * (the class of the nearest unit before and after it that is not SHORT or
 * a heading; BAD at the ends) are found in one sweep each way, so a page
 * of thousands of short units stays linear. */
static void revise(pith_units *u)
{
    if (u->n == 0)
        return;
    pith_unit_class *next = malloc(u->n * sizeof *next);
    if (!next) {
        pith_alloc_failed();
        return;
    }
    pith_unit_class after = PITH_UNIT_BAD;
    for (uint32_t i = u->n; i-- > 0;) {
        next[i] = after;
        if (is_context(&u->u[i]))
            after = u->u[i].cls;
    }
    pith_unit_class prev = PITH_UNIT_BAD;
    for (uint32_t i = 0; i < u->n; i++) {
        pith_unit *x = &u->u[i];
        if (x->cls == PITH_UNIT_SHORT) {
            if (prev == PITH_UNIT_GOOD && next[i] == PITH_UNIT_GOOD)
                x->final = PITH_UNIT_GOOD;
            else if (prev == PITH_UNIT_BAD && next[i] == PITH_UNIT_BAD)
                x->final = PITH_UNIT_BAD;
            else if ((prev == PITH_UNIT_NEAR_GOOD && next[i] != PITH_UNIT_BAD) ||
                     (next[i] == PITH_UNIT_NEAR_GOOD && prev != PITH_UNIT_BAD))
                x->final = PITH_UNIT_GOOD;
            else
                x->final = (prev == PITH_UNIT_GOOD || next[i] == PITH_UNIT_GOOD) && !x->heading
                               ? PITH_UNIT_GOOD
                               : PITH_UNIT_BAD;
        }
        if (is_context(x))
            prev = x->cls;
    }
    prev = PITH_UNIT_BAD;
    for (uint32_t i = 0; i < u->n; i++) {
        pith_unit *x = &u->u[i];
        if (x->cls == PITH_UNIT_NEAR_GOOD)
            x->final = (prev == PITH_UNIT_BAD && next[i] == PITH_UNIT_BAD) ? PITH_UNIT_BAD
                                                                           : PITH_UNIT_GOOD;
        else if (x->cls == PITH_UNIT_GOOD || x->cls == PITH_UNIT_BAD)
            x->final = x->cls;
        if (is_context(x))
            prev = x->cls;
    }
    free(next);
    /* A heading right before good text introduces it. */
    for (uint32_t i = 0; i + 1 < u->n; i++)
        if (u->u[i].heading && u->u[i].final == PITH_UNIT_BAD &&
            u->u[i].link_density <= MAX_LINK_DENSITY && u->u[i + 1].final == PITH_UNIT_GOOD)
            u->u[i].final = PITH_UNIT_GOOD;
}

bool pith_classify(pith_ctx *ctx, uint32_t root, uint32_t skip, pith_units *u)
{
    memset(u, 0, sizeof *u);
    u->lang = -1;
    if (root == PITH_NO_EL)
        return true;
    pith_stopstats page;
    memset(&page, 0, sizeof page);
    pith_stopstats *per_unit = NULL;
    if (!collect(ctx, root, skip, u, &page, &per_unit))
        return false;
    u->lang = pith_rules_stop_best(&page);
    for (uint32_t i = 0; i < u->n; i++) {
        const pith_stopstats *st = &per_unit[i];
        u->u[i].stop_density =
            (u->lang >= 0 && st->words) ? (double)st->hits[u->lang] / st->words : 0;
    }
    u->level = u->lang >= 0 ? prose_level(u) : 0;
    for (uint32_t i = 0; i < u->n; i++) {
        u->u[i].cls = classify_one(&u->u[i], u->level);
        u->u[i].final = u->u[i].cls;
    }
    revise(u);
    return true;
}
