/*
 * jsonld.h — the tolerant JSON-LD reader (jsonld_repair.c) used by the
 * JSON-LD source (jsonld.c).
 */
#ifndef PITH_META_JSONLD_H
#define PITH_META_JSONLD_H

#include <jansson.h>
#include <stddef.h>

#include "util/buf.h"

/* Parse the text of one ld+json script (n bytes) and append every JSON
 * value it holds to the array all.  Broken JSON as real sites ship it is
 * repaired first (see jsonld_repair.c).  Returns the number of values
 * appended. */
size_t pith_jsonld_parse(const char *text, size_t n, json_t *all);

/* How much a schema.org type name looks like the page's main item: 3 for
 * articles and posts ("NewsArticle", "BlogPosting", "Report"), 2 for web
 * pages and media ("WebPage", "VideoObject"), 1 for sites and
 * organisations, 0 for anything else.  Accepts full URLs
 * ("http://schema.org/Article") and prefixes ("schema:Article"). */
int pith_jsonld_type_rank(const char *type);

/* Repair s (n bytes) into out: wrappers removed, raw control characters
 * in strings escaped, bad escapes dropped, trailing commas removed,
 * missing commas between values inserted, comments removed. */
void pith_jsonld_repair(const char *s, size_t n, pith_buf *out);

#endif
