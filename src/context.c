/*
 * context.c — helpers on the per-document context (see context.h).
 */
#include "context.h"

#include <string.h>

#define SNIPPET_BYTES 80

const char *pith_ctx_text(pith_ctx *ctx, uint32_t el, size_t max)
{
    pith_buf_clear(&ctx->scratch);
    pith_el_text(&ctx->dom, el, &ctx->scratch, max);
    return ctx->scratch.data ? ctx->scratch.data : "";
}

void pith_ctx_explain(pith_ctx *ctx, const char *stage, uint32_t el, const char *rule)
{
    if (!ctx->opt->explain)
        return;
    pith_buf text = PITH_BUF_INIT, tag = PITH_BUF_INIT;
    /* The text is measured before the flag that hides it is set. */
    pith_el_text(&ctx->dom, el, &text, 0);
    size_t full = text.len;
    if (text.len > SNIPPET_BYTES) {
        pith_buf_clear(&text);
        pith_el_text(&ctx->dom, el, &text, SNIPPET_BYTES);
    }
    pith_removal r;
    r.stage = stage;
    r.rule = rule;
    r.tag = pith_tag_name(&ctx->dom.els[el], &tag);
    r.snippet = text.data ? text.data : "";
    r.text_len = full;
    r.line = 0;
    ctx->opt->explain(&r, ctx->opt->explain_userdata);
    pith_buf_free(&text);
    pith_buf_free(&tag);
}

void pith_ctx_drop(pith_ctx *ctx, uint32_t el, const char *rule)
{
    pith_ctx_explain(ctx, "clean", el, rule);
    ctx->dom.els[el].flags |= PITH_EL_DROPPED;
    ctx->dom.els[el].rule = rule;
}

void pith_ctx_reject(pith_ctx *ctx, uint32_t el, const char *rule)
{
    pith_ctx_explain(ctx, "content", el, rule);
    ctx->dom.els[el].flags |= PITH_EL_REJECTED;
    ctx->dom.els[el].rule = rule;
}
