/*
 * markup.h — telling an HTML page from text by its bytes (markup.c).
 */
#ifndef PITH_INPUT_MARKUP_H
#define PITH_INPUT_MARKUP_H

#include <stdbool.h>
#include <stddef.h>

/* True when n bytes of decoded text hold HTML markup: a doctype, or tags
 * of HTML's vocabulary ("<p>", "</div>", "<br/>", "<a href=...>"), at
 * least two of them and one in every 2 KiB, unless the text opens with one.
 * Text that only mentions a tag, or uses "<" and ">" as signs, is not
 * markup.  Stops as soon as it knows: cheap on HTML, one memchr pass on
 * text. */
bool pith_input_has_markup(const char *s, size_t n);

#endif
