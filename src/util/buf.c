/*
 * buf.c — the growable byte buffer (see buf.h).
 */
#include "buf.h"

#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pith_buf_init(pith_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->oom = false;
}

void pith_buf_free(pith_buf *b)
{
    pith_budget_release(pith_budget_current(), b->cap);
    free(b->data);
    pith_buf_init(b);
}

void pith_buf_clear(pith_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

bool pith_buf_reserve(pith_buf *b, size_t extra)
{
    if (b->oom)
        return false;
    if (extra > (size_t)-1 / 2 - b->len - 1) {
        b->oom = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    /* The growth counts against the current call's budget (max_memory). */
    pith_budget *budget = pith_budget_current();
    if (!pith_budget_charge(budget, cap - b->cap)) {
        b->oom = true;
        return false;
    }
    char *p = realloc(b->data, cap);
    if (!p) {
        pith_budget_release(budget, cap - b->cap);
        b->oom = true;
        pith_alloc_failed();
        return false;
    }
    p[b->len] = '\0'; /* a fresh buffer is terminated too (detach relies on it) */
    b->data = p;
    b->cap = cap;
    return true;
}

void pith_buf_append(pith_buf *b, const char *s, size_t n)
{
    bool room = !b->oom && n < b->cap && b->len + n < b->cap; /* no call when it fits */
    if (n == 0 || (!room && !pith_buf_reserve(b, n)))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void pith_buf_puts(pith_buf *b, const char *s)
{
    pith_buf_append(b, s, strlen(s));
}

void pith_buf_printf(pith_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0 || !pith_buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void pith_buf_truncate(pith_buf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

void pith_buf_rtrim(pith_buf *b)
{
    while (b->len > 0) {
        char c = b->data[b->len - 1];
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r')
            break;
        b->len--;
    }
    if (b->data)
        b->data[b->len] = '\0';
}

char *pith_buf_detach(pith_buf *b, size_t *len_out)
{
    if (b->oom) {
        pith_buf_free(b);
        return NULL;
    }
    if (!b->data && !pith_buf_reserve(b, 0))
        return NULL;
    char *p = b->data;
    if (len_out)
        *len_out = b->len;
    pith_budget_release(pith_budget_current(), b->cap); /* the caller's now */
    pith_buf_init(b);
    return p;
}
