/*
 * html_scan.h — the HTML tokenizer's rules for where markup begins and
 * ends (WHATWG "13.2.5 Tokenization", as gumbo 0.10.1 implements it), for
 * the passes that read the page before gumbo does: the elision of script
 * and style bodies (elide.c) and the pre-parse guard (guard.c).
 *
 * Each entry point answers one question about the bytes s[0..n) and keeps
 * no state: what a '<' starts, where a comment, a bogus comment, a CDATA
 * section, a raw-text body or a script body ends, whether an end tag
 * stands at a position, and where a tag ends, with each of its attributes
 * handed to a callback.  What a construct means for the tree (an element
 * that switches the tokenizer to raw text, a CDATA section that is one only
 * in foreign content) is the caller's to decide.
 */
#ifndef PITH_HTML_SCAN_H
#define PITH_HTML_SCAN_H

#include <stdbool.h>
#include <stddef.h>

/* What a '<' in the data state starts. */
typedef enum pith_html_markup {
    PITH_HTML_TEXT,          /* a '<' that is only text ("<3", "< b") */
    PITH_HTML_START_TAG,     /* "<" + letter */
    PITH_HTML_END_TAG,       /* "</" + letter */
    PITH_HTML_EMPTY_END_TAG, /* "</>": the tokenizer drops it */
    PITH_HTML_COMMENT,       /* "<!--" */
    PITH_HTML_CDATA,         /* "<![CDATA[": a CDATA section in foreign
                                content, a bogus comment elsewhere */
    PITH_HTML_DECLARATION,   /* any other "<!": a doctype or a bogus comment */
    PITH_HTML_BOGUS,         /* "<?", "</" + not a letter: a bogus comment */
    PITH_HTML_CUT,           /* the input ends after the '<' or "</" */
} pith_html_markup;

/* What the '<' at s[i] starts. */
pith_html_markup pith_html_markup_at(const char *s, size_t n, size_t i);

/* One past the '>' that ends a comment whose "<!--" ends at i: the comment
 * states, with the abrupt "<!-->" and "<!--->" and the "--!>" ending; n
 * when the input ends first. */
size_t pith_html_comment_end(const char *s, size_t n, size_t i);

/* One past the next '>' from i, or n: how a bogus comment or a doctype
 * started before i ends. */
size_t pith_html_bogus_comment_end(const char *s, size_t n, size_t i);

/* One past the "]]>" that ends a CDATA section whose body starts at i, or
 * n. */
size_t pith_html_cdata_end(const char *s, size_t n, size_t i);

/* Is there an end tag "</name" followed by whitespace, '/' or '>' at s[i],
 * the name compared ASCII case-insensitively?  (The "appropriate end tag"
 * test of the raw-text states; name is lower case.) */
bool pith_html_end_tag_at(const char *s, size_t n, size_t i, const char *name);

/* Where an RCDATA or RAWTEXT body starting at i ends (the text of title,
 * textarea, style, xmp, iframe, noembed, noframes): the '<' of the end tag
 * of the element called name, or n. */
size_t pith_html_raw_text_end(const char *s, size_t n, size_t i, const char *name);

/* Where a script body starting at i ends: the '<' of its "</script", or n.
 * Follows the script data states: "<!--" enters the escaped states, in
 * which "<script" + whitespace, '/' or '>' enters the double-escaped
 * states, where "</script" only returns to the escaped states; "-->" goes
 * back to plain script data from either. */
size_t pith_html_script_end(const char *s, size_t n, size_t i);

/* One past the name of a tag that starts at i (just after "<" or "</"): the
 * first whitespace, '/' or '>', or n when the input ends inside the name. */
size_t pith_html_tag_name_end(const char *s, size_t n, size_t i);

/* One attribute of a tag, as positions in s. */
typedef struct pith_html_attr {
    size_t name, name_len;   /* its name (any character may start it, '=' too) */
    bool has_value;          /* a '=' follows the name */
    size_t value, value_len; /* its value without the quotes (0, 0: none) */
    size_t end;              /* one past the attribute (past a closing quote) */
} pith_html_attr;

/* Called for each attribute of a tag, in order; returns false to stop the
 * scan. */
typedef bool (*pith_html_attr_fn)(void *ctx, const pith_html_attr *a);

/* Read the rest of a tag from i (just after its name) to its '>': the
 * attribute, value and self-closing states.  Calls fn (when not NULL) for
 * every attribute.  Returns one past the '>', and sets *self_closing for
 * "/>"; returns 0 when the input ends inside the tag (the tokenizer then
 * drops it) or when fn stopped the scan. */
size_t pith_html_scan_tag(const char *s, size_t n, size_t i, pith_html_attr_fn fn, void *ctx,
                          bool *self_closing);

#endif
