/*
 * decode.h — stage 1 of the pipeline: raw bytes to clean UTF-8.
 *
 * The order of trust follows the WHATWG encoding sniffing algorithm:
 *   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. the transport's charset (HTTP Content-Type, WARC record headers);
 *   3. an in-page declaration: <meta charset> or <meta http-equiv> found by
 *      a prescan of the first bytes;
 *   4. statistical detection with uchardet;
 *   5. windows-1252.
 * Two corrections for the way the web really is: bytes that are valid UTF-8
 * with non-ASCII characters are read as UTF-8 whatever a meta tag claims (a
 * legacy encoding almost never produces valid multi-byte UTF-8 by chance),
 * and so are bytes that are mostly valid UTF-8 with a few damaged sequences
 * (those become U+FFFD); a page declared UTF-8 that is mostly not is handed
 * to the detector.
 *
 * The output is always valid UTF-8 without NUL bytes: invalid sequences
 * become U+FFFD and NULs are dropped, so nothing downstream truncates.  In
 * valid UTF-8, C1 control characters (U+0080..U+009F: windows-1252 text
 * once converted as Latin-1) are read as their windows-1252 characters
 * (pith_c1_as_cp1252), which the parser keeps and would otherwise turn
 * into U+FFFD; and a page whose text was encoded twice as a whole
 * ("offersÂ", "â€”") is decoded back (twice.h).
 */
#ifndef PITH_DECODE_H
#define PITH_DECODE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

typedef struct pith_decode_info {
    const char *charset; /* canonical name of the encoding read (static) */
    const char *source;  /* "bom", "transport", "meta", "detected", "default" */
    bool replaced;       /* some bytes were invalid and became U+FFFD */
} pith_decode_info;

/* Convert n raw bytes to UTF-8, appended to out.  transport is the charset
 * label from outside the page, or NULL.  Returns false only when memory ran
 * out (out->oom is then set). */
bool pith_decode(const char *in, size_t n, const char *transport, pith_buf *out,
                 pith_decode_info *info);

/* Map a charset label ("latin1", "Shift_JIS", "gb2312", ...) to the name
 * iconv knows, following the WHATWG label table.  NULL when unknown. */
const char *pith_charset_lookup(const char *label, size_t len);

/* Find a charset declared in the first bytes of a page (<meta charset=..>
 * or <meta http-equiv=Content-Type content="..; charset=..">).  Returns the
 * canonical name, or NULL. */
const char *pith_charset_prescan(const char *in, size_t n);

/* True when the bytes look like a binary file rather than text: NUL bytes
 * or C0 controls in a large share of the first kilobytes, or the magic
 * number of a common binary format. */
bool pith_looks_binary(const char *in, size_t n);

#endif
