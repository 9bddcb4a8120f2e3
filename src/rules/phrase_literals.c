/*
 * phrase_literals.c — the plain-word alternatives of the phrases, as one
 * table of keys (see phrase_literals.h).
 *
 * An alternative is plain words when it is made of plain ASCII characters,
 * escaped ASCII symbols, \s+, non-capturing groups of such alternatives,
 * and '?' after any of them: it then stands for at most EXPANSIONS_MAX
 * keys, each written out.  Anything else (\w, \d, classes, '*', '+', '{',
 * anchors, characters outside ASCII) keeps the alternative a pattern.
 */
#include "phrase_literals.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/fnv.h"
#include "alternatives.h"

/* The most keys one alternative may stand for. */
#define EXPANSIONS_MAX 64

typedef struct keys {
    unsigned n;
    unsigned char len[EXPANSIONS_MAX];
    char s[EXPANSIONS_MAX][PITH_LITERAL_MAX];
} keys;

static bool expand_sequence(const char *p, size_t len, keys *out);

/* Add key a[0..alen) + b[0..blen) to out; false when it does not fit. */
static bool add_key(keys *out, const char *a, size_t alen, const char *b, size_t blen)
{
    if (out->n == EXPANSIONS_MAX || alen + blen > PITH_LITERAL_MAX)
        return false;
    memcpy(out->s[out->n], a, alen);
    memcpy(out->s[out->n] + alen, b, blen);
    out->len[out->n++] = (unsigned char)(alen + blen);
    return true;
}

typedef struct branch_union {
    keys *set;
    keys *scratch;
} branch_union;

/* One branch of a group: its keys join the group's. */
static bool add_branch(void *userdata, const char *text, size_t len)
{
    branch_union *u = userdata;
    if (!expand_sequence(text, len, u->scratch))
        return false;
    for (unsigned k = 0; k < u->scratch->n; k++)
        if (!add_key(u->set, u->scratch->s[k], u->scratch->len[k], "", 0))
            return false;
    return true;
}

/* The keys of the group p[i..end) ("(?:...)"), into set. */
static bool group_keys(const char *p, size_t i, size_t end, keys *set)
{
    if (end - i < 4 || p[i + 1] != '?' || p[i + 2] != ':' || p[end - 1] != ')')
        return false;
    size_t inner_len = end - i - 4;
    char *inner = malloc(inner_len + 1);
    keys *scratch = malloc(sizeof *scratch);
    bool ok = inner && scratch;
    if (ok) {
        memcpy(inner, p + i + 3, inner_len);
        inner[inner_len] = '\0';
        branch_union u = {set, scratch};
        ok = pith_regex_alternatives(inner, add_branch, &u);
    }
    free(scratch);
    free(inner);
    return ok;
}

/* The keys of the element at p[i] into set (emptied first); where it
 * ends (its quantifier read), or 0 when it is not plain words. */
static size_t element_keys(const char *p, size_t len, size_t i, keys *set)
{
    set->n = 0;
    size_t end = pith_regex_element_end(p, len, i);
    char c = p[i];
    bool ok;
    if (c == '\\' && end == i + 2 && p[i + 1] == 's') {
        ok = end < len && p[end] == '+'; /* a space of the rule: \s+ */
        end++;
        if (!ok || (end < len && strchr("?*+{", p[end])))
            return 0; /* (\s+? and \s++ are no spaces of a rule) */
        ok = add_key(set, " ", 1, "", 0);
    } else if (c == '\\' && end == i + 2) {
        char e = p[i + 1];
        ok = (unsigned char)e < 0x80 && !pith_ascii_is_alnum(e) && e > ' ' && e != 0x7F &&
             add_key(set, &e, 1, "", 0);
    } else if (pith_regex_plain_char(p, i, end)) {
        char lower = pith_ascii_lower(c);
        ok = c > ' ' && c != 0x7F && add_key(set, &lower, 1, "", 0);
    } else {
        ok = c == '(' && group_keys(p, i, end, set);
    }
    if (ok && end < len && p[end] == '?') {
        ok = add_key(set, "", 0, "", 0);
        end++;
    }
    if (!ok || (end < len && strchr("?*+{", p[end])))
        return 0;
    return end;
}

/* out = out followed by each key of set. */
static bool extend(keys *out, const keys *set, keys *scratch)
{
    scratch->n = 0;
    for (unsigned a = 0; a < out->n; a++)
        for (unsigned b = 0; b < set->n; b++)
            if (!add_key(scratch, out->s[a], out->len[a], set->s[b], set->len[b]))
                return false;
    memcpy(out, scratch, sizeof *out);
    return true;
}

/* The keys of the sequence p[0..len); false when it is not plain words or
 * stands for too many keys (or memory ran out: it then stays a pattern). */
static bool expand_sequence(const char *p, size_t len, keys *out)
{
    keys *set = malloc(sizeof *set), *scratch = malloc(sizeof *scratch);
    bool ok = set && scratch;
    out->n = 0;
    ok = ok && add_key(out, "", 0, "", 0);
    for (size_t i = 0; ok && i < len;) {
        size_t end = element_keys(p, len, i, set);
        ok = end > i && extend(out, set, scratch);
        i = end;
    }
    free(scratch);
    free(set);
    return ok;
}

/* A key that only a whole core can match: it opens and closes with a
 * letter, and no two runs of white space touch. */
static bool core_key(const char *s, size_t n)
{
    if (n == 0 || !pith_ascii_is_alpha(s[0]) || !pith_ascii_is_alpha(s[n - 1]))
        return false;
    for (size_t i = 1; i < n; i++)
        if (s[i] == ' ' && s[i - 1] == ' ')
            return false;
    return true;
}

int pith_literals_add(pith_literals_builder *b, const char *alt, size_t len, unsigned rule)
{
    keys *k = malloc(sizeof *k);
    bool plain = k && expand_sequence(alt, len, k);
    for (unsigned i = 0; plain && i < k->n; i++)
        plain = core_key(k->s[i], k->len[i]);
    int result = plain ? 1 : 0;
    for (unsigned i = 0; plain && i < k->n; i++) {
        if (b->n == b->cap) {
            unsigned grown = b->cap ? b->cap * 2 : 256;
            pith_literal_entry *e = grown < UINT16_MAX ? realloc(b->entries, grown * sizeof *e)
                                                       : NULL;
            if (!e) {
                result = -1;
                break;
            }
            b->entries = e;
            b->cap = grown;
        }
        b->entries[b->n++] = (pith_literal_entry){(uint32_t)b->pool.len, k->len[i],
                                                  (uint8_t)rule};
        pith_buf_append(&b->pool, k->s[i], k->len[i]);
        if (b->pool.oom)
            result = -1;
    }
    free(k);
    return result;
}

static uint32_t key_hash(const char *s, size_t n)
{
    uint32_t h = PITH_FNV1A_32_BASIS;
    for (size_t i = 0; i < n; i++)
        h = pith_fnv1a_32(h, (unsigned char)s[i]);
    return h;
}

/* The bit of the last word (ASCII, folded to lower case as it is read) of
 * s[0..n): the bytes after its last one of ' ' or below. */
static unsigned last_word_bit(const char *s, size_t n)
{
    size_t i = n;
    while (i > 0 && (unsigned char)s[i - 1] > ' ')
        i--;
    uint32_t h = PITH_FNV1A_32_BASIS;
    for (; i < n; i++)
        h = pith_fnv1a_32(h, (unsigned char)pith_ascii_lower(s[i]));
    return h % PITH_LAST_WORD_BITS;
}

/* Whether some key may end with the last word of the core s[0..n): its
 * bit is set, or the word holds a byte outside ASCII (which the bits do
 * not fold). */
static bool last_word_may_match(const pith_phrase_literals_data *d, const char *s, size_t n)
{
    if (!d->last_words)
        return true;
    for (size_t i = n; i > 0 && (unsigned char)s[i - 1] > ' '; i--) {
        if ((unsigned char)s[i - 1] >= 0x80)
            return true;
        if (n - i >= d->longest)
            return false; /* a longer word than any key */
    }
    unsigned bit = last_word_bit(s, n);
    return (d->last_words[bit / 64] >> (bit % 64)) & 1;
}

/* The slot of key s[0..n) in d: where it is, or the empty slot where it
 * would go. */
static unsigned find_slot(const pith_phrase_literals_data *d, const uint16_t *slots,
                          const char *s, size_t n)
{
    unsigned at = key_hash(s, n) & d->mask;
    for (; slots[at]; at = (at + 1) & d->mask) {
        const pith_literal_entry *e = &d->entries[slots[at] - 1];
        if (e->len == n && memcmp(d->pool + e->offset, s, n) == 0)
            break;
    }
    return at;
}

bool pith_literals_finish(pith_literals_builder *b, pith_phrase_literals_data *out)
{
    memset(out, 0, sizeof *out);
    if (b->pool.oom)
        return false;
    unsigned size = 16;
    while (size < 2 * b->n)
        size *= 2;
    uint16_t *slots = calloc(size, sizeof *slots);
    if (!slots)
        return false;
    out->mask = size - 1;
    out->entries = b->entries;
    out->n_entries = b->n;
    out->pool_len = b->pool.len;
    out->pool = b->pool.len ? pith_buf_detach(&b->pool, NULL) : NULL;
    for (unsigned e = 0; e < b->n; e++) {
        const pith_literal_entry *entry = &b->entries[e];
        unsigned at = find_slot(out, slots, out->pool + entry->offset, entry->len);
        if (!slots[at]) /* a key already filed keeps its first rule */
            slots[at] = (uint16_t)(e + 1);
        if (entry->len > out->longest)
            out->longest = entry->len;
    }
    uint64_t *last = calloc(PITH_LAST_WORD_BITS / 64, sizeof *last);
    for (unsigned e = 0; last && e < b->n; e++) {
        unsigned bit = last_word_bit(out->pool + b->entries[e].offset, b->entries[e].len);
        last[bit / 64] |= (uint64_t)1 << (bit % 64);
    }
    out->last_words = last; /* (none when memory ran out: every word may end a key) */
    out->slots = slots;
    b->entries = NULL;
    b->n = b->cap = 0;
    pith_buf_free(&b->pool);
    return true;
}

void pith_literals_builder_free(pith_literals_builder *b)
{
    pith_buf_free(&b->pool);
    free(b->entries);
    b->entries = NULL;
    b->n = b->cap = 0;
}

void pith_phrase_literals_free(pith_phrase_literals_data *d)
{
    free((uint16_t *)d->slots);
    free((pith_literal_entry *)d->entries);
    free((char *)d->pool);
    free((uint64_t *)d->last_words);
    memset(d, 0, sizeof *d);
}

/* What the character outside ASCII at s[0..n) folds to in a key: ' ' for
 * white space (PCRE2's \s with UCP), 'k' and 's' for the Kelvin sign and
 * the long s, -1 for any other; *width is its length. */
static int fold_wide(const unsigned char *s, size_t n, size_t *width)
{
    *width = n >= 3 && s[0] >= 0xE0 ? 3 : 2;
    if (n < *width)
        return -1;
    uint32_t c = *width == 2 ? (uint32_t)s[0] << 8 | s[1]
                             : (uint32_t)s[0] << 16 | (uint32_t)s[1] << 8 | s[2];
    if (c == 0xC285 || c == 0xC2A0 || c == 0xE19A80 || c == 0xE1A08E ||
        (c >= 0xE28080 && c <= 0xE2808A) || c == 0xE280A8 || c == 0xE280A9 || c == 0xE280AF ||
        c == 0xE2819F || c == 0xE38080)
        return ' ';
    if (c == 0xE284AA)
        return 'k';
    if (c == 0xC5BF)
        return 's';
    return -1;
}

static bool ascii_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

long pith_literal_key(const char *s, size_t n, char *key, size_t cap)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < n;) {
        if (u[i] > ' ' && u[i] < 0x80 && !space) { /* most bytes: ASCII, not white space */
            if (k == cap)
                return -1;
            key[k++] = pith_ascii_lower(s[i++]);
            continue;
        }
        size_t width = 1;
        int c = u[i] < 0x80 ? (ascii_space(u[i]) ? ' ' : pith_ascii_lower(s[i]))
                            : fold_wide(u + i, n - i, &width);
        if (c < 0 || u[i] >= 0xF0)
            return -1;
        i += width;
        if (c == ' ') {
            space = true;
            continue;
        }
        if (k + space + 1 > cap)
            return -1;
        if (space)
            key[k++] = ' ';
        space = false;
        key[k++] = (char)c;
    }
    if (space) {
        if (k + 1 > cap)
            return -1;
        key[k++] = ' ';
    }
    return (long)k;
}

int pith_phrase_literals_rule(const pith_phrase_literals_data *d, const char *s, size_t n)
{
    if (!d->n_entries || !last_word_may_match(d, s, n))
        return -1;
    char key[PITH_LITERAL_MAX];
    size_t cap = d->longest < sizeof key ? d->longest : sizeof key;
    long len = pith_literal_key(s, n, key, cap);
    if (len <= 0)
        return -1;
    unsigned at = find_slot(d, d->slots, key, (size_t)len);
    return d->slots[at] ? d->entries[d->slots[at] - 1].rule : -1;
}
