/*
 * normalize.c — tidy a freshly built article tree so every renderer can
 * rely on a few simple rules (see doc.h):
 *
 *   - inlines sit only in PARAGRAPH, HEADING and other inlines: runs of
 *     inlines directly in a block container are wrapped in a PARAGRAPH;
 *   - no emphasis inside the same emphasis, no link inside a link (the
 *     inner one is unwrapped: its children take its place);
 *   - white space and line breaks at the edges of EMPH, STRONG and LINK
 *     are moved outside,
 *     so "<em> word </em>" becomes " *word* " in Markdown, not "* word *";
 *   - inline code has its white space collapsed (as a browser shows it),
 *     with a space at either edge moved outside;
 *   - adjacent texts are merged, and so are adjacent twin elements
 *     ("<b>a</b><b>b</b>", two links to one target); blocks have no leading or trailing spaces
 *     or line breaks, and no spaces around a line break;
 *   - an image's alt text and title have their white space collapsed;
 *   - every string is valid UTF-8 without NULs (gumbo can leave invalid
 *     bytes from overflowing character references), so renderers need not
 *     check; text encoded in UTF-8 twice ("isnâ€™t") is decoded back;
 *   - empty nodes are dropped (a table keeps the empty cells of a row that
 *     has text elsewhere, so columns stay aligned).
 *
 * One pre-order pass reshapes the children of each node before they are
 * visited (wrapping, unwrapping); the post-order side of the same walk
 * tidies a node's children once they are final (hoisting, merging,
 * trimming, pruning).  No recursion.
 */
#include <string.h>

#include "doc.h"

#include "util/misread.h"
#include "util/utf8.h"

static bool is_block_container(pith_node_type t)
{
    return t == PITH_NODE_DOCUMENT || t == PITH_NODE_ITEM || t == PITH_NODE_QUOTE ||
           t == PITH_NODE_CELL || t == PITH_NODE_FIGURE || t == PITH_NODE_CAPTION;
}

static bool is_inline_container(pith_node_type t)
{
    return t == PITH_NODE_EMPH || t == PITH_NODE_STRONG || t == PITH_NODE_LINK;
}

/* Wrap each run of inline children of a block container in a paragraph. */
static void wrap_inlines(pith_doc *doc, pith_node *n)
{
    pith_node *c = n->first;
    while (c) {
        if (!pith_node_is_inline(c->type)) {
            c = c->next;
            continue;
        }
        pith_node *para = pith_node_new(doc, PITH_NODE_PARAGRAPH);
        if (!para)
            return;
        pith_node_insert_before(c, para);
        while (c && pith_node_is_inline(c->type)) {
            pith_node *next = c->next;
            pith_node_unlink(c);
            pith_node_append(para, c);
            c = next;
        }
    }
}

/* True when n or one of its inline ancestors has type t. */
static bool inside_inline(const pith_node *n, pith_node_type t)
{
    for (; n && pith_node_is_inline(n->type); n = n->parent)
        if (n->type == t)
            return true;
    return false;
}

/* Replace node by its children. */
static void splice_children(pith_node *node)
{
    while (node->first) {
        pith_node *c = node->first;
        pith_node_unlink(c);
        pith_node_insert_before(node, c);
    }
    pith_node_unlink(node);
}

/* Unwrap children of n that repeat an enclosing emphasis or link. */
static void unwrap_nested(pith_node *n)
{
    pith_node *c = n->first;
    while (c) {
        if (is_inline_container(c->type) && inside_inline(n, c->type)) {
            pith_node *resume = c->first ? c->first : c->next;
            splice_children(c);
            c = resume;
        } else {
            c = c->next;
        }
    }
}

static bool is_space(char c)
{
    return c == ' ';
}


/* Bytes of white space (any Unicode space: NBSP too) at the start of s. */
static size_t leading_space(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        int len = pith_utf8_decode(s + i, n - i, &cp);
        if (!pith_is_space_cp(cp))
            break;
        i += (size_t)len;
    }
    return i;
}

/* Where the white space at the end of s begins. */
static size_t trailing_space(const char *s, size_t n)
{
    size_t i = 0, end = 0;
    while (i < n) {
        uint32_t cp;
        int len = pith_utf8_decode(s + i, n - i, &cp);
        i += (size_t)len;
        if (!pith_is_space_cp(cp))
            end = i;
    }
    return end;
}

static pith_node *new_text(pith_doc *doc, const char *s, size_t n)
{
    pith_node *t = pith_node_new(doc, PITH_NODE_TEXT);
    if (t && !pith_node_set_text(doc, t, s, n))
        return NULL;
    return t;
}

/* Move white space and line breaks at the edges of an inline container
 * outside it: a Markdown "*" next to a space (even a no-break one) closes
 * nothing. */
static bool hoist_first(pith_doc *doc, pith_node *n)
{
    pith_node *f = n->first;
    if (f && f->type == PITH_NODE_LINE_BREAK) {
        pith_node_unlink(f);
        pith_node_insert_before(n, f);
        return true;
    }
    if (!f || f->type != PITH_NODE_TEXT)
        return false;
    size_t k = leading_space(f->text, f->len);
    if (k == 0)
        return false;
    pith_node *s = new_text(doc, f->text, k);
    if (!s)
        return false;
    pith_node_insert_before(n, s);
    pith_node_skip_text(f, k);
    if (f->len == 0)
        pith_node_unlink(f);
    return true;
}

static bool hoist_last(pith_doc *doc, pith_node *n)
{
    pith_node *l = n->last;
    if (l && l->type == PITH_NODE_LINE_BREAK) {
        pith_node_unlink(l);
        pith_node_insert_after(n, l);
        return true;
    }
    if (!l || l->type != PITH_NODE_TEXT)
        return false;
    size_t end = trailing_space(l->text, l->len);
    if (end == l->len)
        return false;
    pith_node *s = new_text(doc, l->text + end, l->len - end);
    if (!s)
        return false;
    pith_node_insert_after(n, s);
    l->len = end;
    l->text[end] = '\0';
    if (l->len == 0)
        pith_node_unlink(l);
    return true;
}

static void hoist_spaces(pith_doc *doc, pith_node *n)
{
    while (hoist_first(doc, n))
        ;
    while (hoist_last(doc, n))
        ;
}

/* Collapse runs of white space in inline code to one space, and move a
 * space at either end outside the code. */
static void tidy_code(pith_doc *doc, pith_node *n)
{
    if (!n->text)
        return;
    size_t w = 0;
    bool space = false;
    for (size_t r = 0; r < n->len; r++) {
        char c = n->text[r];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && w > 0)
            n->text[w++] = ' ';
        else if (space && w == 0) {
            pith_node *s = new_text(doc, " ", 1);
            if (s)
                pith_node_insert_before(n, s);
        }
        space = false;
        n->text[w++] = c;
    }
    n->len = w;
    n->text[w] = '\0';
    if (space) {
        pith_node *s = new_text(doc, " ", 1);
        if (s && w > 0)
            pith_node_insert_after(n, s);
        else if (s)
            pith_node_insert_before(n, s);
    }
}

static void trim_left(pith_node *t)
{
    size_t k = 0;
    while (k < t->len && is_space(t->text[k]))
        k++;
    pith_node_skip_text(t, k);
}

static void trim_right(pith_node *t)
{
    while (t->len > 0 && is_space(t->text[t->len - 1]))
        t->len--;
    if (t->text)
        t->text[t->len] = '\0';
}

/* Join two adjacent texts a and b into a, collapsing a double space.  a's
 * text grows geometrically (pith_node_append_text): a run of n twins
 * ("<b>x</b><b>x</b>...", merged one by one) costs linear time and memory,
 * where a fresh copy of the joined text at each merge cost n^2. */
static void merge_texts(pith_doc *doc, pith_node *a, pith_node *b)
{
    size_t blen = b->len;
    const char *bt = b->text;
    if (a->len > 0 && is_space(a->text[a->len - 1]))
        while (blen > 0 && is_space(*bt))
            bt++, blen--;
    if (blen > 0 && !pith_node_append_text(doc, a, bt, blen))
        return;
    pith_node_unlink(b);
}

/* Two adjacent inline elements that read as one: "<em>a</em><em>b</em>"
 * (or links to the same target). */
static bool same_inline(const pith_node *a, const pith_node *b)
{
    if (a->type != b->type || !is_inline_container(a->type))
        return false;
    if (a->type != PITH_NODE_LINK)
        return true;
    return a->url && b->url && strcmp(a->url, b->url) == 0;
}

/* Move b's children to the end of a and drop b; then join what meets at
 * the seam (two texts, or twins again: "<b><i>x</i></b><b><i>y</i></b>"),
 * going down without recursion. */
static void merge_inlines(pith_doc *doc, pith_node *a, pith_node *b)
{
    for (;;) {
        pith_node *left = a->last, *right = b->first;
        while (b->first) {
            pith_node *c = b->first;
            pith_node_unlink(c);
            pith_node_append(a, c);
        }
        pith_node_unlink(b);
        if (!left || !right)
            return;
        if (left->type == PITH_NODE_TEXT && right->type == PITH_NODE_TEXT) {
            merge_texts(doc, left, right);
            return;
        }
        if (!same_inline(left, right))
            return;
        a = left;
        b = right;
    }
}

/* Merge texts and adjacent twin elements, and drop spaces around line
 * breaks, among n's children. */
static void tidy_inlines(pith_doc *doc, pith_node *n)
{
    pith_node *c = n->first;
    while (c) {
        pith_node *next = c->next;
        if (c->type == PITH_NODE_TEXT && next && next->type == PITH_NODE_TEXT) {
            merge_texts(doc, c, next);
            continue; /* c may merge with the following one too */
        }
        if (next && same_inline(c, next)) {
            merge_inlines(doc, c, next);
            continue;
        }
        if (c->type == PITH_NODE_LINE_BREAK) {
            if (c->prev && c->prev->type == PITH_NODE_TEXT)
                trim_right(c->prev);
            if (next && next->type == PITH_NODE_TEXT)
                trim_left(next);
        }
        c = next;
    }
}

/* A paragraph or heading starts and ends with text, not space or breaks. */
static void trim_block_edges(pith_node *n)
{
    for (;;) {
        pith_node *f = n->first;
        if (f && f->type == PITH_NODE_LINE_BREAK) {
            pith_node_unlink(f);
            continue;
        }
        if (f && f->type == PITH_NODE_TEXT) {
            trim_left(f);
            if (f->len == 0) {
                pith_node_unlink(f);
                continue;
            }
        }
        break;
    }
    for (;;) {
        pith_node *l = n->last;
        if (l && l->type == PITH_NODE_LINE_BREAK) {
            pith_node_unlink(l);
            continue;
        }
        if (l && l->type == PITH_NODE_TEXT) {
            trim_right(l);
            if (l->len == 0) {
                pith_node_unlink(l);
                continue;
            }
        }
        break;
    }
}

static bool only_spaces(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
            return false;
    return true;
}

/* A paragraph or heading of nothing but white space (a no-break space
 * used as a spacer) and line breaks. */
static bool only_white(const pith_node *n)
{
    for (const pith_node *c = n->first; c; c = c->next) {
        if (c->type == PITH_NODE_LINE_BREAK)
            continue;
        if (c->type != PITH_NODE_TEXT || leading_space(c->text, c->len) != c->len)
            return false;
    }
    return true;
}

static bool is_empty(const pith_node *n)
{
    switch (n->type) {
    case PITH_NODE_PARAGRAPH:
    case PITH_NODE_HEADING:
        return only_white(n);
    case PITH_NODE_TEXT:
    case PITH_NODE_CODE:
        return !n->text || n->len == 0;
    case PITH_NODE_CODE_BLOCK:
        return !n->text || only_spaces(n->text, n->len);
    case PITH_NODE_IMAGE:
    case PITH_NODE_LINE_BREAK:
    case PITH_NODE_THEMATIC_BREAK:
    case PITH_NODE_DOCUMENT:
        return false;
    case PITH_NODE_ROW:
        for (const pith_node *c = n->first; c; c = c->next)
            if (c->first)
                return false;
        return true;
    default:
        return n->first == NULL;
    }
}

/* Drop the empty children of n (cells are kept: their row decides). */
static void prune_children(pith_node *n)
{
    pith_node *c = n->first;
    while (c) {
        pith_node *next = c->next;
        if (c->type != PITH_NODE_CELL && is_empty(c))
            pith_node_unlink(c);
        c = next;
    }
}

/* A copy of s repaired to valid UTF-8 without NULs and decoded where it
 * was encoded twice (util/misread.h), or s when it needs neither. */
static char *repaired(pith_doc *doc, char *s, size_t n, uint32_t *len_out)
{
    pith_buf b = PITH_BUF_INIT;
    if (!s || !pith_text_repair(&b, s, n))
        return s;
    char *r = b.oom ? NULL : pith_doc_strdup(doc, b.data ? b.data : "", b.len);
    if (r && len_out)
        *len_out = (uint32_t)b.len;
    doc->oom |= b.oom;
    pith_buf_free(&b);
    return r ? r : s;
}

static void repair_strings(pith_doc *doc, pith_node *n)
{
    char *text = repaired(doc, n->text, n->len, &n->len);
    if (text != n->text)
        n->cap = n->len + 1; /* a fresh copy, exactly as long */
    n->text = text;
    if (n->url)
        n->url = repaired(doc, n->url, strlen(n->url), NULL);
    if (n->info)
        n->info = repaired(doc, n->info, strlen(n->info), NULL);
}

/* Collapse runs of ASCII white space to one space and trim, in place. */
static size_t collapse_white(char *s, size_t n)
{
    size_t w = 0;
    bool space = false;
    for (size_t r = 0; r < n; r++) {
        char c = s[r];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && w > 0)
            s[w++] = ' ';
        space = false;
        s[w++] = c;
    }
    s[w] = '\0';
    return w;
}

static void on_enter(pith_doc *doc, pith_node *n)
{
    repair_strings(doc, n);
    if (n->type == PITH_NODE_IMAGE) {
        if (n->text)
            n->len = collapse_white(n->text, n->len);
        if (n->info)
            collapse_white(n->info, strlen(n->info));
    }
    if (is_block_container(n->type))
        wrap_inlines(doc, n);
    if (n->type == PITH_NODE_PARAGRAPH || n->type == PITH_NODE_HEADING ||
        is_inline_container(n->type))
        unwrap_nested(n);
}

static void on_leave(pith_doc *doc, pith_node *n)
{
    if (n->type == PITH_NODE_CODE)
        tidy_code(doc, n);
    tidy_inlines(doc, n);
    if (is_inline_container(n->type))
        hoist_spaces(doc, n);
    prune_children(n);
    if (n->type == PITH_NODE_PARAGRAPH || n->type == PITH_NODE_HEADING)
        trim_block_edges(n);
}

void pith_doc_normalize(pith_doc *doc)
{
    if (!doc->root)
        return;
    pith_doc_iter it;
    pith_doc_iter_init(&it, doc->root);
    while (!doc->oom && pith_doc_iter_next(&it)) {
        if (it.entering)
            on_enter(doc, it.cur);
        else
            on_leave(doc, it.cur);
    }
}
