/*
 * pages_test.c — pages that are not one article, through the public API:
 * a thread's posts, a landing page's sections, a grid's cards; the page a
 * script application serves in <noscript> or hides until it runs; the
 * fallback ladder when the visible page gives nothing; and the class words
 * that page builders and shop engines use for content, which must not read
 * as boilerplate.
 */
#include "testutil.h"

#include "pith.h"

#define POST1 "<p>Has anyone fitted a new blade to the old bow saw? Mine came without " \
              "instructions and the pins do not seem to line up with the holes at all.</p>"
#define POST2 "<p>Loosen the tension lever first, then push the pins through from the " \
              "outside; they only line up when the frame is squeezed a little.</p>"
#define POST3 "<p>That worked, thank you. I had been trying it with the lever closed for a " \
              "whole evening and nearly bent the frame.</p>"
#define PARA1 "<p>Our crews move homes and offices across the county every week, with " \
              "trained packers, padded vans and insurance on every item we carry.</p>"
#define PARA2 "<p>Every move starts with a free survey, so the quote you get is the price " \
              "you pay, with no charges added on the day.</p>"

static pith_result *extract_with(const char *html, const char *type, unsigned flags)
{
    pith_options o;
    pith_options_init(&o);
    o.pagetype = type;
    o.flags = flags;
    pith_result *r = pith_extract(html, strlen(html), &o);
    assert_non_null(r);
    return r;
}

/* Forum software serves the thread to readers without scripts in a
 * <noscript>, and an empty shell outside it: the <noscript> is the page.
 * The usual <noscript> ("turn on JavaScript") is not. */
static void test_noscript_page(void **state)
{
    (void)state;
    static const char shell[] =
        "<html><body><div id=app></div><noscript><div class=thread>"
        "<div class=post><b>tom</b>" POST1 "</div><div class=post><b>ann</b>" POST2 "</div>"
        "</div></noscript></body></html>";
    pith_result *r = extract_with(shell, NULL, 0);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "Has anyone fitted"));
    assert_non_null(strstr(r->text, "Loosen the tension lever"));
    assert_string_equal(r->fallback, "noscript");
    pith_result_free(r);
    static const char usual[] =
        "<html><head><meta property='og:type' content='article'></head><body><article>"
        POST1 POST2 POST3 "</article><noscript><p>Please turn on JavaScript to see the "
        "comments, the maps and the pictures of this page, which need it to work.</p>"
        "</noscript></body></html>";
    r = extract_with(usual, NULL, 0);
    assert_int_equal(r->status, PITH_OK);
    assert_null(strstr(r->text, "JavaScript"));
    assert_null(r->fallback);
    pith_result_free(r);
}

/* A page hidden until a script shows it (an age gate, a loading screen):
 * the hidden wrapper holds nearly all of it, and is read.  A hidden box
 * beside a page that shows its own paragraphs stays hidden. */
static void test_hidden_page(void **state)
{
    (void)state;
    static const char gated[] =
        "<html><body><div class=gate>Loading</div><div style='display:none'>"
        "<h1>Moving with us</h1>" PARA1 PARA2 "</div></body></html>";
    pith_result *r = extract_with(gated, "service", 0);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "Our crews move homes"));
    assert_string_equal(r->fallback, "hidden");
    pith_result_free(r);
    static const char boxed[] =
        "<html><body><main>" PARA1 PARA2 "<div style='display:none'><p>The secret offer "
        "for people who open the hidden box.</p></div></main></body></html>";
    r = extract_with(boxed, "service", 0);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "Every move starts"));
    assert_null(strstr(r->text, "secret offer"));
    assert_null(r->fallback);
    pith_result_free(r);
}

/* On a forum the replies are the page, even in a box whose class says
 * comments; under an article they are not the article. */
static void test_forum_replies(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><div class=topic>" POST1 "</div><div class=comments>"
        "<div class=reply>" POST2 "</div><div class=reply>" POST3 "</div></div></body></html>";
    pith_result *r = extract_with(page, "forum", 0);
    assert_non_null(strstr(r->text, "Has anyone fitted"));
    assert_non_null(strstr(r->text, "Loosen the tension lever"));
    assert_non_null(strstr(r->text, "That worked"));
    pith_result_free(r);
    r = extract_with(page, "article", 0);
    assert_non_null(strstr(r->text, "Has anyone fitted"));
    assert_null(strstr(r->text, "Loosen the tension lever"));
    pith_result_free(r);
}

/* Forum software puts a thread's posts in a moderation <form> (a check box
 * by each post): on a forum they are the page, though a cookie banner holds
 * the page's densest prose.  A search form beside them is not, and on an
 * article a form holding prose beside it stays out. */
static void test_forum_posts_in_form(void **state)
{
    (void)state;
    static const char form[] =
        "<html><body><form class=search><input name=q><label>Search the forums</label>"
        "</form><div class=cookie-banner>" PARA1 PARA2 PARA1 PARA2 PARA1 PARA2 "</div>"
        "<form action=/moderate><div class=post>" POST1 "</div><div class=post>" POST2
        "</div></form></body></html>";
    pith_result *r = extract_with(form, "forum", 0);
    assert_non_null(strstr(r->text, "Has anyone fitted"));
    assert_non_null(strstr(r->text, "Loosen the tension lever"));
    assert_null(strstr(r->text, "Search the forums"));
    pith_result_free(r);
    static const char article[] =
        "<html><body><article>" POST1 POST2 POST3 PARA1 "</article>"
        "<form action=/subscribe>" PARA2 PARA1 "<input name=email></form></body></html>";
    r = extract_with(article, "article", 0);
    assert_non_null(strstr(r->text, "Has anyone fitted"));
    assert_null(strstr(r->text, "free survey"));
    pith_result_free(r);
}

/* Forum software's layout may put the posts in a column its class calls a
 * sidebar: holding most of the page, it is the page on a forum (not the
 * little sidebar of other threads beside it), though another block holds
 * the densest prose. */
static void test_forum_posts_in_sidebar(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><div class=nav><a href=/>Forums</a></div><div class=notice>" PARA1 PARA2
        PARA1 "</div><div class=sidebar><div class=post>" POST1 "</div><div class=post>" POST2
        "</div><div class=post>" POST3 "</div><div class=post>" POST1 "</div></div>"
        "<div class=sidebar><a href=/t/1>Other thread</a></div></body></html>";
    pith_result *r = extract_with(page, "forum", 0);
    assert_non_null(strstr(r->text, "Has anyone fitted"));
    assert_non_null(strstr(r->text, "That worked"));
    assert_null(strstr(r->text, "Other thread"));
    pith_result_free(r);
}

/* A landing page: its hero, its cards (one of a run of alike items, named
 * like promotions), its pricing tab hidden until clicked, all of it, and
 * not its navigation. */
static void test_landing_sections(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><nav><a href=/>Home</a> <a href=/about>About</a></nav><main>"
        "<h1>Moving made simple</h1>" PARA1
        "<div class=cards><div class=promo-card><h3>Homes</h3><p>Flats and houses, packed "
        "and moved in a day.</p></div><div class=promo-card><h3>Offices</h3><p>Desks, files "
        "and servers, moved over a weekend.</p></div><div class=promo-card><h3>Storage</h3>"
        "<p>Dry, locked rooms by the month.</p></div></div>"
        "<div role=tabpanel aria-hidden=true><h2>Prices</h2>" PARA2 "</div>"
        "</main></body></html>";
    pith_result *r = extract_with(page, "service", 0);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "Moving made simple"));
    assert_non_null(strstr(r->text, "Our crews move homes"));
    assert_non_null(strstr(r->text, "moved over a weekend"));
    assert_non_null(strstr(r->text, "Dry, locked rooms"));
    assert_non_null(strstr(r->text, "Every move starts"));
    assert_null(strstr(r->text, "About"));
    pith_result_free(r);
}

/* The ladder: the JSON-LD body, then the description; each says so. */
static void test_fallback_ladder(void **state)
{
    (void)state;
    static const char jsonld[] =
        "<html><head><script type='application/ld+json'>{\"@type\":\"DiscussionForumPosting\","
        "\"publisher\":{\"@type\":\"Organization\",\"description\":\"A forum.\"},"
        "\"text\":\"Has anyone fitted a new blade to the old bow saw? Mine came without "
        "instructions.\\nThe pins do not seem to line up with the holes at all, whatever I "
        "try, and the frame creaks.\"}</script></head><body><div id=app></div></body></html>";
    pith_result *r = extract_with(jsonld, NULL, 0);
    assert_int_equal(r->status, PITH_OK);
    assert_string_equal(r->fallback, "jsonld");
    assert_string_equal(r->text, "Has anyone fitted a new blade to the old bow saw? Mine came "
                                 "without instructions.\n\nThe pins do not seem to line up with "
                                 "the holes at all, whatever I try, and the frame creaks.");
    assert_true(r->confidence < 0.3);
    pith_result_free(r);
    r = extract_with(jsonld, NULL, PITH_OPT_NO_FALLBACK);
    assert_int_equal(r->status, PITH_NO_CONTENT);
    assert_null(r->fallback);
    pith_result_free(r);
    static const char described[] =
        "<html><head><meta name=description content='Bow saws, blades and how to fit them.'>"
        "</head><body><div id=app></div></body></html>";
    r = extract_with(described, NULL, 0);
    assert_int_equal(r->status, PITH_OK);
    assert_string_equal(r->fallback, "description");
    assert_string_equal(r->text, "Bow saws, blades and how to fit them.");
    pith_result_free(r);
}

/* A script's empty shell whose only text is the site's footer (its legal
 * links and fine print): the footer is no page's content, not even the
 * densest prose the ladder falls back on.  The page's description is,
 * when it speaks of the page (a word of its title); a site's slogan given
 * to every page does not, and the page has no content. */
#define SHELL(description)                                                                  \
    "<html><head><title>Brass bow saw with a folding lever</title>"                         \
    "<meta name=description content='" description "'></head><body><div id=app></div>"      \
    "<footer><p>Terms of use, privacy policy, cookie settings and the legal information "   \
    "of the company that runs this shop, registered in the county court under the number " \
    "given below, with its offices open on working days.</p></footer></body></html>"
static void test_footer_and_slogan_no_content(void **state)
{
    (void)state;
    pith_result *r = extract_with(SHELL("A bow saw with a brass frame, for green wood."), NULL, 0);
    assert_int_equal(r->status, PITH_OK);
    assert_string_equal(r->fallback, "description");
    assert_string_equal(r->text, "A bow saw with a brass frame, for green wood.");
    pith_result_free(r);
    r = extract_with(SHELL("Smarter shopping, better living!"), NULL, 0);
    assert_int_equal(r->status, PITH_NO_CONTENT);
    assert_null(r->fallback);
    pith_result_free(r);
}
#undef SHELL

/* Fine print: a paragraph of the footnotes under a product's page. */
#define FINE_PRINT "<p>Testing conducted in January using preproduction units, with the " \
                   "display set to half brightness, over a wireless network, at room "    \
                   "temperature; results vary with use, configuration, signal and many " \
                   "other factors, and battery life declines with age.</p>"

/* A product page that shows its name and price but keeps its description
 * in a drawer a script fills: the description its JSON-LD gives its one
 * Product is added after the page's text.  Not when the page shows it
 * already, not when the JSON-LD describes several products, not when the
 * description is cut short, and not on an article. */
#define DESCRIBED(desc, more)                                                                \
    "<html><head><meta property='og:type' content='product'>"                              \
    "<script type='application/ld+json'>[{\"@type\":\"Product\",\"name\":\"Brass bow saw\"," \
    "\"description\":\"" desc "\"}" more "]</script></head><body><main><h1>Brass bow saw</h1>" \
    "<p>$120.00</p><p>Free delivery on orders over $50.</p></main></body></html>"
#define SAW "A bow saw with a solid brass frame and a blade of Swedish steel, tensioned by a " \
            "lever that folds flat, for cutting green wood and logs up to twenty inches thick."
static void test_product_description_from_jsonld(void **state)
{
    (void)state;
    pith_result *r = extract_with(DESCRIBED(SAW, ""), NULL, 0);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "Brass bow saw"));
    assert_non_null(strstr(r->text, "A bow saw with a solid brass frame"));
    assert_null(r->fallback);
    pith_result_free(r);
    r = extract_with(DESCRIBED(SAW, ""), "article", 0);
    assert_null(strstr(r->text, "solid brass frame"));
    pith_result_free(r);
    r = extract_with(DESCRIBED(SAW, ",{\"@type\":\"Product\",\"description\":\"A pruning saw.\"}"),
                     NULL, 0);
    assert_null(strstr(r->text, "solid brass frame"));
    pith_result_free(r);
    r = extract_with(DESCRIBED("A bow saw with a solid brass frame and a blade of Swedish steel, "
                               "tensioned by a lever that folds flat, for cutting...",
                               ""),
                     NULL, 0);
    assert_null(strstr(r->text, "solid brass frame"));
    pith_result_free(r);
}
#undef SAW
#undef DESCRIBED

/* The page shows its description when its words are in the page's lines,
 * counting the lines the content stage sets aside as read elsewhere (a
 * lone link line's "Dry branches up to ten inches"): the JSON-LD copy is
 * then not added after the text. */
static void test_product_description_shown_in_set_aside_lines(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><script type='application/ld+json'>{\"@type\":\"Product\","
        "\"name\":\"Pruning saw\",\"description\":\"Folding pruning saw with a steel blade "
        "for green wood and dry branches up to ten inches\"}</script></head><body><main>"
        "<h1>Pruning saw</h1><p>Folding pruning saw with a steel blade for green wood.</p>"
        "<p><a href=/branches>Dry branches up to ten inches</a></p><p>$24.00</p>"
        "</main></body></html>";
    pith_result *r = extract_with(page, "product", 0);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "Folding pruning saw"));
    assert_null(strstr(r->text, "green wood and dry branches"));
    pith_result_free(r);
}

/* A product's landing page whose footnotes (in its <footer>, outside
 * <main>) outweigh what <main> shows: <main> is still the page's region,
 * and the fine print stays out. */
static void test_main_beside_footnotes(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>The Lark laptop</h1>" PARA1 PARA2 "</main>"
        "<footer><h2>Footnotes</h2>" FINE_PRINT FINE_PRINT FINE_PRINT FINE_PRINT FINE_PRINT
        FINE_PRINT "</footer></body></html>";
    pith_result *r = extract_with(page, "product", 0);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "Our crews move homes"));
    assert_non_null(strstr(r->text, "Every move starts"));
    assert_null(strstr(r->text, "Testing conducted"));
    pith_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noscript_page),
        cmocka_unit_test(test_hidden_page),
        cmocka_unit_test(test_forum_replies),
        cmocka_unit_test(test_forum_posts_in_form),
        cmocka_unit_test(test_forum_posts_in_sidebar),
        cmocka_unit_test(test_landing_sections),
        cmocka_unit_test(test_fallback_ladder),
        cmocka_unit_test(test_footer_and_slogan_no_content),
        cmocka_unit_test(test_product_description_from_jsonld),
        cmocka_unit_test(test_product_description_shown_in_set_aside_lines),
        cmocka_unit_test(test_main_beside_footnotes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
