/*
 * filter.c — inside the chosen article, what is not part of it.
 *
 *   - headings that repeat the page's title (or its main part, or the title
 *     with a little more), and the title as a body line;
 *   - boxes with a boilerplate class, link lists, lines that are only a
 *     link, a lone kicker link above the lede, blocks of nothing but symbols;
 *     inside a section or a card kept whole, a menu (a tree of links);
 *   - date lines and bylines: short blocks that are mostly a date or an
 *     author's name the metadata stage read (it marks them
 *     PITH_EL_DATELINE, PITH_EL_BYLINE);
 *   - a block repeated elsewhere on its own (gallery captions, teasers).
 * The path down to the best candidate and the clean stage's main path are
 * never rejected.
 */
#include <string.h>

#include "util/ascii.h"
#include "util/fnv.h"
#include "util/url.h"
#include "util/utf8.h"
#include "clean/clean.h"
#include "rules/rules.h"
#include "internal.h"

/* A heading repeats the page's title when they are the same words; the
 * article's first heading also when it starts or ends the title and is at
 * least TITLE_EDGE_FIFTHS fifths of it, stands inside it and is at least
 * TITLE_PART_FIFTHS fifths of it, holds it and the title is at least
 * TITLE_MORE_FIFTHS fifths of the heading, or shares TITLE_OVERLAP of
 * their words (lengths in bytes of the normalised words).  Headings are
 * compared by their first TITLE_HEADING_TEXT bytes. */
#define TITLE_EDGE_FIFTHS 1
#define TITLE_PART_FIFTHS 2
#define TITLE_MORE_FIFTHS 3
#define TITLE_OVERLAP 0.6
#define TITLE_HEADING_TEXT 400

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
                pith_buf_putc(out, pith_ascii_lower((char)cp));
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
 * more, as long as no paragraph of prose stands before it: after the
 * article's opening, "What is a heat pump?" under "What is a heat pump?
 * Costs explained" is its first section's heading. */
static bool title_like(pith_ctx *ctx, uint32_t i, bool first)
{
    const char *title = ctx->meta.declared_title;
    if (!title)
        return false;
    pith_buf h = PITH_BUF_INIT, t = PITH_BUF_INIT;
    const char *text = pith_ctx_text(ctx, i, TITLE_HEADING_TEXT);
    title_words(text, ctx->scratch.len, &h);
    title_words(title, strlen(title), &t);
    bool like = false;
    if (h.len && t.len && !h.oom && !t.oom) {
        if (h.len == t.len && strcmp(h.data, t.data) == 0)
            like = true;
        else if (first && starts_or_ends_with_words(&t, &h) &&
                 h.len * 5 >= t.len * TITLE_EDGE_FIFTHS)
            like = true; /* "Story | Site", "Site - Section - Story" */
        else if (first && contains_words(&t, &h) && h.len * 5 >= t.len * TITLE_PART_FIFTHS)
            like = true; /* the heading is the title's main part */
        else if (first && contains_words(&h, &t) && t.len * 5 >= h.len * TITLE_MORE_FIFTHS)
            like = true; /* the heading is the title and a little more */
        else if (first && word_overlap(&h, &t) >= TITLE_OVERLAP)
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

#define DATELINE_MAX_TEXT 60 /* the most text a date line holds */
#define METALINE_MAX_TEXT 100 /* the most text a byline (with its date) holds */
#define METALINE_SHARE_FIFTHS 3 /* of it, at least, the date or the name */

/* Containers with fewer than PROSE_COMMAS commas (prose has more) are
 * rejected when their class is boilerplate and they hold less than
 * NEGATIVE_MAX_TEXT non-space bytes; when more than LINKY_DENSITY of their
 * text is in links, they hold less than LINKY_MAX_TEXT and their class is
 * not a strong content class; and when more than LINK_LIST_DENSITY is. */
#define PROSE_COMMAS 10
#define NEGATIVE_MAX_TEXT 1000
#define LINKY_DENSITY 0.35
#define LINKY_MAX_TEXT 2000
#define LINK_LIST_DENSITY 0.6
/* A paragraph or list item with a link, more than LINK_LINE_DENSITY of it
 * in links and less than LINK_LINE_MAX_TEXT bytes: a line that is a link. */
#define LINK_LINE_DENSITY 0.8
#define LINK_LINE_MAX_TEXT 200
/* A menu inside a section or a card (a page's tree of links set in its
 * hero as a drop-down of services) is a list of at least MENU_MIN_LINKS
 * links holding lists of its own, more than LINK_LIST_DENSITY of its text
 * in links: a card's own links are a few, and flat. */
#define MENU_MIN_LINKS 12
/* A kicker link above the lede is shorter than KICKER_MAX_TEXT; the lede
 * is the first paragraph with LEDE_MIN_TEXT bytes outside links. */
#define KICKER_MAX_TEXT 40
#define LEDE_MIN_TEXT 50

/* Is block i a date line or a byline: short, and mostly the text of an
 * element the metadata stage read a date or an author from ("Published 3
 * March 2021", "기사입력 : [2018-08-25 15:24]", "By Jane Doe - 11/18/19")?
 * Returns the rule, or NULL.  Table cells and list items are kept: a date
 * there is part of the table or list. */
static const char *metadata_line(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if (!(el->flags & PITH_EL_BLOCK) || el->blocks > 0 || el->text == 0 ||
        el->text > METALINE_MAX_TEXT || pith_tag_is_cell((GumboTag)el->tag) ||
        el->tag == GUMBO_TAG_LI || el->tag == GUMBO_TAG_DT || el->tag == GUMBO_TAG_DD)
        return NULL;
    uint32_t dated = 0, signed_ = 0;
    for (uint32_t j = i; j < el->end; j++) {
        const pith_el *e = &dom->els[j];
        if (e->flags & PITH_EL_DATELINE) {
            if (e->text > dated)
                dated = e->text;
        } else if ((e->flags & PITH_EL_BYLINE) && e->text > signed_) {
            signed_ = e->text;
        }
    }
    if ((uint64_t)(dated + signed_) * 5 < (uint64_t)el->text * METALINE_SHARE_FIFTHS)
        return NULL;
    if (signed_)
        return "content:byline"; /* "By Jane Doe | Nov. 3, 2019" */
    return el->text <= DATELINE_MAX_TEXT ? "content:dateline" : NULL;
}

/* A box with more than LINKY_DENSITY of its text in links is still the
 * article's when its lines cite their links: when it holds at least
 * CITING_MIN_PROSE bytes outside its links and at least half of its lines
 * end a sentence (facts with their links, "This hotel features in my
 * lists of the best hotels in Y."; a paragraph citing its sources), or
 * when at least half of its lines, two or more, name a field before their
 * first link ("Official website: X", "Author: X", "Best for travel: X"):
 * a fact sheet.  Link lists and teasers are names and headlines, which end
 * no sentence and name no field.  A field's name ends within
 * FIELD_NAME_MAX_TEXT bytes of the line's start; the link's text is found
 * after it by its first LINK_PROBE_TEXT bytes. */
#define CITING_MIN_PROSE 100
#define FIELD_NAME_MAX_TEXT 80
#define LINK_PROBE_TEXT 24

/* Does line j name a field before its first link ("Author: <a>...")? */
static bool field_before_link(const pith_dom *dom, uint32_t j)
{
    uint32_t a = j + 1;
    while (a < dom->els[j].end && !(dom->els[a].tag == GUMBO_TAG_A && dom->els[a].text > 0))
        a++;
    if (a >= dom->els[j].end)
        return false;
    pith_buf line = PITH_BUF_INIT, link = PITH_BUF_INIT;
    pith_el_text(dom, j, &line, FIELD_NAME_MAX_TEXT + LINK_PROBE_TEXT);
    pith_el_text(dom, a, &link, LINK_PROBE_TEXT);
    bool named = false;
    const char *at = line.len && link.len && !line.oom && !link.oom
                         ? strstr(line.data, link.data) : NULL;
    if (at) {
        while (at > line.data && at[-1] == ' ')
            at--;
        named = at > line.data && at[-1] == ':';
    }
    pith_buf_free(&line);
    pith_buf_free(&link);
    return named;
}

/* Do element i's lines (its blocks without blocks inside) cite their
 * links?  Asked once per box the link rules would reject: a box found so
 * stays whole and its blocks are not asked again. */
static bool lines_citing_links(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    bool prose = el->text - el->link_text >= CITING_MIN_PROSE;
    uint32_t lines = 0, sentences = 0, fields = 0;
    for (uint32_t j = i + 1; j < el->end; j++) {
        const pith_el *e = &dom->els[j];
        if (e->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) {
            j = e->end - 1;
            continue;
        }
        if (!(e->flags & PITH_EL_BLOCK) || e->blocks > 0 || e->text == 0)
            continue;
        lines++;
        if (prose)
            sentences += pith_content_ends_sentence(ctx, j);
        fields += field_before_link(dom, j);
    }
    return lines > 0 && ((prose && sentences * 2 >= lines) || (lines >= 2 && fields * 2 >= lines));
}

/* A box the sentence before it announces ("Here are some examples of the
 * courses they offer:", a paragraph of at least ANNOUNCE_MIN_TEXT bytes
 * outside links ending with a colon) is the list the story promised,
 * however much of it is links: other stories' links come under a heading
 * of their own ("Related reads:" is too short to be that sentence).  The
 * paragraph is looked for past ANNOUNCE_SCAN siblings without text at most
 * (an empty anchor, a spacer). */
#define ANNOUNCE_MIN_TEXT 40
#define ANNOUNCE_SCAN 3

static bool announced_by_sentence(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t p = pith_dom_previous_sibling(dom, i);
    for (int n = 0; p != PITH_NO_EL && n < ANNOUNCE_SCAN &&
                    (dom->els[p].text == 0 || (dom->els[p].flags & PITH_EL_DROPPED));
         n++)
        p = pith_dom_previous_sibling(dom, p);
    if (p == PITH_NO_EL || dom->els[p].tag != GUMBO_TAG_P ||
        (dom->els[p].flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) ||
        dom->els[p].text - dom->els[p].link_text < ANNOUNCE_MIN_TEXT)
        return false;
    const char *t = pith_ctx_text(ctx, p, 0);
    size_t n = ctx->scratch.len;
    while (n > 0 && pith_ascii_is_space(t[n - 1]))
        n--;
    return n > 0 && t[n - 1] == ':';
}

/* A table of data whose names are links (a comparison of products or
 * places: each row its linked name, then its price, score and figures) is
 * not a list of links: at least DATA_TABLE_MIN_ROWS of its rows, and at
 * least half of them, hold DATA_ROW_MIN_CELLS cells or more with text
 * outside their links.  A table of links (a layout's menu, a grid of
 * names) has a link in each cell and no text beside them. */
#define DATA_TABLE_MIN_ROWS 3
#define DATA_ROW_MIN_CELLS 2

/* How many cells of row r hold text outside their links? */
static uint32_t cells_of_data(const pith_dom *dom, uint32_t r)
{
    uint32_t cells = 0;
    for (uint32_t c = r + 1; c < dom->els[r].end; c = dom->els[c].end) {
        const pith_el *cell = &dom->els[c];
        if (pith_tag_is_cell((GumboTag)cell->tag) && cell->text > cell->link_text)
            cells++;
    }
    return cells;
}

static bool table_of_data(const pith_dom *dom, uint32_t i)
{
    if (dom->els[i].tag != GUMBO_TAG_TABLE)
        return false;
    uint32_t rows = 0, data_rows = 0;
    for (uint32_t j = i + 1; j < dom->els[i].end; j++) {
        const pith_el *e = &dom->els[j];
        if (e->tag == GUMBO_TAG_TABLE) { /* a table inside a cell: its rows are its own */
            j = e->end - 1;
        } else if (e->tag == GUMBO_TAG_TR) {
            rows++;
            data_rows += cells_of_data(dom, j) >= DATA_ROW_MIN_CELLS;
            j = e->end - 1;
        }
    }
    return data_rows >= DATA_TABLE_MIN_ROWS && data_rows * 2 >= rows;
}

static bool is_list(GumboTag t)
{
    return t == GUMBO_TAG_UL || t == GUMBO_TAG_OL;
}

/* A list in the story's flow (it ends before the article's last paragraph
 * of prose) whose links lead, at least half of them, to other sites than
 * the page's names what the story is about: the products it recommends
 * under each of its sections, the tools, books or courses it cites, each
 * linked to where it is.  A site's own lists (its related stories, its
 * sections, its other pages) link to the site itself; the lists that end
 * a story stand after its last paragraph.  Unknown when the page's host is
 * not known. */
static bool names_other_sites(pith_ctx *ctx, uint32_t i, uint32_t last_prose)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    const char *home = ctx->meta.hostname;
    if (!home || !is_list((GumboTag)el->tag) || last_prose == PITH_NO_EL ||
        el->end > last_prose)
        return false;
    uint32_t links = 0, elsewhere = 0;
    for (uint32_t j = i + 1; j < el->end; j++) {
        const pith_el *a = &dom->els[j];
        if (a->tag != GUMBO_TAG_A || !(a->flags & PITH_EL_LINK) || a->text == 0)
            continue;
        links++;
        elsewhere += pith_url_other_site(pith_attr(a, "href"), home);
    }
    return links > 0 && elsewhere * 2 >= links;
}

/* Is list i a menu: a tree of links, lists inside it?  A list looked
 * through and found none holds no list of links, and a menu is rejected
 * whole, so no element is looked at twice. */
static bool menu_tree(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if (!is_list((GumboTag)el->tag) || el->links < MENU_MIN_LINKS ||
        pith_link_density(el) <= LINK_LIST_DENSITY)
        return false;
    for (uint32_t j = i + 1; j < el->end; j++)
        if (is_list((GumboTag)dom->els[j].tag) && dom->els[j].links > 0)
            return true;
    return false;
}

/* The last paragraph of prose in the article (at least LEDE_MIN_TEXT
 * bytes outside links), PITH_NO_EL if none.  A box under a boilerplate
 * name that ends before it stands in the story's flow, between its
 * paragraphs. */
static uint32_t last_prose_paragraph(const pith_dom *dom, uint32_t main)
{
    uint32_t last = PITH_NO_EL;
    for (uint32_t i = main + 1; i < dom->els[main].end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & PITH_EL_DROPPED)
            i = el->end - 1;
        else if (el->tag == GUMBO_TAG_P && el->text - el->link_text >= LEDE_MIN_TEXT)
            last = i;
    }
    return last;
}

/* Is a box of this class weight, text and link text linky (the link
 * rules' measure, LINKY_DENSITY and LINK_LIST_DENSITY)? */
static bool linky_box(int weight, uint32_t text, uint32_t link_text)
{
    double ld = text ? (double)link_text / text : 0;
    return (weight < PITH_STRONG_CLASS_WEIGHT && ld > LINKY_DENSITY && text < LINKY_MAX_TEXT) ||
           ld > LINK_LIST_DENSITY;
}

/* The text of the links to places on the page inside each element of
 * main's subtree (indexed from main), counted bottom-up in one pass; NULL
 * when out of memory. */
static uint32_t *in_page_link_text(pith_ctx *ctx, uint32_t main)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t n = dom->els[main].end - main;
    uint32_t *sum = pith_arena_calloc(ctx->arena, n, sizeof *sum);
    if (!sum)
        return NULL;
    for (uint32_t i = dom->els[main].end; i-- > main + 1;) {
        const pith_el *el = &dom->els[i];
        if ((el->flags & PITH_EL_LINK) && pith_el_links_in_page(el))
            sum[i - main] = el->text;
        if (el->parent > main && el->parent != PITH_NO_EL)
            sum[el->parent - main] += sum[i - main];
    }
    return sum;
}

/* A box the link rules would reject can owe its links to links to places
 * on the page (an article's table of contents sharing a box with its
 * intro).  Without them it holds at least LEDE_MIN_TEXT bytes outside links
 * and is not linky: the walk goes into it, the table of contents goes on
 * its own and the prose stays. */
static bool prose_beside_in_page_links(const pith_el *el, int weight, uint32_t in_page)
{
    return in_page > 0 && in_page <= el->link_text &&
           el->text - el->link_text >= LEDE_MIN_TEXT &&
           !linky_box(weight, el->text - in_page, el->link_text - in_page);
}

/* Reject blocks inside the article that are not part of it.  The path down
 * to the best candidate (top) and the main path found by the clean stage
 * are never rejected. */
void pith_content_filter(pith_ctx *ctx, uint32_t main, uint32_t top)
{
    pith_dom *dom = &ctx->dom;
    bool seen_heading = false, seen_prose = false;
    uint32_t item_end = 0; /* one past the card or section being walked */
    uint32_t citing_end = 0; /* one past the box of lines citing links being walked */
    uint32_t last_prose = last_prose_paragraph(dom, main);
    uint32_t *in_page = NULL; /* in_page_link_text, counted when first needed */
    for (uint32_t i = main + 1; i < dom->els[main].end; i++) {
        pith_el *el = &dom->els[i];
        if (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) {
            i = el->end - 1;
            continue;
        }
        if (el->flags & PITH_EL_ITEM)
            item_end = el->end;
        if (el->flags & PITH_EL_IN_PRE)
            continue;
        bool on_path = (top != PITH_NO_EL && i <= top && top < el->end) ||
                       (el->flags & PITH_EL_HOLDS_MAIN);
        GumboTag t = (GumboTag)el->tag;
        double ld = pith_link_density(el);
        if (pith_tag_is_heading(t)) {
            if (el->text > 0 && title_like(ctx, i, !seen_heading && !seen_prose)) {
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
        /* A card of a grid is its links (its linked title, its "more"):
         * the link rules would take it apart. */
        bool in_item = i < item_end;
        if (container && !in_item) {
            int w = pith_class_weight(el);
            bool linky = linky_box(w, el->text, el->link_text);
            if (el->commas < PROSE_COMMAS) {
                if (w < 0 && el->text < NEGATIVE_MAX_TEXT &&
                    !(last_prose != PITH_NO_EL && el->end <= last_prose) &&
                    !pith_clean_quoted_post(dom, i, (pith_category)el->cat) &&
                    !pith_clean_article_part(dom, i, (pith_category)el->cat) &&
                    !pith_clean_opens_a_section(dom, i))
                    rule = "content:negative-class";
                else if (i < citing_end)
                    ; /* inside a box of lines citing links */
                else if (!linky) {
                    /* prose; a list naming other sites keeps the lines
                     * that are one link each too */
                    if (names_other_sites(ctx, i, last_prose))
                        citing_end = el->end;
                }
                else if ((in_page || (in_page = in_page_link_text(ctx, main))) &&
                         prose_beside_in_page_links(el, w, in_page[i - main]))
                    ; /* prose beside a table of contents: judged in parts */
                else if (lines_citing_links(ctx, i) || announced_by_sentence(ctx, i) ||
                         table_of_data(dom, i) || names_other_sites(ctx, i, last_prose))
                    citing_end = el->end;
                else
                    rule = "content:link-density";
            }
        } else if (container && !on_path && menu_tree(dom, i)) {
            rule = "content:menu";
        } else if ((t == GUMBO_TAG_P || t == GUMBO_TAG_LI) && !in_item && i >= citing_end) {
            if (ld > LINK_LINE_DENSITY && el->text < LINK_LINE_MAX_TEXT && el->links >= 1)
                rule = "content:link-line";
        }
        /* A lone short link standing between blocks above the story's first
         * paragraph: a section kicker ("Travel") or a stray navigation link. */
        if (!rule && !in_item && !seen_prose && t == GUMBO_TAG_A && el->text > 0 &&
            el->text < KICKER_MAX_TEXT && el->link_text == el->text && stray_inline(dom, i))
            rule = "content:stray-link";
        if (t == GUMBO_TAG_P && el->text - el->link_text >= LEDE_MIN_TEXT)
            seen_prose = true;
        if (!rule)
            rule = metadata_line(dom, i);
        /* A block of nothing but symbols: a decorative emoji, "* * *". */
        if (!rule && (el->flags & PITH_EL_BLOCK) && el->blocks == 0 && el->text > 0 &&
            el->words == 0 && !pith_tag_is_cell(t))
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
#define DUP_LINE_MAX_TEXT 80 /* a field of an item, a step, a one-line answer:
                                longer blocks shown twice are copies of a
                                section (a mobile copy, a blurb) */
#define DUP_CONTEXT_MAX_TEXT 2000 /* the largest parent read to compare two
                                     repeats' contexts (keeps it linear) */
#define DUP_MIN_SLOTS 256 /* the hash table's size for a small article */
#define DUP_ITEM_DEPTH 10  /* levels from a title up to its item: a card's title sits
                              in a few boxes of layout (link, caption, body, card) */

uint64_t pith_content_hash_text(const char *s, size_t n)
{
    uint64_t h = PITH_FNV1A_64_BASIS;
    for (size_t i = 0; i < n; i++)
        h = pith_fnv1a_64(h, (unsigned char)s[i]);
    return h ? h : 1;
}

/* The same block shown again elsewhere on its own (a caption repeated by a
 * gallery, a teaser shown twice, the title as a body line): keep the first.
 * Blocks repeated under one parent (a chorus, a refrain, a recipe's
 * repeated step) and repeated blocks followed by more text (an interview's
 * questions; not a collection's description, copy_for_another_screen) are
 * the author's and stay, as do a manual's and short lines
 * set among other lines (see below).
 * Blocks are compared by the hash of their rendered text. */
typedef struct seen_block {
    uint64_t hash;
    uint32_t parent;
    uint32_t item; /* the item of a run it was shown in (item_of) */
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

/* On a collection, a paragraph of DUP_COPY_MIN_TEXT bytes or more shown
 * again is the category's description drawn once per screen width (a
 * desktop copy, then a mobile copy folded under "Read more"): it goes even
 * when more text follows it in its box.  A question an interview repeats
 * is shorter; a grid's card fields are shorter still. */
#define DUP_COPY_MIN_TEXT 100

static bool copy_for_another_screen(const pith_ctx *ctx, uint32_t i)
{
    return ctx->pagetype == PITH_PAGE_COLLECTION && ctx->dom.els[i].text >= DUP_COPY_MIN_TEXT;
}

/* A page that shows code (MANUAL_CODE_BLOCKS blocks of it or more) is a
 * manual, whatever its type was taken for (an API's reference, a
 * tutorial's steps read as a landing page's sections); not a thread,
 * whose repeats are quotes of other posts. */
#define MANUAL_CODE_BLOCKS 2

static bool shows_code(const pith_ctx *ctx, uint32_t main)
{
    const pith_dom *dom = &ctx->dom;
    if (ctx->pagetype == PITH_PAGE_FORUM)
        return false;
    uint32_t blocks = 0;
    for (uint32_t i = main + 1; i < dom->els[main].end && blocks < MANUAL_CODE_BLOCKS; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED))
            i = el->end - 1;
        else if (el->tag == GUMBO_TAG_PRE && el->text > 0) {
            blocks++;
            i = el->end - 1;
        }
    }
    return blocks >= MANUAL_CODE_BLOCKS;
}

/* A manual writes the same step, note or warning again in each of its tabs
 * (one per language or platform) and in each section it applies to; its
 * reader reads them where they stand.  Its repeats are not a gallery's or
 * a banner's copies: on a documentation page, or one that shows code
 * (shows_code), they all stay. */
static bool repeats_are_the_manuals(const pith_ctx *ctx, uint32_t main)
{
    return ctx->pagetype == PITH_PAGE_DOCUMENTATION || shows_code(ctx, main);
}

/* A product page's heading is the product's name, the page's subject: its
 * reader wants it above the description even when the page's title says
 * the same.  Elsewhere the title shown again as a body line goes. */
static bool title_line_stays(const pith_ctx *ctx)
{
    return ctx->pagetype == PITH_PAGE_PRODUCT;
}

/* The hash of the element's rendered text. */
static uint64_t hash_of(pith_ctx *ctx, uint32_t i)
{
    const char *text = pith_ctx_text(ctx, i, 0);
    return pith_content_hash_text(text, ctx->scratch.len);
}

/* Is the short line at i, shown first under the parent first_parent, set
 * among other lines this time?  A field repeated by many items of a list
 * ("Subjects: Computation and Language") or a step written again in a
 * second procedure stands in a parent of other words; a cloned slide, a
 * banner or a teaser comes back with its parent's words unchanged. */
static bool line_in_another_context(pith_ctx *ctx, uint32_t i, uint32_t first_parent)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t p = dom->els[i].parent;
    if (dom->els[i].text >= DUP_LINE_MAX_TEXT || dom->els[p].text > DUP_CONTEXT_MAX_TEXT ||
        dom->els[first_parent].text > DUP_CONTEXT_MAX_TEXT)
        return false;
    return hash_of(ctx, p) != hash_of(ctx, first_parent);
}

/* On a list (a listing, a collection), the item of a run of alike
 * siblings (a list's entry, a grid's card) that element i is in,
 * DUP_ITEM_DEPTH levels up at most; PITH_NO_EL if none, and on any other
 * page (no climb for every block of an article). */
static uint32_t item_of(const pith_ctx *ctx, uint32_t i)
{
    if (!ctx->item_run ||
        (ctx->pagetype != PITH_PAGE_LISTING && ctx->pagetype != PITH_PAGE_COLLECTION))
        return PITH_NO_EL;
    return pith_dom_item_up(&ctx->dom, ctx->item_run, i, DUP_ITEM_DEPTH, 0);
}

/* On a list (a listing, a collection) two items of one run may bear one
 * name: two jobs, two events, two listings of one print, each with its
 * own place, date or price.  A heading shown again in another item of the
 * same run as the first is that item's title, and stays.  Shown again in
 * the same item it is the card's copy for another screen; in another run
 * (a featured strip above the list) the same story shown twice. */
static bool title_of_another_item(const pith_ctx *ctx, uint32_t i, uint32_t first_item)
{
    if (first_item == PITH_NO_EL || !pith_tag_is_heading((GumboTag)ctx->dom.els[i].tag))
        return false; /* not on a list (item_of), or no title */
    uint32_t item = item_of(ctx, i);
    return item != PITH_NO_EL && item != first_item &&
           ctx->dom.els[item].parent == ctx->dom.els[first_item].parent;
}

void pith_content_dedupe(pith_ctx *ctx, uint32_t main)
{
    pith_dom *dom = &ctx->dom;
    uint32_t cap = DUP_MIN_SLOTS;
    while (cap < dom->els[main].end - main)
        cap *= 2;
    seen_block *seen = pith_arena_calloc(ctx->arena, cap, sizeof *seen);
    if (!seen)
        return;
    bool manual = repeats_are_the_manuals(ctx, main);
    if (ctx->meta.declared_title) {
        const char *title = ctx->meta.declared_title;
        uint64_t h = pith_content_hash_text(title, strlen(title));
        seen[h & (cap - 1)] = (seen_block){h, PITH_NO_EL, PITH_NO_EL};
    }
    for (uint32_t i = main + 1; i < dom->els[main].end; i++) {
        pith_el *el = &dom->els[i];
        if (el->flags & (PITH_EL_DROPPED | PITH_EL_REJECTED)) {
            i = el->end - 1;
            continue;
        }
        if (!pith_content_line_block(el) || el->text < DUP_MIN_TEXT)
            continue;
        const char *text = pith_ctx_text(ctx, i, 0);
        uint64_t h = pith_content_hash_text(text, ctx->scratch.len);
        uint32_t slot = (uint32_t)h & (cap - 1);
        while (seen[slot].hash && seen[slot].hash != h)
            slot = (slot + 1) & (cap - 1);
        if (!seen[slot].hash)
            seen[slot] = (seen_block){h, el->parent, item_of(ctx, i)};
        else if (seen[slot].parent == PITH_NO_EL) {
            if (!title_line_stays(ctx))
                pith_ctx_reject(ctx, i, "content:title"); /* the title as a body line */
        } else if (seen[slot].parent != el->parent &&
                   (!followed_by_text(dom, i) || copy_for_another_screen(ctx, i)) &&
                   !manual && !title_of_another_item(ctx, i, seen[slot].item) &&
                   !line_in_another_context(ctx, i, seen[slot].parent))
            pith_ctx_reject(ctx, i, "content:duplicate");
        i = el->end - 1;
    }
}

