/*
 * text.c — the text front end's entry point (see text.h): lines to blocks,
 * the batch's repeated lines, the judgement, the metadata lines, --explain,
 * the article tree.
 */
#include "text/text.h"

#include <string.h>

#include "content/units.h"
#include "input/markup.h"
#include "meta/found.h"
#include "pagetype/pagetype.h"
#include "text/judge.h"
#include "text/lineset.h"
#include "text/page.h"
#include "text/tree.h"
#include "util/utf8.h"

#define SNIPPET_BYTES 80
#define CONFIDENT_CHARS 1000.0 /* prose that makes an article beyond doubt */

bool pith_text_wanted(const pith_options *opt, const char *utf8, size_t n)
{
    if (opt->input == PITH_INPUT_TEXT)
        return true;
    return opt->input == PITH_INPUT_AUTO && !pith_input_has_markup(utf8, n);
}

/* The kind of a block as the tag it would be in HTML, for --explain. */
static const char *block_tag(const pith_tblock *blk)
{
    static const char *const HEADINGS[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
    switch (blk->kind) {
    case PITH_TB_HEADING:
        return HEADINGS[blk->level >= 1 && blk->level <= 6 ? blk->level - 1 : 1];
    case PITH_TB_ITEM:
        return "li";
    case PITH_TB_QUOTE:
        return "blockquote";
    case PITH_TB_RULE:
        return "hr";
    default:
        return "p";
    }
}

/* Report every block that is not article text to the explain hook. */
static void explain(const pith_ctx *ctx, const pith_tpage *page)
{
    for (uint32_t i = 0; i < page->n; i++) {
        const pith_tblock *blk = &page->b[i];
        if (blk->role == PITH_TR_KEPT)
            continue;
        const char *s = pith_tblock_text(page, i);
        size_t cut = blk->len;
        if (cut > SNIPPET_BYTES) {
            cut = SNIPPET_BYTES;
            while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
                cut--; /* not inside a character */
        }
        char snippet[SNIPPET_BYTES + 1];
        memcpy(snippet, s, cut);
        snippet[cut] = '\0';
        pith_removal r;
        r.stage = "text";
        r.rule = blk->rule ? blk->rule : "removed";
        r.tag = block_tag(blk);
        r.snippet = snippet;
        r.text_len = blk->len;
        r.line = blk->line;
        ctx->opt->explain(&r, ctx->opt->explain_userdata);
    }
}

/* How sure the article is one: how much prose it holds (paragraphs the
 * classifier finds good, or nearly so and ending as sentences do). */
static double confidence(const pith_tpage *page)
{
    double prose = 0;
    for (uint32_t i = 0; i < page->n; i++) {
        const pith_tblock *blk = &page->b[i];
        if (blk->role == PITH_TR_KEPT &&
            (blk->cls == PITH_UNIT_GOOD || (blk->cls == PITH_UNIT_NEAR_GOOD && blk->sentence_end)))
            prose += blk->chars;
    }
    return prose >= CONFIDENT_CHARS ? 1.0 : prose / CONFIDENT_CHARS;
}

/* The judgement of page, its metadata and its article tree into doc. */
static void extract_page(pith_ctx *ctx, pith_tpage *page, pith_doc *doc)
{
    if (ctx->opt->lineset)
        pith_lineset_mark(ctx->opt->lineset, ctx->opt->lineset_seq, ctx->opt->url, page);
    if (ctx->opt->pagetype) { /* valid: pith.c checked the options */
        page->type = (uint8_t)pith_pagetype_from_name(ctx->opt->pagetype);
        page->type_given = true;
        page->type_reason = "given by the caller";
    }
    page->lines = ctx->opt->lineset;
    uint32_t first, last;
    if (!pith_text_judge(page, ctx->arena, &first, &last))
        return;
    pith_mfound f;
    pith_mfound_init(&f, ctx->arena);
    pith_mfound_adds(&f, PITH_MF_URL, PITH_MS_DOCUMENT, ctx->opt->url, 0);
    pith_text_headline(page, first, last, &f);
    if (ctx->opt->explain)
        explain(ctx, page);
    ctx->dom.body = PITH_NO_EL; /* no parsed page: the merge reads none */
    pith_meta_merge(ctx, &f);
    if (page->lang_clear)
        ctx->meta.stop_language = pith_rules_stop_lang(page->lang);
    ctx->confidence = confidence(page);
    ctx->pagetype = (pith_pagetype)page->type;
    ctx->pagetype_reason = page->type_reason;
    pith_text_tree(page, doc);
}

void pith_text_extract(pith_ctx *ctx, const char *text, size_t len, pith_doc *doc)
{
    pith_tpage page;
    /* the batch's add read the page already, most often: its blocks are
     * used where they are, and given back once the document is made */
    pith_lineset_page *held = ctx->opt->lineset
                                  ? pith_lineset_take(ctx->opt->lineset, ctx->opt->lineset_seq,
                                                      text, len, &page, ctx->arena->shared)
                                  : NULL;
    if (held || pith_tpage_read(&page, ctx->arena, text, len))
        extract_page(ctx, &page, doc);
    pith_lineset_page_free(held);
}
