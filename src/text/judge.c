/*
 * judge.c — which blocks of a text page are the article.
 *
 * What HTML gives through tags and classes, text does not; what is left is
 * the words, the shape of the lines and their order.  The judgement:
 *   1. every block against the phrase rules of src/rules/ (advertising
 *      labels, share rows, newsletter pitches, copyright, cookie and credit
 *      lines, calls to action, in every language pith knows), lines other
 *      documents of the batch hold too (a site's header and footer), lines
 *      that are only a web address, lynx's list of link targets, and a
 *      later copy of the article (a print version: paragraphs said again
 *      in the same order);
 *   2. the paragraph classifier (content/units.h): length, link density,
 *      the share of stop words of the page's language, then context;
 *   3. the article is the run of blocks with the most prose: each block
 *      weighs for or against (prose for, short lines a little against,
 *      boilerplate against) and the heaviest run wins (the maximum
 *      subarray, linear);
 *   4. a heading that opens what follows an article ("You may also like",
 *      "Related", "12 Comments", "About the author") weighs heavily against
 *      the run; readers' comments follow the article, so a run after their
 *      label is the article only when the page before it holds no prose of
 *      its own; a page whose best run holds little prose is no article (a
 *      product, a listing) and keeps every block no rule removes;
 *   5. inside the article: boilerplate goes, menus go (runs of short lines
 *      that do not read as a list of the article: few words each, no
 *      sentences), and so does what the classifier finds bad.
 * Each removed block gets a rule name for --explain.
 */
#include "judge.h"

#include <string.h>

#include "content/units.h"
#include "meta/date.h"
#include "meta/author.h"
#include "rules/card_labels.h"
#include "text/kind.h"
#include "text/lineset.h"
#include "util/ascii.h"
#include "util/budget.h"
#include "util/utf8.h"

#define URL_MAX_CHARS 2000       /* a longer block is not just an address */
#define LYNX_LINK_CHARS 12       /* non-space bytes a lynx link's text takes, about */
#define SHORT_WEIGHT 8.0         /* what a short line costs the article run */
#define PHRASE_WEIGHT 10.0       /* what a boilerplate line costs it */
/* The stop words of one language name the page's language when they are
 * at least a tenth of its prose's words and twice as many as any other
 * language's (close languages share many).  Named, the language is not
 * guessed from n-grams (the dearest step of a text page, two million
 * instructions for its 3,000 bytes).  Of the 1,808 corpus pages as text
 * (aeb, moz, wcxb, read one at a time), 47 pass this and did not pass a
 * fifth and three times: the n-grams named the same language for 44, and
 * German for three English pages (their HTML declares English). */
#define CLEAR_LANG_SHARE 0.1
#define CLEAR_LANG_LEAD 2
#define END_MARKER_MAX_CHARS 80  /* a heading-sized label */
#define END_WEIGHT 400.0
#define ABOUT_NAME_MIN_WORDS 2   /* "About Jane Doe": a person's name, not "About Us" */
#define ABOUT_NAME_MAX_WORDS 4   /* "Über Anna Maria von Berg"; longer is a heading */
#define ARTICLE_MIN_PROSE 200.0  /* prose (non-space bytes) that makes a short post */
#define ARTICLE_PAGE_PROSE 300.0 /* prose a page's best run holds when the page is an
                                    article; with less, the page's parts are its content */
#define EDGE_DISCOUNT 0.3
#define ITEM_MIN_WORDS 4         /* what a label opening the page's other parts costs */
#define COMMENT_HEADER_MAX_CHARS 150
#define SECTION_MAX_BLOCKS 12    /* blocks named after the label over them */
#define MENU_MIN_RUN 4           /* short lines in a row that make a menu */
#define MENU_MAX_WORDS 4.0       /* words per line of a menu, on average */
#define STAMP_MAX_CHARS 80       /* a date line: "First published on May 3, 2019 / 1:07 AM" */
#define STAMP_MAX_WORDS 12
#define STAMPS_OF_A_FEED 3       /* date lines that make the page a feed of dated items */
#define FEED_ARTICLE_SHARE 2.0   /* the article under its date, against the largest item */
#define COUNT_BEFORE_PROSE 2     /* blocks between a byline row's comment count and the article */
#define INLINE_BOX_MAX 6         /* blocks of a "Related" box inside an article, label and all */
#define ITEM_GAP_MAX 3           /* blocks from one numbered item to the next: its address,
                                    its price, its picture's caption */
#define LIST_MIN_ITEMS 3         /* items numbered in sequence that make a list */
#define LIST_MARKS 16            /* bytes of the marks a list's item is written with */
#define LIST_ITEM_MAX_WORDS 8    /* words of an item, on average: a headline takes more */
#define LIST_ITEM_MIN_WORDS 2    /* an item that names something: not a rank alone ("1. 1") */
#define LEGAL_MIN_CHARS 300      /* longer than what the copyright rule reads */
#define LEGAL_MAX_CHARS 2000     /* a legal notice, not a story about rights */
#define RECORD_MARK_MAX_CHARS 60 /* a record's label: "Reply", "Posts: 138", "Title:", "Add to cart" */
#define RECORD_MIN_MARKS 4       /* times one label comes back that make the page records */
#define RECORD_INTRO_PROSE 1000.0 /* prose of an intro over records: a few sentences (a
                                   * collection's story, a thread's question); an article
                                   * over its comments holds more */
#define RECORDS_OVER_RUN 4.0     /* a grid's text, in times a short run's, that makes the page its grid */
#define RECORD_GAP_SPREAD 4.0    /* a gap this many times the mean parts two runs of a label */
#define COPY_MIN_CHARS 40        /* a paragraph (and a sentence), not a label that comes
                                    back nor a line of an example of code said again */
#define COPY_MIN_BLOCKS 5        /* paragraphs in a row repeated that make a copy of a stretch:
                                    an article, not a section of three said again */
#define SAID_OFTEN 3             /* times a long line that is no sentence comes back on one
                                    page that make it furniture: a headline says itself twice */
#define CAPTION_MAX_CHARS 400   /* a caption is a sentence or two under its picture */
#define CARD_MAX_LINES 8          /* lines of a product's card in a grid written as text: its
                                    name, variant, rating, price, old price, button */
#define FIGURE_MAX_CHARS 12      /* a table's cell of figures: "-1,234.56%" */
#define FIGURE_NONE (-2)         /* cell_figure's answer for a block that is no figure */
#define TABLE_FIGURE_SPREAD 2    /* bytes between a table's shortest and longest figure */
#define COUNT_NEIGHBOUR_MIN_CHARS 2 /* a line of words beside a count: a formula's
                                       signs stand one a line ("=", "n") */
#define COUNT_APART 2          /* lines round a record's count with no figure: a table's
                                  row holds its rank, its name, then figures */
#define RECORD_PROSE_SHARE 3     /* no record holds a third of the records' prose: an article
                                    over a feed of teasers with their summaries holds more */

/* ------------------------------------------------------------ step 1 */

static bool is_url_text(const char *s, size_t n)
{
    if (n > 8 && memcmp(s, "IFRAME: ", 8) == 0) /* lynx names a frame by its address */
        s += 8, n -= 8;
    if (n < 8 || n > URL_MAX_CHARS || memchr(s, ' ', n))
        return false;
    return strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0 ||
           strncmp(s, "www.", 4) == 0 || strncmp(s, "mailto:", 7) == 0 ||
           strncmp(s, "file://", 7) == 0 || strncmp(s, "javascript:", 11) == 0;
}

/* Prose: a paragraph the classifier finds good, or nearly good and
 * ending as a sentence does. */
static bool sentence_prose(const pith_tblock *blk)
{
    return blk->cls == PITH_UNIT_GOOD || (blk->cls == PITH_UNIT_NEAR_GOOD && blk->sentence_end);
}

bool pith_text_sentence_prose(const pith_tblock *blk)
{
    return sentence_prose(blk);
}

static void remove_block(pith_tblock *blk, const char *rule)
{
    blk->role = PITH_TR_REMOVED;
    blk->rule = rule;
}

/* Readers' comments follow the article under lines naming their writers
 * ("Jane on May 3, 2019 said:"): two such lines make a comment section,
 * and each of them a label that opens what is not the article. */
static void comment_headers(pith_tpage *page)
{
    uint32_t count = 0;
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        const char *s = pith_tblock_text(page, i);
        /* the header ends with its colon: only those lines are tried */
        blk->comment_header = blk->role != PITH_TR_REMOVED &&
                              blk->chars <= COMMENT_HEADER_MAX_CHARS && blk->len > 0 &&
                              memchr(s + (blk->len > 4 ? blk->len - 4 : 0), ':',
                                     blk->len > 4 ? 4 : blk->len) &&
                              pith_rules_is_comment_header(s, blk->len);
        count += blk->comment_header;
    }
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        if (count < 2)
            blk->comment_header = false;
        else if (blk->comment_header)
            remove_block(blk, "comment-header");
    }
}

/* A clock time alone: "14:10", "9:05 pm", "21h30". */
static bool is_clock_time(const char *s, size_t n)
{
    size_t i = 0, d = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && d < 2)
        i++, d++;
    if (d == 0 || i >= n || (s[i] != ':' && s[i] != 'h'))
        return false;
    i++;
    for (d = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
        d++;
    if (d != 2)
        return false;
    while (i < n && s[i] == ' ')
        i++;
    const char *rest = s + i;
    size_t left = n - i;
    return left == 0 || (left == 2 && (strncmp(rest, "am", 2) == 0 || strncmp(rest, "pm", 2) == 0 ||
                                       strncmp(rest, "AM", 2) == 0 || strncmp(rest, "PM", 2) == 0));
}

/* Only what a date is written with: letters (month and day names of any
 * script), digits, spaces and ", . : / -".  Not a row of a table of dated
 * figures ("2020-08-01 18:00 │ 404 │ 0"), nor the last line of a quoted
 * post ("— Jane Doe (@jd) May 3, 2019"), which an article holds as often
 * as it likes. */
static bool date_characters_only(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp = (unsigned char)s[i];
        if (cp < 0x80) {
            if (!pith_ascii_is_alnum((char)cp) && cp != ' ' && cp != ',' && cp != '.' &&
                cp != ':' && cp != '/' && cp != '-')
                return false;
            i++;
            continue;
        }
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (k <= 0 || !pith_is_word_cp(cp))
            return false;
        i += (size_t)k;
    }
    return true;
}

static bool is_date_line(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    return blk->chars <= STAMP_MAX_CHARS && blk->words <= STAMP_MAX_WORDS &&
           !blk->sentence_end && date_characters_only(s, blk->len) &&
           (is_clock_time(s, blk->len) || pith_tblock_dated(page, i));
}

bool pith_text_date_line(pith_tpage *page, uint32_t i)
{
    return pith_tblock_kept_answer(page, i, PITH_ASKED_DATE_LINE, PITH_IS_DATE_LINE, is_date_line);
}

/* Lines that are a date or a time and little else ("14:10", "March 17,
 * 2016", "First published on November 20, 2019"): an article has one, by
 * its headline; a page with several is a feed of dated items after it (a
 * live ticker, teasers of other stories, readers' comments), each under
 * its stamp. */
static void item_stamps(pith_tpage *page)
{
    uint32_t count = 0;
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        blk->stamp = blk->role != PITH_TR_REMOVED &&
                     pith_text_date_line(page, i);
        count += blk->stamp;
    }
    /* The prose between one stamp and the next: an article under its date
     * holds far more than any item of the feed after it; the posts of a
     * forum, each under its date, are alike, and all of them the page's
     * content. */
    double largest = 0, second = 0, segment = 0;
    for (uint32_t i = 0; i <= page->n; i++) {
        if (i == page->n || page->b[i].stamp) {
            if (segment > largest)
                second = largest, largest = segment;
            else if (segment > second)
                second = segment;
            segment = 0;
            continue;
        }
        if (page->b[i].role != PITH_TR_REMOVED && sentence_prose(&page->b[i]))
            segment += page->b[i].chars;
    }
    bool feed = count >= STAMPS_OF_A_FEED && largest >= FEED_ARTICLE_SHARE * second;
    for (uint32_t i = 0; !feed && i < page->n; i++)
        page->b[i].stamp = false;
}

/* A long paragraph that reserves rights ("... All Rights Reserved.
 * Standard & Poor's and S&P are registered trademarks of ..."): the legal
 * notice of a page's footer, which as text is one block of sentences that
 * the run of prose would take for the article.  The copyright rule reads
 * only short blocks; a notice is as long as LEGAL_MAX_CHARS: the phrase
 * verdict asks the rule about a block of a notice's length too. */
static bool legal_length(const pith_tblock *blk)
{
    return blk->chars > LEGAL_MIN_CHARS && blk->chars <= LEGAL_MAX_CHARS;
}

/* Whether rule_blocks judges block i by its text (not by where it stands
 * or by its kind). */
static bool judged_by_text(const pith_tpage *page, uint32_t i)
{
    return i < page->references && page->b[i].kind != PITH_TB_RULE;
}

/* Block j, judged by its text before block i, holds the same text: its
 * verdict is i's.  A page repeats lines (its menus at its head and its
 * foot, "Advertisement" between paragraphs: a block in four on news
 * pages), and the phrase rules are the dearest step of the text front
 * end. */
static bool judged_before(const pith_tpage *page, uint32_t j, uint32_t i)
{
    const pith_tblock *a = &page->b[j], *b = &page->b[i];
    return j < i && judged_by_text(page, j) && a->len == b->len &&
           memcmp(pith_tblock_text(page, j), pith_tblock_text(page, i), a->len) == 0;
}

/* The phrase rules' verdict on block blk (its text s), or "legal-notice",
 * through the memo of the batch's set (page->lines) when another document
 * holds the line: a site's header and footer lines are judged on one of
 * its pages only. */
static const char *phrase_verdict(const pith_tpage *page, const pith_tblock *blk, const char *s,
                                  pith_category *cat)
{
    bool legal = legal_length(blk);
    /* the rules read no text longer than a cookie notice or a legal one:
     * no work to spare */
    bool memo = page->lines && blk->held_elsewhere && blk->chars > 0 &&
                (blk->chars <= PITH_RULES_COOKIE_MAX_TEXT || legal);
    const char *rule;
    if (memo && pith_lineset_verdict(page->lines, blk->hash, s, blk->len, &rule, cat))
        return rule;
    bool notice;
    rule = pith_rules_block_phrase_copyright(s, blk->len, blk->chars, legal, &notice, cat);
    if (notice)
        rule = "legal-notice";
    if (memo)
        pith_lineset_remember_verdict(page->lines, blk->hash, s, blk->len, rule, *cat);
    return rule;
}

/* The rules that judge a block by its own text (page->same is made). */
static bool rule_blocks(pith_tpage *page, pith_arena *arena)
{
    pith_budget *budget = pith_budget_current(); /* timeout_ms holds within the page */
    const uint32_t *first = page->same;
    for (uint32_t i = 0; i < page->n; i++) {
        if (!pith_budget_ok(budget))
            return false;
        pith_tblock *blk = &page->b[i];
        const char *s = pith_tblock_text(page, i);
        pith_category cat = PITH_CAT_NONE;
        if (i >= page->references) {
            remove_block(blk, "link-references");
        } else if (blk->kind == PITH_TB_RULE) {
            remove_block(blk, "separator");
        } else if (judged_before(page, first[i], i)) {
            const pith_tblock *same = &page->b[first[i]];
            blk->twin = first[i];
            if (same->role == PITH_TR_REMOVED)
                remove_block(blk, same->rule);
            cat = (pith_category)same->phrase;
        } else if (is_url_text(s, blk->len)) {
            remove_block(blk, "url");
        } else {
            const char *rule = phrase_verdict(page, blk, s, &cat);
            if (cat == PITH_CAT_LOADING)
                cat = PITH_CAT_NONE; /* a text keeps its loading placeholders */
            if (rule)
                remove_block(blk, rule);
        }
        blk->phrase = (uint8_t)cat;
    }
    comment_headers(page);
    return true;
}

/* ------------------------------------------------------------ step 2 */

static float link_density(const pith_tblock *blk)
{
    if (!blk->chars || !blk->links)
        return 0;
    uint32_t linked = blk->link_chars;
    if (!linked) /* lynx marks where a link starts, not where it ends */
        linked = (uint32_t)blk->links * LYNX_LINK_CHARS;
    return linked >= blk->chars ? 1.0f : (float)linked / (float)blk->chars;
}

/* Whether the stop words of the prose (st) name language lang clearly. */
static bool clear_language(const pith_stopstats *st, int lang)
{
    if (lang < 0 || st->words == 0 || st->hits[lang] < CLEAR_LANG_SHARE * st->words)
        return false;
    for (int l = 0; l < pith_rules_stop_lang_count(); l++)
        if (l != lang && st->hits[l] * CLEAR_LANG_LEAD > st->hits[lang])
            return false;
    return true;
}

static bool classify(pith_tpage *page, pith_arena *arena)
{
    pith_units u;
    pith_units_init(&u);
    pith_budget *budget = pith_budget_current();
    for (uint32_t i = 0; i < page->n; i++) {
        if (!pith_budget_ok(budget))
            return false;
        pith_tblock *blk = &page->b[i];
        size_t n = blk->len < PITH_UNIT_MAX_TEXT ? blk->len : PITH_UNIT_MAX_TEXT;
        /* the stop words of a short line decide nothing (it is SHORT or
         * BAD by its length): not counted, which halves the work on menus */
        if (blk->chars < PITH_UNIT_LENGTH_LOW)
            n = 0;
        pith_unit *x = pith_units_add(&u, arena, pith_tblock_text(page, i), n, blk->chars,
                                      link_density(blk));
        if (!x)
            return false;
        x->el = i;
        x->heading = blk->kind == PITH_TB_HEADING;
    }
    if (!pith_units_judge(&u, arena))
        return false;
    for (uint32_t i = 0; i < u.n; i++) {
        page->b[u.u[i].el].cls = u.u[i].cls;
        page->b[u.u[i].el].stop_density = u.u[i].stop_density;
    }
    page->lang = u.lang;
    page->lang_clear = clear_language(&u.page, u.lang);
    return true;
}

/* Lines other documents of the batch hold go: a site's header, menus,
 * footer.  Unless they are most of the page's prose: then the page is a
 * copy of another (a story syndicated, one page at two addresses), and its
 * prose stays. */
static void repeated_lines(pith_tpage *page)
{
    double prose = 0, copied = 0;
    for (uint32_t i = 0; i < page->n; i++) {
        const pith_tblock *blk = &page->b[i];
        if (blk->role == PITH_TR_REMOVED || !sentence_prose(blk))
            continue;
        prose += blk->chars;
        copied += blk->repeated ? blk->chars : 0;
    }
    bool copy = copied > 0 && copied * 2 >= prose;
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        if (blk->repeated && blk->role != PITH_TR_REMOVED && !(copy && sentence_prose(blk)))
            remove_block(blk, "repeated");
    }
}

/* ------------------------------------------------------------ step 3 */
/* A box about a person after the article, as a scraper keeps it: a label
 * "About Jane Doe" ("Über ...", "Sobre ...", "À propos de ...") over a
 * paragraph that names the same person ("Jane Doe is a freelance writer
 * based in Toronto", "Als Sales Manager bildet Jane Doe ..."): the
 * writer's biography, which opens what is not the article, as an "About
 * the author" label does.  The name is ABOUT_NAME_MIN_WORDS to
 * ABOUT_NAME_MAX_WORDS capitalised words: "About Us", "About Me" name no
 * one; and the paragraph must say it, so that a heading of the article
 * ("About Town Hall Meetings") followed by its text does not qualify.
 * The biography goes, and the label weighs against the article as "About
 * the author" does. */
static size_t about_label(const char *s, size_t n)
{
    static const char *const labels[] = {"About ", "Über ", "Sobre ", "À propos de ",
                                         "A propos de ", "Acerca de ", "A proposito di ",
                                         "Over ", "Om ", NULL};
    for (const char *const *l = labels; n > 0 && *l; l++) {
        if (s[0] != (*l)[0]) /* most lines: asked of every block */
            continue;
        size_t k = strlen(*l);
        if (n > k && memcmp(s, *l, k) == 0)
            return k;
    }
    return 0;
}

/* Whether s[0, n) is a name: capitalised words (a letter outside ASCII
 * may open one), their count within the bounds. */
static bool capitalised_name(const char *s, size_t n)
{
    uint32_t words = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ')
            continue;
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 'A' && c <= 'Z') || c >= 0xC0))
            return false;
        words++;
        while (i < n && s[i] != ' ')
            i++;
    }
    return words >= ABOUT_NAME_MIN_WORDS && words <= ABOUT_NAME_MAX_WORDS;
}

/* Whether the text s[0, n) holds the words name[0, k) as words. */
static bool says_name(const char *s, size_t n, const char *name, size_t k)
{
    for (size_t i = 0; i + k <= n; i++) {
        if (memcmp(s + i, name, k) != 0)
            continue;
        bool before = i == 0 || !pith_ascii_is_alnum(s[i - 1]);
        bool after = i + k == n || !pith_ascii_is_alnum(s[i + k]);
        if (before && after)
            return true;
    }
    return false;
}

static void about_boxes(pith_tpage *page)
{
    for (uint32_t i = 0; i + 1 < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        const char *s = pith_tblock_text(page, i);
        size_t k = blk->chars <= END_MARKER_MAX_CHARS && blk->phrase == PITH_CAT_NONE &&
                           blk->role != PITH_TR_REMOVED
                       ? about_label(s, blk->len)
                       : 0;
        if (k == 0 || !capitalised_name(s + k, blk->len - k))
            continue;
        pith_tblock *bio = &page->b[i + 1];
        if (bio->role != PITH_TR_REMOVED && sentence_prose(bio) &&
            says_name(pith_tblock_text(page, i + 1), bio->len, s + k, blk->len - k)) {
            blk->phrase = PITH_CAT_AUTHOR;
            blk->about_box = true;
            remove_block(bio, "author-box");
        }
    }
}

/* The article ends before a box about its writer inside its run: a long
 * biography outweighs the label over it. */
static void before_about_box(const pith_tpage *page, uint32_t first, uint32_t *last)
{
    for (uint32_t i = first + 1; i <= *last; i++)
        if (page->b[i].about_box) {
            *last = i - 1;
            return;
        }
}


static bool share_button(const pith_tpage *page, uint32_t i)
{
    return i < page->n && page->b[i].phrase == PITH_CAT_SHARE;
}

/* A label that opens what comes after an article: not a button of a
 * share row ("Facebook / Twitter / Comments / Print"). */
static bool end_marker(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    if (blk->comment_header)
        return true;
    if (blk->chars > END_MARKER_MAX_CHARS ||
        (i > 0 && share_button(page, i - 1)) || share_button(page, i + 1))
        return false;
    return blk->phrase == PITH_CAT_RELATED || blk->phrase == PITH_CAT_COMMENTS ||
           blk->phrase == PITH_CAT_AUTHOR || blk->phrase == PITH_CAT_NEWSLETTER;
}

/* Where the page's own text ends: lynx's list of link targets after it
 * is no part of the page, and does not move the page's footer (a box of
 * other stories' teasers) off its edge. */
static uint32_t text_end(const pith_tpage *page)
{
    if (page->references < page->n)
        return page->b[page->references].off;
    return page->total;
}

/* How much a block weighs for (prose) or against (the rest) the article. */
static double weight(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    if (end_marker(page, i) || blk->stamp)
        return -END_WEIGHT;
    if (blk->role == PITH_TR_REMOVED)
        return -PHRASE_WEIGHT - blk->chars / 4.0;
    /* the page's edges hold its header and footer: prose there weighs less */
    double end = text_end(page);
    double f = end > 0 ? 2.0 * blk->off / end - 1.0 : 0;
    double edge = 1.0 - EDGE_DISCOUNT * f * f;
    switch (blk->cls) {
    case PITH_UNIT_GOOD:
        return blk->chars * edge;
    case PITH_UNIT_NEAR_GOOD:
        /* a long line that is no sentence: a teaser's headline, a caption */
        if (!blk->sentence_end)
            return blk->title_case ? -SHORT_WEIGHT : blk->chars / 4.0 * edge;
        return blk->chars / 2.0 * edge;
    case PITH_UNIT_SHORT:
        /* an item of a written list that says something: a list of the
         * article's, not a menu's entry */
        if (blk->kind == PITH_TB_ITEM && blk->words >= ITEM_MIN_WORDS && !blk->title_case)
            return blk->chars / 4.0 * edge;
        return -SHORT_WEIGHT;
    default:
        /* few stop words: a list of names or figures, but sentences of it
         * may still be the article's (market reports, tables in prose) */
        if (blk->sentence_end)
            return blk->chars / 4.0 * edge;
        return -(double)blk->chars / 2.0 - SHORT_WEIGHT;
    }
}

/* The heaviest run of blocks among the first end of them: [*first,
 * *last] and its weight; 0 when no run weighs anything. */
static double heaviest_run(const pith_tpage *page, uint32_t end, uint32_t *first, uint32_t *last)
{
    double best = 0, sum = 0;
    uint32_t start = 0;
    for (uint32_t i = 0; i < end; i++) {
        if (sum <= 0) {
            sum = 0;
            start = i;
        }
        sum += weight(page, i);
        if (sum > best) {
            best = sum;
            *first = start;
            *last = i;
        }
    }
    return best;
}

/* Prose in the blocks [first, last], in non-space bytes. */
static double run_prose(const pith_tpage *page, uint32_t first, uint32_t last)
{
    double prose = 0;
    for (uint32_t i = first; i <= last; i++)
        if (page->b[i].role != PITH_TR_REMOVED && sentence_prose(&page->b[i]))
            prose += page->b[i].chars;
    return prose;
}

/* The label that opens the readers' comments ("12 Comments", a comment's
 * header line) once some prose is behind it; page->n when there is none. */
static uint32_t comments_start(const pith_tpage *page)
{
    double prose = 0;
    for (uint32_t i = 0; i < page->n; i++) {
        const pith_tblock *blk = &page->b[i];
        if (prose >= ARTICLE_MIN_PROSE && end_marker(page, i) &&
            (blk->comment_header || blk->phrase == PITH_CAT_COMMENTS))
            return i;
        if (blk->role != PITH_TR_REMOVED && sentence_prose(blk))
            prose += blk->chars;
    }
    return page->n;
}

/* Whether prose follows the block i at once: among the next
 * COUNT_BEFORE_PROSE blocks no rule removed.  A comment count in the
 * byline row ("Associated Press, May 3 / 11 Comments") has the article
 * right under it; the readers' comments open with their writers' names
 * and dates. */
static bool prose_follows(const pith_tpage *page, uint32_t i)
{
    uint32_t seen = 0;
    for (uint32_t k = i + 1; k < page->n && seen < COUNT_BEFORE_PROSE; k++) {
        if (page->b[k].role == PITH_TR_REMOVED)
            continue;
        if (sentence_prose(&page->b[k]))
            return true;
        seen++;
    }
    return false;
}

/* A label that counts what follows ("12 Comments", "[ 58 comments ]"):
 * a thread's opening.  A bare "Comment" or "Response" is as often a
 * heading or a table's column of the article, and a line over a quote
 * ("Jane said:") one of a forum's posts. */
static bool counts_thread(const pith_tpage *page, uint32_t i)
{
    const char *s = pith_tblock_text(page, i);
    for (uint32_t k = 0; k < page->b[i].len; k++)
        if (s[k] >= '0' && s[k] <= '9')
            return !page->b[i].comment_header;
    return false;
}

/* The article's run.  Comments follow the article they are about, and a
 * busy thread holds more prose than a short post: when the heaviest run
 * starts after the comments' label, or runs on over it into comments (the
 * prose of the comments outweighs the label), and the page before the
 * label holds a run of its own, that run is the article.  A run over the
 * label ends there only when the label opens a thread, and not when prose
 * is right under it: a count in the article's byline row, over the
 * article. */
static bool article_run(const pith_tpage *page, uint32_t *first, uint32_t *last)
{
    if (heaviest_run(page, page->n, first, last) <= 0)
        return false;
    uint32_t comments = comments_start(page);
    bool over = *first > comments || (*last > comments && counts_thread(page, comments) &&
                                      !prose_follows(page, comments));
    uint32_t f = 0, l = 0;
    if (over && heaviest_run(page, comments, &f, &l) > 0 &&
        run_prose(page, f, l) >= ARTICLE_MIN_PROSE) {
        *first = f;
        *last = l;
    }
    return true;
}

/* Whether block i is prose of the article's kind: sentences no rule removed. */
static bool kept_prose(const pith_tpage *page, uint32_t i)
{
    return i < page->n && page->b[i].role != PITH_TR_REMOVED && sentence_prose(&page->b[i]);
}

/* A box inside the article, the article's paragraphs on both sides of
 * it: links to other stories ("Related" over a headline or two) or a
 * newsletter's sign-up ("Get our newsletter", "Sign up").  The
 * box is its labels, short lines and lines that are no sentence (its
 * headlines, alone or run together), at most INLINE_BOX_MAX blocks, and
 * holds a label (a "Read more" line or a caption the rules removed may
 * come first); the article goes on after it with two paragraphs in a row
 * (the teasers of a list of related stories after an article alternate a
 * headline and a sentence), and before it with one: its lead (a box under
 * an article's first paragraph).  Whether the blocks from `from` on,
 * stepping by `step` (+1 or -1), are such a box: where the article goes
 * on, or page->n when they are not. */
static bool box_label(const pith_tpage *page, uint32_t i)
{
    return i < page->n && end_marker(page, i) &&
           (page->b[i].phrase == PITH_CAT_RELATED || page->b[i].phrase == PITH_CAT_NEWSLETTER);
}

/* A short line that is mostly a link: another story's headline, though
 * it ends as a sentence does ("Plague of mosquitos to hit Britain!"). */
static bool headline_link(const pith_tblock *blk)
{
    return blk->chars < PITH_UNIT_LENGTH_LOW && link_density(blk) > PITH_UNIT_MAX_LINK_DENSITY;
}

static bool box_line(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    if (blk->comment_header || blk->stamp)
        return false;
    return blk->role == PITH_TR_REMOVED || blk->cls == PITH_UNIT_SHORT || !blk->sentence_end ||
           headline_link(blk);
}

static bool article_goes_on(const pith_tpage *page, uint32_t i, int step)
{
    return step < 0 || kept_prose(page, i + (uint32_t)step);
}

static uint32_t inline_box(const pith_tpage *page, uint32_t from, int step)
{
    bool labelled = false;
    for (uint32_t k = 0, i = from; k <= INLINE_BOX_MAX && i < page->n; k++, i += (uint32_t)step) {
        if (kept_prose(page, i))
            return labelled && article_goes_on(page, i, step) ? i : page->n;
        if (!box_line(page, i))
            return page->n;
        labelled = labelled || box_label(page, i);
    }
    return page->n;
}

/* The heaviest stretch of blocks from i on, stepping by step: where it
 * ends. */
static uint32_t heaviest_stretch(const pith_tpage *page, uint32_t i, int step)
{
    double sum = 0, best = 0;
    uint32_t end = i;
    for (; i < page->n; i += (uint32_t)step) {
        sum += weight(page, i);
        if (sum <= 0)
            break;
        if (sum > best)
            best = sum, end = i;
    }
    return end;
}

static void remove_box(pith_tpage *page, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i <= to; i++)
        if (page->b[i].role != PITH_TR_REMOVED)
            remove_block(&page->b[i], "related");
}

/* The article's run goes on over boxes of related stories inside it: the
 * box goes, the paragraphs beyond it are the article's as far as they
 * weigh for it. */
static void over_inline_boxes(pith_tpage *page, uint32_t *first, uint32_t *last)
{
    uint32_t resume;
    while ((resume = inline_box(page, *last + 1, 1)) < page->n) {
        remove_box(page, *last + 1, resume - 1);
        *last = heaviest_stretch(page, resume, 1);
    }
    while (*first > 0 && (resume = inline_box(page, *first - 1, -1)) < page->n) {
        remove_box(page, resume + 1, *first - 1);
        *first = heaviest_stretch(page, resume, -1);
    }
}

/* The next item of a numbered list after block i: the item numbered
 * `number` within ITEM_GAP_MAX blocks, no paragraph of sentences, label
 * of another part of the page or date line between (a list's items may
 * each carry a line or two of their own: an address, a price); page->n
 * when there is none. */
static uint32_t next_numbered(const pith_tpage *page, uint32_t i, int32_t number)
{
    for (uint32_t k = i + 1; k < page->n && k <= i + ITEM_GAP_MAX; k++) {
        const pith_tblock *blk = &page->b[k];
        if (blk->kind == PITH_TB_ITEM && blk->number == number)
            return blk->words >= LIST_ITEM_MIN_WORDS ? k : page->n;
        if (kept_prose(page, k) || end_marker(page, k) || blk->stamp)
            return page->n;
    }
    return page->n;
}

/* An article that goes on with a numbered list of short items ("1) Lego
 * Star Wars 75188", its shop's address under each): the items weigh
 * little as lines (short, named in capitals as products and titles are),
 * and the lines between them are removed, so the run of prose stops
 * before the list.  A list numbered in sequence from 1 that starts where
 * the run ends, or that the run ends inside, is the article's: the run
 * goes on to its last item. */
static void over_numbered_list(const pith_tpage *page, uint32_t *last)
{
    uint32_t at = *last;
    int32_t number = 0;
    if (page->b[at].kind == PITH_TB_ITEM && page->b[at].number > 0)
        number = page->b[at].number;
    uint32_t items = (uint32_t)number;
    for (uint32_t k; (k = next_numbered(page, at, number + 1)) < page->n; items++) {
        at = k;
        number++;
    }
    if (items >= LIST_MIN_ITEMS)
        *last = at;
}

/* The marks a line of a list is written with, letters, digits, spaces,
 * full stops (of abbreviations: "Aug. 4") and what stands in brackets
 * (an aside: "(formerly the Arena)") left out: "England (Group A): 10th
 * appearance" is "():", "June 9 - Tampa, FL @ Arena" is "-,@".  The
 * items of one list share them; a menu's entries have none.  The marks
 * of the line s[0, n) into out (LIST_MARKS bytes at most); how many. */
static size_t line_marks(const char *s, size_t n, char *out, bool *digits)
{
    size_t k = 0;
    int depth = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = (unsigned char)s[i];
        int len = 1;
        if (cp >= 0x80 && (len = pith_utf8_decode(s + i, n - i, &cp)) <= 0)
            len = 1;
        *digits = *digits || (cp >= '0' && cp <= '9');
        bool mark = !pith_is_word_cp(cp) && cp != ' ' && cp != '.';
        if (mark && (depth == 0 || cp == ')'))
            for (int b = 0; b < len && k < LIST_MARKS; b++)
                out[k++] = s[i + (size_t)b];
        depth += cp == '(' ? 1 : cp == ')' && depth > 0 ? -1 : 0;
        i += (size_t)len;
    }
    return k;
}

/* What the items of a list hold so far: their marks, lines, lines with
 * figures and words. */
typedef struct list_shape {
    char marks[LIST_MARKS];
    size_t m;
    uint32_t lines, figures, words;
} list_shape;

/* Whether every line of block i is an item written with the list's marks
 * (the first item sets them). */
static bool alike_item(const pith_tpage *page, uint32_t i, list_shape *ls)
{
    const pith_tblock *blk = &page->b[i];
    if (blk->role == PITH_TR_REMOVED || end_marker(page, i) || blk->stamp ||
        sentence_prose(blk) || blk->words < LIST_ITEM_MIN_WORDS)
        return false;
    const char *s = pith_tblock_text(page, i);
    for (size_t a = 0, b; a < blk->len; a = b + 1) {
        const char *nl = memchr(s + a, '\n', blk->len - a);
        b = nl ? (size_t)(nl - s) : blk->len;
        char line[LIST_MARKS];
        bool digits = false;
        size_t k = line_marks(s + a, b - a, line, &digits);
        if (k == 0)
            return false;
        if (ls->m == 0)
            memcpy(ls->marks, line, k), ls->m = k;
        else if (k != ls->m || memcmp(line, ls->marks, k) != 0)
            return false;
        ls->lines++;
        ls->figures += digits;
    }
    ls->words += blk->words;
    return true;
}

/* A line inside a list that is not one of its items: no block a rule
 * removed, label of another part, date line of a feed or prose. */
static bool list_gap(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    return blk->role != PITH_TR_REMOVED && !end_marker(page, i) && !blk->stamp &&
           !sentence_prose(blk);
}

/* The items of a list from block i on, a line unlike them let through
 * when the next is one (a venue with a dash in its name): where the list
 * ends (one past its last item). */
static uint32_t list_end(const pith_tpage *page, uint32_t i, list_shape *ls)
{
    memset(ls, 0, sizeof *ls);
    uint32_t end = i;
    while (i < page->n) {
        if (alike_item(page, i, ls))
            end = ++i;
        else if (i + 1 < page->n && ls->m > 0 && list_gap(page, i) && alike_item(page, i + 1, ls))
            i += 2, end = i;
        else
            break;
    }
    return end;
}

/* A list after the article's run, one item a line, the items written
 * with the same marks, and short or holding figures (a tour's dates, the
 * teams of a draw with their records, a table's rows): the run leaves it
 * out as short lines, the reader wants it.  It may have a line over it
 * (its heading, "Tour dates:"); it holds at least LIST_MIN_ITEMS items.
 * A feed's headlines ("Storm: roads closed") may share their marks, but
 * are longer and seldom hold figures. */
static void over_alike_list(const pith_tpage *page, uint32_t *last)
{
    list_shape ls;
    for (uint32_t from = *last + 1; from <= *last + 2 && from < page->n; from++) {
        uint32_t end = list_end(page, from, &ls);
        if (ls.lines >= LIST_MIN_ITEMS &&
            (ls.figures * 2 >= ls.lines || ls.words <= LIST_ITEM_MAX_WORDS * ls.lines)) {
            *last = end - 1;
            return;
        }
        if (!list_gap(page, from))
            return; /* no heading over a list */
    }
}

/* The page from its first block to its last that no rule removed; false
 * when there is none. */
static bool whole_page(const pith_tpage *page, uint32_t *first, uint32_t *last)
{
    bool found = false;
    for (uint32_t i = 0; i < page->n; i++)
        if (page->b[i].role != PITH_TR_REMOVED) {
            if (!found)
                *first = i;
            *last = i;
            found = true;
        }
    return found;
}

/* ------------------------------------------------------------ records */

/* A page of records: a forum's posts, a listing's entries, a shop's
 * products.  Each record repeats the same labels ("Reply", "Posts: 138",
 * "Title:", "Add to cart", "by Jane » 3 May"): a short line (digits
 * folded) that comes back at least RECORD_MIN_MARKS times, apart, is a
 * mark of the records, and the page's content is every record, not the
 * one run of prose the heaviest run would keep. */
static bool could_mark(const pith_tblock *blk)
{
    return blk->role != PITH_TR_REMOVED && blk->chars <= RECORD_MARK_MAX_CHARS &&
           blk->words > 0 && !blk->sentence_end;
}

/* page->same: for each block, the first block of the page with its folded
 * text, through an open-addressing table of the hashes (linear in the
 * blocks); made once, before any judgement, for same_texts. */
static bool group_same_texts(pith_tpage *page, pith_arena *arena)
{
    size_t cap = 16;
    while (cap < 2 * (size_t)page->n)
        cap *= 2;
    uint32_t *slot = pith_arena_calloc(arena, cap, sizeof *slot); /* block + 1, 0 = empty */
    uint32_t *same = pith_arena_calloc(arena, page->n ? page->n : 1, sizeof *same);
    if (!slot || !same)
        return false;
    for (uint32_t i = 0; i < page->n; i++) {
        size_t h = (size_t)page->b[i].hash & (cap - 1);
        while (slot[h] && page->b[slot[h] - 1].hash != page->b[i].hash)
            h = (h + 1) & (cap - 1);
        if (!slot[h])
            slot[h] = i + 1;
        same[i] = slot[h] - 1;
    }
    pith_arena_free(arena, slot);
    page->same = same;
    return true;
}

/* The blocks that carry the same folded text as each block that passes
 * `takes`, among those that pass it (page->same groups them): how many do
 * (count[i]) and the first of them (first[i]); both 0 for a block not
 * taken.  Either array may be NULL. */
static bool same_texts(const pith_tpage *page, pith_arena *arena,
                       bool (*takes)(const pith_tblock *), uint32_t *count, uint32_t *first)
{
    uint32_t n = page->n ? page->n : 1;
    uint32_t *seen = pith_arena_calloc(arena, n, sizeof *seen);     /* by group */
    uint32_t *opened = pith_arena_calloc(arena, n, sizeof *opened); /* by group: block + 1 */
    if (!seen || !opened)
        return false;
    for (uint32_t i = 0; i < page->n; i++) {
        bool taken = takes(&page->b[i]);
        uint32_t g = page->same[i];
        if (taken) {
            seen[g]++;
            if (!opened[g])
                opened[g] = i + 1;
        }
        if (count)
            count[i] = taken; /* its group's count once all are seen */
        if (first)
            first[i] = taken ? opened[g] - 1 : 0;
    }
    for (uint32_t i = 0; count && i < page->n; i++)
        count[i] = count[i] ? seen[page->same[i]] : 0;
    pith_arena_free(arena, opened);
    pith_arena_free(arena, seen);
    return true;
}

/* How many of the page's blocks carry each block's folded text: count[i]
 * for every block i that could be a mark. */
static bool mark_counts(const pith_tpage *page, pith_arena *arena, uint32_t *count)
{
    return same_texts(page, arena, could_mark, count, NULL);
}

/* In the content, among records or not, a shop's control that comes back
 * on every card, RECORD_MIN_MARKS times or more ("Add to cart", "Compare",
 * "Quick view": a card label, rules/card_labels.c, the list the HTML
 * path's cards read too) is a button, not what the card says: it goes.
 * So do a forum's buttons and badges under every post ("Reply", "Quote",
 * "Members": a line of interface words, meta/author_words.c, the words
 * that name no poster).  A label the cards repeat that is no control
 * ("Fair trade", "Cap type:", a colour's name) stays.  False when memory
 * ran out. */
static bool drop_card_labels(pith_tpage *page, pith_arena *arena, uint32_t first, uint32_t last)
{
    uint32_t *count = pith_arena_calloc(arena, page->n ? page->n : 1, sizeof *count);
    if (!count || !mark_counts(page, arena, count))
        return false;
    for (uint32_t i = first; i <= last && i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        const char *s = pith_tblock_text(page, i);
        if (blk->role != PITH_TR_KEPT || count[i] < RECORD_MIN_MARKS)
            continue;
        if (pith_rules_is_card_label(s, blk->len))
            remove_block(blk, "card-label");
        else if (pith_author_is_interface_line(s, blk->len))
            remove_block(blk, "post-button");
    }
    pith_arena_free(arena, count);
    return true;
}

/* ------------------------------------------------------------ copies */

/* A page may hold its article twice or three times (the copy it keeps for
 * small screens, for readers without scripts, for printing): a stretch of
 * COPY_MIN_BLOCKS paragraphs or more, each the same as the paragraph after
 * the one before it in an earlier stretch, is a copy and goes; the first
 * copy stays.  A paragraph said twice (a quote pulled out, the question
 * put to each of several people, a lead repeated under the headline) is
 * no copy of a stretch, nor are the lines of an example of code shown
 * twice (no sentences). */
static bool could_copy(const pith_tblock *blk)
{
    return blk->role != PITH_TR_REMOVED && blk->sentence_end && blk->chars >= COPY_MIN_CHARS;
}

static void remove_copy(pith_tpage *page, const uint32_t *order, uint32_t from, uint32_t to)
{
    if (to - from < COPY_MIN_BLOCKS)
        return;
    for (uint32_t k = from; k < to; k++)
        remove_block(&page->b[order[k]], "copy");
}

static bool later_copies(pith_tpage *page, pith_arena *arena)
{
    uint32_t *first = pith_arena_calloc(arena, page->n ? page->n : 1, sizeof *first);
    uint32_t *order = pith_arena_calloc(arena, page->n ? page->n : 1, sizeof *order);
    uint32_t *pos = pith_arena_calloc(arena, page->n ? page->n : 1, sizeof *pos);
    if (!first || !order || !pos || !same_texts(page, arena, could_copy, NULL, first))
        return false;
    uint32_t m = 0; /* the paragraphs that could be copies, in order */
    for (uint32_t i = 0; i < page->n; i++)
        if (could_copy(&page->b[i]))
            pos[i] = m, order[m++] = i;
    uint32_t start = 0; /* the chain of copied paragraphs [start, k) */
    for (uint32_t k = 0; k <= m; k++) {
        uint32_t b = k < m ? order[k] : 0, a = k > 0 ? order[k - 1] : 0;
        bool copied = k < m && first[b] < b;
        bool goes_on = copied && k > start && pos[first[b]] == pos[first[a]] + 1;
        if (goes_on)
            continue;
        remove_copy(page, order, start, k);
        start = copied ? k : k + 1;
    }
    pith_arena_free(arena, pos);
    pith_arena_free(arena, order);
    pith_arena_free(arena, first);
    return true;
}

/* A long line that is no sentence, said SAID_OFTEN times or more on one
 * page, each time after another line, is the page's furniture: a
 * picture's alternative text under each teaser of a list (lynx and w3m
 * print it), a headline repeated as every link's title.  A line said
 * again with what stood before it the first time is part of a stretch
 * said again (a plan for each day of the week, a paragraph reordered),
 * and stays, as does a line of a paragraph broken where the page wrote
 * it (no blank line before it: a chunk's first line only); a record's
 * label is short (RECORD_MARK_MAX_CHARS: those
 * mark records); a paragraph ends as a sentence (later_copies judges
 * those).  False when memory ran out. */
static bool could_be_said_often(const pith_tblock *blk)
{
    return blk->role != PITH_TR_REMOVED && !blk->sentence_end && blk->chunk_start &&
           blk->chars > RECORD_MARK_MAX_CHARS;
}

static bool same_line_before(const pith_tpage *page, uint32_t a, uint32_t b)
{
    return a > 0 && b > 0 && page->b[a - 1].hash == page->b[b - 1].hash;
}

static bool said_often(pith_tpage *page, pith_arena *arena)
{
    uint32_t n = page->n ? page->n : 1;
    uint32_t *count = pith_arena_calloc(arena, n, sizeof *count);
    uint32_t *first = pith_arena_calloc(arena, n, sizeof *first);
    bool *stretch = pith_arena_calloc(arena, n, sizeof *stretch);
    if (!count || !first || !stretch ||
        !same_texts(page, arena, could_be_said_often, count, first))
        return false;
    /* the hash folds digits: count the copies of the very same text
     * ("item 11111" and "item 22222" are two lines), in count[f] for the
     * line first said at f; stretch[f]: some copy follows what f follows */
    memset(count, 0, n * sizeof *count);
    for (uint32_t i = 0; i < page->n; i++) {
        uint32_t f = first[i];
        if (f == i || !could_be_said_often(&page->b[i]) || page->b[i].len != page->b[f].len ||
            memcmp(pith_tblock_text(page, i), pith_tblock_text(page, f), page->b[f].len) != 0) {
            first[i] = i;
            continue;
        }
        count[f]++;
        stretch[f] = stretch[f] || same_line_before(page, i, f);
    }
    for (uint32_t i = 0; i < page->n; i++) {
        uint32_t f = first[i];
        if (could_be_said_often(&page->b[i]) && count[f] + 1 >= SAID_OFTEN && !stretch[f])
            remove_block(&page->b[i], "said-often");
    }
    pith_arena_free(arena, stretch);
    pith_arena_free(arena, first);
    pith_arena_free(arena, count);
    return true;
}

/* What the stretches between a page's marks hold, to tell records from
 * an article among labels: text (non-space bytes no rule removed) and
 * prose, in all and in the stretch that holds most. */
typedef struct stretches {
    double text, widest_text, gap_text;
    double prose, widest_prose, gap_prose;
} stretches;

static void close_stretch(stretches *st)
{
    st->text += st->gap_text;
    st->prose += st->gap_prose;
    st->widest_text = st->gap_text > st->widest_text ? st->gap_text : st->widest_text;
    st->widest_prose = st->gap_prose > st->widest_prose ? st->gap_prose : st->widest_prose;
    st->gap_text = st->gap_prose = 0;
}

/* The most frequent label's returns (count[i] == most, its folded hash):
 * the longest piece of them with no gap far wider than the returns' mean
 * (a section's name on a run of teasers after the article, and once more
 * in the menu over it, is not a record's label there).  Its first and last
 * return, and the mean gap of the piece; false when the piece is not
 * RECORD_MIN_MARKS returns apart from one another. */
static bool label_piece(const pith_tpage *page, const uint32_t *count, uint32_t most,
                        uint32_t *first, uint32_t *last, double *gap)
{
    uint64_t label = 0;
    uint32_t o1 = page->n, ok = 0;
    for (uint32_t i = 0; i < page->n; i++)
        if (count[i] == most) {
            if (o1 == page->n)
                o1 = i, label = page->b[i].hash;
            if (page->b[i].hash == label)
                ok = i;
        }
    double mean = (double)(ok - o1) / (most - 1);
    uint32_t best = 0, start = o1, prev = o1, returns = 1;
    for (uint32_t i = o1 + 1; i <= ok + 1; i++) {
        bool end = i > ok;
        if (!end && (count[i] != most || page->b[i].hash != label))
            continue;
        if (end || i - prev > RECORD_GAP_SPREAD * mean) {
            if (returns > best)
                best = returns, *first = start, *last = prev;
            start = i, returns = 0;
        }
        returns += !end && i > prev + 1;
        prev = i;
    }
    *gap = best > 1 ? (double)(*last - *first) / (best - 1) : 0;
    return best >= RECORD_MIN_MARKS;
}

/* Labels may follow their record ("Reply" under each post): the record
 * before the first label, gap blocks long, is one too when it holds a
 * sentence no rule removed (a header's menu over the first label does
 * not).  Where the records start. */
static uint32_t record_before(const pith_tpage *page, uint32_t first, uint32_t gap)
{
    uint32_t from = first >= gap ? first - gap + 1 : 0;
    for (uint32_t i = from; i < first; i++)
        if (page->b[i].role != PITH_TR_REMOVED && page->b[i].sentence_end)
            return from;
    return first;
}

/* The span of the page's records: the piece of its most frequent label's
 * returns, widened to the other labels about as frequent that stand
 * within one record of it (the header over the first post, above its
 * first "Reply"), when the records share the span: no stretch between two
 * of their labels holds half of its text, nor a third of its prose when
 * it holds an article's worth (an article between a share
 * row over it and one under it, or over a feed of other stories'
 * headlines under their bylines, is one piece, not records).  Returns
 * false when the page is not records (or memory ran out: *failed). */
static bool records_span(const pith_tpage *page, pith_arena *arena, uint32_t *first,
                         uint32_t *last, bool *failed)
{
    *failed = false;
    if (page->n < 2 * RECORD_MIN_MARKS)
        return false;
    uint32_t *count = pith_arena_calloc(arena, page->n, sizeof *count);
    if (!count || !mark_counts(page, arena, count)) {
        *failed = true;
        return false;
    }
    uint32_t most = 0;
    for (uint32_t i = 0; i < page->n; i++)
        most = count[i] > most ? count[i] : most;
    double gap = 0;
    bool found = most >= RECORD_MIN_MARKS && label_piece(page, count, most, first, last, &gap);
    stretches st = {0};
    if (found) {
        /* the labels about as frequent: a record may lack one; a menu
         * shown twice, once for small screens, is not as frequent */
        uint32_t from = *first > gap ? *first - (uint32_t)gap : 0;
        uint32_t to = *last + (uint32_t)gap < page->n ? *last + (uint32_t)gap : page->n - 1;
        bool started = false;
        for (uint32_t i = from; i <= to; i++) {
            const pith_tblock *blk = &page->b[i];
            if (count[i] * 4 < most * 3) {
                if (started && blk->role != PITH_TR_REMOVED) {
                    st.gap_text += blk->chars;
                    st.gap_prose += sentence_prose(blk) ? blk->chars : 0;
                }
                continue;
            }
            if (i < *first || !started)
                *first = i;
            started = true;
            *last = i > *last ? i : *last;
            close_stretch(&st);
        }
        *first = record_before(page, *first, (uint32_t)gap);
    }
    pith_arena_free(arena, count);
    return found && st.widest_text * 2 < st.text &&
           (st.widest_prose < ARTICLE_MIN_PROSE ||
            st.widest_prose * RECORD_PROSE_SHARE < st.prose);
}

/* The records' span reaches past its outer marks as far as the blocks
 * there weigh for it (the last post under the last "Reply"): the new edge. */
static uint32_t beyond_records(const pith_tpage *page, uint32_t edge, int step)
{
    uint32_t next = edge + (uint32_t)step;
    if (next >= page->n || weight(page, next) <= 0)
        return edge;
    return heaviest_stretch(page, next, step);
}

/* The article's run ends where the records start or among them, and
 * what it holds before them is a few sentences: an intro over its records
 * (a collection's story over its grid of cards, a thread's question over
 * its posts, a guide's summary over its entries), which take the run on
 * to their end.  An article that long is over its readers' comments. */
static bool intro_over_records(const pith_tpage *page, uint32_t first, uint32_t last,
                               uint32_t rfirst, uint32_t rlast)
{
    return first < rfirst && last + 1 >= rfirst && last <= rlast &&
           run_prose(page, first, rfirst - 1) < RECORD_INTRO_PROSE;
}

/* Bytes of text the blocks from first to last hold, removed ones left out. */
static double run_text(const pith_tpage *page, uint32_t first, uint32_t last)
{
    double text = 0;
    for (uint32_t i = first; i <= last; i++)
        if (page->b[i].role != PITH_TR_REMOVED)
            text += page->b[i].chars;
    return text;
}

/* A few sentences away from records that are a grid of products (a
 * price on each card) and hold many times their text: a promotion, a
 * category's blurb; the page is its grid.  Records without prices (a
 * list of links, readers' comments) leave a short article its run. */
static bool grid_outweighs_run(const pith_tpage *page, uint32_t first, uint32_t last,
                               uint32_t rfirst, uint32_t rlast)
{
    return run_prose(page, first, last) < RECORD_INTRO_PROSE &&
           run_text(page, rfirst, rlast) > RECORDS_OVER_RUN * run_text(page, first, last) &&
           pith_text_grid_of_prices(pith_text_price_lines(page, rfirst, rlast));
}

/* ------------------------------------------------------------ step 5 */

/* Sentences of prose: what an article opens with. */
static bool real_prose(const pith_tblock *blk)
{
    if (blk->role == PITH_TR_REMOVED)
        return false;
    return blk->cls == PITH_UNIT_GOOD ||
           (blk->sentence_end && blk->cls != PITH_UNIT_SHORT);
}

bool pith_text_menu_line(const pith_tblock *blk)
{
    return blk->cls == PITH_UNIT_SHORT && !blk->sentence_end && blk->role != PITH_TR_REMOVED;
}

bool pith_text_menu_like(uint32_t run, uint32_t words)
{
    return run >= MENU_MIN_RUN && words <= MENU_MAX_WORDS * run;
}

/* A table written one cell a line, as a scraper writes a table of
 * results or standings ("1", "Kyle Busch", "5040", "5", "17"...), is a
 * run of short lines as a menu is; but a menu's entries are words, and
 * half of a table's cells are figures.  A pager's numbers ("1", "2",
 * "3"...) count each one up from the one before: those are not a table's.
 * The figure a cell holds (digits and what figures are written with:
 * "5,040", "-12.99", "5.44%", "$96"), or -1 when it is not one;
 * FIGURE_NONE for a block that is no figure. */
static long cell_figure(const pith_tblock *blk, const char *s)
{
    if (blk->chars == 0 || blk->chars > FIGURE_MAX_CHARS)
        return FIGURE_NONE;
    bool digits = false, integer = true;
    long value = 0;
    for (uint32_t i = 0; i < blk->len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            digits = true;
            value = value < 100000000 ? value * 10 + (c - '0') : value;
        } else if (strchr(" .,%+-/$:", c)) {
            integer = false;
        } else {
            return FIGURE_NONE;
        }
    }
    return !digits ? FIGURE_NONE : integer ? value : -1;
}

/* Whether block i is a figure (cell_figure). */
static bool cell_figure_line(const pith_tpage *page, uint32_t i)
{
    return cell_figure(&page->b[i], pith_tblock_text(page, i)) != FIGURE_NONE;
}

/* Whether block i is a table's figure: a figure that is not the one
 * before it counted up by one. */
static bool table_figure(const pith_tpage *page, uint32_t i)
{
    long v = cell_figure(&page->b[i], pith_tblock_text(page, i));
    if (v == FIGURE_NONE)
        return false;
    long before = i > 0 ? cell_figure(&page->b[i - 1], pith_tblock_text(page, i - 1)) : FIGURE_NONE;
    return v < 0 || before < 0 || v != before + 1;
}

/* The figures of a table's columns differ in length ("1", "5040", "17",
 * ".726"); a list of codes or of years, whose figures are all of one
 * length ("90210", "90211"; "2019", "2018"), is a menu's or a directory's,
 * not a table.  Whether the table figures of the blocks [from, to) are
 * of at least two lengths that far apart. */
static bool figures_of_columns(const pith_tpage *page, uint32_t from, uint32_t to)
{
    uint32_t shortest = FIGURE_MAX_CHARS, longest = 0;
    for (uint32_t i = from; i < to; i++)
        if (table_figure(page, i)) {
            shortest = page->b[i].chars < shortest ? page->b[i].chars : shortest;
            longest = page->b[i].chars > longest ? page->b[i].chars : longest;
        }
    return longest >= shortest + TABLE_FIGURE_SPREAD;
}

/* A stretch of short lines [first, last] that is a grid of products'
 * cards, not a menu: a card is its name, a colour or a variant, its
 * price, a button ("Ridge Wallet", "Alpine Navy", "$76", "Add"), and
 * a price comes back every few lines, at least as often as cards are
 * long (CARD_MAX_LINES), COLLECTION_MIN_PRICES times and more (kind.c).
 * A menu's entries carry no prices; a shop's menu of price ranges
 * ("Under $25") holds words beside each figure. */
static bool priced_cards(const pith_tpage *page, uint32_t first, uint32_t last)
{
    uint32_t prices = pith_text_price_lines(page, first, last);
    return pith_text_grid_of_prices(prices) && prices * CARD_MAX_LINES >= last - first + 1;
}

/* A count: digits, thousands parted by commas ("13", "2,994"); not a
 * price, a rating or a rank ("$76", "9.1", "1."). */
static bool is_count(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    if (blk->chars == 0 || blk->chars > FIGURE_MAX_CHARS || !pith_ascii_is_digit(s[0]))
        return false;
    for (uint32_t k = 0; k < blk->len; k++)
        if (!pith_ascii_is_digit(s[k]) && s[k] != ',')
            return false;
    return true;
}

/* A count of four characters that reads as a year, 1000 to 2099 ("1947",
 * "2025"): a timeline's date over its events, not a record's count. */
static bool count_reads_as_year(const pith_tpage *page, uint32_t i)
{
    const char *s = pith_tblock_text(page, i);
    return page->b[i].len == 4 && (s[0] == '1' || (s[0] == '2' && s[1] == '0'));
}

/* Block j stands for words beside a count: a record's name, label or
 * text, not a sign of a formula written a line a sign. */
static bool words_beside(const pith_tpage *page, uint32_t j)
{
    const pith_tblock *blk = &page->b[j];
    return blk->words > 0 && blk->chars >= COUNT_NEIGHBOUR_MIN_CHARS;
}

/* A record's count on a line of its own ("13" votes over an answer,
 * "2,994" posts under a name) between lines of words, with no other
 * figure COUNT_APART lines round it: not a table's cell (a rank, its
 * name, then the row's figures), a year over its events, nor a digit of
 * a formula. */
static bool lone_count(const pith_tpage *page, uint32_t i)
{
    if (!is_count(page, i) || count_reads_as_year(page, i) ||
        (i > 0 && !words_beside(page, i - 1)) || (i + 1 < page->n && !words_beside(page, i + 1)))
        return false;
    uint32_t from = i > COUNT_APART ? i - COUNT_APART : 0;
    for (uint32_t j = from; j <= i + COUNT_APART && j < page->n; j++)
        if (j != i && cell_figure_line(page, j))
            return false;
    return true;
}

/* Inside the article, runs of short lines that read as menus go (not on a
 * page of records, whose labels are short lines in a row, nor the blocks
 * kind.c kept already: a text already clean; nor a table's cells, half of
 * them figures); the rest is kept.  The run
 * from a line on is the rest of the stretch of menu lines it stands in,
 * measured once a stretch (a line the run from which is no menu only
 * drops out of the stretch's count), so that a page of a million short
 * lines costs a million steps, not a million squared. */
static void judge_inside(pith_tpage *page, uint32_t first, uint32_t last, bool records)
{
    uint32_t end = first, words = 0, figures = 0; /* the stretch [i, end), its words, its
                                                       table's figures */
    bool grid = false;                            /* the stretch is a grid of products */
    for (uint32_t i = first; i <= last; i++) {
        pith_tblock *blk = &page->b[i];
        if (blk->role == PITH_TR_REMOVED || blk->role == PITH_TR_KEPT)
            continue;
        if (records && lone_count(page, i)) {
            remove_block(blk, "record-count");
            continue;
        }
        if (records) {
            blk->role = PITH_TR_KEPT;
            continue;
        }
        if (i >= end) {
            for (end = i, words = figures = 0;
                 end <= last && pith_text_menu_line(&page->b[end]); end++) {
                words += page->b[end].words;
                figures += table_figure(page, end);
            }
            if (!figures_of_columns(page, i, end))
                figures = 0;
            grid = end > i && priced_cards(page, i, end - 1);
        }
        if (!grid && pith_text_menu_like(end - i, words) && figures * 2 < end - i) {
            for (uint32_t k = i; k < end; k++)
                remove_block(&page->b[k], "menu");
            i = end - 1;
            continue;
        }
        if (i < end) {
            words -= blk->words;
            figures -= figures > 0 && table_figure(page, i);
        }
        blk->role = PITH_TR_KEPT;
    }
}

/* Captions inside the article: blocks that end with a picture's credit
 * ("... on Tuesday. (AP Photo/Jane Doe)", "Jane Doe/Getty Images").  They
 * go once the article is chosen, so that a caption among its paragraphs
 * does not part them; a long block that ends so is a paragraph quoting a
 * source, not a caption. */
static bool ends_with_credit(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    return blk->chars <= CAPTION_MAX_CHARS &&
           pith_rules_ends_with_credit(pith_tblock_text(page, i), blk->len);
}

static bool caption(pith_tpage *page, uint32_t i)
{
    return pith_tblock_kept_answer(page, i, PITH_ASKED_CAPTION, PITH_IS_CAPTION, ends_with_credit);
}

static void drop_captions(pith_tpage *page, uint32_t first, uint32_t last)
{
    for (uint32_t i = first; i <= last && i < page->n; i++)
        if (page->b[i].role == PITH_TR_KEPT && caption(page, i))
            remove_block(&page->b[i], "caption");
}

/* The captions outside the article's run go before the page's kind is
 * weighed (kind.c): a picture's caption by the headline ("... (NASA via
 * AP, File)") is no prose of another part of the page, and no headline
 * (headline.c). */
static void drop_outer_captions(pith_tpage *page, uint32_t first, uint32_t last)
{
    for (uint32_t i = 0; i < page->n; i++)
        if ((i < first || i > last) && page->b[i].role != PITH_TR_REMOVED && caption(page, i))
            remove_block(&page->b[i], "caption");
}

/* What follows a label that opens another part of the page, outside the
 * article, is named after it for --explain: "author-box", "related"... */
static void name_sections(pith_tpage *page)
{
    const char *section = NULL;
    uint32_t left = 0;
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        if (end_marker(page, i)) {
            section = blk->comment_header              ? "comments"
                      : blk->phrase == PITH_CAT_AUTHOR  ? "author-box"
                      : blk->phrase == PITH_CAT_RELATED ? "related"
                      : blk->phrase == PITH_CAT_COMMENTS ? "comments"
                                                          : "newsletter";
            left = SECTION_MAX_BLOCKS;
            continue;
        }
        if (!section || left == 0 || blk->role != PITH_TR_REMOVED ||
            strcmp(blk->rule, "after-article") != 0) {
            section = blk->role == PITH_TR_REMOVED ? section : NULL;
            continue;
        }
        blk->rule = section;
        left--;
    }
}

/* The text of a page already cleaned (an extractor's output, a reader's
 * copy) ends with its article: nothing after the article's run is what a
 * page's furniture would leave (a block a rule removed, a label opening
 * another part, a feed's date line, a label that comes back as a feed's
 * or a listing's bylines do), only lines short or long (a list of
 * figures, a recipe's steps).  The article then runs to the page's end
 * (menus inside it still go); else it ends at its run.  False when memory
 * ran out. */
static bool clean_tail(const pith_tpage *page, pith_arena *arena, uint32_t *last)
{
    if (*last + 1 >= page->n)
        return true;
    for (uint32_t i = *last + 1; i < page->n; i++)
        if (page->b[i].role == PITH_TR_REMOVED || end_marker(page, i) || page->b[i].stamp)
            return true;
    uint32_t *count = pith_arena_calloc(arena, page->n, sizeof *count);
    if (!count || !mark_counts(page, arena, count))
        return false;
    bool labels = false;
    for (uint32_t i = *last + 1; i < page->n && !labels; i++)
        labels = count[i] > 1;
    pith_arena_free(arena, count);
    if (!labels)
        *last = page->n - 1;
    return true;
}

/* ------------------------------------------------------------ the stage */

bool pith_text_judge(pith_tpage *page, pith_arena *arena, uint32_t *first_out,
                     uint32_t *last_out)
{
    if (!group_same_texts(page, arena) || !rule_blocks(page, arena) || !classify(page, arena))
        return false;
    repeated_lines(page);
    about_boxes(page);
    if (!later_copies(page, arena) || !said_often(page, arena))
        return false;
    item_stamps(page);
    uint32_t first = 0, last = 0;
    bool found = article_run(page, &first, &last);
    if (found) {
        before_about_box(page, first, &last);
        over_inline_boxes(page, &first, &last);
        over_numbered_list(page, &last);
        over_alike_list(page, &last);
    }
    if (found) /* the article opens with its first sentences */
        while (first < last && !real_prose(&page->b[first]))
            first++;
    /* a page of records whose article run lies among them, or an intro
     * over them: every record */
    uint32_t rfirst = 0, rlast = 0;
    bool failed = false, records = false, intro = false;
    if (records_span(page, arena, &rfirst, &rlast, &failed)) {
        rfirst = beyond_records(page, rfirst, -1);
        rlast = beyond_records(page, rlast, 1);
        if (!found || (first >= rfirst && last <= rlast)) {
            records = found = true;
            first = rfirst;
            last = rlast;
        } else if (found && intro_over_records(page, first, last, rfirst, rlast)) {
            records = intro = true;
            last = rlast;
        } else if (found && grid_outweighs_run(page, first, last, rfirst, rlast)) {
            records = true;
            first = rfirst;
            last = rlast;
        }
    }
    if (failed)
        return false;
    uint32_t opens = found ? first : page->n; /* where the headline is looked for */
    if (found && !records)
        drop_outer_captions(page, first, last);
    /* an intro's run types the page as its run does, not as records do */
    bool every_part = pith_text_kind(page, found, first, last, records && !intro);
    if (!records &&
        (!found || every_part || run_prose(page, first, last) < ARTICLE_PAGE_PROSE)) {
        /* little or no prose: not an article but a listing, a product, a
         * forum's short posts: whatever is not boilerplate; prose in many
         * parts (kind.c): every part */
        found = whole_page(page, &first, &last);
        if (opens == page->n)
            opens = first;
    }
    if (found && !records && !clean_tail(page, arena, &last))
        return false;
    if (found)
        judge_inside(page, first, last, records);
    if (found && !drop_card_labels(page, arena, first, last))
        return false;
    if (found) /* among records too: a picture's caption is no record's text */
        drop_captions(page, first, last);
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        if (blk->role == PITH_TR_UNJUDGED)
            remove_block(blk, !found || i < first ? "before-article" : "after-article");
    }
    name_sections(page);
    *first_out = found ? opens : page->n;
    *last_out = found ? last : 0;
    return true;
}
