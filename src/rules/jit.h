/*
 * jit.h — PCRE2's JIT compiler, or none in a build for valgrind (lazy_re.c
 * JIT-compiles a pattern once it has been used often).
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

#endif
