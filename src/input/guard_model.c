/*
 * guard_model.c — the pre-parse guard's model of the tree builder (see
 * guard_internal.h): the tag sets of the HTML standard it needs, the stack
 * of open elements with its scopes and the queries the insertion modes ask
 * of it, the list of active formatting elements with its markers,
 * reconstruction, and the adoption agency in outline.
 */
#include <stdlib.h>

#include "input/guard_internal.h"

/* ------------------------------------------------------------ tag sets */

bool pith_guard_is_formatting(unsigned t)
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

bool pith_guard_is_void(unsigned t)
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
bool pith_guard_closes_p(unsigned t)
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

bool pith_guard_is_heading(unsigned t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* Elements whose content the tokenizer reads as raw text. */
int pith_guard_raw_state_of(unsigned t)
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
bool pith_guard_is_html_point(const open_el *e)
{
    if (e->ns == NS_SVG)
        return e->tag == GUMBO_TAG_FOREIGNOBJECT || e->tag == GUMBO_TAG_DESC ||
               e->tag == GUMBO_TAG_TITLE;
    if (e->ns == NS_MATH)
        return e->html_point;
    return false;
}

bool pith_guard_is_mathml_text_point(const open_el *e)
{
    return e->ns == NS_MATH && (e->tag == GUMBO_TAG_MI || e->tag == GUMBO_TAG_MO ||
                                e->tag == GUMBO_TAG_MN || e->tag == GUMBO_TAG_MS ||
                                e->tag == GUMBO_TAG_MTEXT);
}

/* The standard's "special" category. */
bool pith_guard_is_special(const open_el *e)
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
bool pith_guard_breaks_out_of_foreign(unsigned t)
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

bool pith_guard_is_table_part(unsigned t)
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

bool pith_guard_is_section(unsigned t)
{
    return t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT;
}

/* Elements that "generate implied end tags" closes. */
bool pith_guard_has_implied_end_tag(const open_el *e)
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

/* frameset-ok turns false with these start tags (and with text). */
bool pith_guard_spoils_frameset(unsigned tag)
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
size_t pith_guard_afe_segment(const guard *g)
{
    size_t i = g->n_afe;
    while (i > 0 && g->afe[i - 1].tag != GUMBO_TAG_LAST)
        i--;
    return i;
}

void pith_guard_afe_push(guard *g, uint16_t tag, uint32_t attrs, int32_t pos)
{
    if (!grow(g, (void **)&g->afe, &g->afe_cap, g->n_afe + 1, sizeof *g->afe))
        return;
    g->afe[g->n_afe] = (fmt_el){tag, attrs, pos};
    if (pos >= 0)
        g->stack[pos].afe = (int32_t)g->n_afe;
    g->n_afe++;
}

/* Remove entry i, keeping the stack's back-pointers right. */
void pith_guard_afe_remove(guard *g, size_t i)
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

const open_el *pith_guard_top(const guard *g)
{
    return g->height ? &g->stack[g->height - 1] : NULL;
}

bool pith_guard_top_is(const guard *g, unsigned tag)
{
    const open_el *t = pith_guard_top(g);
    return t && t->ns == NS_HTML && t->tag == tag;
}

/* Is the current node a table, a table section or a row (the "in table",
 * "in table body" and "in row" insertion modes, where text and stray
 * elements are foster-parented)? */
bool pith_guard_in_table_text(const guard *g)
{
    return pith_guard_top_is(g, GUMBO_TAG_TABLE) || pith_guard_top_is(g, GUMBO_TAG_TBODY) ||
           pith_guard_top_is(g, GUMBO_TAG_THEAD) || pith_guard_top_is(g, GUMBO_TAG_TFOOT) ||
           pith_guard_top_is(g, GUMBO_TAG_TR);
}

void pith_guard_push(guard *g, uint16_t tag, uint32_t hash, uint8_t ns)
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
void pith_guard_pop_to(guard *g, size_t i)
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
void pith_guard_splice_out(guard *g, size_t i)
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
long pith_guard_find_in_scope(const guard *g, size_t height, unsigned tag, uint32_t hash,
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

long pith_guard_find_heading_in_scope(const guard *g)
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
long pith_guard_table_context(const guard *g, size_t height)
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
bool pith_guard_in_select(const guard *g)
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
bool pith_guard_select_in_table(const guard *g)
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
size_t pith_guard_cut_for_select(const guard *g)
{
    long s = pith_guard_find_in_scope(g, g->height, GUMBO_TAG_SELECT, 0, SCOPE_SELECT);
    return s >= 0 ? (size_t)s : g->height;
}

/* Is the content at the top of the stack foreign for a start tag `tag`? */
bool pith_guard_foreign_for(const guard *g, size_t height, unsigned tag)
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
size_t pith_guard_to_reconstruct(const guard *g, size_t cut)
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

void pith_guard_reconstruct(guard *g)
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

/* ----------------------------------------------------- adoption agency */

/* The last formatting entry with this tag after the last marker, or -1. */
long pith_guard_afe_find(const guard *g, unsigned tag)
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
void pith_guard_adopt(guard *g, size_t i)
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
