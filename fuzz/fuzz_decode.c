/*
 * fuzz_decode.c — libFuzzer target for charset decoding (src/input/decode.c).
 *
 * The first byte picks a transport charset label (or none); the rest is
 * decoded.  The output must be valid UTF-8 without NUL bytes; the prescan,
 * the label lookup and the binary sniffer run on the same bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "input/decode.h"
#include "util/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *labels[] = {NULL, "utf-8", "latin1", "windows-1251", "shift_jis",
                                   "euc-kr", "big5", "utf-16be", "utf-16le", "iso-2022-jp",
                                   "gbk", "text/html; charset=koi8-u", "x-unknown-charset",
                                   "euc-jp", "iso-8859-7", "macintosh"};
    const char *label = NULL;
    if (size > 0) {
        label = labels[data[0] & 15u];
        data++;
        size--;
    }
    const char *in = (const char *)data;
    pith_buf out = PITH_BUF_INIT;
    pith_decode_info info;
    if (pith_decode(in, size, label, &out, &info)) {
        if (!pith_utf8_is_clean(out.data ? out.data : "", out.len))
            abort();
        if (!info.charset || !info.source)
            abort();
    }
    pith_buf_free(&out);
    (void)pith_charset_prescan(in, size);
    (void)pith_charset_lookup(in, size < 64 ? size : 64);
    (void)pith_looks_binary(in, size);
    return 0;
}
