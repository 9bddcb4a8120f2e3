/*
 * guard_test.c — the pre-parse guard (src/input/guard*.c).
 *
 * The oracle is gumbo itself: the guard's output is parsed with the same
 * options pith uses, and the tree gumbo builds must respect the limits
 * (depth, attributes per element, node count) whatever the input's trick.
 * Exact outputs are checked where the rewrite is small enough to read.
 */
#include "testutil.h"

#include <gumbo.h>

#include "pith.h"
#include "input/guard.h"
#include "util/buf.h"

/* Slack between the guard's count and gumbo's tree depth: html, body, a
 * text node, the implied tbody/tr of a table. */
#define DEPTH_SLACK 6

typedef struct guarded {
    pith_buf out;
    const char *data;
    size_t len;
    pith_guard_report rep;
} guarded;

static void run_guard(guarded *g, const char *in, size_t n, unsigned depth, unsigned attrs,
                      unsigned fmt)
{
    pith_guard_limits lim = {depth, attrs, fmt};
    pith_buf_init(&g->out);
    assert_true(pith_guard(in, n, &lim, &g->out, &g->data, &g->len, &g->rep));
}

static void guarded_free(guarded *g)
{
    pith_buf_free(&g->out);
}

/* A string of `times` copies of s. */
static char *repeat(const char *head, const char *s, size_t times, const char *tail)
{
    size_t hl = strlen(head), sl = strlen(s), tl = strlen(tail);
    char *r = malloc(hl + sl * times + tl + 1);
    assert_non_null(r);
    memcpy(r, head, hl);
    for (size_t i = 0; i < times; i++)
        memcpy(r + hl + i * sl, s, sl);
    memcpy(r + hl + sl * times, tail, tl + 1);
    return r;
}

typedef struct tree_stats {
    unsigned depth;
    size_t nodes;
    unsigned most_attributes;
} tree_stats;

/* Depth, node count and widest attribute list of gumbo's tree. */
static tree_stats parse_stats(const char *html, size_t len)
{
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&opt, html, len);
    tree_stats st = {0, 0, 0};
    size_t cap = 256, n = 0;
    struct item { GumboNode *node; unsigned depth; } *stack = malloc(cap * sizeof *stack);
    assert_non_null(stack);
    stack[n++] = (struct item){out->document, 0};
    while (n > 0) {
        struct item it = stack[--n];
        st.nodes++;
        if (it.depth > st.depth)
            st.depth = it.depth;
        GumboVector *kids = NULL;
        if (it.node->type == GUMBO_NODE_DOCUMENT) {
            kids = &it.node->v.document.children;
        } else if (it.node->type == GUMBO_NODE_ELEMENT || it.node->type == GUMBO_NODE_TEMPLATE) {
            kids = &it.node->v.element.children;
            if (it.node->v.element.attributes.length > st.most_attributes)
                st.most_attributes = it.node->v.element.attributes.length;
        }
        for (unsigned i = 0; kids && i < kids->length; i++) {
            if (n == cap) {
                cap *= 2;
                stack = realloc(stack, cap * sizeof *stack);
                assert_non_null(stack);
            }
            stack[n++] = (struct item){kids->data[i], it.depth + 1};
        }
    }
    free(stack);
    /* gumbo_destroy_output recurses, but only guarded (shallow) trees are
     * parsed here. */
    gumbo_destroy_output(&opt, out);
    return st;
}

/* All the text of a (shallow) tree, in document order. */
static void collect_text(const GumboNode *node, pith_buf *out)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        pith_buf_puts(out, node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboVector *kids = &node->v.element.children;
    for (unsigned i = 0; i < kids->length; i++)
        collect_text(kids->data[i], out);
}

/* ----------------------------------------------------------------- tests */

static void test_ordinary_page_is_passed_through(void **state)
{
    (void)state;
    const char *page =
        "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>"
        "<ul><li>one<li>two<li>three</ul><p>para<p>graph<table><tr><td>a<td>b<tr><td>c"
        "</table><svg><path d=\"M0\"/><g><circle/></g></svg><select><option>x<option>y"
        "</select><script>if (a < b) document.write('<div>');</script>"
        "<p><b>bold <i>both</b> italic</i> &amp; &#233; &#x1F600;</p></body></html>";
    guarded g;
    run_guard(&g, page, strlen(page), 400, 256, 32);
    assert_ptr_equal(g.data, page); /* no copy */
    assert_int_equal(g.len, strlen(page));
    assert_int_equal(g.rep.changed, 0);
    assert_int_equal(g.rep.dropped_tags, 0);
    guarded_free(&g);
}

static void test_deep_divs_are_cut_with_their_end_tags(void **state)
{
    (void)state;
    char *open = repeat("", "<div>", 1000, "x");
    char *page = repeat(open, "</div>", 1000, "<p>after</p>");
    guarded g;
    run_guard(&g, page, strlen(page), 10, 256, 32);
    char *want_open = repeat("", "<div>", 10, "x");
    char *want = repeat(want_open, "</div>", 10, "<p>after</p>");
    assert_int_equal(g.len, strlen(want));
    assert_memory_equal(g.data, want, g.len);
    assert_true(g.rep.changed & PITH_GUARD_DEPTH);
    assert_int_equal(g.rep.dropped_tags, 1980);
    assert_int_equal(g.rep.deepest, 1000);
    free(open);
    free(page);
    free(want_open);
    free(want);
    guarded_free(&g);
}

/* Nesting patterns from the gumbo note and from the tree builder's corners:
 * after the guard, gumbo's tree is never deeper than the limit (plus the
 * few implied levels). */
static void test_every_nesting_pattern_is_bounded(void **state)
{
    (void)state;
    static const char *patterns[] = {
        "<div>", "<b>", "<span>", "<x>", "<table>", "<table><tr><td>", "<li>", "<ul><li>",
        "<dl><dd>", "<svg>", "<svg><g>", "<math>", "<math><mi>", "<svg><foreignObject>",
        "<template>", "<template><tr><td>", "<a href=x><div>", "<option><div>", "<optgroup>",
        "<select><option><div>", "<p><table><td>", "<object>", "<button><div>", "<h1><div>",
        "<form><div>", "<b><div>", "<i><p>", "<nobr><div>", "<font><center>", "<a><table><td>",
        "<caption><div>", "<table><caption><div>", "<ruby><rb><div>", "<ruby><r><rb>",
        "<svg><desc><div>", "<select><table><xmp></xmp><div>", "<template><tr><col><r><x>",
        "<math><annotation-xml encoding=text/html><div>", "<frameset>", "<noscript><div>",
        "<select><style></select><div>", "<frameset><style><frameset>",
        "<script><!--><script></script><div>", "<textarea></textarea><div>",
    };
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
        char *page = repeat("", patterns[i], 3000, "text");
        guarded g;
        run_guard(&g, page, strlen(page), 50, 256, 32);
        tree_stats st = parse_stats(g.data, g.len);
        if (st.depth > 50 + DEPTH_SLACK)
            fail_msg("pattern %s: depth %u after the guard", patterns[i], st.depth);
        free(page);
        guarded_free(&g);
    }
}

/* Flat repetitions are never cut.  (An <svg> right in a table, outside any
 * cell, is removed for another reason: gumbo aborts on foreign content
 * foster-parented out of tables; see robust_test.c.  Here it sits in cells.) */
static void test_flat_repetitions_are_not_cut(void **state)
{
    (void)state;
    static const char *patterns[] = {
        "<p>x", "<li>x", "<dt>a<dd>b", "<tr><td>x", "<td>x", "<option>x", "<br>", "<img src=a>",
        "<div>x</div>", "<a href=x>y</a>", "<a>x", "<h2>t</h2>", "<table>", "<td><svg><path/></svg>",
        "<input>", "<hr>", "<b>x</b>", "<i>x</i><b>y</b>", "<form>x",
    };
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
        char *page = repeat("<!DOCTYPE html><body><ul><dl><table>", patterns[i], 3000, "");
        guarded g;
        run_guard(&g, page, strlen(page), 20, 256, 32);
        if (g.rep.dropped_tags != 0)
            fail_msg("pattern %s: %zu tags dropped", patterns[i], g.rep.dropped_tags);
        assert_ptr_equal(g.data, page);
        free(page);
        guarded_free(&g);
    }
}

static void test_svg_self_closing_does_not_nest(void **state)
{
    (void)state;
    char *page = repeat("<svg>", "<path d=\"1\"/>", 5000, "</svg><p>x</p>");
    guarded g;
    run_guard(&g, page, strlen(page), 5, 256, 32);
    assert_ptr_equal(g.data, page);
    assert_true(g.rep.deepest <= 3);
    free(page);
    guarded_free(&g);
}

static void test_raw_text_elements_are_never_removed(void **state)
{
    (void)state;
    char *deep = repeat("", "<div>", 20, "");
    char *page = repeat(deep, "<script>var s = '<div>';</script><style>p{}</style>", 3,
                        "<title>t</title><p>x");
    guarded g;
    run_guard(&g, page, strlen(page), 5, 256, 32);
    /* The script and style bodies survive whole: their tags were kept. */
    size_t scripts = 0;
    for (const char *p = g.data; (p = strstr(p, "<script>var s = '<div>';</script>")); p++)
        scripts++;
    assert_int_equal(scripts, 3);
    assert_non_null(strstr(g.data, "<style>p{}</style>"));
    assert_non_null(strstr(g.data, "<title>t</title>"));
    free(deep);
    free(page);
    guarded_free(&g);
}

static void test_attributes_past_the_limit_are_dropped(void **state)
{
    (void)state;
    pith_buf page = PITH_BUF_INIT;
    pith_buf_puts(&page, "<p");
    for (int i = 0; i < 1000; i++)
        pith_buf_printf(&page, " a%d=\"%d\"", i, i);
    pith_buf_puts(&page, ">text</p><div");
    for (int i = 0; i < 1000; i++)
        pith_buf_printf(&page, " b%d", i);
    pith_buf_puts(&page, "></div>");
    guarded g;
    run_guard(&g, page.data, page.len, 400, 100, 32);
    assert_true(g.rep.changed & PITH_GUARD_ATTRIBUTES);
    assert_int_equal(g.rep.dropped_attributes, 1800);
    assert_int_equal(g.rep.most_attributes, 1000);
    tree_stats st = parse_stats(g.data, g.len);
    assert_int_equal(st.most_attributes, 100);
    /* The first ones are the ones kept. */
    assert_non_null(strstr(g.data, " a99=\"99\""));
    assert_null(strstr(g.data, "a100="));
    pith_buf_free(&page);
    guarded_free(&g);
}

static void test_duplicate_attributes_are_dropped(void **state)
{
    (void)state;
    const char *page = "<div hidden hidden class=main id=content>x</div>"
                       "<p CLASS=a class=b Class=\"c\" title='t'>y</p>";
    guarded g;
    run_guard(&g, page, strlen(page), 400, 256, 32);
    const char *want = "<div hidden  class=main id=content>x</div>"
                       "<p CLASS=a   title='t'>y</p>";
    assert_int_equal(g.len, strlen(want));
    assert_memory_equal(g.data, want, g.len);
    assert_true(g.rep.changed & PITH_GUARD_DUPLICATES);
    assert_int_equal(g.rep.duplicate_attributes, 3);
    /* gumbo with max_errors = 0 now keeps class (bug G of the note). */
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&opt, g.data, g.len);
    GumboNode *body = out->root->v.element.children.data[1];
    GumboNode *div = body->v.element.children.data[0];
    GumboAttribute *cls = gumbo_get_attribute(&div->v.element.attributes, "class");
    assert_non_null(cls);
    assert_string_equal(cls->value, "main");
    gumbo_destroy_output(&opt, out);
    guarded_free(&g);
}

static void test_overflowing_charrefs_become_replacement(void **state)
{
    (void)state;
    const char *page = "<p title=\"&#x800000c9;\">a&#2147483648;b&#4294967361c"
                       "&#1114111;&#0000065;&#x110000;</p><script>&#99999999999;</script>";
    guarded g;
    run_guard(&g, page, strlen(page), 400, 256, 32);
    const char *want = "<p title=\"&#xFFFD;\">a&#xFFFD;b&#xFFFD;c"
                       "&#1114111;&#0000065;&#xFFFD;</p><script>&#99999999999;</script>";
    assert_int_equal(g.len, strlen(want));
    assert_memory_equal(g.data, want, g.len);
    assert_int_equal(g.rep.fixed_charrefs, 4);
    assert_true(g.rep.changed & PITH_GUARD_CHARREF);
    guarded_free(&g);
}

static void test_reconstruction_bomb_is_defused(void **state)
{
    (void)state;
    pith_buf page = PITH_BUF_INIT;
    pith_buf_puts(&page, "<p>");
    for (int i = 0; i < 2000; i++)
        pith_buf_printf(&page, "<b id=%d>", i);
    for (int i = 0; i < 2000; i++)
        pith_buf_puts(&page, "<p>x");
    guarded g;
    run_guard(&g, page.data, page.len, 400, 256, 32);
    assert_true(g.rep.changed & PITH_GUARD_FORMATTING);
    tree_stats st = parse_stats(g.data, g.len);
    /* Unguarded, gumbo builds 4 million nodes from these 29 KB. */
    assert_true(st.nodes < 20000);
    assert_true(st.depth < 400);
    pith_buf_free(&page);
    guarded_free(&g);
}

static void test_formatting_run_is_capped(void **state)
{
    (void)state;
    char *page = repeat("<p>", "<b class=x><i class=y><u class=z>", 1000, "text");
    guarded g;
    run_guard(&g, page, strlen(page), 400, 256, 8);
    assert_true(g.rep.changed & PITH_GUARD_FORMATTING);
    tree_stats st = parse_stats(g.data, g.len);
    assert_true(st.depth <= 8 + DEPTH_SLACK);
    free(page);
    guarded_free(&g);
}

static void test_the_guard_is_idempotent(void **state)
{
    (void)state;
    static const char *patterns[] = {"<div>", "<b id=1>", "<table><tr><td>", "<p a a b=&#99999999999;>"};
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
        char *page = repeat("<p>", patterns[i], 2000, "<p>x<p>y");
        guarded once, twice;
        run_guard(&once, page, strlen(page), 30, 256, 16);
        run_guard(&twice, once.data, once.len, 30, 256, 16);
        if (twice.rep.changed != 0)
            fail_msg("pattern %s: second pass changed %#x", patterns[i], twice.rep.changed);
        assert_ptr_equal(twice.data, once.data);
        free(page);
        guarded_free(&once);
        guarded_free(&twice);
    }
}

static void test_truncated_and_odd_markup(void **state)
{
    (void)state;
    static const char *inputs[] = {
        "", "<", "</", "<!", "<!-", "<!--", "<!-->", "<!--->x", "<div", "<div a", "<div a=",
        "<div a=\"", "<div a='x' /", "</div", "<?php", "<![CDATA[", "<svg><![CDATA[x",
        "<script>", "<script><!--", "<script><!--<script>", "<style>", "<title>&#", "&#",
        "&#x", "&#99999999999", "<plaintext><div><div>", "<textarea><div>", "</>",
        "<a b c d e f>", "<<<<<<>>>>>", "<div/><div/>", "<p>\xEF\xBF\xBD</p>",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        guarded g;
        run_guard(&g, inputs[i], strlen(inputs[i]), 3, 2, 2);
        assert_true(g.len <= strlen(inputs[i]) + 8);
        guarded_free(&g);
    }
}

/* Cases where the guard's model of gumbo's tree once went astray (found by
 * fuzz_guard): each is repeated so that a divergence would grow past the
 * limits in gumbo's tree. */
static void test_tree_model_follows_gumbo(void **state)
{
    (void)state;
    /* The adoption agency pops what was opened inside the furthest block
     * (the math here), so what follows is HTML, not CDATA: its attributes
     * count. */
    char *adoption = repeat("", "<a><div><math></a><![CDATA[><m s=\"\" e f g h>x", 50, "");
    /* A select opened in a template's row is "in select in table": a <td>
     * closes it, and the tables after it nest. */
    char *select = repeat("<template><tr><select><td>", "<table><td><a>", 60, "");
    /* So is one opened after a col closed the row: the template stays in
     * "in table body", and a <tr> closes the select. */
    /* In a template whose contents went "in body" (an element other than a
     * table part came first), table parts are ignored: they close
     * nothing, and what follows them nests. */
    char *body = repeat("", "<template><d><tr><h><ul><l><t><r><tr><t><l><l><t><c><th><y><l><y><b>"
                        "<thead><y><t><y><y\x13><n><l><d><t><tr><s><t\"><l><table><th><p>"
                        "<table><th>I", 16, "");
    /* In select in table, an end tag of a table part that is not open is
     * ignored: the select stays open, a <math> in it is ignored, and what
     * follows is HTML. */
    char *stray = repeat("<table><n><select></td><math><![CDATA[>", "<td q h l a b>", 1, "");
    /* A lone '<' is text: a <frameset> after it is ignored, and the
     * elements after that nest in the body. */
    char *lone = repeat("<<frameset>", "<r><e><o><d><m><t>", 40, "");
    /* A <form> inside SVG is an SVG element: it does not make a later HTML
     * <form> (inside a foreignObject) one to ignore. */
    char *svgform = repeat("<svg><form><foreignObject><form><![CDATA[>", "<r a b c d e>", 1, "");
    /* A void first tag ("<br>") puts a template "in body" too, though it
     * leaves nothing open: the table parts after it are ignored. */
    char *voidfirst = repeat("<template><br>", "<td><select><tr><xmp><textarea a b c d>", 1, "");
    /* A template whose first tag is a col is "in column group": a <title>
     * there is ignored and starts no RCDATA, so the tags after it count. */
    char *colgroup = repeat("<template><col><title>", "<template/t a b c>", 1, "");
    /* A <font> with a color, face or size leaves MathML/SVG as the
     * breakout tags do: the CDATA after it is a bogus comment, the tag
     * after that HTML. */
    char *font = repeat("<math><font FACE='x'><![CDATA[>", "<a h o p q>", 1, "");
    /* ... but only with a color, face or size the guard keeps: past the
     * attribute limit the color goes, the font stays in MathML, and the
     * <script> after it is MathML too, not raw text (fuzz_guard finding). */
    char *fontdrop = repeat("<math><font s color><script>", "<a h o p q>", 1, "");
    /* gumbo 0.10.1 closes a foreign element only with a bare "</name>":
     * "</title >" leaves the svg title open, so the <title> after it is an
     * HTML one (RCDATA), and the tag after that counts. */
    char *bare = repeat("<svg><title></title\n><title><!--</title>", "<b a c d e>", 1, "");
    /* In a template in a table mode, what sits above it was foster-parented:
     * a <td> clears the stack back to the template, out of the MathML. */
    char *fostered = repeat("<template> <tr>r<col><i><math><annotation-xml encoding=text/html>"
                            "<td><![CDATA[>", "<l n w t u>", 1, "");
    char *col = repeat("<template><tr><col><select><tr><svg><script>", "<a a b c d>", 1, "");
    struct { const char *page; unsigned depth, attrs; } cases[] = {
        {adoption, 40, 2}, {select, 9, 8}, {col, 300, 2}, {body, 11, 8},
        {stray, 300, 2}, {lone, 5, 8}, {svgform, 300, 2},
        {voidfirst, 300, 2}, {colgroup, 300, 1}, {font, 300, 2},
        {bare, 300, 2}, {fostered, 300, 2}, {fontdrop, 300, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        guarded g;
        run_guard(&g, cases[i].page, strlen(cases[i].page), cases[i].depth, cases[i].attrs, 32);
        tree_stats st = parse_stats(g.data, g.len);
        assert_true(st.most_attributes <= cases[i].attrs);
        assert_true(st.depth <= 2 * cases[i].depth + 16);
        guarded_free(&g);
    }
    free(adoption);
    free(select);
    free(col);
    free(body);
    free(stray);
    free(lone);
    free(svgform);
    free(voidfirst);
    free(colgroup);
    free(font);
    free(fontdrop);
    free(bare);
    free(fostered);
}

/* The "</script>" that ends a script's text stays, even when a foreign
 * <script> was cut for depth before it (its end tag would otherwise be
 * taken for the cut element's, and the page after it would become
 * script). */
static void test_raw_text_end_tag_is_kept(void **state)
{
    (void)state;
    const char *page = "<h><s\"><code><e><code><r><h><a><r><e><n><v><d><svg><script><meta>"
                       "<script></script><style></script\ne\n</?";
    guarded g;
    run_guard(&g, page, strlen(page), 13, 2, 2);
    assert_true(g.rep.dropped_tags > 0); /* the <a> and the foreign <script> */
    assert_non_null(strstr(g.data, "<meta><script></script><style>"));
    guarded again;
    run_guard(&again, g.data, g.len, 13, 2, 2);
    assert_int_equal(again.rep.dropped_attributes, 0);
    guarded_free(&again);
    guarded_free(&g);
}

/* Removing a tag never joins the text on its two sides into a different
 * character reference or tag: gumbo reads the same text from the output
 * as from the input. */
static void test_removed_tag_keeps_text_apart(void **state)
{
    (void)state;
    static const char *const pages[] = {
        "<div><div>&#21<p>48383</p>", "<div><div>&am<p>p;</p>",
        "<div><div>&#x4<p>1;</p>", "<div><div><<p>b>x</p>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        guarded g;
        run_guard(&g, pages[i], strlen(pages[i]), 2, 8, 8);
        assert_true(g.rep.dropped_tags > 0);
        /* The <p> went, and only it: its text is the same to gumbo. */
        GumboOptions opt = kGumboDefaultOptions;
        opt.max_errors = 0;
        GumboOutput *a = gumbo_parse_with_options(&opt, pages[i], strlen(pages[i]));
        GumboOutput *b = gumbo_parse_with_options(&opt, g.data, g.len);
        pith_buf ta = PITH_BUF_INIT, tb = PITH_BUF_INIT;
        collect_text(a->root, &ta);
        collect_text(b->root, &tb);
        assert_int_equal(ta.len, tb.len);
        assert_memory_equal(ta.data, tb.data, ta.len);
        pith_buf_free(&ta);
        pith_buf_free(&tb);
        gumbo_destroy_output(&opt, a);
        gumbo_destroy_output(&opt, b);
        guarded_free(&g);
    }
}

/* A raw-text element opened inside <noscript> and not closed before the
 * </noscript> ("<iframe ... />": "/>" closes no iframe) is removed, so the
 * page after the <noscript> is not read as the iframe's text; closed ones,
 * and unclosed ones outside a <noscript>, are left as they are. */
static void test_noscript_raw_text_ends_with_the_noscript(void **state)
{
    (void)state;
    static const char *const swallowing[][2] = {
        {"<body><noscript><iframe src=\"gtm\" height=\"0\" /></noscript><p>The page.</p>",
         "<body><noscript></noscript><p>The page.</p>"},
        {"<body><div><noscript><style>p{}</noscript></div><p>The page.</p>",
         "<body><div><noscript>p{}</noscript></div><p>The page.</p>"},
        {"<body><noscript><textarea></noscript><p>The page.</p></textarea>",
         "<body><noscript></noscript><p>The page.</p></textarea>"},
        {"<body><noscript><plaintext></noscript><p>The page.</p>",
         "<body><noscript></noscript><p>The page.</p>"},
        {"<body><noscript><script>x()</noscript><p>The page.</p>",
         "<body><noscript>x()</noscript><p>The page.</p>"},
    };
    for (size_t i = 0; i < sizeof swallowing / sizeof swallowing[0]; i++) {
        guarded g;
        run_guard(&g, swallowing[i][0], strlen(swallowing[i][0]), 400, 256, 32);
        assert_true(g.rep.changed & PITH_GUARD_NOSCRIPT);
        assert_int_equal(g.len, strlen(swallowing[i][1]));
        assert_memory_equal(g.data, swallowing[i][1], g.len);
        guarded_free(&g);
    }
    static const char *const kept[] = {
        "<body><noscript><iframe src=gtm></iframe></noscript><p>The page.</p>",
        "<body><noscript><style>p{}</style></noscript><p>The page.</p>",
        "<body><iframe src=x /><p>Fallback text of a frame.</p>",
        "<body><noscript><iframe src=x />", /* no </noscript>: gumbo's reading stands */
        /* no </noscript>, and the title's end tag holds the last '<' of the
         * input: no </noscript> comes after the last '<' either */
        "<noscript><title>y </title>",
        "<noscript><title><y </title>",
    };
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
        guarded g;
        run_guard(&g, kept[i], strlen(kept[i]), 400, 256, 32);
        assert_int_equal(g.rep.dropped_tags, 0);
        assert_ptr_equal(g.data, kept[i]);
        guarded_free(&g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ordinary_page_is_passed_through),
        cmocka_unit_test(test_deep_divs_are_cut_with_their_end_tags),
        cmocka_unit_test(test_every_nesting_pattern_is_bounded),
        cmocka_unit_test(test_flat_repetitions_are_not_cut),
        cmocka_unit_test(test_svg_self_closing_does_not_nest),
        cmocka_unit_test(test_raw_text_elements_are_never_removed),
        cmocka_unit_test(test_attributes_past_the_limit_are_dropped),
        cmocka_unit_test(test_duplicate_attributes_are_dropped),
        cmocka_unit_test(test_overflowing_charrefs_become_replacement),
        cmocka_unit_test(test_reconstruction_bomb_is_defused),
        cmocka_unit_test(test_formatting_run_is_capped),
        cmocka_unit_test(test_the_guard_is_idempotent),
        cmocka_unit_test(test_truncated_and_odd_markup),
        cmocka_unit_test(test_tree_model_follows_gumbo),
        cmocka_unit_test(test_raw_text_end_tag_is_kept),
        cmocka_unit_test(test_removed_tag_keeps_text_apart),
        cmocka_unit_test(test_noscript_raw_text_ends_with_the_noscript),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
