/*
 * any_match.h — "does the pattern match anywhere?", answered alternative
 * by alternative.
 *
 * The text rules (copyright lines, cookie notices, calls to action...) are
 * long alternations over many languages, asked only whether they match.
 * As one pattern PCRE2 finds no byte a match must start with, so it tries
 * every alternative at every position; cut into its top-level alternatives
 * (alternatives.h), most pieces start with a known letter that PCRE2 finds
 * with a fast scan, and the whole costs several times less.  A pattern
 * matches somewhere exactly when one of its alternatives does.
 *
 * A piece is not run at all when none of the literals one of which its
 * every match contains is in the text (in any text when the literals hold
 * for any text, else in ASCII text only), nor in ASCII text when it needs a
 * character outside ASCII: a page then compiles (lazy_re.h) only the
 * pieces its text might match.  An alternative that needs a letter of a
 * script with case (Cyrillic: "все права защищены") and has no literal
 * gives the lead bytes of that letter's cases instead: text with none of
 * them (English with curly quotes) does not run it.
 */
#ifndef PITH_ANY_MATCH_H
#define PITH_ANY_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rules_data.h"

typedef struct pith_any_match pith_any_match;

/* The matcher of pattern with the PCRE2 options given (one piece per
 * alternative when it can be cut, else one piece); each piece is compiled
 * the first time a text reaches it (lazy_re.h).  pattern must outlive the
 * matcher (the rules are static data).  NULL when memory runs out. */
pith_any_match *pith_any_match_build(const char *pattern, uint32_t options);

/* Compile every piece now; false when one does not compile. */
bool pith_any_match_compile(pith_any_match *m);

/* True when the pattern matches somewhere in s[0..n) (a valid UTF-8 string
 * when the pattern was compiled for UTF).  Safe from many threads at once:
 * only the lazily compiled pieces change, under their lock. */
bool pith_any_match_run(pith_any_match *m, const char *s, size_t n);

#define PITH_ANY_STACK_TEXT 512 /* bytes of text copied without an allocation */

/* A group of matchers asked about the same texts, one after the other
 * (the block phrases: copyright, credit, call to action, cookie notice and
 * the phrase subsets' gates).  Their literals are filed together, so that
 * one pass over a text's folded copy finds the literals of all of them,
 * each compared where it may start: the pass costs about what one
 * matcher's look-up did, and each member then only reads its pieces'
 * bits (pith_any_text's found).  Members must share their caselessness;
 * a matcher is in at most one group. */
typedef struct pith_any_group pith_any_group;

/* The most pieces the members of a group hold together. */
#define PITH_ANY_GROUP_SLOTS 2048
#define PITH_ANY_GROUP_WORDS (PITH_ANY_GROUP_SLOTS / 64)

/* A text as the matchers look at it, for asking several of them about one
 * text: the folded copy their literals are looked for in and its set of
 * three-byte hashes are made once, by the first matcher that needs them. */
typedef struct pith_any_text {
    const char *s;
    size_t n;
    bool ascii;             /* no byte outside ASCII */
    bool lower_caseless;    /* lower was folded for caseless matchers */
    char *lower;            /* the folded copy, NULL until made */
    size_t lower_len;
    bool has_set;           /* trigrams and trigram_words are made */
    bool alone;             /* asked by one matcher: no set is made, its
                               literals are looked for in one pass */
    /* The set of the text's three-byte hashes (rules_data.h): 512 bytes,
     * cleared for each text; a short block sets a few dozen of them, so a
     * literal that is not in the text is nearly always known absent from
     * one or two bits. */
    uint64_t trigrams[PITH_ANY_HASH_WORDS];
    uint64_t trigram_words; /* bit w set: trigrams[w] is not 0 */
    uint64_t leads;         /* bit b - 0xC0: the lead byte b is in the text */
    /* The group whose members' literals were looked for in the text (NULL
     * until one was), and the pieces of its members one of whose literals
     * the text holds: bit slot + i for piece i of the member at slot (a
     * word more, read but never set, for a member at the last slots). */
    const pith_any_group *group;
    uint64_t group_found[PITH_ANY_GROUP_WORDS + 1];
    /* PCRE2's match data for the pieces run on the text (pcre2_match_data),
     * made by the first run and kept for the others, with the frames the
     * interpreter keeps in it; NULL until then */
    struct pcre2_real_match_data_8 *md;
    char local[PITH_ANY_STACK_TEXT];
} pith_any_text;

/* Set t up for s[0..n) (which must outlive it); free with
 * pith_any_text_free. */
void pith_any_text_init(pith_any_text *t, const char *s, size_t n);
void pith_any_text_free(pith_any_text *t);

/* pith_any_match_run on a text set up by pith_any_text_init. */
bool pith_any_match_run_text(pith_any_match *m, pith_any_text *t);

/* Whether a piece of m may match the text: one whose literals or lead
 * bytes the text holds, or that needs none; no pattern is run. */
bool pith_any_match_may_match(pith_any_match *m, pith_any_text *t);

/* A gate: the literals (and lead bytes) one of which every match of
 * pattern holds, where pattern is never matched itself.  Asked with
 * pith_any_match_may_match, it says which texts cannot match the pattern
 * before a costlier matcher runs it (the phrases' first-byte subsets,
 * byte_index.h).  NULL when no literal is known for some alternative of
 * pattern (no gate: every text may match) or memory runs out.  pattern
 * need not outlive the gate. */
pith_any_match *pith_any_gate_build(const char *pattern, size_t len, uint32_t options);

/* A gate as data (it points into gate, which must outlive it). */
void pith_any_gate_export(const pith_any_match *gate, pith_gate_data *out);

/* A gate over such data (which must outlive it) set up in room,
 * pith_any_gate_room bytes (a multiple of any alignment) of memory the
 * caller owns, so that many gates take one allocation (the phrase index
 * loads a hundred at every start-up); NULL when it gates nothing or memory
 * runs out.  pith_any_gate_unplace frees what the gate holds, not room. */
size_t pith_any_gate_room(void);
pith_any_match *pith_any_gate_place(void *room, const pith_gate_data *data, uint32_t options);
void pith_any_gate_unplace(pith_any_match *gate);

/* The matcher with every piece compiled, as data (rules_data.h; it points
 * into m, which must outlive it); free with pith_any_match_data_free.
 * False when a piece does not compile or memory ran out. */
bool pith_any_match_export(pith_any_match *m, pith_any_match_data *out);
void pith_any_match_data_free(pith_any_match_data *data);

/* A matcher over data built ahead of time (which must outlive it); NULL
 * when memory runs out. */
pith_any_match *pith_any_match_from_data(const pith_any_match_data *data);

void pith_any_match_free(pith_any_match *m);

/* The group of the n matchers (each with the same PCRE2 caselessness, in
 * no other group, and together with at most PITH_ANY_GROUP_SLOTS pieces);
 * the matchers must outlive it (pith_any_group_free, which takes them out
 * of it, comes before pith_any_match_free).  NULL when they cannot be grouped or memory runs
 * out: each then looks its literals up alone, with the same answers. */
pith_any_group *pith_any_group_build(pith_any_match *const *members, unsigned n);
void pith_any_group_free(pith_any_group *g);

/* The group as data (it points into g, which must outlive it). */
void pith_any_group_export(const pith_any_group *g, pith_group_data *out);

/* The group of the n matchers over data built ahead of time from matchers
 * of the same pieces (the data must outlive it): no literal is filed at
 * start-up.  NULL when they cannot be grouped, are not as many as the
 * data's (or their pieces), or memory runs out. */
pith_any_group *pith_any_group_from_data(pith_any_match *const *members, unsigned n,
                                         const pith_group_data *data);

/* Whether g's tables (from data) are those pith_any_group_build makes of
 * its members now, and whether m's pieces' openings (from data) are those
 * its pieces' patterns give now: the data cannot drift from the code. */
bool pith_any_group_current(const pith_any_group *g);
bool pith_any_match_openings_current(const pith_any_match *m);

/* When every piece of m ends at the text's end ("...\\W*$"): the most
 * characters other than white space a match holds before the text's
 * closing ASCII symbols, so that only the text's tail is read; SIZE_MAX
 * when m has no such bound. */
size_t pith_any_match_tail(const pith_any_match *m);

/* The bytes of a piece's literals ("one\0two\0\0"): each with its NUL, the
 * empty one that ends them left out. */
size_t pith_any_match_literals_size(const char *set);

#endif
