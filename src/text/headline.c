/*
 * headline.c — the metadata a text page shows in its lines: the headline,
 * the byline, the date line, an author box.
 *
 * They stand around the article's start: the headline a few lines before
 * it (a marked heading if the text has one, else the nearest line that
 * reads as a title: several words, no sentence), the byline and the date
 * between the headline and the first paragraph ("By Jane Doe", "Written
 * by", "Von ...", a lone "By" above a name; "Oct. 14, 2019 7:26 am ET",
 * "Updated 12 March 2024"); a labelled byline may stand further up, in the
 * page's header.  An author box after the article ("Written By"
 * or "About the author" above a name) names the author when no byline
 * does.  These lines leave the text and go to the metadata stage's merge
 * (meta/), which cleans names and reads dates as it does for HTML.
 */
#include <string.h>

#include "content/units.h"
#include "judge.h"
#include "meta/author.h"
#include "meta/date.h"
#include "meta/headline.h"
#include "meta/sources.h"
#include "rules/given_names.h"
#include "rules/stamp_labels.h"
#include "rules/title_parts.h"
#include "util/ascii.h"

#define LOOK_BACK 16          /* blocks before the article searched */
#define BYLINE_LOOK_BACK 48   /* blocks before the article searched for a
                                 labelled byline ("Written by ...") when
                                 none is nearer: a header may hold it over a
                                 standfirst, a picture and a share row */
#define TITLE_LOOK_BACK 32    /* blocks before the article searched for a
                                 marked heading or a headline over the
                                 byline: a picture, a share row and a table
                                 of contents may stand between them */
#define TRAIL_LOOK_BACK 16    /* blocks before the article searched for a
                                 trail whose last step stands beside it: a
                                 share row, a count of shares and a
                                 recipe's jump links may stand between the
                                 headline and the text */
#define TRAIL_END_LOOK_OVER 2 /* blocks over a trail searched for its last
                                 step: the heading over its trail */
#define TWICE_LOOK_BACK 5     /* blocks before the article searched for a
                                 headline shown twice: further up, a menu
                                 shows its items twice (a desktop's and a
                                 phone's) */
#define LOOK_INTO 3           /* blocks of the article's start searched */
#define TRAIL_END_LOOK_UNDER 3 /* blocks under a trail searched for its last
                                  step: a label ("Guide") or a byline may
                                  stand between them */
#define LABEL_LOOK_INTO 64    /* blocks of the article's start searched for a
                                 lone label over a name ("Thread starter" /
                                 "FutureBSD") when nothing nearer names the
                                 author: a forum's menus and search form may
                                 open a thread's text over its header */
#define LABEL_LOOK_BACK 256   /* blocks before the article searched for a
                                 thread's header when the judge took a later
                                 post for the article's start */
#define TITLE_MAX_CHARS 300
#define TITLE_MIN_WORDS 3
#define TITLE_MAX_WORDS 40
#define PROSE_MIN_WORDS 15 /* a paragraph under a headline, not a tagline
                              ("Trusted by 100,000+ folks.") */
#define TITLE_MIN_CJK_CHARS 12 /* bytes: four CJK characters */
#define OVER_META_MIN_WORDS 4  /* a headline over the byline: shorter lines
                                  there are names ("Adam Clark Estes") or
                                  links ("Harbour Ferry Alerts") */
#define SHORT_OVER_DATE_MIN_WORDS 2 /* "Backup Plans" over its date line, when no
                                       other line reads as the headline; one
                                       word there is a section's or a tag's */
#define DATED_LIST_MIN_LINES 3 /* dated lines in a row that are a list's
                                  entries (recent posts), not a header's
                                  "Published" and "Updated" lines */
#define OVER_META_NEAR 3       /* blocks over the byline or date line that a
                                  headline stands in: further up, a line is
                                  the header's, and one right under the date
                                  line ("May 3, 2024" / headline / text) is
                                  the headline (under a byline, the line is
                                  the author's role) */
#define BREADCRUMB_MIN_SEPARATORS 2 /* "Home > Blog > Title": one " / " is
                                       a title's ("Input / Output") */
#define FIGURES_MAX_WORDS 4   /* "9 min read" between a name and its date */
#define STARTER_LABEL_MAX_CHARS 40 /* "Thread starter:", "Auteur du sujet" */
#define THREAD_DATE_LOOK_UNDER 6 /* lines under a thread's header searched
                                    for its start date: the starter's name,
                                    a badge or two ("WikiPost"), the
                                    "Start date" label */
#define TRAIL_MAX_STEPS 6      /* lines of a trail over a thread's header:
                                  "Home" / "Forums" / a board / a sub-board */
#define TRAIL_STEP_MAX_WORDS 8 /* a trail's step: a board's name, no post */
#define BYLINE_MAX_CHARS 100
#define NAME_MAX_CHARS 60     /* the name under a lone "By" */
#define HANDLE_MIN_CHARS 3    /* "an" under "von" is a mail form's "to" */
#define DATE_LINE_MAX_CHARS 80
#define DATE_LABEL_MAX_WORDS 4 /* a label alone over its date ("Last updated on") */
#define DATE_LINE_MAX_WORDS 12
#define DATED_LINE_MAX_CHARS 220 /* a byline's credits with the date */
#define DATED_LINE_MAX_WORDS UINT32_MAX /* none: DATED_LINE_MAX_CHARS bounds it
                                           (credits run to many short words) */
#define DATE_LOOK_BACK 64     /* blocks before the article searched for a
                                 date line when none is nearer: a header may
                                 hold it over a picture, a share row, a
                                 contents list and a list of tags, each
                                 item a line */
#define DATE_LOOK_INTO 16     /* blocks of the article's start searched for
                                 a date line when none is nearer: a
                                 standfirst or a question may open it */
#define BOX_LOOK_AFTER 12     /* blocks after the article searched for a box */

static bool is_meta_role(const pith_tblock *blk)
{
    return blk->role == PITH_TR_TITLE || blk->role == PITH_TR_BYLINE ||
           blk->role == PITH_TR_DATE;
}

static void set_role(pith_tblock *blk, pith_trole role, const char *rule)
{
    blk->role = (uint8_t)role;
    blk->rule = rule;
}

/* The length of a byline label that opens s ("By", "Written by:",
 * "Von"), 0 when there is none.  "From" and "От" open too many other
 * lines to count. */
static size_t byline_label(const char *s, size_t n)
{
    char low[40];
    size_t k = pith_ascii_lower_copy(low, sizeof low, s, n);
    size_t pl = pith_author_prefix_len(low, k);
    if ((pl == 4 && memcmp(low, "from", 4) == 0) || (pl == 4 && memcmp(low, "от", 4) == 0))
        return 0;
    return pl;
}

/* A third at least of a short text is names not written in lower case
 * ("By Jane Doe | Nov 3", not "By taking the top off the bread"). */
static bool mostly_names(const char *s, size_t n, uint32_t chars)
{
    size_t named = pith_authors_named_chars(s, n);
    return named > 0 && named * 10 >= (size_t)chars * 3;
}

/* A label alone on its line: "By", "Written By", "Autor:"; label is the
 * length of the byline label that opens the line (byline_label). */
static bool lone_label(const pith_tpage *page, uint32_t i, size_t label)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    size_t pl = label;
    while (pl < blk->len && (s[pl] == ':' || s[pl] == ' '))
        pl++;
    return pl > 0 && pl == blk->len;
}

/* A short line of names; not one of a site's interface words or a forum
 * rank's ("Search" under a search form's "By:", "Platinum Partner"). */
static bool names_text(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    return mostly_names(s, blk->len, blk->chars) && !pith_author_is_interface_line(s, blk->len);
}

/* (Whether its text is of names is kept on the block's twin: a byline's
 * lines are asked about from each line near them.) */
static bool name_line(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    return blk->chars <= NAME_MAX_CHARS && !blk->sentence_end && blk->kind != PITH_TB_RULE &&
           pith_tblock_kept_answer(page, i, PITH_ASKED_NAMES, PITH_IS_NAMES, names_text);
}

/* A user's handle alone on its line, one word with a letter and no
 * capital needed ("paulb203", "slow-poke"); not an interface word. */
static bool handle_line(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    if (blk->chars > NAME_MAX_CHARS || blk->chars < HANDLE_MIN_CHARS || blk->words != 1 ||
        blk->sentence_end || blk->kind == PITH_TB_RULE || memchr(s, ' ', blk->len))
        return false;
    bool letter = false;
    for (size_t k = 0; k < blk->len && !letter; k++)
        letter = pith_ascii_is_alpha(s[k]);
    return letter && !pith_author_is_interface_line(s, blk->len);
}

/* A lone label (lone_label) over a name, or over a user's handle when
 * handles count (a forum thread's header). */
static bool label_over_name(pith_tpage *page, uint32_t i, size_t label, bool handles)
{
    return lone_label(page, i, label) && i + 1 < page->n &&
           (name_line(page, i + 1) || (handles && handle_line(page, i + 1)));
}

/* The first post's number, alone or before its date ("#1",
 * "#1 2025-10-06 14:52:09"): a forum's post header, whose poster is the
 * thread's starter. */
static bool first_post_number(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && (s[k] == ' ' || (unsigned char)s[k] == 0xC2 || (unsigned char)s[k] == 0xA0))
        k++; /* spaces, no-break spaces */
    if (k + 2 > n || s[k] != '#' || s[k + 1] != '1' || (k + 2 < n && pith_ascii_is_digit(s[k + 2])))
        return false; /* not "#1", or "#12" */
    for (k += 2; k < n; k++)
        if (pith_ascii_is_alpha(s[k]))
            return false; /* "#1 Best Seller" */
    return true;
}

/* A post's date on line i or on one of the two lines over it (a line of
 * no-break spaces may stand between): a ranked list's "#1" has none. */
static bool dated_header(const pith_tpage *page, uint32_t i)
{
    pith_date d;
    for (uint32_t k = i >= 2 ? i - 2 : 0; k <= i; k++)
        if (page->b[k].chars <= DATE_LINE_MAX_CHARS &&
            pith_date_parse(pith_tblock_text(page, k), page->b[k].len, 0, &d))
            return true;
    return false;
}

/* The poster's name or handle under the first post's number, right under
 * it or past one line ("#1" / "| Link" / "microfast"), opening and ending
 * with a letter or a digit (not "| Link", nor a post's "Hello,"); page->n
 * when none. */
static uint32_t poster_under_number(pith_tpage *page, uint32_t i)
{
    for (uint32_t k = i + 1; k <= i + 2 && k < page->n; k++) {
        const unsigned char *s = (const unsigned char *)pith_tblock_text(page, k);
        unsigned char open = s[0], end = s[page->b[k].len - 1];
        if (!is_meta_role(&page->b[k]) && page->b[k].cls != PITH_UNIT_GOOD &&
            (pith_ascii_is_alnum((char)open) || open >= 0x80) &&
            (pith_ascii_is_alnum((char)end) || end >= 0x80) &&
            (name_line(page, k) || handle_line(page, k)))
            return k;
    }
    return page->n;
}

/* The poster under the first post's dated number between blocks from and
 * to, recorded as the byline. */
static bool take_first_poster(pith_tpage *page, uint32_t from, uint32_t to, pith_mfound *f)
{
    for (uint32_t i = from; i <= to && i < page->n; i++) {
        if (!first_post_number(pith_tblock_text(page, i), page->b[i].len) ||
            !dated_header(page, i))
            continue;
        uint32_t poster = poster_under_number(page, i);
        if (poster == page->n)
            continue;
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, pith_tblock_text(page, poster),
                        page->b[poster].len, PITH_MV_IN_ARTICLE);
        set_role(&page->b[poster], PITH_TR_BYLINE, "meta:byline");
        return true;
    }
    return false;
}

/* The length of a "By" that opens s[0..n), glued to the name it labels
 * ("ByNina Pineda", where a scraper lost the space between a label and a
 * link), 0 when the line opens with none. */
static size_t leading_glued_by(const char *s, size_t n)
{
    return n > 3 && s[0] == 'B' && s[1] == 'y' && pith_ascii_is_upper(s[2]) ? 2 : 0;
}

/* Record block i (and, for a lone label, the name under it, or the
 * handle when handles count) as a byline. */
static bool take_byline(pith_tpage *page, uint32_t i, pith_mfound *f, unsigned flags,
                        bool handles)
{
    pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    if (blk->chars > BYLINE_MAX_CHARS || blk->role == PITH_TR_TITLE)
        return false;
    size_t label = byline_label(s, blk->len);
    /* a label of several words ("Thread starter", "Posted by") is no
     * word of a sentence's, as a lone "von" over "an" may be */
    if (label_over_name(page, i, label, handles || memchr(s, ' ', label))) {
        const pith_tblock *next = &page->b[i + 1];
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, pith_tblock_text(page, i + 1),
                        next->len, flags);
        set_role(blk, PITH_TR_BYLINE, "meta:byline");
        set_role(&page->b[i + 1], PITH_TR_BYLINE, "meta:byline");
        return true;
    }
    /* a "By" glued to the name ("ByJane Doe": a scraper lost the space
     * between the label and the name's link) labels it as well */
    size_t glued = label ? 0 : leading_glued_by(s, blk->len);
    if ((label || glued) &&
        mostly_names(s + glued, blk->len - glued, blk->chars - (uint32_t)glued)) {
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, s + glued, blk->len - glued, flags);
        set_role(blk, PITH_TR_BYLINE, "meta:byline");
        pith_date d; /* "By Jane Doe | March 3, 2024": the date line too */
        if (pith_date_parse(s, blk->len, 0, &d))
            pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, s, blk->len, flags);
        return true;
    }
    return false;
}

/* Where a byline word "by" stands anywhere in s[0..n) before a name
 * ("October 11, 2023 by Jane Doe", "Posted byJane Doe"): at the word's
 * start, then a space, a colon or a capital; n when it does not. */
static size_t find_by_word(const char *s, size_t n)
{
    for (size_t k = 0; k + 3 < n; k++)
        if ((k == 0 || !pith_ascii_is_alpha(s[k - 1])) && pith_ascii_lower(s[k]) == 'b' &&
            pith_ascii_lower(s[k + 1]) == 'y' &&
            (s[k + 2] == ' ' || s[k + 2] == ':' || (s[k + 2] >= 'A' && s[k + 2] <= 'Z')))
            return k;
    return n;
}

/* A line that credits someone after a byline word and that a date's year
 * and a full stop close ("Discussion in 'Tools' started by quietfern, May
 * 26, 2025.", "Reviewed by Jane Doe on December 9, 2024."): a thread's
 * header or a credit, its full stop no sentence's; a sentence of prose
 * that ends with a date ("The vote takes place on 4th July 2024.") has no
 * such "by", and a deadline's "by" is followed by a date. */
static bool credit_closed_by_year(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    size_t n = blk->len;
    size_t by = find_by_word(s, n);
    if (n < 6 || s[n - 1] != '.' || s[n - 6] != ' ' || by == n)
        return false;
    size_t w = by + 3, e = w; /* the word after "by": a name, not a deadline's
                                 month ("Book by December 30, 2025.") */
    while (e < n && pith_ascii_is_alpha(s[e]))
        e++;
    char low[16];
    if (e - w < sizeof low &&
        pith_date_month_word(low, pith_ascii_lower_copy(low, sizeof low, s + w, e - w)) > 0)
        return false;
    for (size_t k = n - 5; k < n - 1; k++)
        if (!pith_ascii_is_digit(s[k]))
            return false;
    return true;
}

/* A line of at most max_chars non-space bytes and max_words words that
 * holds a date and is no sentence (but for a credit a date closes): with
 * DATE_LINE_MAX_*, a date and little else ("Oct. 14, 2019 7:26 am ET");
 * with DATED_LINE_MAX_*, a date alone or among a byline's other credits
 * ("By Jane Doe - Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by
 * John Roe"); not a poster's join date ("Joined: Tue Oct 17, 2017"). */
static bool dated_line(pith_tpage *page, uint32_t i, uint32_t max_chars, uint32_t max_words)
{
    const pith_tblock *blk = &page->b[i];
    return blk->chars <= max_chars && blk->words <= max_words &&
           (!blk->sentence_end || credit_closed_by_year(page, i)) &&
           pith_tblock_dated(page, i) &&
           !pith_rules_opens_with_profile_stamp(pith_tblock_text(page, i), blk->len);
}

static bool take_date(pith_tpage *page, uint32_t i, pith_mfound *f)
{
    if (!dated_line(page, i, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_WORDS))
        return false;
    pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, pith_tblock_text(page, i),
                    page->b[i].len, PITH_MV_IN_ARTICLE);
    set_role(&page->b[i], PITH_TR_DATE, "meta:date");
    return true;
}

/* When no date line stands next to the article's start, the dated line
 * nearest to it, up in the header (over a picture, a share row and a table
 * of contents) or down in the article's first lines (under a standfirst).
 * The line keeps its role: read as the date, it stays where the judge put
 * it, so the text is the same. */
static uint32_t take_far_date(pith_tpage *page, uint32_t first, uint32_t last, pith_mfound *f)
{
    uint32_t far = first > DATE_LOOK_BACK ? first - DATE_LOOK_BACK : 0;
    uint32_t deep = first + DATE_LOOK_INTO < last ? first + DATE_LOOK_INTO : last;
    uint32_t up = first, down = first;
    while (up > far || (down <= deep && down < page->n)) {
        uint32_t i = down <= deep && down < page->n && (up <= far || down - first <= first - up)
                         ? down++
                         : --up;
        if (page->b[i].cls == PITH_UNIT_GOOD || is_meta_role(&page->b[i]) ||
            !dated_line(page, i, DATED_LINE_MAX_CHARS, DATED_LINE_MAX_WORDS))
            continue;
        pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, pith_tblock_text(page, i),
                        page->b[i].len, PITH_MV_IN_ARTICLE);
        return i;
    }
    return page->n;
}

/* When no date line stands near the article's start, the first line from
 * there on that a publication label opens ("Published August 13, 2025",
 * "Posted on ..."), or the date line under such a label alone ("Published
 * on" / "Oct 31, 2025"); else the first that an update label opens ("Last
 * updated: November 13, 2025"): a post's footer, a page's "last updated"
 * line under its text.  Over the article such lines are the header's,
 * other stories' (see take_far_date).  The line keeps its role, as
 * take_far_date's does. */
static void take_labelled_date(pith_tpage *page, uint32_t first, pith_mfound *f)
{
    uint32_t update = page->n; /* the first line an update label opens */
    for (uint32_t i = first; i < page->n; i++) {
        const pith_tblock *blk = &page->b[i];
        const char *s = pith_tblock_text(page, i);
        bool updated = false;
        if (blk->chars > DATE_LINE_MAX_CHARS || !pith_meta_date_label(s, blk->len, &updated))
            continue;
        uint32_t at = i; /* the line that holds the date */
        if (!pith_ascii_holds_digit(s, blk->len)) {
            if (blk->words > DATE_LABEL_MAX_WORDS || i + 1 >= page->n)
                continue;
            at = i + 1;
        }
        if (!dated_line(page, at, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_WORDS))
            continue;
        if (!updated) {
            pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, pith_tblock_text(page, at),
                            page->b[at].len, 0);
            return;
        }
        if (update == page->n)
            update = at;
    }
    if (update < page->n)
        pith_mfound_add(f, PITH_MF_DATE_MODIFIED, PITH_MS_DATE_TEXT,
                        pith_tblock_text(page, update), page->b[update].len, 0);
}

/* The next piece of line s[0..n) from *at on, to the next mark between
 * a date line's pieces (pith_meta_piece_mark) or the line's end, in
 * [*from, *to); *at moves past the mark.  False when no piece is left. */
static bool next_piece(const char *s, size_t n, size_t *at, size_t *from, size_t *to)
{
    if (*at > n)
        return false;
    size_t k = *at, mark = 0;
    while (k < n && !(mark = pith_meta_piece_mark(s + k, n - k)))
        k++;
    *from = *at;
    *to = k;
    *at = k < n ? k + mark : n + 1;
    return true;
}

/* Whether a piece of date line i, between the marks that part it
 * (pith_meta_piece_mark), is a post's stamp: its reading time ("Dec 18,
 * 2025 ⋅ 10 min read") or its comments' count ("June 9, 2020 · 6
 * Comments"), which a page's own header and its teasers' cards carry, a
 * footer's and an aside's dates not. */
static bool stamped_date_line(pith_tpage *page, uint32_t i)
{
    const char *s = pith_tblock_text(page, i);
    size_t n = page->b[i].len, at = 0, a, b;
    while (next_piece(s, n, &at, &a, &b)) {
        if (a == 0 && b == n)
            return false; /* no mark: the line is one piece, the date's */
        while (a < b && s[a] == ' ')
            a++;
        while (b > a && s[b - 1] == ' ')
            b--;
        size_t chars = 0;
        for (size_t c = a; c < b; c++)
            chars += s[c] != ' ';
        pith_category cat = PITH_CAT_NONE;
        pith_date d; /* not the date's own piece ("Last modified: ...") */
        if (b > a && pith_rules_block_phrase(s + a, b - a, chars, &cat) &&
            (cat == PITH_CAT_META ||
             (cat == PITH_CAT_COMMENTS && pith_ascii_holds_digit(s + a, b - a))) &&
            !pith_date_parse(s + a, b - a, 0, &d))
            return true;
    }
    return false;
}

#define STAMPED_LIST_STEP 12 /* lines between two stamped date lines that
                                are a list's cards ("·Nov 7, 2025·11 min
                                read" over each teaser) */

/* When no date line stands near the article's start and no label opens
 * one: the first date line of the page that a post's stamp shares
 * (stamped_date_line), the post's own header above its teasers'; the
 * judge may have taken the article's start far from its header. */
static void take_stamped_date(pith_tpage *page, pith_mfound *f)
{
    uint32_t found = page->n;
    for (uint32_t i = 0; i < page->n; i++) {
        if (found < page->n && i > found + STAMPED_LIST_STEP)
            break;
        if (!dated_line(page, i, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_WORDS) ||
            !stamped_date_line(page, i))
            continue;
        if (found < page->n)
            return; /* a list's cards, each stamped, not one post's header */
        bool updated = false;
        if (pith_meta_date_label(pith_tblock_text(page, i), page->b[i].len, &updated) && updated)
            return; /* an update's stamp ("Last Updated: ... • 5 min read") */
        found = i;
    }
    if (found < page->n)
        pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, pith_tblock_text(page, found),
                        page->b[found].len, 0);
}

/* When no labelled date line stands from the article's start on: the
 * nearest over it that a publication label opens ("Published: Nov. 19,
 * 2025"), a header the judge took the start far from. */
static void take_labelled_date_over(pith_tpage *page, uint32_t first, pith_mfound *f)
{
    for (uint32_t i = first; i-- > 0;) {
        const pith_tblock *blk = &page->b[i];
        const char *s = pith_tblock_text(page, i);
        bool updated = false;
        if (!dated_line(page, i, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_WORDS) ||
            !pith_meta_date_label(s, blk->len, &updated) || updated)
            continue; /* (the date first: most lines hold none, and the label costs more) */
        pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, s, blk->len, 0);
        return;
    }
}


#define SEAM_LOWER_RUN 4 /* lower-case letters before a capital that a seam
                            follows ("WalterDecember"; not "McNamara") */

/* Where a scraper glued two pieces of a line together in s[0..n), a
 * capital right after a word's run of lower-case letters ("By Jane
 * DoeJanuary 4, 2026", "Jane DoeIn Travel Tips"), from byte from on; n
 * when none. */
static size_t glued_seam(const char *s, size_t from, size_t n)
{
    size_t run = 0;
    for (size_t k = from; k < n; k++) {
        if (s[k] >= 'A' && s[k] <= 'Z' && run >= SEAM_LOWER_RUN)
            return k;
        run = s[k] >= 'a' && s[k] <= 'z' ? run + 1 : 0;
    }
    return n;
}

/* When nothing else names the author: the nearest line over the article's
 * start that dates it and names its writer after a byline word inside
 * ("October 11, 2023 by Jane Doe", "Published August 7, 2023 by Jane
 * Doe", "By Jane Doe - Updated Sep 9, 2025"), as far up as a date line is
 * looked for (take_far_date); its words from that "by" on, to a seam
 * where the scraper glued the next piece on, go to the author cleaner,
 * when it finds a name in them.  Under the article such
 * lines date and sign other things: a documentation page's "last modified
 * on ... by its contributors", a shop's reviews. */
static bool take_dated_byline(pith_tpage *page, uint32_t first, pith_mfound *f)
{
    uint32_t far = first > DATE_LOOK_BACK ? first - DATE_LOOK_BACK : 0;
    for (uint32_t i = first; i-- > far;) {
        const pith_tblock *blk = &page->b[i];
        if ((is_meta_role(blk) && blk->role != PITH_TR_DATE) ||
            !dated_line(page, i, DATED_LINE_MAX_CHARS, DATED_LINE_MAX_WORDS))
            continue; /* (the date line read as the date may be the one) */
        const char *s = pith_tblock_text(page, i);
        size_t by = find_by_word(s, blk->len);
        if (by == blk->len)
            continue;
        size_t end = glued_seam(s, by + 3, blk->len);
        pith_authors names;
        pith_authors_init(&names);
        size_t found = pith_authors_add(&names, s + by, end - by);
        pith_authors_free(&names);
        if (!found)
            continue;
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, s + by, end - by, 0);
        return true;
    }
    return false;
}

/* A name alone on its line, not yet taken, not prose. */
static bool free_name_line(pith_tpage *page, uint32_t i)
{
    return i < page->n && !is_meta_role(&page->b[i]) && page->b[i].cls != PITH_UNIT_GOOD &&
           page->b[i].phrase == PITH_CAT_NONE && name_line(page, i);
}

/* A name line (free_name_line) that opens with a given name ("Jane Doe,
 * MD"): a person's, where a headline in title case ("Seven Ways to
 * Save") is often a line of names too. */
static bool person_line(pith_tpage *page, uint32_t i)
{
    if (!free_name_line(page, i) || page->b[i].kind == PITH_TB_ITEM)
        return false; /* a list's item: a quote's source ("- Jane Doe, 1984") */
    const char *s = pith_tblock_text(page, i);
    size_t n = 0;
    while (n < page->b[i].len && s[n] != ' ' && s[n] != ',')
        n++;
    return pith_rules_is_given_name(s, n);
}

#define ROLE_MAX_WORDS 5 /* an author's role under the name ("Co-Founder &
                            Marketing Director"); a headline is longer */

/* A person's line two over line i with a short line between, not a
 * name: the author's role ("Jane Doe" / "Co-Founder & Editor" / date line
 * i). */
static bool role_under_person(pith_tpage *page, uint32_t i)
{
    return i > 1 && person_line(page, i - 2) && !person_line(page, i - 1) &&
           page->b[i - 1].words <= ROLE_MAX_WORDS;
}

/* A short line of figures between a name and its date: "9 min read",
 * "5:50 am". */
static bool figures_line(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    if (blk->words > FIGURES_MAX_WORDS || blk->cls == PITH_UNIT_GOOD)
        return false;
    for (size_t k = 0; k < blk->len; k++)
        if (pith_ascii_is_digit(s[k]))
            return true;
    return false;
}

/* A forum rank's badge between a poster's name and the post's date
 * ("JGD" / "Members" / "April 2, 2024"). */
static bool badge_line(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    return blk->chars <= NAME_MAX_CHARS &&
           pith_author_is_interface_line(pith_tblock_text(page, i), blk->len);
}

/* The name line beside date line i: right over or under it, or one line
 * of figures away, or over a rank's badge or the author's role
 * (role_under_person); page->n when there is none. */
static uint32_t name_beside(pith_tpage *page, uint32_t i)
{
    if (role_under_person(page, i))
        return i - 2;
    if (i > 0 && free_name_line(page, i - 1))
        return i - 1;
    if (free_name_line(page, i + 1))
        return i + 1;
    if (i > 1 && (figures_line(page, i - 1) || badge_line(page, i - 1)) &&
        free_name_line(page, i - 2))
        return i - 2;
    if (i + 2 < page->n && figures_line(page, i + 1) && free_name_line(page, i + 2))
        return i + 2;
    return page->n;
}

/* Name line i as the byline, without a "By" glued to it (leading_glued_by),
 * when it is written as people's names are (pith_author_line_of_names):
 * with no label, a line of capitalised words beside a date is as often a
 * menu's, a heading's or a list of topics ("College of Behavioral, Social
 * and Health Sciences", "Table of Contents", "E-Commerce, SEO"); false
 * when it is not. */
static bool take_name_line(pith_tpage *page, uint32_t i, pith_mfound *f)
{
    const char *s = pith_tblock_text(page, i);
    size_t glued = leading_glued_by(s, page->b[i].len);
    if (!pith_author_line_of_names(s + glued, page->b[i].len - glued))
        return false;
    pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, s + glued, page->b[i].len - glued,
                    PITH_MV_IN_ARTICLE);
    set_role(&page->b[i], PITH_TR_BYLINE, "meta:byline");
    return true;
}

/* A name with no label right over or under date line i (name_beside),
 * recorded as the byline; when sure is false, only a person's (one that
 * opens with a given name), and no headline that opens with one ("Jane
 * Doe: Council Drops the Plan"); false when none stands there. */
static bool take_name_beside(pith_tpage *page, uint32_t i, bool sure, pith_mfound *f)
{
    uint32_t name = name_beside(page, i);
    if (name == page->n)
        return false;
    if (!sure && (!person_line(page, name) ||
                  memchr(pith_tblock_text(page, name), ':', page->b[name].len)))
        return false;
    return take_name_line(page, name, f);
}

/* A name with no label right over or under the date line ("Jane Doe" /
 * "March 3, 2024", "Updated ..." / "Jane Doe"): the byline of a page
 * whose label was a picture or a link's styling. */
static bool take_name_by_date(pith_tpage *page, uint32_t from, uint32_t to, pith_mfound *f)
{
    for (uint32_t i = from; i <= to && i < page->n; i++)
        if (page->b[i].role == PITH_TR_DATE && take_name_beside(page, i, true, f))
            return true;
    return false;
}

#define DAY_STAMP_WORDS 2 /* "Jan 23": a month and a day, no year */

/* A short line of figures that stamps a post (figures_line): its reading
 * time ("11 min read") or a day of this year, written with no year ("Jan
 * 23"); not a price, a size or a count ("$29.95", "80 sq. ft. (2)"). */
static bool stamp_line(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    if (!figures_line(page, i))
        return false;
    if (blk->phrase == PITH_CAT_META)
        return true;
    const char *s = pith_tblock_text(page, i);
    size_t w = 0;
    while (w < blk->len && s[w] != ' ' && s[w] != '.')
        w++;
    char low[16]; /* the month's word, in lower case */
    return blk->words == DAY_STAMP_WORDS && w < sizeof low &&
           pith_date_month_word(low, pith_ascii_lower_copy(low, sizeof low, s, w)) > 0;
}

/* The name with no label right under the headline, over a dated line or
 * a post's stamp (stamp_line: "Seven Ways to Save" / "Jane Doe" / "April
 * 10, 2025", "Jan 23" or "11 min read"; not a price or a size under a
 * product's name): the byline of a page whose label was a picture or a
 * link's styling, as take_name_by_date's, read when the stamp is no date
 * line near the article's start (a day with no year, a line of credits,
 * a date too far up).  The name need not open with a given name: the
 * headline over it and the stamp under it tell it is the writer's. */
static bool take_name_under_headline(pith_tpage *page, uint32_t first, uint32_t to,
                                     pith_mfound *f)
{
    /* as far up as the headline is looked for (headline_near_start); the
     * headline may be shown twice (find_title) */
    uint32_t t = first > TITLE_LOOK_BACK ? first - TITLE_LOOK_BACK : 0;
    for (; t <= to && t + 2 < page->n; t++) {
        uint32_t name = t + 1;
        if (page->b[t].role == PITH_TR_TITLE && free_name_line(page, name) &&
            (dated_line(page, name + 1, DATED_LINE_MAX_CHARS, DATED_LINE_MAX_WORDS) ||
             stamp_line(page, name + 1)))
            return take_name_line(page, name, f);
    }
    return false;
}

/* Whether s[0..n) holds the name of a person and nothing else
 * (pith_author_is_person_name), spaces around it aside; no piece a
 * scraper glued on ("Jane WhitlockReviewed": a review's header). */
static bool piece_is_person(const char *s, size_t n)
{
    while (n > 0 && s[0] == ' ')
        s++, n--;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n > 0 && glued_seam(s, 0, n) == n && pith_author_is_person_name(s, n);
}

/* The words of s[0..n) before the first that opens with a digit or is
 * a month's name ("Jane Doe May 18, 2016" -> "Jane Doe"), a month's name
 * a scraper glued on too ("Jane WhitlockMar 5, 2025"); n when no such
 * word stands in it. */
static size_t before_date_words(const char *s, size_t n)
{
    size_t seam = glued_seam(s, 0, n);
    for (size_t k = 0; k < n; k++) {
        if (k == seam)
            seam = glued_seam(s, k + 1, n);
        else if (k > 0 && s[k - 1] != ' ')
            continue;
        if (pith_ascii_is_digit(s[k]))
            return k;
        size_t e = k;
        while (e < n && pith_ascii_is_alpha(s[e]))
            e++;
        char low[16];
        if (e > k && e - k < sizeof low &&
            pith_date_month_word(low, pith_ascii_lower_copy(low, sizeof low, s + k, e - k)) > 0)
            return k;
    }
    return n;
}

/* A person named with no label on date line i, beside its date: a piece
 * of the line between marks ("Jane Doe | March 3, 2024", "Dec. 19, 2025 ·
 * Jane Doe", "Jane Doe | Senior Writer | July 2, 2025") or the words
 * before the date ("Jane Doe May 18, 2016"), when it is a person's name
 * and no more (pith_author_is_person_name: a given name first); recorded
 * as the byline.  A section's or a site's name there ("News | March 3,
 * 2024") is no person's. */
static bool take_name_on_date_line(pith_tpage *page, uint32_t i, pith_mfound *f)
{
    const char *s = pith_tblock_text(page, i);
    size_t n = page->b[i].len, at = 0, start, k;
    while (next_piece(s, n, &at, &start, &k)) {
        size_t end = start + before_date_words(s + start, k - start);
        while (start < end && s[start] == ' ')
            start++;
        start += leading_glued_by(s + start, end - start); /* "ByJane Doe" */
        if (piece_is_person(s + start, end - start)) {
            pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, s + start, end - start,
                            PITH_MV_IN_ARTICLE);
            return true;
        }
    }
    return false;
}

#define ROLE_LINE_MAX_WORDS 8 /* "UK-based Systems Theorist & Independent
                                 Technology Writer"; a sentence is longer */

/* Whether the last word of s[0..n) names a person's job ("Senior
 * Editor", "Independent Technology Writer", "Founder"). */
static bool ends_with_job_title(const char *s, size_t n)
{
    size_t e = n;
    while (e > 0 && !pith_ascii_is_alpha(s[e - 1]) && (unsigned char)s[e - 1] < 0x80)
        e--;
    size_t b = e;
    while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '&' && s[b - 1] != '/' && s[b - 1] != '-')
        b--;
    char low[32];
    if (e - b >= sizeof low)
        return false;
    return pith_author_is_job_title(low, pith_ascii_lower_copy(low, sizeof low, s + b, e - b));
}

/* A short line that names a person's job (ends_with_job_title): what
 * stands under an author's name, under the headline or in an author box. */
static bool role_line(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    return blk->words > 0 && blk->words <= ROLE_LINE_MAX_WORDS && !blk->sentence_end &&
           blk->chars <= NAME_MAX_CHARS && blk->cls != PITH_UNIT_GOOD &&
           ends_with_job_title(pith_tblock_text(page, i), blk->len);
}

/* Whether block i ends with a question mark: "Questions about the
 * program?" over a contact's card. */
static bool asks(const pith_tpage *page, uint32_t i)
{
    return page->b[i].len > 0 && pith_tblock_text(page, i)[page->b[i].len - 1] == '?';
}

/* A person's line (person_line) over a line that names the writer's job
 * (role_line) between blocks lo and hi, as the byline: "Jane Doe" /
 * "Senior Editor" under the headline or in an author box after the text;
 * not a quote's source, nor a line that names its own job ("Jane Doe,
 * Senior Writer" over "John Roe, Senior Writer": a team's list), nor a
 * contact's card under a question ("Questions about the program?").
 * The role line, a few field tests and one word's lookup, is asked first:
 * the person test reads the line's every word against the name lists. */
static bool take_name_over_role(pith_tpage *page, uint32_t lo, uint32_t hi, pith_mfound *f)
{
    for (uint32_t i = lo; i <= hi && i + 1 < page->n; i++)
        if (role_line(page, i + 1) && person_line(page, i) && page->b[i].kind != PITH_TB_QUOTE &&
            !(i > 0 && asks(page, i - 1)) &&
            !ends_with_job_title(pith_tblock_text(page, i), page->b[i].len) &&
            take_name_line(page, i, f))
            return true;
    return false;
}

/* A breadcrumb trail: "Home > Blog > Title", "Home / News / Title". */
static bool breadcrumb(const char *s, size_t n)
{
    int seps = 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i - 1] == ' ' && s[i + 1] == ' ' && (s[i] == '>' || s[i] == '/'))
            seps++;
    return seps >= BREADCRUMB_MIN_SEPARATORS;
}

/* A line that credits names with a word and a byline label: "Reviewed
 * by: Jane Doe, MD", "Authored by Dr. John Roe", "Fotos von Anna Berg". */
static bool credit_line(const char *s, size_t n)
{
    const char *sp = memchr(s, ' ', n);
    if (!sp || n > BYLINE_MAX_CHARS)
        return false;
    size_t at = (size_t)(sp - s) + 1;
    size_t label = byline_label(s + at, n - at);
    return label > 0 && at + label < n &&
           mostly_names(s + at + label, n - at - label, (uint32_t)(n - at - label));
}

#define RATING_MAX_WORDS 6 /* "4.7 out of 5 stars", "Rated 4.5 von 5 Sternen" */

/* Length of the number (digits, with a decimal point or comma) at s[0..n),
 * 0 when none opens it. */
static size_t number_at(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && pith_ascii_is_digit(s[i]))
        i++;
    if (i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ',') && pith_ascii_is_digit(s[i + 1]))
        for (i++; i < n && pith_ascii_is_digit(s[i]); i++) {
        }
    return i;
}

/* True when the number s[0..n) is 5 or 10, the scale of a rating ("5",
 * "5.0", "10"). */
static bool rating_scale(const char *s, size_t n)
{
    size_t whole = 0;
    while (whole < n && pith_ascii_is_digit(s[whole]))
        whole++;
    for (size_t i = whole + 1; i < n; i++)
        if (s[i] != '0')
            return false;
    return (whole == 1 && s[0] == '5') || (whole == 2 && s[0] == '1' && s[1] == '0');
}

#define RATING_MAX_BETWEEN 2 /* words between a score and its scale: "out of" */

/* A product's or a recipe's rating: a score with decimals over the scale
 * of 5 or 10 ("4.7 out of 5 stars", "4.7 / 5", "4,5 von 5 Sternen"), in
 * any language; no page's title. */
static bool rating_line(const char *s, size_t n, uint32_t words)
{
    size_t k = number_at(s, n);
    if (words > RATING_MAX_WORDS || k < 3 || (!memchr(s, '.', k) && !memchr(s, ',', k)))
        return false;
    size_t i = k;
    for (int between = 0; i < n && between <= RATING_MAX_BETWEEN; between++) {
        while (i < n && (s[i] == ' ' || s[i] == '/'))
            i++;
        size_t m = number_at(s + i, n - i);
        if (m)
            return rating_scale(s + i, m);
        while (i < n && s[i] != ' ' && s[i] != '/')
            i++;
    }
    return false;
}

/* A line a phrase rule took for boilerplate (a call to action, a share
 * line), or a picture's caption. */
static bool phrase_or_caption(const pith_tblock *blk)
{
    return blk->rule && (strncmp(blk->rule, "phrase:", 7) == 0 || strcmp(blk->rule, "caption") == 0);
}

/* A line that reads as a title: several words, not a sentence, not
 * boilerplate, not a byline or a date. */
static bool title_like(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    if (blk->kind == PITH_TB_RULE || blk->kind == PITH_TB_ITEM || blk->repeated ||
        blk->phrase != PITH_CAT_NONE || is_meta_role(blk) || blk->chars > TITLE_MAX_CHARS ||
        blk->words > TITLE_MAX_WORDS)
        return false;
    if (phrase_or_caption(blk))
        return false; /* boilerplate, a picture's caption */
    const char *s = pith_tblock_text(page, i);
    if (memchr(s, '@', blk->len) && !memchr(s, ' ', blk->len))
        return false; /* an address or a handle */
    if (breadcrumb(s, blk->len))
        return false; /* the headline is the trail's last step, or a line of its own */
    if (credit_line(s, blk->len))
        return false; /* "Reviewed by: Jane Doe, MD" */
    if (rating_line(s, blk->len, blk->words))
        return false; /* "4.7 out of 5 stars" */
    if (pith_tblock_dated(page, i))
        return false; /* a dated line: "By Jane Doe - Updated Sep 9, 2025" */
    size_t e = blk->len;
    bool statement = blk->sentence_end && s[e - 1] == '.';
    if (statement || s[e - 1] == ':')
        return false; /* a sentence, or a lead-in to what follows */
    /* or a line of CJK characters, each a word of three bytes (a Latin
     * word takes six bytes or so: "Vincent Vallet" is a name, not a title) */
    return blk->words >= TITLE_MIN_WORDS ||
           (blk->chars >= TITLE_MIN_CJK_CHARS && blk->words * 4 >= blk->chars);
}

/* The words of s (n bytes) that open with a letter: "3 minute read",
 * "Updated: Feb 17" and "$3,665.00" have fewer than a headline. */
static uint32_t lettered_words(const char *s, size_t n)
{
    uint32_t count = 0;
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && s[i] != ' ' &&
            (pith_ascii_is_alpha(s[i]) || (unsigned char)s[i] >= 0x80))
            count++;
    return count;
}

/* The line right over the text, a title of its own words (a reading time,
 * a price or a date left unread are not): the headline where no byline or
 * date line marks it ("Dental Care" over the service's first paragraph). */
static bool headline_over_text(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    return title_like(page, i) && (blk->words < TITLE_MIN_WORDS ||
                                   lettered_words(pith_tblock_text(page, i), blk->len) >=
                                       TITLE_MIN_WORDS);
}

/* A headline over its first paragraph before the article: the topmost
 * line that reads as a headline (headline_over_text) and capitalises its
 * long words as headlines do, right over a paragraph of prose, between
 * blocks from and first ("Full Unicode Search at 50x Speed" over its
 * standfirst, then the date line, the contents and the article).  A line
 * in sentence case over a paragraph is more often a box's lead-in ("Please
 * accept our privacy terms", "Who uses our app?"), and a line over a call
 * to action a box's name ("Our Columnists" over "Click on the picture to
 * read every column").  page->n when none. */
static uint32_t headline_over_prose(pith_tpage *page, uint32_t from, uint32_t first)
{
    for (uint32_t i = from; i + 1 < first; i++) {
        const pith_tblock *p = &page->b[i + 1];
        if (page->b[i].title_case && p->cls >= PITH_UNIT_NEAR_GOOD && p->sentence_end &&
            p->words >= PROSE_MIN_WORDS && !phrase_or_caption(p) && headline_over_text(page, i))
            return i;
    }
    return page->n;
}

/* A mark between steps of a trail or parts of a page's name, between
 * spaces: "Home > News", "首页 >> 教育资讯", "Blog » Post", "Post | Site". */
static bool holds_trail_mark(const char *s, size_t n)
{
    for (size_t i = 1; i + 2 < n; i++) {
        if (s[i - 1] != ' ')
            continue;
        size_t e = i;
        while (e < n && s[e] == '>')
            e++;
        if (e == i && s[i] == '|')
            e = i + 1;
        if (e == i && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xBB)
            e = i + 2; /* » */
        if (e > i && e < n && s[e] == ' ')
            return true;
    }
    return false;
}

/* A line opening as a headline does: a word, a figure or a quote, not a
 * mark ("// Press enter to search", "» Menu"). */
static bool opens_with_word(const char *s)
{
    unsigned char c = (unsigned char)s[0];
    return pith_ascii_is_alnum(s[0]) || c >= 0x80 || (c && strchr("\"'([#$", s[0]) != NULL);
}

/* Does line a end with line b, a shorter one ("Home » Top Garden
 * Shows" with "Top Garden Shows")? */
static bool ends_with_line(const pith_tpage *page, uint32_t a, uint32_t b)
{
    const pith_tblock *la = &page->b[a], *lb = &page->b[b];
    return lb->len < la->len && memcmp(pith_tblock_text(page, a) + la->len - lb->len,
                                       pith_tblock_text(page, b), lb->len) == 0;
}

/* A headline over its standfirst (the deck): the line over the byline was
 * the deck, written as a sentence ("Introducing “Mentor Mode” — a
 * human-centered alternative" under "Vibe Coding Is Creating a Generation
 * of Sorcerer’s Apprentices"), or a breadcrumb trail ending in the line
 * above ("Home » Top Garden Shows" under "Top Garden Shows"). */
static bool headline_over_deck(pith_tpage *page, uint32_t head, uint32_t deck)
{
    const pith_tblock *h = &page->b[head], *d = &page->b[deck];
    const char *hs = pith_tblock_text(page, head);
    if (!title_like(page, head) || lettered_words(hs, h->len) < OVER_META_MIN_WORDS ||
        holds_trail_mark(hs, h->len) || !opens_with_word(hs))
        return false; /* a date line ("Published 22 hours ago"), an address, a
                         trail, a search box's hint ("// Press enter to search") */
    if (ends_with_line(page, deck, head))
        return true;
    return !d->title_case;
}

/* The line a few lines under a trail that ends in its words ("Home ›
 * Guides › 15 Best HR Consulting Firms" over a "Guide" label over "15 Best
 * HR Consulting Firms"): the headline, the trail's last step shown on its
 * own.  Else line i itself. */
static uint32_t trail_end_under(pith_tpage *page, uint32_t i)
{
    for (uint32_t j = i + 1; j <= i + TRAIL_END_LOOK_UNDER && j < page->n; j++)
        if (ends_with_line(page, i, j) && title_like(page, j))
            return j;
    return i;
}

/* A line that may head a page or a thread: words opening with one, not a
 * lead-in (":"), within a title's length; no boilerplate, no byline or
 * date, nor an interface line ("Install the app"). */
static bool heads_lines(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *a = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    return a->kind != PITH_TB_RULE && a->phrase == PITH_CAT_NONE && !is_meta_role(a) &&
           a->chars <= TITLE_MAX_CHARS && a->words <= TITLE_MAX_WORDS && s[a->len - 1] != ':' &&
           opens_with_word(s) && !pith_author_is_interface_line(s, a->len);
}

/* A line that is one question: it ends with a question mark, and no
 * sentence ends before, a mark and a space before a capital ("What Is
 * Tutoring?", "Art vs. design: which?"; not a standfirst's "... the term.
 * Why now?"). */
static bool one_question(const char *s, size_t n)
{
    if (n == 0 || s[n - 1] != '?')
        return false;
    for (size_t k = 0; k + 2 < n; k++)
        if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ' &&
            pith_ascii_is_upper(s[k + 2]))
            return false;
    return true;
}

/* A line that may be a headline however short ("Pods", "Book Reviews"):
 * one that heads lines (heads_lines: no interface line, "Search",
 * "Contact Us"), no sentence but one question (one_question), no phrase's or caption's line; not one word
 * in lower case (a link's: "link", "more"). */
static bool short_headline(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *a = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    if ((a->sentence_end && !one_question(s, a->len)) || !heads_lines(page, i))
        return false; /* a sentence; a question may head a page ("What Is Tutoring?") */
    if (phrase_or_caption(a))
        return false;
    uint32_t words = lettered_words(s, a->len);
    bool lower = pith_ascii_is_alpha(s[0]) && !pith_ascii_is_upper(s[0]);
    return words > 1 || (words == 1 && !lower);
}

/* A headline shown twice in a row: a trail's last step or a banner over
 * the page's heading ("Certificate vs Certification" twice over the
 * article); a menu's item shown twice ("Search", "Contact Us") is a
 * phrase's, an interface line, or stands among other items. */
static bool shown_twice(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *a = &page->b[i], *b = &page->b[i + 1];
    const char *s = pith_tblock_text(page, i);
    return a->hash == b->hash && a->len == b->len &&
           memcmp(s, pith_tblock_text(page, i + 1), a->len) == 0 && b->phrase == PITH_CAT_NONE &&
           !is_meta_role(b) && short_headline(page, i);
}

/* Whether the bytes of s[0..n) before its last tail bytes end with a
 * trail's mark between steps, spaces around it or not ("Home » ", "Blog /
 * ", "News›", "Home - "), with a step before it: s is a trail whose last
 * step is those tail bytes.  A hyphen or a dash is a mark between spaces
 * only ("Jean-Luc"). */
static bool mark_before_tail(const char *s, size_t n, size_t tail)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = n - tail;
    bool spaced = k > 0 && u[k - 1] == ' ';
    while (k > 0 && u[k - 1] == ' ')
        k--;
    if (k >= 2 && (u[k - 1] == '>' || u[k - 1] == '/' || u[k - 1] == '|'))
        return true;
    if (k >= 3 && u[k - 1] == '-')
        return spaced && u[k - 2] == ' ';
    if (k >= 3 && u[k - 2] == 0xC2 && u[k - 1] == 0xBB)
        return true; /* » */
    if (k < 4 || u[k - 3] != 0xE2)
        return false;
    if (u[k - 2] == 0x80 && u[k - 1] == 0xBA)
        return true; /* › */
    if (u[k - 2] == 0x9D && u[k - 1] == 0xAF)
        return true; /* ❯ */
    return spaced && u[k - 4] == ' ' && u[k - 2] == 0x80 &&
           (u[k - 1] == 0x93 || u[k - 1] == 0x94); /* – — */
}

/* The nearest headline shown twice (shown_twice) between blocks from and
 * to, under the nearest byline or date line: over one, it is the header's
 * ("This Blog" twice over the post's date and headline); page->n when
 * none. */
static uint32_t headline_shown_twice(const pith_tpage *page, uint32_t from, uint32_t to)
{
    if (to >= page->n)
        to = page->n ? page->n - 1 : 0; /* shown_twice reads the line under i */
    for (uint32_t i = to; i-- > from && !is_meta_role(&page->b[i + 1]);)
        if (shown_twice(page, i))
            return i;
    return page->n;
}

/* A trail's last step shown on its own beside it, one or two lines over
 * it or a few under ("Home / Tips / Book Reviews" over "Book Reviews"),
 * nearest to the article's start between blocks from and to: the page's
 * heading; page->n when none.  A line whose marks a scraper wrote without
 * spaces ("Blog/Tips/Book Reviews", "News›Tips›Book Reviews") or with
 * hyphens ("Home - Tips - Book Reviews") is a trail when its last step
 * stands on a line of its own (not a list's item: "Tip 1 - Light" over
 * "1. Light"). */
static uint32_t trail_end_beside(const pith_tpage *page, uint32_t from, uint32_t to)
{
    for (uint32_t i = to; i-- > from;) {
        const char *s = pith_tblock_text(page, i);
        bool trail = breadcrumb(s, page->b[i].len) || holds_trail_mark(s, page->b[i].len);
        uint32_t lo = i > TRAIL_END_LOOK_OVER ? i - TRAIL_END_LOOK_OVER : 0;
        for (uint32_t j = lo; j <= i + TRAIL_END_LOOK_UNDER && j < page->n; j++)
            if (j != i && ends_with_line(page, i, j) && short_headline(page, j) &&
                (trail || (page->b[j].kind != PITH_TB_ITEM &&
                           mark_before_tail(s, page->b[i].len, page->b[j].len))))
                return j;
    }
    return page->n;
}

/* A title-like line of OVER_META_MIN_WORDS words or more: one that may
 * stand over a byline or a date line as its headline. */
static bool title_over_meta(pith_tpage *page, uint32_t i)
{
    return title_like(page, i) && page->b[i].words >= OVER_META_MIN_WORDS;
}

/* Whether the words after a byline's label, s[0..n), are written in
 * capitals and open with no given name: a menu's label ("BY USE CASE",
 * "BY INDUSTRY"), where a byline in capitals names a person ("BY JANE
 * DOE"). */
static bool capitals_but_no_given_name(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (s[k] >= 'a' && s[k] <= 'z')
            return false;
    while (n > 0 && (s[0] == ' ' || s[0] == ':'))
        s++, n--;
    size_t w = 0;
    while (w < n && s[w] != ' ' && s[w] != ',')
        w++;
    return !pith_rules_is_given_name(s, w);
}

/* A byline or a date line, as take_byline and take_date read them, with
 * no side effect: a lone label over a name ("By" / "Jane Doe"), a label
 * before names ("By Jane Doe |"), a line that is a date and little else
 * ("Last Updated: 2025-02-22"). */
static bool byline_or_date_line(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    if (blk->chars > BYLINE_MAX_CHARS || is_meta_role(blk))
        return false;
    size_t label = byline_label(s, blk->len);
    if (label_over_name(page, i, label, false) ||
        (label && blk->words > 2 && mostly_names(s, blk->len, blk->chars) &&
         !capitals_but_no_given_name(s + label, blk->len - label)))
        return true;
    if (!dated_line(page, i, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_WORDS))
        return false;
    uint32_t run = 1, a = i, b = i; /* dated lines in a row, the one at i among them */
    while (a > 0 && run < DATED_LIST_MIN_LINES && pith_tblock_dated(page, a - 1))
        a--, run++;
    while (b + 1 < page->n && run < DATED_LIST_MIN_LINES && pith_tblock_dated(page, b + 1))
        b++, run++;
    return run < DATED_LIST_MIN_LINES;
}

/* A headline over a byline or a date line further up than the article's
 * start is searched for them, between blocks far and from: a header
 * whose headline, byline and date stand over a contents list, a share row
 * or a box of links.  The nearest byline or date line with a line that
 * may head it (title_over_meta, of as many lettered words: no rating's or
 * size's line) at most OVER_META_NEAR blocks over it, past the byline's
 * own lines; page->n when none. */
static uint32_t headline_over_far_byline(pith_tpage *page, uint32_t far, uint32_t from)
{
    for (uint32_t k = from; k-- > far;) {
        if (!byline_or_date_line(page, k))
            continue;
        for (uint32_t i = k; i-- > far && k - i <= OVER_META_NEAR;) {
            const char *s = pith_tblock_text(page, i);
            if (byline_label(s, page->b[i].len) || person_line(page, i))
                continue; /* the byline over its date ("By Jane Doe, Staff Writer") */
            if (title_over_meta(page, i) && lettered_words(s, page->b[i].len) >= OVER_META_MIN_WORDS)
                return i > far && headline_over_deck(page, i - 1, i) ? i - 1 : i;
        }
    }
    return page->n;
}

/* Line i as the page's headline, without the marks that are no words of
 * it (a section number, a permalink mark, an aggregator's source: see
 * pith_meta_heading_marks_off). */
static void add_headline(const pith_tpage *page, uint32_t i, pith_mfound *f)
{
    pith_buf line = PITH_BUF_INIT;
    pith_buf_append(&line, pith_tblock_text(page, i), page->b[i].len);
    pith_meta_heading_marks_off(&line);
    if (line.len && !line.oom)
        pith_mfound_add(f, PITH_MF_TITLE, PITH_MS_HEADLINE, line.data, line.len, 0);
    pith_buf_free(&line);
}

/* A thread's title: a line that heads lines (heads_lines) of two words or
 * more, a question too ("Early knee pain signs?"); not a statement. */
static bool thread_title(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *a = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    return heads_lines(page, i) && s[a->len - 1] != '.' && lettered_words(s, a->len) > 1;
}

/* The starter's name or handle after a thread header's label on the same
 * line, as lynx and w3m write the header ("Thread starter quietfern"):
 * names, or one word with a letter. */
static bool starter_named(const char *s, size_t n)
{
    if (n == 0 || n > NAME_MAX_CHARS)
        return false;
    if (!memchr(s, ' ', n)) {
        for (size_t k = 0; k < n; k++)
            if (pith_ascii_is_alpha(s[k]))
                return true;
        return false;
    }
    return mostly_names(s, n, (uint32_t)n);
}

/* Where the words after a thread starter's label ("Thread starter",
 * "Themenstarter") and its colon start on line i: at the line's end when
 * the label stands alone; 0 when the line opens with no such label. */
static size_t after_starter_label(const pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    if (!pith_author_opens_with_starter(s, blk->len))
        return 0; /* no label it opens with is a starter's: the longest is not read */
    size_t label = byline_label(s, blk->len);
    char low[STARTER_LABEL_MAX_CHARS];
    if (label == 0 || label >= sizeof low || blk->kind == PITH_TB_RULE)
        return 0;
    pith_ascii_lower_copy(low, sizeof low, s, label);
    if (!pith_author_is_starter_label(low, label))
        return 0;
    size_t at = label;
    while (at < blk->len && (s[at] == ':' || s[at] == ' '))
        at++;
    return at;
}

/* A forum thread's header: a thread starter's label alone on line i over
 * the starter's name or handle, or before it on the same line. */
static bool thread_header(pith_tpage *page, uint32_t i)
{
    const pith_tblock *blk = &page->b[i];
    const char *s = pith_tblock_text(page, i);
    size_t at = after_starter_label(page, i);
    if (at == 0)
        return false;
    if (at < blk->len)
        return starter_named(s + at, blk->len - at) &&
               !pith_author_is_interface_line(s + at, blk->len - at);
    return i + 1 < page->n && (name_line(page, i + 1) || handle_line(page, i + 1));
}

/* The starter's name or handle on a thread header's own line ("Thread
 * starter quietfern", as lynx and w3m write it) as the page's author, read
 * before any other byline; a label alone is read as a byline's
 * (take_byline). */
static void take_starter_on_header(pith_tpage *page, uint32_t header, pith_mfound *f)
{
    size_t at = after_starter_label(page, header);
    if (at > 0 && at < page->b[header].len)
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, pith_tblock_text(page, header) + at,
                        page->b[header].len - at, PITH_MV_IN_ARTICLE);
}

/* The line over a breadcrumb trail that ends over line i, each step a
 * short line, the first the site's home or the forum's index, or both
 * ("Home" / "Forums" / "Hand Tools" over a thread's header); i - 1 when
 * no trail stands there. */
static uint32_t over_trail(const pith_tpage *page, uint32_t i)
{
    for (uint32_t j = i; j-- > 1 && i - j <= TRAIL_MAX_STEPS;) {
        const pith_tblock *step = &page->b[j];
        const char *s = pith_tblock_text(page, j);
        if (step->words > TRAIL_STEP_MAX_WORDS || step->sentence_end)
            break;
        if (!pith_rules_is_trail_start(s, step->len))
            continue;
        while (j > 1 && pith_rules_is_trail_start(pith_tblock_text(page, j - 1), page->b[j - 1].len))
            j--; /* "Home" over "Forums" */
        return j - 1;
    }
    return i - 1;
}

/* A Q&A page's date: the first date line opening with the question's
 * stamp ("asked Mar 9, 2013 at 17:41"), read before any other date line:
 * the edits' stamps ("edited Aug 3, 2021") and the answers' and comments'
 * dates are later.  The name or handle under the stamp is the asker's, the
 * page's author, read before any other byline.  The lines keep their
 * roles (take_far_date). */
static bool take_question_date(pith_tpage *page, pith_mfound *f)
{
    for (uint32_t i = 0; i < page->n; i++) {
        const char *s = pith_tblock_text(page, i);
        if (pith_rules_opens_with_question_stamp(s, page->b[i].len) &&
            dated_line(page, i, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_WORDS)) {
            pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, s, page->b[i].len,
                            PITH_MV_IN_ARTICLE);
            if (i + 1 < page->n && (name_line(page, i + 1) || handle_line(page, i + 1)))
                pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, pith_tblock_text(page, i + 1),
                                page->b[i + 1].len, PITH_MV_IN_ARTICLE);
            return true;
        }
    }
    return false;
}

/* The line over a forum thread's header (thread_header) at line header,
 * or over the trail between them: the thread's title, which the header
 * stands under; page->n when none.  Other lone labels ("Written by",
 * "Von") stand under a share row or a link back as often as under a
 * headline. */
static uint32_t title_over_thread_header(const pith_tpage *page, uint32_t header)
{
    if (header == 0 || header >= page->n)
        return page->n;
    uint32_t t = over_trail(page, header);
    return thread_title(page, t) ? t : page->n;
}

/* The page's first forum thread header (thread_header); page->n when
 * none. */
static uint32_t first_thread_header(pith_tpage *page)
{
    for (uint32_t i = 1; i < page->n; i++)
        if (thread_header(page, i))
            return i;
    return page->n;
}

/* The thread's start date, the first date line a few lines under its
 * header ("Thread starter" / "quietfern" / "Start date" / "Mar 3, 2024"),
 * read before any other: further down are the replies' dates and the
 * posters' join dates.  The line keeps its role (take_far_date). */
static void take_thread_date(pith_tpage *page, uint32_t header, pith_mfound *f)
{
    for (uint32_t i = header + 1; i < page->n && i <= header + THREAD_DATE_LOOK_UNDER; i++)
        if (dated_line(page, i, DATE_LINE_MAX_CHARS, DATE_LINE_MAX_WORDS)) {
            pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, pith_tblock_text(page, i),
                            page->b[i].len, PITH_MV_IN_ARTICLE);
            return;
        }
}

#define BYLINE_NAME_LINES 2 /* a name shown twice over its date line (a link's
                               text and a card's) */

/* Where the byline with no label right over date line meta starts: the
 * name lines over it ("Jane Doe" / "March 3, 2024"), or a name over the
 * author's role ("Jane Doe" / "Co-Founder & Editor" / "March 3, 2024"):
 * they are the author's lines, not the headline over the date (see
 * take_name_by_date).  meta itself when none stands there. */
static uint32_t unlabelled_byline_top(pith_tpage *page, uint32_t meta)
{
    if (meta >= page->n || page->b[meta].role != PITH_TR_DATE)
        return meta;
    uint32_t top = meta;
    while (top > 0 && meta - top < BYLINE_NAME_LINES && person_line(page, top - 1))
        top--;
    if (top == meta && role_under_person(page, meta))
        top = meta - 2;
    return top;
}

#define SECTION_LABEL_MAX_WORDS 2 /* "AI", "UX Analytics", "Jane Doe" between a
                                     date line and the headline */

/* The first line under the byline and date lines that start at line
 * meta, past their stamps ("15 min read") and a short line of a section's
 * label or the author's name ("March 3, 2024" / "Transport" / the
 * headline), before first; first when none. */
static uint32_t line_under_meta(const pith_tpage *page, uint32_t meta, uint32_t first)
{
    uint32_t k = meta + 1;
    while (k < first && (is_meta_role(&page->b[k]) || stamp_line(page, k)))
        k++;
    if (k + 1 < first && page->b[k].words <= SECTION_LABEL_MAX_WORDS && !page->b[k].sentence_end &&
        page->b[k].phrase == PITH_CAT_NONE && page->b[k + 1].words > page->b[k].words)
        k++; /* a section's label, a name with no label yet read as one */
    return k;
}

/* Whether line i is shown again under it before first (a headline
 * over its byline and again over the text). */
static bool shown_again(const pith_tpage *page, uint32_t i, uint32_t first)
{
    for (uint32_t k = i + 1; k < first; k++)
        if (page->b[k].hash == page->b[i].hash && page->b[k].len == page->b[i].len)
            return true;
    return false;
}

/* A headline too short to stand over a date line on its words alone
 * (title_over_meta): a line of two words or more that may head others
 * (short_headline), no person's name ("Jane Doe" over her date line). */
static bool short_headline_over_date(pith_tpage *page, uint32_t i)
{
    const pith_tblock *a = &page->b[i];
    return short_headline(page, i) && !a->repeated && !person_line(page, i) &&
           lettered_words(pith_tblock_text(page, i), a->len) >= SHORT_OVER_DATE_MIN_WORDS;
}

/* The headline: the last marked heading before the article; else the
 * nearest title-like line above the first byline or date line (and over
 * the name and role lines of a byline with no label there), as a
 * headline stands over its byline and date (a caption or a standfirst may
 * stand between them and the text, and be longer), or, when that line is
 * far over the date line (OVER_META_NEAR), the one right under it, or,
 * when it is in sentence case or there is none, a line no shorter in title
 * case under the date lines; else a
 * trail's last step shown beside it (trail_end_beside); else a line shown
 * twice right over the text (headline_shown_twice); else the line right
 * over the text, if it reads as a headline; else the title-like line with
 * the most words, the nearest winning a tie; either of these last two
 * gives way to a headline over a paragraph above it (headline_over_prose). */
static uint32_t headline_near_start(pith_tpage *page, uint32_t first)
{
    uint32_t from = first > LOOK_BACK ? first - LOOK_BACK : 0;
    uint32_t wide = first > TITLE_LOOK_BACK ? first - TITLE_LOOK_BACK : 0;
    uint32_t best = page->n;
    for (uint32_t i = first; i-- > wide;)
        if (page->b[i].kind == PITH_TB_HEADING && page->b[i].marked && title_like(page, i)) {
            best = i;
            break;
        }
    uint32_t meta = from;
    while (meta < first && page->b[meta].role != PITH_TR_BYLINE &&
           page->b[meta].role != PITH_TR_DATE)
        meta++;
    for (uint32_t i = unlabelled_byline_top(page, meta); best == page->n && meta < first &&
                                                         i-- > wide;)
        if (title_over_meta(page, i))
            best = i;
    if (best < page->n && meta - best > OVER_META_NEAR && page->b[meta].role == PITH_TR_DATE &&
        meta + 1 < first && title_over_meta(page, meta + 1))
        best = meta + 1; /* far over the date line, a header's; the headline is under it */
    if (best < page->n && best > wide && headline_over_deck(page, best - 1, best))
        best = best - 1;
    /* a line in sentence case over the byline and date lines, or none,
     * under them one no shorter in title case, no paragraph: the line over
     * them is a link back or a section's name ("Back to all articles" /
     * "March 3, 2024" / the headline); under a byline, the line is the
     * author's role, and a line shown again further down is the headline */
    if (meta < first && (best == page->n || !page->b[best].title_case)) {
        uint32_t under = line_under_meta(page, meta, first);
        if (under < first && page->b[under - 1].role != PITH_TR_BYLINE &&
            page->b[under].cls < PITH_UNIT_NEAR_GOOD && page->b[under].title_case &&
            title_over_meta(page, under) && !role_line(page, under) &&
            (best == page->n ||
             (page->b[under].words >= page->b[best].words && !shown_again(page, best, first))))
            best = under;
    }
    uint32_t into = first + LOOK_INTO < page->n ? first + LOOK_INTO : page->n - 1;
    if (best == page->n)
        best = trail_end_beside(page, first > TRAIL_LOOK_BACK ? first - TRAIL_LOOK_BACK : 0, into);
    if (best == page->n)
        best = headline_shown_twice(page, first > TWICE_LOOK_BACK ? first - TWICE_LOOK_BACK : 0,
                                    into);
    bool fallback = best == page->n;
    if (best == page->n && meta >= first) /* as far up as a date line is read */
        best = headline_over_far_byline(page, first > DATE_LOOK_BACK ? first - DATE_LOOK_BACK : 0,
                                        from);
    if (best == page->n && first > from && headline_over_text(page, first - 1))
        best = first - 1;
    if (best == page->n) {
        uint32_t most = 0;
        for (uint32_t i = first; i-- > from;) {
            if (!title_like(page, i))
                continue;
            uint32_t w = page->b[i].words;
            if (w > most) {
                most = w;
                best = i;
            }
        }
    }
    /* a headline over its paragraph, over either fallback's line too (a
     * section's heading right over the text; a contents' entry, a link or
     * a call to action under the headline) */
    if (fallback) {
        uint32_t over_prose = headline_over_prose(page, wide, first);
        if (over_prose < best)
            best = over_prose;
    }
    if (best == page->n && meta < first && meta > from && page->b[meta].role == PITH_TR_DATE &&
        short_headline_over_date(page, meta - 1))
        best = meta - 1; /* "Backup Plans" / "March 3, 2024" / the text */
    return best;
}

/* The headline: the title over a forum thread's header
 * (title_over_thread_header), else the line near the article's start that
 * headline_near_start finds; its words go to the metadata, and its line
 * and the same line shown again near the start leave the text. */
static void find_title(pith_tpage *page, uint32_t first, uint32_t header, pith_mfound *f)
{
    uint32_t from = first > LOOK_BACK ? first - LOOK_BACK : 0;
    uint32_t best = title_over_thread_header(page, header);
    if (best == page->n)
        best = headline_near_start(page, first);
    if (best == page->n)
        return;
    best = trail_end_under(page, best);
    add_headline(page, best, f);
    set_role(&page->b[best], PITH_TR_TITLE, "meta:title");
    /* the same headline shown again (a page's title over its heading) */
    for (uint32_t i = from; i < first + LOOK_INTO && i < page->n; i++)
        if (i != best && page->b[i].hash == page->b[best].hash &&
            page->b[i].len == page->b[best].len)
            set_role(&page->b[i], PITH_TR_TITLE, "meta:title");
}

void pith_text_headline(pith_tpage *page, uint32_t first, uint32_t last, pith_mfound *f)
{
    if (first >= page->n)
        return;
    uint32_t from = first > LOOK_BACK ? first - LOOK_BACK : 0;
    uint32_t to = first + LOOK_INTO < last ? first + LOOK_INTO : last;
    uint32_t header = first_thread_header(page);
    if (header < page->n) {
        take_starter_on_header(page, header, f);
        take_thread_date(page, header, f);
    } else {
        take_question_date(page, f);
    }
    for (uint32_t i = from; i <= to && i < page->n; i++) {
        if (is_meta_role(&page->b[i]))
            continue;
        if (page->b[i].cls == PITH_UNIT_GOOD)
            continue; /* prose */
        if (!take_byline(page, i, f, PITH_MV_IN_ARTICLE, false))
            take_date(page, i, f);
    }
    find_title(page, first, header, f);
    uint32_t far_date = page->n; /* the date line read further from the start */
    if (!f->head[PITH_MF_DATE][PITH_MS_DATE_TEXT])
        far_date = take_far_date(page, first, last, f);
    if (!f->head[PITH_MF_DATE][PITH_MS_DATE_TEXT])
        take_labelled_date(page, first, f);
    if (!f->head[PITH_MF_DATE][PITH_MS_DATE_TEXT])
        take_labelled_date_over(page, first, f);
    if (!f->head[PITH_MF_DATE][PITH_MS_DATE_TEXT])
        take_stamped_date(page, f);
    bool byline = f->head[PITH_MF_AUTHOR][PITH_MS_BYLINE] != NULL;
    /* a labelled byline further up, the nearest */
    uint32_t far = first > BYLINE_LOOK_BACK ? first - BYLINE_LOOK_BACK : 0;
    for (uint32_t i = from; !byline && i-- > far;)
        if (!is_meta_role(&page->b[i]) && page->b[i].cls != PITH_UNIT_GOOD)
            byline = take_byline(page, i, f, 0, false);
    /* a lone label over a name further into the article: a thread's
     * header under the forum's menus */
    uint32_t deep = first + LABEL_LOOK_INTO < last ? first + LABEL_LOOK_INTO : last;
    for (uint32_t i = to + 1; !byline && i <= deep && i < page->n; i++)
        if (!is_meta_role(&page->b[i]) && page->b[i].cls != PITH_UNIT_GOOD &&
            label_over_name(page, i, byline_label(pith_tblock_text(page, i), page->b[i].len),
                            true))
            byline = take_byline(page, i, f, PITH_MV_IN_ARTICLE, true);
    /* a thread's header far over the article, when the judge took a later
     * post for its start: a lone label of several words only ("Thread
     * starter", not a lone "By") */
    uint32_t far_head = first > LABEL_LOOK_BACK ? first - LABEL_LOOK_BACK : 0;
    for (uint32_t i = far; !byline && i-- > far_head;) {
        const char *s = pith_tblock_text(page, i);
        size_t label = byline_label(s, page->b[i].len);
        if (!is_meta_role(&page->b[i]) && memchr(s, ' ', label) &&
            label_over_name(page, i, label, true))
            byline = take_byline(page, i, f, 0, true);
    }
    /* the poster under the first post's number ("#1" / "HOSTLAR") */
    if (!byline)
        byline = take_first_poster(page, far, deep, f);
    /* an author box after the article: "Written By" above a name */
    for (uint32_t i = last + 1; !byline && i < page->n && i <= last + BOX_LOOK_AFTER; i++)
        if (page->b[i].phrase == PITH_CAT_AUTHOR && i + 1 < page->n && name_line(page, i + 1)) {
            const pith_tblock *next = &page->b[i + 1];
            pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, pith_tblock_text(page, i + 1),
                            next->len, 0);
            byline = true;
            break;
        }
    /* last, a name with no label beside the date line, else a dated
     * line's "by" over the article */
    for (uint32_t i = from; !byline && i <= to && i < page->n; i++)
        if (page->b[i].role == PITH_TR_DATE)
            byline = take_name_on_date_line(page, i, f);
    if (!byline && far_date < page->n)
        byline = take_name_on_date_line(page, far_date, f);
    if (!byline)
        byline = take_name_by_date(page, from, to, f);
    if (!byline)
        byline = take_dated_byline(page, first, f);
    if (!byline)
        byline = take_name_under_headline(page, first, to, f);
    /* a person's name beside the date line read further from the start
     * (a card's "Jane Doe" / "March 3, 2024" under a share row); other
     * short lines there are a menu's or a widget's */
    if (!byline && far_date < page->n)
        byline = take_name_beside(page, far_date, false, f);
    if (!byline)
        byline = take_name_over_role(page, from, to, f);
    if (!byline && last < page->n)
        take_name_over_role(page, last > 2 ? last - 2 : 0, last + BOX_LOOK_AFTER, f);
}
