/*
 * meta_title_test.c — the title cleaner: site names cut from <title>
 * elements, and titles that must stay whole.
 */
#include "testutil.h"

#include "meta/title.h"
#include "rules/title_parts.h"

typedef struct title_case {
    const char *in, *sitename, *host;
    bool element;
    const char *want, *cut;
} title_case;

static const title_case CASES[] = {
    /* the site named by the page or its host */
    {"Seals return to the bay | Coast News", "Coast News", NULL, true, "Seals return to the bay", "Coast News"},
    {"Coast News - Seals return", "Coast News", NULL, true, "Seals return", "Coast News"},
    {"Seals return · Coast", NULL, "coast.example", true, "Seals return", "Coast"},
    {"Seals return — example.org", NULL, "example.org", false, "Seals return", "example.org"},
    /* a last part named like the host, in any case or spacing, or with a
     * word more; a first part only when it is the host's name */
    {"Catering Tips | Smokeshed", NULL, "smokeshed.com", true, "Catering Tips", "Smokeshed"},
    {"Best Garden Tool Stocks of 2025 | The Quiet Quill", NULL, "quill.com", false,
     "Best Garden Tool Stocks of 2025", "The Quiet Quill"},
    {"Men's Fjell Jacket | Marro Lund US", NULL, "marrolund.com", false, "Men's Fjell Jacket",
     "Marro Lund US"},
    {"Why we tested 5 tools - Quillmore Blog", NULL, "blog.quillmore.com", false,
     "Why we tested 5 tools", "Quillmore Blog"},
    {"Ridge Wallet - Royal Black", NULL, "ridge.com", false, "Ridge Wallet - Royal Black", ""},
    {"Ridge - Royal Black Wallet", NULL, "ridge.com", false, "Royal Black Wallet", "Ridge"},
    {"News from the co-op - Co", NULL, "co.example", false, "News from the co-op - Co", ""},
    /* a path of slashes from the page up to the site: its sections go
     * too; other separators keep them */
    {"Install image fails to boot / Help Desk / Example Forums", "Example Forums", NULL, true,
     "Install image fails to boot", "Example Forums"},
    {"Station to reopen - Local - The Daily", "The Daily", NULL, true,
     "Station to reopen - Local", "The Daily"},
    /* a forum's part saying what the page is: the board's name before it,
     * the topic after it */
    {"Harbour Talk \xE2\x80\xA2 View topic - Ferry times for the winter", NULL, NULL, true,
     "Ferry times for the winter", "Harbour Talk"},
    {"Hafenforum \xE2\x80\xA2 Thema anzeigen - F\xC3\xA4hrzeiten im Winter", NULL, NULL, true,
     "F\xC3\xA4hrzeiten im Winter", "Hafenforum"},
    {"View topic - Ferry times", NULL, NULL, true, "View topic - Ferry times", ""},
    /* a call to action after the page's name goes, in any language; a
     * title that is only one, or opens with one, keeps it */
    {"Garden Planner Software - Start for Free", NULL, NULL, true,
     "Garden Planner Software", ""},
    {"Garden Clogs | Free Shipping* | Example Shoes", "Example Shoes", NULL, true, "Garden Clogs",
     "Example Shoes"},
    {"Gartenschuhe - Kostenloser Versand!", NULL, NULL, false, "Gartenschuhe", ""},
    {"Free Trial", NULL, NULL, true, "Free Trial", ""},
    {"Shop Now - Garden Clogs", NULL, NULL, true, "Shop Now - Garden Clogs", ""},
    /* no site known: the shape of a <title> decides */
    {"Get your Backend Python Code Tested | Code | Tomasz Wielgus", NULL, NULL, true,
     "Get your Backend Python Code Tested | Code", "Tomasz Wielgus"},
    {"Mayor admits city bus plans are her 'biggest frustration' - Coast News", NULL, NULL, true,
     "Mayor admits city bus plans are her 'biggest frustration'", "Coast News"},
    /* a last part that is a time, not a name: the title's own */
    {"The Best Cheap Garden Hoses under $50 - March 2026", NULL, NULL, true,
     "The Best Cheap Garden Hoses under $50 - March 2026", ""},
    {"Harbour Ferry Timetables for the Winter Season | 2025-26", NULL, NULL, true,
     "Harbour Ferry Timetables for the Winter Season | 2025-26", ""},
    {"The Best Cheap Garden Hoses under $50 - March Gardens", NULL, NULL, true,
     "The Best Cheap Garden Hoses under $50", "March Gardens"},
    {"Lumenfold - Harbour Systems Engineering", NULL, NULL, true,
     "Lumenfold - Harbour Systems Engineering", ""},
    {"On Recent Harbour Events - Daniel P. Harrow ( Dan ) ( dharrow )", NULL, NULL, true,
     "On Recent Harbour Events - Daniel P. Harrow ( Dan ) ( dharrow )", ""},
    {"Weave: Shared Mutable Branches — weave extension for Lumenfold", NULL, NULL, true,
     "Weave: Shared Mutable Branches — weave extension for Lumenfold", ""},
    /* CJK titles: separators without spaces, characters counted as words */
    {"新车站将于明年开放_新浪网", NULL, NULL, true, "新车站将于明年开放", "新浪网"},
    /* a portal's channel names between the story and the site */
    {"海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网", NULL, NULL, true,
     "海外留学生看两会：出国前后关注点大不同", "中国青年网"},
    {"海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网", "中国青年网", NULL, true,
     "海外留学生看两会：出国前后关注点大不同", "中国青年网"},
    {"两会_教育_中国青年网", "中国青年网", NULL, true, "两会_教育", "中国青年网"},
    {"宇航员在太空中睡觉会怎么样？答案很简单 _探索者 _海港网", NULL, NULL, true,
     "宇航员在太空中睡觉会怎么样？答案很简单", "海港网"},
    {"駅舎を改修へ｜日本経済新聞", NULL, NULL, true, "駅舎を改修へ", "日本経済新聞"},
    {"新车站将于明年开放 - 新浪新闻", NULL, NULL, true, "新车站将于明年开放", "新浪新闻"},
    {"pith_extract and pith_free - Docs", NULL, NULL, true, "pith_extract and pith_free - Docs", ""},
    /* a Japanese site's name in full-width angle brackets, after a space */
    {"欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞", NULL, NULL, true, "欲張りなイヌ",
     "福娘童話集　きょうのイソップ童話"},
    {"＜お知らせ＞", NULL, NULL, true, "＜お知らせ＞", ""},
    /* a wiki's or news site's name in square brackets at the end, when it
     * names the site; other brackets there are the title's */
    {"searching [Example Documentation]", NULL, "example.org", true, "searching",
     "Example Documentation"},
    {"Weekly Edition for March 26 [Example.net]", "Example.net", NULL, true,
     "Weekly Edition for March 26", "Example.net"},
    {"Renovation Costs [2025 Data]", NULL, "example.org", true, "Renovation Costs [2025 Data]",
     ""},
    {"読者の声＜第3回＞", NULL, NULL, true, "読者の声＜第3回＞", ""},
    /* a template that left the page's part empty: all of it is the site's */
    {"| Example Magazine", NULL, NULL, true, "", "Example Magazine"},
    {"- Example Magazine", "Example Magazine", NULL, true, "", "Example Magazine"},
    /* elsewhere (a heading, a line of text) it is a mark before the words */
    {"\xC2\xBB What happened with the install image", NULL, NULL, false,
     "What happened with the install image", ""},
    /* titles that stay whole */
    {"Review: the new phone is fine", NULL, NULL, true, "Review: the new phone is fine", ""},
    {"Jean-Pierre wins the race", NULL, NULL, true, "Jean-Pierre wins the race", ""},
    {"Seals return | Coast News", NULL, NULL, false, "Seals return | Coast News", ""},
};

static void test_title_table(void **state)
{
    (void)state;
    pith_buf out = PITH_BUF_INIT, cut = PITH_BUF_INIT;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const title_case *c = &CASES[i];
        pith_site_names site = {.hostname = c->host};
        pith_site_names_add(&site, c->sitename);
        pith_meta_clean_title(c->in, &site, c->element, &out, &cut);
        const char *got = out.data ? out.data : "", *got_cut = cut.data ? cut.data : "";
        if (strcmp(got, c->want) != 0 || strcmp(got_cut, c->cut) != 0)
            fail_msg("\"%s\": expected \"%s\" (cut \"%s\"), got \"%s\" (cut \"%s\")", c->in,
                     c->want, c->cut, got, got_cut);
    }
    pith_buf_free(&out);
    pith_buf_free(&cut);
}

/* A heading and a title that open with the same name of three words or
 * more and go on differently share that name; a shorter first part, the
 * same second part or one that opens the other share nothing. */
static void test_shared_first_part(void **state)
{
    (void)state;
    assert_int_equal(pith_meta_shared_first_part("Oat Honey Bites - (12ct) 250g",
                                                 "Oat Honey Bites - Oat Snacks - 250g"),
                     15);
    assert_int_equal(pith_meta_shared_first_part("Brexit - What Happens Next",
                                                 "Brexit - The Latest"),
                     0);
    assert_int_equal(pith_meta_shared_first_part("Garden Kneeler Pad - Blue",
                                                 "Garden Kneeler Pad - Blue - Large"),
                     0);
    assert_int_equal(pith_meta_shared_first_part("\xE6\x96\xB0\xE7\xAB\xB9\xE5\xB0\x96\xE7\x9F\xB3_"
                                                 "\xE8\xB3\x9E\xE6\xA5\x93 (2)",
                                                 "\xE6\x96\xB0\xE7\xAB\xB9\xE5\xB0\x96\xE7\x9F\xB3_"
                                                 "\xE8\xB3\x9E\xE6\xA5\x93 (2) @ Blog"),
                     0);
    assert_int_equal(pith_meta_shared_first_part("Trail Runner Pro Shoe",
                                                 "Trail Runner Pro Shoe - Men"),
                     0);
}

/* The parts a site's software writes (a forum's page kind, a call to
 * action) are data, each with its reason, and count only as a whole part,
 * in any case. */
static void test_page_kind_parts(void **state)
{
    (void)state;
    for (const pith_title_part *p = pith_page_kind_parts; p->part; p++) {
        assert_true(p->reason && *p->reason);
        assert_true(pith_rules_is_page_kind_part(p->part, strlen(p->part)));
    }
    assert_true(pith_rules_is_page_kind_part("view TOPIC", 10));
    assert_false(pith_rules_is_page_kind_part("View topics", 11));
    assert_false(pith_rules_is_page_kind_part("View", 4));
    for (const pith_title_part *p = pith_call_to_action_parts; p->part; p++) {
        assert_true(p->reason && *p->reason);
        assert_true(pith_rules_is_call_to_action_part(p->part, strlen(p->part)));
    }
    for (const pith_title_part *p = pith_list_kind_parts; p->part; p++) {
        assert_true(p->reason && *p->reason);
        assert_true(pith_rules_is_list_kind(p->part, strlen(p->part)));
    }
    assert_true(pith_rules_is_list_kind("jobs", 4));
    assert_false(pith_rules_is_list_kind("Posts about gardens", 19));
    assert_true(pith_rules_is_call_to_action_part("Free Shipping*", 14));
    assert_false(pith_rules_is_call_to_action_part("Free Shipping over $99", 22));
}

/* A count of the list's items in brackets ends the title's name: a
 * number, then one of the plurals a list counts its items with; not a
 * unit, a year's reviews, or a number alone. */
static void test_item_count(void **state)
{
    (void)state;
    for (const pith_title_part *p = pith_item_count_words; p->part; p++) {
        assert_true(p->reason && *p->reason);
        assert_true(pith_rules_is_item_count_word(p->part, strlen(p->part)));
    }
    assert_int_equal(pith_meta_before_item_count("Trail Shoes (158 ITEMS)"), 11);
    assert_int_equal(pith_meta_before_item_count("Best Novels Ever (77,141 books)"), 16);
    assert_int_equal(pith_meta_before_item_count("Almond Thins, 5.25 oz (149 g)"), 0);
    assert_int_equal(pith_meta_before_item_count("10 Best Movers (2025 Reviews)"), 0);
    assert_int_equal(pith_meta_before_item_count("Trail Shoes (158)"), 0);
    assert_int_equal(pith_meta_before_item_count("Trail Shoes(158 items)"), 0);
    assert_int_equal(pith_meta_before_item_count("(158 items)"), 0);
}

/* A heading that sets a few words before the title (a brand, a model,
 * "New", "Explore") leads into it; not a number alone, an article alone,
 * a first part parted by a colon or a dash, a long run of words, or a
 * title of one word. */
static void test_lead_before_title(void **state)
{
    (void)state;
    assert_int_equal(pith_meta_lead_before("Acme V3 24\" Standing Desk", "24\" Standing Desk"), 7);
    assert_int_equal(pith_meta_lead_before("New Video Doorbells", "Video Doorbells"), 3);
    assert_int_equal(pith_meta_lead_before("Sterling silver earrings", "Silver Earrings"), 8);
    assert_int_equal(pith_meta_lead_before("8 Recent Trends in Photography",
                                           "Recent Trends in Photography"),
                     0);
    assert_int_equal(pith_meta_lead_before("The 2024 Awards: The Best Pens", "The Best Pens"), 0);
    assert_int_equal(pith_meta_lead_before("Git Basics - Branches Explained", "Branches Explained"),
                     0);
    assert_int_equal(pith_meta_lead_before("Garden Tools for Beginners Garden 101", "Garden 101"),
                     0);
    assert_int_equal(pith_meta_lead_before("Latest Cloud", "Cloud"), 0);
    assert_int_equal(pith_meta_lead_before("The Best Desk Lamps", "Best Desk Lamps"), 0);
    assert_int_equal(pith_meta_lead_before("Video Doorbells", "Video Doorbells"), 0);
    assert_int_equal(pith_meta_lead_before("Smart Video Doorbells", "Doorbells Video"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_table),
        cmocka_unit_test(test_page_kind_parts),
        cmocka_unit_test(test_shared_first_part),
        cmocka_unit_test(test_item_count),
        cmocka_unit_test(test_lead_before_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
