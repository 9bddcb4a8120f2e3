/*
 * units.h — the paragraph classifier's judgement, apart from where the
 * paragraphs come from (units.c).
 *
 * A unit is one paragraph of a page: a leaf block of an HTML page
 * (classify.c collects them from the element table) or a block of lines of
 * a text page (src/text/).  Each is judged by its length, its link density
 * and its share of stop words of the page's language, then revised by its
 * neighbours, as jusText does.  Nothing here knows where a unit came from:
 * `el` is whatever index the caller gave it.
 */
#ifndef PITH_CONTENT_UNITS_H
#define PITH_CONTENT_UNITS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rules/rules.h"
#include "util/arena.h"

typedef enum pith_unit_class {
    PITH_UNIT_BAD = 0,
    PITH_UNIT_SHORT,
    PITH_UNIT_NEAR_GOOD,
    PITH_UNIT_GOOD
} pith_unit_class;

#define PITH_UNIT_MAX_LINK_DENSITY 0.2
#define PITH_UNIT_LENGTH_LOW 70   /* non-space bytes; shorter is SHORT */
#define PITH_UNIT_LENGTH_HIGH 200 /* longer prose is GOOD outright */
#define PITH_UNIT_MAX_TEXT 4000   /* bytes of a unit read for stop words */

typedef struct pith_unit {
    uint32_t el;          /* what the unit stands for (an element, a block) */
    uint32_t chars;       /* non-space bytes of its text */
    uint32_t words;       /* words of its text */
    uint32_t hit_off;     /* its stop-word hits (private to units.c) */
    uint8_t hit_count;
    float link_density;
    float stop_density;   /* share of stop words of the page's language */
    bool heading;
    bool own;             /* the container's own text, not a leaf block */
    uint8_t cls;          /* pith_unit_class: the context-free verdict */
    uint8_t final;        /* pith_unit_class after the context revision */
} pith_unit;

/* Stop-word hits of the units, kept compact until the page's language is
 * known: (language << 10 | count) pairs for the languages that hit. */
typedef struct pith_unit_hits {
    uint16_t *pairs;
    uint32_t n, cap;
} pith_unit_hits;

typedef struct pith_units {
    pith_unit *u;
    uint32_t n, cap;
    int lang;     /* index of the stop-word list (pith_rules_stop_lang), -1 */
    double level; /* the page's prose level of stop-word density */
    /* While collecting: */
    pith_unit_hits hits;
    pith_stopstats page; /* stop words of the prose-sized units */
    pith_stopstats counts; /* the unit being added; zero between units */
} pith_units;

/* An empty set of units. */
void pith_units_init(pith_units *u);

/* Add a unit at the end, its stop words counted from text (n bytes: the
 * caller reads about PITH_UNIT_MAX_TEXT bytes of a long unit at most); the
 * caller fills in el, own and heading.  Allocates from arena; NULL when memory ran out. */
pith_unit *pith_units_add(pith_units *u, pith_arena *arena, const char *text, size_t n,
                          uint32_t chars, float link_density);

/* Judge the units collected: the page's language, each unit's class, then
 * the revision by context.  Returns false when memory ran out. */
bool pith_units_judge(pith_units *u, pith_arena *arena);

#endif
