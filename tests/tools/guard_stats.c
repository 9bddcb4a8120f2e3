/*
 * guard_stats.c — what the pre-parse guard sees on real pages, for tuning
 * its limits: per page, the model's deepest nesting, most attributes on a
 * tag, most open formatting elements and predicted formatting clones, what
 * it changed, and the depth of the tree gumbo really builds.
 *
 *   cc -Isrc -Iinclude tests/tools/guard_stats.c build/libpith.a ... -o guard_stats
 *   guard_stats page.html...     (one tab-separated line per page)
 */
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/decode.h"
#include "input/guard.h"
#include "util/buf.h"

static unsigned gumbo_depth(const char *html, size_t len)
{
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&opt, html, len);
    unsigned deepest = 0;
    size_t cap = 1024, n = 0;
    struct { GumboNode *node; unsigned depth; } *stack = malloc(cap * sizeof *stack);
    stack[n].node = out->root;
    stack[n++].depth = 1;
    while (n > 0) {
        GumboNode *node = stack[n - 1].node;
        unsigned depth = stack[--n].depth;
        if (depth > deepest)
            deepest = depth;
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        GumboVector *kids = &node->v.element.children;
        for (unsigned i = 0; i < kids->length; i++) {
            if (n == cap)
                stack = realloc(stack, (cap *= 2) * sizeof *stack);
            stack[n].node = kids->data[i];
            stack[n++].depth = depth + 1;
        }
    }
    free(stack);
    /* The tree is left to the process exit: gumbo_destroy_output recurses. */
    return deepest;
}

int main(int argc, char **argv)
{
    pith_guard_limits lim = {PITH_GUARD_DEFAULT_DEPTH, PITH_GUARD_DEFAULT_ATTRIBUTES,
                             PITH_GUARD_DEFAULT_FORMATTING};
    printf("page\tbytes\tchanged\tmodel_depth\tgumbo_depth\tattrs\tformatting\tclones\t"
           "dropped_tags\tduplicates\tcharrefs\n");
    for (int a = 1; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f)
            continue;
        pith_buf raw = PITH_BUF_INIT;
        char chunk[65536];
        size_t got;
        while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
            pith_buf_append(&raw, chunk, got);
        fclose(f);
        pith_buf html = PITH_BUF_INIT, out = PITH_BUF_INIT;
        pith_decode_info info;
        pith_decode(raw.data ? raw.data : "", raw.len, NULL, &html, &info);
        const char *res;
        size_t res_len;
        pith_guard_report rep;
        pith_guard(html.data ? html.data : "", html.len, &lim, &out, &res, &res_len, &rep);
        printf("%s\t%zu\t%#x\t%u\t%u\t%u\t%u\t%zu\t%zu\t%zu\t%zu\n", argv[a], html.len,
               rep.changed, rep.deepest, gumbo_depth(html.data, html.len), rep.most_attributes,
               rep.most_formatting, rep.clones, rep.dropped_tags, rep.duplicate_attributes,
               rep.fixed_charrefs);
        pith_buf_free(&raw);
        pith_buf_free(&html);
        pith_buf_free(&out);
    }
    return 0;
}
