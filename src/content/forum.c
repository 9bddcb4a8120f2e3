/*
 * forum.c — a thread's posts: on a forum or Q&A page the content is every
 * post in order (the question and each answer), each with the poster's name
 * and the time it was written, and nothing else of the thread's page: not
 * the user cards beside the posts (rank, join date, post count), not the
 * comments under an answer, the vote counts, the "similar threads" and "top
 * posters" boxes, the thread's statistics or the reply box.
 *
 * Forum software writes every post from one template, so the posts' bodies
 * are a group of alike elements (the same tag and first class token: the
 * "message-body"s, "post-text"s or "cooked"s of the thread; without a
 * class, the same stem of a numbered id: the "post_message_4211"s) that
 * together hold much of the page's text.  The posts around them (body, user card,
 * buttons) are such a group too, but they hold the bodies; the comments
 * under a Q&A page's answers hold no group, but their posts (each one's
 * largest ancestor holding no other) hold less of the page than the
 * bodies' posts do (see find_bodies); the quotes of other posts inside the
 * bodies (under a <blockquote>) are a group too, but no posts of the
 * thread, and the bodies holding them are bodies still.  From each post,
 * above its body, the poster's name and the time are kept.
 *
 * When no group qualifies (a thread of one post, software without classes)
 * the page's main region is kept as it is.
 */
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "internal.h"
#include "pagetype/pagetype.h"
#include "rules/quote_labels.h"
#include "rules/poster_names.h"
#include "util/ascii.h"
#include "util/fnv.h"
#include "util/utf8.h"

/* The bodies hold at least BODY_SHARE of the region's text: a thread's
 * posts are most of its page, even beside its user cards and comments;
 * a thread's code blocks or quotes are not. */
#define BODY_SHARE 0.35
#define BODY_LINKS_MAX_PART 3 /* posts are prose: under a third of their text in links,
                                 * unlike the lists of other threads beside them */
#define OPENING_PROSE_MIN 100 /* non-space bytes of paragraphs: a post, not a notice */
#define QUALIFYING_MAX 32    /* groups compared: a page nests fewer wrappers */
#define BODIES_MIN 2         /* one post is a page the region already gives */
#define POSTER_TEXT_MAX 80   /* non-space bytes of a poster's name: a name, not a card */

typedef struct keyed {
    uint32_t key; /* hash of the tag and the first class token */
    uint32_t el;
} keyed;

/* The stem of an id that numbers its element ("post_message_4859" gives
 * "post_message_"), or 0 bytes: forum software that writes a post's body
 * without a class still numbers it for links to it. */
static size_t numbered_id_stem(const pith_el *el, const char **stem)
{
    const char *id = pith_attr(el, "id");
    if (!id)
        return 0;
    size_t n = strlen(id), digits = 0;
    while (digits < n && pith_ascii_is_digit(id[n - 1 - digits]))
        digits++;
    *stem = id;
    return digits ? n - digits : 0;
}

/* The key of el's group: its tag and first class token or, without a
 * class, the stem of its numbered id; false when it has neither. */
static bool group_key(const pith_el *el, uint32_t *key)
{
    uint32_t h = PITH_FNV1A_32_BASIS ^ el->tag;
    const char *c;
    size_t n = pith_el_first_class(el, &c);
    if (n == 0) {
        n = numbered_id_stem(el, &c);
        h = pith_fnv1a_32(h, '#'); /* an id's stem is no class token */
    }
    for (size_t j = 0; j < n; j++)
        h = pith_fnv1a_32(h, (unsigned char)c[j]);
    *key = h;
    return n > 0;
}

static int by_key(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->el < y->el ? -1 : x->el > y->el;
}

/* One group of alike elements: [from, to) of the sorted array. */
typedef struct group {
    size_t from, to;
    uint32_t count, text, link_text; /* of its outermost members */
} group;

/* Count the outermost members of one group (a quote in a quote is one). */
static group measure(const pith_dom *dom, const keyed *k, size_t from, size_t to)
{
    group g = {from, to, 0, 0, 0};
    uint32_t last_end = 0;
    for (size_t j = from; j < to; j++) {
        const pith_el *el = &dom->els[k[j].el];
        if (k[j].el < last_end || !pith_el_alike(el, &dom->els[k[from].el]))
            continue;
        g.count++;
        g.text += el->text;
        g.link_text += el->link_text;
        last_end = el->end;
    }
    return g;
}

static bool skipped(const pith_el *el)
{
    return (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) != 0;
}

/* The post around body b: its largest ancestor inside the region holding
 * no other body (prev and next are the bodies before and after it, or
 * PITH_NO_EL). */
static uint32_t post_of(const pith_dom *dom, uint32_t region, uint32_t b, uint32_t prev,
                        uint32_t next)
{
    uint32_t p = b;
    for (;;) {
        uint32_t up = dom->els[p].parent;
        if (up == PITH_NO_EL || up == region || up < region)
            return p;
        if (prev != PITH_NO_EL && up <= prev)
            return p;
        if (next != PITH_NO_EL && dom->els[up].end > next)
            return p;
        p = up;
    }
}

/* How much text the posts of group g hold, each member's post being its
 * largest ancestor holding no other member: the posts of a thread's
 * bodies hold the thread, those of the comments under its answers, or of
 * the quotes and code blocks in its posts, hold little more than
 * themselves. */
static uint32_t posts_text(const pith_dom *dom, uint32_t region, const keyed *k, group g,
                           const uint8_t *owner, uint8_t self)
{
    uint32_t total = 0, prev = PITH_NO_EL;
    size_t j = g.from;
    while (j < g.to && owner[k[j].el] != self)
        j++;
    while (j < g.to) {
        size_t nx = j + 1;
        while (nx < g.to && owner[k[nx].el] != self)
            nx++;
        uint32_t next = nx < g.to ? k[nx].el : PITH_NO_EL;
        total += dom->els[post_of(dom, region, k[j].el, prev, next)].text;
        prev = k[j].el;
        j = nx;
    }
    return total;
}

/* Whether attribute value v (may be NULL) holds one of names. */
static bool holds_any(const char *v, const char *const *names)
{
    if (!v)
        return false;
    for (const char *const *n = names; *n; n++)
        if (strstr(v, *n))
            return true;
    return false;
}

static bool class_names(const pith_el *el, const char *const *names)
{
    return holds_any(el->cls, names);
}

/* A quote in a post: a <blockquote>, an <aside> (Discourse), or a box
 * classed as one where the software writes its quotes as boxes
 * (vBulletin's "bbcode_quote": "Originally Posted by jane" over the
 * quoted words). */
static bool is_quote(const pith_el *el)
{
    static const char *const names[] = {"quote", NULL};
    return el->tag == GUMBO_TAG_BLOCKQUOTE || el->tag == GUMBO_TAG_ASIDE || class_names(el, names);
}

/* The word forum software writes over a quote ("Quote:", "Zitat:";
 * rules/quote_labels.c), a line alone, heads the quote: as its first line
 * (Invision's citation, UBB's title, inside the <blockquote>) or as the
 * line just before the box holding it (vBulletin 3's "Quote:" over a
 * table or panel that no class names as a quote).  The label goes (see
 * is_quote_label); the box after it is a quote. */
#define QUOTE_LABEL_MAX 16  /* non-space bytes: a word and its colon */
#define QUOTE_LABEL_DEPTH 3 /* boxes from the label up to the quote it heads */

static bool says_quote(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->text == 0 || el->text > QUOTE_LABEL_MAX)
        return false;
    const char *t = pith_ctx_text(ctx, i, 0);
    return pith_rules_is_quote_label(t, strlen(t));
}

/* The element just after i under the same parent, or PITH_NO_EL: the box
 * a quote's label heads from outside (its words may have gone already, as
 * a copy of an earlier post). */
static uint32_t next_sibling(const pith_dom *dom, uint32_t i)
{
    uint32_t next = dom->els[i].end;
    return next < dom->n && dom->els[next].parent == dom->els[i].parent ? next : PITH_NO_EL;
}

/* Whether element i, met in document order, is a quote in a post: one by
 * its tag or class (is_quote), or the box a quote's label met before
 * heads (*labelled, which a label met at i sets). */
static bool quote_at(pith_ctx *ctx, uint32_t i, uint32_t *labelled)
{
    bool quote = is_quote(&ctx->dom.els[i]) || i == *labelled;
    uint32_t next = says_quote(ctx, i) ? next_sibling(&ctx->dom, i) : PITH_NO_EL;
    if (next != PITH_NO_EL)
        *labelled = next;
    return quote;
}

/* How deep in quotes each element of the region is: the quotes (quote_at)
 * among its ancestors and itself, inside the region. */
static uint16_t *quote_depths(pith_ctx *ctx, uint32_t region)
{
    const pith_dom *dom = &ctx->dom;
    uint16_t *depth = pith_arena_calloc(ctx->arena, dom->n, sizeof *depth);
    if (!depth)
        return NULL;
    uint32_t labelled = PITH_NO_EL;
    for (uint32_t i = region + 1; i < dom->els[region].end; i++) {
        const pith_el *el = &dom->els[i];
        uint16_t up = el->parent > region ? depth[el->parent] : 0;
        depth[i] = up + (quote_at(ctx, i, &labelled) && up < UINT16_MAX);
    }
    return depth;
}

/* Group g (1-based, self) among the qualifying groups (owner[] names each
 * one's members): whether a member of g holds an element of another group
 * (then g wraps that group: the posts around the bodies), and which other
 * groups have members quoted in g's members (under a quote inside
 * the member, deeper than the member itself: a post quoting another is a
 * body still, and what it quotes is no post of the thread). */
static bool holds_another(const pith_dom *dom, const keyed *k, group g, const uint8_t *owner,
                          uint8_t self, const uint16_t *quotes, bool *quoted)
{
    uint32_t last_end = 0;
    bool holds = false;
    for (size_t j = g.from; j < g.to; j++) {
        uint32_t m = k[j].el;
        if (m < last_end || owner[m] != self)
            continue;
        last_end = dom->els[m].end;
        for (uint32_t i = m + 1; i < last_end; i++) {
            if (!owner[i] || owner[i] == self)
                continue;
            if (quotes[i] > quotes[m])
                quoted[owner[i] - 1] = true;
            else
                holds = true;
        }
    }
    return holds;
}

/* Mark the outermost members of g in mark[] with v. */
static void mark_members(const pith_dom *dom, const keyed *k, group g, uint8_t *mark, uint8_t v)
{
    uint32_t last_end = 0;
    for (size_t j = g.from; j < g.to; j++) {
        uint32_t i = k[j].el;
        if (i < last_end || !pith_el_alike(&dom->els[i], &dom->els[k[g.from].el]))
            continue;
        mark[i] = v;
        last_end = dom->els[i].end;
    }
}

/* The posts' bodies.  The groups of alike elements holding at least
 * BODY_SHARE of the region's text, and mostly not in links, qualify: the
 * posts, their bodies, the wrappers around them, the replies without the
 * opening post.  The bodies are inside the others: of the groups none of
 * whose members holds a member of another (a thread's bodies and, beside
 * them, the comments under its answers), the one whose posts hold the
 * most text.  Its members are marked in body[] and counted in *n.  False
 * when no group qualifies. */
static bool find_bodies(pith_ctx *ctx, uint32_t region, bool *body, uint32_t *n)
{
    pith_dom *dom = &ctx->dom;
    const pith_el *r = &dom->els[region];
    keyed *k = pith_arena_calloc(ctx->arena, r->end - region, sizeof *k);
    uint8_t *owner = pith_arena_calloc(ctx->arena, dom->n, sizeof *owner);
    if (!k || !owner)
        return false;
    size_t m = 0;
    for (uint32_t i = region + 1; i < r->end; i++) {
        const pith_el *el = &dom->els[i];
        if (skipped(el) || el->cat == PITH_CAT_AUTHOR) { /* a signature or user card is written
                                                            * in the bodies' markup, but no body */
            i = el->end - 1;
            continue;
        }
        uint32_t key;
        if (el->text > 0 && group_key(el, &key))
            k[m++] = (keyed){key, i};
    }
    qsort(k, m, sizeof *k, by_key);
    group q[QUALIFYING_MAX];
    size_t nq = 0;
    double need = BODY_SHARE * r->text;
    for (size_t from = 0, to; from < m && nq < QUALIFYING_MAX; from = to) {
        for (to = from + 1; to < m && k[to].key == k[from].key; to++)
            ;
        group g = measure(dom, k, from, to);
        if (g.count >= BODIES_MIN && g.text >= need &&
            g.link_text * BODY_LINKS_MAX_PART < g.text) {
            q[nq] = g;
            mark_members(dom, k, g, owner, (uint8_t)(++nq));
        }
    }
    uint16_t *quotes = quote_depths(ctx, region);
    if (!quotes)
        return false;
    bool holds[QUALIFYING_MAX], quoted[QUALIFYING_MAX] = {false};
    for (size_t g = 0; g < nq; g++)
        holds[g] = holds_another(dom, k, q[g], owner, (uint8_t)(g + 1), quotes, quoted);
    size_t best = nq;
    uint32_t best_posts = 0;
    for (size_t g = 0; g < nq; g++) {
        if (holds[g] || quoted[g])
            continue;
        uint32_t t = posts_text(dom, region, k, q[g], owner, (uint8_t)(g + 1));
        if (best == nq || t > best_posts) {
            best = g;
            best_posts = t;
        }
    }
    if (best == nq)
        return false;
    for (uint32_t i = region + 1; i < r->end; i++)
        body[i] = owner[i] == best + 1;
    *n = q[best].count;
    return true;
}

static bool has_itemprop(const pith_el *el, const char *const *names)
{
    return holds_any(pith_attr(el, "itemprop"), names);
}

/* The poster's name: schema.org's author, a class naming the poster, or a
 * link showing the user name it carries (data-username). */
static bool is_poster(const pith_dom *dom, uint32_t i)
{
    static const char *const props[] = {"author", "creator", NULL};
    static const char *const names[] = {"author", "poster", NULL}; /* beside the user names */
    const pith_el *el = &dom->els[i];
    return el->text > 0 && el->text <= POSTER_TEXT_MAX &&
           (has_itemprop(el, props) || class_names(el, names) ||
            pith_rules_class_names_a_user(el->cls) || pith_el_shows_its_user_name(dom, i));
}

/* Inside a poster's card (schema.org's author around the avatar, the rank
 * and the join date), the name alone: its itemprop=name or user name, the
 * innermost one (a "username_container" holds the rank beside the
 * "username" link), else the card's first link with text (the name links
 * to the poster's profile; the avatar's link before it shows no text, or
 * the poster's initial, one letter; the post count and join date after it
 * are no links). */
#define AVATAR_INITIAL_MAX 4 /* bytes of one UTF-8 character: "J" for julian, "Ж" for Жанна */

/* Does link i show one character alone (an avatar's initial)? */
static bool shows_an_initial(const pith_dom *dom, uint32_t i)
{
    if (dom->els[i].text > AVATAR_INITIAL_MAX)
        return false;
    pith_buf text = PITH_BUF_INIT;
    pith_el_text(dom, i, &text, AVATAR_INITIAL_MAX);
    uint32_t cp;
    bool one = text.len > 0 && pith_utf8_decode(text.data, text.len, &cp) == (int)text.len;
    pith_buf_free(&text);
    return one;
}

static uint32_t poster_name(const pith_dom *dom, uint32_t card)
{
    static const char *const props[] = {"name", NULL};
    uint32_t link = PITH_NO_EL, name = PITH_NO_EL, end = dom->els[card].end;
    for (uint32_t i = card + 1; i < end; i++) {
        const pith_el *el = &dom->els[i];
        if (skipped(el)) {
            i = el->end - 1;
        } else if (el->text > 0 &&
                   (has_itemprop(el, props) || pith_rules_class_names_a_user(el->cls))) {
            name = i;
            end = el->end;
        } else if (link == PITH_NO_EL && el->tag == GUMBO_TAG_A && el->text > 0 &&
                   !shows_an_initial(dom, i)) {
            link = i;
        }
    }
    return name != PITH_NO_EL ? name : link != PITH_NO_EL ? link : card;
}

#define FACT_LEVELS 3 /* boxes from a date up to the <dd> holding it: a few spans */

/* Is element i, or a box just above it, the value of a labelled pair
 * (<dt>Joined</dt><dd>Feb 8, 2023</dd>, <dt>Registered</dt><dd>...)?
 * A user card lists its poster's facts so: the date there is their join
 * date, not the post's time. */
static bool card_fact(const pith_dom *dom, uint32_t i)
{
    for (int up = 0; up < FACT_LEVELS && i != PITH_NO_EL; up++, i = dom->els[i].parent)
        if (dom->els[i].tag == GUMBO_TAG_DD)
            return true;
    return false;
}

/* Does element i show when the post was written: a <time>, or with by_text
 * a date written as text, not a card's labelled fact?  (What shows a time
 * without by_text shows one with it: one call asks.) */
static bool post_time_at(pith_ctx *ctx, uint32_t i, bool by_text)
{
    return pith_pagetype_shows_a_time(ctx, i, by_text && !card_fact(&ctx->dom, i));
}

/* The innermost element of [i, end of i) showing when the post was
 * written (a <time> in a line "by jane - 3 May 2024" that reads as a date
 * too), or PITH_NO_EL; by_text, a date written as text counts. */
static uint32_t time_in(pith_ctx *ctx, uint32_t i, bool by_text)
{
    uint32_t t = PITH_NO_EL, end = ctx->dom.els[i].end;
    for (uint32_t k = i; k < end; k++) {
        const pith_el *el = &ctx->dom.els[k];
        if (skipped(el)) {
            k = el->end - 1;
        } else if (post_time_at(ctx, k, by_text)) {
            t = k;
            end = el->end;
        }
    }
    return t;
}

/* What keep_byline found of a post's byline so far. */
typedef struct byline {
    bool poster, time;
    uint32_t card; /* the poster's card that named them, or PITH_NO_EL */
    uint32_t when; /* the element kept as the post's time, or PITH_NO_EL */
} byline;

/* Does element el hold a poster, their card or the post's time (forum
 * software's profile panel, "postprofile", "author", is written as an
 * author box: it holds the poster's name, and the rank and join date
 * that go)? */
static bool byline_part(pith_ctx *ctx, uint32_t i, bool by_text)
{
    const pith_el *el = &ctx->dom.els[i];
    return el->cat == PITH_CAT_AUTHOR || is_poster(&ctx->dom, i) || post_time_at(ctx, i, by_text);
}

/* Read the part of a byline at i: the poster's name if not known yet and
 * the post's time if not known yet (none from the card naming the poster:
 * the date on it is their join date). */
static void read_byline_part(pith_ctx *ctx, uint32_t i, bool by_text, byline *f, bool *keep)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t t = f->time || i == f->card ? PITH_NO_EL : time_in(ctx, i, by_text);
    uint32_t name = f->poster || t == i ? PITH_NO_EL : poster_name(dom, i);
    if (name != PITH_NO_EL && t != PITH_NO_EL && t >= name && t < dom->els[name].end)
        name = PITH_NO_EL; /* a card's only link is the post's time */
    if (name != PITH_NO_EL) {
        keep[name] = f->poster = true;
        if (dom->els[i].cat == PITH_CAT_AUTHOR) {
            f->card = i;
            t = PITH_NO_EL;
        }
    }
    if (t != PITH_NO_EL) {
        keep[t] = f->time = true;
        f->when = t;
    }
}

static void read_byline(pith_ctx *ctx, uint32_t p, uint32_t b, bool by_text, byline *f,
                        bool *keep)
{
    for (uint32_t i = p + 1; i < b && !(f->poster && f->time); i++) {
        const pith_el *el = &ctx->dom.els[i];
        if (skipped(el) || byline_part(ctx, i, by_text)) {
            if (!skipped(el))
                read_byline_part(ctx, i, by_text, f, keep);
            i = el->end - 1;
        }
    }
}

#define SIGNED_LINE_LEVELS 2  /* boxes from a post's time up to the line naming its poster */
#define SIGNED_LINE_ELEMENTS 32 /* elements of that line looked at: a name, a comma, a date */

/* Does the line at a (its first SIGNED_LINE_ELEMENTS elements) name a
 * poster? */
static bool names_a_poster(const pith_dom *dom, uint32_t a)
{
    uint32_t end = dom->els[a].end;
    if (end - a > SIGNED_LINE_ELEMENTS)
        end = a + SIGNED_LINE_ELEMENTS;
    for (uint32_t k = a + 1; k < end; k++)
        if (is_poster(dom, k))
            return true;
    return false;
}

/* A post whose byline names its poster but shows no time may sign the
 * post under its body: a line naming the poster again beside the time
 * ("jane, May 12, 2024", XenForo 1's messageMeta).  That time is kept;
 * the rest of the footer goes. */
static void keep_signed_time(pith_ctx *ctx, uint32_t p, uint32_t b, bool *keep)
{
    const pith_dom *dom = &ctx->dom;
    for (uint32_t i = dom->els[b].end; i < dom->els[p].end; i++) {
        const pith_el *el = &dom->els[i];
        if (skipped(el) || !post_time_at(ctx, i, true))
            continue;
        uint32_t a = el->parent;
        for (int up = 0; up < SIGNED_LINE_LEVELS && a != PITH_NO_EL && a != p;
             up++, a = dom->els[a].parent)
            if (names_a_poster(dom, a)) {
                keep[time_in(ctx, i, true)] = true;
                return;
            }
        i = el->end - 1;
    }
}

#define NAME_LINE_LEVELS 2 /* boxes from a post's time up to its line in the header */
#define NAME_LINE_MAX 40   /* non-space bytes of a line naming a poster */

#define UTF8_SIGNS_C2 0xC2 /* lead byte of U+0080..U+00BF: signs ("·", "»", "©") */
#define UTF8_SIGNS_E2 0xE2 /* lead byte of U+2000..U+2FFF: dashes, bullets, arrows */

/* Does text s open with a letter (ASCII, or a UTF-8 sequence of another
 * script: Latin-1's letters, Greek, Cyrillic, CJK...), as a name does, not
 * with a number or a sign ("#2", "· Jan 3")? */
static bool opens_with_a_letter(const char *s)
{
    while (pith_ascii_is_space(*s))
        s++;
    unsigned char c = (unsigned char)*s;
    return pith_ascii_is_alpha(*s) || (c > UTF8_SIGNS_C2 && c != UTF8_SIGNS_E2);
}

/* A post's header may name its poster in a plain line of its own, with no
 * class, link or microdata to say so, just above the line of its time
 * (a name, then "14/03/2025 at 9:42 am"; hashed class names): the short
 * line of text just before the time's line, inside the post, is its
 * poster's name. */
static void keep_name_line(pith_ctx *ctx, uint32_t p, uint32_t t, bool *keep)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t line = t;
    for (int up = 0; up < NAME_LINE_LEVELS && pith_dom_previous_sibling(dom, line) == PITH_NO_EL;
         up++) {
        uint32_t a = dom->els[line].parent;
        if (a == PITH_NO_EL || a == p || dom->els[a].text != dom->els[t].text)
            return; /* the time shares its line (a name, a "·" before it) */
        line = a;
    }
    uint32_t before = pith_dom_previous_sibling(dom, line);
    if (before == PITH_NO_EL)
        return;
    const pith_el *el = &dom->els[before];
    if (!skipped(el) && el->text > 0 && el->text <= NAME_LINE_MAX && el->blocks == 0 &&
        el->links == 0 && opens_with_a_letter(pith_ctx_text(ctx, before, 0)))
        keep[before] = true;
}

/* Mark what of post p, before its body b, is kept: the first poster's
 * name and the time the post was written, each part of the byline (a
 * card, a <time>, the poster's name) read whole; a date written as text
 * only when the post shows no <time> (the join date under a poster's name
 * is text).  What follows the body is the post's footer: its buttons, its
 * signature, the comments under it with their posters (of it, only a
 * time the post is signed with, when the byline shows none:
 * keep_signed_time).  A byline with a time and no poster found may name
 * them in a plain line over the time (keep_name_line). */
static void keep_byline(pith_ctx *ctx, uint32_t p, uint32_t b, bool *keep)
{
    byline f = {false, false, PITH_NO_EL, PITH_NO_EL};
    read_byline(ctx, p, b, false, &f, keep);
    if (!f.time)
        read_byline(ctx, p, b, true, &f, keep);
    if (f.poster && !f.time)
        keep_signed_time(ctx, p, b, keep);
    if (f.time && !f.poster)
        keep_name_line(ctx, p, f.when, keep);
}

/* Forum software often writes the opening post from a template of its
 * own: then the group of alike bodies holds the replies only, inside a
 * box of replies.  The opening post is then the prose just before that
 * box: the nearest earlier sibling with prose of the bodies' smallest
 * common ancestor, kept whole; or, when that box opens its own wrapper
 * (<section id=replies><ul>...), of the wrapper, up to
 * OPENING_POST_LEVELS boxes up. */
#define OPENING_POST_LEVELS 3

#define BETWEEN_ELEMENTS_MAX 64 /* elements between the opening post and the box of
                                  * replies: a count of replies, a sort bar, a reply
                                  * button, not the site's menus between its banner and
                                  * the thread (removed or not) */

/* The nearest earlier sibling of box in whose subtree find finds an
 * element (not PITH_NO_EL), when no more than BETWEEN_ELEMENTS_MAX
 * elements lie between them, with that element in *found (when found is
 * not NULL); or PITH_NO_EL. */
static uint32_t nearest_before_box(pith_ctx *ctx, uint32_t box,
                                   uint32_t (*find)(pith_ctx *ctx, uint32_t i), uint32_t *found)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t nearest = PITH_NO_EL;
    for (uint32_t c = dom->els[box].parent + 1; c < box; c = dom->els[c].end) {
        if (skipped(&dom->els[c]) || box - dom->els[c].end > BETWEEN_ELEMENTS_MAX)
            continue;
        uint32_t in = find(ctx, c);
        if (in != PITH_NO_EL) {
            nearest = c;
            if (found)
                *found = in;
        }
    }
    return nearest;
}

/* Element i when it holds prose, with few links: the opening post's body;
 * else PITH_NO_EL. */
static uint32_t opening_prose(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return el->para_text >= OPENING_PROSE_MIN && el->link_text * BODY_LINKS_MAX_PART < el->text
               ? i
               : PITH_NO_EL;
}

/* Does element p show a post's time (a summary of the thread above its
 * posts shows none)? */
static bool shows_a_time(pith_ctx *ctx, uint32_t p)
{
    for (uint32_t i = p + 1; i < ctx->dom.els[p].end; i++)
        if (pith_pagetype_shows_a_time(ctx, i, false))
            return true; /* removed or not: a summary shows none */
    return false;
}

#define OPENING_BODY_SHARE 0.9 /* of a box's prose in one child: the post's body */

/* The body of the opening post p: the box inside it holding nearly all its
 * prose outside links, without its title, buttons and tags beside it
 * ("Reply", "Share", "#beginner"). */
static uint32_t unlinked_prose(const pith_el *el)
{
    return el->para_text > el->link_text ? el->para_text - el->link_text : 0;
}

static uint32_t opening_body(const pith_dom *dom, uint32_t p)
{
    for (;;) {
        uint32_t inner = PITH_NO_EL;
        for (uint32_t c = p + 1; c < dom->els[p].end; c = dom->els[c].end)
            if (!skipped(&dom->els[c]) && unlinked_prose(&dom->els[c]) >=
                                              OPENING_BODY_SHARE * unlinked_prose(&dom->els[p]))
                inner = c;
        if (inner == PITH_NO_EL || dom->els[inner].tag == GUMBO_TAG_P)
            return p;
        p = inner;
    }
}

/* Forum software describes a thread by its opening post's first words
 * (the meta description, cut short with "…"): a box whose text opens with
 * DESCRIBED_MIN non-space bytes of the description is the opening post,
 * whatever template it is written from and wherever its time is shown. */
#define DESCRIBED_MIN 60 /* non-space bytes compared: a sentence, not a site's motto */

/* Do the non-space bytes of a and b agree over the first n of them? */
static bool same_start(const char *a, const char *b, uint32_t n)
{
    for (; n > 0; n--) {
        while (pith_ascii_is_space(*a))
            a++;
        while (pith_ascii_is_space(*b))
            b++;
        if (!*a || *a != *b)
            return false;
        a++;
        b++;
    }
    return true;
}

static bool opens_with_the_description(pith_ctx *ctx, uint32_t i)
{
    const char *d = ctx->meta.description;
    if (!d || ctx->dom.els[i].text < DESCRIBED_MIN)
        return false;
    pith_buf text = PITH_BUF_INIT;
    pith_el_text(&ctx->dom, i, &text, DESCRIBED_MIN * 4);
    bool same = text.len > 0 && same_start(text.data, d, DESCRIBED_MIN);
    pith_buf_free(&text);
    return same;
}

/* The outermost element of i's subtree, i itself first, whose text opens
 * with the description, or PITH_NO_EL: the opening post's body inside a
 * box that opens with its header (the poster, the time, the title) rather
 * than its words.  Not a heading or a link: a description that opens with
 * the thread's title ("Title - first words") matches the title first. */
static uint32_t described_inside(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    for (uint32_t k = i; k < dom->els[i].end; k++) {
        const pith_el *el = &dom->els[k];
        if (skipped(el) || el->text < DESCRIBED_MIN || pith_tag_is_heading((GumboTag)el->tag) ||
            (el->flags & PITH_EL_LINK))
            k = el->end - 1;
        else if (opens_with_the_description(ctx, k))
            return k;
    }
    return PITH_NO_EL;
}

static void keep_opening_post(pith_ctx *ctx, uint32_t region, uint32_t first, uint32_t last,
                              bool *keep)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t box = first;
    while (box != PITH_NO_EL && box > region && dom->els[box].end <= last)
        box = dom->els[box].parent;
    for (int up = 0; up < OPENING_POST_LEVELS && box != PITH_NO_EL && box > region; up++) {
        uint32_t nearest = nearest_before_box(ctx, box, opening_prose, NULL);
        if (nearest != PITH_NO_EL && (up == 0 || shows_a_time(ctx, nearest))) {
            uint32_t body = up ? opening_body(dom, nearest) : nearest;
            keep[body] = true;
            if (up)
                keep_byline(ctx, nearest, body, keep);
            return;
        }
        uint32_t body = PITH_NO_EL; /* the opening post's words inside the box described */
        uint32_t described = nearest_before_box(ctx, box, described_inside, &body);
        if (described != PITH_NO_EL) {
            keep[body] = true;
            if (body != described)
                keep_byline(ctx, described, body, keep);
            return;
        }
        uint32_t wrapper = dom->els[box].parent;
        if (wrapper == PITH_NO_EL || dom->els[wrapper].text != dom->els[box].text)
            return; /* the box of replies is not all its parent holds */
        box = wrapper;
    }
}

/* Reject, as rule why, each element inside root that is_part says is one,
 * whole; what is already gone is passed over.  How many went. */
static uint32_t reject_inside(pith_ctx *ctx, uint32_t root,
                              bool (*is_part)(pith_ctx *ctx, uint32_t i), const char *why)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t rejected = 0;
    for (uint32_t i = root + 1; i < dom->els[root].end; i++) {
        const pith_el *el = &dom->els[i];
        if (skipped(el) || is_part(ctx, i)) {
            if (!skipped(el)) {
                pith_ctx_reject(ctx, i, why);
                rejected++;
            }
            i = el->end - 1;
        }
    }
    return rejected;
}

/* A signature written inside a post's body (an author box: the clean
 * stage leaves them on a forum, for the posters' names in them). */
static bool is_signature(pith_ctx *ctx, uint32_t i)
{
    return ctx->dom.els[i].cat == PITH_CAT_AUTHOR;
}

/* A note the software adds to a post's body when its poster changed it
 * ("Edited January 29 by jane (see edit history)") is no part of what the
 * poster wrote, and the software says so: it marks the note to be left out
 * when the post is quoted (data-excludequote).  Such a short box showing a
 * time goes.  (Classes naming the edit, "lastEdit", "postedit", were tried:
 * the thread pages' own texts keep the note as often as not.) */
#define EDIT_NOTE_MAX 80 /* non-space bytes: a date, a name and "see edit history" */

static bool is_edit_note(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return el->text > 0 && el->text <= EDIT_NOTE_MAX && pith_attr(el, "data-excludequote") &&
           time_in(ctx, i, true) != PITH_NO_EL;
}

/* Forum software writes a post's <time> twice, long and short ("June 14,
 * 2024" and "1 yr"), and its style sheet shows one of them: the text
 * holds both, glued ("June 14, 20241 yr").  A <time>'s child classed as
 * the short form, beside one classed as the long form, goes. */
static void reject_short_times(pith_ctx *ctx, uint32_t region)
{
    static const char *const short_form[] = {"short", NULL};
    static const char *const long_form[] = {"long", NULL};
    const pith_dom *dom = &ctx->dom;
    for (uint32_t t = region + 1; t < dom->els[region].end; t++) {
        if (dom->els[t].tag != GUMBO_TAG_TIME)
            continue;
        uint32_t shorter = PITH_NO_EL;
        bool longer = false;
        for (uint32_t c = t + 1; c < dom->els[t].end; c = dom->els[c].end) {
            if (class_names(&dom->els[c], short_form))
                shorter = c;
            else if (class_names(&dom->els[c], long_form))
                longer = true;
        }
        if (longer && shorter != PITH_NO_EL && !skipped(&dom->els[shorter]))
            pith_ctx_reject(ctx, shorter, "forum:short-time");
        t = dom->els[t].end - 1;
    }
}

/* A reply quoting a long stretch of an earlier post repeats what the
 * thread already gave (forum software folds such a quote, "Click to
 * expand"): a quote whose content holds at least QUOTE_REPEAT_MIN bytes
 * found word for word in the posts before it goes, with its attribution
 * ("Jane said:"); a short quote says what the reply answers, and stays. */
#define QUOTE_REPEAT_MIN 100     /* non-space bytes of a quote's text: a stretch of a post */
#define QUOTE_CONTENT_SHARE 0.8  /* of a quote's text in one child: its content, not the
                                  * attribution above it */
#define QUOTES_SCAN_MAX (1u << 22) /* bytes of earlier posts searched, over all quotes */

/* The box inside quote q holding its content: the innermost one holding
 * QUOTE_CONTENT_SHARE of its text; in a quote written as an <aside>, the
 * quoted poster's name above it may be a long part of a short quote, and
 * the content is inside its <blockquote>. */
static uint32_t quote_content(const pith_dom *dom, uint32_t q)
{
    if (dom->els[q].tag == GUMBO_TAG_ASIDE)
        for (uint32_t c = q + 1; c < dom->els[q].end; c++)
            if (dom->els[c].tag == GUMBO_TAG_BLOCKQUOTE && !skipped(&dom->els[c])) {
                q = c;
                break;
            }
    for (;;) {
        uint32_t inner = PITH_NO_EL;
        for (uint32_t c = q + 1; c < dom->els[q].end; c = dom->els[c].end)
            if (!skipped(&dom->els[c]) && dom->els[c].text >= QUOTE_CONTENT_SHARE * dom->els[q].text)
                inner = c;
        if (inner == PITH_NO_EL)
            return q;
        q = inner;
    }
}

#define ELISION "\xE2\x80\xA6" /* "…": a quote leaves out what lies between its pieces */

/* Count a search of the posts' text seen so far (seen_len bytes) in
 * *scanned; false, and nothing counted, when it would go past
 * QUOTES_SCAN_MAX. */
static bool may_search(size_t *scanned, size_t seen_len)
{
    if (*scanned + seen_len > QUOTES_SCAN_MAX)
        return false;
    *scanned += seen_len;
    return true;
}

/* Is the text of element c (in *text) in the posts' text seen so far, each
 * of its pieces between elisions word for word?  (pith_el_text writes no
 * space before its first word or after its last.)  Each search is counted
 * in *scanned (may_search): one at least, one more for each further piece;
 * past the bound a quote is not said before. */
static bool said_before(const pith_dom *dom, uint32_t c, const pith_buf *seen, pith_buf *text,
                        size_t *scanned)
{
    if (!may_search(scanned, seen->len))
        return false;
    pith_buf_clear(text);
    pith_el_text(dom, c, text, 0);
    if (text->len == 0 || seen->len == 0)
        return false;
    bool found = true, searched = false;
    for (char *piece = text->data; found && piece;) {
        char *cut = strstr(piece, ELISION);
        if (cut)
            *cut = '\0';
        while (*piece == ' ')
            piece++;
        size_t n = strlen(piece);
        while (n > 0 && piece[n - 1] == ' ')
            piece[--n] = '\0';
        if (n > 0) {
            found = (!searched || may_search(scanned, seen->len)) &&
                    strstr(seen->data, piece) != NULL;
            searched = true;
        }
        piece = cut ? cut + strlen(ELISION) : NULL;
    }
    return found;
}

#define QUOTE_ATTRIBUTION_MAX 80 /* non-space bytes: a name, a verb, a date */

/* Whether the words of quote q went already (a copy of an earlier post,
 * as content:duplicate), leaving the attribution above them alone
 * ("Originally Posted by jane"): a part of it is rejected, and what is
 * left is a line. */
static bool content_went(const pith_dom *dom, uint32_t q)
{
    if (dom->els[q].text > QUOTE_ATTRIBUTION_MAX)
        return false;
    for (uint32_t k = q + 1; k < dom->els[q].end; k++)
        if (dom->els[k].flags & PITH_EL_REJECTED)
            return true;
    return false;
}

/* A quote's label (says_quote): inside a quote, or over the box after it. */
static bool is_quote_label(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if (!says_quote(ctx, i))
        return false;
    uint32_t a = dom->els[i].parent;
    for (int up = 0; up < QUOTE_LABEL_DEPTH && a != PITH_NO_EL; up++, a = dom->els[a].parent)
        if (is_quote(&dom->els[a]))
            return true;
    return next_sibling(dom, i) != PITH_NO_EL;
}

static void reject_repeated_quotes(pith_ctx *ctx, const uint32_t *bodies, uint32_t m)
{
    const pith_dom *dom = &ctx->dom;
    pith_buf seen = PITH_BUF_INIT, text = PITH_BUF_INIT;
    size_t scanned = 0;
    /* a search reads at most seen.len bytes: none is begun that would go
     * past QUOTES_SCAN_MAX, and none can once seen holds more */
    for (uint32_t j = 0; j < m && seen.len <= QUOTES_SCAN_MAX; j++) {
        uint32_t b = bodies[j];
        uint32_t labelled = PITH_NO_EL;
        for (uint32_t q = b + 1; j > 0 && q < dom->els[b].end; q++) {
            const pith_el *el = &dom->els[q];
            /* no quote, or the post's own box (vBulletin writes a post as a
             * <blockquote>): the quotes are inside */
            if (skipped(el) || !quote_at(ctx, q, &labelled) || el->text == dom->els[b].text)
                continue;
            if (content_went(dom, q) ||
                ((el->text >= QUOTE_REPEAT_MIN || el->tag == GUMBO_TAG_ASIDE) &&
                 said_before(dom, quote_content(dom, q), &seen, &text, &scanned)))
                pith_ctx_reject(ctx, q, "forum:repeated-quote");
            q = el->end - 1;
        }
        pith_el_text(dom, b, &seen, 0);
        pith_buf_append(&seen, " ", 1);
    }
    pith_buf_free(&seen);
    pith_buf_free(&text);
}

/* Reject everything in the region but the kept elements, their subtrees
 * and the path to them. */
static void reject_the_rest(pith_ctx *ctx, uint32_t region, const bool *keep)
{
    pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[region].end;
    bool *path = pith_arena_calloc(ctx->arena, dom->n, sizeof *path);
    if (!path)
        return;
    for (uint32_t i = region + 1; i < end; i++) {
        if (!keep[i])
            continue;
        for (uint32_t a = dom->els[i].parent; a != PITH_NO_EL && a > region && !path[a];
             a = dom->els[a].parent)
            path[a] = true;
        i = dom->els[i].end - 1;
    }
    for (uint32_t i = region + 1; i < end; i++) {
        const pith_el *el = &dom->els[i];
        if (keep[i] || skipped(el) || !path[i]) {
            if (!keep[i] && !skipped(el))
                pith_ctx_reject(ctx, i, "forum:not-a-post");
            i = el->end - 1;
        }
    }
}

/* A poster's card lists their facts as labelled pairs, a <dl> of short
 * labels and short values, each value a count or a date ("Joined" Jun 29,
 * 2016; "Messages" 11; "Reaction score" 10) or nothing, each label plain
 * text (a card whose <dt> links to the poster holds their name): such a
 * list is no part of a post, and on a thread of short posts the cards' facts would
 * outweigh the bodies. */
#define FACT_TEXT_MAX 24 /* non-space bytes of a label or a value */

/* Is element i a short label or value (with want_digit, one holding a
 * digit or no text)? */
static bool short_fact(const pith_dom *dom, uint32_t i, bool want_digit)
{
    const pith_el *el = &dom->els[i];
    if (el->text > FACT_TEXT_MAX)
        return false;
    if (!want_digit || el->text == 0)
        return true;
    pith_buf text = PITH_BUF_INIT;
    pith_el_text(dom, i, &text, FACT_TEXT_MAX * 4);
    bool digit = pith_ascii_holds_digit(text.data, text.len);
    pith_buf_free(&text);
    return digit;
}

static bool card_facts(pith_ctx *ctx, uint32_t dl)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->els[dl].tag != GUMBO_TAG_DL)
        return false;
    uint32_t values = 0;
    for (uint32_t c = dl + 1; c < dom->els[dl].end; c = dom->els[c].end) {
        GumboTag tag = (GumboTag)dom->els[c].tag;
        if (skipped(&dom->els[c]))
            continue;
        if ((tag != GUMBO_TAG_DT && tag != GUMBO_TAG_DD) ||
            (tag == GUMBO_TAG_DT && dom->els[c].links > 0) ||
            !short_fact(dom, c, tag == GUMBO_TAG_DD))
            return false;
        values += tag == GUMBO_TAG_DD;
    }
    return values > 0;
}

bool pith_content_forum(pith_ctx *ctx, uint32_t region)
{
    pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[region].end, n = 0;
    bool *keep = pith_arena_calloc(ctx->arena, dom->n, sizeof *keep);
    if (reject_inside(ctx, region, card_facts, "forum:card-facts"))
        pith_dom_stats(dom, true); /* extract_region counted the text with the cards */
    if (!keep || !find_bodies(ctx, region, keep, &n))
        return false;
    uint32_t *bodies = pith_arena_calloc(ctx->arena, n, sizeof *bodies);
    if (!bodies)
        return false;
    uint32_t m = 0;
    for (uint32_t i = region + 1; i < end && m < n; i++)
        if (keep[i])
            bodies[m++] = i;
    for (uint32_t j = 0; j < m; j++) {
        uint32_t p = post_of(dom, region, bodies[j], j ? bodies[j - 1] : PITH_NO_EL,
                             j + 1 < m ? bodies[j + 1] : PITH_NO_EL);
        keep_byline(ctx, p, bodies[j], keep);
        reject_inside(ctx, bodies[j], is_signature, "forum:signature");
        reject_inside(ctx, bodies[j], is_edit_note, "forum:edit-note");
    }
    keep_opening_post(ctx, region, bodies[0], bodies[m - 1], keep);
    reject_the_rest(ctx, region, keep);
    reject_short_times(ctx, region);
    reject_repeated_quotes(ctx, bodies, m);
    for (uint32_t j = 0; j < m; j++) /* after: a quote whose words went is judged by its rest */
        reject_inside(ctx, bodies[j], is_quote_label, "forum:quote-label");
    pith_dom_stats(dom, true);
    return true;
}
