/*
 * meta_api_test.c — the metadata fields through the library API: a page
 * with metadata from several sources, the lists, the detected language,
 * and PITH_OPT_NO_META.
 */
#include "testutil.h"

#include <stdio.h>
#include <time.h>

#include <pith.h>

static const char PAGE[] =
    "<html><head><title>Seals return to the bay | Coast News</title>"
    "<meta property=\"og:site_name\" content=\"Coast News\">"
    "<meta property=\"article:published_time\" content=\"2023-04-28T07:30:00+01:00\">"
    "<meta property=\"article:tag\" content=\"seals, wildlife\">"
    "<meta name=\"author\" content=\"By Ines Holm, Senior Reporter\">"
    "<link rel=\"canonical\" href=\"/2023/04/28/seals\">"
    "</head><body><article><h1>Seals return to the bay</h1>"
    "<p>The harbour seals came back to the bay this spring for the first time in a decade, and "
    "the fishermen who had watched them leave were the first to notice them on the sand.</p>"
    "<p>Biologists say the return follows five years of cleaner water, after the old treatment "
    "plant upstream was replaced and the mussel beds recovered along the whole coast.</p>"
    "</article></body></html>";

static void test_meta_fields(void **state)
{
    (void)state;
    pith_options opt;
    pith_options_init(&opt);
    opt.url = "https://www.coast.example/print/123";
    pith_result *r = pith_extract(PAGE, sizeof PAGE - 1, &opt);
    assert_non_null(r);
    assert_int_equal(r->status, PITH_OK);
    assert_string_equal(r->title, "Seals return to the bay");
    assert_string_equal(r->author, "Ines Holm");
    assert_string_equal(r->date, "2023-04-28");
    assert_string_equal(r->date_time, "2023-04-28T07:30:00+01:00");
    assert_null(r->date_modified_time);
    assert_string_equal(r->sitename, "Coast News");
    assert_string_equal(r->url, "https://www.coast.example/2023/04/28/seals");
    assert_string_equal(r->hostname, "coast.example");
    assert_int_equal(r->n_tags, 2);
    assert_string_equal(r->tags[0], "seals");
    assert_string_equal(r->tags[1], "wildlife");
    /* no declared language: detected from the text */
    assert_string_equal(r->language, "en");
    assert_string_equal(r->language_source, "detected");
    /* no declared description: the lead paragraph */
    assert_non_null(r->description);
    assert_true(strncmp(r->description, "The harbour seals came back", 27) == 0);
    pith_result_free(r);
}

/* The time comes from another source that gives the same day with a
 * time; a time given with another day is not taken. */
static void test_date_time_from_the_same_day(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Seals</title>"
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        "\"datePublished\": \"2023-04-28\", \"dateModified\": \"2023-05-02\"}</script>"
        "<meta property=\"article:published_time\" content=\"2023-04-28T09:15:00Z\">"
        "<meta property=\"article:modified_time\" content=\"2023-05-01T10:00:00Z\">"
        "</head><body><article><h1>Seals</h1>"
        "<p>The harbour seals came back to the bay this spring for the first time in a decade, "
        "and the fishermen who had watched them leave were the first to notice them.</p>"
        "</article></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    assert_non_null(r);
    assert_string_equal(r->date, "2023-04-28");
    assert_string_equal(r->date_time, "2023-04-28T09:15:00Z");
    assert_string_equal(r->date_modified, "2023-05-02");
    assert_null(r->date_modified_time);
    pith_result_free(r);
}

/* A published time in UTC gives way to the same moment written with the
 * page's offset (its day, the publisher's), not to another moment a day
 * off: a reply's time under the first post. */
static void test_utc_time_and_local_times(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Digital cameras</title>"
        "<meta property=\"article:published_time\" content=\"2024-01-10T02:47:16+00:00\">"
        "</head><body><article><h1>Digital cameras</h1>"
        "<p>Who knows, maybe the old cameras are coming back as a status symbol, with their "
        "own look and the small pleasure of a device that only takes pictures.</p>"
        "<footer><time datetime=\"%s\">%s</time></footer>"
        "</article></body></html>";
    static const struct {
        const char *time, *want_date, *want_time;
    } CASES[] = {
        {"2024-01-09T21:47:16-05:00", "2024-01-09", "2024-01-09T21:47:16-05:00"},
        {"2024-01-09T22:47:16-04:00", "2024-01-09", "2024-01-09T22:47:16-04:00"}, /* an hour off */
        {"2024-01-10T02:47:16-07:00", "2024-01-10", "2024-01-10T02:47:16-07:00"}, /* same clock */
        {"2024-01-11T19:11:34-05:00", "2024-01-10", "2024-01-10T02:47:16+00:00"}, /* a reply */
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].time, CASES[i].time);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        if (!r->date || strcmp(r->date, CASES[i].want_date) != 0 || !r->date_time ||
            strcmp(r->date_time, CASES[i].want_time) != 0)
            fail_msg("case %zu: expected %s, got %s / %s", i, CASES[i].want_time,
                     r->date ? r->date : "none", r->date_time ? r->date_time : "none");
        pith_result_free(r);
    }
}

/* A published time in UTC (or with no zone) a day after the date the page
 * shows gives way to the shown date when the URL's path names that day
 * too: the publisher's evening, the next day in UTC.  A shown date alone,
 * or a time written with the page's own offset, keeps the declared day. */
static void test_shown_day_before_utc_time(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Comfort watches</title>"
        "<link rel=\"canonical\" href=\"https://blog.example/%s\">"
        "<meta property=\"article:published_time\" content=\"%s\">"
        "</head><body><article><h1>Comfort watches</h1>"
        "<p class=\"post-date\">Posted on December 18, 2025</p>"
        "<p>Tonight's film is an old favourite, a loud and knowing satire that was sold as a "
        "war picture and that still plays differently every time I watch it again.</p>"
        "</article></body></html>";
    static const struct {
        const char *path, *time, *want_date;
    } CASES[] = {
        {"2025/12/18/comfort-watches", "2025-12-19T02:41:41+00:00", "2025-12-18"},
        {"2025/12/18/comfort-watches", "2025-12-19T02:41:41Z", "2025-12-18"},
        {"comfort-watches", "2025-12-19T02:41:41+00:00", "2025-12-19"}, /* shown alone */
        {"2025/12/18/comfort-watches", "2025-12-19T02:41:41+09:00", "2025-12-19"}, /* local */
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].path, CASES[i].time);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        if (!r->date || strcmp(r->date, CASES[i].want_date) != 0)
            fail_msg("case %zu: expected %s, got %s", i, CASES[i].want_date,
                     r->date ? r->date : "none");
        pith_result_free(r);
    }
}

static void test_meta_off(void **state)
{
    (void)state;
    pith_options opt;
    pith_options_init(&opt);
    opt.flags = PITH_OPT_NO_META;
    pith_result *r = pith_extract(PAGE, sizeof PAGE - 1, &opt);
    assert_non_null(r);
    assert_int_equal(r->status, PITH_OK);
    assert_string_equal(r->title, "Seals return to the bay");
    assert_null(r->author);
    assert_null(r->date);
    assert_null(r->date_time);
    assert_null(r->language);
    assert_null(r->description);
    assert_int_equal(r->n_tags, 0);
    pith_result_free(r);
}

/* A page whose article is shown in a modal: the container's class says
 * "modal", but it holds the article's prose, so its byline and time count;
 * a byline in a real modal beside the article does not. */
static void test_byline_in_the_article_container(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><div class='nav'><a href='/'>Home</a></div>"
        "<div class='modal'><div class='byline'>NORA VASKO</div>"
        "<time datetime='2016-12-01T23:29:49Z'>December 1</time><article>"
        "<p>The harbour seals came back to the bay this spring for the first time in a decade, "
        "and the fishermen who had watched them leave were the first to notice them.</p>"
        "<p>Biologists say the return follows five years of cleaner water, after the old "
        "treatment plant upstream was replaced and the mussel beds recovered.</p>"
        "</article></div><div class='modal'><div class='byline'>By Otto Lind</div>"
        "<p>Sign up for our newsletter.</p></div><ul class='links'>"
        "<li><a href='/1'>A long list of other stories about the weather and the tides</a></li>"
        "<li><a href='/2'>Another story about the harbour and the boats that use it</a></li>"
        "<li><a href='/3'>A third story about the fish market and its opening hours</a></li>"
        "<li><a href='/4'>A fourth story about the ferry timetable for the summer</a></li>"
        "<li><a href='/5'>A fifth story about the lighthouse and its new keeper</a></li>"
        "<li><a href='/6'>A sixth story about the school trip to the island</a></li>"
        "<li><a href='/7'>A seventh story about the new bridge over the river mouth</a></li>"
        "<li><a href='/8'>An eighth story about the storm that closed the port</a></li>"
        "<li><a href='/9'>A ninth story about the festival on the beach in August</a></li>"
        "<li><a href='/10'>A tenth story about the price of fuel for the fishing fleet</a></li>"
        "</ul></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    assert_non_null(r);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(r->author);
    assert_string_equal(r->author, "Nora Vasko");
    assert_non_null(r->date);
    assert_string_equal(r->date, "2016-12-01");
    pith_result_free(r);
}

/* The article's <h1> restates the <title>, and is the title; a site
 * banner in an <h1> of the page header is never taken for the title. */
static void test_title_from_the_article_heading(void **state)
{
    (void)state;
    static const char body[] =
        "<body><header><h1>Daily Planet</h1></header><div class='story'><h1>Station to "
        "reopen</h1><p>The city council announced on Tuesday that the old railway station will "
        "be renovated and reopened as a cultural centre by the end of next year.</p><p>Work "
        "starts in spring, and traffic around the station will be restricted for weeks.</p>"
        "</div></body></html>";
    static const char *const titles[][2] = {
        {"Station to reopen - Local - Daily Planet", "Station to reopen"},
        {"Daily Planet - Station to reopen", "Station to reopen"},
        {"新车站将于明年开放_新浪网", "新车站将于明年开放"},
    };
    for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><head><title>%s</title></head>%s", titles[i][0], body);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        assert_non_null(r->title);
        assert_string_equal(r->title, titles[i][1]);
        pith_result_free(r);
    }
}

/* The title of a page at url whose head and body are given. */
static void expect_title(const char *url, const char *head, const char *body, const char *want)
{
    static const char fmt[] =
        "<html><head>%s</head><body>%s<p>The city council announced on Tuesday that the old "
        "railway station will be renovated and reopened as a cultural centre by the end of "
        "next year.</p><p>Work is expected to start in the spring, and traffic around the "
        "station will only be restricted for a few weeks.</p></body></html>";
    char page[4096];
    snprintf(page, sizeof page, fmt, head, body);
    pith_options opt;
    pith_options_init(&opt);
    opt.url = url;
    pith_result *r = pith_extract(page, strlen(page), &opt);
    assert_non_null(r);
    if (!r->title || strcmp(r->title, want) != 0)
        fail_msg("%s: expected title \"%s\", got \"%s\"", body, want,
                 r->title ? r->title : "(null)");
    pith_result_free(r);
}

/* The headline a reader sees is the title when it restates a declared
 * one (half their words shared both ways), even worded otherwise; a
 * heading that does not (a widget's, a name that opens the title, the
 * site's banner) is not. */
static void test_headline_as_title(void **state)
{
    (void)state;
    static const char *const cases[][3] = {
        /* head, body, title */
        {"<title>Soil And Compost Trends For 2026 - Leafwise</title>",
         "<div class='widget'><h1>Related Products</h1></div>"
         "<h1>Top 10 Soil and Compost Trends to Watch</h1>",
         "Top 10 Soil and Compost Trends to Watch"},
        {"<meta property='og:title' content='Ergonomic Mice'>", "<h1>Related Products</h1>",
         "Ergonomic Mice"},
        {"<title>Nadia Okoro's $90K Silk Gala Gown -- STOLEN!!!</title>",
         "<h2>Nadia Okoro</h2>", "Nadia Okoro's $90K Silk Gala Gown -- STOLEN!!!"},
        /* a documentation page's link to its own heading */
        {"<title>Advanced Usage - Requests 2.32 documentation</title>",
         "<h1>Advanced Usage<a class='headerlink' href='#advanced'>\u00b6</a></h1>",
         "Advanced Usage"},
        /* the <h1> is the author's banner (a link home), the headline an <h2> */
        {"<title>Get your Backend Python Code Tested | Code | Tomasz Wielgus</title>",
         "<h1 class='main-title'><a href='/'>Hi, I'm <strong>Tomasz.</strong></a></h1>"
         "<h2>Get your Backend Python Code Tested</h2>",
         "Get your Backend Python Code Tested"},
        {"<title>Trip report | Steven's Home</title>",
         "<h1 class='blog-logo'>Steven's Home</h1><h2>Trip report, part two</h2>",
         "Trip report, part two"},
        /* an <h1> that says the <title> word for word is the headline,
         * over one in the article that restates it in other words */
        {"<title>Seals Return to the Bay | Coast News</title>",
         "<div class='hero'><h1>Seals Return to the Bay</h1></div>"
         "<main><h1>The Seals Return to Our Bay</h1>",
         "Seals Return to the Bay"},
        /* an <h1> away from the article names the book the page is in, as
         * the <title>'s last part does; in the article it is the headline
         * (the article's <main> closes with the page) */
        {"<title>Borrowing and Lifetimes - The Ferris Book</title>",
         "<div class='menu'><h1 class='menu-title'>The Ferris Book</h1></div>"
         "<main><h2>Borrowing and Lifetimes</h2>",
         "Borrowing and Lifetimes"},
        {"<title>Handbook: Reference - Creating Types from Types</title>",
         "<main><h1>Creating Types from Types</h1>",
         "Creating Types from Types"},
        /* without such an <h1>, an <h2> that shares the title's words heads
         * a section */
        {"<title>Harbor Raiders 3 on Questlane</title>", "<h2>Play Harbor Raiders 3</h2>",
         "Harbor Raiders 3 on Questlane"},
        {"<title>Business Text Messaging | Example</title>",
         "<h1>Messaging that scales</h1><h2>How Example Messaging works</h2>",
         "Business Text Messaging"},
        /* a manual's section number is no part of it; a count or a version is */
        {"<title>Knots - Hitches in a Nutshell</title>",
         "<h1>3.1 Knot Tying - Hitches in a Nutshell</h1>",
         "Knot Tying - Hitches in a Nutshell"},
        {"<title>Sweep and Loft Tutorial</title>", "<h1>15 - Sweep and Loft Tutorial</h1>",
         "Sweep and Loft Tutorial"},
        {"<title>Top 10 Health Trends to Watch | Example</title>",
         "<h1>10 Health Trends to Watch</h1>", "10 Health Trends to Watch"},
        {"<title>2024.4.4 -> 2024.5.0 issue: stuck on start | Forum</title>",
         "<h1>2024.4.4 -> 2024.5.0 issue: stuck on start</h1>",
         "2024.4.4 -> 2024.5.0 issue: stuck on start"},
        /* a no-break space at either end of the heading is no part of it */
        {"<meta property='og:title' content='Houseplants for Low Light'>",
         "<h1>&nbsp;Houseplants for Low Light&nbsp;</h1>", "Houseplants for Low Light"},
        /* nor one inside it, that keeps two words on one line: a space */
        {"<meta property='og:title' content='Houseplants for Low Light'>",
         "<h1>Houseplants for Low&nbsp;Light</h1>", "Houseplants for Low Light"},
        {"<meta property='og:title' content='Houseplants for Low Light'>",
         "<h1>Houseplants for Low&nbsp; Light</h1>", "Houseplants for Low Light"},
        /* an <h1> in a masthead that says the <title>'s first part word for
         * word is the page's hero, not the site's banner; one that says
         * more of it is the forum's banner over the thread's own heading */
        {"<title>Safe Home Networks</title>",
         "<div class='masthead'><h1>Safe Home Networks</h1></div>"
         "<main><h2>Safe Home Networks at Example</h2>",
         "Safe Home Networks"},
        {"<title>Tips for Kyoto Temples - Japan Forum - Example</title>",
         "<div class='masthead'><h1>Tips for Kyoto Temples - Japan Forum</h1></div>"
         "<main><h1>Tips for Kyoto Temples</h1>",
         "Tips for Kyoto Temples"},
        /* a <title> whose page part is empty names only the site: the
         * page's first <h1>, even away from any article, is the title */
        {"<title>| Example Magazine</title>",
         "<div class='bar'><h1>Electronic Gadgets</h1></div>"
         "<ul><li><a href='/a'>A gadget</a></li><li><a href='/b'>B gadget</a></li></ul>",
         "Electronic Gadgets"},
        /* a soft hyphen is no part of the headline's words */
        {"<title>Home Repair Assistance Program | Example</title>",
         "<h1>Home Repair Assis&shy;tance Program</h1>", "Home Repair Assistance Program"},
        /* a headline that is the <title>'s first parts with trademark signs
         * added is written as the <title> writes it; one that differs in
         * any other way is kept as it is shown */
        {"<title>Trail Runner 2 - Shoes for Wet Rock | Example</title>",
         "<h1>Trail Runner\u00ae 2</h1>", "Trail Runner 2"},
        {"<title>Game Station - Compact Model | Example</title>",
         "<h1>Game Station\u2122 - Compact Model</h1>", "Game Station - Compact Model"},
        {"<title>Trail Runner 2 - Shoes for Wet Rock | Example</title>",
         "<h1>Trail Runner\u00ae 2 Shoes</h1>", "Trail Runner\u00ae 2 Shoes"},
        /* so is one whose characters were lost to "?" (a wrong encoding) */
        {"<title>Event Planning: A Beginner&#x27;s Guide | Example</title>",
         "<h1>Event Planning? A Beginner? Guide</h1>", "Event Planning: A Beginner's Guide"},
        {"<title>Why Rust? A Short Guide | Example</title>",
         "<h1>Why Rust? A Short Guide</h1>", "Why Rust? A Short Guide"},
        /* a heading that says what the <title> holds after a label and a
         * colon (the site's or its section's name); a heading that says
         * only part of it is no title */
        {"<title>City Building Department Permits Office: Station Repair Grants</title>",
         "<h1>Station Repair Grants</h1>", "Station Repair Grants"},
        {"<title>City Building Department Permits Office: Station Repair Grants</title>",
         "<h1>Repair Grants</h1>", "City Building Department Permits Office: Station Repair Grants"},
        /* so is one that lost the symbols joining the <title>'s words */
        {"<title>Remote Full-Stack Developer Jobs | Example</title>",
         "<h1><span>Remote</span><br><span>Full Stack Developer Jobs</span></h1>",
         "Remote Full-Stack Developer Jobs"},
        /* so is one that leaves out the year the <title>'s first part
         * sets after its words; any other word after them stays out */
        {"<title>12 Best Hiking Trails 2025 | Example</title>",
         "<h1>12 Best Hiking Trails</h1>", "12 Best Hiking Trails 2025"},
        {"<title>Best Tents for Families in 2025 - Example</title>",
         "<h1>Best Tents for Families</h1>", "Best Tents for Families in 2025"},
        {"<title>Remote Designer Jobs (March 2026) - Example</title>",
         "<h1>Remote Designer Jobs</h1>", "Remote Designer Jobs (March 2026)"},
        {"<title>Best Tents for Families Online | Example</title>",
         "<h1>Best Tents for Families</h1>", "Best Tents for Families"},
        {"<title>Best Tents for Families 12345 | Example</title>",
         "<h1>Best Tents for Families</h1>", "Best Tents for Families"},
        /* or the list's count that opens it; not a year, nor the count
         * of a part that says more than the heading */
        {"<title>8 Quiet Trends in Pottery - Example</title>",
         "<h1>Quiet Trends in Pottery</h1>", "8 Quiet Trends in Pottery"},
        {"<title>2025 Quiet Trends in Pottery - Example</title>",
         "<h1>Quiet Trends in Pottery</h1>", "Quiet Trends in Pottery"},
        {"<title>8 Quiet New Trends in Pottery - Example</title>",
         "<h1>Quiet Trends in Pottery</h1>", "Quiet Trends in Pottery"},
        /* the host's name is no word of the page's title: the <h1> says
         * the rest of it */
        {"<title>Buy Trail Shoes at Example - Example Shop</title>",
         "<h1>Trail Shoes</h1>", "Trail Shoes"},
        {"<title>Buy Trail Shoes at Larkfield - Larkfield Shop</title>",
         "<h1>Trail Shoes</h1>", "Buy Trail Shoes at Larkfield"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_title("https://example.org/story", cases[i][0], cases[i][1], cases[i][2]);
}

/* A home page is about the site: its <title> "Site - tagline" is its
 * title whole; elsewhere the site's name goes. */
static void test_home_page_title(void **state)
{
    (void)state;
    const char *head = "<title>Example - Trail Maps for Hikers</title>";
    expect_title("https://example.org/", head, "", "Example - Trail Maps for Hikers");
    expect_title("https://example.org/?ref=ad", head, "", "Example - Trail Maps for Hikers");
    expect_title("https://example.org/maps", head, "", "Trail Maps for Hikers");
    /* a headline other than the tagline stays */
    expect_title("https://example.org/",
                 "<title>Example Outdoor Club - Trail Maps for Hikers</title>"
                 "<meta property='og:site_name' content='Example Outdoor Club'>",
                 "<h1>Welcome to the Example Outdoor Club</h1>",
                 "Welcome to the Example Outdoor Club");
}

/* A page that declares no title but the site's name and tagline, away
 * from the home page (an application's title on every page until a script
 * writes the page's own), is titled by its <h1>; the home page, a page
 * that declares a title of its own, or a <title> that ends with the
 * site's name keeps the declared title. */
static void test_site_default_title(void **state)
{
    (void)state;
    const char *head = "<title>Example - The Front Page of Railways</title>"
                       "<meta property='og:site_name' content='Example'>";
    const char *body = "<h1>Council plans the old station's renovation</h1>";
    const char *want = "Council plans the old station's renovation";
    expect_title("https://example.org/r/trains/comments/12/station", head, body, want);
    expect_title(NULL, head, body, want);
    expect_title(NULL, head, "<x-post><h1 slot=title>Council plans the old station's "
                 "renovation</h1></x-post>", want);
    expect_title("https://example.org/", head, body, "Example - The Front Page of Railways");
    expect_title(NULL,
                 "<title>Example - The Front Page of Railways</title>"
                 "<meta property='og:site_name' content='Example'>"
                 "<meta property='og:title' content='Railways weekly: a station reopens'>",
                 body, "Railways weekly: a station reopens");
    expect_title(NULL,
                 "<title>The Front Page of Railways - Example</title>"
                 "<meta property='og:site_name' content='Example'>",
                 body, "The Front Page of Railways");
}

/* Each case's head (with an empty body) gives its title. */
static void expect_head_titles(const char *url, const char *const (*cases)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        expect_title(url, cases[i][0], "", cases[i][1]);
}

/* A title declared for machines that shares no word with the <title>
 * names something else (the site's slogan, a video or a help link of the
 * structured data): the <title> is the title, unless it is only the
 * site's name. */
static void test_title_off_the_page(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        /* head, title */
        {"<title>Free Project Planner | Example</title>"
         "<meta property='og:title' content='We bring people together'>",
         "Free Project Planner"},
        {"<title>Business Text Messaging | Example</title><script type='application/ld+json'>"
         "{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"name\":\"Documentation\"}"
         "</script>",
         "Business Text Messaging"},
        {"<title>Example</title><meta property='og:title' content='We bring people together'>",
         "We bring people together"},
        {"<title>Home page</title><meta property='og:title' content='We bring people together'>",
         "We bring people together"},
        {"<title>Station Reopens | Example</title>"
         "<meta property='og:title' content='The Old Station Reopens'>",
         "The Old Station Reopens"},
    };
    expect_head_titles("https://example.org/story", cases, sizeof cases / sizeof cases[0]);
}

/* Headline properties that name different things, with no item round
 * them, are a list's entries: the <title> is the page's title. */
static void test_titles_of_a_list(void **state)
{
    (void)state;
    expect_title("https://example.org/topic/railways",
                 "<title>Railway News | City Paper</title>"
                 "<meta property='og:site_name' content='City Paper'>",
                 "<ul><li><a href='/a'><span itemprop='headline'>Railway station to reopen next "
                 "year</span></a></li><li><a href='/b'><span itemprop='headline'>New railway "
                 "timetable for the coast</span></a></li></ul>",
                 "Railway News");
    /* one headline, said twice, is the page's */
    expect_title("https://example.org/story", "<title>Station to reopen | City Paper</title>",
                 "<span itemprop='headline'>Old station to reopen as a cultural centre</span>"
                 "<meta itemprop='headline' content='Old station to reopen as a cultural centre'>",
                 "Old station to reopen as a cultural centre");
}

/* A heading that restates the <title> and goes on otherwise after the
 * name they share ("Relax Berries Gummies - (30ct) 300mg" under "Relax
 * Berries Gummies - Vegan Gummies - 300mg"): the shared name is the
 * title. */
static void test_name_shared_by_heading_and_title(void **state)
{
    (void)state;
    expect_title("https://shop.example/p/relax-berries",
                 "<title>Relax Berries Gummies - Vegan Gummies - 300mg | Example Shop</title>"
                 "<meta property='og:site_name' content='Example Shop'>",
                 "<h1>Relax Berries Gummies - (30ct) 300mg</h1>", "Relax Berries Gummies");
}

/* The JSON-LD item found under another's property (the review of a
 * product, the help page of an application) names that part, not the
 * page, even when it shares words with the <title>; an item under a
 * graph or a page's mainEntity is the page's own. */
static void test_title_of_a_part_item(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        /* head, title */
        {"<title>Ninja Blender for Smoothies | Example</title><script type='application/ld+json'>"
         "{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Ninja\","
         "\"review\":{\"@type\":\"Review\",\"name\":\"Great for smoothies\"}}</script>",
         "Ninja Blender for Smoothies"},
        {"<title>Text Messaging API | Example</title><script type='application/ld+json'>"
         "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"SoftwareApplication\","
         "\"name\":\"Messaging\",\"softwareHelp\":{\"@type\":\"CreativeWork\","
         "\"name\":\"Messaging documentation\"}}]}</script>",
         "Text Messaging API"},
        {"<title>Station Reopens | Example</title><script type='application/ld+json'>"
         "{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"mainEntity\":"
         "{\"@type\":\"NewsArticle\",\"headline\":\"The Old Station Reopens\"}}</script>",
         "The Old Station Reopens"},
    };
    expect_head_titles("https://example.org/story", cases, sizeof cases / sizeof cases[0]);
}

/* A JSON-LD headline (and name) cut inside a bracket that the <title>,
 * which starts with it, closes, is cut short: the <title> is the title.
 * A headline that closes its brackets stays. */
static void test_title_cut_short(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        /* head, title */
        {"<title>Five Ways to Arrange a Living Room (Including One Trick) - Example</title>"
         "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
         "\"@type\":\"BlogPosting\",\"headline\":\"Five Ways to Arrange a Living Room "
         "(Including\",\"name\":\"Five Ways to Arrange a Living Room (Including\"}</script>",
         "Five Ways to Arrange a Living Room (Including One Trick)"},
        {"<title>Five Ways to Arrange a Living Room (Including One Trick) - Example</title>"
         "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
         "\"@type\":\"BlogPosting\",\"headline\":\"Five Ways to Arrange a Living Room\"}"
         "</script>",
         "Five Ways to Arrange a Living Room"},
    };
    expect_head_titles("https://example.org/story", cases, sizeof cases / sizeof cases[0]);
}

/* A declared title that is the <title>'s with the symbols joining its
 * words lost (a name from a URL's slug) gives way to the <title>'s; one
 * with other words stays. */
static void test_declared_title_lost_joiners(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        /* head, title */
        {"<title>Collectibles &amp; Art | Example</title><script type='application/ld+json'>"
         "{\"@context\":\"https://schema.org\",\"@type\":\"CollectionPage\","
         "\"name\":\"Collectibles Art\"}</script>",
         "Collectibles & Art"},
        {"<title>Remote Full-Stack Jobs | Example</title>"
         "<meta property='og:title' content='Remote Full Stack Jobs'>",
         "Remote Full-Stack Jobs"},
        {"<title>Salt &amp; Pepper Shakers | Example</title>"
         "<meta property='og:title' content='Salt and Pepper Shakers'>",
         "Salt and Pepper Shakers"},
    };
    expect_head_titles("https://example.org/shop", cases, sizeof cases / sizeof cases[0]);
}

/* A heading that is a declared title with a short label set off before
 * or after it (a forum's "Thread:", an aggregator's source and count) is
 * that title; one with words of its own around it is the headline. */
static void test_label_around_the_headline(void **state)
{
    (void)state;
    static const char *const cases[][3] = {
        /* head, body, title */
        {"<meta property='og:title' content='Which GPU should I buy in 2024?'>",
         "<h1>Thread: Which GPU should I buy in 2024?</h1>", "Which GPU should I buy in 2024?"},
        {"<meta property='og:title' content='Railway Station Reopens as a Cultural Centre'>",
         "<h1>Railway Station Reopens as a Cultural Centre (example.com) 87</h1>",
         "Railway Station Reopens as a Cultural Centre"},
        {"<meta property='og:title' content='Railway Station Reopens as a Cultural Centre'>",
         "<h1>Railway Station Reopens as a Cultural Centre - City News</h1>",
         "Railway Station Reopens as a Cultural Centre"},
        /* a date before it, a no-break space in it */
        {"<meta property='og:title' content='Preparing a transition in the build farm'>",
         "<h1><time>Dec 18 2025</time> Preparing a transition in the\xc2\xa0" "build farm</h1>",
         "Preparing a transition in the build farm"},
        {"<meta property='og:title' content='Best Ergonomic Mice for 2026'>",
         "<h1>The Best Ergonomic Mice for 2026</h1>", "The Best Ergonomic Mice for 2026"},
        {"<meta property='og:title' content='What Is Next for the Old Station'>",
         "<h1>What Is Next for the Old Station?</h1>", "What Is Next for the Old Station?"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_title("https://example.org/story", cases[i][0], cases[i][1], cases[i][2]);
}

/* Every declared title loses a last part that names the site, the host's
 * name in any spacing or with a word more; only the <title> element is
 * cut by its shape. */
static void test_site_name_cut_from_shared_titles(void **state)
{
    (void)state;
    expect_title("https://www.quill.com/investing/garden-stocks/",
                 "<meta property='og:title' content='Best Garden Tool Stocks of 2025 | "
                 "The Quiet Quill'>",
                 "<h1>Investing</h1>", "Best Garden Tool Stocks of 2025");
    expect_title("https://larch.com/products/aluminum-black",
                 "<meta property='og:title' content='Larch Wallet - Royal Black'>", "",
                 "Larch Wallet - Royal Black");
    expect_title("https://example.org/story",
                 "<meta property='og:title' content='Cloud stocks - Investing - 2025'>", "",
                 "Cloud stocks - Investing - 2025");
    /* but what follows a bar is never the headline (a section, a year) */
    expect_title("https://example.org/story",
                 "<meta property='og:title' content='Cloud stocks | Investing | 2025'>", "",
                 "Cloud stocks");
}

/* A date shown in the page and equal to today: the site's clock when it
 * sits in the page header, the article's date when it sits in the
 * article's byline.  With no <title>, the article's <h1> is the title. */
static void test_todays_date_and_heading_title(void **state)
{
    (void)state;
    char today[64], iso[16];
    time_t now = time(NULL);
    struct tm tm;
    assert_non_null(gmtime_r(&now, &tm));
    strftime(today, sizeof today, "%B %d, %Y", &tm);
    strftime(iso, sizeof iso, "%Y-%m-%d", &tm);
    static const char fmt[] =
        "<html><body><header><div class='date'>%s</div><nav><a href='/'>Home</a></nav>"
        "</header><div class='main'><article><h1>Station to reopen</h1><div class='byline'>By "
        "Jane Doe %s</div><div class='body'><p>The city council announced on Tuesday that the "
        "old railway station will be renovated and reopened as a cultural centre by the end of "
        "next year.</p><p>Work is expected to start in the spring, and traffic around the "
        "station will only be restricted for a few weeks.</p></div></article></div></body></html>";
    char page[2048];
    for (int in_byline = 0; in_byline < 2; in_byline++) {
        char time_el[128] = "";
        if (in_byline)
            snprintf(time_el, sizeof time_el, "<time>%s</time>", today);
        snprintf(page, sizeof page, fmt, today, time_el);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        assert_non_null(r->title);
        assert_string_equal(r->title, "Station to reopen");
        assert_optional_string(r->date, in_byline ? iso : NULL);
        pith_result_free(r);
    }
}

/* Tags without a letter or digit fold to nothing: the second of two such
 * tags is a duplicate of the first (and comparing them must not hand
 * memcmp a null pointer: make ubsan runs this). */
static void test_tags_without_letters(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><meta property='article:tag' content='!!!, ???, seals'></head><body>"
        "<article><p>The harbour seals came back to the bay this spring for the first time in "
        "a decade, and the fishermen were the first to notice them.</p></article></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    assert_non_null(r);
    assert_int_equal(r->n_tags, 2);
    assert_string_equal(r->tags[0], "!!!");
    assert_string_equal(r->tags[1], "seals");
    pith_result_free(r);
}

/* An article page around a head and a byline block, for the byline tests. */
static pith_result *extract_with(const char *head, const char *byline)
{
    static const char fmt[] =
        "<html><head>%s</head><body><article><h1>Station to reopen</h1>%s"
        "<p>The city council announced on Tuesday that the old railway station will be "
        "renovated and reopened as a cultural centre by the end of next year.</p><p>Work is "
        "expected to start in the spring, and traffic around the station will only be "
        "restricted for a few weeks.</p></article></body></html>";
    char page[4096];
    snprintf(page, sizeof page, fmt, head, byline);
    return pith_extract(page, strlen(page), NULL);
}

/* The page's author (field 'a'), date ('d'), title ('t'), site name ('s')
 * or description ('x') is want (NULL: none). */
static void expect_meta(char field, const char *head, const char *byline, const char *want)
{
    pith_result *r = extract_with(head, byline);
    assert_non_null(r);
    const char *got = field == 'a' ? r->author : field == 'd' ? r->date
                      : field == 't' ? r->title : field == 's' ? r->sitename : r->description;
    assert_optional_string(got, want);
    pith_result_free(r);
}

static void expect_author(const char *head, const char *byline, const char *want)
{
    expect_meta('a', head, byline, want);
}

static void expect_date(const char *head, const char *byline, const char *want)
{
    expect_meta('d', head, byline, want);
}

/* A byline block whose own elements mark the authors: those name the
 * people, the rest is the paper, the date or the prefix; but names beside
 * them, joined to them, are co-authors and the whole block counts. */
static void test_byline_block_with_author_elements(void **state)
{
    (void)state;
    expect_author("", "<div class='byline-section'><span class='author'>Tom Davies</span> "
                      "<span class='publication'>Florida Today</span></div>",
                  "Tom Davies");
    expect_author("", "<div class='byline-section'><span class='author'>Lisa Kaczke and Trevor "
                      "J. Mitchell</span> <span class='publication'>Argus Leader</span></div>",
                  "Lisa Kaczke; Trevor J. Mitchell");
    /* WordPress: the outer block starts with the date, the name is inside */
    expect_author("", "<div class='posted-by'><span class='posted-on'>Published <time>2 "
                      "November 2025</time></span><span class='byline'>By <a "
                      "href='/author/tom/' rel='author'>Tom Arkwright</a></span></div>",
                  "Tom Arkwright");
    expect_author("", "<p class='byline'>Por <span>Steven Lee Myers, </span><span>Keith "
                      "Bradsher</span> y <span class='last-byline'>Tariq Panja</span></p>",
                  "Steven Lee Myers; Keith Bradsher; Tariq Panja");
}

/* A fact check (ClaimReview) is the article; the claim it reviews, with
 * the claim's author, is not.  An account name gives way to a real name
 * from another source, and stays when there is none. */
static void test_author_sources(void **state)
{
    (void)state;
    expect_author("<script type='application/ld+json'>{\"@type\":\"ClaimReview\","
                  "\"author\":{\"@type\":\"Person\",\"name\":\"Dana Evans\"},"
                  "\"itemReviewed\":{\"@type\":\"CreativeWork\",\"author\":{\"@type\":"
                  "\"Person\",\"name\":\"Max Roe\"}}}</script>",
                  "", "Dana Evans");
    expect_author("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                  "\"author\":{\"@type\":\"Person\",\"name\":\"kevin-r\"}}</script>",
                  "<div class='byline'>By David Jeans</div>", "David Jeans");
    expect_author("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                  "\"author\":{\"@type\":\"Person\",\"name\":\"kei_eno\"}}</script>",
                  "", "kei_eno");
    expect_author("<meta name='author' content='admin'>", "", NULL);
}

/* A date line under the headline with no word of its class saying so
 * (utility classes), and <meta name=published>; a date in a link is an
 * archive's. */
static void test_date_line_under_headline(void **state)
{
    (void)state;
    expect_date("", "<p class='m_0 fw_medium'>December 15, 2025</p>", "2025-12-15");
    expect_date("", "<div class='flex'><p> Dec 17, 2025</p><p>6 min read</p></div>",
                "2025-12-17");
    expect_date("", "<p><a href='/archive'>December 15, 2025</a></p>", NULL);
    /* a date with its time of day is a date line too; a longer text is not */
    expect_date("", "<p><span>Monday, February 29, 2016 @ 11:10 PM UTC</span></p>", "2016-02-29");
    expect_date("", "<p>Monday, February 29, 2016 and a few words more</p>", NULL);
    expect_date("<meta name='published' content='July 17, 2025'>", "", "2025-07-17");
}

/* An embedded media object's JSON-LD date (a clip in a reply) dates the
 * page only when the page declares no date of its own. */
static void test_embedded_media_date(void **state)
{
    (void)state;
    static const char video[] =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
        "\"@type\":\"VideoObject\",\"name\":\"Station walk\","
        "\"uploadDate\":\"2024-06-07T03:41:52Z\"}</script>";
    char head[512];
    snprintf(head, sizeof head, "%s<meta property='article:published_time' "
                                "content='2024-06-02T16:37:49+00:00'>", video);
    expect_date(head, "", "2024-06-02");
    expect_date(video, "", "2024-06-07");
}

/* A review that is a part of the page's product (under its "review",
 * alone or in a list) dates and signs a customer's words, not the page:
 * the page takes no date nor author from it, and a page item beside the
 * product gives its own date. */
static void test_part_review_not_the_page(void **state)
{
    (void)state;
    static const char one[] =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
        "\"@type\":\"Product\",\"name\":\"Trail Sandal\",\"review\":{\"@type\":\"Review\","
        "\"name\":\"Comfy\",\"datePublished\":\"2025-09-19\",\"author\":{\"@type\":"
        "\"Person\",\"name\":\"Ann Buyer\"}}}</script>";
    static const char list[] =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
        "\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"Trail Sandal\","
        "\"datePublished\":\"2017-11-27T07:21:00+00:00\"},{\"@type\":\"Product\","
        "\"name\":\"Trail Sandal\",\"review\":[{\"@type\":\"Review\",\"datePublished\":"
        "\"2025-09-19\",\"author\":{\"@type\":\"Person\",\"name\":\"Ann Buyer\"}}]}]}"
        "</script>";
    expect_date(one, "", NULL);
    expect_author(one, "", NULL);
    expect_date(list, "", "2017-11-27");
    expect_author(list, "", NULL);
}

/* A forum thread's header, "Started by" its starter and the day, dates
 * the thread. */
static void test_thread_started_by_line(void **state)
{
    (void)state;
    expect_date("", "<p>Started by Jane Doe, June 04, 2024, 10:48:31 AM</p>", "2024-06-04");
    expect_date("", "<div class='display_title'>Gestartet von Max Mustermann, 3. März 2023</div>",
                "2023-03-03");
}

/* A publication date the article states ("Published August 13, 2025")
 * over the metadata's more than a day apart; not a day apart (a zone's
 * doing), not an update, not a date without a word for publication. */
static void test_stated_publication_date(void **state)
{
    (void)state;
    static const char head[] =
        "<meta property='article:published_time' content='2025-11-29T12:28:31-05:00'>";
    expect_date(head, "<p>Published August 13, 2025</p>", "2025-08-13");
    expect_date(head, "<p class='meta'>By Claire Wilson, Published Apr 26, 2023 Updated Aug 21, "
                      "2025</p>", "2023-04-26");
    expect_date(head, "<p>Published November 28, 2025</p>", "2025-11-29");
    expect_date(head, "<p>Updated August 13, 2025</p>", "2025-11-29");
    expect_date(head, "<p class='meta'>Release date: August 13, 2025</p>", "2025-11-29");
    expect_date("", "<p>Published August 13, 2025</p>", "2025-08-13");
}

/* In a byline block whose own elements mark the authors, a box of the
 * same make whose class says expert or reviewer credits the expert who
 * reviewed the article: no co-author. */
static void test_reviewer_box_is_no_coauthor(void **state)
{
    (void)state;
    static const char box[] =
        "<div class='post-meta'><span class='author-meta-container'>By <span "
        "class='author-name'><a href='/author/jane-doe/'>Jane Doe</a>, Home Security "
        "Writer</span></span> &amp; <span class='author-meta-container %s'><span "
        "class='author-name'><a href='/author/john-roe/'>John Roe</a>, Home Security "
        "Expert</span></span></div>";
    char byline[512];
    snprintf(byline, sizeof byline, box, "expert");
    expect_author("", byline, "Jane Doe");
    snprintf(byline, sizeof byline, box, "second");
    expect_author("", byline, "Jane Doe; John Roe");
}

/* Whether the page's extraction names an author at all (author: 1) or
 * none (0). */
static void expect_some_author(const char *page, int author)
{
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_int_equal(r->author != NULL, author);
    pith_result_free(r);
}

/* A customer's review or a testimonial signed under the page's text
 * ("<div class=customer_review_author>") names no author of the page. */
static void test_customer_review_is_no_byline(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Chess sets</title></head><body><main><h1>Chess sets</h1><p>Chess "
        "sets are a subject dear to our hearts; we carve ours from boxwood and ebony in our own "
        "workshop.</p><p>Every set is weighted and felted by hand before it leaves us.</p></main>"
        "<div id='reviews'><div class='review'><p>Exemplary product and fast service.</p>"
        "<div class='%s'><strong>John Warren</strong> <span>Reviewed 06/08/2024</span></div>"
        "</div></div></body></html>";
    static const struct {
        const char *cls;
        int author; /* 1: a byline ("post-author": the class alone differs) */
    } cases[] = {
        {"customer_review_author", 0},
        {"testimonial-author", 0},
        {"post-author", 1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char page[1024];
        snprintf(page, sizeof page, fmt, cases[k].cls);
        expect_some_author(page, cases[k].author);
    }
}

/* A firm's page quotes a client in a box named as a testimonial, the
 * client's name, job and firm under the words in a line whose own class
 * says author ("author-details"): the one quoted, not the page's author.
 * The same line in a box named otherwise is a byline. */
static void test_testimonial_signer_is_no_byline(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Freight audits</title></head><body><main><h1>Freight audits</h1>"
        "<p>We check every invoice your carriers send against the rates you agreed, and we "
        "recover what was billed twice or billed wrong.</p><p>Our audits cover road, rail and "
        "sea freight in twelve countries.</p><section class='block block--%s'><div "
        "class='row'><div class='%s__content'><h2>Results that count</h2><div><p>They found "
        "savings in the first month that paid for the whole year.</p></div><div "
        "class='author-details'><span class='detail'>Nadia Brennholt</span>, <span "
        "class='detail'>Head of Operations</span>, <span class='detail'>Fernwick "
        "Freight</span></div></div></div></section></main></body></html>";
    static const struct {
        const char *box;
        int author; /* 1: read as a byline */
    } cases[] = {
        {"testimonial", 0},
        {"testimonio", 0},
        {"story", 1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, cases[k].box, cases[k].box);
        expect_some_author(page, cases[k].author);
    }
}

/* "Door" opens a Dutch byline ("Door Jan de Vries"), but on a page that
 * says it is in another language it is a door ("Door Stops for
 * Garden Gates – Yellow"): no author. */
static void test_door_byline_only_in_dutch(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html lang='%s'><head><title>Training at home</title></head><body><article>"
        "<h1>Training at home</h1><p>%s</p><p>Resistance bands take up no room, cost little "
        "and train every muscle a gym machine does, if the door they hang from is solid.</p>"
        "<p>Start with light bands and add one level every two weeks.</p></article></body></html>";
    static const struct {
        const char *lang, *line, *author;
    } cases[] = {
        {"nl", "Door Jan de Vries", "Jan de Vries"},
        {"en", "Door Jan de Vries", NULL},
        {"en", "Door Stops for Garden Gates \xE2\x80\x93 Yellow", NULL},
        {"en", "By Jan de Vries", "Jan de Vries"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char page[1024];
        snprintf(page, sizeof page, fmt, cases[k].lang, cases[k].line);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        assert_optional_string(r->author, cases[k].author);
        pith_result_free(r);
    }
}

/* A declared publication date that is also the declared modification
 * date, shown nowhere, is the site's last save: the date shown under the
 * headline, earlier, is the publication's; not a date shown later (an
 * update's), not when the page was modified on another day. */
static void test_shown_date_before_last_save(void **state)
{
    (void)state;
    static const char saved[] =
        "<meta property='article:published_time' content='2025-06-24T10:00:00+00:00'>"
        "<meta property='article:modified_time' content='2025-06-24T10:00:00+00:00'>";
    static const char edited[] =
        "<meta property='article:published_time' content='2025-06-24T10:00:00+00:00'>"
        "<meta property='article:modified_time' content='2025-09-02T10:00:00+00:00'>";
    expect_date(saved, "<p class='post-date'>August 25, 2024</p>", "2024-08-25");
    expect_date(saved, "<p class='post-date'>August 25, 2025</p>", "2025-06-24");
    expect_date(saved, "<p class='post-date'>June 23, 2025</p>", "2025-06-24");
    expect_date(edited, "<p class='post-date'>August 25, 2024</p>", "2025-06-24");
}

/* An author box: a bio opening with the name that a photo or a line just
 * before shows, speaking of a person, names the author of a page whose
 * bylines name no one.  Not a firm's blurb (no "she", "he"), not a name
 * shown nowhere else. */
static void test_bio_card_names_the_author(void **state)
{
    (void)state;
    expect_author("", "<p><img src='/a.jpg' alt='Marta Lindqvist'></p><p>Marta Lindqvist is a "
                      "freelance travel writer and editor. When she is not on the road, she "
                      "teaches yoga.</p>",
                  "Marta Lindqvist");
    expect_author("", "<div class='card'><p>Tomas Varga</p><p>| Author</p></div><p>Tomas Varga "
                      "is a marathon coach. He has run forty races on four continents.</p>",
                  "Tomas Varga");
    expect_author("", "<h3>Harbour Cloud</h3><p>Harbour Cloud is a suite of hosted services for "
                      "teams that build and run their own software.</p>",
                  NULL);
    expect_author("", "<p>Marta Lindqvist is a freelance travel writer and editor. When she is "
                      "not on the road, she teaches yoga.</p>",
                  NULL);
    /* the bio opens with the given name alone, the full name shown over it */
    expect_author("", "<h4>Elliot Pardew</h4><h6>Sales Executive</h6><p>Elliot is a sales "
                      "executive who helps firms plan their payroll. He lives by the sea.</p>",
                  "Elliot Pardew");
    expect_author("", "<p><strong>Tim Ashcombe</strong> <em>Technology Writer</em></p><p>Tim "
                      "explores how machines learn. His work appears in small magazines.</p>",
                  "Tim Ashcombe");
    /* another person's given name, or a firm's name, is no such box */
    expect_author("", "<h4>Elliot Pardew</h4><p>Maria is a sales executive who helps firms plan "
                      "their payroll. She lives by the sea.</p>",
                  NULL);
    expect_author("", "<h4>Harbour Cloud</h4><p>Harbour is a suite of services for teams. He "
                      "who builds it runs it.</p>",
                  NULL);
}

/* A date in a box whose class or id says today ("todays-date",
 * "the-date-today") is the site's clock, the day the page was served:
 * the article's own date line wins, even one of a less trusted kind. */
static void test_site_clock_is_no_date(void **state)
{
    (void)state;
    expect_date("", "<div class='block-date'><p id='todays-date-custom'><strong>Friday</strong>, "
                    "December 19, 2025</p></div><p class='post-date'>12.12.2025</p>",
                "2025-12-12");
    expect_date("", "<div class='the-date-today'>19 December 2025</div>"
                    "<span class='entry-date'>March 3, 2025</span>",
                "2025-03-03");
    /* a part of a longer word is no clock */
    expect_date("", "<span class='usatoday-date'>March 3, 2025</span>", "2025-03-03");
    /* a forum's user bar prints the time the page was served */
    expect_date("", "<div class='user'><time datetime='2026-03-05T13:52:07Z'>March 05, 2026, "
                    "08:52:07 AM</time></div><p><time datetime='2024-06-04'>June 4, 2024</time></p>",
                "2024-06-04");
}

/* A page without an <h1> whose headline is an <h2> restating the <title>:
 * the date line just before that heading is the article's; beside an <h2>
 * that restates nothing ("Your cart") it is not, nor is a line after it
 * (a forum's topic title, then a poster's profile). */
static void test_date_line_by_h2_headline(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>%s | Koia</title></head><body><h2>Your cart</h2>"
        "<div><h3><span>blog | </span> February 01, 2022</h3>"
        "<h2>7 Ways to Help You Eat More Plants</h2></div>"
        "<div><p>Moving to a diet of plants is easier in small steps, one meal at a time, "
        "than all at once on a Monday morning.</p><p>Start with the breakfasts you already "
        "like and swap one thing in each of them.</p></div></body></html>";
    char page[2048];
    snprintf(page, sizeof page, fmt, "7 Ways to Eat More Plants");
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->date);
    assert_string_equal(r->date, "2022-02-01");
    pith_result_free(r);
    snprintf(page, sizeof page, fmt, "Our shop");
    r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_null(r->date);
    pith_result_free(r);
    /* after a forum's <h2> topic title: its poster's profile */
    static const char forum[] =
        "<html><head><title>Eat More Plants | Forum</title></head><body>"
        "<h2>Eat More Plants</h2><dl><dd>Joined: Dec 17, 2023</dd></dl><div><p>Moving to a "
        "diet of plants is easier in small steps, one meal at a time, than all at once on a "
        "Monday morning.</p></div></body></html>";
    r = pith_extract(forum, strlen(forum), NULL);
    assert_non_null(r);
    assert_null(r->date);
    pith_result_free(r);
}

/* In the column beside the article, a date (an element classed so, or a
 * <time>) is another story's unless the element before it labels it the
 * publication's ("<h4>Published</h4>"), also when a label for screen
 * readers only stands between them. */
static void test_labelled_date_in_sidebar(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Top data companies</title></head><body>"
        "<div class='post-sidebar'><div class='post-meta'>%s%s</div></div><article><h1>Top "
        "data companies of the year</h1><p>This year's "
        "list names the firms that changed how businesses store and read their data.</p>"
        "<p>Each was chosen by a panel of analysts from more than two hundred nominations."
        "</p></article></body></html>";
    static const char classed[] = "<div class='post-date'>July 8, 2025</div>";
    static const char time_el[] = " <time datetime='2025-07-08T12:00:00Z'>8 July 2025</time>";
    static const struct {
        const char *label, *date, *want;
    } CASES[] = {{"<h4>Published</h4>", classed, "2025-07-08"},
                 {"<span>Posted on:</span>", classed, "2025-07-08"},
                 {"", classed, NULL},
                 {"<h4>Related</h4>", classed, NULL},
                 {"<h4>Published</h4>", time_el, "2025-07-08"},
                 {"<h4>Published</h4><h3 class='sr-only'>Publish date</h3>", time_el, "2025-07-08"},
                 {"", time_el, NULL},
                 {"<h4>Related</h4>", time_el, NULL}};
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].label, CASES[i].date);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        if (CASES[i].want) {
            if (!r->date)
                fail_msg("case %zu: expected %s, got no date", i, CASES[i].want);
            assert_string_equal(r->date, CASES[i].want);
        } else if (r->date) {
            fail_msg("case %zu: expected no date, got %s", i, r->date);
        }
        pith_result_free(r);
    }
}

/* An <aside> the page never closes holds all that follows it, the
 * headline and the byline too: it is no box beside the article, and the
 * byline in it is the article's. */
static void test_byline_in_an_aside_left_open(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Lessons from five startups</title></head><body>"
        "<aside class='announcement-banner'><a href='/news'>We joined a larger firm</a>"
        "<main><article><h1>Lessons from five startups</h1><div class='post-info'>"
        "<span class='post-author'>Tom Ensley</span></div><p>Twenty-five years and five "
        "companies taught me more about patience than about software.</p><p>The first "
        "lesson is that the market is never where the plan says it is going to be.</p>"
        "</article></main></body></html>";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->author);
    assert_string_equal(r->author, "Tom Ensley");
    pith_result_free(r);
}

/* A link that holds a heading is a card leading to another story: its
 * date and byline are that story's, not the page's.  A link around the
 * date alone (the post's permalink) and a card that is no link still give
 * theirs. */
static void test_teaser_card_date_and_byline(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Garden notes</title></head><body><main><h1>Garden notes</h1>"
        "<p>Notes from the allotment on what grew, what failed and what we will sow again "
        "next spring.</p><p>The broad beans came through the winter well in the raised "
        "beds.</p></main><div class='grid'>%s<time datetime='2025-01-17'>17 Jan 2025</time>"
        "<span class='byline'>By Jo Smith</span>%s</div></body></html>";
    static const struct {
        const char *open, *close, *want;
    } CASES[] = {
        {"<a href='/next'><h3>Sowing peas early</h3>", "</a>", NULL},
        {"<div class='card'><h3>Sowing peas early</h3>", "</div>", "2025-01-17"},
        {"<a href='/garden-notes'>", "</a>", "2025-01-17"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].open, CASES[i].close);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        if (CASES[i].want) {
            assert_non_null(r->date);
            assert_string_equal(r->date, CASES[i].want);
            assert_non_null(r->author);
            assert_string_equal(r->author, "Jo Smith");
        } else if (r->date || r->author) {
            fail_msg("case %zu: expected no date nor author, got %s, %s", i,
                     r->date ? r->date : "-", r->author ? r->author : "-");
        }
        pith_result_free(r);
    }
}

/* The page's date is want_date and, when want_author is given, its author
 * is that (NULL date: none). */
static void expect_page_date(const char *page, const char *want_date, const char *want_author)
{
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_optional_string(r->date, want_date);
    if (want_author)
        assert_optional_string(r->author, want_author);
    pith_result_free(r);
}

/* A microdata date in a block classed like a call to action counts when
 * it is a property of the article item holding the headline, before the
 * prose; not after the prose, nor in a box outside that item. */
static void test_headline_item_date_in_cta_box(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Sowing notes</title></head><body>%s"
        "<article itemscope itemtype='https://schema.org/BlogPosting'>"
        "<h1 itemprop='headline'>Sowing notes</h1>%s"
        "<div itemprop='articleBody'><p>Notes from the allotment on what grew, what failed "
        "and what we will sow again next spring, bed by bed.</p><p>The broad beans came "
        "through the winter well in the raised beds by the shed.</p></div>%s</article>"
        "</body></html>";
    static const char cta[] = "<div class='post-cta'>Published <time itemprop='datePublished' "
                              "datetime='2025-03-14 12:00:00Z'>a day ago</time></div>";
    static const struct {
        int at; /* where the box stands: before the item, under the headline, after the prose */
        const char *want;
    } CASES[] = {{1, "2025-03-14"}, {0, NULL}, {2, NULL}};
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].at == 0 ? cta : "",
                 CASES[i].at == 1 ? cta : "", CASES[i].at == 2 ? cta : "");
        expect_page_date(page, CASES[i].want, NULL);
    }
}

/* A <meta> key outside the table that names the publication date in the
 * site's own words gives the date when nothing else does; a date the page
 * shows comes first, and a key that only starts like one gives none. */
static void test_publish_date_key_in_sites_words(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Sowing notes</title><meta name='%s' content='2025-05-27T06:03:43Z'>"
        "</head><body><article><h1>Sowing notes</h1>%s<p>Notes from the allotment on what "
        "grew, what failed and what we will sow again next spring, bed by bed.</p><p>The "
        "broad beans came through the winter well in the raised beds by the shed.</p>"
        "</article></body></html>";
    static const char shown[] = "<time datetime='2024-02-01'>1 February 2024</time>";
    static const struct {
        const char *key, *body, *want;
    } CASES[] = {
        {"w-published-date", "", "2025-05-27"},
        {"shareaholic:article_published_time", "", "2025-05-27"},
        {"Published_At", "", "2025-05-27"},
        {"w-published-date", shown, "2024-02-01"},
        {"auto-publish", "", NULL},
        {"publishing-platform", "", NULL},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].key, CASES[i].body);
        expect_page_date(page, CASES[i].want, NULL);
    }
}

/* JSON-LD a site builder ships in a <meta> content attribute, not a
 * script, is read like a script's. */
static void test_jsonld_in_meta_content(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Sowing notes</title><meta name='script:ld+json' content='{"
        "&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:"
        "&quot;Article&quot;,&quot;headline&quot;:&quot;Sowing notes&quot;,"
        "&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;,&quot;author&quot;:"
        "{&quot;@type&quot;:&quot;Person&quot;,&quot;name&quot;:&quot;Maren Holt&quot;}}'>"
        "</head><body><article><h1>Sowing notes</h1><p>Notes from the allotment on what "
        "grew, what failed and what we will sow again next spring, bed by bed.</p><p>The "
        "broad beans came through the winter well in the raised beds by the shed.</p>"
        "</article></body></html>";
    expect_page_date(page, "2025-11-17", "Maren Holt");
    /* The same JSON written without a character reference: the <meta> is
     * still kept for the metadata stage before the parse. */
    static const char plain[] =
        "<html><head><title>Sowing notes</title><meta name='script:ld+json' content='{"
        "\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":"
        "\"Sowing notes\",\"datePublished\":\"2025-11-17T09:00:00-05:00\",\"author\":"
        "{\"@type\":\"Person\",\"name\":\"Maren Holt\"}}'>"
        "</head><body><article><h1>Sowing notes</h1><p>Notes from the allotment on what "
        "grew, what failed and what we will sow again next spring, bed by bed.</p><p>The "
        "broad beans came through the winter well in the raised beds by the shed.</p>"
        "</article></body></html>";
    expect_page_date(plain, "2025-11-17", "Maren Holt");
}

/* A publication line inside a long paragraph of the body is a quote, not
 * the page's own: it does not overrule the declared date, as a line of
 * its own does. */
static void test_publication_line_quoted_in_prose(void **state)
{
    (void)state;
    static const char sentence[] = "The clematis climbs the trellis and flowers twice a year. ";
    char prose[1400] = "";
    while (strlen(prose) + sizeof sentence < sizeof prose - 40)
        strcat(prose, sentence);
    for (int quoted = 0; quoted < 2; quoted++) {
        char page[4096];
        snprintf(page, sizeof page,
                 "<html><head><title>Pruning clematis</title><script "
                 "type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":"
                 "\"2025-12-20\"}</script></head><body><article><h1>Pruning clematis</h1>"
                 "%s<p>%s%sPublished on May 02, 2024 07:44 PM<br>%s</p></article></body></html>",
                 quoted ? "" : "<p>Published on May 02, 2024 07:44 PM</p>", prose,
                 quoted ? "<br>" : "", quoted ? prose : "");
        expect_page_date(page, quoted ? "2025-12-20" : "2024-05-02", NULL);
    }
}

/* The author of a dated article on a personal site that names none: the
 * owner, the person the site is named after or its copyright line names
 * (beside the footer's own blocks too).
 * Not a business's site named after its founder (its copyright line names
 * the business), not a brand's, not an undated page. */
static void test_personal_site_owner_as_author(void **state)
{
    (void)state;
    static const char sentence[] = "The sourdough rose slowly in the cold kitchen overnight. ";
    char prose[900] = "";
    while (strlen(prose) + sizeof sentence < sizeof prose)
        strcat(prose, sentence);
    static const struct {
        const char *site, *date, *footer, *want;
    } CASES[] = {
        {"Laura Whitcombe", "2024-03-02", "", "Laura Whitcombe"},
        {"", "2024-03-02", "&copy; 2024 Laura Whitcombe. All rights reserved.", "Laura Whitcombe"},
        {"Laura Whitcombe", "2024-03-02", "&copy; 2024 Whitcombe Bakes LLC", NULL},
        {"Laura Whitcombe", "", "", NULL},
        {"Harbour Loaves", "2024-03-02", "", NULL},
        /* the copyright line beside the footer's own blocks */
        {"laura/whitcombe", "2024-03-02",
         "&copy; 2024 Laura Whitcombe. All rights reserved. <div><a href='/rss'>RSS</a> "
         "<a href='/mail'>Mail</a></div>",
         "Laura Whitcombe"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[4096];
        snprintf(page, sizeof page,
                 "<html><head><title>Slow sourdough</title>"
                 "<meta property='og:type' content='article'>"
                 "<meta property='og:site_name' content='%s'>"
                 "<meta property='article:published_time' content='%s'></head><body>"
                 "<article><h1>Slow sourdough</h1><p>%s</p><p>%s</p></article>"
                 "<div>%s</div></body></html>",
                 CASES[i].site, CASES[i].date, prose, prose, CASES[i].footer);
        pith_options opt;
        pith_options_init(&opt);
        pith_result *r = pith_extract(page, strlen(page), &opt);
        assert_non_null(r);
        assert_string_equal(r->pagetype, "article");
        assert_optional_string(r->author, CASES[i].want);
        pith_result_free(r);
    }
}

/* Beside an organisation the page declares as its author, a byline away
 * from the article's text and headline that names a person by a
 * person's name is the author; one that names another business is not. */
static void test_person_byline_beside_declared_organisation(void **state)
{
    (void)state;
    static const char sentence[] =
        "Booking software saves a salon owner hours every week, once spent on calls. ";
    char prose[700] = "";
    while (strlen(prose) + sizeof sentence < sizeof prose)
        strcat(prose, sentence);
    static const char fmt[] =
        "<html><head><title>How salons save time</title><script type='application/ld+json'>"
        "{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"datePublished\":"
        "\"2024-03-11\",\"author\":{\"@type\":\"Organization\",\"name\":\"Glossly\"}}"
        "</script></head><body><div class='page'><div class='hero'><div class='hero-left'>"
        "<div class='title-wrap'><div class='t2'><h1>How salons save time</h1></div></div>"
        "<div class='author-row'><div class='a1'><div class='a2'><div class='staff'>"
        "<div class='post__author'>%s</div><div class='post__date'>March 11, 2024</div>"
        "</div></div></div></div></div></div><div class='body'><div class='c1'><div class='c2'>"
        "<div class='c3'><div class='c4'><div class='rich-text'><p>%s</p><p>%s</p></div></div>"
        "</div></div></div></div></div></body></html>";
    static const char *const CASES[][2] = {
        {"Laura Whitcombe", "Laura Whitcombe"},
        {"Bright Studio", "Glossly"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[4096];
        snprintf(page, sizeof page, fmt, CASES[i][0], prose, prose);
        expect_page_date(page, "2024-03-11", CASES[i][1]);
    }
}

/* A line that opens with an icon drawn as a person and holds a person's
 * name names the author; the same icon before "Log in" or a team's name
 * does not. */
static void test_person_icon_line(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Glazing at home</title></head><body><header><a href='/login'>"
        "<i class='fa fa-user'></i> Log in</a></header><article class='entry'><h2 "
        "class='entry-title'>Glazing at home</h2><div class='entry-meta'><ul><li class='d-flex'>"
        "<i class='bi bi-person'></i> %s</li><li class='d-flex'><i class='bi bi-clock'></i> "
        "<time datetime='2024-03-02'>2024-03-02</time></li></ul></div><div class='entry-content'>"
        "<p>A small electric kiln fits in a garage and fires glazes well enough for cups and "
        "bowls, if the wiring can carry its load and the room is aired while it cools. Start "
        "with three glazes that are known to work together, and keep a notebook of every "
        "firing.</p></div></article></body></html>";
    static const char *const CASES[][2] = {
        {"Laura Whitcombe", "Laura Whitcombe"},
        {"Studio Team", NULL},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i][0]);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        assert_optional_string(r->author, CASES[i][1]);
        pith_result_free(r);
    }
}

/* A forum's poster named in an element classed user then name
 * ("PostUser-name"): the first post's poster is the author. */
static void test_poster_in_user_name_class(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Sharing glaze recipes - Potters Forum</title></head><body>"
        "<h1>Sharing glaze recipes</h1><div><article><div class='PostUser'><h3 "
        "class='PostUser-name'>kilnlady</h3></div><div class='Post-body'><p>Should we keep one "
        "thread per glaze, with the recipe in the first post and the test tiles in the replies? "
        "Searching for a recipe is hard now.</p></div></article><article><div class='PostUser'>"
        "<h3 class='PostUser-name'>wheelhand</h3></div><div class='Post-body'><p>Yes, and a tag "
        "for the firing temperature would help even more.</p></div></article></div></body></html>";
    expect_page_date(page, NULL, "kilnlady");
}

/* A forum post's header that dates the post by its permalink, a link to
 * the post's place in the page whose text is a date and its time; not a
 * comment's permalink, not an archive's link without the time. */
static void test_permalink_dates_the_post(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Bread machine stops kneading</title></head><body><h1>Bread machine "
        "stops kneading</h1><div id='p12' class='post'><p class='author'><a href='./topic?p=12#%s'>"
        "%s</a></p><div class='content'><p>My old bread machine stops after the first knead. The "
        "paddle turns freely by hand, the dough is no stiffer than it was last winter, and the "
        "motor hums for a second before it gives up, which is what I want to understand.</p></div>"
        "</div></body></html>";
    static const struct {
        const char *fragment, *text, *want;
    } CASES[] = {
        {"p12", "Tue Jan 09, 2024 7:42 pm", "2024-01-09"},
        {"comment-12", "Tue Jan 09, 2024 7:42 pm", NULL},
        {"p12", "Tue Jan 09, 2024", NULL},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].fragment, CASES[i].text);
        expect_page_date(page, CASES[i].want, NULL);
    }
}

/* A forum post's header that dates the post as the target of its
 * permalink: it opens with an empty named anchor and says only the day and
 * its time; not a comment's anchor, not a header without the time, not one
 * with more than the date.  (The thread's title is no <h1>: a short date
 * line under an <h1> dates the page by itself.) */
static void test_anchored_post_header_dates_the_post(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Kiln shelf cracked</title></head><body><div>Kiln shelf cracked</div>"
        "<table class='posts'><tr><td class='head'><a name='%s'><img src='old.gif' alt='Old'></a>"
        " %s </td></tr><tr><td class='post'><div>My kiln shelf cracked along its middle on the "
        "third firing of the week, with no load heavier than usual on it and the posts where "
        "they always stand, which is what I would like to understand before I buy another.</div>"
        "</td></tr></table></body></html>";
    static const struct {
        const char *name, *text, *want;
    } CASES[] = {
        {"post2017066", "30th March 2025, 16:26", "2025-03-30"},
        {"post2017066", "Feb 14, 2026 | 9:05 pm", "2026-02-14"},
        {"comment-2017066", "30th March 2025, 16:26", NULL},
        {"post2017066", "30th March 2025", NULL},
        {"post2017066", "Moved on 30th March 2025, 16:26", NULL},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].name, CASES[i].text);
        expect_page_date(page, CASES[i].want, NULL);
    }
}

/* A declared time with no zone (or in UTC) a day after the first post's
 * shown day and time gives way to the shown day when the shown time is the
 * declared one less whole or half hours: the same moment, written in the
 * poster's zone.  A shown time whose minutes differ, or that lies more
 * than twelve hours back, is another moment: the declared day stays. */
static void test_shown_time_behind_declared(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Scenic sights</title>"
        "<script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\", "
        "\"datePublished\": \"%s\"}</script></head><body><h1>Scenic sights</h1>"
        "<div class='tpost'><div class='thead'><a name='post375'><img src='old.gif' alt='Old'>"
        "</a> Feb 14, 2026 | %s </div><div class='post'><div>We flew out on a grey morning and "
        "landed to sunshine, took the slow train along the coast and stopped at every town "
        "whose name we could not pronounce, which turned out to be most of them.</div></div>"
        "</div></body></html>";
    static const struct {
        const char *declared, *shown, *want;
    } CASES[] = {
        {"2026-02-15 03:05:48", "9:05 pm", "2026-02-14"},
        {"2026-02-15T03:05:48Z", "9:05 pm", "2026-02-14"},
        {"2026-02-15T02:35:48Z", "9:05 pm", "2026-02-14"},  /* half an hour's offset */
        {"2026-02-15 03:05:48", "9:17 pm", "2026-02-15"},   /* another moment */
        {"2026-02-15T03:05:48-05:00", "9:05 pm", "2026-02-15"}, /* the declared zone's day */
        {"2026-02-15 11:05:48", "9:05 am", "2026-02-15"},   /* 26 hours back: another day */
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].declared, CASES[i].shown);
        expect_page_date(page, CASES[i].want, NULL);
    }
}

/* The page's times from fmt with the value v in it: date_time is want, and
 * date_modified_time want_modified when not NULL. */
static void expect_times(const char *fmt, const char *v, const char *want,
                         const char *want_modified)
{
    char page[2048];
    snprintf(page, sizeof page, fmt, v);
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->date_time);
    assert_string_equal(r->date_time, want);
    if (want_modified)
        assert_optional_string(r->date_modified_time, want_modified);
    pith_result_free(r);
}

/* A time of day written without its zone, a whole or half number of hours
 * from a declared time in UTC with the same minutes, is the same moment in
 * the publisher's zone: date_time (and date_modified_time) writes that
 * zone's offset; a declared time with no zone tells none, nor does another
 * minute or the same clock time. */
static void test_time_beside_utc_writes_zone(void **state)
{
    (void)state;
    static const char shown[] =
        "<html><head><title>Harbour walk</title>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
        "\"datePublished\": \"%s\"}</script></head><body><article><h1>Harbour walk</h1>"
        "<p class='date'>Nov. 18, 2019 7:04 pm</p><p>The tide was out when we set off along the "
        "harbour wall, and the boats lay tilted on the mud like sleeping dogs while the gulls "
        "argued over what the fishermen had thrown back.</p></article></body></html>";
    expect_times(shown, "2019-11-19T00:04:00Z", "2019-11-18T19:04:00-05:00", NULL);
    expect_times(shown, "2019-11-19T00:34:00.000Z", "2019-11-18T19:04:00-05:30", NULL);
    expect_times(shown, "2019-11-19T00:04:00", "2019-11-18T19:04:00", NULL);
    static const char declared[] =
        "<html><head><title>Harbour walk</title>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
        "\"datePublished\": \"%s\", \"dateModified\": \"2025-12-19T15:06:50\"}</script>"
        "<meta property='article:published_time' content='2025-10-29T15:26:25+00:00'>"
        "<meta property='article:modified_time' content='2025-12-19T20:06:50+00:00'>"
        "</head><body><article><h1>Harbour walk</h1><p>The tide was out when we set off along "
        "the harbour wall, and the boats lay tilted on the mud like sleeping dogs while the "
        "gulls argued over what the fishermen had thrown back.</p></article></body></html>";
    static const char modified[] = "2025-12-19T15:06:50-05:00";
    expect_times(declared, "2025-10-29T10:26:25", "2025-10-29T10:26:25-05:00", modified);
    expect_times(declared, "2025-10-29T20:56:25", "2025-10-29T20:56:25+05:30", modified);
    expect_times(declared, "2025-10-29T10:27:25", "2025-10-29T10:27:25", modified);
    expect_times(declared, "2025-10-29T15:26:25", "2025-10-29T15:26:25", modified);
    /* a page never changed: its modification time without the zone, the
     * same moment in UTC only as its publication time; to the second, as
     * times on the minute could be two events hours apart */
    static const char twins[] =
        "<html><head><title>Harbour walk</title>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
        "\"datePublished\": \"%s\", \"dateModified\": \"%s\"}</script>"
        "</head><body><article><h1>Harbour walk</h1><p>The tide was out when we set off along "
        "the harbour wall, and the boats lay tilted on the mud like sleeping dogs while the "
        "gulls argued over what the fishermen had thrown back.</p></article></body></html>";
    char page[1024];
    snprintf(page, sizeof page, twins, "2025-12-19T20:06:50+00:00", "%s");
    expect_times(page, "2025-12-19T15:06:50", "2025-12-19T20:06:50+00:00",
                 "2025-12-19T15:06:50-05:00");
    snprintf(page, sizeof page, twins, "2025-12-19T20:06:00+00:00", "%s");
    expect_times(page, "2025-12-19T15:06:00", "2025-12-19T20:06:00+00:00", "2025-12-19T15:06:00");
}

/* A documentation platform's pages declare their article's date in
 * ms.date, and show the last commit's as "Last updated on": the declared
 * one is the page's date. */
static void test_docs_platform_date(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Queues overview</title>"
        "<meta name=\"ms.date\" content=\"2025-03-06T00:00:00Z\"></head><body><main>"
        "<h1>Queues overview</h1><div class='metadata'><span>Last updated on "
        "<time datetime='2025-03-25T22:04:00.000Z'>2025-03-25</time></span></div>"
        "<p>A queue keeps the messages one part of an application sends until another part "
        "reads them, so that neither has to wait for the other and a slow reader never makes "
        "the writer lose a message.</p></main></body></html>";
    expect_page_date(page, "2025-03-06", NULL);
}

/* Declared publication dates that disagree: the one the page shows its
 * readers, even later; not a date of a list's items (a source that
 * declares several), not a date no declared one names, not the declared
 * modification's. */
static void test_shown_date_settles_declared_ones(void **state)
{
    (void)state;
    static const char two[] =
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
        "\"datePublished\": \"2024-08-29T10:00:00Z\"}</script>"
        "<meta name='date' content='November 25, 2025'>";
    expect_date(two, "<p class='post-date'>Nov 25, 2025 5:00 am PST</p>", "2025-11-25");
    expect_date(two, "<p class='post-date'>Nov 20, 2025</p>", "2024-08-29");
    static const char updated[] =
        "<meta property='article:published_time' content='2024-08-29T10:00:00Z'>"
        "<meta property='article:modified_time' content='2025-11-25T13:00:00Z'>"
        "<meta name='date' content='November 25, 2025'>";
    expect_date(updated, "<p class='post-date'>Updated Nov 25, 2025</p>", "2024-08-29");
    static const char listed[] =
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
        "\"datePublished\": \"2024-08-29T10:00:00Z\"}</script>"
        "<meta name='date' content='November 25, 2025'><meta name='date' content='May 2, 2025'>";
    expect_date(listed, "<p class='post-date'>Nov 25, 2025</p>", "2024-08-29");
}

/* The column beside the article that opens right under its headline (an
 * <aside>) holds its date; an aside before the headline is the site's. */
static void test_date_line_in_aside_under_headline(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Sleep training</title></head><body>%s"
        "<div class='container'><h1>A parent's guide to sleep training</h1></div>"
        "<div class='grid'>%s<div class='main'><p>As your baby starts to grow, questions about "
        "sleep training will probably come up, and every family finds its own answer.</p>"
        "<p>Most paediatricians agree that a routine at bedtime helps more than any method "
        "followed to the letter.</p></div></div></body></html>";
    static const char aside[] =
        "<aside role='complementary' class='side-col'><p class='a_date'>May 25, 2023</p>"
        "<p class='a_author'>Written By <span>Angela Bell, MD</span></p></aside>";
    char page[2048];
    snprintf(page, sizeof page, fmt, "", aside);
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->date);
    assert_string_equal(r->date, "2023-05-25");
    pith_result_free(r);
    snprintf(page, sizeof page, fmt, aside, "");
    r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_null(r->date);
    pith_result_free(r);
}

/* The date written in the article's byline line, on a page whose headline
 * is no <h1> (no date line under a headline to find): "By Dr. Jane Doe -
 * Mar 27, 2024" dates the article; a byline outside the article's text
 * gives none. */
static void test_date_in_byline(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Station to reopen</title></head><body>%s<article>"
        "<div class='post-head'><h2>Station to reopen</h2>%s</div>"
        "<p>The city council announced on Tuesday that the old railway station will be "
        "renovated and reopened as a cultural centre by the end of next year.</p><p>Work is "
        "expected to start in the spring, and traffic around the station will only be "
        "restricted for a few weeks.</p></article></body></html>";
    static const struct {
        const char *before, *byline, *want;
    } CASES[] = {
        {"", "<div><strong>By <a href='/team/jane-doe'>Dr. Jane Doe</a></strong> - Mar 27, "
             "2024</div>", "2024-03-27"},
        {"", "<div class='byline'><p>Luke Kim</p><small>December 17, 2025</small></div>",
         "2025-12-17"},
        {"<div>By Jane Doe - Mar 27, 2024</div>", "", NULL},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, fmt, CASES[i].before, CASES[i].byline);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        if (!CASES[i].want) {
            if (r->date)
                fail_msg("case %zu: expected no date, got %s", i, r->date);
        } else {
            if (!r->date || strcmp(r->date, CASES[i].want) != 0)
                fail_msg("case %zu: expected %s, got %s", i, CASES[i].want,
                         r->date ? r->date : "none");
        }
        pith_result_free(r);
    }
}

/* Dates and authors that pages label in words or keep in hidden inputs;
 * a meta author that is the site's builder (its generator) is none. */
static void test_labelled_dates_and_bylines(void **state)
{
    (void)state;
    expect_date("", "<p><span>Max Mustermann</span> <span class='about'>publiziert am 25. "
                    "September 2018</span></p>",
                "2018-09-25");
    expect_date("", "<input class='published_date' type='hidden' value='2019-11-18 22:06:53'>",
                "2019-11-18");
    expect_date("", "<input name='pubdate' type='hidden' value='2019-11-18'>", "2019-11-18");
    expect_date("", "<input class='search' type='hidden' value='2019-11-18'>", NULL);
    expect_date("<meta http-equiv='content-language' content='pt-BR'>",
                "<small><b>05/10/2018</b> - Publicado por: Clarissa Montenegro - Categoria: "
                "<a href='/c'>Saúde</a></small>",
                "2018-10-05");
    expect_author("<meta http-equiv='content-language' content='pt-BR'>",
                  "<small><b>05/10/2018</b> - Publicado por: Clarissa Montenegro - Categoria: "
                  "<a href='/c'>Saúde</a></small>",
                  "Clarissa Montenegro");
    /* a wire dateline opening the article's first paragraph */
    expect_date("", "<p>Feb. 23, 2015 -- Seasonal pollen counts can be forecast, a "
                    "study says, and the doctors who ran it agree.</p>",
                "2015-02-23");
    expect_date("", "<p>WASHINGTON, Nov. 27 (Reuters) - Seasonal pollen counts can "
                    "be forecast, a study says, and the doctors who ran it agree.</p>",
                NULL);
    expect_author("", "<div class='info'>홍길동 기자</div>", "홍길동");
    expect_author("", "<p><span>2018-08-25</span> <span>作者：张三</span></p>", "张三");
    expect_author("<meta name='author' content='ACME - Coordenadoria de TI'>"
                  "<meta name='generator' content='ACME - Coordenadoria de TI'>",
                  "", NULL);
    expect_author("<meta name='author' content='Ana Lima'><meta name='generator' "
                  "content='WordPress 6.4'>",
                  "", "Ana Lima");
}

/* A byline beside the article that names other people after a byline
 * word ("By: Paul Okafor-Lind") than the page declares (a CMS's account in
 * <meta name=author> or JSON-LD) names the author: the reader is shown who
 * wrote it.  Not when it names the declared person too, nor when what
 * follows the word is no person's name.  A declared login of one word
 * ("PaulaF") gives way to a person's name the byline shows alone. */
static void test_shown_byline_over_declared_account(void **state)
{
    (void)state;
    static const char account[] = "<meta name='author' content='Luke Brenmoor'>";
    expect_author(account, "<p>By: Paula Fenwick</p>", "Paula Fenwick");
    expect_author(account, "<p>Written by Paula Fenwick</p>", "Paula Fenwick");
    expect_author(account, "<p>By Paula Fenwick and Luke Brenmoor</p>", "Luke Brenmoor");
    expect_author(account, "<p>By Harbour Cloud Partners</p>", "Luke Brenmoor");
    expect_author(account, "<p>Paula Fenwick</p>", "Luke Brenmoor");
    /* a short form of a given name ("Lizzie" for Elizabeth) is a person's,
     * and the credentials after it are no names */
    expect_author(account, "<p><em>By Lizzie Harwell, MS, RDN, LD</em></p>", "Lizzie Harwell");
    /* a login of one word gives way to a person's name with no word before it */
    static const char login[] = "<meta name='author' content='PaulaF'>";
    expect_author(login, "<p class='author'>Paula Fenwick</p>", "Paula Fenwick");
    expect_author(login, "<p class='author'>Harbour Cloud</p>", "PaulaF");
}

/* A line that says when the page was last changed or posted and by whom
 * ("Last updated March 3, 2025 by Nora Whitlock") names the author of a
 * page that shows no byline; not a login, a sentence that is no date, nor
 * over a byline the page shows. */
static void test_dated_credit_line(void **state)
{
    (void)state;
    expect_author("", "<div><i>Last updated March  3, 2025 by <a href='https://nw.example/'>Nora "
                      "Whitlock</a>.</i> &mdash; <a href='/a11y'>Accessibility</a></div>",
                  "Nora Whitlock");
    expect_author("", "<p>Posted on 3 March 2025 by Nora Whitlock</p>", "Nora Whitlock");
    /* every language whose date labels read a name after the date */
    expect_author("", "<p>Pubblicato il 3 marzo 2025 da Nora Bellini</p>", "Nora Bellini");
    expect_author("", "<p>Gepubliceerd op 3 maart 2025 door Nora Jansen</p>", "Nora Jansen");
    expect_author("", "<p>Last modified 3 March 2025 by Nora Whitlock</p>", "Nora Whitlock");
    expect_author("", "<p>Last updated March 3, 2025 by admin</p>", NULL);
    expect_author("", "<p>Updated with the results of the vote by Nora Whitlock</p>", NULL);
    expect_author("", "<p class='byline'>By Luke Brenmoor</p><p>Last updated March 3, 2025 by "
                      "Nora Whitlock</p>",
                  "Luke Brenmoor");
}

/* A page that declares an organisation as its author: a byline with the
 * article's text names the person who wrote for it; a link to a "/people/"
 * page inside a paragraph, or a citation's link, names nobody. */
static void test_person_beside_declared_organisation(void **state)
{
    (void)state;
    static const char org[] = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                              "\"author\":{\"@type\":\"Organization\",\"name\":\"Coast "
                              "News\"}}</script>";
    expect_author(org, "<div class='article-author'><a href='/author/dana-evans'>Dana Evans</a>"
                       "</div>",
                  "Dana Evans");
    expect_author(org, "<p>Yesterday the mayor, <a href='/topics/people/ola-berg'>Ola Berg</a>, "
                       "said that the station would reopen within a year, and that the work "
                       "would cost less than planned.</p>",
                  "Coast News");
    expect_author("", "<p>Yesterday the mayor, <a href='/topics/people/ola-berg'>Ola Berg</a>, "
                      "said that the station would reopen within a year, and that the work "
                      "would cost less than planned.</p>",
                  NULL);
    expect_author("", "<ol class='refs'><li><a rel='nofollow' class='external text' "
                      "href='http://history.example/people/ola-berg'>Ola Berg</a></li></ol>",
                  NULL);
}

/* A shared title that is only the site's name ("Yahoo News - Latest News &
 * Headlines" as og:title and site name) names no article: the <title>
 * element does. */
static void test_site_name_as_shared_title(void **state)
{
    (void)state;
    expect_meta('t',
                "<title>Space ship breaks up over Siberia</title>"
                "<meta property='og:title' content='Daily News - Headlines'>"
                "<meta property='og:site_name' content='Daily News - Headlines'>",
                "", "Space ship breaks up over Siberia");
}

/* A site name with a bar, a dash or a colon in it is the name, then a
 * tagline or keywords. */
static void test_site_name_before_a_bar(void **state)
{
    (void)state;
    expect_meta('s', "<meta property='og:site_name' content='The Coast Post | CoastPost.com'>", "",
                "The Coast Post");
    expect_meta('s', "<meta property='og:site_name' content='Autoracing | F1 | Indy | MotoGP'>", "",
                "Autoracing");
    expect_meta('s', "<meta property='og:site_name' content='Harbour Notes \u2013 the boat "
                     "builder blog'>", "",
                "Harbour Notes");
}

/* <meta content> encoded twice by its CMS ("&amp;quot;" in the page) is
 * decoded once more. */
static void test_meta_content_encoded_twice(void **state)
{
    (void)state;
    expect_meta('x',
                "<meta name='description' content='At the &amp;quot;Blue House&amp;quot; "
                "&amp;amp; around &amp;#8220;it&amp;#8221;'>",
                "", "At the \"Blue House\" & around \u201cit\u201d");
}

/* A desk's credit ("Our Foreign Staff", "News Desk") is the author of a
 * page that names no one else; beside a person's byline it is not, and an
 * account ("admin") is never one. */
static void test_desk_credit_as_last_resort(void **state)
{
    (void)state;
    expect_author("<meta name='author' content='Our Foreign Staff'>", "", "Our Foreign Staff");
    expect_author("<meta name='author' content='News Desk'>", "", "News Desk");
    expect_author("<meta name='author' content='News Desk'>",
                  "<p class='byline'>By Dana Evans</p>", "Dana Evans");
    expect_author("<meta name='author' content='admin'>", "", NULL);
}

/* A byline that shows a desk's credit alone ("By The Ledger editors",
 * "Newsdesk") credits the desk, without its byline word, before the
 * organisation the page declares; one that names a person with the word
 * ("By Dana Evans, Staff") is hers. */
static void test_desk_credit_in_byline(void **state)
{
    (void)state;
    expect_author("", "<p class='byline'>By The Ledger editors</p>", "The Ledger editors");
    expect_author("", "<div class='author'><span>Newsdesk</span></div>", "Newsdesk");
    expect_author("", "<p class='byline'>BY HARBOUR POST STAFF</p>", "Harbour Post Staff");
    expect_author("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                  "{\"@type\":\"Organization\",\"name\":\"Quayside\"}}</script>",
                  "<p class='byline'>By Quayside Editorial Team</p>", "Quayside Editorial Team");
    expect_author("", "<p class='byline'>By Dana Evans, Staff</p>", "Dana Evans");
    /* a team's credit ("By Team Quillmore") gives way to the person a
     * later byline names */
    expect_author("", "<p class='byline'>By Team Quillmore Labs</p>", "Team Quillmore Labs");
    expect_author("", "<p class='byline'>By Team Quillmore Labs</p><p>The plan.</p>"
                      "<p>Written by Aurelio Vantini</p>",
                  "Aurelio Vantini");
}

/* A date the page marks as created (schema.org dateCreated) gives way to
 * one it marks published, from any source; alone, it is the date. */
static void test_created_date_after_published(void **state)
{
    (void)state;
    expect_date("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                "\"dateCreated\":\"2017-11-17T10:41:09Z\"}</script>"
                "<meta itemprop='datePublished' content='2017-11-16T14:15+0000'>",
                "", "2017-11-16");
    expect_date("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                "\"dateCreated\":\"2017-11-17T10:41:09Z\"}</script>",
                "", "2017-11-17");
}

/* The article item's date comes before that of a video item the page
 * holds first (an embedded clip published a day later). */
static void test_article_item_before_video_item(void **state)
{
    (void)state;
    expect_date("", "<div itemscope itemtype='https://schema.org/VideoObject'>"
                    "<meta itemprop='datePublished' content='2015-03-12T13:11:07Z'></div>"
                    "<div itemscope itemtype='https://schema.org/Article'>"
                    "<meta itemprop='datePublished' content='2015-03-11T19:46:14Z'></div>",
                "2015-03-11");
}

/* A forum's label before a thread's heading ("News", "[Solved]") tags
 * the thread: the title is the heading's text after it. */
static void test_label_before_headline(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Solved - Kernel panic after upgrade | Example Forums</title></head>"
        "<body><h1 class='thread-title'><span class='label label--green'>Solved</span>"
        "<span>&nbsp;</span>Kernel panic after upgrade</h1><article><p>After the upgrade to "
        "the new kernel my machine stops at boot with a panic about the root file system, "
        "and the old kernel still boots fine.</p><p>I have checked the initramfs and the "
        "modules are all there, so I do not know what else to try.</p></article></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    assert_non_null(r);
    assert_string_equal(r->title, "Kernel panic after upgrade");
    pith_result_free(r);
}

/* A tagline set inside a heading after the name, classed so and shown on
 * its own line, is no part of the title; another span is. */
#define MEAL_ARTICLE                                                                       \
    "<article><p>A complete meal in a powder: mix it with water and you have breakfast, "     \
    "lunch or dinner in a minute, with all the protein and fibre a meal needs.</p>"           \
    "<p>Every pouch holds fourteen meals and keeps for a year.</p></article>"
static void test_tagline_inside_headline(void **state)
{
    (void)state;
    expect_title("https://example.org/shop/black",
                 "<title>Black Edition | Meal Replacement Protein Powder | Example Foods</title>"
                 "<meta property='og:title' content='Black Edition | Meal Replacement Protein "
                 "Powder'>",
                 "<h1>Black Edition<span class='product-header__tagline'>Complete high-protein powder "
                 "meal</span></h1>" MEAL_ARTICLE,
                 "Black Edition");
    expect_title("https://example.org/shop/black",
                 "<title>Black Edition Mocha | Example Foods</title>",
                 "<h1>Black Edition <span class='accent'>Mocha</span></h1>" MEAL_ARTICLE,
                 "Black Edition Mocha");
}

/* Each page fmt makes with one of fills (its one "%s") has the title of
 * the same place in wants. */
static void expect_filled_titles(const char *fmt, const char *const *fills,
                                 const char *const *wants, size_t n)
{
    char page[2048];
    for (size_t k = 0; k < n; k++) {
        snprintf(page, sizeof page, fmt, fills[k]);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        assert_string_equal(r->title, wants[k]);
        pith_result_free(r);
    }
}

/* The classes of <body> describe the whole page ("has-comments" on a post
 * that has readers' comments): the headline under it is no comment's. */
static void test_headline_under_a_page_class(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>How Often to Prune Old Apple Trees</title>"
        "<meta property='og:title' content='Pruning the Old Orchard | Example Gardens'>"
        "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":"
        "\"How Often to Prune Old Apple Trees\"}</script></head>"
        "<body class='%s'><article><header><h1>Pruning the Old Orchard</h1></header>"
        "<p>The old apple trees behind the barn had not been pruned for years, and their "
        "crowns had grown so dense that the fruit stayed small and green.</p><p>We took out "
        "the crossing branches first, then the water shoots, over two winters.</p></article>"
        "</body></html>";
    static const char *const classes[] = {"single-post", "single-post has-comments"};
    static const char *const want[] = {"Pruning the Old Orchard", "Pruning the Old Orchard"};
    expect_filled_titles(fmt, classes, want, sizeof classes / sizeof classes[0]);
}

/* Two <h1>s that say the title word for word but write it with another
 * dash: the one written as the <title> is the headline, though the other
 * comes first, with the article's text; a lone heading written otherwise
 * is the headline as it is written. */
static void test_headline_written_as_the_title(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Lumen Desk Lamp \xe2\x80\x93 Mini - Example Shop</title></head>"
        "<body><article><h1>Lumen Desk Lamp - Mini</h1>"
        "<p>A small desk lamp with a warm light and a brass foot, made to stand beside a "
        "laptop on the narrowest desk and to fold flat into a drawer when it is not used.</p>"
        "%s<p>The lamp runs for six hours on one charge and takes an hour to charge again "
        "from any phone charger.</p></article></body></html>";
    static const char *const second[] = {"<h1>Lumen Desk Lamp \xe2\x80\x93 Mini</h1>", ""};
    static const char *const want[] = {"Lumen Desk Lamp \xe2\x80\x93 Mini",
                                       "Lumen Desk Lamp - Mini"};
    expect_filled_titles(fmt, second, want, sizeof second / sizeof second[0]);
}

/* A home page's <title> that calls it "Home" beside the site's name (the
 * one og:site_name declares): the page's name is the site's; a page named
 * otherwise keeps its own. */
static void test_home_titled_home(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>%s - Larkspur Notes</title>"
        "<meta property='og:site_name' content='Larkspur Notes'></head>"
        "<body><main><h2>Latest posts</h2><p>Notes from a small garden on the edge of town: "
        "what grew this year, what the slugs ate first, and which seeds are worth saving for "
        "the spring.</p><p>This week the first frost came early and took the last of the "
        "beans.</p></main></body></html>";
    static const char *const named[] = {"Home", "Homes and Gardens"};
    static const char *const want[] = {"Larkspur Notes", "Homes and Gardens"};
    expect_filled_titles(fmt, named, want, sizeof named / sizeof named[0]);
}

/* A page whose title only names the kind of items it lists ("Posts",
 * "jobs") is the site's list: its name is the site's, the <title>'s part
 * after the kind, or the <title> (the site's name) under a heading that
 * says the kind; a title that names more than the kind keeps it. */
static void test_list_page_titled_by_its_kind(void **state)
{
    (void)state;
    static const char in_title[] =
        "<html><head><title>%s</title></head>"
        "<body><main><p>Notes from a small garden on the edge of town: what grew this year, "
        "what the slugs ate first, and which seeds are worth saving for the spring.</p><p>This "
        "week the first frost came early and took the last of the beans.</p></main></body></html>";
    static const char *const titles[] = {"jobs | Larkspur Notes", "Issues - Larkspur Notes",
                                         "Old posts | Larkspur Notes"};
    static const char *const want[] = {"Larkspur Notes", "Larkspur Notes", "Old posts"};
    expect_filled_titles(in_title, titles, want, sizeof titles / sizeof titles[0]);
    static const char in_heading[] =
        "<html><head><title>Larkspur Notes</title>"
        "<meta property='og:site_name' content='Larkspur Notes'></head>"
        "<body><main><h1>%s</h1><p>Notes from a small garden on the edge of town: what grew "
        "this year, what the slugs ate first, and which seeds are worth saving for the "
        "spring.</p><p>This week the first frost came early and took the last of the "
        "beans.</p></main></body></html>";
    static const char *const headings[] = {"Posts", "Latest Posts", "Postscripts"};
    static const char *const want_h[] = {"Larkspur Notes", "Larkspur Notes", "Postscripts"};
    expect_filled_titles(in_heading, headings, want_h, sizeof headings / sizeof headings[0]);
}

/* A blog whose banner heading is its domain name and whose <title> opens
 * with that name, then the post's: the post's name is the title; a
 * <title> in parts, or a banner that is no domain name, is left as it
 * was. */
static void test_title_after_a_domain_name(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>%s</title></head>"
        "<body><h1>larkspur-notes.com</h1><h2>March 3, 2026</h2><p>Notes from a small garden "
        "on the edge of town: what grew this year, what the slugs ate first, and which seeds "
        "are worth saving for the spring.</p><p>This week the first frost came early and took "
        "the last of the beans.</p></body></html>";
    static const char *const titles[] = {"larkspur-notes.com Rain Gauges Compared",
                                         "larkspur-notes.com"};
    static const char *const want[] = {"Rain Gauges Compared", "larkspur-notes.com"};
    expect_filled_titles(fmt, titles, want, sizeof titles / sizeof titles[0]);
}

/* A heading that sets a brand, a model or "New" before the title the
 * page declares leads into the page's name: the declared title is the
 * title; a question the declared title shortens stays the heading's. */
static void test_heading_with_a_lead(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>%s</title></head>"
        "<body><main><h1>%s</h1><p>A small desk lamp with a warm light and a brass foot, made "
        "to stand beside a laptop on the narrowest desk and to fold flat into a drawer when "
        "it is not used.</p><p>The lamp runs for six hours on one charge.</p></main></body>"
        "</html>";
    static const char *const pairs[][3] = {
        {"Brass Desk Lamp", "Lumen V2 Brass Desk Lamp", "Brass Desk Lamp"},
        {"Best Desk Lamps", "Which Are the Best Desk Lamps?", "Which Are the Best Desk Lamps?"},
    };
    char page[2048];
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
        snprintf(page, sizeof page, fmt, pairs[k][0], pairs[k][1]);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        assert_string_equal(r->title, pairs[k][2]);
        pith_result_free(r);
    }
}

/* A line by the headline of a few parts apart by separators, one of them
 * the date; a longer line without separators is a sentence that mentions
 * a date. */
static void test_date_line_of_parts(void **state)
{
    (void)state;
    expect_date("", "<p>Dec 26, 2025 <span>&bull;</span> Mahua Das in <a href='/blog/pm'>"
                    "Projects</a></p>",
                "2025-12-26");
    expect_date("", "<div><p>October 16, 2020<span> &middot; </span>8 min read</p></div>",
                "2020-10-16");
    expect_date("", "<div>By Dr. Vahid Osman - Mar 27, 2024</div>", "2024-03-27");
    /* a dot operator between the parts, as a text page's date line has */
    expect_date("", "<p>Thursday, October 16, 2020 &sdot; 12 min read</p>", "2020-10-16");
    expect_date("", "<p>The council voted on December 15, 2025 at last</p>", NULL);
}

/* An author's card: the author's photo, by its alt text or its class,
 * and the name alone just after it; not a photographer's credit under the
 * author's portrait. */
static void test_author_photo_card(void **state)
{
    (void)state;
    expect_author("", "<div><img alt='Photo of author' src='/a.jpg'><div><div>"
                      "<p>Asta Norrgard</p><p>Licensed grader, M.A. Journalism</p></div></div></div>",
                  "Asta Norrgard");
    expect_author("", "<div><img class='dynamic-author-image' src='/a.jpg'>"
                      "<h5>Asta Norrgard</h5></div>",
                  "Asta Norrgard");
    expect_author("", "<p><img alt='Photograph of the author.' src='/a.jpg'><br>"
                      "<em>Portrait by Jon Amberley</em></p>",
                  NULL);
    expect_author("", "<div><img alt='Harbour at dusk' src='/a.jpg'><p>Asta Norrgard</p></div>",
                  NULL);
    /* a word that begins with "author" names no author: a dealer's badge
     * over the dealer's contact */
    expect_author("", "<div><img alt='Authorized dealer' src='/a.jpg'><p>Asta Norrgard</p></div>",
                  NULL);
}

/* An author named by a given name alone ("Articles by Nadia", a CMS's
 * "Written by" field) is the person whose full name the page shows alone in
 * an element opening with it (the writer's card); not a longer line, nor a
 * name opening with another word, nor a hidden one. */
static void test_given_name_completed(void **state)
{
    (void)state;
    expect_author("", "<div class=card><p>Nadia Ferrante</p><p>Tech Writer</p>"
                      "<a href='/authors/nadia-ferrante'>Articles by Nadia</a></div>",
                  "Nadia Ferrante");
    expect_author("<meta name='twitter:label1' content='Written by'>"
                  "<meta name='twitter:data1' content='Nadia'>",
                  "<p>Hello.</p><footer><h4>Nadia Ferrante</h4></footer>", "Nadia Ferrante");
    expect_author("", "<div class=card><p>Nadia Ferrante teaches yoga in Lisbon</p>"
                      "<a href='/authors/nadia'>Articles by Nadia</a></div>",
                  "Nadia");
    expect_author("", "<div class=card><p>Carla Ferrante</p>"
                      "<a href='/authors/nadia'>Articles by Nadia</a></div>",
                  "Nadia");
    expect_author("", "<div class=card><p hidden>Nadia Ferrante</p>"
                      "<a href='/authors/nadia'>Articles by Nadia</a></div>",
                  "Nadia");
}

#define PERSON_ITEM(name)                                                                  \
    "<div itemprop='author' itemscope itemtype='http://schema.org/Person'>"                \
    "<meta itemprop='name' content='" name "'><a href='/team/x'>" name "</a></div>"

/* A person marked up as an author under another credit's label
 * ("Researched by:", "Reviewed by") in the card's column is a researcher or a
 * reviewer, not an author; under the writer's label or a heading of its own
 * the person stays one. */
static void test_microdata_author_under_credit_label(void **state)
{
    (void)state;
    expect_author("", "<div><h5>Written by:</h5><div><div><img src='/a.jpg'></div>"
                      PERSON_ITEM("Ines Maro") "</div></div>"
                      "<div><h5>Researched by:</h5><div><div><img src='/b.jpg'></div>"
                      PERSON_ITEM("Olav Brenne") "</div></div>",
                  "Ines Maro");
    expect_author("", "<div>" PERSON_ITEM("Ines Maro") "</div>"
                      "<div><span>Reviewed by</span>" PERSON_ITEM("Olav Brenne") "</div>",
                  "Ines Maro");
    expect_author("", "<div><h5>About the authors</h5>" PERSON_ITEM("Ines Maro")
                      PERSON_ITEM("Olav Brenne") "</div>",
                  "Ines Maro; Olav Brenne");
}

/* An interview's credit names its writer, the one who asked ("Interview
 * by"), in a byline and in Twitter's label. */
static void test_interview_credit(void **state)
{
    (void)state;
    expect_author("", "<p class='byline'>Interview by Jane Roe</p>", "Jane Roe");
    expect_author("<meta name='twitter:label1' content='Interview by'>"
                  "<meta name='twitter:data1' content='Jane Roe'>",
                  "", "Jane Roe");
}

/* A byline label alone in its element, the names in the next one; not
 * in a code listing ("ORDER BY period"). */
static void test_byline_label_alone(void **state)
{
    (void)state;
    expect_author("", "<div><p>Written by</p><p>Edzel Tabing</p></div>", "Edzel Tabing");
    expect_author("", "<div><h3>Author</h3><p> Lisa D. Ellis</p></div>", "Lisa D. Ellis");
    expect_author("", "<div><span>By</span><span>Daryl Austin</span></div>", "Daryl Austin");
    /* a forum thread's opening poster */
    expect_author("", "<ul><li><span class='u-srOnly'>Thread starter</span> "
                      "<a href='/members/sean_g.81409/' class='username'>sean_g</a></li></ul>",
                  "sean_g");
    /* named by an e-mail address, which names no one: no reply's poster instead */
    expect_author("", "<ul><li><span class='u-srOnly'>Thread starter</span> "
                      "<span class='username'>quill.reader@example.com</span></li></ul>"
                      "<h4 class='message-name'><span class='username'>HarbourOwl</span></h4>",
                  NULL);
    expect_author("", "<pre><span>ORDER</span> <span>BY</span> <span>period</span></pre>",
                  NULL);
}

/* A Chinese byline with a bar after its label ("　　作者︱春春", indented
 * with ideographic spaces); the declared author the page credits as its
 * editor ("[责任编辑:肖春芳]") gives way to it, and is kept when nothing
 * else names anyone. */
static void test_editor_credit_and_cjk_byline(void **state)
{
    (void)state;
    static const char head[] = "<meta name='author' content='\xE8\x82\x96\xE6\x98\xA5\xE8\x8A\xB3'>";
    static const char credit[] = "<div>[\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91:"
                                 "\xE8\x82\x96\xE6\x98\xA5\xE8\x8A\xB3]</div>";
    char byline[512];
    snprintf(byline, sizeof byline,
             "<p><strong>\xE3\x80\x80\xE3\x80\x80\xE4\xBD\x9C\xE8\x80\x85\xEF\xB8\xB1"
             "\xE6\x98\xA5\xE6\x98\xA5</strong></p>%s", credit);
    expect_author(head, byline, "\xE6\x98\xA5\xE6\x98\xA5"); /* 春春 */
    expect_author("", "<p>\xE4\xBD\x9C\xE8\x80\x85\xE4\xB8\xA8\xE5\xBC\xA0\xE4\xB8\x89</p>",
                  "\xE5\xBC\xA0\xE4\xB8\x89"); /* 作者丨张三 */
    expect_author(head, credit, "\xE8\x82\x96\xE6\x98\xA5\xE8\x8A\xB3"); /* 肖春芳 */
}

/* A mail link signed with the writer's initials names the writer in its
 * title ("(<a title='Ben Schwan' href='mailto:bsc@...'>bsc</a>)"), beside
 * a declared author that is the site's own name; a contact link is no
 * signature. */
static void test_signed_mail_link(void **state)
{
    (void)state;
    static const char head[] = "<meta name='DC.creator' content='Mac &amp; i'>"
                               "<meta property='og:site_name' content='Mac &amp; i'>";
    expect_author(head, "<span>(<a title='Ben Schwan' href='mailto:bsc@heise.de'>bsc</a>)</span>",
                  "Ben Schwan");
    expect_author(head, "<p><a title='Write to Ben Schwan' href='mailto:news@heise.de'>Contact"
                        "</a></p>",
                  "Mac & i");
}

/* A part of the <title> that is a date and nothing more is the page's
 * date when nothing else gives one; a part that holds a date among its
 * words is a title. */
static void test_date_in_a_title_part(void **state)
{
    (void)state;
    expect_date("<title>Station to reopen - 07.12.2017 - The Courier</title>", "", "2017-12-07");
    expect_date("<title>Station to reopen | Thursday, Dec. 7, 2017</title>", "", "2017-12-07");
    expect_date("<title>Station Update 2024-10-04 - The Courier</title>", "", NULL);
    expect_date("<title>Station to reopen - 07.12.2017</title>"
                "<meta property='article:published_time' content='2017-12-06T10:00:00Z'>",
                "", "2017-12-06");
}

/* The banner or column the article's header is drawn in (a promotion's or
 * a sidebar's class around the <h1>) holds the article's date and byline;
 * another banner's are not read. */
static void test_headline_in_a_banner(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><body><div class='%s'><h1>The History of Coffee</h1><div class='meta'><p>"
        "<time>Mar 24, 2025</time></p><p>By Amy Wilhelm</p></div></div><div class='prose'>"
        "<p>Coffee was first found in the highlands, where goats that ate its berries stayed "
        "awake all night, as the story goes, and the monks nearby took note.</p><p>From there "
        "it travelled by sea to the ports of the peninsula, and on to the cities of the north "
        "within a century.</p></div></body></html>";
    char page[2048];
    static const char *const classes[] = {"article-banner", "sidebar"};
    for (size_t k = 0; k < sizeof classes / sizeof classes[0]; k++) {
        snprintf(page, sizeof page, fmt, classes[k]);
        expect_page_date(page, "2025-03-24", "Amy Wilhelm");
    }
    static const char promo[] =
        "<html><body><div class='promo-banner'><p><time>Mar 24, 2025</time></p><p>By Amy "
        "Wilhelm</p></div><h1>The History of Coffee</h1><div class='prose'><p>Coffee was "
        "first found in the highlands, where goats that ate its berries stayed awake all "
        "night, as the story goes, and the monks nearby took note.</p></div></body></html>";
    pith_result *r = pith_extract(promo, sizeof promo - 1, NULL);
    assert_non_null(r);
    assert_null(r->author);
    pith_result_free(r);
}

/* A footer's class inside an <article> names the article's own footer,
 * where its date is; the page's footer outside it does not give one. */
static void test_date_in_the_articles_footer(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><body>%s<article><h1>The History of Coffee</h1><div class='prose'><p>Coffee "
        "was first found in the highlands, where goats that ate its berries stayed awake all "
        "night, as the story goes, and the monks nearby took note.</p><p>From there it "
        "travelled by sea to the ports of the peninsula, and on to the cities of the north "
        "within a century.</p></div>%s</article></body></html>";
    static const char footer[] =
        "<div class='template-footer'><span class='date'><time>Mar 24, 2025</time></span></div>";
    char page[2048];
    snprintf(page, sizeof page, fmt, "", footer);
    expect_page_date(page, "2025-03-24", NULL);
    snprintf(page, sizeof page, fmt, footer, "");
    expect_page_date(page, NULL, NULL);
}

/* A <meta> author named as an organisation ("... Foundation", "Acme
 * Inc.") and one that is the site's name with a word more ("Android
 * Developers" on "Android Developers Blog") give way to the person a
 * byline beside the article names. */
static void test_organisation_named_author_and_byline(void **state)
{
    (void)state;
    expect_author("<meta name='author' content='Organization for Shared Creative Works'>",
                  "<p class='byline'><a rel='author' href='/users/howl'>Mournful Howl</a></p>",
                  "Mournful Howl");
    expect_author("<meta name='author' content='Organization for Shared Creative Works'>", "",
                  "Organization for Shared Creative Works");
    expect_author("<meta property='og:site_name' content='Android Developers Blog'>"
                  "<meta name='author' content='Android Developers'>",
                  "<p><em>Posted by Andrew Hayden, Software Engineer</em></p>", "Andrew Hayden");
}

/* A <meta> author that credits the site's makers by their roles
 * ("content: ..., design: ..., code: ...") is a colophon: the byline
 * beside the article names the author; a byline's own label ("By:") and
 * another credit's ("Photos:") are no such roles. */
static void test_colophon_is_no_author(void **state)
{
    (void)state;
    expect_author("<meta name='author' content='content: Tidewater Press, design: Ola Berg, "
                  "code: Ivo Sand, Harbor Labs'>",
                  "<p class='byline'>by <span class='author'>Mirela Tosk</span>, Senior Editor</p>",
                  "Mirela Tosk");
    expect_author("<meta name='author' content='content: Tidewater Press, design: Ola Berg, "
                  "code: Ivo Sand, Harbor Labs'>",
                  "", NULL);
    expect_author("<meta name='author' content='By: Ola Berg, Photos: Ivo Sand'>", "", "Ola Berg");
}

/* A network is an organisation ("Harbour Radio Network"): the page's
 * author when no person is named, left out beside a person its JSON-LD
 * lists with it as a second Person. */
static void test_network_is_an_organisation(void **state)
{
    (void)state;
    expect_author("<meta name='author' content='Northern Harbour Radio Network'>", "",
                  "Northern Harbour Radio Network");
    expect_author("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                  "[{\"@type\":\"Person\",\"name\":\"By Mirela Tosk\"},{\"@type\":"
                  "\"Person\",\"name\":\"Lakeside Seed Library Network on Facebook\"}]}"
                  "</script>",
                  "", "Mirela Tosk");
}

/* "This page was last edited on ...", in the footer: the page's date when
 * it gives no other, but no evidence of an article; a citation's access
 * date ("Retrieved 3 June 2017") is none of the page's. */
static void test_page_edit_line_and_access_dates(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><h1>Lighthouse</h1><div id='content'><p>Lighthouse is a free software "
        "community founded in 1998 by members of a ferry company, and it makes the Beacon "
        "browser among other things.</p><ol class='references'><li><cite>Keeping the Light<span "
        "class='reference-accessdate'>. Retrieved <span>2017-06-03</span></span></cite>"
        "</li></ol></div><div id='footer' role='contentinfo'><ul><li id='lastmod'>This page "
        "was last edited on 14 March 2017, at 09:41.</li></ul></div></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    assert_non_null(r);
    assert_non_null(r->date);
    assert_string_equal(r->date, "2017-03-14");
    assert_string_equal(r->date_modified, "2017-03-14");
    assert_string_not_equal(r->pagetype, "article");
    pith_result_free(r);
    expect_date("", "<p class='date'>Retrieved 3 June 2017</p>", NULL);
}

/* A numeric date read either way ("03-09-2026") takes the reading the
 * page states plainly elsewhere ("Published March 9, 2026"). */
static void test_day_and_month_settled_by_a_plain_date(void **state)
{
    (void)state;
    expect_date("<meta property='article:published_time' content='03-09-2026'>",
                "<p class='byline'>Published March 9, 2026</p>", "2026-03-09");
    expect_date("<meta property='article:published_time' content='03-09-2026'>", "",
                "2026-09-03");
}

/* A Q&A page's opening, up to its question's text, and the asker's card,
 * for the Q&A tests. */
#define QA_PAGE_OPEN                                                                          \
    "<html><head><title>Why is RAID not a backup?</title></head><body>"                       \
    "<div itemscope itemtype='https://schema.org/QAPage'>"                                    \
    "<div itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"            \
    "<h1 itemprop='name'>Why is RAID not a backup?</h1>"
#define QA_ASKER_CARD                                                                         \
    "<div class='user-details' itemprop='author' itemscope "                                  \
    "itemtype='http://schema.org/Person'><a href='/users/2/jl'>jldugger</a>"                  \
    "<meta itemprop='name' content='jldugger'></div>"

/* On a Q&A page the question is the page's work: its asker is the
 * author and its date the date, not whoever edited it last, whose card
 * comes first. */
static void test_question_asker_as_author(void **state)
{
    (void)state;
    static const char page[] =
        QA_PAGE_OPEN
        "<div itemprop='text'><p>When someone suggests RAID for backups, the usual answer is "
        "that it is not one, but nobody around here can explain why a mirrored disk does not "
        "protect the data when one of the disks fails in the night.</p></div>"
        "<div class='post-signature'><div class='user-action-time'>edited "
        "<span>Aug 1, 2014</span></div><div class='user-details'>"
        "<a href='/users/1/ed'>Edith Morrow</a></div></div>"
        "<div class='owner'><div class='user-action-time'>asked "
        "<time itemprop='dateCreated' datetime='2009-05-02T00:01:21'>May 2, 2009</time></div>"
        QA_ASKER_CARD "</div></div></div></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    assert_non_null(r);
    assert_non_null(r->author);
    assert_string_equal(r->author, "jldugger");
    assert_non_null(r->date);
    assert_string_equal(r->date, "2009-05-02");
    pith_result_free(r);
}

/* A thread that marks its opening post as a Question item with no QAPage
 * round it: the one Question of the page is the page's work, its date the
 * page's date.  An FAQ's many questions date nothing. */
static void test_lone_question_dates_the_page(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Is consulting worth it?</title></head><body>%s"
        "<p>I have two internships behind me and wonder whether the long weeks of a strategy "
        "firm are worth what they teach, or whether a year in industry would serve better.</p>"
        "<p>Most replies I read elsewhere say it depends on the office and the partner.</p>"
        "</div>%s</body></html>";
    static const char question[] =
        "<div itemscope itemtype='https://schema.org/Question'>"
        "<h1 itemprop='name'>Is consulting worth it?</h1>"
        "<meta itemprop='datePublished' content='2023-08-13 12:47:05'>";
    static const char faq_item[] =
        "<div itemscope itemtype='https://schema.org/Question'><h3 itemprop='name'>Why?</h3>"
        "<meta itemprop='datePublished' content='2019-01-02'><p>Because.</p></div>";
    char page[2048];
    snprintf(page, sizeof page, fmt, question, "");
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->date);
    assert_string_equal(r->date, "2023-08-13");
    pith_result_free(r);
    /* A second Question on the page: no question is the page's own. */
    snprintf(page, sizeof page, fmt, question, faq_item);
    r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_null(r->date);
    pith_result_free(r);
}

/* A Q&A page whose answer holds more prose than its question: the card
 * of the answer ("answered ... Greg Dunn", after the line break of the
 * page's markup), with the page's longest text, names an answerer, not the
 * page's author, who is the asker. */
static void test_answerer_is_no_author(void **state)
{
    (void)state;
    static const char page[] =
        QA_PAGE_OPEN
        "<div itemprop='text'><p>Why is a mirrored disk not a backup?</p></div>"
        "<div class='owner'>" QA_ASKER_CARD "</div></div>"
        "<div class='answer'><div class='answercell'><div class='post-text'>"
        "<p>A mirror copies every change at once, so a file deleted by mistake, a database "
        "corrupted by a bug or a disk encrypted by ransomware is gone on both disks in the "
        "same second, and nothing is left to restore from.</p><p>A backup is a copy kept "
        "apart, in time and in place, that the next mistake does not reach.</p></div>"
        "<div class='post-signature'><div class='user-action-time'>\n    answered "
        "<span>Mar 28, 2014</span></div><div class='user-details'>"
        "<a href='/users/3/gd'>Greg Dunn</a></div></div></div></div></div></body></html>";
    pith_result *r = pith_extract(page, sizeof page - 1, NULL);
    assert_non_null(r);
    assert_non_null(r->author);
    assert_string_equal(r->author, "jldugger");
    pith_result_free(r);
}

/* A thread whose JSON-LD names its poster by an account name: a reply's
 * card or a signature away from the opening post's text names no author
 * of the page; a byline with the post's text still names a real one. */
static void test_account_name_and_bylines_away(void **state)
{
    (void)state;
    static const char fmt[] =
        "<html><head><title>Pros and cons of a travel agent</title>"
        "<script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\", "
        "\"headline\": \"Pros and cons of a travel agent\", \"author\": {\"@type\": "
        "\"Person\", \"name\": \"thanosmano\"}}</script></head><body>"
        "<h1>Pros and cons of a travel agent</h1><div class='opening'>%s"
        "<p>We have booked our last three cruises through a travel agent and the perks were "
        "good, but this time the agent could not match the price the line offered online, "
        "so I wonder what others do and whether the agent still earns the commission.</p>"
        "<p>The onboard credit was the main reason we used one before, and the agent also "
        "handled the transfers and the hotel the night before the sailing.</p></div>"
        "<div class='post'><h3 class='post-author'><a href='/profile/9'>Xavier Bloom</a></h3>"
        "<p>We book direct now.</p></div></body></html>";
    static const struct {
        const char *inside, *want;
    } CASES[] = {
        {"", "thanosmano"},
        {"<div class='byline'>By Dana Evans</div>", "Dana Evans"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        char page[4096];
        snprintf(page, sizeof page, fmt, CASES[i].inside);
        pith_result *r = pith_extract(page, strlen(page), NULL);
        assert_non_null(r);
        if (!r->author || strcmp(r->author, CASES[i].want) != 0)
            fail_msg("case %zu: expected %s, got %s", i, CASES[i].want,
                     r->author ? r->author : "none");
        pith_result_free(r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_meta_fields),
        cmocka_unit_test(test_date_time_from_the_same_day),
        cmocka_unit_test(test_date_in_byline),
        cmocka_unit_test(test_utc_time_and_local_times),
        cmocka_unit_test(test_shown_day_before_utc_time),
        cmocka_unit_test(test_meta_off),
        cmocka_unit_test(test_byline_in_the_article_container),
        cmocka_unit_test(test_title_from_the_article_heading),
        cmocka_unit_test(test_headline_as_title),
        cmocka_unit_test(test_title_off_the_page),
        cmocka_unit_test(test_title_of_a_part_item),
        cmocka_unit_test(test_titles_of_a_list),
        cmocka_unit_test(test_name_shared_by_heading_and_title),
        cmocka_unit_test(test_title_cut_short),
        cmocka_unit_test(test_declared_title_lost_joiners),
        cmocka_unit_test(test_home_page_title),
        cmocka_unit_test(test_site_default_title),
        cmocka_unit_test(test_label_around_the_headline),
        cmocka_unit_test(test_site_name_cut_from_shared_titles),
        cmocka_unit_test(test_todays_date_and_heading_title),
        cmocka_unit_test(test_tags_without_letters),
        cmocka_unit_test(test_byline_block_with_author_elements),
        cmocka_unit_test(test_author_sources),
        cmocka_unit_test(test_meta_content_encoded_twice),
        cmocka_unit_test(test_labelled_dates_and_bylines),
        cmocka_unit_test(test_date_line_under_headline),
        cmocka_unit_test(test_date_line_in_aside_under_headline),
        cmocka_unit_test(test_stated_publication_date),
        cmocka_unit_test(test_embedded_media_date),
        cmocka_unit_test(test_part_review_not_the_page),
        cmocka_unit_test(test_thread_started_by_line),
        cmocka_unit_test(test_shown_date_before_last_save),
        cmocka_unit_test(test_shown_date_settles_declared_ones),
        cmocka_unit_test(test_site_clock_is_no_date),
        cmocka_unit_test(test_date_line_by_h2_headline),
        cmocka_unit_test(test_labelled_date_in_sidebar),
        cmocka_unit_test(test_byline_in_an_aside_left_open),
        cmocka_unit_test(test_teaser_card_date_and_byline),
        cmocka_unit_test(test_bio_card_names_the_author),
        cmocka_unit_test(test_reviewer_box_is_no_coauthor),
        cmocka_unit_test(test_door_byline_only_in_dutch),
        cmocka_unit_test(test_customer_review_is_no_byline),
        cmocka_unit_test(test_testimonial_signer_is_no_byline),
        cmocka_unit_test(test_site_name_as_shared_title),
        cmocka_unit_test(test_person_beside_declared_organisation),
        cmocka_unit_test(test_shown_byline_over_declared_account),
        cmocka_unit_test(test_dated_credit_line),
        cmocka_unit_test(test_site_name_before_a_bar),
        cmocka_unit_test(test_desk_credit_as_last_resort),
        cmocka_unit_test(test_desk_credit_in_byline),
        cmocka_unit_test(test_network_is_an_organisation),
        cmocka_unit_test(test_colophon_is_no_author),
        cmocka_unit_test(test_label_before_headline),
        cmocka_unit_test(test_tagline_inside_headline),
        cmocka_unit_test(test_headline_under_a_page_class),
        cmocka_unit_test(test_headline_written_as_the_title),
        cmocka_unit_test(test_home_titled_home),
        cmocka_unit_test(test_list_page_titled_by_its_kind),
        cmocka_unit_test(test_title_after_a_domain_name),
        cmocka_unit_test(test_heading_with_a_lead),
        cmocka_unit_test(test_created_date_after_published),
        cmocka_unit_test(test_article_item_before_video_item),
        cmocka_unit_test(test_date_line_of_parts),
        cmocka_unit_test(test_author_photo_card),
        cmocka_unit_test(test_byline_label_alone),
        cmocka_unit_test(test_given_name_completed),
        cmocka_unit_test(test_interview_credit),
        cmocka_unit_test(test_microdata_author_under_credit_label),
        cmocka_unit_test(test_editor_credit_and_cjk_byline),
        cmocka_unit_test(test_signed_mail_link),
        cmocka_unit_test(test_headline_in_a_banner),
        cmocka_unit_test(test_date_in_the_articles_footer),
        cmocka_unit_test(test_date_in_a_title_part),
        cmocka_unit_test(test_organisation_named_author_and_byline),
        cmocka_unit_test(test_page_edit_line_and_access_dates),
        cmocka_unit_test(test_day_and_month_settled_by_a_plain_date),
        cmocka_unit_test(test_question_asker_as_author),
        cmocka_unit_test(test_lone_question_dates_the_page),
        cmocka_unit_test(test_account_name_and_bylines_away),
        cmocka_unit_test(test_answerer_is_no_author),
        cmocka_unit_test(test_headline_item_date_in_cta_box),
        cmocka_unit_test(test_publish_date_key_in_sites_words),
        cmocka_unit_test(test_jsonld_in_meta_content),
        cmocka_unit_test(test_publication_line_quoted_in_prose),
        cmocka_unit_test(test_personal_site_owner_as_author),
        cmocka_unit_test(test_permalink_dates_the_post),
        cmocka_unit_test(test_anchored_post_header_dates_the_post),
        cmocka_unit_test(test_shown_time_behind_declared),
        cmocka_unit_test(test_time_beside_utc_writes_zone),
        cmocka_unit_test(test_docs_platform_date),
        cmocka_unit_test(test_person_byline_beside_declared_organisation),
        cmocka_unit_test(test_person_icon_line),
        cmocka_unit_test(test_poster_in_user_name_class),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
