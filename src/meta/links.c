/*
 * links.c — what the page's links declare: <link rel=canonical> (the URL),
 * rel=license (the license), rel=image_src (the image), <a rel=tag> and
 * rel="category tag" (tags and categories, outside sidebars and footers),
 * and <base href> (the base for relative links).
 */
#include <string.h>

#include "util/ascii.h"
#include "sources.h"

#define MAX_TAG_LINKS 32

const char *pith_meta_base_href(const pith_ctx *ctx)
{
    const pith_dom *dom = &ctx->dom;
    for (uint32_t i = 0; i < dom->n; i++)
        if (dom->els[i].tag == GUMBO_TAG_BASE && pith_attr(&dom->els[i], "href"))
            return pith_attr(&dom->els[i], "href");
    return NULL;
}

void pith_meta_from_links(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    pith_buf text = PITH_BUF_INIT;
    unsigned tag_links = 0;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        if (el->tag != GUMBO_TAG_LINK && el->tag != GUMBO_TAG_A)
            continue;
        const char *href = pith_attr(el, "href");
        if (!href || !pith_attr(el, "rel"))
            continue;
        if (el->tag == GUMBO_TAG_LINK) {
            if (pith_el_rel_holds(el, "canonical"))
                pith_mfound_adds(f, PITH_MF_URL, PITH_MS_LINK, href, 0);
            else if (pith_el_rel_holds(el, "image_src"))
                pith_mfound_adds(f, PITH_MF_IMAGE, PITH_MS_LINK, href, 0);
            else if (pith_el_rel_holds(el, "license"))
                pith_mfound_adds(f, PITH_MF_LICENSE, PITH_MS_LINK, href, 0);
            continue;
        }
        if (pith_el_rel_holds(el, "license")) {
            pith_mfound_adds(f, PITH_MF_LICENSE, PITH_MS_LINK, href, 0);
            continue;
        }
        bool tag = pith_el_rel_holds(el, "tag"), category = pith_el_rel_holds(el, "category");
        if ((!tag && !category) || tag_links >= MAX_TAG_LINKS || pith_meta_in_aside(ctx, f, i))
            continue;
        pith_meta_el_text(ctx, i, &text, 200);
        if (text.len) {
            pith_mfound_add(f, category ? PITH_MF_CATEGORIES : PITH_MF_TAGS, PITH_MS_LINK,
                            text.data, text.len, 0);
            tag_links++;
        }
    }
    pith_buf_free(&text);
}
