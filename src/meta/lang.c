/*
 * lang.c — declared language tags, and language detection (see lang.h).
 *
 * Detection first counts the letters of each script.  A script that one
 * language owns (Hangul, kana, Thai, Greek, Hebrew...; lang_table.c) names
 * the language; Han without kana is Chinese.  For the shared scripts
 * (Latin, Cyrillic, Arabic, Devanagari) the text's n-gram fingerprint is
 * compared with the models of the languages in that script, through
 * libexttextcat's fingerprint functions (the Cavnar-Trenkle out-of-place
 * distance); the nearest model wins.  The models of a script are read
 * the first time a text of that script needs them (reading all 52 cost a
 * process about 20 million instructions, most of the work on a small page
 * that does not declare its language), once per process, under a lock,
 * from the library's data folder, and only read after that, so detection
 * is thread-safe.
 */
#include "lang.h"

#include <fingerprint.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"

#ifndef PITH_TEXTCAT_DIR
#define PITH_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

#define MAX_MODELS 64
#define MODEL_NGRAMS 400
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

static void *models[MAX_MODELS];   /* written once, then only read */
static atomic_bool script_loaded[PITH_SCRIPT_COUNT]; /* set once its models are read */
static pthread_mutex_t models_lock = PTHREAD_MUTEX_INITIALIZER;

/* Read the models of script, once (a model that cannot be read stays
 * NULL and is left out). */
static void read_models(pith_script script)
{
    char path[512];
    for (size_t i = 0; i < PITH_N_LANG_MODELS && i < MAX_MODELS; i++) {
        if (PITH_LANG_MODELS[i].script != script)
            continue;
        int w = snprintf(path, sizeof path, "%s/%s", PITH_TEXTCAT_DIR, PITH_LANG_MODELS[i].file);
        if (w < 0 || (size_t)w >= sizeof path)
            continue;
        FILE *probe = fopen(path, "r");
        if (!probe)
            continue;
        fclose(probe);
        void *fp = fp_Init(PITH_LANG_MODELS[i].tag);
        if (!fp)
            continue;
        fp_SetProperty(fp, TCPROP_UTF8AWARE, TC_TRUE);
        if (fp_Read(fp, path, MODEL_NGRAMS))
            models[i] = fp;
        else
            fp_Done(fp);
    }
}

static void load_models(pith_script script)
{
    if (atomic_load_explicit(&script_loaded[script], memory_order_acquire))
        return;
    pthread_mutex_lock(&models_lock);
    if (!atomic_load_explicit(&script_loaded[script], memory_order_relaxed)) {
        read_models(script);
        atomic_store_explicit(&script_loaded[script], true, memory_order_release);
    }
    pthread_mutex_unlock(&models_lock);
}

/* The nearest model of the script. */
static const char *nearest_model(const char *text, size_t n, pith_script script)
{
    load_models(script);
    void *unknown = fp_Init(NULL);
    if (!unknown)
        return NULL;
    fp_SetProperty(unknown, TCPROP_UTF8AWARE, TC_TRUE);
    fp_SetProperty(unknown, TCPROP_MINIMUM_DOCUMENT_SIZE, MIN_DOC_BYTES);
    const char *best = NULL;
    if (fp_Create(unknown, text, (uint4)n, MODEL_NGRAMS)) {
        sint4 best_score = INT_MAX;
        for (size_t i = 0; i < PITH_N_LANG_MODELS && i < MAX_MODELS; i++) {
            if (!models[i] || PITH_LANG_MODELS[i].script != script)
                continue;
            sint4 score = fp_Compare(models[i], unknown, best_score);
            if (score < best_score) {
                best_score = score;
                best = PITH_LANG_MODELS[i].tag;
            }
        }
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
    return by_letters(text, n, said ? said : nearest_model(text, n, shared_at));
}
