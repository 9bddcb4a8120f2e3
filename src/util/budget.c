/*
 * budget.c — the memory and time budget of one call (see budget.h).
 */
#include "budget.h"

#include <time.h>

unsigned long long pith_monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

void pith_budget_init(pith_budget *b, size_t limit, unsigned long long deadline_ns)
{
    b->limit = limit;
    b->used = 0;
    b->peak = 0;
    b->deadline_ns = deadline_ns;
    b->tick = 0;
    b->failed = PITH_BUDGET_OK;
}

bool pith_budget_charge(pith_budget *b, size_t n)
{
    if (!b)
        return true;
    if (b->failed)
        return false;
    if (b->limit && (n > b->limit || b->used > b->limit - n)) {
        b->failed = PITH_BUDGET_MEMORY;
        return false;
    }
    b->used += n;
    if (b->used > b->peak)
        b->peak = b->used;
    return true;
}

void pith_budget_release(pith_budget *b, size_t n)
{
    if (b)
        b->used = n < b->used ? b->used - n : 0;
}

bool pith_budget_read_clock(pith_budget *b)
{
    b->tick = 0;
    if (pith_monotonic_ns() > b->deadline_ns)
        b->failed = PITH_BUDGET_TIME;
    return !b->failed;
}

bool pith_budget_ok_now(pith_budget *b)
{
    if (b && !b->failed && b->deadline_ns && pith_monotonic_ns() > b->deadline_ns)
        b->failed = PITH_BUDGET_TIME;
    return !b || !b->failed;
}

static _Thread_local pith_budget *current;

pith_budget *pith_budget_current(void)
{
    return current;
}

pith_budget *pith_budget_enter(pith_budget *b)
{
    pith_budget *previous = current;
    current = b;
    return previous;
}

void pith_budget_leave(pith_budget *previous)
{
    current = previous;
}
