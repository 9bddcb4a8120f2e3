/*
 * alternatives.h — a PCRE2 pattern cut at its top-level '|'.
 *
 * "share|social-\w+|(?:a|b)c" has the top-level alternatives "share",
 * "social-\w+" and "(?:a|b)c".  Matching them one by one gives the same
 * answers as the whole pattern (the first-byte index of the class rules and
 * the any-of matchers of the text rules rely on it) as long as nothing in
 * one alternative reaches into another: the cutter refuses patterns with
 * capture groups or back-references, inline option settings, backtracking
 * verbs, recursion, \Q..\E quoting, \K or POSIX classes.
 */
#ifndef PITH_ALTERNATIVES_H
#define PITH_ALTERNATIVES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/ascii.h"

/* Called once per alternative, in order; return false to stop. */
typedef bool (*pith_alternative_fn)(void *userdata, const char *text, size_t len);

/* Cut pattern into its top-level alternatives and call fn for each.
 * Returns false when the pattern cannot be cut safely (see above; fn is
 * then not called), is unbalanced, or fn returned false. */
bool pith_regex_alternatives(const char *pattern, pith_alternative_fn fn, void *userdata);

/* Where the pattern element at p[i] (i < len) ends: an escape, a class, a
 * group (with what it holds), a quantifier's braces, a UTF-8 character, or
 * one byte. */
size_t pith_regex_element_end(const char *p, size_t len, size_t i);

/* Whether the element p[i..end) (from pith_regex_element_end) is one plain
 * ASCII character: no class, escape, group, quantifier or anchor. */
bool pith_regex_plain_char(const char *p, size_t i, size_t end);

/* Add to set (bit c of the 256) the bytes a match of p[0..len), matched
 * caseless on UTF-8, may start with: plain ASCII characters (of either
 * case; for k and s the lead bytes of the Kelvin sign and the long s too),
 * every lead byte for a character outside ASCII, \\d, \\W or \\s, and
 * groups whose every branch starts so.  False (set left as it may be)
 * when they are not known here. */
bool pith_regex_first_bytes(const char *p, size_t len, uint64_t set[4]);

/* The pairs of bytes a match may open with, as bits of a set of
 * PITH_PAIR_BITS (pith_regex_pair_bit): ASCII letters of either case are
 * one, the Kelvin sign and the long s first are k and s. */
#define PITH_PAIR_BITS 2048u
#define PITH_PAIR_WORDS (PITH_PAIR_BITS / 64)

static inline unsigned char pith_regex_pair_fold(unsigned char c)
{
    return (unsigned char)pith_ascii_lower((char)c);
}

static inline unsigned pith_regex_pair_bit(unsigned char first, unsigned char second)
{
    uint32_t pair = (uint32_t)pith_regex_pair_fold(first) << 8 | pith_regex_pair_fold(second);
    return (pair * 0x9E3779B1u) >> 21; /* 32 - log2(PITH_PAIR_BITS) */
}

/* Add to pairs the pairs of bytes a match of p[0..len), matched caseless
 * on UTF-8, may open with where its first character is one ASCII byte
 * (a match that opens with a character outside ASCII adds none, but for
 * the Kelvin sign and the long s).  False (pairs left as they may be)
 * when they are not known here: the first two characters are not plain
 * characters or groups whose every branch opens with them, or a match may
 * be one character long. */
bool pith_regex_opening_pairs(const char *p, size_t len, uint64_t pairs[PITH_PAIR_WORDS]);

/* The first three bytes a match may open with, the first ASCII, as bits
 * of a set of PITH_TRIPLE_BITS (pith_regex_triple_bit): as the pairs, every
 * digit one ("\\d+" opens a thousand ways), and the second byte a space for
 * any white space (a text whose bytes are not all ASCII is not looked up). */
#define PITH_TRIPLE_BITS 4096u
#define PITH_TRIPLE_WORDS (PITH_TRIPLE_BITS / 64)

static inline unsigned char pith_regex_triple_fold(unsigned char c)
{
    return pith_ascii_is_digit((char)c) ? '0' : pith_regex_pair_fold(c);
}

static inline unsigned pith_regex_triple_bit(unsigned char first, unsigned char second,
                                             unsigned char third)
{
    bool blank = second == ' ' || (second >= '\t' && second <= '\r');
    uint32_t triple = (uint32_t)pith_regex_triple_fold(first) << 16 |
                      (uint32_t)(blank ? ' ' : pith_regex_triple_fold(second)) << 8 |
                      pith_regex_triple_fold(third);
    return (triple * 0x9E3779B1u) >> 20; /* 32 - log2(PITH_TRIPLE_BITS) */
}

/* Add to triples the first three bytes a match of p[0..len) may open with
 * (see pith_regex_opening_pairs); false when they are not known here: the
 * first characters are not plain characters, white space after the first,
 * or groups whose every branch opens with them, or a match may be two
 * characters long. */
bool pith_regex_opening_triples(const char *p, size_t len,
                                uint64_t triples[PITH_TRIPLE_WORDS]);

#endif
