/*
 * found.c — the table of values the metadata sources found (see found.h),
 * and the string helpers every source shares.
 */
#include "found.h"

#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"

void pith_mfound_init(pith_mfound *f, pith_arena *arena)
{
    memset(f, 0, sizeof *f);
    f->arena = arena;
}

void pith_meta_squash(pith_buf *out, const char *s, size_t n)
{
    size_t start = out->len;
    bool space = false;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c > ' ' && c < 0x7F) { /* printable ASCII, most of a value: as is */
            if (space && out->len > start)
                pith_buf_putc(out, ' ');
            space = false;
            pith_buf_putc(out, (char)c);
            i++;
            continue;
        }
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (pith_is_space_cp(cp) || cp == '\v') {
            space = true;
        } else if (cp >= 0x20 && !(cp >= 0x7F && cp < 0xA0) && cp != 0x200B &&
                   cp != 0xFEFF && cp != 0x200E && cp != 0x200F) {
            if (space && out->len > start)
                pith_buf_putc(out, ' ');
            space = false;
            pith_utf8_encode(out, cp);
        }
        i += (size_t)k;
    }
}

bool pith_mfound_add(pith_mfound *f, pith_mfield field, pith_msource src, const char *s,
                     size_t n, unsigned flags)
{
    if (!s || n == 0 || f->count[field][src] >= PITH_MFOUND_MAX)
        return true;
    if (field != PITH_MF_BODY && n > PITH_MFOUND_TEXT_MAX * 2)
        n = PITH_MFOUND_TEXT_MAX * 2;
    pith_buf b = PITH_BUF_INIT;
    pith_meta_squash(&b, s, n);
    if (field != PITH_MF_BODY && b.len > PITH_MFOUND_TEXT_MAX) {
        size_t cut = PITH_MFOUND_TEXT_MAX;
        while (cut > 0 && ((unsigned char)b.data[cut] & 0xC0) == 0x80)
            cut--;
        pith_buf_truncate(&b, cut);
    }
    bool ok = !b.oom;
    if (ok && b.len > 0) {
        pith_mvalue *v = pith_arena_alloc(f->arena, sizeof *v);
        char *text = v ? pith_arena_strndup(f->arena, b.data, b.len) : NULL;
        if (!text) {
            ok = false;
        } else {
            v->text = text;
            v->flags = flags;
            v->next = NULL;
            if (f->tail[field][src])
                f->tail[field][src]->next = v;
            else
                f->head[field][src] = v;
            f->tail[field][src] = v;
            f->count[field][src]++;
        }
    }
    pith_buf_free(&b);
    return ok;
}

bool pith_mfound_adds(pith_mfound *f, pith_mfield field, pith_msource src, const char *s,
                      unsigned flags)
{
    return s ? pith_mfound_add(f, field, src, s, strlen(s), flags) : true;
}

/* The few named references that turn up in metadata values. */
static const struct named_ref {
    const char *name;
    uint32_t cp;
} NAMED_REFS[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xA0}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026},
    {"laquo", 0xAB}, {"raquo", 0xBB}, {"copy", 0xA9}, {"reg", 0xAE}, {"eacute", 0xE9},
    {"egrave", 0xE8}, {"aacute", 0xE1}, {"agrave", 0xE0}, {"ouml", 0xF6}, {"uuml", 0xFC},
    {"auml", 0xE4}, {"szlig", 0xDF}, {"ccedil", 0xE7}, {"ntilde", 0xF1}, {"iacute", 0xED},
    {"oacute", 0xF3}, {"uacute", 0xFA}, {"middot", 0xB7}, {"bull", 0x2022},
};

/* Decode the reference at s[0] == '&'; returns its length, 0 if none. */
static size_t decode_ref(const char *s, size_t n, uint32_t *cp)
{
    size_t i = 1;
    if (i < n && s[i] == '#') {
        i++;
        bool hex = i < n && (s[i] == 'x' || s[i] == 'X');
        if (hex)
            i++;
        uint32_t v = 0;
        size_t digits = 0;
        for (; i < n && digits < 8; i++, digits++) {
            char c = s[i];
            int d = hex ? pith_ascii_hex_value(c) : pith_ascii_is_digit(c) ? c - '0' : -1;
            if (d < 0)
                break;
            v = v * (hex ? 16 : 10) + (uint32_t)d;
        }
        if (!digits || i >= n || s[i] != ';')
            return 0;
        *cp = (v == 0 || v > 0x10FFFF) ? 0xFFFD : v;
        return i + 1;
    }
    for (size_t k = 0; k < sizeof NAMED_REFS / sizeof NAMED_REFS[0]; k++) {
        size_t len = strlen(NAMED_REFS[k].name);
        if (1 + len < n && memcmp(s + 1, NAMED_REFS[k].name, len) == 0 && s[1 + len] == ';') {
            *cp = NAMED_REFS[k].cp;
            return len + 2;
        }
    }
    return 0;
}

/* One pass: references decoded, and tags dropped when strip_tags. */
static void unescape_once(pith_buf *out, const char *s, size_t n, bool strip_tags)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t cp;
        size_t k;
        if (s[i] == '&' && (k = decode_ref(s + i, n - i, &cp)) > 0) {
            pith_utf8_encode(out, cp);
            i += k - 1;
            continue;
        }
        const char *end = NULL;
        if (strip_tags && s[i] == '<' && i + 1 < n &&
            (pith_ascii_is_alpha(s[i + 1]) || s[i + 1] == '/'))
            end = memchr(s + i, '>', n - i);
        if (end) {
            pith_buf_putc(out, ' ');
            i = (size_t)(end - s);
        } else {
            pith_buf_putc(out, s[i]);
        }
    }
}

void pith_meta_unescape(pith_buf *out, const char *s, size_t n)
{
    pith_buf first = PITH_BUF_INIT;
    unescape_once(&first, s, n, true);
    const char *t = first.data ? first.data : "";
    /* Encoded twice ("&amp;#8217;"): decode the references once more. */
    if (first.len < n && memchr(t, '&', first.len))
        unescape_once(out, t, first.len, false);
    else
        pith_buf_append(out, t, first.len);
    if (first.oom)
        out->oom = true;
    pith_buf_free(&first);
}

bool pith_meta_add_unescaped(pith_mfound *f, pith_mfield field, pith_msource src,
                             const char *s, size_t n, unsigned flags)
{
    if (!s || n == 0)
        return true;
    if (!memchr(s, '&', n) && !memchr(s, '<', n))
        return pith_mfound_add(f, field, src, s, n, flags);
    pith_buf b = PITH_BUF_INIT;
    pith_meta_unescape(&b, s, n);
    bool ok = !b.oom && pith_mfound_add(f, field, src, b.data ? b.data : "", b.len, flags);
    pith_buf_free(&b);
    return ok;
}

bool pith_meta_add_decoded(pith_mfound *f, pith_mfield field, pith_msource src, const char *s,
                           unsigned flags)
{
    if (!s)
        return true;
    size_t n = strlen(s);
    if (!memchr(s, '&', n))
        return pith_mfound_add(f, field, src, s, n, flags);
    pith_buf b = PITH_BUF_INIT;
    unescape_once(&b, s, n, false);
    bool ok = !b.oom && pith_mfound_add(f, field, src, b.data ? b.data : "", b.len, flags);
    pith_buf_free(&b);
    return ok;
}

const char *pith_mfound_first(const pith_mfound *f, pith_mfield field, pith_msource src)
{
    return f->head[field][src] ? f->head[field][src]->text : NULL;
}

const char *pith_meta_next_word(const char *s, pith_buf *word)
{
    size_t n = strlen(s), i = 0;
    while (i < n) { /* skip to a letter */
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (pith_is_word_cp(cp))
            break;
        i += (size_t)k;
    }
    while (i < n) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (!pith_is_word_cp(cp))
            break;
        pith_utf8_encode(word, pith_lower_cp(cp));
        i += (size_t)k;
    }
    return s + i;
}

void pith_meta_words_lower(const char *s, pith_buf *out)
{
    pith_buf_clear(out);
    pith_buf_putc(out, ' ');
    while (*s) {
        size_t before = out->len;
        s = pith_meta_next_word(s, out);
        if (out->len > before)
            pith_buf_putc(out, ' ');
    }
}

const char *pith_meta_token(const char **cursor, size_t *len)
{
    const char *p = *cursor;
    while (*p && pith_ascii_is_space(*p))
        p++;
    const char *st = p;
    while (*p && !pith_ascii_is_space(*p))
        p++;
    *cursor = p;
    *len = (size_t)(p - st);
    return *len ? st : NULL;
}

/* A byte's bit in a set of letters: 'a'..'z', and bit 26 for any other. */
static uint32_t letter_bit(char c)
{
    return (c >= 'a' && c <= 'z') ? 1u << (c - 'a') : 1u << 26;
}

/* Does w (wl bytes) occur in s (n bytes)?  memchr finds each place its
 * first byte does and memcmp compares there: on strings as short as class
 * names this costs a fraction of memmem, whose setup outweighs the search. */
static bool occurs(const char *s, size_t n, const char *w, size_t wl)
{
    if (wl == 0)
        return true;
    if (wl > n)
        return false;
    const char *last = s + (n - wl); /* the last place a match can start */
    for (const char *p = s; p <= last && (p = memchr(p, w[0], (size_t)(last - p) + 1)) != NULL;
         p++)
        if (memcmp(p, w, wl) == 0)
            return true;
    return false;
}

/* A pair of adjacent bytes as one of 1024 bits. */
static unsigned pair_bit(char a, char b)
{
    return ((unsigned)(unsigned char)a * 31u + (unsigned char)b) & 1023u;
}

void pith_meta_pairs_of(const char *s, size_t n, pith_meta_pairs *out)
{
    out->s = s;
    out->n = n;
    memset(out->bits, 0, sizeof out->bits);
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned bit = pair_bit(s[i], s[i + 1]);
        out->bits[bit >> 6] |= 1ull << (bit & 63);
    }
}

bool pith_meta_pairs_contain_any(const pith_meta_pairs *p, const char *const *words, size_t count)
{
    /* A word can occur only if its first two bytes occur side by side:
     * only the words whose first pair is in the string are searched for
     * (class names hold most letters, but few of the pairs that open
     * these words). */
    for (size_t k = 0; k < count; k++) {
        const char *w = words[k];
        if (w[0] && w[1]) {
            unsigned bit = pair_bit(w[0], w[1]);
            if (!(p->bits[bit >> 6] & (1ull << (bit & 63))))
                continue;
        }
        if (occurs(p->s, p->n, w, strlen(w)))
            return true;
    }
    return false;
}

bool pith_meta_contains_any(const char *s, size_t n, const char *const *words, size_t count)
{
    pith_meta_pairs p;
    pith_meta_pairs_of(s, n, &p);
    return pith_meta_pairs_contain_any(&p, words, count);
}

bool pith_meta_part_is_any(const char *s, size_t n, const char *const *words, size_t count)
{
    uint32_t first = 0; /* the first letters of the words */
    for (size_t k = 0; k < count; k++)
        first |= letter_bit(words[k][0]);
    size_t i = 0;
    while (i < n) {
        size_t st = i;
        while (i < n && s[i] != '-')
            i++;
        if (i > st && (first & letter_bit(s[st])))
            for (size_t k = 0; k < count; k++)
                if (words[k][0] == s[st] && strlen(words[k]) == i - st &&
                    memcmp(s + st, words[k], i - st) == 0)
                    return true;
        i++;
    }
    return false;
}
