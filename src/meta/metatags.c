/*
 * metatags.c — the <meta> source: OpenGraph (og:*, article:*), Twitter
 * cards, Dublin Core, parsely-* and the plain names (author, description,
 * keywords, date...), as listed in metatags_table.c.
 *
 * A tag's key is its property, name or http-equiv attribute; a page may
 * list several keys in one attribute ("og:title dc:title").  The value is
 * the content attribute.  Twitter's label/data pairs ("Written by" /
 * "Jane Doe") give an author too.
 */
#include <string.h>

#include "input/elide.h"
#include "util/ascii.h"
#include "author.h"
#include "metatags.h"
#include "sources.h"

#define MAX_KEY 64
#define MAX_TWITTER_PAIRS 4

/* What a key the table lacks gives when it names the publication date
 * (pith_meta_key_names_publish_date): a date trusted after every other
 * source ("published-time" may be the time the page was rendered). */
static const pith_metatag PUBLISH_DATE_KEY = {"", PITH_MF_DATE, PITH_MS_KEY_GUESS};

/* The table's entry for a key, NULL if none: the table's keys are in lower
 * case, so the first letter alone rules out most of them before strcmp. */
static const pith_metatag *lookup(const char *key, size_t n)
{
    char low[MAX_KEY];
    if (n == 0 || n >= MAX_KEY)
        return NULL;
    pith_ascii_lower_copy(low, sizeof low, key, n);
    for (size_t i = 0; i < PITH_N_METATAGS; i++) {
        const char *k = PITH_METATAGS[i].key;
        if (k[0] == low[0] && strcmp(k + 1, low + 1) == 0)
            return &PITH_METATAGS[i];
    }
    return pith_meta_key_names_publish_date(key, n) ? &PUBLISH_DATE_KEY : NULL;
}

/* Each whitespace-separated key of attr, looked up and recorded.  An
 * author equal to the page's builder (see site_builder) is not recorded. */
static void record_keys(pith_mfound *f, const char *attr, const char *content,
                        const char *builder)
{
    const char *p = attr, *tok;
    size_t len;
    while ((tok = pith_meta_token(&p, &len)) != NULL) {
        const pith_metatag *t = lookup(tok, len);
        if (t && !(t->field == PITH_MF_AUTHOR && builder && pith_ascii_ieq(content, builder)))
            pith_meta_add_decoded(f, t->field, t->source, content, 0);
    }
}

/* <meta name=generator|designer|web_author>: who built the site.  A meta
 * author with the same value ("ACME - Coordenadoria de TI" twice) credits
 * the builder on every page, not the article's writer. */
static const char *site_builder(const pith_dom *dom)
{
    for (uint32_t i = 0; i < dom->n; i++) {
        const pith_el *el = &dom->els[i];
        const char *name = el->tag == GUMBO_TAG_META ? pith_attr(el, "name") : NULL;
        const char *content = name ? pith_attr(el, "content") : NULL;
        if (content && *content &&
            (pith_ascii_ieq(name, "generator") || pith_ascii_ieq(name, "designer") ||
             pith_ascii_ieq(name, "web_author")))
            return content;
    }
    return NULL;
}

/* twitter:labelN = "Written by", twitter:dataN = "Jane Doe". */
typedef struct twitter_pairs {
    const char *label[MAX_TWITTER_PAIRS + 1];
    const char *data[MAX_TWITTER_PAIRS + 1];
} twitter_pairs;

static void note_twitter_pair(twitter_pairs *tp, const char *key, const char *content)
{
    bool label = pith_ascii_iprefix(key, "twitter:label");
    bool data = pith_ascii_iprefix(key, "twitter:data");
    if (!label && !data)
        return;
    const char *num = key + (label ? 13 : 12);
    if (num[0] < '1' || num[0] > '0' + MAX_TWITTER_PAIRS || num[1])
        return;
    int k = num[0] - '0';
    if (label)
        tp->label[k] = content;
    else
        tp->data[k] = content;
}

static void record_twitter_pairs(pith_mfound *f, const twitter_pairs *tp)
{
    for (int k = 1; k <= MAX_TWITTER_PAIRS; k++) {
        if (!tp->label[k] || !tp->data[k])
            continue;
        char low[48];
        size_t n = strlen(tp->label[k]);
        if (n >= sizeof low)
            continue;
        pith_ascii_lower_copy(low, sizeof low, tp->label[k], n);
        if (pith_author_prefix_len(low, n) == n)
            pith_mfound_adds(f, PITH_MF_AUTHOR, PITH_MS_TWITTER, tp->data[k], 0);
    }
}

void pith_meta_from_metatags(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    twitter_pairs tp;
    memset(&tp, 0, sizeof tp);
    const char *builder = site_builder(dom);
    /* Two passes: a key given as a property (RDFa, as OpenGraph asks) is
     * preferred to the same key given as a name. */
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < dom->n; i++) {
            const pith_el *el = &dom->els[i];
            if (el->tag != GUMBO_TAG_META)
                continue;
            const char *content = pith_attr(el, "content");
            if (!content || !*content)
                continue;
            const char *property = pith_attr(el, "property");
            const char *name = pith_attr(el, "name");
            const char *equiv = pith_attr(el, "http-equiv");
            if (pass == 0) {
                if (property)
                    record_keys(f, property, content, builder);
                continue;
            }
            if (name && (!property || strcmp(name, property) != 0))
                record_keys(f, name, content, builder);
            if (equiv)
                record_keys(f, equiv, content, builder);
            note_twitter_pair(&tp, name ? name : property ? property : "", content);
        }
    record_twitter_pairs(f, &tp);
}
