/*
 * microdata.c — the microdata source (itemprop, itemscope, itemtype) and
 * RDFa lite (property, typeof) outside <meta name> tags.
 *
 * A property belongs to the nearest enclosing item (itemscope, or typeof in
 * RDFa).  Properties are read when that item is the page's article or web
 * page, a Q&A page's question or a thread's one Question item (or when
 * there is no item at all), never inside comments, related
 * lists or sidebars.  An author or publisher that is an item itself gives
 * its "name" property; an author item typed Organization is marked so.
 * Values come from content, datetime, href or src attributes, else from
 * the element's text.
 */
#include <string.h>

#include "author.h"
#include "jsonld.h"
#include "util/ascii.h"
#include "sources.h"

#define MAX_PROP 48
#define VALUE_MAX 1000
#define ARTICLE_ITEM_RANK 3 /* pith_jsonld_type_rank of an article, post, review or recipe */

typedef struct prop_map {
    const char *name;   /* the property's local name */
    pith_mfield field;
} prop_map;

static const prop_map PROPS[] = {
    {"headline", PITH_MF_TITLE},
    {"title", PITH_MF_TITLE},
    {"author", PITH_MF_AUTHOR},
    {"creator", PITH_MF_AUTHOR},
    {"datepublished", PITH_MF_DATE},
    {"datecreated", PITH_MF_DATE},
    {"date", PITH_MF_DATE},
    {"issued", PITH_MF_DATE},
    {"created", PITH_MF_DATE},
    {"uploaddate", PITH_MF_DATE},
    {"datemodified", PITH_MF_DATE_MODIFIED},
    {"modified", PITH_MF_DATE_MODIFIED},
    {"description", PITH_MF_DESCRIPTION},
    {"image", PITH_MF_IMAGE},
    {"thumbnailurl", PITH_MF_IMAGE},
    {"publisher", PITH_MF_SITENAME},
    {"inlanguage", PITH_MF_LANGUAGE},
    {"keywords", PITH_MF_TAGS},
    {"articlesection", PITH_MF_CATEGORIES},
    {"license", PITH_MF_LICENSE},
};

/* The property's local name in lower case ("schema:author",
 * "http://schema.org/author" and "author" all give "author"). */
static size_t local_name(const char *s, size_t n, char *out, size_t cap)
{
    size_t st = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ':' || s[i] == '/' || s[i] == '#')
            st = i + 1;
    return pith_ascii_lower_copy(out, cap, s + st, n - st);
}

static bool map_prop(const char *name, pith_mfield *field)
{
    for (size_t i = 0; i < sizeof PROPS / sizeof PROPS[0]; i++)
        if (strcmp(PROPS[i].name, name) == 0) {
            *field = PROPS[i].field;
            return true;
        }
    return false;
}

static bool is_item(const pith_el *el)
{
    return pith_attr(el, "itemscope") || pith_attr(el, "typeof");
}

/* The nearest enclosing item of element i (not i itself). */
static uint32_t owner_of(const pith_dom *dom, uint32_t i)
{
    for (uint32_t p = dom->els[i].parent; p != PITH_NO_EL; p = dom->els[p].parent)
        if (is_item(&dom->els[p]))
            return p;
    return PITH_NO_EL;
}

/* The best rank of an item's types (itemtype or typeof tokens). */
static int item_rank(const pith_el *el, bool *organization)
{
    const char *types = pith_attr(el, "itemtype");
    if (!types)
        types = pith_attr(el, "typeof");
    *organization = false;
    if (!types)
        return -1;
    int best = 0;
    char tok[128];
    const char *p = types;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t k = 0;
        while (*p && *p != ' ') {
            if (k + 1 < sizeof tok)
                tok[k++] = *p;
            p++;
        }
        tok[k] = 0;
        int r = pith_jsonld_type_rank(tok);
        if (r > best)
            best = r;
        size_t len = strlen(tok);
        if (len >= 12 && strcmp(tok + len - 12, "Organization") == 0)
            *organization = true;
    }
    return best;
}

/* True when element i is an item typed Question. */
static bool is_question(const pith_el *el)
{
    const char *type = pith_attr(el, "itemtype");
    size_t n = type ? strlen(type) : 0;
    return n >= 8 && strcmp(type + n - 8, "Question") == 0;
}

/* The page's one Question item standing in no other item, or
 * PITH_NO_EL: a thread page marks its opening post so without a QAPage
 * round it.  An FAQ holds many questions, none of them the page's.  It is
 * looked for once, and only on a page whose properties stand in a
 * Question item. */
typedef struct lone_question {
    uint32_t el;
    bool sought;
} lone_question;

static uint32_t find_lone_question(const pith_dom *dom)
{
    uint32_t found = PITH_NO_EL;
    for (uint32_t i = 0; i < dom->n; i++) {
        if (!is_item(&dom->els[i]) || !is_question(&dom->els[i]) ||
            owner_of(dom, i) != PITH_NO_EL)
            continue;
        if (found != PITH_NO_EL)
            return PITH_NO_EL;
        found = i;
    }
    return found;
}

/* True when item is the page's lone Question item. */
static bool is_lone_question(const pith_dom *dom, lone_question *q, uint32_t item)
{
    if (!is_question(&dom->els[item]))
        return false;
    if (!q->sought) {
        q->el = find_lone_question(dom);
        q->sought = true;
    }
    return item == q->el;
}

/* True when item is a Q&A page's question (a Question item inside a
 * QAPage item): the page's own work, whose author is the asker.  An FAQ's
 * questions are not. */
static bool question_of_qa_page(const pith_dom *dom, uint32_t item)
{
    if (!is_question(&dom->els[item]))
        return false;
    size_t n;
    uint32_t page = owner_of(dom, item);
    const char *page_type = page != PITH_NO_EL ? pith_attr(&dom->els[page], "itemtype") : NULL;
    n = page_type ? strlen(page_type) : 0;
    return n >= 6 && strcmp(page_type + n - 6, "QAPage") == 0;
}

/* The element's value: content, datetime, href/src, else its text. */
static void value_of(const pith_ctx *ctx, uint32_t i, pith_mfield field, pith_buf *out)
{
    const pith_el *el = &ctx->dom.els[i];
    const char *v = pith_attr(el, "content");
    if (!v && el->tag == GUMBO_TAG_TIME)
        v = pith_attr(el, "datetime");
    if (!v && (field == PITH_MF_IMAGE || field == PITH_MF_LICENSE)) {
        v = pith_attr(el, "src");
        if (!v)
            v = pith_attr(el, "href");
    }
    if (!v && el->tag == GUMBO_TAG_META)
        v = "";
    pith_buf_clear(out);
    if (v)
        pith_buf_puts(out, v);
    else
        pith_meta_el_text(ctx, i, out, VALUE_MAX);
}

/* The "name" property of item element i (author, publisher), or its text. */
static void item_name(const pith_ctx *ctx, uint32_t item, pith_buf *out)
{
    const pith_dom *dom = &ctx->dom;
    char name[MAX_PROP];
    for (uint32_t j = item + 1; j < dom->els[item].end; j++) {
        const char *prop = pith_attr(&dom->els[j], "itemprop");
        if (!prop)
            prop = pith_attr(&dom->els[j], "property");
        if (!prop || owner_of(dom, j) != item)
            continue;
        local_name(prop, strlen(prop), name, sizeof name);
        if (strcmp(name, "name") == 0) {
            value_of(ctx, j, PITH_MF_AUTHOR, out);
            return;
        }
    }
    pith_buf_clear(out);
}

#define CREDIT_HEAD_LEVELS 3 /* boxes above an author item searched for the
                                 label that heads it: the item, its card
                                 and the card's column ("<div><h5>Researched
                                 by:</h5><div class=info><div
                                 itemprop=author ...>") */
#define CREDIT_HEAD_READ 40   /* bytes of that label read */

/* Is the author item i headed by another credit's label ("Researched
 * by:", "Reviewed by", "Photos by": pith_author_credit_len), the first text
 * before it in its card or in the column around the card?  A site marks
 * up the people beside the writer the same way as the writer; a
 * researcher or a reviewer is no author. */
static bool credited_otherwise(const pith_ctx *ctx, uint32_t i, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t box = i;
    for (int level = 0; level < CREDIT_HEAD_LEVELS && dom->els[box].parent != PITH_NO_EL;
         level++) {
        box = dom->els[box].parent;
        for (uint32_t j = box + 1; j < i; j = dom->els[j].end) {
            if (i < dom->els[j].end)
                break; /* the child that holds the item: nothing with text before it */
            if (dom->els[j].text == 0 || (dom->els[j].flags & PITH_EL_HIDDEN))
                continue;
            pith_meta_el_text(ctx, j, text, CREDIT_HEAD_READ);
            char low[CREDIT_HEAD_READ + 1];
            size_t n = pith_ascii_lower_copy(low, sizeof low, text->data ? text->data : "",
                                             text->len);
            return pith_author_credit_len(low, n) > 0;
        }
    }
    return false;
}

/* One property token of element i. */
static void read_prop(pith_ctx *ctx, pith_mfound *f, uint32_t i, const char *name,
                      lone_question *question, pith_buf *value)
{
    const pith_dom *dom = &ctx->dom;
    pith_mfield field;
    if (!map_prop(name, &field))
        return;
    uint32_t owner = owner_of(dom, i);
    bool org = false;
    if (owner != PITH_NO_EL && item_rank(&dom->els[owner], &org) < 2 &&
        !question_of_qa_page(dom, owner) && !is_lone_question(dom, question, owner))
        return; /* a property of a person, a comment, a product... */
    const pith_el *el = &dom->els[i];
    if ((field == PITH_MF_AUTHOR || field == PITH_MF_SITENAME) && is_item(el)) {
        if (field == PITH_MF_AUTHOR && credited_otherwise(ctx, i, value))
            return;
        item_rank(el, &org);
        item_name(ctx, i, value);
        if (!value->len && field == PITH_MF_AUTHOR && !pith_attr(el, "content"))
            pith_meta_el_text(ctx, i, value, VALUE_MAX);
    } else {
        value_of(ctx, i, field, value);
        org = false;
    }
    unsigned flags = (field == PITH_MF_AUTHOR && org) ? PITH_MV_ORG : 0;
    if (strcmp(name, "datecreated") == 0 || strcmp(name, "created") == 0)
        flags |= PITH_MV_CREATED;
    if (value->len)
        pith_meta_add_unescaped(f, field, PITH_MS_MICRODATA, value->data, value->len, flags);
}

/* The element's properties, each read in turn. */
static void read_props(pith_ctx *ctx, pith_mfound *f, uint32_t i, const char *props,
                       lone_question *question, pith_buf *value)
{
    char name[MAX_PROP];
    const char *p = props, *tok;
    size_t len;
    while ((tok = pith_meta_token(&p, &len)) != NULL) {
        local_name(tok, len, name, sizeof name);
        read_prop(ctx, f, i, name, question, value);
    }
}

/* True when element i's properties belong to an item ranked a page or a
 * video (an embedded clip's datePublished, a WebPage's name), not the
 * article. */
static bool of_lesser_item(const pith_dom *dom, uint32_t i)
{
    uint32_t owner = owner_of(dom, i);
    bool org;
    return owner != PITH_NO_EL && item_rank(&dom->els[owner], &org) == 2;
}

/* True when element i, though inside a block classed like an aside, is a
 * property of the article item that holds the page's headline and stands
 * before the article's prose: a call-to-action box beside the headline
 * ("<div class=article__cta">Published <time itemprop=datePublished>")
 * carries the article's own date.  Cards in a sidebar are items of their
 * own or lie outside that item; comments and related lists come after the
 * prose. */
static bool headline_item_prop(const pith_dom *dom, pith_mfound *f, uint32_t i)
{
    uint32_t owner = owner_of(dom, i), h1 = pith_meta_first_h1(dom, f, false);
    bool org;
    if (owner == PITH_NO_EL || h1 == PITH_NO_EL || dom->prose == PITH_NO_EL ||
        item_rank(&dom->els[owner], &org) < ARTICLE_ITEM_RANK)
        return false;
    return h1 > owner && h1 < dom->els[owner].end && owner_of(dom, h1) == owner &&
           i < dom->prose;
}

#define MAX_DEFERRED 128 /* properties of lesser items read after the article's */

void pith_meta_from_microdata(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    pith_buf value = PITH_BUF_INIT;
    lone_question question = {PITH_NO_EL, false};
    /* The article's properties come first: a page often holds a video or a
     * page item beside it, whose dates and names are not the article's. */
    uint32_t deferred[MAX_DEFERRED];
    size_t n_deferred = 0;
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        const char *props = pith_attr(el, "itemprop");
        if (!props && el->tag != GUMBO_TAG_META)
            props = pith_attr(el, "property"); /* RDFa lite */
        if (!props || (pith_meta_in_aside(ctx, f, i) && !headline_item_prop(dom, f, i)))
            continue;
        if (n_deferred < MAX_DEFERRED && of_lesser_item(dom, i))
            deferred[n_deferred++] = i;
        else
            read_props(ctx, f, i, props, &question, &value);
    }
    for (size_t k = 0; k < n_deferred; k++) {
        const pith_el *el = &dom->els[deferred[k]];
        const char *props = pith_attr(el, "itemprop");
        read_props(ctx, f, deferred[k], props ? props : pith_attr(el, "property"), &question,
                   &value);
    }
    pith_buf_free(&value);
}
