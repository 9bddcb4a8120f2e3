/*
 * shared.c — what more than one renderer needs (see shared.h): the
 * metadata field list, status codes, XML escaping, the markup walker, safe
 * URLs, and the small questions about the tree that several formats ask.
 */
#include "shared.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util/ascii.h"
#include "util/url.h"
#include "util/utf8.h"

/* ------------------------------------------------------------- metadata */

static pith_meta_field string_field(const char *name, const char *value)
{
    return (pith_meta_field){name, value, NULL, 0, false};
}

static pith_meta_field list_field(const char *name, const char *const *items, size_t n)
{
    return (pith_meta_field){name, NULL, items, items ? n : 0, true};
}

void pith_render_meta_fields(const pith_result *r, pith_meta_field out[PITH_META_FIELD_COUNT])
{
    size_t k = 0;
    out[k++] = string_field("title", r->title);
    out[k++] = string_field("author", r->author);
    out[k++] = string_field("hostname", r->hostname);
    out[k++] = string_field("date", r->date);
    out[k++] = string_field("date_modified", r->date_modified);
    out[k++] = string_field("date_time", r->date_time);
    out[k++] = string_field("date_modified_time", r->date_modified_time);
    out[k++] = string_field("url", r->url);
    out[k++] = string_field("sitename", r->sitename);
    out[k++] = string_field("description", r->description);
    out[k++] = list_field("categories", r->categories, r->n_categories);
    out[k++] = list_field("tags", r->tags, r->n_tags);
    out[k++] = string_field("language", r->language);
    out[k++] = string_field("language_source", r->language_source);
    out[k++] = string_field("image", r->image);
    out[k++] = string_field("license", r->license);
    out[k++] = string_field("pagetype", r->pagetype);
    out[k++] = string_field("declared_type", r->declared_type);
    out[k++] = string_field("fallback", r->fallback);
}

/* The text of a heading, for comparing it with the title. */
static bool heading_says(const pith_node *heading, const char *title)
{
    pith_buf text = PITH_BUF_INIT;
    pith_render_text_tree(heading, &text);
    bool same = !text.oom && text.len == strlen(title) &&
                (text.len == 0 || memcmp(text.data, title, text.len) == 0);
    pith_buf_free(&text);
    return same;
}

const char *pith_render_leading_title(const pith_render_input *in)
{
    const char *title = in->result->title;
    if (!(in->flags & PITH_RENDER_TITLE) || !title || !*title)
        return NULL;
    const pith_node *first = in->article ? in->article->first : NULL;
    if (first && first->type == PITH_NODE_HEADING && heading_says(first, title))
        return NULL;
    return title;
}

/* Public (pith.h): the code every format writes for a status. */
const char *pith_status_code(pith_status s)
{
    switch (s) {
    case PITH_OK: return "ok";
    case PITH_NO_CONTENT: return "no_content";
    case PITH_ERR_INPUT: return "bad_input";
    case PITH_ERR_TOO_LARGE: return "too_large";
    case PITH_ERR_LIMIT: return "limit";
    case PITH_ERR_NOMEM: return "out_of_memory";
    case PITH_ERR_ARGUMENT: return "bad_argument";
    }
    return "unknown";
}

/* ------------------------------------------------------------- escaping */

static bool xml_allowed(uint32_t cp)
{
    if (cp < 0x20)
        return cp == '\t' || cp == '\n' || cp == '\r';
    return cp != 0xFFFE && cp != 0xFFFF;
}

/* The escape of an ASCII byte in a JSON string, or NULL when it needs
 * none: quote, backslash and the C0 controls (short forms where JSON has
 * them, else \u00XX with upper-case digits). */
static const char *json_escape_of(unsigned char c, char seq[8])
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: break;
    }
    if (c >= 0x20)
        return NULL;
    snprintf(seq, 8, "\\u%04X", (unsigned)c);
    return seq;
}

/* The bytes of the 8 at s that need a look of their own, as the top bit
 * (0x80) of each: a C0 control, a quote, a backslash or a byte of a
 * multi-byte character (a zero and a "less than" test on all the bytes of
 * a word at once; exact up to the first byte marked, which is all its
 * reader needs). */
static uint64_t json_special8(const char *s)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t x;
    memcpy(&x, s, 8);
    uint64_t control = (x - ones * 0x20) & ~x;
    uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    quote = (quote - ones) & ~quote;
    backslash = (backslash - ones) & ~backslash;
    return (x | control | quote | backslash) & high;
}

/* How many of the bytes at s (n of them) json_special8 lets by: plain
 * ASCII, copied as it is. */
static size_t json_plain_run(const char *s, size_t n)
{
    size_t i = 0;
    uint64_t special = 0;
    while (n - i >= 8 && (special = json_special8(s + i)) == 0)
        i += 8;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (special) /* the first byte is the lowest */
        return i + ((size_t)__builtin_ctzll(special) >> 3);
#endif
    while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x80 && s[i] != '"' &&
           s[i] != '\\')
        i++;
    return i;
}

bool pith_render_escape_json(pith_buf *out, const char *s, size_t n)
{
    pith_buf_putc(out, '"');
    size_t run = 0, i = 0; /* bytes s[run..i) are copied as they are */
    while (i < n) {
        i += json_plain_run(s + i, n - i);
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (pith_utf8_two_byte_at(s + i, n - i)) { /* most characters beyond ASCII */
            i += 2;
            continue;
        }
        if (c >= 0x80) {
            uint32_t cp;
            int k = pith_utf8_decode(s + i, n - i, &cp);
            if (cp == 0xFFFD && !(k == 3 && c == 0xEF))
                return false; /* not UTF-8 */
            i += (size_t)k;
            continue;
        }
        char seq[8];
        const char *esc = json_escape_of(c, seq);
        if (esc) {
            pith_buf_append(out, s + run, i - run);
            pith_buf_puts(out, esc);
            run = i + 1;
        }
        i++;
    }
    pith_buf_append(out, s + run, n - run);
    pith_buf_putc(out, '"');
    return true;
}

void pith_render_escape_xml(pith_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        const char *ref = NULL;
        switch (c) {
        case '&': ref = "&amp;"; break;
        case '<': ref = "&lt;"; break;
        case '>': ref = "&gt;"; break;
        case '"': ref = "&quot;"; break;
        case '\'': ref = "&#39;"; break;
        default: break;
        }
        if (ref) {
            pith_buf_puts(out, ref);
            i++;
            continue;
        }
        if (c < 0x80 && c >= 0x20) {
            pith_buf_putc(out, (char)c);
            i++;
            continue;
        }
        uint32_t cp;
        int len = pith_utf8_decode(s + i, n - i, &cp);
        if (xml_allowed(cp))
            pith_buf_append(out, s + i, (size_t)len);
        else
            pith_utf8_encode(out, 0xFFFD);
        i += (size_t)len;
    }
}

void pith_render_attr(pith_buf *out, const char *name, const char *value)
{
    pith_buf_printf(out, " %s=\"", name);
    if (value)
        pith_render_escape_xml(out, value, strlen(value));
    pith_buf_putc(out, '"');
}

/* ---------------------------------------------------------------- markup */

/* A block opened inside an item, cell or caption starts on a new line. */
static void newline_before_block(pith_buf *out, const pith_node *n)
{
    const pith_node *p = n->parent;
    if (!pith_node_is_block(n->type) || !p || pith_render_is_tight(n) ||
        (n->prev && !pith_render_is_tight(n->prev)))
        return;
    if (p->type == PITH_NODE_ITEM || p->type == PITH_NODE_CELL || p->type == PITH_NODE_CAPTION)
        pith_buf_putc(out, '\n');
}

void pith_render_markup(const pith_node *root, pith_buf *out, pith_render_enter_fn enter,
                        pith_render_leave_fn leave, void *w)
{
    if (!root)
        return;
    pith_doc_iter it;
    pith_doc_iter_init(&it, (pith_node *)root);
    while (pith_doc_iter_next(&it)) {
        if (it.cur == root)
            continue;
        if (it.entering) {
            newline_before_block(out, it.cur);
            enter(w, &it);
        } else {
            leave(w, it.cur);
        }
    }
}

void pith_render_image_element(pith_buf *out, const char *tag, const pith_node *n)
{
    pith_buf_printf(out, "<%s", tag);
    pith_render_attr(out, "src", n->url);
    pith_render_attr(out, "alt", n->text ? n->text : "");
    if (n->info && *n->info)
        pith_render_attr(out, "title", n->info);
    pith_buf_puts(out, "/>");
}

void pith_render_code_element(pith_buf *out, const pith_node *n)
{
    pith_buf_puts(out, "<code>");
    if (n->text)
        pith_render_escape_xml(out, n->text, n->len);
    pith_buf_puts(out, "</code>");
}

void pith_render_paragraph_open(pith_buf *out, pith_doc_iter *it, unsigned flags)
{
    const pith_node *n = it->cur;
    if (!pith_render_shows_anything(n, flags))
        pith_doc_iter_skip_children(it);
    else if (!pith_render_is_tight(n))
        pith_buf_puts(out, "<p>");
}

void pith_render_paragraph_close(pith_buf *out, const pith_node *n)
{
    pith_buf_puts(out, pith_render_is_tight(n) ? (n->parent->type == PITH_NODE_FIGURE ? "\n" : "")
                                               : "</p>\n");
}

int pith_render_heading_level(const pith_node *n)
{
    return n->level < 1 ? 1 : n->level > 6 ? 6 : n->level;
}

size_t pith_render_code_length(const pith_node *n)
{
    size_t len = n->text ? n->len : 0;
    while (len > 0 && (n->text[len - 1] == '\n' || n->text[len - 1] == '\r'))
        len--;
    return len;
}

/* ---------------------------------------------------------------- urls */

bool pith_render_url_ok(const char *url)
{
    static const char *const schemes[] = {"http", "https", "ftp", "mailto", "tel"};
    if (!url || (unsigned char)url[0] <= ' ')
        return false; /* browsers skip leading blanks: " javascript:" */
    for (const char *p = url; *p; p++)
        if ((unsigned char)*p < ' ')
            return false; /* and drop tabs and newlines: "java\tscript:" */
    size_t k = pith_url_scheme_len(url);
    if (k == 0) /* no scheme: a relative reference; ":x" has an empty one */
        return url[0] != ':';
    for (size_t i = 0; i < sizeof schemes / sizeof schemes[0]; i++)
        if (pith_ascii_ieq_n(url, k, schemes[i]))
            return true;
    return false;
}

bool pith_render_keeps_link(const pith_node *n, unsigned flags)
{
    return n->type == PITH_NODE_LINK && (flags & PITH_RENDER_LINKS) && pith_render_url_ok(n->url);
}

bool pith_render_keeps_image(const pith_node *n, unsigned flags)
{
    return n->type == PITH_NODE_IMAGE && (flags & PITH_RENDER_IMAGES) &&
           pith_render_url_ok(n->url);
}

bool pith_render_link_opens(pith_doc_iter *it, unsigned flags)
{
    const pith_node *n = it->cur;
    if (!pith_render_keeps_link(n, flags))
        return false;
    if (!pith_render_shows_anything(n, flags)) {
        pith_doc_iter_skip_children(it);
        return false;
    }
    return true;
}

bool pith_render_shows_anything(const pith_node *n, unsigned flags)
{
    pith_doc_iter it;
    pith_doc_iter_init(&it, (pith_node *)n);
    while (pith_doc_iter_next(&it)) {
        const pith_node *c = it.cur;
        if (!it.entering)
            continue;
        if ((c->type == PITH_NODE_TEXT || c->type == PITH_NODE_CODE ||
             c->type == PITH_NODE_CODE_BLOCK) && c->len > 0)
            return true;
        if (pith_render_keeps_image(c, flags))
            return true;
    }
    return false;
}

/* --------------------------------------------------------------- lists */

static long count_children(const pith_node *n)
{
    long k = 0;
    for (const pith_node *c = n->first; c; c = c->next)
        k++;
    return k;
}

long pith_render_list_start(const pith_node *list)
{
    long start = list->start;
    if (start < 0)
        start = 0;
    long room = PITH_RENDER_MAX_LIST_NUMBER - count_children(list) + 1;
    if (room < 0)
        room = 0;
    return start > room ? room : start;
}

size_t pith_render_table_columns(const pith_node *table)
{
    size_t most = 0;
    for (const pith_node *row = table->first; row; row = row->next) {
        if (row->type != PITH_NODE_ROW)
            continue;
        size_t k = (size_t)count_children(row);
        if (k > most)
            most = k;
    }
    return most;
}

bool pith_render_is_tight(const pith_node *p)
{
    const pith_node *c = p->parent;
    if (p->type != PITH_NODE_PARAGRAPH || !c)
        return false;
    if (c->type == PITH_NODE_FIGURE) {
        for (const pith_node *s = c->first; s; s = s->next)
            if (s != p && s->type != PITH_NODE_CAPTION)
                return false;
        return true;
    }
    if (c->type == PITH_NODE_ITEM && c->first == p) {
        for (const pith_node *s = p->next; s; s = s->next)
            if (s->type != PITH_NODE_LIST)
                return false;
        return true;
    }
    return (c->type == PITH_NODE_CELL || c->type == PITH_NODE_CAPTION) && c->first == p &&
           c->last == p;
}
