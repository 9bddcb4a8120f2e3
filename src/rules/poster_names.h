/*
 * poster_names.h — the parts of a class name with which forum software
 * marks a poster's user name (see poster_names.c).
 */
#ifndef PITH_POSTER_NAMES_H
#define PITH_POSTER_NAMES_H

#include <stdbool.h>

typedef struct pith_poster_name {
    const char *part;   /* as written: matched anywhere in the class, case and all */
    const char *reason; /* whose markup writes it */
} pith_poster_name;

/* The table, ended by an entry whose part is NULL. */
extern const pith_poster_name pith_poster_names[];

/* Does the class attribute (NULL for none) hold one of the parts? */
bool pith_rules_class_names_a_user(const char *cls);

#endif
