/*
 * json.c — the JSON renderer: one object per page, written straight into
 * the output buffer (compact, as jansson's JSON_COMPACT wrote it before:
 * the batch path splices these members into its lines).
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
 * A string that is not valid UTF-8 fails the whole rendering (out->oom),
 * rather than an object with a field missing.
 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "shared.h"

/* Significant digits of the confidence (jansson's JSON_REAL_PRECISION(3),
 * which wrote it before: the output stays the same). */
#define CONFIDENCE_DIGITS 3

/* "name": written as a key (names are plain ASCII). */
static void put_key(pith_buf *out, const char *name, bool first)
{
    if (!first)
        pith_buf_putc(out, ',');
    pith_buf_putc(out, '"');
    pith_buf_puts(out, name);
    pith_buf_puts(out, "\":");
}

static bool put_str_or_null(pith_buf *out, const char *s)
{
    if (!s) {
        pith_buf_puts(out, "null");
        return true;
    }
    return pith_render_escape_json(out, s, strlen(s));
}

static bool put_str_list(pith_buf *out, const char *const *items, size_t n)
{
    bool ok = true, first = true;
    pith_buf_putc(out, '[');
    for (size_t i = 0; i < n; i++) {
        if (!items[i])
            continue;
        if (!first)
            pith_buf_putc(out, ',');
        first = false;
        ok &= pith_render_escape_json(out, items[i], strlen(items[i]));
    }
    pith_buf_putc(out, ']');
    return ok;
}

/* A real as jansson writes it: "%.3g", ".0" added when it has neither a
 * dot nor an exponent, the exponent without '+' and leading zeros. */
static bool put_real(pith_buf *out, double v)
{
    if (!isfinite(v))
        return false;
    char s[64];
    int w = snprintf(s, sizeof s, "%.*g", CONFIDENCE_DIGITS, v);
    if (w < 0 || (size_t)w >= sizeof s - 3)
        return false;
    if (!strchr(s, '.') && !strchr(s, 'e'))
        strcat(s, ".0");
    char *e = strchr(s, 'e');
    if (e) {
        char *start = e + 1, *end = e + 2;
        if (*start == '-')
            start++;
        while (*end == '0')
            end++;
        memmove(start, end, strlen(end) + 1);
    }
    pith_buf_puts(out, s);
    return true;
}

/* Render a tree with another renderer into a string field. */
static bool tree_field(pith_buf *out, const char *name, const pith_node *root, unsigned flags,
                       void (*render)(const pith_node *, unsigned, pith_buf *))
{
    pith_buf b = PITH_BUF_INIT;
    render(root, flags, &b);
    put_key(out, name, false);
    bool ok = !b.oom && pith_render_escape_json(out, b.data ? b.data : "", b.len);
    pith_buf_free(&b);
    return ok;
}

static bool put_error(pith_buf *out, const pith_result *r)
{
    put_key(out, "error", false);
    pith_buf_putc(out, '{');
    put_key(out, "code", true);
    bool ok = put_str_or_null(out, pith_status_code(r->status));
    put_key(out, "message", false);
    ok &= put_str_or_null(out, r->error);
    pith_buf_putc(out, '}');
    return ok;
}

/* The members of the object; false when a string was not UTF-8. */
static bool put_fields(const pith_render_input *in, pith_buf *out)
{
    const pith_result *r = in->result;
    pith_meta_field fields[PITH_META_FIELD_COUNT];
    pith_render_meta_fields(r, fields);
    put_key(out, "status", true);
    bool ok = put_str_or_null(out, pith_status_code(r->status));
    for (size_t k = 0; k < PITH_META_FIELD_COUNT; k++) {
        const pith_meta_field *f = &fields[k];
        put_key(out, f->name, false);
        ok &= f->is_list ? put_str_list(out, f->items, f->n_items) : put_str_or_null(out, f->value);
    }
    put_key(out, "confidence", false);
    ok &= put_real(out, r->confidence);
    if (r->status == PITH_OK || r->status == PITH_NO_CONTENT) {
        put_key(out, "text", false);
        ok &= pith_render_escape_json(out, r->text ? r->text : "", r->text ? r->text_len : 0);
    } else {
        ok &= put_error(out, r);
    }
    if (r->comments) {
        put_key(out, "comments", false);
        ok &= pith_render_escape_json(out, r->comments, strlen(r->comments));
    }
    if (ok && (in->flags & PITH_RENDER_JSON_HTML))
        ok &= tree_field(out, "html", in->article, in->flags, pith_render_html_tree);
    if (ok && (in->flags & PITH_RENDER_JSON_MARKDOWN))
        ok &= tree_field(out, "markdown", in->article, in->flags, pith_render_markdown_tree);
    return ok;
}

void pith_render_json(const pith_render_input *in, pith_buf *out)
{
    pith_buf_putc(out, '{');
    if (!put_fields(in, out))
        out->oom = true;
    pith_buf_puts(out, "}\n");
}
