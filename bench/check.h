/*
 * check.h — bench --check: the elision of script and style bodies changes
 * nothing that pith extracts (see check.c).
 */
#ifndef PITH_BENCH_CHECK_H
#define PITH_BENCH_CHECK_H

#include "corpus.h"

/* Check every page of the corpus; prints a summary line and each page that
 * differs.  Returns 0 when no page differs, -1 otherwise. */
int bench_check_corpus(const bench_corpus *c);

#endif
