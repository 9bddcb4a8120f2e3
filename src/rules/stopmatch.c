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
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

#include "util/utf8.h"
#include "rules.h"
#include "rules_data.h"
#include "stopwords.h"

#define INDEX_SLOTS PITH_STOP_INDEX_SLOTS /* power of two, twice MAX_WORDS */
#define MAX_WORDS 4095    /* distinct words; entry numbers fit 12 bits */
#define POOL_MAX (64 * 1024) /* bytes of distinct words */
#define WORD_MAX 48       /* longer tokens are not stop words */
#define CHAR_SLOTS 256

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
    int nchars;
    int nlangs;
    const char *codes[PITH_STOP_LANGS];
} S;

static pthread_once_t once = PTHREAD_ONCE_INIT;

static uint32_t hash_word(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h;
}

/* The index slot of word w in t: its own, or the free one it would take. */
static uint32_t slot_of(const pith_stop_data *t, const char *w, size_t n)
{
    uint32_t i = hash_word(w, n) & (INDEX_SLOTS - 1);
    while (t->index[i]) {
        const pith_stop_entry *e = &t->words[t->index[i] - 1];
        if (e->len == n && memcmp(t->pool + e->offset, w, n) == 0)
            break;
        i = (i + 1) & (INDEX_SLOTS - 1);
    }
    return i;
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

static uint64_t lookup_word(const char *w, size_t n)
{
    if (n == 0 || n >= WORD_MAX)
        return 0;
    const pith_stop_data *t = S.table;
    uint32_t i = slot_of(t, w, n);
    return t->index[i] ? t->words[t->index[i] - 1].langs : 0;
}

static void add_char(uint32_t cp, int lang)
{
    for (int i = 0; i < S.nchars; i++)
        if (S.chars[i].cp == cp) {
            S.chars[i].langs |= (uint64_t)1 << lang;
            return;
        }
    if (S.nchars < CHAR_SLOTS) {
        S.chars[S.nchars].cp = cp;
        S.chars[S.nchars].langs = (uint64_t)1 << lang;
        S.nchars++;
    }
}

static uint64_t lookup_char(uint32_t cp)
{
    for (int i = 0; i < S.nchars; i++)
        if (S.chars[i].cp == cp)
            return S.chars[i].langs;
    return 0;
}

static void load(void)
{
    const pith_stop_data *built = pith_rules_precompiled ? pith_rules_precompiled->stopwords : NULL;
    B.data = (pith_stop_data){B.index, B.words, 0, B.pool, 0};
    S.table = built ? built : &B.data;
    for (const pith_stopword_list *l = pith_stopword_lists; l->lang; l++) {
        if (S.nlangs == PITH_STOP_LANGS)
            break;
        int lang = S.nlangs++;
        S.codes[lang] = l->lang;
        const char *p = l->words;
        size_t n = strlen(p);
        if (l->by_char) {
            size_t i = 0;
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

static void count_hits(pith_stopstats *st, uint64_t langs)
{
    for (int l = 0; langs && l < S.nlangs; l++, langs >>= 1)
        if (langs & 1)
            st->hits[l]++;
}

/* Write the UTF-8 encoding of cp at out; returns its length. */
static size_t encode(uint32_t cp, char *out)
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

static bool is_hangul(uint32_t cp)
{
    return cp >= 0xAC00 && cp <= 0xD7AF;
}

void pith_rules_stopwords(const char *text, size_t n, pith_stopstats *st)
{
    pthread_once(&once, load);
    char word[WORD_MAX + 4];
    size_t wlen = 0;
    bool too_long = false;
    size_t i = 0;
    for (;;) {
        uint32_t cp = ' ';
        if (i < n && (unsigned char)text[i] < 0x80)
            cp = (unsigned char)text[i++]; /* most text is ASCII: no decoding */
        else if (i < n)
            i += (size_t)pith_utf8_decode(text + i, n - i, &cp);
        bool by_char = cp >= 0x80 && (pith_is_cjk_cp(cp) || is_hangul(cp));
        if (!by_char && pith_is_word_cp(cp)) {
            if (wlen + 4 <= WORD_MAX)
                wlen += encode(pith_lower_cp(cp), word + wlen);
            else
                too_long = true;
            if (i < n)
                continue;
        }
        if (wlen > 0) { /* a word ended */
            st->words++;
            if (!too_long)
                count_hits(st, lookup_word(word, wlen));
            wlen = 0;
            too_long = false;
        }
        if (by_char) {
            st->words++;
            count_hits(st, lookup_char(cp));
        }
        if (i >= n)
            break;
    }
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
