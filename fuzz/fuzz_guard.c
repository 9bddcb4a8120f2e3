/*
 * fuzz_guard.c — libFuzzer target for the pre-parse guard (src/input/guard*.c).
 *
 * The first two bytes pick small limits; the rest is the page.  The guard's
 * output is then parsed by gumbo exactly as pith parses it, and the tree
 * must respect the limits: no element with more than max_attributes
 * attributes, and no element deeper than 2 x max_depth + 16.  The guard's
 * tree model is approximate (gumbo's template and table modes imply
 * elements it does not always count), so gumbo's depth may pass the limit
 * by a constant factor; what must never happen is a divergence that grows
 * with the input, and repeating a pattern past that bound exposes one.  A second pass of the
 * guard over its own output must find no attribute or character reference
 * left to fix.  (Its tree model is approximate, so a second pass may still
 * cut a level that the first did not need to: the bound that matters is the
 * one on gumbo's tree, checked above.)  Any violation aborts.
 */
#include <gumbo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The bound on gumbo's depth for a limit of max_depth. */
static unsigned depth_bound(unsigned max_depth)
{
    return 2 * max_depth + 16;
}

static void check_tree(const char *html, size_t len, const pith_guard_limits *lim)
{
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;
    GumboOutput *out = gumbo_parse_with_options(&opt, html, len);
    size_t cap = 64, n = 0;
    struct item { GumboNode *node; unsigned depth; } *stack = malloc(cap * sizeof *stack);
    if (!stack)
        abort();
    stack[n++] = (struct item){out->document, 0};
    while (n > 0) {
        struct item it = stack[--n];
        if (it.depth > depth_bound(lim->max_depth)) {
            fprintf(stderr, "guard: depth %u past the bound for max_depth %u\n", it.depth,
                    lim->max_depth);
            abort();
        }
        GumboVector *kids = NULL;
        if (it.node->type == GUMBO_NODE_DOCUMENT) {
            kids = &it.node->v.document.children;
        } else if (it.node->type == GUMBO_NODE_ELEMENT || it.node->type == GUMBO_NODE_TEMPLATE) {
            kids = &it.node->v.element.children;
            if (it.node->v.element.attributes.length > lim->max_attributes) {
                fprintf(stderr, "guard: %u attributes past the limit %u\n",
                        it.node->v.element.attributes.length, lim->max_attributes);
                abort();
            }
        }
        for (unsigned i = 0; kids && i < kids->length; i++) {
            if (n == cap) {
                cap *= 2;
                stack = realloc(stack, cap * sizeof *stack);
                if (!stack)
                    abort();
            }
            stack[n++] = (struct item){kids->data[i], it.depth + 1};
        }
    }
    free(stack);
    gumbo_destroy_output(&opt, out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    pith_guard_limits lim = {1 + data[0] % 24, 1 + data[1] % 8, 1 + (data[0] >> 5)};
    const char *in = (const char *)data + 2;
    size -= 2;
    pith_buf out = PITH_BUF_INIT;
    const char *res;
    size_t res_len;
    pith_guard_report rep;
    if (!pith_guard(in, size, &lim, &out, &res, &res_len, &rep))
        abort();
    check_tree(res, res_len, &lim);
    pith_buf again = PITH_BUF_INIT;
    const char *res2;
    size_t res2_len;
    pith_guard_report rep2;
    if (!pith_guard(res, res_len, &lim, &again, &res2, &res2_len, &rep2))
        abort();
    if (rep2.dropped_attributes || rep2.duplicate_attributes || rep2.fixed_charrefs) {
        fprintf(stderr, "guard: a second pass changed %#x\n", rep2.changed);
        abort();
    }
    pith_buf_free(&again);
    pith_buf_free(&out);
    return 0;
}
