/*
 * comments.c — the page's user comments, as a tree of their own.
 *
 * With PITH_OPT_COMMENTS, pith keeps the comments apart from the article:
 * the clean stage drops comment sections from the page (so they never mix
 * into the article) and marks them PITH_EL_COMMENTS (class/id patterns such
 * as "comments", "commentlist", "disqus"), or drops them with the rule
 * "phrase:comments" (the section under a "12 Comments" heading).  Here
 * those sections are built, in page order, into a second document with the
 * article builder (build.c).
 *
 * A section is taken when it holds enough text that is not link text
 * (a "12 comments" link or a "Leave a reply" prompt alone is not a
 * comment).  Inside it, what is never a comment is left out: scripts and
 * other content-free tags, forms (the reply box), navigation, hidden
 * elements, boilerplate by class (share bars, ads, pagers), short blocks whose whole text is a comment prompt ("Leave a
 * comment"), and one-word action links that point into the page
 * ("Reply" to "#respond").
 */
#include <string.h>
#include <strings.h>

#include "../clean/clean.h"
#include "../rules/rules.h"
#include "../rules/tags.h"
#include "content.h"

#define MIN_COMMENT_TEXT 20   /* non-space bytes of non-link text in a section */
#define PROMPT_MAX_TEXT 60    /* blocks this short are tested against the phrases */
#define ACTION_MAX_TEXT 16    /* one-word links this short may be actions */

/* True when element i is a comment section the clean stage dropped. */
static bool is_comment_section(const pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (!(el->flags & PITH_EL_DROPPED))
        return false;
    if (el->flags & PITH_EL_COMMENTS)
        return true;
    return el->rule && strcmp(el->rule, "phrase:comments") == 0;
}

/* Text and link text of a dropped subtree: the statistics of its children
 * (its own were zeroed when it was dropped). */
static void section_text(const pith_dom *dom, uint32_t i, uint32_t *text, uint32_t *link_text)
{
    *text = *link_text = 0;
    for (uint32_t j = i + 1; j < dom->els[i].end; j = dom->els[j].end) {
        *text += dom->els[j].text;
        *link_text += dom->els[j].link_text;
    }
}

static bool never_a_comment_tag(GumboTag tag)
{
    for (const pith_tag_rule *r = pith_tag_rules; r->tag != GUMBO_TAG_UNKNOWN; r++)
        if (r->tag == tag)
            return r->action == PITH_TAG_DROP || tag == GUMBO_TAG_FORM ||
                   tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_MENU || tag == GUMBO_TAG_FIELDSET;
    return false;
}

static bool is_hidden(const pith_el *el)
{
    if ((el->flags & PITH_EL_HIDDEN) || pith_attr(el, "hidden"))
        return true;
    const char *aria = pith_attr(el, "aria-hidden");
    if (aria && strcasecmp(aria, "true") == 0)
        return true;
    const char *style = pith_attr(el, "style");
    return style && pith_style_hides(style);
}

/* Boilerplate by its class or id that can sit inside a comment section:
 * share and like bars, ads, "load more" pagers, sign-up prompts. */
static bool is_boilerplate_class(const pith_el *el)
{
    switch ((pith_category)el->cat) {
    case PITH_CAT_AD: case PITH_CAT_SHARE: case PITH_CAT_NEWSLETTER:
    case PITH_CAT_RELATED: case PITH_CAT_COOKIE: case PITH_CAT_PAYWALL:
    case PITH_CAT_NAV: case PITH_CAT_PROMO: case PITH_CAT_PAGINATION:
    case PITH_CAT_HIDDEN:
        return true;
    default:
        return false;
    }
}

/* A one-word link into the page or to script: "Reply", "Report", "Like". */
static bool is_action_link(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->tag != GUMBO_TAG_A || el->text == 0 || el->text > ACTION_MAX_TEXT)
        return false;
    const char *href = pith_attr(el, "href");
    if (href && !strchr(href, '#') && strncasecmp(href, "javascript:", 11) != 0)
        return false;
    const char *text = pith_ctx_text(ctx, i, 0);
    return strchr(text, ' ') == NULL;
}

/* The builder's filter inside a comment section. */
static bool skip_in_comments(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return never_a_comment_tag((GumboTag)el->tag) || is_hidden(el) ||
           is_boilerplate_class(el) || is_action_link(ctx, i);
}

/* Drop the paragraphs and headings of the tree whose whole text is a
 * comment prompt ("Leave a comment", "12 Comments"). */
static void drop_prompts(pith_node *root)
{
    pith_buf text = PITH_BUF_INIT;
    pith_doc_iter it;
    pith_doc_iter_init(&it, root);
    pith_node *prompt = NULL;
    while (pith_doc_iter_next(&it)) {
        if (prompt) {
            pith_node_unlink(prompt);
            prompt = NULL;
        }
        pith_node *n = it.cur;
        if (!it.entering || (n->type != PITH_NODE_PARAGRAPH && n->type != PITH_NODE_HEADING))
            continue;
        pith_buf_clear(&text);
        pith_node_plain_text(n, &text);
        if (text.len > 0 && text.len <= PROMPT_MAX_TEXT &&
            pith_rules_match_phrase(text.data, text.len) == PITH_CAT_COMMENTS)
            prompt = n;
        pith_doc_iter_skip_children(&it);
    }
    if (prompt)
        pith_node_unlink(prompt);
    pith_buf_free(&text);
}

bool pith_build_comments(pith_ctx *ctx, pith_doc *doc)
{
    const pith_dom *dom = &ctx->dom;
    doc->root = NULL;
    uint32_t i = 0;
    while (i < dom->n) {
        if (!is_comment_section(ctx, i)) {
            i++;
            continue;
        }
        uint32_t text, link_text;
        section_text(dom, i, &text, &link_text);
        if (text - link_text >= MIN_COMMENT_TEXT) {
            if (!doc->root && !pith_build_begin(doc))
                return false;
            if (!pith_build_append(ctx, doc, i, PITH_EL_REJECTED, skip_in_comments))
                return false;
        }
        i = dom->els[i].end;
    }
    if (!doc->root)
        return true;
    if (!pith_build_finish(doc))
        return false;
    drop_prompts(doc->root);
    if (!pith_build_finish(doc)) /* again: what held only a prompt is empty now */
        return false;
    if (!doc->root->first)
        doc->root = NULL; /* nothing but prompts and forms */
    return true;
}
