/*
 * testutil.h — shared helpers for pith's cmocka tests.
 *
 * Tests run from the tests/ directory (make unit-tests does this), so
 * fixture paths are relative: "../fixtures/...".
 */
#ifndef PITH_TESTUTIL_H
#define PITH_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* Read a whole file; fails the test when it cannot.  Free with free(). */
static inline char *test_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    if (len)
        *len = (size_t)n;
    return buf;
}

/* head, then s repeated times, then tail, NUL-terminated, its length in
 * *len (when len is not NULL).  Free with free(). */
static inline char *test_repeat(const char *head, const char *s, size_t times, const char *tail,
                                size_t *len)
{
    size_t hl = strlen(head), sl = strlen(s), tl = strlen(tail);
    size_t n = hl + sl * times + tl;
    char *r = malloc(n + 1);
    assert_non_null(r);
    memcpy(r, head, hl);
    for (size_t i = 0; i < times; i++)
        memcpy(r + hl + i * sl, s, sl);
    memcpy(r + hl + sl * times, tail, tl + 1);
    if (len)
        *len = n;
    return r;
}

/* How many times s occurs in text (overlapping ones too). */
static inline int test_count(const char *text, const char *s)
{
    int n = 0;
    for (const char *p = strstr(text, s); p; p = strstr(p + 1, s))
        n++;
    return n;
}

/* got is the string want, or, when want is NULL, there is none (got is
 * NULL): for a result's field that a case may expect to be left out.  A
 * macro, so that a failure names the caller's line and expression. */
#define assert_optional_string(got, want)                                          \
    do {                                                                            \
        const char *got_ = (got), *want_ = (want);                                  \
        if (!want_ && got_)                                                         \
            fail_msg("%s is \"%s\", expected none", #got, got_);                    \
        if (want_ && !got_)                                                         \
            fail_msg("%s is none, expected \"%s\"", #got, want_);                   \
        if (want_)                                                                  \
            assert_string_equal(got_, want_);                                       \
    } while (0)

#endif
