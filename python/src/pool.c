/*
 * pool.c — the iterator behind extract_many and iter_warc: a producer
 * (a Python iterable, or a WARC reader) fills a ring of slots in order, C
 * threads extract the slots' pages without the GIL, and the iterator yields
 * each slot's result in input order.
 *
 * The ring holds SLOTS_PER_JOB pages per thread, so the input is read only
 * that far ahead of the consumer and memory stays flat however long the
 * input.  The producer runs on the consumer's thread (it may call Python
 * code) each time the consumer asks for a result, after which the consumer
 * waits, without the GIL, for the oldest slot to be done.
 */
#include "pypith.h"

#include <pthread.h>
#include <string.h>

/* Pages in flight per thread: enough that a thread finds a page ready
 * while the consumer is busy with Python code; few enough that a long
 * input is not read far ahead. */
#define SLOTS_PER_JOB 4

enum { SLOT_FREE, SLOT_PENDING, SLOT_RUNNING, SLOT_DONE };

struct pyp_slot {
    int state;
    pyp_page page;
    PyObject *record;                  /* a WarcRecord, or NULL */
    PyObject *exc[3];                  /* the input's exception, raised in this turn */
};

typedef struct {
    PyObject_HEAD
    pyp_producer *producer;
    pyp_options o;
    bool raise_errors;
    pyp_slot *slots;
    size_t n_slots;
    unsigned long long head;      /* the next slot to yield */
    unsigned long long tail;      /* the next slot to fill */
    unsigned long long next_work; /* the next slot a thread may take */
    bool input_done;
    bool busy;        /* in __next__ (which lets the GIL go while it waits) */
    bool stopping;
    pthread_mutex_t mu;
    pthread_cond_t work_cv, done_cv;
    pthread_t *threads;
    int n_threads;
} pyp_pool;

static pyp_slot *slot_at(pyp_pool *p, unsigned long long i)
{
    return &p->slots[i % p->n_slots];
}

/* ------------------------------------------------------------ threads */

static void *worker(void *arg)
{
    pyp_pool *p = arg;
    pthread_mutex_lock(&p->mu);
    while (!p->stopping) {
        while (p->next_work < p->tail && slot_at(p, p->next_work)->state != SLOT_PENDING)
            p->next_work++; /* a slot with nothing to extract */
        if (p->next_work == p->tail) {
            pthread_cond_wait(&p->work_cv, &p->mu);
            continue;
        }
        pyp_slot *s = slot_at(p, p->next_work++);
        s->state = SLOT_RUNNING;
        pthread_mutex_unlock(&p->mu);
        pyp_page_extract(&s->page, &p->o);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&p->done_cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void stop_threads(pyp_pool *p)
{
    if (!p->threads)
        return;
    pthread_mutex_lock(&p->mu);
    p->stopping = true;
    pthread_cond_broadcast(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
    Py_BEGIN_ALLOW_THREADS
    for (int i = 0; i < p->n_threads; i++)
        pthread_join(p->threads[i], NULL);
    Py_END_ALLOW_THREADS
    PyMem_Free(p->threads);
    p->threads = NULL;
}

/* ------------------------------------------------------------ slots */

/* Free what a slot holds; no thread reads a slot that is done. */
static void clear_slot(pyp_slot *s)
{
    pyp_page_clear(&s->page);
    Py_CLEAR(s->record);
    for (int i = 0; i < 3; i++)
        Py_CLEAR(s->exc[i]);
}

/* Publish the slot at tail: to the threads when it has a page to extract. */
static void push_slot(pyp_pool *p, pyp_slot *s, bool extract)
{
    pthread_mutex_lock(&p->mu);
    s->state = extract ? SLOT_PENDING : SLOT_DONE;
    p->tail++;
    if (extract)
        pthread_cond_signal(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
}

/* Read the input until the ring is full or the input ends.  An exception
 * of the producer ends the input and is kept for its turn. */
static void fill(pyp_pool *p)
{
    while (!p->input_done && p->tail - p->head < p->n_slots) {
        pyp_slot *s = slot_at(p, p->tail);
        int rc = p->producer->next(p->producer, &s->page, &s->record);
        if (rc > 0) {
            push_slot(p, s, s->page.extract);
            continue;
        }
        p->input_done = true;
        if (rc < 0) {
            clear_slot(s);
            PyErr_Fetch(&s->exc[0], &s->exc[1], &s->exc[2]);
            push_slot(p, s, false);
        }
    }
}

static void wait_done(pyp_pool *p, pyp_slot *s)
{
    Py_BEGIN_ALLOW_THREADS
    pthread_mutex_lock(&p->mu);
    while (s->state != SLOT_DONE)
        pthread_cond_wait(&p->done_cv, &p->mu);
    pthread_mutex_unlock(&p->mu);
    Py_END_ALLOW_THREADS
}

/* What the slot yields: its record, its result, or its exception. */
static PyObject *slot_output(pyp_pool *p, pyp_slot *s)
{
    if (s->exc[0]) {
        PyErr_Restore(s->exc[0], s->exc[1], s->exc[2]);
        s->exc[0] = s->exc[1] = s->exc[2] = NULL;
        return NULL;
    }
    PyObject *result = NULL;
    if (s->page.extract && !(result = pyp_page_take_result(&s->page, &p->o)))
        return NULL;
    if (s->record) {
        pyp_warc_record_set_result(s->record, result ? result : Py_None);
        Py_XDECREF(result);
        return Py_NewRef(s->record);
    }
    if (p->raise_errors && pyp_result_status(result) >= PITH_ERR_INPUT) {
        PyObject *e = pyp_result_error(result);
        Py_DECREF(result);
        if (e) {
            PyErr_SetObject((PyObject *)Py_TYPE(e), e);
            Py_DECREF(e);
        }
        return NULL;
    }
    return result;
}

/* ------------------------------------------------------------ the type */

static PyObject *pool_next_turn(pyp_pool *p);

/* One consumer at a time: another Python thread calling next() while this
 * one waits without the GIL would take the same slot. */
static PyObject *pool_next(PyObject *self)
{
    pyp_pool *p = (pyp_pool *)self;
    if (p->busy) {
        PyErr_SetString(PyExc_ValueError, "pith: this iterator is already executing");
        return NULL;
    }
    p->busy = true;
    PyObject *out = pool_next_turn(p);
    p->busy = false;
    return out;
}

static PyObject *pool_next_turn(pyp_pool *p)
{
    fill(p);
    if (p->head == p->tail)
        return NULL; /* StopIteration */
    pyp_slot *s = slot_at(p, p->head);
    wait_done(p, s);
    PyObject *out = slot_output(p, s);
    clear_slot(s);
    pthread_mutex_lock(&p->mu);
    s->state = SLOT_FREE;
    p->head++;
    if (p->next_work < p->head) /* the threads had not yet passed it */
        p->next_work = p->head;
    pthread_mutex_unlock(&p->mu);
    return out;
}

static int pool_traverse(PyObject *self, visitproc visit, void *arg)
{
    pyp_pool *p = (pyp_pool *)self;
    if (p->producer && p->producer->traverse) {
        int rc = p->producer->traverse(p->producer, visit, arg);
        if (rc)
            return rc;
    }
    for (size_t i = 0; p->slots && i < p->n_slots; i++)
        Py_VISIT(p->slots[i].record);
    return 0;
}

static void pool_dealloc(PyObject *self)
{
    pyp_pool *p = (pyp_pool *)self;
    PyObject_GC_UnTrack(self);
    stop_threads(p);
    for (size_t i = 0; p->slots && i < p->n_slots; i++)
        clear_slot(&p->slots[i]);
    PyMem_Free(p->slots);
    if (p->producer)
        p->producer->free(p->producer);
    pyp_options_free(&p->o);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work_cv);
    pthread_cond_destroy(&p->done_cv);
    PyObject_GC_Del(self);
}

PyTypeObject pyp_pool_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pith.ExtractionIterator",
    .tp_basicsize = sizeof(pyp_pool),
    .tp_dealloc = pool_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "The results of extract_many or the records of iter_warc, in input order,\n"
              "extracted ahead on C threads.",
    .tp_traverse = pool_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = pool_next,
};

PyObject *pyp_pool_new(pyp_producer *producer, pyp_options *o, int jobs, bool raise_errors)
{
    pyp_pool *p = PyObject_GC_New(pyp_pool, &pyp_pool_type);
    if (!p) {
        producer->free(producer);
        pyp_options_free(o);
        return NULL;
    }
    /* Everything dealloc reads is set before anything can fail. */
    p->producer = producer;
    p->o = *o;
    memset(o, 0, sizeof *o);
    p->raise_errors = raise_errors;
    p->n_slots = (size_t)jobs * SLOTS_PER_JOB;
    p->slots = PyMem_Calloc(p->n_slots, sizeof *p->slots);
    p->head = p->tail = p->next_work = 0;
    p->input_done = p->busy = p->stopping = false;
    p->threads = NULL;
    p->n_threads = 0;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work_cv, NULL);
    pthread_cond_init(&p->done_cv, NULL);
    PyObject_GC_Track(p);
    if (!p->slots || !(p->threads = PyMem_Calloc((size_t)jobs, sizeof *p->threads))) {
        Py_DECREF(p);
        return PyErr_NoMemory();
    }
    for (int i = 0; i < jobs; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0)
            break;
        p->n_threads++;
    }
    if (p->n_threads == 0) {
        Py_DECREF(p);
        PyErr_SetString(PyExc_RuntimeError, "pith: no extraction thread could be started");
        return NULL;
    }
    return (PyObject *)p;
}
