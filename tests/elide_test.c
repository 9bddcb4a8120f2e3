/*
 * elide_test.c — the elision of script and style bodies (and of the
 * markup's indentation) before the parse (src/input/elide.c): what it
 * removes, what it keeps, where it stops, and that gumbo builds the same
 * tree either way (bench/tree.h compares the trees, leaving out only the
 * elided bodies' text, indentation outside <pre> and unread attributes).
 */
#include "testutil.h"

#include "../bench/tree.h"
#include "input/elide.h"

/* Elide in, check the result is want (NULL: unchanged) and that the tree
 * is the same as without elision. */
static void elides_to(const char *in, const char *want)
{
    size_t n = strlen(in);
    char *copy = strdup(in);
    assert_non_null(copy);
    pith_elide_stats st;
    size_t m = pith_elide(copy, n, &st);
    copy[m] = '\0';
    assert_string_equal(copy, want ? want : in);
    assert_int_equal(st.removed, n - m);

    pith_buf a = PITH_BUF_INIT, b = PITH_BUF_INIT;
    assert_true(tree_of(in, n, &a));
    assert_true(tree_of(copy, m, &b));
    assert_string_equal(a.data, b.data);
    pith_buf_free(&a);
    pith_buf_free(&b);
    free(copy);
}

/* As elides_to, and the scan must have stopped early. */
static void stops(const char *in, const char *want)
{
    char *copy = strdup(in);
    assert_non_null(copy);
    pith_elide_stats st;
    size_t m = pith_elide(copy, strlen(in), &st);
    copy[m] = '\0';
    assert_non_null(st.reason);
    free(copy);
    elides_to(in, want);
}

static void test_removes_script_and_style_bodies(void **state)
{
    (void)state;
    elides_to("<html><head><script>var a = 1 < 2;</script><style>p{color:red}</style></head>"
              "<body><p>Text</p><script src=x.js>x()</script></body></html>",
              "<html><head></head><body><p>Text</p><script></script></body></html>");
    elides_to("<SCRIPT>a</SCRIPT ><Style>b</sTyle/>", "<SCRIPT></SCRIPT ><Style></sTyle/>");
    elides_to("<script>a</scripts>b</script>c", "<script></script>c");
    elides_to("<script>never closed", "<script>");
    elides_to("<script>a</script\r>b", "<script></script\r>b");
}

/* Build 4000 documents of 3 to 2 + max random pieces (every other one
 * after `opening`, when given), elide each, and fail unless gumbo builds
 * the same tree from both.  Returns how many elision changed, or, with
 * `gone`, how many lost every tag that starts so. */
static int random_trees_agree(const char *const *pieces, size_t np, uint32_t rng, int max,
                              const char *opening, const char *gone)
{
    pith_buf doc = PITH_BUF_INIT, a = PITH_BUF_INIT, b = PITH_BUF_INIT;
    int changed = 0;
    for (int iter = 0; iter < 4000; iter++) {
        pith_buf_clear(&doc);
        if (opening && iter % 2)
            pith_buf_puts(&doc, opening);
        rng = rng * 1103515245u + 12345u;
        int count = 3 + (int)((rng >> 16) % (uint32_t)max);
        for (int k = 0; k < count; k++) {
            rng = rng * 1103515245u + 12345u;
            pith_buf_puts(&doc, pieces[(rng >> 16) % np]);
        }
        char *copy = strdup(doc.data);
        assert_non_null(copy);
        size_t m = pith_elide(copy, doc.len, NULL);
        copy[m] = '\0';
        changed += gone ? strstr(doc.data, gone) && !strstr(copy, gone) : m < doc.len;
        pith_buf_clear(&a);
        pith_buf_clear(&b);
        assert_true(tree_of(doc.data, doc.len, &a));
        assert_true(tree_of(copy, m, &b));
        if (strcmp(a.data, b.data) != 0)
            fail_msg("trees differ for: %s", doc.data);
        free(copy);
    }
    pith_buf_free(&doc);
    pith_buf_free(&a);
    pith_buf_free(&b);
    return changed;
}

/* In the <head>, once it has begun, a script, style or unread <link>
 * goes whole, start tag to end tag, where its going changes nothing else
 * in the tree; elsewhere it is emptied. */
static void test_scripts_styles_links_go_whole(void **state)
{
    (void)state;
    elides_to("<head><meta charset=utf-8><script src=a.js>a()</script>\n<style media=all "
              "data-x=1>p{}</style><link rel=preload href=f.woff><title>T</title></head>\n"
              "<script>b()</script><body><p>x</p>\n<script>c()</script>\n<p>y</p></body>",
              "<head>\n<title>T</title></head>\n<body><p>x</p>\n<script></script>\n"
              "<p>y</p></body>");
    /* Before the <head> a script would open it. */
    elides_to("<script>a</script><html><script>b</script><head>",
              "<script></script><html><script></script><head>");
    /* In the body (a start or end tag of the body begins it), in a
     * template, in a <noscript>. */
    elides_to("<head><p>a</p><script>x</script>", "<head><p>a</p><script></script>");
    elides_to("<head></p><script>x</script>", "<head></p><script></script>");
    elides_to("<head><template><style>x</style></template><style>y</style>",
              "<head><template><style></style></template>");
    elides_to("<head><noscript><script>x</script></noscript><script>y</script>",
              "<head><noscript><script></script></noscript>");
    /* Where the text after it would join the text before: "<", "&am",
     * "\r"; after "</>". */
    elides_to("<head><<script>x</script>b", "<head><<script></script>b");
    elides_to("<head>&am<script>x</script>p;", "<head>&am<script></script>p;");
    elides_to("<head>\r<script>x</script>\nb", "<head>\r<script></script>\nb");
    elides_to("<head></><script>x</script><b>c</b>", "<head></><script></script><b>c</b>");
}

/* A <meta> of the <head> that no stage reads goes whole (its name,
 * property and http-equiv hold no key read, it has no itemprop or value,
 * and no character reference: a charset was read before, by the decoder);
 * others stay, and in the body every <meta> stays (it counts in the
 * structure). */
static void test_unread_metas_go(void **state)
{
    (void)state;
    elides_to("<head><title>T</title><meta name=viewport content=\"width=device-width\">\n"
              "<meta property=\"og:title\" content=A><meta NAME=\"Twitter:Label1\" content=B>"
              "<meta property=\"fb:app_id twitter:card\" content=1><meta charset=utf-8>"
              "<meta itemprop=name content=N><meta name=\"x dc.date\" content=2020>"
              "<meta http-equiv=refresh content=5><meta name=\"&#103;enerator\" content=G>"
              "<meta name=robots value=2020-01-01></head><body><meta name=viewport content=x>",
              "<head><title>T</title>\n<meta property=\"og:title\" content=A>"
              "<meta NAME=\"Twitter:Label1\" content=B>"
              "<meta itemprop=name content=N><meta name=\"x dc.date\" content=2020>"
              "<meta name=\"&#103;enerator\" content=G><meta name=robots value=2020-01-01>"
              "</head><body><meta name=viewport content=x>");
    assert_true(pith_elide_meta_key_read("og:title", 8));
    assert_true(pith_elide_meta_key_read(" OG:Description ", 16));
    assert_true(pith_elide_meta_key_read("twitter:data2", 13));
    assert_false(pith_elide_meta_key_read("viewport", 8));
    assert_false(pith_elide_meta_key_read("", 0));
}

/* Random documents around the scripts, styles and <link>s that elision
 * removes whole, and the places where it must not (before the <head>, in
 * the body, templates and <noscript>, after what would join the text after
 * it: "<", "&am"): whatever the mix, the trees must agree.  No "\r": the
 * indentation cut joins "\r \n" into one line break already. */
static void test_random_documents_around_removed_elements(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "<script>x()</script>", "<script async src=a.js></script>", "<style>p{}</style>",
        "<style media=print>p{}</style>", "<link rel=stylesheet href=a.css>",
        "<link rel=canonical href=c>", "<script type=application/ld+json>{}</script>",
        "<meta name=viewport content=v>", "<meta property=og:title content=t>",
        "<!DOCTYPE html>", "<html>", "<head>", "</head>", "<body>", "</body>", "</html>",
        "<meta charset=utf-8>", "<title>t</title>", "<base href=b>", "<template>", "</template>",
        "<noscript>", "</noscript>", "<table>", "<td>", "<pre>", "<p>", "</p>", "<b>", "</b>",
        "<div>", "<svg>", "</svg>", "<!--c-->", "<", "&am", "p;", "&#6", "0;", "\n", "\n  ",
        " ", "text",
    };
    int removed_some = random_trees_agree(pieces, sizeof pieces / sizeof pieces[0], 4242, 30,
                                          "<head>", "<style");
    assert_true(removed_some > 50); /* the test exercises the removal */
}

static void test_keeps_json_ld(void **state)
{
    (void)state;
    elides_to("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>", NULL);
    elides_to("<script type='Application/LD+JSON; charset=utf-8'>{}</script>", NULL);
    elides_to("<script type=\"application/ld&#43;json\">{}</script>", NULL);
    elides_to("<script type=\"application/json\">{\"a\":1}</script>", "<script></script>");
}

/* The kinds of <link> a stage reads keep what they need; the others
 * (stylesheets, icons, preloads, feeds) lose every attribute. */
static void test_unread_links_are_emptied(void **state)
{
    (void)state;
    elides_to("<head><link rel=stylesheet href=a.css media=all><link rel='shortcut icon'"
              " href=/f.ico /><link href=/b.css><link rel>\n<title>T</title>",
              "<head>\n<title>T</title>");
    elides_to("<link rel=canonical href=/a data-x=1><link REL=\"Tag category\" href=/t>"
              "<link rel=License href=/l><link rel=image_src href=/i.jpg>",
              "<link rel=canonical href=/a ><link REL=\"Tag category\" href=/t>"
              "<link rel=License href=/l><link rel=image_src href=/i.jpg>");
    /* The first rel counts, as for the parser; a character reference may
     * spell a kind that is read. */
    elides_to("<link rel=preload rel=canonical href=/a>", "<link>");
    elides_to("<link rel=\"&#99;anonical\" href=/a>", NULL);
    elides_to("<body><p>a<link rel=stylesheet href=x.css>b</p>", "<body><p>a<link>b</p>");
}

static void test_script_escapes(void **state)
{
    (void)state;
    /* "<!--" then "<script>" inside a script: "</script>" does not end it
     * until the double escape is left. */
    elides_to("<script><!--<script>x</script>y--></script><p>after</p>",
              "<script></script><p>after</p>");
    elides_to("<script><!--<script>x</script>y</script><p>z</p>",
              "<script></script><p>z</p>");
    elides_to("<script><!-- x </script><p>z</p>", "<script></script><p>z</p>");
    elides_to("<script><!--><script></script><p>z</p>", "<script></script><p>z</p>");
}

static void test_markup_that_only_looks_like_a_script(void **state)
{
    (void)state;
    elides_to("<!-- <script>x</script> --><p>a</p>", "<p>a</p>");
    elides_to("<div title=\"<script>x</script>\">a</div>", NULL);
    elides_to("<div title='<style>'>a</div><style>b</style>",
              "<div title='<style>'>a</div><style></style>");
    elides_to("<textarea><script>x</script></textarea><script>y</script>",
              "<textarea><script>x</script></textarea><script></script>");
    elides_to("<title><style>x</style></title>", NULL);
    elides_to("<xmp><script>x</script></xmp>", NULL);
    elides_to("<!--> <script>a</script>", "<!--> <script></script>");
    elides_to("<!-- a --!> <script>b</script>", " <script></script>");
    elides_to("<p>x<!-- a --!> <script>b</script>", "<p>x<!----!> <script></script>");
    elides_to("<!DOCTYPE html PUBLIC \"a>b\"><script>c</script>",
              "<!DOCTYPE html PUBLIC \"a>b\"><script></script>");
    elides_to("<?xml <script>a?><p>b</p>", NULL);
    elides_to("<a href=x/><script>a</script>", "<a href=x/><script></script>");
}

static void test_comments_are_emptied_or_removed(void **state)
{
    (void)state;
    elides_to("<p>a<!-- note -->b</p>", "<p>a<!---->b</p>");
    elides_to("<!----><!---><!--x-->", "<!---><!---->");
    elides_to("<!-- a -- b --->c", "<!---->c");
    elides_to("<!--[if IE]><p>old</p><![endif]--><p>new</p>", "<p>new</p>");
    elides_to("<p>x</p><!-- never closed", NULL);
    /* Between tags, with only white space around, a comment goes whole (two
     * white-space texts become one); between texts it stays, and where a
     * line break would change: after a <pre>, between CR and LF. */
    elides_to("<div>\n<!-- a -->\n<!--b--> <p>x</p>", "<div>\n\n <p>x</p>");
    elides_to("<p>By <!-- -->Jane</p><p>a <!-- b --> </p>", "<p>By <!---->Jane</p><p>a <!----> </p>");
    elides_to("<pre><!--c-->\nx</pre>", "<pre><!---->\nx</pre>");
    elides_to("<form><!--c-->\n</form>", "<form><!---->\n</form>");
    elides_to("<p>\r<!--c-->\n</p>", "<p>\r<!---->\n</p>");
    /* React's boundary markers, which the parse reads, keep their text. */
    elides_to("<!--$?--><template id=\"B:0\"></template><!--/$--><!--$--><!--$!--><!--$$-->",
              "<!--$?--><template id=\"B:0\"></template><!--/$--><!--$--><!--$!--><!---->");
}

static void test_svg_and_math(void **state)
{
    (void)state;
    /* Inside SVG a <style> is an ordinary element, and the content of an
     * <svg> whose end the scan reaches is removed whole, the <svg> tag and
     * its attributes kept; the scan goes on after it. */
    elides_to("<svg viewBox='0 0 9 9'><style>.a{}</style><title>Share</title><path d='M0'/>"
              "</svg><script>x</script>",
              "<svg viewBox='0 0 9 9'></svg><script></script>");
    elides_to("<svg/><script>x</script>", "<svg/><script></script>");
    elides_to("<math><mi>x</mi></math><style>a</style>", "<math><mi>x</mi></math><style></style>");
    elides_to("<svg><svg></svg><g></g></svg><style>a</style>", "<svg></svg><style></style>");
    elides_to("<p>a<svg><g><path d='M0'></g></svg>b</p>", "<p>a<svg></svg>b</p>");
    /* Comments inside are emptied before the content goes. */
    elides_to("<p>a</p>\n  <svg><g><!-- one --><path/><!-- two --></g></svg>\n  <p>b<!-- c -->",
              "<p>a</p>\n<svg></svg>\n<p>b<!---->");
    /* An <svg> the input ends in keeps its content. */
    elides_to("<svg><g><path d='M0'>", NULL);
    /* What the scan cannot follow ends it. */
    stops("<svg><p>breaks out</p></svg><script>x</script>", NULL);
    stops("<svg><foreignObject><div></svg></div></foreignObject><style>x</style>", NULL);
    stops("<svg><g></b></svg><script>x</script>", NULL);
    stops("<svg><![CDATA[ > ]]></svg><script>x</script>", NULL);
    elides_to("<svg><![CDATA[ x ]]></svg><script>x</script>",
              "<svg></svg><script></script>");
    /* "<svg a=b/>" is not self-closing: the value is "b/". */
    stops("<svg a=b/><p>x</p><script>y</script>", NULL);
}

static void test_select_template_frameset(void **state)
{
    (void)state;
    elides_to("<select><option>a<script>x</script></select><style>y</style>",
              "<select><option>a<script></script></select><style></style>");
    stops("<select><style>x</style></select>", NULL);
    stops("<template><col><script>x</template>y</script>", NULL);
    elides_to("<template><p>a</p></template><script>x</script>",
              "<template><p>a</p></template><script></script>");
    stops("<script>a</script><frameset><script>b</script>", "<script></script><frameset><script>b</script>");
    stops("<plaintext><script>a</script>", NULL);
}

static void test_white_space_runs_are_one_byte(void **state)
{
    (void)state;
    /* A line feed if the white space holds one, else a carriage return (a
     * line break to the parser), else its first byte. */
    elides_to("<div>\n    <p>a</p>\n  \n\t</div>\r\n  <p>", "<div>\n<p>a</p>\n</div>\n<p>");
    elides_to("<b>a</b> \r\t\r <i>b</i>\t  <i>c</i><br> <br>",
              "<b>a</b>\r<i>b</i>\t<i>c</i><br> <br>");
    /* In text too ("a\n   b" folds as "a\nb"), not in raw text or comments,
     * nor in a text that held a comment. */
    elides_to("<p>a\n   b</p>   <p>c  </p>", "<p>a\nb</p> <p>c </p>");
    elides_to("<p>a  <!-- x -->  b</p>", "<p>a  <!---->  b</p>");
    elides_to("<title>\n   T</title><textarea>\n  x</textarea>", NULL);
    elides_to("<div>\n  <!-- c -->\n  <p>", "<div>\n  \n  <p>");
    /* From the first <pre> or <listing> on, white space is left alone. */
    elides_to("<p>\n  <pre>\n  x\n  <b>y</b>\n  </pre>\n  <p>", "<p>\n<pre>\n  x\n  <b>y</b>\n  </pre>\n  <p>");
    elides_to("<listing>\n  <i>x</i>\n</listing>", NULL);
}

static void test_unread_attributes_are_cut(void **state)
{
    (void)state;
    /* What no stage reads goes, name and value; what one reads stays. */
    elides_to("<div class=a data-track=\"x y\" onclick='go()' id=b>t</div>",
              "<div class=a   id=b>t</div>");
    elides_to("<img data-src=a.jpg width=10 src=b.jpg ALT=A sizes=\"50vw\">",
              "<img data-src=a.jpg  src=b.jpg ALT=A >");
    elides_to("<a href=/x data-ga=\"click\" target=_blank>x</a>", "<a href=/x  >x</a>");
    elides_to("<div data-ad-slot=1 data-adunit=2 DATA-TRACK=3 hidden>",
              "<div data-ad-slot=1 data-adunit=2  hidden>");
    elides_to("<meta property=og:title content=T data-x=1><time datetime=2024 data-y>",
              "<meta property=og:title content=T ><time datetime=2024 >");
    /* Formatting elements keep theirs (the parser compares them), and so
     * do SVG roots and <isindex>; end tags are left alone. */
    elides_to("<b data-x=1>b</b><i onclick=x>i</i><font size=2 face=x>f</font>", NULL);
    elides_to("<svg data-x=1 width=2></svg>", NULL);
    /* A script that is emptied loses all its attributes; a JSON-LD one,
     * or one with a character reference, keeps them. */
    elides_to("<script data-x=1 src=a.js async/></script><p>x", "<script></script><p>x");
    elides_to("<script src=a.js id=ld type='application/ld+json'>{}</script>", NULL);
    elides_to("<script src=\"a.js?a=1&amp;b=2\"></script>", NULL);
    elides_to("<isindex prompt=Find action=/s>", NULL);
    elides_to("<div>x</div data-x=1>", NULL);
    /* A name right after a '/' stays: "<br/data-x>" is no "<br/>". */
    elides_to("<br/data-x><p/data-y>z</p>", NULL);
    elides_to("<p data-y/>z</p>", "<p />z</p>");
    /* Not inside SVG, MathML or <select>, whose tags are not HTML's. */
    elides_to("<math><mi data-x=1>x</mi></math>", NULL);
    elides_to("<select data-x=1><option data-y=2>a</select>", "<select ><option data-y=2>a</select>");
    /* Of a srcset, only the first URL is read: the other candidates go,
     * unless a character reference might spell a separator before them. */
    elides_to("<img srcset=\"a.jpg 1x, b.jpg 2x\"><source data-srcset='\n c.jpg,d.jpg 2x'>",
              "<img srcset=\"a.jpg\"><source data-srcset='\n c.jpg'>");
    elides_to("<img SRCSET=\"a.jpg\"><img srcset=\"a&#44;b.jpg 1x, c.jpg\"><img srcset=a.jpg 2x>",
              "<img SRCSET=\"a.jpg\"><img srcset=\"a&#44;b.jpg 1x, c.jpg\"><img srcset=a.jpg >");
    elides_to("<b srcset='a.jpg 1x, b.jpg 2x'>x</b>", NULL);
    assert_true(pith_elide_trims_attribute("img", "srcset"));
    assert_false(pith_elide_trims_attribute("img", "src"));
    assert_true(pith_elide_cuts_attribute("div", "data-track"));
    assert_true(pith_elide_link_is_read("author  canonical", 17));
    assert_false(pith_elide_link_is_read("stylesheet", 10));
    assert_false(pith_elide_link_is_read(NULL, 0));
    assert_false(pith_elide_cuts_attribute("div", "data-src"));
    assert_false(pith_elide_cuts_attribute("b", "data-track"));
}

/* Random documents built from the pieces that matter to the tokenizer and
 * tree builder: whatever the mix, the trees must agree. */
static void test_random_documents_keep_their_tree(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "<script>", "</script>", "<script type=application/ld+json>", "<SCRIPT>", "</script ",
        "</scripts>", "<!--", "-->", "--!>", "<!-->", "<style>", "</style>", "<svg>", "</svg>",
        "<svg/>", "<math>", "</math>", "<mi>", "</mi>", "<title>", "</title>", "<textarea>",
        "</textarea>", "<select>", "</select>", "<option>", "<template>", "</template>",
        "<col>", "<table>", "<td>", "<frameset>", "<plaintext>", "<![CDATA[", "]]>",
        "<foreignObject>", "</foreignObject>", "<p>", "<b>", "</b>", "<div>", "</div>",
        "<noscript>", "</noscript>", "<xmp>", "</xmp>", "<iframe>", "<a href='", "'", "\"", "=",
        ">", "<", "/", "x", " ", "text", "<!DOCTYPE html>", "<?php ?>", "</", "<desc>",
        "<style type=x>", "<font color=red>", "<head>", "<body>", "<noembed>", "\r", "&amp;",
        "<br/>", "<path d='M0'/>", "<g>", "</g>", "<script>a<b</script>", "<style>p>q</style>",
        "\n", "\n  ", "\t", "\r\n ", "<pre>", "</pre>", "<listing>", "</listing>",
        " data-x=1", " onclick='a()'", " width=2", " class=c", "<div", "<a", "<img", "<br",
        "<isindex", "<input type=hidden", "<body", "<html", " href=h", "<image",
    };
    int elided_some = random_trees_agree(pieces, sizeof pieces / sizeof pieces[0], 12345, 40,
                                         NULL, NULL);
    assert_true(elided_some > 1000); /* the test exercises elision, not only stops */
}

static void test_extraction_is_the_same(void **state)
{
    (void)state;
    const char *page = "<html><head><title>T</title><script>var x='<p>SCRIPTED</p>';</script>"
                       "<style>p{}</style></head><body><article><p>One paragraph of the "
                       "article, long enough to be the article, with commas, and more.</p>"
                       "<script>document.write('<p>SCRIPTED</p>')</script><p>Second paragraph, "
                       "also long enough to count, with some more words in it.</p>"
                       "</article></body></html>";
    pith_result *a = pith_extract(page, strlen(page), NULL);
    pith_result *b = pith_extract_unelided(page, strlen(page), NULL);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(a->status, PITH_OK);
    assert_string_equal(a->text, b->text);
    assert_null(strstr(a->text, "SCRIPTED"));
    pith_result_free(a);
    pith_result_free(b);
}

/* A drawing's labels are read by no stage, with elision (which empties
 * the <svg>) or without it (the parse lays it out empty): a syntax
 * diagram's "ORDER", "BY", "expr" is no byline naming "expr". */
static void test_a_drawing_reads_the_same(void **state)
{
    (void)state;
    const char *page =
        "<html><head><title>The SELECT statement</title></head><body><article>"
        "<h1>The SELECT statement</h1><p>A query reads rows from tables, and this page "
        "shows how, with a diagram of its syntax, its clauses, and examples.</p>"
        "<div class=diagram><svg viewBox='0 0 600 80'><path d='M0,0L10,10'/>"
        "<text x=10 y=20>ORDER</text><path d='M20,0L30,10'/><text x=60 y=20>BY</text>"
        "<path d='M40,0L50,10'/><text x=90 y=20>expr</text></svg></div>"
        "<p>The ORDER BY clause sorts the rows the query returns, by one or more "
        "expressions, and each may be sorted up or down.</p></article></body></html>";
    pith_result *a = pith_extract(page, strlen(page), NULL);
    pith_result *b = pith_extract_unelided(page, strlen(page), NULL);
    assert_non_null(a);
    assert_non_null(b);
    assert_null(a->author);
    assert_null(b->author);
    assert_string_equal(a->text, b->text);
    pith_result_free(a);
    pith_result_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_removes_script_and_style_bodies),
        cmocka_unit_test(test_scripts_styles_links_go_whole),
        cmocka_unit_test(test_keeps_json_ld),
        cmocka_unit_test(test_unread_metas_go),
        cmocka_unit_test(test_script_escapes),
        cmocka_unit_test(test_markup_that_only_looks_like_a_script),
        cmocka_unit_test(test_comments_are_emptied_or_removed),
        cmocka_unit_test(test_svg_and_math),
        cmocka_unit_test(test_select_template_frameset),
        cmocka_unit_test(test_white_space_runs_are_one_byte),
        cmocka_unit_test(test_unread_attributes_are_cut),
        cmocka_unit_test(test_unread_links_are_emptied),
        cmocka_unit_test(test_random_documents_keep_their_tree),
        cmocka_unit_test(test_random_documents_around_removed_elements),
        cmocka_unit_test(test_extraction_is_the_same),
        cmocka_unit_test(test_a_drawing_reads_the_same),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
