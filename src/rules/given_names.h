/*
 * given_names.h — frequent given names across many languages (see
 * given_names.c): the first word of a person's name ("Nora Whitlock"), which
 * a brand's ("Laughing Otter") seldom is.
 */
#ifndef PITH_GIVEN_NAMES_H
#define PITH_GIVEN_NAMES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_given_name {
    const char *name;   /* lower case, UTF-8 */
    const char *reason; /* where it is frequent */
} pith_given_name;

/* The table, ended by an entry whose name is NULL. */
extern const pith_given_name pith_given_names[];

/* Is the word (n bytes, any ASCII case) one of the given names? */
bool pith_rules_is_given_name(const char *word, size_t n);

#endif
