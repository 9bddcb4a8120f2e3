/*
 * check.c — bench --check: extraction with and without elision compared.
 *
 * For each page:
 *   1. pith_extract and pith_extract_unelided, rendered as JSON (text and
 *      metadata): the two outputs must be byte-identical;
 *   2. the page decoded as pith decodes it, parsed by gumbo as it is and
 *      after pith_elide: the two trees must be equal except for the text of
 *      elided script and style bodies (tree.h).
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
            tc->decoded = html.len;
            tc->removed = html.len - elided.len;
            if (tree_of(html.data, html.len, &ta) && tree_of(elided.data, elided.len, &tb))
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
