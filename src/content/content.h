/*
 * content.h — stage 4: find the article (content.c) and turn it into the
 * article tree (build.c).
 */
#ifndef PITH_CONTENT_H
#define PITH_CONTENT_H

#include "../context.h"

/* Choose the main-content element (ctx->main, PITH_NO_EL when the page has
 * none), reject what inside it is not article, and set ctx->confidence. */
void pith_content(pith_ctx *ctx);

/* Build the article tree from ctx->main into doc (allocated from
 * doc->arena).  Returns false when memory ran out. */
bool pith_build_doc(pith_ctx *ctx, uint32_t root, pith_doc *doc);

#endif
