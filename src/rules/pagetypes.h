/*
 * pagetypes.h — the evidence tables of the page-type stage (see
 * pagetypes.c): which declared types, generators and address shapes speak
 * for which kind of page, and how strongly.
 */
#ifndef PITH_PAGETYPES_H
#define PITH_PAGETYPES_H

#include <stddef.h>
#include <stdint.h>


/* The kinds of page (the page-type stage, pagetype/, tells them apart). */
typedef enum pith_pagetype {
    PITH_PAGE_ARTICLE = 0, /* a news story, blog post, essay, recipe... */
    PITH_PAGE_FORUM,       /* a discussion thread or Q&A: every post is content */
    PITH_PAGE_PRODUCT,     /* one product: name, description, specifications */
    PITH_PAGE_COLLECTION,  /* a shop's category or search page: a grid of products */
    PITH_PAGE_LISTING,     /* a list of posts, jobs, events, results: their teasers */
    PITH_PAGE_DOCUMENTATION, /* a manual or reference page, with its code */
    PITH_PAGE_SERVICE,     /* a company's landing or service page: all its sections */
    PITH_PAGE_OTHER,       /* none of these */
    PITH_PAGE_COUNT
} pith_pagetype;

typedef struct pith_type_signal {
    const char *word;     /* what is matched (each table says how) */
    uint8_t type;         /* the pith_pagetype it speaks for */
    uint8_t weight;       /* 1 a hint, 2 good evidence, 3 a declaration */
    const char *reason;   /* why, and the name --explain reports */
} pith_type_signal;

/* The entry of table (ended by a NULL word) whose word is the whole of w
 * (n bytes), ASCII case folded; NULL when none is. */
const pith_type_signal *pith_type_signal_of(const pith_type_signal *table, const char *w,
                                            size_t n);

/* schema.org types (JSON-LD @type, microdata itemtype), matched against the
 * type's last path segment exactly ("https://schema.org/Product" ->
 * "Product"). */
extern const pith_type_signal pith_schema_type_signals[];

/* Open Graph og:type values, matched exactly (ASCII case folded). */
extern const pith_type_signal pith_og_type_signals[];

/* <meta name="generator"> values: the software's name, matched as a
 * case-folded prefix of the content ("Discourse 3.2" -> "discourse"). */
extern const pith_type_signal pith_generator_signals[];

/* Segments of the page's own address (its canonical URL): matched
 * against every '/'-separated segment of the path, case folded; an entry
 * ending in '*' matches a segment's prefix, one starting with '=' the whole
 * host's first label ("docs.example.com" -> "=docs"). */
extern const pith_type_signal pith_url_signals[];

/* Class tokens blog software writes on the <body> of the archive of a
 * category or a tag, beside "archive" (WordPress's body classes: "archive
 * category category-recipes"), matched whole, ASCII case folded. */
extern const pith_type_signal pith_archive_body_signals[];

/* The text of a button that buys the product shown ("Add to cart"),
 * matched whole, ASCII case folded, with the symbols and white space around
 * it left out ("+ Add to Cart"). */
extern const pith_type_signal pith_buy_button_signals[];

/* The nouns of a count of the items a page lists ("318 styles", "1-24 of
 * 345 products", "Produkte (143)"): matched whole after the figure (or
 * before it, when the figure is in brackets), ASCII case folded. */
extern const pith_type_signal pith_count_noun_signals[];

/* Segments of a link's path that lead to a member's profile ("/u/4117/ann",
 * "/members/ann.52/", "memberlist.php?mode=viewprofile&u=5", "/~ann"): the
 * poster named at the head of a forum's post.  Matched against each
 * segment, a ".php" suffix left out, case folded; an entry ending in '*'
 * matches a segment's prefix.  A blog's /author/ pages are left out: an
 * article's byline links there too. */
extern const pith_type_signal pith_profile_segments[];

#endif
