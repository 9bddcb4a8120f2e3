/*
 * classify.c — the paragraph classifier, the cascade's second opinion.
 *
 * The page is cut into paragraph units: every leaf block (p, li, h1-h6, td,
 * a div of inline content...) and the text written directly in a
 * container, in page order.  units.c judges them (length, link density,
 * stop words, then context, as jusText does).  The content stage compares
 * this verdict with the scorer's container.
 */
#include "classify.h"

#include <string.h>

/* A leaf block: block-level, with text and no block inside. */
static bool is_leaf_block(const pith_el *el)
{
    return (el->flags & PITH_EL_BLOCK) && el->blocks == 0 && el->tag != GUMBO_TAG_BR &&
           el->text > 0;
}

/* Collect units in page order, with their stop-word hits in every
 * language. */
static bool collect(pith_ctx *ctx, uint32_t root, uint32_t skip, pith_units *u)
{
    pith_dom *dom = &ctx->dom;
    pith_buf text = PITH_BUF_INIT;
    bool ok = true;
    for (uint32_t i = root; i < dom->els[root].end && ok; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & skip) {
            i = el->end - 1;
            continue;
        }
        bool leaf = is_leaf_block(el);
        bool own = !leaf && (el->flags & PITH_EL_BLOCK) && el->blocks > 0 &&
                   pith_el_prose(dom, i, false).chars >= 20;
        if (!leaf && !own)
            continue;
        pith_buf_clear(&text);
        pith_el_text_ex(dom, i, &text, PITH_UNIT_MAX_TEXT, skip, own);
        if (text.len == 0)
            continue;
        uint32_t chars = own ? pith_el_prose(dom, i, false).chars : el->text;
        float links = (own || !el->text) ? 0 : (float)el->link_text / el->text;
        pith_unit *x = pith_units_add(u, ctx->arena, text.data, text.len, chars, links);
        if (!x) {
            ok = false;
            break;
        }
        x->el = i;
        x->own = own;
        x->heading = pith_tag_is_heading((GumboTag)el->tag);
        if (!leaf)
            continue;
        i = el->end - 1; /* a leaf's descendants are inline */
    }
    pith_buf_free(&text);
    return ok && !text.oom;
}

bool pith_classify(pith_ctx *ctx, uint32_t root, uint32_t skip, pith_units *u)
{
    pith_units_init(u);
    if (root == PITH_NO_EL)
        return true;
    return collect(ctx, root, skip, u) && pith_units_judge(u, ctx->arena);
}
