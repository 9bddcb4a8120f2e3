/*
 * factor.h — an alternation rewritten with its common first characters
 * written once ("share|shout|tweet" as "sh(?:are|out)|tweet").
 *
 * PCRE2 tries the alternatives of a group one after the other: an anchored
 * alternation of two hundred phrases fails on a line of prose only after
 * two hundred tries, each a few instructions.  Factored, it fails after
 * one try per distinct first character, then per distinct second one, and
 * so on, as a trie does.  Non-capturing groups inside an alternative are
 * factored the same way (the row of share words repeats its word list).
 *
 * The factored alternation matches exactly the same strings, but may try
 * its alternatives in another order: where several match, another may be
 * taken first.  So it is for patterns whose match must cover the whole
 * subject (the phrase rules: the text is the phrase, symbols around it),
 * where the order of the alternatives of one rule cannot change whether,
 * or where, the pattern matches.  Atomic groups, lookarounds, and groups
 * with a possessive quantifier are copied as they are.
 */
#ifndef PITH_RULES_FACTOR_H
#define PITH_RULES_FACTOR_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

typedef struct pith_regex_alt {
    const char *text;
    size_t len;
} pith_regex_alt;

/* Append the n alternatives, factored, to out as one alternation (no
 * group around it), for a pattern compiled caseless when caseless is set
 * (then an ASCII letter and its other case are one character).  False
 * when memory ran out (out may hold part of it). */
bool pith_regex_factor(pith_buf *out, const pith_regex_alt *alts, unsigned n, bool caseless);

#endif
