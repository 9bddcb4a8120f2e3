/*
 * pagetype.c — the page-type stage: what kind of page this is.
 *
 * Two kinds of evidence, gathered in one pass over the element table:
 *   declared  what the page says of itself and where it lives: schema.org
 *             types (JSON-LD @type, microdata itemtype), og:type, the
 *             generator <meta> of widely used software, the segments of its
 *             canonical address (tables with weights in rules/pagetypes.c);
 *   shown     what its structure shows: runs of alike siblings with links
 *             (cards, teasers), prices inside them, alike posts with times,
 *             long paragraphs and code, <h2> sections, a line that counts
 *             the items listed ("1-24 of 345 products", table in
 *             rules/pagetypes.c).
 * Then a ladder, first answer wins (decide):
 *   forum          declared, or alike posts with times holding half the page
 *                  less its header, menus, footer and sidebars (a <time>, a
 *                  date written as text, or an age with its date on hover
 *                  in each post's head); a box is a post when its
 *                  class or id names one, or when its head names its poster
 *                  (a link to a member's page) and shows its time
 *   documentation  declared (a docs generator, schema, a /docs/ address)
 *   collection     a shop's page that counts the products it lists ("664
 *                  styles") above a grid, whatever its og:type
 *   product        declared as one (og:type), or declared without a grid of
 *                  prices or several products
 *   collection     declared, a run of items with prices, several products
 *   article        declared by its schema.org type
 *   listing        a schema.org ItemList of many items, and no byline
 *   listing        a run of linked items holding much of a page of little prose
 *   service        og:type article or a date, but unsigned sections each
 *                  under a heading in a box of its own, and no running prose;
 *                  or unsigned, and filed as a service by its address or
 *                  schema.org type
 *   listing        og:type article or a date, alike linked items, and no body
 *                  of prose (a section's front page), or, unsigned, linked
 *                  items holding the page, its longest prose one of their
 *                  summaries
 *   article        og:type article, or a publication date
 *   listing, documentation, product   weaker declarations
 *   service        declared
 *   documentation  headings that link to themselves, as a manual's
 *   service        sections under headings
 *   other          nothing at all
 * A page with no date and no declared type is read as many blocks (every
 * kind but article): on the shared corpora that beats reading it as one
 * article, and articles nearly always carry a date or a type.  The reason
 * kept is the evidence that decided.
 */
#define _GNU_SOURCE /* memmem */
#include "pagetype.h"

#include <stddef.h>
#include <string.h>

#include "context.h"
#include "meta/date.h"
#include "rules/pagetypes.h"
#include "rules/rules.h"
#include "util/ascii.h"
#include "util/url.h"

static const char *const NAMES[PITH_PAGE_COUNT] = {
    "article", "forum", "product", "collection", "listing", "documentation", "service", "other",
};

const char *pith_pagetype_name(pith_pagetype t)
{
    return (unsigned)t < PITH_PAGE_COUNT ? NAMES[t] : "other";
}

pith_pagetype pith_pagetype_from_name(const char *name)
{
    for (int t = 0; t < PITH_PAGE_COUNT; t++)
        if (strcmp(name, NAMES[t]) == 0)
            return (pith_pagetype)t;
    return PITH_PAGE_COUNT;
}

/* ------------------------------------------------------------ evidence */

#define MAX_SIGNALS 64 /* distinct declared signals remembered per page */

typedef struct evidence {
    int score[PITH_PAGE_COUNT];
    int best_weight[PITH_PAGE_COUNT];
    const char *reason[PITH_PAGE_COUNT];
    const pith_type_signal *seen[MAX_SIGNALS]; /* each signal counts once */
    int n_seen;
    int products; /* schema.org Product entities declared */
    int groups;   /* ProductGroup entities declared */
    int list_items; /* ListItem entities declared (an ItemList's, or a breadcrumb's) */
    bool variants; /* a "hasVariant" key: a group lists its variants as Products */
    bool offers;   /* an "offers" key (JSON-LD) or itemprop (microdata): something on sale */
    bool faq;     /* a FAQPage: its Question/Answer are not a forum's */
    bool home;    /* the address is the site's root: its front page */
    const pith_type_signal *archive; /* the body's classes name a blog's archive */
} evidence;

static void add_evidence(evidence *ev, int type, int weight, const char *reason)
{
    ev->score[type] += weight;
    if (weight > ev->best_weight[type]) {
        ev->best_weight[type] = weight;
        ev->reason[type] = reason;
    }
}

static void add_signal(evidence *ev, const pith_type_signal *s)
{
    for (int k = 0; k < ev->n_seen; k++)
        if (ev->seen[k] == s)
            return;
    if (ev->n_seen < MAX_SIGNALS)
        ev->seen[ev->n_seen++] = s;
    add_evidence(ev, s->type, s->weight, s->reason);
}

/* A schema.org type name (n bytes at t, any prefix "https://schema.org/"
 * or "schema:" left out). */
static void add_schema_type(evidence *ev, const char *t, size_t n)
{
    for (size_t k = n; k > 0; k--)
        if (t[k - 1] == '/' || t[k - 1] == ':') {
            t += k;
            n -= k;
            break;
        }
    if (n == 7 && memcmp(t, "Product", 7) == 0)
        ev->products++;
    if (n == 12 && memcmp(t, "ProductGroup", 12) == 0)
        ev->groups++;
    if (n == 7 && memcmp(t, "FAQPage", 7) == 0)
        ev->faq = true;
    if (n == 8 && memcmp(t, "ListItem", 8) == 0)
        ev->list_items++;
    for (const pith_type_signal *s = pith_schema_type_signals; s->word; s++)
        if (strlen(s->word) == n && memcmp(s->word, t, n) == 0) {
            add_signal(ev, s);
            return;
        }
}

static const char *skip_space(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* A JSON string at p (after its opening quote): its end (the closing
 * quote), or end when it has none. */
static const char *json_string_end(const char *p, const char *end)
{
    while (p < end && *p != '"')
        p += (*p == '\\' && p + 1 < end) ? 2 : 1;
    return p;
}

/* Every "@type" value of a JSON-LD script's text: a string or an array of
 * strings.  A plain search for the key, not a parse: a script too broken for
 * the JSON reader still says what it describes. */
static void scan_jsonld_types(evidence *ev, const char *s, size_t n)
{
    const char *end = s + n;
    static const char key[] = "\"@type\"";
    static const char variant_key[] = "\"hasVariant\"";
    static const char offers_key[] = "\"offers\"";
    if (memmem(s, n, variant_key, sizeof variant_key - 1))
        ev->variants = true;
    if (memmem(s, n, offers_key, sizeof offers_key - 1))
        ev->offers = true;
    const char *p = s;
    while (p < end) {
        const char *k = memmem(p, (size_t)(end - p), key, sizeof key - 1);
        if (!k)
            return;
        p = skip_space(k + sizeof key - 1, end);
        if (p >= end || *p != ':')
            continue;
        p = skip_space(p + 1, end);
        bool array = p < end && *p == '[';
        if (array)
            p = skip_space(p + 1, end);
        while (p < end && *p == '"') {
            const char *e = json_string_end(p + 1, end);
            add_schema_type(ev, p + 1, (size_t)(e - p - 1));
            p = e + 1;
            if (!array)
                break;
            p = skip_space(p, end);
            if (p < end && *p == ',')
                p = skip_space(p + 1, end);
        }
    }
}

static bool is_jsonld(const pith_el *el)
{
    const char *type = pith_attr(el, "type");
    return type && strstr(type, "ld+json");
}

static void scan_script(evidence *ev, const pith_el *el)
{
    GumboVector *kids = &el->node->v.element.children;
    for (unsigned k = 0; k < kids->length; k++) {
        const GumboNode *c = kids->data[k];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
            c->type == GUMBO_NODE_WHITESPACE)
            scan_jsonld_types(ev, c->v.text.text, strlen(c->v.text.text));
    }
}

/* itemtype may hold several space-separated type URLs. */
static void scan_itemtype(evidence *ev, const char *it)
{
    while (*it) {
        while (*it == ' ')
            it++;
        size_t n = strcspn(it, " ");
        if (n)
            add_schema_type(ev, it, n);
        it += n;
    }
}

/* Does the element mark an offer up in microdata (itemprop "offers" or
 * "price" among its tokens)? */
static bool offered(const pith_el *el)
{
    return pith_el_itemprop_holds(el, "offers") || pith_el_itemprop_holds(el, "price");
}

static void match_table(evidence *ev, const pith_type_signal *table, const char *value,
                        bool prefix)
{
    for (const pith_type_signal *s = table; s->word; s++)
        if (prefix ? pith_ascii_iprefix(value, s->word) : pith_ascii_ieq(value, s->word)) {
            add_signal(ev, s);
            return;
        }
}

static void scan_meta_tag(evidence *ev, const pith_el *el)
{
    const char *content = pith_attr(el, "content");
    if (!content)
        return;
    const char *prop = pith_attr(el, "property");
    const char *name = pith_attr(el, "name");
    if (prop && pith_ascii_ieq(prop, "og:type"))
        match_table(ev, pith_og_type_signals, content, false);
    else if (name && pith_ascii_ieq(name, "generator"))
        match_table(ev, pith_generator_signals, content, true);
}

/* Does one URL segment (n bytes) match a table word ('*' = prefix)? */
static bool segment_matches(const char *seg, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (k && word[k - 1] == '*')
        return n >= k - 1 && pith_ascii_ieqn(seg, word, k - 1);
    return n == k && pith_ascii_ieqn(seg, word, n);
}

static void match_segment(evidence *ev, const char *seg, size_t n, bool host)
{
    for (const pith_type_signal *s = pith_url_signals; s->word; s++)
        if ((s->word[0] == '=') == host && segment_matches(seg, n, s->word + host))
            add_signal(ev, s);
}

/* The segment of a path at p: its length (up to a '/', '?' or '#'), and in
 * *name the length of its name, before a '.' ("showthread.php" ->
 * "showthread").  The next segment, if any, starts after the '/' at
 * p + length. */
static size_t path_segment(const char *p, size_t *name)
{
    *name = strcspn(p, "./?#");
    return strcspn(p, "/?#");
}

/* The segments of an address's path, from p (its first segment). */
static void scan_path(evidence *ev, const char *p)
{
    for (;; p++) {
        size_t name, n = path_segment(p, &name);
        if (name)
            match_segment(ev, p, name, false);
        p += n;
        if (*p != '/')
            return;
    }
}

/* The host's first label and every path segment of the page's address. */
static void scan_url(evidence *ev, const char *url)
{
    const char *p = NULL, *path = url ? pith_url_path(url, &p) : NULL;
    if (!p)
        return;
    size_t label = strcspn(p, "./:?#");
    if (label == 3 && pith_ascii_ieqn(p, "www", 3)) {
        p += 4;
        label = strcspn(p, "./:?#");
    }
    match_segment(ev, p, label, true);
    /* "https://shop.example/", no path and no query ("/?product=5" names
     * a product): the site's front page */
    const char *rest = *path == '/' ? path + 1 : path;
    ev->home = *rest == '\0' || *rest == '#';
    if (*path == '/')
        scan_path(ev, path + 1);
}

/* A canonical address given relative to the page ("viewtopic.php?id=3",
 * as older forum software writes it): the meta stage keeps no URL it
 * cannot make absolute, but its path says as much. */
static void scan_relative_canonical(evidence *ev, const pith_dom *dom)
{
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        const char *rel = pith_attr(el, "rel");
        const char *href = pith_attr(el, "href");
        if (el->tag != GUMBO_TAG_LINK || !rel || !href || !pith_ascii_ieq(rel, "canonical"))
            continue;
        if (!strstr(href, "://") && href[0] != '/')
            scan_path(ev, href);
        else if (href[0] == '/' && href[1] != '/')
            scan_path(ev, href + 1);
        return;
    }
}

/* ------------------------------------------------------------ structure */

#define PRICE_MAX_TEXT 40 /* non-space bytes: "£1,299.00 £999.00", not a paragraph */
#define LONG_PARA 150     /* non-space bytes of a paragraph of prose */
#define ITEM_MIN_TEXT 10  /* non-space bytes of a card or teaser */
#define POST_MIN_TEXT 50  /* non-space bytes of a post */
#define LIST_RUN_MIN 6    /* alike items with links in one run: a listing's */
#define GRID_MIN 4        /* alike items with links in one run: a grid's cards (a row of
                             three is as often a page's three columns) */

/* A run of alike linked items (first: PITH_NO_EL when none) and its text. */
typedef struct grid {
    uint32_t first, last;
    uint32_t text;
} grid;

typedef struct shown {
    uint32_t body_text;
    uint32_t chrome_text;   /* of which in the site's header, menus and footer */
    uint32_t aside_text;    /* of which in <aside>s beside the page's own text */
    uint32_t pre_text;      /* text in <pre> blocks */
    uint32_t long_para_text;
    uint32_t times;         /* <time> elements */
    uint32_t run;           /* linked items in the longest run of alike siblings */
    uint32_t run_text;      /* the text of that run */
    uint32_t run_prices;    /* prices inside that run */
    uint32_t prices;        /* prices anywhere in the body */
    uint32_t list_run_text; /* the text of the run of at least LIST_RUN_MIN linked items
                               with most text (a site's menu has more items, less text) */
    grid grid;              /* the run of at least GRID_MIN linked items with most text */
    grid cards;             /* ... of those most of whose items show a picture or a price */
    uint32_t buy_buttons;   /* buttons that buy the product shown ("Add to cart") */
    const char *buy_reason; /* the first one's entry */
    bool product_headline;  /* the <h1> is marked as a product's name ("product-title") */
    const pith_type_signal *count; /* the first count of the items listed ("318 styles") */
    uint32_t post_run;      /* the most alike siblings that are posts under one parent */
    uint32_t post_text;     /* their text */
    uint32_t posts_dated;   /* how many of them show when they were written */
    uint32_t posts_by_poster; /* ... are posts for their poster and time alone, no class
                                 or id naming them posts */
    uint32_t post_link_text; /* their text in links */
    uint32_t first_post;    /* the first of them */
    uint32_t prose_before;  /* long paragraphs' text before it */
    uint32_t h2;
    uint32_t anchored_headings; /* headings holding a link to a place on the page */
    uint32_t headings;      /* section headings (count_sections) */
    uint32_t headings_boxed; /* ... of which the box holding most of them holds */
    uint32_t paras_boxed;   /* the most long paragraphs in one box */
    uint32_t body_prose;    /* the prose of the element holding the most (its own text
                               and its paragraphs' outside links) */
} shown;

/* The element's first class token (n bytes) or 0. */
static size_t first_class(const pith_el *el, const char **out)
{
    const char *c = el->cls;
    if (!c)
        return 0;
    while (*c == ' ')
        c++;
    size_t n = strcspn(c, " ");
    *out = c;
    return n;
}

static bool contains_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++)
        if (pith_ascii_ieqn(s + i, w, k))
            return true;
    return false;
}

/* The entry of pith_archive_body_signals that the <body>'s class tokens
 * name beside an "archive" token, or NULL. */
static const pith_type_signal *archive_body(const pith_dom *dom)
{
    const char *c = dom->body != PITH_NO_EL ? dom->els[dom->body].cls : NULL;
    const pith_type_signal *found = NULL;
    bool archive = false;
    while (c && *c) {
        size_t n = strcspn(c, " \t\n\r\f");
        if (n == 7 && pith_ascii_ieqn(c, "archive", 7))
            archive = true;
        else if (n > 0 && !found)
            found = pith_type_signal_of(pith_archive_body_signals, c, n);
        c += n;
        c += strspn(c, " \t\n\r\f");
    }
    return archive ? found : NULL;
}

/* Does the element's class hold the word, in lower case or capitalised
 * ("sale-price", "productPrice")? */
static bool class_has(const pith_el *el, const char *lower, const char *capital)
{
    return el->cls && (strstr(el->cls, lower) || strstr(el->cls, capital));
}

/* Currency signs and codes written before or after an amount. */
static const char *const currencies[] = {
    "$", "\xe2\x82\xac" /* € */, "\xc2\xa3" /* £ */, "\xc2\xa5" /* ¥ */,
    "\xe2\x82\xb9" /* ₹ */, "\xe2\x82\xa9" /* ₩ */, "\xe2\x82\xbd" /* ₽ */,
    "\xe2\x82\xba" /* ₺ */, "\xe2\x82\xab" /* ₫ */, "\xe2\x82\xb4" /* ₴ */,
    "R$", "US$", "A$", "C$", "NZ$", "HK$", "S$", "USD", "EUR", "GBP", "CHF", "CAD", "AUD",
    "JPY", "INR", "SEK", "NOK", "DKK", "PLN", "CZK", "kr", "z\xc5\x82" /* zł */,
    "K\xc4\x8d" /* Kč */, "Ft", "lei", "RON", "zl", NULL};

/* Is s (n bytes, no space at either end) a currency sign or code? */
static bool is_currency(const char *s, size_t n)
{
    for (const char *const *c = currencies; *c; c++)
        if (strlen(*c) == n && memcmp(*c, s, n) == 0)
            return true;
    return false;
}

/* A space, or the no-break and narrow no-break spaces shops put between an
 * amount and its sign: its length in bytes at s (before end), or 0. */
static size_t space_at(const char *s, const char *end)
{
    if (s < end && pith_ascii_is_space(*s))
        return 1;
    if (end - s >= 2 && (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
        return 2;
    if (end - s >= 3 && (unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x80 &&
        (unsigned char)s[2] == 0xaf)
        return 3;
    return 0;
}

/* The same, for a space that ends at end (after start). */
static size_t space_before(const char *start, const char *end)
{
    for (size_t k = 1; k <= 3 && end - start >= (ptrdiff_t)k; k++)
        if (space_at(end - k, end) == k)
            return k;
    return 0;
}

/* Does text (n bytes) read as one amount in a currency: a sign or code
 * before or after a figure made of digits and the separators of thousands
 * and decimals ("$20.12", "1.299,00 EUR", "12 kr")? */
bool pith_pagetype_reads_as_amount(const char *s, size_t n)
{
    const char *end = s + n;
    size_t k;
    while (s < end && (k = space_at(s, end)) > 0)
        s += k;
    while (end > s && pith_ascii_is_space(end[-1]))
        end--;
    const char *d = s;
    while (d < end && !pith_ascii_is_digit(*d))
        d++;
    const char *e = d;
    while (e < end && (pith_ascii_is_digit(*e) || *e == '.' || *e == ',' || *e == '\''))
        e++;
    if (d == e || !pith_ascii_is_digit(e[-1]))
        return false;
    const char *pre_end = d;
    while ((k = space_before(s, pre_end)) > 0)
        pre_end -= k;
    const char *post = e;
    while ((k = space_at(post, end)) > 0)
        post += k;
    bool before = pre_end > s, after = post < end;
    if (before == after)
        return false; /* no sign, or words around the figure */
    return before ? is_currency(s, (size_t)(pre_end - s))
                  : is_currency(post, (size_t)(end - post));
}

/* Is el, named a price, one price (its children the figure's parts: "$",
 * "459", ".99"), not a list of a card's price lines (regular, sale, saving:
 * an <ul class="price"> of <li>s), each of which is one? */
static bool price_itself(const pith_el *el)
{
    return class_has(el, "price", "Price") && el->blocks == 0;
}

bool pith_pagetype_is_price(pith_ctx *ctx, uint32_t i, bool by_text)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->text == 0 || el->text > PRICE_MAX_TEXT || el->blocks > 0)
        return false;
    bool named = class_has(el, "price", "Price") &&
                 (el->parent == PITH_NO_EL || !price_itself(&dom->els[el->parent]));
    if (!named && !by_text)
        return false;
    if (!named) { /* the innermost element of the amount: no child holds all of it */
        for (uint32_t c = i + 1; c < el->end; c = dom->els[c].end)
            if (dom->els[c].text == el->text)
                return false;
    }
    pith_buf_clear(&ctx->scratch);
    pith_el_text(dom, i, &ctx->scratch, PRICE_MAX_TEXT);
    if (!ctx->scratch.data ||
        !pith_ascii_holds_digit(ctx->scratch.data, strlen(ctx->scratch.data)))
        return false;
    return named || pith_pagetype_reads_as_amount(ctx->scratch.data, ctx->scratch.len);
}

static bool names_a_post(const char *c, size_t n)
{
    static const char *const words[] = {"post", "message", "reply", "comment", "answer",
                                        NULL};
    for (const char *const *w = words; *w; w++)
        if (contains_word(c, n, *w))
            return true;
    return false;
}

/* Is one of the class's tokens after the first a post's word alone
 * (class=" thing id-t1_x noncollapsed comment ")?  Software that names
 * each box by what it is first (a "thing", an "entry") may say it is a
 * post further on; a token that only holds the word ("postmeta",
 * "reply-form") says nothing. */
static bool class_token_is_a_post(const char *c)
{
    static const char *const words[] = {"post", "message", "reply", "comment", "answer", NULL};
    while (c && *c) {
        while (*c == ' ')
            c++;
        size_t n = strcspn(c, " ");
        for (const char *const *w = words; *w; w++)
            if (n == strlen(*w) && pith_ascii_ieqn(c, *w, n))
                return true;
        c += n;
    }
    return false;
}

/* An id that numbers a post: a word for a post, maybe a separator, digits
 * ("post-5172043", "post_123", "msg3920418", "p1984562", "js-post-12"), as
 * forum software anchors each post of a thread for links to it. */
static bool id_numbers_a_post(const char *id)
{
    static const char *const words[] = {"post", "p", "msg", "message", "reply", "comment",
                                        "answer", NULL};
    if (!id)
        return false;
    size_t n = strlen(id), digits = 0;
    while (digits < n && pith_ascii_is_digit(id[n - 1 - digits]))
        digits++;
    if (digits == 0)
        return false;
    n -= digits;
    if (n > 0 && (id[n - 1] == '-' || id[n - 1] == '_'))
        n--;
    size_t start = n;
    while (start > 0 && id[start - 1] != '-' && id[start - 1] != '_')
        start--;
    for (const char *const *w = words; *w; w++)
        if (pith_ascii_ieq_n(id + start, n - start, *w))
            return true;
    return false;
}

/* A microdata item of a post: schema.org's Comment, Answer or forum post. */
static bool item_of_a_post(const char *itemtype)
{
    static const char *const types[] = {"/Comment", "/Answer", "/DiscussionForumPosting",
                                        NULL};
    if (!itemtype)
        return false;
    size_t n = strlen(itemtype);
    for (const char *const *t = types; *t; t++) {
        size_t k = strlen(*t);
        if (n >= k && memcmp(itemtype + n - k, *t, k) == 0)
            return true;
    }
    return false;
}

/* Does element p open with an empty anchor that numbers a post (<span
 * id="post20458117"></span>, <a name="post123">)?  Forum software that
 * wraps each post in a box of a class of its own ("ThreadPost-item")
 * still anchors it for links to it. */
static bool opens_with_post_anchor(const pith_dom *dom, uint32_t p)
{
    uint32_t c = p + 1;
    if (c >= dom->els[p].end || dom->els[c].text > 0)
        return false;
    return id_numbers_a_post(pith_attr(&dom->els[c], "id")) ||
           id_numbers_a_post(pith_attr(&dom->els[c], "name"));
}

/* Is element i a post: its first class token names one, its id numbers
 * one (or the anchor it opens with does), or it is a post's microdata
 * item? */
static bool is_a_post(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    const char *cls;
    size_t n = first_class(el, &cls);
    return (n && names_a_post(cls, n)) || class_token_is_a_post(el->cls) ||
           id_numbers_a_post(pith_attr(el, "id")) ||
           item_of_a_post(pith_attr(el, "itemtype")) || opens_with_post_anchor(dom, i);
}

#define POST_HEAD_ELEMENTS 128 /* elements of a post looked at for its time: the
                                  poster's card and the header come before the body */
#define DATE_TEXT_MIN 6        /* non-space bytes of a written date: "1.2.24" */
#define DATE_TEXT_MAX 48       /* ... "Saturday, January 6th, 2024 at 5:14 pm" */
#define DATE_ELEMENTS_MAX 8    /* elements in a date's line: a few spans, not a list */

/* Does element i show when a post was written: a <time>, a date in
 * microdata or a datetime attribute, or a short line of text that reads
 * as a date ("Sat Jan 06, 2024 5:14 pm", "2025-10-06 14:52:09"), with
 * by_text?  Forum software without <time> writes the date as text. */
bool pith_pagetype_shows_a_time(pith_ctx *ctx, uint32_t i, bool by_text)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->tag == GUMBO_TAG_TIME || pith_attr(el, "datetime"))
        return true;
    const char *prop = pith_attr(el, "itemprop");
    if (prop && (strstr(prop, "datePublished") || strstr(prop, "dateCreated")))
        return true;
    if (!by_text || el->blocks > 0 || el->text < DATE_TEXT_MIN || el->text > DATE_TEXT_MAX ||
        el->end - i > DATE_ELEMENTS_MAX)
        return false;
    pith_buf_clear(&ctx->scratch);
    pith_el_text(dom, i, &ctx->scratch, 2 * DATE_TEXT_MAX);
    pith_date d;
    return ctx->scratch.data &&
           pith_ascii_holds_digit(ctx->scratch.data, strlen(ctx->scratch.data)) &&
           pith_date_parse(ctx->scratch.data, ctx->scratch.len, 0, &d);
}

#define HOVER_DATE_MAX 80 /* bytes of an attribute that holds a date shown on hover */

/* Does element i, a short line of text ("posted 6 years ago", "1 year
 * ago"), hold in its title or a data- attribute the date it stands for
 * ("Oct 8, 2019 15:27:44")?  Forum software shows a post's age so, and
 * its date when the pointer rests on it. */
static bool shows_a_hover_date(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->blocks > 0 || el->text == 0 || el->text > DATE_TEXT_MAX)
        return false;
    const GumboVector *attrs = &el->node->v.element.attributes;
    for (unsigned k = 0; k < attrs->length; k++) {
        const GumboAttribute *a = attrs->data[k];
        size_t n = strlen(a->value);
        pith_date d;
        if ((pith_ascii_ieq(a->name, "title") || pith_ascii_iprefix(a->name, "data-")) &&
            n >= DATE_TEXT_MIN && n <= HOVER_DATE_MAX && pith_ascii_holds_digit(a->value, n) &&
            pith_date_parse(a->value, n, 0, &d))
            return true;
    }
    return false;
}

/* Is element i a short line with a figure that its class names a time
 * stamp ("reply_timestamp": "3y", "2 hours ago")?  Software that writes a
 * post's age in a word of its own so names it. */
static bool named_a_time(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->blocks > 0 || el->text == 0 || el->text > DATE_TEXT_MAX ||
        !(class_has(el, "timestamp", "Timestamp") || class_has(el, "datetime", "DateTime")))
        return false;
    const char *text = pith_ctx_text(ctx, i, 2 * DATE_TEXT_MAX);
    return text && pith_ascii_holds_digit(text, strlen(text));
}

/* For each element, the first element at or after it in the page that
 * names a poster (next_poster), and the first linked title (next_title),
 * PITH_NO_EL when none: what a box's head shows is then read without
 * reading it again for every box around it; and whether the element shows
 * a time (time_seen: 0 not yet asked, TIME_NONE, TIME_SHOWN), asked once
 * however many nested boxes' heads hold it. */
typedef struct post_marks {
    uint32_t *next_poster, *next_title, *time_seen;
} post_marks;

enum { TIME_NONE = 1, TIME_SHOWN = 2 };

static bool shows_a_time_once(pith_ctx *ctx, const post_marks *m, uint32_t i)
{
    if (!m->time_seen[i])
        m->time_seen[i] = pith_pagetype_shows_a_time(ctx, i, true) ||
                                  shows_a_hover_date(ctx, i) || named_a_time(ctx, i)
                              ? TIME_SHOWN
                              : TIME_NONE;
    return m->time_seen[i] == TIME_SHOWN;
}

/* Does the head of post p show when it was written? */
static bool post_dated(pith_ctx *ctx, const post_marks *m, uint32_t p)
{
    uint32_t end = ctx->dom.els[p].end;
    if (end - p > POST_HEAD_ELEMENTS)
        end = p + POST_HEAD_ELEMENTS;
    for (uint32_t i = p + 1; i < end; i++)
        if (shows_a_time_once(ctx, m, i))
            return true;
    return false;
}

/* Does the link's path lead to a member's page: a segment of it that names
 * one (pith_profile_segments, "showthread.php" read "showthread"), with the
 * member's name or number after it ("/u/4117/ann", "/members/ann.52/",
 * "profile.php?id=5", "/~ann")?  Forum software links each post's poster
 * there. */
static bool links_a_profile(const char *href)
{
    if (!href)
        return false;
    const char *p = pith_url_path(href, NULL);
    for (p += *p == '/';; p++) { /* each segment of the path */
        size_t dot, n = path_segment(p, &dot);
        const char *after = p + n + (p[n] == '/');
        bool named = segment_matches(p, dot, "~*") ? dot > 1 : *after && *after != '#';
        char first = pith_ascii_lower(*p); /* compared first: most segments match no entry */
        for (const pith_type_signal *s = pith_profile_segments; named && s->word; s++)
            if (pith_ascii_lower(s->word[0]) == first && segment_matches(p, dot, s->word))
                return true;
        p += n;
        if (*p != '/')
            return false;
    }
}

/* Does element i name a post's poster: a link to a member's page, a link
 * marked rel=author, or the poster's avatar (an <img> so classed)? */
static bool shows_a_poster(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if (el->tag == GUMBO_TAG_IMG)
        return class_has(el, "avatar", "Avatar");
    if (el->tag != GUMBO_TAG_A)
        return false;
    const char *rel = pith_attr(el, "rel");
    return (rel && contains_word(rel, strlen(rel), "author")) ||
           links_a_profile(pith_attr(el, "href"));
}

/* Is element i a heading that is a link to another page (a teaser's
 * title: a list of stories names their authors and dates too)? */
static bool linked_title(const pith_el *el)
{
    return pith_tag_is_heading((GumboTag)el->tag) && el->text > 0 && el->link_text * 2 > el->text;
}

static void mark_post_heads(const pith_dom *dom, const post_marks *m)
{
    uint32_t poster = PITH_NO_EL, title = PITH_NO_EL;
    for (uint32_t i = dom->n; i-- > 0;) {
        if (shows_a_poster(dom, i))
            poster = i;
        if (linked_title(&dom->els[i]))
            title = i;
        m->next_poster[i] = poster;
        m->next_title[i] = title;
    }
}

/* What the head of box p (its first POST_HEAD_ELEMENTS elements) shows of
 * a post: its poster, and a linked title. */
typedef struct post_head {
    bool poster, linked_title;
} post_head;

static post_head read_post_head(const pith_dom *dom, const post_marks *m, uint32_t p)
{
    post_head h = {false, false};
    uint32_t end = dom->els[p].end;
    if (end - p > POST_HEAD_ELEMENTS)
        end = p + POST_HEAD_ELEMENTS;
    if (p + 1 < dom->n) {
        h.poster = m->next_poster[p + 1] < end;
        h.linked_title = m->next_title[p + 1] < end;
    }
    return h;
}

#define AROUND_LEVELS 3 /* boxes above a run that may name what it is */

/* Readers' comments and a footer's columns are runs of alike linked blocks
 * too, and on an article its comments may outweigh it.  The boxes just
 * around the run say so: a class inherited from further up (a body's
 * "template-header-footer") does not. */
static bool in_comments_or_footer(const pith_dom *dom, uint32_t p)
{
    for (int up = 0; up < AROUND_LEVELS && p != PITH_NO_EL && p != dom->body;
         up++, p = dom->els[p].parent)
        if (dom->els[p].cat == PITH_CAT_COMMENTS || dom->els[p].cat == PITH_CAT_FOOTER)
            return true;
    return false;
}

/* What pith counts under each element: the runs of alike siblings
 * (pith_dom_item_runs), prices and pictures. */
typedef struct tallies {
    const uint32_t *runs, *prices, *pictures;
} tallies;

/* The run first..last becomes g when it holds more text than g. */
static void take_grid(uint32_t first, uint32_t last, uint32_t text, grid *g)
{
    if (text <= g->text)
        return;
    g->first = first;
    g->last = last;
    g->text = text;
}

/* The runs of alike siblings under element p: the run with the most items
 * holding a link and some text (cards, teasers, rows), its text and its
 * prices; the runs of such items with the most text (a listing's, a
 * grid's), not in the comments or the footer, and among them the runs of
 * cards, most of whose items show a picture or a price (a menu's
 * departments, however many links they hold, show neither), not in a menu
 * (in_menu: a mega-menu may show a picture in each). */
static void scan_children(const pith_dom *dom, uint32_t p, const tallies *t, shown *sh,
                          bool in_menu)
{
    uint32_t left = 0, linked = 0, text = 0, prices = 0, cards = 0, start = PITH_NO_EL;
    bool items = !in_comments_or_footer(dom, p);
    for (uint32_t c = p + 1; c < dom->els[p].end; c = dom->els[c].end) {
        const pith_el *el = &dom->els[c];
        if (left == 0) { /* a new run starts (or a child without text) */
            left = t->runs[c];
            linked = text = prices = cards = 0;
            start = c;
        }
        if (left > 0) {
            left--;
            if (el->links > 0 && el->text >= ITEM_MIN_TEXT) {
                linked++;
                text += el->text;
                cards += t->pictures[c] > 0 || t->prices[c] > 0;
            }
            prices += t->prices[c];
            if (linked > sh->run || (linked == sh->run && text > sh->run_text)) {
                sh->run = linked;
                sh->run_text = text;
                sh->run_prices = prices;
            }
            if (items && linked >= LIST_RUN_MIN && text > sh->list_run_text)
                sh->list_run_text = text;
            if (items && linked >= GRID_MIN) {
                take_grid(start, c, text, &sh->grid);
                if (!in_menu && cards * 2 >= linked)
                    take_grid(start, c, text, &sh->cards);
            }
        }
    }
}

/* Are two boxes alike as a thread's posts are: the same tag and first
 * class, or first classes that differ in a number at their end only
 * ("contentBackground1", "contentBackground2"): forum software shades
 * every other post so. */
static bool posts_alike(const pith_el *a, const pith_el *b)
{
    if (pith_el_alike(a, b))
        return true;
    const char *ca = "", *cb = "";
    size_t na = first_class(a, &ca), nb = first_class(b, &cb);
    while (na > 0 && pith_ascii_is_digit(ca[na - 1]))
        na--;
    while (nb > 0 && pith_ascii_is_digit(cb[nb - 1]))
        nb--;
    return a->tag == b->tag && na > 0 && na == nb && memcmp(ca, cb, na) == 0;
}

/* The most alike children of element p that are posts, their text, and
 * how many of them show when they were written.  A box
 * is a post when its class or id says so (is_a_post), or when its head
 * names a poster and shows a time (forum software that names its boxes
 * otherwise, "contentBackground1 postItem", or not at all), and no linked
 * title heads it as a teaser. */
static void scan_posts(pith_ctx *ctx, const post_marks *m, uint32_t p, shown *sh)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t posts = 0, posts_text = 0, posts_links = 0, dated = 0, first_post = PITH_NO_EL;
    uint32_t by_poster = 0;
    for (uint32_t c = p + 1; c < dom->els[p].end; c = dom->els[c].end) {
        const pith_el *el = &dom->els[c];
        if (el->text < POST_MIN_TEXT)
            continue;
        bool named = is_a_post(dom, c);
        post_head head = {false, false};
        if (!named && el->links > 0) /* its head, where no name makes it a post */
            head = read_post_head(dom, m, c);
        bool by_its_head = head.poster && !head.linked_title;
        bool is_dated = (named || by_its_head) && post_dated(ctx, m, c);
        if (!named && !is_dated)
            continue;
        if (first_post == PITH_NO_EL)
            first_post = c;
        if (!posts_alike(el, &dom->els[first_post]))
            continue;
        posts++;
        posts_text += el->text;
        posts_links += el->link_text;
        dated += is_dated;
        by_poster += !named;
        if (posts > sh->post_run) {
            sh->post_run = posts;
            sh->post_text = posts_text;
            sh->posts_dated = dated;
            sh->posts_by_poster = by_poster;
            sh->post_link_text = posts_links;
            sh->first_post = first_post;
        }
    }
}

bool pith_pagetype_long_paragraph(const pith_el *el)
{
    return el->tag == GUMBO_TAG_P && el->text >= LONG_PARA && el->link_text * 5 < el->text;
}

/* The prose before the first of the posts: an article's body above its
 * comments; a thread's opening post is one of its posts. */
static uint32_t prose_before(const pith_dom *dom, uint32_t first)
{
    uint32_t text = 0;
    for (uint32_t i = 0; i < first && i < dom->n; i++)
        if (pith_pagetype_long_paragraph(&dom->els[i]) && dom->els[i].end <= first)
            text += dom->els[i].text;
    return text;
}

/* The site's header, menus and footer: a shop's menu of departments, each
 * with its sub-categories, is a run of alike linked items holding more text
 * than the page's own grid of products.  Their runs are not the page's; a
 * box so named that holds most of the page (broken markup, a whole page in
 * one <header>) is no such furniture. */
static bool site_chrome(const pith_dom *dom, uint32_t i)
{
    GumboTag t = (GumboTag)dom->els[i].tag;
    return (t == GUMBO_TAG_NAV || t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FOOTER) &&
           dom->els[i].text * 2 < dom->els[dom->body].text;
}

/* A site's menu: a <nav> or <menu>, or a box whose role says navigation
 * or menu.  A shop's mega-menu lists each department as a column of
 * links, a run of alike linked items that may hold more text than the
 * page's grid of cards (and, when a script draws the cards, more than
 * half the page, which site_chrome lets be).  The box around the page's
 * densest prose is no menu. */
static bool site_menu(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    if (el->flags & PITH_EL_HOLDS_MAIN)
        return false;
    const char *role = pith_attr(el, "role");
    return el->tag == GUMBO_TAG_NAV || el->tag == GUMBO_TAG_MENU ||
           (role && (pith_ascii_ieq(role, "navigation") || pith_ascii_ieq(role, "menu") ||
                     pith_ascii_ieq(role, "menubar")));
}

#define ANCHOR_LEVELS 3 /* from a link up to the heading around it */

/* The heading around a link to a place on the page ("#install": a
 * manual's heading made a link to itself, or its pilcrow permalink), or
 * PITH_NO_EL. */
static uint32_t anchored_heading(const pith_dom *dom, uint32_t i)
{
    const char *href = pith_attr(&dom->els[i], "href");
    if (dom->els[i].tag != GUMBO_TAG_A || !href || href[0] != '#' || !href[1])
        return PITH_NO_EL;
    uint32_t h = dom->els[i].parent;
    for (int up = 0; up < ANCHOR_LEVELS && h != PITH_NO_EL; up++, h = dom->els[h].parent)
        if (pith_tag_is_heading((GumboTag)dom->els[h].tag))
            return h;
    return PITH_NO_EL;
}

/* The site's chrome, its sidebars and the widgets its classes name (share,
 * comments, related, newsletter...): their headings ("Products", "Share
 * this", "Most read") are no sections of the page.  The path to the page's
 * densest prose is never such a widget. */
static bool furniture(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    return site_chrome(dom, i) ||
           (!(el->flags & PITH_EL_HOLDS_MAIN) &&
            (el->tag == GUMBO_TAG_ASIDE ||
             (el->cat != PITH_CAT_NONE && el->cat != PITH_CAT_REVIEWS)));
}

#define TEASER_DEPTH 3 /* boxes around a teaser's linked title that make its card */

/* Marks the boxes around a heading made a link to another page (a
 * teaser's title), up to TEASER_DEPTH above it, as a teaser's card. */
static void mark_teaser(const pith_dom *dom, uint32_t i, uint32_t *teaser)
{
    for (uint32_t a = dom->els[i].parent, k = 0; a != PITH_NO_EL && k < TEASER_DEPTH;
         a = dom->els[a].parent, k++)
        teaser[a] = 1;
}

/* Is heading i, not a link, in a teaser's card after its linked title
 * (the title of the story's audio, a kicker)?  A part of the teaser, no
 * section of the page's. */
static bool in_a_teaser(const pith_dom *dom, uint32_t i, const uint32_t *teaser)
{
    for (uint32_t a = dom->els[i].parent, k = 0; a != PITH_NO_EL && k < TEASER_DEPTH;
         a = dom->els[a].parent, k++)
        if (teaser[a])
            return true;
    return false;
}

/* The headings of the page's sections (<h2> to <h4> with text, outside its
 * furniture; a linked heading is a teaser's title, which leads to another
 * page, not a section's), and how many of them the one box holding most of
 * them holds; and the most long paragraphs one box holds.  An article's
 * sub-headings stand among its paragraphs, in the one box of its running
 * prose; a landing page gives each section (hero, features, pricing, FAQ) a
 * box of its own, with its heading and a few sentences inside; a list of
 * teasers, a card for each, whose headings after a teaser's linked title
 * are the teaser's (in_a_teaser).  per_box holds three zeroed counts per
 * element (headings, paragraphs, then the marks of teasers' cards). */
static void count_sections(const pith_dom *dom, shown *sh, uint32_t *per_box)
{
    uint32_t *headings_in = per_box, *paras_in = per_box + dom->n, *teaser = per_box + 2 * dom->n;
    for (uint32_t i = dom->body; i < dom->els[dom->body].end; i++) {
        const pith_el *el = &dom->els[i];
        if (furniture(dom, i)) {
            i = el->end - 1;
            continue;
        }
        uint32_t p = el->parent;
        GumboTag t = (GumboTag)el->tag;
        if (p != PITH_NO_EL && pith_pagetype_long_paragraph(el) &&
            ++paras_in[p] > sh->paras_boxed)
            sh->paras_boxed = paras_in[p];
        if ((t != GUMBO_TAG_H2 && t != GUMBO_TAG_H3 && t != GUMBO_TAG_H4) || el->text == 0 ||
            p == PITH_NO_EL)
            continue;
        if (el->link_text * 2 > el->text) {
            mark_teaser(dom, i, teaser);
            continue;
        }
        if (in_a_teaser(dom, i, teaser))
            continue;
        sh->headings++;
        if (++headings_in[p] > sh->headings_boxed)
            sh->headings_boxed = headings_in[p];
    }
}

#define HEADLINE_MARK_LEVELS 2 /* from a marked element up to its <h1>: the <h1>
                                  itself, or a <span> in it that holds the name */

/* Does the normalised class + id (el->norm: "product_title" and
 * "productTitle" read "product-title") name a product's title or name:
 * "product-title", "single-product-title", "pdp-product-name"? */
static bool names_a_product(const char *norm, size_t n)
{
    static const char product[] = "product";
    static const char *const nouns[] = {"title", "name"};
    size_t k = sizeof product - 1;
    for (const char *s = norm, *end = norm + n; s + k < end; s++) {
        if (!pith_ascii_ieqn(s, product, k))
            continue;
        const char *w = s + k;
        while (w < end && *w == '-')
            w++;
        for (size_t v = 0; v < sizeof nouns / sizeof nouns[0]; v++)
            if (w > s + k && pith_ascii_iprefix_n(w, (size_t)(end - w), nouns[v]))
                return true;
    }
    return false;
}

/* Is element i the page's headline (<h1>), or in it, marked by its class
 * or id as the name of a product?  A shop's software marks the name on
 * the product's own page so ("product_title entry-title",
 * id="productTitle"); a category's cards name their products in
 * lesser headings and links, and an article's headline names no product. */
static bool product_headline(const pith_dom *dom, uint32_t i)
{
    const pith_el *el = &dom->els[i];
    uint32_t h = i; /* the <h1>, found first: the class is read of its parts only */
    for (int up = 0; up < HEADLINE_MARK_LEVELS && h != PITH_NO_EL; up++, h = dom->els[h].parent)
        if (dom->els[h].tag == GUMBO_TAG_H1)
            return dom->els[h].text > 0 && el->norm && names_a_product(el->norm, el->norm_len);
    return false;
}

#define BUY_LABEL_MAX 40 /* bytes of a button's label: "Add to cart", not a form's text */

static bool label_edge(char c)
{
    return (unsigned char)c < 0x80 && !pith_ascii_is_alnum(c);
}

/* The entry of pith_buy_button_signals that element i's label is, when it
 * is a <button> or an <input> that submits (symbols and white space around
 * the label left out: "+ Add to Cart"); NULL otherwise. */
static const pith_type_signal *buy_button(pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    const char *label = NULL;
    if (el->tag == GUMBO_TAG_BUTTON && el->text > 0 && el->text <= BUY_LABEL_MAX)
        label = pith_ctx_text(ctx, i, 2 * BUY_LABEL_MAX);
    else if (el->tag == GUMBO_TAG_INPUT && pith_ascii_ieq(pith_attr(el, "type"), "submit"))
        label = pith_attr(el, "value");
    if (!label)
        return NULL;
    size_t n = strlen(label);
    while (n && label_edge(*label))
        label++, n--;
    while (n && label_edge(label[n - 1]))
        n--;
    if (n == 0 || n > BUY_LABEL_MAX)
        return NULL;
    return pith_type_signal_of(pith_buy_button_signals, label, n);
}

#define COUNT_TEXT_MAX 40 /* non-space bytes of a count: "Showing 1-24 of 345 results" */
#define COUNT_WORDS_MAX 6 /* its words: a count, not a sentence that counts things */
#define FIGURE_CAP 1000000 /* a figure's value is read up to this */

/* Is the word (n bytes, maybe in brackets) a figure of at least two
 * ("345", "1,072", "(143)")? */
static bool figure_of_many(const char *w, size_t n)
{
    if (n >= 2 && w[0] == '(' && w[n - 1] == ')')
        w++, n -= 2;
    uint32_t v = 0, digits = 0;
    for (size_t k = 0; k < n; k++) {
        if (pith_ascii_is_digit(w[k])) {
            v = v >= FIGURE_CAP ? FIGURE_CAP : v * 10 + (uint32_t)(w[k] - '0');
            digits++;
        } else if (!((w[k] == ',' || w[k] == '.' || w[k] == '\'') && k > 0 && k + 1 < n)) {
            return false;
        }
    }
    return digits > 0 && v >= 2;
}

/* The entry of pith_count_noun_signals the word (n bytes, a closing
 * bracket after it left out: "(41 products)") is, or NULL. */
static const pith_type_signal *count_noun(const char *w, size_t n)
{
    if (n > 0 && w[n - 1] == ')')
        n--;
    return pith_type_signal_of(pith_count_noun_signals, w, n);
}

/* Does text (n bytes) count the items the page lists, in a line of a few
 * words: one that ends in a figure of many and a noun of the table ("664
 * Styles", "1-24 of 345 products", "(41 products)"), or that is the noun
 * and the figure in brackets ("Products (87)")?  Its entry, or NULL.  A
 * line that goes on after the noun ("Only 7 items left in stock!", "2
 * items:") says something else. */
static const pith_type_signal *count_of_items(const char *text, size_t n)
{
    const char *word[COUNT_WORDS_MAX + 1];
    size_t len[COUNT_WORDS_MAX + 1], words = 0;
    for (size_t k = 0; k < n;) {
        while (k < n && pith_ascii_is_space(text[k]))
            k++;
        if (k == n)
            break;
        if (words == COUNT_WORDS_MAX)
            return NULL;
        word[words] = text + k;
        while (k < n && !pith_ascii_is_space(text[k]))
            k++;
        len[words] = (size_t)(text + k - word[words]);
        words++;
    }
    if (words < 2)
        return NULL;
    size_t last = words - 1;
    const pith_type_signal *noun = count_noun(word[last], len[last]);
    if (noun && figure_of_many(word[last - 1], len[last - 1]))
        return noun;
    noun = count_noun(word[0], len[0]);
    if (noun && words == 2 && word[1][0] == '(' && figure_of_many(word[1], len[1]))
        return noun;
    return NULL;
}

/* The count of items element i shows, when it is a short line of its own
 * outside a cart ("2 items" in a cart is what the shopper chose). */
static const pith_type_signal *shown_count(pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->blocks > 0 || el->text < 3 || el->text > COUNT_TEXT_MAX ||
        el->cat == PITH_CAT_CART ||
        (el->parent != PITH_NO_EL && dom->els[el->parent].cat == PITH_CAT_CART))
        return NULL;
    const char *text = pith_ctx_text(ctx, i, 2 * COUNT_TEXT_MAX);
    return count_of_items(text, ctx->scratch.len);
}

/* Every element's prices and pictures (<img>), summed bottom-up (the
 * prices are marked where they are already). */
static void sum_up(const pith_dom *dom, uint32_t *prices, uint32_t *pictures)
{
    for (uint32_t i = dom->n; i-- > 1;) {
        GumboTag tag = (GumboTag)dom->els[i].tag;
        if (tag == GUMBO_TAG_IMG)
            pictures[i] = 1;
        uint32_t p = dom->els[i].parent;
        if (p != PITH_NO_EL) {
            prices[p] += prices[i];
            pictures[p] += pictures[i];
        }
    }
}

/* counts: five arrays of dom->n zeros (prices, pictures, post_marks). */
static void scan_structure(pith_ctx *ctx, evidence *ev, shown *sh, uint32_t *counts,
                           uint32_t *per_box)
{
    uint32_t *prices_in = counts, *pictures_in = counts + ctx->dom.n;
    const post_marks marks = {counts + 2 * ctx->dom.n, counts + 3 * ctx->dom.n,
                              counts + 4 * ctx->dom.n};
    pith_dom *dom = &ctx->dom;
    memset(sh, 0, sizeof *sh);
    sh->grid.first = sh->grid.last = sh->cards.first = sh->cards.last = PITH_NO_EL;
    if (dom->body == PITH_NO_EL)
        return;
    sh->body_text = dom->els[dom->body].text;
    uint32_t last_anchored = PITH_NO_EL;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        GumboTag t = (GumboTag)el->tag;
        uint32_t h = anchored_heading(dom, i);
        if (h != PITH_NO_EL && h != last_anchored) {
            sh->anchored_headings++;
            last_anchored = h;
        }
        if (t == GUMBO_TAG_SCRIPT) {
            if (is_jsonld(el))
                scan_script(ev, el);
            continue;
        }
        if (t == GUMBO_TAG_META) {
            scan_meta_tag(ev, el);
            continue;
        }
        const char *it = pith_attr(el, "itemtype");
        if (it)
            scan_itemtype(ev, it);
        if (offered(el))
            ev->offers = true;
        if (t == GUMBO_TAG_PRE)
            sh->pre_text += el->text;
        else if (pith_pagetype_long_paragraph(el)) {
            sh->long_para_text += el->text;
        } else if (t == GUMBO_TAG_TIME) {
            sh->times++;
        } else if (t == GUMBO_TAG_H2) {
            sh->h2++;
        }
        if (pith_pagetype_is_price(ctx, i, false))
            prices_in[i] = 1;
        const pith_type_signal *buy = buy_button(ctx, i);
        if (buy && sh->buy_buttons++ == 0)
            sh->buy_reason = buy->reason;
        if (!sh->product_headline)
            sh->product_headline = product_headline(dom, i);
    }
    sum_up(dom, prices_in, pictures_in);
    sh->prices = prices_in[dom->body];
    mark_post_heads(dom, &marks);
    const tallies t = {ctx->item_run, prices_in, pictures_in};
    uint32_t menu_end = 0; /* the end of the menu being read */
    uint32_t aside_end = 0; /* the end of the <aside> being read */
    for (uint32_t i = dom->body; i < dom->els[dom->body].end; i++) {
        if (i >= menu_end && site_menu(dom, i))
            menu_end = dom->els[i].end;
        if (site_chrome(dom, i)) {
            sh->chrome_text += dom->els[i].text;
            i = dom->els[i].end - 1;
            continue;
        }
        /* A sidebar beside the page's text (a community's rules, its
         * moderators, other threads): less than half the page, and not
         * the box of its densest prose. */
        if (dom->els[i].tag == GUMBO_TAG_ASIDE && i >= aside_end &&
            !(dom->els[i].flags & PITH_EL_HOLDS_MAIN) &&
            dom->els[i].text * 2 < dom->els[dom->body].text) {
            sh->aside_text += dom->els[i].text;
            aside_end = dom->els[i].end;
        }
        if (dom->els[i].blocks > 0) {
            scan_children(dom, i, &t, sh, i < menu_end);
            scan_posts(ctx, &marks, i, sh);
        } else if (!sh->count) {
            sh->count = shown_count(ctx, i);
        }
    }
    if (sh->post_run)
        sh->prose_before = prose_before(dom, sh->first_post);
    count_sections(dom, sh, per_box);
    if (dom->prose != PITH_NO_EL)
        sh->body_prose = pith_el_prose(dom, dom->prose, true).chars;
}

/* ------------------------------------------------------------ decision */

/* The products the page declares: a ProductGroup that lists its variants
 * (hasVariant: each size or colour a Product) is one product in several
 * variants, not a shelf of them. */
static int products_declared(const evidence *ev)
{
    return ev->groups > 0 && ev->variants ? ev->groups : ev->products;
}

#define SETTLED 3         /* declared evidence that settles the type */
#define GOOD_EVIDENCE 2   /* evidence that settles it when nothing else speaks */
#define POSTS_MIN 3       /* alike blocks named posts, and <time>s, of a thread */
#define POSTS_SHARE 0.5   /* ... holding this share of the page's text */
#define POST_LINKS_MAX_PART 3 /* posts are prose: under a third of their text in links,
                                 unlike a listing's cards under their titles */
#define PRICED_ITEMS_MIN 4 /* prices in one run of alike items: a grid of products */
#define PRODUCTS_MIN 3    /* Product entities declared: a collection of them */
#define BUY_BUTTONS_MAX 2 /* buttons to buy: the product's, and its copy in a sticky bar */
#define LIST_ITEMS_MIN 10 /* ListItem entities declared: a list's, more than any
                             breadcrumb's few steps */
#define LIST_RUN_SHARE 0.3 /* ... holding this share of the page's text */
#define PROSE_SHARE_MAX 0.3 /* ... while long paragraphs hold less than this */
#define BODY_PROSE_MIN 500 /* non-space bytes of the densest prose: a short news story's
                              body holds more, a teaser's summary or a list's intro less */
#define SECTIONS_MIN 3    /* <h2> sections of a landing page */
#define MANUAL_ANCHORED_HEADINGS 3 /* headings linked to themselves: a manual's */
#define MANUAL_CODE_SHARE_DIVISOR 20 /* code blocks holding a twentieth of the text */
#define MANUAL_ANCHORED_HEADINGS_ALONE 4 /* ... and one more when nothing on the page
                                            says documentation: structure alone must
                                            say more than structure beside a /docs/
                                            address or a docs generator does */

/* A manual's structure: headings made links to themselves (or with a
 * permalink beside them), or code blocks holding a fair part of the text. */
static bool reads_as_a_manual(const shown *sh)
{
    return sh->anchored_headings >= MANUAL_ANCHORED_HEADINGS ||
           (uint64_t)sh->pre_text * MANUAL_CODE_SHARE_DIVISOR >= sh->body_text;
}

#define BOXED_HEADINGS_MIN 4 /* section headings of a landing page... */
#define BOXED_SHARE_MAX 3 /* ... no more than a third of them in one box */
#define RUNNING_PROSE_MIN 5 /* long paragraphs side by side: an article's text */

/* Sections under headings, no box holding more than a third of them, and
 * no running prose: a news page's widgets ("Most read", "Comments") have
 * boxed headings too, beside the story's paragraphs. */
static bool boxed_sections(const shown *sh)
{
    return sh->headings >= BOXED_HEADINGS_MIN &&
           sh->headings_boxed * BOXED_SHARE_MAX <= sh->headings &&
           sh->paras_boxed < RUNNING_PROSE_MIN;
}

#define TEASERS_PAGE_SHARE 0.9 /* of the page's own text in its run of linked items */
#define TEASER_PROSE_PARTS 4 /* ... of which the densest prose is at most a quarter */

/* A run of alike linked items holding nearly all of the page's own text,
 * its densest prose a small part of that run (one item's summary, however
 * long): the page is their list.  An article's body is one block, far
 * longer than the teasers beside it, and outside their run. */
static bool teasers_hold_the_page(const shown *sh, double own)
{
    return sh->grid.text >= TEASERS_PAGE_SHARE * own &&
           (uint64_t)sh->body_prose * TEASER_PROSE_PARTS <= sh->grid.text;
}

/* Do the posts show when they were written: <time>s enough for a thread,
 * or most of the posts dated (the rest of a thread's posts may be folded,
 * but an article's readers' comments folded under it are not its posts)? */
static bool shows_times(const shown *sh)
{
    return sh->times >= POSTS_MIN ||
           (sh->posts_dated >= POSTS_MIN && sh->posts_dated * 2 > sh->post_run);
}

/* Does the page say how many products it lists ("318 styles")?  A
 * category does, above its grid; a product's page counts nothing of the
 * kind (its cart is left out). */
static bool counts_products(const shown *sh)
{
    return sh->count && sh->count->type == PITH_PAGE_COLLECTION;
}

/* A product declared (schema:Product, or the address) that nothing puts
 * on sale, on a page that names itself a service or an application
 * besides (/services/, schema:SoftwareApplication, schema:Service): no
 * offer declared, no price and no button to buy shown.  A firm declares
 * its service or its software a Product for its reviews' stars; its
 * page is a landing page of sections.  A shop's product has a price, or
 * at least nothing that says service. */
static bool offers_a_service(const evidence *ev, const shown *sh)
{
    return ev->score[PITH_PAGE_SERVICE] > 0 && !ev->offers && sh->prices == 0 &&
           sh->buy_buttons == 0;
}

#define SERVICE_AS_PRODUCT                                                                    \
    "schema:Product with no offer, no price and no button to buy, on a service's or "        \
    "an application's page"

static pith_pagetype decide(const pith_ctx *ctx, const evidence *ev, const shown *sh,
                            const char **why)
{
    const int *d = ev->score;
    /* Shares of what the page holds besides its header, menus and footer. */
    double own = sh->body_text > sh->chrome_text ? (double)(sh->body_text - sh->chrome_text) : 1.0;
    double prose = (sh->long_para_text + sh->pre_text) / own;
    double runs = sh->list_run_text / own;
    if (d[PITH_PAGE_FORUM] >= SETTLED) {
        *why = ev->reason[PITH_PAGE_FORUM];
        return PITH_PAGE_FORUM;
    }
    /* Alike posts with times holding the page make a thread.  Forum
     * software declares a thread an article (og:type article): that much of
     * a declaration does not outweigh the posts when nothing of an
     * article's prose comes before the first of them.  The posts' share
     * is of the page's own text, less its sidebars too: a link
     * aggregator's thread (a short post, then the replies) stands beside a
     * sidebar of the community's rules that may outweigh it. */
    double beside_sidebars = own > sh->aside_text ? own - sh->aside_text : 1.0;
    bool thread = sh->post_run >= POSTS_MIN && shows_times(sh) &&
                  sh->post_link_text * POST_LINKS_MAX_PART < sh->post_text &&
                  sh->post_text >= POSTS_SHARE * beside_sidebars;
    /* Forum software that marks each reply up as a schema.org Comment may
     * declare the thread an Article besides (og:type, JSON-LD): the
     * replies outweigh that when the prose before them is no more than an
     * opening post's (less than a short news story's body). */
    bool replies_declared =
        d[PITH_PAGE_FORUM] >= GOOD_EVIDENCE && sh->prose_before < BODY_PROSE_MIN;
    if (thread && (d[PITH_PAGE_ARTICLE] < GOOD_EVIDENCE ||
                   (d[PITH_PAGE_ARTICLE] < SETTLED && sh->prose_before < LONG_PARA) ||
                   replies_declared)) {
        *why = sh->posts_by_poster * 2 > sh->post_run
                   ? "structure: several alike posts, each with its poster and its time"
                   : "structure: several alike posts, each with its time";
        return PITH_PAGE_FORUM;
    }
    if (d[PITH_PAGE_DOCUMENTATION] >= SETTLED) {
        *why = ev->reason[PITH_PAGE_DOCUMENTATION];
        return PITH_PAGE_DOCUMENTATION;
    }
    /* Documentation software declares its pages articles (og:type
     * article) and dates them: an address or schema that says
     * documentation, with a manual's structure, outweighs that much. */
    if (d[PITH_PAGE_DOCUMENTATION] >= GOOD_EVIDENCE && d[PITH_PAGE_ARTICLE] < SETTLED &&
        reads_as_a_manual(sh)) {
        *why = ev->reason[PITH_PAGE_DOCUMENTATION];
        return PITH_PAGE_DOCUMENTATION;
    }
    /* One declaration that says product (og:type product) names the page
     * itself; a shop shows priced recommendations under its product, and
     * lists their Product entities too.  Lesser evidence (schema:Product,
     * the address) may be a category's, with a product for each card. */
    bool declared_one = ev->best_weight[PITH_PAGE_PRODUCT] >= SETTLED &&
                        d[PITH_PAGE_COLLECTION] < SETTLED;
    /* A shop's page that says how many products it lists, above a grid
     * of them, is their category, whatever its og:type says (a shop's
     * software may call every page a product). */
    if (counts_products(sh) && sh->grid.text > 0 &&
        (d[PITH_PAGE_PRODUCT] > 0 || d[PITH_PAGE_COLLECTION] > 0)) {
        *why = sh->count->reason;
        return PITH_PAGE_COLLECTION;
    }
    /* One Product declared with its offer, and no collection declared: the
     * page sells that product, whatever runs of prices it shows (its
     * editions, its add-ons, each with its own price and button). */
    bool one_on_offer = ev->products == 1 && ev->offers && d[PITH_PAGE_COLLECTION] == 0;
    if (d[PITH_PAGE_PRODUCT] >= SETTLED &&
        (declared_one || one_on_offer ||
         (sh->run_prices < PRICED_ITEMS_MIN && products_declared(ev) < PRODUCTS_MIN))) {
        if (offers_a_service(ev, sh)) {
            *why = SERVICE_AS_PRODUCT;
            return PITH_PAGE_SERVICE;
        }
        *why = ev->reason[PITH_PAGE_PRODUCT];
        return PITH_PAGE_PRODUCT;
    }
    if (d[PITH_PAGE_COLLECTION] >= SETTLED) {
        *why = ev->reason[PITH_PAGE_COLLECTION];
        return PITH_PAGE_COLLECTION;
    }
    /* One button to buy (two with its copy in a bar that follows the reader
     * down) makes the page the product's, whatever its other runs of prices
     * (other products, its variants) or its sections: a shop's category has
     * one button per card.  Not on the site's front page (a featured
     * product's button beside the rest), nor on a page that declares
     * itself an article (a story that sells the book it reviews). */
    if (sh->buy_buttons > 0 && sh->buy_buttons <= BUY_BUTTONS_MAX && !ev->home &&
        d[PITH_PAGE_ARTICLE] < SETTLED) {
        *why = sh->buy_reason;
        return PITH_PAGE_PRODUCT;
    }
    /* So does a headline marked as the product's name, whatever runs of
     * prices follow it (the shop's recommendations, the product's sizes). */
    if (sh->product_headline && !ev->home && d[PITH_PAGE_ARTICLE] < SETTLED) {
        *why = "structure: the headline marked as a product's name";
        return PITH_PAGE_PRODUCT;
    }
    if (sh->run_prices >= PRICED_ITEMS_MIN) {
        *why = "structure: a run of alike items with prices";
        return PITH_PAGE_COLLECTION;
    }
    if (products_declared(ev) >= PRODUCTS_MIN) {
        *why = "schema:Product, several times";
        return PITH_PAGE_COLLECTION;
    }
    /* Blog software's archive of a category or a tag is the list of its
     * posts, whatever its SEO plugin declares (og:type article on every
     * page), however long the category's description above them. */
    if (ev->archive && sh->grid.text > 0) {
        *why = ev->archive->reason;
        return ev->archive->type;
    }
    if (d[PITH_PAGE_ARTICLE] >= SETTLED) {
        *why = ev->reason[PITH_PAGE_ARTICLE];
        return PITH_PAGE_ARTICLE;
    }
    /* A page that lists its items for search engines, a schema.org ItemList
     * of more entries than a breadcrumb has, and is signed by no one is
     * that list, whatever its software's og:type or its sections' boxes
     * say (a recipe site's category declared an article); a "best of"
     * article that lists its picks so has a byline, or declares itself an
     * article above. */
    if (ev->list_items >= LIST_ITEMS_MIN && !ctx->meta.author) {
        *why = "schema:ItemList of many items, and no byline";
        return PITH_PAGE_LISTING;
    }
    /* A run of linked items holding much of the page is its list, unless
     * an article's running prose stands beside it (paragraphs side by
     * side in one box): its sources, its picks or a list of other stories
     * then follow the story, however short its paragraphs are. */
    if (runs >= LIST_RUN_SHARE && prose < PROSE_SHARE_MAX &&
        sh->paras_boxed < RUNNING_PROSE_MIN) {
        *why = "structure: a run of alike linked items holds much of the page";
        return PITH_PAGE_LISTING;
    }
    /* A business's page declared an article (og:type article, or a date
     * its software stamps on every page), shown as a landing page's
     * sections, each heading in a box of its own, and signed by no one: its
     * content is every section, not the one block an article keeps. */
    if ((d[PITH_PAGE_ARTICLE] >= GOOD_EVIDENCE || ctx->meta.date) && !ctx->meta.author &&
        boxed_sections(sh)) {
        *why = "structure: each section's heading in a box of its own, and no byline";
        return PITH_PAGE_SERVICE;
    }
    /* The same business's page, whatever its layout, when the address or
     * schema.org files it as an offer (/services/, /solutions/,
     * schema:Service): its software's og:type or date is no byline. */
    if ((d[PITH_PAGE_ARTICLE] >= GOOD_EVIDENCE || ctx->meta.date) && !ctx->meta.author &&
        d[PITH_PAGE_SERVICE] >= GOOD_EVIDENCE) {
        *why = ev->reason[PITH_PAGE_SERVICE];
        return PITH_PAGE_SERVICE;
    }
    /* A section's front page declares itself an article as every page of
     * its site does (og:type, a date), and its stories may sit in several
     * runs, none holding much of the page.  An article has a body of prose;
     * a page of linked items with none is their list, and so is one whose
     * linked items hold it all, their summaries its only prose, and that
     * no one signs (a post whose sections each end in a link has a byline). */
    bool teasers = teasers_hold_the_page(sh, own) && !ctx->meta.author;
    if (d[PITH_PAGE_ARTICLE] < SETTLED && sh->grid.text > 0 &&
        (sh->body_prose < BODY_PROSE_MIN || teasers) &&
        (d[PITH_PAGE_ARTICLE] >= GOOD_EVIDENCE || ctx->meta.date)) {
        *why = sh->body_prose < BODY_PROSE_MIN
                   ? "structure: alike linked items, and no body of prose"
                   : "structure: alike linked items hold the page, its longest prose one of them";
        return PITH_PAGE_LISTING;
    }
    if (d[PITH_PAGE_ARTICLE] >= GOOD_EVIDENCE) {
        *why = ev->reason[PITH_PAGE_ARTICLE];
        return PITH_PAGE_ARTICLE;
    }
    if (ctx->meta.date && !ctx->meta.date_page_edit) {
        *why = "a publication date";
        return PITH_PAGE_ARTICLE;
    }
    static const pith_pagetype weaker[] = {PITH_PAGE_LISTING, PITH_PAGE_DOCUMENTATION,
                                           PITH_PAGE_PRODUCT};
    for (size_t k = 0; k < sizeof weaker / sizeof weaker[0]; k++)
        if (d[weaker[k]] >= GOOD_EVIDENCE) {
            if (weaker[k] == PITH_PAGE_PRODUCT && offers_a_service(ev, sh)) {
                *why = SERVICE_AS_PRODUCT;
                return PITH_PAGE_SERVICE;
            }
            *why = ev->reason[weaker[k]];
            return weaker[k];
        }
    if (d[PITH_PAGE_SERVICE] > 0) {
        *why = ev->reason[PITH_PAGE_SERVICE];
        return PITH_PAGE_SERVICE;
    }
    /* A manual whose software leaves no generator, address or schema to
     * say so (a static site's pages, a project's own HTML docs): no date,
     * no type declared, and its headings made links to themselves (or
     * with a permalink beside them), as documentation tools write them
     * for links into a section.  A landing page's sections are not so
     * linked. */
    if (sh->anchored_headings >= MANUAL_ANCHORED_HEADINGS_ALONE) {
        *why = "structure: headings that link to themselves, as a manual's, and no date";
        return PITH_PAGE_DOCUMENTATION;
    }
    if (sh->h2 >= SECTIONS_MIN) {
        *why = "structure: sections under headings, and no date";
        return PITH_PAGE_SERVICE;
    }
    *why = "no date and no declared type";
    return PITH_PAGE_OTHER;
}

void pith_pagetype_classify(pith_ctx *ctx)
{
    pith_pagetype given = PITH_PAGE_COUNT;
    if (ctx->opt->pagetype)
        given = pith_pagetype_from_name(ctx->opt->pagetype);
    ctx->pagetype = given != PITH_PAGE_COUNT ? given : PITH_PAGE_ARTICLE;
    ctx->pagetype_reason =
        given != PITH_PAGE_COUNT ? "given by the caller" : "no evidence gathered (out of memory)";
    ctx->grid_first = ctx->grid_last = PITH_NO_EL;
    ctx->product_headline = false;
    size_t n = ctx->dom.n ? ctx->dom.n : 1;
    uint32_t *counts = pith_arena_calloc(ctx->arena, 5 * n, sizeof *counts);
    uint32_t *per_box = pith_arena_calloc(ctx->arena, 3 * n, sizeof *per_box);
    ctx->item_run = pith_dom_item_runs(&ctx->dom, ctx->arena);
    if (!counts || !per_box || !ctx->item_run)
        return;
    evidence ev;
    memset(&ev, 0, sizeof ev);
    shown sh;
    if (ctx->meta.url || ctx->opt->url)
        scan_url(&ev, ctx->meta.url ? ctx->meta.url : ctx->opt->url);
    else
        scan_relative_canonical(&ev, &ctx->dom);
    scan_structure(ctx, &ev, &sh, counts, per_box);
    ev.archive = archive_body(&ctx->dom);
    /* The page's grid is its run of cards; a list of text alone (a
     * category of a wiki, a list of links) when it shows none. */
    const grid *g = sh.cards.first != PITH_NO_EL ? &sh.cards : &sh.grid;
    ctx->grid_first = g->first;
    ctx->grid_last = g->last;
    ctx->product_headline = sh.product_headline;
    if (given == PITH_PAGE_COUNT)
        ctx->pagetype = decide(ctx, &ev, &sh, &ctx->pagetype_reason);
}
