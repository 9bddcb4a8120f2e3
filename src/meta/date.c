/*
 * date.c — the date reader (see date.h).
 *
 * The string is cut into tokens (numbers, words, CJK date marks and
 * separators); month names become month tokens.  The patterns are then
 * tried at each token from left to right, and the first one that yields a
 * real calendar date wins:
 *   numeric   2026-11-27, 27.11.2026, 11/27/2026, 27.11.26
 *   CJK       2026年11月27日, 2026년 11월 27일
 *   textual   27 November 2026, November 27, 2026, 2026. november 27.
 *   compact   20261127 (only as the first token of a short string)
 */
#include "date.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/ascii.h"
#include "util/utf8.h"
#include "found.h"

#define MAX_TOKENS 96
#define MAX_SCAN 2048       /* bytes of input looked at */
#define MAX_SKIP 4          /* separators and connectors between parts ("พ.ศ.") */

typedef enum tok_type {
    TOK_NUM,
    TOK_MONTH,
    TOK_WORD,  /* any other word */
    TOK_CONN,  /* a connector word ("de", "of") */
    TOK_CJK,   /* 年 月 日 년 월 일 */
    TOK_SEP
} tok_type;

typedef struct tok {
    tok_type type;
    int value;      /* NUM: the number (-1 when too long); MONTH: 1..12 */
    int digits;     /* NUM: how many digits */
    uint32_t ch;    /* SEP and CJK: the character */
    bool space;     /* white space before the token */
} tok;

typedef struct toks {
    tok t[MAX_TOKENS];
    int n;
} toks;

static int digit_value(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0x660 && cp <= 0x669) /* Arabic-Indic */
        return (int)(cp - 0x660);
    if (cp >= 0x6F0 && cp <= 0x6F9) /* Persian */
        return (int)(cp - 0x6F0);
    if (cp >= 0x966 && cp <= 0x96F) /* Devanagari */
        return (int)(cp - 0x966);
    if (cp >= 0x9E6 && cp <= 0x9EF) /* Bengali */
        return (int)(cp - 0x9E6);
    if (cp >= 0xE50 && cp <= 0xE59) /* Thai */
        return (int)(cp - 0xE50);
    if (cp >= 0xFF10 && cp <= 0xFF19) /* full width */
        return (int)(cp - 0xFF10);
    return -1;
}

/* Thai letters: written without spaces between words, but a month name
 * stands between spaces or digits in a date, so they make words here. */
static bool is_thai(uint32_t cp)
{
    return cp >= 0xE01 && cp <= 0xE4E;
}

static bool is_cjk_mark(uint32_t cp)
{
    return cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5 || /* 年 月 日 */
           cp == 0xB144 || cp == 0xC6D4 || cp == 0xC77C;   /* 년 월 일 */
}

/* Ordinal endings written straight after a day: 27th, 1er, 1º, 3e. */
static bool is_ordinal_suffix(const char *w, size_t n)
{
    static const char *const SUFFIXES[] = {"st", "nd", "rd", "th", "er", "e", "eme",
                                           "ème", "º", "ª", "o", "a", "ro", "do"};
    for (size_t i = 0; i < sizeof SUFFIXES / sizeof SUFFIXES[0]; i++) {
        size_t k = 0;
        while (SUFFIXES[i][k] && k < n && SUFFIXES[i][k] == w[k])
            k++;
        if (!SUFFIXES[i][k] && k == n)
            return true;
    }
    return false;
}

static bool push(toks *ts, tok t)
{
    if (ts->n >= MAX_TOKENS)
        return false;
    ts->t[ts->n++] = t;
    return true;
}

/* Classify a lower-cased word and add it (or fold it into the previous
 * number as an ordinal ending). */
static bool push_word(toks *ts, const char *w, size_t n, bool space)
{
    tok *prev = ts->n ? &ts->t[ts->n - 1] : NULL;
    if (!space && prev && prev->type == TOK_NUM && is_ordinal_suffix(w, n))
        return true;
    tok t = {TOK_WORD, 0, 0, 0, space};
    int month = pith_date_month_word(w, n);
    if (month) {
        t.type = TOK_MONTH;
        t.value = month;
    } else if (pith_date_connector_word(w, n) ||
               (n == 4 && w[0] == 'n' && (unsigned char)w[1] == 0xC4)) { /* năm */
        t.type = TOK_CONN;
    } else if (n == 6 && w[0] == 't' && w[1] == 'h' && (unsigned char)w[2] == 0xC3) {
        t.type = TOK_CONN; /* tháng: the month number follows */
        t.ch = 't';
    }
    return push(ts, t);
}

/* Append the UTF-8 form of cp to dst (cap bytes); false when it does not
 * fit. */
static bool put_utf8(char *dst, size_t *len, size_t cap, uint32_t cp)
{
    char b[4];
    size_t bl = pith_utf8_put(cp, b);
    if (*len + bl >= cap)
        return false;
    memcpy(dst + *len, b, bl);
    *len += bl;
    return true;
}

/* A capital right after a small letter starts a new word: a scraper's
 * lines run together ("By Stef KeeganAugust 5, 2024", "EditorialNovember
 * 22, 2018") put the month name against the name or label before it.
 * ASCII letters only, where case is sure. */
static bool glued_word_start(bool after_lower, uint32_t cp)
{
    return after_lower && cp >= 'A' && cp <= 'Z';
}

/* The tests tokenize asks of each character, ASCII (most of the text)
 * answered without a call: the character at s[i] (i < n) and its length;
 * a space; a digit's value (-1: none); whether cp ends the word being read
 * (after_lower: after a small letter). */
static inline int char_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return pith_utf8_decode(s + i, n - i, cp);
}

static inline bool is_space(uint32_t cp)
{
    return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : pith_is_space_cp(cp);
}

static inline int digit_of(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    return digit_value(cp);
}

static inline bool ends_word(bool after_lower, uint32_t cp)
{
    if (cp < 0x80)
        return !pith_is_word_cp(cp) || (cp >= '0' && cp <= '9') || glued_word_start(after_lower, cp);
    return !pith_is_word_cp(cp) || digit_value(cp) >= 0 || is_cjk_mark(cp) ||
           (pith_is_cjk_cp(cp) && !is_thai(cp));
}

static void tokenize(const char *s, size_t n, toks *ts)
{
    ts->n = 0;
    if (n > MAX_SCAN)
        n = MAX_SCAN;
    bool space = false;
    size_t i = 0;
    char word[48];
    while (i < n && ts->n < MAX_TOKENS) {
        uint32_t cp;
        int k = char_at(s, n, i, &cp);
        if (is_space(cp)) {
            space = true;
            i += (size_t)k;
        } else if (digit_of(cp) >= 0) {
            tok t = {TOK_NUM, 0, 0, 0, space};
            while (i < n) {
                k = char_at(s, n, i, &cp);
                int d = digit_of(cp);
                if (d < 0)
                    break;
                if (t.digits < 9)
                    t.value = t.value * 10 + d;
                t.digits++;
                i += (size_t)k;
            }
            if (t.digits > 8)
                t.value = -1;
            push(ts, t);
            space = false;
        } else if (is_cjk_mark(cp)) {
            tok t = {TOK_CJK, 0, 0, cp, space};
            push(ts, t);
            i += (size_t)k;
            space = false;
        } else if (pith_is_word_cp(cp) && (!pith_is_cjk_cp(cp) || is_thai(cp))) {
            size_t wl = 0;
            bool too_long = false, lower = false;
            while (i < n) {
                k = char_at(s, n, i, &cp);
                if (ends_word(lower, cp))
                    break;
                lower = cp >= 'a' && cp <= 'z';
                too_long = too_long || !put_utf8(word, &wl, sizeof word, pith_lower_cp(cp));
                i += (size_t)k;
            }
            if (too_long) {
                tok t = {TOK_WORD, 0, 0, 0, space};
                push(ts, t);
            } else {
                push_word(ts, word, wl, space);
            }
            space = false;
        } else {
            tok t = {TOK_SEP, 0, 0, cp, space};
            push(ts, t);
            i += (size_t)k;
            space = false;
        }
    }
    /* Vietnamese: "tháng 11" is the month. */
    for (int j = 0; j + 1 < ts->n; j++)
        if (ts->t[j].type == TOK_CONN && ts->t[j].ch == 't' && ts->t[j + 1].type == TOK_NUM &&
            ts->t[j + 1].value >= 1 && ts->t[j + 1].value <= 12) {
            ts->t[j + 1].type = TOK_MONTH;
            ts->t[j].ch = 0;
        }
}

bool pith_date_valid(int year, int month, int day)
{
    static const int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    int max = DAYS[month - 1];
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        max = 29;
    return day <= max;
}

static bool set(pith_date *out, int y, int m, int d)
{
    if (!pith_date_valid(y, m, d))
        return false;
    out->year = y;
    out->month = m;
    out->day = d;
    return true;
}

static bool is_sep(const tok *t, uint32_t ch)
{
    return t->type == TOK_SEP && t->ch == ch;
}

/* The next significant token after i (numbers, months, CJK marks, other
 * words), skipping at most MAX_SKIP light separators and connectors. */
static int next_part(const toks *ts, int i)
{
    int skipped = 0;
    for (int j = i + 1; j < ts->n; j++) {
        const tok *t = &ts->t[j];
        bool light = t->type == TOK_CONN ||
                     (t->type == TOK_SEP && (t->ch == '.' || t->ch == ',' || t->ch == '-' ||
                                             t->ch == '/' || t->ch == 0x2013));
        if (!light)
            return j;
        if (++skipped > MAX_SKIP)
            return -1;
    }
    return -1;
}

static bool is_day(const tok *t)
{
    return t->type == TOK_NUM && t->digits <= 2 && t->value >= 1 && t->value <= 31;
}

static bool is_year4(const tok *t)
{
    return t->type == TOK_NUM && t->digits == 4;
}

static int expand_year(int yy)
{
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

/* a s b s c with one separator, the numbers side by side. */
static bool numeric_at(const toks *ts, int i, unsigned flags, pith_date *out)
{
    if (i + 4 >= ts->n)
        return false;
    const tok *a = &ts->t[i], *s1 = &ts->t[i + 1], *b = &ts->t[i + 2], *s2 = &ts->t[i + 3],
              *c = &ts->t[i + 4];
    if (a->type != TOK_NUM || b->type != TOK_NUM || c->type != TOK_NUM)
        return false;
    if (s1->type != TOK_SEP || s2->type != TOK_SEP || s1->ch != s2->ch)
        return false;
    uint32_t sep = s1->ch;
    if (sep != '-' && sep != '/' && sep != '.')
        return false;
    if (s1->space || (b->space && sep != '.') || s2->space)
        return false;
    /* Not a piece of a longer dotted number (a version, an address). */
    if (i >= 2 && is_sep(&ts->t[i - 1], sep) && !ts->t[i - 1].space &&
        ts->t[i - 2].type == TOK_NUM)
        return false;
    if (i + 6 < ts->n && is_sep(&ts->t[i + 5], sep) && !ts->t[i + 5].space &&
        ts->t[i + 6].type == TOK_NUM && !ts->t[i + 6].space)
        return false;
    if (a->digits == 4 && b->digits <= 2 && c->digits <= 2)
        return set(out, a->value, b->value, c->value);
    if (a->digits > 2 || b->digits > 2)
        return false;
    int year;
    if (c->digits == 4)
        year = c->value;
    else if (c->digits == 2 && sep != '-')
        year = expand_year(c->value);
    else
        return false;
    bool month_first;
    if (a->value > 12)
        month_first = false;
    else if (b->value > 12)
        month_first = true;
    else
        month_first = (sep == '/' && (flags & PITH_DATE_MONTH_FIRST)) !=
                      ((flags & PITH_DATE_OTHER_WAY) != 0);
    return month_first ? set(out, year, a->value, b->value)
                       : set(out, year, b->value, a->value);
}

/* 2026年11月27日 and 2026년 11월 27일. */
static bool cjk_at(const toks *ts, int i, pith_date *out)
{
    if (i + 5 >= ts->n)
        return false;
    const tok *t = &ts->t[i];
    if (!is_year4(t) || ts->t[i + 1].type != TOK_CJK || ts->t[i + 2].type != TOK_NUM ||
        ts->t[i + 3].type != TOK_CJK || ts->t[i + 4].type != TOK_NUM ||
        ts->t[i + 5].type != TOK_CJK)
        return false;
    return set(out, t->value, ts->t[i + 2].value, ts->t[i + 4].value);
}

#define GLUED_YEAR_MIN 1990 /* a glued year this early or later; older dates */
#define GLUED_YEAR_MAX 2099 /* are not written by scrapers that glue lines */

/* A year ending a date, in *year: four digits, or four digits a scraper
 * glued to the figure after them, the date line run into the time or the
 * reading time ("October 9, 20237:42 PM", "May 3rd 20259 mins"): five or
 * six digits whose first four read as a year of the web. */
static bool ending_year(const tok *v, int *year)
{
    if (is_year4(v)) {
        *year = v->value;
        return true;
    }
    if (v->type != TOK_NUM || v->digits < 5 || v->digits > 6 || v->value < 0)
        return false;
    int y = v->digits == 5 ? v->value / 10 : v->value / 100;
    if (y < GLUED_YEAR_MIN || y > GLUED_YEAR_MAX)
        return false;
    *year = y;
    return true;
}

/* The patterns with a month name. */
static bool textual_at(const toks *ts, int i, pith_date *out)
{
    const tok *t = &ts->t[i];
    int j = next_part(ts, i);
    if (j < 0)
        return false;
    int k = next_part(ts, j);
    const tok *u = &ts->t[j], *v = k >= 0 ? &ts->t[k] : NULL;
    int year;
    if (is_day(t) && u->type == TOK_MONTH && v && ending_year(v, &year)) /* 27 Nov 2026 */
        return set(out, year, u->value, t->value);
    if (is_year4(t) && u->type == TOK_MONTH && v && is_day(v))           /* 2026 Nov 27 */
        return set(out, t->value, u->value, v->value);
    if (t->type == TOK_MONTH && is_day(u) && v && ending_year(v, &year)) /* Nov 27, 2026 */
        return set(out, year, t->value, u->value);
    return false;
}

/* 20261127, alone at the start of a short string. */
static bool compact_at(const toks *ts, int i, pith_date *out)
{
    const tok *t = &ts->t[i];
    if (i != 0 || ts->n > 4 || t->type != TOK_NUM || t->digits != 8)
        return false;
    return set(out, t->value / 10000, t->value / 100 % 100, t->value % 100);
}

/* Thai dates count years in the Buddhist era, 543 years ahead: a year
 * from 2443 (1900) in a text with Thai letters is read as one. */
static void buddhist_era(const char *s, size_t n, pith_date *d)
{
    if (d->year < 2443)
        return;
    bool thai = false;
    for (size_t i = 0; i < n && !thai;) {
        uint32_t cp;
        i += (size_t)pith_utf8_decode(s + i, n - i, &cp);
        thai = is_thai(cp);
    }
    pith_date ce = {d->year - 543, d->month, d->day};
    if (thai && pith_date_valid(ce.year, ce.month, ce.day))
        *d = ce;
}

/* Whether the first n bytes of s (those tokenize reads) may hold a date:
 * every form pith_date_parse reads has two numbers at least (numeric_at
 * three, cjk_at and textual_at two beside their marks or month), but the
 * compact one, a single number of eight digits ("20260309"); a number is
 * a run of digits of any script (tokenize's TOK_NUM).  A string with no
 * second run (a menu's entry, a heading, "12 comments", "Page 3") is no
 * date, and is not tokenised.  The characters are read as tokenize reads
 * them; eight bytes of ASCII with no digit at once. */
#define COMPACT_DATE_DIGITS 8 /* compact_at's YYYYMMDD */

static bool may_hold_date(const char *s, size_t n)
{
    if (n > MAX_SCAN)
        n = MAX_SCAN;
    const uint64_t highs = 0x8080808080808080ull;
    size_t i = 0, run = 0; /* the digits of the run being read */
    bool one_run = false;
    while (i < n) {
        uint64_t x = highs;
        if (n - i >= 8)
            memcpy(&x, s + i, 8);
        bool digitless = (x & highs) == 0 && !pith_ascii_bytes_within(x, '0', '9');
        uint32_t cp = 0;
        int k = digitless ? 8 : char_at(s, n, i, &cp);
        if (!digitless && digit_of(cp) >= 0) {
            if (run++ == 0 && one_run)
                return true; /* a second number */
            one_run = true;
        } else {
            if (run == COMPACT_DATE_DIGITS)
                return true;
            run = 0;
        }
        i += (size_t)k;
    }
    return run == COMPACT_DATE_DIGITS;
}

bool pith_date_parse(const char *s, size_t n, unsigned flags, pith_date *out)
{
    if (!s || n == 0 || !may_hold_date(s, n))
        return false;
    toks ts;
    tokenize(s, n, &ts);
    for (int i = 0; i < ts.n; i++) {
        if (numeric_at(&ts, i, flags, out) || cjk_at(&ts, i, out) || textual_at(&ts, i, out) ||
            compact_at(&ts, i, out)) {
            buddhist_era(s, n, out);
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------ URL */

static int read_digits(const char *s, int count)
{
    int v = 0;
    for (int i = 0; i < count; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

#define URL_MONTH_MAX 12 /* letters of the longest month name a path spells */

/* A month's name in ASCII letters at q, up to the separator sep: its
 * length, the month into *m; 0 when none. */
static int url_month_name(const char *q, char sep, int *m)
{
    char low[URL_MONTH_MAX];
    int len = 0;
    while (len < URL_MONTH_MAX && pith_ascii_is_alpha(q[len])) {
        low[len] = pith_ascii_lower(q[len]);
        len++;
    }
    if (len == 0 || q[len] != sep)
        return 0;
    *m = pith_date_month_word(low, (size_t)len);
    return *m ? len : 0;
}

/* A date starting at p, which follows a '/', '-' or '_' in the path. */
static bool url_date_at(const char *p, pith_date *out)
{
    int y = read_digits(p, 4);
    if (y < 1990 || y > 2099)
        return false;
    const char *q = p + 4;
    char sep = *q;
    if (sep == '/' || sep == '-' || sep == '_') {
        q++;
        int m = 0, d = 0, len = 0;
        while (len < 2 && pith_ascii_is_digit(q[len]))
            m = m * 10 + (q[len++] - '0');
        if (len == 0)
            len = url_month_name(q, sep, &m); /* "/2023/oct/03/", "/2023/october/03/" */
        if (len == 0 || q[len] != sep)
            return false;
        q += len + 1;
        len = 0;
        while (len < 2 && pith_ascii_is_digit(q[len]))
            d = d * 10 + (q[len++] - '0');
        if (len == 0 || pith_ascii_is_digit(q[len]))
            return false;
        return set(out, y, m, d);
    }
    /* /20261127/ or /20261127-slug */
    int m = read_digits(q, 2), d = m >= 0 ? read_digits(q + 2, 2) : -1;
    if (m < 0 || d < 0 || pith_ascii_is_digit(q[4]) ||
        (q[4] != '/' && q[4] != '-' && q[4] != '_' && q[4] != '.' && q[4] != 0))
        return false;
    return set(out, y, m, d);
}

bool pith_date_from_url(const char *url, pith_date *out)
{
    if (!url)
        return false;
    const char *p = url;
    const char *scheme = NULL;
    for (const char *c = url; *c && *c != '/' && *c != '?'; c++)
        if (c[0] == ':' && c[1] == '/' && c[2] == '/') {
            scheme = c + 3;
            break;
        }
    if (scheme) {
        p = scheme;
        while (*p && *p != '/' && *p != '?' && *p != '#')
            p++; /* skip the host */
    }
    for (; *p && *p != '?' && *p != '#'; p++) {
        if ((*p == '/' || *p == '-' || *p == '_') && url_date_at(p + 1, out))
            return true;
    }
    return false;
}

/* ------------------------------------------------------------ utilities */

bool pith_date_plausible(const pith_date *d, const pith_date *today)
{
    if (!pith_date_valid(d->year, d->month, d->day) || d->year < 1995)
        return false;
    long v = (long)d->year * 10000 + d->month * 100 + d->day;
    /* one day of slack: the page's time zone may be ahead of UTC */
    pith_date next = *today;
    if (pith_date_valid(next.year, next.month, next.day + 1))
        next.day++;
    else if (next.month < 12)
        next.month++, next.day = 1;
    else
        next.year++, next.month = 1, next.day = 1;
    long t = (long)next.year * 10000 + next.month * 100 + next.day;
    return v <= t;
}

/* The civil (proleptic Gregorian) date of day z counted from 1970-01-01
 * (Howard Hinnant's civil_from_days): the date gmtime_r gives, without
 * its call into glibc's time zone set-up, which reads /etc/localtime even
 * for UTC (seven system calls and a 4 KB buffer on every process). */
static pith_date civil_of_day(long long z)
{
    z += 719468; /* from 0000-03-01, so that a leap day ends its year */
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;                                     /* [0, 146096] */
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* [0, 399] */
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              /* [0, 365] */
    long long mp = (5 * doy + 2) / 153;                                   /* March = 0 */
    pith_date d;
    d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.year = (int)(yoe + era * 400 + (d.month <= 2));
    return d;
}

long long pith_date_days(const pith_date *d)
{
    /* civil_of_day backwards (Howard Hinnant's days_from_civil) */
    long long y = d->year - (d->month <= 2);
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;                                             /* [0, 399] */
    long long doy = (153 * (d->month + (d->month > 2 ? -3 : 9)) + 2) / 5 + d->day - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                     /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

pith_date pith_date_today(void)
{
    long long now = (long long)time(NULL);
    return civil_of_day(now / 86400 - (now % 86400 < 0));
}

void pith_date_format(const pith_date *d, char *out)
{
    int y = d->year, m = d->month, day = d->day;
    out[0] = (char)('0' + y / 1000 % 10);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + day / 10);
    out[9] = (char)('0' + day % 10);
    out[10] = 0;
}

/* ----------------------------------------------------------------- time */

/* Zone abbreviations pages write after a time, with their offsets in
 * minutes.  Only the unambiguous ones: "CST" (US central or China), "IST"
 * (India, Ireland, Israel) and "BST" (Britain, Bangladesh) name several
 * zones and are not read. */
static const struct zone_name {
    const char *name;
    int minutes;
} ZONE_NAMES[] = {
    {"utc", 0}, {"gmt", 0},
    {"est", -300}, {"edt", -240}, {"mst", -420}, {"mdt", -360}, {"pst", -480},
    {"pdt", -420}, {"akst", -540}, {"akdt", -480}, {"hst", -600},
    {"wet", 0}, {"west", 60}, {"cet", 60}, {"cest", 120}, {"eet", 120}, {"eest", 180},
    {"msk", 180}, {"jst", 540}, {"kst", 540}, {"aest", 600}, {"aedt", 660},
    {"acst", 570}, {"awst", 480}, {"nzst", 720}, {"nzdt", 780},
};

bool pith_date_clock_word(const char *word, size_t n)
{
    static const char *const CLOCK[] = {"am", "pm", "a.m", "p.m", "at"};
    for (size_t k = 0; k < sizeof CLOCK / sizeof CLOCK[0]; k++)
        if (strlen(CLOCK[k]) == n && memcmp(CLOCK[k], word, n) == 0)
            return true;
    for (size_t k = 0; k < sizeof ZONE_NAMES / sizeof ZONE_NAMES[0]; k++)
        if (strlen(ZONE_NAMES[k].name) == n && memcmp(ZONE_NAMES[k].name, word, n) == 0)
            return true;
    return false;
}

/* Digits at s[*i..] (at most max), their value, or -1 when there are fewer
 * than min. */
static int digits_at(const char *s, size_t n, size_t *i, int min, int max)
{
    int v = 0, k = 0;
    while (*i < n && k < max && pith_ascii_is_digit(s[*i])) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        k++;
    }
    return k >= min ? v : -1;
}

/* A numeric offset at s[*i] ("+05:30", "+0530", "-08"): minutes east of
 * UTC in *minutes, *i moved past it. */
static bool offset_at(const char *s, size_t n, size_t *i, int *minutes)
{
    size_t j = *i;
    if (j >= n || (s[j] != '+' && s[j] != '-' && strncmp(s + j, "\xE2\x88\x92", 3) != 0))
        return false;
    int sign = s[j] == '+' ? 1 : -1;
    j += s[j] == '+' || s[j] == '-' ? 1 : 3; /* U+2212, the minus sign */
    size_t st = j;
    int h = digits_at(s, n, &j, 1, 2), m = 0;
    if (h < 0 || h > 14)
        return false;
    if (j - st == 2 && j < n && s[j] == ':') {
        j++;
        if ((m = digits_at(s, n, &j, 2, 2)) < 0)
            return false;
    } else if (j - st == 2 && j + 1 < n && pith_ascii_is_digit(s[j])) {
        if ((m = digits_at(s, n, &j, 2, 2)) < 0)
            return false;
    }
    if (m > 59 || (j < n && pith_ascii_is_digit(s[j])))
        return false;
    *minutes = sign * (h * 60 + m);
    *i = j;
    return true;
}

/* A zone abbreviation at s[*i] that ends there ("UTC", "EST"), perhaps
 * with an offset after it ("GMT+2"). */
static bool zone_name_at(const char *s, size_t n, size_t *i, int *minutes)
{
    size_t len = 0;
    while (*i + len < n && pith_ascii_is_alpha(s[*i + len]))
        len++;
    for (size_t k = 0; k < sizeof ZONE_NAMES / sizeof ZONE_NAMES[0]; k++) {
        const char *z = ZONE_NAMES[k].name;
        if (strlen(z) != len)
            continue;
        size_t c = 0;
        while (c < len && pith_ascii_lower(s[*i + c]) == z[c])
            c++;
        if (c < len)
            continue;
        size_t j = *i + len;
        int extra = 0;
        if (ZONE_NAMES[k].minutes == 0 && offset_at(s, n, &j, &extra)) {
            *minutes = extra;
        } else {
            j = *i + len;
            *minutes = ZONE_NAMES[k].minutes;
        }
        *i = j;
        return true;
    }
    return false;
}

/* "am", "a.m.", "AM" (is_pm false) or "pm"... at s[*i]. */
static bool meridiem_at(const char *s, size_t n, size_t i, bool *is_pm)
{
    if (i + 1 >= n)
        return false;
    char a = pith_ascii_lower(s[i]);
    if (a != 'a' && a != 'p')
        return false;
    size_t j = i + 1;
    if (s[j] == '.')
        j++;
    if (j >= n || pith_ascii_lower(s[j]) != 'm')
        return false;
    j++;
    if (j < n && s[j] == '.')
        j++;
    if (j < n && pith_ascii_is_alpha(s[j]))
        return false;
    *is_pm = a == 'p';
    return true;
}

/* The first "H:MM" or "H:MM:SS" of s not inside a longer number: its
 * start, or n. */
static size_t find_time(const char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++) {
        if (!pith_ascii_is_digit(s[i]) ||
            (i > 0 && (pith_ascii_is_digit(s[i - 1]) || s[i - 1] == ':')))
            continue;
        size_t j = i;
        while (j < n && j - i < 3 && pith_ascii_is_digit(s[j]))
            j++;
        if (j - i <= 2 && j + 2 < n && s[j] == ':' && pith_ascii_is_digit(s[j + 1]) &&
            pith_ascii_is_digit(s[j + 2]))
            return i;
    }
    return n;
}

bool pith_date_time(const char *s, size_t n, const pith_date *d, char *out)
{
    if (!s || !d)
        return false;
    if (n > MAX_SCAN)
        n = MAX_SCAN;
    size_t i = find_time(s, n);
    if (i >= n)
        return false;
    int h = digits_at(s, n, &i, 1, 2);
    i++; /* ':' */
    int m = digits_at(s, n, &i, 2, 2), sec = 0;
    if (i + 2 < n && s[i] == ':' && pith_ascii_is_digit(s[i + 1]) &&
        pith_ascii_is_digit(s[i + 2])) {
        i++;
        sec = digits_at(s, n, &i, 2, 2);
    }
    if ((i < n && pith_ascii_is_digit(s[i])) || h > 24 || m > 59 || sec > 60)
        return false;
    if (i < n && (s[i] == '.' || s[i] == ',') && i + 1 < n && pith_ascii_is_digit(s[i + 1]))
        for (i++; i < n && pith_ascii_is_digit(s[i]); i++) {
        } /* fractions of a second */
    size_t j = i;
    while (j < n && s[j] == ' ')
        j++;
    bool pm;
    if (meridiem_at(s, n, j, &pm)) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (pm ? 12 : 0);
        j += 2;
        while (j < n && (s[j] == '.' || pith_ascii_lower(s[j]) == 'm'))
            j++;
        i = j;
        while (j < n && s[j] == ' ')
            j++;
    }
    if (h == 24 && (m || sec))
        return false;
    /* the zone: right after the time, or after one space */
    int zone = 0;
    bool zoned = false, named_utc = false;
    if (i < n && (s[i] == 'Z' || s[i] == 'z') && (i + 1 >= n || !pith_ascii_is_alpha(s[i + 1]))) {
        zoned = named_utc = true;
    } else {
        size_t z = i < n && s[i] == ' ' ? i + 1 : i;
        if (z < n && (s[z] == '(' || s[z] == '['))
            z++;
        if (offset_at(s, n, &z, &zone))
            zoned = true;
        else if (zone_name_at(s, n, &z, &zone) && (z >= n || !pith_ascii_is_alpha(s[z]))) {
            zoned = true;
            named_utc = zone == 0; /* "UTC", "GMT" */
        }
    }
    char day[11];
    pith_date_format(d, day);
    unsigned hh = (unsigned)h % 25, mm = (unsigned)m % 60, ss = (unsigned)sec % 61;
    unsigned zh = (unsigned)abs(zone) / 60 % 15, zm = (unsigned)abs(zone) % 60;
    if (named_utc)
        snprintf(out, PITH_DATE_TIME_MAX, "%sT%02u:%02u:%02uZ", day, hh, mm, ss);
    else if (zoned)
        snprintf(out, PITH_DATE_TIME_MAX, "%sT%02u:%02u:%02u%c%02u:%02u", day, hh, mm, ss,
                 zone < 0 ? '-' : '+', zh, zm);
    else
        snprintf(out, PITH_DATE_TIME_MAX, "%sT%02u:%02u:%02u", day, hh, mm, ss);
    return true;
}

bool pith_date_moment(const char *s, size_t n, unsigned flags, long long *minute)
{
    pith_date d;
    char iso[PITH_DATE_TIME_MAX];
    if (!pith_date_parse(s, n, flags, &d) || !pith_date_time(s, n, &d, iso))
        return false;
    /* iso: "YYYY-MM-DDTHH:MM:SS" then "Z", "+HH:MM" or "-HH:MM" */
    size_t len = strlen(iso), at = 11, zone_at = 19;
    if (len <= zone_at)
        return false; /* no zone */
    int h = digits_at(iso, len, &at, 2, 2);
    at++;
    int m = digits_at(iso, len, &at, 2, 2), offset = 0;
    if (iso[zone_at] != 'Z' && !offset_at(iso, len, &zone_at, &offset))
        return false;
    *minute = pith_date_days(&d) * 1440 + h * 60 + m - offset;
    return true;
}
