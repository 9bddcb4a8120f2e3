/*
 * document.c — what the document says of itself outside any vocabulary:
 * the <title> element (the first outside <svg>), <html lang>, and the URL
 * the caller passed in the options.  Also the helpers the sources share.
 */
#include <stdlib.h>
#include <string.h>

#include "rules/rules.h"
#include "sources.h"

#define CLASS_MAX 256

/* Class and id shorter than this together are normalised whole here and
 * by the clean stage (pith_class_and_id), whose string differs from ours
 * only by spaces, which no class pattern matches: its category stands.
 * Normalising can double a length ("aBcD" -> "a-bc-d"), hence the half. */
#define CLASS_SHARED_MAX (CLASS_MAX / 2 - 4)
/* An itemprop this short fits after such a class and id, doubled. */
#define ITEMPROP_SHARED_MAX (CLASS_MAX / 4 - 4)

/* pith_meta_class_norm from the string the clean stage normalised
 * (el->norm: "class id", or " id" without a class), when it is short:
 * normalising goes byte by byte and starts afresh after each space, so our
 * "class id itemprop " is that string, a space and the itemprop normalised
 * alone, without reading the attributes again (the meta stage asks for
 * most elements' classes four times).  0 when it cannot say. */
static size_t class_norm_shared(const pith_el *el, bool with_itemprop, char *norm, size_t cap)
{
    if (!el->norm || el->norm_len == 0 || el->norm_len >= CLASS_SHARED_MAX ||
        cap < CLASS_MAX)
        return 0;
    const char *s = el->norm;
    size_t n = el->norm_len;
    if (!el->cls) { /* the space the clean stage put before the id */
        s++;
        n--;
    }
    memcpy(norm, s, n);
    norm[n++] = ' ';
    norm[n] = '\0';
    const char *ip = with_itemprop ? pith_attr(el, "itemprop") : NULL;
    if (!ip)
        return n;
    char raw[ITEMPROP_SHARED_MAX + 1];
    size_t k = 0;
    for (; ip[k] && k < ITEMPROP_SHARED_MAX; k++)
        raw[k] = ip[k];
    if (ip[k])
        return 0;
    raw[k++] = ' ';
    return n + pith_rules_normalize_attr(raw, k, norm + n, cap - n);
}

size_t pith_meta_class_norm(const pith_el *el, bool with_itemprop, char *norm, size_t cap)
{
    size_t shared = class_norm_shared(el, with_itemprop, norm, cap);
    if (shared)
        return shared;
    const char *parts[3] = {pith_attr(el, "class"), pith_attr(el, "id"),
                            with_itemprop ? pith_attr(el, "itemprop") : NULL};
    char raw[CLASS_MAX];
    size_t n = 0;
    for (int k = 0; k < 3; k++) {
        if (!parts[k])
            continue;
        for (const char *p = parts[k]; *p && n + 1 < sizeof raw; p++)
            raw[n++] = *p;
        if (n + 1 < sizeof raw)
            raw[n++] = ' ';
    }
    if (n == 0) {
        if (cap)
            norm[0] = 0;
        return 0;
    }
    return pith_rules_normalize_attr(raw, n, norm, cap);
}

bool pith_meta_class_has_part(const pith_el *el, const char *const *words, size_t count)
{
    char norm[256];
    size_t n = pith_meta_class_norm(el, false, norm, sizeof norm), len;
    const char *cursor = norm, *tok;
    while (n && (tok = pith_meta_token(&cursor, &len)) != NULL)
        if (pith_meta_part_is_any(tok, len, words, count))
            return true;
    return false;
}

void pith_meta_el_text(const pith_ctx *ctx, uint32_t el, pith_buf *out, size_t max)
{
    pith_buf_clear(out);
    pith_el_text(&ctx->dom, el, out, max);
}

const char *pith_meta_next_own_text(const pith_el *el, unsigned *k)
{
    const GumboVector *kids = &el->node->v.element.children;
    while (*k < kids->length) {
        const GumboNode *c = kids->data[(*k)++];
        if (c->type != GUMBO_NODE_TEXT)
            continue;
        const char *t = c->v.text.text;
        while (*t == ' ' || *t == '\n' || *t == '\t' || *t == '\r' || *t == '[' || *t == '(' ||
               *t == '-' || *t == '|')
            t++;
        return t;
    }
    return NULL;
}

/* The boilerplate category of the element's class and id.  The clean
 * stage's first pass (pith_clean_prepare, run before this stage) has
 * matched every element's: that answer, unless the clean stage dropped a
 * desktop-only "hidden" (we have no use for PITH_CAT_HIDDEN either) or our
 * shorter buffer cuts the string, which is then matched again. */
static pith_category class_category(const pith_el *el)
{
    const char *cls = pith_attr(el, "class"), *id = pith_attr(el, "id");
    if (!cls && !id)
        return PITH_CAT_NONE;
    if ((cls ? strlen(cls) : 0) + (id ? strlen(id) : 0) < CLASS_SHARED_MAX)
        return (pith_category)el->cat;
    char norm[CLASS_MAX];
    size_t k = pith_meta_class_norm(el, false, norm, sizeof norm);
    return k ? pith_rules_match_class(norm, k, NULL, 0) : PITH_CAT_NONE;
}

/* True when the element's own tag or class/id marks a part of the page
 * that is not the article (comments, related lists, sidebars, footers,
 * navigation, promotions) or is hidden.
 * big: the element holds much of the page's text, so its class describes
 * the layout around the article ("modal", "site-header"), unless it says
 * comments.
 * headline: the element holds the page's headline, so a promotion's or a
 * sidebar's class names the banner or the column the article's header is
 * drawn in ("article-banner", "hero-promo", "sidebar" around the <h1>, its
 * byline and its date).
 * in_article: the element is inside the <article> that holds the page's
 * headline, so a footer's class names the article's own footer
 * ("article-template-footer"), where its date and byline often are, as the
 * <footer> tag there does (not a forum post's, with its signature). */
static bool is_aside(const pith_el *el, bool big, bool headline, bool in_article)
{
    if (pith_el_hidden_by(el))
        return true;
    switch (el->tag) {
    case GUMBO_TAG_NAV:
        return true;
    default:
        break;
    }
    pith_category cat = class_category(el);
    if (big)
        return cat == PITH_CAT_COMMENTS;
    if (headline && (cat == PITH_CAT_PROMO || cat == PITH_CAT_SIDEBAR))
        return false;
    if (in_article && cat == PITH_CAT_FOOTER)
        return false;
    switch (cat) {
    case PITH_CAT_COMMENTS: case PITH_CAT_RELATED: case PITH_CAT_SIDEBAR:
    case PITH_CAT_FOOTER: case PITH_CAT_NAV: case PITH_CAT_PROMO:
    case PITH_CAT_NEWSLETTER: case PITH_CAT_COOKIE:
        return true;
    default:
        return false;
    }
}

/* Bits of the per-element memo. */
enum {
    MEMO_DONE = 1,     /* computed */
    MEMO_ASIDE = 2,    /* it or an ancestor is an aside by tag or class */
    MEMO_ARTICLE = 4,  /* it or an ancestor is an <article> */
    MEMO_FOOTER = 8,   /* inside a page's <footer> or <aside>, not an article's */
    MEMO_HEADLINE = 16, /* holds the page's first visible <h1> (set before the walk) */
    MEMO_HEADLINE_ARTICLE = 32 /* it or an ancestor is the <article> holding that <h1>
                                  (on a page without one, the article's prose) */
};

/* Compute the memo of element i from its parent's (page_headline: the page
 * has a visible <h1>). */
static uint8_t memo_of(const pith_dom *dom, uint32_t i, uint8_t own, uint8_t parent,
                       uint32_t page_text, bool page_headline)
{
    const pith_el *el = &dom->els[i];
    bool big = page_text > 0 && (uint64_t)el->text * 5 >= (uint64_t)page_text * 2;
    uint8_t m = MEMO_DONE | (own & MEMO_HEADLINE) |
                (parent & (MEMO_ASIDE | MEMO_ARTICLE | MEMO_FOOTER | MEMO_HEADLINE_ARTICLE));
    /* An element that holds the article's main prose (the clean stage's
     * main path) is no aside, whatever its class says ("modal"). */
    bool holds_main = (el->flags & PITH_EL_HOLDS_MAIN) != 0;
    bool headline = (own & MEMO_HEADLINE) != 0;
    bool in_article = (parent & MEMO_HEADLINE_ARTICLE) != 0;
    if (holds_main ? pith_el_hidden_by(el) : is_aside(el, big, headline, in_article))
        m |= MEMO_ASIDE;
    if (el->tag == GUMBO_TAG_ARTICLE)
        m |= MEMO_ARTICLE | (headline || (holds_main && !page_headline) ? MEMO_HEADLINE_ARTICLE : 0);
    /* A page's footer or aside; an <article>'s own footer or aside (where
     * its byline and date often are) is fine, and so is one that holds the
     * article's prose or the page's headline: a tag the page left open,
     * which the parser made the parent of all that follows it. */
    if ((el->tag == GUMBO_TAG_FOOTER || el->tag == GUMBO_TAG_ASIDE) && !(parent & MEMO_ARTICLE) &&
        !holds_main && !headline)
        m |= MEMO_FOOTER;
    return m;
}

/* Where the walk up from an element stops: an ancestor already known, or
 * <body> or <html>. */
static bool ends_chain(const pith_dom *dom, const pith_mfound *f, uint32_t i)
{
    GumboTag tag = (GumboTag)dom->els[i].tag;
    return tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || (f->aside[i] & MEMO_DONE);
}

/* pith_meta_first_h1's answer, looked for from element from on
 * (PITH_NO_EL: none). */
static uint32_t find_first_h1(const pith_dom *dom, uint32_t from, bool outside_links)
{
    if (from == PITH_NO_EL)
        return PITH_NO_EL;
    for (uint32_t i = from; i < dom->els[dom->body].end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->tag == GUMBO_TAG_H1 && el->text > (outside_links ? el->link_text : 0) &&
            !(el->flags & PITH_EL_HIDDEN))
            return i;
    }
    return PITH_NO_EL;
}

uint32_t pith_meta_first_h1(const pith_dom *dom, pith_mfound *f, bool outside_links)
{
    if (!f->first_h1_known) { /* the one with text outside its links is no earlier */
        f->first_h1[false] = find_first_h1(dom, dom->body, false);
        f->first_h1[true] = find_first_h1(dom, f->first_h1[false], true);
        f->first_h1_known = true;
    }
    return f->first_h1[outside_links];
}

/* Mark the page's first visible <h1> and its ancestors MEMO_HEADLINE. */
static void mark_headline(const pith_dom *dom, pith_mfound *f)
{
    for (uint32_t p = pith_meta_first_h1(dom, f, false); p != PITH_NO_EL; p = dom->els[p].parent)
        f->aside[p] |= MEMO_HEADLINE;
}

bool pith_meta_in_aside(const pith_ctx *ctx, pith_mfound *f, uint32_t el)
{
    const pith_dom *dom = &ctx->dom;
    if (!f->aside) {
        f->aside = pith_arena_calloc(f->arena, dom->n ? dom->n : 1, 1);
        if (!f->aside)
            return false;
        mark_headline(dom, f);
    }
    if (f->aside[el] & MEMO_DONE)
        return (f->aside[el] & (MEMO_ASIDE | MEMO_FOOTER)) != 0;
    uint32_t page_text = dom->body != PITH_NO_EL ? dom->els[dom->body].text : 0;
    bool page_headline = dom->body != PITH_NO_EL && (f->aside[dom->body] & MEMO_HEADLINE);
    /* Up to the first known ancestor (or <body>: its classes describe the
     * whole page, "sidebar-left"), then down again filling the memo.  The
     * chain is counted first, so that the usual short one needs no
     * allocation. */
    size_t len = 0;
    uint32_t top = el;
    for (; top != PITH_NO_EL && !ends_chain(dom, f, top); top = dom->els[top].parent)
        len++;
    uint32_t local[64];
    uint32_t *chain = len <= sizeof local / sizeof local[0] ? local : malloc(len * sizeof *chain);
    if (!chain)
        return false;
    size_t n = 0;
    for (uint32_t i = el; i != top; i = dom->els[i].parent)
        chain[n++] = i;
    uint8_t memo = top != PITH_NO_EL && (f->aside[top] & MEMO_DONE) ? f->aside[top] : 0;
    while (n-- > 0) {
        memo = memo_of(dom, chain[n], f->aside[chain[n]], memo, page_text, page_headline);
        f->aside[chain[n]] = memo;
    }
    if (chain != local)
        free(chain);
    return (memo & (MEMO_ASIDE | MEMO_FOOTER)) != 0;
}

#define ARTICLE_LEVELS 3 /* how far above the prose the article's parts sit */

bool pith_meta_in_article(const pith_ctx *ctx, uint32_t el)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->prose == PITH_NO_EL)
        return false;
    uint32_t p = el;
    while (p != PITH_NO_EL && !(dom->els[p].flags & PITH_EL_HOLDS_MAIN))
        p = dom->els[p].parent;
    if (p == PITH_NO_EL || dom->els[p].tag == GUMBO_TAG_BODY || dom->els[p].tag == GUMBO_TAG_HTML)
        return false;
    return dom->els[dom->prose].depth <= dom->els[p].depth + ARTICLE_LEVELS;
}

/* The text of the element's text children (for <title>). */
static void own_text(const pith_el *el, pith_buf *out)
{
    GumboVector *kids = &el->node->v.element.children;
    for (unsigned k = 0; k < kids->length; k++) {
        GumboNode *c = kids->data[k];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE)
            pith_buf_puts(out, c->v.text.text);
    }
}

static bool inside_svg(const pith_dom *dom, uint32_t i)
{
    for (uint32_t p = dom->els[i].parent; p != PITH_NO_EL; p = dom->els[p].parent)
        if (dom->els[p].tag == GUMBO_TAG_SVG)
            return true;
    return false;
}

void pith_meta_from_document(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    bool have_title = false;
    pith_buf text = PITH_BUF_INIT;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        if (el->tag == GUMBO_TAG_TITLE && !have_title && !inside_svg(dom, i)) {
            pith_buf_clear(&text);
            own_text(el, &text);
            if (text.len) {
                pith_mfound_add(f, PITH_MF_TITLE, PITH_MS_DOCUMENT, text.data, text.len, 0);
                have_title = true;
            }
        } else if (el->tag == GUMBO_TAG_HTML) {
            const char *lang = pith_attr(el, "lang");
            if (!lang)
                lang = pith_attr(el, "xml:lang");
            pith_mfound_adds(f, PITH_MF_LANGUAGE, PITH_MS_DOCUMENT, lang, 0);
        }
    }
    pith_buf_free(&text);
    pith_mfound_adds(f, PITH_MF_URL, PITH_MS_DOCUMENT, ctx->opt->url, 0);
}
