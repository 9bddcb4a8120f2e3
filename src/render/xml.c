/*
 * xml.c — the XML renderer: pith's documented XML format, close to
 * trafilatura's so corpus tools that read one read the other.  The RELAX NG
 * schema src/render/pith-xml.rng defines it and the tests validate every
 * output against it with xmllint.
 *
 *   <?xml version="1.0" encoding="UTF-8"?>
 *   <doc title="..." author="..." date="2026-03-03" url="..." ...
 *        status="ok" confidence="0.91">
 *     <main> the article </main>
 *     <comments> the user comments </comments>      (with --comments)
 *   </doc>
 *
 * <doc> carries every known metadata field as an attribute (categories and
 * tags joined by "; "), the status ("ok", "no_content", ...), an "error"
 * message when there is one, and the confidence.
 *
 * Blocks                              Inlines
 *   <head rend="h1".."h6">              <hi rend="#i"> emphasis
 *   <p>                                 <hi rend="#b"> strong
 *   <list rend="ul|ol" [start]> <item>  <code> inline code
 *   <table> [<caption>] <row [role="head"]>   <ref target="URL"> (--links)
 *     <cell [role="head"]>              <graphic src alt [title]/> (--images)
 *   <quote>                             <lb/> line break
 *   <code [lang] xml:space="preserve"> (a code block)
 *   <figure> ... <caption>
 *   <hr/> (thematic break)
 * An item, cell or caption whose only block is a paragraph holds its
 * inlines directly (trafilatura's "<item>text</item>").
 */
#include <stdio.h>
#include <string.h>

#include "shared.h"

typedef struct xml_writer {
    pith_buf *out;
    unsigned flags;
} xml_writer;

static void heading_rend(xml_writer *w, const pith_node *n)
{
    pith_buf_printf(w->out, "<head rend=\"h%d\">", pith_render_heading_level(n));
}

static void code_block(xml_writer *w, const pith_node *n)
{
    pith_buf_puts(w->out, "<code");
    if (n->info && *n->info)
        pith_render_attr(w->out, "lang", n->info);
    pith_buf_puts(w->out, " xml:space=\"preserve\">");
    pith_render_escape_xml(w->out, n->text ? n->text : "", pith_render_code_length(n));
    pith_buf_puts(w->out, "</code>\n");
}

static void enter_node(void *writer, pith_doc_iter *it)
{
    xml_writer *w = writer;
    const pith_node *n = it->cur;
    pith_buf *o = w->out;
    switch (n->type) {
    case PITH_NODE_HEADING: heading_rend(w, n); break;
    case PITH_NODE_PARAGRAPH: pith_render_paragraph_open(o, it, w->flags); break;
    case PITH_NODE_LIST:
        if (!n->ordered)
            pith_buf_puts(o, "<list rend=\"ul\">\n");
        else if (pith_render_list_start(n) != 1)
            pith_buf_printf(o, "<list rend=\"ol\" start=\"%ld\">\n", pith_render_list_start(n));
        else
            pith_buf_puts(o, "<list rend=\"ol\">\n");
        break;
    case PITH_NODE_ITEM: pith_buf_puts(o, "<item>"); break;
    case PITH_NODE_TABLE: pith_buf_puts(o, "<table>\n"); break;
    case PITH_NODE_ROW: pith_buf_puts(o, n->header ? "<row role=\"head\">\n" : "<row>\n"); break;
    case PITH_NODE_CELL: pith_buf_puts(o, n->header ? "<cell role=\"head\">" : "<cell>"); break;
    case PITH_NODE_QUOTE: pith_buf_puts(o, "<quote>\n"); break;
    case PITH_NODE_CODE_BLOCK:
        code_block(w, n);
        pith_doc_iter_skip_children(it);
        break;
    case PITH_NODE_FIGURE: pith_buf_puts(o, "<figure>\n"); break;
    case PITH_NODE_CAPTION: pith_buf_puts(o, "<caption>"); break;
    case PITH_NODE_THEMATIC_BREAK: pith_buf_puts(o, "<hr/>\n"); break;
    case PITH_NODE_TEXT:
        if (n->text)
            pith_render_escape_xml(o, n->text, n->len);
        break;
    case PITH_NODE_EMPH: pith_buf_puts(o, "<hi rend=\"#i\">"); break;
    case PITH_NODE_STRONG: pith_buf_puts(o, "<hi rend=\"#b\">"); break;
    case PITH_NODE_CODE:
        pith_render_code_element(o, n);
        break;
    case PITH_NODE_LINK:
        if (pith_render_link_opens(it, w->flags)) {
            pith_buf_puts(o, "<ref");
            pith_render_attr(w->out, "target", n->url);
            pith_buf_putc(o, '>');
        }
        break;
    case PITH_NODE_IMAGE:
        if (pith_render_keeps_image(n, w->flags))
            pith_render_image_element(o, "graphic", n);
        break;
    case PITH_NODE_LINE_BREAK: pith_buf_puts(o, "<lb/>"); break;
    default: break;
    }
}

static void leave_node(void *writer, const pith_node *n)
{
    xml_writer *w = writer;
    pith_buf *o = w->out;
    switch (n->type) {
    case PITH_NODE_HEADING: pith_buf_puts(o, "</head>\n"); break;
    case PITH_NODE_PARAGRAPH: pith_render_paragraph_close(o, n); break;
    case PITH_NODE_LIST: pith_buf_puts(o, "</list>\n"); break;
    case PITH_NODE_ITEM: pith_buf_puts(o, "</item>\n"); break;
    case PITH_NODE_TABLE: pith_buf_puts(o, "</table>\n"); break;
    case PITH_NODE_ROW: pith_buf_puts(o, "</row>\n"); break;
    case PITH_NODE_CELL: pith_buf_puts(o, "</cell>\n"); break;
    case PITH_NODE_QUOTE: pith_buf_puts(o, "</quote>\n"); break;
    case PITH_NODE_FIGURE: pith_buf_puts(o, "</figure>\n"); break;
    case PITH_NODE_CAPTION: pith_buf_puts(o, "</caption>\n"); break;
    case PITH_NODE_EMPH:
    case PITH_NODE_STRONG: pith_buf_puts(o, "</hi>"); break;
    case PITH_NODE_LINK:
        if (pith_render_keeps_link(n, w->flags))
            pith_buf_puts(o, "</ref>");
        break;
    default: break;
    }
}

static void doc_attributes(xml_writer *w, const pith_result *r)
{
    pith_meta_field fields[PITH_META_FIELD_COUNT];
    pith_render_meta_fields(r, fields);
    for (size_t k = 0; k < PITH_META_FIELD_COUNT; k++) {
        const pith_meta_field *f = &fields[k];
        if (!f->is_list) {
            if (f->value)
                pith_render_attr(w->out, f->name, f->value);
            continue;
        }
        if (f->n_items == 0)
            continue;
        pith_buf_printf(w->out, " %s=\"", f->name);
        for (size_t i = 0; i < f->n_items; i++) {
            if (i)
                pith_buf_puts(w->out, "; ");
            if (f->items[i])
                pith_render_escape_xml(w->out, f->items[i], strlen(f->items[i]));
        }
        pith_buf_putc(w->out, '"');
    }
    pith_render_attr(w->out, "status", pith_status_code(r->status));
    if (r->status != PITH_OK && r->error)
        pith_render_attr(w->out, "error", r->error);
    pith_buf_printf(w->out, " confidence=\"%.3f\"", r->confidence);
}

void pith_render_xml(const pith_render_input *in, pith_buf *out)
{
    xml_writer w = {out, in->flags};
    pith_buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc");
    doc_attributes(&w, in->result);
    pith_buf_puts(out, ">\n<main>\n");
    if (in->article)
        pith_render_markup(in->article, out, enter_node, leave_node, &w);
    pith_buf_puts(out, "</main>\n");
    if (in->comments && in->comments->first) {
        pith_buf_puts(out, "<comments>\n");
        pith_render_markup(in->comments, out, enter_node, leave_node, &w);
        pith_buf_puts(out, "</comments>\n");
    }
    pith_buf_puts(out, "</doc>\n");
}
