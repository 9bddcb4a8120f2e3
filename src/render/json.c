/*
 * json.c — the JSON renderer: one object per page, built with jansson.
 *
 * Field names follow trafilatura's, so pith drops into existing pipelines:
 * title, author, hostname, date, date_modified, url, sitename,
 * description, categories, tags, language, language_source, image,
 * license, pagetype, then confidence, text and (when asked) comments,
 * html and markdown.  Unknown values are null; a page that failed carries
 * an "error" object {code, message} instead of text.
 */
#include <jansson.h>
#include <stdlib.h>

#include "render.h"

static json_t *str_or_null(const char *s)
{
    json_t *v = s ? json_string(s) : NULL;
    return v ? v : json_null();
}

static json_t *str_list(const char *const *items, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        if (items[i])
            json_array_append_new(a, json_string(items[i]));
    return a ? a : json_null();
}

static const char *status_code(pith_status s)
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

/* Add the metadata and text fields of a result to obj. */
void pith_render_json_fields(const pith_render_input *in, json_t *obj)
{
    const pith_result *r = in->result;
    json_object_set_new(obj, "title", str_or_null(r->title));
    json_object_set_new(obj, "author", str_or_null(r->author));
    json_object_set_new(obj, "hostname", str_or_null(r->hostname));
    json_object_set_new(obj, "date", str_or_null(r->date));
    json_object_set_new(obj, "date_modified", str_or_null(r->date_modified));
    json_object_set_new(obj, "url", str_or_null(r->url));
    json_object_set_new(obj, "sitename", str_or_null(r->sitename));
    json_object_set_new(obj, "description", str_or_null(r->description));
    json_object_set_new(obj, "categories", str_list(r->categories, r->n_categories));
    json_object_set_new(obj, "tags", str_list(r->tags, r->n_tags));
    json_object_set_new(obj, "language", str_or_null(r->language));
    json_object_set_new(obj, "language_source", str_or_null(r->language_source));
    json_object_set_new(obj, "image", str_or_null(r->image));
    json_object_set_new(obj, "license", str_or_null(r->license));
    json_object_set_new(obj, "pagetype", str_or_null(r->pagetype));
    json_object_set_new(obj, "confidence", json_real(r->confidence));
    if (r->status == PITH_OK || r->status == PITH_NO_CONTENT) {
        json_object_set_new(obj, "text", str_or_null(r->text ? r->text : ""));
    } else {
        json_t *err = json_object();
        json_object_set_new(err, "code", json_string(status_code(r->status)));
        json_object_set_new(err, "message", str_or_null(r->error));
        json_object_set_new(obj, "error", err);
    }
    if (r->comments)
        json_object_set_new(obj, "comments", json_string(r->comments));
}

void pith_render_json(const pith_render_input *in, pith_buf *out)
{
    json_t *obj = json_object();
    if (!obj) {
        out->oom = true;
        return;
    }
    pith_render_json_fields(in, obj);
    char *s = json_dumps(obj, JSON_COMPACT | JSON_REAL_PRECISION(3));
    json_decref(obj);
    if (!s) {
        out->oom = true;
        return;
    }
    pith_buf_puts(out, s);
    pith_buf_putc(out, '\n');
    free(s);
}
