/*
 * doc.h — the extracted article as a tree of blocks and inlines.
 *
 * This is the one internal representation every renderer reads.  It knows
 * nothing of HTML: the content stage builds it from the page, renderers in
 * src/render/ turn it into text, Markdown, HTML, JSON, XML or CSV.
 *
 * Blocks:  DOCUMENT > HEADING | PARAGRAPH | LIST > ITEM | TABLE > ROW > CELL
 *          | QUOTE | CODE_BLOCK | FIGURE > (IMAGE, CAPTION) | THEMATIC_BREAK
 * Inlines: TEXT | EMPH | STRONG | CODE | LINK | IMAGE | LINE_BREAK
 * After pith_doc_normalize (which the builder runs), inlines sit only inside
 * PARAGRAPH, HEADING and other inlines: block containers (DOCUMENT, ITEM,
 * QUOTE, CELL, FIGURE, CAPTION) hold blocks only; LIST holds ITEMs, TABLE
 * holds an optional CAPTION then ROWs, ROW holds CELLs.
 *
 * All nodes and strings live in the doc's arena and are freed with it.
 */
#ifndef PITH_DOC_H
#define PITH_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/buf.h"

typedef enum pith_node_type {
    PITH_NODE_DOCUMENT,
    /* blocks */
    PITH_NODE_HEADING,     /* level 1..6 */
    PITH_NODE_PARAGRAPH,
    PITH_NODE_LIST,        /* ordered, start */
    PITH_NODE_ITEM,
    PITH_NODE_TABLE,
    PITH_NODE_ROW,
    PITH_NODE_CELL,        /* header */
    PITH_NODE_QUOTE,
    PITH_NODE_CODE_BLOCK,  /* text = literal, info = language */
    PITH_NODE_FIGURE,
    PITH_NODE_CAPTION,
    PITH_NODE_THEMATIC_BREAK,
    /* inlines */
    PITH_NODE_TEXT,        /* text */
    PITH_NODE_EMPH,
    PITH_NODE_STRONG,
    PITH_NODE_CODE,        /* text */
    PITH_NODE_LINK,        /* url, title */
    PITH_NODE_IMAGE,       /* url, text = alt, title */
    PITH_NODE_LINE_BREAK
} pith_node_type;

typedef struct pith_node {
    struct pith_node *parent, *first, *last, *next, *prev;
    char *text;      /* TEXT, CODE, CODE_BLOCK literal; IMAGE alt */
    char *url;       /* LINK target, IMAGE source */
    char *info;      /* CODE_BLOCK language; LINK/IMAGE title */
    uint32_t len;    /* length of text */
    uint32_t cap;    /* bytes of text's block from text on (0: unknown, the
                        next append copies); see pith_node_append_text */
    int32_t start;   /* LIST: first number (ordered) */
    uint8_t type;    /* pith_node_type */
    uint8_t level;   /* HEADING level */
    bool ordered;    /* LIST */
    bool header;     /* CELL: a header cell; ROW: in the table head */
    bool comment;    /* DOCUMENT: holds user comments */
} pith_node;

typedef struct pith_doc {
    pith_arena *arena;
    pith_node *root;
    bool oom;
} pith_doc;

bool pith_node_is_block(pith_node_type t);
bool pith_node_is_inline(pith_node_type t);

/* Create a node (NULL and doc->oom on failure). */
pith_node *pith_node_new(pith_doc *doc, pith_node_type type);
void pith_node_append(pith_node *parent, pith_node *child);
void pith_node_insert_before(pith_node *sibling, pith_node *node);
void pith_node_insert_after(pith_node *sibling, pith_node *node);
void pith_node_unlink(pith_node *node);
/* Set a node's text/url/info to a copy of s (n bytes). */
bool pith_node_set_text(pith_doc *doc, pith_node *node, const char *s, size_t n);
/* Append n bytes to a node's text, growing it geometrically, so a text
 * built from many pieces costs linear time. */
bool pith_node_append_text(pith_doc *doc, pith_node *node, const char *s, size_t n);
/* Drop the first k bytes of a node's text (k <= len), keeping cap right. */
void pith_node_skip_text(pith_node *node, size_t k);
char *pith_doc_strdup(pith_doc *doc, const char *s, size_t n);

/* Iterate in document order without recursion: returns the next node after
 * cur within root (NULL at the end); *entering tells whether it is entered
 * or left (nodes without children are entered and left in turn).  A walk
 * also ends early once the current call's budget has failed (timeout_ms
 * passed, or max_memory spent): every walk over the tree, in every stage
 * and renderer, holds the limits; the call then fails as a whole. */
typedef struct pith_doc_iter {
    pith_node *root, *cur;
    bool entering;
} pith_doc_iter;
void pith_doc_iter_init(pith_doc_iter *it, pith_node *root);
/* Returns false at the end; sets it->cur and it->entering. */
bool pith_doc_iter_next(pith_doc_iter *it);
/* After an entering event: do not descend into the current node; the next
 * event is its next sibling (or its parent's leaving).  The node itself gets
 * no leaving event. */
void pith_doc_iter_skip_children(pith_doc_iter *it);

/* Tidy a freshly built tree in place (normalize.c): wrap stray inlines in
 * paragraphs, unwrap emphasis nested in the same emphasis and links in
 * links, move spaces at the edges of inline elements outside them, merge
 * adjacent texts, trim blocks and drop empty nodes.  Iterative. */
void pith_doc_normalize(pith_doc *doc);

/* The plain text of a subtree's inlines, whitespace collapsed. */
void pith_node_plain_text(const pith_node *node, pith_buf *out);

#endif
