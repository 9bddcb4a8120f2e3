/*
 * elide.h — remove the bodies of script and style elements before the
 * parse, so gumbo never tokenizes them.
 *
 * About half the bytes of a typical news page sit inside <script> and
 * <style>, and no stage of pith reads them: the elements are dropped and
 * their text is never counted.  Gumbo still tokenizes every one of those
 * bytes, one character token each.  This pass cuts
 *
 *     <script src=a.js>var x = "...";</script>   to   <script src=a.js></script>
 *
 * in place, in one linear scan, before the parse, and the text of comments
 * with it ("<!-- ... -->" becomes "<!---->"), and the indentation of the
 * markup: each run of white space in the text between two tags becomes
 * one byte of it, a line break if it holds one, until a <pre> or
 * <listing> starts (a tenth of
 * the bytes of a page, each a character token for gumbo), and the content
 * of inline <svg> drawings ("<svg viewBox=..><path d=..></svg>" becomes
 * "<svg viewBox=..></svg>": icons are a further twentieth of the bytes),
 * and the attributes no stage reads ("<a href=x data-track=y target=_blank>"
 * becomes "<a href=x  >": tracking and framework data-*, event handlers,
 * sizes, targets, an eighth of the bytes left), on every start tag in HTML
 * content but those whose attributes the tree builder compares or reads
 * (formatting elements but <a>, <isindex>) and <script>, <svg>, <math>;
 * and there too the candidates of a srcset after the first ("a.jpg 1x,
 * b.jpg 2x" becomes "a.jpg", the one URL read); and all the attributes of
 * the scripts it empties ("<script src=a.js async>" becomes "<script>")
 * and of the <link>s no stage reads
 * (stylesheets, icons, preloads: "<link rel=stylesheet href=a.css>"
 * becomes "<link>").  In the <head> (once begun, outside a template or
 * <noscript>), such a script, style or <link> goes whole, start tag to end
 * tag, where the texts on either side cannot join into something else
 * (removes_whole in elide.c), and so does a <meta> no stage reads
 * (viewport, verification codes, app banners, theme colours: none of its
 * keys is read, see pith_elide_meta_key_read).
 * The tree gumbo then builds is the same as before, except that those
 * script, style, <link> and <meta> elements are gone or empty (the texts on
 * either side of one that is gone are one text), the comments are empty,
 * each run of white space in a text is one byte, the <svg> elements are
 * empty and elements lack attributes, which no stage reads (white space is folded; the clean stage
 * drops <svg> whole, and the text counts no longer take in an icon's
 * <title>, which is not on the screen).
 *
 * What is kept:
 *   - script bodies whose start tag mentions "ld+json" (the JSON-LD that
 *     the metadata stage reads) or holds a character reference ('&', so a
 *     type spelled with entities is never misread); a stage that comes to
 *     need other script bodies must be named in keep_script_body();
 *   - everything the scan cannot prove safe.  The scan follows the HTML
 *     tokenizer exactly (tags and quoted attributes, comments, doctypes,
 *     the RCDATA/RAWTEXT elements, the script-data escape states with
 *     "<!--" and "<script>" inside scripts) and the few tree-builder states
 *     that decide whether <script> and <style> start raw text: in SVG and
 *     MathML they do not, and in <select> a <style> is ignored.  It follows
 *     <svg>, <math> and <select> regions while they hold only what it can
 *     model exactly; at the first thing it cannot (an HTML element breaking
 *     out of SVG, a start tag inside an SVG <title>/<foreignObject>, a
 *     <frameset>, <plaintext>, <col> after a <template>, ...), it stops and
 *     leaves the rest of the page exactly as it was.
 *
 * The proof that nothing else changes is tested two ways: tests/elide_test.c
 * parses hand-made and generated tricky inputs both ways and compares the
 * gumbo trees, and `build/bench --check` compares pith's output and the
 * gumbo trees with and without elision on every benchmark page.
 *
 * The pass composes with the pre-parse guard: both are linear passes over
 * the decoded bytes, and elision runs first so the guard scans less.
 */
#ifndef PITH_ELIDE_H
#define PITH_ELIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "pith.h"

typedef struct pith_elide_stats {
    size_t removed;     /* bytes removed */
    unsigned elided;    /* script and style bodies removed */
    unsigned kept;      /* script bodies kept (JSON-LD) */
    unsigned comments;  /* comment texts removed */
    size_t indentation; /* bytes of indentation removed (white space between
                           tags but one byte) */
    size_t svg_bytes;   /* bytes of SVG content removed */
    size_t attribute_bytes; /* bytes of unread attributes removed */
    size_t stopped_at;  /* offset where the scan gave up (in the input), or
                           (size_t)-1 when it reached the end */
    const char *reason; /* why it stopped (static), or NULL */
} pith_elide_stats;

/* Elide script and style bodies in html[0..len) in place.  Returns the new
 * length (html[new length] is not written: the caller terminates).  st may
 * be NULL. */
size_t pith_elide(char *html, size_t len, pith_elide_stats *st);

/* Does elision cut the attribute called name (lower case) from a start tag
 * called tag_name (lower case, in HTML content)?  For comparing trees: the
 * attributes no stage reads, on most tags (see elide.c). */
bool pith_elide_cuts_attribute(const char *tag_name, const char *name);

/* Does a stage read a <meta> whose name, property or http-equiv is
 * v[0..n) (one of its tokens is a key some stage reads)?  And is the
 * attribute called name[0..n) one that makes a stage read any <meta> that
 * has it (itemprop, value)?  Elision removes a <meta> of the
 * <head> that has neither (see elide.c); for comparing trees. */
bool pith_elide_meta_key_read(const char *v, size_t n);
bool pith_elide_meta_pins(const char *name, size_t n);

/* Does the <meta> key t[0..n) (any case), though not in the metadata
 * table, name the publication date ("w-published-date", "published_at")?
 * meta/metatags.c reads such a key as a plain name's date. */
bool pith_meta_key_names_publish_date(const char *t, size_t n);

/* Does elision keep only the first candidate of the attribute called name
 * (lower case: srcset, data-srcset) on a start tag called tag_name (lower
 * case, in HTML content)?  "a.jpg 480w, b.jpg 800w" becomes "a.jpg": the
 * content stage reads that URL only (content/build.c).  The value is kept
 * whole when a character reference comes before the first separator. */
bool pith_elide_trims_attribute(const char *tag_name, const char *name);

/* Does a stage read the <link> whose rel attribute is rel[0..n) (as written
 * in the page, NULL when it has none)?  Elision cuts every attribute of
 * the others, and of every script it empties. */
bool pith_elide_link_is_read(const char *rel, size_t n);

/* pith_extract with the elision turned off: the reference that
 * `bench --check` and the tests compare against.  Not part of the public
 * API. */
pith_result *pith_extract_unelided(const char *data, size_t len, const pith_options *opt);

#endif
