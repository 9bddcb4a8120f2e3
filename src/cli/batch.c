/*
 * batch.c — the worker pool with ordered output.
 *
 * Documents get sequence numbers in input order and wait in a ring of
 * slots.  Workers take them in order and extract them in parallel; the
 * writer thread writes each document's output once it and every document
 * before it are done.  The producer waits while the ring is full, so at
 * most `slots` documents are in memory, however large the input.
 *
 * SIGINT and SIGTERM are taken by a thread of their own (they are blocked
 * in all the others): the first stops the producer, the documents already
 * in the ring are finished and written, and the run ends with its summary
 * and exit code 130.  A second one ends the process at once.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"

#define SLOTS_PER_WORKER 8
#define MIN_SLOTS 16
/* The writer is woken once this many documents wait for it in order, or
 * when a worker is about to wait or stop, not at each document: a wake is
 * two system calls and two switches of thread (the 181 aeb pages as text,
 * -j 1, made some 950 futex calls, five a document). */
#define WRITES_PER_WAKE 8

typedef struct worker {
    struct cli_batch *batch;
    pthread_t thread;
    cli_worker *process; /* --isolate: its worker process */
} worker;

struct cli_batch {
    const cli *c;
    FILE *out;                 /* JSONL output, or NULL for -o DIR */

    pthread_mutex_t mu;
    pthread_cond_t can_produce, can_work, can_write;
    /* Workers waiting for the documents after theirs to be in the line
     * set wait on can_look for `produced` to reach look_for (the least they
     * wait for; 0: none waits), and are woken when it does, not at every
     * document: woken at each, a worker slept and woke again some thirty
     * times while the set filled at a run's start. */
    pthread_cond_t can_look;
    unsigned long long look_for;
    cli_doc **slots;
    size_t n_slots;
    unsigned long long produced, taken, written;
    bool producing_done;

    worker *workers;
    unsigned n_workers;
    pthread_t writer;
    bool has_writer;     /* the writer thread runs (joined at the end) */

    cli_counts counts;
    cli_progress *progress;
    bool write_failed;
    int write_errno;
    pthread_t signal_thread;
    bool has_signal_thread;
    bool fatal;                /* documents were lost (cli_batch_fatal) */
    cli_names *names;          /* -o DIR: the files written and the inputs */
    unsigned long long unwritten; /* -o DIR: outputs that could not be written */
    pith_lineset *lines;       /* the lines of the run's documents, or NULL */
};

/* Set by the signal thread (with the stop flag, stop.c). */
static atomic_bool interrupted;
static cli_batch *signal_batch;
static pthread_t producer_thread;

/* SIGUSR1 only interrupts the producer's read (no SA_RESTART). */
static void wake_producer_handler(int sig)
{
    (void)sig;
}

void cli_doc_free(cli_doc *d)
{
    if (!d)
        return;
    free(d->source);
    free(d->url);
    free(d->record_id);
    free(d->warc_date);
    free(d->charset);
    free(d->data);
    free(d->fail_message);
    free(d->out);
    free(d->out_path);
    free(d->error_text);
    free(d);
}

/* ------------------------------------------------------------ signals */

static void wake_everyone(cli_batch *b)
{
    pthread_mutex_lock(&b->mu);
    pthread_cond_broadcast(&b->can_produce);
    pthread_cond_broadcast(&b->can_work);
    pthread_cond_broadcast(&b->can_look);
    pthread_cond_broadcast(&b->can_write);
    pthread_mutex_unlock(&b->mu);
}

static void *signal_main(void *arg)
{
    sigset_t *set = arg;
    int sig;
    for (int count = 0;; count++) {
        if (sigwait(set, &sig) != 0)
            continue;
        if (sig == SIGUSR2) /* the run is over (cli_batch_finish) */
            return NULL;
        if (count > 0) {
            static const char msg[] = "\npith: interrupted again, stopping now\n";
            ssize_t unused = write(STDERR_FILENO, msg, sizeof msg - 1);
            (void)unused;
            _exit(EXIT_INTERRUPTED);
        }
        atomic_store(&interrupted, true);
        cli_request_stop();
        if (signal_batch)
            wake_everyone(signal_batch);
        pthread_kill(producer_thread, SIGUSR1);
    }
    return NULL;
}

/* Take SIGINT and SIGTERM on a thread of their own (SIGUSR2 from
 * cli_batch_finish ends it); ignore SIGPIPE (a closed output is reported as
 * a write error).  True when the thread runs. */
static bool start_signal_thread(pthread_t *t)
{
    static sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGUSR2);
    sigset_t blocked = set;
    sigaddset(&blocked, SIGUSR1); /* unblocked in the producer alone, once all threads run */
    pthread_sigmask(SIG_BLOCK, &blocked, NULL);
    signal(SIGPIPE, SIG_IGN);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = wake_producer_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    producer_thread = pthread_self();
    return pthread_create(t, NULL, signal_main, &set) == 0;
}

/* ------------------------------------------------------------ workers */

static void extract(worker *w, cli_doc *d)
{
    const cli *c = w->batch->c;
    cli_extracted x;
    memset(&x, 0, sizeof x);
    if (!d->fail_code) {
        if (w->process)
            cli_worker_extract(w->process, c, d, &x);
        else
            cli_extract_here(c, d, w->batch->lines, &x);
    }
    free(d->data);
    d->data = NULL;
    cli_compose(c, d, &x);
}

/* Wake the writer when the next document to write is done (b->mu held):
 * it then writes every done document in order. */
static void wake_writer(cli_batch *b)
{
    if (b->written < b->produced && b->slots[b->written % b->n_slots]->done)
        pthread_cond_signal(&b->can_write);
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    cli_batch *b = w->batch;
    for (;;) {
        pthread_mutex_lock(&b->mu);
        while (b->taken == b->produced && !b->producing_done) {
            wake_writer(b); /* what is done goes out while the input is awaited */
            pthread_cond_wait(&b->can_work, &b->mu);
        }
        if (b->taken == b->produced) {
            wake_writer(b);
            pthread_mutex_unlock(&b->mu);
            return NULL;
        }
        cli_doc *d = b->slots[b->taken % b->n_slots];
        b->taken++;
        /* the documents its lines are compared with are all in the set */
        unsigned long long look = d->seq + PITH_LINESET_AHEAD;
        while (b->lines && b->produced < look && !b->producing_done && !cli_stop_requested()) {
            if (!b->look_for || look < b->look_for)
                b->look_for = look;
            wake_writer(b); /* the slots it frees let the producer go on */
            pthread_cond_wait(&b->can_look, &b->mu);
        }
        pthread_mutex_unlock(&b->mu);

        extract(w, d);

        pthread_mutex_lock(&b->mu);
        d->done = true;
        if (d->seq + 1 - b->written >= WRITES_PER_WAKE)
            wake_writer(b);
        pthread_mutex_unlock(&b->mu);
    }
}

/* ------------------------------------------------------------ writer */

/* Write a page's output to the file names.c gives it; 0 or an errno value,
 * with the file's path in *written. */
static int write_file(cli_batch *b, const cli_doc *d, char **written)
{
    int err;
    *written = cli_names_claim(b->names, d->out_path, cli_format_extension(b->c->format), &err);
    if (!*written)
        return err;
    FILE *f = fopen(*written, "wbe");
    if (!f)
        return errno;
    size_t put = fwrite(d->out, 1, d->out_len, f);
    err = put == d->out_len ? 0 : errno ? errno : EIO;
    if (fclose(f) != 0 && !err)
        err = errno;
    if (!err && !cli_names_written(b->names, *written))
        err = ENOMEM;
    return err;
}

static void count(cli_batch *b, const cli_doc *d)
{
    atomic_fetch_add(&b->counts.docs, 1);
    atomic_fetch_add(&b->counts.page_bytes, d->len);
    if (d->outcome == CLI_EXTRACTED)
        atomic_fetch_add(&b->counts.extracted, 1);
    else if (d->outcome == CLI_EMPTY)
        atomic_fetch_add(&b->counts.empty, 1);
    else
        atomic_fetch_add(&b->counts.failed, 1);
}

/* Write one document's output; false when the output cannot take more. */
static bool write_doc(cli_batch *b, cli_doc *d)
{
    if (b->out) {
        static const char fallback[] =
            "{\"source\":null,\"status\":\"out_of_memory\","
            "\"error\":{\"code\":\"out_of_memory\","
            "\"message\":\"the record could not be composed\"}}\n";
        const char *line = d->out ? d->out : fallback;
        size_t n = d->out ? d->out_len : sizeof fallback - 1;
        if (!d->out)
            d->outcome = CLI_FAILED;
        count(b, d);
        return fwrite(line, 1, n, b->out) == n;
    }
    int err = 0;
    if (d->out && d->out_path) {
        char *path = NULL;
        err = write_file(b, d, &path);
        if (err) {
            /* This output cannot be written: the document fails, the run
             * goes on with the others and ends with exit status 4. */
            b->unwritten++;
            d->outcome = CLI_FAILED;
            free(d->error_text);
            const char *where = path ? path : d->out_path;
            size_t n = strlen(where) + 64;
            d->error_text = malloc(n);
            if (d->error_text)
                snprintf(d->error_text, n, "%s: %s", where,
                         err == EEXIST ? "every numbered name is taken" : strerror(err));
        }
        free(path);
    }
    if (d->outcome == CLI_FAILED && d->error_text)
        cli_progress_message(b->progress, d->error_text);
    count(b, d);
    return true;
}

static void *writer_main(void *arg)
{
    cli_batch *b = arg;
    for (;;) {
        pthread_mutex_lock(&b->mu);
        for (;;) {
            if (b->written < b->produced && b->slots[b->written % b->n_slots]->done)
                break;
            if (b->written == b->produced && b->producing_done)
                break;
            pthread_cond_wait(&b->can_write, &b->mu);
        }
        if (b->written == b->produced) {
            pthread_mutex_unlock(&b->mu);
            break;
        }
        cli_doc *d = b->slots[b->written % b->n_slots];
        pthread_mutex_unlock(&b->mu);

        if (!b->write_failed && !write_doc(b, d)) {
            b->write_failed = true;
            b->write_errno = errno;
            cli_request_stop();
            wake_everyone(b);
        }
        cli_doc_free(d);

        pthread_mutex_lock(&b->mu);
        b->slots[b->written % b->n_slots] = NULL;
        b->written++;
        /* Wake the producer once half the ring is free, not for every slot:
         * it then refills in one go, with fewer thread switches. */
        if (b->produced - b->written == b->n_slots / 2)
            pthread_cond_signal(&b->can_produce);
        pthread_mutex_unlock(&b->mu);
    }
    if (b->out && !b->write_failed && fflush(b->out) != 0) {
        b->write_failed = true;
        b->write_errno = errno;
    }
    return NULL;
}

/* ------------------------------------------------------------ the pool */

static unsigned default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

cli_batch *cli_batch_start(const cli *c, FILE *out, unsigned long long total_bytes)
{
    cli_batch *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->c = c;
    b->out = out;
    b->n_workers = c->jobs ? c->jobs : default_jobs();
    b->n_slots = b->n_workers * SLOTS_PER_WORKER;
    if (b->n_slots < MIN_SLOTS)
        b->n_slots = MIN_SLOTS;
    /* room for the documents a text document waits to see added */
    if (b->n_slots < 2 * PITH_LINESET_AHEAD)
        b->n_slots = 2 * PITH_LINESET_AHEAD;
    b->slots = calloc(b->n_slots, sizeof *b->slots);
    b->workers = calloc(b->n_workers, sizeof *b->workers);
    if (!out)
        b->names = cli_names_open(c);
    if (!b->slots || !b->workers || (!out && !b->names)) {
        free(b->slots);
        free(b->workers);
        cli_names_close(b->names);
        free(b);
        return NULL;
    }
    /* Text may come in unless the run reads everything as HTML; without
     * the memory for a set, documents are judged alone. */
    if (c->opt.input != PITH_INPUT_HTML && !c->isolate)
        b->lines = pith_lineset_new();
    pthread_mutex_init(&b->mu, NULL);
    pthread_cond_init(&b->can_produce, NULL);
    pthread_cond_init(&b->can_work, NULL);
    pthread_cond_init(&b->can_write, NULL);
    pthread_cond_init(&b->can_look, NULL);

    signal_batch = b;
    b->has_signal_thread = start_signal_thread(&b->signal_thread);
    bool show = !c->quiet && isatty(STDERR_FILENO);
    b->progress = cli_progress_start(&b->counts, show, total_bytes);
    unsigned started = 0;
    for (unsigned i = 0; i < b->n_workers; i++) {
        b->workers[i].batch = b;
        if (c->isolate && !(b->workers[i].process = cli_worker_start(c))) {
            fprintf(stderr, "pith: --isolate: a worker process could not be started\n");
            exit(EXIT_LIMIT);
        }
        if (pthread_create(&b->workers[i].thread, NULL, worker_main, &b->workers[i]) != 0) {
            cli_worker_stop(b->workers[i].process);
            break;
        }
        started++;
    }
    b->n_workers = started; /* fewer threads than asked: the same output, later */
    b->has_writer = pthread_create(&b->writer, NULL, writer_main, b) == 0;
    if (started == 0 || !b->has_writer) /* no document could be read or written */
        cli_batch_fatal(b, "out of memory: the batch's threads could not be started");
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    pthread_sigmask(SIG_UNBLOCK, &usr1, NULL);
    return b;
}

bool cli_batch_stopping(const cli_batch *b)
{
    (void)b;
    return cli_stop_requested();
}

void cli_batch_fatal(cli_batch *b, const char *why)
{
    fprintf(stderr, "pith: %s; stopping\n", why);
    pthread_mutex_lock(&b->mu);
    b->fatal = true;
    pthread_mutex_unlock(&b->mu);
    cli_request_stop();
    wake_everyone(b);
}

cli_counts *cli_batch_counts(cli_batch *b)
{
    return &b->counts;
}

cli_names *cli_batch_names(cli_batch *b)
{
    return b->names;
}

bool cli_batch_submit(cli_batch *b, cli_doc *d)
{
    /* The producer alone moves `produced`: d's number, and its lines in the
     * set before any worker may wait for it. */
    d->seq = b->produced;
    if (b->lines && d->data) {
        pith_options opt = b->c->opt;
        opt.url = d->url ? d->url : opt.url;
        opt.charset = d->charset ? d->charset : opt.charset;
        if (d->as_text)
            opt.input = PITH_INPUT_TEXT;
        pith_lineset_add(b->lines, d->seq, d->data, d->len, &opt);
    }
    pthread_mutex_lock(&b->mu);
    while (b->produced - b->written >= b->n_slots && !cli_stop_requested())
        pthread_cond_wait(&b->can_produce, &b->mu);
    if (cli_stop_requested()) {
        pthread_mutex_unlock(&b->mu);
        cli_doc_free(d);
        return false;
    }
    b->slots[b->produced % b->n_slots] = d;
    b->produced++;
    pthread_cond_signal(&b->can_work);
    if (b->look_for && b->produced >= b->look_for) {
        b->look_for = 0; /* the workers still short of theirs say so again */
        pthread_cond_broadcast(&b->can_look);
    }
    pthread_mutex_unlock(&b->mu);
    return true;
}

int cli_batch_finish(cli_batch *b)
{
    pthread_mutex_lock(&b->mu);
    b->producing_done = true;
    pthread_cond_broadcast(&b->can_work);
    pthread_cond_broadcast(&b->can_look);
    pthread_cond_broadcast(&b->can_write);
    pthread_mutex_unlock(&b->mu);
    for (unsigned i = 0; i < b->n_workers; i++) {
        pthread_join(b->workers[i].thread, NULL);
        cli_worker_stop(b->workers[i].process);
    }
    if (b->has_writer)
        pthread_join(b->writer, NULL);

    if (b->has_signal_thread) {
        pthread_kill(b->signal_thread, SIGUSR2);
        pthread_join(b->signal_thread, NULL);
    }
    bool was_interrupted = atomic_load(&interrupted);
    cli_progress_finish(b->progress, b->c->quiet, was_interrupted);
    int rc = EXIT_OK;
    if (b->write_failed) {
        if (b->write_errno != EPIPE) /* a reader that left (| head) is no news */
            fprintf(stderr, "pith: the output could not be written: %s\n",
                    strerror(b->write_errno ? b->write_errno : EIO));
        rc = EXIT_LIMIT;
    } else if (b->fatal) {
        rc = EXIT_LIMIT;
    } else if (b->unwritten > 0) {
        fprintf(stderr, "pith: %llu outputs could not be written (see above)\n", b->unwritten);
        rc = EXIT_LIMIT;
    } else if (was_interrupted) {
        rc = EXIT_INTERRUPTED;
    } else if (atomic_load(&b->counts.failed) > 0) {
        rc = EXIT_SOME_FAILED;
    }
    signal_batch = NULL;
    cli_names_close(b->names);
    pith_lineset_free(b->lines);
    free(b->slots);
    free(b->workers);
    free(b);
    return rc;
}
