/*
 * context.h — the per-document context carried through every stage.
 *
 * One pith_ctx lives for one call of pith_extract.  It holds the options,
 * the two arenas (the document arena, released when the call ends, and the
 * result arena, which the returned pith_result owns), the parsed page, the
 * metadata and the choices the stages make, so no stage allocates on its
 * own terms or keeps state anywhere else.
 */
#ifndef PITH_CONTEXT_H
#define PITH_CONTEXT_H

#include "pith.h"
#include "dom/dom.h"
#include "doc/doc.h"
#include "meta/meta.h"
#include "pagetype/pagetype.h"
#include "util/arena.h"
#include "util/buf.h"

typedef struct pith_ctx {
    const pith_options *opt;
    pith_arena *arena;  /* per-document scratch: gumbo tree, tables */
    pith_arena *out;    /* memory owned by the result */
    pith_dom dom;
    pith_meta meta;
    pith_buf scratch;   /* short-lived text, reused */
    uint32_t main;      /* the chosen main-content element, PITH_NO_EL if none */
    double confidence;  /* 0..1, set by the content stage */
    pith_pagetype pagetype;      /* what kind of page (the page-type stage) */
    const char *pagetype_reason; /* the evidence that decided it (static) */
    uint32_t *item_run; /* per element: its run of alike siblings (clean) */
    uint32_t grid_first, grid_last; /* the page's largest run of alike linked items,
                                       its first and last member (page type; PITH_NO_EL
                                       if none) */
    bool product_headline; /* the page marks its <h1>, or an element in it, as a
                              product's name ("product_title", id="productTitle")
                              (page type) */
    uint32_t *prices_in; /* per element: the prices it holds, on a product page (clean;
                            NULL elsewhere) */
    const char *fallback; /* where the text came from, when not the visible
                             page (static; see pith_result.fallback) */
} pith_ctx;

/* Report a removed element to the explain hook, if one is set. */
void pith_ctx_explain(pith_ctx *ctx, const char *stage, uint32_t el, const char *rule);

/* Mark element el and its subtree dropped by the clean stage. */
void pith_ctx_drop(pith_ctx *ctx, uint32_t el, const char *rule);

/* Mark element el and its subtree rejected by the content stage. */
void pith_ctx_reject(pith_ctx *ctx, uint32_t el, const char *rule);

/* The element's visible text (collapsed), in ctx->scratch, at most max
 * bytes (0 = all). */
const char *pith_ctx_text(pith_ctx *ctx, uint32_t el, size_t max);

#endif
