/*
 * phrases.h — the phrase tables (see phrases.c).
 */
#ifndef PITH_PHRASES_H
#define PITH_PHRASES_H

#include "rules.h"

typedef struct pith_phrase_rule {
    pith_category cat;
    const char *pattern; /* alternatives matching a whole short block */
} pith_phrase_rule;

/* Terminated by an entry whose pattern is NULL. */
extern const pith_phrase_rule pith_block_phrases[];
extern const char *const pith_copyright_pattern;
extern const char *const pith_cookie_pattern;
extern const char *const pith_credit_pattern;
extern const char *const pith_cta_pattern;
extern const char *const pith_attribution_pattern;
extern const char *const pith_comment_header_pattern;
extern const char *const pith_closing_credit_pattern;

#endif
