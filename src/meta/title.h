/*
 * title.h — cleaning a title of its site name (title.c).
 */
#ifndef PITH_META_TITLE_H
#define PITH_META_TITLE_H

#include <stdbool.h>

#include "util/buf.h"

/* Clean a title candidate into out (cleared first).  A part separated by
 * " | ", " - ", " – ", " · ", " » "... that names the site (the site name,
 * or the host) is cut from either end.  For the <title> element
 * (is_title_element), a last part is cut even without a known site name
 * when at least three words remain, else a first part.  The part cut goes
 * to cut (cleared first; empty when nothing was cut). */
void pith_meta_clean_title(const char *title, const char *sitename, const char *hostname,
                           bool is_title_element, pith_buf *out, pith_buf *cut);

/* When the first parts of title (split as above, not all of them) are,
 * loosely, the page's main heading, those parts into out and true:
 * "Seals return | Local | Coast News" with the heading "Seals return" is
 * cut to it, in any script and whatever the site is called.  A heading
 * equal to a later part (a site banner in an <h1>) is not used. */
bool pith_meta_title_part_is(const char *title, const char *heading, pith_buf *out);

/* Lower-case letters and digits of s only, for loose comparisons. */
void pith_meta_fold(const char *s, pith_buf *out);

#endif
