/*
 * budget.h — the memory and time budget of one call: max_memory and
 * timeout_ms, held in every stage.
 *
 * One pith_budget lives for one call of pith_extract (and one of
 * pith_render).  Everything that takes memory for the page counts against
 * it: both arenas (the parse's and the result's: the article tree, the
 * metadata), every pith_buf (the decoded page, scratch text, the renderers'
 * output), and, by an estimate made before the parse, the JSON-LD that
 * jansson reads.  The deadline is checked where the work is: every 1024
 * arena allocations, every 1024 steps of a walk over the article tree
 * (doc.h), and between stages.
 *
 * Once the budget refuses (memory over the limit, or the deadline passed)
 * it stays refused: failed says why, every later charge fails too, and the
 * caller turns it into PITH_ERR_LIMIT at the end of the call.
 *
 * pith_buf has no room for a budget pointer in its many initialisers, so
 * the budget of the calling thread's current call is kept per thread, like
 * errno (pith_budget_enter / _leave); outside a call there is none and
 * nothing is counted.  A block charged to a budget is released to the
 * budget current when it is freed (the accounts never go below zero).
 */
#ifndef PITH_BUDGET_H
#define PITH_BUDGET_H

#include <stdbool.h>
#include <stddef.h>

typedef enum pith_budget_failure {
    PITH_BUDGET_OK = 0,
    PITH_BUDGET_MEMORY,   /* more than the limit was asked for */
    PITH_BUDGET_TIME      /* the deadline passed */
} pith_budget_failure;

typedef struct pith_budget {
    size_t limit;                   /* bytes, 0 = none */
    size_t used;                    /* bytes charged and not released */
    size_t peak;                    /* the highest value of used */
    unsigned long long deadline_ns; /* pith_monotonic_ns() time, 0 = none */
    unsigned tick;                  /* calls since the clock was read */
    pith_budget_failure failed;
} pith_budget;

void pith_budget_init(pith_budget *b, size_t limit, unsigned long long deadline_ns);

/* Count n more bytes; false (and failed set) when they do not fit or the
 * budget has already failed.  b may be NULL (nothing is counted). */
bool pith_budget_charge(pith_budget *b, size_t n);
/* Give back n bytes charged before (never below zero).  b may be NULL. */
void pith_budget_release(pith_budget *b, size_t n);
/* The clock is read once every this many pith_budget_ok calls. */
#define PITH_BUDGET_CLOCK_EVERY 1024u

/* pith_budget_ok's reading of the clock (out of line: once in
 * PITH_BUDGET_CLOCK_EVERY calls). */
bool pith_budget_read_clock(pith_budget *b);

/* False once the budget has failed or its deadline has passed; the clock
 * is read every 1024 calls, so this is cheap enough for inner loops (inline:
 * every allocation of the parse asks, three million on 181 news pages).  b
 * may be NULL. */
static inline bool pith_budget_ok(pith_budget *b)
{
    if (!b)
        return true;
    if (b->failed)
        return false;
    if (b->deadline_ns && ++b->tick >= PITH_BUDGET_CLOCK_EVERY)
        return pith_budget_read_clock(b);
    return true;
}

/* pith_budget_ok, reading the clock now (between stages). */
bool pith_budget_ok_now(pith_budget *b);

/* The calling thread's current budget, or NULL. */
pith_budget *pith_budget_current(void);
/* Make b the thread's current budget; returns the one it replaces, to be
 * given back to pith_budget_leave (calls may nest: an explain hook may
 * extract another page). */
pith_budget *pith_budget_enter(pith_budget *b);
void pith_budget_leave(pith_budget *previous);

/* Nanoseconds of CLOCK_MONOTONIC. */
unsigned long long pith_monotonic_ns(void);

#endif
