/*
 * result.c — pith.Result: one page's extraction, a pith_result kept alive
 * so that render() can write any format from its article tree.  The fields
 * of pith_result are read-only attributes; as_dict() is the object the
 * JSON format writes, built without going through JSON.
 *
 * A Result pickles (multiprocessing, Dask) as the values of its attributes,
 * its as_dict(), and the page's bytes with the options it was extracted
 * with.  The Result a pickle gives back answers its attributes and as_dict()
 * from those values at once; its first render() extracts the page again
 * (extraction is deterministic: the same tree), as the article tree itself
 * does not travel.
 */
#include "pypith.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    pith_result *r;    /* NULL in a Result restored from a pickle until render() */
    PyObject *removed; /* list of pith.Removal (explain=True), or NULL */
    PyObject *source;  /* the page's bytes */
    pyp_options *opts; /* the options it was extracted with, or NULL when restored */
    PyObject *kwargs;  /* restored: the same as extract()'s keywords; else NULL */
    PyObject *values;  /* restored: the attributes' values by name; else NULL */
    PyObject *dict;    /* restored: as_dict(); else NULL */
} pyp_result;

#define RESULT(o) (((pyp_result *)(o))->r)

PyTypeObject *pyp_removal_type;

const char *pyp_status_code(int status)
{
    return pith_status_code((pith_status)status);
}

static void free_options(pyp_options *opts)
{
    if (opts) {
        pyp_options_free(opts);
        free(opts);
    }
}

PyObject *pyp_result_new(pith_result *r, PyObject *removed, PyObject *source, pyp_options *opts)
{
    pyp_result *self = PyObject_New(pyp_result, &pyp_result_type);
    if (!self) {
        Py_XDECREF(removed);
        Py_XDECREF(source);
        free_options(opts);
        return NULL;
    }
    self->r = r;
    self->removed = removed;
    self->source = source;
    self->opts = opts;
    self->kwargs = self->values = self->dict = NULL;
    return (PyObject *)self;
}

static void result_dealloc(PyObject *self)
{
    pyp_result *res = (pyp_result *)self;
    pith_result_free(res->r);
    Py_XDECREF(res->removed);
    Py_XDECREF(res->source);
    free_options(res->opts);
    Py_XDECREF(res->kwargs);
    Py_XDECREF(res->values);
    Py_XDECREF(res->dict);
    PyObject_Free(self);
}

int pyp_result_status(PyObject *result)
{
    return (int)RESULT(result)->status;
}

PyObject *pyp_result_error(PyObject *result)
{
    const pith_result *r = RESULT(result);
    return pyp_status_exception((int)r->status,
                                r->error ? r->error : pith_status_string(r->status));
}

/* ------------------------------------------------------------ attributes */

static PyObject *string_or_none(const char *s)
{
    if (!s)
        Py_RETURN_NONE;
    /* The library's strings are valid UTF-8; "replace" only guards the binding. */
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

static PyObject *string_list(const char *const *items, size_t n)
{
    PyObject *list = PyList_New(0);
    for (size_t i = 0; list && items && i < n; i++) {
        if (!items[i])
            continue;
        PyObject *s = string_or_none(items[i]);
        if (!s || PyList_Append(list, s) < 0) {
            Py_XDECREF(s);
            Py_CLEAR(list);
            break;
        }
        Py_DECREF(s);
    }
    return list;
}

/* A string field of pith_result at offset, or NULL when the library that
 * made r is older than the field (a shared libpith older than pith.h). */
static const char *string_at(const pith_result *r, size_t offset)
{
    if (r->size < offset + sizeof(const char *))
        return NULL;
    return *(const char *const *)((const char *)r + offset);
}

/* A string field of pith_result, found by its offset (the getter's closure). */
static PyObject *get_string(PyObject *self, void *offset)
{
    return string_or_none(string_at(RESULT(self), (size_t)offset));
}

static PyObject *get_text(PyObject *self, void *closure)
{
    const pith_result *r = RESULT(self);
    return PyUnicode_DecodeUTF8(r->text ? r->text : "", r->text ? (Py_ssize_t)r->text_len : 0,
                                "replace");
}

static PyObject *get_categories(PyObject *self, void *closure)
{
    return string_list(RESULT(self)->categories, RESULT(self)->n_categories);
}

static PyObject *get_tags(PyObject *self, void *closure)
{
    return string_list(RESULT(self)->tags, RESULT(self)->n_tags);
}

static PyObject *get_status(PyObject *self, void *closure)
{
    return PyLong_FromLong((long)RESULT(self)->status);
}

static PyObject *get_code(PyObject *self, void *closure)
{
    return PyUnicode_FromString(pyp_status_code((int)RESULT(self)->status));
}

static PyObject *get_ok(PyObject *self, void *closure)
{
    return PyBool_FromLong(RESULT(self)->status == PITH_OK);
}

static PyObject *get_confidence(PyObject *self, void *closure)
{
    return PyFloat_FromDouble(RESULT(self)->confidence);
}

static PyObject *get_guard(PyObject *self, void *closure)
{
    return PyLong_FromUnsignedLong(RESULT(self)->guard);
}

static PyObject *get_removed(PyObject *self, void *closure)
{
    PyObject *removed = ((pyp_result *)self)->removed;
    return Py_NewRef(removed ? removed : Py_None);
}

#define STRING_FIELD(name, doc) \
    {#name, get_string, NULL, doc, (void *)offsetof(pith_result, name)}

/* The metadata fields, in the order of the JSON output (as_dict keeps it). */
static const struct {
    const char *name;
    size_t offset;     /* a const char * field */
    bool is_list;      /* categories, tags: read by their getters */
} meta_fields[] = {
    {"title", offsetof(pith_result, title), false},
    {"author", offsetof(pith_result, author), false},
    {"hostname", offsetof(pith_result, hostname), false},
    {"date", offsetof(pith_result, date), false},
    {"date_modified", offsetof(pith_result, date_modified), false},
    {"date_time", offsetof(pith_result, date_time), false},
    {"date_modified_time", offsetof(pith_result, date_modified_time), false},
    {"url", offsetof(pith_result, url), false},
    {"sitename", offsetof(pith_result, sitename), false},
    {"description", offsetof(pith_result, description), false},
    {"categories", 0, true},
    {"tags", 0, true},
    {"language", offsetof(pith_result, language), false},
    {"language_source", offsetof(pith_result, language_source), false},
    {"image", offsetof(pith_result, image), false},
    {"license", offsetof(pith_result, license), false},
    {"pagetype", offsetof(pith_result, pagetype), false},
    {"declared_type", offsetof(pith_result, declared_type), false},
    {"fallback", offsetof(pith_result, fallback), false},
};

static PyGetSetDef result_getset[] = {
    {"status", get_status, NULL,
     "The status as an int: pith.OK (0), pith.NO_CONTENT (1), or an error (2..6).", NULL},
    {"code", get_code, NULL,
     "The status as a stable code: 'ok', 'no_content', 'bad_input', 'too_large', 'limit',\n"
     "'out_of_memory', 'bad_argument' (the JSON output's error codes).", NULL},
    {"ok", get_ok, NULL, "True when the article was found (status == pith.OK).", NULL},
    STRING_FIELD(error, "What went wrong, when the status is an error; else None."),
    {"text", get_text, NULL,
     "The article as plain text ('' when none): paragraphs separated by blank lines,\n"
     "headings and list items on lines of their own.", NULL},
    STRING_FIELD(comments, "The user comments as text (comments=True), or None."),
    STRING_FIELD(title, "The title, or None."),
    STRING_FIELD(author, "The author(s), several joined by '; ', or None."),
    STRING_FIELD(date, "The publication date, YYYY-MM-DD, or None."),
    STRING_FIELD(date_modified, "The modification date, YYYY-MM-DD, or None."),
    STRING_FIELD(date_time,
                 "The publication time in full, ISO 8601 ('2024-05-01T14:35:00+02:00'), when\n"
                 "the page gives a time of day with the date; else None."),
    STRING_FIELD(date_modified_time, "The modification time in full, ISO 8601, or None."),
    STRING_FIELD(sitename, "The site's name, or None."),
    STRING_FIELD(hostname, "The host name, or None."),
    STRING_FIELD(url, "The canonical URL, or None."),
    STRING_FIELD(description, "The description (else the article's first paragraph), or None."),
    STRING_FIELD(language, "The language as a BCP 47 tag ('en', 'pt-BR'), or None."),
    STRING_FIELD(language_source, "'declared' or 'detected', or None."),
    STRING_FIELD(image, "The main image's URL, or None."),
    STRING_FIELD(license, "The license, or None."),
    STRING_FIELD(pagetype,
                 "What kind of page it is: 'article', 'forum', 'product', 'collection',\n"
                 "'listing', 'documentation', 'service' or 'other'."),
    STRING_FIELD(declared_type,
                 "The page's own word for its type (og:type, JSON-LD @type: 'website',\n"
                 "'product.group'...), or None."),
    STRING_FIELD(fallback,
                 "Where the text came from when the visible page gave none ('noscript',\n"
                 "'hidden', 'jsonld', 'densest', 'description'), else None."),
    STRING_FIELD(charset, "The encoding the page was read in."),
    {"categories", get_categories, NULL, "The categories (a list of str).", NULL},
    {"tags", get_tags, NULL, "The tags (a list of str).", NULL},
    {"confidence", get_confidence, NULL,
     "0..1: how sure pith is that the page holds an article.", NULL},
    {"guard", get_guard, NULL,
     "What the pre-parse guard changed in the markup (pith.GUARD_* bits).", NULL},
    {"removed", get_removed, NULL,
     "With explain=True, the blocks pith removed, in document order, as a list of\n"
     "pith.Removal(stage, rule, tag, snippet, text_len); else None.", NULL},
    {NULL}};

/* ------------------------------------------------------------ as_dict */

static int put(PyObject *dict, const char *key, PyObject *value)
{
    if (!value)
        return -1;
    int rc = PyDict_SetItemString(dict, key, value);
    Py_DECREF(value);
    return rc;
}

/* confidence as the JSON output writes it: 3 significant digits. */
static PyObject *json_confidence(double c)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.3g", c);
    return PyFloat_FromDouble(strtod(buf, NULL));
}

PyObject *pyp_result_as_dict(PyObject *self)
{
    const pith_result *r = RESULT(self);
    if (((pyp_result *)self)->dict)
        return PyDict_Copy(((pyp_result *)self)->dict);
    PyObject *d = PyDict_New();
    if (!d)
        return NULL;
    int rc = put(d, "status", PyUnicode_FromString(pyp_status_code((int)r->status)));
    for (size_t k = 0; rc == 0 && k < sizeof meta_fields / sizeof meta_fields[0]; k++) {
        const char *name = meta_fields[k].name;
        PyObject *v;
        if (!meta_fields[k].is_list)
            v = string_or_none(string_at(r, meta_fields[k].offset));
        else if (!strcmp(name, "categories"))
            v = string_list(r->categories, r->n_categories);
        else
            v = string_list(r->tags, r->n_tags);
        rc = put(d, name, v);
    }
    if (rc == 0)
        rc = put(d, "confidence", json_confidence(r->confidence));
    if (rc == 0 && (r->status == PITH_OK || r->status == PITH_NO_CONTENT)) {
        rc = put(d, "text", get_text(self, NULL));
    } else if (rc == 0) {
        PyObject *err = Py_BuildValue("{s:s,s:N}", "code", pyp_status_code((int)r->status),
                                      "message", string_or_none(r->error));
        rc = put(d, "error", err);
    }
    if (rc == 0 && r->comments)
        rc = put(d, "comments", string_or_none(r->comments));
    if (rc < 0) {
        Py_DECREF(d);
        return NULL;
    }
    return d;
}

static PyObject *result_as_dict(PyObject *self, PyObject *unused)
{
    return pyp_result_as_dict(self);
}

/* ------------------------------------------------------------ render */

static int json_include_flags(PyObject *include, unsigned *flags)
{
    if (include == Py_None)
        return 0;
    if (PyUnicode_Check(include)) {
        PyErr_SetString(PyExc_TypeError, "json_include must be a list of names, not a str");
        return -1;
    }
    PyObject *it = PyObject_GetIter(include);
    if (!it)
        return -1;
    PyObject *name;
    while ((name = PyIter_Next(it))) {
        bool html = PyUnicode_Check(name) && !PyUnicode_CompareWithASCIIString(name, "html");
        bool md = PyUnicode_Check(name) && (!PyUnicode_CompareWithASCIIString(name, "markdown") ||
                                            !PyUnicode_CompareWithASCIIString(name, "md"));
        Py_DECREF(name);
        if (!html && !md) {
            Py_DECREF(it);
            pyp_raise_status(PITH_ERR_ARGUMENT, "json_include takes 'html' and 'markdown'");
            return -1;
        }
        *flags |= html ? PITH_RENDER_JSON_HTML : PITH_RENDER_JSON_MARKDOWN;
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

/* ------------------------------------------------------------ pickling */

/* A restored Result's attributes come from its values. */
static PyObject *result_getattro(PyObject *self, PyObject *name)
{
    PyObject *values = ((pyp_result *)self)->values;
    if (values) {
        PyObject *v = PyDict_GetItemWithError(values, name);
        if (v)
            return Py_NewRef(v);
        if (PyErr_Occurred())
            return NULL;
    }
    return PyObject_GenericGetAttr(self, name);
}

/* The values of every attribute, by name. */
static PyObject *attribute_values(PyObject *self)
{
    if (((pyp_result *)self)->values)
        return PyDict_Copy(((pyp_result *)self)->values);
    PyObject *d = PyDict_New();
    for (PyGetSetDef *g = Py_TYPE(self)->tp_getset; d && g->name; g++) {
        PyObject *v = g->get(self, g->closure);
        if (!v || PyDict_SetItemString(d, g->name, v) < 0)
            Py_CLEAR(d);
        Py_XDECREF(v);
    }
    return d;
}

static PyObject *result_reduce(PyObject *self, PyObject *unused)
{
    pyp_result *res = (pyp_result *)self;
    PyObject *module = PyImport_ImportModule("pith._pith");
    PyObject *restore = module ? PyObject_GetAttrString(module, "_restore_result") : NULL;
    Py_XDECREF(module);
    PyObject *values = restore ? attribute_values(self) : NULL;
    PyObject *dict = values ? pyp_result_as_dict(self) : NULL;
    PyObject *kwargs = !dict       ? NULL
                       : res->opts ? pyp_options_as_kwargs(res->opts)
                                   : Py_NewRef(res->kwargs);
    PyObject *out = kwargs ? Py_BuildValue("(O(OOOO))", restore, values, dict, res->source, kwargs)
                           : NULL;
    Py_XDECREF(values);
    Py_XDECREF(dict);
    Py_XDECREF(kwargs);
    Py_XDECREF(restore);
    return out;
}

PyObject *pyp_result_restore(PyObject *module, PyObject *args)
{
    PyObject *values, *dict, *source, *kwargs;
    if (!PyArg_ParseTuple(args, "O!O!O!O!:_restore_result", &PyDict_Type, &values, &PyDict_Type,
                          &dict, &PyBytes_Type, &source, &PyDict_Type, &kwargs))
        return NULL;
    /* Every attribute must be there: a restored Result has no pith_result
     * for the getters to read. */
    for (PyGetSetDef *g = pyp_result_type.tp_getset; g->name; g++)
        if (!PyDict_GetItemString(values, g->name)) {
            PyErr_Format(PyExc_ValueError, "a pickled pith.Result without '%s'", g->name);
            return NULL;
        }
    PyObject *self = pyp_result_new(NULL, NULL, Py_NewRef(source), NULL);
    if (!self)
        return NULL;
    ((pyp_result *)self)->kwargs = PyDict_Copy(kwargs);
    ((pyp_result *)self)->values = PyDict_Copy(values);
    ((pyp_result *)self)->dict = PyDict_Copy(dict);
    if (!((pyp_result *)self)->values || !((pyp_result *)self)->dict ||
        !((pyp_result *)self)->kwargs)
        Py_CLEAR(self);
    return self;
}

/* A restored Result's article tree: its page extracted again, with the
 * options it was extracted with.  0, or -1 with an exception set. */
static int restore_tree(PyObject *self)
{
    pyp_result *res = (pyp_result *)self;
    if (res->r)
        return 0;
    pyp_options o;
    pyp_page page = {0};
    int rc = -1;
    if (pyp_options_parse(res->kwargs, NULL, &o) == 0 && pyp_page_set_data(&page, res->source) == 0) {
        Py_BEGIN_ALLOW_THREADS
        pyp_page_extract(&page, &o);
        Py_END_ALLOW_THREADS
        PyObject *status = PyDict_GetItemString(res->values, "status");
        if (!page.result)
            PyErr_NoMemory();
        else if (!status || PyLong_AsLong(status) != (long)page.result->status)
            pyp_raise_status(PITH_ERR_LIMIT, "the page, extracted again for render(), did not "
                                             "give the pickled result (a time limit?)");
        else {
            res->r = page.result;
            page.result = NULL;
            rc = 0;
        }
    }
    pyp_page_clear(&page);
    pyp_options_free(&o);
    return rc;
}

static PyObject *result_render(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"format", "metadata", "links", "images", "fragment",
                             "json_include", "title", NULL};
    const char *name = "text";
    int metadata = 0, links = 0, images = 0, fragment = 0, title = 0;
    PyObject *include = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|s$ppppOp:render", kwlist, &name, &metadata,
                                     &links, &images, &fragment, &include, &title))
        return NULL;
    pith_format format;
    if (pith_format_from_name(name, &format) != 0) {
        pyp_raise_status(PITH_ERR_ARGUMENT,
                         "format must be 'text', 'markdown', 'html', 'json', 'xml' or 'csv'");
        return NULL;
    }
    unsigned flags = (metadata ? PITH_RENDER_METADATA : 0) | (links ? PITH_RENDER_LINKS : 0) |
                     (images ? PITH_RENDER_IMAGES : 0) | (fragment ? PITH_RENDER_FRAGMENT : 0) |
                     (title ? PITH_RENDER_TITLE : 0);
    if (json_include_flags(include, &flags) < 0 || restore_tree(self) < 0)
        return NULL;
    size_t len = 0;
    char *out;
    Py_BEGIN_ALLOW_THREADS
    out = pith_render(RESULT(self), format, flags, &len);
    Py_END_ALLOW_THREADS
    if (!out)
        return PyErr_NoMemory();
    PyObject *s = PyUnicode_DecodeUTF8(out, (Py_ssize_t)len, "replace");
    free(out);
    return s;
}

static PyObject *result_repr(PyObject *self)
{
    PyObject *code = PyObject_GetAttrString(self, "code");
    PyObject *title = code ? PyObject_GetAttrString(self, "title") : NULL;
    PyObject *text = title ? PyObject_GetAttrString(self, "text") : NULL;
    Py_ssize_t len = 0;
    PyObject *s = NULL;
    if (text && PyUnicode_AsUTF8AndSize(text, &len))
        s = PyUnicode_FromFormat("<pith.Result %U title=%R, %zd bytes of text>", code, title,
                                 len);
    Py_XDECREF(code);
    Py_XDECREF(title);
    Py_XDECREF(text);
    return s;
}

static PyMethodDef result_methods[] = {
    {"render", (PyCFunction)(void (*)(void))result_render, METH_VARARGS | METH_KEYWORDS,
     "render(format='text', *, metadata=False, links=False, images=False, fragment=False,\n"
     "       json_include=None, title=False) -> str\n\n"
     "The page in a format: 'text', 'markdown' (or 'md'), 'html', 'json', 'xml', 'csv',\n"
     "the formats of the command line's --format.  metadata: YAML front matter (text,\n"
     "markdown); links, images: keep link targets and images (markdown, html, xml);\n"
     "fragment: html without the document around it; json_include: also 'html' and/or\n"
     "'markdown' fields in json; title: text and markdown start with the title as a\n"
     "heading unless the article already does (--with-title).  A result with an error status renders too (json then\n"
     "carries an \"error\" object)."},
    {"as_dict", result_as_dict, METH_NOARGS,
     "as_dict() -> dict\n\n"
     "The object the json format writes, as a dict (json.loads(r.render('json')) without\n"
     "the JSON): status (the code: 'ok', 'no_content', 'bad_input'...), the metadata\n"
     "fields, confidence (to 3 significant digits, as written), text, or an 'error'\n"
     "object {code, message} for a failed page, and 'comments' when comments were asked\n"
     "for and found."},
    {"__reduce__", result_reduce, METH_NOARGS,
     "A Result pickles as its attributes' values, as_dict() and its page's bytes with\n"
     "the options: the Result a pickle gives back answers them at once, and its first\n"
     "render() extracts the page again (the same article tree)."},
    {NULL}};

PyTypeObject pyp_result_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pith.Result",
    .tp_basicsize = sizeof(pyp_result),
    .tp_dealloc = result_dealloc,
    .tp_repr = result_repr,
    .tp_getattro = result_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "The extraction of one page (made by pith.extract, extract_many, iter_warc).\n\n"
              "Attributes: status, code, ok, error, text, comments, the metadata (title,\n"
              "author, date, date_modified, date_time, date_modified_time, sitename, hostname, url, description,\n"
              "categories, tags, language, language_source, image, license, pagetype,\n"
              "declared_type, fallback),\n"
              "confidence, charset, guard, removed.  Methods: render(format), as_dict().",
    .tp_getset = result_getset,
    .tp_methods = result_methods,
};

static PyStructSequence_Field removal_fields[] = {
    {"stage", "'clean' or 'content'"},
    {"rule", "the rule's stable name, e.g. 'class:share', 'tag:nav'"},
    {"tag", "the element's tag name"},
    {"snippet", "the start of the block's text (about 80 bytes at most)"},
    {"text_len", "the length of the block's whole text, in bytes"},
    {NULL}};

static PyStructSequence_Desc removal_desc = {
    "pith.Removal", "One block pith removed (explain=True), and the rule that removed it.",
    removal_fields, 5};

int pyp_result_init_types(PyObject *module)
{
    if (PyType_Ready(&pyp_result_type) < 0)
        return -1;
    pyp_removal_type = PyStructSequence_NewType(&removal_desc);
    if (!pyp_removal_type)
        return -1;
    if (PyModule_AddObjectRef(module, "Result", (PyObject *)&pyp_result_type) < 0 ||
        PyModule_AddObjectRef(module, "Removal", (PyObject *)pyp_removal_type) < 0)
        return -1;
    return 0;
}
