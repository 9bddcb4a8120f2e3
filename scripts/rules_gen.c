/*
 * rules_gen.c — writes the rule tables, built and compiled, as C
 * (build/gen/rules_data.c): see src/rules/rules_data.h.
 *
 * Linked with the library's objects but without that file, so the library
 * builds every table the slow way here (pith_rules_precompiled is NULL),
 * compiles every pattern, and pith_rules_export hands them over with their
 * serialised forms.
 * Usage: rules-gen OUT.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/alternatives.h"
#include "rules/any_match.h"
#include "rules/given_names.h"
#include "rules/rules.h"
#include "rules/rules_data.h"
#include "meta/date.h"

const pith_rules_data *const pith_rules_precompiled = NULL;

/* A C string literal of n bytes: printable ASCII as is (but for the
 * backslash, the quote and '?', which could start a trigraph), everything
 * else as a three-digit octal escape, in lines of about 72 bytes. */
static void put_bytes(FILE *f, const unsigned char *s, size_t n)
{
    size_t col = 0;
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"' && c != '?') {
            fputc(c, f);
            col++;
        } else {
            fprintf(f, "\\%03o", c);
            col += 4;
        }
        if (col >= 72 && i + 1 < n) {
            fputs("\"\n    \"", f);
            col = 0;
        }
    }
    fputc('"', f);
}

static unsigned blobs;

/* A pith_re_data initializer; its blob is written before, as blob_N. */
static void put_re_blob(FILE *f, const pith_re_data *re)
{
    fprintf(f, "static const unsigned char blob_%u[] =\n    ", blobs);
    put_bytes(f, re->blob, re->blob_len);
    fputs(";\n", f);
}

static void put_re(FILE *f, const pith_re_data *re, unsigned blob)
{
    fputs("{", f);
    put_bytes(f, (const unsigned char *)re->source, re->len);
    fprintf(f, ", %zu, 0x%xu, blob_%u, %zu}", re->len, (unsigned)re->options, blob, re->blob_len);
}

/* A set of pieces as an initializer. */
static void put_pieces_set(FILE *f, const char *field, const pith_pieces_set *set)
{
    fprintf(f, "    .%s = {{", field);
    for (unsigned w = 0; w < sizeof set->w / sizeof set->w[0]; w++)
        fprintf(f, "%s0x%llxull", w ? "," : "", (unsigned long long)set->w[w]);
    fputs("}},\n", f);
}

/* A matcher's filed literals (any_match.c, built by its build_index) as
 * name, with their bounds and filed entries before it. */
static void put_literal_index(FILE *f, const char *name, const pith_literal_index *ix)
{
    unsigned hashes = 0;
    for (unsigned w = 0; w < PITH_ANY_HASH_WORDS; w++)
        for (uint64_t bits = ix->first[w]; bits; bits &= bits - 1)
            hashes++;
    fprintf(f, "static const uint16_t %s_bounds[] = {", name);
    for (unsigned r = 0; r <= hashes; r++)
        fprintf(f, "%s%u", r ? (r % 16 ? "," : ",\n    ") : "", ix->bounds[r]);
    fputs("};\n", f);
    unsigned filed = ix->bounds[hashes];
    if (filed) {
        fprintf(f, "static const pith_filed_literal %s_filed[] = {", name);
        for (unsigned e = 0; e < filed; e++)
            fprintf(f, "%s{%u,%u,%u}", e ? (e % 6 ? "," : ",\n    ") : "", ix->filed[e].offset,
                    ix->filed[e].last_tri, ix->filed[e].piece);
        fputs("};\n", f);
    }
    fprintf(f, "static const pith_literal_index %s = {\n    .first = {", name);
    for (unsigned w = 0; w < PITH_ANY_HASH_WORDS; w++)
        fprintf(f, "%s0x%llxull", w ? (w % 4 ? "," : ",\n     ") : "",
                (unsigned long long)ix->first[w]);
    fprintf(f, "},\n    .first_words = 0x%llxull,\n    .rank = {",
            (unsigned long long)ix->first_words);
    for (unsigned w = 0; w < PITH_ANY_HASH_WORDS; w++)
        fprintf(f, "%s%u", w ? (w % 16 ? "," : ",\n     ") : "", ix->rank[w]);
    fprintf(f, "},\n    .n_literals = %u, .bounds = %s_bounds, .filed = ", ix->n_literals, name);
    if (filed)
        fprintf(f, "%s_filed,\n", name);
    else
        fputs("NULL,\n", f);
    put_pieces_set(f, "gated", &ix->gated);
    put_pieces_set(f, "gated_any", &ix->gated_any);
    put_pieces_set(f, "unindexed", &ix->unindexed);
    put_pieces_set(f, "with_leads", &ix->with_leads);
    put_pieces_set(f, "non_ascii", &ix->non_ascii);
    put_pieces_set(f, "all", &ix->all);
    fputs("};\n", f);
}

/* The plain-word keys of a phrase index (phrase_literals.h) as name. */
static void put_literals(FILE *f, const char *name, const pith_phrase_literals_data *d)
{
    fprintf(f, "static const char %s_words_pool[] =\n    ", name);
    put_bytes(f, (const unsigned char *)d->pool, d->pool_len);
    fprintf(f, ";\nstatic const pith_literal_entry %s_words_entries[] = {", name);
    for (unsigned e = 0; e < d->n_entries; e++)
        fprintf(f, "%s{%u,%u,%u}", e ? (e % 6 ? "," : ",\n    ") : "", d->entries[e].offset,
                d->entries[e].len, d->entries[e].rule);
    fprintf(f, "};\nstatic const uint16_t %s_words_slots[] = {", name);
    for (unsigned k = 0; k <= d->mask; k++)
        fprintf(f, "%s%u", k ? (k % 16 ? "," : ",\n    ") : "", d->slots[k]);
    if (d->last_words)
        fprintf(f, "};\nstatic const uint64_t %s_words_last[] = {", name);
    for (unsigned w = 0; d->last_words && w < PITH_LAST_WORD_BITS / 64; w++)
        fprintf(f, "%s0x%llxull", w ? (w % 4 ? "," : ",\n    ") : "",
                (unsigned long long)d->last_words[w]);
    fprintf(f, "};\nstatic const pith_phrase_literals_data %s_words = {\n    %uu, %s_words_slots, "
               "%uu, %s_words_entries,\n    %s_words_pool, %zu, %uu, %s%s};\n",
            name, d->mask, name, d->n_entries, name, name, d->pool_len, d->longest,
            d->last_words ? name : "NULL", d->last_words ? "_words_last" : "");
}

/* The phrase subsets' sets of opening pairs, or of opening triples, one
 * row a subset: NAME_pairs or NAME_triples. */
static void put_openings(FILE *f, const char *name, const pith_index_data *ix, bool triples)
{
    unsigned words = triples ? PITH_TRIPLE_WORDS : PITH_PAIR_WORDS;
    fprintf(f, "static const uint64_t %s_%s[][%u] = {\n", name, triples ? "triples" : "pairs",
            words);
    for (unsigned k = 0; k < ix->n_subsets; k++) {
        const uint64_t *row = triples ? ix->subsets[k].triples : ix->subsets[k].pairs;
        for (unsigned w = 0; w < words; w++)
            fprintf(f, "%s0x%llxull%s", w ? (w % 4 ? "," : ",\n     ") : "    {",
                    (unsigned long long)row[w], w + 1 == words ? "},\n" : "");
    }
    fputs("};\n", f);
}

static void put_index(FILE *f, const char *name, const pith_index_data *ix)
{
    unsigned first = blobs;
    for (unsigned k = 0; k < ix->n_subsets; k++) {
        put_re_blob(f, &ix->subsets[k].re);
        blobs++;
    }
    unsigned prefix = blobs;
    if (ix->prefix.blob) {
        put_re_blob(f, &ix->prefix);
        blobs++;
    }
    if (ix->literals)
        put_literals(f, name, ix->literals);
    char gate_name[64];
    for (unsigned k = 0; k < ix->n_subsets; k++)
        if (ix->subsets[k].gate.index) {
            snprintf(gate_name, sizeof gate_name, "%s_gate%u", name, k);
            put_literal_index(f, gate_name, ix->subsets[k].gate.index);
        }
    if (ix->n_subsets && ix->subsets[0].pairs) {
        put_openings(f, name, ix, false);
        put_openings(f, name, ix, true);
    }
    fprintf(f, "static const pith_subset_data %s_subsets[] = {\n", name);
    for (unsigned k = 0; k < ix->n_subsets; k++) {
        fputs("    {", f);
        put_re(f, &ix->subsets[k].re, first + k);
        fputs(", {", f);
        for (unsigned g = 0; g < PITH_INDEX_MAX_RULES; g++)
            fprintf(f, "%s%u", g ? "," : "", ix->subsets[k].rule_of[g]);
        const pith_gate_data *gate = &ix->subsets[k].gate;
        fputs("},\n     {", f);
        if (gate->literals)
            put_bytes(f, (const unsigned char *)gate->literals,
                      pith_any_match_literals_size(gate->literals));
        else
            fputs("NULL", f);
        fprintf(f, ", 0x%llxull, %s, %s, ", (unsigned long long)gate->leads,
                gate->non_ascii ? "true" : "false", gate->any_text ? "true" : "false");
        if (gate->index)
            fprintf(f, "&%s_gate%u}, ", name, k);
        else
            fputs("NULL}, ", f);
        if (ix->subsets[k].pairs)
            fprintf(f, "%s_pairs[%u], %s_triples[%u]},\n", name, k, name, k);
        else
            fputs("NULL, NULL},\n", f);
    }
    fprintf(f, "};\nstatic const short %s_chains[] = {", name);
    for (unsigned i = 0; i < ix->n_chains; i++)
        fprintf(f, "%s%d", i ? (i % 16 ? "," : ",\n    ") : "", ix->chains[i]);
    fprintf(f, "};\nstatic const pith_index_data %s_index = {\n    %d, 0x%xu,\n    {", name,
            ix->parts, (unsigned)ix->options);
    for (int c = 0; c < 256; c++)
        fprintf(f, "%s{%d,%d}", c ? (c % 12 ? "," : ",\n     ") : "", ix->at[c][0], ix->at[c][1]);
    fprintf(f, "},\n    %u, %s_chains, %u, %s_subsets,\n    ", ix->n_chains, name,
            ix->n_subsets, name);
    if (ix->prefix.blob)
        put_re(f, &ix->prefix, prefix);
    else
        fputs("{0}", f);
    if (ix->literals)
        fprintf(f, ",\n    &%s_words", name);
    else
        fputs(", NULL", f);
    fputs("};\n\n", f);
}

static void put_set(FILE *f, const char *name, const pith_set_data *set)
{
    if (set->index) {
        put_index(f, name, set->index);
        return;
    }
    put_re_blob(f, &set->re);
    fprintf(f, "static const pith_re_data %s_re = ", name);
    put_re(f, &set->re, blobs++);
    fputs(";\n\n", f);
}

static void set_field(FILE *f, const char *name, const pith_set_data *set)
{
    if (set->index)
        fprintf(f, "    {&%s_index, {0}},\n", name);
    else
        fprintf(f, "    {NULL, %s_re},\n", name);
}

/* n words as the rows of an initializer. */
static void put_words(FILE *f, const uint64_t *w, unsigned n)
{
    for (unsigned k = 0; k < n; k++)
        fprintf(f, "%s0x%llxull", k ? (k % 4 ? "," : ",\n    ") : "", (unsigned long long)w[k]);
}

/* A piece's opening (find_opening): its fields, its triples before as
 * NAME_triples_I. */
static void put_opening_triples(FILE *f, const char *name, unsigned i, const pith_opening *o)
{
    if (!o->triples)
        return;
    fprintf(f, "static const uint64_t %s_triples_%u[] = {\n    ", name, i);
    put_words(f, o->triples, PITH_TRIPLE_WORDS);
    fputs("};\n", f);
}

static void put_opening(FILE *f, const char *name, unsigned i, const pith_opening *o)
{
    fprintf(f, ",\n     {%s, {0x%llxull, 0x%llxull}, ", o->known ? "true" : "false",
            (unsigned long long)o->first[0], (unsigned long long)o->first[1]);
    if (o->triples)
        fprintf(f, "%s_triples_%u}", name, i);
    else
        fputs("NULL}", f);
}

static void put_text(FILE *f, const char *name, const pith_any_match_data *m)
{
    unsigned first = blobs;
    for (unsigned i = 0; i < m->n; i++) {
        put_re_blob(f, &m->pieces[i].re);
        put_opening_triples(f, name, i, &m->pieces[i].opening);
        blobs++;
    }
    fprintf(f, "static const pith_piece_data %s_pieces[] = {\n", name);
    for (unsigned i = 0; i < m->n; i++) {
        fputs("    {", f);
        put_re(f, &m->pieces[i].re, first + i);
        fputs(", ", f);
        /* The literals, each with its NUL; the string's own NUL ends them. */
        put_bytes(f, (const unsigned char *)m->pieces[i].literal,
                  pith_any_match_literals_size(m->pieces[i].literal));
        fprintf(f, ", %s, %s, 0x%llxull", m->pieces[i].non_ascii ? "true" : "false",
                m->pieces[i].any_text ? "true" : "false",
                (unsigned long long)m->pieces[i].leads);
        put_opening(f, name, i, &m->pieces[i].opening);
        fputs("},\n", f);
    }
    fputs("};\n", f);
    char index_name[64];
    snprintf(index_name, sizeof index_name, "%s_literals", name);
    put_literal_index(f, index_name, m->index);
    char tail[32] = "SIZE_MAX";
    if (m->tail != SIZE_MAX)
        snprintf(tail, sizeof tail, "%zuu", m->tail);
    fprintf(f, "static const pith_any_match_data %s_text = {0x%xu, %u, %s_pieces, &%s, %s};\n\n",
            name, (unsigned)m->options, m->n, name, index_name, tail);
}

static void put_stopwords(FILE *f, const pith_stop_data *t)
{
    fputs("static const uint16_t stop_index[] = {", f);
    for (unsigned i = 0; i < PITH_STOP_INDEX_SLOTS; i++)
        fprintf(f, "%s%u", i ? (i % 16 ? "," : ",\n    ") : "", t->index[i]);
    fputs("};\nstatic const pith_stop_entry stop_words[] = {\n", f);
    for (unsigned i = 0; i < t->nwords; i++)
        fprintf(f, "    {%u, %u, 0x%llxull},\n", t->words[i].offset, t->words[i].len,
                (unsigned long long)t->words[i].langs);
    fputs("};\nstatic const char stop_pool[] =\n    ", f);
    put_bytes(f, (const unsigned char *)t->pool, t->pool_len);
    fprintf(f, ";\nstatic const pith_stop_data stopwords = {stop_index, stop_words, %u, stop_pool, "
               "%zu};\n\n",
            t->nwords, t->pool_len);
}

/* The block phrases' group (any_match.c's groups): its literals' texts in
 * one pool, each with its NUL. */
static void put_group(FILE *f, const pith_group_data *g)
{
    fputs("static const char group_pool[] =\n    ", f);
    size_t pool = 0;
    for (unsigned e = 0; e < g->n_lits; e++)
        pool += strlen(g->lits[e].text) + 1;
    unsigned char *bytes = malloc(pool ? pool : 1), *at = bytes;
    for (unsigned e = 0; bytes && e < g->n_lits; e++) {
        size_t len = strlen(g->lits[e].text) + 1;
        memcpy(at, g->lits[e].text, len);
        at += len;
    }
    put_bytes(f, bytes, bytes ? pool : 0);
    free(bytes);
    fputs(";\nstatic const pith_group_literal group_lits[] = {\n", f);
    size_t off = 0;
    for (unsigned e = 0; e < g->n_lits; e++) {
        const pith_group_literal *lit = &g->lits[e];
        fprintf(f, "    {0x%llxull, 0x%llxull, group_pool + %zu, ", (unsigned long long)lit->head,
                (unsigned long long)lit->mask, off);
        if (lit->rest)
            fprintf(f, "group_pool + %zu", off + 8);
        else
            fputs("NULL", f);
        fprintf(f, ", %u, %u, 0x%xu},\n", lit->slots, lit->n_slots, lit->fourths);
        off += strlen(lit->text) + 1;
    }
    fputs("};\nstatic const uint16_t group_start[] = {", f);
    for (unsigned h = 0; h <= PITH_GROUP_HASHES; h++)
        fprintf(f, "%s%u", h ? (h % 16 ? "," : ",\n    ") : "", g->start[h]);
    fputs("};\nstatic const uint16_t group_slot_of[] = {", f);
    for (unsigned k = 0; k < g->n_filed; k++)
        fprintf(f, "%s%u", k ? (k % 16 ? "," : ",\n    ") : "", g->slot_of[k]);
    fprintf(f, "};\nstatic const pith_group_data block_group = {\n    %u, %u,\n    {", g->n_members,
            g->n_slots);
    put_words(f, g->first, PITH_GROUP_HASHES / 64);
    fprintf(f, "},\n    group_start, %u, group_lits, %u, group_slot_of};\n\n", g->n_lits,
            g->n_filed);
}

/* The month words' byte order (meta/date_words.c), for its binary search. */
static bool put_month_order(FILE *f)
{
    uint16_t order[4096];
    size_t n = pith_date_month_order(order, sizeof order / sizeof order[0]);
    size_t entries = 0;
    int month;
    while (pith_date_month_entry(entries, &month))
        entries++;
    if (n == 0)
        return false;
    fputs("static const uint16_t month_order[] = {", f);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s%u", i ? (i % 16 ? "," : ",\n    ") : "", order[i]);
    fprintf(f, "};\n#define N_MONTHS %zuu\n#define N_MONTH_ENTRIES %zuu\n\n", n, entries);
    return true;
}

/* The given names' order (rules/given_names.c), for its binary search. */
static bool put_given_order(FILE *f)
{
    uint16_t order[4096];
    size_t n = pith_given_name_order(order, sizeof order / sizeof order[0]);
    if (n == 0)
        return false;
    fputs("static const uint16_t given_order[] = {", f);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s%u", i ? (i % 16 ? "," : ",\n    ") : "", order[i]);
    fprintf(f, "};\n#define N_GIVEN_NAMES %zuu\n#define N_GIVEN_ENTRIES %zuu\n\n", n,
            pith_given_name_entries());
    return true;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: rules-gen OUT.c\n", stderr);
        return 2;
    }
    pith_rules_data d;
    if (pith_rules_export(&d) != 0) {
        fputs("rules-gen: a rule does not compile\n", stderr);
        return 1;
    }
    if (pith_rules_stop_words_dropped() != 0) {
        fputs("rules-gen: the stop-word lists do not fit stopmatch.c's table\n", stderr);
        pith_rules_data_free(&d);
        return 1;
    }
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        pith_rules_data_free(&d);
        return 1;
    }
    fputs("/* rules_data.c — generated by scripts/rules_gen.c from src/rules: do not edit.\n"
          " * The rule tables built and compiled ahead of time (rules_data.h). */\n"
          "#include \"rules/rules_data.h\"\n\n",
          f);
    put_set(f, "boiler", &d.boiler);
    put_set(f, "strong", &d.strong);
    put_set(f, "weak", &d.weak);
    put_set(f, "phrases", &d.phrases);
    put_text(f, "copyright", d.copyright);
    put_text(f, "cookie", d.cookie);
    put_text(f, "credit", d.credit);
    put_text(f, "cta", d.cta);
    put_text(f, "attribution", d.attribution);
    put_text(f, "comment_header", d.comment_header);
    put_text(f, "closing_credit", d.closing_credit);
    put_stopwords(f, d.stopwords);
    if (d.block_group)
        put_group(f, d.block_group);
    const char *unfit = !put_month_order(f)   ? "the month words"
                        : !put_given_order(f) ? "the given names"
                                              : NULL;
    if (unfit) {
        fprintf(stderr, "rules-gen: %s do not fit\n", unfit);
        fclose(f);
        pith_rules_data_free(&d);
        return 1;
    }
    fputs("static const pith_rules_data data = {\n", f);
    set_field(f, "boiler", &d.boiler);
    set_field(f, "strong", &d.strong);
    set_field(f, "weak", &d.weak);
    set_field(f, "phrases", &d.phrases);
    fputs("    &copyright_text, &cookie_text, &credit_text, &cta_text, &attribution_text,\n"
          "    &comment_header_text, &closing_credit_text,\n"
          "    &stopwords,\n",
          f);
    fprintf(f, "    %s,\n", d.block_group ? "&block_group" : "NULL");
    fputs("    month_order, N_MONTHS, N_MONTH_ENTRIES,\n"
          "    given_order, N_GIVEN_NAMES, N_GIVEN_ENTRIES,\n};\n"
          "const pith_rules_data *const pith_rules_precompiled = &data;\n",
          f);
    pith_rules_data_free(&d);
    if (fclose(f) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
