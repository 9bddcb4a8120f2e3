/*
 * placeholder_lines.h — the line a script shows in a box until it fills it
 * ("Loading...", "Chargement…", "Wird geladen…"; see
 * placeholder_lines.c).
 */
#ifndef PITH_PLACEHOLDER_LINES_H
#define PITH_PLACEHOLDER_LINES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_line_pattern {
    /* the whole line in words, lower case: '#' stands for a number, '?' for
     * any one word, a closing '*' for any words after (or none); a closing
     * " ..." asks that the line end with an ellipsis ("..." or "…") */
    const char *words;
    const char *reason; /* what it is, and why it goes */
} pith_line_pattern;

/* The table, ended by an entry whose words are NULL. */
extern const pith_line_pattern pith_loading_lines[];

/* Is the text (n bytes) only a loading placeholder ("Loading...",
 * "Chargement…"), case, punctuation and symbols aside? */
bool pith_rules_is_loading_line(const char *text, size_t n);

#endif
