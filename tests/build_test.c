/*
 * build_test.c — the assembly of a paragraph's text (src/content/build.c):
 * words the page shows apart stay apart in every output format, words the
 * page shows together stay together.
 */
#include "stage.h"

#include <string.h>

/* An article around one paragraph of test, for the content stage to keep. */
#define PAGE(P) "<html><body><article><h1>Old bridges</h1>" PROSE1 P PROSE2 PROSE3 \
                "</article></body></html>"

static pith_result *extract(const char *html)
{
    return test_extract_as(html, "article", PITH_FAVOR_BALANCED);
}

/* A picture, an icon or a control between two words takes room on screen:
 * the words read apart, in the text and in the markdown. */
static void test_room_between_words(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<p>Updated: May 9, 2024<img src='/a.png' alt=''>If you walk over the bridge at "
        "night<svg viewBox='0 0 1 1'><path d='M0 0'/></svg>The lamps light up one by one, "
        "type a name<input type=text name=q>Then wait for the lamps to come on again.</p>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "2024 If you walk"));
    assert_non_null(strstr(r->text, "at night The lamps"));
    assert_non_null(strstr(r->text, "type a name Then wait"));
    pith_result_free(r);
}

/* Inline siblings with nothing between them in the markup, laid out apart
 * by the style sheet: a capital or a digit after a word starts a new one;
 * a lower-case letter (a drop cap, "3rd") and a digit after a sign go on. */
static void test_abutting_siblings(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<p>The film runs <span>2026</span><span>1h 54m</span><span>R</span> and the tags "
        "read <a href='/t/row'>Rowing</a><a href='/t/coop'>Co-op</a> on the bridge "
        "page.</p><p><span class=cap>I</span><span>f you cross on the 3</span><sup>rd</sup> "
        "of May, <span>%</span><span>20</span> off the toll.</p>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "2026 1h 54m R and"));
    assert_non_null(strstr(r->text, "Rowing Co-op on"));
    assert_non_null(strstr(r->text, "If you cross on the 3rd of May, %20 off"));
    pith_result_free(r);
}

/* Any other inline edge with nothing between the words: a capital after
 * a lower-case letter or a stop starts a new word, as the page shows it;
 * inline code, written raw, is judged on its first byte. */
static void test_capital_at_an_inline_edge(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<p>Pros: the bridge is free and open to everyone<strong>Cons</strong>It closes "
        "for repairs every spring.<em>Note</em> the toll booth on the east side is gone.</p>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "open to everyone Cons It closes"));
    assert_non_null(strstr(r->text, "every spring. Note the toll booth"));
    pith_result_free(r);
    static const char code[] = PAGE(
        "<p>The sign on the bridge is written as <code>U+2126</code><code>0xE2 0x84 0xA6</code> "
        "in the survey, and you press <kbd>Ctrl</kbd>+<kbd>F</kbd><kbd>TAB</kbd> to find "
        "it in the council's old records, which are kept at the library.</p>");
    r = extract(code);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "U+2126 0xE2 0x84 0xA6 in the survey"));
    assert_non_null(strstr(r->text, "Ctrl+F TAB to find"));
    pith_result_free(r);
}

/* A capitalised word right after a number at an inline edge starts a new
 * word ("$12.50 Value", a note's number and its text); a unit's capital
 * stays on the number ("3D", "4K"). */
static void test_word_after_a_number(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<p>The bridge tour costs <span>$12.50</span>Value: a guide and a map, and the film "
        "of it is shot in 3<b>D</b> and shown in 4<span>K</span> at the town hall.</p>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "costs $12.50 Value: a guide"));
    assert_non_null(strstr(r->text, "shot in 3D and shown in 4K at"));
    pith_result_free(r);
}

/* A piece that opens with a lower-case letter and a capital is a name of
 * its own ("eSports", "iPhone"), not the rest of the word before it. */
static void test_inner_capital_after_a_word(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<p>The bridge game is tagged <a href='/t/puzzle'>Puzzle</a><a href='/t/es'>eSports"
        "</a> in the shop, and its map works on the<b>iPhone</b> as well as on the tablet.</p>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "tagged Puzzle eSports in the shop"));
    assert_non_null(strstr(r->text, "works on the iPhone as well"));
    pith_result_free(r);
}

/* A name written across an inline element that only styles its part of
 * it ("You<span>Tube</span>"): a capitalised word completed by another,
 * short together, stays one word; a label beside a lower-case word, a
 * long pair, a link and an element holding more than the word read apart. */
static void test_name_across_an_inline_element(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<p>The walk was filmed for You<span>Tube</span> and mapped with a Java<b>Script</b> "
        "tool, then shown on a Play<em>Station</em>. Pros: it is open to everyone<strong>Cons"
        "</strong>It is steep. The towns: Christchurch<em>Hamilton</em>, Auckland<a "
        "href='/w'>Wellington</a> and Nelson<b>Picton Ferry</b> are on the route.</p>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "filmed for YouTube and mapped with a JavaScript tool"));
    assert_non_null(strstr(r->text, "shown on a PlayStation."));
    assert_non_null(strstr(r->text, "open to everyone Cons It is steep"));
    assert_non_null(strstr(r->text, "Christchurch Hamilton, Auckland Wellington and "
                                    "Nelson Picton Ferry are"));
    pith_result_free(r);
}

/* A superscript number right after a word is a note's mark: it reads
 * apart from the word ("proactive 4", "bridge [12]"); after a short word
 * or a digit it is a power ("m2", "x2"), and letters stay on ("3rd"). */
static void test_note_mark_after_a_word(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<p>Only 39% of towns keep their bridges in repair<sup>4</sup> and the deck is 20 "
        "m<sup>2</sup> wide, as x<sup>2</sup> grows, on the 3<sup>rd</sup> of May; see the "
        "bridge<sup><a href='#n12'>[12]</a></sup> survey and 10<sup>6</sup> cars.</p>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "in repair 4 and the deck is 20 m2 wide, as x2 grows, on "
                                    "the 3rd of May; see the bridge [12] survey and 106 cars."));
    pith_result_free(r);
}

/* Lines of code in blocks inside a <pre> (a number per line, then the
 * line) read as lines, not run together. */
static void test_blocks_inside_code(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<pre><div><span>1</span><div>bridge --open</div></div>"
        "<div><span>2</span><div>bridge --close</div></div>\n<div>done</div></pre>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "1\nbridge --open\n2\nbridge --close\ndone"));
    pith_result_free(r);
}

/* A table laid out as a post (old forum software): the poster's card in
 * one cell, the post's paragraphs cut by <br>s beside it, making most of
 * the table's text.  It is unwrapped, its paragraphs kept apart; a data
 * table of two columns stays a table, short values or a long one its row
 * header names. */
static void test_post_laid_out_in_a_table(void **state)
{
    (void)state;
    static const char page[] = PAGE(
        "<table><tr><td>May 4, 2024, 06:40 PM</td><td>#1</td></tr>"
        "<tr><td><a href='/u/311'>bridgewalker</a><div>Junior Member</div></td>"
        "<td><div>The lamps on the east side of the bridge went out again last night, "
        "all of them at once, and the path was dark from one bank to the other."
        "<br><br>Who should I call about it?</div></td></tr></table>"
        "<table><tr><th>Span</th><th>Length</th></tr><tr><td>East</td><td>40 m</td></tr>"
        "<tr><td>West</td><td>38 m</td></tr></table>"
        "<table><tr><th>Lamps</th><td>Twelve iron lamps on each side of the bridge, cast in "
        "the town's foundry.<br><br>Lit by gas until the war, then by electricity.</td></tr>"
        "<tr><th>Paint</th><td>Green</td></tr></table>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "bridgewalker\n"));
    assert_null(strstr(r->text, "bridgewalker |"));
    assert_non_null(strstr(r->text, "to the other.\n\nWho should I call"));
    assert_non_null(strstr(r->text, "East | 40 m"));
    assert_non_null(strstr(r->text, "Lamps | Twelve iron lamps"));
    pith_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_room_between_words),
        cmocka_unit_test(test_abutting_siblings),
        cmocka_unit_test(test_capital_at_an_inline_edge),
        cmocka_unit_test(test_inner_capital_after_a_word),
        cmocka_unit_test(test_word_after_a_number),
        cmocka_unit_test(test_name_across_an_inline_element),
        cmocka_unit_test(test_note_mark_after_a_word),
        cmocka_unit_test(test_blocks_inside_code),
        cmocka_unit_test(test_post_laid_out_in_a_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
