/*
 * rules_data.h — the rule tables as built and compiled ahead of time.
 *
 * Building the tables (cutting every rule into alternatives, finding the
 * bytes each may start with, grouping them by byte) and compiling their
 * patterns costs a process tens of millions of instructions, a hundred
 * times what extracting a small page takes.  The build does it once:
 * scripts/rules_gen.c builds every table with the code of this folder,
 * compiles every pattern, and writes the result, the patterns as PCRE2
 * serialises them (pcre2_serialize_encode), into a C file that is part of
 * the library (build/gen/rules_data.c).  At run time a pattern is decoded
 * the first time a page needs it, which is a copy; when the PCRE2 at run
 * time cannot decode it (another version), it is compiled from its source,
 * which the data keeps too.  Without the data (the generator itself), the
 * tables are built at the first call as before.
 */
#ifndef PITH_RULES_DATA_H
#define PITH_RULES_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PITH_INDEX_MAX_RULES 64

/* One pattern: its source and options, and its compiled form, serialised
 * (NULL when there is none). */
typedef struct pith_re_data {
    const char *source;
    size_t len;
    uint32_t options;
    const unsigned char *blob;
    size_t blob_len;
} pith_re_data;

/* The literals of an any-of matcher's pieces filed by the hash of their
 * first three bytes (any_match.c builds it, here or ahead of time): a text
 * is asked only about the literals whose first three bytes it may hold. */
#define PITH_ANY_MAX_PIECES 128
#define PITH_ANY_TRIGRAM_BITS 4096u /* hashes of three bytes */
#define PITH_ANY_HASH_WORDS (PITH_ANY_TRIGRAM_BITS / 64)

/* A set of pieces, one bit each. */
typedef struct pith_pieces_set {
    uint64_t w[PITH_ANY_MAX_PIECES / 64];
} pith_pieces_set;

/* An indexed literal: the one at offset in its piece's literals. */
typedef struct pith_filed_literal {
    uint16_t offset;
    uint16_t last_tri; /* the hash of its last three bytes */
    uint8_t piece;
} pith_filed_literal;

typedef struct pith_literal_index {
    uint64_t first[PITH_ANY_HASH_WORDS]; /* hashes some literal starts with */
    uint64_t first_words;                /* bit w set: first[w] is not 0 */
    uint16_t rank[PITH_ANY_HASH_WORDS];  /* hashes of first before word w */
    unsigned n_literals;                 /* of every piece */
    /* The literals whose first three bytes have the r-th hash of first
     * (in hash order) are filed[bounds[r] .. bounds[r + 1]), in piece
     * order: only the hashes some literal has take room. */
    const uint16_t *bounds;
    const pith_filed_literal *filed;
    pith_pieces_set gated;      /* pieces with literals: run on ASCII text only when one is there */
    pith_pieces_set gated_any;  /* ... and on any text (any_text) */
    pith_pieces_set unindexed;  /* pieces with literals, not indexed: strstr asks */
    pith_pieces_set with_leads; /* pieces with lead bytes */
    pith_pieces_set non_ascii;  /* pieces no ASCII text matches */
    pith_pieces_set all;        /* every piece */
} pith_literal_index;

/* A gate (any_match.h): literals ("one\0two\0\0") one of which, or a
 * lead byte of which, every match holds; literals NULL: no gate.  index:
 * its literals filed, or NULL (filed when the gate is made). */
typedef struct pith_gate_data {
    const char *literals;
    uint64_t leads;
    bool non_ascii;
    bool any_text;
    const pith_literal_index *index;
} pith_gate_data;

/* One subset of a first-byte index (byte_index.c). */
typedef struct pith_subset_data {
    pith_re_data re;
    unsigned char rule_of[PITH_INDEX_MAX_RULES];
    pith_gate_data gate; /* phrases: what a text needs for the subset to run */
    /* phrases: the pairs of bytes a match may open with where its first
     * is ASCII (PITH_PAIR_WORDS words, alternatives.h, pith_regex_pair_bit;
     * all set: any may); NULL for other rules */
    const uint64_t *pairs;
    /* phrases: the first three bytes alike (PITH_TRIPLE_WORDS words,
     * pith_regex_triple_bit); NULL for other rules */
    const uint64_t *triples;
} pith_subset_data;

/* The phrase alternatives that are plain words (phrase_literals.h): each
 * key written as a text's core is folded to compare (ASCII letters in
 * lower case, a space for each run of white space), filed by its hash. */
typedef struct pith_literal_entry {
    uint32_t offset; /* of the key in the pool */
    uint16_t len;
    uint8_t rule;    /* the first rule with this key */
} pith_literal_entry;

typedef struct pith_phrase_literals_data {
    unsigned mask;                      /* slots - 1 (a power of two less one) */
    const uint16_t *slots;              /* entry + 1, or 0 for none */
    unsigned n_entries;
    const pith_literal_entry *entries;
    const char *pool;
    size_t pool_len;
    unsigned longest;                   /* the longest key */
    /* PITH_LAST_WORD_BITS bits: the hashes of the keys' last words (after
     * their last space), or NULL */
    const uint64_t *last_words;
} pith_phrase_literals_data;

#define PITH_LAST_WORD_BITS 4096u

/* A first-byte index, with the chain of every byte made. */
typedef struct pith_index_data {
    int parts;                 /* pith_index_parts */
    uint32_t options;
    short at[256][2];          /* offset of the byte's chain, or -1 */
    unsigned n_chains;
    const short *chains;       /* subset numbers, each chain ended by -1 */
    unsigned n_subsets;
    const pith_subset_data *subsets;
    pith_re_data prefix;       /* phrases: the run of symbols before a phrase */
    const pith_phrase_literals_data *literals; /* phrases: the plain words, or NULL */
} pith_index_data;

/* One piece of an any-of matcher (any_match.c). */
/* Room for the literals of one piece ("one\0two\0\0"): the teasers'
 * labels of the calls to action ("read more", "see also", ... in a dozen
 * languages) take 180 bytes; with fewer they had none, and ran on every
 * short block. */
#define PITH_LITERALS_MAX 256

/* What a piece anchored at the text's start ("^\\W*(?:photo|image)...")
 * may open with (any_match.c's find_opening): the ASCII bytes (bits of the
 * two words) its rest after the symbols it may skip may start with
 * (known false: any text may open it), and its first three bytes
 * (PITH_TRIPLE_WORDS words, alternatives.h; NULL: not known). */
typedef struct pith_opening {
    bool known;
    uint64_t first[2];
    const uint64_t *triples;
} pith_opening;

typedef struct pith_piece_data {
    pith_re_data re;
    char literal[PITH_LITERALS_MAX];
    bool non_ascii;
    bool any_text;  /* the literals (or leads) hold in any text, not only in ASCII */
    uint64_t leads; /* bit b - 0xC0: a lead byte one of which the matches of
                       the piece's alternatives without literals hold */
    /* found by the generator, not at every start-up (reading the pieces
     * costs 0.21 M instructions) */
    pith_opening opening;
} pith_piece_data;

typedef struct pith_any_match_data {
    uint32_t options;
    unsigned n;
    const pith_piece_data *pieces;
    const pith_literal_index *index; /* the pieces' literals filed, or NULL */
    size_t tail; /* the matcher's tail bound (any_match.c's tail_bound), SIZE_MAX
                    when it has none: measured once by the generator, not at
                    every start-up (the regex reading costs 0.14 M instructions) */
} pith_any_match_data;

/* A group of matchers (any_match.h's pith_any_group): their literals
 * filed together by the hash of their first three bytes on
 * PITH_GROUP_HASHES values, built by the generator, not at every start-up
 * (filing some thousands of literals costs 0.55 M instructions). */
#define PITH_GROUP_HASHES 8192u

/* A literal of one or more members' pieces, filed once. */
typedef struct pith_group_literal {
    uint64_t head, mask;     /* its first eight bytes (fewer: the rest of
                                mask clear), as a load of eight bytes reads */
    const char *text;        /* NUL-ended */
    const char *rest;        /* text + 8 when it is longer, else NULL */
    uint16_t slots, n_slots; /* the bits of its pieces: slot_of[slots ..) */
    uint32_t fourths;        /* in the first literal filed under a hash: bit
                                b % 32 for the fourth byte b of each literal
                                filed there, all bits when one is shorter */
} pith_group_literal;

typedef struct pith_group_data {
    unsigned n_members;
    unsigned n_slots;                       /* the members' pieces */
    uint64_t first[PITH_GROUP_HASHES / 64]; /* hashes some literal has */
    /* The literals whose hash is h are lits[start[h] .. start[h + 1]). */
    const uint16_t *start;                  /* PITH_GROUP_HASHES + 1 */
    unsigned n_lits;
    const pith_group_literal *lits;
    unsigned n_filed;                       /* of slot_of */
    const uint16_t *slot_of;
} pith_group_data;

/* A set of rules of rules.c: an index, or one pattern. */
typedef struct pith_set_data {
    const pith_index_data *index; /* NULL: re */
    pith_re_data re;
} pith_set_data;

/* The stop-word table of stopmatch.c: a hash index of entry numbers
 * (+ 1; 0 is free) and the entries, whose words are in one pool. */
#define PITH_STOP_INDEX_SLOTS 8192
typedef struct pith_stop_entry {
    uint32_t offset; /* in the pool */
    uint32_t len;
    uint64_t langs;  /* bit i: a stop word of the i-th list */
} pith_stop_entry;

typedef struct pith_stop_data {
    const uint16_t *index;
    const pith_stop_entry *words;
    unsigned nwords;
    const char *pool;
    size_t pool_len;
} pith_stop_data;

typedef struct pith_rules_data {
    pith_set_data boiler, strong, weak, phrases;
    const pith_any_match_data *copyright, *cookie, *credit, *cta, *attribution,
        *comment_header, *closing_credit;
    const pith_stop_data *stopwords;
    /* The group of the block phrases' matchers (rules.c's
     * block_phrase_group), or NULL */
    const pith_group_data *block_group;
    /* The month words of meta/date_words.c in byte order (entry numbers;
     * a word listed twice keeps its first entry), for a binary search:
     * n_month_entries is the table's length when the order was made. */
    const uint16_t *month_order;
    unsigned n_months, n_month_entries;
    /* The given names of rules/given_names.c in their order, for a binary
     * search (pith_given_name_order): n_given_entries is the table's length
     * when the order was made. */
    const uint16_t *given_order;
    unsigned n_given_names, n_given_entries;
} pith_rules_data;

/* The data of this build (build/gen/rules_data.c), or NULL. */
extern const pith_rules_data *const pith_rules_precompiled;

#endif
