/*
 * html_scan_test.c — the tokenizer rules the passes before the parse share
 * (src/input/html_scan.c): what a '<' starts, where comments, bogus
 * comments, CDATA sections, raw text, script data and tags end, and the
 * attributes a tag hands its callback.  The expected ends are read off the
 * WHATWG tokenizer states by hand.
 */
#include "testutil.h"

#include "input/html_scan.h"

static pith_html_markup markup(const char *s)
{
    return pith_html_markup_at(s, strlen(s), 0);
}

static void test_what_a_lt_starts(void **state)
{
    (void)state;
    assert_int_equal(markup("<a href=x>"), PITH_HTML_START_TAG);
    assert_int_equal(markup("</P>"), PITH_HTML_END_TAG);
    assert_int_equal(markup("</>"), PITH_HTML_EMPTY_END_TAG);
    assert_int_equal(markup("<!---->"), PITH_HTML_COMMENT);
    assert_int_equal(markup("<![CDATA[x]]>"), PITH_HTML_CDATA);
    assert_int_equal(markup("<![cdata[x]]>"), PITH_HTML_DECLARATION); /* case matters */
    assert_int_equal(markup("<!DOCTYPE html>"), PITH_HTML_DECLARATION);
    assert_int_equal(markup("<!-x>"), PITH_HTML_DECLARATION);
    assert_int_equal(markup("<?xml?>"), PITH_HTML_BOGUS);
    assert_int_equal(markup("</3>"), PITH_HTML_BOGUS);
    assert_int_equal(markup("<3"), PITH_HTML_TEXT);
    assert_int_equal(markup("< b>"), PITH_HTML_TEXT);
    assert_int_equal(markup("<"), PITH_HTML_CUT);
    assert_int_equal(markup("</"), PITH_HTML_CUT);
}

/* The comment is the first `len` bytes of s (all of s when len is 0). */
static void comment_is(const char *s, size_t len)
{
    size_t n = strlen(s);
    assert_int_equal(pith_html_comment_end(s, n, 4), len ? len : n);
}

static void test_comment_end(void **state)
{
    (void)state;
    comment_is("<!-->x-->", 5);            /* abrupt */
    comment_is("<!--->x-->", 6);           /* abrupt, one dash */
    comment_is("<!---->x-->", 7);
    comment_is("<!-- a -->b-->", 10);
    comment_is("<!-- a --!>b-->", 11);     /* "--!>" */
    comment_is("<!-- a --!-->b-->", 13);   /* end bang, then dashes */
    comment_is("<!-- a ---->b", 12);       /* more dashes at the end */
    comment_is("<!-- a --!x -->b", 15);    /* "--!" then text: goes on */
    comment_is("<!---x-->b", 9);
    comment_is("<!-- a -- > b -->", 0);    /* "-- >" is text */
    comment_is("<!-- a --", 0);            /* runs to the end */
}

static void test_bogus_comment_and_cdata_end(void **state)
{
    (void)state;
    const char *bogus = "<?xml a?>b>";
    assert_int_equal(pith_html_bogus_comment_end(bogus, strlen(bogus), 2), 9);
    assert_int_equal(pith_html_bogus_comment_end("<!x", 3, 2), 3);
    const char *cdata = "<![CDATA[a]>]] >]]]>b]]>";
    assert_int_equal(pith_html_cdata_end(cdata, strlen(cdata), 9), 20);
    assert_int_equal(pith_html_cdata_end("<![CDATA[]]", 11, 9), 11);
}

static bool end_tag(const char *s)
{
    return pith_html_end_tag_at(s, strlen(s), 0, "script");
}

static void test_end_tag_at(void **state)
{
    (void)state;
    assert_true(end_tag("</script>"));
    assert_true(end_tag("</SCRIPT "));
    assert_true(end_tag("</ScRiPt/"));
    assert_false(end_tag("</scripts>"));
    assert_false(end_tag("</script"));   /* nothing ends the name yet */
    assert_false(end_tag("</ script>"));
    assert_false(end_tag("<script>"));
}

static void test_raw_text_end(void **state)
{
    (void)state;
    const char *s = "a</styl></stylex></b></STYLE >x";
    assert_int_equal(pith_html_raw_text_end(s, strlen(s), 0, "style"), 21);
    assert_int_equal(pith_html_raw_text_end(s, strlen(s), 0, "title"), strlen(s));
}

/* The script body s ends at its only upper-case "</SCRIPT" (or runs to the
 * end when there is none). */
static void script_ends_at_upper_end_tag(const char *s)
{
    const char *end = strstr(s, "</SCRIPT");
    size_t want = end ? (size_t)(end - s) : strlen(s);
    assert_int_equal(pith_html_script_end(s, strlen(s), 0), want);
}

static void test_script_end(void **state)
{
    (void)state;
    script_ends_at_upper_end_tag("var a = '</scriptx>'; </SCRIPT>");
    script_ends_at_upper_end_tag("<!-- </SCRIPT>");               /* escaped: ends */
    script_ends_at_upper_end_tag("<!-- <script> </script> </SCRIPT>"); /* double escaped */
    script_ends_at_upper_end_tag("<!-- <script> --> </SCRIPT>");  /* "-->": plain again */
    script_ends_at_upper_end_tag("<!--> </SCRIPT>");              /* "<!-->" closes at once */
    script_ends_at_upper_end_tag("<!--<script>--></SCRIPT>");
    script_ends_at_upper_end_tag("<!-- <scripts> </SCRIPT>");     /* not "<script" */
    script_ends_at_upper_end_tag("<!-- <script/> </script > </SCRIPT>");
    script_ends_at_upper_end_tag("<!-- <script> <!-- --> </SCRIPT>");
    script_ends_at_upper_end_tag("<!-- <script> -x-> </script> </SCRIPT>"); /* "->" alone */
    script_ends_at_upper_end_tag("<!-- <script> --!> </script> </SCRIPT>"); /* no "--!>" */
    script_ends_at_upper_end_tag("<!-- <script> - -> </script> x");
    script_ends_at_upper_end_tag("x <!- <script> </SCRIPT>");     /* "<!-" escapes nothing */
}

/* The attributes a tag hands its callback, as "name=value;" ("name;"
 * without a value). */
typedef struct seen {
    const char *s;
    char text[256];
    int stop_after; /* stop the scan after this many, or 0 */
    int count;
} seen;

static bool note(void *ctx, const pith_html_attr *a)
{
    seen *v = ctx;
    size_t len = strlen(v->text);
    snprintf(v->text + len, sizeof v->text - len, a->has_value ? "%.*s=%.*s;" : "%.*s;",
             (int)a->name_len, v->s + a->name, (int)a->value_len, v->s + a->value);
    return ++v->count != v->stop_after;
}

/* Scan the tag s (a start tag from its '<'); returns its end. */
static size_t scan(const char *s, seen *v, bool *self_closing)
{
    size_t n = strlen(s), name_end = pith_html_tag_name_end(s, n, 1);
    v->s = s;
    v->text[0] = '\0';
    v->count = 0;
    return pith_html_scan_tag(s, n, name_end, note, v, self_closing);
}

static void test_tags_and_attributes(void **state)
{
    (void)state;
    seen v = {0};
    bool sc;
    const char *t = "<a href=\"x>y\" title='z' data=u/v checked>rest";
    assert_int_equal(scan(t, &v, &sc), strstr(t, "rest") - t);
    assert_string_equal(v.text, "href=x>y;title=z;data=u/v;checked;");
    assert_false(sc);

    assert_int_equal(scan("<br/>", &v, &sc), 5);
    assert_true(sc);
    assert_int_equal(scan("<br / >", &v, &sc), 7);
    assert_false(sc); /* '/' then a space: not self-closing */
    assert_int_equal(scan("<a b=c/>", &v, &sc), 8);
    assert_false(sc); /* the '/' is in the unquoted value */
    assert_string_equal(v.text, "b=c/;");

    scan("<a =x b = \"c\"d=e f=>", &v, &sc);
    assert_string_equal(v.text, "=x;b=c;d=e;f=;"); /* '=' may start a name */
    scan("<a b/c>", &v, &sc);
    assert_string_equal(v.text, "b;c;");

    assert_int_equal(scan("<a b=\"c>", &v, &sc), 0); /* ends inside a value */
    assert_int_equal(scan("<a b", &v, &sc), 0);
    v.stop_after = 1;
    assert_int_equal(scan("<a b c>", &v, &sc), 0);   /* the callback stopped it */
    assert_string_equal(v.text, "b;");

    assert_int_equal(pith_html_tag_name_end("<div class", 10, 1), 4);
    assert_int_equal(pith_html_tag_name_end("<div/>", 6, 1), 4);
    assert_int_equal(pith_html_tag_name_end("<div", 4, 1), 4); /* = n: cut by the end */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_what_a_lt_starts),
        cmocka_unit_test(test_comment_end),
        cmocka_unit_test(test_bogus_comment_and_cdata_end),
        cmocka_unit_test(test_end_tag_at),
        cmocka_unit_test(test_raw_text_end),
        cmocka_unit_test(test_script_end),
        cmocka_unit_test(test_tags_and_attributes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
