/*
 * any_match.c — a boolean matcher cut into alternatives (see any_match.h).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "any_match.h"

#include <pcre2.h>
#include <stdlib.h>

#include "alternatives.h"

#define MAX_PIECES 128

struct pith_any_match {
    pcre2_code *pieces[MAX_PIECES];
    unsigned n;
    uint32_t options;
};

static pcre2_code *compile_piece(const char *text, size_t len, uint32_t options)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)text, len, options, &err, &off, NULL);
    if (re)
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* else the interpreter runs it */
    return re;
}

static bool add_piece(void *userdata, const char *text, size_t len)
{
    pith_any_match *m = userdata;
    if (m->n == MAX_PIECES)
        return false;
    pcre2_code *re = compile_piece(text, len, m->options);
    if (!re)
        return false;
    m->pieces[m->n++] = re;
    return true;
}

static void free_pieces(pith_any_match *m)
{
    for (unsigned i = 0; i < m->n; i++)
        pcre2_code_free(m->pieces[i]);
    m->n = 0;
}

pith_any_match *pith_any_match_build(const char *pattern, uint32_t options)
{
    pith_any_match *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->options = options;
    if (!pith_regex_alternatives(pattern, add_piece, m)) {
        free_pieces(m); /* keep the pattern whole */
        pcre2_code *re = compile_piece(pattern, PCRE2_ZERO_TERMINATED, options);
        if (!re) {
            free(m);
            return NULL;
        }
        m->pieces[m->n++] = re;
    }
    return m;
}

bool pith_any_match_run(const pith_any_match *m, const char *s, size_t n)
{
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    if (!md)
        return false;
    bool found = false;
    for (unsigned i = 0; i < m->n && !found; i++)
        found = pcre2_match(m->pieces[i], (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md, NULL) >= 0;
    pcre2_match_data_free(md);
    return found;
}

void pith_any_match_free(pith_any_match *m)
{
    if (!m)
        return;
    free_pieces(m);
    free(m);
}
