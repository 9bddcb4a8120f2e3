/*
 * dom_test.c — the parsed page (dom/): the flat element table and its
 * subtree ranges, the element predicates every later stage asks, text
 * statistics, element text and the iterative walker.
 */
#include "stage.h"

#include "dom/dom.h"

/* The table is in document order; a subtree is [i, end), parents and
 * depths follow the tree, and html, head and body are found. */
static void test_flat_table(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<html><head><title>T</title></head><body>"
               "<div id=a><p id=b>One <em id=e>two</em></p><p id=c>Three</p></div>"
               "<p id=d>Four</p></body></html>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    const pith_dom *dom = &s.ctx.dom;
    uint32_t a = test_find_id(dom, "a"), b = test_find_id(dom, "b");
    uint32_t e = test_find_id(dom, "e"), c = test_find_id(dom, "c");
    uint32_t d = test_find_id(dom, "d");
    assert_int_equal(dom->html, 0);
    assert_int_equal(dom->els[dom->head].tag, GUMBO_TAG_HEAD);
    assert_int_equal(dom->els[dom->body].tag, GUMBO_TAG_BODY);
    assert_int_equal(dom->els[0].end, dom->n);
    assert_true(a < b && b < e && e < c && c < d);
    assert_int_equal(dom->els[a].end, c + 1); /* a holds b, e and c, not d */
    assert_int_equal(dom->els[b].end, e + 1);
    assert_int_equal(dom->els[a].parent, dom->body);
    assert_int_equal(dom->els[e].parent, b);
    assert_int_equal(dom->els[c].parent, a);
    assert_int_equal(dom->els[e].depth, dom->els[a].depth + 2);
    assert_true(dom->els[b].flags & PITH_EL_BLOCK);
    assert_false(dom->els[e].flags & PITH_EL_BLOCK);
    test_unstage(&s);
}

/* A streamed segment (<div hidden id="S:k">, sent at the end of the body)
 * takes the place of its placeholder (<template id="B:k"> or "P:k") and is
 * shown, and what showed until then between <!--$?--> and <!--/$--> goes,
 * as the page's script does; one without a placeholder stays where it is,
 * hidden; one whose placeholder lies inside itself is left alone. */
static void test_streamed_segments_take_their_placeholders(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<body><main id=m><p id=a>Intro.</p>"
               "<!--$?--><template id=\"B:1\"></template><p class=wait>Loading...</p><!--/$-->"
               "<p id=c>Outro.</p></main><footer id=f>Footer.</footer>"
               "<div hidden id=\"S:1\"><p id=b>Late part.</p><template id=\"P:2\"></template></div>"
               "<div hidden id=\"S:2\"><p id=d>Nested late part.</p></div>"
               "<div hidden id=\"S:3\"><p id=e>No placeholder.</p></div>"
               "<div hidden id=\"S:4\"><template id=\"B:4\"></template></div></body>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    const pith_dom *dom = &s.ctx.dom;
    uint32_t m = test_find_id(dom, "m"), a = test_find_id(dom, "a");
    uint32_t b = test_find_id(dom, "b"), c = test_find_id(dom, "c");
    uint32_t d = test_find_id(dom, "d"), e = test_find_id(dom, "e");
    uint32_t f = test_find_id(dom, "f"), s1 = test_find_id(dom, "S:1");
    assert_true(a < b && b < d && d < c && c < f && f < e); /* in place, in order */
    assert_true(b > m && d < dom->els[m].end);                /* inside <main> */
    assert_int_equal(pith_el_hidden_by(&dom->els[s1]), 0);
    for (uint32_t i = 0; i < dom->n; i++) /* the fallback went, as the script removes it */
        assert_null(dom->els[i].cls);
    assert_true(pith_el_hidden_by(&dom->els[dom->els[e].parent]) & PITH_HIDDEN_ATTR);
    uint32_t s4 = test_find_id(dom, "S:4");
    assert_int_equal(dom->els[s4].parent, dom->body);
    assert_true(pith_el_hidden_by(&dom->els[s4]) & PITH_HIDDEN_ATTR);
    test_unstage(&s);
}

/* An <svg> holding SVG elements only is laid out empty, as elision leaves
 * it; one that holds HTML (through a <foreignObject>) keeps its insides. */
static void test_drawings_are_laid_out_empty(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<body><p id=a>Text.</p><svg id=d><g><text>BY</text><title>t</title></g>"
               "<path d=M0/></svg><p id=b>More.</p><svg id=f><foreignObject>"
               "<div id=h>HTML inside</div></foreignObject></svg><p id=c>End.</p></body>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    const pith_dom *dom = &s.ctx.dom;
    uint32_t d = test_find_id(dom, "d"), b = test_find_id(dom, "b");
    uint32_t f = test_find_id(dom, "f"), h = test_find_id(dom, "h");
    assert_int_equal(dom->els[d].end, d + 1); /* nothing under it */
    assert_int_equal(b, d + 1);
    assert_int_equal(dom->els[d].node->v.element.children.length, 0);
    assert_true(h > f && h < dom->els[f].end); /* kept whole */
    assert_int_equal(dom->els[test_find_id(dom, "c")].parent, dom->body);
    assert_int_equal(dom->els[dom->body].end, dom->n);
    test_unstage(&s);
}

static void test_tag_predicates(void **state)
{
    (void)state;
    for (GumboTag t = GUMBO_TAG_H1; t <= GUMBO_TAG_H6; t++)
        assert_true(pith_tag_is_heading(t));
    assert_false(pith_tag_is_heading(GUMBO_TAG_HEADER));
    assert_false(pith_tag_is_heading(GUMBO_TAG_HGROUP));
    assert_false(pith_tag_is_heading(GUMBO_TAG_P));
    assert_true(pith_tag_is_block(GUMBO_TAG_P));
    assert_true(pith_tag_is_block(GUMBO_TAG_LI));
    assert_true(pith_tag_is_block(GUMBO_TAG_BR));
    assert_false(pith_tag_is_block(GUMBO_TAG_SPAN));
    assert_false(pith_tag_is_block(GUMBO_TAG_A));
    assert_false(pith_tag_is_block(GUMBO_TAG_EM));
}

/* What the page's own markup hides, each way on its own and all at once;
 * styles in any case and spacing; aria-hidden only when "true". */
static void test_hidden_by(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<body><div id=attr hidden>a</div><div id=aria aria-hidden=TRUE>b</div>"
               "<div id=aria-no aria-hidden=false>c</div>"
               "<div id=none style='color: red; Display : None'>d</div>"
               "<div id=vis style='VISIBILITY:\thidden'>e</div>"
               "<div id=all hidden aria-hidden=true style=display:none>f</div>"
               "<div id=shown style='display: block'>g</div><div id=plain>h</div></body>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    const pith_dom *dom = &s.ctx.dom;
    assert_int_equal(pith_el_hidden_by(&dom->els[test_find_id(dom, "attr")]), PITH_HIDDEN_ATTR);
    assert_int_equal(pith_el_hidden_by(&dom->els[test_find_id(dom, "aria")]), PITH_HIDDEN_ARIA);
    assert_int_equal(pith_el_hidden_by(&dom->els[test_find_id(dom, "aria-no")]), 0);
    assert_int_equal(pith_el_hidden_by(&dom->els[test_find_id(dom, "none")]),
                     PITH_HIDDEN_STYLE);
    assert_int_equal(pith_el_hidden_by(&dom->els[test_find_id(dom, "vis")]), PITH_HIDDEN_STYLE);
    assert_int_equal(pith_el_hidden_by(&dom->els[test_find_id(dom, "all")]),
                     PITH_HIDDEN_ATTR | PITH_HIDDEN_ARIA | PITH_HIDDEN_STYLE);
    assert_int_equal(pith_el_hidden_by(&dom->els[test_find_id(dom, "shown")]), 0);
    assert_int_equal(pith_el_hidden_by(&dom->els[test_find_id(dom, "plain")]), 0);
    test_unstage(&s);
}

/* Attribute names in any case; an unknown tag's own name, lower-cased. */
static void test_attributes_and_names(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s, "<body><div id=x CLASS='Big Box' data-Kind=story></div><My-Widget id=w>"
                   "</My-Widget></body>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    const pith_dom *dom = &s.ctx.dom;
    const pith_el *x = &dom->els[test_find_id(dom, "x")];
    assert_string_equal(pith_attr(x, "class"), "Big Box");
    assert_string_equal(pith_attr(x, "Class"), "Big Box");
    assert_string_equal(pith_attr(x, "DATA-KIND"), "story");
    assert_null(pith_attr(x, "style"));
    pith_buf scratch = PITH_BUF_INIT;
    assert_string_equal(pith_tag_name(x, &scratch), "div");
    assert_string_equal(pith_tag_name(&dom->els[test_find_id(dom, "w")], &scratch), "my-widget");
    pith_buf_free(&scratch);
    test_unstage(&s);
}

/* rel holds whole tokens, split at any space, in any ASCII case: "author"
 * in rel="Author noopener", not in rel="coauthor" nor rel="authors". */
static void test_rel_tokens(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s, "<body><a id=a rel='noopener\tAuthor' href=/a>A</a>"
                   "<a id=b rel='coauthor authors' href=/b>B</a><a id=c href=/c>C</a>"
                   "<a id=d rel='  nofollow  ' href=/d>D</a></body>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    const pith_dom *dom = &s.ctx.dom;
    const pith_el *a = &dom->els[test_find_id(dom, "a")];
    const pith_el *b = &dom->els[test_find_id(dom, "b")];
    assert_true(pith_el_rel_holds(a, "author"));
    assert_true(pith_el_rel_holds(a, "noopener"));
    assert_false(pith_el_rel_holds(a, "noop"));
    assert_false(pith_el_rel_holds(b, "author"));
    assert_false(pith_el_rel_holds(&dom->els[test_find_id(dom, "c")], "author"));
    assert_true(pith_el_rel_holds(&dom->els[test_find_id(dom, "d")], "nofollow"));
    test_unstage(&s);
}

/* Non-space bytes, words and commas: ASCII, CJK (a character is a word;
 * the ideographic comma counts) and the underscore inside a word. */
static void test_text_count(void **state)
{
    (void)state;
    pith_text_stats st = {0, 0, 0};
    pith_text_count("Hello,  wide\tworld", 18, &st);
    assert_int_equal(st.chars, 15);
    assert_int_equal(st.words, 3);
    assert_int_equal(st.commas, 1);
    pith_text_stats cjk = {0, 0, 0};
    /* 北京，上海: four characters and a full-width comma, 3 bytes each */
    const char *s = "\xE5\x8C\x97\xE4\xBA\xAC\xEF\xBC\x8C\xE4\xB8\x8A\xE6\xB5\xB7";
    pith_text_count(s, strlen(s), &cjk);
    assert_int_equal(cjk.chars, 15);
    assert_int_equal(cjk.words, 4);
    assert_int_equal(cjk.commas, 1);
    pith_text_stats snake = {0, 0, 0};
    pith_text_count("snake_case word", 15, &snake);
    assert_int_equal(snake.words, 2);
}

/* Subtree statistics: text and link text, words, commas, paragraphs,
 * links and blocks, with script text left out. */
static void test_statistics(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<body><div id=d><p>Some text, here.</p><p><a href=/x>link words</a> rest</p>"
               "<script>var x = 1, y = 2;</script><a name=n>anchor</a></div></body>",
               PITH_FAVOR_BALANCED, TEST_STATS);
    const pith_el *d = &s.ctx.dom.els[test_find_id(&s.ctx.dom, "d")];
    assert_int_equal(d->text, 14 + 13 + 6);
    assert_int_equal(d->link_text, 9); /* an <a> without href is no link */
    assert_int_equal(d->words, 7);
    assert_int_equal(d->commas, 1);
    assert_int_equal(d->paras, 2);
    assert_int_equal(d->links, 1);
    assert_int_equal(d->blocks, 2);
    assert_int_equal(d->para_text, 14 + 13); /* its paragraphs', not the anchor's */
    const pith_el *p = &s.ctx.dom.els[test_find_tag(&s.ctx.dom, GUMBO_TAG_P, 1)];
    assert_int_equal(p->para_text, 13);
    test_unstage(&s);
}

/* Prose an element holds itself: own text and inline children (links
 * left out), and with with_paras its paragraphs; nested blocks never. */
static void test_prose(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<body><div id=d>Own text, here <a href=/>link</a> <b>bold</b>"
               "<p>para, one</p><div><p>nested</p></div></div></body>",
               PITH_FAVOR_BALANCED, TEST_STATS);
    uint32_t d = test_find_id(&s.ctx.dom, "d");
    pith_prose own = pith_el_prose(&s.ctx.dom, d, false);
    assert_int_equal(own.chars, 12 + 4);
    assert_int_equal(own.commas, 1);
    pith_prose all = pith_el_prose(&s.ctx.dom, d, true);
    assert_int_equal(all.chars, 12 + 4 + 8);
    assert_int_equal(all.commas, 2);
    test_unstage(&s);
}

/* Element text: white space collapsed, blocks parted by a space, script
 * left out; own_only leaves the blocks inside out; a cut at max never
 * leaves half a character. */
static void test_el_text(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<body><div id=d>  One\n two <p>Three</p>four<script>x()</script></div>"
               "<div id=o><p>Block</p>own <b>bold</b></div><p id=u>\xC3\xA9\xC3\xA9\xC3\xA9</p>"
               "</body>",
               PITH_FAVOR_BALANCED, TEST_STATS);
    const pith_dom *dom = &s.ctx.dom;
    pith_buf out = PITH_BUF_INIT;
    pith_el_text(dom, test_find_id(dom, "d"), &out, 0);
    assert_string_equal(out.data, "One two Three four");
    pith_buf_clear(&out);
    pith_el_text_ex(dom, test_find_id(dom, "o"), &out, 0, PITH_EL_DROPPED, true);
    assert_string_equal(out.data, "own bold");
    pith_buf_clear(&out);
    pith_el_text(dom, test_find_id(dom, "u"), &out, 3);
    assert_string_equal(out.data, "\xC3\xA9");
    pith_buf_free(&out);
    test_unstage(&s);
}

/* The walker's events over a subtree, skipping elements with a flag; and
 * pith_el_within, which looks at an element and its ancestors. */
static void test_walker_and_within(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s, "<body><div id=r>a<b>b</b><i id=skip>c</i><u>d</u></div></body>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    pith_dom *dom = &s.ctx.dom;
    uint32_t r = test_find_id(dom, "r"), skip = test_find_id(dom, "skip");
    dom->els[skip].flags |= PITH_EL_REJECTED;
    pith_buf trace = PITH_BUF_INIT, name = PITH_BUF_INIT;
    pith_walker w;
    pith_walker_init(&w, dom, r, PITH_EL_REJECTED);
    pith_walk_event ev;
    while ((ev = pith_walker_next(&w)) != PITH_WALK_DONE) {
        const char *tag = pith_tag_name(&dom->els[w.el], &name);
        if (ev == PITH_WALK_ENTER)
            pith_buf_printf(&trace, "<%s>", tag);
        else if (ev == PITH_WALK_LEAVE)
            pith_buf_printf(&trace, "</%s>", tag);
        else
            pith_buf_puts(&trace, w.text->v.text.text);
    }
    pith_walker_free(&w);
    assert_string_equal(trace.data, "<div>a<b>b</b><u>d</u></div>");
    assert_true(pith_el_within(dom, skip, PITH_EL_REJECTED)); /* the flag on <i> itself */
    dom->els[skip].flags &= ~(uint32_t)PITH_EL_REJECTED;
    dom->els[r].flags |= PITH_EL_REJECTED;
    assert_true(pith_el_within(dom, skip, PITH_EL_REJECTED)); /* from the ancestor */
    assert_false(pith_el_within(dom, dom->body, PITH_EL_REJECTED));
    pith_buf_free(&trace);
    pith_buf_free(&name);
    test_unstage(&s);
}

/* A walk deeper than the levels the walker holds in itself (it then
 * moves its stack to the heap) visits every level, in order. */
static void test_deep_walk(void **state)
{
    (void)state;
    enum { LEVELS = 3 * PITH_WALK_LOCAL };
    pith_buf page = PITH_BUF_INIT;
    pith_buf_puts(&page, "<body><div id=r>");
    for (int k = 0; k < LEVELS; k++)
        pith_buf_printf(&page, "<span>%d", k % 10);
    test_staged s;
    test_stage(&s, page.data, PITH_FAVOR_BALANCED, TEST_PARSE);
    pith_dom *dom = &s.ctx.dom;
    pith_buf text = PITH_BUF_INIT;
    int entered = 0, left = 0;
    pith_walker w;
    pith_walker_init(&w, dom, test_find_id(dom, "r"), 0);
    pith_walk_event ev;
    while ((ev = pith_walker_next(&w)) != PITH_WALK_DONE) {
        entered += ev == PITH_WALK_ENTER;
        left += ev == PITH_WALK_LEAVE;
        if (ev == PITH_WALK_TEXT)
            pith_buf_puts(&text, w.text->v.text.text);
    }
    pith_walker_free(&w);
    assert_int_equal(entered, LEVELS + 1);
    assert_int_equal(left, LEVELS + 1);
    assert_int_equal(text.len, LEVELS);
    assert_memory_equal(text.data, "0123456789", 10);
    pith_buf_free(&text);
    pith_buf_free(&page);
    test_unstage(&s);
}

/* Runs of alike siblings with text: a hidden <input> or a <script>
 * between two cards neither joins nor breaks their run (a shop's grid puts
 * one before each card); an unlike sibling with text, or a box shown
 * without text (a line break, a spacer), ends it. */
static void test_item_runs(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<body><div id=grid><input type=hidden><div id=a class=card>One</div>"
               "<input type=hidden><div id=b class=card>Two</div><script></script>"
               "<div id=c class=card>Three</div><p id=p>Text</p><div id=d class=card>Four</div>"
               "<br><div id=e class=card>Five</div>"
               "</div></body>",
               PITH_FAVOR_BALANCED, TEST_STATS);
    const pith_dom *dom = &s.ctx.dom;
    uint32_t *run = pith_dom_item_runs(dom, s.ctx.arena);
    assert_non_null(run);
    assert_int_equal(run[test_find_id(dom, "a")], 3);
    assert_int_equal(run[test_find_id(dom, "b")], 3);
    assert_int_equal(run[test_find_id(dom, "c")], 3);
    assert_int_equal(run[test_find_id(dom, "p")], 1);
    assert_int_equal(run[test_find_id(dom, "d")], 1);
    assert_int_equal(run[test_find_id(dom, "e")], 1);
    assert_int_equal(run[test_find_id(dom, "a") - 1], 0); /* the <input> */
    test_unstage(&s);
}

/* The heading a box is or opens with: the element itself when it is a
 * heading (even an empty one), else its first heading within the scan
 * (one with text, when asked); none past the scan or in a box without. */
static void test_heading_of(void **state)
{
    (void)state;
    static const char page[] =
        "<body><h2 id=h></h2><div id=a><div><h3 id=e></h3><h3 id=t>Title</h3></div></div>"
        "<div id=n><p>No heading.</p></div></body>";
    test_staged s;
    test_stage(&s, page, PITH_FAVOR_BALANCED, TEST_STATS);
    const pith_dom *dom = &s.ctx.dom;
    uint32_t h = test_find_id(dom, "h"), a = test_find_id(dom, "a"), n = test_find_id(dom, "n");
    uint32_t e = test_find_id(dom, "e"), t = test_find_id(dom, "t");
    assert_int_equal(pith_dom_heading_of(dom, h, 4, true), h);
    assert_int_equal(pith_dom_heading_of(dom, a, 4, false), e);
    assert_int_equal(pith_dom_heading_of(dom, a, 4, true), t);
    assert_int_equal(pith_dom_heading_of(dom, a, 2, true), PITH_NO_EL);
    assert_int_equal(pith_dom_heading_of(dom, n, 4, false), PITH_NO_EL);
    test_unstage(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_table),
        cmocka_unit_test(test_streamed_segments_take_their_placeholders),
        cmocka_unit_test(test_drawings_are_laid_out_empty),
        cmocka_unit_test(test_tag_predicates),
        cmocka_unit_test(test_hidden_by),
        cmocka_unit_test(test_attributes_and_names),
        cmocka_unit_test(test_rel_tokens),
        cmocka_unit_test(test_text_count),
        cmocka_unit_test(test_statistics),
        cmocka_unit_test(test_prose),
        cmocka_unit_test(test_el_text),
        cmocka_unit_test(test_walker_and_within),
        cmocka_unit_test(test_deep_walk),
        cmocka_unit_test(test_item_runs),
        cmocka_unit_test(test_heading_of),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
