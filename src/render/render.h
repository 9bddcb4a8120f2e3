/*
 * render.h — stage 6: rendering a result in a format.
 *
 * One small file per output format turns the article tree and the metadata
 * into bytes, the way cmark keeps html.c, xml.c and man.c apart:
 *
 *   text.c      plain text            markdown.c  CommonMark (+ pipe tables)
 *   html.c      a clean HTML document json.c      one JSON object
 *   xml.c       pith's XML format     csv.c       one CSV record (RFC 4180)
 *   front.c     YAML front matter for text and Markdown (--with-metadata)
 *
 * They share this interface: a render call gets the result, its article
 * and comments trees and the PITH_RENDER_* flags, and appends to a
 * pith_buf; render.c dispatches by format.  What more than one format
 * needs is in shared.h.  Renderers know nothing of HTML parsing or gumbo;
 * they walk the tree with the iterator of doc.h.
 */
#ifndef PITH_RENDER_H
#define PITH_RENDER_H

#include "pith.h"
#include "doc/doc.h"
#include "util/buf.h"

typedef struct pith_render_input {
    const pith_result *result;
    const pith_node *article;  /* the article tree's root, or NULL */
    const pith_node *comments; /* the comments tree's root, or NULL */
    unsigned flags;            /* PITH_RENDER_* */
} pith_render_input;

/* Render in one format; false for an unknown format. */
bool pith_render_format(const pith_render_input *in, pith_format format, pith_buf *out);

/* ---------------------------------------------------------- the formats */

/* Plain text of a tree: paragraphs separated by blank lines, headings and
 * list items on lines of their own. */
void pith_render_text_tree(const pith_node *root, pith_buf *out);

void pith_render_text(const pith_render_input *in, pith_buf *out);
void pith_render_markdown(const pith_render_input *in, pith_buf *out);
void pith_render_html(const pith_render_input *in, pith_buf *out);
void pith_render_json(const pith_render_input *in, pith_buf *out);
void pith_render_xml(const pith_render_input *in, pith_buf *out);
void pith_render_csv(const pith_render_input *in, pith_buf *out);

/* Markdown of one tree (no front matter, no comments). */
void pith_render_markdown_tree(const pith_node *root, unsigned flags, pith_buf *out);
/* The HTML blocks of one tree, without a document around them. */
void pith_render_html_tree(const pith_node *root, unsigned flags, pith_buf *out);

/* YAML front matter: "---", one "key: value" line per known metadata field
 * (values double-quoted and escaped, lists in flow style), "---", a blank
 * line. */
void pith_render_front_matter(const pith_result *r, pith_buf *out);

#endif
