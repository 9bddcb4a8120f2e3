/*
 * factor_test.c — alternations factored by their common first characters
 * (src/rules/factor.c): the shape written, and whole-subject matches the
 * same as the alternation as written, on phrases, groups, caseless letters,
 * characters outside ASCII and what must be left as it is.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "testutil.h"

#include <pcre2.h>
#include <stdbool.h>

#include "rules/factor.h"
#include "util/buf.h"

static const uint32_t PHRASE = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS;

/* The alternatives of a list of C strings, factored, as a string (freed
 * by the caller). */
static char *factored(const char *const *words, unsigned n)
{
    pith_regex_alt alts[32];
    assert_true(n <= 32);
    for (unsigned i = 0; i < n; i++)
        alts[i] = (pith_regex_alt){words[i], strlen(words[i])};
    pith_buf b = PITH_BUF_INIT;
    assert_true(pith_regex_factor(&b, alts, n, true));
    return pith_buf_detach(&b, NULL);
}

static void test_shape(void **state)
{
    (void)state;
    static const char *const words[] = {"share", "Shout", "tweet", "sh", "s?x", "(?:a|ab|b)c"};
    char *f = factored(words, 6);
    /* s and S are one letter caselessly; "s?" is no plain character;
     * the group's alternatives are factored too */
    assert_string_equal(f, "sh(?:are|out|)|tweet|s?x|(?:a(?:|b)|b)c");
    free(f);
    static const char *const kept[] = {"a(?>b|bc)", "(?:ab|ac)++d"};
    f = factored(kept, 2);
    /* an atomic group and a possessive one keep their order */
    assert_string_equal(f, "a(?>b|bc)|(?:ab|ac)++d");
    free(f);
}

static bool whole_match(const char *pattern, const char *s)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   PHRASE | PCRE2_ANCHORED, &err, &off, NULL);
    assert_non_null(re);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int rc = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return rc > 0;
}

/* The alternation written and factored, each as "(?:...)[\W\d_]*$" as the
 * phrase index writes it, agree on every subject. */
static void test_same_matches(void **state)
{
    (void)state;
    static const char *const words[] = {
        "ad", "ads?", "advertisement", "advert(?:s|ising)?", "anzeige",
        "share(?: (?:this|on|via email))*", "share (?:on )?(?:facebook|x)",
        "shé", "shÉ", "été", "écrire",
        "广告", "广州",
        "more (?:from|on) \\w+", "more", "mo(?:re|st)", "k",
    };
    static const char *const subjects[] = {
        "ad", "ADS", "Ads.", "advertisement", "adverts", "advertising", "anzeige", "adx",
        "share", "Share on Facebook", "share this on", "share via email this", "share on",
        "shé", "SHÉ", "shété", "ÉTÉ", "écrire!",
        "广告", "广州 2024", "广",
        "more", "More from Paris", "more on", "most", "mos",
        "\u212A", "K", "kk", "", /* the Kelvin sign is a k caselessly */
    };
    unsigned n = sizeof words / sizeof words[0];
    char *f = factored(words, n);
    pith_buf plain = PITH_BUF_INIT, fact = PITH_BUF_INIT;
    pith_buf_puts(&plain, "(?:");
    for (unsigned i = 0; i < n; i++)
        pith_buf_printf(&plain, "%s%s", i ? "|" : "", words[i]);
    pith_buf_puts(&plain, ")[\\W\\d_]*$");
    pith_buf_printf(&fact, "(?:%s)[\\W\\d_]*$", f);
    int hits = 0;
    for (size_t k = 0; k < sizeof subjects / sizeof subjects[0]; k++) {
        bool want = whole_match(plain.data, subjects[k]);
        if (whole_match(fact.data, subjects[k]) != want)
            fail_msg("'%s': written %d, factored %d (%s)", subjects[k], want, !want, f);
        hits += want;
    }
    assert_int_equal(hits, 23);
    pith_buf_free(&plain);
    pith_buf_free(&fact);
    free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shape),
        cmocka_unit_test(test_same_matches),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
