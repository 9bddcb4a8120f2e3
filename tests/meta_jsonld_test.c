/*
 * meta_jsonld_test.c — reading the broken JSON-LD real sites ship.
 */
#include "testutil.h"

#include <jansson.h>

#include "meta/jsonld.h"

/* Parse text and return the string at key of the first value. */
static void expect(const char *text, size_t values, const char *key, const char *want)
{
    json_t *all = json_array();
    size_t n = pith_jsonld_parse(text, strlen(text), all);
    if (n != values)
        fail_msg("%s: expected %zu values, got %zu", text, values, n);
    if (key) {
        json_t *v = json_object_get(json_array_get(all, 0), key);
        if (!json_is_string(v) || strcmp(json_string_value(v), want) != 0)
            fail_msg("%s: %s is not \"%s\"", text, key, want);
    }
    json_decref(all);
}

static void test_jsonld_repairs(void **state)
{
    (void)state;
    expect("{\"headline\": \"Plain\"}", 1, "headline", "Plain");
    expect("<!-- {\"headline\": \"Wrapped\"} -->", 1, "headline", "Wrapped");
    expect("//<![CDATA[\n{\"headline\": \"CDATA\"}\n//]]>", 1, "headline", "CDATA");
    expect("{\"headline\": \"Two\nlines\"}", 1, "headline", "Two\nlines");
    expect("{\"headline\": \"Trailing\", }", 1, "headline", "Trailing");
    expect("{\"a\": [1, 2, ], \"headline\": \"Array comma\"}", 1, "headline", "Array comma");
    expect("{\"a\": \"x\"\n\"headline\": \"Missing comma\"}", 1, "headline", "Missing comma");
    expect("{\"headline\": \"It\\'s escaped\"}", 1, "headline", "It's escaped");
    expect("{\"headline\": \"First\"}{\"headline\": \"Second\"}", 2, "headline", "First");
    expect("{\"headline\": \"Semicolon\"};", 1, "headline", "Semicolon");
    expect("/* note */ {\"headline\": \"Comment\" // here\n}", 1, "headline", "Comment");
    expect("not json at all", 0, NULL, NULL);
    expect("{\"headline\": ", 0, NULL, NULL);
    expect("", 0, NULL, NULL);
}

static void test_jsonld_type_rank(void **state)
{
    (void)state;
    assert_int_equal(pith_jsonld_type_rank("NewsArticle"), 3);
    assert_int_equal(pith_jsonld_type_rank("http://schema.org/BlogPosting"), 3);
    assert_string_equal(pith_jsonld_type_name("https://schema.org/WebPage"), "WebPage");
    assert_string_equal(pith_jsonld_type_name("schema:Organization"), "Organization");
    assert_string_equal(pith_jsonld_type_name("Recipe"), "Recipe");
    assert_int_equal(pith_jsonld_type_rank("schema:Report"), 3);
    assert_int_equal(pith_jsonld_type_rank("WebPage"), 2);
    assert_int_equal(pith_jsonld_type_rank("WebSite"), 1);
    assert_int_equal(pith_jsonld_type_rank("Person"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonld_repairs),
        cmocka_unit_test(test_jsonld_type_rank),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
