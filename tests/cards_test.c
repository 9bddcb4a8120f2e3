/*
 * cards_test.c — pages of many blocks (content/cards.c and the clean
 * stage's rules for a grid's surroundings): a card's name or price shown
 * twice in a row is read once (the name beside the picture's frame too,
 * and the name linked again after the card's badge),
 * the same line in two cards, twice apart in one card or in a table's
 * cells stays, and a form of filters beside the
 * grid goes even when it holds the page's densest sentence, as do filters
 * drawn without a form and a product's picker of options; an item's list
 * of authors stays; a box set between a grid's items goes, a heading
 * there stays.
 */
#include "stage.h"

#include "pith.h"

static pith_result *extract(const char *html)
{
    return test_extract_as(html, "collection", PITH_FAVOR_BALANCED);
}

/* A shop's card, as a theme lays it out: the name as the picture's link
 * text and again as the heading, the regular price and the price shown
 * (the same figure when nothing is on sale). */
#define CARD(slug, name, price)                                                                  \
    "<li class='grid__item'><div class='card'><div class='card__media'><a href='/p/" slug "'>"   \
    name "</a></div><div class='card__content'><h3 class='card__heading'><a href='/p/" slug "'>" \
    name "</a></h3><div class='card__price'>" price "</div><div class='card__sale'>" price       \
    "</div></div></div></li>"

static const char shop[] =
    "<html><body><main><h1>Teapots</h1><ul class='product-grid'>"
    CARD("sea", "Sea-green teapot", "&pound;48.00")
    CARD("sand", "Sand teapot", "&pound;42.00")
    CARD("storm", "Storm-grey teapot", "&pound;48.00")
    CARD("one", "Tea-for-one pot", "&pound;36.00")
    CARD("family", "Family teapot", "&pound;64.00")
    "</ul></main></body></html>";

static void test_card_line_shown_twice_is_read_once(void **state)
{
    (void)state;
    pith_result *r = extract(shop);
    assert_int_equal(test_count(r->text, "Sea-green teapot"), 1);
    assert_int_equal(test_count(r->text, "Family teapot"), 1);
    assert_int_equal(test_count(r->text, "42.00"), 1);
    /* two cards at one price: each keeps its own */
    assert_int_equal(test_count(r->text, "48.00"), 2);
    pith_result_free(r);
}

/* The same card with the picture's frame (a box holding the <img>) in
 * the box of the picture's link: the link's name is still a line of its
 * own, and the heading after it says it again. */
#define FRAMED_CARD(slug, name, price)                                                           \
    "<li class='grid__item'><div class='card'><div class='card__media'><a href='/p/" slug "'>"   \
    name "</a><div class='media'><img src='/i/" slug ".jpg' alt=''></div></div>"                \
    "<div class='card__content'><h3 class='card__heading'><a href='/p/" slug "'>" name          \
    "</a></h3><div class='card__price'>" price "</div></div></div></li>"

static const char framed_shop[] =
    "<html><body><main><h1>Mugs</h1><ul class='product-grid'>"
    FRAMED_CARD("tall", "Tall speckled mug", "&pound;18.00")
    FRAMED_CARD("squat", "Squat blue mug", "&pound;16.00")
    FRAMED_CARD("handle", "Mug with a thumb rest", "&pound;21.00")
    FRAMED_CARD("travel", "Lidded travel mug", "&pound;24.00")
    "</ul></main></body></html>";

static void test_name_beside_the_picture_frame_is_read_once(void **state)
{
    (void)state;
    pith_result *r = extract(framed_shop);
    assert_int_equal(test_count(r->text, "Tall speckled mug"), 1);
    assert_int_equal(test_count(r->text, "Lidded travel mug"), 1);
    assert_int_equal(test_count(r->text, "16.00"), 1);
    pith_result_free(r);
}

/* A card that names the item twice, as links to its page, with a badge
 * and its maker between: the picture's link and the title's. */
#define BADGED_CARD(slug, name, price)                                                           \
    "<li class='grid__item'><div class='card'><div class='card__image'><a href='/p/" slug "'>"  \
    name "</a><div class='frame'><img src='/i/" slug ".jpg' alt=''></div></div>"                \
    "<div class='card__badge'>Sold out</div><div class='card__maker'>Hillfold</div>"             \
    "<h3 class='card__title'><a href='/p/" slug "'>" name "</a></h3><div class='card__price'>"   \
    price "</div></div></li>"

static const char badged_shop[] =
    "<html><body><main><h1>Teapots</h1><ul class='product-grid'>"
    BADGED_CARD("round", "Round stoneware teapot", "&pound;52.00")
    BADGED_CARD("tall", "Tall porcelain teapot", "&pound;58.00")
    BADGED_CARD("iron", "Cast-iron teapot", "&pound;75.00")
    BADGED_CARD("glass", "Glass teapot with infuser", "&pound;30.00")
    "</ul></main></body></html>";

/* Cards that open with their maker as a link to the maker's shelf: the
 * next card's maker comes after this card's title, another link. */
#define MAKER_CARD(slug, name, price)                                                            \
    "<li class='grid__item'><div class='card'><a class='card__maker' href='/makers/hillfold'>"   \
    "Hillfold</a><h3 class='card__title'><a href='/p/" slug "'>" name "</a></h3>"                \
    "<div class='card__price'>" price "</div></div></li>"

static const char maker_shop[] =
    "<html><body><main><h1>Teapots</h1><ul class='product-grid'>"
    MAKER_CARD("round", "Round stoneware teapot", "&pound;52.00")
    MAKER_CARD("tall", "Tall porcelain teapot", "&pound;58.00")
    MAKER_CARD("iron", "Cast-iron teapot", "&pound;75.00")
    MAKER_CARD("glass", "Glass teapot with infuser", "&pound;30.00")
    "</ul></main></body></html>";

static void test_name_linked_again_in_a_card_is_read_once(void **state)
{
    (void)state;
    pith_result *r = extract(badged_shop);
    assert_int_equal(test_count(r->text, "Round stoneware teapot"), 1);
    assert_int_equal(test_count(r->text, "Glass teapot with infuser"), 1);
    assert_int_equal(test_count(r->text, "Sold out"), 4);
    pith_result_free(r);
    r = extract(maker_shop); /* the same link in two cards, another link between */
    assert_int_equal(test_count(r->text, "Hillfold"), 4);
    assert_int_equal(test_count(r->text, "Cast-iron teapot"), 1);
    pith_result_free(r);
}

/* A course's card lists its facts under labels; a label repeated apart
 * in one card ("Duration" of each of two parts) is no copy. */
#define COURSE(slug, name)                                                                       \
    "<div class='course'><h3><a href='/c/" slug "'>" name "</a></h3>"                              \
    "<div class='part'><div>Duration</div><div>4 weeks</div></div>"                              \
    "<div class='part'><div>Duration</div><div>6 weeks</div></div></div>"

static const char courses[] =
    "<html><body><main><h1>Courses</h1><div class='results'>"
    COURSE("a", "Pottery for beginners") COURSE("b", "Glazes and firing")
    COURSE("c", "Throwing large pots") COURSE("d", "Handles and spouts")
    "</div></main></body></html>";

static void test_repeat_apart_in_a_card_stays(void **state)
{
    (void)state;
    pith_result *r = extract(courses);
    assert_int_equal(test_count(r->text, "Duration"), 8);
    pith_result_free(r);
}

/* Four boots of a shop's grid, the cards of the filter tests. */
#define BOOT_CARDS                                                                               \
    CARD("fell", "Fell walking boot", "&pound;120.00")                                           \
    CARD("moor", "Moorland boot", "&pound;95.00")                                                \
    CARD("ridge", "Ridge boot", "&pound;140.00")                                                 \
    CARD("dale", "Dale walking shoe", "&pound;80.00")

/* The filters sit in a <form> beside the grid, with a sentence of advice
 * longer than anything the cards say: the densest prose of the page. */
static const char filtered[] =
    "<html><body><main><h1>Walking boots</h1>"
    "<form class='collection-filters' action='/collections/boots'>"
    "<p>Most of our boots come in whole sizes only, so if you are usually a half size we "
    "suggest that you choose the next whole size up and wear a thicker pair of socks with "
    "them on long walks.</p>"
    "<fieldset><legend>Size</legend><label><input type='checkbox' name='size' value='7'> 7"
    "</label><label><input type='checkbox' name='size' value='8'> 8</label></fieldset>"
    "</form><ul class='product-grid'>"
    BOOT_CARDS
    "</ul></main></body></html>";

static void test_filter_form_beside_the_grid_goes(void **state)
{
    (void)state;
    pith_result *r = extract(filtered);
    if (strstr(r->text, "thicker pair of socks"))
        fail_msg("the filters' advice should not be in:\n%s", r->text);
    assert_non_null(strstr(r->text, "Moorland boot"));
    assert_non_null(strstr(r->text, "Dale walking shoe"));
    pith_result_free(r);
}

/* The same filters drawn by a script without a <form>: a box beside the
 * grid of check boxes with their labels and counts, under headings. */
#define TICK(label) "<li><label><input type='checkbox'> " label "</label></li>"
static const char ticked[] =
    "<html><body><main><h1>Walking boots</h1><div class='col-left'>"
    "<h3>Material</h3><ul>" TICK("Leather (12)") TICK("Suede (4)") TICK("Fabric (9)") "</ul>"
    "<h3>Width</h3><ul>" TICK("Narrow (3)") TICK("Standard (20)") TICK("Wide (6)") "</ul>"
    "</div><ul class='product-grid'>"
    BOOT_CARDS
    "</ul></main></body></html>";
#undef TICK

static void test_ticked_filters_beside_the_grid_go(void **state)
{
    (void)state;
    pith_result *r = extract(ticked);
    if (strstr(r->text, "Suede") || strstr(r->text, "Material"))
        fail_msg("the filters should not be in:\n%s", r->text);
    assert_non_null(strstr(r->text, "Moorland boot"));
    assert_non_null(strstr(r->text, "Dale walking shoe"));
    pith_result_free(r);
}

/* A product's options drawn as radio buttons with their labels: the
 * shop's picker, not what the page says of the product. */
#define OPTION(label) "<label><input type='radio' name='size'> " label "</label>"
static const char optioned[] =
    "<html><body><main><h1>Fell walking boot</h1>"
    "<p>A leather boot with a stiff sole for rough ground, resoled by our workshop for as long "
    "as the uppers last.</p><div class='buy-box'><p>Size</p>"
    OPTION("6") OPTION("7") OPTION("8") OPTION("9") OPTION("10") OPTION("11")
    "</div><h2>Materials</h2><p>Full-grain leather uppers, a wool lining and a rubber sole "
    "stitched to the welt.</p></main></body></html>";
#undef OPTION

static void test_product_options_go(void **state)
{
    (void)state;
    pith_result *r = test_extract_as(optioned, "product", PITH_FAVOR_BALANCED);
    if (strstr(r->text, "Size"))
        fail_msg("the size picker should not be in:\n%s", r->text);
    assert_non_null(strstr(r->text, "stiff sole"));
    assert_non_null(strstr(r->text, "wool lining"));
    pith_result_free(r);
}

/* A landing page's table of plans says "Yes" in every column of a row:
 * cells are no repeated lines; its slider's title drawn twice is read
 * once. */
static const char plans[] =
    "<html><body><main><h1>Plans</h1><p>Every plan includes a written report and a call.</p>"
    "<table><tr><th>Feature</th><th>Basic</th><th>Plus</th><th>Pro</th></tr>"
    "<tr><td>Written report</td><td>Yes</td><td>Yes</td><td>Yes</td></tr>"
    "<tr><td>Follow-up call</td><td>Yes</td><td>Yes</td><td>Yes</td></tr></table>"
    "<h2>Slides</h2><div class='slide'><h3>Reports in a week</h3></div>"
    "<div class='slide'><h3>Reports in a week</h3></div>"
    "<h3>Ask us</h3><p>Write to us with the name of your firm and the kind of report you need, "
    "and one of our analysts will call you back within a day to talk it through.</p>"
    "<h3>Ask us</h3></main></body></html>";

static void test_table_cells_stay(void **state)
{
    (void)state;
    pith_result *r = test_extract_as(plans, "service", PITH_FAVOR_BALANCED);
    assert_int_equal(test_count(r->text, "Yes"), 6);
    assert_int_equal(test_count(r->text, "Reports in a week"), 1);
    /* a paragraph between two alike lines: not shown in a row */
    assert_int_equal(test_count(r->text, "Ask us"), 2);
    pith_result_free(r);
}

/* A list of recipes: each card's rating line, named as a post's
 * metadata, is what a reader compares the recipes by. */
#define RECIPE(slug, name, rating)                                                              \
    "<article class='recipe-card'><h3><a href='/r/" slug "'>" name "</a></h3>"                  \
    "<div class='entry-meta'>" rating "</div></article>"

static const char recipes[] =
    "<html><body><main><h1>Air fryer recipes</h1><div class='recipe-grid'>"
    RECIPE("salmon", "Crisp salmon with lemon", "86 reviews / 5 average")
    RECIPE("tofu", "Crisp tofu with sesame", "37 reviews / 4.4 average")
    RECIPE("wings", "Honey chipotle wings", "109 reviews / 4.7 average")
    RECIPE("potatoes", "Garlic potatoes", "12 reviews / 4.8 average")
    "</div></main></body></html>";

static void test_card_rating_stays(void **state)
{
    (void)state;
    pith_result *r = test_extract_as(recipes, "listing", PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "86 reviews / 5 average"));
    assert_non_null(strstr(r->text, "12 reviews / 4.8 average"));
    pith_result_free(r);
}

/* Filters drawn as links under a "Filters" label, with no check box to
 * count: the label names the box beside the grid, which goes. */
static const char labelled[] =
    "<html><body><main><h1>Walking boots</h1><div class='col-left'><div><h2>Filters:</h2></div>"
    "<div><h3>Material</h3><ul><li><a href='?m=leather'>Leather</a></li>"
    "<li><a href='?m=suede'>Suede</a></li><li><a href='?m=fabric'>Fabric</a></li></ul></div>"
    "</div><ul class='product-grid'>"
    BOOT_CARDS
    "</ul></main></body></html>";

static void test_labelled_filters_beside_the_grid_go(void **state)
{
    (void)state;
    pith_result *r = extract(labelled);
    if (strstr(r->text, "Suede") || strstr(r->text, "Material"))
        fail_msg("the filters should not be in:\n%s", r->text);
    assert_non_null(strstr(r->text, "Moorland boot"));
    pith_result_free(r);
}

/* A grid's run broken by a banner goes on after it: the cards after the
 * break are its items too, and a thumbnail's "caption" holding the card's
 * name and facts stays there as it does in the cards before the break. */
#define THUMB(slug, name, maker)                                                                 \
    "<li class='tile'><a href='/p/" slug "'><img src='/i/" slug ".jpg' alt=''></a>"               \
    "<div class='caption'><a href='/p/" slug "'>" name "</a><p>Made by " maker "</p></div>"      \
    "<span class='price'>&pound;20.00</span></li>"

static const char broken_run[] =
    "<html><body><main><h1>Lamps</h1><ul class='grid'>"
    THUMB("a", "Brass desk lamp", "Lumen") THUMB("b", "Paper floor lamp", "Shoji")
    THUMB("c", "Clip-on reading lamp", "Lumen") THUMB("d", "Glass pendant", "Murano Works")
    THUMB("e", "Rattan table lamp", "Cane and Co")
    "<li class='promo-banner'><a href='/sale'>Spring sale: lamps and shades</a></li>"
    THUMB("f", "Arc floor lamp", "Shoji") THUMB("g", "Bedside lamp", "Lumen")
    "</ul></main></body></html>";

static void test_grid_goes_on_past_a_break(void **state)
{
    (void)state;
    pith_result *r = extract(broken_run);
    assert_non_null(strstr(r->text, "Brass desk lamp"));
    assert_non_null(strstr(r->text, "Bedside lamp"));
    assert_null(strstr(r->text, "Spring sale"));
    pith_result_free(r);
}

/* A list of posts breaks its run for a box of other pages with a heading
 * of its own: set in the river, not one of its stories, it goes; the
 * stories after it stay. */
#define BREAK_STORY(slug, title)                                                                 \
    "<article class='story'><h2><a href='/news/" slug "'>" title "</a></h2><p>What happened, "  \
    "who said what about it and what comes next, in a sentence or two.</p></article>"

static const char river[] =
    "<html><body><main><h1>Latest news</h1><div class='river'>"
    BREAK_STORY("a", "Harbour bridge reopens") BREAK_STORY("b", "New ferry timetable")
    BREAK_STORY("c", "Market hall gets a roof") BREAK_STORY("d", "Tram line extended")
    BREAK_STORY("e", "Park gets new benches")
    "<div class='intersection'><div>Recent appointments</div><div><a href='/p/x'>Ann Berg is "
    "appointed head of sales at the Harbour Hotel</a></div><div><a href='/p/y'>Tom Ek is "
    "appointed chef at the Old Mill Inn</a></div><div><a href='/p/z'>Eva Lind is appointed "
    "manager of the Bay Resort</a></div></div>"
    BREAK_STORY("f", "Night buses return") BREAK_STORY("g", "Library extends its hours")
    "</div></main></body></html>";

static void test_break_in_the_grid_goes(void **state)
{
    (void)state;
    pith_result *r = test_extract_as(river, "listing", PITH_FAVOR_BALANCED);
    if (strstr(r->text, "Recent appointments") || strstr(r->text, "Ann Berg"))
        fail_msg("the box in the river should not be in:\n%s", r->text);
    assert_non_null(strstr(r->text, "Market hall gets a roof"));
    assert_non_null(strstr(r->text, "Library extends its hours"));
    pith_result_free(r);
}

/* A river that heads each day's stories with the day: the heading set
 * between the stories heads those that follow, and stays. */
static const char river_of_days[] =
    "<html><body><main><h1>Latest news</h1><div class='river'><h2>Today</h2>"
    BREAK_STORY("a", "Harbour bridge reopens") BREAK_STORY("b", "New ferry timetable")
    BREAK_STORY("c", "Market hall gets a roof") BREAK_STORY("d", "Tram line extended")
    "<div class='day'><h2>Yesterday</h2></div>"
    BREAK_STORY("e", "Night buses return") BREAK_STORY("f", "Library extends its hours")
    "</div></main></body></html>";

static void test_heading_in_the_grid_stays(void **state)
{
    (void)state;
    pith_result *r = test_extract_as(river_of_days, "listing", PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Yesterday"));
    assert_non_null(strstr(r->text, "Night buses return"));
    pith_result_free(r);
}

/* A shop's category writes its description under headings below its
 * <main>, which holds the grid: the description stays, the filters beside
 * the grid outside <main> do not. */
#define GUIDE_SIZE                                                                               \
    "<p>A kettle on the hob heats water for the whole family, and a good one lasts for years: "  \
    "choose its size by the cups you pour at once, and its whistle by how far from the kitchen " \
    "you tend to wander while the water comes to the boil on a cold winter morning, "             \
    "before the house wakes up.</p>"
#define GUIDE_HOB                                                                                \
    "<p>An induction hob heats only a pan that a magnet clings to, so a kettle of copper, glass " \
    "or aluminium stays cold on it; steel and enamel over iron work well, and a flat, wide base " \
    "brings the water to the boil sooner than a narrow one does, whatever the hob.</p>"
#define GUIDE_CARE                                                                               \
    "<p>Scale builds up inside every kettle in a town with hard water: boil a cup of vinegar "   \
    "with water once a month, rinse it twice, and the kettle keeps heating as fast as the day "  \
    "it came out of its box, with no white flakes floating in your tea.</p>"

static const char described[] =
    "<html><body><div class='page'><div class='col'><h3>Colour</h3><ul>"
    "<li><a href='?c=red'>Red kettles of every kind</a></li>"
    "<li><a href='?c=blue'>Blue kettles and more</a></li></ul></div>"
    "<main><h1>Kettles</h1><ul class='product-grid'>"
    CARD("steel", "Steel kettle", "&pound;28.00")
    CARD("copper", "Copper kettle", "&pound;58.00")
    CARD("enamel", "Enamel kettle", "&pound;38.00")
    CARD("glass", "Glass kettle", "&pound;32.00")
    CARD("camp", "Camping kettle with folding handle", "&pound;22.00")
    CARD("cordless", "Cordless electric kettle", "&pound;45.00")
    CARD("gooseneck", "Gooseneck pour-over kettle", "&pound;52.00")
    CARD("travel", "Travel kettle for two cups", "&pound;19.00")
    CARD("whistle", "Whistling stovetop kettle", "&pound;34.00")
    CARD("cast", "Cast-iron kettle from a foundry", "&pound;88.00")
    "</ul></main></div><div class='category-description'><h2>How to choose a kettle</h2>"
    GUIDE_SIZE "<h2>Which kettle for an induction hob?</h2>" GUIDE_HOB GUIDE_CARE
    "</div><div class='promo-strip'>Free delivery on every order over fifty pounds</div>"
    "</body></html>";

static void test_description_below_main_stays(void **state)
{
    (void)state;
    pith_result *r = extract(described);
    assert_non_null(strstr(r->text, "Steel kettle"));
    assert_non_null(strstr(r->text, "How to choose a kettle"));
    assert_non_null(strstr(r->text, "Which kettle for an induction hob?"));
    assert_null(strstr(r->text, "Blue kettles and more"));
    pith_result_free(r);
}

/* A shop prints the same controls and ribbons on every card: a check box
 * to compare, a quick view, a buy link, a "Best seller" ribbon.  They go;
 * the names and prices stay, and so does a heading worded as a ribbon,
 * which titles a shelf of the page. */
#define LABELLED(slug, name, price)                                                              \
    "<li class='tile'><div class='tile__badge'>Best seller</div><h3><a href='/p/" slug "'>" name \
    "</a></h3><div class='tile__price'>" price "</div><div class='tile__compare'><label>"         \
    "<input type='checkbox'> Compare</label></div><div><a href='#q'>Quick view</a></div>"          \
    "<div><a href='#b'>Add to basket</a></div></li>"

static const char jugs[] =
    "<html><body><main><h1>Jugs</h1><h2>Best seller</h2><ul class='tiles'>"
    LABELLED("a", "Milk jug", "&pound;18.00") LABELLED("b", "Cream jug", "&pound;14.00")
    LABELLED("c", "Water jug", "&pound;26.00") LABELLED("d", "Syrup jug", "&pound;12.00")
    "</ul></main></body></html>";

static void test_card_labels_go(void **state)
{
    (void)state;
    pith_result *r = extract(jugs);
    assert_int_equal(test_count(r->text, "Compare"), 0);
    assert_int_equal(test_count(r->text, "Quick view"), 0);
    assert_int_equal(test_count(r->text, "Add to basket"), 0); /* a buy button's label (pagetypes.c) */
    assert_int_equal(test_count(r->text, "Best seller"), 1); /* the shelf's heading */
    assert_int_equal(test_count(r->text, "Cream jug"), 1);
    assert_int_equal(test_count(r->text, "26.00"), 1);
    pith_result_free(r);
}

/* A list of stories whose every <article> opens with a <header> holding
 * the story's title as a link and nothing else (no heading element): the
 * header is the item's title, not the site's banner. */
#define STORY(slug, title, summary)                                                              \
    "<article><header><a href='/news/" slug "'>" title "</a></header><div class='details'>"      \
    "2 hours ago</div><p>" summary "</p></article>"

static const char stories[] =
    "<html><body><header><a href='/'>Kernel Weekly</a><nav><a href='/news'>News</a>"
    "<a href='/reviews'>Reviews</a></nav></header><main>"
    STORY("a", "New scheduler lands in the release candidate",
          "The scheduler rewrite was merged after two years of review and benchmarks.")
    STORY("b", "File system gains faster directory lookups",
          "A hashed index cuts the time to open a file in a large directory by half.")
    STORY("c", "Driver for the new graphics cards is merged",
          "The open driver now supports the cards released this spring, with video decoding.")
    STORY("d", "Compiler release improves link-time optimisation",
          "Builds of large programs are faster and smaller with the new partitioning.")
    "</main></body></html>";

static void test_linked_title_header_of_an_item_stays(void **state)
{
    (void)state;
    pith_result *r = test_extract_as(stories, "listing", PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "New scheduler lands in the release candidate"));
    assert_non_null(strstr(r->text, "Compiler release improves link-time optimisation"));
    assert_null(strstr(r->text, "Kernel Weekly"));
    pith_result_free(r);
}

/* A list of papers: each item its title, its authors (an author-named
 * line of several names) and its abstract.  The authors stay; a post's
 * lone byline ("By ...") in a list of posts still goes. */
#define PAPER(slug, title, authors, abstract)                                                   \
    "<li class='paper'><h3><a href='/papers/" slug "'>" title "</a></h3><div class='authors'>"   \
    authors "</div><p>" abstract "</p></li>"

static const char papers[] =
    "<html><body><main><h1>Accepted papers</h1><ul class='papers'>"
    PAPER("a", "Sparse attention for long documents", "Ana Ruiz, Tomas Berg and Li Wei",
          "We cut the cost of attention over long inputs by reading only the blocks that matter.")
    PAPER("b", "Faster training with mixed precision", "Omar Haddad, Jun Sato, Eva Novak",
          "Half-precision arithmetic with a loss scale trains as well at a third of the time.")
    PAPER("c", "A benchmark of table extraction", "Maria Costa, Paul Meyer, Sara Lind",
          "Twelve tools are compared on invoices, papers and spreadsheets turned into PDF.")
    PAPER("d", "Caching the results of a compiler", "Ines Vidal, Karl Ek, Noor Aziz",
          "A shared cache of object files halves the time of a clean build on a team's machines.")
    "</ul></main></body></html>";

#define POST(slug, title, by)                                                                   \
    "<li class='post'><h3><a href='/posts/" slug "'>" title "</a></h3><div class='author'>By "   \
    by "</div><p>A short summary of the post, a sentence or two long, as lists show.</p></li>"

static const char posts[] =
    "<html><body><main><h1>Latest posts</h1><ul class='posts'>"
    POST("a", "Our spring release", "Jane Doe") POST("b", "Notes from the meetup", "Jane Doe")
    POST("c", "Hiring two engineers", "Jane Doe")
    POST("d", "A new office", "Jane Doe") "</ul></main></body></html>";

static void test_authors_of_an_item_stay(void **state)
{
    (void)state;
    pith_result *r = test_extract_as(papers, "listing", PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Ana Ruiz, Tomas Berg and Li Wei"));
    assert_non_null(strstr(r->text, "Maria Costa, Paul Meyer, Sara Lind"));
    pith_result_free(r);
    r = test_extract_as(posts, "listing", PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Notes from the meetup"));
    assert_null(strstr(r->text, "Jane Doe"));
    pith_result_free(r);
}

/* A firm's page of its workshops, of no known kind: each card links to
 * its workshop, and its rating, named as a post's metadata, is what a
 * reader chooses by; a card's topics written as links are another menu,
 * and a panel of filters (alike boxes, each a label named as metadata
 * over its check boxes) links nowhere. */
#define WORKSHOP(slug, name, rating)                                                           \
    "<div class='workshop'><h3><a href='/w/" slug "'>" name "</a></h3>"                         \
    "<div class='rating-line'>" rating "</div>"                                                 \
    "<div class='topics tags'><a href='/t/a'>Data</a> <a href='/t/b'>Statistics</a></div></div>"
#define FILTER(label, a, b)                                                                    \
    "<div class='filter'><div class='meta-line'>" label "</div><label><input type='checkbox'>" \
    a "</label><label><input type='checkbox'>" b "</label></div>"

static const char workshops[] =
    "<html><body><main><h1>Our workshops</h1>"
    "<p>Each workshop is taught by two of our analysts over a few evenings, with exercises on "
    "data you bring from your own work, and ends with a short written project.</p>"
    "<div class='filters'>" FILTER("Evenings", "Three", "Six") FILTER("Level", "First", "Next")
    FILTER("Venue", "Leeds", "York") "</div>"
    "<div class='workshops'>" WORKSHOP("a", "Reading a balance sheet", "Rated 4.6 by 133 people")
    WORKSHOP("b", "Forecasting demand", "Rated 4.8 by 16 people")
    WORKSHOP("c", "Pricing a new product", "Rated 4.5 by 140 people")
    "</div></main></body></html>";

static void test_facts_of_a_linked_item_stay(void **state)
{
    (void)state;
    pith_result *r = test_extract_as(workshops, "other", PITH_FAVOR_BALANCED);
    assert_non_null(strstr(r->text, "Forecasting demand"));
    assert_non_null(strstr(r->text, "Rated 4.6 by 133 people"));
    assert_non_null(strstr(r->text, "Rated 4.5 by 140 people"));
    assert_null(strstr(r->text, "Statistics"));
    assert_null(strstr(r->text, "Venue"));
    pith_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_description_below_main_stays),
        cmocka_unit_test(test_grid_goes_on_past_a_break),
        cmocka_unit_test(test_break_in_the_grid_goes),
        cmocka_unit_test(test_heading_in_the_grid_stays),
        cmocka_unit_test(test_labelled_filters_beside_the_grid_go),
        cmocka_unit_test(test_card_line_shown_twice_is_read_once),
        cmocka_unit_test(test_name_beside_the_picture_frame_is_read_once),
        cmocka_unit_test(test_name_linked_again_in_a_card_is_read_once),
        cmocka_unit_test(test_repeat_apart_in_a_card_stays),
        cmocka_unit_test(test_filter_form_beside_the_grid_goes),
        cmocka_unit_test(test_ticked_filters_beside_the_grid_go),
        cmocka_unit_test(test_product_options_go),
        cmocka_unit_test(test_table_cells_stay),
        cmocka_unit_test(test_card_rating_stays),
        cmocka_unit_test(test_card_labels_go),
        cmocka_unit_test(test_linked_title_header_of_an_item_stays),
        cmocka_unit_test(test_authors_of_an_item_stay),
        cmocka_unit_test(test_facts_of_a_linked_item_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
