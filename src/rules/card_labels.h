/*
 * card_labels.h — the labels a shop prints on each card of a grid (see
 * card_labels.c): its buttons drawn as links ("Compare", "Quick view",
 * "Add to cart") and its badges ("Best seller", "Top rated"), which say
 * nothing of the item.
 */
#ifndef PITH_CARD_LABELS_H
#define PITH_CARD_LABELS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_card_label {
    const char *label;  /* the whole line, lower case (ASCII letters fold) */
    const char *reason; /* what it is, and why it goes */
} pith_card_label;

/* The table, ended by an entry whose label is NULL. */
extern const pith_card_label pith_card_labels[];

/* Is the text (n bytes) one of the labels, whole (white space and a
 * closing '!' or ':' around it aside)? */
bool pith_rules_is_card_label(const char *text, size_t n);

#endif
