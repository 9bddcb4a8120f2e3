/*
 * front.c — YAML front matter for the text and Markdown outputs
 * (PITH_RENDER_METADATA, --with-metadata):
 *
 *     ---
 *     title: "How the river changed course"
 *     author: "Ada Lovelace"
 *     categories: ["News", "Local"]
 *     ---
 *
 * One line per metadata field that is known, in the order of render.h.
 * Every value is a double-quoted scalar in which backslash, quote, every
 * control character, U+0085, U+2028, U+2029, U+FEFF and the noncharacters
 * U+FFFE/U+FFFF are escaped, so a value can never end the scalar, open a
 * new key or break a line, and each value is also a valid JSON string.
 */
#include <stdint.h>
#include <string.h>

#include "util/utf8.h"
#include "shared.h"

static bool yaml_needs_escape(uint32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

static void yaml_string(pith_buf *out, const char *s)
{
    pith_buf_putc(out, '"');
    size_t n = strlen(s);
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            pith_buf_putc(out, '\\');
            pith_buf_putc(out, (char)c);
            i++;
            continue;
        }
        uint32_t cp;
        int len = pith_utf8_decode(s + i, n - i, &cp);
        if (c == '\n')
            pith_buf_puts(out, "\\n");
        else if (c == '\t')
            pith_buf_puts(out, "\\t");
        else if (c == '\r')
            pith_buf_puts(out, "\\r");
        else if (yaml_needs_escape(cp))
            pith_buf_printf(out, "\\u%04X", (unsigned)cp);
        else
            pith_buf_append(out, s + i, (size_t)len);
        i += (size_t)len;
    }
    pith_buf_putc(out, '"');
}

void pith_render_front_matter(const pith_result *r, pith_buf *out)
{
    pith_meta_field fields[PITH_META_FIELD_COUNT];
    pith_render_meta_fields(r, fields);
    pith_buf_puts(out, "---\n");
    for (size_t k = 0; k < PITH_META_FIELD_COUNT; k++) {
        const pith_meta_field *f = &fields[k];
        if (f->is_list ? f->n_items == 0 : !f->value)
            continue;
        pith_buf_puts(out, f->name);
        pith_buf_puts(out, ": ");
        if (!f->is_list) {
            yaml_string(out, f->value);
        } else {
            pith_buf_putc(out, '[');
            for (size_t i = 0; i < f->n_items; i++) {
                if (i)
                    pith_buf_puts(out, ", ");
                yaml_string(out, f->items[i] ? f->items[i] : "");
            }
            pith_buf_putc(out, ']');
        }
        pith_buf_putc(out, '\n');
    }
    pith_buf_puts(out, "---\n\n");
}
