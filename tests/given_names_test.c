/*
 * given_names_test.c — the given-name lookup (rules/given_names.c): the
 * order the build wrote is the list's, and the search over it answers as a
 * scan of the whole list does, in any ASCII case.
 */
#include "testutil.h"

#include "rules/given_names.h"
#include "rules/rules_data.h"
#include "util/ascii.h"

/* The answer of a scan of the whole list, which the search must give. */
static bool scanned(const char *word, size_t n)
{
    for (const pith_given_name *g = pith_given_names; g->name; g++)
        if (pith_ascii_ieq_n(word, n, g->name))
            return true;
    return false;
}

static void check_same(const char *word, size_t n)
{
    if (pith_rules_is_given_name(word, n) != scanned(word, n))
        fail_msg("'%.*s' (%zu bytes): search and scan differ", (int)n, word, n);
}

/* Fails when build/gen/rules_data.c was not made from this list. */
static void test_prebuilt_order_current(void **state)
{
    (void)state;
    const pith_rules_data *built = pith_rules_precompiled;
    assert_non_null(built);
    assert_non_null(built->given_order);
    assert_int_equal(built->n_given_entries, pith_given_name_entries());
    static uint16_t order[4096];
    size_t n = pith_given_name_order(order, sizeof order / sizeof order[0]);
    assert_true(n > 1000);
    assert_int_equal(built->n_given_names, n);
    assert_memory_equal(built->given_order, order, n * sizeof order[0]);
}

static void test_every_name_in_any_case(void **state)
{
    (void)state;
    char buf[64];
    for (const pith_given_name *g = pith_given_names; g->name; g++) {
        size_t n = strlen(g->name);
        assert_true(n + 2 < sizeof buf);
        assert_true(pith_rules_is_given_name(g->name, n));
        for (size_t i = 0; i < n; i++)
            buf[i] = pith_ascii_upper(g->name[i]);
        assert_true(pith_rules_is_given_name(buf, n)); /* "JOHN" */
        memcpy(buf + 1, g->name + 1, n - 1);
        assert_true(pith_rules_is_given_name(buf, n)); /* "John" */
        check_same(buf, n - 1);                        /* "Joh" */
        buf[n] = 's';
        check_same(buf, n + 1); /* "Johns" */
        buf[n] = '\0';
        check_same(buf, n + 1); /* "John" and a zero byte */
        buf[n - 1] = 'q';
        check_same(buf, n); /* "Johq" */
    }
}

static void test_other_words(void **state)
{
    (void)state;
    const char *words[] = {"Bluefin", "Laughing", "Otter", "the", "A", "zzzz", "aaa",
                           "Grace", "Hope", "Calvin", "JOS\xc3\x89", "jos\xc3\xa9",
                           "Jos\xc3\xa9", "\xc3\xa1lvaro", "\xc3\x81lvaro"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        check_same(words[i], strlen(words[i]));
    assert_false(pith_rules_is_given_name("", 0));
    assert_false(pith_rules_is_given_name(NULL, 0));
    assert_false(pith_rules_is_given_name("Grace", 5));
    assert_true(pith_rules_is_given_name("Jos\xc3\xa9", 5));
    assert_false(pith_rules_is_given_name("JOS\xc3\x89", 5)); /* ASCII case only */
}

/* The short forms people sign with and the names of each group are there;
 * given names that are also common words, places or brands are not, so
 * that a heading or a business's name that opens with one is no person's. */
static void test_short_forms_and_left_out_words(void **state)
{
    (void)state;
    const char *names[] = {"Jess", "Meg", "Zach", "Betsy", "Patty", "Hattie", "Rosie",
                           "Bessie", "Niko", "Sam", "Jean-Claude", "Siobhan", "Wojciech",
                           "Gon\xc3\xa7" "alo", "Ay\xc5\x9f" "e", "Haruka", "Zac", "Rob",
                           "Jillian", "Pierre-Yves", "J\xc3\xa9r\xc3\xa9my", "Andrius",
                           "Yasemin", "Anurag", "Yaron", "Oluwaseun"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!pith_rules_is_given_name(names[i], strlen(names[i])))
            fail_msg("'%s' is a given name", names[i]);
    const char *words[] = {"Faith", "Joy", "Christian", "Edit", "Young", "Harm",
                           "Rune", "Siri", "Claude", "Paddy", "Viola", "Sydney",
                           "Jordan", "Morgan", "Will", "Ray", "Max"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (pith_rules_is_given_name(words[i], strlen(words[i])))
            fail_msg("'%s' is a common word, place or brand", words[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prebuilt_order_current),
        cmocka_unit_test(test_every_name_in_any_case),
        cmocka_unit_test(test_other_words),
        cmocka_unit_test(test_short_forms_and_left_out_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
