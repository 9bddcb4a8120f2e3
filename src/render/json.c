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
#include <stdbool.h>
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

/* json_dump_callback's writer: every piece goes to the pith_buf; once it
 * has run out of memory it stays so, whatever jansson does with the -1. */
static int append_dumped(const char *piece, size_t size, void *data)
{
    pith_buf *out = data;
    pith_buf_append(out, piece, size);
    return out->oom ? -1 : 0;
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
    /* Straight into out: json_dumps would be a copy more, and jansson 2.14
     * ignores a failure to grow its own buffer while writing a key (the
     * key's bytes go missing), where append_dumped still sees it. */
    if (json_dump_callback(obj, append_dumped, out, JSON_COMPACT | JSON_REAL_PRECISION(3)) != 0)
        out->oom = true;
    json_decref(obj);
    pith_budget_release(pith_budget_current(), held);
    pith_buf_putc(out, '\n');
}
