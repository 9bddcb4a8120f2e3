/*
 * byte_index.c — rules split by the first byte of a match (see
 * byte_index.h).
 *
 * Each rule is cut into its top-level alternatives ("share|social-\w+" is
 * "share" and "social-\w+"), and each alternative's possible first bytes
 * are found: at once for one that starts with a plain letter or digit,
 * otherwise by PCRE2's own analysis.  For every byte c there are then two
 * lists of alternatives: those that may start with c (tried where a part of
 * the class string starts: at its start or after a byte that is not a
 * letter or digit), and of those only the substring rules' (tried inside a
 * part).  Each list becomes one anchored pattern in which every rule keeps
 * its capture group and its alternatives their order.  Equal lists share
 * one compiled pattern; an empty list means the position is skipped without
 * calling PCRE2.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "byte_index.h"

#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "alternatives.h"
#include "jit.h"

typedef struct alternative {
    const char *text;
    size_t len;
    unsigned rule;
    bool first[256]; /* bytes a match may start with */
} alternative;

typedef struct subset {
    unsigned *alts;                              /* alternative numbers, in order */
    unsigned n_alts;
    pcre2_code *re;                              /* the anchored alternation */
    bool jit;                                    /* re is JIT-compiled */
    unsigned char rule_of[PITH_INDEX_MAX_RULES]; /* capture group g + 1 -> rule */
} subset;

struct pith_byte_index {
    subset *subsets;
    unsigned n_subsets;
    pith_index_parts parts;
    /* The subset tried at a position by its byte: [c][0] where a part of
     * the string starts, [c][1] inside a part; -1 when no rule can match. */
    short at[256][2];
};

typedef struct builder {
    const char *const *patterns;
    const bool *whole;
    const char *before, *after; /* the part-boundary assertions */
    unsigned n_rules;
    alternative *alts;
    unsigned n_alts, cap_alts;
} builder;

/* ------------------------------------------------------- alternatives */

static bool add_alternative(builder *b, unsigned rule, const char *text, size_t len)
{
    if (b->n_alts == b->cap_alts) {
        unsigned cap = b->cap_alts ? b->cap_alts * 2 : 256;
        alternative *a = realloc(b->alts, cap * sizeof *a);
        if (!a)
            return false;
        b->alts = a;
        b->cap_alts = cap;
    }
    alternative *a = &b->alts[b->n_alts++];
    a->text = text;
    a->len = len;
    a->rule = rule;
    return true;
}

typedef struct rule_cut {
    builder *b;
    unsigned rule;
} rule_cut;

static bool add_cut(void *userdata, const char *text, size_t len)
{
    rule_cut *rc = userdata;
    return add_alternative(rc->b, rc->rule, text, len);
}

static bool is_plain(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The bytes a match of the alternative may start with.  False when it
 * does not suit the index (captures, may match nothing, does not
 * compile). */
static bool find_first_bytes(alternative *a)
{
    memset(a->first, 0, sizeof a->first);
    if (a->len >= 2 && is_plain(a->text[0]) && !strchr("?*{|", a->text[1])) {
        a->first[(unsigned char)a->text[0]] = true; /* a literal letter or digit */
        return true;
    }
    pith_buf b = PITH_BUF_INIT;
    pith_buf_puts(&b, "(?:");
    pith_buf_append(&b, a->text, a->len);
    pith_buf_puts(&b, ")");
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = b.oom ? NULL : pcre2_compile((PCRE2_SPTR)b.data, b.len, 0, &err, &off, NULL);
    pith_buf_free(&b);
    if (!re)
        return false;
    uint32_t captures = 1, min_length = 0, type = 0;
    const uint8_t *bitmap = NULL;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &captures);
    pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &min_length);
    pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type);
    if (type == 1) {
        uint32_t unit = 0;
        pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &unit);
        if (unit < 256)
            a->first[unit] = true;
    } else {
        pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bitmap);
        for (int c = 0; c < 256; c++)
            a->first[c] = !bitmap || (bitmap[c / 8] >> (c % 8)) & 1;
    }
    pcre2_code_free(re);
    return captures == 0 && min_length > 0;
}

/* ------------------------------------------------------------ subsets */

/* Compile the anchored pattern of a subset: its rules in order, each one
 * capture group holding its alternatives of the subset in order;
 * consecutive whole rules share one pair of boundary assertions. */
static bool compile_subset(const builder *b, subset *s)
{
    pith_buf p = PITH_BUF_INIT;
    unsigned groups = 0, k = 0;
    bool open = false;
    while (k < s->n_alts) {
        unsigned rule = b->alts[s->alts[k]].rule;
        bool whole = b->whole[rule];
        if (open && !whole) {
            pith_buf_printf(&p, ")%s", b->after);
            open = false;
        }
        if (groups)
            pith_buf_putc(&p, '|');
        if (whole && !open) {
            pith_buf_printf(&p, "%s(?:", b->before);
            open = true;
        }
        pith_buf_putc(&p, '(');
        for (bool first = true; k < s->n_alts && b->alts[s->alts[k]].rule == rule; k++) {
            if (!first)
                pith_buf_putc(&p, '|');
            pith_buf_append(&p, b->alts[s->alts[k]].text, b->alts[s->alts[k]].len);
            first = false;
        }
        pith_buf_putc(&p, ')');
        s->rule_of[groups++] = (unsigned char)rule;
    }
    if (open)
        pith_buf_printf(&p, ")%s", b->after);
    int err;
    PCRE2_SIZE off;
    s->re = p.oom ? NULL : pcre2_compile((PCRE2_SPTR)p.data, p.len, PCRE2_ANCHORED, &err, &off,
                                               NULL);
    pith_buf_free(&p);
    s->jit = s->re && pith_jit_compile(s->re) == 0;
    return s->re != NULL;
}

/* The subset holding exactly these alternatives (taking list), added and
 * compiled when new; -1 on failure (list is then freed). */
static int subset_for(pith_byte_index *ix, const builder *b, unsigned *list, unsigned n)
{
    for (unsigned k = 0; k < ix->n_subsets; k++)
        if (ix->subsets[k].n_alts == n && memcmp(ix->subsets[k].alts, list, n * sizeof *list) == 0) {
            free(list);
            return (int)k;
        }
    subset *s = &ix->subsets[ix->n_subsets];
    memset(s, 0, sizeof *s);
    s->alts = list;
    s->n_alts = n;
    if (!compile_subset(b, s)) {
        free(list);
        s->alts = NULL;
        return -1;
    }
    return (int)ix->n_subsets++;
}

/* Fill ix->at[c][inside]: the alternatives that may start with byte c,
 * inside a part only those of substring rules. */
static bool index_byte(pith_byte_index *ix, const builder *b, int c, int inside)
{
    unsigned *list = malloc((b->n_alts ? b->n_alts : 1) * sizeof *list);
    if (!list)
        return false;
    unsigned n = 0;
    for (unsigned i = 0; i < b->n_alts; i++)
        if (b->alts[i].first[c] && !(inside && b->whole[b->alts[i].rule]))
            list[n++] = i;
    if (n == 0) {
        free(list);
        ix->at[c][inside] = -1;
        return true;
    }
    int k = subset_for(ix, b, list, n);
    ix->at[c][inside] = (short)k;
    return k >= 0;
}

pith_byte_index *pith_byte_index_build(const char *const *patterns, const bool *whole,
                                       unsigned n, pith_index_parts parts)
{
    if (n == 0 || n > PITH_INDEX_MAX_RULES)
        return NULL;
    builder b = {patterns, whole, "(?<![a-z0-9])", "(?![a-z0-9])", n, NULL, 0, 0};
    if (parts == PITH_PARTS_TOKENS) {
        b.before = "(?<![^ ])";
        b.after = "(?![^ ])";
    }
    bool ok = true;
    for (unsigned i = 0; ok && i < n; i++) {
        rule_cut rc = {&b, i};
        ok = pith_regex_alternatives(patterns[i], add_cut, &rc);
    }
    for (unsigned i = 0; ok && i < b.n_alts; i++)
        ok = find_first_bytes(&b.alts[i]);
    pith_byte_index *ix = ok ? calloc(1, sizeof *ix) : NULL;
    if (ix)
        ix->subsets = calloc(2 * 256, sizeof *ix->subsets);
    ok = ix && ix->subsets;
    if (ok)
        ix->parts = parts;
    for (int c = 0; ok && c < 256; c++)
        ok = index_byte(ix, &b, c, 0) && index_byte(ix, &b, c, 1);
    free(b.alts);
    if (!ok) {
        pith_byte_index_free(ix);
        return NULL;
    }
    return ix;
}

/* ------------------------------------------------------------ matching */

/* Run one subset at offset p; the rule of its first set group, or -1. */
static int run_subset(const subset *sub, const char *s, size_t n, size_t p,
                      pcre2_match_data *md, size_t *start, size_t *len)
{
    int rc = sub->jit ? pcre2_jit_match(sub->re, (PCRE2_SPTR)s, n, p, 0, md, NULL)
                      : pcre2_match(sub->re, (PCRE2_SPTR)s, n, p, 0, md, NULL);
    if (rc <= 0)
        return -1;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    for (int g = 1; g < rc; g++)
        if (ov[2 * g] != PCRE2_UNSET) {
            *start = ov[0];
            *len = ov[1] - ov[0];
            return sub->rule_of[g - 1];
        }
    return -1;
}

/* Positions from the left, and at each the subset for its byte: the first
 * match is the plain alternation's first match. */
int pith_byte_index_match(const pith_byte_index *ix, const char *s, size_t n, size_t *start,
                          size_t *len)
{
    pcre2_match_data *md = NULL;
    size_t dummy;
    int rule = -1;
    for (size_t p = 0; p < n && rule < 0; p++) {
        int inside = p > 0 && (ix->parts == PITH_PARTS_TOKENS ? s[p - 1] != ' '
                                                                : is_plain(s[p - 1]));
        int k = ix->at[(unsigned char)s[p]][inside];
        if (k < 0)
            continue;
        if (!md && !(md = pcre2_match_data_create(PITH_INDEX_MAX_RULES + 1, NULL)))
            return -1;
        rule = run_subset(&ix->subsets[k], s, n, p, md, start ? start : &dummy,
                          len ? len : &dummy);
    }
    pcre2_match_data_free(md);
    return rule;
}

void pith_byte_index_free(pith_byte_index *ix)
{
    if (!ix)
        return;
    for (unsigned k = 0; k < ix->n_subsets; k++) {
        pcre2_code_free(ix->subsets[k].re);
        free(ix->subsets[k].alts);
    }
    free(ix->subsets);
    free(ix);
}
