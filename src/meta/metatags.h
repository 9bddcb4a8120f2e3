/*
 * metatags.h — the <meta> source: its table of names (metatags_table.c)
 * and the reader (metatags.c).
 */
#ifndef PITH_META_METATAGS_H
#define PITH_META_METATAGS_H

#include <stddef.h>

#include "found.h"

typedef struct pith_metatag {
    const char *key;      /* lower case: "og:title", "dc.creator" */
    pith_mfield field;
    pith_msource source;
} pith_metatag;

extern const pith_metatag PITH_METATAGS[];
extern const size_t PITH_N_METATAGS;

#endif
