/*
 * jsonld.h — the tolerant JSON-LD reader (jsonld_repair.c) used by the
 * JSON-LD source (jsonld.c).
 */
#ifndef PITH_META_JSONLD_H
#define PITH_META_JSONLD_H

#include <jansson.h>
#include <stddef.h>

#include "dom/dom.h"
#include "util/buf.h"

/* Parse the text of one ld+json script (n bytes) and append every JSON
 * value it holds to the array all.  Broken JSON as real sites ship it is
 * repaired first (see jsonld_repair.c).  Returns the number of values
 * appended. */
size_t pith_jsonld_parse(const char *text, size_t n, json_t *all);

/* Every JSON value of the page's ld+json scripts, in one array (NULL when
 * memory ran out).  What jansson may take to read a script is charged to
 * the page's budget before it is read; a script past max_memory ends the
 * reading (the page then fails with PITH_ERR_LIMIT).  *charged is what was
 * charged: release it (pith_budget_release) after json_decref. */
json_t *pith_jsonld_read_page(const pith_dom *dom, size_t *charged);

/* How much a schema.org type name looks like the page's main item: 3 for
 * articles and posts ("NewsArticle", "BlogPosting", "Report"), 2 for web
 * pages and media ("WebPage", "VideoObject"), 1 for sites and
 * organisations, 0 for anything else.  Accepts full URLs
 * ("http://schema.org/Article") and prefixes ("schema:Article"). */
int pith_jsonld_type_rank(const char *type);

/* A type's own name, past a full URL's last '/' and a prefix's ':'
 * ("http://schema.org/NewsArticle", "schema:NewsArticle" -> "NewsArticle"):
 * points into type. */
const char *pith_jsonld_type_name(const char *type);

/* Repair s (n bytes) into out: wrappers removed, raw control characters
 * in strings escaped, bad escapes dropped, trailing commas removed,
 * missing commas between values inserted, comments removed. */
void pith_jsonld_repair(const char *s, size_t n, pith_buf *out);

#endif
