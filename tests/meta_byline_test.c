/*
 * meta_byline_test.c — visible bylines (meta/byline.c): which elements
 * the byline finder takes, the text it records for the author cleaner,
 * co-authors, the elements it marks as byline lines for the content
 * stage, and what it leaves alone (asides, hidden parts, links in running
 * text).
 */
#include "stage.h"

#include "meta/found.h"
#include "meta/sources.h"

static char page[8192];

/* Stage the page (body before the article's prose, inside the article
 * before its prose, body after it) up to the metadata stage's input, run
 * the byline finder alone, and list what it recorded as
 * "text [+join] [+article]; ...". */
static void bylines(test_staged *s, const char *before, const char *inside, const char *after,
                    pith_buf *out)
{
    int n = snprintf(page, sizeof page,
                     "<html><body>%s<article><h1>The bridge</h1>%s" PROSE1 PROSE2 "</article>%s"
                     "</body></html>",
                     before, inside, after);
    assert_true(n > 0 && (size_t)n < sizeof page);
    test_stage(s, page, PITH_FAVOR_BALANCED, TEST_PREPARE);
    pith_mfound f;
    pith_mfound_init(&f, &s->page);
    pith_meta_from_byline(&s->ctx, &f);
    pith_buf_clear(out);
    for (const pith_mvalue *v = f.head[PITH_MF_AUTHOR][PITH_MS_BYLINE]; v; v = v->next)
        pith_buf_printf(out, "%s%s%s; ", v->text, (v->flags & PITH_MV_JOIN) ? " +join" : "",
                        (v->flags & PITH_MV_IN_ARTICLE) ? " +article" : "");
    pith_buf_putc(out, '\0'); /* "" when nothing was found */
}

static bool marked(const test_staged *s, const char *id)
{
    return (s->ctx.dom.els[test_find_id(&s->ctx.dom, id)].flags & PITH_EL_BYLINE) != 0;
}

/* A short block that starts with a byline word, in several languages
 * (and "Contributors:"); inside the article it says so.  A name marks the
 * block as a byline line; a clause after "By" is recorded for the cleaner
 * but not marked. */
static void test_byline_words(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "", "<div><strong>Contributors:</strong> Janet Loughrey</div>", "", &out);
    assert_string_equal(out.data, "Contributors: Janet Loughrey +article; ");
    test_unstage(&s);
    bylines(&s, "<p id=von>Von Max Mustermann</p>", "<p id=by>By Jane Doe</p>",
            "<p id=clause>By taking off the top half of the bread</p>", &out);
    assert_string_equal(out.data, "Von Max Mustermann; By Jane Doe +article; "
                                  "By taking off the top half of the bread; ");
    assert_true(marked(&s, "by"));
    assert_true(marked(&s, "von"));
    assert_false(marked(&s, "clause"));
    test_unstage(&s);
    pith_buf_free(&out);
}

/* A labelled byline whose label and names the page's template wrote as
 * several text nodes; "From:" in a poster's card heads a place; a
 * poster's name classed "username" or "bigusername", or written just
 * before the poster's rank (class "usertitle"); a sentence that
 * says who wrote the page ("This post was written by"); the name in an author's box (its bio
 * is no byline). */
static void test_labelled_pieces(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "<p>by: <!-- -->Jane Doe<!-- -->,<!-- --> Dec 17, 2025</p>",
            "<p>From: Brisbane, AU</p>", "", &out);
    assert_string_equal(out.data, "by: Jane Doe , Dec 17, 2025; ");
    test_unstage(&s);
    bylines(&s, "", "<dl><dt><a class=username href=/u/2>b.scherer</a></dt></dl>", "", &out);
    assert_string_equal(out.data, "b.scherer +article; ");
    test_unstage(&s);
    bylines(&s, "", "<div><a class=bigusername href=/m/7>microfast</a></div>", "", &out);
    assert_string_equal(out.data, "microfast +article; ");
    test_unstage(&s);
    bylines(&s, "", "<dl><dt><strong>chunix64</strong></dt><dd class=usertitle>Member</dd></dl>",
            "", &out);
    assert_string_equal(out.data, "chunix64 +article; ");
    test_unstage(&s);
    bylines(&s, "", "<p>This post was written by Jane Doe, MD, a surgeon.</p>", "", &out);
    assert_string_equal(out.data, "This post was written by Jane Doe, MD, a surgeon. +article; ");
    test_unstage(&s);
    bylines(&s, "",
            "<div class=author-box><h4 class=author-box__name>Jane Doe</h4>"
            "<p class=author-box__bio>Jane writes about bridges.</p></div>",
            "", &out);
    assert_string_equal(out.data, "Jane Doe +article; ");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* The line under the headline that gives a date beside a name is the
 * byline of a page that has no other; a section's name beside the date
 * is no name, and without a date the line is a subtitle. */
static void test_dateline(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "<h1>The bridge</h1><p>Jane Doe | Senior Writer | July 2, 2025</p>", "", "",
            &out);
    assert_string_equal(out.data, "Jane Doe | Senior Writer | July 2, 2025; ");
    test_unstage(&s);
    bylines(&s, "<h1>The bridge</h1><p>24 July 2015 | From the section US &amp; Canada</p>",
            "", "", &out);
    assert_string_equal(out.data, "");
    test_unstage(&s);
    bylines(&s, "<h1>The bridge</h1><p>Town Council Decides</p>", "", "", &out);
    assert_string_equal(out.data, "");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* A reporter's title written after the name (Korean, Japanese). */
static void test_title_after_name(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "", "<p>\xED\x99\x8D\xEA\xB8\xB8\xEB\x8F\x99 \xEA\xB8\xB0\xEC\x9E\x90</p>", "",
            &out); /* 홍길동 기자 */
    assert_string_equal(out.data, "\xED\x99\x8D\xEA\xB8\xB8\xEB\x8F\x99 \xEA\xB8\xB0\xEC\x9E\x90"
                                  " +article; ");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* rel=author links: the first is the author, the links beside it are
 * co-authors (each is met again as a candidate of its own, after them); a
 * link to an author's page inside running text is not a byline. */
static void test_author_links(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s,
            "<p><a rel=author href=/p/ann>Ann Lee</a> and <a rel=author href=/p/bo>Bo Chen</a>"
            "</p>",
            "<p>The mayor, speaking after <a href=/author/kim-park>Kim Park</a> had left the "
            "meeting, said the town would wait for the survey before it decided anything.</p>",
            "", &out);
    assert_string_equal(out.data, "Ann Lee; Bo Chen +join; Bo Chen; ");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* A block classed byline that holds elements marked as authors: those
 * name the people, the rest (the agency) is not recorded.  When the block
 * names someone joined to them outside those elements ("... y <span>"),
 * the whole block is the byline. */
static void test_inner_authors(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "",
            "<div class=byline-section><span class=author>Tom Davies</span> "
            "<span class=publication>Associated Press</span></div>",
            "", &out);
    assert_string_equal(out.data, "Tom Davies +article; ");
    test_unstage(&s);
    bylines(&s, "",
            "<p>Por Steven Lee Myers, Keith Bradsher y <span class=last-byline>Tariq Panja"
            "</span></p>",
            "", &out);
    assert_string_equal(out.data, "Por Steven Lee Myers, Keith Bradsher y Tariq Panja +article; ");
    test_unstage(&s);
    /* the byline's piece that files the article (classed category or tag,
     * or a rel=tag link) is neither an author nor part of the text */
    bylines(&s, "",
            "<section class=byline><span class=byline__date>March 20, 2023</span> | "
            "<span class=byline__category><a href=/wellness>Wellness &amp; Prevention</a>"
            "</span></section>",
            "", &out);
    assert_string_equal(out.data, "March 20, 2023 | +article; ");
    test_unstage(&s);
    bylines(&s, "",
            "<p class=byline>By Jane Doe in <a rel=tag href=/t/garden>Gardening</a></p>", "",
            &out);
    assert_string_equal(out.data, "By Jane Doe in +article; ");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* "Door" opens a Dutch byline; on a page that declares no language only
 * when a given name follows it ("Door Stops & Hinges" is a shop's). */
static void test_door_without_language(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "", "<div>Door Stops &amp; Hinges</div><div>Door Jan de Vries</div>", "",
            &out);
    assert_string_equal(out.data, "Door Jan de Vries +article; ");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* Line breaks and blocks inside a byline part its pieces with " | " (on
 * the way in and out of each: the cleaner splits at every '|'). */
static void test_pieces(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "", "<div class=byline>Jane Doe<br>Harbour Health News</div>", "", &out);
    assert_string_equal(out.data, "Jane Doe | | Harbour Health News +article; ");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* Asides, hidden parts and script text hold no byline. */
static void test_left_alone(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "<aside><p>By Someone Else</p></aside><p hidden>By Hidden Person</p>", "",
            "<div class=byline style=display:none>Folded Writer</div>", &out);
    assert_string_equal(out.data, "");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* A line beside the headline (not the site's logo in an <h1>) is read
 * though its own class, or its block's in the headline's, calls it the
 * page's header (a navigation class) or a banner; one inside a <nav>, or
 * away from the headline, is not. */
static void test_beside_headline(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s, "<h1 class=logo><a href=/>Bridges Daily</a></h1><p class=page-header__meta>By John Roe</p>",
            "<p class=page-header__meta>By Jane Doe</p>", "", &out);
    assert_string_equal(out.data, "By Jane Doe +article; ");
    test_unstage(&s);
    bylines(&s, "", "<div class=hero-banner__details><p>By Jane Roe</p></div>", "", &out);
    assert_string_equal(out.data, "| By Jane Roe | +article; ");
    test_unstage(&s);
    bylines(&s, "", "<nav><p>By Jane Doe</p></nav>", "", &out);
    assert_string_equal(out.data, "");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* A byline in the headline's block, above the article's text but not
 * beside it (a hero banner's), is read as the article's; one in a block
 * of its own elsewhere on the page is not. */
static void test_headline_block(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<html><body><div class=hero><div><h1>The bridge</h1></div>"
               "<div class=info><span class=byline>by Tracy Parker</span></div></div>"
               "<div><div><div><div><div>" PROSE1 PROSE2 "</div></div></div></div></div>"
               "<div><div><span class=byline>by John Roe</span></div></div></body></html>",
               PITH_FAVOR_BALANCED, TEST_PREPARE);
    pith_mfound f;
    pith_mfound_init(&f, &s.page);
    pith_meta_from_byline(&s.ctx, &f);
    const pith_mvalue *v = f.head[PITH_MF_AUTHOR][PITH_MS_BYLINE];
    assert_non_null(v);
    assert_string_equal(v->text, "by Tracy Parker");
    assert_true(v->flags & PITH_MV_IN_ARTICLE);
    assert_non_null(v->next);
    assert_false(v->next->flags & PITH_MV_IN_ARTICLE);
    test_unstage(&s);
    /* a banner whose headline sits deep in a layout grid, its byline in a
     * block of the banner's own beside the grid: read, though too far from
     * the headline to count as beside the article */
    test_stage(&s,
               "<html><body><section class=hero-banner><div class=hero-banner__content>"
               "<div class=container><div class=row><div class=col><h1>The bridge</h1></div>"
               "</div></div><div class=hero-banner__details>"
               "<span class=hero-banner__author>By the Harbour Roasters Team</span>"
               "<span>2 minutes</span></div></div></section>"
               "<div><div><div><div><div>" PROSE1 PROSE2 "</div></div></div></div></div>"
               "</body></html>",
               PITH_FAVOR_BALANCED, TEST_PREPARE);
    pith_mfound_init(&f, &s.page);
    pith_meta_from_byline(&s.ctx, &f);
    v = f.head[PITH_MF_AUTHOR][PITH_MS_BYLINE];
    assert_non_null(v);
    assert_string_equal(v->text, "By the Harbour Roasters Team");
    test_unstage(&s);
}

/* "by" in a class marks a byline first ("by-line") or after a word of
 * posting ("posted-by"), not in a sort order, a seller's credit or a
 * hashed class name whose camel case parts it into "By". */
static void test_by_in_class(void **state)
{
    (void)state;
    test_staged s;
    pith_buf out = PITH_BUF_INIT;
    bylines(&s,
            "<span class=sort_by_ranking>Rank</span><p class=sold-by>Acme Goods</p>"
            "<div class=iDxWCyLMxpbByAmze><p>backyard habitat</p></div>"
            "<div class=byTKpB>Build Your Own Pack</div><a class=by-recent href=/r>Newest</a>",
            "<span class=posted-by>Jane Doe</span>", "", &out);
    assert_string_equal(out.data, "Jane Doe +article; ");
    test_unstage(&s);
    bylines(&s, "", "<span class=by-line>John Roe</span>", "", &out);
    assert_string_equal(out.data, "John Roe +article; ");
    test_unstage(&s);
    pith_buf_free(&out);
}

/* The class strings the byline, date and logo finders read are the same
 * whether they are normalised afresh (before the clean stage's first
 * pass) or built from the string that pass normalised (after it): with
 * and without a class, an empty class, camel case and underscores at the
 * joins, an itemprop, and a class too long to share. */
static void test_class_norm_shared(void **state)
{
    (void)state;
    test_staged s;
    test_stage(&s,
               "<body><div class='postMeta by_line' id='authorBox'>a</div>"
               "<span id='DateLine'>b</span><p class='' id='x'>c</p><i class=''>d</i>"
               "<time class='entryDate' itemprop='datePublished'>e</time>"
               "<b class=' lead' itemprop='author name'>f</b><em itemprop='x'>g</em>"
               "<u class='aVeryLongClassNameThatGoesOnAndOnAndOnAndOnAndOnAndOnAndOnAndOn"
               "AndOnAndOnAndOnAndOnAndOnAndOnAndOn'>h</u></body>",
               PITH_FAVOR_BALANCED, TEST_PARSE);
    pith_dom *dom = &s.ctx.dom;
    enum { MAX_ELS = 16, CAP = 256 };
    assert_true(dom->n <= MAX_ELS);
    char before[MAX_ELS][2][CAP];
    size_t len[MAX_ELS][2];
    for (uint32_t i = 0; i < dom->n; i++)
        for (int ip = 0; ip < 2; ip++)
            len[i][ip] = pith_meta_class_norm(&dom->els[i], ip, before[i][ip], CAP);
    pith_clean_prepare(&s.ctx);
    unsigned shared = 0;
    for (uint32_t i = 0; i < dom->n; i++) {
        shared += dom->els[i].norm != NULL;
        for (int ip = 0; ip < 2; ip++) {
            char after[CAP];
            assert_int_equal(pith_meta_class_norm(&dom->els[i], ip, after, CAP), len[i][ip]);
            assert_string_equal(after, before[i][ip]);
        }
    }
    assert_true(shared >= 6);
    test_unstage(&s);
}

/* The page's first visible <h1> with text, and the first whose text is not
 * all a link (the site's logo set as an <h1> is none), kept for the page:
 * asked again, the same answers. */
static void test_first_h1(void **state)
{
    (void)state;
    static const char html[] = "<html><body><h1 hidden id=x>Hidden</h1><h1 id=e></h1>"
                               "<h1 id=logo><a href=/>Site</a></h1><h1 id=t>The bridge</h1>"
                               "</body></html>";
    test_staged s;
    test_stage(&s, html, PITH_FAVOR_BALANCED, TEST_PREPARE);
    pith_mfound f;
    pith_mfound_init(&f, &s.page);
    const pith_dom *dom = &s.ctx.dom;
    uint32_t logo = test_find_id(dom, "logo"), t = test_find_id(dom, "t");
    for (int again = 0; again < 2; again++) {
        assert_int_equal(pith_meta_first_h1(dom, &f, true), t);
        assert_int_equal(pith_meta_first_h1(dom, &f, false), logo);
    }
    test_unstage(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_byline_words),
        cmocka_unit_test(test_title_after_name),
        cmocka_unit_test(test_labelled_pieces),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_author_links),
        cmocka_unit_test(test_inner_authors),
        cmocka_unit_test(test_door_without_language),
        cmocka_unit_test(test_pieces),
        cmocka_unit_test(test_left_alone),
        cmocka_unit_test(test_by_in_class),
        cmocka_unit_test(test_beside_headline),
        cmocka_unit_test(test_headline_block),
        cmocka_unit_test(test_class_norm_shared),
        cmocka_unit_test(test_first_h1),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
