/*
 * guard_plan.c — the insertion modes' rules in the pre-parse guard's model
 * (see guard_internal.h): what an HTML start tag will do (which elements it
 * closes first, what it opens, whether formatting elements are reopened),
 * worked out before the guard decides whether the tag stays; how a plan is
 * applied; and what an end tag does.  One function per mode: in frameset, a
 * template's column group, in select, in table, in body.
 */
#include "input/guard_internal.h"
#include "pith.h"

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
void pith_guard_apply_end(guard *g, unsigned tag, uint32_t hash, bool bare)
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

/* ---------------------------------------------------------- start tags */

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
void pith_guard_plan_html_start(guard *g, unsigned tag, plan *p)
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
void pith_guard_apply_start(guard *g, unsigned tag, uint32_t hash, const plan *p,
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
