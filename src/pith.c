/*
 * pith.c — the public entry points: runs the stages for one document.
 *
 *   bytes -> decode (input/) -> parse (dom/) -> metadata (meta/)
 *         -> clean (clean/) -> main content (content/) -> article tree (doc/)
 *         -> render (render/)
 *
 * Text without markup (input/markup.c, or options.input) takes the text
 * front end instead of parse, metadata, clean and content: lines to blocks,
 * judged, to the same article tree (text/).
 *
 * Memory: the result owns one arena (the article tree, the metadata, the
 * rendered text); the page itself is parsed into a second, per-call arena
 * with a byte budget, released in one go before pith_extract returns.
 */
#include "pith.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "content/content.h"
#include "pagetype/pagetype.h"
#include "context.h"
#include "input/decode.h"
#include "input/elide.h"
#include "input/guard.h"
#include "render/render.h"
#include "rules/rules.h"
#include "text/lineset.h"
#include "text/text.h"
#include "util/misread.h"
#include "util/url.h"
#include "util/utf8.h"

struct pith_internal {
    pith_arena arena; /* everything the result points to */
    pith_doc doc;     /* the article tree */
    pith_doc comments;
    size_t max_memory;   /* the limits pith_render holds too */
    unsigned timeout_ms;
};

#define DEFAULT_MAX_BYTES ((size_t)64 << 20)
#define DEFAULT_MAX_DEPTH PITH_GUARD_DEFAULT_DEPTH
#define DEFAULT_MAX_ATTRIBUTES PITH_GUARD_DEFAULT_ATTRIBUTES
#define DEFAULT_MAX_FORMATTING PITH_GUARD_DEFAULT_FORMATTING
#define DEFAULT_MAX_MEMORY ((size_t)1 << 30)

const char *pith_version(void)
{
    return PITH_VERSION_STRING;
}

const char *pith_status_string(pith_status status)
{
    switch (status) {
    case PITH_OK: return "ok";
    case PITH_NO_CONTENT: return "no main content";
    case PITH_ERR_INPUT: return "unusable input";
    case PITH_ERR_TOO_LARGE: return "input too large";
    case PITH_ERR_LIMIT: return "resource limit reached";
    case PITH_ERR_NOMEM: return "out of memory";
    case PITH_ERR_ARGUMENT: return "invalid argument";
    }
    return "unknown status";
}

/* The size of the first pith_options (ABI 1): every caller's struct holds
 * at least these fields. */
#define OPTIONS_SIZE_V1 (offsetof(pith_options, explain_userdata) + sizeof(void *))

/* The defaults, in a struct of this library's size. */
static void default_options(pith_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->size = sizeof *opt;
    opt->favor = PITH_FAVOR_BALANCED;
    opt->max_bytes = DEFAULT_MAX_BYTES;
    opt->max_depth = DEFAULT_MAX_DEPTH;
    opt->max_attributes = DEFAULT_MAX_ATTRIBUTES;
    opt->max_formatting = DEFAULT_MAX_FORMATTING;
    opt->max_memory = DEFAULT_MAX_MEMORY;
}

void pith_options_init_size(pith_options *opt, size_t size)
{
    if (!opt || size < sizeof opt->size)
        return;
    pith_options defaults;
    default_options(&defaults);
    /* A caller built against a newer pith.h has fields this library does
     * not know: they are zeroed, which pith_extract takes as "not set". */
    memset(opt, 0, size);
    memcpy(opt, &defaults, size < sizeof defaults ? size : sizeof defaults);
    opt->size = size;
}

/* The caller's options as this library's struct: the fields its size
 * covers, the defaults for the others.  NULL, or the message naming the
 * field that is wrong. */
static const char *read_options(const pith_options *in, pith_options *opt)
{
    default_options(opt);
    if (!in)
        return NULL;
    if (in->size == 0)
        return "pith_options.size is 0: initialise options with pith_options_init";
    if (in->size < OPTIONS_SIZE_V1)
        return "pith_options.size is smaller than any pith_options: initialise options "
               "with pith_options_init";
    size_t known = in->size < sizeof *opt ? in->size : sizeof *opt;
    memcpy(opt, in, known);
    const unsigned char *extra = (const unsigned char *)in;
    for (size_t i = known; i < in->size; i++)
        if (extra[i] != 0)
            return "pith_options sets a field this libpith does not know: the program was "
                   "built against a newer pith.h";
    opt->size = sizeof *opt;
    return NULL;
}

static pith_status fail(pith_result *r, pith_status status, const char *message)
{
    r->status = status;
    r->error = message;
    return status;
}

/* The status for a failed arena allocation. */
static pith_status fail_arena(pith_result *r, int why, const char *nomem_message)
{
    if (why == PITH_ARENA_BUDGET)
        return fail(r, PITH_ERR_LIMIT, "the page needs more memory than max_memory allows");
    if (why == PITH_ARENA_DEADLINE)
        return fail(r, PITH_ERR_LIMIT, "the page took longer than timeout_ms");
    return fail(r, PITH_ERR_NOMEM, nomem_message);
}

static bool only_whitespace(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0)
            return false;
    }
    return true;
}

static const char *copy_out(pith_result *r, const char *s, size_t n)
{
    return pith_arena_strndup(&r->internal->arena, s, n);
}

/* After a failure (a limit, out of memory) nothing partial is published:
 * text is "" and every other field NULL. */
static void unpublish(pith_result *r)
{
    size_t size = r->size;
    pith_status status = r->status;
    const char *error = r->error;
    const char *charset = r->charset;
    unsigned guard = r->guard;
    pith_internal *in = r->internal;
    memset(r, 0, sizeof *r);
    r->size = size;
    r->status = status;
    r->error = error;
    r->charset = charset;
    r->guard = guard;
    r->internal = in;
    r->text = "";
    in->doc.root = NULL;
    in->comments.root = NULL;
}

/* Copy the metadata found by the meta stage into the public fields. */
static void publish_meta(pith_result *r, const pith_meta *m)
{
    r->title = m->title;
    r->author = m->author;
    r->date = m->date;
    r->date_modified = m->date_modified;
    r->date_time = m->date_time;
    r->date_modified_time = m->date_modified_time;
    r->sitename = m->sitename;
    r->hostname = m->hostname;
    r->url = m->url;
    r->description = m->description;
    r->language = m->language;
    r->language_source = m->language_source;
    r->image = m->image;
    r->license = m->license;
    r->declared_type = m->pagetype;
    r->categories = m->categories;
    r->n_categories = m->n_categories;
    r->tags = m->tags;
    r->n_tags = m->n_tags;
}

/* True when url starts with a scheme ("https:"), so it can serve as a base. */
static bool is_absolute_url(const char *url)
{
    return pith_url_scheme_len(url) > 0;
}

/* A public string as the header promises it: valid UTF-8, no NUL (a copy
 * is made only for a string that needs repair).  NULL when memory ran out. */
static const char *clean_string(pith_result *r, const char *s)
{
    if (!s)
        return NULL;
    pith_buf b = PITH_BUF_INIT;
    if (!pith_text_repair(&b, s, strlen(s)))
        return s;
    const char *out = b.oom ? NULL : copy_out(r, b.data ? b.data : "", b.len);
    pith_buf_free(&b);
    if (!out)
        fail(r, PITH_ERR_NOMEM, "out of memory while publishing the result");
    return out;
}

/* Repair every published metadata string (the stages read them from the
 * page, where gumbo may have left invalid bytes, or text encoded twice). */
static void publish_clean_strings(pith_result *r)
{
    const char **fields[] = {
        &r->title, &r->author, &r->date, &r->date_modified, &r->sitename, &r->hostname,
        &r->url, &r->description, &r->language, &r->language_source, &r->image, &r->license,
        &r->pagetype, &r->comments, &r->date_time, &r->date_modified_time, &r->declared_type,
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        *fields[i] = clean_string(r, *fields[i]);
    const char *const *lists[] = {r->categories, r->tags};
    size_t counts[] = {r->n_categories, r->n_tags};
    for (size_t l = 0; l < 2; l++)
        for (size_t i = 0; i < counts[l]; i++)
            if (lists[l][i])
                ((const char **)lists[l])[i] = clean_string(r, lists[l][i]);
    if (r->status != PITH_OK && r->status != PITH_NO_CONTENT)
        unpublish(r);
}

/* NULL when the options are usable, else a message naming the field. */
static const char *check_options(const pith_options *opt)
{
    if (opt->favor < PITH_FAVOR_BALANCED || opt->favor > PITH_FAVOR_RECALL)
        return "pith_options.favor is not a pith_favor";
    if (opt->max_bytes == 0)
        return "pith_options.max_bytes is 0";
    if (opt->max_depth == 0)
        return "pith_options.max_depth is 0";
    if (opt->max_attributes == 0)
        return "pith_options.max_attributes is 0";
    if (opt->max_formatting == 0)
        return "pith_options.max_formatting is 0";
    if (opt->max_memory == 0)
        return "pith_options.max_memory is 0";
    if (opt->input < PITH_INPUT_AUTO || opt->input > PITH_INPUT_TEXT)
        return "pith_options.input is not a pith_input_type";
    if (opt->base_url && !is_absolute_url(opt->base_url))
        return "pith_options.base_url is not an absolute URL (it has no scheme)";
    if (opt->pagetype && pith_pagetype_from_name(opt->pagetype) == PITH_PAGE_COUNT)
        return "pith_options.pagetype is not a page type (article, forum, product, collection, "
               "listing, documentation, service, other)";
    return NULL;
}

/* The comments tree as text, in r->comments (NULL when it has none). */
static bool publish_comments(pith_result *r)
{
    pith_buf text = PITH_BUF_INIT;
    pith_render_text_tree(r->internal->comments.root, &text);
    bool ok = !text.oom;
    if (ok && text.len > 0)
        ok = (r->comments = copy_out(r, text.data, text.len)) != NULL;
    pith_buf_free(&text);
    return ok;
}

/* Does the article tree hold a word (any text but white space, in prose
 * or code)? */
static bool doc_has_words(pith_node *root)
{
    if (!root)
        return false;
    pith_doc_iter it;
    pith_doc_iter_init(&it, root);
    while (pith_doc_iter_next(&it))
        if (it.entering && it.cur->text && !only_whitespace(it.cur->text, it.cur->len) &&
            (it.cur->type == PITH_NODE_TEXT || it.cur->type == PITH_NODE_CODE ||
             it.cur->type == PITH_NODE_CODE_BLOCK))
            return true;
    return false;
}

static pith_status publish_text(pith_result *r, const pith_options *opt, const char *likely);

/* A per-document context over the page arena, which draws on the call's
 * budget (max_memory and timeout_ms). */
static void init_ctx(pith_ctx *ctx, const pith_options *opt, pith_arena *page,
                     pith_internal *in, pith_budget *budget)
{
    pith_arena_init(page, 0);
    pith_arena_share(page, budget);
    memset(ctx, 0, sizeof *ctx);
    ctx->opt = opt;
    ctx->arena = page;
    ctx->out = &in->arena;
    ctx->main = PITH_NO_EL;
    in->doc.arena = &in->arena;
    in->comments.arena = &in->arena;
}

/* The failure a stage met in the arenas, if any: a stage that met a failed
 * allocation of the page arena (budget, time or memory) may have carried
 * on with less, and the result is not trusted. */
static pith_status arena_status(pith_result *r, const pith_ctx *ctx, const pith_arena *page)
{
    if (page->failed != PITH_ARENA_OK)
        return fail_arena(r, page->failed, "out of memory while extracting");
    if (ctx->scratch.oom || r->internal->arena.failed != PITH_ARENA_OK)
        return fail(r, PITH_ERR_NOMEM, "out of memory while extracting");
    return PITH_OK;
}

/* The end of both paths: the page arena's failures, its release, the
 * budget, then the result's text. */
static pith_status end_stages(pith_result *r, const pith_options *opt, pith_ctx *ctx,
                              pith_arena *page, pith_status status, pith_budget *budget)
{
    pith_status arena = arena_status(r, ctx, page); /* over an earlier failure, as the cause */
    if (arena != PITH_OK)
        status = arena;
    const char *likely_language = ctx->meta.stop_language; /* static */
    pith_buf_free(&ctx->scratch);
    pith_arena_release(page);
    if (status != PITH_OK)
        return status;
    if (!pith_budget_ok_now(budget))
        return PITH_ERR_LIMIT; /* extract() says why */
    return publish_text(r, opt, likely_language);
}

/* The text front end's stages (src/text/), on clean UTF-8 text. */
static pith_status run_text_stages(pith_result *r, const pith_options *opt, const char *text,
                                   size_t len, pith_budget *budget)
{
    pith_internal *in = r->internal;
    pith_arena page;
    pith_ctx ctx;
    init_ctx(&ctx, opt, &page, in, budget);
    pith_text_extract(&ctx, text, len, &in->doc);
    publish_meta(r, &ctx.meta);
    r->confidence = ctx.confidence;
    r->pagetype = pith_pagetype_name(ctx.pagetype);
    r->pagetype_reason = ctx.pagetype_reason;
    pith_status status = PITH_OK;
    if (in->doc.oom)
        status = fail(r, PITH_ERR_NOMEM, "out of memory while building the article");
    if (!r->description && !(opt->flags & PITH_OPT_NO_META))
        r->description = pith_meta_lead_paragraph(&in->arena, in->doc.root);
    return end_stages(r, opt, &ctx, &page, status, budget);
}

/* The stages after decoding, on clean UTF-8. */
static pith_status run_stages(pith_result *r, const pith_options *opt, const char *html,
                              size_t len, pith_budget *budget)
{
    pith_internal *in = r->internal;
    pith_arena page;
    pith_ctx ctx;
    init_ctx(&ctx, opt, &page, in, budget);

    pith_status status = PITH_OK;
    int perr = pith_dom_parse(&ctx.dom, &page, html, len);
    if (perr != PITH_ARENA_OK)
        status = fail_arena(r, perr, "out of memory while parsing");
    if (status != PITH_OK) {
        pith_buf_free(&ctx.scratch);
        pith_arena_release(&page);
        return status;
    }

    pith_clean_prepare(&ctx); /* the main path, which the metadata reads */
    pith_meta_extract(&ctx);
    publish_meta(r, &ctx.meta);
    pith_pagetype_classify(&ctx);
    r->pagetype = pith_pagetype_name(ctx.pagetype);
    r->pagetype_reason = ctx.pagetype_reason;
    r->author = pith_meta_owner_as_author(&ctx, ctx.pagetype == PITH_PAGE_ARTICLE);
    if (opt->base_url)
        ctx.meta.base_url = opt->base_url; /* the caller's base wins over the page's */
    else if (!ctx.meta.base_url)
        ctx.meta.base_url = opt->url;
    pith_clean(&ctx);
    pith_content(&ctx);

    if (ctx.main != PITH_NO_EL && !pith_build_doc(&ctx, ctx.main, &in->doc))
        status = fail(r, PITH_ERR_NOMEM, "out of memory while building the article");
    else if (ctx.main != PITH_NO_EL && !pith_content_product_description(&ctx, &in->doc))
        status = fail(r, PITH_ERR_NOMEM, "out of memory while building the article");
    else if ((opt->flags & PITH_OPT_COMMENTS) && !pith_build_comments(&ctx, &in->comments))
        status = fail(r, PITH_ERR_NOMEM, "out of memory while building the comments");
    if (status == PITH_OK && !doc_has_words(in->doc.root) &&
        !(opt->flags & PITH_OPT_NO_FALLBACK))
        ctx.fallback = pith_content_fallback(&ctx, &in->doc);
    r->fallback = ctx.fallback;
    r->confidence = ctx.confidence;
    if (!r->description && !(opt->flags & PITH_OPT_NO_META))
        r->description = pith_meta_lead_paragraph(&in->arena, in->doc.root);
    return end_stages(r, opt, &ctx, &page, status, budget);
}

/* The article tree as the result's text; the language when none was
 * declared (likely: one the page's stop words name, or NULL).  The last
 * step of both paths. */
static pith_status publish_text(pith_result *r, const pith_options *opt, const char *likely)
{
    pith_internal *in = r->internal;
    if (in->comments.root && !publish_comments(r))
        return fail(r, PITH_ERR_NOMEM, "out of memory while rendering");
    pith_buf text = PITH_BUF_INIT;
    if (in->doc.root)
        pith_render_text_tree(in->doc.root, &text);
    if (text.oom) {
        pith_buf_free(&text);
        return fail(r, PITH_ERR_NOMEM, "out of memory while rendering");
    }
    /* gumbo can put invalid bytes or NULs into text (overflowing numeric
     * references): the published text is always repaired. */
    pith_buf clean = PITH_BUF_INIT;
    pith_utf8_repair(&clean, text.data ? text.data : "", text.len);
    pith_buf_free(&text);
    r->text = copy_out(r, clean.data ? clean.data : "", clean.len);
    r->text_len = clean.len;
    pith_buf_free(&clean);
    if (!r->text) {
        r->text = "";
        r->text_len = 0;
        return fail(r, PITH_ERR_NOMEM, "out of memory while rendering");
    }
    if (r->text_len == 0) {
        r->confidence = 0;
        return fail(r, PITH_NO_CONTENT, "no main content found");
    }
    if (!r->language && !(opt->flags & PITH_OPT_NO_META)) {
        r->language = pith_meta_detect_language(r->text, r->text_len, likely);
        if (r->language)
            r->language_source = "detected";
    }
    return PITH_OK;
}

/* True when the caller gives a UTF-16 charset: the raw bytes of such a
 * page are half NULs, so the test for binary files looks at the decoded
 * text instead (a UTF-16 page without a BOM was refused as binary). */
static bool wide_charset(const char *label)
{
    const char *name = label ? pith_charset_lookup(label, strlen(label)) : NULL;
    return name && strncmp(name, "UTF-16", 6) == 0;
}

/* Decode, elide, guard, then run the stages; r says how it went. */
static void extract_page(pith_result *r, const char *data, size_t len, const pith_options *opt,
                         bool elide, pith_budget *budget)
{
    pith_buf html = PITH_BUF_INIT;
    pith_decode_info info;
    /* a batch's add decoded the same bytes, most often (text/lineset.h) */
    bool decoded = opt->lineset && pith_lineset_decoded(opt->lineset, opt->lineset_seq, data, len,
                                                        opt->charset, &html, &info);
    if (!decoded && !pith_decode(data, len, opt->charset, &html, &info)) {
        pith_buf_free(&html);
        fail(r, PITH_ERR_NOMEM, "out of memory while decoding");
        return;
    }
    r->charset = info.charset;
    if (info.replaced)
        r->guard |= PITH_GUARD_ENCODING;
    if (wide_charset(opt->charset) && pith_looks_binary(html.data ? html.data : "", html.len)) {
        pith_buf_free(&html);
        fail(r, PITH_ERR_INPUT, "the input looks like a binary file, not a web page");
        return;
    }
    if (html.data && pith_text_wanted(opt, html.data, html.len)) {
        if (pith_budget_ok_now(budget))
            run_text_stages(r, opt, html.data, html.len, budget);
        pith_buf_free(&html);
        return;
    }
    if (elide && html.data) {
        /* Before the guard, so it scans only what gumbo will see. */
        html.len = pith_elide(html.data, html.len, NULL);
        html.data[html.len] = '\0';
    }

    pith_guard_limits limits = {opt->max_depth, opt->max_attributes, opt->max_formatting};
    pith_guard_report report;
    pith_buf guarded = PITH_BUF_INIT;
    const char *page = NULL;
    size_t page_len = 0;
    if (!pith_guard(html.data ? html.data : "", html.len, &limits, &guarded, &page, &page_len,
                    &report))
        fail(r, PITH_ERR_NOMEM, "out of memory while checking the markup");
    else if (pith_budget_ok_now(budget)) {
        r->guard |= report.changed;
        run_stages(r, opt, page, page_len, budget);
    }
    pith_buf_free(&guarded);
    pith_buf_free(&html);
}

/* The monotonic time timeout_ms from now (0: no timeout, no deadline). */
static unsigned long long deadline_after(unsigned timeout_ms)
{
    return timeout_ms ? pith_monotonic_ns() + (unsigned long long)timeout_ms * 1000000ull : 0;
}

/* pith_extract, with the elision of script and style bodies (see
 * input/elide.h) on or off. */
static pith_result *extract(const char *data, size_t len, const pith_options *opt_in,
                            bool elide)
{
    pith_options options;
    const pith_options *opt = &options;
    pith_result *r = calloc(1, sizeof *r + sizeof(pith_internal));
    if (!r)
        return NULL;
    r->size = sizeof *r;
    r->internal = (pith_internal *)(r + 1);
    pith_arena_init(&r->internal->arena, 0);
    r->text = "";
    r->status = PITH_OK;
    unsigned long alloc_failures = pith_alloc_failures();

    const char *wrong = read_options(opt_in, &options);
    if (!wrong)
        wrong = check_options(opt);
    if (wrong) {
        fail(r, PITH_ERR_ARGUMENT, wrong);
        return r;
    }
    if (!data && len > 0) {
        fail(r, PITH_ERR_ARGUMENT, "data is NULL");
        return r;
    }
    if (pith_rules_init() != 0) {
        fail(r, PITH_ERR_NOMEM, "the rule tables could not be compiled");
        return r;
    }
    if (len > opt->max_bytes) {
        fail(r, PITH_ERR_TOO_LARGE, "the input is larger than max_bytes");
        return r;
    }
    if (len == 0 || only_whitespace(data, len)) {
        fail(r, PITH_ERR_INPUT, "the input is empty");
        return r;
    }
    /* a batch's add found no binary file in the same bytes, most often */
    bool added = opt->lineset && pith_lineset_holds(opt->lineset, opt->lineset_seq, data, len,
                                                    opt->charset);
    if (!added && !wide_charset(opt->charset) && pith_looks_binary(data, len)) {
        fail(r, PITH_ERR_INPUT, "the input looks like a binary file, not a web page");
        return r;
    }

    /* From here on every stage counts against one budget (util/budget.h). */
    pith_budget budget;
    pith_budget_init(&budget, opt->max_memory, deadline_after(opt->timeout_ms));
    pith_budget *outer = pith_budget_enter(&budget);
    pith_arena_share(&r->internal->arena, &budget);
    r->internal->max_memory = opt->max_memory;
    r->internal->timeout_ms = opt->timeout_ms;
    extract_page(r, data, len, opt, elide, &budget);
    /* A stage that met a refused allocation may have carried on with less
     * (a shorter text, a missing field): the whole result is then an error;
     * a limit, when the budget refused it. */
    if (budget.failed == PITH_BUDGET_MEMORY)
        fail(r, PITH_ERR_LIMIT, "the page needs more memory than max_memory allows");
    else if (budget.failed == PITH_BUDGET_TIME)
        fail(r, PITH_ERR_LIMIT, "the page took longer than timeout_ms");
    else if ((r->status == PITH_OK || r->status == PITH_NO_CONTENT) &&
             pith_alloc_failures() != alloc_failures)
        fail(r, PITH_ERR_NOMEM, "out of memory during the extraction");
    if (r->status == PITH_OK || r->status == PITH_NO_CONTENT)
        publish_clean_strings(r);
    else
        unpublish(r);
    pith_arena_share(&r->internal->arena, NULL); /* the budget ends here */
    pith_budget_leave(outer);
    return r;
}

pith_result *pith_extract(const char *data, size_t len, const pith_options *opt)
{
    return extract(data, len, opt, true);
}

pith_result *pith_extract_unelided(const char *data, size_t len, const pith_options *opt)
{
    return extract(data, len, opt, false);
}

void pith_result_free(pith_result *r)
{
    if (!r)
        return;
    pith_arena_release(&r->internal->arena);
    free(r);
}

int pith_lineset_add(pith_lineset *set, unsigned long long seq, const char *data, size_t len,
                     const pith_options *opt_in)
{
    pith_options opt;
    if (!set || read_options(opt_in, &opt) || check_options(&opt))
        return -1;
    if (!data || len == 0 || len > opt.max_bytes || pith_looks_binary(data, len))
        return 0; /* not a page pith_extract would read */
    /* The read holds to the limits an extraction holds to: a document
     * that passes them is left out of the set (its extraction fails on
     * them in turn). */
    pith_budget budget;
    pith_budget_init(&budget, opt.max_memory, deadline_after(opt.timeout_ms));
    pith_budget *outer = pith_budget_enter(&budget);
    pith_buf text = PITH_BUF_INIT;
    pith_decode_info info;
    bool ok = pith_decode(data, len, opt.charset, &text, &info) && text.data &&
              pith_lineset_add_text(set, seq, &text, &opt, data, len, &info);
    pith_buf_free(&text);
    pith_budget_leave(outer);
    return ok || budget.failed ? 0 : -1;
}

char *pith_extract_text(const char *data, size_t len)
{
    pith_result *r = pith_extract(data, len, NULL);
    if (!r)
        return NULL;
    char *out = NULL;
    if (r->status == PITH_OK) {
        out = malloc(r->text_len + 1);
        if (out)
            memcpy(out, r->text, r->text_len + 1);
    }
    pith_result_free(r);
    return out;
}

int pith_format_from_name(const char *name, pith_format *out)
{
    static const struct { const char *name; pith_format format; } names[] = {
        {"text", PITH_FORMAT_TEXT}, {"txt", PITH_FORMAT_TEXT},
        {"markdown", PITH_FORMAT_MARKDOWN}, {"md", PITH_FORMAT_MARKDOWN},
        {"html", PITH_FORMAT_HTML}, {"json", PITH_FORMAT_JSON},
        {"xml", PITH_FORMAT_XML}, {"csv", PITH_FORMAT_CSV},
    };
    if (!name)
        return -1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].format;
            return 0;
        }
    return -1;
}

char *pith_render(const pith_result *r, pith_format format, unsigned flags, size_t *len_out)
{
    if (!r) {
        errno = EINVAL;
        return NULL;
    }
    pith_render_input in;
    in.result = r;
    in.article = r->internal->doc.root;
    in.comments = r->internal->comments.root;
    in.flags = flags;
    /* The result's limits hold here too: its tree and the rendering count
     * against max_memory, and the rendering has timeout_ms from now. */
    const pith_internal *internal = r->internal;
    pith_budget budget;
    pith_budget_init(&budget, internal->max_memory, deadline_after(internal->timeout_ms));
    pith_budget_charge(&budget, internal->arena.used);
    pith_budget *outer = pith_budget_enter(&budget);
    pith_buf out = PITH_BUF_INIT;
    bool known = pith_render_format(&in, format, &out);
    char *text = known && !out.oom && !budget.failed ? pith_buf_detach(&out, len_out) : NULL;
    pith_buf_free(&out);
    pith_budget_leave(outer);
    if (!text)
        errno = !known ? EINVAL : budget.failed == PITH_BUDGET_MEMORY ? EFBIG
                                : budget.failed == PITH_BUDGET_TIME ? ETIMEDOUT : ENOMEM;
    return text;
}
