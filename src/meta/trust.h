/*
 * trust.h — the order of trust between sources, per field (trust.c).
 */
#ifndef PITH_META_TRUST_H
#define PITH_META_TRUST_H

#include "found.h"

/* The sources to try for a field, most trusted first, ending with
 * PITH_MS_COUNT. */
const pith_msource *pith_meta_trust(pith_mfield field);

#endif
