/*
 * fuzz_warc.c — libFuzzer target for the WARC reader (src/warc/).
 *
 * The first byte picks how many bytes each read returns (1 to 4096, to
 * cross every buffer boundary) and the payload limit; the rest is read as
 * an archive: sniffed, then walked record by record, taking the payload of
 * every record without error, and gunzipped whole when it looks like gzip.
 * The reader must never crash, leak or read out of bounds, and must keep
 * moving: the loop is bounded by the input size.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pith.h"
#include "stepped_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t step = 1 + ((size_t)data[0] * 16) % 4096;
    size_t max = (data[0] & 1) ? 64 : (1u << 20);
    stepped_source s = {data + 1, size - 1, 0, step};
    (void)pith_sniff_input(s.data, s.len);

    pith_warc_reader *w = pith_warc_open(stepped_read, &s);
    if (!w)
        return 0;
    pith_warc_record rec;
    size_t records = 0;
    while (pith_warc_next(w, &rec) == 1) {
        if (++records > s.len + 2)
            abort(); /* more records than bytes: the reader is not moving */
        if (rec.error) {
            if (!rec.message)
                abort();
            continue;
        }
        char *payload = NULL;
        size_t len = 0;
        if (pith_warc_payload(w, max, &payload, &len) == PITH_WARC_OK) {
            if (!payload || payload[len] != '\0' || len > max)
                abort();
        }
        free(payload);
    }
    pith_warc_close(w);

    stepped_source g = {data + 1, size - 1, 0, step};
    char *all = NULL;
    size_t len = 0;
    if (pith_gunzip(stepped_read, &g, max, &all, &len) == PITH_WARC_OK && all[len] != '\0')
        abort();
    free(all);
    return 0;
}
