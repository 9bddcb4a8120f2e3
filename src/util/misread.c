/*
 * misread.c — text encoded in UTF-8 twice, found and decoded back (see
 * misread.h).
 */
#include "misread.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* What windows-1252 reads bytes 0x80..0x9F as (0: a byte it leaves
 * undefined, which decoders pass on as the C1 control of that number). */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* The byte that windows-1252 (or Latin-1) reads as cp, or -1. */
static int misread_byte(uint32_t cp)
{
    if (cp >= 0x80 && cp <= 0xFF)
        return (int)cp; /* Latin-1, and the C1 controls of undefined bytes */
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == cp)
            return 0x80 + i;
    return -1;
}

/* One misread character found at s: how many bytes of s it spans (0: none
 * starts there), and whether it is one that written text never holds. */
typedef struct run {
    size_t len;
    bool sure;
} run;

/* A lead (U+00C2..U+00F4, which UTF-8 writes C3 82..C3 B4) followed by
 * the continuation characters that make it one well-formed sequence. */
static run run_at(const char *s, size_t n)
{
    run none = {0, false};
    if (n < 4 || (unsigned char)s[0] != 0xC3 || (unsigned char)s[1] < 0x82 ||
        (unsigned char)s[1] > 0xB4)
        return none;
    unsigned char bytes[4];
    bytes[0] = (unsigned char)(s[1] + 0x40); /* C3 xx is U+00C0 + (xx - 0x80) */
    int follow = bytes[0] < 0xE0 ? 1 : bytes[0] < 0xF0 ? 2 : 3;
    size_t at = 2;
    for (int i = 1; i <= follow; i++) {
        if (at >= n)
            return none;
        uint32_t cp;
        int k = pith_utf8_decode(s + at, n - at, &cp);
        int b = misread_byte(cp);
        if (b < 0x80 || b > 0xBF)
            return none;
        bytes[i] = (unsigned char)b;
        at += (size_t)k;
    }
    uint32_t cp;
    if (pith_utf8_decode((const char *)bytes, (size_t)follow + 1, &cp) != follow + 1 ||
        cp == 0xFFFD)
        return none;
    run r = {at, bytes[0] <= 0xC3 || follow > 1};
    return r;
}

uint32_t pith_misread_run(const char *s, size_t n, size_t *len)
{
    run r = run_at(s, n);
    *len = r.len;
    if (!r.len)
        return 0;
    /* the run's characters back into its bytes, then those as UTF-8 */
    char bytes[4];
    size_t k = 0;
    for (size_t p = 0; p < r.len && k < sizeof bytes;) {
        uint32_t cp;
        p += (size_t)pith_utf8_decode(s + p, r.len - p, &cp);
        bytes[k++] = (char)misread_byte(cp);
    }
    uint32_t cp;
    pith_utf8_decode(bytes, k, &cp);
    return cp;
}

/* Repair only what is sure to be misread (see misread.h): a run that
 * written text never holds, or three runs that hold most of the
 * characters beyond ASCII (alone, one could be a word and a quote). */
#define MISREAD_UNSURE_RUNS 3

bool pith_misread_found(const char *s, size_t n)
{
    size_t unsure = 0, others = 0;
    const char *end = s + n;
    const char *p = memchr(s, 0xC3, n);
    if (!p)
        return false;
    for (p = s; p < end;) {
        p += pith_ascii_run(p, (size_t)(end - p));
        if (p == end)
            break;
        run r = run_at(p, (size_t)(end - p));
        if (r.len && r.sure)
            return true;
        if (r.len) {
            unsure++;
            p += r.len;
            continue;
        }
        uint32_t cp;
        p += pith_utf8_decode(p, (size_t)(end - p), &cp);
        others++;
    }
    return unsure >= MISREAD_UNSURE_RUNS && 2 * unsure > others;
}

void pith_misread_repair(pith_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *c3 = memchr(s + i, 0xC3, n - i);
        if (!c3) {
            pith_buf_append(b, s + i, n - i);
            return;
        }
        size_t at = (size_t)(c3 - s);
        run r = run_at(c3, n - at);
        if (!r.len) {
            pith_buf_append(b, s + i, at + 1 - i);
            i = at + 1;
            continue;
        }
        pith_buf_append(b, s + i, at - i);
        /* decode the run's characters back into its bytes */
        size_t p = at;
        while (p < at + r.len) {
            uint32_t cp;
            p += (size_t)pith_utf8_decode(s + p, at + r.len - p, &cp);
            pith_buf_putc(b, (char)misread_byte(cp));
        }
        i = at + r.len;
    }
}

void pith_c1_as_cp1252(pith_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *c2 = memchr(s + i, 0xC2, n - i);
        if (!c2 || (size_t)(c2 - s) + 1 >= n) {
            pith_buf_append(b, s + i, n - i);
            return;
        }
        size_t at = (size_t)(c2 - s);
        unsigned char next = (unsigned char)s[at + 1];
        uint16_t cp = next >= 0x80 && next <= 0x9F ? cp1252_high[next - 0x80] : 0;
        pith_buf_append(b, s + i, (cp ? at : at + 2) - i);
        if (cp)
            pith_utf8_encode(b, cp);
        i = at + 2;
    }
}

bool pith_text_repair(pith_buf *b, const char *s, size_t n)
{
    if (pith_ascii_run(s, n) == n)
        return false; /* ASCII without NULs, most texts: one look eight bytes at a time */
    if (!pith_utf8_is_clean(s, n))
        pith_utf8_repair(b, s, n);
    else if (pith_misread_found(s, n))
        pith_misread_repair(b, s, n);
    else
        return false;
    return true;
}
