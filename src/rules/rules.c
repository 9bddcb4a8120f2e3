/*
 * rules.c — compiles the rule tables once (pcre2 JIT) and matches against
 * them.  The compiled patterns are written once, under a lock, and only read
 * afterwards, so the matchers are safe from any number of threads; a first
 * compilation that runs out of memory is undone and tried again later.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "rules.h"

#include <pcre2.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/buf.h"
#include "any_match.h"
#include "byte_index.h"
#include "class_tokens.h"
#include "phrases.h"
#include "jit.h"

static const char *const category_names[PITH_CAT_COUNT] = {
    "none", "ad", "share", "newsletter", "related", "comments", "author", "cookie",
    "paywall", "nav", "footer", "sidebar", "promo", "meta", "credit", "readmore",
    "pagination", "hidden",
};

const char *pith_category_name(pith_category cat)
{
    return (cat >= 0 && cat < PITH_CAT_COUNT) ? category_names[cat] : "unknown";
}

/* The compiled tables: written once by compile_all, read-only afterwards. */
typedef struct compiled_set {
    pcre2_code *re;
    pith_byte_index *index; /* the same rules split by first byte (faster), or NULL */
    pith_category cats[64]; /* category of capture group i + 1 */
    unsigned groups;
} compiled_set;

static struct {
    compiled_set boiler, phrases;
    pcre2_code *strong, *weak;
    pith_byte_index *strong_index, *weak_index; /* the same, faster, or NULL */
    /* Text rules asked only whether they match: cut into alternatives. */
    pith_any_match *copyright, *cookie, *credit, *cta, *attribution;
    int status;
} R;

/* Set (with release ordering) once every table is compiled; the tables are
 * only read after it is seen set.  A failed attempt (out of memory) frees
 * what it built and leaves it clear, so a later call tries again. */
static atomic_int ready;
static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;

/* Append a fragment, turning each literal space into \s+. */
static void append_fragment(pith_buf *b, const char *frag)
{
    for (const char *p = frag; *p; p++) {
        if (*p == ' ')
            pith_buf_puts(b, "\\s+");
        else
            pith_buf_putc(b, *p);
    }
}

static bool compile_classes(compiled_set *set, const pith_class_rule *rules)
{
    /* The first-byte index answers as the plain alternation does, several
     * times faster (byte_index.h); the alternation is compiled only when a
     * rule does not suit the index. */
    const char *patterns[64];
    bool whole[64];
    set->groups = 0;
    for (const pith_class_rule *r = rules; r->pattern && set->groups < 64; r++) {
        patterns[set->groups] = r->pattern;
        whole[set->groups] = !(r->flags & SUBSTR);
        set->cats[set->groups++] = r->cat;
    }
    set->index = pith_byte_index_build(patterns, whole, set->groups, PITH_PARTS_WORDS);
    if (set->index)
        return true;
    pith_buf b = PITH_BUF_INIT;
    for (unsigned i = 0; i < set->groups; i++) {
        if (b.len)
            pith_buf_putc(&b, '|');
        if (!whole[i])
            pith_buf_printf(&b, "(%s)", patterns[i]);
        else
            pith_buf_printf(&b, "(?<![a-z0-9])(%s)(?![a-z0-9])", patterns[i]);
    }
    set->re = b.oom ? NULL : pith_pattern_compile(b.data, b.len, 0);
    pith_buf_free(&b);
    return set->re != NULL;
}

/* The content patterns of one strength (flags WEAK or 0): a first-byte
 * index, or when they do not suit one, a pattern.  False when neither
 * could be built. */
static bool compile_content(int want_weak, pcre2_code **re, pith_byte_index **index)
{
    const char *patterns[PITH_INDEX_MAX_RULES];
    bool whole[PITH_INDEX_MAX_RULES];
    unsigned n = 0;
    pith_buf alts = PITH_BUF_INIT, b = PITH_BUF_INIT;
    for (const pith_class_rule *r = pith_content_classes; r->pattern; r++) {
        if (((r->flags & WEAK) != 0) != (want_weak != 0))
            continue;
        if (alts.len)
            pith_buf_putc(&alts, '|');
        pith_buf_printf(&alts, "(?:%s)", r->pattern);
        if (n < PITH_INDEX_MAX_RULES) {
            patterns[n] = r->pattern;
            whole[n] = true;
        }
        n++;
    }
    /* Whole tokens.  The first-byte index answers whether any rule matches
     * as the pattern does, faster; the pattern is kept when it cannot. */
    *index = n <= PITH_INDEX_MAX_RULES
                 ? pith_byte_index_build(patterns, whole, n, PITH_PARTS_TOKENS)
                 : NULL;
    *re = NULL;
    if (!*index) {
        if (alts.len)
            pith_buf_printf(&b, "(?<![^ ])(?:%s)(?![^ ])", alts.data);
        *re = (b.oom || alts.oom) ? NULL : pith_pattern_compile(b.data ? b.data : "", b.len, 0);
    }
    pith_buf_free(&alts);
    pith_buf_free(&b);
    return *index || *re;
}

static bool compile_phrases(compiled_set *set)
{
    pith_buf b = PITH_BUF_INIT;
    pith_buf_puts(&b, "^[\\W\\d_]*(?:");
    set->groups = 0;
    for (const pith_phrase_rule *r = pith_block_phrases; r->pattern && set->groups < 64; r++) {
        if (set->groups)
            pith_buf_putc(&b, '|');
        pith_buf_putc(&b, '(');
        append_fragment(&b, r->pattern);
        pith_buf_putc(&b, ')');
        set->cats[set->groups++] = r->cat;
    }
    pith_buf_puts(&b, ")[\\W\\d_]*$");
    uint32_t flags = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_NO_UTF_CHECK;
    set->re = b.oom ? NULL : pith_pattern_compile(b.data, b.len, flags);
    pith_buf_free(&b);
    return set->re != NULL;
}

static void compile_all(void)
{
    const uint32_t text = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_NO_UTF_CHECK;
    bool ok = compile_classes(&R.boiler, pith_boilerplate_classes);
    ok &= compile_content(0, &R.strong, &R.strong_index);
    ok &= compile_content(1, &R.weak, &R.weak_index);
    ok &= compile_phrases(&R.phrases);
    ok &= (R.copyright = pith_any_match_build(pith_copyright_pattern, text)) != NULL;
    ok &= (R.cookie = pith_any_match_build(pith_cookie_pattern, text)) != NULL;
    ok &= (R.credit = pith_any_match_build(pith_credit_pattern, text)) != NULL;
    ok &= (R.cta = pith_any_match_build(pith_cta_pattern, text)) != NULL;
    ok &= (R.attribution = pith_any_match_build(pith_attribution_pattern, text)) != NULL;
    R.status = ok ? 0 : -1;
}

static void free_set(compiled_set *set)
{
    pcre2_code_free(set->re);
    pith_byte_index_free(set->index);
}

static void free_all(void)
{
    free_set(&R.boiler);
    free_set(&R.phrases);
    pcre2_code_free(R.strong);
    pcre2_code_free(R.weak);
    pith_byte_index_free(R.strong_index);
    pith_byte_index_free(R.weak_index);
    pith_any_match_free(R.copyright);
    pith_any_match_free(R.cookie);
    pith_any_match_free(R.credit);
    pith_any_match_free(R.cta);
    pith_any_match_free(R.attribution);
    memset(&R, 0, sizeof R);
}

int pith_rules_init(void)
{
    if (atomic_load_explicit(&ready, memory_order_acquire))
        return 0;
    pthread_mutex_lock(&init_lock);
    if (!atomic_load_explicit(&ready, memory_order_relaxed)) {
        compile_all();
        if (R.status == 0)
            atomic_store_explicit(&ready, 1, memory_order_release);
        else
            free_all();
    }
    pthread_mutex_unlock(&init_lock);
    return atomic_load_explicit(&ready, memory_order_acquire) ? 0 : -1;
}

/* Run re over s; returns the first capture group that matched (1-based),
 * 0 for a match without groups, -1 for no match.  start/len receive the
 * span of the whole match. */
static int run(const pcre2_code *re, const char *s, size_t n, size_t *start, size_t *len)
{
    if (!re)
        return -1;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    if (!md)
        return -1;
    int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md, NULL);
    int group = -1;
    if (rc > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        group = 0;
        for (int g = 1; g < rc; g++)
            if (ov[2 * g] != PCRE2_UNSET) {
                group = g;
                break;
            }
        if (start)
            *start = ov[0];
        if (len)
            *len = ov[1] - ov[0];
    }
    pcre2_match_data_free(md);
    return group;
}

size_t pith_rules_normalize_attr(const char *in, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    char prev = ' ';
    for (size_t i = 0; i < n && k + 2 < cap; i++) {
        char c = in[i];
        if (pith_ascii_is_upper(c)) {
            if (prev >= 'a' && prev <= 'z')
                out[k++] = '-';
            out[k++] = pith_ascii_lower(c);
        } else if (c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            out[k++] = (c == '_') ? '-' : ' ';
        } else {
            out[k++] = c;
        }
        prev = c;
    }
    out[k] = '\0';
    return k;
}

pith_category pith_rules_match_class(const char *norm, size_t n, char *word, size_t word_cap)
{
    if (pith_rules_init() != 0 || n == 0)
        return PITH_CAT_NONE;
    size_t start = 0, len = 0;
    int g = R.boiler.index ? pith_byte_index_match(R.boiler.index, norm, n, &start, &len) + 1
                           : run(R.boiler.re, norm, n, &start, &len);
    if (g <= 0 || (unsigned)g > R.boiler.groups)
        return PITH_CAT_NONE;
    if (word && word_cap) {
        size_t k = len < word_cap - 1 ? len : word_cap - 1;
        memcpy(word, norm + start, k);
        word[k] = '\0';
    }
    return R.boiler.cats[g - 1];
}

int pith_rules_positive_class(const char *norm, size_t n)
{
    if (pith_rules_init() != 0 || n == 0)
        return 0;
    if (R.strong_index ? pith_byte_index_match(R.strong_index, norm, n, NULL, NULL) >= 0
                       : run(R.strong, norm, n, NULL, NULL) >= 0)
        return 2;
    if (R.weak_index ? pith_byte_index_match(R.weak_index, norm, n, NULL, NULL) >= 0
                     : run(R.weak, norm, n, NULL, NULL) >= 0)
        return 1;
    return 0;
}

pith_category pith_rules_match_phrase(const char *text, size_t n)
{
    if (pith_rules_init() != 0 || n == 0 || n > 300)
        return PITH_CAT_NONE;
    int g = run(R.phrases.re, text, n, NULL, NULL);
    if (g <= 0 || (unsigned)g > R.phrases.groups)
        return PITH_CAT_NONE;
    return R.phrases.cats[g - 1];
}

bool pith_rules_is_copyright(const char *text, size_t n)
{
    return pith_rules_init() == 0 && pith_any_match_run(R.copyright, text, n);
}

bool pith_rules_is_cookie_notice(const char *text, size_t n)
{
    return pith_rules_init() == 0 && pith_any_match_run(R.cookie, text, n);
}

bool pith_rules_is_credit(const char *text, size_t n)
{
    return pith_rules_init() == 0 && pith_any_match_run(R.credit, text, n);
}

bool pith_rules_is_call_to_action(const char *text, size_t n)
{
    return pith_rules_init() == 0 && pith_any_match_run(R.cta, text, n);
}

bool pith_rules_is_attribution(const char *text, size_t n)
{
    return pith_rules_init() == 0 && pith_any_match_run(R.attribution, text, n);
}
