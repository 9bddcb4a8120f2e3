/*
 * page.c — one page's extraction: its bytes (held by a Python object or
 * owned), the call to pith_extract made without the GIL, and the explain
 * hook's log of removed blocks, copied out while the library reports them.
 */
#include "pypith.h"

#include <stdlib.h>
#include <string.h>

int pyp_page_set_data(pyp_page *page, PyObject *data)
{
    PyObject *bytes = NULL;
    if (PyBytes_Check(data)) {
        bytes = Py_NewRef(data);
    } else if (PyUnicode_Check(data)) {
        /* A str was decoded already: its bytes are UTF-8, whatever charset
         * the page's <meta> still declares. */
        bytes = PyUnicode_AsUTF8String(data);
        if (bytes && !page->charset && !(page->charset = strdup("utf-8"))) {
            Py_DECREF(bytes);
            PyErr_NoMemory();
            return -1;
        }
    } else if (PyByteArray_Check(data) || PyMemoryView_Check(data)) {
        bytes = PyBytes_FromObject(data); /* a copy: the caller may change it meanwhile */
    } else {
        PyErr_Format(PyExc_TypeError, "a page must be bytes or str, not %.100s",
                     Py_TYPE(data)->tp_name);
        return -1;
    }
    if (!bytes)
        return -1;
    page->keep = bytes;
    page->data = PyBytes_AS_STRING(bytes);
    page->len = (size_t)PyBytes_GET_SIZE(bytes);
    page->extract = true;
    return 0;
}

/* The explain hook: copy the block's strings, valid only during the call. */
static void log_removal(const pith_removal *r, void *userdata)
{
    pyp_removals *log = userdata;
    if (log->oom)
        return;
    if (log->n == log->cap) {
        size_t cap = log->cap ? log->cap * 2 : 16;
        pyp_removal **items = realloc(log->items, cap * sizeof *items);
        if (!items) {
            log->oom = true;
            return;
        }
        log->items = items;
        log->cap = cap;
    }
    const char *parts[4] = {r->stage ? r->stage : "", r->rule ? r->rule : "",
                            r->tag ? r->tag : "", r->snippet ? r->snippet : ""};
    size_t lens[4], total = sizeof(pyp_removal);
    for (int i = 0; i < 4; i++)
        total += (lens[i] = strlen(parts[i])) + 1;
    pyp_removal *e = malloc(total);
    if (!e) {
        log->oom = true;
        return;
    }
    char *p = (char *)(e + 1);
    char **dst[4] = {&e->stage, &e->rule, &e->tag, &e->snippet};
    for (int i = 0; i < 4; i++) {
        memcpy(p, parts[i], lens[i] + 1);
        *dst[i] = p;
        p += lens[i] + 1;
    }
    e->text_len = r->text_len;
    log->items[log->n++] = e;
}

void pyp_page_extract(pyp_page *page, const pyp_options *o)
{
    pith_options opt = o->opt;
    if (page->url)
        opt.url = page->url;
    if (page->charset)
        opt.charset = page->charset;
    if (o->explain) {
        opt.explain = log_removal;
        opt.explain_userdata = &page->removals;
    }
    page->result = pith_extract(page->data ? page->data : "", page->len, &opt);
}

static void free_removals(pyp_removals *log)
{
    for (size_t i = 0; i < log->n; i++)
        free(log->items[i]);
    free(log->items);
    memset(log, 0, sizeof *log);
}

void pyp_page_clear(pyp_page *page)
{
    Py_CLEAR(page->keep);
    free(page->owned);
    free(page->url);
    free(page->charset);
    pith_result_free(page->result);
    free_removals(&page->removals);
    memset(page, 0, sizeof *page);
}

static PyObject *removal_object(const pyp_removal *e)
{
    PyObject *t = PyStructSequence_New(pyp_removal_type);
    if (!t)
        return NULL;
    PyObject *items[5] = {
        PyUnicode_DecodeUTF8(e->stage, (Py_ssize_t)strlen(e->stage), "replace"),
        PyUnicode_DecodeUTF8(e->rule, (Py_ssize_t)strlen(e->rule), "replace"),
        PyUnicode_DecodeUTF8(e->tag, (Py_ssize_t)strlen(e->tag), "replace"),
        PyUnicode_DecodeUTF8(e->snippet, (Py_ssize_t)strlen(e->snippet), "replace"),
        PyLong_FromSize_t(e->text_len)};
    bool ok = true;
    for (int i = 0; i < 5; i++) {
        ok &= items[i] != NULL;
        PyStructSequence_SET_ITEM(t, i, items[i] ? items[i] : Py_NewRef(Py_None));
    }
    if (!ok) {
        Py_DECREF(t);
        return NULL;
    }
    return t;
}

/* The explain log as a list of pith.Removal. */
static PyObject *removals_list(const pyp_removals *log)
{
    if (log->oom)
        return PyErr_NoMemory();
    PyObject *list = PyList_New((Py_ssize_t)log->n);
    for (size_t i = 0; list && i < log->n; i++) {
        PyObject *e = removal_object(log->items[i]);
        if (!e) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, e);
    }
    return list;
}

PyObject *pyp_page_take_result(pyp_page *page, const pyp_options *o)
{
    if (!page->result)
        return PyErr_NoMemory();
    PyObject *removed = NULL;
    if (o->explain && !(removed = removals_list(&page->removals)))
        return NULL;
    /* The page's bytes and options stay with the result, for pickling:
     * the bytes object the caller gave (no copy), else a copy. */
    PyObject *source = page->keep ? Py_NewRef(page->keep)
                                  : PyBytes_FromStringAndSize(page->data ? page->data : "",
                                                              (Py_ssize_t)page->len);
    pyp_options *opts = source ? pyp_options_copy(o, page->url, page->charset) : NULL;
    if (!opts) {
        Py_XDECREF(source);
        Py_XDECREF(removed);
        return PyErr_NoMemory();
    }
    PyObject *result = pyp_result_new(page->result, removed, source, opts);
    if (result)
        page->result = NULL; /* the Result owns it now */
    return result;
}
