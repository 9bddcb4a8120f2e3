/*
 * robust_test.c — pith_extract on broken input and at its limits.
 *
 *   - every prefix of a fixture (truncated downloads), and fixtures with
 *     bytes overwritten by NUL, 0xFF, '<', '&', quotes: never a crash, a
 *     valid status, valid UTF-8 without NUL in every string of the result;
 *   - each limit gives its documented status and publishes nothing partial;
 *   - the guard's changes are reported in result->guard;
 *   - every input under fuzz/regressions/ (crashes once found by the
 *     fuzzers) still goes through.
 */
#include "testutil.h"

#include <dirent.h>
#include <stdbool.h>

#include "pith.h"

static bool clean_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int k = *p < 0x80 ? 1 : (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 : (*p >> 3) == 30 ? 4 : 0;
        if (k == 0)
            return false;
        for (int i = 1; i < k; i++)
            if ((p[i] & 0xC0) != 0x80)
                return false;
        if (k == 2 && *p < 0xC2)
            return false;
        p += k;
    }
    return true;
}

/* Every string a result publishes is NULL or valid UTF-8; a failure
 * publishes no text and no metadata. */
static void check_result(const pith_result *r, size_t input_len)
{
    assert_non_null(r);
    assert_true(r->status >= PITH_OK && r->status <= PITH_ERR_ARGUMENT);
    assert_non_null(r->text);
    assert_int_equal(strlen(r->text), r->text_len);
    assert_true(clean_utf8(r->text));
    const char *fields[] = {r->title, r->author, r->date, r->date_modified, r->sitename,
                            r->hostname, r->url, r->description, r->language, r->image,
                            r->license, r->pagetype, r->comments, r->date_time,
                            r->date_modified_time};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i])
            assert_true(clean_utf8(fields[i]));
    for (size_t i = 0; i < r->n_categories; i++)
        assert_true(clean_utf8(r->categories[i]));
    for (size_t i = 0; i < r->n_tags; i++)
        assert_true(clean_utf8(r->tags[i]));
    if (r->status == PITH_OK)
        assert_true(r->text_len > 0);
    if (r->status != PITH_OK && r->status != PITH_NO_CONTENT) {
        assert_int_equal(r->text_len, 0);
        assert_null(r->title);
        assert_non_null(r->error);
    }
    if (input_len == 0)
        assert_int_equal(r->status, PITH_ERR_INPUT);
    size_t n = 0;
    char *json = pith_render(r, PITH_FORMAT_JSON, 0, &n);
    assert_non_null(json);
    assert_int_equal(strlen(json), n);
    assert_true(clean_utf8(json));
    free(json);
}

static void extract_and_check(const char *data, size_t len)
{
    pith_result *r = pith_extract(data, len, NULL);
    check_result(r, len);
    pith_result_free(r);
}

static void test_every_prefix_of_a_fixture(void **state)
{
    (void)state;
    size_t len;
    char *page = test_read_file("../fixtures/basic-article/input.html", &len);
    for (size_t n = 0; n <= len; n++)
        extract_and_check(page, n);
    free(page);
    page = test_read_file("../fixtures/utf16le-bom-nl/input.html", &len);
    for (size_t n = 0; n <= len; n += 7)
        extract_and_check(page, n);
    free(page);
}

static void test_corrupted_fixtures(void **state)
{
    (void)state;
    static const char *names[] = {"basic-article", "wordpress-tech-policy", "blog-with-comments"};
    static const char bytes[] = {'\0', '\xFF', '<', '&', '"', '\'', '\xC3', '>', '/', '\xE2'};
    unsigned seed = 12345;
    for (size_t f = 0; f < sizeof names / sizeof names[0]; f++) {
        char path[128];
        snprintf(path, sizeof path, "../fixtures/%s/input.html", names[f]);
        size_t len;
        char *page = test_read_file(path, &len);
        char *copy = malloc(len);
        assert_non_null(copy);
        for (int round = 0; round < 60; round++) {
            memcpy(copy, page, len);
            for (int k = 0; k < 8; k++) {
                seed = seed * 1103515245u + 12345u;
                size_t at = (seed >> 8) % len;
                seed = seed * 1103515245u + 12345u;
                copy[at] = bytes[(seed >> 8) % sizeof bytes];
            }
            extract_and_check(copy, len);
        }
        free(copy);
        free(page);
    }
}

static const char article[] =
    "<html><head><title>A title</title></head><body><article><h1>A title</h1>"
    "<p>The river moved in February, after a week of rain, and the farmers woke to find water "
    "where their barley had been. Nobody in the valley remembered anything like it.</p>"
    "<p>The council met twice, argued about maps, and in the end decided to draw new ones, "
    "which took the rest of the year and most of the budget.</p></article></body></html>";

static void test_limits_fail_cleanly(void **state)
{
    (void)state;
    pith_options opt;
    pith_options_init(&opt);

    opt.max_bytes = 100;
    pith_result *r = pith_extract(article, strlen(article), &opt);
    check_result(r, strlen(article));
    assert_int_equal(r->status, PITH_ERR_TOO_LARGE);
    pith_result_free(r);

    pith_options_init(&opt);
    opt.max_memory = 16 * 1024;
    r = pith_extract(article, strlen(article), &opt);
    check_result(r, strlen(article));
    assert_int_equal(r->status, PITH_ERR_LIMIT);
    pith_result_free(r);

    /* 20 MB cannot be decoded, checked and parsed in 1 ms. */
    size_t len;
    char *big = test_repeat("<p>", "words and more words ", 1000000, "", &len);
    pith_options_init(&opt);
    opt.timeout_ms = 1;
    r = pith_extract(big, len, &opt);
    check_result(r, len);
    assert_int_equal(r->status, PITH_ERR_LIMIT);
    assert_non_null(strstr(r->error, "timeout"));
    pith_result_free(r);
    free(big);

    pith_options_init(&opt);
    opt.max_depth = 0;
    r = pith_extract(article, strlen(article), &opt);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    pith_result_free(r);
    pith_options_init(&opt);
    opt.max_memory = 0;
    r = pith_extract(article, strlen(article), &opt);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    pith_result_free(r);

    r = pith_extract(NULL, 10, NULL);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    pith_result_free(r);
    r = pith_extract(NULL, 0, NULL);
    assert_int_equal(r->status, PITH_ERR_INPUT);
    pith_result_free(r);
}

static void test_guard_changes_are_reported(void **state)
{
    (void)state;
    size_t len;
    char *open = test_repeat("<html><body><article>", "<div>", 5000, "", &len);
    char *page = test_repeat(open, "", 0, strstr(article, "<p>"), &len);
    pith_result *r = pith_extract(page, len, NULL);
    check_result(r, len);
    assert_int_equal(r->status, PITH_OK);
    assert_true(r->guard & PITH_GUARD_DEPTH);
    assert_non_null(strstr(r->text, "The council met twice"));
    pith_result_free(r);
    free(open);
    free(page);

    const char *dup = "<html><head><title>T&#2147483648;x</title></head><body><article>"
                      "<p hidden hidden class=main>The river moved in February, after a week "
                      "of rain, and the farmers woke to find water where their barley had been."
                      "</p></article></body></html>";
    r = pith_extract(dup, strlen(dup), NULL);
    check_result(r, strlen(dup));
    assert_true(r->guard & PITH_GUARD_DUPLICATES);
    assert_true(r->guard & PITH_GUARD_CHARREF);
    pith_result_free(r);
}

/* Foreign content foster-parented out of a table makes gumbo 0.10.1 abort
 * the process (assertions in handle_in_table, node_qualified_tag_is): the
 * guard removes such svg/math start tags, says so, and keeps the text. */
static void test_foreign_content_in_tables(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><table><math><mi><![CDATA[>]]>&</mi></math><tr><td>A cell of the "
        "table, with its text, long enough to be kept as the article's content.</td></tr>"
        "</table></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    check_result(r, sizeof page - 1);
    assert_true(r->guard & PITH_GUARD_FOREIGN);
    assert_non_null(strstr(r->text, "A cell of the table"));
    pith_result_free(r);
    /* In a cell, foreign content is fine and left alone. */
    static const char cell[] = "<table><tr><td><svg><desc>d</desc></svg> text</td></tr></table>";
    r = pith_extract(cell, sizeof cell - 1, NULL);
    check_result(r, sizeof cell - 1);
    assert_false(r->guard & PITH_GUARD_FOREIGN);
    pith_result_free(r);
}

/* Replay the inputs the fuzzers once crashed on. */
static void test_fuzz_regressions(void **state)
{
    (void)state;
    static const char *dirs[] = {"../fuzz/regressions/extract", "../fuzz/regressions/decode",
                                 "../fuzz/regressions/guard"};
    for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
        DIR *dir = opendir(dirs[d]);
        if (!dir)
            continue;
        struct dirent *e;
        while ((e = readdir(dir))) {
            if (e->d_name[0] == '.')
                continue;
            char path[512];
            snprintf(path, sizeof path, "%s/%s", dirs[d], e->d_name);
            size_t len;
            char *data = test_read_file(path, &len);
            extract_and_check(data, len);
            free(data);
        }
        closedir(dir);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_of_a_fixture),
        cmocka_unit_test(test_corrupted_fixtures),
        cmocka_unit_test(test_limits_fail_cleanly),
        cmocka_unit_test(test_guard_changes_are_reported),
        cmocka_unit_test(test_foreign_content_in_tables),
        cmocka_unit_test(test_fuzz_regressions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
