/*
 * stopmatch.c — counts stop words in text, for every language at once.
 *
 * At first use (pthread_once) the lists of stopwords.c are loaded into one
 * open-addressing hash table mapping a lower-case word to the set of
 * languages it belongs to (a bit mask), and the single-character lists
 * (Chinese, Japanese, Korean) into a sorted table of code points.  Counting
 * is then one pass over the text: split into words, fold case, look up.
 *
 * The table is small on purpose: a hash index of 16-bit entry numbers and
 * a dense array of entries whose words are in one pool.  Each page of
 * memory a process first writes costs it a page fault: a table of words
 * copied into 56-byte slots made this load a third of the page faults of a
 * process on a small page.  The build makes the table ahead of time
 * (rules_data.h); the lists are then only read for the language codes and
 * the single characters.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

#include "util/fnv.h"
#include "util/utf8.h"
#include "rules.h"
#include "rules_data.h"
#include "stopwords.h"

#define INDEX_SLOTS PITH_STOP_INDEX_SLOTS /* power of two, twice MAX_WORDS */
#define MAX_WORDS 4095    /* distinct words; entry numbers fit 12 bits */
#define POOL_MAX (64 * 1024) /* bytes of distinct words */
#define WORD_MAX 48       /* longer tokens are not stop words */
#define CHAR_SLOTS 256
#define CHAR_INDEX_SLOTS 512 /* power of two, twice CHAR_SLOTS */

/* The table as built at run time, when the build made none. */
static struct {
    uint16_t index[INDEX_SLOTS];
    pith_stop_entry words[MAX_WORDS];
    char pool[POOL_MAX];
    pith_stop_data data;
} B;

static struct {
    const pith_stop_data *table; /* the build's, or B.data */
    unsigned dropped;            /* words that did not fit */
    struct { uint32_t cp; uint64_t langs; } chars[CHAR_SLOTS];
    uint16_t char_index[CHAR_INDEX_SLOTS]; /* entry of chars + 1, 0 = free */
    int nchars;
    int nlangs;
    uint64_t lang_mask; /* bits 0 .. nlangs-1 */
    const char *codes[PITH_STOP_LANGS];
} S;

static pthread_once_t once = PTHREAD_ONCE_INIT;

static uint32_t hash_word(const char *w, size_t n)
{
    uint32_t h = PITH_FNV1A_32_BASIS;
    for (size_t i = 0; i < n; i++)
        h = pith_fnv1a_32(h, (unsigned char)w[i]);
    return h;
}

/* Whether a[0..n) and b[0..n) are the same (a word is short: a loop
 * costs less than a call to memcmp). */
static inline bool same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (a[k] != b[k])
            return false;
    return true;
}

/* The index slot of word w (whose hash is h) in t: its own, or the free
 * one it would take. */
static inline uint32_t slot_of_hashed(const pith_stop_data *t, const char *w, size_t n, uint32_t h)
{
    uint32_t i = h & (INDEX_SLOTS - 1);
    while (t->index[i]) {
        const pith_stop_entry *e = &t->words[t->index[i] - 1];
        if (e->len == n && same_bytes(t->pool + e->offset, w, n))
            break;
        i = (i + 1) & (INDEX_SLOTS - 1);
    }
    return i;
}

static uint32_t slot_of(const pith_stop_data *t, const char *w, size_t n)
{
    return slot_of_hashed(t, w, n, hash_word(w, n));
}

static void add_word(const char *w, size_t n, int lang)
{
    if (n == 0 || n >= WORD_MAX)
        return;
    pith_stop_data *t = &B.data;
    uint32_t i = slot_of(t, w, n);
    if (!B.index[i]) {
        if (t->nwords == MAX_WORDS || t->pool_len + n > POOL_MAX) {
            S.dropped++; /* stopwords_test keeps the lists under the limits */
            return;
        }
        memcpy(B.pool + t->pool_len, w, n);
        B.words[t->nwords] = (pith_stop_entry){(uint32_t)t->pool_len, (uint32_t)n, 0};
        t->pool_len += n;
        B.index[i] = (uint16_t)++t->nwords;
    }
    B.words[B.index[i] - 1].langs |= (uint64_t)1 << lang;
}

/* The languages of word w, whose hash is h (0 < n <= WORD_MAX: word_end
 * asks for no other, and a word of WORD_MAX bytes is in no list). */
static inline uint64_t lookup_word(const char *w, size_t n, uint32_t h)
{
    const pith_stop_data *t = S.table;
    uint32_t i = slot_of_hashed(t, w, n, h);
    return t->index[i] ? t->words[t->index[i] - 1].langs : 0;
}

/* The index slot of code point cp: its own, or the free one it would
 * take (open addressing, a multiplicative hash). */
static uint32_t char_slot(uint32_t cp)
{
    uint32_t i = (cp * 2654435761u) >> 23; /* the top 9 bits: CHAR_INDEX_SLOTS */
    while (S.char_index[i] && S.chars[S.char_index[i] - 1].cp != cp)
        i = (i + 1) & (CHAR_INDEX_SLOTS - 1);
    return i;
}

static void add_char(uint32_t cp, int lang)
{
    uint32_t i = char_slot(cp);
    if (S.char_index[i]) {
        S.chars[S.char_index[i] - 1].langs |= (uint64_t)1 << lang;
        return;
    }
    if (S.nchars < CHAR_SLOTS) {
        S.chars[S.nchars].cp = cp;
        S.chars[S.nchars].langs = (uint64_t)1 << lang;
        S.char_index[i] = (uint16_t)++S.nchars;
    }
}

/* The languages of a single-character stop word (a Chinese or Japanese
 * page asks for each of its characters). */
static uint64_t lookup_char(uint32_t cp)
{
    uint32_t i = char_slot(cp);
    return S.char_index[i] ? S.chars[S.char_index[i] - 1].langs : 0;
}

/* The ASCII bytes of words ('0'-'9', 'a'-'z', '_'; pith_is_word_cp),
 * lower-cased (pith_lower_cp); 0 for the others, and for every byte from
 * 0x80 on (a UTF-8 sequence, read by decoding), so that one look-up tests
 * both.  Filled by load. */
static char word_byte[256];

static void load_word_bytes(void)
{
    for (int c = 0; c < 128; c++) {
        uint32_t cp = (uint32_t)c;
        word_byte[c] = c && pith_is_word_cp(cp) ? (char)pith_lower_cp(cp) : 0;
    }
}

static void load(void)
{
    const pith_stop_data *built = pith_rules_precompiled ? pith_rules_precompiled->stopwords : NULL;
    B.data = (pith_stop_data){B.index, B.words, 0, B.pool, 0};
    S.table = built ? built : &B.data;
    load_word_bytes();
    for (const pith_stopword_list *l = pith_stopword_lists; l->lang; l++) {
        if (S.nlangs == PITH_STOP_LANGS)
            break;
        int lang = S.nlangs++;
        S.codes[lang] = l->lang;
        const char *p = l->words;
        if (l->by_char) {
            size_t i = 0, n = strlen(p);
            while (i < n) {
                uint32_t cp;
                i += (size_t)pith_utf8_decode(p + i, n - i, &cp);
                if (cp != ' ')
                    add_char(cp, lang);
            }
            continue;
        }
        while (!built && *p) {
            while (*p == ' ')
                p++;
            const char *start = p;
            while (*p && *p != ' ')
                p++;
            add_word(start, (size_t)(p - start), lang);
        }
    }
    S.lang_mask = S.nlangs == PITH_STOP_LANGS ? ~(uint64_t)0 : ((uint64_t)1 << S.nlangs) - 1;
}

const pith_stop_data *pith_rules_stop_table(void)
{
    pthread_once(&once, load);
    return S.table;
}

unsigned pith_rules_stop_words_dropped(void)
{
    pthread_once(&once, load);
    return S.dropped;
}

int pith_rules_stop_lang_count(void)
{
    pthread_once(&once, load);
    return S.nlangs;
}

const char *pith_rules_stop_lang(int i)
{
    pthread_once(&once, load);
    return i >= 0 && i < S.nlangs ? S.codes[i] : NULL;
}

static inline void count_hits(pith_stopstats *st, uint64_t langs)
{
    langs &= S.lang_mask;
    st->langs |= langs;
    for (; langs; langs &= langs - 1)
        st->hits[__builtin_ctzll(langs)]++;
}

static bool is_hangul(uint32_t cp)
{
    return cp >= 0xAC00 && cp <= 0xD7AF;
}

/* Below U+0E00 (Thai, the lowest script pith_is_cjk_cp names) no script
 * is read a character at a time, so the Latin, Greek and Cyrillic letters
 * of most non-ASCII text skip the range tests (stopwords_test checks the
 * bound). */
#define FIRST_BY_CHAR_CP 0x0E00

/* Whether cp is a word of its own (CJK, Thai, Hangul...). */
static inline bool read_by_char(uint32_t cp)
{
    return cp >= FIRST_BY_CHAR_CP && (pith_is_cjk_cp(cp) || is_hangul(cp));
}

/* The word being read: its lower-case bytes and their hash. */
typedef struct word_buf {
    char text[WORD_MAX + 4];
    size_t len;
    uint32_t hash;
    bool too_long;
} word_buf;

/* Add the bytes of a word character (lower-cased) to w: while a character
 * of 4 bytes still fits, else the word is too long to be a stop word. */
static inline void word_add(word_buf *w, const char *bytes, size_t k)
{
    if (w->len + 4 > WORD_MAX) {
        w->too_long = true;
        return;
    }
    for (size_t j = 0; j < k; j++) {
        w->text[w->len++] = bytes[j];
        w->hash = pith_fnv1a_32(w->hash, (unsigned char)bytes[j]);
    }
}

/* Add the run of ASCII word bytes at text[i..) (at least one) to w, as
 * word_add does a byte at a time; where the run ends.  The bytes that
 * still fit are read in a loop that needs no test of the length; the
 * rest of a run too long to be a stop word is only skipped. */
static size_t ascii_word_run(const char *text, size_t n, size_t i, word_buf *w)
{
    uint32_t h = w->hash;
    size_t room = w->len + 4 <= WORD_MAX ? WORD_MAX - 4 + 1 - w->len : 0;
    size_t fits = n - i > room ? room : n - i, k = 0;
    const char *in = text + i;
    char *out = w->text + w->len, b;
    while (k < fits && (b = word_byte[(unsigned char)in[k]])) {
        out[k++] = b;
        h = pith_fnv1a_32(h, (unsigned char)b);
    }
    w->len += k;
    w->hash = h;
    i += k;
    if (k == fits && i < n && word_byte[(unsigned char)text[i]]) {
        w->too_long = true;
        while (i < n && word_byte[(unsigned char)text[i]])
            i++;
    }
    return i;
}

/* The characters of two UTF-8 bytes (U+0080 to U+07FF: the letters of
 * Latin-1 and Latin Extended, Greek, Cyrillic, Hebrew, Arabic...), each
 * read through pith_is_word_cp and pith_lower_cp the first time a text
 * holds it, then looked up: TWO_BYTE_SEEN | the length of its lower case
 * in UTF-8 (0: no word character) << 24 | those bytes; 0 until seen.
 * Relaxed atomics: threads that race compute the same value. */
#define TWO_BYTE_FIRST 0x80
#define TWO_BYTE_SEEN 0x80000000u
static _Atomic uint32_t two_byte[0x800 - TWO_BYTE_FIRST];

static uint32_t two_byte_entry(uint32_t cp)
{
    _Atomic uint32_t *slot = &two_byte[cp - TWO_BYTE_FIRST];
    uint32_t e = atomic_load_explicit(slot, memory_order_relaxed);
    if (e)
        return e;
    e = TWO_BYTE_SEEN;
    if (pith_is_word_cp(cp)) {
        unsigned char b[4] = {0};
        size_t k = pith_utf8_put(pith_lower_cp(cp), (char *)b); /* in the BMP: 3 bytes at most */
        e |= (uint32_t)k << 24 | (uint32_t)b[2] << 16 | (uint32_t)b[1] << 8 | b[0];
    }
    atomic_store_explicit(slot, e, memory_order_relaxed);
    return e;
}

/* The code point of the well-formed two-byte character at text[i..n), or
 * 0 when there is none there. */
static inline uint32_t two_byte_cp(const char *text, size_t n, size_t i)
{
    unsigned char c = (unsigned char)text[i];
    if (c < 0xC2 || c > 0xDF || n - i < 2 || ((unsigned char)text[i + 1] & 0xC0) != 0x80)
        return 0;
    return (uint32_t)(c & 0x1F) << 6 | ((unsigned char)text[i + 1] & 0x3F);
}

/* A word ended: count it and its stop-word languages. */
static inline void word_end(word_buf *w, pith_stopstats *st)
{
    if (w->len == 0)
        return;
    st->words++;
    if (!w->too_long)
        count_hits(st, lookup_word(w->text, w->len, w->hash));
    w->len = 0;
    w->hash = PITH_FNV1A_32_BASIS;
    w->too_long = false;
}

void pith_rules_stopwords(const char *text, size_t n, pith_stopstats *st)
{
    pthread_once(&once, load);
    word_buf w = {.len = 0, .hash = PITH_FNV1A_32_BASIS, .too_long = false};
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)text[i];
        if (word_byte[c]) { /* most text is ASCII: no decoding */
            i = ascii_word_run(text, n, i, &w);
            if (i < n && (unsigned char)text[i] < 0x80) {
                word_end(&w, st); /* the space or mark after most words: read here */
                i++;
            }
            continue;
        }
        if (c < 0x80) {
            word_end(&w, st);
            i++;
            continue;
        }
        uint32_t cp = two_byte_cp(text, n, i);
        if (cp) { /* Greek, Cyrillic, accented Latin...: no decoding */
            uint32_t e = two_byte_entry(cp);
            char bytes[3] = {(char)(e & 0xFF), (char)(e >> 8 & 0xFF), (char)(e >> 16 & 0xFF)};
            if (e >> 24 & 0x7F)
                word_add(&w, bytes, e >> 24 & 0x7F);
            else
                word_end(&w, st);
            i += 2;
            continue;
        }
        i += (size_t)pith_utf8_decode(text + i, n - i, &cp);
        bool by_char = read_by_char(cp);
        if (!by_char && pith_is_word_cp(cp)) {
            char bytes[4];
            word_add(&w, bytes, pith_utf8_put(pith_lower_cp(cp), bytes));
            continue;
        }
        word_end(&w, st);
        if (by_char) {
            st->words++;
            count_hits(st, lookup_char(cp));
        }
    }
    word_end(&w, st);
}

int pith_rules_stop_best(const pith_stopstats *st)
{
    int best = -1;
    unsigned hits = 0;
    for (int l = 0; l < S.nlangs; l++)
        if (st->hits[l] > hits) {
            hits = st->hits[l];
            best = l;
        }
    return best;
}
