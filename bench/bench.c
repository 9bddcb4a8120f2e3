/*
 * bench.c — pith's in-process speed and memory benchmark (`make bench`).
 *
 *   build/bench [OPTIONS] CORPUS_DIR...
 *
 * Every corpus is loaded into memory once.  After one warm-up pass, each
 * measured pass extracts every page in-process (pith_extract, then the JSON
 * rendering the CLI's jsonl output needs, then the frees), and beside it,
 * in the same run, times the naive floor: gumbo_parse_with_options with
 * gumbo's default options plus gumbo_destroy_output on the raw page.  A
 * page's time is its median over the passes, in CPU time of the thread.
 * Printed per corpus: pages/s,
 * MB/s (10^6 bytes), median and 99th-percentile ms per page, and the ratio
 * of pith's total time to gumbo's (below 1.0: pith extracts a page faster
 * than gumbo alone parses it).
 *
 * Then, unless --no-scale, generated article pages of 1, 2, 4, 8 and 16 MB
 * (gen.c) show that the work is linear: time per MB at each size, for pith
 * and gumbo, and pith's peak resident memory per MB of input, each size
 * measured in a fresh child process.
 *
 * --gumbo FILE... only parses and destroys each file with gumbo's default
 * options, reading it from disk as the CLI does: the floor beside
 * `pith --format jsonl -j 1 FILE...` in bench/cli.sh.
 *
 * --worst N lists the N pages pith takes longest on.
 *
 * --dump DIR writes every page's JSON output to DIR/<corpus>-<page>.json
 * instead of timing, so that two builds can be compared (diff -r) when a
 * change is meant to leave the output as it is.
 *
 * --check runs no timing: it extracts every page with and without the
 * elision of script and style bodies (src/input/elide.c) and reports any
 * page whose JSON output (text and metadata) differs, and any page whose
 * gumbo tree differs beyond the elided bodies.  It exits non-zero on a
 * difference.
 */
#include <errno.h>
#include <getopt.h>
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../include/pith.h"
#include "check.h"
#include "corpus.h"
#include "gen.h"

#define MAX_CORPORA 16

typedef struct bench_opts {
    int passes;
    int check;
    const char *dump;
    int gumbo_files;
    int worst;
    int scale;
    size_t sizes[16];
    int n_sizes;
} bench_opts;

/* The time this thread has run, in ms: unlike the wall clock it does not
 * count the time other processes hold the CPU, so runs on a busy machine
 * still compare (on an idle one the two agree). */
static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* ------------------------------------------------------------ the work */

/* One page through pith, as the CLI's jsonl output does it. */
static void run_pith(const bench_page *p, const pith_options *opt)
{
    pith_result *r = pith_extract(p->data, p->len, opt);
    if (!r)
        return;
    size_t n = 0;
    char *json = pith_render(r, PITH_FORMAT_JSON, 0, &n);
    free(json);
    pith_result_free(r);
}

/* One page through gumbo with its default options: the naive floor. */
static void run_gumbo(const bench_page *p)
{
    GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, p->data, p->len);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
}

/* --------------------------------------------------------- statistics */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The q-quantile (0..1) of n values, nearest rank; sorts v. */
static double quantile(double *v, size_t n, double q)
{
    if (n == 0)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    size_t k = (size_t)(q * (double)n + 0.5);
    if (k >= n)
        k = n - 1;
    return v[k];
}

typedef struct timing {
    double total_ms;
    double median_ms, p99_ms;
} timing;

/* Per-page medians over the passes (times[pass * n + page]), their sum,
 * median and 99th percentile; the medians also into pages[n] when not
 * NULL. */
static timing summarize(const double *times, size_t n, int passes, double *pages)
{
    timing t = {0, 0, 0};
    double *per_page = malloc((n ? n : 1) * sizeof *per_page);
    double *runs = malloc((size_t)passes * sizeof *runs);
    if (!per_page || !runs) {
        free(per_page);
        free(runs);
        return t;
    }
    for (size_t i = 0; i < n; i++) {
        for (int p = 0; p < passes; p++)
            runs[p] = times[(size_t)p * n + i];
        per_page[i] = quantile(runs, (size_t)passes, 0.5);
        t.total_ms += per_page[i];
        if (pages)
            pages[i] = per_page[i];
    }
    t.median_ms = quantile(per_page, n, 0.5);
    t.p99_ms = quantile(per_page, n, 0.99);
    free(per_page);
    free(runs);
    return t;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

/* ------------------------------------------------------------ corpora */

static void print_timing_row(const char *what, const bench_corpus *c, const timing *t)
{
    double s = t->total_ms / 1e3;
    printf("  %-6s %8.1f pages/s %7.1f MB/s   median %6.2f ms   p99 %7.2f ms   total %7.0f ms\n",
           what, s > 0 ? (double)c->n / s : 0, s > 0 ? (double)c->bytes / 1e6 / s : 0,
           t->median_ms, t->p99_ms, t->total_ms);
}

/* The pages where pith spends the most time, with gumbo's time beside. */
static void print_worst(const bench_corpus *c, double *tp, const double *tg, int worst)
{
    for (int k = 0; k < worst && (size_t)k < c->n; k++) {
        size_t max = 0;
        for (size_t i = 1; i < c->n; i++)
            if (tp[i] > tp[max])
                max = i;
        if (tp[max] < 0)
            break;
        printf("    %8.2f ms (gumbo %7.2f ms, %6.0f KB) %s\n", tp[max], tg[max],
               (double)c->pages[max].len / 1e3, c->pages[max].name);
        tp[max] = -1; /* printed */
    }
}

static int bench_corpus_speed(const bench_corpus *c, const bench_opts *o)
{
    pith_options opt;
    pith_options_init(&opt);
    size_t n = c->n;
    double *tp = calloc((size_t)o->passes * (n ? n : 1), sizeof *tp);
    double *tg = calloc((size_t)o->passes * (n ? n : 1), sizeof *tg);
    if (!tp || !tg) {
        free(tp);
        free(tg);
        fprintf(stderr, "bench: out of memory\n");
        return -1;
    }
    for (size_t i = 0; i < n; i++) { /* warm-up */
        run_pith(&c->pages[i], &opt);
        run_gumbo(&c->pages[i]);
    }
    for (int p = 0; p < o->passes; p++) {
        for (size_t i = 0; i < n; i++) {
            double t0 = now_ms();
            run_pith(&c->pages[i], &opt);
            double t1 = now_ms();
            run_gumbo(&c->pages[i]);
            double t2 = now_ms();
            tp[(size_t)p * n + i] = t1 - t0;
            tg[(size_t)p * n + i] = t2 - t1;
        }
    }
    /* The per-page medians go to the first row of tp and tg. */
    timing pt = summarize(tp, n, o->passes, tp), gt = summarize(tg, n, o->passes, tg);
    printf("%s: %zu pages, %.1f MB\n", c->label, n, (double)c->bytes / 1e6);
    print_timing_row("pith", c, &pt);
    print_timing_row("gumbo", c, &gt);
    printf("  ratio  %.2f (pith total / gumbo total; median page %.2f)\n",
           gt.total_ms > 0 ? pt.total_ms / gt.total_ms : 0,
           gt.median_ms > 0 ? pt.median_ms / gt.median_ms : 0);
    print_worst(c, tp, tg, o->worst);
    free(tp);
    free(tg);
    return 0;
}

/* -------------------------------------------------------------- scale */

/* Resident and peak resident kB from /proc/self/status (0 when unknown). */
static void read_rss(long *rss_kb, long *hwm_kb)
{
    *rss_kb = *hwm_kb = 0;
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return;
    char line[256];
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, "VmRSS:", 6))
            *rss_kb = strtol(line + 6, NULL, 10);
        else if (!strncmp(line, "VmHWM:", 6))
            *hwm_kb = strtol(line + 6, NULL, 10);
    }
    fclose(f);
}

/* Reset the peak-RSS mark of this process (Linux clear_refs 5). */
static int reset_peak_rss(void)
{
    FILE *f = fopen("/proc/self/clear_refs", "w");
    if (!f)
        return -1;
    int ok = fputs("5", f) >= 0;
    return (fclose(f) == 0 && ok) ? 0 : -1;
}

typedef struct scale_row {
    double pith_ms, gumbo_ms;
    long rss_growth_kb;
} scale_row;

/* Measured in a child so every size starts from the same heap: the best of
 * three runs for time, the growth of peak RSS over the first pith run. */
static void scale_child(const bench_page *p, int fd)
{
    pith_options opt;
    pith_options_init(&opt);
    scale_row row = {1e18, 1e18, -1};
    long rss0, hwm;
    read_rss(&rss0, &hwm);
    int reset = reset_peak_rss();
    long before = reset == 0 ? rss0 : peak_rss_kb();
    for (int k = 0; k < 3; k++) {
        double t0 = now_ms();
        run_pith(p, &opt);
        double t1 = now_ms();
        if (t1 - t0 < row.pith_ms)
            row.pith_ms = t1 - t0;
        if (k == 0) {
            long rss, peak;
            read_rss(&rss, &peak);
            row.rss_growth_kb = (reset == 0 ? peak : peak_rss_kb()) - before;
        }
    }
    for (int k = 0; k < 3; k++) {
        double t0 = now_ms();
        run_gumbo(p);
        double t1 = now_ms();
        if (t1 - t0 < row.gumbo_ms)
            row.gumbo_ms = t1 - t0;
    }
    ssize_t w = write(fd, &row, sizeof row);
    _exit(w == (ssize_t)sizeof row ? 0 : 1);
}

static int measure_size(const bench_page *p, scale_row *row)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        scale_child(p, fds[1]);
    }
    close(fds[1]);
    ssize_t got = read(fds[0], row, sizeof *row);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return (got == (ssize_t)sizeof *row && WIFEXITED(status) && WEXITSTATUS(status) == 0) ? 0
                                                                                           : -1;
}

static int bench_scale(const bench_opts *o)
{
    printf("generated pages (linearity; best of 3, each size in a fresh process):\n");
    printf("  %6s %9s %9s %9s %9s %7s %11s %10s\n", "MB", "pith ms", "ms/MB", "gumbo ms",
           "ms/MB", "ratio", "peak RSS MB", "RSS/MB in");
    double lo = 1e18, hi = 0;
    for (int i = 0; i < o->n_sizes; i++) {
        bench_page p;
        p.name = "generated";
        p.data = bench_generate_page(o->sizes[i], 42, &p.len);
        if (!p.data) {
            fprintf(stderr, "bench: out of memory generating a page\n");
            return -1;
        }
        scale_row row;
        int rc = measure_size(&p, &row);
        double mb = (double)p.len / 1e6;
        free(p.data);
        if (rc != 0) {
            fprintf(stderr, "bench: the %zu-byte page failed\n", p.len);
            return -1;
        }
        double per_mb = row.pith_ms / mb;
        lo = per_mb < lo ? per_mb : lo;
        hi = per_mb > hi ? per_mb : hi;
        printf("  %6.1f %9.1f %9.2f %9.1f %9.2f %7.2f %11.1f %10.2f\n", mb, row.pith_ms, per_mb,
               row.gumbo_ms, row.gumbo_ms / mb, row.pith_ms / row.gumbo_ms,
               (double)row.rss_growth_kb / 1024.0, (double)row.rss_growth_kb / 1024.0 / mb);
    }
    if (hi > 0)
        printf("  pith time per MB: largest / smallest = %.2f\n", hi / lo);
    return 0;
}

/* --------------------------------------------------------------- dump */

static int dump_corpus(const bench_corpus *c, const char *dir)
{
    pith_options opt;
    pith_options_init(&opt);
    for (size_t i = 0; i < c->n; i++) {
        const bench_page *p = &c->pages[i];
        pith_result *r = pith_extract(p->data, p->len, &opt);
        size_t n = 0;
        char *json = r ? pith_render(r, PITH_FORMAT_JSON, 0, &n) : NULL;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s-%s.json", dir, c->label, p->name);
        FILE *f = fopen(path, "wb");
        int ok = f && json && fwrite(json, 1, n, f) == n;
        if (f && fclose(f) != 0)
            ok = 0;
        free(json);
        pith_result_free(r);
        if (!ok) {
            fprintf(stderr, "bench: cannot write %s: %s\n", path, strerror(errno));
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------ gumbo --files */

static int gumbo_files(int n, char **paths)
{
    for (int i = 0; i < n; i++) {
        bench_page p = {paths[i], NULL, 0};
        p.data = bench_read_file(paths[i], &p.len);
        if (!p.data) {
            fprintf(stderr, "bench: cannot read %s\n", paths[i]);
            return 1;
        }
        run_gumbo(&p);
        free(p.data);
    }
    return 0;
}

/* --------------------------------------------------------------- main */

static int parse_sizes(const char *s, bench_opts *o)
{
    o->n_sizes = 0;
    while (*s && o->n_sizes < 16) {
        char *end;
        double mb = strtod(s, &end);
        if (end == s || mb <= 0)
            return -1;
        o->sizes[o->n_sizes++] = (size_t)(mb * 1e6);
        s = *end == ',' ? end + 1 : end;
    }
    return o->n_sizes > 0 ? 0 : -1;
}

static void usage(FILE *f)
{
    fputs("Usage: bench [--passes N] [--sizes MB,MB,...] [--no-scale] [--worst N] [--check]\n"
          "             [--dump DIR] CORPUS_DIR...\n"
          "       bench --gumbo FILE...\n"
          "Times pith against a plain gumbo parse over the corpora, then shows time and\n"
          "memory per MB on generated pages.  --check compares extraction with and\n"
          "without the elision of script/style bodies instead of timing.\n",
          f);
}

int main(int argc, char **argv)
{
    bench_opts o = {3, 0, NULL, 0, 0, 1, {1000000, 2000000, 4000000, 8000000, 16000000}, 5};
    static const struct option longopts[] = {
        {"passes", required_argument, NULL, 'p'}, {"sizes", required_argument, NULL, 's'},
        {"no-scale", no_argument, NULL, 'n'},     {"check", no_argument, NULL, 'c'},
        {"dump", required_argument, NULL, 'd'},   {"worst", required_argument, NULL, 'w'},
        {"gumbo", no_argument, NULL, 'g'},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0},
    };
    int ch;
    while ((ch = getopt_long(argc, argv, "p:s:ncd:w:gh", longopts, NULL)) != -1) {
        switch (ch) {
        case 'p':
            o.passes = atoi(optarg);
            if (o.passes < 1 || o.passes > 100) {
                fprintf(stderr, "bench: --passes takes 1..100\n");
                return 2;
            }
            break;
        case 's':
            if (parse_sizes(optarg, &o) != 0) {
                fprintf(stderr, "bench: --sizes takes MB values, e.g. 1,2,4\n");
                return 2;
            }
            break;
        case 'n':
            o.scale = 0;
            break;
        case 'c':
            o.check = 1;
            break;
        case 'd':
            o.dump = optarg;
            break;
        case 'w':
            o.worst = atoi(optarg);
            break;
        case 'g':
            o.gumbo_files = 1;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return 2;
        }
    }
    if (o.gumbo_files)
        return gumbo_files(argc - optind, argv + optind);
    int nc = argc - optind;
    if (nc > MAX_CORPORA) {
        fprintf(stderr, "bench: at most %d corpora\n", MAX_CORPORA);
        return 2;
    }
    free(pith_extract_text("<p>warm</p>", 11)); /* compiles the rule tables */
    bench_corpus corpora[MAX_CORPORA];
    for (int i = 0; i < nc; i++)
        if (bench_corpus_load(&corpora[i], argv[optind + i]) != 0)
            return 1;
    int rc = 0;
    if (o.dump) {
        for (int i = 0; i < nc && rc == 0; i++)
            rc = dump_corpus(&corpora[i], o.dump);
    } else if (o.check) {
        for (int i = 0; i < nc; i++)
            if (bench_check_corpus(&corpora[i]) != 0)
                rc = 1;
    } else {
        long rss_loaded = peak_rss_kb();
        printf("pith %s in-process benchmark: %d passes after one warm-up; MB = 10^6 bytes\n",
               pith_version(), o.passes);
        for (int i = 0; i < nc && rc == 0; i++)
            rc = bench_corpus_speed(&corpora[i], &o);
        if (nc > 0)
            printf("peak RSS %.1f MB (%.1f MB before the runs, corpora loaded)\n",
                   (double)peak_rss_kb() / 1024.0, (double)rss_loaded / 1024.0);
        if (rc == 0 && o.scale)
            rc = bench_scale(&o);
    }
    for (int i = 0; i < nc; i++)
        bench_corpus_free(&corpora[i]);
    return rc;
}
