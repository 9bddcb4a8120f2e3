/*
 * lazy_re.c — patterns compiled on first use, JIT-compiled when they pay
 * (see lazy_re.h).
 */
#include "lazy_re.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/buf.h"
#include "factor.h"
#include "jit.h"

/* Matches on the interpreter before a pattern is JIT-compiled.  The JIT's
 * compile of one of the rule patterns costs about as much as a hundred
 * interpreted matches of a class string or a short block, and saves a few
 * hundred instructions on each match after: a pattern used this often on
 * one page, or over a batch, is worth it; the few uses of a single small
 * page are not. */
#define PITH_JIT_AFTER 128

static pthread_mutex_t rules_lock = PTHREAD_MUTEX_INITIALIZER;

void pith_rules_lock(void)
{
    pthread_mutex_lock(&rules_lock);
}

void pith_rules_unlock(void)
{
    pthread_mutex_unlock(&rules_lock);
}

void pith_lazy_re_init(pith_lazy_re *re, const char *source, size_t len, uint32_t options,
                       bool owned)
{
    re->source = source;
    re->len = len;
    re->options = options;
    re->owned = owned;
    re->whether_only = false;
    re->blob = NULL;
    atomic_init(&re->code, NULL);
    atomic_init(&re->jit, NULL);
    atomic_init(&re->uses, 0);
    atomic_init(&re->no_jit, false);
}

void pith_lazy_re_init_data(pith_lazy_re *re, const pith_re_data *data)
{
    pith_lazy_re_init(re, data->source, data->len, data->options, false);
    re->blob = data->blob;
}

/* Whether p[0..len) refers to a group by its number or name: a back
 * reference, a subroutine call, or a condition on a group. */
static bool refers_to_groups(const char *p, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (p[i] == '\\') {
            char c = p[++i]; /* the escaped character is skipped too */
            if ((c >= '1' && c <= '9') || c == 'g' || c == 'k')
                return true;
        } else if (p[i] == '(' && p[i + 1] == '?' && i + 2 < len &&
                   strchr("(P&R+-0123456789", p[i + 2])) {
            return true;
        }
    }
    return false;
}

static pcre2_code *compile(const char *source, size_t len, uint32_t options)
{
    int err;
    PCRE2_SIZE off;
    return pcre2_compile((PCRE2_SPTR)source, len, options, &err, &off, NULL);
}

/* The pattern decoded from its blob, else compiled from its source
 * (factored when only whether it matches is asked; as written when that
 * does not compile). */
static pcre2_code *make_code(const pith_lazy_re *re)
{
    pcre2_code *code = NULL;
    if (re->blob && pcre2_serialize_decode(&code, 1, re->blob, NULL) == 1)
        return code;
    if (re->whether_only && !refers_to_groups(re->source, re->len)) {
        pith_buf factored = PITH_BUF_INIT;
        pith_regex_alt whole = {re->source, re->len};
        if (pith_regex_factor(&factored, &whole, 1, (re->options & PCRE2_CASELESS) != 0))
            code = compile(factored.data, factored.len, re->options);
        pith_buf_free(&factored);
    }
    return code ? code : compile(re->source, re->len, re->options);
}

static pcre2_code *compiled(pith_lazy_re *re)
{
    pcre2_code *code = atomic_load_explicit(&re->code, memory_order_acquire);
    if (code)
        return code;
    pith_rules_lock();
    code = atomic_load_explicit(&re->code, memory_order_relaxed);
    if (!code) {
        code = make_code(re);
        if (code)
            atomic_store_explicit(&re->code, code, memory_order_release);
    }
    pith_rules_unlock();
    return code;
}

bool pith_lazy_re_export(pith_lazy_re *re, pith_re_data *out)
{
    memset(out, 0, sizeof *out);
    pcre2_code *code = compiled(re);
    if (!code)
        return false;
    const pcre2_code *codes[1] = {code};
    uint8_t *blob = NULL;
    PCRE2_SIZE size = 0;
    if (pcre2_serialize_encode(codes, 1, &blob, &size, NULL) != 1)
        return false;
    out->source = re->source;
    out->len = re->len;
    out->options = re->options;
    out->blob = blob;
    out->blob_len = size;
    return true;
}

void pith_re_data_free(pith_re_data *data)
{
    if (data->blob)
        pcre2_serialize_free((uint8_t *)data->blob);
    data->blob = NULL;
}

bool pith_lazy_re_compile(pith_lazy_re *re)
{
    return compiled(re) != NULL;
}

/* The JIT-compiled copy once re has been used PITH_JIT_AFTER times; NULL
 * before, and when the JIT does not take the pattern. */
static pcre2_code *jit_copy(pith_lazy_re *re, pcre2_code *code)
{
    pcre2_code *jit = atomic_load_explicit(&re->jit, memory_order_acquire);
    if (jit || atomic_load_explicit(&re->no_jit, memory_order_relaxed))
        return jit;
    if (atomic_fetch_add_explicit(&re->uses, 1, memory_order_relaxed) + 1 != PITH_JIT_AFTER)
        return NULL;
    pith_rules_lock();
    jit = pcre2_code_copy(code);
    if (jit && pith_jit_compile(jit) == 0) {
        atomic_store_explicit(&re->jit, jit, memory_order_release);
    } else {
        pcre2_code_free(jit);
        jit = NULL;
        atomic_store_explicit(&re->no_jit, true, memory_order_relaxed);
    }
    pith_rules_unlock();
    return jit;
}

int pith_lazy_re_match(pith_lazy_re *re, const char *s, size_t n, size_t start,
                       uint32_t options, pcre2_match_data *md)
{
    pcre2_code *code = compiled(re);
    if (!code) {
        pith_alloc_failed();
        return PCRE2_ERROR_NOMEMORY;
    }
    pcre2_code *jit = jit_copy(re, code);
    if (jit)
        return pcre2_jit_match(jit, (PCRE2_SPTR)s, n, start, options, md, NULL);
    return pcre2_match(code, (PCRE2_SPTR)s, n, start, options, md, NULL);
}

void pith_lazy_re_free(pith_lazy_re *re)
{
    pcre2_code_free(atomic_load_explicit(&re->code, memory_order_relaxed));
    pcre2_code_free(atomic_load_explicit(&re->jit, memory_order_relaxed));
    if (re->owned)
        free((void *)re->source);
    re->source = NULL;
    atomic_store_explicit(&re->code, NULL, memory_order_relaxed);
    atomic_store_explicit(&re->jit, NULL, memory_order_relaxed);
}
