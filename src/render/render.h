/*
 * render.h — stage 6: the shared core of the renderers.
 *
 * One file per output format (text.c, json.c, ...) turns the article tree
 * and the metadata into bytes.  They share this interface: a render call
 * gets the result, its article tree and the PITH_RENDER_* flags, and
 * appends to a pith_buf.  Renderers know nothing of HTML parsing or gumbo.
 */
#ifndef PITH_RENDER_H
#define PITH_RENDER_H

#include "../../include/pith.h"
#include "../doc/doc.h"
#include "../util/buf.h"

typedef struct pith_render_input {
    const pith_result *result;
    const pith_node *article;  /* the article tree's root, or NULL */
    const pith_node *comments; /* the comments tree's root, or NULL */
    unsigned flags;            /* PITH_RENDER_* */
} pith_render_input;

/* Plain text of a tree: paragraphs separated by blank lines, headings and
 * list items on lines of their own. */
void pith_render_text_tree(const pith_node *root, pith_buf *out);

void pith_render_text(const pith_render_input *in, pith_buf *out);
void pith_render_json(const pith_render_input *in, pith_buf *out);

/* The JSON fields of a result, added to a jansson object (json_t *);
 * shared by the json renderer and the batch (jsonl) writer. */
struct json_t;
void pith_render_json_fields(const pith_render_input *in, struct json_t *obj);

#endif
