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
#include <string.h>

#include "rules/rules.h"

#define MAX_LINK_DENSITY 0.2
#define LENGTH_LOW 70     /* non-space bytes; shorter is SHORT */
#define LENGTH_HIGH 200   /* longer prose is GOOD outright */
#define MAX_UNIT_TEXT 4000 /* bytes of a unit read for stop words */

/* A leaf block: block-level, with text and no block inside. */
static bool is_leaf_block(const pith_el *el)
{
    return (el->flags & PITH_EL_BLOCK) && el->blocks == 0 && el->tag != GUMBO_TAG_BR &&
           el->text > 0;
}

/* Grow an arena array of n elements of size bytes to hold one more;
 * the old block goes back to the arena. */
static void *grow_array(pith_ctx *ctx, void *arr, uint32_t n, uint32_t *cap, size_t size)
{
    if (n < *cap)
        return arr;
    uint32_t ncap = *cap ? *cap * 2 : 64;
    void *a = pith_arena_alloc(ctx->arena, (size_t)ncap * size);
    if (!a)
        return NULL;
    if (n)
        memcpy(a, arr, (size_t)n * size);
    pith_arena_free(ctx->arena, arr);
    *cap = ncap;
    return a;
}

/* Stop-word hits of one unit, kept compact until the page's language is
 * known: (language << 10 | count) pairs for the languages that hit. */
typedef struct unit_hits {
    uint16_t *pairs;
    uint32_t n, cap;
} unit_hits;

#define HIT_COUNT_MAX 1023 /* 10 bits; the language takes the other 6 */

static bool keep_hits(pith_ctx *ctx, unit_hits *h, const pith_stopstats *st, pith_unit *x)
{
    x->hit_off = h->n;
    x->hit_count = 0;
    x->words = st->words;
    for (int l = 0; l < PITH_STOP_LANGS; l++) {
        if (!st->hits[l])
            continue;
        uint16_t *p = grow_array(ctx, h->pairs, h->n, &h->cap, sizeof *p);
        if (!p)
            return false;
        h->pairs = p;
        unsigned c = st->hits[l] > HIT_COUNT_MAX ? HIT_COUNT_MAX : st->hits[l];
        h->pairs[h->n++] = (uint16_t)((unsigned)l << 10 | c);
        x->hit_count++;
    }
    return true;
}

static unsigned hits_of(const unit_hits *h, const pith_unit *x, int lang)
{
    for (uint32_t k = 0; k < x->hit_count; k++) {
        uint16_t p = h->pairs[x->hit_off + k];
        if ((p >> 10) == (unsigned)lang)
            return p & HIT_COUNT_MAX;
    }
    return 0;
}

/* Collect units in page order, their stop-word hits in every language, and
 * the page's totals over its prose-sized units. */
static bool collect(pith_ctx *ctx, uint32_t root, uint32_t skip, pith_units *u,
                    pith_stopstats *page, unit_hits *hits)
{
    pith_dom *dom = &ctx->dom;
    pith_buf text = PITH_BUF_INIT;
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
        pith_unit *arr = grow_array(ctx, u->u, u->n, &u->cap, sizeof *u->u);
        if (!arr) {
            ok = false;
            break;
        }
        u->u = arr;
        pith_stopstats st;
        memset(&st, 0, sizeof st);
        pith_rules_stopwords(text.data, text.len, &st);
        pith_unit *x = &u->u[u->n++];
        memset(x, 0, sizeof *x);
        x->el = i;
        x->own = own;
        x->heading = pith_tag_is_heading((GumboTag)el->tag);
        if (own) {
            pith_prose pr = pith_el_prose(dom, i, false);
            x->chars = pr.chars;
            x->link_density = 0;
        } else {
            x->chars = el->text;
            x->link_density = el->text ? (float)el->link_text / el->text : 0;
        }
        if (!keep_hits(ctx, hits, &st, x)) {
            ok = false;
            break;
        }
        /* Only prose-sized units vote for the page's language. */
        if (x->chars >= LENGTH_LOW && x->link_density < MAX_LINK_DENSITY) {
            page->words += st.words;
            for (int l = 0; l < PITH_STOP_LANGS; l++)
                page->hits[l] += st.hits[l];
        }
        if (!leaf)
            continue;
        i = el->end - 1; /* a leaf's descendants are inline */
    }
    pith_buf_free(&text);
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

/* For every unit, the class of the nearest unit before (prev) and after
 * (next) it that is not SHORT or a heading; BAD at the ends.  Two linear
 * passes, so a page of half a million one-word paragraphs stays linear. */
static bool neighbour_classes(pith_ctx *ctx, const pith_units *u, bool use_final,
                              uint8_t **prev_out, uint8_t **next_out)
{
    uint8_t *prev = pith_arena_alloc(ctx->arena, u->n ? u->n : 1);
    uint8_t *next = pith_arena_alloc(ctx->arena, u->n ? u->n : 1);
    if (!prev || !next)
        return false;
    uint8_t last = PITH_UNIT_BAD;
    for (uint32_t i = 0; i < u->n; i++) {
        prev[i] = last;
        const pith_unit *x = &u->u[i];
        pith_unit_class c = use_final ? x->final : x->cls;
        if (x->cls != PITH_UNIT_SHORT && !x->heading)
            last = (uint8_t)c;
    }
    last = PITH_UNIT_BAD;
    for (uint32_t i = u->n; i-- > 0;) {
        next[i] = last;
        const pith_unit *x = &u->u[i];
        pith_unit_class c = use_final ? x->final : x->cls;
        if (x->cls != PITH_UNIT_SHORT && !x->heading)
            last = (uint8_t)c;
    }
    *prev_out = prev;
    *next_out = next;
    return true;
}

/* jusText's context revision, in two passes. */
static bool revise(pith_ctx *ctx, pith_units *u)
{
    uint8_t *prev, *next;
    if (!neighbour_classes(ctx, u, false, &prev, &next))
        return false;
    for (uint32_t i = 0; i < u->n; i++) {
        pith_unit *x = &u->u[i];
        if (x->cls != PITH_UNIT_SHORT)
            continue;
        pith_unit_class p = prev[i], n = next[i];
        if (p == PITH_UNIT_GOOD && n == PITH_UNIT_GOOD)
            x->final = PITH_UNIT_GOOD;
        else if (p == PITH_UNIT_BAD && n == PITH_UNIT_BAD)
            x->final = PITH_UNIT_BAD;
        else if ((p == PITH_UNIT_NEAR_GOOD && n != PITH_UNIT_BAD) ||
                 (n == PITH_UNIT_NEAR_GOOD && p != PITH_UNIT_BAD))
            x->final = PITH_UNIT_GOOD;
        else
            x->final = (p == PITH_UNIT_GOOD || n == PITH_UNIT_GOOD) && !x->heading
                           ? PITH_UNIT_GOOD
                           : PITH_UNIT_BAD;
    }
    for (uint32_t i = 0; i < u->n; i++) {
        pith_unit *x = &u->u[i];
        if (x->cls == PITH_UNIT_NEAR_GOOD) {
            pith_unit_class p = prev[i], n = next[i];
            x->final = (p == PITH_UNIT_BAD && n == PITH_UNIT_BAD) ? PITH_UNIT_BAD
                                                                  : PITH_UNIT_GOOD;
        } else if (x->cls == PITH_UNIT_GOOD || x->cls == PITH_UNIT_BAD) {
            x->final = x->cls;
        }
    }
    /* A heading right before good text introduces it. */
    for (uint32_t i = 0; i + 1 < u->n; i++)
        if (u->u[i].heading && u->u[i].final == PITH_UNIT_BAD &&
            u->u[i].link_density <= MAX_LINK_DENSITY && u->u[i + 1].final == PITH_UNIT_GOOD)
            u->u[i].final = PITH_UNIT_GOOD;
    return true;
}

bool pith_classify(pith_ctx *ctx, uint32_t root, uint32_t skip, pith_units *u)
{
    memset(u, 0, sizeof *u);
    u->lang = -1;
    if (root == PITH_NO_EL)
        return true;
    pith_stopstats page;
    memset(&page, 0, sizeof page);
    unit_hits hits = {NULL, 0, 0};
    if (!collect(ctx, root, skip, u, &page, &hits))
        return false;
    u->lang = pith_rules_stop_best(&page);
    for (uint32_t i = 0; i < u->n; i++) {
        pith_unit *x = &u->u[i];
        x->stop_density =
            (u->lang >= 0 && x->words) ? (float)hits_of(&hits, x, u->lang) / x->words : 0;
    }
    u->level = u->lang >= 0 ? prose_level(u) : 0;
    for (uint32_t i = 0; i < u->n; i++) {
        u->u[i].cls = classify_one(&u->u[i], u->level);
        u->u[i].final = u->u[i].cls;
    }
    return revise(ctx, u);
}
