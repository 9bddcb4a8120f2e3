/*
 * names.c — which file of -o DIR a document's output goes to.
 *
 * The path mirrors the input's, with the input's whole name kept and the
 * format's extension added (output.c: a.html -> DIR/a.html.txt, a.htm ->
 * DIR/a.htm.txt), so pages that differ only in their extension do not
 * meet.  Two rules hold whatever the inputs' names, and when a name breaks
 * one, the output gets a number before the extension instead (a.html.2.txt,
 * then .3...), chosen in input order, so the same run names the same way:
 *
 *   - no two documents of a run write one file (names can still meet: a
 *     path given as "/x/a.html" and as "x/a.html", a file named "stdin");
 *   - no input of the run is written over: not a file the run has read,
 *     not a FILE argument, and not a file it could still read: under an
 *     -r DIR (unless the walk skips it: -o DIR inside -r DIR is not
 *     walked), one -r takes (a page or WARC name, any name with
 *     --all-files), and with --files-from any page or WARC name.
 * A file from an earlier run that is none of these is written over.
 *
 * Files are told apart by device and inode, kept in a hash set (16 bytes a
 * file: memory grows with the number of files written, as it must to keep
 * the first rule); the producer adds the inputs it opens, the writer the
 * files it writes, so the set has a lock.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "batch.h"

typedef struct file_id {
    uint64_t dev, ino; /* ino 0: an empty slot */
} file_id;

typedef struct id_set {
    file_id *slots;
    size_t cap, n; /* cap a power of two */
} id_set;

struct cli_names {
    const cli *c;
    pthread_mutex_t mu;
    id_set inputs;       /* files the run reads (FILE arguments, inputs opened) */
    id_set written;      /* files the run has written */
    char **roots;        /* realpath of each -r DIR whose walk can reach DIR */
    size_t n_roots;
    char *out;           /* realpath of DIR */
};

/* ------------------------------------------------------------ the sets */

static size_t slot_of(const id_set *s, file_id id)
{
    uint64_t h = (id.ino * 0x9E3779B97F4A7C15ull) ^ (id.dev * 0xC2B2AE3D27D4EB4Full);
    size_t i = (size_t)(h >> 7) & (s->cap - 1);
    while (s->slots[i].ino && (s->slots[i].ino != id.ino || s->slots[i].dev != id.dev))
        i = (i + 1) & (s->cap - 1);
    return i;
}

static bool set_has(const id_set *s, file_id id)
{
    return s->cap && s->slots[slot_of(s, id)].ino != 0;
}

/* False when memory ran out. */
static bool set_add(id_set *s, file_id id)
{
    if (id.ino == 0 || set_has(s, id))
        return true;
    if ((s->n + 1) * 2 > s->cap) {
        id_set bigger = {calloc(s->cap ? s->cap * 2 : 64, sizeof(file_id)),
                         s->cap ? s->cap * 2 : 64, 0};
        if (!bigger.slots)
            return false;
        for (size_t i = 0; i < s->cap; i++)
            if (s->slots[i].ino)
                bigger.slots[slot_of(&bigger, s->slots[i])] = s->slots[i], bigger.n++;
        free(s->slots);
        *s = bigger;
    }
    s->slots[slot_of(s, id)] = id;
    s->n++;
    return true;
}

static file_id id_of(const struct stat *st)
{
    return (file_id){(uint64_t)st->st_dev, (uint64_t)st->st_ino};
}

/* ------------------------------------------------------------ set-up */

cli_names *cli_names_open(const cli *c)
{
    cli_names *names = calloc(1, sizeof *names);
    if (!names)
        return NULL;
    names->c = c;
    pthread_mutex_init(&names->mu, NULL);
    char *out = realpath(c->output, NULL);
    names->roots = calloc(c->n_dirs ? c->n_dirs : 1, sizeof *names->roots);
    bool ok = out && names->roots;
    for (size_t i = 0; ok && i < c->n_dirs; i++) {
        char *root = realpath(c->dirs[i], NULL);
        /* DIR strictly inside an -r DIR is not walked (inputs.c): that
         * root never reads what is written. */
        if (root && cli_path_inside(out, root) && strcmp(out, root) != 0)
            free(root);
        else if (root)
            names->roots[names->n_roots++] = root;
    }
    for (size_t i = 0; ok && i < c->n_files; i++) {
        struct stat st;
        if (strcmp(c->files[i], "-") != 0 && stat(c->files[i], &st) == 0)
            ok = set_add(&names->inputs, id_of(&st));
    }
    names->out = out;
    if (!ok) {
        cli_names_close(names);
        return NULL;
    }
    return names;
}

void cli_names_close(cli_names *names)
{
    if (!names)
        return;
    for (size_t i = 0; i < names->n_roots; i++)
        free(names->roots[i]);
    free(names->roots);
    free(names->out);
    free(names->inputs.slots);
    free(names->written.slots);
    pthread_mutex_destroy(&names->mu);
    free(names);
}

bool cli_names_input(cli_names *names, int fd)
{
    struct stat st;
    if (!names || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return true;
    pthread_mutex_lock(&names->mu);
    bool ok = set_add(&names->inputs, id_of(&st));
    pthread_mutex_unlock(&names->mu);
    return ok;
}

/* ------------------------------------------------------------ naming */

/* True when the run could still read path, an existing file (see the rules
 * at the top). */
static bool could_be_input(const cli_names *names, const char *path)
{
    const cli *c = names->c;
    bool page_name = cli_wanted_name(path);
    if (c->files_from && page_name)
        return true;
    if (names->n_roots == 0)
        return false;
    char *real = realpath(path, NULL);
    if (real && names->out && cli_path_inside(real, names->out) && cli_output_name(c, real)) {
        free(real); /* an earlier run's output: the walk passes it over */
        return false;
    }
    bool found = false;
    for (size_t i = 0; real && !found && i < names->n_roots; i++)
        found = cli_path_inside(real, names->roots[i]) && (c->all_files || page_name);
    free(real);
    return found;
}

/* 0 when path may be written: it does not exist, or is none of the files
 * the rules keep; EEXIST when it is one. */
static int usable(cli_names *names, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return errno == ENOENT ? 0 : errno;
    pthread_mutex_lock(&names->mu);
    bool taken = set_has(&names->written, id_of(&st)) || set_has(&names->inputs, id_of(&st));
    pthread_mutex_unlock(&names->mu);
    return taken || could_be_input(names, path) ? EEXIST : 0;
}

/* path with ".k" before its last extension (ext, the format's). */
static char *numbered(const char *path, const char *ext, unsigned k)
{
    size_t n = strlen(path), e = strlen(ext);
    size_t stem = n >= e && strcmp(path + n - e, ext) == 0 ? n - e : n;
    size_t cap = n + 16;
    char *p = malloc(cap);
    if (p)
        snprintf(p, cap, "%.*s.%u%s", (int)stem, path, k, path + stem);
    return p;
}

/* mkdir -p for the directory part of path. */
static int make_parents(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int rc = mkdir(path, 0777);
        int err = errno;
        *p = '/';
        if (rc != 0 && err != EEXIST)
            return err;
    }
    return 0;
}

/* Upper bound on the numbers tried: every name taken up to it means the
 * rules cannot be met (or something loops), and the write fails. */
#define MAX_NUMBER 100000u

char *cli_names_claim(cli_names *names, const char *path, const char *ext, int *err)
{
    char *mine = strdup(path);
    *err = mine ? make_parents(mine) : ENOMEM;
    for (unsigned k = 2; !*err && mine; k++) {
        int why = usable(names, mine);
        if (why == 0)
            return mine;
        free(mine);
        mine = NULL;
        if (why != EEXIST || k > MAX_NUMBER)
            *err = why == EEXIST ? EEXIST : why;
        else if (!(mine = numbered(path, ext, k)))
            *err = ENOMEM;
    }
    free(mine);
    return NULL;
}

bool cli_names_written(cli_names *names, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return true;
    pthread_mutex_lock(&names->mu);
    bool ok = set_add(&names->written, id_of(&st));
    pthread_mutex_unlock(&names->mu);
    return ok;
}
