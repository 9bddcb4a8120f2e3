/*
 * factor.c — an alternation with its common first characters written once
 * (see factor.h).
 */
#include "factor.h"

#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "alternatives.h"

/* Levels of common characters factored; deeper alternatives are written as
 * they are (the rules' longest phrases are shorter). */
#define MAX_DEPTH 48

static void emit_alternation(pith_buf *out, const pith_regex_alt *alts, unsigned n,
                             bool caseless, int depth);

/* The bytes of the character an alternative starts with when it is a
 * plain one (no metacharacter, no quantifier after it), else 0. */
static size_t lead_char(const pith_regex_alt *a)
{
    if (a->len == 0)
        return 0;
    unsigned char c = (unsigned char)a->text[0];
    if (c < 0x20 || (c < 0x80 && strchr("\\^$.|?*+()[]{}", (char)c)) || (c >= 0x80 && c < 0xC0))
        return 0;
    size_t k = pith_regex_element_end(a->text, a->len, 0);
    if (k < a->len && strchr("?*+{", a->text[k]))
        return 0;
    return k;
}

/* Whether two alternatives start with one character: the same bytes, or
 * an ASCII letter and its other case when matching is caseless. */
static bool same_lead(const pith_regex_alt *a, const pith_regex_alt *b, size_t k, bool caseless)
{
    if (lead_char(b) != k)
        return false;
    if (k == 1 && caseless)
        return pith_ascii_lower(a->text[0]) == pith_ascii_lower(b->text[0]);
    return memcmp(a->text, b->text, k) == 0;
}

/* The bytes of the plain character all m alternatives start with, or 0. */
static size_t common_lead(const pith_regex_alt *alts, unsigned m, bool caseless)
{
    size_t k = lead_char(&alts[0]);
    for (unsigned j = 1; k && j < m; j++)
        if (!same_lead(&alts[0], &alts[j], k, caseless))
            return 0;
    return k;
}

/* A quantifier after p[end) that makes the element before it possessive
 * ("++", "*+", "?+", "{2,}+"): its group must keep its order. */
static bool possessive_after(const char *p, size_t len, size_t end)
{
    if (end >= len)
        return false;
    if (p[end] == '{')
        end = pith_regex_element_end(p, len, end);
    else if (strchr("?*+", p[end]))
        end++;
    else
        return false;
    return end < len && p[end] == '+';
}

/* The alternatives of a group's contents, gathered by the cutter. */
typedef struct alt_list {
    pith_regex_alt *alts;
    unsigned n, cap;
} alt_list;

static bool gather(void *userdata, const char *text, size_t len)
{
    alt_list *list = userdata;
    if (list->n == list->cap) {
        unsigned grown = list->cap ? list->cap * 2 : 16;
        pith_regex_alt *a = realloc(list->alts, grown * sizeof *a);
        if (!a)
            return false;
        list->alts = a;
        list->cap = grown;
    }
    list->alts[list->n++] = (pith_regex_alt){text, len};
    return true;
}

/* Alternatives joined as they are. */
static void emit_plain(pith_buf *out, const pith_regex_alt *alts, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        if (i)
            pith_buf_putc(out, '|');
        pith_buf_append(out, alts[i].text, alts[i].len);
    }
}

/* A non-capturing group's contents (p[0..len) without "(?:" and ")"),
 * factored; written as they are when the cutter refuses them (or memory
 * runs out: unfactored, they match the same). */
static void emit_group_contents(pith_buf *out, const char *p, size_t len, bool caseless,
                                int depth)
{
    char *copy = malloc(len + 1);
    alt_list list = {NULL, 0, 0};
    if (copy) {
        memcpy(copy, p, len);
        copy[len] = '\0';
    }
    if (copy && pith_regex_alternatives(copy, gather, &list))
        emit_alternation(out, list.alts, list.n, caseless, depth + 1);
    else
        pith_buf_append(out, p, len);
    free(list.alts);
    free(copy);
}

/* One alternative, its non-capturing groups factored (but for those a
 * possessive quantifier makes atomic). */
static void emit_sequence(pith_buf *out, const pith_regex_alt *a, bool caseless, int depth)
{
    const char *p = a->text;
    for (size_t i = 0; i < a->len;) {
        size_t end = pith_regex_element_end(p, a->len, i);
        if (end - i >= 4 && p[i] == '(' && p[i + 1] == '?' && p[i + 2] == ':' &&
            p[end - 1] == ')' && !possessive_after(p, a->len, end)) {
            pith_buf_puts(out, "(?:");
            emit_group_contents(out, p + i + 3, end - i - 4, caseless, depth);
            pith_buf_putc(out, ')');
        } else {
            pith_buf_append(out, p + i, end - i);
        }
        i = end;
    }
}

/* The alternatives that start with one character become that character
 * and a group of what follows it in each, in the order their first one
 * came; the others stay as they are (their groups factored). */
static void emit_alternation(pith_buf *out, const pith_regex_alt *alts, unsigned n,
                             bool caseless, int depth)
{
    bool *taken = depth < MAX_DEPTH ? calloc(n ? n : 1, sizeof *taken) : NULL;
    pith_regex_alt *rest = taken ? malloc((n ? n : 1) * sizeof *rest) : NULL;
    if (!rest) { /* too deep, or memory ran out */
        free(taken);
        emit_plain(out, alts, n);
        return;
    }
    for (unsigned i = 0; i < n; i++) {
        if (taken[i])
            continue;
        if (i > 0)
            pith_buf_putc(out, '|');
        size_t k = lead_char(&alts[i]);
        unsigned m = 0;
        for (unsigned j = i; k && j < n; j++)
            if (!taken[j] && same_lead(&alts[i], &alts[j], k, caseless)) {
                taken[j] = true;
                rest[m++] = (pith_regex_alt){alts[j].text + k, alts[j].len - k};
            }
        taken[i] = true;
        if (m >= 2) {
            pith_buf_append(out, alts[i].text, k);
            /* the characters all of them share next, written once too
             * ("inzerc(?:ia|e)", not "i(?:n(?:z(?:e(?:r(?:c(?:ia|e))))))") */
            for (size_t c; (c = common_lead(rest, m, caseless)) > 0;) {
                pith_buf_append(out, rest[0].text, c);
                for (unsigned j = 0; j < m; j++) {
                    rest[j].text += c;
                    rest[j].len -= c;
                }
            }
            pith_buf_puts(out, "(?:");
            emit_alternation(out, rest, m, caseless, depth + 1);
            pith_buf_putc(out, ')');
        } else {
            emit_sequence(out, &alts[i], caseless, depth);
        }
    }
    free(taken);
    free(rest);
}

bool pith_regex_factor(pith_buf *out, const pith_regex_alt *alts, unsigned n, bool caseless)
{
    emit_alternation(out, alts, n, caseless, 0);
    return !out->oom;
}
