/*
 * warc_test.c — the WARC record reader: plain, per-record gzip and
 * whole-file gzip archives; HTTP payloads (charset, status, chunked and
 * gzip codings); and damage: truncated records, wrong lengths, missing
 * headers, garbage between records, corrupt gzip members.  Archives are
 * built in memory here, byte by byte, so every expected offset is known.
 */
#include "testutil.h"

#include <stdbool.h>
#include <zlib.h>

#include "pith.h"

/* ------------------------------------------------------------ building */

typedef struct bytes {
    char *data;
    size_t len;
} bytes;

static void put(bytes *b, const void *p, size_t n)
{
    b->data = realloc(b->data, b->len + n + 1);
    assert_non_null(b->data);
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void puts_b(bytes *b, const char *s)
{
    put(b, s, strlen(s));
}

/* One WARC record around block[0..blen); content_length < 0 means "the
 * real length". */
static void record_bytes(bytes *b, const char *type, const char *uri, const char *content_type,
                         const char *block, size_t blen, long content_length)
{
    static int serial;
    char head[1024];
    long len = content_length >= 0 ? content_length : (long)blen;
    int n = snprintf(head, sizeof head,
                     "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d>\r\n"
                     "WARC-Date: 2024-05-01T12:00:00Z\r\n",
                     type, ++serial);
    if (uri)
        n += snprintf(head + n, sizeof head - (size_t)n, "WARC-Target-URI: %s\r\n", uri);
    if (content_type)
        n += snprintf(head + n, sizeof head - (size_t)n, "Content-Type: %s\r\n", content_type);
    n += snprintf(head + n, sizeof head - (size_t)n, "Content-Length: %ld\r\n\r\n", len);
    put(b, head, (size_t)n);
    put(b, block, blen);
    puts_b(b, "\r\n\r\n");
}

static void record(bytes *b, const char *type, const char *uri, const char *content_type,
                   const char *block, long content_length)
{
    record_bytes(b, type, uri, content_type, block, strlen(block), content_length);
}

static void gzip_member_at(bytes *out, const char *data, size_t len, int level)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)len) + 32;
    unsigned char *buf = malloc(cap);
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)len;
    z.next_out = buf;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    put(out, buf, cap - z.avail_out);
    deflateEnd(&z);
    free(buf);
}

static void gzip_member(bytes *out, const char *data, size_t len)
{
    gzip_member_at(out, data, len, 6);
}

/* gzip each record in rec[] as its own member, noting member offsets. */
static bytes gzip_records(bytes *recs, size_t n, size_t *offsets)
{
    bytes out = {0};
    for (size_t i = 0; i < n; i++) {
        if (offsets)
            offsets[i] = out.len;
        gzip_member(&out, recs[i].data, recs[i].len);
    }
    return out;
}

static void free_all(bytes *recs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(recs[i].data);
}

static const char page[] =
    "<!DOCTYPE html><html><head><title>A page</title></head><body><p>Hello.</p></body></html>";

static const char http_page[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n"
    "Server: test\r\n\r\n"
    "<!DOCTYPE html><html><head><title>A page</title></head><body><p>Hello.</p></body></html>";

/* ------------------------------------------------------------ reading */

typedef struct source {
    const char *data;
    size_t len, pos;
    size_t step; /* bytes per read (0 = all) */
    bool fail_at_end;
} source;

static long source_read(void *userdata, void *buf, size_t n)
{
    source *s = userdata;
    if (s->step && n > s->step)
        n = s->step;
    if (n > s->len - s->pos)
        n = s->len - s->pos;
    if (n == 0 && s->fail_at_end)
        return -1;
    memcpy(buf, s->data + s->pos, n);
    s->pos += n;
    return (long)n;
}

/* What a test expects of one record. */
typedef struct want {
    pith_warc_error error;
    unsigned long long offset;
    const char *type;
    int is_html;
    const char *payload; /* NULL: do not take the payload */
} want;

static void check_records(const char *data, size_t len, size_t step, const want *w, size_t n)
{
    source src = {data, len, 0, step, false};
    pith_warc_reader *r = pith_warc_open(source_read, &src);
    assert_non_null(r);
    pith_warc_record rec;
    for (size_t i = 0; i < n; i++) {
        int got = pith_warc_next(r, &rec);
        if (got != 1)
            fail_msg("record %zu: reader ended early", i);
        if (rec.error != w[i].error)
            fail_msg("record %zu: error %s (%s), want %s", i, pith_warc_error_code(rec.error),
                     rec.message ? rec.message : "", pith_warc_error_code(w[i].error));
        if (rec.offset != w[i].offset)
            fail_msg("record %zu: offset %llu, want %llu", i, rec.offset, w[i].offset);
        if (w[i].type)
            assert_optional_string(rec.type, w[i].type);
        if (rec.error)
            continue;
        assert_int_equal(rec.is_html, w[i].is_html);
        if (w[i].payload) {
            char *p;
            size_t plen;
            assert_int_equal(pith_warc_payload(r, 1 << 20, &p, &plen), PITH_WARC_OK);
            assert_int_equal(plen, strlen(w[i].payload));
            assert_memory_equal(p, w[i].payload, plen);
            free(p);
        }
    }
    assert_int_equal(pith_warc_next(r, &rec), 0);
    assert_int_equal(pith_warc_next(r, &rec), 0);
    pith_warc_close(r);
}

/* A small archive of five records in rec[0..4], with their sizes. */
static void build_archive(bytes *rec)
{
    memset(rec, 0, 5 * sizeof *rec);
    record(&rec[0], "warcinfo", NULL, "application/warc-fields", "software: test\r\n", -1);
    record(&rec[1], "request", "http://example.org/a", "application/http; msgtype=request",
           "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n", -1);
    record(&rec[2], "response", "<http://example.org/a>", "application/http; msgtype=response",
           http_page, -1);
    record(&rec[3], "resource", "http://example.org/b", "text/html", page, -1);
    record(&rec[4], "response", "http://example.org/c.png", "application/http; msgtype=response",
           "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG....", -1);
}

static bytes concat(const bytes *rec, size_t n)
{
    bytes out = {0};
    for (size_t i = 0; i < n; i++)
        put(&out, rec[i].data, rec[i].len);
    return out;
}

static void test_plain_archive(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes all = concat(rec, 5);
    size_t o1 = rec[0].len, o2 = o1 + rec[1].len, o3 = o2 + rec[2].len, o4 = o3 + rec[3].len;
    want w[] = {
        {PITH_WARC_OK, 0, "warcinfo", 0, NULL},
        {PITH_WARC_OK, o1, "request", 0, NULL},
        {PITH_WARC_OK, o2, "response", 1, page},
        {PITH_WARC_OK, o3, "resource", 1, page},
        {PITH_WARC_OK, o4, "response", 0, NULL},
    };
    check_records(all.data, all.len, 0, w, 5);
    check_records(all.data, all.len, 7, w, 5); /* tiny reads cross every boundary */
    free(all.data);
    free_all(rec, 5);
}

static void test_record_fields(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    source src = {rec[2].data, rec[2].len, 0, 0, false};
    pith_warc_reader *r = pith_warc_open(source_read, &src);
    pith_warc_record w;
    assert_int_equal(pith_warc_next(r, &w), 1);
    assert_int_equal(w.error, PITH_WARC_OK);
    assert_null(w.message);
    assert_string_equal(w.type, "response");
    assert_string_equal(w.target_uri, "http://example.org/a"); /* <> removed */
    assert_string_equal(w.date, "2024-05-01T12:00:00Z");
    assert_non_null(strstr(w.record_id, "<urn:uuid:"));
    assert_string_equal(w.content_type, "application/http; msgtype=response");
    assert_int_equal(w.content_length, strlen(http_page));
    assert_int_equal(w.http_status, 200);
    assert_string_equal(w.media_type, "text/html");
    assert_string_equal(w.charset, "ISO-8859-1");
    assert_int_equal(w.is_html, 1);
    assert_int_equal(pith_warc_next(r, &w), 0);
    pith_warc_close(r);
    free_all(rec, 5);
}

static void test_gzip_per_record(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    size_t off[5];
    bytes gz = gzip_records(rec, 5, off);
    want w[] = {
        {PITH_WARC_OK, off[0], "warcinfo", 0, NULL},
        {PITH_WARC_OK, off[1], "request", 0, NULL},
        {PITH_WARC_OK, off[2], "response", 1, page},
        {PITH_WARC_OK, off[3], "resource", 1, page},
        {PITH_WARC_OK, off[4], "response", 0, NULL},
    };
    check_records(gz.data, gz.len, 0, w, 5);
    check_records(gz.data, gz.len, 5, w, 5);
    free(gz.data);
    free_all(rec, 5);
}

static void test_gzip_whole_file(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes all = concat(rec, 5);
    bytes gz = {0};
    gzip_member(&gz, all.data, all.len);
    /* One member: the first record starts it, the others are placed by
     * their offset in the uncompressed stream. */
    size_t o1 = rec[0].len, o2 = o1 + rec[1].len, o3 = o2 + rec[2].len, o4 = o3 + rec[3].len;
    want w[] = {
        {PITH_WARC_OK, 0, "warcinfo", 0, NULL},
        {PITH_WARC_OK, o1, "request", 0, NULL},
        {PITH_WARC_OK, o2, "response", 1, page},
        {PITH_WARC_OK, o3, "resource", 1, page},
        {PITH_WARC_OK, o4, "response", 0, NULL},
    };
    check_records(gz.data, gz.len, 0, w, 5);
    free(gz.data);
    free(all.data);
    free_all(rec, 5);
}

static void test_truncated_last_record(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    /* Plain: cut the resource record (index 3) in its block.  Its header
     * reads well; skipping its block finds the cut, reported once on the
     * same record, then the end. */
    bytes all = concat(rec, 4);
    size_t o3 = rec[0].len + rec[1].len + rec[2].len;
    want w[] = {
        {PITH_WARC_OK, 0, "warcinfo", 0, NULL},
        {PITH_WARC_OK, rec[0].len, "request", 0, NULL},
        {PITH_WARC_OK, rec[0].len + rec[1].len, "response", 1, page},
        {PITH_WARC_OK, o3, "resource", 1, NULL},
        {PITH_WARC_TRUNCATED, o3, "resource", 0, NULL},
    };
    check_records(all.data, all.len - 30, 0, w, 5);

    /* The same when the payload is taken: the error comes from
     * pith_warc_payload, and is not reported a second time. */
    source src = {all.data, all.len - 30, 0, 0, false};
    pith_warc_reader *r = pith_warc_open(source_read, &src);
    pith_warc_record x;
    for (int i = 0; i < 4; i++)
        assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.is_html, 1);
    char *p = (char *)1;
    size_t n;
    assert_int_equal(pith_warc_payload(r, 1 << 20, &p, &n), PITH_WARC_TRUNCATED);
    assert_null(p);
    assert_int_equal(pith_warc_next(r, &x), 0);
    pith_warc_close(r);

    /* A non-HTML record cut in its block: reported when it is skipped. */
    check_records(all.data, rec[0].len + rec[1].len - 10, 0,
                  (want[]){{PITH_WARC_OK, 0, "warcinfo", 0, NULL},
                           {PITH_WARC_OK, rec[0].len, "request", 0, NULL},
                           {PITH_WARC_TRUNCATED, rec[0].len, "request", 0, NULL}},
                  3);

    /* gzip: the last member cut short, in its header or in its block. */
    size_t off[4];
    bytes gz = gzip_records(rec, 4, off);
    want g[] = {
        {PITH_WARC_OK, off[0], "warcinfo", 0, NULL},
        {PITH_WARC_OK, off[1], "request", 0, NULL},
        {PITH_WARC_OK, off[2], "response", 1, page},
        {PITH_WARC_TRUNCATED, off[3], NULL, 0, NULL},
    };
    check_records(gz.data, off[3] + 20, 0, g, 4);
    g[3].error = PITH_WARC_OK;
    g[3].is_html = 1;
    want cut = {PITH_WARC_TRUNCATED, off[3], "resource", 0, NULL};
    want g5[5] = {g[0], g[1], g[2], g[3], cut};
    check_records(gz.data, gz.len - 12, 0, g5, 5);
    free(gz.data);
    free(all.data);
    free_all(rec, 5);
}

/* Members between records that hold only line ends, or nothing at all:
 * the record after them is read, at its own member's offset (it was once
 * reported cut short, at the offset of the blank member). */
static void test_blank_and_empty_members(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    const char *fillers[] = {"", "\r\n", "\r\n\r\n", "\n\n\n\n\n\n\n\n\n\n"};
    const size_t counts[] = {1, 2, 3000};
    for (size_t f = 0; f < sizeof fillers / sizeof fillers[0]; f++)
        for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++) {
            bytes gz = {0};
            gzip_member(&gz, rec[2].data, rec[2].len);
            for (size_t i = 0; i < counts[k]; i++)
                gzip_member(&gz, fillers[f], strlen(fillers[f]));
            size_t o1 = gz.len;
            gzip_member(&gz, rec[3].data, rec[3].len);
            want w[] = {
                {PITH_WARC_OK, 0, "response", 1, page},
                {PITH_WARC_OK, o1, "resource", 1, page},
            };
            check_records(gz.data, gz.len, 0, w, 2);
            free(gz.data);
        }
    free_all(rec, 5);
}

/* A header cut short and followed by the next record ("WARC-Type: resp"
 * glued to "WARC/1.0"): the fragment is reported where it starts, and the
 * records after it are read (they were swallowed); plain or gzip. */
static void test_header_cut_by_next_record(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    static const char fragment[] = "WARC/1.0\r\nWARC-Type: resp";
    bytes all = {0};
    put(&all, rec[2].data, rec[2].len);
    puts_b(&all, fragment);
    put(&all, rec[3].data, rec[3].len);
    put(&all, rec[4].data, rec[4].len);
    size_t o1 = rec[2].len, o2 = o1 + strlen(fragment), o3 = o2 + rec[3].len;
    want w[] = {
        {PITH_WARC_OK, 0, "response", 1, page},
        {PITH_WARC_TRUNCATED, o1, NULL, 0, NULL},
        {PITH_WARC_OK, o2, "resource", 1, page},
        {PITH_WARC_OK, o3, "response", 0, NULL},
    };
    check_records(all.data, all.len, 0, w, 4);
    check_records(all.data, all.len, 3, w, 4);
    bytes gz = {0};
    gzip_member(&gz, all.data, all.len);
    check_records(gz.data, gz.len, 0, w, 4);
    free(gz.data);
    /* On a line of its own too. */
    bytes lined = {0};
    put(&lined, rec[2].data, rec[2].len);
    puts_b(&lined, "WARC/1.0\r\nWARC-Type: response\r\n");
    put(&lined, rec[3].data, rec[3].len);
    want l[] = {
        {PITH_WARC_OK, 0, "response", 1, page},
        {PITH_WARC_TRUNCATED, o1, NULL, 0, NULL},
        {PITH_WARC_OK, o1 + 31, "resource", 1, page},
    };
    check_records(lined.data, lined.len, 0, l, 3);
    free(lined.data);
    free(all.data);
    free_all(rec, 5);
}

/* A header block without a Content-Length, then a record on the next line
 * (a version line alone, "WARC/1.0\r\n\r\n"): the record right after the
 * passed block is read (it was skipped in the search for the next one). */
static void test_record_right_after_a_bad_header(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes all = {0};
    put(&all, rec[2].data, rec[2].len);
    puts_b(&all, "WARC/1.0\r\n\r\n");
    put(&all, rec[3].data, rec[3].len);
    size_t o1 = rec[2].len;
    want w[] = {
        {PITH_WARC_OK, 0, "response", 1, page},
        {PITH_WARC_BAD_HEADER, o1, NULL, 0, NULL},
        {PITH_WARC_OK, o1 + 12, "resource", 1, page},
    };
    check_records(all.data, all.len, 0, w, 3);
    bytes gz = {0};
    gzip_member(&gz, all.data, all.len);
    check_records(gz.data, gz.len, 0, w, 3);
    free(gz.data);
    free(all.data);
    free_all(rec, 5);
}

/* A gzip member cut short, then whole members: the cut member reads the
 * next ones' bytes as its own, to the end of the input; reading resumes at
 * the next member (the records after it were lost, the cut taken for the
 * end of the archive). */
static void test_member_cut_short_in_the_middle(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes gz = {0}, cut = {0}, big = {0};
    gzip_member(&gz, rec[2].data, rec[2].len);
    size_t o1 = gz.len;
    /* Stored (level 0): the cut member takes what follows as the rest of
     * its block, without an error, up to the end of the input. */
    put(&big, rec[1].data, rec[1].len);
    for (int i = 0; i < 100; i++)
        puts_b(&big, "filler filler filler filler filler filler filler filler\r\n");
    gzip_member_at(&cut, big.data, big.len, 0);
    put(&gz, cut.data, cut.len / 2);
    free(big.data);
    size_t o2 = gz.len;
    gzip_member(&gz, rec[3].data, rec[3].len);
    source src = {gz.data, gz.len, 0, 0, false};
    pith_warc_reader *r = pith_warc_open(source_read, &src);
    pith_warc_record x;
    bool seen = false;
    int records = 0;
    while (pith_warc_next(r, &x) == 1 && ++records < 20) {
        if (x.error) {
            assert_true(x.offset >= o1 && x.offset < o2);
            continue;
        }
        if (x.offset == o2) {
            char *p;
            size_t n;
            assert_int_equal(pith_warc_payload(r, 1 << 20, &p, &n), PITH_WARC_OK);
            assert_int_equal(n, strlen(page));
            free(p);
            seen = true;
        }
    }
    assert_true(seen);
    pith_warc_close(r);
    free(cut.data);
    free(gz.data);
    free_all(rec, 5);
}

/* A record too large for the caller is passed without inflating it when
 * its member holds nothing else (its trailer says so); when the member
 * holds more (the next record, or the whole file), it is inflated, and the
 * records after it are read all the same. */
static void test_large_record_skipped(void **state)
{
    (void)state;
    bytes rec[5], big = {0}, block = {0};
    build_archive(rec);
    puts_b(&block, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>");
    char *zeros = calloc(1, 3 << 20);
    assert_non_null(zeros);
    memset(zeros, ' ', 3 << 20);
    put(&block, zeros, 3 << 20);
    free(zeros);
    record_bytes(&big, "response", "http://example.org/big", "application/http; msgtype=response",
                 block.data, block.len, -1);
    for (int layout = 0; layout < 3; layout++) {
        bytes gz = {0}, all = {0};
        size_t o1;
        if (layout == 0) { /* one member per record */
            gzip_member(&gz, big.data, big.len);
            o1 = gz.len;
            gzip_member(&gz, rec[3].data, rec[3].len);
        } else if (layout == 1) { /* the big record and the next in one member */
            put(&all, big.data, big.len);
            put(&all, rec[3].data, rec[3].len);
            gzip_member(&gz, all.data, all.len);
            o1 = big.len;
        } else { /* a page, then both, in one member */
            put(&all, rec[2].data, rec[2].len);
            put(&all, big.data, big.len);
            put(&all, rec[3].data, rec[3].len);
            gzip_member(&gz, all.data, all.len);
            o1 = rec[2].len + big.len;
        }
        source src = {gz.data, gz.len, 0, 0, false};
        pith_warc_reader *r = pith_warc_open(source_read, &src);
        pith_warc_record x;
        char *p;
        size_t n;
        if (layout == 2) {
            assert_int_equal(pith_warc_next(r, &x), 1);
            assert_int_equal(pith_warc_payload(r, 1 << 20, &p, &n), PITH_WARC_OK);
            free(p);
        }
        assert_int_equal(pith_warc_next(r, &x), 1);
        assert_string_equal(x.target_uri, "http://example.org/big");
        assert_int_equal(pith_warc_payload(r, 1 << 20, &p, &n), PITH_WARC_TOO_LARGE);
        assert_int_equal(pith_warc_next(r, &x), 1);
        assert_int_equal(x.error, PITH_WARC_OK);
        assert_int_equal(x.offset, o1);
        assert_int_equal(pith_warc_payload(r, 1 << 20, &p, &n), PITH_WARC_OK);
        assert_int_equal(n, strlen(page));
        free(p);
        assert_int_equal(pith_warc_next(r, &x), 0);
        pith_warc_close(r);
        free(gz.data);
        free(all.data);
    }
    free(big.data);
    free(block.data);
    free_all(rec, 5);
}

/* A member whose trailer is wrong (CRC, or length): its record gets one
 * line, the error; it was once extracted, then reported again. */
static void test_bad_member_trailer(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    for (int k = 0; k < 2; k++) {
        bytes gz = {0};
        gzip_member(&gz, rec[2].data, rec[2].len);
        gz.data[gz.len - (k == 0 ? 8 : 1)] ^= 0x5a; /* CRC, then ISIZE */
        size_t o1 = gz.len;
        gzip_member(&gz, rec[3].data, rec[3].len);
        source src = {gz.data, gz.len, 0, 0, false};
        pith_warc_reader *r = pith_warc_open(source_read, &src);
        pith_warc_record x;
        assert_int_equal(pith_warc_next(r, &x), 1);
        assert_int_equal(x.error, PITH_WARC_OK);
        char *p = (char *)1;
        size_t n;
        assert_int_equal(pith_warc_payload(r, 1 << 20, &p, &n), PITH_WARC_BAD_GZIP);
        assert_null(p);
        assert_int_equal(pith_warc_next(r, &x), 1);
        assert_int_equal(x.error, PITH_WARC_OK);
        assert_int_equal(x.offset, o1);
        assert_int_equal(pith_warc_next(r, &x), 0);
        pith_warc_close(r);
        /* Skipped, not taken: one line, the error, for that record. */
        want w[] = {
            {PITH_WARC_OK, 0, "response", 1, NULL},
            {PITH_WARC_BAD_GZIP, 0, "response", 0, NULL},
            {PITH_WARC_OK, o1, "resource", 1, page},
        };
        check_records(gz.data, gz.len, 0, w, 3);
        free(gz.data);
    }
    free_all(rec, 5);
}

/* An empty response record has no HTTP header (it was reported out of
 * memory); more line ends than two after a block are tolerated (it was a
 * wrong length). */
static void test_empty_block_and_extra_line_ends(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes all = {0};
    record(&all, "response", "http://example.org/e", "application/http; msgtype=response", "",
           -1);
    size_t o1 = all.len;
    put(&all, rec[2].data, rec[2].len);
    puts_b(&all, "\r\n\r\n\r\n\n");
    size_t o2 = all.len;
    put(&all, rec[3].data, rec[3].len);
    want w[] = {
        {PITH_WARC_BAD_HTTP, 0, "response", 0, NULL},
        {PITH_WARC_OK, o1, "response", 1, page},
        {PITH_WARC_OK, o2, "resource", 1, page},
    };
    check_records(all.data, all.len, 0, w, 3);
    free(all.data);
    free_all(rec, 5);
}

static void test_truncated_header(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes all = concat(rec, 2);
    /* cut inside the second record's header block */
    want w[] = {
        {PITH_WARC_OK, 0, "warcinfo", 0, NULL},
        {PITH_WARC_TRUNCATED, rec[0].len, NULL, 0, NULL},
    };
    check_records(all.data, rec[0].len + 40, 0, w, 2);
    free(all.data);
    free_all(rec, 5);
}

/* Build recs[] = good, damaged, good, good (damaged is made by the caller). */
static void test_bad_lengths(void **state)
{
    (void)state;
    bytes r[4];
    memset(r, 0, sizeof r);
    record(&r[0], "resource", "http://example.org/1", "text/html", page, -1);
    /* Content-Length 10 bytes short of the block */
    record(&r[1], "resource", "http://example.org/2", "text/html", page,
           (long)strlen(page) - 10);
    record(&r[2], "resource", "http://example.org/3", "text/html", page, -1);
    record(&r[3], "resource", "http://example.org/4", "text/html", page, -1);
    bytes all = concat(r, 4);
    size_t o1 = r[0].len, o2 = o1 + r[1].len, o3 = o2 + r[2].len;
    /* Taking the payload reports the error on pith_warc_payload... */
    source src = {all.data, all.len, 0, 0, false};
    pith_warc_reader *rd = pith_warc_open(source_read, &src);
    pith_warc_record x;
    char *p;
    size_t n;
    assert_int_equal(pith_warc_next(rd, &x), 1);
    assert_int_equal(pith_warc_payload(rd, 1 << 20, &p, &n), PITH_WARC_OK);
    free(p);
    assert_int_equal(pith_warc_next(rd, &x), 1);
    assert_int_equal(x.offset, o1);
    assert_int_equal(pith_warc_payload(rd, 1 << 20, &p, &n), PITH_WARC_BAD_LENGTH);
    assert_int_equal(pith_warc_next(rd, &x), 1);
    assert_int_equal(x.offset, o2);
    assert_int_equal(x.error, PITH_WARC_OK);
    pith_warc_close(rd);
    /* ...and skipping reports it on the next call, at the record's offset. */
    want skip[] = {
        {PITH_WARC_OK, 0, NULL, 1, NULL},
        {PITH_WARC_OK, o1, NULL, 1, NULL},
        {PITH_WARC_BAD_LENGTH, o1, NULL, 0, NULL},
        {PITH_WARC_OK, o2, NULL, 1, NULL},
        {PITH_WARC_OK, o3, NULL, 1, NULL},
    };
    check_records(all.data, all.len, 0, skip, 5);

    /* gzip: a Content-Length 40 bytes too long runs into the next member,
     * which begins a record: the long one is cut there, nothing else lost. */
    free(r[1].data);
    memset(&r[1], 0, sizeof r[1]);
    record(&r[1], "resource", "http://example.org/2", "text/html", page,
           (long)strlen(page) + 40);
    size_t off[4];
    bytes gz = gzip_records(r, 4, off);
    want g[] = {
        {PITH_WARC_OK, off[0], NULL, 1, page},
        {PITH_WARC_TRUNCATED, off[1], NULL, 0, NULL},
        {PITH_WARC_OK, off[2], NULL, 1, page},
        {PITH_WARC_OK, off[3], NULL, 1, page},
    };
    source gsrc = {gz.data, gz.len, 0, 0, false};
    rd = pith_warc_open(source_read, &gsrc);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(pith_warc_next(rd, &x), 1);
        assert_int_equal(x.offset, g[i].offset);
        pith_warc_error e = pith_warc_payload(rd, 1 << 20, &p, &n);
        assert_int_equal(e, g[i].error);
        if (!e) {
            assert_string_equal(p, page);
            free(p);
        }
    }
    assert_int_equal(pith_warc_next(rd, &x), 0);
    pith_warc_close(rd);

    /* A Content-Length that is not a number. */
    free(all.data);
    bytes bad = {0};
    put(&bad, r[0].data, r[0].len);
    size_t o_bad = bad.len;
    puts_b(&bad, "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 12x\r\n\r\nabc\r\n\r\n");
    size_t o_next = bad.len;
    put(&bad, r[2].data, r[2].len);
    want nn[] = {
        {PITH_WARC_OK, 0, NULL, 1, page},
        {PITH_WARC_BAD_LENGTH, o_bad, "resource", 0, NULL},
        {PITH_WARC_OK, o_next, NULL, 1, page},
    };
    check_records(bad.data, bad.len, 0, nn, 3);
    free(bad.data);
    free(gz.data);
    free_all(r, 4);
}

static void test_missing_headers(void **state)
{
    (void)state;
    bytes ok = {0};
    record(&ok, "resource", "http://example.org/1", "text/html", page, -1);
    bytes b = {0};
    put(&b, ok.data, ok.len);
    size_t o1 = b.len;
    /* no Content-Length */
    puts_b(&b, "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:x>\r\n\r\n");
    puts_b(&b, page);
    puts_b(&b, "\r\n\r\n");
    size_t o2 = b.len;
    put(&b, ok.data, ok.len);
    size_t o3 = b.len;
    /* a header line without a colon */
    puts_b(&b, "WARC/1.0\r\nWARC-Type resource\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n");
    size_t o4 = b.len;
    put(&b, ok.data, ok.len);
    /* a record without WARC-Type is read, and is not a page */
    size_t o5 = b.len;
    puts_b(&b, "WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n");
    want w[] = {
        {PITH_WARC_OK, 0, NULL, 1, page},
        {PITH_WARC_BAD_HEADER, o1, "resource", 0, NULL},
        {PITH_WARC_OK, o2, NULL, 1, page},
        {PITH_WARC_BAD_HEADER, o3, NULL, 0, NULL},
        {PITH_WARC_OK, o4, NULL, 1, page},
        {PITH_WARC_OK, o5, NULL, 0, NULL},
    };
    check_records(b.data, b.len, 0, w, 6);
    check_records(b.data, b.len, 3, w, 6);

    /* a header block that never ends */
    bytes endless = {0};
    puts_b(&endless, "WARC/1.0\r\n");
    for (int i = 0; i < 5000; i++)
        puts_b(&endless, "X-Filler: 0123456789\r\n");
    size_t after = endless.len;
    put(&endless, ok.data, ok.len);
    /* the record after it is found again (it begins a line) */
    want e[] = {{PITH_WARC_BAD_HEADER, 0, NULL, 0, NULL}, {PITH_WARC_OK, after, NULL, 1, page}};
    check_records(endless.data, endless.len, 0, e, 2);
    free(endless.data);
    free(b.data);
    free(ok.data);
}

static void test_garbage_between_members(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes gz = {0};
    size_t off[8];
    off[0] = gz.len;
    gzip_member(&gz, rec[2].data, rec[2].len);
    /* a gzip member that holds no record */
    off[1] = gz.len;
    gzip_member(&gz, "this is not a WARC record\n", 26);
    off[2] = gz.len;
    gzip_member(&gz, rec[3].data, rec[3].len);
    /* bytes that are not gzip at all */
    off[3] = gz.len;
    puts_b(&gz, "garbage garbage garbage");
    off[4] = gz.len;
    gzip_member(&gz, rec[2].data, rec[2].len);
    /* a member whose deflate data is damaged */
    off[5] = gz.len;
    gzip_member(&gz, rec[3].data, rec[3].len);
    gz.data[off[5] + 10] = 0x07; /* a final block of the reserved type */
    off[6] = gz.len;
    gzip_member(&gz, rec[3].data, rec[3].len);
    want w[] = {
        {PITH_WARC_OK, off[0], "response", 1, page},
        {PITH_WARC_GARBAGE, off[1], NULL, 0, NULL},
        {PITH_WARC_OK, off[2], "resource", 1, page},
        {PITH_WARC_GARBAGE, off[3], NULL, 0, NULL},
        {PITH_WARC_OK, off[4], "response", 1, page},
        {PITH_WARC_BAD_GZIP, off[5], NULL, 0, NULL},
        {PITH_WARC_OK, off[6], "resource", 1, page},
    };
    check_records(gz.data, gz.len, 0, w, 7);
    check_records(gz.data, gz.len, 11, w, 7);

    /* the same damage with the payloads skipped */
    for (size_t i = 0; i < 7; i++)
        w[i].payload = NULL;
    check_records(gz.data, gz.len, 0, w, 7);
    free(gz.data);
    free_all(rec, 5);
}

static void test_garbage_in_plain_archive(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    /* In a plain archive, stray bytes right after a record's block (before
     * the line ends that close it) mean its length was wrong: that record
     * is reported (when skipped, or by pith_warc_payload), and the reader
     * finds the next one. */
    bytes b = {0};
    put(&b, rec[3].data, rec[3].len - 4); /* without its "\r\n\r\n" */
    puts_b(&b, "some stray bytes\nand more\n");
    size_t o2 = b.len;
    put(&b, rec[2].data, rec[2].len);
    want w[] = {
        {PITH_WARC_OK, 0, "resource", 1, NULL},
        {PITH_WARC_BAD_LENGTH, 0, "resource", 0, NULL},
        {PITH_WARC_OK, o2, "response", 1, page},
    };
    check_records(b.data, b.len, 0, w, 3);
    /* After the two line ends that close a record, they lie between
     * records: the record is whole (it was once failed for them), and they
     * are garbage of their own. */
    bytes d = {0};
    put(&d, rec[3].data, rec[3].len);
    puts_b(&d, "some stray bytes\nand more\n");
    put(&d, rec[2].data, rec[2].len);
    want x[] = {
        {PITH_WARC_OK, 0, "resource", 1, page},
        {PITH_WARC_GARBAGE, rec[3].len, NULL, 0, NULL},
        {PITH_WARC_OK, o2 + 4, "response", 1, page},
    };
    check_records(d.data, d.len, 0, x, 3);
    free(d.data);
    /* Stray bytes before a record are garbage of their own. */
    bytes c = {0};
    puts_b(&c, "stray\n");
    put(&c, rec[3].data, rec[3].len);
    want v[] = {{PITH_WARC_GARBAGE, 0, NULL, 0, NULL}, {PITH_WARC_OK, 6, "resource", 1, page}};
    check_records(c.data, c.len, 0, v, 2);
    free(c.data);
    free(b.data);
    free_all(rec, 5);
}

static void test_http_payloads(void **state)
{
    (void)state;
    /* chunked transfer coding */
    bytes b = {0};
    record(&b, "response", "http://x/1", "application/http; msgtype=response",
           "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
           "5\r\n<html\r\n6;ext=1\r\n><p>hi\r\n0\r\n\r\n",
           -1);
    /* gzip content coding */
    bytes body = {0};
    gzip_member(&body, page, strlen(page));
    bytes gzhttp = {0};
    puts_b(&gzhttp, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n");
    put(&gzhttp, body.data, body.len);
    size_t o2 = b.len;
    record_bytes(&b, "response", "http://x/2", "application/http", gzhttp.data, gzhttp.len, -1);
    /* no Content-Type anywhere: the body is sniffed */
    size_t o3 = b.len;
    record(&b, "response", "http://x/3", NULL, "HTTP/1.0 200 OK\r\n\r\n  <HTML><body>x</body>", -1);
    size_t o4 = b.len;
    record(&b, "response", "http://x/4", "application/http", "HTTP/1.0 200 OK\r\n\r\n%PDF-1.4", -1);
    /* an HTTP header that cannot be read: the record is reported, the next read */
    size_t o5 = b.len;
    record(&b, "response", "http://x/5", "application/http", "HTTP/1.1 OK\r\n\r\n<html>", -1);
    size_t o6 = b.len;
    record(&b, "resource", "http://x/6", "application/xhtml+xml; charset=utf-8", page, -1);
    /* a Content-Encoding pith does not decode */
    size_t o7 = b.len;
    record(&b, "response", "http://x/7", "application/http",
           "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\x0b\x02\x80",
           -1);

    source src = {b.data, b.len, 0, 0, false};
    pith_warc_reader *r = pith_warc_open(source_read, &src);
    pith_warc_record x;
    char *p;
    size_t n;
    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.http_status, 404);
    assert_int_equal(x.is_html, 1);
    assert_int_equal(pith_warc_payload(r, 1000, &p, &n), PITH_WARC_OK);
    assert_string_equal(p, "<html><p>hi");
    free(p);

    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.offset, o2);
    assert_int_equal(x.is_html, 1);
    assert_int_equal(pith_warc_payload(r, 1000, &p, &n), PITH_WARC_OK);
    assert_string_equal(p, page);
    free(p);

    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.offset, o3);
    assert_null(x.media_type);
    assert_int_equal(x.is_html, 1);
    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.offset, o4);
    assert_null(x.media_type);
    assert_int_equal(x.is_html, 0);

    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.offset, o5);
    assert_int_equal(x.error, PITH_WARC_BAD_HTTP);
    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.offset, o6);
    assert_int_equal(x.error, PITH_WARC_OK);
    assert_int_equal(x.http_status, 0);
    assert_string_equal(x.media_type, "application/xhtml+xml");
    assert_string_equal(x.charset, "utf-8");
    assert_int_equal(x.is_html, 1);

    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.offset, o7);
    assert_int_equal(pith_warc_payload(r, 1000, &p, &n), PITH_WARC_BAD_ENCODING);
    assert_int_equal(pith_warc_next(r, &x), 0);
    pith_warc_close(r);
    free(b.data);
    free(body.data);
    free(gzhttp.data);
}

static void test_payload_limit(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes all = concat(rec + 2, 2);
    source src = {all.data, all.len, 0, 0, false};
    pith_warc_reader *r = pith_warc_open(source_read, &src);
    pith_warc_record x;
    char *p;
    size_t n;
    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(pith_warc_payload(r, 20, &p, &n), PITH_WARC_TOO_LARGE);
    assert_null(p);
    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.error, PITH_WARC_OK);
    assert_int_equal(x.offset, rec[2].len);
    assert_int_equal(pith_warc_payload(r, strlen(page), &p, &n), PITH_WARC_OK);
    assert_int_equal(n, strlen(page));
    free(p);
    assert_int_equal(pith_warc_next(r, &x), 0);
    pith_warc_close(r);
    free(all.data);
    free_all(rec, 5);
}

static void test_read_error(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    source src = {rec[3].data, rec[3].len, 0, 0, true};
    pith_warc_reader *r = pith_warc_open(source_read, &src);
    pith_warc_record x;
    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.error, PITH_WARC_OK);
    assert_int_equal(pith_warc_next(r, &x), 1);
    assert_int_equal(x.error, PITH_WARC_READ_ERROR);
    assert_string_equal(pith_warc_error_code(x.error), "unreadable");
    assert_int_equal(pith_warc_next(r, &x), 0);
    pith_warc_close(r);
    free_all(rec, 5);
}

static void test_sniff_and_gunzip(void **state)
{
    (void)state;
    bytes rec[5];
    build_archive(rec);
    bytes gzwarc = gzip_records(rec, 1, NULL);
    bytes gzpage = {0};
    gzip_member(&gzpage, page, strlen(page));
    assert_int_equal(pith_sniff_input(rec[0].data, rec[0].len), PITH_INPUT_WARC);
    assert_int_equal(pith_sniff_input("\r\nWARC/1.1\r\n", 12), PITH_INPUT_WARC);
    assert_int_equal(pith_sniff_input(gzwarc.data, gzwarc.len), PITH_INPUT_WARC_GZIP);
    assert_int_equal(pith_sniff_input(gzpage.data, gzpage.len), PITH_INPUT_GZIP_PAGE);
    assert_int_equal(pith_sniff_input(page, strlen(page)), PITH_INPUT_PAGE);
    assert_int_equal(pith_sniff_input("", 0), PITH_INPUT_PAGE);
    assert_int_equal(pith_sniff_input("\x1f\x8b", 2), PITH_INPUT_GZIP_PAGE);

    char *out;
    size_t n;
    source src = {gzpage.data, gzpage.len, 0, 3, false};
    assert_int_equal(pith_gunzip(source_read, &src, 1000, &out, &n), PITH_WARC_OK);
    assert_int_equal(n, strlen(page));
    assert_string_equal(out, page);
    free(out);
    src.pos = 0;
    assert_int_equal(pith_gunzip(source_read, &src, 10, &out, &n), PITH_WARC_TOO_LARGE);
    assert_null(out);
    source cut = {gzpage.data, gzpage.len - 9, 0, 0, false};
    assert_int_equal(pith_gunzip(source_read, &cut, 1000, &out, &n), PITH_WARC_TRUNCATED);
    source plain = {page, strlen(page), 0, 0, false};
    assert_int_equal(pith_gunzip(source_read, &plain, 1000, &out, &n), PITH_WARC_BAD_GZIP);
    free(gzwarc.data);
    free(gzpage.data);
    free_all(rec, 5);
}

static void test_empty_and_tiny_inputs(void **state)
{
    (void)state;
    want none[1] = {{PITH_WARC_OK, 0, NULL, 0, NULL}};
    check_records("", 0, 0, none, 0);
    want w[] = {{PITH_WARC_GARBAGE, 0, NULL, 0, NULL}};
    check_records("WAR", 3, 0, w, 1);
    want t[] = {{PITH_WARC_TRUNCATED, 0, NULL, 0, NULL}};
    check_records("WARC/1.0\r\n", 10, 0, t, 1);
    check_records("\r\n\r\n", 4, 0, none, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_archive),
        cmocka_unit_test(test_record_fields),
        cmocka_unit_test(test_gzip_per_record),
        cmocka_unit_test(test_gzip_whole_file),
        cmocka_unit_test(test_truncated_last_record),
        cmocka_unit_test(test_truncated_header),
        cmocka_unit_test(test_blank_and_empty_members),
        cmocka_unit_test(test_header_cut_by_next_record),
        cmocka_unit_test(test_bad_member_trailer),
        cmocka_unit_test(test_large_record_skipped),
        cmocka_unit_test(test_record_right_after_a_bad_header),
        cmocka_unit_test(test_member_cut_short_in_the_middle),
        cmocka_unit_test(test_empty_block_and_extra_line_ends),
        cmocka_unit_test(test_bad_lengths),
        cmocka_unit_test(test_missing_headers),
        cmocka_unit_test(test_garbage_between_members),
        cmocka_unit_test(test_garbage_in_plain_archive),
        cmocka_unit_test(test_http_payloads),
        cmocka_unit_test(test_payload_limit),
        cmocka_unit_test(test_read_error),
        cmocka_unit_test(test_sniff_and_gunzip),
        cmocka_unit_test(test_empty_and_tiny_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
