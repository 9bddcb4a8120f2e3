/*
 * byte_index.h — an ordered list of PCRE2 rules, split by the first byte a
 * match can start with, so that matching tries at each position only the
 * rules that can match there.
 *
 * The class/id rules are one long alternation run over every element's
 * class and id.  PCRE2 tries every alternative at every candidate position,
 * one after the other, so the cost grows with the number of rules.  The
 * index gives the same answer for a fraction of the work: for each byte c
 * it compiles (once) an anchored alternation of only the rules that can
 * start with c (PCRE2's own first-byte analysis of each rule decides), in
 * their original order, and for each position of the subject runs the one
 * for that position's byte.
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

#define PITH_INDEX_MAX_RULES 64

typedef struct pith_byte_index pith_byte_index;

/* What a "whole" rule must cover: whole words of letters and digits
 * (wrapped in (?<![a-z0-9]) ... (?![a-z0-9])), or whole space-separated
 * tokens (wrapped in (?<![^ ]) ... (?![^ ])). */
typedef enum pith_index_parts {
    PITH_PARTS_WORDS,
    PITH_PARTS_TOKENS
} pith_index_parts;

/* Build the index over n rules (at most PITH_INDEX_MAX_RULES): patterns[i]
 * is a PCRE2 fragment without capture groups, matched case-sensitively;
 * whole[i] wraps it in the part-boundary assertions of parts.  Returns NULL
 * when a rule does not suit the index (it captures, may match the empty
 * string, or does not compile) or memory runs out: the caller then keeps
 * its plain alternation. */
pith_byte_index *pith_byte_index_build(const char *const *patterns, const bool *whole,
                                       unsigned n, pith_index_parts parts);

/* The first match in s[0..n): returns the index of the rule that matched
 * (as the plain alternation's first set group would), and the match's
 * start and length; -1 when nothing matches. */
int pith_byte_index_match(const pith_byte_index *ix, const char *s, size_t n, size_t *start,
                          size_t *len);

void pith_byte_index_free(pith_byte_index *ix);

#endif
