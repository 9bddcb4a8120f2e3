/*
 * pagetype.h — the page-type stage: what kind of page this is (an article,
 * a forum thread, a product, a collection of products, a listing of posts,
 * documentation, a service or landing page), from generic evidence, so the
 * clean and content stages can treat each kind as its readers do.
 */
#ifndef PITH_PAGETYPE_H
#define PITH_PAGETYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rules/pagetypes.h" /* the pith_pagetype enum */

struct pith_ctx;

/* The type's name as published ("article", "forum"...). */
const char *pith_pagetype_name(pith_pagetype t);

/* The type of a name, PITH_PAGE_COUNT for none. */
pith_pagetype pith_pagetype_from_name(const char *name);

/* Classify the page in ctx->dom (after the metadata stage, which gives its
 * address and date): sets ctx->pagetype and ctx->pagetype_reason, and what
 * its scan saw that the clean stage reads (ctx->item_run, the grid,
 * ctx->product_headline).  A type the caller gave (pith_options.pagetype)
 * is taken as it is. */
void pith_pagetype_classify(struct pith_ctx *ctx);

/* Is element i a price: a small element, no box of blocks, showing a
 * figure, whose class says price ("sale-price", "productPrice"; its parent's
 * does not: one price is counted once), or, with by_text, whose text reads
 * as an amount in a currency ("$20.12", "1.299,00 EUR"), as shops whose
 * classes are generated write it.  Uses ctx->scratch. */
bool pith_pagetype_is_price(struct pith_ctx *ctx, uint32_t i, bool by_text);

/* Does text (n bytes) read as one amount in a currency: a sign or code
 * before or after a figure ("$20.12", "1.299,00 EUR", "12 kr")? */
bool pith_pagetype_reads_as_amount(const char *s, size_t n);

/* A paragraph of prose: a <p> of LONG_PARA non-space bytes or more, under a
 * fifth of them in links. */
struct pith_el;
bool pith_pagetype_long_paragraph(const struct pith_el *el);

/* Does element i show when a post was written: a <time>, a datetime
 * attribute, itemprop datePublished or dateCreated, or, with by_text, a
 * short line of text that reads as a date ("Sat Jan 06, 2024 5:14 pm")?
 * Uses ctx->scratch. */
bool pith_pagetype_shows_a_time(struct pith_ctx *ctx, uint32_t i, bool by_text);

#endif
