/*
 * rules.c — the rule tables and the matchers over them.
 *
 * The tables are built at the first call (pith_rules_init): the class
 * rules cut into first-byte indexes (byte_index.h), the text rules into
 * pieces (any_match.h).  No pattern is compiled then: each is compiled the
 * first time a page needs it, and JIT-compiled only once it has been used
 * often (lazy_re.h), so a process pays for what its pages reach.
 *
 * Thread safety: the tables are written once, under one lock (the lock of
 * lazy_re.h), and published by an atomic flag set with release ordering;
 * later calls see the flag with acquire ordering and only read them, but
 * for the lazily compiled patterns, each also written once under that lock.
 * A first build that runs out of memory is undone and tried again later.
 */
#include "rules.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/arena.h"
#include "util/buf.h"
#include "any_match.h"
#include "byte_index.h"
#include "class_tokens.h"
#include "lazy_re.h"
#include "phrases.h"
#include "rules_data.h"

#define CATEGORY_NAME(name) #name,
static const char *const category_names[] = {"none", PITH_CAT_EACH(CATEGORY_NAME)};
_Static_assert(sizeof category_names / sizeof *category_names == PITH_CAT_COUNT,
               "PITH_CAT_EACH names every category");

const char *pith_category_name(pith_category cat)
{
    return (cat >= 0 && cat < PITH_CAT_COUNT) ? category_names[cat] : "unknown";
}

/* A set of rules matched as one: a first-byte index, or when the rules do
 * not suit one, one alternation (compiled on first use). */
typedef struct compiled_set {
    pith_lazy_re re;        /* used when index is NULL */
    bool has_re;
    pith_byte_index *index; /* the rules split by first byte (faster), or NULL */
    pith_category cats[64]; /* category of capture group i + 1 */
    unsigned groups;
} compiled_set;

/* The tables: written once by build_all, read-only afterwards (but for
 * their lazily compiled patterns). */
static struct {
    compiled_set boiler, phrases, strong, weak;
    char *phrase_text[64]; /* the phrase rules as the phrases set matches them */
    /* Text rules asked only whether they match: cut into alternatives. */
    pith_any_match *copyright, *cookie, *credit, *cta, *attribution, *comment_header,
        *closing_credit;
    /* The matchers pith_rules_block_phrase asks about one block, their
     * literals looked for in one pass (any_match.h); NULL: each alone. */
    pith_any_group *block_group;
    bool group_from_data; /* block_group is the data's */
    int status;
} R;

/* Set (with release ordering) once every table is built; the tables are
 * only read after it is seen set.  A failed attempt (out of memory) frees
 * what it built and leaves it clear, so a later call tries again. */
static atomic_int ready;

/* Keep b's pattern as set->re, compiled on first use with options. */
static bool keep_pattern(compiled_set *set, pith_buf *b, uint32_t options)
{
    size_t len = b->len;
    char *source = b->oom ? NULL : pith_buf_detach(b, NULL);
    pith_buf_free(b);
    if (!source)
        return false;
    pith_lazy_re_init(&set->re, source, len, options, true);
    set->has_re = true;
    return true;
}

/* A phrase rule's regex source (rules.h says why " ?" is \s*). */
char *pith_rules_phrase_source(const char *rule, size_t n)
{
    pith_buf b = PITH_BUF_INIT;
    for (const char *p = rule; p < rule + n; p++) {
        if (*p == ' ' && p + 1 < rule + n && p[1] == '?') {
            pith_buf_puts(&b, "\\s*");
            p++;
        } else if (*p == ' ')
            pith_buf_puts(&b, "\\s+");
        else
            pith_buf_putc(&b, *p);
    }
    return pith_buf_detach(&b, NULL);
}

/* The categories of the rules of a set, in order (the capture group of
 * rule i is i + 1), as compile_classes and compile_phrases count them. */
static void class_categories(compiled_set *set, const pith_class_rule *rules)
{
    set->groups = 0;
    for (const pith_class_rule *r = rules; r->pattern && set->groups < 64; r++)
        set->cats[set->groups++] = r->cat;
}

static void phrase_categories(compiled_set *set)
{
    set->groups = 0;
    for (const pith_phrase_rule *r = pith_block_phrases; r->pattern && set->groups < 64; r++)
        set->cats[set->groups++] = r->cat;
}

static bool compile_classes(compiled_set *set, const pith_class_rule *rules)
{
    /* The first-byte index answers as the plain alternation does, several
     * times faster (byte_index.h); the alternation is compiled only when a
     * rule does not suit the index. */
    const char *patterns[64];
    bool whole[64];
    class_categories(set, rules);
    for (unsigned i = 0; i < set->groups; i++) {
        patterns[i] = rules[i].pattern;
        whole[i] = !(rules[i].flags & SUBSTR);
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
    return keep_pattern(set, &b, 0);
}

/* The content patterns of one strength (flags WEAK or 0): a first-byte
 * index, or when they do not suit one, a pattern.  False when neither
 * could be built. */
static bool compile_content(int want_weak, compiled_set *set)
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
    set->index = n <= PITH_INDEX_MAX_RULES
                     ? pith_byte_index_build(patterns, whole, n, PITH_PARTS_TOKENS)
                     : NULL;
    bool ok = set->index != NULL;
    if (!ok) {
        if (alts.len)
            pith_buf_printf(&b, "(?<![^ ])(?:%s)(?![^ ])", alts.data);
        if (alts.oom)
            b.oom = true;
        ok = keep_pattern(set, &b, 0);
    }
    pith_buf_free(&alts);
    pith_buf_free(&b);
    return ok;
}

/* The phrases as one set: each rule with its spaces turned into \s+ (kept
 * in R.phrase_text, which the index points into), split by first byte;
 * when they do not suit the index, one anchored alternation. */
static bool compile_phrases(compiled_set *set)
{
    phrase_categories(set);
    bool ok = true;
    for (unsigned i = 0; i < set->groups; i++) {
        const char *rule = pith_block_phrases[i].pattern;
        R.phrase_text[i] = pith_rules_phrase_source(rule, strlen(rule));
        ok &= R.phrase_text[i] != NULL;
    }
    if (!ok)
        return false;
    set->index = pith_byte_index_build((const char *const *)R.phrase_text, NULL, set->groups,
                                       PITH_PARTS_PHRASE);
    if (set->index)
        return true;
    pith_buf b = PITH_BUF_INIT;
    pith_buf_puts(&b, "^[\\W\\d_]*(?:");
    for (unsigned i = 0; i < set->groups; i++)
        pith_buf_printf(&b, "%s(%s)", i ? "|" : "", R.phrase_text[i]);
    pith_buf_puts(&b, ")[\\W\\d_]*$");
    return keep_pattern(set, &b, PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_NO_UTF_CHECK);
}

/* The text rules' PCRE2 options. */
#define TEXT_OPTIONS (PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_NO_UTF_CHECK)

/* The tables built here, from the rules (when the build made no data). */
static void build_all(void)
{
    const uint32_t text = TEXT_OPTIONS;
    bool ok = compile_classes(&R.boiler, pith_boilerplate_classes);
    ok &= compile_content(0, &R.strong);
    ok &= compile_content(1, &R.weak);
    ok &= compile_phrases(&R.phrases);
    ok &= (R.copyright = pith_any_match_build(pith_copyright_pattern, text)) != NULL;
    ok &= (R.cookie = pith_any_match_build(pith_cookie_pattern, text)) != NULL;
    ok &= (R.credit = pith_any_match_build(pith_credit_pattern, text)) != NULL;
    ok &= (R.cta = pith_any_match_build(pith_cta_pattern, text)) != NULL;
    ok &= (R.attribution = pith_any_match_build(pith_attribution_pattern, text)) != NULL;
    ok &= (R.comment_header = pith_any_match_build(pith_comment_header_pattern, text)) != NULL;
    ok &= (R.closing_credit = pith_any_match_build(pith_closing_credit_pattern, text)) != NULL;
    R.status = ok ? 0 : -1;
}

static bool set_from_data(compiled_set *set, const pith_set_data *data)
{
    if (data->index)
        return (set->index = pith_byte_index_from_data(data->index)) != NULL;
    pith_lazy_re_init_data(&set->re, &data->re);
    set->has_re = true;
    return true;
}

/* The tables from the data the build made (rules_data.h). */
static void load_all(const pith_rules_data *d)
{
    class_categories(&R.boiler, pith_boilerplate_classes);
    phrase_categories(&R.phrases);
    bool ok = set_from_data(&R.boiler, &d->boiler);
    ok &= set_from_data(&R.strong, &d->strong);
    ok &= set_from_data(&R.weak, &d->weak);
    ok &= set_from_data(&R.phrases, &d->phrases);
    ok &= (R.copyright = pith_any_match_from_data(d->copyright)) != NULL;
    ok &= (R.cookie = pith_any_match_from_data(d->cookie)) != NULL;
    ok &= (R.credit = pith_any_match_from_data(d->credit)) != NULL;
    ok &= (R.cta = pith_any_match_from_data(d->cta)) != NULL;
    ok &= (R.attribution = pith_any_match_from_data(d->attribution)) != NULL;
    ok &= (R.comment_header = pith_any_match_from_data(d->comment_header)) != NULL;
    ok &= (R.closing_credit = pith_any_match_from_data(d->closing_credit)) != NULL;
    R.status = ok ? 0 : -1;
}

static void free_set(compiled_set *set)
{
    if (set->has_re)
        pith_lazy_re_free(&set->re);
    pith_byte_index_free(set->index);
}

static void free_all(void)
{
    pith_any_group_free(R.block_group);
    free_set(&R.boiler);
    free_set(&R.phrases);
    free_set(&R.strong);
    free_set(&R.weak);
    for (size_t i = 0; i < sizeof R.phrase_text / sizeof R.phrase_text[0]; i++)
        free(R.phrase_text[i]);
    pith_any_match_free(R.copyright);
    pith_any_match_free(R.cookie);
    pith_any_match_free(R.credit);
    pith_any_match_free(R.cta);
    pith_any_match_free(R.attribution);
    pith_any_match_free(R.comment_header);
    pith_any_match_free(R.closing_credit);
    memset(&R, 0, sizeof R);
}

/* The group of the matchers a block's phrase rules ask (see
 * pith_rules_block_phrase), when they can be grouped: the text rules and
 * the phrase subsets' gates. */
#define BLOCK_GROUP_MAX 512
static pith_any_group *block_phrase_group(const pith_group_data *data)
{
    pith_any_match *members[BLOCK_GROUP_MAX] = {R.copyright, R.credit, R.cta, R.cookie};
    unsigned n = 4;
    if (R.phrases.index)
        n += pith_byte_index_gates(R.phrases.index, members + n, BLOCK_GROUP_MAX - n);
    if (n >= BLOCK_GROUP_MAX)
        return NULL;
    pith_any_group *g = data ? pith_any_group_from_data(members, n, data) : NULL;
    R.group_from_data = g != NULL;
    return g ? g : pith_any_group_build(members, n);
}

int pith_rules_init(void)
{
    if (atomic_load_explicit(&ready, memory_order_acquire))
        return 0;
    pith_rules_lock();
    if (!atomic_load_explicit(&ready, memory_order_relaxed)) {
        if (pith_rules_precompiled)
            load_all(pith_rules_precompiled);
        else
            build_all();
        if (R.status == 0)
            R.block_group = block_phrase_group(
                pith_rules_precompiled ? pith_rules_precompiled->block_group : NULL);
        if (R.status == 0)
            atomic_store_explicit(&ready, 1, memory_order_release);
        else
            free_all();
    }
    pith_rules_unlock();
    return atomic_load_explicit(&ready, memory_order_acquire) ? 0 : -1;
}

/* Compile every pattern of a set now; false when one does not compile. */
static bool compile_set(compiled_set *set)
{
    return set->index ? pith_byte_index_compile(set->index) : pith_lazy_re_compile(&set->re);
}

int pith_rules_compile_all(void)
{
    if (pith_rules_init() != 0)
        return -1;
    bool ok = compile_set(&R.boiler) && compile_set(&R.phrases) && compile_set(&R.strong) &&
              compile_set(&R.weak);
    pith_any_match *text[] = {R.copyright, R.cookie, R.credit, R.cta, R.attribution,
                               R.comment_header, R.closing_credit};
    for (size_t i = 0; ok && i < sizeof text / sizeof text[0]; i++)
        ok = pith_any_match_compile(text[i]);
    return ok ? 0 : -1;
}

static bool export_set(compiled_set *set, pith_set_data *out)
{
    memset(out, 0, sizeof *out);
    if (!set->index)
        return pith_lazy_re_export(&set->re, &out->re);
    pith_index_data *index = calloc(1, sizeof *index);
    out->index = index;
    return index && pith_byte_index_export(set->index, index);
}

static void free_set_data(pith_set_data *data)
{
    if (data->index) {
        pith_index_data_free((pith_index_data *)data->index);
        free((pith_index_data *)data->index);
    }
    pith_re_data_free(&data->re);
}

static bool export_text(pith_any_match *m, const pith_any_match_data **out)
{
    pith_any_match_data *data = calloc(1, sizeof *data);
    *out = data;
    return data && pith_any_match_export(m, data);
}

static void free_text_data(const pith_any_match_data *data)
{
    if (data) {
        pith_any_match_data_free((pith_any_match_data *)data);
        free((pith_any_match_data *)data);
    }
}

int pith_rules_export(pith_rules_data *out)
{
    memset(out, 0, sizeof *out);
    if (pith_rules_compile_all() != 0)
        return -1;
    bool ok = export_set(&R.boiler, &out->boiler) && export_set(&R.strong, &out->strong) &&
              export_set(&R.weak, &out->weak) && export_set(&R.phrases, &out->phrases) &&
              export_text(R.copyright, &out->copyright) && export_text(R.cookie, &out->cookie) &&
              export_text(R.credit, &out->credit) && export_text(R.cta, &out->cta) &&
              export_text(R.attribution, &out->attribution) &&
              export_text(R.comment_header, &out->comment_header) &&
              export_text(R.closing_credit, &out->closing_credit);
    out->stopwords = pith_rules_stop_table(); /* static: nothing to free */
    /* The group as a process loading the data makes it: with the gate of
     * every phrase subset, which compiling all made (a build makes those
     * of a byte's chain when a text first reaches it). */
    pith_any_group_free(R.block_group);
    R.block_group = block_phrase_group(NULL);
    pith_group_data *group = R.block_group ? calloc(1, sizeof *group) : NULL;
    if (group)
        pith_any_group_export(R.block_group, group);
    out->block_group = group;
    ok &= group || !R.block_group;
    if (!ok)
        pith_rules_data_free(out);
    return ok ? 0 : -1;
}

void pith_rules_data_free(pith_rules_data *data)
{
    free_set_data(&data->boiler);
    free_set_data(&data->strong);
    free_set_data(&data->weak);
    free_set_data(&data->phrases);
    free_text_data(data->copyright);
    free_text_data(data->cookie);
    free_text_data(data->credit);
    free_text_data(data->cta);
    free_text_data(data->attribution);
    free_text_data(data->comment_header);
    free_text_data(data->closing_credit);
    free((pith_group_data *)data->block_group);
    memset(data, 0, sizeof *data);
}

bool pith_rules_prebuilt_current(void)
{
    if (!pith_rules_precompiled || pith_rules_init() != 0 || !R.group_from_data)
        return false;
    pith_any_match *text[] = {R.copyright, R.cookie, R.credit, R.cta, R.attribution,
                               R.comment_header, R.closing_credit};
    bool same = pith_any_group_current(R.block_group);
    for (size_t i = 0; same && i < sizeof text / sizeof text[0]; i++)
        same = pith_any_match_openings_current(text[i]);
    return same;
}

/* Run a set's alternation over s; returns the first capture group that
 * matched (1-based), 0 for a match without groups, -1 for no match.
 * start/len receive the span of the whole match. */
static int run(compiled_set *set, const char *s, size_t n, size_t *start, size_t *len)
{
    if (!set->has_re)
        return -1;
    pcre2_match_data *md = pcre2_match_data_create(PITH_INDEX_MAX_RULES + 1, NULL);
    if (!md) {
        pith_alloc_failed();
        return -1;
    }
    int rc = pith_lazy_re_match(&set->re, s, n, 0, PCRE2_NO_UTF_CHECK, md);
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
    size_t k = 0, i = 0;
    char prev = ' ';
    for (; i < n && k + 2 < cap; i++) {
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
    if (i < n && !pith_ascii_is_space(in[i])) {
        /* Out of room inside a token: its first letters would read as
         * another word ("search-resu" of "search_result_item", a search
         * box), so the string ends at the last whole token. */
        while (k > 0 && out[k - 1] != ' ')
            k--;
    }
    out[k] = '\0';
    return k;
}

/* The boilerplate rule of norm's first match at or after norm[0]; its
 * span in *start and *len; 0 when nothing matched. */
static int first_class_match(const char *norm, size_t n, size_t *start, size_t *len)
{
    if (n == 0)
        return 0;
    int g = R.boiler.index ? pith_byte_index_match(R.boiler.index, norm, n, start, len) + 1
                           : run(&R.boiler, norm, n, start, len);
    return g <= 0 || (unsigned)g > R.boiler.groups ? 0 : g;
}

/* The span [*t0, *t1) of norm's class token that holds byte at. */
static void token_around(const char *norm, size_t n, size_t at, size_t *t0, size_t *t1)
{
    *t0 = *t1 = at;
    while (*t0 > 0 && norm[*t0 - 1] != ' ')
        (*t0)--;
    while (*t1 < n && norm[*t1] != ' ')
        (*t1)++;
}

#define HIDES_PART "hide-" /* a class token opening so names what the box hides */

/* The end of norm's class token that holds byte at when it is a compound
 * "hide-X" whose X names furniture itself ("hide-read-more-ad",
 * "hide-entry-author": the read-more ad, the author line hidden inside the
 * box); 0 when it is not.  Its words say what the box hides, not what the
 * box is: neither hidden nor that furniture.  "hide-visually" and
 * "hide-mobile" name no furniture and are read as they are. */
static size_t hidden_part_token_end(const char *norm, size_t n, size_t at)
{
    size_t t0, t1;
    token_around(norm, n, at, &t0, &t1);
    size_t k = sizeof HIDES_PART - 1, start, len;
    if (t1 - t0 <= k || memcmp(norm + t0, HIDES_PART, k) != 0)
        return 0;
    return first_class_match(norm + t0 + k, t1 - t0 - k, &start, &len) ? t1 : 0;
}

/* The ends of the class tokens a block editor writes for a style picked
 * from the theme's presets ("has-caption-font-size",
 * "has-footer-background-color", WordPress's): the preset's name says how
 * the text looks, never what the box is. */
static const char *const preset_style_ends[] = {"-font-size", "-color", "-font-family",
                                                "-gradient-background"};
#define PRESET_STYLE_START "has-"

/* The end of norm's class token that holds byte at when it is such a
 * preset style; 0 when it is not. */
static size_t preset_style_token_end(const char *norm, size_t n, size_t at)
{
    size_t t0, t1;
    token_around(norm, n, at, &t0, &t1);
    size_t k = sizeof PRESET_STYLE_START - 1;
    if (t1 - t0 <= k || memcmp(norm + t0, PRESET_STYLE_START, k) != 0)
        return 0;
    for (size_t e = 0; e < sizeof preset_style_ends / sizeof preset_style_ends[0]; e++) {
        size_t m = strlen(preset_style_ends[e]);
        if (t1 - t0 > k + m && memcmp(norm + t1 - m, preset_style_ends[e], m) == 0)
            return t1;
    }
    return 0;
}

pith_category pith_rules_match_class(const char *norm, size_t n, char *word, size_t word_cap)
{
    if (pith_rules_init() != 0 || n == 0)
        return PITH_CAT_NONE;
    size_t start = 0, len = 0, from = 0;
    int g;
    for (;;) {
        g = first_class_match(norm + from, n - from, &start, &len);
        if (!g)
            return PITH_CAT_NONE;
        start += from;
        size_t skip = hidden_part_token_end(norm, n, start);
        if (!skip)
            skip = preset_style_token_end(norm, n, start);
        if (!skip)
            break;
        from = skip;
    }
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
    if (R.strong.index ? pith_byte_index_match(R.strong.index, norm, n, NULL, NULL) >= 0
                       : run(&R.strong, norm, n, NULL, NULL) >= 0)
        return 2;
    if (R.weak.index ? pith_byte_index_match(R.weak.index, norm, n, NULL, NULL) >= 0
                     : run(&R.weak, norm, n, NULL, NULL) >= 0)
        return 1;
    return 0;
}

#define PHRASE_MAX_BYTES 300 /* longer texts are no label */

/* The phrase rule t's whole text is (the rules are ready). */
static pith_category match_phrase_text(pith_any_text *t)
{
    if (t->n == 0 || t->n > PHRASE_MAX_BYTES)
        return PITH_CAT_NONE;
    int g = R.phrases.index ? pith_byte_index_match_text(R.phrases.index, t, NULL, NULL) + 1
                            : run(&R.phrases, t->s, t->n, NULL, NULL);
    if (g <= 0 || (unsigned)g > R.phrases.groups)
        return PITH_CAT_NONE;
    return R.phrases.cats[g - 1];
}

pith_category pith_rules_match_phrase(const char *text, size_t n)
{
    if (pith_rules_init() != 0 || n == 0 || n > PHRASE_MAX_BYTES)
        return PITH_CAT_NONE;
    pith_any_text t;
    pith_any_text_init(&t, text, n);
    pith_category cat = match_phrase_text(&t);
    pith_any_text_free(&t);
    return cat;
}

bool pith_rules_is_copyright(const char *text, size_t n)
{
    return pith_rules_init() == 0 && pith_any_match_run(R.copyright, text, n);
}

bool pith_rules_is_attribution(const char *text, size_t n)
{
    return pith_rules_init() == 0 && pith_any_match_run(R.attribution, text, n);
}

bool pith_rules_is_comment_header(const char *text, size_t n)
{
    return pith_rules_init() == 0 && pith_any_match_run(R.comment_header, text, n);
}

/* The words an alternative of pith_closing_credit_pattern (phrases.c) ends
 * with, before its closing "\\W*$", when it does not end with a bracket
 * or follow a colon: "/ Reuters", "Getty Images", "file photo"; a new
 * alternative that ends so puts its last word here. */
typedef struct closing_word {
    const char *w;
    size_t len;
} closing_word;
#define CLOSING_WORD(w) {w, sizeof w - 1}
static const closing_word credit_closing_words[] = {
    CLOSING_WORD("images"), CLOSING_WORD("afp"),   CLOSING_WORD("reuters"),
    CLOSING_WORD("ap"),     CLOSING_WORD("epa"),   CLOSING_WORD("shutterstock"),
    CLOSING_WORD("istock"), CLOSING_WORD("dpa"),   CLOSING_WORD("photo")};

/* Whether the closing word w may end t[0..x), whose last byte, lower-cased,
 * is last: the bytes there are w in either ASCII case, or not all ASCII
 * (PCRE2 matches "k" and "s" caselessly with two letters outside ASCII,
 * which are longer, never shorter). */
static bool may_close_with(const char *t, size_t x, char last, const closing_word *cw)
{
    size_t len = cw->len;
    if (x < len || cw->w[len - 1] != last)
        return false;
    for (size_t i = x - len; i < x; i++)
        if ((unsigned char)t[i] >= 0x80)
            return true;
    return pith_ascii_ieqn(t + x - len, cw->w, len);
}

/* Whether a colon may start a credit that runs to t[x] ("Photo: Reuters"):
 * no ASCII full stop or colon may come between ("[^.:]"), so back from x
 * a colon, or the last byte (0x9A) of a full-width one, comes before any
 * full stop. */
#define FULL_WIDTH_COLON_LAST 0x9A
static bool colon_credit_may_end(const char *t, size_t n, size_t x)
{
    if (!memchr(t, ':', n) && !memchr(t, FULL_WIDTH_COLON_LAST, n))
        return false; /* most blocks: one quick look */
    for (size_t i = x; i > 0; i--) {
        unsigned char c = (unsigned char)t[i - 1];
        if (c == ':' || c == FULL_WIDTH_COLON_LAST)
            return true;
        if (c == '.')
            return false;
    }
    return false;
}

/* A cheap gate before the closing credits' matcher, which costs some two
 * thousand instructions a block; most blocks are prose that fails it.
 * Every alternative of the pattern ends with a bracket among the text's
 * closing symbols, or with a closing word, or follows a colon.  The
 * closing symbols are the ASCII ones at the end (what "\\W*" takes); a
 * character outside ASCII before them may be a symbol with a bracket
 * before it: the matcher is asked. */
static bool may_end_with_credit(const char *t, size_t n)
{
    size_t x = n;
    for (; x > 0 && (unsigned char)t[x - 1] < 0x80 && !pith_ascii_is_alnum(t[x - 1]) &&
           t[x - 1] != '_';
         x--)
        if (t[x - 1] == ')')
            return true;
    if (x == 0)
        return false; /* every alternative holds a word */
    if ((unsigned char)t[x - 1] >= 0x80)
        return true;
    char last = pith_ascii_lower(t[x - 1]);
    for (size_t i = 0; i < sizeof credit_closing_words / sizeof *credit_closing_words; i++)
        if (may_close_with(t, x, last, &credit_closing_words[i]))
            return true;
    return colon_credit_may_end(t, n, x);
}

bool pith_rules_ends_with_credit(const char *text, size_t n)
{
    return may_end_with_credit(text, n) && pith_rules_init() == 0 &&
           pith_any_match_run(R.closing_credit, text, n);
}

/* Explain names of the phrase rules, per category. */
#define PHRASE_RULE_NAME(name) "phrase:" #name,
static const char *const phrase_rule_names[PITH_CAT_COUNT] = {
    "phrase", PITH_CAT_EACH(PHRASE_RULE_NAME)};

#define PHRASE_MAX_TEXT 300 /* non-space bytes: longer blocks are prose */
#define CREDIT_MAX_TEXT 150 /* a credit is a caption's last line */
#define CTA_MAX_TEXT 250    /* a call to action is a line or two */

/* The phrase rules' verdict on t, a block of chars non-space characters,
 * 0 < chars <= PITH_RULES_COOKIE_MAX_TEXT (pith_rules_block_phrase; the
 * rules are ready); copyright_after: the copyright rule reads the whole
 * text after them. */
static inline const char *block_phrase(pith_any_text *t, size_t chars, bool copyright_after,
                                       pith_category *cat_out)
{
    /* A block longer than the phrases is read by the cookie rule only: its
     * literals are looked for alone.  When the copyright rule reads it too
     * (a legal notice's length), the group's one pass serves both, for less
     * than a pass alone for each. */
    t->alone = chars > PHRASE_MAX_TEXT && !copyright_after;
    pith_category heading = PITH_CAT_NONE;
    if (chars <= PHRASE_MAX_TEXT) {
        pith_category cat = match_phrase_text(t);
        if (cat == PITH_CAT_REVIEWS || cat == PITH_CAT_LOADING) {
            heading = cat; /* furniture beside a product only, or a line of its own
                              only: the caller knows the page and the element */
        } else if (cat != PITH_CAT_NONE) {
            *cat_out = cat;
            return phrase_rule_names[cat];
        }
    }
    const char *rule = NULL;
    if (chars <= PHRASE_MAX_TEXT && pith_any_match_run_text(R.copyright, t))
        rule = "phrase:copyright";
    else if (chars <= CREDIT_MAX_TEXT && pith_any_match_run_text(R.credit, t))
        rule = "phrase:credit";
    else if (chars <= CTA_MAX_TEXT && pith_any_match_run_text(R.cta, t))
        rule = "phrase:call-to-action";
    else if (pith_any_match_run_text(R.cookie, t))
        rule = "phrase:cookie";
    if (!rule)
        *cat_out = heading;
    return rule;
}

/* Whether a block of chars non-space characters is one the phrase rules
 * read. */
static bool phrase_length(size_t chars)
{
    return chars > 0 && chars <= PITH_RULES_COOKIE_MAX_TEXT;
}

const char *pith_rules_block_phrase(const char *text, size_t n, size_t chars,
                                    pith_category *cat_out)
{
    *cat_out = PITH_CAT_NONE;
    if (!phrase_length(chars) || pith_rules_init() != 0)
        return NULL;
    /* the phrases' gates and the text rules look at one folded copy of the
     * text */
    pith_any_text t;
    pith_any_text_init(&t, text, n);
    const char *rule = block_phrase(&t, chars, false, cat_out);
    pith_any_text_free(&t);
    return rule;
}

const char *pith_rules_block_phrase_copyright(const char *text, size_t n, size_t chars,
                                              bool copyright_too, bool *copyright,
                                              pith_category *cat_out)
{
    *cat_out = PITH_CAT_NONE;
    *copyright = false;
    bool phrases = phrase_length(chars);
    if ((!phrases && !copyright_too) || pith_rules_init() != 0)
        return NULL; /* no rule reads the block */
    pith_any_text t;
    pith_any_text_init(&t, text, n);
    const char *rule = phrases ? block_phrase(&t, chars, copyright_too, cat_out) : NULL;
    if (!rule && copyright_too)
        /* the whole text, as pith_rules_is_copyright reads it: an
         * end-anchored rule reads its tail only */
        *copyright = pith_any_match_tail(R.copyright) >= n
                         ? pith_any_match_run_text(R.copyright, &t)
                         : pith_any_match_run(R.copyright, text, n);
    pith_any_text_free(&t);
    return rule;
}
