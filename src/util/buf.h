/*
 * buf.h — the growable byte buffer used everywhere in pith.
 *
 * A pith_buf owns a heap block that doubles as it grows, so appending n
 * bytes costs amortised O(n).  The contents are always NUL-terminated (the
 * terminator is not counted in len), so buf.data can be handed to C string
 * functions once the caller knows no NUL is inside.
 *
 * Allocation failure is sticky: the first failed growth sets buf.oom, every
 * later append is ignored, and the caller checks oom once at the end.  This
 * keeps the happy path free of error checks without ever losing one.
 *
 * Inside a call of pith_extract or pith_render, every growth counts against
 * the call's budget (util/budget.h): a buffer that would take the page over
 * max_memory fails like one that malloc refused (the budget says which).
 */
#ifndef PITH_BUF_H
#define PITH_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_buf {
    char *data;   /* NUL-terminated contents, or NULL while empty */
    size_t len;   /* bytes used, not counting the terminator */
    size_t cap;   /* bytes allocated */
    bool oom;     /* set once an allocation failed; appends become no-ops */
} pith_buf;

#define PITH_BUF_INIT { NULL, 0, 0, false }

void pith_buf_init(pith_buf *b);
void pith_buf_free(pith_buf *b);
void pith_buf_clear(pith_buf *b);               /* len = 0, keeps memory */
bool pith_buf_reserve(pith_buf *b, size_t extra); /* room for extra more bytes */
void pith_buf_append(pith_buf *b, const char *s, size_t n);
void pith_buf_puts(pith_buf *b, const char *s);
/* One byte; inline, as text is often copied a character at a time (a
 * call per byte was a twentieth of a small page's instructions). */
static inline void pith_buf_putc(pith_buf *b, char c)
{
    if ((!b->oom && b->len + 2 <= b->cap) || pith_buf_reserve(b, 1)) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
    }
}
void pith_buf_printf(pith_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void pith_buf_truncate(pith_buf *b, size_t len);
/* Drop trailing ASCII whitespace. */
void pith_buf_rtrim(pith_buf *b);
/* Hand the heap block to the caller (never NULL unless oom) and reset b. */
char *pith_buf_detach(pith_buf *b, size_t *len_out);

#endif
