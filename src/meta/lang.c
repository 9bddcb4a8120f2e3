/*
 * lang.c — declared language tags, and language detection (see lang.h).
 *
 * Detection first counts the letters of each script.  A script that one
 * language owns (Hangul, kana, Thai, Greek, Hebrew...; lang_table.c) names
 * the language; Han without kana is Chinese.  For the shared scripts
 * (Latin, Cyrillic, Arabic, Devanagari) the text's n-gram fingerprint
 * (libexttextcat's fp_Create) is compared with the models of the languages
 * in that script (libexttextcat-data's files), by the Cavnar-Trenkle
 * out-of-place distance as fp_Compare computes it; the nearest model wins.
 * The models of a script are read the first time a text of that script
 * needs them (reading all 52 cost a process about 20 million instructions,
 * most of the work on a small page that does not declare its language),
 * into one table, once per process, under a lock, from the library's data
 * folder, and only read after that, so detection is thread-safe.
 */
#include "lang.h"

#include <fingerprint.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/fnv.h"
#include "util/utf8.h"

#ifndef PITH_TEXTCAT_DIR
#define PITH_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

#define MAX_MODELS 64
#define MODEL_NGRAMS 400
#define MODEL_GRAM_MAX 32 /* bytes of an n-gram: five characters, each at most four bytes */
#define SAMPLE_BYTES 3000   /* text looked at */
#define MIN_LETTERS 30      /* fewer letters: no guess */
#define MIN_DOC_BYTES 25

/* ------------------------------------------------------------ tags */

bool pith_lang_tag(const char *in, pith_buf *out)
{
    pith_buf_clear(out);
    if (!in)
        return false;
    while (*in == ' ')
        in++;
    /* subtags: letters and digits separated by '-' or '_' */
    const char *sub[4];
    size_t len[4], n = 0;
    const char *p = in;
    while (n < 4) {
        const char *st = p;
        while (pith_ascii_is_alnum(*p))
            p++;
        if (p == st)
            break;
        sub[n] = st;
        len[n++] = (size_t)(p - st);
        if (*p != '-' && *p != '_')
            break;
        p++;
    }
    if (n == 0 || len[0] < 2 || len[0] > 3)
        return false;
    for (size_t i = 0; i < len[0]; i++)
        if (!pith_ascii_is_alpha(sub[0][i]))
            return false;
    for (size_t i = 0; i < len[0]; i++)
        pith_buf_putc(out, pith_ascii_lower(sub[0][i]));
    for (size_t k = 1; k < n; k++) {
        bool script = len[k] == 4 && pith_ascii_is_alpha(sub[k][0]);
        bool region =
            (len[k] == 2 && pith_ascii_is_alpha(sub[k][0]) && pith_ascii_is_alpha(sub[k][1])) ||
            (len[k] == 3 && pith_ascii_is_digit(sub[k][0]));
        if (!script && !region)
            break; /* variants and private uses are left out */
        pith_buf_putc(out, '-');
        for (size_t i = 0; i < len[k]; i++) {
            char c = sub[k][i];
            bool upper = region || i == 0;
            pith_buf_putc(out, upper ? pith_ascii_upper(c) : pith_ascii_lower(c));
        }
    }
    return !out->oom;
}

/* ------------------------------------------------------------ models */

/* What libexttextcat's comparison (fp_Compare: its MAXOUTOFPLACE) adds for
 * an n-gram of the text that a model lacks. */
#define MAX_OUT_OF_PLACE 400
#define MODEL_FILE_MAX 65536 /* bytes read of a model: its 400 lines take some 4000 */

/* An n-gram of a script's models: its bytes in the pool, and the ranks it
 * has in the models that hold it (ranks[first .. first + n)). */
typedef struct model_gram {
    uint32_t at, first;
    uint16_t len, n;
} model_gram;

typedef struct model_rank {
    uint16_t model; /* of PITH_LANG_MODELS */
    uint16_t rank;  /* its line in the model's file, from 0 */
} model_rank;

/* The models of one script in one table: each n-gram once, with its rank
 * in every model that holds it.  libexttextcat read each model into a list
 * of its own and sorted it (some 17 million instructions for the Latin
 * script's, once per process: most of what detection cost a run of small
 * pages), then compared the text with each list in turn; here one look-up
 * of each of the text's n-grams scores every model at once, with the same
 * figures (the out-of-place distance; meta_lang_test compares them). */
typedef struct script_models {
    char *pool;
    model_gram *grams;
    model_rank *ranks;
    uint16_t *slots; /* gram + 1, 0 = free; mask + 1 of them (half the
                        pages of 32-bit ones, each a page fault) */
    uint32_t mask, n_grams;
    bool present[MAX_MODELS]; /* the models read */
} script_models;

_Static_assert(MAX_MODELS * MODEL_NGRAMS < UINT16_MAX, "a gram's number + 1 fits a slot");

static script_models tables[PITH_SCRIPT_COUNT]; /* written once, then only read */
static atomic_bool script_loaded[PITH_SCRIPT_COUNT]; /* set once its models are read */
static pthread_mutex_t models_lock = PTHREAD_MUTEX_INITIALIZER;

/* The slot of the n-gram s[0..n) in t: its own, or the free one it would
 * take. */
static uint32_t gram_slot(const script_models *t, const char *s, size_t n)
{
    uint32_t h = PITH_FNV1A_32_BASIS;
    for (size_t i = 0; i < n; i++)
        h = pith_fnv1a_32(h, (unsigned char)s[i]);
    uint32_t i = h & t->mask;
    for (; t->slots[i]; i = (i + 1) & t->mask) {
        const model_gram *g = &t->grams[t->slots[i] - 1];
        if (g->len == n && memcmp(t->pool + g->at, s, n) == 0)
            break;
    }
    return i;
}

/* The n-gram of the line at *p (before end), as libexttextcat reads a
 * model's line ("_e\t 20326"): the line trimmed, up to a blank; *p moves
 * to the next line. */
static const char *line_gram(const char **p, const char *end, size_t *n)
{
    const char *s = *p;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    const char *e = s;
    while (e < end && *e != ' ' && *e != '\t' && *e != '\r' && *e != '\n')
        e++;
    const char *nl = memchr(e, '\n', (size_t)(end - e));
    *p = nl ? nl + 1 : end;
    *n = (size_t)(e - s);
    return s;
}

/* The complete lines of the start of a model's file in buf (MODEL_FILE_MAX
 * bytes); their length, 0 when the file cannot be read. */
static size_t file_lines(const char *path, char *buf)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    size_t len = fread(buf, 1, MODEL_FILE_MAX, f);
    fclose(f);
    if (len == MODEL_FILE_MAX) { /* more than a model's lines: the last may be cut */
        while (len > 0 && buf[len - 1] != '\n')
            len--;
    }
    return len;
}

/* Where a script's table is made: the n-gram of each line of its models,
 * in file order (model m's lines from start[m] on, in the order of their
 * ranks), before they are grouped. */
typedef struct model_lines {
    uint16_t *gram; /* the table's n-gram of each line */
    uint32_t start[MAX_MODELS + 1];
    size_t n;
} model_lines;

/* The models read: the first MAX_MODELS of the list. */
static size_t listed_models(void)
{
    return PITH_N_LANG_MODELS < MAX_MODELS ? PITH_N_LANG_MODELS : MAX_MODELS;
}

/* Add the first MODEL_NGRAMS n-grams of a model (the lines s[0..len)) to
 * t and lines. */
static void add_model(script_models *t, size_t *pool_len, model_lines *lines, const char *s,
                      size_t len)
{
    const char *p = s, *end = s + len;
    for (uint16_t rank = 0; rank < MODEL_NGRAMS && p < end; rank++) {
        size_t n;
        const char *g = line_gram(&p, end, &n);
        if (n > MODEL_GRAM_MAX)
            n = MODEL_GRAM_MAX; /* no n-gram of libexttextcat's: the pool's bound */
        uint32_t slot = gram_slot(t, g, n);
        if (!t->slots[slot]) {
            t->grams[t->n_grams] = (model_gram){(uint32_t)*pool_len, 0, (uint16_t)n, 0};
            memcpy(t->pool + *pool_len, g, n);
            *pool_len += n;
            t->slots[slot] = (uint16_t)++t->n_grams;
        }
        uint16_t id = (uint16_t)(t->slots[slot] - 1);
        t->grams[id].n++;
        lines->gram[lines->n++] = id;
    }
}

/* Group the lines' ranks by n-gram into t->ranks. */
static void group_ranks(script_models *t, const model_lines *lines)
{
    uint32_t next = 0;
    for (size_t i = 0; i < lines->n; i++) {
        model_gram *g = &t->grams[lines->gram[i]];
        if (g->n) { /* first seen: its ranks start here */
            g->first = next;
            next += g->n;
            g->n = 0;
        }
    }
    for (size_t m = 0; m < listed_models(); m++)
        for (uint32_t i = lines->start[m]; i < lines->start[m + 1]; i++) {
            model_gram *g = &t->grams[lines->gram[i]];
            t->ranks[g->first + g->n++] = (model_rank){(uint16_t)m, (uint16_t)(i - lines->start[m])};
        }
}

/* Read the models of script into tables[script], once (a model that
 * cannot be read is left out; without memory, all are). */
static void read_models(pith_script script)
{
    script_models *t = &tables[script];
    size_t models = 0;
    for (size_t i = 0; i < PITH_N_LANG_MODELS && i < MAX_MODELS; i++)
        models += PITH_LANG_MODELS[i].script == script;
    size_t most = models * MODEL_NGRAMS, slots = 1;
    while (slots < 2 * most)
        slots *= 2;
    model_lines lines = {.gram = malloc(most * sizeof *lines.gram), .n = 0};
    t->pool = malloc(most * MODEL_GRAM_MAX);
    t->grams = malloc(most * sizeof *t->grams);
    t->ranks = malloc(most * sizeof *t->ranks);
    t->slots = calloc(slots, sizeof *t->slots);
    t->mask = (uint32_t)slots - 1;
    char *buf = malloc(MODEL_FILE_MAX);
    bool ok = lines.gram && t->pool && t->grams && t->ranks && t->slots && buf;
    size_t pool_len = 0;
    char path[512];
    for (size_t i = 0; i < listed_models(); i++) {
        lines.start[i] = (uint32_t)lines.n;
        if (!ok || PITH_LANG_MODELS[i].script != script)
            continue;
        int w = snprintf(path, sizeof path, "%s/%s", PITH_TEXTCAT_DIR, PITH_LANG_MODELS[i].file);
        size_t len = w > 0 && (size_t)w < sizeof path ? file_lines(path, buf) : 0;
        if (len > 0) {
            add_model(t, &pool_len, &lines, buf, len);
            t->present[i] = true;
        }
    }
    lines.start[listed_models()] = (uint32_t)lines.n;
    free(buf);
    if (ok)
        group_ranks(t, &lines);
    free(lines.gram);
    if (!ok) {
        free(t->pool);
        free(t->grams);
        free(t->ranks);
        free(t->slots);
        memset(t, 0, sizeof *t);
    }
}

static const script_models *load_models(pith_script script)
{
    if (!atomic_load_explicit(&script_loaded[script], memory_order_acquire)) {
        pthread_mutex_lock(&models_lock);
        if (!atomic_load_explicit(&script_loaded[script], memory_order_relaxed)) {
            read_models(script);
            atomic_store_explicit(&script_loaded[script], true, memory_order_release);
        }
        pthread_mutex_unlock(&models_lock);
    }
    return tables[script].slots ? &tables[script] : NULL;
}

/* The model of t nearest to the text's n-grams (listing: one a line, in
 * the order of their ranks, as fp_Print writes them), or NULL.  A model's
 * score is what fp_Compare gives: for each n-gram of the text, how far its
 * rank is from the model's, or MAX_OUT_OF_PLACE when the model lacks it;
 * the first of the lowest wins, as it did. */
static const char *nearest_of(const script_models *t, const char *listing, size_t len)
{
    long long score[MAX_MODELS] = {0};
    uint32_t found[MAX_MODELS] = {0}, grams = 0;
    for (const char *p = listing, *end = listing + len; p < end; grams++) {
        size_t n;
        const char *g = line_gram(&p, end, &n);
        uint32_t slot = gram_slot(t, g, n);
        if (!t->slots[slot])
            continue;
        const model_gram *mg = &t->grams[t->slots[slot] - 1];
        for (uint32_t k = mg->first; k < mg->first + mg->n; k++) {
            const model_rank *r = &t->ranks[k];
            score[r->model] += r->rank > grams ? r->rank - grams : grams - r->rank;
            found[r->model]++;
        }
    }
    const char *best = NULL;
    long long best_score = LLONG_MAX;
    for (size_t i = 0; i < PITH_N_LANG_MODELS && i < MAX_MODELS; i++) {
        if (!t->present[i])
            continue;
        long long s = score[i] + (long long)MAX_OUT_OF_PLACE * (grams - found[i]);
        if (s < best_score) {
            best_score = s;
            best = PITH_LANG_MODELS[i].tag;
        }
    }
    return best;
}

/* The text's fingerprint is libexttextcat's (fp_Create), read back
 * through fp_Print's listing. */
const char *pith_lang_nearest_model(const char *text, size_t n, pith_script script)
{
    const script_models *t = load_models(script);
    void *unknown = t ? fp_Init(NULL) : NULL;
    if (!unknown)
        return NULL;
    fp_SetProperty(unknown, TCPROP_UTF8AWARE, TC_TRUE);
    fp_SetProperty(unknown, TCPROP_MINIMUM_DOCUMENT_SIZE, MIN_DOC_BYTES);
    const char *best = NULL;
    if (fp_Create(unknown, text, (uint4)n, MODEL_NGRAMS)) {
        char *listing = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&listing, &len);
        if (f) {
            fp_Print(unknown, f);
            if (fclose(f) == 0)
                best = nearest_of(t, listing, len);
        }
        free(listing);
    }
    fp_Done(unknown);
    return best;
}

static bool listed_cp(const uint32_t *list, uint32_t cp)
{
    for (; *list; list++)
        if (*list == cp)
            return true;
    return false;
}

/* The models' answer, or the close language whose own letters the text
 * writes (see PITH_LANG_LETTERS). */
static const char *by_letters(const char *text, size_t n, const char *said)
{
    for (size_t k = 0; said && k < PITH_N_LANG_LETTERS; k++) {
        const pith_lang_letters *l = &PITH_LANG_LETTERS[k];
        if (strcmp(l->said, said) != 0)
            continue;
        size_t theirs = 0, ours = 0, i = 0;
        while (i < n) {
            uint32_t cp;
            i += (size_t)pith_utf8_decode(text + i, n - i, &cp);
            theirs += listed_cp(l->letters, cp);
            ours += listed_cp(l->keep, cp);
        }
        if (theirs >= 3 && ours == 0)
            return l->to;
    }
    return said;
}

/* ------------------------------------------------------------ scripts */

static pith_script shared_script(uint32_t cp)
{
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp < 0x250) ||
        (cp >= 0x1E00 && cp <= 0x1EFF))
        return PITH_SCRIPT_LATIN;
    if (cp >= 0x400 && cp <= 0x52F)
        return PITH_SCRIPT_CYRILLIC;
    if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F) ||
        (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
        return PITH_SCRIPT_ARABIC;
    if (cp >= 0x900 && cp <= 0x97F)
        return PITH_SCRIPT_DEVANAGARI;
    return PITH_SCRIPT_OTHER;
}

static int owned_script(uint32_t cp)
{
    for (size_t i = 0; i < PITH_N_SCRIPT_LANGS; i++)
        if (cp >= PITH_SCRIPT_LANGS[i].first && cp <= PITH_SCRIPT_LANGS[i].last)
            return (int)i;
    return -1;
}

/* Count the letters of text (word characters but digits) by script:
 * shared[] for the shared scripts, owned[] for the scripts one language
 * owns (lang_table.c); the letters of other scripts count in the total
 * alone, which is returned.  ASCII, most of most texts, is counted
 * without decoding it, eight bytes at a time. */
static size_t count_letters(const char *text, size_t n, size_t shared[PITH_SCRIPT_COUNT],
                            size_t owned[64])
{
    size_t letters = 0, ascii_letters = 0, i = 0;
    const uint64_t highs = 0x8080808080808080ull;
    while (i < n) {
        uint64_t x = highs;
        if (i + 8 <= n)
            memcpy(&x, text + i, sizeof x);
        if (!(x & highs)) { /* eight ASCII bytes; 0x20 puts a letter in lower case */
            uint64_t alpha = pith_ascii_bytes_within(x | highs >> 2, 'a', 'z');
            ascii_letters += pith_ascii_bytes_marked(alpha);
            letters += pith_ascii_bytes_marked(pith_ascii_bytes_within(x, '_', '_'));
            i += 8;
            continue;
        }
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) { /* a letter, or '_': the ASCII word characters but digits */
            i++;
            ascii_letters += pith_ascii_is_alpha((char)c);
            letters += c == '_';
            continue;
        }
        uint32_t cp;
        i += (size_t)pith_utf8_decode(text + i, n - i, &cp);
        if (!pith_is_word_cp(cp))
            continue;
        letters++;
        pith_script s = shared_script(cp);
        int o;
        if (s != PITH_SCRIPT_OTHER)
            shared[s]++;
        else if ((o = owned_script(cp)) >= 0 && (size_t)o < 64)
            owned[o]++;
    }
    shared[PITH_SCRIPT_LATIN] += ascii_letters;
    return letters + ascii_letters;
}

/* likely, when it is a language with a model in script, else NULL. */
static const char *model_of(const char *likely, pith_script script)
{
    for (size_t i = 0; likely && i < PITH_N_LANG_MODELS; i++)
        if (PITH_LANG_MODELS[i].script == script && strcmp(PITH_LANG_MODELS[i].tag, likely) == 0)
            return PITH_LANG_MODELS[i].tag;
    return NULL;
}

const char *pith_lang_detect(const char *text, size_t n)
{
    return pith_lang_detect_likely(text, n, NULL);
}

const char *pith_lang_detect_likely(const char *text, size_t n, const char *likely)
{
    if (!text)
        return NULL;
    if (n > SAMPLE_BYTES) {
        n = SAMPLE_BYTES;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--;
    }
    size_t shared[PITH_SCRIPT_COUNT] = {0};
    size_t owned[64] = {0};
    size_t letters = count_letters(text, n, shared, owned);
    if (letters < MIN_LETTERS)
        return NULL;
    /* Japanese mixes kana into Han: a little kana is enough. */
    for (size_t k = 0; k < PITH_N_SCRIPT_LANGS && k < 64; k++)
        if (strcmp(PITH_SCRIPT_LANGS[k].tag, "ja") == 0 && owned[k] * 20 > letters)
            return "ja";
    size_t best_owned = 0, best_shared = 0;
    int owned_at = -1;
    pith_script shared_at = PITH_SCRIPT_OTHER;
    for (size_t k = 0; k < PITH_N_SCRIPT_LANGS && k < 64; k++)
        if (owned[k] > best_owned) {
            best_owned = owned[k];
            owned_at = (int)k;
        }
    for (int s = 1; s < PITH_SCRIPT_COUNT; s++)
        if (shared[s] > best_shared) {
            best_shared = shared[s];
            shared_at = (pith_script)s;
        }
    if (owned_at >= 0 && best_owned >= best_shared)
        return PITH_SCRIPT_LANGS[owned_at].tag;
    if (shared_at == PITH_SCRIPT_OTHER)
        return NULL;
    const char *said = model_of(likely, shared_at);
    return by_letters(text, n, said ? said : pith_lang_nearest_model(text, n, shared_at));
}
