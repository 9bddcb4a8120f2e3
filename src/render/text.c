/*
 * text.c — the plain-text renderer.
 *
 * Blocks are separated by a blank line; list items and table rows by a line
 * break.  List items start with "- " (ordered lists too, as trafilatura's
 * text output does: the numbers belong to the Markdown output), indented
 * two spaces per level of nesting; table cells are joined by " | ", and a
 * row stays on one line (breaks inside a cell become spaces).  Code
 * blocks keep their lines as they are.  Images and link targets are left
 * out: this is text for indexes and language models.  With comments
 * (--comments), they follow the article after a line "* * *"; with
 * PITH_RENDER_METADATA, YAML front matter comes first (front.c).
 */
#include <stdio.h>

#include "shared.h"

typedef struct text_state {
    pith_buf *out;
    int pending;        /* newlines owed before the next text */
    char prefix[32];    /* list marker owed before the next text */
    int list_depth;
    bool line_break;    /* a <br> seen: a line break before more text of the block */
} text_state;

static void flush(text_state *st)
{
    if (st->out->len > 0) {
        for (int i = 0; i < st->pending; i++)
            pith_buf_putc(st->out, '\n');
    }
    st->pending = 0;
    if (st->prefix[0]) {
        pith_buf_puts(st->out, st->prefix);
        st->prefix[0] = '\0';
    }
}

static void want(text_state *st, int newlines)
{
    if (newlines > st->pending)
        st->pending = newlines;
}

static void emit(text_state *st, const char *s, size_t n)
{
    pith_buf *out = st->out;
    bool line_start = st->pending > 0 || st->line_break || out->len == 0 ||
                      out->data[out->len - 1] == '\n';
    /* Two texts around an image the text leaves out: one space between;
     * and none at the start of a line that an image opened ("<img> name:"),
     * where a text of that space alone writes nothing, not even the line. */
    if (n > 0 && s[0] == ' ' && (line_start || out->data[out->len - 1] == ' '))
        s++, n--;
    if (n == 0)
        return;
    if (st->line_break && st->pending == 0 && out->len > 0)
        pith_buf_putc(out, '\n');
    st->line_break = false;
    flush(st);
    pith_buf_append(out, s, n);
}

static bool in_tight_parent(const pith_node *n)
{
    const pith_node *p = n->parent;
    return p && (p->type == PITH_NODE_ITEM || p->type == PITH_NODE_CELL ||
                 p->type == PITH_NODE_CAPTION);
}

/* A block inside a table cell: the cell stays on one line. */
static bool in_cell(const pith_node *n)
{
    return n->parent && n->parent->type == PITH_NODE_CELL;
}

static bool within_cell(const pith_node *n)
{
    for (const pith_node *p = n->parent; p; p = p->parent)
        if (p->type == PITH_NODE_CELL)
            return true;
    return false;
}

static void enter_block(text_state *st, const pith_node *n)
{
    st->line_break = false;
    switch (n->type) {
    case PITH_NODE_LIST:
        want(st, st->list_depth > 0 ? 1 : 2);
        st->list_depth++;
        break;
    case PITH_NODE_ITEM: {
        if (st->prefix[0]) {
            /* an item that opens with a list: both markers on one line, "- - x" */
            flush(st);
            snprintf(st->prefix, sizeof st->prefix, "- ");
            break;
        }
        want(st, 1);
        int indent = 2 * (st->list_depth > 0 ? st->list_depth - 1 : 0);
        if (indent > 16)
            indent = 16;
        snprintf(st->prefix, sizeof st->prefix, "%*s- ", indent, "");
        break;
    }
    case PITH_NODE_TABLE:
        want(st, 2);
        break;
    case PITH_NODE_ROW:
        want(st, 1);
        break;
    case PITH_NODE_CELL:
        if (n->prev)
            emit(st, " | ", 3);
        break;
    case PITH_NODE_PARAGRAPH:
    case PITH_NODE_HEADING:
    case PITH_NODE_CODE_BLOCK:
    case PITH_NODE_QUOTE:
    case PITH_NODE_FIGURE:
    case PITH_NODE_CAPTION:
    case PITH_NODE_THEMATIC_BREAK:
        if (in_cell(n)) {
            if (n->prev)
                emit(st, " ", 1);
        } else if (in_tight_parent(n))
            want(st, n->prev ? 1 : 0);
        else
            want(st, 2);
        if (n->type == PITH_NODE_CODE_BLOCK && n->text) {
            size_t len = n->len;
            while (len > 0 && (n->text[len - 1] == '\n' || n->text[len - 1] == '\r'))
                len--;
            size_t start = 0;
            while (start < len && n->text[start] == '\n')
                start++;
            emit(st, n->text + start, len - start);
        }
        break;
    default:
        break;
    }
}

static void leave_block(text_state *st, const pith_node *n)
{
    st->line_break = false;
    if (n->type == PITH_NODE_LIST) {
        st->list_depth--;
        want(st, st->list_depth > 0 ? 1 : 2);
    } else if (in_cell(n)) {
        /* cells are joined on their row's line */
    } else if (n->type == PITH_NODE_TABLE || n->type == PITH_NODE_PARAGRAPH ||
               n->type == PITH_NODE_HEADING || n->type == PITH_NODE_QUOTE ||
               n->type == PITH_NODE_CODE_BLOCK) {
        want(st, in_tight_parent(n) ? 1 : 2);
    }
    if (n->type == PITH_NODE_ITEM)
        st->prefix[0] = '\0';
}

void pith_render_text_tree(const pith_node *root, pith_buf *out)
{
    text_state st = {out, 0, "", 0, false};
    pith_doc_iter it;
    pith_doc_iter_init(&it, (pith_node *)root);
    while (pith_doc_iter_next(&it)) {
        const pith_node *n = it.cur;
        if (!it.entering) {
            if (pith_node_is_block(n->type))
                leave_block(&st, n);
            continue;
        }
        if (pith_node_is_block(n->type)) {
            enter_block(&st, n);
            continue;
        }
        switch (n->type) {
        case PITH_NODE_TEXT:
        case PITH_NODE_CODE:
            if (n->text)
                emit(&st, n->text, n->len);
            break;
        case PITH_NODE_LINE_BREAK:
            if (!within_cell(n))
                st.line_break = true; /* written only if text of the block follows */
            else if (n->next)
                emit(&st, " ", 1);
            break;
        default:
            break;
        }
    }
    pith_buf_rtrim(out);
}

void pith_render_text(const pith_render_input *in, pith_buf *out)
{
    /* The result's text is the tree rendered once and repaired to valid
     * UTF-8 by pith_extract; print that rather than render again. */
    const pith_result *r = in->result;
    if (in->flags & PITH_RENDER_METADATA)
        pith_render_front_matter(r, out);
    const char *title = pith_render_leading_title(in);
    if (title) {
        pith_buf_puts(out, title);
        pith_buf_puts(out, r->text_len ? "\n\n" : "\n");
    }
    if (r->text && r->text_len) {
        pith_buf_append(out, r->text, r->text_len);
        pith_buf_putc(out, '\n');
    }
    if (r->comments && *r->comments) {
        pith_buf_puts(out, r->text_len ? "\n* * *\n\n" : "* * *\n\n");
        pith_buf_puts(out, r->comments);
        pith_buf_putc(out, '\n');
    }
}
