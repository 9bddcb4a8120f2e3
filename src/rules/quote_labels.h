/*
 * quote_labels.h — the word forum software writes over a quote in a post
 * ("Quote:", "Zitat:"; see quote_labels.c).
 */
#ifndef PITH_QUOTE_LABELS_H
#define PITH_QUOTE_LABELS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_quote_label {
    const char *label;    /* the word, lower case (ASCII letters fold) */
    const char *language; /* whose forums write it */
} pith_quote_label;

/* The table, ended by an entry whose label is NULL. */
extern const pith_quote_label pith_quote_labels[];

/* Is the text (n bytes) one of the labels, whole (white space around it
 * and a closing ':' aside)? */
bool pith_rules_is_quote_label(const char *text, size_t n);

#endif
