/*
 * corpus.c — loading the benchmark corpora into memory (see corpus.h).
 */
#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

int bench_corpus_add(bench_corpus *c, char *name, char *data, size_t len)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        bench_page *p = realloc(c->pages, cap * sizeof *p);
        if (!p)
            return -1;
        c->pages = p;
        c->cap = cap;
    }
    c->pages[c->n++] = (bench_page){name, data, len};
    c->bytes += len;
    return 0;
}

/* zlib reads plain files as they are. */
char *bench_read_file(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        int got = gzread(f, buf + n, (unsigned)(cap - n > (1u << 30) ? 1u << 30 : cap - n));
        if (got < 0) {
            free(buf);
            buf = NULL;
            break;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    gzclose(f);
    *len = n;
    return buf;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted entry names of a folder (without "." and ".."); NULL on error. */
static char **list_dir(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    size_t n = 0, cap = 256;
    char **names = malloc(cap * sizeof *names);
    struct dirent *e;
    while (names && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            char **nn = realloc(names, cap * 2 * sizeof *names);
            if (!nn)
                break;
            names = nn;
            cap *= 2;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (names)
        qsort(names, n, sizeof *names, by_name);
    *count = n;
    return names;
}

static void free_names(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Load dir/<sub>/<entry><suffix> for every entry (suffix may be a file name
 * under a per-page folder, as in moz, or an extension, as in aeb). */
static int load_layout(bench_corpus *c, const char *dir, const char *sub, const char *suffix,
                       bool per_folder)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, sub);
    size_t n = 0;
    char **names = list_dir(path, &n);
    if (!names) {
        fprintf(stderr, "bench: %s: %s\n", path, strerror(errno));
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        size_t nl = strlen(names[i]), sl = strlen(suffix);
        if (!per_folder && (nl <= sl || strcmp(names[i] + nl - sl, suffix) != 0))
            continue;
        snprintf(path, sizeof path, "%s/%s/%s%s%s", dir, sub, names[i], per_folder ? "/" : "",
                 per_folder ? suffix : "");
        size_t len = 0;
        char *data = bench_read_file(path, &len);
        if (!data) {
            if (per_folder)
                continue; /* a folder without the page file */
            fprintf(stderr, "bench: cannot read %s\n", path);
            rc = -1;
            break;
        }
        char *name = strdup(names[i]);
        if (!name || bench_corpus_add(c, name, data, len) != 0) {
            free(name);
            free(data);
            fprintf(stderr, "bench: out of memory\n");
            rc = -1;
        }
    }
    free_names(names, n);
    return rc;
}

int bench_corpus_load(bench_corpus *c, const char *dir)
{
    memset(c, 0, sizeof *c);
    const char *slash = strrchr(dir, '/');
    c->label = strdup(slash && slash[1] ? slash + 1 : dir);
    char path[4096];
    snprintf(path, sizeof path, "%s/html", dir);
    if (is_dir(path))
        return load_layout(c, dir, "html", ".html.gz", false);
    snprintf(path, sizeof path, "%s/test-pages", dir);
    if (is_dir(path))
        return load_layout(c, dir, "test-pages", "source.html", true);
    fprintf(stderr, "bench: %s holds no known corpus layout (html/ or test-pages/)\n", dir);
    return -1;
}

void bench_corpus_free(bench_corpus *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->pages[i].name);
        free(c->pages[i].data);
    }
    free(c->pages);
    free(c->label);
    memset(c, 0, sizeof *c);
}
