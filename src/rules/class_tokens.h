/*
 * class_tokens.h — the class/id pattern tables (see class_tokens.c).
 */
#ifndef PITH_CLASS_TOKENS_H
#define PITH_CLASS_TOKENS_H

#include "rules.h"

/* The fragment may match inside a part ("mytaboolawidget"). */
#define SUBSTR 1
/* A content pattern that raises the score but does not protect. */
#define WEAK 2

typedef struct pith_class_rule {
    pith_category cat;
    const char *pattern; /* PCRE2 fragment over normalised class + id */
    int flags;           /* SUBSTR */
    const char *why;     /* what the entry catches */
} pith_class_rule;

/* Both terminated by an entry whose pattern is NULL. */
extern const pith_class_rule pith_boilerplate_classes[];
extern const pith_class_rule pith_content_classes[];

#endif
