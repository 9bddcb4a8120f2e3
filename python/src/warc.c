/*
 * warc.c — iter_warc's producer, over libpith's WARC reader (pith_warc_*),
 * and pith.WarcRecord, one record with its fields and its page's Result.
 *
 * A path is read with stdio without the GIL; a Python file object (an open
 * file, an fsspec file, a pipe) through its readinto or read method, with
 * the GIL held.
 */
#include "pypith.h"

#include <stdio.h>
#include <string.h>
#include <structmember.h>

/* ------------------------------------------------------------ WarcRecord */

typedef struct {
    PyObject_HEAD
    PyObject *offset, *error, *message, *type, *target_uri, *record_id, *date, *content_type,
        *content_length, *http_status, *media_type, *charset, *is_html, *result, *payload;
} pyp_warc_record;

#define FIELD(name, doc) {#name, T_OBJECT, offsetof(pyp_warc_record, name), READONLY, doc}

static PyMemberDef record_members[] = {
    FIELD(offset, "Where the record starts: in a gzip WARC with a member per record, the\n"
                  "member's offset in the file (what CDX indexes give); else the offset in\n"
                  "the uncompressed stream."),
    FIELD(error, "None, or why the record is unusable: 'warc_truncated', 'warc_bad_length',\n"
                 "'warc_bad_header', 'warc_bad_http', 'warc_garbage', 'gzip_corrupt',\n"
                 "'too_large', 'bad_encoding', 'unreadable', 'out_of_memory'."),
    FIELD(message, "An English description of error, or None."),
    FIELD(type, "WARC-Type: 'response', 'resource', 'request'..."),
    FIELD(target_uri, "WARC-Target-URI."),
    FIELD(record_id, "WARC-Record-ID, e.g. '<urn:uuid:...>'."),
    FIELD(date, "WARC-Date, e.g. '2024-05-01T12:00:00Z'."),
    FIELD(content_type, "The record's own Content-Type."),
    FIELD(content_length, "The record block's length."),
    FIELD(http_status, "The HTTP status code, 0 when not HTTP."),
    FIELD(media_type, "The payload's media type, lower case, without parameters."),
    FIELD(charset, "The payload's charset parameter, as sent."),
    FIELD(is_html, "True for a response or resource record whose payload is HTML."),
    FIELD(result, "The page's pith.Result (whatever its status), or None when the record\n"
                  "is not a page or is damaged."),
    FIELD(payload, "The page's bytes (iter_warc(..., payload=True)), else None."),
    {NULL}};

static PyObject **record_fields(pyp_warc_record *r, size_t *n)
{
    *n = (offsetof(pyp_warc_record, payload) - offsetof(pyp_warc_record, offset)) /
             sizeof(PyObject *) + 1;
    return &r->offset;
}

static PyObject *record_alloc(void)
{
    pyp_warc_record *r = PyObject_GC_New(pyp_warc_record, &pyp_warc_record_type);
    if (!r)
        return NULL;
    size_t n;
    PyObject **f = record_fields(r, &n);
    for (size_t i = 0; i < n; i++)
        f[i] = Py_NewRef(Py_None);
    PyObject_GC_Track(r);
    return (PyObject *)r;
}

static int record_traverse(PyObject *self, visitproc visit, void *arg)
{
    size_t n;
    PyObject **f = record_fields((pyp_warc_record *)self, &n);
    for (size_t i = 0; i < n; i++)
        Py_VISIT(f[i]);
    return 0;
}

static int record_clear(PyObject *self)
{
    size_t n;
    PyObject **f = record_fields((pyp_warc_record *)self, &n);
    for (size_t i = 0; i < n; i++)
        Py_CLEAR(f[i]);
    return 0;
}

static void record_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    record_clear(self);
    PyObject_GC_Del(self);
}

/* Set a field (the new value is stolen; NULL fails). */
static int set_field(PyObject **field, PyObject *value)
{
    if (!value)
        return -1;
    Py_XSETREF(*field, value);
    return 0;
}

void pyp_warc_record_set_result(PyObject *record, PyObject *result)
{
    set_field(&((pyp_warc_record *)record)->result, Py_NewRef(result));
}

static int put(PyObject *d, const char *key, PyObject *value)
{
    return PyDict_SetItemString(d, key, value);
}

/* The record as the command line's JSONL line for it. */
static PyObject *record_as_dict(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"source", NULL};
    PyObject *source = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|O:as_dict", kwlist, &source))
        return NULL;
    pyp_warc_record *r = (pyp_warc_record *)self;
    PyObject *page = r->result != Py_None ? pyp_result_as_dict(r->result) : NULL;
    if (r->result != Py_None && !page)
        return NULL;
    PyObject *d = PyDict_New();
    if (!d) {
        Py_XDECREF(page);
        return NULL;
    }
    PyObject *canonical = page ? PyDict_GetItemString(page, "url") : NULL;
    if (!canonical)
        canonical = Py_None;
    int rc = 0;
    if (source != Py_None)
        rc |= put(d, "source", source);
    rc |= put(d, "offset", r->offset);
    rc |= put(d, "url", r->target_uri != Py_None ? r->target_uri : canonical);
    if (r->target_uri != Py_None && canonical != Py_None) {
        int same = PyObject_RichCompareBool(canonical, r->target_uri, Py_EQ);
        rc |= same < 0 ? -1 : same ? 0 : put(d, "canonical_url", canonical);
    }
    rc |= put(d, "warc_record_id", r->record_id);
    rc |= put(d, "warc_date", r->date);
    if (PyObject_IsTrue(r->http_status) > 0)
        rc |= put(d, "http_status", r->http_status);
    if (page) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        while (rc == 0 && PyDict_Next(page, &pos, &key, &value))
            if (PyUnicode_CompareWithASCIIString(key, "url") != 0)
                rc |= PyDict_SetItem(d, key, value);
    } else {
        PyObject *err = Py_BuildValue("{s:O,s:O}", "code", r->error, "message", r->message);
        rc |= put(d, "status", r->error);
        rc |= err ? put(d, "error", err) : -1;
        Py_XDECREF(err);
    }
    Py_XDECREF(page);
    if (rc) {
        Py_DECREF(d);
        return NULL;
    }
    return d;
}

static PyMethodDef record_methods[] = {
    {"as_dict", (PyCFunction)(void (*)(void))record_as_dict, METH_VARARGS | METH_KEYWORDS,
     "as_dict(source=None) -> dict\n\n"
     "The record as the command line's JSONL line for it ('pith crawl.warc.gz'):\n"
     "source (when given), offset, url (the WARC-Target-URI), canonical_url (when the\n"
     "page's differs), warc_record_id, warc_date, http_status (when not 0), then the\n"
     "page's fields (Result.as_dict() without its url), or for a damaged record its\n"
     "status (the error's code) and an 'error' object {code, message}."},
    {NULL}};

static PyObject *record_repr(PyObject *self)
{
    pyp_warc_record *r = (pyp_warc_record *)self;
    return PyUnicode_FromFormat("<pith.WarcRecord offset=%S type=%R uri=%R error=%R>", r->offset,
                                r->type, r->target_uri, r->error);
}

PyTypeObject pyp_warc_record_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pith.WarcRecord",
    .tp_basicsize = sizeof(pyp_warc_record),
    .tp_dealloc = record_dealloc,
    .tp_repr = record_repr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "One record of a WARC (made by pith.iter_warc): its WARC and HTTP fields,\n"
              "and .result, its page's extraction.",
    .tp_traverse = record_traverse,
    .tp_clear = record_clear,
    .tp_members = record_members,
    .tp_methods = record_methods,
};

/* ------------------------------------------------------------ reading */

typedef struct warc_producer {
    pyp_producer base;
    pith_warc_reader *reader;
    FILE *file;          /* a path's stream, or NULL */
    PyObject *readinto;  /* a file object's readinto, or NULL */
    PyObject *read;      /* else its read, or NULL */
    PyObject *exc[3];    /* an exception of the file object, raised in turn */
    size_t max_payload;
    bool html_only, keep_payload;
} warc_producer;

static long read_stdio(void *userdata, void *buf, size_t n)
{
    warc_producer *w = userdata;
    size_t got = fread(buf, 1, n, w->file);
    return got == 0 && ferror(w->file) ? -1 : (long)got;
}

/* Called with the GIL held (file objects are read without releasing it). */
static long read_python(void *userdata, void *buf, size_t n)
{
    warc_producer *w = userdata;
    if (w->exc[0])
        return -1;
    long got = -1;
    PyObject *out;
    if (w->readinto) {
        PyObject *view = PyMemoryView_FromMemory(buf, (Py_ssize_t)n, PyBUF_WRITE);
        out = view ? PyObject_CallOneArg(w->readinto, view) : NULL;
        Py_XDECREF(view);
        if (out == Py_None) /* a non-blocking stream with nothing yet: treat as the end */
            got = 0;
        else if (out)
            got = PyLong_AsLong(out);
    } else {
        out = PyObject_CallFunction(w->read, "n", (Py_ssize_t)n);
        if (out && PyBytes_Check(out) && (size_t)PyBytes_GET_SIZE(out) <= n) {
            memcpy(buf, PyBytes_AS_STRING(out), (size_t)PyBytes_GET_SIZE(out));
            got = (long)PyBytes_GET_SIZE(out);
        } else if (out) {
            PyErr_SetString(PyExc_TypeError, "iter_warc: read() must return bytes");
        }
    }
    Py_XDECREF(out);
    if (PyErr_Occurred()) {
        PyErr_Fetch(&w->exc[0], &w->exc[1], &w->exc[2]);
        return -1;
    }
    return got;
}

static int reader_next(warc_producer *w, pith_warc_record *rec)
{
    int got;
    if (w->file) {
        Py_BEGIN_ALLOW_THREADS
        got = pith_warc_next(w->reader, rec);
        Py_END_ALLOW_THREADS
    } else {
        got = pith_warc_next(w->reader, rec);
    }
    return got;
}

static pith_warc_error reader_payload(warc_producer *w, char **data, size_t *len)
{
    pith_warc_error e;
    if (w->file) {
        Py_BEGIN_ALLOW_THREADS
        e = pith_warc_payload(w->reader, w->max_payload, data, len);
        Py_END_ALLOW_THREADS
    } else {
        e = pith_warc_payload(w->reader, w->max_payload, data, len);
    }
    return e;
}

/* A header string as str (bytes that are not UTF-8 become U+FFFD), or None. */
static PyObject *header_string(const char *s)
{
    if (!s)
        Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

static PyObject *record_object(const pith_warc_record *rec)
{
    PyObject *o = record_alloc();
    if (!o)
        return NULL;
    pyp_warc_record *r = (pyp_warc_record *)o;
    int rc = 0;
    rc |= set_field(&r->offset, PyLong_FromUnsignedLongLong(rec->offset));
    if (rec->error) {
        rc |= set_field(&r->error, PyUnicode_FromString(pith_warc_error_code(rec->error)));
        rc |= set_field(&r->message, header_string(rec->message ? rec->message
                                                                : pith_warc_error_string(rec->error)));
    }
    rc |= set_field(&r->type, header_string(rec->type));
    rc |= set_field(&r->target_uri, header_string(rec->target_uri));
    rc |= set_field(&r->record_id, header_string(rec->record_id));
    rc |= set_field(&r->date, header_string(rec->date));
    rc |= set_field(&r->content_type, header_string(rec->content_type));
    rc |= set_field(&r->content_length, PyLong_FromUnsignedLongLong(rec->content_length));
    rc |= set_field(&r->http_status, PyLong_FromLong(rec->http_status));
    rc |= set_field(&r->media_type, header_string(rec->media_type));
    rc |= set_field(&r->charset, header_string(rec->charset));
    rc |= set_field(&r->is_html, PyBool_FromLong(rec->is_html));
    if (rc) {
        Py_DECREF(o);
        return NULL;
    }
    return o;
}

/* A payload that could not be taken: the record's error. */
static int payload_error(PyObject *record, pith_warc_error e, size_t max)
{
    pyp_warc_record *r = (pyp_warc_record *)record;
    char message[128];
    if (e == PITH_WARC_TOO_LARGE)
        snprintf(message, sizeof message, "the page is larger than max_bytes (%zu bytes)", max);
    else
        snprintf(message, sizeof message, "%s", pith_warc_error_string(e));
    if (set_field(&r->error, PyUnicode_FromString(pith_warc_error_code(e))) < 0 ||
        set_field(&r->message, PyUnicode_FromString(message)) < 0)
        return -1;
    return 0;
}

static int take_page(warc_producer *w, const pith_warc_record *rec, PyObject *record,
                     pyp_page *page)
{
    char *data = NULL;
    size_t len = 0;
    pith_warc_error e = reader_payload(w, &data, &len);
    if (w->exc[0])
        return -1;
    if (e)
        return payload_error(record, e, w->max_payload);
    page->owned = data;
    page->data = data;
    page->len = len;
    page->extract = true;
    if ((rec->target_uri && !(page->url = strdup(rec->target_uri))) ||
        (rec->charset && !(page->charset = strdup(rec->charset)))) {
        PyErr_NoMemory();
        return -1;
    }
    if (w->keep_payload &&
        set_field(&((pyp_warc_record *)record)->payload,
                  PyBytes_FromStringAndSize(data, (Py_ssize_t)len)) < 0)
        return -1;
    return 0;
}

static int warc_next(pyp_producer *self, pyp_page *page, PyObject **record)
{
    warc_producer *w = (warc_producer *)self;
    pith_warc_record rec;
    for (;;) {
        int got = reader_next(w, &rec);
        if (w->exc[0]) {
            PyErr_Restore(w->exc[0], w->exc[1], w->exc[2]);
            w->exc[0] = w->exc[1] = w->exc[2] = NULL;
            return -1;
        }
        if (!got)
            return 0;
        if (rec.error || rec.is_html || !w->html_only)
            break;
    }
    PyObject *r = record_object(&rec);
    if (!r)
        return -1;
    *record = r;
    if (!rec.error && rec.is_html && take_page(w, &rec, r, page) < 0) {
        if (w->exc[0]) {
            PyErr_Restore(w->exc[0], w->exc[1], w->exc[2]);
            w->exc[0] = w->exc[1] = w->exc[2] = NULL;
        }
        return -1;
    }
    return 1;
}

static int warc_traverse(pyp_producer *self, visitproc visit, void *arg)
{
    warc_producer *w = (warc_producer *)self;
    Py_VISIT(w->readinto);
    Py_VISIT(w->read);
    return 0;
}

static void warc_free(pyp_producer *self)
{
    warc_producer *w = (warc_producer *)self;
    pith_warc_close(w->reader);
    if (w->file)
        fclose(w->file);
    Py_XDECREF(w->readinto);
    Py_XDECREF(w->read);
    for (int i = 0; i < 3; i++)
        Py_XDECREF(w->exc[i]);
    PyMem_Free(w);
}

static int open_source(warc_producer *w, PyObject *source)
{
    if (PyObject_HasAttrString(source, "readinto") || PyObject_HasAttrString(source, "read")) {
        if (PyObject_HasAttrString(source, "readinto"))
            w->readinto = PyObject_GetAttrString(source, "readinto");
        else
            w->read = PyObject_GetAttrString(source, "read");
        return w->readinto || w->read ? 0 : -1;
    }
    PyObject *path = NULL;
    if (!PyUnicode_FSConverter(source, &path))
        return -1;
    Py_BEGIN_ALLOW_THREADS
    w->file = fopen(PyBytes_AS_STRING(path), "rb");
    Py_END_ALLOW_THREADS
    if (!w->file)
        PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, source);
    Py_DECREF(path);
    return w->file ? 0 : -1;
}

pyp_producer *pyp_warc_producer(PyObject *source, size_t max_payload, bool html_only,
                                bool keep_payload)
{
    warc_producer *w = PyMem_Calloc(1, sizeof *w);
    if (!w) {
        PyErr_NoMemory();
        return NULL;
    }
    w->base = (pyp_producer){warc_next, warc_traverse, warc_free};
    w->max_payload = max_payload;
    w->html_only = html_only;
    w->keep_payload = keep_payload;
    if (open_source(w, source) < 0) {
        warc_free(&w->base);
        return NULL;
    }
    w->reader = pith_warc_open(w->file ? read_stdio : read_python, w);
    if (!w->reader) {
        warc_free(&w->base);
        PyErr_NoMemory();
        return NULL;
    }
    return &w->base;
}
