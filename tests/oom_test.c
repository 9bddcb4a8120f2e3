/*
 * oom_test.c — every allocation failure inside the library is an error,
 * never a crash, never PITH_OK with less text, and never a leak.
 *
 * The test binary is linked with -Wl,--wrap=malloc,--wrap=calloc,
 * --wrap=realloc,--wrap=free (see the Makefile), so every allocation made by
 * libpith's own code comes here, and jansson is given the same allocator
 * with json_set_alloc_funcs.  (Allocations inside iconv, uchardet and pcre2
 * are not reached this way: those libraries check their own.)
 *
 * For a real page, the extraction is first run cleanly and its allocations
 * counted (N); then, for every n in 1..N, it is run again with the n-th
 * allocation failing.  Each run must return either NULL (only when the very
 * first allocation, the result itself, failed), or a result whose status is
 * PITH_ERR_NOMEM, or one identical to the clean run (an allocation whose
 * failure changes nothing); and once the result is freed, every block
 * allocated during the run must have been freed.
 */
#include "testutil.h"

#include <jansson.h>
#include <stdbool.h>

#include "pith.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);

/* ------------------------------------------------------ counting allocator */

static bool armed;          /* count and track allocations */
static unsigned long calls; /* allocation calls since arming */
static unsigned long fail_at; /* fail this call (1-based); 0 = never */

/* The live blocks allocated while armed: an open-addressing set, rebuilt
 * when live entries and tombstones fill half of it. */
#define LIVE_BITS 18
#define LIVE_CAP (1ul << LIVE_BITS)
static void **live;
static size_t n_live, n_used;
static void *const TOMBSTONE = (void *)1;

static size_t slot_of(const void *p)
{
    return (size_t)(((uintptr_t)p >> 4) * 11400714819323198485ull >> (64 - LIVE_BITS));
}

static void live_insert(void *p)
{
    size_t i = slot_of(p);
    while (live[i] && live[i] != TOMBSTONE)
        i = (i + 1) & (LIVE_CAP - 1);
    if (!live[i])
        n_used++;
    live[i] = p;
    n_live++;
}

static void live_rebuild(void)
{
    static void *keep[LIVE_CAP / 2];
    size_t k = 0;
    for (size_t i = 0; i < LIVE_CAP; i++)
        if (live[i] && live[i] != TOMBSTONE)
            keep[k++] = live[i];
    memset(live, 0, LIVE_CAP * sizeof *live);
    n_live = n_used = 0;
    for (size_t i = 0; i < k; i++)
        live_insert(keep[i]);
}

static void live_add(void *p)
{
    if (n_used + 1 > LIVE_CAP / 2)
        live_rebuild();
    if (n_live + 1 > LIVE_CAP / 2)
        fail_msg("more than %lu blocks live at once", LIVE_CAP / 2);
    live_insert(p);
}

static void live_remove(void *p)
{
    size_t i = slot_of(p);
    while (live[i]) {
        if (live[i] == p) {
            live[i] = TOMBSTONE;
            n_live--;
            return;
        }
        i = (i + 1) & (LIVE_CAP - 1);
    }
}

static bool fail_onwards;      /* fail fail_at and every call after it */

static bool should_fail(void)
{
    if (!armed)
        return false;
    ++calls;
    return calls == fail_at || (fail_onwards && fail_at && calls > fail_at);
}

void *__wrap_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_malloc(n);
    if (p && armed)
        live_add(p);
    return p;
}

void *__wrap_calloc(size_t n, size_t size)
{
    if (should_fail())
        return NULL;
    void *p = __real_calloc(n, size);
    if (p && armed)
        live_add(p);
    return p;
}

void *__wrap_realloc(void *old, size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_realloc(old, n);
    if (p && armed) {
        if (old)
            live_remove(old);
        live_add(p);
    }
    return p;
}

void __wrap_free(void *p)
{
    if (p && armed)
        live_remove(p);
    __real_free(p);
}

static void *json_malloc(size_t n)
{
    return __wrap_malloc(n);
}

static void json_free(void *p)
{
    __wrap_free(p);
}

static void arm(unsigned long at)
{
    if (n_used)
        memset(live, 0, LIVE_CAP * sizeof *live);
    n_live = n_used = 0;
    calls = 0;
    fail_at = at;
    armed = true;
}

static void disarm(void)
{
    armed = false;
    fail_onwards = false;
}

/* --------------------------------------------------------------- the rules */

/* The rule tables are compiled at the first call.  When memory runs out
 * then, that call fails cleanly and a later one compiles them again: a
 * crawler is not left broken for the life of its process.  (This test runs
 * first, before anything has compiled the tables.) */
static void test_rules_compile_again_after_failure(void **state)
{
    (void)state;
    static const char page[] = "<html><body><article><p>A paragraph long enough, with commas, "
                               "to be the article that the page holds.</p></article></body></html>";
    /* Memory runs out for good right after the result is allocated: the
     * first compilation of the tables fails, and so does the call. */
    arm(2);
    fail_onwards = true;
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    disarm();
    assert_non_null(r);
    assert_int_equal(r->status, PITH_ERR_NOMEM);
    pith_result_free(r);
    /* Memory is back: the tables are compiled again, the call succeeds. */
    r = pith_extract(page, sizeof page - 1, NULL);
    assert_non_null(r);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "A paragraph long enough"));
    pith_result_free(r);
}

/* --------------------------------------------------------------- the runs */

typedef struct clean_run {
    pith_status status;
    char *text;
    char *json;
    unsigned long allocations;
} clean_run;

static char *render_json(const pith_result *r)
{
    return pith_render(r, PITH_FORMAT_JSON, PITH_RENDER_METADATA, NULL);
}

static void clean_extract(const char *page, size_t len, const pith_options *opt, clean_run *c)
{
    pith_result *warm = pith_extract(page, len, opt); /* compiles the rules once */
    pith_result_free(warm);
    arm(0);
    pith_result *r = pith_extract(page, len, opt);
    c->allocations = calls;
    assert_non_null(r);
    c->status = r->status;
    pith_result_free(r);
    assert_int_equal(n_live, 0); /* no leak on the happy path */
    disarm();
    r = pith_extract(page, len, opt);
    c->text = strdup(r->text);
    c->json = render_json(r);
    assert_non_null(c->text);
    assert_non_null(c->json);
    pith_result_free(r);
}

/* Fail every allocation of one extraction in turn. */
static void fail_each_allocation(const char *path, unsigned flags)
{
    size_t len;
    char *page = test_read_file(path, &len);
    pith_options opt;
    pith_options_init(&opt);
    opt.flags = flags;
    clean_run c;
    clean_extract(page, len, &opt, &c);
    assert_true(c.allocations > 10);
    unsigned long errors = 0, same = 0;
    for (unsigned long n = 1; n <= c.allocations; n++) {
        arm(n);
        pith_result *r = pith_extract(page, len, &opt);
        if (!r) {
            if (n != 1)
                fail_msg("%s: NULL result when allocation %lu of %lu failed", path, n,
                         c.allocations);
        } else if (r->status == PITH_ERR_NOMEM) {
            assert_int_equal(r->text_len, 0);
            assert_null(r->title);
            errors++;
        } else {
            armed = false;
            char *json = render_json(r);
            armed = true;
            if (r->status != c.status || strcmp(r->text, c.text) != 0 || !json ||
                strcmp(json, c.json) != 0)
                fail_msg("%s: allocation %lu of %lu failed, yet status %d (clean: %d), "
                         "%s text, %s JSON", path, n, c.allocations, r->status, c.status,
                         strcmp(r->text, c.text) ? "different" : "the same",
                         json && !strcmp(json, c.json) ? "the same" : "different");
            free(json);
            same++;
        }
        pith_result_free(r);
        if (n_live != 0)
            fail_msg("%s: %zu blocks leaked when allocation %lu of %lu failed", path, n_live, n,
                     c.allocations);
        disarm();
    }
    print_message("%s: %lu allocations; failing each: %lu errors, %lu unchanged results\n",
                  path, c.allocations, errors, same);
    assert_true(errors > 0);
    free(c.text);
    free(c.json);
    free(page);
}

/* Fail every allocation of rendering a result. */
static void fail_each_render_allocation(const char *path)
{
    size_t len;
    char *page = test_read_file(path, &len);
    pith_result *r = pith_extract(page, len, NULL);
    assert_int_equal(r->status, PITH_OK);
    char *want = render_json(r);
    arm(0);
    free(render_json(r));
    unsigned long total = calls;
    disarm();
    for (unsigned long n = 1; n <= total; n++) {
        arm(n);
        char *got = render_json(r);
        if (got && strcmp(got, want) != 0)
            fail_msg("%s: rendering with allocation %lu failing gave other JSON", path, n);
        free(got);
        if (n_live != 0)
            fail_msg("%s: render leaked %zu blocks (allocation %lu failing)", path, n_live, n);
        disarm();
    }
    free(want);
    pith_result_free(r);
    free(page);
}

static void test_basic_article(void **state)
{
    (void)state;
    fail_each_allocation("../fixtures/basic-article/input.html", 0);
}

static void test_page_with_metadata_and_comments(void **state)
{
    (void)state;
    fail_each_allocation("../fixtures/blog-with-comments/input.html", PITH_OPT_COMMENTS);
}

static void test_legacy_charset_page(void **state)
{
    (void)state;
    fail_each_allocation("../fixtures/utf16le-bom-nl/input.html", 0);
}

static void test_text_page(void **state)
{
    (void)state;
    fail_each_allocation("../fixtures/text-scraped-news/input.txt", 0);
}

/* A heading and a <title> that share their first part
 * (pith_meta_shared_first_part): its buffers may run out of memory. */
static void test_title_shared_with_heading(void **state)
{
    (void)state;
    fail_each_allocation("../fixtures/meta-title-shared-name/input.html", 0);
}

/* A page with JSON-LD: an allocation of jansson's failing fails the page,
 * not its JSON-LD alone (which would change the author silently). */
static void test_page_with_jsonld(void **state)
{
    (void)state;
    fail_each_allocation("../fixtures/meta-author-shown-over-account/input.html", 0);
}

/* A product's stored fields (clean.c dt_names_a_stored_field): a <dt>'s
 * text that memory did not allow is empty, and is read no further. */
static void test_stored_fields(void **state)
{
    (void)state;
    fail_each_allocation("../fixtures/product-stored-fields/input.html", 0);
}

static void test_render(void **state)
{
    (void)state;
    fail_each_render_allocation("../fixtures/blog-with-comments/input.html");
}

/* A failed check leaves a test by longjmp: never let the next one start
 * armed. */
static int disarm_after(void **state)
{
    (void)state;
    disarm();
    return 0;
}

int main(void)
{
    live = __real_calloc(LIVE_CAP, sizeof *live);
    if (!live)
        return 1;
    json_set_alloc_funcs(json_malloc, json_free);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_rules_compile_again_after_failure, disarm_after),
        cmocka_unit_test_teardown(test_basic_article, disarm_after),
        cmocka_unit_test_teardown(test_page_with_metadata_and_comments, disarm_after),
        cmocka_unit_test_teardown(test_legacy_charset_page, disarm_after),
        cmocka_unit_test_teardown(test_text_page, disarm_after),
        cmocka_unit_test_teardown(test_title_shared_with_heading, disarm_after),
        cmocka_unit_test_teardown(test_page_with_jsonld, disarm_after),
        cmocka_unit_test_teardown(test_stored_fields, disarm_after),
        cmocka_unit_test_teardown(test_render, disarm_after),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    __real_free(live);
    return rc;
}
