/*
 * produce.c — a batch run: the producer that turns every input into
 * documents for the pool.
 *
 * An input is sniffed by content: a WARC (plain or gzip) yields one
 * document per HTML response or resource record and per conversion record
 * (a page's text: the WET files of web archives), and one failed document
 * per damaged record; anything else is one page (a gzip page is
 * decompressed).  An input that cannot be read yields a failed document,
 * so every input shows in the output and nothing is dropped in silence.
 */
#include <errno.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"

/* ------------------------------------------------------------ documents */

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* A new document from source; NULL (and the run stopped, as failed) when
 * memory runs out, since its line could not be written either. */
static cli_doc *new_doc(cli_batch *b, const char *source)
{
    cli_doc *d = calloc(1, sizeof *d);
    if (d && !(d->source = strdup(source))) {
        free(d);
        d = NULL;
    }
    if (!d) {
        cli_batch_fatal(b, "out of memory");
        return NULL;
    }
    d->offset = -1;
    return d;
}

/* Hand over d as failed (code, message).  False when the run is stopping. */
static bool submit_failure(cli_batch *b, cli_doc *d, const char *code, const char *message)
{
    d->fail_code = code;
    d->fail_message = strdup(message);
    return cli_batch_submit(b, d);
}

static void count_read(cli_batch *b, cli_reader *s, unsigned long long *seen)
{
    atomic_fetch_add(&cli_batch_counts(b)->input_bytes, s->bytes - *seen);
    *seen = s->bytes;
}

/* ------------------------------------------------------------ pages */

static bool produce_page(cli_batch *b, const cli *c, cli_reader *s, const char *source,
                         pith_input_kind kind)
{
    cli_doc *d = new_doc(b, source);
    if (!d)
        return false;
    pith_warc_error e = cli_reader_read_page(s, kind, c->opt.max_bytes, &d->data, &d->len);
    char message[128];
    switch (e) {
    case PITH_WARC_OK:
        return cli_batch_submit(b, d);
    case PITH_WARC_TOO_LARGE:
        snprintf(message, sizeof message, "the page is larger than --max-bytes (%zu bytes)%s",
                 c->opt.max_bytes, kind == PITH_INPUT_GZIP_PAGE ? " once decompressed" : "");
        return submit_failure(b, d, "too_large", message);
    case PITH_WARC_READ_ERROR:
        return submit_failure(b, d, "unreadable", strerror(s->error ? s->error : EIO));
    case PITH_WARC_TRUNCATED:
        return submit_failure(b, d, "gzip_truncated", "the gzip data is cut short");
    case PITH_WARC_BAD_GZIP:
        return submit_failure(b, d, "gzip_corrupt", "the gzip data is corrupt");
    default:
        return submit_failure(b, d, "out_of_memory", "out of memory while reading");
    }
}

/* ------------------------------------------------------------ WARC */

static cli_doc *record_doc(cli_batch *b, const char *source, const pith_warc_record *rec)
{
    cli_doc *d = new_doc(b, source);
    if (!d)
        return NULL;
    d->from_warc = true;
    d->offset = (long long)rec->offset;
    d->url = dup_or_null(rec->target_uri);
    d->record_id = dup_or_null(rec->record_id);
    d->warc_date = dup_or_null(rec->date);
    d->charset = dup_or_null(rec->charset);
    d->http_status = rec->http_status;
    return d;
}

/* One document per HTML record, and per conversion record (a page's text,
 * as WET files hold it); false when the run is stopping. */
static bool take_record(cli_batch *b, const cli *c, pith_warc_reader *r, const char *source,
                        const pith_warc_record *rec)
{
    if (!rec->error && !rec->is_html && !rec->is_text) {
        atomic_fetch_add(&cli_batch_counts(b)->skipped, 1);
        return true;
    }
    cli_doc *d = record_doc(b, source, rec);
    if (!d)
        return false;
    d->as_text = rec->is_text && !rec->is_html;
    if (rec->error)
        return submit_failure(b, d, pith_warc_error_code(rec->error),
                              rec->message ? rec->message : pith_warc_error_string(rec->error));
    pith_warc_error e = pith_warc_payload(r, c->opt.max_bytes, &d->data, &d->len);
    if (e == PITH_WARC_OK)
        return cli_batch_submit(b, d);
    char message[128];
    if (e == PITH_WARC_TOO_LARGE)
        snprintf(message, sizeof message, "the page is larger than --max-bytes (%zu bytes)",
                 c->opt.max_bytes);
    else
        snprintf(message, sizeof message, "%s", pith_warc_error_string(e));
    return submit_failure(b, d, pith_warc_error_code(e), message);
}

static bool produce_warc(cli_batch *b, const cli *c, cli_reader *s, const char *source)
{
    unsigned long long seen = 0;
    pith_warc_reader *r = pith_warc_open(cli_reader_read, s);
    if (!r) {
        cli_doc *d = new_doc(b, source);
        return d && submit_failure(b, d, "out_of_memory", "out of memory");
    }
    pith_warc_record rec;
    bool go = true;
    while (go && !cli_batch_stopping(b) && pith_warc_next(r, &rec) == 1) {
        go = take_record(b, c, r, source, &rec);
        count_read(b, s, &seen);
    }
    pith_warc_close(r);
    count_read(b, s, &seen);
    return go;
}

/* ------------------------------------------------------------ inputs */

static bool produce_input(cli_batch *b, const cli *c, cli_reader *s, const char *source)
{
    unsigned long long seen = 0;
    pith_input_kind kind = cli_reader_sniff(s);
    bool go = (kind == PITH_INPUT_WARC || kind == PITH_INPUT_WARC_GZIP)
                  ? produce_warc(b, c, s, source)
                  : produce_page(b, c, s, source, kind);
    if (kind != PITH_INPUT_WARC && kind != PITH_INPUT_WARC_GZIP)
        count_read(b, s, &seen);
    return go;
}

static bool produce_path(cli_batch *b, const cli *c, const char *path, int list_error)
{
    int err = list_error;
    cli_reader s;
    if (!err)
        err = cli_reader_open(&s, path);
    if (err) {
        cli_doc *d = new_doc(b, path);
        if (!d)
            return false;
        const char *why = strerror(err);
        char message[160];
        if (err == EISDIR)
            why = "a directory (use -r DIR to read the pages in it)";
        snprintf(message, sizeof message, "%s", why);
        return submit_failure(b, d, "unreadable", message);
    }
    if (!cli_names_input(cli_batch_names(b), s.fd)) {
        cli_reader_close(&s);
        cli_batch_fatal(b, "out of memory");
        return false;
    }
    bool go = produce_input(b, c, &s, path);
    cli_reader_close(&s);
    return go;
}

/* mkdir -p path; 0 or an errno value. */
static int make_directory(const char *path)
{
    char *p = strdup(path);
    if (!p)
        return ENOMEM;
    int err = 0;
    for (char *q = p + 1;; q++) {
        if (*q != '/' && *q != '\0')
            continue;
        char was = *q;
        *q = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST)
            err = errno;
        *q = was;
        if (err || was == '\0')
            break;
    }
    struct stat st;
    if (!err && (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)))
        err = ENOTDIR;
    free(p);
    return err;
}

/* The JSONL stream's buffer: a pipe's capacity.  Each of its pages is
 * faulted in the first time a record is copied there, and a run's records
 * fill a larger one before the first write: 1 MiB cost the 181 aeb pages
 * as text some 250 page faults, a tenth of the run's, where sixteen
 * writes of 64 KiB cost less. */
#define OUTPUT_BUFFER (64u << 10)

/* Open where the output goes: the JSONL stream, or the directory. */
static int open_output(const cli *c, FILE **out)
{
    *out = NULL;
    if (c->jsonl) {
        *out = c->output ? fopen(c->output, "wbe") : stdout;
        if (!*out) {
            fprintf(stderr, "pith: %s: %s\n", c->output, strerror(errno));
            return EXIT_LIMIT;
        }
        static char buffer[OUTPUT_BUFFER];
        setvbuf(*out, buffer, _IOFBF, sizeof buffer);
        return EXIT_OK;
    }
    struct stat st;
    if (stat(c->output, &st) == 0 && !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "pith: -o %s: not a directory (a batch in another format than jsonl "
                        "writes one file per page into a directory)\n",
                c->output);
        return EXIT_USAGE;
    }
    /* Made now, so that where it lies is known (names.c). */
    int err = make_directory(c->output);
    if (err) {
        fprintf(stderr, "pith: -o %s: %s\n", c->output, strerror(err));
        return EXIT_LIMIT;
    }
    return EXIT_OK;
}

/* How much glibc's allocator takes beyond a request when it grows a heap,
 * and keeps when it gives memory back.  Its default (none) suits one large
 * page; a batch of small ones (a text page is ~9 KB) frees and takes the
 * same few MB again with every page, and each time the kernel maps fresh
 * pages: aeb as text, 181 pages at -j 1, took 67.9 ms and 3,300 page faults,
 * 65.5 ms and 2,970 with 4 MiB (median of 15 interleaved runs); 1 MiB did
 * nothing.  16 MiB, so that the main heap's first growth is room enough
 * for a run of text pages in huge pages (huge_heap).  At most this much
 * more stays mapped per thread's heap. */
#define HEAP_PAD (16u << 20)
/* Blocks below this come from the heaps, not a mapping of their own: a
 * page of HTML (~174 KB) no longer costs a fresh mapping, so faults on
 * aeb as HTML fell from 11,800 to 9,450.  Setting the pad fixes the
 * threshold glibc would otherwise raise as it sees large blocks freed. */
#define HEAP_MMAP_FROM (4u << 20)

#define HUGE_PAGE (2u << 20)

/* Ask for the main heap in huge pages, where the kernel gives them on
 * request (transparent huge pages in "madvise" mode, the common default):
 * the heap grows by HEAP_PAD now, with a block more than it holds free,
 * and that room is marked (a growth past it is not).  A page fault costs
 * some microseconds, more in a virtual machine, and a batch faults in its
 * working set 4 KiB at a time: the 181 aeb pages as text, -j 1, took 2,400
 * faults and 146 ms median CPU, 1,330 and 130 ms in huge pages; as HTML
 * 870 -> 775 ms; peak RSS +1.5 MB. */
static void huge_heap(void)
{
#if defined(MADV_HUGEPAGE)
    char *block = malloc(HEAP_MMAP_FROM / 2);
    if (!block)
        return;
    uintptr_t from = ((uintptr_t)block + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    uintptr_t end = (uintptr_t)sbrk(0);
    if (end > from)
        madvise((void *)from, end - from, MADV_HUGEPAGE); /* a hint: failure changes nothing */
    free(block);
#endif
}

/* Tune the allocator for a run of many documents, before its threads start. */
static void tune_allocator(void)
{
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, HEAP_PAD);
    mallopt(M_MMAP_THRESHOLD, HEAP_MMAP_FROM);
    huge_heap();
#endif
}

int cli_run_batch(const cli *given, cli_reader *first)
{
    cli c = *given;
    if (!c.output && c.format_given && !c.jsonl && c.format != PITH_FORMAT_JSON) {
        fprintf(stderr, "pith: %s holds several documents: use --format jsonl, or -o DIR "
                        "for one file per page\n",
                first ? first->name : "the input");
        return EXIT_USAGE;
    }
    cli_batch_settle(&c);
    tune_allocator();
    FILE *out;
    int rc = open_output(&c, &out);
    if (rc != EXIT_OK)
        return rc;
    cli_batch *b =
        cli_batch_start(&c, out, first ? cli_reader_size(first) : cli_inputs_total_bytes(&c));
    if (!b) {
        fprintf(stderr, "pith: out of memory\n");
        return EXIT_LIMIT;
    }
    if (first) {
        produce_input(b, &c, first, c.n_files ? c.files[0] : "-");
    } else {
        cli_inputs *in = cli_inputs_open(&c);
        const char *path;
        int err;
        bool go = in != NULL;
        while (go && !cli_batch_stopping(b) && cli_inputs_next(in, &path, &err))
            go = produce_path(b, &c, path, err);
        cli_inputs_close(in);
        if (!in) { /* not one input read: the run must not end as a success */
            cli_batch_finish(b);
            fprintf(stderr, "pith: out of memory\n");
            if (out && out != stdout)
                fclose(out);
            return EXIT_LIMIT;
        }
    }
    rc = cli_batch_finish(b);
    if (out && out != stdout && fclose(out) != 0 && rc != EXIT_LIMIT) {
        fprintf(stderr, "pith: %s: %s\n", c.output, strerror(errno));
        rc = EXIT_LIMIT;
    }
    return rc;
}
