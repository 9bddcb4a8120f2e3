/*
 * cards.c — the cards of a page of items (a shop's category, a list of
 * posts, a search's results): what one card shows twice is read once.
 *
 * A card's markup often holds its name, its price or its line more than
 * once: the name as the picture's link text and again as the heading, a
 * copy laid out for small screens beside the one for large ones, the
 * regular price and the price shown (the same figure when nothing is on
 * sale).  A reader sees each once.  Inside each card of the page's grid
 * (the page-type stage's largest run of alike linked items), a block whose
 * text repeats one shown before it in the same card is rejected.  Across
 * cards nothing is compared: two products may well cost the same.
 */
#include <string.h>

#include "internal.h"

/* A block with no block inside it: one line of the card as it is shown. */
static bool leaf_block(const pith_el *el)
{
    return (el->flags & PITH_EL_BLOCK) && el->blocks == 0 && el->text > 0;
}

/* Reject the blocks of card c that repeat the block shown just before
 * them in c (compared by their visible text). */
static void dedupe_card(pith_ctx *ctx, uint32_t c)
{
    pith_dom *dom = &ctx->dom;
    pith_buf texts[2] = {PITH_BUF_INIT, PITH_BUF_INIT};
    int cur = 0;
    bool any = false;
    for (uint32_t i = c; i < dom->els[c].end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) {
            i = el->end - 1;
            continue;
        }
        if (!leaf_block(el))
            continue;
        pith_buf *now = &texts[cur], *before = &texts[1 - cur];
        pith_buf_clear(now);
        pith_el_text(dom, i, now, 0);
        if (any && now->len == before->len && !now->oom && !before->oom &&
            (now->len == 0 || memcmp(now->data, before->data, now->len) == 0))
            pith_ctx_reject(ctx, i, "content:card-repeat");
        cur = 1 - cur;
        any = true;
        i = el->end - 1;
    }
    pith_buf_free(&texts[0]);
    pith_buf_free(&texts[1]);
}

void pith_content_cards(pith_ctx *ctx)
{
    if ((ctx->pagetype != PITH_PAGE_COLLECTION && ctx->pagetype != PITH_PAGE_LISTING) ||
        ctx->grid_first == PITH_NO_EL)
        return;
    const pith_dom *dom = &ctx->dom;
    for (uint32_t c = ctx->grid_first; c <= ctx->grid_last; c = dom->els[c].end)
        if (!(dom->els[c].flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)))
            dedupe_card(ctx, c);
}
