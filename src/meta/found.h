/*
 * found.h — what the metadata sources found, before the merge chooses.
 *
 * Every source of metadata (JSON-LD, the <meta> tags, microdata, links, the
 * <title> element, visible bylines, <time> elements, the URL...) writes the
 * raw values it sees into one table, indexed by field and by source.  The
 * merge (meta.c) then walks each field's sources in a fixed order of trust
 * (trust.c) and keeps the first value that survives the field's cleaner.
 *
 * Values are copied into the document arena with white space collapsed and
 * invalid UTF-8 repaired; each (field, source) slot keeps its values in the
 * order found, at most PITH_MFOUND_MAX of them.
 */
#ifndef PITH_META_FOUND_H
#define PITH_META_FOUND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/buf.h"

typedef enum pith_mfield {
    PITH_MF_TITLE = 0,
    PITH_MF_AUTHOR,
    PITH_MF_DATE,
    PITH_MF_DATE_MODIFIED,
    PITH_MF_SITENAME,
    PITH_MF_URL,
    PITH_MF_DESCRIPTION,
    PITH_MF_IMAGE,
    PITH_MF_LICENSE,
    PITH_MF_PAGETYPE,
    PITH_MF_CATEGORIES,
    PITH_MF_TAGS,
    PITH_MF_LANGUAGE,
    PITH_MF_BODY,     /* JSON-LD articleBody: a hint for the content stage */
    PITH_MF_COUNT
} pith_mfield;

typedef enum pith_msource {
    PITH_MS_JSONLD = 0,  /* <script type=application/ld+json> */
    PITH_MS_OPENGRAPH,   /* og:* */
    PITH_MS_ARTICLE,     /* article:* (OpenGraph's article namespace) */
    PITH_MS_TWITTER,     /* twitter:* */
    PITH_MS_DUBLINCORE,  /* dc.*, dcterms.* */
    PITH_MS_PARSELY,     /* parsely-* */
    PITH_MS_NAMED,       /* plain <meta name=author|description|date...> */
    PITH_MS_MICRODATA,   /* itemprop and RDFa-lite property attributes */
    PITH_MS_LINK,        /* <link rel=canonical|license|author>, <a rel=tag> */
    PITH_MS_DOCUMENT,    /* <title>, <html lang>, the options' URL */
    PITH_MS_TITLE_PART,  /* the site name cut from <title> */
    PITH_MS_BYLINE,      /* a visible byline in the page */
    PITH_MS_TIME_MARKED, /* <time pubdate> and date elements marked published */
    PITH_MS_URL_PATH,    /* a date in the URL path */
    PITH_MS_TIME,        /* the first <time datetime> near the article */
    PITH_MS_DATE_TEXT,   /* date text in elements classed date/time/posted */
    PITH_MS_LOGO,        /* the text of the site's logo or home link */
    PITH_MS_COPYRIGHT,   /* the holder of the page's copyright line */
    PITH_MS_HEADLINE,    /* the headline line of a text page */
    PITH_MS_EDITOR,      /* a name the page credits as its editor ("责任编辑：李军") */
    PITH_MS_KEY_GUESS,   /* a <meta> key outside the table that names a date
                            ("w-published-date"): trusted last */
    PITH_MS_COUNT
} pith_msource;

/* Value flags. */
#define PITH_MV_ORG 1u   /* an author the page declares an organisation */
#define PITH_MV_JOIN 2u  /* goes with the value before it (a co-author) */
#define PITH_MV_IN_ARTICLE 4u /* read beside the article's text (see
                                 pith_meta_in_article) */
#define PITH_MV_CREATED 8u /* a date the work was created (schema.org
                              dateCreated), not published */
#define PITH_MV_PAGE_EDIT 16u /* the page's "last edited on ..." line */
#define PITH_MV_STATED 32u /* a date the page's text says is the publication's
                              ("Published August 13, 2025") */
#define PITH_MV_PART 64u /* a date of a media object the page embeds (a
                            clip in a reply), not of the page itself */

#define PITH_MFOUND_MAX 32          /* values kept per (field, source) */
#define PITH_MFOUND_TEXT_MAX 10000  /* bytes kept per value (body: no cut) */

typedef struct pith_mvalue {
    const char *text;   /* collapsed, valid UTF-8, never empty */
    unsigned flags;
    struct pith_mvalue *next;
} pith_mvalue;

typedef struct pith_mfound {
    pith_arena *arena;  /* the document arena */
    pith_mvalue *head[PITH_MF_COUNT][PITH_MS_COUNT];
    pith_mvalue *tail[PITH_MF_COUNT][PITH_MS_COUNT];
    uint8_t count[PITH_MF_COUNT][PITH_MS_COUNT];
    uint8_t *aside;     /* per element, what pith_meta_in_aside learnt */
    uint32_t first_h1[2]; /* pith_meta_first_h1's answers, by outside_links */
    bool first_h1_known;  /* first_h1 is looked for (at the first ask) */
} pith_mfound;

void pith_mfound_init(pith_mfound *f, pith_arena *arena);

/* Record a value (n bytes of s, not necessarily NUL-terminated).  White
 * space is collapsed and trimmed; an empty value is ignored.  Returns false
 * only when memory ran out. */
bool pith_mfound_add(pith_mfound *f, pith_mfield field, pith_msource src, const char *s,
                     size_t n, unsigned flags);

/* Same, for a NUL-terminated string (NULL is ignored). */
bool pith_mfound_adds(pith_mfound *f, pith_mfield field, pith_msource src, const char *s,
                      unsigned flags);

/* Record a value that may hold HTML character references ("&amp;",
 * "&#8217;") and tags ("<p>"), as JSON-LD and microdata values do: the
 * references are decoded and the tags dropped first. */
bool pith_meta_add_unescaped(pith_mfound *f, pith_mfield field, pith_msource src,
                             const char *s, size_t n, unsigned flags);

/* Record an attribute value the parser has decoded once, decoding the
 * character references left in it ("&amp;quot;" in the page, "&quot;"
 * after parsing): <meta content> encoded twice by its CMS. */
bool pith_meta_add_decoded(pith_mfound *f, pith_mfield field, pith_msource src, const char *s,
                           unsigned flags);

/* Decode HTML character references and drop tags from s into out. */
void pith_meta_unescape(pith_buf *out, const char *s, size_t n);

/* The first value of a slot, or NULL. */
const char *pith_mfound_first(const pith_mfound *f, pith_mfield field, pith_msource src);

/* Append s (n bytes) to out with runs of white space (ASCII, NBSP and the
 * other Unicode spaces) collapsed to one space, control characters
 * dropped, invalid UTF-8 repaired, and no space at either end. */
void pith_meta_squash(pith_buf *out, const char *s, size_t n);

/* The words of s (letters and digits), lower case, into out as
 * " w1 w2 ... " (cleared first). */
void pith_meta_words_lower(const char *s, pith_buf *out);

/* Append the next word of s (lower case) to word; returns where to go on
 * from. */
const char *pith_meta_next_word(const char *s, pith_buf *word);

/* The next white-space-separated token of an attribute value: its start,
 * its length in *len, and *cursor moved past it; NULL at the end. */
const char *pith_meta_token(const char **cursor, size_t *len);

/* Word lists searched in normalised class/id strings (lower-case ASCII
 * words).  pith_meta_contains_any: one of the words occurs anywhere in
 * s[0..n).  pith_meta_part_is_any: one dash-separated part of the token
 * s[0..n) is one of the words ("article-author" has "author", but
 * "authority" has not).  Both skip the words whose first letter is not in
 * s (or does not start a part), so a long list costs little more than one
 * pass over s. */
bool pith_meta_contains_any(const char *s, size_t n, const char *const *words, size_t count);

/* The pairs of adjacent bytes of a string, noted once for several word
 * lists searched in it (a date's class against the published, modified
 * and date words): pith_meta_pairs_of notes them, and
 * pith_meta_pairs_contain_any answers pith_meta_contains_any for the
 * string the pairs were noted of. */
typedef struct pith_meta_pairs {
    const char *s;
    size_t n;
    uint64_t bits[16]; /* one bit per pair hash (pair_bit in found.c) */
} pith_meta_pairs;

void pith_meta_pairs_of(const char *s, size_t n, pith_meta_pairs *out);
bool pith_meta_pairs_contain_any(const pith_meta_pairs *p, const char *const *words, size_t count);
bool pith_meta_part_is_any(const char *s, size_t n, const char *const *words, size_t count);

#endif
