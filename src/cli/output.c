/*
 * output.c — what one document becomes: its result rendered as the run
 * asks (cli_render, for one page as for a batch), and in a batch its line
 * or its file.
 *
 * In a JSONL run, one line per document:
 *   {"source": path, "offset": N, "url": ..., "warc_record_id": ...,
 *    "warc_date": ..., "http_status": N, <the fields of --format json>}
 * where offset, warc_record_id, warc_date and http_status are there for
 * WARC records only, url is the WARC-Target-URI (the page's canonical URL,
 * when it differs, follows as canonical_url) or, for a file, the page's
 * canonical URL; and a document that failed before extraction has
 * {"error": {"code", "message"}} instead of the extraction fields.
 *
 * With -o DIR, the page's output in the chosen format goes to a file whose
 * path mirrors the input's (see mirror_path and names.c).
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "batch.h"

/* The precision render/json.c prints reals (confidence) with, kept when a
 * line is rebuilt. */
#define JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(3))

/* ------------------------------------------------------------ extraction */

const char *cli_render_failure(int err)
{
    switch (err) {
    case EFBIG: return "it needs more memory than --max-memory allows";
    case ETIMEDOUT: return "it took longer than --timeout-ms";
    default: return "out of memory";
    }
}

char *cli_render(const cli *c, const pith_result *r, size_t *len, bool *oom)
{
    *len = 0;
    *oom = false;
    /* JSON describes every outcome; the other formats only a success. */
    if (r->status != PITH_OK && c->format != PITH_FORMAT_JSON)
        return NULL;
    char *out = pith_render(r, c->format, c->render_flags, len);
    *oom = out == NULL;
    return out;
}

void cli_extract_here(const cli *c, const cli_doc *d, pith_lineset *lines, cli_extracted *x)
{
    memset(x, 0, sizeof *x);
    pith_options opt = c->opt;
    if (d->url)
        opt.url = d->url;
    if (d->charset)
        opt.charset = d->charset;
    if (d->as_text)
        opt.input = PITH_INPUT_TEXT;
    opt.lineset = lines;
    opt.lineset_seq = d->seq;
    pith_result *r = pith_extract(d->data, d->len, &opt);
    if (!r) {
        x->status = PITH_ERR_NOMEM;
        x->message = strdup("out of memory");
        return;
    }
    x->status = r->status;
    if (r->error)
        x->message = strdup(r->error);
    bool oom;
    x->rendered = cli_render(c, r, &x->len, &oom);
    if (oom) {
        int err = errno;
        char message[128];
        snprintf(message, sizeof message, "the page could not be rendered: %s",
                 cli_render_failure(err));
        x->status = err == EFBIG || err == ETIMEDOUT ? PITH_ERR_LIMIT : PITH_ERR_NOMEM;
        free(x->message);
        x->message = strdup(message);
    }
    pith_result_free(r);
}

/* ------------------------------------------------------------ JSONL */

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if none. */
static size_t utf8_sequence(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || len > n || (len == 1 && c == 0))
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((len == 2 && c < 0xC2) || (len == 3 && c == 0xE0 && s[1] < 0xA0) ||
        (len == 3 && c == 0xED && s[1] >= 0xA0) || (len == 4 && c == 0xF0 && s[1] < 0x90) ||
        (len == 4 && (c > 0xF4 || (c == 0xF4 && s[1] >= 0x90))))
        return 0;
    return len;
}

/* A JSON string from bytes that may not be UTF-8 (paths, WARC headers):
 * invalid bytes become U+FFFD.  NULL gives null; NULL is returned when
 * memory ran out. */
static json_t *lossy_string(const char *s)
{
    if (!s)
        return json_null();
    size_t n = strlen(s);
    char *fixed = malloc(n * 3 + 1);
    if (!fixed)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_sequence((const unsigned char *)s + i, n - i);
        if (k == 0) {
            memcpy(fixed + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        } else {
            memcpy(fixed + o, s + i, k);
            o += k;
            i += k;
        }
    }
    json_t *v = json_stringn(fixed, o);
    free(fixed);
    return v; /* NULL when memory ran out */
}

/* Set obj[key] = value (stolen); false when memory ran out (value NULL, or
 * the set failed): the line is then given up, never written with a field
 * missing or nulled. */
static bool add(json_t *obj, const char *key, json_t *value)
{
    return value && json_object_set_new(obj, key, value) == 0;
}

/* The fields that say where a document comes from; false when memory ran
 * out. */
static bool add_origin(json_t *obj, const cli_doc *d, json_t *page_url)
{
    bool ok = add(obj, "source", lossy_string(d->source));
    if (d->from_warc)
        ok &= add(obj, "offset", json_integer(d->offset));
    if (d->url)
        ok &= add(obj, "url", lossy_string(d->url));
    else
        ok &= add(obj, "url", page_url ? json_incref(page_url) : json_null());
    const char *canonical = json_string_value(page_url);
    if (d->url && canonical && strcmp(canonical, d->url) != 0)
        ok &= add(obj, "canonical_url", json_incref(page_url));
    if (d->from_warc) {
        ok &= add(obj, "warc_record_id", lossy_string(d->record_id));
        ok &= add(obj, "warc_date", lossy_string(d->warc_date));
        if (d->http_status)
            ok &= add(obj, "http_status", json_integer(d->http_status));
    }
    return ok;
}

/* {"code": ..., "message": ...}; NULL when memory ran out. */
static json_t *error_object(const char *code, const char *message)
{
    json_t *e = json_object();
    if (!e)
        return NULL;
    bool ok = add(e, "code", json_string(code));
    ok &= add(e, "message", lossy_string(message));
    if (!ok) {
        json_decref(e);
        return NULL;
    }
    return e;
}

/* A growing string for json_dump_callback.  jansson 2.14 ignores a failed
 * write of an object's key (the key's bytes just go missing), so the
 * failure is kept here and the whole line is given up. */
typedef struct dumped {
    char *s;
    size_t len, cap;
    bool failed;
} dumped;

static int append_dumped(const char *piece, size_t size, void *data)
{
    dumped *d = data;
    if (d->failed)
        return -1;
    if (size > d->cap - d->len) {
        size_t cap = d->cap ? d->cap : 256;
        while (size > cap - d->len && cap <= ((size_t)-1) / 2)
            cap *= 2;
        char *s = size <= cap - d->len ? realloc(d->s, cap) : NULL;
        if (!s) {
            d->failed = true;
            return -1;
        }
        d->s = s;
        d->cap = cap;
    }
    memcpy(d->s + d->len, piece, size);
    d->len += size;
    return 0;
}

/* ------------------------------------------------------------ JSONL, spliced */

/* The line is the origin's fields and then the page's own, as jansson
 * writes them; the page's JSON comes from jansson with the same flags, so
 * each of its members is already written as the line needs it.  Reading the
 * page back with jansson and writing it again cost as much as the rest of
 * the CLI's work on a text page; the members are copied instead, their
 * bounds found by the scan below.  Whatever the scan does not know for
 * jansson's own compact output (a key the origin uses too, a NUL jansson
 * would not read back, anything malformed) goes the jansson way. */

#define MAX_PAGE_MEMBERS 64 /* the JSON renderer writes some 30 */

/* A member of the page's top-level object: its text from the key's quote
 * to the value's end. */
typedef struct member {
    size_t at, len;
} member;

/* Just past the string whose opening quote is at s[i]; 0 when it does not
 * end, or holds an escaped NUL (which jansson does not read back). */
static size_t string_end(const char *s, size_t n, size_t i)
{
    /* memchr finds the next quote, and the escapes before it (a page's
     * text is most of the line, with few of either) */
    size_t quote = i; /* the first '"' from i on, once looked for */
    for (i++; i < n;) {
        if (quote < i) {
            const char *q = memchr(s + i, '"', n - i);
            if (!q)
                return 0;
            quote = (size_t)(q - s);
        }
        const char *esc = memchr(s + i, '\\', quote - i);
        if (!esc)
            return quote + 1;
        i = (size_t)(esc - s) + 1; /* the escaped character */
        if (i >= n || (n - i >= 5 && memcmp(s + i, "u0000", 5) == 0))
            return 0;
        i++;
    }
    return 0;
}

/* Just past the value that starts at s[i] (a string, an object or array
 * with what it holds, or a number, true, false, null); 0 when malformed. */
static size_t value_end(const char *s, size_t n, size_t i)
{
    int depth = 0;
    while (i < n) {
        char c = s[i];
        if (c == '"') {
            i = string_end(s, n, i);
            if (i == 0)
                return 0;
        } else if (c == '{' || c == '[') {
            depth++, i++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i; /* the end of the object holding a scalar */
            depth--, i++;
        } else if (c == ',' && depth == 0) {
            return i;
        } else {
            i++;
        }
        if (depth == 0 && (c == '"' || c == '}' || c == ']'))
            return i;
    }
    return 0;
}

/* Keys the origin writes, which the page must not hold for the members to
 * be copied as they are ("url" is the page's, taken out and given to the
 * origin). */
static bool origin_key(const char *key, size_t n)
{
    static const char *const KEYS[] = {"source", "offset", "canonical_url", "warc_record_id",
                                       "warc_date", "http_status"};
    for (size_t k = 0; k < sizeof KEYS / sizeof KEYS[0]; k++)
        if (strlen(KEYS[k]) == n && memcmp(KEYS[k], key, n) == 0)
            return true;
    return false;
}

/* The members of the page's top-level object, but "url", whose value is
 * *url_at, *url_len bytes (0 when there is none); false when the page is
 * not an object as jansson writes it, or holds a key the origin writes. */
static bool page_members(const char *s, size_t n, member *m, size_t *count, size_t *url_at,
                         size_t *url_len)
{
    *count = *url_at = *url_len = 0;
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' '))
        n--;
    if (n < 2 || s[0] != '{' || s[n - 1] != '}')
        return false;
    for (size_t i = 1; n > 2;) {
        size_t key_end = s[i] == '"' ? string_end(s, n, i) : 0;
        if (key_end == 0 || key_end >= n || s[key_end] != ':')
            return false;
        size_t value = key_end + 1, end = value_end(s, n, value);
        if (end <= value || end >= n)
            return false;
        const char *key = s + i + 1;
        size_t key_len = key_end - i - 2;
        if (key_len == 3 && memcmp(key, "url", 3) == 0 && *url_len == 0) {
            *url_at = value;
            *url_len = end - value;
        } else if (origin_key(key, key_len) || *count == MAX_PAGE_MEMBERS) {
            return false;
        } else {
            m[*count].at = i;
            m[(*count)++].len = end - i;
        }
        if (s[end] == '}')
            return end == n - 1;
        if (s[end] != ',')
            return false;
        i = end + 1;
    }
    return true;
}

/* The JSONL line of a rendered page, its members copied after the origin
 * (see above); NULL when memory ran out.  *other set (and NULL returned)
 * when the page is not one the copy knows: jsonl_line then reads it back. */
static char *spliced_line(const cli_doc *d, const char *rendered, size_t rlen, size_t *len,
                          bool *other)
{
    member m[MAX_PAGE_MEMBERS];
    size_t count, url_at, url_len;
    *other = !page_members(rendered, rlen, m, &count, &url_at, &url_len);
    if (*other)
        return NULL;
    json_t *page_url = NULL;
    if (url_len > 0 &&
        !(page_url = json_loadb(rendered + url_at, url_len, JSON_DECODE_ANY, NULL))) {
        *other = true; /* jansson decides what it makes of it */
        return NULL;
    }
    json_t *obj = json_object();
    dumped line = {NULL, 0, 0, !obj || !add_origin(obj, d, page_url)};
    if (obj && !line.failed && json_dump_callback(obj, append_dumped, &line, JSON_FLAGS) != 0)
        line.failed = true;
    json_decref(obj);
    json_decref(page_url);
    if (!line.failed && line.len >= 2 && line.s[line.len - 1] == '}') {
        line.len--; /* the origin's '}': the page's members follow */
        for (size_t k = 0; k < count; k++) {
            if (line.len > 1)
                append_dumped(",", 1, &line);
            append_dumped(rendered + m[k].at, m[k].len, &line);
        }
        append_dumped("}\n", 3, &line); /* the line's end and a NUL */
    } else {
        line.failed = true;
    }
    if (line.failed) {
        free(line.s);
        return NULL;
    }
    *len = line.len - 1;
    return line.s;
}

/* One JSONL line for d: its origin, then the page's JSON fields (rendered,
 * "status" first) or, for a document that failed before extraction, a
 * "status" equal to the error's code and the error. */
static char *jsonl_line(const cli_doc *d, const char *rendered, size_t rlen, const char *code,
                        const char *message, size_t *len)
{
    bool other = true;
    char *spliced = rendered ? spliced_line(d, rendered, rlen, len, &other) : NULL;
    if (!other)
        return spliced;
    json_error_t err;
    json_t *page = rendered ? json_loadb(rendered, rlen, 0, &err) : NULL;
    if (rendered && !page && json_error_code(&err) == json_error_out_of_memory) {
        code = "out_of_memory"; /* memory, not the page, failed: say so */
        message = "out of memory while reading the page's JSON back";
    } else if (rendered && !json_is_object(page)) {
        code = "render_failed";
        message = "the page's JSON could not be read back";
    }
    json_t *obj = json_object();
    if (!obj) {
        json_decref(page);
        return NULL;
    }
    bool ok = add_origin(obj, d, json_object_get(page, "url"));
    if (json_is_object(page)) {
        const char *key;
        json_t *value;
        json_object_foreach(page, key, value)
            if (strcmp(key, "url") != 0)
                ok &= add(obj, key, json_incref(value));
    } else {
        ok &= add(obj, "status", json_string(code));
        ok &= add(obj, "error", error_object(code, message));
    }
    dumped line = {NULL, 0, 0, !ok};
    if (json_dump_callback(obj, append_dumped, &line, JSON_FLAGS) != 0)
        line.failed = true;
    append_dumped("\n", 2, &line); /* the line's end and a NUL */
    json_decref(obj);
    json_decref(page);
    if (line.failed) {
        free(line.s);
        return NULL;
    }
    *len = line.len - 1;
    return line.s;
}

/* ------------------------------------------------------------ -o DIR */

const char *cli_format_extension(pith_format f)
{
    switch (f) {
    case PITH_FORMAT_TEXT: return ".txt";
    case PITH_FORMAT_MARKDOWN: return ".md";
    case PITH_FORMAT_HTML: return ".html";
    case PITH_FORMAT_JSON: return ".json";
    case PITH_FORMAT_XML: return ".xml";
    case PITH_FORMAT_CSV: return ".csv";
    }
    return ".out";
}

/* Where -o DIR puts a document: the input path made relative (no leading
 * '/', no "." components, ".." turned into "__"), under DIR, with the
 * format's extension added to the whole name (a.html -> a.html.txt: pages
 * that differ only in their extension do not meet); a WARC's records go to
 * DIR/<archive path>/<offset>.<ext>.  Standard input is called "stdin".
 * The writer may still number the name (names.c). */
static char *mirror_path(const cli *c, const cli_doc *d)
{
    const char *src = strcmp(d->source, "-") ? d->source : "stdin";
    size_t cap = strlen(c->output) + 2 * strlen(src) + 64, o = strlen(c->output);
    char *out = malloc(cap);
    if (!out)
        return NULL;
    memcpy(out, c->output, o);
    while (o > 1 && out[o - 1] == '/')
        o--;
    for (const char *p = src; *p;) {
        while (*p == '/')
            p++;
        size_t k = strcspn(p, "/");
        if (k == 0)
            break;
        if (!(k == 1 && p[0] == '.')) {
            out[o++] = '/';
            if (k == 2 && p[0] == '.' && p[1] == '.') {
                memcpy(out + o, "__", 2);
                o += 2;
            } else {
                memcpy(out + o, p, k);
                o += k;
            }
        }
        p += k;
    }
    if (d->from_warc)
        o += (size_t)snprintf(out + o, cap - o, "/%lld", d->offset);
    snprintf(out + o, cap - o, "%s", cli_format_extension(c->format));
    return out;
}

/* ------------------------------------------------------------ composing */

/* "SOURCE" or "SOURCE@OFFSET", for messages. */
static char *doc_name(const cli_doc *d)
{
    size_t n = strlen(d->source) + 32;
    char *s = malloc(n);
    if (!s)
        return NULL;
    if (d->from_warc)
        snprintf(s, n, "%s@%lld", d->source, d->offset);
    else
        snprintf(s, n, "%s", d->source);
    return s;
}

static char *error_line(const cli_doc *d, const char *code, const char *message)
{
    char *name = doc_name(d);
    size_t n = (name ? strlen(name) : 0) + strlen(code) + (message ? strlen(message) : 0) + 16;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s: %s: %s", name ? name : "?", code, message ? message : "");
    free(name);
    return s;
}

void cli_compose(const cli *c, cli_doc *d, cli_extracted *x)
{
    const char *code = d->fail_code;
    const char *message = d->fail_message;
    if (!code && x->status < 0) {
        code = x->fail_code;
        message = x->message;
    }
    if (code)
        d->outcome = CLI_FAILED;
    else if (x->status == PITH_OK)
        d->outcome = CLI_EXTRACTED;
    else if (x->status == PITH_NO_CONTENT)
        d->outcome = CLI_EMPTY;
    else
        d->outcome = CLI_FAILED;
    if (d->outcome == CLI_FAILED)
        d->error_text = error_line(d, code ? code : pith_status_code((pith_status)x->status),
                                   code ? message : x->message);

    if (c->jsonl && !code && !x->rendered) { /* rendering ran out of memory */
        code = x->status == PITH_OK || x->status == PITH_NO_CONTENT
                   ? "out_of_memory"
                   : pith_status_code((pith_status)x->status);
        message = x->message;
    }
    if (c->jsonl) {
        d->out = jsonl_line(d, code ? NULL : x->rendered, x->len, code, message, &d->out_len);
    } else if (!code && x->rendered) {
        d->out = x->rendered;
        d->out_len = x->len;
        x->rendered = NULL;
        d->out_path = mirror_path(c, d);
        if (!d->out_path) { /* no name for its file: the document fails, not in silence */
            d->outcome = CLI_FAILED;
            free(d->error_text);
            d->error_text = error_line(d, "out_of_memory", "out of memory naming the output file");
        }
    }
    free(x->rendered);
    free(x->message);
    memset(x, 0, sizeof *x);
}
