/*
 * build.c — turn the chosen part of the page into the article tree.
 *
 * One iterative walk over the main element, skipping what the clean and
 * content stages removed.  HTML elements map onto document nodes:
 *   p, h1-h6                -> PARAGRAPH, HEADING
 *   ul, ol, li              -> LIST, ITEM
 *   table, tr, td/th        -> TABLE, ROW, CELL (layout tables are unwrapped)
 *   blockquote, pre, hr     -> QUOTE, CODE_BLOCK, THEMATIC_BREAK
 *   figure, figcaption, img -> FIGURE, CAPTION, IMAGE
 *   em/i, strong/b, code, a -> EMPH, STRONG, CODE, LINK; br -> LINE_BREAK
 * Other blocks (div, section...) only separate paragraphs; other inline
 * elements (span, font...) are transparent.  Text directly inside a block
 * opens an implicit paragraph.  White space is collapsed outside <pre>.
 */
#include <stdlib.h>
#include <string.h>

#include "../util/url.h"
#include "content.h"

/* What a walk frame restores when its element is left. */
typedef struct build_frame {
    pith_node *block, *para, *inl;
    bool is_block;
} build_frame;

typedef struct builder {
    pith_ctx *ctx;
    pith_doc *doc;
    pith_node *block; /* where blocks go */
    pith_node *para;  /* the open paragraph-like node (inlines go here), or NULL */
    pith_node *inl;   /* the open inline container inside para */
    pith_node *code;  /* an open CODE_BLOCK or inline CODE collecting raw text */
    int code_depth;   /* elements entered since the code node opened */
    bool space;       /* a collapsed space is pending */
    pith_buf text;    /* scratch */
    build_frame *stack;
    size_t depth, cap;
    bool no_tables;
} builder;

static bool is_heading_tag(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* A table used for layout rather than data: it holds block structure in its
 * cells, or has a single column. */
static bool is_layout_table(const pith_dom *dom, uint32_t t)
{
    uint32_t cells = 0, rows = 0, nested = 0;
    for (uint32_t i = t + 1; i < dom->els[t].end; i++) {
        GumboTag tag = (GumboTag)dom->els[i].tag;
        if (tag == GUMBO_TAG_TR)
            rows++;
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            cells++;
        else if (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV ||
                 is_heading_tag(tag) || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL)
            nested++;
    }
    if (rows == 0 || cells <= rows)
        return true; /* one column */
    return nested > cells / 2 + 1;
}

static pith_node *add_block(builder *b, pith_node_type type)
{
    pith_node *n = pith_node_new(b->doc, type);
    if (!n)
        return NULL;
    pith_node *parent = b->block;
    /* Blocks inside a table go to the last cell, or after the table. */
    while (parent->type == PITH_NODE_TABLE || parent->type == PITH_NODE_ROW ||
           parent->type == PITH_NODE_LIST)
        parent = parent->last && parent->type == PITH_NODE_LIST ? parent->last
                 : parent->parent ? parent->parent : parent;
    pith_node_append(parent, n);
    return n;
}

/* Make sure inlines have somewhere to go. */
static bool ensure_para(builder *b)
{
    if (b->para)
        return true;
    pith_node_type parent = b->block->type;
    pith_node *n;
    if (parent == PITH_NODE_LIST) {
        n = pith_node_new(b->doc, PITH_NODE_ITEM);
        if (!n)
            return false;
        pith_node_append(b->block, n);
    } else if (parent == PITH_NODE_ITEM || parent == PITH_NODE_CELL ||
               parent == PITH_NODE_CAPTION) {
        n = pith_node_new(b->doc, PITH_NODE_PARAGRAPH);
        if (!n)
            return false;
        pith_node_append(b->block, n);
    } else if (parent == PITH_NODE_TABLE || parent == PITH_NODE_ROW) {
        return false; /* stray text between cells */
    } else {
        n = add_block(b, PITH_NODE_PARAGRAPH);
        if (!n)
            return false;
    }
    b->para = b->inl = n;
    b->space = false;
    return true;
}

static void close_para(builder *b)
{
    b->para = b->inl = NULL;
    b->space = false;
}

static int utf8_len(unsigned char lead)
{
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

/* 1 for a Unicode space that collapses like ASCII white space (NBSP, the
 * U+2000 spaces, ideographic space...), 2 for an invisible character that
 * only breaks text (zero-width space, BOM), 0 otherwise. */
static int unicode_space_kind(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 1; /* U+00A0 */
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x80 && u[2] <= 0x8A)
        return 1; /* U+2000..200A */
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8B)
        return 2; /* U+200B */
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF))
        return 1; /* U+2028, U+2029, U+202F */
    if (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F)
        return 1; /* U+205F */
    if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
        return 1; /* U+3000 */
    if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return 2; /* U+FEFF */
    return 0;
}

/* The node before n in document order (pre-order, walked backwards). */
static const pith_node *prev_in_order(const pith_node *n)
{
    if (!n->prev)
        return n->parent;
    n = n->prev;
    while (n->last)
        n = n->last;
    return n;
}

/* Is nothing written on the current line of the paragraph yet (no text,
 * or a line break last)? */
static bool at_line_start(const pith_node *para)
{
    const pith_node *n = para;
    while (n->last)
        n = n->last;
    for (; n && n != para; n = prev_in_order(n)) {
        if (n->type == PITH_NODE_LINE_BREAK)
            return true;
        if (((n->type == PITH_NODE_TEXT || n->type == PITH_NODE_CODE) && n->len > 0) ||
            n->type == PITH_NODE_IMAGE)
            return false;
    }
    return true;
}

/* Append collapsed text to the open inline container. */
static void add_text(builder *b, const char *s)
{
    pith_buf *t = &b->text;
    pith_buf_clear(t);
    bool space = b->space;
    bool any = false;
    while (*s) {
        unsigned char c = (unsigned char)*s;
        int kind = c < 0x80 ? (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')
                            : unicode_space_kind(s);
        if (kind == 1) { /* white space: collapses */
            space = true;
            s += c < 0x80 ? 1 : utf8_len(c);
            continue;
        }
        if (kind == 2) { /* invisible: zero-width space, BOM */
            s += utf8_len(c);
            continue;
        }
        if (space && (any || b->para))
            pith_buf_putc(t, ' ');
        space = false;
        any = true;
        pith_buf_putc(t, (char)c);
        s++;
    }
    if (!any) {
        b->space = b->space || space;
        return;
    }
    if (!ensure_para(b))
        return;
    b->space = space;
    /* No leading space at the start of a paragraph or a line. */
    const char *data = t->data;
    size_t len = t->len;
    if (data[0] == ' ' && at_line_start(b->para)) {
        data++;
        len--;
    }
    pith_node *last = b->inl->last;
    if (last && last->type == PITH_NODE_TEXT) {
        char *joined = pith_arena_alloc(b->doc->arena, last->len + len + 1);
        if (!joined) {
            b->doc->oom = true;
            return;
        }
        memcpy(joined, last->text, last->len);
        memcpy(joined + last->len, data, len);
        joined[last->len + len] = '\0';
        last->text = joined;
        last->len += len;
        return;
    }
    pith_node *n = pith_node_new(b->doc, PITH_NODE_TEXT);
    if (n && pith_node_set_text(b->doc, n, data, len))
        pith_node_append(b->inl, n);
}

static void add_code_text(builder *b, const char *s)
{
    pith_node *c = b->code;
    size_t len = strlen(s);
    char *joined = pith_arena_alloc(b->doc->arena, c->len + len + 1);
    if (!joined) {
        b->doc->oom = true;
        return;
    }
    if (c->len)
        memcpy(joined, c->text, c->len);
    memcpy(joined + c->len, s, len);
    joined[c->len + len] = '\0';
    c->text = joined;
    c->len += len;
}

static const char *resolve(builder *b, const char *ref)
{
    if (!ref || !*ref)
        return NULL;
    pith_buf out = PITH_BUF_INIT;
    pith_url_resolve(b->ctx->meta.base_url, ref, &out);
    const char *r = NULL;
    if (!out.oom && out.len && !pith_url_is_unsafe(out.data))
        r = pith_doc_strdup(b->doc, out.data, out.len);
    pith_buf_free(&out);
    return r;
}

/* The source of an image, looking through lazy-loading attributes. */
static const char *image_source(const pith_el *el)
{
    static const char *const attrs[] = {"data-src", "data-lazy-src", "data-original",
                                        "data-url", "src"};
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        const char *v = pith_attr(el, attrs[i]);
        if (v && *v && strncmp(v, "data:", 5) != 0)
            return v;
    }
    return NULL;
}

/* The language of a code block from class="language-x" / "lang-x". */
static const char *code_language(builder *b, const pith_el *el)
{
    const char *cls = pith_attr(el, "class");
    if (!cls)
        return NULL;
    const char *p = strstr(cls, "language-");
    size_t skip = 9;
    if (!p) {
        p = strstr(cls, "lang-");
        skip = 5;
    }
    if (!p)
        return NULL;
    p += skip;
    size_t n = 0;
    while (p[n] && p[n] != ' ' && n < 32)
        n++;
    return n ? pith_doc_strdup(b->doc, p, n) : NULL;
}

static void push_frame(builder *b, bool is_block)
{
    if (b->depth == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        build_frame *s = pith_arena_alloc(b->ctx->arena, ncap * sizeof *s);
        if (!s) {
            b->doc->oom = true;
            return;
        }
        if (b->depth)
            memcpy(s, b->stack, b->depth * sizeof *s);
        b->stack = s;
        b->cap = ncap;
    }
    b->stack[b->depth++] = (build_frame){b->block, b->para, b->inl, is_block};
}

/* Open an inline container node (EMPH, STRONG, LINK). */
static void open_inline(builder *b, pith_node_type type, const char *url)
{
    if (!ensure_para(b))
        return;
    pith_node *n = pith_node_new(b->doc, type);
    if (!n)
        return;
    n->url = (char *)url;
    if (b->space && b->inl->last) {
        /* keep the pending space outside the new element */
        add_text(b, " ");
    }
    pith_node_append(b->inl, n);
    b->inl = n;
}

static void enter(builder *b, uint32_t i)
{
    const pith_el *el = &b->ctx->dom.els[i];
    GumboTag t = (GumboTag)el->tag;
    bool block = (el->flags & PITH_EL_BLOCK) != 0 && t != GUMBO_TAG_BR;
    push_frame(b, block);
    if (b->code) {
        b->code_depth++;
        if (t == GUMBO_TAG_BR)
            add_code_text(b, "\n");
        return;
    }
    if (block)
        close_para(b);
    pith_node *n;
    switch (t) {
    case GUMBO_TAG_P:
        if ((n = add_block(b, PITH_NODE_PARAGRAPH)))
            b->para = b->inl = n;
        break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        if ((n = add_block(b, PITH_NODE_HEADING))) {
            n->level = (int)(t - GUMBO_TAG_H1) + 1;
            b->para = b->inl = n;
        }
        break;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        if ((n = add_block(b, PITH_NODE_LIST))) {
            n->ordered = t == GUMBO_TAG_OL;
            const char *start = pith_attr(el, "start");
            n->start = start ? (int)strtol(start, NULL, 10) : 1;
            b->block = n;
        }
        break;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        if (b->block->type == PITH_NODE_LIST) {
            if ((n = pith_node_new(b->doc, PITH_NODE_ITEM))) {
                pith_node_append(b->block, n);
                b->block = n;
            }
        }
        break;
    case GUMBO_TAG_TABLE:
        if (!b->no_tables && !is_layout_table(&b->ctx->dom, i) &&
            (n = add_block(b, PITH_NODE_TABLE)))
            b->block = n;
        break;
    case GUMBO_TAG_TR:
        if (b->block->type == PITH_NODE_TABLE && (n = pith_node_new(b->doc, PITH_NODE_ROW))) {
            pith_node_append(b->block, n);
            n->header = el->parent != PITH_NO_EL &&
                        b->ctx->dom.els[el->parent].tag == GUMBO_TAG_THEAD;
            b->block = n;
        }
        break;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        if (b->block->type == PITH_NODE_ROW && (n = pith_node_new(b->doc, PITH_NODE_CELL))) {
            n->header = t == GUMBO_TAG_TH;
            pith_node_append(b->block, n);
            b->block = n;
        }
        break;
    case GUMBO_TAG_BLOCKQUOTE:
        if ((n = add_block(b, PITH_NODE_QUOTE)))
            b->block = n;
        break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT:
        if ((n = add_block(b, PITH_NODE_CODE_BLOCK))) {
            n->text = pith_doc_strdup(b->doc, "", 0);
            n->len = 0;
            n->info = (char *)code_language(b, el);
            /* <pre><code class="language-x"> */
            if (!n->info && i + 1 < el->end && b->ctx->dom.els[i + 1].tag == GUMBO_TAG_CODE)
                n->info = (char *)code_language(b, &b->ctx->dom.els[i + 1]);
            b->code = n;
            b->code_depth = 0;
        }
        break;
    case GUMBO_TAG_FIGURE:
        if ((n = add_block(b, PITH_NODE_FIGURE)))
            b->block = n;
        break;
    case GUMBO_TAG_FIGCAPTION:
        if (b->block->type == PITH_NODE_FIGURE) {
            if ((n = pith_node_new(b->doc, PITH_NODE_CAPTION))) {
                pith_node_append(b->block, n);
                b->block = n;
            }
        } else if ((n = add_block(b, PITH_NODE_PARAGRAPH))) {
            b->para = b->inl = n; /* a caption outside a figure reads as a paragraph */
        }
        break;
    case GUMBO_TAG_HR:
        add_block(b, PITH_NODE_THEMATIC_BREAK);
        break;
    case GUMBO_TAG_BR:
        if (b->para && (n = pith_node_new(b->doc, PITH_NODE_LINE_BREAK))) {
            pith_node_append(b->inl, n);
            b->space = false;
        }
        break;
    case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE: case GUMBO_TAG_DFN:
        open_inline(b, PITH_NODE_EMPH, NULL);
        break;
    case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
        open_inline(b, PITH_NODE_STRONG, NULL);
        break;
    case GUMBO_TAG_A: {
        const char *href = resolve(b, pith_attr(el, "href"));
        open_inline(b, href ? PITH_NODE_LINK : PITH_NODE_EMPH, href);
        if (!href && b->inl && b->inl->type == PITH_NODE_EMPH)
            b->inl->type = PITH_NODE_LINK; /* a link without a usable target */
        break;
    }
    case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT:
        if (ensure_para(b) && (n = pith_node_new(b->doc, PITH_NODE_CODE))) {
            if (b->space)
                add_text(b, " ");
            n->text = pith_doc_strdup(b->doc, "", 0);
            pith_node_append(b->inl, n);
            b->code = n;
            b->code_depth = 0;
        }
        break;
    case GUMBO_TAG_IMG: {
        const char *src = resolve(b, image_source(el));
        if (!src)
            break;
        n = pith_node_new(b->doc, PITH_NODE_IMAGE);
        if (!n)
            break;
        n->url = (char *)src;
        const char *alt = pith_attr(el, "alt");
        if (alt)
            pith_node_set_text(b->doc, n, alt, strlen(alt));
        const char *title = pith_attr(el, "title");
        if (title)
            n->info = pith_doc_strdup(b->doc, title, strlen(title));
        if (b->block->type == PITH_NODE_FIGURE && !b->para)
            pith_node_append(b->block, n);
        else if (ensure_para(b))
            pith_node_append(b->inl, n);
        break;
    }
    default:
        break;
    }
}

static void leave(builder *b, uint32_t i)
{
    (void)i;
    if (b->depth == 0)
        return;
    build_frame f = b->stack[--b->depth];
    if (b->code) {
        if (b->code_depth > 0) {
            b->code_depth--;
            return;
        }
        b->code = NULL;
    }
    pith_node *para_now = b->para;
    b->block = f.block;
    if (f.is_block) {
        close_para(b);
    } else if (para_now == f.para) {
        b->inl = f.inl;
    } else {
        b->inl = b->para;
    }
}

/* Remove nodes that carry nothing: empty paragraphs, headings, items,
 * lists, links without text, empty tables and rows.  Iterative, bottom-up:
 * repeated until nothing changes (bounded by the tree height, in practice
 * two or three passes). */
static bool is_empty(const pith_node *n)
{
    switch (n->type) {
    case PITH_NODE_TEXT:
    case PITH_NODE_CODE:
        return n->len == 0 || !n->text;
    case PITH_NODE_CODE_BLOCK:
        return n->len == 0 || !n->text;
    case PITH_NODE_IMAGE:
    case PITH_NODE_LINE_BREAK:
    case PITH_NODE_THEMATIC_BREAK:
        return false;
    case PITH_NODE_DOCUMENT:
        return false;
    default:
        return n->first == NULL;
    }
}

static void prune_empty(pith_node *root)
{
    bool changed = true;
    for (int pass = 0; changed && pass < 64; pass++) {
        changed = false;
        pith_doc_iter it;
        pith_doc_iter_init(&it, root);
        pith_node *pending = NULL;
        while (pith_doc_iter_next(&it)) {
            if (pending) {
                pith_node_unlink(pending);
                pending = NULL;
            }
            if (!it.entering && it.cur != root && is_empty(it.cur)) {
                pending = it.cur;
                changed = true;
            }
        }
        if (pending)
            pith_node_unlink(pending);
    }
}

/* Trim spaces at the ends of paragraphs and the line breaks that end them. */
static void trim_blocks(pith_node *root)
{
    pith_doc_iter it;
    pith_doc_iter_init(&it, root);
    while (pith_doc_iter_next(&it)) {
        pith_node *n = it.cur;
        if (it.entering || n->type != PITH_NODE_TEXT)
            continue;
        if (!n->next && n->len > 0 && n->text[n->len - 1] == ' ') {
            /* last text of its container: drop the trailing space */
            const pith_node *p = n->parent;
            if (p && (p->type == PITH_NODE_PARAGRAPH || p->type == PITH_NODE_HEADING ||
                      !pith_node_is_inline(p->type) || !p->next))
                n->text[--n->len] = '\0';
        }
    }
}

bool pith_build_doc(pith_ctx *ctx, uint32_t root, pith_doc *doc)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.ctx = ctx;
    b.doc = doc;
    b.no_tables = (ctx->opt->flags & PITH_OPT_NO_TABLES) != 0;
    doc->root = pith_node_new(doc, PITH_NODE_DOCUMENT);
    if (!doc->root)
        return false;
    b.block = doc->root;
    pith_walker w;
    pith_walker_init(&w, &ctx->dom, root, PITH_EL_DROPPED | PITH_EL_REJECTED);
    pith_walk_event ev;
    while ((ev = pith_walker_next(&w)) != PITH_WALK_DONE && !doc->oom) {
        if (ev == PITH_WALK_ENTER) {
            if (w.el == root)
                continue;
            enter(&b, w.el);
        } else if (ev == PITH_WALK_LEAVE) {
            if (w.el == root)
                continue;
            leave(&b, w.el);
        } else if (b.code) {
            add_code_text(&b, w.text->v.text.text);
        } else {
            add_text(&b, w.text->v.text.text);
        }
    }
    bool oom = w.oom || doc->oom || b.text.oom;
    pith_walker_free(&w);
    pith_buf_free(&b.text);
    if (oom)
        return false;
    trim_blocks(doc->root);
    prune_empty(doc->root);
    return true;
}
