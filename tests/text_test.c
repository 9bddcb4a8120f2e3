/*
 * text_test.c — the text front end (src/text/), rule by rule: how lines
 * become blocks (page.c), how blocks are judged (judge.c), the metadata
 * lines (headline.c), the batch's line set (lineset.c), and telling text
 * from HTML (input/markup.c).
 */
#include "testutil.h"

#include "pith.h"
#include "content/units.h"
#include "input/markup.h"
#include "meta/author.h"
#include "meta/found.h"
#include "pagetype/pagetype.h"
#include "text/judge.h"
#include "text/lineset.h"
#include "text/page.h"
#include "util/arena.h"
#include "util/ascii.h"
#include "util/utf8.h"

/* ------------------------------------------------------------ helpers */

typedef struct page_fixture {
    pith_arena arena;
    pith_tpage page;
} page_fixture;

static void read_page(page_fixture *f, const char *text)
{
    pith_arena_init(&f->arena, 0);
    assert_true(pith_tpage_read(&f->page, &f->arena, text, strlen(text)));
}

static void judge_page(page_fixture *f, const char *text)
{
    read_page(f, text);
    uint32_t first, last;
    assert_true(pith_text_judge(&f->page, &f->arena, &first, &last));
}

static void done(page_fixture *f)
{
    pith_arena_release(&f->arena);
}

static const char *text_of(const page_fixture *f, uint32_t i)
{
    assert_true(i < f->page.n);
    return pith_tblock_text(&f->page, i);
}

/* The block whose text starts with prefix. */
static const pith_tblock *block_starting(const page_fixture *f, const char *prefix)
{
    for (uint32_t i = 0; i < f->page.n; i++)
        if (strncmp(text_of(f, i), prefix, strlen(prefix)) == 0)
            return &f->page.b[i];
    fail_msg("no block starts with \"%s\"", prefix);
    return NULL;
}

static char *extract_text(const char *text, const pith_options *opt)
{
    pith_result *r = pith_extract(text, strlen(text), opt);
    assert_non_null(r);
    char *out = strdup(r->text);
    pith_result_free(r);
    return out;
}

#define P1 "The council met on Tuesday evening to discuss the future of the old railway " \
           "bridge, which has stood over the river since the town was founded, and which many " \
           "residents would like to see restored rather than replaced."
#define P2 "Engineers told the meeting that the iron frame is sound, but that the wooden deck " \
           "has rotted in several places, and that repairs would take at least a year and cost " \
           "more than the council had set aside for the work."
#define P3 "After a long debate the council agreed to commission a second survey, and to put " \
           "the question to a public vote in the spring, when the results of that survey are " \
           "expected to be known to everyone who wants to read them."

/* ------------------------------------------------------------ lines to blocks */

/* Blank lines part paragraphs; each paragraph is one block. */
static void test_blank_lines_part_paragraphs(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "First paragraph here.\n\nSecond one.\n\n\n\nThird.\n");
    assert_int_equal(f.page.n, 3);
    assert_string_equal(text_of(&f, 1), "Second one.");
    assert_true(f.page.b[1].chunk_start);
    done(&f);
}

/* Without blank lines anywhere, each line is a block of its own. */
static void test_one_block_a_line(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Home\nNews\nA sentence that stands on its own line.\nAnother one here.\n");
    assert_true(f.page.one_line_blocks);
    assert_int_equal(f.page.n, 4);
    assert_string_equal(text_of(&f, 3), "Another one here.");
    done(&f);
}

/* Lines wrapped at a fixed width (lynx, w3m, fmt) are joined back: a line
 * ends its block only where the next word would have fitted on it. */
static void test_wrapped_lines_joined(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f,
              "   The council met on Tuesday evening to discuss the future of the old\n"
              "   railway bridge, which has stood over the river since the town was\n"
              "   founded, and which many residents would like to see restored.\n"
              "\n"
              "   Engineers told the meeting that the iron frame is sound, but that the\n"
              "   wooden deck has rotted in several places, and that repairs would take\n"
              "   at least a year and cost more than the council had set aside.\n"
              "\n"
              "   After a long debate the council agreed to commission a second survey,\n"
              "   and to put the question to a public vote in the spring, when the well-\n"
              "   known results of that survey are expected.\n");
    assert_int_equal(f.page.wrap, 74);
    assert_int_equal(f.page.n, 3);
    assert_string_equal(text_of(&f, 0),
                        "The council met on Tuesday evening to discuss the future of the old "
                        "railway bridge, which has stood over the river since the town was "
                        "founded, and which many residents would like to see restored.");
    /* a word broken at its hyphen is joined without a space */
    assert_non_null(strstr(text_of(&f, 2), "the well-known results"));
    done(&f);
}

/* Short lines are not taken for wrapped ones: a menu stays lines. */
static void test_short_lines_not_wrapped(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Home\nNews\nSport\nWeather\nContact\nAbout us\nJobs\nArchive\n");
    assert_int_equal(f.page.wrap, 0);
    assert_int_equal(f.page.n, 8);
    done(&f);
}

/* "- ", "* ", "• ", "1. ", "2) " start list items; nesting follows the
 * indent; "12. März" is a date, not an item. */
static void test_list_items(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "- apples\n* pears\n\xE2\x80\xA2 plums\n1. first\n2) second\n"
                  "  - inner\n12. M\xC3\xA4rz 2024\n");
    const pith_tblock *b = block_starting(&f, "apples");
    assert_int_equal(b->kind, PITH_TB_ITEM);
    assert_int_equal(b->number, -1);
    assert_int_equal(block_starting(&f, "plums")->kind, PITH_TB_ITEM);
    b = block_starting(&f, "second");
    assert_int_equal(b->kind, PITH_TB_ITEM);
    assert_int_equal(b->number, 2);
    assert_int_equal(block_starting(&f, "inner")->level, 1);
    b = block_starting(&f, "12. M");
    assert_int_equal(b->kind, PITH_TB_PARAGRAPH);
    done(&f);
}

/* An item's wrapped lines, indented under its text, belong to it. */
static void test_item_continuation(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f,
              "   Paragraph text that runs long enough to make the wrap width show up\n"
              "   clearly in this test, so that the lines after it are read as wrapped\n"
              "   lines of a text browser's output rather than as lines of their own,\n"
              "   which is what lynx and w3m write when they dump a page as text with\n"
              "   its paragraphs indented by three columns and wrapped at a width that\n"
              "   the reader of the text never sees written down anywhere in the page.\n"
              "\n"
              "     * Cut the tomatoes across the middle and squeeze the seeds and\n"
              "       jelly into the jar, then add a splash of water to the pulp.\n"
              "     * Cover the jar with paper and leave it somewhere warm for a few\n"
              "       days until a grey mould forms on the top of the water.\n");
    assert_int_equal(f.page.n, 3);
    assert_string_equal(text_of(&f, 1), "Cut the tomatoes across the middle and squeeze the "
                                        "seeds and jelly into the jar, then add a splash of "
                                        "water to the pulp.");
    assert_int_equal(f.page.b[2].kind, PITH_TB_ITEM);
    done(&f);
}

/* "# Title", a line underlined with "===" or "---", and html2text's
 * "***** Title *****" are headings; "-----" alone is a separator. */
static void test_headings_and_rules(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "# Top heading #\n\nUnderlined\n==========\n\nSecond level\n------\n\n"
                  "****** Starred ******\n\n-----\n\nText.\n");
    const pith_tblock *b = block_starting(&f, "Top heading");
    assert_int_equal(b->kind, PITH_TB_HEADING);
    assert_int_equal(b->level, 1);
    assert_string_equal(text_of(&f, 0), "Top heading");
    b = block_starting(&f, "Underlined");
    assert_int_equal(b->kind, PITH_TB_HEADING);
    assert_int_equal(b->level, 1);
    assert_int_equal(block_starting(&f, "Second level")->level, 2);
    b = block_starting(&f, "Starred");
    assert_int_equal(b->kind, PITH_TB_HEADING);
    assert_int_equal(f.page.b[4].kind, PITH_TB_RULE);
    done(&f);
}

/* Where paragraphs share an indent (lynx: three columns), a short line at
 * the margin is a heading. */
static void test_outdented_heading(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "What you need\n\n   " P1 "\n\n   " P2 "\n\nStep by step\n\n   " P3 "\n");
    assert_int_equal(block_starting(&f, "What you need")->kind, PITH_TB_HEADING);
    assert_int_equal(block_starting(&f, "Step by step")->kind, PITH_TB_HEADING);
    assert_int_equal(block_starting(&f, "The council")->kind, PITH_TB_PARAGRAPH);
    done(&f);
}

/* "> " lines are a quote. */
static void test_quote(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "She wrote:\n\n> We will not give up the bridge.\n");
    const pith_tblock *b = block_starting(&f, "We will not");
    assert_int_equal(b->kind, PITH_TB_QUOTE);
    done(&f);
}

/* lynx's link numbers, Markdown links and the placeholders text browsers
 * draw for fields and images leave the text; links are counted. */
static void test_inline_marks(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Read the [12]council minutes and the [report](https://x.example/r) "
                  "[ ] [gif] ![chart](c.png) here.[3]\n");
    assert_string_equal(text_of(&f, 0), "Read the council minutes and the report here.");
    assert_int_equal(f.page.b[0].links, 2);
    done(&f);
}

/* A link around a picture ("[![alt](src) Title](url)") or around a block
 * ("[", a heading, "](url)": Markdown converters write a card so) leaves
 * its text; a link without text ("[](/)") leaves nothing. */
static void test_links_around_pictures_and_blocks(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Read [![Chart](c.png) the report](https://x.example/r) today.[](/)\n\n[\n\n"
                  "### Two patients in hospital\n\n](https://x.example/a)\n");
    assert_string_equal(text_of(&f, 0), "Read the report today.");
    assert_int_equal(f.page.b[0].links, 1);
    assert_int_equal(f.page.n, 2);
    assert_string_equal(text_of(&f, 1), "Two patients in hospital");
    done(&f);
}

/* A picture whose address a converter broke over a blank line leaves no
 * text: its address runs to the block's end. */
static void test_picture_address_broken(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Obama speaks ![](//x.example/pixel?name=news&lang=en-\n\nGB&v=2)\n");
    assert_string_equal(text_of(&f, 0), "Obama speaks");
    done(&f);
}

/* A Markdown link's target ('](url "title")') runs past the width a
 * converter wraps at, and the lines are still found wrapped. */
static void test_wrapped_markdown_with_long_links(void **state)
{
    (void)state;
    page_fixture f;
    const char *para = "The council met on Monday to talk about the\nbridge and the roads that lead "
                       "to it from\nthe north side of the river near the old\nmill, which closed "
                       "in the spring of last\nyear after the flood had damaged it.\n\n";
    const char *link = "- [Read the minutes](https://x.example/minutes \"The minutes of the "
                       "meeting of the council\")\n";
    char text[1024];
    snprintf(text, sizeof text, "%s%s%s%s%s", para, para, link, link, link);
    read_page(&f, text);
    assert_true(f.page.wrap > 0);
    assert_string_equal(text_of(&f, 0), "The council met on Monday to talk about the bridge and the "
                                        "roads that lead to it from the north side of the river near "
                                        "the old mill, which closed in the spring of last year after "
                                        "the flood had damaged it.");
    done(&f);
}

/* Markdown's emphasis "_words_" leaves its "_"; the names of code keep
 * theirs. */
static void test_underscore_emphasis(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "He saw _Hamilton_ and _the new show_, not __init__, _private, max_len, "
                  "Err(_) or A_{ij}.\n");
    assert_string_equal(text_of(&f, 0), "He saw Hamilton and the new show, not __init__, "
                                        "_private, max_len, Err(_) or A_{ij}.");
    done(&f);
}

/* html2text draws a link's underline as "_" between its words: on a page
 * of many such runs, some of them names, one by punctuation, the "_" are
 * spaces again; the names of code and files keep theirs. */
static void test_underlined_links(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Read the council_minutes today.\n\n    * Dow_Jones_Newswires\n"
                  "    * Financial_News\n    * Mansion_Global\n\nShowers_of_2019:_'Few_hundred'_meteors\n");
    assert_string_equal(text_of(&f, 0), "Read the council minutes today.");
    assert_string_equal(text_of(&f, 1), "Dow Jones Newswires");
    assert_string_equal(text_of(&f, 4), "Showers of 2019: 'Few hundred' meteors");
    done(&f);
    read_page(&f, "Call get_user_by_id with max_length set.\n\n    * cat_thumb_Pink\n"
                  "    * cat_thumb_Coal\n    * tab_Details\n\nSee my_file.txt_Old_Copy too.\n");
    assert_string_equal(text_of(&f, 0), "Call get_user_by_id with max_length set.");
    assert_string_equal(text_of(&f, 1), "cat_thumb_Pink");
    done(&f);
}

/* The underlines are read at the least "_" a page needs: three runs (the
 * names), one run in ten lines.  Thirty lines with three runs are
 * html2text's; thirty-one are not (they would need four). */
static void check_underlines_at_the_bound(uint32_t plain_lines, bool underlined)
{
    char text[4096] = "Read Dow_Jones today.\nSee Wall_Street now.\nShot by (AP)_Photo here.\n";
    for (uint32_t i = 0; i < plain_lines; i++)
        strcat(text, "A plain line of the page.\n");
    page_fixture f;
    read_page(&f, text);
    bool spaced = false;
    for (uint32_t i = 0; i < f.page.n; i++)
        spaced = spaced || strstr(text_of(&f, i), "Dow Jones") != NULL;
    assert_true(spaced == underlined);
    done(&f);
}

static void test_underlined_links_bound(void **state)
{
    (void)state;
    check_underlines_at_the_bound(27, true);
    check_underlines_at_the_bound(28, false);
}

/* What lynx draws for an image without alt text (its file's name, a
 * tracking pixel's address), around inserted text and before a button's
 * label leaves the text; a bracketed name of another kind of file stays. */
static void test_browser_marks(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "The [INS: revised :INS] plan [blank_1x1.gif] was (BUTTON) approved "
                  "[pixel?tag=View&amp;ns=1] [photo_2.JPG] [minutes.pdf] today.\n");
    assert_string_equal(text_of(&f, 0), "The revised plan was approved [minutes.pdf] today.");
    done(&f);
}

/* lynx names an inline frame by its address: a line of its own, no text. */
static void test_frame_address(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "IFRAME: https://www.example.com/ns.html?id=GTM-1\n\n" P1 "\n\n" P2 "\n");
    const pith_tblock *b = block_starting(&f, "IFRAME");
    assert_int_equal(b->role, PITH_TR_REMOVED);
    assert_string_equal(b->rule, "url");
    done(&f);
}

/* A paragraph the page's source broke across lines (not wrapped at a
 * width) stays one block; a column of tags or entries does not. */
static void test_broken_prose_joined(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Photos\nwhich were shared online and are going round on social "
                  "media,\nshow the singer on her new tour.\n\nagua\nalerta\nambiente\n\nEnd.\n");
    assert_non_null(strstr(text_of(&f, 0), "Photos\nwhich were shared"));
    assert_string_equal(text_of(&f, 1), "agua");
    assert_string_equal(text_of(&f, 2), "alerta");
    done(&f);
}

/* Where each text node of the page is a line (no blank lines), a
 * sentence cut at its links is one block again; menu entries, even in
 * lower case, stay apart. */
static void test_inline_pieces_joined(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "The doctor died in 1910 after\nsuffering from a long winter fever\n.\n"
                  "He was buried in\nSaint Mary's Church\nnear the river.\n"
                  "Home\nNews\nabout us\nSports\n");
    assert_string_equal(text_of(&f, 0), "The doctor died in 1910 after suffering from a "
                                        "long winter fever.");
    assert_string_equal(text_of(&f, 1), "He was buried in Saint Mary's Church near the river.");
    assert_string_equal(text_of(&f, 2), "Home");
    assert_string_equal(text_of(&f, 3), "News");
    assert_string_equal(text_of(&f, 4), "about us");
    assert_string_equal(text_of(&f, 5), "Sports");
    done(&f);
    /* a headline keeps apart from the byline under it */
    read_page(&f, "Old Ferry Returns to the Harbour\nby Mark Ellison\nMay 3, 2024\nHome\n");
    assert_string_equal(text_of(&f, 0), "Old Ferry Returns to the Harbour");
    assert_string_equal(text_of(&f, 1), "by Mark Ellison");
    done(&f);
}

/* lynx's list of link targets at the end is found. */
static void test_lynx_references(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "   Some text.\n\nReferences\n\n   Visible links:\n   1. https://a.example/\n"
                  "   2. https://b.example/\n");
    assert_true(f.page.references < f.page.n);
    assert_string_equal(text_of(&f, f.page.references), "References");
    done(&f);
}

/* A page's own bibliography under "References" is no list of lynx's:
 * its first item is no address, and its wrapped lines show the width
 * the page was wrapped at (here the only lines that do).  It is the list
 * at the page's end all the same.  lynx's list without a "Visible links:"
 * line opens with an address. */
static void test_bibliography_is_no_link_list(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "   Some text.\n\nReferences\n\n"
                  "    1. Doe J, Roe R, Poe E. Sleep, work and health in later life: a study\n"
                  "       of ten thousand people over twenty years in three towns. J Health.\n"
                  "       2012;3:247-53.\n"
                  "    2. Poe E, Doe J. Night shifts and the heart: what the nurses of three\n"
                  "       hospitals told us about their sleep, their work and their health.\n"
                  "       Lancet. 2015;9:11-19.\n"
                  "    3. Roe R. Shift work: a review of the studies of the last fifty years\n"
                  "       and of what they found about sleep, the heart and the mind. BMJ.\n"
                  "       2018;7:1-9.\n");
    assert_int_equal(f.page.wrap, 75);
    assert_string_equal(text_of(&f, f.page.references), "References");
    done(&f);
    read_page(&f, "   Some text.\n\nReferences\n\n   1. android-app://example.app/x\n"
                  "   2. https://b.example/\n");
    assert_string_equal(text_of(&f, f.page.references), "References");
    done(&f);
}

/* lynx's list of link targets tells nothing of the width the page was
 * wrapped at: share links with spaces ("...?text=Ten Easy Projects")
 * would read as long lines that could have been broken, and items
 * numbered past 999 as lines with no mark. */
static void test_references_leave_the_wrap_width(void **state)
{
    (void)state;
    char text[16000];
    size_t n = (size_t)snprintf(
        text, sizeof text, "%s",
        "   The harbour board met on Monday to hear why the new pier, opened only\n"
        "   last spring, has begun to lean towards the channel after the storms of\n"
        "   the winter.\n"
        "\n"
        "   Divers who looked at the piles found that two of them stand on soft mud\n"
        "   rather than on the rock the plans had shown, and that the tide has\n"
        "   washed sand from under a third.\n"
        "\n"
        "   The board will ask the builders to come back and mend the pier at their\n"
        "   own cost, and will close it to the public until the work is done, which\n"
        "   may take until the summer.\n"
        "\nReferences\n\n   Visible links:\n");
    for (int i = 1; i <= 4; i++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "   %d. https://share.example/pin?description=Ten Easy Wood "
                              "Projects For A Weekend&url=https://a.example/%d\n", i, i);
    for (int i = 996; i <= 1003; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, " %d. https://a.example/%d\n", i, i);
    page_fixture f;
    read_page(&f, text);
    assert_int_equal(f.page.wrap, 75);
    assert_string_equal(text_of(&f, 0),
                        "The harbour board met on Monday to hear why the new pier, opened only "
                        "last spring, has begun to lean towards the channel after the storms of "
                        "the winter.");
    done(&f);
}

/* lynx's list of link targets is no part of the page: however long, it
 * leaves the page's last part (a box of other stories' teasers, more
 * words than the article) at the page's edge, where prose weighs less, and
 * the article's run is the one that opens with its headline. */
static void test_references_leave_the_edge(void **state)
{
    (void)state;
    static const char *teasers[] = {
        "A second story tells at some length how the harbour of a town further down the "
        "coast was dredged last summer, and why the fishermen were not asked about it.",
        "A third story says that the library will open on Sundays from next month, after "
        "the volunteers who run its reading room offered to keep the doors open.",
        "A fourth story follows the school choir to a festival in the north, where the "
        "children sang in a cathedral and came home with a prize for their singing.",
        "A fifth story asks why the buses to the hospital stop running at seven, when the "
        "nurses of the late shift still need a way to get to their work."};
    char text[24000];
    size_t n = 0;
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "Section %02d\n\n", i);
    n += (size_t)snprintf(text + n, sizeof text - n, "%s\n\n%s\n\n%s\n\n", P1, P2, P3);
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "Topic %02d\n\n", i);
    for (int i = 0; i < 4; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s\n\n", teasers[i]);
    n += (size_t)snprintf(text + n, sizeof text - n, "References\n\n   Visible links:\n");
    for (int i = 1; i <= 150; i++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "  %d. https://news.example/stories/2019/%04d/a-long-address\n", i, i);
    page_fixture f;
    read_page(&f, text);
    uint32_t first, last;
    assert_true(pith_text_judge(&f.page, &f.arena, &first, &last));
    assert_ptr_equal(&f.page.b[first], block_starting(&f, "The council"));
    done(&f);
}

/* A box of other stories inside the article, as lynx writes it: its
 * headlines are links (lynx's numbered marks), and one that ends as a
 * sentence does ("... Britain!") is a line of the box still: the article
 * runs on over the box. */
static void test_box_of_linked_headlines(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, P1 "\n\n" P2 "\n\nRelated articles\n\n"
                  "   * [12]Plague of mosquitos to hit Britain!\n"
                  "   * [13]Scientists find the root of all evil\n\n" P3 "\n\n"
                  "The survey is to start in May, and the bridge will stay open to walkers "
                  "while it goes on, though cars and vans will have to use the new road to "
                  "the north of the town for a few weeks.\n");
    uint32_t first, last;
    assert_true(pith_text_judge(&f.page, &f.arena, &first, &last));
    assert_ptr_equal(&f.page.b[first], block_starting(&f, "The council"));
    assert_ptr_equal(&f.page.b[last], block_starting(&f, "The survey"));
    assert_int_equal(block_starting(&f, "Plague of")->role, PITH_TR_REMOVED);
    done(&f);
}

/* Headlines capitalise their long words; sentences do not. */
static void test_title_case(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Home Depot Sales Miss, Shares Plunge After Earnings\n\n"
                  "The retailer said sales were lower than expected this quarter.\n");
    assert_true(f.page.b[0].title_case);
    assert_false(f.page.b[1].title_case);
    assert_true(f.page.b[1].sentence_end);
    done(&f);
}

/* What a block's measure counts, counted a character at a time: its
 * characters (bytes but spaces and line breaks), words (a CJK character
 * one of its own), and its runs of four letters or more, and how many of
 * them start with a capital. */
typedef struct plain_count {
    uint32_t chars, words, long_words, capitalised;
} plain_count;

static void end_run(plain_count *c, uint32_t *letters, bool capital)
{
    if (*letters >= 4) {
        c->long_words++;
        c->capitalised += capital;
    }
    *letters = 0;
}

static plain_count count_plainly(const char *s, size_t n)
{
    plain_count c = {0, 0, 0, 0};
    bool in_word = false, capital = false;
    uint32_t letters = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        assert_true(k > 0);
        i += (size_t)k;
        c.chars += cp == ' ' || cp == '\n' ? 0 : (uint32_t)k;
        bool ascii = cp < 0x80, cjk = cp >= 0x0E00 && pith_is_cjk_cp(cp);
        bool word = ascii ? pith_ascii_is_alnum((char)cp) : pith_is_word_cp(cp) && !cjk;
        bool letter = ascii ? pith_ascii_is_alpha((char)cp) || cp == '_' : pith_is_word_cp(cp);
        c.words += cjk || (word && !in_word);
        in_word = word;
        if (!letter) {
            end_run(&c, &letters, capital);
            continue;
        }
        if (letters++ == 0)
            capital = pith_lower_cp(cp) != cp;
    }
    end_run(&c, &letters, capital);
    return c;
}

/* measure reads ASCII eight bytes at a time and the rest a character at a
 * time: on lines that mix them at every offset, and outrun 64 bytes, its
 * counts and folded hash are those of a plain count. */
static void test_measure_counts(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "a", "Bc", "Defg", "hijkl", "Mnopqr", "_", "7", "42", " ", " ", ",", ".", "-",
        "\xC3\xA9", "\xC3\x89" "cole", "\xC3\x9F", "\xE4\xB8\xAD", "\xE6\x96\x87",
        "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "Title", "Case",
    };
    char text[64 * 1024];
    size_t len = 0;
    uint32_t seed = 12345;
    for (int line = 0; line < 200; line++) {
        seed = seed * 1103515245u + 12345u;
        int count = 1 + (int)(seed >> 16) % 90;
        text[len++] = 'x'; /* no list or heading mark opens the line */
        for (int k = 0; k < count; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
            memcpy(text + len, p, strlen(p));
            len += strlen(p);
        }
        memcpy(text + len, "\n\n", 2);
        len += 2;
    }
    text[len] = '\0';
    page_fixture f;
    read_page(&f, text);
    assert_true(f.page.n > 100);
    for (uint32_t i = 0; i < f.page.n; i++) {
        const pith_tblock *b = &f.page.b[i];
        const char *s = text_of(&f, i);
        plain_count c = count_plainly(s, b->len);
        assert_int_equal(b->chars, c.chars);
        assert_int_equal(b->words, c.words);
        assert_int_equal(b->title_case,
                         c.long_words >= 3 && c.capitalised * 4 >= c.long_words * 3);
        assert_true(b->hash == pith_tblock_fold_hash(s, b->len));
    }
    done(&f);
}

/* ------------------------------------------------------------ judgement */

static const char news[] =
    "The Daily Bugle\n\nHome\n\nWorld\n\nSport\n\nBusiness\n\nOpinion\n\n"
    "Bridge Repairs Will Take a Year\n\nBy Jane Doe\n\nMarch 3, 2024\n\n"
    P1 "\n\nAdvertisement\n\n" P2 "\n\n" P3 "\n\n"
    "You May Also Like\n\nFerry Fares Rise Again\n\nNew Bike Lanes Approved\n\n"
    "Copyright 2024 The Daily Bugle. All rights reserved.\n";

/* The phrase rules of src/rules/ remove what they remove in HTML. */
static void test_phrases_removed(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, news);
    const pith_tblock *b = block_starting(&f, "Advertisement");
    assert_int_equal(b->role, PITH_TR_REMOVED);
    assert_string_equal(b->rule, "phrase:ad");
    assert_string_equal(block_starting(&f, "Copyright")->rule, "phrase:copyright");
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    done(&f);
}

/* The article is the run of prose; the menu before it and the teasers
 * after the related heading are not. */
static void test_article_run(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, news);
    assert_int_equal(block_starting(&f, "The council")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    const pith_tblock *b = block_starting(&f, "Sport");
    assert_int_equal(b->role, PITH_TR_REMOVED);
    assert_string_equal(b->rule, "before-article");
    b = block_starting(&f, "Ferry Fares");
    assert_int_equal(b->role, PITH_TR_REMOVED);
    assert_string_equal(b->rule, "related");
    done(&f);
}

#define P4 "The survey will be paid for from the roads budget, which has money left over " \
           "after a mild winter."
#define P5 "Residents who want to speak at the next meeting are asked to write to the clerk " \
           "before the end of the month."
#define ARTICLE P1 "\n\n" P2 "\n\n" P3 "\n\n" P4 "\n\n" P5 "\n\n"

/* The article said again further down (a print version, a copy for small
 * screens): the later copy goes, the first stays. */
static void test_article_copy(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, ARTICLE "Share this\n\nPrint version\n\n" ARTICLE);
    uint32_t kept = 0, copies = 0;
    for (uint32_t i = 0; i < f.page.n; i++) {
        kept += f.page.b[i].role == PITH_TR_KEPT;
        copies += f.page.b[i].rule && strcmp(f.page.b[i].rule, "copy") == 0;
    }
    assert_int_equal(copies, 5);
    assert_int_equal(kept, 5);
    assert_int_equal(block_starting(&f, "The council")->role, PITH_TR_KEPT);
    done(&f);
}

/* ... but three paragraphs said again (a section repeated, a summary) are
 * no copy of the article. */
static void test_short_stretch_no_copy(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, P1 "\n\n" P2 "\n\n" P3 "\n\nIn short\n\n" P1 "\n\n" P2 "\n\n" P3 "\n");
    for (uint32_t i = 0; i < f.page.n; i++)
        assert_true(!f.page.b[i].rule || strcmp(f.page.b[i].rule, "copy") != 0);
    done(&f);
}

/* A label that opens another part of the page ends the article: prose
 * after "Comments" is not the article's. */
static void test_end_marker(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, P1 "\n\n" P2 "\n\nComments\n\n" P3 "\n");
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_REMOVED);
    done(&f);
}

/* ... but a label among share buttons is a button, not a heading. */
static void test_marker_in_share_row(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, P1 "\n\nFacebook\n\nComments\n\nTwitter\n\n" P2 "\n\n" P3 "\n");
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    done(&f);
}

/* Lines over readers' comments mark a comment section. */
static void test_comment_headers(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, P1 "\n\n" P2 "\n\nMilan Harrow on September 5, 2018 at 3:26 pm said:\n\n" P3
                   "\n\nAlex says:\n\n" P1 " Again.\n");
    assert_string_equal(block_starting(&f, "Milan")->rule, "comment-header");
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    done(&f);
}

/* A run of short lines without sentences inside the article is a menu. */
static void test_menu_inside(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, P1 "\n\nHome\n\nNews\n\nSport\n\nWeather\n\nJobs\n\n" P2 "\n\n" P3 "\n");
    const pith_tblock *b = block_starting(&f, "Weather");
    assert_int_equal(b->role, PITH_TR_REMOVED);
    assert_string_equal(b->rule, "menu");
    done(&f);
}

/* Lines the batch repeats go, unless they are most of the page's prose
 * (then the page is a copy of another, and keeps its text). */
static void test_repeated_lines(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "Site Name\n\n" P1 "\n\n" P2 "\n\nA site blurb that every page shows, and "
                  "which says nothing about this story at all.\n");
    for (uint32_t i = 0; i < f.page.n; i++)
        f.page.b[i].repeated = i == 0 || i == 3;
    uint32_t first, last;
    assert_true(pith_text_judge(&f.page, &f.arena, &first, &last));
    assert_string_equal(block_starting(&f, "A site blurb")->rule, "repeated");
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    done(&f);

    read_page(&f, P1 "\n\n" P2 "\n\n" P3 "\n");
    for (uint32_t i = 0; i < f.page.n; i++)
        f.page.b[i].repeated = true;
    assert_true(pith_text_judge(&f.page, &f.arena, &first, &last));
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    done(&f);
}

/* A page without prose keeps what no rule removed. */
/* A short post before a long comment thread: the comments' label ends the
 * article, though the thread holds more prose than the post. */
static void test_comments_follow_article(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\nBlog\n\n" P1 "\n\n" P2 "\n\n12 Comments\n\n" P3 "\n\n"
                   P1 " Again.\n\n" P2 " Again.\n\n" P3 " Again.\n\n" P1 " Once more.\n\n"
                   P2 " Once more.\n\n" P3 " Once more.\n\n" P1 " Yes.\n\n" P2 " Yes.\n");
    assert_int_equal(block_starting(&f, "The council met")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_REMOVED);
    done(&f);
}

/* ... and when the comments' prose outweighs their label, the run that
 * holds the article still ends at the label. */
static void test_run_ends_at_comments(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\nBlog\n\n" P1 " " P2 "\n\n" P2 " " P3 "\n\n" P3 " " P1
                   "\n\n12 Comments\n\nJane\n\nMay 4, 2024 at 9:12 am\n\nWell said. " P1 " " P3
                   "\n\nTom\n\nMay 4, 2024 at 9:40 am\n\nI agree. " P2 " " P1
                   "\n\nAnn\n\nMay 5, 2024 at 7:02 pm\n\nNot so. " P3 " " P2 "\n");
    assert_int_equal(block_starting(&f, "The council met")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Jane")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "Well said")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "Not so")->role, PITH_TR_REMOVED);
    done(&f);
}

/* A comment count in the byline row, the article right under it, opens no
 * comments: the run over it is the article. */
static void test_comment_count_over_article(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\nBlog\n\n" P3 " " P1 "\n\n" P2 " " P3 "\n\nWeather\n\nBy Jane Doe\n\nMay 3, 2024\n\n"
                   "11 Comments\n\n" P1 " " P2 "\n\n" P2 " " P3 "\n\n" P3 " " P1 " Again.\n");
    assert_int_equal(block_starting(&f, "The council met")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    done(&f);
}

/* A bare "Response" or "Comment" inside the article (a heading, a
 * table's column) counts nothing: the article runs on over it. */
static void test_bare_label_inside_article(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\nBlog\n\n" P1 " " P2 "\n\n" P2 " " P3 "\n\nResponse\n\nStatus\n\n"
                   "Headers\n\n" P3 " " P1 "\n\n" P1 " " P3 "\n");
    assert_int_equal(block_starting(&f, "The council met on Tuesday evening to discuss the future "
                                        "of the old railway bridge, which has stood over the river "
                                        "since the town was founded, and which many residents would "
                                        "like to see restored rather than replaced. After")->role,
                     PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    done(&f);
}

/* Items of a feed after the article, each under its date or time (a
 * live ticker, teasers of other stories): the first stamp after the
 * article ends it. */
#define ITEM1 "The mayor opened the new library on the corner of Station Road this morning, " \
              "to the applause of a crowd of children."
#define ITEM2 "Ferry fares will rise by five per cent from the first of May, the operator " \
              "said in a statement on its website."
#define ITEM3 "A second bakery has opened in the market square, where the old bank stood " \
              "empty for more than ten years."
static void test_feed_after_article(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "March 3, 2024\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\n14:10\n\n" ITEM1
                   "\n\n13:54\n\n" ITEM2 "\n\n13:43\n\n" ITEM3 "\n");
    assert_int_equal(block_starting(&f, "The council")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "The mayor")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "A second bakery")->role, PITH_TR_REMOVED);
    done(&f);
}

/* A box of related stories inside the article, its paragraphs going on
 * under it: the box goes, the article goes on; a list of related stories
 * after the article (a headline and a sentence each) stays out. */
static void test_related_box_inside(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\n" P1 "\n\n" P2 " " P3 "\n\nRelated\n\nBridge Repairs Begin In Spring\n\n"
                   "Council Votes On New Budget\n\n" P3 " " P1 "\n\n" P2 "\n\nRelated\n\n"
                   "Ferry Fares Rise Again\n\n" ITEM2 "\n\nLibrary Opens On Station Road\n\n" ITEM1 "\n");
    assert_int_equal(block_starting(&f, "The council met")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Bridge Repairs")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Engineers told the meeting that the iron frame is sound, "
                                        "but that the wooden deck has rotted in several places, and "
                                        "that repairs would take at least a year and cost more than "
                                        "the council had set aside for the work.")->role,
                     PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Ferry fares")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "The mayor")->role, PITH_TR_REMOVED);
    done(&f);
}

/* The box may hold a line of headlines run together (no sentence), may
 * open with a "Read more" line before its label, and may stand under the
 * article's lead: the paragraphs on both sides are the article's. */
static void test_related_box_shapes(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\n" P1 "\n\n" P2 "\n\nRelated\n\nFerry Fares Rise Again In May | "
                   "Bike Lanes Approved For Sea Front | Harbour Wall Repairs Delayed Again\n\n"
                   P3 "\n\n" P4 "\n\nContact us\n");
    assert_int_equal(block_starting(&f, "Ferry Fares")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "The survey")->role, PITH_TR_KEPT);
    done(&f);
    judge_page(&f, "Home\n\n" P1 "\n\n" P2 "\n\nRead more: Ferry fares rise again in May\n\n"
                   "Related\n\nBike Lanes Approved\n\n" P3 "\n\n" P4 "\n\nContact us\n");
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "The survey")->role, PITH_TR_KEPT);
    done(&f);
    judge_page(&f, "Home\n\n" P1 " " P4 "\n\nRelated\n\nFerry Fares Rise Again\n\n"
                   "Bike Lanes Approved\n\n" P2 "\n\n" P3 "\n\n" P5 "\n\nContact us\n");
    assert_int_equal(block_starting(&f, "The council met")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Bike Lanes")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "Home")->role, PITH_TR_REMOVED);
    done(&f);
}

/* A newsletter's sign-up box inside the article is a box like a related
 * one: the article goes on under it. */
static void test_newsletter_box_inside(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\n" P1 "\n\n" P2 "\n\nNewsletter\n\nSign up\n\n" P3 "\n\n" P4 " " P1
                   "\n\n" P5 " " P2 "\n\nContact us\n");
    assert_int_equal(block_starting(&f, "Home")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "The council met")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Newsletter")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Residents")->role, PITH_TR_KEPT);
    done(&f);
}

/* A list after the article, one item a line, the items written alike (a
 * tour's dates under their heading) is the article's; headlines of other
 * stories after it, written alike too but long and without figures, are
 * not. */
static void test_alike_list(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\nTour dates:\n\n"
                   "June 9 - Tampa, FL @ Harbour Arena\n\nJune 12 - Atlanta, GA @ Park Hall\n\n"
                   "June 15 - Nashville, TN @ Bridge Arena (formerly City Hall)\n\n"
                   "June 18 - Raleigh, NC @ Oak Theatre\n\nShare this\n\nFacebook\n");
    assert_int_equal(block_starting(&f, "June 9")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "June 15")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "June 18")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Home")->role, PITH_TR_REMOVED);
    done(&f);
    judge_page(&f, "Home\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\n"
                   "Storm warning: ferries cancelled along the whole coast until the weekend\n\n"
                   "Council budget: libraries to open on Sundays again from the spring\n\n"
                   "Road works: the bridge will close for repairs over the whole summer\n\n"
                   "Facebook\n");
    assert_int_equal(block_starting(&f, "Storm warning")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "Road works")->role, PITH_TR_REMOVED);
    done(&f);
}

/* ... but posts alike, each under its date, are all the page's content (a
 * forum thread), and a table's dated rows are no stamps. */
static void test_alike_dated_posts(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "March 3, 2024\n\n" P1 "\n\n" P2 "\n\nMarch 4, 2024\n\n" P2 " Again.\n\n" P3
                   "\n\nMarch 5, 2024\n\n" P3 " Again.\n\n" P1 " Again.\n");
    assert_int_equal(block_starting(&f, "The council")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "The council met on Tuesday evening to discuss the future "
                                        "of the old railway bridge, which has stood over the river "
                                        "since the town was founded, and which many residents would "
                                        "like to see restored rather than replaced. Again.")->role,
                     PITH_TR_KEPT);
    done(&f);
    judge_page(&f, P1 "\n\n" P2 "\n\n" P3 "\n\n2024-03-01 18:00 | 404 | 0\n\n" ITEM1
                   "\n\n2024-03-01 17:59 | 400 | 24\n\n" ITEM2
                   "\n\n2024-03-01 17:58 | 500 | 2\n\n" ITEM3 "\n");
    assert_int_equal(block_starting(&f, "The mayor")->role, PITH_TR_KEPT);
    done(&f);
}

/* A footer's legal notice is one long paragraph of sentences as text; it
 * reserves rights, and does not outweigh an article of short paragraphs
 * with captions and labels between them. */
#define SHORT_PARA(x) "The bridge " x " was the subject of a long report, which the council read on Monday.\n\n"
static void test_legal_notice(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\nNews\n\n" SHORT_PARA("survey") "Photo gallery\n\n" SHORT_PARA("deck")
                   "Watch the video\n\n" SHORT_PARA("frame") "Advertisement\n\n" SHORT_PARA("repair")
                   "Related topics\n\nBridges\n\nCouncil\n\nTown\n\n"
                   "Market data is provided by an outside supplier and is delayed by fifteen minutes. "
                   "All times are local. Copyright 2024 Example Market Data Inc. All Rights "
                   "Reserved. The index names used on this page are registered trademarks of their "
                   "owners and are used under licence, and the publisher and its suppliers make no "
                   "warranty as to the accuracy of the figures shown. Reproduction of any part of "
                   "this data in any form is prohibited without the written consent of the owners, "
                   "who reserve all rights in it, and nothing on this page is advice to buy or sell "
                   "any security. Certain market data is the property of the exchanges and their "
                   "licensors, and all rights in it are reserved.\n");
    assert_int_equal(block_starting(&f, "The bridge deck")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Market data")->role, PITH_TR_REMOVED);
    done(&f);
}

/* Captions among the article's paragraphs, known by the picture's credit
 * that closes them, go; the paragraphs on both sides stay.  The same page
 * with blank lines between blocks, one block a line, and as lynx -dump
 * writes it (indented, wrapped at 72 columns). */
#define CAPTION "Engineers inspect the deck of the old railway bridge on Tuesday, March 3, 2024. (AP Photo/Jane Doe)"
static void check_captions(const char *text)
{
    page_fixture f;
    judge_page(&f, text);
    assert_int_equal(block_starting(&f, "The council")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    const pith_tblock *b = block_starting(&f, "Engineers inspect");
    assert_int_equal(b->role, PITH_TR_REMOVED);
    assert_string_equal(b->rule, "caption");
    b = block_starting(&f, "Jane Doe/Getty");
    assert_int_equal(b->role, PITH_TR_REMOVED);
    assert_string_equal(b->rule, "caption");
    done(&f);
}

static void test_captions(void **state)
{
    (void)state;
    check_captions("Home\n\n" P1 "\n\n" CAPTION "\n\n" P2 "\n\nJane Doe/Getty Images\n\n" P3 "\n");
    check_captions("Home\n" P1 "\n" CAPTION "\n" P2 "\nJane Doe/Getty Images\n" P3 "\n");
    check_captions("   Home\n\n"
                   "   The council met on Tuesday evening to discuss the future of the old\n"
                   "   railway bridge, which has stood over the river since the town was\n"
                   "   founded, and which many residents would like to see restored rather\n"
                   "   than replaced.\n\n"
                   "   Engineers inspect the deck of the old railway bridge on Tuesday, March\n"
                   "   3, 2024. (AP Photo/Jane Doe)\n\n"
                   "   " P2 "\n\n   Jane Doe/Getty Images\n\n   " P3 "\n");
    /* a paragraph that names its source as it ends is no caption */
    page_fixture f;
    judge_page(&f, P1 "\n\n" P2 " Source: the council's annual report\n\n" P3 "\n");
    assert_int_equal(block_starting(&f, "Engineers told")->role, PITH_TR_KEPT);
    done(&f);
}

/* The credits agencies close captions with when they hand on another's
 * picture or one from their archive end a caption; a caption over the
 * article, between its headline and its text, is none of the page's
 * prose (the short article stays an article, not a page of many parts
 * that keeps everything) and not its headline. */
#define FILE_CAPTION                                                                      \
    "In this March 3, 2019, file photo, made available by the council, engineers inspect " \
    "the deck of the old railway bridge over the river before the vote on its future. "    \
    "(Town Council via AP, File)"
static void test_agency_captions(void **state)
{
    (void)state;
    static const char *const credits[] = {
        "Engineers on the bridge, Tuesday, March 3, 2024. (Jane Doe/The Courier via AP)",
        "The old bridge in 1950. (NASA via AP, File)", "The bridge. (AP Photo, File)",
        "El puente en 1950. (Foto de archivo)", "Die Brücke im Jahr 1950. (Archivbild)",
        "Le pont en 1950. (Photo d'archives)"};
    for (size_t i = 0; i < sizeof credits / sizeof *credits; i++)
        assert_true(pith_rules_ends_with_credit(credits[i], strlen(credits[i])));
    static const char *const prose[] = {"He sent the pictures via AP.",
                                        "The files came (via a friend) on Monday."};
    for (size_t i = 0; i < sizeof prose / sizeof *prose; i++)
        assert_false(pith_rules_ends_with_credit(prose[i], strlen(prose[i])));
    static const char page[] = "Home\n\nNews\n\nSport\n\nWeather\n\n"
                               "Bridge Repairs Will Take a Year\n\n" FILE_CAPTION "\n\n"
                               "March 4, 2024\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\n"
                               "Top Video\n\nWeather today\n\nSport tonight\n\nTraffic\n";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_string_equal(r->pagetype, "article");
    assert_string_equal(r->title, "Bridge Repairs Will Take a Year");
    assert_null(strstr(r->text, "via AP"));
    assert_non_null(strstr(r->text, "After a long debate"));
    assert_null(strstr(r->text, "Top Video"));
    pith_result_free(r);
}

/* A box about the writer after the article: "About Jane Doe" over a
 * biography that names her ends the article, however long the biography
 * (it outweighs the label); a heading of the article that names no one
 * the paragraph under it names is no such box. */
#define BIO(name)                                                                               \
    name " is a freelance writer based in the river town, where she has covered the council, "  \
         "its bridges and its budgets for more than twenty years. Her work has appeared in the " \
         "regional papers and in several magazines about engineering and local history, and "   \
         "she is the author of two books about the railways of the valley, the second of which " \
         "won a prize for local history in the year it was published."
static void test_about_box(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\nNews\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\nAbout Jane Doe\n\n" BIO(
                       "Jane Doe") "\n\nFacebook\n\nTwitter\n");
    assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Jane Doe is")->role, PITH_TR_REMOVED);
    assert_true(block_starting(&f, "About Jane")->about_box);
    done(&f);
    judge_page(&f, "Home\n\nNews\n\n" P1 "\n\n" P2 "\n\nÜber Jane Doe\n\nAls Redakteurin "
                   "schreibt Jane Doe seit zwanzig Jahren über die Brücken der Stadt.\n\n" P3 "\n");
    assert_true(block_starting(&f, "Über Jane")->about_box);
    done(&f);
    /* a heading of the article, "About Us", a name the paragraph does not say */
    judge_page(&f, "Home\n\n" P1 "\n\nAbout Town Hall Meetings\n\n" P2
                   "\n\nAbout Us\n\nUs and them, the council said.\n\nAbout Jane Doe\n\n" BIO(
                       "The writer") "\n");
    assert_false(block_starting(&f, "About Town")->about_box);
    assert_false(block_starting(&f, "About Us")->about_box);
    assert_false(block_starting(&f, "About Jane")->about_box);
    assert_int_equal(block_starting(&f, "Engineers told")->role, PITH_TR_KEPT);
    done(&f);
}

/* A table written one cell a line inside the article (a scraper's text
 * of a table of standings) is no menu: half of its cells are figures, of
 * several lengths.  A menu of years, a list of codes and a pager's
 * numbers counting up are short lines of figures too, and go. */
#define STANDINGS(sep)                                                                   \
    "Pos." sep "Team" sep "Points" sep "Wins" sep "1" sep "Harbour Rovers" sep "127" sep "9" \
    sep "2" sep "Valley United" sep "124" sep "8" sep "3" sep "Town Athletic" sep "119" sep  \
    "6" sep "4" sep "Mill Lane" sep "87" sep "2" sep
static void test_table_cells(void **state)
{
    (void)state;
    static const char *const pages[] = {
        "Home\n\nNews\n\nSport\n\nWeather\n\nContact\n\n" P1 "\n\n" P2 "\n\n" STANDINGS("\n\n") P3
        "\n\n(c) 2024 The Courier. All rights reserved.\n",
        "Home\nNews\nSport\nWeather\nContact\n" P1 "\n" P2 "\n" STANDINGS("\n") P3
        "\n(c) 2024 The Courier. All rights reserved.\n",
    };
    for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
        page_fixture f;
        judge_page(&f, pages[k]);
        assert_int_equal(block_starting(&f, "Harbour Rovers")->role, PITH_TR_KEPT);
        assert_int_equal(block_starting(&f, "127")->role, PITH_TR_KEPT);
        assert_int_equal(block_starting(&f, "Pos.")->role, PITH_TR_KEPT);
        assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
        done(&f);
    }
    static const char *const menus[] = {
        "2024\n\n2023\n\n2022\n\n2021\n\nArchive\n\n", /* years, all of one length */
        "90210\n\nBeverly Hills\n\n90011\n\nLos Angeles\n\n92602\n\nIrvine\n\n", /* codes */
        "1\n\n2\n\n3\n\n4\n\n5\n\nNext\n\n", /* a pager */
    };
    for (size_t k = 0; k < sizeof menus / sizeof *menus; k++) {
        char page[2048];
        snprintf(page, sizeof page, "Home\n\n%s\n\n%s\n\n%s%s\n", P1, P2, menus[k], P3);
        page_fixture f;
        judge_page(&f, page);
        const char *nl = strchr(menus[k], '\n');
        char cell[16];
        snprintf(cell, sizeof cell, "%.*s", (int)(nl - menus[k]), menus[k]);
        const pith_tblock *b = block_starting(&f, cell);
        assert_int_equal(b->role, PITH_TR_REMOVED);
        assert_string_equal(b->rule, "menu");
        assert_int_equal(block_starting(&f, "After a long")->role, PITH_TR_KEPT);
        done(&f);
    }
}

/* A grid of products written one line a field (a card's name, its
 * colour, its price) is short lines in a row as a menu is; a price every
 * few lines makes it cards, which stay (prices written in many shapes:
 * no label comes back to make the page records). */
static void test_priced_cards_no_menu(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Canvas Tote\n\nSand\n\n$48.00\n\nField Pouch\n\nOlive\n\n$9.50\n\n"
                   "Roll-Top Pack\n\nCharcoal\n\n$196.00\n\nLeather Keyring\n\nTan\n\n"
                   "$15.00\n\nMarket Basket\n\nNatural\n\n$1,064.00\n\nCycling Cap\n\nNavy\n\n"
                   "$7.95\n\nTrail Bottle\n\nSlate\n\n$127.00\n\nWaxed Apron\n\nRust\n\n"
                   "$2,058.00\n\nWool Blanket\n\nHeather\n\n$120.00\n");
    assert_int_equal(block_starting(&f, "Canvas Tote")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "$48.00")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Wool Blanket")->role, PITH_TR_KEPT);
    done(&f);
}

/* Block starting with prefix was removed, by rule. */
static void assert_removed_by(const page_fixture *f, const char *prefix, const char *rule)
{
    const pith_tblock *b = block_starting(f, prefix);
    assert_int_equal(b->role, PITH_TR_REMOVED);
    assert_string_equal(b->rule, rule);
}

/* A page of many parts (a service's sections) keeps every block, but not
 * the titles a label of other stories ("Related articles") heads; a
 * "Read more" under every card is a card's link, and the cards stay. */
#define SERVICE_HEAD "Brightline Bookkeeping\n\nHome\n\nServices\n\nPricing\n\nContact\n\n"
#define SERVICE_FEATURES                                                      \
    "Bank feeds\n\nCard feeds\n\nReceipts by e-mail\n\nMonthly statements\n\n" \
    "Quarterly reviews\n\nYear-end close\n\n"
#define SERVICE_BOOKS                                                      \
    "We reconcile your bank and card accounts every month and send you a " \
    "profit and loss statement you can read in five minutes.\n\n"
#define SERVICE_TAX                                                                \
    "When the year ends we hand your accountant a clean set of books, so the " \
    "return takes days instead of weeks.\n\n"
#define SERVICE_PAGE                                                                     \
    SERVICE_HEAD "Books that close themselves\n\n" SERVICE_BOOKS SERVICE_FEATURES          \
        "Payroll without the worry\n\n" P2 "\n\n" SERVICE_FEATURES "Ready for tax season\n\n" \
            SERVICE_TAX
static void test_related_list_on_service_page(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, SERVICE_PAGE "Related articles\n\n"
                   "Five receipts every cafe owner forgets\n\n"
                   "How to read a cash flow statement\n\n"
                   "Payroll deadlines for the coming year\n");
    assert_int_equal(f.page.type, PITH_PAGE_SERVICE);
    assert_removed_by(&f, "Five receipts", "related-list");
    assert_removed_by(&f, "Payroll deadlines", "related-list");
    assert_int_equal(block_starting(&f, "When the year")->role, PITH_TR_KEPT);
    done(&f);
    /* a line longer than a title ends the list */
    judge_page(&f, SERVICE_PAGE "Related articles\n\nFive receipts every cafe owner forgets\n\n"
                   "Receipts for milk, for the window cleaner and for the card reader's paper "
                   "rolls and for the parking at the wholesale market all count towards "
                   "expenses\n\nHow to read a cash flow statement\n");
    assert_removed_by(&f, "Five receipts", "related-list");
    assert_int_equal(block_starting(&f, "Receipts for milk")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "How to read")->role, PITH_TR_KEPT);
    done(&f);
    judge_page(&f, SERVICE_PAGE "Guides\n\n"
                   "Five receipts every cafe owner forgets\n\nRead more\n\n"
                   "How to read a cash flow statement\n\nRead more\n\n"
                   "Payroll deadlines for the coming year\n\nRead more\n");
    assert_int_equal(block_starting(&f, "How to read")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Payroll deadlines")->role, PITH_TR_KEPT);
    done(&f);
    /* a numbered label is an entry of a table of contents */
    judge_page(&f, SERVICE_PAGE "7 See also\n\n"
                   "8 Receipts every cafe owner forgets\n\n9 External links\n");
    assert_int_equal(block_starting(&f, "8 Receipts")->role, PITH_TR_KEPT);
    done(&f);
}

/* The shop's control on every card ("Add to cart", "Compare": a card
 * label, rules/card_labels.c) goes, among records and on a page whose
 * labels make no records; the cards' names, lines and prices stay, and so
 * does a label each card holds that is no control ("Fair trade"). */
#define TEA_CARD(name, price) name "\n\nFair trade\n\n" price "\n\nAdd to cart\n\n"
static void test_card_labels_among_records(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, TEA_CARD("Morning Sencha", "$9.50") TEA_CARD("Lakeside Gyokuro", "$18.00")
                       TEA_CARD("Rice Genmaicha", "$7.25") TEA_CARD("Roasted Hojicha", "$8.00")
                       TEA_CARD("Dragon Well", "$12.40") TEA_CARD("Jasmine Pearls", "$15.00"));
    assert_removed_by(&f, "Add to cart", "card-label");
    assert_int_equal(block_starting(&f, "Dragon Well")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Fair trade")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "$7.25")->role, PITH_TR_KEPT);
    done(&f);
    /* not records (one stretch holds most of the text): the labels go too */
    judge_page(&f, P1 "\n\n" P2 "\n\nAdd to cart\n\n" P3 "\n\nAdd to cart\n\n"
                   "The bridge reopens in May.\n\nAdd to cart\n\nTolls stay as they are.\n\n"
                   "Add to cart\n\nThe ferry runs until then.\n");
    assert_removed_by(&f, "Add to cart", "card-label");
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    done(&f);
    /* a forum's button under every post */
    judge_page(&f, "jane_k\n\n" P1 "\n\nReply\n\nmarco\n\n" P2 "\n\nReply\n\nsue\n\n" P3
                   "\n\nReply\n\ntom\n\nThe ferry runs until then.\n\nReply\n");
    assert_removed_by(&f, "Reply", "post-button");
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    done(&f);
}

/* A forum post's profile field and a Q&A answer's button, repeated under
 * every post ("Location", "Improve this answer"), go like its "Reply"; a
 * line with one word more is no button. */
static void test_post_fields_among_records(void **state)
{
    (void)state;
    static const char *const fields[] = {"Location", "Views", "Commented",
                                         "Improve this answer", "Thread starter", "Aufrufe"};
    for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++) {
        page_fixture f;
        char text[4096];
        snprintf(text, sizeof text,
                 "jane_k\n\n%s\n\n" P1 "\n\nmarco\n\n%s\n\n" P2 "\n\nsue\n\n%s\n\n" P3
                 "\n\ntom\n\n%s\n\nThe ferry runs until then.\n",
                 fields[k], fields[k], fields[k], fields[k]);
        judge_page(&f, text);
        assert_removed_by(&f, fields[k], "post-button");
        done(&f);
    }
    assert_false(pith_author_is_interface_line("Location of the new stadium", 27));
}

/* Among records, a count on a line of its own (an answer's votes, a
 * member's posts) goes; a price, a rating, figures side by side (a
 * table's row) and a year over its events stay. */
static void test_lone_counts_among_records(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "13\n\n" P1 "\n\nReply\n\njane_k\n\n2,994\n\n" P2 "\n\nReply\n\n"
                   "$9.50\n\n" P3 "\n\nReply\n\n4.5\n\nThe ferry runs until then.\n\n"
                   "Reply\n\n120\n\n36\n\nTolls stay as they are.\n\nReply\n\n1947\n\n"
                   "The harbour opened.\n\nReply\n");
    assert_removed_by(&f, "13", "record-count");
    assert_removed_by(&f, "2,994", "record-count");
    assert_int_equal(block_starting(&f, "$9.50")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "4.5")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "120")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "36")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "1947")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    done(&f);
}

/* A page of records (a label repeated over each entry) keeps every
 * record, but not the captions among them that end with a picture's
 * credit. */
#define RECORD(k)                                                                    \
    "Council news item " k "\n\nThe council met on Tuesday evening to discuss item " k \
    " of the old railway bridge, which has stood over the river since the town was "  \
    "founded.\n\nEngineers inspect the deck on Tuesday. (AP Photo/Jane Doe)\n\n"       \
    "Filed under Town Hall\n\n"
static void test_captions_among_records(void **state)
{
    (void)state;
    static const char page[] = RECORD("1") RECORD("2") RECORD("3") RECORD("4") RECORD("5");
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_string_equal(r->pagetype, "listing");
    assert_non_null(strstr(r->text, "discuss item 5"));
    assert_null(strstr(r->text, "AP Photo"));
    pith_result_free(r);
}

/* A promotion of a sentence or two over a grid of products, each card
 * with its price: the page is its grid, and the promotion goes; a short
 * article over a list of links (no prices) keeps its run. */
#define TILE(name) name "\n\nFired twice.\n\n4.5 stars (12)\n\n$18.00\n\nAdd to cart\n\n"
static void test_grid_outweighs_run(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\nShop\n\nFree delivery on every order over fifty pounds, this week "
                   "only. Orders placed by noon leave the studio the same day.\n\nHome > Kitchen"
                   "\n\nBowls and plates\n\nFilter\n\nColour\n\nPrice\n\nSort by: Featured\n\n"
                   TILE("Blue bowl") TILE("Ash plate") TILE("Moss jug") TILE("Sand cup")
                   TILE("Rust vase") TILE("Salt dish") TILE("Fern mug") TILE("Tide tray")
                   TILE("Slate pot") "Load more\n\nTerms of use\n\nPrivacy\n");
    assert_int_not_equal(block_starting(&f, "Moss jug")->role, PITH_TR_REMOVED);
    assert_int_not_equal(block_starting(&f, "Slate pot")->role, PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "Free delivery")->role, PITH_TR_REMOVED);
    done(&f);
}

/* A collection's intro of a few sentences over its grid of cards: the
 * article's run is the intro and the first cards (their blurbs are
 * sentences), and the cards after them stay too: the intro is no
 * article over its readers' comments. */
#define CARD(name, blurb) name "\n\n" blurb "\n\n$12.00\n\nAdd to basket\n\n"
#define CARDS                                                                               \
    CARD("Oak desk lamp", "A warm light for long evenings of reading, with a linen shade. "   \
                          "It stands on a base of solid oak, turned by hand.")                \
    CARD("Linen cushion", "Soft, washable and made to last for years on a busy sofa. Its "    \
                          "cover comes off with a hidden zip.")                               \
    CARD("Stoneware mug", "Handmade.") CARD("Wool throw", "Handmade.")                       \
    CARD("Cedar tray", "Handmade.") CARD("Clay vase", "Handmade.")                           \
    CARD("Rush basket", "Handmade.") CARD("Tin lantern", "Handmade.")                        \
    CARD("Birch stool", "Handmade.") CARD("Jute rug", "Handmade.")
static void test_intro_over_records(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\nShop\n\nAbout\n\nHome goods\n\n" P1 "\n\n" P2
                   "\n\nOur bestsellers\n\nSort by\n\n" CARDS "Terms of use\n\nPrivacy\n");
    assert_int_equal(block_starting(&f, "The council")->role, PITH_TR_KEPT);
    assert_int_not_equal(block_starting(&f, "Stoneware mug")->role, PITH_TR_REMOVED);
    assert_int_not_equal(block_starting(&f, "Jute rug")->role, PITH_TR_REMOVED);
    done(&f);
}

/* A long line that is no sentence, said three times on one page after a
 * different line each time (a picture's alternative text under each
 * teaser, as lynx prints it), goes, every copy; the lines of a stretch
 * said again in order (a plan for each day) stay, and so do lines that
 * differ in their figures only. */
#define ALT "- Bridge repairs will take a year, council told after a long survey of the deck"
static void test_said_often(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Home\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\nMore news\n\n" ALT
                   "\n\nFerry fares rise again from May\n\n" ALT
                   "\n\nNew bike lanes for the sea front\n\n" ALT "\n\nLibrary opens next week\n");
    assert_int_equal(block_starting(&f, "Bridge repairs")->role, PITH_TR_REMOVED);
    assert_string_equal(block_starting(&f, "Bridge repairs")->rule, "said-often");
    done(&f);
#define DAY(d)                                                                               \
    "Day " d "\n\nBreakfast: two eggs, a slice of toast and a cup of tea with milk and honey\n\n" \
    "Lunch: a bowl of soup with bread\n\n"
    judge_page(&f, "Home\n\n" P1 "\n\n" DAY("one") DAY("two") DAY("three") P2 "\n\n" P3 "\n");
    assert_int_not_equal(block_starting(&f, "Breakfast:")->role, PITH_TR_REMOVED);
    done(&f);
#define ITEM(k) "Regarding item " k " under the old bridge, the survey found that the deck was\n\n"
    judge_page(&f, "Home\n\n" P1 "\n\nNote one\n\n" ITEM("11111") "Note two\n\n" ITEM("22222")
                   "Note three\n\n" ITEM("33333") P2 "\n\n" P3 "\n");
    const pith_tblock *b = block_starting(&f, "Regarding item 22222");
    assert_true(b->role != PITH_TR_REMOVED || strcmp(b->rule, "said-often") != 0);
    done(&f);
}

/* An article that goes on with a numbered list of short items, each
 * with its shop's address under it: the list is the article's, to its
 * last item; a list of the most read stories under its label is not.
 * Blank lines between blocks, one block a line, and lynx -dump's layout. */
#define GIFTS(sep, ind)                                                              \
    ind "1) Kit Costruzioni 40213 Gru Portuale" sep ind "http://shop.example/a1" sep     \
    ind "2) Rotaie 518230 Pista Elettrica" sep  ind "http://shop.example/b2" sep      \
    ind "3) Harbour Lights The Long Cut" sep ind "http://shop.example/c3" sep           \
    ind "4) Hasbro Gaming Taboo" sep ind "http://shop.example/d4" sep
static void check_numbered_list(const char *text)
{
    page_fixture f;
    judge_page(&f, text);
    assert_int_equal(block_starting(&f, "The council")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Kit Costruzioni")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Hasbro Gaming")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Ferry Fares")->role, PITH_TR_REMOVED);
    done(&f);
}

static void test_numbered_list_after_article(void **state)
{
    (void)state;
    check_numbered_list("Home\n\n" P1 "\n\n" P2 "\n\n" GIFTS("\n\n", "")
                        "Most Read\n\n1. Ferry Fares Rise Again\n\n2. New Bike Lanes Approved\n\n"
                        "3. Library Opens On Station Road\n");
    check_numbered_list("Home\n" P1 "\n" P2 "\n" GIFTS("\n", "")
                        "Most Read\n1. Ferry Fares Rise Again\n2. New Bike Lanes Approved\n"
                        "3. Library Opens On Station Road\n");
    check_numbered_list("   Home\n\n   " P1 "\n\n   " P2 "\n\n" GIFTS("\n\n", "    ")
                        "   Most Read\n    1. Ferry Fares Rise Again\n    2. New Bike Lanes Approved\n"
                        "    3. Library Opens On Station Road\n");
}

/* Text already cleaned (an extractor's output): the article goes on
 * with short lines (a schedule, a recipe's steps) and nothing a page's
 * furniture leaves follows them: they are the article's, in each layout.
 * Short lines before a copyright line are a page's tail, and go. */
#define SCHEDULE(sep, ind)                                               \
    ind "Tour dates" sep ind "June 9: Coral Sky Amphitheatre, West Palm Beach" sep   \
    ind "June 10: Credit Union Park, Tampa Bay" sep                                    \
    ind "June 12: Riverside Arena, Charlotte North" sep                                \
    ind "June 13: Harbour Pavilion, Camden and Philadelphia" sep                       \
    ind "June 15: Lakeside Theatre, Holmdel New Jersey" sep
#define PLAIN_LINES(sep)                                                        \
    "Tour dates" sep "June 9 at Coral Sky" sep "June 10 at Credit Union Park" sep \
    "June 12 at Riverside Arena" sep "June 15 at Lakeside Theatre" sep
static void check_clean_tail(const char *text, int kept)
{
    page_fixture f;
    judge_page(&f, text);
    assert_int_equal(block_starting(&f, "The council")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "June 12")->role, kept ? PITH_TR_KEPT : PITH_TR_REMOVED);
    assert_int_equal(block_starting(&f, "June 15")->role, kept ? PITH_TR_KEPT : PITH_TR_REMOVED);
    done(&f);
}

static void test_clean_text_keeps_its_tail(void **state)
{
    (void)state;
    check_clean_tail(P1 "\n\n" P2 "\n\n" P3 "\n\n" SCHEDULE("\n\n", ""), 1);
    check_clean_tail(P1 "\n" P2 "\n" P3 "\n" SCHEDULE("\n", ""), 1);
    check_clean_tail("   " P1 "\n\n   " P2 "\n\n   " P3 "\n\n" SCHEDULE("\n\n", "   "), 1);
    check_clean_tail(P1 "\n\n" P2 "\n\n" P3 "\n\n" PLAIN_LINES("\n\n")
                     "\u00a9 2024 Town Gazette. All rights reserved.\n", 0);
    check_clean_tail(P1 "\n" P2 "\n" P3 "\n" PLAIN_LINES("\n")
                     "\u00a9 2024 Town Gazette. All rights reserved.\n", 0);
    /* a list written alike is the article's on any page (over_alike_list) */
    check_clean_tail(P1 "\n" P2 "\n" P3 "\n" SCHEDULE("\n", "")
                     "\u00a9 2024 Town Gazette. All rights reserved.\n", 1);
}

/* A forum thread as text: each post under the same labels ("Re: ...",
 * "Reply"); every post is the page's content, the short ones too, not
 * only the one long post the heaviest run would keep.  The same thread as
 * one block a line and as lynx -dump writes it (indented, link numbers,
 * the post's buttons on one line). */
#define THREAD_POST(name, day, text) \
    "Re: Bridge repairs\n\nby " name " » " day " May 2024, 10:12\n\n" text "\n\nReply\n\n"
static void check_thread(page_fixture *f)
{
    assert_int_equal(block_starting(f, "I walked over it")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(f, "The council met")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(f, "After a long")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(f, "Same here, the")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(f, "Does anyone know")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(f, "They said spring")->role, PITH_TR_KEPT);
}

/* lynx -dump: indented, wrapped at 72 columns, links numbered */
#define LYNX_POST(name, day, text) \
    "   Re: Bridge repairs\n\n   by [5]" name " » " day " May 2024, 10:12\n\n   " text \
    "\n\n   [6]Reply [7]Quote\n\n"
#define LYNX_P1 "The council met on Tuesday evening to discuss the future of the old\n" \
    "   railway bridge, which has stood over the river since the town was\n" \
    "   founded, and which many residents would like to see restored rather\n   than replaced."
#define LYNX_P2 "Engineers told the meeting that the iron frame is sound, but that the\n" \
    "   wooden deck has rotted in several places, and that repairs would take\n" \
    "   at least a year and cost more than the council had set aside for the\n   work."
#define LYNX_P3 "After a long debate the council agreed to commission a second survey,\n" \
    "   and to put the question to a public vote in the spring, when the\n" \
    "   results of that survey are expected to be known to everyone who wants\n" \
    "   to read them."
static void test_thread_records(void **state)
{
    (void)state;
    page_fixture f;
    static const char blank[] =
        "Home\n\nForums\n\nSearch\n\nLog in\n\n"
        THREAD_POST("jane", "3", "I walked over it yesterday and the deck does look rotten.")
        THREAD_POST("tom", "3", P1) THREAD_POST("ann", "4", P2) THREAD_POST("bob", "4", P3)
        THREAD_POST("tom", "5", P2 " Again.")
        THREAD_POST("ann", "6", "Same here, the boards creak under a bike.")
        THREAD_POST("bob", "6", "Does anyone know when the survey starts?")
        THREAD_POST("jane", "7", "They said spring, after the vote.")
        "Terms of use\n\nPrivacy\n";
    judge_page(&f, blank);
    check_thread(&f);
    assert_int_equal(block_starting(&f, "Log in")->role, PITH_TR_REMOVED);
    done(&f);
    /* one block a line */
    char lines[sizeof blank];
    size_t n = 0;
    for (size_t i = 0; blank[i]; i++)
        if (!(blank[i] == '\n' && blank[i + 1] == '\n'))
            lines[n++] = blank[i];
    lines[n] = '\0';
    judge_page(&f, lines);
    check_thread(&f);
    done(&f);
    judge_page(&f,
               "   [1]Home [2]Forums [3]Search [4]Log in\n\n"
               LYNX_POST("jane", "3", "I walked over it yesterday and the deck does look rotten.")
               LYNX_POST("tom", "3", LYNX_P1) LYNX_POST("ann", "4", LYNX_P2)
               LYNX_POST("bob", "4", LYNX_P3) LYNX_POST("tom", "5", LYNX_P2 " Again.")
               LYNX_POST("ann", "6", "Same here, the boards creak under a bike.")
               LYNX_POST("bob", "6", "Does anyone know when the survey starts?")
               LYNX_POST("jane", "7", "They said spring, after the vote.")
               "   [20]Terms of use [21]Privacy\n");
    check_thread(&f);
    done(&f);
}

/* ... but an article over a feed of other stories' headlines, each under
 * the same byline, is an article: the feed holds none of the prose. */
#define TEASER(x) "Council news item " x " and what the mayor said of it\n\nBy Staff Writer\n\n"
static void test_article_over_labelled_feed(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "By Staff Writer\n\n" P1 "\n\n" P2 "\n\n" P3 "\n\n" TEASER("alpha")
                   TEASER("bravo") TEASER("charlie") TEASER("delta") TEASER("echo")
                   TEASER("foxtrot") TEASER("golf") TEASER("hotel") TEASER("india")
                   TEASER("juliett") TEASER("kilo") TEASER("lima") TEASER("mike")
                   TEASER("november") TEASER("oscar") TEASER("papa") TEASER("quebec")
                   TEASER("romeo") TEASER("sierra") TEASER("tango"));
    assert_int_equal(block_starting(&f, "Engineers")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Council news item golf ")->role, PITH_TR_REMOVED);
    done(&f);
}

/* A page whose best run holds little prose is no article (a product, a
 * listing): its lines are its content, all but the boilerplate. */
static void test_little_prose_keeps_page(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Garden chair, oiled teak\n\nThis chair is made of oiled teak from managed "
                   "forests and will last for many summers in your garden.\n\nSeat height 45 cm"
                   "\n\nWidth 60 cm\n\nWeight 7 kg\n");
    assert_int_equal(block_starting(&f, "This chair")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Seat height")->role, PITH_TR_KEPT);
    assert_int_equal(block_starting(&f, "Weight")->role, PITH_TR_KEPT);
    done(&f);
}

static void test_no_prose_fallback(void **state)
{
    (void)state;
    char *t = extract_text("Opening hours\n\nMonday to Friday 9-17\n\nSaturday 10-14\n", NULL);
    assert_non_null(strstr(t, "Monday to Friday 9-17"));
    free(t);
}

/* ------------------------------------------------------------ metadata lines */

/* The headline, the byline and the date line become metadata and leave
 * the text. */
static void test_metadata_lines(void **state)
{
    (void)state;
    pith_result *r = pith_extract(news, strlen(news), NULL);
    assert_non_null(r);
    assert_int_equal(r->status, PITH_OK);
    assert_string_equal(r->title, "Bridge Repairs Will Take a Year");
    assert_string_equal(r->author, "Jane Doe");
    assert_string_equal(r->date, "2024-03-03");
    assert_string_equal(r->language, "en");
    assert_null(strstr(r->text, "Bridge Repairs"));
    assert_null(strstr(r->text, "By Jane Doe"));
    pith_result_free(r);
}

/* The headline stands over the date line; a longer caption between the
 * date and the text is not the title, and a name alone is not one. */
static void test_headline_over_date(void **state)
{
    (void)state;
    static const char page[] =
        "Home\n\nNews\n\nBridge Repairs Will Take a Year\n\n24 July 2015\n\n"
        "Media caption The mayor told reporters on the riverbank that the bridge would "
        "reopen\n\n" P1 "\n\n" P2 "\n\n" P3 "\n";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_string_equal(r->title, "Bridge Repairs Will Take a Year");
    assert_string_equal(r->date, "2015-07-24");
    pith_result_free(r);
    static const char named[] = "Vincent Vallet\n\nMarch 3, 2024\n\n" P1 "\n\n" P2 "\n";
    r = pith_extract(named, strlen(named), NULL);
    assert_non_null(r);
    assert_null(r->title);
    pith_result_free(r);
}

/* A name alone over the date line, or under it, or a reading time away,
 * is the byline; a name with no date beside it is not. */
static void test_name_by_date(void **state)
{
    (void)state;
    static const char over[] = "Home\n\nBridge Repairs Will Take a Year\n\nJane Doe\n\n"
                               "March 3, 2024\n\n" P1 "\n\n" P2 "\n";
    pith_result *r = pith_extract(over, strlen(over), NULL);
    assert_non_null(r->author);
    assert_string_equal(r->author, "Jane Doe");
    assert_null(strstr(r->text, "Jane Doe"));
    pith_result_free(r);
    static const char under[] = "Bridge Repairs Will Take a Year\n\nUpdated March 3, 2024\n\n"
                                "Marisol Quintero\n\n" P1 "\n\n" P2 "\n";
    r = pith_extract(under, strlen(under), NULL);
    assert_non_null(r->author);
    assert_string_equal(r->author, "Marisol Quintero");
    pith_result_free(r);
    static const char timed[] = "Home\n\nBridge Repairs Will Take a Year\n\nJane Doe\n\n"
                                "9 min read\n\nUpdated March 3, 2024\n\n" P1 "\n\n" P2 "\n";
    r = pith_extract(timed, strlen(timed), NULL);
    assert_non_null(r->author);
    assert_string_equal(r->author, "Jane Doe");
    pith_result_free(r);
    static const char alone[] = "Bridge Repairs Will Take a Year\n\nJane Doe\n\n" P1 "\n\n"
                                P2 "\n";
    r = pith_extract(alone, strlen(alone), NULL);
    assert_null(r->author);
    pith_result_free(r);
}

/* A "By" a scraper glued to the name labels it all the same, with no
 * date beside it. */
static void test_glued_by_label(void **state)
{
    (void)state;
    static const char page[] = "Bridge Repairs Will Take a Year\n\nByMarisol Quintero\n\n" P1
                               "\n\n" P2 "\n";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r->author);
    assert_string_equal(r->author, "Marisol Quintero");
    assert_null(strstr(r->text, "Quintero"));
    pith_result_free(r);
}

/* The headline over the date line may stand more than sixteen lines
 * above the text, over a share row and a picture's credits. */
static void test_headline_far_over_date(void **state)
{
    (void)state;
    static const char page[] =
        "Home\n\nBridge Repairs Will Take a Year\n\nLink 1\n\nLink 2\n\nLink 3\n\n"
        "Link 4\n\nLink 5\n\nLink 6\n\nLink 7\n\nLink 8\n\nLink 9\n\nLink 10\n\n"
        "Link 11\n\nLink 12\n\nLink 13\n\nLink 14\n\nLink 15\n\nLink 16\n\n"
        "Link 17\n\nLink 18\n\nMarch 3, 2024\n\n" P1 "\n\n" P2 "\n\n" P3 "\n";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->title);
    assert_string_equal(r->title, "Bridge Repairs Will Take a Year");
    pith_result_free(r);
}

/* The date pith reads from the text page, NULL for none, is want. */
static void assert_text_date(const char *page, const char *want)
{
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_string_equal(r->date ? r->date : "none", want ? want : "none");
    pith_result_free(r);
}

/* A date line more than sixteen lines over the text, above a share row
 * and a picture's credits, is the page's date when none is nearer ("6th":
 * an ordinal day), and so is one fifty lines up, over a long list of tags;
 * a bare date seventy lines up, further than a header reaches, is not, but
 * a line a publication label opens is, when no label dates the article
 * further down: the judge took the start far from the header; an update
 * label's line that far up is not. */
static void test_date_far_over_text(void **state)
{
    (void)state;
#define LINKS_10 "Link\n\nLink\n\nLink\n\nLink\n\nLink\n\nLink\n\nLink\n\nLink\n\n" \
                 "Link\n\nLink\n\n"
#define TEXT P1 "\n\n" P2 "\n\n" P3 "\n"
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n"
                     "Posted on November 6th, 2025\n\n" LINKS_10 LINKS_10 TEXT,
                     "2025-11-06");
    assert_text_date("Home\n\nPosted on November 6th, 2025\n\n" LINKS_10 LINKS_10 LINKS_10
                     LINKS_10 LINKS_10 TEXT,
                     "2025-11-06");
    assert_text_date("Home\n\nNovember 6th, 2025\n\n" LINKS_10 LINKS_10 LINKS_10 LINKS_10
                     LINKS_10 LINKS_10 LINKS_10 TEXT,
                     NULL);
    assert_text_date("Home\n\nPosted on November 6th, 2025\n\n" LINKS_10 LINKS_10 LINKS_10
                     LINKS_10 LINKS_10 LINKS_10 LINKS_10 TEXT,
                     "2025-11-06");
    assert_text_date("Home\n\nPublished: Nov. 19, 2025\n\nLink\n\nPublished: Nov. 2, 2025\n\n"
                     LINKS_10 LINKS_10 LINKS_10 LINKS_10 LINKS_10 LINKS_10 LINKS_10 TEXT,
                     "2025-11-02");
    assert_text_date("Home\n\nUpdated November 6th, 2025\n\n" LINKS_10 LINKS_10 LINKS_10
                     LINKS_10 LINKS_10 LINKS_10 LINKS_10 TEXT,
                     NULL);
}

/* With no date line near the article's start nor a label, the page's
 * first date line that a post's stamp shares, a reading time or a count
 * of comments, dates the page, however far from the start: its header's;
 * not an update's, nor a list's cards each stamped so, nor a comment's
 * own header ("Comment•Aug 14, 2025"). */
static void test_stamped_date_line(void **state)
{
    (void)state;
    assert_text_date("Home\n\nDec 18, 2025 \xe2\x8b\x85 10 min read\n\n" LINKS_10 LINKS_10
                     LINKS_10 LINKS_10 LINKS_10 LINKS_10 LINKS_10 TEXT,
                     "2025-12-18");
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n" TEXT LINKS_10 LINKS_10
                     "June 9, 2020 \xc2\xb7 6 Comments\n\nShare\n",
                     "2020-06-09");
    assert_text_date("Home\n\nLast Updated: Dec 17, 2025 \xe2\x80\xa2 5 min read\n\n"
                     LINKS_10 LINKS_10 LINKS_10 LINKS_10 LINKS_10 LINKS_10 LINKS_10 TEXT,
                     NULL);
    assert_text_date("Home\n\nDec 18, 2025 \xe2\x8b\x85 10 min read\n\nLink\n\n"
                     "Dec 12, 2025 \xe2\x8b\x85 4 min read\n\n" LINKS_10 LINKS_10 LINKS_10
                     LINKS_10 LINKS_10 LINKS_10 LINKS_10 TEXT,
                     NULL);
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n" TEXT LINKS_10 LINKS_10
                     "Comment \xe2\x80\xa2 Aug 14, 2025\n\nShare\n",
                     NULL);
}

/* A thread's header or a credit that a date and a full stop close is a
 * date line ("started by quietfern, May 26, 2025."); a sentence that a
 * date closes, with no byline word or with a deadline's "by", is not. */
static void test_credit_closed_by_date(void **state)
{
    (void)state;
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n"
                     "Discussion in 'Local Roads' started by quietfern, May 26, 2025.\n\n" TEXT,
                     "2025-05-26");
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n"
                     "Reviewed by Jane Doe, Transport Correspondent at the Harbour Gazette, "
                     "on December 9, 2024.\n\n" TEXT,
                     "2024-12-09");
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n"
                     "The council will put it to a vote on 4th July 2024.\n\n" TEXT,
                     NULL);
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n"
                     "Book by December 30, 2025, for travel through December 31 2025.\n\n" TEXT,
                     NULL);
}

/* A byline's line of credits that holds the date is the page's date when
 * no date line is near; a sentence that names a day is not one. */
static void test_date_in_credits_line(void **state)
{
    (void)state;
    assert_text_date("Home\n\nBy Jane Doe, Transport Correspondent - Updated Sep 9, 2025 at "
                     "1:00 PM EST | Fact-checked by John Roe\n\n"
                     "Bridge Repairs Will Take a Year\n\n" TEXT,
                     "2025-09-09");
    assert_text_date("Home\n\nThe council first said on Sep 9, 2025 that the old bridge would "
                     "close for a year.\n\nBridge Repairs Will Take a Year\n\n" TEXT,
                     NULL);
#undef TEXT
#undef LINKS_10
}

/* With no date line near the article's start, a line under it that a
 * publication label opens is the page's date ("Posted on ..." closing a
 * post), and so is the date line under such a label alone; an update
 * label's date is the date only when no publication label dates the page,
 * even further down. */
static void test_labelled_date_under_text(void **state)
{
    (void)state;
#define TEXT P1 "\n\n" P2 "\n\n" P3 "\n\n"
#define LINKS_10 "Link\n\nLink\n\nLink\n\nLink\n\nLink\n\nLink\n\nLink\n\nLink\n\n" \
                 "Link\n\nLink\n\n"
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n" TEXT LINKS_10 LINKS_10
                     "Posted on November 6th, 2025\n\nShare\n",
                     "2025-11-06");
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n" TEXT LINKS_10 LINKS_10
                     "Published on\n\nOct 31, 2025\n\nShare\n",
                     "2025-10-31");
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n" TEXT LINKS_10 LINKS_10
                     "Last updated: November 13, 2025\n\nShare\n",
                     "2025-11-13");
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n" TEXT LINKS_10 LINKS_10
                     "Updated November 23, 2013\n\nLink\n\nPosted\n\nJuly 10, 2004\n",
                     "2004-07-10");
    /* a label with no date under it dates nothing */
    assert_text_date("Home\n\nBridge Repairs Will Take a Year\n\n" TEXT LINKS_10 LINKS_10
                     "Published on\n\nOur blog\n",
                     NULL);
#undef LINKS_10
#undef TEXT
}

/* The title pith reads from the text page holds want. */
static void assert_text_title(const char *page, const char *want)
{
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->title);
    assert_string_equal(r->title, want);
    pith_result_free(r);
}

/* The title pith reads from the text page written by head, line and
 * tail (three paragraphs after it) holds want. */
static void assert_title_around(const char *head, const char *line, const char *tail,
                                const char *want)
{
    char page[2048];
    snprintf(page, sizeof page, "%s%s%s" P1 "\n\n" P2 "\n\n" P3 "\n", head, line, tail);
    assert_text_title(page, want);
}

/* A headline over its standfirst: the line over the byline is the deck
 * when it reads as a sentence, or a trail ending in the line above; a
 * date line, a trail or a search box's hint over it is no headline. */
static void test_headline_over_deck(void **state)
{
    (void)state;
    assert_text_title("Menu\n\nBridge Repairs Will Take a Year\n\n"
                      "The council found more damage than the engineers had expected\n\n"
                      "By Jane Doe\n\nMarch 3, 2024\n\n" P1 "\n\n" P2 "\n\n" P3 "\n",
                      "Bridge Repairs Will Take a Year");
    assert_text_title("Menu\n\nBridge Repairs Will Take a Year\n\n"
                      "Home \xc2\xbb Bridge Repairs Will Take a Year\n\n"
                      "By Jane Doe\n\nMarch 3, 2024\n\n" P1 "\n\n" P2 "\n\n" P3 "\n",
                      "Bridge Repairs Will Take a Year");
    /* the headline in title case over the byline stays */
    assert_text_title("Menu\n\nCity Council Meets on Tuesday Night\n\n"
                      "Bridge Repairs Will Take a Year\n\nBy Jane Doe\n\n"
                      "March 3, 2024\n\n" P1 "\n\n" P2 "\n\n" P3 "\n",
                      "Bridge Repairs Will Take a Year");
    static const char *const above[] = {
        "Published 22 hours ago",                                  /* a date line */
        "Home \xc2\xbb News \xc2\xbb the bridge will be shut", /* a trail */
        "// Press enter to search",                                /* a search box's hint */
    };
    for (size_t k = 0; k < sizeof above / sizeof above[0]; k++)
        assert_title_around("Menu\n\n", above[k],
                            "\n\nthe bridge will be shut for a year of repairs\n\n"
                            "By Jane Doe\n\nMarch 3, 2024\n\n",
                            "the bridge will be shut for a year of repairs");
}

/* The lines of a byline with no label over the date line are no
 * headline: a name with its degrees (shown twice, as a link's and a
 * card's), a name over the author's role, which is the byline's name;
 * a headline under a quote's source (a list's item), or longer than a
 * role, stays one. */
static void test_unlabelled_byline_is_no_headline(void **state)
{
    (void)state;
    assert_title_around("Menu\n\nBridge Repairs Will Take a Year\n\nShare this story\n\n",
                        "Jane Doe, MS, RD, FAND\n\nJane Doe, MS, RD, FAND",
                        "\n\nPublished March 3, 2024\n\n", "Bridge Repairs Will Take a Year");
    static const char role[] = "Menu\n\nBridge Repairs Will Take a Year\n\nJane Doe\n\n"
                               "Co-Founder & Managing Editor\n\nMarch 3, 2024\n\n" P1 "\n\n" P2
                               "\n\n" P3 "\n";
    pith_result *r = pith_extract(role, strlen(role), NULL);
    assert_non_null(r);
    assert_string_equal(r->title, "Bridge Repairs Will Take a Year");
    assert_non_null(r->author);
    assert_string_equal(r->author, "Jane Doe");
    pith_result_free(r);
    assert_title_around("Menu\n\n\"The river keeps its own time.\"\n\n- Jane Doe, 1984\n\n",
                        "Bridge Repairs Take a Year", "\n\nMarch 3, 2024\n\n",
                        "Bridge Repairs Take a Year");
    assert_title_around("Menu\n\nLatest News From the Valley\n\nJane Doe\n\n",
                        "Bridge Repairs Will Take a Whole Year",
                        "\n\nMarch 3, 2024\n\n", "Bridge Repairs Will Take a Whole Year");
}

/* A headline of two words over the date line is the title when no other
 * line reads as one; a person's name there is the byline, one word a
 * tag's. */
static void test_short_headline_over_date(void **state)
{
    (void)state;
    assert_title_around("Harbour Log\n\nPosts\n\nRSS\n\n", "Bridge Repairs",
                        "\n\nMarch 3rd, 2024\n\ntravel\n\n", "Bridge Repairs");
    static const char name[] = "Posts\n\nRSS\n\nJane Doe\n\nMarch 3rd, 2024\n\n" P1 "\n\n" P2
                               "\n\n" P3 "\n";
    pith_result *r = pith_extract(name, strlen(name), NULL);
    assert_non_null(r);
    assert_null(r->title);
    pith_result_free(r);
}

/* A trail picked for the headline gives way to its last step shown on
 * its own a few lines under it. */
static void test_trail_end_under(void **state)
{
    (void)state;
    assert_text_title("Menu\n\nHome | Blog | Bridge Repairs Will Take a Year\n\nBy Jane Doe\n\n"
                      "Bridge Repairs Will Take a Year\n\n" P1 "\n\n" P2 "\n\n" P3 "\n",
                      "Bridge Repairs Will Take a Year");
}

/* A headline line loses the marks that are no words of it: a manual's
 * section number, a permalink mark, the source an aggregator sets after
 * it; brackets of other words stay. */
static void test_headline_marks_off(void **state)
{
    (void)state;
    static const char *const lines[][2] = {
        {"3.1 Bridge Repairs - What the Closure Means", "Bridge Repairs - What the Closure Means"},
        {"What the Closure Means for Your Commute\xc2\xb6", "What the Closure Means for Your Commute"},
        {"What the Closure Means for Your Commute (example.com)",
         "What the Closure Means for Your Commute"},
        {"What the Closure Means for Your Commute (github.com/someone)",
         "What the Closure Means for Your Commute"},
        {"What the Closure Means for Your Commute (2024 Update)",
         "What the Closure Means for Your Commute (2024 Update)"},
        {"Building a Commute Planner in a Weekend (Next.js)",
         "Building a Commute Planner in a Weekend (Next.js)"},
    };
    for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++)
        assert_title_around("Menu\n\n", lines[k][0], "\n\nBy Jane Doe\n\nMarch 3, 2024\n\n",
                            lines[k][1]);
}

/* A rating over the text, a score with decimals over 5 or 10, is no
 * headline; the recipe's name over it is.  A title with two counts in it
 * stays one. */
static void test_rating_is_no_title(void **state)
{
    (void)state;
    static const char *const ratings[] = {"4.7 out of 5 stars", "4.7 / 5", "4,5 von 5 Sternen",
                                          "8.4/10"};
    for (size_t k = 0; k < sizeof ratings / sizeof ratings[0]; k++) {
        char head[256];
        snprintf(head, sizeof head, "Menu\n\nEasy Everyday Sourdough Bread\n\n%s\n\n",
                 ratings[k]);
        assert_title_around(head, "", "", "Easy Everyday Sourdough Bread");
    }
    assert_title_around("Menu\n\nBread\n\n", "5 Tips for Baking Bread in 5 Minutes", "\n\n",
                        "5 Tips for Baking Bread in 5 Minutes");
}

/* A headline shown twice in a row right over the article (a trail's last
 * step over the page's heading) is the headline, not the deck under it;
 * an interface line shown twice ("Search") is not, nor a line shown twice
 * further up, among a menu's. */
static void test_headline_shown_twice(void **state)
{
    (void)state;
    static const char *const twice[] = {"Bridge Repairs", "Repairs"};
    for (size_t k = 0; k < sizeof twice / sizeof twice[0]; k++) {
        char head[256];
        snprintf(head, sizeof head, "Menu\n\nHome\n\n%s\n\n%s\n\n", twice[k], twice[k]);
        assert_title_around(head, "What the Closure Means for Your Commute", "\n\n", twice[k]);
    }
    assert_title_around("Menu\n\nHome\n\nSearch\n\nSearch\n\n",
                        "What the Closure Means for Your Commute", "\n\n",
                        "What the Closure Means for Your Commute");
    assert_title_around("Bridge News\n\nBridge News\n\nHome\n\nAbout\n\nTeam\n\nJobs\n\n"
                        "Contact\n\n",
                        "What the Closure Means for Your Commute", "\n\n",
                        "What the Closure Means for Your Commute");
    /* over the post's date line, a header's: the headline is under it */
    assert_title_around("This Blog\n\nThis Blog\n\nMarch 3, 2024\n\n",
                        "What the Closure Means for Your Commute", "\n\n",
                        "What the Closure Means for Your Commute");
    /* one word in lower case: a link's */
    assert_title_around("Menu\n\nHome\n\nlink\n\nlink\n\n",
                        "What the Closure Means for Your Commute", "\n\n",
                        "What the Closure Means for Your Commute");
}

/* A site's account and page buttons shown twice over the article (for
 * small and large screens: "Log In", "Follow", "Copy Page") are interface
 * lines, no headline; nor is a name made of such words a byline's. */
static void test_account_buttons_shown_twice(void **state)
{
    (void)state;
    static const char *const buttons[] = {"Log In", "Follow", "Copy Page", "Anmelden", "Suivre"};
    for (size_t k = 0; k < sizeof buttons / sizeof buttons[0]; k++) {
        char head[256];
        snprintf(head, sizeof head, "Menu\n\nHome\n\n%s\n\n%s\n\n", buttons[k], buttons[k]);
        assert_title_around(head, "What the Closure Means for Your Commute", "\n\n",
                            "What the Closure Means for Your Commute");
        assert_true(pith_author_is_interface_line(buttons[k], strlen(buttons[k])));
    }
    /* a line with one word more is no button */
    assert_false(pith_author_is_interface_line("Follow the Money", 16));
}

/* A trail's last step shown on its own under or over the trail is the
 * page's heading, however short, before the line over the text; an
 * interface line is not. */
static void test_trail_end_beside(void **state)
{
    (void)state;
#define COMMUTE "What the Closure Means for Your Commute"
    /* under the trail, over it, after other marks */
    assert_title_around("Menu\n\nHome / Transport / Bridge Repairs\n\nBridge Repairs\n\n", COMMUTE,
                        "\n\n", "Bridge Repairs");
    assert_title_around("Menu\n\nBridge Repairs\n\nHome / Transport / Bridge Repairs\n\n", COMMUTE,
                        "\n\n", "Bridge Repairs");
    assert_title_around("Menu\n\nHome \xc2\xbb Transport \xc2\xbb Bridge Repairs\n\n"
                        "Bridge Repairs\n\n",
                        COMMUTE, "\n\n", "Bridge Repairs");
    assert_title_around("Menu\n\nHome / Transport / Contact Us\n\nContact Us\n\n", COMMUTE,
                        "\n\n", COMMUTE);
#undef COMMUTE
}

/* A trail whose marks a scraper wrote without spaces or with hyphens, or
 * whose last step is a question, stands over the headline, however far
 * over the text a share row puts them; a heading over a list's item that
 * ends in the item's words is no trail. */
static void test_trail_end_beside_other_marks(void **state)
{
    (void)state;
#define COMMUTE "What the Closure Means for Your Commute"
#define SHARE "Share\n\n1.2K\n\nFacebook\n\nPinterest\n\nEmail\n\nPrint\n\n" \
              "Jump to Map\n\nJump to Video\n\n"
    static const char *const trails[] = {
        "Home/Transport/Bridge Repairs",
        "Home - Transport - Bridge Repairs",
        "News\xe2\x80\xbaTransport\xe2\x80\xba" "Bridge Repairs",
        "Home \xe2\x9d\xaf Transport \xe2\x9d\xaf Bridge Repairs",
    };
    char head[256];
    for (size_t k = 0; k < sizeof trails / sizeof trails[0]; k++) {
        snprintf(head, sizeof head, "Menu\n\n%s\n\nBridge Repairs\n\n", trails[k]);
        assert_title_around(head, COMMUTE, "\n\n", "Bridge Repairs");
    }
    /* a share row between the headline and the text */
    assert_title_around("Menu\n\nHome / Transport / Bridge Repairs\n\nBridge Repairs\n\n" SHARE,
                        COMMUTE, "\n\n", "Bridge Repairs");
    /* a question, but not a standfirst that ends with one */
    assert_title_around("Menu\n\nHome \xc2\xbb Transport \xc2\xbb Will the Bridge Reopen?\n\n"
                        "Will the Bridge Reopen?\n\n",
                        COMMUTE, "\n\n", "Will the Bridge Reopen?");
    assert_title_around("Menu\n\nHome \xc2\xbb Transport \xc2\xbb Bridge vs. ferry: which is faster?\n\n"
                        "Bridge vs. ferry: which is faster?\n\n",
                        COMMUTE, "\n\n", "Bridge vs. ferry: which is faster?");
    assert_title_around("Menu\n\nWhat the council said. Will the bridge reopen?\n\n"
                        "What the council said. Will the bridge reopen?\n\n",
                        COMMUTE, "\n\n", COMMUTE);
    /* a heading over a list's item */
    assert_title_around("Menu\n\n", COMMUTE,
                        "\n\nStep 1 - Closed Lanes\n\n1. Closed Lanes\n\n", COMMUTE);
#undef SHARE
#undef COMMUTE
}

/* A line that holds a date is a dated line of credits, too long for a
 * date line ("On March 3, 2024March 5, 2024 By Jane DoeIn Transport, ..."),
 * not the headline over it. */
static void test_dated_line_is_no_title(void **state)
{
    (void)state;
    assert_title_around("Menu\n\nSearch\n\n", "Bridge Repairs Will Take a Year",
                        "\n\nOn March 3, 2024March 5, 2024 By Jane DoeIn Transport, Town News, "
                        "Bridges and Roads, Council Meetings\n\n",
                        "Bridge Repairs Will Take a Year");
}

/* A title-like line far over the date line is the header's: the headline
 * is the line right under the date line; a headline right over the date
 * stays, and the line under a byline is the author's role. */
static void test_headline_under_date_line(void **state)
{
    (void)state;
    assert_title_around("Menu\n\nTowns and Villages of the Valley\n\nNews\n\nSport\n\n"
                        "Weather\n\nSearch\n\nMarch 3, 2024\n\n",
                        "Bridge Repairs Will Take a Year", "\n\n",
                        "Bridge Repairs Will Take a Year");
    assert_title_around("Menu\n\nNews\n\n", "Bridge Repairs Will Take a Year",
                        "\n\nMarch 3, 2024\n\nWhat the Council Decided on Tuesday\n\n",
                        "Bridge Repairs Will Take a Year");
    assert_title_around("Menu\n\nNews\n\n", "Bridge Repairs Will Take a Year",
                        "\n\nPhoto: River Studio\n\nShare\n\nSave\n\nBy Jane Doe\n\n"
                        "Transport Correspondent for the Valley\n\n",
                        "Bridge Repairs Will Take a Year");
}

/* A line crediting names ("Authored by: Dr. Oskari Vantanen") over the
 * date is no headline: the one over it is. */
static void test_credit_line_is_no_title(void **state)
{
    (void)state;
    static const char *const credits[] = {"Authored by: Dr. Oskari Vantanen",
                                          "Reviewed by Dr. Oskari Vantanen"};
    for (size_t k = 0; k < sizeof credits / sizeof credits[0]; k++)
        assert_title_around("Menu\n\nCall\n\nBridge Repairs Will Take a Year\n", credits[k],
                            "\nMarch 3, 2024\nReading Time: 3 minutes\n\n",
                            "Bridge Repairs Will Take a Year");
}

/* A line that ends with a colon leads in to what follows: not a headline. */
static void test_lead_in_is_no_title(void **state)
{
    (void)state;
    static const char page[] = "Home\n\nBridge Repairs Will Take a Year\n\n"
                               "What the council decided:\n\nMarch 3, 2024\n\n" P1 "\n\n" P2
                               "\n\n" P3 "\n";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->title);
    assert_string_equal(r->title, "Bridge Repairs Will Take a Year");
    pith_result_free(r);
}

/* The author pith reads from the text page, NULL for none, is want. */
static void assert_text_author(const char *page, const char *want)
{
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_optional_string(r->author, want);
    pith_result_free(r);
}

/* A name with no label beside a date line that a long share row keeps
 * far from the text is the author when it is a person's (it opens with a
 * given name); another short line there is a menu's or a label's, and
 * one with a colon a headline's. */
static void test_name_by_far_date(void **state)
{
    (void)state;
#define SHARE "Share\n\nFacebook\n\nPinterest\n\nEmail\n\nPrint\n\nSave\n\nX\n\nLinkedIn\n\n" \
              "Reddit\n\nWhatsApp\n\nTelegram\n\nCopy link\n\nFlipboard\n\nPocket\n\n"       \
              "Tumblr\n\nThreads\n\nBluesky\n\nMastodon\n\n"
#define TEXT P1 "\n\n" P2 "\n\n" P3 "\n"
    assert_text_author("Menu\n\nBridge Repairs Will Take a Year\n\nJane Doe\n\nMarch 3, 2024\n\n"
                       SHARE TEXT,
                       "Jane Doe");
    assert_text_author("Menu\n\nBridge Repairs\n\nHarbour Ferry Alerts\n\n"
                       "March 3, 2024\n\n" SHARE TEXT,
                       NULL);
    assert_text_author("Menu\n\nNews\n\nJane Doe: Council Drops the Plan\n\n"
                       "March 3, 2024\n\n" SHARE TEXT,
                       NULL);
#undef TEXT
#undef SHARE
}

/* A line with no label beside the date line is the author only when it is
 * written as people's names are: no phrase's word in lower case ("of",
 * "for"), a name of two words before a comma; after a given name and a
 * capitalised word, anything ("Jane Doe in Travel Tips"). */
static void test_unlabelled_name_reads_as_names(void **state)
{
    (void)state;
#define HEAD "Menu\n\nBridge Repairs Will Take a Year\n\nMarch 3, 2024\n\n"
#define TEXT "\n\n" P1 "\n\n" P2 "\n\n" P3 "\n"
    assert_text_author(HEAD "College of Behavioral, Social and Health Sciences" TEXT, NULL);
    assert_text_author(HEAD "Thank You for Reading" TEXT, NULL);
    assert_text_author(HEAD "Sicily, Italy" TEXT, NULL);
    assert_text_author(HEAD "Ana de Souza" TEXT, "Ana de Souza");
    assert_text_author(HEAD "Jane Doe and John Roe" TEXT, "Jane Doe; John Roe");
    assert_text_author(HEAD "Jane Doe in Travel Tips" TEXT, "Jane Doe");
#undef TEXT
#undef HEAD
}

/* A person's name over a line that names a job ("Senior Editor") is the
 * author, under the headline or in a box after the text; not over a beat
 * ("Health"), not a team's list whose lines name their own jobs, not a
 * contact's card under a question, not a quote's source. */
static void test_name_over_role(void **state)
{
    (void)state;
#define HEAD "Menu\n\nBridge Repairs Will Take a Year\n\n"
#define TEXT P1 "\n\n" P2 "\n\n" P3 "\n\n" P1 "\n\n" P2 "\n\n"
    assert_text_author(HEAD "Jane Doe\n\nSenior Editor\n\n" TEXT, "Jane Doe");
    assert_text_author(HEAD "Jane Doe\n\nHealth\n\n" TEXT, NULL);
    assert_text_author(HEAD TEXT "Jane Doe\n\nContributing Writer\n", "Jane Doe");
    assert_text_author(HEAD TEXT "Our team\n\nJane Doe, Senior Writer\n\n"
                                 "Tavi Okonkwo, Senior Writer\n",
                       NULL);
    assert_text_author(HEAD TEXT "Questions about the program?\n\nJane Doe\n\n"
                                 "Program Coordinator\n",
                       NULL);
    assert_text_author(HEAD TEXT "> Jane Doe\n\n> Program Coordinator\n", NULL);
#undef TEXT
#undef HEAD
}

/* A person named on the date line with no label (or a "By" glued on),
 * between marks or before the date (its month glued on too), is the
 * author; a name a scraper glued a word onto ("Jane WhitlockReviewed": a
 * review's header) and a section's name are no one's. */
static void test_name_on_date_line(void **state)
{
    (void)state;
#define HEAD "Menu\n\nBridge Repairs Will Take a Year\n\n"
#define TEXT "\n\n" P1 "\n\n" P2 "\n\n" P3 "\n"
    assert_text_author(HEAD "Jane Doe | March 3, 2024" TEXT, "Jane Doe");
    assert_text_author(HEAD "Jane Doe\xE2\x80\xA2Oct 20, 2025" TEXT, "Jane Doe");
    assert_text_author(HEAD "Dec. 19, 2025 \xC2\xB7 Jane Doe" TEXT, "Jane Doe");
    assert_text_author(HEAD "Jane Doe | Senior Writer | July 2, 2025" TEXT, "Jane Doe");
    assert_text_author(HEAD "Jane Doe May 18, 2016" TEXT, "Jane Doe");
    assert_text_author(HEAD "ByJane WhitlockMar 5, 2025 | 6 comments" TEXT, "Jane Whitlock");
    assert_text_author(HEAD "Jane WhitlockReviewed 03/04/2024" TEXT, NULL);
    assert_text_author(HEAD "Travel News | March 3, 2024" TEXT, NULL);
#undef TEXT
#undef HEAD
}

/* A name with no label right under the headline, over a day with no year,
 * a reading time or a long dated line of credits, is the author, though it
 * opens with no given name; over a price or a size it is a product's. */
static void test_name_under_headline(void **state)
{
    (void)state;
#define HEAD "Menu\n\nSign in\n\nBridge Repairs Will Take a Year\n\nTavi Okonkwo\n\n"
#define TEXT "\n\n" P1 "\n\n" P2 "\n\n" P3 "\n"
    assert_text_author(HEAD "Jan 23" TEXT, "Tavi Okonkwo");
    assert_text_author(HEAD "11 min read" TEXT, "Tavi Okonkwo");
    assert_text_author(HEAD "March 3, 2024 \xC2\xB7 Updated March 5, 2024 at 10:00 AM \xC2\xB7 "
                            "Filed under Transport, Local Politics and Public Works" TEXT,
                       "Tavi Okonkwo");
    assert_text_author(HEAD "$29.95" TEXT, NULL);
    assert_text_author(HEAD "Size 10" TEXT, NULL);
#undef TEXT
#undef HEAD
}

/* With no byline, the dated line over the article that names its writer
 * after a "by" inside ("October 11, 2023 by Jane Doe") names the author,
 * up to where the scraper glued the next piece on ("DoeJanuary"); such a
 * line under the article (a page's "last modified ... by its
 * contributors") names no one. */
static void test_dated_byline_over_text(void **state)
{
    (void)state;
#define TEXT P1 "\n\n" P2 "\n\n" P3 "\n"
    assert_text_author("Home\n\nBridge Repairs Will Take a Year\n\n"
                       "Published August 7, 2023 by Marisol Quintero\n\n" TEXT,
                       "Marisol Quintero");
    assert_text_author("Home\n\nBridge Repairs Will Take a Year\n\nShare\n\n"
                       "October 11, 2023 \xC2\xA0" "by Marisol Quintero\n\n" TEXT,
                       "Marisol Quintero");
    assert_text_author("Home\n\nBridge Repairs Will Take a Year\n\n"
                       "By Marisol QuinteroJanuary 4, 2026Updated:January 8, 2026\n\n" TEXT,
                       "Marisol Quintero");
    assert_text_author("Home\n\nBridge Repairs Will Take a Year\n\n" TEXT
                       "\nThis page was last modified on Aug 20, 2025 by Marisol Quintero.\n",
                       NULL);
#undef TEXT
}

/* A "By" glued to the name beside the date line ("ByNina Pineda", the
 * space between a label and its link lost) is a label, not the name's. */
static void test_glued_by_by_date(void **state)
{
    (void)state;
    assert_text_author("Home\n\nBridge Repairs Will Take a Year\n\nByNina Pineda\n\n"
                       "March 3, 2024\n\n" P1 "\n\n" P2 "\n",
                       "Nina Pineda");
}

/* A line of interface words beside the date ("Welcome", a menu's link)
 * is no name: the name under the date is; a search form's lone "By:" over
 * its "Search" button labels nobody. */
static void test_interface_line_is_no_name(void **state)
{
    (void)state;
    assert_text_author("Home\n\nBridge Repairs Will Take a Year\n\nWelcome\n\n"
                       "March 3, 2024\n\nMarisol Quintero\n\n" P1 "\n\n" P2 "\n",
                       "Marisol Quintero");
    assert_text_author("Bridge Repairs Will Take a Year\n\nBy:\n\nSearch\n\n"
                       "March 3, 2024\n\n" P1 "\n\n" P2 "\n",
                       NULL);
}

/* A forum rank's badge between the poster's name and the post's date
 * ("JGD" / "Members" / "April 2, 2024"): the name over it is the byline. */
static void test_name_over_rank_badge(void **state)
{
    (void)state;
    assert_text_author("Home\n\nBridge Repairs Will Take a Year\n\nJGD\n\n"
                       "Platinum Partner\n\nApril 2, 2024\n\n" P1 "\n\n" P2 "\n",
                       "JGD");
    assert_text_author("Home\n\nBridge Repairs Will Take a Year\n\nMarisol Quintero\n\n"
                       "Elite Member\n\nApril 2, 2024\n\n" P1 "\n\n" P2 "\n",
                       "Marisol Quintero");
}

/* The author pith_text_headline records from a text page whose article the
 * judge took as starting at block first, "" for none. */
static const char *author_from(page_fixture *f, const char *text, uint32_t first)
{
    judge_page(f, text);
    pith_mfound mf;
    pith_mfound_init(&mf, &f->arena);
    pith_text_headline(&f->page, first, f->page.n - 1, &mf);
    const pith_mvalue *v = mf.head[PITH_MF_AUTHOR][PITH_MS_BYLINE];
    return v ? v->text : "";
}

/* A forum thread's text may open with the site's menus and search form,
 * which the judge may count into the article: the thread's header then
 * stands deep in it, and its lone label ("Thread starter") names the
 * author, a lower-case handle as well as a name. */
#define FORUM_MENUS                                                                          \
    "Search titles and first posts only\n\nSearch titles only\n\nBy:\n\nSearch\n\n"         \
    "New posts\n\nLog in\n\nRegister\n\nWhich Hand Plane Should I Buy First?\n\nHome\n\n"  \
    "Forums\n\nHand Tools\n\n"
#define FORUM_POSTS                                                                          \
    "Start date\n\nMar 3, 2024\n\n" P1 "\n\nbirchwood\n\nMar 4, 2024\n\n" P2 "\n"

static void test_thread_starter_deep_in_text(void **state)
{
    (void)state;
    page_fixture f;
    assert_string_equal(
        author_from(&f, FORUM_MENUS "Thread starter\n\nquietfern\n\n" FORUM_POSTS, 0),
        "quietfern");
    done(&f);
    assert_string_equal(
        author_from(&f, FORUM_MENUS "Thread starter\n\nMarisol Quintero\n\n" FORUM_POSTS, 0),
        "Marisol Quintero");
    done(&f);
}

/* The judge may take a later post for the article's start: a thread's
 * header far over it ("Thread starter" / "quietfern", 60 blocks of posts
 * between) still names the author; a lone "By" that far does not. */
static void test_thread_starter_far_over_text(void **state)
{
    (void)state;
    static char text[4096];
    const char *labels[] = {"Thread starter\n\nquietfern", "By\n\nMarisol Quintero"};
    const char *want[] = {"quietfern", ""};
    for (int k = 0; k < 2; k++) {
        int n = snprintf(text, sizeof text, "%s\n\nStart date\n\n", labels[k]);
        for (int post = 0; post < 30; post++)
            n += snprintf(text + n, sizeof text - (size_t)n, "birchwood\n\nMar 4, 2024\n\n");
        snprintf(text + n, sizeof text - (size_t)n, P1 "\n\n" P2 "\n");
        page_fixture f;
        read_page(&f, text);
        uint32_t first = f.page.n - 2; /* P1 */
        done(&f);
        assert_string_equal(author_from(&f, text, first), want[k]);
        done(&f);
    }
}

/* A forum thread's title stands over its header ("Thread starter" over
 * the starter's handle, or before it on one line), a question too, or
 * over the trail between them, wherever the judge puts the
 * article's start; a line over another lone label ("Written by") is no
 * thread's title. */
static void test_title_over_thread_header(void **state)
{
    (void)state;
    assert_text_title("Forums\n\nHand Tools\n\nLatest Deals on Hand Tools This Week\n\n"
                      "Which hand plane should I buy first?\n\nThread starter\n\nquietfern\n\n"
                      "Start date\n\nMar 3, 2024\n\n" P1 "\n\nbirchwood\n\nMar 4, 2024\n\n" P2
                      "\n\n" P3 "\n",
                      "Which hand plane should I buy first?");
    /* a trail between the title and the header ("Home" / "Forums" / ...) */
    assert_text_title("Menu\n\nLatest Deals on Hand Tools This Week\n\n"
                      "Which hand plane should I buy first?\n\nHome\n\nForums\n\n"
                      "Hand Tools\n\nPlanes and Sharpening\n\nThread starter\n\nquietfern\n\n"
                      "Start date\n\nMar 3, 2024\n\n" P1 "\n\nbirchwood\n\nMar 4, 2024\n\n" P2
                      "\n\n" P3 "\n",
                      "Which hand plane should I buy first?");
    /* lynx's and w3m's header: the label and the handle on one line */
    assert_text_title("Forums\n\nHand Tools\n\nLatest Deals on Hand Tools This Week\n\n"
                      "Which hand plane should I buy first?\n\n"
                      "   * Thread starter quietfern\n   * Start date Mar 3, 2024\n\n" P1
                      "\n\nbirchwood\n\nMar 4, 2024\n\n" P2 "\n\n" P3 "\n",
                      "Which hand plane should I buy first?");
    assert_text_title("Menu\n\nBridge Repairs Will Take a Year\n\nShare this story\n\n"
                      "Written by\n\nJane Doe\n\n" P1 "\n\n" P2 "\n\n" P3 "\n",
                      "Bridge Repairs Will Take a Year");
}

/* The first date line pith_text_headline records from a text page whose
 * article the judge took as starting at block first, "" for none. */
static const char *date_from(page_fixture *f, const char *text, uint32_t first)
{
    judge_page(f, text);
    pith_mfound mf;
    pith_mfound_init(&mf, &f->arena);
    pith_text_headline(&f->page, first, f->page.n - 1, &mf);
    const pith_mvalue *v = mf.head[PITH_MF_DATE][PITH_MS_DATE_TEXT];
    return v ? v->text : "";
}

/* A forum thread's start date is the first date line under its header,
 * past the starter's name, a badge and the "Start date" label, even when
 * the judge took a later post for the article's start: the date line by
 * that post is its poster's join date. */
static void test_thread_start_date(void **state)
{
    (void)state;
#define REACTIONS "Like\n\nQuote\n\nReply\n\nReport\n\n"
    const char *text = "Forums\n\nWhich hand plane should I buy first?\n\nThread starter\n\n"
                       "quietfern\n\nWikiPost\n\nStart date\n\nMar 3, 2024\n\n" P1
                       "\n\n" REACTIONS REACTIONS REACTIONS REACTIONS REACTIONS
                       "birchwood\n\nJoined\n\nJun 12, 2006\n\n" P2 "\n\n" P3 "\n";
#undef REACTIONS
    page_fixture f;
    read_page(&f, text);
    uint32_t first = f.page.n - 2; /* P2, birchwood's reply */
    done(&f);
    assert_string_equal(date_from(&f, text, first), "Mar 3, 2024");
    done(&f);
}

/* A Q&A page's date is its question's stamp ("asked ..."), not the edit's
 * stamp over it nor the answers' and comments' dates by the article's
 * start; its author, the asker under the stamp. */
static void test_question_stamp_date(void **state)
{
    (void)state;
    const char *text = "Questions\n\nWhy is catching every exception a bad idea?\n\n" P1
                       "\n\nShare\n\nedited Aug 3, 2021 at 08:15\n\nCleb\n\n"
                       "asked Mar 9, 2013 at 17:41\n\nVader\n\n1 Answer\n\n"
                       "Aug 4, 2021 at 9:00\n\n" P2 "\n\n" P3 "\n";
    page_fixture f;
    read_page(&f, text);
    uint32_t first = f.page.n - 2; /* P2, the answer */
    done(&f);
    assert_string_equal(date_from(&f, text, first), "asked Mar 9, 2013 at 17:41");
    done(&f);
    /* the handle under the stamp is the asker's, the page's author */
    assert_string_equal(author_from(&f, text, first), "Vader");
    done(&f);
}

/* lynx's and w3m's thread header holds the label and the starter's
 * handle on one line ("* Thread starter quietfern"): the handle is the
 * author. */
static void test_starter_on_header_line(void **state)
{
    (void)state;
    assert_text_author("Forums\n\nWhich hand plane should I buy first?\n\n"
                       "   * Thread starter quietfern\n   * Start date Mar 3, 2024\n\n" P1
                       "\n\nbirchwood\n\nMar 4, 2024\n\n" P2 "\n\n" P3 "\n",
                       "quietfern");
}

/* A poster's join date ("Joined: Tue Oct 17, 2017") beside a post is the
 * profile's, never the page's date; the post's own stamp is. */
static void test_join_date_is_no_date(void **state)
{
    (void)state;
    const char *text = "Board index\n\nWhat did you buy this week?\n\nchangingtimes\n\n"
                       "Posts: 412\n\nJoined: Tue Oct 17, 2017 6:52 pm\n\n"
                       "Sun Mar 10, 2024 3:27 pm\n\n" P1 "\n\n" P2 "\n\n" P3 "\n";
    page_fixture f;
    read_page(&f, text);
    uint32_t first = f.page.n - 3; /* P1 */
    done(&f);
    assert_string_equal(date_from(&f, text, first), "Sun Mar 10, 2024 3:27 pm");
    done(&f);
}

/* A forum's first post header with no label: the name or handle under the
 * post's number "#1" beside its date is the starter's, past a "| Link";
 * a ranked list's "#1" with no date names nobody. */
static void test_poster_under_first_post_number(void **state)
{
    (void)state;
    page_fixture f;
    assert_string_equal(author_from(&f,
                                    "Which Hand Plane Should I Buy First?\n\nThread Tools\n\n"
                                    "Mar 3, 2024, 09:12 AM\n\n#1\n\n| Link\n\nquietfern\n\n"
                                    "Registered User\n\n" P1 "\n\n" P2 "\n",
                                    0),
                        "quietfern");
    done(&f);
    assert_string_equal(author_from(&f,
                                    "The Best Films of the Year\n\nRanked\n\n#1\n\n"
                                    "The Long Road Home\n\n" P1 "\n\n" P2 "\n",
                                    0),
                        "");
    done(&f);
}

/* With no byline nor date line, the line right over the text is the
 * headline, short as it may be, and a breadcrumb trail is none; a
 * reading time there is no headline either. */
static void test_headline_over_text(void **state)
{
    (void)state;
    static const char page[] =
        "Home\n\nSmile Studio Opening Hours and Booking Desk\n\n"
        "Family Dental Care\n\n" P1 "\n\n" P2 "\n";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r->title);
    assert_string_equal(r->title, "Family Dental Care");
    pith_result_free(r);
    static const char trail[] =
        "Home\n\nFamily Dental Care for Children\n\n"
        "Home > Services > Family Dental Care for Children\n\nShare\n\n" P1 "\n\n" P2 "\n";
    r = pith_extract(trail, strlen(trail), NULL);
    assert_non_null(r->title);
    assert_string_equal(r->title, "Family Dental Care for Children");
    pith_result_free(r);
    static const char timed[] = "Home\n\nBridge Repairs Will Take a Year\n\n"
                                "3 minute read\n\n" P1 "\n\n" P2 "\n";
    r = pith_extract(timed, strlen(timed), NULL);
    assert_non_null(r->title);
    assert_string_equal(r->title, "Bridge Repairs Will Take a Year");
    pith_result_free(r);
}

/* A headline over its own paragraph before the article wins over the
 * longer line a fallback would take (a contents' entry); a tagline under
 * PROSE_MIN_WORDS words is no such paragraph, and a line in sentence case
 * over a paragraph is a box's lead-in. */
static void test_headline_over_prose(void **state)
{
    (void)state;
    assert_text_title("Home\n\nThe Old Bridge Will Stay\n\n"
                      "The town keeps its iron bridge over the river, and the deck will be "
                      "rebuilt in oak by next spring.\n\nContents\n\nWhat the Engineers Told "
                      "the Council About the Deck\n\nCosts\n\nThe Vote\n\n" P1 "\n\n" P2 "\n",
                      "The Old Bridge Will Stay");
    /* a tagline is no paragraph */
    assert_text_title("Home\n\nThe Old Bridge Will Stay\n\nTrusted by the whole town.\n\n"
                      "Contents\n\nWhat the Engineers Told the Council About the Deck\n\n"
                      "Costs\n\nThe Vote\n\n" P1 "\n\n" P2 "\n",
                      "What the Engineers Told the Council About the Deck");
    /* a line in sentence case over a paragraph: a box's lead-in */
    assert_text_title("Home\n\nWhy readers trust our paper\n\n"
                      "The town keeps its iron bridge over the river, and the deck will be "
                      "rebuilt in oak by next spring.\n\nContents\n\nWhat the Engineers Told "
                      "the Council About the Deck\n\nCosts\n\nThe Vote\n\n" P1 "\n\n" P2 "\n",
                      "What the Engineers Told the Council About the Deck");
}

/* A headline over its paragraph is the title over a section's heading
 * right over the text too (the last entry of the contents shown again);
 * a line over a call to action is a box's ("Click on the picture..."),
 * and the line right over the text stays the title. */
static void test_headline_over_prose_over_section(void **state)
{
    (void)state;
    assert_text_title("Home\n\nThe Old Bridge Will Stay\n\n"
                      "The town keeps its iron bridge over the river, and the deck will be "
                      "rebuilt in oak by next spring.\n\nJane Doe\n\nContents\n\n"
                      "How the Deck Was Surveyed\n\nWhat the Engineers Said\n\n" P1 "\n\n" P2
                      "\n\n" P3 "\n",
                      "The Old Bridge Will Stay");
    assert_text_title("Home\n\nLetters From the Harbour\n\n"
                      "Click on the picture above to read every column our harbour writer has "
                      "published for us since the spring.\n\nLatest letter: the tide tables\n\n"
                      "Weekend Ferry Timetable Changes\n\n" P1 "\n\n" P2 "\n\n" P3 "\n",
                      "Weekend Ferry Timetable Changes");
}

/* A headline over its byline and date further up than the article's start
 * is searched for them (a long contents list between), as far up as a date
 * line is read, is the title, not
 * the section's heading right over the text, nor the byline's own line
 * over the date ("By Jane Doe, Harbour Gazette"); a list of dated entries
 * (recent posts) and a menu's "By Manufacturer" are no byline or date
 * line a headline stands over. */
static void test_headline_over_far_byline(void **state)
{
    (void)state;
#define PARTS "* Part 1\n\n* Part 2\n\n* Part 3\n\n* Part 4\n\n* Part 5\n\n* Part 6\n\n" \
              "* Part 7\n\n* Part 8\n\n* Part 9\n\n* Part 10\n\n* Part 11\n\n* Part 12\n\n" \
              "* Part 13\n\n* Part 14\n\n* Part 15\n\n* Part 16\n\n* Part 17\n\n* Part 18\n\n"
#define TEXT P1 "\n\n" P2 "\n\n" P3 "\n"
    assert_text_title("Home\n\nThe Old Bridge Will Stay Open\n\nBy\n\nJane Doe\n\n"
                      "March 3, 2024\n\nContents\n\n" PARTS "What the Engineers Said\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
    assert_text_title("Home\n\nThe Old Bridge Will Stay Open\n\nBy\n\nJane Doe\n\n"
                      "March 3, 2024\n\nContents\n\n" PARTS PARTS "What the Engineers Said\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
    assert_text_title("Home\n\nThe Old Bridge Will Stay Open\n\nJane Doe, Transport Writer\n\n"
                      "Updated\n\nMarch 3, 2024\n\nContents\n\n" PARTS
                      "What the Engineers Said\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
    assert_text_title("Home\n\nThe Old Bridge Will Stay Open\n\nBy Jane Doe, Harbour Gazette\n\n"
                      "March 3, 2024\n\nContents\n\n" PARTS "What the Engineers Said\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
    assert_text_title("Home\n\nHarbour Notes and Daily Thoughts\n\nNewest posts\n\n"
                      "Ferry Timetable Changes Sunday, 31.03.2019\n\n"
                      "New Pier Lights Monday, 18.03.2019\n\n"
                      "The Lighthouse Repainted Sunday, 10.03.2019\n\nCategories\n\n" PARTS
                      "About This Harbour Journal and Its Notes\n\n" TEXT,
                      "About This Harbour Journal and Its Notes");
    assert_text_title("Home\n\nProjectors for Every Room and Size\n\nBy Manufacturer\n\n"
                      "Contents\n\n" PARTS "Best Portable Projectors This Year\n\n" TEXT,
                      "Best Portable Projectors This Year");
    /* a menu's label in capitals is no byline; a name in capitals is */
    assert_text_title("Home\n\nProjectors for Every Room and Size\n\nBY ROOM TYPE\n\n"
                      "Contents\n\n" PARTS "Best Portable Projectors This Year\n\n" TEXT,
                      "Best Portable Projectors This Year");
    assert_text_title("Home\n\nThe Old Bridge Will Stay Open\n\nBY JANE DOE\n\n"
                      "Contents\n\n" PARTS "What the Engineers Said\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
#undef TEXT
#undef PARTS
}

/* A headline in title case under the date line, where the line over the
 * date is in sentence case and shorter, or where none over it reads as a
 * headline: a link back or a section's name
 * ("Back to all articles" / "March 3, 2024" / the headline); not a
 * longer headline over the date with a caption under it, nor the
 * author's role under a byline, nor over a headline shown again. */
static void test_title_case_headline_under_date(void **state)
{
    (void)state;
#define TEXT P1 "\n\n" P2 "\n\n" P3 "\n"
    assert_text_title("Home\n\nBack to all articles\n\nMarch 3, 2024\n\n"
                      "The Old Bridge Will Stay Open\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
    /* nothing over the date line reads as a headline: a section's heading
     * right over the text is no headline either */
    assert_text_title("Home\n\nMarch 3, 2024\n\nThe Old Bridge Will Stay Open\n\n"
                      "What the engineers told the council\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
    /* past a section's label or the author's name under the date line,
     * but no author's role is a headline */
    assert_text_title("Home\n\nBack to all articles\n\nMarch 3, 2024\n\nTransport\n\n"
                      "The Old Bridge Will Stay Open\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
    assert_text_title("Home\n\nThe old bridge will stay open\n\nMarch 3, 2024\n\nJane Doe\n\n"
                      "Senior Transport and City Correspondent and Editor\n\n" TEXT,
                      "The old bridge will stay open");
    assert_text_title("Home\n\nBack to all articles\n\nMarch 3, 2024\n\n12 min read\n\n"
                      "The Old Bridge Will Stay Open\n\n" TEXT,
                      "The Old Bridge Will Stay Open");
    assert_text_title("Home\n\nThe old bridge will stay open for another year\n\n"
                      "March 3, 2024\n\nThe Mayor Standing at the Old Bridge\n\n"
                      "Jane Doe, Gazette\n\n" TEXT,
                      "The old bridge will stay open for another year");
    assert_text_title("Home\n\nThe old bridge will stay open\n\nMarch 3, 2024\n\nBy Jane Doe\n\n"
                      "Senior Transport Writer at the Gazette\n\n" TEXT,
                      "The old bridge will stay open");
    assert_text_title("Home\n\nThe old bridge will stay open\n\nMarch 3, 2024\n\n"
                      "Heard on the Morning Show\n\nThe old bridge will stay open\n\n" TEXT,
                      "The old bridge will stay open");
#undef TEXT
}

/* A byline that carries the date gives both: "By Jane Doe | March 3,
 * 2024". */
static void test_byline_with_date(void **state)
{
    (void)state;
    static const char page[] = "Home\n\nBridge Repairs Will Take a Year\n\n"
                               "By Jane Doe | March 3, 2024\n\n" P1 "\n\n" P2 "\n\n" P3 "\n";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r->author);
    assert_string_equal(r->author, "Jane Doe");
    assert_non_null(r->date);
    assert_string_equal(r->date, "2024-03-03");
    pith_result_free(r);
}

/* A page whose prose's stop words are clearly of one language says so, for
 * language detection; a page of too few stop words does not. */
static void test_clear_language(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, news);
    assert_true(f.page.lang_clear);
    assert_string_equal(pith_rules_stop_lang(f.page.lang), "en");
    done(&f);
    judge_page(&f, "Xylophone Zebra Quartz Jukebox Vortex Fjord Glyph Nymph Crypt Lynx Sphinx "
                   "Waltz Blitz Quiz Jazz Fuzz Buzz Wharf Dwarf Scarf Kvetch Klutz Schmaltz "
                   "Glitz Spritz Pretzel Quartzite Zephyr Rhythm Myrrh Gypsy Lymph Psych\n");
    assert_false(f.page.lang_clear);
    done(&f);
}

/* Terse prose, its stop words a sixth of its words (a tenth is enough) and
 * far ahead of any other language's, names its language too: it is not
 * guessed again from n-grams. */
static void test_clear_language_terse(void **state)
{
    (void)state;
    page_fixture f;
    judge_page(&f, "Engineers measured the suspension cables during three winter storms. "
                   "Inspectors found rusted anchors beneath eastern towers, cracked welds near "
                   "southern piers and loose rivets along every deck joint.\n\n"
                   "Crews replaced corroded bolts, painted exposed girders, tightened worn "
                   "clamps, sealed leaking drains and rebuilt damaged railings before spring "
                   "traffic returned to the bridge.\n\n"
                   "Commuters praised faster repairs while officials promised yearly checks of "
                   "every cable, anchor and pier from now on.\n");
    assert_true(f.page.lang_clear);
    assert_string_equal(pith_rules_stop_lang(f.page.lang), "en");
    done(&f);
}

/* A labelled byline in the page's header, further up than the headline's
 * neighbours (a standfirst, a picture's caption and a share row between),
 * names the author when no nearer line does. */
static void test_byline_far_up(void **state)
{
    (void)state;
    static const char page[] =
        "Home\n\nNews\n\nWritten by Jane Doe\n\nBridge Repairs Will Take a Year\n\n"
        "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nSeven\n\nEight\n\nNine\n\n"
        "Ten\n\nEleven\n\nTwelve\n\nThirteen\n\nFourteen\n\nFifteen\n\nSixteen\n\n"
        "Seventeen\n\n" P1 "\n\n" P2 "\n\n" P3 "\n";
    pith_result *r = pith_extract(page, strlen(page), NULL);
    assert_non_null(r);
    assert_non_null(r->author);
    assert_string_equal(r->author, "Jane Doe");
    assert_null(strstr(r->text, "Written by"));
    pith_result_free(r);
}

/* A lone "By" over a name is a byline; an author box after the article
 * names the author when no byline does. */
static void test_lone_label_and_author_box(void **state)
{
    (void)state;
    static const char lone[] = "Bridge Repairs Will Take a Year\n\nBy\n\nJane Doe\n\n" P1 "\n\n"
                               P2 "\n";
    pith_result *r = pith_extract(lone, strlen(lone), NULL);
    assert_string_equal(r->author, "Jane Doe");
    assert_null(strstr(r->text, "Jane Doe"));
    pith_result_free(r);
    static const char box[] = P1 "\n\n" P2 "\n\nWritten By\n\nMarisol Quintero\n\n"
                              "Marisol covers the waterfront.\n";
    r = pith_extract(box, strlen(box), NULL);
    assert_string_equal(r->author, "Marisol Quintero");
    assert_null(strstr(r->text, "waterfront"));
    pith_result_free(r);
}

/* ------------------------------------------------------------ the batch's lines */

/* A line two other documents of the host hold is repeated; one other is
 * not enough; another host's documents do not count. */
static void test_lineset_counts(void **state)
{
    (void)state;
    pith_lineset *set = pith_lineset_new();
    assert_non_null(set);
    const char *doc = "Shared Footer Line\n\n" P1 "\n";
    pith_options a, b;
    pith_options_init(&a);
    pith_options_init(&b);
    a.url = "https://a.example/1";
    b.url = "https://b.example/1";
    assert_int_equal(pith_lineset_add(set, 0, doc, strlen(doc), &a), 0);
    assert_int_equal(pith_lineset_add(set, 1, doc, strlen(doc), &b), 0);
    assert_int_equal(pith_lineset_add(set, 2, doc, strlen(doc), &a), 0);

    a.lineset = set;
    a.lineset_seq = 0;
    a.input = PITH_INPUT_TEXT;
    pith_result *r = pith_extract(doc, strlen(doc), &a);
    /* one other document of a.example: the footer stays (as the title) */
    assert_string_equal(r->title, "Shared Footer Line");
    pith_result_free(r);

    assert_int_equal(pith_lineset_add(set, 3, doc, strlen(doc), &a), 0);
    r = pith_extract(doc, strlen(doc), &a);
    assert_null(r->title);
    assert_non_null(strstr(r->text, "railway bridge")); /* the page's own prose stays */
    pith_result_free(r);
    pith_lineset_free(set);
}

/* A line one other document of the host holds is held elsewhere (its
 * verdicts are worth remembering), though not yet repeated. */
static void test_lineset_held_elsewhere(void **state)
{
    (void)state;
    pith_lineset *set = pith_lineset_new();
    assert_non_null(set);
    const char *doc = "Shared Footer Line\n\n" P1 "\n", *own = "Its Own Line\n\n" P2 "\n";
    pith_options a;
    pith_options_init(&a);
    a.url = "https://a.example/1";
    assert_int_equal(pith_lineset_add(set, 0, doc, strlen(doc), &a), 0);
    assert_int_equal(pith_lineset_add(set, 1, own, strlen(own), &a), 0);
    assert_int_equal(pith_lineset_add(set, 2, doc, strlen(doc), &a), 0);
    page_fixture f;
    read_page(&f, doc);
    pith_lineset_mark(set, 0, a.url, &f.page);
    assert_true(f.page.n >= 2);
    assert_true(f.page.b[0].held_elsewhere);
    assert_false(f.page.b[0].repeated);
    done(&f);
    read_page(&f, own);
    pith_lineset_mark(set, 1, a.url, &f.page);
    assert_false(f.page.b[0].held_elsewhere);
    done(&f);
    pith_lineset_free(set);
}

/* The set remembers the phrase rules' verdict on a text for the batch's
 * other documents: the very same bytes only (a text folded alike is
 * another), and, full, it forgets them all and starts again. */
static void test_lineset_remembers_verdicts(void **state)
{
    (void)state;
    pith_lineset *set = pith_lineset_new();
    assert_non_null(set);
    static const char ad[] = "Advertisement", loud[] = "ADVERTISEMENT";
    uint64_t h = pith_tblock_fold_hash(ad, strlen(ad));
    const char *rule = NULL, *said = NULL;
    pith_category cat = PITH_CAT_NONE, said_cat = PITH_CAT_NONE;
    assert_false(pith_lineset_verdict(set, h, ad, strlen(ad), &said, &said_cat));
    rule = pith_rules_block_phrase(ad, strlen(ad), strlen(ad), &cat);
    assert_non_null(rule);
    pith_lineset_remember_verdict(set, h, ad, strlen(ad), rule, cat);
    assert_true(pith_lineset_verdict(set, h, ad, strlen(ad), &said, &said_cat));
    assert_ptr_equal(said, rule);
    assert_int_equal(said_cat, cat);
    assert_int_equal(pith_tblock_fold_hash(loud, strlen(loud)), h);
    assert_false(pith_lineset_verdict(set, h, loud, strlen(loud), &said, &said_cat));
    char line[8] = "line ";
    for (unsigned k = 0; k < 40000; k++) { /* more texts than it holds */
        line[5] = (char)('a' + k % 26), line[6] = (char)('a' + k / 26 % 26);
        line[7] = (char)('a' + k / 676 % 26);
        pith_lineset_remember_verdict(set, pith_tblock_fold_hash(line, 8) + k, line, 8, NULL,
                                      PITH_CAT_NONE);
    }
    assert_false(pith_lineset_verdict(set, h, ad, strlen(ad), &said, &said_cat));
    assert_true(pith_lineset_verdict(set, pith_tblock_fold_hash(line, 8) + 39999, line, 8, &said,
                                     &said_cat));
    assert_null(said);
    pith_lineset_free(set);
}

/* A text document's add reads its page once, for its extraction too: the
 * page taken is the blocks a read of the same text makes, it is taken
 * once, only for that text, and the set keeps the pages of the last
 * 4 * PITH_LINESET_AHEAD documents added, no more.  A page taken is the
 * taker's until it frees it: the adds after it and the set's end leave
 * it whole. */
static void test_lineset_keeps_pages(void **state)
{
    (void)state;
    pith_lineset *set = pith_lineset_new();
    const char *doc = "A Headline Over The Story\n\n" P1 "\n\n- one item of a list\n";
    const char *other = "Another Page\n\n" P1 "\n";
    pith_options o;
    pith_options_init(&o);
    o.input = PITH_INPUT_TEXT;
    for (unsigned long long k = 0; k < 2; k++)
        assert_int_equal(pith_lineset_add(set, k, doc, strlen(doc), &o), 0);
    page_fixture f;
    read_page(&f, doc);
    pith_tpage taken;
    /* a taken page's memory counts against the taker's budget until it is
     * freed, as the taker's own read of the page would */
    pith_budget roomy, tight;
    pith_budget_init(&roomy, 0, 0);
    pith_budget_init(&tight, 64, 0);
    pith_lineset_page *held = pith_lineset_take(set, 0, doc, strlen(doc), &taken, &roomy);
    assert_non_null(held);
    assert_true(roomy.used > strlen(doc)); /* the page's text and blocks */
    assert_int_equal(taken.n, f.page.n);
    assert_int_equal(taken.total, f.page.total);
    assert_int_equal(taken.wrap, f.page.wrap);
    assert_int_equal(taken.references, f.page.references);
    assert_memory_equal(taken.text, f.page.text, f.page.total);
    for (uint32_t i = 0; i < taken.n; i++) {
        assert_int_equal(taken.b[i].off, f.page.b[i].off);
        assert_int_equal(taken.b[i].len, f.page.b[i].len);
        assert_int_equal(taken.b[i].kind, f.page.b[i].kind);
        assert_int_equal(taken.b[i].chars, f.page.b[i].chars);
        assert_int_equal(taken.b[i].words, f.page.b[i].words);
        assert_int_equal(taken.b[i].sentence_end, f.page.b[i].sentence_end);
        assert_int_equal(taken.b[i].title_case, f.page.b[i].title_case);
        assert_true(taken.b[i].hash == f.page.b[i].hash);
    }
    pith_tpage other_taken;
    assert_null(pith_lineset_take(set, 0, doc, strlen(doc), &other_taken, NULL)); /* once */
    assert_null(pith_lineset_take(set, 1, other, strlen(other), &other_taken, NULL));
    assert_null(pith_lineset_take(set, 1, doc, strlen(doc), &other_taken, NULL)); /* given up */
    for (unsigned long long k = 2; k <= 2 + 4 * PITH_LINESET_AHEAD; k++)
        assert_int_equal(pith_lineset_add(set, k, doc, strlen(doc), &o), 0);
    assert_null(pith_lineset_take(set, 2, doc, strlen(doc), &other_taken, NULL));
    pith_lineset_page *third = pith_lineset_take(set, 3, doc, strlen(doc), &other_taken, &tight);
    assert_non_null(third);
    pith_lineset_page_free(third);
    assert_int_equal(tight.failed, PITH_BUDGET_MEMORY); /* too small for it: refused */
    pith_lineset_page *last =
        pith_lineset_take(set, 2 + 4 * PITH_LINESET_AHEAD, doc, strlen(doc), &other_taken, NULL);
    assert_non_null(last);
    pith_lineset_page_free(last);
    pith_lineset_free(set);
    assert_memory_equal(taken.text, f.page.text, f.page.total); /* still the taker's */
    assert_true(taken.b[taken.n - 1].hash == f.page.b[f.page.n - 1].hash);
    pith_lineset_page_free(held);
    assert_int_equal(roomy.used, 0);
    done(&f);
}

/* The add keeps the bytes it decoded: the extraction of the same bytes,
 * read with the same charset label, takes the decoded text (and does not
 * decode them again); other bytes, another label or another document get
 * nothing. */
static void test_lineset_keeps_decoded_text(void **state)
{
    (void)state;
    pith_lineset *set = pith_lineset_new();
    const char *doc = "A Headline Over The Story\n\n" P1 "\n";
    const char *other = "Another Page\n\n" P1 "\n";
    pith_options o;
    pith_options_init(&o);
    o.input = PITH_INPUT_TEXT;
    o.charset = "utf-8";
    assert_int_equal(pith_lineset_add(set, 0, doc, strlen(doc), &o), 0);
    assert_true(pith_lineset_holds(set, 0, doc, strlen(doc), "utf-8"));
    assert_false(pith_lineset_holds(set, 0, doc, strlen(doc), NULL));
    assert_false(pith_lineset_holds(set, 0, doc, strlen(doc), "latin1"));
    assert_false(pith_lineset_holds(set, 0, other, strlen(other), "utf-8"));
    assert_false(pith_lineset_holds(set, 1, doc, strlen(doc), "utf-8"));
    pith_buf out = PITH_BUF_INIT;
    pith_decode_info info;
    assert_false(pith_lineset_decoded(set, 0, other, strlen(other), "utf-8", &out, &info));
    assert_int_equal(out.len, 0);
    assert_true(pith_lineset_decoded(set, 0, doc, strlen(doc), "utf-8", &out, &info));
    assert_string_equal(out.data, doc);
    assert_string_equal(info.charset, "UTF-8");
    assert_false(info.replaced);
    pith_buf_free(&out);
    /* bytes that decode to another text (Latin-1 here) are kept apart from it */
    const char *latin = "Caf\xE9 Prices Rise Again\n\n" P1 "\n";
    o.charset = "latin1";
    assert_int_equal(pith_lineset_add(set, 2, latin, strlen(latin), &o), 0);
    assert_true(pith_lineset_holds(set, 2, latin, strlen(latin), "latin1"));
    assert_false(pith_lineset_holds(set, 2, doc, strlen(doc), "latin1"));
    out = (pith_buf)PITH_BUF_INIT;
    assert_true(pith_lineset_decoded(set, 2, latin, strlen(latin), "latin1", &out, &info));
    assert_non_null(strstr(out.data, "Caf\xC3\xA9 Prices"));
    pith_buf_free(&out);
    pith_lineset_free(set);
}

/* An HTML document's add counts no lines but keeps its decoding, which
 * its extraction takes once. */
static void test_lineset_keeps_html_decoding(void **state)
{
    (void)state;
    pith_lineset *set = pith_lineset_new();
    const char *html = "<html><body><p>Shared Footer Line</p><p>x</p></body></html>";
    assert_int_equal(pith_lineset_add(set, 0, html, strlen(html), NULL), 0);
    assert_true(pith_lineset_holds(set, 0, html, strlen(html), NULL));
    pith_buf out = PITH_BUF_INIT;
    pith_decode_info info;
    assert_true(pith_lineset_decoded(set, 0, html, strlen(html), NULL, &out, &info));
    assert_string_equal(out.data, html);
    pith_buf_free(&out);
    assert_false(pith_lineset_holds(set, 0, html, strlen(html), NULL)); /* taken */
    assert_false(pith_lineset_decoded(set, 0, html, strlen(html), NULL, &out, &info));
    pith_lineset_free(set);
}

/* What a document is compared with does not depend on what was added
 * after it, beyond PITH_LINESET_AHEAD documents. */
static void test_lineset_lookahead(void **state)
{
    (void)state;
    pith_lineset *set = pith_lineset_new();
    const char *doc = "Shared Footer Line\n\n" P1 "\n";
    pith_options o;
    pith_options_init(&o);
    o.lineset = set;
    o.lineset_seq = 0;
    pith_lineset_add(set, 0, doc, strlen(doc), &o);
    pith_lineset_add(set, PITH_LINESET_AHEAD, doc, strlen(doc), &o);
    pith_lineset_add(set, PITH_LINESET_AHEAD + 1, doc, strlen(doc), &o);
    pith_result *r = pith_extract(doc, strlen(doc), &o);
    assert_string_equal(r->title, "Shared Footer Line"); /* both are too far ahead */
    pith_result_free(r);
    o.lineset_seq = 2;
    r = pith_extract(doc, strlen(doc), &o);
    assert_null(r->title); /* 0 and AHEAD are within 2 + AHEAD */
    pith_result_free(r);
    pith_lineset_free(set);
}

/* HTML documents are not counted. */
static void test_lineset_skips_html(void **state)
{
    (void)state;
    pith_lineset *set = pith_lineset_new();
    const char *html = "<html><body><p>Shared Footer Line</p><p>x</p></body></html>";
    const char *doc = "Shared Footer Line\n\n" P1 "\n";
    pith_lineset_add(set, 0, html, strlen(html), NULL);
    pith_lineset_add(set, 1, html, strlen(html), NULL);
    pith_options o;
    pith_options_init(&o);
    o.lineset = set;
    o.lineset_seq = 2;
    pith_result *r = pith_extract(doc, strlen(doc), &o);
    assert_string_equal(r->title, "Shared Footer Line");
    pith_result_free(r);
    pith_lineset_free(set);
}

/* ------------------------------------------------------------ HTML or text */

/* The line set's key folds ASCII letters to lower case and digits to '0'
 * ("Copyright 2023" and "copyright 2024" are one footer) and counts every
 * other byte as it is: each byte's hash against FNV-1a of its folded byte. */
static void test_fold_hash(void **state)
{
    (void)state;
    for (unsigned c = 0; c < 256; c++) {
        unsigned char folded = (unsigned char)c;
        if (c >= 'A' && c <= 'Z')
            folded = (unsigned char)(c + 32);
        else if (c >= '0' && c <= '9')
            folded = '0';
        uint64_t want = (0xcbf29ce484222325ull ^ folded) * 0x100000001b3ull; /* FNV-1a */
        char byte = (char)c;
        if (pith_tblock_fold_hash(&byte, 1) != want)
            fail_msg("byte 0x%02X folded wrong", c);
    }
    assert_true(pith_tblock_fold_hash("Copyright 2023", 14) ==
                pith_tblock_fold_hash("copyright 2024", 14));
    assert_true(pith_tblock_fold_hash("\xC3\x89t\xC3\xA9", 5) !=
                pith_tblock_fold_hash("\xC3\xA9t\xC3\xA9", 5));
}

/* A date line's parse is kept as the block's answer to pith_tblock_dated
 * too (both bits on its twin, the date line's asked first), so headline.c
 * does not parse the line again; a line that is no date keeps "no". */
static void test_date_line_keeps_dated(void **state)
{
    (void)state;
    page_fixture f;
    read_page(&f, "March 17, 2016\n\nHome\n\nMarch 17, 2016\n\n" P1 "\n");
    assert_true(f.page.n == 4);
    assert_true(pith_text_date_line(&f.page, 0));
    uint8_t asked = f.page.b[f.page.b[0].twin].asked;
    assert_true((asked & PITH_ASKED_DATED) && (asked & PITH_IS_DATED));
    assert_true(pith_text_date_line(&f.page, 2)); /* its twin's answer */
    assert_true(pith_tblock_dated(&f.page, 0) && pith_tblock_dated(&f.page, 2));
    assert_false(pith_text_date_line(&f.page, 1));
    assert_false(pith_tblock_dated(&f.page, 1) || pith_tblock_dated(&f.page, 3));
    done(&f);
}

/* A block's words and title case count each character beyond ASCII as
 * its code point is (a word's character or not, a capital letter or not):
 * the two-byte code points and the general punctuation, which page.c
 * looks up in a table made once, as well as the rest, which it decodes. */
static void check_measured_as(uint32_t cp)
{
    char c[4];
    size_t k = pith_utf8_put(cp, c);
    char line[64];
    /* "Ab<c>cd": one word when c is a word's character, else two; and
     * "<c>bcd Efgh Ijkl": title case when c is a capital letter */
    snprintf(line, sizeof line, "Ab%.*scd\n\n%.*sbcd Efgh Ijkl\n", (int)k, c, (int)k, c);
    page_fixture f;
    read_page(&f, line);
    bool word = pith_is_word_cp(cp);
    bool capital = word && pith_lower_cp(cp) != cp && !(cp >= '0' && cp <= '9');
    if (f.page.n != 2 || f.page.b[0].words != (word ? 1u : 2u) ||
        f.page.b[1].title_case != capital)
        fail_msg("U+%04X: %u blocks, %u words, title case %d", (unsigned)cp, f.page.n,
                 f.page.n ? f.page.b[0].words : 0, f.page.n > 1 && f.page.b[1].title_case);
    done(&f);
}

static void test_measure_beyond_ascii(void **state)
{
    (void)state;
    for (uint32_t cp = 0x80; cp < 0x800; cp++)
        check_measured_as(cp);
    for (uint32_t cp = 0x2000; cp < 0x2080; cp++)
        if (cp != 0x2028 && cp != 0x2029) /* line and paragraph separators part lines */
            check_measured_as(cp);
    static const uint32_t OTHERS[] = {0x1E9E, 0x2080, 0x2100, 0x212A, 0xFF21}; /* decoded */
    for (size_t i = 0; i < sizeof OTHERS / sizeof OTHERS[0]; i++)
        check_measured_as(OTHERS[i]);
}

static void test_markup_detection(void **state)
{
    (void)state;
    assert_true(pith_input_has_markup("<p>Hello</p>", 12));
    assert_true(pith_input_has_markup("  <!DOCTYPE html><title>x", 25));
    assert_true(pith_input_has_markup("Text with <b>bold</b> in it", 27));
    assert_false(pith_input_has_markup("a < b and c > d", 15));
    assert_false(pith_input_has_markup("Write to <jane@example.org> today", 33));
    assert_false(pith_input_has_markup("The <p> tag starts a paragraph.", 31));
    assert_false(pith_input_has_markup("Plain text.\n\nMore text.\n", 24));
    assert_true(pith_input_has_markup("<html>x", 7));
    assert_true(pith_input_has_markup("<!-- saved --> Hello", 20));
    /* a text that opens with one quoted tag is text still */
    assert_false(pith_input_has_markup("<img src=\"p.gif\">\n\nPlain text.\n\nMore.\n", 38));
    /* a manual as text quotes tags on its code's lines only: text, however
     * many; a fragment of HTML has them on most lines */
    static const char manual[] =
        "Lists\n\nA list groups items.\n\nWrite each item in its own element.\n\n"
        "<ul><li>One</li></ul>\n\nThe browser draws a bullet before each.\n\n"
        "Numbered lists work the same way.\n\n<ol><li>One</li></ol>\n\n"
        "Nest a list inside an item to indent it.\n\nKeep items short.\n";
    assert_false(pith_input_has_markup(manual, sizeof manual - 1));
    static const char fragment[] = "Intro line\n<p>One <b>two</b></p>\n<p>Three</p>\nfour\n";
    assert_true(pith_input_has_markup(fragment, sizeof fragment - 1));
}

/* --input: auto reads text as text; html makes it one HTML paragraph. */
static void test_input_option(void **state)
{
    (void)state;
    pith_options o;
    pith_options_init(&o);
    char *t = extract_text(P1 "\n\n" P2 "\n", &o);
    assert_non_null(strstr(t, "replaced.\n\nEngineers"));
    free(t);
    o.input = PITH_INPUT_HTML;
    t = extract_text(P1 "\n\n" P2 "\n", &o);
    assert_non_null(strstr(t, "replaced. Engineers"));
    free(t);
    o.input = (pith_input_type)7;
    pith_result *r = pith_extract("x", 1, &o);
    assert_int_equal(r->status, PITH_ERR_ARGUMENT);
    pith_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blank_lines_part_paragraphs),
        cmocka_unit_test(test_one_block_a_line),
        cmocka_unit_test(test_wrapped_lines_joined),
        cmocka_unit_test(test_short_lines_not_wrapped),
        cmocka_unit_test(test_list_items),
        cmocka_unit_test(test_item_continuation),
        cmocka_unit_test(test_headings_and_rules),
        cmocka_unit_test(test_outdented_heading),
        cmocka_unit_test(test_quote),
        cmocka_unit_test(test_inline_marks),
        cmocka_unit_test(test_links_around_pictures_and_blocks),
        cmocka_unit_test(test_underlined_links),
        cmocka_unit_test(test_underlined_links_bound),
        cmocka_unit_test(test_underscore_emphasis),
        cmocka_unit_test(test_wrapped_markdown_with_long_links),
        cmocka_unit_test(test_picture_address_broken),
        cmocka_unit_test(test_browser_marks),
        cmocka_unit_test(test_frame_address),
        cmocka_unit_test(test_broken_prose_joined),
        cmocka_unit_test(test_inline_pieces_joined),
        cmocka_unit_test(test_lynx_references),
        cmocka_unit_test(test_bibliography_is_no_link_list),
        cmocka_unit_test(test_references_leave_the_wrap_width),
        cmocka_unit_test(test_references_leave_the_edge),
        cmocka_unit_test(test_box_of_linked_headlines),
        cmocka_unit_test(test_title_case),
        cmocka_unit_test(test_measure_counts),
        cmocka_unit_test(test_headline_over_date),
        cmocka_unit_test(test_clear_language),
        cmocka_unit_test(test_clear_language_terse),
        cmocka_unit_test(test_phrases_removed),
        cmocka_unit_test(test_article_run),
        cmocka_unit_test(test_article_copy),
        cmocka_unit_test(test_short_stretch_no_copy),
        cmocka_unit_test(test_end_marker),
        cmocka_unit_test(test_marker_in_share_row),
        cmocka_unit_test(test_comment_headers),
        cmocka_unit_test(test_menu_inside),
        cmocka_unit_test(test_priced_cards_no_menu),
        cmocka_unit_test(test_card_labels_among_records),
        cmocka_unit_test(test_related_list_on_service_page),
        cmocka_unit_test(test_lone_counts_among_records),
        cmocka_unit_test(test_repeated_lines),
        cmocka_unit_test(test_comments_follow_article),
        cmocka_unit_test(test_run_ends_at_comments),
        cmocka_unit_test(test_comment_count_over_article),
        cmocka_unit_test(test_bare_label_inside_article),
        cmocka_unit_test(test_related_box_inside),
        cmocka_unit_test(test_related_box_shapes),
        cmocka_unit_test(test_newsletter_box_inside),
        cmocka_unit_test(test_alike_list),
        cmocka_unit_test(test_feed_after_article),
        cmocka_unit_test(test_alike_dated_posts),
        cmocka_unit_test(test_legal_notice),
        cmocka_unit_test(test_captions),
        cmocka_unit_test(test_agency_captions),
        cmocka_unit_test(test_about_box),
        cmocka_unit_test(test_table_cells),
        cmocka_unit_test(test_captions_among_records),
        cmocka_unit_test(test_said_often),
        cmocka_unit_test(test_intro_over_records),
        cmocka_unit_test(test_grid_outweighs_run),
        cmocka_unit_test(test_numbered_list_after_article),
        cmocka_unit_test(test_clean_text_keeps_its_tail),
        cmocka_unit_test(test_thread_records),
        cmocka_unit_test(test_article_over_labelled_feed),
        cmocka_unit_test(test_little_prose_keeps_page),
        cmocka_unit_test(test_no_prose_fallback),
        cmocka_unit_test(test_metadata_lines),
        cmocka_unit_test(test_lone_label_and_author_box),
        cmocka_unit_test(test_byline_far_up),
        cmocka_unit_test(test_name_by_date),
        cmocka_unit_test(test_glued_by_label),
        cmocka_unit_test(test_unlabelled_byline_is_no_headline),
        cmocka_unit_test(test_short_headline_over_date),
        cmocka_unit_test(test_glued_by_by_date),
        cmocka_unit_test(test_interface_line_is_no_name),
        cmocka_unit_test(test_name_over_rank_badge),
        cmocka_unit_test(test_thread_starter_deep_in_text),
        cmocka_unit_test(test_thread_starter_far_over_text),
        cmocka_unit_test(test_title_over_thread_header),
        cmocka_unit_test(test_thread_start_date),
        cmocka_unit_test(test_question_stamp_date),
        cmocka_unit_test(test_join_date_is_no_date),
        cmocka_unit_test(test_starter_on_header_line),
        cmocka_unit_test(test_poster_under_first_post_number),
        cmocka_unit_test(test_headline_far_over_date),
        cmocka_unit_test(test_date_far_over_text),
        cmocka_unit_test(test_date_in_credits_line),
        cmocka_unit_test(test_labelled_date_under_text),
        cmocka_unit_test(test_dated_byline_over_text),
        cmocka_unit_test(test_headline_over_deck),
        cmocka_unit_test(test_trail_end_under),
        cmocka_unit_test(test_headline_marks_off),
        cmocka_unit_test(test_rating_is_no_title),
        cmocka_unit_test(test_headline_shown_twice),
        cmocka_unit_test(test_account_buttons_shown_twice),
        cmocka_unit_test(test_post_fields_among_records),
        cmocka_unit_test(test_headline_under_date_line),
        cmocka_unit_test(test_trail_end_beside),
        cmocka_unit_test(test_trail_end_beside_other_marks),
        cmocka_unit_test(test_name_by_far_date),
        cmocka_unit_test(test_name_under_headline),
        cmocka_unit_test(test_unlabelled_name_reads_as_names),
        cmocka_unit_test(test_name_over_role),
        cmocka_unit_test(test_name_on_date_line),
        cmocka_unit_test(test_credit_closed_by_date),
        cmocka_unit_test(test_stamped_date_line),
        cmocka_unit_test(test_dated_line_is_no_title),
        cmocka_unit_test(test_credit_line_is_no_title),
        cmocka_unit_test(test_lead_in_is_no_title),
        cmocka_unit_test(test_headline_over_text),
        cmocka_unit_test(test_headline_over_prose),
        cmocka_unit_test(test_headline_over_prose_over_section),
        cmocka_unit_test(test_headline_over_far_byline),
        cmocka_unit_test(test_title_case_headline_under_date),
        cmocka_unit_test(test_byline_with_date),
        cmocka_unit_test(test_lineset_counts),
        cmocka_unit_test(test_lineset_held_elsewhere),
        cmocka_unit_test(test_lineset_remembers_verdicts),
        cmocka_unit_test(test_lineset_keeps_pages),
        cmocka_unit_test(test_lineset_keeps_decoded_text),
        cmocka_unit_test(test_lineset_keeps_html_decoding),
        cmocka_unit_test(test_lineset_lookahead),
        cmocka_unit_test(test_lineset_skips_html),
        cmocka_unit_test(test_fold_hash),
        cmocka_unit_test(test_date_line_keeps_dated),
        cmocka_unit_test(test_measure_beyond_ascii),
        cmocka_unit_test(test_markup_detection),
        cmocka_unit_test(test_input_option),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
