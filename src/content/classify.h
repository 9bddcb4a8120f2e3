/*
 * classify.h — the paragraph classifier (see classify.c).
 */
#ifndef PITH_CLASSIFY_H
#define PITH_CLASSIFY_H

#include "context.h"

typedef enum pith_unit_class {
    PITH_UNIT_BAD = 0,
    PITH_UNIT_SHORT,
    PITH_UNIT_NEAR_GOOD,
    PITH_UNIT_GOOD
} pith_unit_class;

typedef struct pith_unit {
    uint32_t el;          /* the element */
    uint32_t chars;       /* non-space bytes of its text */
    uint32_t words;       /* words of its text */
    uint32_t hit_off;     /* its stop-word hits (private to classify.c) */
    uint8_t hit_count;
    float link_density;
    float stop_density;   /* share of stop words of the page's language */
    bool heading;
    bool own;             /* the container's own text, not a leaf block */
    uint8_t cls;          /* pith_unit_class: the context-free verdict */
    uint8_t final;        /* pith_unit_class after the context revision */
} pith_unit;

typedef struct pith_units {
    pith_unit *u;
    uint32_t n, cap;
    int lang;     /* index of the stop-word list (pith_rules_stop_lang), -1 */
    double level; /* the page's prose level of stop-word density */
} pith_units;

/* Classify the paragraph units under root (skipping elements with any of
 * skip's flags), in page order, into u (allocated from ctx->arena).
 * Returns false when memory ran out. */
bool pith_classify(pith_ctx *ctx, uint32_t root, uint32_t skip, pith_units *u);

#endif
