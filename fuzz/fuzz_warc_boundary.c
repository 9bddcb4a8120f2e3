/*
 * fuzz_warc_boundary.c — libFuzzer target for the WARC reader's record and
 * gzip member boundaries: no intact record may be lost or doubled.
 *
 * The input is not an archive but a recipe for one.  It builds a valid
 * multi-record WARC (plain, one gzip member per record, or one member for
 * the whole file) whose records carry HTML payloads known here, and then
 * damages what lies between them, as crawls and copies do:
 *   - line ends after a record: none, one, two, seven, bare LFs;
 *   - between records: blank lines, empty gzip members, members of blank
 *     lines, bytes that are not a record (or not gzip), a member of such
 *     bytes, a record cut short in its header (glued to the next record or
 *     on lines of its own), a gzip member cut short;
 *   - member boundaries moved: a record split over two members, two
 *     records in one member;
 *   - damaged records: a Content-Length too short, too long (gzip members
 *     bound it), a block cut short, a corrupt member, a bad CRC.
 * Damage is only ever placed where the WARC format lets a reader find the
 * next record: at the start of a line, or at the start of a gzip member (a
 * Content-Length that runs into the next record of a plain WARC, or bytes
 * "WARC/" or gzip magic inside garbage, would hide it from any reader).
 *
 * Then the archive is read as the command line reads it (each HTML record's
 * payload taken, at most 1 MiB or at most 66,000 bytes, with reads of 1 to
 * 4096 bytes) and checked: every intact HTML record within the limit comes
 * out exactly once (one over it, never), with its payload byte for byte,
 * and at its offset: its gzip member's when it starts one, else its place
 * in the stream.  Records around damage may fail, but never take an
 * intact record with them, or give it twice.
 *
 * To look at the archive an input builds: WARC_BOUNDARY_DUMP=FILE
 * build/fuzz/fuzz_warc_boundary INPUT writes it to FILE (then run pith).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "pith.h"
#include "stepped_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_RECORDS 12

/* ------------------------------------------------------------ the recipe */

typedef struct recipe {
    const uint8_t *p;
    size_t n, i;
} recipe;

static unsigned next_byte(recipe *r)
{
    return r->i < r->n ? r->p[r->i++] : 0;
}

/* ------------------------------------------------------------ bytes */

typedef struct bytes {
    unsigned char *data;
    size_t len, cap;
} bytes;

static void put(bytes *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n)
            cap *= 2;
        b->data = realloc(b->data, cap);
        if (!b->data)
            abort();
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void puts_b(bytes *b, const char *s)
{
    put(b, s, strlen(s));
}

/* One gzip member holding p[0..n). */
static void gzip_member(bytes *out, const void *p, size_t n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        abort();
    size_t cap = deflateBound(&z, (uLong)n) + 32;
    unsigned char *buf = malloc(cap);
    if (!buf)
        abort();
    z.next_in = (Bytef *)p;
    z.avail_in = (uInt)n;
    z.next_out = buf;
    z.avail_out = (uInt)cap;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        abort();
    put(out, buf, cap - z.avail_out);
    deflateEnd(&z);
    free(buf);
}

/* ------------------------------------------------------------ records */

/* The HTML payload of record k (kept to compare with what is read). */
static void html_of(bytes *html, int k, size_t filler)
{
    char head[96];
    snprintf(head, sizeof head, "<html><body><p>record %d, intact", k);
    puts_b(html, head);
    for (size_t i = 0; i < filler; i++)
        put(html, i % 61 == 60 ? "\n" : "x", 1);
    puts_b(html, "</p></body></html>");
}

/* A record: a response around html (or a request when html is NULL), whose
 * Content-Length is the block's plus delta. */
static void record(bytes *out, int k, const bytes *html, long delta)
{
    bytes block = {0};
    if (html) {
        puts_b(&block, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n");
        put(&block, html->data, html->len);
    } else {
        puts_b(&block, "GET /x HTTP/1.1\r\nHost: example.org\r\n\r\n");
    }
    char head[512];
    snprintf(head, sizeof head,
             "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d>\r\n"
             "WARC-Target-URI: http://example.org/%d\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
             "Content-Type: application/http; msgtype=%s\r\nContent-Length: %ld\r\n\r\n",
             html ? "response" : "request", k, k, html ? "response" : "request",
             (long)block.len + delta);
    puts_b(out, head);
    put(out, block.data, block.len);
    free(block.data);
}

/* Bytes that are not a record and cannot hide one: no "WARC/" (no 'W'),
 * no gzip magic (printable ASCII only), ending a line. */
static void garbage(bytes *out, recipe *r)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvxyz0123456789 <>/=\"-.:;\r\n";
    size_t n = 1 + next_byte(r) % 64;
    for (size_t i = 0; i < n; i++)
        put(out, &alphabet[next_byte(r) % (sizeof alphabet - 1)], 1);
    puts_b(out, "\n");
}

/* ------------------------------------------------------------ the archive */

typedef enum layout { PLAIN, PER_RECORD, WHOLE_FILE } layout;

typedef struct expected {
    bytes html;                /* the payload an intact HTML record must give */
    unsigned long long offset; /* where it must be reported */
    bool check_offset;
    int seen;
} expected;

typedef struct archive {
    layout how;
    bytes out;        /* the archive so far */
    bytes member;     /* PER_RECORD: bytes waiting to be gzipped as one member */
    bytes stream;     /* WHOLE_FILE: the uncompressed stream */
    expected want[MAX_RECORDS];
    int n_want;
    size_t max;       /* the payload limit */
    /* Line ends in the stream since the last record's block (-1: no block
     * is open to them: none yet, or a gzip member has ended since). */
    int newlines;
} archive;

/* The offset the next byte added to the stream will have, as the reader
 * reports it for a record that starts there: in a plain file its place; in
 * a per-record gzip file the offset of the member it will open. */
static unsigned long long here(const archive *a)
{
    return a->how == PLAIN ? a->out.len : a->how == PER_RECORD ? a->out.len : a->stream.len;
}

/* Bytes of the stream (inside members, or plain). */
static void stream_put(archive *a, const void *p, size_t n)
{
    if (a->newlines >= 0) {
        const char *c = p;
        for (size_t i = 0; i < n; i++)
            a->newlines += c[i] == '\n';
    }
    if (a->how == PLAIN)
        put(&a->out, p, n);
    else if (a->how == PER_RECORD)
        put(&a->member, p, n);
    else
        put(&a->stream, p, n);
}

/* PER_RECORD: close the member being built. */
static void end_member(archive *a)
{
    if (a->how == PER_RECORD)
        a->newlines = -1;
    if (a->how == PER_RECORD && a->member.len) {
        gzip_member(&a->out, a->member.data, a->member.len);
        a->member.len = 0;
    }
}

/* Line ends after a record: none to seven, CRLF or LF. */
static void line_ends(archive *a, unsigned b)
{
    unsigned count = b & 7;
    const char *end = (b & 8) ? "\n" : "\r\n";
    for (unsigned i = 0; i < count; i++)
        stream_put(a, end, strlen(end));
}

/* Before bytes that are not a record go into the stream: the record before
 * them must be closed by its two line ends, else they are the end of its
 * block as far as any reader can tell (its Content-Length looks wrong). */
static void close_record(archive *a)
{
    if (a->newlines >= 0 && a->newlines < 2)
        stream_put(a, "\r\n\r\n", 4);
}

/* What may come between two records (see the list at the top). */
static void between(archive *a, recipe *r)
{
    unsigned op = next_byte(r);
    bytes tmp = {0};
    switch (op % 9) {
    case 1: /* blank lines, in a member of their own when gzip */
        end_member(a);
        line_ends(a, 1 + next_byte(r) % 7);
        end_member(a);
        break;
    case 2: /* empty members */
        end_member(a);
        if (a->how == PER_RECORD)
            for (unsigned k = next_byte(r) % 4 + 1; k > 0; k--)
                gzip_member(&a->out, "", 0);
        break;
    case 3: /* bytes that are not a record, in the stream */
        garbage(&tmp, r);
        close_record(a);
        stream_put(a, tmp.data, tmp.len);
        end_member(a);
        break;
    case 4: /* bytes that are not gzip between members (plain: as text) */
        end_member(a);
        garbage(&tmp, r);
        if (a->how == PER_RECORD)
            put(&a->out, tmp.data, tmp.len);
        else {
            close_record(a);
            stream_put(a, tmp.data, tmp.len);
        }
        break;
    case 5: /* a record cut short in its header, before its Content-Length */
    case 6: {
        bytes rec = {0};
        record(&rec, 999, NULL, 0);
        size_t cut = 9 + next_byte(r) % 60; /* within the header's first lines */
        if (cut > rec.len)
            cut = rec.len;
        if (op % 9 == 6 && a->how == PER_RECORD) {
            end_member(a);
            gzip_member(&a->out, rec.data, cut); /* in a member of its own */
        } else {
            stream_put(a, rec.data, cut); /* glued to the next record */
            if (next_byte(r) & 1)
                stream_put(a, "\r\n", 2);
        }
        free(rec.data);
        break;
    }
    case 7: /* a gzip member cut short (plain: nothing) */
        end_member(a);
        if (a->how == PER_RECORD) {
            bytes rec = {0}, gz = {0};
            record(&rec, 998, NULL, 0);
            gzip_member(&gz, rec.data, rec.len);
            put(&a->out, gz.data, 1 + next_byte(r) % (gz.len - 1));
            free(rec.data);
            free(gz.data);
        }
        break;
    case 8: /* a member of garbage text (plain, whole-file: text) */
        end_member(a);
        garbage(&tmp, r);
        if (a->how == PER_RECORD)
            gzip_member(&a->out, tmp.data, tmp.len);
        else {
            close_record(a);
            stream_put(a, tmp.data, tmp.len);
        }
        break;
    default:
        break;
    }
    free(tmp.data);
}

/* A damaged record k (its own payload is not checked). */
static void damaged(archive *a, recipe *r, int k)
{
    bytes html = {0}, rec = {0};
    html_of(&html, 500 + k, next_byte(r));
    unsigned how = next_byte(r) % 5;
    if (a->how != PER_RECORD)
        how = 0; /* only a short length is findable in a single stream */
    end_member(a);
    switch (how) {
    case 0: /* Content-Length too short */
        record(&rec, 500 + k, &html, -(long)(1 + next_byte(r) % (html.len / 2 + 1)));
        stream_put(a, rec.data, rec.len);
        line_ends(a, 2);
        break;
    case 1: /* too long: the next member bounds it */
        record(&rec, 500 + k, &html, 1 + next_byte(r));
        stream_put(a, rec.data, rec.len);
        break;
    case 2: /* the block cut short */
        record(&rec, 500 + k, &html, 0);
        stream_put(a, rec.data, rec.len - 1 - next_byte(r) % (html.len / 2 + 1));
        break;
    case 3:   /* a corrupt member */
    case 4: { /* a bad CRC */
        record(&rec, 500 + k, &html, 0);
        put(&rec, "\r\n\r\n", 4);
        bytes gz = {0};
        gzip_member(&gz, rec.data, rec.len);
        if (how == 4)
            gz.data[gz.len - 8] ^= 0x55;
        else
            gz.data[10 + next_byte(r) % (gz.len - 18)] ^= (unsigned char)(1 + next_byte(r) % 255);
        put(&a->out, gz.data, gz.len);
        free(gz.data);
        break;
    }
    }
    end_member(a);
    a->newlines = -1; /* what follows a damaged record is not checked */
    free(html.data);
    free(rec.data);
}

/* Build the archive the recipe describes. */
static void build(archive *a, recipe *r)
{
    for (int k = 0; k < MAX_RECORDS && r->i < r->n; k++) {
        unsigned kind = next_byte(r);
        unsigned members = next_byte(r);
        if (kind % 8 == 7) {
            damaged(a, r, k);
            between(a, r);
            continue;
        }
        bool html = kind % 8 != 6;
        expected *w = html ? &a->want[a->n_want++] : NULL;
        bytes page = {0}, rec = {0};
        size_t filler = next_byte(r);
        if ((kind & 0xE0) == 0xE0)
            filler = 65000 + filler * 8; /* past the reader's 64 KiB chunks */
        html_of(&page, k, filler);
        record(&rec, k, html ? &page : NULL, 0);
        /* Member boundaries: the record opens a member of its own (0), is
         * split over two (1), or shares one with what came before (2). */
        unsigned split = members % 3;
        if (a->how == PER_RECORD && split != 2)
            end_member(a);
        if (w) {
            w->html = page;
            w->offset = here(a);
            w->check_offset = a->how != PER_RECORD || split != 2;
            page.data = NULL;
        }
        if (a->how == PER_RECORD && split == 1) {
            size_t at = 1 + (size_t)next_byte(r) * (rec.len - 1) / 256;
            stream_put(a, rec.data, at);
            end_member(a);
            stream_put(a, rec.data + at, rec.len - at);
        } else {
            stream_put(a, rec.data, rec.len);
        }
        a->newlines = 0;
        line_ends(a, next_byte(r));
        free(rec.data);
        free(page.data);
        between(a, r);
    }
    end_member(a);
    if (a->how == WHOLE_FILE && a->stream.len)
        gzip_member(&a->out, a->stream.data, a->stream.len);
}

/* ------------------------------------------------------------ reading */


static void check(archive *a, size_t step)
{
    stepped_source s = {a->out.data, a->out.len, 0, step};
    pith_warc_reader *w = pith_warc_open(stepped_read, &s);
    if (!w)
        abort();
    pith_warc_record rec;
    size_t records = 0;
    bool verbose = getenv("WARC_BOUNDARY_DUMP") != NULL;
    while (pith_warc_next(w, &rec) == 1) {
        if (++records > a->out.len + 2)
            abort(); /* the reader is not moving */
        if (verbose)
            fprintf(stderr, "read: offset %llu %s %s html %d (step %zu)\n", rec.offset,
                    rec.target_uri ? rec.target_uri : "-", pith_warc_error_code(rec.error),
                    rec.is_html, step);
        if (rec.error || !rec.is_html)
            continue;
        unsigned long long offset = rec.offset;
        char *payload = NULL;
        size_t len = 0;
        pith_warc_error got = pith_warc_payload(w, a->max, &payload, &len);
        if (verbose)
            fprintf(stderr, "  payload: %s, %zu bytes\n", pith_warc_error_code(got), len);
        if (got == PITH_WARC_OK) {
            for (int i = 0; i < a->n_want; i++) {
                expected *e = &a->want[i];
                if (e->html.len != len || memcmp(e->html.data, payload, len) != 0)
                    continue;
                e->seen++;
                if (e->check_offset && offset != e->offset) {
                    fprintf(stderr, "record %d: offset %llu, want %llu\n", i, offset, e->offset);
                    abort();
                }
            }
        }
        free(payload);
    }
    pith_warc_close(w);
    for (int i = 0; i < a->n_want; i++)
        if (a->want[i].seen != (a->want[i].html.len <= a->max ? 1 : 0)) {
            fprintf(stderr, "intact record %d (of %d) read %d times (layout %d, %zu bytes)\n", i,
                    a->n_want, a->want[i].seen, (int)a->how, a->out.len);
            abort();
        }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    recipe r = {data, size, 0};
    archive a;
    memset(&a, 0, sizeof a);
    a.how = (layout)(next_byte(&r) % 3);
    a.newlines = -1;
    unsigned b = next_byte(&r);
    size_t step = 1 + (size_t)b * 16 % 4096;
    /* Sometimes a payload limit that the largest records pass: they are
     * then skipped (too large), without inflating when the reader can. */
    a.max = (b & 1) ? 66000 : 1 << 20;
    build(&a, &r);
    const char *dump = getenv("WARC_BOUNDARY_DUMP");
    FILE *f = dump ? fopen(dump, "wb") : NULL;
    if (f) {
        fwrite(a.out.data, 1, a.out.len, f);
        fclose(f);
    }
    check(&a, step);
    for (int i = 0; i < a.n_want; i++)
        free(a.want[i].html.data);
    free(a.out.data);
    free(a.member.data);
    free(a.stream.data);
    return 0;
}
