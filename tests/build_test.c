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
        "read <a href='/t/open'>Open World</a><a href='/t/coop'>Co-op</a> on the bridge "
        "page.</p><p><span class=cap>I</span><span>f you cross on the 3</span><sup>rd</sup> "
        "of May, <span>%</span><span>20</span> off the toll.</p>");
    pith_result *r = extract(page);
    assert_non_null(r);
    assert_non_null(strstr(r->text, "2026 1h 54m R and"));
    assert_non_null(strstr(r->text, "Open World Co-op on"));
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_room_between_words),
        cmocka_unit_test(test_abutting_siblings),
        cmocka_unit_test(test_capital_at_an_inline_edge),
        cmocka_unit_test(test_blocks_inside_code),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
