/*
 * content_test.c — the content stage: the paragraph classifier, the favor
 * modes and the confidence score, through the public API.
 */
#include "testutil.h"

#include "pith.h"

#define PROSE1 "<p>The council met on Tuesday evening to discuss the future of the old railway " \
               "bridge, which has stood over the river since the town was founded, and which " \
               "many residents would like to see restored rather than replaced.</p>"
#define PROSE2 "<p>Engineers told the meeting that the iron frame is sound, but that the " \
               "wooden deck has rotted in several places, and that repairs would take at least " \
               "a year and cost more than the council had set aside for the work.</p>"
#define PROSE3 "<p>After a long debate the council agreed to commission a second survey, and " \
               "to put the question to a public vote in the spring, when the results of that " \
               "survey are expected to be known to everyone who wants to read them.</p>"

static const char with_link_line[] =
    "<html><body><article>" PROSE1
    "<p>See <a href='/a'>Bridge history</a> and <a href='/b'>Council minutes</a> here</p>" PROSE2
    PROSE3 "</article></body></html>";

static pith_result *extract(const char *html, pith_favor favor)
{
    pith_options o;
    pith_options_init(&o);
    o.favor = favor;
    pith_result *r = pith_extract(html, strlen(html), &o);
    assert_non_null(r);
    assert_int_equal(r->status, PITH_OK);
    return r;
}

/* A short line that is mostly links is kept in balanced mode (it might be
 * part of the story) and dropped when precision is asked for. */
static void test_precision_drops_link_line(void **state)
{
    (void)state;
    pith_result *b = extract(with_link_line, PITH_FAVOR_BALANCED);
    pith_result *p = extract(with_link_line, PITH_FAVOR_PRECISION);
    assert_non_null(strstr(b->text, "Bridge history"));
    assert_null(strstr(p->text, "Bridge history"));
    assert_non_null(strstr(p->text, "iron frame is sound"));
    assert_non_null(strstr(p->text, "second survey"));
    pith_result_free(b);
    pith_result_free(p);
}

/* Recall mode never loses what balanced mode keeps. */
static void test_recall_keeps_balanced(void **state)
{
    (void)state;
    pith_result *b = extract(with_link_line, PITH_FAVOR_BALANCED);
    pith_result *r = extract(with_link_line, PITH_FAVOR_RECALL);
    assert_non_null(strstr(r->text, "railway bridge") ? r->text : NULL);
    assert_true(r->text_len >= b->text_len);
    pith_result_free(b);
    pith_result_free(r);
}

/* The article's prose split over two distant boxes: the recall pass
 * brings the second box in when the first alone is clearly truncated. */
static void test_recall_pass_joins_split_article(void **state)
{
    (void)state;
    static const char split[] =
        "<html><body><div class='layout'>"
        "<div class='col'><div class='box'><div class='inner'><p>Short opening line of the "
        "story, with a comma.</p></div></div></div>"
        "<div class='col2'><div><div><section>" PROSE1 PROSE2 PROSE3 "</section></div></div>"
        "</div></div></body></html>";
    pith_result *r = extract(split, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "iron frame is sound"));
    pith_result_free(r);
}

/* Confidence: high for an article, low for a page of links. */
static void test_confidence(void **state)
{
    (void)state;
    pith_result *a = extract(with_link_line, PITH_FAVOR_BALANCED);
    static const char links[] =
        "<html><body><ul><li><a href=/1>One story about the weather today</a></li>"
        "<li><a href=/2>Another story about the markets this week</a></li>"
        "<li><a href=/3>A third story about a football match</a></li></ul>"
        "<p>Welcome to our site, with news.</p></body></html>";
    pith_result *l = pith_extract(links, sizeof links - 1, NULL);
    assert_non_null(l);
    assert_true(a->confidence > 0.5);
    assert_true(l->confidence < a->confidence);
    pith_result_free(a);
    pith_result_free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_precision_drops_link_line),
        cmocka_unit_test(test_recall_keeps_balanced),
        cmocka_unit_test(test_recall_pass_joins_split_article),
        cmocka_unit_test(test_confidence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
