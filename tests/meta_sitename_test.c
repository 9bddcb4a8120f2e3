/*
 * meta_sitename_test.c — the site's name: declared names cleaned of their
 * tagline and domain ending, and, for pages that declare none, the name
 * the page shows (its logo, its copyright line, the <title>'s site part)
 * and what that name does to the title.
 */
#include "testutil.h"

#include <stdio.h>

#include <pith.h>

#include "meta/sitename.h"

typedef struct clean_case {
    const char *in, *host, *want;
} clean_case;

static const clean_case CLEAN[] = {
    /* taglines after a dash, a colon, "powered by" */
    {"Harbour Notes \u2013 the boat builder blog", NULL, "Harbour Notes"},
    {"Quillmore: Better tools. Better gardens.", NULL, "Quillmore"},
    {"Fanbase powered by Wikiloom", NULL, "Fanbase"},
    /* generic domain endings, in any case */
    {"Quillmore.com", NULL, "Quillmore"},
    {"KTV.COM", NULL, "KTV"},
    {"kxq.co.uk", "kxq.co.uk", "kxq"},
    /* a country's ending only on a host with that ending */
    {"Le Phare.fr", "www.lephare.fr", "Le Phare"},
    {"Le Phare.fr", NULL, "Le Phare.fr"},
    {"Lume.js", "lumejs.org", "Lume.js"},
    /* asides in brackets after the name: a nickname, a handle, a version */
    {"Daniel P. Harrow ( Dan ) ( dharrow )", NULL, "Daniel P. Harrow"},
    {"Lumenfold Documentation (3.1.x)", NULL, "Lumenfold Documentation"},
    {"(ABC)", NULL, "(ABC)"},
    {"Foo(bar)", NULL, "Foo(bar)"},
    /* names that stay whole */
    {"The Coast Post", NULL, "The Coast Post"},
    {"Jean-Pierre's Kitchen", NULL, "Jean-Pierre's Kitchen"},
    /* punctuation alone names no site */
    {"/", NULL, ""},
    {" - | ", NULL, ""},
    {"3M", NULL, "3M"},
};

static void test_clean_sitename(void **state)
{
    (void)state;
    pith_buf out = PITH_BUF_INIT;
    for (size_t k = 0; k < sizeof CLEAN / sizeof CLEAN[0]; k++) {
        pith_meta_clean_sitename(CLEAN[k].in, CLEAN[k].host, &out);
        if (strcmp(out.data ? out.data : "", CLEAN[k].want) != 0)
            fail_msg("'%s' on %s: '%s', want '%s'", CLEAN[k].in,
                     CLEAN[k].host ? CLEAN[k].host : "(no host)", out.data ? out.data : "",
                     CLEAN[k].want);
    }
    pith_buf_free(&out);
}

#define ARTICLE                                                                                 \
    "<article><h1>%s</h1>"                                                                      \
    "<p>The harbour seals came back to the bay this spring for the first time in a decade, "   \
    "and the fishermen who had watched them leave were the first to notice them.</p>"          \
    "<p>Biologists say the return follows five years of cleaner water, after the old plant "   \
    "upstream was replaced and the mussel beds recovered along the whole coast.</p></article>"

/* A page with head, a header before the article (headline heading) and a
 * footer after it. */
static pith_result *page(const char *head, const char *header, const char *heading,
                         const char *footer)
{
    char html[4096], article[1024];
    snprintf(article, sizeof article, ARTICLE, heading);
    snprintf(html, sizeof html, "<html><head>%s</head><body><header>%s</header>%s<footer>%s"
                                "</footer></body></html>",
             head, header, article, footer);
    pith_result *r = pith_extract(html, strlen(html), NULL);
    assert_non_null(r);
    return r;
}

static void expect_site(pith_result *r, const char *sitename, const char *title)
{
    assert_optional_string(r->sitename, sitename);
    assert_non_null(r->title);
    assert_string_equal(r->title, title);
    pith_result_free(r);
}

/* The logo's alt text that the <title>'s site part holds is the name (the
 * part says more: "[Harbour Stories]", "at Bay Press"). */
static void test_logo_named_in_title(void **state)
{
    (void)state;
    expect_site(page("<title>Seals return to the bay - The Bay Press Online</title>",
                     "<a class='site-logo' href='/'><img src='l.png' alt='Bay Press logo'></a>",
                     "Seals return to the bay", ""),
                "Bay Press", "Seals return to the bay");
}

/* The copyright line's holder confirms a logo that shows a name; the
 * company form and "All rights reserved" are not part of it. */
static void test_logo_and_copyright_agree(void **state)
{
    (void)state;
    expect_site(page("<title>Seals return to the bay</title>",
                     "<div class='logo'><img src='l.png' alt='Harbour Watch'></div>",
                     "Seals return to the bay",
                     "<p>\u00a9 2019-2024 Harbour Watch, Inc. All rights reserved.</p>"),
                "Harbour Watch", "Seals return to the bay");
    /* the copyright line after a footer's links, in the same block */
    expect_site(page("<title>Seals return to the bay</title>",
                     "<a href='/' title='Home'><img src='l.png' alt='Harbour Watch'></a>",
                     "Seals return to the bay",
                     "<p><a href='/prefs'>Display Preferences</a><br>Copyright \u00a9 "
                     "2002-2015 The Harbour Watch Company LLC.</p>"),
                "Harbour Watch", "Seals return to the bay");
    /* the holder's name before the links to its sister sites; a holder
     * named in its own link */
    expect_site(page("<title>Seals return to the bay</title>",
                     "<a href='/' title='Home'><img src='l.png' alt='Harbour Watch'></a>",
                     "Seals return to the bay",
                     "<p>\u00a9 2025 Harbour Watch <a href='https://a.example/'>Alder Bay Press</a> "
                     "<a href='https://b.example/'>Coast Radio</a></p>"),
                "Harbour Watch", "Seals return to the bay");
    expect_site(page("<title>Seals return to the bay</title>",
                     "<a href='/' title='Home'><img src='l.png' alt='Harbour Watch'></a>",
                     "Seals return to the bay",
                     "<p>\u00a9 2025 <a href='/'>Harbour Watch</a> <a href='/privacy'>Privacy</a>"
                     "</p>"),
                "Harbour Watch", "Seals return to the bay");
    /* a logo alone, unconfirmed, is not the site's name */
    expect_site(page("<title>Seals return to the bay</title>",
                     "<div class='logo'><img src='l.png' alt='Harbour Watch'></div>",
                     "Seals return to the bay", ""),
                NULL, "Seals return to the bay");
}

/* On a simple page one container holds the banner and the article: the
 * banner's home link is still the site's logo. */
static void test_logo_in_the_article_container(void **state)
{
    (void)state;
    static const char html[] =
        "<html><head><title>Colophon</title></head><body><div id='box'>"
        "<div id='banner'><a href='/'><img src='l.png' alt='Harbour Watch'></a></div>"
        "<div id='main'><h1>Colophon</h1>"
        "<p>The harbour seals came back to the bay this spring for the first time in a decade, "
        "and the fishermen who had watched them leave were the first to notice them.</p>"
        "<p>Biologists say the return follows five years of cleaner water, after the old plant "
        "upstream was replaced and the mussel beds recovered along the whole coast.</p></div>"
        "<p>\u00a9 2002-2015 The Harbour Watch Company LLC.</p></div></body></html>";
    pith_result *r = pith_extract(html, strlen(html), NULL);
    assert_non_null(r);
    expect_site(r, "Harbour Watch", "Colophon");
}

/* The <title>'s parts after the ones the headline restates name the site
 * ("Lighthouse - Example Wiki" with the heading "Lighthouse"), though "Example Wiki"
 * is not the host's name. */
static void test_title_part_after_headline(void **state)
{
    (void)state;
    expect_site(page("<title>Seals - Tidepedia</title>", "", "Seals", ""), "Tidepedia", "Seals");
}

/* The headline loses a site name it carries ("Catering Tips | Smokeshed"),
 * the site's name known from its logo. */
static void test_headline_without_site_name(void **state)
{
    (void)state;
    expect_site(page("<title>Seals return to the bay | Bay Press</title>",
                     "<a class='logo' href='/'><img src='l.png' alt='Bay Press'></a>",
                     "Seals return to the bay | Bay Press", ""),
                "Bay Press", "Seals return to the bay");
}

/* The declared site name as the <title> writes it: with its article, its
 * spaces, its newsroom's word, both cases; not with a region, a section
 * or a stray sign, nor with fewer spaces. */
static void test_site_name_as_written(void **state)
{
    (void)state;
    expect_site(page("<title>Seals return to the bay - The Coast Post</title>"
                     "<meta property='og:site_name' content='Coast Post'>", "",
                     "Seals return to the bay", ""),
                "The Coast Post", "Seals return to the bay");
    assert_true(pith_meta_name_as_written("HeraldSun", "Herald Sun"));
    assert_true(pith_meta_name_as_written("BuzzFeed", "BuzzFeed News"));
    assert_true(pith_meta_name_as_written("SIMPLYFOUND", "SimplyFound"));
    assert_false(pith_meta_name_as_written("The Hill", "TheHill"));
    assert_false(pith_meta_name_as_written("Huel", "Huel US"));
    assert_false(pith_meta_name_as_written("Lantern", "Lantern Blog"));
    assert_false(pith_meta_name_as_written("Pebblework", "Pebblework %"));
    assert_false(pith_meta_name_as_written("Harbour Notes", "Harbour Notes the boat builder blog"));
    assert_false(pith_meta_name_as_written("Coast Post", "Coast Post"));
}

/* A link to "./" is the current folder, not the home page: its text (here
 * the headline's own) is no site name, and the headline stays the title. */
static void test_link_to_folder_is_no_logo(void **state)
{
    (void)state;
    expect_site(page("<title>User Guide - Seals</title>",
                     "<nav><a href='./'>User Guide</a></nav>", "User Guide", ""),
                "Seals", "User Guide");
}

/* og:title and the <h1> repeat the <title> whole: the few words its shape
 * cut as the site's name go from them too, though the page names its site
 * nowhere else; a longer last part after a dash is a subtitle and stays,
 * but what follows a bar is never the headline. */
static void test_title_site_part_cut_from_other_titles(void **state)
{
    (void)state;
    static const struct {
        const char *head, *heading, *want;
    } cases[] = {
        {"<title>Seals return to the bay | Tidewatch</title>"
         "<meta property='og:title' content='Seals return to the bay | Tidewatch'>",
         "Seals return to the bay | Tidewatch", "Seals return to the bay"},
        {"<title>Seals return to the bay | Tidewatch</title>"
         "<meta property='og:title' content='Seals return to the bay | Tidewatch'>",
         "Harbour news", "Seals return to the bay"},
        /* a bar parts the headline from a tagline, whatever its source */
        {"<title>Seals return to the bay | Wildlife of the coast | Tidewatch</title>",
         "Harbour news", "Seals return to the bay"},
        {"", "Seals return to the bay | Top 5 coves to see them", "Seals return to the bay"},
        {"<title>Seals return to the bay - How it came back to life after the plant</title>",
         "Seals return to the bay - How it came back to life after the plant",
         "Seals return to the bay - How it came back to life after the plant"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        pith_result *r = page(cases[k].head, "", cases[k].heading, "");
        assert_non_null(r->title);
        if (strcmp(r->title, cases[k].want) != 0)
            fail_msg("case %zu: title '%s', want '%s'", k, r->title, cases[k].want);
        pith_result_free(r);
    }
}

/* A domain name alone is letters, digits, dots and hyphens with a domain
 * ending a site's name is written with. */
static void test_domain_name(void **state)
{
    (void)state;
    assert_true(pith_meta_is_domain_name("larkspur-notes.com"));
    assert_true(pith_meta_is_domain_name("notes.larkspur.org"));
    assert_false(pith_meta_is_domain_name("larkspur.uk"));
    assert_false(pith_meta_is_domain_name("Node.js"));
    assert_false(pith_meta_is_domain_name("Larkspur Notes.com"));
    assert_false(pith_meta_is_domain_name("Larkspur"));
    assert_false(pith_meta_is_domain_name(".com"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clean_sitename),
        cmocka_unit_test(test_domain_name),
        cmocka_unit_test(test_logo_named_in_title),
        cmocka_unit_test(test_logo_and_copyright_agree),
        cmocka_unit_test(test_logo_in_the_article_container),
        cmocka_unit_test(test_title_part_after_headline),
        cmocka_unit_test(test_headline_without_site_name),
        cmocka_unit_test(test_link_to_folder_is_no_logo),
        cmocka_unit_test(test_title_site_part_cut_from_other_titles),
        cmocka_unit_test(test_site_name_as_written),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
