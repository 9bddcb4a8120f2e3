/*
 * byte_index_test.c — the first-byte index of the class rules
 * (src/rules/byte_index.c) answers exactly as the plain PCRE2 alternation it
 * replaces: same rule, same match span, on hand-made strings, on the real
 * rule table with generated class strings, and it refuses rules it cannot
 * split.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "testutil.h"

#include <pcre2.h>
#include <stdbool.h>

#include "rules/alternatives.h"
#include "rules/byte_index.h"
#include "rules/class_tokens.h"
#include "rules/phrases.h"
#include "rules/rules.h"
#include "util/buf.h"

/* The plain alternation, as rules.c builds it without the index. */
typedef struct reference {
    pcre2_code *re;
} reference;

static reference reference_parts(const char *const *patterns, const bool *whole, unsigned n,
                                 pith_index_parts parts)
{
    const char *before = parts == PITH_PARTS_WORDS ? "(?<![a-z0-9])" : "(?<![^ ])";
    const char *after = parts == PITH_PARTS_WORDS ? "(?![a-z0-9])" : "(?![^ ])";
    pith_buf b = PITH_BUF_INIT;
    for (unsigned i = 0; i < n; i++) {
        if (i)
            pith_buf_putc(&b, '|');
        if (whole[i])
            pith_buf_printf(&b, "%s(%s)%s", before, patterns[i], after);
        else
            pith_buf_printf(&b, "(%s)", patterns[i]);
    }
    int err;
    PCRE2_SIZE off;
    reference r = {pcre2_compile((PCRE2_SPTR)b.data, b.len, 0, &err, &off, NULL)};
    assert_non_null(r.re);
    pith_buf_free(&b);
    return r;
}

static reference reference_of(const char *const *patterns, const bool *whole, unsigned n)
{
    return reference_parts(patterns, whole, n, PITH_PARTS_WORDS);
}

static int reference_match(const reference *r, const char *s, size_t n, size_t *start,
                           size_t *len)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->re, NULL);
    int rc = pcre2_match(r->re, (PCRE2_SPTR)s, n, 0, 0, md, NULL);
    int rule = -1;
    if (rc > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        for (int g = 1; g < rc && rule < 0; g++)
            if (ov[2 * g] != PCRE2_UNSET)
                rule = g - 1;
        *start = ov[0];
        *len = ov[1] - ov[0];
    }
    pcre2_match_data_free(md);
    return rule;
}

/* Index and reference agree on s; returns the rule. */
static int agree(pith_byte_index *ix, const reference *r, const char *s)
{
    size_t n = strlen(s), s1 = 0, l1 = 0, s2 = 0, l2 = 0;
    int a = reference_match(r, s, n, &s1, &l1);
    int b = pith_byte_index_match(ix, s, n, &s2, &l2);
    if (a != b || (a >= 0 && (s1 != s2 || l1 != l2)))
        fail_msg("'%s': plain rule %d at %zu+%zu, index rule %d at %zu+%zu", s, a, s1, l1, b,
                 s2, l2);
    return a;
}

static void test_order_and_boundaries(void **state)
{
    (void)state;
    static const char *const patterns[] = {
        "ads?(?!-?free)", "ad-?(?:slot|unit)s?", "taboola|outbrain", "share\\w*|social",
        "(?<!label-)hidden|sr-only", "[0-9]+-col", "x|ya",
    };
    static const bool whole[] = {true, true, false, true, true, true, true};
    const unsigned n = sizeof patterns / sizeof patterns[0];
    pith_byte_index *ix = pith_byte_index_build(patterns, whole, n, PITH_PARTS_WORDS);
    assert_non_null(ix);
    reference r = reference_of(patterns, whole, n);
    assert_int_equal(agree(ix, &r, "ad-slot"), 0);         /* the earlier rule wins */
    assert_int_equal(agree(ix, &r, "adslot"), 1);
    assert_int_equal(agree(ix, &r, "ad-free box"), -1);
    assert_int_equal(agree(ix, &r, "mytaboolawidget"), 2); /* substring rule inside a word */
    assert_int_equal(agree(ix, &r, "head"), -1);           /* whole rule inside a word */
    assert_int_equal(agree(ix, &r, "sharebar ads"), 3);    /* leftmost position wins */
    assert_int_equal(agree(ix, &r, "label-hidden hidden"), 4);
    assert_int_equal(agree(ix, &r, "grid 12-col"), 5);
    assert_int_equal(agree(ix, &r, "x ya"), 6);
    assert_int_equal(agree(ix, &r, "outbrain ad"), 2);
    assert_int_equal(agree(ix, &r, ""), -1);
    pith_byte_index_free(ix);
    pcre2_code_free(r.re);
}

static void test_refuses_what_it_cannot_split(void **state)
{
    (void)state;
    static const bool whole[] = {true};
    static const char *const captures[] = {"a(b)c"};
    static const char *const options[] = {"(?i)ad|share"};
    static const char *const empty[] = {"ad|"};
    static const char *const named[] = {"(?<n>ad)"};
    assert_null(pith_byte_index_build(captures, whole, 1, PITH_PARTS_WORDS));
    assert_null(pith_byte_index_build(options, whole, 1, PITH_PARTS_WORDS));
    assert_null(pith_byte_index_build(empty, whole, 1, PITH_PARTS_WORDS));
    assert_null(pith_byte_index_build(named, whole, 1, PITH_PARTS_WORDS));
}

/* The real boilerplate table against class strings built from the words
 * of its own patterns, joined as pages join them. */
static void test_real_rules_on_generated_classes(void **state)
{
    (void)state;
    const char *patterns[PITH_INDEX_MAX_RULES];
    bool whole[PITH_INDEX_MAX_RULES];
    unsigned n = 0;
    for (const pith_class_rule *r = pith_boilerplate_classes;
         r->pattern && n < PITH_INDEX_MAX_RULES; r++, n++) {
        patterns[n] = r->pattern;
        whole[n] = !(r->flags & SUBSTR);
    }
    pith_byte_index *ix = pith_byte_index_build(patterns, whole, n, PITH_PARTS_WORDS);
    assert_non_null(ix);
    reference r = reference_of(patterns, whole, n);

    /* Words: the runs of letters in the patterns, plus some of pages. */
    char words[4096][24];
    size_t nw = 0;
    static const char *const extra[] = {"article", "body", "content", "main", "post", "entry",
                                        "text", "wrapper", "container", "col", "row", "x",
                                        "js", "is", "1", "2024", "md", "lg"};
    for (size_t k = 0; k < sizeof extra / sizeof extra[0]; k++)
        strcpy(words[nw++], extra[k]);
    for (unsigned i = 0; i < n; i++) {
        const char *p = patterns[i];
        while (*p && nw < 4096) {
            size_t k = 0;
            while (p[k] >= 'a' && p[k] <= 'z' && k < 23)
                k++;
            if (k >= 2) {
                memcpy(words[nw], p, k);
                words[nw++][k] = '\0';
            }
            p += k ? k : 1;
        }
    }
    static const char seps[] = {'-', '-', ' ', ' ', ':', '_', '\0'};
    uint32_t rng = 2024;
    int hits = 0;
    char s[256];
    for (int iter = 0; iter < 50000; iter++) {
        size_t len = 0;
        rng = rng * 1103515245u + 12345u;
        int parts = 1 + (int)((rng >> 16) % 5);
        for (int k = 0; k < parts; k++) {
            rng = rng * 1103515245u + 12345u;
            const char *w = words[(rng >> 8) % nw];
            size_t wl = strlen(w);
            if (len + wl + 2 >= sizeof s)
                break;
            memcpy(s + len, w, wl);
            len += wl;
            char sep = seps[(rng >> 4) % sizeof seps];
            if (k + 1 < parts && sep)
                s[len++] = sep;
        }
        s[len] = '\0';
        hits += agree(ix, &r, s) >= 0;
    }
    assert_true(hits > 10000 && hits < 50000); /* both outcomes are exercised */
    pith_byte_index_free(ix);
    pcre2_code_free(r.re);
}

/* Content rules cover whole space-separated tokens. */
static void test_token_parts(void **state)
{
    (void)state;
    const char *patterns[PITH_INDEX_MAX_RULES];
    bool whole[PITH_INDEX_MAX_RULES];
    unsigned n = 0;
    for (const pith_class_rule *r = pith_content_classes; r->pattern && n < PITH_INDEX_MAX_RULES;
         r++, n++) {
        patterns[n] = r->pattern;
        whole[n] = true;
    }
    pith_byte_index *ix = pith_byte_index_build(patterns, whole, n, PITH_PARTS_TOKENS);
    assert_non_null(ix);
    reference r = reference_parts(patterns, whole, n, PITH_PARTS_TOKENS);
    static const char *const classes[] = {
        "article-body", "post entry-content", "article-share", "main", "content",
        "x article", "articles", "entry-content-wrap", "story-body__inner", "post-text",
        "body", "page-content grid", "td-post-content", "",
    };
    int hits = 0;
    for (size_t k = 0; k < sizeof classes / sizeof classes[0]; k++)
        hits += agree(ix, &r, classes[k]) >= 0;
    assert_true(hits > 0 && hits < (int)(sizeof classes / sizeof classes[0]));
    pith_byte_index_free(ix);
    pcre2_code_free(r.re);
}

/* ------------------------------------------------------------- phrases */

/* A phrase rule as rules.c matches it (pith_rules_phrase_source). */
static char *phrase_source_n(const char *rule, size_t n)
{
    char *source = pith_rules_phrase_source(rule, n);
    assert_non_null(source);
    return source;
}

static char *phrase_source(const char *rule)
{
    return phrase_source_n(rule, strlen(rule));
}

/* The phrase rules and, for each, its plain pattern on its own:
 * ^([\W\d_]*)(?:rule)[\W\d_]*$, caseless, UTF.  One pattern a rule rather
 * than one alternation of them all: the rules together compile past
 * PCRE2's size limit (64 KiB of compiled pattern with its default link
 * size), and the alternation's answer is recovered from the parts (see
 * phrase_agree). */
typedef struct phrase_set {
    char *sources[PITH_INDEX_MAX_RULES];
    pcre2_code *plain[PITH_INDEX_MAX_RULES];
    unsigned n;
} phrase_set;

static void phrase_set_init(phrase_set *ps)
{
    ps->n = 0;
    for (const pith_phrase_rule *r = pith_block_phrases; r->pattern && ps->n < 64; r++) {
        ps->sources[ps->n] = phrase_source(r->pattern);
        pith_buf b = PITH_BUF_INIT;
        pith_buf_printf(&b, "^([\\W\\d_]*)(?:%s)[\\W\\d_]*$", ps->sources[ps->n]);
        int err;
        PCRE2_SIZE off;
        ps->plain[ps->n] = pcre2_compile((PCRE2_SPTR)b.data, b.len,
                                         PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
        assert_non_null(ps->plain[ps->n]);
        pith_buf_free(&b);
        ps->n++;
    }
}

static void phrase_set_free(phrase_set *ps)
{
    for (unsigned i = 0; i < ps->n; i++) {
        free(ps->sources[i]);
        pcre2_code_free(ps->plain[i]);
    }
}

/* The phrase rules as ps, and their index. */
static pith_byte_index *phrase_index(phrase_set *ps)
{
    phrase_set_init(ps);
    pith_byte_index *ix = pith_byte_index_build((const char *const *)ps->sources, NULL, ps->n,
                                                PITH_PARTS_PHRASE);
    assert_non_null(ix);
    return ix;
}

/* The rule the alternation ^[\W\d_]*(?:(rule 1)|(rule 2)|...)[\W\d_]*$
 * gives for s, from the rules' own patterns: the alternation tries the
 * leading symbols longest first and, at each length, the rules in order,
 * so it answers with the rule that matches after the most leading symbols,
 * the first such rule on a tie.  Each rule's own pattern, greedy in the
 * same way, gives the most leading symbols it can match after. */
static int plain_phrase_rule(const phrase_set *ps, const char *s, size_t n)
{
    int want = -1;
    size_t most = 0;
    for (unsigned i = 0; i < ps->n; i++) {
        pcre2_match_data *md = pcre2_match_data_create_from_pattern(ps->plain[i], NULL);
        int rc = pcre2_match(ps->plain[i], (PCRE2_SPTR)s, n, 0, 0, md, NULL);
        if (rc > 1) {
            size_t lead = pcre2_get_ovector_pointer(md)[3];
            if (want < 0 || lead > most) {
                want = (int)i;
                most = lead;
            }
        }
        pcre2_match_data_free(md);
    }
    return want;
}

/* The index and the plain pattern give the same rule for s. */
static int phrase_agree(pith_byte_index *ix, const phrase_set *ps, const char *s)
{
    size_t n = strlen(s), start, len;
    int want = plain_phrase_rule(ps, s, n);
    int got = pith_byte_index_match(ix, s, n, &start, &len);
    if (got != want)
        fail_msg("'%s': plain phrase rule %d, index rule %d", s, want, got);
    return want;
}

/* The phrase index (one chain of patterns per first byte, long rules on
 * their own, places tried from the end of the leading symbols back) gives
 * the plain pattern's rule: on the labels of many languages, with cases,
 * symbols, digits, no-break spaces and the two non-ASCII cases of k and s
 * around them, and on sentences that are no label. */
static void test_phrase_parts(void **state)
{
    (void)state;
    phrase_set ps;
    pith_byte_index *ix = phrase_index(&ps);
    static const char *const cores[] = {
        "Advertisement", "advertisement scroll to continue reading", "Share", "share this",
        "Share: Facebook Twitter Email", "Teilen", "Tweet", "Print this article",
        "You may also like", "Related Articles", "Read more", "12 Comments", "Leave a Reply",
        "Subscribe to our newsletter", "Реклама", "Поделиться", "广告", "相关阅读", "関連記事",
        "Schließen", "Image 3 of 5", "Back to top", "Tags", "\xE2\x84\xAAommentare",
        "\xC5\xBFhare", "The council voted on Tuesday", "Farmers spoke in favour",
        "Published by Ada", "Sponsored content", "ad", "x", "", "Comments (3)",
        "Share\xC2\xA0this", "SHARE  THIS", "Weiterlesen nach der Anzeige",
    };
    static const char *const around[][2] = {
        {"", ""}, {"- ", " -"}, {"12 ", ""}, {"", ":"}, {"\xE2\x80\xA2 ", " \xC2\xBB"},
        {"(", ")"}, {"", " 2024"}, {"__", "!!"}, {"a ", ""}, {"", " b"},
    };
    int hits = 0, total = 0;
    char s[512];
    for (size_t c = 0; c < sizeof cores / sizeof cores[0]; c++)
        for (size_t a = 0; a < sizeof around / sizeof around[0]; a++) {
            snprintf(s, sizeof s, "%s%s%s", around[a][0], cores[c], around[a][1]);
            hits += phrase_agree(ix, &ps, s) >= 0;
            total++;
        }
    assert_true(hits > total / 4 && hits < total); /* both outcomes are exercised */

    /* The index as the build writes it (patterns and the subsets' gates as
     * data) answers alike. */
    pith_index_data data;
    assert_true(pith_byte_index_export(ix, &data));
    unsigned gates = 0;
    for (unsigned k = 0; k < data.n_subsets; k++)
        gates += data.subsets[k].gate.literals != NULL;
    assert_true(gates > 0);
    pith_byte_index *copy = pith_byte_index_from_data(&data);
    assert_non_null(copy);
    for (size_t c = 0; c < sizeof cores / sizeof cores[0]; c++)
        for (size_t a = 0; a < sizeof around / sizeof around[0]; a++) {
            snprintf(s, sizeof s, "%s%s%s", around[a][0], cores[c], around[a][1]);
            phrase_agree(copy, &ps, s);
        }
    pith_byte_index_free(copy);
    pith_index_data_free(&data);
    pith_byte_index_free(ix);
    phrase_set_free(&ps);
}

/* Variants of key into s: the key itself, in capitals, around symbols
 * and digits, its spaces as other white space, and near misses. */
static void key_variant(const char *key, size_t n, int v, char *s, size_t cap)
{
    static const char *const spaces[] = {" ", " ", "\xC2\xA0", " \t ", " ", " ", " ", " "};
    static const char *const before[] = {"", "", "", "", "- ", "x", "12 ", ""};
    static const char *const after[] = {"", "", "", "", " \xC2\xBB", "", "", "s"};
    size_t k = (size_t)snprintf(s, cap, "%s", before[v]);
    for (size_t i = 0; i < n && k + 8 < cap; i++) {
        if (key[i] == ' ') {
            k += (size_t)snprintf(s + k, cap - k, "%s", spaces[v]);
        } else {
            char c = key[i];
            s[k++] = v == 1 && c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        }
    }
    if (v == 6 && k > 0)
        k--; /* the key without its last letter */
    snprintf(s + k, cap - k, "%s", after[v]);
}

/* Every plain-word key of the phrases (phrase_literals.h), and variants of
 * it, gets the plain pattern's rule from the index, as built and as data:
 * a key that matched differently from the pattern fails here. */
static void test_phrase_keys(void **state)
{
    (void)state;
    phrase_set ps;
    pith_byte_index *ix = phrase_index(&ps);
    pith_index_data data;
    assert_true(pith_byte_index_export(ix, &data));
    const pith_phrase_literals_data *words = data.literals;
    assert_non_null(words);
    assert_true(words->n_entries > 500);
    pith_byte_index *copy = pith_byte_index_from_data(&data);
    assert_non_null(copy);
    char s[512];
    int hits = 0;
    for (unsigned e = 0; e < words->n_entries; e++)
        for (int v = 0; v < 8; v++) {
            key_variant(words->pool + words->entries[e].offset, words->entries[e].len, v, s,
                        sizeof s);
            hits += phrase_agree(ix, &ps, s) >= 0;
            phrase_agree(copy, &ps, s);
        }
    assert_true(hits > (int)words->n_entries * 5);
    pith_byte_index_free(copy);
    pith_index_data_free(&data);
    pith_byte_index_free(ix);
    phrase_set_free(&ps);
}

/* The pairs of bytes an alternative may open with, against PCRE2: a
 * pattern cut by hand has its pairs, one with no known pairs says so. */
static bool has_pair(const uint64_t *pairs, unsigned char a, unsigned char b)
{
    unsigned bit = pith_regex_pair_bit(a, b);
    return (pairs[bit / 64] >> (bit % 64)) & 1;
}

static void test_opening_pairs_by_hand(void **state)
{
    (void)state;
    uint64_t pairs[PITH_PAIR_WORDS] = {0};
    assert_true(pith_regex_opening_pairs("share(?:\\s+this)?", 17, pairs));
    assert_true(has_pair(pairs, 's', 'h') && has_pair(pairs, 'S', 'H'));
    memset(pairs, 0, sizeof pairs);
    assert_true(pith_regex_opening_pairs("(?:re|aw)\\s?:", 13, pairs));
    assert_true(pith_regex_opening_pairs("e-?mail", 7, pairs));
    assert_true(pith_regex_opening_pairs("(?:a|bc)d", 9, pairs));
    assert_true(pith_regex_opening_pairs("\xE2\x84\xAAm", 4, pairs));
    assert_true(pith_regex_opening_pairs("\xD1\x80\xD0\xB5", 4, pairs)); /* adds none */
    assert_true(has_pair(pairs, 'r', 'e') && has_pair(pairs, 'a', 'w'));
    assert_true(has_pair(pairs, 'e', '-') && has_pair(pairs, 'e', 'm'));
    assert_true(has_pair(pairs, 'a', 'd') && has_pair(pairs, 'b', 'c'));
    assert_true(has_pair(pairs, 'k', 'm'));
    /* a group repeated: once, or again; digits, an escaped mark */
    assert_true(pith_regex_opening_pairs("(?:ab)+c", 8, pairs));
    assert_true(pith_regex_opening_pairs("\\d+x", 4, pairs));
    assert_true(pith_regex_opening_pairs("\\[/", 3, pairs));
    assert_true(has_pair(pairs, 'a', 'b') && has_pair(pairs, '7', 'x') && has_pair(pairs, '7', '0'));
    assert_true(has_pair(pairs, '[', '/'));
    /* one character long, a word class, a class, a letter that may end it */
    assert_false(pith_regex_opening_pairs("a", 1, pairs));
    assert_false(pith_regex_opening_pairs("\\w+x", 4, pairs));
    assert_false(pith_regex_opening_pairs("[ab]c", 5, pairs));
    assert_false(pith_regex_opening_pairs("ab*", 3, pairs));
}

static bool has_triple(const uint64_t *triples, const char *three)
{
    unsigned bit = pith_regex_triple_bit((unsigned char)three[0], (unsigned char)three[1],
                                         (unsigned char)three[2]);
    return (triples[bit / 64] >> (bit % 64)) & 1;
}

/* The first three bytes, by hand: white space after the first byte is
 * one (a space), a repeated element once or again, digits each. */
static void test_opening_triples_by_hand(void **state)
{
    (void)state;
    uint64_t t[PITH_TRIPLE_WORDS] = {0};
    assert_true(pith_regex_opening_triples("share(?:\\s+this)?", 17, t));
    assert_true(has_triple(t, "sha") && has_triple(t, "SHA"));
    assert_true(pith_regex_opening_triples("we\\s+think", 10, t));
    assert_true(has_triple(t, "we ") && has_triple(t, "We\t"));
    assert_true(pith_regex_opening_triples("a\\s+b", 5, t));
    assert_true(has_triple(t, "a b") && has_triple(t, "a\t ") && has_triple(t, "A\nb"));
    assert_true(pith_regex_opening_triples("(?:\\d+\\s+)?comments?", 20, t));
    assert_true(has_triple(t, "com") && has_triple(t, "12 ") && has_triple(t, "1 c"));
    assert_true(has_triple(t, "123") && has_triple(t, "1 \t"));
    memset(t, 0, sizeof t);
    assert_true(pith_regex_opening_triples("(?:ab)+c", 8, t));
    assert_true(has_triple(t, "abc") && has_triple(t, "aba"));
    assert_false(has_triple(t, "abd") || has_triple(t, "xyz") || has_triple(t, "wet"));
    /* two characters long, a class, a word class */
    assert_false(pith_regex_opening_triples("ab", 2, t));
    assert_false(pith_regex_opening_triples("[ab]cd", 6, t));
    assert_false(pith_regex_opening_triples("\\w+xy", 5, t));
}

typedef struct pairs_check {
    unsigned want; /* 2: the pairs, 3: the triples */
    unsigned known, checked;
} pairs_check;

/* An alternative's pattern as the phrases match it: caseless, UTF,
 * anchored. */
static pcre2_code *compile_anchored(const char *source)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_ANCHORED, &err,
                                   &off, NULL);
    assert_non_null(re);
    return re;
}

/* Whether PCRE2 matches the anchored re on s, or on a longer text s starts. */
static bool may_open(const pcre2_code *re, pcre2_match_data *md, const char *s, size_t n)
{
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, PCRE2_PARTIAL_SOFT, md, NULL);
    return rc >= 0 || rc == PCRE2_ERROR_PARTIAL;
}

/* Every way the alternative re (source) can open with two characters, the
 * first ASCII, the second ASCII or one that matters (the other cases of k
 * and s, letters and spaces outside ASCII), is among its pairs. */
static void check_pairs(const char *source, const uint64_t *pairs, const pcre2_code *re,
                        pcre2_match_data *md, pairs_check *pc)
{
    static const char firsts[] = "abcdefghijklmnopqrstuvwxyzKS19";
    static const char *const seconds[] = {"\xE2\x84\xAA", "\xC5\xBF", "\xC3\xA9", "\xC2\xA0",
                                          "\xD0\xB0", " ", "-", ":", "'", ".", "0"};
    char subject[8];
    for (const char *a = firsts; *a; a++)
        for (unsigned k = 0; k < 52 + sizeof seconds / sizeof seconds[0]; k++) {
            if (k < 52)
                snprintf(subject, sizeof subject, "%c%c", *a, k < 26 ? 'a' + k : 'A' + k - 26);
            else
                snprintf(subject, sizeof subject, "%c%s", *a, seconds[k - 52]);
            pc->checked++;
            if (may_open(re, md, subject, strlen(subject)) &&
                !has_pair(pairs, (unsigned char)subject[0], (unsigned char)subject[1]))
                fail_msg("'%s' may open '%s', not among its pairs", source, subject);
        }
}

/* Every three ASCII bytes the alternative re (source) can open with (the
 * first byte, then the second, then the third, each of the printable ASCII
 * characters and the white space) are among its triples. */
static void check_triples(const char *source, const uint64_t *triples, const pcre2_code *re,
                          pcre2_match_data *md, pairs_check *pc)
{
    char s[4] = {0};
    for (int a = '\t'; a < 0x7F; a = a == '\r' ? ' ' : a + 1)
        for (int b = '\t'; (s[0] = (char)a, may_open(re, md, s, 1)) && b < 0x7F;
             b = b == '\r' ? ' ' : b + 1)
            for (int c = '\t'; (s[1] = (char)b, may_open(re, md, s, 2)) && c < 0x7F;
                 c = c == '\r' ? ' ' : c + 1) {
                s[2] = (char)c;
                pc->checked++;
                if (may_open(re, md, s, 3) && !has_triple(triples, s))
                    fail_msg("'%s' may open '%s', not among its triples", source, s);
            }
}

/* Every way an alternative of the phrase rules can open, as PCRE2 finds
 * it (a match or a partial one, caseless, UTF, anchored), is among its
 * pairs, and among its triples. */
static bool check_alternative_openings(void *userdata, const char *text, size_t len)
{
    pairs_check *pc = userdata;
    char *source = phrase_source_n(text, len);
    uint64_t set[PITH_TRIPLE_WORDS] = {0}; /* room for the pairs too */
    bool known = pc->want == 2 ? pith_regex_opening_pairs(source, strlen(source), set)
                               : pith_regex_opening_triples(source, strlen(source), set);
    if (known) {
        pc->known++;
        pcre2_code *re = compile_anchored(source);
        pcre2_match_data *md = pcre2_match_data_create(4, NULL);
        if (pc->want == 2)
            check_pairs(source, set, re, md, pc);
        else
            check_triples(source, set, re, md, pc);
        pcre2_match_data_free(md);
        pcre2_code_free(re);
    }
    free(source);
    return true;
}

static void test_openings_of_the_phrases(void **state)
{
    (void)state;
    for (unsigned want = 2; want <= 3; want++) {
        pairs_check pc = {want, 0, 0};
        for (const pith_phrase_rule *r = pith_block_phrases; r->pattern; r++)
            assert_true(pith_regex_alternatives(r->pattern, check_alternative_openings, &pc));
        assert_true(pc.known > 500); /* most alternatives have them */
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_and_boundaries),
        cmocka_unit_test(test_refuses_what_it_cannot_split),
        cmocka_unit_test(test_real_rules_on_generated_classes),
        cmocka_unit_test(test_token_parts),
        cmocka_unit_test(test_phrase_parts),
        cmocka_unit_test(test_phrase_keys),
        cmocka_unit_test(test_opening_pairs_by_hand),
        cmocka_unit_test(test_opening_triples_by_hand),
        cmocka_unit_test(test_openings_of_the_phrases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
