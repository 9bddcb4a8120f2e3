/*
 * arena.h — the per-document memory arena.
 *
 * Every allocation made while one page is processed (the gumbo tree, pith's
 * own per-element tables, scratch strings) comes from one arena, and the
 * whole arena is released with one call: no tree is ever freed node by node,
 * so the recursive gumbo_destroy_output is never needed.
 *
 * Small blocks are carved from large chunks and recycled through free lists
 * by size class, so gumbo's many short-lived buffers are reused instead of
 * piling up; blocks larger than PITH_ARENA_BIG are malloc'd on their own and
 * returned to the system when freed.
 *
 * The arena counts every byte it takes from the system against a budget.
 * When the budget is spent, or malloc fails:
 *   - if an escape jmp_buf is armed (pith_arena_arm), it longjmps there;
 *     this is how a runaway gumbo parse is stopped (gumbo cannot handle a
 *     NULL from its allocator);
 *   - otherwise pith_arena_alloc returns NULL and sets arena->failed.
 * arena->failed stays set until pith_arena_release, so a caller can check
 * once, after a whole stage, whether any allocation of it failed.
 *
 * An arena may also count against a pith_budget shared with the rest of
 * the call (pith_arena_share): its bytes then count there too, and once the
 * budget has failed (memory or time, whichever stage spent it) every
 * allocation of the arena fails.
 */
#ifndef PITH_ARENA_H
#define PITH_ARENA_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>

#include "budget.h"

#define PITH_ARENA_BIG (64 * 1024)

typedef enum pith_arena_failure {
    PITH_ARENA_OK = 0,
    PITH_ARENA_BUDGET,   /* the byte budget was spent */
    PITH_ARENA_NOMEM,    /* malloc returned NULL */
    PITH_ARENA_DEADLINE  /* the time limit passed (see pith_arena_set_deadline) */
} pith_arena_failure;

struct pith_arena_chunk;
struct pith_arena_big;

typedef struct pith_arena {
    struct pith_arena_chunk *chunks; /* chunk list, newest first */
    char *cur, *end;                 /* free space in the newest chunk */
    struct pith_arena_big *bigs;     /* doubly linked list of big blocks */
    void *free_lists[32];            /* recycled small blocks by size class */
    size_t used;                     /* bytes taken from the system */
    size_t peak;                     /* highest value of used */
    size_t budget;                   /* 0 = unlimited */
    size_t next_chunk;               /* size of the next chunk to take */
    jmp_buf *escape;                 /* armed: longjmp here on failure */
    pith_arena_failure failed;       /* why the last failure happened */
    /* Optional deadline, checked every 1024 allocations (monotonic ns). */
    unsigned long long deadline_ns;
    unsigned tick;
    /* Optional budget shared with the rest of the call (NULL = none). */
    pith_budget *shared;
    /* Optional test hook: fail the n-th allocation (1-based); 0 = never. */
    unsigned long fail_at;
    unsigned long count;
} pith_arena;

void pith_arena_init(pith_arena *a, size_t budget);
void pith_arena_release(pith_arena *a);   /* free everything; a can be reused */

void *pith_arena_alloc(pith_arena *a, size_t n);
void *pith_arena_calloc(pith_arena *a, size_t n, size_t size);
void pith_arena_free(pith_arena *a, void *p);
char *pith_arena_strndup(pith_arena *a, const char *s, size_t n);

/* Count the arena's bytes against b too (NULL: stop): what it holds now is
 * charged, and released from b when freed; the arena keeps b across
 * pith_arena_release. */
bool pith_arena_share(pith_arena *a, pith_budget *b);

/* Longjmp to *jb on failure from now on; pass NULL to disarm. */
void pith_arena_arm(pith_arena *a, jmp_buf *jb);
/* Fail allocations once the monotonic clock passes now + ms (0 = none), or
 * the absolute time ns of pith_monotonic_ns (0 = none).  The clock is read
 * every 1024 allocations; once the deadline has passed, every later
 * allocation fails too, so a stage cannot carry on past it unnoticed. */
void pith_arena_set_deadline(pith_arena *a, unsigned ms);
void pith_arena_set_deadline_at(pith_arena *a, unsigned long long ns);

/* Allocation failures seen by the calling thread, like errno: every place
 * in pith that finds malloc or realloc refusing memory (pith_buf, the tree
 * walker, this arena) calls pith_alloc_failed(), so that pith_extract can
 * tell, by comparing pith_alloc_failures() before and after, that some
 * stage carried on with less than it needed, and report PITH_ERR_NOMEM
 * instead of a partial result.  Per thread, so threads never share it. */
void pith_alloc_failed(void);
unsigned long pith_alloc_failures(void);

/* Adapters with gumbo's allocator signatures (userdata = the arena). */
void *pith_arena_gumbo_alloc(void *userdata, size_t n);
void pith_arena_gumbo_free(void *userdata, void *p);

#endif
