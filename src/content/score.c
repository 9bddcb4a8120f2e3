/*
 * score.c — the content stage's scorer: which element holds the article.
 *
 *   1. score: every paragraph-like block (p, pre, a cell or div holding only
 *      inline content, text written directly in a container) gives points
 *      for its length and commas, damped by its own link density, to its
 *      ancestors, less at each level; each container starts from a prior for
 *      its tag and class; every element also sums the points of its whole
 *      subtree (its paragraph mass);
 *   2. choose: the best container, moved to a common ancestor when several
 *      strong candidates share one, widened to an ancestor when everything
 *      it adds is more of the same prose (an article cut into steps) or to
 *      the thread when it is one post of several;
 *   3. the page's own mark: itemprop=articleBody wins when it agrees;
 *   4. siblings: the chosen element's siblings join when they score well,
 *      read like another part of the same article, or are prose; the rest
 *      of the parent is rejected.
 */
#include <string.h>

#include "clean/clean.h"
#include "rules/rules.h"
#include "util/ascii.h"
#include "util/fmath.h"
#include "internal.h"

#define MIN_PARA_TEXT 20       /* non-space bytes for a block to score */
#define TOP_CANDIDATES 5

/* A paragraph's points: one, one per comma, and one per CHARS_PER_POINT
 * non-space bytes up to MAX_LENGTH_POINTS, so that length counts but one
 * long block cannot outweigh several paragraphs.  They go to the block's
 * container and up to CREDIT_LEVELS - 1 of its ancestors, less at each
 * level. */
#define CHARS_PER_POINT 100.0
#define MAX_LENGTH_POINTS 3.0
#define CREDIT_LEVELS 5
/* Text written straight into a container (between <br>s) scores from
 * MIN_DIRECT_TEXT non-space bytes: without paragraphs, a short run is more
 * often a label than prose. */
#define MIN_DIRECT_TEXT (MIN_PARA_TEXT * 2)
/* Ancestors beyond the second get 1 / (FAR_LEVEL_DIVISOR * level) of a
 * paragraph's points (the container all, the next one half). */
#define FAR_LEVEL_DIVISOR 3.0
/* A container's prior by its tag: the usual article containers start
 * ahead, cells and quotes a little; lists, forms and headings behind,
 * since they hold prose only by accident. */
#define PRIOR_CONTAINER 5
#define PRIOR_CELL 3
#define PRIOR_LIST -3
#define PRIOR_HEADING -5
/* Non-space bytes from which an element's class weighs in full: the class
 * says little about a small element. */
#define CLASS_FULL_TEXT 500.0
/* The share of a container's score its own link density can take away
 * (its paragraphs' points are already damped by theirs). */
#define CONTAINER_LINK_DAMPING 0.5

/* Prose, as the widening and sibling steps judge a block: less than a
 * quarter of its text in links (a list of links, teasers or navigation
 * has more), paragraphs of PROSE_PARA_TEXT bytes outside links on
 * average, and at least six tenths of the text inside paragraphs. */
#define PROSE_MAX_LINK_DENSITY 0.25
#define PROSE_PARA_TEXT 100
#define PROSE_PARA_SHARE_TENTHS 6
/* Parts of a branch smaller than this (non-space bytes) are not judged. */
#define SMALL_BRANCH_TEXT 150

/* Widening to the article: at most WIDEN_LEVELS ancestors up, to one that
 * holds WIDEN_MASS_GAIN times the paragraph mass and WIDEN_MORE_PARAS more
 * paragraphs, with less than WIDEN_MAX_LINK_DENSITY of its text in links. */
#define WIDEN_LEVELS 4
#define WIDEN_MASS_GAIN 1.4
#define WIDEN_MORE_PARAS 2
#define WIDEN_MAX_LINK_DENSITY 0.2

/* Widening to a thread: at most THREAD_LEVELS ancestors up; posts are
 * boxes of THREAD_MIN_POST_TEXT bytes or more, THREAD_MIN_OTHER_POSTS
 * besides the best one; a box with a linked heading and less than
 * SMALL_BRANCH_TEXT bytes of prose is a teaser, not a post. */
#define THREAD_LEVELS 5
#define THREAD_MIN_POST_TEXT 50
#define THREAD_MIN_OTHER_POSTS 2

/* Several candidates scoring STRONG_SHARE of the best or more, at least
 * MIN_STRONG of them beside it, are parts of one article. */
#define STRONG_SHARE 0.75
#define MIN_STRONG 2
/* A parent whose text exceeds the chosen element's by this much at most
 * (non-space bytes) is a wrapper around the same text. */
#define WRAPPER_SLACK 10

/* itemprop=articleBody: followed when the element holds MARKED_MIN_TEXT
 * bytes, and, inside the scorer's choice, at least MARKED_SHARE_TENTHS
 * tenths of its text. */
#define MARKED_MIN_TEXT 200
#define MARKED_SHARE_TENTHS 6

/* Another part of the article: ARTICLE_PART_PARAS paragraphs or more,
 * ARTICLE_PART_TEXT bytes of prose, ARTICLE_PART_PARA_TEXT bytes a
 * paragraph on average (shorter ones are comments, captions, teasers). */
#define ARTICLE_PART_PARAS 2
#define ARTICLE_PART_TEXT 400
#define ARTICLE_PART_PARA_TEXT 120

/* A sibling joins when its score reaches SIBLING_SCORE_SHARE of the best's
 * (and MIN_SIBLING_SCORE), or its paragraph mass SIBLING_MASS_SHARE of the
 * best's (and MIN_SIBLING_MASS) and it reads like another part; a lone
 * paragraph of SIBLING_PARA_TEXT bytes or more when it is prose, and a
 * shorter one without links when it ends a sentence; headings, lists,
 * quotes, tables and figures after the best with less than
 * SIBLING_BLOCK_LINK_DENSITY of their text in links, when a scored block
 * or a paragraph follows them. */
#define SIBLING_SCORE_SHARE 0.2
#define MIN_SIBLING_SCORE 10.0
#define SIBLING_MASS_SHARE 0.15
#define MIN_SIBLING_MASS 3.0
#define SIBLING_PARA_TEXT 80
#define SIBLING_BLOCK_LINK_DENSITY 0.3
/* A lead box is its one paragraph: at most this many tenths of its text
 * outside it (a label, a share button's word). */
#define LEAD_BOX_SLACK_TENTHS 2

static double tag_prior(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_SECTION:
        return PRIOR_CONTAINER;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
        return PRIOR_CELL;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        return PRIOR_LIST;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        return PRIOR_HEADING;
    default:
        return 0;
    }
}

/* Does the element count as a paragraph for scoring? */
static bool is_scorable(const pith_el *el)
{
    switch (el->tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE:
        return true;
    case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
        return el->blocks == 0; /* a cell or div holding only inline content */
    default:
        return false;
    }
}

/* Give the points of one paragraph (chars, commas) to the element first
 * and then to its next ancestors, less at each level. */
static void credit(pith_dom *dom, bool *seen, uint32_t first, uint32_t chars, uint32_t commas,
                   double ld)
{
    double s = (1.0 + commas + pith_fmin(chars / CHARS_PER_POINT, MAX_LENGTH_POINTS)) * (1.0 - ld) *
               (1.0 - ld);
    if (first != PITH_NO_EL)
        dom->els[first].mass += (float)s; /* summed up the tree by sum_mass */
    uint32_t a = first;
    for (int level = 0; level < CREDIT_LEVELS && a != PITH_NO_EL;
         level++, a = dom->els[a].parent) {
        pith_el *anc = &dom->els[a];
        if (anc->tag == GUMBO_TAG_HTML)
            break;
        if (!seen[a]) {
            seen[a] = true;
            /* The class says little about a small element. */
            double size = pith_fmin(1.0, anc->text / CLASS_FULL_TEXT);
            anc->score = (float)(tag_prior((GumboTag)anc->tag) + pith_class_weight(anc) * size);
        }
        double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * FAR_LEVEL_DIVISOR;
        anc->score += (float)(s / div);
    }
}

/* Score paragraphs: a scorable block credits its parent; text written
 * directly in a container (between <br>s, say) credits the container. */
static void score_blocks(pith_ctx *ctx, bool *seen)
{
    pith_dom *dom = &ctx->dom;
    for (uint32_t i = 0; i < dom->n; i++) {
        pith_el *el = &dom->els[i];
        if (el->flags & PITH_EL_DROPPED) {
            i = el->end - 1;
            continue;
        }
        if (el->text < MIN_PARA_TEXT)
            continue;
        if (is_scorable(el)) {
            uint32_t p = el->parent;
            if (p != PITH_NO_EL && is_scorable(&dom->els[p]))
                continue; /* counted with the enclosing block */
            credit(dom, seen, p, el->text, el->commas, pith_link_density(el));
        } else if ((el->flags & PITH_EL_BLOCK) && el->tag != GUMBO_TAG_BODY) {
            pith_prose pr = pith_el_prose(dom, i, false);
            if (pr.chars >= MIN_DIRECT_TEXT)
                credit(dom, seen, i, pr.chars, pr.commas, 0.0);
        }
    }
}

/* Paragraph credits are already damped by their own link density; the
 * container's density only trims what is left (a body of prose with many
 * inline links still wins over a menu). */
/* Add every element's paragraph mass to its parent, bottom-up. */
static void sum_mass(pith_dom *dom)
{
    for (uint32_t i = dom->n; i-- > 1;) {
        uint32_t p = dom->els[i].parent;
        if (p != PITH_NO_EL)
            dom->els[p].mass += dom->els[i].mass;
    }
}

static double final_score(const pith_el *el)
{
    return el->score * (1.0 - CONTAINER_LINK_DAMPING * pith_link_density(el));
}

static bool is_ancestor(const pith_dom *dom, uint32_t a, uint32_t d)
{
    return a <= d && d < dom->els[a].end;
}

/* Headings that are links: the mark of a list of teasers. */
static bool has_link_heading(const pith_dom *dom, uint32_t s)
{
    for (uint32_t i = s + 1; i < dom->els[s].end; i++) {
        const pith_el *h = &dom->els[i];
        if (h->flags & PITH_EL_DROPPED) {
            i = h->end - 1;
            continue;
        }
        if (pith_tag_is_heading((GumboTag)h->tag) && h->text > 0 && h->link_text * 2 > h->text)
            return true;
    }
    return false;
}

/* Is everything p holds besides best either small or more of the same
 * prose: paragraphs of some length, few links, no teaser headings?  The
 * branches beside the path from p down to best are checked at every level. */
static bool rest_is_prose(const pith_dom *dom, uint32_t p, uint32_t best)
{
    for (uint32_t x = dom->els[best].parent; x != PITH_NO_EL; x = dom->els[x].parent) {
        for (uint32_t c = x + 1; c < dom->els[x].end; c = dom->els[c].end) {
            const pith_el *el = &dom->els[c];
            if ((c <= best && best < el->end) || (el->flags & PITH_EL_DROPPED) ||
                el->text < SMALL_BRANCH_TEXT)
                continue;
            uint32_t paras = el->paras ? el->paras : 1;
            if (pith_link_density(el) >= PROSE_MAX_LINK_DENSITY ||
                (el->text - el->link_text) / paras < PROSE_PARA_TEXT ||
                el->para_text * 10 < el->text * PROSE_PARA_SHARE_TENTHS ||
                has_link_heading(dom, c))
                return false;
        }
        if (x == p)
            break;
    }
    return true;
}

/* An article cut into steps or sections, each in its own box, scores as
 * several middling candidates.  Widen the choice to the nearest ancestor
 * (at most a few levels up) that holds clearly more paragraph mass when
 * everything it adds is more of the same prose. */
static uint32_t widen_to_article(const pith_dom *dom, uint32_t best)
{
    uint32_t a = best;
    for (int level = 0; level < WIDEN_LEVELS; level++) {
        uint32_t p = dom->els[a].parent;
        if (p == PITH_NO_EL || p == dom->body || p == dom->html)
            break;
        const pith_el *pe = &dom->els[p];
        if (pe->mass >= WIDEN_MASS_GAIN * dom->els[best].mass &&
            pith_link_density(pe) < WIDEN_MAX_LINK_DENSITY &&
            pe->paras >= dom->els[best].paras + WIDEN_MORE_PARAS && rest_is_prose(dom, p, best))
            best = p;
        a = p;
    }
    return best;
}

/* The first class token of an element ("post" of "post has-profile bg2"). */
static size_t first_class(const pith_el *el, const char **out)
{
    const char *c = pith_attr(el, "class");
    if (!c)
        return 0;
    while (*c == ' ')
        c++;
    size_t n = 0;
    while (c[n] && c[n] != ' ')
        n++;
    *out = c;
    return n;
}

/* Does a class token name a post of a discussion? */
static bool names_a_post(const char *c, size_t n)
{
    static const char *const words[] = {"post", "message", "reply", "topic", "thread",
                                        "answer", "question", "entry", NULL};
    for (const char *const *w = words; *w; w++) {
        size_t k = strlen(*w);
        for (size_t i = 0; i + k <= n; i++)
            if (pith_ascii_ieqn(c + i, *w, k))
                return true;
    }
    return false;
}

/* A discussion thread: the best candidate sits in one post of several,
 * boxes of one kind (same tag and first class, a class that names a post)
 * holding prose, not teasers (few links, no linked headings).  The thread
 * is the parent of those boxes. */
static uint32_t widen_to_thread(const pith_dom *dom, uint32_t best)
{
    uint32_t u = best;
    for (int level = 0; level < THREAD_LEVELS && u != PITH_NO_EL;
         level++, u = dom->els[u].parent) {
        uint32_t p = dom->els[u].parent;
        if (p == PITH_NO_EL || p == dom->html || p == dom->body)
            break;
        const char *cu;
        size_t nu = first_class(&dom->els[u], &cu);
        if (nu == 0 || !names_a_post(cu, nu))
            continue;
        int alike = 0;
        bool all_prose = true;
        for (uint32_t c = p + 1; c < dom->els[p].end; c = dom->els[c].end) {
            const pith_el *s = &dom->els[c];
            const char *cs;
            size_t ns = first_class(s, &cs);
            if (c == u || (s->flags & PITH_EL_DROPPED) || s->tag != dom->els[u].tag ||
                ns != nu || memcmp(cs, cu, nu) != 0 || s->text < THREAD_MIN_POST_TEXT)
                continue;
            uint32_t prose = s->text - s->link_text;
            if (pith_link_density(s) >= PROSE_MAX_LINK_DENSITY ||
                (has_link_heading(dom, c) && prose < SMALL_BRANCH_TEXT))
                all_prose = false; /* a teaser: a linked title and a line */
            alike++;
        }
        if (alike >= THREAD_MIN_OTHER_POSTS && all_prose)
            return p;
    }
    return best;
}

static uint32_t choose_top(pith_ctx *ctx, const bool *seen)
{
    pith_dom *dom = &ctx->dom;
    uint32_t top[TOP_CANDIDATES];
    double topv[TOP_CANDIDATES];
    int ntop = 0;
    for (uint32_t i = 0; i < dom->n; i++) {
        if (!seen[i] || (dom->els[i].flags & PITH_EL_DROPPED))
            continue;
        double v = final_score(&dom->els[i]);
        int pos = ntop;
        while (pos > 0 && topv[pos - 1] < v)
            pos--;
        if (pos >= TOP_CANDIDATES)
            continue;
        int last = ntop < TOP_CANDIDATES ? ntop : TOP_CANDIDATES - 1;
        for (int k = last; k > pos; k--) {
            top[k] = top[k - 1];
            topv[k] = topv[k - 1];
        }
        top[pos] = i;
        topv[pos] = v;
        if (ntop < TOP_CANDIDATES)
            ntop++;
    }
    if (ntop == 0)
        return PITH_NO_EL;
    uint32_t best = top[0];

    /* Several strong alternatives under one ancestor: the article is split
     * into parts, take the ancestor. */
    int strong = 0;
    for (int k = 1; k < ntop; k++)
        if (topv[k] >= STRONG_SHARE * topv[0])
            strong++;
    if (strong >= MIN_STRONG) {
        for (uint32_t a = dom->els[best].parent; a != PITH_NO_EL && a != dom->body;
             a = dom->els[a].parent) {
            int holds = 0;
            for (int k = 1; k < ntop; k++)
                if (topv[k] >= STRONG_SHARE * topv[0] && is_ancestor(dom, a, top[k]))
                    holds++;
            if (holds >= MIN_STRONG) {
                best = a;
                break;
            }
        }
    }

    /* Climb while the parent holds the same text (a lone wrapper). */
    while (dom->els[best].parent != PITH_NO_EL && dom->els[best].parent != dom->html) {
        uint32_t p = dom->els[best].parent;
        if (p == dom->body || dom->els[p].text > dom->els[best].text + WRAPPER_SLACK)
            break;
        best = p;
    }
    best = widen_to_article(dom, best);
    return widen_to_thread(dom, best);
}

/* An itemprop=articleBody element the page itself marks as its body. */
static uint32_t marked_body(const pith_dom *dom)
{
    uint32_t best = PITH_NO_EL;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & PITH_EL_DROPPED) {
            i = el->end - 1;
            continue;
        }
        const char *ip = pith_attr(el, "itemprop");
        if (ip && strstr(ip, "articleBody") && el->text >= MARKED_MIN_TEXT &&
            (best == PITH_NO_EL || el->text > dom->els[best].text))
            best = i;
    }
    return best;
}

bool pith_content_ends_sentence(pith_ctx *ctx, uint32_t i)
{
    const char *t = pith_ctx_text(ctx, i, 0);
    size_t n = ctx->scratch.len;
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '"' || t[n - 1] == '\''))
        n--;
    if (n == 0)
        return false;
    unsigned char c = (unsigned char)t[n - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':')
        return true;
    /* Multi-byte sentence ends: 。 ！ ？ and closing quotes. */
    return n >= 3 && ((unsigned char)t[n - 3] == 0xE3 || (unsigned char)t[n - 3] == 0xE2 ||
                      (unsigned char)t[n - 3] == 0xEF);
}

/* Does a sibling read like another part of the article (the text split by
 * a figure or an ad), rather than teasers or comments?  Several long
 * paragraphs, few links, and no headings that are links. */
static bool reads_like_article_part(const pith_dom *dom, uint32_t s)
{
    const pith_el *el = &dom->els[s];
    uint32_t prose = el->text - el->link_text;
    if (el->paras < ARTICLE_PART_PARAS || prose < ARTICLE_PART_TEXT ||
        pith_link_density(el) >= PROSE_MAX_LINK_DENSITY)
        return false;
    if (prose / el->paras < ARTICLE_PART_PARA_TEXT)
        return false; /* short paragraphs: comments, captions, teasers */
    return !has_link_heading(dom, s);
}

/* Is sibling s a box cut from the top candidate's template (same tag and
 * first class), with text, holding prose rather than links and no heading
 * that is a link? */
static bool alike_prose_box(const pith_dom *dom, uint32_t top, uint32_t s)
{
    const pith_el *el = &dom->els[s];
    return el->cls && pith_el_alike(el, &dom->els[top]) && el->text > 0 &&
           pith_link_density(el) < PROSE_MAX_LINK_DENSITY && !has_link_heading(dom, s);
}

/* Is sibling s another section of the document the top candidate is one
 * of: a box alike it (same tag and first class: "sect1", "refsect1", a
 * manual's sections cut from one template), opening with a heading that is
 * no link, holding prose rather than links?  A manual's synopsis, its
 * description and its options are such boxes, of very different weights. */
static bool alike_section(const pith_dom *dom, uint32_t top, uint32_t s)
{
    const pith_el *el = &dom->els[s];
    if (!alike_prose_box(dom, top, s))
        return false;
    for (uint32_t c = s + 1; c < el->end; c++) {
        const pith_el *first = &dom->els[c]; /* the first text must be a heading's */
        if (first->flags & PITH_EL_DROPPED) {
            c = first->end - 1;
            continue;
        }
        if (pith_tag_is_heading((GumboTag)first->tag) && first->text > 0)
            return true;
        if (first->own_text > 0)
            return false; /* text before any heading */
    }
    return false;
}

/* Is sibling s, before the top candidate, a block of the same page
 * builder's template (same tag and first class: "sqs-block",
 * "so-panel") holding paragraphs of prose, with no linked heading?  The
 * builder cuts an article into such blocks, and its lead ("This guide
 * gives...", "I dove into...") is often too short to score: a part of the
 * article all the same. */
static bool alike_lead_block(const pith_dom *dom, uint32_t top, uint32_t s)
{
    return dom->els[s].paras > 0 && alike_prose_box(dom, top, s);
}

/* The paragraph that holds all of a box's text but LEAD_BOX_SLACK_TENTHS
 * tenths at most (the rest: a label, an empty paragraph kept for spacing);
 * PITH_NO_EL when there is none. */
static uint32_t only_paragraph(const pith_dom *dom, uint32_t s)
{
    const pith_el *el = &dom->els[s];
    for (uint32_t c = s + 1; c < el->end; c++) {
        const pith_el *p = &dom->els[c];
        if (p->flags & PITH_EL_DROPPED) {
            c = p->end - 1;
            continue;
        }
        if (p->tag == GUMBO_TAG_P && p->text * 10 >= el->text * (10 - LEAD_BOX_SLACK_TENTHS))
            return c;
    }
    return PITH_NO_EL;
}

/* Is sibling s, before the top candidate, the article's lead paragraph in
 * a box of its own ("intro", "standfirst", a page builder's text block):
 * a box holding one paragraph and little else, SIBLING_PARA_TEXT bytes or
 * more of prose that ends a sentence, no class that marks boilerplate?
 * The sibling step takes a bare paragraph of prose; wrapped, it is the
 * same paragraph. */
static bool lead_paragraph_box(pith_ctx *ctx, uint32_t s)
{
    const pith_el *el = &ctx->dom.els[s];
    if (el->text < SIBLING_PARA_TEXT || el->link_text > 0 ||
        pith_class_weight(el) < 0)
        return false;
    uint32_t p = only_paragraph(&ctx->dom, s);
    return p != PITH_NO_EL && pith_content_ends_sentence(ctx, p);
}

/* Siblings of the top candidate that belong to the article. */
static uint32_t gather_siblings(pith_ctx *ctx, uint32_t top)
{
    pith_dom *dom = &ctx->dom;
    uint32_t parent = dom->els[top].parent;
    if (parent == PITH_NO_EL || parent == dom->html)
        return top;
    double topv = final_score(&dom->els[top]);
    double threshold = pith_fmax(MIN_SIBLING_SCORE, topv * SIBLING_SCORE_SHARE);
    double mass_threshold = pith_fmax(MIN_SIBLING_MASS, dom->els[top].mass * SIBLING_MASS_SHARE);
    int joined = 0;
    bool *keep = NULL;
    uint32_t nkids = 0;
    for (uint32_t j = parent + 1; j < dom->els[parent].end; j = dom->els[j].end)
        nkids++;
    keep = pith_arena_calloc(ctx->arena, nkids ? nkids : 1, sizeof *keep);
    if (!keep)
        return top;
    uint32_t k = 0;
    for (uint32_t j = parent + 1; j < dom->els[parent].end; j = dom->els[j].end, k++) {
        pith_el *s = &dom->els[j];
        if (j == top) {
            keep[k] = true;
            continue;
        }
        if (s->flags & PITH_EL_DROPPED)
            continue;
        if (s->score > 0 && final_score(s) >= threshold) {
            keep[k] = true;
        } else if (((j < top || s->mass >= mass_threshold || pith_clean_opens_a_section(dom, j)) &&
                    reads_like_article_part(dom, j)) ||
                   alike_section(dom, top, j) || (j < top && alike_lead_block(dom, top, j)) ||
                   (j < top && lead_paragraph_box(ctx, j))) {
            /* another part of the same article, split by figures or ads (after
             * the top, of some mass or opening a section of its own with a
             * heading over prose: the story's last section in a box of
             * another template, however light beside a long body; before it,
             * however light: an "intro" box before a body many times its
             * weight), or another section of the same manual, or its lead in
             * a block of the same template */
            keep[k] = true;
        } else if (s->tag == GUMBO_TAG_P || (is_scorable(s) && s->tag != GUMBO_TAG_TD)) {
            double ld = pith_link_density(s);
            if (s->text >= SIBLING_PARA_TEXT && ld < PROSE_MAX_LINK_DENSITY)
                keep[k] = true;
            else if (s->text > 0 && s->text < SIBLING_PARA_TEXT && ld == 0 &&
                     pith_content_ends_sentence(ctx, j))
                keep[k] = true;
        } else if ((pith_tag_is_heading((GumboTag)s->tag) || s->tag == GUMBO_TAG_UL ||
                    s->tag == GUMBO_TAG_OL || s->tag == GUMBO_TAG_BLOCKQUOTE ||
                    s->tag == GUMBO_TAG_TABLE || s->tag == GUMBO_TAG_FIGURE) &&
                   s->text > 0 && pith_link_density(s) < SIBLING_BLOCK_LINK_DENSITY && j > top) {
            /* Sub-headings, lists and tables between parts of the article. */
            uint32_t next = dom->els[j].end;
            keep[k] = next < dom->els[parent].end && (dom->els[next].score > 0 ||
                                                       dom->els[next].tag == GUMBO_TAG_P);
        }
        if (keep[k])
            joined++;
    }
    if (joined == 0)
        return top;
    k = 0;
    for (uint32_t j = parent + 1; j < dom->els[parent].end; j = dom->els[j].end, k++)
        if (!keep[k] && !(dom->els[j].flags & PITH_EL_DROPPED) && dom->els[j].text > 0)
            pith_ctx_reject(ctx, j, "content:outside-article");
    return parent;
}

uint32_t pith_content_choose(pith_ctx *ctx, uint32_t *top_out)
{
    pith_dom *dom = &ctx->dom;
    *top_out = PITH_NO_EL;
    bool *seen = pith_arena_calloc(ctx->arena, dom->n, sizeof *seen);
    if (!seen)
        return PITH_NO_EL;
    score_blocks(ctx, seen);
    sum_mass(dom);
    uint32_t top = choose_top(ctx, seen);
    uint32_t marked = marked_body(dom);
    if (marked != PITH_NO_EL &&
        (top == PITH_NO_EL || is_ancestor(dom, marked, top) ||
         (is_ancestor(dom, top, marked) &&
          dom->els[marked].text * 10 >= dom->els[top].text * MARKED_SHARE_TENTHS)))
        top = marked;
    *top_out = top;
    if (top == PITH_NO_EL)
        return dom->body;
    if (top == marked)
        return top;
    return gather_siblings(ctx, top);
}
