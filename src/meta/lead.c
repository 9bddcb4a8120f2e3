/*
 * lead.c — the description of a page that declares none: the first
 * paragraph of the extracted article, as reader views show it for an
 * excerpt.  Runs after the article tree exists.
 */
#include "meta.h"

#include "doc/doc.h"
#include "util/utf8.h"
#include "found.h"

const char *pith_meta_lead_paragraph(pith_arena *out, struct pith_node *article)
{
    if (!article)
        return NULL;
    pith_doc_iter it;
    pith_doc_iter_init(&it, article);
    pith_buf text = PITH_BUF_INIT, squashed = PITH_BUF_INIT;
    const char *lead = NULL;
    while (!lead && pith_doc_iter_next(&it)) {
        if (!it.entering || it.cur->type != PITH_NODE_PARAGRAPH)
            continue;
        pith_buf_clear(&text);
        pith_buf_clear(&squashed);
        pith_node_plain_text(it.cur, &text);
        pith_meta_squash(&squashed, text.data ? text.data : "", text.len);
        if (squashed.len && !squashed.oom)
            lead = pith_arena_strndup(out, squashed.data, squashed.len);
    }
    pith_buf_free(&text);
    pith_buf_free(&squashed);
    return lead;
}
