/*
 * ascii.h — ASCII character classes, case folding and case-insensitive
 * comparison, one definition for every stage.
 *
 * HTML tag and attribute names, CSS keywords, HTTP field names, charset
 * labels, URL schemes and the rule tables fold case in ASCII only: a byte
 * outside A-Z is never changed, so these work on UTF-8 text byte by byte
 * and never split a character.  They do not depend on the C locale (as
 * tolower and strcasecmp do).  Case folding of text beyond ASCII is
 * pith_lower_cp in utf8.h.
 */
#ifndef PITH_UTIL_ASCII_H
#define PITH_UTIL_ASCII_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline bool pith_ascii_is_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static inline bool pith_ascii_is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || pith_ascii_is_upper(c);
}

static inline bool pith_ascii_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static inline bool pith_ascii_is_alnum(char c)
{
    return pith_ascii_is_alpha(c) || pith_ascii_is_digit(c);
}

/* A byte of a word: an ASCII letter or digit, or any byte of a character
 * beyond ASCII (taken as a letter: words of every script count). */
static inline bool pith_ascii_is_word_byte(char c)
{
    return pith_ascii_is_alnum(c) || (unsigned char)c >= 0x80;
}

/* The value of a hexadecimal digit, -1 for any other byte. */
static inline int pith_ascii_hex_value(char c)
{
    if (pith_ascii_is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static inline bool pith_ascii_is_hex(char c)
{
    return pith_ascii_hex_value(c) >= 0;
}

/* HTML's ASCII whitespace (space, tab, LF, FF, CR; not VT), which also
 * separates class names, attribute tokens and charset labels. */
static inline bool pith_ascii_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/* Space or tab: the optional whitespace of HTTP header fields. */
static inline bool pith_ascii_is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static inline char pith_ascii_lower(char c)
{
    return pith_ascii_is_upper(c) ? (char)(c + ('a' - 'A')) : c;
}

static inline char pith_ascii_upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - ('a' - 'A')) : c;
}

/* Does s[0..n) hold an ASCII digit? */
static inline bool pith_ascii_holds_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (pith_ascii_is_digit(s[i]))
            return true;
    return false;
}

/* The top bit (0x80) of each of the eight bytes of x that is from first
 * to last, x's bytes all below 0x80: the test adds to each byte's seven
 * bits (no sum carries into the next byte) and reads the top bit. */
static inline uint64_t pith_ascii_bytes_within(uint64_t x, unsigned char first, unsigned char last)
{
    const uint64_t ones = 0x0101010101010101ull;
    return (x + ones * (0x80u - first)) & ~(x + ones * (0x80u - last - 1u)) & ones * 0x80u;
}

/* How many of the eight bytes of m have their top bit set (m holds no
 * other bits, as pith_ascii_bytes_within returns). */
static inline unsigned pith_ascii_bytes_marked(uint64_t m)
{
    return (unsigned)(((m >> 7) * 0x0101010101010101ull) >> 56);
}

/* The eight bytes at s lower-cased into out: a byte below 0x80 whose low
 * seven bits are 'A' or more and not above 'Z' gets 0x20 (no sum carries
 * into the next byte: each is at most 0x7F + 0x3F). */
static inline void pith_ascii_lower8(char *out, const char *s)
{
    const uint64_t highs = 0x8080808080808080ull;
    uint64_t x;
    memcpy(&x, s, 8);
    x |= (pith_ascii_bytes_within(x & ~highs, 'A', 'Z') & ~x) >> 2;
    memcpy(out, &x, 8);
}

/* The first bytes of s[0..n) lower-cased into out, at most cap - 1 of
 * them, NUL-terminated (cap > 0); returns how many were copied.  Eight
 * bytes at a time; the last few of eight or more as the eight that end
 * them (lowered twice: the same bytes), not one at a time. */
static inline size_t pith_ascii_lower_copy(char *out, size_t cap, const char *s, size_t n)
{
    size_t m = n < cap ? n : cap - 1, k = 0;
    if (m >= 8) {
        for (; k + 8 <= m; k += 8)
            pith_ascii_lower8(out + k, s + k);
        if (k < m)
            pith_ascii_lower8(out + m - 8, s + m - 8);
    } else {
        for (; k < m; k++)
            out[k] = pith_ascii_lower(s[k]);
    }
    out[m] = '\0';
    return m;
}

/* The first n bytes of a and b are equal ignoring ASCII case (or both
 * strings end equal before them): strncasecmp(a, b, n) == 0. */
static inline bool pith_ascii_ieqn(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (pith_ascii_lower(a[i]) != pith_ascii_lower(b[i]))
            return false;
        if (a[i] == '\0')
            return true;
    }
    return true;
}

/* Two strings equal ignoring ASCII case; false when either is NULL. */
static inline bool pith_ascii_ieq(const char *a, const char *b)
{
    if (!a || !b)
        return false;
    while (*a && pith_ascii_lower(*a) == pith_ascii_lower(*b))
        a++, b++;
    return pith_ascii_lower(*a) == pith_ascii_lower(*b);
}

/* s[0..n) is word, whole, ignoring ASCII case. */
static inline bool pith_ascii_ieq_n(const char *s, size_t n, const char *word)
{
    return strlen(word) == n && pith_ascii_ieqn(s, word, n);
}

/* s starts with prefix, ignoring ASCII case; false when either is NULL. */
static inline bool pith_ascii_iprefix(const char *s, const char *prefix)
{
    if (!s || !prefix)
        return false;
    while (*prefix && pith_ascii_lower(*s) == pith_ascii_lower(*prefix))
        s++, prefix++;
    return *prefix == '\0';
}

/* s[0..n) starts with prefix, ignoring ASCII case. */
static inline bool pith_ascii_iprefix_n(const char *s, size_t n, const char *prefix)
{
    size_t k = 0;
    while (prefix[k] && k < n && pith_ascii_lower(s[k]) == pith_ascii_lower(prefix[k]))
        k++;
    return prefix[k] == '\0';
}

/* s[0..n) holds needle somewhere, ignoring ASCII case. */
static inline bool pith_ascii_icontains(const char *s, size_t n, const char *needle)
{
    char first = pith_ascii_lower(needle[0]);
    for (size_t i = 0; i < n; i++)
        if (pith_ascii_lower(s[i]) == first && pith_ascii_iprefix_n(s + i, n - i, needle))
            return true;
    return false;
}

#endif
