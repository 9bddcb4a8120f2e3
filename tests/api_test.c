/*
 * api_test.c — the public API: defaults, statuses for bad input, the
 * simple call, and extraction from many threads at once.
 */
#include "testutil.h"

#include <pthread.h>

#include "input/guard.h"
#include "pith.h"

static const char article[] =
    "<html><head><title>A test story | Site</title>"
    "<meta property='og:type' content='article'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>A test story</h1>"
    "<p>The first paragraph of the story is long enough to be read as prose, with commas, "
    "clauses, and a full stop at the end.</p>"
    "<div class='ad-slot'>Advertisement</div>"
    "<p>The second paragraph carries on the story, adding detail after detail, so that the "
    "article is clearly the main content of this page.</p>"
    "</article><footer>Copyright 2026 Site Inc. All rights reserved.</footer></body></html>";

static void test_options_defaults(void **state)
{
    (void)state;
    pith_options o;
    memset(&o, 0xAB, sizeof o);
    pith_options_init(&o);
    assert_int_equal(o.favor, PITH_FAVOR_BALANCED);
    assert_int_equal(o.flags, 0);
    assert_null(o.url);
    assert_null(o.explain);
    assert_true(o.max_bytes >= (1u << 20));
    assert_true(o.max_depth > 0);
    assert_true(o.max_memory > 0);
}

/* Options never initialised are refused with a message naming the field. */
static void test_options_uninitialised(void **state)
{
    (void)state;
    pith_options o = {0};
    pith_result *r = pith_extract(article, sizeof article - 1, &o);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    assert_non_null(strstr(r->error, "pith_options.size"));
    assert_string_equal(r->text, "");
    pith_result_free(r);

    pith_options_init(&o);
    o.max_memory = 0;
    r = pith_extract(article, sizeof article - 1, &o);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    assert_non_null(strstr(r->error, "pith_options.max_memory"));
    pith_result_free(r);

    pith_options_init(&o);
    o.base_url = "example.org/x";
    r = pith_extract(article, sizeof article - 1, &o);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    assert_non_null(strstr(r->error, "pith_options.base_url"));
    pith_result_free(r);
}

/* A program built against a newer pith.h, whose pith_options has fields
 * this library does not know: its init zeroes them and extraction works;
 * setting one is refused rather than silently ignored. */
typedef struct newer_options {
    pith_options known;
    unsigned long long later_field;
} newer_options;

static void test_options_from_newer_header(void **state)
{
    (void)state;
    newer_options n;
    memset(&n, 0xAB, sizeof n);
    pith_options_init_size(&n.known, sizeof n);
    assert_int_equal(n.known.size, sizeof n);
    assert_int_equal(n.later_field, 0);
    assert_int_equal(n.known.max_depth, PITH_GUARD_DEFAULT_DEPTH);
    pith_result *r = pith_extract(article, sizeof article - 1, &n.known);
    assert_int_equal(r->status, PITH_OK);
    pith_result_free(r);

    n.later_field = 7;
    r = pith_extract(article, sizeof article - 1, &n.known);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    assert_non_null(strstr(r->error, "newer pith.h"));
    pith_result_free(r);
}

/* A program built against an older pith.h passes a smaller size: the
 * library reads only the fields that size covers and never writes past
 * it. */
static void test_options_from_older_header(void **state)
{
    (void)state;
    size_t older = offsetof(pith_options, max_bytes);
    unsigned char buf[sizeof(pith_options) + 16];
    memset(buf, 0xAB, sizeof buf);
    pith_options *o = (pith_options *)(void *)buf;
    pith_options_init_size(o, older);
    for (size_t i = older; i < sizeof buf; i++)
        assert_int_equal(buf[i], 0xAB);
    /* Too small to hold the first pith.h's fields: refused, by name. */
    pith_result *r = pith_extract(article, sizeof article - 1, o);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    assert_non_null(strstr(r->error, "pith_options.size"));
    pith_result_free(r);

    /* The whole struct of this header, with garbage after it that a
     * smaller size keeps the library from reading. */
    pith_options_init_size(o, sizeof(pith_options));
    o->favor = PITH_FAVOR_PRECISION;
    r = pith_extract(article, sizeof article - 1, o);
    assert_int_equal(r->status, PITH_OK);
    pith_result_free(r);
}

static void test_result_size_and_status_codes(void **state)
{
    (void)state;
    pith_result *r = pith_extract(article, sizeof article - 1, NULL);
    assert_int_equal(r->size, sizeof *r);
    assert_true(PITH_HAS_FIELD(r, pith_result, internal));
    pith_result_free(r);
    r = pith_extract("", 0, NULL);
    assert_int_equal(r->size, sizeof *r); /* kept by a failure too */
    pith_result_free(r);

    static const char *const codes[] = {"ok", "no_content", "bad_input", "too_large",
                                        "limit", "out_of_memory", "bad_argument"};
    for (int s = PITH_OK; s <= PITH_ERR_ARGUMENT; s++)
        assert_string_equal(pith_status_code((pith_status)s), codes[s]);
    assert_string_equal(pith_status_code((pith_status)99), "unknown");
}

static void test_version(void **state)
{
    (void)state;
    assert_string_equal(pith_version(), PITH_VERSION_STRING);
}

static void test_extracts_article(void **state)
{
    (void)state;
    pith_result *r = pith_extract(article, sizeof article - 1, NULL);
    assert_non_null(r);
    assert_int_equal(r->status, PITH_OK);
    assert_null(r->error);
    assert_non_null(strstr(r->text, "The first paragraph"));
    assert_non_null(strstr(r->text, "The second paragraph"));
    assert_null(strstr(r->text, "Advertisement"));
    assert_null(strstr(r->text, "Home"));
    assert_null(strstr(r->text, "Copyright"));
    assert_int_equal(strlen(r->text), r->text_len);
    assert_true(r->confidence > 0.0 && r->confidence <= 1.0);
    pith_result_free(r);
}

static void test_bad_inputs_have_statuses(void **state)
{
    (void)state;
    pith_result *r = pith_extract("", 0, NULL);
    assert_int_equal(r->status, PITH_ERR_INPUT);
    assert_non_null(r->error);
    assert_string_equal(r->text, "");
    pith_result_free(r);

    r = pith_extract(NULL, 5, NULL);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    pith_result_free(r);

    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    r = pith_extract(png, sizeof png - 1, NULL);
    assert_int_equal(r->status, PITH_ERR_INPUT);
    pith_result_free(r);

    pith_options o;
    pith_options_init(&o);
    o.max_bytes = 10;
    r = pith_extract(article, sizeof article - 1, &o);
    assert_int_equal(r->status, PITH_ERR_TOO_LARGE);
    pith_result_free(r);

    r = pith_extract("<html><body><nav><a href=/>Home</a></nav></body></html>", 55, NULL);
    assert_int_equal(r->status, PITH_NO_CONTENT);
    pith_result_free(r);

    pith_result_free(NULL); /* allowed */
}

static void test_nul_bytes_do_not_truncate(void **state)
{
    (void)state;
    static const char page[] = "<html><body><article><p>Before the zero byte, a long enough "
                               "sentence, with commas, to count.\0</p><p>After the zero byte "
                               "the article goes on, with commas, and it is kept.</p>"
                               "</article></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "After the zero byte"));
    pith_result_free(r);
}

static void test_simple_call(void **state)
{
    (void)state;
    char *t = pith_extract_text(article, sizeof article - 1);
    assert_non_null(t);
    assert_non_null(strstr(t, "The second paragraph"));
    free(t);
    assert_null(pith_extract_text("", 0));
}

static void test_render_json_and_text(void **state)
{
    (void)state;
    pith_result *r = pith_extract(article, sizeof article - 1, NULL);
    size_t n = 0;
    char *json = pith_render(r, PITH_FORMAT_JSON, 0, &n);
    assert_non_null(json);
    assert_int_equal(strlen(json), n);
    assert_non_null(strstr(json, "\"title\":"));
    assert_non_null(strstr(json, "\"text\":\"The first paragraph"));
    free(json);
    char *text = pith_render(r, PITH_FORMAT_TEXT, 0, NULL);
    assert_non_null(text);
    assert_int_equal(strncmp(text, r->text, r->text_len), 0);
    free(text);
    pith_format f;
    assert_int_equal(pith_format_from_name("md", &f), 0);
    assert_int_equal(f, PITH_FORMAT_MARKDOWN);
    assert_int_equal(pith_format_from_name("pdf", &f), -1);
    pith_result_free(r);
}

typedef struct explain_log {
    int count;
    int saw_ad;
} explain_log;

static void record(const pith_removal *rm, void *ud)
{
    explain_log *log = ud;
    log->count++;
    if (strstr(rm->snippet, "Advertisement") && strstr(rm->rule, "ad"))
        log->saw_ad = 1;
}

static void test_explain_hook(void **state)
{
    (void)state;
    explain_log log = {0, 0};
    pith_options o;
    pith_options_init(&o);
    o.explain = record;
    o.explain_userdata = &log;
    pith_result *r = pith_extract(article, sizeof article - 1, &o);
    assert_int_equal(r->status, PITH_OK);
    assert_true(log.count >= 3);
    assert_true(log.saw_ad);
    pith_result_free(r);
}

#define THREADS 8
#define ROUNDS 40

static void *worker(void *arg)
{
    const char *want = arg;
    for (int i = 0; i < ROUNDS; i++) {
        pith_result *r = pith_extract(article, sizeof article - 1, NULL);
        if (!r || r->status != PITH_OK || strcmp(r->text, want) != 0) {
            pith_result_free(r);
            return (void *)1;
        }
        pith_result_free(r);
    }
    return NULL;
}

/* The same page from eight threads at once gives the same text as alone. */
static void test_threads(void **state)
{
    (void)state;
    pith_result *ref = pith_extract(article, sizeof article - 1, NULL);
    assert_int_equal(ref->status, PITH_OK);
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, worker, (void *)ref->text), 0);
    for (int i = 0; i < THREADS; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        assert_null(ret);
    }
    pith_result_free(ref);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_options_defaults),
        cmocka_unit_test(test_options_uninitialised),
        cmocka_unit_test(test_options_from_newer_header),
        cmocka_unit_test(test_options_from_older_header),
        cmocka_unit_test(test_result_size_and_status_codes),
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_extracts_article),
        cmocka_unit_test(test_bad_inputs_have_statuses),
        cmocka_unit_test(test_nul_bytes_do_not_truncate),
        cmocka_unit_test(test_simple_call),
        cmocka_unit_test(test_render_json_and_text),
        cmocka_unit_test(test_explain_hook),
        cmocka_unit_test(test_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
