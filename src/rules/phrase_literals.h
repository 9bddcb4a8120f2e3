/*
 * phrase_literals.h — the phrase alternatives that are plain words, looked
 * up in one table instead of run as patterns.
 *
 * A phrase matches a whole short text but for symbols, digits and spaces
 * around it (byte_index.h, PITH_PARTS_PHRASE).  Most of its alternatives
 * are words: "advertisements?", "sign up(?: now| today)?", "ad feedback".
 * Such an alternative is a finite set of keys; one that opens and closes
 * with an ASCII letter can only match the text's core: what is left once
 * the run of [\W\d_] before it and the one after it are taken off (a
 * letter is in neither).  So the core, folded as a key is (ASCII letters
 * in lower case, a space for each run of white space), is looked up once,
 * and the patterns hold only the alternatives that really need PCRE2.
 *
 * Same answer: PCRE2 (caseless, UTF, UCP) matches an ASCII letter of a
 * pattern by its two cases and, for k and s, the Kelvin sign and the long
 * s; \s by the white space of pith_literal_key's list; anything else of a
 * key by itself.  tests/phrase_literals_test.c checks those lists against
 * PCRE2 for every code point, and every key against the plain pattern.
 */
#ifndef PITH_PHRASE_LITERALS_H
#define PITH_PHRASE_LITERALS_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "rules_data.h" /* pith_phrase_literals_data */

/* The longest key (a longer alternative stays a pattern). */
#define PITH_LITERAL_MAX 128

/* The keys of the alternatives read so far. */
typedef struct pith_literals_builder {
    pith_buf pool;
    pith_literal_entry *entries;
    unsigned n, cap;
} pith_literals_builder;

#define PITH_LITERALS_BUILDER_INIT {PITH_BUF_INIT, NULL, 0, 0}

/* Add the alternative alt[0..len) of rule (a phrase rule's alternative as
 * the index holds it: each space written \s+) when it is plain words: 1
 * when it was (the caller leaves it out of its patterns), 0 when it is
 * not, -1 when memory ran out. */
int pith_literals_add(pith_literals_builder *b, const char *alt, size_t len, unsigned rule);

/* The table of the keys added, each key with the first rule that added it
 * (out owns its memory: pith_phrase_literals_free); b is emptied.  False
 * when memory ran out. */
bool pith_literals_finish(pith_literals_builder *b, pith_phrase_literals_data *out);
void pith_literals_builder_free(pith_literals_builder *b);
void pith_phrase_literals_free(pith_phrase_literals_data *d);

/* The core s[0..n) (valid UTF-8) folded as keys are into key (room for
 * cap bytes): its length, or -1 when it holds a character no key can
 * match or is longer than cap. */
long pith_literal_key(const char *s, size_t n, char *key, size_t cap);

/* The first rule of the key equal to the core s[0..n), or -1. */
int pith_phrase_literals_rule(const pith_phrase_literals_data *d, const char *s, size_t n);

#endif
