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
 *     formatting elements with its markers and Noah's Ark clause
 *     (guard_model.c), and the insertion modes' rules (guard_plan.c);
 *   - this file runs the pass, enforces the limits and makes the rewrites.
 * Where the model is approximate it errs towards counting more depth than
 * gumbo builds, never less, so a limit can cut early but is never escaped.
 *
 * Output is written lazily: until the first rewrite nothing is copied, and
 * a page that needs no rewrite is handed to gumbo as it came.  Rewrites are
 * made in increasing position order, so the output is built in one pass.
 */
#include "guard.h"

#include <stdlib.h>
#include <string.h>

#include "input/guard_internal.h"
#include "input/html_scan.h"
#include "pith.h"
#include "util/ascii.h"
#include "util/fnv.h"

/* ---------------------------------------------------------------- bytes */

static uint32_t name_hash(const char *s, size_t n)
{
    uint32_t h = PITH_FNV1A_32_BASIS;
    for (size_t i = 0; i < n; i++)
        h = pith_fnv1a_32(h, (unsigned char)pith_ascii_lower(s[i]));
    return h;
}

static uint64_t name_hash64(const char *s, size_t n)
{
    uint64_t h = PITH_FNV1A_64_BASIS;
    for (size_t i = 0; i < n; i++)
        h = pith_fnv1a_64(h, (unsigned char)pith_ascii_lower(s[i]));
    return h;
}

/* The n bytes of a and b are equal ignoring ASCII case.  Unlike
 * pith_ascii_ieqn, a NUL does not end the comparison: the guard reads the
 * page's bytes as they come, NULs included. */
static bool same_name(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (pith_ascii_lower(a[i]) != pith_ascii_lower(b[i]))
            return false;
    return true;
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

/* ----------------------------------------------- the limits, tag by tag */

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

/* Model character data between tags. */
static void text_event(guard *g, size_t start, size_t end)
{
    bool ws = true;
    for (size_t i = start; i < end && ws; i++)
        ws = pith_ascii_is_space(g->in[i]);
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
    uint32_t attrs;      /* order-independent hash of names and values (of
                            a formatting element's, the only ones compared) */
    bool html_encoding;  /* encoding="text/html" (annotation-xml) */
} tag_info;

/* The attribute pass through one tag (read_attributes). */
typedef struct attr_pass {
    guard *g;
    bool keep_tag;       /* the tag stays: its attributes are checked */
    bool hash;           /* a formatting element: hash its attributes */
    size_t *kept;        /* attributes kept on this element so far */
    size_t prev_end;     /* end of the previous attribute (or of the name) */
    size_t seen;
    bool last_valueless; /* the last attribute written has no value */
    tag_info *t;
} attr_pass;

/* An attribute's name and value as one hash, for comparing formatting
 * elements (Noah's Ark). */
static uint32_t attribute_hash(const char *s, const pith_html_attr *a)
{
    uint32_t h = name_hash(s + a->name, a->name_len);
    for (size_t k = 0; k < a->value_len; k++)
        h = pith_fnv1a_32(h, (unsigned char)s[a->value + k]);
    return h;
}

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
        if (ap->hash)
            ap->t->attrs += attribute_hash(s, a);
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
        while (k < n && pith_ascii_is_space(s[k]))
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
 * going anyway), and fixing numeric references in the values kept.  hash:
 * the tag is a formatting element, whose attributes are hashed into
 * t->attrs (no other tag's are compared; hashing every value byte of every
 * tag cost a seventh of the pass). */
static void read_attributes(guard *g, size_t pos, bool keep_tag, bool hash, size_t *kept_so_far,
                            tag_info *t)
{
    size_t local = 0;
    memset(t, 0, sizeof *t);
    if (keep_tag && !slots_reset(g))
        return;
    attr_pass ap = {g, keep_tag, hash, kept_so_far ? kept_so_far : &local, pos, 0, false, t};
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
           (pith_ascii_is_alnum(g->in[i - 1]) || g->in[i - 1] == '#'))
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

/* ------------------------------------------------------------ noscript */

/* Where the next "</noscript" at or after from is, or n.  The answer is
 * kept: the pass only moves forward, so a later question before that
 * position has the same answer, and the search costs one pass in all. */
static size_t next_noscript_end(guard *g, size_t from)
{
    if (g->noscript_end_known && g->noscript_end >= from)
        return g->noscript_end;
    size_t k = from;
    while (k < g->n) {
        const char *lt = memchr(g->in + k, '<', g->n - k);
        if (!lt) {
            k = g->n; /* no '<' left: none comes (not "just after the last '<'") */
            break;
        }
        k = (size_t)(lt - g->in);
        if (pith_html_end_tag_at(g->in, g->n, k, "noscript"))
            break;
        k++;
    }
    g->noscript_end_known = true;
    g->noscript_end = k < g->n ? k : g->n;
    return g->noscript_end;
}

/* The next end tag of a raw-text element named by tag at or after from,
 * or stop when none comes before stop (the next </noscript>).  Answers are
 * kept per tag: a later question from before the answer has the same one,
 * so a <noscript> of 100,000 unclosed iframes costs one scan, not one each.
 * A script's end is looked for as the plain "</script" (its escapes are not
 * followed): finding one that an escape would hide only leaves the page as
 * gumbo reads it. */
static size_t next_raw_end(guard *g, unsigned tag, size_t from, size_t stop)
{
    raw_end_memo *m = NULL;
    for (size_t k = 0; k < g->n_raw_memo && !m; k++)
        if (g->raw_memo[k].tag == tag)
            m = &g->raw_memo[k];
    if (m && m->from <= from && from <= m->at)
        return m->at;
    size_t at = pith_html_raw_text_end(g->in, stop, from, gumbo_normalized_tagname((GumboTag)tag));
    if (!m && g->n_raw_memo < RAW_MEMO_SLOTS)
        m = &g->raw_memo[g->n_raw_memo++];
    if (m)
        *m = (raw_end_memo){(uint16_t)tag, from, at};
    return at;
}

/* A raw-text element (iframe, style, script, textarea, plaintext...) opens
 * inside a <noscript>, its name ending at name_end, and its own end tag does
 * not come before the next </noscript>.  A browser running scripts reads a
 * <noscript> as text up to its end tag, so the page goes on after it;
 * gumbo parses with scripting off and would take all the rest of the page
 * as that element's text.  The shape is common: frameworks write a tag
 * manager's frame as "<noscript><iframe src=... /></noscript>", and "/>"
 * does not close an iframe. */
static bool raw_text_outlives_noscript(guard *g, unsigned tag, int state, size_t name_end)
{
    bool self_closing;
    size_t body = pith_html_scan_tag(g->in, g->n, name_end, NULL, NULL, &self_closing);
    if (body == 0)
        return false; /* the input ends inside the tag: gumbo drops it anyway */
    size_t stop = next_noscript_end(g, body);
    if (stop >= g->n)
        return false;
    return state == ST_PLAINTEXT || next_raw_end(g, tag, body, stop) >= stop;
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
        read_attributes(g, j, !drop, false, NULL, &info);
        if (!info.end)
            return drop_truncated_tag(g, i, out_mark, done_mark);
        if (drop)
            remove_tag(g, i, info.end);
        return info.end;
    }
    plan p;
    plan_start(g, t, i, &p);
    if (!p.drop && p.raw != ST_DATA && p.ns == NS_HTML && g->count[GUMBO_TAG_NOSCRIPT] > 0 &&
        raw_text_outlives_noscript(g, t, p.raw, j)) {
        p.drop = true;
        g->rep->changed |= PITH_GUARD_NOSCRIPT;
    }
    size_t *merged = t == GUMBO_TAG_HTML ? &g->html_attributes
                     : t == GUMBO_TAG_BODY ? &g->body_attributes : NULL;
    read_attributes(g, j, !p.drop, p.is_fmt, merged, &info);
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
        if (pith_ascii_iprefix_n(s + i + 2, n - i - 2, "doctype"))
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
