/*
 * dom.h — stage 2 of the pipeline: the parsed page.
 *
 * pith parses with gumbo (max_errors = 0, every allocation from the
 * per-document arena) and then lays the elements out in one flat array in
 * document (pre-order) order.  An element's subtree is the index range
 * [i, el[i].end), so every later stage walks the page with plain loops:
 * nothing in pith recurses over the tree, whatever its depth.
 *
 * Per element the table keeps the text statistics the cleaning and content
 * stages need (text length, text inside links, commas, paragraphs...),
 * computed bottom-up in one reverse pass, and the flags those stages set.
 */
#ifndef PITH_DOM_H
#define PITH_DOM_H

#include <gumbo.h>
#include <stdbool.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/buf.h"

#define PITH_NO_EL UINT32_MAX

/* Element flags. */
enum {
    PITH_EL_DROPPED   = 1u << 0, /* removed by the clean stage (whole subtree) */
    PITH_EL_HIDDEN    = 1u << 1, /* hidden by attribute or inline style */
    PITH_EL_LINK      = 1u << 2, /* an <a href> (or inside one) */
    PITH_EL_BLOCK     = 1u << 3, /* a block-level element */
    PITH_EL_POSITIVE  = 1u << 4, /* class/id looks like article content */
    PITH_EL_NEGATIVE  = 1u << 5, /* class/id looks like boilerplate (soft) */
    PITH_EL_CANDIDATE = 1u << 6, /* a structural main-content candidate */
    PITH_EL_REJECTED  = 1u << 7, /* removed by the content stage */
    PITH_EL_KEEP      = 1u << 8, /* must be kept (e.g. inside pre/table cell) */
    PITH_EL_IN_PRE    = 1u << 9, /* inside <pre>: whitespace is significant */
    PITH_EL_COMMENTS  = 1u << 10, /* a user-comments section */
    PITH_EL_HOLDS_MAIN = 1u << 11, /* holds the densest paragraph cluster */
    PITH_EL_DATELINE  = 1u << 12, /* a short date line the metadata stage read */
    PITH_EL_BYLINE    = 1u << 13, /* a short byline the metadata stage read a name from */
    PITH_EL_ITEM      = 1u << 14  /* a card, teaser or section of a run the content
                                     stage keeps whole (content/sections.c) */
};

typedef struct pith_el {
    GumboNode *node;
    const char *cls;    /* its class attribute, NULL when none (read once) */
    uint32_t parent;    /* index of the parent element, PITH_NO_EL for <html> */
    uint32_t end;       /* one past the last element of the subtree */
    uint16_t tag;       /* GumboTag */
    uint16_t depth;
    uint32_t flags;
    const char *rule;   /* which rule dropped or rejected it (static) */
    uint8_t cat;        /* boilerplate category of its class/id (pith_category) */
    uint8_t cat_in;     /* the category of the nearest categorised ancestor-or-self */
    int8_t positive;    /* 2 strong / 1 weak content class, 0 none */
    uint8_t hidden_by;  /* pith_el_hidden_by's answer, read with the class */
    uint16_t norm_len;  /* the length of norm */
    const char *norm;   /* its class, a space and its id as the clean stage
                           normalised them (pith_class_and_id), shared by the
                           elements with the same; NULL when not known */
    /* Text statistics of the subtree, over visible, non-dropped text. */
    uint32_t text;      /* non-space bytes of text */
    uint32_t link_text; /* of which inside links */
    uint32_t words;     /* words (a CJK character counts as one) */
    uint32_t para_text; /* of which inside p, li, quotes, code, sub-headings */
    uint16_t commas;    /* commas and their CJK/Arabic equivalents */
    uint16_t paras;     /* <p> elements with some text */
    uint16_t links;     /* <a href> elements */
    uint16_t blocks;    /* block-level descendants */
    float score;        /* the content scorer's score */
    float mass;         /* paragraph credits inside the subtree, any depth */
    /* Its own text nodes' statistics, counted once by the first
     * pith_dom_stats (text never changes; only the flags do). */
    uint32_t own_text, own_words, own_commas;
    uint32_t attr_letters; /* the first letters of its attributes' names, a
                              bit each (pith_attr: most names asked for are
                              answered absent by it alone) */
} pith_el;

typedef struct pith_dom {
    GumboOutput *output;
    pith_el *els;
    uint32_t n;
    uint32_t html, head, body;  /* indexes, PITH_NO_EL when absent */
    uint32_t prose;             /* the element holding the most prose, where the
                                   clean stage's main path ends; PITH_NO_EL */
    pith_arena *arena;
    bool own_counted;           /* els[].own_* are filled in */
} pith_dom;

/* Parse UTF-8 html (len bytes, kept alive by the caller while dom lives)
 * into dom, allocating everything from arena.  Returns 0, or the arena's
 * failure (PITH_ARENA_BUDGET / NOMEM / DEADLINE) when the parse was cut. */
int pith_dom_parse(pith_dom *dom, pith_arena *arena, const char *html, size_t len);

/* Recompute text statistics bottom-up, skipping dropped subtrees (and, when
 * skip_rejected, rejected ones). */
void pith_dom_stats(pith_dom *dom, bool skip_rejected);

/* Prose an element holds itself: its own text nodes and its inline children
 * (those without block descendants), and with with_paras also its <p> and
 * inline-only <div> children.  Link text is left out. */
typedef struct pith_prose {
    uint32_t chars;  /* non-space bytes */
    uint32_t commas;
} pith_prose;
pith_prose pith_el_prose(const pith_dom *dom, uint32_t i, bool with_paras);

/* Attribute value of an element, or NULL.  Only attributes some stage reads
 * reach the tree: input/elide.c cuts the others before the parse, so a new
 * name asked for here goes on elide.c's lists too (`make lint` checks it:
 * bench/read_attributes.py). */
const char *pith_attr(const pith_el *el, const char *name);

/* Does el's itemprop hold name among its space-separated tokens (microdata
 * gives one element several properties: itemprop="author creator")? */
bool pith_el_itemprop_holds(const pith_el *el, const char *name);

/* Does el's rel attribute hold token among its space-separated tokens,
 * in any ASCII case (rel="author noopener", rel="Nofollow")? */
bool pith_el_rel_holds(const pith_el *el, const char *token);

/* Does element i show the user name it carries in data-username (a
 * forum's link to its poster: <a data-username="jane"><b>jane</b></a>)? */
bool pith_el_shows_its_user_name(const pith_dom *dom, uint32_t i);

/* How the page's own markup hides an element: none, or some of these. */
enum {
    PITH_HIDDEN_ATTR  = 1u << 0, /* the hidden attribute */
    PITH_HIDDEN_ARIA  = 1u << 1, /* aria-hidden="true" (any case) */
    PITH_HIDDEN_STYLE = 1u << 2  /* an inline style with display:none or
                                    visibility:hidden, any spacing and case */
};
unsigned pith_el_hidden_by(const pith_el *el);

/* A footer: a <footer>, or an element whose role is contentinfo. */
bool pith_el_is_footer(const pith_el *el);

/* A menu of the site: a <nav>, or an element whose role is navigation. */
bool pith_el_is_nav(const pith_el *el);

/* A link to a place on the same page (<a href="#install">: a table of
 * contents, a "back to top"); a bare "#" is a script's button, not one. */
bool pith_el_links_in_page(const pith_el *el);

/* Are two elements alike, as the cards of a grid, the teasers of a list or
 * the sections of a page built from one template are: the same tag and the
 * same first class token (or neither has a class)? */
bool pith_el_alike(const pith_el *a, const pith_el *b);

/* The first token of el's class attribute (class tokens are split at
 * ASCII white space): *out points at it; returns its length, 0 when the
 * element has no class. */
size_t pith_el_first_class(const pith_el *el, const char **out);

/* For every element, the length of the run of alike siblings with text it
 * belongs to (1 when alone, 0 for an element without text; a script, a
 * style or a hidden form field between them neither joins nor breaks a
 * run), in an array of dom->n from arena; NULL when memory ran out.
 * Linear. */
uint32_t *pith_dom_item_runs(const pith_dom *dom, pith_arena *arena);

/* The shortest run (pith_dom_item_runs) whose elements are the items of a
 * list or a grid: three alike siblings in a row. */
#define PITH_ITEM_RUN_MIN 3

/* The nearest item of a list or a grid (an element whose run, in run from
 * pith_dom_item_runs, is PITH_ITEM_RUN_MIN or longer) among element from
 * and the levels elements above it; when cat is not 0 (PITH_CAT_NONE), the
 * nearest such item whose category (el.cat) is cat.  PITH_NO_EL when there
 * is none, or when from is PITH_NO_EL.  At most levels + 1 steps. */
uint32_t pith_dom_item_up(const pith_dom *dom, const uint32_t *run, uint32_t from,
                          unsigned levels, unsigned cat);

/* The element just before element i under the same parent, PITH_NO_EL
 * when i is the first child.  At most as many steps as the tree is deep. */
uint32_t pith_dom_previous_sibling(const pith_dom *dom, uint32_t i);

/* The first heading (h1 to h6; with_text: one that holds text) among the
 * first scan elements inside element i, PITH_NO_EL when none: the heading
 * a box opens with.  At most scan steps. */
uint32_t pith_dom_first_heading(const pith_dom *dom, uint32_t i, uint32_t scan, bool with_text);

/* The heading element i is or opens with: i itself when it is a heading
 * (h1 to h6, with text or not), else pith_dom_first_heading(dom, i, scan,
 * with_text).  PITH_NO_EL when none.  At most scan steps. */
uint32_t pith_dom_heading_of(const pith_dom *dom, uint32_t i, uint32_t scan, bool with_text);

/* The element's tag name (lower case; "unknown" tags give their own name). */
const char *pith_tag_name(const pith_el *el, pith_buf *scratch);

/* True when the tag is rendered as a block (p, div, li, h1..., table...). */
bool pith_tag_is_block(GumboTag tag);

/* True for an element that takes room between two words on screen (img,
 * svg, input, button, iframe, video...): the words read apart. */
bool pith_tag_takes_room(GumboTag tag);

/* True for an inline element that only styles its text (span, b, strong,
 * em, i, u, font, mark, small, big) and gives it no role of its own (not a
 * link, code, a label or a control): it may wrap part of a word. */
bool pith_tag_only_styles(GumboTag tag);

/* A table's cell: td, or th (a header cell). */
static inline bool pith_tag_is_cell(GumboTag tag)
{
    return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
}

/* h1 to h6. */
static inline bool pith_tag_is_heading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

/* True when the element or an ancestor carries any of the flags. */
bool pith_el_within(const pith_dom *dom, uint32_t i, uint32_t flags);

/* Append the element's visible text (whitespace collapsed, dropped parts
 * left out) to out; at most max bytes (0 = no limit). */
void pith_el_text(const pith_dom *dom, uint32_t i, pith_buf *out, size_t max);

/* The same, skipping elements with any of skip_flags, and with own_only
 * only the element's own text: its text nodes and inline children, not the
 * blocks inside it. */
void pith_el_text_ex(const pith_dom *dom, uint32_t i, pith_buf *out, size_t max,
                     uint32_t skip_flags, bool own_only);

/* An iterative walk over a subtree, in document order, yielding element
 * entries and exits and text nodes.  Elements carrying any of skip_flags are
 * not entered.  Comments are skipped. */
typedef enum pith_walk_event {
    PITH_WALK_DONE = 0,
    PITH_WALK_ENTER,
    PITH_WALK_LEAVE,
    PITH_WALK_TEXT
} pith_walk_event;

typedef struct pith_walk_frame {
    uint32_t el;       /* element index */
    uint32_t next_el;  /* index of its next element child */
    unsigned child;    /* next gumbo child to visit */
} pith_walk_frame;

#define PITH_WALK_LOCAL 16 /* levels the walker holds without allocating */

typedef struct pith_walker {
    const pith_dom *dom;
    pith_walk_frame *stack; /* local, or from the heap once deeper */
    size_t depth, cap;
    pith_walk_frame local[PITH_WALK_LOCAL];
    uint32_t root, skip_flags;
    bool started, oom;
    uint32_t el;          /* ENTER/LEAVE: the element; TEXT: its parent */
    const GumboNode *text; /* TEXT: the text node */
    uint32_t skipped;      /* the last element left out by skip_flags, or PITH_NO_EL
                              (the caller resets it once read) */
} pith_walker;

void pith_walker_init(pith_walker *w, const pith_dom *dom, uint32_t root, uint32_t skip_flags);
pith_walk_event pith_walker_next(pith_walker *w);
void pith_walker_free(pith_walker *w);

/* Statistics of one piece of text: non-space bytes, words, commas. */
typedef struct pith_text_stats {
    uint32_t chars, words, commas;
} pith_text_stats;
void pith_text_count(const char *s, size_t n, pith_text_stats *st);

#endif
