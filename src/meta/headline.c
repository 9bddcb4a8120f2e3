/*
 * headline.c — the page's visible headline: the heading a reader sees
 * above the article, which is the article's title even where the <title>
 * element or og:title words it differently for search engines and
 * sharing ("Soil And Compost Trends For 2026 - Leafwise" over
 * the <h1> "Top 10 Soil and Compost Trends to Watch").
 *
 * A page has many headings: the site's banner, widgets ("Related
 * Products", "Search"), a modal's, the article's.  The headline is an
 * <h1> that restates a title the page declares (it shares most words with
 * the <title>, og:title or JSON-LD headline, see HEADING_IN_TITLE),
 * unless hidden, in the comments or a banner (unless it says the title's
 * first part word for word, see banner_says_title): the first one with the
 * article's text (see pith_meta_in_article), else the first one; else,
 * on pages that keep an <h1> for the site (see shows_site), the first
 * such <h2>; else the first <h1> with the article's text, outside asides;
 * else the page's first <h1> outside asides (a listing's).  Only a
 * restating heading is evidence enough to replace a declared title
 * (meta.c).
 */
#include "headline.h"

#include <string.h>

#include "rules/rules.h"
#include "util/ascii.h"
#include "util/fnv.h"
#include "util/url.h"
#include "util/utf8.h"
#include "found.h"
#include "sources.h"
#include "title.h"

#define HEADING_MAX_TEXT 300 /* longer headings are not headlines */
#define MAX_WORDS 64         /* words of a heading or title compared */
#define MAX_PARTS 12         /* parts of a title ("Story | Section | Site") */
#define MAX_HEADINGS 200     /* <h1> and <h2> elements looked at, in order */
/* A heading restates a declared title when it and the title's first parts
 * ("Story" of "Story | Section | Site") share at least half their words
 * both ways: half of the heading's words are the title's ("Top 10 Health
 * and Nutrition Trends to Watch" and "Health And Nutrition Trends For
 * 2026"), and half of the title's are the heading's, so that a name that
 * opens the title ("Lupita Nyong'o" of "Lupita Nyong'o's $150K Pearl
 * Oscar Dress -- STOLEN!!!") or a widget's heading ("Related Products")
 * does not. */
#define HEADING_IN_TITLE 0.5
#define TITLE_IN_HEADING 0.5

/* Class/id words of a heading (or its parent) that holds the site's name
 * rather than the article's title. */
static const char *const BANNER_WORDS[] = {
    "logo", "brand", "masthead", "site-title", "site-name", "sitename", "sitetitle",
};

static bool is_banner(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    for (int up = 0; up < 2 && i != PITH_NO_EL; up++, i = dom->els[i].parent) {
        char norm[256];
        size_t n = pith_meta_class_norm(&dom->els[i], false, norm, sizeof norm);
        if (n && pith_meta_contains_any(norm, n, BANNER_WORDS,
                                        sizeof BANNER_WORDS / sizeof BANNER_WORDS[0]))
            return true;
    }
    return false;
}

/* The words of s, folded (lower case, letters and digits; each CJK
 * character a word of its own), as hashes into w, with the byte offset
 * where each starts in at (when not NULL); returns their count.  FNV-1a
 * over code points, not bytes: its basis and prime, with a step of its own. */
static size_t word_hashes(const char *s, uint32_t *w, size_t *at, size_t cap)
{
    size_t n = strlen(s), i = 0, count = 0, start = 0;
    uint32_t h = PITH_FNV1A_32_BASIS;
    bool in = false;
    while (i < n && count < cap) {
        uint32_t cp;
        size_t here = i;
        i += (size_t)pith_utf8_decode(s + i, n - i, &cp);
        bool word = pith_is_word_cp(cp);
        if (word && !pith_is_cjk_cp(cp)) {
            if (!in)
                start = here;
            h = (h ^ pith_lower_cp(cp)) * PITH_FNV1A_32_PRIME;
            in = true;
            continue;
        }
        if (in) {
            if (at)
                at[count] = start;
            w[count++] = h;
        }
        in = false;
        h = PITH_FNV1A_32_BASIS;
        if (word && count < cap) {
            if (at)
                at[count] = here;
            w[count++] = (cp ^ PITH_FNV1A_32_BASIS) * PITH_FNV1A_32_PRIME;
        }
    }
    if (in && count < cap) {
        if (at)
            at[count] = start;
        w[count++] = h;
    }
    return count;
}

/* A declared title as words, and how many words each run of its first
 * parts holds. */
typedef struct title_words {
    uint32_t w[MAX_WORDS];
    size_t n;
    size_t prefix[MAX_PARTS]; /* words in the parts up to part[k] */
    size_t part[MAX_PARTS];
    size_t n_prefix;
    size_t ends[MAX_PARTS]; /* where each part of the title ends (pith_meta_title_part_ends) */
    size_t n_ends;
    size_t labelled; /* words before the title's first ": " (0: none) */
    bool site[MAX_WORDS]; /* the word names the site's host (see host_words) */
} title_words;

#define HOST_WORDS_MAX 8 /* words of a host name's labels looked at */

/* The words of the host's labels that may name the site ("larkfield" of
 * www.larkfield.co.uk, see pith_meta_host_label_names), as hashes into w;
 * returns their count. */
static size_t host_words(const char *hostname, uint32_t *w)
{
    size_t n = 0;
    const char *last = hostname ? strrchr(hostname, '.') : NULL;
    for (const char *p = hostname; last && p < last && n < HOST_WORDS_MAX;) {
        const char *dot = strchr(p, '.');
        size_t len = (size_t)(dot - p);
        char label[64];
        if (len < sizeof label && pith_meta_host_label_names(p, len)) {
            memcpy(label, p, len);
            label[len] = '\0';
            n += word_hashes(label, w + n, NULL, HOST_WORDS_MAX - n);
        }
        p = dot + 1;
    }
    return n;
}

/* The words of title, with those naming the site's host marked: a shop's
 * "Buy Electric Guitars at Larkfield" over the <h1> "Electric Guitars" says
 * no more of the page than the heading does. */
static void title_words_of(const char *title, const uint32_t *host, size_t n_host, title_words *t)
{
    size_t at[MAX_WORDS];
    t->n = word_hashes(title, t->w, at, MAX_WORDS);
    for (size_t b = 0; b < t->n; b++) {
        t->site[b] = false;
        for (size_t k = 0; k < n_host && !t->site[b]; k++)
            t->site[b] = t->w[b] == host[k];
    }
    const char *colon = strstr(title, ": ");
    t->labelled = 0;
    while (colon && t->labelled < t->n && at[t->labelled] < (size_t)(colon - title))
        t->labelled++;
    size_t np = t->n_ends = pith_meta_title_part_ends(title, t->ends, MAX_PARTS);
    t->n_prefix = 0;
    for (size_t k = 0; k < np; k++) {
        size_t words = 0;
        while (words < t->n && at[words] < t->ends[k])
            words++;
        if (words && (!t->n_prefix || words > t->prefix[t->n_prefix - 1])) {
            t->part[t->n_prefix] = k;
            t->prefix[t->n_prefix++] = words;
        }
    }
    if ((!t->n_prefix || t->prefix[t->n_prefix - 1] < t->n) && t->n_prefix < MAX_PARTS) {
        t->part[t->n_prefix] = np ? np - 1 : 0;
        t->prefix[t->n_prefix++] = t->n;
    }
}

/* How many parts of the title the heading (words hw[0..nh)) restates
 * (see HEADING_IN_TITLE): the fewest that it does; 0 when it restates
 * none. */
static size_t restates_title(const uint32_t *hw, size_t nh, const title_words *t)
{
    if (!nh || !t->n)
        return 0;
    /* first[a]: where the heading's word a first occurs in the title;
     * in_heading[b]: the title's word b is one of the heading's */
    size_t first[MAX_WORDS];
    bool in_heading[MAX_WORDS];
    for (size_t b = 0; b < t->n; b++)
        in_heading[b] = false;
    for (size_t a = 0; a < nh; a++) {
        first[a] = t->n;
        for (size_t b = 0; b < t->n; b++)
            if (hw[a] == t->w[b]) {
                if (first[a] == t->n)
                    first[a] = b;
                in_heading[b] = true;
            }
    }
    for (size_t k = 0; k < t->n_prefix; k++) {
        size_t m = t->prefix[k], heading_in = 0, title_in = 0, own = 0;
        for (size_t a = 0; a < nh; a++)
            heading_in += first[a] < m;
        for (size_t b = 0; b < m; b++)
            if (!t->site[b]) { /* the host's name is no word of the page's */
                own++;
                title_in += in_heading[b];
            }
        if ((double)heading_in >= HEADING_IN_TITLE * (double)nh && own &&
            (double)title_in >= TITLE_IN_HEADING * (double)own)
            return t->part[k] + 1;
    }
    return 0;
}

size_t pith_meta_word_count(const char *s)
{
    uint32_t w[MAX_WORDS];
    return word_hashes(s, w, NULL, MAX_WORDS);
}

bool pith_meta_shares_a_word(const char *a, const char *b)
{
    uint32_t wa[MAX_WORDS], wb[MAX_WORDS];
    size_t na = word_hashes(a, wa, NULL, MAX_WORDS), nb = word_hashes(b, wb, NULL, MAX_WORDS);
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (wa[i] == wb[j])
                return true;
    return false;
}

size_t pith_meta_restated_parts(const char *heading, const char *title)
{
    uint32_t hw[MAX_WORDS];
    title_words t;
    size_t nh = word_hashes(heading, hw, NULL, MAX_WORDS);
    title_words_of(title, NULL, 0, &t);
    return restates_title(hw, nh, &t);
}

/* Marks that end a heading as a link to itself ("Installation¶", "Usage
 * #"): documentation generators add them, readers do not read them. */
static const char *const PERMALINK_MARKS[] = {
    "\xC2\xB6",         /* ¶ */
    "#",
    "\xF0\x9F\x94\x97", /* 🔗 */
    "\xC2\xA7",         /* § */
};

static void drop_permalink_mark(pith_buf *text)
{
    for (size_t k = 0; k < sizeof PERMALINK_MARKS / sizeof PERMALINK_MARKS[0]; k++) {
        size_t len = strlen(PERMALINK_MARKS[k]);
        if (text->len > len && memcmp(text->data + text->len - len, PERMALINK_MARKS[k], len) == 0) {
            pith_buf_truncate(text, text->len - len);
            while (text->len && text->data[text->len - 1] == ' ')
                pith_buf_truncate(text, text->len - 1);
            return;
        }
    }
}

/* Element el's text into out when el is classed with one of words (a
 * part of a class name); false, with out untouched, otherwise. */
static bool text_if_classed(const pith_ctx *ctx, uint32_t el, const char *const *words,
                            size_t n_words, pith_buf *out)
{
    if (el == PITH_NO_EL || !pith_meta_class_has_part(&ctx->dom.els[el], words, n_words))
        return false;
    pith_meta_el_text(ctx, el, out, HEADING_MAX_TEXT);
    return true;
}

/* Class words of a short label set before a heading's text ("News",
 * "[Solved]", "Tips/Techniques" in a forum thread's <h1>): a tag of the
 * thread, not a word of its title. */
static const char *const LABEL_WORDS[] = {"label", "prefix", "badge", "flair"};

/* Drops the label that opens heading i's text (its first element, classed
 * as a label, whose text the heading's starts with), with the spaces
 * after it; a heading that is only its label keeps it. */
static void drop_leading_label(const pith_ctx *ctx, uint32_t i, pith_buf *text)
{
    uint32_t first = i + 1 < ctx->dom.els[i].end ? i + 1 : PITH_NO_EL;
    pith_buf label = PITH_BUF_INIT;
    if (!text_if_classed(ctx, first, LABEL_WORDS, sizeof LABEL_WORDS / sizeof LABEL_WORDS[0],
                         &label))
        return;
    size_t cut = label.len;
    if (cut && !label.oom && cut < text->len && memcmp(text->data, label.data, cut) == 0) {
        const unsigned char *t = (const unsigned char *)text->data;
        for (;;) { /* the spaces after it: ' ' or U+00A0 */
            if (cut < text->len && t[cut] == ' ')
                cut++;
            else if (cut + 1 < text->len && t[cut] == 0xC2 && t[cut + 1] == 0xA0)
                cut += 2;
            else
                break;
        }
        if (cut < text->len) {
            memmove(text->data, text->data + cut, text->len - cut);
            pith_buf_truncate(text, text->len - cut);
        }
    }
    pith_buf_free(&label);
}

/* Class words of a tagline set after a product's or a page's name inside
 * its heading (<h1>Black Edition<span class=tagline>Complete meal</span>),
 * shown on a line of its own: the name's strapline, not its words. */
static const char *const TAGLINE_WORDS[] = {"tagline", "strapline"};

/* Drops the tagline that closes heading i's text (its last child element,
 * classed as a tagline, whose text the heading's ends with); a heading
 * that is only its tagline keeps it. */
static void drop_trailing_tagline(const pith_ctx *ctx, uint32_t i, pith_buf *text)
{
    uint32_t last = PITH_NO_EL;
    for (uint32_t k = i + 1; k < ctx->dom.els[i].end; k = ctx->dom.els[k].end)
        last = k;
    pith_buf tagline = PITH_BUF_INIT;
    if (!text_if_classed(ctx, last, TAGLINE_WORDS, sizeof TAGLINE_WORDS / sizeof TAGLINE_WORDS[0],
                         &tagline))
        return;
    size_t n = tagline.len;
    if (n && !tagline.oom && n < text->len &&
        memcmp(text->data + text->len - n, tagline.data, n) == 0)
        pith_buf_truncate(text, text->len - n); /* drop_end_spaces takes the space */
    pith_buf_free(&tagline);
}

#define SECTION_DIGITS_MAX 3 /* "15 - Tutorial"; "2024 - A Year in Review" is a title */

/* Where the section number that opens text ends, with the space or dash
 * after it: "3.1 " (a chapter's numbers, at least two), "15 - " (a
 * number set off by a dash); 0 when none does ("10 Trends in Catering").
 * s holds n bytes and a NUL after them. */
static size_t section_number_end(const char *s, size_t n)
{
    size_t i = 0, groups = 0;
    while (i < n && pith_ascii_is_digit(s[i])) {
        while (i < n && pith_ascii_is_digit(s[i]))
            i++;
        groups++;
        if (i + 1 < n && s[i] == '.' && pith_ascii_is_digit(s[i + 1]))
            i++;
        else
            break;
    }
    if (groups == 0 || i >= n)
        return 0;
    if (i < n && s[i] == '.' && groups >= 2)
        i++; /* "2.4.1." */
    if (groups >= 2 && s[i] == ' ')
        return i + 1;
    if (groups == 1 && i <= SECTION_DIGITS_MAX && i + 3 <= n && memcmp(s + i, " - ", 3) == 0)
        return i + 3;
    return 0;
}

/* Drops a section number that opens a heading ("3.1 Rope Splicing",
 * "15 - Tutorial: Sweep and Loft"): the manual's numbering, not the
 * title's words. */
static void drop_section_number(pith_buf *text)
{
    size_t cut = section_number_end(text->data ? text->data : "", text->len);
    /* words follow, not a version's arrow ("2024.4.4 -> 2024.5.0") */
    if (cut && cut < text->len &&
        (pith_ascii_is_alpha(text->data[cut]) || (unsigned char)text->data[cut] >= 0x80)) {
        memmove(text->data, text->data + cut, text->len - cut);
        pith_buf_truncate(text, text->len - cut);
    }
}

#define SOFT_HYPHEN "\xC2\xAD" /* U+00AD: where a long word may break, unseen */

/* Drops the soft hyphens of text ("Assis&shy;tance"): a line-breaking
 * hint inside a word, which a reader does not see. */
static void drop_soft_hyphens(pith_buf *text)
{
    size_t to = 0;
    for (size_t i = 0; i < text->len; i++) {
        if (i + 1 < text->len && memcmp(text->data + i, SOFT_HYPHEN, 2) == 0)
            i++;
        else
            text->data[to++] = text->data[i];
    }
    pith_buf_truncate(text, to);
}

/* True when s[0..n) is a host name, with a path or not: two labels or
 * more of lower-case letters, digits and '-' joined by dots, the last of
 * letters ("example.com", "github.com/someone"; an aggregator writes
 * hosts in lower case, a name is capitalised: "Next.js"). */
static bool host_name(const char *s, size_t n)
{
    size_t end = 0, dots = 0, last = 0;
    while (end < n && s[end] != '/')
        end++;
    for (size_t i = 0; i < end; i++) {
        if (s[i] == '.') {
            if (i == 0 || s[i - 1] == '.')
                return false;
            dots++;
            last = i + 1;
        } else if ((!pith_ascii_is_alnum(s[i]) && s[i] != '-') || pith_ascii_is_upper(s[i])) {
            return false;
        }
    }
    if (!dots || end - last < 2)
        return false;
    for (size_t i = last; i < end; i++)
        if (!pith_ascii_is_alpha(s[i]))
            return false;
    for (size_t i = end; i < n; i++)
        if (s[i] == ' ')
            return false;
    return true;
}

/* Drops the source an aggregator sets after a story's title, a host name
 * in brackets ("Grads Find Their Degrees No Longer Guarantee Jobs
 * (example.com)"): where the story is, not its words. */
static void drop_source_host(pith_buf *text)
{
    size_t n = text->len;
    if (n < 4 || text->data[n - 1] != ')')
        return;
    size_t open = n - 1;
    while (open > 0 && text->data[open] != '(')
        open--;
    if (open < 2 || text->data[open - 1] != ' ' || !host_name(text->data + open + 1, n - open - 2))
        return;
    while (open > 0 && text->data[open - 1] == ' ')
        open--;
    pith_buf_truncate(text, open);
}

/* Drops the spaces at either end of text (a no-break space, "&nbsp;"
 * after a heading's last word, is one by then: plain_no_break_spaces). */
static void drop_end_spaces(pith_buf *text)
{
    size_t from = 0, to = text->len;
    while (to > from && text->data[to - 1] == ' ')
        to--;
    while (from < to && text->data[from] == ' ')
        from++;
    if (from)
        memmove(text->data, text->data + from, to - from);
    if (from || to < text->len)
        pith_buf_truncate(text, to - from);
}

/* Writes each no-break space (U+00A0) inside text as a space, one
 * where it stands beside a space: the heading's words are kept together
 * on its line, the title's need no such hint ("Assistance&nbsp;Program",
 * "Co-op&nbsp; Trail"). */
static void plain_no_break_spaces(pith_buf *text)
{
    size_t to = 0;
    for (size_t i = 0; i < text->len; i++) {
        bool nbsp = i + 1 < text->len && (unsigned char)text->data[i] == 0xC2 &&
                    (unsigned char)text->data[i + 1] == 0xA0;
        char c = nbsp ? ' ' : text->data[i];
        i += nbsp;
        if (c != ' ' || to == 0 || text->data[to - 1] != ' ')
            text->data[to++] = c;
    }
    pith_buf_truncate(text, to);
}

void pith_meta_heading_marks_off(pith_buf *text)
{
    drop_soft_hyphens(text);
    plain_no_break_spaces(text);
    drop_permalink_mark(text);
    drop_section_number(text);
    drop_end_spaces(text);
    drop_source_host(text);
}

/* True when element i is in the readers' comments: the nearest element
 * at or above it with a class category below <body> has the comments'.
 * The classes of <body> and <html> describe the whole page (WordPress's
 * "has-comments" on every post that has some), not a part of it. */
static bool in_comments(const pith_dom *dom, uint32_t i)
{
    if (dom->els[i].cat_in != PITH_CAT_COMMENTS)
        return false;
    for (; i != PITH_NO_EL && i != dom->body && i != dom->html; i = dom->els[i].parent)
        if (dom->els[i].cat != PITH_CAT_NONE)
            return dom->els[i].cat == PITH_CAT_COMMENTS;
    return false;
}

/* The heading's text into out, or false when it cannot be the headline:
 * empty or too long, hidden, in the comments, or the site's own name.
 * Whether it sits in a banner is the caller's to ask. */
static bool shown_heading_text(pith_ctx *ctx, uint32_t i, const char *const *names,
                               size_t n_names, pith_buf *out)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->text == 0 || el->text > HEADING_MAX_TEXT || (el->flags & PITH_EL_HIDDEN) ||
        in_comments(&ctx->dom, i))
        return false;
    pith_meta_el_text(ctx, i, out, HEADING_MAX_TEXT * 2);
    drop_leading_label(ctx, i, out);
    drop_trailing_tagline(ctx, i, out);
    pith_meta_heading_marks_off(out);
    if (!out->len || out->oom)
        return false;
    for (size_t k = 0; k < n_names; k++)
        if (pith_meta_same_text(out->data, names[k]))
            return false;
    return true;
}

/* As shown_heading_text, and not in a banner. */
static bool heading_text(pith_ctx *ctx, uint32_t i, const char *const *names, size_t n_names,
                         pith_buf *out)
{
    return !is_banner(ctx, i) && shown_heading_text(ctx, i, names, n_names, out);
}

/* A link to the page's home ("/", "https://example.org/"). */
static bool home_link(const pith_el *el)
{
    const char *href = el->tag == GUMBO_TAG_A ? pith_attr(el, "href") : NULL;
    return href && (strcmp(href, "/") == 0 || pith_url_is_home(href));
}

/* An <h1> spent on the site rather than the page: its banner ("logo",
 * "brand" classes), a link to the home page ("<h1><a href="/">Hi, I'm
 * Tomasz</a></h1>"), or the site's name.  Such pages put the headline in
 * an <h2>; elsewhere an <h2> that shares the title's words is a section's
 * ("Why Lumenfold?", "Play Harbor Raiders 3" under "Harbor Raiders 3
 * on Questlane"). */
static bool shows_site(pith_ctx *ctx, uint32_t i, const char *const *names, size_t n_names,
                       pith_buf *text)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->text == 0 || (el->flags & PITH_EL_HIDDEN))
        return false;
    if (is_banner(ctx, i))
        return true;
    for (uint32_t j = i + 1; j < el->end; j++)
        if (home_link(&ctx->dom.els[j]))
            return true;
    pith_meta_el_text(ctx, i, text, HEADING_MAX_TEXT * 2);
    for (size_t k = 0; k < n_names; k++)
        if (pith_meta_same_text(text->data, names[k]))
            return true;
    return false;
}

/* A heading that says a title word for word has this many words at
 * least: a site's name ("Daily Planet" of "Daily Planet - Station to
 * reopen") is often as short. */
#define SAYS_TITLE_MIN_WORDS 3

/* True when the heading (words hw[0..nh)) says a declared title's first
 * parts word for word ("Seals Return to the Bay | Coast News" and "Seals
 * return to the bay"). */
static bool says_title(const uint32_t *hw, size_t nh, const title_words *t)
{
    for (size_t k = 0; k < t->n_prefix && nh >= SAYS_TITLE_MIN_WORDS; k++)
        if (t->prefix[k] == nh && memcmp(hw, t->w, nh * sizeof *hw) == 0)
            return true;
    return false;
}

/* True when the heading (words hw[0..nh)) says, word for word, what a
 * declared title's first parts hold after the label that opens them with
 * a colon ("Home Repair Assistance Program" of "City Building Department:
 * Home Repair Assistance Program | City"): the label names the site or
 * its section. */
static bool says_after_label(const uint32_t *hw, size_t nh, const title_words *t)
{
    if (!t->labelled || nh < SAYS_TITLE_MIN_WORDS)
        return false;
    for (size_t k = 0; k < t->n_prefix; k++)
        if (t->prefix[k] == t->labelled + nh &&
            memcmp(hw, t->w + t->labelled, nh * sizeof *hw) == 0)
            return true;
    return false;
}

/* True when the heading restates one of the declared titles; *says
 * tells whether it says one word for word. */
static bool restates_any(const pith_buf *heading, const title_words *titles, size_t n_titles,
                         bool *says)
{
    uint32_t hw[MAX_WORDS];
    size_t nh = word_hashes(heading->data, hw, NULL, MAX_WORDS);
    bool restates = false;
    *says = false;
    for (size_t k = 0; k < n_titles && !*says; k++)
        if (restates_title(hw, nh, &titles[k]) > 0) {
            restates = true;
            *says = says_title(hw, nh, &titles[k]);
        } else if (says_after_label(hw, nh, &titles[k])) {
            restates = true;
        }
    return restates;
}

/* True when heading i, in a banner ("masthead", "brand" classes), says a
 * declared title's first part word for word: the page's hero, not the
 * site's name ("<div class=masthead><h1>Cybersecurity Best Practices</h1>"
 * under the <title> "Cybersecurity Best Practices"; not a forum's banner
 * "Tips for Kyoto - Japan Forum" under "Tips for Kyoto - Japan Forum -
 * Example", whose thread has a heading of its own). */
static bool banner_says_title(pith_ctx *ctx, uint32_t i, const title_words *titles,
                              size_t n_declared, const char *const *names, size_t n_names,
                              pith_buf *text)
{
    if (!is_banner(ctx, i) || !shown_heading_text(ctx, i, names, n_names, text))
        return false;
    uint32_t hw[MAX_WORDS];
    size_t nh = word_hashes(text->data, hw, NULL, MAX_WORDS);
    for (size_t k = 0; k < n_declared; k++) {
        title_words first = titles[k];
        first.n_prefix = first.n_prefix ? 1 : 0;
        if (says_title(hw, nh, &first))
            return true;
    }
    return false;
}

/* True when text is a declared title's first parts character for
 * character: of two headings that say the title word for word ("Lumen
 * Lamp - Mini" and "Lumen Lamp – Mini"), the one written as the page
 * declares its title (a layout's copy for small screens often writes it
 * otherwise). */
static bool written_as_declared(const char *text, const char *const *declared,
                                const title_words *titles, size_t n_declared)
{
    size_t n = strlen(text);
    for (size_t k = 0; k < n_declared; k++) {
        const size_t *ends = titles[k].ends;
        for (size_t e = 0; e < titles[k].n_ends && ends[e] <= n; e++)
            if (ends[e] == n && memcmp(text, declared[k], n) == 0)
                return true;
    }
    return false;
}

/* The headline's element (see pith_meta_headline), or PITH_NO_EL; *kind
 * says how it was found.  Headings equal to book count as the site's. */
static uint32_t pick_headline(pith_ctx *ctx, pith_mfound *f, const title_words *titles,
                              const char *const *declared, size_t n_declared,
                              const char *const *names, size_t n_names, const char *book,
                              pith_headline_kind *kind)
{
    const pith_dom *dom = &ctx->dom;
    pith_buf text = PITH_BUF_INIT;
    uint32_t h1 = PITH_NO_EL, h1_with = PITH_NO_EL, h2 = PITH_NO_EL, with_article = PITH_NO_EL;
    /* the first <h1> that says a declared title, or the first one of them
     * written as the title is */
    uint32_t h1_says = PITH_NO_EL;
    bool says_as_written = false; /* h1_says is written as the title is */
    uint32_t h1_any = PITH_NO_EL;  /* the first <h1> outside asides, wherever it is */
    unsigned seen = 0;
    bool site_h1 = false; /* an <h1> shows the site: an <h2> may be the headline */
    /* past the restating <h1> with the article's text, only an <h1> written
     * as the title is, when the one that says it is written otherwise */
    for (uint32_t i = dom->body;
         i < dom->els[dom->body].end &&
         (h1_with == PITH_NO_EL || (h1_says != PITH_NO_EL && !says_as_written)) &&
         seen < MAX_HEADINGS;
         i++) {
        GumboTag tag = (GumboTag)dom->els[i].tag;
        if (tag != GUMBO_TAG_H1 && tag != GUMBO_TAG_H2)
            continue;
        seen++;
        if (tag == GUMBO_TAG_H1 && !site_h1)
            site_h1 = shows_site(ctx, i, names, n_names, &text);
        if (tag == GUMBO_TAG_H2 && h2 != PITH_NO_EL)
            continue;
        if (!heading_text(ctx, i, names, n_names, &text)) {
            if (tag == GUMBO_TAG_H1 && h1_says == PITH_NO_EL &&
                banner_says_title(ctx, i, titles, n_declared, names, n_names, &text))
                h1_says = i;
            continue;
        }
        if (pith_meta_same_text(text.data, book)) {
            site_h1 = site_h1 || tag == GUMBO_TAG_H1; /* the book's banner */
            continue;
        }
        bool with = pith_meta_in_article(ctx, i);
        bool says;
        if (restates_any(&text, titles, n_declared, &says)) {
            if (tag == GUMBO_TAG_H1 && says && !says_as_written) {
                bool as_written = written_as_declared(text.data, declared, titles, n_declared);
                if (h1_says == PITH_NO_EL || as_written)
                    h1_says = i, says_as_written = as_written;
            }
            if (tag == GUMBO_TAG_H2)
                h2 = i;
            else if (with && h1_with == PITH_NO_EL)
                h1_with = i;
            else if (h1 == PITH_NO_EL)
                h1 = i;
        } else if (tag == GUMBO_TAG_H1 && (with_article == PITH_NO_EL || h1_any == PITH_NO_EL) &&
                   !pith_meta_in_aside(ctx, f, i)) {
            if (with && with_article == PITH_NO_EL)
                with_article = i;
            if (h1_any == PITH_NO_EL)
                h1_any = i;
        }
    }
    pith_buf_free(&text);
    /* an <h1> that says a declared title word for word, else a restating
     * <h1> with the article's text (a banner restates the title's site
     * part), else a restating <h1>, or <h2> under an <h1> that shows the
     * site, else the <h1> with the article, else the first <h1> */
    uint32_t pick = h1_says != PITH_NO_EL ? h1_says
                    : h1_with != PITH_NO_EL ? h1_with
                    : h1 != PITH_NO_EL    ? h1
                    : h2 != PITH_NO_EL && site_h1 ? h2
                    : with_article != PITH_NO_EL  ? with_article
                                                  : h1_any;
    *kind = pick == PITH_NO_EL     ? PITH_HEADLINE_NONE
            : pick == with_article ? PITH_HEADLINE_WITH_ARTICLE
            : pick == h1_any       ? PITH_HEADLINE_FIRST
                                   : PITH_HEADLINE_RESTATES;
    return pick;
}

pith_headline_kind pith_meta_headline(pith_ctx *ctx, pith_mfound *f,
                                      const char *const *declared, size_t n_declared,
                                      const char *const *names, size_t n_names, const char *book,
                                      pith_buf *out)
{
    const pith_dom *dom = &ctx->dom;
    pith_buf_clear(out);
    if (dom->body == PITH_NO_EL)
        return PITH_HEADLINE_NONE;
    title_words *titles = n_declared ? pith_arena_alloc(f->arena, n_declared * sizeof *titles)
                                     : NULL;
    if (!titles)
        n_declared = 0;
    uint32_t host[HOST_WORDS_MAX];
    size_t n_host = host_words(ctx->meta.hostname, host);
    for (size_t k = 0; k < n_declared; k++)
        title_words_of(declared[k], host, n_host, &titles[k]);
    pith_headline_kind kind;
    uint32_t pick = pick_headline(ctx, f, titles, declared, n_declared, names, n_names, book,
                                  &kind);
    /* the book's name is the site's when another heading, in the article,
     * is the headline; else it may be the headline itself */
    if (book && (pick == PITH_NO_EL || !pith_meta_in_article(ctx, pick)))
        pick = pick_headline(ctx, f, titles, declared, n_declared, names, n_names, NULL,
                             &kind);
    if (pick == PITH_NO_EL || !shown_heading_text(ctx, pick, names, n_names, out))
        kind = PITH_HEADLINE_NONE;
    return out->oom ? PITH_HEADLINE_NONE : kind;
}
