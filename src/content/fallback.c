/*
 * fallback.c — the ladder the content stage climbs down when the page's
 * visible content gave no text: sites that fill their pages with scripts
 * still tell crawlers what the page holds, in a few places.
 *
 *   jsonld       the longest articleBody, text or description the page's
 *                JSON-LD gives (a post's body, a product's description)
 *   densest      the element holding the most prose of the whole page, even
 *                inside a box the clean stage took for boilerplate
 *   description  the page's own description (meta tags)
 *
 * Beside the ladder, for a product page whose visible text holds little of
 * the description its JSON-LD gives its one Product: that description is
 * added after the page's text (pith_content_product_description).
 *
 * Each rung builds the article tree from what it found and names itself, so
 * the result says where its text came from; the confidence is lowered.
 * Earlier rungs (the <noscript> copy of the page, a page hidden until a
 * script runs) are taken by the clean stage, which reveals them.
 */
#include <jansson.h>
#include <string.h>

#include "content.h"
#include "meta/jsonld.h"
#include "util/ascii.h"
#include "util/budget.h"
#include "util/fnv.h"

#define FALLBACK_TEXT_MIN 150   /* bytes of JSON-LD text worth an article */
#define FALLBACK_PROSE_MIN 150  /* non-space bytes of prose in the densest element */
#define FALLBACK_MAX_VISIT 20000 /* JSON values looked at */
#define FALLBACK_CONFIDENCE 0.2  /* how sure pith is of a fallback's text */

/* The schema.org type an object declares (its first, by its own name:
 * past a type URL's last '/' and a prefix's ':'), or "". */
static const char *type_of(json_t *obj)
{
    json_t *t = json_object_get(obj, "@type");
    if (json_is_array(t))
        t = json_array_get(t, 0);
    if (!json_is_string(t))
        return "";
    return pith_jsonld_type_name(json_string_value(t));
}

/* Types whose descriptions speak of the site or a person, not the page. */
static bool describes_the_site(json_t *obj)
{
    static const char *const types[] = {"Organization", "Corporation", "WebSite", "Person",
                                        "Brand", "ImageObject", "BreadcrumbList", "ListItem",
                                        "SearchAction", "LocalBusiness", NULL};
    const char *name = type_of(obj);
    for (const char *const *k = types; *k; k++)
        if (strcmp(name, *k) == 0)
            return true;
    return false;
}

/* Called with every object of the page's JSON-LD, in document order. */
typedef void (*jsonld_object_fn)(json_t *obj, void *data);

/* Walk every object of the page's JSON-LD without recursion (at most
 * FALLBACK_MAX_VISIT values); what fn keeps of them it copies, as the
 * values are freed after the walk. */
static void each_jsonld_object(pith_ctx *ctx, jsonld_object_fn fn, void *data)
{
    size_t charged;
    json_t *all = pith_jsonld_read_page(&ctx->dom, &charged);
    if (!all)
        return;
    json_t *stack[64];
    size_t depth = 0, visited = 0;
    stack[depth++] = all;
    while (depth > 0 && visited++ < FALLBACK_MAX_VISIT) {
        json_t *v = stack[--depth];
        if (json_is_array(v)) {
            for (size_t k = json_array_size(v); k-- > 0 && depth < 64;)
                stack[depth++] = json_array_get(v, k);
        } else if (json_is_object(v)) {
            fn(v, data);
            const char *key;
            json_t *child;
            json_object_foreach(v, key, child) {
                if ((json_is_object(child) || json_is_array(child)) && depth < 64)
                    stack[depth++] = child;
            }
        }
    }
    json_decref(all);
    pith_budget_release(pith_budget_current(), charged);
}

/* Keep s in out when it is longer than what out holds. */
static void keep_longer(pith_buf *out, json_t *s)
{
    if (json_is_string(s) && json_string_length(s) > out->len) {
        pith_buf_clear(out);
        pith_buf_append(out, json_string_value(s), json_string_length(s));
    }
}

static void note_longest_text(json_t *obj, void *data)
{
    static const char *const keys[] = {"articleBody", "text", "description", NULL};
    if (describes_the_site(obj))
        return;
    for (const char *const *key = keys; *key; key++)
        keep_longer(data, json_object_get(obj, *key));
}

/* The longest articleBody, text or description string of the page's
 * JSON-LD, copied into out. */
static void longest_jsonld_text(pith_ctx *ctx, pith_buf *out)
{
    each_jsonld_object(ctx, note_longest_text, out);
}

/* ------------------------------------------------ words two texts share */

/* The hash of the word at s (n bytes), ASCII case folded. */
static uint32_t word_hash(const char *s, size_t n)
{
    uint32_t h = PITH_FNV1A_32_BASIS;
    for (size_t k = 0; k < n; k++)
        h = pith_fnv1a_32(h, (unsigned char)pith_ascii_lower(s[k]));
    return h ? h : 1;
}

/* Call fn with the hash of every word of text (n bytes); the words. */
static size_t each_word(const char *text, size_t n, void (*fn)(uint32_t, void *), void *data)
{
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        if (!pith_ascii_is_word_byte(text[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < n && pith_ascii_is_word_byte(text[i]))
            i++;
        fn(word_hash(text + start, i - start), data);
        words++;
    }
    return words;
}

/* A set of word hashes, open addressing in an arena array. */
typedef struct word_set {
    uint32_t *slot;
    uint32_t mask;
    size_t found; /* words looked up and present */
} word_set;

static void word_set_add(uint32_t h, void *data)
{
    word_set *s = data;
    uint32_t k = h & s->mask;
    while (s->slot[k] && s->slot[k] != h)
        k = (k + 1) & s->mask;
    s->slot[k] = h;
}

static void word_set_look_up(uint32_t h, void *data)
{
    word_set *s = data;
    for (uint32_t k = h & s->mask; s->slot[k]; k = (k + 1) & s->mask)
        if (s->slot[k] == h) {
            s->found++;
            return;
        }
}

static void count_word(uint32_t h, void *data)
{
    (void)h;
    (*(size_t *)data)++;
}

/* How many of the words of text b (nb bytes) text a (na bytes) holds, out
 * of b's words (*total); SIZE_MAX when memory ran out. */
static size_t words_held(pith_ctx *ctx, const char *a, size_t na, const char *b, size_t nb,
                         size_t *total)
{
    size_t words = 0;
    each_word(a, na, count_word, &words);
    uint32_t size = 64;
    while (size < 2 * words && size < (1u << 30))
        size *= 2;
    word_set set = {pith_arena_calloc(ctx->arena, size, sizeof(uint32_t)), size - 1, 0};
    *total = 0;
    if (!set.slot)
        return SIZE_MAX;
    each_word(a, na, word_set_add, &set);
    *total = each_word(b, nb, word_set_look_up, &set);
    return set.found;
}

/* Does the page's meta description speak of the page: does it share a
 * word with the page's title?  A site that gives every page its slogan
 * ("Smarter shopping, better living!") describes itself, not the page, and
 * has nothing to say of it.  Without a title, it is taken at its word. */
static bool describes_the_page(pith_ctx *ctx)
{
    const char *d = ctx->meta.description, *title = ctx->meta.title;
    if (!d || !*d)
        return false;
    if (!title || !*title)
        return true;
    size_t total;
    return words_held(ctx, title, strlen(title), d, strlen(d), &total) > 0;
}

/* ------------------------------------------------ the ladder */

static bool try_text(pith_ctx *ctx, pith_doc *doc, const char *text, size_t n, size_t min)
{
    if (!text || n < min)
        return false;
    return pith_build_text(doc, text, n) && doc->root && doc->root->first;
}

/* The densest element: the clean stage's choice (the element holding the
 * most prose directly), built whatever was dropped around it. */
static bool try_densest(pith_ctx *ctx, pith_doc *doc)
{
    pith_dom *dom = &ctx->dom;
    uint32_t d = dom->prose;
    if (d == PITH_NO_EL || (dom->els[d].flags & PITH_EL_HIDDEN) ||
        pith_el_prose(dom, d, true).chars < FALLBACK_PROSE_MIN)
        return false;
    dom->els[d].flags &= ~(uint32_t)(PITH_EL_DROPPED | PITH_EL_REJECTED);
    return pith_build_doc(ctx, d, doc) && doc->root && doc->root->first;
}

const char *pith_content_fallback(pith_ctx *ctx, pith_doc *doc)
{
    pith_buf text = PITH_BUF_INIT;
    const char *rung = NULL;
    longest_jsonld_text(ctx, &text);
    if (try_text(ctx, doc, text.data, text.len, FALLBACK_TEXT_MIN))
        rung = "jsonld";
    else if (try_densest(ctx, doc))
        rung = "densest";
    else if (describes_the_page(ctx) &&
             try_text(ctx, doc, ctx->meta.description, strlen(ctx->meta.description), 1))
        rung = "description";
    pith_buf_free(&text);
    if (rung)
        ctx->confidence = FALLBACK_CONFIDENCE;
    return rung;
}

/* ------------------------------------------------ a product's description */

#define DESCRIPTION_WORDS_MIN 15 /* words of a description worth adding: a sentence or two */
#define DESCRIPTION_SHOWN_PARTS 3 /* shown: two thirds of its words in the page's text */

typedef struct product_description {
    pith_buf text; /* the longest description of a Product or ProductGroup */
    int products;  /* objects typed so */
} product_description;

static void note_product(json_t *obj, void *data)
{
    product_description *p = data;
    const char *t = type_of(obj);
    if (strcmp(t, "Product") != 0 && strcmp(t, "ProductGroup") != 0)
        return;
    p->products++;
    keep_longer(&p->text, json_object_get(obj, "description"));
}

/* Does the page's text (shown, n bytes) hold two thirds of the words of
 * description d?  Memory running out counts as holding them. */
static bool text_holds(pith_ctx *ctx, const char *shown, size_t n, const pith_buf *d)
{
    size_t total;
    size_t found = words_held(ctx, shown, n, d->data, d->len, &total);
    return found == SIZE_MAX ||
           found * DESCRIPTION_SHOWN_PARTS >= total * (DESCRIPTION_SHOWN_PARTS - 1);
}

/* A description that reads as the product's text: words with spaces
 * between them (not an address's escapes, "An%20elegant%20sofa"), no
 * markup, not cut short ("... sustainably source..." summarises the page's
 * own text), DESCRIPTION_WORDS_MIN words at least. */
static bool reads_as_description(const pith_buf *d)
{
    if (!d->data || !memchr(d->data, ' ', d->len) || memchr(d->data, '<', d->len))
        return false;
    size_t n = d->len;
    while (n > 0 && (d->data[n - 1] == ' ' || d->data[n - 1] == '\n'))
        n--;
    if ((n >= 3 && !memcmp(d->data + n - 3, "...", 3)) ||
        (n >= 3 && !memcmp(d->data + n - 3, "\xe2\x80\xa6", 3))) /* U+2026 */
        return false;
    size_t words = 0;
    each_word(d->data, d->len, count_word, &words);
    return words >= DESCRIPTION_WORDS_MIN;
}

bool pith_content_product_description(pith_ctx *ctx, pith_doc *doc)
{
    if (ctx->pagetype != PITH_PAGE_PRODUCT || ctx->main == PITH_NO_EL || !doc->root)
        return true;
    product_description p = {PITH_BUF_INIT, 0};
    each_jsonld_object(ctx, note_product, &p);
    bool ok = true;
    if (p.products == 1 && reads_as_description(&p.text)) {
        /* What the page shows: its region less what the clean stage
         * removed; the lines the content stage set aside (a copy, a lone
         * link) are on the page all the same. */
        pith_buf shown = PITH_BUF_INIT;
        pith_el_text_ex(&ctx->dom, ctx->main, &shown, 0, PITH_EL_DROPPED,
                        false);
        if (!text_holds(ctx, shown.data ? shown.data : "", shown.len, &p.text))
            ok = pith_build_append_text(doc, p.text.data, p.text.len);
        ok = ok && !shown.oom;
        pith_buf_free(&shown);
    }
    ok = ok && !p.text.oom;
    pith_buf_free(&p.text);
    return ok;
}
