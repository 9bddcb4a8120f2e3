/*
 * fuzz_extract.c — libFuzzer target for the main entry point.
 *
 * The first byte picks options (favor, flags, small structural limits, a
 * transport charset, a small memory budget); the rest is the page.  Every
 * result must keep the header's promises: a valid status, a text whose
 * length is text_len, every string valid UTF-8 without NUL, a rendering
 * in each format; any broken promise aborts (a finding).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"
#include "util/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void must(int ok)
{
    if (!ok)
        abort();
}

static void check_string(const char *s)
{
    if (s)
        must(pith_utf8_is_clean(s, strlen(s)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *charsets[] = {NULL, "utf-8", "windows-1252", "shift_jis", "utf-16le",
                                     "iso-2022-jp", "gb18030", "koi8-r"};
    pith_options opt;
    pith_options_init(&opt);
    if (size > 0) {
        unsigned b = data[0];
        opt.favor = (pith_favor)(b % 3);
        opt.flags = (b >> 2) & 7u;
        opt.charset = charsets[(b >> 5) & 7u];
        if (b & 0x10) {
            opt.max_depth = 1 + (b & 15);
            opt.max_attributes = 1 + (b & 7);
            opt.max_formatting = 1 + (b & 3);
        }
        if ((b & 0x18) == 0x18)
            opt.max_memory = 256 * 1024;
        data++;
        size--;
    }
    pith_result *r = pith_extract((const char *)data, size, &opt);
    if (!r)
        return 0;
    must(r->status >= PITH_OK && r->status <= PITH_ERR_ARGUMENT);
    must(r->text && strlen(r->text) == r->text_len);
    must(r->status != PITH_OK || r->text_len > 0);
    check_string(r->text);
    const char *fields[] = {r->title, r->author, r->date, r->date_modified, r->sitename,
                            r->hostname, r->url, r->description, r->language, r->image,
                            r->license, r->pagetype, r->comments, r->error};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        check_string(fields[i]);
    for (size_t i = 0; i < r->n_categories; i++)
        check_string(r->categories[i]);
    for (size_t i = 0; i < r->n_tags; i++)
        check_string(r->tags[i]);
    for (int f = PITH_FORMAT_TEXT; f <= PITH_FORMAT_CSV; f++) {
        size_t n = 0;
        char *out = pith_render(r, (pith_format)f, 0xFFu, &n);
        if (out) {
            must(strlen(out) == n);
            must(pith_utf8_is_clean(out, n));
        }
        free(out);
    }
    pith_result_free(r);
    return 0;
}
