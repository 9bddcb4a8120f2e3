/*
 * elide.c — remove script and style bodies before the parse (see elide.h).
 *
 * The scan follows the HTML tokenizer (html_scan.c: where tags, comments
 * and raw-text bodies begin and end) over the page, and models the few
 * tree-builder states that decide what a tag starts.  Its invariant:
 * whenever the scan is in the "data" state of HTML content, so is the real
 * tokenizer, and the tree builder is in an insertion mode in which
 * <script> starts script data and <style> starts RAWTEXT.  Every
 * construct that could break the invariant is either modelled (the SVG,
 * MathML and <select> regions below) or ends the scan.
 *
 * Removing a body deletes only character tokens that the tree builder
 * appends to the script or style element ("text" insertion mode), so the
 * rest of the tree is unchanged.
 */
#include "elide.h"

#include <string.h>

#include "input/html_scan.h"
#include "util/ascii.h"

#define NAME_MAX_LEN 32    /* longer tag names are kept as "long" */
#define FOREIGN_DEPTH 64   /* deeper SVG/MathML nesting ends the scan */
#define MAX_ATTR_CUTS 32   /* unread attributes cut per tag; the rest stay */

/* The unread attributes of one start tag, as ranges of the input, cut once
 * the text before the tag has been cut (cuts go in input order). */
typedef struct attr_cuts {
    unsigned n;
    size_t from[MAX_ATTR_CUTS], to[MAX_ATTR_CUTS];
} attr_cuts;

/* What the attribute callback reads and writes: the unread attributes,
 * and where the value of the first rel attribute is (for <link>). */
typedef struct attr_scan {
    const char *s;
    attr_cuts *cuts;
    bool has_rel;
    size_t rel, rel_len;
} attr_scan;

typedef struct scanner {
    char *s;
    size_t n;
    size_t w;          /* write position of the compacted output */
    size_t copy_from;  /* start of the input not yet copied to w */
    bool seen_template;
    bool keep_space;   /* a <pre> or <listing> was seen: white space is text */
    bool head_begun;   /* a start tag that begins or is in the <head> (or later) was seen */
    unsigned templates; /* <template>s that may be open (never fewer than are) */
    unsigned noscripts; /* <noscript>s that may be open (never fewer than are) */
    bool body_begun;   /* a start tag that belongs in the body was seen */
    pith_elide_stats *st;
} scanner;

/* A start or end tag as the tokenizer reads it. */
typedef struct tag {
    char name[NAME_MAX_LEN + 1]; /* lower case, NUL-terminated */
    bool long_name;               /* longer than NAME_MAX_LEN */
    bool self_closing;
    bool is_end;                  /* an end tag */
    size_t at;                    /* its '<' (set by next_tag) */
    size_t end;                   /* one past the '>' */
    bool rel_read;                /* a start tag: its rel names a link some stage reads */
    bool whole;                   /* a script, style or unread link here goes whole
                                     (removes_whole, asked before any cut in the tag) */
} tag;

/* ----------------------------------------------------------------- tags */

static bool name_is(const tag *t, const char *name)
{
    /* The first letters first: each tag is tried against a dozen names. */
    return t->name[0] == name[0] && !t->long_name && strcmp(t->name, name) == 0;
}

static bool name_in(const tag *t, const char *const *names)
{
    for (; *names; names++)
        if (name_is(t, *names))
            return true;
    return false;
}

/* ----------------------------------------------------------- attributes */

/* The attributes some stage reads, by their first letter: every other
 * attribute of an HTML start tag is cut before the parse (an eighth of
 * the bytes left of a news page once its scripts are gone: tracking and
 * framework data-*, event handlers, sizes, targets, ARIA wiring), which
 * gumbo would read one character at a time and copy.  A stage that comes
 * to read another attribute must add it here (`make lint` checks every
 * name given to pith_attr and gumbo_get_attribute, and the ad attribute
 * prefixes of rules/tags.c, against this list). */
static const char *const read_a[] = {
    "alt", "aria-controls", "aria-expanded", "aria-hidden", "aria-label", "aria-labelledby",
    "aria-modal", NULL,
};
static const char *const read_c[] = {"class", "content", NULL};
static const char *const read_d[] = {"datetime", NULL};
static const char *const read_h[] = {"href", "hidden", "http-equiv", NULL};
static const char *const read_i[] = {"id", "itemprop", "itemscope", "itemtype", NULL};
static const char *const read_l[] = {"lang", NULL};
static const char *const read_n[] = {"name", NULL};
static const char *const read_o[] = {"open", NULL}; /* a <dialog> shown (clean.c) */
static const char *const read_p[] = {"property", "pubdate", NULL};
static const char *const read_r[] = {"rel", "role", NULL};
static const char *const read_s[] = {"src", "srcset", "style", "start", NULL};
static const char *const read_t[] = {"title", "type", "typeof", NULL};
static const char *const read_v[] = {"value", NULL};
static const char *const read_x[] = {"xml:lang", NULL};
/* The data-* attributes read, after their "data-": lazy images' sources
 * and a code block's language (content/build.c), a post's part left out
 * of quotes and the poster's name a link carries (content/forum.c,
 * clean/clean.c) ... */
static const char *const read_data[] = {
    "src", "lazy-src", "original", "url", "srcset", "lang", "language", "excludequote",
    "username", NULL,
};
/* ... and those read by their name's start: the ad markers the clean
 * stage looks for (rules/tags.c). */
static const char *const read_data_prefixes[] = {
    "ad", "google-query-id", "dfp", "native-ad", "taboola", "outbrain", NULL,
};

static const char *const *read_names(char first)
{
    switch (first) {
    case 'a': return read_a;
    case 'c': return read_c;
    case 'd': return read_d;
    case 'h': return read_h;
    case 'i': return read_i;
    case 'l': return read_l;
    case 'n': return read_n;
    case 'o': return read_o;
    case 'p': return read_p;
    case 'r': return read_r;
    case 's': return read_s;
    case 't': return read_t;
    case 'v': return read_v;
    case 'x': return read_x;
    default: return NULL;
    }
}

/* Is name[0..n) (any case) one of names? */
static bool is_one_of(const char *name, size_t n, const char *const *names)
{
    for (; *names; names++)
        if (pith_ascii_lower(name[0]) == (*names)[0] && pith_ascii_ieqn(name, *names, n) &&
            (*names)[n] == '\0')
            return true;
    return false;
}

/* Does a stage read the attribute called name[0..n) (any case)? */
static bool attribute_is_read(const char *name, size_t n)
{
    if (n > 5 && pith_ascii_ieqn(name, "data-", 5)) {
        if (is_one_of(name + 5, n - 5, read_data))
            return true;
        for (const char *const *p = read_data_prefixes; *p; p++)
            if (pith_ascii_lower(name[5]) == (*p)[0] && pith_ascii_iprefix_n(name + 5, n - 5, *p))
                return true;
        return false;
    }
    const char *const *names = read_names(pith_ascii_lower(name[0]));
    return names && is_one_of(name, n, names);
}

/* Start tags whose attributes stay whole, by their first letter: those the
 * tree builder reads or compares (formatting elements: Noah's Ark compares
 * their attributes, but at most one <a> is ever on the list, so <a> is cut;
 * <isindex> makes a label of its prompt), those elision reads itself
 * (script) or stops at, and the roots of SVG and MathML, whose attributes
 * are foreign.  Asked of every start tag: a tag whose letter has no list
 * (div, a, li...) is answered at once. */
static const char *const kept_b[] = {"b", "big", NULL};
static const char *const kept_c[] = {"code", "col", NULL};
static const char *const kept_e[] = {"em", NULL};
static const char *const kept_f[] = {"font", "frameset", NULL};
static const char *const kept_i[] = {"i", "isindex", NULL};
static const char *const kept_m[] = {"math", NULL};
static const char *const kept_n[] = {"nobr", NULL};
static const char *const kept_p[] = {"plaintext", NULL};
static const char *const kept_s[] = {"s", "small", "strike", "strong", "script", "svg", NULL};
static const char *const kept_t[] = {"tt", NULL};
static const char *const kept_u[] = {"u", NULL};

static const char *const *kept_names(char first)
{
    switch (first) {
    case 'b': return kept_b;
    case 'c': return kept_c;
    case 'e': return kept_e;
    case 'f': return kept_f;
    case 'i': return kept_i;
    case 'm': return kept_m;
    case 'n': return kept_n;
    case 'p': return kept_p;
    case 's': return kept_s;
    case 't': return kept_t;
    case 'u': return kept_u;
    default: return NULL;
    }
}

/* Are the attributes of the tag called name (lower case) kept whole? */
static bool keeps_attributes(const char *name)
{
    const char *const *k = kept_names(name[0]);
    for (; k && *k; k++)
        if (strcmp(name, *k) == 0)
            return true;
    return false;
}

/* The kinds of <link> some stage reads, by the tokens of their rel:
 * the page's URL (rel=canonical: the metadata and page-type stages), its
 * image (image_src), its license, and its tags and categories (meta/links.c).
 * Every other <link> (stylesheets, icons, preloads, DNS hints, feeds,
 * alternates, manifests: a twentieth of the bytes left of a news page
 * once its scripts are gone) loses all its attributes before the parse.
 * A stage that comes to read another kind must add its token here. */
static const char *const link_rels_read[] = {
    "canonical", "image_src", "license", "tag", "category", NULL,
};

/* Does one of the space-separated tokens of v[0..n) pass is_read? */
static bool some_token_is(const char *v, size_t n, bool (*is_read)(const char *, size_t))
{
    size_t i = 0;
    while (i < n) {
        while (i < n && pith_ascii_is_space(v[i]))
            i++;
        size_t start = i;
        while (i < n && !pith_ascii_is_space(v[i]))
            i++;
        if (i > start && is_read(v + start, i - start))
            return true;
    }
    return false;
}

/* Is the token t[0..n) one of link_rels_read? */
static bool link_rel_is_read(const char *t, size_t n)
{
    return is_one_of(t, n, link_rels_read);
}

bool pith_elide_link_is_read(const char *rel, size_t n)
{
    if (!rel)
        return false;
    for (size_t i = 0; i < n; i++)
        if (rel[i] == '&')
            return true; /* a character reference may spell any token */
    return some_token_is(rel, n, link_rel_is_read);
}

bool pith_elide_cuts_attribute(const char *tag_name, const char *name)
{
    return !keeps_attributes(tag_name) && *name && !attribute_is_read(name, strlen(name));
}

/* Is the attribute called name[0..n) (any case) a list of image
 * candidates, "a.jpg 480w, b.jpg 800w", of which only the first URL is
 * read (content/build.c)? */
static bool is_srcset(const char *name, size_t n)
{
    return (n == 6 && pith_ascii_ieqn(name, "srcset", 6)) ||
           (n == 11 && pith_ascii_ieqn(name, "data-srcset", 11));
}

/* Is c a byte that ends a srcset's first URL, or leads it (white space the
 * tokenizer keeps, or a carriage return, which it reads as a line feed)? */
static bool srcset_separator(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ',';
}

/* Where the candidates after the first one of a srcset value v[0..n) start
 * (its first separator after the first URL), or n to keep the value whole:
 * when a character reference comes first, it might spell a separator. */
static size_t srcset_rest(const char *v, size_t n)
{
    size_t i = 0;
    while (i < n && srcset_separator(v[i]) && v[i] != ',')
        i++;
    while (i < n && !srcset_separator(v[i])) {
        if (v[i] == '&')
            return n;
        i++;
    }
    return i;
}

/* Note the range s[from..to) to cut, when it is not empty and there is room. */
static void note_cut(attr_cuts *cuts, size_t from, size_t to)
{
    if (cuts->n < MAX_ATTR_CUTS && to > from) {
        cuts->from[cuts->n] = from;
        cuts->to[cuts->n++] = to;
    }
}

/* The attribute callback of read_tag: note an unread attribute's range,
 * name to end.  Not one right after a '/', which would join the '/' to
 * what follows ("<br/data-x>" is no "<br/>").  Of a srcset, the candidates
 * after the first (a twentieth of the bytes left of a news page: every
 * image in four to ten sizes). */
static bool note_unread(void *ctx, const pith_html_attr *a)
{
    attr_scan *as = ctx;
    const char *name = as->s + a->name;
    if (!as->has_rel && a->name_len == 3 && pith_ascii_ieqn(name, "rel", 3)) {
        as->has_rel = true;
        as->rel = a->value;
        as->rel_len = a->value_len;
    }
    if (!a->name_len || as->s[a->name - 1] == '/')
        return true;
    if (!attribute_is_read(name, a->name_len))
        note_cut(as->cuts, a->name, a->end);
    else if (a->value_len && is_srcset(name, a->name_len))
        note_cut(as->cuts, a->value + srcset_rest(as->s + a->value, a->value_len),
                 a->value + a->value_len);
    return true;
}

bool pith_elide_trims_attribute(const char *tag_name, const char *name)
{
    return !keeps_attributes(tag_name) && is_srcset(name, strlen(name));
}

/* Read a tag whose name starts at i (just after "<" or "</").  False when
 * the input ends inside the tag (the tokenizer then drops it).  With cuts,
 * a start tag's unread attributes are noted in it. */
static bool read_tag(const scanner *sc, size_t i, tag *t, attr_cuts *cuts)
{
    size_t name_end = pith_html_tag_name_end(sc->s, sc->n, i);
    if (name_end >= sc->n)
        return false;
    t->long_name = name_end - i > NAME_MAX_LEN;
    pith_ascii_lower_copy(t->name, sizeof t->name, sc->s + i, name_end - i);
    attr_scan as = {sc->s, cuts, false, 0, 0};
    bool cut = cuts && (t->long_name || !keeps_attributes(t->name));
    if (cuts)
        cuts->n = 0;
    t->end = pith_html_scan_tag(sc->s, sc->n, name_end, cut ? note_unread : NULL, &as,
                                &t->self_closing);
    t->rel_read = as.has_rel && pith_elide_link_is_read(sc->s + as.rel, as.rel_len);
    return t->end != 0;
}

/* ---------------------------------------------------------------- metas */

/* The keys of the <meta>s some stage reads, in their name, property or
 * http-equiv (a token of it, any case; '*' ends a prefix): every key of
 * meta/metatags_table.c (`make lint` checks that each is here), and those
 * read by name in code: the site's builder (generator, designer,
 * web_author: meta/metatags.c, pagetype/pagetype.c) and Twitter's label
 * and data pairs (twitter:label1, twitter:data1: meta/metatags.c).  A stage
 * that comes to read another key must add it here. */
static const char *const meta_keys_read[] = {
    "apple-mobile-web-app-title", "application-name", "article.author", "article.published",
    "article.updated", "article:author", "article:author_name", "article:modified",
    "article:modified_time", "article:published", "article:published_time", "article:section",
    "article:tag", "article_date_original", "author", "author_name", "book:author", "book:tag",
    "byl", "category", "citation_author", "citation_date", "citation_online_date",
    "citation_publication_date", "citation_publisher", "citation_title", "content-language",
    "created", "cxenseparse:author", "cxenseparse:recs:publishtime", "date", "date_modified",
    "date_published", "datemodified", "datepublished", "dc.creator", "dc.date",
    "dc.date.created", "dc.date.issued", "dc.date.modified", "dc.description", "dc.language",
    "dc.publisher", "dc.rights.license", "dc.subject", "dc.title", "dc:creator", "dc:date",
    "dc:description", "dc:publisher", "dc:title", "dcterm:creator", "dcterm:description",
    "dcterm:title", "dcterms.abstract", "dcterms.created", "dcterms.creator", "dcterms.date",
    "dcterms.description", "dcterms.issued", "dcterms.language", "dcterms.license",
    "dcterms.modified", "dcterms.publisher", "dcterms.subject", "dcterms.title",
    "dcterms:created", "dcterms:creator", "dcterms:description", "dcterms:issued",
    "dcterms:modified", "dcterms:title", "description", "designer", "displaydate", "generator",
    "headline", "keywords", "language", "last-modified", "lastmod", "license", "modified", "ms.date",
    "news_keywords", "og:article:author", "og:article:modified_time",
    "og:article:published_time", "og:article:section", "og:article:tag", "og:description",
    "og:image", "og:image:secure_url", "og:image:url", "og:locale", "og:modified_time",
    "og:pubdate", "og:published_time", "og:site_name", "og:title", "og:type", "og:updated_time",
    "og:url", "original-publish-date", "parsely-author", "parsely-description",
    "parsely-image-url", "parsely-link", "parsely-pub-date", "parsely-section", "parsely-tags",
    "parsely-title", "parsely-type", "pub_date", "pubdate", "publication_date",
    "publicationdate", "publish-date", "publish_date", "publishdate", "published",
    "published-date", "published_time", "publisher", "release_date", "revised",
    "sailthru.author", "sailthru.date", "sailthru.tags", "sailthru.title", "section",
    "thumbnail", "title", "twitter:creator", "twitter:data*", "twitter:description",
    "twitter:image", "twitter:image:src", "twitter:label*", "twitter:title", "twitter:url",
    "updated", "web_author", "weibo:article:description", "weibo:article:title",
    "weibo:webpage:description", NULL,
};

/* A key the metadata table lacks that still names the publication date,
 * in a site's own words ("w-published-date", "published_at",
 * "shareaholic:article_published_time", "cxenseparse:publishtime"): the
 * stem ("ed" allowed), at most one separator, then one of these words to
 * the key's end.  A key that ends in the stem ("auto-publish") or goes on
 * ("publishing_platform", "publishedtype") names no date. */
static const char PUBLISH_STEM[] = "publish";
static const char *const publish_key_ends[] = {"date", "time", "at", "on", NULL};

bool pith_meta_key_names_publish_date(const char *t, size_t n)
{
    const size_t stem = sizeof PUBLISH_STEM - 1;
    for (size_t at = 0; at + stem <= n; at++) {
        if (!pith_ascii_ieqn(t + at, PUBLISH_STEM, stem))
            continue;
        size_t p = at + stem;
        if (p + 2 <= n && pith_ascii_ieqn(t + p, "ed", 2))
            p += 2;
        if (p < n && (t[p] == '-' || t[p] == '_' || t[p] == '.' || t[p] == ':'))
            p++;
        return p < n && is_one_of(t + p, n - p, publish_key_ends);
    }
    return false;
}

/* Is the token t[0..n) one of meta_keys_read (any case), or a key naming
 * the publication date? */
static bool meta_key_is_read(const char *t, size_t n)
{
    /* a key saying ld+json ("script:ld+json") ships JSON-LD in the <meta>'s
     * content, which meta/jsonld.c reads */
    if (pith_meta_key_names_publish_date(t, n) || pith_ascii_icontains(t, n, "ld+json"))
        return true;
    char first = pith_ascii_lower(t[0]);
    for (const char *const *k = meta_keys_read; *k; k++) {
        if ((*k)[0] != first)
            continue;
        size_t len = strlen(*k);
        if ((*k)[len - 1] == '*' ? n >= len - 1 && pith_ascii_ieqn(t, *k, len - 1)
                                 : n == len && pith_ascii_ieqn(t, *k, n))
            return true;
    }
    return false;
}

bool pith_elide_meta_key_read(const char *v, size_t n)
{
    return some_token_is(v, n, meta_key_is_read);
}

bool pith_elide_meta_pins(const char *name, size_t n)
{
    return (n == 8 && pith_ascii_ieqn(name, "itemprop", 8)) ||
           (n == 5 && pith_ascii_ieqn(name, "value", 5));
}

/* Is the attribute called name[0..n) (any case) one that holds a <meta>'s
 * keys? */
static bool is_meta_key_attribute(const char *name, size_t n)
{
    return (n == 4 && pith_ascii_ieqn(name, "name", 4)) ||
           (n == 8 && pith_ascii_ieqn(name, "property", 8)) ||
           (n == 10 && pith_ascii_ieqn(name, "http-equiv", 10));
}

/* What meta_is_read's attribute callback reads and writes. */
typedef struct meta_scan {
    const char *s;
    bool read; /* an attribute shows that a stage reads the <meta> */
} meta_scan;

static bool note_meta_attribute(void *ctx, const pith_html_attr *a)
{
    meta_scan *ms = ctx;
    const char *name = ms->s + a->name;
    ms->read = pith_elide_meta_pins(name, a->name_len) ||
               (is_meta_key_attribute(name, a->name_len) &&
                pith_elide_meta_key_read(ms->s + a->value, a->value_len));
    return !ms->read; /* the scan stops at the first that tells */
}

/* Does a stage read the <meta> start tag t: one of its keys, an itemprop
 * (microdata's) or a value (a hidden date's, meta/timetags.c); or a
 * character reference anywhere in it, which may spell a key?  (A charset
 * is read before elision, by the decoder's prescan.) */
static bool meta_is_read(const scanner *sc, const tag *t)
{
    if (memchr(sc->s + t->at, '&', t->end - t->at))
        return true;
    meta_scan ms = {sc->s, false};
    bool self_closing;
    pith_html_scan_tag(sc->s, t->end, t->at + 5, note_meta_attribute, &ms, &self_closing);
    return ms.read;
}

/* --------------------------------------------------------------- output */

/* Where the byte s[at] goes in the output, for an at at or after the last
 * cut. */
static size_t output_at(const scanner *sc, size_t at)
{
    return sc->w + (at - sc->copy_from);
}

/* The byte `back` bytes before where s[at] goes in the output (at least
 * that many are there): copied out already, or still in place. */
static char output_byte(const scanner *sc, size_t at, size_t back)
{
    size_t j = output_at(sc, at) - back;
    return j >= sc->w ? sc->s[sc->copy_from + (j - sc->w)] : sc->s[j];
}

/* Remove s[from..to) from the output. */
static void cut(scanner *sc, size_t from, size_t to)
{
    if (to <= from)
        return;
    size_t keep = from - sc->copy_from;
    if (sc->w != sc->copy_from && keep)
        memmove(sc->s + sc->w, sc->s + sc->copy_from, keep);
    sc->w += keep;
    sc->copy_from = to;
    sc->st->removed += to - from;
}

/* The content of an <svg> whose end the scan reached, s[from..to): the
 * shapes, path data and labels of inline icons and drawings, a tenth of
 * the bytes left of a page with many icons once its scripts are gone.  No
 * stage reads them: the clean stage drops <svg> whole, the metadata and
 * byline readers skip what is inside it.  The element itself stays, with
 * its attributes.  out_from is where s[from] goes in the output (see
 * output_at): when a comment inside was emptied, the content before it has
 * been copied out already, and the output goes back to out_from. */
static void cut_svg_content(scanner *sc, size_t from, size_t out_from, size_t to)
{
    sc->st->svg_bytes += to - from;
    if (sc->copy_from <= from) {
        cut(sc, from, to);
        return;
    }
    sc->st->removed += output_at(sc, to) - out_from;
    sc->w = out_from;
    sc->copy_from = to;
}

/* Keep a script body when a stage reads it: JSON-LD for the metadata, or
 * any start tag with a character reference (its type is then unclear). */
static bool keep_script_body(const scanner *sc, size_t tag_start, size_t tag_end)
{
    for (size_t i = tag_start; i < tag_end; i++) {
        if (sc->s[i] == '&')
            return true;
        if (pith_ascii_lower(sc->s[i]) == 'l' &&
            pith_ascii_iprefix_n(sc->s + i, sc->n - i, "ld+json"))
            return true;
    }
    return false;
}

/* --------------------------------------------------------------- markup */

/* What the scan does next after one piece of markup. */
typedef enum step { GO_ON, STOP } step;

static step stop(scanner *sc, size_t at, const char *reason)
{
    sc->st->stopped_at = at;
    sc->st->reason = reason;
    return STOP;
}

/* React's markers of a streamed part, <!--$?--> ... <!--/$--> around a
 * placeholder and what shows until the part comes: the parse reads them
 * (dom.c), so they keep their text. */
static bool boundary_marker(const char *s, size_t n)
{
    return (n == 1 && s[0] == '$') ||
           (n == 2 && ((s[0] == '$' && (s[1] == '?' || s[1] == '!')) ||
                       (s[0] == '/' && s[1] == '$')));
}

/* Is s[from..to) only white space (or nothing)? */
static bool only_space(const char *s, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (!pith_ascii_is_space(s[k]))
            return false;
    return true;
}

/* May the comment s[lt..end) go whole?  When only white space lies
 * between it and the markup on either side (text_from: where the text
 * before it starts), and a start tag or another comment follows: the white
 * space on both sides then makes one white-space text instead of two,
 * which every stage folds as before, and no text joins another (React's
 * "By <!-- -->Jane" keeps its two texts).  Not before an end tag: gumbo
 * puts the white space before some ("</form>") after the element, and more
 * of it would go there.  Not once a <pre> or <listing> has
 * begun (a line feed right after its start tag is dropped, one after a
 * comment is not), nor between a CR and a LF, which would become one line
 * break instead of two. */
static bool comment_goes_whole(const scanner *sc, size_t text_from, size_t lt, size_t end)
{
    if (sc->keep_space || !only_space(sc->s, text_from, lt))
        return false;
    if (end < sc->n && sc->s[end] == '\n' && output_at(sc, lt) > 0 && output_byte(sc, lt, 1) == '\r')
        return false;
    const char *next = memchr(sc->s + end, '<', sc->n - end);
    size_t at = next ? (size_t)(next - sc->s) : sc->n;
    if (!next || !only_space(sc->s, end, at))
        return false;
    pith_html_markup m = pith_html_markup_at(sc->s, sc->n, at);
    return m == PITH_HTML_START_TAG || m == PITH_HTML_COMMENT;
}

/* Remove the text of a comment that starts at lt and ends just before
 * end: "<!-- text -->" becomes "<!---->", which the tokenizer reads as the
 * same comment, empty ("--!>" endings are kept as they are); or the whole
 * comment, where only white space separates it from the tags around it
 * (comment_goes_whole: a comment is a node of gumbo's tree, and the texts
 * around it two).  No stage reads comments but for React's boundary
 * markers, which are kept. */
static void cut_comment(scanner *sc, size_t text_from, size_t lt, size_t end)
{
    size_t body = lt + 4, close = 0;
    if (end >= body + 3 && memcmp(sc->s + end - 3, "-->", 3) == 0)
        close = 3;
    if (end >= body + 4 && memcmp(sc->s + end - 4, "--!>", 4) == 0)
        close = 4;
    if (!close || boundary_marker(sc->s + body, end - close - body))
        return;
    if (comment_goes_whole(sc, text_from, lt, end)) {
        cut(sc, lt, end);
        sc->st->comments++;
    } else if (end - close > body) {
        cut(sc, body, end - close);
        sc->st->comments++;
    }
}

/* The markup m at lt that is not a tag: comments, doctypes, bogus
 * comments, CDATA sections, a '<' that is text.  Sets *next to where the
 * scan goes on.  Returns false when the end depends on something the scan
 * does not know: "<![CDATA[" is a CDATA section ending at "]]>" in
 * SVG/MathML and a bogus comment ending at the first '>' elsewhere; when
 * the two ends differ the scan stops rather than guess. */
static bool skip_markup(scanner *sc, size_t text_from, size_t lt, pith_html_markup m,
                        size_t *next)
{
    switch (m) {
    case PITH_HTML_CUT:
        *next = sc->n;
        return true;
    case PITH_HTML_COMMENT:
        *next = pith_html_comment_end(sc->s, sc->n, lt + 4);
        cut_comment(sc, text_from, lt, *next);
        return true;
    case PITH_HTML_CDATA:
        *next = pith_html_bogus_comment_end(sc->s, sc->n, lt + 2);
        return pith_html_cdata_end(sc->s, sc->n, lt + 9) == *next;
    case PITH_HTML_DECLARATION: case PITH_HTML_BOGUS:
        *next = pith_html_bogus_comment_end(sc->s, sc->n, lt + 2);
        return true;
    case PITH_HTML_EMPTY_END_TAG:
        *next = lt + 3; /* "</>" is dropped */
        return true;
    default:
        *next = lt + 1; /* a lone '<' is text */
        return true;
    }
}

typedef enum found { FOUND_TAG, FOUND_NOTHING, FOUND_UNSURE } found;

/* From *i, pass text, comments and declarations up to the next start or end
 * tag: read it into t and set *i past it.  FOUND_NOTHING at the end of
 * the input; FOUND_UNSURE (and a stop) at a declaration whose
 * end the scan cannot tell. */
static found next_tag(scanner *sc, size_t *i, tag *t, attr_cuts *cuts)
{
    size_t text_from = *i; /* where the text before the markup at hand starts */
    while (*i < sc->n) {
        const char *lt = memchr(sc->s + *i, '<', sc->n - *i);
        if (!lt)
            break;
        size_t at = (size_t)(lt - sc->s);
        pith_html_markup m = pith_html_markup_at(sc->s, sc->n, at);
        if (m == PITH_HTML_START_TAG || m == PITH_HTML_END_TAG) {
            bool is_end = m == PITH_HTML_END_TAG;
            if (!read_tag(sc, at + (is_end ? 2 : 1), t, is_end ? NULL : cuts))
                break; /* the tokenizer drops a tag cut by the end of input */
            t->is_end = is_end;
            t->at = at;
            *i = t->end;
            return FOUND_TAG;
        }
        if (!skip_markup(sc, text_from, at, m, i)) {
            stop(sc, at, "a CDATA section that may end in two places");
            return FOUND_UNSURE;
        }
        if (m == PITH_HTML_COMMENT)
            text_from = *i; /* a comment is a node: the text after it is another */
    }
    *i = sc->n;
    return FOUND_NOTHING;
}

/* How a region (SVG/MathML, <select>) ends where next_tag found no tag
 * after i: at the end of the input the scan goes on (to stop there); at a
 * declaration it cannot tell the end of, it stops. */
static step region_end(found f, size_t i, size_t *next)
{
    *next = i;
    return f == FOUND_UNSURE ? STOP : GO_ON;
}

static const char *const integration_points[] = {
    "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", NULL,
};

/* Start tags that leave SVG/MathML for HTML (the spec's list, gumbo's, and
 * font, which breaks out only with some attributes). */
static const char *const breakouts[] = {
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
    "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
    "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
    "sub", "sup", "table", "tt", "u", "ul", "var", "font", NULL,
};

/* Start tags whose meaning in foreign content the scan does not model. */
static const char *const foreign_unsure[] = {
    "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext", "select", "template",
    "frameset", "noscript", "html", NULL,
};

/* Follow an SVG or MathML region from just after its root start tag (root
 * named root_name) to just after the end tag that closes the root.  Inside,
 * every tag is tokenized in the data state and nothing switches the
 * tokenizer; the scan keeps the stack of open foreign elements and stops at
 * anything that would put an HTML element on the parser's stack (a
 * breakout tag, a start tag inside an integration point, an end tag that
 * matches no open foreign element). */
static step foreign_region(scanner *sc, const tag *root, size_t i, size_t *next)
{
    size_t inside = i, out_inside = output_at(sc, i);
    char stack[FOREIGN_DEPTH][NAME_MAX_LEN + 1];
    bool ip[FOREIGN_DEPTH];
    int depth = 0;
    memcpy(stack[depth], root->name, sizeof stack[0]);
    ip[depth++] = false;
    while (depth > 0) {
        tag t;
        found f = next_tag(sc, &i, &t, NULL);
        if (f != FOUND_TAG)
            return region_end(f, i, next);
        if (t.long_name)
            return stop(sc, t.at, "a long tag name inside SVG/MathML");
        if (t.is_end) {
            int k = depth - 1;
            while (k >= 0 && strcmp(stack[k], t.name) != 0)
                k--;
            if (k < 0)
                return stop(sc, t.at, "an end tag that closes no SVG/MathML element");
            depth = k;
            if (depth == 0 && name_is(root, "svg"))
                cut_svg_content(sc, inside, out_inside, t.at);
            continue;
        }
        if (ip[depth - 1])
            return stop(sc, t.at, "a start tag inside an SVG/MathML integration point");
        if (name_in(&t, breakouts))
            return stop(sc, t.at, "an HTML element breaking out of SVG/MathML");
        if (name_in(&t, foreign_unsure))
            return stop(sc, t.at, "an unusual start tag inside SVG/MathML");
        if (t.self_closing)
            continue;
        if (depth == FOREIGN_DEPTH)
            return stop(sc, t.at, "SVG/MathML nested too deep");
        memcpy(stack[depth], t.name, sizeof stack[0]);
        ip[depth++] = name_in(&t, integration_points);
    }
    *next = i;
    return GO_ON;
}

/* Cut every attribute of the start tag t, "<link rel=x href=y>" becoming
 * "<link>" (from the end of its name to its '>'). */
static void cut_all_attributes(scanner *sc, const tag *t)
{
    size_t from = t->at + 1 + strlen(t->name), to = t->end - 1;
    if (to > from) {
        cut(sc, from, to);
        sc->st->attribute_bytes += to - from;
    }
}

/* May a script, style or unread <link> go whole, start tag to end tag,
 * rather than be emptied?  Only in the <head>: in the body the elements
 * around one are counted and compared by the page type's and the content
 * stage's reading of the structure (a run of alike items with a script
 * between them), which would read another page without it.  In the head
 * its start tag changes nothing else in the tree once the <head> has
 * begun (before it, <script> would open the <head> and the white space
 * after it be kept there, and a <!DOCTYPE> after a first <script> is
 * ignored), outside a <template> (whose content may hold anything) and a
 * <noscript> (there <script> closes it).  The texts on either side of it
 * then join into one text node, which every stage folds as before, when
 * nothing can form across the join: the output before it ends with a tag
 * or white space but a carriage return (not "<" + "p>", "&am" + "p;",
 * "\r" + "\n"), and not with "</>", which gumbo reads wrongly (the tag
 * after it loses its name). */
static bool removes_whole(const scanner *sc, size_t at)
{
    if (!sc->head_begun || sc->body_begun || sc->templates || sc->noscripts)
        return false;
    size_t out = output_at(sc, at);
    if (out == 0)
        return true;
    char before = output_byte(sc, at, 1);
    if (before == '>')
        return out < 3 || output_byte(sc, at, 2) != '/' || output_byte(sc, at, 3) != '<';
    return before == ' ' || before == '\t' || before == '\n';
}

/* Follow the end tags that may close a template or a <noscript>, or that
 * belong in the body. */
static void end_tag(scanner *sc, const tag *t)
{
    if (name_is(t, "template") && sc->templates > 0)
        sc->templates--;
    else if (name_is(t, "noscript") && sc->noscripts > 0)
        sc->noscripts--;
    else if (!name_is(t, "head") && !name_is(t, "script") && !name_is(t, "style") &&
             !name_is(t, "title"))
        sc->body_begun = true; /* "</p>", "</body>": the body has begun */
}

/* Start tags that the parser puts in the <head> (in the <head>; others
 * begin the body). */
static const char *const head_tags[] = {
    "html", "head", "meta", "link", "script", "style", "title", "base", "basefont", "bgsound",
    "noscript", "template", "noframes", NULL,
};

/* One past the end tag at e ('<' of "</name"), or n. */
static size_t end_tag_end(const scanner *sc, size_t e)
{
    if (e >= sc->n)
        return sc->n;
    tag et;
    if (!read_tag(sc, e + 2, &et, NULL))
        return sc->n;
    return et.end;
}

/* Elide the script whose start tag is t (unless kept): its body, and the
 * attributes of its start tag (sources, loading flags, nonces: only the
 * type of a JSON-LD script is read, and that script is kept whole); sets
 * *next to its end tag. */
static void script_body(scanner *sc, const tag *t, size_t *next)
{
    size_t body = t->end;
    size_t end = pith_html_script_end(sc->s, sc->n, body);
    if (keep_script_body(sc, t->at, body)) {
        if (end > body)
            sc->st->kept++;
    } else if (t->whole) {
        size_t stop_at = end_tag_end(sc, end);
        cut(sc, t->at, stop_at);
        sc->st->elided++;
        end = stop_at;
    } else {
        cut_all_attributes(sc, t);
        if (end > body) {
            cut(sc, body, end);
            sc->st->elided++;
        }
    }
    *next = end;
}

/* Follow a <select> from just after its start tag to just after its end
 * tag.  Inside, the parser ignores most start tags (so <style> and
 * <title> do not start raw text there); the scan accepts only options,
 * option groups and scripts, and stops at anything else. */
static step select_region(scanner *sc, size_t i, size_t *next)
{
    for (;;) {
        tag t;
        found f = next_tag(sc, &i, &t, NULL);
        if (f != FOUND_TAG)
            return region_end(f, i, next);
        if (t.is_end && name_is(&t, "select")) {
            *next = i;
            return GO_ON;
        }
        if (name_is(&t, "option") || name_is(&t, "optgroup") ||
            (t.is_end && name_is(&t, "script")))
            continue;
        if (!t.is_end && name_is(&t, "script")) {
            t.whole = removes_whole(sc, t.at);
            script_body(sc, &t, &i);
            continue;
        }
        return stop(sc, t.at, "a tag inside <select> other than option, optgroup or script");
    }
}

/* One start tag in HTML content; sets *next to where the scan goes on. */
static step start_tag(scanner *sc, const tag *t, size_t *next)
{
    static const char *const rcdata_rawtext[] = {
        "title", "textarea", "xmp", "iframe", "noembed", "noframes", NULL,
    };
    *next = t->end;
    if (t->long_name)
        return GO_ON;
    if (name_is(t, "script")) {
        script_body(sc, t, next);
    } else if (name_is(t, "style")) {
        size_t end = pith_html_raw_text_end(sc->s, sc->n, t->end, "style");
        if (t->whole) {
            end = end_tag_end(sc, end);
            cut(sc, t->at, end);
            sc->st->elided++;
        } else if (end > t->end) {
            cut(sc, t->end, end);
            sc->st->elided++;
        }
        *next = end;
    } else if (name_in(t, rcdata_rawtext)) {
        *next = pith_html_raw_text_end(sc->s, sc->n, t->end, t->name);
    } else if (name_is(t, "svg") || name_is(t, "math")) {
        if (!t->self_closing)
            return foreign_region(sc, t, t->end, next);
    } else if (name_is(t, "select")) {
        return select_region(sc, t->end, next);
    } else if (name_is(t, "pre") || name_is(t, "listing")) {
        sc->keep_space = true;
    } else if (name_is(t, "template")) {
        sc->seen_template = true;
        sc->templates++;
    } else if (name_is(t, "noscript")) {
        sc->noscripts++;
    } else if (name_is(t, "col") && sc->seen_template) {
        return stop(sc, t->at, "<col> after a <template>");
    } else if (name_is(t, "plaintext")) {
        return stop(sc, t->at, "<plaintext>");
    } else if (name_is(t, "frameset")) {
        return stop(sc, t->at, "<frameset>");
    }
    return GO_ON;
}


/* The one byte that stays of the white space s[from, to) between two tags:
 * its first line feed, else its first carriage return (which the input
 * stream reads as a line feed), else its first byte. */
static size_t white_space_kept(const char *s, size_t from, size_t to)
{
    const char *lf = memchr(s + from, '\n', to - from);
    if (lf)
        return (size_t)(lf - s);
    const char *cr = memchr(s + from, '\r', to - from);
    return cr ? (size_t)(cr - s) : from;
}

/* The white space cut_white_space folds: space, tab, LF, CR (looked up
 * once per byte of the page's text). */
static const bool WHITE_SPACE[256] = {[' '] = true, ['\t'] = true, ['\n'] = true, ['\r'] = true};

static bool is_white_space(char c)
{
    return WHITE_SPACE[(unsigned char)c];
}

/* The text s[from, to) between two tags: each run of white space in it
 * (spaces, tabs, line breaks) becomes one byte of it, a line break if it
 * holds one ("\n    \n  " and "\r\n\t" become "\n", "  " becomes " ").
 * White space stays white space, so the tree keeps its shape (the parser
 * makes the same nodes of one white-space character as of many: a text,
 * and the formatting elements it reconstructs) and every stage reads it
 * as before (they fold runs of white space; so do the renderers, inline
 * code's too); a tenth of the bytes of a typical page, and the dearest to
 * parse: gumbo reads each as a character token of its own, through the
 * tree builder's rules (five hundred instructions a byte).  Not once a
 * <pre> or <listing> has begun, where white space is text, nor in a text
 * that held a comment (cut already: its bytes may have moved). */
static void cut_white_space(scanner *sc, size_t from, size_t to)
{
    if (sc->keep_space || to - from < 2 || sc->copy_from > from)
        return;
    for (size_t k = from; k + 1 < to; k++) {
        if (!is_white_space(sc->s[k + 1])) {
            k++; /* no run of two or more holds s[k + 1]: go on after it */
            continue;
        }
        if (!is_white_space(sc->s[k]))
            continue;
        size_t run = k + 1;
        while (run < to && is_white_space(sc->s[run]))
            run++;
        if (run - k >= 2) {
            size_t kept = white_space_kept(sc->s, k, run);
            cut(sc, k, kept);
            cut(sc, kept + 1, run);
            sc->st->indentation += run - k - 1;
        }
        k = run - 1;
    }
}

/* Cut the unread attributes read_tag noted in a start tag. */
static void cut_unread_attributes(scanner *sc, const attr_cuts *unread)
{
    for (unsigned k = 0; k < unread->n; k++) {
        cut(sc, unread->from[k], unread->to[k]);
        sc->st->attribute_bytes += unread->to[k] - unread->from[k];
    }
}

size_t pith_elide(char *html, size_t len, pith_elide_stats *st_out)
{
    pith_elide_stats st = {.stopped_at = (size_t)-1};
    scanner sc = {html, len, 0, 0, false, false, false, false, 0, 0, &st};
    size_t i = 0;
    attr_cuts unread;
    for (;;) {
        tag t;
        size_t text = i; /* where the text before the next tag starts */
        if (next_tag(&sc, &i, &t, &unread) != FOUND_TAG)
            break;
        cut_white_space(&sc, text, t.at);
        if (t.is_end) {
            end_tag(&sc, &t);
            continue;
        }
        t.whole = removes_whole(&sc, t.at);
        if (t.whole && name_is(&t, "meta") && !meta_is_read(&sc, &t)) {
            cut(&sc, t.at, t.end);
            continue;
        }
        if (name_is(&t, "link") && !t.rel_read) {
            if (t.whole) {
                cut(&sc, t.at, t.end);
                continue;
            }
            cut_all_attributes(&sc, &t);
        } else if (!name_is(&t, "style") || !t.whole) {
            cut_unread_attributes(&sc, &unread); /* not from a style that goes whole */
        }
        /* (Once begun, never asked again: most tags come after.) */
        if (!sc.head_begun && !name_is(&t, "html") && !name_is(&t, "script") &&
            !name_is(&t, "style"))
            sc.head_begun = true;
        if (!sc.body_begun && !name_in(&t, head_tags))
            sc.body_begun = true; /* before start_tag: a <select>'s scripts are the body's */
        if (start_tag(&sc, &t, &i) == STOP)
            break;
    }
    size_t rest = len - sc.copy_from;
    if (sc.w != sc.copy_from && rest)
        memmove(html + sc.w, html + sc.copy_from, rest);
    if (st_out)
        *st_out = st;
    return sc.w + rest;
}
