/*
 * fallback.c — the ladder the content stage climbs down when the page's
 * visible content gave no text: sites that fill their pages with scripts
 * still tell crawlers what the page holds, in a few places.
 *
 *   jsonld       the longest articleBody, text or description the page's
 *                JSON-LD gives (a post's body, a product's description)
 *   densest      the element holding the most prose of the whole page, even
 *                inside a box the clean stage took for boilerplate
 *   description  the page's own description (meta tags)
 *
 * Each rung builds the article tree from what it found and names itself, so
 * the result says where its text came from; the confidence is lowered.
 * Earlier rungs (the <noscript> copy of the page, a page hidden until a
 * script runs) are taken by the clean stage, which reveals them.
 */
#include <jansson.h>
#include <string.h>

#include "content.h"
#include "meta/jsonld.h"
#include "util/budget.h"

#define FALLBACK_TEXT_MIN 150   /* bytes of JSON-LD text worth an article */
#define FALLBACK_PROSE_MIN 150  /* non-space bytes of prose in the densest element */
#define FALLBACK_MAX_VISIT 20000 /* JSON values looked at */
#define FALLBACK_CONFIDENCE 0.2  /* how sure pith is of a fallback's text */

/* Types whose descriptions speak of the site or a person, not the page. */
static bool describes_the_site(json_t *obj)
{
    static const char *const types[] = {"Organization", "Corporation", "WebSite", "Person",
                                        "Brand", "ImageObject", "BreadcrumbList", "ListItem",
                                        "SearchAction", "LocalBusiness", NULL};
    json_t *t = json_object_get(obj, "@type");
    if (json_is_array(t))
        t = json_array_get(t, 0);
    if (!json_is_string(t))
        return false;
    const char *name = json_string_value(t);
    const char *slash = strrchr(name, '/');
    if (slash)
        name = slash + 1;
    for (const char *const *k = types; *k; k++)
        if (strcmp(name, *k) == 0)
            return true;
    return false;
}

/* The longest articleBody, text or description string of the page's
 * JSON-LD (walked without recursion), copied into out. */
static void longest_jsonld_text(pith_ctx *ctx, pith_buf *out)
{
    static const char *const keys[] = {"articleBody", "text", "description", NULL};
    size_t charged;
    json_t *all = pith_jsonld_read_page(&ctx->dom, &charged);
    if (!all)
        return;
    json_t *stack[64];
    size_t depth = 0, visited = 0;
    const char *best = NULL;
    size_t best_len = 0;
    stack[depth++] = all;
    while (depth > 0 && visited++ < FALLBACK_MAX_VISIT) {
        json_t *v = stack[--depth];
        if (json_is_array(v)) {
            for (size_t k = json_array_size(v); k-- > 0 && depth < 64;)
                stack[depth++] = json_array_get(v, k);
        } else if (json_is_object(v)) {
            bool site = describes_the_site(v);
            for (const char *const *key = keys; *key && !site; key++) {
                json_t *s = json_object_get(v, *key);
                if (json_is_string(s) && json_string_length(s) > best_len) {
                    best = json_string_value(s);
                    best_len = json_string_length(s);
                }
            }
            const char *key;
            json_t *child;
            json_object_foreach(v, key, child) {
                if ((json_is_object(child) || json_is_array(child)) && depth < 64)
                    stack[depth++] = child;
            }
        }
    }
    if (best)
        pith_buf_append(out, best, best_len);
    json_decref(all);
    pith_budget_release(pith_budget_current(), charged);
}

static bool try_text(pith_ctx *ctx, pith_doc *doc, const char *text, size_t n, size_t min)
{
    if (!text || n < min)
        return false;
    return pith_build_text(doc, text, n) && doc->root && doc->root->first;
}

/* The densest element: the clean stage's choice (the element holding the
 * most prose directly), built whatever was dropped around it. */
static bool try_densest(pith_ctx *ctx, pith_doc *doc)
{
    pith_dom *dom = &ctx->dom;
    uint32_t d = dom->prose;
    if (d == PITH_NO_EL || (dom->els[d].flags & PITH_EL_HIDDEN) ||
        pith_el_prose(dom, d, true).chars < FALLBACK_PROSE_MIN)
        return false;
    dom->els[d].flags &= ~(uint32_t)(PITH_EL_DROPPED | PITH_EL_REJECTED);
    return pith_build_doc(ctx, d, doc) && doc->root && doc->root->first;
}

const char *pith_content_fallback(pith_ctx *ctx, pith_doc *doc)
{
    pith_buf text = PITH_BUF_INIT;
    const char *rung = NULL;
    longest_jsonld_text(ctx, &text);
    if (try_text(ctx, doc, text.data, text.len, FALLBACK_TEXT_MIN))
        rung = "jsonld";
    else if (try_densest(ctx, doc))
        rung = "densest";
    else if (ctx->meta.description &&
             try_text(ctx, doc, ctx->meta.description, strlen(ctx->meta.description), 1))
        rung = "description";
    pith_buf_free(&text);
    if (rung)
        ctx->confidence = FALLBACK_CONFIDENCE;
    return rung;
}
