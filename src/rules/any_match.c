/*
 * any_match.c — a boolean matcher cut into alternatives (see any_match.h).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "any_match.h"

#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"
#include "alternatives.h"
#include "jit.h"

#define MAX_PIECES 128
#define MIN_LITERAL 3

typedef struct piece {
    pcre2_code *re;
    char literal[32]; /* ASCII text every match contains ("" when none known);
                         lower case when the pattern is caseless */
} piece;

struct pith_any_match {
    piece pieces[MAX_PIECES];
    unsigned n;
    uint32_t options;
    bool any_literal;
};

/* The longest run of plain ASCII characters that every match of the
 * alternative p[0..len) must contain: outside groups, classes, escapes and
 * quantifier braces, and not made optional by a quantifier.  Shorter than
 * MIN_LITERAL: none. */
static void required_literal(const char *p, size_t len, bool caseless, char out[32])
{
    size_t best_at = 0, best_len = 0, run_at = 0, run_len = 0;
    int depth = 0;
    out[0] = '\0';
    for (size_t i = 0; i < len; i++) {
        char c = p[i];
        bool literal = false;
        if (c == '\\') {
            i++; /* an escape is never part of a run: skip all of it */
            if (i < len && p[i] == 'c')
                i++; /* \cX */
            else if (i < len && p[i] == 'x')
                while (i + 1 < len && pith_ascii_is_hex(p[i + 1]))
                    i++; /* \xhh (and more digits: skipping too many is safe) */
        } else if (c == '[') {
            i++;
            if (i < len && p[i] == '^')
                i++;
            if (i < len && p[i] == ']')
                i++; /* a leading ']' is a literal */
            for (; i < len && p[i] != ']'; i++)
                if (p[i] == '\\')
                    i++;
        } else if (c == '{') {
            while (i < len && p[i] != '}')
                i++;
        } else if (c == '(') {
            depth++;
        } else if (c == ')') {
            depth--;
        } else if (depth == 0 && (unsigned char)c < 0x80 && !strchr("^$.|?*+}", c)) {
            char next = i + 1 < len ? p[i + 1] : '\0';
            literal = next != '?' && next != '*' && next != '{' && next != '+';
        }
        if (!literal) {
            run_len = 0;
            continue;
        }
        if (run_len++ == 0)
            run_at = i;
        if (run_len > best_len) {
            best_at = run_at;
            best_len = run_len;
        }
    }
    if (best_len < MIN_LITERAL || best_len >= 32)
        return;
    for (size_t k = 0; k < best_len; k++)
        out[k] = caseless ? pith_ascii_lower(p[best_at + k]) : p[best_at + k];
    out[best_len] = '\0';
}

static bool add_piece(void *userdata, const char *text, size_t len)
{
    pith_any_match *m = userdata;
    if (m->n == MAX_PIECES)
        return false;
    pcre2_code *re = pith_pattern_compile(text, len, m->options);
    if (!re)
        return false;
    piece *pc = &m->pieces[m->n++];
    pc->re = re;
    required_literal(text, len, (m->options & PCRE2_CASELESS) != 0, pc->literal);
    m->any_literal |= pc->literal[0] != '\0';
    return true;
}

static void free_pieces(pith_any_match *m)
{
    for (unsigned i = 0; i < m->n; i++)
        pcre2_code_free(m->pieces[i].re);
    m->n = 0;
    m->any_literal = false;
}

pith_any_match *pith_any_match_build(const char *pattern, uint32_t options)
{
    pith_any_match *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->options = options;
    if (!pith_regex_alternatives(pattern, add_piece, m)) {
        free_pieces(m); /* keep the pattern whole */
        pcre2_code *re = pith_pattern_compile(pattern, PCRE2_ZERO_TERMINATED, options);
        if (!re) {
            free(m);
            return NULL;
        }
        m->pieces[m->n].re = re;
        m->pieces[m->n++].literal[0] = '\0';
    }
    return m;
}

/* In ASCII text a piece whose required literal is absent cannot match:
 * caseless, an ASCII letter matches only its two ASCII cases there (its
 * other Unicode case partners, such as the Kelvin sign for k, are not
 * ASCII).  Other text always goes to PCRE2. */
bool pith_any_match_run(const pith_any_match *m, const char *s, size_t n)
{
    char *text = NULL; /* s, NUL-terminated, lower-cased if caseless */
    if (m->any_literal && pith_ascii_run(s, n) == n && (text = malloc(n + 1)) != NULL) {
        bool caseless = (m->options & PCRE2_CASELESS) != 0;
        for (size_t i = 0; i < n; i++)
            text[i] = caseless ? pith_ascii_lower(s[i]) : s[i];
        text[n] = '\0';
    }
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    bool found = false;
    for (unsigned i = 0; md && i < m->n && !found; i++) {
        const piece *pc = &m->pieces[i];
        if (text && pc->literal[0] && !strstr(text, pc->literal))
            continue;
        found = pcre2_match(pc->re, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md, NULL) >= 0;
    }
    pcre2_match_data_free(md);
    free(text);
    return found;
}

void pith_any_match_free(pith_any_match *m)
{
    if (!m)
        return;
    free_pieces(m);
    free(m);
}
