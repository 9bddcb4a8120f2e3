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
 * Inside such a section only the comments themselves are taken, each as
 * an item of a list (replies nested in it come along): runs of alike
 * elements (same tag and class, or ids that differ in their number) with
 * text that is not link text, or where
 * there is no such run, an element whose class says comment and that names
 * an author or a time (a lone comment or thread).  The
 * section's title, "Leave a reply" prompt, moderation policy and count are
 * not comments.  Inside it, what is never a comment is left out: scripts and
 * other content-free tags, forms (the reply box), navigation, hidden
 * elements, boilerplate by class (share bars, ads, pagers), short blocks whose whole text is a comment prompt ("Leave a
 * comment"), and one-word action links that point into the page
 * ("Reply" to "#respond").
 */
#include <string.h>

#include "clean/clean.h"
#include "rules/rules.h"
#include "rules/tags.h"
#include "util/ascii.h"
#include "content.h"

#define MIN_UNIT_TEXT 20      /* non-space bytes of non-link text in one comment */
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

/* The first token of an element's class attribute ("comment" of
 * "comment even depth-1"), into buf; its length (0 when none). */
static size_t first_class(const pith_el *el, char *buf, size_t cap)
{
    const char *cls = pith_attr(el, "class");
    size_t n = 0;
    if (!cls)
        return 0;
    while (*cls == ' ' || *cls == '\t' || *cls == '\n')
        cls++;
    while (cls[n] && cls[n] != ' ' && cls[n] != '\t' && cls[n] != '\n' && n + 1 < cap) {
        buf[n] = cls[n];
        n++;
    }
    buf[n] = '\0';
    return n;
}

/* True when an element says who wrote or when: <time>, a datetime
 * attribute, itemprop author/date/creator, or an author-ish class ("fn",
 * "vcard", "comment-author"). */
static bool marks_author_or_time(const pith_el *el)
{
    if (el->tag == GUMBO_TAG_TIME || pith_attr(el, "datetime"))
        return true;
    const char *ip = pith_attr(el, "itemprop");
    if (ip && (strstr(ip, "author") || strstr(ip, "date") || strstr(ip, "creator")))
        return true;
    const char *cls = pith_attr(el, "class");
    if (!cls)
        return false;
    char tok[48];
    size_t n = first_class(el, tok, sizeof tok);
    return (n == 2 && strcmp(tok, "fn") == 0) || strstr(cls, "vcard") || strstr(cls, "author");
}

static bool is_form_part(GumboTag tag)
{
    return tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_INPUT ||
           tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_SELECT;
}

/* One comment: an element whose class says comment (or schema.org's
 * Comment type), with text of its own, someone or some time named inside,
 * and no form (the reply box names an author field too). */
static bool is_comment_unit(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    const char *type = pith_attr(el, "itemtype");
    bool comment_class = el->cat == PITH_CAT_COMMENTS || (type && strstr(type, "Comment"));
    if (!comment_class || el->text < el->link_text + MIN_UNIT_TEXT)
        return false;
    bool named = false;
    for (uint32_t j = i + 1; j < el->end; j++) {
        if (is_form_part((GumboTag)dom->els[j].tag))
            return false;
        named = named || marks_author_or_time(&dom->els[j]);
    }
    return named;
}

/* What alike comments share: the first class, else the id without its
 * trailing digits ("comment-" of id="comment-215101").  Into buf; its
 * length (0 when none). */
static size_t signature(const pith_el *el, char *buf, size_t cap)
{
    size_t n = first_class(el, buf, cap);
    const char *id = pith_attr(el, "id");
    if (n > 0 || !id)
        return n;
    while (id[n] && n + 1 < cap) {
        buf[n] = id[n];
        n++;
    }
    while (n > 0 && buf[n - 1] >= '0' && buf[n - 1] <= '9')
        n--;
    buf[n] = '\0';
    return n;
}

/* Does an element qualify as one of a run of alike comments: text of its
 * own that is not link text, and a signature (into sig)? */
static bool run_candidate(const pith_el *el, char *sig, size_t cap)
{
    return el->text >= el->link_text + MIN_UNIT_TEXT && signature(el, sig, cap) > 0;
}

/* Mark the members of runs of two or more alike siblings in unit[]
 * (indexed from the section): same tag and first class ("li.comment",
 * "div.comment-body"), each with text of its own, as a comment list repeats
 * them.  Linear: each child is compared with the last sibling before it
 * that qualified.  Forms (the reply box) are passed over.  Returns the
 * number marked. */
static size_t mark_runs(const pith_dom *dom, uint32_t section, uint8_t *unit)
{
    size_t marked = 0;
    for (uint32_t p = section; p < dom->els[section].end; p++) {
        if (is_form_part((GumboTag)dom->els[p].tag)) {
            p = dom->els[p].end - 1; /* the reply box: its fields are not comments */
            continue;
        }
        char prev[48] = "", cur[48];
        uint32_t prev_el = PITH_NO_EL;
        for (uint32_t c = p + 1; c < dom->els[p].end; c = dom->els[c].end) {
            const pith_el *el = &dom->els[c];
            if (is_form_part((GumboTag)el->tag) || !run_candidate(el, cur, sizeof cur))
                continue; /* anchors and short replies between comments */
            if (prev_el != PITH_NO_EL && el->tag == dom->els[prev_el].tag &&
                strcmp(cur, prev) == 0) {
                marked += !unit[prev_el - section] + !unit[c - section];
                unit[prev_el - section] = unit[c - section] = 1;
            }
            prev_el = c;
            memcpy(prev, cur, sizeof prev);
        }
    }
    return marked;
}

/* Where no run shows a list of comments, mark the comment units (one
 * comment, or one thread). */
static void mark_single_units(const pith_dom *dom, uint32_t section, uint8_t *unit)
{
    for (uint32_t p = section + 1; p < dom->els[section].end; p++) {
        if (is_form_part((GumboTag)dom->els[p].tag))
            p = dom->els[p].end - 1;
        else if (is_comment_unit(dom, p))
            unit[p - section] = 1;
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
    if (href && !strchr(href, '#') && !pith_ascii_ieqn(href, "javascript:", 11))
        return false;
    const char *text = pith_ctx_text(ctx, i, 0);
    return strchr(text, ' ') == NULL;
}

/* The builder's filter inside a comment section. */
static bool skip_in_comments(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return never_a_comment_tag((GumboTag)el->tag) || (el->flags & PITH_EL_HIDDEN) || pith_el_hidden_by(el) ||
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

/* Build the comments of one section, each comment (the outermost units,
 * with the replies inside them) an item of one list.  Returns false when
 * memory ran out. */
static bool build_section(pith_ctx *ctx, pith_doc *doc, uint32_t section)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t n = dom->els[section].end - section;
    uint8_t *unit = pith_arena_calloc(ctx->arena, n, 1);
    if (!unit)
        return false;
    if (mark_runs(dom, section, unit) == 0)
        mark_single_units(dom, section, unit);
    pith_node *list = NULL;
    for (uint32_t j = section + 1; j < dom->els[section].end;) {
        if (!unit[j - section]) {
            j++;
            continue;
        }
        if (!doc->root && !pith_build_begin(doc))
            return false;
        if (!list && !(list = pith_node_new(doc, PITH_NODE_LIST)))
            return false;
        if (!list->parent)
            pith_node_append(doc->root, list);
        pith_node *item = pith_node_new(doc, PITH_NODE_ITEM);
        if (!item)
            return false;
        pith_node_append(list, item);
        if (!pith_build_append(ctx, doc, item, j, PITH_EL_REJECTED, skip_in_comments))
            return false;
        j = dom->els[j].end;
    }
    return true;
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
        if (!build_section(ctx, doc, i))
            return false;
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
