/*
 * cli.h — what the files of the pith command-line tool share.
 *
 * The tool sees libpith only through include/pith.h, like any other user.
 *
 *   main.c      chooses the mode: one page, a batch, or an --isolate worker
 *   args.c      the options, --help, and the settings of a batch run
 *   reader.c    reading an input: files, standard input, sniffing, gzip
 *   single.c    one page to standard output or -o FILE (the classic use)
 *   inputs.c    the batch's input paths: FILE arguments, -r DIR, --files-from
 *   produce.c   turns each input into documents (a page, or a WARC's records)
 *   batch.c     the worker pool and the ordered output queue
 *   output.c    a document's output: a JSONL line, or a file under -o DIR
 *   names.c     which file of -o DIR: never two documents on one, never an input
 *   progress.c  the progress line and the summary on standard error
 *   isolate.c   worker processes with hard limits (--isolate)
 *   stop.c      the flag that stops a batch run (signals, write errors)
 */
#ifndef PITH_CLI_H
#define PITH_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "pith.h"

/* Exit codes (also in --help and the README). */
enum {
    EXIT_OK = 0,          /* extracted (batch: no document failed) */
    EXIT_NO_CONTENT = 1,  /* the page holds no main content */
    EXIT_USAGE = 2,       /* unknown option, bad value */
    EXIT_INPUT = 3,       /* input unreadable or not a page */
    EXIT_LIMIT = 4,       /* resource limit or out of memory; batch: a fatal
                             error such as output that cannot be written */
    EXIT_SOME_FAILED = 5, /* batch: at least one document failed */
    EXIT_INTERRUPTED = 130 /* batch: stopped by SIGINT, after the summary */
};

/* Batch defaults. */
#define CLI_BATCH_MAX_BYTES ((size_t)8 << 20)
#define CLI_ISOLATE_TIMEOUT_MS 30000u

typedef struct cli {
    pith_options opt;
    pith_format format;
    unsigned render_flags;   /* PITH_RENDER_* */
    bool format_given;
    bool format_from_output; /* no --format: the format is -o FILE's extension */
    bool jsonl;              /* --format jsonl (or -o NAME.jsonl) */
    const char *output;      /* -o: a FILE (one page, or JSONL), or a DIR */
    bool explain;
    bool max_bytes_given;
    bool timeout_given;

    /* Inputs. */
    char **files;            /* FILE arguments ("-" is standard input) */
    size_t n_files;
    const char **dirs;       /* -r DIR, in order */
    size_t n_dirs;
    const char *files_from;  /* --files-from LIST ("-" is standard input) */
    bool all_files;          /* -r takes every file, not only pages/WARCs */

    /* Batch. */
    unsigned jobs;           /* -j N; 0 = one per core */
    bool quiet;
    bool isolate;            /* extract in worker processes with hard limits */
    bool worker;             /* internal: serve an --isolate parent */
    int argc;                /* the original arguments, to start workers */
    char **argv;
} cli;

/* args.c */
int cli_parse_args(int argc, char **argv, cli *c);
void cli_free(cli *c);
bool cli_is_batch(const cli *c);
/* Apply the batch defaults (--max-bytes 8M, --isolate's timeout) and the
 * output mode (JSONL unless -o names a directory: another format than
 * jsonl, and a name that does not end in .jsonl) to c; the same in a
 * worker process. */
void cli_batch_settle(cli *c);
void cli_explain_hook(const pith_removal *removal, void *userdata);

/* --explain: what kind of page it was and why, and the fallback taken. */
void cli_explain_result(const pith_result *r);

/* reader.c: one input, read through a file descriptor. */
typedef struct cli_reader {
    int fd;
    bool own_fd;
    const char *name;        /* for messages: the path, or "<stdin>" */
    char *head;              /* bytes read ahead to sniff the content */
    size_t head_len, head_pos, head_cap;
    bool head_eof;           /* the read-ahead reached the end of the input */
    int error;               /* errno of a failed read, 0 if none */
    unsigned long long bytes; /* bytes read from fd so far */
} cli_reader;

/* Open path ("-" = standard input).  Returns 0 or an errno value. */
int cli_reader_open(cli_reader *s, const char *path);
/* Read ahead and tell what the input holds. */
pith_input_kind cli_reader_sniff(cli_reader *s);
/* A pith_read_fn over a cli_reader (read-ahead bytes first). */
long cli_reader_read(void *stream, void *buf, size_t n);
/* Read the rest of the input into a new block (NUL-terminated), at most
 * max bytes; a gzip page is decompressed.  Returns PITH_WARC_OK or the
 * reason, as for pith_gunzip. */
pith_warc_error cli_reader_read_page(cli_reader *s, pith_input_kind kind, size_t max,
                                     char **data, size_t *len);
void cli_reader_close(cli_reader *s);
/* The input's size when it is a regular file, else 0. */
unsigned long long cli_reader_size(const cli_reader *s);

/* stop.c: true once a batch run was told to stop (SIGINT, SIGTERM, a
 * write error); cli_request_stop tells it. */
bool cli_stop_requested(void);
void cli_request_stop(void);

/* single.c */
int cli_run_single(const cli *c, cli_reader *in);

/* batch runs (produce.c); in, if not NULL, is an input already opened and
 * sniffed as a WARC by the single-page path. */
int cli_run_batch(const cli *c, cli_reader *in);

/* isolate.c: the worker side. */
int cli_run_worker(const cli *c);

/* output.c: render a result as this run asks: JSON in a JSONL run, else
 * the format.  Returns NULL when there is nothing to write (a failure in a
 * format that only describes success) or memory ran out (*oom set). */
char *cli_render(const cli *c, const pith_result *r, size_t *len, bool *oom);
/* Why pith_render failed, from its errno (EFBIG: over --max-memory,
 * ETIMEDOUT: over --timeout-ms, else out of memory). */
const char *cli_render_failure(int err);

#endif
