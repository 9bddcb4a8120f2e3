/*
 * tree.c — the kept blocks of a text page become the article tree of
 * doc/, the one every renderer reads.
 *
 *   paragraph  PARAGRAPH; its lines, where the text broke them without
 *              wrapping, parted by LINE_BREAKs, as <br> is
 *   heading    HEADING of its level; a short line without final
 *              punctuation right before prose is a heading too
 *   item       LIST > ITEM > PARAGRAPH, consecutive items in one list,
 *              deeper items in a list inside the item before them;
 *              numbered items make an ordered list from their first number
 *   quote      QUOTE > PARAGRAPH, consecutive quote blocks in one quote
 */
#include <string.h>

#include "content/units.h"
#include "doc/doc.h"
#include "text/page.h"
#include "text/tree.h"

#define GUESSED_HEADING_MAX_CHARS 100
#define GUESSED_HEADING_MAX_WORDS 12
#define MAX_LIST_DEPTH 8

typedef struct tree_state {
    pith_doc *doc;
    const pith_tpage *page;
    pith_node *lists[MAX_LIST_DEPTH]; /* open lists, outermost first */
    int depth;
    pith_node *quote;     /* the open quote */
    uint32_t prev;        /* the last block put in the tree */
} tree_state;

/* The block's text into parent: its lines parted by LINE_BREAKs. */
static bool add_text(tree_state *st, pith_node *parent, uint32_t i)
{
    const char *s = pith_tblock_text(st->page, i);
    size_t n = st->page->b[i].len;
    while (n > 0) {
        const char *nl = memchr(s, '\n', n);
        size_t k = nl ? (size_t)(nl - s) : n;
        pith_node *t = pith_node_new(st->doc, PITH_NODE_TEXT);
        if (!t || !pith_node_set_text(st->doc, t, s, k))
            return false;
        pith_node_append(parent, t);
        if (!nl)
            break;
        pith_node *br = pith_node_new(st->doc, PITH_NODE_LINE_BREAK);
        if (!br)
            return false;
        pith_node_append(parent, br);
        s += k + 1;
        n -= k + 1;
    }
    return true;
}

static pith_node *new_block(tree_state *st, pith_node *parent, pith_node_type type)
{
    pith_node *n = pith_node_new(st->doc, type);
    if (n)
        pith_node_append(parent, n);
    return n;
}

/* Is block i prose: a paragraph the classifier took for good text? */
static bool prose_at(const pith_tpage *page, uint32_t i)
{
    return i < page->n && page->b[i].role == PITH_TR_KEPT &&
           page->b[i].kind == PITH_TB_PARAGRAPH &&
           (page->b[i].cls == PITH_UNIT_GOOD || page->b[i].cls == PITH_UNIT_NEAR_GOOD);
}

/* A short line without final punctuation that stands before prose. */
static bool guessed_heading(const pith_tpage *page, uint32_t i, uint32_t next)
{
    const pith_tblock *blk = &page->b[i];
    if (blk->kind != PITH_TB_PARAGRAPH || blk->chars > GUESSED_HEADING_MAX_CHARS ||
        blk->words > GUESSED_HEADING_MAX_WORDS || blk->words == 0 || blk->sentence_end ||
        !blk->chunk_start || !prose_at(page, next))
        return false;
    char last = pith_tblock_text(page, i)[blk->len - 1];
    return last != ',' && last != ':' && last != ';' && last != '-';
}

static void close_lists(tree_state *st)
{
    st->depth = 0;
}

/* The list an item of depth level goes to, opened as needed. */
static pith_node *list_for(tree_state *st, const pith_tblock *blk)
{
    int level = blk->level < MAX_LIST_DEPTH ? blk->level : MAX_LIST_DEPTH - 1;
    if (level > st->depth)
        level = st->depth; /* a deeper item without a parent item */
    while (st->depth > level + 1)
        st->depth--;
    bool ordered = blk->number >= 0;
    if (st->depth == level + 1 && st->lists[level]->ordered != ordered)
        st->depth = level; /* a bullet after numbers: a new list */
    if (st->depth == level + 1)
        return st->lists[level];
    pith_node *parent = st->doc->root;
    if (level > 0 && st->lists[level - 1]->last)
        parent = st->lists[level - 1]->last;
    pith_node *list = new_block(st, parent, PITH_NODE_LIST);
    if (!list)
        return NULL;
    list->ordered = ordered;
    list->start = ordered ? blk->number : 1;
    st->lists[level] = list;
    st->depth = level + 1;
    return list;
}

static bool put_item(tree_state *st, uint32_t i)
{
    pith_node *list = list_for(st, &st->page->b[i]);
    pith_node *item = list ? new_block(st, list, PITH_NODE_ITEM) : NULL;
    pith_node *para = item ? new_block(st, item, PITH_NODE_PARAGRAPH) : NULL;
    return para && add_text(st, para, i);
}

static bool put_quote(tree_state *st, uint32_t i)
{
    if (!st->quote || st->prev + 1 != i)
        st->quote = new_block(st, st->doc->root, PITH_NODE_QUOTE);
    pith_node *para = st->quote ? new_block(st, st->quote, PITH_NODE_PARAGRAPH) : NULL;
    return para && add_text(st, para, i);
}

static bool put_paragraph(tree_state *st, uint32_t i, uint32_t next)
{
    const pith_tblock *blk = &st->page->b[i];
    if (blk->kind == PITH_TB_HEADING || guessed_heading(st->page, i, next)) {
        pith_node *h = new_block(st, st->doc->root, PITH_NODE_HEADING);
        if (!h)
            return false;
        h->level = blk->kind == PITH_TB_HEADING && blk->level ? blk->level : 2;
        return add_text(st, h, i);
    }
    pith_node *para = new_block(st, st->doc->root, PITH_NODE_PARAGRAPH);
    return para && add_text(st, para, i);
}

bool pith_text_tree(const pith_tpage *page, pith_doc *doc)
{
    doc->root = pith_node_new(doc, PITH_NODE_DOCUMENT);
    if (!doc->root)
        return false;
    tree_state st;
    memset(&st, 0, sizeof st);
    st.doc = doc;
    st.page = page;
    st.prev = UINT32_MAX;
    for (uint32_t i = 0; i < page->n; i++) {
        const pith_tblock *blk = &page->b[i];
        if (blk->role != PITH_TR_KEPT)
            continue;
        uint32_t next = i + 1;
        while (next < page->n && page->b[next].role != PITH_TR_KEPT)
            next++;
        bool ok;
        if (blk->kind == PITH_TB_ITEM) {
            ok = put_item(&st, i);
        } else {
            close_lists(&st);
            if (blk->kind == PITH_TB_QUOTE)
                ok = put_quote(&st, i);
            else
                ok = put_paragraph(&st, i, next);
            if (blk->kind != PITH_TB_QUOTE)
                st.quote = NULL;
        }
        if (!ok)
            return false;
        st.prev = i;
    }
    pith_doc_normalize(doc);
    return !doc->oom;
}
