/*
 * isolate.c — extraction in worker processes, for limits that hold.
 *
 * The library's own limits are soft: timeout_ms and max_memory are checked
 * by its allocator, so a page that loops without allocating, or memory taken
 * outside the arena, escapes them.  With --isolate, each pool thread drives
 * one worker process (this same program, re-executed with
 * --internal-worker and the run's options) and sends it one document at a
 * time over a pipe.  The parent thread is the watchdog:
 *
 *   - a worker that has not answered within --timeout-ms + 500 ms is
 *     killed (SIGKILL); its document gets a "timeout" error record;
 *   - a worker that dies (a crash, its address-space limit, its CPU limit)
 *     gives its document a "worker_crashed" error record;
 *   - either way a new worker is started for the next document.
 *
 * Each worker runs under RLIMIT_AS = --max-memory + 8 x --max-bytes +
 * 256 MiB, and before each document sets its RLIMIT_CPU to the CPU time it
 * has used plus the timeout (rounded up to seconds) plus 2 s, a backstop
 * should its parent stop watching.  Workers ignore SIGINT and SIGTERM (the
 * parent decides when to stop), die with their parent (PR_SET_PDEATHSIG),
 * and leave when their pipe closes.
 *
 * The protocol is two fixed headers (native byte order: both ends are the
 * same binary) followed by their strings.
 */
#define _GNU_SOURCE /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"

#define WORKER_MAGIC 0x48544950u /* "PITH" */
#define GRACE_MS 500
#define START_MS 10000 /* time a new worker has to greet its parent */
#define AS_BASE ((rlim_t)256 << 20)

typedef struct request {
    uint32_t magic;
    uint32_t url_len;
    uint32_t charset_len;
    uint32_t flags;       /* AS_TEXT */
    uint64_t data_len;
} request;

#define AS_TEXT 1u /* the document is a page's text (a WARC conversion record) */

typedef struct response {
    uint32_t magic;
    int32_t status;
    uint32_t message_len;
    uint32_t has_rendered;
    uint64_t rendered_len;
} response;

struct cli_worker {
    pid_t pid;        /* -1 when there is none */
    int to_child;
    int from_child;
    char **argv;      /* for execv */
};

/* ------------------------------------------------------------ I/O */

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

enum { IO_OK = 0, IO_EOF = -1, IO_ERROR = -2, IO_TIMEOUT = -3 };

/* Wait until fd is ready for events, at most until deadline (ms). */
static int wait_ready(int fd, short events, long long deadline)
{
    for (;;) {
        long long left = deadline - now_ms();
        if (left <= 0)
            return IO_TIMEOUT;
        struct pollfd pfd = {fd, events, 0};
        int rc = poll(&pfd, 1, left > 1000000 ? 1000000 : (int)left);
        if (rc > 0)
            return IO_OK;
        if (rc == 0)
            return IO_TIMEOUT;
        if (errno != EINTR)
            return IO_ERROR;
    }
}

/* Read n bytes from a descriptor before deadline (ms). */
static int read_bytes(int fd, void *buf, size_t n, long long deadline)
{
    char *p = buf;
    while (n > 0) {
        ssize_t k = read(fd, p, n);
        if (k > 0) {
            p += k;
            n -= (size_t)k;
            continue;
        }
        if (k == 0)
            return IO_EOF;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return IO_ERROR;
        int rc = wait_ready(fd, POLLIN, deadline);
        if (rc)
            return rc;
    }
    return IO_OK;
}

/* Write the parts iov[0..n) to a descriptor before deadline (ms). */
static int write_parts(int fd, struct iovec *iov, int n, long long deadline)
{
    while (n > 0) {
        if (iov->iov_len == 0) {
            iov++, n--;
            continue;
        }
        ssize_t k = writev(fd, iov, n);
        if (k > 0) {
            while (n > 0 && (size_t)k >= iov->iov_len) {
                k -= (ssize_t)iov->iov_len;
                iov++, n--;
            }
            if (n > 0) {
                iov->iov_base = (char *)iov->iov_base + k;
                iov->iov_len -= (size_t)k;
            }
            continue;
        }
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return IO_ERROR;
        int rc = wait_ready(fd, POLLOUT, deadline);
        if (rc)
            return rc;
    }
    return IO_OK;
}

#define NO_DEADLINE ((long long)1 << 62)

/* ------------------------------------------------------------ the parent */

static rlim_t address_space_limit(const cli *c)
{
    rlim_t limit = AS_BASE;
    rlim_t extra = (rlim_t)c->opt.max_memory + (rlim_t)c->opt.max_bytes * 8;
    if (extra > RLIM_INFINITY - limit)
        return RLIM_INFINITY;
    return limit + extra;
}

/* Between fork and exec: only async-signal-safe calls. */
static void become_worker(int in, int out, pid_t parent, rlim_t as, char **argv)
{
    if (dup2(in, STDIN_FILENO) < 0 || dup2(out, STDOUT_FILENO) < 0)
        _exit(127);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(127);
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    struct rlimit rl = {as, as};
#ifndef __SANITIZE_ADDRESS__ /* AddressSanitizer reserves terabytes of address space */
    setrlimit(RLIMIT_AS, &rl);
#else
    (void)rl;
#endif
    execv("/proc/self/exe", argv);
    execvp(argv[0], argv);
    _exit(127);
}

static bool fork_worker(cli_worker *w, const cli *c)
{
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0)
        return false;
    if (pipe2(out, O_CLOEXEC) != 0) {
        close(in[0]);
        close(in[1]);
        return false;
    }
    pid_t parent = getpid();
    rlim_t as = address_space_limit(c);
    pid_t pid = fork();
    if (pid == 0)
        become_worker(in[0], out[1], parent, as, w->argv);
    close(in[0]);
    close(out[1]);
    if (pid < 0) {
        close(in[1]);
        close(out[0]);
        return false;
    }
    w->pid = pid;
    w->to_child = in[1];
    w->from_child = out[0];
    fcntl(w->to_child, F_SETFL, O_NONBLOCK);
    fcntl(w->from_child, F_SETFL, O_NONBLOCK);
    return true;
}

/* Stop the worker (kill it first when asked); its exit status. */
static int reap(cli_worker *w, bool kill_it)
{
    int status = 0;
    if (w->pid < 0)
        return 0;
    close(w->to_child);
    close(w->from_child);
    if (kill_it)
        kill(w->pid, SIGKILL);
    while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
        ;
    w->pid = -1;
    return status;
}

/* Start a worker and wait for its greeting: a worker that cannot start
 * (no exec, no memory) is known here, not at its first page. */
static bool spawn(cli_worker *w, const cli *c)
{
    if (!fork_worker(w, c))
        return false;
    uint32_t hello = 0;
    if (read_bytes(w->from_child, &hello, sizeof hello, now_ms() + START_MS) == IO_OK &&
        hello == WORKER_MAGIC)
        return true;
    reap(w, true);
    return false;
}

cli_worker *cli_worker_start(const cli *c)
{
    cli_worker *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->pid = -1;
    w->argv = calloc((size_t)c->argc + 2, sizeof *w->argv);
    if (!w->argv) {
        free(w);
        return NULL;
    }
    w->argv[0] = c->argv[0];
    w->argv[1] = "--internal-worker";
    for (int i = 1; i < c->argc; i++)
        w->argv[i + 1] = c->argv[i];
    if (!spawn(w, c)) {
        free(w->argv);
        free(w);
        return NULL;
    }
    return w;
}

void cli_worker_stop(cli_worker *w)
{
    if (!w)
        return;
    reap(w, false);
    free(w->argv);
    free(w);
}

static void fail(cli_extracted *x, const char *code, const char *message)
{
    x->status = -1;
    x->fail_code = code;
    x->message = strdup(message);
}

static void describe_death(cli_extracted *x, int status)
{
    char message[160];
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        snprintf(message, sizeof message, "the worker process was killed by signal %d (%s)%s",
                 sig, strsignal(sig),
                 sig == SIGXCPU ? ": CPU time limit" : sig == SIGKILL ? ": out of memory?" : "");
    } else {
        snprintf(message, sizeof message, "the worker process exited with status %d",
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    }
    fail(x, "worker_crashed", message);
}

static int send_request(cli_worker *w, const cli_doc *d, long long deadline)
{
    request q = {WORKER_MAGIC, d->url ? (uint32_t)strlen(d->url) : 0,
                 d->charset ? (uint32_t)strlen(d->charset) : 0, d->as_text ? AS_TEXT : 0,
                 d->len};
    struct iovec iov[4] = {{&q, sizeof q},
                           {d->url, q.url_len},
                           {d->charset, q.charset_len},
                           {d->data, d->len}};
    return write_parts(w->to_child, iov, 4, deadline);
}

/* Read a length-prefixed string of n bytes (NUL-terminated) into *out. */
static int receive_string(cli_worker *w, uint64_t n, char **out, long long deadline)
{
    if (n > ((uint64_t)1 << 40))
        return IO_ERROR;
    *out = malloc((size_t)n + 1);
    if (!*out)
        return IO_ERROR;
    int rc = read_bytes(w->from_child, *out, (size_t)n, deadline);
    (*out)[n] = '\0';
    return rc;
}

static int receive_response(cli_worker *w, cli_extracted *x, long long deadline)
{
    response a;
    int rc = read_bytes(w->from_child, &a, sizeof a, deadline);
    if (rc)
        return rc;
    if (a.magic != WORKER_MAGIC)
        return IO_ERROR;
    x->status = a.status;
    if (a.message_len && (rc = receive_string(w, a.message_len, &x->message, deadline)) != 0)
        return rc;
    if (a.has_rendered) {
        x->len = (size_t)a.rendered_len;
        return receive_string(w, a.rendered_len, &x->rendered, deadline);
    }
    return IO_OK;
}

void cli_worker_extract(cli_worker *w, const cli *c, const cli_doc *d, cli_extracted *x)
{
    memset(x, 0, sizeof *x);
    if (w->pid < 0 && !spawn(w, c)) {
        fail(x, "worker_crashed", "a worker process could not be started");
        return;
    }
    long long deadline = now_ms() + c->opt.timeout_ms + GRACE_MS;
    int rc = send_request(w, d, deadline);
    if (!rc)
        rc = receive_response(w, x, deadline);
    if (rc == IO_OK)
        return;
    free(x->message);
    free(x->rendered);
    memset(x, 0, sizeof *x);
    if (rc == IO_TIMEOUT) {
        reap(w, true);
        char message[128];
        snprintf(message, sizeof message,
                 "the page took longer than --timeout-ms (%u ms); its worker process was stopped",
                 c->opt.timeout_ms);
        fail(x, "timeout", message);
        return;
    }
    describe_death(x, reap(w, true));
}

/* ------------------------------------------------------------ the worker */

/* Keep the CPU time limit between timeout + 2 s and timeout + 3 s above the
 * CPU time used so far: a getrusage per document, a setrlimit about once a
 * CPU second.  *limit is the soft limit in force (0 = none set yet). */
static void limit_cpu(unsigned timeout_ms, rlim_t *limit)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return;
    rlim_t used = (rlim_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + 1;
    rlim_t want = used + (timeout_ms + 999) / 1000 + 2;
    if (*limit >= want && *limit <= want + 1)
        return;
    struct rlimit rl;
    if (getrlimit(RLIMIT_CPU, &rl) != 0)
        return;
    rl.rlim_cur = want + 1;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_cur > rl.rlim_max)
        rl.rlim_cur = rl.rlim_max;
    if (setrlimit(RLIMIT_CPU, &rl) == 0)
        *limit = rl.rlim_cur;
}

static int answer(const cli_extracted *x)
{
    response a = {WORKER_MAGIC, x->status, x->message ? (uint32_t)strlen(x->message) : 0,
                  x->rendered != NULL, x->rendered ? x->len : 0};
    struct iovec iov[3] = {{&a, sizeof a},
                           {x->message, a.message_len},
                           {x->rendered, x->rendered ? x->len : 0}};
    return write_parts(STDOUT_FILENO, iov, 3, NO_DEADLINE);
}

/* Read one request into d; IO_EOF when the parent is done. */
static int read_request(const cli *c, cli_doc *d)
{
    request q;
    int rc = read_bytes(STDIN_FILENO, &q, sizeof q, NO_DEADLINE);
    if (rc)
        return rc;
    if (q.magic != WORKER_MAGIC || q.data_len > c->opt.max_bytes)
        return IO_ERROR;
    d->len = (size_t)q.data_len;
    d->as_text = (q.flags & AS_TEXT) != 0;
    d->url = q.url_len ? calloc(1, (size_t)q.url_len + 1) : NULL;
    d->charset = q.charset_len ? calloc(1, (size_t)q.charset_len + 1) : NULL;
    d->data = malloc(d->len + 1);
    if ((q.url_len && !d->url) || (q.charset_len && !d->charset) || !d->data)
        return IO_ERROR;
    if (q.url_len && (rc = read_bytes(STDIN_FILENO, d->url, q.url_len, NO_DEADLINE)) != 0)
        return rc;
    if (q.charset_len &&
        (rc = read_bytes(STDIN_FILENO, d->charset, q.charset_len, NO_DEADLINE)) != 0)
        return rc;
    return read_bytes(STDIN_FILENO, d->data, d->len, NO_DEADLINE);
}

/* For tests of the watchdog only: PITH_TEST_WORKER_FAULT="stall:MARK" makes
 * the worker hang on a document that contains MARK, "crash:MARK" makes it
 * die (several, comma-separated).  A stuck parse and a crash cannot be
 * produced on demand from real pages. */
static void test_fault(const cli_doc *d)
{
    const char *spec = getenv("PITH_TEST_WORKER_FAULT");
    while (spec && *spec) {
        size_t n = strcspn(spec, ",");
        const char *colon = memchr(spec, ':', n);
        if (colon && colon + 1 < spec + n) {
            char mark[64];
            size_t m = (size_t)(spec + n - colon - 1);
            if (m < sizeof mark) {
                memcpy(mark, colon + 1, m);
                mark[m] = '\0';
                bool found = d->data && memmem(d->data, d->len, mark, m) != NULL;
                if (found && !strncmp(spec, "stall:", 6))
                    for (;;)
                        pause();
                if (found && !strncmp(spec, "crash:", 6))
                    raise(SIGSEGV);
            }
        }
        spec += n + (spec[n] == ',');
    }
}

int cli_run_worker(const cli *given)
{
    cli c = *given;
    cli_batch_settle(&c);
    rlim_t cpu_limit = 0;
    uint32_t hello = WORKER_MAGIC;
    struct iovec iov = {&hello, sizeof hello};
    if (write_parts(STDOUT_FILENO, &iov, 1, NO_DEADLINE) != IO_OK)
        return EXIT_LIMIT;
    for (;;) {
        cli_doc d;
        memset(&d, 0, sizeof d);
        int rc = read_request(&c, &d);
        if (rc == IO_OK) {
            limit_cpu(c.opt.timeout_ms, &cpu_limit);
            test_fault(&d);
            cli_extracted x;
            cli_extract_here(&c, &d, NULL, &x);
            rc = answer(&x);
            free(x.message);
            free(x.rendered);
        }
        free(d.url);
        free(d.charset);
        free(d.data);
        if (rc != IO_OK)
            return rc == IO_EOF ? EXIT_OK : EXIT_LIMIT;
    }
}
