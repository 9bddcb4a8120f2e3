/*
 * dom.c — the gumbo parse on the arena, the flat element table, its text
 * statistics and the iterative walker (see dom.h).
 */
#include "dom.h"

#include <stdlib.h>
#include <string.h>

#include "util/ascii.h"
#include "util/utf8.h"

/* ------------------------------------------------------------ tag classes */

bool pith_tag_is_block(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_XMP:
    case GUMBO_TAG_BR: case GUMBO_TAG_LEGEND: case GUMBO_TAG_NOSCRIPT:
        return true;
    default:
        return false;
    }
}

/* Replaced elements and controls: a picture, an icon, a form control, an
 * embedded frame or player.  Each takes room on screen, so the words on
 * either side of one read apart even with no space between them in the
 * markup ("2024<img>If" shows "2024", the picture, then "If"). */
bool pith_tag_takes_room(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_SVG:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
        return true;
    default:
        return false;
    }
}

bool pith_tag_only_styles(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SPAN: case GUMBO_TAG_B: case GUMBO_TAG_STRONG: case GUMBO_TAG_EM:
    case GUMBO_TAG_I: case GUMBO_TAG_U: case GUMBO_TAG_FONT: case GUMBO_TAG_MARK:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_BIG:
        return true;
    default:
        return false;
    }
}

/* ----------------------------------------------------------------- parse */

static GumboVector *children_of(GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return NULL;
}

static bool is_element(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

static bool style_hides(const char *style);

/* The bit of a name's first letter in pith_el.attr_letters: 'a'..'z' in
 * any case, and one bit for every other byte. */
static uint32_t letter_bit(char c)
{
    char l = pith_ascii_lower(c);
    return l >= 'a' && l <= 'z' ? 1u << (l - 'a') : 1u << 26;
}

/* What the table keeps of an element's attributes, in one pass over them:
 * its class, what hides it (pith_el_hidden_by), and whether it has an href
 * (returned).  The first attribute of a name counts, in any case, as with
 * pith_attr. */
static bool read_attributes(pith_el *el, const GumboVector *attrs)
{
    enum { CLASS = 1, HREF = 2, HIDDEN = 4, ARIA = 8, STYLE = 16 };
    unsigned seen = 0;
    for (unsigned i = 0; i < attrs->length; i++) {
        const GumboAttribute *a = attrs->data[i];
        el->attr_letters |= letter_bit(a->name[0]);
        unsigned which = 0;
        switch (pith_ascii_lower(a->name[0])) {
        case 'c': which = pith_ascii_ieq(a->name, "class") ? CLASS : 0; break;
        case 'h':
            which = pith_ascii_ieq(a->name, "href")     ? HREF
                    : pith_ascii_ieq(a->name, "hidden") ? HIDDEN
                                                        : 0;
            break;
        case 'a': which = pith_ascii_ieq(a->name, "aria-hidden") ? ARIA : 0; break;
        case 's': which = pith_ascii_ieq(a->name, "style") ? STYLE : 0; break;
        default: break;
        }
        if (!which || (seen & which))
            continue;
        seen |= which;
        if (which == CLASS)
            el->cls = a->value;
        else if (which == HIDDEN)
            el->hidden_by |= PITH_HIDDEN_ATTR;
        else if (which == ARIA && pith_ascii_ieq(a->value, "true"))
            el->hidden_by |= PITH_HIDDEN_ARIA;
        else if (which == STYLE && style_hides(a->value))
            el->hidden_by |= PITH_HIDDEN_STYLE;
    }
    return (seen & HREF) != 0;
}

/* Append one element to the table; false when memory ran out. */
static bool push_el(pith_dom *dom, uint32_t *cap, GumboNode *node, uint32_t parent,
                    uint16_t depth)
{
    if (dom->n == *cap) {
        uint32_t ncap = *cap ? *cap * 2 : 1024;
        pith_el *els = pith_arena_alloc(dom->arena, (size_t)ncap * sizeof *els);
        if (!els)
            return false;
        if (dom->n)
            memcpy(els, dom->els, (size_t)dom->n * sizeof *els);
        pith_arena_free(dom->arena, dom->els);
        dom->els = els;
        *cap = ncap;
    }
    pith_el *el = &dom->els[dom->n++];
    memset(el, 0, sizeof *el);
    el->node = node;
    bool href = read_attributes(el, &node->v.element.attributes);
    el->parent = parent;
    el->tag = (uint16_t)node->v.element.tag;
    el->depth = depth;
    if (pith_tag_is_block(node->v.element.tag))
        el->flags |= PITH_EL_BLOCK;
    if (parent != PITH_NO_EL) {
        uint32_t inherit = dom->els[parent].flags & (PITH_EL_LINK | PITH_EL_IN_PRE);
        el->flags |= inherit;
    }
    if (el->tag == GUMBO_TAG_A && href)
        el->flags |= PITH_EL_LINK;
    if (el->tag == GUMBO_TAG_PRE || el->tag == GUMBO_TAG_TEXTAREA ||
        el->tag == GUMBO_TAG_LISTING || el->tag == GUMBO_TAG_PLAINTEXT)
        el->flags |= PITH_EL_IN_PRE;
    return true;
}

/* ------------------------------------------------------ streamed segments */

/* React's streaming render (Suspense) sends the parts of a page that come
 * late at the end of the body, each hidden, <div hidden id="S:1">, and a
 * script moves it at once into its placeholder, where the page shows it:
 * <template id="B:1"> (a boundary) or <template id="P:1"> (a segment inside
 * another one; segments hold placeholders of their own).  Left where they arrive, those parts are hidden, or out
 * of place: the body of a landing page, the list of a shop.  So the parse
 * does what the script does: each segment takes its placeholder's place
 * (the placeholder goes where the segment was) and is no longer hidden. */

typedef struct segment {
    const char *key; /* the id after "S:" */
    GumboNode *node;
} segment;

/* The key of a segment (kind 'S': a hidden div) or of a placeholder (kind
 * 'B': a template, id "B:" or "P:"): its id after the prefix, letters and
 * digits; NULL when node is not one. */
static const char *segment_key(const GumboNode *node, char kind)
{
    if (!is_element(node) ||
        node->v.element.tag != (kind == 'S' ? GUMBO_TAG_DIV : GUMBO_TAG_TEMPLATE))
        return NULL;
    const GumboVector *attrs = &node->v.element.attributes;
    if (kind == 'S' && !gumbo_get_attribute(attrs, "hidden"))
        return NULL;
    const GumboAttribute *id = gumbo_get_attribute(attrs, "id");
    char prefix = id ? id->value[0] : 0;
    bool named = kind == 'S' ? prefix == 'S' : prefix == 'B' || prefix == 'P';
    if (!named || id->value[1] != ':' || !id->value[2])
        return NULL;
    for (const char *c = id->value + 2; *c; c++)
        if (!pith_ascii_is_alnum(*c))
            return NULL;
    return id->value + 2;
}

static int compare_segments(const void *a, const void *b)
{
    return strcmp(((const segment *)a)->key, ((const segment *)b)->key);
}

static bool is_ancestor(const GumboNode *ancestor, const GumboNode *node)
{
    for (; node; node = node->parent)
        if (node == ancestor)
            return true;
    return false;
}

/* Put a where b is and b where a is. */
static void swap_nodes(GumboNode *a, GumboNode *b)
{
    GumboNode *pa = a->parent, *pb = b->parent;
    size_t ia = a->index_within_parent, ib = b->index_within_parent;
    children_of(pa)->data[ia] = b;
    children_of(pb)->data[ib] = a;
    a->parent = pb;
    a->index_within_parent = ib;
    b->parent = pa;
    b->index_within_parent = ia;
}

static void remove_attribute(GumboNode *node, const char *name)
{
    GumboVector *attrs = &node->v.element.attributes;
    for (unsigned i = 0; i < attrs->length; i++) {
        const GumboAttribute *a = attrs->data[i];
        if (strcmp(a->name, name) != 0)
            continue;
        memmove(&attrs->data[i], &attrs->data[i + 1], (attrs->length - i - 1) * sizeof(void *));
        attrs->length--;
        return;
    }
}

static bool is_marker(const GumboNode *node, const char *text)
{
    return node && node->type == GUMBO_NODE_COMMENT && strcmp(node->v.text.text, text) == 0;
}

/* A boundary's placeholder opens with <!--$?-->, and what the page shows
 * until its part comes (a "Loading..." line, a grey box) follows it up to
 * <!--/$-->: the script removes that fallback.  Here its nodes are cut off
 * from their parent (parent NULL) and the parent is noted in *parents, to
 * have its children compacted once all parts are placed.  False when memory
 * ran out. */
static bool cut_fallback(GumboNode *holder, GumboNode ***parents, size_t *n, size_t *cap)
{
    GumboNode *parent = holder->parent;
    GumboVector *kids = children_of(parent);
    size_t at = holder->index_within_parent, end = at + 1;
    if (at == 0 || !is_marker(kids->data[at - 1], "$?"))
        return true;
    while (end < kids->length && !is_marker(kids->data[end], "/$"))
        end++;
    if (end == kids->length || end == at + 1)
        return true; /* no end marker, or nothing to cut */
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        GumboNode **more = realloc(*parents, c * sizeof *more);
        if (!more)
            return false;
        *parents = more;
        *cap = c;
    }
    (*parents)[(*n)++] = parent;
    for (size_t k = at + 1; k < end; k++)
        ((GumboNode *)kids->data[k])->parent = NULL;
    return true;
}

static int compare_pointers(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(void *const *)a, y = (uintptr_t)*(void *const *)b;
    return (x > y) - (x < y);
}

/* Drop the children cut off by cut_fallback, each parent once. */
static void compact_parents(GumboNode **parents, size_t n)
{
    if (n == 0)
        return; /* parents is NULL: qsort wants a valid array even for none */
    qsort(parents, n, sizeof *parents, compare_pointers);
    for (size_t p = 0; p < n; p++) {
        if (p > 0 && parents[p] == parents[p - 1])
            continue;
        GumboVector *kids = children_of(parents[p]);
        unsigned w = 0;
        for (unsigned r = 0; r < kids->length; r++) {
            GumboNode *c = kids->data[r];
            if (c->parent != parents[p])
                continue;
            c->index_within_parent = w;
            kids->data[w++] = c;
        }
        kids->length = w;
    }
}

/* The placeholders of the page, in document order, into *out (malloc'd; the
 * caller frees it).  False when memory ran out. */
static bool find_placeholders(GumboNode *root, GumboNode ***out, size_t *n_out)
{
    size_t n = 0, cap = 0, sn = 0, scap = 64;
    GumboNode **found = NULL;
    GumboNode **stack = malloc(scap * sizeof *stack);
    bool ok = stack != NULL;
    if (ok)
        stack[sn++] = root;
    while (ok && sn > 0) {
        GumboNode *node = stack[--sn];
        if (segment_key(node, 'B')) {
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                GumboNode **more = realloc(found, cap * sizeof *found);
                if (!(ok = more != NULL))
                    break;
                found = more;
            }
            found[n++] = node;
        }
        GumboVector *kids = is_element(node) ? children_of(node) : NULL;
        /* Children pushed last to first: popped in document order. */
        for (unsigned k = kids ? kids->length : 0; ok && k-- > 0;) {
            if (sn == scap) {
                scap *= 2;
                GumboNode **more = realloc(stack, scap * sizeof *stack);
                if (!(ok = more != NULL))
                    break;
                stack = more;
            }
            stack[sn++] = kids->data[k];
        }
    }
    free(stack);
    if (!ok)
        free(found);
    *out = ok ? found : NULL;
    *n_out = ok ? n : 0;
    return ok;
}

/* Move every streamed segment into its placeholder.  False when memory ran
 * out (the tree is then whole, some segments maybe unmoved). */
static bool place_streamed_segments(GumboNode *root)
{
    GumboVector *top = children_of(root);
    GumboNode *body = NULL;
    for (unsigned i = 0; top && i < top->length && !body; i++) {
        GumboNode *c = top->data[i];
        if (is_element(c) && c->v.element.tag == GUMBO_TAG_BODY)
            body = c;
    }
    GumboVector *kids = body ? children_of(body) : NULL;
    size_t n = 0;
    for (unsigned i = 0; kids && i < kids->length; i++)
        n += segment_key(kids->data[i], 'S') != NULL;
    if (n == 0)
        return true; /* nearly every page */
    segment *segs = malloc(n * sizeof *segs);
    GumboNode **holders = NULL;
    size_t n_holders = 0;
    if (!segs || !find_placeholders(root, &holders, &n_holders)) {
        free(segs);
        return false;
    }
    n = 0;
    for (unsigned i = 0; i < kids->length; i++) {
        const char *key = segment_key(kids->data[i], 'S');
        if (key)
            segs[n++] = (segment){key, kids->data[i]};
    }
    qsort(segs, n, sizeof *segs, compare_segments);
    GumboNode **parents = NULL;
    size_t n_parents = 0, parents_cap = 0;
    bool ok = true;
    for (size_t h = 0; ok && h < n_holders; h++) {
        segment probe = {segment_key(holders[h], 'B'), NULL};
        segment *seg = bsearch(&probe, segs, n, sizeof *segs, compare_segments);
        /* Each segment once; never into a placeholder inside itself, nor
         * into one already cut off as another's fallback. */
        if (!seg || !seg->node || !holders[h]->parent || is_ancestor(seg->node, holders[h]))
            continue;
        swap_nodes(seg->node, holders[h]);
        remove_attribute(seg->node, "hidden");
        ok = cut_fallback(seg->node, &parents, &n_parents, &parents_cap);
        seg->node = NULL;
    }
    compact_parents(parents, n_parents);
    free(parents);
    free(holders);
    free(segs);
    return ok;
}

/* Is the element an <svg> in HTML content (the root of a drawing)? */
static bool is_svg_root(const GumboNode *node)
{
    const GumboNode *parent = node->parent;
    return node->v.element.tag == GUMBO_TAG_SVG &&
           node->v.element.tag_namespace == GUMBO_NAMESPACE_SVG && parent && is_element(parent) &&
           parent->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

/* Lay the elements out in pre-order with an explicit stack.  An <svg> in
 * HTML content that holds SVG elements only (shapes, paths, their labels:
 * no HTML through a <foreignObject>) is laid out empty, its children cut
 * off, as elision leaves it (input/elide.c) whether or not elision reached
 * it: no stage reads a drawing's insides, and a page must read the same
 * with elision and without it, or where elision stopped early (the labels
 * "BY" and "expr" of a syntax diagram are no byline).  Its descendants are
 * the last entries of the table when it is left, and go at once. */
static bool build_table(pith_dom *dom, GumboNode *root)
{
    uint32_t cap = 0;
    size_t scap = 64, sn = 0;
    struct frame {
        GumboNode *node;
        uint32_t el;
        unsigned child;
        bool html_inside; /* an element not of SVG's namespace below it */
    } *stack;
    stack = malloc(scap * sizeof *stack);
    if (!stack)
        return false;
    bool ok = true;
    if (!push_el(dom, &cap, root, PITH_NO_EL, 0)) {
        free(stack);
        return false;
    }
    stack[sn++] = (struct frame){root, 0, 0, false};
    while (sn > 0) {
        struct frame *f = &stack[sn - 1];
        GumboVector *kids = children_of(f->node);
        if (!kids || f->child >= kids->length) {
            if (!f->html_inside && is_svg_root(f->node)) {
                dom->n = f->el + 1;
                kids->length = 0;
            }
            dom->els[f->el].end = dom->n;
            if (sn > 1)
                stack[sn - 2].html_inside |= f->html_inside;
            sn--;
            continue;
        }
        GumboNode *c = kids->data[f->child++];
        if (!is_element(c))
            continue;
        if (c->v.element.tag_namespace != GUMBO_NAMESPACE_SVG)
            f->html_inside = true;
        uint32_t parent = f->el;
        uint16_t depth = (uint16_t)(sn < 65535 ? sn : 65535);
        if (!push_el(dom, &cap, c, parent, depth)) {
            ok = false;
            break;
        }
        if (sn == scap) {
            scap *= 2;
            struct frame *ns = realloc(stack, scap * sizeof *stack);
            if (!ns) {
                ok = false;
                break;
            }
            stack = ns;
        }
        stack[sn++] = (struct frame){c, dom->n - 1, 0, false};
    }
    free(stack);
    return ok;
}

int pith_dom_parse(pith_dom *dom, pith_arena *arena, const char *html, size_t len)
{
    memset(dom, 0, sizeof *dom);
    dom->arena = arena;
    dom->html = dom->head = dom->body = dom->prose = PITH_NO_EL;

    GumboOptions opt = kGumboDefaultOptions;
    opt.allocator = pith_arena_gumbo_alloc;
    opt.deallocator = pith_arena_gumbo_free;
    opt.userdata = arena;
    opt.max_errors = 0;

    jmp_buf escape;
    arena->failed = PITH_ARENA_OK;
    if (setjmp(escape)) {
        pith_arena_arm(arena, NULL);
        return arena->failed ? (int)arena->failed : PITH_ARENA_NOMEM;
    }
    pith_arena_arm(arena, &escape);
    dom->output = gumbo_parse_with_options(&opt, html, len);
    pith_arena_arm(arena, NULL);

    GumboNode *root = dom->output->root;
    if (!root || !is_element(root))
        return PITH_ARENA_OK;
    if (!place_streamed_segments(root) || !build_table(dom, root))
        return arena->failed ? (int)arena->failed : PITH_ARENA_NOMEM;
    dom->html = 0;
    for (uint32_t i = 1; i < dom->n; i++) {
        if (dom->els[i].parent != 0)
            continue;
        if (dom->els[i].tag == GUMBO_TAG_HEAD && dom->head == PITH_NO_EL)
            dom->head = i;
        else if (dom->els[i].tag == GUMBO_TAG_BODY && dom->body == PITH_NO_EL)
            dom->body = i;
    }
    return PITH_ARENA_OK;
}

/* ------------------------------------------------------------ statistics */

static bool is_comma(uint32_t cp)
{
    return cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0x060C || cp == 0xFE50;
}

/* What an ASCII byte is to pith_text_count, so the common case needs no
 * decoding and no range tests: the same answers as pith_is_space_cp,
 * is_comma and pith_is_word_cp give for code points below 0x80. */
enum { ASCII_OTHER = '.', ASCII_SPACE = 's', ASCII_WORD = 'w', ASCII_COMMA = ',' };
/* Spaces: tab, LF, VT, FF, CR and ' '; words: digits, letters and '_'.
 * Looked up once per byte of every text of the page. */
static const char ASCII_CLASSES[129] = /* 32 bytes a line, from NUL */
    ".........sssss.................."
    "s...........,...wwwwwwwwww......"
    ".wwwwwwwwwwwwwwwwwwwwwwwwww....w"
    ".wwwwwwwwwwwwwwwwwwwwwwwwww.....";

static char ascii_class(unsigned char c)
{
    return ASCII_CLASSES[c];
}

void pith_text_count(const char *s, size_t n, pith_text_stats *st)
{
    bool in_word = false;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        int k;
        if (c < 0x80) {
            i++;
            switch (ascii_class(c)) {
            case ASCII_SPACE:
                in_word = false;
                break;
            case ASCII_WORD:
                st->chars++;
                st->words += !in_word;
                in_word = true;
                break;
            default: /* a comma, or other punctuation */
                st->commas += ascii_class(c) == ASCII_COMMA;
                st->chars++;
                in_word = false;
                break;
            }
            continue;
        }
        k = pith_utf8_decode(s + i, n - i, &cp);
        i += (size_t)k;
        if (pith_is_space_cp(cp)) {
            in_word = false;
            continue;
        }
        st->chars += (uint32_t)k;
        if (is_comma(cp))
            st->commas++;
        if (pith_is_cjk_cp(cp)) {
            st->words++;
            in_word = false;
        } else if (pith_is_word_cp(cp)) {
            if (!in_word)
                st->words++;
            in_word = true;
        } else {
            in_word = false;
        }
    }
}

/* Elements whose text counts as structured prose: paragraphs, list items,
 * quotes, code, definitions and sub-headings (not bare divs or spans). */
static bool holds_prose_text(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

/* Tags whose content is never visible text. */
static bool is_invisible_tag(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE ||
           tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TITLE ||
           tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_OPTION;
}

/* Count every visible element's own text nodes, once per document. */
static void count_own_text(pith_dom *dom)
{
    for (uint32_t i = 0; i < dom->n; i++) {
        pith_el *el = &dom->els[i];
        pith_text_stats st = {0, 0, 0};
        if (!is_invisible_tag(el->tag)) {
            GumboVector *kids = &el->node->v.element.children;
            for (unsigned k = 0; k < kids->length; k++) {
                GumboNode *c = kids->data[k];
                if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA)
                    pith_text_count(c->v.text.text, strlen(c->v.text.text), &st);
            }
        }
        el->own_text = st.chars;
        el->own_words = st.words;
        el->own_commas = st.commas;
    }
    dom->own_counted = true;
}

void pith_dom_stats(pith_dom *dom, bool skip_rejected)
{
    uint32_t skip = PITH_EL_DROPPED | (skip_rejected ? PITH_EL_REJECTED : 0);
    if (!dom->own_counted)
        count_own_text(dom);
    for (uint32_t i = dom->n; i-- > 0;) {
        pith_el *el = &dom->els[i];
        uint32_t text = 0, link_text = 0, words = 0, para_text = 0;
        uint32_t commas = 0, paras = 0, links = 0, blocks = 0;
        if (!(el->flags & skip) && !is_invisible_tag(el->tag)) {
            text = el->own_text;
            words = el->own_words;
            commas = el->own_commas;
            if (el->flags & PITH_EL_LINK)
                link_text = text;
            /* Children's totals (already final: children come later). */
            for (uint32_t j = i + 1; j < el->end; j = dom->els[j].end) {
                const pith_el *c = &dom->els[j];
                text += c->text;
                link_text += c->link_text;
                para_text += c->para_text;
                words += c->words;
                commas += c->commas;
                paras += c->paras;
                links += c->links;
                blocks += c->blocks + ((c->flags & PITH_EL_BLOCK) && c->tag != GUMBO_TAG_BR);
            }
            if (el->tag == GUMBO_TAG_P && text > 0)
                paras++;
            if (text > 0 && holds_prose_text((GumboTag)el->tag))
                para_text = text;
            if (el->tag == GUMBO_TAG_A && (el->flags & PITH_EL_LINK))
                links++;
            if (el->flags & PITH_EL_LINK)
                link_text = text;
        }
        el->text = text;
        el->link_text = link_text;
        el->para_text = para_text;
        el->words = words;
        el->commas = (uint16_t)(commas > 65535 ? 65535 : commas);
        el->paras = (uint16_t)(paras > 65535 ? 65535 : paras);
        el->links = (uint16_t)(links > 65535 ? 65535 : links);
        el->blocks = (uint16_t)(blocks > 65535 ? 65535 : blocks);
    }
}

pith_prose pith_el_prose(const pith_dom *dom, uint32_t i, bool with_paras)
{
    const pith_el *el = &dom->els[i];
    uint32_t child_text = 0, child_commas = 0;
    pith_prose pr = {0, 0};
    for (uint32_t j = i + 1; j < el->end; j = dom->els[j].end) {
        const pith_el *c = &dom->els[j];
        child_text += c->text;
        child_commas += c->commas;
        if (c->blocks != 0 || c->tag == GUMBO_TAG_LI)
            continue;
        bool inline_child = !(c->flags & PITH_EL_BLOCK);
        bool para_child = c->tag == GUMBO_TAG_P || c->tag == GUMBO_TAG_DIV;
        if (inline_child || (with_paras && para_child)) {
            pr.chars += c->text - c->link_text;
            pr.commas += c->commas;
        }
    }
    if (!(el->flags & PITH_EL_LINK)) {
        pr.chars += el->text - child_text; /* own text nodes */
        if (el->commas > child_commas)
            pr.commas += el->commas - child_commas;
    }
    return pr;
}

/* ------------------------------------------------------------- accessors */

const char *pith_attr(const pith_el *el, const char *name)
{
    /* gumbo_get_attribute's answer (the first attribute whose name equals
     * name ignoring ASCII case), with the first letters compared before
     * comparing whole names: most attributes differ there. */
    if (!(el->attr_letters & letter_bit(name[0])))
        return NULL; /* no attribute's name starts so */
    const GumboVector *attrs = &el->node->v.element.attributes;
    char first = pith_ascii_lower(name[0]);
    for (unsigned i = 0; i < attrs->length; i++) {
        const GumboAttribute *a = attrs->data[i];
        if (pith_ascii_lower(a->name[0]) == first && pith_ascii_ieq(a->name, name))
            return a->value;
    }
    return NULL;
}

bool pith_el_itemprop_holds(const pith_el *el, const char *name)
{
    const char *prop = pith_attr(el, "itemprop");
    size_t n = strlen(name);
    for (const char *s = prop ? strstr(prop, name) : NULL; s; s = strstr(s + 1, name))
        if ((s == prop || s[-1] == ' ') && (s[n] == '\0' || s[n] == ' '))
            return true;
    return false;
}

bool pith_el_rel_holds(const pith_el *el, const char *token)
{
    const char *p = pith_attr(el, "rel");
    while (p && *p) {
        while (pith_ascii_is_space(*p))
            p++;
        const char *st = p;
        while (*p && !pith_ascii_is_space(*p))
            p++;
        if (p > st && pith_ascii_ieq_n(st, (size_t)(p - st), token))
            return true;
    }
    return false;
}

#define USER_NAME_MAX 64 /* bytes of a user name compared */

bool pith_el_shows_its_user_name(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    const char *name = el->text > 0 && el->text <= USER_NAME_MAX
                           ? pith_attr(el, "data-username") : NULL;
    if (!name)
        return false;
    pith_buf text = PITH_BUF_INIT;
    pith_el_text(dom, i, &text, USER_NAME_MAX);
    bool same = text.len > 0 && text.len == strlen(name) && !memcmp(text.data, name, text.len);
    pith_buf_free(&text);
    return same;
}

/* display:none or visibility:hidden, with any spacing and case, in the
 * first 255 bytes of the style. */
static bool style_hides(const char *style)
{
    char buf[256];
    size_t k = 0;
    for (const char *s = style; *s && k + 1 < sizeof buf; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n')
            buf[k++] = pith_ascii_lower(*s);
    buf[k] = '\0';
    return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

unsigned pith_el_hidden_by(const pith_el *el)
{
    return el->hidden_by; /* read with the element's attributes (read_attributes) */
}

bool pith_el_is_footer(const pith_el *el)
{
    const char *role = el->tag == GUMBO_TAG_FOOTER ? NULL : pith_attr(el, "role");
    return el->tag == GUMBO_TAG_FOOTER || (role && strcmp(role, "contentinfo") == 0);
}

bool pith_el_is_nav(const pith_el *el)
{
    const char *role = el->tag == GUMBO_TAG_NAV ? NULL : pith_attr(el, "role");
    return el->tag == GUMBO_TAG_NAV || (role && strcmp(role, "navigation") == 0);
}

bool pith_el_links_in_page(const pith_el *el)
{
    const char *href = el->tag == GUMBO_TAG_A ? pith_attr(el, "href") : NULL;
    return href && href[0] == '#' && href[1];
}

size_t pith_el_first_class(const pith_el *el, const char **out)
{
    const char *c = el->cls;
    *out = "";
    if (!c)
        return 0;
    while (pith_ascii_is_space(*c))
        c++;
    size_t n = 0;
    while (c[n] && !pith_ascii_is_space(c[n]))
        n++;
    *out = c;
    return n;
}

bool pith_el_alike(const pith_el *a, const pith_el *b)
{
    if (a->tag != b->tag)
        return false;
    const char *ca, *cb;
    size_t na = pith_el_first_class(a, &ca), nb = pith_el_first_class(b, &cb);
    return na == nb && memcmp(ca, cb, na) == 0;
}

/* Is el an element a page never shows: a script, a style, a template, a
 * hidden form field?  A shop's grid may put one before each card. */
static bool shows_nothing(const pith_el *el)
{
    GumboTag t = (GumboTag)el->tag;
    const char *type = pith_attr(el, "type");
    return el->text == 0 &&
           (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE ||
            t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_LINK || t == GUMBO_TAG_META ||
            (t == GUMBO_TAG_INPUT && type && pith_ascii_ieq(type, "hidden")));
}

uint32_t *pith_dom_item_runs(const pith_dom *dom, pith_arena *arena)
{
    uint32_t *run = pith_arena_calloc(arena, dom->n ? dom->n : 1, sizeof *run);
    if (!run)
        return NULL;
    for (uint32_t p = 0; p < dom->n; p++) {
        uint32_t start = PITH_NO_EL, len = 0, prev = PITH_NO_EL;
        for (uint32_t c = p + 1;; c = dom->els[c].end) {
            bool in = c < dom->els[p].end;
            if (in && shows_nothing(&dom->els[c]))
                continue; /* a hidden <input> or a <script> between two cards */
            bool item = in && dom->els[c].text > 0;
            if (item && prev != PITH_NO_EL && pith_el_alike(&dom->els[c], &dom->els[prev])) {
                len++;
            } else {
                for (uint32_t k = start; len > 0 && k < c; k = dom->els[k].end)
                    if (dom->els[k].text > 0)
                        run[k] = len; /* the run that ended: start .. c */
                start = item ? c : PITH_NO_EL;
                len = item ? 1 : 0;
            }
            prev = item ? c : PITH_NO_EL;
            if (!in)
                break;
        }
    }
    return run;
}

uint32_t pith_dom_previous_sibling(const pith_dom *dom, uint32_t i)
{
    uint32_t parent = dom->els[i].parent;
    if (i == 0 || i - 1 == parent)
        return PITH_NO_EL;
    uint32_t p = i - 1;
    while (p != PITH_NO_EL && dom->els[p].parent != parent)
        p = dom->els[p].parent;
    return p;
}

uint32_t pith_dom_item_up(const pith_dom *dom, const uint32_t *run, uint32_t from,
                          unsigned levels, unsigned cat)
{
    uint32_t a = from;
    for (unsigned up = 0; up <= levels && a != PITH_NO_EL; up++, a = dom->els[a].parent)
        if (run[a] >= PITH_ITEM_RUN_MIN && (cat == 0 || dom->els[a].cat == cat))
            return a;
    return PITH_NO_EL;
}

uint32_t pith_dom_first_heading(const pith_dom *dom, uint32_t i, uint32_t scan, bool with_text)
{
    for (uint32_t j = i + 1; j < dom->els[i].end && j - i <= scan; j++)
        if (pith_tag_is_heading((GumboTag)dom->els[j].tag) && (!with_text || dom->els[j].text > 0))
            return j;
    return PITH_NO_EL;
}

uint32_t pith_dom_heading_of(const pith_dom *dom, uint32_t i, uint32_t scan, bool with_text)
{
    if (pith_tag_is_heading((GumboTag)dom->els[i].tag))
        return i;
    return pith_dom_first_heading(dom, i, scan, with_text);
}

const char *pith_tag_name(const pith_el *el, pith_buf *scratch)
{
    if (el->tag != GUMBO_TAG_UNKNOWN)
        return gumbo_normalized_tagname((GumboTag)el->tag);
    GumboStringPiece piece = el->node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    pith_buf_clear(scratch);
    for (size_t i = 0; i < piece.length && i < 64; i++)
        pith_buf_putc(scratch, pith_ascii_lower(piece.data[i]));
    return scratch->data ? scratch->data : "unknown";
}

bool pith_el_within(const pith_dom *dom, uint32_t i, uint32_t flags)
{
    while (i != PITH_NO_EL) {
        if (dom->els[i].flags & flags)
            return true;
        i = dom->els[i].parent;
    }
    return false;
}

/* ---------------------------------------------------------------- walker */

void pith_walker_init(pith_walker *w, const pith_dom *dom, uint32_t root, uint32_t skip_flags)
{
    w->dom = dom;
    w->stack = w->local; /* most walks stay shallow: no allocation */
    w->depth = 0;
    w->cap = PITH_WALK_LOCAL;
    w->root = root;
    w->skip_flags = skip_flags;
    w->started = w->oom = false;
    w->el = 0;
    w->text = NULL;
    w->skipped = PITH_NO_EL;
}

void pith_walker_free(pith_walker *w)
{
    if (w->stack != w->local)
        free(w->stack);
    w->stack = w->local;
}

static bool walker_push(pith_walker *w, uint32_t el)
{
    if (w->depth == w->cap) {
        size_t ncap = w->cap * 2;
        pith_walk_frame *s = w->stack == w->local ? malloc(ncap * sizeof *s)
                                                  : realloc(w->stack, ncap * sizeof *s);
        if (!s) {
            w->oom = true;
            pith_alloc_failed();
            return false;
        }
        if (w->stack == w->local)
            memcpy(s, w->local, w->depth * sizeof *s);
        w->stack = s;
        w->cap = ncap;
    }
    w->stack[w->depth++] = (pith_walk_frame){el, el + 1, 0};
    return true;
}

pith_walk_event pith_walker_next(pith_walker *w)
{
    const pith_dom *dom = w->dom;
    if (!w->started) {
        w->started = true;
        if (w->root == PITH_NO_EL || w->root >= dom->n ||
            (dom->els[w->root].flags & w->skip_flags) || !walker_push(w, w->root))
            return PITH_WALK_DONE;
        w->el = w->root;
        return PITH_WALK_ENTER;
    }
    while (w->depth > 0) {
        pith_walk_frame *f = &w->stack[w->depth - 1];
        GumboVector *kids = &dom->els[f->el].node->v.element.children;
        if (f->child >= kids->length) {
            w->el = f->el;
            w->depth--;
            return PITH_WALK_LEAVE;
        }
        GumboNode *c = kids->data[f->child++];
        if (is_element(c)) {
            uint32_t idx = f->next_el;
            f->next_el = dom->els[idx].end;
            if (dom->els[idx].flags & w->skip_flags) {
                w->skipped = idx;
                continue;
            }
            if (!walker_push(w, idx))
                return PITH_WALK_DONE;
            w->el = idx;
            return PITH_WALK_ENTER;
        }
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
            c->type == GUMBO_NODE_CDATA) {
            w->el = f->el;
            w->text = c;
            return PITH_WALK_TEXT;
        }
    }
    return PITH_WALK_DONE;
}

/* -------------------------------------------------------------- el text */

void pith_el_text(const pith_dom *dom, uint32_t i, pith_buf *out, size_t max)
{
    pith_el_text_ex(dom, i, out, max, PITH_EL_DROPPED, false);
}

/* The bytes that end a run of append_collapsed: the end of the text and
 * HTML's ASCII whitespace (pith_ascii_is_space), looked up once per byte of
 * every text the stages read. */
static const bool ENDS_RUN[256] = {
    [0] = true, [' '] = true, ['\t'] = true, ['\n'] = true, ['\f'] = true, ['\r'] = true,
};

/* Append s to out with whitespace runs collapsed to one space (none before
 * the first word after start), a run of other bytes at a time.  With max,
 * stop once out holds max bytes after start; the word that reaches it may
 * end one byte over, as when each byte was checked before it went in. */
static void append_collapsed(pith_buf *out, const char *s, size_t start, size_t max,
                             bool *space)
{
    while (*s) {
        if (max && out->len - start >= max)
            return;
        if (pith_ascii_is_space(*s)) {
            *space = true;
            s++;
            continue;
        }
        size_t run = 1;
        while (!ENDS_RUN[(unsigned char)s[run]])
            run++;
        if (*space && out->len > start)
            pith_buf_putc(out, ' ');
        *space = false;
        size_t take = run;
        if (max) {
            size_t used = out->len - start + 1; /* with the run's first byte */
            size_t rest = used >= max ? 0 : max - used;
            if (take - 1 > rest)
                take = 1 + rest;
        }
        pith_buf_append(out, s, take);
        s += take;
    }
}

void pith_el_text_ex(const pith_dom *dom, uint32_t i, pith_buf *out, size_t max,
                     uint32_t skip_flags, bool own_only)
{
    pith_walker w;
    pith_walker_init(&w, dom, i, skip_flags);
    bool space = out->len > 0 && out->data[out->len - 1] != ' ';
    size_t start = out->len;
    pith_walk_event ev;
    while ((ev = pith_walker_next(&w)) != PITH_WALK_DONE) {
        if (max && out->len - start >= max)
            break;
        const pith_el *el = &dom->els[w.el];
        bool skip_block = own_only && (el->flags & PITH_EL_BLOCK) && el->tag != GUMBO_TAG_BR;
        if (ev == PITH_WALK_ENTER && w.el != i && (is_invisible_tag(el->tag) || skip_block)) {
            /* skip the subtree: pop what we just pushed */
            w.depth--;
            space = space || skip_block;
            continue;
        }
        if (ev != PITH_WALK_TEXT) {
            if (el->flags & PITH_EL_BLOCK)
                space = true;
            continue;
        }
        append_collapsed(out, w.text->v.text.text, start, max, &space);
    }
    pith_walker_free(&w);
    /* A cut at max may have split a character: drop its first bytes. */
    if (max && out->len > start) {
        size_t end = out->len, k = end;
        while (k > start && ((unsigned char)out->data[k - 1] & 0xC0) == 0x80)
            k--;
        if (k > start && (unsigned char)out->data[k - 1] >= 0xC0) {
            uint32_t cp;
            int need = pith_utf8_decode(out->data + k - 1, end - (k - 1), &cp);
            bool genuine = need == 3 && (unsigned char)out->data[k - 1] == 0xEF;
            if (cp == 0xFFFD && !genuine)
                pith_buf_truncate(out, k - 1);
        }
    }
}
