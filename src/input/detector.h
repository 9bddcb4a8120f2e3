/*
 * detector.h — uchardet, the statistical charset detector, loaded the
 * first time a page needs it.
 *
 * uchardet is written in C++: linked in, it brings libstdc++ into every
 * process that uses pith, and relocating it is most of what the dynamic
 * loader does before main (2.2 of 2.6 million instructions of the command
 * line's start-up, measured with callgrind).  Most pages declare their
 * charset or are valid UTF-8 and never need detection, so the library is
 * opened with dlopen on first use instead, once per process.
 */
#ifndef PITH_INPUT_DETECTOR_H
#define PITH_INPUT_DETECTOR_H

#include <stddef.h>

/* uchardet's functions, as its header declares them. */
typedef struct pith_uchardet {
    void *(*create)(void);
    void (*destroy)(void *ud);
    int (*handle_data)(void *ud, const char *data, size_t len);
    void (*data_end)(void *ud);
    const char *(*get_charset)(void *ud);
} pith_uchardet;

/* The detector, loaded on the first call; NULL when libuchardet cannot be
 * opened (the caller then reads the page as windows-1252).  Safe from any
 * number of threads: the table is written once, under a lock, and only
 * read afterwards. */
const pith_uchardet *pith_uchardet_get(void);

#endif
