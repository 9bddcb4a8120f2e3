/*
 * meta_date_test.c — the date reader over a table of dates as real pages
 * write them, in many languages, and the strings that must not be read as
 * dates.
 */
#include "testutil.h"

#include <stdbool.h>
#include <time.h>

#include "meta/date.h"

typedef struct date_case {
    const char *in;
    unsigned flags;
    const char *want; /* YYYY-MM-DD, or NULL: no date */
} date_case;

static const date_case CASES[] = {
    /* machine formats */
    {"2026-11-27", 0, "2026-11-27"},
    /* a week day between the parts */
    {"Dec 21 Sat 2013 03:17", 0, "2013-12-21"},
    {"27 نومبر 2026", 0, "2026-11-27"},     /* Urdu */
    {"۲۷ نوامبر ۲۰۲۶", 0, "2026-11-27"},   /* Persian, Persian digits */
    {"27 نونبر 2026", 0, "2026-11-27"},      /* Moroccan */
    {"27 Nopember 2026", 0, "2026-11-27"},  /* older Indonesian spelling */
    {"27 nëntor 2026", 0, "2026-11-27"},     /* Albanian */
    {"27. nóvember 2026", 0, "2026-11-27"},  /* Icelandic */
    {"27 Novemba 2026", 0, "2026-11-27"},    /* Swahili */
    {"Nobyembre 27, 2026", 0, "2026-11-27"}, /* Tagalog */
    {"27 noyabr 2026", 0, "2026-11-27"},     /* Azerbaijani */
    {"27. новембар 2026", 0, "2026-11-27"},  /* Serbian */
    {"27. novembra 2026.", 0, "2026-11-27"}, /* Serbian Latin, Slovak */
    {"27 лістапада 2026", 0, "2026-11-27"},  /* Belarusian */
    {"২৭ নভেম্বর ২০২৬", 0, "2026-11-27"},      /* Bengali, Bengali digits */
    {"2026-11-27T10:00:00+05:30", 0, "2026-11-27"},
    {"2015-07-10 08:41:00 -0400", 0, "2015-07-10"},
    {"2021-11-01T10:52:50+0100", 0, "2021-11-01"},
    {"2019-03-05T23:30:00.000Z", 0, "2019-03-05"},
    {"2026/11/27", 0, "2026-11-27"},
    {"2026.11.27", 0, "2026-11-27"},
    {"20261127", 0, "2026-11-27"},
    {"Published on the 27th of November 2026", 0, "2026-11-27"}, /* numbers after digitless bytes */
    {"2026-2-3", 0, "2026-02-03"},
    /* numeric, day first unless the page says otherwise */
    {"27/11/2026", 0, "2026-11-27"},
    {"11/27/2026", 0, "2026-11-27"},
    {"03/04/2026", 0, "2026-04-03"},
    {"03/04/2026", PITH_DATE_MONTH_FIRST, "2026-03-04"},
    {"27.11.2026", 0, "2026-11-27"},
    {"27. 11. 2026", 0, "2026-11-27"},
    {"27-11-2026", 0, "2026-11-27"},
    {"27.11.26", 0, "2026-11-27"},
    {"Aktualisiert am 05.03.2024, 14:22 Uhr", 0, "2024-03-05"},
    /* English */
    {"27 November 2026", 0, "2026-11-27"},
    {"Nov 27, 2026", 0, "2026-11-27"},
    {"Nov. 27, 2026", 0, "2026-11-27"},
    {"November 27th, 2026", 0, "2026-11-27"},
    {"Thursday, 27 November 2026 10:00 GMT", 0, "2026-11-27"},
    {"Published: 1st March 2019", 0, "2019-03-01"},
    {"the 3rd of May, 2020", 0, "2020-05-03"},
    {"Posted on September 9, 2015 by admin", 0, "2015-09-09"},
    {"27-Nov-2026", 0, "2026-11-27"},
    {"2026 Nov 27", 0, "2026-11-27"},
    {"JULY 4, 2021", 0, "2021-07-04"},
    /* a scraper's date line run into the time or the reading time */
    {"October 9, 20237:42 PM ET", 0, "2023-10-09"},
    {"May 3rd 202512 mins", 0, "2025-05-03"},
    {"17 October 20236:01", 0, "2023-10-17"},
    /* a scraper's lines run together: the month against the name before it */
    {"By Stef HarrowAugust 5, 2024", 0, "2024-08-05"},
    {"GardeningNovember 15, 2018", 0, "2018-11-15"},
    {"Jane DoeMar 3, 2021", 0, "2021-03-03"},
    {"shortmay 5, 2020", 0, NULL}, /* no capital: one word */
    /* German, French, Spanish, Italian, Portuguese, Dutch */
    {"27. November 2026", 0, "2026-11-27"},
    {"Veröffentlicht am 3. März 2021", 0, "2021-03-03"},
    {"5. Jänner 2022", 0, "2022-01-05"},
    {"1er novembre 2026", 0, "2026-11-01"},
    {"Publié le 14 février 2023 à 10h32", 0, "2023-02-14"},
    {"27 de noviembre de 2026", 0, "2026-11-27"},
    {"3 de março de 2021", 0, "2021-03-03"},
    {"27 ottobre 2020", 0, "2020-10-27"},
    {"1 mei 2019", 0, "2019-05-01"},
    {"12 mrt. 2020", 0, "2020-03-12"},
    /* Nordic, Finnish */
    {"27 maj 2021", 0, "2021-05-27"},
    {"3. joulukuuta 2020", 0, "2020-12-03"},
    /* Slavic, Baltic, Hungarian, Romanian, Turkish, Greek */
    {"27 listopada 2026 r.", 0, "2026-11-27"},
    {"5. října 2021", 0, "2021-10-05"},
    {"27 ноября 2026 г.", 0, "2026-11-27"},
    {"12 ЯНВАРЯ 2020", 0, "2020-01-12"},
    {"3 травня 2022", 0, "2022-05-03"},
    {"2026. november 27.", 0, "2026-11-27"},
    {"12 martie 2021", 0, "2021-03-12"},
    {"27 Kasım 2026", 0, "2026-11-27"},
    {"27 नवंबर 2026", 0, "2026-11-27"},
    {"२७ नवम्बर २०२६", 0, "2026-11-27"},
    {"27 พฤศจิกายน 2569", 0, "2026-11-27"},       /* Buddhist era */
    {"วันที่ 27 พฤศจิกายน พ.ศ. 2569", 0, "2026-11-27"},
    {"27 พฤศจิกายน 2026", 0, "2026-11-27"},
    {"๒๗ พฤศจิกายน ๒๕๖๙", 0, "2026-11-27"},
    {"27 November 2569", 0, "2569-11-27"},        /* no Thai: no era shift */
    {"27 Νοεμβρίου 2026", 0, "2026-11-27"},
    {"5 gegužės 2020", 0, "2020-05-05"},
    /* Asian and others */
    {"2026年11月27日", 0, "2026-11-27"},
    {"2026年1月5日 10:30", 0, "2026-01-05"},
    {"2026년 11월 27일", 0, "2026-11-27"},
    {"27 tháng 11 năm 2026", 0, "2026-11-27"},
    {"12 Agustus 2020", 0, "2020-08-12"},
    {"27 نوفمبر 2026", 0, "2026-11-27"},
    {"27 בנובמבר 2026", 0, "2026-11-27"},
    {"٢٠٢١-٠٣-٠٥", 0, "2021-03-05"},
    {"\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x96\xE5\xB9\xB4\xEF\xBC\x91\xEF\xBC\x91"
     "\xE6\x9C\x88\xEF\xBC\x92\xEF\xBC\x97\xE6\x97\xA5", 0, "2026-11-27"}, /* full-width digits */
    /* not dates */
    {"3 hours ago", 0, NULL},
    {"12 comments", 0, NULL},       /* one number, not of eight digits */
    {"Updated 2026-11", 0, NULL},   /* two numbers, no day */
    {"yesterday", 0, NULL},
    {"vor 2 Tagen", 0, NULL},
    {"November 2026", 0, NULL},
    {"2026", 0, NULL},
    {"Nov 27, 12345", 0, NULL},  /* no year of the web glued to a figure */
    {"Nov 27, 18705", 0, NULL},
    {"version 1.2.3.4", 0, NULL},
    {"31/02/2026", 0, NULL},
    {"2026-13-01", 0, NULL},
    {"call 555-1234-5678", 0, NULL},
    {"", 0, NULL},
    {"May the force be with you", 0, NULL},
};

static void test_date_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const date_case *c = &CASES[i];
        pith_date d;
        bool ok = pith_date_parse(c->in, strlen(c->in), c->flags, &d);
        if (!c->want) {
            if (ok)
                fail_msg("\"%s\": expected no date, got %04d-%02d-%02d", c->in, d.year,
                         d.month, d.day);
            continue;
        }
        if (!ok)
            fail_msg("\"%s\": expected %s, got no date", c->in, c->want);
        char got[11];
        pith_date_format(&d, got);
        if (strcmp(got, c->want) != 0)
            fail_msg("\"%s\": expected %s, got %s", c->in, c->want, got);
    }
}

typedef struct url_case {
    const char *url;
    const char *want;
} url_case;

static void test_date_from_url(void **state)
{
    (void)state;
    static const url_case URLS[] = {
        {"https://example.org/2026/11/27/some-story", "2026-11-27"},
        {"https://example.org/news/2015-07-24-obama-guns.html", "2015-07-24"},
        {"https://example.org/blog/20200315/post", "2020-03-15"},
        {"https://example.org/2019/3/5/slug", "2019-03-05"},
        {"https://example.org/2019_03_05_slug", "2019-03-05"},
        {"https://example.org/2026/11/some-story", NULL},
        {"https://example.org/article/123456789/", NULL},
        {"https://2026-11-27.example.org/story", NULL},
        {"https://example.org/story?date=2026/11/27", NULL},
        {"/2021/01/02/relative", "2021-01-02"},
        {"https://example.org/world/2019/nov/18/some-story", "2019-11-18"},
        {"https://example.org/blog/2023/October/03/wine-types", "2023-10-03"},
        {"https://example.org/2024/may/some-story", NULL},
        {"https://example.org/2024/news/03/some-story", NULL},
    };
    for (size_t i = 0; i < sizeof URLS / sizeof URLS[0]; i++) {
        pith_date d;
        bool ok = pith_date_from_url(URLS[i].url, &d);
        if (!URLS[i].want) {
            if (ok)
                fail_msg("%s: expected no date", URLS[i].url);
            continue;
        }
        if (!ok)
            fail_msg("%s: expected %s, got none", URLS[i].url, URLS[i].want);
        char got[11];
        pith_date_format(&d, got);
        assert_string_equal(got, URLS[i].want);
    }
}

static void test_date_plausible(void **state)
{
    (void)state;
    pith_date today = {2026, 12, 31};
    pith_date ok = {2015, 7, 24}, old = {1994, 12, 31}, edge = {1995, 1, 1};
    pith_date future = {2027, 1, 2}, tomorrow = {2027, 1, 1};
    assert_true(pith_date_plausible(&ok, &today));
    assert_false(pith_date_plausible(&old, &today));
    assert_true(pith_date_plausible(&edge, &today));
    assert_false(pith_date_plausible(&future, &today));
    assert_true(pith_date_plausible(&tomorrow, &today)); /* time-zone slack */
    assert_true(pith_date_valid(2024, 2, 29));
    assert_false(pith_date_valid(2023, 2, 29));
    assert_false(pith_date_valid(2100, 2, 29));
}

/* The time of day and zone written with a date, as pages write them. */
static void test_date_time(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        const char *want; /* NULL: no time */
    } TIMES[] = {
        {"2024-05-01T14:35:00+02:00", "2024-05-01T14:35:00+02:00"},
        {"2024-05-01T14:35:00.123Z", "2024-05-01T14:35:00Z"},
        {"2024-05-01T14:35+0530", "2024-05-01T14:35:00+05:30"},
        {"2024-05-01T14:35:07-08", "2024-05-01T14:35:07-08:00"},
        {"2024-05-01T14:35:00+00:00", "2024-05-01T14:35:00+00:00"},
        {"2024-05-01 14:35:00", "2024-05-01T14:35:00"},
        {"Wed, 01 May 2024 14:35:00 GMT", "2024-05-01T14:35:00Z"},
        {"Wed, 01 May 2024 14:35:00 +0200", "2024-05-01T14:35:00+02:00"},
        {"May 1, 2024 2:35 pm EDT", "2024-05-01T14:35:00-04:00"},
        {"May 1, 2024 12:05 a.m.", "2024-05-01T00:05:00"},
        {"1 May 2024, 09:10 (GMT+2)", "2024-05-01T09:10:00+02:00"},
        {"2024-05-01 10:00 CST", "2024-05-01T10:00:00"}, /* CST: which one? */
        {"2024-05-01", NULL},
        {"May 1, 2024", NULL},
        {"2024-05-01T25:00:00", NULL},
        {"2024-05-01 13:30 pm", NULL},
        {"version 1.2:345", NULL},
    };
    pith_date d = {2024, 5, 1};
    for (size_t i = 0; i < sizeof TIMES / sizeof TIMES[0]; i++) {
        char got[PITH_DATE_TIME_MAX] = "";
        bool ok = pith_date_time(TIMES[i].in, strlen(TIMES[i].in), &d, got);
        if (!TIMES[i].want) {
            if (ok)
                fail_msg("\"%s\": expected no time, got %s", TIMES[i].in, got);
            continue;
        }
        if (!ok)
            fail_msg("\"%s\": expected %s, got no time", TIMES[i].in, TIMES[i].want);
        if (strcmp(got, TIMES[i].want) != 0)
            fail_msg("\"%s\": expected %s, got %s", TIMES[i].in, TIMES[i].want, got);
    }
}

/* The moment a time names, in minutes since 1970 UTC, whatever its
 * offset; none for a time without a zone. */
static void test_date_moment(void **state)
{
    (void)state;
    long long a = 0, b = 0, c = 0;
    assert_true(pith_date_moment("2024-01-10T02:30:00Z", 20, 0, &a));
    assert_true(pith_date_moment("2024-01-09T21:30:00-05:00", 25, 0, &b));
    assert_true(pith_date_moment("2024-01-10T08:00:00+0530", 24, 0, &c));
    assert_true(a == b && a == c);
    assert_true(a == (19732LL * 24 + 2) * 60 + 30); /* 2024-01-10 is day 19732 */
    assert_true(pith_date_moment("1970-01-01T00:00Z", 17, 0, &a));
    assert_true(a == 0);
    assert_false(pith_date_moment("2024-01-10T02:30:00", 19, 0, &a));
    assert_false(pith_date_moment("2024-01-10", 10, 0, &a));
    pith_date d = {2000, 3, 1};
    assert_true(pith_date_days(&d) == 11017);
}

/* Today is the UTC date gmtime_r gives (read twice around the call, so that
 * a day ending in between does not count). */
static void test_date_today_is_utc(void **state)
{
    (void)state;
    for (int tries = 0; tries < 3; tries++) {
        time_t before = time(NULL);
        pith_date d = pith_date_today();
        time_t after = time(NULL);
        struct tm a, b;
        assert_non_null(gmtime_r(&before, &a));
        assert_non_null(gmtime_r(&after, &b));
        if (a.tm_mday != b.tm_mday)
            continue;
        assert_int_equal(d.year, a.tm_year + 1900);
        assert_int_equal(d.month, a.tm_mon + 1);
        assert_int_equal(d.day, a.tm_mday);
        return;
    }
    fail_msg("the day changed at every try");
}

/* Every word of the month table gives the month of its first entry (the
 * binary search over the build's order finds what a scan of the table
 * finds), and a word one byte shorter or longer is no month unless the
 * table has it too. */
static void test_date_month_words(void **state)
{
    (void)state;
    int month, other;
    for (size_t i = 0; pith_date_month_entry(i, &month); i++) {
        const char *w = pith_date_month_entry(i, &month);
        size_t n = strlen(w);
        int first = 0;
        for (size_t j = 0; !first; j++) {
            const char *v = pith_date_month_entry(j, &other);
            if (strcmp(v, w) == 0)
                first = other;
        }
        if (pith_date_month_word(w, n) != first)
            fail_msg("\"%s\": month %d, expected %d", w, pith_date_month_word(w, n), first);
        char longer[64];
        snprintf(longer, sizeof longer, "%sq", w);
        bool listed_short = false, listed_long = false;
        for (size_t j = 0; pith_date_month_entry(j, &other); j++) {
            const char *v = pith_date_month_entry(j, &other);
            listed_short = listed_short || (strlen(v) == n - 1 && memcmp(v, w, n - 1) == 0);
            listed_long = listed_long || strcmp(v, longer) == 0;
        }
        if (!listed_short)
            assert_int_equal(pith_date_month_word(w, n - 1), 0);
        if (!listed_long)
            assert_int_equal(pith_date_month_word(longer, n + 1), 0);
    }
    assert_int_equal(pith_date_month_word("", 0), 0);
    assert_int_equal(pith_date_month_word(NULL, 0), 0); /* an empty span may have no bytes */
    assert_int_equal(pith_date_month_word("march", 5), 3);
    assert_int_equal(pith_date_month_word("marchx", 5), 3); /* n bytes only */
    assert_int_equal(pith_date_month_word("listopada", 9), 11);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_table),
        cmocka_unit_test(test_date_from_url),
        cmocka_unit_test(test_date_plausible),
        cmocka_unit_test(test_date_time),
        cmocka_unit_test(test_date_moment),
        cmocka_unit_test(test_date_today_is_utc),
        cmocka_unit_test(test_date_month_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
