/*
 * progress.c — the progress line and the summary of a batch run.
 *
 * On a terminal, a thread redraws one line on standard error four times a
 * second: documents done, documents per second, MB of pages per second,
 * errors, and an ETA when the inputs' total size is known.  At the end the
 * line is cleared and one summary line is printed:
 *
 *   pith: 181 documents, 175 extracted, 3 empty, 3 errors, 4.21 s
 *         (43.0 docs/s, 7.37 MB/s)
 *
 * (on one line; MB are 10^6 bytes of page input).  Other messages go
 * through cli_progress_message so they never land in the middle of the line.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "batch.h"

#define TICK_MS 250

struct cli_progress {
    cli_counts *counts;
    bool show;
    unsigned long long total_bytes;
    double started;
    pthread_t thread;
    pthread_mutex_t mu;  /* stderr, and the fields below */
    pthread_cond_t wake;
    bool done;
    bool line_shown;
};

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void clear_line(cli_progress *p)
{
    if (p->line_shown)
        fputs("\r\033[K", stderr);
    p->line_shown = false;
}

static void draw_line(cli_progress *p)
{
    double secs = now_seconds() - p->started;
    if (secs <= 0)
        secs = 1e-9;
    unsigned long long docs = atomic_load(&p->counts->docs);
    unsigned long long failed = atomic_load(&p->counts->failed);
    double mb = (double)atomic_load(&p->counts->page_bytes) / 1e6;
    unsigned long long read = atomic_load(&p->counts->input_bytes);
    fprintf(stderr, "\rpith: %llu docs, %.1f docs/s, %.2f MB/s, %llu error%s", docs,
            (double)docs / secs, mb / secs, failed, failed == 1 ? "" : "s");
    if (p->total_bytes > 0 && read > 0 && read <= p->total_bytes) {
        double left = secs * (double)(p->total_bytes - read) / (double)read;
        unsigned long long s = (unsigned long long)(left + 0.5);
        fprintf(stderr, ", ETA %llu:%02llu:%02llu", s / 3600, s / 60 % 60, s % 60);
    }
    fputs("\033[K", stderr);
    fflush(stderr);
    p->line_shown = true;
}

static void *progress_main(void *arg)
{
    cli_progress *p = arg;
    pthread_mutex_lock(&p->mu);
    while (!p->done) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += TICK_MS * 1000000L;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&p->wake, &p->mu, &until);
        if (!p->done)
            draw_line(p);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

cli_progress *cli_progress_start(cli_counts *counts, bool show, unsigned long long total_bytes)
{
    cli_progress *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->counts = counts;
    p->total_bytes = total_bytes;
    p->started = now_seconds();
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->wake, NULL);
    p->show = show && pthread_create(&p->thread, NULL, progress_main, p) == 0;
    return p;
}

void cli_progress_message(cli_progress *p, const char *line)
{
    if (!p) {
        fprintf(stderr, "pith: %s\n", line);
        return;
    }
    pthread_mutex_lock(&p->mu);
    clear_line(p);
    fprintf(stderr, "pith: %s\n", line);
    pthread_mutex_unlock(&p->mu);
}

void cli_progress_finish(cli_progress *p, bool quiet, bool interrupted)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->done = true;
    pthread_cond_signal(&p->wake);
    pthread_mutex_unlock(&p->mu);
    if (p->show)
        pthread_join(p->thread, NULL);
    clear_line(p);
    double secs = now_seconds() - p->started;
    cli_counts *c = p->counts;
    unsigned long long docs = atomic_load(&c->docs), skipped = atomic_load(&c->skipped);
    if (!quiet) {
        fprintf(stderr,
                "pith: %llu documents, %llu extracted, %llu empty, %llu errors, %.2f s "
                "(%.1f docs/s, %.2f MB/s)",
                docs, atomic_load(&c->extracted), atomic_load(&c->empty),
                atomic_load(&c->failed), secs, secs > 0 ? (double)docs / secs : 0.0,
                secs > 0 ? (double)atomic_load(&c->page_bytes) / 1e6 / secs : 0.0);
        if (skipped)
            fprintf(stderr, ", %llu WARC records skipped (not pages)", skipped);
        if (interrupted)
            fputs(", interrupted", stderr);
        fputc('\n', stderr);
    }
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->wake);
    free(p);
}
