/*
 * utf8.h — small UTF-8 helpers: decoding one code point, validation, repair
 * of invalid sequences into U+FFFD, and Unicode whitespace tests.
 */
#ifndef PITH_UTF8_H
#define PITH_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Decode the code point at s (n bytes available).  Returns the number of
 * bytes it occupies (1..4) and stores it in *cp; an invalid or truncated
 * sequence gives *cp = 0xFFFD and the length of its maximal subpart (>= 1). */
int pith_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Whether byte c continues a UTF-8 sequence (10xxxxxx). */
static inline bool pith_utf8_is_continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* Whether s[0..n) opens with a well-formed character of two bytes
 * (U+0080..U+07FF: accented Latin, Greek, Cyrillic, Hebrew, Arabic...),
 * which is never U+FFFD.  Inline: readers of text ask it of every
 * character beyond ASCII. */
static inline bool pith_utf8_two_byte_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    return n >= 2 && u[0] >= 0xC2 && u[0] <= 0xDF && pith_utf8_is_continuation(u[1]);
}

/* Write the UTF-8 encoding of cp, a Unicode scalar value (no surrogate,
 * at most U+10FFFF), at out, which has room for 4 bytes; returns its
 * length (1..4).  Inline: word readers encode each letter they lower. */
static inline size_t pith_utf8_put(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Append the UTF-8 encoding of cp (surrogates and values past U+10FFFF
 * become U+FFFD). */
void pith_utf8_encode(pith_buf *b, uint32_t cp);

/* True when all n bytes are well-formed UTF-8 and contain no NUL. */
bool pith_utf8_is_clean(const char *s, size_t n);

/* The length of the run of ASCII bytes other than NUL (0x01..0x7F) that
 * s[0..n) starts with; 8 bytes at a time. */
size_t pith_ascii_run(const char *s, size_t n);

/* Append s to b, replacing each invalid sequence with U+FFFD and dropping
 * NUL bytes, so the result is always valid UTF-8 without NULs. */
void pith_utf8_repair(pith_buf *b, const char *s, size_t n);

/* Unicode white space that HTML text collapses or that separates words:
 * ASCII space/tab/CR/LF/FF, NBSP, the U+2000 block spaces, U+3000 ... */
bool pith_is_space_cp(uint32_t cp);

/* Letters or digits, roughly: anything that would match \w in a Unicode
 * regex (used for word counts and shingles).  ASCII, most of the
 * characters of most pages, is answered inline, without a call. */
bool pith_is_word_cp_beyond_ascii(uint32_t cp);
static inline bool pith_is_word_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
               (cp >= 'A' && cp <= 'Z') || cp == '_';
    return pith_is_word_cp_beyond_ascii(cp);
}

/* The lower-case form of a code point: ASCII, Latin-1, Latin Extended-A
 * (whose pairs start on an even code point in some runs and on an odd one
 * in others: "Ž" is U+017D, "ž" U+017E), Greek and Cyrillic.  Others are
 * returned as they are.  ASCII inline, as above. */
uint32_t pith_lower_cp_beyond_ascii(uint32_t cp);
static inline uint32_t pith_lower_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return pith_lower_cp_beyond_ascii(cp);
}

/* Append the lower-case form of s[0..n) to b (pith_lower_cp for each
 * character, malformed bytes as U+FFFD), stopping before a character once b
 * holds max bytes or more (max 0: no limit).  ASCII bytes go one at a time
 * without a decode: most text is ASCII, and callers lower whole
 * paragraphs. */
void pith_utf8_append_lower(pith_buf *b, const char *s, size_t n, size_t max);

/* Code points of scripts written without spaces between words (CJK, Thai,
 * Lao, Khmer, Myanmar, Hiragana/Katakana): each counts as a word. */
bool pith_is_cjk_cp(uint32_t cp);

#endif
