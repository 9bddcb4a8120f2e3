/*
 * meta.c — the metadata stage: runs every source over the parsed page,
 * then merges what they found, field by field, in the order of trust of
 * trust.c.  Each field has its cleaner: the title loses its site-name
 * part, authors go through the author cleaner (people before
 * organisations), dates through the date reader (published before
 * modified, implausible dates left out), URLs are resolved, languages
 * normalised, tags split and deduplicated.  The results go to the result
 * arena (ctx->out), as valid UTF-8.
 */
#define _GNU_SOURCE /* memmem */
#include "meta.h"

#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "rules/title_parts.h"
#include "util/ascii.h"
#include "util/url.h"
#include "util/utf8.h"
#include "author.h"
#include "date.h"
#include "headline.h"
#include "sitename.h"
#include "lang.h"
#include "sources.h"
#include "rules/given_names.h"
#include "title.h"
#include "trust.h"

#define MAX_LIST_ITEMS 50
#define MAX_SITENAME 120

/* Copy a string into the result arena; NULL when empty or out of memory. */
static const char *publish(pith_ctx *ctx, const char *s, size_t n)
{
    if (!s || n == 0)
        return NULL;
    pith_buf valid = PITH_BUF_INIT;
    pith_utf8_repair(&valid, s, n);
    const char *out = NULL;
    if (!valid.oom && valid.len)
        out = pith_arena_strndup(ctx->out, valid.data, valid.len);
    pith_buf_free(&valid);
    return out;
}

static const char *publish_str(pith_ctx *ctx, const char *s)
{
    return s ? publish(ctx, s, strlen(s)) : NULL;
}

/* The first value of a field, from its most trusted source. */
static const char *first_value(const pith_mfound *f, pith_mfield field)
{
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT; s++)
        if (f->head[field][*s])
            return f->head[field][*s]->text;
    return NULL;
}

/* -------------------------------------------------------------- URLs */

static bool is_http(const char *url)
{
    return pith_ascii_iprefix(url, "http://") || pith_ascii_iprefix(url, "https://");
}

/* Resolve ref against base into out; true when the result is http(s). */
static bool absolute_url(const char *base, const char *ref, pith_buf *out)
{
    pith_buf_clear(out);
    if (!ref || !*ref || pith_url_is_unsafe(ref))
        return false;
    if (ref[0] == '/' && ref[1] == '/' && !base) {
        pith_buf_puts(out, "https:");
        pith_buf_puts(out, ref);
    } else {
        pith_url_resolve(base, ref, out);
    }
    return !out->oom && out->data && is_http(out->data);
}

static void merge_urls(pith_ctx *ctx, const pith_mfound *f)
{
    pith_meta *m = &ctx->meta;
    const char *page = ctx->opt->url;
    pith_buf url = PITH_BUF_INIT, base = PITH_BUF_INIT;
    for (const pith_msource *s = pith_meta_trust(PITH_MF_URL); *s != PITH_MS_COUNT && !m->url;
         s++)
        for (const pith_mvalue *v = f->head[PITH_MF_URL][*s]; v && !m->url; v = v->next)
            if (absolute_url(page, v->text, &url))
                m->url = publish(ctx, url.data, url.len);

    /* base: <base href> (against the page), else canonical, else page */
    const char *href = pith_meta_base_href(ctx);
    if (href && absolute_url(page ? page : m->url, href, &base))
        m->base_url = publish(ctx, base.data, base.len);
    else if (page && is_http(page))
        m->base_url = publish_str(ctx, page);
    else if (m->url)
        m->base_url = m->url;
    else if (page)
        m->base_url = publish_str(ctx, page);

    pith_buf host = PITH_BUF_INIT;
    if ((m->url && pith_url_host(m->url, &host)) || (page && pith_url_host(page, &host)))
        m->hostname = publish(ctx, host.data, host.len);
    pith_buf_free(&host);
    pith_buf_free(&url);
    pith_buf_free(&base);
}

static const char *merge_image(pith_ctx *ctx, const pith_mfound *f)
{
    pith_buf url = PITH_BUF_INIT;
    const char *out = NULL;
    for (const pith_msource *s = pith_meta_trust(PITH_MF_IMAGE); *s != PITH_MS_COUNT && !out; s++)
        for (const pith_mvalue *v = f->head[PITH_MF_IMAGE][*s]; v && !out; v = v->next)
            if (absolute_url(ctx->meta.base_url, v->text, &url))
                out = publish(ctx, url.data, url.len);
    pith_buf_free(&url);
    return out;
}

/* -------------------------------------------------------------- text */

/* The site's name the page declares (JSON-LD, og:site_name...), without
 * its tagline or domain ending. */
static void merge_sitename(pith_ctx *ctx, const pith_mfound *f)
{
    pith_buf name = PITH_BUF_INIT;
    for (const pith_msource *s = pith_meta_trust(PITH_MF_SITENAME);
         *s != PITH_MS_COUNT && !ctx->meta.sitename; s++)
        for (const pith_mvalue *v = f->head[PITH_MF_SITENAME][*s]; v && !ctx->meta.sitename;
             v = v->next) {
            if (strlen(v->text) > MAX_SITENAME || is_http(v->text))
                continue;
            pith_meta_clean_sitename(v->text, ctx->meta.hostname, &name);
            if (name.len && !name.oom)
                ctx->meta.sitename = publish(ctx, name.data, name.len);
        }
    pith_buf_free(&name);
}

/* True when folded b is inside folded a. */
static bool folded_contains(const char *a, const char *b)
{
    pith_buf fa = PITH_BUF_INIT, fb = PITH_BUF_INIT;
    pith_meta_fold(a, &fa);
    pith_meta_fold(b, &fb);
    bool in = fb.len >= 2 && fa.len >= fb.len && !fa.oom && !fb.oom &&
              memmem(fa.data, fa.len, fb.data, fb.len) != NULL;
    pith_buf_free(&fa);
    pith_buf_free(&fb);
    return in;
}

/* For a page that declares no site name: the one it shows, when something
 * confirms it.  The <title>'s site part that holds a name the logo or
 * the copyright line shows ("Tide Tales [Harbour Stories]" and
 * the logo "Harbour Stories") gives that name; a site part, then a
 * shown name, that names the host; a logo the copyright line agrees
 * with; else the <title>'s site part. */
/* The declared site name as the <title> writes it ("The Washington Post"
 * for og:site_name "Washington Post"; see pith_meta_name_as_written). */
static void sitename_as_written(pith_ctx *ctx, const pith_mfound *f)
{
    const char *part = pith_mfound_first(f, PITH_MF_SITENAME, PITH_MS_TITLE_PART);
    if (part && pith_meta_name_as_written(ctx->meta.sitename, part))
        ctx->meta.sitename = publish_str(ctx, part);
}

static void merge_shown_sitename(pith_ctx *ctx, const pith_mfound *f)
{
    pith_meta *m = &ctx->meta;
    const char *part = pith_mfound_first(f, PITH_MF_SITENAME, PITH_MS_TITLE_PART);
    const pith_mvalue *shown[2] = {f->head[PITH_MF_SITENAME][PITH_MS_LOGO],
                                   f->head[PITH_MF_SITENAME][PITH_MS_COPYRIGHT]};
    pith_site_names host = {.hostname = m->hostname};
    const char *pick = NULL;
    for (int k = 0; k < 2 && part && !pick; k++)
        for (const pith_mvalue *v = shown[k]; v && !pick; v = v->next)
            if (folded_contains(part, v->text))
                pick = v->text;
    if (!pick && part && pith_meta_names_site(part, strlen(part), &host, true))
        pick = part;
    for (int k = 0; k < 2 && !pick; k++)
        for (const pith_mvalue *v = shown[k]; v && !pick; v = v->next)
            if (pith_meta_names_site(v->text, strlen(v->text), &host, true))
                pick = v->text;
    for (const pith_mvalue *v = shown[0]; v && shown[1] && !pick; v = v->next)
        if (folded_contains(v->text, shown[1]->text) || folded_contains(shown[1]->text, v->text))
            pick = v->text;
    if (!pick)
        pick = part;
    if (!pick)
        return;
    pith_buf name = PITH_BUF_INIT;
    pith_meta_clean_sitename(pick, m->hostname, &name);
    if (name.len && !name.oom)
        m->sitename = publish(ctx, name.data, name.len);
    pith_buf_free(&name);
}

/* Every name the page gives its site: declared (as written and cleaned),
 * shown by its logo or copyright line. */
static void site_names(const pith_ctx *ctx, const pith_mfound *f, pith_site_names *site)
{
    memset(site, 0, sizeof *site);
    site->hostname = ctx->meta.hostname;
    pith_site_names_add(site, ctx->meta.sitename);
    pith_site_names_add(site, first_value(f, PITH_MF_SITENAME));
    const pith_msource shown[] = {PITH_MS_LOGO, PITH_MS_COPYRIGHT};
    for (size_t k = 0; k < 2; k++)
        for (const pith_mvalue *v = f->head[PITH_MF_SITENAME][shown[k]]; v; v = v->next)
            pith_site_names_add(site, v->text);
}

/* Microdata titles that differ from one another are a list's ("<span
 * itemprop=headline>" on each story of a topic page, with no item round
 * them): each names an entry, none the page. */
static bool listed_titles(const pith_mfound *f, pith_msource s)
{
    const pith_mvalue *first = s == PITH_MS_MICRODATA ? f->head[PITH_MF_TITLE][s] : NULL;
    for (const pith_mvalue *v = first ? first->next : NULL; v; v = v->next)
        if (strcmp(v->text, first->text) != 0)
            return true;
    return false;
}

#define MAX_DECLARED 8 /* declared titles a headline is compared with */

/* The titles the page declares (every source's, in order of trust), for
 * telling the headline among the page's headings. */
static size_t declared_titles(const pith_mfound *f, const char **out, size_t cap)
{
    size_t n = 0;
    for (const pith_msource *s = pith_meta_trust(PITH_MF_TITLE); *s != PITH_MS_COUNT; s++) {
        if (listed_titles(f, *s))
            continue; /* a list's entries */
        for (const pith_mvalue *v = f->head[PITH_MF_TITLE][*s]; v && n < cap; v = v->next)
            out[n++] = v->text;
    }
    return n;
}

/* True when text is the site's name, as merged or as declared ("Daily
 * News - Headlines", merged as "Daily News"). */
static bool is_site_name(const pith_ctx *ctx, const pith_mfound *f, const char *text)
{
    return pith_meta_same_text(text, ctx->meta.sitename) ||
           pith_meta_same_text(text, first_value(f, PITH_MF_SITENAME));
}

/* A title declared for machines (JSON-LD, og:title...) that shares no
 * word with the page's <title> names something else: a video, a review,
 * a help link of the page's structured data, or the site's slogan
 * ("Documentation" for "Business Text Messaging | Example").  A <title>
 * that is the site's name, or too short to say what the page is ("Page",
 * "Home page"), says nothing of the page and vetoes nothing. */
#define VETO_TITLE_MIN_WORDS 3
static bool off_the_page_title(const pith_ctx *ctx, const pith_mfound *f,
                               const pith_site_names *site, pith_msource source, const char *text)
{
    const char *element = pith_mfound_first(f, PITH_MF_TITLE, PITH_MS_DOCUMENT);
    return source != PITH_MS_DOCUMENT && element &&
           pith_meta_word_count(element) >= VETO_TITLE_MIN_WORDS &&
           !is_site_name(ctx, f, element) &&
           !pith_meta_names_site(element, strlen(element), site, false) &&
           !pith_meta_shares_a_word(text, element);
}

/* The title from the declared ones, in order of trust, into title: the
 * <title> element cut of its site name or, by its shape, of what looks
 * like one; the others only of a part that names the site.  A title
 * that is the site's name names no article and is passed over (but kept
 * when there is nothing else); so are a list's entries (listed_titles). */
static bool declared_title(pith_ctx *ctx, const pith_mfound *f, const pith_site_names *site,
                           bool on_the_page, pith_buf *title)
{
    pith_buf cut = PITH_BUF_INIT;
    bool found = false;
    for (const pith_msource *s = pith_meta_trust(PITH_MF_TITLE); *s != PITH_MS_COUNT && !found;
         s++) {
        if (listed_titles(f, *s))
            continue;
        for (const pith_mvalue *v = f->head[PITH_MF_TITLE][*s]; v && !found; v = v->next) {
            if (is_site_name(ctx, f, v->text) ||
                (on_the_page && off_the_page_title(ctx, f, site, *s, v->text)))
                continue;
            pith_meta_clean_title(v->text, site, *s == PITH_MS_DOCUMENT, title, &cut);
            found = title->len && !title->oom && !is_site_name(ctx, f, title->data);
        }
    }
    pith_buf_free(&cut);
    return found;
}

/* True when the page declares no title but its <title> element: every
 * declared title says it. */
static bool declares_element_only(const char *const *declared, size_t n, const char *element)
{
    if (!element)
        return false;
    for (size_t k = 0; k < n; k++)
        if (strcmp(declared[k], element) != 0)
            return false;
    return true;
}

/* True when the page's only declared title is its site's name and tagline
 * ("Acme - The home of makers", see pith_meta_site_and_tagline), it is not
 * the site's home page, and it has an <h1> (kind: with the article's
 * text, else the first outside asides) that restates none of it: the
 * title an application shows on every page until a script writes the
 * page's own; the heading names the page (a thread's, a book chapter's). */
static bool site_default_title(const pith_ctx *ctx, pith_headline_kind kind,
                               const pith_buf *heading, const char *const *declared,
                               size_t n_declared, const char *element,
                               const pith_site_names *site)
{
    return (kind == PITH_HEADLINE_WITH_ARTICLE || kind == PITH_HEADLINE_FIRST) && heading->len &&
           !heading->oom &&
           declares_element_only(declared, n_declared, element) &&
           !(ctx->meta.url && pith_url_is_home(ctx->meta.url)) &&
           pith_meta_site_and_tagline(element, site);
}

/* A title that only names the kind of items its page lists ("Posts" over
 * a blog's latest posts, "jobs | Example News") names no page: the list is
 * the site's, and so is its name.  It is the part after the kind when the
 * title has one, else the part the <title> lost as the site's (cut), else
 * the <title> itself when that is a single part of other words.  Any other
 * title is kept. */
static const char *list_page_title(pith_ctx *ctx, const char *title, const char *element,
                                   const pith_buf *cut)
{
    size_t ends[2];
    size_t n = pith_meta_title_part_ends(title, ends, 2);
    if (n == 0 || !pith_rules_is_list_kind(title, ends[0]))
        return title;
    if (n > 1) {
        pith_buf last = PITH_BUF_INIT;
        const char *named = pith_meta_title_last_part(title, 1, &last)
                                ? publish(ctx, last.data, last.len) : NULL;
        pith_buf_free(&last);
        return named ? named : title;
    }
    if (cut->len && !cut->oom)
        return publish(ctx, cut->data, cut->len);
    if (element && pith_meta_title_part_ends(element, ends, 2) == 1 &&
        !pith_rules_is_list_kind(element, ends[0]))
        return publish_str(ctx, element);
    return title;
}

/* A title that is only a domain name ("example.com", a blog's banner over
 * its post) names the site: a <title> of one part that opens with it and
 * goes on after a space names the page with the rest ("example.com Rain
 * Gauges Compared").  Any other title is kept. */
static const char *after_domain_title(pith_ctx *ctx, const char *title, const char *element)
{
    size_t n = strlen(title), ends[2];
    if (!element || !pith_meta_is_domain_name(title) || !pith_ascii_ieqn(element, title, n) ||
        element[n] != ' ' || pith_meta_title_part_ends(element, ends, 2) != 1)
        return title;
    const char *rest = element + n;
    while (*rest == ' ')
        rest++;
    return *rest ? publish_str(ctx, rest) : title;
}

static void merge_title(pith_ctx *ctx, pith_mfound *f)
{
    pith_meta *m = &ctx->meta;
    pith_buf title = PITH_BUF_INIT, cut = PITH_BUF_INIT, heading = PITH_BUF_INIT;
    pith_buf site_part = PITH_BUF_INIT;
    pith_site_names site;
    site_names(ctx, f, &site);
    const char *element = f->head[PITH_MF_TITLE][PITH_MS_DOCUMENT]
                              ? f->head[PITH_MF_TITLE][PITH_MS_DOCUMENT]->text : NULL;
    pith_buf shown = PITH_BUF_INIT; /* the <title> as cleaned */
    if (element) {
        pith_meta_clean_title(element, &site, true, &title, &cut);
        pith_buf_append(&shown, title.data, title.len);
    }
    const char *declared[MAX_DECLARED];
    size_t n_declared = declared_titles(f, declared, MAX_DECLARED);
    /* a heading that says the site's name is its banner */
    pith_site_names banner = site;
    pith_site_names_add(&banner, cut.len && !cut.oom ? cut.data : NULL);
    /* the <title>'s last part, when its first names no site, may name the
     * site or the book the page is in ("What is Ownership? - The Rust
     * Programming Language") */
    pith_buf book = PITH_BUF_INIT;
    if (element)
        pith_meta_title_site_part(element, &site, &book);
    pith_headline_kind kind = pith_meta_headline(ctx, f, declared, n_declared, banner.name,
                                                 banner.n, book.len ? book.data : NULL, &heading);
    pith_buf_free(&book);
    /* The <title>'s part after the ones the headline restates names the
     * site ("Lighthouse - Example Wiki" with the heading "Lighthouse"), before the
     * part its shape says is the site's: either names it when nothing
     * else does. */
    if (kind == PITH_HEADLINE_RESTATES && element &&
        pith_meta_title_last_part(element, pith_meta_restated_parts(heading.data, element),
                                  &site_part))
        pith_mfound_add(f, PITH_MF_SITENAME, PITH_MS_TITLE_PART, site_part.data, site_part.len,
                        0);
    if (cut.len)
        pith_mfound_add(f, PITH_MF_SITENAME, PITH_MS_TITLE_PART, cut.data, cut.len, 0);
    /* The headline a reader sees is the title (without a site name it may
     * carry: "Catering Tips | Smokeshed"); an <h1> that restates no
     * declared title is the title only when the page declares none. */
    /* og:title, JSON-LD's headline and the <h1> often repeat the <title>
     * whole ("Top 5 HR Tools | DianaHR" in each): on a page that names its
     * site nowhere else, the part the <title> lost to its shape names it
     * in them too, when a name could be that short. */
    pith_site_names named = site;
    if (cut.len && !cut.oom && pith_meta_may_name_site(cut.data))
        pith_site_names_add(&named, cut.data);
    if (kind == PITH_HEADLINE_RESTATES) {
        pith_meta_clean_title(heading.data, &named, false, &title, &site_part);
        pith_buf_clear(&heading);
        pith_buf_append(&heading, title.data, title.len);
    }
    bool has_declared = declared_title(ctx, f, &named, true, &title);
    if (kind == PITH_HEADLINE_RESTATES && heading.len && has_declared &&
        pith_meta_heading_labels_title(heading.data, title.data))
        kind = PITH_HEADLINE_NONE; /* "Thread: <title>": the declared title */
    size_t as_written = kind == PITH_HEADLINE_RESTATES && heading.len && shown.len && !shown.oom
                          ? pith_meta_title_as_written(heading.data, shown.data) : 0;
    size_t shared = kind == PITH_HEADLINE_RESTATES && heading.len && shown.len && !shown.oom
                        ? pith_meta_shared_first_part(heading.data, shown.data) : 0;
    if (as_written)
        m->title = publish(ctx, shown.data, as_written); /* "Crusher ANC 2" */
    else if (shared)
        m->title = publish(ctx, heading.data, shared); /* "Harbour Wool Beanie" */
    else if (kind == PITH_HEADLINE_RESTATES && heading.len)
        m->title = publish(ctx, heading.data, heading.len);
    else if (site_default_title(ctx, kind, &heading, declared, n_declared, element, &named))
        m->title = publish(ctx, heading.data, heading.len);
    else if (has_declared && shown.len && !shown.oom && title.data &&
             pith_meta_lost_joiners(title.data, shown.data))
        m->title = publish(ctx, shown.data, shown.len); /* "Collectibles & Art" */
    else if (has_declared)
        m->title = publish(ctx, title.data, title.len);
    else if (kind)
        m->title = publish(ctx, heading.data, heading.len);
    else if (element)
        m->title = publish_str(ctx, element); /* the site's name, if that is all */
    /* the title the page declares, for the content to drop a heading that
     * repeats it, is the first declared, on the page or not */
    has_declared = declared_title(ctx, f, &named, false, &title);
    m->declared_title = has_declared ? publish(ctx, title.data, title.len) : m->title;
    /* A heading that sets words before the declared title ("Explore
     * Example's 2025 Award Winners", a brand, a model, "New") leads into
     * the page's name, which is the title the page declares; a question
     * the declared title shortens is the heading's own. */
    if (m->title && m->declared_title && m->title != m->declared_title &&
        pith_meta_lead_before(m->title, m->declared_title) &&
        (m->title[strlen(m->title) - 1] != '?' ||
         m->declared_title[strlen(m->declared_title) - 1] == '?'))
        m->title = m->declared_title;
    size_t headline = m->title ? pith_meta_before_bar(m->title) : 0;
    if (headline)
        m->title = publish(ctx, m->title, headline);
    size_t uncounted = m->title ? pith_meta_before_item_count(m->title) : 0;
    if (uncounted)
        m->title = publish(ctx, m->title, uncounted); /* "Trail Shoes (158 items)" */
    /* a title that says the tagline (the <title>'s second part, not its
     * first alone) of a home page's "Acme - Project Management for Teams" */
    if (m->title && pith_meta_home_title(element, m->url, &site) &&
        pith_meta_restated_parts(m->title, element) == 2)
        m->title = publish_str(ctx, element);
    /* A title that is only the first step of a trail, the home page's
     * ("Home" of "Home - The Example Blog"), names no page but the site:
     * the home page's name is the site's, the part the <title> lost. */
    if (m->title && cut.len && !cut.oom && pith_rules_is_trail_start(m->title, strlen(m->title)))
        m->title = publish(ctx, cut.data, cut.len);
    if (m->title)
        m->title = list_page_title(ctx, m->title, element, &cut);
    if (m->title)
        m->title = after_domain_title(ctx, m->title, element);
    pith_buf_free(&title);
    pith_buf_free(&shown);
    pith_buf_free(&cut);
    pith_buf_free(&heading);
    pith_buf_free(&site_part);
}

static const char *merge_plain(pith_ctx *ctx, const pith_mfound *f, pith_mfield field)
{
    return publish_str(ctx, first_value(f, field));
}

/* ------------------------------------------------------------ authors */

/* True when an author value names the site itself ("BBC News" on
 * bbc.com's own page, "Android Developers" on "Android Developers Blog":
 * the site's name with one more word after it): the page's organisation,
 * not a person. */
static bool names_the_site(const pith_ctx *ctx, const char *value)
{
    const char *site = ctx->meta.sitename;
    if (pith_meta_same_text(value, site))
        return true;
    size_t n = strlen(value);
    return site && n && strlen(site) > n + 1 && pith_ascii_ieqn(site, value, n) &&
           site[n] == ' ' && !strchr(site + n + 1, ' ');
}

/* Does a raw author value name people only, each by a person's name
 * ("By Karen Oakes", not "By Acme Studio")? */
static bool names_people(const char *raw)
{
    pith_authors a;
    pith_authors_init(&a);
    pith_authors_add(&a, raw, strlen(raw));
    bool people = a.n > 0;
    for (size_t i = 0; i < a.n && people; i++) {
        const char *name = pith_authors_get(&a, i);
        people = pith_author_is_person_name(name, strlen(name));
    }
    pith_authors_free(&a);
    return people;
}

/* Does a byline show a desk's credit alone ("By The Ledger editors")? */
static bool shows_desk(const char *raw)
{
    pith_buf credit = PITH_BUF_INIT;
    bool desk = pith_author_shown_desk(raw, strlen(raw), &credit);
    pith_buf_free(&credit);
    return desk;
}

/* Does a byline open with a forum thread's starter label ("Thread
 * starter ...")? */
static bool names_thread_starter(const char *raw)
{
    while (*raw == ' ' || *raw == '|')
        raw++;
    return pith_author_opens_with_starter(raw, strlen(raw));
}

/* Names from one source: every value (a byline: the first that holds a
 * name, with its co-authors; with declared, only bylines beside the
 * article).  People go to people; organisations the page
 * declares go to orgs, values that name the site itself to site_orgs. */
static void authors_from(const pith_ctx *ctx, const pith_mfound *f, pith_msource src,
                         bool declared, pith_authors *people, pith_authors *orgs,
                         pith_authors *site_orgs)
{
    bool byline = src == PITH_MS_BYLINE;
    for (const pith_mvalue *v = f->head[PITH_MF_AUTHOR][src]; v; v = v->next) {
        if (byline && people->n && !(v->flags & PITH_MV_JOIN))
            break;
        /* beside an organisation or an account the page declares as its
         * author, only a byline with the article's own text names a person
         * (a forum's replies and signatures are elsewhere); beside an
         * organisation, so does one that names people by a person's name
         * ("Karen Oakes" under a company's blog post) */
        if (byline && declared && !(v->flags & PITH_MV_IN_ARTICLE) &&
            !(orgs->n > 0 && names_people(v->text)))
            continue;
        if (byline && shows_desk(v->text))
            continue; /* a desk's credit, the last resort (publish_desk) */
        if (!byline && pith_author_colophon(v->text, strlen(v->text)))
            continue; /* the site's makers, not the article's author */
        if ((v->flags & PITH_MV_ORG) ||
            (!byline && pith_author_org_credit(v->text, strlen(v->text))))
            pith_authors_add_exact(orgs, v->text, strlen(v->text));
        else if (!byline && names_the_site(ctx, v->text))
            pith_authors_add(site_orgs, v->text, strlen(v->text));
        else if (pith_authors_add(people, v->text, strlen(v->text)) == 0 && byline &&
                 names_thread_starter(v->text))
            break; /* the thread's starter, named in no form a name comes from
                    * (an e-mail address): a reply's poster is no author */
    }
}

static bool publish_authors(pith_ctx *ctx, const pith_authors *a)
{
    if (!a->n)
        return false;
    /* Beside people, the site's own name is the desk ("Chris Tamberlane,
     * KTV"), not an author. */
    pith_authors kept;
    pith_authors_init(&kept);
    for (size_t i = 0; i < a->n; i++) {
        const char *name = pith_authors_get(a, i);
        if (a->n == 1 || !pith_meta_same_text(name, ctx->meta.sitename))
            pith_authors_add_exact(&kept, name, strlen(name));
    }
    pith_buf out = PITH_BUF_INIT;
    const char *one = a->n == 1 ? pith_authors_get(a, 0) : NULL;
    if (one && !strchr(one, ' ') && pith_rules_is_given_name(one, strlen(one)) &&
        pith_meta_full_name_of(ctx, one, &out)) {
        ctx->meta.author = publish(ctx, out.data, out.len);
        pith_buf_free(&out);
        pith_authors_free(&kept);
        return true;
    }
    pith_authors_join(kept.n ? &kept : a, &out);
    pith_authors_free(&kept);
    ctx->meta.author = publish(ctx, out.data, out.len);
    pith_buf_free(&out);
    return true;
}

/* "kevin-r", "kei_eno", "webnata": an account name in ASCII lower case
 * (or with digits, "_" or "-" inside), not the way a person signs. */
static bool account_name(const char *name)
{
    bool lower = false, upper = false, mark = false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p >= 0x80 || *p == ' ')
            return false;
        lower = lower || (*p >= 'a' && *p <= 'z');
        upper = upper || (*p >= 'A' && *p <= 'Z');
        mark = mark || *p == '_' || (*p >= '0' && *p <= '9') || *p == '-';
    }
    return lower && (!upper || mark);
}

static bool all_account_names(const pith_authors *a)
{
    for (size_t i = 0; i < a->n; i++)
        if (!account_name(pith_authors_get(a, i)))
            return false;
    return a->n > 0;
}

/* The first desk's credit ("Our Foreign Staff", "News Desk") a source
 * that declares authors gives, or with shown, that a byline shows alone
 * ("By The Ledger editors", without its byline word; with beside, only
 * one beside the article's text, as authors_from takes bylines beside a
 * declared organisation): the credit of a page that names no one else. */
static bool publish_desk(pith_ctx *ctx, const pith_mfound *f, bool shown, bool beside)
{
    pith_buf credit = PITH_BUF_INIT;
    for (const pith_msource *s = pith_meta_trust(PITH_MF_AUTHOR); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[PITH_MF_AUTHOR][*s];
             v && (*s == PITH_MS_BYLINE) == shown; v = v->next) {
            pith_buf_clear(&credit);
            if (beside && !(v->flags & PITH_MV_IN_ARTICLE))
                continue;
            if (shown ? !pith_author_shown_desk(v->text, strlen(v->text), &credit)
                      : !pith_author_desk_credit(v->text, strlen(v->text)))
                continue;
            if (!shown)
                pith_buf_puts(&credit, v->text);
            if (credit.oom)
                break;
            pith_authors desk;
            pith_authors_init(&desk);
            pith_authors_add_exact(&desk, credit.data, credit.len);
            bool done = publish_authors(ctx, &desk);
            pith_authors_free(&desk);
            pith_buf_free(&credit);
            return done;
        }
    pith_buf_free(&credit);
    return false;
}

/* True when every name in a is one the page credits as its editor
 * ("[责任编辑:肖春芳]" beside <meta name=author content=肖春芳>). */
static bool all_editors(const pith_mfound *f, const pith_authors *a)
{
    for (size_t i = 0; i < a->n; i++) {
        bool editor = false;
        for (const pith_mvalue *v = f->head[PITH_MF_AUTHOR][PITH_MS_EDITOR]; v && !editor;
             v = v->next)
            editor = pith_meta_same_text(pith_authors_get(a, i), v->text);
        if (!editor)
            return false;
    }
    return a->n > 0;
}

static void keep_first(pith_authors *kept, const pith_authors *a)
{
    for (size_t i = 0; !kept->n && i < a->n; i++)
        pith_authors_add_exact(kept, pith_authors_get(a, i), strlen(pith_authors_get(a, i)));
}

/* The people the page's first byline beside its article names after a
 * byline word ("By: Rachel Lindqvist", "Written by ..."; with no word too
 * when unlabelled is set), with its co-authors, into shown; the byline's
 * first value in *raw.  True when each of them is named by a person's
 * name (rules/given_names.c). */
static bool people_by_line(const pith_mfound *f, pith_authors *shown, const pith_mvalue **raw,
                           bool unlabelled)
{
    const pith_mvalue *v = f->head[PITH_MF_AUTHOR][PITH_MS_BYLINE];
    while (v && (!(v->flags & PITH_MV_IN_ARTICLE) || (v->flags & PITH_MV_JOIN)))
        v = v->next;
    if (!v)
        return false;
    const char *t = v->text;
    while (*t == ' ' || *t == '|')
        t++;
    char low[PITH_BYLINE_LABEL_READ];
    size_t n = pith_ascii_lower_copy(low, sizeof low, t, strlen(t));
    if (!unlabelled && pith_author_prefix_len(low, n) == 0)
        return false;
    *raw = v;
    pith_authors_add(shown, v->text, strlen(v->text));
    for (const pith_mvalue *w = v->next; w && (w->flags & PITH_MV_JOIN); w = w->next)
        pith_authors_add(shown, w->text, strlen(w->text));
    for (size_t i = 0; i < shown->n; i++) {
        const char *name = pith_authors_get(shown, i);
        if (!pith_author_is_person_name(name, strlen(name)))
            return false;
    }
    return shown->n > 0;
}

/* Does the byline (v and its co-authors' values) hold any of the names
 * in a, in any case? */
static bool byline_holds_any(const pith_mvalue *v, const pith_authors *a)
{
    for (const pith_mvalue *w = v; w && (w == v || (w->flags & PITH_MV_JOIN)); w = w->next)
        for (size_t i = 0; i < a->n; i++)
            if (pith_ascii_icontains(w->text, strlen(w->text), pith_authors_get(a, i)))
                return true;
    return false;
}

/* Is each name one word ("AnnaK", "webteam"): a login, not the way a
 * person signs? */
static bool all_one_word(const pith_authors *a)
{
    for (size_t i = 0; i < a->n; i++)
        if (strchr(pith_authors_get(a, i), ' '))
            return false;
    return a->n > 0;
}

/* The people a declared source names (a CMS's account: "Martin Osei" in
 * its JSON-LD, "Dana Whitfield" in <meta name=author>) give way to other
 * people that the byline beside the article names after a byline word
 * ("By: Rachel Lindqvist"), when that byline names none of them: the
 * reader is shown who wrote it.  A login of one word ("AnnaK") gives way to a
 * person's name the byline shows with no word before it too.  Published
 * and true when so. */
static bool publish_shown_instead(pith_ctx *ctx, const pith_mfound *f, const pith_authors *declared)
{
    pith_authors shown;
    pith_authors_init(&shown);
    const pith_mvalue *raw = NULL;
    bool instead = declared->n > 0 && people_by_line(f, &shown, &raw, all_one_word(declared)) &&
                   !byline_holds_any(raw, declared) && publish_authors(ctx, &shown);
    pith_authors_free(&shown);
    return instead;
}

/* People from the most trusted source that names any; else the
 * organisation the page declares; else a desk's credit; else the site
 * named as its own author.
 * A declared organisation beats a byline away from the article's text
 * (one beside it names the person who wrote for the organisation).  Account
 * names ("kevin-r") give way to a real name from a less trusted source (a
 * byline beside the article's text) and are kept only when no source has
 * one. */
static void merge_authors(pith_ctx *ctx, const pith_mfound *f)
{
    pith_authors orgs, site_orgs, accounts, editors;
    pith_authors_init(&orgs);
    pith_authors_init(&site_orgs);
    pith_authors_init(&accounts);
    pith_authors_init(&editors);
    for (const pith_msource *s = pith_meta_trust(PITH_MF_AUTHOR); *s != PITH_MS_COUNT; s++) {
        pith_authors people;
        pith_authors_init(&people);
        authors_from(ctx, f, *s, orgs.n > 0 || accounts.n > 0, &people, &orgs, &site_orgs);
        bool done = false;
        if (all_account_names(&people)) {
            if (!accounts.n)
                for (size_t i = 0; i < people.n; i++)
                    pith_authors_add_exact(&accounts, pith_authors_get(&people, i),
                                           strlen(pith_authors_get(&people, i)));
        } else if (*s != PITH_MS_BYLINE && all_editors(f, &people)) {
            keep_first(&editors, &people); /* a byline may name the author */
        } else {
            done = (*s != PITH_MS_BYLINE && publish_shown_instead(ctx, f, &people)) ||
                   publish_authors(ctx, &people);
        }
        pith_authors_free(&people);
        if (done)
            break;
    }
    /* a desk's credit a byline shows is what the reader sees in the
     * person's place, before what the page declares */
    if (!ctx->meta.author && !publish_desk(ctx, f, true, orgs.n > 0 || accounts.n > 0) &&
        !publish_authors(ctx, &editors) && !publish_authors(ctx, &orgs) &&
        !publish_authors(ctx, &accounts) && !publish_desk(ctx, f, false, false))
        publish_authors(ctx, &site_orgs);
    pith_authors_free(&editors);
    pith_authors_free(&orgs);
    pith_authors_free(&site_orgs);
    pith_authors_free(&accounts);
}

/* The person whose own site this is: the holder of its copyright line
 * when that is a person's name and the site's name, if any, is the same
 * ("nora/whitlock" and "© 2025 Nora Whitlock"); else the site's name when
 * that is a person's.  A business's copyright line ("© 2026 The Quill Works
 * LLC") on a site named after its founder says the site is the
 * business's. */
static const char *site_owner(pith_ctx *ctx, const pith_mfound *f)
{
    const char *site = ctx->meta.sitename;
    const pith_mvalue *holder = f->head[PITH_MF_SITENAME][PITH_MS_COPYRIGHT];
    if (holder) {
        bool person = pith_author_is_person_name(holder->text, strlen(holder->text));
        if (!person || (site && !pith_meta_same_text(site, holder->text)))
            return NULL;
        return publish_str(ctx, holder->text);
    }
    return site && pith_author_is_person_name(site, strlen(site)) ? site : NULL;
}

const char *pith_meta_owner_as_author(pith_ctx *ctx, bool article)
{
    pith_meta *m = &ctx->meta;
    if (article && !m->author && m->date && !m->date_page_edit && m->owner)
        m->author = m->owner;
    return m->author;
}

/* -------------------------------------------------------------- dates */

static unsigned date_flags(const char *language)
{
    /* Month first for US English (and English without a region, as most
     * such pages are American); day first everywhere else. */
    if (!language || !pith_ascii_iprefix(language, "en"))
        return 0;
    const char *region = language + 2;
    if (*region == 0 || pith_ascii_ieq(region, "-US") || pith_ascii_ieq(region, "-PH"))
        return PITH_DATE_MONTH_FIRST;
    return 0;
}

/* The zone of an ISO 8601 time: 1 for UTC ("Z", "+00:00"), 2 for another
 * offset ("-08:00", "+0530"), 0 for none. */
static int zone_kind(const char *s)
{
    const char *t = strchr(s, 'T');
    if (!t || t - s < 8)
        return 0;
    size_t n = strlen(t);
    if (n >= 2 && (t[n - 1] == 'Z' || t[n - 1] == 'z'))
        return 1;
    for (const char *p = t + 1; *p; p++)
        if ((*p == '+' || *p == '-') && p[1] >= '0' && p[1] <= '9') {
            bool zero = true;
            for (const char *q = p + 1; *q; q++)
                if (*q >= '1' && *q <= '9')
                    zero = false;
            return zero ? 1 : 2;
        }
    return 0;
}

/* pith_date_parse of the whole of text. */
static bool value_date(const char *text, unsigned flags, pith_date *d)
{
    return pith_date_parse(text, strlen(text), flags, d);
}

/* Whether s[0..n) holds a ':' before two digits, as every time of day
 * pith_date_time reads does ("14:35"): most dates shown in text hold none
 * ("Published: March 9, 2026"), and need no parse for their time. */
static bool holds_clock(const char *s, size_t n)
{
    for (const char *c = s; (c = memchr(c, ':', n - (size_t)(c - s))) != NULL; c++)
        if ((size_t)(c - s) + 2 < n && pith_ascii_is_digit(c[1]) && pith_ascii_is_digit(c[2]))
            return true;
    return false;
}

/* The value's time of day, when it gives one with the day d, into out. */
static bool time_of(const pith_mvalue *v, unsigned flags, const pith_date *d, char *out)
{
    pith_date same;
    size_t n = strlen(v->text);
    return holds_clock(v->text, n) && value_date(v->text, flags, &same) &&
           same.year == d->year && same.month == d->month && same.day == d->day &&
           pith_date_time(v->text, n, d, out);
}

static bool shown_source(pith_msource s);

/* Does a source that declares dates (not one shown in the page, not the
 * URL) give the field a plausible date of the page's own, not of a part
 * of it (PITH_MV_PART)? */
static bool declares_own_date(const pith_mfound *f, pith_mfield field, unsigned flags)
{
    pith_date today = pith_date_today(), d;
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[field][*s];
             v && !shown_source(*s) && *s != PITH_MS_URL_PATH; v = v->next)
            if (!(v->flags & (PITH_MV_PART | PITH_MV_CREATED)) && value_date(v->text, flags, &d) &&
                pith_date_plausible(&d, &today))
                return true;
    return false;
}

/* The first value of a field, in order of trust, that is a plausible
 * date (into *d): of the values marked created (dateCreated) when
 * created, else of the others.  A date shown in the page and equal to
 * today is the site's clock, not the article's, unless it sits with the
 * article.  The date of a part of the page (an embedded video's
 * uploadDate, PITH_MV_PART) gives way when the page declares its own. */
static const pith_mvalue *first_date(const pith_mfound *f, pith_mfield field, unsigned flags,
                                     bool created, pith_date *d)
{
    pith_date today = pith_date_today();
    int parts = -1; /* whether a part's date may date the page: not asked yet */
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[field][*s]; v; v = v->next) {
            if (((v->flags & PITH_MV_CREATED) != 0) != created ||
                !value_date(v->text, flags, d) ||
                !pith_date_plausible(d, &today))
                continue;
            if ((v->flags & PITH_MV_PART) && parts < 0)
                parts = !declares_own_date(f, field, flags);
            if ((v->flags & PITH_MV_PART) && !parts)
                continue;
            bool shown = *s == PITH_MS_TIME || *s == PITH_MS_DATE_TEXT;
            if (shown && !(v->flags & PITH_MV_IN_ARTICLE) && d->year == today.year &&
                d->month == today.month && d->day == today.day)
                continue;
            return v;
        }
    return NULL;
}

static bool same_day(const pith_date *a, const pith_date *b)
{
    return a->year == b->year && a->month == b->month && a->day == b->day;
}

/* Does a value of the field, read the same whichever comes first of day
 * and month ("March 9, 2026", "2026-03-09"), name the day d? */
static bool stated_plainly(const pith_mfound *f, pith_mfield field, const pith_date *d)
{
    pith_date a, b;
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[field][*s]; v; v = v->next)
            if (value_date(v->text, 0, &a) && value_date(v->text, PITH_DATE_OTHER_WAY, &b) &&
                same_day(&a, &b) && same_day(&a, d))
                return true;
    return false;
}

/* A numeric date read either way ("03-09-2026": 3 September or March 9)
 * takes the reading another value of the page states plainly ("Published
 * March 9, 2026"), when none states the first reading. */
static void settle_day_and_month(const pith_mfound *f, pith_mfield field,
                                 const pith_mvalue *found, unsigned flags, pith_date *d)
{
    pith_date other;
    if (!value_date(found->text, flags | PITH_DATE_OTHER_WAY, &other) ||
        same_day(&other, d) || stated_plainly(f, field, d) || !stated_plainly(f, field, &other))
        return;
    *d = other;
}

/* A time in UTC may fall on another day than the publisher's: the same
 * moment written with the local offset elsewhere on the page, its date
 * into *d.  The same moment within an hour (an offset written without
 * its summer hour), or the same clock time (a site that writes its local
 * time as UTC); another moment, a reply's a day later, is another date. */
#define SAME_MOMENT_SLACK 60 /* minutes */
#define CLOCK_LEN 16         /* "YYYY-MM-DDTHH:MM" of an ISO 8601 time */

static bool same_moment(const char *a, const char *b, unsigned flags, pith_date *d)
{
    long long ma, mb;
    size_t na = strlen(a), nb = strlen(b);
    char ia[PITH_DATE_TIME_MAX], ib[PITH_DATE_TIME_MAX];
    pith_date da;
    if (!pith_date_moment(a, na, flags, &ma) || !pith_date_moment(b, nb, flags, &mb) ||
        !value_date(a, flags, &da) || !value_date(b, flags, d))
        return false;
    if (llabs(ma - mb) <= SAME_MOMENT_SLACK)
        return true;
    return pith_date_time(a, na, &da, ia) && pith_date_time(b, nb, d, ib) &&
           memcmp(ia, ib, CLOCK_LEN) == 0;
}

static const pith_mvalue *same_moment_local(const pith_mfound *f, pith_mfield field,
                                            unsigned flags, const pith_mvalue *found,
                                            pith_date *d)
{
    if (zone_kind(found->text) != 1)
        return NULL;
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[field][*s]; v; v = v->next)
            if (zone_kind(v->text) == 2 && same_moment(found->text, v->text, flags, d))
                return v;
    return NULL;
}

/* A publication date the article's text states ("Published August 13,
 * 2025") over a date the metadata gives more than a day apart (a date
 * the site's software put there: the page's last save, a republication):
 * the reader's, into *stated.  A day apart is a time zone's doing. */
static const pith_mvalue *stated_elsewhere(const pith_mfound *f, unsigned flags,
                                           const pith_date *d, pith_date *stated)
{
    for (const pith_mvalue *v = f->head[PITH_MF_DATE][PITH_MS_DATE_TEXT]; v; v = v->next)
        if ((v->flags & PITH_MV_STATED) && (v->flags & PITH_MV_IN_ARTICLE) &&
            value_date(v->text, flags, stated))
            return llabs(pith_date_days(stated) - pith_date_days(d)) > 1 ? v : NULL;
    return NULL;
}

/* A source of dates the page shows its readers (<time>, dated text), not
 * one it declares for machines. */
static bool shown_source(pith_msource s)
{
    return s == PITH_MS_TIME_MARKED || s == PITH_MS_TIME || s == PITH_MS_DATE_TEXT;
}

/* Does a value of the field from the sources shown (shown) or declared
 * (!shown) name a day at most slack days from d? */
static bool names_day(const pith_mfound *f, pith_mfield field, bool shown, unsigned flags,
                      const pith_date *d, long long slack)
{
    pith_date v_day;
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[field][*s]; v && shown_source(*s) == shown;
             v = v->next)
            if (value_date(v->text, flags, &v_day) &&
                llabs(pith_date_days(&v_day) - pith_date_days(d)) <= slack)
                return true;
    return false;
}

/* The first date the page shows its readers that is a plausible date
 * (its day into *day), or NULL. */
static const pith_mvalue *first_shown_date(const pith_mfound *f, unsigned flags, pith_date *day)
{
    pith_date today = pith_date_today();
    for (const pith_msource *s = pith_meta_trust(PITH_MF_DATE); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[PITH_MF_DATE][*s]; v && shown_source(*s);
             v = v->next)
            if (value_date(v->text, flags, day) &&
                pith_date_plausible(day, &today))
                return v;
    return NULL;
}

/* Does a source that declares one publication date alone (several are a
 * list's, its items') declare the day d? */
static bool declared_alone(const pith_mfound *f, unsigned flags, const pith_date *d)
{
    pith_date v_day;
    for (const pith_msource *s = pith_meta_trust(PITH_MF_DATE); *s != PITH_MS_COUNT; s++) {
        const pith_mvalue *v = f->head[PITH_MF_DATE][*s];
        if (shown_source(*s) || *s == PITH_MS_URL_PATH || f->count[PITH_MF_DATE][*s] != 1 ||
            (v->flags & PITH_MV_CREATED))
            continue;
        if (value_date(v->text, flags, &v_day) &&
            pith_date_days(&v_day) == pith_date_days(d))
            return true;
    }
    return false;
}

/* The date the page shows its readers (its day into *shown_day) over a
 * declared publication date d it shows nowhere (within a day, a time
 * zone's doing): when another declared publication date names the same
 * day and no declared modification date does (the metadata disagree, the
 * page settles it; an update's date is no publication's), or when d is
 * also the declared modification date (the same day: the site's last
 * save written in both) and the shown date is more than a day earlier.
 * A date shown later is an update's or a reply's. */
static const pith_mvalue *shown_over_declared(const pith_mfound *f, unsigned flags,
                                              const pith_date *d, pith_date *shown_day)
{
    if (names_day(f, PITH_MF_DATE, true, flags, d, 1))
        return NULL;
    const pith_mvalue *v = first_shown_date(f, flags, shown_day);
    if (!v)
        return NULL;
    if (declared_alone(f, flags, shown_day) &&
        !names_day(f, PITH_MF_DATE_MODIFIED, false, flags, shown_day, 0))
        return v;
    return names_day(f, PITH_MF_DATE_MODIFIED, false, flags, d, 0) &&
                   pith_date_days(d) - pith_date_days(shown_day) > 1
               ? v
               : NULL;
}

/* The minutes of the clock time an ISO 8601 time (pith_date_time's
 * "YYYY-MM-DDTHH:MM...") of the day d writes, counted from 1970, its zone
 * left aside. */
static long long clock_minutes(const pith_date *d, const char *iso)
{
    int hours = (iso[11] - '0') * 10 + (iso[12] - '0');
    int minutes = (iso[14] - '0') * 10 + (iso[15] - '0');
    return pith_date_days(d) * 24 * 60 + hours * 60 + minutes;
}

/* Is the time of day the shown value v writes with its day (shown_day) the
 * declared time (full, of the next day) moved back by a time zone's
 * offset: whole hours or half hours ("Feb 14, 2026 | 9:05 pm" beside
 * "2026-02-15 03:05:48", the same moment in UTC)?  A time whose minutes
 * differ is another moment: a reply's, an edit's. */
#define ZONE_STEP 30        /* minutes: offsets are whole or half hours */
#define ZONE_WEST_MAX (12 * 60) /* the farthest offset west of Greenwich */

static bool clock_behind(const pith_mvalue *v, unsigned flags, const pith_date *shown_day,
                         const pith_date *d, const char *full)
{
    char shown[PITH_DATE_TIME_MAX];
    if (!time_of(v, flags, shown_day, shown))
        return false;
    long long behind = clock_minutes(d, full) - clock_minutes(shown_day, shown);
    return behind > 0 && behind <= ZONE_WEST_MAX && behind % ZONE_STEP == 0;
}

/* The date the page shows its readers first, a day before a declared
 * publication time written in UTC or with no zone ("2025-12-19T02:41Z"
 * beside "Posted on December 18, 2025"): the evening of a publisher west
 * of Greenwich is already the next day in UTC, and the page writes its
 * own day, when the URL's path or another declared date names it too, or
 * when the shown date's time of day is the declared one less an offset
 * (a shown date alone a day before, without its time, may be the site's
 * UTC day written out).  Into *shown_day. */
static const pith_mvalue *shown_day_before_utc(const pith_mfound *f, unsigned flags,
                                               const pith_mvalue *found, const pith_date *d,
                                               pith_date *shown_day)
{
    char full[PITH_DATE_TIME_MAX];
    if (zone_kind(found->text) == 2 || !time_of(found, flags, d, full))
        return NULL;
    const pith_mvalue *v = first_shown_date(f, flags, shown_day);
    return v && pith_date_days(d) - pith_date_days(shown_day) == 1 &&
                   (names_day(f, PITH_MF_DATE, false, flags, shown_day, 0) ||
                    clock_behind(v, flags, shown_day, d, full))
               ? v
               : NULL;
}

/* The zone of a time of day written without one (full, "YYYY-MM-DDTHH:MM:SS"
 * of the day d: a date the page shows, "Nov. 18, 2019 7:04 pm", or a
 * declared one without its zone) when a declared value of the field
 * writes the same moment in UTC ("2019-11-19T00:04:00Z"): the clock times
 * differ by whole or half hours, at most the farthest offsets from
 * Greenwich, and agree on their seconds unless the local time gives none.
 * The offset is then written after the time ("2019-11-18T19:04:00-05:00").
 * The same clock time in both says nothing: a site may write its UTC time
 * without the zone. */
#define CLOCK_SECONDS_LEN 19        /* "YYYY-MM-DDTHH:MM:SS" */
#define ZONE_EAST_MAX (14 * 60)     /* the farthest offset east of Greenwich */

static int clock_seconds(const char *iso)
{
    return (iso[17] - '0') * 10 + (iso[18] - '0');
}

/* Writes into zone ("-05:00") the offset of the first declared UTC time
 * of field (not one a page shows) that is the same moment as the local
 * clock time (local, as clock_minutes counts it, and sec its seconds); with
 * to_the_second, only when the local time gives its seconds.  False if no
 * value is. */
static bool utc_twin(const pith_mfound *f, pith_mfield field, unsigned flags, long long local,
                     int sec, bool to_the_second, char *zone)
{
    pith_date vd;
    char utc[PITH_DATE_TIME_MAX];
    if (to_the_second && sec == 0)
        return false;
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[field][*s]; v && !shown_source(*s); v = v->next) {
            if (zone_kind(v->text) != 1 || !value_date(v->text, flags, &vd) ||
                !pith_date_time(v->text, strlen(v->text), &vd, utc))
                continue;
            long long ahead = local - clock_minutes(&vd, utc);
            if (ahead == 0 || ahead > ZONE_EAST_MAX || ahead < -ZONE_WEST_MAX ||
                ahead % ZONE_STEP != 0 || (sec != 0 && sec != clock_seconds(utc)))
                continue;
            long long m = ahead < 0 ? -ahead : ahead;
            zone[0] = ahead < 0 ? '-' : '+';
            zone[1] = (char)('0' + m / 60 / 10);
            zone[2] = (char)('0' + m / 60 % 10);
            zone[3] = ':';
            zone[4] = (char)('0' + m % 60 / 10);
            zone[5] = (char)('0' + m % 60 % 10);
            zone[6] = 0;
            return true;
        }
    return false;
}

/* The other date field: the publication's beside the modification's. */
static pith_mfield other_date_field(pith_mfield field)
{
    return field == PITH_MF_DATE ? PITH_MF_DATE_MODIFIED : PITH_MF_DATE;
}

/* A UTC time of the other date field tells the zone too (a page that was
 * never changed writes its modification time without the zone and its
 * publication time, the same moment, in UTC: "2025-12-19T15:06:50" and
 * "2025-12-19T20:06:50+00:00"), but only with the seconds: two events
 * a whole number of hours apart to the second are the same one. */
static void add_known_zone(const pith_mfound *f, pith_mfield field, unsigned flags,
                           const pith_date *d, char *full)
{
    if (strlen(full) != CLOCK_SECONDS_LEN)
        return;
    long long local = clock_minutes(d, full);
    int sec = clock_seconds(full);
    char *zone = full + CLOCK_SECONDS_LEN;
    if (!utc_twin(f, field, flags, local, sec, false, zone))
        utc_twin(f, other_date_field(field), flags, local, sec, true, zone);
}

/* A field's date (YYYY-MM-DD into *date) and, when the page gives it, its
 * full time (ISO 8601 into *date_time): from the value chosen, else from
 * another value of the field that names the same day with a time
 * ("2024-05-01" in JSON-LD, "2024-05-01T14:35:00+02:00" in a meta tag).
 * A date the page marks as the work's creation (dateCreated: a draft's,
 * an embedded video's) gives way to one it marks published. */
static const pith_mvalue *merge_date(pith_ctx *ctx, const pith_mfound *f, pith_mfield field,
                                     const char **date, const char **date_time)
{
    pith_date d, other;
    unsigned flags = date_flags(ctx->meta.language);
    *date = *date_time = NULL;
    const pith_mvalue *found = first_date(f, field, flags, false, &d);
    if (!found)
        found = first_date(f, field, flags, true, &d);
    if (!found)
        return NULL;
    settle_day_and_month(f, field, found, flags, &d);
    const pith_mvalue *stated = field == PITH_MF_DATE ? stated_elsewhere(f, flags, &d, &other)
                                                      : NULL;
    if (stated) {
        d = other;
        found = stated;
    }
    const pith_mvalue *shown = field == PITH_MF_DATE && !stated
                                   ? shown_over_declared(f, flags, &d, &other)
                                   : NULL;
    if (shown) {
        d = other;
        found = shown;
    }
    const pith_mvalue *before = field == PITH_MF_DATE && !stated && !shown
                                    ? shown_day_before_utc(f, flags, found, &d, &other)
                                    : NULL;
    if (before) {
        d = other;
        found = before;
    }
    const pith_mvalue *local = same_moment_local(f, field, flags, found, &other);
    if (local) {
        d = other;
        found = local;
    }
    char day[11], full[PITH_DATE_TIME_MAX];
    pith_date_format(&d, day);
    *date = publish(ctx, day, 10);
    bool timed = time_of(found, flags, &d, full);
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT && !timed; s++)
        for (const pith_mvalue *v = f->head[field][*s]; v && !timed; v = v->next)
            timed = time_of(v, flags, &d, full);
    if (timed) {
        add_known_zone(f, field, flags, &d, full);
        *date_time = publish_str(ctx, full);
    }
    return found;
}

/* Dates in the paths of the canonical URL and the page's URL. */
static void add_url_dates(pith_ctx *ctx, pith_mfound *f)
{
    const char *urls[2] = {ctx->meta.url, ctx->opt->url};
    for (int k = 0; k < 2; k++) {
        pith_date d;
        if (urls[k] && pith_date_from_url(urls[k], &d)) {
            char out[11];
            pith_date_format(&d, out);
            pith_mfound_add(f, PITH_MF_DATE, PITH_MS_URL_PATH, out, 10, 0);
        }
    }
}

/* ------------------------------------------------------------ language */

static void merge_language(pith_ctx *ctx, const pith_mfound *f)
{
    pith_buf tag = PITH_BUF_INIT;
    for (const pith_msource *s = pith_meta_trust(PITH_MF_LANGUAGE); *s != PITH_MS_COUNT; s++)
        for (const pith_mvalue *v = f->head[PITH_MF_LANGUAGE][*s]; v; v = v->next)
            if (pith_lang_tag(v->text, &tag)) {
                ctx->meta.language = publish(ctx, tag.data, tag.len);
                ctx->meta.language_source = "declared";
                pith_buf_free(&tag);
                return;
            }
    pith_buf_free(&tag);
}

/* ------------------------------------------------------------ license */

/* "https://creativecommons.org/licenses/by-sa/4.0/" -> "CC BY-SA 4.0". */
static const char *merge_license(pith_ctx *ctx, const pith_mfound *f)
{
    const char *v = first_value(f, PITH_MF_LICENSE);
    if (!v)
        return NULL;
    const char *cc = strstr(v, "creativecommons.org/licenses/");
    if (!cc) {
        cc = strstr(v, "creativecommons.org/publicdomain/zero/");
        if (cc)
            return publish_str(ctx, "CC0 1.0");
        return publish_str(ctx, v);
    }
    cc += strlen("creativecommons.org/licenses/");
    pith_buf out = PITH_BUF_INIT;
    pith_buf_puts(&out, "CC ");
    for (; *cc && *cc != '/'; cc++)
        pith_buf_putc(&out, (*cc >= 'a' && *cc <= 'z') ? (char)(*cc - 32) : *cc);
    if (*cc == '/' && cc[1] >= '0' && cc[1] <= '9') {
        pith_buf_putc(&out, ' ');
        for (cc++; *cc && *cc != '/'; cc++)
            pith_buf_putc(&out, *cc);
    }
    const char *r = out.oom ? NULL : publish(ctx, out.data, out.len);
    pith_buf_free(&out);
    return r;
}

/* --------------------------------------------------------------- lists */

/* Items of the first source with any, split at commas, each kept once. */
static void merge_list(pith_ctx *ctx, const pith_mfound *f, pith_mfield field,
                       const char ***items_out, size_t *n_out)
{
    const pith_mvalue *values = NULL;
    for (const pith_msource *s = pith_meta_trust(field); *s != PITH_MS_COUNT && !values; s++)
        values = f->head[field][*s];
    if (!values)
        return;
    const char **items = pith_arena_alloc(ctx->out, MAX_LIST_ITEMS * sizeof *items);
    if (!items)
        return;
    size_t n = 0;
    pith_buf item = PITH_BUF_INIT, fa = PITH_BUF_INIT, fb = PITH_BUF_INIT;
    for (const pith_mvalue *v = values; v && n < MAX_LIST_ITEMS; v = v->next) {
        const char *p = v->text;
        while (*p && n < MAX_LIST_ITEMS) {
            const char *st = p;
            while (*p && *p != ',' && *p != ';')
                p++;
            pith_buf_clear(&item);
            pith_meta_squash(&item, st, (size_t)(p - st));
            if (*p)
                p++;
            if (!item.len || item.oom)
                continue;
            bool dup = false;
            pith_meta_fold(item.data, &fa);
            for (size_t k = 0; k < n && !dup; k++) {
                pith_meta_fold(items[k], &fb);
                /* (two items without letters or digits fold to nothing) */
                dup = fa.len == fb.len && (fa.len == 0 || memcmp(fa.data, fb.data, fa.len) == 0);
            }
            const char *copy = dup ? NULL : publish(ctx, item.data, item.len);
            if (copy)
                items[n++] = copy;
        }
    }
    pith_buf_free(&item);
    pith_buf_free(&fa);
    pith_buf_free(&fb);
    *items_out = items;
    *n_out = n;
}

/* ---------------------------------------------------------------- main */

void pith_meta_merge(pith_ctx *ctx, pith_mfound *f)
{
    pith_meta *m = &ctx->meta;
    bool full = !(ctx->opt->flags & PITH_OPT_NO_META);
    merge_urls(ctx, f);
    if (full)
        merge_sitename(ctx, f);
    merge_title(ctx, f);
    if (!full)
        return;
    if (!m->sitename)
        merge_shown_sitename(ctx, f);
    else
        sitename_as_written(ctx, f);
    merge_language(ctx, f);
    merge_authors(ctx, f);
    m->owner = site_owner(ctx, f);
    add_url_dates(ctx, f);
    merge_date(ctx, f, PITH_MF_DATE, &m->date, &m->date_time);
    const pith_mvalue *modified = merge_date(ctx, f, PITH_MF_DATE_MODIFIED, &m->date_modified,
                                             &m->date_modified_time);
    if (!m->date) { /* the only date the page gives */
        m->date = m->date_modified;
        m->date_time = m->date_modified_time;
        m->date_page_edit = modified && (modified->flags & PITH_MV_PAGE_EDIT);
    }
    m->description = merge_plain(ctx, f, PITH_MF_DESCRIPTION);
    m->image = merge_image(ctx, f);
    m->license = merge_license(ctx, f);
    m->pagetype = merge_plain(ctx, f, PITH_MF_PAGETYPE);
    merge_list(ctx, f, PITH_MF_CATEGORIES, &m->categories, &m->n_categories);
    merge_list(ctx, f, PITH_MF_TAGS, &m->tags, &m->n_tags);
    m->article_body = first_value(f, PITH_MF_BODY); /* document arena: a hint only */
}

void pith_meta_extract(pith_ctx *ctx)
{
    pith_mfound f;
    pith_mfound_init(&f, ctx->arena);

    pith_meta_from_document(ctx, &f);
    if (!(ctx->opt->flags & PITH_OPT_NO_META)) {
        pith_meta_from_metatags(ctx, &f);
        pith_meta_from_jsonld(ctx, &f);
        pith_meta_from_microdata(ctx, &f);
        pith_meta_from_links(ctx, &f);
        pith_meta_from_byline(ctx, &f);
        pith_meta_from_time(ctx, &f);
        pith_meta_from_site_marks(ctx, &f);
    }
    pith_meta_merge(ctx, &f);
}

const char *pith_meta_detect_language(const char *text, size_t len, const char *likely)
{
    return pith_lang_detect_likely(text, len, likely);
}
