/*
 * render_markdown_test.c — the Markdown renderer on trees built by hand:
 * escaping, line breaks, nested and adjacent lists, containers inside
 * items, code fences, code spans, pipe tables, emphasis that CommonMark
 * can or cannot express, links and images with and without the flags.
 * (tests/render_roundtrip.py checks the same output against cmark-gfm.)
 */
#include "render_util.h"

static void test_escapes_inside_a_line(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    para(&t, t.root, "a*b_c[d]e<f>g\\h`i~j&amp;k&l #m |n");
    assert_string_equal(render_md(&t, 0),
                        "a\\*b\\_c\\[d\\]e\\<f>g\\\\h\\`i\\~j\\&amp;k&l #m |n");
    tree_free(&t);
}

static void test_escapes_at_the_start_of_a_line(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    const char *lines[] = {"# not a heading", "- not a list", "+ x", "1. one", "2019) year",
                           "> not a quote", "=== x", "| x", "~~~"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
        para(&t, t.root, lines[i]);
    assert_string_equal(render_md(&t, 0),
                        "\\# not a heading\n\n\\- not a list\n\n\\+ x\n\n1\\. one\n\n"
                        "2019\\) year\n\n\\> not a quote\n\n\\=== x\n\n\\| x\n\n\\~\\~\\~");
    tree_free(&t);
}

static void test_line_breaks(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text(&t, p, "one");
    node(&t, p, PITH_NODE_LINE_BREAK);
    node(&t, p, PITH_NODE_LINE_BREAK); /* two breaks read as one */
    text(&t, p, "- two");
    node(&t, p, PITH_NODE_LINE_BREAK);
    text(&t, p, "three");
    pith_node *h = node(&t, t.root, PITH_NODE_HEADING);
    h->level = 2;
    text(&t, h, "a");
    node(&t, h, PITH_NODE_LINE_BREAK);
    text(&t, h, "b # c");
    assert_string_equal(render_md(&t, 0), "one\\\n\\- two\\\nthree\n\n## a b \\# c");
    tree_free(&t);
}

static pith_node *list(tree *t, pith_node *parent, bool ordered, int start)
{
    pith_node *l = node(t, parent, PITH_NODE_LIST);
    l->ordered = ordered;
    l->start = start;
    return l;
}

static pith_node *item(tree *t, pith_node *l, const char *s)
{
    pith_node *i = node(t, l, PITH_NODE_ITEM);
    if (s)
        para(t, i, s);
    return i;
}

static void test_nested_and_adjacent_lists(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *outer = list(&t, t.root, false, 1);
    pith_node *a = item(&t, outer, "a");
    pith_node *inner = list(&t, a, true, 3); /* "3." cannot follow a paragraph line */
    item(&t, inner, "b");
    item(&t, inner, "c");
    item(&t, outer, "d");
    item(&t, list(&t, t.root, false, 1), "e");
    item(&t, list(&t, t.root, true, 1), "f");
    item(&t, list(&t, t.root, true, 1), "g");
    assert_string_equal(render_md(&t, 0),
                        "- a\n\n  3. b\n  4. c\n- d\n\n* e\n\n1. f\n\n1) g");
    tree_free(&t);
}

/* Markers alternate along a whole run of adjacent lists of one kind, and
 * numbers continue past a nested list: each taken from the writer's open
 * lists, without counting the items or lists before (quadratic once). */
static void test_runs_of_lists(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    for (int k = 0; k < 3; k++)
        item(&t, list(&t, t.root, true, 1), "o");
    item(&t, list(&t, t.root, false, 1), "u");
    item(&t, list(&t, t.root, false, 1), "v");
    pith_node *l = list(&t, t.root, true, 7);
    pith_node *a = item(&t, l, "a");
    item(&t, list(&t, a, false, 1), "x");
    item(&t, l, "b");
    assert_string_equal(render_md(&t, 0), "1. o\n\n1) o\n\n1. o\n\n- u\n\n* v\n\n"
                                          "7. a\n   - x\n8. b");
    tree_free(&t);
}

/* Past 16 nested containers the prefix grows no more: every line inside
 * repeats it, so 200 nested lists numbered from 999999999 cost 2 KB a line. */
static void test_deep_nesting_is_capped(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *parent = t.root;
    for (int k = 0; k < 40; k++)
        parent = item(&t, list(&t, parent, true, 999999999), NULL);
    pith_node *p = para(&t, parent, "deep");
    node(&t, p, PITH_NODE_LINE_BREAK);
    text(&t, p, "line");
    const char *md = render_md(&t, 0);
    const char *last = strrchr(md, '\n');
    assert_non_null(last);
    assert_string_equal(last + 1 + 16 * strlen("999999999. "), "line");
    tree_free(&t);
}

static void test_containers_opening_an_item(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *l = list(&t, t.root, false, 1);
    pith_node *first = item(&t, l, NULL);
    item(&t, list(&t, first, false, 1), "x");
    pith_node *second = item(&t, l, NULL);
    pith_node *q = node(&t, second, PITH_NODE_QUOTE);
    para(&t, q, "q1");
    para(&t, q, "q2");
    assert_string_equal(render_md(&t, 0), "- - x\n- > q1\n  >\n  > q2");
    tree_free(&t);
}

static void test_code_blocks(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *q = node(&t, t.root, PITH_NODE_QUOTE);
    pith_node *code = text_node(&t, q, PITH_NODE_CODE_BLOCK, "x = `a`\n```\n\ny\n");
    code->info = "py";
    text_node(&t, t.root, PITH_NODE_CODE_BLOCK, "plain");
    assert_string_equal(render_md(&t, 0),
                        "> ````py\n> x = `a`\n> ```\n>\n> y\n> ````\n\n```\nplain\n```");
    tree_free(&t);
}

static void test_code_spans(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text_node(&t, p, PITH_NODE_CODE, "a`b");
    text(&t, p, " and ");
    text_node(&t, p, PITH_NODE_CODE, "`x");
    text(&t, p, " and ");
    text_node(&t, p, PITH_NODE_CODE, "*not emphasis*");
    assert_string_equal(render_md(&t, 0), "``a`b`` and `` `x `` and `*not emphasis*`");
    tree_free(&t);
}

static pith_node *cell(tree *t, pith_node *row, const char *s)
{
    pith_node *c = node(t, row, PITH_NODE_CELL);
    para(t, c, s);
    return c;
}

static void test_pipe_tables(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *table = node(&t, t.root, PITH_NODE_TABLE);
    para(&t, node(&t, table, PITH_NODE_CAPTION), "cap");
    pith_node *head = node(&t, table, PITH_NODE_ROW);
    head->header = true;
    cell(&t, head, "h1");
    cell(&t, head, "h|2");
    cell(&t, node(&t, table, PITH_NODE_ROW), "x");
    pith_node *row = node(&t, table, PITH_NODE_ROW);
    cell(&t, row, "y");
    pith_node *z = cell(&t, row, "z");
    para(&t, z, "more"); /* two blocks in one cell: one line */
    pith_node *code_cell = node(&t, row, PITH_NODE_CELL);
    text_node(&t, node(&t, code_cell, PITH_NODE_PARAGRAPH), PITH_NODE_CODE, "a|b");
    assert_string_equal(render_md(&t, 0),
                        "cap\n\n"
                        "| h1 | h\\|2 |  |\n"
                        "| --- | --- | --- |\n"
                        "| x |\n" /* short body rows are not padded: GFM fills them */
                        "| y | z more | `a\\|b` |");
    tree_free(&t);
}

static void test_emphasis_flanking(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text(&t, node(&t, p, PITH_NODE_EMPH), "(NWX)");
    text(&t, p, "President"); /* "*(NWX)*President" would not be emphasis */
    p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text(&t, node(&t, node(&t, p, PITH_NODE_STRONG), PITH_NODE_EMPH), "x");
    text(&t, p, " y");
    p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text(&t, p, "foo");
    text(&t, node(&t, p, PITH_NODE_EMPH), "bar");
    text(&t, p, "baz");
    p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text(&t, p, "x");
    text(&t, node(&t, p, PITH_NODE_STRONG), "\"");
    text(&t, p, "y");
    assert_string_equal(render_md(&t, 0), "(NWX)President\n\n**_x_** y\n\nfoo*bar*baz\n\nx\"y");
    tree_free(&t);
}

static void test_links_and_images(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    pith_node *img = image(&t, p, "/i.png", "a [b]");
    img->info = "t \"q\"";
    text(&t, p, " see ");
    link(&t, p, "https://e.org/a b(c)", "here");
    text(&t, p, " or ");
    link(&t, p, "javascript:alert(1)", "there");
    assert_string_equal(render_md(&t, 0), "see here or there");
    assert_string_equal(render_md(&t, PITH_RENDER_LINKS | PITH_RENDER_IMAGES),
                        "![a \\[b\\]](/i.png \"t \\\"q\\\"\") see "
                        "[here](https://e.org/a%20b\\(c\\)) or there");
    /* Text leaves the image out, and the space after it with it, on the
     * first line and on any later one. */
    assert_string_equal(render_text(&t), "see here or there");
    pith_node *q = node(&t, t.root, PITH_NODE_PARAGRAPH);
    image(&t, q, "/j.png", "");
    text(&t, q, " waxmoth:");
    assert_string_equal(render_text(&t), "see here or there\n\nwaxmoth:");
    /* A paragraph of an image and its space alone writes no empty lines. */
    pith_node *r = node(&t, t.root, PITH_NODE_PARAGRAPH);
    image(&t, r, "/k.png", "");
    text(&t, r, " ");
    para(&t, t.root, "after");
    assert_string_equal(render_text(&t), "see here or there\n\nwaxmoth:\n\nafter");
    tree_free(&t);
}

static void test_breaks_and_headings(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *h = node(&t, t.root, PITH_NODE_HEADING);
    h->level = 9;
    text(&t, h, "Deep");
    node(&t, t.root, PITH_NODE_THEMATIC_BREAK);
    pith_node *l = list(&t, t.root, false, 1);
    node(&t, item(&t, l, NULL), PITH_NODE_THEMATIC_BREAK);
    assert_string_equal(render_md(&t, 0), "###### Deep\n\n___\n\n- ___");
    tree_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escapes_inside_a_line),
        cmocka_unit_test(test_escapes_at_the_start_of_a_line),
        cmocka_unit_test(test_line_breaks),
        cmocka_unit_test(test_nested_and_adjacent_lists),
        cmocka_unit_test(test_containers_opening_an_item),
        cmocka_unit_test(test_code_blocks),
        cmocka_unit_test(test_code_spans),
        cmocka_unit_test(test_pipe_tables),
        cmocka_unit_test(test_runs_of_lists),
        cmocka_unit_test(test_deep_nesting_is_capped),
        cmocka_unit_test(test_emphasis_flanking),
        cmocka_unit_test(test_links_and_images),
        cmocka_unit_test(test_breaks_and_headings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
