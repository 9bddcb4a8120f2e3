/*
 * utf8.c — UTF-8 decoding, validation and repair (see utf8.h).
 *
 * The decoder follows the Unicode "maximal subpart" rule for replacement, so
 * a truncated three-byte sequence costs one U+FFFD, not three.
 */
#include "utf8.h"

#include <string.h>

/* *cp = U+FFFD for an ill-formed sequence whose maximal subpart is len
 * bytes; returns len. */
static int ill_formed(uint32_t *cp, int len)
{
    *cp = 0xFFFD;
    return len;
}

int pith_utf8_decode(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0)
        return ill_formed(cp, 0);
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) { /* two bytes: most characters beyond ASCII */
        if (n < 2 || !pith_utf8_is_continuation(s[1]))
            return ill_formed(cp, 1);
        *cp = (c & 0x1F) << 6 | (s[1] & 0x3Fu);
        return 2;
    }
    /* the second byte's range by the lead (Unicode's table of well-formed
     * sequences): E0 and F0 leave out the overlong forms, ED the
     * surrogates, F4 what lies past U+10FFFF */
    if (c >= 0xE0 && c <= 0xEF) { /* three bytes: punctuation, CJK */
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        if (n < 2 || s[1] < lo || s[1] > hi)
            return ill_formed(cp, 1);
        if (n < 3 || !pith_utf8_is_continuation(s[2]))
            return ill_formed(cp, 2);
        *cp = (c & 0x0F) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu);
        return 3;
    }
    if (c < 0xF0 || c > 0xF4) /* a continuation byte, C0, C1, F5..FF */
        return ill_formed(cp, 1);
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    if (n < 2 || s[1] < lo || s[1] > hi)
        return ill_formed(cp, 1);
    if (n < 3 || !pith_utf8_is_continuation(s[2]))
        return ill_formed(cp, 2);
    if (n < 4 || !pith_utf8_is_continuation(s[3]))
        return ill_formed(cp, 3);
    *cp = (c & 0x07) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
    return 4;
}

void pith_utf8_encode(pith_buf *b, uint32_t cp)
{
    char out[4];
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = 0xFFFD;
    if (cp < 0x80)
        pith_buf_putc(b, (char)cp);
    else
        pith_buf_append(b, out, pith_utf8_put(cp, out));
}

size_t pith_ascii_run(const char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        const uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
        /* 0x80 in a byte >= 0x80 or a zero: exact up to the first such
         * byte (a borrow starts only at a zero) */
        uint64_t stops = (x & high) | ((x - ones) & ~x & high);
        if (stops) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            return i + ((size_t)__builtin_ctzll(stops) >> 3); /* the first byte is the lowest */
#else
            break;
#endif
        }
    }
    while (i < n && (unsigned char)s[i] - 1u < 0x7Fu)
        i++;
    return i;
}

bool pith_utf8_is_clean(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x01 && c < 0x80) { /* ASCII, eight bytes at a time */
            i += pith_ascii_run(s + i, n - i);
            continue;
        }
        if (c == 0)
            return false;
        if (pith_utf8_two_byte_at(s + i, n - i)) {
            i += 2;
            continue;
        }
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (cp == 0xFFFD && !(k == 3 && (unsigned char)s[i] == 0xEF))
            return false;
        i += (size_t)k;
    }
    return true;
}

void pith_utf8_repair(pith_buf *b, const char *s, size_t n)
{
    size_t i = 0, run = 0; /* run: start of the pending clean span */
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x01 && c < 0x80) { /* ASCII, eight bytes at a time */
            i += pith_ascii_run(s + i, n - i);
            continue;
        }
        if (pith_utf8_two_byte_at(s + i, n - i)) { /* genuine */
            i += 2;
            continue;
        }
        if (c == 0) {
            pith_buf_append(b, s + run, i - run);
            run = ++i;
            continue;
        }
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        bool genuine = !(cp == 0xFFFD && !(k == 3 && c == 0xEF));
        if (!genuine) {
            pith_buf_append(b, s + run, i - run);
            pith_buf_append(b, "\xEF\xBF\xBD", 3);
            run = i + (size_t)k;
        }
        i += (size_t)k;
    }
    pith_buf_append(b, s + run, n - run);
}

bool pith_is_space_cp(uint32_t cp)
{
    switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF: case 0x200B:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool pith_is_cjk_cp(uint32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) ||   /* Hiragana, Katakana */
           (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK extension A */
           (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified */
           (cp >= 0xF900 && cp <= 0xFAFF) ||   /* CJK compatibility */
           (cp >= 0x20000 && cp <= 0x2FFFF) || /* CJK extensions B.. */
           (cp >= 0x0E00 && cp <= 0x0EFF) ||   /* Thai, Lao */
           (cp >= 0x1000 && cp <= 0x109F) ||   /* Myanmar */
           (cp >= 0x1780 && cp <= 0x17FF);     /* Khmer */
}

bool pith_is_word_cp_beyond_ascii(uint32_t cp)
{
    if (pith_is_space_cp(cp))
        return false;
    /* General punctuation, symbols and CJK punctuation are not word chars. */
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || cp == 0xFFFD ||
        (cp >= 0x80 && cp <= 0xBF && cp != 0xAA && cp != 0xB2 && cp != 0xB3 &&
         cp != 0xB5 && cp != 0xB9 && cp != 0xBA) ||
        cp == 0xD7 || cp == 0xF7 || (cp >= 0x1F000 && cp <= 0x1FAFF))
        return false;
    return true;
}

void pith_utf8_append_lower(pith_buf *b, const char *s, size_t n, size_t max)
{
    size_t i = 0;
    while (i < n && (max == 0 || b->len < max)) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            pith_buf_putc(b, (char)pith_lower_cp(c));
            i++;
            continue;
        }
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        pith_utf8_encode(b, pith_lower_cp(cp));
        i += (size_t)k;
    }
}

uint32_t pith_lower_cp_beyond_ascii(uint32_t cp)
{
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 32;
    if (cp >= 0x100 && cp <= 0x17F) {
        bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
            return cp == 0x130 ? 'i' : cp;
        if (odd_upper)
            return (cp & 1) ? cp + 1 : cp;
        return (cp & 1) ? cp : cp + 1;
    }
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
        return cp + 32;
    if (cp == 0x386)
        return 0x3AC;
    if (cp >= 0x388 && cp <= 0x38A)
        return cp + 37;
    if (cp == 0x38C)
        return 0x3CC;
    if (cp == 0x38E || cp == 0x38F)
        return cp + 63;
    if (cp >= 0x410 && cp <= 0x42F)
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 80;
    return cp;
}
