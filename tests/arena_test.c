/*
 * arena_test.c — the per-document arena (src/util/arena.c): size classes
 * and reuse, the byte budget, the longjmp escape, the sticky deadline, the
 * fail_at hook, the per-thread failure count, and a gumbo parse on it.
 */
#include "testutil.h"

#include <gumbo.h>
#include <stdint.h>
#include <time.h>

#include "util/arena.h"

static void test_blocks_are_aligned_and_reused(void **state)
{
    (void)state;
    pith_arena a;
    pith_arena_init(&a, 0);
    size_t sizes[] = {0, 1, 15, 16, 17, 100, 256, 257, 4000, 65536, 65537, 1 << 20};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        char *p = pith_arena_alloc(&a, sizes[i]);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
        memset(p, 0xAB, sizes[i]); /* the whole block is usable */
        pith_arena_free(&a, p);
        /* A freed small block of the same class comes back first. */
        char *q = pith_arena_alloc(&a, sizes[i]);
        if (sizes[i] <= PITH_ARENA_BIG)
            assert_ptr_equal(p, q);
        pith_arena_free(&a, q);
    }
    pith_arena_release(&a);
}

static void test_big_blocks_go_back_to_the_system(void **state)
{
    (void)state;
    pith_arena a;
    pith_arena_init(&a, 0);
    size_t before = a.used;
    char *p = pith_arena_alloc(&a, 10 << 20);
    assert_non_null(p);
    assert_true(a.used >= before + (10 << 20));
    pith_arena_free(&a, p);
    assert_int_equal(a.used, before);
    assert_true(a.peak >= (size_t)(10 << 20));
    pith_arena_release(&a);
}

static void test_budget_fails_without_escape(void **state)
{
    (void)state;
    pith_arena a;
    pith_arena_init(&a, 1 << 20);
    unsigned long failures = pith_alloc_failures();
    assert_null(pith_arena_alloc(&a, 2 << 20));
    assert_int_equal(a.failed, PITH_ARENA_BUDGET);
    /* The budget is not a shortage of memory: no allocation failure noted. */
    assert_int_equal(pith_alloc_failures(), failures);
    /* Small blocks still come while the budget lasts. */
    assert_non_null(pith_arena_alloc(&a, 100));
    size_t n = 0;
    while (pith_arena_alloc(&a, 1000))
        n++;
    assert_true(n > 500 && n < 1100);
    assert_true(a.used <= a.budget);
    assert_null(pith_arena_calloc(&a, SIZE_MAX / 2, 4)); /* overflow */
    pith_arena_release(&a);
    assert_int_equal(a.failed, PITH_ARENA_OK);
    assert_int_equal(a.budget, 1 << 20); /* kept across release */
}

static void test_escape_leaves_by_longjmp(void **state)
{
    (void)state;
    pith_arena a;
    pith_arena_init(&a, 256 * 1024);
    jmp_buf jb;
    volatile int allocations = 0;
    if (setjmp(jb) == 0) {
        pith_arena_arm(&a, &jb);
        for (;;) {
            pith_arena_alloc(&a, 4096);
            allocations++;
        }
    }
    pith_arena_arm(&a, NULL);
    assert_int_equal(a.failed, PITH_ARENA_BUDGET);
    assert_true(allocations > 10);
    assert_null(pith_arena_alloc(&a, 1 << 20)); /* disarmed: NULL again */
    pith_arena_release(&a);
}

static void test_fail_at_hook(void **state)
{
    (void)state;
    pith_arena a;
    pith_arena_init(&a, 0);
    a.fail_at = 3;
    unsigned long failures = pith_alloc_failures();
    assert_non_null(pith_arena_alloc(&a, 8));
    assert_non_null(pith_arena_alloc(&a, 8));
    assert_null(pith_arena_alloc(&a, 8));
    assert_int_equal(a.failed, PITH_ARENA_NOMEM);
    assert_int_equal(pith_alloc_failures(), failures + 1);
    pith_arena_release(&a);
}

static void test_deadline_is_sticky(void **state)
{
    (void)state;
    pith_arena a;
    pith_arena_init(&a, 0);
    pith_arena_set_deadline_at(&a, pith_monotonic_ns() - 1); /* already past */
    size_t ok = 0;
    while (pith_arena_alloc(&a, 16))
        ok++;
    assert_true(ok < 1024); /* found within one clock period */
    assert_int_equal(a.failed, PITH_ARENA_DEADLINE);
    for (int i = 0; i < 5000; i++)
        assert_null(pith_arena_alloc(&a, 16)); /* every later one fails */
    pith_arena_release(&a);
    assert_non_null(pith_arena_alloc(&a, 16)); /* release clears it */
    pith_arena_release(&a);
}

/* gumbo on the arena: a deep tree (which gumbo_destroy_output could not free
 * on a small stack) is released in one call, and a budget stops the parse
 * by longjmp without touching the process. */
static void test_gumbo_on_the_arena(void **state)
{
    (void)state;
    size_t n = 30000, len = 5 * n;
    char *html = malloc(len + 1);
    assert_non_null(html);
    for (size_t i = 0; i < n; i++)
        memcpy(html + 5 * i, "<svg>", 5);
    html[len] = '\0';
    for (int limited = 0; limited < 2; limited++) {
        pith_arena a;
        pith_arena_init(&a, limited ? 512 * 1024 : 0);
        GumboOptions opt = kGumboDefaultOptions;
        opt.allocator = pith_arena_gumbo_alloc;
        opt.deallocator = pith_arena_gumbo_free;
        opt.userdata = &a;
        opt.max_errors = 0;
        jmp_buf jb;
        GumboOutput *volatile out = NULL;
        if (setjmp(jb) == 0) {
            pith_arena_arm(&a, &jb);
            out = gumbo_parse_with_options(&opt, html, len);
        }
        pith_arena_arm(&a, NULL);
        if (limited) {
            assert_null(out);
            assert_int_equal(a.failed, PITH_ARENA_BUDGET);
        } else {
            assert_non_null(out);
            assert_true(a.peak > 512 * 1024);
        }
        pith_arena_release(&a);
    }
    free(html);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blocks_are_aligned_and_reused),
        cmocka_unit_test(test_big_blocks_go_back_to_the_system),
        cmocka_unit_test(test_budget_fails_without_escape),
        cmocka_unit_test(test_escape_leaves_by_longjmp),
        cmocka_unit_test(test_fail_at_hook),
        cmocka_unit_test(test_deadline_is_sticky),
        cmocka_unit_test(test_gumbo_on_the_arena),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
