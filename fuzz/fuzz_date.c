/*
 * fuzz_date.c — libFuzzer target for the date reader (src/meta/date.c).
 *
 * The first byte picks the flags; the rest is read as a date string and,
 * NUL-terminated, as a URL.  A date found must be a valid calendar date.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "meta/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned flags = data[0] & 1u;
    const char *s = (const char *)data + 1;
    size--;
    pith_date d;
    if (pith_date_parse(s, size, flags, &d) && !pith_date_valid(d.year, d.month, d.day))
        abort();
    char *url = malloc(size + 1);
    if (!url)
        return 0;
    memcpy(url, s, size);
    url[size] = '\0';
    if (pith_date_from_url(url, &d) && !pith_date_valid(d.year, d.month, d.day))
        abort();
    char formatted[32];
    if (pith_date_parse(s, size, flags, &d))
        pith_date_format(&d, formatted);
    free(url);
    return 0;
}
