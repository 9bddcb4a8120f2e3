/*
 * headline.h — the page's visible headline (headline.c).
 */
#ifndef PITH_META_HEADLINE_H
#define PITH_META_HEADLINE_H

#include "context.h"
#include "found.h"

typedef enum pith_headline_kind {
    PITH_HEADLINE_NONE = 0,
    PITH_HEADLINE_RESTATES,     /* a heading that restates a declared title */
    PITH_HEADLINE_WITH_ARTICLE, /* the first <h1> with the article's text */
    PITH_HEADLINE_FIRST         /* else the page's first <h1> outside asides */
} pith_headline_kind;

/* The page's headline into out (cleared first), and how it was found:
 * the declared titles (n_declared strings: <title>, og:title, JSON-LD
 * headline...) tell the heading that restates one; headings equal to one
 * of names (the site's names) are banners, not headlines, and so are
 * headings away from the article's text equal to book (NULL: none), a
 * name the <title> may give the site or the book the page is in. */
pith_headline_kind pith_meta_headline(pith_ctx *ctx, pith_mfound *f,
                                      const char *const *declared, size_t n_declared,
                                      const char *const *names, size_t n_names, const char *book,
                                      pith_buf *out);

/* Drops from a heading's text (or a headline's line of text) the marks
 * that are no words of it: soft hyphens, no-break spaces (made spaces),
 * a permalink mark at its end
 * ("Usage¶"), a manual's section number at its start ("3.1 Git
 * Branching"), the spaces at either end, and the source an aggregator
 * sets after it ("Story title (example.com)"). */
void pith_meta_heading_marks_off(pith_buf *text);

/* How many of the first parts of title ("Story | Section | Site", split as
 * title.c splits) heading restates: half of the heading's words are words
 * of those parts, and half of those parts' words are the heading's (words
 * folded; each CJK character a word).  The fewest parts that it does; 0
 * when it restates none. */
size_t pith_meta_restated_parts(const char *heading, const char *title);

/* True when a and b have a word in common (words folded as above; at
 * most the first 64 of each are compared). */
bool pith_meta_shares_a_word(const char *a, const char *b);

/* The words of s (folded as above), up to 64. */
size_t pith_meta_word_count(const char *s);

#endif
