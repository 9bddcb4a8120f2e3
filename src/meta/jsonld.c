/*
 * jsonld.c — the JSON-LD source: <script type="application/ld+json">.
 *
 * Every script is parsed with jansson, after the repairs real sites need
 * (jsonld_repair.c): HTML comment and CDATA wrappers, raw line breaks in
 * strings, trailing commas, missing commas, bad escapes, several objects in
 * a row.  The objects with a @type (at any depth, @graph included) are the
 * entities; the main one is the best article-like entity (NewsArticle,
 * BlogPosting...), else a web page, and never an item that is a part of
 * another (a product's review).  Its fields give title, author (with
 * @id references into the graph resolved, organisations marked), dates,
 * description, image, URL, language, section, keywords, license, page type
 * and the articleBody hint; the site name is its publisher's name, else the
 * WebSite's.  Walks are iterative, and bounded.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/ascii.h"
#include "jsonld.h"
#include "sources.h"
#include "util/budget.h"

#define MAX_ENTITIES 256
#define MAX_IDS 256
#define MAX_VISIT 20000
#define MAX_LIST 32

typedef struct entity {
    json_t *obj;
    int rank;   /* 3 article, 2 web page, 1 site/organisation, 0 other */
    int depth;
    bool part;  /* the value of another item's property: its review, video, logo... */
} entity;

typedef struct graph {
    entity ents[MAX_ENTITIES];
    size_t n_ents;
    json_t *ids[MAX_IDS];      /* objects that carry an @id and more */
    size_t n_ids;
} graph;

/* ------------------------------------------------------------ types */

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

const char *pith_jsonld_type_name(const char *t)
{
    const char *slash = strrchr(t, '/');
    if (slash)
        t = slash + 1;
    const char *colon = strrchr(t, ':');
    return colon ? colon + 1 : t;
}

int pith_jsonld_type_rank(const char *t)
{
    t = pith_jsonld_type_name(t);
    if (ends_with(t, "Article") || ends_with(t, "Posting") || !strcmp(t, "Report") ||
        ends_with(t, "Review") || !strcmp(t, "Recipe") || !strcmp(t, "HowTo") ||
        !strcmp(t, "CreativeWork") || !strcmp(t, "Thesis") || !strcmp(t, "Chapter"))
        return 3;
    if (ends_with(t, "Page") || !strcmp(t, "VideoObject") || !strcmp(t, "PodcastEpisode") ||
        !strcmp(t, "Episode") || !strcmp(t, "Book"))
        return 2;
    if (!strcmp(t, "WebSite") || ends_with(t, "Organization") || !strcmp(t, "Corporation"))
        return 1;
    return 0;
}

/* The best rank among the object's @type values; -1 without a type. */
static int type_rank(json_t *obj)
{
    json_t *t = json_object_get(obj, "@type");
    if (json_is_string(t))
        return pith_jsonld_type_rank(json_string_value(t));
    if (!json_is_array(t))
        return -1;
    int best = -1;
    for (size_t i = 0; i < json_array_size(t) && i < MAX_LIST; i++) {
        json_t *v = json_array_get(t, i);
        if (json_is_string(v)) {
            int r = pith_jsonld_type_rank(json_string_value(v));
            if (r > best)
                best = r;
        }
    }
    return best;
}

static const char *first_type(json_t *obj)
{
    json_t *t = json_object_get(obj, "@type");
    if (json_is_array(t))
        t = json_array_get(t, 0);
    return json_is_string(t) ? json_string_value(t) : NULL;
}

static bool is_type(json_t *obj, const char *name)
{
    json_t *t = json_object_get(obj, "@type");
    if (json_is_string(t))
        return ends_with(json_string_value(t), name);
    for (size_t i = 0; json_is_array(t) && i < json_array_size(t) && i < MAX_LIST; i++) {
        json_t *v = json_array_get(t, i);
        if (json_is_string(v) && ends_with(json_string_value(v), name))
            return true;
    }
    return false;
}

static bool is_organization(json_t *obj)
{
    return is_type(obj, "Organization") || is_type(obj, "Corporation") ||
           is_type(obj, "NewsMediaOrganization") || is_type(obj, "WebSite") ||
           is_type(obj, "Brand");
}

/* ------------------------------------------------------------ graph walk */

typedef struct frame {
    json_t *v;
    int depth;
    bool part;
} frame;

/* The properties whose items stand beside the one holding them rather than
 * inside it: the list of a graph, the item a page is about and the page an
 * item is the main one of.  An item under any other property (a review, a
 * video, a logo, a help page, a list element) is a part of its holder and
 * never the page's own item. */
static bool holds_page_items(const char *key)
{
    return strcmp(key, "@graph") == 0 || strcmp(key, "mainEntity") == 0 ||
           strcmp(key, "mainEntityOfPage") == 0;
}

static void index_graph(json_t *root, graph *g)
{
    size_t cap = 256, n = 0, visited = 0;
    frame *stack = malloc(cap * sizeof *stack);
    if (!stack) {
        pith_alloc_failed(); /* the page fails: a walk cut short reads less */
        return;
    }
    stack[n++] = (frame){root, 0, false};
    while (n > 0 && visited++ < MAX_VISIT) {
        frame fr = stack[--n];
        json_t *v = fr.v;
        size_t kids = 0;
        if (json_is_object(v)) {
            int rank = type_rank(v);
            if (rank >= 0 && g->n_ents < MAX_ENTITIES)
                g->ents[g->n_ents++] = (entity){v, rank, fr.depth, fr.part};
            if (json_is_string(json_object_get(v, "@id")) && json_object_size(v) > 1 &&
                g->n_ids < MAX_IDS)
                g->ids[g->n_ids++] = v;
            kids = json_object_size(v);
        } else if (json_is_array(v)) {
            kids = json_array_size(v);
        } else {
            continue;
        }
        if (n + kids > cap) {
            size_t ncap = (n + kids) * 2;
            frame *ns = realloc(stack, ncap * sizeof *ns);
            if (!ns) {
                pith_alloc_failed();
                break;
            }
            stack = ns;
            cap = ncap;
        }
        /* Pushed in reverse so the walk goes in document order. */
        if (json_is_array(v)) {
            for (size_t i = kids; i-- > 0;)
                stack[n++] = (frame){json_array_get(v, i), fr.depth, fr.part};
        } else {
            json_t *vals[64];
            bool parts[64];
            size_t k = 0;
            const char *key;
            json_t *val;
            json_object_foreach(v, key, val)
            {
                if (k < 64 && (json_is_object(val) || json_is_array(val))) {
                    parts[k] = fr.part || !holds_page_items(key);
                    vals[k++] = val;
                }
            }
            for (size_t i = k; i-- > 0;)
                stack[n++] = (frame){vals[i], fr.depth + 1, parts[i]};
        }
    }
    free(stack);
}

/* An object that is only {"@id": ...} stands for the full object with
 * that @id elsewhere in the graph. */
static json_t *resolve(const graph *g, json_t *v)
{
    if (!json_is_object(v))
        return v;
    json_t *id = json_object_get(v, "@id");
    if (!json_is_string(id) || json_object_size(v) > 1)
        return v;
    for (size_t i = 0; i < g->n_ids; i++) {
        json_t *other = json_object_get(g->ids[i], "@id");
        if (json_is_string(other) && strcmp(json_string_value(other), json_string_value(id)) == 0)
            return g->ids[i];
    }
    return v;
}

/* The main entity: the best rank, then the shallowest, then the first.
 * An item that is a part of another (a product's review, an article's
 * video) is never the page's own: its date is when a customer wrote, its
 * author the customer, its name the review's. */
static const entity *main_entity(const graph *g, int min_rank)
{
    const entity *best = NULL;
    for (size_t i = 0; i < g->n_ents; i++) {
        const entity *e = &g->ents[i];
        if (e->rank < min_rank || e->part)
            continue;
        if (!best || e->rank > best->rank || (e->rank == best->rank && e->depth < best->depth))
            best = e;
    }
    return best;
}

/* ------------------------------------------------------------ values */

static void add_string(pith_mfound *f, pith_mfield field, json_t *v, unsigned flags)
{
    if (json_is_string(v))
        pith_meta_add_unescaped(f, field, PITH_MS_JSONLD, json_string_value(v),
                                json_string_length(v), flags);
}

/* A string, or each string of an array. */
static void add_strings(pith_mfound *f, pith_mfield field, json_t *v)
{
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v) && i < MAX_LIST; i++)
            add_string(f, field, json_array_get(v, i), 0);
    } else {
        add_string(f, field, v, 0);
    }
}

/* A URL: a string, {"url"|"@id"|"contentUrl": ...}, a list, or {"@list"}. */
static void add_url(const graph *g, pith_mfound *f, pith_mfield field, json_t *v)
{
    for (int hop = 0; hop < 4; hop++) {
        v = resolve(g, v);
        if (json_is_array(v))
            v = json_array_get(v, 0);
        else if (json_is_object(v) && json_object_get(v, "@list"))
            v = json_object_get(v, "@list");
        else if (json_is_object(v)) {
            json_t *u = json_object_get(v, "url");
            if (!u)
                u = json_object_get(v, "contentUrl");
            if (!u)
                u = json_object_get(v, "@id");
            v = u;
        } else {
            break;
        }
    }
    add_string(f, field, v, 0);
}

/* Authors: strings, objects with a name (resolved through @id), lists. */
static void add_authors(const graph *g, pith_mfound *f, json_t *v)
{
    size_t n = 1;
    if (json_is_array(v))
        n = json_array_size(v) < MAX_LIST ? json_array_size(v) : MAX_LIST;
    for (size_t i = 0; i < n; i++) {
        json_t *a = resolve(g, json_is_array(v) ? json_array_get(v, i) : v);
        if (json_is_string(a)) {
            add_string(f, PITH_MF_AUTHOR, a, 0);
        } else if (json_is_object(a)) {
            unsigned flags = is_organization(a) ? PITH_MV_ORG : 0;
            json_t *name = json_object_get(a, "name");
            if (json_is_array(name))
                name = json_array_get(name, 0);
            if (!json_is_string(name)) {
                /* {"givenName": "Jane", "familyName": "Doe"} */
                json_t *given = json_object_get(a, "givenName");
                json_t *family = json_object_get(a, "familyName");
                if (json_is_string(given) && json_is_string(family)) {
                    pith_buf b = PITH_BUF_INIT;
                    pith_buf_printf(&b, "%s %s", json_string_value(given),
                                    json_string_value(family));
                    if (!b.oom)
                        pith_meta_add_unescaped(f, PITH_MF_AUTHOR, PITH_MS_JSONLD, b.data,
                                                b.len, flags);
                    pith_buf_free(&b);
                }
                continue;
            }
            add_string(f, PITH_MF_AUTHOR, name, flags);
        }
    }
}

/* The name of an organisation or site object (resolved through @id). */
static json_t *name_of(const graph *g, json_t *v)
{
    v = resolve(g, v);
    if (json_is_array(v))
        v = resolve(g, json_array_get(v, 0));
    if (json_is_string(v))
        return v;
    json_t *name = json_is_object(v) ? json_object_get(v, "name") : NULL;
    return json_is_string(name) ? name : NULL;
}

static void add_language(pith_mfound *f, json_t *v)
{
    if (json_is_object(v)) {
        json_t *alt = json_object_get(v, "alternateName");
        v = json_is_string(alt) ? alt : json_object_get(v, "name");
    }
    if (json_is_array(v))
        v = json_array_get(v, 0);
    add_string(f, PITH_MF_LANGUAGE, v, 0);
}

/* How much of b's text a shares: 1 minus the share of b's characters in
 * words that a lacks (word-level, case-insensitive). */
static double similarity(const char *a, const char *b)
{
    pith_buf fa = PITH_BUF_INIT, word = PITH_BUF_INIT;
    size_t total = 0, missing = 0;
    pith_meta_words_lower(a, &fa); /* " w1 w2 ... " */
    const char *p = b;
    while (*p) {
        pith_buf_clear(&word);
        p = pith_meta_next_word(p, &word);
        if (!word.len)
            continue;
        total += word.len + 1;
        pith_buf_putc(&word, ' ');
        bool found = false;
        for (const char *q = fa.data ? fa.data : ""; (q = strstr(q, word.data)) != NULL; q++)
            if (q > fa.data && q[-1] == ' ') {
                found = true;
                break;
            }
        if (!found)
            missing += word.len;
    }
    pith_buf_free(&fa);
    pith_buf_free(&word);
    return total ? 1.0 - (double)missing / (double)total : 0.0;
}

/* True when headline stops inside a bracket that the page's <title>,
 * which starts with it, goes on to close: "… Solutions (Including" for
 * "… Solutions (Including One Trick) - Site", a headline cut at the
 * length search engines show, not the article's own. */
static bool cut_in_brackets(const char *headline, const char *page_title)
{
    int open = 0;
    for (const char *p = headline; *p; p++)
        open += (*p == '(' || *p == '[') - (*p == ')' || *p == ']');
    size_t n = strlen(headline);
    return open > 0 && page_title && strncmp(page_title, headline, n) == 0 &&
           page_title[n] == ' ' && strpbrk(page_title + n, ")]") != NULL;
}

/* Title: headline and name; when both are given and differ, the one
 * closer to the <title> element first (name when neither or both are).
 * A headline or name cut short (cut_in_brackets) is left out. */
static void add_titles(pith_mfound *f, json_t *e)
{
    json_t *headline = json_object_get(e, "headline"), *name = json_object_get(e, "name");
    const char *page_title = pith_mfound_first(f, PITH_MF_TITLE, PITH_MS_DOCUMENT);
    if (json_is_string(headline) && cut_in_brackets(json_string_value(headline), page_title))
        headline = NULL;
    if (json_is_string(name) && cut_in_brackets(json_string_value(name), page_title))
        name = NULL;
    bool headline_first = !json_is_string(name);
    if (json_is_string(headline) && json_is_string(name) && page_title &&
        strcmp(json_string_value(headline), json_string_value(name)) != 0) {
        bool name_close = similarity(json_string_value(name), page_title) > 0.75;
        bool headline_close = similarity(json_string_value(headline), page_title) > 0.75;
        headline_first = headline_close && !name_close;
    } else if (json_is_string(headline)) {
        headline_first = true;
    }
    add_string(f, PITH_MF_TITLE, headline_first ? headline : name, 0);
    add_string(f, PITH_MF_TITLE, headline_first ? name : headline, 0);
}

/* A media object: a clip, a recording or a picture, which a page most
 * often embeds (a video in a forum's reply) rather than is. */
static bool is_media_object(json_t *obj)
{
    return is_type(obj, "VideoObject") || is_type(obj, "AudioObject") ||
           is_type(obj, "ImageObject") || is_type(obj, "MediaObject");
}

/* The main entity's fields.  A media object's dates are
 * marked as a part's: a date the page declares of its own comes first
 * (an embedded video's uploadDate is not when the thread was started). */
static void read_main(const graph *g, pith_mfound *f, const entity *main)
{
    json_t *e = main->obj;
    add_titles(f, e);
    json_t *author = json_object_get(e, "author");
    add_authors(g, f, author ? author : json_object_get(e, "creator"));
    unsigned media = is_media_object(e) ? PITH_MV_PART : 0;
    add_string(f, PITH_MF_DATE, json_object_get(e, "datePublished"), media);
    add_string(f, PITH_MF_DATE, json_object_get(e, "dateCreated"), PITH_MV_CREATED | media);
    add_string(f, PITH_MF_DATE, json_object_get(e, "uploadDate"), media);
    add_string(f, PITH_MF_DATE_MODIFIED, json_object_get(e, "dateModified"), 0);
    add_string(f, PITH_MF_DESCRIPTION, json_object_get(e, "description"), 0);
    json_t *image = json_object_get(e, "image");
    add_url(g, f, PITH_MF_IMAGE, image ? image : json_object_get(e, "thumbnailUrl"));
    add_url(g, f, PITH_MF_URL, json_object_get(e, "mainEntityOfPage"));
    add_url(g, f, PITH_MF_URL, json_object_get(e, "url"));
    add_language(f, json_object_get(e, "inLanguage"));
    add_strings(f, PITH_MF_CATEGORIES, json_object_get(e, "articleSection"));
    add_strings(f, PITH_MF_TAGS, json_object_get(e, "keywords"));
    add_url(g, f, PITH_MF_LICENSE, json_object_get(e, "license"));
    add_string(f, PITH_MF_BODY, json_object_get(e, "articleBody"), 0);
    const char *type = first_type(e);
    if (type)
        pith_mfound_adds(f, PITH_MF_PAGETYPE, PITH_MS_JSONLD, type, 0);
    json_t *publisher = name_of(g, json_object_get(e, "publisher"));
    add_string(f, PITH_MF_SITENAME, publisher, 0);
}

/* Site name from the WebSite entity, then any top-level organisation. */
static void read_site(const graph *g, pith_mfound *f, json_t *main)
{
    if (main) {
        json_t *part = resolve(g, json_object_get(main, "isPartOf"));
        if (json_is_object(part) && is_type(part, "WebSite"))
            add_string(f, PITH_MF_SITENAME, json_object_get(part, "name"), 0);
    }
    for (size_t i = 0; i < g->n_ents; i++)
        if (is_type(g->ents[i].obj, "WebSite"))
            add_string(f, PITH_MF_SITENAME, json_object_get(g->ents[i].obj, "name"), 0);
    for (size_t i = 0; i < g->n_ents; i++)
        if (g->ents[i].depth == 0 && is_organization(g->ents[i].obj))
            add_string(f, PITH_MF_SITENAME, json_object_get(g->ents[i].obj, "name"), 0);
}

/* ------------------------------------------------------------ scripts */

/* The attribute value says ld+json somewhere ("application/ld+json",
 * "script:ld+json"). */
static bool says_ld_json(const char *v)
{
    return v && pith_ascii_icontains(v, strlen(v), "ld+json");
}

static bool is_jsonld_script(const pith_el *el)
{
    return el->tag == GUMBO_TAG_SCRIPT && says_ld_json(pith_attr(el, "type"));
}

/* The content of a <meta> whose name (or property) says ld+json: some
 * site builders ship the page's JSON-LD there ("<meta
 * name=script:ld+json content='{&quot;@type&quot;:...}'>"); else NULL. */
static const char *jsonld_meta_content(const pith_el *el)
{
    if (el->tag != GUMBO_TAG_META)
        return NULL;
    const char *key = pith_attr(el, "name");
    if (!key)
        key = pith_attr(el, "property");
    return says_ld_json(key) ? pith_attr(el, "content") : NULL;
}

/* What jansson may take to read n bytes of JSON, counted against the
 * page's max_memory before it reads them (jansson allocates with malloc,
 * outside pith's accounts).  Measured on jansson 2.14 (x86-64): about 230
 * bytes per empty object "{}" (its hash table), 135 per empty array, 40 to
 * 90 per value or member (a number, a string, a key), plus the bytes of
 * the strings; the weights below are above each, so the estimate bounds
 * what jansson takes (10 to 80 times the text, and about 20 times on real
 * JSON-LD). */
#define JSONLD_OBJECT_BYTES 256
#define JSONLD_ARRAY_BYTES 160
#define JSONLD_VALUE_BYTES 96
#define JSONLD_TEXT_FACTOR 2

static size_t jansson_cost(const char *s, size_t n)
{
    size_t objects = 0, arrays = 0, values = 1;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        objects += c == '{';
        arrays += c == '[';
        values += c == ',' || c == ':';
    }
    return objects * JSONLD_OBJECT_BYTES + arrays * JSONLD_ARRAY_BYTES +
           values * JSONLD_VALUE_BYTES + n * JSONLD_TEXT_FACTOR;
}

/* The script's text (all its text children). */
static void script_text(const pith_el *el, pith_buf *out)
{
    GumboVector *kids = &el->node->v.element.children;
    for (unsigned k = 0; k < kids->length; k++) {
        GumboNode *c = kids->data[k];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA ||
            c->type == GUMBO_NODE_WHITESPACE)
            pith_buf_puts(out, c->v.text.text);
    }
}

json_t *pith_jsonld_read_page(const pith_dom *dom, size_t *charged)
{
    *charged = 0;
    json_t *all = json_array();
    if (!all) {
        pith_alloc_failed(); /* the page fails, not its JSON-LD alone */
        return NULL;
    }
    pith_buf text = PITH_BUF_INIT;
    pith_budget *budget = pith_budget_current();
    for (uint32_t i = 0; i < dom->n; i++) {
        const char *content = jsonld_meta_content(&dom->els[i]);
        if (!content && !is_jsonld_script(&dom->els[i]))
            continue;
        pith_buf_clear(&text);
        if (content)
            pith_buf_puts(&text, content);
        else
            script_text(&dom->els[i], &text);
        if (!text.len || text.oom)
            continue;
        /* Twice: a text that does not parse is read again, repaired. */
        size_t cost = 2 * jansson_cost(text.data, text.len);
        if (!pith_budget_charge(budget, cost))
            break; /* over max_memory: the page fails with PITH_ERR_LIMIT */
        *charged += cost;
        pith_jsonld_parse(text.data, text.len, all);
    }
    pith_buf_free(&text);
    return all;
}

void pith_meta_from_jsonld(pith_ctx *ctx, pith_mfound *f)
{
    size_t charged;
    json_t *all = pith_jsonld_read_page(&ctx->dom, &charged);
    if (!all)
        return;

    graph *g = calloc(1, sizeof *g);
    if (!g)
        pith_alloc_failed();
    if (g) {
        index_graph(all, g);
        const entity *main = main_entity(g, 2);
        if (main)
            read_main(g, f, main);
        read_site(g, f, main ? main->obj : NULL);
        free(g);
    }
    json_decref(all);
    pith_budget_release(pith_budget_current(), charged);
}
