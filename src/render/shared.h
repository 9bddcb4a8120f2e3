/*
 * shared.h — what more than one renderer needs (shared.c): the list of
 * metadata fields, XML/HTML escaping, the markup walker and elements of
 * html.c and xml.c, the test for URLs that may be shown, which links and
 * images a render keeps, and the small questions about the tree (list
 * numbers, table columns, tight paragraphs) that several formats ask.
 */
#ifndef PITH_RENDER_SHARED_H
#define PITH_RENDER_SHARED_H

#include "render.h"

/* The title to write first with PITH_RENDER_TITLE (text, markdown): the
 * result's title, or NULL when not asked, when there is none, or when the
 * article already opens with a heading that says it. */
const char *pith_render_leading_title(const pith_render_input *in);

/* One metadata field of a result, in the order every format lists them
 * (trafilatura's, with the full times beside the dates): title, author,
 * hostname, date, date_modified, date_time, date_modified_time, url,
 * sitename, description, categories, tags, language, language_source,
 * image, license, pagetype, declared_type, fallback. */
typedef struct pith_meta_field {
    const char *name;
    const char *value;         /* string fields; NULL when unknown */
    const char *const *items;  /* list fields (categories, tags) */
    size_t n_items;
    bool is_list;
} pith_meta_field;

#define PITH_META_FIELD_COUNT 19
void pith_render_meta_fields(const pith_result *r, pith_meta_field out[PITH_META_FIELD_COUNT]);

/* Append s (n bytes of UTF-8) escaped for XML and HTML text and attribute
 * values: & < > " ' become references; characters XML 1.0 forbids (C0
 * controls other than tab/LF/CR, U+FFFE, U+FFFF) become U+FFFD. */
void pith_render_escape_xml(pith_buf *out, const char *s, size_t n);

/* Append s (n bytes of UTF-8) as a JSON string, quotes around it: quote,
 * backslash and C0 controls escaped (\n, \t... or \u00XX), everything
 * else as it is (jansson's compact output, which the JSON of pith kept);
 * false when s is not valid UTF-8 (what was written is then to be given
 * up). */
bool pith_render_escape_json(pith_buf *out, const char *s, size_t n);

/* Append ' name="value"' with the value escaped (html.c, xml.c). */
void pith_render_attr(pith_buf *out, const char *name, const char *value);

/* Walk a tree for a markup renderer (html.c, xml.c): enter is called for
 * every node entered (it may skip the node's children with
 * pith_doc_iter_skip_children, and then gets no leave for it), leave for
 * every node left; a block opening inside an item, cell or caption, other
 * than a tight paragraph, first gets a newline. */
typedef void (*pith_render_enter_fn)(void *w, pith_doc_iter *it);
typedef void (*pith_render_leave_fn)(void *w, const pith_node *n);
void pith_render_markup(const pith_node *root, pith_buf *out, pith_render_enter_fn enter,
                        pith_render_leave_fn leave, void *w);

/* Markup elements written alike in HTML and XML: an image as
 * <tag src alt [title]/>, inline code as <code>text</code>. */
void pith_render_image_element(pith_buf *out, const char *tag, const pith_node *image);
void pith_render_code_element(pith_buf *out, const pith_node *code);

/* A paragraph, written alike in HTML and XML: entering, <p>, none for a
 * tight one (pith_render_is_tight), and one that shows nothing is left
 * out with its children (skipped in it); leaving, </p> and a newline, or
 * for a tight one nothing but a newline in a figure. */
void pith_render_paragraph_open(pith_buf *out, pith_doc_iter *it, unsigned flags);
void pith_render_paragraph_close(pith_buf *out, const pith_node *paragraph);

/* The level a heading is written at: its own, 1 to 6 (HTML's <h1> to
 * <h6>, Markdown's # to ######). */
int pith_render_heading_level(const pith_node *heading);

/* A code block's text without the line ends that close it: its length. */
size_t pith_render_code_length(const pith_node *code_block);

/* True when a URL may be shown as a link or image source: http, https,
 * ftp, mailto, tel, or relative (no scheme). */
bool pith_render_url_ok(const char *url);

/* A LINK whose target the render keeps (PITH_RENDER_LINKS, a safe url). */
bool pith_render_keeps_link(const pith_node *n, unsigned flags);
/* An IMAGE the render keeps (PITH_RENDER_IMAGES, a safe url). */
bool pith_render_keeps_image(const pith_node *n, unsigned flags);
/* True when a subtree shows anything: text, code or a kept image. */
bool pith_render_shows_anything(const pith_node *n, unsigned flags);
/* Entering a LINK in a markup renderer: true when its element is written
 * (a kept link that shows anything); a kept link that shows nothing is
 * left out with its children (skipped in it); a link the render does not
 * keep shows its children alone. */
bool pith_render_link_opens(pith_doc_iter *it, unsigned flags);

/* The largest list item number CommonMark reads (nine digits). */
#define PITH_RENDER_MAX_LIST_NUMBER 999999999L
/* The start of an ordered list, clamped to 0..999999999 (CommonMark) so
 * that its last item's number fits too. */
long pith_render_list_start(const pith_node *list);

/* A paragraph that HTML and XML show without its own element, its inlines
 * straight in the container: the only block of a cell or caption, the
 * first block of an item whose other blocks are lists, or the only
 * paragraph of a figure (its image, beside the caption). */
bool pith_render_is_tight(const pith_node *paragraph);

/* The number of columns of a table: the most cells in a row. */
size_t pith_render_table_columns(const pith_node *table);

#endif
