/*
 * content.h — stage 4: find the article (content.c) and turn it into the
 * article tree (build.c).
 */
#ifndef PITH_CONTENT_H
#define PITH_CONTENT_H

#include "context.h"

/* Choose the main-content element (ctx->main, PITH_NO_EL when the page has
 * none), reject what inside it is not article, and set ctx->confidence. */
void pith_content(pith_ctx *ctx);

/* The recall pass of the cascade (exposed for its tests): given the
 * classifier's units for the page and the chosen article, the element to
 * use instead — an ancestor taking in the page's good prose when the
 * article is clearly truncated (or, in recall mode, when much good prose
 * lies outside) — or main itself. */
struct pith_units;
uint32_t pith_content_recall(pith_ctx *ctx, const struct pith_units *u, uint32_t main);

/* Build the article tree from ctx->main into doc (allocated from
 * doc->arena).  Returns false when memory ran out. */
bool pith_build_doc(pith_ctx *ctx, uint32_t root, pith_doc *doc);

/* Build the tree of the page's user comments (comments.c) from the
 * sections the clean stage marked PITH_EL_COMMENTS; doc->root stays NULL
 * when the page has none.  Returns false when memory ran out. */
bool pith_build_comments(pith_ctx *ctx, pith_doc *doc);

/* The builder's steps, for trees built from several roots:
 * begin (an empty DOCUMENT), append the blocks of each root's subtree to a
 * block container of the tree, into (elements with skip_flags, or for which
 * skip returns true, are left out with their subtrees), finish (normalise).
 * Each returns false when memory ran out. */
typedef bool (*pith_build_skip_fn)(pith_ctx *ctx, uint32_t el);
bool pith_build_begin(pith_doc *doc);
bool pith_build_append(pith_ctx *ctx, pith_doc *doc, pith_node *into, uint32_t root,
                       uint32_t skip_flags, pith_build_skip_fn skip);
bool pith_build_finish(pith_doc *doc);

/* Build an article tree of paragraphs from plain text (n bytes of UTF-8):
 * one paragraph a line, white space collapsed.  Returns false when memory
 * ran out. */
bool pith_build_text(pith_doc *doc, const char *text, size_t n);

/* The same paragraphs appended at the end of a built tree (doc->root set),
 * which is normalised again. */
bool pith_build_append_text(pith_doc *doc, const char *text, size_t n);

/* The fallback ladder (fallback.c), for a page whose content gave no text:
 * build doc from the page's JSON-LD body or description, its densest
 * element, or its meta description, lower ctx->confidence, and return the
 * rung taken ("jsonld", "densest", "description"), or NULL when the page
 * has no text worth returning. */
const char *pith_content_fallback(pith_ctx *ctx, pith_doc *doc);

/* On a product page whose tree (built from ctx->main) holds little of the
 * description its JSON-LD gives its one Product (a description the page
 * shows in a drawer a script fills, or not at all), that description is
 * appended to doc.  Returns false when memory ran out. */
bool pith_content_product_description(pith_ctx *ctx, pith_doc *doc);

#endif
