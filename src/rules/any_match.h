/*
 * any_match.h — "does the pattern match anywhere?", answered alternative
 * by alternative.
 *
 * The text rules (copyright lines, cookie notices, calls to action...) are
 * long alternations over many languages, asked only whether they match.
 * As one pattern PCRE2 finds no byte a match must start with, so it tries
 * every alternative at every position; cut into its top-level alternatives
 * (alternatives.h), most pieces start with a known letter that PCRE2 finds
 * with a fast scan, and the whole costs several times less.  A pattern
 * matches somewhere exactly when one of its alternatives does.
 */
#ifndef PITH_ANY_MATCH_H
#define PITH_ANY_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pith_any_match pith_any_match;

/* Compile pattern with the PCRE2 options given (one piece per alternative
 * when it can be cut, else one piece).  NULL when it does not compile or
 * memory runs out. */
pith_any_match *pith_any_match_build(const char *pattern, uint32_t options);

/* True when the pattern matches somewhere in s[0..n) (a valid UTF-8 string
 * when the pattern was compiled for UTF). */
bool pith_any_match_run(const pith_any_match *m, const char *s, size_t n);

void pith_any_match_free(pith_any_match *m);

#endif
