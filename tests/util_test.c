/*
 * util_test.c — the growable buffer, UTF-8 repair and URL resolution.
 */
#include "testutil.h"

#include "util/buf.h"
#include "util/url.h"
#include "util/utf8.h"

static void test_buf_grows_and_detaches(void **state)
{
    (void)state;
    pith_buf b = PITH_BUF_INIT;
    for (int i = 0; i < 1000; i++)
        pith_buf_puts(&b, "abc");
    assert_int_equal(b.len, 3000);
    assert_false(b.oom);
    pith_buf_printf(&b, "%d-%s", 42, "x");
    assert_string_equal(b.data + 3000, "42-x");
    pith_buf_truncate(&b, 3);
    assert_string_equal(b.data, "abc");
    size_t n;
    char *s = pith_buf_detach(&b, &n);
    assert_int_equal(n, 3);
    assert_string_equal(s, "abc");
    assert_null(b.data);
    free(s);
}

static void repair(const char *in, size_t n, const char *want)
{
    pith_buf b = PITH_BUF_INIT;
    pith_utf8_repair(&b, in, n);
    assert_non_null(b.data);
    assert_string_equal(b.data, want);
    assert_true(pith_utf8_is_clean(b.data, b.len));
    pith_buf_free(&b);
}

static void test_utf8_repair(void **state)
{
    (void)state;
    repair("caf\xc3\xa9", 5, "caf\xc3\xa9");                 /* valid stays */
    repair("caf\xe9!", 5, "caf\xef\xbf\xbd!");                /* latin-1 byte */
    repair("a\0b", 3, "ab");                                  /* NUL dropped */
    repair("\xe2\x82", 2, "\xef\xbf\xbd");                    /* truncated: one U+FFFD */
    repair("\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"); /* surrogate */
    repair("\xef\xbf\xbd", 3, "\xef\xbf\xbd");                /* a real U+FFFD */
    assert_false(pith_utf8_is_clean("a\0", 2));
}

static void resolve(const char *base, const char *ref, const char *want)
{
    pith_buf b = PITH_BUF_INIT;
    pith_url_resolve(base, ref, &b);
    assert_string_equal(b.data ? b.data : "", want);
    pith_buf_free(&b);
}

/* RFC 3986 section 5.4 examples. */
static void test_url_resolve_rfc3986(void **state)
{
    (void)state;
    const char *base = "http://a/b/c/d;p?q";
    resolve(base, "g:h", "g:h");
    resolve(base, "g", "http://a/b/c/g");
    resolve(base, "./g", "http://a/b/c/g");
    resolve(base, "g/", "http://a/b/c/g/");
    resolve(base, "/g", "http://a/g");
    resolve(base, "//g", "http://g");
    resolve(base, "?y", "http://a/b/c/d;p?y");
    resolve(base, "g?y", "http://a/b/c/g?y");
    resolve(base, "#s", "http://a/b/c/d;p?q#s");
    resolve(base, "g#s", "http://a/b/c/g#s");
    resolve(base, "", "http://a/b/c/d;p?q");
    resolve(base, ".", "http://a/b/c/");
    resolve(base, "./", "http://a/b/c/");
    resolve(base, "..", "http://a/b/");
    resolve(base, "../", "http://a/b/");
    resolve(base, "../g", "http://a/b/g");
    resolve(base, "../..", "http://a/");
    resolve(base, "../../g", "http://a/g");
    resolve(base, "../../../g", "http://a/g");
    resolve(base, "/./g", "http://a/g");
    resolve(base, "/../g", "http://a/g");
    resolve(base, "g.", "http://a/b/c/g.");
    resolve(base, "..g", "http://a/b/c/..g");
    resolve(base, "./../g", "http://a/b/g");
    resolve(base, "g/./h", "http://a/b/c/g/h");
    resolve(base, "g/../h", "http://a/b/c/h");
    resolve(NULL, "/relative", "/relative");
}

static void test_url_host_and_safety(void **state)
{
    (void)state;
    pith_buf b = PITH_BUF_INIT;
    assert_true(pith_url_host("https://WWW.Example.org:8080/x", &b));
    assert_string_equal(b.data, "example.org");
    pith_buf_free(&b);
    assert_false(pith_url_host("/just/a/path", &b));
    assert_true(pith_url_is_unsafe("javascript:alert(1)"));
    assert_true(pith_url_is_unsafe("JaVa\nScRiPt:alert(1)"));
    assert_true(pith_url_is_unsafe("vbscript:x"));
    assert_false(pith_url_is_unsafe("https://example.org/"));
}

/* Lower case over the scripts with case, including the runs of Latin
 * Extended-A whose capitals sit on odd code points. */
static void test_lower_cp(void **state)
{
    (void)state;
    static const uint32_t pairs[][2] = {
        {'A', 'a'}, {'z', 'z'}, {'1', '1'}, {0xC9, 0xE9} /* É */, {0xE9, 0xE9},
        {0xDF, 0xDF} /* ß */, {0xD7, 0xD7} /* × */, {0x104, 0x105} /* Ą */, {0x105, 0x105},
        {0x141, 0x142} /* Ł */, {0x142, 0x142}, {0x13D, 0x13E} /* Ľ */, {0x13E, 0x13E},
        {0x17D, 0x17E} /* Ž */, {0x17E, 0x17E}, {0x160, 0x161} /* Š */, {0x161, 0x161},
        {0x130, 'i'} /* İ */, {0x3A3, 0x3C3} /* Σ */, {0x386, 0x3AC} /* Ά */,
        {0x414, 0x434} /* Д */, {0x401, 0x451} /* Ё */, {0x4E2D, 0x4E2D} /* 中 */,
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        assert_int_equal(pith_lower_cp(pairs[i][0]), pairs[i][1]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf_grows_and_detaches),
        cmocka_unit_test(test_utf8_repair),
        cmocka_unit_test(test_url_resolve_rfc3986),
        cmocka_unit_test(test_url_host_and_safety),
        cmocka_unit_test(test_lower_cp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
