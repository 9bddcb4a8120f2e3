/*
 * clean_test.c — the clean stage (clean/): what it drops and by which
 * rule (tags, what the page hides, roles, ad attributes, metadata
 * microdata, class and id categories, phrases, a boilerplate heading's
 * section), what it never drops (the path to the article's prose, a word
 * inside a sentence), and the class/id string the rules see.
 */
#include "stage.h"

/* The rule that dropped the element with this id, or "kept". */
static const char *dropped_by(const test_staged *s, const char *id)
{
    const pith_el *el = &s->ctx.dom.els[test_find_id(&s->ctx.dom, id)];
    if (!(el->flags & PITH_EL_DROPPED))
        return "kept";
    assert_non_null(el->rule);
    return el->rule;
}

/* The page: body, then the article.  It stays in page[] while the parse
 * that points into it lives. */
static char page[8192];

static void clean_page(test_staged *s, const char *body, pith_favor favor)
{
    int n = snprintf(page, sizeof page,
                     "<html><body>%s<article id=story>" PROSE1 PROSE2 "</article></body></html>",
                     body);
    assert_true(n > 0 && (size_t)n < sizeof page);
    test_stage(s, page, favor, TEST_CLEAN);
}

/* Tags that are never content, and the layout tags outside the article. */
static void test_drops_by_tag(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<nav id=nav><a href=/>Home</a></nav><aside id=aside>More stories</aside>"
               "<form id=form><input id=in name=q></form><script id=js>x()</script>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "nav"), "tag:nav");
    assert_string_equal(dropped_by(&s, "aside"), "tag:aside");
    assert_string_equal(dropped_by(&s, "form"), "tag:form");
    assert_string_equal(dropped_by(&s, "js"), "tag:script");
    assert_string_equal(dropped_by(&s, "story"), "kept");
    test_unstage(&s);
}

/* A class longer than the room to read it is cut at its last whole token:
 * the first letters of a search's result card ("search_result_item")
 * would read as a search box and drop the card. */
static void test_long_class_cut_at_token(void **state)
{
    (void)state;
    char body[1024] = "<div id=card class='";
    for (int k = 0; k < 100; k++)
        strcat(body, "wrap ");
    strcat(body, "search_result_item'><a href=/a>A story</a> told in a sentence.</div>");
    test_staged s;
    clean_page(&s, body, PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "card"), "kept");
    test_unstage(&s);
}

/* A utility class holding a CSS value in brackets ("top-[var(--nav-height)]",
 * as Tailwind writes one) says where a box sits, not what it is: the
 * feature panel held under the menu's height stays.  A class naming a menu
 * ("site-nav") still drops its box. */
static void test_class_holding_a_css_value(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div id=panel class='sticky top-[var(--nav-height)] h-[var(--content-height)]'>"
               "<div>Studio portraits</div><div>The camera keeps a face sharp against a soft "
               "background, the way a portrait lens does.</div></div>"
               "<div id=menu class=site-nav><a href=/a>Phones</a> <a href=/b>Tablets</a></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "panel"), "kept");
    assert_string_equal(dropped_by(&s, "menu"), "class:nav");
    test_unstage(&s);
}

/* A footer word in a class naming a card's part is the bottom of one card:
 * one holding a heading (a customer's quote set as the card's title) is the
 * card's text and stays; one holding a button only goes, and so does the
 * page's own footer. */
static void test_card_footer_with_heading(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div class=customer-card><div id=quote class=CustomerCardFooter>"
               "<h3>Our bills fell by half in the first month.</h3></div></div>"
               "<div class=plan-card><div id=button class=card-footer><a href=/o>Order now</a>"
               "</div></div><div id=page class=page-footer><h3>Company</h3></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "quote"), "kept");
    assert_string_equal(dropped_by(&s, "button"), "class:footer");
    assert_string_equal(dropped_by(&s, "page"), "class:footer");
    test_unstage(&s);
}

/* What the page hides: each way has its rule; the hidden attribute and a
 * hiding style also mark the subtree hidden for the later stages, which
 * aria-hidden (hidden from assistive technology only) does not. */
static void test_hidden(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div id=attr hidden><span id=inner>Secret words</span></div>"
               "<div id=aria aria-hidden=true>Icon label</div>"
               "<div id=style style='display : none'>Folded text</div>",
               PITH_FAVOR_BALANCED);
    const pith_dom *dom = &s.ctx.dom;
    assert_string_equal(dropped_by(&s, "attr"), "attr:hidden");
    assert_string_equal(dropped_by(&s, "aria"), "attr:aria-hidden");
    assert_string_equal(dropped_by(&s, "style"), "style:hidden");
    assert_true(dom->els[test_find_id(dom, "inner")].flags & PITH_EL_HIDDEN);
    assert_true(dom->els[test_find_id(dom, "style")].flags & PITH_EL_HIDDEN);
    assert_false(dom->els[test_find_id(dom, "aria")].flags & PITH_EL_HIDDEN);
    test_unstage(&s);
}

/* ARIA roles, advertising attributes and metadata microdata. */
static void test_roles_attributes_itemprops(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div id=role role=Navigation>Sections</div>"
               "<div id=ad data-ad-slot=top>Sponsored words</div>"
               "<span id=meta itemprop='author datePublished'>Jane, 3 May</span>"
               "<span id=kept itemprop=articleSection>Travel</span>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "role"), "role:navigation");
    assert_string_equal(dropped_by(&s, "ad"), "attr:ad");
    assert_string_equal(dropped_by(&s, "meta"), "itemprop:meta");
    assert_string_equal(dropped_by(&s, "kept"), "kept");
    test_unstage(&s);
}

/* An ad slot's attribute on a box holding several paragraphs of prose
 * (the rest of a list after the ad between its items) does not take
 * them along; a short ad box with the same attribute still goes. */
static void test_ad_attribute_on_prose(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<html><body><article id=story>" PROSE1 PROSE2 PROSE3 PROSE1 PROSE2 PROSE3 PROSE1
               "<div id=ad data-ad-index=1>Advertisement - Continue Reading Below</div>"
               "<section id=part data-ad-index=2>" PROSE2 PROSE3 PROSE1 PROSE2 PROSE3 "</section>"
               "</article></body></html>",
               PITH_FAVOR_BALANCED, TEST_CLEAN);
    assert_string_equal(dropped_by(&s, "part"), "kept");
    assert_string_equal(dropped_by(&s, "ad"), "attr:ad");
    test_unstage(&s);
}

/* Class and id categories drop boxes beside the article; a wrapper named
 * after a sidebar that holds the article's prose (the main path) stays. */
static void test_class_categories_and_main_path(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<html><body><div id=wrap class=has-sidebar><div id=body>" PROSE1 PROSE2
               "</div>"
               "<div id=side class=sidebar><a href=/a>One</a> <a href=/b>Two</a></div>"
               "<div id=share class=share-buttons><a href=/f>Facebook</a></div>"
               "</div></body></html>",
               PITH_FAVOR_BALANCED, TEST_CLEAN);
    const pith_dom *dom = &s.ctx.dom;
    assert_true(dom->els[test_find_id(dom, "wrap")].flags & PITH_EL_HOLDS_MAIN);
    assert_string_equal(dropped_by(&s, "wrap"), "kept");
    assert_string_equal(dropped_by(&s, "body"), "kept");
    assert_string_equal(dropped_by(&s, "side"), "class:sidebar");
    assert_string_equal(dropped_by(&s, "share"), "class:share");
    assert_int_equal(dom->prose, test_find_id(dom, "body"));
    test_unstage(&s);
}

/* Phrase rules judge short blocks: a label is dropped; a boilerplate
 * heading takes its section along, up to the next heading of its rank. */
static void test_phrases_and_sections(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div id=e0><p id=e1>Advertisement</p>"
               "<h3 id=e2>Related articles</h3><ul id=e3><li><a href=/1>A story about "
               "trains</a></li></ul><p id=e4>Trains in winter</p>"
               "<h3 id=e5>Timetable</h3><p id=e6>The first train leaves at six.</p></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "e1"), "phrase:ad");
    assert_string_equal(dropped_by(&s, "e2"), "phrase:related");
    assert_string_equal(dropped_by(&s, "e3"), "phrase:related");
    assert_string_equal(dropped_by(&s, "e4"), "phrase:related");
    assert_string_equal(dropped_by(&s, "e5"), "kept");
    assert_string_equal(dropped_by(&s, "e6"), "kept");
    test_unstage(&s);
}

/* A picture's credit line goes; a list's item that reads like one is a
 * line of a list of specifications ("Graphics: ...", "Video: ...") or of
 * sources, and stays. */
static void test_credit_not_a_list_item(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div><img src=/a.jpg><p>The old bridge at dawn, from the east bank.</p>"
               "<p id=c1>Photo: Jane Smith</p></div>"
               "<ul><li id=l1>Processor: AMD Ryzen 7 7735HS</li>"
               "<li id=l2>Graphics: Nvidia RTX 4050</li>"
               "<li id=l3>Video: 4K at 30 frames a second</li></ul>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "c1"), "phrase:credit");
    static const char *const items[] = {"l1", "l2", "l3"};
    for (size_t k = 0; k < sizeof items / sizeof items[0]; k++)
        assert_string_equal(dropped_by(&s, items[k]), "kept");
    test_unstage(&s);
}

/* A manual's headings are its outline: the id a generator makes of a
 * heading's text names no furniture (a widget's heading id still does), a
 * heading that is all a link to itself is not its permalink (the pilcrow
 * beside the text is), a numbered section is no "More on..." box, and
 * code is never a label. */
static void test_manual_headings(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div><h2 id=captions>Captions</h2>"
               "<h3 id=onetrust-policy-title>We care about your privacy</h3>"
               "<h2 id=attributes><a id=self class=heading-anchor href=#attributes>"
               "Attributes</a></h2>"
               "<h2>Install<a id=pilcrow class=headerlink href=#install>\u00b6</a></h2>"
               "<h2 id=n1>5.1. More on Lists</h2><p id=n2>Lists have methods.</p>"
               "<h2 id=n3>More on trains</h2><p id=n4>Other trains.</p>"
               "<dl><dt><code id=opt>--author=</code></dt><dd>Who wrote it.</dd></dl></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "captions"), "kept");
    assert_string_equal(dropped_by(&s, "onetrust-policy-title"), "class:cookie");
    assert_string_equal(dropped_by(&s, "self"), "kept");
    assert_string_equal(dropped_by(&s, "pilcrow"), "class:nav");
    assert_string_equal(dropped_by(&s, "n1"), "kept");
    assert_string_equal(dropped_by(&s, "n2"), "kept");
    assert_string_equal(dropped_by(&s, "n3"), "phrase:related");
    assert_string_equal(dropped_by(&s, "n4"), "phrase:related");
    assert_string_equal(dropped_by(&s, "opt"), "kept");
    test_unstage(&s);
}

/* WordPress's block editor marks a heading's anchor with "h-" before its
 * text ("h-what-is-social-shopping"): the heading's words, no share box;
 * an id of one letter and another word still names furniture. */
static void test_marked_heading_anchor(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div><h2 id=h-what-is-social-shopping class=wp-block-heading>What is social "
               "shopping?</h2><p>Buying from a post without leaving the app.</p>"
               "<h3 id=x-share-bar>Spread the word</h3></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "h-what-is-social-shopping"), "kept");
    assert_string_equal(dropped_by(&s, "x-share-bar"), "class:share");
    test_unstage(&s);
}

/* A manual's page tools go: whether the page helped, when it last
 * changed, the label over its table of contents with the links under it
 * (not the prose after them), its version picker and feedback box, and
 * its row of previous / up / next links (DocBook's "navfooter"). */
static void test_manual_tools(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div><p id=t1>Was this page helpful?</p>"
               "<p id=t2>This page was last modified on Dec 5, 2025 by its contributors.</p>"
               "<p id=t3>Last updated 2026-03-05 UTC.</p>"
               "<h2 id=t4>On this page</h2><ul id=t5><li><a href=#a>Install</a></li>"
               "<li><a href=#b>Usage</a></li></ul><p id=t6>Install it before you use it.</p>"
               "<div id=t7 class=version-switcher><a href=/5.1/>5.1</a> <a href=/6.0/>6.0</a></div>"
               "<div id=t8 class=page-feedback><button>Yes</button><button>No</button></div>"
               "<div id=t9 class=navfooter><table><tr><td><a href=/p>Prev</a></td>"
               "<td><a href=/u>Up</a></td><td><a href=/n>Next</a></td></tr><tr><td>Installing"
               "</td><td>Home</td><td>Using it</td></tr></table></div></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "t1"), "phrase:nav");
    assert_string_equal(dropped_by(&s, "t2"), "phrase:meta");
    assert_string_equal(dropped_by(&s, "t3"), "phrase:meta");
    assert_string_equal(dropped_by(&s, "t4"), "phrase:nav");
    assert_string_equal(dropped_by(&s, "t5"), "phrase:nav");
    assert_string_equal(dropped_by(&s, "t6"), "kept");
    assert_string_equal(dropped_by(&s, "t7"), "class:nav");
    assert_string_equal(dropped_by(&s, "t8"), "class:meta");
    assert_string_equal(dropped_by(&s, "t9"), "class:nav");
    test_unstage(&s);
}

/* An API reference's column of examples, named as a sidebar, is code:
 * it stays; a sidebar of links beside it goes. */
static void test_code_column(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div><div id=links class=sidebar><a href=/a>Charges</a> <a href=/b>Refunds</a>"
               "</div><div id=examples class=section-aside><p>Request</p><pre>curl "
               "https://api.example.com/v1/charges -u sk_test_key: -d amount=2000 "
               "-d currency=usd -d source=tok_visa -d description=\"My first charge\"</pre>"
               "</div></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "links"), "class:sidebar");
    assert_string_equal(dropped_by(&s, "examples"), "kept");
    test_unstage(&s);
}

/* A syntax highlighter names a code comment by its kind ("hljs-comment"):
 * inside a <pre> it is the listing's line and stays; the page's comments
 * box still goes. */
static void test_comment_token_in_code(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div><p>Start a repository and look at it:</p><pre><code class=hljs>"
               "<span id=token class=hljs-comment># make the folder a repository</span>\n"
               "git init\n<span id=token2 class=\"token comment\"># what is staged</span>\n"
               "git status</code></pre><div id=box class=comments><p>Great post, thanks!</p>"
               "</div></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "token"), "kept");
    assert_string_equal(dropped_by(&s, "token2"), "kept");
    assert_string_equal(dropped_by(&s, "box"), "class:comments");
    test_unstage(&s);
}

/* A heading named as a permalink's anchor ("header-anchor-post") with a
 * paragraph of prose after it heads a section of the article and stays; a
 * menu's heading over its links still goes. */
static void test_anchor_heading_over_prose(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div><p>Most gardens lose their water to the afternoon sun long before "
               "the roots can drink it.</p><h2 id=section class=header-anchor-post>Water at "
               "dawn</h2><p>Morning watering gives the soil hours to soak it up before the "
               "heat arrives.</p><h3 id=menu class=nav-title>More guides</h3><ul><li>"
               "<a href=/a>Compost</a></li><li><a href=/b>Mulch</a></li></ul></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "section"), "kept");
    assert_string_equal(dropped_by(&s, "menu"), "class:nav");
    test_unstage(&s);
}

/* The same heading over a short opening line and a second paragraph or a
 * list, or linking its subject (a book's title to the book) over prose,
 * heads a section too; over one short line and nothing more it is no
 * section. */
static void test_anchor_heading_over_text(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div><p>Most gardens lose their water to the afternoon sun long before "
               "the roots can drink it.</p><h2 id=short class=header-anchor-post>Why dawn?"
               "</h2><p>Think of the soil.</p><p>Morning watering gives it hours to soak the "
               "water up before the heat arrives.</p><h2 id=linked class=header-anchor-post>"
               "<a href=/book>The Dry Garden (1992) by Beth Chatto</a></h2><p>This book "
               "changed how I plant: grow what the ground can feed, and water less.</p>"
               "<h2 id=list class=header-anchor-post>What you need</h2><p>Two things:</p>"
               "<ul><li>a can with a long spout</li><li>a barrel for the rain</li></ul>"
               "<h3 id=alone class=header-anchor-post>Tools</h3><p>Hoses.</p></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "list"), "kept");
    assert_string_equal(dropped_by(&s, "short"), "kept");
    assert_string_equal(dropped_by(&s, "linked"), "kept");
    assert_string_equal(dropped_by(&s, "alone"), "class:nav");
    test_unstage(&s);
}

/* A word inside a sentence is never judged as a block: a link that reads
 * like a share button, or is named as a recommendation, in running text
 * stays. */
static void test_running_text(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<p>The minister announced the decision on <a id=word href=/t>Facebook</a> on "
               "Friday evening, long after the markets had closed for the week.</p>"
               "<p id=alone><a href=/s>Share on Facebook</a></p>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "word"), "kept");
    assert_string_equal(dropped_by(&s, "alone"), "phrase:share");
    test_unstage(&s);
    /* a phrase of the sentence linked as a recommendation stays; a block
     * of other pages so named goes */
    clean_page(&s,
               "<p>Plant the beans once the soil of your <a id=phrase "
               "class=recommendation-inline-link href=/g>vegetable garden</a> is warm to the "
               "touch, usually two weeks after the last frost.</p><div id=list "
               "class=recommendations><a href=/a>Ten beans to grow</a> <a href=/b>Frost "
               "dates</a></div>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "phrase"), "kept");
    assert_string_equal(dropped_by(&s, "list"), "class:related");
    test_unstage(&s);
}

/* Captions go in balanced mode and stay when recall is asked for. */
static void test_figcaption_by_favor(void **state)
{
    (void)state;
    static const char figure[] =
        "<figure><img src=/a.jpg><figcaption id=cap>The bridge in 1910</figcaption></figure>";
    test_staged s;
    clean_page(&s, figure, PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "cap"), "tag:figcaption");
    test_unstage(&s);
    clean_page(&s, figure, PITH_FAVOR_RECALL);
    assert_string_equal(dropped_by(&s, "cap"), "kept");
    test_unstage(&s);
}

/* The class and id string the class rules match: camelCase and '_' become
 * '-' words, lower case, the id after the classes. */
static void test_class_and_id(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s, "<body><div id=x class='postBody related_links'></div>"
                   "<div class=only></div></body>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    const pith_dom *dom = &s.ctx.dom;
    char out[64];
    size_t n = pith_class_and_id(&dom->els[test_find_id(dom, "x")], out, sizeof out);
    assert_string_equal(out, "post-body related-links x");
    assert_int_equal(n, strlen(out));
    n = pith_class_and_id(&dom->els[test_find_class(dom, "only")], out, sizeof out);
    assert_string_equal(out, "only");
    n = pith_class_and_id(&dom->els[dom->body], out, sizeof out);
    assert_int_equal(n, 0);
    test_unstage(&s);
}

/* The stages up to clean, with the page type given (test_stage leaves
 * it at article): the rules for shops' pages. */
static void clean_typed(test_staged *s, const char *html, pith_pagetype type)
{
    test_stage(s, html, PITH_FAVOR_BALANCED, TEST_META);
    s->ctx.pagetype = type;
    pith_clean(&s->ctx);
}

/* The same after the page-type stage's scan, the type given as the caller
 * gives it (pith_options.pagetype): for a rule that reads what the scan
 * saw (ctx->product_headline). */
static void clean_scanned(test_staged *s, const char *html, const char *type)
{
    test_stage(s, html, PITH_FAVOR_BALANCED, TEST_META);
    s->opt.pagetype = type;
    pith_pagetype_classify(&s->ctx);
    pith_clean(&s->ctx);
}

/* Paragraphs one to a box: text of a page beside the box a test is about,
 * which holds the densest prose (two paragraphs) but not most of the page. */
#define BESIDE "<div>" PROSE1 "</div><div>" PROSE2 "</div><div>" PROSE3 "</div>"

/* A product's short description, then its shoppers' reviews, whose prose
 * is the page's densest. */
static const char reviewed_product[] =
    "<html><body><main><h1>Wool Runner</h1><p id=desc>A light shoe of soft wool.</p>"
    "<div id=reviews class=product-reviews><h2>Customer reviews</h2>" PROSE1 PROSE2
    "</div>" BESIDE "</main></body></html>";

/* On a product page the reviews shoppers wrote go, though the path to the
 * page's densest prose runs through them; on an article (a review's own
 * page) a "reviews" class is no reason to drop anything. */
static void test_product_reviews(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, reviewed_product, PITH_PAGE_PRODUCT);
    assert_true(s.ctx.dom.els[test_find_id(&s.ctx.dom, "reviews")].flags & PITH_EL_HOLDS_MAIN);
    assert_string_equal(dropped_by(&s, "reviews"), "class:reviews");
    assert_string_equal(dropped_by(&s, "desc"), "kept");
    test_unstage(&s);
    clean_typed(&s, reviewed_product, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "reviews"), "kept");
    test_unstage(&s);
}

/* A book's "Editorial Reviews" (the publisher's blurb, critics' quotes) is
 * what it is sold as, not what shoppers wrote: the class that says so
 * (editorialReviews, editorial-reviews) is no reason to drop it. */
static void test_editorial_reviews_kept(void **state)
{
    (void)state;
    static const char book[] =
        "<html><body><main><h1>The Quiet Orchard</h1>" BESIDE
        "<div id=editorialReviews><h2>Editorial Reviews</h2>"
        "<p id=blurb>A patient, luminous novel about the seasons of one small farm.</p></div>"
        "<div id=blurbs class=editorial-reviews>"
        "<p id=quote>Every page smells of apples and rain, says a critic.</p></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, book, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "editorialReviews"), "kept");
    assert_string_equal(dropped_by(&s, "blurb"), "kept");
    assert_string_equal(dropped_by(&s, "blurbs"), "kept");
    test_unstage(&s);
}

/* Under a product, its shoppers' reviews under a heading that says so
 * ("What our customers say", "Customer Reviews"), in boxes no class
 * names: the heading takes them along.  On an article (a course's page,
 * a review of its own) the same heading heads the page's own text. */
static void test_reviews_heading_on_product(void **state)
{
    (void)state;
    static const char product[] =
        "<html><body><main><h1>Brass bow saw</h1>" BESIDE
        "<div id=row><h2>What our customers say</h2></div>"
        "<div id=said><p>Cuts green wood like butter, and the blade stays sharp.</p>"
        "<p>Light enough to carry all day on the trail.</p></div>"
        "<h3 id=count>4.8 (212 reviews)</h3>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, product, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "row"), "phrase:reviews");
    assert_string_equal(dropped_by(&s, "said"), "phrase:reviews");
    assert_string_equal(dropped_by(&s, "count"), "phrase:reviews");
    test_unstage(&s);
    clean_typed(&s, product, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "row"), "kept");
    assert_string_equal(dropped_by(&s, "said"), "kept");
    assert_string_equal(dropped_by(&s, "count"), "kept");
    test_unstage(&s);
}

/* A shop's cart pop-up goes on every page, even when it holds the only
 * prose shown before a script runs (the product itself hidden). */
static void test_cart_widget(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s,
                "<html><body><main><div id=cart class='cart-notification'>" PROSE1 PROSE2
                "</div><div id=product>Wool Runner</div>" BESIDE "</main></body></html>",
                PITH_PAGE_PRODUCT);
    assert_true(s.ctx.dom.els[test_find_id(&s.ctx.dom, "cart")].flags & PITH_EL_HOLDS_MAIN);
    assert_string_equal(dropped_by(&s, "cart"), "class:cart");
    assert_string_equal(dropped_by(&s, "product"), "kept");
    test_unstage(&s);
}

/* A pop-up titled as a legal page (the shop's privacy policy) goes even
 * when the path to the densest prose runs through it; a pop-up holding
 * the product's description is the content the page offers. */
static void test_legal_dialog(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s,
                "<html><body><main><h1>Wool Runner</h1><p id=desc>A light shoe.</p>"
                "<div id=policy role=dialog aria-modal=true><h2>Privacy policy</h2>" PROSE1
                PROSE2 "</div>" BESIDE "</main></body></html>",
                PITH_PAGE_PRODUCT);
    assert_true(s.ctx.dom.els[test_find_id(&s.ctx.dom, "policy")].flags & PITH_EL_HOLDS_MAIN);
    assert_string_equal(dropped_by(&s, "policy"), "role:dialog");
    assert_string_equal(dropped_by(&s, "desc"), "kept");
    test_unstage(&s);
    clean_typed(&s,
                "<html><body><main><h1>Wool Runner</h1>"
                "<div id=about role=dialog aria-modal=true><h2>Description</h2>" PROSE1
                PROSE2 "</div>" BESIDE "</main></body></html>",
                PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "about"), "kept");
    test_unstage(&s);
}

/* A <header> that is all one heading heads its <section> (HTML's reading
 * of a header in sectioning content), on an article too; the page's
 * banner, or a header with more than its heading, goes as before. */
static void test_section_header_heading(void **state)
{
    (void)state;
    static const char sections[] =
        "<html><body><header id=banner><h1>Firm</h1></header><main>"
        "<section><header id=titled><h2>Our experience</h2></header>" PROSE1 "</section>"
        "<section><header id=menu><h2>Services</h2><a href=/a>Audit</a></header>" PROSE2
        "</section><section><header id=alone><h2>Contact</h2></header></section>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, sections, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "titled"), "kept");
    assert_string_equal(dropped_by(&s, "banner"), "tag:header");
    assert_string_equal(dropped_by(&s, "menu"), "tag:header");
    assert_string_equal(dropped_by(&s, "alone"), "tag:header");
    test_unstage(&s);
}

/* Prose longer than a phrase rule reads whole: its heading is judged. */
#define LONG_PROSE PROSE1 PROSE2 PROSE3 PROSE1 PROSE2 PROSE3

/* A heading that links to itself (a manual generator's permalink) heads
 * a section of the manual, whatever its words: "More on fields" is no box
 * of other pages there; without the permalink it is read as one. */
static void test_self_linked_heading(void **state)
{
    (void)state;
    static const char manual[] =
        "<html><body><main><section><h2 id=more>More on fields<a class=headerlink "
        "href=#more-on-fields>\u00b6</a></h2><div id=body>" LONG_PROSE "</div></section>"
        "<section><h2 id=other>More on trains</h2><div id=trains>" LONG_PROSE "</div></section>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, manual, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "more"), "kept");
    assert_string_equal(dropped_by(&s, "body"), "kept");
    assert_string_equal(dropped_by(&s, "other"), "phrase:related");
    assert_string_equal(dropped_by(&s, "trains"), "phrase:related");
    test_unstage(&s);
}
#undef LONG_PROSE

/* A <dialog> without the open attribute is not shown until a script opens
 * it (a contact form, a sign-up box), even when the path to the densest
 * prose runs through its fine print; an open one is part of the page. */
static void test_closed_dialog(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s,
                "<html><body><main><h1>Cloud storage</h1><p id=hero>Files kept safe.</p>"
                "<dialog id=form><h2>Talk to an expert</h2>" PROSE1 PROSE2 "</dialog>" BESIDE
                "</main></body></html>",
                PITH_PAGE_SERVICE);
    assert_true(s.ctx.dom.els[test_find_id(&s.ctx.dom, "form")].flags & PITH_EL_HOLDS_MAIN);
    assert_string_equal(dropped_by(&s, "form"), "tag:dialog");
    assert_string_equal(dropped_by(&s, "hero"), "kept");
    test_unstage(&s);
    clean_typed(&s,
                "<html><body><main><h1>Cloud storage</h1>"
                "<dialog id=shown open><h2>Plans</h2>" PROSE1 "</dialog>" BESIDE
                "</main></body></html>",
                PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "shown"), "kept");
    test_unstage(&s);
}

/* A service page draws its product in boxes named as the section's
 * picture (an editor with sample code, a board of cards): their labels go,
 * whatever the path to the densest prose says; other words ending in
 * "graphic" name no picture, and an article's boxes are left alone. */
static void test_service_illustration(void **state)
{
    (void)state;
    test_staged s;
#define ILLUSTRATED                                                                          \
    "<html><body><main><h1>Boards for teams</h1><p id=hero>Plan the week together.</p>"     \
    "<div id=draw class='PageSection_illustration__P1Yb9'>" PROSE1 PROSE2 "</div>"           \
    "<div id=swim class='swimlane-graphic'><span>Todo</span> <span>Doing</span></div>"      \
    "<div id=info class='infographic'>Nine teams in ten plan their week here.</div>" BESIDE \
    "</main></body></html>"
    clean_typed(&s, ILLUSTRATED, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "draw"), "class:illustration");
    assert_string_equal(dropped_by(&s, "swim"), "class:illustration");
    assert_string_equal(dropped_by(&s, "info"), "kept");
    assert_string_equal(dropped_by(&s, "hero"), "kept");
    test_unstage(&s);
    clean_typed(&s, ILLUSTRATED, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "swim"), "kept");
    test_unstage(&s);
#undef ILLUSTRATED
}

/* A drawing hidden from screen readers (aria-hidden) is no closed panel,
 * though its class names it after the accordion it draws: a form drawn as
 * an accordion of ways to pay goes; the accordion's real answer stays. */
static void test_hidden_illustration_no_panel(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s,
                "<html><body><main><h1>Payments</h1>" BESIDE
                "<figure id=draw class='PaymentAccordionGraphic' aria-hidden=true><span>Card "
                "number</span> <span>Expiry date</span> <span>Pay $168.00</span></figure>"
                "<div id=real class='accordion-body' aria-hidden=true>Every card is "
                "accepted.</div></main></body></html>",
                PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "draw"), "attr:aria-hidden");
    assert_string_equal(dropped_by(&s, "real"), "kept");
    test_unstage(&s);
}

/* A shop's category page: its grid of products sits in a box named like
 * furniture ("results-sidebar"), beside a site menu and a long text; the
 * grid is the page's largest run of alike linked items, and stays, while
 * the menu named a menu goes. */
static void test_grid_in_furniture_box(void **state)
{
    (void)state;
#define TILE(name, price) "<div class=tile><a href=/p>" name "</a> <span class=price>" price \
                          "</span> hand thrown and glazed</div>"
    static const char html[] =
        "<html><head><meta property='og:type' content='product.group'></head><body>"
        "<div class=menu id=menu><a href=/>Home</a> <a href=/s>Shop</a> <a href=/c>Cups</a> "
        "<a href=/b>Bowls</a> <a href=/j>Jugs</a></div>"
        "<div class=results-sidebar id=grid>" TILE("Sea-green teapot", "48.00")
        TILE("Sand teapot", "42.00") TILE("Storm-grey teapot", "48.00")
        TILE("Tea-for-one pot", "36.00") TILE("Family teapot", "64.00") "</div>"
        "<div id=story>" PROSE1 PROSE2 PROSE3 "</div></body></html>";
#undef TILE
    test_staged s;
    test_stage(&s, html, PITH_FAVOR_BALANCED, TEST_META);
    pith_pagetype_classify(&s.ctx);
    assert_int_equal(s.ctx.pagetype, PITH_PAGE_COLLECTION);
    pith_clean(&s.ctx);
    assert_string_equal(dropped_by(&s, "grid"), "kept");
    assert_string_equal(dropped_by(&s, "menu"), "class:nav");
    test_unstage(&s);
    /* On an article the same box is the article's sidebar. */
    test_stage(&s, html, PITH_FAVOR_BALANCED, TEST_META);
    pith_pagetype_classify(&s.ctx);
    s.ctx.pagetype = PITH_PAGE_ARTICLE;
    pith_clean(&s.ctx);
    assert_string_equal(dropped_by(&s, "grid"), "class:sidebar");
    test_unstage(&s);
}

/* The cards of that grid name their parts after the card ("product-card
 * __title" deep in a "product-card"), a name that calls a box beside an
 * article a promotion: in the grid's items they are the cards' titles and
 * prices, and stay; so does a rating named "meta", a card's line too. */
static void test_grid_item_parts(void **state)
{
    (void)state;
#define CARD(n, name)                                                                       \
    "<article class=card><div class=wrap><div class=info><div class=details><div "          \
    "class=title><a id=title" n " class=product-card__title href=/p" n ">" name "</a></div>" \
    "<span class=price>$36</span> <span id=rating" n " class=meta>4.5</span></div></div>"    \
    "</div></article>"
    test_staged s;
    test_stage(&s,
               "<html><head><meta property='og:type' content='product.group'></head><body>"
               "<h1>T-shirts</h1><div class=grid>" CARD("1", "Running Graphic T-Shirt")
               CARD("2", "Geo Seamless T-Shirt") CARD("3", "Shadow Seamless T-Shirt")
               CARD("4", "Arrival Block T-Shirt") CARD("5", "Crest Long Sleeve T-Shirt")
               "</div></body></html>",
               PITH_FAVOR_BALANCED, TEST_META);
#undef CARD
    pith_pagetype_classify(&s.ctx);
    assert_int_equal(s.ctx.pagetype, PITH_PAGE_COLLECTION);
    pith_clean(&s.ctx);
    assert_string_equal(dropped_by(&s, "title1"), "kept");
    assert_string_equal(dropped_by(&s, "title5"), "kept");
    assert_string_equal(dropped_by(&s, "rating1"), "kept");
    test_unstage(&s);
}

/* Clean a page as pith does, its type told (the page's largest run of
 * alike linked items found as the page type stage finds it). */
static void clean_as(test_staged *s, const char *html, pith_pagetype type)
{
    test_stage(s, html, PITH_FAVOR_BALANCED, TEST_META);
    pith_pagetype_classify(&s->ctx);
    s->ctx.pagetype = type;
    pith_clean(&s->ctx);
}

/* A list of stories, each an <article> whose <header> holds its linked
 * title and summary: on a page of many blocks those headers are the items'
 * text, while the page's own <header> (in no run of alike items) and one
 * without a heading still go; on an article the cascade judges the other
 * stories, and the tag rule stands. */
static void test_listing_item_headers(void **state)
{
    (void)state;
#define STORY(n, title)                                                                   \
    "<article class=story><header id=head" n "><h2><a href=/s" n ">" title "</a></h2><p>" \
    "What the council decided about the old railway line, and what comes next.</p>"     \
    "</header></article>"
    static const char html[] =
        "<html><body><header id=masthead><h1>The Town Gazette</h1><a href=/>Home</a></header>"
        "<main><h1>Transport</h1>" STORY("1", "Railway line to reopen")
        STORY("2", "Bus lanes on the high street") STORY("3", "A new bridge for cyclists")
        STORY("4", "Station car park to close") BESIDE "</main>"
        "<header id=bare><a href=/more>More news from the council chamber</a></header>"
        "</body></html>";
#undef STORY
    test_staged s;
    clean_as(&s, html, PITH_PAGE_LISTING);
    assert_string_equal(dropped_by(&s, "head1"), "kept");
    assert_string_equal(dropped_by(&s, "head4"), "kept");
    assert_string_equal(dropped_by(&s, "masthead"), "tag:header");
    assert_string_equal(dropped_by(&s, "bare"), "tag:header");
    test_unstage(&s);
    clean_as(&s, html, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "head1"), "tag:header");
    test_unstage(&s);
}

/* A shop's grid whose cards' titles are headings styled with a caption's
 * class ("text-caption-title"): a heading is a card's title, no picture's
 * caption, and stays on the page of items; the caption class still drops
 * a caption paragraph, and the heading on an article. */
static void test_grid_caption_headings(void **state)
{
    (void)state;
#define CARD(n, name)                                                                     \
    "<div class=listing-card><a href=/p" n "><h2 id=title" n " class=text-caption-title>" \
    name "</h2></a><p id=seller" n " class=text-caption>From a shop by the sea</p>"    \
    "<span class=price>USD 55.25</span></div>"
    static const char html[] =
        "<html><body><h1>Handmade wallets</h1><div class=results>"
        CARD("1", "Leather bifold wallet, hand stitched") CARD("2", "Slim card holder in oak tan")
        CARD("3", "Coin purse with a brass clasp") CARD("4", "Travel wallet for passports")
        "</div></body></html>";
#undef CARD
    test_staged s;
    test_stage(&s, html, PITH_FAVOR_BALANCED, TEST_META);
    pith_pagetype_classify(&s.ctx);
    assert_int_equal(s.ctx.pagetype, PITH_PAGE_COLLECTION);
    pith_clean(&s.ctx);
    assert_string_equal(dropped_by(&s, "title1"), "kept");
    assert_string_equal(dropped_by(&s, "title4"), "kept");
    assert_string_equal(dropped_by(&s, "seller1"), "class:credit");
    test_unstage(&s);
    clean_as(&s, html, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "title1"), "class:credit");
    test_unstage(&s);
}

/* A shop's grid whose cards hold their text in a box named as a caption
 * ("product-caption": the product's name, maker and number under a
 * heading): the box is a card's text, no picture's caption, and stays on
 * the page of items; a caption without a heading still goes, and the box
 * on an article. */
static void test_grid_caption_boxes(void **state)
{
    (void)state;
#define CARD(n, name)                                                                      \
    "<div class=category-product><a href=/p" n "><img src=/i" n ".jpg></a><a class=plbox"  \
    " href=/p" n "><div id=caption" n " class=caption><div>" name "</div><h3>Item Number: "  \
    "P-" n "</h3></div></a><span class=caption id=note" n ">Photo by the maker</span><div>"  \
    "Price: $1,299.00</div></div>"
    static const char html[] =
        "<html><body><h1>Projectors</h1><div class=product-list>"
        CARD("1", "Short throw laser projector") CARD("2", "Portable triple laser projector")
        CARD("3", "Home cinema laser projector") CARD("4", "Installation laser projector")
        "</div></body></html>";
#undef CARD
    test_staged s;
    clean_as(&s, html, PITH_PAGE_COLLECTION);
    assert_string_equal(dropped_by(&s, "caption1"), "kept");
    assert_string_equal(dropped_by(&s, "caption4"), "kept");
    assert_string_equal(dropped_by(&s, "note1"), "class:credit");
    test_unstage(&s);
    clean_as(&s, html, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "caption1"), "class:credit");
    test_unstage(&s);
}

/* A board of job ads, each card wrapped in a box named after its look
 * ("listing paid-logo": an ad shown with its firm's logo): on a listing
 * that box is the card, and stays; a logo inside a card, holding a part of
 * its text, still goes, and so does the wrapper on an article. */
static void test_grid_card_wrappers(void **state)
{
    (void)state;
#define JOB(n, title)                                                                      \
    "<li class=job><a href=/j" n "><div id=card" n " class='listing paid-logo'><h3>" title \
    "</h3><p>Remote, full time, from $90,000 a year</p><span id=logo" n " class=logo>"      \
    "Acme</span></div></a></li>"
    static const char html[] =
        "<html><body><h1>Developer jobs</h1><ul class=jobs>"
        JOB("1", "Senior backend developer") JOB("2", "Frontend engineer, design systems")
        JOB("3", "Data engineer for a logistics firm") JOB("4", "Mobile developer, iOS")
        JOB("5", "Site reliability engineer") JOB("6", "Full-stack developer, Python")
        "</ul></body></html>";
#undef JOB
    test_staged s;
    clean_as(&s, html, PITH_PAGE_LISTING);
    assert_string_equal(dropped_by(&s, "card1"), "kept");
    assert_string_equal(dropped_by(&s, "card6"), "kept");
    assert_string_equal(dropped_by(&s, "logo1"), "class:nav");
    test_unstage(&s);
    clean_as(&s, html, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "card1"), "class:nav");
    test_unstage(&s);
}

/* A front page's "river" of latest stories and its "most read" box, named
 * as an article's lists of other stories: on a listing they are the list,
 * on other pages the other stories they are named as. */
static void test_listing_keeps_story_lists(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><main><h1>Science</h1><div id=river class=river>"
        "<p class=teaser><a href=/a>Teens are not getting enough sleep</a> A two-decade "
        "study of school days says why.</p><p class=teaser><a href=/b>Mammoths again?</a> "
        "A company wants to bring them back.</p></div><div id=most class=most-read>"
        "<a href=/c>The moon's magnetic field, read from old rocks</a></div>" BESIDE
        "</main></body></html>";
    test_staged s;
    clean_as(&s, html, PITH_PAGE_LISTING);
    assert_string_equal(dropped_by(&s, "river"), "kept");
    assert_string_equal(dropped_by(&s, "most"), "kept");
    test_unstage(&s);
    clean_as(&s, html, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "river"), "class:related");
    assert_string_equal(dropped_by(&s, "most"), "class:related");
    test_unstage(&s);
}

/* A landing page's hero named "banner": a block of sentences with few
 * links is a section of a service page, where a furniture word is only the
 * name of its layout; on an article the name stands.  A row of customers
 * named "trusted" is no consent manager's box (TRUSTe's "truste"). */
static void test_service_sections(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><div id=hero class=banner_section><h2>Books for every "
        "season</h2>" PROSE1 "</div><div id=menu class=banner_links><a href=/a>Shop the "
        "spring collection</a> <a href=/b>Shop the summer collection</a></div>" BESIDE
        "<div id=trusted class=trusted_section>Trusted by the town's two libraries</div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "hero"), "kept");
    assert_string_equal(dropped_by(&s, "menu"), "class:promo");
    assert_string_equal(dropped_by(&s, "trusted"), "kept");
    test_unstage(&s);
    clean_typed(&s, landing, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "hero"), "class:promo");
    assert_string_equal(dropped_by(&s, "trusted"), "kept");
    test_unstage(&s);
}

/* On a service page a tab panel closed with an inline display:none stays
 * though it is a list of links (the forms to download under a "Forms"
 * tab), and so does the box of its text a page builder names "widget"; a
 * list of links closed that way outside a tab panel (a menu) goes, and so
 * does a widget outside one. */
static void test_service_tab_panel_of_links(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><h1>Building department</h1>" BESIDE
        "<div id=tab role=tabpanel style='display:none'><div id=box class='widget editor'>"
        "<h2>Permits and forms</h2><ul><li><a href=/f/1>Building permit, printable</a></li>"
        "<li><a href=/f/2>Complaint form, printable</a></li></ul></div></div>"
        "<div id=menu style='display:none'><ul><li><a href=/m/1>Departments of the town</a>"
        "</li><li><a href=/m/2>Council meetings and minutes</a></li></ul></div>"
        "<div id=side class='widget links'><a href=/s>Town code book</a></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "tab"), "kept");
    assert_string_equal(dropped_by(&s, "box"), "kept");
    assert_string_equal(dropped_by(&s, "menu"), "style:hidden");
    assert_string_equal(dropped_by(&s, "side"), "class:sidebar");
    test_unstage(&s);
}

/* A list whose text is all in links marked role=tab is a row of tab
 * labels (role=tablist round the tabs and panels together), and goes as a
 * role=tablist row does; a list of plain links stays. */
static void test_row_of_tabs(void **state)
{
    (void)state;
    test_staged s;
    clean_page(&s,
               "<div role=tablist><ul id=tabs><li><a href=#t0 role=tab>About</a></li>"
               "<li><a href=#t1 role=tab>Forms</a></li></ul><div id=t0 role=tabpanel>"
               "<p>The office reviews every application to build in the town.</p></div></div>"
               "<ul id=links><li><a href=/a>Planning forms</a></li><li><a href=/b>Maps</a>"
               "</li></ul>",
               PITH_FAVOR_BALANCED);
    assert_string_equal(dropped_by(&s, "tabs"), "role:tablist");
    assert_string_equal(dropped_by(&s, "t0"), "kept");
    assert_string_equal(dropped_by(&s, "links"), "kept");
    test_unstage(&s);
}

/* On a page of no known kind a block of sentences under its own heading,
 * named "promo" after its layout, is a section; one without a heading
 * (a pitch for something else) goes, and so does the titled block on an
 * article. */
static void test_other_page_titled_sections(void **state)
{
    (void)state;
    static const char untyped[] =
        "<html><body><main><h1>Data platforms</h1>" PROSE1 "<div id=titled class=promo>"
        "<h3>Security and governance</h3>" PROSE2 "</div><div id=pitch class=promo>" PROSE3
        "</div>" BESIDE "</main></body></html>";
    test_staged s;
    clean_typed(&s, untyped, PITH_PAGE_OTHER);
    assert_string_equal(dropped_by(&s, "titled"), "kept");
    assert_string_equal(dropped_by(&s, "pitch"), "class:promo");
    test_unstage(&s);
    clean_typed(&s, untyped, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "titled"), "class:promo");
    test_unstage(&s);
}

/* A bar of offers a shop keeps hidden until a script picks the one for
 * the reader's country ("promo-bar hide"): a notice for every country, in
 * paragraphs that add up to a story's length, goes on a listing, a
 * collection and an article; the same bar shown ("promo-bar") is a
 * section of the listing as before. */
#define NOTICE(place, sum)                                                                       \
    "<p>Free standard shipping on orders of " sum " or more in " place ". For more "           \
    "information on shipping rates and timelines, please visit our international page.</p>"
#define NOTICES                                                                                  \
    NOTICE("the United States", "$40") NOTICE("Canada", "$60 CAD")                              \
    NOTICE("Australia", "$110 AUD") NOTICE("France", "65 euros") NOTICE("Germany", "65 euros")  \
    NOTICE("Sweden", "480 kronor") NOTICE("Denmark", "900 kroner")
#define CARD(n) "<li class=card><a href=/p" #n "><h3>Balm set number " #n "</h3></a><span>$20</span></li>"
static void test_promotion_kept_hidden(void **state)
{
    (void)state;
    static const char hidden[] =
        "<html><body><div id=bar class=\"promo-bar hide\">" NOTICES "</div><main><h1>Sets</h1>" PROSE1 PROSE2 PROSE3
        "<ul>" CARD(1) CARD(2) CARD(3) CARD(4) CARD(5) CARD(6) "</ul></main></body></html>";
    static const char shown[] =
        "<html><body><div id=bar class=promo-bar>" NOTICES "</div><main><h1>Sets</h1>" PROSE1 PROSE2 PROSE3
        "<ul>" CARD(1) CARD(2) CARD(3) CARD(4) CARD(5) CARD(6) "</ul></main></body></html>";
    static const pith_pagetype types[] = {PITH_PAGE_LISTING, PITH_PAGE_COLLECTION,
                                          PITH_PAGE_ARTICLE};
    test_staged s;
    for (size_t k = 0; k < sizeof types / sizeof types[0]; k++) {
        clean_typed(&s, hidden, types[k]);
        assert_string_equal(dropped_by(&s, "bar"), "class:promo");
        test_unstage(&s);
    }
    clean_typed(&s, shown, PITH_PAGE_LISTING);
    assert_string_equal(dropped_by(&s, "bar"), "kept");
    test_unstage(&s);
}

/* WAI-ARIA's accordion on a landing page: a panel (role=region labelled
 * by the button that opens it) named a "drawer" is a feature it lists,
 * and stays, with that button, all of a heading, as its title; a drawer
 * of menu links goes, and so does the panel on an article. */
static void test_service_accordion_region(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><h1>Design tools</h1>" PROSE1 "<h3><button aria-expanded=true "
        "aria-controls=panel id=drawer-title>Turn designs into code</button></h3><div id=panel "
        "class=drawer-content role=region aria-labelledby=drawer-title><p>Bring your designs "
        "into the tools you code with.</p></div><div id=menu class=drawer-content "
        "role=region aria-labelledby=drawer-title><a href=/a>Plans</a> <a href=/b>Teams</a></div>"
        BESIDE "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "panel"), "class:nav");
    test_unstage(&s);
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "menu"), "class:nav");
    assert_string_equal(dropped_by(&s, "panel"), "kept");
    assert_string_equal(dropped_by(&s, "drawer-title"), "kept");
    test_unstage(&s);
}

/* A landing page's box named as a recommendation ("recommended-plan",
 * its pricing's favourite plan) that links nowhere is one of its
 * sections: other pages recommended are links.  A box of recommended
 * reads, all links, goes. */
static void test_service_unlinked_recommendation(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><h1>Plans</h1>" PROSE1 "<div id=plan class=recommended-plan>"
        "<h3>Bakery</h3><ul><li>Orders taken online and by phone, day and night</li>"
        "<li>Stock counted as you sell, with a warning before flour runs out</li>"
        "<li>Deliveries planned street by street for your two vans</li>"
        "<li>A monthly report of what sold, what was wasted and what to bake more of</li>"
        "</ul></div><div id=reads class=recommended-reads><a href=/a>How a bakery in Leeds "
        "halved its waste in a year</a> <a href=/b>Ten questions to ask before you buy a "
        "second van</a> <a href=/c>Why sourdough sells better on Saturdays</a></div>"
        BESIDE "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "plan"), "kept");
    assert_string_equal(dropped_by(&s, "reads"), "class:related");
    test_unstage(&s);
}

/* A landing page's grid of services, each card one link as a whole (a
 * heading, a sentence, "Find out more"), named "promo" after its layout:
 * the grid and the parts of its cards stay on a service page; a menu of
 * short links named alike goes, and on an article the grid goes too. */
#define SERVICE_CARD(id, name, line)                                                        \
    "<div class=promo-card><a href=/" id "><h3 id=" id " class=promo-card__title>" name     \
    "</h3><div id=" id "-line class=promo-card__desc>" line "</div><span "                  \
    "class=promo-card__more>Find out more</span></a></div>"
static void test_service_linked_cards(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><h1>What we do</h1>" PROSE1 "<div id=grid class=promo-grid>"
        SERVICE_CARD("audit", "Audit", "Our auditors read your books and tell your "
                     "shareholders what they found, in plain words.")
        SERVICE_CARD("tax", "Tax", "We file your returns in every country you sell in, "
                     "and answer the letters the tax offices send.")
        SERVICE_CARD("payroll", "Payroll", "Your people are paid on time, in their own "
                     "currency, with every deduction the law asks for.")
        "</div><div id=menu class=promo-links><a href=/a>Audit</a> <a href=/t>Tax</a> "
        "<a href=/p>Payroll</a></div>" BESIDE "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "grid"), "kept");
    assert_string_equal(dropped_by(&s, "menu"), "class:promo");
    assert_string_equal(dropped_by(&s, "audit"), "kept");
    assert_string_equal(dropped_by(&s, "audit-line"), "kept");
    test_unstage(&s);
    clean_typed(&s, landing, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "grid"), "class:promo");
    test_unstage(&s);
}
#undef SERVICE_CARD

/* A landing page's grid of services whose cards a class names for
 * navigation ("navCard"), each one link to the service's page holding its
 * title and a sentence about it: on a service page the cards stay, and a
 * menu of short links named alike goes; on an article the cards go. */
#define NAV_CARD(id, name, line)                                                            \
    "<div id=" id " class=navCard><a class=navCard__link href=/" id "><h3>" name "</h3><p>" \
    line "</p></a></div>"
static void test_service_cards_named_as_navigation(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><h1>What we do</h1>" PROSE1 "<div class=cards>"
        NAV_CARD("survey", "Land survey", "Our surveyors map your plot to the centimetre and "
                 "mark every boundary stone the deeds speak of, so that you know what you own "
                 "before a spade goes in.")
        NAV_CARD("drain", "Drainage design", "We plan where the rain on your site will go, "
                 "and draw the pipes and soakaways the council's engineers will approve "
                 "without a second visit.")
        NAV_CARD("permit", "Planning permits", "We prepare the drawings and the forms, and "
                 "answer every question the planning office sends back, in writing and within "
                 "the week it gives.")
        "</div><div id=menu class=navCard><a href=/s>Survey</a> <a href=/d>Drainage</a> "
        "<a href=/p>Permits</a></div>" BESIDE "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "survey"), "kept");
    assert_string_equal(dropped_by(&s, "permit"), "kept");
    assert_string_equal(dropped_by(&s, "menu"), "class:nav");
    test_unstage(&s);
    clean_typed(&s, landing, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "survey"), "class:nav");
    test_unstage(&s);
}
#undef NAV_CARD

/* A service page's accordion whose headers are buttons beside their
 * panels, not inside headings: a button naming the box right after it as
 * the panel it opens (aria-controls), or holding the panel's heading,
 * titles that panel and stays; a button opening a box elsewhere (a menu)
 * goes. */
static void test_service_accordion_headers(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><h1>Our course</h1>" PROSE1 "<div class=accordion>"
        "<button id=b1 aria-controls=p1 aria-expanded=true><span>Learn at your own pace"
        "</span></button><div id=p1><p>Every lesson is recorded, and you may watch it "
        "again on any evening of the week that suits you.</p></div>"
        "<button id=b2 aria-expanded=false><h3>Mentors who review your work</h3></button>"
        "<div><p>A designer who works in the trade reads every project you hand in and "
        "writes back within three days.</p></div>"
        "<button id=b3 aria-controls=menu aria-expanded=false>Share</button>"
        "<div><p>Courses start on the first Monday of every month, all year round.</p></div>"
        "</div><div id=menu><a href=/x>Mail</a></div>" BESIDE "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "b1"), "kept");
    assert_string_equal(dropped_by(&s, "b2"), "kept");
    assert_string_equal(dropped_by(&s, "b3"), "tag:button");
    test_unstage(&s);
}

/* A landing page heads its sections with <header>s of sentences (the
 * hero's pitch, a feature's lead) or of headings (a caption over a title):
 * they stay on a service page, while the site's banner, mostly its menu's
 * links, goes; on an article they go. */
static void test_section_headers(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><header id=banner><a href=/>Bakehouse</a> <a href=/plans>Plans</a> "
        "<a href=/about>About us</a> <a href=/login>Log in</a></header><main>"
        "<section><header id=pitch><h2>Plans for small bakeries</h2>" PROSE3 "</header>"
        "<ul><li>Orders</li><li>Stock</li><li>Deliveries</li></ul></section>"
        "<section class=feature><header id=titles><h3>Deliveries</h3><h2>Your bread at the "
        "door by seven</h2></header><p>Vans leave the bakery at five and follow the route "
        "the app drew overnight from the orders placed before midnight.</p></section>" BESIDE
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "pitch"), "kept");
    assert_string_equal(dropped_by(&s, "titles"), "kept");
    assert_string_equal(dropped_by(&s, "banner"), "tag:header");
    test_unstage(&s);
    clean_typed(&s, landing, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "pitch"), "tag:header");
    assert_string_equal(dropped_by(&s, "titles"), "tag:header");
    test_unstage(&s);
}

/* On a listing (a landing page's grids of cards are often taken for one)
 * a block of sentences named after its layout ("promo", "hide" until a
 * card opens it) is a section too; on an article the name stands. */
static void test_listing_sections(void **state)
{
    (void)state;
    static const char listing[] =
        "<html><body><main><h1>Our markets</h1><ul class=markets>"
        "<li><a href=/w>Williamsburg</a> weekends</li><li><a href=/c>Chelsea</a> daily</li>"
        "<li><a href=/s>Soho</a> weekends</li><li><a href=/d>Dumbo</a> daily</li></ul>"
        "<div id=details class='hide hide@medium'><h3>Williamsburg</h3>" PROSE3 "</div>"
        "<div id=lead class=promo-section>" PROSE2 "</div>"
        BESIDE BESIDE
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, listing, PITH_PAGE_LISTING);
    assert_string_equal(dropped_by(&s, "details"), "kept");
    assert_string_equal(dropped_by(&s, "lead"), "kept");
    test_unstage(&s);
    clean_typed(&s, listing, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "lead"), "class:promo");
    test_unstage(&s);
}

/* On a collection too a block of sentences named after its layout is a
 * section (a category's story); not one that holds a form's controls (a
 * "notify me" dialog) or a reviewer's box (a customer's review). */
static void test_collection_sections(void **state)
{
    (void)state;
    static const char collection[] =
        "<html><body><main><h1>Shelving</h1><ul class=grid>"
        "<li><a href=/a><img src=a.jpg>Oak shelf</a> $40</li>"
        "<li><a href=/b><img src=b.jpg>Pine shelf</a> $30</li>"
        "<li><a href=/c><img src=c.jpg>Ash shelf</a> $50</li>"
        "<li><a href=/d><img src=d.jpg>Elm shelf</a> $45</li></ul>"
        "<div id=story class=promo-section>" PROSE2 "</div>"
        "<div id=notify class=promo-modal><p>This shelf is out of stock for now, but it will be "
        "back soon. Leave your address and we will write to you once, on the day it is back in "
        "our shop, and never again: no news, no offers and no other mail of any kind.</p>"
        "<form><input type=email name=e><button>Notify me</button></form></div>"
        "<div id=review class=promo-quote><p>The shelf came quickly and well packed. It took an "
        "hour to put together, the wood is solid and smooth, and it holds all of my books with "
        "room to spare. I would buy it again.</p>"
        "<div class=author-name>Jane Doe, reviewed in May</div></div>"
        BESIDE
        "</main></body></html>";
    test_staged s;
    test_stage(&s, collection, PITH_FAVOR_BALANCED, TEST_META);
    pith_pagetype_classify(&s.ctx); /* finds the grid */
    s.ctx.pagetype = PITH_PAGE_COLLECTION;
    pith_clean(&s.ctx);
    assert_string_equal(dropped_by(&s, "story"), "kept");
    assert_string_equal(dropped_by(&s, "notify"), "class:promo");
    assert_string_equal(dropped_by(&s, "review"), "class:promo");
    test_unstage(&s);
}

/* On a service page the panels hidden with aria-hidden until a reader
 * opens them are content: a FAQ's answer after its toggle (aria-expanded),
 * a panel named so, a tab panel; a drawing of the product's screen hidden
 * the same way, with no toggle and no panel's name, is not.  The button
 * that opens an answer is content when it asks the question; a button
 * that opens a menu is not. */
static void test_service_panels(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><h1>Plans for small bakeries</h1>" BESIDE
        "<button id=menu aria-expanded=false>Menu</button>"
        "<div class=faq-item><button id=question aria-expanded=false>Can I pause?</button>"
        "<div id=answer aria-hidden=true>Yes, pause the plan for a month at any time.</div></div>"
        "<div id=named class=accordion-body aria-hidden=true>Every plan includes a free oven "
        "check.</div>"
        "<div id=tabbed role=tabpanel aria-hidden=true>Yearly plans cost less.</div>"
        "<figure id=mockup aria-hidden=true><div>Order #1042</div><div>Croissants x 12</div>"
        "<div>Ready at 7:30</div></figure>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "answer"), "kept");
    assert_string_equal(dropped_by(&s, "question"), "kept");
    assert_string_equal(dropped_by(&s, "menu"), "tag:button");
    assert_string_equal(dropped_by(&s, "named"), "kept");
    assert_string_equal(dropped_by(&s, "tabbed"), "kept");
    assert_string_equal(dropped_by(&s, "mockup"), "attr:aria-hidden");
    test_unstage(&s);
}
/* A box hidden with aria-hidden is a tab panel when a class or id names a
 * tab at a word's start ("tab-pane", "tabcontent"); "newtab" (a link's
 * "opens in a new tab" hint) and "table" or "tablet" are other words. */
static void test_service_tab_words(void **state)
{
    (void)state;
    static const char landing[] =
        "<html><body><main><h1>Plans for small bakeries</h1>" BESIDE
        "<div id=pane class='tab-pane' aria-hidden=true>Yearly plans cost less.</div>"
        "<div id=glued class='tabcontent' aria-hidden=true>Monthly plans start at once.</div>"
        "<p>Read the <a href=/terms>terms<span id=hint class='open-in-newtab' "
        "aria-hidden=true>Opens in a new tab</span></a> before you order.</p>"
        "<div id=sheet class='price-table-image' aria-hidden=true><div>Small 12</div>"
        "<div>Large 30</div></div>"
        "<div id=device class='tablet-frame' aria-hidden=true><div>Order #1042</div></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, landing, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "pane"), "kept");
    assert_string_equal(dropped_by(&s, "glued"), "kept");
    assert_string_equal(dropped_by(&s, "hint"), "attr:aria-hidden");
    assert_string_equal(dropped_by(&s, "sheet"), "attr:aria-hidden");
    assert_string_equal(dropped_by(&s, "device"), "attr:aria-hidden");
    test_unstage(&s);
}

/* A FAQ whose questions are buttons without ARIA (a script's click handler
 * opens each answer), one question to an item in a run of alike items:
 * the questions stay with their answers.  A row of question buttons side by
 * side (a chat assistant's suggested questions) and a lone "Need help?"
 * button go, as buttons do; so do the questions on an article. */
static const char faq_buttons[] =
    "<html><body><main><h1>Plans for small bakeries</h1>" BESIDE
    "<div class=list><div class=item><button id=pause>Can I pause my plan?</button>"
    "<div>Yes, pause the plan for a month at any time.</div></div>"
    "<div class=item><button id=ovens>Do you check the ovens?</button>"
    "<div>Every plan includes a yearly oven check.</div></div>"
    "<div class=item><button id=cancel>How do I cancel?</button>"
    "<div>Write to us a week before the month ends.</div></div></div>"
    "<div class=chips><button id=chip>What does it cost?</button><button>Is there a trial?"
    "</button><button>Which plan fits me?</button></div>"
    "<div><button id=help>Need help?</button></div>"
    "</main></body></html>";

static void test_faq_question_buttons(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, faq_buttons, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "pause"), "kept");
    assert_string_equal(dropped_by(&s, "cancel"), "kept");
    assert_string_equal(dropped_by(&s, "chip"), "tag:button");
    assert_string_equal(dropped_by(&s, "help"), "tag:button");
    test_unstage(&s);
    clean_typed(&s, faq_buttons, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "pause"), "tag:button");
    test_unstage(&s);
}

/* On a service page (and other pages of many blocks) a panel closed with
 * the hidden attribute opens as one closed with aria-hidden does: a FAQ's
 * answer after its toggle, a panel named so.  A box hidden that way with
 * no toggle and no panel's name goes, and so does a panel on a product's
 * page or an article. */
static const char closed_panels[] =
    "<html><body><main><h1>Plans for small bakeries</h1>" BESIDE
    "<div class=faq-item><button aria-expanded=false>Can I pause?</button>"
    "<div id=answer hidden>Yes, pause the plan for a month at any time.</div></div>"
    "<div id=named class=accordion-body hidden>Every plan includes a free oven check.</div>"
    "<div id=notice hidden>Your basket has been updated.</div>"
    "</main></body></html>";

static void test_service_panels_hidden_attribute(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, closed_panels, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "answer"), "kept");
    assert_string_equal(dropped_by(&s, "named"), "kept");
    assert_string_equal(dropped_by(&s, "notice"), "attr:hidden");
    test_unstage(&s);
    clean_typed(&s, closed_panels, PITH_PAGE_OTHER);
    assert_string_equal(dropped_by(&s, "answer"), "kept");
    test_unstage(&s);
    clean_typed(&s, closed_panels, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "answer"), "attr:hidden");
    test_unstage(&s);
    clean_typed(&s, closed_panels, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "answer"), "attr:hidden");
    test_unstage(&s);
}

/* A panel closed with an inline display:none or visibility:hidden opens
 * as one closed with the hidden attribute does: a tab of plans, a FAQ's
 * answer.  A tab that repeats the text of the tab before it (one block
 * drawn under each tab) is a copy and goes; so does a closed box that is
 * mostly links (a filter's list of choices).  A product's tab closed so
 * is content too; an article's is not. */
static const char styled_panels[] =
    "<html><body><main><h1>Plans for small bakeries</h1>" BESIDE
    "<div class=tabs><div id=first role=tabpanel style=\"display:block\">Bake, sell and "
    "deliver from one screen.</div>"
    "<div id=copy role=tabpanel style=\"display: none\">Bake, sell and deliver from one "
    "screen.</div>"
    "<div id=yearly role=tabpanel style=\"display:none\">Yearly plans cost less than "
    "twelve months.</div></div>"
    "<div class=faq-item><button aria-expanded=false>Can I pause?</button>"
    "<div id=answer style=\"visibility:hidden\">Yes, pause the plan for a month at any "
    "time.</div></div>"
    "<div id=choices class=collapse style=\"display:none\"><a href=/r>Rye</a> "
    "<a href=/s>Spelt</a> <a href=/w>Wheat</a></div>"
    "</main></body></html>";

static void test_service_panels_styled(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, styled_panels, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "first"), "kept");
    assert_string_equal(dropped_by(&s, "copy"), "style:hidden");
    assert_string_equal(dropped_by(&s, "yearly"), "kept");
    assert_string_equal(dropped_by(&s, "answer"), "kept");
    assert_string_equal(dropped_by(&s, "choices"), "style:hidden");
    test_unstage(&s);
    clean_typed(&s, styled_panels, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "yearly"), "kept");
    assert_string_equal(dropped_by(&s, "copy"), "style:hidden");
    test_unstage(&s);
    clean_typed(&s, styled_panels, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "yearly"), "style:hidden");
    test_unstage(&s);
}

/* A FAQ's answer closed with an inline style after its question, in boxes
 * of a script's generated classes with no aria-expanded and no panel name:
 * the question before it says it opens.  A closed box after a statement
 * is no answer and goes. */
static const char unnamed_answers[] =
    "<html><body><main><h1>Plans for small bakeries</h1>" BESIDE
    "<div class=sc-a1><div class=sc-b2><div class=sc-c3>Can I pause my plan?</div></div>"
    "<div id=pause class=sc-d4 style=\"visibility:hidden\">Yes, pause the plan for a "
    "month at any time.</div></div>"
    "<div class=sc-a1><div class=sc-b2>Ovens are checked every year.</div>"
    "<div id=basket class=sc-d4 style=\"display:none\">Your basket has been "
    "updated.</div></div>"
    "</main></body></html>";

static void test_answer_after_its_question(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, unnamed_answers, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "pause"), "kept");
    assert_string_equal(dropped_by(&s, "basket"), "style:hidden");
    test_unstage(&s);
    clean_typed(&s, unnamed_answers, PITH_PAGE_LISTING);
    assert_string_equal(dropped_by(&s, "pause"), "kept");
    test_unstage(&s);
    clean_typed(&s, unnamed_answers, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "pause"), "kept");
    test_unstage(&s);
    clean_typed(&s, unnamed_answers, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "pause"), "style:hidden");
    test_unstage(&s);
}

/* On a service page (and a collection) a block that repeats the sibling
 * before it word for word (the same figures drawn again for another
 * screen's width) goes; the first copy stays, and so does a short label
 * repeated in a row.  On an article the copy stands. */
static const char repeated_blocks[] =
    "<html><body><main><h1>Plans for small bakeries</h1>" BESIDE
    "<div class=stats><div id=wide>Three thousand bakeries bake with us; orders come in "
    "twice as fast; one screen for the oven and the till.</div>"
    "<div id=narrow>Three thousand bakeries bake with us; orders come in twice as fast; one "
    "screen for the oven and the till.</div></div>"
    "<ul><li id=pick1>Pick one or more</li><li id=pick2>Pick one or more</li></ul>"
    "</main></body></html>";

static void test_service_repeated_blocks(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, repeated_blocks, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "wide"), "kept");
    assert_string_equal(dropped_by(&s, "narrow"), "structure:repeated");
    assert_string_equal(dropped_by(&s, "pick2"), "kept");
    test_unstage(&s);
    clean_typed(&s, repeated_blocks, PITH_PAGE_COLLECTION);
    assert_string_equal(dropped_by(&s, "narrow"), "structure:repeated");
    test_unstage(&s);
    clean_typed(&s, repeated_blocks, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "narrow"), "kept");
    test_unstage(&s);
}

/* A carousel's copies of its slides, laid before the first and after the
 * last so that it turns round (slick's "slick-cloned", owl's "cloned",
 * swiper's "swiper-slide-duplicate", splide's "splide__slide--clone"), go
 * on any page, hidden from screen readers or not, even where the page's
 * slides are content; the slides themselves stay, and so does a box whose
 * name only holds the letters ("cloned-repos-list" is another word). */
static void test_carousel_clones(void **state)
{
    (void)state;
    static const char carousel[] =
        "<html><body><main><h1>Bakery tills</h1>" BESIDE
        "<div class=slick-track>"
        "<div id=c1 class='slick-slide slick-cloned' aria-hidden=true><p>Our till learned the "
        "oven's schedule in a week, and the queue shrank by half. Ana, Lisbon</p></div>"
        "<div id=s1 class='slick-slide slick-active' aria-hidden=false><p>Our till learned the "
        "oven's schedule in a week, and the queue shrank by half. Ana, Lisbon</p></div>"
        "<div id=s2 class=slick-slide aria-hidden=true><p>Orders come in twice as fast since the "
        "shop went on the new screen. Tom, Leeds</p></div></div>"
        "<div id=o1 class='owl-item cloned'>A copy of the first slide, for the loop.</div>"
        "<div id=w1 class='swiper-slide swiper-slide-duplicate-active'>A copy again.</div>"
        "<div id=p1 class='splide__slide splide__slide--clone'>And one more copy.</div>"
        "<div id=repos class=cloned-repos-list><p>Forty repositories were cloned this "
        "week from the bakery's public templates.</p></div>"
        "</main></body></html>";
    static const pith_pagetype types[] = {PITH_PAGE_SERVICE, PITH_PAGE_ARTICLE};
    for (size_t k = 0; k < sizeof types / sizeof types[0]; k++) {
        test_staged s;
        clean_typed(&s, carousel, types[k]);
        assert_string_equal(dropped_by(&s, "c1"), "class:carousel-clone");
        assert_string_equal(dropped_by(&s, "o1"), "class:carousel-clone");
        assert_string_equal(dropped_by(&s, "w1"), "class:carousel-clone");
        assert_string_equal(dropped_by(&s, "p1"), "class:carousel-clone");
        assert_string_equal(dropped_by(&s, "s1"), "kept");
        assert_string_equal(dropped_by(&s, "repos"), "kept");
        test_unstage(&s);
    }
}

/* A section a page builder draws once per screen width (Framer's
 * "ssr-variant hidden-…", Bootstrap's "hidden-xs" beside "visible-xs",
 * "d-none d-md-block" beside
 * "d-md-none") is read once: the first drawing stays, the others go,
 * though the phone's is shorter.  Alike boxes hidden at the same widths are
 * shown together (the columns of a row) and stay, as does a box whose
 * sibling is no drawing for some widths. */
static void test_layout_copies(void **state)
{
    (void)state;
    static const char layouts[] =
        "<html><body><main><h1>Bakery tills</h1>" BESIDE
        "<div><div id=desk class='section hidden-xs'><h2>Why bakers switch</h2>"
        "<p>Orders come in twice as fast, and the oven's schedule sits beside the till.</p></div>"
        "<div id=phone class='section visible-xs'><h2>Why bakers switch</h2>"
        "<p>Orders come in twice as fast, and the oven sits beside the till on one small "
        "screen by the door.</p></div></div>"
        "<div><div id=wide class='stats d-none d-md-block'>Three thousand bakeries bake with "
        "us, from village shops to city chains.</div>"
        "<div id=narrow class='stats d-md-none'>Three thousand bakeries bake with us, in "
        "villages and in cities, every morning of the week, all year round.</div></div>"
        "<div><div id=col1 class='col d-none d-md-block'>The first column tells of the oven "
        "and its timer, which rings when the first loaves are ready.</div>"
        "<div id=col2 class='col d-none d-md-block'>The second column tells of the till and "
        "its screen, which shows the day's orders as they come in.</div></div>"
        "<div><div id=plain class=step>Plug the till in and sign in with the shop's "
        "code.</div><div id=after class='step hidden-sm'>Print the first day's orders from "
        "the screen at the counter, and pin them up beside the oven.</div></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, layouts, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "desk"), "kept");
    assert_string_equal(dropped_by(&s, "phone"), "structure:layout-copy");
    assert_string_equal(dropped_by(&s, "wide"), "kept");
    assert_string_equal(dropped_by(&s, "narrow"), "structure:layout-copy");
    assert_string_equal(dropped_by(&s, "col1"), "kept");
    assert_string_equal(dropped_by(&s, "col2"), "kept");
    assert_string_equal(dropped_by(&s, "after"), "kept");
    test_unstage(&s);
}

/* On a page of many blocks the boxes named as pop-ups or modals and laid
 * directly in the <body> (a page builder's pop-ups of offers, one after
 * the other) are windows a script shows over the page: they go, though
 * they are a run of alike items.  The same run inside the page's wrapper
 * is a row of items named after their look and stays, and so does a box
 * whose name only starts with the word ("modal-body"). */
static void test_window_over_the_page(void **state)
{
    (void)state;
    static const char page_with_windows[] =
        "<html><body><div id=page><main><h1>Bakery tills</h1>" BESIDE
        "<div><div id=in1 class=offer-popup><p>Our tills learn the oven's schedule in a "
        "week.</p></div><div id=in2 class=offer-popup><p>They print the day's orders at dawn "
        "for the baker.</p></div><div id=in3 class=offer-popup><p>They close the books at "
        "night when the shop shuts.</p></div></div></main></div>"
        "<div id=w1 class=builder-location-popup><p>Take a month of the till for free, with a "
        "baker of ours.</p></div><div id=w2 class=builder-location-popup><p>Get the printed "
        "guide to the first week of orders.</p></div><div id=w3 class=builder-location-popup>"
        "<p>Ask for a call from a baker who uses the till daily.</p></div>"
        "<div id=b1 class=modal-body><p>Every plan comes with a printer.</p></div>"
        "<div id=b2 class=modal-body><p>Every plan comes with a cash drawer.</p></div>"
        "<div id=b3 class=modal-body><p>Every plan comes with a card reader.</p></div>"
        "</body></html>";
    test_staged s;
    clean_typed(&s, page_with_windows, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "w1"), "class:promo");
    assert_string_equal(dropped_by(&s, "w3"), "class:promo");
    assert_string_equal(dropped_by(&s, "in1"), "kept");
    assert_string_equal(dropped_by(&s, "in3"), "kept");
    assert_string_equal(dropped_by(&s, "b1"), "kept");
    test_unstage(&s);
}

/* A service page's hero: the box round its one <h1> and its pitch, named
 * after its layout ("hero-banner" reads as a promotion) or set in a
 * <header>, opens the page's content and stays; a button in it, all link,
 * goes.  On a page of several <h1>s such boxes go; on an article, the
 * box named as a promotion round its one <h1> stays (ad_around_the_title),
 * while its button goes. */
static void test_hero_of_the_page(void **state)
{
    (void)state;
    static const char banner_hero[] =
        "<html><body><div id=hero class=hero-banner><h1 id=title>Tills for bakeries</h1>"
        "<p id=pitch>Orders, ovens and books in one till.</p>"
        "<div id=cta class=cta-row><a href=/demo>Book a demo</a></div></div>"
        "<main>" BESIDE "</main></body></html>";
    static const char header_hero[] =
        "<html><body><header id=hero><h1>Tills for bakeries</h1>"
        "<p>Orders, ovens and books in one till.</p></header>"
        "<main>" BESIDE "</main></body></html>";
    static const char two_titles[] =
        "<html><body><div id=hero class=hero-banner><h1>Tills for bakeries</h1>"
        "<p>Orders, ovens and books in one till.</p></div>"
        "<main><h1>Our tills</h1>" BESIDE "</main></body></html>";
    test_staged s;
    clean_typed(&s, banner_hero, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "hero"), "kept");
    assert_string_equal(dropped_by(&s, "title"), "kept");
    assert_string_equal(dropped_by(&s, "pitch"), "kept");
    assert_string_equal(dropped_by(&s, "cta"), "class:promo");
    test_unstage(&s);
    clean_typed(&s, banner_hero, PITH_PAGE_ARTICLE); /* the box of the one title stays */
    assert_string_equal(dropped_by(&s, "hero"), "kept");
    assert_string_equal(dropped_by(&s, "cta"), "class:promo");
    test_unstage(&s);
    clean_typed(&s, header_hero, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "hero"), "kept");
    test_unstage(&s);
    clean_typed(&s, two_titles, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "hero"), "class:promo");
    test_unstage(&s);
}

/* A box named as an ad ("hero-billboard") or a promotion
 * ("collection-banner") round the page's one <h1> and its intro is the
 * page's opening, on any type of page: it stays.  A box so named beside
 * the title goes; so does one round a page's <h1> when the page has
 * several. */
static void test_ad_box_around_the_title(void **state)
{
    (void)state;
    static const char banner[] =
        "<html><body><div id=ad class=hero-billboard><h1>Garden tools</h1>"
        "<p>Spades, forks and shears for every bed.</p></div>"
        "<div id=slot class=billboard><p>Buy a car today.</p></div>"
        "<main>" BESIDE "</main></body></html>";
    static const char two_titles[] =
        "<html><body><div id=ad class=hero-billboard><h1>Garden tools</h1>"
        "<p>Spades, forks and shears for every bed.</p></div>"
        "<main><h1>Our tools</h1>" BESIDE "</main></body></html>";
    static const char promo[] =
        "<html><body><div id=banner class=collection-banner><h1>Garden tools</h1>"
        "<p>Spades, forks and shears for every bed.</p></div>"
        "<div id=sale class=promo-banner><p>Ten percent off this week.</p></div>"
        "<main>" BESIDE "</main></body></html>";
    test_staged s;
    clean_typed(&s, banner, PITH_PAGE_COLLECTION);
    assert_string_equal(dropped_by(&s, "ad"), "kept");
    assert_string_equal(dropped_by(&s, "slot"), "class:ad");
    test_unstage(&s);
    clean_typed(&s, banner, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "ad"), "kept");
    test_unstage(&s);
    clean_typed(&s, two_titles, PITH_PAGE_COLLECTION);
    assert_string_equal(dropped_by(&s, "ad"), "class:ad");
    test_unstage(&s);
    clean_typed(&s, promo, PITH_PAGE_COLLECTION);
    assert_string_equal(dropped_by(&s, "banner"), "kept");
    assert_string_equal(dropped_by(&s, "sale"), "class:promo");
    test_unstage(&s);
}

/* A section's kicker (its "eyebrow", named like metadata) on a service
 * page: a short line right over the section's heading, or a heading over
 * its headline, stays; a short metadata heading over a list ("Tags" over
 * its tags) and a dateline over a heading on an article go. */
static void test_kicker_of_a_heading(void **state)
{
    (void)state;
    static const char sections[] =
        "<html><body><main>" BESIDE
        "<section><p id=k1 class=section-eyebrow>Platform</p><h2>One till for every shop</h2>"
        "<p>Orders, ovens and books in one place, with a screen on every counter.</p></section>"
        "<section><h3 id=k2 class=card-eyebrow>Why tills</h3>"
        "<div><a href=/why>Why a bakery wants a till of its own</a></div></section>"
        "<div><h3 id=t1 class=tags>Tags</h3><ul><li><a href=/t/a>bread</a></li>"
        "<li><a href=/t/b>tills</a></li></ul></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, sections, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "k1"), "kept");
    assert_string_equal(dropped_by(&s, "k2"), "kept");
    assert_string_equal(dropped_by(&s, "t1"), "class:meta");
    test_unstage(&s);
    clean_typed(&s, sections, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "k1"), "class:meta");
    test_unstage(&s);
}

/* On a product a short line that repeats the sibling before it (the
 * product's name and price drawn again for another screen's width) goes;
 * the first copy stays, and so does a repeated "Yes". */
static void test_product_repeated_lines(void **state)
{
    (void)state;
    static const char product[] =
        "<html><body><main><h1>Brass bow saw</h1>" BESIDE
        "<div><div id=wide>Brass bow saw $120.00</div><div id=narrow>Brass bow saw $120.00</div>"
        "</div><ul><li id=yes1>Yes</li><li id=yes2>Yes</li></ul></main></body></html>";
    test_staged s;
    clean_typed(&s, product, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "wide"), "kept");
    assert_string_equal(dropped_by(&s, "narrow"), "structure:repeated");
    assert_string_equal(dropped_by(&s, "yes2"), "kept");
    test_unstage(&s);
}

/* An accordion marked up as one tab list round its headings and panels
 * (Bootstrap's panel-group) holds the answers' paragraphs, or panels
 * (role=tabpanel) of lists: content.  A row of tabs (role=tablist round
 * the labels only) goes as before. */
static void test_accordion_as_tablist(void **state)
{
    (void)state;
    static const char accordion[] =
        "<html><body><main><h1>Course questions</h1>" BESIDE
        "<div id=tabs role=tablist><button role=tab>Overview</button>"
        "<button role=tab>Syllabus</button></div>"
        "<div id=accordion class=panel-group role=tablist>"
        "<div class=panel-heading role=tab><a aria-expanded=false>Is there an exam?</a></div>"
        "<div class=panel-collapse><p>No: a short quiz closes each of the six lessons.</p></div>"
        "</div>"
        "<div id=listed class=accordion role=tablist><div role=tab><h2><button>Who can "
        "join?</button></h2><div role=tabpanel><ul><li>Bakers with a shop of their own</li>"
        "<li>Students of a baking school</li></ul></div></div></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, accordion, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "accordion"), "kept");
    assert_string_equal(dropped_by(&s, "listed"), "kept");
    assert_string_equal(dropped_by(&s, "tabs"), "role:tablist");
    test_unstage(&s);
}

/* A thread's posts each open with a <header> of their own: on a forum
 * page a short one holding a <time> (and its parts, whatever their class
 * says) is content, and a post whose text opens with its header's "Posted
 * by" is a post, not a line of post information.  The site's header goes
 * as before. */
#define POST_WITH_HEADER(n, who)                                                           \
    "<article class=reply id=post" n "><header id=head" n "><ul class=message-attribution " \
    "id=attr" n "><li>" who " <time datetime='2024-07-0" n "'>07/0" n "/24</time></li>"     \
    "</ul></header><div class=text><p>Go to the market early in the morning, before the "   \
    "tour groups arrive, and try the pickles.</p></div></article>"
static const char thread_with_headers[] =
    "<html><body><header id=site><a href=/>Travel Forum</a> <a href=/login>Log in</a>"
    "</header><main>" POST_WITH_HEADER("1", "Jane") POST_WITH_HEADER("2", "Jane")
    POST_WITH_HEADER("3", "Posted by Jane on") "</main></body></html>";

static void test_post_headers(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, thread_with_headers, PITH_PAGE_FORUM);
    assert_string_equal(dropped_by(&s, "site"), "tag:header");
    assert_string_equal(dropped_by(&s, "head2"), "kept");
    assert_string_equal(dropped_by(&s, "attr2"), "kept");
    assert_string_equal(dropped_by(&s, "post3"), "kept");
    test_unstage(&s);
}
#undef POST_WITH_HEADER

/* Under a product, a shop's recommendations: a heading ("Similar items")
 * in a box of its own, the other products in the box after it; both go.
 * On a listing a box titled "Latest" holds the page's stories and stays. */
static void test_recommendations_after_boxed_heading(void **state)
{
    (void)state;
    static const char product[] =
        "<html><body><main><h1>Brass bow saw</h1>" BESIDE
        "<div id=row class=row><h2>Similar items</h2></div>"
        "<div id=others><div><a href=/a>Steel bow saw, 21 inch</a> $24</div>"
        "<div><a href=/b>Pruning saw with a folding blade</a> $18</div></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, product, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "row"), "phrase:related");
    assert_string_equal(dropped_by(&s, "others"), "phrase:related");
    test_unstage(&s);
    static const char listing[] =
        "<html><body><main><div class=row><h2>Latest</h2></div>"
        "<ul id=stories><li><a href=/a>The mill reopens after the flood</a></li>"
        "<li><a href=/b>A new bridge for the lower town</a></li></ul>" BESIDE
        "</main></body></html>";
    clean_typed(&s, listing, PITH_PAGE_LISTING);
    assert_string_equal(dropped_by(&s, "stories"), "kept");
    test_unstage(&s);
}
/* Under a product, a shop's carousel whose heading row sits boxes deep,
 * the "Sponsored" label beside the heading and the cards a few boxes up
 * (each card with a quick-view dialog titled by an <h2>, hidden): every box
 * holds nothing but that heading's section, so the cards go as well; the
 * product's own next section, after the carousel's outer box, stays. */
static void test_recommendations_boxes_up(void **state)
{
    (void)state;
    static const char product[] =
        "<html><body><main><h1>Brass bow saw</h1>" BESIDE "<div><div>"
        "<div><div><div><div><div><div><h2>Similar items</h2></div><div>Sponsored</div></div>"
        "<div><a href=/all>See all</a></div></div></div></div></div>"
        "<div id=cards><div><a href=/a>Steel bow saw, 21 inch</a> $24"
        "<div role=dialog hidden><h2>Steel bow saw, 21 inch</h2></div></div>"
        "<div><a href=/b>Pruning saw with a folding blade</a> $18</div></div></div>"
        "<div id=care><h2>Care</h2><p>Oil the brass frame once a year and keep the blade dry.</p>"
        "</div></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, product, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "cards"), "phrase:related");
    assert_string_equal(dropped_by(&s, "care"), "kept");
    test_unstage(&s);
}

/* Four cards of other products, each a link and a price in its text, in
 * boxes whose generated classes say nothing. */
#define PRICED_CARDS                                                                      \
    "<ul id=others><li class=x1><a href=/a>Steel bow saw, 21 inch</a><span>$24.00</span></li>" \
    "<li class=x1><a href=/b>Pruning saw with a folding blade</a><span>$18.50</span></li>"    \
    "<li class=x1><a href=/c>Hand saw for green wood</a><span>$31.00</span></li>"            \
    "<li class=x1><a href=/d>Spare blade for the brass saw</a><span>$9.99</span></li></ul>"

/* Under a product, after its own price, a run of alike linked items each
 * with a price (by the text of an amount: no class names it) is other
 * products, and goes; so does such a run above the product when the
 * product's own price comes after it, or when the page marks its headline
 * as a product's name.  A page whose run of priced items comes before any
 * price, and holds every price after it, is a grid that calls itself a
 * product, and keeps it; so does an article. */
static void test_priced_run_of_others(void **state)
{
    (void)state;
    static const char product[] =
        "<html><body><main><h1>Brass bow saw</h1><p id=price>$120.00</p>" BESIDE PRICED_CARDS
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, product, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "others"), "structure:priced-items");
    assert_string_equal(dropped_by(&s, "price"), "kept");
    test_unstage(&s);
    clean_typed(&s, product, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "others"), "kept");
    test_unstage(&s);
    static const char grid[] =
        "<html><body><main><h1>Saws</h1>" PRICED_CARDS BESIDE "</main></body></html>";
    clean_typed(&s, grid, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "others"), "kept");
    test_unstage(&s);
    /* the row set above the product, whose own price comes after it (an
     * ended item's page that opens with what else the shop sells) */
    static const char row_first[] =
        "<html><body><main>" PRICED_CARDS "<h1>Brass bow saw</h1><p id=price>$120.00</p>" BESIDE
        "</main></body></html>";
    clean_typed(&s, row_first, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "others"), "structure:priced-items");
    assert_string_equal(dropped_by(&s, "price"), "kept");
    test_unstage(&s);
    /* the same row above a product out of stock, which shows no price of
     * its own but marks its headline as a product's name */
    static const char out_of_stock[] =
        "<html><body><main>" PRICED_CARDS "<h1 class=product-title>Brass bow saw</h1>"
        "<p id=stock>Currently unavailable.</p>" BESIDE "</main></body></html>";
    clean_scanned(&s, out_of_stock, "product");
    assert_string_equal(dropped_by(&s, "others"), "structure:priced-items");
    assert_string_equal(dropped_by(&s, "stock"), "kept");
    test_unstage(&s);
}
#undef PRICED_CARDS

/* A UUID printed as the whole text of an inline element (a shop's "Sponsored"
 * spelt a letter a span between spans of keys) is a script's key and goes;
 * one inside a sentence, in a table's cell or in code stays.  The box of
 * such a label, letters and keys, goes whole; a word spelt a letter a span
 * without keys (a headline animated letter by letter) stays. */
static void test_identifier_text(void **state)
{
    (void)state;
    static const char page_of_keys[] =
        "<html><body><main><h1>Brass bow saw</h1>" BESIDE
        "<div><span>S</span><span id=key>f2f260c3-bf1f-466a-b856-6f031758a086</span>"
        "<span>p</span></div><p>Your order number <span id=order>0c73f6b8-2a71-4386-82a6-7f8f5639a27b"
        "</span> ships from the workshop today.</p><table><tr><td id=cell>52a7f4be-952c-48f0-a1f9-1bd0d827e6dc</td>"
        "</tr></table><code id=code>457c0507-5ae9-4f3f-8d4b-b9403a195759</code>"
        "<span id=word>f2f260c3-bf1f-466a-b856-6f031758a08g</span>"
        "<div id=label><span>M</span><span>9c41e2b7-0d3f-4a58-b6e1-2f7c9d0a4e18</span><span>u</span>"
        "<span>e7b20f5c-18a4-4d6e-93c2-5a0f8e1b7d64</span><span>g</span>"
        "<span>2f7c9d0a-4e18-4a58-b6e1-9c41e2b70d3f</span></div>"
        "<div id=split><span>O</span><span>a</span><span>k</span><span> </span><span>s</span>"
        "<span>a</span><span>w</span></div></main></body></html>";
    test_staged s;
    clean_typed(&s, page_of_keys, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "key"), "structure:identifier");
    assert_string_equal(dropped_by(&s, "label"), "structure:identifier");
    assert_string_equal(dropped_by(&s, "split"), "kept");
    assert_string_equal(dropped_by(&s, "order"), "kept");
    assert_string_equal(dropped_by(&s, "cell"), "kept");
    assert_string_equal(dropped_by(&s, "code"), "kept");
    assert_string_equal(dropped_by(&s, "word"), "kept");
    test_unstage(&s);
}

/* A shop's template that prints every stored field of the product under
 * its key ("care_chunk-1:") prints no label for a reader: on a product's
 * page the key and its values go; a label written for a reader ("Fabric:")
 * stays, and so does the key on a manual's page (a setting's name). */
static void test_stored_fields(void **state)
{
    (void)state;
    static const char fields[] =
        "<html><body><main><h1>Linen shirt</h1>" BESIDE
        "<dl><dt id=fabric>Fabric:</dt><dd id=linen>Washed linen</dd>"
        "<dt id=key>care_chunk-1:</dt><dd id=value>Machine wash cold.</dd><dd id=more>Line dry."
        "</dd><dt id=tab>tab_Care Instructions:</dt><dd id=flag>TRUE</dd></dl>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, fields, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "key"), "structure:stored-field");
    assert_string_equal(dropped_by(&s, "value"), "structure:stored-field");
    assert_string_equal(dropped_by(&s, "more"), "structure:stored-field");
    assert_string_equal(dropped_by(&s, "tab"), "structure:stored-field");
    assert_string_equal(dropped_by(&s, "flag"), "structure:stored-field");
    assert_string_equal(dropped_by(&s, "fabric"), "kept");
    assert_string_equal(dropped_by(&s, "linen"), "kept");
    test_unstage(&s);
    clean_typed(&s, fields, PITH_PAGE_DOCUMENTATION);
    assert_string_equal(dropped_by(&s, "key"), "kept");
    assert_string_equal(dropped_by(&s, "value"), "kept");
    test_unstage(&s);
}

/* On a product's page the box that buys it (its price, the delivery
 * choices, a protection plan, the button) goes; a box so named that holds
 * the product's name or a paragraph of its description stays, and so does
 * the box on a page of another type. */
static void test_buy_box(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><main><div class=product-buy-box id=named><h1>Oak stool</h1></div>"
        BESIDE "<div class=productBuyBox id=buy><div>$98.00</div><div>Free 30-day returns</div>"
        "<div>Two-year protection plan - $12.00</div><button>Add to cart</button></div>"
        "<div class=add-to-cart id=described>" PROSE1 "<button>Add to cart</button></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "buy"), "structure:buy-box");
    assert_string_equal(dropped_by(&s, "named"), "kept");
    assert_string_equal(dropped_by(&s, "described"), "kept");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "buy"), "kept");
    test_unstage(&s);
}

/* On a product page, a pop-up that holds the product's facts (a details
 * drawer whose every part carries the modal's class, a size guide in a
 * closed dialog) stays; a pop-up that asks for an e-mail goes, and so does
 * the same drawer on an article. */
static void test_facts_popup(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><main><h1>Oak stool</h1>" PROSE1 "</main>"
        "<div class=details-modal id=drawer>"
        "<h2 class=details-modal-title id=title>Product details</h2>"
        "<p class=details-modal-text id=facts>Solid oak, oiled. Seat height 45 cm.</p></div>"
        "<div role=dialog aria-modal=true aria-hidden=true id=guide><h2>Size guide</h2>"
        "<p>Small: 40 cm. Large: 50 cm.</p></div>"
        "<div class=popup id=offer><h2>Materials club</h2><p>Ten percent off your first order.</p>"
        "<input type=email name=email></div>"
        "<div class=popup id=seller><h2>Seller details</h2><p>Ask the seller.</p></div>"
        "</body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "drawer"), "kept");
    assert_string_equal(dropped_by(&s, "title"), "kept");
    assert_string_equal(dropped_by(&s, "facts"), "kept");
    assert_string_equal(dropped_by(&s, "guide"), "kept");
    assert_string_equal(dropped_by(&s, "offer"), "class:promo");
    assert_string_equal(dropped_by(&s, "seller"), "class:promo");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "drawer"), "class:promo");
    assert_string_not_equal(dropped_by(&s, "guide"), "kept");
    test_unstage(&s);
}

/* On a product page, a pop-up that a feature's card opens to tell its
 * longer story (a paragraph of prose, closed with aria-hidden or classed a
 * modal) stays, though no heading names the product's facts; a pop-up of
 * short lines (a delivery promise) goes, so does one with a field to
 * fill, and so does the modal-classed story on an article. */
static void test_story_popup(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><main><h1>Copper kettle</h1>" PROSE1 "</main>"
        "<div role=dialog aria-modal=true aria-hidden=true id=story><h2>Pour it your way</h2>"
        "<p id=para>The long spout lets the water fall in a thin, steady stream, so the coffee "
        "grounds bloom evenly and the tea leaves open slowly, at the pace you choose; the lid "
        "stays shut while you pour, and the handle stays cool in the hand.</p></div>"
        "<div class=modal id=feature><h3>Keeps it warm</h3>"
        "<p>A double wall of copper and steel holds the heat for an hour after the boil, so a "
        "second cup poured late in the morning is still as hot as the first one was, and the "
        "outside never burns a curious hand.</p></div>"
        "<div role=dialog aria-modal=true aria-hidden=true id=delivery><h2>Delivery</h2>"
        "<p>Order today, get it on Friday.</p></div>"
        "<div class=modal id=club><p>Join our club of slow brewers and get ten percent off the "
        "first order you place with us, with a letter every month about new kettles.</p>"
        "<input type=email name=email></div>"
        "</body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "story"), "kept");
    assert_string_equal(dropped_by(&s, "para"), "kept");
    assert_string_equal(dropped_by(&s, "feature"), "kept");
    assert_string_not_equal(dropped_by(&s, "delivery"), "kept");
    assert_string_equal(dropped_by(&s, "club"), "class:promo");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "feature"), "class:promo");
    test_unstage(&s);
}

/* On a product page, a box classed as comments holds what the product's
 * buyers wrote of it, and stays; the shop's review widget (classed reviews)
 * goes, and on an article the same comments box goes too. */
static void test_comments_on_a_product(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><main><h1>Night sky course</h1>" PROSE1
        "<section class=testimonials-comments id=said>"
        "<div class=comment id=one><p>Clear and patient: I found the Plough on the first night "
        "and Orion's belt on the second.</p></div>"
        "<div class=comment id=two><p>The chapter on binoculars saved me from buying a bad pair."
        "</p></div></section>"
        "<div class=reviews-widget id=stars><p>4.8 out of 5. Write a review</p></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "said"), "kept");
    assert_string_equal(dropped_by(&s, "one"), "kept");
    assert_string_equal(dropped_by(&s, "two"), "kept");
    assert_string_not_equal(dropped_by(&s, "stars"), "kept");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "said"), "class:comments");
    test_unstage(&s);
}

/* On a product page, a box hidden by its style that holds the product's
 * name (the page's one <h1>) and its description is the product, drawn
 * hidden until the shop's script shows it: it stays.  A hidden box beside
 * it that does not hold the name goes, and on an article the same hidden
 * box goes too. */
static void test_hidden_box_of_the_product(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><div class=top-bar><a href=/>Home</a> <a href=/shop>Shop</a></div>"
        "<div id=product class=deferred style='display: none'><h1>Walnut bread knife</h1>"
        "<p>A serrated blade of carbon steel, ground by hand, that cuts a crusty loaf without "
        "crushing it, set in a handle of oiled walnut.</p><p>Wipe it dry after use and oil the "
        "handle twice a year; the blade takes an edge again on a ceramic rod.</p>"
        "<ul><li>Blade: 25 cm</li><li>Weight: 140 g</li></ul></div>"
        "<div id=popup style='display:none'><p>Thank you! Your email is being processed, and "
        "a copy of this page will reach your friend within the hour.</p></div>"
        "<div class=shop-notes><p>Orders placed before noon leave our workshop the same day, "
        "packed in paper and card, and reach most addresses within three working days.</p>"
        "<p>Every knife may come back within thirty days, sharpened or not, and we pay the "
        "postage both ways when the fault is ours.</p></div>"
        "</body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "product"), "kept");
    assert_string_equal(dropped_by(&s, "popup"), "style:hidden");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "product"), "style:hidden");
    test_unstage(&s);
}

/* On a product or service page, a box classed as the shop's fine print
 * ("disclaimer") goes: the footnotes of its claims, the terms of its
 * financing.  On an article it is not this rule's to judge. */
static void test_fine_print_of_a_product(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><main><h1>Kettle with a gooseneck spout</h1>" PROSE1
        "<div class=pdp-disclaimer id=terms><p>* Based on lab tests at sea level. "
        "Rates are between 0% and 36% APR, subject to approval.</p></div>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "terms"), "class:disclaimer");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_SERVICE);
    assert_string_equal(dropped_by(&s, "terms"), "class:disclaimer");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_not_equal(dropped_by(&s, "terms"), "class:disclaimer");
    test_unstage(&s);
}

/* On a product page, a box classed as hover text ("tool-tip__content",
 * "a-popover") goes: what a spec's name means in general, not this
 * product.  On an article it is not this rule's to judge. */
static void test_hover_text_of_a_product(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><main><h1>Open-back headphones</h1>" PROSE1
        "<table><tr><td>Impedance<span class=tool-tip id=tip><span class=tool-tip__content>"
        "Usually between 8 and 600 ohm; a high impedance needs an amplifier.</span></span></td>"
        "<td id=value>150 ohm</td></tr></table>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "tip"), "class:tooltip");
    assert_string_equal(dropped_by(&s, "value"), "kept");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_not_equal(dropped_by(&s, "tip"), "class:tooltip");
    test_unstage(&s);
}

/* On a product page, the shop's strips go: its selling points ("usp-bar"),
 * its row of actions ("product-actions"), its delivery options.  The
 * product's own text stays; on an article they are not this rule's. */
static void test_shop_strips_of_a_product(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><main><h1>Walnut chopping board</h1>" PROSE1
        "<ul class=usp-bar id=usp><li>Free delivery over $50</li><li>Easy 30-day returns</li></ul>"
        "<div class=product-actions id=actions><a href=/w>Add to wishlist</a> <a href=/s>Share</a></div>"
        "<div class=delivery-options id=delivery><p>Order by 2 pm for delivery tomorrow, "
        "or collect it in store on Saturday.</p></div>"
        "<p id=care>Oil it once a month with food-safe mineral oil.</p>"
        "</main></body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "usp"), "class:shop-strip");
    assert_string_equal(dropped_by(&s, "actions"), "class:shop-strip");
    assert_string_equal(dropped_by(&s, "delivery"), "class:shop-strip");
    assert_string_equal(dropped_by(&s, "care"), "kept");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_not_equal(dropped_by(&s, "delivery"), "class:shop-strip");
    test_unstage(&s);
}

/* A line that is only a loading placeholder ("Loading...", "Chargement…",
 * "LOADING", "Loading reviews...") goes on any page; a heading called
 * "Loading" stays (a manual's section), and so do a sentence about loading
 * and a title with no ellipsis ("Loading the van"). */
static void test_loading_placeholders(void **state)
{
    (void)state;
    static const char placeholders[] =
        "<html><body><main><h1>Copper kettle</h1>" PROSE1
        "<div id=wait>Chargement\xe2\x80\xa6</div><p id=en>LOADING...</p>"
        "<div id=de>Wird geladen \xe2\x80\xa6</div><h2 id=head>Loading</h2>"
        "<p id=sentence>Loading the kettle takes a minute.</p>"
        "<div id=what>Loading reviews...</div><p id=title>Loading the van</p>"
        "<p>Fill it no higher than the line inside the spout.</p>"
        "</main></body></html>";
    test_staged s;
    for (int t = PITH_PAGE_ARTICLE; t <= PITH_PAGE_PRODUCT; t += PITH_PAGE_PRODUCT) {
        clean_typed(&s, placeholders, (pith_pagetype)t);
        assert_string_equal(dropped_by(&s, "wait"), "phrase:loading");
        assert_string_equal(dropped_by(&s, "en"), "phrase:loading");
        assert_string_equal(dropped_by(&s, "de"), "phrase:loading");
        assert_string_equal(dropped_by(&s, "head"), "kept");
        assert_string_equal(dropped_by(&s, "sentence"), "kept");
        assert_string_equal(dropped_by(&s, "what"), "phrase:loading");
        assert_string_equal(dropped_by(&s, "title"), "kept");
        test_unstage(&s);
    }
}

/* On a product page, the columns of a section opened by a heading that
 * names the product's facts ("System requirements": minimum on the left,
 * recommended on the right) stay though classed as a side column; a column
 * of links only there goes, so does the page's own sidebar, and so do the
 * same columns on an article. */
static void test_columns_of_a_facts_section(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><body><main><h1>Star rover</h1>" PROSE1
        "<div class=requirements><h2>System requirements</h2><div class=row>"
        "<div class=leftCol id=min><ul><li>OS: Windows 10</li><li>Memory: 8 GB RAM</li></ul></div>"
        "<div class=rightCol id=rec><strong>Recommended:</strong> <ul><li>OS: Windows 11</li><li>Memory: 16 GB RAM</li></ul>"
        "</div><div class=rightCol id=links><a href=/a>Forums</a> <a href=/b>Guides</a></div>"
        "</div></div></main>"
        "<div class=sidebar id=side><h2>Top sellers</h2><p>Moon buggy, a racing game.</p></div>"
        "</body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "rec"), "kept");
    assert_string_equal(dropped_by(&s, "links"), "class:sidebar");
    assert_string_equal(dropped_by(&s, "side"), "class:sidebar");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "rec"), "class:sidebar");
    test_unstage(&s);
}

/* On a product page, a box classed as a side column whose first line is
 * the product's name (what the page's title names) is the header beside
 * the product's pictures: it stays.  A side column that opens otherwise
 * ("Links & info", or "Tide": a word the name begins with, not the
 * name's own word) goes, and so does the same header on an article. */
static void test_column_of_the_product(void **state)
{
    (void)state;
    static const char shop[] =
        "<html><head><title>Tidewater Ferry on Harbor Games</title></head><body>"
        "<div class=rightcol id=head><div class=header><img src=ferry.jpg>"
        "<div class=appname>Tidewater Ferry</div>"
        "<div class=summary>Boats, sheep, the tide.</div>"
        "<div>Developer: Gull Works</div><div>Released: 3 Mar, 2021</div></div></div>"
        PROSE1
        "<div class=rightcol id=links><div>Links &amp; info</div><a href=/w>Website</a> "
        "<a href=/n>News</a></div>"
        "<div class=rightcol id=other><div>Tide</div><p>A puzzle of tides and boats.</p></div>"
        "</body></html>";
    test_staged s;
    clean_typed(&s, shop, PITH_PAGE_PRODUCT);
    assert_string_equal(dropped_by(&s, "head"), "kept");
    assert_string_equal(dropped_by(&s, "links"), "class:sidebar");
    assert_string_equal(dropped_by(&s, "other"), "class:sidebar");
    test_unstage(&s);
    clean_typed(&s, shop, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "head"), "class:sidebar");
    test_unstage(&s);
}

/* The page's prose is not looked for in a menu (<nav>, role=navigation):
 * a menu that gives each of the site's sections a blurb longer than the
 * page's own paragraph is still a menu, and goes by its tag or role; the
 * paragraph is the page. */
static void test_prose_not_in_nav(void **state)
{
    (void)state;
    static const char menu[] =
        "<html><body><nav id=menu><div>" PROSE1 PROSE2 "</div></nav>"
        "<div id=story>" PROSE3 "</div></body></html>";
    test_staged s;
    test_stage(&s, menu, PITH_FAVOR_BALANCED, TEST_CLEAN);
    assert_string_equal(dropped_by(&s, "menu"), "tag:nav");
    assert_string_equal(dropped_by(&s, "story"), "kept");
    test_unstage(&s);
    static const char role_menu[] =
        "<html><body><div id=menu role=navigation><div>" PROSE1 PROSE2 "</div></div>"
        "<div id=story>" PROSE3 "</div></body></html>";
    test_stage(&s, role_menu, PITH_FAVOR_BALANCED, TEST_CLEAN);
    assert_string_equal(dropped_by(&s, "menu"), "role:navigation");
    assert_string_equal(dropped_by(&s, "story"), "kept");
    test_unstage(&s);
}

/* A manual's version picker written out as links heads every page of it:
 * on a documentation page, or a chapter's index taken for a listing, a
 * short block whose links are nearly all versions goes; a table of
 * versions, and the same block on an article, stay; a pager's numbers
 * (1 2 3 4, counting up) are no versions. */
#define VERSIONS                                                                           \
    "Supported versions: <a href=/c>Current</a> (<a href=/18>18</a>) / <a href=/17>17</a> / " \
    "<a href=/16>16</a> / <a href=/15>15</a> Unsupported: <a href=/9.6>9.6</a> / "          \
    "<a href=/v9.5>v9.5</a>"
static const char versioned_manual[] =
    "<html><body><main><div id=picker>" VERSIONS "</div><table id=compat><tr><td>"
    VERSIONS "</td></tr></table><h1>Indexes</h1>" PROSE1 PROSE2 "<div id=pager>Pages: "
    "<a href=/p1>1</a> <a href=/p2>2</a> <a href=/p3>3</a> <a href=/p4>4</a></div>"
    "</main></body></html>";

static void test_version_picker(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, versioned_manual, PITH_PAGE_DOCUMENTATION);
    assert_string_equal(dropped_by(&s, "picker"), "structure:version-picker");
    assert_string_equal(dropped_by(&s, "compat"), "kept");
    assert_string_not_equal(dropped_by(&s, "pager"), "structure:version-picker");
    test_unstage(&s);
    clean_typed(&s, versioned_manual, PITH_PAGE_LISTING);
    assert_string_equal(dropped_by(&s, "picker"), "structure:version-picker");
    assert_string_not_equal(dropped_by(&s, "pager"), "structure:version-picker");
    test_unstage(&s);
    clean_typed(&s, versioned_manual, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "picker"), "kept");
    test_unstage(&s);
}
#undef VERSIONS

/* A manual's steps in tabs, one per language: on a documentation page
 * the tab panels hidden (the hidden attribute, display:none) until their
 * tab is clicked are content; a hidden box that is no tab panel goes, and
 * on an article a hidden tab panel goes as before, unless it holds a code
 * block (a manual dated as an article: the macOS commands beside the
 * Windows ones), hidden by the attribute or from screen readers. */
static const char tabbed_manual[] =
    "<html><body><main><h1>Send a message</h1>" PROSE1
    "<div id=python role=tabpanel><p>Install the Python library with pip.</p></div>"
    "<div id=node role=tabpanel hidden><p>Install the Node.js library with npm.</p></div>"
    "<div id=ruby role=tabpanel style='display:none'><p>Install the gem.</p></div>"
    "<div id=shell role=tabpanel hidden aria-hidden=true><p>Or fetch it:</p>"
    "<pre>curl -O https://example.org/lib.tar.gz</pre></div>"
    "<div id=popup hidden><p>Was this page helpful?</p></div>" PROSE2 "</main></body></html>";

static void test_hidden_docs_tabs(void **state)
{
    (void)state;
    test_staged s;
    clean_typed(&s, tabbed_manual, PITH_PAGE_DOCUMENTATION);
    assert_string_equal(dropped_by(&s, "python"), "kept");
    assert_string_equal(dropped_by(&s, "node"), "kept");
    assert_string_equal(dropped_by(&s, "ruby"), "kept");
    assert_string_equal(dropped_by(&s, "popup"), "attr:hidden");
    test_unstage(&s);
    clean_typed(&s, tabbed_manual, PITH_PAGE_ARTICLE);
    assert_string_equal(dropped_by(&s, "node"), "attr:hidden");
    assert_string_equal(dropped_by(&s, "ruby"), "style:hidden");
    assert_string_equal(dropped_by(&s, "shell"), "kept");
    test_unstage(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_drops_by_tag),
        cmocka_unit_test(test_credit_not_a_list_item),
        cmocka_unit_test(test_hidden),
        cmocka_unit_test(test_roles_attributes_itemprops),
        cmocka_unit_test(test_ad_attribute_on_prose),
        cmocka_unit_test(test_class_categories_and_main_path),
        cmocka_unit_test(test_phrases_and_sections),
        cmocka_unit_test(test_running_text),
        cmocka_unit_test(test_manual_headings),
        cmocka_unit_test(test_marked_heading_anchor),
        cmocka_unit_test(test_manual_tools),
        cmocka_unit_test(test_code_column),
        cmocka_unit_test(test_comment_token_in_code),
        cmocka_unit_test(test_anchor_heading_over_prose),
        cmocka_unit_test(test_anchor_heading_over_text),
        cmocka_unit_test(test_figcaption_by_favor),
        cmocka_unit_test(test_class_and_id),
        cmocka_unit_test(test_product_reviews),
        cmocka_unit_test(test_editorial_reviews_kept),
        cmocka_unit_test(test_reviews_heading_on_product),
        cmocka_unit_test(test_cart_widget),
        cmocka_unit_test(test_legal_dialog),
        cmocka_unit_test(test_closed_dialog),
        cmocka_unit_test(test_self_linked_heading),
        cmocka_unit_test(test_section_header_heading),
        cmocka_unit_test(test_service_illustration),
        cmocka_unit_test(test_hidden_illustration_no_panel),
        cmocka_unit_test(test_grid_in_furniture_box),
        cmocka_unit_test(test_grid_item_parts),
        cmocka_unit_test(test_service_sections),
        cmocka_unit_test(test_service_linked_cards),
        cmocka_unit_test(test_service_cards_named_as_navigation),
        cmocka_unit_test(test_service_accordion_headers),
        cmocka_unit_test(test_service_unlinked_recommendation),
        cmocka_unit_test(test_other_page_titled_sections),
        cmocka_unit_test(test_promotion_kept_hidden),
        cmocka_unit_test(test_service_accordion_region),
        cmocka_unit_test(test_listing_sections),
        cmocka_unit_test(test_collection_sections),
        cmocka_unit_test(test_section_headers),
        cmocka_unit_test(test_listing_item_headers),
        cmocka_unit_test(test_grid_caption_headings),
        cmocka_unit_test(test_grid_caption_boxes),
        cmocka_unit_test(test_grid_card_wrappers),
        cmocka_unit_test(test_listing_keeps_story_lists),
        cmocka_unit_test(test_service_panels),
        cmocka_unit_test(test_service_tab_words),
        cmocka_unit_test(test_service_panels_hidden_attribute),
        cmocka_unit_test(test_service_panels_styled),
        cmocka_unit_test(test_answer_after_its_question),
        cmocka_unit_test(test_faq_question_buttons),
        cmocka_unit_test(test_service_repeated_blocks),
        cmocka_unit_test(test_carousel_clones),
        cmocka_unit_test(test_layout_copies),
        cmocka_unit_test(test_window_over_the_page),
        cmocka_unit_test(test_hero_of_the_page),
        cmocka_unit_test(test_ad_box_around_the_title),
        cmocka_unit_test(test_kicker_of_a_heading),
        cmocka_unit_test(test_product_repeated_lines),
        cmocka_unit_test(test_accordion_as_tablist),
        cmocka_unit_test(test_post_headers),
        cmocka_unit_test(test_recommendations_after_boxed_heading),
        cmocka_unit_test(test_recommendations_boxes_up),
        cmocka_unit_test(test_version_picker),
        cmocka_unit_test(test_hidden_docs_tabs),
        cmocka_unit_test(test_priced_run_of_others),
        cmocka_unit_test(test_long_class_cut_at_token),
        cmocka_unit_test(test_class_holding_a_css_value),
        cmocka_unit_test(test_card_footer_with_heading),
        cmocka_unit_test(test_service_tab_panel_of_links),
        cmocka_unit_test(test_row_of_tabs),
        cmocka_unit_test(test_identifier_text),
        cmocka_unit_test(test_stored_fields),
        cmocka_unit_test(test_buy_box),
        cmocka_unit_test(test_facts_popup),
        cmocka_unit_test(test_story_popup),
        cmocka_unit_test(test_comments_on_a_product),
        cmocka_unit_test(test_hidden_box_of_the_product),
        cmocka_unit_test(test_fine_print_of_a_product),
        cmocka_unit_test(test_hover_text_of_a_product),
        cmocka_unit_test(test_shop_strips_of_a_product),
        cmocka_unit_test(test_loading_placeholders),
        cmocka_unit_test(test_columns_of_a_facts_section),
        cmocka_unit_test(test_column_of_the_product),
        cmocka_unit_test(test_prose_not_in_nav),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
