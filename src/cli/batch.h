/*
 * batch.h — the parts of a batch run: documents, the ordered worker pool,
 * their output, progress, and isolated worker processes.
 *
 * The producer (produce.c) reads inputs on the main thread and hands each
 * document to the pool (batch.c) in input order.  Workers extract
 * documents in parallel, one per thread (or one per worker process with
 * --isolate), and compose their output (output.c); one writer thread
 * writes the outputs back in input order.  A ring of slots bounds the
 * documents in flight, so memory stays flat whatever the input's size.
 *
 * Text documents are judged against the lines of the run's other
 * documents (a site's header and footer, pith.h's "batches of text"): the
 * producer adds each document to the run's line set as it hands it over,
 * and a worker extracts document k once the producer has gone
 * PITH_LINESET_AHEAD documents past it, so the result is the same
 * whatever -j.  With --isolate, documents are extracted without it.
 */
#ifndef PITH_CLI_BATCH_H
#define PITH_CLI_BATCH_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>

#include "cli.h"

typedef enum cli_outcome {
    CLI_EXTRACTED = 0, /* main content found */
    CLI_EMPTY,         /* read, but no main content */
    CLI_FAILED         /* an error: input, extraction or worker */
} cli_outcome;

/* One input document, from the producer to the writer. */
typedef struct cli_doc {
    /* Where it comes from. */
    char *source;          /* the input path, or "-" for standard input */
    long long offset;      /* the WARC record's offset; -1 for a file */
    char *url;             /* WARC-Target-URI */
    char *record_id;       /* WARC-Record-ID */
    char *warc_date;       /* WARC-Date */
    char *charset;         /* from the HTTP Content-Type */
    int http_status;       /* 0 when not from a WARC response */
    bool from_warc;
    bool as_text;          /* a WARC conversion record: the page's text */
    unsigned long long seq; /* its place in the run (the line set's number) */

    /* The page, or why there is none. */
    char *data;
    size_t len;
    const char *fail_code; /* an input-side error code, or NULL */
    char *fail_message;

    /* The result, set by a worker. */
    cli_outcome outcome;
    char *out;             /* what to write: a JSONL line or a file's bytes */
    size_t out_len;
    char *out_path;        /* -o DIR: where to write it (numbered by names.c if taken) */
    char *error_text;      /* a failure, as one line for standard error */
    bool done;
} cli_doc;

/* Documents and bytes so far, shared by the threads. */
typedef struct cli_counts {
    atomic_ullong docs, extracted, empty, failed;
    atomic_ullong page_bytes;   /* bytes of the documents extracted */
    atomic_ullong input_bytes;  /* bytes read from the inputs */
    atomic_ullong skipped;      /* WARC records that are not pages */
} cli_counts;

/* ------------------------------------------------------------ inputs.c */

typedef struct cli_inputs cli_inputs;

cli_inputs *cli_inputs_open(const cli *c);
/* The next input path: 1 with *path set (valid until the next call), and
 * *error set to an errno value when that path cannot be listed or opened;
 * 0 when every input was given. */
int cli_inputs_next(cli_inputs *in, const char **path, int *error);
void cli_inputs_close(cli_inputs *in);
/* True for the names -r takes without --all-files: pages (.html .htm
 * .xhtml .shtml) and WARCs (.warc), also with .gz. */
bool cli_wanted_name(const char *path);
/* True when path is dir or lies inside it (both real paths). */
bool cli_path_inside(const char *path, const char *dir);
/* True when path's name is one -o DIR gives a document's output in c's
 * format (a.html.txt, a.html.2.txt, crawl.warc/1234.txt): inside the -o
 * DIR such a file is an earlier run's output, not an input. */
bool cli_output_name(const cli *c, const char *path);
/* The total size of the inputs when known beforehand (FILE arguments that
 * are all regular files), else 0. */
unsigned long long cli_inputs_total_bytes(const cli *c);

/* ------------------------------------------------------------ names.c */

typedef struct cli_names cli_names;

/* The names of a run writing one file per page into -o DIR (which exists);
 * NULL when memory ran out. */
cli_names *cli_names_open(const cli *c);
void cli_names_close(cli_names *names);
/* The producer opened an input (fd): the run never writes over it.  False
 * when memory ran out. */
bool cli_names_input(cli_names *names, int fd);
/* The file to write a document's output to: path, or path numbered before
 * its extension ext when path would write over an input or a file this
 * run wrote (names.c); its directories are made.  NULL with *err set when
 * no file can be written. */
char *cli_names_claim(cli_names *names, const char *path, const char *ext, int *err);
/* The writer wrote path.  False when memory ran out. */
bool cli_names_written(cli_names *names, const char *path);

/* ------------------------------------------------------------ batch.c */

typedef struct cli_batch cli_batch;

/* Start the pool: workers, writer, and the progress line when wanted.
 * jsonl: write to out (a JSONL stream); else one file per page under c->output. */
cli_batch *cli_batch_start(const cli *c, FILE *out, unsigned long long total_bytes);
/* Hand over a document (the pool owns it from now).  Blocks while the ring
 * is full.  Returns false when the run is stopping (SIGINT, write error). */
bool cli_batch_submit(cli_batch *b, cli_doc *d);
bool cli_batch_stopping(const cli_batch *b);
/* Stop the run on an error that loses documents (no memory for them):
 * print why; the run ends with exit code 4. */
void cli_batch_fatal(cli_batch *b, const char *why);
cli_counts *cli_batch_counts(cli_batch *b);
/* The run's names (-o DIR), or NULL (JSONL). */
cli_names *cli_batch_names(cli_batch *b);
/* Wait for every document, print the summary; the exit code. */
int cli_batch_finish(cli_batch *b);

void cli_doc_free(cli_doc *d);

/* ------------------------------------------------------------ output.c */

/* The result of extracting one document, in a thread or a worker process. */
typedef struct cli_extracted {
    int status;            /* a pith_status, or -1 when the worker failed */
    const char *fail_code; /* the worker's failure: "timeout", "worker_crashed" */
    char *message;         /* the result's error, or the worker's failure */
    char *rendered;        /* cli_render's output, or NULL */
    size_t len;
} cli_extracted;

/* Extract d in this thread, against the run's line set (NULL: none). */
void cli_extract_here(const cli *c, const cli_doc *d, pith_lineset *lines, cli_extracted *x);
/* Set d's outcome and output from x (which is consumed). */
void cli_compose(const cli *c, cli_doc *d, cli_extracted *x);
/* The extension of a format's files under -o DIR (".txt"...). */
const char *cli_format_extension(pith_format f);

/* ------------------------------------------------------------ progress.c */

typedef struct cli_progress cli_progress;

/* Show a progress line every quarter second when show is set. */
cli_progress *cli_progress_start(cli_counts *counts, bool show, unsigned long long total_bytes);
/* Print one line on standard error without garbling the progress line. */
void cli_progress_message(cli_progress *p, const char *line);
/* Stop the line and print the summary (unless quiet). */
void cli_progress_finish(cli_progress *p, bool quiet, bool interrupted);

/* ------------------------------------------------------------ isolate.c */

typedef struct cli_worker cli_worker;

/* Start a worker process for this run; NULL when it cannot be started. */
cli_worker *cli_worker_start(const cli *c);
/* Extract d in the worker, within the hard limits.  A worker that runs
 * over its time or dies is replaced, and x says what happened. */
void cli_worker_extract(cli_worker *w, const cli *c, const cli_doc *d, cli_extracted *x);
void cli_worker_stop(cli_worker *w);

#endif
