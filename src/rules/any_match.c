/*
 * any_match.c — a boolean matcher cut into alternatives (see any_match.h).
 */
#include "any_match.h"

#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"
#include "alternatives.h"
#include "lazy_re.h"

#define MAX_PIECES 128
#define MIN_LITERAL 3

typedef struct piece {
    pith_lazy_re re;  /* compiled the first time a text gets this far */
    char literal[32]; /* ASCII text every match contains ("" when none known);
                         lower case when the pattern is caseless */
} piece;

struct pith_any_match {
    unsigned n, cap;
    uint32_t options;
    bool any_literal;
    piece pieces[]; /* cap of them: MAX_PIECES while cutting, else n */
};

/* A matcher with room for cap pieces; NULL when memory runs out. */
static pith_any_match *new_matcher(uint32_t options, unsigned cap)
{
    pith_any_match *m = calloc(1, sizeof *m + cap * sizeof(piece));
    if (m) {
        m->options = options;
        m->cap = cap;
    }
    return m;
}

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
    if (m->n == m->cap)
        return false;
    piece *pc = &m->pieces[m->n++];
    pith_lazy_re_init(&pc->re, text, len, m->options, false);
    required_literal(text, len, (m->options & PCRE2_CASELESS) != 0, pc->literal);
    m->any_literal |= pc->literal[0] != '\0';
    return true;
}

static void free_pieces(pith_any_match *m)
{
    for (unsigned i = 0; i < m->n; i++)
        pith_lazy_re_free(&m->pieces[i].re);
    m->n = 0;
    m->any_literal = false;
}

pith_any_match *pith_any_match_build(const char *pattern, uint32_t options)
{
    pith_any_match *m = new_matcher(options, MAX_PIECES);
    if (!m)
        return NULL;
    if (!pith_regex_alternatives(pattern, add_piece, m)) {
        free_pieces(m); /* keep the pattern whole */
        pith_lazy_re_init(&m->pieces[0].re, pattern, strlen(pattern), options, false);
        m->pieces[0].literal[0] = '\0';
        m->n = 1;
    }
    return m;
}

bool pith_any_match_compile(pith_any_match *m)
{
    for (unsigned i = 0; i < m->n; i++)
        if (!pith_lazy_re_compile(&m->pieces[i].re))
            return false;
    return true;
}

/* In ASCII text a piece whose required literal is absent cannot match:
 * caseless, an ASCII letter matches only its two ASCII cases there (its
 * other Unicode case partners, such as the Kelvin sign for k, are not
 * ASCII).  Other text always goes to PCRE2. */
bool pith_any_match_run(pith_any_match *m, const char *s, size_t n)
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
        piece *pc = &m->pieces[i];
        if (text && pc->literal[0] && !strstr(text, pc->literal))
            continue;
        found = pith_lazy_re_match(&pc->re, s, n, 0, PCRE2_NO_UTF_CHECK, md) >= 0;
    }
    pcre2_match_data_free(md);
    free(text);
    return found;
}

bool pith_any_match_export(pith_any_match *m, pith_any_match_data *out)
{
    memset(out, 0, sizeof *out);
    pith_piece_data *pieces = calloc(m->n ? m->n : 1, sizeof *pieces);
    if (!pieces)
        return false;
    out->options = m->options;
    out->pieces = pieces;
    bool ok = true;
    for (unsigned i = 0; ok && i < m->n; i++) {
        memcpy(pieces[i].literal, m->pieces[i].literal, sizeof pieces[i].literal);
        ok = pith_lazy_re_export(&m->pieces[i].re, &pieces[i].re);
        out->n = i + 1;
    }
    if (!ok)
        pith_any_match_data_free(out);
    return ok;
}

void pith_any_match_data_free(pith_any_match_data *data)
{
    pith_piece_data *pieces = (pith_piece_data *)data->pieces;
    for (unsigned i = 0; pieces && i < data->n; i++)
        pith_re_data_free(&pieces[i].re);
    free(pieces);
    memset(data, 0, sizeof *data);
}

pith_any_match *pith_any_match_from_data(const pith_any_match_data *data)
{
    pith_any_match *m = new_matcher(data->options, data->n);
    if (!m)
        return NULL;
    for (unsigned i = 0; i < data->n; i++) {
        pith_lazy_re_init_data(&m->pieces[i].re, &data->pieces[i].re);
        memcpy(m->pieces[i].literal, data->pieces[i].literal, sizeof m->pieces[i].literal);
        m->any_literal |= m->pieces[i].literal[0] != '\0';
        m->n = i + 1;
    }
    return m;
}

void pith_any_match_free(pith_any_match *m)
{
    if (!m)
        return;
    free_pieces(m);
    free(m);
}
