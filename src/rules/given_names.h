/*
 * given_names.h — frequent given names across many languages (see
 * given_names.c): the first word of a person's name ("Nora Whitlock"), which
 * a brand's ("Laughing Otter") seldom is.
 */
#ifndef PITH_GIVEN_NAMES_H
#define PITH_GIVEN_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pith_given_name {
    const char *name;   /* lower case, UTF-8 */
    const char *reason; /* where it is frequent */
} pith_given_name;

/* The table, ended by an entry whose name is NULL. */
extern const pith_given_name pith_given_names[];

/* The table's length (without its end). */
size_t pith_given_name_entries(void);

/* The entry numbers in the order of their names (bytes after ASCII
 * lower-casing, then entry numbers) into out: their count, 0 when cap is
 * too small.  scripts/rules_gen.c writes it for the
 * build (rules_data.h); the search runs over that. */
size_t pith_given_name_order(uint16_t *out, size_t cap);

/* Is the word (n bytes, any ASCII case) one of the given names? */
bool pith_rules_is_given_name(const char *word, size_t n);

#endif
