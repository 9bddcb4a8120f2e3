/*
 * lazy_re.h — a PCRE2 pattern compiled the first time it is matched, and
 * JIT-compiled only once it has been matched often enough for that to pay.
 *
 * Compiling pith's rules all at once cost a process about 70 million
 * instructions, a hundred times what parsing a 1 KB page takes, when a page
 * needs only the few patterns its classes and short blocks reach.  So each
 * pattern is compiled (or decoded from the form the build compiled it to,
 * rules_data.h) when first asked for, and runs on PCRE2's interpreter
 * until it has been matched PITH_JIT_AFTER times; then a JIT-compiled copy
 * takes over (the JIT's compile costs as much as some hundred interpreted
 * matches, and runs them several times faster after).
 *
 * Thread safety: a compiled code (and the JIT copy) is written once, under
 * one lock shared by all lazy patterns, and published with a release store;
 * matchers load it with acquire ordering and only read it.  The use count
 * is an atomic counter that stops being touched once the JIT copy exists.
 */
#ifndef PITH_RULES_LAZY_RE_H
#define PITH_RULES_LAZY_RE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "rules_data.h"

typedef struct pith_lazy_re {
    const char *source;     /* the pattern (owned when owned is set) */
    size_t len;
    uint32_t options;       /* PCRE2 compile options */
    bool owned;
    bool whether_only;      /* only whether it matches is asked (see
                               pith_lazy_re_whether_only) */
    const unsigned char *blob; /* the pattern compiled ahead of time and
                                  serialised (rules_data.h), or NULL */
    _Atomic(pcre2_code *) code; /* compiled on first use */
    _Atomic(pcre2_code *) jit;  /* a JIT-compiled copy, after PITH_JIT_AFTER uses */
    atomic_uint uses;
    atomic_bool no_jit;     /* the JIT refused the pattern: the interpreter stays */
} pith_lazy_re;

/* Set re up for source[0..len) (not compiled yet).  With owned, re takes
 * the block (malloc'd) and frees it. */
void pith_lazy_re_init(pith_lazy_re *re, const char *source, size_t len, uint32_t options,
                       bool owned);

/* Set re up from data built ahead of time: decoded from its blob on first
 * use, or compiled from its source when the blob cannot be decoded. */
void pith_lazy_re_init_data(pith_lazy_re *re, const pith_re_data *data);

/* Only whether re matches will be asked, never where or with which
 * groups: it is compiled with its non-capturing groups factored (factor.h),
 * which match the same texts.  PCRE2's interpreter tries a group's
 * alternatives one after the other at every place it may start; factored,
 * one try per distinct first character fails most places, and the JIT
 * compiles less code.  A pattern that refers back to a group (whose
 * number the new order could change) is compiled as written.  Call
 * before re is first compiled. */
static inline void pith_lazy_re_whether_only(pith_lazy_re *re)
{
    re->whether_only = true;
}

/* re as data (compiling it if it is not yet): its source, and the blob
 * pcre2_serialize_encode made of it, to free with pith_re_data_free.
 * False when it does not compile or memory ran out. */
bool pith_lazy_re_export(pith_lazy_re *re, pith_re_data *out);
void pith_re_data_free(pith_re_data *data);

/* pcre2_match of re (compiled now if it is not yet) at start, with
 * match options; md must hold the pattern's groups.  Returns PCRE2's
 * answer, or PCRE2_ERROR_NOMEMORY when re could not be compiled (the
 * failure is recorded as a failed allocation, so that the page fails;
 * a later call tries again). */
int pith_lazy_re_match(pith_lazy_re *re, const char *s, size_t n, size_t start,
                       uint32_t options, pcre2_match_data *md);

/* Compile re now (if it is not yet); false when it does not compile. */
bool pith_lazy_re_compile(pith_lazy_re *re);

void pith_lazy_re_free(pith_lazy_re *re);

/* The lock under which every rule structure built on first use is
 * written (lazy patterns, and the tables rules.c builds). */
void pith_rules_lock(void);
void pith_rules_unlock(void);

#endif
