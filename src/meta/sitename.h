/*
 * sitename.h — cleaning a site's name (sitename.c).
 */
#ifndef PITH_META_SITENAME_H
#define PITH_META_SITENAME_H

#include "util/buf.h"

/* The site's name without a tagline or a domain ending, into out (cleared
 * first): "Mozilla Hacks – the Web developer blog" is "Mozilla Hacks",
 * "WebMD: Better information." "WebMD", "Fandom powered by Wikia"
 * "Fandom", "Salon.com" "Salon", "bbc.co.uk" "bbc"; "Le Monde.fr"
 * "Le Monde" when the host (may be NULL) ends in ".fr". */
void pith_meta_clean_sitename(const char *name, const char *hostname, pith_buf *out);

#endif
