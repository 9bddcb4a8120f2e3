/*
 * twice.c — a whole document encoded in UTF-8 twice, found and decoded
 * back (see twice.h).
 */
#include "twice.h"

#include <stdint.h>
#include <string.h>

#include "util/misread.h"

/* Share (in quarters) of the document's "Â", "Ã" and "â" that runs (of
 * any character: "â†’" is an arrow encoded twice) must explain: real text
 * holds them in words ("Âmbito", "NÃO", "château"), where no run follows,
 * and a page that is only encoded twice does not. */
#define TWICE_RUN_QUARTERS 3

/* A character whose double encoding is the common mojibake: Latin-1's
 * upper half (read back as "Â" or "Ã" and one character), the general
 * punctuation quotes and dashes, "€" and "™" (read back as "â" and two). */
static bool telling(uint32_t cp)
{
    return (cp >= 0xA0 && cp <= 0xFF) || (cp >= 0x2010 && cp <= 0x203A) || cp == 0x20AC ||
           cp == 0x2122;
}

bool pith_twice_encoded(const char *s, size_t n)
{
    size_t leads = 0, runs = 0, tell = 0;
    const char *end = s + n;
    const char *p = memchr(s, 0xC3, n);
    while (p) {
        size_t left = (size_t)(end - p), len = 0;
        if (pith_twice_lead(p, left)) {
            leads++;
            uint32_t cp = pith_misread_run(p, left, &len);
            runs += len > 0;
            tell += telling(cp);
        }
        p += len ? len : 1;
        p = p < end ? memchr(p, 0xC3, (size_t)(end - p)) : NULL;
    }
    return tell >= PITH_TWICE_MIN_TELLING && 4 * runs >= TWICE_RUN_QUARTERS * leads;
}

bool pith_twice_repair(pith_buf *b, size_t from)
{
    if (!b->data || b->len <= from || !pith_twice_encoded(b->data + from, b->len - from))
        return !b->oom;
    pith_buf fixed = PITH_BUF_INIT;
    pith_misread_repair(&fixed, b->data + from, b->len - from);
    bool ok = !fixed.oom;
    if (ok) {
        b->len = from;
        pith_buf_append(b, fixed.data ? fixed.data : "", fixed.len);
    }
    pith_buf_free(&fixed);
    return ok && !b->oom;
}
