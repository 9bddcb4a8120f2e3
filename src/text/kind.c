/*
 * kind.c — what kind of page a text page is, from the shape of its lines,
 * and which of its blocks that kind keeps.
 *
 * An article is one run of prose, and judge.c keeps that run.  Other
 * pages hold their content in many parts, and a reader of their text
 * wants every part: a service page's sections (hero, features, pricing,
 * questions), a manual's paragraphs between its code, a shop's products,
 * a forum's posts.  From the lines alone:
 *   - lines of program code (DOC_MIN_CODE_LINES of them: braces and
 *     semicolons, or Python's and a shell's calls, imports and prompts)
 *     make documentation, whose prose and code are all kept;
 *   - records (judge.c: a label repeated over each entry) are a forum when
 *     they are dated (date lines, readers' headers: "Jane said:"), a
 *     collection when many carry a price, a listing else; judge.c keeps
 *     every record;
 *   - amounts in a currency alone on a line: many make a collection of
 *     products, a few a product;
 *   - prose spread over the page: when the article's run is short and
 *     holds less than SPREAD_RUN_SHARE of the page's prose, the rest lies
 *     in other parts of equal standing (sections under their headings),
 *     and all are kept but the titles under a label of other stories
 *     ("Related articles"); a long run is an article's, whatever teasers
 *     lie beside it;
 *   - one paragraph over a list: when the article's run is one block and
 *     the page holds LEAD_LIST_RATIO times as many blocks after it as
 *     before it, undated, the paragraph is the lead of what follows (an
 *     index's names, a listing's entries, the winners of a prize under
 *     its categories): a listing, every block of which no rule removed is
 *     kept, its short lines too.
 * The kind is published as the page type, as the HTML path's is, with the
 * evidence in its reason.
 *
 * A page of many parts whose text is already clean (an extractor's
 * output, a reader's copy, pith's own text read again) keeps every block:
 * what the page's furniture left is gone from it, and its short lines are
 * a product's details or a listing's entries, not a menu.  A page as a
 * scraper saves it shows its furniture: a line a phrase rule of furniture
 * removes (navigation, sharing, newsletter, cookie, copyright...; bylines,
 * dates and pictures' credits an extractor keeps too), a label opening
 * what follows an article (comments, other stories, a feed), or, in words
 * no phrase list holds, its site's header: a menu over the first prose.
 * An article's text is judge.c's (its run, and after it what no furniture
 * follows).
 */
#include "text/kind.h"

#include <string.h>

#include "pagetype/pagetype.h"
#include "text/judge.h"
#include "util/ascii.h"

/* Code lines that make a page documentation: a manual shows several
 * snippets; an article quoting one line of code does not qualify.  Tuned
 * on half the wcxb pages as text (8 and 4 do as well; 2 takes articles). */
#define DOC_MIN_CODE_LINES 8
/* and a share of the page's blocks: a news page as text holds hundreds of
 * blocks, among them a script's lines that a scraper kept (2% of them
 * took no article of wcxb's tune half nor of aeb as text) */
#define DOC_MIN_CODE_SHARE 0.02
#define CODE_LINE_MAX_CHARS 200 /* a longer block is prose that mentions code */
/* The share of the page's prose the article's run holds below which the
 * page is many parts: on wcxb's pages as text, articles' runs hold nearly
 * all (a teaser or a caption outside), service, listing and forum pages'
 * less, a lead section's up to four fifths; 0.8 did better than 0.7 on
 * both halves (0.788 -> 0.790 each, 16 pages up, 10 down) and left aeb and
 * moz as text as they were; 0.9 takes articles. */
#define SPREAD_RUN_SHARE 0.8
/* A run of more prose than this is an article whatever lies beside it:
 * a news page as text holds teasers, comments and captions that outweigh
 * its story (on aeb as text, whose pages are all articles, runs of 1,200
 * bytes and more beside more prose were the story every time; on wcxb's
 * tune half, 1,200 did better than 800, 2,000 or 3,000). */
#define ARTICLE_RUN_PROSE 1200.0
/* Prices alone on a line that make a collection (a grid of products,
 * each with its price) rather than one product with its variants. */
#define COLLECTION_MIN_PRICES 8
#define PRICE_MAX_CHARS 40      /* "$96.73", "From 1.299,00 EUR": short */
#define DATED_MIN_ITEMS 3       /* dated items that make records posts */
/* A title in a list of other stories is short; a longer line under their
 * label is a teaser's excerpt or the page's own text, and the list ends
 * there: a gallery's captions under "related articles" stay (moz as
 * text; on wcxb's pages as text, against no limit, two pages rose and two
 * fell by about .01 each). */
#define RELATED_TITLE_MAX_CHARS 100
/* Blocks after a lone paragraph, against those before it, that make it
 * a list's lead: a page as text opens with its site's menu, and an
 * article of one paragraph has no more under it than that menu and a
 * footer; an index's list is the page.  On wcxb's pages as text, 4 took
 * four pages (an index of languages, a prize's winners, a manual's
 * overview of its parts, a feed's front page) and no article, on both
 * halves; 2 and 1 took more, articles among them.  aeb as text, whose pages
 * of one paragraph are news briefs over a long menu, gave the same output;
 * moz as text one page more (a collection of tales, 0.43 -> 0.53). */
#define LEAD_LIST_RATIO 4.0

/* A name called: a letter, digit or '_' right before '(' ("main(app)",
 * "x.format(y)"), and no count alone in the brackets (a menu's
 * "Firefox(22)"); prose leaves a space before its brackets. */
static bool holds_a_call(const char *s, size_t n)
{
    for (size_t i = 1; i + 1 < n; i++) {
        if (s[i] != '(' || !(pith_ascii_is_alnum(s[i - 1]) || s[i - 1] == '_'))
            continue;
        size_t j = i + 1;
        while (j < n && pith_ascii_is_digit(s[j]))
            j++;
        if (j == i + 1 || j >= n || s[j] != ')')
            return true;
    }
    return false;
}

/* Code without semicolons or braces (Python, a shell's commands): a block
 * opened with a call in its head ("def run(job, rate=2.0):", "if
 * ready(x):"), a call alone ("print(state.tasks)"), an import, a command
 * after a shell's prompt ("$ rsync -av src dest"). */
static bool bare_code_line(const char *s, size_t n)
{
    char last = s[n - 1];
    if ((last == ':' || last == ')') && holds_a_call(s, n))
        return true;
    if ((s[0] == 'i' && strncmp(s, "import ", 7) == 0) ||
        (s[0] == 'f' && strncmp(s, "from ", 5) == 0 && strstr(s, " import ")))
        return true;
    return n > 2 && s[0] == '$' && s[1] == ' ' && pith_ascii_is_alpha(s[2]);
}

bool pith_text_code_line(const char *s, size_t n)
{
    if (n == 0 || n > CODE_LINE_MAX_CHARS)
        return false;
    if (bare_code_line(s, n))
        return true;
    /* a block opens; a statement or a block ends, with what code writes
     * in it: not an item of a list of clauses ("...;"), nor a template's
     * placeholder ("{* name *}") */
    char last = s[n - 1];
    if (last == '{')
        return true;
    if ((last == ';' || last == '}') && (s[0] == '}' || strpbrk(s, "(=[")))
        return true;
    /* "();", "=>", "::" anywhere: one pass from each byte they open with
     * (a block's text ends with its NUL) */
    for (const char *p = s; (p = strpbrk(p, "(=:")) != NULL; p++)
        if ((p[0] == '(' && p[1] == ')' && p[2] == ';') || (p[0] == '=' && p[1] == '>') ||
            (p[0] == ':' && p[1] == ':'))
            return true;
    return false;
}

/* What the lines show, counted over the blocks no rule removed. */
typedef struct shape {
    uint32_t blocks, code, prices, dated;
    uint32_t before_run, after_run; /* blocks no rule removed on either side */
    double prose, run_prose;
} shape;

/* A post's time line: a date line, one the phrase rules took for a
 * byline's date ("Posted 12 March 2024, 08:14") too. */
static bool post_time(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    return (blk->role != PITH_TR_REMOVED || blk->phrase == PITH_CAT_META) &&
           pith_text_date_line(page, i);
}

/* A label that opens what follows an article: readers' comments ("12
 * Comments", "Jane said:"), other stories ("Related"), the stamp over an
 * item of a feed of dated items after it (judge.c). */
static bool opens_aftermath(const pith_tblock *blk)
{
    return blk->comment_header || blk->stamp || blk->phrase == PITH_CAT_COMMENTS ||
           blk->phrase == PITH_CAT_RELATED;
}

/* What the lines show; the page's prose is counted up to the label of
 * readers' comments, other stories or a feed after the article's run: a
 * short post under a long thread of comments is still an article. */
/* A price alone on its line: "$96.73", "From 1.299,00 EUR". */
static bool price_line(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    return blk->chars <= PRICE_MAX_CHARS &&
           pith_pagetype_reads_as_amount(pith_tblock_text(page, i), blk->len);
}

uint32_t pith_text_price_lines(const pith_tpage *page, uint32_t first, uint32_t last)
{
    uint32_t prices = 0;
    for (uint32_t i = first; i <= last && i < page->n; i++)
        prices += page->b[i].role != PITH_TR_REMOVED && price_line(page, i);
    return prices;
}

bool pith_text_grid_of_prices(uint32_t prices)
{
    return prices >= COLLECTION_MIN_PRICES;
}

static void measure(pith_tpage *page, bool found, uint32_t first, uint32_t last, shape *sh)
{
    memset(sh, 0, sizeof *sh);
    bool beyond = false; /* past a label of what follows an article */
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        const char *s = pith_tblock_text(page, i);
        beyond = beyond || (found && i > last && opens_aftermath(blk));
        sh->dated += blk->comment_header || post_time(page, i);
        if (blk->role == PITH_TR_REMOVED)
            continue;
        sh->blocks++;
        sh->before_run += found && i < first;
        sh->after_run += found && i > last;
        sh->code += pith_text_code_line(s, blk->len);
        sh->prices += price_line(page, i);
        if (pith_text_sentence_prose(blk) && !beyond) {
            sh->prose += blk->chars;
            if (found && i >= first && i <= last)
                sh->run_prose += blk->chars;
        }
    }
}

static void set_type(pith_tpage *page, pith_pagetype type, const char *reason)
{
    page->type = (uint8_t)type;
    page->type_reason = reason;
}

/* The posts of a forum are shown with their poster and time: the time
 * lines the phrase rules removed as a byline's date are the posts'. */
static void keep_post_times(pith_tpage *page)
{
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        if (blk->role == PITH_TR_REMOVED && post_time(page, i)) {
            blk->role = PITH_TR_UNJUDGED;
            blk->rule = NULL;
        }
    }
}

/* The type of a page of records. */
static void records_type(pith_tpage *page, const shape *sh)
{
    if (sh->dated >= DATED_MIN_ITEMS) {
        set_type(page, PITH_PAGE_FORUM, "text: records under dated headers (posts)");
        keep_post_times(page);
    }
    else if (sh->prices >= COLLECTION_MIN_PRICES)
        set_type(page, PITH_PAGE_COLLECTION, "text: records with prices");
    else
        set_type(page, PITH_PAGE_LISTING, "text: records under a repeated label");
}

/* Did a phrase rule of a page's furniture remove the block?  Bylines,
 * dates and pictures' credits are what an extractor keeps. */
static bool furniture_line(const pith_tblock *blk)
{
    if (blk->role != PITH_TR_REMOVED || !blk->rule)
        return false;
    if (strcmp(blk->rule, "legal-notice") == 0)
        return true;
    return strncmp(blk->rule, "phrase:", 7) == 0 && strcmp(blk->rule, "phrase:meta") != 0 &&
           strcmp(blk->rule, "phrase:credit") != 0;
}

/* Is the text already clean: no furniture's line or label, no menu over
 * its first prose? */
static bool already_clean(const pith_tpage *page)
{
    uint32_t run = 0, words = 0; /* the run of menu lines up to block i */
    bool before_prose = true;
    for (uint32_t i = 0; i <= page->n; i++) {
        const pith_tblock *blk = i < page->n ? &page->b[i] : NULL;
        if (blk && (furniture_line(blk) || opens_aftermath(blk)))
            return false;
        if (blk && pith_text_menu_line(blk)) {
            run++;
            words += blk->words;
            continue;
        }
        if (before_prose && pith_text_menu_like(run, words))
            return false; /* the site's header */
        before_prose = before_prose && !(blk && blk->role != PITH_TR_REMOVED &&
                                         pith_text_sentence_prose(blk));
        run = words = 0;
    }
    return true;
}

/* A list's lead is where its page's content starts: what stands over it
 * is the site's (its menu, a search box), judged or not. */
static void drop_before(pith_tpage *page, uint32_t first)
{
    for (uint32_t i = 0; i < first; i++)
        if (page->b[i].role == PITH_TR_UNJUDGED) {
            page->b[i].role = PITH_TR_REMOVED;
            page->b[i].rule = "before-article";
        }
}

/* Keep every block from block `from` on that no rule removed (judge.c
 * leaves them as they are). */
static void keep_every_block(pith_tpage *page, uint32_t from)
{
    for (uint32_t i = from; i < page->n; i++)
        if (page->b[i].role != PITH_TR_REMOVED)
            page->b[i].role = PITH_TR_KEPT;
}

/* Is the article's run one paragraph over a list: one block, many more
 * blocks after it than before, no dated items (a thread's first post over
 * its replies, a story over its comments)? */
static bool lead_over_list(bool found, uint32_t first, uint32_t last, const shape *sh)
{
    return found && first == last && sh->dated < DATED_MIN_ITEMS &&
           sh->after_run >= LEAD_LIST_RATIO * sh->before_run;
}

/* The page's type, and whether its content is every part (as
 * pith_text_kind says); *lead tells a list's lead (every block kept). */
static bool type_page(pith_tpage *page, bool found, uint32_t first, uint32_t last, bool records,
                      bool *lead)
{
    shape sh;
    measure(page, found, first, last, &sh);
    bool short_run = !found || sh.run_prose < ARTICLE_RUN_PROSE;
    bool spread = short_run && (!found || sh.run_prose < SPREAD_RUN_SHARE * sh.prose);
    if (page->type_given) /* the caller's word: an article keeps its run */
        return !records && page->type != PITH_PAGE_ARTICLE;
    if (records) {
        records_type(page, &sh);
        return false;
    }
    if (sh.code >= DOC_MIN_CODE_LINES && sh.code >= DOC_MIN_CODE_SHARE * sh.blocks) {
        set_type(page, PITH_PAGE_DOCUMENTATION, "text: lines of code");
        return true;
    }
    if (sh.prices >= COLLECTION_MIN_PRICES)
        set_type(page, PITH_PAGE_COLLECTION, "text: many prices");
    else if (sh.prices > 0)
        set_type(page, PITH_PAGE_PRODUCT, "text: a price");
    else if (spread)
        set_type(page, PITH_PAGE_SERVICE, "text: prose in many parts");
    else if ((*lead = lead_over_list(found, first, last, &sh))) {
        set_type(page, PITH_PAGE_LISTING, "text: one paragraph over a list");
        return false; /* the run and what follows it: pith_text_kind keeps it */
    }
    else
        set_type(page, PITH_PAGE_ARTICLE, "text: one run of prose");
    return spread;
}

/* A label of other stories ("Related", "You may also like"), removed by
 * the phrase rules. */
static bool related_label(const pith_tblock *blk)
{
    return blk->role == PITH_TR_REMOVED && blk->phrase == PITH_CAT_RELATED;
}

/* Does the next label of other stories after block i say what block i
 * says? */
static bool next_label_alike(const pith_tpage *page, uint32_t i)
{
    for (uint32_t j = i + 1; j < page->n; j++)
        if (related_label(&page->b[j]))
            return page->b[j].hash == page->b[i].hash;
    return false;
}

/* A page of many parts keeps every block, but not what a label of other
 * stories heads: their titles, short lines without a sentence of prose,
 * up to the next prose or longer line.  A label said again by the next
 * one ("Read more" under every card) is a card's link, the cards the
 * page's content; a numbered label ("7 See also") is an entry of a table
 * of contents. */
static void drop_related_lists(pith_tpage *page)
{
    bool under = false; /* under a label of other stories */
    uint64_t said = 0;  /* what the last label said */
    bool any = false;
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        if (related_label(blk)) {
            under = !(any && blk->hash == said) && !next_label_alike(page, i) &&
                    !pith_ascii_is_digit(pith_tblock_text(page, i)[0]);
            said = blk->hash;
            any = true;
            continue;
        }
        if (!under || blk->role == PITH_TR_REMOVED)
            continue;
        if (pith_text_sentence_prose(blk) || blk->chars > RELATED_TITLE_MAX_CHARS) {
            under = false;
            continue;
        }
        blk->role = PITH_TR_REMOVED;
        blk->rule = "related-list";
    }
}

bool pith_text_kind(pith_tpage *page, bool found, uint32_t first, uint32_t last, bool records)
{
    bool lead = false;
    bool every_part = type_page(page, found, first, last, records, &lead);
    if (lead) { /* the lead and the list under it; the site's menu over it goes */
        drop_before(page, first);
        keep_every_block(page, first);
    }
    else if (!records && page->type != PITH_PAGE_ARTICLE && already_clean(page))
        keep_every_block(page, 0);
    if (every_part)
        drop_related_lists(page);
    return every_part;
}
