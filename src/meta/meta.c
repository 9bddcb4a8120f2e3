/*
 * meta.c — the metadata stage's first sources: <title>, <meta> tags,
 * <html lang>, <link rel=canonical> and <base href>.
 */
#include "meta.h"

#include <string.h>
#include <strings.h>

#include "../context.h"
#include "../util/utf8.h"

/* Copy s into the result arena with whitespace collapsed and trimmed;
 * NULL when nothing is left. */
static const char *clean_copy(pith_ctx *ctx, const char *s)
{
    if (!s)
        return NULL;
    pith_buf b = PITH_BUF_INIT;
    bool space = false;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = b.len > 0;
            continue;
        }
        if (space)
            pith_buf_putc(&b, ' ');
        space = false;
        pith_buf_putc(&b, (char)c);
    }
    const char *out = NULL;
    pith_buf valid = PITH_BUF_INIT;
    pith_utf8_repair(&valid, b.data ? b.data : "", b.len);
    if (valid.len && !valid.oom && !b.oom)
        out = pith_arena_strndup(ctx->out, valid.data, valid.len);
    pith_buf_free(&b);
    pith_buf_free(&valid);
    return out;
}

/* Text of the first text child of an element (for <title>). */
static const char *first_text(const pith_el *el)
{
    GumboVector *kids = &el->node->v.element.children;
    for (unsigned k = 0; k < kids->length; k++) {
        GumboNode *c = kids->data[k];
        if (c->type == GUMBO_NODE_TEXT)
            return c->v.text.text;
    }
    return NULL;
}

void pith_meta_extract(pith_ctx *ctx)
{
    pith_meta *m = &ctx->meta;
    pith_dom *dom = &ctx->dom;
    const char *title = NULL, *og_title = NULL;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        switch (el->tag) {
        case GUMBO_TAG_TITLE:
            if (!title && el->parent != PITH_NO_EL &&
                dom->els[el->parent].tag != GUMBO_TAG_SVG)
                title = first_text(el);
            break;
        case GUMBO_TAG_META: {
            const char *key = pith_attr(el, "property");
            if (!key)
                key = pith_attr(el, "name");
            const char *content = pith_attr(el, "content");
            if (!key || !content)
                break;
            if (!strcasecmp(key, "og:title") && !og_title)
                og_title = content;
            else if (!strcasecmp(key, "description") && !m->description)
                m->description = clean_copy(ctx, content);
            else if (!strcasecmp(key, "og:site_name") && !m->sitename)
                m->sitename = clean_copy(ctx, content);
            break;
        }
        case GUMBO_TAG_HTML:
            if (!m->language && pith_attr(el, "lang") && *pith_attr(el, "lang")) {
                m->language = clean_copy(ctx, pith_attr(el, "lang"));
                m->language_source = "declared";
            }
            break;
        default:
            break;
        }
    }
    m->title = clean_copy(ctx, og_title ? og_title : title);
}
