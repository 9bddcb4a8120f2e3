/*
 * phrase_literals_test.c — the plain-word keys of the phrases
 * (src/rules/phrase_literals.c): which alternatives become keys and which
 * stay patterns, and the folding of a text's core, checked against PCRE2
 * (caseless, UTF, UCP) for every code point outside ASCII.  That the index
 * answers with the keys as the plain pattern does is byte_index_test's
 * test_phrase_keys.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "testutil.h"

#include <pcre2.h>
#include <stdbool.h>

#include "rules/phrase_literals.h"

/* The keys of one alternative, as "key|key|..." in s; the answer of
 * pith_literals_add. */
static int keys_of(const char *alt, char *s, size_t cap)
{
    pith_literals_builder b = PITH_LITERALS_BUILDER_INIT;
    int plain = pith_literals_add(&b, alt, strlen(alt), 3);
    s[0] = '\0';
    for (unsigned e = 0; e < b.n; e++) {
        assert_int_equal(b.entries[e].rule, 3);
        snprintf(s + strlen(s), cap - strlen(s), "%s%.*s", e ? "|" : "", (int)b.entries[e].len,
                 b.pool.data + b.entries[e].offset);
    }
    pith_literals_builder_free(&b);
    return plain;
}

static void test_which_alternatives_are_words(void **state)
{
    (void)state;
    char s[1024];
    assert_int_equal(keys_of("Advertisements?", s, sizeof s), 1);
    assert_string_equal(s, "advertisements|advertisement");
    assert_int_equal(keys_of("sign\\s+up(?:\\s+(?:now|today))?", s, sizeof s), 1);
    assert_string_equal(s, "sign up now|sign up today|sign up");
    assert_int_equal(keys_of("e-?mail|x", s, sizeof s), 0); /* a top-level '|' is no word */
    assert_int_equal(keys_of("e-?mail", s, sizeof s), 1);
    assert_string_equal(s, "e-mail|email");
    assert_int_equal(keys_of("editor'?s\\s+picks", s, sizeof s), 1);
    assert_int_equal(keys_of("don\\'t", s, sizeof s), 1);
    assert_string_equal(s, "don't");
    /* patterns stay patterns */
    static const char *const patterns[] = {
        "share(?:\\s+this)*", "(?:\\d+\\s+)?comments", "follow\\s+us\\s+on\\s+\\w+",
        "más noticias",       "ads+",                  "[ab]c",
        "page\\s+\\d",        "a.b",                   "(?=x)xy",
        "ad\\s+?x",           "ad\\s+\\s+x",           "ad\\s",
        "ads{1,2}",           "2\\s+comments",         "comments\\s+2",
        "(?:the\\s+)?",       "(?:a|b|c|d)(?:a|b|c|d)(?:a|b|c|d)(?:a|b|c|d)",
    };
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++)
        if (keys_of(patterns[i], s, sizeof s) != 0)
            fail_msg("'%s' was taken for words: %s", patterns[i], s);
}

static pcre2_code *compile(const char *pattern)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
    assert_non_null(re);
    return re;
}

static size_t utf8(uint32_t c, char *out)
{
    if (c < 0x800) {
        out[0] = (char)(0xC0 | c >> 6);
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | c >> 12);
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | c >> 18);
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static bool matches(pcre2_code *re, pcre2_match_data *md, const char *s, size_t n)
{
    return pcre2_match(re, (PCRE2_SPTR)s, n, 0, 0, md, NULL) > 0;
}

/* Every character outside ASCII folds as PCRE2 matches it: white space
 * (\s) to a space, a case of a printable ASCII character to that
 * character in lower case, anything else to no key at all. */
static void test_folding_as_pcre2(void **state)
{
    (void)state;
    pcre2_code *space = compile("^\\s$"), *ascii = compile("^[\\x21-\\x7e]$");
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    char s[4], key[8], pattern[8];
    unsigned folded = 0;
    for (uint32_t c = 0x80; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        size_t n = utf8(c, s);
        long len = pith_literal_key(s, n, key, sizeof key);
        if (matches(space, md, s, n)) {
            if (len != 1 || key[0] != ' ')
                fail_msg("U+%04X is white space to PCRE2", (unsigned)c);
            folded++;
        } else if (matches(ascii, md, s, n)) {
            if (len != 1)
                fail_msg("U+%04X is a case of an ASCII character to PCRE2", (unsigned)c);
            snprintf(pattern, sizeof pattern, "^%c$", key[0]);
            pcre2_code *same = compile(pattern);
            assert_true(matches(same, md, s, n));
            pcre2_code_free(same);
            folded++;
        } else if (len != -1) {
            fail_msg("U+%04X folds to a key character, not to PCRE2", (unsigned)c);
        }
    }
    assert_true(folded > 10);
    pcre2_match_data_free(md);
    pcre2_code_free(space);
    pcre2_code_free(ascii);
}

static void test_key_of_a_core(void **state)
{
    (void)state;
    char key[64];
    const char *core = "Sign \t\xC2\xA0 Up\xE2\x80\x83No\xC5\xBF";
    long len = pith_literal_key(core, strlen(core), key, sizeof key);
    assert_int_equal(len, 11);
    assert_memory_equal(key, "sign up nos", 11);
    assert_int_equal(pith_literal_key("Schlie\xC3\x9F" "en", 9, key, sizeof key), -1);
    assert_int_equal(pith_literal_key("abcdef", 6, key, 5), -1); /* longer than any key */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_which_alternatives_are_words),
        cmocka_unit_test(test_folding_as_pcre2),
        cmocka_unit_test(test_key_of_a_core),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
