/*
 * alternatives.c — a PCRE2 pattern cut at its top-level '|' (see
 * alternatives.h).
 */
#include "alternatives.h"

#include <string.h>

#include "util/ascii.h"

/* Does the pattern use a construct that ties its alternatives together or
 * that the cutter does not read?  Allowed groups: (?: (?= (?! (?<= (?<!
 * and (?> only; a parenthesis in a class ("[^()]") opens none. */
static bool uncuttable(const char *pattern)
{
    size_t len = strlen(pattern);
    for (const char *p = pattern; *p; p++) {
        if (p[0] == '[') {
            p = pattern + pith_regex_element_end(pattern, len, (size_t)(p - pattern)) - 1;
            continue;
        }
        if (p[0] == '\\' && p[1]) {
            if (strchr("QKgk0123456789", p[1]))
                return true; /* quoting, \K, back-references, octal */
            p++;
            continue;
        }
        if (p[0] != '(')
            continue;
        if (p[1] == '*' || p[1] != '?')
            return true; /* a verb, or a capture group */
        if (p[2] == ':' || p[2] == '=' || p[2] == '!' || p[2] == '>')
            continue;
        if (p[2] == '<' && (p[3] == '=' || p[3] == '!'))
            continue;
        return true; /* options, named groups, recursion, comments... */
    }
    return false;
}

bool pith_regex_alternatives(const char *pattern, pith_alternative_fn fn, void *userdata)
{
    if (uncuttable(pattern))
        return false;
    /* First check the whole pattern is balanced, then cut. */
    for (int pass = 0; pass < 2; pass++) {
        const char *p = pattern, *start = pattern;
        int depth = 0;
        bool in_class = false;
        for (;; p++) {
            if (*p == '\\' && p[1]) {
                p++;
            } else if (in_class) {
                if (*p == '\0' || (p[0] == '[' && p[1] == ':'))
                    return false; /* unbalanced, or a POSIX class */
                in_class = *p != ']';
            } else if (*p == '[') {
                in_class = true;
                if (p[1] == '^')
                    p++;
                if (p[1] == ']')
                    p++; /* a leading ']' is a literal */
            } else if (*p == '(') {
                depth++;
            } else if (*p == ')') {
                if (--depth < 0)
                    return false;
            } else if ((*p == '|' && depth == 0) || *p == '\0') {
                if (pass == 1 && !fn(userdata, start, (size_t)(p - start)))
                    return false;
                if (*p == '\0')
                    break;
                start = p + 1;
            }
        }
        if (depth != 0)
            return false;
    }
    return true;
}

/* Inside a group: the next position, an escape or a class skipped whole
 * (their parentheses are not the group's). */
static size_t element_end_inner(const char *p, size_t len, size_t i)
{
    if (p[i] == '\\' || p[i] == '[')
        return pith_regex_element_end(p, len, i);
    return i + 1;
}

size_t pith_regex_element_end(const char *p, size_t len, size_t i)
{
    char c = p[i];
    if (c == '\\') {
        i += 2;
        if (i <= len && p[i - 1] == 'c')
            i++; /* \cX */
        else if (i <= len && p[i - 1] == 'x')
            while (i < len && pith_ascii_is_hex(p[i]))
                i++; /* \xhh (and more digits: skipping too many is safe) */
        return i < len ? i : len;
    }
    if (c == '[') {
        i++;
        if (i < len && p[i] == '^')
            i++;
        if (i < len && p[i] == ']')
            i++; /* a leading ']' is a literal */
        for (; i < len && p[i] != ']'; i++)
            if (p[i] == '\\')
                i++;
        return i < len ? i + 1 : len;
    }
    if (c == '{') {
        while (i < len && p[i] != '}')
            i++;
        return i < len ? i + 1 : len;
    }
    if (c == '(') {
        int depth = 0;
        while (i < len) {
            if (p[i] == '(')
                depth++;
            else if (p[i] == ')' && --depth == 0)
                return i + 1;
            size_t next = element_end_inner(p, len, i);
            i = next;
        }
        return len;
    }
    size_t k = 1;
    if ((unsigned char)c >= 0xC0)
        while (i + k < len && ((unsigned char)p[i + k] & 0xC0) == 0x80)
            k++;
    return i + k;
}
