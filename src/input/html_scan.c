/*
 * html_scan.c — the HTML tokenizer's rules for where markup begins and
 * ends (see html_scan.h).  Every rule of the tokenizer that a pass before
 * the parse relies on lives here, once: the passes differ in what they do
 * with a tag, never in where they think it ends.
 */
#include "input/html_scan.h"

#include <string.h>

#include "util/ascii.h"

/* What a byte is to the tag states of the tokenizer, a bit each: looked up
 * once per byte of every tag name, attribute name and unquoted value (the
 * passes before the parse read each tag of a page twice).  The tokenizer's
 * whitespace is HTML's ASCII whitespace (pith_ascii_is_space): CR counts
 * because the input stream turns it into LF before tokenization. */
enum { SPACE = 1, SLASH = 2, GT = 4, EQUALS = 8 };
static const unsigned char BYTE_CLASS[256] = {
    ['\t'] = SPACE, ['\n'] = SPACE, ['\f'] = SPACE, ['\r'] = SPACE, [' '] = SPACE,
    ['/'] = SLASH,   ['>'] = GT,      ['='] = EQUALS,
};

/* Is s[i] one of the bytes of classes? */
static bool byte_is(const char *s, size_t i, unsigned classes)
{
    return (BYTE_CLASS[(unsigned char)s[i]] & classes) != 0;
}

/* Does a tag name end at s[i]: whitespace, '/' or '>' (and not the end of
 * the input)? */
static bool name_ends_at(const char *s, size_t n, size_t i)
{
    return i < n && byte_is(s, i, SPACE | SLASH | GT);
}

pith_html_markup pith_html_markup_at(const char *s, size_t n, size_t i)
{
    if (i + 1 >= n)
        return PITH_HTML_CUT;
    char c = s[i + 1];
    if (pith_ascii_is_alpha(c))
        return PITH_HTML_START_TAG;
    if (c == '/') {
        if (i + 2 >= n)
            return PITH_HTML_CUT;
        if (pith_ascii_is_alpha(s[i + 2]))
            return PITH_HTML_END_TAG;
        return s[i + 2] == '>' ? PITH_HTML_EMPTY_END_TAG : PITH_HTML_BOGUS;
    }
    if (c == '!') {
        if (n - i >= 4 && s[i + 2] == '-' && s[i + 3] == '-')
            return PITH_HTML_COMMENT;
        if (n - i >= 9 && memcmp(s + i + 2, "[CDATA[", 7) == 0)
            return PITH_HTML_CDATA;
        return PITH_HTML_DECLARATION;
    }
    return c == '?' ? PITH_HTML_BOGUS : PITH_HTML_TEXT;
}

size_t pith_html_comment_end(const char *s, size_t n, size_t i)
{
    enum { START, START_DASH, BODY, END_DASH, END, END_BANG } state = START;
    for (; i < n; i++) {
        char c = s[i];
        switch (state) {
        case START:
            if (c == '>')
                return i + 1; /* "<!-->" */
            state = c == '-' ? START_DASH : BODY;
            break;
        case START_DASH:
            if (c == '>')
                return i + 1; /* "<!--->" */
            state = c == '-' ? END : BODY;
            break;
        case BODY: {
            /* Nothing but a '-' leaves the comment state. */
            const char *dash = memchr(s + i, '-', n - i);
            if (!dash)
                return n;
            i = (size_t)(dash - s);
            state = END_DASH;
            break;
        }
        case END_DASH:
            state = c == '-' ? END : BODY;
            break;
        case END:
            if (c == '>')
                return i + 1;
            state = c == '!' ? END_BANG : c == '-' ? END : BODY;
            break;
        case END_BANG:
            if (c == '>')
                return i + 1; /* "--!>" */
            state = c == '-' ? END_DASH : BODY;
            break;
        }
    }
    return n;
}

size_t pith_html_bogus_comment_end(const char *s, size_t n, size_t i)
{
    const char *gt = i < n ? memchr(s + i, '>', n - i) : NULL;
    return gt ? (size_t)(gt - s) + 1 : n;
}

size_t pith_html_cdata_end(const char *s, size_t n, size_t i)
{
    for (; i + 2 < n; i++) {
        const char *gt = memchr(s + i + 2, '>', n - i - 2);
        if (!gt)
            break;
        i = (size_t)(gt - s) - 2;
        if (s[i] == ']' && s[i + 1] == ']')
            return i + 3;
    }
    return n;
}

bool pith_html_end_tag_at(const char *s, size_t n, size_t i, const char *name)
{
    return i + 2 < n && s[i] == '<' && s[i + 1] == '/' &&
           pith_ascii_iprefix_n(s + i + 2, n - i - 2, name) &&
           name_ends_at(s, n, i + 2 + strlen(name));
}

size_t pith_html_raw_text_end(const char *s, size_t n, size_t i, const char *name)
{
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            return n;
        i = (size_t)(lt - s);
        if (pith_html_end_tag_at(s, n, i, name))
            return i;
        i++;
    }
    return n;
}

/* "<script" followed by whitespace, '/' or '>' at s[i]: in escaped script
 * data, the start of the double-escaped states. */
static bool script_start_at(const char *s, size_t n, size_t i)
{
    return s[i] == '<' && pith_ascii_iprefix_n(s + i + 1, n - i - 1, "script") &&
           name_ends_at(s, n, i + 7);
}

size_t pith_html_script_end(const char *s, size_t n, size_t i)
{
    enum { PLAIN, ESCAPED, DOUBLE } level = PLAIN;
    int dashes = 0; /* in an escape: the run of '-' just seen, counted up to 2 */
    while (i < n) {
        if (level == PLAIN) {
            const char *lt = memchr(s + i, '<', n - i);
            if (!lt)
                return n;
            i = (size_t)(lt - s);
            if (pith_html_end_tag_at(s, n, i, "script"))
                return i;
            if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
                level = ESCAPED;
                dashes = 2; /* "<!--" ends in the escaped dash dash state */
                i += 4;
            } else {
                i++;
            }
            continue;
        }
        char c = s[i];
        if (c == '-') {
            dashes += dashes < 2;
            i++;
            continue;
        }
        if (c == '>' && dashes == 2) {
            level = PLAIN; /* "-->" */
            i++;
            continue;
        }
        dashes = 0;
        if (c == '<' && pith_html_end_tag_at(s, n, i, "script")) {
            if (level == ESCAPED)
                return i;
            level = ESCAPED; /* "</script" and its terminator leave the double escape */
            i += 9;
            continue;
        }
        if (level == ESCAPED && script_start_at(s, n, i)) {
            level = DOUBLE; /* "<script" and its terminator */
            i += 8;
            continue;
        }
        i++;
    }
    return n;
}

size_t pith_html_tag_name_end(const char *s, size_t n, size_t i)
{
    while (i < n && !byte_is(s, i, SPACE | SLASH | GT))
        i++;
    return i;
}

/* Read the attribute whose name starts at s[i].  False when the input ends
 * inside a quoted value. */
static bool read_attribute(const char *s, size_t n, size_t i, pith_html_attr *a)
{
    a->name = i++; /* the first character is part of the name, even '=' */
    while (i < n && !byte_is(s, i, SPACE | SLASH | GT | EQUALS))
        i++;
    a->name_len = i - a->name;
    a->value = a->value_len = 0;
    size_t j = i;
    while (j < n && byte_is(s, j, SPACE))
        j++;
    a->has_value = j < n && s[j] == '=';
    if (a->has_value) {
        j++;
        while (j < n && byte_is(s, j, SPACE))
            j++;
        if (j < n && (s[j] == '"' || s[j] == '\'')) {
            /* A quoted value ends at the next same quote, whatever it holds. */
            const char *q = memchr(s + j + 1, s[j], n - j - 1);
            if (!q)
                return false;
            a->value = j + 1;
            a->value_len = (size_t)(q - s) - a->value;
            i = (size_t)(q - s) + 1;
        } else if (j < n && s[j] != '>') {
            /* Unquoted: up to whitespace or '>' ('/' belongs to the value). */
            a->value = j;
            while (j < n && !byte_is(s, j, SPACE | GT))
                j++;
            a->value_len = j - a->value;
            i = j;
        } else {
            i = j; /* "name=" then '>' or the end: an empty value */
        }
    }
    a->end = i;
    return true;
}

size_t pith_html_scan_tag(const char *s, size_t n, size_t i, pith_html_attr_fn fn, void *ctx,
                          bool *self_closing)
{
    *self_closing = false;
    for (;;) {
        /* Before an attribute name: whitespace is skipped, and so is a '/'
         * unless '>' follows it ("/>" closes the tag itself). */
        while (i < n && byte_is(s, i, SPACE | SLASH)) {
            if (s[i] == '/' && i + 1 < n && s[i + 1] == '>') {
                *self_closing = true;
                i++;
                break;
            }
            i++;
        }
        if (i >= n)
            return 0;
        if (s[i] == '>')
            return i + 1;
        pith_html_attr a;
        if (!read_attribute(s, n, i, &a))
            return 0;
        if (fn && !fn(ctx, &a))
            return 0;
        i = a.end;
    }
}
