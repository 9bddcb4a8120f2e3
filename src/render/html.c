/*
 * html.c — the HTML renderer: a clean, minimal document for reader views
 * and archives, or with PITH_RENDER_FRAGMENT (--fragment) only the
 * article's elements.
 *
 *   <!DOCTYPE html>
 *   <html lang="en">
 *   <head>
 *   <meta charset="utf-8"/>
 *   <title>...</title>
 *   <meta name="author" content="..."/> ... (description, date, ...)
 *   <link rel="canonical" href="..."/>
 *   </head>
 *   <body>
 *   <article>
 *   <h1>..</h1> <p>..</p> <ul><li>..</li></ul> <table>..</table> ...
 *   </article>
 *   <section class="comments">...</section>      (with --comments)
 *   </body>
 *   </html>
 *
 * The output is also well-formed XML (void elements closed with "/>", only
 * the five XML entities), so both HTML and XML parsers read it.  It is safe
 * to show by construction: it is written from the article tree, which has
 * no scripts, styles or attributes; the only attributes written are href,
 * src, alt, title, start, lang, class="language-x" and the head's meta
 * contents, all escaped, and link targets and image sources pass
 * pith_render_url_ok (no javascript:, data: or vbscript: URLs).  Links are
 * kept with PITH_RENDER_LINKS, images with PITH_RENDER_IMAGES.
 */
#include <stdio.h>
#include <string.h>

#include "util/ascii.h"
#include "shared.h"

typedef struct html_writer {
    pith_buf *out;
    unsigned flags;
    /* One byte per open table: 1 while every row so far is a header row
     * (the rows that head it), so no row looks back at the rows before. */
    pith_buf heads;
} html_writer;

static void open_list(html_writer *w, const pith_node *n)
{
    if (!n->ordered) {
        pith_buf_puts(w->out, "<ul>\n");
        return;
    }
    long start = pith_render_list_start(n);
    if (start != 1)
        pith_buf_printf(w->out, "<ol start=\"%ld\">\n", start);
    else
        pith_buf_puts(w->out, "<ol>\n");
}

static void code_block(html_writer *w, const pith_node *n)
{
    pith_buf_puts(w->out, "<pre><code");
    if (n->info && *n->info) {
        pith_buf_puts(w->out, " class=\"language-");
        pith_render_escape_xml(w->out, n->info, strlen(n->info));
        pith_buf_putc(w->out, '"');
    }
    pith_buf_putc(w->out, '>');
    const char *s = n->text ? n->text : "";
    size_t len = pith_render_code_length(n);
    /* A parser drops one newline right after <pre>: keep a leading one. */
    if (len > 0 && s[0] == '\n')
        pith_buf_putc(w->out, '\n');
    pith_render_escape_xml(w->out, s, len);
    pith_buf_puts(w->out, "</code></pre>\n");
}

/* Rows that head the table (<thead>): the leading header rows.  The
 * writer's byte for the table says whether every row so far is one. */
static bool *all_heads(html_writer *w)
{
    return w->heads.len ? (bool *)&w->heads.data[w->heads.len - 1] : NULL;
}

static void table_section(html_writer *w, const pith_node *row, bool entering)
{
    bool *all = all_heads(w);
    if (!all)
        return;
    const pith_node *prev = row->prev && row->prev->type == PITH_NODE_ROW ? row->prev : NULL;
    const pith_node *next = row->next && row->next->type == PITH_NODE_ROW ? row->next : NULL;
    if (entering) {
        bool prev_in_head = prev && *all;
        bool head = row->header && *all;
        if (head && !prev)
            pith_buf_puts(w->out, "<thead>\n");
        else if (!head && (!prev || prev_in_head))
            pith_buf_puts(w->out, "<tbody>\n");
        *all = head;
    } else {
        bool head = *all;
        bool next_in_head = next && next->header && head;
        if (head && !next_in_head)
            pith_buf_puts(w->out, "</thead>\n");
        else if (!head && !row->next)
            pith_buf_puts(w->out, "</tbody>\n");
    }
}

static void enter_node(void *writer, pith_doc_iter *it)
{
    html_writer *w = writer;
    const pith_node *n = it->cur;
    pith_buf *o = w->out;
    switch (n->type) {
    case PITH_NODE_HEADING: pith_buf_printf(o, "<h%d>", pith_render_heading_level(n)); break;
    case PITH_NODE_PARAGRAPH: pith_render_paragraph_open(o, it, w->flags); break;
    case PITH_NODE_LIST: open_list(w, n); break;
    case PITH_NODE_ITEM: pith_buf_puts(o, "<li>"); break;
    case PITH_NODE_TABLE:
        pith_buf_puts(o, "<table>\n");
        pith_buf_putc(&w->heads, 1);
        break;
    case PITH_NODE_ROW:
        table_section(w, n, true);
        pith_buf_puts(o, "<tr>\n");
        break;
    case PITH_NODE_CELL: pith_buf_puts(o, n->header ? "<th>" : "<td>"); break;
    case PITH_NODE_QUOTE: pith_buf_puts(o, "<blockquote>\n"); break;
    case PITH_NODE_CODE_BLOCK:
        code_block(w, n);
        pith_doc_iter_skip_children(it);
        break;
    case PITH_NODE_FIGURE: pith_buf_puts(o, "<figure>\n"); break;
    case PITH_NODE_CAPTION:
        pith_buf_puts(o, n->parent && n->parent->type == PITH_NODE_TABLE ? "<caption>"
                                                                          : "<figcaption>");
        break;
    case PITH_NODE_THEMATIC_BREAK: pith_buf_puts(o, "<hr/>\n"); break;
    case PITH_NODE_TEXT:
        if (n->text)
            pith_render_escape_xml(o, n->text, n->len);
        break;
    case PITH_NODE_EMPH: pith_buf_puts(o, "<em>"); break;
    case PITH_NODE_STRONG: pith_buf_puts(o, "<strong>"); break;
    case PITH_NODE_CODE:
        pith_render_code_element(o, n);
        break;
    case PITH_NODE_LINK:
        if (pith_render_link_opens(it, w->flags)) {
            pith_buf_puts(o, "<a");
            pith_render_attr(w->out, "href", n->url);
            pith_buf_putc(o, '>');
        }
        break;
    case PITH_NODE_IMAGE:
        if (pith_render_keeps_image(n, w->flags))
            pith_render_image_element(o, "img", n);
        break;
    case PITH_NODE_LINE_BREAK: pith_buf_puts(o, "<br/>"); break;
    default: break;
    }
}

static void leave_node(void *writer, const pith_node *n)
{
    html_writer *w = writer;
    pith_buf *o = w->out;
    switch (n->type) {
    case PITH_NODE_HEADING: pith_buf_printf(o, "</h%d>\n", pith_render_heading_level(n)); break;
    case PITH_NODE_PARAGRAPH: pith_render_paragraph_close(o, n); break;
    case PITH_NODE_LIST: pith_buf_puts(o, n->ordered ? "</ol>\n" : "</ul>\n"); break;
    case PITH_NODE_ITEM: pith_buf_puts(o, "</li>\n"); break;
    case PITH_NODE_TABLE:
        pith_buf_puts(o, "</table>\n");
        pith_buf_truncate(&w->heads, w->heads.len ? w->heads.len - 1 : 0);
        break;
    case PITH_NODE_ROW:
        pith_buf_puts(o, "</tr>\n");
        table_section(w, n, false);
        break;
    case PITH_NODE_CELL: pith_buf_puts(o, n->header ? "</th>\n" : "</td>\n"); break;
    case PITH_NODE_QUOTE: pith_buf_puts(o, "</blockquote>\n"); break;
    case PITH_NODE_FIGURE: pith_buf_puts(o, "</figure>\n"); break;
    case PITH_NODE_CAPTION:
        pith_buf_puts(o, n->parent && n->parent->type == PITH_NODE_TABLE ? "</caption>\n"
                                                                          : "</figcaption>\n");
        break;
    case PITH_NODE_EMPH: pith_buf_puts(o, "</em>"); break;
    case PITH_NODE_STRONG: pith_buf_puts(o, "</strong>"); break;
    case PITH_NODE_LINK:
        if (pith_render_keeps_link(n, w->flags))
            pith_buf_puts(o, "</a>");
        break;
    default: break;
    }
}

void pith_render_html_tree(const pith_node *root, unsigned flags, pith_buf *out)
{
    html_writer w = {out, flags, PITH_BUF_INIT};
    pith_render_markup(root, out, enter_node, leave_node, &w);
    out->oom |= w.heads.oom;
    pith_buf_free(&w.heads);
}

static void meta_tag(html_writer *w, const char *name, const char *value)
{
    if (!value)
        return;
    pith_buf_puts(w->out, "<meta");
    pith_render_attr(w->out, "name", name);
    pith_render_attr(w->out, "content", value);
    pith_buf_puts(w->out, "/>\n");
}

static void head(html_writer *w, const pith_result *r)
{
    pith_buf_puts(w->out, "<head>\n<meta charset=\"utf-8\"/>\n<title>");
    if (r->title)
        pith_render_escape_xml(w->out, r->title, strlen(r->title));
    pith_buf_puts(w->out, "</title>\n");
    meta_tag(w, "author", r->author);
    meta_tag(w, "description", r->description);
    meta_tag(w, "date", r->date);
    meta_tag(w, "date-modified", r->date_modified);
    meta_tag(w, "date-time", r->date_time);
    meta_tag(w, "date-modified-time", r->date_modified_time);
    meta_tag(w, "site-name", r->sitename);
    meta_tag(w, "license", r->license);
    if (r->url && pith_render_url_ok(r->url)) {
        pith_buf_puts(w->out, "<link rel=\"canonical\"");
        pith_render_attr(w->out, "href", r->url);
        pith_buf_puts(w->out, "/>\n");
    }
    pith_buf_puts(w->out, "</head>\n");
}

/* True when a language tag is plain letters, digits and hyphens. */
static bool is_language_tag(const char *s)
{
    if (!s || !*s || strlen(s) > 35)
        return false;
    for (; *s; s++)
        if (!pith_ascii_is_alnum(*s) && *s != '-')
            return false;
    return true;
}

static void comments_section(html_writer *w, const pith_node *comments)
{
    if (!comments || !comments->first)
        return;
    pith_buf_puts(w->out, "<section class=\"comments\">\n");
    pith_render_html_tree(comments, w->flags, w->out);
    pith_buf_puts(w->out, "</section>\n");
}

void pith_render_html(const pith_render_input *in, pith_buf *out)
{
    html_writer w = {out, in->flags, PITH_BUF_INIT};
    if (in->flags & PITH_RENDER_FRAGMENT) {
        pith_render_html_tree(in->article, in->flags, out);
        comments_section(&w, in->comments);
        return;
    }
    const pith_result *r = in->result;
    pith_buf_puts(out, "<!DOCTYPE html>\n<html");
    if (is_language_tag(r->language))
        pith_render_attr(w.out, "lang", r->language);
    pith_buf_puts(out, ">\n");
    head(&w, r);
    pith_buf_puts(out, "<body>\n<article>\n");
    pith_render_html_tree(in->article, in->flags, out);
    pith_buf_puts(out, "</article>\n");
    comments_section(&w, in->comments);
    pith_buf_puts(out, "</body>\n</html>\n");
}
