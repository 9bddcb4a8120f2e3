/*
 * markdown.c — the Markdown renderer: CommonMark that a CommonMark parser
 * reads back as the same block structure, plus GFM pipe tables.
 *
 * Blocks:
 *   heading      "## text" (ATX; line breaks become spaces)
 *   paragraph    inline text; a line break is a backslash at the line's end
 *   list, item   "- " / "N. " markers, content indented by the marker's
 *                width; a list right after a list of the same kind switches
 *                its marker ("*", ")") so the two do not merge
 *   quote        "> " before every line, blank lines included
 *   code block   a backtick fence longer than any backtick run inside,
 *                with the language as info string
 *   table        a pipe table; the first row is the head, padded to the
 *                widest row; cell text on one line with "|" escaped
 *   figure       its image paragraph, then its caption's paragraphs
 *   break        "___" (never confused with a "-" or "*" list marker)
 * Inlines: *emphasis*, **strong**, `code` (fence longer than any backtick
 * run inside), [links](target) with PITH_RENDER_LINKS, ![images](src) with
 * PITH_RENDER_IMAGES.  Text escapes every character that could start
 * markup: \ ` * _ [ ] < ~, "&" before an entity-like name, "#" "-" "+" "="
 * ">" "|" and "1." at the start of a line, "#" anywhere in a heading and
 * "|" anywhere in a table cell.
 *
 * The writer keeps a prefix (quote marks and item indentation) that starts
 * every line; a list marker waits for the first line of its item.
 */
#include <stdio.h>
#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"
#include "shared.h"

typedef struct md_writer {
    pith_buf *out;
    pith_buf prefix;       /* what starts each line inside the open containers */
    int need;              /* newlines owed before the next line (2 = blank line) */
    bool line_open;        /* the current line has content */
    size_t written;        /* how much of the prefix the current line holds */
    bool marker_pending;   /* an item marker waits for its first line */
    char marker[24];
    size_t marker_at;      /* prefix length outside the waiting item */
    unsigned flags;
    pith_buf inl;          /* inline rendering of one block */
    /* The open lists and containers, so that no item counts the items
     * before it and no list the lists before it (linear in the number of
     * items). */
    pith_buf lists;        /* md_list frames, innermost last */
    pith_buf containers;   /* per open quote or item: the prefix length outside it */
    const pith_node *last_list; /* the list left last, and its run index */
    unsigned last_run;
} md_writer;

/* Containers (quotes and items) nested deeper than this add nothing to the
 * prefix: every line inside repeats the prefix of all its containers, so
 * 200 nested lists numbered from 999999999 would cost 2 KB a line.  Real
 * pages nest lists and quotes a few levels deep; deeper ones are written at
 * this depth's indentation (a parser then reads them less deeply nested). */
#define MD_MAX_NESTING 16

typedef struct md_list {
    long next;             /* the number of the next item (ordered lists) */
    unsigned run;          /* its index in a run of adjacent same-kind lists */
    char delimiter;        /* ".", ")", "-" or "*" */
} md_list;

/* ------------------------------------------------------------- lines */

/* Write prefix bytes [from, to), without trailing spaces when trim. */
static void put_prefix(md_writer *w, size_t from, size_t to, bool trim)
{
    if (trim)
        while (to > from && w->prefix.data[to - 1] == ' ')
            to--;
    if (to > from)
        pith_buf_append(w->out, w->prefix.data + from, to - from);
}

/* Write the newlines owed; blank lines carry the prefix (trimmed). */
static void flush_newlines(md_writer *w)
{
    if (w->out->len == 0) {
        w->need = 0;
        return;
    }
    if (w->need > 0 && w->line_open) {
        pith_buf_putc(w->out, '\n');
        w->line_open = false;
        w->written = 0;
        w->need--;
    }
    size_t outer = w->marker_pending ? w->marker_at : w->prefix.len;
    for (; w->need > 0; w->need--) {
        put_prefix(w, 0, outer, true);
        pith_buf_putc(w->out, '\n');
    }
}

/* Start a line of content: newlines, then the prefix or a waiting marker. */
static void begin_line(md_writer *w, bool empty)
{
    flush_newlines(w);
    if (w->marker_pending) {
        put_prefix(w, w->written, w->marker_at, false);
        pith_buf_puts(w->out, w->marker);
        w->written = w->marker_at + strlen(w->marker);
        w->marker_pending = false;
    }
    if (w->written < w->prefix.len)
        put_prefix(w, w->written, w->prefix.len, empty);
    w->written = w->prefix.len;
    if (empty)
        while (w->out->len > 0 && w->out->data[w->out->len - 1] == ' ')
            pith_buf_truncate(w->out, w->out->len - 1);
    w->line_open = true;
}

static void want(md_writer *w, int newlines)
{
    if (newlines > w->need)
        w->need = newlines;
}

/* Write s as lines, each started with the prefix. */
static void write_lines(md_writer *w, const char *s, size_t n)
{
    size_t i = 0;
    do {
        size_t e = i;
        while (e < n && s[e] != '\n')
            e++;
        if (i > 0)
            want(w, 1);
        begin_line(w, e == i);
        pith_buf_append(w->out, s + i, e - i);
        i = e + 1;
    } while (i <= n);
}

/* ------------------------------------------------------------ escaping */

typedef struct md_text {
    bool line_start; /* nothing written yet on this line */
    bool heading;    /* escape "#" everywhere */
    bool cell;       /* escape "|" everywhere */
} md_text;

/* "&" followed by what a parser would read as an entity or numeric
 * character reference. */
static bool entity_like(const char *s, size_t n)
{
    size_t i = 1;
    if (i < n && s[i] == '#')
        i++;
    size_t start = i;
    while (i < n && i < 40 && pith_ascii_is_alnum(s[i]))
        i++;
    return i > start && i < n && s[i] == ';';
}

/* Digits at the start of a line followed by "." or ")" read as an ordered
 * list marker: returns the number of digits, or 0. */
static size_t list_number_like(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 10 && s[i] >= '0' && s[i] <= '9')
        i++;
    return i > 0 && i < n && (s[i] == '.' || s[i] == ')') ? i : 0;
}

static void md_escape(pith_buf *out, const char *s, size_t n, md_text *st)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (st->line_start) {
            if (c == ' ')
                continue; /* indentation would change the meaning */
            size_t digits = list_number_like(s + i, n - i);
            if (digits) {
                pith_buf_append(out, s + i, digits);
                pith_buf_putc(out, '\\');
                pith_buf_putc(out, s[i + digits]);
                i += digits;
                st->line_start = false;
                continue;
            }
            st->line_start = false;
            if (c == '#' || c == '-' || c == '+' || c == '=' || c == '>' || c == '|') {
                pith_buf_putc(out, '\\');
                pith_buf_putc(out, c);
                continue;
            }
        }
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '~':
            pith_buf_putc(out, '\\');
            break;
        case '#':
            if (st->heading)
                pith_buf_putc(out, '\\');
            break;
        case '|':
            if (st->cell)
                pith_buf_putc(out, '\\');
            break;
        case '&':
            if (entity_like(s + i, n - i))
                pith_buf_putc(out, '\\');
            break;
        default:
            break;
        }
        pith_buf_putc(out, c);
    }
}

/* Inline code: a backtick fence longer than any run inside, padded with a
 * space when the code starts or ends with a backtick or a space. */
/* The longest run of backticks in s. */
static size_t longest_backticks(const char *s, size_t n)
{
    size_t run = 0, longest = 0;
    for (size_t i = 0; i < n; i++) {
        run = s[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}

static void md_code_span(pith_buf *out, const char *s, size_t n, bool cell)
{
    size_t longest = longest_backticks(s, n);
    bool pad = n > 0 && (s[0] == '`' || s[n - 1] == '`' || s[0] == ' ' || s[n - 1] == ' ');
    for (size_t k = 0; k <= longest; k++)
        pith_buf_putc(out, '`');
    if (pad)
        pith_buf_putc(out, ' ');
    for (size_t i = 0; i < n; i++) {
        if (cell && s[i] == '|')
            pith_buf_putc(out, '\\');
        pith_buf_putc(out, s[i]);
    }
    if (pad)
        pith_buf_putc(out, ' ');
    for (size_t k = 0; k <= longest; k++)
        pith_buf_putc(out, '`');
}

/* A link destination: spaces, controls and angle brackets percent-encoded,
 * parentheses and backslashes escaped (and "|" inside a table cell). */
static void md_destination(pith_buf *out, const char *url, bool cell)
{
    for (const char *p = url; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= ' ' || c == '<' || c == '>' || c == 0x7F)
            pith_buf_printf(out, "%%%02X", c);
        else if (c == '(' || c == ')' || c == '\\' || (cell && c == '|')) {
            pith_buf_putc(out, '\\');
            pith_buf_putc(out, (char)c);
        } else {
            pith_buf_putc(out, (char)c);
        }
    }
}

static void md_title(pith_buf *out, const char *title)
{
    pith_buf_puts(out, " \"");
    for (const char *p = title; *p; p++) {
        if (*p == '"' || *p == '\\')
            pith_buf_putc(out, '\\');
        pith_buf_putc(out, *p == '\n' ? ' ' : *p);
    }
    pith_buf_putc(out, '"');
}

/* ------------------------------------------------------------ flanking */

/* CommonMark decides whether "*" opens or closes emphasis from the
 * characters on either side: white space, punctuation, or other.  The
 * renderer checks before writing a delimiter, and writes none (the text
 * alone) where a parser would not read it as intended: "a*"b"*" is not
 * emphasis, and the asterisks would show. */
typedef enum char_class { CH_NONE, CH_SPACE, CH_PUNCT, CH_OTHER } char_class;

static bool is_punct_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') ||
               (cp >= '[' && cp <= '`') || (cp >= '{' && cp <= '~');
    return cp == 0xA1 || cp == 0xA7 || cp == 0xAB || cp == 0xB6 || cp == 0xB7 ||
           cp == 0xBB || cp == 0xBF || (cp >= 0x2010 && cp <= 0x2027) ||
           (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x3001 && cp <= 0x3003) ||
           (cp >= 0x3008 && cp <= 0x3011) || (cp >= 0x3014 && cp <= 0x301F) ||
           (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           (cp >= 0xFF3B && cp <= 0xFF3D) || (cp >= 0xFF5B && cp <= 0xFF65);
}

static char_class classify(uint32_t cp)
{
    if (pith_is_space_cp(cp) && cp != 0x200B && cp != 0xFEFF)
        return CH_SPACE;
    return is_punct_cp(cp) ? CH_PUNCT : CH_OTHER;
}

static char_class first_char_class(const char *s, size_t n)
{
    if (n == 0)
        return CH_NONE;
    uint32_t cp;
    pith_utf8_decode(s, n, &cp);
    return classify(cp);
}

static char_class last_char_class(const char *s, size_t n)
{
    if (n == 0)
        return CH_SPACE; /* the start of a line */
    size_t i = n - 1;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    uint32_t cp;
    pith_utf8_decode(s + i, n - i, &cp);
    return classify(cp);
}

/* How a node starts when rendered; CH_NONE when it shows nothing. */
static char_class node_first_class(const pith_node *n, unsigned flags)
{
    switch (n->type) {
    case PITH_NODE_TEXT:
        return first_char_class(n->text, n->len);
    case PITH_NODE_CODE:
        return CH_PUNCT;
    case PITH_NODE_LINE_BREAK:
        return CH_SPACE;
    case PITH_NODE_IMAGE:
        return pith_render_keeps_image(n, flags) ? CH_PUNCT : CH_NONE;
    case PITH_NODE_EMPH:
    case PITH_NODE_STRONG:
        return pith_render_shows_anything(n, flags) ? CH_PUNCT : CH_NONE;
    case PITH_NODE_LINK:
        if (pith_render_keeps_link(n, flags))
            return pith_render_shows_anything(n, flags) ? CH_PUNCT : CH_NONE;
        for (const pith_node *c = n->first; c; c = c->next) {
            char_class k = node_first_class(c, flags);
            if (k != CH_NONE)
                return k;
        }
        return CH_NONE;
    default:
        return CH_NONE;
    }
}

static char_class content_first_class(const pith_node *n, unsigned flags)
{
    for (const pith_node *c = n->first; c; c = c->next) {
        char_class k = node_first_class(c, flags);
        if (k != CH_NONE)
            return k;
    }
    return CH_SPACE;
}

/* How the content of n ends when rendered. */
static char_class content_last_class(const pith_node *n, unsigned flags)
{
    char_class last = CH_SPACE;
    pith_doc_iter it;
    pith_doc_iter_init(&it, (pith_node *)n);
    while (pith_doc_iter_next(&it)) {
        const pith_node *c = it.cur;
        if (c == n)
            continue;
        if (it.entering && c->type == PITH_NODE_TEXT && c->len)
            last = last_char_class(c->text, c->len);
        else if (it.entering && (c->type == PITH_NODE_CODE || pith_render_keeps_image(c, flags)))
            last = CH_PUNCT;
        else if (it.entering && c->type == PITH_NODE_LINE_BREAK)
            last = CH_SPACE;
        else if (!it.entering && (c->type == PITH_NODE_EMPH || c->type == PITH_NODE_STRONG ||
                                  pith_render_keeps_link(c, flags)) &&
                 pith_render_shows_anything(c, flags))
            last = CH_PUNCT;
    }
    return last;
}

/* What follows n when rendered: its next siblings, else the delimiter or
 * bracket that closes its parent, else the end of the line. */
static char_class after_class(const pith_node *n, unsigned flags)
{
    for (const pith_node *cur = n; cur && pith_node_is_inline(cur->type); cur = cur->parent) {
        for (const pith_node *s = cur->next; s; s = s->next) {
            char_class k = node_first_class(s, flags);
            if (k != CH_NONE)
                return k;
        }
        const pith_node *p = cur->parent;
        if (p && (p->type == PITH_NODE_EMPH || p->type == PITH_NODE_STRONG ||
                  pith_render_keeps_link(p, flags)))
            return CH_PUNCT;
    }
    return CH_SPACE;
}

/* Left- and right-flanking delimiter runs (CommonMark 6.2). */
static bool left_flanking(char_class before, char_class after)
{
    return after != CH_SPACE && (after != CH_PUNCT || before == CH_SPACE || before == CH_PUNCT);
}

static bool right_flanking(char_class before, char_class after)
{
    return before != CH_SPACE && (before != CH_PUNCT || after == CH_SPACE || after == CH_PUNCT);
}

static bool can_open(char d, char_class before, char_class first)
{
    bool left = left_flanking(before, first);
    return d == '*' ? left : left && (!right_flanking(before, first) || before == CH_PUNCT);
}

static bool can_close(char d, char_class last, char_class after)
{
    bool right = right_flanking(last, after);
    return d == '*' ? right : right && (!left_flanking(last, after) || after == CH_PUNCT);
}

/* The delimiter character for an EMPH or STRONG about to open (after what
 * out holds), or 0 when neither "*" nor "_" would be read back.  Emphasis
 * opening right inside the other kind takes "_" ("**_x_**"), since "***"
 * would be ambiguous. */
static char emphasis_delimiter(const pith_node *n, unsigned flags, const pith_buf *out)
{
    char_class before = last_char_class(out->data, out->len);
    char_class first = content_first_class(n, flags);
    char_class last = content_last_class(n, flags);
    char_class after = after_class(n, flags);
    const pith_node *p = n->parent;
    bool inside_other = p && p->first == n &&
                        (p->type == PITH_NODE_EMPH || p->type == PITH_NODE_STRONG) &&
                        p->type != n->type;
    static const char order[2][2] = {{'*', '_'}, {'_', 0}};
    for (int k = 0; k < 2; k++) {
        char d = order[inside_other][k];
        if (d && can_open(d, before, first) && can_close(d, last, after))
            return d;
    }
    return 0;
}

/* ------------------------------------------------------------- inlines */

static void md_image(pith_buf *out, const pith_node *n, md_text *st)
{
    pith_buf_puts(out, "![");
    md_text alt = {false, false, st->cell};
    if (n->text)
        md_escape(out, n->text, n->len, &alt);
    pith_buf_puts(out, "](");
    md_destination(out, n->url, st->cell);
    if (n->info && *n->info)
        md_title(out, n->info);
    pith_buf_putc(out, ')');
    st->line_start = false;
}

static bool ends_with_break(const pith_buf *b)
{
    return b->len >= 2 && b->data[b->len - 1] == '\n' && b->data[b->len - 2] == '\\';
}

/* The Markdown of a paragraph's or heading's inlines, appended to out.
 * single_line: line breaks become spaces (headings, table cells). */
static void md_inlines(const pith_node *block, unsigned flags, bool single_line, md_text *st,
                       pith_buf *out)
{
    pith_buf delims = PITH_BUF_INIT; /* the delimiter of each open emphasis */
    pith_doc_iter it;
    pith_doc_iter_init(&it, (pith_node *)block);
    while (pith_doc_iter_next(&it)) {
        const pith_node *n = it.cur;
        if (n == block)
            continue;
        bool enter = it.entering;
        switch (n->type) {
        case PITH_NODE_TEXT:
            if (enter && n->text) {
                /* "word <img> word" without the picture: one space, not two */
                size_t cut = n->len > 0 && n->text[0] == ' ' && out->len > 0 &&
                             out->data[out->len - 1] == ' ';
                md_escape(out, n->text + cut, n->len - cut, st);
            }
            break;
        case PITH_NODE_CODE:
            if (enter && n->text) {
                md_code_span(out, n->text, n->len, st->cell);
                st->line_start = false;
            }
            break;
        case PITH_NODE_EMPH:
        case PITH_NODE_STRONG: {
            if (enter && !pith_render_shows_anything(n, flags)) {
                pith_doc_iter_skip_children(&it);
                break;
            }
            char d;
            if (enter) {
                d = emphasis_delimiter(n, flags, out);
                pith_buf_putc(&delims, d);
            } else {
                d = delims.len ? delims.data[delims.len - 1] : 0;
                pith_buf_truncate(&delims, delims.len ? delims.len - 1 : 0);
            }
            if (d) {
                pith_buf_putc(out, d);
                if (n->type == PITH_NODE_STRONG)
                    pith_buf_putc(out, d);
                st->line_start = false;
            }
            break;
        }
        case PITH_NODE_LINK:
            if (!pith_render_keeps_link(n, flags))
                break;
            if (enter && !pith_render_shows_anything(n, flags)) {
                pith_doc_iter_skip_children(&it);
                break;
            }
            if (enter) {
                pith_buf_putc(out, '[');
                st->line_start = false;
            } else {
                pith_buf_puts(out, "](");
                md_destination(out, n->url, st->cell);
                pith_buf_putc(out, ')');
            }
            break;
        case PITH_NODE_IMAGE:
            if (enter && pith_render_keeps_image(n, flags))
                md_image(out, n, st);
            break;
        case PITH_NODE_LINE_BREAK:
            if (!enter)
                break;
            if (single_line) {
                if (out->len && out->data[out->len - 1] != ' ')
                    pith_buf_putc(out, ' ');
            } else if (!ends_with_break(out)) {
                pith_buf_puts(out, "\\\n");
                st->line_start = true;
            }
            break;
        default:
            break;
        }
    }
    out->oom |= delims.oom;
    pith_buf_free(&delims);
}

/* -------------------------------------------------------------- tables */

/* One cell on one line: the inlines of every paragraph-like block inside,
 * joined by spaces (nested lists and tables are flattened). */
static void md_cell(const pith_node *cell, unsigned flags, pith_buf *out)
{
    md_text st = {false, false, true};
    pith_doc_iter it;
    pith_doc_iter_init(&it, (pith_node *)cell);
    size_t start = out->len;
    while (pith_doc_iter_next(&it)) {
        const pith_node *n = it.cur;
        if (!it.entering)
            continue;
        if (n->type != PITH_NODE_PARAGRAPH && n->type != PITH_NODE_HEADING &&
            n->type != PITH_NODE_CODE_BLOCK)
            continue;
        size_t before = out->len;
        bool spaced = before > start;
        if (spaced)
            pith_buf_putc(out, ' ');
        if (n->type == PITH_NODE_CODE_BLOCK) {
            pith_buf code = PITH_BUF_INIT;
            for (size_t i = 0; i < n->len; i++)
                pith_buf_putc(&code, n->text[i] == '\n' ? ' ' : n->text[i]);
            md_code_span(out, code.data ? code.data : "", code.len, true);
            out->oom |= code.oom;
            pith_buf_free(&code);
        } else {
            md_inlines(n, flags, true, &st, out);
        }
        if (spaced && out->len == before + 1)
            pith_buf_truncate(out, before); /* nothing shown: no extra space */
        pith_doc_iter_skip_children(&it);
    }
}

static void md_table(md_writer *w, const pith_node *table)
{
    size_t cols = pith_render_table_columns(table);
    if (cols == 0)
        return;
    bool head_done = false;
    for (const pith_node *row = table->first; row; row = row->next) {
        if (row->type != PITH_NODE_ROW)
            continue;
        pith_buf *line = &w->inl;
        pith_buf_clear(line);
        pith_buf_putc(line, '|');
        size_t k = 0;
        for (const pith_node *cell = row->first; cell; cell = cell->next, k++) {
            pith_buf_putc(line, ' ');
            md_cell(cell, w->flags, line);
            pith_buf_puts(line, " |");
        }
        /* Only the head row is padded to the widest row (the delimiter row
         * matches it); a parser fills short body rows with empty cells,
         * and padding each of them would cost rows x columns. */
        for (; !head_done && k < cols; k++)
            pith_buf_puts(line, "  |");
        want(w, 1);
        begin_line(w, false);
        pith_buf_append(w->out, line->data, line->len);
        if (!head_done) {
            want(w, 1);
            begin_line(w, false);
            pith_buf_putc(w->out, '|');
            for (k = 0; k < cols; k++)
                pith_buf_puts(w->out, " --- |");
            head_done = true;
        }
    }
}

/* -------------------------------------------------------------- blocks */

static void md_code_block(md_writer *w, const pith_node *n)
{
    const char *s = n->text ? n->text : "";
    size_t len = pith_render_code_length(n);
    while (len > 0 && s[0] == '\n')
        s++, len--;
    size_t longest = longest_backticks(s, len);
    size_t fence = longest >= 3 ? longest + 1 : 3;
    begin_line(w, false);
    for (size_t k = 0; k < fence; k++)
        pith_buf_putc(w->out, '`');
    for (const char *p = n->info; p && *p; p++) {
        char c = *p;
        if (pith_ascii_is_alnum(c) || c == '_' || c == '+' || c == '-' || c == '.' || c == '#')
            pith_buf_putc(w->out, c);
        else
            break;
    }
    want(w, 1);
    write_lines(w, s, len);
    want(w, 1);
    begin_line(w, false);
    for (size_t k = 0; k < fence; k++)
        pith_buf_putc(w->out, '`');
}

static void md_paragraph(md_writer *w, const pith_node *n)
{
    pith_buf_clear(&w->inl);
    md_text st = {true, n->type == PITH_NODE_HEADING, false};
    md_inlines(n, w->flags, n->type == PITH_NODE_HEADING, &st, &w->inl);
    if (n->type == PITH_NODE_HEADING) {
        int level = pith_render_heading_level(n);
        begin_line(w, false);
        for (int k = 0; k < level; k++)
            pith_buf_putc(w->out, '#');
        if (w->inl.len) {
            pith_buf_putc(w->out, ' ');
            pith_buf_append(w->out, w->inl.data, w->inl.len);
        }
        return;
    }
    if (w->inl.len == 0)
        return; /* only what this render leaves out (images, say) */
    write_lines(w, w->inl.data, w->inl.len);
}

/* Bullet lists alternate "-" and "*", ordered ones "." and ")", when a list
 * follows a list of the same kind (else a parser would join them): the
 * list's place in the run of same-kind lists it ends, from the one before. */
static void open_list(md_writer *w, const pith_node *list)
{
    const pith_node *p = list->prev;
    md_list frame = {0, 0, '-'};
    if (p && p == w->last_list && p->ordered == list->ordered)
        frame.run = w->last_run + 1;
    if (list->ordered) {
        frame.delimiter = frame.run % 2 ? ')' : '.';
        frame.next = pith_render_list_start(list);
    } else {
        frame.delimiter = frame.run % 2 ? '*' : '-';
    }
    pith_buf_append(&w->lists, (const char *)&frame, sizeof frame);
}

static void close_list(md_writer *w, const pith_node *list)
{
    if (w->lists.len < sizeof(md_list))
        return;
    md_list frame;
    memcpy(&frame, w->lists.data + w->lists.len - sizeof frame, sizeof frame);
    pith_buf_truncate(&w->lists, w->lists.len - sizeof frame);
    w->last_list = list;
    w->last_run = frame.run;
}

/* The marker of the next item of the innermost open list. */
static size_t item_marker(md_writer *w, const pith_node *item, char *buf, size_t cap)
{
    md_list *list = NULL;
    if (item->parent && item->parent->type == PITH_NODE_LIST && w->lists.len >= sizeof *list)
        list = (md_list *)(w->lists.data + w->lists.len - sizeof *list);
    int n;
    if (list && item->parent->ordered) {
        long number = list->next < PITH_RENDER_MAX_LIST_NUMBER ? list->next
                                                               : PITH_RENDER_MAX_LIST_NUMBER;
        n = snprintf(buf, cap, "%ld%c ", number, list->delimiter);
        list->next++;
    } else {
        n = snprintf(buf, cap, "%c ", list ? list->delimiter : '-');
    }
    return n > 0 ? (size_t)n : 0;
}

/* Open a quote or item: true when it adds to the prefix (not nested deeper
 * than MD_MAX_NESTING). */
static bool open_container(md_writer *w)
{
    size_t outside = w->prefix.len;
    bool adds = w->containers.len / sizeof outside < MD_MAX_NESTING;
    pith_buf_append(&w->containers, (const char *)&outside, sizeof outside);
    return adds;
}

/* Close the innermost quote or item: the prefix as it was outside it. */
static void close_container(md_writer *w)
{
    size_t outside;
    if (w->containers.len < sizeof outside)
        return;
    memcpy(&outside, w->containers.data + w->containers.len - sizeof outside, sizeof outside);
    pith_buf_truncate(&w->containers, w->containers.len - sizeof outside);
    if (outside < w->prefix.len)
        pith_buf_truncate(&w->prefix, outside);
}

/* Newlines owed before a block, from its place in the tree. */
static int block_separation(const pith_node *n)
{
    const pith_node *prev = n->prev;
    if (!prev)
        return 0; /* the container's own separation applies */
    if (n->type == PITH_NODE_ITEM)
        return 1;
    /* A list may follow an item's paragraph directly when it can interrupt
     * a paragraph (bullets, or numbers starting at 1). */
    if (n->type == PITH_NODE_LIST && prev->type == PITH_NODE_PARAGRAPH && n->parent &&
        n->parent->type == PITH_NODE_ITEM && (!n->ordered || pith_render_list_start(n) == 1))
        return 1;
    return 2;
}

static void enter_block(md_writer *w, pith_doc_iter *it)
{
    const pith_node *n = it->cur;
    want(w, block_separation(n));
    switch (n->type) {
    case PITH_NODE_HEADING:
    case PITH_NODE_PARAGRAPH:
        md_paragraph(w, n);
        pith_doc_iter_skip_children(it);
        break;
    case PITH_NODE_CODE_BLOCK:
        md_code_block(w, n);
        pith_doc_iter_skip_children(it);
        break;
    case PITH_NODE_TABLE:
        if (n->first && n->first->type == PITH_NODE_CAPTION) {
            pith_buf_clear(&w->inl);
            for (const pith_node *p = n->first->first; p; p = p->next) {
                if (p->type == PITH_NODE_PARAGRAPH || p->type == PITH_NODE_HEADING) {
                    md_paragraph(w, p);
                    want(w, 2);
                }
            }
        }
        md_table(w, n);
        pith_doc_iter_skip_children(it);
        break;
    case PITH_NODE_THEMATIC_BREAK:
        begin_line(w, false);
        pith_buf_puts(w->out, "___");
        break;
    case PITH_NODE_QUOTE:
        flush_newlines(w);
        if (w->marker_pending)
            begin_line(w, false);
        if (open_container(w))
            pith_buf_puts(&w->prefix, "> ");
        break;
    case PITH_NODE_LIST:
        open_list(w, n);
        break;
    case PITH_NODE_ITEM: {
        flush_newlines(w);
        if (w->marker_pending)
            begin_line(w, false); /* an item opening with a list: "- - a" */
        size_t len = item_marker(w, n, w->marker, sizeof w->marker);
        w->marker_at = w->prefix.len;
        w->marker_pending = true;
        if (open_container(w))
            for (size_t k = 0; k < len; k++)
                pith_buf_putc(&w->prefix, ' ');
        break;
    }
    default:
        break; /* FIGURE, CAPTION: only their children show */
    }
}

static void leave_block(md_writer *w, const pith_node *n)
{
    if (n->type == PITH_NODE_QUOTE) {
        close_container(w);
    } else if (n->type == PITH_NODE_ITEM) {
        if (w->marker_pending)
            begin_line(w, true); /* an item that shows nothing */
        close_container(w);
    } else if (n->type == PITH_NODE_LIST) {
        close_list(w, n);
    }
}

void pith_render_markdown_tree(const pith_node *root, unsigned flags, pith_buf *out)
{
    if (!root)
        return;
    md_writer w;
    memset(&w, 0, sizeof w);
    w.flags = flags;
    /* Rendered apart, so that no newline is owed to what out held before. */
    pith_buf own = PITH_BUF_INIT;
    w.out = &own;
    pith_doc_iter it;
    pith_doc_iter_init(&it, (pith_node *)root);
    while (pith_doc_iter_next(&it)) {
        const pith_node *n = it.cur;
        if (n == root || !pith_node_is_block(n->type))
            continue;
        if (it.entering)
            enter_block(&w, &it);
        else
            leave_block(&w, n);
    }
    if (own.len)
        pith_buf_append(out, own.data, own.len);
    out->oom |= own.oom || w.prefix.oom || w.inl.oom || w.lists.oom || w.containers.oom;
    pith_buf_free(&own);
    pith_buf_free(&w.prefix);
    pith_buf_free(&w.inl);
    pith_buf_free(&w.lists);
    pith_buf_free(&w.containers);
}

void pith_render_markdown(const pith_render_input *in, pith_buf *out)
{
    if (in->flags & PITH_RENDER_METADATA)
        pith_render_front_matter(in->result, out);
    const char *title = pith_render_leading_title(in);
    if (title) {
        md_text st = {false, true, false}; /* after "# ": "#" escaped anywhere */
        pith_buf_puts(out, "# ");
        md_escape(out, title, strlen(title), &st);
        pith_buf_puts(out, "\n\n");
    }
    size_t before = out->len;
    pith_render_markdown_tree(in->article, in->flags, out);
    bool any = out->len > before;
    if (any)
        pith_buf_putc(out, '\n');
    else if (title)
        pith_buf_truncate(out, before - 1); /* no blank line after the title */
    any = any || title;
    if (in->comments) {
        size_t mark = out->len;
        pith_buf_puts(out, any ? "\n* * *\n\n" : "* * *\n\n");
        size_t body = out->len;
        pith_render_markdown_tree(in->comments, in->flags, out);
        if (out->len == body)
            pith_buf_truncate(out, mark);
        else
            pith_buf_putc(out, '\n');
    }
}
