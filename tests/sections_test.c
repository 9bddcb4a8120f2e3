/*
 * sections_test.c — pages whose content is many blocks (content/sections.c):
 * a landing page keeps all its sections, a grid all its cards whole, and
 * the sort bar and pager beside the cards go; an article with one long
 * body and a few short boxes beside it stays one block.
 */
#include "stage.h"

#include "content/internal.h"
#include "pith.h"

/* The cascade picks one block on an article; these pages are taken as
 * articles (as the page-type stage may take a listing or a landing page
 * whose evidence is thin) to check what it then keeps. */
static pith_result *extract(const char *html)
{
    return test_extract_as(html, "article", PITH_FAVOR_BALANCED);
}

static void assert_has(const pith_result *r, const char *s)
{
    if (!strstr(r->text, s))
        fail_msg("'%s' is missing from:\n%s", s, r->text);
}

static void assert_lacks(const pith_result *r, const char *s)
{
    if (strstr(r->text, s))
        fail_msg("'%s' should not be in:\n%s", s, r->text);
}

/* A landing page built from one template: each section's text nested
 * boxes deep, the testimonials long enough to pass for an article, every
 * other section a heading and a list of two lines. */
#define SECTION(cls, body)                                                                       \
    "<section class='" cls "'><div class='container'><div class='row'><div class='column'>"     \
    "<div class='block'><div class='text'>" body "</div></div></div></div></div></section>"
#define BRIEF(cls, head, one, two)                                                              \
    SECTION(cls, "<h2>" head "</h2><ul><li>" one "</li><li>" two "</li></ul>")
static const char landing[] =
    "<html><body><nav><a href='/'>Home</a> <a href='/p'>Pricing</a></nav><main>"
    BRIEF("hero", "Gardens that grow themselves", "Planting schemes for small urban yards.",
          "They need almost no care at all once they are in the ground, in sun or in shade.")
    BRIEF("features", "What we do", "A survey of your soil, light and drainage.",
          "A plan drawn to scale, and the plants set out by our own gardeners in a day.")
    SECTION("testimonials", "<h2>What clients say</h2>"
            "<p>They turned a bare concrete yard into a place we eat every evening in summer, "
            "and after two years we have still not had to water it once, even in the dry "
            "spells, which our neighbours find hard to believe when they come round.</p>"
            "<p>The plan they drew showed every plant by name, with a note on when it flowers "
            "and how tall it grows, so we knew from the start what the yard would look like "
            "in each season, and it has turned out exactly as the drawing promised.</p>"
            "<p>When one shrub failed in the first winter, a gardener came back within the "
            "week, found that a drain had flooded its roots, moved it, and replaced it without "
            "charging us anything, which is more than we expected from anyone.</p>"
            "<p>We have since asked them to plan the front garden too, and our friends on the "
            "next street have hired them for theirs, after sitting in our yard one evening.</p>")
    BRIEF("process", "How it works", "You send us photographs and the size of the yard.",
          "We visit once, measure, test the soil, and send a plan within ten days, with a price.")
    BRIEF("pricing", "Prices", "A plan for a yard under fifty square metres: four hundred pounds.",
          "Planting is charged at cost, with no markup on the plants themselves, however many.")
    BRIEF("faq", "Questions", "Do the plants need watering? Only in their first summer.",
          "After that, rain is enough for every plant we choose, anywhere in the country, every year.")
    BRIEF("team", "Who we are", "Four gardeners and a designer, trained at the botanic garden.",
          "More than three hundred small yards planted across the city since we began, and counting.")
    BRIEF("areas", "Where we work", "Every borough inside the ring road, and the towns along it.",
          "Farther out for larger gardens, at the price of the travel and no more than that.")
    BRIEF("guarantee", "Our promise", "Any plant that fails in its first two years is replaced.",
          "A visit each spring to check the planting is included in every plan we draw for you.")
    "</main><footer><p>Copyright 2024 Example Gardens</p></footer></body></html>";

static void test_landing_keeps_every_section(void **state)
{
    (void)state;
    pith_result *r = extract(landing);
    assert_has(r, "concrete yard");
    assert_has(r, "survey of your soil");
    assert_has(r, "replaced");
    assert_has(r, "fifty square metres");
    assert_has(r, "small urban yards");
    assert_has(r, "Every borough");
    assert_has(r, "botanic garden");
    assert_lacks(r, "Copyright");
    pith_result_free(r);
}

/* A grid of cards, each with a linked name, a description and a price,
 * one description long enough to pass for an article; a sort bar and a
 * pager beside the cards. */
#define CARD(name, line, price)                                                                 \
    "<article class='card'><div class='inner'><div class='name'><a href='/p/" name "'>" name   \
    "</a></div>"                                                                                \
    "<div class='content'><div class='text'><div class='body'><p>" line "</p></div>"            \
    "<p><a href='/t/1'>tools</a> <span class='price'>" price "</span></p></div></div></div>"    \
    "</article>"
static const char grid[] =
    "<html><body><div class='page'><div class='results'><div class='sortbar'>"
    "<a href='?s=1'>Price</a> <a href='?s=2'>Name</a>"
    "<select><option>Sort by popularity</option></select></div>"
    CARD("Harbour Lantern", "A hand-forged iron lantern for a porch or a boat deck, glazed "
         "with thick seeded glass that throws a warm, speckled light across the boards. The "
         "frame is blackened by hand, the handle wrapped in tarred cord, and the burner takes "
         "any standard wick, so it will keep working for decades, wherever it hangs, in salt "
         "air or rain, with nothing more than a wipe of oil each autumn.", "45.00")
    CARD("Field Kettle", "A copper kettle that sits on an open fire and boils a litre in "
         "four minutes, with a folding handle of sprung steel and a spout that pours without "
         "dripping, even when the kettle is full to the brim.", "38.50")
    CARD("Orchard Ladder", "A tripod ladder of ash wood, steady on soft and uneven ground "
         "between fruit trees, with a third leg that swings out to stand on a slope and rungs "
         "wide enough for boots caked in mud.", "120.00")
    CARD("Pressing Board", "An oak board for pressing flowers flat, with straps of waxed "
         "cotton, sheets of blotting paper between its boards, and a card in the lid on how "
         "long each kind of flower needs to dry.", "22.00")
    CARD("Seed Cabinet", "A pine cabinet of thirty small drawers, each labelled, for seeds "
         "kept dry and dark, with a brass card holder on every drawer and a lid that closes "
         "tight against mice in a cold shed all winter.", "95.00")
    CARD("Rain Gauge", "A glass gauge in a brass holder, marked in millimetres, to screw "
         "onto a fence post, with a funnel that keeps leaves out and a scale that can be read "
         "from the kitchen window across a small garden.", "18.00")
    "<div class='pager'><a href='?p=1'>1</a> <a href='?p=2'>2</a> <a href='?p=3'>Next "
    "page</a></div></div></div></body></html>";

static void test_grid_keeps_every_card_whole(void **state)
{
    (void)state;
    pith_result *r = extract(grid);
    assert_has(r, "Harbour Lantern");
    assert_has(r, "seeded glass");
    assert_has(r, "Field Kettle");
    assert_has(r, "Orchard Ladder");
    assert_has(r, "Pressing Board");
    assert_has(r, "waxed cotton");
    assert_has(r, "Rain Gauge");
    assert_has(r, "38.50");
    assert_lacks(r, "Sort by popularity");
    assert_lacks(r, "Next page");
    pith_result_free(r);
}

/* A page of teasers under a one-line introduction: each teaser's text
 * nested boxes deep, so that the cascade takes the introduction. */
#define TEASER(title, line)                                                                     \
    "<div class='item'><div class='frame'><div class='copy'><div class='inner'>"             \
    "<div class='title'><a href='/n/1'>" title "</a></div><div class='summary'><p>" line       \
    "</p></div></div></div></div></div>"
static const char teasers[] =
    "<html><body><div class='intro'><p>Every story from our coverage of the harbour, with "
    "the newest first, as it is published.</p></div><div class='stream'>"
    TEASER("Ferry timetable changes", "The winter timetable starts on the first Monday of "
           "November, with two crossings fewer on weekdays and none after nine at night.")
    TEASER("Dredging to begin", "The channel will be dredged from March, closing the inner "
           "berths for three weeks while the silt is taken out to sea by barge.")
    TEASER("New pilot boat", "The harbour's new pilot boat arrived on Friday, faster than "
           "the old one and able to go out in seas that kept the old one in port.")
    TEASER("Fish market reopens", "The fish market has reopened after its roof was "
           "repaired, with the same stalls in the same places and a new cold store.")
    TEASER("Lighthouse open days", "The lighthouse will be open to visitors on the last "
           "Sunday of each month through the summer, weather permitting, from ten.")
    "</div></body></html>";

static void test_teasers_beside_the_choice(void **state)
{
    (void)state;
    pith_result *r = extract(teasers);
    assert_has(r, "Ferry timetable changes");
    assert_has(r, "winter timetable");
    assert_has(r, "Dredging to begin");
    assert_has(r, "Lighthouse open days");
    assert_has(r, "last Sunday");
    pith_result_free(r);
}

/* An article beside a feed of teasers holding twice its text: the
 * article stays the choice, and the teasers' linked titles stay out (their
 * summaries read as prose and join it, as before). */
#define FEED \
    TEASER("Ferry timetable changes", "The winter timetable starts on the first Monday of " \
           "November, with two crossings fewer on weekdays and none after nine at night.") \
    TEASER("Dredging to begin", "The channel will be dredged from March, closing the inner " \
           "berths for three weeks while the silt is taken out to sea by barge.") \
    TEASER("New pilot boat", "The harbour's new pilot boat arrived on Friday, faster than " \
           "the old one and able to go out in seas that kept the old one in port.") \
    TEASER("Fish market reopens", "The fish market has reopened after its roof was " \
           "repaired, with the same stalls in the same places and a new cold store.") \
    TEASER("Lighthouse open days", "The lighthouse will be open to visitors on the last " \
           "Sunday of each month through the summer, weather permitting, from ten.") \
    TEASER("Harbour wall repaired", "The storm damage to the harbour wall has been " \
           "repaired, a month early, and the walkway along its top is open again.") \
    TEASER("Moorings fees", "Mooring fees will rise by a tenth next year, the first rise " \
           "in five years, to pay for the new pontoons at the northern end.") \
    TEASER("Rowing regatta", "The rowing regatta returns in June, with races for every age " \
           "and a new course that keeps the crews inside the breakwater.") \
    TEASER("Crane removed", "The last of the old cranes on the eastern quay was taken down " \
           "on Tuesday, after standing unused for more than thirty years.") \
    TEASER("Swimming test", "The water off the town beach passed every test this summer, " \
           "and the council will keep the lifeguards on until the end of September.") \
    TEASER("Sail loft sold", "The old sail loft has been sold to a boat builder, who plans " \
           "to build wooden dinghies there and to open the ground floor to visitors.") \
    TEASER("Tide gauge", "A new tide gauge on the pier shows the height of the water, and " \
           "its readings can be seen on a board in the harbour master's window.")
static const char article_and_feed[] =
    "<html><body><div class='layout'><div class='story'>" PROSE1 PROSE2 PROSE3 PROSE1 PROSE2
    "</div><div class='feed'>" FEED "</div></div></body></html>";

/* The same feed, twice as long, in a column of its own: the article is
 * still the choice. */
static const char article_and_column[] =
    "<html><body><div class='main-col'><div class='story'>" PROSE1 PROSE2 PROSE3 PROSE1 PROSE2
    PROSE3 "</div></div><div class='side-col'><div class='feed'>" FEED FEED
    "</div></div></body></html>";

static void test_article_beside_a_feed_stays(void **state)
{
    (void)state;
    pith_result *r = extract(article_and_feed);
    assert_has(r, "railway bridge");
    assert_has(r, "second survey");
    assert_lacks(r, "Ferry timetable changes");
    assert_lacks(r, "Tide gauge");
    pith_result_free(r);
    r = extract(article_and_column);
    assert_has(r, "railway bridge");
    assert_lacks(r, "winter timetable");
    pith_result_free(r);
}

/* The landing page with a menu of the firm's services in its hero, a
 * drop-down drawn as lists of links in a list: the menu goes, though the
 * sections are kept whole. */
#define L(t) "<li><a href='/s'>" t "</a></li>"
static const char landing_with_menu[] =
    "<html><body><main>"
    SECTION("hero", "<h1>Gardens</h1><div class='dropdown'><ul>"
            "<li><a href='/d'>Design</a><ul>" L("Front gardens") L("Back yards") L("Roofs")
            L("Balconies") "</ul></li><li><a href='/p'>Planting</a><ul>" L("Shrubs")
            L("Hedges") L("Bulbs") L("Trees") "</ul></li><li><a href='/c'>Care</a><ul>"
            L("Pruning") L("Mowing") L("Feeding") "</ul></li></ul></div>")
    BRIEF("features", "What we do", "A survey of your soil, light and drainage.",
          "A plan drawn to scale, and the plants set out by our own gardeners in a day.")
    SECTION("pricing", "<h2>Prices</h2><p>A plan for a yard under fifty square metres costs "
            "four hundred pounds; planting is charged at cost.</p>")
    "</main></body></html>";
#undef L

static void test_menu_in_a_section_goes(void **state)
{
    (void)state;
    pith_result *r = extract(landing_with_menu);
    assert_has(r, "survey of your soil");
    assert_has(r, "fifty square metres");
    assert_lacks(r, "Balconies");
    assert_lacks(r, "Hedges");
    pith_result_free(r);
}

/* An article with three short boxes beside it: the boxes do not hold
 * twice the article's text, so the article stays one block. */
static const char article[] =
    "<html><body><div class='layout'>"
    "<div class='box'><div class='story'>" PROSE1 PROSE2 PROSE3 "</div></div>"
    "<div class='box'><p>Sign up for our weekly letter about the town and its council.</p></div>"
    "<div class='box'><p>Photographs of the bridge from the town archive, 1900 to 1950.</p></div>"
    "</div></body></html>";

static void test_article_stays_one_block(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s, article, PITH_FAVOR_BALANCED, TEST_CLEAN);
    uint32_t story = test_find_class(&s.ctx.dom, "story");
    assert_int_equal(pith_content_sections(&s.ctx, story), story);
    test_unstage(&s);
}

/* Stage the page and widen the choice from its first box of class "text";
 * whether that reaches <main>. */
static bool widens_to_main(test_staged *s, const char *html)
{
    test_stage(s, html, PITH_FAVOR_BALANCED, TEST_CLEAN);
    uint32_t main = test_find_tag(&s->ctx.dom, GUMBO_TAG_MAIN, 0);
    return pith_content_sections(&s->ctx, test_find_class(&s->ctx.dom, "text")) == main;
}

/* The run is found from deep inside one section: a page builder's boxes
 * nest the text several levels below the run. */
static void test_run_found_from_deep_inside(void **state)
{
    (void)state;
    test_staged s;
    assert_true(widens_to_main(&s, landing));
    uint32_t pricing = test_find_class(&s.ctx.dom, "pricing");
    assert_true(s.ctx.dom.els[pricing].flags & PITH_EL_ITEM);
    test_unstage(&s);
}

/* A landing page whose sections sit side by side in <main>, each its
 * heading and its text straight inside: the scorer picks the long story
 * section, the sibling step keeps the one scored alike and widens to
 * <main>, but rejects the sections of lists, the most of the page. */
#define FLAT(cls, head, body) "<section class='" cls "'><h2>" head "</h2>" body "</section>"
#define ITEMS(one, two, three) "<ul><li>" one "</li><li>" two "</li><li>" three "</li></ul>"
static const char flat_landing[] =
    "<html><body><nav><a href='/'>Home</a> <a href='/c'>Contact</a></nav><main>"
    FLAT("story", "Why we started",
         "<p>We began in a rented shed with two ladders, a bucket of putty and a list of the "
         "old sash windows in the street that nobody else would touch, because they were "
         "rotten, painted shut, or both, and the owners had been told to replace them.</p>"
         "<p>Twenty years on, we still repair rather than replace, splicing new oak into old "
         "frames, re-cording the weights and fitting brushes into the beads, so that a window "
         "made in 1890 can open with one finger and keep the draught out in January.</p>")
    FLAT("approach", "How we look at a window",
         "<p>Every frame is surveyed before we quote: we note the rot, the glass, the cords "
         "and the paint, photograph each sash, and send you the report, so that you can see "
         "for yourself what needs doing, what can wait, and what it will cost you.</p>")
    FLAT("services", "What we repair",
         ITEMS("Rotten sills and bottom rails spliced with seasoned oak.",
               "Broken sash cords and pulleys replaced, the weights balanced again.",
               "Cracked panes reglazed with hand-drawn glass matched to the old."))
    FLAT("draughts", "Draught-proofing",
         ITEMS("Brush seals routed into the staff and parting beads.",
               "Meeting rails fitted with a seal that keeps the rattle out.",
               "Shutters eased and rehung so that they close flush at night."))
    FLAT("prices", "Prices",
         ITEMS("A survey and written report: ninety pounds, taken off the work.",
               "Draught-proofing a sash window: from two hundred and forty pounds.",
               "Splicing a sill: quoted from the survey, fixed before we start."))
    FLAT("areas", "Where we work",
         ITEMS("The city and every village within twenty miles of the workshop.",
               "Listed buildings, with the drawings the conservation officer asks for.",
               "Churches and halls, where the ladders must reach the highest lights."))
    FLAT("questions", "Questions",
         ITEMS("Will the windows still look original? Yes: we keep the old glass.",
               "How long does a house take? A week for most, working room by room.",
               "Is there a guarantee? Ten years on every splice and every seal we fit."))
    "</main><footer><p>Copyright 2024 Example Sash Repairs</p></footer></body></html>";

static void test_sections_the_sibling_step_split(void **state)
{
    (void)state;
    pith_result *r = extract(flat_landing);
    assert_has(r, "rented shed");
    assert_has(r, "Every frame is surveyed");
    assert_has(r, "seasoned oak");
    assert_has(r, "Brush seals");
    assert_has(r, "ninety pounds");
    assert_has(r, "twenty miles");
    assert_has(r, "Ten years");
    assert_lacks(r, "Copyright");
    pith_result_free(r);
}

/* A service page whose first section is its long introduction, most of
 * the page but not all: the three short sections after it (what is
 * offered, the price, how to book) hold nearly half of the text. */
#define PART(cls, body) "<section class='" cls "'><div class='text'>" body "</div></section>"
static const char long_first_section[] =
    "<html><body><main>"
    PART("intro", "<h2>Piano tuning at home</h2>"
         "<p>A piano drifts out of tune with every change of season, as the soundboard takes "
         "up the damp of autumn and gives it back in the dry heat of a heated room, and the "
         "strings, pulled at twenty tonnes between them, slowly give way to that pull.</p>"
         "<p>We come to the house, tune every string by ear and by meter, ease the keys that "
         "stick, regulate the hammers that double-strike, and leave a card inside the lid "
         "with the date, the pitch and anything that will need doing at the next visit.</p>")
    PART("offer", "<h2>What a visit covers</h2><p>Tuning to concert pitch, sticking keys "
         "eased, pedals adjusted and oiled, and a note of the piano's state for its owner.</p>")
    PART("price", "<h2>Price</h2><p>Eighty pounds a visit within the city, with no charge "
         "for travel, and a second visit within the month free when a string breaks.</p>")
    PART("booking", "<h2>Booking</h2><p>Telephone in the morning or write at any time; we "
         "book visits two weeks ahead, on weekdays and on the first Saturday of each month.</p>")
    "</main></body></html>";

static void test_long_first_section_widens(void **state)
{
    (void)state;
    test_staged s;
    assert_true(widens_to_main(&s, long_first_section));
    test_unstage(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_landing_keeps_every_section),
        cmocka_unit_test(test_grid_keeps_every_card_whole),
        cmocka_unit_test(test_teasers_beside_the_choice),
        cmocka_unit_test(test_article_beside_a_feed_stays),
        cmocka_unit_test(test_menu_in_a_section_goes),
        cmocka_unit_test(test_article_stays_one_block),
        cmocka_unit_test(test_run_found_from_deep_inside),
        cmocka_unit_test(test_sections_the_sibling_step_split),
        cmocka_unit_test(test_long_first_section_widens),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
