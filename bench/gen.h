/*
 * gen.h — generated article pages of a chosen size, for the linearity part
 * of the benchmark.
 *
 * A page looks like a long news article on a modern site: scripts and
 * styles in the head (and JSON-LD), a navigation bar, then sections of
 * headings, paragraphs with links and emphasis, figures, ad slots with
 * inline scripts, related-story lists and inline SVG icons, then a footer.
 * Sections repeat (with varied pseudo-random words) until the page reaches
 * the size asked for, so a 16 MB page has the same mix as a 1 MB one.
 */
#ifndef PITH_BENCH_GEN_H
#define PITH_BENCH_GEN_H

#include <stddef.h>

/* A malloc'd page of at least size bytes (NUL-terminated; *len set), or
 * NULL when memory ran out.  The same seed gives the same page. */
char *bench_generate_page(size_t size, unsigned seed, size_t *len);

#endif
