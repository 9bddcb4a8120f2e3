/*
 * content_test.c — the content stage: the paragraph classifier, the favor
 * modes and the confidence score, through the public API.
 */
#include "stage.h"

#include "pith.h"
#include "clean/clean.h"
#include "content/classify.h"
#include "content/content.h"
#include "content/internal.h"
#include "rules/rules.h"

static const char with_link_line[] =
    "<html><body><article>" PROSE1
    "<p>See <a href='/a'>Bridge history</a> and <a href='/b'>Council minutes</a> here</p>" PROSE2
    PROSE3 "</article></body></html>";

/* These pages are articles: the cascade's tests. */
static pith_result *extract(const char *html, pith_favor favor)
{
    return test_extract_as(html, "article", favor);
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

/* A manual page cut into alike section boxes: the one with the most
 * prose is chosen, and its alike siblings opening with a heading (the
 * name, the synopsis, a short description) are the same page; a box of
 * another kind beside them is not. */
static void test_manual_sections(void **state)
{
    (void)state;
    static const char manual[] =
        "<html><body><div class=doc>"
        "<div class=sect1><h2>NAME</h2><p>tidy - remove old files from a directory</p></div>"
        "<div class=sect1><h2>SYNOPSIS</h2><pre>tidy [--dry-run] [--age=DAYS] DIR</pre></div>"
        "<div class=sect1><h2>DESCRIPTION</h2><p>Removes the files older than a given age.</p>"
        "</div><div class=sect1><h2>OPTIONS</h2>" PROSE1 PROSE2 PROSE3 "</div>"
        "<div class=promo><p>Try our hosted cleaner for teams today.</p></div>"
        "</div></body></html>";
    pith_result *r = extract(manual, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "tidy - remove old files"));
    assert_non_null(strstr(r->text, "--age=DAYS"));
    assert_non_null(strstr(r->text, "older than a given age"));
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_null(strstr(r->text, "hosted cleaner"));
    pith_result_free(r);
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

static const char split[] =
    "<html><body><div class='layout'>"
    "<div class='col'><div class='box'><p>A short opening line of the story.</p></div></div>"
    "<div class='col2'><section>" PROSE1 PROSE2 PROSE3 PROSE1 PROSE2 "</section></div>"
    "</div></body></html>";

/* Given a truncated choice (the short box), the recall pass widens the
 * article to the ancestor holding the page's prose; given the prose itself,
 * it keeps it. */
static void test_recall_pass_widens_truncated_choice(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s, split, PITH_FAVOR_BALANCED, TEST_CLEAN);
    pith_units u;
    assert_true(pith_classify(&s.ctx, s.ctx.dom.body, PITH_EL_DROPPED, &u));
    uint32_t box = test_find_class(&s.ctx.dom, "box");
    uint32_t layout = test_find_class(&s.ctx.dom, "layout");
    assert_int_equal(pith_content_recall(&s.ctx, &u, box), layout);
    uint32_t col2 = test_find_class(&s.ctx.dom, "col2");
    assert_int_equal(pith_content_recall(&s.ctx, &u, col2), col2);
    test_unstage(&s);
}

/* The classifier: prose is GOOD, a menu of links is BAD. */
static void test_classifier_verdicts(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><ul class='x'><li><a href=/1>Home</a></li><li><a href=/2>News and "
        "politics from everywhere in the world today</a></li></ul>" PROSE1 PROSE2 PROSE3
        "</body></html>";
    test_staged s;
    test_stage(&s, page, PITH_FAVOR_BALANCED, TEST_CLEAN);
    pith_units u;
    assert_true(pith_classify(&s.ctx, s.ctx.dom.body, PITH_EL_DROPPED, &u));
    int good = 0, bad_links = 0;
    for (uint32_t k = 0; k < u.n; k++) {
        const pith_el *el = &s.ctx.dom.els[u.u[k].el];
        if (el->tag == GUMBO_TAG_P && u.u[k].final == PITH_UNIT_GOOD)
            good++;
        if (el->tag == GUMBO_TAG_LI && u.u[k].final == PITH_UNIT_BAD)
            bad_links++;
    }
    assert_int_equal(good, 3);
    assert_int_equal(bad_links, 2);
    assert_string_equal(pith_rules_stop_lang(u.lang), "en");
    test_unstage(&s);
}

/* The hash that finds repeated blocks is the documented 64-bit FNV-1a:
 * its published test vectors (the offset basis for no bytes; "a";
 * "foobar"). */
static void test_block_hash_is_fnv1a_64(void **state)
{
    (void)state;
    assert_true(pith_content_hash_text("", 0) == 0xcbf29ce484222325ull);
    assert_true(pith_content_hash_text("a", 1) == 0xaf63dc4c8601ec8cull);
    assert_true(pith_content_hash_text("foobar", 6) == 0x85944171f73967e8ull);
}

/* A caption repeated by a gallery goes; an interview's repeated question,
 * followed by a different answer each time, stays. */
static void test_duplicates(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1
        "<div class='g1'><p>The old bridge at dawn, seen from the north bank of the "
        "river.</p></div>"
        PROSE2
        "<div class='g2'><p>The old bridge at dawn, seen from the north bank of the "
        "river.</p></div>"
        "<div class='qa'><p>What would you tell the council about the bridge?</p>"
        "<p>That it should be saved, whatever the cost, because it is the town's heart.</p></div>"
        "<div class='qa'><p>What would you tell the council about the bridge?</p>"
        "<p>That a new one would be cheaper, and safer for the children who cross it.</p></div>"
        PROSE3 "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    const char *cap = "The old bridge at dawn";
    const char *first = strstr(r->text, cap);
    assert_non_null(first);
    assert_null(strstr(first + 1, cap));
    const char *q = "What would you tell the council";
    const char *q1 = strstr(r->text, q);
    assert_non_null(q1);
    assert_non_null(strstr(q1 + 1, q));
    pith_result_free(r);
}

/* A collection's description drawn once per screen width: a desktop copy
 * above the grid, a mobile copy below it.  Its first paragraph is followed
 * by the second in each copy, yet the second copy goes whole: long
 * paragraphs said twice on a collection are copies, not an interview's
 * questions. */
#define SHOP_DESC                                                                           \
    "<p>Our teapots are thrown by hand in a small workshop on the coast, glazed in colours " \
    "taken from the sea and the sand, and fired twice so they keep tea hot for longer.</p>" \
    "<p>Every pot pours without a drip, has a lid that stays put when you pour the last " \
    "cup, and comes with a fine steel strainer that sits inside the spout.</p>"
#define SHOP_CARD(slug, name, price)                                                   \
    "<li class='grid__item'><div class='card'><h3><a href='/p/" slug "'>" name "</a></h3>" \
    "<div class='price'>" price "</div></div></li>"

static void test_collection_description_twice(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Teapots</h1><div class='collection-description'>" SHOP_DESC
        "</div><ul class='product-grid'>" SHOP_CARD("sea", "Sea-green teapot", "&pound;48.00")
        SHOP_CARD("sand", "Sand teapot", "&pound;42.00")
        SHOP_CARD("storm", "Storm-grey teapot", "&pound;48.00")
        SHOP_CARD("one", "Tea-for-one pot", "&pound;36.00")
        SHOP_CARD("family", "Family teapot", "&pound;64.00")
        "</ul><div class='collection-description-mobile'>" SHOP_DESC "</div>"
        "</main></body></html>";
    pith_result *r = test_extract_as(page, "collection", PITH_FAVOR_BALANCED);
    const char *lines[] = {"Our teapots are thrown by hand", "Every pot pours without a drip"};
    for (size_t k = 0; k < 2; k++) {
        const char *first = strstr(r->text, lines[k]);
        assert_non_null(first);
        assert_null(strstr(first + 1, lines[k]));
    }
    assert_non_null(strstr(r->text, "Tea-for-one pot"));
    pith_result_free(r);
}
#undef SHOP_DESC
#undef SHOP_CARD

/* A short line repeated by the items of a list, each time under other
 * words (a paper's subject line under each title), stays in every item;
 * a caption repeated on its own still goes (test_duplicates). */
static void test_item_field_repeats_stay(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1
        "<div class='paper'><p>Reading long documents with small language models</p>"
        "<p>Subjects: Computation and Language (cs.CL)</p></div>"
        "<div class='paper'><p>A survey of tokenizers for agglutinative languages</p>"
        "<p>Subjects: Computation and Language (cs.CL)</p></div>"
        PROSE2 "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    const char *line = "Subjects: Computation and Language";
    const char *first = strstr(r->text, line);
    assert_non_null(first);
    assert_non_null(strstr(first + 1, line));
    pith_result_free(r);
}

/* Two jobs of one title in a list of jobs are two items: the title shown
 * again in another item of the run stays, each over its own place and
 * date. */
#define JOB(title, facts)                                                                        \
    "<li class='job'><div class='job-title'><h3>" title "</h3></div><p>" facts "</p></li>"

static void test_item_titles_alike_stay(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Open positions</h1><ul class='jobs'>"
        JOB("Senior Data Engineer, Payments Platform", "Berlin, full time, posted two days ago.")
        JOB("Product Designer for the Mobile Apps", "Lisbon, full time, posted three days ago.")
        JOB("Senior Data Engineer, Payments Platform", "Remote in Europe, posted last week.")
        JOB("Support Specialist for the Nordic Markets", "Oslo, part time, posted last week.")
        "</ul></main></body></html>";
    pith_result *r = test_extract_as(page, "listing", PITH_FAVOR_BALANCED);
    const char *title = "Senior Data Engineer, Payments Platform";
    const char *first = strstr(r->text, title);
    assert_non_null(first);
    if (!strstr(first + 1, title))
        fail_msg("the second job's title should be in:\n%s", r->text);
    pith_result_free(r);
}

/* A product page keeps its heading, the product's name, though the page's
 * title says the same. */
static void test_product_name_heading_stays(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Harbor Stainless Steel Kettle 1.7 Litre, Brushed | Kettle "
        "Shop</title></head>"
        "<body><main><div class='item-title'><h1><span>Harbor Stainless Steel Kettle 1.7 Litre, "
        "Brushed</span>"
        "</h1></div>" PROSE1 PROSE2 "</main></body></html>";
    pith_result *r = test_extract_as(page, "product", PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Harbor Stainless Steel Kettle"));
    pith_result_free(r);
}

/* On a product page a picker and a price line drawn again for another
 * screen, in boxes apart and followed by other text, are read once; a
 * sentence said twice (a FAQ's answer in a tab and below it) stays twice.
 * On a landing page both copies stay. */
static void test_product_copies(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Trail running jacket</h1>"
        "<div class=desktop><ul><li>Size: S</li><li>Size: M</li><li>Size: L</li></ul>"
        "<p>Price: $149.00 incl. VAT</p><p>A light shell for wet runs.</p></div>" PROSE1
        "<div class=answer><p>The jacket packs into its own chest pocket, small enough for a "
        "running belt, and weighs less than an apple.</p></div>"
        "<div class=mobile><ul><li>Size: S</li><li>Size: M</li><li>Size: L</li></ul>"
        "<p>Price: $149.00 incl. VAT</p><p>Sold by the maker.</p></div>" PROSE2
        "<div class=answer><p>The jacket packs into its own chest pocket, small enough for a "
        "running belt, and weighs less than an apple.</p><p>Wash it cold.</p></div>"
        "</main></body></html>";
    pith_result *r = test_extract_as(page, "product", PITH_FAVOR_BALANCED);
    assert_int_equal(test_count(r->text, "Size: M"), 1);
    assert_int_equal(test_count(r->text, "Price: $149.00"), 1);
    assert_int_equal(test_count(r->text, "packs into its own chest pocket"), 2);
    assert_non_null(strstr(r->text, "Sold by the maker."));
    pith_result_free(r);
    r = test_extract_as(page, "service", PITH_FAVOR_BALANCED);
    assert_int_equal(test_count(r->text, "Size: M"), 2);
    pith_result_free(r);
}

/* On a product page the items of lists that differ in a line (each
 * platform's requirements, in a list nested under "Minimum:") are read
 * once each: an item said again goes, the item that differs stays, and
 * the first list stays whole.  Items of a table are not read so, and a
 * landing page keeps both copies. */
static void test_product_item_copies(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Lantern Keeper</h1>" PROSE1
        "<div class=win><ul><li>Minimum:<ul><li>OS: Windows 10, 64-bit</li>"
        "<li>Memory: 8 GB RAM</li><li>Storage: 20 GB available space</li></ul></li></ul></div>"
        PROSE2
        "<div class=mac><ul><li>Minimum:<ul><li>OS: macOS 13 Ventura</li>"
        "<li>Memory: 8 GB RAM</li><li>Storage: 20 GB available space</li></ul></li></ul></div>"
        "<table><tr><td>Fabric weight</td><td>200 g</td></tr></table>"
        "<table><tr><td>Fabric weight</td><td>240 g</td></tr></table>"
        "</main></body></html>";
    pith_result *r = test_extract_as(page, "product", PITH_FAVOR_BALANCED);
    assert_int_equal(test_count(r->text, "Memory: 8 GB RAM"), 1);
    assert_int_equal(test_count(r->text, "Storage: 20 GB available space"), 1);
    assert_non_null(strstr(r->text, "OS: Windows 10, 64-bit"));
    assert_non_null(strstr(r->text, "OS: macOS 13 Ventura"));
    assert_int_equal(test_count(r->text, "Fabric weight"), 2);
    pith_result_free(r);
    r = test_extract_as(page, "service", PITH_FAVOR_BALANCED);
    assert_int_equal(test_count(r->text, "Memory: 8 GB RAM"), 2);
    pith_result_free(r);
}

/* On a product page a line that is one short link and nothing else (a
 * way to the maker's store) goes; a link inside a sentence, a list of
 * links and a link that is a sentence stay. */
static void test_product_link_lines(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Countertop blender</h1>"
        "<div class=brand><a href=/brand/larkfield>Visit the Larkfield Store</a></div>" PROSE1
        "<p>It crushes ice in seconds; see <a href=/care>how to clean the jug</a> after use.</p>"
        "<ul><li><a href=/jug>Spare jug</a></li><li><a href=/lid>Spare lid</a></li></ul>"
        "<p><a href=/guide>Our guide explains which blade to fit for soups, smoothies and "
        "frozen drinks</a></p>" PROSE2 "</main></body></html>";
    pith_result *r = test_extract_as(page, "product", PITH_FAVOR_BALANCED);
    assert_null(strstr(r->text, "Visit the Larkfield Store"));
    assert_non_null(strstr(r->text, "how to clean the jug"));
    assert_non_null(strstr(r->text, "Spare jug"));
    assert_non_null(strstr(r->text, "which blade to fit"));
    pith_result_free(r);
}

/* On a landing page too, a line that is one short link (a button to a
 * case study, a demo, a sign-up) goes; a link inside a sentence, a list
 * of links and a list whose items are paragraphs of one link each (a
 * changelog's entries) stay.  On a listing such a line is a teaser's
 * title and stays. */
static void test_service_link_lines(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Bookkeeping for small firms</h1>" PROSE1
        "<div class=row><a href=/case/bakery>Read the case study</a></div>"
        "<p>We reconcile your accounts every week; see <a href=/how>how the monthly review "
        "works</a> before you sign.</p>"
        "<ul><li><a href=/payroll>Payroll</a></li><li><a href=/tax>Tax returns</a></li></ul>"
        "<ul><li><p><a href=/notes/1>Faster bank imports</a></p></li>"
        "<li><p><a href=/notes/2>Receipts by photo</a></p></li></ul>" PROSE2
        "<p><a href=/demo>Watch demo</a></p></main></body></html>";
    pith_result *r = test_extract_as(page, "service", PITH_FAVOR_BALANCED);
    assert_null(strstr(r->text, "Read the case study"));
    assert_null(strstr(r->text, "Watch demo"));
    assert_non_null(strstr(r->text, "how the monthly review works"));
    assert_non_null(strstr(r->text, "Tax returns"));
    assert_non_null(strstr(r->text, "Receipts by photo"));
    pith_result_free(r);
    r = test_extract_as(page, "listing", PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Watch demo"));
    pith_result_free(r);
}

/* The same link set inline between the product's blocks, in a box with
 * no text of its own ("View full details" after the form), goes too; a
 * card's name in a grid of cards, and a link beside other inline text in
 * the box's run, stay. */
static void test_product_inline_link_lines(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Countertop blender</h1>" PROSE1
        "<div class=summary><p>A jug of two litres and a motor of 1200 watts.</p>"
        "<a href=/blender>View full details</a><p>Ships in two days.</p>"
        "<span>Sold by </span><a href=/shop>Larkfield</a></div>"
        "<div class=grid>"
        "<div class=card><a href=/jug>Spare glass jug</a><p>Fits every model.</p></div>"
        "<div class=card><a href=/lid>Spare vented lid</a><p>Fits every model.</p></div>"
        "<div class=card><a href=/blade>Spare steel blade</a><p>Fits every model.</p></div>"
        "</div>" PROSE2 "</main></body></html>";
    pith_result *r = test_extract_as(page, "product", PITH_FAVOR_BALANCED);
    assert_null(strstr(r->text, "View full details"));
    assert_non_null(strstr(r->text, "Larkfield"));
    assert_non_null(strstr(r->text, "Spare glass jug"));
    assert_non_null(strstr(r->text, "Ships in two days"));
    pith_result_free(r);
}

/* A manual's note written again in each language's tab stays on a
 * documentation page (its reader reads the tab they chose); the same page
 * read as an article keeps the note once. */
static void test_manual_repeats_stay(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><h1>Send a message</h1>" PROSE1
        "<div class='tab-py'><p>Run the script with python send.py in a terminal.</p>"
        "<p>After a few moments the message arrives on the phone you gave, and the "
        "script prints the identifier of the message.</p></div>"
        "<div class='tab-js'><p>Run the script with node send.js in a terminal.</p>"
        "<p>After a few moments the message arrives on the phone you gave, and the "
        "script prints the identifier of the message.</p></div>"
        PROSE2 "</article></body></html>";
    const char *note = "After a few moments the message arrives";
    pith_result *d = test_extract_as(page, "documentation", PITH_FAVOR_BALANCED);
    const char *first = strstr(d->text, note);
    assert_non_null(first);
    assert_non_null(strstr(first + 1, note));
    pith_result_free(d);
    pith_result *a = extract(page, PITH_FAVOR_BALANCED);
    first = strstr(a->text, note);
    assert_non_null(first);
    assert_null(strstr(first + 1, note));
    pith_result_free(a);
}

/* A line that is only the article's date goes (it is metadata); a date
 * inside a sentence and dates in a table stay. */
static void test_date_lines(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><p>기사입력 :[ 2018-08-25 15:24 ]</p>" PROSE1
        "<p><time datetime='2019-03-04'>March 4, 2019</time></p>" PROSE2
        "<p>The council first met on <time datetime='2019-02-01'>February 1, 2019</time>.</p>"
        "<table><tr><th>Vote</th><th>Date</th></tr>"
        "<tr><td>First</td><td class='date'>May 2, 2019</td></tr></table>" PROSE3
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_null(strstr(r->text, "2018-08-25"));
    assert_null(strstr(r->text, "March 4, 2019"));
    assert_non_null(strstr(r->text, "first met on February 1, 2019."));
    assert_non_null(strstr(r->text, "May 2, 2019"));
    assert_non_null(strstr(r->text, "iron frame is sound"));
    pith_result_free(r);
}

/* A quoted social post in a wrapper named like a share bar or a widget is
 * part of the story; the share bar beside it is not, nor a widget's plain
 * quotation. */
static void test_quoted_post_in_social_wrapper(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>The bridge "
        "should stay, and the town should pay for it. <a href='https://t.co/x'>t.co/x</a></p>"
        "&mdash; Ada Lane (@adalane) <a href='https://twitter.com/a/1'>March 3, 2019</a>"
        "</blockquote></div>" PROSE2
        "<div class='social-share'><a href='/fb'>Facebook</a> <a href='/tw'>Twitter</a></div>"
        "<div class='article-widget article-tweet'><blockquote class='twitter-tweet'><p>Club "
        "statement on the bridge</p>&mdash; Town FC (@townfc)</blockquote></div>"
        "<div class='sidebar-widget'><blockquote>Best bakery in town, and the cheapest "
        "too!</blockquote></div>" PROSE3 "</article></body></html>";
    for (int favor = 0; favor < 2; favor++) {
        pith_result *r = extract(page, favor ? PITH_FAVOR_RECALL : PITH_FAVOR_BALANCED);
        assert_non_null(strstr(r->text, "The bridge should stay"));
        assert_null(strstr(r->text, "Facebook"));
        assert_non_null(strstr(r->text, "Club statement on the bridge"));
        assert_null(strstr(r->text, "Best bakery"));
        assert_non_null(strstr(r->text, "second survey"));
        pith_result_free(r);
    }
}

/* An article cut into a component framework's boxes, all named after
 * their wrapper ("WidgetWrapper_WidgetWrapper__x1": a widget's name):
 * the longest part holds the page's prose, and its alike siblings that
 * read as sections (a heading and a paragraph or two) are the rest of the
 * article; a widget of another name beside them, and an alike box that is
 * a list of links, are not. */
#define WIDGET_BOX "<div class='WidgetWrapper_WidgetWrapper__x1'>"
static void test_article_cut_into_widget_boxes(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><div class='Stack_medium__q2'>"
        WIDGET_BOX "<div class='Prose_Prose__z3'>" PROSE1 PROSE2 PROSE3 "</div></div>"
        WIDGET_BOX "<figure><figcaption>The bridge at dusk</figcaption></figure></div>"
        WIDGET_BOX "<div class='Prose_Prose__z3'><h2>2. The deck</h2><p>The planks of the "
        "deck were laid in the last century, and the carpenters who inspected them found that "
        "water had soaked into most of them over many wet winters.</p><p>New oak planks would "
        "last for fifty years if they were sealed every spring.</p></div></div>"
        WIDGET_BOX "<div class='Prose_Prose__z3'><h2>3. The vote</h2><p>Residents will be "
        "asked in the spring whether they want the bridge restored, and the council has "
        "promised to follow whatever the majority of them decides.</p><p>The polling station "
        "will be the school hall, open from seven until nine.</p></div></div>"
        WIDGET_BOX "<ul><li><a href='/a'>Council tax rises again this year</a></li>"
        "<li><a href='/b'>New road opens to traffic next week</a></li>"
        "<li><a href='/c'>Library hours to change in the summer</a></li></ul></div>"
        "</div></main><div class='sidebar-widget'><p>Our newsroom is funded by readers "
        "like you, who give what they can each month so that local news stays free for "
        "everyone in the valley.</p></div></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_non_null(strstr(r->text, "water had soaked"));
    assert_non_null(strstr(r->text, "whatever the majority"));
    assert_null(strstr(r->text, "Council tax rises"));
    assert_null(strstr(r->text, "funded by readers"));
    pith_result_free(r);
}

/* A section of the article in a box whose id is the target of the table
 * of contents ("toc_the-deck"): it opens with a heading and a paragraph of
 * prose, and stays through the clean stage (class:nav) and the filter
 * (content:negative-class); the table of contents itself, links under its
 * title, goes. */
static void test_section_in_a_box_named_for_the_contents(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><div id=toc_container><p>Contents</p><ul>"
        "<li><a href='#toc_the-deck'>The deck</a></li><li><a href='#toc_the-vote'>The vote</a>"
        "</li></ul></div>" PROSE1 PROSE2 PROSE3
        "<div id='toc_the-deck'><h2>What the carpenters found</h2><p>The planks of the deck "
        "were laid in the last century, and water has soaked into most of them.</p><p>New "
        "oak planks would last for fifty years if sealed every spring.</p></div>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_non_null(strstr(r->text, "What the carpenters found"));
    assert_non_null(strstr(r->text, "water has soaked"));
    assert_null(strstr(r->text, "Contents"));
    pith_result_free(r);
}

/* The intro of an article sharing a box with the table of contents above
 * it (an <ol> of links to the sections, then the paragraph): most of the
 * box is links, but links to places on the page; without them the box is
 * the paragraph.  The paragraph stays, the table of contents goes; a box
 * of links to other pages beside as short a paragraph still goes whole. */
static void test_intro_beside_the_contents(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><div><div><div><b>Contents</b></div><ol>"
        "<li><a href='#1. The iron frame'>The iron frame and its rivets</a></li>"
        "<li><a href='#2. The stone piers'>The stone piers below the water line</a></li>"
        "<li><a href='#3. The deck'>The deck, its planks and its railings</a></li>"
        "<li><a href='#4. The cost'>What the repairs will cost the town</a></li></ol></div>"
        "<p>Engineers walked the whole bridge in May and wrote down what each part needs.</p>"
        "</div>" PROSE1 PROSE2 PROSE3
        "<div><ol><li><a href='/n/1'>The iron frame and its rivets</a></li>"
        "<li><a href='/n/2'>The stone piers below the water line</a></li>"
        "<li><a href='/n/3'>The deck, its planks and its railings</a></li>"
        "<li><a href='/n/4'>What the repairs will cost the town</a></li></ol>"
        "<p>Read more stories about the bridges of the town in our archive.</p></div>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Engineers walked the whole bridge"));
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_null(strstr(r->text, "Contents"));
    assert_null(strstr(r->text, "rivets"));
    assert_null(strstr(r->text, "in our archive"));
    pith_result_free(r);
}

/* A list whose lines are sentences that cite their links ("Official site:
 * X", "Read my review of it here.") is the article's, however much of it
 * is in links; a list of headlines of as many links beside it is not. */
static void test_sentences_citing_links(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1 PROSE2 PROSE3
        "<ul><li><b>Official site</b>: <a href='/a'>The Old Mill Inn</a></li>"
        "<li>The inn, built by the miller's family, is one of <a href='/b'>the ten oldest inns "
        "of the valley</a> and "
        "<a href='/c'>the best places to stay near the bridge</a>.</li>"
        "<li>Read <a href='/d'>my review of the inn</a> and <a href='/e'>its restaurant</a> "
        "before you book a room, and ask for one on the side of the river: they are "
        "quieter.</li></ul>"
        "<ul><li><a href='/f'>Ten bridges to see before winter</a> in the valley</li>"
        "<li><a href='/g'>The ferry returns to the lake</a> after twenty years away</li>"
        "<li><a href='/h'>Where to eat on the old canal</a> and what it costs</li></ul>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_non_null(strstr(r->text, "The Old Mill Inn"));
    assert_non_null(strstr(r->text, "before you book a room"));
    assert_null(strstr(r->text, "Ten bridges to see"));
    pith_result_free(r);
}

/* A fact sheet whose lines name a field before their link ("Publisher:
 * <a>...</a>") is the article's too, short as it is. */
static void test_fields_naming_links(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1 PROSE2 PROSE3
        "<ul><li>Publisher: <a href='/p'>Harbour Books</a></li>"
        "<li>Series: <a href='/s'>Bridges of the North</a></li>"
        "<li>Illustrator: <a href='/i'>Ana Berg</a></li></ul>"
        "<ul><li><a href='/f'>Ten bridges to see before winter</a></li>"
        "<li><a href='/g'>The ferry returns to the lake</a></li>"
        "<li><a href='/h'>Where to eat on the old canal</a></li></ul>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Publisher: Harbour Books"));
    assert_non_null(strstr(r->text, "Illustrator: Ana Berg"));
    assert_null(strstr(r->text, "Ten bridges to see"));
    pith_result_free(r);
}

/* A list of links the sentence before it announces ("...here are the
 * courses it offers:") is the list the story promised; the same links
 * under a short "Related reads:" line are not the story's. */
static void test_list_announced_by_a_sentence(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1 PROSE2 PROSE3
        "<p>The county college also teaches bridge building, and here are the courses it "
        "offers this year:</p>"
        "<ul><li><a href='/c1'>Iron frames</a></li><li><a href='/c2'>Timber decks</a></li>"
        "<li><a href='/c3'>Stone arches</a></li></ul>"
        "<p>Related reads:</p>"
        "<ul><li><a href='/f'>Ten bridges to see before winter</a></li>"
        "<li><a href='/g'>The ferry returns to the lake</a></li></ul>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Iron frames"));
    assert_non_null(strstr(r->text, "Stone arches"));
    assert_null(strstr(r->text, "Ten bridges to see"));
    pith_result_free(r);
}

/* A list in the story's flow whose links lead to other sites (the lamps
 * a guide recommends under one of its sections, each linked to a shop) is
 * the story's; the site's own links in the same place, and other sites'
 * links after the story's last paragraph, are not. */
static void test_list_naming_other_sites(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><link rel=canonical href='https://www.rivertown-news.example/lamps'>"
        "</head><body><article>" PROSE1
        "<h3>Lamps for the towpath</h3>"
        "<ul><li><a href='https://shop.lampmaker.example/trail-400'>Larkfield Trail 400</a></li>"
        "<li><a href='https://lanterns.example.net/camp-250'>Larkfield Camp 250</a></li></ul>"
        PROSE2
        "<ul><li><a href='https://rivertown-news.example/ferry'>The ferry returns to the "
        "lake</a></li><li><a href='/canal'>Where to eat on the old canal</a></li></ul>"
        PROSE3
        "<ul><li><a href='https://other-paper.example/winter'>Ten bridges to see before "
        "winter</a></li><li><a href='https://other-paper.example/mill'>The mill reopens its "
        "doors</a></li></ul>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Larkfield Trail 400"));
    assert_non_null(strstr(r->text, "Larkfield Camp 250"));
    assert_non_null(strstr(r->text, "second survey"));
    assert_null(strstr(r->text, "The ferry returns"));
    assert_null(strstr(r->text, "Ten bridges to see"));
    pith_result_free(r);
}

/* In such a list whose other lines are prose, the lines that are one link
 * each (a product's name linked to its shop) stay with them. */
static void test_list_naming_other_sites_keeps_its_link_lines(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><link rel=canonical href='https://www.rivertown-news.example/lamps'>"
        "</head><body><article>" PROSE1 PROSE2
        "<ul><li><a href='https://shop.lampmaker.example/trail-400'>Larkfield Trail 400</a></li>"
        "<li><a href='https://lanterns.example.net/camp-250'>Larkfield Camp 250</a></li>"
        "<li>A lantern for the porch that runs for twelve hours on one charge, folds flat "
        "into a drawer and stands the rain of a whole autumn on the towpath, from "
        "<a href='https://lanterns.example.net/porch'>the lantern shop</a>.</li></ul>"
        PROSE3 "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "twelve hours"));
    assert_non_null(strstr(r->text, "Larkfield Trail 400"));
    assert_non_null(strstr(r->text, "Larkfield Camp 250"));
    pith_result_free(r);
}

/* A table of data whose names are links (a comparison of products: each
 * row its linked name, its price and its figures) is the article's, however
 * much of it is links; a table of links only (a menu laid out in cells) is
 * not. */
static void test_table_of_data_with_linked_names(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1 PROSE2 PROSE3
        "<table><tr><th>Lamp</th><th>Price</th><th>Run time</th></tr>"
        "<tr><td><a href='/l1'>Larkfield Trail Headlamp Pro 400</a></td><td>$35</td><td>9 "
        "h</td></tr>"
        "<tr><td><a href='/l2'>Larkfield Summit Headlamp Max 900</a></td><td>$60</td><td>6 "
        "h</td></tr>"
        "<tr><td><a href='/l3'>Larkfield Camp Lantern Light 250</a></td><td>$25</td><td>12 "
        "h</td></tr>"
        "</table>"
        "<table><tr><td><a href='/n1'>Ten bridges to see before winter</a></td>"
        "<td><a href='/n2'>The ferry returns to the lake</a></td></tr>"
        "<tr><td><a href='/n3'>A walk along the old canal towpath</a></td>"
        "<td><a href='/n4'>The market moves to the square</a></td></tr>"
        "<tr><td><a href='/n5'>Where the river meets the sea</a></td>"
        "<td><a href='/n6'>The mill reopens its doors</a></td></tr></table>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Larkfield Trail Headlamp Pro 400"));
    assert_non_null(strstr(r->text, "$60"));
    assert_non_null(strstr(r->text, "Run time"));
    assert_null(strstr(r->text, "Ten bridges to see"));
    pith_result_free(r);
}

/* A box under a boilerplate name that the clean stage let stay (several
 * paragraphs of prose, "body-with-adrail" named for the ad rail beside
 * it) is the story's when it stands between the story's paragraphs; after
 * the last one it is what follows stories (an appeal to readers). */
static void test_boilerplate_name_inside_the_flow(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Bridge vote</title><meta property='og:type' content='article'>"
        "</head><body><article>"
        "<p>The council met on Tuesday evening to discuss the future of the old railway bridge, "
        "which has stood over the river since the town was founded, and which many residents "
        "would like to see restored.</p>"
        "<p>Engineers told the meeting that the iron frame is sound, but that the wooden deck "
        "has rotted in several places, and that repairs would take at least a year and cost more "
        "than planned.</p>"
        "<div class=\"body-with-adrail\">"
        "<p>The first engineer to speak said the deck boards could be replaced one span at a "
        "time so that the bridge would stay open to walkers for most of the work and close only "
        "for the last two weeks of the job, when the new handrails go in along both sides of the "
        "deck.</p>"
        "<p>A second engineer warned that the old oak had been painted with tar in the last "
        "century and that the tar would have to be scraped off and taken away before any new "
        "boards were laid, and that the scraping alone would take a crew of four about a "
        "month.</p>"
        "<p>The third engineer showed photographs of the piers taken from a boat last summer and "
        "said the stone was in good order apart from a few joints that would need new mortar "
        "before winter comes and the river rises again over the lowest of the old stones.</p>"
        "<p>A fourth engineer from the county said the county would lend its barge and crane for "
        "the work on the piers so that the town would not have to hire them from a firm in the "
        "city for the summer, which would save the town a good part of the cost of the whole "
        "repair.</p>"
        "</div>"
        "<p>After a long debate the council agreed to commission a second survey, and to put the "
        "question to a public vote in the spring, when the results of that survey are "
        "expected.</p>"
        "<div class=\"letter-adrail\">"
        "<p>Local reporting like this story takes time and money, and this paper has been "
        "written by the same small team for more than forty years without a rich owner behind "
        "it, and it hopes to keep going for forty more years with your help.</p>"
        "<p>If you read our stories about the council and the river every week then please think "
        "about giving a few pounds each month so that our team can keep going to every meeting "
        "of the council and every hearing at the court in town.</p>"
        "<p>Every gift goes to the newsroom and none of it goes to shareholders because there "
        "are none, and you can stop giving at any time from your account page without a phone "
        "call or a letter, and we will thank you for every month you gave.</p>"
        "<p>You can also give once by card or by cheque sent to the office on the high street, "
        "and every reader who gives will get our new year letter with the story of the year in "
        "the town, printed on paper and signed by every one of the people in our newsroom, from "
        "the editor to the reporter who covers the courts.</p>"
        "</div>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "The first engineer to speak"));
    assert_non_null(strstr(r->text, "A fourth engineer from the county"));
    assert_non_null(strstr(r->text, "second survey"));
    assert_null(strstr(r->text, "Local reporting like this story"));
    pith_result_free(r);
}

/* A page that shows code is a manual, whatever its type was taken for:
 * the note it writes again under each step is read where it stands, as on
 * a documentation page. */
static void test_repeats_of_a_page_with_code(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1
        "<div class=step><h2>From a shell</h2><p>Open the port and read a few lines.</p>"
        "<pre><code>stty -F /dev/ttyUSB0 9600\nhead -n 5 /dev/ttyUSB0</code></pre>"
        "<p>Note: the port belongs to the dialout group, so add your user to that group "
        "and log in again before you open it.</p></div>"
        "<div class=step><h2>From Python</h2><p>The script reads each line as it comes.</p>"
        "<pre><code>port = serial.Serial('/dev/ttyUSB0', 9600)</code></pre>"
        "<p>Note: the port belongs to the dialout group, so add your user to that group "
        "and log in again before you open it.</p></div>"
        "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    const char *first = strstr(r->text, "dialout group");
    assert_non_null(first);
    assert_non_null(strstr(first + 1, "dialout group"));
    pith_result_free(r);
}

/* A page builder cuts an article into blocks of one template ("sqs-block"):
 * the lead in a block of its own before the body (two short paragraphs,
 * too short to score) is the article's too; a block of links before it and
 * a box of another template are not. */
#define BUILDER_BLOCK "<div class='sqs-block html-block'>"
static void test_article_lead_in_a_builder_block(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><div class=content>"
        BUILDER_BLOCK "<p><a href='/a'>Home</a> / <a href='/b'>Guides</a></p></div>"
        BUILDER_BLOCK "<p>This guide gives the prices of bridge repairs in the valley.</p>"
        "<p>Your own project may cost more or less.</p></div>"
        "<div class='sqs-gallery'><p>Photos of the works are on the gallery page.</p></div>"
        BUILDER_BLOCK PROSE1 PROSE2 PROSE3 "</div>"
        "</div></body></html>";
    static const char *const kept[] = {"This guide gives the prices", "may cost more or less",
                                       "railway bridge"};
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    for (size_t k = 0; k < sizeof kept / sizeof kept[0]; k++)
        assert_non_null(strstr(r->text, kept[k]));
    assert_null(strstr(r->text, "Guides"));
    assert_null(strstr(r->text, "gallery page"));
    pith_result_free(r);
}
#undef BUILDER_BLOCK

/* An article's introduction in a box of its own before the body (several
 * paragraphs of prose, few links), far lighter than a long body in a box
 * of another name: the story's opening all the same.  A box of links
 * before it is not. */
#define THREE_PARAS PROSE1 PROSE2 PROSE3
#define LONG_BODY THREE_PARAS THREE_PARAS THREE_PARAS THREE_PARAS THREE_PARAS THREE_PARAS \
                  THREE_PARAS THREE_PARAS THREE_PARAS THREE_PARAS THREE_PARAS THREE_PARAS
static void test_article_intro_in_a_box_of_its_own(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><div class=post-column>"
        "<div class=post-links><p><a href='/a'>Home</a> / <a href='/b'>Road trips</a></p></div>"
        "<div class='post-intro rich-text'><p>Whether you cross the whole country from one coast "
        "to the other or only drive between two of its cities, a car of your own lets you stop "
        "wherever the road takes you and stay as long as you like.</p>"
        "<p>We spent three months on the roads of the west and we rented from nearly every "
        "company that has a desk at an airport there, from the largest chains to the small "
        "local firms.</p>"
        "<p>This guide says which of them we would book again and which we would avoid, with "
        "the prices we paid for each car and the fees that nobody mentioned until we handed "
        "back the keys.</p></div>"
        "<div class='rich-text post-body'>" LONG_BODY "</div>"
        "</div></body></html>";
    static const char *const kept[] = {"a car of your own", "handed back the keys",
                                       "railway bridge"};
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    for (size_t k = 0; k < sizeof kept / sizeof kept[0]; k++)
        assert_non_null(strstr(r->text, kept[k]));
    assert_null(strstr(r->text, "Road trips"));
    pith_result_free(r);
}

/* The article's lead paragraph alone in a box of its own before the body
 * (an "intro" box of another template, with an empty paragraph kept for
 * spacing), too short to weigh anything beside a long body: the story's
 * opening all the same.  A one-paragraph box before it whose text holds a
 * link (a disclosure, "learn more") is not. */
static void test_article_lead_paragraph_in_a_box(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><div class=story-column><h1>Bridges of the valley</h1>"
        "<div class=notice><p>We are paid when you book through our pages, which keeps this "
        "guide free. <a href='/how'>How we choose</a></p></div>"
        "<div class=large-lead><p>Every one of the old bridges in the valley was built by the "
        "same two masons, and most of them still carry the traffic they were made for.</p>"
        "<p>&#x200d;</p></div>"
        "<div class='rich-text story-body'>" LONG_BODY "</div>"
        "</div></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "the same two masons"));
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_null(strstr(r->text, "keeps this guide free"));
    pith_result_free(r);
}

/* The story's last section in a box of another template after a long
 * body (its heading, then paragraphs of prose), far too light beside the
 * body to join by its weight: a section of the story all the same.  A box
 * of prose after it that opens with no heading, and one of teasers under
 * linked headings, are not. */
static void test_article_section_after_a_long_body(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><div class=story-column>"
        "<div class='rich-text story-body'>" LONG_BODY "</div>"
        "<div class=closing-block><h2>Ferries before the bridge</h2>"
        "<p>Before the first span was raised, two ferries carried the carts across the river "
        "at the narrows, and the ferrymen charged a toll that the town council set every "
        "spring at its first meeting of the year.</p>"
        "<p>The last of the ferry boats was kept as a museum piece on the north bank, where "
        "visitors can still see the ropes and the capstan that pulled it from one side of the "
        "water to the other on busy market days.</p>"
        "<p>Older residents remember the crossing well and say that the boat was slow but "
        "never late, which is more than they would say of the buses that replaced it.</p></div>"
        "<div class=closing-note><p>Our reporters visit every town of the valley once a year "
        "and write about what they find there, from the old mills to the new schools, in the "
        "long reads that we publish every weekend for the members of our club.</p>"
        "<p>Members receive the long reads before anyone else, together with the photographs "
        "that did not fit into the printed edition of the paper, and can ask our reporters "
        "what they would like them to write about next in their town.</p></div>"
        "<div class=more-stories><h3><a href='/mills'>The mills of the valley and the families "
        "who ran them for two hundred years</a></h3><p>A look at the water mills that once "
        "lined the river, from the first grain mill to the last sawmill, and at the families "
        "who worked them until the railway came.</p>"
        "<h3><a href='/schools'>The new schools of the valley</a></h3><p>Three towns opened "
        "new schools this year; we visited each of them and asked the teachers what changed "
        "for their pupils and for the families who live near them.</p></div>"
        "</div></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_non_null(strstr(r->text, "Ferries before the bridge"));
    assert_non_null(strstr(r->text, "never late"));
    assert_null(strstr(r->text, "members of our club"));
    assert_null(strstr(r->text, "water mills"));
    pith_result_free(r);
}
#undef THREE_PARAS
#undef LONG_BODY

/* A heading that is the main part of the page's title, standing after
 * the article's opening paragraph, heads the first section: it stays. */
static void test_title_part_after_the_opening_stays(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>What is a heat pump? Costs explained | Warm Homes</title></head>"
        "<body><main><div class=story><p>Most of the houses on our street were heated by oil "
        "until last winter, when the price of a delivery doubled and half of the neighbours "
        "started asking what else they could do.</p><h2>What is a heat pump?</h2>"
        PROSE1 PROSE2 "<h2>What it costs</h2>" PROSE3 "</div></main></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "What is a heat pump?"));
    pith_result_free(r);
}

/* Boxes named as cards of other stories ("article-card") holding an
 * article's steps, one on the page's main path: the other steps are the
 * same article; a list of teasers of other stories, each a linked
 * heading and a line, goes. */
#define STEP_CARD "<div class='article-card'>"
static void test_article_cut_into_story_cards(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main>"
        STEP_CARD "<h2>Step 1: The survey</h2>" PROSE1 PROSE2 PROSE3 "</div>"
        STEP_CARD "<h2>Step 2: The vote</h2><p>Residents will be asked in the spring whether "
        "they want the bridge restored, and the council has promised to follow whatever the "
        "majority of them decides.</p><p>The polling station will be the school hall, open "
        "from seven until nine.</p></div>"
        "</main><div class='related-stories'>"
        "<div class='related-card'><h3><a href='/a'>Council tax rises again this year</a></h3>"
        "<p>What the new rates mean.</p></div>"
        "<div class='related-card'><h3><a href='/b'>New road opens to traffic</a></h3>"
        "<p>The bypass is finished.</p></div></div></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_non_null(strstr(r->text, "whatever the majority"));
    assert_null(strstr(r->text, "Council tax rises"));
    pith_result_free(r);
}

/* A section whose id is its heading's text made an anchor, and more
 * ("...-section"): the heading's words name it, not furniture, even when
 * they say "reply" or "sign up"; a section named "comments" that holds
 * the replies still goes. */
static void test_section_named_by_its_heading(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><section id='overview-section'><h2>Overview</h2>" PROSE1 "</section>"
        "<section id='reply-to-an-incoming-message-section'><h2>Reply to an incoming "
        "message</h2>" PROSE2 "</section>"
        "<section id='sign-up-and-get-a-phone-number-section'><h2>Sign up and get a phone "
        "number</h2>" PROSE3 "</section></main>"
        "<section id='comments'><h2>Comments</h2><p>Great read, thanks for writing this up "
        "so clearly, it helped me a lot with my own project.</p></section></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "railway bridge"));
    assert_non_null(strstr(r->text, "iron frame is sound"));
    assert_non_null(strstr(r->text, "second survey"));
    assert_null(strstr(r->text, "Great read"));
    pith_result_free(r);
}

/* A hover card inside a sentence (the photo and latest stories of the
 * person named, shown on hover) goes; the name stays in the sentence. */
static void test_hover_card(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article>" PROSE1
        "<p>The motion was put by councillor <span class='rollover'><a href='/people/ada'>Ada "
        "Lane</a><span class='rollover-block'><img src='/ada.jpg'><a href='/people/ada'>Ada "
        "Lane</a><a href='/1'>Council votes to keep the old bridge open for walkers</a>"
        "<a href='/2'>Ferry timetable changes for the summer season</a></span></span>, who "
        "has argued for the bridge for years.</p>" PROSE2 PROSE3 "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "councillor Ada Lane, who has argued"));
    assert_null(strstr(r->text, "Ferry timetable"));
    pith_result_free(r);
}

/* A byline line inside the article is metadata, and goes (the author is
 * in the result's author field); a sentence that opens with "By" stays. */
static void test_byline_lines(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><h1>Bridge to stay</h1><div class='byline'>By Justine Coleman "
        "- 11/18/19 11:04 PM EST</div><p>By Phil Helsel</p>" PROSE1
        "<p>By taking off just the top half of the deck, you save nearly a third of the cost.</p>"
        PROSE2 PROSE3 "</article></body></html>";
    pith_result *r = extract(page, PITH_FAVOR_BALANCED);
    assert_null(strstr(r->text, "Justine Coleman"));
    assert_null(strstr(r->text, "Phil Helsel"));
    assert_non_null(strstr(r->text, "By taking off just the top half"));
    assert_non_null(r->author);
    assert_string_equal(r->author, "Justine Coleman");
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
        cmocka_unit_test(test_manual_sections),
        cmocka_unit_test(test_recall_pass_widens_truncated_choice),
        cmocka_unit_test(test_classifier_verdicts),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_collection_description_twice),
        cmocka_unit_test(test_block_hash_is_fnv1a_64),
        cmocka_unit_test(test_manual_repeats_stay),
        cmocka_unit_test(test_product_name_heading_stays),
        cmocka_unit_test(test_product_copies),
        cmocka_unit_test(test_product_item_copies),
        cmocka_unit_test(test_product_link_lines),
        cmocka_unit_test(test_service_link_lines),
        cmocka_unit_test(test_product_inline_link_lines),
        cmocka_unit_test(test_item_field_repeats_stay),
        cmocka_unit_test(test_item_titles_alike_stay),
        cmocka_unit_test(test_confidence),
        cmocka_unit_test(test_date_lines),
        cmocka_unit_test(test_quoted_post_in_social_wrapper),
        cmocka_unit_test(test_article_cut_into_widget_boxes),
        cmocka_unit_test(test_section_in_a_box_named_for_the_contents),
        cmocka_unit_test(test_intro_beside_the_contents),
        cmocka_unit_test(test_sentences_citing_links),
        cmocka_unit_test(test_fields_naming_links),
        cmocka_unit_test(test_list_announced_by_a_sentence),
        cmocka_unit_test(test_list_naming_other_sites),
        cmocka_unit_test(test_list_naming_other_sites_keeps_its_link_lines),
        cmocka_unit_test(test_table_of_data_with_linked_names),
        cmocka_unit_test(test_boilerplate_name_inside_the_flow),
        cmocka_unit_test(test_repeats_of_a_page_with_code),
        cmocka_unit_test(test_article_lead_in_a_builder_block),
        cmocka_unit_test(test_article_intro_in_a_box_of_its_own),
        cmocka_unit_test(test_article_lead_paragraph_in_a_box),
        cmocka_unit_test(test_article_section_after_a_long_body),
        cmocka_unit_test(test_title_part_after_the_opening_stays),
        cmocka_unit_test(test_article_cut_into_story_cards),
        cmocka_unit_test(test_section_named_by_its_heading),
        cmocka_unit_test(test_hover_card),
        cmocka_unit_test(test_byline_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
