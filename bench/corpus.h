/*
 * corpus.h — the benchmark's pages, loaded into memory once.
 *
 * A corpus is a folder in one of the two layouts of the shared benchmark
 * (shared/bench/bench.py):
 *   aeb  html/<id>.html.gz                (gzip, read with zlib)
 *   moz  test-pages/<name>/source.html
 * Pages are sorted by name so every run sees them in the same order.
 */
#ifndef PITH_BENCH_CORPUS_H
#define PITH_BENCH_CORPUS_H

#include <stddef.h>

typedef struct bench_page {
    char *name;
    char *data;
    size_t len;
} bench_page;

typedef struct bench_corpus {
    char *label;       /* the folder's last path component: "aeb", "moz" */
    bench_page *pages;
    size_t n, cap;
    size_t bytes;      /* sum of the pages' lengths */
} bench_corpus;

/* Load every page of the corpus at dir.  Returns 0, or -1 after printing
 * why to stderr (no known layout, unreadable file, out of memory). */
int bench_corpus_load(bench_corpus *c, const char *dir);

/* Add one page (takes ownership of name and data). */
int bench_corpus_add(bench_corpus *c, char *name, char *data, size_t len);

void bench_corpus_free(bench_corpus *c);

/* Read a whole file, gunzipping it when it is gzip.  NULL on failure. */
char *bench_read_file(const char *path, size_t *len);

#endif
