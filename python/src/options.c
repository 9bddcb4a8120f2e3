/*
 * options.c — the keyword options of extract, extract_many and iter_warc,
 * named as the command line's (--no-tables is no_tables=True...), checked
 * and turned into pith_options.  None for any option means its default.
 */
#include "pypith.h"

#include <string.h>

int pyp_strdup_arg(PyObject *value, const char *what, char **out)
{
    *out = NULL;
    if (value == Py_None)
        return 0;
    if (!PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "%s must be a str or None, not %.100s", what,
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(value, &n);
    if (!s)
        return -1;
    if (memchr(s, '\0', (size_t)n)) {
        pyp_raise_status(PITH_ERR_ARGUMENT, "a string option holds a NUL character");
        return -1;
    }
    *out = strdup(s);
    if (!*out) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static int bad_value(const char *name, const char *why)
{
    char message[160];
    snprintf(message, sizeof message, "%s %s", name, why);
    pyp_raise_status(PITH_ERR_ARGUMENT, message);
    return -1;
}

/* A non-negative integer option, at most max; None leaves *out alone. */
static int number(PyObject *value, const char *name, unsigned long long max,
                  unsigned long long *out, bool *given)
{
    if (value == Py_None)
        return 0;
    if (PyBool_Check(value) || !PyLong_Check(value)) {
        PyErr_Format(PyExc_TypeError, "%s must be an int or None, not %.100s", name,
                     Py_TYPE(value)->tp_name);
        return -1;
    }
    if (_PyLong_Sign(value) < 0)
        return bad_value(name, "must not be negative");
    unsigned long long v = PyLong_AsUnsignedLongLong(value);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        PyErr_Clear();
        return bad_value(name, "is too large");
    }
    if (v > max)
        return bad_value(name, "is too large");
    *out = v;
    if (given)
        *given = true;
    return 0;
}

static int size_option(PyObject *value, const char *name, size_t *field, bool *given)
{
    unsigned long long v = *field;
    if (number(value, name, (size_t)-1, &v, given) < 0)
        return -1;
    *field = (size_t)v;
    return 0;
}

static int unsigned_option(PyObject *value, const char *name, unsigned *field)
{
    unsigned long long v = *field;
    if (number(value, name, (unsigned)-1, &v, NULL) < 0)
        return -1;
    *field = (unsigned)v;
    return 0;
}

static int flag_option(PyObject *value, unsigned bit, pith_options *opt)
{
    int on = value == Py_None ? 0 : PyObject_IsTrue(value);
    if (on < 0)
        return -1;
    if (on)
        opt->flags |= bit;
    else
        opt->flags &= ~bit;
    return 0;
}

static int favor_option(PyObject *value, pith_options *opt)
{
    if (value == Py_None)
        return 0;
    if (!PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "favor must be a str, not %.100s", Py_TYPE(value)->tp_name);
        return -1;
    }
    static const struct {
        const char *name;
        pith_favor favor;
    } modes[] = {{"balanced", PITH_FAVOR_BALANCED},
                 {"precision", PITH_FAVOR_PRECISION},
                 {"recall", PITH_FAVOR_RECALL}};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (PyUnicode_CompareWithASCIIString(value, modes[i].name) == 0) {
            opt->favor = modes[i].favor;
            return 0;
        }
    return bad_value("favor", "must be 'balanced', 'precision' or 'recall'");
}

/* One keyword option; 1 when name is not an option. */
static int set_option(pyp_options *o, const char *name, PyObject *v)
{
    pith_options *opt = &o->opt;
    if (!strcmp(name, "favor"))
        return favor_option(v, opt);
    if (!strcmp(name, "comments"))
        return flag_option(v, PITH_OPT_COMMENTS, opt);
    if (!strcmp(name, "no_tables"))
        return flag_option(v, PITH_OPT_NO_TABLES, opt);
    if (!strcmp(name, "no_meta"))
        return flag_option(v, PITH_OPT_NO_META, opt);
    if (!strcmp(name, "explain")) {
        int on = PyObject_IsTrue(v);
        o->explain = on > 0;
        return on < 0 ? -1 : 0;
    }
    if (!strcmp(name, "url"))
        return pyp_strdup_arg(v, "url", &o->url);
    if (!strcmp(name, "charset"))
        return pyp_strdup_arg(v, "charset", &o->charset);
    if (!strcmp(name, "base_url"))
        return pyp_strdup_arg(v, "base_url", &o->base_url);
    if (!strcmp(name, "pagetype"))
        return pyp_strdup_arg(v, "pagetype", &o->pagetype);
    if (!strcmp(name, "max_bytes"))
        return size_option(v, name, &opt->max_bytes, &o->max_bytes_given);
    if (!strcmp(name, "max_memory"))
        return size_option(v, name, &opt->max_memory, NULL);
    if (!strcmp(name, "max_depth"))
        return unsigned_option(v, name, &opt->max_depth);
    if (!strcmp(name, "max_attributes"))
        return unsigned_option(v, name, &opt->max_attributes);
    if (!strcmp(name, "max_formatting"))
        return unsigned_option(v, name, &opt->max_formatting);
    if (!strcmp(name, "timeout_ms"))
        return unsigned_option(v, name, &opt->timeout_ms);
    return 1;
}

static const char *favor_name(pith_favor favor)
{
    return favor == PITH_FAVOR_PRECISION ? "precision"
           : favor == PITH_FAVOR_RECALL  ? "recall"
                                         : "balanced";
}

static int put_string(PyObject *d, const char *name, const char *value)
{
    if (!value)
        return 0;
    PyObject *v = PyUnicode_FromString(value);
    int rc = v ? PyDict_SetItemString(d, name, v) : -1;
    Py_XDECREF(v);
    return rc;
}

static int put_object(PyObject *d, const char *name, PyObject *v)
{
    int rc = v ? PyDict_SetItemString(d, name, v) : -1;
    Py_XDECREF(v);
    return rc;
}

static int dup_or_null(const char *s, char **out)
{
    *out = s ? strdup(s) : NULL;
    return s && !*out ? -1 : 0;
}

pyp_options *pyp_options_copy(const pyp_options *o, const char *url, const char *charset)
{
    pyp_options *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    *c = *o;
    c->url = c->charset = c->base_url = c->pagetype = NULL;
    if (dup_or_null(url ? url : o->url, &c->url) < 0 ||
        dup_or_null(charset ? charset : o->charset, &c->charset) < 0 ||
        dup_or_null(o->base_url, &c->base_url) < 0 || dup_or_null(o->pagetype, &c->pagetype) < 0) {
        pyp_options_free(c);
        free(c);
        return NULL;
    }
    c->opt.url = c->url;
    c->opt.charset = c->charset;
    c->opt.base_url = c->base_url;
    c->opt.pagetype = c->pagetype;
    c->opt.explain = NULL;
    c->opt.explain_userdata = NULL;
    return c;
}

PyObject *pyp_options_as_kwargs(const pyp_options *o)
{
    const pith_options *opt = &o->opt;
    PyObject *d = PyDict_New();
    if (!d)
        return NULL;
    int rc = put_string(d, "favor", favor_name(opt->favor));
    rc = rc < 0 ? rc : put_string(d, "url", o->url);
    rc = rc < 0 ? rc : put_string(d, "charset", o->charset);
    rc = rc < 0 ? rc : put_string(d, "base_url", o->base_url);
    rc = rc < 0 ? rc : put_string(d, "pagetype", o->pagetype);
    rc = rc < 0 ? rc : put_object(d, "comments", PyBool_FromLong(opt->flags & PITH_OPT_COMMENTS));
    rc = rc < 0 ? rc : put_object(d, "no_tables", PyBool_FromLong(opt->flags & PITH_OPT_NO_TABLES));
    rc = rc < 0 ? rc : put_object(d, "no_meta", PyBool_FromLong(opt->flags & PITH_OPT_NO_META));
    rc = rc < 0 ? rc : put_object(d, "explain", PyBool_FromLong(o->explain));
    rc = rc < 0 ? rc : put_object(d, "max_bytes", PyLong_FromSize_t(opt->max_bytes));
    rc = rc < 0 ? rc : put_object(d, "max_memory", PyLong_FromSize_t(opt->max_memory));
    rc = rc < 0 ? rc : put_object(d, "max_depth", PyLong_FromUnsignedLong(opt->max_depth));
    rc = rc < 0 ? rc : put_object(d, "max_attributes", PyLong_FromUnsignedLong(opt->max_attributes));
    rc = rc < 0 ? rc : put_object(d, "max_formatting", PyLong_FromUnsignedLong(opt->max_formatting));
    rc = rc < 0 ? rc : put_object(d, "timeout_ms", PyLong_FromUnsignedLong(opt->timeout_ms));
    if (rc < 0)
        Py_CLEAR(d);
    return d;
}

static bool skipped(const char *name, const char *const *skip)
{
    for (; skip && *skip; skip++)
        if (!strcmp(name, *skip))
            return true;
    return false;
}

int pyp_options_parse(PyObject *kwargs, const char *const *skip, pyp_options *o)
{
    memset(o, 0, sizeof *o);
    pith_options_init(&o->opt);
    if (kwargs) {
        PyObject *key, *value;
        Py_ssize_t pos = 0;
        while (PyDict_Next(kwargs, &pos, &key, &value)) {
            const char *name = PyUnicode_AsUTF8(key);
            if (!name)
                return -1;
            if (skipped(name, skip))
                continue;
            int rc = set_option(o, name, value);
            if (rc < 0)
                return -1;
            if (rc > 0) {
                PyErr_Format(PyExc_TypeError, "unexpected keyword argument '%s'", name);
                return -1;
            }
        }
    }
    o->opt.url = o->url;
    o->opt.charset = o->charset;
    o->opt.base_url = o->base_url;
    o->opt.pagetype = o->pagetype;
    return 0;
}

void pyp_options_free(pyp_options *o)
{
    free(o->url);
    free(o->charset);
    free(o->base_url);
    free(o->pagetype);
    o->url = o->charset = o->base_url = o->pagetype = NULL;
}
