/*
 * meta.h — the metadata stage: who wrote the page, when, for which site,
 * in which language, under what title.
 *
 * The stage reads the parsed page before the clean stage changes it.  Each
 * source of metadata has its own file in src/meta/; meta.c merges what they
 * find in a fixed order of trust.  All strings are allocated from the result
 * arena (ctx->out) and are valid UTF-8.
 */
#ifndef PITH_META_H
#define PITH_META_H

#include <stddef.h>

struct pith_ctx;

typedef struct pith_meta {
    const char *title;
    const char *author;
    const char *date;
    const char *date_modified;
    const char *sitename;
    const char *hostname;
    const char *url;
    const char *description;
    const char *language;
    const char *language_source;
    const char *image;
    const char *license;
    const char *pagetype;
    const char **categories;
    size_t n_categories;
    const char **tags;
    size_t n_tags;
    /* Hints for the content stage. */
    const char *article_body; /* JSON-LD articleBody text, if any */
    const char *base_url;     /* base for relative links (<base>, canonical, url) */
} pith_meta;

/* Fill ctx->meta from the parsed page (ctx->dom). */
void pith_meta_extract(struct pith_ctx *ctx);

#endif
