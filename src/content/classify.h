/*
 * classify.h — the paragraph classifier over a parsed page (see classify.c;
 * the judgement itself is units.h's).
 */
#ifndef PITH_CLASSIFY_H
#define PITH_CLASSIFY_H

#include "content/units.h"
#include "context.h"

/* Classify the paragraph units under root (skipping elements with any of
 * skip's flags), in page order, into u (allocated from ctx->arena).
 * Returns false when memory ran out. */
bool pith_classify(pith_ctx *ctx, uint32_t root, uint32_t skip, pith_units *u);

#endif
