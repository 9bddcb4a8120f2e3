/*
 * doc.c — nodes of the article tree and their iterator (see doc.h).
 */
#include "doc.h"

#include <stdint.h>
#include <string.h>

#include "util/budget.h"
#include "util/buf.h"

bool pith_node_is_block(pith_node_type t)
{
    return t >= PITH_NODE_HEADING && t <= PITH_NODE_THEMATIC_BREAK;
}

bool pith_node_is_inline(pith_node_type t)
{
    return t >= PITH_NODE_TEXT;
}

pith_node *pith_node_new(pith_doc *doc, pith_node_type type)
{
    pith_node *n = pith_arena_calloc(doc->arena, 1, sizeof *n);
    if (!n) {
        doc->oom = true;
        return NULL;
    }
    n->type = type;
    return n;
}

void pith_node_append(pith_node *parent, pith_node *child)
{
    child->parent = parent;
    child->next = NULL;
    child->prev = parent->last;
    if (parent->last)
        parent->last->next = child;
    else
        parent->first = child;
    parent->last = child;
}

void pith_node_insert_before(pith_node *sibling, pith_node *node)
{
    pith_node *p = sibling->parent;
    node->parent = p;
    node->next = sibling;
    node->prev = sibling->prev;
    if (sibling->prev)
        sibling->prev->next = node;
    else if (p)
        p->first = node;
    sibling->prev = node;
}

void pith_node_insert_after(pith_node *sibling, pith_node *node)
{
    pith_node *p = sibling->parent;
    node->parent = p;
    node->prev = sibling;
    node->next = sibling->next;
    if (sibling->next)
        sibling->next->prev = node;
    else if (p)
        p->last = node;
    sibling->next = node;
}

void pith_node_unlink(pith_node *node)
{
    pith_node *p = node->parent;
    if (!p)
        return;
    if (node->prev)
        node->prev->next = node->next;
    else
        p->first = node->next;
    if (node->next)
        node->next->prev = node->prev;
    else
        p->last = node->prev;
    node->parent = node->next = node->prev = NULL;
}

char *pith_doc_strdup(pith_doc *doc, const char *s, size_t n)
{
    char *p = pith_arena_strndup(doc->arena, s, n);
    if (!p)
        doc->oom = true;
    return p;
}

bool pith_node_set_text(pith_doc *doc, pith_node *node, const char *s, size_t n)
{
    if (n >= UINT32_MAX) {
        doc->oom = true;
        return false;
    }
    node->text = pith_doc_strdup(doc, s, n);
    node->len = node->text ? (uint32_t)n : 0;
    node->cap = node->text ? (uint32_t)n + 1 : 0;
    return node->text != NULL;
}

void pith_node_skip_text(pith_node *node, size_t k)
{
    node->text += k;
    node->len -= (uint32_t)k;
    node->cap = node->cap > k ? node->cap - (uint32_t)k : 0;
}

bool pith_node_append_text(pith_doc *doc, pith_node *node, const char *s, size_t n)
{
    if (n > UINT32_MAX / 2 - node->len - 1) {
        doc->oom = true;
        return false;
    }
    uint32_t need = (uint32_t)(node->len + n + 1);
    if (need > node->cap || !node->text) {
        uint32_t cap = node->cap > 32 ? node->cap : 32;
        while (cap < need)
            cap *= 2;
        char *p = pith_arena_alloc(doc->arena, cap);
        if (!p) {
            doc->oom = true;
            return false;
        }
        if (node->len)
            memcpy(p, node->text, node->len);
        node->text = p; /* the old block stays in the arena: at most half is lost */
        node->cap = cap;
    }
    memcpy(node->text + node->len, s, n);
    node->len += (uint32_t)n;
    node->text[node->len] = '\0';
    return true;
}

void pith_doc_iter_init(pith_doc_iter *it, pith_node *root)
{
    it->root = root;
    it->cur = NULL;
    it->entering = false;
}

bool pith_doc_iter_next(pith_doc_iter *it)
{
    if (!pith_budget_ok(pith_budget_current()))
        return false;
    pith_node *cur = it->cur;
    if (!cur) {
        if (!it->root)
            return false;
        it->cur = it->root;
        it->entering = true;
        return true;
    }
    if (it->entering && cur->first) {
        it->cur = cur->first;
        it->entering = true;
        return true;
    }
    if (it->entering) { /* a leaf: now leave it */
        it->entering = false;
        return true;
    }
    if (cur == it->root)
        return false;
    if (cur->next) {
        it->cur = cur->next;
        it->entering = true;
        return true;
    }
    it->cur = cur->parent;
    it->entering = false;
    return it->cur != NULL;
}

void pith_doc_iter_skip_children(pith_doc_iter *it)
{
    if (it->cur && it->entering)
        it->entering = false;
}

void pith_node_plain_text(const pith_node *node, pith_buf *out)
{
    pith_doc_iter it;
    pith_doc_iter_init(&it, (pith_node *)node);
    while (pith_doc_iter_next(&it)) {
        const pith_node *n = it.cur;
        if (!it.entering)
            continue;
        if ((n->type == PITH_NODE_TEXT || n->type == PITH_NODE_CODE ||
             n->type == PITH_NODE_CODE_BLOCK) && n->text)
            pith_buf_append(out, n->text, n->len);
        else if (n->type == PITH_NODE_LINE_BREAK)
            pith_buf_putc(out, ' ');
    }
}
