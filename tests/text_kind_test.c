/*
 * text_kind_test.c — the kind of a text page (src/text/kind.c): the page
 * type told from the shape of its lines, and the blocks each kind keeps.
 * The pages are written by hand in the styles of lynx -dump and w3m -dump
 * (indented paragraphs, bare lines), not in any one scraper's layout.
 */
#include "testutil.h"

#include "pith.h"
#include "text/kind.h"

/* Extract text (read as text) with the page type given or not. */
static pith_result *extract(const char *text, const char *pagetype)
{
    pith_options opt;
    pith_options_init(&opt);
    opt.input = PITH_INPUT_TEXT;
    opt.pagetype = pagetype;
    pith_result *r = pith_extract(text, strlen(text), &opt);
    assert_non_null(r);
    assert_non_null(r->text);
    return r;
}

static void assert_kept(const pith_result *r, const char *what)
{
    if (!strstr(r->text, what))
        fail_msg("\"%s\" was not kept; text:\n%s", what, r->text);
}

static void assert_dropped(const pith_result *r, const char *what)
{
    if (strstr(r->text, what))
        fail_msg("\"%s\" was kept; text:\n%s", what, r->text);
}

/* ------------------------------------------------------------ code lines */

static void test_code_line(void **state)
{
    (void)state;
    static const char *const code[] = {"int total = count_items(list);", "if (ready) {", "}",
                                       "const f = (x) => x * 2", "std::vector<int> v",
                                       "client.connect();", "def run(job, rate=2.0):",
                                       "print(state.tasks)", "from os import path",
                                       "$ celery -A proj worker"};
    static const char *const prose[] = {"The client connects first.", "Install it with pip",
                                        "Pricing: from 10 euros a month",
                                        "contains insults or threats to other users;",
                                        "{* backButton *}", "Firefox(22)",
                                        "Here is an example (a small one):",
                                        "$ 5 million was raised", ""};
    for (size_t i = 0; i < sizeof code / sizeof *code; i++)
        assert_true(pith_text_code_line(code[i], strlen(code[i])));
    for (size_t i = 0; i < sizeof prose / sizeof *prose; i++)
        assert_false(pith_text_code_line(prose[i], strlen(prose[i])));
}

/* ------------------------------------------------------------ documentation */

#define CODE_BLOCK                                                              \
    "   struct queue_config config = queue_config_defaults();\n\n"              \
    "   config.max_items = 1024; config.timeout_ms = 250;\n\n"                 \
    "   struct queue *q = queue_open(\"jobs\", &config, &error_code);\n\n"     \
    "   if (q == NULL) { report_failure(error_code); return EXIT_FAILURE; }\n\n" \
    "   while (queue_pop(q, &job, QUEUE_WAIT_FOREVER) == QUEUE_OK) {\n\n"     \
    "   process_job_with_retries(&job, config.max_retries);\n\n"              \
    "   }\n\n"                                                                  \
    "   queue_close(q); free_job_resources(&job, JOB_FREE_ALL);\n\n"

/* A manual's page (lynx style): prose parted by code.  Every paragraph is
 * the page's, not only the run before the first snippet. */
static void test_documentation_keeps_prose_between_code(void **state)
{
    (void)state;
    const char *page =
        "Opening a queue\n\n"
        "   A queue is opened by name, and the configuration that is given to it when it "
        "is opened stays with it until the queue is closed again by the program that "
        "opened it, so that every worker sees the same limits.\n\n" CODE_BLOCK
        "   When the queue cannot be opened, the error code says why: the name may be "
        "taken by another program, or the limits that were asked for may be larger than "
        "the system allows for one process at a time.\n\n" CODE_BLOCK
        "   Closing the queue waits for the jobs that are still running, and then gives "
        "back the memory that was taken for them, which is why a worker should close it "
        "before it exits.\n";
    pith_result *r = extract(page, NULL);
    assert_string_equal(r->pagetype, "documentation");
    assert_kept(r, "A queue is opened by name");
    assert_kept(r, "When the queue cannot be opened");
    assert_kept(r, "Closing the queue waits");
    assert_kept(r, "queue_open(");
    pith_result_free(r);
}

/* ------------------------------------------------------------ service */

/* A wall of names between a landing page's sections (its clients'
 * logos, as text): short lines, no sentence. */
#define NAMES(a, b)                                                             \
    a " Bakery\n\n" a " Studio\n\n" a " Garage\n\n" a " Florist\n\n"          \
    a " Print\n\n" a " Books\n\n" a " Dental\n\n" a " Yoga\n\n"               \
    b " Bakery\n\n" b " Studio\n\n" b " Garage\n\n" b " Florist\n\n"          \
    b " Print\n\n" b " Books\n\n" b " Dental\n\n" b " Yoga\n\n"

/* A company's landing page (w3m style, bare lines): sections of prose
 * under headings, parted by the walls of its clients' names.  Every
 * section is the page's content. */
static const char SERVICE_PAGE[] =
    "Brightline Bookkeeping\n\n"
    "Home\n\nServices\n\nPricing\n\nAbout\n\nContact\n\n"
    "Bookkeeping for small businesses\n\n"
    "We keep the books of small shops, studios and workshops, so that their owners can "
    "spend the evenings on their work and not on receipts.\n\n"
    "Trusted by\n\n" NAMES("Northside", "Harbour")
    "Payroll\n\n"
    "When a business takes on its first employees, we set up the payroll with the owner "
    "and pay the wages on the same day every month.\n\n"
    "Our clients\n\n" NAMES("Riverside", "Hilltop")
    "Advice\n\n"
    "Twice a year we sit down with every client for an hour and go through the figures "
    "together, to see what the next months will need.\n\n"
    "Call us\n\n";

static void test_service_keeps_every_section(void **state)
{
    (void)state;
    pith_result *r = extract(SERVICE_PAGE, NULL);
    assert_string_equal(r->pagetype, "service");
    assert_kept(r, "We keep the books of small shops");
    assert_kept(r, "When a business takes on its first employees");
    assert_kept(r, "Twice a year we sit down");
    assert_dropped(r, "Contact"); /* the menu still goes */
    assert_dropped(r, "Harbour Yoga"); /* and so do the walls of names */
    pith_result_free(r);
}

/* A tour operator's page: its lead section holds three quarters of the
 * page's prose, a short section under the walls of its partners' names
 * the rest.  A run that short holding so little more is one part of
 * several, not an article: every section is kept. */
static const char TOUR_PAGE[] =
    "Harbour Kayak Tours\n\nTours\n\nPrices\n\nBook\n\nAbout\n\n"
    "Paddle the harbour at dawn\n\n"
    "We take small groups out on the water before sunrise, when the harbour is still and the "
    "fishing boats are coming home, and we paddle along the old sea wall to the lighthouse and "
    "back while the guide tells the story of the port. Every tour starts with a lesson on the "
    "beach, so that nobody needs to have held a paddle before, and the kayaks are steady enough "
    "for children from the age of eight to sit in front of a parent. Wetsuits, jackets and dry "
    "bags are included in the price.\n\n"
    "Our partners\n\n" NAMES("Northside", "Harbour") NAMES("Riverside", "Hilltop")
    "Private groups\n\n"
    "For schools, clubs and birthday parties we run private tours on any morning of the week, "
    "with a second guide for every eight paddlers.\n\n"
    "Call us\n\n";

static void test_service_with_a_long_lead(void **state)
{
    (void)state;
    pith_result *r = extract(TOUR_PAGE, NULL);
    assert_string_equal(r->pagetype, "service");
    assert_kept(r, "Wetsuits, jackets and dry bags");
    assert_kept(r, "we run private tours on any morning");
    pith_result_free(r);
}

/* The caller's type is taken: a page said to be an article keeps one run,
 * the same page said to be a service page every section. */
static void test_given_type(void **state)
{
    (void)state;
    pith_result *r = extract(SERVICE_PAGE, "article");
    assert_string_equal(r->pagetype, "article");
    assert_string_equal(r->pagetype_reason, "given by the caller");
    pith_result_free(r);
    r = extract(SERVICE_PAGE, "listing");
    assert_string_equal(r->pagetype, "listing");
    assert_kept(r, "We keep the books of small shops");
    assert_kept(r, "Twice a year we sit down");
    pith_result_free(r);
}

/* ------------------------------------------------------------ article */

static void test_article_stays_article(void **state)
{
    (void)state;
    const char *page =
        "News\n\nSport\n\nWeather\n\n"
        "Bridge to reopen in May\n\n"
        "   The old railway bridge over the river will reopen to walkers in May, the council "
        "said on Tuesday, after a year in which engineers replaced the rotten wooden deck and "
        "painted the iron frame that has stood there since the town was founded.\n\n"
        "   The work cost less than the council had set aside, and the money that is left will "
        "go to new lights along the path, which residents had asked for at every meeting "
        "since the bridge was closed.\n\n"
        "   A small ceremony is planned for the first Saturday of the month, when the mayor "
        "will walk across with the children of the school that stands at the far end.\n\n"
        "Related stories\n\nCouncil votes on budget\n\n";
    pith_result *r = extract(page, NULL);
    assert_string_equal(r->pagetype, "article");
    assert_kept(r, "A small ceremony is planned");
    assert_dropped(r, "Council votes on budget");
    pith_result_free(r);
}

/* ------------------------------------------------------------ records */

#define POST(who, when, what)                                                   \
    who "\n\nPosts: 120\n\nPosted " when "\n\n" what "\n\nReply Quote\n\n"

/* A thread (w3m style): every post with its poster and its time line,
 * which the phrase rules would take for a byline's date. */
static void test_forum_posts_keep_times(void **state)
{
    (void)state;
    const char *page = "Garden Forum\n\nHome Forums Members\n\n"
        "Which tomatoes grow best in a cold greenhouse?\n\n" POST(
            "ruth_g", "4 May 2024, 08:10",
            "My greenhouse gets no heat at night and last year the plants did poorly.")
        POST("tom.b", "4 May 2024, 09:15",
             "Try the small cherry kinds, they set fruit even when the nights are cold.")
        POST("ines", "4 May 2024, 10:20",
             "Agreed, and keep the door shut after five in the evening.")
        POST("ruth_g", "5 May 2024, 07:45",
             "Thank you both, I will sow the cherry kinds this week.");
    pith_result *r = extract(page, NULL);
    assert_string_equal(r->pagetype, "forum");
    assert_kept(r, "Posted 4 May 2024, 09:15");
    assert_kept(r, "Posted 5 May 2024, 07:45");
    assert_kept(r, "keep the door shut");
    pith_result_free(r);
}

#define CARD(name, price) name "\n\n" price "\n\nAdd to compare\n\n"

/* A shop's category page: records, each with a price. */
static void test_collection_of_priced_records(void **state)
{
    (void)state;
    const char *page = "Garden Shop\n\nTools\n\n" CARD("Steel spade, long handle", "$39.00")
        CARD("Hand trowel", "$12.50") CARD("Pruning shears", "$24.99")
        CARD("Garden fork", "$41.00") CARD("Watering can, 10 l", "$18.00")
        CARD("Hedge trimmer", "$89.00") CARD("Rake, 16 teeth", "$22.00")
        CARD("Kneeling pad", "$9.99");
    pith_result *r = extract(page, NULL);
    assert_string_equal(r->pagetype, "collection");
    assert_kept(r, "Hand trowel");
    assert_kept(r, "Kneeling pad");
    pith_result_free(r);
}

/* ------------------------------------------------------------ a list's lead */

#define BIRDS(a, b, c, d) a "\n\n" b "\n\n" c "\n\n" d "\n\n"

/* An index (w3m style): the site's menu, one paragraph that says what the
 * list holds, and the list, one short name a line, which reads as a
 * menu.  The paragraph is the list's lead: the page is a listing and its
 * names are kept. */
static const char BIRD_INDEX[] =
    "Home\n\nField notes\n\nMaps\n\nSearch\n\n"
    "This is an index of the birds recorded in the county since the society began its "
    "counts, water birds and waders first, then the birds of the woods and the fields, "
    "each under the name most of our members use for it in the field.\n\n"
    BIRDS("Water birds", "Mute swan", "Greylag goose", "Mallard")
    BIRDS("Teal", "Tufted duck", "Goosander", "Little grebe")
    BIRDS("Waders", "Oystercatcher", "Lapwing", "Curlew")
    BIRDS("Redshank", "Snipe", "Woodcock", "Common sandpiper")
    BIRDS("Woodland birds", "Great spotted woodpecker", "Nuthatch", "Treecreeper")
    BIRDS("Wren", "Robin", "Blackcap", "Chiffchaff")
    BIRDS("Field birds", "Skylark", "Meadow pipit", "Yellowhammer")
    "Corn bunting\n\n";

static void test_one_paragraph_over_a_list(void **state)
{
    (void)state;
    pith_result *r = extract(BIRD_INDEX, NULL);
    assert_string_equal(r->pagetype, "listing");
    assert_string_equal(r->pagetype_reason, "text: one paragraph over a list");
    assert_dropped(r, "Field notes"); /* the site's menu over the lead */
    static const char *const kept[] = {"This is an index of the birds", "Greylag goose",
                                       "Corn bunting"};
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
        assert_kept(r, kept[i]);
    pith_result_free(r);
}

/* A news brief of one paragraph under the site's long menu, a short
 * footer under it: no more under the paragraph than over it, an article. */
static void test_one_paragraph_under_a_menu(void **state)
{
    (void)state;
    const char *page = BIRDS("News", "Sport", "Business", "Weather")
        BIRDS("Culture", "Travel", "Science", "Health") BIRDS("Opinion", "Video", "Podcasts",
                                                             "Puzzles")
        "Road closed after landslip\n\n"
        "The coast road between the two harbours was closed on Sunday morning after heavy "
        "rain brought part of the cliff down onto the carriageway, and the council said it "
        "would stay shut until engineers had checked the slope above it.\n\n"
        "Contact us\n\nJobs\n\n";
    pith_result *r = extract(page, NULL);
    assert_string_equal(r->pagetype_reason, "text: one run of prose");
    assert_dropped(r, "Podcasts");
    assert_kept(r, "The coast road between the two harbours");
    pith_result_free(r);
}

/* ------------------------------------------------------------ clean text */

#define CUSHION                                                                 \
    "Linen Cushion Cover\n\n"                                                   \
    "A cushion cover of washed linen, woven by a small mill and sewn in our own " \
    "workshop, with a hidden zip along the bottom edge so that the filling can "  \
    "be taken out before the cover goes in the wash.\n\n"                        \
    "\u20ac34.00\n\n"                                                             \
    "Sage green\n\nWashed linen\n\n45 x 45 cm\n\nHidden zip\n\nMachine washable\n\n"

/* A product's text already clean (an extractor's output): its details are
 * short lines in a row, which on a page as a scraper saves it would read
 * as a menu; here they are the product's. */
static void test_clean_text_keeps_short_lines(void **state)
{
    (void)state;
    pith_result *r = extract(CUSHION, NULL);
    assert_string_equal(r->pagetype, "product");
    assert_kept(r, "Washed linen");
    assert_kept(r, "Machine washable");
    pith_result_free(r);
}

/* The same product as a scraper saves it: the site's menu over it (words
 * no phrase rule knows), or its copyright line under it.  The text is not
 * clean: the menu goes, and with the copyright line so do the details, as
 * on any page judged. */
static void test_scraped_page_is_no_clean_text(void **state)
{
    (void)state;
    pith_result *r = extract("Cushions\n\nThrows\n\nCurtains\n\nRugs\n\nLamps\n\n" CUSHION,
                             NULL);
    assert_kept(r, "A cushion cover of washed linen");
    assert_dropped(r, "Curtains");
    pith_result_free(r);
    r = extract(CUSHION "\u00a9 2024 Linen House. All rights reserved.\n\n", NULL);
    assert_kept(r, "A cushion cover of washed linen");
    assert_dropped(r, "Machine washable");
    pith_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_code_line),
        cmocka_unit_test(test_documentation_keeps_prose_between_code),
        cmocka_unit_test(test_service_keeps_every_section),
        cmocka_unit_test(test_service_with_a_long_lead),
        cmocka_unit_test(test_given_type),
        cmocka_unit_test(test_article_stays_article),
        cmocka_unit_test(test_forum_posts_keep_times),
        cmocka_unit_test(test_collection_of_priced_records),
        cmocka_unit_test(test_one_paragraph_over_a_list),
        cmocka_unit_test(test_one_paragraph_under_a_menu),
        cmocka_unit_test(test_clean_text_keeps_short_lines),
        cmocka_unit_test(test_scraped_page_is_no_clean_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
