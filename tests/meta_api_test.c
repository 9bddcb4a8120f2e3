/*
 * meta_api_test.c — the metadata fields through the library API: a page
 * with metadata from several sources, the lists, the detected language,
 * and PITH_OPT_NO_META.
 */
#include "testutil.h"

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
    assert_null(r->language);
    assert_null(r->description);
    assert_int_equal(r->n_tags, 0);
    pith_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_meta_fields),
        cmocka_unit_test(test_meta_off),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
