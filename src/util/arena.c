/*
 * arena.c — the per-document memory arena (see arena.h).
 *
 * Layout of a block: a 16-byte header holding the block's size class (or, for
 * big blocks, the list links live in a larger header), then the payload.
 * Small classes are multiples of 16 up to 256 bytes, then powers of two up
 * to PITH_ARENA_BIG; everything above is a "big" block.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define HDR 16
#define FIRST_CHUNK (32 * 1024)
#define MAX_CHUNK (4 * 1024 * 1024)
#define BIG_CLASS 0xFFFFu

typedef struct pith_arena_chunk {
    struct pith_arena_chunk *next;
    size_t size;
} pith_arena_chunk;

typedef struct pith_arena_big {
    struct pith_arena_big *prev, *next;
    size_t size;
    size_t cls; /* always BIG_CLASS; sits right before the payload */
} pith_arena_big;

/* Size class index and rounded size for a request of n payload bytes. */
static unsigned class_of(size_t n, size_t *rounded)
{
    if (n <= 256) {
        size_t r = (n + 15) & ~(size_t)15;
        if (r == 0)
            r = 16;
        *rounded = r;
        return (unsigned)(r / 16 - 1); /* 0..15 */
    }
    unsigned c = 16;
    size_t r = 512;
    while (r < n) {
        r *= 2;
        c++;
    }
    *rounded = r; /* 512 -> 16, 1024 -> 17, ..., 64K -> 23 */
    return c;
}

void pith_arena_init(pith_arena *a, size_t budget)
{
    memset(a, 0, sizeof *a);
    a->budget = budget;
    a->next_chunk = FIRST_CHUNK;
}

void pith_arena_set_deadline(pith_arena *a, unsigned ms)
{
    a->deadline_ns = ms ? pith_monotonic_ns() + (unsigned long long)ms * 1000000ull : 0;
}

void pith_arena_set_deadline_at(pith_arena *a, unsigned long long ns)
{
    a->deadline_ns = ns;
}

bool pith_arena_share(pith_arena *a, pith_budget *b)
{
    if (a->shared)
        pith_budget_release(a->shared, a->used);
    a->shared = b;
    return pith_budget_charge(b, a->used);
}

void pith_arena_arm(pith_arena *a, jmp_buf *jb)
{
    a->escape = jb;
}

static _Thread_local unsigned long alloc_failures;

void pith_alloc_failed(void)
{
    alloc_failures++;
}

unsigned long pith_alloc_failures(void)
{
    return alloc_failures;
}

static void *fail(pith_arena *a, pith_arena_failure why)
{
    if (why == PITH_ARENA_NOMEM)
        pith_alloc_failed();
    a->failed = why;
    if (a->escape)
        longjmp(*a->escape, 1);
    return NULL;
}

/* Why the shared budget refuses. */
static pith_arena_failure shared_failure(const pith_arena *a)
{
    return a->shared->failed == PITH_BUDGET_TIME ? PITH_ARENA_DEADLINE : PITH_ARENA_BUDGET;
}

/* Account for n more bytes taken from the system; PITH_ARENA_OK, or why
 * they do not fit (the arena's own budget, or the shared one). */
static pith_arena_failure charge(pith_arena *a, size_t n)
{
    if (a->budget && (n > a->budget || a->used > a->budget - n))
        return PITH_ARENA_BUDGET;
    if (!pith_budget_charge(a->shared, n))
        return shared_failure(a);
    a->used += n;
    if (a->used > a->peak)
        a->peak = a->used;
    return PITH_ARENA_OK;
}

static void uncharge(pith_arena *a, size_t n)
{
    a->used -= n;
    pith_budget_release(a->shared, n);
}

static void *alloc_big(pith_arena *a, size_t n)
{
    if (n > SIZE_MAX - sizeof(pith_arena_big))
        return fail(a, PITH_ARENA_NOMEM);
    size_t total = sizeof(pith_arena_big) + n;
    pith_arena_failure why = charge(a, total);
    if (why != PITH_ARENA_OK)
        return fail(a, why);
    pith_arena_big *b = malloc(total);
    if (!b) {
        uncharge(a, total);
        return fail(a, PITH_ARENA_NOMEM);
    }
    b->size = total;
    b->cls = BIG_CLASS;
    b->prev = NULL;
    b->next = a->bigs;
    if (a->bigs)
        a->bigs->prev = b;
    a->bigs = b;
    return b + 1;
}

static bool new_chunk(pith_arena *a, size_t need)
{
    size_t size = a->next_chunk;
    while (size < need + sizeof(pith_arena_chunk))
        size *= 2;
    pith_arena_failure why = charge(a, size);
    if (why != PITH_ARENA_OK) {
        a->failed = why;
        return false;
    }
    pith_arena_chunk *c = malloc(size);
    if (!c) {
        uncharge(a, size);
        a->failed = PITH_ARENA_NOMEM;
        pith_alloc_failed();
        return false;
    }
    c->size = size;
    c->next = a->chunks;
    a->chunks = c;
    a->cur = (char *)c + ((sizeof(pith_arena_chunk) + 15) & ~(size_t)15);
    a->end = (char *)c + size;
    if (a->next_chunk < MAX_CHUNK)
        a->next_chunk *= 2;
    return true;
}

/* The block of class cls from the current chunk, which has room (total
 * bytes with the header). */
static void *bump(pith_arena *a, unsigned cls, size_t total)
{
    char *h = a->cur;
    a->cur += total;
    *(size_t *)(h + HDR - sizeof(size_t)) = cls;
    return h + HDR;
}

/* A recycled block of class cls, or NULL. */
static void *pop(pith_arena *a, unsigned cls)
{
    void *p = a->free_lists[cls];
    if (p)
        a->free_lists[cls] = *(void **)p;
    return p;
}

/* A block of n bytes, once the checks have passed. */
static void *take(pith_arena *a, size_t n)
{
    if (n > PITH_ARENA_BIG)
        return alloc_big(a, n);
    size_t rounded;
    unsigned cls = class_of(n, &rounded);
    void *p = pop(a, cls);
    if (p)
        return p;
    size_t total = HDR + rounded;
    if ((size_t)(a->end - a->cur) < total && !new_chunk(a, total))
        return fail(a, a->failed);
    return bump(a, cls, total);
}

/* pith_arena_alloc for an arena with a test hook or a deadline of its own
 * (the per-document arenas have neither). */
static void *alloc_watched(pith_arena *a, size_t n)
{
    if (a->fail_at && a->count >= a->fail_at)
        return fail(a, PITH_ARENA_NOMEM);
    if (a->deadline_ns) {
        if (a->failed == PITH_ARENA_DEADLINE)
            return fail(a, PITH_ARENA_DEADLINE);
        if ((++a->tick & 1023) == 0 && pith_monotonic_ns() > a->deadline_ns)
            return fail(a, PITH_ARENA_DEADLINE);
    }
    if (a->shared && !pith_budget_ok(a->shared))
        return fail(a, shared_failure(a));
    return take(a, n);
}

/* Requests up to this size take the short way when their free list or the
 * current chunk has a block (size classes of 16 bytes). */
#define QUICK_MAX 256

void *pith_arena_alloc(pith_arena *a, size_t n)
{
    a->count++;
    if (a->fail_at || a->deadline_ns)
        return alloc_watched(a, n);
    if (a->shared && !pith_budget_ok(a->shared))
        return fail(a, shared_failure(a));
    /* The usual request, kept short (gumbo makes three million on 181
     * news pages): a small block, recycled or from the current chunk. */
    if (n <= QUICK_MAX) {
        size_t rounded;
        unsigned cls = class_of(n, &rounded);
        void *p = pop(a, cls);
        if (p)
            return p;
        if ((size_t)(a->end - a->cur) >= HDR + rounded)
            return bump(a, cls, HDR + rounded);
    }
    return take(a, n);
}

void *pith_arena_calloc(pith_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return fail(a, PITH_ARENA_NOMEM);
    void *p = pith_arena_alloc(a, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

void pith_arena_free(pith_arena *a, void *p)
{
    if (!p)
        return;
    size_t cls = *((size_t *)p - 1);
    if (cls == BIG_CLASS) {
        pith_arena_big *b = (pith_arena_big *)p - 1;
        if (b->prev)
            b->prev->next = b->next;
        else
            a->bigs = b->next;
        if (b->next)
            b->next->prev = b->prev;
        uncharge(a, b->size);
        free(b);
        return;
    }
    *(void **)p = a->free_lists[cls];
    a->free_lists[cls] = p;
}

char *pith_arena_strndup(pith_arena *a, const char *s, size_t n)
{
    char *p = pith_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void pith_arena_release(pith_arena *a)
{
    pith_arena_chunk *c = a->chunks;
    while (c) {
        pith_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    pith_arena_big *b = a->bigs;
    while (b) {
        pith_arena_big *next = b->next;
        free(b);
        b = next;
    }
    pith_budget_release(a->shared, a->used);
    size_t budget = a->budget;
    pith_budget *shared = a->shared;
    pith_arena_init(a, budget);
    a->shared = shared;
}

void *pith_arena_gumbo_alloc(void *userdata, size_t n)
{
    return pith_arena_alloc(userdata, n);
}

void pith_arena_gumbo_free(void *userdata, void *p)
{
    pith_arena_free(userdata, p);
}
