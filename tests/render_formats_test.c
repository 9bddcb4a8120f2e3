/*
 * render_formats_test.c — CSV quoting, YAML front matter, and the render
 * options through the public API: every format of a real page, JSON with
 * its "html" and "markdown" fields, comments kept apart from the article,
 * and the base URL option.
 */
#include "render_util.h"

#include <jansson.h>

#include "pith.h"

static void test_csv_record(void **state)
{
    (void)state;
    static const char *const categories[] = {"a", "b"};
    pith_result r;
    memset(&r, 0, sizeof r);
    r.status = PITH_OK;
    r.title = " spaced";
    r.categories = categories;
    r.n_categories = 2;
    r.confidence = 0.25;
    r.text = "a,b\n\"c\"";
    r.text_len = strlen(r.text);
    pith_render_input in = {&r, NULL, NULL, 0};
    pith_buf out = PITH_BUF_INIT;
    pith_render_csv(&in, &out);
    assert_string_equal(out.data,
                        "title,author,hostname,date,date_modified,date_time,date_modified_time,"
                        "url,sitename,description,categories,tags,language,language_source,"
                        "image,license,pagetype,declared_type,fallback,status,confidence,text,"
                        "comments\r\n"
                        "\" spaced\",,,,,,,,,,a; b,,,,,,,,,ok,0.250,\"a,b\n\"\"c\"\"\",\r\n");
    pith_buf_clear(&out);
    in.flags = PITH_RENDER_NO_HEADER;
    pith_render_csv(&in, &out);
    assert_string_equal(out.data,
                        "\" spaced\",,,,,,,,,,a; b,,,,,,,,,ok,0.250,\"a,b\n\"\"c\"\"\",\r\n");
    pith_buf_free(&out);
}

/* JSON as jansson writes it: '"', '\\' and control characters escaped
 * (the short forms, else \u00XX in capitals), every other byte as it is
 * (DEL, '/', UTF-8), reals with three significant digits and a point. */
static void test_json_escapes(void **state)
{
    (void)state;
    static const char *const tags[] = {"a\"b", "\xC3\xA9t\xC3\xA9"};
    pith_result r;
    memset(&r, 0, sizeof r);
    r.status = PITH_OK;
    r.title = "C:\\dir\x01\x1F";
    r.tags = tags;
    r.n_tags = 2;
    r.confidence = 1;
    r.text = "tab\there\nline\r\b\f/\x7F end";
    r.text_len = strlen(r.text);
    pith_render_input in = {&r, NULL, NULL, 0};
    pith_buf out = PITH_BUF_INIT;
    pith_render_json(&in, &out);
    assert_non_null(strstr(out.data, "\"title\":\"C:\\\\dir\\u0001\\u001F\","));
    assert_non_null(strstr(out.data, "\"tags\":[\"a\\\"b\",\"\xC3\xA9t\xC3\xA9\"],"));
    assert_non_null(strstr(out.data, "\"confidence\":1.0,"));
    assert_non_null(strstr(out.data, "\"text\":\"tab\\there\\nline\\r\\b\\f/\x7F end\"}\n"));
    assert_int_equal(strncmp(out.data, "{\"status\":\"ok\",\"title\":", 23), 0);
    pith_buf_clear(&out);
    r.confidence = 0.123456;
    pith_render_json(&in, &out);
    assert_non_null(strstr(out.data, "\"confidence\":0.123,"));
    pith_buf_clear(&out);
    r.confidence = 1e-7;
    pith_render_json(&in, &out);
    assert_non_null(strstr(out.data, "\"confidence\":1e-7,"));
    pith_buf_free(&out);
}

/* A NUL inside the text is written \u0000; a value that is not UTF-8
 * fails the rendering (oom) rather than writing an object without it. */
static void test_json_nul_and_invalid(void **state)
{
    (void)state;
    pith_result r;
    memset(&r, 0, sizeof r);
    r.status = PITH_OK;
    r.text = "a\0b";
    r.text_len = 3;
    pith_render_input in = {&r, NULL, NULL, 0};
    pith_buf out = PITH_BUF_INIT;
    pith_render_json(&in, &out);
    assert_false(out.oom);
    assert_non_null(strstr(out.data, "\"text\":\"a\\u0000b\"}\n"));
    pith_buf_clear(&out);
    /* escapes and UTF-8 inside and across the 8-byte words read at once */
    r.text = "0123456789\"12345\x01" "789\\\xC3\xA9" "456789abcdef";
    r.text_len = strlen(r.text);
    pith_render_json(&in, &out);
    assert_non_null(strstr(out.data, "\"text\":\"0123456789\\\"12345\\u0001789\\\\\xC3\xA9"
                                     "456789abcdef\"}\n"));
    pith_buf_free(&out);
    pith_buf_init(&out);
    r.title = "bad \xC3(";
    pith_render_json(&in, &out);
    assert_true(out.oom);
    pith_buf_free(&out);
}

/* Each byte that needs a look (an escape, a character of two or three
 * bytes, a byte that is not UTF-8) at every place of the words the plain
 * runs are read by, and after a run of every length: written as its own,
 * the bytes around it as they are. */
static void test_json_special_at_every_offset(void **state)
{
    (void)state;
    static const char *const in_text[] = {"\"", "\\", "\n", "\x01", "\x7F", "\xC3\xA9",
                                          "\xC2\x85", "\xE2\x80\x9C", "\xF0\x9F\x98\x80"};
    static const char *const out_text[] = {"\\\"", "\\\\", "\\n", "\\u0001", "\x7F",
                                           "\xC3\xA9", "\xC2\x85", "\xE2\x80\x9C",
                                           "\xF0\x9F\x98\x80"};
    pith_result r;
    memset(&r, 0, sizeof r);
    r.status = PITH_OK;
    pith_render_input in = {&r, NULL, NULL, 0};
    char text[64], want[96];
    for (size_t k = 0; k < sizeof in_text / sizeof in_text[0]; k++) {
        for (int before = 0; before <= 17; before++) {
            pith_buf out = PITH_BUF_INIT;
            snprintf(text, sizeof text, "%.*s%sxyz0123456789", before, "abcdefghijklmnopqrstu",
                     in_text[k]);
            snprintf(want, sizeof want, "\"text\":\"%.*s%sxyz0123456789\"}\n", before,
                     "abcdefghijklmnopqrstu", out_text[k]);
            r.text = text;
            r.text_len = strlen(text);
            pith_render_json(&in, &out);
            assert_false(out.oom);
            assert_non_null(strstr(out.data, want));
            pith_buf_free(&out);
            /* a lead byte without its continuation there: not UTF-8 */
            pith_buf_init(&out);
            snprintf(text, sizeof text, "%.*s\xC3(xyz0123456789", before, "abcdefghijklmnopqrstu");
            r.text_len = strlen(text);
            pith_render_json(&in, &out);
            assert_true(out.oom);
            pith_buf_free(&out);
        }
    }
}

/* PITH_RENDER_TITLE: text and Markdown open with the title as a heading,
 * escaped for Markdown, and not twice when the article opens with it. */
static void test_leading_title(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    text(&t, node(&t, t.root, PITH_NODE_PARAGRAPH), "Body.");
    pith_result r;
    memset(&r, 0, sizeof r);
    r.title = "C# in *one* day";
    r.text = "Body.";
    r.text_len = 5;
    pith_render_input in = {&r, t.root, NULL, PITH_RENDER_TITLE};
    pith_buf out = PITH_BUF_INIT;
    pith_render_markdown(&in, &out);
    assert_string_equal(out.data, "# C\\# in \\*one\\* day\n\nBody.\n");
    pith_buf_clear(&out);
    pith_render_text(&in, &out);
    assert_string_equal(out.data, "C# in *one* day\n\nBody.\n");
    /* without the flag, or without a title: the article alone */
    in.flags = 0;
    pith_buf_clear(&out);
    pith_render_text(&in, &out);
    assert_string_equal(out.data, "Body.\n");
    in.flags = PITH_RENDER_TITLE;
    r.title = NULL;
    pith_buf_clear(&out);
    pith_render_markdown(&in, &out);
    assert_string_equal(out.data, "Body.\n");
    /* an article that opens with the title as its heading keeps one */
    r.title = "Seals";
    pith_node *h = pith_node_new(&t.doc, PITH_NODE_HEADING);
    assert_non_null(h);
    h->level = 1;
    pith_node_insert_before(t.root->first, h);
    text(&t, h, "Seals");
    pith_buf_clear(&out);
    pith_render_markdown(&in, &out);
    assert_string_equal(out.data, "# Seals\n\nBody.\n");
    /* a page with a title and no text: the heading alone */
    tree_free(&t);
    tree_init(&t);
    r.text = "";
    r.text_len = 0;
    in.article = t.root;
    pith_buf_clear(&out);
    pith_render_markdown(&in, &out);
    assert_string_equal(out.data, "# Seals\n");
    pith_buf_clear(&out);
    pith_render_text(&in, &out);
    assert_string_equal(out.data, "Seals\n");
    pith_buf_free(&out);
    tree_free(&t);
}

static void test_front_matter_quoting(void **state)
{
    (void)state;
    static const char *const tags[] = {"t1", "t\"2"};
    pith_result r;
    memset(&r, 0, sizeof r);
    r.title = "He said \"hi\"\\";
    r.author = "A\nB: c";
    r.date = "2024-01-02";
    r.description = "x\xE2\x80\xA8y\x01z\x7F";
    r.tags = tags;
    r.n_tags = 2;
    pith_buf out = PITH_BUF_INIT;
    pith_render_front_matter(&r, &out);
    assert_string_equal(out.data,
                        "---\n"
                        "title: \"He said \\\"hi\\\"\\\\\"\n"
                        "author: \"A\\nB: c\"\n"
                        "date: \"2024-01-02\"\n"
                        "description: \"x\\u2028y\\u0001z\\u007F\"\n"
                        "tags: [\"t1\", \"t\\\"2\"]\n"
                        "---\n\n");
    pith_buf_free(&out);
}

static char *extract_file(const char *path, unsigned opt_flags, const char *base_url,
                          pith_result **out)
{
    size_t len;
    char *html = test_read_file(path, &len);
    pith_options opt;
    pith_options_init(&opt);
    opt.flags = opt_flags;
    opt.base_url = base_url;
    *out = pith_extract(html, len, &opt);
    assert_non_null(*out);
    return html;
}

static void test_every_format_renders(void **state)
{
    (void)state;
    pith_result *r;
    char *html = extract_file("../fixtures/structure/input.html", 0, NULL, &r);
    assert_int_equal(r->status, PITH_OK);
    for (int f = PITH_FORMAT_TEXT; f <= PITH_FORMAT_CSV; f++) {
        size_t n = 0;
        char *s = pith_render(r, (pith_format)f, PITH_RENDER_LINKS | PITH_RENDER_IMAGES, &n);
        assert_non_null(s);
        assert_true(n > 100);
        assert_int_equal(strlen(s), n);
        free(s);
    }
    assert_null(pith_render(r, (pith_format)99, 0, NULL));
    assert_null(pith_render(NULL, PITH_FORMAT_TEXT, 0, NULL));
    pith_result_free(r);
    free(html);
}

static void test_json_carries_html_and_markdown(void **state)
{
    (void)state;
    pith_result *r;
    char *html = extract_file("../fixtures/basic-article/input.html", 0, NULL, &r);
    char *js = pith_render(r, PITH_FORMAT_JSON, PITH_RENDER_JSON_HTML | PITH_RENDER_JSON_MARKDOWN,
                           NULL);
    json_error_t err;
    json_t *obj = json_loads(js, 0, &err);
    assert_non_null(obj);
    const char *h = json_string_value(json_object_get(obj, "html"));
    const char *md = json_string_value(json_object_get(obj, "markdown"));
    assert_non_null(h);
    assert_non_null(md);
    assert_int_equal(strncmp(h, "<p>For three hundred years", 26), 0);
    assert_non_null(strstr(h, "<h2>What the surveyors found</h2>"));
    assert_non_null(strstr(md, "\n\n## What the surveyors found\n\n"));
    char *plain = pith_render(r, PITH_FORMAT_JSON, 0, NULL);
    assert_null(strstr(plain, "\"html\""));
    assert_null(strstr(plain, "\"markdown\""));
    json_decref(obj);
    free(plain);
    free(js);
    pith_result_free(r);
    free(html);
}

static void test_comments_apart_from_the_article(void **state)
{
    (void)state;
    pith_result *r;
    char *html = extract_file("../fixtures/structure/input.html", 0, NULL, &r);
    assert_null(r->comments);
    assert_null(strstr(r->text, "made all the difference"));
    pith_result_free(r);
    free(html);

    html = extract_file("../fixtures/structure/input.html", PITH_OPT_COMMENTS, NULL, &r);
    assert_non_null(r->comments);
    assert_non_null(strstr(r->comments, "the pinning stones made all the difference"));
    assert_null(strstr(r->comments, "Leave a Reply")); /* the form's prompt */
    assert_null(strstr(r->comments, "Reply"));          /* the action link */
    assert_null(strstr(r->text, "made all the difference"));
    char *xml = pith_render(r, PITH_FORMAT_XML, 0, NULL);
    char *main_end = strstr(xml, "</main>");
    char *comments = strstr(xml, "<comments>");
    assert_non_null(main_end);
    assert_non_null(comments);
    assert_true(strstr(xml, "made all the difference") > comments);
    assert_true(comments > main_end);
    free(xml);
    pith_result_free(r);
    free(html);
}

static void test_base_url_option(void **state)
{
    (void)state;
    pith_result *r;
    char *html = extract_file("../fixtures/structure/input.html", 0, "https://other.example/x/", &r);
    char *md = pith_render(r, PITH_FORMAT_MARKDOWN, PITH_RENDER_LINKS, NULL);
    assert_non_null(strstr(md, "(https://other.example/x/stone/method.html)"));
    free(md);
    pith_result_free(r);
    /* The page's <base href> is the default. */
    size_t len = strlen(html);
    r = pith_extract(html, len, NULL);
    md = pith_render(r, PITH_FORMAT_MARKDOWN, PITH_RENDER_LINKS, NULL);
    assert_non_null(strstr(md, "(https://walls.example.org/guides/stone/method.html)"));
    free(md);
    pith_result_free(r);
    free(html);

    html = extract_file("../fixtures/structure/input.html", 0, "not/absolute", &r);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    pith_result_free(r);
    free(html);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv_record),
        cmocka_unit_test(test_front_matter_quoting),
        cmocka_unit_test(test_leading_title),
        cmocka_unit_test(test_every_format_renders),
        cmocka_unit_test(test_json_escapes),
        cmocka_unit_test(test_json_nul_and_invalid),
        cmocka_unit_test(test_json_special_at_every_offset),
        cmocka_unit_test(test_json_carries_html_and_markdown),
        cmocka_unit_test(test_comments_apart_from_the_article),
        cmocka_unit_test(test_base_url_option),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
