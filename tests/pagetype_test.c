/*
 * pagetype_test.c — the page-type stage (pagetype/): what each piece of
 * evidence makes of a page (declared schema.org types, og:type, generators,
 * the address, the structure), the reason it gives, and a type the caller
 * names.
 */
#include "stage.h"

#include "pagetype/pagetype.h"

/* The page's type after the stages up to the metadata and the page-type
 * stage; its reason in *why (static) when why is not NULL. */
static pith_pagetype type_of(const char *html, const char **why)
{
    test_staged s;
    test_stage(&s, html, PITH_FAVOR_BALANCED, TEST_META);
    pith_pagetype_classify(&s.ctx);
    pith_pagetype t = s.ctx.pagetype;
    if (why)
        *why = s.ctx.pagetype_reason;
    test_unstage(&s);
    return t;
}

#define PAGE(head, body) "<html><head>" head "</head><body>" body "</body></html>"

static void test_declared_types(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("<script type='application/ld+json'>{\"@context\":"
                                  "\"https://schema.org\",\"@type\":\"DiscussionForumPosting\","
                                  "\"headline\":\"Which saw?\"}</script>",
                                  PROSE1),
                             &why),
                     PITH_PAGE_FORUM);
    assert_non_null(strstr(why, "DiscussionForumPosting"));
    /* An array of types, a full type URL, the @graph of several items. */
    assert_int_equal(type_of(PAGE("<script type='application/ld+json'>{\"@graph\":[{\"@type\":"
                                  "[\"WebPage\",\"http://schema.org/QAPage\"]}]}</script>",
                                  PROSE1),
                             NULL),
                     PITH_PAGE_FORUM);
    assert_int_equal(type_of(PAGE("<meta property='og:type' content='product'>", PROSE1), NULL),
                     PITH_PAGE_PRODUCT);
    assert_int_equal(type_of(PAGE("<meta property='og:type' content='product.group'>", PROSE1),
                             &why),
                     PITH_PAGE_COLLECTION);
    assert_string_equal(why, "og:type product.group (a category of products)");
    assert_int_equal(type_of(PAGE("<meta name='generator' content='Discourse 3.2.1'>", PROSE1),
                             NULL),
                     PITH_PAGE_FORUM);
    assert_int_equal(type_of(PAGE("<meta name='generator' content='mkdocs-1.5, mkdocs-material'>",
                                  PROSE1),
                             NULL),
                     PITH_PAGE_DOCUMENTATION);
    assert_int_equal(type_of(PAGE("<script type='application/ld+json'>{\"@type\":"
                                  "\"NewsArticle\"}</script>",
                                  PROSE1),
                             &why),
                     PITH_PAGE_ARTICLE);
    assert_string_equal(why, "schema:NewsArticle");
    /* Microdata says it as well as JSON-LD. */
    assert_int_equal(type_of(PAGE("", "<div itemscope itemtype='https://schema.org/Product'>"
                                      "<h1 itemprop='name'>Kettle</h1>" PROSE1 "</div>"),
                             NULL),
                     PITH_PAGE_PRODUCT);
}

/* One product is a product page; several are a collection of them. */
static void test_products_counted(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("<script type='application/ld+json'>[{\"@type\":\"Product\"},"
                                  "{\"@type\":\"Product\"},{\"@type\":\"Product\"}]</script>",
                                  PROSE1),
                             &why),
                     PITH_PAGE_COLLECTION);
    assert_string_equal(why, "schema:Product, several times");
}

/* A ProductGroup that lists its variants (hasVariant), each a Product, is
 * one product in several sizes or colours; three ProductGroups are still a
 * collection. */
static void test_product_variants(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(
        type_of(PAGE("<script type='application/ld+json'>{\"@type\":\"ProductGroup\","
                     "\"hasVariant\":[{\"@type\":\"Product\"},{\"@type\":\"Product\"},"
                     "{\"@type\":\"Product\"},{\"@type\":\"Product\"}]}</script>",
                     PROSE1),
                &why),
        PITH_PAGE_PRODUCT);
    assert_string_equal(why, "schema:ProductGroup (one product in several variants)");
    assert_int_equal(
        type_of(PAGE("<script type='application/ld+json'>[{\"@type\":\"ProductGroup\","
                     "\"hasVariant\":[{\"@type\":\"Product\"}]},{\"@type\":\"ProductGroup\"},"
                     "{\"@type\":\"ProductGroup\"}]</script>",
                     PROSE1),
                NULL),
        PITH_PAGE_COLLECTION);
}

/* A page that declares itself one product (og:type product) is that
 * product, whatever priced recommendations and Product entities it shows
 * beside it; a category declared no more than by schema:Product stays a
 * collection. */
static void test_declared_product_over_grid(void **state)
{
    (void)state;
#define PRICED_GRID                                                                        \
    "<ul><li class=card><a href=/a>Blue enamel mug</a><span class=price>$12</span></li>"  \
    "<li class=card><a href=/b>Red enamel mug</a><span class=price>$12</span></li>"       \
    "<li class=card><a href=/c>Tall enamel mug</a><span class=price>$14</span></li>"      \
    "<li class=card><a href=/d>Small enamel mug</a><span class=price>$9</span></li></ul>"
#define THREE_PRODUCTS                                                                      \
    "<script type='application/ld+json'>[{\"@type\":\"Product\"},{\"@type\":\"Product\"}," \
    "{\"@type\":\"Product\"}]</script>"
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("<meta property='og:type' content='product'>" THREE_PRODUCTS,
                                  "<h1>Green enamel mug</h1>" PROSE1 PRICED_GRID),
                             &why),
                     PITH_PAGE_PRODUCT);
    assert_string_equal(why, "og:type product");
    assert_int_equal(type_of(PAGE(THREE_PRODUCTS, "<h1>Mugs</h1>" PRICED_GRID), NULL),
                     PITH_PAGE_COLLECTION);
    /* One Product declared with its offer sells that product: the priced
     * run is its editions or add-ons.  Without the offer, the run says a
     * category. */
#define ONE_PRODUCT(offer)                                                                  \
    "<link rel='canonical' href='https://example.org/products/green-mug'>"                   \
    "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Green mug\"" offer \
    "}</script>"
    assert_int_equal(type_of(PAGE(ONE_PRODUCT(",\"offers\":{\"@type\":\"Offer\",\"price\":\"11\"}"),
                                  "<h1>Green enamel mug</h1>" PROSE1 PRICED_GRID),
                             &why),
                     PITH_PAGE_PRODUCT);
    assert_string_equal(why, "schema:Product");
    assert_int_equal(type_of(PAGE(ONE_PRODUCT(""), "<h1>Green enamel mug</h1>" PROSE1 PRICED_GRID),
                             NULL),
                     PITH_PAGE_COLLECTION);
#undef ONE_PRODUCT
#undef PRICED_GRID
#undef THREE_PRODUCTS
}

/* The canonical address: a forum's thread, a manual's page. */
static void test_address(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("<link rel='canonical' "
                                  "href='https://example.org/forum/viewtopic.php?t=12'>",
                                  PROSE1),
                             &why),
                     PITH_PAGE_FORUM);
    assert_string_equal(why, "url: viewtopic (forum software)");
    /* Older forum software gives the canonical address relative to the
     * page: its path says as much. */
    assert_int_equal(type_of(PAGE("<link rel='canonical' href='viewtopic.php?id=4127'>",
                                  PROSE1),
                             &why),
                     PITH_PAGE_FORUM);
    assert_string_equal(why, "url: viewtopic (forum software)");
    assert_int_equal(type_of(PAGE("<link rel='canonical' "
                                  "href='https://docs.example.org/guide/install'>",
                                  PROSE1),
                             NULL),
                     PITH_PAGE_DOCUMENTATION);
}

/* Documentation software calls its pages articles: a /docs/ address with
 * a manual's headings, each a link to itself, is documentation; the same
 * address and declaration over plain prose stay an article. */
static void test_manual_declared_article(void **state)
{
    (void)state;
    const char *why = NULL;
#define MANUAL_HEAD "<meta property='og:type' content='article'>" \
                    "<link rel='canonical' href='https://example.org/docs/install'>"
    assert_int_equal(type_of(PAGE(MANUAL_HEAD,
                                  "<h2 id=a><a href=#a>Install</a></h2>" PROSE1
                                  "<h2 id=b><a href=#b>Configure</a></h2>" PROSE2
                                  "<h2 id=c>Run<a class=headerlink href=#c>#</a></h2>" PROSE3),
                             &why),
                     PITH_PAGE_DOCUMENTATION);
    assert_string_equal(why, "url: /docs/");
    assert_int_equal(type_of(PAGE(MANUAL_HEAD, "<h2>Install</h2>" PROSE1 "<h2>Configure</h2>"
                                               PROSE2 "<h2>Run</h2>" PROSE3),
                             NULL),
                     PITH_PAGE_ARTICLE);
#undef MANUAL_HEAD
}

/* A manual that declares nothing (no generator, address or schema) and
 * is not dated: headings made links to themselves, or with a permalink
 * beside them, make it documentation; with one such heading too few, or
 * plain headings, its sections make a service's page. */
static void test_manual_undeclared(void **state)
{
    (void)state;
    const char *why = NULL;
#define LINKED_H2(id, name) "<h2 id=" id "><a href=#" id ">" name "</a></h2>"
    assert_int_equal(type_of(PAGE("", LINKED_H2("a", "Install") PROSE1 LINKED_H2("b", "Configure")
                                          PROSE2 LINKED_H2("c", "Run") PROSE3
                                              "<h2 id=d>Upgrade<a class=headerlink "
                                              "href=#d>#</a></h2>" PROSE1),
                             &why),
                     PITH_PAGE_DOCUMENTATION);
    assert_string_equal(why, "structure: headings that link to themselves, as a manual's, and "
                             "no date");
    assert_int_equal(type_of(PAGE("", LINKED_H2("a", "Install") PROSE1 LINKED_H2("b", "Configure")
                                          PROSE2 LINKED_H2("c", "Run") PROSE3
                                              "<h2>Upgrade</h2>" PROSE1),
                             NULL),
                     PITH_PAGE_SERVICE);
    /* Dated: an article, whatever links its headings hold. */
    assert_int_equal(type_of(PAGE("<meta property='article:published_time' "
                                  "content='2024-03-01'>",
                                  LINKED_H2("a", "Install") PROSE1 LINKED_H2("b", "Configure")
                                      PROSE2 LINKED_H2("c", "Run") PROSE3
                                          LINKED_H2("d", "Upgrade") PROSE1),
                             NULL),
                     PITH_PAGE_ARTICLE);
#undef LINKED_H2
}

/* What the structure shows when the page declares nothing. */
static void test_structure(void **state)
{
    (void)state;
    const char *why = NULL;
    /* A grid of cards with prices. */
    assert_int_equal(type_of(PAGE("", "<ul>"
                                      "<li class=card><a href=/a>Blue enamel mug</a><span "
                                      "class=price>$12</span></li><li class=card><a href=/b>Red "
                                      "enamel mug</a><span class=price>$12</span></li><li "
                                      "class=card><a href=/c>Tall enamel mug</a><span "
                                      "class=price>$14</span></li><li class=card><a href=/d>Small "
                                      "enamel mug</a><span class=price>$9</span></li></ul>"),
                             &why),
                     PITH_PAGE_COLLECTION);
    assert_string_equal(why, "structure: a run of alike items with prices");
    /* A list of teasers, each a linked headline and a line. */
    assert_int_equal(type_of(PAGE("", "<div class=list>"
                                      "<div class=teaser><a href=/1>The first story of the day "
                                      "</a> a line</div><div class=teaser><a href=/2>The second "
                                      "story of the day</a> a line</div><div class=teaser><a "
                                      "href=/3>The third story of the day</a> a line</div><div "
                                      "class=teaser><a href=/4>The fourth story of the day</a> a "
                                      "line</div><div class=teaser><a href=/5>The fifth story of "
                                      "the day</a> a line</div><div class=teaser><a href=/6>The "
                                      "sixth story of the day</a> a line</div></div>"),
                             &why),
                     PITH_PAGE_LISTING);
    /* A date makes an undeclared page an article; without one, sections
     * under headings make a landing page, and nothing at all "other". */
    assert_int_equal(type_of(PAGE("<meta property='article:published_time' "
                                  "content='2024-03-01'>",
                                  PROSE1 PROSE2),
                             &why),
                     PITH_PAGE_ARTICLE);
    assert_string_equal(why, "a publication date");
    assert_int_equal(type_of(PAGE("", "<h2>Plans</h2>" PROSE1 "<h2>Support</h2>" PROSE2
                                      "<h2>Questions</h2>" PROSE3),
                             NULL),
                     PITH_PAGE_SERVICE);
    assert_int_equal(type_of(PAGE("", PROSE1), NULL), PITH_PAGE_OTHER);
}

/* A card's price lines in a list named "price" (the regular price, the
 * price shown, the saving): each line is a price, the list is none. */
#define PRICED_CARD(slug, name, was, now)                                                        \
    "<li class=tile><a href=/p/" slug ">" name "</a><ul class=price>"                            \
    "<li class=price-earlier>" was "</li><li class=price-today>" now "</li>"                      \
    "<li class=price-cut>Save: 4%</li></ul></li>"

static void test_price_lines_listed(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("", "<ul class=grid>"
                                      PRICED_CARD("a", "Graphics card, 16 GB", "$512.49", "$488.49")
                                      PRICED_CARD("b", "Graphics card, 12 GB", "$419.49", "$397.49")
                                      PRICED_CARD("c", "Graphics card, 8 GB", "$309.49", "$288.49")
                                      PRICED_CARD("d", "Graphics card, 24 GB", "$879.49", "$842.49")
                                      "</ul>"),
                             &why),
                     PITH_PAGE_COLLECTION);
    assert_string_equal(why, "structure: a run of alike items with prices");
}

/* A section's front page whose teasers each hold a heading of their own
 * after the linked title (the title of the story's audio): those headings
 * are the teasers', not a landing page's sections in boxes. */
static void test_teaser_headings(void **state)
{
    (void)state;
#define TEASER(n, audio)                                                                         \
    "<article class=item><div class=item-info><h2 class=title><a href=/story" n ">The science "  \
    "story number " n " of the week</a></h2><p class=teaser>A line on what was found.</p>"       \
    "</div><div class=audio><h4>" audio "</h4></div></article>"
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("<meta property='og:type' content='article'><meta "
                                  "property='article:published_time' content='2024-03-01'>",
                                  "<h1>Science</h1><div class=list>"
                                  TEASER("1", "Sleep and the teenage brain")
                                  TEASER("2", "Mammoths, again") TEASER("3", "Vaccines abroad")
                                  TEASER("4", "A brain in a pocket") TEASER("5", "Clownfish")
                                  "</div>"),
                             &why),
                     PITH_PAGE_LISTING);
    assert_string_equal(why, "structure: alike linked items, and no body of prose");
#undef TEASER
}

/* A listing is told by the run of linked items with the most text, not the
 * one with the most items (a site's menu of short links), even when the
 * page's og:type says article, as many sites' every page does; readers'
 * comments under an article are a run of linked blocks too, not a listing. */
static void test_listing_run(void **state)
{
    (void)state;
#define TEASER(n) "<div class=teaser><a href=/" n ">The story number " n " of the day</a> " \
                  "with a line that says what happened in it</div>"
#define MENU_LINK(n) "<li><a href=/s" n ">Section number " n "</a></li>"
    const char *why = NULL;
    assert_int_equal(
        type_of(PAGE("<meta property='og:type' content='article'>",
                     "<ul class=menu>" MENU_LINK("1") MENU_LINK("2") MENU_LINK("3") MENU_LINK("4")
                     MENU_LINK("5") MENU_LINK("6") MENU_LINK("7") MENU_LINK("8") MENU_LINK("9")
                     MENU_LINK("10") "</ul><div class=list>" TEASER("1") TEASER("2") TEASER("3")
                     TEASER("4") TEASER("5") TEASER("6") "</div>"),
                &why),
        PITH_PAGE_LISTING);
    assert_string_equal(why, "structure: a run of alike linked items holds much of the page");
#define COMMENT(n) "<div class=comment><a href=/u" n ">reader " n "</a> I agree with every " \
                   "word of this, number " n "</div>"
    assert_int_equal(
        type_of(PAGE("<meta property='og:type' content='article'>",
                     "<article><p>The bridge will be restored.</p><p>The vote is in spring.</p>"
                     "</article><div class=comments>" COMMENT("1") COMMENT("2") COMMENT("3")
                     COMMENT("4") COMMENT("5") COMMENT("6") COMMENT("7") "</div>"),
                NULL),
        PITH_PAGE_ARTICLE);
#undef TEASER
#undef MENU_LINK
#undef COMMENT
}

/* An article's running prose (five paragraphs side by side) with a long
 * list of its sources after it, each a link, is the article, though the
 * list holds more of the page than the paragraphs do. */
static void test_listing_run_beside_prose(void **state)
{
    (void)state;
#define SOURCE(n)                                                                              \
    "<li><a href=/paper" n ">Smith J, Jones K, Brown L, et al. (2021). Iron railway bridges "  \
    "of small towns and the repair of their wooden decks over a century of use, part " n       \
    ".</a> Journal of Bridges 12: 101-120.</li>"
#define SOURCES                                                                                \
    "<ul class=sources>" SOURCE("1") SOURCE("2") SOURCE("3") SOURCE("4") SOURCE("5")           \
    SOURCE("6") SOURCE("7") SOURCE("8") SOURCE("9") SOURCE("10") SOURCE("11") SOURCE("12")     \
    SOURCE("13") SOURCE("14") SOURCE("15") SOURCE("16") "</ul>"
#define DECLARED "<meta property='og:type' content='article'>"
    const char *why = NULL;
    assert_int_equal(
        type_of(PAGE(DECLARED, "<div>" PROSE1 PROSE2 PROSE3 PROSE1 PROSE2 "</div>" SOURCES), &why),
        PITH_PAGE_ARTICLE);
    /* Two paragraphs are a list's introduction: the list is the page. */
    assert_int_equal(type_of(PAGE(DECLARED, "<div>" PROSE1 PROSE2 "</div>" SOURCES), &why),
                     PITH_PAGE_LISTING);
    assert_string_equal(why, "structure: a run of alike linked items holds much of the page");
#undef DECLARED
#undef SOURCE
#undef SOURCES
}

/* Blog software's archive of a category (body classes "archive
 * category"), declared an article by its SEO plugin, with the category's
 * description in paragraphs above its posts, is their listing; so is a
 * tag's archive.  The same page whose body says nothing of an archive, or
 * says "category" alone (a post filed in a category), stays an article. */
static void test_archive_of_a_category(void **state)
{
    (void)state;
#define POST(n)                                                                                \
    "<article class=post><header><h2><a href=/p" n ">Swapping plastic for glass, week " n    \
    "</a></h2></header></article>"
#define POSTS POST("11") POST("12") POST("13") POST("14") POST("15") POST("16")
#define DECLARED "<meta property='og:type' content='article'>"
#define ARCHIVE(cls)                                                                           \
    "<html><head>" DECLARED "</head><body class='" cls "'><main><h1>For beginners</h1>"        \
    "<div>" PROSE1 PROSE2 PROSE3 PROSE1 PROSE2 "</div>" POSTS "</main></body></html>"
    const char *why = NULL;
    assert_int_equal(type_of(ARCHIVE("archive category category-beginners"), &why),
                     PITH_PAGE_LISTING);
    assert_string_equal(why, "body class 'archive category': blog software's archive of a "
                             "category, its posts listed under the category's description");
    assert_int_equal(type_of(ARCHIVE("archive tag tag-glass"), &why), PITH_PAGE_LISTING);
    assert_int_equal(type_of(ARCHIVE("single category-beginners"), &why), PITH_PAGE_ARTICLE);
    assert_int_equal(type_of(ARCHIVE("category"), &why), PITH_PAGE_ARTICLE);
#undef ARCHIVE
#undef DECLARED
#undef POSTS
#undef POST
}

/* A section's front page says it is an article (og:type, a date) and
 * shows its stories in several runs (the lead stories, the latest, the most
 * read), none holding much of the page: with no body of prose it is a
 * listing.  An article with the same runs beside its body stays one. */
static void test_front_page(void **state)
{
    (void)state;
#define STORY(run, n) "<div class=" run "><h3><a href=/" run n ">The " run " story number " n \
                      "</a></h3><p>A line on what happened.</p></div>"
#define RUNS                                                                                \
    "<div>" STORY("lead", "1") STORY("lead", "2") STORY("lead", "3") STORY("lead", "4")      \
    "</div><div>" STORY("latest", "1") STORY("latest", "2") STORY("latest", "3")            \
    STORY("latest", "4") "</div><div>" STORY("popular", "1") STORY("popular", "2")          \
    STORY("popular", "3") STORY("popular", "4") "</div>"
#define DATED "<meta property='og:type' content='article'><meta " \
              "property='article:published_time' content='2024-03-01'>"
    const char *why = NULL;
    assert_int_equal(type_of(PAGE(DATED, "<h1>News</h1>" RUNS), &why), PITH_PAGE_LISTING);
    assert_string_equal(why, "structure: alike linked items, and no body of prose");
    assert_int_equal(type_of(PAGE(DATED, "<article><h1>The bridge</h1>" PROSE1 PROSE2 PROSE3
                                         "</article>" RUNS),
                             NULL),
                     PITH_PAGE_ARTICLE);
#undef STORY
#undef RUNS
#undef DATED
}

/* A page of teasers, each a linked title over a long summary, declared an
 * article and dated by its software, signed by no one: the teasers hold
 * all of its own text, its longest prose one summary of theirs, so it is
 * their list.  An article with the same teasers after its body, or signed
 * by its author, keeps its type. */
static void test_teasers_hold_the_page(void **state)
{
    (void)state;
#define SUMMARY                                                                             \
    "<p>This workshop walks managers through planning a season of projects, from the "     \
    "first estimate of cost and time to the last review with every team that took part, "  \
    "with exercises drawn from ordinary offices, small factories and public services, "    \
    "and leaves each participant with a written plan of their own, checked by a tutor, "   \
    "that they can put to work on the first morning back at their desk, together with "    \
    "notes on the pitfalls that most often delay such plans and on how to see them early, " \
    "before a deadline slips and the budget runs dry.  Sessions run over three mornings, " \
    "in small groups, and every group keeps the same tutor from the first day on.</p>"
#define TEASER(n) "<div class=course><h3><a href=/course" n ">Course number " n "</a></h3>" \
                  SUMMARY "</div>"
#define TEASERS TEASER("1") TEASER("2") TEASER("3") TEASER("4") TEASER("5")
#define DATED "<meta property='og:type' content='article'><meta " \
              "property='article:published_time' content='2024-03-01'>"
    const char *why = NULL;
    assert_int_equal(type_of(PAGE(DATED, "<h1>Courses</h1><div>" TEASERS "</div>"), &why),
                     PITH_PAGE_LISTING);
    assert_string_equal(
        why, "structure: alike linked items hold the page, its longest prose one of them");
    assert_int_equal(type_of(PAGE(DATED "<meta name=author content='Ann Baker'>",
                                  "<h1>Courses</h1><div>" TEASERS "</div>"),
                             NULL),
                     PITH_PAGE_ARTICLE);
    assert_int_equal(type_of(PAGE(DATED, "<article><h1>The bridge</h1>" PROSE1 PROSE2 PROSE3
                                         PROSE1 PROSE2 PROSE3 "</article><div>" TEASERS
                                         "</div>"),
                             NULL),
                     PITH_PAGE_ARTICLE);
#undef SUMMARY
#undef TEASER
#undef TEASERS
#undef DATED
}

/* A shop's header holds its menu of departments, each with its
 * sub-categories: a run of alike linked items with more text than the
 * page's own grid of products.  The grid is the page's run. */
static void test_chrome_runs(void **state)
{
    (void)state;
#define DEPARTMENT(n) "<li><a href=/d" n ">Department " n "</a><ul><li><a href=/d" n "/a>Tents "                       "and shelters</a></li><li><a href=/d" n "/b>Sleeping bags and pads</a>"                       "</li><li><a href=/d" n "/c>Stoves and cookware</a></li><li><a href=/d" n \
                      "/e>Backpacks and bags</a></li></ul></li>"
#define CARD(n) "<div class=card><a href=/p" n ">Trail shoe " n "</a> mesh upper, 300 g, a " \
                "grippy sole for wet rock</div>"
    test_staged s;
    test_stage(&s,
               PAGE("", "<header><ul class=menu>" DEPARTMENT("1") DEPARTMENT("2") DEPARTMENT("3")
                        DEPARTMENT("4") "</ul></header>"
                        "<h1>Trail shoes</h1><div class=results>" CARD("1") CARD("2") CARD("3")
                        CARD("4") CARD("5") CARD("6") "</div><footer><p>Free returns within "
                        "thirty days on every order, and free delivery on orders over fifty "
                        "pounds to any address in the country.</p></footer>"),
               PITH_FAVOR_BALANCED, TEST_META);
    pith_pagetype_classify(&s.ctx);
    assert_int_equal(s.ctx.pagetype, PITH_PAGE_LISTING);
    assert_int_not_equal(s.ctx.grid_first, PITH_NO_EL);
    assert_non_null(s.ctx.dom.els[s.ctx.grid_first].cls);
    assert_string_equal(s.ctx.dom.els[s.ctx.grid_first].cls, "card");
    test_unstage(&s);
#undef DEPARTMENT
#undef CARD
}

/* A shop's mega-menu outside any <header>, each department a column of
 * links, outweighs the grid the page draws by a script.  In a box whose
 * role says navigation, it is no grid even when each department shows a
 * picture; in a plain box, its departments show no picture or price, and
 * the grid's cards each show both.  The grid is the cards' run. */
static void test_menu_runs(void **state)
{
    (void)state;
#define DEPARTMENT(n)                                                                          \
    "<li><a href=/d" n ">Department " n "</a>" PICTURE "<ul><li><a href=/d" n "/a>Tents and shelters</a>" \
    "</li><li><a href=/d" n "/b>Sleeping bags and pads</a></li><li><a href=/d" n               \
    "/c>Stoves and cookware</a></li><li><a href=/d" n "/e>Backpacks and bags</a></li></ul></li>"
#define MENU DEPARTMENT("1") DEPARTMENT("2") DEPARTMENT("3") DEPARTMENT("4") "</ul></div>"
#define CARD(n) "<div class=card><a href=/p" n "><img src=/p" n ".jpg>Trail shoe " n "</a>" \
                "<span class=price>$120</span></div>"
#define GRID "<h1>Trail shoes</h1><div class=results>" CARD("1") CARD("2") CARD("3") \
             CARD("4") "</div>"
#define PICTURE "<img src=/promo.jpg>"
    static const char *const pictured = PAGE("", "<div role=navigation><ul>" MENU GRID);
#undef PICTURE
#define PICTURE ""
    static const char *const pages[] = {
        pictured,
        PAGE("", "<div class=departments><ul class=columns>" MENU GRID),
    };
#undef PICTURE
    for (size_t k = 0; k < sizeof pages / sizeof pages[0]; k++) {
        test_staged s;
        test_stage(&s, pages[k], PITH_FAVOR_BALANCED, TEST_META);
        pith_pagetype_classify(&s.ctx);
        assert_int_not_equal(s.ctx.grid_first, PITH_NO_EL);
        assert_non_null(s.ctx.dom.els[s.ctx.grid_first].cls);
        assert_string_equal(s.ctx.dom.els[s.ctx.grid_first].cls, "card");
        test_unstage(&s);
    }
#undef DEPARTMENT
#undef MENU
#undef CARD
#undef GRID
}

/* A thread's posts: alike boxes named posts, each with its time, holding
 * the page; an article's comments under the story are not a thread. */
#define DATED_POSTS                                                                         \
    "<div class=post><time>May 1</time>" PROSE1 "</div><div class=post><time>May 2</time>" \
    PROSE2 "</div><div class=post><time>May 3</time>" PROSE3 "</div>"

static void test_posts(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("", "<div class=thread>"
                                      DATED_POSTS "</div>"),
                             &why),
                     PITH_PAGE_FORUM);
    assert_string_equal(why, "structure: several alike posts, each with its time");
    assert_int_equal(type_of(PAGE("<meta property='og:type' content='article'>",
                                  "<article>" PROSE1 PROSE2 PROSE3 "</article><div class=list>"
                                  "<div class=comment><time>May 1</time>" PROSE1 "</div>"
                                  "<div class=comment><time>May 2</time>" PROSE2 "</div>"
                                  "<div class=comment><time>May 3</time>" PROSE3 "</div></div>"),
                             NULL),
                     PITH_PAGE_ARTICLE);
    /* Forum software calls a thread an article: its posts from the top of
     * the page outweigh that. */
    assert_int_equal(type_of(PAGE("<meta property='og:type' content='article'>",
                                  "<h1>Which saw?</h1><div class=thread>"
                                  DATED_POSTS "</div>"),
                             &why),
                     PITH_PAGE_FORUM);
    assert_string_equal(why, "structure: several alike posts, each with its time");
    /* Software that names each box by what it is first says it is a post
     * further on in its class. */
    assert_int_equal(type_of(PAGE("", "<div class=thread>"
                                      "<div class='shade s1-a comment'><time>May 1</time>" PROSE1
                                      "</div><div class='shade s1-b comment'><time>May 2</time>"
                                      PROSE2 "</div><div class='shade s1-c comment'><time>May 3"
                                      "</time>" PROSE3 "</div></div>"),
                             NULL),
                     PITH_PAGE_FORUM);
}

/* A link aggregator's thread: a short post, then its replies, beside a
 * sidebar of the community's rules that holds more text than the replies.
 * The replies hold half of the page's own text, the sidebar left out as
 * the site's header and footer are; the same box of text inside the page
 * itself outweighs them. */
static void test_posts_beside_a_sidebar(void **state)
{
    (void)state;
#define SIDE_RULE(n) "<li>Rule " n ": keep to the subject of the post and be kind to one " \
                        "another, whatever the thread is about.</li>"
#define SIDE_TEXT "<ul>" SIDE_RULE("1") SIDE_RULE("2") SIDE_RULE("3") SIDE_RULE("4") \
                  SIDE_RULE("5") SIDE_RULE("6") SIDE_RULE("7") "</ul>"
    assert_int_equal(type_of(PAGE("", "<div class=page><div class=story><h1>Bridge news</h1>"
                                      "<p>A link to the council's report.</p></div><div "
                                      "class=thread>" DATED_POSTS "</div></div><aside "
                                      "class=rules>" SIDE_TEXT "</aside>"),
                             NULL),
                     PITH_PAGE_FORUM);
    assert_int_not_equal(type_of(PAGE("", "<div class=page><div class=story><h1>Bridge news</h1>"
                                          "<p>A link to the council's report.</p></div><div "
                                          "class=thread>" DATED_POSTS "</div></div><div "
                                          "class=rules>" SIDE_TEXT "</div>"),
                                 NULL),
                         PITH_PAGE_FORUM);
#undef SIDE_TEXT
#undef SIDE_RULE
}

/* Forum software without <time> writes each post's date as text, and may
 * name its posts by their anchors only ("msg101", "p102"): such posts make
 * a thread too.  Not a listing's cards, mostly their titles' links, though
 * each shows a date; not readers' comments of which most show none. */
#define TEXT_DATED(cls, id, date, prose) \
    "<div class=" cls " id=" id "><div class=rowtop>" date "</div>" prose "</div>"
#define CARD(n) "<div class=post-card><a href=/" n "><h3>A long headline of the story " \
                "number " n ", linked</h3></a><span>March " n ", 2024</span> a line</div>"
#define UNDATED "<div class=comment>" PROSE2 "</div>"

static void test_posts_dated_as_text(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("", "<div class=posts>"
                                      TEXT_DATED("post", "a1", "Sat Jan 06, 2024 5:14 pm", PROSE1)
                                      TEXT_DATED("post", "a2", "2024-01-07 10:00:00", PROSE2)
                                      TEXT_DATED("post", "a3", "January 8, 2024", PROSE3) "</div>"),
                             &why),
                     PITH_PAGE_FORUM);
    assert_string_equal(why, "structure: several alike posts, each with its time");
    assert_int_equal(type_of(PAGE("", "<div id=forumposts>"
                                      TEXT_DATED("bg-shade", "msg101", "06.01.2024", PROSE1)
                                      TEXT_DATED("bg-shade", "msg102", "07.01.2024", PROSE2)
                                      TEXT_DATED("bg-shade", "p103", "08.01.2024", PROSE3)
                                      "</div>"),
                             NULL),
                     PITH_PAGE_FORUM);
    assert_int_not_equal(type_of(PAGE("", "<div class=list>" CARD("1") CARD("2") CARD("3")
                                          CARD("4") "</div>"),
                                 NULL),
                         PITH_PAGE_FORUM);
    assert_int_not_equal(type_of(PAGE("", "<div class=thread>"
                                          TEXT_DATED("comment", "c1", "May 1, 2024", PROSE1)
                                          TEXT_DATED("comment", "c2", "May 2, 2024", PROSE2)
                                          TEXT_DATED("comment", "c3", "May 3, 2024", PROSE3)
                                          UNDATED UNDATED UNDATED "</div>"),
                                 NULL),
                         PITH_PAGE_FORUM);
}
#undef TEXT_DATED
#undef CARD
#undef UNDATED

/* Forum software that wraps each post in a box of its own class still
 * opens it with an empty anchor numbering the post: such boxes are posts.
 * When it marks each reply up as a schema.org Comment and calls the thread
 * an Article too, the replies under a short opening post outweigh that; an
 * article's own body before the same replies does not. */
#define ANCHORED(n, date, prose)                                                           \
    "<li class=board-item><span id=post" n "></span><div itemscope "                        \
    "itemtype='http://schema.org/Comment'><time datetime='2024-05-0" n "'>" date "</time>" \
    prose "</div></li>"
#define REPLIES                                                                            \
    "<ul class=board>" ANCHORED("1", "May 1", PROSE1) ANCHORED("2", "May 2", PROSE2)        \
    ANCHORED("3", "May 3", PROSE3) "</ul>"
#define ARTICLE_DECLARED                                                                   \
    "<meta property='og:type' content='article'><script type='application/ld+json'>"       \
    "{\"@type\":\"Article\"}</script>"

static void test_posts_anchored(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("", "<h1>Which saw?</h1>" REPLIES), &why), PITH_PAGE_FORUM);
    assert_string_equal(why, "structure: several alike posts, each with its time");
    assert_int_equal(type_of(PAGE(ARTICLE_DECLARED,
                                  "<h1>Which saw?</h1><div class=op>" PROSE1 "</div>" REPLIES),
                             &why),
                     PITH_PAGE_FORUM);
    assert_string_equal(why, "structure: several alike posts, each with its time");
    assert_int_equal(type_of(PAGE(ARTICLE_DECLARED, "<h1>The bridge</h1><article>" PROSE1
                                                    PROSE2 PROSE3 PROSE1 "</article>" REPLIES),
                             NULL),
                     PITH_PAGE_ARTICLE);
}
#undef ANCHORED
#undef REPLIES
#undef ARTICLE_DECLARED
/* Forum software that names its post boxes by no word of a post (shaded
 * alternately, "entry1" and "entry2", or not named at all) still heads
 * each with its poster, a link to the member's page (or rel=author, an
 * avatar), and its time: a <time>, a date, an age whose date shows on
 * hover ("posted 2 years ago") or a word its class names a time stamp
 * ("3y").  Such boxes make a thread; not teasers under linked titles,
 * though each names its author and date; not boxes with a poster and no
 * time; not readers' comments under an article's body. */
#define BY(cls, who, when, prose) \
    "<div class=" cls "><div class=head>" who " " when "</div>" prose "</div>"
#define MEMBER(n) "<a href='/members/ann." n "/'>Ann " n "</a>"
#define HOVER(n) "<span title='May " n ", 2023 16:10:39'>posted 2 years ago</span>"
#define STAMP(n) "<a class=qa_timestamp href='/qa/answer/" n "'>" n "y</a>"
#define SHADED(who1, who2, who3, w1, w2, w3) \
    BY("entry1 box", who1, w1, PROSE1) BY("entry2 box", who2, w2, PROSE2) \
    BY("entry1 box", who3, w3, PROSE3)
#define TEASER(n) BY("card", MEMBER(n) "<h3><a href='/story/" n "'>Story " n "</a></h3>", \
                     "<time>May " n "</time>", PROSE1)

static void test_posts_by_poster(void **state)
{
    (void)state;
    static const char *const threads[] = {
        PAGE("", "<div class=topic>" SHADED(MEMBER("1"), MEMBER("2"), MEMBER("3"), HOVER("1"),
                                            HOVER("2"), HOVER("3")) "</div>"),
        PAGE("<meta property='og:type' content='article'>",
             "<h1>Which saw?</h1><div class=answers>"
             SHADED("<a href='/profile/Ann-1'>Ann</a>", "<a href='/u/bo'>Bo</a>",
                    "<img class=avatar src=c.png><b>Cy</b>", STAMP("1"), STAMP("2"),
                    STAMP("3")) "</div>"),
        PAGE("", "<div class=topic>" SHADED("<a rel=author href='/a'>Ann</a>",
                                            "<a href='//x.example/~bo'>Bo</a>",
                                            "<a href='memberlist.php?mode=viewprofile&u=3'>Cy</a>",
                                            "<time>May 1</time>", "May 2, 2024", HOVER("3"))
                 "</div>"),
    };
    static const char *const not_threads[] = {
        PAGE("", "<div class=river>" TEASER("1") TEASER("2") TEASER("3") "</div>"),
        PAGE("", "<div class=topic>" SHADED(MEMBER("1"), MEMBER("2"), MEMBER("3"), "", "",
                                            "") "</div>"),
        PAGE("<meta property='og:type' content='article'>",
             "<article>" PROSE1 PROSE2 PROSE3 "</article><div class=talk>"
             SHADED(MEMBER("1"), MEMBER("2"), MEMBER("3"), HOVER("1"), HOVER("2"), HOVER("3"))
             "</div>"),
    };
    for (size_t k = 0; k < sizeof threads / sizeof threads[0]; k++) {
        const char *why = NULL;
        assert_int_equal(type_of(threads[k], &why), PITH_PAGE_FORUM);
        assert_string_equal(why, "structure: several alike posts, each with its poster and its "
                                 "time");
    }
    for (size_t k = 0; k < sizeof not_threads / sizeof not_threads[0]; k++)
        assert_int_not_equal(type_of(not_threads[k], NULL), PITH_PAGE_FORUM);
}
#undef BY
#undef MEMBER
#undef HOVER
#undef STAMP
#undef SHADED
#undef TEASER

/* A business's page that its software declares an article (og:type, a
 * date), shown as sections each with its heading in a box of its own, is a
 * landing page; not when someone signed it, when its headings share the
 * box of its text, when they are teasers' linked titles, or beside an
 * article's running prose. */
#define SECTION(h, p) "<section><div class=inner><h2>" h "</h2><p>" p "</p></div></section>"
#define SECTIONS                                                                            \
    SECTION("Bicycles mended while you wait", "Punctures fixed in twenty minutes.")         \
    SECTION("What we repair", "Road, touring and town bicycles of any age.")                \
    SECTION("How it works", "Bring the bicycle in and we give you a price.")                \
    SECTION("Prices", "A full service is forty-five pounds, parts at cost.")
#define DECLARED_ARTICLE "<meta property='og:type' content='article'>"

static void test_boxed_sections(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(type_of(PAGE(DECLARED_ARTICLE, SECTIONS), &why), PITH_PAGE_SERVICE);
    assert_string_equal(why, "structure: each section's heading in a box of its own, and no "
                             "byline");
    assert_int_equal(type_of(PAGE("<meta property='article:published_time' "
                                  "content='2024-03-01'>",
                                  SECTIONS),
                             NULL),
                     PITH_PAGE_SERVICE);
    /* Signed: an article. */
    assert_int_equal(
        type_of(PAGE(DECLARED_ARTICLE "<meta name='author' content='Ann Smith'>", SECTIONS), NULL),
        PITH_PAGE_ARTICLE);
    /* The headings among the paragraphs of one box: an article. */
    assert_int_equal(type_of(PAGE(DECLARED_ARTICLE,
                                  "<div><h2>One</h2><p>a</p><h2>Two</h2><p>b</p><h2>Three</h2>"
                                  "<p>c</p><h2>Four</h2><p>d</p></div>"),
                             NULL),
                     PITH_PAGE_ARTICLE);
    /* Linked headings are teasers of other pages. */
    assert_int_equal(type_of(PAGE(DECLARED_ARTICLE,
                                  SECTION("<a href=/1>One</a>", "a") SECTION("<a href=/2>Two</a>",
                                                                             "b")
                                      SECTION("<a href=/3>Three</a>", "c")
                                          SECTION("<a href=/4>Four</a>", "d")),
                             NULL),
                     PITH_PAGE_ARTICLE);
    /* A story's running prose, with widgets under headings beside it. */
    assert_int_equal(type_of(PAGE(DECLARED_ARTICLE,
                                  "<article>" PROSE1 PROSE2 PROSE3 PROSE1 PROSE2 "</article>"
                                  SECTIONS),
                             NULL),
                     PITH_PAGE_ARTICLE);
}
#undef SECTION
#undef SECTIONS

/* The same business's page filed under its services by its address is
 * one, however its text is laid out; signed, or filed elsewhere, an
 * article. */
static void test_service_address(void **state)
{
    (void)state;
    const char *why = NULL;
#define SERVICES_URL "<link rel='canonical' href='https://example.org/services/bicycle-repair/'>"
    assert_int_equal(type_of(PAGE(DECLARED_ARTICLE SERVICES_URL, "<div>" PROSE1 PROSE2 "</div>"),
                             &why),
                     PITH_PAGE_SERVICE);
    assert_string_equal(why, "url: /services/");
    assert_int_equal(type_of(PAGE(DECLARED_ARTICLE SERVICES_URL
                                  "<meta name='author' content='Ann Smith'>",
                                  "<div>" PROSE1 PROSE2 "</div>"),
                             NULL),
                     PITH_PAGE_ARTICLE);
    assert_int_equal(type_of(PAGE(DECLARED_ARTICLE "<link rel='canonical' "
                                                   "href='https://example.org/blog/repairs/'>",
                                  "<div>" PROSE1 PROSE2 "</div>"),
                             NULL),
                     PITH_PAGE_ARTICLE);
#undef SERVICES_URL
}
#undef DECLARED_ARTICLE

/* A firm's service or software declared a Product (for its reviews'
 * stars), on a page filed under its services or declared an application
 * too, and nothing on sale: no offer, no price, no button to buy.  It is
 * a service's page; a Product with an offer, or a price shown, stays a
 * product, and so does a Product with nothing that says service. */
static void test_product_that_sells_nothing(void **state)
{
    (void)state;
    const char *why = NULL;
#define SERVICES_URL "<link rel='canonical' href='https://example.org/services/data-audits/'>"
#define PRODUCT_LD(extra)                                                                   \
    "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Data audits\","  \
    "\"aggregateRating\":{\"@type\":\"AggregateRating\",\"ratingValue\":\"4.9\"}" extra "}"   \
    "</script>"
#define APP_LD                                                                              \
    "<script type='application/ld+json'>{\"@type\":[\"Product\",\"SoftwareApplication\"],"  \
    "\"name\":\"Ledger Hub\"}</script>"
    assert_int_equal(type_of(PAGE(PRODUCT_LD("") SERVICES_URL, "<h1>Data audits</h1>" PROSE1),
                             &why),
                     PITH_PAGE_SERVICE);
    assert_string_equal(why, "schema:Product with no offer, no price and no button to buy, on a "
                             "service's or an application's page");
    assert_int_equal(type_of(PAGE(APP_LD "<link rel='canonical' "
                                         "href='https://example.org/products/ledger'>",
                                  "<h1>Ledger Hub</h1>" PROSE1),
                             NULL),
                     PITH_PAGE_SERVICE);
    assert_int_equal(type_of(PAGE(PRODUCT_LD(",\"offers\":{\"price\":\"900\"}") SERVICES_URL,
                                  "<h1>Data audits</h1>" PROSE1),
                             NULL),
                     PITH_PAGE_PRODUCT);
    assert_int_equal(type_of(PAGE(PRODUCT_LD("") SERVICES_URL,
                                  "<h1>Data audits</h1><span class=price>$900</span>" PROSE1),
                             NULL),
                     PITH_PAGE_PRODUCT);
    assert_int_equal(type_of(PAGE(PRODUCT_LD(""), "<h1>Data audits</h1>" PROSE1), NULL),
                     PITH_PAGE_PRODUCT);
#undef APP_LD
#undef PRODUCT_LD
#undef SERVICES_URL
}

/* Other products with their prices, after the product's own text. */
#define OTHERS                                                                             \
    "<ul><li class=card><a href=/a>Blue enamel mug</a><span class=price>$12</span></li>"  \
    "<li class=card><a href=/b>Red enamel mug</a><span class=price>$12</span></li>"       \
    "<li class=card><a href=/c>Tall enamel mug</a><span class=price>$14</span></li>"      \
    "<li class=card><a href=/d>Small enamel mug</a><span class=price>$9</span></li></ul>"

/* One button that buys the product shown makes the page the product's,
 * though other products' prices follow it in a run; a shop's category has
 * a button in every card, and its front page may show one beside a
 * featured product. */
static void test_buy_button(void **state)
{
    (void)state;
#define BOUGHT(label) "<h1>Green enamel mug</h1>" PROSE1 "<button>" label "</button>" OTHERS
    const char *why = NULL;
    assert_int_equal(type_of(PAGE("", BOUGHT("+ Add to Cart")), &why), PITH_PAGE_PRODUCT);
    assert_string_equal(why, "structure: one button to buy (add to cart)");
    assert_int_equal(type_of(PAGE("", "<h1>Green enamel mug</h1>" PROSE1
                                      "<form><input type=submit value='In den Warenkorb'></form>"
                                      OTHERS),
                             NULL),
                     PITH_PAGE_PRODUCT);
    /* the site's front page */
    assert_int_equal(
        type_of(PAGE("<link rel=canonical href='https://mugs.example/'>", BOUGHT("Add to cart")),
                NULL),
        PITH_PAGE_COLLECTION);
    /* a button in every card */
#define CARD(name, price) \
    "<li><a href=/m>" name "</a><span class=price>" price "</span><button>Add to cart</button></li>"
    assert_int_equal(type_of(PAGE("", "<h1>Mugs</h1><ul>" CARD("Blue mug", "$12")
                                          CARD("Red mug", "$12") CARD("Tall mug", "$14")
                                              CARD("Small mug", "$9") "</ul>"),
                             NULL),
                     PITH_PAGE_COLLECTION);
#undef CARD
    /* a longer label is no button to buy */
    assert_int_equal(type_of(PAGE("", BOUGHT("Add to cart and save 10% today")), NULL),
                     PITH_PAGE_COLLECTION);
#undef BOUGHT
}

/* A headline marked by its class or id as the product's name makes the
 * page the product's, though other products' prices follow it; a card's
 * lesser heading so marked, or a headline marked as a list of products,
 * does not. */
static void test_product_headline(void **state)
{
    (void)state;
    const char *why = NULL;
    assert_int_equal(
        type_of(PAGE("", "<h1 class='product_title entry-title'>Green enamel mug</h1>" PROSE1 OTHERS),
                &why),
        PITH_PAGE_PRODUCT);
    assert_string_equal(why, "structure: the headline marked as a product's name");
    assert_int_equal(type_of(PAGE("", "<h1 id=title><span id=productTitle>Green enamel mug</span>"
                                      "</h1>" PROSE1 OTHERS),
                             NULL),
                     PITH_PAGE_PRODUCT);
    /* a card's heading, a list's headline */
    assert_int_equal(type_of(PAGE("", "<h1>Mugs</h1><h3 class=product-title>Green enamel mug</h3>"
                                      PROSE1 OTHERS),
                             NULL),
                     PITH_PAGE_COLLECTION);
    assert_int_equal(
        type_of(PAGE("", "<h1 class=products-title>Mugs</h1>" PROSE1 OTHERS), NULL),
        PITH_PAGE_COLLECTION);
#undef OTHERS
}

/* The caller's word wins, and names outside the list are refused. */
static void test_given_type(void **state)
{
    (void)state;
    static const char page[] = PAGE("<meta property='og:type' content='product'>", PROSE1);
    pith_options o;
    pith_options_init(&o);
    o.pagetype = "forum";
    pith_result *r = pith_extract(page, sizeof page - 1, &o);
    assert_int_equal(r->status, PITH_OK);
    assert_string_equal(r->pagetype, "forum");
    assert_string_equal(r->pagetype_reason, "given by the caller");
    assert_string_equal(r->declared_type, "product");
    pith_result_free(r);
    o.pagetype = "blog";
    r = pith_extract(page, sizeof page - 1, &o);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    assert_non_null(strstr(r->error, "pagetype"));
    pith_result_free(r);
    assert_int_equal(pith_pagetype_from_name("listing"), PITH_PAGE_LISTING);
    assert_int_equal(pith_pagetype_from_name("website"), PITH_PAGE_COUNT);
    assert_string_equal(pith_pagetype_name(PITH_PAGE_DOCUMENTATION), "documentation");
}

/* A page that lists its items for search engines (a schema.org ItemList
 * of more entries than a breadcrumb) and is signed by no one is a listing,
 * whatever its og:type; signed, it is an article that lists its picks; a
 * breadcrumb's few entries say nothing. */
static void test_item_list_declared(void **state)
{
    (void)state;
#define ENTRY(n) "{\"@type\":\"ListItem\",\"position\":" n ",\"url\":\"/r" n "\"}"
#define ITEM_LIST(entries)                                                                  \
    "<meta property='og:type' content='article'><script type='application/ld+json'>"      \
    "{\"@type\":\"ItemList\",\"itemListElement\":[" entries "]}</script>"
#define TEN ENTRY("1") "," ENTRY("2") "," ENTRY("3") "," ENTRY("4") "," ENTRY("5") ","       \
            ENTRY("6") "," ENTRY("7") "," ENTRY("8") "," ENTRY("9") "," ENTRY("10")
    const char *why = NULL;
    assert_int_equal(type_of(PAGE(ITEM_LIST(TEN), "<h1>Dinner recipes</h1>" PROSE1), &why),
                     PITH_PAGE_LISTING);
    assert_string_equal(why, "schema:ItemList of many items, and no byline");
    assert_int_equal(type_of(PAGE(ITEM_LIST(TEN) "<meta name='author' content='Jane Hollis'>",
                                  "<h1>The ten best pans</h1>" PROSE1 PROSE2),
                             NULL),
                     PITH_PAGE_ARTICLE);
    assert_int_equal(type_of(PAGE(ITEM_LIST(ENTRY("1") "," ENTRY("2") "," ENTRY("3")),
                                  "<h1>The bridge</h1>" PROSE1),
                             NULL),
                     PITH_PAGE_ARTICLE);
#undef ENTRY
#undef ITEM_LIST
#undef TEN
}

/* A shop's software may call its category a product (og:type product):
 * the count of the products it lists above the grid says otherwise; a
 * product's own page says how many are left, or what the cart holds. */
static void test_count_of_products(void **state)
{
    (void)state;
#define GRID                                                                              \
    "<ul><li class=card><a href=/a>Striped linen dress</a> $79</li>"                       \
    "<li class=card><a href=/b>Washed cotton dress</a> $69</li>"                           \
    "<li class=card><a href=/c>Cutout midi dress</a> $59</li>"                             \
    "<li class=card><a href=/d>Ribbed sleeveless dress</a> $49</li></ul>"
#define OG_PRODUCT "<meta property='og:type' content='product'>"
    const char *why = NULL;
    assert_int_equal(type_of(PAGE(OG_PRODUCT, "<h1>Casual dresses</h1><span>318 Styles</span>"
                                              GRID),
                             &why),
                     PITH_PAGE_COLLECTION);
    assert_string_equal(why, "structure: a count of the styles listed (a shop of clothes)");
    assert_int_equal(type_of(PAGE(OG_PRODUCT, "<h1>Dresses</h1><p>Showing 1-24 of 345 "
                                              "products</p>" GRID),
                             NULL),
                     PITH_PAGE_COLLECTION);
    assert_int_equal(type_of(PAGE(OG_PRODUCT, "<h1>Striped linen dress</h1>"
                                              "<p>Only 17 items left in stock!</p>" GRID),
                             NULL),
                     PITH_PAGE_PRODUCT);
    assert_int_equal(type_of(PAGE(OG_PRODUCT, "<h1>Striped linen dress</h1>"
                                              "<div class=mini-cart><span>2 items</span></div>" GRID),
                             NULL),
                     PITH_PAGE_PRODUCT);
#undef GRID
#undef OG_PRODUCT
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_declared_types),
        cmocka_unit_test(test_item_list_declared),
        cmocka_unit_test(test_count_of_products),
        cmocka_unit_test(test_price_lines_listed),
        cmocka_unit_test(test_teaser_headings),
        cmocka_unit_test(test_products_counted),
        cmocka_unit_test(test_product_variants),
        cmocka_unit_test(test_declared_product_over_grid),
        cmocka_unit_test(test_address),
        cmocka_unit_test(test_manual_declared_article),
        cmocka_unit_test(test_manual_undeclared),
        cmocka_unit_test(test_structure),
        cmocka_unit_test(test_listing_run),
        cmocka_unit_test(test_listing_run_beside_prose),
        cmocka_unit_test(test_archive_of_a_category),
        cmocka_unit_test(test_chrome_runs),
        cmocka_unit_test(test_menu_runs),
        cmocka_unit_test(test_front_page),
        cmocka_unit_test(test_teasers_hold_the_page),
        cmocka_unit_test(test_posts),
        cmocka_unit_test(test_posts_beside_a_sidebar),
        cmocka_unit_test(test_posts_dated_as_text),
        cmocka_unit_test(test_posts_anchored),
        cmocka_unit_test(test_posts_by_poster),
        cmocka_unit_test(test_boxed_sections),
        cmocka_unit_test(test_service_address),
        cmocka_unit_test(test_product_that_sells_nothing),
        cmocka_unit_test(test_buy_button),
        cmocka_unit_test(test_product_headline),
        cmocka_unit_test(test_given_type),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
