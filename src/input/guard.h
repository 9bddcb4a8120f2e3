/*
 * guard.h — the pre-parse guard: one linear pass over the decoded page that
 * rewrites the markup gumbo 0.10.1 cannot handle in linear time or memory,
 * before gumbo ever sees it (README.md, "Limits and robustness", says what).
 *
 * The guard runs a small model of the HTML tokenizer (exact: tags, comments,
 * raw text, script escapes, CDATA) and of the tree builder (approximate: the
 * stack of open elements with the implied end tags, scopes, tables, select,
 * foreign content, and the list of active formatting elements).  With it,
 * it enforces:
 *
 *   depth       a start tag that would open an element deeper than
 *               max_depth is removed, and so is its end tag: the content
 *               stays, one level up.  Raw-text elements (script, style...)
 *               are never removed, so their bodies never turn into text.
 *   attributes  past max_attributes distinct attributes on a tag, the rest
 *               are removed (gumbo checks duplicates pairwise).
 *   duplicates  a repeated attribute is removed (the first one wins, as the
 *               HTML standard says); gumbo with max_errors = 0 would glue a
 *               repeated valueless one onto the next attribute's name.
 *   formatting  at most max_formatting formatting elements (b, i, font, a...)
 *               are kept open at once; and when the model sees that
 *               reconstructing the closed ones would clone more elements
 *               than a budget linear in the input (or push past max_depth),
 *               end tags inserted first make gumbo forget them (an end tag
 *               for a formatting element no longer open changes no tree).
 *   charrefs    a numeric reference beyond U+10FFFF becomes &#xFFFD; (gumbo
 *               overflows an int and puts a NUL or an invalid byte in text).
 *   select and frameset contexts: a raw-text start tag that gumbo would
 *               ignore there (style, title, xmp...) is removed, so the guard
 *               and gumbo never disagree about where raw text starts.
 *   noscript    a raw-text start tag (iframe, style, script, textarea...)
 *               inside <noscript> whose own end tag does not come before the
 *               </noscript> is removed: a browser running scripts ends the
 *               <noscript> there, gumbo would read the rest of the page as
 *               that element's text ("<noscript><iframe src=x /></noscript>").
 *
 * On real pages none of the limits is reached and the output is the input,
 * byte for byte (no copy is made); only duplicate attributes and broken
 * numeric references are routinely fixed.
 */
#ifndef PITH_GUARD_H
#define PITH_GUARD_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

typedef struct pith_guard_limits {
    unsigned max_depth;      /* open elements, at least 1 */
    unsigned max_attributes; /* distinct attributes per tag, at least 1 */
    unsigned max_formatting; /* open formatting elements, at least 1 */
} pith_guard_limits;

typedef struct pith_guard_report {
    unsigned changed;          /* PITH_GUARD_* bits of what was rewritten */
    size_t dropped_tags;       /* tags removed (depth, formatting, context) */
    size_t dropped_attributes; /* attributes past the limit */
    size_t duplicate_attributes;
    size_t fixed_charrefs;
    size_t closed_formatting;  /* end tags inserted to stop reconstruction */
    /* What the model saw, before any cut (for tuning and tests). */
    unsigned deepest;          /* most open elements requested at once */
    unsigned most_attributes;  /* most attributes on one tag */
    unsigned most_formatting;  /* most open formatting elements */
    size_t clones;             /* formatting elements gumbo would reconstruct */
} pith_guard_report;

/* The defaults pith_options_init uses, exposed for the tests. */
#define PITH_GUARD_DEFAULT_DEPTH 400
#define PITH_GUARD_DEFAULT_ATTRIBUTES 256
#define PITH_GUARD_DEFAULT_FORMATTING 32

/* Run the guard over n bytes of UTF-8.  On return *res and *res_len hold the
 * page to parse: in itself when nothing had to change, else out's contents.
 * out must be empty; the caller frees it.  Returns false only when memory
 * ran out (out->oom may be set; *res is then NULL). */
bool pith_guard(const char *in, size_t n, const pith_guard_limits *limits, pith_buf *out,
                const char **res, size_t *res_len, pith_guard_report *report);

#endif
