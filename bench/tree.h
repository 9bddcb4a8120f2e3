/*
 * tree.h — a gumbo tree written out as text, for comparing the trees gumbo
 * builds from a page with and without the elision of script and style
 * bodies (bench --check and tests/elide_test.c share it).
 *
 * Every node is written with its type, namespace, tag (the original name
 * for unknown tags), attributes and text, in document order, so two trees
 * compare equal exactly when they have the same shape and content.  Left
 * out is only what elision removes: the script elements (except JSON-LD
 * scripts, which are kept whole and so must stay), the style elements,
 * the <link>s no stage reads (pith_elide_link_is_read) and the <meta>s
 * (pith_elide_meta_key_read), with the texts on
 * either side of one written as one text, as the parser joins them when
 * the element is gone; the comments (elision empties them, or removes
 * them where only white space lies between them and the tags around, the
 * texts on either side then one), and all but one byte of each run of
 * white space in texts outside <pre>, <listing>, <textarea> and
 * <plaintext> (elision leaves one of the white space between tags), the content of <svg> elements, and the
 * attributes no stage reads on the elements whose attributes elision cuts
 * (pith_elide_cuts_attribute), and there the candidates of a srcset after
 * its first (pith_elide_trims_attribute).  Whatever elision wrongly moved
 * into or out of an <svg> still shows: it would then sit outside the <svg>
 * in one of the two trees.
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

/* Does a stage read the <meta> with these attributes (see
 * pith_elide_meta_key_read)? */
static bool tree_meta_is_read(const GumboVector *attrs)
{
    for (unsigned i = 0; i < attrs->length; i++) {
        const GumboAttribute *a = attrs->data[i];
        size_t n = strlen(a->name);
        if (pith_elide_meta_pins(a->name, n))
            return true;
        bool key = strcmp(a->name, "name") == 0 || strcmp(a->name, "property") == 0 ||
                   strcmp(a->name, "http-equiv") == 0;
        if (key && pith_elide_meta_key_read(a->value, strlen(a->value)))
            return true;
    }
    return false;
}

/* Is the node left out of the comparison, whole: a comment, an HTML
 * script but JSON-LD, a style, a <link> or <meta> of a kind no stage
 * reads? */
static bool tree_skips_node(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_COMMENT)
        return true;
    if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return false;
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_STYLE)
        return true;
    if (tag == GUMBO_TAG_SCRIPT)
        return !tree_is_jsonld(node);
    if (tag == GUMBO_TAG_META)
        return !tree_meta_is_read(&node->v.element.attributes);
    if (tag != GUMBO_TAG_LINK)
        return false;
    GumboAttribute *rel = gumbo_get_attribute(&node->v.element.attributes, "rel");
    return !pith_elide_link_is_read(rel ? rel->value : NULL, rel ? strlen(rel->value) : 0);
}

/* A text with each run of white space (spaces, tabs, line breaks) written
 * as one line break if it holds one, else as its first byte: elision
 * leaves one byte of the white space between two tags, which the parser
 * may join to a text beside it (across a tag it ignores).  *space carries
 * the run not yet written (0: none) from one text to the next, in a run of
 * texts written as one; tree_end_text writes it. */
static void tree_write_text(const char *s, char *space, pith_buf *out)
{
    for (; *s; s++) {
        bool line_break = *s == '\n' || *s == '\r';
        if (line_break || *s == ' ' || *s == '\t') {
            if (line_break)
                *space = '\n';
            else if (!*space)
                *space = *s;
            continue;
        }
        if (*space)
            pith_buf_putc(out, *space);
        *space = 0;
        pith_buf_putc(out, *s);
    }
}

static void tree_end_text(char *space, pith_buf *out)
{
    if (*space)
        pith_buf_putc(out, *space);
    *space = 0;
}

/* What elision does to an attribute of an HTML element's start tag. */
typedef enum { TREE_ATTR_KEPT, TREE_ATTR_CUT, TREE_ATTR_TRIMMED } tree_attr_fate;

/* Is the attribute one that elision cuts from an HTML element's start tag
 * (one no stage reads), or one it trims to its first candidate (a srcset)? */
static tree_attr_fate tree_attribute_fate(const GumboElement *e, const GumboAttribute *a)
{
    if (e->tag_namespace != GUMBO_NAMESPACE_HTML || a->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE)
        return TREE_ATTR_KEPT;
    char name[64];
    if (e->tag == GUMBO_TAG_UNKNOWN) {
        GumboStringPiece piece = e->original_tag;
        gumbo_tag_from_original_text(&piece);
        if (piece.length >= sizeof name)
            return TREE_ATTR_CUT; /* a long unknown name: never a tag whose attributes stay */
        for (size_t k = 0; k < piece.length; k++)
            name[k] = (char)tolower((unsigned char)piece.data[k]);
        name[piece.length] = '\0';
    } else {
        snprintf(name, sizeof name, "%s", gumbo_normalized_tagname(e->tag));
    }
    if (pith_elide_cuts_attribute(name, a->name))
        return TREE_ATTR_CUT;
    return pith_elide_trims_attribute(name, a->name) ? TREE_ATTR_TRIMMED : TREE_ATTR_KEPT;
}

/* An attribute as the comparison sees it: a trimmed one as its first
 * candidate, read as the content stage reads it (content/build.c). */
static void tree_write_attribute(const GumboAttribute *a, tree_attr_fate fate, pith_buf *out)
{
    const char *v = a->value;
    size_t n = strlen(v);
    if (fate == TREE_ATTR_TRIMMED) {
        v += strspn(v, " \n\t");
        n = strcspn(v, " \n\t,");
    }
    pith_buf_printf(out, " %d:%s=\"%.*s\"", (int)a->attr_namespace, a->name, (int)n, v);
}

/* Texts are written by tree_write_texts. */
static void tree_write_node(const GumboNode *node, pith_buf *out)
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
        for (unsigned i = 0; i < e->attributes.length; i++) {
            const GumboAttribute *a = e->attributes.data[i];
            tree_attr_fate fate = tree_attribute_fate(e, a);
            if (fate != TREE_ATTR_CUT)
                tree_write_attribute(a, fate, out);
        }
        pith_buf_puts(out, ">\n");
        break;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        break; /* tree_write_texts */
    case GUMBO_NODE_COMMENT:
        pith_buf_puts(out, "<!---->\n");
        break;
    }
}

static bool tree_is_text(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
           node->type == GUMBO_NODE_WHITESPACE;
}

/* Write the run of texts that starts at kids[*next] as one text, across
 * the nodes left out between them (the parser makes one text node of them
 * when those are gone: a text if any part is one, else white space); sets
 * *next past the run.  A CDATA section stands alone.  keep_space: the texts
 * are inside <pre>, <listing>, <textarea> or <plaintext>, whose white space
 * is text and written whole. */
static void tree_write_texts(const GumboVector *kids, unsigned *next, bool keep_space,
                             pith_buf *out)
{
    const GumboNode *first = kids->data[*next];
    unsigned end = *next + 1;
    int type = (int)first->type;
    while (first->type != GUMBO_NODE_CDATA && end < kids->length) {
        const GumboNode *c = kids->data[end];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) {
            if (c->type == GUMBO_NODE_TEXT)
                type = (int)GUMBO_NODE_TEXT;
        } else if (!tree_skips_node(c)) {
            break;
        }
        end++;
    }
    pith_buf_printf(out, "%d\"", type);
    char space = 0;
    for (unsigned k = *next; k < end; k++) {
        const GumboNode *c = kids->data[k];
        if (!tree_is_text(c))
            continue;
        if (keep_space)
            pith_buf_puts(out, c->v.text.text);
        else
            tree_write_text(c->v.text.text, &space, out);
    }
    tree_end_text(&space, out);
    pith_buf_puts(out, "\"\n");
    *next = end;
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
    tree_write_node(root, out);
    stack[depth++] = (frame){root, 0};
    while (depth > 0) {
        frame *f = &stack[depth - 1];
        const GumboVector *kids = tree_children(f->node);
        if (!kids || f->next >= kids->length) {
            pith_buf_puts(out, "/\n");
            depth--;
            continue;
        }
        const GumboNode *c = kids->data[f->next];
        if (tree_skips_node(c)) {
            f->next++;
            continue;
        }
        if (tree_is_text(c)) {
            bool keep_space = false;
            for (size_t k = 0; k < depth; k++)
                keep_space |= tree_keeps_space(stack[k].node);
            tree_write_texts(kids, &f->next, keep_space, out);
            continue;
        }
        f->next++;
        tree_write_node(c, out);
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
