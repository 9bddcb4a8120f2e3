/*
 * jit.h — how a rule pattern is compiled: pcre2, then PCRE2's JIT compiler,
 * or none in a build for valgrind.
 *
 * valgrind cannot follow machine code generated at run time and reports
 * every read the JIT'd matchers make as uninitialised.  `make valgrind`
 * builds pith with -DPITH_NO_JIT: every pattern then runs on PCRE2's
 * interpreter, with the same results, only slower.  Include after
 * <pcre2.h>.
 */
#ifndef PITH_RULES_JIT_H
#define PITH_RULES_JIT_H

/* Compile re with the JIT; 0 on success, else the interpreter runs it. */
static inline int pith_jit_compile(pcre2_code *re)
{
#ifdef PITH_NO_JIT
    (void)re;
    return PCRE2_ERROR_JIT_BADOPTION;
#else
    return pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
#endif
}

/* Compile pattern (len bytes, or PCRE2_ZERO_TERMINATED) with flags, then
 * JIT-compile it; where the JIT fails the interpreter runs it.  NULL when
 * it does not compile (a defect of the table) or memory runs out. */
static inline pcre2_code *pith_pattern_compile(const char *pattern, size_t len, uint32_t flags)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, len, flags, &err, &off, NULL);
    if (re)
        pith_jit_compile(re);
    return re;
}

#endif
