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

bool pith_regex_plain_char(const char *p, size_t i, size_t end)
{
    return end == i + 1 && (unsigned char)p[i] < 0x80 && !strchr("\\[](){}|?*+.^$", p[i]);
}

/* Add the byte c, matched caseless, to set: its other case too, and for k
 * and s the lead byte of their other cases outside ASCII. */
static void add_caseless(uint64_t set[4], unsigned char c)
{
    unsigned char other = pith_ascii_is_alpha((char)c) ? (unsigned char)(c ^ 0x20) : c;
    set[c / 64] |= (uint64_t)1 << (c % 64);
    set[other / 64] |= (uint64_t)1 << (other % 64);
    if (c == 'k' || c == 'K')
        set[0xE2 / 64] |= (uint64_t)1 << (0xE2 % 64);
    if (c == 's' || c == 'S')
        set[0xC5 / 64] |= (uint64_t)1 << (0xC5 % 64);
}

/* A pattern read as the pieces of text that follow each other: the rest
 * of a group's branch, then the rest of the pattern after the group... */
#define MAX_SEGMENTS 8
typedef struct segments {
    const char *p[MAX_SEGMENTS];
    size_t len[MAX_SEGMENTS];
    unsigned n;
} segments;

/* The first element of s: its segment's text (empty ones dropped), where
 * it ends, and what follows it (*quant: '?', '*', '+', '{' or 0; *after:
 * where the rest begins, past the quantifier). False when s is empty. */
static bool first_element(segments *s, size_t *end, char *quant, size_t *after)
{
    while (s->n > 0 && s->len[0] == 0) {
        s->n--;
        memmove(s->p, s->p + 1, s->n * sizeof s->p[0]);
        memmove(s->len, s->len + 1, s->n * sizeof s->len[0]);
    }
    if (s->n == 0)
        return false;
    const char *p = s->p[0];
    size_t len = s->len[0];
    *end = pith_regex_element_end(p, len, 0);
    *quant = *end < len && strchr("?*+{", p[*end]) ? p[*end] : 0;
    *after = *end + (*quant != 0);
    if (*quant == '{')
        while (*after < len && p[*after - 1] != '}')
            (*after)++;
    if (*quant && *after < len && (p[*after] == '?' || p[*after] == '+'))
        (*after)++; /* lazy or possessive */
    return true;
}

/* s from its first segment's byte at on. */
static segments rest_from(const segments *s, size_t at)
{
    segments r = *s;
    r.p[0] += at;
    r.len[0] -= at;
    return r;
}

/* Call fn for each branch of the group that s opens (a non-capturing
 * one), each followed by the rest of s past the group; false when it is
 * no such group, s is too deep, or fn said false. */
static bool each_branch(const segments *s, size_t end, size_t after,
                        bool (*fn)(const segments *, void *), void *set)
{
    const char *p = s->p[0];
    if (end < 4 || p[1] != '?' || p[2] != ':' || s->n >= MAX_SEGMENTS)
        return false;
    segments b;
    b.n = s->n + 1;
    b.p[1] = p + after;
    b.len[1] = s->len[0] - after;
    memcpy(b.p + 2, s->p + 1, (s->n - 1) * sizeof s->p[0]);
    memcpy(b.len + 2, s->len + 1, (s->n - 1) * sizeof s->len[0]);
    size_t from = 3, stop = end - 1;
    for (size_t k = from; k <= stop; k = k < stop ? pith_regex_element_end(p, stop, k) : stop + 1)
        if (k == stop || p[k] == '|') {
            b.p[0] = p + from;
            b.len[0] = k - from;
            if (!fn(&b, set))
                return false;
            from = k + 1;
        }
    return true;
}

/* Whether p[0..end) is the Kelvin sign or the long s, which match the
 * ASCII letters k and s caseless. */
static bool one_of_ascii_case(const char *p, size_t end)
{
    return (end == 3 && memcmp(p, "\xE2\x84\xAA", 3) == 0) ||
           (end == 2 && memcmp(p, "\xC5\xBF", 2) == 0);
}

/* Add what the element p[0..end) may start with when it is a character
 * outside ASCII (every lead byte; and k or s for the Kelvin sign and the
 * long s, whose other cases they are) or \s (ASCII white space and every
 * lead byte); false when it is neither. */
static bool add_wide(const char *p, size_t end, uint64_t set[4])
{
    bool wide = (unsigned char)p[0] >= 0xC0 && pith_regex_element_end(p, end, 0) == end;
    if (!wide && !(end == 2 && p[0] == '\\' && p[1] == 's'))
        return false;
    set[3] = UINT64_MAX; /* 0xC0 to 0xFF */
    if (!wide)
        set[0] |= (uint64_t)1 << ' ' | (uint64_t)0x3E00; /* \t \n \v \f \r */
    else if (one_of_ascii_case(p, end))
        add_caseless(set, p[0] == '\xE2' ? 'k' : 's');
    return true;
}

/* Add what the escape p[0..end) may start with when it is \d (the digits
 * and every lead byte), \W (the ASCII bytes of no word and every lead
 * byte) or an escaped mark (the mark: "\[" is "["); false when it is none
 * of them. */
static bool add_escape(const char *p, size_t end, uint64_t set[4])
{
    if (end != 2 || p[0] != '\\')
        return false;
    char e = p[1];
    if (e == 'd' || e == 'W') {
        for (unsigned c = 0; c < 0x80; c++)
            if (e == 'd' ? pith_ascii_is_digit((char)c)
                         : !pith_ascii_is_alnum((char)c) && c != '_')
                set[c / 64] |= (uint64_t)1 << (c % 64);
        set[3] = UINT64_MAX; /* 0xC0 to 0xFF: digits and signs outside ASCII */
        return true;
    }
    if ((unsigned char)e < 0x20 || (unsigned char)e >= 0x7F || pith_ascii_is_alnum(e))
        return false;
    set[(unsigned char)e / 64] |= (uint64_t)1 << ((unsigned char)e % 64);
    return true;
}

/* Add the bytes a match of s may start with (plain ASCII characters, or
 * groups of branches that start with them); false when not known. */
static bool first_bytes_of(const segments *in, void *bytes)
{
    uint64_t *set = bytes; /* four words */
    segments s = *in;
    size_t end, after;
    char quant;
    if (!first_element(&s, &end, &quant, &after) || quant == '{')
        return false;
    bool optional = quant == '?' || quant == '*';
    if (pith_regex_plain_char(s.p[0], 0, end))
        add_caseless(set, (unsigned char)s.p[0][0]);
    else if (!add_wide(s.p[0], end, set) && !add_escape(s.p[0], end, set) &&
             (s.p[0][0] != '(' || !each_branch(&s, end, after, first_bytes_of, set)))
        return false;
    segments rest = rest_from(&s, after);
    return !optional || first_bytes_of(&rest, set);
}

bool pith_regex_first_bytes(const char *p, size_t len, uint64_t set[4])
{
    segments s = {{p}, {len}, 1};
    return first_bytes_of(&s, set);
}

/* The openings being gathered: the first want bytes a match may open
 * with, the first ASCII, as bits of a set (pith_regex_pair_bit for two,
 * pith_regex_triple_bit for three); the bytes fixed so far. */
typedef struct openings {
    uint64_t *bits;
    unsigned want, have;
    unsigned char fixed[2];
} openings;

/* Add the openings of the bytes fixed and each byte of last. */
static void add_openings(const openings *o, const uint64_t last[4])
{
    for (unsigned w = 0; w < 4; w++)
        for (uint64_t bits = last[w]; bits; bits &= bits - 1) {
            unsigned char c = (unsigned char)(w * 64 + (unsigned)__builtin_ctzll(bits));
            unsigned b = o->want == 2 ? pith_regex_pair_bit(o->fixed[0], c)
                                      : pith_regex_triple_bit(o->fixed[0], o->fixed[1], c);
            o->bits[b / 64] |= (uint64_t)1 << (b % 64);
        }
}

/* The ASCII bytes an element may be in an opening (bits of set[0] and
 * set[1]): a plain character, the ASCII letter of the Kelvin sign or the
 * long s, a digit of \d, an escaped mark, and after the first byte white
 * space (\s: a space in the openings' bits).  A text whose byte there is
 * outside ASCII is not looked up.  False for any other element. */
static bool opening_bytes(const char *p, size_t end, unsigned have, uint64_t set[4])
{
    if (pith_regex_plain_char(p, 0, end) || one_of_ascii_case(p, end)) {
        unsigned char c = one_of_ascii_case(p, end) ? (p[0] == '\xE2' ? 'k' : 's')
                                                    : (unsigned char)p[0];
        set[c / 64] |= (uint64_t)1 << (c % 64);
        return true;
    }
    if (have > 0 && end == 2 && p[0] == '\\' && p[1] == 's') {
        set[0] |= (uint64_t)1 << ' ';
        return true;
    }
    if (end == 2 && p[0] == '\\' && p[1] != 'W' && add_escape(p, end, set)) {
        set[2] = set[3] = 0; /* the digits' other bytes are not looked up */
        return true;
    }
    return false;
}

static bool openings_of(const segments *in, void *state);

/* Add the openings of rest after a byte of set (ASCII: its first two
 * words) fixed at o->have, each in turn; when the element that fixes it
 * repeats ("x+"), of again too (the element once more, and the rest). */
static bool openings_fixing(const segments *rest, openings *o, const uint64_t set[2],
                            const segments *again)
{
    for (unsigned w = 0; w < 2; w++)
        for (uint64_t bits = set[w]; bits; bits &= bits - 1) {
            o->fixed[o->have++] = (unsigned char)(w * 64 + (unsigned)__builtin_ctzll(bits));
            bool ok = openings_of(rest, o) && (!again || openings_of(again, o));
            o->have--;
            if (!ok)
                return false;
        }
    return true;
}

/* Add the openings a match of s may start with, o->have bytes of them
 * fixed before s; false when not known. */
static bool openings_of(const segments *in, void *state)
{
    openings *o = state;
    if (o->have == o->want - 1) { /* the last byte: any a match of s starts with */
        uint64_t last[4] = {0};
        if (!first_bytes_of(in, last))
            return false;
        add_openings(o, last);
        return true;
    }
    segments s = *in;
    size_t end, after;
    char quant;
    if (!first_element(&s, &end, &quant, &after))
        return false;
    bool repeated = quant == '+';
    if (quant && quant != '?' && !repeated)
        return false;
    segments rest = rest_from(&s, after);
    if (quant == '?' && !openings_of(&rest, o))
        return false; /* (the element left out) */
    uint64_t bytes[4] = {0};
    if (opening_bytes(s.p[0], end, o->have, bytes))
        return openings_fixing(&rest, o, bytes, repeated ? &s : NULL);
    if (repeated) /* a group: once and the rest, or once and the group again */
        return s.p[0][0] == '(' && each_branch(&s, end, after, openings_of, o) &&
               each_branch(&s, end, 0, openings_of, o);
    if ((unsigned char)s.p[0][0] >= 0xC0 && pith_regex_element_end(s.p[0], end, 0) == end)
        return true; /* a character outside ASCII: the text's byte there is not looked at */
    return s.p[0][0] == '(' && each_branch(&s, end, after, openings_of, o);
}

bool pith_regex_opening_pairs(const char *p, size_t len, uint64_t pairs[PITH_PAIR_WORDS])
{
    segments s = {{p}, {len}, 1};
    openings o = {pairs, 2, 0, {0, 0}};
    return openings_of(&s, &o);
}

bool pith_regex_opening_triples(const char *p, size_t len,
                                uint64_t triples[PITH_TRIPLE_WORDS])
{
    segments s = {{p}, {len}, 1};
    openings o = {triples, 3, 0, {0, 0}};
    return openings_of(&s, &o);
}
