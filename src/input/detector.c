/*
 * detector.c — uchardet opened with dlopen on first use (see detector.h).
 */
#include "detector.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

/* The shared library's SONAME (libuchardet0); the build may name another. */
#ifndef PITH_UCHARDET_LIBRARY
#define PITH_UCHARDET_LIBRARY "libuchardet.so.0"
#endif

/* Written once by load, under the lock; read-only once state says so. */
static pith_uchardet table;
static atomic_int state; /* 0: not tried yet, 1: loaded, -1: not available */
static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;

static bool find(void *lib, const char *name, void **out)
{
    *out = dlsym(lib, name);
    return *out != NULL;
}

/* Open the library and find its functions; 1, or -1 when it is not there.
 * A library that opened is kept open for the life of the process. */
static int load(void)
{
    void *lib = dlopen(PITH_UCHARDET_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return -1;
    void *create, *destroy, *handle_data, *data_end, *get_charset;
    if (!find(lib, "uchardet_new", &create) || !find(lib, "uchardet_delete", &destroy) ||
        !find(lib, "uchardet_handle_data", &handle_data) ||
        !find(lib, "uchardet_data_end", &data_end) ||
        !find(lib, "uchardet_get_charset", &get_charset)) {
        dlclose(lib);
        return -1;
    }
    /* POSIX lets the object pointer dlsym returns stand for a function. */
    memcpy(&table.create, &create, sizeof create);
    memcpy(&table.destroy, &destroy, sizeof destroy);
    memcpy(&table.handle_data, &handle_data, sizeof handle_data);
    memcpy(&table.data_end, &data_end, sizeof data_end);
    memcpy(&table.get_charset, &get_charset, sizeof get_charset);
    return 1;
}

const pith_uchardet *pith_uchardet_get(void)
{
    int s = atomic_load_explicit(&state, memory_order_acquire);
    if (s == 0) {
        pthread_mutex_lock(&load_lock);
        s = atomic_load_explicit(&state, memory_order_relaxed);
        if (s == 0) {
            s = load();
            atomic_store_explicit(&state, s, memory_order_release);
        }
        pthread_mutex_unlock(&load_lock);
    }
    return s == 1 ? &table : NULL;
}
