/*
 * units.c — the paragraph classifier's judgement (see units.h).
 *
 * jusText's idea: judge each paragraph unit by its length, its link density
 * and its share of stop words, then let short units take the class of their
 * neighbours.  Prose is long, has few links and many function words in the
 * page's language; menus, captions, labels and link lists do not.
 *
 *   classes  GOOD, NEAR_GOOD, SHORT, BAD (context-free), then revised:
 *            SHORT and NEAR_GOOD units between GOOD ones become GOOD
 *   language the stop-word list that fits the page's units best; the
 *            thresholds are relative to the page's own prose level, so
 *            languages with short lists (Chinese particles) work too
 */
#include "units.h"

#include <string.h>

#define HIT_COUNT_MAX 1023 /* 10 bits; the language takes the other 6 */

void pith_units_init(pith_units *u)
{
    memset(u, 0, sizeof *u);
    u->lang = -1;
}

/* Move an arena array of n elements of size bytes to a block that holds
 * n + more, doubling; the old block goes back to the arena. */
static void *regrow_array(pith_arena *arena, void *arr, uint32_t n, uint32_t more, uint32_t *cap,
                          size_t size)
{
    uint32_t ncap = *cap ? *cap * 2 : 64;
    while (ncap < n + more)
        ncap *= 2;
    void *a = pith_arena_alloc(arena, (size_t)ncap * size);
    if (!a)
        return NULL;
    if (n)
        memcpy(a, arr, (size_t)n * size);
    pith_arena_free(arena, arr);
    *cap = ncap;
    return a;
}

/* An arena array of n elements that holds n + more (it most often does:
 * the test is inline, the move is not). */
static inline void *grow_array(pith_arena *arena, void *arr, uint32_t n, uint32_t more,
                               uint32_t *cap, size_t size)
{
    return n + more <= *cap ? arr : regrow_array(arena, arr, n, more, cap, size);
}

/* Keep the hits of st, one pair per language it touched (st->langs). */
static bool keep_hits(pith_arena *arena, pith_unit_hits *h, const pith_stopstats *st,
                      pith_unit *x)
{
    x->hit_off = h->n;
    x->hit_count = 0;
    x->words = st->words;
    if (!st->langs)
        return true;
    uint16_t *p = grow_array(arena, h->pairs, h->n, (uint32_t)__builtin_popcountll(st->langs),
                             &h->cap, sizeof *p);
    if (!p)
        return false;
    h->pairs = p;
    for (uint64_t langs = st->langs; langs; langs &= langs - 1) {
        int l = __builtin_ctzll(langs);
        unsigned c = st->hits[l] > HIT_COUNT_MAX ? HIT_COUNT_MAX : st->hits[l];
        h->pairs[h->n++] = (uint16_t)((unsigned)l << 10 | c);
        x->hit_count++;
    }
    return true;
}

/* Add the counts of st to the page's, and clear st for the next unit:
 * only the languages it touched, not all PITH_STOP_LANGS of them. */
static void take_counts(pith_stopstats *page, pith_stopstats *st, bool votes)
{
    if (votes)
        page->words += st->words;
    for (uint64_t langs = st->langs; langs; langs &= langs - 1) {
        int l = __builtin_ctzll(langs);
        if (votes)
            page->hits[l] += st->hits[l];
        st->hits[l] = 0;
    }
    page->langs |= votes ? st->langs : 0;
    st->words = 0;
    st->langs = 0;
}

static unsigned hits_of(const pith_unit_hits *h, const pith_unit *x, int lang)
{
    for (uint32_t k = 0; k < x->hit_count; k++) {
        uint16_t p = h->pairs[x->hit_off + k];
        if ((p >> 10) == (unsigned)lang)
            return p & HIT_COUNT_MAX;
    }
    return 0;
}

pith_unit *pith_units_add(pith_units *u, pith_arena *arena, const char *text, size_t n,
                          uint32_t chars, float link_density)
{
    pith_unit *arr = grow_array(arena, u->u, u->n, 1, &u->cap, sizeof *u->u);
    if (!arr)
        return NULL;
    u->u = arr;
    pith_unit *x = &u->u[u->n];
    memset(x, 0, sizeof *x);
    x->chars = chars;
    x->link_density = link_density;
    x->hit_off = u->hits.n;
    if (n) { /* a caller leaves the text of a short unit out (n = 0): no words */
        pith_stopstats *st = &u->counts; /* all zero between units */
        pith_rules_stopwords(text, n, st);
        bool kept = keep_hits(arena, &u->hits, st, x);
        /* Only prose-sized units vote for the page's language. */
        take_counts(&u->page, st,
                    chars >= PITH_UNIT_LENGTH_LOW && link_density < PITH_UNIT_MAX_LINK_DENSITY);
        if (!kept)
            return NULL;
    }
    u->n++;
    return x;
}

/* The page's prose level: the stop-word density of its long, link-poor
 * units, taken at the 60th percentile (most prose is at least this dense). */
static double prose_level(const pith_units *u)
{
    double vals[512];
    int n = 0;
    for (uint32_t i = 0; i < u->n && n < 512; i++)
        if (u->u[i].chars >= PITH_UNIT_LENGTH_HIGH &&
            u->u[i].link_density < PITH_UNIT_MAX_LINK_DENSITY)
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
    if (x->link_density > PITH_UNIT_MAX_LINK_DENSITY)
        return PITH_UNIT_BAD;
    if (x->chars < PITH_UNIT_LENGTH_LOW)
        return x->link_density > 0 ? PITH_UNIT_BAD : PITH_UNIT_SHORT;
    if (level <= 0) /* no language known: length alone decides */
        return x->chars >= PITH_UNIT_LENGTH_HIGH ? PITH_UNIT_GOOD : PITH_UNIT_NEAR_GOOD;
    if (x->stop_density >= 0.8 * level)
        return x->chars >= PITH_UNIT_LENGTH_HIGH ? PITH_UNIT_GOOD : PITH_UNIT_NEAR_GOOD;
    if (x->stop_density >= 0.6 * level)
        return PITH_UNIT_NEAR_GOOD;
    return PITH_UNIT_BAD;
}

/* For every unit, the class of the nearest unit before (prev) and after
 * (next) it that is not SHORT or a heading; BAD at the ends.  Two linear
 * passes, so a page of half a million one-word paragraphs stays linear. */
static bool neighbour_classes(pith_arena *arena, const pith_units *u, bool use_final,
                              uint8_t **prev_out, uint8_t **next_out)
{
    uint8_t *prev = pith_arena_alloc(arena, u->n ? u->n : 1);
    uint8_t *next = pith_arena_alloc(arena, u->n ? u->n : 1);
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
static bool revise(pith_units *u, pith_arena *arena)
{
    uint8_t *prev, *next;
    if (!neighbour_classes(arena, u, false, &prev, &next))
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
            u->u[i].link_density <= PITH_UNIT_MAX_LINK_DENSITY &&
            u->u[i + 1].final == PITH_UNIT_GOOD)
            u->u[i].final = PITH_UNIT_GOOD;
    return true;
}

bool pith_units_judge(pith_units *u, pith_arena *arena)
{
    u->lang = pith_rules_stop_best(&u->page);
    for (uint32_t i = 0; i < u->n; i++) {
        pith_unit *x = &u->u[i];
        x->stop_density =
            (u->lang >= 0 && x->words) ? (float)hits_of(&u->hits, x, u->lang) / x->words : 0;
    }
    u->level = u->lang >= 0 ? prose_level(u) : 0;
    for (uint32_t i = 0; i < u->n; i++) {
        u->u[i].cls = classify_one(&u->u[i], u->level);
        u->u[i].final = u->u[i].cls;
    }
    return revise(u, arena);
}
