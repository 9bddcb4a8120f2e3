/*
 * build.c — turn the chosen part of the page into the article tree.
 *
 * One iterative walk over the main element, skipping what the clean and
 * content stages removed.  HTML elements map onto document nodes:
 *   p, h1-h6                -> PARAGRAPH, HEADING
 *   ul, ol, li              -> LIST, ITEM
 *   table, caption, tr, td/th -> TABLE, CAPTION, ROW, CELL (layout tables
 *                              are unwrapped)
 *   blockquote, pre, hr     -> QUOTE, CODE_BLOCK, THEMATIC_BREAK
 *   figure, figcaption, img -> FIGURE, CAPTION, IMAGE
 *   em/i, strong/b, code, a -> EMPH, STRONG, CODE, LINK; br -> LINE_BREAK
 * Other blocks (div, section...) only separate paragraphs; other inline
 * elements (span, font...) are transparent.  Text directly inside a block
 * opens an implicit paragraph.  White space is collapsed outside <pre>.
 * Link targets and image sources are resolved against the base URL; unsafe
 * ones (javascript:...) are dropped.  The finished tree is normalised
 * (src/doc/normalize.c).
 *
 * The same walker builds the comments tree (comments.c), from other roots
 * and with a filter for what a comment section holds besides comments.
 */
#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/url.h"
#include "util/utf8.h"
#include "content.h"

/* What a walk frame restores when its element is left. */
typedef struct build_frame {
    pith_node *block, *para, *inl;
    bool is_block;
} build_frame;

typedef struct builder {
    pith_ctx *ctx;
    pith_doc *doc;
    pith_node *block; /* where blocks go */
    pith_node *para;  /* the open paragraph-like node (inlines go here), or NULL */
    pith_node *inl;   /* the open inline container inside para */
    pith_node *code;  /* an open CODE_BLOCK or inline CODE collecting raw text */
    int code_depth;   /* elements entered since the code node opened */
    bool code_break;  /* a block inside the code began or ended: its next text
                         starts a line of its own (a word apart in inline code) */
    bool space;       /* a collapsed space is pending */
    uint32_t left;    /* the inline element just left, no text since, or PITH_NO_EL */
    bool abut;        /* an inline sibling opened right after it (abuts_sibling) */
    bool edge;        /* an inline element opened or closed since the last text */
    bool joins;       /* that edge only opened an element that completes the word
                         before it (completes_word): no new word there */
    pith_buf text;    /* scratch */
    build_frame *stack;
    size_t depth, cap;
    bool no_tables;
} builder;

/* A cell of prose in paragraphs holds at least this many bytes of text
 * (non-space): two or three sentences, more than a data cell's value. */
#define PROSE_CELL_MIN_TEXT 100

/* Whether cell c holds prose cut into paragraphs (several blocks, or text
 * broken by <br>s) making most of table t's text: a post beside its
 * author's card, not a value a data table compares row by row. */
static bool is_prose_cell(const pith_dom *dom, uint32_t t, uint32_t c)
{
    const pith_el *cell = &dom->els[c];
    if (cell->text < PROSE_CELL_MIN_TEXT || cell->text * 2 <= dom->els[t].text)
        return false;
    if (cell->blocks > 1)
        return true;
    uint32_t breaks = 0;
    for (uint32_t i = c + 1; i < cell->end; i++)
        breaks += dom->els[i].tag == GUMBO_TAG_BR;
    return breaks > 1;
}

/* A table used for layout rather than data: a single column, tables inside
 * it, cells that are page regions (several blocks each), or, without the
 * headers and caption of a data table, at most two columns one of whose
 * cells holds the table's prose in paragraphs (an old forum's post: the
 * poster's card, the post beside it; a note beside its icon).  A data cell
 * may wrap its text in one <p>, as documentation generators do; a row
 * header (<th>) names a value, however long (a product's features). */
static bool is_layout_table(const pith_dom *dom, uint32_t t)
{
    uint32_t cells = 0, rows = 0, rich = 0, row_cells = 0, columns = 0;
    bool prose = false, headed = false;
    for (uint32_t i = t + 1; i < dom->els[t].end; i++) {
        const pith_el *el = &dom->els[i];
        GumboTag tag = (GumboTag)el->tag;
        if (tag == GUMBO_TAG_TR) {
            rows++;
            row_cells = 0;
        } else if (pith_tag_is_cell(tag)) {
            cells++;
            if (++row_cells > columns)
                columns = row_cells;
            if (el->blocks > 1) /* several blocks in one cell: a page region */
                rich++;
            prose = prose || is_prose_cell(dom, t, i);
            headed = headed || tag == GUMBO_TAG_TH;
        } else if (tag == GUMBO_TAG_TABLE) {
            return true;
        } else if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_CAPTION) {
            headed = true;
        }
    }
    if (rows == 0 || cells <= rows)
        return true; /* one column */
    return rich * 2 > cells || (columns <= 2 && prose && !headed);
}

static pith_node *add_block(builder *b, pith_node_type type)
{
    pith_node *n = pith_node_new(b->doc, type);
    if (!n)
        return NULL;
    pith_node *parent = b->block;
    /* Blocks inside a table go to the last cell, or after the table. */
    while (parent->type == PITH_NODE_TABLE || parent->type == PITH_NODE_ROW ||
           parent->type == PITH_NODE_LIST)
        parent = parent->last && parent->type == PITH_NODE_LIST ? parent->last
                 : parent->parent ? parent->parent : parent;
    pith_node_append(parent, n);
    return n;
}

/* Make sure inlines have somewhere to go. */
static bool ensure_para(builder *b)
{
    if (b->para)
        return true;
    pith_node_type parent = b->block->type;
    pith_node *n;
    if (parent == PITH_NODE_LIST) {
        n = pith_node_new(b->doc, PITH_NODE_ITEM);
        if (!n)
            return false;
        pith_node_append(b->block, n);
    } else if (parent == PITH_NODE_ITEM || parent == PITH_NODE_CELL ||
               parent == PITH_NODE_CAPTION) {
        n = pith_node_new(b->doc, PITH_NODE_PARAGRAPH);
        if (!n)
            return false;
        pith_node_append(b->block, n);
    } else if (parent == PITH_NODE_TABLE || parent == PITH_NODE_ROW) {
        return false; /* stray text between cells */
    } else {
        n = add_block(b, PITH_NODE_PARAGRAPH);
        if (!n)
            return false;
    }
    b->para = b->inl = n;
    b->space = false;
    return true;
}

static void close_para(builder *b)
{
    b->para = b->inl = NULL;
    b->space = false;
    b->abut = b->edge = b->joins = false;
}

static int utf8_len(unsigned char lead)
{
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

/* 1 for a Unicode space that collapses like ASCII white space (NBSP, the
 * U+2000 spaces, ideographic space...), 2 for an invisible character that
 * only breaks text (zero-width space, BOM), 0 otherwise. */
static int unicode_space_kind(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 1; /* U+00A0 */
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x80 && u[2] <= 0x8A)
        return 1; /* U+2000..200A */
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8B)
        return 2; /* U+200B */
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF))
        return 1; /* U+2028, U+2029, U+202F */
    if (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F)
        return 1; /* U+205F */
    if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
        return 1; /* U+3000 */
    if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return 2; /* U+FEFF */
    return 0;
}

/* The node before n in document order (pre-order, walked backwards). */
static const pith_node *prev_in_order(const pith_node *n)
{
    if (!n->prev)
        return n->parent;
    n = n->prev;
    while (n->last)
        n = n->last;
    return n;
}

/* Is nothing written on the current line of the paragraph yet (no text,
 * or a line break last)? */
static bool at_line_start(const pith_node *para)
{
    const pith_node *n = para;
    while (n->last)
        n = n->last;
    for (; n && n != para; n = prev_in_order(n)) {
        if (n->type == PITH_NODE_LINE_BREAK)
            return true;
        if (((n->type == PITH_NODE_TEXT || n->type == PITH_NODE_CODE) && n->len > 0) ||
            n->type == PITH_NODE_IMAGE)
            return false;
    }
    return true;
}

/* Add len bytes to the last text of the open inline container, or as a new
 * text node. */
static void append_text(builder *b, const char *data, size_t len)
{
    pith_node *last = b->inl->last;
    if (last && last->type == PITH_NODE_TEXT) {
        pith_node_append_text(b->doc, last, data, len);
        return;
    }
    pith_node *n = pith_node_new(b->doc, PITH_NODE_TEXT);
    if (n && pith_node_set_text(b->doc, n, data, len))
        pith_node_append(b->inl, n);
}

/* The last text or inline code written in the paragraph, NULL when none. */
static const pith_node *last_written(const pith_node *para)
{
    const pith_node *n = para;
    while (n->last)
        n = n->last;
    for (; n && n != para; n = prev_in_order(n))
        if ((n->type == PITH_NODE_TEXT || n->type == PITH_NODE_CODE) && n->len > 0)
            return n;
    return NULL;
}

/* The last byte written in the paragraph, 0 when none. */
static unsigned char last_byte(const pith_node *para)
{
    const pith_node *n = last_written(para);
    return n ? (unsigned char)n->text[n->len - 1] : 0;
}

/* The longest word a name written across an inline element makes
 * ("You<span>Tube</span>", "Java<b>Script</b>", "Play<b>Station</b>",
 * "Coffee<em>Script</em>"): such names join two short words.  Two longer
 * capitalised words that touch are more likely a label and what follows
 * it, laid out apart by the style sheet. */
#define SPLIT_NAME_MAX 12

/* Is s (n bytes) one capitalised word of ASCII letters, "Tube"? */
static bool is_capitalised_word(const char *s, size_t n)
{
    if (n < 2 || !pith_ascii_is_upper(s[0]))
        return false;
    for (size_t k = 1; k < n; k++)
        if (!pith_ascii_is_alpha(s[k]) || pith_ascii_is_upper(s[k]))
            return false;
    return true;
}

/* The word of ASCII letters the paragraph's text ends with ("watch it on
 * You"): its length, and where it starts in *word; 0 when the text ends
 * otherwise (a stop, a digit, a letter outside ASCII, inline code).  At
 * most cap letters are read back: a styled piece's text joins the same
 * text node, so a run of letters can be as long as the paragraph, and
 * reading all of it at every inline edge would cost its square.  A longer
 * run gives cap, its last cap letters, whatever stands before them. */
static size_t trailing_word(const pith_node *para, const char **word, size_t cap)
{
    const pith_node *n = last_written(para);
    if (!n || n->type != PITH_NODE_TEXT)
        return 0;
    size_t k = n->len, stop = n->len > cap ? n->len - cap : 0;
    while (k > stop && pith_ascii_is_alpha(n->text[k - 1]))
        k--;
    if (k > stop && (unsigned char)n->text[k - 1] >= 0x80)
        return 0;
    *word = n->text + k;
    return n->len - k;
}

/* The length of the capitalised word the paragraph's text ends with
 * ("You"), 0 when it ends otherwise (a lower-case word, a stop...). */
static size_t capitalised_tail(const pith_node *para)
{
    const char *word = NULL;
    /* a word of SPLIT_NAME_MAX letters is too long to join anything */
    size_t len = trailing_word(para, &word, SPLIT_NAME_MAX);
    return len && is_capitalised_word(word, len) ? len : 0;
}

/* A superscript or subscript: part of the word it follows ("3<sup>rd</sup>",
 * "H<sub>2</sub>O", a note mark), never a word apart. */
static bool is_sup_or_sub(GumboTag t)
{
    return t == GUMBO_TAG_SUP || t == GUMBO_TAG_SUB;
}

/* Does a piece open with a lower-case letter and a capital, as names
 * with an inner capital do ("eSports", "iPhone", "eBay")?  No drop cap
 * or piece of a word ("I|f", "p|roducts") opens so. */
static bool opens_inner_capital(unsigned char next, unsigned char then)
{
    return pith_ascii_is_alpha((char)next) && !pith_ascii_is_upper((char)next) &&
           pith_ascii_is_upper((char)then);
}

/* Does a piece open with a capitalised word ("Value"), not a unit's
 * letter ("3<b>D</b>", "4K")? */
static bool opens_word(unsigned char next, unsigned char then)
{
    return pith_ascii_is_upper((char)next) && pith_ascii_is_alpha((char)then) &&
           !pith_ascii_is_upper((char)then);
}

/* Do the pieces of two abutting inline siblings read apart?  When the
 * second opens with a capital after a word or a stop ("Hot|Top",
 * "54m|R", "available!|In"), or with a digit after a word ("Boards|6949",
 * "2026|1h"), yes.  A lower-case letter goes on the same word (a drop cap
 * "I|f", a letter per span, "3|rd"); a digit after a sign stays on it
 * ("%|165", quotes); scripts without spaces (CJK) stay as written.
 * At any other inline edge (siblings false) only a capital after a
 * lower-case letter or a stop starts a word ("everyone<strong>Cons",
 * "do.</a>Mortified"), and a capitalised word after a digit
 * ("$97.99</span>Value", a note's number and its text).  At both, a name
 * with an inner capital after a word starts a new one
 * (opens_inner_capital). */
static bool reads_apart(unsigned char before, unsigned char next, unsigned char then,
                        bool siblings)
{
    if (pith_ascii_is_alpha((char)before) && opens_inner_capital(next, then))
        return true; /* "Stealth|Roguelike", "Apple<b>iPhone" */
    if (!siblings) /* any other edge: "pricing<strong>Pros", "Help</b>We" */
        return ((pith_ascii_is_alpha((char)before) && !pith_ascii_is_upper((char)before)) ||
                (before && strchr(".!?:;,", before))) ?
               pith_ascii_is_upper((char)next) :
               pith_ascii_is_digit((char)before) && opens_word(next, then); /* "$97.99</span>Value" */
    if (pith_ascii_is_alnum((char)before))
        return pith_ascii_is_upper((char)next) || pith_ascii_is_digit((char)next);
    return before && strchr(".!?:;,%)", before) && pith_ascii_is_upper((char)next);
}

/* Does element i, opened right after a capitalised word with nothing
 * between them, complete that word ("You<span>Tube</span>")?  Yes when it
 * only styles its text (pith_tag_only_styles), holds no other element and
 * holds one capitalised word, and the two make a name of at most
 * SPLIT_NAME_MAX letters.  Labels that pages set beside a lower-case word
 * or a stop ("everyone<strong>Cons", "do.</a>Mortified") still read apart. */
static bool completes_word(builder *b, uint32_t i)
{
    const pith_el *el = &b->ctx->dom.els[i];
    if (!b->para || b->space || !pith_tag_only_styles((GumboTag)el->tag) || el->end != i + 1 ||
        el->text < 2 || el->text > SPLIT_NAME_MAX)
        return false;
    size_t head = capitalised_tail(b->para);
    if (head == 0 || head + el->text > SPLIT_NAME_MAX)
        return false;
    pith_buf word = PITH_BUF_INIT;
    pith_el_text(&b->ctx->dom, i, &word, SPLIT_NAME_MAX + 1);
    bool completes = !word.oom && word.len == el->text && is_capitalised_word(word.data, word.len);
    pith_buf_free(&word);
    return completes;
}

/* A superscript number after a word of at least this many letters is a
 * note's mark ("boards as durable<sup>3</sup>"); after a shorter one it
 * may be a power ("m<sup>2</sup>", "cm<sup>3</sup>", "x<sup>2</sup>"). */
#define NOTE_WORD_MIN 3

/* Letters of that word read back (trailing_word): a word's length past this
 * is no power's; English words end well within it. */
#define NOTE_WORD_READ 64

/* A note's mark holds at most this many elements (the <sup>, a link to the
 * note, a span inside it) and this many bytes ("[12]"). */
#define NOTE_MARK_ELEMENTS 3
#define NOTE_MARK_MAX 5

/* Is element i a superscript holding only a note's number ("4", "[12]")
 * set right after a word ("durable<sup>3</sup>")?  Then the number
 * reads apart from the word, as a mark and not part of it. */
static bool marks_a_note(builder *b, uint32_t i)
{
    const pith_el *el = &b->ctx->dom.els[i];
    const char *word = NULL;
    if (el->tag != GUMBO_TAG_SUP || !b->para || el->text == 0 || el->text > NOTE_MARK_MAX ||
        el->end - i > NOTE_MARK_ELEMENTS ||
        trailing_word(b->para, &word, NOTE_WORD_READ) < NOTE_WORD_MIN)
        return false;
    pith_buf mark = PITH_BUF_INIT;
    pith_el_text(&b->ctx->dom, i, &mark, NOTE_MARK_MAX + 1);
    size_t k = 0, n = mark.oom ? 0 : mark.len;
    k += k < n && mark.data[k] == '[';
    size_t digits = k;
    while (k < n && pith_ascii_is_digit(mark.data[k]))
        k++;
    digits = k - digits;
    k += k < n && mark.data[k] == ']';
    pith_buf_free(&mark);
    return digits > 0 && k == n;
}

/* Append collapsed text to the open inline container. */
static void add_text(builder *b, const char *s)
{
    pith_buf *t = &b->text;
    pith_buf_clear(t);
    bool space = b->space;
    bool any = false;
    while (*s) {
        unsigned char c = (unsigned char)*s;
        int kind = c < 0x80 ? pith_ascii_is_space((char)c) : unicode_space_kind(s);
        if (kind == 1) { /* white space: collapses */
            space = true;
            s += c < 0x80 ? 1 : utf8_len(c);
            continue;
        }
        if (kind == 2) { /* invisible: zero-width space, BOM */
            s += utf8_len(c);
            continue;
        }
        if (!any && (b->abut || b->edge) && b->para && !b->joins &&
            reads_apart(last_byte(b->para), c, (unsigned char)s[1], b->abut))
            space = true;
        b->abut = b->edge = b->joins = false;
        if (space && (any || b->para))
            pith_buf_putc(t, ' ');
        space = false;
        any = true;
        pith_buf_putc(t, (char)c);
        s++;
    }
    if (!any) {
        b->space = b->space || space;
        return;
    }
    if (t->oom || !ensure_para(b))
        return; /* out of memory: noted by pith_buf, reported by pith_extract */
    b->space = space;
    /* No leading space at the start of a paragraph or a line. */
    const char *data = t->data;
    size_t len = t->len;
    if (data[0] == ' ' && at_line_start(b->para)) {
        data++;
        len--;
    }
    append_text(b, data, len);
}

/* A pending collapsed space, written before an inline element opens (so
 * "word <code>x</code>" keeps its space). */
static void flush_space(builder *b)
{
    if (b->space && b->para && !at_line_start(b->para))
        append_text(b, " ", 1);
    b->space = false;
}

static void add_code_text(builder *b, const char *s)
{
    pith_node *c = b->code;
    if (b->code_break && s[0] != '\n' && s[0] != '\r' && c->len > 0 &&
        c->text[c->len - 1] != '\n' && c->text[c->len - 1] != ' ')
        pith_node_append_text(b->doc, c, c->type == PITH_NODE_CODE_BLOCK ? "\n" : " ", 1);
    b->code_break = false;
    pith_node_append_text(b->doc, c, s, strlen(s));
}

/* Element i, passed or left out of the walk, takes room on screen
 * (pith_tag_takes_room): outside code, the words on either side of it read
 * apart. */
static void space_after_room(builder *b, uint32_t i)
{
    if (!b->code && pith_tag_takes_room((GumboTag)b->ctx->dom.els[i].tag))
        b->space = true;
}

/* A link or image reference without the white space around it (no-break
 * and zero-width spaces too) into out; false when it cannot be a URL at all
 * (a JSON blob in data-src, markup). */
static bool trimmed_reference(const char *ref, pith_buf *out)
{
    size_t n = strlen(ref), start = 0, end = n;
    while (start < n) {
        uint32_t cp;
        int len = pith_utf8_decode(ref + start, n - start, &cp);
        if (!pith_is_space_cp(cp))
            break;
        start += (size_t)len;
    }
    for (size_t i = start; i < n;) {
        uint32_t cp;
        int len = pith_utf8_decode(ref + i, n - i, &cp);
        i += (size_t)len;
        if (!pith_is_space_cp(cp))
            end = i;
    }
    if (start >= end || ref[start] == '{' || ref[start] == '[' || memchr(ref + start, '"', end - start) ||
        memchr(ref + start, '<', end - start) || memchr(ref + start, '>', end - start))
        return false;
    pith_buf_append(out, ref + start, end - start);
    return !out->oom;
}

static const char *resolve(builder *b, const char *ref)
{
    if (!ref || !*ref)
        return NULL;
    pith_buf clean = PITH_BUF_INIT, out = PITH_BUF_INIT;
    if (trimmed_reference(ref, &clean))
        pith_url_resolve(b->ctx->meta.base_url, clean.data, &out);
    const char *r = NULL;
    if (!out.oom && out.len && !pith_url_is_unsafe(out.data))
        r = pith_doc_strdup(b->doc, out.data, out.len);
    pith_buf_free(&clean);
    pith_buf_free(&out);
    return r;
}

/* The source of an image, looking through lazy-loading attributes, then
 * the first candidate of a srcset.  Written to out; false when none. */
static bool image_source(const pith_el *el, pith_buf *out)
{
    static const char *const attrs[] = {"data-src", "data-lazy-src", "data-original",
                                        "data-url", "src"};
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        const char *v = pith_attr(el, attrs[i]);
        if (v && *v && strncmp(v, "data:", 5) != 0) {
            pith_buf_puts(out, v);
            return true;
        }
    }
    static const char *const sets[] = {"data-srcset", "srcset"};
    for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++) {
        const char *v = pith_attr(el, sets[i]);
        if (!v)
            continue;
        while (*v == ' ' || *v == '\n' || *v == '\t')
            v++;
        size_t n = strcspn(v, " \n\t,");
        if (n > 0 && strncmp(v, "data:", 5) != 0) {
            pith_buf_append(out, v, n);
            return true;
        }
    }
    return false;
}

/* The word after prefix in a class list ("language-" in "hljs language-go"),
 * when prefix starts a class token. */
static const char *class_suffix(const char *cls, const char *prefix, size_t *len)
{
    size_t plen = strlen(prefix);
    for (const char *p = strstr(cls, prefix); p; p = strstr(p + 1, prefix)) {
        if (p != cls && p[-1] != ' ')
            continue;
        const char *v = p + plen;
        while (*v == ' ')
            v++; /* "brush: js" */
        size_t n = 0;
        while (v[n] && v[n] != ' ' && v[n] != ';')
            n++;
        if (n > 0 && n <= 32) {
            *len = n;
            return v;
        }
    }
    return NULL;
}

/* The language a code element declares: class="language-x" (also lang-x,
 * highlight-source-x, brush: x) or data-lang / data-language. */
static const char *declared_language(const pith_el *el, size_t *len)
{
    static const char *const prefixes[] = {"language-", "lang-", "highlight-source-",
                                           "brush:"};
    const char *cls = pith_attr(el, "class");
    for (size_t k = 0; cls && k < sizeof prefixes / sizeof prefixes[0]; k++) {
        const char *v = class_suffix(cls, prefixes[k], len);
        if (v)
            return v;
    }
    static const char *const attrs[] = {"data-lang", "data-language"};
    for (size_t k = 0; k < sizeof attrs / sizeof attrs[0]; k++) {
        const char *v = pith_attr(el, attrs[k]);
        if (v && *v && strlen(v) <= 32) {
            *len = strlen(v);
            return v;
        }
    }
    return NULL;
}

/* The language of a <pre> block: on the pre, on a <code> first inside it,
 * or on its parent (<div class="highlight-source-go"><pre>). */
static const char *code_language(builder *b, uint32_t pre)
{
    const pith_dom *dom = &b->ctx->dom;
    uint32_t places[3] = {pre, PITH_NO_EL, dom->els[pre].parent};
    if (pre + 1 < dom->els[pre].end && dom->els[pre + 1].tag == GUMBO_TAG_CODE)
        places[1] = pre + 1;
    for (size_t k = 0; k < 3; k++) {
        size_t n = 0;
        const char *v = places[k] == PITH_NO_EL ? NULL : declared_language(&dom->els[places[k]], &n);
        if (v)
            return pith_doc_strdup(b->doc, v, n);
    }
    return NULL;
}

static void push_frame(builder *b, bool is_block)
{
    if (b->depth == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        build_frame *s = pith_arena_alloc(b->ctx->arena, ncap * sizeof *s);
        if (!s) {
            b->doc->oom = true;
            return;
        }
        if (b->depth)
            memcpy(s, b->stack, b->depth * sizeof *s);
        b->stack = s;
        b->cap = ncap;
    }
    b->stack[b->depth++] = (build_frame){b->block, b->para, b->inl, is_block};
}

/* Open an inline container node (EMPH, STRONG, LINK). */
static void open_inline(builder *b, pith_node_type type, const char *url)
{
    if (!ensure_para(b))
        return;
    pith_node *n = pith_node_new(b->doc, type);
    if (!n)
        return;
    n->url = (char *)url;
    flush_space(b); /* keep the pending space outside the new element */
    pith_node_append(b->inl, n);
    b->inl = n;
}

/* Two inline siblings with words each and nothing between them in the
 * markup ("<span>2026</span><span>1h 54m</span>", "<a>Rowing</a><a>Co-op</a>"):
 * pages lay such pieces out apart (a gap, a separator drawn by the style
 * sheet), so their words read apart. */
static bool abuts_sibling(const builder *b, uint32_t i)
{
    const pith_el *els = b->ctx->dom.els;
    uint32_t prev = b->left;
    return prev != PITH_NO_EL && els[prev].parent == els[i].parent && els[prev].text > 0 &&
           els[i].text > 0 && !is_sup_or_sub((GumboTag)els[i].tag);
}

/* Inline code is written raw, past add_text: the edge before it is
 * judged here, on its first byte ("03BC</code><code>0x3BC" reads apart). */
static void space_before_code(builder *b, uint32_t i)
{
    pith_buf first = PITH_BUF_INIT;
    if ((b->abut || b->edge) && b->para) {
        pith_el_text(&b->ctx->dom, i, &first, 1);
        if (first.len && reads_apart(last_byte(b->para), (unsigned char)first.data[0],
                                     first.len > 1 ? (unsigned char)first.data[1] : 0, b->abut))
            b->space = true;
    }
    pith_buf_free(&first);
    b->abut = b->edge = b->joins = false;
}

static void enter(builder *b, uint32_t i)
{
    const pith_el *el = &b->ctx->dom.els[i];
    GumboTag t = (GumboTag)el->tag;
    bool block = (el->flags & PITH_EL_BLOCK) != 0 && t != GUMBO_TAG_BR;
    push_frame(b, block);
    if (b->code) {
        b->code_depth++;
        if (t == GUMBO_TAG_BR)
            add_code_text(b, "\n");
        else if (block)
            b->code_break = true; /* <pre><div>line</div><div>line</div> */
        return;
    }
    if (block)
        close_para(b);
    b->joins = !block && !b->edge && !b->abut && completes_word(b, i);
    if ((pith_tag_takes_room(t) && t != GUMBO_TAG_IMG) || marks_a_note(b, i))
        b->space = true; /* "Go<button>" reads "Go" apart, "proactive 4" */
    if (!block && abuts_sibling(b, i))
        b->abut = true;
    b->edge = b->edge || (!block && !is_sup_or_sub(t));
    b->left = PITH_NO_EL;
    pith_node *n;
    switch (t) {
    case GUMBO_TAG_P:
        if ((n = add_block(b, PITH_NODE_PARAGRAPH)))
            b->para = b->inl = n;
        break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        if ((n = add_block(b, PITH_NODE_HEADING))) {
            n->level = (int)(t - GUMBO_TAG_H1) + 1;
            b->para = b->inl = n;
        }
        break;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        if ((n = add_block(b, PITH_NODE_LIST))) {
            n->ordered = t == GUMBO_TAG_OL;
            const char *start = pith_attr(el, "start");
            n->start = start ? (int)strtol(start, NULL, 10) : 1;
            b->block = n;
        }
        break;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        if (b->block->type == PITH_NODE_LIST) {
            if ((n = pith_node_new(b->doc, PITH_NODE_ITEM))) {
                pith_node_append(b->block, n);
                b->block = n;
            }
        }
        break;
    case GUMBO_TAG_TABLE:
        if (!b->no_tables && !is_layout_table(&b->ctx->dom, i) &&
            (n = add_block(b, PITH_NODE_TABLE)))
            b->block = n;
        break;
    case GUMBO_TAG_CAPTION:
        if (b->block->type == PITH_NODE_TABLE && !b->block->first &&
            (n = pith_node_new(b->doc, PITH_NODE_CAPTION))) {
            pith_node_append(b->block, n);
            b->block = n;
        }
        break;
    case GUMBO_TAG_TR:
        if (b->block->type == PITH_NODE_TABLE && (n = pith_node_new(b->doc, PITH_NODE_ROW))) {
            pith_node_append(b->block, n);
            n->header = el->parent != PITH_NO_EL &&
                        b->ctx->dom.els[el->parent].tag == GUMBO_TAG_THEAD;
            b->block = n;
        }
        break;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        if (b->block->type == PITH_NODE_ROW && (n = pith_node_new(b->doc, PITH_NODE_CELL))) {
            n->header = t == GUMBO_TAG_TH;
            pith_node_append(b->block, n);
            b->block = n;
        }
        break;
    case GUMBO_TAG_BLOCKQUOTE:
        if ((n = add_block(b, PITH_NODE_QUOTE)))
            b->block = n;
        break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT:
        if ((n = add_block(b, PITH_NODE_CODE_BLOCK))) {
            n->text = pith_doc_strdup(b->doc, "", 0);
            n->len = 0;
            n->info = (char *)code_language(b, i);
            b->code = n;
            b->code_depth = 0;
        }
        break;
    case GUMBO_TAG_FIGURE:
        if ((n = add_block(b, PITH_NODE_FIGURE)))
            b->block = n;
        break;
    case GUMBO_TAG_FIGCAPTION:
        if (b->block->type == PITH_NODE_FIGURE) {
            if ((n = pith_node_new(b->doc, PITH_NODE_CAPTION))) {
                pith_node_append(b->block, n);
                b->block = n;
            }
        } else if ((n = add_block(b, PITH_NODE_PARAGRAPH))) {
            b->para = b->inl = n; /* a caption outside a figure reads as a paragraph */
        }
        break;
    case GUMBO_TAG_HR:
        add_block(b, PITH_NODE_THEMATIC_BREAK);
        break;
    case GUMBO_TAG_BR:
        if (b->para && b->inl == b->para && b->para->type == PITH_NODE_PARAGRAPH &&
            b->para->last && b->para->last->type == PITH_NODE_LINE_BREAK) {
            /* <br><br>: the text is cut into paragraphs, as browsers show it */
            pith_node_unlink(b->para->last);
            close_para(b);
        } else if (b->para && (n = pith_node_new(b->doc, PITH_NODE_LINE_BREAK))) {
            pith_node_append(b->inl, n);
            b->space = false;
        }
        break;
    case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE: case GUMBO_TAG_DFN:
        open_inline(b, PITH_NODE_EMPH, NULL);
        break;
    case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
        open_inline(b, PITH_NODE_STRONG, NULL);
        break;
    case GUMBO_TAG_A: {
        const char *href = resolve(b, pith_attr(el, "href"));
        open_inline(b, href ? PITH_NODE_LINK : PITH_NODE_EMPH, href);
        if (!href && b->inl && b->inl->type == PITH_NODE_EMPH)
            b->inl->type = PITH_NODE_LINK; /* a link without a usable target */
        break;
    }
    case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT:
        if (ensure_para(b) && (n = pith_node_new(b->doc, PITH_NODE_CODE))) {
            space_before_code(b, i);
            flush_space(b);
            n->text = pith_doc_strdup(b->doc, "", 0);
            pith_node_append(b->inl, n);
            b->code = n;
            b->code_depth = 0;
        }
        break;
    case GUMBO_TAG_IMG: {
        pith_buf raw = PITH_BUF_INIT;
        const char *src = image_source(el, &raw) && !raw.oom ? resolve(b, raw.data) : NULL;
        pith_buf_free(&raw);
        if (!src)
            break;
        n = pith_node_new(b->doc, PITH_NODE_IMAGE);
        if (!n)
            break;
        n->url = (char *)src;
        const char *alt = pith_attr(el, "alt");
        if (alt)
            pith_node_set_text(b->doc, n, alt, strlen(alt));
        const char *title = pith_attr(el, "title");
        if (title)
            n->info = pith_doc_strdup(b->doc, title, strlen(title));
        if (b->block->type == PITH_NODE_FIGURE && !b->para)
            pith_node_append(b->block, n);
        else if (ensure_para(b)) {
            flush_space(b); /* "text <img>" keeps its space */
            pith_node_append(b->inl, n);
        }
        b->space = true; /* "2024<img>If": the picture stands between the words */
        break;
    }
    default:
        break;
    }
}

static void leave(builder *b, uint32_t i)
{
    if (b->depth == 0)
        return;
    build_frame f = b->stack[--b->depth];
    if (b->code) {
        if (b->code_depth > 0) {
            b->code_depth--;
            b->code_break = b->code_break || f.is_block;
            return;
        }
        b->code = NULL;
        b->code_break = false;
    }
    pith_node *para_now = b->para;
    b->block = f.block;
    if (f.is_block) {
        close_para(b);
    } else if (para_now == f.para) {
        b->inl = f.inl;
    } else {
        b->inl = b->para;
    }
    space_after_room(b, i); /* "<button>Go</button>now": "Go" and "now" apart */
    b->left = f.is_block ? PITH_NO_EL : i;
    GumboTag t = (GumboTag)b->ctx->dom.els[i].tag;
    b->edge = b->edge || (!f.is_block && !is_sup_or_sub(t));
    b->joins = false;
}

/* A table's first row reads as its head when all its cells are headers. */
static void mark_header_rows(pith_node *root)
{
    pith_doc_iter it;
    pith_doc_iter_init(&it, root);
    while (pith_doc_iter_next(&it)) {
        pith_node *t = it.cur;
        if (!it.entering || t->type != PITH_NODE_TABLE)
            continue;
        pith_node *row = t->first;
        if (row && row->type == PITH_NODE_CAPTION)
            row = row->next;
        if (!row || row->header)
            continue;
        bool all = row->first != NULL;
        for (pith_node *c = row->first; c; c = c->next)
            all = all && c->header;
        row->header = all;
    }
}

bool pith_build_begin(pith_doc *doc)
{
    doc->root = pith_node_new(doc, PITH_NODE_DOCUMENT);
    return doc->root != NULL;
}

bool pith_build_append(pith_ctx *ctx, pith_doc *doc, pith_node *into, uint32_t root,
                       uint32_t skip_flags, pith_build_skip_fn skip)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.ctx = ctx;
    b.doc = doc;
    b.no_tables = (ctx->opt->flags & PITH_OPT_NO_TABLES) != 0;
    b.block = into;
    b.left = PITH_NO_EL;
    pith_walker w;
    pith_walker_init(&w, &ctx->dom, root, skip_flags);
    pith_walk_event ev;
    while ((ev = pith_walker_next(&w)) != PITH_WALK_DONE && !doc->oom) {
        if (w.skipped != PITH_NO_EL) { /* dropped by an earlier stage */
            space_after_room(&b, w.skipped);
            w.skipped = PITH_NO_EL;
        }
        if (ev == PITH_WALK_ENTER) {
            if (w.el == root)
                continue;
            if (skip && skip(ctx, w.el)) {
                w.depth--; /* leave the subtree out: pop the frame just pushed */
                space_after_room(&b, w.el);
                continue;
            }
            enter(&b, w.el);
        } else if (ev == PITH_WALK_LEAVE) {
            if (w.el == root)
                continue;
            leave(&b, w.el);
        } else if (b.code) {
            add_code_text(&b, w.text->v.text.text);
        } else {
            add_text(&b, w.text->v.text.text);
            b.left = PITH_NO_EL;
        }
    }
    bool oom = w.oom || doc->oom || b.text.oom;
    pith_walker_free(&w);
    pith_buf_free(&b.text);
    return !oom;
}

bool pith_build_finish(pith_doc *doc)
{
    pith_doc_normalize(doc);
    mark_header_rows(doc->root);
    return !doc->oom;
}

bool pith_build_doc(pith_ctx *ctx, uint32_t root, pith_doc *doc)
{
    return pith_build_begin(doc) &&
           pith_build_append(ctx, doc, doc->root, root, PITH_EL_DROPPED | PITH_EL_REJECTED, NULL) &&
           pith_build_finish(doc);
}

/* A line of plain text as a paragraph: white space collapsed. */
static bool add_text_paragraph(pith_doc *doc, const char *s, size_t n)
{
    pith_buf b = PITH_BUF_INIT;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            space = b.len > 0;
            continue;
        }
        if (space)
            pith_buf_putc(&b, ' ');
        space = false;
        pith_buf_putc(&b, c);
    }
    bool ok = !b.oom;
    if (ok && b.len > 0) {
        pith_node *p = pith_node_new(doc, PITH_NODE_PARAGRAPH);
        pith_node *t = p ? pith_node_new(doc, PITH_NODE_TEXT) : NULL;
        ok = t && pith_node_set_text(doc, t, b.data, b.len);
        if (ok) {
            pith_node_append(p, t);
            pith_node_append(doc->root, p);
        }
    }
    pith_buf_free(&b);
    return ok;
}

bool pith_build_append_text(pith_doc *doc, const char *text, size_t n)
{
    size_t start = 0;
    for (size_t i = 0; i <= n; i++)
        if (i == n || text[i] == '\n') {
            if (!add_text_paragraph(doc, text + start, i - start))
                return false;
            start = i + 1;
        }
    return pith_build_finish(doc);
}

bool pith_build_text(pith_doc *doc, const char *text, size_t n)
{
    return pith_build_begin(doc) && pith_build_append_text(doc, text, n);
}
