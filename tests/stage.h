/*
 * stage.h — running pith's stages one by one on a page, for the tests of
 * one stage's internals (dom, clean, meta, content).
 *
 * test_stage parses html into a pith_ctx with arenas of its own and runs
 * the stages up to the one asked for; test_unstage releases it all.  The
 * finders name an element of the flat table by its class, id or tag, and
 * fail the test when there is none.
 */
#ifndef PITH_TEST_STAGE_H
#define PITH_TEST_STAGE_H

#include "testutil.h"

#include "pith.h"
#include "clean/clean.h"
#include "context.h"
#include "meta/meta.h"
#include "rules/rules.h"

/* Three paragraphs of plain news prose, for an article the stages find. */
#define PROSE1 "<p>The council met on Tuesday evening to discuss the future of the old railway " \
               "bridge, which has stood over the river since the town was founded, and which " \
               "many residents would like to see restored rather than replaced.</p>"
#define PROSE2 "<p>Engineers told the meeting that the iron frame is sound, but that the " \
               "wooden deck has rotted in several places, and that repairs would take at least " \
               "a year and cost more than the council had set aside for the work.</p>"
#define PROSE3 "<p>After a long debate the council agreed to commission a second survey, and " \
               "to put the question to a public vote in the spring, when the results of that " \
               "survey are expected to be known to everyone who wants to read them.</p>"

typedef enum test_upto {
    TEST_PARSE,    /* the flat element table, no statistics */
    TEST_STATS,    /* and its text statistics */
    TEST_PREPARE,  /* and the clean stage's first pass (categories, main path) */
    TEST_META,     /* and the metadata stage */
    TEST_CLEAN     /* and the clean stage */
} test_upto;

typedef struct test_staged {
    pith_options opt;
    pith_arena page, out;
    pith_ctx ctx;
} test_staged;

/* The whole pipeline on a page taken as the given type (the page-type
 * stage's guess left out), which must give an article: for tests of what
 * one type's extraction keeps. */
static inline pith_result *test_extract_as(const char *html, const char *pagetype,
                                           pith_favor favor)
{
    pith_options o;
    pith_options_init(&o);
    o.pagetype = pagetype;
    o.favor = favor;
    pith_result *r = pith_extract(html, strlen(html), &o);
    assert_non_null(r);
    assert_int_equal(r->status, PITH_OK);
    return r;
}

static inline void test_stage(test_staged *s, const char *html, pith_favor favor,
                              test_upto upto)
{
    pith_options_init(&s->opt);
    s->opt.favor = favor;
    pith_arena_init(&s->page, 0);
    pith_arena_init(&s->out, 0);
    memset(&s->ctx, 0, sizeof s->ctx);
    s->ctx.opt = &s->opt;
    s->ctx.arena = &s->page;
    s->ctx.out = &s->out;
    assert_int_equal(pith_rules_init(), 0);
    assert_int_equal(pith_dom_parse(&s->ctx.dom, &s->page, html, strlen(html)), 0);
    if (upto == TEST_STATS)
        pith_dom_stats(&s->ctx.dom, false);
    if (upto >= TEST_PREPARE)
        pith_clean_prepare(&s->ctx);
    if (upto >= TEST_META)
        pith_meta_extract(&s->ctx);
    if (upto >= TEST_CLEAN)
        pith_clean(&s->ctx);
}

static inline void test_unstage(test_staged *s)
{
    pith_buf_free(&s->ctx.scratch);
    pith_arena_release(&s->page);
    pith_arena_release(&s->out);
}

/* The first element whose attribute name has exactly this value. */
static inline uint32_t test_find_attr(const pith_dom *dom, const char *name, const char *value)
{
    for (uint32_t i = 0; i < dom->n; i++) {
        const char *v = pith_attr(&dom->els[i], name);
        if (v && strcmp(v, value) == 0)
            return i;
    }
    fail_msg("no element with %s=\"%s\"", name, value);
    return PITH_NO_EL;
}

static inline uint32_t test_find_class(const pith_dom *dom, const char *cls)
{
    return test_find_attr(dom, "class", cls);
}

static inline uint32_t test_find_id(const pith_dom *dom, const char *id)
{
    return test_find_attr(dom, "id", id);
}

/* The nth (from 0) element with this tag, in document order. */
static inline uint32_t test_find_tag(const pith_dom *dom, GumboTag tag, unsigned nth)
{
    for (uint32_t i = 0; i < dom->n; i++)
        if (dom->els[i].tag == tag && nth-- == 0)
            return i;
    fail_msg("no element number %u with tag %s", nth, gumbo_normalized_tagname(tag));
    return PITH_NO_EL;
}

#endif
