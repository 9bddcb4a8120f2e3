/*
 * pypith.h — the parts of the pith extension module (pith._pith), a CPython
 * binding of libpith that uses nothing but the public header pith.h.
 *
 *   module.c   the module: extract(), the exception classes, constants
 *   options.c  keyword options (named as the command line's) -> pith_options
 *   page.c     one page's extraction, run without the GIL, and its explain log
 *   result.c   the Result type over a pith_result
 *   pool.c     the ordered pool of C threads behind extract_many and iter_warc
 *   warc.c     the WARC producer and the WarcRecord type (pith_warc_* reader)
 */
#ifndef PYPITH_H
#define PYPITH_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pith.h>
#include <stdbool.h>

/* ------------------------------------------------------------ options.c */

/* Options as the keywords gave them; the strings pith_options points to are
 * owned here. */
typedef struct pyp_options {
    pith_options opt;
    char *url, *charset, *base_url, *pagetype;
    bool explain;          /* keep the removed blocks on the result */
    bool max_bytes_given;  /* max_bytes was passed (iter_warc's default differs) */
} pyp_options;

/* Fill o from the keyword options in kwargs (a dict or NULL), skipping the
 * names in skip (NULL-terminated: the caller's own keywords).  0, or -1 with
 * an exception set (TypeError for an unknown keyword, pith.ArgumentError for
 * a bad value).  Free with pyp_options_free, whatever the outcome. */
int pyp_options_parse(PyObject *kwargs, const char *const *skip, pyp_options *o);
void pyp_options_free(pyp_options *o);

/* A malloc'd copy of o with the page's own url and charset (NULL: o's), or
 * NULL when out of memory; free with pyp_options_free, then free. */
pyp_options *pyp_options_copy(const pyp_options *o, const char *url, const char *charset);
/* The keywords that give o again: what a pickled Result extracts its page
 * with again.  NULL with an exception set. */
PyObject *pyp_options_as_kwargs(const pyp_options *o);

/* A malloc'd UTF-8 copy of a str (or NULL for None): 0, or -1 with an
 * exception set (TypeError naming what). */
int pyp_strdup_arg(PyObject *value, const char *what, char **out);

/* -------------------------------------------------------------- page.c */

typedef struct pyp_removal {
    char *stage, *rule, *tag, *snippet; /* one block: the four strings follow it */
    size_t text_len;
} pyp_removal;

typedef struct pyp_removals {
    pyp_removal **items;
    size_t n, cap;
    bool oom;
} pyp_removals;

/* One page to extract and what came of it.  Built with the GIL, extracted
 * without it (pyp_page_extract touches no Python object), then turned into
 * Python objects with the GIL again. */
typedef struct pyp_page {
    const char *data;
    size_t len;
    PyObject *keep;        /* the bytes object data points into, or NULL */
    char *owned;           /* malloc'd data (a WARC payload), or NULL */
    char *url, *charset;   /* this page's own url and charset, or NULL */
    bool extract;          /* false: nothing to extract (a damaged record...) */
    pith_result *result;
    pyp_removals removals;
} pyp_page;

/* Set page's data from bytes, bytearray, memoryview or str (encoded as
 * UTF-8, and then read as UTF-8 whatever the page declares, unless a
 * charset is given).  0, or -1 with TypeError set. */
int pyp_page_set_data(pyp_page *page, PyObject *data);
/* Extract; call without the GIL. */
void pyp_page_extract(pyp_page *page, const pyp_options *o);
/* Free what the page owns (the GIL must be held when page->keep is set). */
void pyp_page_clear(pyp_page *page);
/* The page's result as a pith.Result, taking it over from page (the
 * explain log too); NULL with MemoryError when the extraction could not
 * even allocate its result. */
PyObject *pyp_page_take_result(pyp_page *page, const pyp_options *o);

/* ------------------------------------------------------------ result.c */

extern PyTypeObject pyp_result_type;
extern PyTypeObject *pyp_removal_type;
int pyp_result_init_types(PyObject *module);
/* A new Result owning r (and removed: a list, or NULL for none), with the
 * page's bytes and the options it was extracted with (for pickling: see
 * result.c), all taken over. */
PyObject *pyp_result_new(pith_result *r, PyObject *removed, PyObject *source, pyp_options *opts);
/* pith._pith._restore_result: the Result a pickle holds (see result.c). */
PyObject *pyp_result_restore(PyObject *module, PyObject *args);
/* The stable code of a status ("ok", "bad_input"...). */
const char *pyp_status_code(int status);
/* r's status as an exception of the class for it (status >= 2). */
PyObject *pyp_result_error(PyObject *result);
int pyp_result_status(PyObject *result);
/* result.as_dict() */
PyObject *pyp_result_as_dict(PyObject *result);

/* ------------------------------------------------------------ module.c */

/* Raise the exception class of status (pith.InputError...) with message. */
void pyp_raise_status(int status, const char *message);
/* An exception instance of the class of status, carrying .status and .code. */
PyObject *pyp_status_exception(int status, const char *message);

/* -------------------------------------------------------------- pool.c */

typedef struct pyp_slot pyp_slot;

/* What feeds a pool: the next page in order, built with the GIL held. */
typedef struct pyp_producer {
    /* Fill page (and *record, a pith.WarcRecord without its result, or NULL)
     * with the next item: 1, 0 at the end, -1 with an exception set. */
    int (*next)(struct pyp_producer *self, pyp_page *page, PyObject **record);
    int (*traverse)(struct pyp_producer *self, visitproc visit, void *arg);
    void (*free)(struct pyp_producer *self);
} pyp_producer;

extern PyTypeObject pyp_pool_type;
/* A new iterator that extracts producer's pages on jobs threads (taking
 * producer and o over, whatever happens); raise_errors: a page whose status
 * is an error raises its exception in turn, else it is yielded as one.
 * NULL with an exception set. */
PyObject *pyp_pool_new(pyp_producer *producer, pyp_options *o, int jobs, bool raise_errors);
/* The number of cores online (at least 1). */
int pyp_cores(void);

/* -------------------------------------------------------------- warc.c */

extern PyTypeObject pyp_warc_record_type;
/* A producer over a path (str, bytes, os.PathLike) or a binary file
 * object; NULL with an exception set. */
pyp_producer *pyp_warc_producer(PyObject *source, size_t max_payload, bool html_only,
                                bool keep_payload);
/* Attach what came of the record's page (a Result, an exception or None). */
void pyp_warc_record_set_result(PyObject *record, PyObject *result);

#endif
