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

#endif
