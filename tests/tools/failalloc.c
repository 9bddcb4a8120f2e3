/*
 * failalloc.c — an LD_PRELOAD allocator for the command line's
 * allocation-failure sweep (tests/cli_oom.sh): the library's own test
 * (oom_test.c) reaches libpith's allocations only, not the command line's
 * reading, batching and writing, which must fail as cleanly.
 *
 * PITH_FAIL_AT=n makes the n-th malloc, calloc or realloc of the process
 * (counted from the first, across threads) return NULL, once; every other
 * call goes to the C library.  PITH_FAIL_COUNT=FILE writes the number of
 * calls made to FILE at exit, for the sweep to know how far to go.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

void *__libc_malloc(size_t n);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t n);

static atomic_ulong calls;
static unsigned long fail_at; /* 0: never */

__attribute__((constructor)) static void read_settings(void)
{
    const char *at = getenv("PITH_FAIL_AT");
    fail_at = at ? strtoul(at, NULL, 10) : 0;
}

__attribute__((destructor)) static void write_count(void)
{
    const char *path = getenv("PITH_FAIL_COUNT");
    FILE *f = path ? fopen(path, "w") : NULL;
    if (f) {
        fprintf(f, "%lu\n", (unsigned long)atomic_load(&calls));
        fclose(f);
    }
}

/* Whether this call is the one to fail; it fails as the C library's
 * would, with errno ENOMEM (glibc's own callers assert that). */
static int failing(void)
{
    unsigned long n = atomic_fetch_add(&calls, 1) + 1;
    if (fail_at == 0 || n != fail_at)
        return 0;
    errno = ENOMEM;
    return 1;
}

void *malloc(size_t n)
{
    return failing() ? NULL : __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
    return failing() ? NULL : __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
    return failing() ? NULL : __libc_realloc(p, n);
}
