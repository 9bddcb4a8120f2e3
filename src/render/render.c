/*
 * render.c — rendering a result: the call of the format's renderer (see
 * render.h).  What the renderers share is in shared.c.
 */
#include "render.h"

bool pith_render_format(const pith_render_input *in, pith_format format, pith_buf *out)
{
    switch (format) {
    case PITH_FORMAT_TEXT:
        pith_render_text(in, out);
        return true;
    case PITH_FORMAT_MARKDOWN:
        pith_render_markdown(in, out);
        return true;
    case PITH_FORMAT_HTML:
        pith_render_html(in, out);
        return true;
    case PITH_FORMAT_JSON:
        pith_render_json(in, out);
        return true;
    case PITH_FORMAT_XML:
        pith_render_xml(in, out);
        return true;
    case PITH_FORMAT_CSV:
        pith_render_csv(in, out);
        return true;
    }
    return false;
}
