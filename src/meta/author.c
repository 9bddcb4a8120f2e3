/*
 * author.c — the author cleaner (see author.h).
 *
 * A raw string goes through: token filter (e-mail, URL, handle,
 * parentheses) -> bio cut ("Jane Doe is a reporter...") -> split into parts
 * (punctuation and joiners) -> per part: prefixes, cut at the end of the
 * name, job titles, sanity checks, recasing -> agencies kept only when no
 * person is named -> added once each.
 */
#include "author.h"

#include <string.h>

#include "rules/given_names.h"
#include "util/ascii.h"
#include "util/misread.h"
#include "util/utf8.h"
#include "date.h"
#include "found.h"

#define MAX_PARTS 24
#define MAX_WORDS 24
#define MAX_NAME_CHARS 60
#define MAX_NAME_WORDS 6

void pith_authors_init(pith_authors *a)
{
    memset(a, 0, sizeof *a);
}

void pith_authors_free(pith_authors *a)
{
    pith_buf_free(&a->text);
    a->n = 0;
}

size_t pith_authors_named_chars(const char *s, size_t n)
{
    pith_authors a;
    pith_authors_init(&a);
    pith_authors_add(&a, s, n);
    size_t named = 0;
    for (size_t k = 0; k < a.n; k++) {
        const char *name = pith_authors_get(&a, k);
        if (*name >= 'a' && *name <= 'z')
            continue; /* "you're saving nearly": a clause, not a name */
        for (; *name; name++)
            named += *name != ' ';
    }
    pith_authors_free(&a);
    return named;
}

const char *pith_authors_get(const pith_authors *a, size_t i)
{
    return i < a->n ? a->text.data + a->start[i] : NULL;
}

void pith_authors_join(const pith_authors *a, pith_buf *out)
{
    for (size_t i = 0; i < a->n; i++) {
        if (i)
            pith_buf_puts(out, "; ");
        pith_buf_puts(out, pith_authors_get(a, i));
    }
}

/* ------------------------------------------------------------- helpers */

/* Lower-case copy of s (n bytes) into out (cleared first). */
static void lower(pith_buf *out, const char *s, size_t n)
{
    pith_buf_clear(out);
    pith_utf8_append_lower(out, s, n, 0);
}

typedef struct span {
    size_t start, len;
} span;

/* Split s[0..n) at single spaces into words. */
static size_t words_of(const char *s, size_t n, span *w, size_t cap)
{
    size_t count = 0, i = 0;
    while (i < n && count < cap) {
        while (i < n && s[i] == ' ')
            i++;
        size_t st = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i > st)
            w[count++] = (span){st, i - st};
    }
    return count;
}

static bool is_trim_cp(uint32_t cp)
{
    if (pith_is_space_cp(cp))
        return true;
    static const uint32_t PUNCT[] = {':', '-', ',', '.', ';', '|', '/', '\\', '*', '"', '\'',
                                     '(', ')', '[', ']', '{', '}', '<', '>', '!', '?', '#',
                                     '~', '_', '=', '+', '&', 0x2013, 0x2014, 0x2022, 0x00B7,
                                     0x201C, 0x201D, 0x2018, 0x2019, 0x00AB, 0x00BB, 0xFF1A,
                                     0x3001, 0xFF0C, 0x25CF, 0x2116, 0x00A9, 0x2192, 0xFF0F,
                                     0xFE31, 0xFF5C, 0x4E28};
    for (size_t i = 0; i < sizeof PUNCT / sizeof PUNCT[0]; i++)
        if (cp == PUNCT[i])
            return true;
    return false;
}

/* Trim punctuation and spaces at both ends of s[*start, *start + *len). */
static void trim(const char *s, size_t *start, size_t *len)
{
    size_t b = *start, e = *start + *len;
    while (b < e) {
        uint32_t cp;
        int k = pith_utf8_decode(s + b, e - b, &cp);
        if (!is_trim_cp(cp))
            break;
        b += (size_t)k;
    }
    while (e > b) {
        size_t k = e - 1;
        while (k > b && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        uint32_t cp;
        pith_utf8_decode(s + k, e - k, &cp);
        if (!is_trim_cp(cp))
            break;
        /* the full stop of a final initial stays: "Kooman, F." */
        if (cp == '.' && k >= b + 2 && s[k - 1] >= 'A' && s[k - 1] <= 'Z' &&
            (s[k - 2] == ' ' || s[k - 2] == ','))
            break;
        e = k;
    }
    *start = b;
    *len = e - b;
}

/* Scripts with upper and lower case: Latin, Greek, Cyrillic. */
static bool cased_script(uint32_t cp)
{
    return cp < 0x250 || (cp >= 0x370 && cp < 0x530);
}

/* First letter of a word in a script with case: upper or lower case. */
static bool starts_upper(const char *s, size_t n)
{
    uint32_t cp;
    pith_utf8_decode(s, n, &cp);
    return cased_script(cp) && pith_lower_cp(cp) != cp;
}

static bool starts_lower(const char *s, size_t n)
{
    uint32_t cp;
    pith_utf8_decode(s, n, &cp);
    return cased_script(cp) && pith_is_word_cp(cp) && pith_lower_cp(cp) == cp &&
           !(cp >= '0' && cp <= '9');
}

/* ------------------------------------------------------- token filter */

/* "Cleveland.com", "example.co.uk": a host name, not a name. */
static bool is_domain(const char *t, size_t n)
{
    while (n > 0 && (t[n - 1] == ',' || t[n - 1] == ')' || t[n - 1] == ';'))
        n--;
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++)
        if (t[i] == '.')
            dot = t + i;
    if (!dot || dot - t < 3)
        return false;
    size_t tld = n - (size_t)(dot + 1 - t);
    if (tld < 2 || tld > 4)
        return false;
    for (const char *p = dot + 1; p < t + n; p++)
        if (*p < 'a' || *p > 'z')
            return false;
    return true;
}

#define TEMPLATE_KEY_PARTS 3 /* "page.head.author": a path of keys, not a word */

/* "page.head.extra.author", "post.author.name": a template's key a page
 * printed unfilled.  Parts of two or more lower-case letters, digits or
 * underscores between dots; initials ("j.r.r.") are parts of one. */
static bool is_template_key(const char *t, size_t n)
{
    size_t parts = 0, run = 0;
    for (size_t i = 0; i <= n; i++) {
        char c = i < n ? t[i] : '.';
        if (c == '.') {
            if (run < 2)
                return false;
            parts++;
            run = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
            run++;
        } else {
            return false;
        }
    }
    return parts >= TEMPLATE_KEY_PARTS;
}

static bool drop_token(const char *t, size_t n)
{
    if (is_template_key(t, n))
        return true;
    if (memchr(t, '@', n))
        return true; /* e-mail or handle */
    for (size_t i = 0; i + 3 <= n; i++)
        if (t[i] == ':' && t[i + 1] == '/' && t[i + 2] == '/')
            return true;
    return (n > 4 && pith_ascii_iprefix(t, "www.")) || is_domain(t, n);
}

/* Does the token s[0..n) open a parenthesis of co-authors: "(with",
 * "(avec"? */
static bool opens_coauthors(const char *s, size_t n)
{
    if (n < 2 || s[0] != '(')
        return false;
    pith_buf low = PITH_BUF_INIT;
    lower(&low, s + 1, n - 1);
    bool yes = false;
    for (size_t k = 0; PITH_AUTHOR_COAUTHOR_OPENERS[k] && !yes && !low.oom; k++)
        yes = strcmp(low.data, PITH_AUTHOR_COAUTHOR_OPENERS[k]) == 0;
    pith_buf_free(&low);
    return yes;
}

/* "Luis (Carlos Amaro) Pinheiro", "Daniel (D.J.) Harrow": a
 * parenthesis of one to three capitalised words between two words of a
 * name is part of the name.  s[st] is '('; returns the end of the
 * parenthesis (after ')') when it is such a part, else 0. */
static size_t middle_name_end(const char *s, size_t n, size_t st)
{
    size_t close = st + 1;
    while (close < n && s[close] != ')' && s[close] != '(')
        close++;
    if (close >= n || s[close] != ')' || close == st + 1 || close + 2 >= n ||
        s[close + 1] != ' ' || !starts_upper(s + close + 2, n - close - 2))
        return 0;
    size_t words = 0;
    for (size_t i = st + 1; i < close; i++) {
        char c = s[i];
        if ((c >= '0' && c <= '9') || c == '@' || c == '/' || c == ':' || c == ',')
            return 0;
        if (i == st + 1 || s[i - 1] == ' ') {
            if (c == ' ' || !starts_upper(s + i, close - i) || ++words > 3)
                return 0;
        }
    }
    /* not "(Reuters) Updated ...": a note, then the end of the byline */
    size_t next = close + 2, next_end = next;
    while (next_end < n && s[next_end] != ' ')
        next_end++;
    pith_buf low = PITH_BUF_INIT;
    lower(&low, s + st + 1, close - st - 1);
    bool note = pith_author_is_agency(low.data, low.len) ||
                pith_author_is_job_word(low.data, low.len);
    lower(&low, s + next, next_end - next);
    note = note || pith_author_is_stop_word(low.data, low.len) ||
           pith_author_is_job_word(low.data, low.len) ||
           pith_author_is_agency(low.data, low.len);
    pith_buf_free(&low);
    return note ? 0 : close + 1;
}

/* Copy s into out without e-mails, URLs, handles and parenthesised
 * notes.  A parenthesis that names co-authors ("(avec Damien Leloup et
 * Morgane Tual)") is kept without its brackets: the joiners in it then
 * split the names. */
static void filter_tokens(const char *s, size_t n, pith_buf *out)
{
    int depth = 0;
    bool coauthors = false;
    size_t i = 0;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        size_t st = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i == st)
            break;
        size_t middle = depth == 0 && out->len && s[st] == '(' ? middle_name_end(s, n, st) : 0;
        if (middle) {
            pith_buf_putc(out, ' ');
            pith_buf_append(out, s + st, middle - st);
            i = middle;
            continue;
        }
        if (depth == 0 && !coauthors && opens_coauthors(s + st, i - st)) {
            coauthors = true;
            st++;
        }
        /* parentheses and brackets, possibly across tokens */
        pith_buf tok = PITH_BUF_INIT;
        for (size_t k = st; k < i; k++) {
            char c = s[k];
            if (c == ')' && coauthors && depth == 0) {
                coauthors = false;
                continue;
            }
            if (c == '(' || c == '[') {
                depth++;
                continue;
            }
            if ((c == ')' || c == ']') && depth > 0) {
                depth--;
                continue;
            }
            if (depth == 0)
                pith_buf_putc(&tok, c);
        }
        if (tok.len && !drop_token(tok.data, tok.len)) {
            if (out->len)
                pith_buf_putc(out, ' ');
            pith_buf_append(out, tok.data, tok.len);
        } else if (tok.len && out->len) {
            pith_buf_puts(out, " |"); /* keep a break where a token went */
        }
        pith_buf_free(&tok);
    }
}

/* Cut "Jane Doe is a senior reporter who ..." after the name. */
static size_t cut_bio(const char *s, size_t n)
{
    static const char *const BIO[] = {" is a ", " is an ", " is the ", " ist ", " est un",
                                      " est une ", " es un", " es una ", " è un", " is ",
                                      " writes ", " covers ", " has been "};
    pith_buf low = PITH_BUF_INIT;
    lower(&low, s, n);
    size_t cut = n;
    if (low.len == n) {
        for (size_t b = 0; b < sizeof BIO / sizeof BIO[0]; b++) {
            const char *hit = low.data ? strstr(low.data, BIO[b]) : NULL;
            if (hit && (size_t)(hit - low.data) < cut)
                cut = (size_t)(hit - low.data);
        }
    }
    pith_buf_free(&low);
    return cut;
}

size_t pith_author_bio_start(const char *s, size_t n)
{
    return cut_bio(s, n);
}

/* --------------------------------------------------------------- split */

static bool is_split_cp(uint32_t cp)
{
    return cp == ';' || cp == '|' || cp == '/' || cp == ',' || cp == 0x00B7 || cp == 0x2022 ||
           cp == 0x3001 || cp == 0xFF0C || cp == 0xFF1B || cp == 0x060C || cp == 0x25CF ||
           cp == '\\' || cp == 0x2219 || cp == 0x22C5;
}

/* What parts a name from the one before it. */
typedef enum part_sep {
    SEP_MARK = 0, /* a comma, a bar, a dash... */
    SEP_JOINER,   /* "and", "&", "und"... */
    SEP_PERIOD,   /* "Tomas Reyd. Coastal Wire International" */
    SEP_DASH,     /* "Ana Lima — Rio de Janeiro" */
} part_sep;

/* Length of the joiner (" and ", " & "...) that starts s, 0 if none. */
static size_t joiner_len(const char *s, size_t n)
{
    for (size_t j = 0; PITH_AUTHOR_JOINERS[j]; j++) {
        size_t jl = strlen(PITH_AUTHOR_JOINERS[j]);
        if (jl <= n && memcmp(s, PITH_AUTHOR_JOINERS[j], jl) == 0)
            return jl;
    }
    return 0;
}

/* "center for drug evaluation", "department of health" (in lower case):
 * the first words of an office's name, which goes on after "and" ("...
 * and Research"); a person's name holds no "for" or "of". */
static bool names_an_office(const char *low, size_t n)
{
    static const char *const LINKS[] = {" for ", " of ", " für ", " pour "};
    for (size_t k = 0; k < sizeof LINKS / sizeof LINKS[0]; k++) {
        size_t ll = strlen(LINKS[k]);
        for (size_t i = 0; i + ll <= n; i++)
            if (memcmp(low + i, LINKS[k], ll) == 0)
                return true;
    }
    return false;
}

/* Does the word that ends at s[i] (its first byte after a space or at st)
 * name a month: the "Jan" of "Jonathan Sayers Jan. 31, 2026"? */
static bool month_ends_at(const char *s, size_t st, size_t i)
{
    size_t w = i;
    while (w > st && s[w - 1] != ' ')
        w--;
    char word[16];
    if (i - w >= sizeof word)
        return false;
    for (size_t k = w; k < i; k++)
        word[k - w] = pith_ascii_lower(s[k]);
    return pith_date_month_word(word, i - w) != 0;
}

/* Split s into parts at punctuation, dashes between spaces and joiners;
 * seps[i] says what came before part i. */
static size_t split_parts(const char *s, size_t n, span *parts, part_sep *seps, size_t cap)
{
    pith_buf low = PITH_BUF_INIT;
    lower(&low, s, n);
    bool same = low.len == n && !low.oom;
    size_t count = 0, st = 0, i = 0;
    part_sep before = SEP_MARK; /* the separator before the current part */
    while (i < n && count < cap) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        size_t skip = 0;
        part_sep sep = SEP_MARK;
        if (is_split_cp(cp)) {
            skip = (size_t)k;
            /* "Jane Doe, John Roe, and Max Mustermann" (not "Jane Doe, Dan
             * Roe": a joiner is in lower case) */
            size_t joiner = same && cp == ',' ? joiner_len(s + i + skip, n - i - skip) : 0;
            if (joiner) {
                skip += joiner;
                sep = SEP_JOINER;
            }
        } else if (cp == '.' && i >= 3 && i + 1 < n && s[i + 1] == ' ' && s[i - 1] >= 'a' &&
                   s[i - 1] <= 'z' && s[i - 2] >= 'a' && s[i - 2] <= 'z' && s[i - 3] != ' ' &&
                   !(i + 2 < n && pith_ascii_is_digit(s[i + 2]) && month_ends_at(s, st, i))) {
            /* "Tomas Reyd. Coastal Wire International" (not the "Jan."
             * of a date after the name: "Jonathan Sayers Jan. 31, 2026",
             * which the name's end cuts) */
            skip = 2;
            sep = SEP_PERIOD;
        } else if (cp == ' ' && i + 2 < n) {
            uint32_t next;
            int k2 = pith_utf8_decode(s + i + 1, n - i - 1, &next);
            if ((next == '-' || next == 0x2013 || next == 0x2014) && i + 1 + (size_t)k2 < n &&
                s[i + 1 + (size_t)k2] == ' ') {
                skip = 1 + (size_t)k2 + 1;
                sep = SEP_DASH;
            }
            for (size_t j = 0; same && !skip && PITH_AUTHOR_JOINERS[j]; j++) {
                size_t jl = strlen(PITH_AUTHOR_JOINERS[j]);
                if (i + jl <= n && memcmp(low.data + i, PITH_AUTHOR_JOINERS[j], jl) == 0 &&
                    i - st >= 2 && n - (i + jl) >= 2 &&
                    !names_an_office(low.data + st, i - st)) {
                    skip = jl; /* "Mac & i" is one name */
                    sep = SEP_JOINER;
                }
            }
        }
        if (skip) {
            if (i > st) {
                seps[count] = before;
                parts[count++] = (span){st, i - st};
            }
            i += skip;
            st = i;
            before = sep;
        } else {
            i += (size_t)k;
        }
    }
    if (st < n && count < cap) {
        seps[count] = before;
        parts[count++] = (span){st, n - st};
    }
    pith_buf_free(&low);
    return count;
}

bool pith_author_joins(const char *s, size_t n, bool at_end)
{
    while (n > 0 && (s[0] == ' ' || s[0] == '\n' || s[0] == '\t'))
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    if (n == 0)
        return false;
    char edge = at_end ? s[n - 1] : s[0];
    if (edge == ',' || edge == '&' || edge == ';')
        return true;
    pith_buf low = PITH_BUF_INIT, padded = PITH_BUF_INIT;
    lower(&low, s, n);
    pith_buf_putc(&padded, ' ');
    pith_buf_append(&padded, low.data, low.len);
    pith_buf_putc(&padded, ' ');
    bool yes = false;
    for (size_t j = 0; PITH_AUTHOR_JOINERS[j] && !yes && !padded.oom; j++) {
        size_t jl = strlen(PITH_AUTHOR_JOINERS[j]);
        if (jl > padded.len)
            continue;
        const char *at = at_end ? padded.data + padded.len - jl : padded.data;
        yes = memcmp(at, PITH_AUTHOR_JOINERS[j], jl) == 0;
    }
    pith_buf_free(&low);
    pith_buf_free(&padded);
    return yes;
}

/* ------------------------------------------------------------ one part */

/* "Analysis by Chris Tamberlane", "Texte par Jean Dupont": a byline word
 * after one or two leading words; returns where the name starts, 0 if
 * there is no such word. */
static size_t inner_prefix_end(const char *low, size_t n)
{
    /* the word and how many words may come before it: "Analysis by", but
     * also "This post was written by" */
    static const struct {
        const char *word;
        size_t before;
    } WORDS[] = {{" by ", 2}, {" par ", 2}, {" por ", 2}, {" door ", 2},
                 {" written by ", 4}, {" écrit par ", 4}, {" escrito por ", 4},
                 {" geschrieben von ", 4}};
    if (!low || n == 0)
        return 0;
    for (size_t k = 0; k < sizeof WORDS / sizeof WORDS[0]; k++) {
        const char *hit = strstr(low, WORDS[k].word);
        if (!hit || (size_t)(hit - low) >= n)
            continue;
        size_t spaces = 0;
        for (const char *p = low; p < hit; p++)
            spaces += *p == ' ';
        if (spaces < WORDS[k].before)
            return (size_t)(hit - low) + strlen(WORDS[k].word);
    }
    return 0;
}

/* Drop the words that introduce a byline ("By", "Written by", "Autor:"). */
static void strip_prefix(const char *s, size_t *start, size_t *len, pith_buf *low)
{
    for (int round = 0; round < 3; round++) {
        trim(s, start, len);
        if (*len == 0)
            return;
        lower(low, s + *start, *len);
        if (low->len != *len || !low->data)
            return; /* lower case changed the length: positions differ */
        size_t plen = pith_author_prefix_len(low->data, low->len);
        if (!plen)
            plen = inner_prefix_end(low->data, low->len);
        if (!plen)
            return;
        *start += plen;
        *len -= plen;
    }
    trim(s, start, len);
}


/* A word in capitals ("STT", "AFP"). */
static bool all_upper(const char *s, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return false;
        letters += s[i] >= 'A' && s[i] <= 'Z';
    }
    return letters >= 2;
}

/* "editor-at-large", "co-editor": a hyphenated word holding a job title. */
static bool hyphen_job(const char *w, size_t n)
{
    if (!w || n == 0 || !memchr(w, '-', n)) /* w is NULL when memory ran out */
        return false;
    size_t st = 0;
    for (size_t i = 0; i <= n; i++)
        if (i == n || w[i] == '-') {
            if (i > st && pith_author_is_job_word(w + st, i - st))
                return true;
            st = i + 1;
        }
    return false;
}

/* True when a word after word i names a month or a week day ("on
 * Monday", "le mardi"). */
static bool date_word_after(const char *s, const span *w, size_t nw, size_t i, pith_buf *low)
{
    pith_buf word = PITH_BUF_INIT;
    bool found = false;
    for (size_t k = i + 1; k < nw && !found; k++) {
        lower(&word, s + w[k].start, w[k].len);
        size_t ll = word.len;
        while (ll > 0 && (word.data[ll - 1] == ',' || word.data[ll - 1] == '.'))
            ll--;
        found = pith_date_month_word(word.data, ll) ||
                (pith_author_is_stop_word(word.data, ll) && ll > 5);
    }
    pith_buf_free(&word);
    (void)low;
    return found;
}

#define HANDLE_MIN_LETTERS 3 /* "paulb203"; "CC7567" is a code */

/* A forum or social account's name with digits in it ("paulb203",
 * "InsaneSnow45", "user_447274"): it starts with a letter and has lower
 * case letters; a date's words start with a digit ("12th", "2021"). */
static bool handle_word(const char *w, size_t n)
{
    if (n == 0 || !pith_ascii_is_alpha(w[0]))
        return false;
    size_t letters = 0;
    bool lower_case = false;
    for (size_t i = 0; i < n; i++) {
        if (!pith_ascii_is_alnum(w[i]) && w[i] != '_' && w[i] != '-')
            return false;
        letters += pith_ascii_is_alpha(w[i]);
        lower_case = lower_case || (w[i] >= 'a' && w[i] <= 'z');
    }
    return lower_case && letters >= HANDLE_MIN_LETTERS;
}

/* The last word of a group's credit ("The Meetingnotes Team"). */
static bool is_group_word(const char *w, size_t n)
{
    static const char *const GROUP[] = {"team", "staff", "desk", "newsroom"};
    for (size_t k = 0; k < sizeof GROUP / sizeof GROUP[0]; k++)
        if (strlen(GROUP[k]) == n && memcmp(GROUP[k], w, n) == 0)
            return true;
    return false;
}

/* The word w (n bytes) is a day's number or a month's name ("20",
 * "Dec.", "december,"). */
static bool opens_date(const char *w, size_t n, pith_buf *low)
{
    if (n && w[0] >= '0' && w[0] <= '9')
        return true;
    lower(low, w, n);
    size_t ll = low->len;
    while (ll > 0 && (low->data[ll - 1] == ',' || low->data[ll - 1] == '.'))
        ll--;
    return pith_date_month_word(low->data, ll) != 0;
}

/* The first of the short lower-case words that link the name to the
 * lower-case word at i ("Niko Matsakis on behalf of..."): the
 * weak stop words ("on", "at", "in") before it; i when there are none
 * ("Jane Doe publiziert"). */
static size_t before_linking_words(const char *s, const span *w, size_t i, pith_buf *low)
{
    while (i > 1 && starts_lower(s + w[i - 1].start, w[i - 1].len)) {
        lower(low, s + w[i - 1].start, w[i - 1].len);
        if (!pith_author_is_weak_stop_word(low->data, low->len))
            break;
        i--;
    }
    return i;
}

/* Where a word glues a stop word or a month to a name, as a scraper joins
 * a byline's spans ("MillerPublished:", "ZeldmanNovember"): the offset of
 * the glued word's capital, after a lower-case letter, or 0. */
static size_t glued_stop(const char *s, size_t n, pith_buf *low)
{
    for (size_t k = 1; k + 1 < n; k++) {
        if (!(s[k - 1] >= 'a' && s[k - 1] <= 'z') || !(s[k] >= 'A' && s[k] <= 'Z'))
            continue;
        lower(low, s + k, n - k);
        size_t ll = low->len;
        while (ll > 0 && (low->data[ll - 1] == ':' || low->data[ll - 1] == ','))
            ll--;
        if (pith_author_is_stop_word(low->data, ll) || pith_date_month_word(low->data, ll))
            return k;
    }
    return 0;
}

/* The first word spelt like a month ("Marta", "June", "May") before a
 * capitalised word that opens no date ("Marta Lindqvist Nov 25, 2025"):
 * a given name, not the date's month ("Dec 17, 2023"). */
static bool given_name_as_month(const char *s, const span *w, size_t nw, size_t i)
{
    if (i != 0 || nw < 2 || !starts_upper(s + w[1].start, w[1].len))
        return false;
    pith_buf next = PITH_BUF_INIT;
    bool date = opens_date(s + w[1].start, w[1].len, &next);
    pith_buf_free(&next);
    return !date;
}

/* The end of the name: before a stop word, before a job title after the
 * name, before a date (a word with a digit that is no account name, or a
 * month name with a digit after it). */
static size_t name_end(const char *s, size_t len, pith_buf *low, bool *job_cut)
{
    *job_cut = false;
    span w[MAX_WORDS];
    size_t nw = words_of(s, len, w, MAX_WORDS);
    bool capitalised = nw > 0 && starts_upper(s + w[0].start, w[0].len);
    size_t digit_word = nw;
    for (size_t i = 0; i < nw && digit_word == nw; i++)
        for (size_t k = 0; k < w[i].len && !handle_word(s + w[i].start, w[i].len); k++)
            if (s[w[i].start + k] >= '0' && s[w[i].start + k] <= '9') {
                digit_word = i;
                break;
            }
    for (size_t i = 0; i < nw; i++) {
        if (i == digit_word)
            return w[i].start;
        size_t glued = i > 0 ? glued_stop(s + w[i].start, w[i].len, low) : 0;
        if (glued)
            return w[i].start + glued;
        lower(low, s + w[i].start, w[i].len);
        size_t ll = low->len;
        while (ll > 0 && (low->data[ll - 1] == ':' || low->data[ll - 1] == '.' ||
                          low->data[ll - 1] == ','))
            ll--;
        if (pith_author_is_stop_word(low->data, ll))
            return w[i].start; /* at 0: "Share this", "Updated 3 hours ago" */
        /* In a capitalised name, a lower-case word of four letters or more
         * that is no particle ends it: "Moritz Bachmann publiziert",
         * "Harbour News wire services" (but "Contributors to Example Wiki"). */
        if (i > 0 && capitalised && ll >= 4 && starts_lower(s + w[i].start, w[i].len) &&
            !pith_author_is_particle(low->data, ll)) {
            /* "EdTech Content writer": a job title, not a name */
            *job_cut = pith_author_is_job_word(low->data, ll);
            size_t cut = before_linking_words(s, w, i, low);
            /* "Personal finance", "Growth marketing": one capitalised word
             * opening a phrase of the page, not a name */
            return cut == 1 && i == 1 ? 0 : w[cut].start;
        }
        /* "Max Mustermann aus Berlin" (but "Lula da Silva": "da" is a
         * particle too) */
        if (i > 1 && capitalised && starts_lower(s + w[i].start, w[i].len) &&
            pith_author_is_place_word(low->data, ll) && !pith_author_is_particle(low->data, ll))
            return w[i].start;
        /* "Sun Dec 10, 2023", "Sat, 13 Dec": a week day that opens a date
         * (but "Sun Li 2019": a name, as no month or day follows it) */
        if (pith_date_weekday_word(low->data, ll) && i + 1 < nw &&
            opens_date(s + w[i + 1].start, w[i + 1].len, low))
            return w[i].start;
        bool date_follows = digit_word < nw || date_word_after(s, w, nw, i, low);
        bool month = pith_date_month_word(low->data, ll) && !given_name_as_month(s, w, nw, i);
        if (date_follows && (month || (i > 0 && pith_author_is_weak_stop_word(low->data, ll))))
            return w[i].start;
        if (i >= 1 && hyphen_job(low->data, ll))
            return w[i].start; /* "Ana Lima Editor-at-large" */
        if (i >= 1 && !starts_upper(s + w[i].start, w[i].len) &&
            !starts_lower(s + w[i].start, w[i].len) && pith_author_is_job_word(low->data, ll))
            return w[i].start; /* "홍길동 기자", "山田太郎 記者" */
        if (i >= 2 && all_upper(s + w[i].start, w[i].len) && pith_author_is_agency(low->data, ll))
            return w[i].start; /* "Matti Meikäläinen STT" */
        /* "Great Day Editorial Team": a group's credit, the group's word
         * its last ("Ben Silverman Games Editor" loses its title) */
        if (i >= 2 && i + 1 == nw && is_group_word(low->data, ll))
            continue;
        if (i >= 2 && pith_author_is_job_word(low->data, ll)) {
            /* "Ben Silverman Games Editor": the desk goes with the title */
            size_t cut = i;
            while (cut > 2) {
                lower(low, s + w[cut - 1].start, w[cut - 1].len);
                if (!pith_author_is_job_word(low->data, low->len))
                    break;
                cut--;
            }
            *job_cut = true;
            return w[cut].start;
        }
    }
    return len;
}

/* "Md Rafiq Hasan": "Md" (Muhammad, in South Asian names) written in
 * title case before two more words opens the name; the doctor's "MD"
 * comes after it. */
static bool given_name_md(const char *w, size_t n, size_t words_left)
{
    return words_left >= 3 && n >= 2 && w[0] == 'M' && w[1] == 'd' &&
           (n == 2 || (n == 3 && w[2] == '.'));
}

/* Skip leading job words ("Senior Reporter Jane Doe" is rare, "Staff").
 * all_jobs: the part holds no name; desk: job words and one more word
 * ("Business Insider", "News Nation"), a desk's or a paper's name. */
static void skip_job_words(const char *s, size_t *start, size_t *len, pith_buf *low,
                           bool first, bool *all_jobs, bool *desk)
{
    span w[MAX_WORDS];
    size_t nw = words_of(s + *start, *len, w, MAX_WORDS);
    size_t k = 0;
    while (k < nw && !given_name_md(s + *start + w[k].start, w[k].len, nw - k)) {
        lower(low, s + *start + w[k].start, w[k].len);
        if (!pith_author_is_job_word(low->data, low->len))
            break;
        k++;
    }
    *all_jobs = nw > 0 && k == nw;
    /* After a name, one word and a job title ("Jane Doe | Harbour Health
     * News") is the desk, not a second author; alone ("BBC News") it is
     * all the page gives. */
    size_t trailing = nw;
    while (trailing > 1) {
        lower(low, s + *start + w[trailing - 1].start, w[trailing - 1].len);
        if (!pith_author_is_job_word(low->data, low->len))
            break;
        trailing--;
    }
    if (nw > 1 && trailing == 1 && !first)
        *all_jobs = true;
    /* What follows a job title is a name only when it looks like one:
     * "Senior Reporter Jane Doe", not "envoyé spécial à Kyiv". */
    for (size_t j = k; k > 0 && j < nw; j++)
        if (starts_lower(s + *start + w[j].start, w[j].len))
            *all_jobs = true;
    /* "Business Insider" is a desk; "本报记者 张三" is a name after a title */
    bool cased = k < nw && starts_upper(s + *start + w[k].start, w[k].len);
    *desk = k > 0 && k + 1 == nw && cased;
    if (k > 0 && (k + 1 < nw || (k + 1 == nw && !cased))) {
        size_t off = w[k].start;
        *start += off;
        *len -= off;
    }
}

static size_t count_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* Letters: any, and upper-case Latin ones. */
static void letter_stats(const char *s, size_t n, size_t *letters, size_t *upper,
                         size_t *lowers)
{
    *letters = *upper = *lowers = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (pith_is_word_cp(cp) && !(cp >= '0' && cp <= '9')) {
            (*letters)++;
            uint32_t lc = pith_lower_cp(cp);
            if (lc != cp)
                (*upper)++;
            else if (cp < 0x250)
                (*lowers)++;
        }
        i += (size_t)k;
    }
}

/* A name in Latin script capitalises its words, particles aside ("Siamo
 * un gruppo" is a sentence); one written all in lower case is accepted. */
static bool name_casing(const char *s, size_t len, const span *w, size_t nw, pith_buf *low)
{
    size_t capital = 0, small = 0;
    for (size_t i = 0; i < nw; i++) {
        const char *word = s + w[i].start;
        if (starts_upper(word, w[i].len)) {
            capital++;
        } else if (w[i].len > 1 && starts_lower(word, w[i].len)) {
            lower(low, word, w[i].len);
            if (!pith_author_is_particle(low->data, low->len))
                small++;
        }
    }
    (void)len;
    return small == 0 || capital == 0;
}

#define PHRASE_MIN_WORDS 3 /* "jane doe" is a name, "consider other sources" a phrase */

/* All in lower case, with three words or more that are no particles
 * ("adopting these strategies", "high level of security"): a phrase of
 * the text a byline pattern caught, not a name. */
static bool lower_case_phrase(const char *s, const span *w, size_t nw, pith_buf *low)
{
    size_t words = 0;
    for (size_t i = 0; i < nw; i++) {
        if (!starts_lower(s + w[i].start, w[i].len))
            return false;
        lower(low, s + w[i].start, w[i].len);
        words += !pith_author_is_particle(low->data, low->len);
    }
    return words >= PHRASE_MIN_WORDS;
}

/* The part's last word (w) is a role noun. */
static bool ends_in_role(const char *s, const span *w, pith_buf *low)
{
    lower(low, s + w->start, w->len);
    return pith_author_is_role_noun(low->data, low->len);
}

/* "JANE DOE" -> "Jane Doe" (each word's first letter kept upper case). */
static void recase(const char *s, size_t n, pith_buf *out)
{
    bool word_start = true;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        bool letter = pith_is_word_cp(cp);
        pith_utf8_encode(out, (letter && !word_start) ? pith_lower_cp(cp) : cp);
        word_start = !letter && cp != '\'' && cp != 0x2019;
        i += (size_t)k;
    }
}

typedef enum part_kind {
    PART_NONE,
    PART_PERSON,
    PART_AGENCY,
    PART_TITLE, /* "Head of Marketing": no name, nor are the parts joined to it */
    PART_CREDIT, /* "Reviewed by John Roe": no author, nor what follows it up to a
                  * byline word ("..., MD, on May 3 | By Jane Doe") */
    PART_ROLE    /* "Garden Educator": a role after a name, no author */
} part_kind;

/* "Head of Marketing", "Director of Operations", "directeur de la
 * publication": a job or role word, then "of" (or its like) and the
 * field: a job title after a name. */
static bool titled_role(const char *s, const span *w, size_t nw, pith_buf *low)
{
    static const char *const OF[] = {"of", "de", "di", "für", "van"};
    for (size_t k = 0; k + 1 < nw; k++) {
        lower(low, s + w[k + 1].start, w[k + 1].len);
        bool of = false;
        for (size_t o = 0; o < sizeof OF / sizeof OF[0] && !of; o++)
            of = low->len == strlen(OF[o]) && memcmp(low->data, OF[o], low->len) == 0;
        if (!of)
            continue;
        lower(low, s + w[k].start, w[k].len);
        if (pith_author_is_job_word(low->data, low->len) ||
            pith_author_is_role_noun(low->data, low->len) || hyphen_job(low->data, low->len))
            return true; /* "Co-founder of Quillmore" too */
    }
    return false;
}

/* The number of space-separated words of a cleaned name (NULL: none). */
static size_t word_count(const char *name)
{
    size_t n = 0;
    for (const char *p = name; p && *p;) {
        while (*p == ' ')
            p++;
        if (*p)
            n++;
        while (*p && *p != ' ')
            p++;
    }
    return n;
}

/* Clean one part; the name goes to out. */
/* The part (lower case in low) is a month's or a week day's name alone
 * ("feb", "sat"), cut from a date by the split at its full stop or comma:
 * only when the text (s) holds digits, as "June" alone may be a name. */
static bool date_piece(const char *s, const pith_buf *low)
{
    size_t ll = low->len;
    while (ll > 0 && low->data[ll - 1] == '.')
        ll--;
    return ll && (pith_date_month_word(low->data, ll) || pith_date_weekday_word(low->data, ll)) &&
           strpbrk(s, "0123456789") != NULL;
}

#define FIGURE_LABEL_MAX 16 /* "Reputation:"; a longer text before a colon is no label */

/* "Posts: 116", "Joined: Feb 2019", "Reputation: 7": a label of one word,
 * a colon and a figure, as a forum's card of its poster lists them; a
 * byline's own label ("By:", "Autor:") is no such label.  low is the part
 * in lower case. */
static bool labelled_figure(const char *low, size_t n)
{
    const char *colon = memchr(low, ':', n < FIGURE_LABEL_MAX ? n : FIGURE_LABEL_MAX);
    if (!colon || colon == low || pith_author_prefix_len(low, n) > 0)
        return false;
    for (const char *p = low; p < colon; p++)
        if (!((*p >= 'a' && *p <= 'z') || (unsigned char)*p >= 0x80))
            return false; /* one word of letters */
    for (const char *p = colon + 1; p < low + n; p++)
        if (*p >= '0' && *p <= '9')
            return true;
    return false;
}

/* "2025 Alex David": the year of "Oct 30, 2025 Alex David" that the split
 * at the comma left before the name goes, when a word follows it. */
static void skip_leading_year(const char *s, size_t *start, size_t *len)
{
    const char *w = s + *start;
    size_t n = *len, y = 0;
    while (y < n && y < 4 && w[y] >= '0' && w[y] <= '9')
        y++;
    if (y != 4 || !(w[0] == '1' || w[0] == '2')) /* a date's year: four digits, 1000 to 2999 */
        return;
    while (y < n && (w[y] == ',' || w[y] == '.'))
        y++;
    if (y + 1 >= n || w[y] != ' ')
        return;
    while (y < n && w[y] == ' ')
        y++;
    *start += y;
    *len -= y;
}

static part_kind clean_part(const char *s, size_t start, size_t len, bool first,
                            pith_buf *out, pith_buf *low)
{
    size_t lst = start, llen = len;
    trim(s, &lst, &llen);
    lower(low, s + lst, llen);
    if (low->len && pith_author_credit_len(low->data, low->len))
        return PART_CREDIT; /* "Photos by John Roe", "Editor: Siti Aminah" */
    if (low->len && labelled_figure(low->data, low->len))
        return PART_NONE; /* "Posts: 116": a poster's card */
    strip_prefix(s, &start, &len, low);
    skip_leading_year(s, &start, &len);
    bool job_cut;
    len = name_end(s + start, len, low, &job_cut);
    if (job_cut && !first)
        return PART_NONE; /* "Jane Doe | TX Coast Media for example.com": a desk */
    trim(s, &start, &len);
    bool all_jobs = false, desk = false;
    skip_job_words(s, &start, &len, low, first, &all_jobs, &desk);
    if (len == 0)
        return PART_NONE;
    if (all_jobs)
        return first ? PART_NONE : PART_ROLE; /* "Jane Doe, senior editor" */
    lower(low, s + start, len);
    if (pith_author_is_junk(low->data, low->len) || pith_author_is_prefix(low->data, low->len))
        return PART_NONE;
    if (date_piece(s, low))
        return PART_NONE; /* "Feb" of "Shelby Loos | Feb. 27, 2025" */
    span w[MAX_WORDS];
    size_t nw = words_of(s + start, len, w, MAX_WORDS);
    if (nw > MAX_NAME_WORDS || count_chars(s + start, len) > MAX_NAME_CHARS)
        return PART_NONE;
    size_t letters, upper, lowers;
    letter_stats(s + start, len, &letters, &upper, &lowers);
    if (letters < 2 || !name_casing(s + start, len, w, nw, low) ||
        lower_case_phrase(s + start, w, nw, low))
        return PART_NONE;
    if (!first && nw == 1 && len == 2 && upper == 2)
        return PART_NONE; /* "AtlanG | CO", "Brisbane, AU": a state's or a country's code */
    if (!first && nw > 1 && ends_in_role(s + start, &w[nw - 1], low))
        return PART_ROLE; /* "Paul Frew, Home Security Expert" */
    if (!first && titled_role(s + start, w, nw, low))
        return PART_TITLE; /* "Jane Doe, Head of Marketing and Sales" */
    part_kind kind = desk || pith_author_is_agency(low->data, low->len) ? PART_AGENCY
                                                                        : PART_PERSON;
    if (!first && kind == PART_PERSON) {
        /* "Tom Krisher, AP Auto Writer": an agency's desk, not a person */
        pith_buf word = PITH_BUF_INIT;
        lower(&word, s + start + w[0].start, w[0].len);
        if (pith_author_is_agency(word.data, word.len))
            kind = PART_AGENCY;
        pith_buf_free(&word);
    }
    pith_buf_clear(out);
    /* "JANE DOE" is recased; one word in capitals ("NZP0PPY") is a
     * handle, written as its owner chose */
    if (upper >= 4 && lowers == 0 && kind == PART_PERSON && nw > 1)
        recase(s + start, len, out);
    else
        pith_buf_append(out, s + start, len);
    return kind;
}

/* "Doe, Jane", "Berg, Anouk van den": one surname, a comma, given names, and
 * nothing else that separates names. */
static bool inverted_name(const char *s, size_t n)
{
    const char *comma = memchr(s, ',', n);
    if (!comma || memchr(comma + 1, ',', n - (size_t)(comma + 1 - s)))
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ';' || s[i] == '|' || s[i] == '/' || s[i] == '&')
            return false;
    size_t left = (size_t)(comma - s);
    span w[8];
    if (words_of(s, left, w, 8) != 1)
        return false;
    size_t right = words_of(comma + 1, n - left - 1, w, 8);
    if (right == 0 || right > 3)
        return false;
    pith_buf low = PITH_BUF_INIT;
    lower(&low, s, left);
    bool job = pith_author_is_job_word(low.data, low.len) ||
               pith_author_is_agency(low.data, low.len);
    lower(&low, comma + 1 + w[0].start, w[0].len);
    job = job || pith_author_is_job_word(low.data, low.len) ||
          pith_author_is_agency(low.data, low.len);
    pith_buf_free(&low);
    return !job;
}

/* "（记者 张三）", "[By Jane Doe]": a byline wholly in brackets is read
 * without them (a bracket inside a byline is a note, and goes). */
static void unwrap_brackets(const char *s, size_t *start, size_t *len)
{
    static const uint32_t OPEN[] = {'(', '[', 0xFF08, 0x3010, 0xFF3B};
    static const uint32_t CLOSE[] = {')', ']', 0xFF09, 0x3011, 0xFF3D};
    if (!s || *len < 2)
        return;
    uint32_t first, last;
    int kf = pith_utf8_decode(s + *start, *len, &first);
    size_t k = *start + *len - 1;
    while (k > *start && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    int kl = pith_utf8_decode(s + k, *start + *len - k, &last);
    for (size_t b = 0; b < sizeof OPEN / sizeof OPEN[0]; b++) {
        if (first != OPEN[b] || last != CLOSE[b] || (size_t)(kf + kl) > *len)
            continue;
        for (size_t i = *start + (size_t)kf; i < k;) { /* no other bracket closes inside */
            uint32_t cp;
            i += (size_t)pith_utf8_decode(s + i, k - i, &cp);
            if (cp == CLOSE[b])
                return;
        }
        *start += (size_t)kf;
        *len = k - *start;
        return;
    }
}

/* Does the part open with a lower-case word that leads to a place ("de
 * Brasília", "aus Berlin")? */
static bool opens_place(const char *s, span part)
{
    size_t st = part.start, len = part.len;
    trim(s, &st, &len);
    size_t w = 0;
    while (w < len && s[st + w] != ' ')
        w++;
    if (w == 0 || w == len || !starts_lower(s + st, len))
        return false;
    pith_buf low = PITH_BUF_INIT;
    lower(&low, s + st, w);
    bool yes = pith_author_is_place_word(low.data, low.len);
    pith_buf_free(&low);
    return yes;
}

/* Does the part open with a byline word ("By", "Written by")? */
static bool opens_with_prefix(const char *s, span part, pith_buf *low)
{
    size_t st = part.start, len = part.len;
    trim(s, &st, &len);
    lower(low, s + st, len);
    return low->len && pith_author_prefix_len(low->data, low->len) > 0;
}

/* ----------------------------------------------------------------- add */

/* Does a comma end the part ("Jane Doe, Staff Writer, and John Roe": a
 * list of names goes on; "senior editor and fountain pen enthusiast": the title
 * does)? */
static bool comma_before(const char *s, span part)
{
    return s[part.start + part.len] == ',';
}

/* A cleaned name with letters in lower case only ("colony sims",
 * "laptops"): after a full name in the same byline, the words of a bio (a
 * topic, a trade, an object), not a co-author's name; a handle alone
 * ("msmash") stays as the first name. */
static bool in_lower_case(const char *name)
{
    size_t letters, upper, lowers;
    letter_stats(name, strlen(name), &letters, &upper, &lowers);
    return upper == 0 && lowers > 0 && letters == lowers;
}

static bool has_name(const pith_authors *a, const char *name, size_t n, pith_buf *low)
{
    pith_buf mine = PITH_BUF_INIT;
    lower(&mine, name, n);
    bool found = false;
    for (size_t i = 0; i < a->n && !found; i++) {
        const char *other = pith_authors_get(a, i);
        lower(low, other, strlen(other));
        found = low->len == mine.len && memcmp(low->data, mine.data, mine.len) == 0;
    }
    pith_buf_free(&mine);
    return found;
}

/* Push one name, its characters encoded twice decoded back ("JaroÅ„" is
 * "Jaroń" read as windows-1252 and encoded again, util/misread.h): a name
 * holds no such run, so one alone is enough to repair it. */
static void push_name(pith_authors *a, const char *name, size_t n, pith_buf *low)
{
    if (a->n >= PITH_AUTHORS_MAX || has_name(a, name, n, low))
        return;
    size_t at = a->text.len;
    pith_misread_repair(&a->text, name, n);
    pith_buf_putc(&a->text, '\0');
    if (a->text.oom)
        return;
    a->start[a->n++] = at;
}

/* "张三 李四": Chinese names of two to four characters, written with
 * spaces between them, are several names. */
static bool han_names(const char *s, size_t n)
{
    span w[MAX_WORDS];
    size_t nw = words_of(s, n, w, MAX_WORDS);
    if (nw < 2)
        return false;
    for (size_t k = 0; k < nw; k++) {
        size_t chars = 0, i = w[k].start, e = w[k].start + w[k].len;
        while (i < e) {
            uint32_t cp;
            i += (size_t)pith_utf8_decode(s + i, e - i, &cp);
            if (!(cp >= 0x4E00 && cp <= 0x9FFF))
                return false;
            chars++;
        }
        if (chars < 2 || chars > 4)
            return false;
    }
    return true;
}

/* Push one cleaned name, or each of a list of Chinese names; returns how
 * many names it held. */
static size_t push_names(pith_authors *a, const char *name, size_t n, pith_buf *low)
{
    if (!han_names(name, n)) {
        push_name(a, name, n, low);
        return 1;
    }
    span w[MAX_WORDS];
    size_t nw = words_of(name, n, w, MAX_WORDS);
    for (size_t k = 0; k < nw; k++)
        push_name(a, name + w[k].start, w[k].len, low);
    return nw;
}

void pith_authors_add_exact(pith_authors *a, const char *name, size_t n)
{
    pith_buf squashed = PITH_BUF_INIT, low = PITH_BUF_INIT;
    pith_meta_squash(&squashed, name, n);
    if (squashed.len && !squashed.oom && !drop_token(squashed.data, squashed.len))
        push_name(a, squashed.data, squashed.len, &low);
    pith_buf_free(&squashed);
    pith_buf_free(&low);
}

bool pith_author_desk_credit(const char *raw, size_t n)
{
    pith_buf squashed = PITH_BUF_INIT, low = PITH_BUF_INIT;
    pith_meta_squash(&squashed, raw, n);
    lower(&low, squashed.data ? squashed.data : "", squashed.len);
    bool desk = !squashed.oom && !low.oom && pith_author_is_desk(low.data, low.len);
    pith_buf_free(&squashed);
    pith_buf_free(&low);
    return desk;
}

/* What parts a byline's spans from each other and from the line's ends
 * ("| | Newsdesk | |", "By: Our Staff ·"). */
static bool byline_filler(char c)
{
    return c == ' ' || c == '|' || c == ':' || c == ',' || c == '-';
}

bool pith_author_shown_desk(const char *raw, size_t n, pith_buf *out)
{
    pith_buf squashed = PITH_BUF_INIT;
    pith_meta_squash(&squashed, raw, n);
    const char *t = squashed.data ? squashed.data : "";
    size_t st = 0, end = squashed.len;
    while (st < end && byline_filler(t[st]))
        st++;
    char low[PITH_BYLINE_LABEL_READ];
    size_t ln = pith_ascii_lower_copy(low, sizeof low, t + st, end - st);
    st += pith_author_prefix_len(low, ln);
    while (st < end && byline_filler(t[st]))
        st++;
    while (end > st && byline_filler(t[end - 1]))
        end--;
    /* one credit, no person's name in it ("Jane Doe Staff" is hers) */
    bool desk = !squashed.oom && end > st && !memchr(t + st, ',', end - st) &&
                !memchr(t + st, '|', end - st) && pith_author_desk_credit(t + st, end - st);
    if (desk) {
        pith_authors a;
        pith_authors_init(&a);
        pith_authors_add(&a, t + st, end - st);
        for (size_t i = 0; i < a.n && desk; i++)
            desk = !pith_author_is_person_name(pith_authors_get(&a, i),
                                               strlen(pith_authors_get(&a, i)));
        pith_authors_free(&a);
    }
    size_t letters, upper, lowers;
    letter_stats(t + st, end - st, &letters, &upper, &lowers);
    if (desk && lowers == 0 && upper > 1)
        recase(t + st, end - st, out); /* "BY CITY DESK STAFF" */
    else if (desk)
        pith_buf_append(out, t + st, end - st);
    pith_buf_free(&squashed);
    return desk;
}

#define COLOPHON_LABELS_MIN 2 /* "design: ..., code: ...": one label may be a byline's */

bool pith_author_colophon(const char *raw, size_t n)
{
    size_t labels = 0;
    for (size_t st = 0; st < n;) {
        const char *comma = memchr(raw + st, ',', n - st);
        size_t end = comma ? (size_t)(comma - raw) : n;
        while (st < end && raw[st] == ' ')
            st++;
        char low[PITH_BYLINE_LABEL_READ];
        size_t ln = pith_ascii_lower_copy(low, sizeof low, raw + st, end - st);
        const char *colon = memchr(low, ':', ln);
        bool word = colon && colon > low;
        for (const char *p = low; word && p < colon; p++)
            word = *p >= 'a' && *p <= 'z';
        /* a role's label ("design:"), not a byline's ("by:", "text:") nor
         * another credit's ("photos:"), which the cleaner reads */
        if (word && pith_author_prefix_len(low, ln) == 0 && pith_author_credit_len(low, ln) == 0)
            labels++;
        st = end + 1;
    }
    return labels >= COLOPHON_LABELS_MIN;
}

bool pith_author_org_credit(const char *raw, size_t n)
{
    pith_buf low = PITH_BUF_INIT;
    lower(&low, raw, n);
    bool org = !low.oom && pith_author_is_org_name(low.data ? low.data : "", low.len);
    pith_buf_free(&low);
    return org;
}

#define PERSON_WORDS_MIN 2 /* "Nora Whitlock" */
#define PERSON_WORDS_MAX 3 /* "Jane A. Doe" */

/* A word of a name as a person writes it: a capital, then letters in
 * lower case, an inner hyphen or apostrophe ("Hartley-Bow",
 * "O'Brien"), none of the possessive of a shop ("Sam's"); or, as the
 * middle one of three, an initial ("A."), the only middle word taken: a
 * third capitalised word is as often a business's ("Todd Parker
 * Home"). */
static bool person_word(const char *w, size_t n, bool inner)
{
    if (inner)
        return n == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.';
    if (!starts_upper(w, n) || (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's'))
        return false;
    bool lower_seen = false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = pith_utf8_decode(w + i, n - i, &cp);
        if (cp == '-' || cp == '\'')
            ; /* inside a name */
        else if (!pith_is_word_cp(cp) || (cp >= '0' && cp <= '9') || cp == '_')
            return false;
        else if (i > 0)
            lower_seen = lower_seen || pith_lower_cp(cp) == cp;
        i += (size_t)k;
    }
    return lower_seen;
}

bool pith_author_is_person_name(const char *s, size_t n)
{
    span w[PERSON_WORDS_MAX + 1];
    size_t nw = words_of(s, n, w, PERSON_WORDS_MAX + 1);
    if (nw < PERSON_WORDS_MIN || nw > PERSON_WORDS_MAX ||
        !pith_rules_is_given_name(s + w[0].start, w[0].len))
        return false;
    for (size_t i = 0; i < nw; i++)
        if (!person_word(s + w[i].start, w[i].len, i > 0 && i + 1 < nw))
            return false;
    return !pith_author_org_credit(s, n);
}

#define LINE_NAME_MIN_WORDS 2 /* the name before a comma: "Jane Doe, MD" */
#define LINE_WORDS_READ 32     /* words of a line read: a name line is short */
#define LINE_LABEL_BYTES 40    /* the line's start read for a credit's label */

#define NAME_PART_MAX_CHARS 20 /* the longest run of letters a surname's
                                  part holds ("Papadimitriou", 13; the parts
                                  of "Hartley-Bow" are counted apart): a
                                  longer run is a name a scraper glued the
                                  next words onto ("Doethoughtsportfolio") */

/* Does word w (n bytes) hold a run of letters longer than any name's
 * (NAME_PART_MAX_CHARS)?  Characters are counted, not bytes: a Cyrillic
 * or Greek letter takes two ("Константинопольская", 19 letters). */
static bool overlong_name_part(const char *w, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (pith_utf8_is_continuation((unsigned char)w[i]))
            continue;
        run = w[i] == '-' || w[i] == '\'' || w[i] == ',' || w[i] == '.' ? 0 : run + 1;
        if (run > NAME_PART_MAX_CHARS)
            return true;
    }
    return false;
}

/* Does s[0..n) hold a slash between two letters ("The Daily
 * Planet/Agency", "Jane Doe/Agency")?  A picture's credit is written so,
 * the photographer, the paper and the agency that sold it; a byline
 * joins its names with "and" and commas. */
static bool credit_slash(const char *s, size_t n)
{
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i] == '/' && pith_ascii_is_alpha(s[i - 1]) && pith_ascii_is_alpha(s[i + 1]))
            return true;
    return false;
}

bool pith_author_line_of_names(const char *s, size_t n)
{
    span w[LINE_WORDS_READ];
    size_t nw = words_of(s, n, w, LINE_WORDS_READ);
    char low[LINE_LABEL_BYTES];
    size_t ln = pith_ascii_lower_copy(low, sizeof low, s, n);
    if (credit_slash(s, n) || pith_author_credit_len(low, ln))
        return false; /* a picture's credit ("Photo: Jane Doe", "Jane Doe, Daily Planet/Agency") */
    for (size_t i = 0; i < nw; i++) {
        const char *t = s + w[i].start;
        size_t wl = w[i].len;
        if (overlong_name_part(t, wl))
            return false;
        if (memchr(t, ',', wl) || memchr(t, '(', wl))
            break; /* a role or a place after the name ("Jane Doe, Memorial Hospital") */
        if (i > 0 && pith_author_is_named_after_word(t, wl))
            return false; /* "Jane Doe Prize", "Jane Doe Memorial Lecture" */
    }
    /* a given name and a capitalised word: a person's name, whatever
     * follows it ("Jane Doe in Travel Tips") */
    if (nw >= 2 && pith_rules_is_given_name(s + w[0].start, w[0].len) &&
        starts_upper(s + w[1].start, w[1].len))
        return true;
    bool comma = false;
    for (size_t i = 0; i < nw; i++) {
        const char *t = s + w[i].start;
        size_t wl = w[i].len;
        while (wl > 0 && (t[wl - 1] == ',' || t[wl - 1] == ';'))
            wl--;
        if (wl > 0 && starts_lower(t, wl) && !pith_author_is_name_particle(t, wl) &&
            !(w[i].start > 0 && joiner_len(t - 1, n - w[i].start + 1) == wl + 2))
            return false; /* "of", "content": a phrase's word */
        if (!comma && memchr(t, ',', w[i].len)) {
            comma = true;
            if (i + 1 < LINE_NAME_MIN_WORDS)
                return false; /* "Sicily, Italy" */
        }
    }
    return true;
}

#define GERUND_MIN 5 /* "using"; "ming", "jing" are names */
#define ADVERB_MIN 5  /* "manually"; "lily", "ely" are names */
#define AFTER_BY_MAX 16 /* the longest word of pith_author_is_after_by */

/* Do the words from s[st] to the first comma (or n) make a phrase in
 * lower case ("by attacks against credentials, with attackers"; "by jane
 * doe" is two words, a name written in lower case)? */
static bool lower_words_after(const char *s, size_t st, size_t n)
{
    const char *comma = memchr(s + st, ',', n - st);
    size_t end = comma ? (size_t)(comma - s) : n;
    span w[MAX_WORDS];
    size_t nw = words_of(s + st, end - st, w, MAX_WORDS);
    pith_buf low = PITH_BUF_INIT;
    bool phrase = lower_case_phrase(s + st, w, nw, &low);
    pith_buf_free(&low);
    return phrase;
}

/* "By clicking Subscribe, you agree...", "By default, the value...", "By
 * remaining vigilant, you...", "By manually extracting": "By" and a word
 * in lower case that a comma follows, that ends in "-ing" or "-ly" or
 * that opens three such words ("by attacks against credentials") open an
 * English clause, not a byline ("by jane doe", written all in lower
 * case, is one); so do a number ("by 2032, reflecting...") and the words
 * of pith_author_is_after_by, in lower case or alone, with no capital
 * after them ("By the 17th century", "By Category"; not "By The
 * Associated Press", "by the Lavazza Team"). */
static bool by_clause(const char *s, size_t n)
{
    if (n < 4 || !pith_ascii_iprefix(s, "by "))
        return false;
    size_t i = 3, st;
    while (i < n && s[i] == ' ')
        i++;
    if (i < n && pith_ascii_is_digit(s[i]))
        return true;
    char word[AFTER_BY_MAX];
    size_t wl = 0;
    for (st = i; i < n && pith_ascii_is_alpha(s[i]); i++)
        if (wl < sizeof word)
            word[wl++] = pith_ascii_lower(s[i]);
    size_t len = i - st;
    if (len == 0 || (i < n && s[i] != ',' && s[i] != ' '))
        return false;
    bool lower = s[st] >= 'a' && s[st] <= 'z';
    size_t next = i; /* the next word's first byte */
    while (next < n && s[next] == ' ')
        next++;
    bool name_next = next < n && s[next] >= 'A' && s[next] <= 'Z';
    if ((lower || i == n) && !name_next && len <= sizeof word &&
        pith_author_is_after_by(word, len))
        return true; /* not "By The Associated Press", "By the Quillmore Team" */
    if (!lower)
        return false;
    return (i < n && s[i] == ',') ||
           (len >= GERUND_MIN && memcmp(s + i - 3, "ing", 3) == 0) ||
           (len >= ADVERB_MIN && memcmp(s + i - 2, "ly", 2) == 0) || lower_words_after(s, st, n);
}

size_t pith_authors_add(pith_authors *a, const char *raw, size_t n)
{
    if (!raw || n == 0)
        return 0;
    pith_buf squashed = PITH_BUF_INIT, filtered = PITH_BUF_INIT, low = PITH_BUF_INIT;
    pith_meta_squash(&squashed, raw, n);
    const char *lead = squashed.data ? squashed.data : "";
    size_t lead_len = squashed.len;
    while (lead_len && (*lead == ' ' || *lead == '|')) { /* " | " before a first block */
        lead++;
        lead_len--;
    }
    lower(&low, lead, lead_len);
    if (by_clause(lead, lead_len) || pith_author_is_pitch(low.data ? low.data : "", low.len)) {
        pith_buf_free(&squashed);
        pith_buf_free(&low);
        return 0;
    }
    size_t inner_start = 0, inner_len = squashed.len;
    unwrap_brackets(squashed.data, &inner_start, &inner_len);
    filter_tokens(squashed.data ? squashed.data + inner_start : "", inner_len, &filtered);
    const char *s = filtered.data ? filtered.data : "";
    size_t len = cut_bio(s, filtered.len);

    span parts[MAX_PARTS];
    part_sep seps[MAX_PARTS] = {SEP_MARK};
    size_t np = inverted_name(s, len) ? 1 : split_parts(s, len, parts, seps, MAX_PARTS);
    if (np == 1)
        parts[0] = (span){0, len};
    pith_buf names[MAX_PARTS];
    part_kind kinds[MAX_PARTS];
    bool person = false;
    for (size_t i = 0; i < np; i++) {
        pith_buf_init(&names[i]);
        kinds[i] = clean_part(s, parts[i].start, parts[i].len, !person, &names[i], &low);
        person = person || kinds[i] == PART_PERSON;
    }
    /* One word after a comma or a bar, behind a full name, is a place or
     * a desk ("Von Max Mustermann, Berlin", "María García | Madrid"); after
     * "and" it is a name. */
    bool full_name = false;
    for (size_t i = 0; i < np; i++)
        full_name = full_name || (kinds[i] == PART_PERSON && word_count(names[i].data) >= 2);
    /* "Hanna Pike, Master Beekeeper & Garden Educator": what a
     * role is joined to, after the name, is a role too */
    for (size_t i = 2; i < np; i++)
        if (kinds[i] == PART_ROLE && seps[i] == SEP_JOINER && kinds[i - 1] == PART_PERSON &&
            seps[i - 1] != SEP_JOINER && kinds[i - 2] == PART_PERSON)
            kinds[i - 1] = PART_ROLE;
    /* After a person, what follows a full stop or a dash is where they
     * work or write from ("Tomas Reyd. Coastal Wire International", "Ana
     * Lima — Rio de Janeiro"), and so is a part that opens with "de",
     * "aus", "from"...: not a co-author. */
    size_t count = 0;
    bool person_before = false, in_title = false;
    for (size_t i = 0; i < np; i++) {
        /* "Ida Vos, Ph.D. Director, Applied Statistics": after a person's
         * title, the parts a comma parts from it are its desk or employer,
         * and so are those joined to them ("Sales & Outreach",
         * "Brightwick and Tallow Research Institute"), up to a bar or a new
         * name after ", and" */
        in_title = in_title &&
                   (seps[i] == SEP_MARK ? parts[i].start > 0 && s[parts[i].start - 1] == ',' &&
                                              !opens_with_prefix(s, parts[i], &low)
                                        : seps[i] == SEP_JOINER && !comma_before(s, parts[i - 1]));
        if (in_title && kinds[i] != PART_CREDIT)
            kinds[i] = PART_NONE;
        if (i > 0 && kinds[i - 1] == PART_TITLE && seps[i] == SEP_JOINER)
            kinds[i] = PART_TITLE; /* "... Head of Marketing and Community Development" */
        if (i > 0 && kinds[i - 1] == PART_CREDIT && kinds[i] != PART_CREDIT &&
            !opens_with_prefix(s, parts[i], &low))
            kinds[i] = PART_CREDIT; /* "Reviewed by John Roe, Attorney at Roe & Roe" */
        if (i > 0 && kinds[i - 1] == PART_ROLE && seps[i] == SEP_JOINER &&
            !comma_before(s, parts[i - 1]))
            kinds[i] = PART_ROLE; /* "senior editor and fountain pen enthusiast" */
        if (full_name && i > 0 && seps[i] != SEP_JOINER && kinds[i] == PART_PERSON &&
            word_count(names[i].data) == 1)
            kinds[i] = PART_NONE;
        if (full_name && i > 0 && kinds[i] == PART_PERSON && names[i].data &&
            in_lower_case(names[i].data))
            kinds[i] = PART_NONE; /* "Eli Manikan | Strategy, colony sims": a topic */
        if (person_before && (seps[i] == SEP_PERIOD || seps[i] == SEP_DASH ||
                              (seps[i] != SEP_JOINER && opens_place(s, parts[i]))))
            kinds[i] = PART_NONE;
        in_title = in_title || (person_before && (kinds[i] == PART_ROLE || kinds[i] == PART_TITLE));
        person_before = person_before || kinds[i] == PART_PERSON;
        bool keep = kinds[i] == PART_PERSON || (kinds[i] == PART_AGENCY && !person);
        if (keep && names[i].len && !names[i].oom)
            count += push_names(a, names[i].data, names[i].len, &low);
        pith_buf_free(&names[i]);
    }
    pith_buf_free(&squashed);
    pith_buf_free(&filtered);
    pith_buf_free(&low);
    return count;
}
