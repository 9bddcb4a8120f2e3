/*
 * guard.c — the pre-parse guard (see guard.h for what it enforces and why).
 *
 * One pass, left to right, over the bytes:
 *   - the tokenizer part follows the HTML standard's tokenizer states that
 *     decide where tags are (data, RCDATA, RAWTEXT, script data, PLAINTEXT),
 *     with html_scan.c telling where each tag, attribute, comment, bogus
 *     comment, doctype, CDATA section and raw-text body ends;
 *   - the tree part is a model of the tree builder that is only as exact as
 *     depth counting needs: the stack of open elements (implied end tags,
 *     scopes, tables, select, frameset, svg/math with their integration
 *     points, the adoption agency in outline) and the list of active
 *     formatting elements with its markers and Noah's Ark clause.
 * Where the model is approximate it errs towards counting more depth than
 * gumbo builds, never less, so a limit can cut early but is never escaped.
 *
 * Output is written lazily: until the first rewrite nothing is copied, and
 * a page that needs no rewrite is handed to gumbo as it came.  Rewrites are
 * made in increasing position order, so the output is built in one pass.
 */
#include "guard.h"

#include <gumbo.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "input/html_scan.h"
#include "pith.h"

#define NTAGS ((size_t)GUMBO_TAG_LAST + 1)

enum { NS_HTML = 0, NS_SVG, NS_MATH };
enum { SCOPE_DEFAULT, SCOPE_LIST, SCOPE_BUTTON, SCOPE_TABLE, SCOPE_SELECT };
enum { ST_DATA, ST_RCDATA, ST_RAWTEXT, ST_SCRIPT, ST_PLAINTEXT };
/* The insertion mode of a template's contents, set by its first start tag
 * and kept: a table mode (a row, a cell...), "in column group" (a col), or
 * "in body" (anything else). */
enum { TMODE_UNSET, TMODE_TABLE, TMODE_COLUMN, TMODE_BODY };

/* One element on the model's stack of open elements. */
typedef struct open_el {
    uint16_t tag;  /* GumboTag; GUMBO_TAG_UNKNOWN for any other name */
    uint8_t ns;    /* NS_HTML, NS_SVG, NS_MATH */
    uint8_t html_point; /* an annotation-xml that is an HTML integration point */
    uint8_t tmode; /* a template's contents: TMODE_* (its first tag decides) */
    int32_t afe;   /* index in the formatting list, -1 when not in it */
    uint32_t hash; /* hash of the lower-case name (to match unknown tags) */
} open_el;

/* One entry of the list of active formatting elements. */
typedef struct fmt_el {
    uint16_t tag;   /* GUMBO_TAG_LAST for a marker */
    uint32_t attrs; /* hash of the attributes (Noah's Ark compares them) */
    int32_t pos;    /* index on the stack, -1 once popped (to reconstruct) */
} fmt_el;

/* One attribute name seen in the current tag (duplicate detection). */
typedef struct attr_slot {
    uint64_t hash;
    size_t start;
    size_t len;
    uint32_t gen;
} attr_slot;

/* What a start tag will do to the model, worked out before any change. */
typedef struct plan {
    size_t cut;          /* stack height after the implied end tags */
    uint16_t implicit[2]; /* parents created first (tbody, tr) */
    unsigned n_implicit;
    bool push;           /* the element goes on the stack */
    bool reconstruct;    /* formatting elements are reopened first */
    bool drop;           /* the guard removes the tag */
    bool is_fmt;         /* goes on the formatting list */
    int raw;             /* tokenizer state after the tag (ST_*) */
    uint8_t ns;          /* namespace of the new element */
    long adopt;          /* formatting entry closed first (<a>, <nobr>), -1 */
    long table_template; /* a template this table part sits directly in
                            (it may set the template's mode), -1 */
} plan;

typedef struct guard {
    const char *in;
    size_t n;
    const pith_guard_limits *lim;
    pith_guard_report *rep;
    /* Output. */
    pith_buf *out;
    size_t done;        /* input copied (or skipped) up to here */
    bool rewriting;     /* some rewrite happened: out holds the page */
    bool oom;
    /* Tree model. */
    open_el *stack;
    size_t height, stack_cap;
    fmt_el *afe;
    size_t n_afe, afe_cap;
    uint32_t count[NTAGS];  /* open elements per tag (fast "not open") */
    uint32_t excess[NTAGS]; /* removed start tags whose end tags to remove */
    uint32_t excess_gen[NTAGS];
    uint32_t gen;
    size_t excess_open;     /* removed elements still open (for the report) */
    size_t excess_floor;    /* height at which tags were removed */
    size_t clone_budget;
    bool form_open, frameset_ok, frameset, no_quirks;
    /* Attributes kept so far on <html> and on <body> tags: gumbo merges the
     * attributes of every repeated <html> or <body> into one element. */
    size_t html_attributes, body_attributes;
    /* Tokenizer. */
    int state;
    uint16_t raw_tag;       /* the element whose raw text we are in */
    bool raw_closing;       /* the next end tag is the one that ends it */
    /* Duplicate attributes. */
    attr_slot *slots;
    size_t n_slots, slot_used;
    uint32_t slot_gen;
} guard;

/* ---------------------------------------------------------------- bytes */

static bool is_ws(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

static uint32_t name_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)lower(s[i])) * 16777619u;
    return h;
}

static uint64_t name_hash64(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)lower(s[i])) * 1099511628211ull;
    return h;
}

static bool same_name(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

static bool starts_ci(const char *s, size_t n, const char *kw)
{
    size_t k = strlen(kw);
    return n >= k && same_name(s, kw, k);
}

/* --------------------------------------------------------------- output */

/* Copy the input up to pos into the output, once rewriting has begun. */
static void copy_to(guard *g, size_t pos)
{
    if (pos > g->done) {
        pith_buf_append(g->out, g->in + g->done, pos - g->done);
        g->done = pos;
    }
}

/* Replace input bytes [start, end) with s. */
static void rewrite(guard *g, size_t start, size_t end, const char *s, size_t len)
{
    g->rewriting = true;
    copy_to(g, start);
    pith_buf_append(g->out, s, len);
    g->done = end;
}

/* ------------------------------------------------------------ tag sets */

static bool pith_guard_is_formatting(unsigned t)
{
    switch (t) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TT: case GUMBO_TAG_U:
        return true;
    default:
        return false;
    }
}

static bool pith_guard_is_void(unsigned t)
{
    switch (t) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_ISINDEX:
        return true;
    default:
        return false;
    }
}

/* Start tags that first close an open <p> ("close a p element"). */
static bool pith_guard_closes_p(unsigned t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL: case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_FORM: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_HR:
    case GUMBO_TAG_XMP: case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return true;
    default:
        return false;
    }
}

static bool pith_guard_is_heading(unsigned t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* Elements whose content the tokenizer reads as raw text. */
static int pith_guard_raw_state_of(unsigned t)
{
    switch (t) {
    case GUMBO_TAG_TITLE: case GUMBO_TAG_TEXTAREA:
        return ST_RCDATA;
    case GUMBO_TAG_STYLE: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
        return ST_RAWTEXT;
    case GUMBO_TAG_SCRIPT:
        return ST_SCRIPT;
    case GUMBO_TAG_PLAINTEXT:
        return ST_PLAINTEXT;
    default:
        return ST_DATA;
    }
}

/* Elements that put a marker on the formatting list. */
static bool is_marker_el(const open_el *e)
{
    if (e->ns != NS_HTML)
        return false;
    switch (e->tag) {
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_TEMPLATE:
        return true;
    default:
        return false;
    }
}

/* HTML integration points and MathML text integration points. */
static bool pith_guard_is_html_point(const open_el *e)
{
    if (e->ns == NS_SVG)
        return e->tag == GUMBO_TAG_FOREIGNOBJECT || e->tag == GUMBO_TAG_DESC ||
               e->tag == GUMBO_TAG_TITLE;
    if (e->ns == NS_MATH)
        return e->html_point;
    return false;
}

static bool pith_guard_is_mathml_text_point(const open_el *e)
{
    return e->ns == NS_MATH && (e->tag == GUMBO_TAG_MI || e->tag == GUMBO_TAG_MO ||
                                e->tag == GUMBO_TAG_MN || e->tag == GUMBO_TAG_MS ||
                                e->tag == GUMBO_TAG_MTEXT);
}

/* The standard's "special" category. */
static bool pith_guard_is_special(const open_el *e)
{
    if (e->ns == NS_MATH)
        return pith_guard_is_mathml_text_point(e) || e->tag == GUMBO_TAG_ANNOTATION_XML;
    if (e->ns == NS_SVG)
        return pith_guard_is_html_point(e);
    switch (e->tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_APPLET: case GUMBO_TAG_AREA: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_BR: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EMBED: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_IFRAME: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LI: case GUMBO_TAG_LINK: case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NAV:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_SOURCE: case GUMBO_TAG_STYLE: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_TR: case GUMBO_TAG_TRACK: case GUMBO_TAG_UL:
    case GUMBO_TAG_WBR: case GUMBO_TAG_XMP: case GUMBO_TAG_KEYGEN:
        return true;
    default:
        return false;
    }
}

/* Does e end a search "in scope" of the given kind? */
static bool ends_scope(const open_el *e, int kind)
{
    if (kind == SCOPE_SELECT)
        return !(e->ns == NS_HTML && (e->tag == GUMBO_TAG_OPTGROUP || e->tag == GUMBO_TAG_OPTION));
    if (e->ns == NS_HTML && (e->tag == GUMBO_TAG_HTML || e->tag == GUMBO_TAG_TABLE ||
                             e->tag == GUMBO_TAG_TEMPLATE))
        return true;
    if (kind == SCOPE_TABLE)
        return false;
    if (e->ns != NS_HTML)
        return pith_guard_is_html_point(e) || pith_guard_is_mathml_text_point(e) ||
               e->tag == GUMBO_TAG_ANNOTATION_XML;
    switch (e->tag) {
    case GUMBO_TAG_APPLET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT:
        return true;
    case GUMBO_TAG_OL: case GUMBO_TAG_UL:
        return kind == SCOPE_LIST;
    case GUMBO_TAG_BUTTON:
        return kind == SCOPE_BUTTON;
    default:
        return false;
    }
}

/* Breakout tags: an HTML start tag in foreign content that ends it. */
static bool pith_guard_breaks_out_of_foreign(unsigned t)
{
    switch (t) {
    case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR: case GUMBO_TAG_CENTER: case GUMBO_TAG_CODE: case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HR: case GUMBO_TAG_I: case GUMBO_TAG_IMG: case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_UL: case GUMBO_TAG_VAR:
        return true;
    default:
        return false;
    }
}

static bool pith_guard_is_table_part(unsigned t)
{
    switch (t) {
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

static bool pith_guard_is_section(unsigned t)
{
    return t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT;
}

/* -------------------------------------------------------- the formatting list */

static bool grow(guard *g, void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t ncap = *cap ? *cap * 2 : 64;
    while (ncap < need)
        ncap *= 2;
    void *np = realloc(*p, ncap * size);
    if (!np) {
        g->oom = true;
        return false;
    }
    *p = np;
    *cap = ncap;
    return true;
}

/* Index of the first entry after the last marker. */
static size_t pith_guard_afe_segment(const guard *g)
{
    size_t i = g->n_afe;
    while (i > 0 && g->afe[i - 1].tag != GUMBO_TAG_LAST)
        i--;
    return i;
}

static void pith_guard_afe_push(guard *g, uint16_t tag, uint32_t attrs, int32_t pos)
{
    if (!grow(g, (void **)&g->afe, &g->afe_cap, g->n_afe + 1, sizeof *g->afe))
        return;
    g->afe[g->n_afe] = (fmt_el){tag, attrs, pos};
    if (pos >= 0)
        g->stack[pos].afe = (int32_t)g->n_afe;
    g->n_afe++;
}

/* Remove entry i, keeping the stack's back-pointers right. */
static void pith_guard_afe_remove(guard *g, size_t i)
{
    if (g->afe[i].pos >= 0)
        g->stack[g->afe[i].pos].afe = -1;
    for (size_t j = i + 1; j < g->n_afe; j++) {
        g->afe[j - 1] = g->afe[j];
        if (g->afe[j - 1].pos >= 0)
            g->stack[g->afe[j - 1].pos].afe = (int32_t)(j - 1);
    }
    g->n_afe--;
}

static void afe_clear_to_marker(guard *g)
{
    while (g->n_afe > 0) {
        fmt_el *e = &g->afe[--g->n_afe];
        if (e->pos >= 0)
            g->stack[e->pos].afe = -1;
        if (e->tag == GUMBO_TAG_LAST)
            break;
    }
}

/* ---------------------------------------------------------------- the stack */

static const open_el *pith_guard_top(const guard *g)
{
    return g->height ? &g->stack[g->height - 1] : NULL;
}

static bool pith_guard_top_is(const guard *g, unsigned tag)
{
    const open_el *t = pith_guard_top(g);
    return t && t->ns == NS_HTML && t->tag == tag;
}

/* Is the current node a table, a table section or a row (the "in table",
 * "in table body" and "in row" insertion modes, where text and stray
 * elements are foster-parented)? */
static bool pith_guard_in_table_text(const guard *g)
{
    return pith_guard_top_is(g, GUMBO_TAG_TABLE) || pith_guard_top_is(g, GUMBO_TAG_TBODY) ||
           pith_guard_top_is(g, GUMBO_TAG_THEAD) || pith_guard_top_is(g, GUMBO_TAG_TFOOT) ||
           pith_guard_top_is(g, GUMBO_TAG_TR);
}

static void pith_guard_push(guard *g, uint16_t tag, uint32_t hash, uint8_t ns)
{
    if (!grow(g, (void **)&g->stack, &g->stack_cap, g->height + 1, sizeof *g->stack))
        return;
    open_el *e = &g->stack[g->height++];
    *e = (open_el){tag, ns, 0, TMODE_UNSET, -1, hash};
    g->count[tag]++;
    if (g->height > g->rep->deepest)
        g->rep->deepest = (unsigned)g->height;
    if (is_marker_el(e))
        pith_guard_afe_push(g, GUMBO_TAG_LAST, 0, -1);
}

/* Tags removed for depth have their end tags removed too, until the
 * element they would have been inside is closed. */
static void forget_excess_below(guard *g, size_t height)
{
    if (height < g->excess_floor) {
        g->gen++;
        g->excess_floor = SIZE_MAX;
        g->excess_open = 0;
    }
}

/* Pop every element from index i up. */
static void pith_guard_pop_to(guard *g, size_t i)
{
    while (g->height > i) {
        open_el *e = &g->stack[--g->height];
        g->count[e->tag]--;
        if (e->afe >= 0)
            g->afe[e->afe].pos = -1;
        if (is_marker_el(e))
            afe_clear_to_marker(g);
    }
    forget_excess_below(g, g->height);
}

/* Take element i out of the stack, leaving those above it open. */
static void pith_guard_splice_out(guard *g, size_t i)
{
    open_el *e = &g->stack[i];
    g->count[e->tag]--;
    if (e->afe >= 0)
        g->afe[e->afe].pos = -1;
    for (size_t j = i + 1; j < g->height; j++) {
        g->stack[j - 1] = g->stack[j];
        if (g->stack[j - 1].afe >= 0)
            g->afe[g->stack[j - 1].afe].pos = (int32_t)(j - 1);
    }
    g->height--;
    forget_excess_below(g, g->height);
}

/* Index of the nearest open HTML element with this tag in the given scope
 * of a stack of the given height, or -1. */
static long pith_guard_find_in_scope(const guard *g, size_t height, unsigned tag, uint32_t hash,
                                     int kind)
{
    if (g->count[tag] == 0)
        return -1;
    for (size_t i = height; i-- > 0;) {
        const open_el *e = &g->stack[i];
        if (e->ns == NS_HTML && e->tag == tag && (tag != GUMBO_TAG_UNKNOWN || e->hash == hash))
            return (long)i;
        if (ends_scope(e, kind))
            return -1;
    }
    return -1;
}

/* Is stack entry i in (default) scope: no scope boundary above it? */
static bool in_scope(const guard *g, size_t i)
{
    for (size_t j = g->height; j-- > i + 1;)
        if (ends_scope(&g->stack[j], SCOPE_DEFAULT))
            return false;
    return true;
}

static long pith_guard_find_heading_in_scope(const guard *g)
{
    unsigned n = 0;
    for (unsigned t = GUMBO_TAG_H1; t <= GUMBO_TAG_H6; t++)
        n += g->count[t];
    if (n == 0)
        return -1;
    for (size_t i = g->height; i-- > 0;) {
        const open_el *e = &g->stack[i];
        if (e->ns == NS_HTML && pith_guard_is_heading(e->tag))
            return (long)i;
        if (ends_scope(e, SCOPE_DEFAULT))
            return -1;
    }
    return -1;
}

/* The nearest table-structure element (table, tbody, thead, tfoot, tr, td,
 * th, caption, template) at or below height, or -1 outside tables.  A
 * template counts only while nothing else was opened in it: a first tag
 * like "<template><div>" or "<template><br>" switches its contents to "in
 * body" for good, where table parts are ignored. */
static long pith_guard_table_context(const guard *g, size_t height)
{
    if (g->count[GUMBO_TAG_TABLE] == 0 && g->count[GUMBO_TAG_TEMPLATE] == 0)
        return -1;
    bool passed_other = false;
    for (size_t i = height; i-- > 0;) {
        const open_el *e = &g->stack[i];
        if (e->ns != NS_HTML)
            continue;
        switch (e->tag) {
        case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
            return (long)i;
        case GUMBO_TAG_TEMPLATE:
            /* in a table mode, what sits above it was foster-parented and
             * the mode stays */
            if (e->tmode == TMODE_BODY || e->tmode == TMODE_COLUMN ||
                (passed_other && e->tmode != TMODE_TABLE))
                return -1;
            return (long)i;
        case GUMBO_TAG_HTML:
            return -1;
        default:
            passed_other = true;
            break;
        }
    }
    return -1;
}

/* In the "in select" insertion mode: a select is the current node, or only
 * option and optgroup elements are above it. */
static bool pith_guard_in_select(const guard *g)
{
    if (g->count[GUMBO_TAG_SELECT] == 0)
        return false;
    for (size_t i = g->height; i-- > 0;) {
        const open_el *e = &g->stack[i];
        if (e->ns != NS_HTML)
            return false;
        if (e->tag == GUMBO_TAG_SELECT)
            return true;
        if (e->tag != GUMBO_TAG_OPTION && e->tag != GUMBO_TAG_OPTGROUP)
            return false;
    }
    return false;
}

/* In select mode, is it "in select in table"?  That is decided when the
 * select opens, by the insertion mode then: a table mode (in table, body,
 * row, cell or caption) when the nearest table structure below the select
 * comes before any template, or the template's contents are in a table
 * mode.  "<template><tr><select>" is in a table mode (the tr switched the
 * template to "in row"), and so is "<template><tr><col><select>" (the col
 * closed the row but left the template in "in table body");
 * "<td><template><select>" is not. */
static bool pith_guard_select_in_table(const guard *g)
{
    if (g->count[GUMBO_TAG_TABLE] == 0 && g->count[GUMBO_TAG_TEMPLATE] == 0)
        return false;
    size_t i = g->height;
    while (i > 0 && !(g->stack[i - 1].ns == NS_HTML && g->stack[i - 1].tag == GUMBO_TAG_SELECT))
        i--;
    while (i-- > 0) {
        const open_el *e = &g->stack[i];
        if (e->ns != NS_HTML)
            continue;
        if (e->tag == GUMBO_TAG_TEMPLATE)
            return e->tmode == TMODE_TABLE;
        if (e->tag == GUMBO_TAG_TABLE || pith_guard_is_table_part(e->tag))
            return true;
    }
    return false;
}

/* The stack height once the open select is closed. */
static size_t pith_guard_cut_for_select(const guard *g)
{
    long s = pith_guard_find_in_scope(g, g->height, GUMBO_TAG_SELECT, 0, SCOPE_SELECT);
    return s >= 0 ? (size_t)s : g->height;
}

/* Is the content at the top of the stack foreign for a start tag `tag`? */
static bool pith_guard_foreign_for(const guard *g, size_t height, unsigned tag)
{
    if (height == 0)
        return false;
    const open_el *t = &g->stack[height - 1];
    if (t->ns == NS_HTML || pith_guard_is_html_point(t))
        return false;
    if (pith_guard_is_mathml_text_point(t) && tag != GUMBO_TAG_MGLYPH &&
        tag != GUMBO_TAG_MALIGNMARK)
        return false;
    if (t->ns == NS_MATH && t->tag == GUMBO_TAG_ANNOTATION_XML && tag == GUMBO_TAG_SVG)
        return false;
    return true;
}

/* ------------------------------------------------------ reconstruction */

/* How many formatting elements would be reopened if the stack were cut to
 * height `cut`: the trailing run of entries no longer on it. */
static size_t pith_guard_to_reconstruct(const guard *g, size_t cut)
{
    size_t k = 0;
    for (size_t i = g->n_afe; i-- > 0;) {
        const fmt_el *e = &g->afe[i];
        if (e->tag == GUMBO_TAG_LAST || (e->pos >= 0 && (size_t)e->pos < cut))
            break;
        k++;
    }
    return k;
}

static void pith_guard_reconstruct(guard *g)
{
    size_t k = pith_guard_to_reconstruct(g, g->height);
    for (size_t i = g->n_afe - k; i < g->n_afe && !g->oom; i++) {
        pith_guard_push(g, g->afe[i].tag, 0, NS_HTML);
        if (g->oom)
            return;
        g->afe[i].pos = (int32_t)(g->height - 1);
        g->stack[g->height - 1].afe = (int32_t)i;
    }
    g->rep->clones += k;
}

/* Would reopening k elements from height `cut` spend too much? */
static bool reconstruction_too_costly(const guard *g, size_t cut, size_t k)
{
    return k > 0 && (g->rep->clones + k > g->clone_budget || cut + k > g->lim->max_depth);
}

/* Make gumbo forget the formatting elements it would reopen next (the
 * trailing run of entries no longer on the stack) with explicit end tags
 * inserted at pos.  For an entry off the stack, an end tag only removes it
 * from the list: the tree does not change.  Entries still open are left
 * alone: an end tag would run the adoption agency on them, which can clone
 * an element into every block around it. */
static void forget_formatting(guard *g, size_t pos)
{
    pith_buf tags = PITH_BUF_INIT;
    while (g->n_afe > 0) {
        fmt_el *e = &g->afe[g->n_afe - 1];
        if (e->tag == GUMBO_TAG_LAST || e->pos >= 0)
            break;
        pith_buf_puts(&tags, "</");
        pith_buf_puts(&tags, gumbo_normalized_tagname((GumboTag)e->tag));
        pith_buf_putc(&tags, '>');
        g->n_afe--;
        g->rep->closed_formatting++;
    }
    if (tags.oom)
        g->oom = true;
    else if (tags.len)
        rewrite(g, pos, pos, tags.data, tags.len);
    pith_buf_free(&tags);
    g->rep->changed |= PITH_GUARD_FORMATTING;
}

/* ----------------------------------------------------- adoption agency */

/* The last formatting entry with this tag after the last marker, or -1. */
static long pith_guard_afe_find(const guard *g, unsigned tag)
{
    for (size_t i = g->n_afe; i-- > 0;) {
        if (g->afe[i].tag == GUMBO_TAG_LAST)
            return -1;
        if (g->afe[i].tag == tag)
            return (long)i;
    }
    return -1;
}

/* Move stack entry `from` up to index `to` (to > from), shifting the
 * entries between down by one; back-pointers follow. */
static void move_up(guard *g, size_t from, size_t to)
{
    open_el moved = g->stack[from];
    for (size_t j = from; j < to; j++) {
        g->stack[j] = g->stack[j + 1];
        if (g->stack[j].afe >= 0)
            g->afe[g->stack[j].afe].pos = (int32_t)j;
    }
    g->stack[to] = moved;
    if (moved.afe >= 0)
        g->afe[moved.afe].pos = (int32_t)to;
}

/* The first special element above stack entry pos, or 0 when none. */
static size_t furthest_block(const guard *g, size_t pos)
{
    for (size_t j = pos + 1; j < g->height; j++)
        if (pith_guard_is_special(&g->stack[j]))
            return j;
    return 0;
}

/* The adoption agency in outline: close formatting entry i.  Each round
 * (at most eight, as in the algorithm) looks for a "furthest block", the
 * first special element opened inside the formatting element.  Without
 * one, the formatting element and everything above it are popped and the
 * algorithm ends.  With one, the non-formatting elements between the two
 * leave the stack, and the formatting element (a clone, in the real tree)
 * moves to just inside the furthest block, for the next round.  So
 * "<a><div><span></a>" leaves the div open but not the span. */
static void pith_guard_adopt(guard *g, size_t i)
{
    fmt_el *f = &g->afe[i];
    if (f->pos < 0) {
        pith_guard_afe_remove(g, i);
        return;
    }
    size_t pos = (size_t)f->pos;
    if (!in_scope(g, pos))
        return;
    for (int round = 0; round < 8; round++) {
        size_t fb = furthest_block(g, pos);
        if (fb == 0) {
            pith_guard_afe_remove(g, i);
            pith_guard_pop_to(g, pos);
            return;
        }
        for (size_t j = fb; j-- > pos + 1;) {
            if (g->stack[j].afe < 0) {
                pith_guard_splice_out(g, j);
                fb--;
            }
        }
        move_up(g, pos, fb);
        pos = fb;
    }
}

/* ------------------------------------------------------------ end tags */

/* "Any other end tag".  gumbo 0.10.1 compares tags by enum only, so the end
 * tag of an unknown element closes the nearest unknown element, whatever
 * its name ("<x><y></x>" closes the y); the model does the same. */
static void end_tag_any_other(guard *g, unsigned tag)
{
    if (g->count[tag] == 0)
        return;
    for (size_t i = g->height; i-- > 0;) {
        const open_el *e = &g->stack[i];
        if (e->ns == NS_HTML && e->tag == tag) {
            pith_guard_pop_to(g, i);
            return;
        }
        if (pith_guard_is_special(e))
            return;
    }
}

static void pop_in_scope(guard *g, unsigned tag, int kind)
{
    long i = pith_guard_find_in_scope(g, g->height, tag, 0, kind);
    if (i >= 0)
        pith_guard_pop_to(g, (size_t)i);
}

/* An end tag "in select" and "in select in table".  True when that is
 * all it does; false when, having closed the select, a table end tag goes
 * on to the table rules. */
static bool end_in_select(guard *g, unsigned tag)
{
    if (tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) {
        if (pith_guard_top_is(g, GUMBO_TAG_OPTION) && tag == GUMBO_TAG_OPTGROUP && g->height > 1 &&
            g->stack[g->height - 2].tag == GUMBO_TAG_OPTGROUP)
            pith_guard_pop_to(g, g->height - 2);
        else if (pith_guard_top_is(g, tag))
            pith_guard_pop_to(g, g->height - 1);
        return true;
    }
    /* In select in table, a table end tag closes the select only when
     * its element is open ("<table><select></td>" ignores the </td>). */
    if (tag != GUMBO_TAG_SELECT &&
        !((pith_guard_is_table_part(tag) || tag == GUMBO_TAG_TABLE) &&
          pith_guard_select_in_table(g) &&
          pith_guard_find_in_scope(g, g->height, tag, 0, SCOPE_TABLE) >= 0))
        return true;
    long s = pith_guard_find_in_scope(g, g->height, GUMBO_TAG_SELECT, 0, SCOPE_SELECT);
    if (s >= 0)
        pith_guard_pop_to(g, (size_t)s);
    return tag == GUMBO_TAG_SELECT;
}

static void html_end_tag(guard *g, unsigned tag, uint32_t hash)
{
    if (g->frameset) {
        if (tag == GUMBO_TAG_FRAMESET && pith_guard_top_is(g, GUMBO_TAG_FRAMESET))
            pith_guard_pop_to(g, g->height - 1);
        return;
    }
    if (pith_guard_in_select(g) && end_in_select(g, tag))
        return;
    switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_HEAD: case GUMBO_TAG_BR:
        return;
    case GUMBO_TAG_P:
        pop_in_scope(g, tag, SCOPE_BUTTON);
        return;
    case GUMBO_TAG_LI:
        pop_in_scope(g, tag, SCOPE_LIST);
        return;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: {
        long i = pith_guard_find_heading_in_scope(g);
        if (i >= 0)
            pith_guard_pop_to(g, (size_t)i);
        return;
    }
    case GUMBO_TAG_FORM: {
        g->form_open = false;
        long i = pith_guard_find_in_scope(g, g->height, tag, 0, SCOPE_DEFAULT);
        if (i >= 0)
            pith_guard_splice_out(g, (size_t)i);
        return;
    }
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TEMPLATE:
        pop_in_scope(g, tag, SCOPE_TABLE);
        return;
    case GUMBO_TAG_SELECT:
        pop_in_scope(g, tag, SCOPE_SELECT);
        return;
    default:
        break;
    }
    if (pith_guard_is_formatting(tag)) {
        long i = pith_guard_afe_find(g, tag);
        if (i >= 0) {
            pith_guard_adopt(g, (size_t)i);
            return;
        }
    }
    if (pith_guard_closes_p(tag) || tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_APPLET ||
        tag == GUMBO_TAG_MARQUEE || tag == GUMBO_TAG_OBJECT) {
        pop_in_scope(g, tag, SCOPE_DEFAULT);
        return;
    }
    end_tag_any_other(g, tag);
}

/* What an end tag does to the model.  In foreign content it closes the
 * matching foreign element, if any above the nearest HTML one: gumbo
 * 0.10.1 compares the end tag's whole text, so only a bare "</name>"
 * matches ("</title >" and "</g\n>" close nothing there).  Otherwise the
 * HTML rules apply. */
static void pith_guard_apply_end(guard *g, unsigned tag, uint32_t hash, bool bare)
{
    for (size_t i = g->height; bare && i-- > 0;) {
        const open_el *e = &g->stack[i];
        if (e->ns == NS_HTML)
            break;
        if (e->tag == tag && (tag != GUMBO_TAG_UNKNOWN || e->hash == hash)) {
            pith_guard_pop_to(g, i);
            return;
        }
    }
    html_end_tag(g, tag, hash);
}

/* Model an end tag; returns true when the guard must remove it.  The end
 * tag that ends raw text (a script's "</script>") always stays, even when
 * an element of that name was removed earlier: without it the raw text
 * would run on and swallow the markup after it. */
static bool end_tag(guard *g, unsigned tag, uint32_t hash, bool ends_raw_text, bool bare)
{
    if (!ends_raw_text && g->excess_gen[tag] == g->gen && g->excess[tag] > 0) {
        g->excess[tag]--;
        g->excess_open--;
        return true;
    }
    pith_guard_apply_end(g, tag, hash, bare);
    return false;
}

/* ---------------------------------------------------------- start tags */

/* Elements that "generate implied end tags" closes. */
static bool pith_guard_has_implied_end_tag(const open_el *e)
{
    if (e->ns != NS_HTML)
        return false;
    switch (e->tag) {
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_P: case GUMBO_TAG_RB: case GUMBO_TAG_RP:
    case GUMBO_TAG_RT: case GUMBO_TAG_RTC:
        return true;
    default:
        return false;
    }
}

/* Implied end tags of li/dd/dt: the nearest same-kind item, unless a special
 * element other than address/div/p comes first. */
static size_t cut_for_item(const guard *g, size_t height, unsigned tag)
{
    for (size_t i = height; i-- > 0;) {
        const open_el *e = &g->stack[i];
        bool same = e->ns == NS_HTML &&
                    (tag == GUMBO_TAG_LI ? e->tag == GUMBO_TAG_LI
                                         : (e->tag == GUMBO_TAG_DD || e->tag == GUMBO_TAG_DT));
        if (same)
            return i;
        if (pith_guard_is_special(e) &&
            !(e->ns == NS_HTML && (e->tag == GUMBO_TAG_ADDRESS || e->tag == GUMBO_TAG_DIV ||
                                   e->tag == GUMBO_TAG_P)))
            break;
    }
    return height;
}

static size_t cut_for_p(const guard *g, size_t height)
{
    long p = pith_guard_find_in_scope(g, height, GUMBO_TAG_P, 0, SCOPE_BUTTON);
    return p >= 0 ? (size_t)p : height;
}

/* Table-structure start tags inside a table: which parents they close and
 * which they create.  False when the tag is not handled here. */
static bool plan_table_part(const guard *g, unsigned tag, plan *p)
{
    long t = pith_guard_table_context(g, p->cut);
    if (t < 0)
        return false;
    unsigned tt = g->stack[t].tag;
    /* A cell or caption is closed by any table-structure tag. */
    if ((tt == GUMBO_TAG_TD || tt == GUMBO_TAG_TH || tt == GUMBO_TAG_CAPTION) &&
        (pith_guard_is_table_part(tag) || tag == GUMBO_TAG_TABLE)) {
        if (tag == GUMBO_TAG_TABLE)
            return false; /* a table inside a cell or caption nests */
        p->cut = (size_t)t;
        t = pith_guard_table_context(g, p->cut);
        if (t < 0)
            return false;
        tt = g->stack[t].tag;
    }
    if (tt == GUMBO_TAG_TEMPLATE) {
        /* Template contents take table parts as they come, and stay in a
         * table mode from then on. */
        p->push = tag != GUMBO_TAG_COL;
        if (tag != GUMBO_TAG_TABLE) {
            p->table_template = t;
            p->cut = (size_t)t + 1; /* the stack is cleared back to the template */
        }
        return tag != GUMBO_TAG_TABLE;
    }
    if (tt == GUMBO_TAG_TD || tt == GUMBO_TAG_TH || tt == GUMBO_TAG_CAPTION)
        return false;
    /* Now in table, table body or row: find the table context (a table,
     * or a template around rows that have no table). */
    size_t table = (size_t)t;
    while (table > 0 && !(g->stack[table].ns == NS_HTML &&
                          (g->stack[table].tag == GUMBO_TAG_TABLE ||
                           g->stack[table].tag == GUMBO_TAG_TEMPLATE)))
        table--;
    if (!(g->stack[table].ns == NS_HTML && (g->stack[table].tag == GUMBO_TAG_TABLE ||
                                           g->stack[table].tag == GUMBO_TAG_TEMPLATE)))
        return false;
    switch (tag) {
    case GUMBO_TAG_TABLE:
        if (g->stack[table].tag == GUMBO_TAG_TEMPLATE) {
            p->push = false; /* no table in table scope: ignored */
            return true;
        }
        p->cut = table; /* closes the current table, then opens a new one */
        return false;
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
        p->cut = table + 1;
        p->push = tag != GUMBO_TAG_COLGROUP;
        return true;
    case GUMBO_TAG_COL:
        p->cut = table + 1;
        p->push = false;
        return true;
    case GUMBO_TAG_TR:
        if (pith_guard_is_section(tt)) {
            p->cut = (size_t)t + 1;
        } else if (tt == GUMBO_TAG_TR) {
            p->cut = (size_t)t;
        } else {
            p->cut = (size_t)t + 1;
            p->implicit[p->n_implicit++] = GUMBO_TAG_TBODY;
        }
        return true;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        p->cut = (size_t)t + 1;
        if (tt == GUMBO_TAG_TABLE) {
            p->implicit[p->n_implicit++] = GUMBO_TAG_TBODY;
            p->implicit[p->n_implicit++] = GUMBO_TAG_TR;
        } else if (pith_guard_is_section(tt)) {
            p->implicit[p->n_implicit++] = GUMBO_TAG_TR;
        }
        return true;
    default:
        return false;
    }
}

/* A start tag the tree builder ignores in this mode: nothing opens, and a
 * raw-text tag is removed so that the guard and gumbo never disagree about
 * where raw text starts. */
static void ignore_start(unsigned tag, plan *p)
{
    p->push = false;
    if (pith_guard_raw_state_of(tag) != ST_DATA)
        p->drop = true;
}

/* "in frameset" (and "after frameset"): only framesets open, <noframes>
 * starts raw text, everything else is ignored. */
static void plan_in_frameset(unsigned tag, plan *p)
{
    p->push = tag == GUMBO_TAG_FRAMESET;
    if (tag == GUMBO_TAG_NOFRAMES)
        p->raw = ST_RAWTEXT;
    else if (pith_guard_raw_state_of(tag) != ST_DATA)
        p->drop = true; /* gumbo ignores it here: never enter raw text */
}

/* "in column group" in a template: anything but col and template is
 * ignored ("<template><col><title>" starts no title). */
static bool in_template_columns(const guard *g, unsigned tag)
{
    const open_el *t = pith_guard_top(g);
    return t && t->ns == NS_HTML && t->tag == GUMBO_TAG_TEMPLATE && t->tmode == TMODE_COLUMN &&
           tag != GUMBO_TAG_COL && tag != GUMBO_TAG_TEMPLATE;
}

/* "in select" and "in select in table".  True when the plan is complete;
 * false when the tag goes on to the rules of the modes below (a script or
 * template, a table part that closes the select in a table, an input that
 * closes it). */
static bool plan_in_select(const guard *g, unsigned tag, plan *p)
{
    switch (tag) {
    case GUMBO_TAG_OPTION:
        if (pith_guard_top_is(g, GUMBO_TAG_OPTION))
            p->cut = g->height - 1;
        return true;
    case GUMBO_TAG_OPTGROUP:
        if (pith_guard_top_is(g, GUMBO_TAG_OPTION))
            p->cut = g->height - 1;
        if (p->cut > 0 && g->stack[p->cut - 1].tag == GUMBO_TAG_OPTGROUP)
            p->cut--;
        return true;
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_TEMPLATE:
        return false;
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        if (!pith_guard_select_in_table(g)) {
            p->push = false; /* "in select": ignored */
            return true;
        }
        p->cut = pith_guard_cut_for_select(g); /* "in select in table": closes it */
        return false;
    case GUMBO_TAG_SELECT:
        p->cut = pith_guard_cut_for_select(g);
        p->push = false;
        return true;
    case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_TEXTAREA:
        p->cut = pith_guard_cut_for_select(g);
        return false;
    default:
        ignore_start(tag, p); /* ignored in select: never enter raw text */
        return true;
    }
}

/* A raw-text element (title, textarea, style, xmp, iframe, noembed,
 * noframes, script, plaintext) in body. */
static void plan_raw_text(const guard *g, unsigned tag, int raw, plan *p)
{
    p->raw = raw;
    p->push = false; /* raw text closes itself at its end tag */
    if (tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT)
        p->cut = cut_for_p(g, p->cut);
    p->reconstruct = tag == GUMBO_TAG_XMP;
}

/* <svg> and <math> in body: open foreign content. */
static void plan_foreign_root(guard *g, unsigned tag, plan *p)
{
    if (pith_guard_in_table_text(g)) {
        /* gumbo 0.10.1 asserts (aborts the process) on foreign content
         * foster-parented out of a table: "<table><math><mi><![CDATA[" and
         * "<table><svg><select><desc><select><td>".  The tag goes; its
         * children are read as HTML, foster-parented as browsers would. */
        p->drop = true;
        p->push = false;
        g->rep->changed |= PITH_GUARD_FOREIGN;
        return;
    }
    p->ns = tag == GUMBO_TAG_SVG ? NS_SVG : NS_MATH;
    p->reconstruct = true;
}

/* "in body": the start tags with a rule of their own.  False for the
 * others (plan_body_other). */
static bool plan_body_tag(guard *g, unsigned tag, plan *p)
{
    switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY:
        p->push = false;
        return true;
    case GUMBO_TAG_FRAMESET:
        if (g->frameset_ok) {
            g->frameset = true;
            p->cut = 0;
        } else {
            p->push = false;
        }
        return true;
    case GUMBO_TAG_FORM:
        if (g->form_open && g->count[GUMBO_TAG_TEMPLATE] == 0) {
            p->push = false;
            return true;
        }
        p->cut = cut_for_p(g, p->cut);
        return true;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        p->cut = cut_for_item(g, p->cut, tag);
        p->cut = cut_for_p(g, p->cut);
        return true;
    case GUMBO_TAG_BUTTON: {
        long b = pith_guard_find_in_scope(g, p->cut, tag, 0, SCOPE_DEFAULT);
        if (b >= 0)
            p->cut = (size_t)b;
        p->reconstruct = true;
        return true;
    }
    case GUMBO_TAG_A:
        p->adopt = pith_guard_afe_find(g, GUMBO_TAG_A);
        p->reconstruct = p->is_fmt = true;
        return true;
    case GUMBO_TAG_NOBR: {
        long n = pith_guard_afe_find(g, GUMBO_TAG_NOBR);
        if (n >= 0 && g->afe[n].pos >= 0 &&
            pith_guard_find_in_scope(g, g->height, tag, 0, SCOPE_DEFAULT) >= 0)
            p->adopt = n;
        p->reconstruct = p->is_fmt = true;
        return true;
    }
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
        if (pith_guard_top_is(g, GUMBO_TAG_OPTION))
            p->cut = g->height - 1;
        p->reconstruct = true;
        return true;
    case GUMBO_TAG_RB: case GUMBO_TAG_RTC: case GUMBO_TAG_RP: case GUMBO_TAG_RT:
        /* With a ruby in scope, only the implied end tags are generated:
         * whatever else is open stays open. */
        if (pith_guard_find_in_scope(g, p->cut, GUMBO_TAG_RUBY, 0, SCOPE_DEFAULT) >= 0)
            while (p->cut > 0 && pith_guard_has_implied_end_tag(&g->stack[p->cut - 1]) &&
                   !(g->stack[p->cut - 1].tag == GUMBO_TAG_RTC &&
                     (tag == GUMBO_TAG_RP || tag == GUMBO_TAG_RT)))
                p->cut--;
        return true;
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
        plan_foreign_root(g, tag, p);
        return true;
    case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK:
    case GUMBO_TAG_META: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_FRAME: case GUMBO_TAG_COL: case GUMBO_TAG_ISINDEX:
        return true;
    case GUMBO_TAG_HR:
        p->cut = cut_for_p(g, p->cut);
        return true;
    default:
        return false;
    }
}

/* "in body": headings, tables, the blocks that close a <p>, and everything
 * else (formatting and phrasing elements, unknown tags), which reopens the
 * formatting elements first. */
static void plan_body_other(const guard *g, unsigned tag, plan *p)
{
    if (pith_guard_is_heading(tag)) {
        p->cut = cut_for_p(g, p->cut);
        if (p->cut > 0 && g->stack[p->cut - 1].ns == NS_HTML &&
            pith_guard_is_heading(g->stack[p->cut - 1].tag))
            p->cut--;
        return;
    }
    if (tag == GUMBO_TAG_TABLE) {
        if (g->no_quirks)
            p->cut = cut_for_p(g, p->cut);
        return;
    }
    if (pith_guard_closes_p(tag)) {
        p->cut = cut_for_p(g, p->cut);
        return;
    }
    p->reconstruct = true;
    p->is_fmt = pith_guard_is_formatting(tag);
    if (tag == GUMBO_TAG_APPLET || tag == GUMBO_TAG_MARQUEE || tag == GUMBO_TAG_OBJECT)
        p->is_fmt = false;
}

/* Work out what an HTML start tag does: the rules of the insertion mode
 * the model is in (frameset, a template's column group, select, table),
 * then the body rules, as in every mode that matters for depth. */
static void pith_guard_plan_html_start(guard *g, unsigned tag, plan *p)
{
    p->push = !pith_guard_is_void(tag);
    p->ns = NS_HTML;
    if (g->frameset) {
        plan_in_frameset(tag, p);
        return;
    }
    if (in_template_columns(g, tag)) {
        ignore_start(tag, p);
        return;
    }
    if (pith_guard_in_select(g) && plan_in_select(g, tag, p))
        return;
    if (pith_guard_is_table_part(tag) || tag == GUMBO_TAG_TABLE) {
        if (plan_table_part(g, tag, p))
            return;
        if (tag != GUMBO_TAG_TABLE) {
            p->push = false; /* outside a table: ignored */
            return;
        }
    }
    int raw = pith_guard_raw_state_of(tag);
    if (raw != ST_DATA)
        plan_raw_text(g, tag, raw, p);
    else if (!plan_body_tag(g, tag, p))
        plan_body_other(g, tag, p);
}

/* frameset-ok turns false with these start tags (and with text). */
static bool pith_guard_spoils_frameset(unsigned tag)
{
    switch (tag) {
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_LI: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_APPLET: case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_TABLE: case GUMBO_TAG_AREA: case GUMBO_TAG_BR:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_IMG: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_WBR:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_HR: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SELECT: case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

static bool slots_reset(guard *g);
static bool slots_add(guard *g, size_t start, size_t len);

/* The search of font_attribute through a tag's attributes. */
typedef struct font_search {
    guard *g;
    size_t kept;  /* attributes the guard keeps so far */
    bool found;
} font_search;

static bool font_search_attribute(void *ctx, const pith_html_attr *a)
{
    font_search *fs = ctx;
    const char *name = fs->g->in + a->name;
    if (!slots_add(fs->g, a->name, a->name_len))
        return true; /* a duplicate: gumbo keeps the first */
    if (++fs->kept > fs->g->lim->max_attributes)
        return false;
    fs->found = (a->name_len == 5 && same_name(name, "color", 5)) ||
                (a->name_len == 4 && (same_name(name, "face", 4) || same_name(name, "size", 4)));
    return !fs->found;
}

/* Does the start tag at in[tag_start] keep an attribute named color, face
 * or size?  A <font> with one leaves SVG/MathML like the breakout tags
 * ("<math><font color=red>" is an HTML font).  Only the attributes the
 * guard keeps count (the first of each name, up to the limit): one it
 * drops is not in the page gumbo reads. */
static bool font_attribute(guard *g, size_t tag_start)
{
    if (!slots_reset(g))
        return false;
    font_search fs = {g, 0, false};
    bool self_closing;
    size_t name_end = pith_html_tag_name_end(g->in, g->n, tag_start + 1);
    pith_html_scan_tag(g->in, g->n, name_end, font_search_attribute, &fs, &self_closing);
    return fs.found;
}

/* Phase one of a start tag, once its name is known: plan it, close runaway
 * formatting elements before it if needed, and decide whether it stays. */
static void plan_start(guard *g, unsigned tag, size_t tag_start, plan *p)
{
    memset(p, 0, sizeof *p);
    p->adopt = -1;
    p->table_template = -1;
    p->cut = g->height;
    p->push = true;
    size_t h = g->height;
    bool foreign = pith_guard_foreign_for(g, h, tag);
    if (foreign && (pith_guard_breaks_out_of_foreign(tag) ||
                    (tag == GUMBO_TAG_FONT && font_attribute(g, tag_start)))) {
        /* Leave foreign content, then act as an HTML tag. */
        while (h > 0 && g->stack[h - 1].ns != NS_HTML &&
               !pith_guard_is_html_point(&g->stack[h - 1]) &&
               !pith_guard_is_mathml_text_point(&g->stack[h - 1]))
            h--;
        p->cut = h;
        foreign = false;
    }
    if (foreign) {
        p->ns = g->stack[h - 1].ns; /* a foreign element: no raw text, no formatting */
    } else {
        if (pith_guard_spoils_frameset(tag))
            g->frameset_ok = false;
        size_t foreign_cut = p->cut;
        pith_guard_plan_html_start(g, tag, p);
        if (p->cut > foreign_cut)
            p->cut = foreign_cut;
        if (p->drop)
            return;
    }
    if (p->reconstruct &&
        reconstruction_too_costly(g, p->cut, pith_guard_to_reconstruct(g, p->cut))) {
        forget_formatting(g, tag_start);
    }
    if (p->is_fmt && p->adopt < 0) {
        size_t seg = pith_guard_afe_segment(g), open = g->n_afe - seg;
        if (open + 1 > g->rep->most_formatting)
            g->rep->most_formatting = (unsigned)(open + 1);
        if (open >= g->lim->max_formatting) {
            p->drop = true;
            g->rep->changed |= PITH_GUARD_FORMATTING;
            return;
        }
    }
    size_t k = p->reconstruct ? pith_guard_to_reconstruct(g, p->cut) : 0;
    size_t need = p->cut + k + p->n_implicit + (p->push ? 1 : 0);
    size_t logical = need + g->excess_open;
    if (logical > g->rep->deepest)
        g->rep->deepest = (unsigned)(logical < UINT32_MAX ? logical : UINT32_MAX);
    if (p->push && p->raw == ST_DATA && need > g->lim->max_depth) {
        p->drop = true;
        g->rep->changed |= PITH_GUARD_DEPTH;
    }
}

/* Remember a removed start tag so that its end tag goes too. */
static void count_excess(guard *g, unsigned tag)
{
    if (g->excess_gen[tag] != g->gen) {
        g->excess_gen[tag] = g->gen;
        g->excess[tag] = 0;
    }
    g->excess[tag]++;
    g->excess_open++;
    if (g->height < g->excess_floor)
        g->excess_floor = g->height;
}

/* A table part directly in template t (see plan_table_part): a first <col>
 * puts its contents "in column group", any other first table part in a
 * table mode; a mode once set stays. */
static void note_template_table(open_el *t, unsigned tag)
{
    if (t->tmode == TMODE_UNSET)
        t->tmode = tag == GUMBO_TAG_COL ? TMODE_COLUMN : TMODE_TABLE;
}

/* The first start tag directly in a template decides its contents' mode:
 * a table part a table mode (note_template_table), anything else "in
 * body". */
static void note_template_body(guard *g, unsigned tag, const plan *p)
{
    open_el *t = g->height ? &g->stack[g->height - 1] : NULL;
    if (t && t->ns == NS_HTML && t->tag == GUMBO_TAG_TEMPLATE && t->tmode == TMODE_UNSET &&
        p->ns == NS_HTML && !pith_guard_is_table_part(tag))
        t->tmode = TMODE_BODY; /* "<template><table>" too: the table nests, then body */
}

/* Phase two, once the whole tag has been read: apply the plan. */
static void pith_guard_apply_start(guard *g, unsigned tag, uint32_t hash, const plan *p,
                                   bool self_closing, uint32_t attrs, bool html_point)
{
    if (p->adopt >= 0 && (size_t)p->adopt < g->n_afe)
        pith_guard_adopt(g, (size_t)p->adopt);
    if (p->cut < g->height)
        pith_guard_pop_to(g, p->cut);
    if (p->table_template >= 0 && (size_t)p->table_template < g->height)
        note_template_table(&g->stack[p->table_template], tag);
    else
        note_template_body(g, tag, p);
    if (tag == GUMBO_TAG_FORM && p->push && p->ns == NS_HTML) /* not an svg:form */
        g->form_open = true;
    if (p->reconstruct)
        pith_guard_reconstruct(g);
    for (unsigned i = 0; i < p->n_implicit; i++)
        pith_guard_push(g, p->implicit[i], 0, NS_HTML);
    if (!p->push || (self_closing && p->ns != NS_HTML))
        return;
    pith_guard_push(g, (uint16_t)tag, hash, p->ns);
    if (g->oom)
        return;
    g->stack[g->height - 1].html_point = html_point;
    if (!p->is_fmt)
        return;
    /* Noah's Ark: at most three identical entries after the last marker. */
    size_t seg = pith_guard_afe_segment(g), same = 0, first = 0;
    for (size_t i = g->n_afe; i-- > seg;)
        if (g->afe[i].tag == tag && g->afe[i].attrs == attrs) {
            same++;
            first = i;
        }
    if (same >= 3)
        pith_guard_afe_remove(g, first);
    pith_guard_afe_push(g, (uint16_t)tag, attrs, (int32_t)(g->height - 1));
}

/* Model character data between tags. */
static void text_event(guard *g, size_t start, size_t end)
{
    bool ws = true;
    for (size_t i = start; i < end && ws; i++)
        ws = is_ws(g->in[i]);
    if (!ws)
        g->frameset_ok = false;
    const open_el *t = pith_guard_top(g);
    if (g->frameset || (t && t->ns != NS_HTML && !pith_guard_is_html_point(t) &&
                        !pith_guard_is_mathml_text_point(t)))
        return;
    if (ws && t && t->ns == NS_HTML &&
        (t->tag == GUMBO_TAG_TABLE || pith_guard_is_section(t->tag) || t->tag == GUMBO_TAG_TR))
        return;
    if (reconstruction_too_costly(g, g->height, pith_guard_to_reconstruct(g, g->height)))
        forget_formatting(g, start);
    pith_guard_reconstruct(g);
}

/* ----------------------------------------------------------- char refs */

/* At in[i] == '&': if a numeric reference past U+10FFFF starts here,
 * rewrite it to &#xFFFD; (when allowed).  Returns the position after it. */
static size_t check_charref(guard *g, size_t i, size_t end, bool allowed)
{
    size_t j = i + 1;
    if (j >= end || g->in[j] != '#')
        return i + 1;
    j++;
    bool hex = j < end && (g->in[j] == 'x' || g->in[j] == 'X');
    if (hex)
        j++;
    size_t digits_start = j;
    uint32_t value = 0;
    bool over = false;
    for (; j < end; j++) {
        char c = g->in[j];
        unsigned d;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if (hex && c >= 'a' && c <= 'f')
            d = (unsigned)(c - 'a' + 10);
        else if (hex && c >= 'A' && c <= 'F')
            d = (unsigned)(c - 'A' + 10);
        else
            break;
        if (!over) {
            value = value * (hex ? 16u : 10u) + d;
            over = value > 0x10FFFF;
        }
    }
    if (j == digits_start || !over)
        return j;
    if (j < end && g->in[j] == ';')
        j++;
    if (allowed) {
        rewrite(g, i, j, "&#xFFFD;", 8);
        g->rep->fixed_charrefs++;
        g->rep->changed |= PITH_GUARD_CHARREF;
    }
    return j;
}

/* Fix numeric references in [start, end). */
static void scan_charrefs(guard *g, size_t start, size_t end, bool allowed)
{
    size_t i = start;
    while (i < end) {
        const char *amp = memchr(g->in + i, '&', end - i);
        if (!amp)
            return;
        i = check_charref(g, (size_t)(amp - g->in), end, allowed);
    }
}

/* ---------------------------------------------------------- attributes */

static bool slots_reset(guard *g)
{
    if (++g->slot_gen == 0) {
        memset(g->slots, 0, g->n_slots * sizeof *g->slots);
        g->slot_gen = 1;
    }
    g->slot_used = 0;
    if (!g->slots) {
        g->slots = calloc(64, sizeof *g->slots);
        if (!g->slots) {
            g->oom = true;
            return false;
        }
        g->n_slots = 64;
    }
    return true;
}

static bool slots_grow(guard *g)
{
    size_t n = g->n_slots * 2;
    attr_slot *s = calloc(n, sizeof *s);
    if (!s) {
        g->oom = true;
        return false;
    }
    for (size_t i = 0; i < g->n_slots; i++) {
        attr_slot *o = &g->slots[i];
        if (o->gen != g->slot_gen)
            continue;
        size_t k = (size_t)o->hash & (n - 1);
        while (s[k].gen == g->slot_gen)
            k = (k + 1) & (n - 1);
        s[k] = *o;
    }
    free(g->slots);
    g->slots = s;
    g->n_slots = n;
    return true;
}

/* Record an attribute name; false when the tag already has it. */
static bool slots_add(guard *g, size_t start, size_t len)
{
    if ((g->slot_used + 1) * 2 > g->n_slots && !slots_grow(g))
        return true;
    uint64_t h = name_hash64(g->in + start, len);
    size_t mask = g->n_slots - 1, k = (size_t)h & mask;
    while (g->slots[k].gen == g->slot_gen) {
        attr_slot *s = &g->slots[k];
        if (s->hash == h && s->len == len && same_name(g->in + s->start, g->in + start, len))
            return false;
        k = (k + 1) & mask;
    }
    g->slots[k] = (attr_slot){h, start, len, g->slot_gen};
    g->slot_used++;
    return true;
}

/* What the attribute pass found in one tag. */
typedef struct tag_info {
    size_t end;          /* one past '>', or 0 when the input ended first */
    bool self_closing;
    uint32_t attrs;      /* order-independent hash of names and values */
    bool html_encoding;  /* encoding="text/html" (annotation-xml) */
} tag_info;

/* The attribute pass through one tag (read_attributes). */
typedef struct attr_pass {
    guard *g;
    bool keep_tag;       /* the tag stays: its attributes are checked */
    size_t *kept;        /* attributes kept on this element so far */
    size_t prev_end;     /* end of the previous attribute (or of the name) */
    size_t seen;
    bool last_valueless; /* the last attribute written has no value */
    tag_info *t;
} attr_pass;

/* Keep one attribute, or remove it as a duplicate or past the limit. */
static bool pass_attribute(void *ctx, const pith_html_attr *a)
{
    attr_pass *ap = ctx;
    guard *g = ap->g;
    const char *s = g->in;
    size_t n = g->n, i = a->end;
    ap->seen++;
    if (ap->seen > g->rep->most_attributes)
        g->rep->most_attributes = (unsigned)(ap->seen < UINT32_MAX ? ap->seen : UINT32_MAX);
    if (!ap->keep_tag) {
        ap->prev_end = i;
        return true;
    }
    bool fresh = slots_add(g, a->name, a->name_len);
    bool keep = fresh && *ap->kept < g->lim->max_attributes;
    if (keep) {
        (*ap->kept)++;
        ap->last_valueless = !a->has_value;
        uint32_t h = name_hash(s + a->name, a->name_len);
        for (size_t k = 0; k < a->value_len; k++)
            h = (h ^ (unsigned char)s[a->value + k]) * 16777619u;
        ap->t->attrs += h;
        if (a->name_len == 8 && same_name(s + a->name, "encoding", 8))
            ap->t->html_encoding =
                (a->value_len == 9 && same_name(s + a->value, "text/html", 9)) ||
                (a->value_len == 21 && same_name(s + a->value, "application/xhtml+xml", 21));
        if (a->value_len)
            scan_charrefs(g, a->value, a->value + a->value_len, true);
    } else {
        /* In place of the attribute, a space; but when the last attribute
         * written has no value and a '=' comes next (a name may begin
         * with '='), the space would make that '=' its value: write its
         * empty value explicitly first (="" is what it has anyway). */
        size_t k = i;
        while (k < n && is_ws(s[k]))
            k++;
        bool bind = ap->last_valueless && k < n && s[k] == '=';
        rewrite(g, ap->prev_end, i, bind ? "=\"\" " : " ", bind ? 4 : 1);
        if (bind)
            ap->last_valueless = false;
        if (fresh) {
            g->rep->dropped_attributes++;
            g->rep->changed |= PITH_GUARD_ATTRIBUTES;
        } else {
            g->rep->duplicate_attributes++;
            g->rep->changed |= PITH_GUARD_DUPLICATES;
        }
    }
    ap->prev_end = i;
    return true;
}

/* Read the attributes of a tag from pos (just after its name) to its '>',
 * removing duplicates and those past the limit (unless the whole tag is
 * going anyway), and fixing numeric references in the values kept. */
static void read_attributes(guard *g, size_t pos, bool keep_tag, size_t *kept_so_far,
                            tag_info *t)
{
    size_t local = 0;
    memset(t, 0, sizeof *t);
    if (keep_tag && !slots_reset(g))
        return;
    attr_pass ap = {g, keep_tag, kept_so_far ? kept_so_far : &local, pos, 0, false, t};
    t->end = pith_html_scan_tag(g->in, g->n, pos, pass_attribute, &ap, &t->self_closing);
}

/* ----------------------------------------------------------------- tags */

/* Does a character reference run up to in[start] ("&", "&#21", "&am")?
 * Then what follows the removed tag could extend it ("&#21<l>48383" must
 * not become "&#2148383"). */
static bool charref_before(const guard *g, size_t start)
{
    size_t i = start;
    while (i > 0 && start - i < 64 &&
           (is_alpha(g->in[i - 1]) || (g->in[i - 1] >= '0' && g->in[i - 1] <= '9') ||
            g->in[i - 1] == '#'))
        i--;
    return i > 0 && g->in[i - 1] == '&';
}

/* Remove the tag at [start, end).  Where a '<' of text or a character
 * reference comes just before it, an empty comment takes its place, so
 * that the text around it cannot join into a new tag or reference
 * ("<<x>b>" must not become "<b>", nor "&#21<x>48" "&#2148"). */
static void remove_tag(guard *g, size_t start, size_t end)
{
    bool glue = start > 0 && (g->in[start - 1] == '<' || charref_before(g, start));
    rewrite(g, start, end, glue ? "<!---->" : "", glue ? 7 : 0);
    g->rep->dropped_tags++;
}

/* The input ends inside the tag that starts at `start`: gumbo drops such a
 * tag, and so does the guard (with any rewrite already made inside it), so
 * that what it leaves is exactly what gumbo will see.  out_mark and
 * done_mark are the output length and input position when the tag began. */
static size_t drop_truncated_tag(guard *g, size_t start, size_t out_mark, size_t done_mark)
{
    if (g->done > start)
        pith_buf_truncate(g->out, out_mark + (start - done_mark));
    else
        rewrite(g, start, g->n, "", 0);
    g->done = g->n;
    g->rewriting = true;
    return g->n;
}

/* A tag starts at in[i] == '<'.  Returns the position after it. */
static size_t tag(guard *g, size_t i, bool is_end)
{
    size_t out_mark = g->out->len, done_mark = g->done;
    const char *s = g->in;
    size_t n = g->n;
    size_t name = i + (is_end ? 2 : 1), j = pith_html_tag_name_end(s, n, name);
    if (j >= n)
        return n; /* the input ends inside the name: no token */
    size_t name_len = j - name;
    unsigned t = gumbo_tagn_enum(s + name, (unsigned)(name_len < 64 ? name_len : 64));
    if (name_len >= 64)
        t = GUMBO_TAG_UNKNOWN;
    uint32_t hash = t == GUMBO_TAG_UNKNOWN ? name_hash(s + name, name_len) : 0;
    tag_info info;
    if (is_end) {
        bool ends_raw_text = g->raw_closing;
        g->raw_closing = false;
        bool drop = end_tag(g, t, hash, ends_raw_text, s[j] == '>');
        read_attributes(g, j, !drop, NULL, &info);
        if (!info.end)
            return drop_truncated_tag(g, i, out_mark, done_mark);
        if (drop)
            remove_tag(g, i, info.end);
        return info.end;
    }
    plan p;
    plan_start(g, t, i, &p);
    size_t *merged = t == GUMBO_TAG_HTML ? &g->html_attributes
                     : t == GUMBO_TAG_BODY ? &g->body_attributes : NULL;
    read_attributes(g, j, !p.drop, merged, &info);
    if (!info.end)
        return drop_truncated_tag(g, i, out_mark, done_mark);
    if (p.drop) {
        remove_tag(g, i, info.end);
        if (p.push && !(info.self_closing && p.ns != NS_HTML))
            count_excess(g, t);
        return info.end;
    }
    pith_guard_apply_start(g, t, hash, &p, info.self_closing, info.attrs,
                           info.html_encoding && t == GUMBO_TAG_ANNOTATION_XML);
    if (p.raw != ST_DATA && !(info.self_closing && p.ns != NS_HTML)) {
        g->state = p.raw;
        g->raw_tag = (uint16_t)t;
    }
    return info.end;
}

static bool foreign_now(const guard *g)
{
    const open_el *t = pith_guard_top(g);
    return t && t->ns != NS_HTML;
}

/* Markup at in[i] == '<' in the data state.  Returns the position after it
 * (i + 1 when the '<' is just text). */
static size_t markup(guard *g, size_t i)
{
    const char *s = g->in;
    size_t n = g->n;
    switch (pith_html_markup_at(s, n, i)) {
    case PITH_HTML_CUT:
        return n;
    case PITH_HTML_START_TAG:
        return tag(g, i, false);
    case PITH_HTML_END_TAG:
        return tag(g, i, true);
    case PITH_HTML_EMPTY_END_TAG:
        return i + 3;
    case PITH_HTML_COMMENT:
        return pith_html_comment_end(s, n, i + 4);
    case PITH_HTML_CDATA:
        if (foreign_now(g))
            return pith_html_cdata_end(s, n, i + 9);
        return pith_html_bogus_comment_end(s, n, i + 2);
    case PITH_HTML_DECLARATION:
        if (starts_ci(s + i + 2, n - i - 2, "doctype"))
            g->no_quirks = true;
        return pith_html_bogus_comment_end(s, n, i + 2);
    case PITH_HTML_BOGUS:
        return pith_html_bogus_comment_end(s, n, i + 2);
    default:
        text_event(g, i, i + 1); /* a lone '<' is text ("<<frameset>": no frameset) */
        return i + 1;
    }
}

/* ------------------------------------------------------------- raw text */

/* The raw text ends at the end tag found: back to the data state, and the
 * end tag is the one that ends it (end_tag never removes it). */
static void at_raw_end_tag(guard *g)
{
    g->state = ST_DATA;
    g->raw_closing = true;
}

/* RCDATA and RAWTEXT: up to the matching end tag.  Returns its position. */
static size_t raw_text(guard *g, size_t i)
{
    const char *name = gumbo_normalized_tagname((GumboTag)g->raw_tag);
    size_t end = pith_html_raw_text_end(g->in, g->n, i, name);
    if (g->state == ST_RCDATA)
        scan_charrefs(g, i, end, true);
    if (end < g->n)
        at_raw_end_tag(g);
    return end;
}

/* Script data with its escaped ("<!--") and double-escaped ("<!--
 * <script>") states, where "</script>" does not end the script.  Returns
 * the position of the end tag, or n. */
static size_t script_text(guard *g, size_t i)
{
    size_t end = pith_html_script_end(g->in, g->n, i);
    if (end < g->n)
        at_raw_end_tag(g);
    return end;
}

/* ----------------------------------------------------------------- main */

static void run(guard *g)
{
    size_t i = 0, n = g->n;
    while (i < n && !g->oom) {
        switch (g->state) {
        case ST_PLAINTEXT:
            return;
        case ST_RCDATA: case ST_RAWTEXT:
            i = raw_text(g, i);
            continue;
        case ST_SCRIPT:
            i = script_text(g, i);
            continue;
        default:
            break;
        }
        const char *lt = memchr(g->in + i, '<', n - i);
        size_t end = lt ? (size_t)(lt - g->in) : n;
        if (end > i) {
            text_event(g, i, end);
            scan_charrefs(g, i, end, true);
        }
        if (end >= n)
            return;
        i = markup(g, end);
    }
}

bool pith_guard(const char *in, size_t n, const pith_guard_limits *limits, pith_buf *out,
                const char **res, size_t *res_len, pith_guard_report *report)
{
    memset(report, 0, sizeof *report);
    *res = NULL;
    *res_len = 0;
    guard *g = calloc(1, sizeof *g);
    if (!g)
        return false;
    g->in = in;
    g->n = n;
    g->lim = limits;
    g->rep = report;
    g->out = out;
    g->gen = 1;
    g->excess_floor = SIZE_MAX;
    g->frameset_ok = true;
    /* Cloned formatting elements: plenty for real pages (a few per
     * paragraph), and at most one per 16 bytes of input. */
    g->clone_budget = 4096 + n / 16;
    run(g);
    bool ok = !g->oom && !out->oom;
    if (ok && g->rewriting) {
        copy_to(g, n);
        ok = !out->oom;
    }
    if (ok) {
        *res = g->rewriting ? (out->data ? out->data : "") : in;
        *res_len = g->rewriting ? out->len : n;
    }
    free(g->stack);
    free(g->afe);
    free(g->slots);
    free(g);
    return ok;
}
