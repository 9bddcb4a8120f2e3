/*
 * title.c — the title cleaner (see title.h).
 *
 * "Story title | Site name", "Site name - Story title", "Story title –
 * Section – Site": the title is split at separators written between
 * spaces, and one end is cut when it names the site.  A colon is never a
 * separator: "Review: the new phone" is one title.
 */
#include "title.h"

#include <string.h>

#include "rules/title_parts.h"
#include "util/ascii.h"
#include "util/url.h"
#include "util/utf8.h"
#include "date.h"
#include "found.h"

#define MAX_PARTS 12

/* Separators, each written between two spaces.  The first ones may end a
 * title with any subtitle; the others (dashes, dots, guillemets) are cut
 * only where the part names the site, since they also join a title to its
 * own subtitle ("Weave: Shared Mutable Branches — weave extension"). */
#define HIERARCHY_SEPARATORS 7
static const char *const SEPARATORS[] = {
    "|", "-", "\xE2\x80\x93", "\\", "/", ">", "\xC2\xBB",
    "\xE2\x80\x94", "\xC2\xB7", "\xE2\x80\xA2", "::", "\xC2\xAB", "~", "\xE2\x80\xBA",
    "\xE2\x80\xB9", "//", "\xE2\x80\x95", "\xEF\xBD\x9C", "*", "<", "\xE2\x8B\x86",
};

/* Separators that CJK titles write without spaces: the full-width bar,
 * the CJK "丨" used as one, the presentation-form bar (and "_", see
 * tight_separator_at). */
static const char *const TIGHT_SEPARATORS[] = {
    "\xEF\xBD\x9C", "\xE4\xB8\xA8", "\xEF\xB8\xB1",
};

typedef struct part {
    size_t start, len; /* the text of the part, without the separator */
    bool strong;       /* the separator before the next part is a hierarchy one */
} part;

/* Length of the separator (with its spaces) at s[i] == ' ', 0 if none;
 * *strong tells whether it is one of the hierarchy separators. */
static size_t separator_at(const char *s, size_t n, size_t i, bool *strong)
{
    if (s[i] != ' ')
        return 0;
    char next = i + 1 < n ? s[i + 1] : '\0';
    for (size_t k = 0; k < sizeof SEPARATORS / sizeof SEPARATORS[0]; k++) {
        *strong = k < HIERARCHY_SEPARATORS;
        if (SEPARATORS[k][0] != next)
            continue; /* the first byte first: this runs at every space of every title */
        size_t len = strlen(SEPARATORS[k]);
        if (i + 1 + len < n && memcmp(s + i + 1, SEPARATORS[k], len) == 0 &&
            s[i + 1 + len] == ' ')
            return len + 2;
    }
    return 0;
}

/* Length of a tight separator at s[i] (none when it is spaced: the
 * spaced forms are separator_at's), 0 if none.  Always a hierarchy one.
 * A "_" is one between two non-ASCII characters, with at most a space
 * before it ("新车站将于明年开放_港湾网", "答案很简单 _探索者 _海港网"; never
 * "pith_extract"). */
static size_t tight_separator_at(const char *s, size_t n, size_t i)
{
    if (s[i] == '_') {
        size_t b = i > 0 && s[i - 1] == ' ' ? i - 1 : i; /* where the part before ends */
        bool between = b >= 1 && i + 1 < n && (unsigned char)s[b - 1] >= 0x80 &&
                       (unsigned char)s[i + 1] >= 0x80;
        return between ? 1 : 0;
    }
    if (i == 0 || s[i - 1] == ' ')
        return 0;
    for (size_t k = 0; k < sizeof TIGHT_SEPARATORS / sizeof TIGHT_SEPARATORS[0]; k++) {
        if (TIGHT_SEPARATORS[k][0] != s[i])
            continue;
        size_t len = strlen(TIGHT_SEPARATORS[k]);
        if (i + len < n && memcmp(s + i, TIGHT_SEPARATORS[k], len) == 0 && s[i + len] != ' ')
            return len;
    }
    return 0;
}

static size_t split(const char *s, size_t n, part *parts)
{
    size_t count = 0, st = 0;
    bool strong = false;
    for (size_t i = 0; i < n && count + 1 < MAX_PARTS; i++) {
        /* a spaced separator opens with a space, a tight one with '_' or a
         * non-ASCII byte: other bytes, most of a title, open none */
        unsigned char c = (unsigned char)s[i];
        if (c != ' ' && c != '_' && c < 0x80)
            continue;
        size_t k = separator_at(s, n, i, &strong);
        if (!k && (k = tight_separator_at(s, n, i)) != 0)
            strong = true;
        if (!k)
            continue;
        size_t e = i;
        while (e > st && s[e - 1] == ' ')
            e--; /* the space before a half-spaced separator */
        if (e > st)
            parts[count++] = (part){st, e - st, strong};
        st = i + k;
        i = st - 1;
    }
    if (st < n)
        parts[count++] = (part){st, n - st, false};
    return count;
}

size_t pith_meta_title_part_ends(const char *title, size_t *ends, size_t cap)
{
    part parts[MAX_PARTS];
    size_t np = split(title, strlen(title), parts), n = 0;
    for (size_t k = 0; k < np && n < cap; k++)
        ends[n++] = parts[k].start + parts[k].len;
    return n;
}

bool pith_meta_title_last_part(const char *title, size_t parts, pith_buf *out)
{
    pith_buf_clear(out);
    part p[MAX_PARTS];
    size_t np = split(title, strlen(title), p);
    if (np <= parts || parts == 0)
        return false;
    pith_buf_append(out, title + p[np - 1].start, p[np - 1].len);
    return !out->oom;
}

bool pith_meta_title_site_part(const char *title, const pith_site_names *site, pith_buf *out)
{
    pith_buf_clear(out);
    part p[MAX_PARTS];
    size_t np = split(title, strlen(title), p);
    if (np < 2 || pith_meta_names_site(title + p[0].start, p[0].len, site, false))
        return false;
    pith_buf_append(out, title + p[np - 1].start, p[np - 1].len);
    return !out->oom;
}

/* The symbols that join two words and a name may lose ("Collectibles &
 * Art", "Full-Stack", "Salt + Pepper", "Tools/Parts"). */
static bool is_joiner(char c)
{
    return c == '&' || c == '+' || c == '/' || c == '-';
}

/* True when declared is shown[0..end) with joiners lost (see
 * pith_meta_lost_joiners). */
static bool lost_joiners_to(const char *declared, const char *shown, const char *end)
{
    const char *d = declared, *s = shown;
    bool lost = false;
    while (*d && s < end) {
        if (pith_ascii_lower(*d) == pith_ascii_lower(*s)) {
            d++;
            s++;
        } else if (d > declared && *d == ' ' && is_joiner(*s) && s[1] != ' ') {
            d++; /* "Full Stack" for "Full-Stack" */
            s++;
            lost = true;
        } else if (d > declared && d[-1] == ' ' && is_joiner(*s) && s[1] == ' ') {
            s += 2; /* "Collectibles Art" for "Collectibles & Art" */
            lost = true;
        } else {
            return false;
        }
    }
    return lost && !*d && s == end;
}

bool pith_meta_lost_joiners(const char *declared, const char *shown)
{
    return lost_joiners_to(declared, shown, shown + strlen(shown));
}

/* Trademark signs a heading sets after a name ("Crusher® ANC 2"): the
 * brand's marks, not the name's letters. */
static const char *const TRADEMARK_SIGNS[] = {
    "\xC2\xAE",     /* ® */
    "\xE2\x84\xA2", /* ™ */
    "\xE2\x84\xA0", /* ℠ */
};

/* The length of the trademark sign at s, 0 when there is none. */
static size_t trademark_sign_at(const char *s)
{
    for (size_t k = 0; k < sizeof TRADEMARK_SIGNS / sizeof TRADEMARK_SIGNS[0]; k++) {
        size_t len = strlen(TRADEMARK_SIGNS[k]);
        if (strncmp(s, TRADEMARK_SIGNS[k], len) == 0)
            return len;
    }
    return 0;
}

#define LOST_TO_QUESTION_MARK_MAX 4 /* bytes: one character in UTF-8, or "'s" */

/* Where the run of s (up to end) that a "?" stands for ends: one to
 * LOST_TO_QUESTION_MARK_MAX bytes, no space, up to the byte that follows
 * the "?" in the heading (next); NULL when there is no such run. */
static const char *lost_run_end(const char *s, const char *end, char next)
{
    for (size_t k = 1; k <= LOST_TO_QUESTION_MARK_MAX && s + k <= end; k++) {
        if (s[k - 1] == ' ')
            return NULL;
        if (s + k == end ? next == '\0' : s[k] == next)
            return s + k;
    }
    return NULL;
}

/* True when heading is shown[0..n) with trademark signs added, or with
 * characters lost to "?". */
static bool written_otherwise(const char *heading, const char *shown, size_t n)
{
    const char *h = heading, *s = shown, *end = shown + n, *run;
    bool changed = false;
    while (*h) {
        size_t mark = trademark_sign_at(h);
        if (mark && (s == end || trademark_sign_at(s) != mark)) {
            h += mark;
            changed = true;
        } else if (s < end && *h == *s) {
            h++;
            s++;
        } else if (*h == '?' && s < end && (run = lost_run_end(s, end, h[1])) != NULL) {
            h++;
            s = run;
            changed = true;
        } else {
            return false;
        }
    }
    return changed && s == end;
}

/* True when s[0..n) is a year of this century or the last ("2025"), as a
 * page's edition or date is written; older years are not. */
static bool recent_year(const char *s, size_t n)
{
    if (n != 4 || !((s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')))
        return false;
    for (size_t i = 2; i < 4; i++)
        if (!pith_ascii_is_digit(s[i]))
            return false;
    return true;
}

/* True when s[0..n) is the year a headline is about, as a title sets it
 * after the headline's words: " 2025", " in 2025", " (2025)", " (March
 * 2026)".  A layout's <h1> often leaves it out ("12 Best Hiking
 * Trails" under "12 Best Hiking Trails 2025"); the year says which
 * edition of the list the page is. */
static bool year_after(const char *s, size_t n)
{
    if (n < 5 || s[0] != ' ')
        return false;
    s++, n--;
    if (n > 3 && memcmp(s, "in ", 3) == 0)
        s += 3, n -= 3;
    if (s[0] == '(' && s[n - 1] == ')') {
        s++, n -= 2; /* "(March 2026)": one word of letters may come first */
        size_t word = 0;
        while (word < n && pith_ascii_is_alpha(s[word]))
            word++;
        if (word && word < n && s[word] == ' ')
            s += word + 1, n -= word + 1;
    }
    return recent_year(s, n);
}

#define LIST_COUNT_DIGITS_MAX 3 /* a list's count: "8", "25", "101"; not a year */

/* True when shown[0..n) is heading after a list's count ("8 Recent Trends
 * in Pottery" for the <h1> "Recent Trends in Pottery"): the count is a word
 * of the list's name, which a layout sets apart (a big numeral) or leaves
 * out. */
static bool count_before(const char *heading, const char *shown, size_t n)
{
    size_t d = 0;
    while (d < n && pith_ascii_is_digit(shown[d]))
        d++;
    size_t h = strlen(heading);
    return d && d <= LIST_COUNT_DIGITS_MAX && d < n && shown[d] == ' ' && n - d - 1 == h && h &&
           memcmp(shown + d + 1, heading, h) == 0;
}

size_t pith_meta_title_as_written(const char *heading, const char *shown)
{
    part parts[MAX_PARTS];
    size_t np = split(shown, strlen(shown), parts), h = strlen(heading);
    for (size_t k = 0; k < np; k++) {
        size_t end = parts[k].start + parts[k].len;
        if (written_otherwise(heading, shown, end) || lost_joiners_to(heading, shown, shown + end))
            return end;
        if (k == 0 && ((h < end && memcmp(heading, shown, h) == 0 &&
                        year_after(shown + h, end - h)) ||
                       count_before(heading, shown, end)))
            return end;
    }
    return 0;
}

void pith_meta_fold(const char *s, pith_buf *out)
{
    pith_buf_clear(out);
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (pith_is_word_cp(cp))
            pith_utf8_encode(out, pith_lower_cp(cp));
        i += (size_t)k;
    }
}

bool pith_meta_same_text(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    pith_buf fa = PITH_BUF_INIT, fb = PITH_BUF_INIT;
    pith_meta_fold(a, &fa);
    pith_meta_fold(b, &fb);
    bool same = fa.len == fb.len && fa.len > 0 && memcmp(fa.data, fb.data, fa.len) == 0;
    pith_buf_free(&fa);
    pith_buf_free(&fb);
    return same;
}

/* Words of s[0..n): space-separated runs, where each CJK character
 * counts as a word of its own (titles in Chinese and Japanese have no
 * spaces). */
static size_t count_words(const char *s, size_t n)
{
    size_t words = 0, i = 0;
    bool in = false;
    while (i < n) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (pith_is_cjk_cp(cp)) {
            words++;
            in = false;
        } else {
            bool sp = cp == ' ';
            if (!sp && !in)
                words++;
            in = !sp;
        }
        i += (size_t)k;
    }
    return words;
}

/* A name both a heading and a title open with has this many words at
 * least: a shorter first part is a topic's label ("Brexit - What Happens
 * Next" under "Brexit - The Latest"), not a thing's name. */
#define SHARED_NAME_MIN_WORDS 3

size_t pith_meta_shared_first_part(const char *heading, const char *shown)
{
    part hp[MAX_PARTS], sp[MAX_PARTS];
    size_t nh = split(heading, strlen(heading), hp), ns = split(shown, strlen(shown), sp);
    if (nh < 2 || ns < 2 || hp[0].start != 0 || sp[0].start != 0 ||
        count_words(heading, hp[0].len) < SHARED_NAME_MIN_WORDS)
        return 0;
    pith_buf a = PITH_BUF_INIT, b = PITH_BUF_INIT;
    pith_buf_append(&a, heading, hp[0].len);
    pith_buf_append(&b, shown, sp[0].len);
    bool same_name = pith_meta_same_text(a.data, b.data);
    pith_buf_clear(&a);
    pith_buf_clear(&b);
    pith_buf_append(&a, heading + hp[1].start, hp[1].len);
    pith_buf_append(&b, shown + sp[1].start, sp[1].len);
    pith_buf fa = PITH_BUF_INIT, fb = PITH_BUF_INIT;
    if (!a.oom && !b.oom) { /* out of memory: no data to fold (the page fails) */
        pith_meta_fold(a.data, &fa);
        pith_meta_fold(b.data, &fb);
    }
    size_t common = fa.len < fb.len ? fa.len : fb.len; /* one may open the other */
    bool other = common && !fa.oom && !fb.oom && memcmp(fa.data, fb.data, common) != 0;
    pith_buf_free(&a);
    pith_buf_free(&b);
    pith_buf_free(&fa);
    pith_buf_free(&fb);
    return same_name && other ? hp[0].len : 0;
}

void pith_site_names_add(pith_site_names *site, const char *name)
{
    if (name && *name && site->n < PITH_SITE_NAMES_MAX)
        site->name[site->n++] = name;
}

#define HOST_LABEL_MIN 3     /* "bbc" of bbc.co.uk; shorter labels name nothing */
#define HOST_LABEL_LOOSE 4   /* a label found inside a longer name */
#define SITE_NAME_MAX_WORDS 5

/* Labels of a host that do not name a site: generic second levels
 * ("bbc.co.uk", "gov.br") and the web's own prefixes. */
static const char *const GENERIC_LABELS[] = {
    "www", "com", "co", "org", "net", "gov", "edu", "ac", "or", "ne", "go", "gob", "info",
};

static bool generic_label(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof GENERIC_LABELS / sizeof GENERIC_LABELS[0]; k++)
        if (strlen(GENERIC_LABELS[k]) == n && memcmp(GENERIC_LABELS[k], s, n) == 0)
            return true;
    return false;
}

bool pith_meta_host_label_names(const char *label, size_t len)
{
    return len >= HOST_LABEL_MIN && !generic_label(label, len);
}

/* True when the folded part names a label of the host. */
static bool names_host_label(const pith_buf *folded, const char *hostname, bool loose)
{
    const char *end = hostname + strlen(hostname);
    for (const char *p = hostname; p < end;) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        const char *e = dot ? dot : end;
        size_t len = (size_t)(e - p);
        /* not the top level ("com"), a generic label, or a short one */
        bool usable = e != end && pith_meta_host_label_names(p, len);
        if (usable && folded->len == len && memcmp(folded->data, p, len) == 0)
            return true;
        if (usable && loose && len >= HOST_LABEL_LOOSE && folded->len > len &&
            (memcmp(folded->data, p, len) == 0 ||
             memcmp(folded->data + folded->len - len, p, len) == 0))
            return true;
        p = e + 1;
    }
    return false;
}

bool pith_meta_names_site(const char *p, size_t n, const pith_site_names *site, bool at_end)
{
    pith_buf text = PITH_BUF_INIT, folded = PITH_BUF_INIT, other = PITH_BUF_INIT;
    pith_buf_append(&text, p, n);
    pith_meta_fold(text.data ? text.data : "", &folded);
    bool yes = false;
    if (folded.len >= 2 && !folded.oom) {
        for (size_t k = 0; k < site->n && !yes; k++) {
            pith_meta_fold(site->name[k], &other);
            yes = other.len >= folded.len && memcmp(other.data, folded.data, folded.len) == 0;
        }
        if (!yes && site->hostname) {
            /* "bbc.co.uk" -> "bbccouk"; the part may be "bbc.co.uk" or "BBC" */
            pith_meta_fold(site->hostname, &other);
            yes = (other.len == folded.len && memcmp(other.data, folded.data, other.len) == 0) ||
                  names_host_label(&folded, site->hostname,
                                   at_end && count_words(p, n) <= SITE_NAME_MAX_WORDS);
        }
    }
    pith_buf_free(&text);
    pith_buf_free(&folded);
    pith_buf_free(&other);
    return yes;
}

/* A name the <title>'s shape alone gives is trusted in fewer words than
 * one the page declares: a subtitle is longer. */
#define SHAPE_SITE_NAME_MAX_WORDS 3

bool pith_meta_may_name_site(const char *name)
{
    size_t n = strlen(name), letters = 0, i = 0;
    while (i < n) {
        uint32_t cp;
        i += (size_t)pith_utf8_decode(name + i, n - i, &cp);
        letters += pith_is_word_cp(cp) && !(cp >= '0' && cp <= '9');
    }
    return letters >= 2 && count_words(name, n) <= SHAPE_SITE_NAME_MAX_WORDS;
}

#define MONTH_WORD_MAX 16 /* bytes of a month's name looked up ("septiembre") */

/* True when s[0..n) names a time and nothing else: one year, with a
 * month's name before it or the next year's last two digits after it
 * ("2026", "March 2026", "Dec. 2025", "2025-26"); a title may end with
 * one ("... under $50 - March 2026"), and no site is named so. */
static bool names_a_time(const char *s, size_t n)
{
    size_t i = 0, years = 0, months = 0, others = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == '/' || s[i] == ',' || s[i] == '.'))
            i++;
        size_t start = i;
        while (i < n && s[i] != ' ' && s[i] != '-' && s[i] != '/' && s[i] != ',' && s[i] != '.')
            i++;
        size_t len = i - start;
        if (!len)
            break;
        bool digits = true;
        for (size_t k = start; k < i; k++)
            digits = digits && pith_ascii_is_digit(s[k]);
        char word[MONTH_WORD_MAX];
        if (recent_year(s + start, len)) {
            years++;
        } else if (digits && len == 2 && years) {
            continue; /* "2025-26" */
        } else if (!digits && len < sizeof word && !years) {
            for (size_t k = 0; k < len; k++)
                word[k] = pith_ascii_lower(s[start + k]);
            if (pith_date_month_word(word, len))
                months++;
            else
                others++;
        } else {
            others++;
        }
    }
    return years == 1 && months <= 1 && !others;
}

/* Without a known site name: cut after the last hierarchy separator when
 * at least three words remain, else before the first; but keep the whole
 * title when what remains is four words or fewer (a short title may well
 * be all title), or when what goes is a time, not a name (names_a_time),
 * unless the title is a path of sections and one word went. */
static void cut_by_shape(const char *title, size_t n, const part *parts, size_t np,
                         size_t *from, size_t *to)
{
    size_t last_strong = np, first_strong = np;
    for (size_t k = 0; k + 1 < np; k++)
        if (parts[k].strong) {
            if (first_strong == np)
                first_strong = k;
            last_strong = k;
        }
    if (last_strong == np)
        return;
    size_t a = 0, b = parts[last_strong].start + parts[last_strong].len;
    if (count_words(title, b) < 3) {
        a = parts[first_strong + 1].start;
        b = n;
    }
    size_t kept = count_words(title + a, b - a);
    size_t all = 0;
    bool path = false; /* "Docs / Install / Linux": a path of sections */
    for (size_t k = 0; k < np; k++) {
        all += count_words(title + parts[k].start, parts[k].len);
        size_t gap = k + 1 < np ? parts[k + 1].start - (parts[k].start + parts[k].len) : 0;
        char c = gap == 3 ? title[parts[k].start + parts[k].len + 1] : 0;
        path = path || c == '/' || c == '\\' || c == '>';
    }
    if (kept <= 4 && !(path && kept + 1 == all))
        return;
    size_t tail = parts[last_strong + 1].start;
    if (a == 0 && names_a_time(title + tail, n - tail))
        return;
    *from = a;
    *to = b;
}

#define LABEL_MAX_WORDS 3 /* "Thread:", "Title:", "(example.com) 87" */
#define LABELLED_TITLE_MIN_WORDS 3 /* a shorter title is too often a part of any heading */

/* s with each no-break space (U+00A0) a space, into out. */
static void plain_spaces(const char *s, pith_buf *out)
{
    pith_buf_clear(out);
    for (; *s; s++) {
        if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
            pith_buf_putc(out, ' ');
            s++;
        } else {
            pith_buf_putc(out, *s);
        }
    }
}

/* Is the label (n bytes: what a heading holds before or after a declared
 * title) set off from the title?  One before it ends in a colon ("Blog: ")
 * or is a date ("Dec 18 2025 "); one after it starts with a separator or
 * a bracket (" - Forum", " (example.com) 87"). */
static bool set_off(const char *label, size_t n, bool before)
{
    if (count_words(label, n) > LABEL_MAX_WORDS)
        return false;
    while (before && n > 0 && label[n - 1] == ' ')
        n--;
    pith_date d;
    if (before)
        return n > 1 && (label[n - 1] == ':' || pith_date_parse(label, n, 0, &d));
    bool strong;
    return (n >= 2 && label[0] == ' ' && label[1] == '(') || separator_at(label, n, 0, &strong) > 0;
}

/* Is heading h the title t with a label set off before or after it? */
static bool labelled(const pith_buf *h, const pith_buf *t)
{
    if (!h->len || !t->len || h->oom || t->oom || t->len >= h->len ||
        count_words(t->data, t->len) < LABELLED_TITLE_MIN_WORDS)
        return false;
    const char *at = strstr(h->data, t->data);
    if (!at)
        return false;
    size_t before = (size_t)(at - h->data), after = h->len - before - t->len;
    if (before && after)
        return false; /* words on both sides: a heading of its own */
    return before ? set_off(h->data, before, true) : set_off(at + t->len, after, false);
}

bool pith_meta_heading_labels_title(const char *heading, const char *title)
{
    pith_buf h = PITH_BUF_INIT, t = PITH_BUF_INIT;
    bool yes = false;
    if (heading && title) {
        plain_spaces(heading, &h);
        plain_spaces(title, &t);
        yes = labelled(&h, &t);
    }
    pith_buf_free(&h);
    pith_buf_free(&t);
    return yes;
}

#define BEFORE_BAR_MIN_WORDS 2 /* "Home | Shop" names no headline before its bar */

size_t pith_meta_before_bar(const char *title)
{
    const char *bar = strstr(title, " | ");
    if (!bar)
        return 0;
    size_t n = (size_t)(bar - title);
    while (n > 0 && title[n - 1] == ' ')
        n--;
    return count_words(title, n) >= BEFORE_BAR_MIN_WORDS ? n : 0;
}

size_t pith_meta_before_item_count(const char *title)
{
    size_t n = strlen(title);
    if (n < 2 || title[n - 1] != ')')
        return 0;
    size_t open = n - 1; /* just after the '(' */
    while (open > 0 && title[open - 1] != '(')
        open--;
    if (open < 2 || title[open - 2] != ' ')
        return 0;
    const char *in = title + open;
    size_t len = n - 1 - open, d = 0;
    while (d < len && (pith_ascii_is_digit(in[d]) || (d > 0 && (in[d] == ',' || in[d] == '.'))))
        d++;
    if (d == 0 || d + 1 >= len || in[d] != ' ' ||
        !pith_rules_is_item_count_word(in + d + 1, len - d - 1))
        return 0;
    size_t keep = open - 1;
    while (keep > 0 && title[keep - 1] == ' ')
        keep--;
    return keep;
}

/* Articles a headline opens with ("The Best Desk Lamps" over "Best Desk
 * Lamps"): the heading's own grammar, no lead into a name. */
static const char *const LEAD_ARTICLES[] = {
    "the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "het",
};

static bool is_lead_article(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof LEAD_ARTICLES / sizeof LEAD_ARTICLES[0]; k++)
        if (pith_ascii_ieq_n(s, n, LEAD_ARTICLES[k]))
            return true;
    return false;
}

#define LEAD_TITLE_MIN_WORDS 2 /* "Nord Zero": a lone word may be a section's */
#define LEAD_MAX_WORDS 3       /* a brand, a model, "New": more is a headline's own half */

size_t pith_meta_lead_before(const char *heading, const char *title)
{
    size_t i = strlen(heading), j = strlen(title), words = 0, start = i;
    for (;;) {
        while (i > 0 && !pith_ascii_is_word_byte(heading[i - 1]))
            i--;
        while (j > 0 && !pith_ascii_is_word_byte(title[j - 1]))
            j--;
        if (j == 0)
            break;
        while (i > 0 && j > 0 && pith_ascii_is_word_byte(heading[i - 1]) &&
               pith_ascii_lower(heading[i - 1]) == pith_ascii_lower(title[j - 1])) {
            i--;
            j--;
        }
        if ((i > 0 && pith_ascii_is_word_byte(heading[i - 1])) || (j > 0 && pith_ascii_is_word_byte(title[j - 1])))
            return 0;
        words++;
        start = i; /* where the title's words begin in heading */
    }
    size_t lead = start;
    while (lead > 0 && heading[lead - 1] == ' ')
        lead--;
    if (lead == 0 || lead == start || words < LEAD_TITLE_MIN_WORDS ||
        !pith_ascii_is_word_byte(heading[lead - 1]))
        return 0; /* "The 2024 Awards: The Best Pens", "Git Basics - Branches" */
    size_t lead_words = 0;
    bool letter = false;
    for (size_t k = 0; k < lead; k++) {
        if (pith_ascii_is_word_byte(heading[k]) && (k == 0 || !pith_ascii_is_word_byte(heading[k - 1])))
            lead_words++;
        letter = letter || !pith_ascii_is_digit(heading[k]);
    }
    if (lead_words > LEAD_MAX_WORDS || (lead_words == 1 && is_lead_article(heading, lead)))
        return 0;
    return letter ? lead : 0; /* "8 Recent Trends": the list's count, not a lead */
}

bool pith_meta_site_and_tagline(const char *title, const pith_site_names *site)
{
    if (!title)
        return false;
    part parts[MAX_PARTS];
    size_t np = split(title, strlen(title), parts);
    return np == 2 && pith_meta_names_site(title + parts[0].start, parts[0].len, site, false) &&
           !pith_meta_names_site(title + parts[1].start, parts[1].len, site, true);
}

bool pith_meta_home_title(const char *title, const char *url, const pith_site_names *site)
{
    return url && pith_url_is_home(url) && pith_meta_site_and_tagline(title, site);
}

/* "标题_教育频道_中国青年网" with the site cut: the portal's short channel
 * names behind a tight "_" go too, when the title before them is long.
 * Returns the new end of the kept range [from, to). */
static size_t without_channels(const char *title, const part *parts, size_t np, size_t from,
                               size_t to)
{
    size_t k = np;
    while (k > 0 && parts[k - 1].start + parts[k - 1].len != to)
        k--;
    if (k == 0)
        return to;
    k--; /* parts[k] ends the kept range */
    while (k > 0 && parts[k - 1].start >= from && title[parts[k].start - 1] == '_' &&
           count_words(title + parts[k].start, parts[k].len) <= 6 &&
           count_words(title + from, parts[k - 1].start + parts[k - 1].len - from) > 6) {
        to = parts[k - 1].start + parts[k - 1].len;
        k--;
    }
    return to;
}

/* The end of the kept range [from, to) of title without the call to action
 * that ends it ("Start for Free", see rules/title_parts.c), when a part of
 * the page's own stands before it; else to. */
static size_t without_offer(const char *title, const part *parts, size_t np, size_t from,
                            size_t to)
{
    for (size_t k = 1; k < np; k++)
        if (parts[k].start + parts[k].len == to && parts[k - 1].start >= from &&
            pith_rules_is_call_to_action_part(title + parts[k].start, parts[k].len))
            return parts[k - 1].start + parts[k - 1].len;
    return to;
}

#define FW_LESS "\xEF\xBC\x9C"    /* U+FF1C FULLWIDTH LESS-THAN SIGN */
#define FW_GREATER "\xEF\xBC\x9E" /* U+FF1E FULLWIDTH GREATER-THAN SIGN */
#define IDEOGRAPHIC_SPACE "\xE3\x80\x80"

/* "欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞": a <title> whose last part
 * stands in full-width angle brackets after a space, as Japanese sites
 * write their name.  Puts the name into cut and the title's length
 * without it (and the spaces before it) into *n; false when there is none. */
static bool bracketed_site(const char *title, size_t *n, pith_buf *cut)
{
    size_t len = *n, gl = strlen(FW_GREATER), ll = strlen(FW_LESS);
    if (len < gl + ll + 1 || memcmp(title + len - gl, FW_GREATER, gl) != 0)
        return false;
    const char *open = NULL;
    for (const char *p = title; (p = strstr(p, FW_LESS)) != NULL && p < title + len; p += ll)
        open = p;
    if (!open || open == title)
        return false;
    size_t start = (size_t)(open - title), end = start, sl = strlen(IDEOGRAPHIC_SPACE);
    while (end > 0 && (title[end - 1] == ' ' ||
                       (end >= sl && memcmp(title + end - sl, IDEOGRAPHIC_SPACE, sl) == 0)))
        end -= title[end - 1] == ' ' ? 1 : sl;
    size_t inner = start + ll, inner_len = len - gl - inner;
    if (end == start || end == 0 || inner_len == 0)
        return false; /* no space before it, or nothing else in the title */
    pith_buf_append(cut, title + inner, inner_len);
    *n = end;
    return true;
}

/* The length of the separator and space that open title, 0 when none
 * does: in a <title> ("| Nuts & Bolts Magazine") a template that left the
 * page's part empty; in a heading or a line of text ("» Topic") a mark. */
static size_t leading_separator(const char *title)
{
    for (size_t k = 0; k < sizeof SEPARATORS / sizeof SEPARATORS[0]; k++) {
        size_t len = strlen(SEPARATORS[k]);
        if (strncmp(title, SEPARATORS[k], len) == 0 && title[len] == ' ')
            return len + 1;
    }
    return 0;
}

/* "searching [Quillmore Documentation]", "Weekly Edition [Harbour News]": a title
 * whose last words stand in square brackets after a space, naming the
 * site (a wiki's or a news site's template; "Renovation Costs [2025
 * Data]" keeps its subtitle).  Puts the name into cut and the title's
 * length without it (and the space before it) into *n; false when there
 * is none. */
static bool site_in_square_brackets(const char *title, size_t *n, const pith_site_names *site,
                                    pith_buf *cut)
{
    size_t len = *n;
    if (!site || len < 4 || title[len - 1] != ']')
        return false;
    size_t open = len - 1;
    while (open > 0 && title[open] != '[')
        open--;
    if (open < 2 || title[open - 1] != ' ' || open + 2 >= len)
        return false;
    if (!pith_meta_names_site(title + open + 1, len - open - 2, site, true))
        return false;
    pith_buf_append(cut, title + open + 1, len - open - 2);
    size_t end = open;
    while (end > 0 && title[end - 1] == ' ')
        end--;
    *n = end;
    return end > 0;
}

/* True when every separator between title's parts is a spaced slash
 * ("Topic / Forum / Board"): a path read from the page up to the site,
 * whose middle parts are sections, not the page's words. */
static bool slash_path(const char *title, const part *parts, size_t np)
{
    for (size_t k = 1; k < np; k++) {
        size_t end = parts[k - 1].start + parts[k - 1].len;
        if (parts[k].start - end != 3 || memcmp(title + end, " / ", 3) != 0)
            return false;
    }
    return np > 2;
}

/* The index of the part of title that says what kind of page it is
 * ("Board • View topic - Topic"; see rules/title_parts.c), np when none
 * does. */
static size_t page_kind_part(const char *title, const part *parts, size_t np)
{
    for (size_t k = 0; k + 1 < np; k++)
        if (pith_rules_is_page_kind_part(title + parts[k].start, parts[k].len))
            return k;
    return np;
}

void pith_meta_clean_title(const char *title, const pith_site_names *site,
                           bool is_title_element, pith_buf *out, pith_buf *cut)
{
    pith_buf_clear(out);
    pith_buf_clear(cut);
    size_t n = strlen(title), lead = leading_separator(title);
    if (lead && is_title_element) { /* the page's part is empty: the rest is the site's */
        pith_buf_append(cut, title + lead, n - lead);
        return;
    }
    title += lead; /* elsewhere a mark before the words: "» Topic", "/ Our Work" */
    n -= lead;
    if (is_title_element && (bracketed_site(title, &n, cut) ||
                             site_in_square_brackets(title, &n, site, cut)) && !cut->oom)
        site = NULL; /* the site's part is found: the rest is the title's */
    part parts[MAX_PARTS];
    size_t np = split(title, n, parts), kind = page_kind_part(title, parts, np);
    if (is_title_element && kind > 0 && kind < np) { /* "Board • View topic - Topic" */
        pith_buf_append(cut, title, parts[kind - 1].start + parts[kind - 1].len);
        pith_buf_append(out, title + parts[kind + 1].start, n - parts[kind + 1].start);
        return;
    }
    size_t offered = without_offer(title, parts, np, 0, n); /* "Software - Start for Free" */
    if (offered < n) {
        n = offered;
        np--;
    }
    if (np < 2 || !site) {
        pith_buf_append(out, title, n);
        return;
    }
    const part *first = &parts[0], *last = &parts[np - 1];
    size_t from = 0, to = n; /* the kept range of title */
    if (pith_meta_names_site(title + last->start, last->len, site, true)) {
        to = slash_path(title, parts, np) ? first->start + first->len : parts[np - 2].start + parts[np - 2].len;
        pith_buf_append(cut, title + last->start, last->len);
    } else if (pith_meta_names_site(title + first->start, first->len, site, false)) {
        from = parts[1].start;
        pith_buf_append(cut, title + first->start, first->len);
    } else if (is_title_element) {
        cut_by_shape(title, n, parts, np, &from, &to);
        if (from > 0)
            pith_buf_append(cut, title, parts[0].len);
        else if (to < n)
            pith_buf_append(cut, title + last->start, last->len);
    }
    if (to < n)
        to = without_channels(title, parts, np, from, to);
    to = without_offer(title, parts, np, from, to); /* "Clogs | Free Shipping | Site" */
    pith_buf_append(out, title + from, to - from);
}
