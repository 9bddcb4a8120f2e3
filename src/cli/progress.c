/*
 * progress.c — the progress line and the summary of a batch run.
 *
 * On a terminal, a thread redraws one line on standard error four times a
 * second: documents done, and when the inputs' total size is known, the
 * MB read of the total and an ETA; then errors, documents per second and
 * MB of pages per second:
 *
 *   pith: 391 docs, 0.9/1.8 MB, 0 errors, 253.2 docs/s, 1.16 MB/s, ETA 0:00:02
 *  The line never wraps: pieces that do not
 * fit the terminal's width are left out, the least useful first.  At the
 * end the line is cleared and one summary line is printed:
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
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"

#define TICK_MS 250
/* The width assumed when the terminal does not say. */
#define DEFAULT_COLUMNS 80
#define PIECES 6
#define PIECE_LEN 48

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

/* The columns of the terminal on standard error. */
static unsigned terminal_columns(void)
{
    struct winsize ws;
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return DEFAULT_COLUMNS;
}

/* "1 document", "2 documents". */
static const char *plural(unsigned long long n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

/* The pieces of the progress line in the order they are shown, each with
 * its rank: those ranked first are kept when the width runs short. */
typedef struct piece {
    char text[PIECE_LEN];
    int rank;
} piece;

static void draw_line(cli_progress *p)
{
    double secs = now_seconds() - p->started;
    if (secs <= 0)
        secs = 1e-9;
    unsigned long long docs = atomic_load(&p->counts->docs);
    unsigned long long failed = atomic_load(&p->counts->failed);
    double mb = (double)atomic_load(&p->counts->page_bytes) / 1e6;
    unsigned long long read = atomic_load(&p->counts->input_bytes);
    bool sized = p->total_bytes > 0 && read <= p->total_bytes;

    piece pieces[PIECES];
    size_t n = 0;
    snprintf(pieces[n].text, PIECE_LEN, "pith: %llu %s", docs, plural(docs, "doc", "docs"));
    pieces[n++].rank = 0;
    if (sized) { /* input bytes read of the total */
        snprintf(pieces[n].text, PIECE_LEN, ", %.1f/%.1f MB", (double)read / 1e6,
                 (double)p->total_bytes / 1e6);
        pieces[n++].rank = 1;
    }
    snprintf(pieces[n].text, PIECE_LEN, ", %llu %s", failed, plural(failed, "error", "errors"));
    pieces[n++].rank = 3;
    snprintf(pieces[n].text, PIECE_LEN, ", %.1f docs/s", (double)docs / secs);
    pieces[n++].rank = 4;
    snprintf(pieces[n].text, PIECE_LEN, ", %.2f MB/s", mb / secs);
    pieces[n++].rank = 5;
    if (sized && read > 0) {
        double left = secs * (double)(p->total_bytes - read) / (double)read;
        unsigned long long t = (unsigned long long)(left + 0.5);
        snprintf(pieces[n].text, PIECE_LEN, ", ETA %llu:%02llu:%02llu", t / 3600, t / 60 % 60,
                 t % 60);
        pieces[n++].rank = 2;
    }

    /* Keep pieces rank by rank while they fit in the width less one column
     * (writing the last column makes some terminals wrap). */
    size_t room = terminal_columns() - 1, used = 0;
    bool keep[PIECES] = {false};
    for (int rank = 0; rank < PIECES; rank++)
        for (size_t i = 0; i < n; i++)
            if (pieces[i].rank == rank && used + strlen(pieces[i].text) <= room) {
                keep[i] = true;
                used += strlen(pieces[i].text);
            }
    char line[PIECES * PIECE_LEN];
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        if (keep[i])
            len += (size_t)snprintf(line + len, sizeof line - len, "%s", pieces[i].text);
    if (!keep[0]) { /* a very narrow terminal: the start of the first piece */
        len = room < strlen(pieces[0].text) ? room : strlen(pieces[0].text);
        memcpy(line, pieces[0].text, len);
    }
    line[len] = '\0';
    fprintf(stderr, "\r%s\033[K", line);
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
        unsigned long long failed = atomic_load(&c->failed);
        fprintf(stderr,
                "pith: %llu %s, %llu extracted, %llu empty, %llu %s, %.2f s "
                "(%.1f docs/s, %.2f MB/s)",
                docs, plural(docs, "document", "documents"), atomic_load(&c->extracted),
                atomic_load(&c->empty), failed, plural(failed, "error", "errors"), secs,
                secs > 0 ? (double)docs / secs : 0.0,
                secs > 0 ? (double)atomic_load(&c->page_bytes) / 1e6 / secs : 0.0);
        if (skipped)
            fprintf(stderr, ", %llu WARC %s", skipped,
                    plural(skipped, "record skipped (not a page)",
                           "records skipped (not pages)"));
        if (interrupted)
            fputs(", interrupted", stderr);
        fputc('\n', stderr);
    }
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->wake);
    free(p);
}
