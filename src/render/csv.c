/*
 * csv.c — the CSV renderer (RFC 4180): a header row, then one record for
 * the page, each line ended by CRLF.  PITH_RENDER_NO_HEADER leaves the
 * header out, for appending the records of many pages to one file.
 *
 * Columns: the metadata fields in the order of render.h (title, author,
 * hostname, date, date_modified, date_time, date_modified_time, url,
 * sitename, description, categories, tags, language, language_source,
 * image, license, pagetype, declared_type, fallback; lists joined by "; "),
 * then status, confidence, text and comments.  A field holding a
 * comma, a quote, a line break or an edge space is quoted, with quotes
 * doubled; text keeps its line breaks inside the quotes.
 */
#include <string.h>

#include "shared.h"

static bool needs_quotes(const char *s, size_t n)
{
    if (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))
        return true;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
            return true;
    return false;
}

static void field(pith_buf *out, const char *s, size_t n, bool first)
{
    if (!first)
        pith_buf_putc(out, ',');
    if (!s || !needs_quotes(s, n)) {
        if (s)
            pith_buf_append(out, s, n);
        return;
    }
    pith_buf_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            pith_buf_putc(out, '"');
        pith_buf_putc(out, s[i]);
    }
    pith_buf_putc(out, '"');
}

static void str_field(pith_buf *out, const char *s, bool first)
{
    field(out, s, s ? strlen(s) : 0, first);
}

static void header(pith_buf *out, const pith_meta_field *fields)
{
    for (size_t k = 0; k < PITH_META_FIELD_COUNT; k++)
        str_field(out, fields[k].name, k == 0);
    pith_buf_puts(out, ",status,confidence,text,comments\r\n");
}

void pith_render_csv(const pith_render_input *in, pith_buf *out)
{
    const pith_result *r = in->result;
    pith_meta_field fields[PITH_META_FIELD_COUNT];
    pith_render_meta_fields(r, fields);
    if (!(in->flags & PITH_RENDER_NO_HEADER))
        header(out, fields);
    pith_buf list = PITH_BUF_INIT;
    for (size_t k = 0; k < PITH_META_FIELD_COUNT; k++) {
        const pith_meta_field *f = &fields[k];
        if (!f->is_list) {
            str_field(out, f->value, k == 0);
            continue;
        }
        pith_buf_clear(&list);
        for (size_t i = 0; i < f->n_items; i++) {
            if (i)
                pith_buf_puts(&list, "; ");
            if (f->items[i])
                pith_buf_puts(&list, f->items[i]);
        }
        field(out, list.data ? list.data : "", list.len, k == 0);
    }
    out->oom |= list.oom;
    pith_buf_free(&list);
    str_field(out, pith_status_code(r->status), false);
    pith_buf_printf(out, ",%.3f", r->confidence);
    field(out, r->text ? r->text : "", r->text ? r->text_len : 0, false);
    str_field(out, r->comments, false);
    pith_buf_puts(out, "\r\n");
}
