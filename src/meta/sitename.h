/*
 * sitename.h — cleaning a site's name (sitename.c).
 */
#ifndef PITH_META_SITENAME_H
#define PITH_META_SITENAME_H

#include "util/buf.h"

/* The site's name without a tagline or a domain ending, into out (cleared
 * first): "Harbour Notes – the boat builder blog" is "Harbour Notes",
 * "Quillmore: Better tools." "Quillmore", "Fanbase powered by Wikiloom"
 * "Fanbase", "Quillmore.com" "Quillmore", "kxq.co.uk" "kxq"; "Le Phare.fr"
 * "Le Phare" when the host (may be NULL) ends in ".fr"; empty for a name
 * without a letter or a digit ("/"). */
void pith_meta_clean_sitename(const char *name, const char *hostname, pith_buf *out);

/* True when written (the site part of the <title>) is the declared site
 * name as the site writes it for its readers: the same letters with more
 * spaces ("Herald Sun" for "HeraldSun") or in both cases where the
 * declared one has one ("SimplyFound" for "SIMPLYFOUND"), with its
 * article ("The Washington Post" for "Washington Post"), or with a word
 * that names a newsroom ("BuzzFeed News" for "BuzzFeed"); not a region,
 * a section or a tagline. */
bool pith_meta_name_as_written(const char *declared, const char *written);

/* True when s is a domain name alone: letters, digits, dots and hyphens
 * ending in one of the domain endings a site's name is written with
 * ("example.com", "notes.example.org"; not "Node.js", "Example News",
 * nor a country's ending, which names no site without its host). */
bool pith_meta_is_domain_name(const char *s);

#endif
