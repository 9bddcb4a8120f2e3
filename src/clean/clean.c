/*
 * clean.c — stage 3 of the pipeline: remove what is never article content.
 *
 * Passes over the flat element table, each a plain loop:
 *   1. match every element's class and id once against the category
 *      patterns (rules/class_tokens.c), and note what the page hides;
 *   2. find the element holding the most prose (and itemprop=articleBody)
 *      and mark its ancestors: nothing on that path is removed by a rule
 *      about wrappers, so a "has-sidebar" class on the page wrapper or an
 *      ASP.NET <form> around the whole page cannot take the article along;
 *   3. drop by structure: tags (script, nav, aside...), hidden elements,
 *      ARIA roles, advertising attributes, microdata metadata, class/id
 *      categories (not when several paragraphs of prose sit under an ad or
 *      sidebar name, nor an inline element inside a sentence);
 *   4. drop by text: labels and short blocks that are a boilerplate phrase
 *      ("Advertisement", "Share this", "You may also like"), calls to action,
 *      copyright, cookie, credit and attribution lines; a boilerplate heading
 *      takes the section it introduces with it.
 */
#include "clean.h"

#include <string.h>

#include "pagetype/pagetype.h"
#include "rules/rules.h"
#include "rules/product_boxes.h"
#include "rules/poster_names.h"
#include "rules/tags.h"
#include "util/ascii.h"
#include "util/fnv.h"

#define ATTR_NORM_MAX 512

/* Static explain names per category, for the class rules. */
#define CLASS_RULE_NAME(name) "class:" #name,
static const char *const class_rule_names[PITH_CAT_COUNT] = {
    "class", PITH_CAT_EACH(CLASS_RULE_NAME)};

/* ---------------------------------------------------------- pass 1 */

static void mark_path(pith_dom *dom, uint32_t i)
{
    while (i != PITH_NO_EL && !(dom->els[i].flags & PITH_EL_HOLDS_MAIN)) {
        dom->els[i].flags |= PITH_EL_HOLDS_MAIN;
        i = dom->els[i].parent;
    }
}

static bool shown_on_desktop(const char *norm);
static bool token_ends_with_word(const char *norm, const char *const *words, size_t n);
static size_t class_and_id_of(const char *cls, const char *id, char *out, size_t cap);
static bool is_code(const pith_el *el);

/* How much a boilerplate category around an element speaks against it
 * holding the article (a factor on its prose). */
static double category_penalty(pith_category cat)
{
    switch (cat) {
    case PITH_CAT_COMMENTS: case PITH_CAT_RELATED: case PITH_CAT_AD:
    case PITH_CAT_COOKIE: case PITH_CAT_NEWSLETTER: case PITH_CAT_PAYWALL:
    case PITH_CAT_PROMO: case PITH_CAT_HIDDEN:
        return 0.2;
    case PITH_CAT_NONE:
    case PITH_CAT_REVIEWS: /* a review article's own class; a product's are dropped by type */
        return 1.0;
    default:
        return 0.6; /* sidebars, widgets, footers: often mislabelled wrappers */
    }
}

/* A modal dialog: shown over the page when a button opens it (a size
 * guide, the shop's terms, a cart drawer), by its role or aria-modal. */
static bool modal_dialog(const pith_el *el)
{
    const char *role = pith_attr(el, "role");
    return (role && (pith_ascii_ieq(role, "dialog") || pith_ascii_ieq(role, "alertdialog"))) ||
           pith_ascii_ieq(pith_attr(el, "aria-modal"), "true");
}

/* A <dialog> without the open attribute: HTML does not render it until a
 * script opens it (a contact or sign-up form, a video player, a login
 * box), so no reader sees it with the page.  gumbo knows no such tag. */
static bool closed_dialog(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return el->tag == GUMBO_TAG_UNKNOWN && !pith_attr(el, "open") &&
           strcmp(pith_tag_name(el, &ctx->scratch), "dialog") == 0;
}

/* Mark the ancestors of itemprop=articleBody elements and of the element
 * that holds the most prose directly (own text, inline children and
 * paragraph children, links left out; never in a footer or a menu),
 * discounted when it sits in a comments section, a related list or
 * similar. */
static void mark_main_path(pith_dom *dom)
{
    uint32_t best = PITH_NO_EL;
    double best_prose = 0;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        if (el->text == 0 || el->tag == GUMBO_TAG_HEAD) {
            i = el->end - 1;
            continue;
        }
        const char *ip = pith_attr(el, "itemprop");
        if (ip && strstr(ip, "articleBody"))
            mark_path(dom, i);
        if (el->tag == GUMBO_TAG_BODY || el->tag == GUMBO_TAG_HTML)
            continue;
        /* What the page hides is not its prose, nor is a footer's text
         * (its fine print, or all a script's empty shell shows: the
         * site's legal links, which are no page's content), nor a menu's
         * (<nav> or role=navigation: its blurbs of the site's sections). */
        if ((el->flags & PITH_EL_HIDDEN) || pith_el_is_footer(el) || pith_el_is_nav(el)) {
            i = el->end - 1;
            continue;
        }
        pith_prose pr = pith_el_prose(dom, i, true);
        double prose = pr.chars * category_penalty((pith_category)el->cat_in);
        if (prose > best_prose) {
            best_prose = prose;
            best = i;
        }
    }
    if (best != PITH_NO_EL)
        mark_path(dom, best);
    dom->prose = best;
}

/* Match every element's class and id once: its own category, the inherited
 * one, and whether it looks like content. */
/* The class/id strings of one page already matched, with their answers:
 * pages repeat a few class strings on many elements ("item", "card-link"),
 * and the answer depends on the string only. */
#define CLASS_MEMO_MAX (1u << 16) /* slots: 1 MB at most, each memo below */
#define CLASS_MEMO_PROBES 64

typedef struct class_memo_slot {
    const char *norm; /* NULL: empty slot */
    uint32_t len;
    uint8_t cat;
    int8_t positive;
} class_memo_slot;

typedef struct class_memo {
    class_memo_slot *slots; /* NULL: no memo (out of memory) */
    uint32_t mask;
    pith_arena *arena;
} class_memo;

static void class_memo_init(class_memo *m, pith_dom *dom)
{
    uint32_t size = 64;
    while (size < 2 * dom->n && size < CLASS_MEMO_MAX)
        size *= 2;
    m->slots = pith_arena_calloc(dom->arena, size, sizeof *m->slots);
    m->mask = size - 1;
    m->arena = dom->arena;
}

/* The slot for norm: its answer when known (norm set), else the empty
 * slot to fill; NULL without a memo or when its neighbourhood is full (the
 * string is then matched without the memo, so work stays linear). */
static class_memo_slot *class_memo_find(class_memo *m, const char *norm, size_t n)
{
    if (!m->slots)
        return NULL;
    uint32_t h = PITH_FNV1A_32_BASIS;
    for (size_t k = 0; k < n; k++)
        h = pith_fnv1a_32(h, (unsigned char)norm[k]);
    for (uint32_t probe = 0; probe <= m->mask && probe < CLASS_MEMO_PROBES; probe++) {
        class_memo_slot *s = &m->slots[(h + probe) & m->mask];
        if (!s->norm || (s->len == n && memcmp(s->norm, norm, n) == 0))
            return s;
    }
    return NULL;
}

/* The same answers keyed on an element's raw class and id values (the id
 * left out when it is its heading's anchor): an element whose attributes
 * were seen before skips the normalising too.  As many slots as the memo
 * above, 16 bytes each: the id, the element that holds the class, and the
 * answer's slot in the memo above. */
typedef struct raw_class_slot {
    const char *id;
    uint32_t el;   /* + 1; 0: empty slot */
    uint32_t norm; /* the index of the answer's slot in the memo of strings */
} raw_class_slot;

typedef struct raw_class_memo {
    raw_class_slot *slots; /* NULL: no memo (out of memory) */
    uint32_t mask;
    const pith_dom *dom;
} raw_class_memo;

static void raw_class_memo_init(raw_class_memo *m, const class_memo *norms, const pith_dom *dom)
{
    m->slots = norms->slots ? pith_arena_calloc(norms->arena, norms->mask + 1, sizeof *m->slots)
                            : NULL;
    m->mask = norms->mask;
    m->dom = dom;
}

static uint32_t fnv1a_str(uint32_t h, const char *s)
{
    for (; s && *s; s++)
        h = pith_fnv1a_32(h, (unsigned char)*s);
    return h;
}

static bool same_attr(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* The slot for the pair: its answer when known (el set), else the empty
 * slot to fill; NULL as class_memo_find. */
static raw_class_slot *raw_class_memo_find(raw_class_memo *m, const char *cls, const char *id)
{
    if (!m->slots)
        return NULL;
    uint32_t h = fnv1a_str(PITH_FNV1A_32_BASIS, cls);
    h = fnv1a_str(pith_fnv1a_32(h, id ? 1u : 2u), id);
    for (uint32_t probe = 0; probe <= m->mask && probe < CLASS_MEMO_PROBES; probe++) {
        raw_class_slot *s = &m->slots[(h + probe) & m->mask];
        if (!s->el || (same_attr(m->dom->els[s->el - 1].cls, cls) && same_attr(s->id, id)))
            return s;
    }
    return NULL;
}

static void classify_class_string(const char *norm, size_t n, uint8_t *cat_out,
                                  int8_t *positive_out)
{
    pith_category cat = pith_rules_match_class(norm, n, NULL, 0);
    if (cat == PITH_CAT_HIDDEN && shown_on_desktop(norm))
        cat = PITH_CAT_NONE;
    *cat_out = (uint8_t)cat;
    *positive_out = (int8_t)pith_rules_positive_class(norm, n);
}

#define HIDDEN_PAGE_MIN_TEXT 200 /* non-space bytes */

/* A hidden element that holds most of the body's text (two thirds, or half
 * with hardly a paragraph shown outside it) is the page itself, hidden
 * until a script has run (a shop's age or region gate, an app's loading
 * screen) and shown to every reader after it: it counts as shown.  A page
 * that shows paragraphs of its own beside a hidden half hides it for good. */
static bool holds_the_page(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if (dom->body == PITH_NO_EL || el->text < HIDDEN_PAGE_MIN_TEXT)
        return false;
    const pith_el *body = &dom->els[dom->body];
    return (uint64_t)el->text * 3 > (uint64_t)body->text * 2 ||
           ((uint64_t)el->text * 2 > body->text && body->paras - el->paras < 2);
}

/* Does element i, hidden by its style, hold the product's name (its
 * page's one <h1>), with more than a line besides?  A shop's page may be
 * drawn hidden and shown by its script once the page has loaded; no shop
 * hides its product's name for good. */
static bool holds_the_product(const pith_dom *dom, uint32_t i, uint32_t name)
{
    const pith_el *el = &dom->els[i];
    return name != PITH_NO_EL && i < name && name < el->end && el->text >= HIDDEN_PAGE_MIN_TEXT;
}

#define ANCHOR_MIN_MATCH 3 /* letters and digits an id shares with its heading's text */

/* The next letter or digit at or after *s (lower case), past the leading
 * numbers when lead is set; 0 at the end. */
static char next_alnum(const char **s, bool lead)
{
    for (; **s; (*s)++) {
        char c = pith_ascii_lower(**s);
        if ((c >= 'a' && c <= 'z') || (!lead && c >= '0' && c <= '9')) {
            (*s)++;
            return c;
        }
    }
    return 0;
}

/* How many letters and digits id and text share in order, from the
 * first letter on, until one of them ends or the two differ; *id_ended
 * and *text_ended say which ended there. */
static size_t shared_anchor_letters(const char *id, const char *text, bool *id_ended,
                                    bool *text_ended)
{
    size_t same = 0;
    bool lead = true;
    for (;;) {
        char a = next_alnum(&id, lead), b = next_alnum(&text, lead);
        lead = false;
        *id_ended = a == 0;
        *text_ended = b == 0;
        if (a == 0 || b == 0 || a != b)
            return same;
        same++;
    }
}

/* Is the id the heading's own text made an anchor ("captions" of
 * "Captions", "_discussion" of "DISCUSSION", "more-on-lists" of "5.1. More
 * on Lists"), its letters and digits the text's, in order, from the first
 * letter on?  A one-letter part before it is the editor's mark of a
 * heading's anchor ("h-what-is-social-shopping", as WordPress's block
 * editor writes them), not a word. */
static bool id_is_anchor_of(const char *id, const char *text)
{
    bool id_ended, text_ended;
    size_t same = shared_anchor_letters(id, text, &id_ended, &text_ended);
    if (id_ended && same >= ANCHOR_MIN_MATCH)
        return true;
    if (!pith_ascii_is_alpha(id[0]) || (id[1] != '-' && id[1] != '_'))
        return false;
    same = shared_anchor_letters(id + 2, text, &id_ended, &text_ended);
    return id_ended && same >= ANCHOR_MIN_MATCH;
}

/* A section's id made of its heading's whole text and more
 * ("receive-and-reply-to-an-inbound-sms-message-section" of "Receive and
 * reply to an inbound SMS message"): from SECTION_ANCHOR_MIN letters and
 * digits on, a heading's words, not a name of furniture, even when they
 * say "reply" or "sign up".  The heading is looked for among the first
 * SECTION_HEADING_SCAN elements inside the section. */
#define SECTION_ANCHOR_MIN 20
#define SECTION_HEADING_SCAN 4

/* Does the id open with all the letters and digits of the text, in order
 * (at least SECTION_ANCHOR_MIN of them)? */
static bool id_opens_with_anchor_of(const char *id, const char *text)
{
    bool id_ended, text_ended;
    size_t same = shared_anchor_letters(id, text, &id_ended, &text_ended);
    return text_ended && same >= SECTION_ANCHOR_MIN;
}

/* The first heading among the first elements inside i, PITH_NO_EL if none. */
static uint32_t opening_heading(const pith_dom *dom, uint32_t i)
{
    return pith_dom_first_heading(dom, i, SECTION_HEADING_SCAN, false);
}

/* The id of an element to read with its class, NULL when it has none or
 * when the id is the anchor of its own heading: that names the section,
 * not furniture.  A heading's id is its own text made an anchor (a cookie
 * banner's "policy-title" still names furniture); a section's opens with
 * its heading's. */
static const char *kept_id(const pith_dom *dom, uint32_t i, pith_buf *text)
{
    const pith_el *el = &dom->els[i];
    const char *id = pith_attr(el, "id");
    if (!id)
        return NULL;
    uint32_t h = pith_dom_heading_of(dom, i, SECTION_HEADING_SCAN, false);
    if (h == PITH_NO_EL)
        return id;
    pith_buf_clear(text);
    pith_el_text(dom, h, text, ATTR_NORM_MAX);
    if (!text->data ||
        !(h == i ? id_is_anchor_of(id, text->data) : id_opens_with_anchor_of(id, text->data)))
        return id;
    return NULL;
}

/* The answer for a class and id, through the memo of normalised strings
 * (its slot there, NULL when not kept); norm is scratch of ATTR_NORM_MAX
 * bytes.  No string: no answer (len 0). */
static class_memo_slot class_answer(class_memo *memo, const char *cls, const char *id, char *norm,
                                    const class_memo_slot **kept)
{
    class_memo_slot a = {NULL, 0, PITH_CAT_NONE, 0};
    *kept = NULL;
    size_t n = class_and_id_of(cls, id, norm, ATTR_NORM_MAX);
    if (n == 0)
        return a;
    class_memo_slot *slot = class_memo_find(memo, norm, n);
    if (slot && !slot->norm && (slot->norm = pith_arena_strndup(memo->arena, norm, n)) != NULL) {
        classify_class_string(norm, n, &slot->cat, &slot->positive);
        slot->len = (uint32_t)n;
    }
    if (slot && slot->norm) {
        *kept = slot;
        return *slot;
    }
    classify_class_string(norm, n, &a.cat, &a.positive);
    return a;
}

/* Element i's category and content mark from its class and id. */
static void classify_element_class(pith_dom *dom, uint32_t i, class_memo *memo,
                                   raw_class_memo *raw, pith_buf *text, char *norm)
{
    pith_el *el = &dom->els[i];
    const char *id = kept_id(dom, i, text);
    if (!el->cls && !id)
        return;
    raw_class_slot *r = raw_class_memo_find(raw, el->cls, id);
    class_memo_slot a;
    if (r && r->el) {
        a = memo->slots[r->norm];
    } else {
        const class_memo_slot *kept;
        a = class_answer(memo, el->cls, id, norm, &kept);
        if (r && kept)
            *r = (raw_class_slot){id, i + 1, (uint32_t)(kept - memo->slots)};
    }
    el->cat = a.cat;
    el->positive = a.positive;
    if (a.norm && a.len > 0 && a.len <= UINT16_MAX) { /* for the meta stage */
        el->norm = a.norm;
        el->norm_len = (uint16_t)a.len;
    }
}

/* Returns true when it found the page hidden until a script shows it. */
static bool classify_classes(pith_dom *dom)
{
    bool revealed = false;
    char norm[ATTR_NORM_MAX];
    pith_buf text = PITH_BUF_INIT;
    class_memo memo;
    class_memo_init(&memo, dom);
    raw_class_memo raw;
    raw_class_memo_init(&raw, &memo, dom);
    for (uint32_t i = 0; i < dom->n; i++) {
        pith_el *el = &dom->els[i];
        el->cat = PITH_CAT_NONE;
        el->positive = 0;
        classify_element_class(dom, i, &memo, &raw, &text, norm);
        uint8_t inherited = el->parent != PITH_NO_EL ? dom->els[el->parent].cat_in : 0;
        el->cat_in = el->cat ? el->cat : inherited;
        /* Hidden by the page itself (an inline style or the hidden
         * attribute; aria-hidden hides from assistive technology only),
         * inherited: never where the article is looked for, unless it is
         * the page itself, hidden until a script shows it. */
        bool hides = (pith_el_hidden_by(el) & (PITH_HIDDEN_ATTR | PITH_HIDDEN_STYLE)) != 0;
        bool page = hides && holds_the_page(dom, i);
        if ((hides && !page) ||
            (el->parent != PITH_NO_EL && (dom->els[el->parent].flags & PITH_EL_HIDDEN)))
            el->flags |= PITH_EL_HIDDEN;
        else if (page)
            revealed = true;
    }
    pith_buf_free(&text);
    return revealed;
}

/* ---------------------------------------------------------- pass 2 */

/* The class + id string of an element, normalised; its length. */
size_t pith_class_and_id(const pith_el *el, char *out, size_t cap)
{
    return class_and_id_of(el->cls, pith_attr(el, "id"), out, cap);
}

/* A utility class that holds a CSS value in brackets, as Tailwind writes
 * one ("top-[var(--nav-height)]", "h-[calc(100vh-var(--header))]"): it
 * says where a box sits, not what it is; the words in its value name
 * other boxes (a feature panel held under the menu's height is no menu). */
static bool holds_a_css_value(const char *token, size_t len)
{
    return memchr(token, '[', len) != NULL;
}

/* Append the tokens of s to raw (k bytes of cap used) while room is left;
 * a token that does not fit is left out whole, with all after it (the
 * first letters of "search_result_item" would read as a search box), and
 * so is a utility class holding a CSS value.  The new length. */
static size_t copy_whole_tokens(char *raw, size_t k, size_t cap, const char *s)
{
    for (;;) {
        while (*s && pith_ascii_is_space(*s) && k + 2 < cap)
            raw[k++] = *s++;
        size_t len = 0;
        while (s[len] && !pith_ascii_is_space(s[len]))
            len++;
        if (len == 0 || k + len + 2 > cap)
            return k;
        if (!holds_a_css_value(s, len)) {
            memcpy(raw + k, s, len);
            k += len;
        }
        s += len;
    }
}

/* The string of a class and an id (either NULL), normalised; its length. */
static size_t class_and_id_of(const char *cls, const char *id, char *out, size_t cap)
{
    char raw[ATTR_NORM_MAX];
    size_t k = 0;
    if (cls)
        k = copy_whole_tokens(raw, k, sizeof raw, cls);
    if (id && k + 2 < sizeof raw) {
        raw[k++] = ' ';
        k = copy_whole_tokens(raw, k, sizeof raw, id);
    }
    return pith_rules_normalize_attr(raw, k, out, cap);
}

/* Does the normalised class + id hold one of the n words anywhere? */
static bool norm_holds_any(const char *norm, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strstr(norm, words[k]))
            return true;
    return false;
}

/* Bootstrap-style "d-none d-md-block": hidden on phones, shown on desktops. */
static bool shown_on_desktop(const char *norm)
{
    static const char *const shows[] = {"d-md-", "d-lg-", "d-xl-", "d-sm-", "visible-md",
                                        "visible-lg", "show-for-medium", "show-for-large"};
    return norm_holds_any(norm, shows, sizeof shows / sizeof shows[0]);
}

static bool has_ad_attribute(const pith_el *el)
{
    const GumboVector *attrs = &el->node->v.element.attributes;
    for (unsigned a = 0; a < attrs->length; a++) {
        const char *name = ((GumboAttribute *)attrs->data[a])->name;
        if (name[0] != 'd')
            continue;
        for (const char *const *p = pith_ad_attribute_prefixes; *p; p++) {
            size_t len = strlen(*p);
            bool prefix = (*p)[len - 1] == '-';
            if (prefix ? strncmp(name, *p, len) == 0 : strcmp(name, *p) == 0)
                return true;
        }
    }
    return false;
}

/* Does the element carry a metadata microdata property (itemprop may
 * hold several space-separated names)? */
static bool has_meta_itemprop(const pith_el *el)
{
    if (!pith_attr(el, "itemprop"))
        return false;
    for (const char *const *p = pith_meta_itemprops; *p; p++)
        if (pith_el_itemprop_holds(el, *p))
            return true;
    return false;
}

static const pith_tag_rule *tag_rule(GumboTag tag)
{
    for (const pith_tag_rule *r = pith_tag_rules; r->tag != GUMBO_TAG_UNKNOWN; r++)
        if (r->tag == tag)
            return r;
    return NULL;
}

static const char *role_rule(const pith_el *el)
{
    const char *role = pith_attr(el, "role");
    if (!role)
        return NULL;
    for (const pith_role_rule *r = pith_role_rules; r->role; r++)
        if (pith_ascii_ieq(role, r->role))
            return r->rule;
    return NULL;
}

#define TAB_ROW_SCAN_MAX 64 /* elements of a row of tabs looked through: a few labels */

/* A row of tab buttons without the role that names it (role=tablist is
 * round the tabs and their panels together): a list whose text is all in
 * links marked role=tab.  The labels of the tabs, not text of the page,
 * as the row a role=tablist marks is. */
static bool row_of_tabs(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if ((el->tag != GUMBO_TAG_OL && el->tag != GUMBO_TAG_UL) || el->links == 0 ||
        el->link_text != el->text || el->end - i > TAB_ROW_SCAN_MAX)
        return false;
    for (uint32_t j = i + 1; j < el->end; j++) {
        const pith_el *a = &dom->els[j];
        const char *r = a->tag == GUMBO_TAG_A ? pith_attr(a, "role") : NULL;
        if (a->tag == GUMBO_TAG_A && a->text > 0 && !(r && pith_ascii_ieq(r, "tab")))
            return false;
    }
    return true;
}

#define TABPANEL_SEARCH_MAX 1024 /* elements of a tab list looked through for a
                                    panel: an accordion's first panel comes early */

/* An accordion marked up as a tab list (role=tablist round the whole of
 * it, as Bootstrap's panel-group is) holds its panels (role=tabpanel),
 * and with them paragraphs or lists: a row of tabs holds their labels
 * only. */
static bool accordion_as_tablist(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    const char *role = pith_attr(el, "role");
    if (!role || !pith_ascii_ieq(role, "tablist"))
        return false;
    if (el->paras > 0)
        return true;
    uint32_t stop = el->end - i > TABPANEL_SEARCH_MAX ? i + TABPANEL_SEARCH_MAX : el->end;
    for (uint32_t j = i + 1; j < stop; j++) {
        const char *r = pith_attr(&dom->els[j], "role");
        if (r && pith_ascii_ieq(r, "tabpanel") && dom->els[j].text > 0)
            return true;
    }
    return false;
}

/* Wrappers are sometimes named after what sits beside the article
 * ("grid-layout--adrail", "content-with-sidebar", a second half of the text
 * in a "paywall" element).  Ads, sidebars, notices and metadata are short or
 * link-heavy; several paragraphs of prose under such a name are the article
 * itself (a "hidden" class, unlike an inline style, often marks the rest of
 * a story folded behind a "read more" button).  Comments, related lists and sign-up boxes can be prose too, so
 * their names are always trusted. */
static bool mislabelled_prose(const pith_el *el, pith_category cat)
{
    switch (cat) {
    case PITH_CAT_COMMENTS: case PITH_CAT_RELATED: case PITH_CAT_NEWSLETTER:
    case PITH_CAT_AUTHOR: case PITH_CAT_COOKIE:
        return false;
    default:
        break;
    }
    uint32_t prose = el->text - el->link_text;
    return el->paras >= 3 && prose >= 800 && el->link_text * 10 < el->text * 3;
}

#define PROSE_UNDER_HEADING_MIN 40 /* non-space bytes of unlinked text: a sentence */
#define SECTION_LINK_SHARE_MAX 0.2 /* of a section's text in links, at most */

/* Does heading h, holding no link, have a paragraph of prose right after it? */
static bool heading_over_prose(const pith_dom *dom, uint32_t h)
{
    const pith_el *el = &dom->els[h];
    if (!pith_tag_is_heading((GumboTag)el->tag) || el->text == 0 || el->link_text > 0 ||
        el->parent == PITH_NO_EL || el->end >= dom->els[el->parent].end)
        return false;
    const pith_el *next = &dom->els[el->end];
    return next->tag == GUMBO_TAG_P && next->text - next->link_text >= PROSE_UNDER_HEADING_MIN;
}

bool pith_clean_opens_a_section(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    uint32_t h = opening_heading(dom, i);
    return h != PITH_NO_EL && el->link_text <= SECTION_LINK_SHARE_MAX * el->text &&
           heading_over_prose(dom, h);
}

#define SECTION_LEAD_BLOCKS 4 /* blocks after a heading read for its section's text */

/* Does heading h open a run of text: a sentence's worth of text that is
 * not links (PROSE_UNDER_HEADING_MIN) in the blocks right after it, up to
 * the next heading, SECTION_LEAD_BLOCKS at most?  The first may be short
 * ("Here's the template I use:" over the code, "Why names first?" over
 * "Because names outlive code."), and the heading may link its subject (a
 * book's title to the book); a menu's heading tops links. */
static bool heading_over_text(const pith_dom *dom, uint32_t h)
{
    const pith_el *el = &dom->els[h];
    if (el->text == 0 || el->parent == PITH_NO_EL)
        return false;
    uint32_t end = dom->els[el->parent].end, own = 0, s = el->end;
    for (int n = 0; n < SECTION_LEAD_BLOCKS && s < end && own < PROSE_UNDER_HEADING_MIN;
         n++, s = dom->els[s].end) {
        if (pith_tag_is_heading((GumboTag)dom->els[s].tag))
            break;
        own += dom->els[s].text - dom->els[s].link_text;
    }
    return own >= PROSE_UNDER_HEADING_MIN;
}

/* A heading or a box whose class or id names it a part of navigation
 * ("header-anchor-post", "tocHeader", "anchorWithStickyNavbar", a box
 * "toc_should-you-invest": the anchor a table of contents or a permalink
 * points at) is a section of the text when the heading has text right
 * after it (heading_over_text), or the box's opening heading a paragraph
 * of prose; a menu's heading tops its links, a table of contents is
 * links. */
static bool section_named_as_navigation(const pith_dom *dom, uint32_t i, pith_category cat)
{
    if (cat != PITH_CAT_NAV)
        return false;
    if (pith_tag_is_heading((GumboTag)dom->els[i].tag))
        return heading_over_text(dom, i);
    return pith_clean_opens_a_section(dom, i);
}

#define NAV_CARD_TEXT_MIN 120 /* non-space bytes of a card: a title and a sentence about it */
#define NAV_CARD_LINKS_MAX 1    /* links of a card: its own, to the page it presents */

/* A landing page presents its services as a grid of cards, each linking
 * to the service's page with its title and a sentence about it; a class
 * may name such a card for navigation ("svc-navCard", a tab's
 * "tabbar-menu-item").  A menu holds many links of a few words each; on a
 * service's page a box with one link at most and a sentence's worth of
 * text is a card of the page's content.  (On other pages such boxes are
 * as often a carousel's quotes or teasers the page's text leaves out:
 * measured, the rule lifts service pages only.) */
static bool card_named_as_navigation(const pith_ctx *ctx, uint32_t i, pith_category cat)
{
    const pith_el *el = &ctx->dom.els[i];
    if (cat != PITH_CAT_NAV || ctx->pagetype != PITH_PAGE_SERVICE)
        return false;
    return el->links <= NAV_CARD_LINKS_MAX && el->text >= NAV_CARD_TEXT_MIN;
}

/* Navigation, sidebars, footers, pagers and lists of other pages are
 * blocks of the page's layout.  An inline element inside running prose
 * whose class happens to say "menu" or "nav" (a formula with a context
 * menu, a tooltip), or "recommendation" (a link a site's software sets on
 * a phrase of the sentence, "recommendation-inline-link"), is part of the
 * sentence. */
static bool inline_in_prose(const pith_dom *dom, uint32_t i, pith_category cat)
{
    if (cat != PITH_CAT_NAV && cat != PITH_CAT_SIDEBAR && cat != PITH_CAT_FOOTER &&
        cat != PITH_CAT_PAGINATION && cat != PITH_CAT_PROMO && cat != PITH_CAT_RELATED)
        return false;
    const pith_el *el = &dom->els[i];
    if ((el->flags & PITH_EL_BLOCK) || el->blocks > 0 || el->parent == PITH_NO_EL)
        return false;
    const pith_el *p = &dom->els[el->parent];
    return p->tag == GUMBO_TAG_P || pith_el_prose(dom, el->parent, false).chars >= 80;
}

/* A hover card: an inline element inside a paragraph that opens with a
 * picture and holds nothing but links (after a person's name in the
 * sentence, shown only when the name is hovered: their photo and a list of
 * their latest stories).  No sentence is made of that.  The wrapper of the
 * name and the card opens with the name, and stays. */
static bool hover_card(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if ((el->flags & PITH_EL_BLOCK) || el->blocks > 0 || el->links < 3 || el->text < 80 ||
        (uint64_t)el->link_text * 10 < (uint64_t)el->text * 9)
        return false;
    bool in_paragraph = false;
    uint32_t p = el->parent;
    for (int up = 0; up < 4 && p != PITH_NO_EL && !in_paragraph; up++, p = dom->els[p].parent)
        in_paragraph = dom->els[p].tag == GUMBO_TAG_P;
    if (!in_paragraph)
        return false;
    for (uint32_t j = i + 1; j < el->end; j++) {
        if (dom->els[j].tag == GUMBO_TAG_IMG)
            return true;
        if (dom->els[j].own_text > 0)
            return false; /* text before any picture */
    }
    return false;
}

#define CARD_FOOTER_SCAN_MAX 64 /* elements looked at under a card's footer: a few lines */

/* A footer word in a class that names a card's part ("card-footer",
 * "CustomerCardFooter") names the bottom of one card, not the page's
 * footer.  Most card footers hold a button, a price or a date, which go; one
 * holding a heading (a customer's quote set as the card's title) holds the
 * card's own text. */
static bool card_footer_with_heading(const pith_dom *dom, uint32_t i, pith_category cat)
{
    char cls[256]; /* normalised: lower case, parts split by '-' */
    if (cat != PITH_CAT_FOOTER || !pith_class_and_id(&dom->els[i], cls, sizeof cls) ||
        !strstr(cls, "card-footer"))
        return false;
    return pith_dom_first_heading(dom, i, CARD_FOOTER_SCAN_MAX, true) != PITH_NO_EL;
}

/* Class words of a block quote that embeds a social network's post. */
static const char *const POST_CLASS_WORDS[] = {
    "tweet", "twitter", "instagram", "tiktok", "facebook", "fb-", "reddit", "bluesky",
    "mastodon", "threads", "linkedin", "embed",
};

static bool post_class(const pith_el *el)
{
    char cls[256]; /* normalised: lower case already */
    size_t n = pith_class_and_id(el, cls, sizeof cls);
    for (size_t k = 0; n && k < sizeof POST_CLASS_WORDS / sizeof POST_CLASS_WORDS[0]; k++)
        if (strstr(cls, POST_CLASS_WORDS[k]))
            return true;
    return false;
}

bool pith_clean_quoted_post(const pith_dom *dom, uint32_t i, pith_category cat)
{
    if (cat != PITH_CAT_SHARE && cat != PITH_CAT_SIDEBAR && cat != PITH_CAT_PROMO)
        return false;
    for (uint32_t j = i + 1; j < dom->els[i].end; j++) {
        const pith_el *q = &dom->els[j];
        if (q->tag == GUMBO_TAG_BLOCKQUOTE && q->text > 0 &&
            (cat == PITH_CAT_SHARE || post_class(q)))
            return true;
    }
    return false;
}

/* Categories that name the page's furniture beside the content
 * (navigation, sidebars, promotions, lists of other items...), which a
 * page built of many blocks may use for its content blocks too. */
static bool soft_category(pith_category cat)
{
    return cat == PITH_CAT_NAV || cat == PITH_CAT_SIDEBAR || cat == PITH_CAT_PROMO ||
           cat == PITH_CAT_RELATED || cat == PITH_CAT_META || cat == PITH_CAT_CREDIT ||
           cat == PITH_CAT_PAGINATION || cat == PITH_CAT_HIDDEN || cat == PITH_CAT_READMORE;
}

#define LARGE_SHARE 0.4 /* of the body's text: no furniture holds that much */
#define ITEM_PART_DEPTH 4 /* levels from an item down to a part named like it */

/* On a page that is not an article, an element holding a large share of
 * the page's text is its content, whatever its class or tag says: a shop's
 * results in a "search-page-wrapper", a thread's posts inside the
 * moderation <form> of forum software or a column its broken markup calls
 * a sidebar. */
static bool holds_much_of_the_page(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    return ctx->pagetype != PITH_PAGE_ARTICLE && dom->body != PITH_NO_EL &&
           dom->els[i].text > LARGE_SHARE * dom->els[dom->body].text;
}

/* Is el a field its reader fills in: a text area, a choice, an input that
 * is not hidden? */
static bool is_field(const pith_el *el)
{
    return el->tag == GUMBO_TAG_TEXTAREA || el->tag == GUMBO_TAG_SELECT ||
           (el->tag == GUMBO_TAG_INPUT && !pith_ascii_ieq(pith_attr(el, "type"), "hidden"));
}

/* Does form i show its reader nothing to fill in or press (no field but
 * hidden ones, no button), only text?  Forum software wraps each post's
 * text in such a form, for its poster to edit in place (a shop's forms
 * around its cards hold no prose of a post: on a forum only). */
static bool shows_no_field(const pith_dom *dom, uint32_t i)
{
    if (dom->els[i].text == 0)
        return false;
    for (uint32_t k = i + 1; k < dom->els[i].end; k++)
        if (is_field(&dom->els[k]) || dom->els[k].tag == GUMBO_TAG_BUTTON)
            return false;
    return true;
}

#define FORM_PROSE_MIN 200 /* non-space bytes of paragraphs: posts, not a form's labels */

/* A <form> around a thread's posts (forum software's moderation form, with
 * a check box by each post) holds their prose; a search, login, sign-up or
 * reply form holds labels and fields.  On pages that are not articles such
 * a form is content; on articles, one holding the article is kept already
 * (the main path). */
static bool form_of_posts(const pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return el->tag == GUMBO_TAG_FORM && ctx->pagetype != PITH_PAGE_ARTICLE &&
           (holds_much_of_the_page(ctx, i) ||
            (ctx->pagetype == PITH_PAGE_FORUM && shows_no_field(&ctx->dom, i)) ||
            (el->para_text >= FORM_PROSE_MIN && el->link_text * 2 < el->text));
}

#define POST_HEADER_TEXT_MAX 80 /* non-space bytes of a post's header: a name, a time,
                                   a post number; a site's header holds its menus */

/* Does element el say it is a post's poster (schema.org's author)? */
static bool poster_card(const pith_el *el)
{
    const char *prop = pith_attr(el, "itemprop");
    return prop && strstr(prop, "author");
}

/* A thread's posts each open with a <header> of their own (the time the
 * post was written, the poster's name, its number, a share button), as
 * HTML's <header> introduces its nearest section: a short one holding a
 * <time> or the poster's card (itemprop=author) on a forum page is a
 * post's, not the site's header, and the time and name are content. */
static bool header_of_a_post(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->tag != GUMBO_TAG_HEADER || ctx->pagetype != PITH_PAGE_FORUM ||
        el->text > POST_HEADER_TEXT_MAX)
        return false;
    for (uint32_t k = i + 1; k < el->end; k++)
        if (dom->els[k].tag == GUMBO_TAG_TIME || poster_card(&dom->els[k]))
            return true;
    return false;
}

#define ASIDE_QUOTE_SHARE 0.6 /* of an aside's text in its <blockquote>s: a quote under
                                 the quoted poster's name, not a sidebar citing a line */

/* Forum software writes a post's quote of another post as an <aside>: the
 * quoted poster's name (and the thread quoted), then the words quoted in a
 * <blockquote>.  On a forum page such an aside, its text mostly quoted, is
 * part of the post that quotes it; a sidebar is an aside of links and
 * notices. */
static bool quote_in_a_post(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->tag != GUMBO_TAG_ASIDE || ctx->pagetype != PITH_PAGE_FORUM || el->text == 0)
        return false;
    uint32_t quoted = 0;
    for (uint32_t k = i + 1; k < el->end; k++)
        if (dom->els[k].tag == GUMBO_TAG_BLOCKQUOTE) {
            quoted += dom->els[k].text;
            k = dom->els[k].end - 1;
        }
    return quoted >= ASIDE_QUOTE_SHARE * el->text;
}

#define CARD_ELEMENTS_MAX 64 /* elements of a poster's card looked at: a name, a rank,
                                a few figures and dates */

/* Does class c hold one of names? */
static bool class_holds(const char *c, const char *const *names)
{
    for (const char *const *n = names; *n; n++)
        if (strstr(c, *n))
            return true;
    return false;
}

#define POSTER_LINK_TEXT_MAX 40 /* non-space bytes of a poster's name */

/* A link classed as the author, of a name's length and holding nothing
 * else: on a forum, the poster's name in a post's byline ("by <a
 * class=author>jane</a> 17 hours ago"). */
static bool poster_link(const pith_el *el)
{
    return el->tag == GUMBO_TAG_A && el->cat == PITH_CAT_AUTHOR && el->text > 0 &&
           el->text <= POSTER_LINK_TEXT_MAX && el->blocks == 0;
}

/* Does the card at i open with a link of a name's length, its first text
 * (MyBB's "author_information": the poster's name linked to their profile,
 * over their rank and post count, no class naming it)?  Not a card opening
 * with a shorter link: the poster's initials on their avatar, a badge of
 * their trade ("IB").  Looked for up to end, the card's first
 * CARD_ELEMENTS_MAX elements, as the card's other signs are. */
#define POSTER_LINK_TEXT_MIN 3 /* non-space bytes */
static bool opens_with_a_name_link(pith_ctx *ctx, uint32_t i, uint32_t end)
{
    const pith_dom *dom = &ctx->dom;
    for (uint32_t k = i + 1; k < end; k++) {
        const pith_el *el = &dom->els[k];
        if (el->tag == GUMBO_TAG_A && el->text > 0) {
            if (el->text < POSTER_LINK_TEXT_MIN || el->text > POSTER_LINK_TEXT_MAX ||
                el->blocks > 0)
                return false;
            pith_buf name = PITH_BUF_INIT;
            pith_el_text(dom, k, &name, 0);
            const char *card = pith_ctx_text(ctx, i, name.len);
            bool first = name.len > 0 && !strncmp(card, name.data, name.len);
            pith_buf_free(&name);
            return first;
        }
    }
    return false;
}

/* On a forum, forum software writes each post's profile panel and byline
 * ("postprofile", "author", "user-info") as an author box: one that shows
 * the poster's name (a user name, schema.org's author or name) or when the
 * post was written is left to the content stage, which keeps the name and
 * the time alone (forum.c); a signature shows neither, and goes.  So is a
 * popup member menu ("popupmenu memberaction", read as a promo): its handle
 * is the poster's name; its items ("View Profile") go in forum.c. */
static bool card_of_a_poster(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if (ctx->pagetype != PITH_PAGE_FORUM)
        return false;
    if (pith_el_shows_its_user_name(dom, i))
        return true; /* the poster's name, in a link named as a menu's handle */
    if (dom->els[i].cat != PITH_CAT_AUTHOR && dom->els[i].cat != PITH_CAT_PROMO)
        return false;
    if (poster_link(&dom->els[i]))
        return true;
    uint32_t end = dom->els[i].end;
    if (end - i > CARD_ELEMENTS_MAX)
        end = i + CARD_ELEMENTS_MAX;
    for (uint32_t k = i; k < end; k++) {
        const pith_el *el = &dom->els[k];
        const char *prop = pith_attr(el, "itemprop");
        if ((prop && (strstr(prop, "author") || strstr(prop, "name"))) ||
            pith_rules_class_names_a_user(el->cls) || pith_pagetype_shows_a_time(ctx, k, true))
            return true;
    }
    return opens_with_a_name_link(ctx, i, end);
}

#define POST_HEADER_DEPTH 4 /* levels from a post's header down to its time */

/* Is element i a post's header (header_of_a_post) or inside one? */
static bool in_header_of_a_post(const pith_ctx *ctx, uint32_t i)
{
    if (ctx->pagetype != PITH_PAGE_FORUM)
        return false;
    for (int up = 0; up <= POST_HEADER_DEPTH && i != PITH_NO_EL; up++, i = ctx->dom.els[i].parent)
        if (header_of_a_post(ctx, i))
            return true;
    return false;
}

/* A page of items (a shop's category, a search's results, a list of posts)
 * is its largest run of alike linked items: that run's members, the box
 * around them and every box around that are the content, however they are
 * named ("search-grid", "results-sidebar", "content-feed", "tiles hidden"
 * until a script lays them out). */
static bool holds_the_grid(const pith_ctx *ctx, uint32_t i)
{
    if ((ctx->pagetype != PITH_PAGE_COLLECTION && ctx->pagetype != PITH_PAGE_LISTING) ||
        ctx->grid_first == PITH_NO_EL)
        return false;
    const pith_dom *dom = &ctx->dom;
    uint32_t box = dom->els[ctx->grid_first].parent;
    if (i <= box && box < dom->els[i].end)
        return true; /* the box, or a box around it */
    return dom->els[i].parent == box && i >= ctx->grid_first && i <= ctx->grid_last;
}

/* On a page of items, a <form> beside the grid (neither around it nor
 * inside one of its cards) holds the list's filters and sort order: check
 * boxes of sizes, colours and prices, "Sort by", with a line of advice
 * ("select your nearest whole size") that may be the page's densest prose.
 * It goes even on the path to that prose; a search box or a sign-up form
 * goes too. */
static bool beside_the_grid(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if ((ctx->pagetype != PITH_PAGE_COLLECTION && ctx->pagetype != PITH_PAGE_LISTING) ||
        ctx->grid_first == PITH_NO_EL)
        return false;
    uint32_t box = dom->els[ctx->grid_first].parent;
    bool around = i <= box && box < dom->els[i].end;
    bool inside = i > ctx->grid_first && i < dom->els[ctx->grid_last].end;
    return !around && !inside;
}

static bool form_beside_the_grid(const pith_ctx *ctx, uint32_t i)
{
    return ctx->dom.els[i].tag == GUMBO_TAG_FORM && beside_the_grid(ctx, i);
}

#define CHOICES_MIN 6       /* check boxes and radio buttons of a panel of filters or of
                               a product's options (a form's few yes-or-no questions have
                               fewer) */
#define CHOICE_LABEL_MAX 24 /* non-space bytes per choice: "Dark blue (12)", not a card */

/* A box made of check boxes and radio buttons with their labels and
 * little else, whatever the language of its words, is a shop's: on a page
 * of items, beside the grid, the list's filters drawn by a script without
 * a <form> (brands, sizes, price bands to tick, under headings "Brand",
 * "Price"); on a product's page, the picker of its options (sizes,
 * colours, packs), not what the page says of the product.  choices holds
 * the check boxes and radio buttons each element holds.  The rule's name,
 * or NULL. */
static const char *box_of_choices(const pith_ctx *ctx, uint32_t i, const uint32_t *choices)
{
    GumboTag t = (GumboTag)ctx->dom.els[i].tag;
    if (t == GUMBO_TAG_MAIN || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TR)
        return NULL; /* the page's main region; a table's rows, each ticked */
    if (!choices || choices[i] < CHOICES_MIN ||
        ctx->dom.els[i].text > (uint64_t)choices[i] * CHOICE_LABEL_MAX)
        return NULL;
    if (ctx->pagetype == PITH_PAGE_PRODUCT)
        return "structure:option-picker";
    return beside_the_grid(ctx, i) ? "structure:filter-form" : NULL;
}

/* The labels a list's panel of filters opens with, as a heading or as its
 * toggle's text, in the languages of the phrase rules: English, German,
 * French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish and the
 * rest of Scandinavia, Czech, Japanese and Chinese.  None is a card's name
 * or a section's title. */
static const char *const filter_labels[] = {
    "filter", "filters", "filter by", "filter results", "filter products", "refine",
    "refine by", "refine results", "refine search", "narrow by", "narrow results",
    "narrow your results", "show filters", "all filters", "filtern", "filtrer", "filtres",
    "affiner", "filtrar", "filtros", "filtri", "filtra", "filteren", "filtry", "filtruj",
    "filtrera", "filtre", "filtrovat", "\xe7\xb5\x9e\xe3\x82\x8a\xe8\xbe\xbc\xe3\x81\xbf",
    "\xe7\xad\x9b\xe9\x80\x89", NULL};

#define FILTER_LABEL_SCAN 16 /* elements looked at for a box's first text: its label is
                                at its head, past a wrapper or two and an icon */

/* Is text (n bytes) a filters label, less the spaces and a colon around it? */
static bool is_filter_label(const char *text, size_t n)
{
    while (n > 0 && (pith_ascii_is_space(*text) || *text == '-')) {
        text++;
        n--;
    }
    while (n > 0 && (pith_ascii_is_space(text[n - 1]) || text[n - 1] == ':'))
        n--;
    for (const char *const *w = filter_labels; *w; w++)
        if (pith_ascii_ieq_n(text, n, *w))
            return true;
    return false;
}

/* On a page of items, a box beside the grid that opens with a filters
 * label ("Filters", "Refine by", "Filtrer") under which its choices are
 * links or buttons (no check box for box_of_choices to count), holding
 * less than the grid: the list's filters. */
static bool labelled_filters(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->text == 0 || !beside_the_grid(ctx, i) ||
        el->text >= dom->els[dom->els[ctx->grid_first].parent].text)
        return false;
    uint32_t end = el->end;
    for (uint32_t j = i; j < end && j < i + FILTER_LABEL_SCAN; j++) {
        if (dom->els[j].own_text == 0)
            continue;
        const char *t = pith_ctx_text(ctx, j, 0);
        return is_filter_label(t, ctx->scratch.len);
    }
    return false;
}

static bool holds_heading_of(const pith_dom *dom, uint32_t j, GumboTag rank);

/* The item of that grid that holds element i, PITH_NO_EL when i is in
 * none.  The grid goes on past a break in its run (a banner, a row's
 * end): a child of the grid's box alike its first item is one of its
 * items too. */
static uint32_t grid_item_of(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if (ctx->grid_first == PITH_NO_EL)
        return PITH_NO_EL;
    uint32_t box = dom->els[ctx->grid_first].parent;
    if (box == PITH_NO_EL || i <= box || i >= dom->els[box].end)
        return PITH_NO_EL;
    uint32_t item = i;
    while (item != PITH_NO_EL && dom->els[item].parent != box)
        item = dom->els[item].parent;
    if (item == PITH_NO_EL || (item >= ctx->grid_first && item <= ctx->grid_last))
        return item;
    return pith_el_alike(&dom->els[item], &dom->els[ctx->grid_first]) ? item : PITH_NO_EL;
}

#define BREAK_SCAN 16      /* siblings looked past a break for the grid's next item: a
                              river breaks for a box or two, not for a page of them */

/* Is there an item of the grid (a child of its box alike its first item)
 * among the BREAK_SCAN siblings after element i? */
static bool grid_goes_on_after(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t box = dom->els[i].parent, k = dom->els[i].end;
    for (int n = 0; n < BREAK_SCAN && k < dom->els[box].end; n++, k = dom->els[k].end)
        if (pith_el_alike(&dom->els[k], &dom->els[ctx->grid_first]))
            return true;
    return false;
}

#define GROUP_HEADING_SCAN 4 /* elements of a box looked through for its heading: a
                                wrapper or two around it */

/* Is element i a heading, or a box holding one heading and nothing else
 * (a river's "Yesterday" over the stories of that day, a shop's "More
 * sizes" over the rest of its grid)?  It heads the items that follow. */
static bool heads_a_group(const pith_dom *dom, uint32_t i)
{
    uint32_t h = pith_dom_heading_of(dom, i, GROUP_HEADING_SCAN, true);
    return h != PITH_NO_EL && dom->els[h].text == dom->els[i].text;
}

/* A list of posts or a shop's grid breaks its run for a box of another
 * kind: a box of other pages ("Recent appointments", "Most read", with its
 * own heading and "More" link), a banner for the shop's card or a sale,
 * an ad's slot.  A child of the grid's box after the grid's first run,
 * alike none of its items, followed by the grid's items again, is set in
 * the grid, not one of its items, and goes, unless it holds much of the
 * page or is a heading over the items that follow.  (The grid's items,
 * alike its first one, are kept wherever they stand: grid_item_of.) */
static bool break_in_the_grid(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if ((ctx->pagetype != PITH_PAGE_COLLECTION && ctx->pagetype != PITH_PAGE_LISTING) ||
        ctx->grid_first == PITH_NO_EL)
        return false;
    const pith_el *el = &dom->els[i];
    if (el->parent != dom->els[ctx->grid_first].parent || i <= ctx->grid_last || el->text == 0 ||
        pith_el_alike(el, &dom->els[ctx->grid_first]) || holds_much_of_the_page(ctx, i) ||
        heads_a_group(dom, i))
        return false;
    return grid_goes_on_after(ctx, i);
}

/* A box inside one of that grid's items holding half of the item's text
 * or more: the card's text (a thumbnail's "caption" under its picture, with
 * the item's name and its facts), not a picture's credit line. */
static bool captions_the_card(const pith_ctx *ctx, uint32_t i)
{
    uint32_t item = grid_item_of(ctx, i);
    return item != PITH_NO_EL && item != i &&
           (uint64_t)ctx->dom.els[i].text * 2 >= ctx->dom.els[item].text;
}

/* Inside the items of that grid, a name that calls a box a promotion or a
 * list of other items ("product-card__title", "promo-tile__price") names a
 * part of a card: the card's title, price or summary, which are the page's
 * content; so does a caption's name on a heading or a box holding one
 * ("text-caption-title", a "product-caption" around the product's name and
 * its line) or on one holding half of the card's text (a thumbnail's
 * "caption"): a card's title, no picture's.  So does a post's metadata
 * name ("meta", "byline", "rating") there: a card's rating ("84 reviews /
 * 5 average"), its age ("18d"), its place or its firm are what a reader of
 * the list compares the items by. */
static bool part_of_a_grid_item(const pith_ctx *ctx, uint32_t i, pith_category cat)
{
    bool titled = cat == PITH_CAT_CREDIT && (holds_heading_of(&ctx->dom, i, GUMBO_TAG_H6) ||
                                             captions_the_card(ctx, i));
    if ((cat != PITH_CAT_PROMO && cat != PITH_CAT_RELATED && cat != PITH_CAT_META && !titled) ||
        (ctx->pagetype != PITH_PAGE_COLLECTION && ctx->pagetype != PITH_PAGE_LISTING))
        return false;
    uint32_t item = grid_item_of(ctx, i);
    return item != PITH_NO_EL && item != i;
}

#define ITEM_AUTHORS_MIN 3      /* names in a line: a paper's authors, not one byline */
#define ITEM_AUTHORS_TEXT_MAX 2000 /* non-space bytes: a longer author-named box is no line
                                     of names, and its text is not read (author-named
                                     boxes nest: each reads its own text, once, at most
                                     this much) */
#define ITEM_AUTHOR_WORDS_MAX 5 /* words between two separators: a name with its
                                   initials or its affiliation, not a bio's sentence */

static bool names_separator(const char *t, size_t k, size_t n)
{
    return t[k] == ',' || t[k] == ';' || t[k] == '&' ||
           (k + 5 <= n && !strncmp(t + k, " and ", 5));
}

/* The names an author line lists: one more than its separators (',', ';',
 * '&', " and "); 0 when a stretch between two of them runs over
 * ITEM_AUTHOR_WORDS_MAX words (a sentence, not a name). */
static uint32_t names_in_line(const char *t, size_t n)
{
    uint32_t names = 1, words = 0;
    bool in_word = false;
    for (size_t k = 0; k < n; k++) {
        if (names_separator(t, k, n)) {
            names++;
            words = 0;
            in_word = false;
            k += t[k] == ' ' ? 4 : 0;
        } else if (pith_ascii_is_space(t[k])) {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            if (++words > ITEM_AUTHOR_WORDS_MAX)
                return 0;
        }
    }
    return names;
}

/* Inside one of the items of that grid, an author-named line listing
 * several names ("A. Smith, B. Jones and C. Li") is the item's authors:
 * a list of papers or talks is read by who wrote each, as a catalogue
 * is.  One name ("By J. Doe") is a byline the list repeats, and an
 * author's box (a bio) holds sentences, not a run of names. */
static bool authors_of_an_item(pith_ctx *ctx, uint32_t i, pith_category cat)
{
    if (cat != PITH_CAT_AUTHOR || ctx->dom.els[i].text == 0 ||
        ctx->dom.els[i].text > ITEM_AUTHORS_TEXT_MAX ||
        (ctx->pagetype != PITH_PAGE_COLLECTION && ctx->pagetype != PITH_PAGE_LISTING))
        return false;
    uint32_t item = grid_item_of(ctx, i);
    if (item == PITH_NO_EL || item == i)
        return false;
    const char *t = pith_ctx_text(ctx, i, 0);
    return names_in_line(t, ctx->scratch.len) >= ITEM_AUTHORS_MIN;
}

#define CARD_WRAP_SHARE 0.8 /* of its item's text: the card itself, not a part of it */
#define CARD_LINKS_MAX 4     /* a card leads to its page (title, picture, "more"); a
                                menu's department, to many */

/* Inside one of the items of that grid, a box holding nearly all of the
 * item's text is the card itself, in a wrapper named after one of its
 * looks ("new-listing paid-logo": a job ad shown with its firm's logo),
 * whatever the name says: a logo or a list of tags inside a card holds a
 * part of its text, and a site's menu of departments (a run of alike items
 * too) has many links in each.  A box hidden until a script shows it is left
 * to the hidden rules. */
static bool wraps_a_grid_item(const pith_ctx *ctx, uint32_t i, pith_category cat)
{
    if (cat == PITH_CAT_HIDDEN ||
        (ctx->pagetype != PITH_PAGE_COLLECTION && ctx->pagetype != PITH_PAGE_LISTING))
        return false;
    const pith_dom *dom = &ctx->dom;
    uint32_t item = grid_item_of(ctx, i);
    return item != PITH_NO_EL && item != i && dom->els[i].links <= CARD_LINKS_MAX &&
           dom->els[i].text >= CARD_WRAP_SHARE * dom->els[item].text;
}

#define SECTION_PROSE_MIN 150 /* non-space bytes outside links: a section's sentences */
#define SECTION_LINK_SHARE 0.25 /* of its text in links, at most: a menu is mostly links */

/* A landing page names its content sections after the layout they take
 * ("banner" for its hero, "nav-source" for the section a menu scrolls to,
 * "meta" for a row of awards), with words that name furniture elsewhere.
 * A block of sentences with few links is no menu, banner or sidebar. */
static bool reads_as_a_section(const pith_el *el)
{
    uint32_t prose = el->text - el->link_text;
    return prose >= SECTION_PROSE_MIN && el->link_text < SECTION_LINK_SHARE * el->text &&
           ((el->flags & PITH_EL_BLOCK) || el->blocks > 0);
}

#define LINKED_CARDS_MIN 3        /* cards in a row: a grid of them, not a lone teaser */
#define LINKED_CARD_TEXT_MIN 60   /* non-space bytes a link holds on average: a card's
                                     heading and its sentence, not a menu's label */

/* A landing page's grid of cards each one link as a whole ("AI &
 * Engineering: Leverage engineering-led design ... Find out more"): the
 * services it offers, each a heading and a sentence or two, named after
 * the layout ("promo", "nav-card") like its other sections.  A menu's
 * links are labels of a few words; a card's link holds sentences. */
static bool reads_as_linked_cards(const pith_el *el)
{
    return el->links >= LINKED_CARDS_MIN && el->link_text >= SECTION_PROSE_MIN &&
           el->link_text >= (uint32_t)LINKED_CARD_TEXT_MIN * el->links;
}

#define CARD_PART_DEPTH 8 /* levels from a card's part (its heading, its summary) up
                             to the grid of cards: a link and a few boxes */

/* Is element i a part of one of those cards (its heading, its sentence,
 * its "Find out more"), named after the layout as the grid is: inside a
 * link that holds a card's text, inside a grid of such links? */
static bool part_of_a_linked_card(const pith_dom *dom, uint32_t i)
{
    bool in_card = false;
    uint32_t a = dom->els[i].parent;
    for (int up = 0; up < CARD_PART_DEPTH && a != PITH_NO_EL; up++, a = dom->els[a].parent) {
        const pith_el *el = &dom->els[a];
        if (el->tag == GUMBO_TAG_A)
            in_card = el->link_text >= LINKED_CARD_TEXT_MIN;
        else if (in_card && reads_as_linked_cards(el))
            return true;
    }
    return false;
}

/* Alike siblings looked at on each side of a box (a long article cut into
 * one box per paragraph group and figure has a few dozen). */
#define ALIKE_PART_SCAN 32

/* Is s, alike el, a box that holds the article's prose: on the path to
 * the page's most prose, or prose enough to be kept under its name? */
static bool holds_the_article(const pith_dom *dom, uint32_t s, const pith_el *el,
                              pith_category cat)
{
    return pith_el_alike(&dom->els[s], el) &&
           ((dom->els[s].flags & PITH_EL_HOLDS_MAIN) || mislabelled_prose(&dom->els[s], cat));
}

/* Is box i of an alike run one of whose boxes holds the article's prose
 * under the same furniture name?  Component frameworks name every block
 * of a page after its wrapper ("WidgetWrapper_WidgetWrapper__x1" of a CSS
 * module, a builder's "widget"), and an article cut into such boxes, one
 * per paragraph group, figure or list, keeps its longest part (above) and
 * should keep the rest: any that reads as a section.  The longest part is
 * on the page's main path, or kept for its prose.  So do boxes named as
 * cards of other stories ("article-card"), each a step or a section of
 * the article, when one of them is on the main path: prose is never enough
 * to keep a related box, since other stories' teasers are prose too. */
bool pith_clean_article_part(const pith_dom *dom, uint32_t i, pith_category cat)
{
    const pith_el *el = &dom->els[i];
    if ((cat != PITH_CAT_SIDEBAR && cat != PITH_CAT_RELATED) || el->parent == PITH_NO_EL ||
        !el->cls || !reads_as_a_section(el))
        return false;
    uint32_t end = dom->els[el->parent].end;
    uint32_t s = el->end;
    for (int n = 0; n < ALIKE_PART_SCAN && s < end; n++, s = dom->els[s].end)
        if (holds_the_article(dom, s, el, cat))
            return true;
    s = pith_dom_previous_sibling(dom, i);
    for (int n = 0; n < ALIKE_PART_SCAN && s != PITH_NO_EL; n++, s = pith_dom_previous_sibling(dom, s))
        if (holds_the_article(dom, s, el, cat))
            return true;
    return false;
}

/* Does a collection's block hold what no section of the page holds: a
 * form's controls (a "notify me" dialog, a filter panel's buttons) or an
 * author's box (a customer's review and its reviewer)?  controls holds
 * their count per element (NULL when memory ran out: held). */
static bool holds_controls_or_a_reviewer(const uint32_t *controls, uint32_t i)
{
    return !controls || controls[i] > 0;
}

/* A panel of WAI-ARIA's accordion: a role=region labelled by the button
 * that opens it (aria-labelledby), with few links.  On a landing page its
 * panels are the features it lists, whatever their ids call them
 * ("drawer-content-..."); a menu's drawer is links. */
static bool accordion_region(const pith_el *el)
{
    return el->text > 0 && el->link_text < SECTION_LINK_SHARE * el->text &&
           pith_ascii_ieq(pith_attr(el, "role"), "region") && pith_attr(el, "aria-labelledby");
}

/* Is el a tab panel (role=tabpanel): the text under one tab of a block? */
static bool tab_panel(const pith_el *el)
{
    const char *role = pith_attr(el, "role");
    return role && !strcmp(role, "tabpanel");
}

#define TAB_PANEL_PART_DEPTH 2 /* levels from a tab panel down to its text's box */

/* Is element i the box of a tab panel's text (the panel's child or
 * grandchild)?  A page builder names it after its layout ("widget"). */
static bool box_of_a_tab_panel(const pith_dom *dom, uint32_t i)
{
    uint32_t a = dom->els[i].parent;
    for (int up = 0; up < TAB_PANEL_PART_DEPTH && a != PITH_NO_EL; up++, a = dom->els[a].parent)
        if (tab_panel(&dom->els[a]))
            return true;
    return false;
}

/* Words that name a window shown over the page (as a class token's last
 * part: "elementor-location-popup", "modal"). */
static const char *const window_words[] = {"popup", "modal"};

/* Is element i a window a script shows over the page (a page builder's
 * pop-up of offers, a sign-up form), named so and laid directly in the
 * <body>, beside the page's own wrapper?  Its text reads as a section, but
 * no reader sees it with the page. */
static bool window_over_the_page(const pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return el->parent == ctx->dom.body && el->norm &&
           token_ends_with_word(el->norm, window_words, sizeof window_words / sizeof window_words[0]);
}

#define ITEM_FACTS_LINK_SHARE 0.5 /* of a card's metadata in links, at most: its facts are
                                     words ("4.6 out of 5 stars", "C$90k - 110k"); a box of
                                     links named so is a list of tags or a menu */

/* Inside an item of any run of alike items that links somewhere (a card
 * leads to its page), a box named as a post's metadata ("rating",
 * "tile-tags") that is mostly words is the card's facts: its rating, its
 * pay, its place, which a reader compares the items by, on whatever page
 * the run stands and whether or not it is the page's largest grid
 * (part_of_a_grid_item).  A panel of filters is a run of alike boxes too,
 * of check boxes and labels: it links nowhere. */
static bool facts_of_a_linked_item(const pith_ctx *ctx, uint32_t i, pith_category cat)
{
    const pith_el *el = &ctx->dom.els[i];
    if (cat != PITH_CAT_META || el->link_text > ITEM_FACTS_LINK_SHARE * el->text)
        return false;
    uint32_t item = pith_dom_item_up(&ctx->dom, ctx->item_run, el->parent, ITEM_PART_DEPTH - 1, 0);
    return item != PITH_NO_EL && ctx->dom.els[item].links > 0;
}

#define CLASS_WORD_CAP 64 /* bytes of a matched class word kept to find it again */

/* Does element el's class name a promotion and, after that name, say that
 * it is hidden ("promo-bar hide")?  A bar of offers the page keeps hidden
 * until a script picks the one for the reader's country holds a notice
 * for every country; however much text that adds up to, it is neither a
 * story folded away nor a section of the page. */
static bool promotion_kept_hidden(const pith_el *el, pith_category cat)
{
    if (cat != PITH_CAT_PROMO || !el->norm)
        return false;
    char word[CLASS_WORD_CAP];
    if (pith_rules_match_class(el->norm, el->norm_len, word, sizeof word) != PITH_CAT_PROMO)
        return false;
    const char *at = strstr(el->norm, word);
    if (!at)
        return false;
    const char *rest = at + strlen(word);
    size_t n = el->norm_len - (size_t)(rest - el->norm);
    return pith_rules_match_class(rest, n, NULL, 0) == PITH_CAT_HIDDEN && !shown_on_desktop(rest);
}

/* On a page of many blocks (not an article), does a furniture name fail to
 * make an element furniture?  One holding much of the page does not (see
 * above), nor a list of stories on a listing; nor, unless the page is a
 * thread, one of a run of alike items (a grid's "product-card"s, a list's
 * "promo-tile"s), unless the run is a menu's or a pager's. */
static bool many_blocks_keep(pith_ctx *ctx, uint32_t i, pith_category cat,
                             const uint32_t *controls)
{
    if (ctx->pagetype == PITH_PAGE_ARTICLE || !soft_category(cat) ||
        (cat == PITH_CAT_PROMO && window_over_the_page(ctx, i)))
        return false;
    if (holds_much_of_the_page(ctx, i) || holds_the_grid(ctx, i) ||
        part_of_a_grid_item(ctx, i, cat) || wraps_a_grid_item(ctx, i, cat))
        return true;
    /* A listing's stories are what an article's lists of other stories
     * are named after ("river", "teaser", "latest-news", "most-read"). */
    if (ctx->pagetype == PITH_PAGE_LISTING && cat == PITH_CAT_RELATED)
        return true;
    /* A landing page's sections; on a listing or a collection, a block of
     * sentences between or inside its runs of items (a lead, the details
     * a card opens, a category's story), as often named after its layout;
     * a landing page is often taken for a listing by its grids of alike
     * linked cards.  A collection's dialogs, filter panels and customers'
     * reviews are sentences too: their controls or reviewer tell them.
     * Other pages recommended are links: a box named as related or
     * recommended that links nowhere (a pricing's "recommended" plan, a
     * features list styled as a list card) is a section. */
    bool collection_section = ctx->pagetype == PITH_PAGE_COLLECTION &&
                              !holds_controls_or_a_reviewer(controls, i);
    const pith_el *el = &ctx->dom.els[i];
    if ((ctx->pagetype == PITH_PAGE_SERVICE || ctx->pagetype == PITH_PAGE_LISTING ||
         collection_section) &&
        (cat != PITH_CAT_RELATED || el->links == 0) && reads_as_a_section(el))
        return true;
    /* On a page of no known kind (no date, no declared type: a firm's
     * page on one of its services, a white paper's landing page) a block
     * of sentences under its own heading is a section however it is
     * named ("promo" after its layout); without a heading it may be a
     * pitch for something else. */
    if (ctx->pagetype == PITH_PAGE_OTHER && cat != PITH_CAT_RELATED && reads_as_a_section(el) &&
        holds_heading_of(&ctx->dom, i, GUMBO_TAG_H4))
        return true;
    if (ctx->pagetype == PITH_PAGE_SERVICE &&
        (accordion_region(el) || box_of_a_tab_panel(&ctx->dom, i)))
        return true;
    if (ctx->pagetype == PITH_PAGE_SERVICE && cat != PITH_CAT_RELATED &&
        (reads_as_linked_cards(el) || part_of_a_linked_card(&ctx->dom, i)))
        return true;
    /* A thread's alike blocks beside its posts are other threads. */
    if (ctx->pagetype == PITH_PAGE_FORUM || cat == PITH_CAT_NAV ||
        cat == PITH_CAT_PAGINATION || !ctx->item_run)
        return false;
    if (facts_of_a_linked_item(ctx, i, cat))
        return true;
    /* The item, or a part of it ("product-card__title" in a
     * "product-card"), a few levels down. */
    return pith_dom_item_up(&ctx->dom, ctx->item_run, i, ITEM_PART_DEPTH, cat) != PITH_NO_EL;
}

#define LINKED_TITLE_MIN 10 /* non-space bytes of a title written as a link alone */

/* A <header> inside one of a run of alike items (a list of stories, each
 * an <article> with its <header>) holds that item's heading, or is its
 * title written as one link and nothing else, and with it
 * its title and summary: the page's header is no part of such a run.  On a
 * page of many blocks the items are the content; on an article they are
 * other stories, and the cascade judges them. */
static bool header_of_an_item(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->els[i].tag != GUMBO_TAG_HEADER || ctx->pagetype == PITH_PAGE_ARTICLE ||
        ctx->pagetype == PITH_PAGE_FORUM || !ctx->item_run)
        return false;
    const pith_el *el = &dom->els[i];
    bool linked_title =
        el->links == 1 && el->link_text == el->text && el->text >= LINKED_TITLE_MIN;
    if (!linked_title && pith_dom_first_heading(dom, i, UINT32_MAX, true) == PITH_NO_EL)
        return false;
    /* An item ITEM_PART_DEPTH levels up at most, not the header itself. */
    return pith_dom_item_up(dom, ctx->item_run, el->parent, ITEM_PART_DEPTH - 1, 0) != PITH_NO_EL;
}

#define SECTION_HEADER_SCAN 16 /* elements of a <header> looked through for its heading */
#define HEADER_LINK_SHARE 0.5  /* of a section's header in links, under: a banner is its menu */

/* On a landing page a <header> of sentences with few links heads one of
 * its sections (the hero's pitch, a feature's lead), and so does one
 * holding a heading, mostly not links (a caption and a title, "Home
 * cover" / "Cover for the house you live in"; a title and its
 * lead with a link or two): the site's banner is mostly its menu's links. */
static bool header_of_a_section(const pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->tag != GUMBO_TAG_HEADER || ctx->pagetype != PITH_PAGE_SERVICE || el->text == 0)
        return false;
    if (reads_as_a_section(el))
        return true;
    return el->link_text < HEADER_LINK_SHARE * el->text &&
           pith_dom_first_heading(&ctx->dom, i, SECTION_HEADER_SCAN, true) != PITH_NO_EL;
}

#define SECTION_HEADER_LEVELS 3 /* from a <header> up to the <section> it heads */

/* A <header> that is all one heading, in a <section> that says more after
 * it: the section's title (HTML's own reading of a header inside
 * sectioning content), on any page; the page's banner holds its menu. */
static bool heading_of_a_section(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if (el->tag != GUMBO_TAG_HEADER || el->text == 0)
        return false;
    uint32_t h = pith_dom_first_heading(dom, i, SECTION_HEADER_SCAN, true);
    if (h == PITH_NO_EL || dom->els[h].text != el->text)
        return false;
    uint32_t a = el->parent;
    for (int up = 0; up < SECTION_HEADER_LEVELS && a != PITH_NO_EL; up++, a = dom->els[a].parent)
        if (dom->els[a].tag == GUMBO_TAG_SECTION)
            return dom->els[a].text > el->text;
    return false;
}

/* Pages whose readers open every tab, accordion and slide: a service
 * page's pricing tabs and FAQ answers, a product's specifications, the
 * cards of a carousel.  Their hidden panels (aria-hidden until clicked) are
 * content. */
static bool shows_all_panels(pith_pagetype t)
{
    return t == PITH_PAGE_SERVICE || t == PITH_PAGE_PRODUCT || t == PITH_PAGE_COLLECTION ||
           t == PITH_PAGE_LISTING || t == PITH_PAGE_DOCUMENTATION;
}

/* Class or id words of a panel a reader opens (tabs, accordions, drawers,
 * the answers of a FAQ) or of a slide of a carousel: hidden with
 * aria-hidden until clicked or scrolled to, and content once shown. */
static const char *const panel_words[] = {
    "accordion", "panel", "collaps", "expand", "toggle", "drawer", "dropdown-content",
    "faq", "question", "answer", "slide", "carousel", "swiper", "marquee"};

/* Does a class/id token of norm name a tab ("tab-pane", "tabcontent",
 * "js-tabs"): "tab" at a token's or a word's start, not "tabl" ("table",
 * "tablet", "tablist") and not inside a word ("newtab", "stable"). */
static bool names_a_tab(const char *norm)
{
    for (const char *t = strstr(norm, "tab"); t; t = strstr(t + 1, "tab")) {
        bool at_start = t == norm || t[-1] == ' ' || t[-1] == '-' || t[-1] == '_';
        if (at_start && t[3] != 'l')
            return true;
    }
    return false;
}

/* How far before a panel its toggle (the element with aria-expanded) is
 * looked for: a FAQ's question and its button sit just before the answer. */
#define PANEL_TOGGLE_SPAN 32

/* Whether an element hidden with aria-hidden is a panel that opens: it
 * names its label (aria-labelledby) or is a tab panel or region, its class
 * says panel or slide, or the toggle before it (its previous sibling or
 * within it) or its parent carries aria-expanded.  Other elements hidden
 * that way are the page's drawings: product mock-ups drawn in HTML, a
 * decorative figure, a menu's copy, a carousel of other products. */
static bool opens_as_panel(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    const char *role = pith_attr(el, "role");
    if (pith_attr(el, "aria-labelledby") ||
        (role && (!strcmp(role, "tabpanel") || !strcmp(role, "region"))))
        return true;
    char norm[ATTR_NORM_MAX];
    if (pith_class_and_id(el, norm, sizeof norm) > 0 &&
        (norm_holds_any(norm, panel_words, sizeof panel_words / sizeof panel_words[0]) ||
         names_a_tab(norm)))
        return true;
    if (el->parent != PITH_NO_EL && pith_attr(&dom->els[el->parent], "aria-expanded"))
        return true;
    uint32_t p = pith_dom_previous_sibling(dom, i);
    if (p == PITH_NO_EL)
        return false;
    uint32_t stop = dom->els[p].end < p + PANEL_TOGGLE_SPAN ? dom->els[p].end : p + PANEL_TOGGLE_SPAN;
    for (uint32_t j = p; j < stop; j++)
        if (pith_attr(&dom->els[j], "aria-expanded"))
            return true;
    return false;
}

#define QUESTION_MAX_TEXT 400 /* non-space bytes: a question, not a form */

/* Whether text ends with a question mark (Latin, Arabic, full-width),
 * white space after it aside. */
static bool ends_as_question(const char *s)
{
    size_t n = strlen(s);
    while (n > 0 && pith_ascii_is_space(s[n - 1]))
        n--;
    if (n >= 1 && s[n - 1] == '?')
        return true;
    return (n >= 2 && !memcmp(s + n - 2, "\xd8\x9f", 2)) || /* U+061F */
           (n >= 3 && !memcmp(s + n - 3, "\xef\xbc\x9f", 3)); /* U+FF1F */
}

/* Whether the sibling just before element i is a question (a short text
 * ending with a question mark): i is its answer, closed until the question
 * is clicked, though neither names itself a panel nor carries aria-expanded
 * (a script's generated classes, a toggle that is a plain box). */
static bool answers_the_question_before(pith_ctx *ctx, uint32_t i)
{
    uint32_t p = pith_dom_previous_sibling(&ctx->dom, i);
    if (p == PITH_NO_EL || ctx->dom.els[p].text == 0 || ctx->dom.els[p].text > QUESTION_MAX_TEXT)
        return false;
    return ends_as_question(pith_ctx_text(ctx, p, 0));
}

/* Whether a closed element i is a panel a reader opens: named or marked up
 * as one, or the answer after its question. */
static bool closed_as_panel(pith_ctx *ctx, uint32_t i)
{
    return opens_as_panel(&ctx->dom, i) || answers_the_question_before(ctx, i);
}

/* The last word of a class token naming what a box is: a landing page
 * draws its product in HTML (an editor with code, a chat, a board of cards)
 * inside a box its class calls the section's picture. */
static const char *const illustration_words[] = {
    "illustration", "illustrations", "graphic", "graphics", "mockup", "mockups"};

/* Is the word at w (n bytes) a hash a CSS-modules build appends
 * ("illustration__P1Yb9"): it holds a digit? */
static bool build_hash(const char *w, size_t n)
{
    return pith_ascii_holds_digit(w, n);
}

/* Does one of the class/id tokens of norm (pith_class_and_id) end with a
 * word naming a picture ("swimlane-graphic", "dom-graphic",
 * "page-section-illustration--p1yb9")?  "infographic" or
 * "national-geographic" are other words. */
static bool names_an_illustration(const char *norm)
{
    for (const char *t = norm; *t;) {
        size_t n = strcspn(t, " ");
        const char *end = t + n, *w = end;
        while (w > t && w[-1] != '-')
            w--;
        if (w - t >= 2 && w[-2] == '-' && build_hash(w, (size_t)(end - w))) {
            end = w - 2; /* "...--p1yb9": the word before the hash */
            w = end;
            while (w > t && w[-1] != '-')
                w--;
        }
        for (size_t k = 0; k < sizeof illustration_words / sizeof illustration_words[0]; k++)
            if (strlen(illustration_words[k]) == (size_t)(end - w) &&
                memcmp(illustration_words[k], w, (size_t)(end - w)) == 0)
                return true;
        t += n;
        t += strspn(t, " ");
    }
    return false;
}

/* Does one of the class tokens of norm end with one of the n words as its
 * last parts ("slick-cloned" ends with "cloned", "splide--slide--clone"
 * with "slide--clone"), or is it one of them? */
static bool token_ends_with_word(const char *norm, const char *const *words, size_t n)
{
    for (const char *t = norm; *t;) {
        size_t len = strcspn(t, " ");
        for (size_t k = 0; k < n; k++) {
            size_t m = strlen(words[k]);
            if (len >= m && !memcmp(t + len - m, words[k], m) &&
                (len == m || t[len - m - 1] == '-'))
                return true;
        }
        t += len;
        t += strspn(t, " ");
    }
    return false;
}

/* What a carousel calls the copies of its slides it lays before the first
 * and after the last, so that it turns round without an end: slick's
 * "slick-cloned", owl's "cloned", "next-cloned"; splide's and glide's
 * "__slide--clone"; swiper's "swiper-slide-duplicate" (and its -active,
 * -next, -prev). */
static const char *const clone_words[] = {"cloned", "slide-clone", "slide--clone"};
#define DUPLICATE_SLIDE "slide-duplicate"

/* Does one of the class tokens of norm name a carousel's copy of a slide? */
static bool carousel_clone(const char *norm)
{
    return strstr(norm, DUPLICATE_SLIDE) ||
           token_ends_with_word(norm, clone_words, sizeof clone_words / sizeof clone_words[0]);
}

/* Whether the page's hidden panels are content and element i is one. */
static bool shown_panel(pith_ctx *ctx, uint32_t i)
{
    const char *norm = ctx->dom.els[i].norm;
    if (!shows_all_panels(ctx->pagetype) || (norm && names_an_illustration(norm)))
        return false; /* a drawing hidden from screen readers, whatever it draws */
    if (ctx->pagetype != PITH_PAGE_SERVICE && ctx->pagetype != PITH_PAGE_PRODUCT)
        return true;
    return opens_as_panel(&ctx->dom, i);
}

/* On a page of many blocks a panel closed with the hidden attribute (a
 * FAQ's answer, an accordion's body, a tab) opens when clicked, as one
 * closed with aria-hidden does: content.  Not on a product's page, whose
 * closed panels are the shop's (delivery, returns, why buy here), nor on a
 * thread; a manual's tabs have their rule, and so do boxes hidden by an
 * inline style (styled_panel). */
static bool closed_panel(pith_ctx *ctx, uint32_t i)
{
    pith_pagetype t = ctx->pagetype;
    return (t == PITH_PAGE_SERVICE || t == PITH_PAGE_LISTING || t == PITH_PAGE_COLLECTION ||
            t == PITH_PAGE_OTHER) &&
           closed_as_panel(ctx, i);
}

#define COPY_COMPARED_BYTES 4096 /* of two blocks of as much text: equal so far, they
                                    are copies (and every element is read that far at
                                    most twice) */

/* Whether element i shows the same text as the sibling before it: the
 * tabs of a block that draws one text under each tab, a panel repeated for
 * another screen's width.  The first copy is the one a reader reads. */
static bool copies_previous_sibling(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t p = pith_dom_previous_sibling(dom, i);
    if (p == PITH_NO_EL || dom->els[p].text != dom->els[i].text)
        return false;
    pith_buf before = PITH_BUF_INIT;
    pith_el_text(dom, p, &before, COPY_COMPARED_BYTES);
    const char *text = pith_ctx_text(ctx, i, COPY_COMPARED_BYTES);
    bool same = before.len == ctx->scratch.len &&
                (before.len == 0 || !memcmp(before.data, text, before.len));
    pith_buf_free(&before);
    return same;
}

/* On a page of many blocks a panel closed with an inline display:none or
 * visibility:hidden (a FAQ's answer, a tab of plans) opens when clicked,
 * as one closed with the hidden attribute does, and so does a product's
 * panel closed that way (its description's or specifications' tab);
 * unless it is mostly links (a menu's or a filter's list, opened to pick
 * from) or repeats the panel before it.  A tab panel (role=tabpanel) of
 * links is a tab's text all the same (the forms to download, a FAQ's
 * questions): menus and filters are not tabs. */
static bool styled_panel(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    bool product_panel = ctx->pagetype == PITH_PAGE_PRODUCT && closed_as_panel(ctx, i);
    return (el->link_text * 2 < el->text || tab_panel(el)) &&
           (closed_panel(ctx, i) || product_panel) &&
           !copies_previous_sibling(ctx, i);
}

#define REPEATED_BLOCK_MIN_TEXT 80 /* non-space bytes: a block of sentences, not a
                                      label or a button repeated in a row */

#define REPEATED_PRODUCT_LINE_MIN_TEXT 12 /* non-space bytes: a product's name and price or its
                                             "Color: Black" line, not a "Yes" or a "$9" */

/* On a service page or a collection a block of some text that repeats the
 * sibling before it word for word: the same section drawn again for
 * another screen's width or as a carousel's copy.  The first copy stays.
 * On a product a shorter one too: its name and price or chosen colour
 * drawn again for each screen's width (a sticky bar's, a drawer's).
 * Not on a listing, whose items may say the same (a list of references),
 * nor on a page of no known kind (test pages of filler text). */
static bool repeated_block(pith_ctx *ctx, uint32_t i)
{
    pith_pagetype t = ctx->pagetype;
    uint32_t min = t == PITH_PAGE_PRODUCT ? REPEATED_PRODUCT_LINE_MIN_TEXT : REPEATED_BLOCK_MIN_TEXT;
    return (t == PITH_PAGE_SERVICE || t == PITH_PAGE_COLLECTION || t == PITH_PAGE_PRODUCT) &&
           ctx->dom.els[i].text >= min && copies_previous_sibling(ctx, i);
}

/* Class tokens that show or hide a box at some screen widths only: Framer's
 * "hidden-12t0irv" (one per breakpoint the variant is not drawn at),
 * Bootstrap's "hidden-xs", "visible-md", "d-none", "d-md-block",
 * Foundation's "hide-for-small", "show-for-large", Tailwind's
 * "md:hidden", "lg:block". */
static const char *const responsive_prefixes[] = {"hidden-", "visible-", "hide-for-",
                                                  "show-for-", "d-none", "d-sm-", "d-md-",
                                                  "d-lg-", "d-xl-"};
#define RESPONSIVE_ENDING ":hidden"

/* Does the class token t (n bytes) show or hide its box at some screen
 * widths? */
static bool responsive_token(const char *t, size_t n)
{
    size_t m = strlen(RESPONSIVE_ENDING);
    if (n > m && !memcmp(t + n - m, RESPONSIVE_ENDING, m))
        return true;
    for (size_t k = 0; k < sizeof responsive_prefixes / sizeof responsive_prefixes[0]; k++)
        if (pith_ascii_iprefix_n(t, n, responsive_prefixes[k]))
            return true;
    return false;
}

/* The next class token of norm at or after *at that shows or hides the box
 * at some screen widths (its length; 0: none); *at moves past it. */
static size_t next_responsive_token(const char **at)
{
    for (const char *t = *at; *t;) {
        t += strspn(t, " ");
        size_t n = strcspn(t, " ");
        if (n && responsive_token(t, n)) {
            *at = t + n;
            return n;
        }
        t += n;
    }
    return 0;
}

/* Are a and b (class + id, normalised) shown or hidden at some widths, and
 * at other widths the one than the other (their responsive tokens
 * differ)? */
static bool drawn_at_other_widths(const char *a, const char *b)
{
    const char *ta = a, *tb = b;
    size_t na = next_responsive_token(&ta), nb = next_responsive_token(&tb);
    if (!na || !nb)
        return false;
    while (na && na == nb && !memcmp(ta - na, tb - nb, na)) {
        na = next_responsive_token(&ta);
        nb = next_responsive_token(&tb);
    }
    return na != 0 || nb != 0;
}

#define LAYOUT_RUN_MAX 24 /* sections of a run drawn per width looked through: a few
                             sections of a few breakpoints each (a longer run is left as
                             it is) */

/* Is sibling q alike el and drawn for some screen widths only? */
static bool drawn_alike(const pith_dom *dom, uint32_t q, const pith_el *el)
{
    const char *t = dom->els[q].norm;
    return t && pith_el_alike(&dom->els[q], el) && next_responsive_token(&t) != 0;
}

/* Whether element i is a section drawn again for other screen widths.  A
 * page builder writes each section once per breakpoint, one after the
 * other, alike (the same tag and first class, "ssr-variant") and each
 * shown at its widths only; a reader sees one, the first is kept.  In a
 * run of such siblings a drawing starts a new section when the section
 * in hand has one for its widths already (boxes hidden at the same widths
 * are shown together, as the columns of a row are); the others are
 * copies, though the phone's is often shorter.  Copies word for word are
 * repeated_block's. */
static bool layout_copy(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->text < REPEATED_BLOCK_MIN_TEXT || !el->norm || !drawn_alike(dom, i, el))
        return false;
    uint32_t run[LAYOUT_RUN_MAX];
    size_t n = 0;
    for (uint32_t q = i; q != PITH_NO_EL && drawn_alike(dom, q, el); q = pith_dom_previous_sibling(dom, q)) {
        if (n == LAYOUT_RUN_MAX)
            return false;
        run[n++] = q; /* from i back to the run's first */
    }
    size_t section = n - 1; /* run[section] starts the section in hand */
    for (size_t k = n - 1; k-- > 0;)
        for (size_t m = section; m > k; m--)
            if (!drawn_at_other_widths(dom->els[run[m]].norm, dom->els[run[k]].norm)) {
                section = k;
                break;
            }
    return section != 0;
}

/* On a documentation page a tab panel (role=tabpanel) hidden with the
 * hidden attribute or an inline display:none until its tab is clicked
 * holds the same step for another language or platform (the Node.js
 * tab beside the Python one): the manual's readers read it, so it is
 * content, unlike other elements hidden that way.  A manual dated as an
 * article is, the same tab panel with a code block in it (the macOS
 * commands beside the Windows ones); an article's other tabs (a widget's
 * "Loading prices…") hold no code.  code holds the code blocks' text per
 * element (NULL when memory ran out: none). */
static bool hidden_docs_tab(const pith_ctx *ctx, uint32_t i, const uint32_t *code)
{
    if (!tab_panel(&ctx->dom.els[i]))
        return false;
    return ctx->pagetype == PITH_PAGE_DOCUMENTATION ||
           (ctx->pagetype == PITH_PAGE_ARTICLE && code && code[i] > 0);
}

/* A button without ARIA that asks a question, set alone in one of a run of
 * alike items (each item a question of a FAQ, its answer opened by a
 * script's click handler): the questions of the FAQ, as the page shows
 * them.  A question among alike buttons side by side is one of a row of
 * suggested questions (a chat assistant's chips), and a lone question
 * button ("Need help?") opens a form. */
static bool question_of_a_faq_item(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if (!ctx->item_run || ctx->item_run[i] >= PITH_ITEM_RUN_MIN ||
        pith_dom_item_up(dom, ctx->item_run, dom->els[i].parent, ITEM_PART_DEPTH - 1, 0) ==
            PITH_NO_EL)
        return false;
    return ends_as_question(pith_ctx_text(ctx, i, 0));
}

#define TOGGLE_HEADING_SCAN 16 /* elements of a toggle button looked through for a heading */

/* On a service page, an accordion's header written as a button beside its
 * panel, not inside a heading: a button holding the heading of the panel
 * (<button><h3>Feature</h3></button>), or one naming as the panel it opens
 * (aria-controls) the box right after it.  Its text titles that panel
 * ("02. Planning your garden", "No tools required"), which the page
 * shows as content. */
static bool header_of_a_service_panel(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (ctx->pagetype != PITH_PAGE_SERVICE)
        return false;
    if (pith_dom_first_heading(dom, i, TOGGLE_HEADING_SCAN, true) != PITH_NO_EL)
        return true;
    uint32_t next = el->end;
    if (next >= dom->n || dom->els[next].parent != el->parent)
        return false;
    const char *opens = pith_attr(el, "aria-controls"), *id = pith_attr(&dom->els[next], "id");
    return opens && id && strcmp(opens, id) == 0;
}

/* A FAQ's question as the button that opens its answer (aria-expanded or
 * aria-controls, the accordion of WAI-ARIA's practices): on a page whose
 * panels are content, the question goes with its answer.  So does any
 * such button that is all of a heading (<h3><button>Feature</button></h3>,
 * the accordion's header): it titles the panel it opens, whatever its id
 * calls it ("drawer-title"); on a service page, so does a header beside
 * its panel (header_of_a_service_panel). */
static bool question_toggle(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->tag != GUMBO_TAG_BUTTON || !shows_all_panels(ctx->pagetype) || el->text == 0 ||
        el->text > QUESTION_MAX_TEXT)
        return false;
    if (!pith_attr(el, "aria-expanded") && !pith_attr(el, "aria-controls"))
        return question_of_a_faq_item(ctx, i);
    uint32_t p = el->parent;
    if (p != PITH_NO_EL && pith_tag_is_heading((GumboTag)ctx->dom.els[p].tag) &&
        ctx->dom.els[p].text == el->text)
        return true; /* an accordion's header: the heading of the panel it opens */
    if (header_of_a_service_panel(ctx, i))
        return true;
    return ends_as_question(pith_ctx_text(ctx, i, 0));
}

/* A shop's furniture: its cart's widgets (a "1 item added to your cart"
 * pop-up, a cart drawer) and, on a product page, the reviews its shoppers
 * wrote.  Either can hold more prose than what the page shows of the
 * product (reviews), or all that is shown before a script runs (the cart's
 * pop-up), so that the path to the page's densest prose (found before the
 * page's type was known) may run through them; that path does not protect
 * them, unless one holds most of the page's text (then it is the page). */
static const char *shop_furniture(pith_ctx *ctx, uint32_t i)
{
    pith_category cat = (pith_category)ctx->dom.els[i].cat;
    bool reviews = cat == PITH_CAT_REVIEWS && ctx->pagetype == PITH_PAGE_PRODUCT;
    if ((!reviews && cat != PITH_CAT_CART) || holds_the_page(&ctx->dom, i))
        return NULL;
    return class_rule_names[cat];
}

#define PRICED_ITEMS_MIN 4 /* alike linked items with a price each: a row of other
                              products (a row of three is as often a product's variants) */

/* The prices shown before element i: in the earlier siblings of i and of
 * every box around it. */
static uint32_t prices_before(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t n = 0;
    for (uint32_t a = i; dom->els[a].parent != PITH_NO_EL; a = dom->els[a].parent)
        for (uint32_t c = dom->els[a].parent + 1; c < a; c = dom->els[c].end)
            n += ctx->prices_in[c];
    return n;
}

/* Under a product, a box whose children are a run of alike linked items,
 * each with a price of its own, holding most of its text: other products
 * ("You may also like", "Customers also bought", the seller's other
 * items), however its classes name them. */
static bool priced_run_of_others(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (!ctx->prices_in || !ctx->item_run || el->blocks == 0 ||
        ctx->prices_in[i] < PRICED_ITEMS_MIN || holds_the_page(dom, i))
        return false;
    uint32_t priced = 0, priced_text = 0;
    for (uint32_t c = i + 1; c < el->end; c = dom->els[c].end)
        if (ctx->item_run[c] >= PRICED_ITEMS_MIN && dom->els[c].links > 0 &&
            ctx->prices_in[c] > 0) {
            priced++;
            priced_text += dom->els[c].text;
        }
    return priced >= PRICED_ITEMS_MIN && priced_text * 2 > el->text;
}

/* Does element i's class name one of a shop's boxes (names, from
 * rules/product_boxes.c), without holding the page (its <h1>, its densest
 * prose)?  A box set aside from what the page says of the product. */
static bool classed_aside(const pith_ctx *ctx, uint32_t i, bool (*names)(const char *norm))
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    return el->norm && names(el->norm) && !holds_the_page(dom, i) &&
           !(dom->prose >= i && dom->prose < el->end);
}

#define BUY_BOX_ELEMENTS_MAX 1000 /* elements of a box to buy (price, options, delivery,
                                     buttons); a bigger box is a column of the page */

/* On a product page, the box that buys the product: its price again, the
 * quantity, the delivery choices and protection plans, the button; what
 * the shop asks, not what the page says of the product.  Not when it
 * holds the product's name (an <h1>) or a paragraph of prose (the
 * description set beside the button), nor the page's densest prose. */
static bool box_to_buy(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (ctx->pagetype != PITH_PAGE_PRODUCT || el->blocks == 0 ||
        el->end - i > BUY_BOX_ELEMENTS_MAX || !classed_aside(ctx, i, pith_rules_names_buy_box))
        return false;
    for (uint32_t j = i + 1; j < el->end; j++)
        if (dom->els[j].tag == GUMBO_TAG_H1 || pith_pagetype_long_paragraph(&dom->els[j]))
            return false;
    return true;
}

/* On a product page, a box classed as the shop's fine print ("disclaimer":
 * an offer's terms, a claim's footnotes, financing rates): the shop's
 * terms, not what the page says of the product.  On a service page too: a
 * maker's product told as a landing page (a phone, a tablet) is read as
 * one, and its footnotes ("Measured diagonally", "Results may vary") are
 * the same fine print. */
static bool fine_print(const pith_ctx *ctx, uint32_t i)
{
    return (ctx->pagetype == PITH_PAGE_PRODUCT || ctx->pagetype == PITH_PAGE_SERVICE) &&
           classed_aside(ctx, i, pith_rules_names_fine_print);
}

/* On a product page, a box classed as hover text ("tooltip", "popover"):
 * a reader of the page sees it only by pointing at its word; it explains
 * the shop's terms or a word, not the product. */
static bool hover_text(const pith_ctx *ctx, uint32_t i)
{
    return ctx->pagetype == PITH_PAGE_PRODUCT && classed_aside(ctx, i, pith_rules_names_hover_text);
}

/* On a product page, a box classed as one of the shop's strips (its
 * selling points, its row of actions, its delivery options): what the
 * shop offers around every product, not what the page says of this one. */
static bool shop_strip(const pith_ctx *ctx, uint32_t i)
{
    return ctx->pagetype == PITH_PAGE_PRODUCT && classed_aside(ctx, i, pith_rules_names_shop_strip);
}

/* On a product page, what sells rather than describes: a run of other
 * products with their prices, the box that buys the product, the shop's
 * fine print (on a service page too), its hover text and its strips. */
static const char *selling(const pith_ctx *ctx, uint32_t i)
{
    if (priced_run_of_others(ctx, i))
        return "structure:priced-items";
    if (box_to_buy(ctx, i))
        return "structure:buy-box";
    if (fine_print(ctx, i))
        return "class:disclaimer";
    if (hover_text(ctx, i))
        return "class:tooltip";
    if (shop_strip(ctx, i))
        return "class:shop-strip";
    return NULL;
}

#define UUID_TEXT 36 /* bytes of a UUID: 32 hex digits in groups of 8-4-4-4-12 */

/* Is s (n bytes) one UUID, "f2f260c3-bf1f-466a-b856-6f031758a086"? */
static bool reads_as_uuid(const char *s, size_t n)
{
    while (n > 0 && pith_ascii_is_space(*s))
        s++, n--;
    while (n > 0 && pith_ascii_is_space(s[n - 1]))
        n--;
    if (n != UUID_TEXT)
        return false;
    for (size_t k = 0; k < n; k++) {
        bool dash = k == 8 || k == 13 || k == 18 || k == 23;
        if (dash ? s[k] != '-' : !pith_ascii_is_hex(s[k]))
            return false;
    }
    return true;
}

/* An inline element whose whole text is a UUID, outside code and
 * sentences (its parent holds no text of its own): a key a
 * script reads, printed in the page (a shop spells "Sponsored" one letter
 * a span, between spans of such keys that its style hides), never words
 * for a reader. */
static bool identifier_text(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->text != UUID_TEXT || el->blocks > 0 ||
        (el->flags & (PITH_EL_BLOCK | PITH_EL_IN_PRE)) || is_code(el) ||
        (el->parent != PITH_NO_EL && ctx->dom.els[el->parent].own_text > 0))
        return false; /* words around it: "your order number 3f0c2a9e-..." */
    const char *text = pith_ctx_text(ctx, i, 0);
    return reads_as_uuid(text, ctx->scratch.len);
}

#define SPELLED_KEYS_MIN 3 /* keys, and letters, of a label spelled between keys */

/* A box of inline elements, each one character or one UUID key (at least
 * SPELLED_KEYS_MIN of each), and no text of its own: a label spelled one
 * letter a span between keys printed for scripts, which the page's style
 * sorts into a word ("Sponsored") and decoys; no words for a reader. */
static bool spelled_between_keys(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->blocks > 0 || el->own_text > 0 || el->end - i <= 2 * SPELLED_KEYS_MIN)
        return false;
    uint32_t keys = 0, letters = 0;
    for (uint32_t c = i + 1; c < el->end; c = dom->els[c].end) {
        if (dom->els[c].text <= 1 && dom->els[c].end == c + 1)
            letters++;
        else if (identifier_text(ctx, c))
            keys++;
        else
            return false;
    }
    return keys >= SPELLED_KEYS_MIN && letters >= SPELLED_KEYS_MIN;
}

#define FIELD_KEY_MAX 64   /* non-space bytes of a field's key: "retail_price_tier1:" */
#define FIELD_VALUES_SCAN 4 /* <dd>s looked back over to the <dt> that names them */

/* A <dt> whose first word is a key written for a program, with an
 * underscore between its words ("shipping_chunk-1:", "cat_thumb_Bone:",
 * "tab_Care Instructions:"): a shop's template printing every field of
 * the product as stored, not a label written for a reader. */
static bool dt_names_a_stored_field(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->tag != GUMBO_TAG_DT || el->text == 0 || el->text > FIELD_KEY_MAX)
        return false;
    /* its <dd>s ask after it once it is dropped: its text all the same */
    pith_buf_clear(&ctx->scratch);
    pith_el_text_ex(&ctx->dom, i, &ctx->scratch, 0, 0, false);
    const char *t = ctx->scratch.data ? ctx->scratch.data : "";
    while (*t == ' ')
        t++;
    if (!*t)
        return false; /* no text (out of memory): t[1] is past its end */
    for (size_t k = 1; t[k] && t[k] != ' '; k++)
        if (t[k] == '_' && pith_ascii_is_alnum(t[k - 1]) && pith_ascii_is_alnum(t[k + 1]))
            return true;
    return false;
}

/* On a product's page, a stored field printed as it is stored: its <dt>
 * (dt_names_a_stored_field) and the <dd>s that follow it. */
static bool stored_field(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if (ctx->pagetype != PITH_PAGE_PRODUCT)
        return false;
    if (dom->els[i].tag == GUMBO_TAG_DT)
        return dt_names_a_stored_field(ctx, i);
    if (dom->els[i].tag != GUMBO_TAG_DD)
        return false;
    uint32_t k = pith_dom_previous_sibling(dom, i);
    for (int n = 0; n < FIELD_VALUES_SCAN && k != PITH_NO_EL && dom->els[k].tag == GUMBO_TAG_DD;
         n++)
        k = pith_dom_previous_sibling(dom, k);
    return k != PITH_NO_EL && dt_names_a_stored_field(ctx, k);
}

/* What a page prints for its scripts, or as its store keeps it, not for a
 * reader: the rule that names it, or NULL. */
static const char *printed_data(pith_ctx *ctx, uint32_t i)
{
    if (identifier_text(ctx, i) || spelled_between_keys(ctx, i))
        return "structure:identifier";
    if (stored_field(ctx, i))
        return "structure:stored-field";
    return NULL;
}

/* Per element, the sum of own(ctx, j) over its subtree, in an array of
 * dom->n from the arena, filled bottom-up in one pass (an element's value
 * is final before it is added to its parent's); NULL when memory ran out. */
static uint32_t *subtree_sums(pith_ctx *ctx, uint32_t (*own)(pith_ctx *ctx, uint32_t i))
{
    const pith_dom *dom = &ctx->dom;
    uint32_t *sums = pith_arena_calloc(ctx->arena, dom->n ? dom->n : 1, sizeof *sums);
    if (!sums)
        return NULL;
    for (uint32_t i = dom->n; i-- > 0;) {
        sums[i] += own(ctx, i);
        if (dom->els[i].parent != PITH_NO_EL)
            sums[dom->els[i].parent] += sums[i];
    }
    return sums;
}

/* One for a price (by class or by the text of an amount). */
static uint32_t a_price(pith_ctx *ctx, uint32_t i)
{
    return pith_pagetype_is_price(ctx, i, true);
}

/* Is a price shown outside every priced run of other products, from the
 * first run (element first) on?  The product's own price, set below a row
 * of other products (a shop that opens an ended item's page with what else
 * it sells); a category's grid holds all of its page's prices. */
static bool price_beside_the_runs(pith_ctx *ctx, uint32_t first)
{
    const pith_dom *dom = &ctx->dom;
    for (uint32_t i = first; i < dom->n;) {
        if (priced_run_of_others(ctx, i) || ctx->prices_in[i] == 0)
            i = dom->els[i].end; /* a run, or a box without a price */
        else if (a_price(ctx, i))
            return true;
        else
            i++;
    }
    return false;
}

/* On a product page, the prices every element holds (by class or by the
 * text of an amount), for priced_run_of_others.  The product's own price
 * stands apart from the runs of other products, mostly before them: when
 * the first run comes before any price and no price stands outside the
 * runs after it either, the page is a grid of products that calls itself a
 * product (og:type product on a shop's category), and its runs are its
 * content; unless the page marks its headline as a product's name
 * ("productTitle"): a product out of stock shows no price of its own. */
static void count_prices(pith_ctx *ctx)
{
    const pith_dom *dom = &ctx->dom;
    ctx->prices_in = NULL;
    if (ctx->pagetype != PITH_PAGE_PRODUCT)
        return;
    uint32_t *prices = subtree_sums(ctx, a_price);
    if (!prices)
        return;
    ctx->prices_in = prices;
    for (uint32_t i = 0; i < dom->n; i++)
        if (priced_run_of_others(ctx, i)) {
            if (prices_before(ctx, i) == 0 && !price_beside_the_runs(ctx, i) &&
                !ctx->product_headline)
                ctx->prices_in = NULL; /* the first priced run comes first: the page's grid */
            return;
        }
}

/* A modal dialog titled as one of the site's legal pages (its first
 * heading "Privacy policy", "Terms of service"): a shop's policies shown in
 * a pop-up, whose long prose the path to the page's densest prose may run
 * through; that path does not protect it. */
static bool legal_dialog(pith_ctx *ctx, uint32_t i)
{
    pith_dom *dom = &ctx->dom;
    if (!modal_dialog(&dom->els[i]) || holds_the_page(dom, i))
        return false;
    for (uint32_t j = i + 1; j < dom->els[i].end; j++) {
        const pith_el *h = &dom->els[j];
        if (!pith_tag_is_heading((GumboTag)h->tag) || h->text == 0)
            continue;
        const char *text = pith_ctx_text(ctx, j, 0);
        return pith_rules_match_phrase(text, ctx->scratch.len) == PITH_CAT_FOOTER;
    }
    return false;
}

#define HEADING_LINK_LEVELS 3 /* from a link up to the heading around it */

/* A link to a place on the page ("#attributes") that holds all of its
 * heading's text: documentation generators make every heading a link to
 * itself, with the class of the '#' or pilcrow permalink other generators
 * put beside the text.  That link is the heading, not its permalink. */
static bool links_its_own_heading(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    const char *href = pith_attr(el, "href");
    if (el->tag != GUMBO_TAG_A || !href || href[0] != '#' || el->text == 0)
        return false;
    uint32_t h = el->parent;
    for (int up = 0; up < HEADING_LINK_LEVELS && h != PITH_NO_EL; up++, h = dom->els[h].parent)
        if (pith_tag_is_heading((GumboTag)dom->els[h].tag))
            return dom->els[h].text == el->text;
    return false;
}

#define CODE_COLUMN_MIN_TEXT 100 /* non-space bytes of code: an example, not an icon */

/* An API reference shows the example request and response of each method
 * in a column beside its description, named as a sidebar ("aside",
 * "sidebar"): a sidebar of links or widgets holds no code; one whose text
 * is mostly code blocks is the page's examples. */
static bool column_of_code(const pith_el *el, pith_category cat, uint32_t code)
{
    return cat == PITH_CAT_SIDEBAR && code >= CODE_COLUMN_MIN_TEXT && code * 2 > el->text;
}

/* A part of a code block (a <span> inside a <pre>): a syntax highlighter
 * names each token by its kind ("hljs-comment", "token comment", "c1"),
 * and a code comment, keyword or title is the listing's, never the page's
 * comments, sidebar or heading furniture. */
static bool token_of_code(const pith_dom *dom, uint32_t i)
{
    uint32_t parent = dom->els[i].parent;
    return parent != PITH_NO_EL && (dom->els[parent].flags & PITH_EL_IN_PRE);
}

/* The text of element i when it is an outermost code block (<pre>). */
static uint32_t code_block_text(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    bool outer = el->parent == PITH_NO_EL || !(dom->els[el->parent].flags & PITH_EL_IN_PRE);
    return el->tag == GUMBO_TAG_PRE && outer ? el->text : 0;
}

/* The text inside code blocks of every element's subtree; NULL when
 * memory ran out. */
static uint32_t *code_text(pith_ctx *ctx)
{
    return subtree_sums(ctx, code_block_text);
}

/* One for a check box or a radio button. */
static uint32_t a_choice(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    const char *type = el->tag == GUMBO_TAG_INPUT ? pith_attr(el, "type") : NULL;
    return type && (pith_ascii_ieq(type, "checkbox") || pith_ascii_ieq(type, "radio"));
}

/* Per element, the check boxes and radio buttons it holds, on a product's
 * page or a page of items with a grid (NULL elsewhere, or when memory ran
 * out). */
static uint32_t *choice_inputs(pith_ctx *ctx)
{
    bool items = (ctx->pagetype == PITH_PAGE_COLLECTION || ctx->pagetype == PITH_PAGE_LISTING) &&
                 ctx->grid_first != PITH_NO_EL;
    if (!items && ctx->pagetype != PITH_PAGE_PRODUCT)
        return NULL;
    return subtree_sums(ctx, a_choice);
}

static bool is_form_control(GumboTag tag)
{
    return tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_BUTTON ||
           tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA;
}

/* One for a form control or an author box (a reviewer's). */
static uint32_t a_control_or_reviewer(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return is_form_control((GumboTag)el->tag) || el->cat == PITH_CAT_AUTHOR;
}

/* Per element, the form controls and author boxes it holds, on a
 * collection page (NULL elsewhere, or when memory ran out). */
static uint32_t *controls_and_reviewers(pith_ctx *ctx)
{
    if (ctx->pagetype != PITH_PAGE_COLLECTION)
        return NULL;
    return subtree_sums(ctx, a_control_or_reviewer);
}

#define VERSION_PICKER_LINKS_MIN 3  /* linked versions: "Current (18) / 17 / 16", "4.2 / 4.1 / 4.0" */
#define VERSION_PICKER_TEXT_MAX 300 /* non-space bytes: a row or three of versions */
#define VERSION_LABEL_MAX 12        /* bytes of a version's label: "v10.2.x" */
#define VERSION_NUMBER_CAP 100000   /* a leading number read no further: no version is as big */

/* Does a link's text (trimmed) read as a version: digits with dots, maybe
 * a "v" before them or an "x" for a series ("18", "9.6", "v3.2", "5.x")?
 * Its leading number ("9" of "9.6"), -1 when it does not. */
static long version_number(const char *t, size_t n)
{
    while (n && (*t == ' ' || *t == '\n'))
        t++, n--;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n'))
        n--;
    if (n && (*t == 'v' || *t == 'V'))
        t++, n--;
    if (n == 0 || n > VERSION_LABEL_MAX || !pith_ascii_is_digit(*t))
        return -1;
    long lead = 0;
    bool in_lead = true;
    for (size_t k = 0; k < n; k++) {
        if (!pith_ascii_is_digit(t[k]) && t[k] != '.' && !(t[k] == 'x' && k > 0 && t[k - 1] == '.'))
            return -1;
        in_lead = in_lead && pith_ascii_is_digit(t[k]);
        if (in_lead && lead < VERSION_NUMBER_CAP)
            lead = lead * 10 + (t[k] - '0');
    }
    return lead;
}

/* A manual's version picker written out as links ("Supported Versions:
 * Current (18) / 17 / 16 ... Unsupported versions: 13 / 12 / 11"): a short
 * block, no paragraph and no table, whose links are nearly all versions.
 * It heads every page of the manual, and of a chapter's index taken for a
 * listing; a table of versions is content, and so is it on an article (a
 * release's story).  Numbers that count up one by one (1 2 3 4) are a
 * pager's pages, not versions. */
static bool version_picker(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (ctx->pagetype == PITH_PAGE_ARTICLE || el->links < VERSION_PICKER_LINKS_MIN ||
        el->text > VERSION_PICKER_TEXT_MAX || el->paras > 0 || el->tag == GUMBO_TAG_A)
        return false;
    for (uint32_t a = i; a != PITH_NO_EL; a = dom->els[a].parent)
        if (dom->els[a].tag == GUMBO_TAG_TABLE)
            return false;
    uint32_t links = 0, versions = 0;
    long last = -1;
    bool counts_up = true; /* 1 2 3 4: a pager's pages, not versions */
    for (uint32_t j = i + 1; j < el->end; j++) {
        GumboTag t = (GumboTag)dom->els[j].tag;
        if (t == GUMBO_TAG_TABLE || t == GUMBO_TAG_PRE)
            return false;
        if (t != GUMBO_TAG_A || !pith_attr(&dom->els[j], "href"))
            continue;
        links++;
        const char *text = pith_ctx_text(ctx, j, VERSION_LABEL_MAX + 8);
        long v = version_number(text, ctx->scratch.len);
        if (v >= 0) {
            counts_up = counts_up && (last < 0 || v == last + 1);
            last = v;
            versions++;
        }
        j = dom->els[j].end - 1;
    }
    /* nearly all: a "Current" or "devel" among a row of numbers */
    return links >= VERSION_PICKER_LINKS_MIN && versions * 4 >= links * 3 && !counts_up;
}

/* On a service page, a box named as the section's picture holds a drawing
 * of the product, not what the page says of it: its labels, sample code
 * and chat are no sentences of the page's. */
static bool service_illustration(const pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    return ctx->pagetype == PITH_PAGE_SERVICE && el->norm && el->text > 0 &&
           !pith_el_hidden_by(el) && /* hidden, the rules of what hides it speak */
           names_an_illustration(el->norm) && !holds_the_page(&ctx->dom, i);
}

#define POPUP_LEVELS_MAX 6        /* levels up from a part of a pop-up to its outer box: a
                                     modal's wrapper, dialog, body, section, paragraph */
#define POPUP_ELEMENTS_MAX 2000   /* elements of a pop-up of the product's facts (a table
                                     of specifications); a bigger box is a column of the
                                     page.  It also bounds each scan to a constant */
#define FACTS_HEADING_TEXT_MAX 60 /* bytes of a heading that names a part of the product's
                                     facts ("Materials and care"), not a sentence */

/* Is heading h a title of the product's facts ("Product details", "Size
 * guide", "Materials and care", "Technische Daten")? */
static bool names_product_facts(pith_ctx *ctx, uint32_t h)
{
    if (ctx->dom.els[h].text == 0 || ctx->dom.els[h].text > FACTS_HEADING_TEXT_MAX)
        return false;
    const char *text = pith_ctx_text(ctx, h, FACTS_HEADING_TEXT_MAX * 2);
    return text && pith_rules_names_product_facts(text); /* rules/product_boxes.c */
}

/* Does box b hold a form to fill (a field, a choice, a text area: a
 * sign-up or a coupon's e-mail box) rather than facts to read?  Its
 * buttons (close, next) are no form. */
static bool asks_to_fill(const pith_dom *dom, uint32_t b)
{
    for (uint32_t j = b; j < dom->els[b].end; j++)
        if (dom->els[j].tag == GUMBO_TAG_FORM || is_field(&dom->els[j]))
            return true;
    return false;
}

/* Does box b, a pop-up, hold the product's facts, and no form to fill: a
 * heading that names them, or a paragraph of prose (the longer story of a
 * feature its card opens, "Water you waiting for? ...", a label's
 * certificate); what the page says of the product, which a reader opens
 * to read.  (A table alone is not enough: a pop-up's table is as often
 * the shop's delivery dates.) */
static bool popup_of_facts(pith_ctx *ctx, uint32_t b)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->els[b].end - b > POPUP_ELEMENTS_MAX || asks_to_fill(dom, b))
        return false;
    for (uint32_t j = b; j < dom->els[b].end; j++) {
        if ((pith_tag_is_heading((GumboTag)dom->els[j].tag) && names_product_facts(ctx, j)) ||
            pith_pagetype_long_paragraph(&dom->els[j]))
            return true;
    }
    return false;
}

/* On a product page, a part of a box classed as a pop-up, an overlay or a
 * promotion ("product-details-modal", "size-guide-popup") that holds the
 * product's facts: the drawer of its details, its size guide, its
 * specifications, opened by a button beside it; what the page says of the
 * product, not an offer.  The box is the outermost pop-up-classed element
 * a few levels up (shops class every heading and paragraph inside). */
static bool part_of_a_facts_popup(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if (ctx->pagetype != PITH_PAGE_PRODUCT || dom->els[i].cat != PITH_CAT_PROMO)
        return false;
    uint32_t box = i;
    uint32_t p = dom->els[i].parent;
    for (int up = 0; up < POPUP_LEVELS_MAX && p != PITH_NO_EL; up++, p = dom->els[p].parent)
        if (dom->els[p].cat == PITH_CAT_PROMO)
            box = p;
    return popup_of_facts(ctx, box);
}

/* On a product page, a dialog (shown or closed with aria-hidden) holding the
 * product's facts (its size guide, its details drawer): the page opens it
 * from a button beside the product, and what it says is the product's. */
static bool dialog_of_facts(pith_ctx *ctx, uint32_t i)
{
    return ctx->pagetype == PITH_PAGE_PRODUCT && modal_dialog(&ctx->dom.els[i]) &&
           popup_of_facts(ctx, i);
}

#define FACTS_SECTION_LEVELS_MAX 4 /* levels up from a column to the section its heading
                                      opens: columns, their row, the section */

/* On a product page, a box classed as a side column ("rightCol") inside a
 * section that a heading naming the product's facts opens ("System
 * Requirements" over its minimum and recommended columns): the section's
 * own columns, not the page's sidebar.  A column of links only is a menu
 * still. */
static bool column_of_a_facts_section(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (ctx->pagetype != PITH_PAGE_PRODUCT || el->cat != PITH_CAT_SIDEBAR ||
        el->link_text * 2 > el->text)
        return false;
    uint32_t p = el->parent;
    for (int up = 0; up < FACTS_SECTION_LEVELS_MAX && p != PITH_NO_EL; up++, p = dom->els[p].parent) {
        uint32_t first = p + 1; /* its first child element */
        if (first < dom->els[p].end && first != i &&
            pith_tag_is_heading((GumboTag)dom->els[first].tag) && names_product_facts(ctx, first))
            return true;
    }
    return false;
}

#define NAME_MIN_ALNUM 4 /* letters and digits of a name: "Rust", not "S" or "2" */
#define NAME_READ 256    /* bytes of a line read: a name is shorter */
#define NAME_SCAN_ELEMENTS 16 /* elements from a column's start to its first line: a
                                 header's boxes and its picture come before the name */

/* Does text name what the title names: its letters and digits (ASCII,
 * case folded) are the title's first ones, and a word of the title ends
 * there ("Harbor Lights" of "Harbor Lights on Quay Store")? */
static bool leads_the_title(const char *text, const char *title)
{
    const char *t = title;
    size_t n = 0;
    for (const char *s = text; *s; s++) {
        if (!pith_ascii_is_alnum(*s))
            continue;
        while (*t && !pith_ascii_is_alnum(*t))
            t++;
        if (pith_ascii_lower(*s) != pith_ascii_lower(*t))
            return false;
        t++;
        n++;
    }
    return n >= NAME_MIN_ALNUM && (*t == '\0' || pith_ascii_is_space(*t));
}

/* On a product page, a box classed as a side column ("rightcol") whose
 * first line is the product's name (what the page's title names): the
 * column beside the product's pictures that heads its page (its name,
 * maker, release date, a line of pitch), not the page's sidebar.  A
 * sidebar of other products or links opens with its own heading ("More
 * like this", "Similar titles"). */
static bool column_of_the_product(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (ctx->pagetype != PITH_PAGE_PRODUCT || el->cat != PITH_CAT_SIDEBAR || !ctx->meta.title)
        return false;
    uint32_t end = el->end < i + NAME_SCAN_ELEMENTS ? el->end : i + NAME_SCAN_ELEMENTS;
    uint32_t k = i + 1;
    while (k < end && dom->els[k].own_text == 0)
        k++;
    return k < end && leads_the_title(pith_ctx_text(ctx, k, NAME_READ), ctx->meta.title);
}

/* On a product page, a box classed as comments: what the product's buyers
 * wrote of it (a course's testimonials, the comments of a seller's
 * feedback), read with the product; no story is there for them to answer.
 * A shop's review widgets (stars, histograms, "write a review") are
 * classed reviews, and go as its furniture (shop_furniture). */
static bool comments_on_a_product(const pith_ctx *ctx, pith_category cat)
{
    return cat == PITH_CAT_COMMENTS && ctx->pagetype == PITH_PAGE_PRODUCT;
}

#define HERO_TEXT_MAX 400 /* non-space bytes of a hero: its heading, a line or two of
                             pitch and a button's label; a larger box is a section */

/* The page's one <h1> with text (a visible one, when visible_only), or
 * PITH_NO_EL: none, or several (a page that heads each section with one
 * has no single title). */
static uint32_t the_one_h1(const pith_dom *dom, bool visible_only)
{
    uint32_t found = PITH_NO_EL;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        if (el->tag != GUMBO_TAG_H1 || el->text == 0 ||
            (visible_only && (el->flags & PITH_EL_HIDDEN)))
            continue;
        if (found != PITH_NO_EL)
            return PITH_NO_EL;
        found = i;
    }
    return found;
}

/* A product page's name: its one <h1>, shown or hidden, or PITH_NO_EL. */
static uint32_t the_product_name(const pith_ctx *ctx)
{
    return ctx->pagetype == PITH_PAGE_PRODUCT ? the_one_h1(&ctx->dom, false) : PITH_NO_EL;
}

/* The hero of a service page: the box around its one title (title, the
 * page's one visible <h1> or PITH_NO_EL) that holds the title and its
 * pitch (a line or two, a button), HERO_TEXT_MAX at most, mostly not
 * links; PITH_NO_EL if none.  A landing page names it after its layout
 * ("hero-banner", "promo", a <header>), yet it opens the page's content:
 * its title and what it offers. */
static uint32_t hero_of_the_page(const pith_ctx *ctx, uint32_t title)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t box = ctx->pagetype == PITH_PAGE_SERVICE ? title : PITH_NO_EL;
    if (box == PITH_NO_EL)
        return PITH_NO_EL;
    for (;;) {
        uint32_t p = dom->els[box].parent;
        if (p == PITH_NO_EL || p == dom->body || dom->els[p].text > HERO_TEXT_MAX ||
            dom->els[p].link_text * 2 > dom->els[p].text)
            return box;
        box = p;
    }
}

/* Is element i the page's hero (see above) or a part of it, and not
 * mostly links (a button to another page, a trail of links)?  Named as a
 * promotion ("hero-banner", "cta") or as its eyebrow line (read as
 * metadata), or set in a <header>, it stays on a service page. */
static bool in_the_hero(const pith_dom *dom, uint32_t hero, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    return hero != PITH_NO_EL && hero <= i && i < dom->els[hero].end &&
           el->link_text * 2 <= el->text;
}

/* Is element i, named as an ad or a promotion ("billboard-slot",
 * "category-banner-hero", "text-overlay"), the box around the page's
 * one visible <h1>?  A box that holds the page's title is its opening (a
 * category's banner: its name and intro), never an ad slot nor a sales
 * pitch laid over the page: neither writes the page's title.  What it
 * holds is still judged, part by part (a button, a menu). */
static bool ad_around_the_title(const pith_dom *dom, uint32_t i, pith_category cat,
                                uint32_t title)
{
    return (cat == PITH_CAT_AD || cat == PITH_CAT_PROMO) && title != PITH_NO_EL && i < title &&
           title < dom->els[i].end;
}

#define KICKER_TEXT_MAX 40 /* non-space bytes of a kicker: a word or a short phrase
                              ("Platform", "Faster inference"), not a line of facts */
#define KICKER_HEADING_SCAN 4 /* elements into the next sibling looked at for its heading */

/* Is element k a list, or does it open with one? */
static bool opens_a_list(const pith_dom *dom, uint32_t k)
{
    GumboTag t = (GumboTag)dom->els[k].tag;
    if (k + 1 < dom->els[k].end && t != GUMBO_TAG_UL && t != GUMBO_TAG_OL && t != GUMBO_TAG_DL)
        t = (GumboTag)dom->els[k + 1].tag;
    return t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL;
}

/* A kicker (an "eyebrow"): the short line a landing page or a product
 * page sets right over a section's heading ("Platform" over "One place
 * for all your data"), named like an article's metadata, often written as
 * a heading itself.  On a page that is no article (whose kicker over the
 * headline is its section's name) nor forum (where metadata stays), it
 * names the section and is content: a line right before a heading, or a
 * heading followed by no list (a short metadata heading over a list,
 * "Tags" over its tags, is no kicker). */
static bool kicker_of_a_heading(const pith_ctx *ctx, uint32_t i, pith_category cat)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (cat != PITH_CAT_META || ctx->pagetype == PITH_PAGE_ARTICLE ||
        ctx->pagetype == PITH_PAGE_FORUM || el->text == 0 || el->text > KICKER_TEXT_MAX ||
        el->link_text * 2 > el->text)
        return false;
    uint32_t next = el->end;
    if (next >= dom->n || dom->els[next].parent != el->parent)
        return false;
    if (pith_tag_is_heading((GumboTag)el->tag))
        return !opens_a_list(dom, next);
    return pith_dom_heading_of(dom, next, KICKER_HEADING_SCAN, true) != PITH_NO_EL;
}

/* Decide whether a structural rule drops element i; the rule name or NULL. */
static const char *structural_rule(pith_ctx *ctx, uint32_t i, const uint32_t *code,
                                   const uint32_t *choices, const uint32_t *controls,
                                   uint32_t hero, uint32_t name, uint32_t title)
{
    pith_el *el = &ctx->dom.els[i];
    bool holds_main = (el->flags & PITH_EL_HOLDS_MAIN) != 0;
    const pith_tag_rule *tr = tag_rule((GumboTag)el->tag);
    if (tr && tr->action == PITH_TAG_DROP && !question_toggle(ctx, i))
        return tr->rule;
    if (el->tag == GUMBO_TAG_HTML || el->tag == GUMBO_TAG_BODY)
        return NULL;
    const char *shop = shop_furniture(ctx, i);
    if (shop)
        return shop;
    if (legal_dialog(ctx, i))
        return "role:dialog";
    /* the path to the densest prose may run through a closed dialog's
     * fine print: it does not protect what no reader sees */
    if (closed_dialog(ctx, i) && !holds_the_page(&ctx->dom, i))
        return "tag:dialog";
    if (service_illustration(ctx, i))
        return "class:illustration";
    if (form_beside_the_grid(ctx, i))
        return "structure:filter-form";
    /* the path to the densest prose may run through a slide's first copy,
     * laid before the slide itself: the slide is the one read */
    if (el->norm && carousel_clone(el->norm))
        return "class:carousel-clone";
    if (holds_main)
        return NULL;
    const char *choosing = box_of_choices(ctx, i, choices);
    if (choosing)
        return choosing;
    if (labelled_filters(ctx, i))
        return "structure:filter-panel";
    if (break_in_the_grid(ctx, i))
        return "structure:grid-break";
    const char *sells = selling(ctx, i);
    if (sells)
        return sells;
    const char *data = printed_data(ctx, i);
    if (data)
        return data;
    if (version_picker(ctx, i))
        return "structure:version-picker";
    if (tr && tr->action == PITH_TAG_DROP_UNLESS_MAIN && !form_of_posts(ctx, i) &&
        !header_of_an_item(ctx, i) && !header_of_a_post(ctx, i) && !quote_in_a_post(ctx, i) && !header_of_a_section(ctx, i) &&
        !heading_of_a_section(&ctx->dom, i) && !in_the_hero(&ctx->dom, hero, i))
        return tr->rule;
    if (el->tag == GUMBO_TAG_FIGCAPTION && ctx->opt->favor != PITH_FAVOR_RECALL)
        return "tag:figcaption";

    unsigned hidden = pith_el_hidden_by(el);
    bool docs_tab = hidden_docs_tab(ctx, i, code);
    bool shown = holds_the_page(&ctx->dom, i) || docs_tab;
    if ((hidden & PITH_HIDDEN_ATTR) && !shown && !closed_panel(ctx, i))
        return "attr:hidden";
    if ((hidden & PITH_HIDDEN_ARIA) && !docs_tab && !shown_panel(ctx, i) &&
        !dialog_of_facts(ctx, i))
        return "attr:aria-hidden";
    if ((hidden & PITH_HIDDEN_STYLE) && !shown && !styled_panel(ctx, i) &&
        !holds_the_product(&ctx->dom, i, name))
        return "style:hidden";
    if (!shown && repeated_block(ctx, i))
        return "structure:repeated";
    if (!shown && layout_copy(ctx, i))
        return "structure:layout-copy";
    const char *role = role_rule(el);
    if (role && !accordion_as_tablist(&ctx->dom, i) && !dialog_of_facts(ctx, i))
        return role;
    if (row_of_tabs(&ctx->dom, i))
        return "role:tablist";
    /* an ad slot's attribute on the box that holds the next part of a
     * list or a story ("3. ..." after an ad): its prose is the article's */
    if (has_ad_attribute(el) && !mislabelled_prose(el, PITH_CAT_AD))
        return "attr:ad";
    if (has_meta_itemprop(el) && ctx->pagetype != PITH_PAGE_FORUM)
        return "itemprop:meta"; /* a forum shows each post's poster and time */
    const char *rel = pith_attr(el, "rel");
    if (rel && el->tag == GUMBO_TAG_A && strstr(rel, "author") && ctx->pagetype != PITH_PAGE_FORUM)
        return "rel:author"; /* a forum links each post's poster so */
    if (hover_card(&ctx->dom, i))
        return "structure:hover-card";

    pith_category cat = (pith_category)el->cat;
    if (cat == PITH_CAT_NONE || cat == PITH_CAT_REVIEWS || cat == PITH_CAT_CART ||
        links_its_own_heading(&ctx->dom, i))
        return NULL; /* a shop's furniture: above */
    if (cat == PITH_CAT_CREDIT && ctx->opt->favor == PITH_FAVOR_RECALL)
        return NULL;
    if (promotion_kept_hidden(el, cat))
        return class_rule_names[cat];
    /* A quoted social post (blockquote class="twitter-tweet") is part of the
     * story, and so is the box around it; share buttons are never block
     * quotes. */
    if ((cat == PITH_CAT_SHARE && el->tag == GUMBO_TAG_BLOCKQUOTE) ||
        pith_clean_quoted_post(&ctx->dom, i, cat))
        return NULL;
    if (el->positive == 2 && cat != PITH_CAT_HIDDEN && cat != PITH_CAT_AD &&
        cat != PITH_CAT_COMMENTS)
        return NULL;
    if (mislabelled_prose(el, cat) || pith_clean_article_part(&ctx->dom, i, cat) ||
        inline_in_prose(&ctx->dom, i, cat) || section_named_as_navigation(&ctx->dom, i, cat) ||
        card_named_as_navigation(ctx, i, cat) || card_footer_with_heading(&ctx->dom, i, cat) ||
        column_of_code(el, cat, code ? code[i] : 0) || token_of_code(&ctx->dom, i))
        return NULL;
    if (((cat == PITH_CAT_COMMENTS || cat == PITH_CAT_META) && ctx->pagetype == PITH_PAGE_FORUM) ||
        card_of_a_poster(ctx, i) ||
        in_header_of_a_post(ctx, i))
        return NULL; /* on a forum the replies are the page, each with its poster and time
                        ("message-attribution": the post's, not a credit line) */
    if (many_blocks_keep(ctx, i, cat, controls) || authors_of_an_item(ctx, i, cat) ||
        ((cat == PITH_CAT_PROMO || cat == PITH_CAT_META) && in_the_hero(&ctx->dom, hero, i)) ||
        question_toggle(ctx, i) || comments_on_a_product(ctx, cat) ||
        part_of_a_facts_popup(ctx, i) || column_of_a_facts_section(ctx, i) ||
        column_of_the_product(ctx, i) || kicker_of_a_heading(ctx, i, cat) ||
        ad_around_the_title(&ctx->dom, i, cat, title))
        return NULL;
    if (cat == PITH_CAT_COMMENTS)
        el->flags |= PITH_EL_COMMENTS;
    return class_rule_names[cat];
}

#define PANE_NAME_TEXT_MIN 2 /* non-space bytes of a pane's name: a one-character
                              link is the avatar's initial */

/* The poster's name in an author pane (an <aside> beside each post, as
 * Invision writes it: avatar, name, rank, post count, join date): the
 * first link of a name's length inside the first element named as the
 * user name or the author (class or itemprop), CARD_ELEMENTS_MAX elements
 * down at most; PITH_NO_EL if none. */
static uint32_t name_in_a_poster_pane(const pith_ctx *ctx, uint32_t i)
{
    static const char *const names[] = {"author", NULL}; /* beside the user names */
    const pith_dom *dom = &ctx->dom;
    if (dom->els[i].tag != GUMBO_TAG_ASIDE || ctx->pagetype != PITH_PAGE_FORUM)
        return PITH_NO_EL;
    uint32_t end = dom->els[i].end;
    if (end - i > CARD_ELEMENTS_MAX)
        end = i + CARD_ELEMENTS_MAX;
    for (uint32_t k = i + 1; k < end; k++) {
        const pith_el *el = &dom->els[k];
        const char *prop = pith_attr(el, "itemprop");
        if (!(prop && (strstr(prop, "author") || strstr(prop, "name"))) &&
            !pith_rules_class_names_a_user(el->cls) && !(el->cls && class_holds(el->cls, names)))
            continue;
        for (uint32_t n = k; n < el->end && n < end; n++) {
            const pith_el *a = &dom->els[n];
            if (a->tag == GUMBO_TAG_A && a->text >= PANE_NAME_TEXT_MIN &&
                a->text <= POSTER_LINK_TEXT_MAX && a->blocks == 0)
                return n;
        }
        return PITH_NO_EL;
    }
    return PITH_NO_EL;
}

/* Drop all of box i but element n and the boxes between them: the
 * siblings along the way down go with rule. */
static void drop_all_but(pith_ctx *ctx, uint32_t i, uint32_t n, const char *rule)
{
    const pith_dom *dom = &ctx->dom;
    while (i != n) {
        uint32_t next = PITH_NO_EL;
        for (uint32_t c = i + 1; c < dom->els[i].end; c = dom->els[c].end) {
            if (c <= n && n < dom->els[c].end)
                next = c;
            else
                pith_ctx_drop(ctx, c, rule);
        }
        i = next;
    }
}

/* On a forum, an author pane that is dropped (tag:aside) leaves its
 * poster's name for forum.c, as a poster's card does, and nothing else:
 * its join date is no post's time.  A post's second pane right after the
 * first (one for wide screens, one for narrow) names the same poster and
 * goes whole.  Returns whether i was such a pane. */
static bool keep_the_name_of_a_pane(pith_ctx *ctx, uint32_t i, const char *rule,
                                    uint32_t *pane_end)
{
    uint32_t n = name_in_a_poster_pane(ctx, i);
    if (n == PITH_NO_EL || *pane_end == i)
        return false;
    drop_all_but(ctx, i, n, rule);
    *pane_end = ctx->dom.els[i].end;
    return true;
}

static void drop_by_structure(pith_ctx *ctx)
{
    pith_dom *dom = &ctx->dom;
    if (!ctx->item_run)
        ctx->item_run = pith_dom_item_runs(dom, ctx->arena);
    count_prices(ctx);
    const uint32_t *code = code_text(ctx);
    const uint32_t *choices = choice_inputs(ctx);
    const uint32_t *controls = controls_and_reviewers(ctx);
    uint32_t title = the_one_h1(dom, true); /* found once: the hero is built on it */
    uint32_t hero = hero_of_the_page(ctx, title);
    uint32_t name = the_product_name(ctx);
    uint32_t i = 0;
    uint32_t pane_end = PITH_NO_EL;
    while (i < dom->n) {
        const char *rule = structural_rule(ctx, i, code, choices, controls, hero, name, title);
        if (rule && keep_the_name_of_a_pane(ctx, i, rule, &pane_end)) {
            i = dom->els[i].end;
        } else if (rule) {
            pith_ctx_drop(ctx, i, rule);
            i = dom->els[i].end;
        } else {
            i++;
        }
    }
}

/* ---------------------------------------------------------- pass 3 */


#define HEADING_WRAPPER_LEVELS 4 /* boxes around a heading that hold only it */
#define HEADING_ROW_EXTRA 24      /* non-space bytes beside it: a "See all" link */

/* The outermost box around heading h that holds nothing but it and maybe a
 * short link (a "section-title" row: an <h2> and "See all"), up to
 * HEADING_WRAPPER_LEVELS up: the section it introduces follows that box. */
static uint32_t heading_box(const pith_dom *dom, uint32_t h)
{
    uint32_t box = h;
    for (int up = 0; up < HEADING_WRAPPER_LEVELS; up++) {
        uint32_t p = dom->els[box].parent;
        if (p == PITH_NO_EL || dom->els[p].text > dom->els[h].text + HEADING_ROW_EXTRA ||
            (dom->els[p].flags & PITH_EL_HOLDS_MAIN) || p == dom->body)
            break;
        box = p;
    }
    return box;
}

/* The heading that unit i is, or that it holds and nothing else (a box
 * around an <h2>, HEADING_WRAPPER_LEVELS down at most); PITH_NO_EL if none. */
static uint32_t unit_heading(const pith_dom *dom, uint32_t i)
{
    uint32_t h = i;
    for (int down = 0; down <= HEADING_WRAPPER_LEVELS; down++) {
        if (pith_tag_is_heading((GumboTag)dom->els[h].tag))
            return h;
        uint32_t next = PITH_NO_EL;
        for (uint32_t c = h + 1; c < dom->els[h].end; c = dom->els[c].end)
            if (dom->els[c].text == dom->els[i].text) {
                next = c;
                break;
            }
        if (next == PITH_NO_EL)
            return PITH_NO_EL;
        h = next;
    }
    return PITH_NO_EL;
}

/* Pages whose boilerplate headings are found in the boxes around them
 * too: not a listing's, a collection's or a forum's, where a box titled
 * "Latest" or "Popular" holds the page's items. */
static bool boxed_headings(pith_pagetype t)
{
    return t != PITH_PAGE_LISTING && t != PITH_PAGE_COLLECTION && t != PITH_PAGE_FORUM;
}

/* Whether element j holds a heading of rank or higher (a smaller tag)
 * that is still there (a removed dialog's title heads nothing). */
static bool holds_heading_of(const pith_dom *dom, uint32_t j, GumboTag rank)
{
    for (uint32_t k = j; k < dom->els[j].end;) {
        if (dom->els[k].flags & PITH_EL_DROPPED) {
            k = dom->els[k].end;
            continue;
        }
        if (pith_tag_is_heading((GumboTag)dom->els[k].tag) && dom->els[k].tag <= rank)
            return true;
        k++;
    }
    return false;
}

#define SECTION_CLIMB_LEVELS 8 /* a shop's carousel sits ~7 boxes above its heading's row */

/* Drop the siblings after box h up to the next one that holds a heading of
 * rank or higher (or the page's main text); whether none stopped it. */
static bool drop_siblings_after(pith_ctx *ctx, uint32_t h, GumboTag rank, const char *rule)
{
    pith_dom *dom = &ctx->dom;
    uint32_t parent = dom->els[h].parent;
    for (uint32_t j = dom->els[h].end; j < dom->els[parent].end; j = dom->els[j].end) {
        if (dom->els[j].flags & PITH_EL_DROPPED)
            continue;
        if (holds_heading_of(dom, j, rank) || (dom->els[j].flags & PITH_EL_HOLDS_MAIN))
            return false;
        pith_ctx_drop(ctx, j, rule);
    }
    return true;
}

/* Whether box h's parent holds no text before h (what follows h is gone):
 * the parent is then h's section and nothing more. */
static bool only_after(const pith_dom *dom, uint32_t h)
{
    uint32_t parent = dom->els[h].parent;
    for (uint32_t j = parent + 1; j < h; j = dom->els[j].end)
        if (dom->els[j].text > 0 && !(dom->els[j].flags & PITH_EL_DROPPED))
            return false;
    return true;
}

/* A boilerplate heading introduces a section: drop the siblings after it
 * (or after the box that holds only it) up to the next heading of the same
 * or a higher rank. */
static void drop_section_after(pith_ctx *ctx, uint32_t heading, const char *rule)
{
    pith_dom *dom = &ctx->dom;
    uint32_t h = boxed_headings(ctx->pagetype) ? heading_box(dom, heading) : heading;
    uint32_t parent = dom->els[h].parent;
    /* Under a product, what follows a recommendations heading in the box
     * of the page's densest prose is other products still; in an article
     * that box is the article. */
    bool in_main = parent != PITH_NO_EL && (dom->els[parent].flags & PITH_EL_HOLDS_MAIN);
    if (parent == PITH_NO_EL || (in_main && ctx->pagetype != PITH_PAGE_PRODUCT))
        return;
    GumboTag rank = (GumboTag)dom->els[heading].tag;
    for (int up = 0; drop_siblings_after(ctx, h, rank, rule) && up < SECTION_CLIMB_LEVELS &&
                     ctx->pagetype == PITH_PAGE_PRODUCT && only_after(dom, h);
         up++) {
        /* the box is the heading and its section and nothing else: the
         * section goes on after that box */
        h = dom->els[h].parent;
        uint32_t p = dom->els[h].parent;
        if (p == PITH_NO_EL || p == dom->body || (dom->els[p].flags & PITH_EL_HOLDS_MAIN))
            break;
    }
}

/* A table of contents' label ("On this page", "Contents") introduces its
 * list of links: drop the link lists after it, up to the first block that
 * is not one or the next heading. */
static void drop_links_after(pith_ctx *ctx, uint32_t h, const char *rule)
{
    pith_dom *dom = &ctx->dom;
    uint32_t parent = dom->els[h].parent;
    if (parent == PITH_NO_EL)
        return;
    for (uint32_t j = dom->els[h].end; j < dom->els[parent].end; j = dom->els[j].end) {
        const pith_el *el = &dom->els[j];
        if (el->flags & PITH_EL_DROPPED)
            continue;
        if (pith_tag_is_heading((GumboTag)el->tag) || el->link_text * 2 <= el->text)
            break;
        pith_ctx_drop(ctx, j, rule);
    }
}

/* A <cite> at the head of a block quote (directly, or in the quote's
 * single wrapper): the quote's attribution. */
static bool is_quote_attribution(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if (el->tag != GUMBO_TAG_CITE || el->parent == PITH_NO_EL)
        return false;
    uint32_t p = el->parent;
    if (dom->els[p].tag == GUMBO_TAG_BLOCKQUOTE)
        return true;
    uint32_t g = dom->els[p].parent;
    return g != PITH_NO_EL && dom->els[g].tag == GUMBO_TAG_BLOCKQUOTE;
}

/* Test the text of one small block against the phrase rules. */
static const char *text_rule(pith_ctx *ctx, uint32_t i, pith_category *cat_out)
{
    const pith_el *el = &ctx->dom.els[i];
    *cat_out = PITH_CAT_NONE;
    if (el->text == 0 || el->text > PITH_RULES_COOKIE_MAX_TEXT)
        return NULL;
    const char *text = pith_ctx_text(ctx, i, 0);
    size_t n = ctx->scratch.len;
    if (is_quote_attribution(&ctx->dom, i) && el->text <= 150 &&
        pith_rules_is_attribution(text, n))
        return "phrase:attribution";
    const char *rule = pith_rules_block_phrase(text, n, el->text, cat_out);
    /* A list's item is no picture's credit: "Graphics: Nvidia RTX 4050",
     * "Video: 4K/30p" are the lines of a list of specifications, "Source:
     * ..." one of a list of sources. */
    if (rule && el->tag == GUMBO_TAG_LI && !strcmp(rule, "phrase:credit"))
        return NULL;
    return rule;
}

/* Is a sibling node a line boundary: a <br>, a block element, or (when
 * there is none) the edge of the parent?  White space does not count. */
static bool is_line_edge(const GumboNode *parent, long k, int dir)
{
    const GumboVector *kids = &parent->v.element.children;
    for (; k >= 0 && k < (long)kids->length; k += dir) {
        const GumboNode *c = kids->data[k];
        if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT)
            continue;
        if (c->type == GUMBO_NODE_ELEMENT)
            return c->v.element.tag == GUMBO_TAG_BR || pith_tag_is_block(c->v.element.tag);
        return false; /* text beside it: part of a sentence */
    }
    return true;
}

static bool on_a_line_of_its_own(const GumboNode *node)
{
    const GumboNode *parent = node->parent;
    if (!parent || (parent->type != GUMBO_NODE_ELEMENT && parent->type != GUMBO_NODE_TEMPLATE))
        return false;
    long k = (long)node->index_within_parent;
    return is_line_edge(parent, k - 1, -1) && is_line_edge(parent, k + 1, +1);
}

/* An inline element (a link, an emphasis) inside a sentence: the phrase
 * rules judge blocks and labels, never words of running text.  A row of
 * share links has little text besides its links; a sentence has plenty. */
static bool in_running_text(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if ((el->flags & PITH_EL_BLOCK) || el->blocks > 0 || el->parent == PITH_NO_EL)
        return false;
    if (is_quote_attribution(dom, i))
        return false; /* a quote's attribution is a label, not part of the quote */
    if (on_a_line_of_its_own(el->node))
        return false; /* "<br><small>Posted by Jane</small><br>": a line, not a word */
    const pith_el *p = &dom->els[el->parent];
    uint32_t others = (p->text - p->link_text) - (el->text - el->link_text);
    return others >= 30;
}

/* Code (an option "--author=", a name "share") says what to type, not
 * what the page's furniture is. */
static bool is_code(const pith_el *el)
{
    return el->tag == GUMBO_TAG_CODE || el->tag == GUMBO_TAG_KBD || el->tag == GUMBO_TAG_SAMP ||
           el->tag == GUMBO_TAG_VAR;
}

#define SECTION_NUMBER_MAX_DIGITS 3

#define PERMALINK_SCAN 8 /* elements of a heading looked through for its permalink */

/* The anchor a heading's permalink leads to ("more-on-fields" of <a
 * class=headerlink href="#more-on-fields">), when it is the heading's own
 * text made an anchor: a manual's generator links each heading to itself.
 * NULL if there is none. */
static const char *permalink_anchor(const pith_dom *dom, uint32_t h, const char *text)
{
    for (uint32_t j = h + 1; j < dom->els[h].end && j <= h + PERMALINK_SCAN; j++) {
        if (dom->els[j].tag != GUMBO_TAG_A)
            continue;
        const char *href = pith_attr(&dom->els[j], "href");
        if (href && href[0] == '#' && id_is_anchor_of(href + 1, text))
            return href + 1;
    }
    return NULL;
}

/* A heading that links to itself (a manual generator's permalink, "More
 * on fields¶"): a section of the manual, whatever its words say ("More
 * on..." is no box of other pages there). */
static bool self_linked_heading(pith_ctx *ctx, uint32_t i)
{
    if (!pith_tag_is_heading((GumboTag)ctx->dom.els[i].tag))
        return false;
    const char *t = pith_ctx_text(ctx, i, 0);
    return permalink_anchor(&ctx->dom, i, t) != NULL;
}

/* A heading that opens with its section's number ("4.2. More on Knots",
 * "3.2 Related work", "2. Comments"): a part of a manual, a specification
 * or a paper, whose words may read like a boilerplate heading.  The number
 * needs its dot: "12 Comments" counts comments. */
static bool numbered_heading(pith_ctx *ctx, uint32_t i)
{
    if (!pith_tag_is_heading((GumboTag)ctx->dom.els[i].tag))
        return false;
    const char *t = pith_ctx_text(ctx, i, 0);
    while (*t == ' ')
        t++;
    int dots = 0;
    for (;;) {
        int digits = 0;
        while (pith_ascii_is_digit(t[digits]))
            digits++;
        if (digits == 0 || digits > SECTION_NUMBER_MAX_DIGITS)
            return false;
        t += digits;
        if (*t != '.')
            return dots > 0 && *t == ' ';
        dots++;
        t++;
        if (*t == ' ')
            return true;
    }
}

/* Does element i hold a post's header (header_of_a_post) as a child?  Its
 * text then opens with the post's "Posted by Jane 07/03/24 3:30 PM", which
 * reads as a line of post information, but it is the whole post. */
static bool opens_with_a_post_header(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    if (ctx->pagetype != PITH_PAGE_FORUM)
        return false;
    for (uint32_t c = i + 1; c < dom->els[i].end; c = dom->els[c].end)
        if (header_of_a_post(ctx, c))
            return true;
    return false;
}

#define PLACEHOLDER_MAX_TEXT 32 /* non-space bytes: "Loading, please wait..." and room */

#define POSTED_LINE_TEXT_MAX 40 /* non-space bytes of "Posted May 22, 2024 (edited)" */

/* On a forum, a short line of post information holding a <time>
 * ("Posted <time>May 22, 2024</time>") is the post's time, as forum
 * software links it to the post, not a page's dateline. */
static bool posted_time_of_a_post(const pith_ctx *ctx, uint32_t i, pith_category cat)
{
    const pith_dom *dom = &ctx->dom;
    if (ctx->pagetype != PITH_PAGE_FORUM || cat != PITH_CAT_META ||
        dom->els[i].text > POSTED_LINE_TEXT_MAX)
        return false;
    for (uint32_t k = i + 1; k < dom->els[i].end; k++)
        if (dom->els[k].tag == GUMBO_TAG_TIME)
            return true;
    return false;
}

/* A line of its own that is only a loading placeholder ("Loading...",
 * PITH_CAT_LOADING in rules/phrases.c), on any page.  A heading is no
 * placeholder: a manual's section may be called "Loading". */
static const char *placeholder_line(pith_ctx *ctx, uint32_t i, pith_category cat)
{
    const pith_el *el = &ctx->dom.els[i];
    if (cat != PITH_CAT_LOADING || el->text > PLACEHOLDER_MAX_TEXT ||
        pith_tag_is_heading((GumboTag)el->tag))
        return NULL;
    return "phrase:loading";
}

static void drop_by_text(pith_ctx *ctx)
{
    pith_dom *dom = &ctx->dom;
    uint32_t i = 0;
    while (i < dom->n) {
        pith_el *el = &dom->els[i];
        uint32_t parent = el->parent;
        /* Test each unit once: the topmost element holding a given text. */
        bool unit = parent == PITH_NO_EL || dom->els[parent].text > el->text;
        if ((el->flags & PITH_EL_DROPPED) || el->text == 0) {
            i = el->end;
            continue;
        }
        if (!unit || (el->flags & PITH_EL_HOLDS_MAIN) || el->text > PITH_RULES_COOKIE_MAX_TEXT ||
            (el->flags & PITH_EL_IN_PRE)) {
            i++;
            continue;
        }
        if (opens_with_a_post_header(ctx, i) || column_of_a_facts_section(ctx, i)) {
            i++; /* a post, not a line: its header and its body are judged apart; a
                    column of the product's facts ("Recommended: OS ...") too */
            continue;
        }
        if (in_running_text(dom, i) || is_code(el) || numbered_heading(ctx, i) ||
            self_linked_heading(ctx, i)) {
            i = el->end; /* "announced it on <a>Twitter</a> on Friday" */
            continue;
        }
        pith_category cat;
        const char *rule = text_rule(ctx, i, &cat);
        if (!rule && cat == PITH_CAT_REVIEWS && ctx->pagetype == PITH_PAGE_PRODUCT)
            rule = "phrase:reviews"; /* a product's shoppers' reviews, not its own text */
        if (!rule)
            rule = placeholder_line(ctx, i, cat);
        if (!rule || posted_time_of_a_post(ctx, i, cat)) {
            i++;
            continue;
        }
        pith_ctx_drop(ctx, i, rule);
        /* A boilerplate heading takes its section along (a product's
         * "Customer Reviews" its reviews); so does a "Tags" label (a short
         * metadata heading: datelines are longer). */
        uint32_t heading = boxed_headings(ctx->pagetype) ? unit_heading(dom, i)
                           : pith_tag_is_heading((GumboTag)el->tag) ? i
                                                                    : PITH_NO_EL;
        if (heading != PITH_NO_EL &&
            (cat == PITH_CAT_RELATED || cat == PITH_CAT_COMMENTS || cat == PITH_CAT_AUTHOR ||
             cat == PITH_CAT_NEWSLETTER || cat == PITH_CAT_REVIEWS ||
             (cat == PITH_CAT_META && el->text <= 20)))
            drop_section_after(ctx, heading, rule);
        else if (pith_tag_is_heading((GumboTag)el->tag) && cat == PITH_CAT_NAV)
            drop_links_after(ctx, i, rule);
        i = el->end;
    }
}

/* ---------------------------------------------------------- the stage */

#define NOSCRIPT_PAGE_MIN_TEXT 200 /* non-space bytes: more than a "turn on JavaScript" line */

/* A <noscript> that holds the page: sites built as script applications
 * serve readers without scripts (and crawlers) the whole page there, forum
 * software every thread, and show nothing but an empty shell outside it.
 * The largest <noscript> of the body whose content holds more text than the
 * rest of the body is read as the page: it becomes a plain <div>.  Returns
 * true when one did. */
static bool reveal_noscript_page(pith_dom *dom)
{
    if (dom->body == PITH_NO_EL)
        return false;
    uint32_t best = PITH_NO_EL, best_text = 0;
    for (uint32_t i = dom->body + 1; i < dom->els[dom->body].end; i++) {
        if (dom->els[i].tag != GUMBO_TAG_NOSCRIPT)
            continue;
        uint32_t inner = 0; /* the noscript counts nothing of its own */
        for (uint32_t c = i + 1; c < dom->els[i].end; c = dom->els[c].end)
            inner += dom->els[c].text;
        if (inner >= NOSCRIPT_PAGE_MIN_TEXT && inner > best_text) {
            best = i;
            best_text = inner;
        }
        i = dom->els[i].end - 1;
    }
    if (best == PITH_NO_EL || best_text <= dom->els[dom->body].text)
        return false;
    dom->els[best].tag = GUMBO_TAG_DIV;
    return true;
}

void pith_clean_prepare(pith_ctx *ctx)
{
    pith_dom *dom = &ctx->dom;
    pith_dom_stats(dom, false);
    if (reveal_noscript_page(dom)) {
        pith_dom_stats(dom, false);
        ctx->fallback = "noscript";
    }
    if (classify_classes(dom))
        ctx->fallback = "hidden";
    mark_main_path(dom);
}

void pith_clean(pith_ctx *ctx)
{
    pith_dom *dom = &ctx->dom;
    drop_by_structure(ctx);
    pith_dom_stats(dom, false);
    drop_by_text(ctx);
    pith_dom_stats(dom, false);
}
