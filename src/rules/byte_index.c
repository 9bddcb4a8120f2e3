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
 * one pattern; an empty list means the position is skipped without calling
 * PCRE2.
 *
 * Nothing is done for a byte before a subject needs it: its list, its
 * pattern and the pattern's compilation (lazy_re.h) wait for the first
 * subject with that byte at a place where a match may start.  In phrase
 * mode, the analysis of alternatives that begin with a character outside
 * ASCII waits too, for the first subject that needs a byte of 0x80 or more
 * (they cannot start with an ASCII byte: see first_bytes).
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "byte_index.h"

#include <pcre2.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/ascii.h"
#include "util/buf.h"
#include "alternatives.h"
#include "any_match.h"
#include "factor.h"
#include "lazy_re.h"
#include "phrase_literals.h"

/* ix->at[c][inside] before the byte's list is made. */
#define NOT_YET (-2)
/* ... and when no alternative can start with the byte. */
#define NO_RULE (-1)
/* ... when memory ran out making it (never stored). */
#define FAILED (-3)

/* An alternative longer than this gets a pattern of its own, which every
 * byte it may start with shares, rather than a copy in the pattern of each
 * such byte.  The row of share words of the phrases (2.4 KB, twice) may
 * start with most letters: copied into each letter's pattern, it was most
 * of what a page decoded, each copy a few pages of memory. */
#define STANDALONE_LEN 512
/* The longest chain of patterns a byte can need: standalone alternatives
 * and the runs of others between them (room enough for the rules). */
#define MAX_CHAIN 64

typedef struct alternative {
    const char *text;
    size_t len;
    unsigned rule;
    bool analysed;   /* first[] is known (phrase mode defers non-ASCII starts) */
    bool gated;      /* phrase mode: it has a gate of its own (any_match.h) */
    bool first[256]; /* bytes a match may start with */
} alternative;

typedef struct subset {
    unsigned *alts;                              /* alternative numbers, in order */
    unsigned n_alts;
    pith_lazy_re re;                             /* the anchored alternation */
    const unsigned char *rule_of;                /* capture group g + 1 -> rule */
    unsigned char own_rule_of[PITH_INDEX_MAX_RULES]; /* rule_of, when built here */
    /* Phrases: a text without the gate's literals does not run the subset
     * (NULL: every text runs it).  Built with the subset (from its data,
     * with the index: some eighty gates cost a process 0.2 M instructions,
     * and nothing is left to allocate while a page is read). */
    pith_any_match *gate;
    /* Phrases: the pairs of bytes a match may open with where its first
     * is ASCII (PITH_PAIR_WORDS words, alternatives.h; all set when any
     * may): at a place whose two bytes are none of them the subset is not
     * run.  own_pairs, or the data's; NULL for other rules. */
    const uint64_t *pairs;
    uint64_t *own_pairs;
    /* Phrases: the first three bytes alike (PITH_TRIPLE_WORDS words), where
     * the text's first three are ASCII.  own_triples, or the data's. */
    const uint64_t *triples;
    uint64_t *own_triples;
} subset;

struct pith_byte_index {
    pith_index_parts parts;
    uint32_t options;    /* PCRE2 compile options of the patterns */
    const char *before, *after; /* the part-boundary assertions */
    bool whole[PITH_INDEX_MAX_RULES];
    alternative *alts;
    unsigned n_alts;
    bool deferred;       /* some alternatives are not analysed yet */
    subset *subsets;     /* room for cap_subsets */
    unsigned n_subsets, cap_subsets;
    /* The chains: runs of subset numbers, each ended by -1, tried in order
     * at a position (a subset's alternatives come before the next's). */
    const short *chains; /* own_chains, or the data's */
    short *own_chains;
    unsigned n_chains, cap_chains;
    const pith_index_data *data; /* built ahead of time: its at[] is read */
    pith_lazy_re prefix; /* phrase mode: ^[\W\d_]*, the run before a phrase */
    pith_lazy_re symbol; /* phrase mode: one character of [\W\d_], anchored */
    /* Phrase mode: the alternatives that are plain words, as keys
     * (phrase_literals.h); they are in no subset.  Owned when built here. */
    pith_phrase_literals_data literals;
    bool own_literals;
    /* The chain tried at a position by its byte (its offset in chains):
     * [c][0] where a part of the string starts, [c][1] inside a part;
     * NO_RULE when no rule can match there, NOT_YET before a subject first
     * needed it.  Written once, under the rules lock, with release
     * ordering, after the chain and its subsets. */
    _Atomic short at[256][2];
    /* Built from data: the subsets' gates, in one block
     * (pith_any_gate_place), or NULL. */
    char *gate_room;
};

/* ------------------------------------------------------- alternatives */

static bool add_alternative(pith_byte_index *ix, unsigned *cap, unsigned rule, const char *text,
                            size_t len)
{
    if (ix->n_alts == *cap) {
        unsigned grown = *cap ? *cap * 2 : 256;
        alternative *a = realloc(ix->alts, grown * sizeof *a);
        if (!a)
            return false;
        ix->alts = a;
        *cap = grown;
    }
    alternative *a = &ix->alts[ix->n_alts++];
    a->text = text;
    a->len = len;
    a->rule = rule;
    a->analysed = false;
    return true;
}

typedef struct rule_cut {
    pith_byte_index *ix;
    unsigned *cap;
    unsigned rule;
    pith_literals_builder *words; /* phrase mode: the plain-word alternatives */
} rule_cut;

/* An alternative of a rule: a phrase's plain words go to the keys, every
 * other alternative to the subsets. */
static bool add_cut(void *userdata, const char *text, size_t len)
{
    rule_cut *rc = userdata;
    int plain = rc->words ? pith_literals_add(rc->words, text, len, rc->rule) : 0;
    if (plain != 0)
        return plain > 0;
    return add_alternative(rc->ix, rc->cap, rc->rule, text, len);
}

static bool is_plain(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static bool caseless(const pith_byte_index *ix)
{
    return (ix->options & PCRE2_CASELESS) != 0;
}

static unsigned char other_case(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return (unsigned char)(c - 32);
    if (c >= 'A' && c <= 'Z')
        return (unsigned char)(c + 32);
    return c;
}

/* The bytes a match of a starts with, by PCRE2's analysis.  False when the
 * alternative does not suit the index (captures, may match nothing, does
 * not compile). */
static bool analyse(const pith_byte_index *ix, alternative *a)
{
    pith_buf b = PITH_BUF_INIT;
    pith_buf_puts(&b, "(?:");
    pith_buf_append(&b, a->text, a->len);
    pith_buf_puts(&b, ")");
    int err;
    PCRE2_SIZE off;
    pcre2_code *re =
        b.oom ? NULL : pcre2_compile((PCRE2_SPTR)b.data, b.len, ix->options, &err, &off, NULL);
    pith_buf_free(&b);
    if (!re)
        return false;
    uint32_t captures = 1, min_length = 0, type = 0;
    const uint8_t *bitmap = NULL;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &captures);
    pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &min_length);
    pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type);
    memset(a->first, 0, sizeof a->first);
    if (type == 1) {
        /* One first code unit; PCRE2 does not say whether it is caseless,
         * so both cases of an ASCII letter are taken. */
        uint32_t unit = 0;
        pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &unit);
        if (unit < 256) {
            a->first[unit] = true;
            if (caseless(ix))
                a->first[other_case((unsigned char)unit)] = true;
        }
    } else {
        pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bitmap);
        for (int c = 0; c < 256; c++)
            a->first[c] = !bitmap || (bitmap[c / 8] >> (c % 8)) & 1;
    }
    pcre2_code_free(re);
    a->analysed = true;
    return captures == 0 && min_length > 0;
}

/* Find the bytes a match of a may start with, at once when it starts with
 * a plain letter or digit; else by PCRE2's analysis, which in caseless
 * mode (phrases) waits for a subject that needs it when the alternative
 * starts with a character outside ASCII: such a character and the other
 * cases of it start with a byte of 0x80 or more, but for the Kelvin sign
 * and the long s, whose other cases are k and s (see deferrable). */
static bool first_bytes(pith_byte_index *ix, alternative *a)
{
    unsigned char c = (unsigned char)a->text[0];
    if (a->len >= 2 && is_plain((char)c) && !strchr("?*{|", a->text[1])) {
        memset(a->first, 0, sizeof a->first);
        a->first[c] = true;
        if (caseless(ix)) {
            a->first[other_case(c)] = true;
            /* U+212A KELVIN SIGN (E2 84 AA) is a case of k, U+017F LATIN
             * SMALL LETTER LONG S (C5 BF) of s: PCRE2 matches them too. */
            if (c == 'k')
                a->first[0xE2] = true;
            if (c == 's')
                a->first[0xC5] = true;
        }
        a->analysed = true;
        return true;
    }
    static const char kelvin[] = "\xE2\x84\xAA", long_s[] = "\xC5\xBF";
    bool deferrable = caseless(ix) && c >= 0x80 && !(a->len >= 3 && !memcmp(a->text, kelvin, 3)) &&
                      !(a->len >= 2 && !memcmp(a->text, long_s, 2));
    if (deferrable) {
        ix->deferred = true;
        return true;
    }
    return analyse(ix, a);
}

/* Analyse the alternatives left for later (under the rules lock). */
static bool analyse_deferred(pith_byte_index *ix)
{
    for (unsigned i = 0; i < ix->n_alts; i++)
        if (!ix->alts[i].analysed && !analyse(ix, &ix->alts[i]))
            return false;
    ix->deferred = false;
    return true;
}

/* ------------------------------------------------------------ subsets */

/* Whether a phrase alternative keeps a gate in a run of others: literals
 * one of which every match holds (any_match.h).  It is asked of the
 * alternative written twice, as one alternation: a lone alternative may
 * be gated by a shorter run of plain characters, which a run of
 * alternatives is not. */
static bool alternative_gated(const pith_byte_index *ix, const alternative *a)
{
    pith_buf b = PITH_BUF_INIT;
    pith_buf_append(&b, a->text, a->len);
    pith_buf_putc(&b, '|');
    pith_buf_append(&b, a->text, a->len);
    pith_any_match *gate = b.oom ? NULL : pith_any_gate_build(b.data, b.len, ix->options);
    pith_buf_free(&b);
    pith_any_match_free(gate);
    return gate != NULL;
}

/* The n alternatives of one rule (numbers in ix->alts) as an alternation:
 * in phrase mode factored by their common first characters (factor.h: a
 * phrase is the whole text, so the order of one rule's alternatives cannot
 * change whether it matches), else in their order. */
static void write_rule_alternatives(const pith_byte_index *ix, const unsigned *nums, unsigned n,
                                    pith_buf *p)
{
    pith_regex_alt *alts = ix->parts == PITH_PARTS_PHRASE ? malloc(n * sizeof *alts) : NULL;
    if (alts) {
        for (unsigned i = 0; i < n; i++)
            alts[i] = (pith_regex_alt){ix->alts[nums[i]].text, ix->alts[nums[i]].len};
        pith_regex_factor(p, alts, n, caseless(ix));
        free(alts);
        return;
    }
    for (unsigned i = 0; i < n; i++) { /* (and when memory ran out: the same matches) */
        if (i)
            pith_buf_putc(p, '|');
        pith_buf_append(p, ix->alts[nums[i]].text, ix->alts[nums[i]].len);
    }
}

/* The gate of a phrase subset: the literals one of which every match of
 * its alternatives holds (any_match.h).  A whole-text phrase subset is
 * tried on every short block whose text starts with its byte, and most
 * hold none of its words: the gate answers for them without PCRE2.  True
 * but for want of memory (a subset without literals has no gate). */
static bool gate_subset(const pith_byte_index *ix, subset *s)
{
    pith_buf g = PITH_BUF_INIT;
    for (unsigned i = 0; i < s->n_alts; i++) {
        if (i)
            pith_buf_putc(&g, '|');
        pith_buf_append(&g, ix->alts[s->alts[i]].text, ix->alts[s->alts[i]].len);
    }
    bool ok = !g.oom;
    if (ok)
        s->gate = pith_any_gate_build(g.data, g.len, ix->options);
    pith_buf_free(&g);
    return ok;
}

/* The pairs and the triples of bytes a match of one of the subset's
 * alternatives may open with where its first is ASCII (alternatives.h):
 * every one when one alternative's are not known.  False when memory ran
 * out. */
static bool subset_openings(const pith_byte_index *ix, subset *s)
{
    uint64_t *pairs = calloc(PITH_PAIR_WORDS, sizeof *pairs);
    uint64_t *triples = calloc(PITH_TRIPLE_WORDS, sizeof *triples);
    s->pairs = s->own_pairs = pairs;
    s->triples = s->own_triples = triples;
    if (!pairs || !triples)
        return false;
    bool pairs_known = true, triples_known = true;
    for (unsigned i = 0; i < s->n_alts; i++) {
        const alternative *a = &ix->alts[s->alts[i]];
        pairs_known = pairs_known && pith_regex_opening_pairs(a->text, a->len, pairs);
        triples_known = triples_known && pith_regex_opening_triples(a->text, a->len, triples);
    }
    if (!pairs_known)
        memset(pairs, 0xFF, PITH_PAIR_WORDS * sizeof *pairs);
    if (!triples_known)
        memset(triples, 0xFF, PITH_TRIPLE_WORDS * sizeof *triples);
    return true;
}

/* Write the anchored pattern of a subset, compiled when first matched: its
 * rules in order, each one capture group holding its alternatives of the
 * subset in order; consecutive whole rules share one pair of boundary
 * assertions. */
static bool write_subset(const pith_byte_index *ix, subset *s)
{
    pith_buf p = PITH_BUF_INIT;
    unsigned groups = 0, k = 0;
    bool open = false;
    while (k < s->n_alts) {
        unsigned rule = ix->alts[s->alts[k]].rule;
        bool whole = ix->whole[rule];
        if (open && !whole) {
            pith_buf_printf(&p, ")%s", ix->after);
            open = false;
        }
        if (groups)
            pith_buf_putc(&p, '|');
        if (whole && !open) {
            pith_buf_printf(&p, "%s(?:", ix->before);
            open = true;
        }
        pith_buf_putc(&p, '(');
        unsigned from = k;
        while (k < s->n_alts && ix->alts[s->alts[k]].rule == rule)
            k++;
        write_rule_alternatives(ix, s->alts + from, k - from, &p);
        pith_buf_putc(&p, ')');
        s->own_rule_of[groups++] = (unsigned char)rule;
    }
    if (open)
        pith_buf_printf(&p, ")%s", ix->after);
    size_t len = p.len;
    char *source = p.oom ? NULL : pith_buf_detach(&p, NULL);
    pith_buf_free(&p);
    if (!source)
        return false;
    pith_lazy_re_init(&s->re, source, len, ix->options | PCRE2_ANCHORED, true);
    s->rule_of = s->own_rule_of;
    return ix->parts != PITH_PARTS_PHRASE || (subset_openings(ix, s) && gate_subset(ix, s));
}

/* The subset holding exactly the n alternatives of list (copied), added
 * when new; -1 on failure. */
static int subset_for(pith_byte_index *ix, const unsigned *list, unsigned n)
{
    for (unsigned k = 0; k < ix->n_subsets; k++)
        if (ix->subsets[k].n_alts == n && memcmp(ix->subsets[k].alts, list, n * sizeof *list) == 0)
            return (int)k;
    if (ix->n_subsets == ix->cap_subsets)
        return -1;
    subset *s = &ix->subsets[ix->n_subsets];
    memset(s, 0, sizeof *s);
    s->alts = malloc(n * sizeof *list);
    if (!s->alts)
        return -1;
    memcpy(s->alts, list, n * sizeof *list);
    s->n_alts = n;
    if (!write_subset(ix, s)) {
        pith_lazy_re_free(&s->re);
        free(s->own_pairs);
        free(s->own_triples);
        free(s->alts);
        memset(s, 0, sizeof *s);
        return -1;
    }
    return (int)ix->n_subsets++;
}

/* The chain for byte c: the alternatives that may start with c (inside a
 * part only those of substring rules), in order, in runs, each long one
 * alone.  Its offset in ix->chains; NO_RULE when there is none, FAILED
 * when memory ran out.  Called under the rules lock. */
static int make_chain(pith_byte_index *ix, int c, int inside)
{
    if (c >= 0x80 && ix->deferred && !analyse_deferred(ix))
        return FAILED;
    unsigned *list = malloc((ix->n_alts ? ix->n_alts : 1) * sizeof *list);
    if (!list)
        return FAILED;
    short chain[MAX_CHAIN];
    unsigned n = 0, links = 0;
    bool ok = true;
    for (unsigned i = 0; ok && i <= ix->n_alts; i++) {
        const alternative *a = i < ix->n_alts ? &ix->alts[i] : NULL;
        if (a && !(a->analysed && a->first[c] && !(inside && ix->whole[a->rule])))
            continue;
        bool alone = a && a->len > STANDALONE_LEN;
        /* In phrase mode a run also ends where alternatives with a gate
         * meet those without: one without would leave its run ungated. */
        bool regated = a && n > 0 && ix->parts == PITH_PARTS_PHRASE &&
                       ix->alts[list[n - 1]].gated != a->gated;
        if ((!a || alone || regated) && n > 0) { /* the run before ends */
            int k = links < MAX_CHAIN - 1 ? subset_for(ix, list, n) : -1;
            ok = k >= 0;
            chain[links++] = (short)k;
            n = 0;
        }
        if (ok && alone) {
            int k = links < MAX_CHAIN - 1 ? subset_for(ix, &i, 1) : -1;
            ok = k >= 0;
            chain[links++] = (short)k;
        } else if (a) {
            list[n++] = i;
        }
    }
    free(list);
    if (!ok || ix->n_chains + links + 1 > ix->cap_chains)
        return FAILED;
    if (links == 0)
        return NO_RULE;
    int at = (int)ix->n_chains;
    memcpy(ix->own_chains + at, chain, links * sizeof *chain);
    ix->own_chains[at + (int)links] = -1;
    ix->n_chains += links + 1;
    return at;
}

/* The chain for byte c at a part's start or inside one, made the first
 * time it is asked for; NO_RULE, or FAILED when memory ran out (recorded). */
static int chain_at(pith_byte_index *ix, unsigned char c, int inside)
{
    if (ix->data)
        return ix->data->at[c][inside];
    int k = atomic_load_explicit(&ix->at[c][inside], memory_order_acquire);
    if (k != NOT_YET)
        return k;
    pith_rules_lock();
    k = atomic_load_explicit(&ix->at[c][inside], memory_order_relaxed);
    if (k == NOT_YET) {
        k = make_chain(ix, c, inside);
        if (k != FAILED)
            atomic_store_explicit(&ix->at[c][inside], (short)k, memory_order_release);
    }
    pith_rules_unlock();
    if (k == FAILED)
        pith_alloc_failed();
    return k;
}

/* A new index of this kind, without rules yet; NULL when memory runs out. */
static pith_byte_index *new_index(pith_index_parts parts)
{
    pith_byte_index *ix = calloc(1, sizeof *ix);
    if (!ix)
        return NULL;
    ix->parts = parts;
    ix->before = "(?<![a-z0-9])";
    ix->after = "(?![a-z0-9])";
    if (parts == PITH_PARTS_TOKENS) {
        ix->before = "(?<![^ ])";
        ix->after = "(?![^ ])";
    } else if (parts == PITH_PARTS_PHRASE) {
        /* The rest of the text after the phrase: symbols, digits, spaces. */
        ix->before = "";
        ix->after = "[\\W\\d_]*$";
        ix->options = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS;
        static const char prefix[] = "^[\\W\\d_]*", symbol[] = "[\\W\\d_]";
        pith_lazy_re_init(&ix->prefix, prefix, sizeof prefix - 1, PCRE2_UTF | PCRE2_UCP, false);
        pith_lazy_re_init(&ix->symbol, symbol, sizeof symbol - 1,
                          PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED, false);
    }
    return ix;
}

pith_byte_index *pith_byte_index_build(const char *const *patterns, const bool *whole,
                                       unsigned n, pith_index_parts parts)
{
    if (n == 0 || n > PITH_INDEX_MAX_RULES)
        return NULL;
    pith_byte_index *ix = new_index(parts);
    if (!ix)
        return NULL;
    for (unsigned i = 0; i < n; i++)
        ix->whole[i] = parts == PITH_PARTS_PHRASE || whole[i];
    for (int c = 0; c < 256; c++)
        for (int inside = 0; inside < 2; inside++)
            atomic_init(&ix->at[c][inside], NOT_YET);
    unsigned cap = 0;
    bool ok = true;
    pith_literals_builder words = PITH_LITERALS_BUILDER_INIT;
    for (unsigned i = 0; ok && i < n; i++) {
        rule_cut rc = {ix, &cap, i, parts == PITH_PARTS_PHRASE ? &words : NULL};
        ok = pith_regex_alternatives(patterns[i], add_cut, &rc);
    }
    if (ok && parts == PITH_PARTS_PHRASE) {
        ok = pith_literals_finish(&words, &ix->literals);
        ix->own_literals = ok;
    }
    pith_literals_builder_free(&words);
    unsigned alone = 0, ungated = 0;
    for (unsigned i = 0; ok && i < ix->n_alts; i++) {
        ok = first_bytes(ix, &ix->alts[i]);
        alone += ix->alts[i].len > STANDALONE_LEN;
        if (ok && parts == PITH_PARTS_PHRASE)
            ungated += !(ix->alts[i].gated = alternative_gated(ix, &ix->alts[i]));
    }
    /* Room for the most any page can ask for: per (byte, inside), runs
     * between the long alternatives and around those without a gate, and
     * the long ones once.  Memory never written is never touched. */
    ix->cap_subsets = 2 * 256 * (alone + 2 * ungated + 1) + alone;
    ix->cap_chains = 2 * 256 * MAX_CHAIN;
    ix->subsets = ok ? calloc(ix->cap_subsets, sizeof *ix->subsets) : NULL;
    ix->own_chains = ix->subsets ? malloc(ix->cap_chains * sizeof *ix->own_chains) : NULL;
    ix->chains = ix->own_chains;
    if (!ix->chains) {
        pith_byte_index_free(ix);
        return NULL;
    }
    return ix;
}

/* ------------------------------------------------------------ matching */

/* Run one subset at offset p; the rule of its first set group, or -1. */
static int run_subset(subset *sub, const char *s, size_t n, size_t p, uint32_t options,
                      pcre2_match_data *md, size_t *start, size_t *len)
{
    int rc = pith_lazy_re_match(&sub->re, s, n, p, options, md);
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

/* The memory of one match call's match data, on the stack.  Its ovector
 * (a capture group per rule) is past what malloc hands out from its fast
 * per-thread caches: made and freed on each of the hundred thousand calls
 * of a page set, it cost more than the matching of most calls.  So PCRE2
 * is given a general context whose allocator takes from this buffer, and
 * from malloc what does not fit (the interpreter's frames, when a pattern
 * runs without the JIT). */
#define MATCH_MEMORY 2048

typedef struct match_memory {
    size_t used;
    _Alignas(max_align_t) unsigned char buf[MATCH_MEMORY];
    pcre2_general_context *gc;
    pcre2_match_data *md;
} match_memory;

static void *memory_take(PCRE2_SIZE size, void *data)
{
    match_memory *m = data;
    size_t need = (size + 15) & ~(size_t)15;
    if (need < size || need > sizeof m->buf - m->used) {
        /* PCRE2 answers "no match" when this fails: the extraction must
         * fail instead, not go on with a rule unmatched. */
        void *big = malloc(size);
        if (!big)
            pith_alloc_failed();
        return big;
    }
    void *p = m->buf + m->used;
    m->used += need;
    return p;
}

static void memory_give_back(void *p, void *data)
{
    match_memory *m = data;
    uintptr_t at = (uintptr_t)p, buf = (uintptr_t)m->buf;
    if (at < buf || at >= buf + sizeof m->buf)
        free(p);
}

/* Match data for the patterns of an index, made on first need (most
 * class strings start no part with a byte any rule starts with). */
static pcre2_match_data *match_data(match_memory *m)
{
    if (!m->gc && !(m->gc = pcre2_general_context_create(memory_take, memory_give_back, m))) {
        pith_alloc_failed();
        return NULL;
    }
    if (!m->md && !(m->md = pcre2_match_data_create(PITH_INDEX_MAX_RULES + 1, m->gc)))
        pith_alloc_failed();
    return m->md;
}

/* Run the chain at offset at on position p; the rule of the first match. */
static int run_chain(pith_byte_index *ix, int at, const char *s, size_t n, size_t p,
                     uint32_t options, pcre2_match_data *md, size_t *start, size_t *len)
{
    int rule = -1;
    for (const short *k = ix->chains + at; rule < 0 && *k >= 0; k++)
        rule = run_subset(&ix->subsets[*k], s, n, p, options, md, start, len);
    return rule;
}

/* The bit of the pair of bytes at p (pith_regex_pair_bit) when p's byte
 * is ASCII and another follows; PITH_PAIR_BITS when not. */
static unsigned pair_at(const pith_any_text *t, size_t p)
{
    if ((unsigned char)t->s[p] >= 0x80 || p + 1 >= t->n)
        return PITH_PAIR_BITS;
    return pith_regex_pair_bit((unsigned char)t->s[p], (unsigned char)t->s[p + 1]);
}

/* The bit of the three bytes at p (pith_regex_triple_bit) when they are
 * ASCII; PITH_TRIPLE_BITS when not, or when the text ends before. */
static unsigned triple_at(const pith_any_text *t, size_t p)
{
    if (p + 2 >= t->n || (((unsigned char)t->s[p] | (unsigned char)t->s[p + 1] |
                           (unsigned char)t->s[p + 2]) & 0x80))
        return PITH_TRIPLE_BITS;
    return pith_regex_triple_bit((unsigned char)t->s[p], (unsigned char)t->s[p + 1],
                                 (unsigned char)t->s[p + 2]);
}

/* Whether bit b (below bits) is in the set; true for b == bits (not
 * looked up). */
static bool opening_in(const uint64_t *set, unsigned b, unsigned bits)
{
    return !set || b >= bits || ((set[b / 64] >> (b % 64)) & 1);
}

/* run_chain for a phrase, for the rules before rule below: a subset that
 * cannot open with the pair of bytes at p, or whose gate says the text
 * cannot match it, is not run (and the match data is made for the first
 * that runs). */
static int run_phrase_chain(pith_byte_index *ix, int at, pith_any_text *t, size_t p,
                            int below, match_memory *md, size_t *start, size_t *len)
{
    int rule = -1;
    unsigned pair = pair_at(t, p), triple = triple_at(t, p);
    for (const short *k = ix->chains + at; rule < 0 && *k >= 0; k++) {
        subset *sub = &ix->subsets[*k];
        if (sub->rule_of[0] >= below)
            break; /* its rules, and the next subsets', come after the one found */
        if (!opening_in(sub->pairs, pair, PITH_PAIR_BITS) ||
            !opening_in(sub->triples, triple, PITH_TRIPLE_BITS))
            continue;
        if (sub->gate && !pith_any_match_may_match(sub->gate, t))
            continue;
        if (!match_data(md))
            return -1;
        rule = run_subset(sub, t->s, t->n, p, PCRE2_NO_UTF_CHECK, md->md, start, len);
    }
    return rule;
}

/* Class strings: positions from the left, and at each the chain for its
 * byte: the first match is the plain alternation's first match. */
static int match_parts(pith_byte_index *ix, const char *s, size_t n, match_memory *md,
                       size_t *start, size_t *len)
{
    int rule = -1;
    for (size_t p = 0; p < n && rule < 0; p++) {
        int inside = p > 0 && (ix->parts == PITH_PARTS_TOKENS ? s[p - 1] != ' '
                                                                : is_plain(s[p - 1]));
        int k = chain_at(ix, (unsigned char)s[p], inside);
        if (k == FAILED || (k >= 0 && !match_data(md)))
            return -1;
        if (k >= 0)
            rule = run_chain(ix, k, s, n, p, 0, md->md, start, len);
    }
    return rule;
}

/* Phrases: the whole text is ^[\W\d_]*(?:rules)[\W\d_]*$.  The plain
 * pattern takes the longest run of [\W\d_] first and gives it back one
 * character at a time; at each place it tries the rules in order.  So the
 * places are tried from the end of that run back to the start of the text,
 * each with the subset of its byte. */
/* The length of the run of [\W\d_] that opens s, as ix->prefix matches
 * it; -1 when memory ran out.  Of ASCII, only the letters are not in the
 * class: when the run ends at one (or at the end) before any byte of 0x80
 * or more, it is counted here without running the pattern. */
static long prefix_run(pith_byte_index *ix, const char *s, size_t n, match_memory *md)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80 && !pith_ascii_is_alpha(s[i]))
        i++;
    if (i == n || (unsigned char)s[i] < 0x80)
        return (long)i;
    if (!match_data(md) || pith_lazy_re_match(&ix->prefix, s, n, 0, PCRE2_NO_UTF_CHECK, md->md) <= 0)
        return -1;
    return (long)pcre2_get_ovector_pointer(md->md)[1];
}

/* Where the core of s ends: after its last character outside [\W\d_],
 * looked for from the end back to run (where the core starts); -1 when
 * memory ran out.  ASCII is read here, other characters by ix->symbol. */
static long core_end(pith_byte_index *ix, const char *s, size_t n, size_t run,
                     match_memory *md)
{
    size_t end = n;
    while (end > run) {
        unsigned char c = (unsigned char)s[end - 1];
        if (c < 0x80) {
            if (pith_ascii_is_alpha((char)c))
                break;
            end--;
            continue;
        }
        size_t q = end - 1;
        while (q > run && ((unsigned char)s[q] & 0xC0) == 0x80)
            q--;
        if (!match_data(md))
            return -1;
        int rc = pith_lazy_re_match(&ix->symbol, s, n, q, PCRE2_NO_UTF_CHECK, md->md);
        if (rc == PCRE2_ERROR_NOMEMORY)
            return -1;
        if (rc <= 0)
            break;
        end = q;
    }
    return (long)end;
}

/* The rule of the plain words the core of t's text is (phrase_literals.h),
 * the core starting at run: -1 when none, -2 when memory ran out.  A key
 * opens with an ASCII letter, which the Kelvin sign and the long s match
 * too (their lead bytes E2 and C5). */
static int literal_rule(pith_byte_index *ix, pith_any_text *t, size_t run, match_memory *md)
{
    if (!ix->literals.n_entries || run >= t->n)
        return -1;
    unsigned char c = (unsigned char)t->s[run];
    if (c < 0x80 ? !pith_ascii_is_alpha((char)c) : c != 0xE2 && c != 0xC5)
        return -1;
    long end = core_end(ix, t->s, t->n, run, md);
    if (end < 0)
        return -2;
    return pith_phrase_literals_rule(&ix->literals, t->s + run, (size_t)end - run);
}

static int match_phrase(pith_byte_index *ix, pith_any_text *t, match_memory *md,
                        size_t *start, size_t *len)
{
    const char *s = t->s;
    size_t n = t->n;
    long run = prefix_run(ix, s, n, md);
    if (run < 0)
        return -1;
    /* The plain words can match only the core, at run, where the patterns
     * of the rules before theirs are tried first. */
    int words = literal_rule(ix, t, (size_t)run, md);
    if (words == -2)
        return -1;
    for (size_t p = (size_t)run + 1; p-- > 0;) {
        if (p >= n || ((unsigned char)s[p] & 0xC0) == 0x80)
            continue; /* the end, or inside a character */
        int below = p == (size_t)run && words >= 0 ? words : PITH_INDEX_MAX_RULES;
        int k = chain_at(ix, (unsigned char)s[p], 0);
        if (k == FAILED)
            return -1;
        int rule = k >= 0 ? run_phrase_chain(ix, k, t, p, below, md, start, len) : -1;
        if (rule >= 0 && rule < below) {
            *len += *start; /* the whole text, as the plain pattern matches it */
            *start = 0;
            return rule;
        }
        if (below < PITH_INDEX_MAX_RULES) {
            *start = 0;
            *len = n;
            return below;
        }
    }
    return -1;
}

/* The first match in t's text, of a phrase index when t is given (else
 * of class strings). */
static int match_text(pith_byte_index *ix, const char *s, size_t n, pith_any_text *t,
                      size_t *start, size_t *len)
{
    size_t dummy;
    match_memory m;
    m.used = 0;
    m.gc = NULL;
    m.md = NULL;
    int rule = t ? match_phrase(ix, t, &m, start ? start : &dummy, len ? len : &dummy)
                 : match_parts(ix, s, n, &m, start ? start : &dummy, len ? len : &dummy);
    pcre2_match_data_free(m.md);
    pcre2_general_context_free(m.gc);
    return rule;
}

int pith_byte_index_match(pith_byte_index *ix, const char *s, size_t n, size_t *start,
                          size_t *len)
{
    if (ix->parts != PITH_PARTS_PHRASE)
        return match_text(ix, s, n, NULL, start, len);
    pith_any_text t;
    pith_any_text_init(&t, s, n);
    int rule = match_text(ix, s, n, &t, start, len);
    pith_any_text_free(&t);
    return rule;
}

int pith_byte_index_match_text(pith_byte_index *ix, pith_any_text *t, size_t *start,
                               size_t *len)
{
    if (ix->parts != PITH_PARTS_PHRASE)
        return match_text(ix, t->s, t->n, NULL, start, len);
    return match_text(ix, t->s, t->n, t, start, len);
}

unsigned pith_byte_index_gates(const pith_byte_index *ix, pith_any_match **out, unsigned cap)
{
    unsigned n = 0;
    for (unsigned k = 0; k < ix->n_subsets; k++)
        if (ix->subsets[k].gate && n < cap)
            out[n++] = ix->subsets[k].gate;
    return n;
}

bool pith_byte_index_compile(pith_byte_index *ix)
{
    for (int c = 0; c < 256; c++)
        for (int inside = 0; inside < (ix->parts == PITH_PARTS_PHRASE ? 1 : 2); inside++) {
            if (chain_at(ix, (unsigned char)c, inside) == FAILED)
                return false;
        }
    for (unsigned k = 0; k < ix->n_subsets; k++)
        if (!pith_lazy_re_compile(&ix->subsets[k].re))
            return false;
    return ix->parts != PITH_PARTS_PHRASE || pith_lazy_re_compile(&ix->prefix);
}

bool pith_byte_index_export(pith_byte_index *ix, pith_index_data *out)
{
    memset(out, 0, sizeof *out);
    if (!pith_byte_index_compile(ix))
        return false;
    out->parts = ix->parts;
    out->options = ix->options;
    for (int c = 0; c < 256; c++)
        for (int inside = 0; inside < 2; inside++) {
            int k = atomic_load_explicit(&ix->at[c][inside], memory_order_relaxed);
            out->at[c][inside] = (short)(k >= 0 ? k : NO_RULE);
        }
    pith_subset_data *subsets = calloc(ix->n_subsets ? ix->n_subsets : 1, sizeof *subsets);
    short *chains = malloc((ix->n_chains ? ix->n_chains : 1) * sizeof *chains);
    out->subsets = subsets;
    out->chains = chains;
    bool ok = subsets && chains;
    if (ok) {
        memcpy(chains, ix->chains, ix->n_chains * sizeof *chains);
        out->n_chains = ix->n_chains;
    }
    for (unsigned k = 0; ok && k < ix->n_subsets; k++) {
        memcpy(subsets[k].rule_of, ix->subsets[k].rule_of, sizeof subsets[k].rule_of);
        if (ix->subsets[k].gate)
            pith_any_gate_export(ix->subsets[k].gate, &subsets[k].gate);
        subsets[k].pairs = ix->subsets[k].pairs;
        subsets[k].triples = ix->subsets[k].triples;
        ok = pith_lazy_re_export(&ix->subsets[k].re, &subsets[k].re);
        out->n_subsets = k + 1;
    }
    if (ok && ix->parts == PITH_PARTS_PHRASE)
        ok = pith_lazy_re_export(&ix->prefix, &out->prefix);
    if (ix->literals.n_entries)
        out->literals = &ix->literals;
    if (!ok)
        pith_index_data_free(out);
    return ok;
}

void pith_index_data_free(pith_index_data *data)
{
    pith_subset_data *subsets = (pith_subset_data *)data->subsets;
    for (unsigned k = 0; subsets && k < data->n_subsets; k++)
        pith_re_data_free(&subsets[k].re);
    free(subsets);
    free((short *)data->chains);
    pith_re_data_free(&data->prefix);
    memset(data, 0, sizeof *data);
}

pith_byte_index *pith_byte_index_from_data(const pith_index_data *data)
{
    pith_byte_index *ix = new_index((pith_index_parts)data->parts);
    if (!ix)
        return NULL;
    /* The chains and the byte table are read where the data is; only
     * each subset's state (its pattern, compiled when first needed) is
     * memory of its own. */
    ix->data = data;
    ix->chains = data->chains;
    ix->n_chains = ix->cap_chains = data->n_chains;
    /* (each subset is set in full: no block is cleared first) */
    ix->subsets = malloc((data->n_subsets ? data->n_subsets : 1) * sizeof *ix->subsets);
    if (!ix->subsets) {
        pith_byte_index_free(ix);
        return NULL;
    }
    unsigned gates = 0;
    for (unsigned k = 0; k < data->n_subsets; k++)
        gates += data->subsets[k].gate.literals != NULL;
    char *room = ix->gate_room = gates ? malloc(gates * pith_any_gate_room()) : NULL;
    for (unsigned k = 0; k < data->n_subsets; k++) {
        const pith_subset_data *d = &data->subsets[k];
        ix->subsets[k] = (subset){.rule_of = d->rule_of, .pairs = d->pairs,
                                  .triples = d->triples};
        pith_lazy_re_init_data(&ix->subsets[k].re, &d->re);
        /* a gate that memory did not allow is none: the subset runs */
        if (d->gate.literals && room) {
            ix->subsets[k].gate = pith_any_gate_place(room, &d->gate, data->options);
            room += pith_any_gate_room();
        }
    }
    ix->n_subsets = ix->cap_subsets = data->n_subsets;
    if (ix->parts == PITH_PARTS_PHRASE)
        pith_lazy_re_init_data(&ix->prefix, &data->prefix);
    if (data->literals)
        ix->literals = *data->literals;
    return ix;
}

void pith_byte_index_free(pith_byte_index *ix)
{
    if (!ix)
        return;
    for (unsigned k = 0; k < ix->n_subsets; k++) {
        pith_lazy_re_free(&ix->subsets[k].re);
        if (ix->gate_room)
            pith_any_gate_unplace(ix->subsets[k].gate);
        else
            pith_any_match_free(ix->subsets[k].gate);
        free(ix->subsets[k].own_pairs);
        free(ix->subsets[k].own_triples);
        free(ix->subsets[k].alts);
    }
    if (ix->parts == PITH_PARTS_PHRASE) {
        pith_lazy_re_free(&ix->prefix);
        pith_lazy_re_free(&ix->symbol);
    }
    if (ix->own_literals)
        pith_phrase_literals_free(&ix->literals);
    free(ix->subsets);
    free(ix->gate_room);
    free(ix->own_chains);
    free(ix->alts);
    free(ix);
}
