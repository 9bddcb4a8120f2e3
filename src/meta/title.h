/*
 * title.h — cleaning a title of its site name (title.c).
 */
#ifndef PITH_META_TITLE_H
#define PITH_META_TITLE_H

#include <stdbool.h>

#include "util/buf.h"

/* What is known of the site's name: the names the page gives it (its
 * declared name, its logo's text...) and its host. */
#define PITH_SITE_NAMES_MAX 8
typedef struct pith_site_names {
    const char *name[PITH_SITE_NAMES_MAX];
    size_t n;
    const char *hostname;
} pith_site_names;

/* Add a name (NULL and empty names are ignored, as are names past the
 * maximum). */
void pith_site_names_add(pith_site_names *site, const char *name);

/* True when a part of a title (n bytes of p) names the site: it is one of
 * the site's names or the start of one ("Coast" of "Coast News"), the host
 * ("example.org") or one of its labels ("BBC" for bbc.co.uk).  With
 * at_end, the end of a title, also a name that starts or ends with a
 * label of four letters or more ("Motley Fool" for fool.com, "Zoho
 * People" for zoho.com), in five words at most: a title's last part is
 * where sites sign; its first part may name a product of the site
 * ("Ridge Wallet - Royal Black" on ridge.com). */
bool pith_meta_names_site(const char *p, size_t n, const pith_site_names *site, bool at_end);

/* True when a part of a title could be a site's name: some letters, in
 * five words at most ("DianaHR", "The Motley Fool"; not "2027" nor a
 * subtitle). */
bool pith_meta_may_name_site(const char *name);

/* Clean a title candidate into out (cleared first).  A part separated by
 * " | ", " - ", " – ", " · ", " » "... that names the site (see
 * pith_meta_names_site) is cut from either end.  For the <title> element
 * (is_title_element), a last part is cut even without a known site name
 * when at least three words remain, else a first part; and a last part
 * in square brackets that names the site ("searching [Zotero
 * Documentation]").  A <title> that opens with a separator ("| Example
 * Magazine") has an empty page part: out stays empty, the rest is cut;
 * any other title loses that separator ("» Topic").  The part cut goes to
 * cut (cleared first; empty when nothing was cut). */
void pith_meta_clean_title(const char *title, const pith_site_names *site,
                           bool is_title_element, pith_buf *out, pith_buf *cut);

/* Where the parts of title (split as above) end: the byte offsets, in
 * order, into ends (at most cap); the last is the title's length.
 * Returns their number. */
size_t pith_meta_title_part_ends(const char *title, size_t *ends, size_t cap);

/* The last part of title (split as above) into out (cleared first), when
 * the title has more than parts parts; false otherwise. */
bool pith_meta_title_last_part(const char *title, size_t parts, pith_buf *out);

/* The last part of a <title> in two parts or more whose first part names
 * no site of site ("Plan and audience | Introduction to Quantum Science",
 * not "Lumenfold - Group Chat"): the part where the site or the book the
 * page belongs to names itself, into out; false when there is none. */
bool pith_meta_title_site_part(const char *title, const pith_site_names *site, pith_buf *out);

/* True when heading is title with a short label before or after it, which
 * the title leaves out: "Thread: Best GPU for 2024?", "Title:AlignMerge -
 * Model Merging", "Grads Find Jobs Scarce (latimes.com) 87", "Dec 18 2025
 * Preparing a transition" (a forum's, a repository's, an aggregator's, a
 * blog's marks around a title of three words at least; no-break spaces
 * count as spaces). */
bool pith_meta_heading_labels_title(const char *heading, const char *title);

/* True when title is the site's name and its tagline, in two parts, the
 * site's first ("Acme - Project Management for Teams"): the title a site
 * gives its home page, and the one an application shows on every page
 * until a script writes the page's own. */
bool pith_meta_site_and_tagline(const char *title, const pith_site_names *site);

/* True when title, the <title> of the page at url, is the site's name and
 * its tagline ("Acme - Project Management for Teams") and url is the
 * site's root: a home page is about the site, and its title is the whole
 * <title>, not the tagline alone. */
bool pith_meta_home_title(const char *title, const char *url, const pith_site_names *site);

/* The length of title's part before its first " | " when that part holds
 * two words at least ("Best Movers in NYC 2025 | Top 19 Companies"): a bar
 * parts a headline from a tagline, a section or a site's name, none of
 * them the title's.  0 when there is no such bar. */
size_t pith_meta_before_bar(const char *title);

/* The length of title without the count of items its list holds, in
 * brackets at its end ("Trail Shoes (158 items)", "(77,141 books)": a
 * number and a plural of rules/title_parts.c's item count words), when
 * it ends so; else 0.  The count changes as the list grows; the list's
 * name is what comes before it. */
size_t pith_meta_before_item_count(const char *title);

/* When heading is title with words set before it ("Explore Example's 2025
 * Award Winners" for "2025 Award Winners", "Acme V3 Standing Desk" for
 * "Standing Desk"), the length of those words, else 0.  Words compare in
 * any ASCII case, whatever marks stand between them; title holds two
 * words at least.  A lead is three words at most, set before the title
 * with spaces alone, and not a number alone: a longer run, one parted by a
 * colon or a dash ("The 2024 Awards: The Best Pens"), is the heading's
 * own first part, "8" of "8 Recent Trends" the list's count, and an
 * article alone ("The Best Desk Lamps") the heading's own grammar (0). */
size_t pith_meta_lead_before(const char *heading, const char *title);

/* True when shown is declared with the symbols that join its words put
 * back: "Collectibles & Art" for "Collectibles Art", "Full-Stack Jobs" for
 * "Full Stack Jobs" (a name written from a URL's slug, or stripped of an
 * entity, loses the "&", "+", "/" or "-" the page's <title> shows).  Case
 * may differ; nothing else may. */
bool pith_meta_lost_joiners(const char *declared, const char *shown);

/* When heading is shown's first parts (split as above) with trademark
 * signs (®, ™, ℠) added, with characters lost to "?" (a page saved in
 * the wrong encoding: "Planning? Beginner? Guide" for "Planning:
 * Beginner's Guide"), or with the symbols joining words lost (see
 * pith_meta_lost_joiners: "Remote Full Stack Jobs", two spans on two
 * lines, for "Remote Full-Stack Jobs"), and nothing else changed, the
 * length of those parts, else 0: "Crusher® ANC 2" for "Crusher ANC 2 -
 * Bass Headphones".  The <title> writes the name as it is read.  So is
 * a heading that is the first part without the year the part sets after
 * it ("12 Best Hiking Trails" for "12 Best Hiking Trails 2025",
 * " in 2025", " (March 2026)"), or without the list's count that opens
 * it ("Best Hiking Trails" for "12 Best Hiking Trails"). */
size_t pith_meta_title_as_written(const char *heading, const char *shown);

/* When heading is "A - B..." and shown "A - C..." (split as above; the
 * first parts the same text, the second ones other words, neither
 * opening the other), the length of the heading's A, else
 * 0: "Oat Honey Bites - (12ct) 250g" under "Oat Honey Bites - Oat
 * Snacks - 250g".  What both say is the name; what follows it, a pack,
 * a size or a kind, each writes its own way. */
size_t pith_meta_shared_first_part(const char *heading, const char *shown);

/* True when a label of a host name (not its last) may name the site: not
 * a short one, a generic second level ("co" of bbc.co.uk, "gov") or the
 * web's own prefix ("www"). */
bool pith_meta_host_label_names(const char *label, size_t len);

/* Lower-case letters and digits of s only, for loose comparisons. */
void pith_meta_fold(const char *s, pith_buf *out);

/* True when a and b (either may be NULL) fold to the same non-empty
 * string. */
bool pith_meta_same_text(const char *a, const char *b);

#endif
