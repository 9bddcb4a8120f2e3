/*
 * title_parts.h — parts of a <title> that a site's software writes,
 * not the page's author (see title_parts.c): the part that says what
 * kind of page it is ("View topic").
 */
#ifndef PITH_TITLE_PARTS_H
#define PITH_TITLE_PARTS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_title_part {
    const char *part;   /* the whole part, as written (ASCII letters fold) */
    const char *reason; /* whose software writes it, and in which language */
} pith_title_part;

/* The parts a forum writes between the board's name and the topic's,
 * ended by an entry whose part is NULL. */
extern const pith_title_part pith_page_kind_parts[];

/* Is the text (n bytes) one of pith_page_kind_parts, whole? */
bool pith_rules_is_page_kind_part(const char *text, size_t n);

#endif
