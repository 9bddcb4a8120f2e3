/*
 * render_doc_test.c — the article tree's normalisation (src/doc/normalize.c)
 * and iterator, which every renderer relies on.  Trees are built by hand
 * and compared through a compact dump: P(T'a ' EM(T'b')).
 */
#include "render_util.h"

static const char *type_name(pith_node_type t)
{
    static const char *const names[] = {"DOC", "H", "P", "LIST", "ITEM", "TABLE", "ROW", "CELL",
                                        "QUOTE", "PRE", "FIG", "CAP", "HR", "T", "EM", "STRONG",
                                        "CODE", "A", "IMG", "BR"};
    return names[t];
}

/* Dump the children of root: TYPE or TYPE'text' or TYPE(children...). */
static const char *dump(tree *t)
{
    pith_buf_clear(&t->out);
    pith_doc_iter it;
    pith_doc_iter_init(&it, t->root);
    while (pith_doc_iter_next(&it)) {
        const pith_node *n = it.cur;
        if (n == t->root)
            continue;
        if (it.entering) {
            if (n->prev)
                pith_buf_putc(&t->out, ' ');
            pith_buf_puts(&t->out, type_name(n->type));
            if (n->text)
                pith_buf_printf(&t->out, "'%.*s'", (int)n->len, n->text);
            if (n->first)
                pith_buf_putc(&t->out, '(');
        } else if (n->first) {
            pith_buf_putc(&t->out, ')');
        }
    }
    return t->out.data ? t->out.data : "";
}

static const char *normalized(tree *t)
{
    pith_doc_normalize(&t->doc);
    assert_false(t->doc.oom);
    return dump(t);
}

static void test_stray_inlines_get_a_paragraph(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *item = node(&t, node(&t, t.root, PITH_NODE_LIST), PITH_NODE_ITEM);
    text(&t, item, "a");
    para(&t, item, "b");
    pith_node *fig = node(&t, t.root, PITH_NODE_FIGURE);
    image(&t, fig, "i.png", "alt\n  text");
    assert_string_equal(normalized(&t),
                        "LIST(ITEM(P(T'a') P(T'b'))) FIG(P(IMG'alt text'))");
    tree_free(&t);
}

static void test_nested_twins_unwrapped_and_neighbours_merged(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    pith_node *em = node(&t, p, PITH_NODE_EMPH);
    text(&t, node(&t, em, PITH_NODE_EMPH), "x");
    text(&t, node(&t, p, PITH_NODE_EMPH), "y");
    pith_node *a = link(&t, p, "https://e.org/1", "one");
    text(&t, node(&t, a, PITH_NODE_LINK), "two");
    link(&t, p, "https://e.org/1", "three");
    link(&t, p, "https://e.org/2", "four");
    pith_node *s1 = node(&t, p, PITH_NODE_STRONG);
    text(&t, node(&t, s1, PITH_NODE_EMPH), "p");
    pith_node *s2 = node(&t, p, PITH_NODE_STRONG);
    text(&t, node(&t, s2, PITH_NODE_EMPH), "q");
    assert_string_equal(normalized(&t),
                        "P(EM(T'xy') A(T'onetwothree') A(T'four') STRONG(EM(T'pq')))");
    tree_free(&t);
}

/* 20,000 twins merge into one text that grows geometrically: a fresh copy
 * of the joined text at each merge once took n^2/2 bytes (200 MB here). */
static void test_twin_runs_merge_in_linear_memory(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    for (int k = 0; k < 20000; k++)
        text(&t, node(&t, p, PITH_NODE_STRONG), "x");
    size_t before = t.arena.used;
    pith_doc_normalize(&t.doc);
    assert_false(t.doc.oom);
    assert_true(t.arena.used - before < ((size_t)1 << 20));
    assert_non_null(p->first);
    assert_null(p->first->next);
    assert_int_equal(p->first->first->len, 20000);
    tree_free(&t);
}

static void test_spaces_and_breaks_move_outside(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text(&t, p, "a");
    text(&t, node(&t, p, PITH_NODE_EMPH), " b\xC2\xA0");
    text(&t, p, "c");
    pith_node *s = node(&t, p, PITH_NODE_STRONG);
    text(&t, s, "d");
    node(&t, s, PITH_NODE_LINE_BREAK);
    text(&t, p, "e");
    assert_string_equal(normalized(&t),
                        "P(T'a ' EM(T'b') T'\xC2\xA0" "c' STRONG(T'd') BR T'e')");
    tree_free(&t);
}

static void test_blocks_trimmed_and_empties_pruned(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    node(&t, p, PITH_NODE_LINE_BREAK);
    text(&t, p, "  x ");
    node(&t, p, PITH_NODE_LINE_BREAK);
    text(&t, p, " y  ");
    node(&t, p, PITH_NODE_LINE_BREAK);
    para(&t, t.root, " \xC2\xA0 ");               /* white only */
    node(&t, node(&t, t.root, PITH_NODE_LIST), PITH_NODE_ITEM); /* empty */
    node(&t, node(&t, t.root, PITH_NODE_QUOTE), PITH_NODE_PARAGRAPH);
    pith_node *table = node(&t, t.root, PITH_NODE_TABLE);
    pith_node *row = node(&t, table, PITH_NODE_ROW);
    node(&t, row, PITH_NODE_CELL); /* empty, but its row has text: kept */
    para(&t, node(&t, row, PITH_NODE_CELL), "v");
    node(&t, node(&t, table, PITH_NODE_ROW), PITH_NODE_CELL); /* empty row: dropped */
    text_node(&t, t.root, PITH_NODE_CODE_BLOCK, "\n \n");
    assert_string_equal(normalized(&t), "P(T'x' BR T'y') TABLE(ROW(CELL CELL(P(T'v'))))");
    tree_free(&t);
}

static void test_inline_code_white_space(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
    text(&t, p, "run");
    text_node(&t, p, PITH_NODE_CODE, " make\n   all ");
    text(&t, p, "now");
    assert_string_equal(normalized(&t), "P(T'run ' CODE'make all' T' now')");
    tree_free(&t);
}

static void test_invalid_utf8_repaired(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    para(&t, t.root, "a\xFF" "b");
    assert_string_equal(normalized(&t), "P(T'a\xEF\xBF\xBD" "b')");
    tree_free(&t);
}

/* ASCII needs no repair and keeps its text where it is; a text whose
 * first eight bytes and more are ASCII is still read to its end: a byte
 * that is no UTF-8, or a character encoded twice ("caf\xC3\x83\xC2\xA9"),
 * after them is repaired. */
static void test_ascii_opening_read_to_the_end(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *plain = text(&t, node(&t, t.root, PITH_NODE_PARAGRAPH), "plain ASCII text");
    const char *before = plain->text;
    para(&t, t.root, "the long ASCII opening of a text, then \xFF");
    para(&t, t.root, "the long ASCII opening of a text, then caf\xC3\x83\xC2\xA9");
    assert_string_equal(normalized(&t), "P(T'plain ASCII text') "
                                        "P(T'the long ASCII opening of a text, then \xEF\xBF\xBD') "
                                        "P(T'the long ASCII opening of a text, then caf\xC3\xA9')");
    assert_ptr_equal(plain->text, before);
    tree_free(&t);
}

static void test_iterator_skips_children(void **state)
{
    (void)state;
    tree t;
    tree_init(&t);
    pith_node *q = node(&t, t.root, PITH_NODE_QUOTE);
    para(&t, q, "inside");
    para(&t, t.root, "after");
    int seen = 0;
    pith_doc_iter it;
    pith_doc_iter_init(&it, t.root);
    while (pith_doc_iter_next(&it)) {
        if (!it.entering)
            continue;
        seen++;
        assert_true(it.cur->type != PITH_NODE_TEXT || strcmp(it.cur->text, "inside") != 0);
        if (it.cur->type == PITH_NODE_QUOTE)
            pith_doc_iter_skip_children(&it);
    }
    assert_int_equal(seen, 4); /* DOC, QUOTE, P, T'after' */
    tree_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stray_inlines_get_a_paragraph),
        cmocka_unit_test(test_nested_twins_unwrapped_and_neighbours_merged),
        cmocka_unit_test(test_twin_runs_merge_in_linear_memory),
        cmocka_unit_test(test_spaces_and_breaks_move_outside),
        cmocka_unit_test(test_blocks_trimmed_and_empties_pruned),
        cmocka_unit_test(test_inline_code_white_space),
        cmocka_unit_test(test_invalid_utf8_repaired),
        cmocka_unit_test(test_ascii_opening_read_to_the_end),
        cmocka_unit_test(test_iterator_skips_children),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
