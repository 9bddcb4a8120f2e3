/*
 * content.c — stage 4 of the pipeline: find the article.
 *
 *   1. score: every paragraph-like block (p, pre, td, blockquote, a div that
 *      holds only inline content) gives points for its length and commas to
 *      its ancestors, less with each level; each container starts from a
 *      prior for its tag and class; the total is damped by link density;
 *   2. choose: the best container, moved to a common ancestor when several
 *      strong candidates share one, and to itemprop=articleBody when the
 *      page marks its body that way;
 *   3. siblings: the chosen container's siblings join when they score well
 *      or read like prose; the rest of the parent is rejected;
 *   4. filter: inside the article, blocks that are link lists, forms or
 *      short fragments with a negative class are rejected, as is a heading
 *      that repeats the title.
 * The element left in ctx->main is then turned into the article tree by
 * build.c.
 */
#include "content.h"

#include <math.h>
#include <string.h>

#include "../rules/rules.h"
#include "../util/utf8.h"
#include "classify.h"

#define MIN_PARA_TEXT 20       /* non-space bytes for a block to score */
#define TOP_CANDIDATES 5

static bool is_heading(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

static double link_density(const pith_el *el)
{
    return el->text ? (double)el->link_text / (double)el->text : 0.0;
}

/* Class weight: strong content patterns +25, weak +5, boilerplate -25
 * (the clean stage matched every class and id once). */
static int class_weight(const pith_el *el)
{
    int w = el->positive == 2 ? 25 : el->positive == 1 ? 5 : 0;
    if (el->cat != PITH_CAT_NONE)
        w -= 25;
    return w;
}

static double tag_prior(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_SECTION:
        return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        return -5;
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
    double s = (1.0 + commas + fmin(chars / 100.0, 3.0)) * (1.0 - ld) * (1.0 - ld);
    if (first != PITH_NO_EL)
        dom->els[first].mass += (float)s; /* summed up the tree by sum_mass */
    uint32_t a = first;
    for (int level = 0; level < 5 && a != PITH_NO_EL; level++, a = dom->els[a].parent) {
        pith_el *anc = &dom->els[a];
        if (anc->tag == GUMBO_TAG_HTML)
            break;
        if (!seen[a]) {
            seen[a] = true;
            /* The class says little about a small element. */
            double size = fmin(1.0, anc->text / 500.0);
            anc->score = (float)(tag_prior((GumboTag)anc->tag) + class_weight(anc) * size);
        }
        double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
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
            credit(dom, seen, p, el->text, el->commas, link_density(el));
        } else if ((el->flags & PITH_EL_BLOCK) && el->tag != GUMBO_TAG_BODY) {
            pith_prose pr = pith_el_prose(dom, i, false);
            if (pr.chars >= MIN_PARA_TEXT * 2)
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
    return el->score * (1.0 - 0.5 * link_density(el));
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
        if (is_heading((GumboTag)h->tag) && h->text > 0 && h->link_text * 2 > h->text)
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
                el->text < 150)
                continue;
            uint32_t paras = el->paras ? el->paras : 1;
            if (link_density(el) >= 0.25 || (el->text - el->link_text) / paras < 100 ||
                el->para_text * 10 < el->text * 6 || has_link_heading(dom, c))
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
    for (int level = 0; level < 4; level++) {
        uint32_t p = dom->els[a].parent;
        if (p == PITH_NO_EL || p == dom->body || p == dom->html)
            break;
        const pith_el *pe = &dom->els[p];
        if (pe->mass >= 1.4 * dom->els[best].mass && link_density(pe) < 0.2 &&
            pe->paras >= dom->els[best].paras + 2 && rest_is_prose(dom, p, best))
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
            if (strncasecmp(c + i, *w, k) == 0)
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
    for (int level = 0; level < 5 && u != PITH_NO_EL; level++, u = dom->els[u].parent) {
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
                ns != nu || memcmp(cs, cu, nu) != 0 || s->text < 50)
                continue;
            uint32_t prose = s->text - s->link_text;
            if (link_density(s) >= 0.25 || (has_link_heading(dom, c) && prose < 150))
                all_prose = false; /* a teaser: a linked title and a line */
            alike++;
        }
        if (alike >= 2 && all_prose)
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
        if (topv[k] >= 0.75 * topv[0])
            strong++;
    if (strong >= 2) {
        for (uint32_t a = dom->els[best].parent; a != PITH_NO_EL && a != dom->body;
             a = dom->els[a].parent) {
            int holds = 0;
            for (int k = 1; k < ntop; k++)
                if (topv[k] >= 0.75 * topv[0] && is_ancestor(dom, a, top[k]))
                    holds++;
            if (holds >= 2) {
                best = a;
                break;
            }
        }
    }

    /* Climb while the parent holds the same text (a lone wrapper). */
    while (dom->els[best].parent != PITH_NO_EL && dom->els[best].parent != dom->html) {
        uint32_t p = dom->els[best].parent;
        if (p == dom->body || dom->els[p].text > dom->els[best].text + 10)
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
        if (ip && strstr(ip, "articleBody") && el->text >= 200 &&
            (best == PITH_NO_EL || el->text > dom->els[best].text))
            best = i;
    }
    return best;
}

static bool ends_sentence(pith_ctx *ctx, uint32_t i)
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
    if (el->paras < 2 || prose < 400 || link_density(el) >= 0.25)
        return false;
    if (prose / el->paras < 120)
        return false; /* short paragraphs: comments, captions, teasers */
    return !has_link_heading(dom, s);
}

/* Siblings of the top candidate that belong to the article. */
static uint32_t gather_siblings(pith_ctx *ctx, uint32_t top)
{
    pith_dom *dom = &ctx->dom;
    uint32_t parent = dom->els[top].parent;
    if (parent == PITH_NO_EL || parent == dom->html)
        return top;
    double topv = final_score(&dom->els[top]);
    double threshold = fmax(10.0, topv * 0.2);
    double mass_threshold = fmax(3.0, dom->els[top].mass * 0.15);
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
        } else if (s->mass >= mass_threshold && reads_like_article_part(dom, j)) {
            /* another part of the same article, split by figures or ads */
            keep[k] = true;
        } else if (s->tag == GUMBO_TAG_P || (is_scorable(s) && s->tag != GUMBO_TAG_TD)) {
            double ld = link_density(s);
            if (s->text >= 80 && ld < 0.25)
                keep[k] = true;
            else if (s->text > 0 && s->text < 80 && ld == 0 && ends_sentence(ctx, j))
                keep[k] = true;
        } else if ((is_heading((GumboTag)s->tag) || s->tag == GUMBO_TAG_UL ||
                    s->tag == GUMBO_TAG_OL || s->tag == GUMBO_TAG_BLOCKQUOTE ||
                    s->tag == GUMBO_TAG_TABLE || s->tag == GUMBO_TAG_FIGURE) &&
                   s->text > 0 && link_density(s) < 0.3 && j > top) {
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

/* ------------------------------------------------------------ filter */

/* Normalise text for title comparison: words in lower case (ASCII case
 * folded), separated by single spaces, punctuation and symbols dropped. */
static void title_words(const char *s, size_t n, pith_buf *out)
{
    bool space = false;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (pith_is_word_cp(cp)) {
            if (space && out->len)
                pith_buf_putc(out, ' ');
            space = false;
            if (cp < 0x80)
                pith_buf_putc(out, (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp));
            else
                pith_buf_append(out, s + i, (size_t)k);
        } else {
            space = true;
        }
        i += (size_t)k;
    }
}

/* Is needle a run of whole words inside hay? */
static bool contains_words(const pith_buf *hay, const pith_buf *needle)
{
    if (!needle->len || needle->len > hay->len)
        return false;
    for (const char *p = strstr(hay->data, needle->data); p; p = strstr(p + 1, needle->data)) {
        bool start = p == hay->data || p[-1] == ' ';
        char after = p[needle->len];
        if (start && (after == '\0' || after == ' '))
            return true;
    }
    return false;
}

/* Does hay begin or end with the words of needle? */
static bool starts_or_ends_with_words(const pith_buf *hay, const pith_buf *needle)
{
    size_t n = needle->len, m = hay->len;
    if (!n || n > m)
        return false;
    if (memcmp(hay->data, needle->data, n) == 0 && (n == m || hay->data[n] == ' '))
        return true;
    return memcmp(hay->data + m - n, needle->data, n) == 0 && (n == m || hay->data[m - n - 1] == ' ');
}

/* Jaccard overlap of the word sets of two normalised strings. */
static double word_overlap(const pith_buf *a, const pith_buf *b)
{
    unsigned inter = 0, na = 0, nb = 0;
    const char *p = a->data;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        na++;
        const char *q = b->data;
        while (*q) {
            const char *f = strchr(q, ' ');
            size_t m = f ? (size_t)(f - q) : strlen(q);
            if (m == n && memcmp(p, q, n) == 0) {
                inter++;
                break;
            }
            q += m + (f ? 1 : 0);
        }
        p += n + (e ? 1 : 0);
    }
    for (const char *q = b->data; *q; q++)
        if (q == b->data || q[-1] == ' ')
            nb++;
    unsigned uni = na + nb - inter;
    return uni ? (double)inter / uni : 0.0;
}

/* Does heading i repeat the page's title?  Any heading equal to it does;
 * the article's first heading also when it is the title's main part ("Story"
 * in "Site - Section - Story", "Story | Site") or the title plus a little
 * more. */
static bool title_like(pith_ctx *ctx, uint32_t i, bool first)
{
    const char *title = ctx->meta.title;
    if (!title)
        return false;
    pith_buf h = PITH_BUF_INIT, t = PITH_BUF_INIT;
    const char *text = pith_ctx_text(ctx, i, 400);
    title_words(text, ctx->scratch.len, &h);
    title_words(title, strlen(title), &t);
    bool like = false;
    if (h.len && t.len && !h.oom && !t.oom) {
        if (h.len == t.len && strcmp(h.data, t.data) == 0)
            like = true;
        else if (first && starts_or_ends_with_words(&t, &h) && h.len * 5 >= t.len)
            like = true; /* "Story | Site", "Site - Section - Story" */
        else if (first && contains_words(&t, &h) && h.len * 5 >= t.len * 2)
            like = true; /* the heading is the title's main part */
        else if (first && contains_words(&h, &t) && t.len * 5 >= h.len * 3)
            like = true; /* the heading is the title and a little more */
        else if (first && word_overlap(&h, &t) >= 0.6)
            like = true; /* the same headline, a word or two changed */
    }
    pith_buf_free(&h);
    pith_buf_free(&t);
    return like;
}

/* Is inline element i alone between blocks: its parent holds blocks, and
 * no text of the parent's own (outside links) surrounds it? */
static bool stray_inline(const pith_dom *dom, uint32_t i)
{
    uint32_t p = dom->els[i].parent;
    if (p == PITH_NO_EL || dom->els[p].blocks == 0 || dom->els[i].blocks > 0 ||
        (dom->els[i].flags & PITH_EL_BLOCK))
        return false;
    return pith_el_prose(dom, p, false).chars == 0;
}

/* Reject blocks inside the article that are not part of it.  The path down
 * to the best candidate (top) and the main path found by the clean stage
 * are never rejected. */
static void filter_article(pith_ctx *ctx, uint32_t main, uint32_t top)
{
    pith_dom *dom = &ctx->dom;
    bool seen_heading = false, seen_prose = false;
    for (uint32_t i = main + 1; i < dom->els[main].end; i++) {
        pith_el *el = &dom->els[i];
        if (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) {
            i = el->end - 1;
            continue;
        }
        if (el->flags & PITH_EL_IN_PRE)
            continue;
        bool on_path = (top != PITH_NO_EL && i <= top && top < el->end) ||
                       (el->flags & PITH_EL_HOLDS_MAIN);
        GumboTag t = (GumboTag)el->tag;
        double ld = link_density(el);
        if (is_heading(t)) {
            if (el->text > 0 && title_like(ctx, i, !seen_heading)) {
                pith_ctx_reject(ctx, i, "content:title");
                i = el->end - 1;
            }
            seen_heading = true;
            continue;
        }
        bool container = t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_UL ||
                         t == GUMBO_TAG_OL || t == GUMBO_TAG_DL || t == GUMBO_TAG_TABLE ||
                         t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FIGURE || t == GUMBO_TAG_HEADER;
        const char *rule = NULL;
        if (container) {
            int w = class_weight(el);
            if (el->commas < 10) {
                if (w < 0 && el->text < 1000)
                    rule = "content:negative-class";
                else if (w < 25 && ld > 0.35 && el->text < 2000)
                    rule = "content:link-density";
                else if (ld > 0.6)
                    rule = "content:link-density";
            }
        } else if (t == GUMBO_TAG_P || t == GUMBO_TAG_LI) {
            if (ld > 0.8 && el->text < 200 && el->links >= 1)
                rule = "content:link-line";
        }
        /* A lone short link standing between blocks above the story's first
         * paragraph: a section kicker ("Travel") or a stray navigation link. */
        if (!rule && !seen_prose && t == GUMBO_TAG_A && el->text > 0 && el->text < 40 &&
            el->link_text == el->text && stray_inline(dom, i))
            rule = "content:stray-link";
        if (t == GUMBO_TAG_P && el->text - el->link_text >= 50)
            seen_prose = true;
        /* A block of nothing but symbols: a decorative emoji, "* * *". */
        if (!rule && (el->flags & PITH_EL_BLOCK) && el->blocks == 0 && el->text > 0 &&
            el->words == 0 && t != GUMBO_TAG_TD && t != GUMBO_TAG_TH)
            rule = "content:no-words";
        if (rule && !on_path) {
            pith_ctx_reject(ctx, i, rule);
            i = el->end - 1;
        }
    }
}

/* ------------------------------------------------------------ stage */

/* ------------------------------------------------------------ duplicates */

#define DUP_MIN_TEXT 30  /* shorter blocks may repeat for good reasons */

static uint64_t hash_text(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h ? h : 1;
}

/* The same block shown again elsewhere on its own (a caption repeated by a
 * gallery, a teaser shown twice, the title as a body line): keep the first.
 * Blocks repeated under one parent (a chorus, a refrain, a recipe's
 * repeated step) and repeated blocks followed by more text (an interview's
 * questions) are the author's and stay.  Blocks are compared by the hash of
 * their rendered text. */
typedef struct seen_block {
    uint64_t hash;
    uint32_t parent;
} seen_block;

/* Does more text follow the element inside its parent?  A repeated
 * question followed by its answer belongs to an interview; a repeated
 * caption or teaser stands alone. */
static bool followed_by_text(const pith_dom *dom, uint32_t i)
{
    uint32_t p = dom->els[i].parent;
    if (p == PITH_NO_EL)
        return false;
    for (uint32_t j = dom->els[i].end; j < dom->els[p].end; j = dom->els[j].end)
        if (dom->els[j].text > 0 && !(dom->els[j].flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)))
            return true;
    return false;
}

static void drop_duplicates(pith_ctx *ctx, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    uint32_t cap = 256;
    while (cap < dom->els[main].end - main)
        cap *= 2;
    seen_block *seen = pith_arena_calloc(ctx->arena, cap, sizeof *seen);
    if (!seen)
        return;
    if (ctx->meta.title) {
        uint64_t h = hash_text(ctx->meta.title, strlen(ctx->meta.title));
        seen[h & (cap - 1)] = (seen_block){h, PITH_NO_EL};
    }
    for (uint32_t i = main + 1; i < dom->els[main].end; i++) {
        pith_el *el = &dom->els[i];
        if (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) {
            i = el->end - 1;
            continue;
        }
        GumboTag t = (GumboTag)el->tag;
        bool leaf = (el->flags & PITH_EL_BLOCK) && el->blocks == 0 && t != GUMBO_TAG_TD &&
                    t != GUMBO_TAG_TH && t != GUMBO_TAG_BR && !(el->flags & PITH_EL_IN_PRE);
        if (!leaf || el->text < DUP_MIN_TEXT)
            continue;
        const char *text = pith_ctx_text(ctx, i, 0);
        uint64_t h = hash_text(text, ctx->scratch.len);
        uint32_t slot = (uint32_t)h & (cap - 1);
        while (seen[slot].hash && seen[slot].hash != h)
            slot = (slot + 1) & (cap - 1);
        if (!seen[slot].hash)
            seen[slot] = (seen_block){h, el->parent};
        else if (seen[slot].parent == PITH_NO_EL)
            pith_ctx_reject(ctx, i, "content:title"); /* the title as a body line */
        else if (seen[slot].parent != el->parent && !followed_by_text(dom, i))
            pith_ctx_reject(ctx, i, "content:duplicate");
        i = el->end - 1;
    }
}

/* ------------------------------------------------------------ cascade */

static bool inside(const pith_dom *dom, uint32_t root, uint32_t i)
{
    return root != PITH_NO_EL && i >= root && i < dom->els[root].end &&
           !pith_el_within(dom, i, PITH_EL_REJECTED);
}

/* Characters of GOOD and BAD units inside and outside the article. */
typedef struct verdict {
    uint32_t good_in, bad_in, good_out;
    uint32_t best_out; /* the largest GOOD unit outside, PITH_NO_EL if none */
    uint32_t best_out_chars;
} verdict;

static verdict tally(const pith_dom *dom, const pith_units *u, uint32_t main)
{
    verdict v = {0, 0, 0, PITH_NO_EL, 0};
    for (uint32_t k = 0; k < u->n; k++) {
        const pith_unit *x = &u->u[k];
        bool in = inside(dom, main, x->el);
        bool good = x->final == PITH_UNIT_GOOD;
        if (in && good)
            v.good_in += x->chars;
        else if (in)
            v.bad_in += x->chars;
        else if (good) {
            v.good_out += x->chars;
            if (x->chars > v.best_out_chars && !pith_el_within(dom, x->el, PITH_EL_COMMENTS)) {
                v.best_out_chars = x->chars;
                v.best_out = x->el;
            }
        }
    }
    return v;
}

static uint32_t common_ancestor(const pith_dom *dom, uint32_t a, uint32_t b)
{
    while (a != PITH_NO_EL && !(a <= b && b < dom->els[a].end))
        a = dom->els[a].parent;
    return a;
}

/* Allow elements the content stage rejected under root back in. */
static void unreject(pith_dom *dom, uint32_t root)
{
    for (uint32_t i = root; i < dom->els[root].end; i++)
        dom->els[i].flags &= ~(uint32_t)PITH_EL_REJECTED;
}

/* The recall pass: when the chosen article holds little of the page's good
 * prose and much of it lies outside, widen the article to the nearest
 * ancestor that takes the largest good paragraph in.  In balanced mode
 * only for clearly truncated results; in recall mode whenever the good
 * prose outside is substantial. */
uint32_t pith_content_recall(pith_ctx *ctx, const pith_units *u, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    verdict v = tally(dom, u, main);
    bool recall = ctx->opt->favor == PITH_FAVOR_RECALL;
    bool truncated = v.good_in + v.bad_in < 1000 && v.good_out > 3 * (v.good_in > 200 ? v.good_in : 200);
    bool worth = recall && v.good_out >= 300 && v.good_out * 2 > v.good_in;
    if ((!truncated && !worth) || v.best_out == PITH_NO_EL)
        return main;
    uint32_t a = common_ancestor(dom, main, v.best_out);
    if (a == PITH_NO_EL || a == dom->html || (a == dom->body && !truncated))
        return main;
    unreject(dom, a);
    return a;
}

/* Precision mode: the units the classifier judges boilerplate go, unless
 * they are parts of structures (lists, tables, code) the article keeps. */
static void precision_pass(pith_ctx *ctx, const pith_units *u, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    for (uint32_t k = 0; k < u->n; k++) {
        const pith_unit *x = &u->u[k];
        if (x->final != PITH_UNIT_BAD || x->own || !inside(dom, main, x->el))
            continue;
        GumboTag t = (GumboTag)dom->els[x->el].tag;
        if (t == GUMBO_TAG_LI || t == GUMBO_TAG_TD || t == GUMBO_TAG_TH || t == GUMBO_TAG_PRE ||
            (dom->els[x->el].flags & PITH_EL_IN_PRE))
            continue;
        if (x->heading && k + 1 < u->n && u->u[k + 1].final == PITH_UNIT_GOOD)
            continue;
        pith_ctx_reject(ctx, x->el, "classifier:boilerplate");
    }
}

/* How sure pith is that it found an article: long enough, made of real
 * paragraphs the classifier calls prose, not a list of links, and holding
 * most of the page's prose. */
static double confidence_of(const pith_dom *dom, uint32_t main, const pith_units *u)
{
    if (main == PITH_NO_EL)
        return 0.0;
    const pith_el *m = &dom->els[main];
    verdict v = tally(dom, u, main);
    double length = 1.0 - exp(-(double)m->text / 1500.0);
    double paras = 1.0 - exp(-(double)m->paras / 4.0);
    double links = 1.0 - fmin(1.0, link_density(m) * 2.0);
    double prose = (v.good_in + v.bad_in) ? (double)v.good_in / (v.good_in + v.bad_in) : 0.0;
    double share = (v.good_in + v.good_out) ? (double)v.good_in / (v.good_in + v.good_out) : 0.0;
    double c = 0.3 * length + 0.2 * paras + 0.15 * links + 0.2 * prose + 0.15 * share;
    return c < 0 ? 0 : c > 1 ? 1 : c;
}

void pith_content(pith_ctx *ctx)
{
    pith_dom *dom = &ctx->dom;
    ctx->main = PITH_NO_EL;
    if (dom->body == PITH_NO_EL || dom->els[dom->body].text == 0)
        return;
    bool *seen = pith_arena_calloc(ctx->arena, dom->n, sizeof *seen);
    if (!seen)
        return;
    /* 1. structural candidate and scorer candidate */
    score_blocks(ctx, seen);
    sum_mass(dom);
    uint32_t top = choose_top(ctx, seen);
    uint32_t marked = marked_body(dom);
    if (marked != PITH_NO_EL &&
        (top == PITH_NO_EL || is_ancestor(dom, marked, top) ||
         (is_ancestor(dom, top, marked) && dom->els[marked].text * 10 >= dom->els[top].text * 6)))
        top = marked;
    uint32_t main;
    if (top == PITH_NO_EL) {
        main = dom->body;
    } else if (top == marked) {
        main = top;
    } else {
        main = gather_siblings(ctx, top);
    }
    /* 2. the classifier's verdict, and the recall pass */
    pith_units units;
    if (!pith_classify(ctx, dom->body, PITH_EL_DROPPED, &units))
        memset(&units, 0, sizeof units);
    uint32_t widened = pith_content_recall(ctx, &units, main);
    if (widened != main) {
        main = widened;
        top = PITH_NO_EL;
    }
    /* 3. filter inside the article */
    pith_dom_stats(dom, true);
    filter_article(ctx, main, top);
    if (ctx->opt->favor == PITH_FAVOR_PRECISION)
        precision_pass(ctx, &units, main);
    drop_duplicates(ctx, main);
    pith_dom_stats(dom, true);
    ctx->main = main;
    ctx->confidence = confidence_of(dom, main, &units);
}
