/*
 * text.h — the text front end: a page that arrives as text.
 *
 * A scraper's output, lynx -dump or w3m -dump, a web archive's conversion
 * record: the page is lines, not tags.  This stage turns the lines into
 * blocks (page.c), judges them as the HTML stages judge a page's
 * paragraphs (judge.c: the phrase rules of src/rules/, the paragraph
 * classifier of content/units.h, the run of prose that is the article,
 * menus, author boxes, lines repeated across a batch), reads the metadata
 * the lines give (headline.c: title, byline, date), and builds the same
 * article tree the HTML path builds (tree.c), so rendering, language
 * detection and the batch path are shared.
 *
 * pith.c chooses this path for text input (input/markup.c tells text from
 * HTML); the stage looks only down: rules/, content/units.h, meta/, doc/.
 */
#ifndef PITH_TEXT_H
#define PITH_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "context.h"

/* Is the input (n bytes of decoded text) to be read as text: asked for
 * (PITH_INPUT_TEXT), or, by default, holding no markup? */
bool pith_text_wanted(const pith_options *opt, const char *utf8, size_t n);

/* Extract the article of a text page (len bytes of clean UTF-8) into doc
 * (its arena set by the caller) and the metadata into ctx->meta.  Working
 * memory comes from ctx->arena; a failed allocation shows there. */
void pith_text_extract(pith_ctx *ctx, const char *text, size_t len, pith_doc *doc);

#endif
