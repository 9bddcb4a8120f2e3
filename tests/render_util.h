/*
 * render_util.h — building article trees by hand for the renderer tests.
 *
 *     tree t; tree_init(&t);
 *     pith_node *p = node(&t, t.root, PITH_NODE_PARAGRAPH);
 *     text(&t, p, "Hello ");
 *     pith_node *em = node(&t, p, PITH_NODE_EMPH);
 *     text(&t, em, "world");
 *     char *md = render_md(&t, 0);   // "Hello *world*"
 *     ...
 *     tree_free(&t);
 */
#ifndef PITH_RENDER_UTIL_H
#define PITH_RENDER_UTIL_H

#include "testutil.h"

#include "doc/doc.h"
#include "render/shared.h"
#include "util/arena.h"

typedef struct tree {
    pith_arena arena;
    pith_doc doc;
    pith_node *root;
    pith_buf out;
} tree;

static inline void tree_init(tree *t)
{
    pith_arena_init(&t->arena, 0);
    t->doc.arena = &t->arena;
    t->doc.oom = false;
    t->doc.root = t->root = pith_node_new(&t->doc, PITH_NODE_DOCUMENT);
    assert_non_null(t->root);
    pith_buf_init(&t->out);
}

static inline void tree_free(tree *t)
{
    pith_buf_free(&t->out);
    pith_arena_release(&t->arena);
}

static inline pith_node *node(tree *t, pith_node *parent, pith_node_type type)
{
    pith_node *n = pith_node_new(&t->doc, type);
    assert_non_null(n);
    pith_node_append(parent, n);
    return n;
}

static inline pith_node *text(tree *t, pith_node *parent, const char *s)
{
    pith_node *n = node(t, parent, PITH_NODE_TEXT);
    assert_true(pith_node_set_text(&t->doc, n, s, strlen(s)));
    return n;
}

/* A node of a type that carries text (CODE, CODE_BLOCK, IMAGE alt). */
static inline pith_node *text_node(tree *t, pith_node *parent, pith_node_type type,
                                   const char *s)
{
    pith_node *n = node(t, parent, type);
    assert_true(pith_node_set_text(&t->doc, n, s, strlen(s)));
    return n;
}

static inline pith_node *para(tree *t, pith_node *parent, const char *s)
{
    pith_node *p = node(t, parent, PITH_NODE_PARAGRAPH);
    text(t, p, s);
    return p;
}

static inline pith_node *link(tree *t, pith_node *parent, const char *url, const char *s)
{
    pith_node *a = node(t, parent, PITH_NODE_LINK);
    a->url = pith_doc_strdup(&t->doc, url, strlen(url));
    text(t, a, s);
    return a;
}

static inline pith_node *image(tree *t, pith_node *parent, const char *url, const char *alt)
{
    pith_node *i = text_node(t, parent, PITH_NODE_IMAGE, alt);
    i->url = pith_doc_strdup(&t->doc, url, strlen(url));
    return i;
}

/* Render the tree (rendering afresh each call); the string lives in t. */
static inline const char *render_md(tree *t, unsigned flags)
{
    pith_buf_clear(&t->out);
    pith_render_markdown_tree(t->root, flags, &t->out);
    assert_false(t->out.oom);
    return t->out.data ? t->out.data : "";
}

static inline const char *render_html(tree *t, unsigned flags)
{
    pith_buf_clear(&t->out);
    pith_render_html_tree(t->root, flags, &t->out);
    assert_false(t->out.oom);
    return t->out.data ? t->out.data : "";
}

static inline const char *render_text(tree *t)
{
    pith_buf_clear(&t->out);
    pith_render_text_tree(t->root, &t->out);
    assert_false(t->out.oom);
    return t->out.data ? t->out.data : "";
}

#endif
