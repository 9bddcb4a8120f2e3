/*
 * kind.h — what kind of page a text page is, from the shape of its lines,
 * and whether that kind keeps every block or one run of prose (kind.c).
 */
#ifndef PITH_TEXT_KIND_H
#define PITH_TEXT_KIND_H

#include <stdbool.h>
#include <stdint.h>

#include "text/page.h"

/* Set page->type and page->type_reason (unless the caller gave the type,
 * page->type_given), once judge.c has found the article's run [first,
 * last] (found false when there is none) and whether the page is records.
 * Returns true when the page's content is every block no rule removes,
 * not the run: its prose lies in many parts (a service page's sections,
 * a manual's paragraphs between its code); the titles a label of other
 * stories heads ("Related articles") are removed then.  A page of many parts whose
 * text is already clean (an extractor's output) has every block no rule
 * removed kept (role PITH_TR_KEPT) here. */
bool pith_text_kind(pith_tpage *page, bool found, uint32_t first, uint32_t last, bool records);

/* Does the line (n bytes, NUL-terminated) read as a line of program code:
 * it opens a block ("{"), ends a statement or a block (";", "}") with
 * brackets or an assignment in it, or holds what code writes and prose
 * does not ("();", "=>", "::")? */
bool pith_text_code_line(const char *s, size_t n);

/* How many of the blocks from first to last (none removed) are a price
 * alone on its line. */
uint32_t pith_text_price_lines(const pith_tpage *page, uint32_t first, uint32_t last);

/* Do that many prices, each alone on its line (pith_text_price_lines),
 * make a grid of products (COLLECTION_MIN_PRICES, a collection's)? */
bool pith_text_grid_of_prices(uint32_t prices);

#endif
