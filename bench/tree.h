/*
 * tree.h — a gumbo tree written out as text, for comparing the trees gumbo
 * builds from a page with and without the elision of script and style
 * bodies (bench --check and tests/elide_test.c share it).
 *
 * Every node is written with its type, namespace, tag (the original name
 * for unknown tags), attributes and text, in document order, so two trees
 * compare equal exactly when they have the same shape and content.  Left
 * out is only what elision removes: the text children of script and style
 * elements (except of JSON-LD scripts, whose text is kept and so must stay),
 * the text of comments, and the spaces and tabs after line breaks in texts
 * outside <pre>, <listing>, <textarea> and <plaintext> (the indentation
 * between tags), the content of <svg> elements, and the attributes no stage
 * reads on the elements whose attributes elision cuts
 * (pith_elide_cuts_attribute), and every attribute of the scripts but
 * JSON-LD and of the <link>s no stage reads (pith_elide_link_is_read).  Whatever elision
 * wrongly moved into or out of an <svg> still shows: it would then sit
 * outside the <svg> in one of the two trees.
 *
 * Header-only (static functions) so the test and the benchmark, which link
 * only libpith, can both use it.
 */
#ifndef PITH_BENCH_TREE_H
#define PITH_BENCH_TREE_H

#include <ctype.h>
#include <gumbo.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "input/elide.h"
#include "util/buf.h"

static bool tree_is_jsonld(const GumboNode *el)
{
    GumboAttribute *a = gumbo_get_attribute(&el->v.element.attributes, "type");
    if (!a)
        return false;
    for (const char *p = a->value; *p; p++)
        if (strncasecmp(p, "ld+json", 7) == 0)
            return true;
    return false;
}

/* Are the text children of this node left out of the comparison? */
static bool tree_skips_text(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    GumboTag tag = node->v.element.tag;
    return tag == GUMBO_TAG_STYLE || (tag == GUMBO_TAG_SCRIPT && !tree_is_jsonld(node));
}

/* A text without the spaces and tabs after its line breaks: elision cuts
 * the indentation between tags, which the parser may join to a text beside
 * it (across a tag it ignores). */
static void tree_write_text(const char *s, pith_buf *out)
{
    bool line_start = false;
    for (; *s; s++) {
        if (line_start && (*s == ' ' || *s == '\t'))
            continue;
        line_start = *s == '\n' || *s == '\r';
        pith_buf_putc(out, *s);
    }
}

/* Are all the attributes of this element left out: a script but JSON-LD,
 * a <link> of a kind no stage reads? */
static bool tree_attributes_cut(const GumboNode *node)
{
    if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return false;
    if (node->v.element.tag == GUMBO_TAG_SCRIPT)
        return !tree_is_jsonld(node);
    if (node->v.element.tag != GUMBO_TAG_LINK)
        return false;
    GumboAttribute *rel = gumbo_get_attribute(&node->v.element.attributes, "rel");
    return !pith_elide_link_is_read(rel ? rel->value : NULL, rel ? strlen(rel->value) : 0);
}

/* Is the attribute one that elision cuts from an HTML element's start tag
 * (one no stage reads)? */
static bool tree_attribute_cut(const GumboElement *e, const GumboAttribute *a)
{
    if (e->tag_namespace != GUMBO_NAMESPACE_HTML || a->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE)
        return false;
    char name[64];
    if (e->tag == GUMBO_TAG_UNKNOWN) {
        GumboStringPiece piece = e->original_tag;
        gumbo_tag_from_original_text(&piece);
        if (piece.length >= sizeof name)
            return true; /* a long unknown name: never a tag whose attributes stay */
        for (size_t k = 0; k < piece.length; k++)
            name[k] = (char)tolower((unsigned char)piece.data[k]);
        name[piece.length] = '\0';
    } else {
        snprintf(name, sizeof name, "%s", gumbo_normalized_tagname(e->tag));
    }
    return pith_elide_cuts_attribute(name, a->name);
}

/* keep_space: the node is a text inside <pre>, <listing>, <textarea> or
 * <plaintext>, whose white space is text and written whole. */
static void tree_write_node(const GumboNode *node, bool keep_space, pith_buf *out)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        pith_buf_printf(out, "#document %s|%s|%s|%d\n", node->v.document.name,
                        node->v.document.public_identifier, node->v.document.system_identifier,
                        (int)node->v.document.doc_type_quirks_mode);
        break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement *e = &node->v.element;
        pith_buf_printf(out, "<%d:", (int)e->tag_namespace);
        if (e->tag == GUMBO_TAG_UNKNOWN) {
            GumboStringPiece piece = e->original_tag;
            gumbo_tag_from_original_text(&piece);
            pith_buf_append(out, piece.data, piece.length);
        } else {
            pith_buf_puts(out, gumbo_normalized_tagname(e->tag));
        }
        for (unsigned i = 0; i < e->attributes.length && !tree_attributes_cut(node); i++) {
            const GumboAttribute *a = e->attributes.data[i];
            if (tree_attribute_cut(e, a))
                continue;
            pith_buf_printf(out, " %d:%s=\"%s\"", (int)a->attr_namespace, a->name, a->value);
        }
        pith_buf_puts(out, ">\n");
        break;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        pith_buf_printf(out, "%d\"", (int)node->type);
        if (keep_space)
            pith_buf_puts(out, node->v.text.text);
        else
            tree_write_text(node->v.text.text, out);
        pith_buf_puts(out, "\"\n");
        break;
    case GUMBO_NODE_COMMENT:
        pith_buf_puts(out, "<!---->\n");
        break;
    }
}

/* Are all the children of this node left out (an <svg>'s content)? */
static bool tree_skips_children(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_SVG &&
           node->v.element.tag_namespace == GUMBO_NAMESPACE_SVG;
}

static bool tree_keeps_space(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    GumboTag tag = node->v.element.tag;
    return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_TEXTAREA ||
           tag == GUMBO_TAG_PLAINTEXT;
}

static const GumboVector *tree_children(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    return NULL;
}

/* Write the tree under root to out, iteratively.  False when memory ran
 * out. */
static bool tree_write(const GumboNode *root, pith_buf *out)
{
    typedef struct { const GumboNode *node; unsigned next; } frame;
    size_t cap = 64, depth = 0;
    frame *stack = malloc(cap * sizeof *stack);
    if (!stack)
        return false;
    tree_write_node(root, false, out);
    stack[depth++] = (frame){root, 0};
    while (depth > 0) {
        frame *f = &stack[depth - 1];
        const GumboVector *kids = tree_children(f->node);
        if (!kids || f->next >= kids->length) {
            pith_buf_puts(out, "/\n");
            depth--;
            continue;
        }
        const GumboNode *c = kids->data[f->next++];
        bool text = c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
                    c->type == GUMBO_NODE_WHITESPACE;
        if (text && tree_skips_text(f->node))
            continue;
        bool keep_space = false;
        for (size_t k = 0; text && k < depth; k++)
            keep_space |= tree_keeps_space(stack[k].node);
        tree_write_node(c, keep_space, out);
        if (!tree_children(c) || tree_skips_children(c))
            continue;
        if (depth == cap) {
            frame *ns = realloc(stack, cap * 2 * sizeof *stack);
            if (!ns) {
                free(stack);
                return false;
            }
            stack = ns;
            cap *= 2;
        }
        stack[depth++] = (frame){c, 0};
    }
    free(stack);
    return !out->oom;
}

/* Parse html (len bytes) as pith does (max_errors = 0) and write its tree
 * to out. */
static bool tree_of(const char *html, size_t len, pith_buf *out)
{
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *g = gumbo_parse_with_options(&opt, html, len);
    bool ok = tree_write(g->document, out);
    gumbo_destroy_output(&opt, g);
    return ok;
}

#endif
