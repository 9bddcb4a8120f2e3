/*
 * fmath_test.c — pith's own floating-point functions (src/util/fmath.c)
 * against libm's: e^x gives the bits of glibc's exp, on the values the
 * content stage's confidence gives it and on random doubles; fmin and fmax
 * as C defines them, NaN included.
 */
#include "testutil.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "util/fmath.h"

static uint64_t bits_of(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

/* glibc's exp has a build for processors with FMA4 and no AVX2 whose
 * roundings pith does not copy; there pith is held to one ulp. */
static bool same_bits_expected(void)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    return !__builtin_cpu_supports("fma4") || __builtin_cpu_supports("avx2");
#else
    return true;
#endif
}

static void check_exp(double x, bool bitwise)
{
    double want = exp(x), got = pith_exp(x);
    if (isnan(want)) {
        assert_true(isnan(got));
        return;
    }
    if (bitwise && bits_of(want) != bits_of(got))
        fail_msg("pith_exp(%a) = %a, exp gives %a", x, got, want);
    double ulp = nextafter(want, INFINITY) - want;
    if (fabs(got - want) > ulp)
        fail_msg("pith_exp(%a) = %a, more than an ulp from %a", x, got, want);
}

/* The content stage's confidence: e^(-text / 1500) and e^(-paragraphs / 4)
 * for every count that leaves e^x above the smallest double. */
static void test_exp_on_the_counts_confidence_gives(void **state)
{
    (void)state;
    bool bitwise = same_bits_expected();
    for (long k = 0; k <= 1200000; k++)
        check_exp(-(double)k / 1500.0, bitwise);
    for (long k = 0; k <= 3000; k++)
        check_exp(-(double)k / 4.0, bitwise);
}

static void test_exp_on_random_doubles(void **state)
{
    (void)state;
    bool bitwise = same_bits_expected();
    uint64_t s = 88172645463325252u; /* xorshift64 */
    for (int i = 0; i < 2000000; i++) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        double x;
        memcpy(&x, &s, sizeof x);
        check_exp(isnan(x) ? x : fmod(x, 800.0), bitwise); /* the whole range, tiny to huge */
        check_exp((double)(s >> 11) / 9007199254740992.0 * 2.0 - 1.0, bitwise); /* |x| < 1 */
    }
}

static void test_exp_at_the_edges(void **state)
{
    (void)state;
    const double edges[] = {0.0, -0.0, 0x1p-60, -0x1p-60, 0x1p-54, 1.0, -1.0, 511.9, 512.0,
                            -512.0, 709.78, 709.79, -708.4, -708.5, -745.1, -745.2, -1000.0,
                            1000.0, 1e300, -1e300, INFINITY, -INFINITY, NAN};
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
        check_exp(edges[i], same_bits_expected());
    assert_true(pith_exp(-INFINITY) == 0.0 && !signbit(pith_exp(-1000.0)));
}

static void test_fmin_fmax_as_c(void **state)
{
    (void)state;
    const double v[] = {-2.5, -0.0, 0.0, 1.0, 3.0, INFINITY, -INFINITY, NAN};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        for (size_t j = 0; j < sizeof v / sizeof v[0]; j++) {
            double a = v[i], b = v[j];
            if (a == b) /* fmin of +0 and -0 may give either */
                continue;
            double lo = fmin(a, b), hi = fmax(a, b);
            assert_true(isnan(lo) ? isnan(pith_fmin(a, b)) : pith_fmin(a, b) == lo);
            assert_true(isnan(hi) ? isnan(pith_fmax(a, b)) : pith_fmax(a, b) == hi);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exp_on_the_counts_confidence_gives),
        cmocka_unit_test(test_exp_on_random_doubles),
        cmocka_unit_test(test_exp_at_the_edges),
        cmocka_unit_test(test_fmin_fmax_as_c),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
