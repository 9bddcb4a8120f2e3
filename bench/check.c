/*
 * check.c — bench --check: extraction with and without elision compared.
 *
 * For each page:
 *   1. pith_extract and pith_extract_unelided, rendered as JSON (text and
 *      metadata): the two outputs must be byte-identical;
 *   2. the page decoded as pith decodes it, parsed by gumbo as it is and
 *      after pith_elide, both through the guard as pith parses them: the
 *      two trees must be equal except for what elision removes (tree.h).
 *      Through the guard, because gumbo alone reads some markup wrongly
 *      that the guard mends ("<img a a class=x>": the attribute after a
 *      duplicate without a value is lost), and elision may cut such an
 *      attribute (an unread one) where the guard would have mended it.
 * The summary shows how many bytes elision removed and how many pages it
 * stopped on early (and why), which is where its safety rules cost speed.
 */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../include/pith.h"
#include "input/decode.h"
#include "input/elide.h"
#include "input/guard.h"
#include "tree.h"

static char *render_json(pith_result *r, size_t *n)
{
    *n = 0;
    return r ? pith_render(r, PITH_FORMAT_JSON, 0, n) : NULL;
}

/* 1: the JSON outputs agree.  Returns 0, 1 on a difference, -1 on OOM. */
static int same_output(const bench_page *p)
{
    pith_options opt;
    pith_options_init(&opt);
    pith_result *a = pith_extract(p->data, p->len, &opt);
    pith_result *b = pith_extract_unelided(p->data, p->len, &opt);
    size_t na, nb;
    char *ja = render_json(a, &na), *jb = render_json(b, &nb);
    int rc = (!ja || !jb) ? -1 : (na != nb || memcmp(ja, jb, na) != 0) ? 1 : 0;
    free(ja);
    free(jb);
    pith_result_free(a);
    pith_result_free(b);
    return rc;
}

/* The tree of html[0..len) as pith parses it: through the guard, with the
 * default limits.  False when memory ran out. */
static bool guarded_tree_of(const char *html, size_t len, pith_buf *tree)
{
    pith_guard_limits limits = {PITH_GUARD_DEFAULT_DEPTH, PITH_GUARD_DEFAULT_ATTRIBUTES,
                                PITH_GUARD_DEFAULT_FORMATTING};
    pith_guard_report report;
    pith_buf guarded = PITH_BUF_INIT;
    const char *page = NULL;
    size_t page_len = 0;
    bool ok = pith_guard(html, len, &limits, &guarded, &page, &page_len, &report) &&
              tree_of(page, page_len, tree);
    pith_buf_free(&guarded);
    return ok;
}

typedef struct tree_check {
    size_t decoded, removed;
    pith_elide_stats st;
} tree_check;

/* 2: the gumbo trees agree.  Returns 0, 1 on a difference, -1 on OOM. */
static int same_tree(const bench_page *p, tree_check *tc)
{
    pith_buf html = PITH_BUF_INIT, elided = PITH_BUF_INIT;
    pith_buf ta = PITH_BUF_INIT, tb = PITH_BUF_INIT;
    pith_decode_info info;
    int rc = -1;
    if (pith_decode(p->data, p->len, NULL, &html, &info) && html.data) {
        pith_buf_append(&elided, html.data, html.len);
        if (!elided.oom) {
            elided.len = pith_elide(elided.data, elided.len, &tc->st);
            elided.data[elided.len] = '\0'; /* as pith.c leaves it for the guard */
            tc->decoded = html.len;
            tc->removed = html.len - elided.len;
            if (guarded_tree_of(html.data, html.len, &ta) &&
                guarded_tree_of(elided.data, elided.len, &tb))
                rc = (ta.len != tb.len || memcmp(ta.data, tb.data, ta.len) != 0) ? 1 : 0;
        }
    }
    pith_buf_free(&html);
    pith_buf_free(&elided);
    pith_buf_free(&ta);
    pith_buf_free(&tb);
    return rc;
}

int bench_check_corpus(const bench_corpus *c)
{
    size_t out_diff = 0, tree_diff = 0, stopped = 0, decoded = 0, removed = 0;
    for (size_t i = 0; i < c->n; i++) {
        const bench_page *p = &c->pages[i];
        tree_check tc;
        memset(&tc, 0, sizeof tc);
        int o = same_output(p), t = same_tree(p, &tc);
        if (o < 0 || t < 0) {
            fprintf(stderr, "bench: out of memory checking %s\n", p->name);
            return -1;
        }
        decoded += tc.decoded;
        removed += tc.removed;
        if (tc.st.reason) {
            stopped++;
            printf("  %s/%s: elision stopped at byte %zu of %zu: %s\n", c->label, p->name,
                   tc.st.stopped_at, tc.decoded, tc.st.reason);
        }
        if (o) {
            out_diff++;
            printf("  %s/%s: OUTPUT DIFFERS with elision\n", c->label, p->name);
        }
        if (t) {
            tree_diff++;
            printf("  %s/%s: TREE DIFFERS with elision\n", c->label, p->name);
        }
    }
    printf("%s: %zu pages checked: output identical on %zu, tree identical on %zu; "
           "elision removed %.1f%% of %.1f MB decoded, stopped early on %zu pages\n",
           c->label, c->n, c->n - out_diff, c->n - tree_diff,
           decoded ? 100.0 * (double)removed / (double)decoded : 0.0, (double)decoded / 1e6,
           stopped);
    return (out_diff || tree_diff) ? -1 : 0;
}
