/*
 * sitename.c — the site's name as the page shows it, for pages that do
 * not declare it (og:site_name, JSON-LD publisher): the text of its logo
 * (an image's alt, a label) or of the link to its home page, and the
 * holder of its copyright line ("© 2025 The Quillmore Company USA. All rights
 * reserved.").  Also the cleaner every site name goes through: "Le
 * Phare.fr", "KTV.COM" lose their domain ending, "Harbour Notes – the boat
 * builder blog" its tagline.
 *
 * What a page shows is weaker evidence than what it declares: the merge
 * (meta.c) takes a shown name when the <title> or the host confirms it,
 * and uses every one to recognise the site's name in titles.
 */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "rules/rules.h"
#include "util/ascii.h"
#include "util/utf8.h"
#include "sitename.h"
#include "sources.h"
#include "title.h"

#define NAME_MAX_BYTES 80    /* longer texts are not a site's name */
#define NAME_MAX_WORDS 6
#define LOGO_MAX_ELEMENTS 40 /* a logo's subtree, elements looked into */
#define MAX_LOGOS 3          /* logos recorded, in the page's order */
#define COPYRIGHT_MAX_TEXT 300

/* Class/id words of a site's logo (parts of a normalised class). */
static const char *const LOGO_WORDS[] = {"logo"}; /* lower case, no '-' (mentions_logo) */

/* Words of a logo's text that are not the name ("Acme logo", "Acme
 * home"). */
static const char *const LOGO_NOISE[] = {"logo", "home", "homepage", "startseite", "accueil",
                                         "inicio", "link", "image", "go to"};

/* Company forms after a copyright holder's name ("Quillmore, LLC", "Lumenfold,
 * Inc."): the legal form, not the site's name. */
static const char *const COMPANY_FORMS[] = {
    "inc", "inc.", "llc", "llc.", "ltd", "ltd.", "limited", "corp", "corp.", "corporation",
    "co.", "gmbh", "ag", "s.a.", "s.l.", "srl", "s.r.l.", "plc", "pty", "b.v.", "a/s", "sarl",
};

/* Domain endings a site's name is written with ("Salon.com", "TMZ.COM"):
 * the last label, when it is one of these or the host's own ending ("Le
 * Monde.fr" on lemonde.fr; "Node.js" keeps its ".js"). */
static const char *const NAME_DOMAIN_ENDINGS[] = {
    "com", "net", "org", "info", "biz", "io", "co", "tv", "news", "online", "blog", "app",
};

/* ------------------------------------------------------------ cleaning */

static bool is_name_space(char c)
{
    return c == ' ';
}

/* Separators between a name and its tagline ("Harbour Notes – the boat
 * builder blog", "Quillmore: Better tools."). */
static const char *const TAGLINE_SEPARATORS[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " \xE2\x80\xA2 ", ": ",
    " : ", " :: ", " powered by ", " Powered by ", " Powered By ",
};

static size_t before_tagline(const char *s, size_t n)
{
    size_t cut = n;
    for (size_t k = 0; k < sizeof TAGLINE_SEPARATORS / sizeof TAGLINE_SEPARATORS[0]; k++) {
        size_t len = strlen(TAGLINE_SEPARATORS[k]);
        for (size_t i = 1; i + len <= cut; i++)
            if (memcmp(s + i, TAGLINE_SEPARATORS[k], len) == 0) {
                cut = i;
                break;
            }
    }
    return cut;
}

/* The host's last label ("fr" of "www.lemonde.fr"), its length in *len. */
static const char *host_ending(const char *hostname, size_t *len)
{
    const char *dot = hostname ? strrchr(hostname, '.') : NULL;
    *len = dot ? strlen(dot + 1) : 0;
    return dot ? dot + 1 : NULL;
}

/* The length of s[0..n) without a domain ending (".com", ".fr"). */
static size_t without_domain_ending(const char *s, size_t n, const char *hostname)
{
    size_t dot = n;
    while (dot > 0 && s[dot - 1] != '.' && pith_ascii_is_alpha(s[dot - 1]))
        dot--;
    if (dot < 3 || s[dot - 1] != '.' || dot == n || s[dot - 2] == ' ')
        return n;
    size_t len = n - dot, host_len;
    const char *host = host_ending(hostname, &host_len);
    bool ending = host && host_len == len && pith_ascii_ieqn(s + dot, host, len);
    for (size_t k = 0; k < sizeof NAME_DOMAIN_ENDINGS / sizeof NAME_DOMAIN_ENDINGS[0] && !ending;
         k++)
        ending = strlen(NAME_DOMAIN_ENDINGS[k]) == len &&
                 pith_ascii_ieqn(s + dot, NAME_DOMAIN_ENDINGS[k], len);
    if (!ending)
        return n;
    /* "bbc.co.uk": a generic second level goes too */
    size_t end = dot - 1, st = end;
    while (st > 0 && s[st - 1] != '.' && pith_ascii_is_alpha(s[st - 1]))
        st--;
    if (st > 1 && s[st - 1] == '.' && end - st <= 3 && end - st >= 2)
        end = st - 1;
    return end;
}

bool pith_meta_is_domain_name(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        if (!pith_ascii_is_alnum(s[i]) && s[i] != '.' && s[i] != '-')
            return false;
    size_t kept = without_domain_ending(s, n, NULL);
    return kept < n && kept > 0;
}

/* The name without the asides in brackets that follow it ("Daniel P. Harrow
 * ( Dan ) ( dharrow )": a nickname, a handle), unless that leaves nothing. */
static size_t before_asides(const char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ')') {
        size_t open = n - 1;
        while (open > 0 && s[open] != '(')
            open--;
        if (s[open] != '(' || open == 0 || !is_name_space(s[open - 1]))
            break;
        size_t end = open;
        while (end > 0 && is_name_space(s[end - 1]))
            end--;
        if (end == 0)
            break;
        n = end;
    }
    return n;
}

/* Does s[0..n) hold a letter or a digit?  A value of punctuation alone
 * ("/", "-", a site builder's placeholder) names no site. */
static bool holds_word_char(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        i += (size_t)pith_utf8_decode(s + i, n - i, &cp);
        if (pith_is_word_cp(cp))
            return true;
    }
    return false;
}

void pith_meta_clean_sitename(const char *name, const char *hostname, pith_buf *out)
{
    pith_buf_clear(out);
    size_t n = strlen(name);
    n = before_tagline(name, n);
    while (n > 0 && is_name_space(name[n - 1]))
        n--;
    n = before_asides(name, n);
    n = without_domain_ending(name, n, hostname);
    if (holds_word_char(name, n))
        pith_buf_append(out, name, n);
}

/* ------------------------------------------------------------ the page */

static bool is_noise_word(const char *s, size_t n, const char *const *words, size_t count)
{
    for (size_t k = 0; k < count; k++)
        if (pith_ascii_ieq_n(s, n, words[k]))
            return true;
    return false;
}

/* Words of text one by one: [*st, *en) the next word (white space
 * separated) from *pos; false at the end. */
static bool next_token(const char *text, size_t n, size_t *pos, size_t *st, size_t *en)
{
    size_t i = *pos;
    while (i < n && text[i] == ' ')
        i++;
    if (i >= n)
        return false;
    *st = i;
    while (i < n && text[i] != ' ')
        i++;
    *en = i;
    *pos = i;
    return true;
}

static size_t count_letters(const char *s, size_t n)
{
    size_t letters = 0, i = 0;
    while (i < n) {
        uint32_t cp;
        i += (size_t)pith_utf8_decode(s + i, n - i, &cp);
        letters += pith_is_word_cp(cp) && !(cp >= '0' && cp <= '9');
    }
    return letters;
}

/* Record a name the page shows, when it looks like one: a few words, with
 * letters. */
static void record_name(pith_mfound *f, pith_msource src, const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '.' || s[n - 1] == ':' ||
                     s[n - 1] == '-' || s[n - 1] == '|'))
        n--;
    while (n > 0 && (*s == ' ' || *s == '-' || *s == '|' || *s == ':')) {
        s++;
        n--;
    }
    size_t words = 0, pos = 0, st, en;
    while (next_token(s, n, &pos, &st, &en))
        words++;
    if (n == 0 || n > NAME_MAX_BYTES || words > NAME_MAX_WORDS || count_letters(s, n) < 2)
        return;
    pith_mfound_add(f, PITH_MF_SITENAME, src, s, n, 0);
}

/* The logo's text without the words that are not its name, into out. */
static void logo_words(const char *text, pith_buf *out)
{
    pith_buf_clear(out);
    size_t n = strlen(text), pos = 0, st, en;
    while (next_token(text, n, &pos, &st, &en)) {
        if (is_noise_word(text + st, en - st, LOGO_NOISE,
                          sizeof LOGO_NOISE / sizeof LOGO_NOISE[0]))
            continue;
        if (out->len)
            pith_buf_putc(out, ' ');
        pith_buf_append(out, text + st, en - st);
    }
}

/* The name a logo element shows: an image's alt text, else its label,
 * else its own short text. */
static bool logo_text(const pith_ctx *ctx, uint32_t i, pith_buf *raw)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[i].end;
    if (end - i > LOGO_MAX_ELEMENTS)
        end = i + LOGO_MAX_ELEMENTS;
    pith_buf_clear(raw);
    for (uint32_t k = i; k < end; k++) {
        const char *alt = dom->els[k].tag == GUMBO_TAG_IMG ? pith_attr(&dom->els[k], "alt") : NULL;
        if (alt && *alt) {
            pith_meta_squash(raw, alt, strlen(alt));
            return raw->len > 0;
        }
    }
    const char *label = pith_attr(&dom->els[i], "aria-label");
    if (!label)
        label = pith_attr(&dom->els[i], "title");
    if (label && *label) {
        pith_meta_squash(raw, label, strlen(label));
        return raw->len > 0;
    }
    if (dom->els[i].text > 0 && dom->els[i].text <= NAME_MAX_BYTES) {
        pith_meta_el_text(ctx, i, raw, NAME_MAX_BYTES * 2);
        return raw->len > 0;
    }
    return false;
}

/* Does the element's class or id hold a logo word, in any case?  Short of
 * it, no part of them is one (normalising only lowers letters and puts '-'
 * between words; the words hold no '-'): the cheap test that spares
 * normalising and splitting the class of every element of the body. */
static bool holds_word(const char *s, const char *word)
{
    /* strchr finds each place the word's first letter stands, in either
     * case, a run of bytes at a time (most classes hold few) */
    size_t n = strlen(word);
    const char firsts[2] = {word[0], (char)(word[0] - 'a' + 'A')};
    for (int c = 0; c < 2; c++)
        for (const char *p = strchr(s, firsts[c]); p; p = strchr(p + 1, firsts[c]))
            if (pith_ascii_ieqn(p, word, n))
                return true;
    return false;
}

static bool mentions_logo(const pith_el *el)
{
    const char *const parts[] = {el->cls, pith_attr(el, "id")};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
        for (size_t w = 0; parts[k] && w < sizeof LOGO_WORDS / sizeof LOGO_WORDS[0]; w++)
            if (holds_word(parts[k], LOGO_WORDS[w]))
                return true;
    return false;
}

static bool is_logo(const pith_el *el)
{
    if (mentions_logo(el) &&
        pith_meta_class_has_part(el, LOGO_WORDS, sizeof LOGO_WORDS / sizeof LOGO_WORDS[0]))
        return true;
    /* a link to the home page */
    const char *href = el->tag == GUMBO_TAG_A ? pith_attr(el, "href") : NULL;
    return href && strcmp(href, "/") == 0;
}

/* Where the copyright line in a block's text starts: the block's start
 * when it is one, else its last "©" (a footer's links, then "Copyright ©
 * 2002-2015 The Quill Works LLC."); n when there is none. */
static size_t copyright_line_at(const char *text, size_t n)
{
    if (n && pith_rules_is_copyright(text, n))
        return 0;
    size_t at = n;
    for (size_t k = 0; k + 2 <= n; k++)
        if (memcmp(text + k, "\xC2\xA9", 2) == 0)
            at = k;
    /* "Copyright © 2015": the line starts at the word before the mark */
    if (at < n && at >= 10 && pith_ascii_ieqn(text + at - 10, "copyright ", 10))
        at -= 10;
    return at < n && pith_rules_is_copyright(text + at, n - at) ? at : n;
}

/* Does one of the links (where their texts start in a line) start at st? */
static bool starts_a_link(size_t st, const size_t *links, size_t n_links)
{
    for (size_t k = 0; k < n_links; k++)
        if (links[k] == st)
            return true;
    return false;
}

/* The holder of a copyright line: after the mark and the years, up to the
 * end of the name ("All rights reserved", a full stop, a bar...), or up to
 * a link that starts after the name's first word (links: where the line's
 * links start): "© Pinecrest College <a>Alder College</a>
 * <a>District</a>" names the one college, the links its sister sites;
 * "© 2025 <a>Nora Whitlock</a>" names the holder in its own link. */
static void copyright_holder(pith_mfound *f, const char *text, size_t n, const size_t *links,
                             size_t n_links)
{
    size_t i = 0;
    /* after the last mark of the line's start ("Copyright © 2025") */
    for (size_t k = 0; k < n && k < 40; k++) {
        if (k + 2 <= n && memcmp(text + k, "\xC2\xA9", 2) == 0)
            i = k + 2;
        else if (k + 3 <= n && pith_ascii_ieqn(text + k, "(c)", 3))
            i = k + 3;
        else if (k + 9 <= n && pith_ascii_ieqn(text + k, "copyright", 9))
            i = k + 9;
    }
    if (i == 0)
        return;
    /* years, ranges, "by", punctuation */
    size_t pos = i, st, en;
    while (next_token(text, n, &pos, &st, &en)) {
        bool year = pith_ascii_is_digit(text[st]);
        const char *w = text + st;
        size_t len = en - st;
        bool filler = pith_ascii_ieq_n(w, len, "by") || pith_ascii_ieq_n(w, len, "-") ||
                      pith_ascii_ieq_n(w, len, "\xE2\x80\x93") ||
                      pith_ascii_ieq_n(w, len, "\xC2\xA9");
        if (!year && !filler)
            break;
        i = en;
    }
    size_t from = i;
    while (from < n && text[from] == ' ')
        from++;
    if (from >= n || pith_ascii_is_digit(text[from]))
        return;
    /* the name ends at a full stop, a comma, a bar or dash, "All rights" */
    size_t to = from, lettered_to = from, words = 0;
    pos = from;
    while (next_token(text, n, &pos, &st, &en) && words < NAME_MAX_WORDS + 1) {
        if (pith_ascii_iprefix_n(text + st, en - st, "all") && words > 0)
            break;
        if (words > 0 && starts_a_link(st, links, n_links)) {
            to = lettered_to; /* a link after the name's start: another
                                 site's; the marks before it ("·") go */
            break;
        }
        if (is_noise_word(text + st, en - st, COMPANY_FORMS,
                          sizeof COMPANY_FORMS / sizeof COMPANY_FORMS[0]) && words > 0)
            break;
        if (pith_ascii_ieq_n(text + st, en - st, "|") ||
            pith_ascii_ieq_n(text + st, en - st, "-") ||
            pith_ascii_ieq_n(text + st, en - st, "\xE2\x80\x93"))
            break;
        to = en;
        if (count_letters(text + st, en - st) || pith_ascii_holds_digit(text + st, en - st))
            lettered_to = en;
        words++;
        char last = text[en - 1];
        if (last == ',' || last == ';' || last == '|' || (last == '.' && en - st > 3))
            break;
    }
    if (words > NAME_MAX_WORDS)
        return;
    record_name(f, PITH_MS_COPYRIGHT, text + from, to - from);
}

/* Inside the element that holds the article's prose: a logo there is a
 * picture of the story's (a banner above it, in the same container on a
 * simple page, is the site's). */
static bool in_prose(const pith_dom *dom, uint32_t i)
{
    return dom->prose != PITH_NO_EL && i >= dom->prose && i < dom->els[dom->prose].end;
}

#define COPYRIGHT_LINKS_MAX 8 /* links read in a copyright line: the name's own, then
                                  its sister sites' or the footer's */

/* Where the texts of block i's links start in raw, its text, counted from
 * byte from (the copyright line's start), into starts (at most
 * COPYRIGHT_LINKS_MAX, each found after the one before); how many. */
static size_t link_starts(const pith_ctx *ctx, uint32_t i, const pith_buf *raw, size_t from,
                          size_t *starts)
{
    const pith_dom *dom = &ctx->dom;
    pith_buf link = PITH_BUF_INIT;
    size_t seen = 0, count = 0;
    for (uint32_t k = i + 1; k < dom->els[i].end && count < COPYRIGHT_LINKS_MAX; k++) {
        if (dom->els[k].tag != GUMBO_TAG_A || dom->els[k].text == 0)
            continue;
        pith_meta_el_text(ctx, k, &link, COPYRIGHT_MAX_TEXT * 2);
        const char *at = link.len && link.len <= raw->len - seen
                             ? memmem(raw->data + seen, raw->len - seen, link.data, link.len)
                             : NULL;
        if (at) {
            seen = (size_t)(at - raw->data);
            if (seen >= from)
                starts[count++] = seen - from;
            seen += link.len;
        }
        k = dom->els[k].end - 1;
    }
    pith_buf_free(&link);
    return count;
}

/* Of the short blocks listed in cands (element numbers, in the page's
 * order), the last that is or holds a copyright line: its holder is
 * recorded.  Read from the last one back, so that a page's many short
 * blocks before its footer are seldom read at all. */
static void last_copyright_line(const pith_ctx *ctx, pith_mfound *f, const pith_buf *cands,
                                pith_buf *raw)
{
    size_t count = cands->len / sizeof(uint32_t);
    for (size_t k = count; k-- > 0;) {
        uint32_t i;
        memcpy(&i, cands->data + k * sizeof i, sizeof i);
        pith_meta_el_text(ctx, i, raw, COPYRIGHT_MAX_TEXT * 2);
        size_t at = copyright_line_at(raw->data ? raw->data : "", raw->len);
        if (at < raw->len) {
            size_t links[COPYRIGHT_LINKS_MAX];
            size_t n_links = link_starts(ctx, i, raw, at, links);
            copyright_holder(f, raw->data + at, raw->len - at, links, n_links);
            return;
        }
    }
}

void pith_meta_from_site_marks(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->body == PITH_NO_EL)
        return;
    pith_buf raw = PITH_BUF_INIT, name = PITH_BUF_INIT, cands = PITH_BUF_INIT;
    unsigned logos = 0;
    for (uint32_t i = dom->body; i < dom->els[dom->body].end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & PITH_EL_HIDDEN) {
            i = el->end - 1;
            continue;
        }
        if (logos < MAX_LOGOS && is_logo(el) && !in_prose(dom, i) &&
            logo_text(ctx, i, &raw)) {
            logo_words(raw.data, &name);
            size_t before = f->count[PITH_MF_SITENAME][PITH_MS_LOGO];
            record_name(f, PITH_MS_LOGO, name.data ? name.data : "", name.len);
            logos += f->count[PITH_MF_SITENAME][PITH_MS_LOGO] > before;
            i = el->end - 1; /* one logo, whatever it holds */
            continue;
        }
        /* a short block that may be or hold a copyright line, in its own
         * text or beside its inner blocks ("<footer>© 2025 Nora Whitlock.
         * <div class=social-links>...</div></footer>"): the inner ones come
         * later in cands and are read first */
        if (el->text > 0 && el->text <= COPYRIGHT_MAX_TEXT && (el->flags & PITH_EL_BLOCK))
            pith_buf_append(&cands, (const char *)&i, sizeof i);
    }
    last_copyright_line(ctx, f, &cands, &raw);
    pith_buf_free(&raw);
    pith_buf_free(&name);
    pith_buf_free(&cands);
}

/* ------------------------------------------------------ as written */

/* Words by which a publication's name grows on its own pages ("BuzzFeed"
 * declared, "BuzzFeed News" written; "Sky" and "Sky News"): the name of
 * its newsroom, not a region ("Pebblework US") nor a section ("Lantern Blog"). */
static const char *const PUBLICATION_WORDS[] = {
    "news", "magazine", "journal", "times", "post", "daily", "weekly", "tribune",
};

static size_t spaces_in(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}

/* Does written hold no ASCII mark the declared name lacks ("Pebblework %"
 * for "Pebblework": a stray sign, not the name)? */
static bool no_new_marks(const char *declared, const char *written)
{
    for (; *written; written++) {
        unsigned char c = (unsigned char)*written;
        if (c < 0x80 && c != ' ' && !pith_ascii_is_alnum((char)c) && !strchr(declared, c))
            return false;
    }
    return true;
}

/* All letters of s in one case ("SIMPLYFOUND", "tastewise"): a name
 * written for machines, not the way the site spells it. */
static bool one_case(const char *s)
{
    bool upper = false, lower = false;
    for (; *s; s++) {
        upper = upper || (*s >= 'A' && *s <= 'Z');
        lower = lower || (*s >= 'a' && *s <= 'z');
    }
    return !(upper && lower);
}

bool pith_meta_name_as_written(const char *declared, const char *written)
{
    if (!declared || !written || strcmp(declared, written) == 0 ||
        strlen(written) > NAME_MAX_BYTES)
        return false;
    if (pith_meta_same_text(declared, written))
        return no_new_marks(declared, written) &&
               (spaces_in(written) > spaces_in(declared) || (one_case(declared) && !one_case(written)));
    if (pith_ascii_iprefix(written, "the ") && pith_meta_same_text(declared, written + 4))
        return true;
    size_t nd = strlen(declared);
    if (!pith_ascii_ieqn(written, declared, nd) || written[nd] != ' ')
        return false;
    const char *more = written + nd + 1;
    return is_noise_word(more, strlen(more), PUBLICATION_WORDS,
                         sizeof PUBLICATION_WORDS / sizeof PUBLICATION_WORDS[0]);
}
