/*
 * json.c — the JSON renderer: one object per page, built with jansson.
 *
 * Field names follow trafilatura's, so pith drops into existing pipelines:
 * title, author, hostname, date, date_modified (then date_time and
 * date_modified_time, the full ISO 8601 times), url, sitename,
 * description, categories, tags, language, language_source, image,
 * license, pagetype, declared_type, fallback (the list of render.h), then
 * confidence, text,
 * comments (with --comments) and, when asked (PITH_RENDER_JSON_HTML /
 * _MARKDOWN, --json-include), the article as "html" (the fragment of
 * html.c) and "markdown".  Unknown values are null.  The first field is
 * "status" (pith_status_code: "ok", "no_content", "bad_input"...); a page
 * that failed carries an "error" object {code, message} instead of text.
 */
#include <jansson.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shared.h"
#include "util/budget.h"

/* Set obj[name] = v (v is stolen); false when jansson ran out of memory
 * (v NULL, or the set failed).  A failed field fails the whole rendering:
 * pith_render returns NULL rather than an object with a field missing. */
static bool put(json_t *obj, const char *name, json_t *v)
{
    return v && json_object_set_new(obj, name, v) == 0;
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *str_list(const char *const *items, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        if (items[i] && json_array_append_new(a, json_string(items[i])) != 0) {
            json_decref(a);
            return NULL;
        }
    return a;
}

/* A string of n bytes for obj[name], copied by jansson with malloc: its
 * bytes count against the call's max_memory while obj holds them (*held). */
static bool put_held(json_t *obj, const char *name, const char *s, size_t n, size_t *held)
{
    if (!pith_budget_charge(pith_budget_current(), n))
        return false;
    *held += n;
    return put(obj, name, json_stringn(s, n));
}

/* Render a tree with another renderer into a string field. */
static bool tree_field(json_t *obj, const char *name, const pith_node *root, unsigned flags,
                       void (*render)(const pith_node *, unsigned, pith_buf *), size_t *held)
{
    pith_buf b = PITH_BUF_INIT;
    render(root, flags, &b);
    bool ok = !b.oom && put_held(obj, name, b.data ? b.data : "", b.len, held);
    pith_buf_free(&b);
    return ok;
}

/* Add the metadata and text fields of a result to obj; false when memory
 * ran out (obj is then incomplete).  *held grows by the bytes of the long
 * strings obj holds (counted in the call's budget until released). */
bool pith_render_json_fields(const pith_render_input *in, json_t *obj, size_t *held)
{
    const pith_result *r = in->result;
    pith_meta_field fields[PITH_META_FIELD_COUNT];
    pith_render_meta_fields(r, fields);
    bool ok = put(obj, "status", json_string(pith_status_code(r->status)));
    for (size_t k = 0; k < PITH_META_FIELD_COUNT; k++) {
        const pith_meta_field *f = &fields[k];
        ok &= put(obj, f->name,
                  f->is_list ? str_list(f->items, f->n_items) : str_or_null(f->value));
    }
    ok &= put(obj, "confidence", json_real(r->confidence));
    if (r->status == PITH_OK || r->status == PITH_NO_CONTENT) {
        ok &= put_held(obj, "text", r->text ? r->text : "", r->text ? r->text_len : 0, held);
    } else {
        json_t *err = json_object();
        ok &= err && put(err, "code", json_string(pith_status_code(r->status))) &&
              put(err, "message", str_or_null(r->error));
        ok &= put(obj, "error", err);
    }
    if (r->comments)
        ok &= put_held(obj, "comments", r->comments, strlen(r->comments), held);
    if (ok && (in->flags & PITH_RENDER_JSON_HTML))
        ok &= tree_field(obj, "html", in->article, in->flags, pith_render_html_tree, held);
    if (ok && (in->flags & PITH_RENDER_JSON_MARKDOWN))
        ok &= tree_field(obj, "markdown", in->article, in->flags, pith_render_markdown_tree,
                         held);
    return ok;
}

/* ------------------------------------------------------------ writing
 *
 * The object is written here, byte for byte as jansson 2.14's
 * json_dump_callback writes it with JSON_COMPACT | JSON_REAL_PRECISION(3),
 * because jansson decodes every character of every string to find the
 * few that need escaping: the page's text is most of what a result holds,
 * and that decoding was most of what rendering it cost.  Here a table
 * finds them a byte at a time (a byte of a longer UTF-8 character is
 * never one of them, and jansson checked the strings when it took them). */

#define REAL_PRECISION 3

/* The bytes a JSON string escapes: '"', '\\' and the control characters. */
static bool escaped_byte(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

static void write_string(const char *s, size_t n, pith_buf *out)
{
    pith_buf_putc(out, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!escaped_byte(c))
            continue;
        pith_buf_append(out, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': pith_buf_append(out, "\\\"", 2); break;
        case '\\': pith_buf_append(out, "\\\\", 2); break;
        case '\b': pith_buf_append(out, "\\b", 2); break;
        case '\f': pith_buf_append(out, "\\f", 2); break;
        case '\n': pith_buf_append(out, "\\n", 2); break;
        case '\r': pith_buf_append(out, "\\r", 2); break;
        case '\t': pith_buf_append(out, "\\t", 2); break;
        default: pith_buf_printf(out, "\\u%04X", (unsigned)c); break;
        }
    }
    pith_buf_append(out, s + run, n - run);
    pith_buf_putc(out, '"');
}

/* A real as jansson writes it: "%.3g" with the C locale's point, ".0"
 * added to what would read as an integer, the exponent without '+' or
 * leading zeros. */
static void write_real(double v, pith_buf *out)
{
    char b[64];
    int len = snprintf(b, sizeof b - 3, "%.*g", REAL_PRECISION, v);
    if (len < 0 || (size_t)len >= sizeof b - 3) {
        out->oom = true;
        return;
    }
    const char *point = localeconv()->decimal_point;
    char *at;
    if (*point != '.' && (at = strchr(b, *point)) != NULL)
        *at = '.';
    if (!strchr(b, '.') && !strchr(b, 'e')) {
        memcpy(b + len, ".0", 3);
        len += 2;
    }
    char *start = strchr(b, 'e');
    if (start) {
        start++;
        char *end = start + 1;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        if (end != start) {
            memmove(start, end, (size_t)len - (size_t)(end - b) + 1);
            len -= (int)(end - start);
        }
    }
    pith_buf_append(out, b, (size_t)len);
}

/* A value of the rendered object: its fields are strings, lists of
 * strings, null, a real and the error object, two levels at most. */
static void write_value(const json_t *v, pith_buf *out, int depth)
{
    switch (json_typeof(v)) {
    case JSON_STRING:
        write_string(json_string_value(v), json_string_length(v), out);
        break;
    case JSON_REAL:
        write_real(json_real_value(v), out);
        break;
    case JSON_INTEGER:
        pith_buf_printf(out, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        break;
    case JSON_TRUE:
        pith_buf_append(out, "true", 4);
        break;
    case JSON_FALSE:
        pith_buf_append(out, "false", 5);
        break;
    case JSON_NULL:
        pith_buf_append(out, "null", 4);
        break;
    case JSON_ARRAY:
        pith_buf_putc(out, '[');
        for (size_t i = 0; i < json_array_size(v); i++) {
            if (i > 0)
                pith_buf_putc(out, ',');
            if (depth > 0)
                write_value(json_array_get(v, i), out, depth - 1);
            else
                out->oom = true; /* deeper than the object is built */
        }
        pith_buf_putc(out, ']');
        break;
    case JSON_OBJECT:
        pith_buf_putc(out, '{');
        for (void *it = json_object_iter((json_t *)v); it;
             it = json_object_iter_next((json_t *)v, it)) {
            if (it != json_object_iter((json_t *)v))
                pith_buf_putc(out, ',');
            write_string(json_object_iter_key(it), json_object_iter_key_len(it), out);
            pith_buf_putc(out, ':');
            if (depth > 0)
                write_value(json_object_iter_value(it), out, depth - 1);
            else
                out->oom = true;
        }
        pith_buf_putc(out, '}');
        break;
    }
}

void pith_render_json(const pith_render_input *in, pith_buf *out)
{
    json_t *obj = json_object();
    if (!obj) {
        out->oom = true;
        return;
    }
    size_t held = 0;
    if (!pith_render_json_fields(in, obj, &held)) {
        json_decref(obj);
        pith_budget_release(pith_budget_current(), held);
        out->oom = true;
        return;
    }
    write_value(obj, out, 2);
    json_decref(obj);
    pith_budget_release(pith_budget_current(), held);
    pith_buf_putc(out, '\n');
}
