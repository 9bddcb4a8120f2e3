/*
 * byte_index.h — an ordered list of PCRE2 rules, split by the first byte a
 * match can start with, so that matching tries at each position only the
 * rules that can match there.
 *
 * The class/id rules are one long alternation run over every element's
 * class and id.  PCRE2 tries every alternative at every candidate position,
 * one after the other, so the cost grows with the number of rules.  The
 * index gives the same answer for a fraction of the work: for each byte c
 * it has an anchored alternation of only the rules that can start with c
 * (PCRE2's own first-byte analysis of each rule decides), in their
 * original order, and for each position of the subject runs the one for
 * that position's byte.  Each alternation is compiled the first time a
 * subject needs it (lazy_re.h), so a page pays only for the bytes its
 * strings start parts with.
 *
 * In phrase mode each subset also has a gate (any_match.h): the literals
 * one of which every match of its alternatives holds; a text without any
 * of them does not run the subset's pattern at all.  Nor does a place whose
 * two bytes no match of the subset may open with (alternatives.h,
 * pith_regex_opening_pairs): "Africa" at a subset of "ad", "advertising"
 * and "anzeige".
 *
 * Same answer: an unanchored search tries start positions from the left
 * and, at each, the alternatives in order; an alternative that cannot start
 * with the byte at a position cannot match there, and a "whole" rule (one
 * wrapped in (?<![a-z0-9]) ... (?![a-z0-9]), say) cannot match where the
 * byte before is a letter or digit.  Leaving those out changes neither the
 * leftmost position nor the first alternative matching at it.
 */
#ifndef PITH_BYTE_INDEX_H
#define PITH_BYTE_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "any_match.h"
#include "rules_data.h" /* PITH_INDEX_MAX_RULES, pith_index_data */

typedef struct pith_byte_index pith_byte_index;

/* What a "whole" rule must cover: whole words of letters and digits
 * (wrapped in (?<![a-z0-9]) ... (?![a-z0-9])), or whole space-separated
 * tokens (wrapped in (?<![^ ]) ... (?![^ ])); or, for phrases, the whole
 * text but for symbols, digits and spaces around it: the index then stands
 * for ^[\W\d_]*(?:(rule 1)|(rule 2)...)[\W\d_]*$, matched caseless on UTF-8
 * (PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS), and every rule is whole. */
typedef enum pith_index_parts {
    PITH_PARTS_WORDS,
    PITH_PARTS_TOKENS,
    PITH_PARTS_PHRASE
} pith_index_parts;

/* Build the index over n rules (at most PITH_INDEX_MAX_RULES): patterns[i]
 * is a PCRE2 fragment without capture groups, matched case-sensitively
 * (but for phrases); whole[i] wraps it in the part-boundary assertions of
 * parts (whole may be NULL for phrases).  The patterns must outlive the
 * index.  Returns NULL when a rule does not suit the index (it captures,
 * may match the empty string, or does not compile) or memory runs out: the
 * caller then keeps its plain alternation.  (In phrase mode, a rule that
 * starts with a character outside ASCII is checked only when a subject
 * first needs it; pith_byte_index_compile checks every rule at once.) */
pith_byte_index *pith_byte_index_build(const char *const *patterns, const bool *whole,
                                       unsigned n, pith_index_parts parts);

/* The first match in s[0..n): returns the index of the rule that matched
 * (as the plain alternation's first set group would), and the match's
 * start and length; -1 when nothing matches (or a pattern could not be
 * compiled for want of memory, recorded as a failed allocation).  Safe
 * from many threads at once: only the lazily compiled patterns change,
 * under their lock. */
int pith_byte_index_match(pith_byte_index *ix, const char *s, size_t n, size_t *start,
                          size_t *len);

/* pith_byte_index_match of t's text, whose folded copy and hashes the
 * phrase subsets' gates share with the caller's other matchers. */
int pith_byte_index_match_text(pith_byte_index *ix, pith_any_text *t, size_t *start,
                               size_t *len);

/* The gates of the phrase subsets made so far (all of them for an index
 * from data), to group with other matchers asked about the same texts
 * (pith_any_group_build): up to cap written to out; their number. */
unsigned pith_byte_index_gates(const pith_byte_index *ix, pith_any_match **out, unsigned cap);

/* Compile every pattern of the index now; false when one does not. */
bool pith_byte_index_compile(pith_byte_index *ix);

/* The index with every subset made and compiled, as data (rules_data.h;
 * its patterns point into ix, which must outlive it); free with
 * pith_index_data_free.  False when a pattern does not compile or memory
 * ran out. */
bool pith_byte_index_export(pith_byte_index *ix, pith_index_data *out);
void pith_index_data_free(pith_index_data *data);

/* An index over data built ahead of time (which must outlive it); NULL
 * when memory runs out. */
pith_byte_index *pith_byte_index_from_data(const pith_index_data *data);

void pith_byte_index_free(pith_byte_index *ix);

#endif
