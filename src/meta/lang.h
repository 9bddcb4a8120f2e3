/*
 * lang.h — the page's language: declared tags normalised (lang.c), and
 * detection from the article's text (lang.c over the data in
 * lang_table.c).
 */
#ifndef PITH_META_LANG_H
#define PITH_META_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* Normalise a declared language ("en_US", "EN-us", "en-US, de",
 * "de-DE-1996") to a BCP 47 tag ("en-US", "de-DE") in out; false when the
 * value is not a language tag ("x-default", "*", "English"). */
bool pith_lang_tag(const char *in, pith_buf *out);

/* The language of a text (UTF-8), as a BCP 47 primary tag ("en", "zh"),
 * or NULL when the text is too short or the models cannot be loaded.  The
 * script decides alone where it belongs to one language (Hangul, kana,
 * Thai, Greek...); otherwise the text's character n-gram profile is
 * compared with the profiles of the languages written in that script
 * (libexttextcat's models, loaded once per process).  Thread-safe. */
const char *pith_lang_detect(const char *text, size_t n);

/* pith_lang_detect, told a language the text is likely in (NULL: none),
 * such as the one whose stop words are by far the densest in it: when the
 * text's script is one of the shared ones and likely is a language with a
 * model in it, likely is taken without comparing profiles (most of the
 * cost of detection), and checked by letters against its close languages
 * as the models' answer is. */
const char *pith_lang_detect_likely(const char *text, size_t n, const char *likely);

/* Scripts, for the table. */
typedef enum pith_script {
    PITH_SCRIPT_OTHER = 0,
    PITH_SCRIPT_LATIN,
    PITH_SCRIPT_CYRILLIC,
    PITH_SCRIPT_ARABIC,
    PITH_SCRIPT_DEVANAGARI,
    PITH_SCRIPT_COUNT
} pith_script;

/* A language whose profile is compared: its model file (in the
 * libexttextcat data folder), its tag, its script. */
typedef struct pith_lang_model {
    const char *file;
    const char *tag;
    pith_script script;
} pith_lang_model;

extern const pith_lang_model PITH_LANG_MODELS[];
extern const size_t PITH_N_LANG_MODELS;

/* The tag of the model of script nearest to the n bytes of text (the
 * Cavnar-Trenkle out-of-place distance, as libexttextcat's fp_Compare
 * measures it; the first of the nearest in PITH_LANG_MODELS), or NULL
 * when the text is too short or no model could be read.  What
 * pith_lang_detect asks for the scripts several languages share. */
const char *pith_lang_nearest_model(const char *text, size_t n, pith_script script);

/* Scripts that one language owns: a code point range and the tag. */
typedef struct pith_script_lang {
    unsigned first, last;
    const char *tag;
} pith_script_lang;

extern const pith_script_lang PITH_SCRIPT_LANGS[];
extern const size_t PITH_N_SCRIPT_LANGS;

/* Close languages the n-gram models confuse, told apart by letters only
 * one of them writes: when the models say `said` but the text holds the
 * letters of `to` (at least three) and none of the letters that keep
 * `said`, the language is `to`.  Letter lists end with 0. */
typedef struct pith_lang_letters {
    const char *said, *to;
    uint32_t letters[12];
    uint32_t keep[12];
} pith_lang_letters;

extern const pith_lang_letters PITH_LANG_LETTERS[];
extern const size_t PITH_N_LANG_LETTERS;

#endif
