/*
 * pagetype.h — the page-type stage: what kind of page this is (an article,
 * a forum thread, a product, a collection of products, a listing of posts,
 * documentation, a service or landing page), from generic evidence, so the
 * clean and content stages can treat each kind as its readers do.
 */
#ifndef PITH_PAGETYPE_H
#define PITH_PAGETYPE_H

#include "rules/pagetypes.h" /* the pith_pagetype enum */

struct pith_ctx;

/* The type's name as published ("article", "forum"...). */
const char *pith_pagetype_name(pith_pagetype t);

/* The type of a name, PITH_PAGE_COUNT for none. */
pith_pagetype pith_pagetype_from_name(const char *name);

/* Classify the page in ctx->dom (after the metadata stage, which gives its
 * address and date): sets ctx->pagetype and ctx->pagetype_reason.  A type
 * the caller gave (pith_options.pagetype) is taken as it is. */
void pith_pagetype_classify(struct pith_ctx *ctx);

#endif
