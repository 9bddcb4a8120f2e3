/*
 * stepped_read.h — a pith_read_fn over bytes in memory that returns at most
 * `step` bytes a call, so the fuzz targets of the WARC reader cross every
 * buffer boundary (step 1 to 4096).
 */
#ifndef PITH_FUZZ_STEPPED_READ_H
#define PITH_FUZZ_STEPPED_READ_H

#include <stddef.h>
#include <string.h>

typedef struct stepped_source {
    const unsigned char *data;
    size_t len, pos, step;
} stepped_source;

static inline long stepped_read(void *userdata, void *buf, size_t n)
{
    stepped_source *s = userdata;
    size_t k = s->len - s->pos;
    if (k > n)
        k = n;
    if (k > s->step)
        k = s->step;
    if (k == 0)
        return 0;
    memcpy(buf, s->data + s->pos, k);
    s->pos += k;
    return (long)k;
}

#endif
