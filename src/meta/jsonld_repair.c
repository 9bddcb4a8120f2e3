/*
 * jsonld_repair.c — reading the JSON-LD that real sites ship.
 *
 * The text of an ld+json script is often not quite JSON: wrapped in
 * "<!-- -->" or "<![CDATA[ ]]>", with raw line breaks inside strings,
 * "\'" escapes, trailing commas, a comma forgotten between two members,
 * "//" comments, or several objects one after the other.  The text is
 * parsed as it is first; when that fails it is repaired in one pass (a
 * small state machine that knows whether it is inside a string) and parsed
 * again.  Values are read one after another, so "{...}{...}" gives two.
 */
#include <string.h>

#include "util/arena.h"
#include "util/ascii.h"

#include "jsonld.h"

#define MAX_VALUES 64

/* Drop wrappers and junk around the JSON: whitespace, ";", HTML comment
 * and CDATA markers, "//" before them. */
static void strip_wrappers(const char **s, size_t *n)
{
    static const char *const HEADS[] = {"<!--", "<![CDATA[", "//<![CDATA[", "/*<![CDATA[*/"};
    static const char *const TAILS[] = {"-->", "]]>", "//]]>", "/*]]>*/", ";"};
    bool changed = true;
    while (changed) {
        changed = false;
        while (*n && pith_ascii_is_space(**s))
            (*s)++, (*n)--;
        while (*n && pith_ascii_is_space((*s)[*n - 1]))
            (*n)--;
        for (size_t i = 0; i < sizeof HEADS / sizeof HEADS[0]; i++) {
            size_t k = strlen(HEADS[i]);
            if (*n >= k && memcmp(*s, HEADS[i], k) == 0) {
                *s += k;
                *n -= k;
                changed = true;
            }
        }
        for (size_t i = 0; i < sizeof TAILS / sizeof TAILS[0]; i++) {
            size_t k = strlen(TAILS[i]);
            if (*n >= k && memcmp(*s + *n - k, TAILS[i], k) == 0) {
                *n -= k;
                changed = true;
            }
        }
    }
}

/* The last character written that is not white space. */
static char last_significant(const pith_buf *out)
{
    for (size_t k = out->len; k > 0; k--)
        if (!pith_ascii_is_space(out->data[k - 1]))
            return out->data[k - 1];
    return 0;
}

/* True when the next non-space character from i is one of set. */
static bool next_is(const char *s, size_t n, size_t i, const char *set)
{
    while (i < n && pith_ascii_is_space(s[i]))
        i++;
    return i < n && strchr(set, s[i]) != NULL;
}

void pith_jsonld_repair(const char *s, size_t n, pith_buf *out)
{
    bool in_string = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_string) {
            if (c == '\\' && i + 1 < n) {
                char e = s[i + 1];
                if (e == 'u' && i + 5 < n && pith_ascii_is_hex(s[i + 2]) &&
                    pith_ascii_is_hex(s[i + 3]) && pith_ascii_is_hex(s[i + 4]) &&
                    pith_ascii_is_hex(s[i + 5])) {
                    pith_buf_append(out, s + i, 6);
                    i += 5;
                } else if (strchr("\"\\/bfnrt", e)) {
                    pith_buf_append(out, s + i, 2);
                    i++;
                }
                /* any other escape: the backslash goes, the character stays */
                continue;
            }
            if (c == '"')
                in_string = false;
            if (c == '\n')
                pith_buf_puts(out, "\\n");
            else if (c == '\t')
                pith_buf_puts(out, "\\t");
            else if ((unsigned char)c >= 0x20)
                pith_buf_putc(out, c);
            continue;
        }
        if (c == '/' && i + 1 < n && s[i + 1] == '/') { /* line comment */
            while (i < n && s[i] != '\n')
                i++;
            continue;
        }
        if (c == '/' && i + 1 < n && s[i + 1] == '*') { /* block comment */
            i += 2;
            while (i + 1 < n && !(s[i] == '*' && s[i + 1] == '/'))
                i++;
            i++;
            continue;
        }
        if (c == ',' && next_is(s, n, i + 1, "}]"))
            continue; /* trailing comma */
        if (c == '"' || c == '{' || c == '[') {
            char last = last_significant(out);
            /* a value ended and another begins: the comma is missing */
            if (last == '"' || last == '}' || last == ']' || (last >= '0' && last <= '9') ||
                last == 'e' || last == 'l')
                pith_buf_putc(out, ',');
            if (c == '"')
                in_string = true;
        }
        pith_buf_putc(out, c);
    }
}

/* Parse the values in s one after another; returns how many. */
static size_t parse_values(const char *s, size_t n, json_t *all, bool *failed)
{
    size_t count = 0, pos = 0;
    *failed = false;
    while (pos < n && count < MAX_VALUES) {
        while (pos < n && (pith_ascii_is_space(s[pos]) || s[pos] == ';' || s[pos] == ','))
            pos++;
        if (pos >= n)
            break;
        json_error_t err;
        json_t *v = json_loadb(s + pos, n - pos, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &err);
        if (!v) {
            if (json_error_code(&err) == json_error_out_of_memory)
                pith_alloc_failed(); /* the page fails, not this text alone */
            *failed = true;
            break;
        }
        if (json_is_object(v) || json_is_array(v)) {
            if (json_array_append_new(all, v) != 0)
                pith_alloc_failed();
            count++;
        } else {
            json_decref(v);
        }
        if (err.position <= 0)
            break;
        pos += (size_t)err.position;
    }
    return count;
}

size_t pith_jsonld_parse(const char *text, size_t n, json_t *all)
{
    strip_wrappers(&text, &n);
    if (n == 0)
        return 0;
    bool failed;
    size_t before = json_array_size(all);
    size_t count = parse_values(text, n, all, &failed);
    if (!failed)
        return count;
    /* Drop what the broken text gave and read its repaired form instead. */
    while (json_array_size(all) > before)
        json_array_remove(all, json_array_size(all) - 1);
    pith_buf fixed = PITH_BUF_INIT;
    pith_jsonld_repair(text, n, &fixed);
    count = 0;
    if (!fixed.oom && fixed.len)
        count = parse_values(fixed.data, fixed.len, all, &failed);
    pith_buf_free(&fixed);
    return count;
}
