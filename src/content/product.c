/*
 * product.c — a product page's lines drawn twice.  A shop's page builder
 * draws its option pickers, price lines and feature strips once for wide
 * screens and once for narrow ones (or again in a sticky bar), in boxes
 * apart: the copies are not siblings and each is followed by other text,
 * so the content stage's repeat rules leave them.  A reader reads each
 * once: the first copy stays, a later line or list that says exactly the
 * same goes, and so does a later list's item of one line that an earlier
 * item or line said (lists that differ in a line or two: each platform's
 * requirements).  Sentences said twice stay: a shop that shows its FAQ both
 * in a tab and below it shows it twice.  And the lines of a product's or
 * a landing page's that are one short link, a way to another page.
 */
#include "internal.h"

#define PRODUCT_COPY_MIN_TEXT 12 /* non-space bytes: a name and a price, a "Color: Black"
                                    line; not a lone "Yes", "S" or "$9" */
#define PRODUCT_COPY_LINE_MAX 80 /* non-space bytes: a label, a price or option line (as
                                    clean.c's REPEATED_BLOCK_MIN_TEXT); more is sentences */
#define PRODUCT_COPY_READ 4096   /* bytes of a block compared: as much text equal is a copy */
#define PRODUCT_COPY_MIN_SLOTS 64 /* the hash set's least size (it is made twice the region's
                                    elements at least: half empty, a probe ends soon) */

static bool list_or_table(GumboTag t)
{
    return t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL || t == GUMBO_TAG_TABLE;
}

/* A block read as one piece: a list or a table whole (its items may say
 * what another list's items say, as two columns of specifications do),
 * outside code, else a line (pith_content_line_block). */
static bool whole_block(const pith_el *el)
{
    return pith_content_line_block(el) ||
           (list_or_table((GumboTag)el->tag) && (el->flags & PITH_EL_BLOCK) &&
            !(el->flags & PITH_EL_IN_PRE));
}

/* A block whose copy goes: a list or table, or a line of a label's or a
 * price's length. */
static bool copy_goes(const pith_el *el)
{
    return el->text >= PRODUCT_COPY_MIN_TEXT &&
           (list_or_table((GumboTag)el->tag) || el->text <= PRODUCT_COPY_LINE_MAX);
}

/* Was a block of hash h (pith_content_hash_text) seen before?  Records
 * it if not. */
static bool seen_before(uint64_t *seen, uint32_t cap, uint64_t h)
{
    uint32_t slot = (uint32_t)h & (cap - 1);
    while (seen[slot] && seen[slot] != h)
        slot = (slot + 1) & (cap - 1);
    if (seen[slot])
        return true;
    seen[slot] = h;
    return false;
}

/* The items of a list that is no copy as a whole, read one by one: an
 * item of one line that says exactly what an earlier item or line said
 * goes.  A shop draws the same facts in several lists that differ in a
 * line or two (each platform's system requirements, each variant's or
 * each tab's list of features, minimum and recommended), and a reader
 * reads each fact once.  Items of several lines, and tables (a comparison
 * of variants repeats its row labels column by column), are not read so. */
static void item_copies(pith_ctx *ctx, uint32_t list, uint64_t *seen, uint32_t cap)
{
    pith_dom *dom = &ctx->dom;
    for (uint32_t j = list + 1; j < dom->els[list].end; j++) {
        const pith_el *it = &dom->els[j];
        if (it->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) {
            j = it->end - 1;
            continue;
        }
        if (it->tag != GUMBO_TAG_LI || it->blocks > 0 || !copy_goes(it))
            continue;
        const char *text = pith_ctx_text(ctx, j, PRODUCT_COPY_READ);
        if (seen_before(seen, cap, pith_content_hash_text(text, ctx->scratch.len)))
            pith_ctx_reject(ctx, j, "content:product-copy");
    }
}

void pith_content_product_copies(pith_ctx *ctx, uint32_t region)
{
    if (ctx->pagetype != PITH_PAGE_PRODUCT)
        return;
    pith_dom *dom = &ctx->dom;
    uint32_t cap = PRODUCT_COPY_MIN_SLOTS;
    while (cap < 2 * (dom->els[region].end - region))
        cap *= 2;
    uint64_t *seen = pith_arena_calloc(ctx->arena, cap, sizeof *seen);
    if (!seen)
        return;
    for (uint32_t i = region + 1; i < dom->els[region].end; i++) {
        const pith_el *el = &dom->els[i];
        bool gone = (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) != 0;
        if (!gone && !whole_block(el))
            continue;
        uint32_t block = i;
        i = el->end - 1;
        if (gone || !copy_goes(el))
            continue;
        const char *text = pith_ctx_text(ctx, block, PRODUCT_COPY_READ);
        if (seen_before(seen, cap, pith_content_hash_text(text, ctx->scratch.len)))
            pith_ctx_reject(ctx, block, "content:product-copy");
        else if (el->tag == GUMBO_TAG_UL || el->tag == GUMBO_TAG_OL)
            item_copies(ctx, block, seen, cap);
    }
}

#define LINK_LINE_MAX_WORDS 6 /* a link's label: "See all Larkfield products", "Read full
                                 details", a brand's or a category's name; not a sentence */

/* A line that is one link and nothing else, a few words long, standing
 * alone between the page's blocks (not an item of a list, nor a line of
 * an item, as a list of paragraphs writes it, nor a heading): a way to
 * another page ("See all Larkfield products", "Visit the maker's store",
 * "Read full details"; on a landing page its buttons, "Read the case
 * study", "Watch demo", "Start for free"), not what the page says of its
 * product or its service. */
static bool lone_link_line(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    GumboTag t = (GumboTag)el->tag;
    if (el->links != 1 || el->text == 0 || el->link_text != el->text || t == GUMBO_TAG_LI ||
        pith_tag_is_heading(t))
        return false;
    if (el->parent != PITH_NO_EL && dom->els[el->parent].tag == GUMBO_TAG_LI)
        return false;
    return el->words <= LINK_LINE_MAX_WORDS;
}

#define CARD_LEVELS 3 /* boxes up from a link's box to a card of a grid: its title's
                        link is the card's name, not a way off the page */

/* The same line set inline in a box of blocks: a link with nothing but
 * blocks (or the box's edges) around it, and no text of the box's own
 * ("View full details" after the product's form), outside the cards of a
 * list or a grid (a card names its product in such a link).  Each run of inline
 * children between two blocks is read once: a run whose one child with
 * text is a lone link goes. */
static void lone_inline_links(pith_ctx *ctx, uint32_t box)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *b = &dom->els[box];
    GumboTag t = (GumboTag)b->tag;
    if (b->own_text > 0 || t == GUMBO_TAG_LI || pith_tag_is_cell(t) ||
        pith_tag_is_heading(t) || (b->flags & PITH_EL_IN_PRE) || !ctx->item_run ||
        pith_dom_item_up(dom, ctx->item_run, box, CARD_LEVELS, 0) != PITH_NO_EL)
        return;
    uint32_t lone = PITH_NO_EL;
    unsigned with_text = 0;
    for (uint32_t j = box + 1;; j = dom->els[j].end) {
        bool end = j >= b->end;
        if (end || (dom->els[j].flags & PITH_EL_BLOCK)) {
            if (with_text == 1 && lone != PITH_NO_EL)
                pith_ctx_reject(ctx, lone, "content:link-line");
            if (end)
                return;
            with_text = 0;
            lone = PITH_NO_EL;
            continue;
        }
        const pith_el *c = &dom->els[j];
        if ((c->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) || c->text == 0)
            continue;
        with_text++;
        lone = lone_link_line(dom, j) ? j : PITH_NO_EL;
    }
}

/* A product's page and a landing page: their lone links lead elsewhere
 * (a landing page's buttons to a sign-up, a demo, a case study, a post of
 * its blog); on the other pages of many blocks such a link is one of the
 * items (a listing's teaser, a thread's link, a grid's card). */
static bool link_lines_go(pith_pagetype t)
{
    return t == PITH_PAGE_PRODUCT || t == PITH_PAGE_SERVICE;
}

void pith_content_link_lines(pith_ctx *ctx, uint32_t region)
{
    if (!link_lines_go(ctx->pagetype))
        return;
    pith_dom *dom = &ctx->dom;
    for (uint32_t i = region + 1; i < dom->els[region].end; i++) {
        const pith_el *el = &dom->els[i];
        bool gone = (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) != 0;
        if (!gone && (el->flags & PITH_EL_BLOCK) && el->blocks > 0)
            lone_inline_links(ctx, i);
        if (!gone && (!whole_block(el) || el->blocks > 0))
            continue;
        uint32_t line = i;
        i = el->end - 1;
        if (!gone && lone_link_line(dom, line))
            pith_ctx_reject(ctx, line, "content:link-line");
    }
}
