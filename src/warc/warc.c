/*
 * warc.c — the WARC record reader (the API is in include/pith.h).
 *
 * A record is a version line ("WARC/1.0"), header fields, a blank line, a
 * block of exactly Content-Length bytes, and two CRLFs.  pith_warc_next
 * reads the header block and, for a response record, the HTTP header at
 * the start of the block; the rest of the block is either taken by
 * pith_warc_payload or skipped by the next call, in chunks, so memory stays
 * bounded whatever the record's size.
 *
 * Finding record boundaries when the input is damaged:
 *   - A record never runs into a gzip member that begins with "WARC/": such
 *     a member is the next record, and the record being read was cut short
 *     (members that do not begin a record are continuations).
 *   - After a record whose length or header is wrong, or at bytes that are
 *     not a record, the reader resynchronises: it scans for "WARC/" at the
 *     start of a line or of a gzip member, passing over breaks in the gzip
 *     stream.  The damage is reported once, on one record, at the offset
 *     where it begins.
 * Known limit: in an uncompressed WARC, a Content-Length longer than the
 * record swallows what follows up to that length; the record is reported
 * (BAD_LENGTH) and records inside the swallowed bytes are lost.  gzip WARCs
 * (the usual form) do not have this limit: members bound the damage.
 */
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/buf.h"
#include "http.h"
#include "window.h"

#define WARC_MAX_HEADER (64 * 1024) /* WARC or HTTP header block */
#define WARC_CHUNK (64 * 1024)      /* block bytes read at a time */
#define WARC_SNIFF 1024             /* body bytes looked at when no type is given */
#define WARC_MAX_FIELDS 64
/* A skipped block longer than this is passed without inflating when its
 * gzip member holds nothing else (below it, inflating costs little). */
#define WARC_SKIP_MIN WARC_CHUNK
/* The line ends a record may have after its block, inside its member. */
#define WARC_SKIP_SLACK 16

struct pith_warc_reader {
    pith_window s;
    pith_warc_record rec;   /* the current record */
    pith_buf head;          /* its WARC header block, split in place */
    pith_buf http;          /* its HTTP header block, split in place */
    unsigned long long remaining; /* block bytes not yet read */
    bool open;              /* the block is still being read */
    bool chunked;           /* Transfer-Encoding: chunked */
    char encoding[32];      /* Content-Encoding, lower case ("" = none) */
    char media_type[128];
    char charset[64];
    bool end_reported;      /* a read error or lack of memory was reported */
};

const char *pith_warc_error_code(pith_warc_error e)
{
    switch (e) {
    case PITH_WARC_OK: return "ok";
    case PITH_WARC_TRUNCATED: return "warc_truncated";
    case PITH_WARC_BAD_HEADER: return "warc_bad_header";
    case PITH_WARC_BAD_LENGTH: return "warc_bad_length";
    case PITH_WARC_BAD_HTTP: return "warc_bad_http";
    case PITH_WARC_GARBAGE: return "warc_garbage";
    case PITH_WARC_BAD_GZIP: return "gzip_corrupt";
    case PITH_WARC_TOO_LARGE: return "too_large";
    case PITH_WARC_BAD_ENCODING: return "bad_encoding";
    case PITH_WARC_READ_ERROR: return "unreadable";
    case PITH_WARC_NOMEM: return "out_of_memory";
    }
    return "unknown";
}

const char *pith_warc_error_string(pith_warc_error e)
{
    switch (e) {
    case PITH_WARC_OK: return "ok";
    case PITH_WARC_TRUNCATED: return "the record ends before its Content-Length";
    case PITH_WARC_BAD_HEADER: return "the record's header block cannot be read";
    case PITH_WARC_BAD_LENGTH: return "the record does not end where its Content-Length says";
    case PITH_WARC_BAD_HTTP: return "the HTTP response header cannot be read";
    case PITH_WARC_GARBAGE: return "bytes that are not a WARC record";
    case PITH_WARC_BAD_GZIP: return "the gzip data is corrupt";
    case PITH_WARC_TOO_LARGE: return "the payload is larger than the limit";
    case PITH_WARC_BAD_ENCODING: return "the payload's Content-Encoding cannot be decoded";
    case PITH_WARC_READ_ERROR: return "the input could not be read";
    case PITH_WARC_NOMEM: return "out of memory";
    }
    return "unknown error";
}

pith_warc_reader *pith_warc_open(pith_read_fn read, void *userdata)
{
    pith_warc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    if (!pith_window_init(&r->s, read, userdata)) {
        free(r);
        return NULL;
    }
    return r;
}

void pith_warc_close(pith_warc_reader *r)
{
    if (!r)
        return;
    pith_window_free(&r->s);
    pith_buf_free(&r->head);
    pith_buf_free(&r->http);
    free(r);
}

unsigned long long pith_warc_input_offset(const pith_warc_reader *r)
{
    return pith_window_input_tell(&r->s);
}

static void set_error(pith_warc_reader *r, pith_warc_error e, const char *message)
{
    r->rec.error = e;
    r->rec.message = message;
}

/* ------------------------------------------------------------ boundaries */

static bool begins_record(const char *p, size_t n)
{
    return n >= 5 && memcmp(p, "WARC/", 5) == 0;
}

/* Make up to want bytes of the current record readable and return how many
 * are: fewer than want only where the input ends, breaks, or a gzip member
 * that begins a new record starts. */
static size_t record_fill(pith_warc_reader *r, size_t want)
{
    pith_window *s = &r->s;
    size_t avail = pith_window_fill(s, want);
    size_t limit = avail < want ? avail : want;
    for (size_t d = pith_window_member_from(s, 0); d < limit; d = pith_window_member_from(s, d + 1))
        if (pith_window_fill(s, d + 5) >= d + 5 && begins_record(pith_window_data(s) + d, 5))
            return d;
    return limit;
}

/* Why the record could not be read on. */
static pith_warc_error cut_reason(const pith_warc_reader *r, const char **message)
{
    const pith_window *s = &r->s;
    if (s->nomem) {
        *message = "out of memory while reading the archive";
        return PITH_WARC_NOMEM;
    }
    if (s->read_error) {
        *message = "the archive could not be read to the end";
        return PITH_WARC_READ_ERROR;
    }
    /* Damage further on is not this record's when the next record's member
     * begins here (that is what stopped it). */
    if (s->broken == PITH_WINDOW_DAMAGED && pith_window_avail(s) == 0) {
        *message = "the record's gzip data is corrupt";
        return PITH_WARC_BAD_GZIP;
    }
    *message = "the record ends before its Content-Length";
    return PITH_WARC_TRUNCATED;
}

/* Skip to the next record start: "WARC/" at the start of a line or of a
 * gzip member, passing over breaks.  A start at the current position counts
 * only when allow_here is set and a member begins there, or when the
 * caller knows the position is the start of a line (line_start_here: a
 * header block was just passed). */
static void resync_from(pith_warc_reader *r, bool allow_here, bool line_start_here)
{
    pith_window *s = &r->s;
    char prev = line_start_here ? '\n' : 'x';
    bool first = true;
    for (;;) {
        size_t n = pith_window_fill(s, WARC_CHUNK);
        if (n == 0) {
            if (s->broken && !s->nomem && pith_window_resume(s)) {
                prev = 'x';
                allow_here = first = true;
                continue;
            }
            return;
        }
        if (n < 5) {
            prev = pith_window_data(s)[n - 1];
            pith_window_consume(s, n);
            first = false;
            continue;
        }
        const char *p = pith_window_data(s);
        size_t member = pith_window_next_member(s);
        for (size_t i = 0; i + 5 <= n; i++) {
            while (member < i)
                member = pith_window_member_from(s, i);
            bool at_member = member == i;
            bool line_start = i == 0 ? prev == '\n' : p[i - 1] == '\n';
            bool candidate = (i == 0 && first) ? (allow_here && at_member) || line_start
                                               : line_start || at_member;
            if (candidate && begins_record(p + i, n - i)) {
                pith_window_consume(s, i);
                return;
            }
        }
        prev = p[n - 5];
        pith_window_consume(s, n - 4);
        first = false;
    }
}

static void resync(pith_warc_reader *r, bool allow_here)
{
    resync_from(r, allow_here, false);
}

/* ------------------------------------------------------------ headers */

/* Make a whole header block readable; its length in *len. */
static pith_warc_error read_header_block(pith_warc_reader *r, size_t limit, size_t *len,
                                         const char **message)
{
    size_t want = 4096;
    for (;;) {
        if (want > limit)
            want = limit;
        size_t n = record_fill(r, want);
        size_t end = pith_warc_header_block_end(pith_window_data(&r->s), n);
        if (end) {
            *len = end;
            return PITH_WARC_OK;
        }
        if (n < want)
            return cut_reason(r, message);
        if (want == limit) {
            *message = "the header block has no end within 64 KiB";
            return PITH_WARC_BAD_HEADER;
        }
        want *= 4;
    }
}

/* Copy n readable bytes (maybe none) into b and pass them. */
static bool take_bytes(pith_warc_reader *r, pith_buf *b, size_t n)
{
    pith_buf_clear(b);
    pith_buf_append(b, pith_window_data(&r->s), n);
    pith_window_consume(&r->s, n);
    return pith_buf_reserve(b, 0); /* false only when memory ran out */
}

static void strip_angle_brackets(char *s)
{
    size_t n = strlen(s);
    if (n >= 2 && s[0] == '<' && s[n - 1] == '>') {
        memmove(s, s + 1, n - 2);
        s[n - 2] = '\0';
    }
}

/* A version line ("WARC/1.0", then the line's end) at p. */
static bool version_line(const char *p, size_t n)
{
    if (!begins_record(p, n))
        return false;
    size_t i = 5, digits = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9')
        i++, digits++;
    if (digits == 0 || i >= n || p[i++] != '.')
        return false;
    for (digits = 0; i < n && p[i] >= '0' && p[i] <= '9'; i++)
        digits++;
    if (i < n && p[i] == '\r')
        i++;
    return digits > 0 && i < n && p[i] == '\n';
}

/* Where a header block holds the start of the next record: a version line
 * inside it.  On a line of its own it can be nothing else (a field has a
 * colon).  Glued to a line cut short ("WARC-Type: respWARC/1.0") it is
 * taken as the next record only before any Content-Length field: after
 * one, it may be the end of a value.  0 when there is none. */
static size_t next_record_inside(const char *p, size_t n)
{
    bool line_start = false, length_seen = false;
    for (size_t i = 1; i < n; i++) {
        if (line_start && pith_ascii_iprefix_n(p + i, n - i, "Content-Length:"))
            length_seen = true;
        if (p[i] == 'W' && (line_start || !length_seen) && version_line(p + i, n - i))
            return i;
        line_start = p[i] == '\n';
    }
    return 0;
}

/* Where the next record may begin after a header that cannot be used. */
typedef enum header_end {
    HEADER_NOT_PASSED, /* the reader is still at the record's start: skip it */
    HEADER_PASSED,     /* the block was passed: a record may begin right here */
    NEXT_RECORD_HERE   /* cut short by the next record, which begins here */
} header_end;

/* Read and check the WARC header block at the current position; on error,
 * *end says where the reader was left. */
static pith_warc_error parse_warc_header(pith_warc_reader *r, pith_warc_header_field *f, int *nf,
                                         header_end *end, const char **message)
{
    size_t len;
    *end = HEADER_NOT_PASSED;
    pith_warc_error e = read_header_block(r, WARC_MAX_HEADER, &len, message);
    if (e)
        return e;
    size_t cut = next_record_inside(pith_window_data(&r->s), len);
    if (cut) {
        pith_window_consume(&r->s, cut);
        *end = NEXT_RECORD_HERE;
        *message = "the record's header is cut short by the next record";
        return PITH_WARC_TRUNCATED;
    }
    *end = HEADER_PASSED;
    if (!take_bytes(r, &r->head, len)) {
        *message = "out of memory while reading the archive";
        return PITH_WARC_NOMEM;
    }
    char *version;
    *nf = pith_warc_header_split(r->head.data, r->head.len, &version, f, WARC_MAX_FIELDS);
    if (*nf < 0) {
        *message = "a header line is not of the form Name: value";
        return PITH_WARC_BAD_HEADER;
    }
    pith_warc_record *rec = &r->rec;
    rec->type = pith_warc_header_get(f, *nf, "WARC-Type");
    rec->record_id = pith_warc_header_get(f, *nf, "WARC-Record-ID");
    rec->date = pith_warc_header_get(f, *nf, "WARC-Date");
    rec->content_type = pith_warc_header_get(f, *nf, "Content-Type");
    char *uri = pith_warc_header_get(f, *nf, "WARC-Target-URI");
    if (uri)
        strip_angle_brackets(uri);
    rec->target_uri = uri;
    const char *length = pith_warc_header_get(f, *nf, "Content-Length");
    if (!length) {
        *message = "the record has no Content-Length";
        return PITH_WARC_BAD_HEADER;
    }
    if (!pith_warc_parse_length(length, &rec->content_length)) {
        *message = "the record's Content-Length is not a number";
        return PITH_WARC_BAD_LENGTH;
    }
    return PITH_WARC_OK;
}

/* Read "HTTP/1.1 200 OK": the status code, or 0. */
static int http_status_code(const char *line)
{
    if (!pith_ascii_iprefix(line, "HTTP/"))
        return 0;
    const char *p = strchr(line, ' ');
    if (!p)
        return 0;
    while (*p == ' ')
        p++;
    if (p[0] < '1' || p[0] > '9' || p[1] < '0' || p[1] > '9' || p[2] < '0' || p[2] > '9')
        return 0;
    return (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
}

/* Read the HTTP response header at the start of the block: status, type,
 * codings.  The header is passed; the body remains. */
static pith_warc_error parse_http_header(pith_warc_reader *r, const char **message)
{
    size_t limit = r->remaining < WARC_MAX_HEADER ? (size_t)r->remaining : WARC_MAX_HEADER;
    size_t len = 0;
    pith_warc_error e = read_header_block(r, limit, &len, message);
    if (e == PITH_WARC_BAD_HEADER && limit == r->remaining)
        len = limit, e = PITH_WARC_OK; /* a header that fills the block: no body */
    if (e == PITH_WARC_BAD_HEADER) {
        *message = "the HTTP header has no end within 64 KiB";
        return PITH_WARC_BAD_HTTP;
    }
    if (e)
        return e;
    if (!take_bytes(r, &r->http, len)) {
        *message = "out of memory while reading the archive";
        return PITH_WARC_NOMEM;
    }
    r->remaining -= len;
    pith_warc_header_field f[WARC_MAX_FIELDS];
    char *status;
    int nf = pith_warc_header_split(r->http.data, r->http.len, &status, f, WARC_MAX_FIELDS);
    r->rec.http_status = nf >= 0 ? http_status_code(status) : 0;
    if (r->rec.http_status == 0) {
        *message = "the HTTP response header cannot be read";
        return PITH_WARC_BAD_HTTP;
    }
    pith_warc_content_type_parse(pith_warc_header_get(f, nf, "Content-Type"), r->media_type,
                                 sizeof r->media_type, r->charset, sizeof r->charset);
    const char *te = pith_warc_header_get(f, nf, "Transfer-Encoding");
    r->chunked = pith_warc_header_has_token(te, "chunked");
    char unused[8];
    pith_warc_content_type_parse(pith_warc_header_get(f, nf, "Content-Encoding"), r->encoding,
                                 sizeof r->encoding, unused, sizeof unused);
    return PITH_WARC_OK;
}

/* Decide what the payload is: its type, charset, and whether it is HTML
 * or a page's text. */
static void classify_payload(pith_warc_reader *r, const pith_warc_header_field *f, int nf,
                             bool http)
{
    pith_warc_record *rec = &r->rec;
    if (!http)
        pith_warc_content_type_parse(rec->content_type, r->media_type, sizeof r->media_type,
                                     r->charset, sizeof r->charset);
    if (!r->media_type[0]) {
        char unused[8];
        pith_warc_content_type_parse(pith_warc_header_get(f, nf, "WARC-Identified-Payload-Type"),
                                     r->media_type, sizeof r->media_type, unused, sizeof unused);
    }
    rec->media_type = r->media_type[0] ? r->media_type : NULL;
    rec->charset = r->charset[0] ? r->charset : NULL;
    /* A conversion record holds a page's text (the WET files of web archives). */
    if (rec->type && pith_ascii_ieq(rec->type, "conversion")) {
        rec->is_text = !rec->media_type || pith_ascii_ieq(rec->media_type, "text/plain");
        return;
    }
    bool document = rec->type && (pith_ascii_ieq(rec->type, "response") ||
                                  pith_ascii_ieq(rec->type, "resource"));
    if (!document)
        return;
    if (rec->media_type) {
        rec->is_html = pith_warc_media_type_is_html(rec->media_type);
    } else {
        size_t want = r->remaining < WARC_SNIFF ? (size_t)r->remaining : WARC_SNIFF;
        size_t n = record_fill(r, want);
        rec->is_html = pith_warc_looks_like_html(pith_window_data(&r->s), n);
    }
}

/* ------------------------------------------------------------ blocks */

/* Read the rest of the block into body (NULL: skip it), then check that the
 * record ends there.  On damage, resynchronise and return the error. */
static pith_warc_error close_block(pith_warc_reader *r, pith_buf *body, const char **message)
{
    pith_window *s = &r->s;
    r->open = false;
    bool tried_skip = false;
    while (r->remaining > 0) {
        /* A large block that is skipped, alone in its gzip member (its
         * trailer says so): passed without decompressing it, so a small
         * archive holding a record of gigabytes (too large for the caller,
         * or not a page) costs the time of its compressed bytes. */
        if (!body && !tried_skip && r->remaining > WARC_SKIP_MIN && pith_window_avail(s) == 0) {
            tried_skip = true;
            unsigned long long end = pith_window_tell(s) + r->remaining;
            if (s->gzip && s->in_member && end > s->member_uoff &&
                pith_window_skip_member(s, end - s->member_uoff, WARC_SKIP_SLACK)) {
                r->remaining = 0;
                break;
            }
        }
        size_t want = r->remaining < WARC_CHUNK ? (size_t)r->remaining : WARC_CHUNK;
        size_t n = record_fill(r, want);
        if (n == 0) {
            pith_warc_error e = cut_reason(r, message);
            resync(r, true);
            return e;
        }
        if (body)
            pith_buf_append(body, pith_window_data(s), n);
        pith_window_consume(s, n);
        r->remaining -= n;
    }
    /* Two CRLFs end the record; fewer or more line ends are tolerated. */
    unsigned line_ends = 0;
    while (pith_window_fill(s, 1) > 0 && pith_window_next_member(s) != 0) {
        char c = *pith_window_data(s);
        if (c != '\r' && c != '\n')
            break;
        line_ends += c == '\n';
        pith_window_consume(s, 1);
    }
    size_t n = pith_window_fill(s, 5);
    if (n == 0 && pith_window_broken_here(s)) {
        /* The gzip member that holds the record's end is corrupt (its data,
         * or the CRC or length of its trailer): the record's bytes cannot
         * be trusted.  It is this record's error, not a record of its own. */
        *message = "the record's gzip data is corrupt";
        pith_window_resume(s);
        return PITH_WARC_BAD_GZIP;
    }
    if (n == 0 || pith_window_next_member(s) == 0 || begins_record(pith_window_data(s), n))
        return PITH_WARC_OK;
    /* Bytes that are not a record: after the two line ends that close a
     * record, they lie between records (the next call reports them); right
     * after the block, the block was not as long as Content-Length says. */
    if (line_ends >= 2)
        return PITH_WARC_OK;
    *message = "the record does not end where its Content-Length says";
    resync(r, false);
    return PITH_WARC_BAD_LENGTH;
}

/* Undo the content coding of a payload. */
static pith_warc_error decode_payload(pith_warc_reader *r, pith_buf *body, size_t max)
{
    if (r->chunked && body->len > 0) {
        size_t n = pith_warc_dechunk(body->data, body->len);
        if (n != (size_t)-1)
            pith_buf_truncate(body, n);
    }
    const char *enc = r->encoding;
    if (!enc[0] || !strcmp(enc, "identity"))
        return PITH_WARC_OK;
    bool gzip = !strcmp(enc, "gzip") || !strcmp(enc, "x-gzip");
    bool looks_gzip = body->len >= 2 && (unsigned char)body->data[0] == 0x1f &&
                      (unsigned char)body->data[1] == 0x8b;
    if (gzip && !looks_gzip)
        return PITH_WARC_OK; /* the crawler stored it decoded */
    if (!gzip)
        return PITH_WARC_BAD_ENCODING;
    pith_window_memory m = {body->data, body->len, 0};
    pith_window gz;
    if (!pith_window_init(&gz, pith_window_memory_read, &m))
        return PITH_WARC_NOMEM;
    pith_buf plain = PITH_BUF_INIT;
    pith_warc_error e = pith_window_read_all(&gz, max, &plain);
    pith_window_free(&gz);
    if (e == PITH_WARC_TRUNCATED && plain.len > 0)
        e = PITH_WARC_OK; /* crawlers cut long bodies: keep what is there */
    if (e == PITH_WARC_BAD_GZIP || e == PITH_WARC_TRUNCATED)
        e = PITH_WARC_BAD_ENCODING;
    pith_buf_free(body);
    *body = plain;
    return e;
}

pith_warc_error pith_warc_payload(pith_warc_reader *r, size_t max, char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    if (r->rec.error)
        return r->rec.error;
    const char *message;
    pith_buf body = PITH_BUF_INIT;
    bool fits = r->remaining <= max;
    pith_warc_error e = r->open ? close_block(r, fits ? &body : NULL, &message) : PITH_WARC_OK;
    if (!e && !fits)
        e = PITH_WARC_TOO_LARGE;
    if (!e && body.oom)
        e = PITH_WARC_NOMEM;
    if (!e)
        e = decode_payload(r, &body, max);
    if (!e && body.len > max)
        e = PITH_WARC_TOO_LARGE;
    if (e) {
        pith_buf_free(&body);
        return e;
    }
    if (!body.data && !pith_buf_reserve(&body, 0))
        return PITH_WARC_NOMEM;
    *data = pith_buf_detach(&body, len);
    return *data ? PITH_WARC_OK : PITH_WARC_NOMEM;
}

/* ------------------------------------------------------------ records */

static void clear_record(pith_warc_reader *r)
{
    memset(&r->rec, 0, sizeof r->rec);
    r->remaining = 0;
    r->open = false;
    r->chunked = false;
    r->encoding[0] = r->media_type[0] = r->charset[0] = '\0';
}

/* Report the end of the input: nothing, or a read error or lack of memory
 * once.  Returns 1 when a record was filled in. */
static int report_end(pith_warc_reader *r)
{
    const char *message;
    if (r->end_reported || (!r->s.read_error && !r->s.nomem))
        return 0;
    r->end_reported = true;
    r->rec.offset = pith_window_input_tell(&r->s);
    pith_warc_error e = cut_reason(r, &message);
    set_error(r, e, message);
    return 1;
}

/* Pass the line ends between records; the offset of the record that
 * follows: the input offset of the gzip member that holds its first byte
 * when one began since the last record (*member is then set; of several
 * members passed on the way, blank or empty, the last), else its offset in
 * the stream. */
static unsigned long long record_start(pith_warc_reader *r, bool *member)
{
    pith_window *s = &r->s;
    unsigned long long coff = 0, c;
    *member = false;
    /* Each fill first, so that a member starting at the position is known
     * before it is taken. */
    for (;;) {
        size_t n = pith_window_fill(s, 1);
        while (pith_window_take_member(s, &c)) { /* also one cut short before any byte */
            coff = c;
            *member = true;
        }
        if (n == 0)
            break;
        char ch = *pith_window_data(s);
        if (ch != '\r' && ch != '\n')
            break;
        pith_window_consume(s, 1);
    }
    return *member ? coff : pith_window_tell(s);
}

int pith_warc_next(pith_warc_reader *r, pith_warc_record *out)
{
    const char *message;
    if (r->open) {
        bool reported = r->rec.error != PITH_WARC_OK;
        pith_warc_error e = close_block(r, NULL, &message);
        if (e && !reported) {
            set_error(r, e, message);
            *out = r->rec;
            return 1;
        }
    }
    clear_record(r);
    pith_window *s = &r->s;
    bool member;
    unsigned long long offset = record_start(r, &member);
    size_t n = pith_window_fill(s, 5);
    if (n == 0 && s->broken) {
        r->rec.offset = s->break_coff;
        if (s->broken == PITH_WINDOW_DAMAGED)
            set_error(r, PITH_WARC_BAD_GZIP, "a gzip member is corrupt");
        else
            set_error(r, PITH_WARC_GARBAGE, "bytes that are not gzip data between records");
        resync(r, true);
        *out = r->rec;
        return 1;
    }
    if (n == 0 && member && s->gz_truncated) {
        r->rec.offset = offset;
        set_error(r, PITH_WARC_TRUNCATED, "the archive ends inside a gzip member");
        *out = r->rec;
        return 1;
    }
    if (n == 0) {
        int got = report_end(r);
        *out = r->rec;
        return got;
    }
    r->rec.offset = offset;
    if (!begins_record(pith_window_data(s), n)) {
        set_error(r, PITH_WARC_GARBAGE, "bytes that are not a WARC record");
        resync(r, false);
        *out = r->rec;
        return 1;
    }

    pith_warc_header_field f[WARC_MAX_FIELDS];
    int nf = 0;
    header_end end;
    pith_warc_error e = parse_warc_header(r, f, &nf, &end, &message);
    if (e) {
        set_error(r, e, message);
        if (end != NEXT_RECORD_HERE)
            resync_from(r, false, end == HEADER_PASSED);
        *out = r->rec;
        return 1;
    }
    r->remaining = r->rec.content_length;
    r->open = true;
    bool response = pith_ascii_ieq(r->rec.type, "response");
    bool http = response && pith_ascii_iprefix(r->rec.content_type, "application/http");
    if (response && !r->rec.content_type)
        http = r->remaining >= 5 && record_fill(r, 5) == 5 &&
               pith_ascii_iprefix(pith_window_data(s), "HTTP/");
    if (http) {
        e = parse_http_header(r, &message);
        if (e) {
            set_error(r, e, message);
            if (e != PITH_WARC_BAD_HTTP) {
                r->open = false;
                resync(r, true);
            }
            *out = r->rec;
            return 1;
        }
    }
    classify_payload(r, f, nf, http);
    *out = r->rec;
    return 1;
}
