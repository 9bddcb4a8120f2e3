/*
 * clean.h — stage 3: remove what is never article content (see clean.c).
 */
#ifndef PITH_CLEAN_H
#define PITH_CLEAN_H

#include "../context.h"

/* Mark boilerplate elements PITH_EL_DROPPED and leave the text statistics
 * of ctx->dom up to date. */
void pith_clean(pith_ctx *ctx);

/* The class + id string of an element, normalised for the class rules
 * (see pith_rules_normalize_attr); its length. */
size_t pith_class_and_id(const pith_el *el, char *out, size_t cap);

/* True when an inline style hides the element (display:none,
 * visibility:hidden, with any spacing and case). */
bool pith_style_hides(const char *style);

#endif
