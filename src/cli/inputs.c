/*
 * inputs.c — the paths a batch run reads, in order: the FILE arguments,
 * then every page and WARC under each -r DIR, then the paths listed by
 * --files-from; standard input when there are none of these.
 *
 * Directories are walked without recursion, with an explicit stack of open
 * directory listings, each sorted by name, so the order is the same on every
 * machine and memory grows with the depth of the tree and the size of the
 * largest directory, not with the number of files.  Names starting with '.'
 * are passed over, and so are symbolic links to directories (no cycles),
 * and what a run writes: the -o DIR inside an -r DIR is not walked, and
 * when an -r DIR lies in the -o DIR (-r pages -o pages, so outputs land in
 * pages/pages/...), the files there named as outputs are not read
 * (cli_output_name): a second run reads the pages again, not the first
 * run's a.html.txt, and replaces those outputs instead of numbering new ones.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "batch.h"

typedef struct frame {
    char *path;     /* the directory */
    char **names;   /* its entries, sorted */
    size_t n, next;
    bool in_output; /* the directory lies in the -o DIR */
} frame;

struct cli_inputs {
    const cli *c;
    size_t next_file, next_dir;
    frame *stack;
    size_t depth, stack_cap;
    FILE *list;          /* --files-from */
    bool list_done, used_stdin;
    char *line;
    size_t line_cap;
    char *path;          /* the path returned last */
    bool skip_output;    /* -o DIR inside an -r DIR: not walked */
    dev_t output_dev;
    ino_t output_ino;
    char *output_real;   /* realpath of the -o DIR, NULL when none yet */
};

cli_inputs *cli_inputs_open(const cli *c)
{
    cli_inputs *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    in->c = c;
    struct stat st;
    if (c->output && !c->jsonl && stat(c->output, &st) == 0) {
        in->skip_output = true;
        in->output_dev = st.st_dev;
        in->output_ino = st.st_ino;
        in->output_real = realpath(c->output, NULL); /* NULL: nothing to skip */
    }
    return in;
}

static void pop_frame(cli_inputs *in)
{
    frame *f = &in->stack[--in->depth];
    for (size_t i = 0; i < f->n; i++)
        free(f->names[i]);
    free(f->names);
    free(f->path);
}

void cli_inputs_close(cli_inputs *in)
{
    if (!in)
        return;
    while (in->depth > 0)
        pop_frame(in);
    free(in->stack);
    if (in->list && in->list != stdin)
        fclose(in->list);
    free(in->line);
    free(in->path);
    free(in->output_real);
    free(in);
}

/* ------------------------------------------------------------ -r DIR */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Read and sort a directory's entries onto the stack.  0 or an errno. */
static int push_dir(cli_inputs *in, const char *path, bool in_output)
{
    DIR *d = opendir(path);
    if (!d)
        return errno;
    if (in->depth == in->stack_cap) {
        size_t cap = in->stack_cap ? in->stack_cap * 2 : 8;
        frame *s = realloc(in->stack, cap * sizeof *s);
        if (!s) {
            closedir(d);
            return ENOMEM;
        }
        in->stack = s;
        in->stack_cap = cap;
    }
    frame f = {strdup(path), NULL, 0, 0, in_output};
    size_t cap = 0;
    struct dirent *e;
    int err = f.path ? 0 : ENOMEM;
    while (!err && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (f.n == cap) {
            cap = cap ? cap * 2 : 64;
            char **names = realloc(f.names, cap * sizeof *names);
            if (!names) {
                err = ENOMEM;
                break;
            }
            f.names = names;
        }
        if (!(f.names[f.n] = strdup(e->d_name)))
            err = ENOMEM;
        else
            f.n++;
    }
    closedir(d);
    in->stack[in->depth++] = f;
    if (err) {
        pop_frame(in);
        return err;
    }
    qsort(f.names, f.n, sizeof *f.names, compare_names);
    return 0;
}

static bool ends_with_ci(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && strncasecmp(s + n - k, suffix, k) == 0;
}

/* The names -r takes: pages (HTML, or text as scrapers save it), WARCs
 * and WET files, also gzipped; whatever the length of the path (long paths
 * were once passed over). */
bool cli_wanted_name(const char *path)
{
    static const char *const exts[] = {".html", ".htm", ".xhtml", ".shtml", ".txt", ".warc",
                                       ".wet"};
    size_t n = strlen(path);
    if (ends_with_ci(path, n, ".gz"))
        n -= 3;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (ends_with_ci(path, n, exts[i]))
            return true;
    return false;
}

bool cli_path_inside(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    if (n == 1 && dir[0] == '/')
        return true;
    return strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

static bool all_digits(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* What -o DIR names a document (output.c, names.c): the input's whole name
 * and the format's extension, maybe a number between (a.html.txt,
 * a.html.2.txt), or a WARC record's offset in a directory named as the
 * archive (crawl.warc.gz/1234.txt). */
bool cli_output_name(const cli *c, const char *path)
{
    const char *ext = cli_format_extension(c->format);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base), e = strlen(ext);
    if (n <= e || strcmp(base + n - e, ext) != 0)
        return false;
    size_t stem = n - e;
    if (all_digits(base, stem)) {
        size_t dir = (size_t)(base - path);
        char *parent = dir > 1 ? strndup(path, dir - 1) : NULL;
        bool record = parent && cli_wanted_name(parent);
        free(parent);
        if (record)
            return true;
    }
    size_t dot = stem;
    while (dot > 0 && base[dot - 1] != '.')
        dot--;
    if (dot > 1 && all_digits(base + dot, stem - dot))
        stem = dot - 1; /* a.html.2.txt: the number the writer gave */
    char *name = strndup(base, stem);
    bool output = name && (c->all_files || cli_wanted_name(name));
    free(name);
    return output;
}

/* True when the -r DIR dir lies in the -o DIR. */
static bool root_in_output(const cli_inputs *in, const char *dir)
{
    if (!in->output_real)
        return false;
    char *real = realpath(dir, NULL);
    bool inside = real && cli_path_inside(real, in->output_real);
    free(real);
    return inside;
}

static char *join(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    char *p = malloc(a + b + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, a);
    size_t o = a;
    if (o == 0 || p[o - 1] != '/')
        p[o++] = '/';
    memcpy(p + o, name, b + 1);
    return p;
}

/* The next file under the directories on the stack: 1 with in->path set
 * (*error set when it is a directory that cannot be read), 0 when done. */
static int next_in_tree(cli_inputs *in, int *error)
{
    while (in->depth > 0) {
        frame *f = &in->stack[in->depth - 1];
        if (f->next == f->n) {
            pop_frame(in);
            continue;
        }
        char *path = join(f->path, f->names[f->next++]);
        if (!path) {
            *error = ENOMEM;
            return 1;
        }
        struct stat st;
        if (lstat(path, &st) != 0) {
            free(in->path);
            in->path = path;
            *error = errno;
            return 1;
        }
        if (S_ISDIR(st.st_mode) && in->skip_output && st.st_dev == in->output_dev &&
            st.st_ino == in->output_ino) {
            free(path); /* what this run writes is not what it reads */
            continue;
        }
        bool in_output = f->in_output; /* f moves when the stack grows */
        if (S_ISDIR(st.st_mode)) {
            int err = push_dir(in, path, in_output);
            if (err) {
                free(in->path);
                in->path = path;
                *error = err;
                return 1;
            }
            free(path);
            continue;
        }
        bool wanted = (in->c->all_files || cli_wanted_name(path)) &&
                      !(in_output && cli_output_name(in->c, path));
        int link_error = 0;
        bool file = S_ISREG(st.st_mode);
        if (S_ISLNK(st.st_mode)) {
            if (stat(path, &st) == 0)
                file = S_ISREG(st.st_mode);
            else
                link_error = errno; /* dangling, or a loop */
        }
        if (wanted && (file || link_error)) {
            /* A link that leads nowhere is an input that cannot be read:
             * it gets its line, like a file that cannot be opened. */
            free(in->path);
            in->path = path;
            *error = link_error;
            return 1;
        }
        free(path);
    }
    return 0;
}

/* ------------------------------------------------------------ --files-from */

static int next_listed(cli_inputs *in, int *error)
{
    if (!in->list && !in->list_done) {
        const char *name = in->c->files_from;
        in->list = strcmp(name, "-") ? fopen(name, "r") : stdin;
        if (!in->list) {
            in->list_done = true;
            *error = errno;
            free(in->path);
            in->path = strdup(name);
            return 1;
        }
    }
    while (in->list && !in->list_done) {
        ssize_t n = getline(&in->line, &in->line_cap, in->list);
        if (n < 0) {
            in->list_done = true;
            break;
        }
        while (n > 0 && (in->line[n - 1] == '\n' || in->line[n - 1] == '\r'))
            in->line[--n] = '\0';
        if (n == 0)
            continue;
        free(in->path);
        in->path = strdup(in->line);
        if (!in->path)
            *error = ENOMEM;
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------ all inputs */

int cli_inputs_next(cli_inputs *in, const char **path, int *error)
{
    const cli *c = in->c;
    *error = 0;
    *path = NULL;
    if (c->n_files == 0 && c->n_dirs == 0 && !c->files_from) {
        if (in->used_stdin)
            return 0;
        in->used_stdin = true;
        *path = "-";
        return 1;
    }
    if (in->next_file < c->n_files) {
        *path = c->files[in->next_file++];
        return 1;
    }
    for (;;) {
        if (next_in_tree(in, error)) {
            *path = in->path;
            return 1;
        }
        if (in->next_dir == c->n_dirs)
            break;
        const char *dir = c->dirs[in->next_dir++];
        int err = push_dir(in, dir, root_in_output(in, dir));
        if (err) {
            *path = dir;
            *error = err;
            return 1;
        }
    }
    if (c->files_from && next_listed(in, error)) {
        *path = in->path ? in->path : c->files_from;
        return 1;
    }
    return 0;
}

unsigned long long cli_inputs_total_bytes(const cli *c)
{
    if (c->n_dirs > 0 || c->files_from || c->n_files == 0)
        return 0;
    unsigned long long total = 0;
    for (size_t i = 0; i < c->n_files; i++) {
        struct stat st;
        if (strcmp(c->files[i], "-") == 0 || stat(c->files[i], &st) != 0 ||
            !S_ISREG(st.st_mode))
            return 0;
        total += (unsigned long long)st.st_size;
    }
    return total;
}
