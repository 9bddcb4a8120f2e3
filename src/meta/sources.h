/*
 * sources.h — the metadata sources, one file each.  Every source reads the
 * parsed page (ctx->dom, before cleaning) and records what it sees in the
 * found table; none of them decides between sources (meta.c does).
 */
#ifndef PITH_META_SOURCES_H
#define PITH_META_SOURCES_H

#include "context.h"
#include "found.h"

/* jsonld.c: <script type="application/ld+json">, @graph, nested objects. */
void pith_meta_from_jsonld(pith_ctx *ctx, pith_mfound *f);

/* metatags.c: <meta name|property|http-equiv> (OpenGraph, Twitter cards,
 * Dublin Core, article:*, parsely-*, plain names). */
void pith_meta_from_metatags(pith_ctx *ctx, pith_mfound *f);

/* microdata.c: itemprop (microdata) and property (RDFa lite) outside
 * <meta> name tags. */
void pith_meta_from_microdata(pith_ctx *ctx, pith_mfound *f);

/* links.c: <link rel=canonical|license|image_src>, <a rel=tag|category|
 * license>, <base href>. */
void pith_meta_from_links(pith_ctx *ctx, pith_mfound *f);

/* The first <base href>, or NULL. */
const char *pith_meta_base_href(const pith_ctx *ctx);

/* document.c: the <title> element, <html lang>, the options' URL. */
void pith_meta_from_document(pith_ctx *ctx, pith_mfound *f);

/* byline.c: visible bylines ("By Jane Doe", rel=author, class byline). */
void pith_meta_from_byline(pith_ctx *ctx, pith_mfound *f);

/* The full name the page shows of an author named by a given name alone
 * ("Juliette"): the text of the first element outside hidden parts that
 * holds only a person's name opening with that word ("Juliette
 * Carreiro", the name on the writer's card), into out; false when none. */
bool pith_meta_full_name_of(const pith_ctx *ctx, const char *given, pith_buf *out);

/* timetags.c: <time datetime> elements and date text in elements whose
 * class says date/time/published. */
void pith_meta_from_time(pith_ctx *ctx, pith_mfound *f);

/* timetags.c: does a publication or update label open text (n bytes):
 * "Published", "Posted on", "Date:", "Last updated", in any case?
 * *updated says which. */
bool pith_meta_date_label(const char *text, size_t n, bool *updated);

/* timetags.c: when a publication or update label opens text (n bytes, in
 * any case: "Posted on", "Last updated", "Publié le"), the bytes it takes,
 * and in *by the word its language writes, with its spaces, before the
 * name of who posted or changed the page when the date stands between
 * label and name ("Posted on 3 March 2025 by Jane Roe": " by "), or NULL
 * where it reads no such line; 0 when no label opens text. */
size_t pith_meta_credit_label(const char *text, size_t n, const char **by);

/* timetags.c: the length of a mark between the pieces of a line of date,
 * author and reading time at s[0..n) ("|", "·", "•", "⋅", an en or em
 * dash, a hyphen between spaces: "Dec 26, 2025 • Jane Doe"), 0 when
 * none stands there. */
size_t pith_meta_piece_mark(const char *s, size_t n);

/* sitename.c: the site's name as the page shows it: its logo's text (or
 * its home link's), the holder of its copyright line. */
void pith_meta_from_site_marks(pith_ctx *ctx, pith_mfound *f);

/* Helpers the sources share (document.c). */

/* True when the element sits inside a part of the page that never holds
 * the article's own metadata (comments, related lists, footers, asides,
 * navigation), or is hidden.  The answers are kept in f, so asking for
 * every element of a page costs one pass. */
bool pith_meta_in_aside(const pith_ctx *ctx, pith_mfound *f, uint32_t el);

/* True when element el sits with the article's text: its nearest ancestor
 * (or itself) on the clean stage's main path is neither <body> nor <html>,
 * and at most three levels above the element that holds the most prose.
 * The article's heading, byline and date are there; a page header's banner
 * or clock is not. */
bool pith_meta_in_article(const pith_ctx *ctx, uint32_t el);

/* The element's class and id (and itemprop, when asked), normalised for
 * matching ("postDate" -> "post-date", see pith_rules_normalize_attr) into
 * norm (cap bytes); returns the length, 0 when it has none. */
size_t pith_meta_class_norm(const pith_el *el, bool with_itemprop, char *norm, size_t cap);

/* One dash-separated part of a token of the element's class or id is one
 * of the words ("site-logo" has "logo"; "logotype" has not). */
bool pith_meta_class_has_part(const pith_el *el, const char *const *words, size_t count);

/* The page's first visible <h1> (none of its markup hides it) with text,
 * and with outside_links with text outside its links (not the site's logo,
 * "<h1 class=logo><a href=/>Houstonia</a></h1>"); PITH_NO_EL when none.
 * Looked for once per page and answer kind, then kept in f. */
uint32_t pith_meta_first_h1(const pith_dom *dom, pith_mfound *f, bool outside_links);

/* Element i is in a link that also holds a heading: a card that leads to
 * another story, whose date and byline are that story's (timetags.c). */
bool pith_meta_in_teaser_link(const pith_dom *dom, uint32_t i);

/* The element's text, collapsed, at most max bytes, in the caller's buffer
 * (cleared first). */
void pith_meta_el_text(const pith_ctx *ctx, uint32_t el, pith_buf *out, size_t max);

/* The element's own text nodes, one by one, for labels written in them
 * ("- Publicado por: ...", "[ 2018-08-25 ]"): *k is the child to look from
 * (0 at first); returns the next text node's text with leading white space
 * and the punctuation before a label ("[", "(", "-", "|") skipped, or NULL
 * when there are no more. */
const char *pith_meta_next_own_text(const pith_el *el, unsigned *k);

#endif
