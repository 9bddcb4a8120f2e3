/*
 * sniff.c — telling inputs apart by content, and whole-input gunzip.
 *
 * A batch run is handed files whose names cannot be trusted (a WARC saved
 * without extension, a page.html that is really gzip, a WARC on standard
 * input).  pith_sniff_input looks at the first bytes: "WARC/" begins an
 * uncompressed WARC; a gzip header is decompressed just far enough to see
 * whether a WARC is inside.
 */
#include <string.h>

#include "window.h"

static bool begins_warc(const char *p, size_t n)
{
    /* Blank lines before the first record are tolerated by the reader. */
    while (n > 0 && (*p == '\r' || *p == '\n'))
        p++, n--;
    return n >= 5 && memcmp(p, "WARC/", 5) == 0;
}

pith_input_kind pith_sniff_input(const void *head, size_t len)
{
    const unsigned char *p = head;
    if (!head)
        return PITH_INPUT_PAGE;
    if (len < 2 || p[0] != 0x1f || p[1] != 0x8b)
        return begins_warc(head, len) ? PITH_INPUT_WARC : PITH_INPUT_PAGE;
    pith_window_memory m = {head, len, 0};
    pith_window s;
    if (!pith_window_init(&s, pith_window_memory_read, &m))
        return PITH_INPUT_GZIP_PAGE;
    size_t n = pith_window_fill(&s, 64);
    bool warc = begins_warc(pith_window_data(&s), n);
    pith_window_free(&s);
    return warc ? PITH_INPUT_WARC_GZIP : PITH_INPUT_GZIP_PAGE;
}

pith_warc_error pith_gunzip(pith_read_fn read, void *userdata, size_t max, char **data,
                            size_t *len)
{
    *data = NULL;
    *len = 0;
    pith_window s;
    if (!pith_window_init(&s, read, userdata))
        return PITH_WARC_NOMEM;
    pith_buf out = PITH_BUF_INIT;
    pith_warc_error e = pith_window_read_all(&s, max, &out);
    if (!e && !s.gzip)
        e = PITH_WARC_BAD_GZIP;
    pith_window_free(&s);
    if (!e && !pith_buf_reserve(&out, 0))
        e = PITH_WARC_NOMEM;
    if (e) {
        pith_buf_free(&out);
        return e;
    }
    *data = pith_buf_detach(&out, len);
    return PITH_WARC_OK;
}
