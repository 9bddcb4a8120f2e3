/*
 * module.c — the pith._pith extension module: extract(), extract_many(),
 * iter_warc(), the exception classes (one per error status, each carrying
 * .status and .code) and the constants of pith.h.
 */
#include "pypith.h"

#include <unistd.h>

/* pith.Error and one subclass per error status (index = status). */
static PyObject *error_classes[PITH_ERR_ARGUMENT + 1];

PyObject *pyp_status_exception(int status, const char *message)
{
    PyObject *cls = status >= PITH_ERR_INPUT && status <= PITH_ERR_ARGUMENT
                        ? error_classes[status]
                        : error_classes[0];
    PyObject *e = PyObject_CallFunction(cls, "s", message ? message : "");
    if (!e)
        return NULL;
    PyObject *st = PyLong_FromLong(status);
    PyObject *code = PyUnicode_FromString(pyp_status_code(status));
    int rc = st && code ? 0 : -1;
    if (rc == 0)
        rc = PyObject_SetAttrString(e, "status", st);
    if (rc == 0)
        rc = PyObject_SetAttrString(e, "code", code);
    Py_XDECREF(st);
    Py_XDECREF(code);
    if (rc < 0)
        Py_CLEAR(e);
    return e;
}

void pyp_raise_status(int status, const char *message)
{
    PyObject *e = pyp_status_exception(status, message);
    if (e) {
        PyErr_SetObject((PyObject *)Py_TYPE(e), e);
        Py_DECREF(e);
    }
}

int pyp_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 1024 ? 1024 : (int)n;
}

/* ------------------------------------------------------------ extract */

static const char *const extract_own[] = {"data", NULL};

PyDoc_STRVAR(extract_doc,
"extract(data, url=None, *, favor='balanced', comments=False, no_tables=False,\n"
"        no_meta=False, charset=None, base_url=None, max_bytes=None,\n"
"        max_memory=None, max_depth=None, max_attributes=None,\n"
"        max_formatting=None, timeout_ms=None, explain=False, pagetype=None)\n"
"    -> Result\n"
"\n"
"Extract the article and metadata of one page.\n"
"\n"
"data is the page as a crawler stored it (bytes, in any encoding: pith finds\n"
"it), or a str already decoded.  url is the page's address, if known (base for\n"
"relative links, host name, dates in the path).  The options are those of the\n"
"command line (--no-tables is no_tables=True); None means the default:\n"
"  favor           'balanced', 'precision' or 'recall'\n"
"  comments        extract user comments into result.comments\n"
"  no_tables       leave tables out of the article\n"
"  no_meta         skip the metadata (only the title is read)\n"
"  charset         the charset the server sent (trusted before the page's own)\n"
"  base_url        an absolute URL to resolve relative links against\n"
"  max_bytes       refuse larger inputs (default 64 MiB): TooLargeError\n"
"  max_memory      memory budget of the parse (default 1 GiB): LimitError\n"
"  max_depth, max_attributes, max_formatting  structural limits (400, 256, 32)\n"
"  timeout_ms      soft time limit (default none): LimitError\n"
"  explain         keep the removed blocks in result.removed\n"
"  pagetype        the page's type when known: 'article', 'forum', 'product',\n"
"                  'collection', 'listing', 'documentation', 'service' or\n"
"                  'other' (--pagetype); None: pith tells it from the page\n"
"\n"
"Returns a Result whose status is pith.OK or pith.NO_CONTENT (a page without\n"
"main content: text is '').  Raises a pith.Error subclass carrying .status and\n"
".code otherwise: InputError (empty, binary), TooLargeError, LimitError,\n"
"OutOfMemoryError, ArgumentError (also a ValueError).  The GIL is released\n"
"while the page is extracted, so Python threads extract in parallel.");

static PyObject *py_extract(PyObject *module, PyObject *args, PyObject *kwargs)
{
    PyObject *data = NULL, *url = NULL;
    if (!PyArg_UnpackTuple(args, "extract", 0, 2, &data, &url))
        return NULL;
    if (kwargs && ((data && PyDict_GetItemString(kwargs, "data")) ||
                   (url && PyDict_GetItemString(kwargs, "url")))) {
        PyErr_SetString(PyExc_TypeError, "extract() got an argument both by position and by name");
        return NULL;
    }
    if (!data && kwargs)
        data = PyDict_GetItemString(kwargs, "data");
    if (!data) {
        PyErr_SetString(PyExc_TypeError, "extract() missing its argument 'data'");
        return NULL;
    }
    pyp_options o;
    pyp_page page = {0};
    PyObject *result = NULL;
    if (pyp_options_parse(kwargs, extract_own, &o) < 0)
        goto done;
    if (url && pyp_strdup_arg(url, "url", &page.url) < 0)
        goto done;
    if (pyp_page_set_data(&page, data) < 0)
        goto done;
    Py_BEGIN_ALLOW_THREADS
    pyp_page_extract(&page, &o);
    Py_END_ALLOW_THREADS
    result = pyp_page_take_result(&page, &o);
    if (result && pyp_result_status(result) >= PITH_ERR_INPUT) {
        PyObject *e = pyp_result_error(result);
        Py_CLEAR(result);
        if (e) {
            PyErr_SetObject((PyObject *)Py_TYPE(e), e);
            Py_DECREF(e);
        }
    }
done:
    pyp_page_clear(&page);
    pyp_options_free(&o);
    return result;
}

/* ------------------------------------------------------------ extract_many */

/* The producer over a Python iterable of pages: data, or (data, url). */
typedef struct iter_producer {
    pyp_producer base;
    PyObject *it;
} iter_producer;

static int iter_next(pyp_producer *self, pyp_page *page, PyObject **record)
{
    PyObject *item = PyIter_Next(((iter_producer *)self)->it);
    if (!item)
        return PyErr_Occurred() ? -1 : 0;
    int rc = 1;
    PyObject *data = item;
    if (PyTuple_Check(item)) {
        if (PyTuple_GET_SIZE(item) != 2) {
            PyErr_SetString(PyExc_TypeError, "a page given as a tuple must be (data, url)");
            rc = -1;
        } else {
            data = PyTuple_GET_ITEM(item, 0);
            if (pyp_strdup_arg(PyTuple_GET_ITEM(item, 1), "a page's url", &page->url) < 0)
                rc = -1;
        }
    }
    if (rc == 1 && pyp_page_set_data(page, data) < 0)
        rc = -1;
    Py_DECREF(item);
    return rc;
}

static int iter_traverse(pyp_producer *self, visitproc visit, void *arg)
{
    Py_VISIT(((iter_producer *)self)->it);
    return 0;
}

static void iter_free(pyp_producer *self)
{
    Py_XDECREF(((iter_producer *)self)->it);
    PyMem_Free(self);
}

/* jobs: None for one per core, else a positive int. */
static int jobs_arg(PyObject *jobs, int *out)
{
    *out = pyp_cores();
    if (!jobs || jobs == Py_None)
        return 0;
    long n = PyLong_AsLong(jobs);
    if (n == -1 && PyErr_Occurred())
        return -1;
    if (n < 1 || n > 1024) {
        pyp_raise_status(PITH_ERR_ARGUMENT, "jobs must be between 1 and 1024");
        return -1;
    }
    *out = (int)n;
    return 0;
}

static int take_kw(PyObject *kwargs, const char *name, PyObject **out)
{
    if (kwargs && (*out = PyDict_GetItemString(kwargs, name)))
        return 1;
    return 0;
}

static const char *const many_own[] = {"pages", "jobs", "errors", NULL};

PyDoc_STRVAR(extract_many_doc,
"extract_many(pages, jobs=None, *, errors='raise', **options) -> Iterator[Result]\n"
"\n"
"Extract many pages on jobs C threads (default: one per core), yielding the\n"
"results in the order of pages.  pages is any iterable of pages: data (bytes or\n"
"str) or (data, url) tuples; it is read lazily, a few pages per thread ahead, so\n"
"memory stays flat whatever its length.  The options are extract()'s and apply to\n"
"every page.  errors='raise' raises a page's error (pith.Error) in its turn;\n"
"errors='return' yields a Result with the error status instead (result.ok is\n"
"False, result.error says why), so that a batch never stops.  The threads run\n"
"without the GIL.");

static PyObject *py_extract_many(PyObject *module, PyObject *args, PyObject *kwargs)
{
    PyObject *pages = NULL, *jobs = NULL, *errors = NULL;
    if (!PyArg_UnpackTuple(args, "extract_many", 0, 2, &pages, &jobs))
        return NULL;
    if (!pages)
        take_kw(kwargs, "pages", &pages);
    if (!jobs)
        take_kw(kwargs, "jobs", &jobs);
    take_kw(kwargs, "errors", &errors);
    if (!pages) {
        PyErr_SetString(PyExc_TypeError, "extract_many() missing its argument 'pages'");
        return NULL;
    }
    bool raise_errors = true;
    if (errors && errors != Py_None) {
        if (PyUnicode_Check(errors) && !PyUnicode_CompareWithASCIIString(errors, "return"))
            raise_errors = false;
        else if (!PyUnicode_Check(errors) || PyUnicode_CompareWithASCIIString(errors, "raise")) {
            pyp_raise_status(PITH_ERR_ARGUMENT, "errors must be 'raise' or 'return'");
            return NULL;
        }
    }
    int n_jobs;
    if (jobs_arg(jobs, &n_jobs) < 0)
        return NULL;
    pyp_options o;
    if (pyp_options_parse(kwargs, many_own, &o) < 0) {
        pyp_options_free(&o);
        return NULL;
    }
    iter_producer *p = PyMem_Calloc(1, sizeof *p);
    if (!p) {
        pyp_options_free(&o);
        return PyErr_NoMemory();
    }
    p->base = (pyp_producer){iter_next, iter_traverse, iter_free};
    p->it = PyObject_GetIter(pages);
    if (!p->it) {
        iter_free(&p->base);
        pyp_options_free(&o);
        return NULL;
    }
    return pyp_pool_new(&p->base, &o, n_jobs, raise_errors);
}

/* ------------------------------------------------------------ iter_warc */

/* The command line's batch default for a document's size (--max-bytes). */
#define WARC_DEFAULT_MAX_BYTES ((size_t)8 << 20)

static const char *const warc_own[] = {"source", "jobs", "html_only", "payload", NULL};

PyDoc_STRVAR(iter_warc_doc,
"iter_warc(source, *, jobs=1, html_only=True, payload=False, **options)\n"
"    -> Iterator[WarcRecord]\n"
"\n"
"The records of a WARC file (plain or gzip, per record or whole file), read\n"
"with libpith's WARC reader, each HTML page extracted.  source is a path (str,\n"
"bytes, os.PathLike) or a binary file object (anything with readinto or read:\n"
"an open file, an fsspec file, a pipe).  Yields a pith.WarcRecord per record in\n"
"file order: its WARC and HTTP fields, and .result, the page's Result (whatever\n"
"its status: no exception is raised for a page), or None for a record that is\n"
"not a page or is damaged (then .error holds a code such as 'warc_truncated' and\n"
".message says why; reading goes on with the next record).  html_only=True\n"
"(the default) yields what the command line makes a document of: HTML response\n"
"and resource records and damaged records; False yields every record.\n"
"payload=True keeps each page's bytes in .payload.  jobs > 1 extracts on that\n"
"many C threads, still yielding in file order.  The options are extract()'s;\n"
"max_bytes (default 8 MiB, the command line's batch default) also bounds the\n"
"payloads read (larger ones are 'too_large' records).");

static PyObject *py_iter_warc(PyObject *module, PyObject *args, PyObject *kwargs)
{
    PyObject *source = NULL, *jobs = NULL, *html_only = NULL, *payload = NULL;
    if (!PyArg_UnpackTuple(args, "iter_warc", 0, 1, &source))
        return NULL;
    if (!source)
        take_kw(kwargs, "source", &source);
    take_kw(kwargs, "jobs", &jobs);
    take_kw(kwargs, "html_only", &html_only);
    take_kw(kwargs, "payload", &payload);
    if (!source) {
        PyErr_SetString(PyExc_TypeError, "iter_warc() missing its argument 'source'");
        return NULL;
    }
    int n_jobs = 1;
    if (jobs && jobs != Py_None && jobs_arg(jobs, &n_jobs) < 0)
        return NULL;
    int only = html_only ? PyObject_IsTrue(html_only) : 1;
    int keep = payload ? PyObject_IsTrue(payload) : 0;
    if (only < 0 || keep < 0)
        return NULL;
    pyp_options o;
    if (pyp_options_parse(kwargs, warc_own, &o) < 0) {
        pyp_options_free(&o);
        return NULL;
    }
    if (!o.max_bytes_given)
        o.opt.max_bytes = WARC_DEFAULT_MAX_BYTES;
    pyp_producer *p = pyp_warc_producer(source, o.opt.max_bytes, only, keep);
    if (!p) {
        pyp_options_free(&o);
        return NULL;
    }
    return pyp_pool_new(p, &o, n_jobs, false);
}

/* ------------------------------------------------------------ module */

static PyObject *py_version(PyObject *module, PyObject *unused)
{
    return PyUnicode_FromString(pith_version());
}

static PyMethodDef module_methods[] = {
    {"_restore_result", pyp_result_restore, METH_VARARGS,
     "_restore_result(values, as_dict, source, kwargs) -> Result (unpickling)"},
    {"extract", (PyCFunction)(void (*)(void))py_extract, METH_VARARGS | METH_KEYWORDS,
     extract_doc},
    {"extract_many", (PyCFunction)(void (*)(void))py_extract_many, METH_VARARGS | METH_KEYWORDS,
     extract_many_doc},
    {"iter_warc", (PyCFunction)(void (*)(void))py_iter_warc, METH_VARARGS | METH_KEYWORDS,
     iter_warc_doc},
    {"library_version", py_version, METH_NOARGS,
     "library_version() -> str\n\nThe version of the libpith this module runs on."},
    {NULL}};

static int add_errors(PyObject *m)
{
    static const struct {
        int status;
        const char *name, *doc;
        PyObject **also;
    } classes[] = {
        {PITH_ERR_INPUT, "pith.InputError", "The input is not a usable page (empty, binary).", NULL},
        {PITH_ERR_TOO_LARGE, "pith.TooLargeError", "The input is longer than max_bytes.", NULL},
        {PITH_ERR_LIMIT, "pith.LimitError", "The memory budget or the time limit was spent.", NULL},
        {PITH_ERR_NOMEM, "pith.OutOfMemoryError", "The system refused memory.",
         &PyExc_MemoryError},
        {PITH_ERR_ARGUMENT, "pith.ArgumentError", "An option has an invalid value.",
         &PyExc_ValueError},
    };
    error_classes[0] = PyErr_NewExceptionWithDoc(
        "pith.Error",
        "An extraction that failed.  .status is the pith_status (an int, 2..6), .code\n"
        "its stable name ('bad_input', 'too_large', 'limit', 'out_of_memory',\n"
        "'bad_argument'), str(e) the library's message.",
        NULL, NULL);
    if (!error_classes[0] || PyModule_AddObjectRef(m, "Error", error_classes[0]) < 0)
        return -1;
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        PyObject *bases = classes[i].also ? PyTuple_Pack(2, error_classes[0], *classes[i].also)
                                          : PyTuple_Pack(1, error_classes[0]);
        if (!bases)
            return -1;
        PyObject *cls = PyErr_NewExceptionWithDoc(classes[i].name, classes[i].doc, bases, NULL);
        Py_DECREF(bases);
        if (!cls)
            return -1;
        error_classes[classes[i].status] = cls;
        if (PyModule_AddObjectRef(m, classes[i].name + 5, cls) < 0)
            return -1;
    }
    return 0;
}

static int add_constants(PyObject *m)
{
    static const struct {
        const char *name;
        long value;
    } constants[] = {
        {"OK", PITH_OK},
        {"NO_CONTENT", PITH_NO_CONTENT},
        {"ERR_INPUT", PITH_ERR_INPUT},
        {"ERR_TOO_LARGE", PITH_ERR_TOO_LARGE},
        {"ERR_LIMIT", PITH_ERR_LIMIT},
        {"ERR_NOMEM", PITH_ERR_NOMEM},
        {"ERR_ARGUMENT", PITH_ERR_ARGUMENT},
        {"GUARD_DEPTH", PITH_GUARD_DEPTH},
        {"GUARD_ATTRIBUTES", PITH_GUARD_ATTRIBUTES},
        {"GUARD_FORMATTING", PITH_GUARD_FORMATTING},
        {"GUARD_CHARREF", PITH_GUARD_CHARREF},
        {"GUARD_ENCODING", PITH_GUARD_ENCODING},
        {"GUARD_DUPLICATES", PITH_GUARD_DUPLICATES},
        {"GUARD_FOREIGN", PITH_GUARD_FOREIGN},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (PyModule_AddIntConstant(m, constants[i].name, constants[i].value) < 0)
            return -1;
    return PyModule_AddStringConstant(m, "HEADER_VERSION", PITH_VERSION_STRING);
}

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "pith._pith",
    .m_doc = "The C part of the pith package (libpith's binding); import pith instead.",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC PyInit__pith(void)
{
    PyObject *m = PyModule_Create(&module_def);
    if (!m)
        return NULL;
    if (add_errors(m) < 0 || add_constants(m) < 0 || pyp_result_init_types(m) < 0 ||
        PyType_Ready(&pyp_pool_type) < 0 || PyType_Ready(&pyp_warc_record_type) < 0 ||
        PyModule_AddObjectRef(m, "WarcRecord", (PyObject *)&pyp_warc_record_type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
