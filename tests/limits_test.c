/*
 * limits_test.c — max_memory and timeout_ms hold in every stage: the
 * parse, the metadata (JSON-LD read by jansson), the article tree and the
 * renderers (pith_render, the json renderer's html and markdown copies),
 * and the reading and judging of a text page.
 *
 * Memory is checked where it is spent, in a child process: the growth of
 * its peak resident set during one call must stay within max_memory (plus
 * a margin for the process's own start: libraries, the rule tables).  A
 * page that does not fit fails with PITH_ERR_LIMIT (or pith_render returns
 * NULL with errno EFBIG); it never takes the memory anyway.
 */
#include "testutil.h"

#include <errno.h>
#include <stdbool.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pith.h"
#include "doc/doc.h"
#include "render/render.h"
#include "text/judge.h"
#include "text/page.h"
#include "util/budget.h"

#define MB ((size_t)1 << 20)
/* What a call may take beyond max_memory: allocator slack and the first
 * call's one-time set-up (rule tables, language models). */
#define MARGIN_MB 24

#if defined(__SANITIZE_ADDRESS__)
/* Under AddressSanitizer (make asan) freed memory waits in a quarantine of
 * 256 MB before it is reused, and the peak resident set counts it as the
 * call's: a rendering that frees its pieces as it goes would read as
 * taking hundreds of MB.  These tests are about what pith holds at once,
 * so the quarantine is off in this program (the runtime reads this hook). */
__attribute__((visibility("default"))) const char *__asan_default_options(void);
__attribute__((visibility("default"))) const char *__asan_default_options(void)
{
    return "quarantine_size_mb=0";
}
#endif

/* What one call did in the child: its status, and how much its peak
 * resident set grew (MB). */
typedef struct outcome {
    int status;        /* pith_status; for a render, 0 or the errno */
    long grew_mb;
} outcome;

typedef int (*call_fn)(const char *page, size_t len, size_t max_memory);

static long peak_rss_kb(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/* Run call in a child process and report what it did. */
static outcome in_child(call_fn call, const char *page, size_t len, size_t max_memory)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        /* The one-time set-up first, so that it is not counted. */
        pith_result *warm = pith_extract("<p>warm up</p>", 14, NULL);
        pith_result_free(warm);
        long before = peak_rss_kb();
        outcome o;
        o.status = call(page, len, max_memory);
        o.grew_mb = (peak_rss_kb() - before) / 1024;
        ssize_t unused = write(fds[1], &o, sizeof o);
        (void)unused;
        _exit(0);
    }
    close(fds[1]);
    outcome o = {-1, -1};
    assert_int_equal(read(fds[0], &o, sizeof o), (ssize_t)sizeof o);
    close(fds[0]);
    int st;
    waitpid(pid, &st, 0);
    assert_true(WIFEXITED(st));
    return o;
}

static int extract_status(const char *page, size_t len, size_t max_memory)
{
    pith_options opt;
    pith_options_init(&opt);
    opt.max_memory = max_memory;
    pith_result *r = pith_extract(page, len, &opt);
    int status = r->status;
    pith_result_free(r);
    return status;
}

/* Extract, then render as JSON with the html and markdown copies: 0, or
 * the errno of a failed rendering; PITH_ERR_LIMIT... as negative values
 * when the extraction itself failed. */
static int render_status(const char *page, size_t len, size_t max_memory, unsigned flags,
                         pith_format format)
{
    pith_options opt;
    pith_options_init(&opt);
    opt.max_memory = max_memory;
    pith_result *r = pith_extract(page, len, &opt);
    int status = r->status == PITH_OK ? 0 : -(int)r->status;
    if (status == 0) {
        errno = 0;
        char *out = pith_render(r, format, flags, NULL);
        status = out ? 0 : errno;
        free(out);
    }
    pith_result_free(r);
    return status;
}

static int render_json_all(const char *page, size_t len, size_t max_memory)
{
    return render_status(page, len, max_memory,
                         PITH_RENDER_JSON_HTML | PITH_RENDER_JSON_MARKDOWN, PITH_FORMAT_JSON);
}

static int render_markdown(const char *page, size_t len, size_t max_memory)
{
    return render_status(page, len, max_memory, 0, PITH_FORMAT_MARKDOWN);
}

/* 40,000 twin elements ("<b>x</b>", merged into one): the article tree
 * once took 900 MB for this 320 KB page, outside max_memory. */
static void test_article_tree_within_max_memory(void **state)
{
    (void)state;
    size_t len;
    char *page = test_repeat("<p>", "<b>x</b>", 40000, "", &len);
    outcome o = in_child(extract_status, page, len, 64 * MB);
    assert_true(o.status == PITH_OK || o.status == PITH_ERR_LIMIT);
    assert_true(o.grew_mb <= 64 + MARGIN_MB);
    free(page);
}

/* JSON-LD of 300,000 empty objects: jansson takes about 230 bytes for
 * each of these 3 bytes; the estimate made before reading it keeps the
 * metadata stage within max_memory (the page fails with a limit instead). */
static void test_jsonld_within_max_memory(void **state)
{
    (void)state;
    size_t len;
    char *page = test_repeat("<html><head><script type=\"application/ld+json\">[",
                        "{},", 300000,
                        "{}]</script></head><body><article><p>Some words of the article, "
                        "enough to count.</p></article></body></html>",
                        &len);
    outcome o = in_child(extract_status, page, len, 32 * MB);
    assert_int_equal(o.status, PITH_ERR_LIMIT);
    assert_true(o.grew_mb <= 32 + MARGIN_MB);
    /* With room for it, the same page extracts. */
    o = in_child(extract_status, page, len, 512 * MB);
    assert_int_equal(o.status, PITH_OK);
    free(page);
}

/* A table of one 16,000-cell row and 16,000 one-cell rows: every row was
 * padded to the widest in Markdown, 768 MB of output for a 300 KB page. */
static void test_markdown_table_within_max_memory(void **state)
{
    (void)state;
    size_t len;
    char *head = test_repeat("<table><tr>", "<td>c", 16000, "", &len);
    char *page = test_repeat(head, "<tr><td>r", 16000, "</table>", &len);
    outcome o = in_child(render_markdown, page, len, 64 * MB);
    assert_true(o.status == 0 || o.status == EFBIG);
    assert_true(o.grew_mb <= 64 + MARGIN_MB);
    free(head);
    free(page);
}

/* The rendering counts against max_memory with the result's tree: with
 * the least max_memory (to a MB) the extraction fits in, the JSON with
 * its html and markdown copies (three more copies of the article) does
 * not, and says so; with room, it renders. */
static void test_rendering_within_max_memory(void **state)
{
    (void)state;
    size_t len;
    char *page = test_repeat("<html><body><article><p>", "Words of the article, one after another. ",
                        100000, "</p></article></body></html>", &len);
    size_t lo = 1, hi = 256; /* MB: lo fails, hi fits */
    assert_int_equal(extract_status(page, len, hi * MB), PITH_OK);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (extract_status(page, len, mid * MB) == PITH_OK)
            hi = mid;
        else
            lo = mid;
    }
    assert_int_equal(render_json_all(page, len, hi * MB), EFBIG);
    assert_int_equal(render_json_all(page, len, 4 * hi * MB), 0);
    free(page);
}

/* A walk over the article tree (here, a renderer's) stops once the
 * call's deadline has passed, and the budget says why. */
static void test_rendering_stops_at_the_deadline(void **state)
{
    (void)state;
    pith_arena arena;
    pith_arena_init(&arena, 0);
    pith_doc doc = {&arena, NULL, false};
    doc.root = pith_node_new(&doc, PITH_NODE_DOCUMENT);
    for (int i = 0; i < 5000; i++) {
        pith_node *p = pith_node_new(&doc, PITH_NODE_PARAGRAPH);
        pith_node *t = pith_node_new(&doc, PITH_NODE_TEXT);
        assert_non_null(t);
        assert_true(pith_node_set_text(&doc, t, "words", 5));
        pith_node_append(p, t);
        pith_node_append(doc.root, p);
    }
    pith_buf all = PITH_BUF_INIT, cut = PITH_BUF_INIT;
    pith_render_markdown_tree(doc.root, 0, &all);

    pith_budget late;
    pith_budget_init(&late, 0, 1); /* a deadline long past */
    pith_budget *outer = pith_budget_enter(&late);
    pith_render_markdown_tree(doc.root, 0, &cut);
    pith_budget_leave(outer);
    assert_int_equal(late.failed, PITH_BUDGET_TIME);
    assert_true(cut.len < all.len);
    pith_buf_free(&all);
    pith_buf_free(&cut);
    pith_arena_release(&arena);
}

/* A text page's reading into blocks and their judgement stop once the
 * call's deadline has passed (a page of tens of MB takes seconds). */
static void test_text_stage_stops_at_the_deadline(void **state)
{
    (void)state;
    pith_buf text = PITH_BUF_INIT;
    for (int i = 0; i < 5000; i++)
        pith_buf_puts(&text, "A line of scraped text, as a paragraph.\n\n");
    assert_false(text.oom);
    pith_arena arena;
    pith_arena_init(&arena, 0);
    pith_tpage page;
    pith_budget late;
    pith_budget_init(&late, 0, 1); /* a deadline long past */
    pith_budget *outer = pith_budget_enter(&late);
    bool read_late = pith_tpage_read(&page, &arena, text.data, text.len);
    pith_budget_leave(outer);
    assert_false(read_late);
    assert_int_equal(late.failed, PITH_BUDGET_TIME);

    assert_true(pith_tpage_read(&page, &arena, text.data, text.len)); /* no budget: read */
    uint32_t first, last;
    pith_budget_init(&late, 0, 1);
    outer = pith_budget_enter(&late);
    bool judged_late = pith_text_judge(&page, &arena, &first, &last);
    pith_budget_leave(outer);
    assert_false(judged_late);
    assert_int_equal(late.failed, PITH_BUDGET_TIME);
    pith_buf_free(&text);
    pith_arena_release(&arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article_tree_within_max_memory),
        cmocka_unit_test(test_jsonld_within_max_memory),
        cmocka_unit_test(test_markdown_table_within_max_memory),
        cmocka_unit_test(test_rendering_within_max_memory),
        cmocka_unit_test(test_rendering_stops_at_the_deadline),
        cmocka_unit_test(test_text_stage_stops_at_the_deadline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
