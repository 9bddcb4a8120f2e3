/*
 * markup.c — telling an HTML page from text by its bytes.
 *
 * A page with tags is HTML; text without them (a scraper's output, a
 * text browser's dump, a web archive's text record) is text.  A tag here
 * is "<" or "</" followed by a name of HTML's vocabulary and then ">",
 * "/", or white space: "a < b", "<3", "<insert name here>" or an e-mail
 * address in angle brackets are not.  A doctype, a comment or a tag of the
 * document's frame (<html>, <head>, <body>, <title>, <meta>) right at the
 * start (after a byte-order mark and white space) decides; elsewhere two
 * tags are needed, and one in every 2 KiB at least, so a text that quotes
 * a tag or two stays text, even when it opens with one (a scraper keeps an
 * escaped tracking pixel, "<img height="1" ...>", as the first line).
 * Input that does not open with a tag needs more: tags on one line in four
 * of those that hold something.  A manual's or a tutorial's text quotes
 * tags in its code samples, often one every few hundred bytes, but only on
 * the code's lines, a few in a hundred; a fragment of HTML has them on most
 * of its lines, wherever it breaks them.
 */
#include "markup.h"

#include <string.h>

#include "util/ascii.h"

#define TAGS_NEEDED 2
#define BYTES_PER_TAG 2048 /* fewer tags than one in this many bytes: text */
#define LINES_PER_TAGGED_LINE 4 /* not opening with a tag: fewer lines with tags than
                                 * one in this many (of those not blank) is text */

/* Element names a page's markup is made of (lower case). */
static const char *const TAG_NAMES[] = {
    "html", "head", "body", "title", "meta", "link", "script", "style", "noscript",
    "div", "span", "p", "a", "br", "hr", "img", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "nav", "main", "aside", "form", "input",
    "button", "label", "select", "option", "textarea", "em", "strong", "b", "i", "u",
    "small", "sup", "sub", "blockquote", "pre", "code", "iframe", "figure", "figcaption",
    "picture", "source", "video", "audio", "svg", "time", "center", "font", "base",
};

/* Is there a tag (or a doctype, or a comment) at s[0] == '<'? */
static bool tag_at(const char *s, size_t n)
{
    if (n >= 4 && memcmp(s, "<!--", 4) == 0)
        return true;
    if (n >= 9 && pith_ascii_ieqn(s, "<!doctype", 9))
        return true;
    size_t k = 1;
    if (k < n && s[k] == '/')
        k++;
    size_t start = k;
    while (k < n && pith_ascii_is_alnum(s[k]) && k - start < 12)
        k++;
    size_t len = k - start;
    if (len == 0 || (k < n && !(s[k] == '>' || s[k] == '/' || s[k] == ' ' || s[k] == '\t' ||
                                s[k] == '\n' || s[k] == '\r')))
        return false;
    if (k >= n)
        return false;
    for (size_t t = 0; t < sizeof TAG_NAMES / sizeof TAG_NAMES[0]; t++)
        if (pith_ascii_ieq_n(s + start, len, TAG_NAMES[t]))
            return true;
    return false;
}

/* Names of the document's frame: one of them opening the input decides. */
static const char *const FRAME_NAMES[] = {"html", "head", "body", "title", "meta"};

/* Does the input open with a doctype, a comment or a frame's tag at s? */
static bool frame_at(const char *s, size_t n)
{
    if (!tag_at(s, n))
        return false;
    if (s[1] == '!')
        return true; /* a doctype or a comment */
    for (size_t t = 0; t < sizeof FRAME_NAMES / sizeof FRAME_NAMES[0]; t++) {
        size_t len = strlen(FRAME_NAMES[t]);
        if (n > len + 1 && pith_ascii_ieqn(s + 1, FRAME_NAMES[t], len) &&
            !pith_ascii_is_alnum(s[len + 1]))
            return true;
    }
    return false;
}

/* Are tags on at least one line in LINES_PER_TAGGED_LINE of those that
 * hold more than white space? */
static bool tags_on_many_lines(const char *s, size_t n)
{
    size_t lines = 0, tagged = 0;
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) : n;
        bool blank = true, tag = false;
        for (size_t k = i; k < end && !tag; k++) {
            blank = blank && pith_ascii_is_space(s[k]);
            tag = s[k] == '<' && tag_at(s + k, n - k);
        }
        lines += !blank;
        tagged += tag;
        i = end + 1;
    }
    return tagged * LINES_PER_TAGGED_LINE >= lines;
}

bool pith_input_has_markup(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    if (i < n && s[i] == '<' && frame_at(s + i, n - i))
        return true;
    bool opens_with_tag = i < n && s[i] == '<' && tag_at(s + i, n - i);
    /* markup is dense: a page's tags come every few hundred bytes, a
     * text's mentions of tags are few and far between */
    size_t needed = n / BYTES_PER_TAG > TAGS_NEEDED ? n / BYTES_PER_TAG : TAGS_NEEDED;
    size_t tags = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        i = (size_t)(lt - s);
        if (tag_at(lt, n - i) && ++tags >= needed)
            return opens_with_tag || tags_on_many_lines(s, n);
        i++;
    }
    return false;
}
