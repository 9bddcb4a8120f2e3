/*
 * clean.h — stage 3: remove what is never article content (see clean.c).
 */
#ifndef PITH_CLEAN_H
#define PITH_CLEAN_H

#include "../context.h"

/* Mark boilerplate elements PITH_EL_DROPPED and leave the text statistics
 * of ctx->dom up to date. */
void pith_clean(pith_ctx *ctx);

#endif
