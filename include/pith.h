/*
 * pith.h — the public interface of libpith.
 *
 * pith takes a web page as raw bytes, exactly as a crawler stored them, and
 * returns its pith: the clean article text and its metadata, with ads, share
 * bars, newsletter boxes, related-story lists, cookie banners, author boxes
 * and footers removed.
 *
 * This header is the whole API and its manual.
 *
 * THE SIMPLE CALL
 *
 *     char *text = pith_extract_text(html, html_len);
 *     if (text) { puts(text); free(text); }
 *
 * THE FULL CALL
 *
 *     pith_options opt;
 *     pith_options_init(&opt);          // sane defaults, then adjust
 *     opt.url = "https://example.org/story";
 *     pith_result *r = pith_extract(html, html_len, &opt);
 *     if (!r) ...                       // out of memory before anything began
 *     else if (r->status != PITH_OK) fprintf(stderr, "%s\n", r->error);
 *     else {
 *         printf("%s\n\n%s\n", r->title ? r->title : "", r->text);
 *         char *md = pith_render(r, PITH_FORMAT_MARKDOWN, 0, NULL);
 *         ...
 *         free(md);
 *     }
 *     pith_result_free(r);
 *
 * BINARY COMPATIBILITY
 *
 *   The library's file is libpith.so.N, N the ABI version (PITH_ABI_VERSION):
 *   N changes only when a program built against an older pith.h could not
 *   run against the new library.  Adding fields and functions does not
 *   change it, because:
 *
 *   - pith_options starts with its size.  pith_options_init (a macro)
 *     passes sizeof as your program was compiled; pith_extract reads only
 *     the fields that size covers and takes the defaults for the rest, so an
 *     older program keeps working with a newer library.  A newer program
 *     on an older library gets PITH_ERR_ARGUMENT if it set a field that
 *     library does not know.  Options that were never initialised
 *     (pith_options opt = {0}) get PITH_ERR_ARGUMENT naming size.
 *   - pith_result is allocated by the library and starts with its size:
 *     PITH_HAS_FIELD(r, pith_result, field) says whether the library that
 *     made r has that field (needed only when your program may run against
 *     an older libpith than the pith.h it was built with).
 *
 *   Adding a field: append it at the END of pith_options or pith_result
 *   (never in between, never remove or retype one), with a comment saying
 *   what it is and its default.  For pith_options, the default goes in
 *   pith_options_init_size and must be what pith_extract assumes when an
 *   older caller's size does not cover the field; a field whose default is
 *   0 or NULL needs nothing more.  Adding a function: declare it here with
 *   PITH_API (only PITH_API functions are exported from libpith.so).
 *
 * GUARANTEES
 *
 *   - Thread safety: every function may be called from many threads at
 *     once.  pith keeps no global mutable state: what it sets up on first
 *     use (its rule patterns, each when a page first needs it; the
 *     language models; the charset detector) is written once, under a
 *     lock, and then only read.
 *   - The library never prints, never calls exit() or abort(), and never
 *     keeps a pointer to the caller's input after pith_extract returns.
 *   - Any input is accepted: every byte sequence yields a result whose
 *     status says what happened.  Work is bounded by the limits in
 *     pith_options (input size, nesting depth, attributes per element,
 *     memory budget), each with a safe default.
 *   - All strings in a result are valid UTF-8 and contain no NUL bytes.
 *
 * Link with -lpith (pkg-config --cflags --libs pith).
 */
#ifndef PITH_H
#define PITH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PITH_VERSION_MAJOR 0
#define PITH_VERSION_MINOR 2
#define PITH_VERSION_PATCH 0
#define PITH_VERSION_STRING "0.2.0"

/* The ABI version: the N of the shared library's name libpith.so.N. */
#define PITH_ABI_VERSION 1

/* Marks the functions libpith.so exports (it is built with
 * -fvisibility=hidden: nothing else is visible). */
#if defined(__GNUC__) || defined(__clang__)
#define PITH_API __attribute__((visibility("default")))
#else
#define PITH_API
#endif

/* True when the struct *p (pith_options or pith_result, which start with
 * their size) is large enough to hold field. */
#define PITH_HAS_FIELD(p, type, field) \
    ((p)->size >= offsetof(type, field) + sizeof((p)->field))

/* The library's version string, e.g. "0.1.0" (may differ from the header's
 * PITH_VERSION_STRING when linked dynamically against another build). */
PITH_API const char *pith_version(void);

/* ------------------------------------------------------------------ status */

typedef enum pith_status {
    PITH_OK = 0,          /* main content found; text is non-empty */
    PITH_NO_CONTENT = 1,  /* the page was read, but holds no main content */
    PITH_ERR_INPUT = 2,   /* the input is not a usable page (empty, binary) */
    PITH_ERR_TOO_LARGE = 3, /* input longer than options.max_bytes */
    PITH_ERR_LIMIT = 4,   /* the memory budget or time limit was spent */
    PITH_ERR_NOMEM = 5,   /* the system refused memory */
    PITH_ERR_ARGUMENT = 6 /* an option has an invalid value */
} pith_status;

/* A short constant English description of a status ("no main content"). */
PITH_API const char *pith_status_string(pith_status status);

/* The stable snake_case code of a status, as the JSON, XML and CSV outputs
 * write it: "ok", "no_content", "bad_input", "too_large", "limit",
 * "out_of_memory", "bad_argument" ("unknown" for any other value). */
PITH_API const char *pith_status_code(pith_status status);

/* ----------------------------------------------------------------- options */

typedef enum pith_favor {
    PITH_FAVOR_BALANCED = 0, /* the default trade-off */
    PITH_FAVOR_PRECISION,    /* leave out anything doubtful: paragraphs the
                                classifier judges boilerplate (short, linky,
                                few function words) go too */
    PITH_FAVOR_RECALL        /* keep anything that may belong to the article:
                                image captions, and good prose near the chosen
                                article is taken in */
} pith_favor;

/* Flags for pith_options.flags. */
#define PITH_OPT_NO_TABLES (1u << 0) /* leave tables out of the article */
#define PITH_OPT_COMMENTS  (1u << 1) /* extract user comments into r->comments
                                        and the comments of every format,
                                        apart from the article */
#define PITH_OPT_NO_META   (1u << 2) /* skip metadata (only title is read) */
#define PITH_OPT_NO_FALLBACK (1u << 3) /* no fallback ladder: a page whose
                                          visible content gives no text has
                                          none (see pith_result.fallback) */

/* One block that pith removed, as reported to an explain hook. */
typedef struct pith_removal {
    const char *stage;   /* "clean" or "content" for HTML; "text" for text */
    const char *rule;    /* stable rule name, e.g. "class:share", "tag:nav",
                            "phrase:ad", "menu", "repeated" */
    const char *tag;     /* the element's tag name (text: the kind of block,
                            "p", "li", "h2", "blockquote") */
    const char *snippet; /* the start of its text (at most ~80 bytes) */
    size_t text_len;     /* length of its whole text in bytes */
    unsigned long line;  /* text input: the block's first line (from 1);
                            0 for HTML */
} pith_removal;

/* Called once per removed block, in document order, during pith_extract.
 * The strings are only valid during the call. */
typedef void (*pith_explain_fn)(const pith_removal *removal, void *userdata);

/* How to read the input (pith_options.input). */
typedef enum pith_input_type {
    PITH_INPUT_AUTO = 0, /* tell from the bytes: a page with markup is HTML,
                            text without tags is text (the default) */
    PITH_INPUT_HTML,     /* an HTML page, whatever it holds */
    PITH_INPUT_TEXT      /* text: lines are blocks (a scraper's output,
                            lynx or w3m -dump, a WARC conversion record) */
} pith_input_type;

/* Lines remembered across the documents of a batch (see below). */
typedef struct pith_lineset pith_lineset;

typedef struct pith_options {
    size_t size;           /* sizeof(pith_options) as the caller was built:
                              set by pith_options_init, never by hand */
    pith_favor favor;      /* default PITH_FAVOR_BALANCED */
    unsigned flags;        /* PITH_OPT_* bits; default 0 */
    const char *url;       /* the page's address if known: base for relative
                              links, hostname, dates in the path; default NULL */
    const char *charset;   /* charset from the transport (HTTP Content-Type),
                              trusted before any in-page declaration; NULL */
    const char *base_url;  /* an absolute URL that relative links and image
                              sources are resolved against, overriding the
                              page's <base href>, its canonical URL and url;
                              NULL (the default) = take it from the page.
                              A value without a scheme is PITH_ERR_ARGUMENT */

    /* Limits.  Exceeding max_bytes, max_memory or timeout_ms is an error
     * (PITH_ERR_TOO_LARGE / PITH_ERR_LIMIT) and the result carries no text.
     * The structural limits do not fail the page: a linear pre-parse pass
     * (the guard) rewrites the offending markup before the HTML parser sees
     * it, and result->guard says what it changed:
     *   - a start tag that would nest deeper than max_depth is removed with
     *     its end tag; its content stays, one level up;
     *   - attributes past max_attributes on one tag are removed;
     *   - past max_formatting open formatting elements (b, i, em, font, a...)
     *     further ones are removed, and formatting elements are closed
     *     before the parser would clone them more than a budget linear in
     *     the input (about one per 16 bytes);
     *   - repeated attributes are removed (the first wins, as in browsers)
     *     and numeric references past U+10FFFF become U+FFFD;
     *   - <svg> and <math> start tags right inside a table (outside its
     *     cells) are removed: the parser aborts on some such markup.
     * Real pages reach none of the structural limits.
     * max_memory counts what one page takes in every stage: the decoded
     * copy, the parse, the metadata (JSON-LD by an estimate made before it
     * is read), the article tree and every buffer (in a batch with a
     * pith_lineset, the blocks of a text page that its add read, which the
     * extraction takes instead of reading them again); pith_render holds
     * it too, for the result's tree and the rendering.
     * timeout_ms is soft: it is checked while the page is parsed (every 1024
     * allocations), while the article tree is walked (every 1024 nodes) and
     * between stages, so a page can overrun it by the time of one linear
     * stage; pith_render holds it too, counted from its call.  For a hard
     * limit, run pith in a worker process (the CLI's --isolate does). */
    size_t max_bytes;         /* default 64 MiB of raw input */
    unsigned max_depth;       /* default 400 nested elements */
    unsigned max_attributes;  /* default 256 attributes per element */
    unsigned max_formatting;  /* default 32 open formatting elements */
    size_t max_memory;        /* memory budget of a page, default 1 GiB */
    unsigned timeout_ms;      /* soft wall-clock limit, 0 = none (default) */

    /* Explain hook: reports every removed block (NULL = off). */
    pith_explain_fn explain;
    void *explain_userdata;

    /* The page's type when the caller knows it: "article", "forum",
     * "product", "collection", "listing", "documentation", "service" or
     * "other" (see pith_result.pagetype); NULL (default): pith tells. */
    const char *pagetype;

    /* New fields go here, at the end (see BINARY COMPATIBILITY above). */

    /* How to read the input: HTML or text, or PITH_INPUT_AUTO (default). */
    pith_input_type input;
    /* Text input: the lines of the other documents of the batch (NULL =
     * none, the default), and this document's number in the batch, as
     * given to pith_lineset_add.  See "batches of text" below. */
    pith_lineset *lineset;
    unsigned long long lineset_seq;
} pith_options;

/* Fill *opt with the defaults above and set opt->size.  Always initialise
 * options this way, then change the fields you need. */
#define pith_options_init(opt) pith_options_init_size((opt), sizeof *(opt))

/* What pith_options_init calls: fills the first size bytes of *opt (size
 * as the caller's pith_options is; bindings from other languages call this
 * with the size of their copy of the struct). */
PITH_API void pith_options_init_size(pith_options *opt, size_t size);

/* ------------------------------------------------------------------ result */

/* Bits of pith_result.guard: what the pre-parse guard changed. */
#define PITH_GUARD_DEPTH      (1u << 0) /* nesting deeper than max_depth cut */
#define PITH_GUARD_ATTRIBUTES (1u << 1) /* attributes past max_attributes dropped */
#define PITH_GUARD_FORMATTING (1u << 2) /* runaway formatting elements defused */
#define PITH_GUARD_CHARREF    (1u << 3) /* out-of-range numeric references fixed */
#define PITH_GUARD_ENCODING   (1u << 4) /* invalid bytes replaced by U+FFFD */
#define PITH_GUARD_DUPLICATES (1u << 5) /* repeated attributes dropped */
#define PITH_GUARD_FOREIGN    (1u << 6) /* svg/math start tags in a table (outside
                                           cells) removed: gumbo aborts on them */
#define PITH_GUARD_NOSCRIPT   (1u << 7) /* a raw-text start tag (iframe, style...)
                                           inside <noscript> whose end tag comes
                                           after the </noscript> removed: it took
                                           the rest of the page for its text */

typedef struct pith_internal pith_internal;

/* The result of one extraction.  Every string is NULL when unknown, valid
 * UTF-8 otherwise, and owned by the result (freed by pith_result_free). */
typedef struct pith_result {
    size_t size;            /* sizeof(pith_result) in the library that made it */
    pith_status status;
    const char *error;      /* what went wrong, when status != PITH_OK */

    const char *text;       /* the article as plain text ("" when none):
                               paragraphs separated by blank lines, headings
                               and list items on lines of their own */
    size_t text_len;
    const char *comments;   /* user comments as text (PITH_OPT_COMMENTS;
                               NULL when the page shows none) */

    /* Metadata, named as trafilatura names it. */
    const char *title;
    const char *author;        /* several authors joined by "; " */
    const char *date;          /* publication date, YYYY-MM-DD */
    const char *date_modified; /* YYYY-MM-DD */
    const char *sitename;
    const char *hostname;
    const char *url;           /* canonical URL */
    const char *description;
    const char *language;      /* BCP 47 tag, e.g. "en" or "pt-BR" */
    const char *language_source; /* "declared" or "detected" */
    const char *image;
    const char *license;
    const char *pagetype;      /* what kind of page this is: "article", "forum",
                                  "product", "collection" (of products),
                                  "listing" (of posts, jobs, results...),
                                  "documentation", "service" (a company's
                                  landing or service page) or "other";
                                  the page's own word is declared_type */
    const char *const *categories;
    size_t n_categories;
    const char *const *tags;
    size_t n_tags;

    double confidence;      /* 0..1: how sure pith is this is an article */
    const char *charset;    /* the encoding the input was read in */
    unsigned guard;         /* PITH_GUARD_* bits */

    pith_internal *internal; /* private: the article's structure */

    /* The publication and modification times in full, ISO 8601, when the
     * page gives a time of day with the date: "2024-05-01T14:35:00+02:00",
     * "2024-05-01T14:35:00Z", or "2024-05-01T14:35:00" when it names no
     * zone.  A time written without its zone gets the offset another
     * declared time of the page gives for the same moment in UTC
     * ("10:26:25" beside "15:26:25+00:00": "10:26:25-05:00").  Their day
     * is the one date and date_modified give. */
    const char *date_time;
    const char *date_modified_time;

    /* The page's own word for its type (og:type, the JSON-LD @type of its
     * main item...: "website", "product.group", "NewsArticle"), NULL when
     * it declares none. */
    const char *declared_type;
    /* Why pith took the page for its pagetype: the evidence that decided
     * ("schema:Product", "generator: Discourse (forum software)",
     * "structure: a run of alike items with prices"...). */
    const char *pagetype_reason;
    /* Where the text came from when the page's visible content gave none,
     * else NULL: "noscript" (the page's copy for readers without
     * scripts), "hidden" (a page hidden until a script shows it),
     * "jsonld" (its JSON-LD body or description), "densest" (its densest
     * text, inside what looked like boilerplate), "description" (its meta
     * description).  The confidence is lower then. */
    const char *fallback;

    /* New fields go here, at the end (see BINARY COMPATIBILITY above). */
} pith_result;

/* Extract the main content and metadata of one page.
 *   data, len  the raw bytes of the page (any encoding; NULs allowed)
 *   opt        options, or NULL for the defaults
 * Returns a result to free with pith_result_free, whatever the status; NULL
 * only when not even the result object could be allocated. */
PITH_API pith_result *pith_extract(const char *data, size_t len, const pith_options *opt);

/* Free a result and everything it owns.  NULL is allowed. */
PITH_API void pith_result_free(pith_result *result);

/* The simple call: the article's plain text, or NULL when the page has no
 * main content or cannot be read.  Free the string with free(). */
PITH_API char *pith_extract_text(const char *data, size_t len);

/* ------------------------------------------------ batches of text
 *
 * Text input: each line of the input is a block (blank lines part
 * paragraphs; lines wrapped at a fixed width, as lynx -dump and w3m -dump
 * write them, are joined back; "- ", "* ", "• ", "1. " start list items,
 * "> " quotes, "# " and underlined lines headings).  The blocks are judged
 * as an HTML page's paragraphs are: boilerplate phrases, the paragraph
 * classifier, the run of prose that is the article and the headings that
 * end it, menus (runs of short lines), author boxes.
 *
 * A site's header, menus and footer come back on every page of the site.
 * In HTML, tags and classes give them away; in text they are only lines,
 * and what betrays them is that other pages of the same site hold them
 * too.  A pith_lineset remembers the lines of the documents of one batch,
 * so pith_extract can drop the lines of a text page that at least two
 * other documents of the same host (from options.url; documents without a
 * URL count as one host) hold as well:
 *
 *     pith_lineset *set = pith_lineset_new();
 *     // in the batch's order, from one thread:
 *     pith_lineset_add(set, k, data_k, len_k, &opt_k);      // k = 0, 1, 2...
 *     // any order, any threads, once the adds have gone PITH_LINESET_AHEAD past k:
 *     opt_k.lineset = set; opt_k.lineset_seq = k;
 *     pith_result *r = pith_extract(data_k, len_k, &opt_k);
 *     ...
 *     pith_lineset_free(set);
 *
 * Deterministic whatever the threads: document k is compared with the
 * documents numbered below k + PITH_LINESET_AHEAD only (those added, when
 * the batch ends sooner), so it gets the same result at any degree of
 * parallelism as long as it is extracted after document
 * k + PITH_LINESET_AHEAD - 1 was added (or the last one was) and before
 * document k + PITH_LINESET_KEEP is.  Memory is bounded: the set holds at
 * most PITH_LINESET_MAX_LINES lines, forgetting lines no document has
 * shown for PITH_LINESET_KEEP documents, and, apart from any document's
 * max_memory, the bytes and decoded text of the documents added and not
 * yet extracted (at most 4 * PITH_LINESET_AHEAD of them and 64 MiB; the
 * oldest are given up first, and their extraction decodes them again),
 * and the phrase rules' verdicts on the lines of text documents that
 * other documents hold, so that such a line is judged once a batch (at
 * most 32,768 lines and 4 MiB of them, in 6 MiB; full, it starts again;
 * a verdict depends on the line alone).
 * All functions are thread-safe.
 * HTML documents are not counted: their tags say what a line is.
 */
#define PITH_LINESET_AHEAD 32
#define PITH_LINESET_KEEP 65536
#define PITH_LINESET_MAX_LINES (1u << 19)

/* A new, empty set; NULL when out of memory. */
PITH_API pith_lineset *pith_lineset_new(void);

/* Count the lines of document seq (its raw bytes, read as pith_extract
 * reads them under opt: charset, input type, url; opt may be NULL).  Add
 * each document once, in increasing order of seq.  The read holds to
 * opt's max_memory and timeout_ms as pith_extract does; a document that
 * passes them is left out of the set.  Returns 0, or -1 when memory ran
 * out or opt is not valid (the set stays usable without that document). */
PITH_API int pith_lineset_add(pith_lineset *set, unsigned long long seq, const char *data, size_t len,
                     const pith_options *opt);

/* Free a set.  NULL is allowed. */
PITH_API void pith_lineset_free(pith_lineset *set);

/* ------------------------------------------------------------------ render */

/* Every format is written from the same article tree (headings, paragraphs,
 * nested lists, tables, quotes, code blocks with their language, figures;
 * emphasis, strong, code, links, images, line breaks), so all carry the
 * same structure and words.  With PITH_OPT_COMMENTS, the comments come
 * apart from the article: a "comments" field or element, or in text and
 * Markdown after the article behind a line "* * *". */
typedef enum pith_format {
    PITH_FORMAT_TEXT = 0, /* plain text: the result's text field */
    PITH_FORMAT_MARKDOWN, /* CommonMark (a parser reads back the same blocks),
                             GFM pipe tables */
    PITH_FORMAT_HTML,     /* a minimal document, well-formed as XML too; only
                             safe tags, attributes and URL schemes */
    PITH_FORMAT_JSON,     /* one object: metadata, confidence, text, comments */
    PITH_FORMAT_XML,      /* <doc metadata...><main/><comments/></doc>, the
                             format of src/render/pith-xml.rng (RELAX NG) */
    PITH_FORMAT_CSV       /* RFC 4180: a header, then one record */
} pith_format;

/* Flags for pith_render. */
#define PITH_RENDER_METADATA (1u << 0) /* text/markdown: YAML front matter
                                          (known fields, double-quoted) */
#define PITH_RENDER_FRAGMENT (1u << 1) /* html: a fragment, not a document */
#define PITH_RENDER_LINKS    (1u << 2) /* markdown, html, xml: keep link
                                          targets (absolute when a base is
                                          known; unsafe schemes never) */
#define PITH_RENDER_IMAGES   (1u << 3) /* markdown, html, xml: keep images */
#define PITH_RENDER_JSON_HTML     (1u << 4) /* json: add an "html" field */
#define PITH_RENDER_JSON_MARKDOWN (1u << 5) /* json: add a "markdown" field */
#define PITH_RENDER_NO_HEADER     (1u << 6) /* csv: leave out the header row */
#define PITH_RENDER_TITLE         (1u << 7) /* text/markdown: start with the
                                               title as a heading (a line of
                                               its own, "# " in Markdown),
                                               unless the article already
                                               starts with it */

/* Render a result in the given format.  Returns a NUL-terminated UTF-8
 * string to free with free(), its length in *len_out when len_out is not
 * NULL; NULL on failure, with errno set: EINVAL for an unknown format,
 * ENOMEM when memory ran out, EFBIG when the result and its rendering need
 * more than the max_memory it was extracted with, ETIMEDOUT when rendering
 * takes longer than its timeout_ms (counted from this call).  A result
 * whose status is not PITH_OK renders too (JSON then carries an "error"
 * object). */
PITH_API char *pith_render(const pith_result *result, pith_format format, unsigned flags,
                           size_t *len_out);

/* Parse a format name ("text", "markdown"/"md", "html", "json", "xml",
 * "csv").  Returns 0 and sets *out, or -1 for an unknown name. */
PITH_API int pith_format_from_name(const char *name, pith_format *out);

/* ------------------------------------------------------ archives: WARC
 *
 * Web archives (ISO 28500 WARC 1.0 and 1.1) hold many pages in one file,
 * each page as a "response" record: WARC headers, then the HTTP response as
 * the crawler received it.  A pith_warc_reader walks such a file record by
 * record, from anything a read function can read (a file, a pipe, memory):
 * plain WARC, or gzip with one member per record (the standard layout, as
 * Common Crawl ships it) or one member for the whole file.  It never seeks
 * and keeps memory bounded whatever the size of the archive.
 *
 *     pith_warc_reader *w = pith_warc_open(my_read, my_file);
 *     pith_warc_record rec;
 *     while (pith_warc_next(w, &rec) == 1) {
 *         if (rec.error) { report(rec.offset, pith_warc_error_code(rec.error)); continue; }
 *         if (!rec.is_html) continue;                  // requests, images, metadata...
 *         char *html; size_t len;
 *         pith_warc_error e = pith_warc_payload(w, 8 << 20, &html, &len);
 *         if (e) { report(rec.offset, pith_warc_error_code(e)); continue; }
 *         opt.url = rec.target_uri; opt.charset = rec.charset;
 *         pith_result *r = pith_extract(html, len, &opt);
 *         ...
 *         free(html);
 *     }
 *     pith_warc_close(w);
 *
 * Damage is reported, never fatal: a truncated record, a wrong
 * Content-Length, a header block that cannot be read, bytes between records
 * that are not a record, or a corrupt gzip member each come back as one
 * record whose error is set (at the offset where the damage starts), and
 * reading carries on with the next good record.  A reader is used by one
 * thread at a time; distinct readers are independent.
 */

/* Read at most n bytes into buf.  Return the number of bytes read, 0 at
 * the end of the input, -1 on a read error. */
typedef long (*pith_read_fn)(void *userdata, void *buf, size_t n);

typedef enum pith_input_kind {
    PITH_INPUT_PAGE = 0,     /* anything else: one page (HTML or not) */
    PITH_INPUT_GZIP_PAGE,    /* gzip data that is not a WARC (page.html.gz) */
    PITH_INPUT_WARC,         /* an uncompressed WARC */
    PITH_INPUT_WARC_GZIP     /* a gzip-compressed WARC */
} pith_input_kind;

/* Tell what an input holds from its first bytes, by content and not by
 * name.  Give it at least the first 4 KiB when the input has them. */
PITH_API pith_input_kind pith_sniff_input(const void *head, size_t len);

typedef enum pith_warc_error {
    PITH_WARC_OK = 0,
    PITH_WARC_TRUNCATED,    /* the input (or the record's gzip member) ends
                               before the record does */
    PITH_WARC_BAD_HEADER,   /* the WARC header block is unreadable, longer
                               than 64 KiB, or has no Content-Length */
    PITH_WARC_BAD_LENGTH,   /* Content-Length is not a number, or the record
                               does not end where it says */
    PITH_WARC_BAD_HTTP,     /* a response record whose HTTP header cannot
                               be read */
    PITH_WARC_GARBAGE,      /* bytes between records that are not a record */
    PITH_WARC_BAD_GZIP,     /* a gzip member whose data is corrupt */
    PITH_WARC_TOO_LARGE,    /* the payload is larger than the limit given */
    PITH_WARC_BAD_ENCODING, /* a Content-Encoding pith cannot decode */
    PITH_WARC_READ_ERROR,   /* the read function failed */
    PITH_WARC_NOMEM         /* out of memory */
} pith_warc_error;

/* A stable snake_case name for an error ("warc_truncated", "too_large"...),
 * for machine-readable reports. */
PITH_API const char *pith_warc_error_code(pith_warc_error error);

/* A short constant English description of an error ("the record ends
 * before its Content-Length"). */
PITH_API const char *pith_warc_error_string(pith_warc_error error);

/* One record.  The strings belong to the reader and stay valid until the
 * next call of pith_warc_next or pith_warc_close; each is NULL when the
 * record does not have it. */
typedef struct pith_warc_record {
    /* Where the record starts.  In a gzip file whose records each start a
     * member, the member's offset in the compressed file (what CDX indexes
     * give, so the record can be fetched with a byte range); otherwise the
     * offset in the uncompressed stream. */
    unsigned long long offset;
    pith_warc_error error;     /* PITH_WARC_OK, or why the record is unusable */
    const char *message;       /* an English description of error, or NULL */

    const char *type;          /* WARC-Type: "response", "resource", ... */
    const char *target_uri;    /* WARC-Target-URI (any <...> removed) */
    const char *record_id;     /* WARC-Record-ID, e.g. "<urn:uuid:...>" */
    const char *date;          /* WARC-Date, e.g. "2024-05-01T12:00:00Z" */
    const char *content_type;  /* the record's own Content-Type */
    unsigned long long content_length; /* the record block's length */

    /* The payload: the HTTP response body of a response record, or the
     * whole block of a resource record. */
    int http_status;           /* the HTTP status code, 0 when not HTTP */
    const char *media_type;    /* payload type, lower case, no parameters */
    const char *charset;       /* its charset parameter, as sent */
    int is_html;               /* 1 for a response or resource record whose
                                  payload is HTML: declared text/html or
                                  application/xhtml+xml, or, when no type is
                                  declared, beginning like an HTML page */
    int is_text;               /* 1 for a conversion record of text/plain
                                  (or of no declared type): a page's text,
                                  as the text files of web archives (WET)
                                  hold it; read its payload with input =
                                  PITH_INPUT_TEXT */
} pith_warc_record;

typedef struct pith_warc_reader pith_warc_reader;

/* A reader over read(userdata); NULL when out of memory. */
PITH_API pith_warc_reader *pith_warc_open(pith_read_fn read, void *userdata);

/* Read the next record's headers into *rec.  Returns 1 for a record (check
 * rec->error), 0 at the end of the input.  The payload of the previous
 * record, if not taken, is skipped. */
PITH_API int pith_warc_next(pith_warc_reader *reader, pith_warc_record *rec);

/* Take the payload of the record pith_warc_next just returned (call at
 * most once per record, and only for a record without error): the body
 * with any chunked transfer coding and gzip content coding undone, in a
 * NUL-terminated block of *len bytes to free with free().  Payloads larger
 * than max bytes are skipped without being held in memory (TOO_LARGE).  On
 * error *data is NULL and the error belongs to this record. */
PITH_API pith_warc_error pith_warc_payload(pith_warc_reader *reader, size_t max,
                                           char **data, size_t *len);

/* Bytes read from the input so far (compressed bytes for a gzip input). */
PITH_API unsigned long long pith_warc_input_offset(const pith_warc_reader *reader);

/* Free a reader.  NULL is allowed. */
PITH_API void pith_warc_close(pith_warc_reader *reader);

/* Decompress a whole gzip input (every member) read through read, keeping
 * at most max bytes: OK, TOO_LARGE, TRUNCATED, BAD_GZIP, READ_ERROR or
 * NOMEM.  On success *data (NUL-terminated, free with free()) holds *len
 * bytes. */
PITH_API pith_warc_error pith_gunzip(pith_read_fn read, void *userdata, size_t max,
                                     char **data, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* PITH_H */
