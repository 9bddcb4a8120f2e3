/*
 * render_markup_test.c — the HTML and XML renderers on trees built by
 * hand: escaping, characters XML forbids, unsafe URLs dropped even when the
 * tree holds them, lists, tight items, tables with head and body, code
 * blocks, the document around the article, and the XML document element.
 * (tests/render_roundtrip.py validates real outputs with xmllint.)
 */
#include "render_util.h"

static void build_sample(tree *t)
{
    pith_node *h = node(t, t->root, PITH_NODE_HEADING);
    h->level = 1;
    text(t, h, "T & <x> \"q\" 'a'");
    pith_node *p = node(t, t->root, PITH_NODE_PARAGRAPH);
    text(t, p, "a");
    link(t, p, "javascript:alert(1)", "b");
    text(t, p, " ");
    link(t, p, "https://e.org/?a=1&b=2", "c");
    image(t, p, " javascript:alert(2)", "x");
    pith_node *ol = node(t, t->root, PITH_NODE_LIST);
    ol->ordered = true;
    ol->start = 5;
    pith_node *i1 = node(t, ol, PITH_NODE_ITEM);
    para(t, i1, "i1");
    para(t, node(t, node(t, i1, PITH_NODE_LIST), PITH_NODE_ITEM), "n");
    pith_node *i2 = node(t, ol, PITH_NODE_ITEM);
    para(t, i2, "p1");
    para(t, i2, "p2");
    pith_node *table = node(t, t->root, PITH_NODE_TABLE);
    pith_node *head = node(t, table, PITH_NODE_ROW);
    head->header = true;
    pith_node *th = node(t, head, PITH_NODE_CELL);
    th->header = true;
    para(t, th, "h");
    para(t, node(t, node(t, table, PITH_NODE_ROW), PITH_NODE_CELL), "d");
    pith_node *code = text_node(t, t->root, PITH_NODE_CODE_BLOCK, "x<y\n");
    code->info = "c";
}

static void test_html_blocks_and_safety(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    build_sample(&t);
    assert_string_equal(render_html(&t, PITH_RENDER_LINKS | PITH_RENDER_IMAGES),
                        "<h1>T &amp; &lt;x&gt; &quot;q&quot; &#39;a&#39;</h1>\n"
                        "<p>ab <a href=\"https://e.org/?a=1&amp;b=2\">c</a></p>\n"
                        "<ol start=\"5\">\n"
                        "<li>i1\n<ul>\n<li>n</li>\n</ul>\n</li>\n"
                        "<li>\n<p>p1</p>\n<p>p2</p>\n</li>\n"
                        "</ol>\n"
                        "<table>\n<thead>\n<tr>\n<th>h</th>\n</tr>\n</thead>\n"
                        "<tbody>\n<tr>\n<td>d</td>\n</tr>\n</tbody>\n</table>\n"
                        "<pre><code class=\"language-c\">x&lt;y</code></pre>\n");
    /* Without the flags: the link text stays, the target goes. */
    const char *plain = render_html(&t, 0);
    assert_non_null(strstr(plain, "<p>ab c</p>"));
    assert_null(strstr(plain, "href"));
    tree_free(&t);
}

static void test_characters_xml_forbids(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    para(&t, t.root, "a\x01" "b\xEF\xBF\xBE" "c\td");
    assert_string_equal(render_html(&t, 0), "<p>a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\td</p>\n");
    tree_free(&t);
}

static void test_url_safety(void **state)
{
    (void)state;
    assert_true(pith_render_url_ok("https://e.org/"));
    assert_true(pith_render_url_ok("HTTP://e.org/"));
    assert_true(pith_render_url_ok("mailto:a@e.org"));
    assert_true(pith_render_url_ok("/relative/path?q=a:b"));
    assert_true(pith_render_url_ok("page.html#x:y"));
    assert_false(pith_render_url_ok("javascript:alert(1)"));
    assert_false(pith_render_url_ok("JaVaScRiPt:alert(1)"));
    assert_false(pith_render_url_ok(" javascript:alert(1)"));
    assert_false(pith_render_url_ok("java\tscript:alert(1)"));
    assert_false(pith_render_url_ok("vbscript:x"));
    assert_false(pith_render_url_ok("data:text/html,x"));
    assert_false(pith_render_url_ok(""));
    assert_false(pith_render_url_ok(NULL));
}

static pith_result sample_result(void)
{
    static const char *const categories[] = {"x", "y"};
    pith_result r;
    memset(&r, 0, sizeof r);
    r.status = PITH_OK;
    r.title = "A \"B\" & C";
    r.language = "en-GB";
    r.categories = categories;
    r.n_categories = 2;
    r.confidence = 0.5;
    r.text = "";
    return r;
}

static void test_xml_document(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text(&t, p, "see ");
    link(&t, p, "https://e.org/", "x");
    node(&t, p, PITH_NODE_LINE_BREAK);
    text(&t, p, "y ");
    text_node(&t, p, PITH_NODE_CODE, "c<");
    pith_node *code = text_node(&t, t.root, PITH_NODE_CODE_BLOCK, "  keep  spaces\n");
    code->info = "sh";
    pith_result r = sample_result();
    pith_render_input in = {&r, t.root, NULL, PITH_RENDER_LINKS};
    pith_render_xml(&in, &t.out);
    assert_string_equal(t.out.data,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<doc title=\"A &quot;B&quot; &amp; C\" categories=\"x; y\" "
                        "language=\"en-GB\" status=\"ok\" confidence=\"0.500\">\n"
                        "<main>\n"
                        "<p>see <ref target=\"https://e.org/\">x</ref><lb/>y <code>c&lt;</code></p>\n"
                        "<code lang=\"sh\" xml:space=\"preserve\">  keep  spaces</code>\n"
                        "</main>\n"
                        "</doc>\n");
    tree_free(&t);
}

static void test_html_document_and_fragment(void **state)
{
    (void)state;
    tree t, c;
    tree_init(&t);
    tree_init(&c);
    para(&t, t.root, "body");
    para(&c, c.root, "a comment");
    pith_result r = sample_result();
    r.language = "en\"><script>";
    pith_render_input in = {&r, t.root, c.root, 0};
    pith_render_html(&in, &t.out);
    assert_string_equal(t.out.data,
                        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n"
                        "<title>A &quot;B&quot; &amp; C</title>\n</head>\n"
                        "<body>\n<article>\n<p>body</p>\n</article>\n"
                        "<section class=\"comments\">\n<p>a comment</p>\n</section>\n"
                        "</body>\n</html>\n");
    pith_buf_clear(&t.out);
    in.flags = PITH_RENDER_FRAGMENT;
    in.comments = NULL;
    pith_render_html(&in, &t.out);
    assert_string_equal(t.out.data, "<p>body</p>\n");
    tree_free(&t);
    tree_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_blocks_and_safety),
        cmocka_unit_test(test_characters_xml_forbids),
        cmocka_unit_test(test_url_safety),
        cmocka_unit_test(test_xml_document),
        cmocka_unit_test(test_html_document_and_fragment),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
