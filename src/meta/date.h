/*
 * date.h — reading dates as web pages write them.
 *
 * pith_date_parse finds the first complete calendar date (year, month and
 * day) in a short string, in any of the forms pages use:
 *
 *   2026-11-27, 2026-11-27T10:00:00+05:30, 2026/11/27, 20261127
 *   27/11/2026, 11/27/2026, 27.11.2026, 27-11-2026, 27.11.26
 *   27 November 2026, 27. November 2026, Nov 27, 2026, November 27th, 2026
 *   27 de noviembre de 2026, 27 listopada 2026 r., 27 ноября 2026 г.
 *   2026. november 27., 2026年11月27日, 2026년 11월 27일, 27 tháng 11 năm 2026
 *
 * Month names come from the table in date_words.c (about thirty languages,
 * full names, genitive forms and abbreviations).  Relative dates ("3 hours
 * ago", "yesterday") and dates without a day ("November 2026") are not
 * dates here: the caller gets nothing rather than a guess.
 *
 * Times and time zones do not move the date: it is the one the page wrote,
 * as its author saw the calendar (2026-11-27T23:30:00-05:00 is November 27).
 * pith_date_time reads the time of day and zone written with it.
 */
#ifndef PITH_META_DATE_H
#define PITH_META_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pith_date {
    int year, month, day;
} pith_date;

/* Read an ambiguous numeric date (03/04/2026) month first, as in the US. */
#define PITH_DATE_MONTH_FIRST 1u
/* Read an ambiguous numeric date the other way than the rule above says
 * (for the caller that weighs both readings). */
#define PITH_DATE_OTHER_WAY 2u

/* Find the first date in s (n bytes, UTF-8).  Returns true and fills *out
 * when a valid calendar date is found. */
bool pith_date_parse(const char *s, size_t n, unsigned flags, pith_date *out);

/* Find a date in the path of a URL: /2026/11/27/, /2026-11-27-slug,
 * /20261127/.  Returns true and fills *out when one is found. */
bool pith_date_from_url(const char *url, pith_date *out);

/* True when y-m-d exists in the Gregorian calendar. */
bool pith_date_valid(int year, int month, int day);

/* True when the date is plausible for a web page: not before 1995-01-01
 * and not after today (one day of slack for time zones). */
bool pith_date_plausible(const pith_date *d, const pith_date *today);

/* The days from 1970-01-01 to d (negative before), in the proleptic
 * Gregorian calendar. */
long long pith_date_days(const pith_date *d);

/* Today's date (UTC). */
pith_date pith_date_today(void);

/* Bytes pith_date_time writes at most, with its NUL. */
#define PITH_DATE_TIME_MAX 32

/* The date d with the time of day written in s (n bytes), as ISO 8601
 * into out (PITH_DATE_TIME_MAX bytes): "2026-11-27T10:05:00+05:30" when s
 * gives an offset ("+05:30", "+0530", "-08", "Z", "UTC", "GMT", "GMT+2"),
 * "2026-11-27T10:05:00" when it gives none.  The time is the first
 * "H:MM" or "H:MM:SS" in s (fractions of a second dropped), read on a 12
 * hour clock when "am"/"pm" follows; a few unambiguous zone abbreviations
 * ("EST", "CEST", "JST") are read as their offsets.  Returns false when s
 * gives no time, leaving out unchanged. */
bool pith_date_time(const char *s, size_t n, const pith_date *d, char *out);

/* The moment s (n bytes) names, as minutes since 1970-01-01T00:00Z, into
 * *minute: its date (flags as for pith_date_parse), time of day and
 * offset.  False when s gives no time or no zone: a local time without
 * an offset names no one moment. */
bool pith_date_moment(const char *s, size_t n, unsigned flags, long long *minute);

/* Write the date as YYYY-MM-DD into out (at least 11 bytes). */
void pith_date_format(const pith_date *d, char *out);

/* Month names: the month (1..12) of a lower-case word, 0 when it is not a
 * month name (date_words.c). */
int pith_date_month_word(const char *word, size_t n);

/* The i-th word of the month table, its month into *month; NULL past the
 * end (for scripts/rules_gen.c and the tests). */
const char *pith_date_month_entry(size_t i, int *month);

/* The entry numbers of the month words in byte order, a word listed twice
 * by its first entry only, into out (cap entries); how many, 0 when they
 * do not fit (scripts/rules_gen.c writes them into the build). */
size_t pith_date_month_order(uint16_t *out, size_t cap);

/* True for the short words that may stand between a day, a month and a
 * year ("de", "of", "del"...) (date_words.c). */
bool pith_date_connector_word(const char *word, size_t n);

/* True for an English week day, whole or cut short ("sat", "tuesday"), in
 * lower case (date_words.c). */
bool pith_date_weekday_word(const char *word, size_t n);

/* True for a word written with a time of day, in lower case: "am", "pm"
 * ("a.m" of "a.m."), "at", or a zone pith_date_time reads ("utc", "est"). */
bool pith_date_clock_word(const char *word, size_t n);

#endif
