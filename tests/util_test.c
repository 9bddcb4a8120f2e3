/*
 * util_test.c — the growable buffer, UTF-8 repair, text encoded twice and
 * URL resolution.
 */
#include "testutil.h"

#include "util/ascii.h"
#include "util/buf.h"
#include "util/misread.h"
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

/* pith_utf8_is_clean and pith_utf8_repair skip ASCII eight bytes at a
 * time and pass a well-formed two-byte character without decoding it
 * (repair keeps it as it is): around and after
 * runs of every length, an overlong or broken sequence, a lone lead byte
 * at the end and a NUL are still found, and good characters still pass. */
static void test_utf8_clean_shortcuts(void **state)
{
    (void)state;
    const char *heads[] = {"", "ab", "abcdefghijk", "\xd0\x96", "abcdefgh\xc3\xa9"};
    const char *tails[] = {"", "x", "abcdefghij"};
    static const struct { const char *s; size_t n; bool clean; } mid[] = {
        {"\xc3\xa9", 2, true},      {"\xc2\x80", 2, true},     {"\xdf\xbf", 2, true},
        {"\xe2\x82\xac", 3, true},  {"\xef\xbf\xbd", 3, true}, {"\xf0\x9f\x98\x80", 4, true},
        {"\xc0\xaf", 2, false},     {"\xc1\xbf", 2, false},    {"\xc3", 1, false},
        {"\xc3\xc3\xa9", 3, false}, {"\xc3 ", 2, false},       {"\x80", 1, false},
        {"\xe0\x80\x80", 3, false}, {"\xed\xa0\x80", 3, false}, {"\0", 1, false},
        {"abcdefg\0", 8, false},
    };
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
        for (size_t t = 0; t < sizeof tails / sizeof *tails; t++)
            for (size_t m = 0; m < sizeof mid / sizeof *mid; m++) {
                char s[64];
                size_t hn = strlen(heads[h]), tn = strlen(tails[t]);
                memcpy(s, heads[h], hn);
                memcpy(s + hn, mid[m].s, mid[m].n);
                memcpy(s + hn + mid[m].n, tails[t], tn);
                size_t len = hn + mid[m].n + tn;
                assert_int_equal(pith_utf8_is_clean(s, len), mid[m].clean);
                pith_buf b = PITH_BUF_INIT; /* repair keeps exactly the clean texts */
                pith_utf8_repair(&b, s, len);
                assert_int_equal(b.len == len && memcmp(b.data, s, len) == 0, mid[m].clean);
                assert_true(pith_utf8_is_clean(b.data ? b.data : "", b.len));
                pith_buf_free(&b);
            }
}

/* pith_ascii_run stops at the first byte that is a zero or >= 0x80,
 * wherever it falls in a chunk of eight, whatever bytes follow it (a
 * zero's borrow marks the bytes after it too). */
static void test_ascii_run_stops_at_first(void **state)
{
    (void)state;
    const unsigned char stops[] = {0x00, 0x80, 0xC3, 0xFF};
    const unsigned char after[] = {0x00, 0x01, 0x80, 'a'};
    for (size_t at = 0; at < 20; at++)
        for (size_t k = 0; k < sizeof stops; k++)
            for (size_t f = 0; f < sizeof after; f++) {
                char s[32];
                memset(s, 'a', sizeof s);
                s[at] = (char)stops[k];
                s[at + 1] = (char)after[f];
                s[at + 2] = 0x01;
                assert_int_equal(pith_ascii_run(s, sizeof s), at);
                assert_int_equal(pith_ascii_run(s, at), at);
            }
    assert_int_equal(pith_ascii_run("\x01\x7f abcdefghijk", 14), 14);
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

/* Another site is another host that is neither a subdomain of the page's
 * nor its parent; a path or an anchor leads nowhere else. */
static void test_url_other_site(void **state)
{
    (void)state;
    assert_true(pith_url_other_site("https://shop.example.net/lamp", "example.org"));
    assert_true(pith_url_other_site("https://notexample.org/", "example.org"));
    assert_false(pith_url_other_site("https://WWW.Example.org/a", "example.org"));
    assert_false(pith_url_other_site("//blog.example.org/a", "example.org"));
    assert_false(pith_url_other_site("https://example.org/a", "news.example.org"));
    assert_false(pith_url_other_site("/a/path", "example.org"));
    assert_false(pith_url_other_site("#part", "example.org"));
    assert_false(pith_url_other_site("https://example.net/", NULL));
}

/* Where a URL's path starts, past its scheme and host; a reference that
 * names no host is its own path, whatever it holds after it. */
static void test_url_path(void **state)
{
    (void)state;
    const char *host = NULL;
    assert_string_equal(pith_url_path("https://example.org/a/b?c#d", &host), "/a/b?c#d");
    assert_string_equal(host, "example.org/a/b?c#d");
    assert_string_equal(pith_url_path("https://example.org?q=1", NULL), "?q=1");
    assert_string_equal(pith_url_path("//cdn.example.org/x", &host), "/x");
    assert_string_equal(pith_url_path("https://example.org", &host), "");
    const char *relative = "/share?u=https://example.org/u/5";
    assert_ptr_equal(pith_url_path(relative, &host), relative);
    assert_null(host);
    const char *mail = "mailto:ann@example.org";
    assert_ptr_equal(pith_url_path(mail, &host), mail);
    assert_null(host);
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

/* A text lowered into a buffer: ASCII and other scripts alike, a
 * malformed byte as U+FFFD, and a bound checked before each character. */
static void test_append_lower(void **state)
{
    (void)state;
    pith_buf b = PITH_BUF_INIT;
    static const char text[] = "Zoë ÉCRIT \xff ДОМ";
    pith_utf8_append_lower(&b, text, strlen(text), 0);
    assert_string_equal(b.data, "zoë écrit \xef\xbf\xbd дом");
    pith_buf_clear(&b);
    pith_utf8_append_lower(&b, text, strlen(text), 3); /* "zo", then ë whole */
    assert_string_equal(b.data, "zoë");
    pith_buf_free(&b);
}

/* What pith_text_repair makes of s ("" when s is left as it is). */
static void unmisread(const char *in, const char *want)
{
    pith_buf b = PITH_BUF_INIT;
    bool changed = pith_text_repair(&b, in, strlen(in));
    assert_string_equal(changed ? b.data : "", want);
    pith_buf_free(&b);
}

static void test_text_encoded_twice(void **state)
{
    (void)state;
    /* runs written text never holds: one is enough */
    unmisread("isn\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t", "isn\xe2\x80\x99t");          /* isnâ€™t */
    unmisread("a d\xc3\x83\xc2\xa9tente", "a d\xc3\xa9tente");                      /* dÃ©tente */
    unmisread("price\xc3\x82\xc2\xa0\xc3\x82\xc2\xa3" "5", "price\xc2\xa0\xc2\xa3" "5"); /* Â Â£ */
    unmisread("\xc3\xb0\xc5\xb8\xcb\x9c\xe2\x82\xac", "\xf0\x9f\x98\x80");         /* ðŸ˜€: an emoji */
    /* Cyrillic read as windows-1252: three unsure runs, most of the text */
    unmisread("\xc3\x90\xc2\xbf\xc3\x91\xe2\x82\xac\xc3\x90\xc2\xb8\xc3\x90\xc2\xb2",
              "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2");                                 /* прив */
    /* text as it should be stays as it is */
    unmisread("caf\xc3\xa9 na\xc3\xafve \xe2\x80\x99quoted\xe2\x80\x99", "");
    unmisread("plain ASCII", "");
    /* one unsure run is a word before a quote: ESPAÑA” */
    unmisread("ESPA\xc3\x91\xe2\x80\x9d and more", "");
    /* a lead with no continuation after it, at the end */
    unmisread("caf\xc3\x83", "");
    /* invalid bytes are still repaired first */
    unmisread("a\xff" "b", "a\xef\xbf\xbd" "b");
}

/* What pith_c1_as_cp1252 makes of s. */
static void c1_read(const char *in, size_t n, const char *want)
{
    pith_buf b = PITH_BUF_INIT;
    pith_c1_as_cp1252(&b, in, n);
    assert_int_equal(b.len, strlen(want));
    assert_memory_equal(b.data, want, b.len);
    pith_buf_free(&b);
}

static void test_c1_controls_read_as_windows_1252(void **state)
{
    (void)state;
    c1_read("it\xc2\x92s", 5, "it\xe2\x80\x99s");                   /* U+0092: ’ */
    c1_read("\xc2\x80" "5", 3, "\xe2\x82\xac" "5");                    /* U+0080: € */
    c1_read("\xc2\x9f", 2, "\xc5\xb8");                                /* U+009F: Ÿ */
    c1_read("a\xc2\x81" "b", 4, "a\xc2\x81" "b");  /* undefined in windows-1252: stays */
    c1_read("\xc2\xa0\xc2\xa9 \xc3\xa9", 7, "\xc2\xa0\xc2\xa9 \xc3\xa9"); /* not C1 */
    c1_read("end\xc2", 4, "end\xc2");                               /* a lead at the end */
    /* a misread run the parser would have broken reads back whole:
     * "â" U+0080 U+0099 becomes "â€™", which pith_text_repair decodes */
    pith_buf b = PITH_BUF_INIT;
    pith_c1_as_cp1252(&b, "isn\xc3\xa2\xc2\x80\xc2\x99t", 10);
    unmisread(b.data, "isn\xe2\x80\x99t");
    pith_buf_free(&b);
}

/* pith_ascii_lower_copy, eight bytes at a time, lower-cases A-Z only:
 * every byte value at every place of a run, the bytes next to 'A' and 'Z'
 * and those above 0x80 left as they are, and cap cuts the copy. */
static void test_ascii_lower_copy(void **state)
{
    (void)state;
    char in[40], out[41];
    for (int c = 0; c < 256; c++)
        for (size_t at = 0; at < sizeof in; at++) {
            memset(in, 'Q', sizeof in);
            in[at] = (char)c;
            assert_int_equal(pith_ascii_lower_copy(out, sizeof out, in, sizeof in), sizeof in);
            for (size_t k = 0; k < sizeof in; k++)
                assert_int_equal((unsigned char)out[k],
                                 (unsigned char)(k == at ? pith_ascii_lower((char)c) : 'q'));
            assert_int_equal(out[sizeof in], '\0');
        }
    assert_int_equal(pith_ascii_lower_copy(out, 11, "ABCDEFGHIJKLMN", 14), 10);
    assert_string_equal(out, "abcdefghij");
    assert_int_equal(pith_ascii_lower_copy(out, 9, "@[`{\xC3\x89\xC0ZA", 9), 8);
    assert_string_equal(out, "@[`{\xC3\x89\xC0z");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf_grows_and_detaches),
        cmocka_unit_test(test_utf8_repair),
        cmocka_unit_test(test_utf8_clean_shortcuts),
        cmocka_unit_test(test_ascii_run_stops_at_first),
        cmocka_unit_test(test_text_encoded_twice),
        cmocka_unit_test(test_c1_controls_read_as_windows_1252),
        cmocka_unit_test(test_url_resolve_rfc3986),
        cmocka_unit_test(test_url_host_and_safety),
        cmocka_unit_test(test_url_other_site),
        cmocka_unit_test(test_url_path),
        cmocka_unit_test(test_lower_cp),
        cmocka_unit_test(test_append_lower),
        cmocka_unit_test(test_ascii_lower_copy),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
