/*
 * page.c — a text page's lines become blocks.
 *
 * Text scrapers write a page in a few ways, and this reads them all without
 * being told which:
 *   - one block a line, with or without blank lines between blocks (a plain
 *     scraper's output, a crawler's text, a web archive's text records);
 *   - paragraphs wrapped at a fixed width, blank lines between them
 *     (lynx -dump, w3m -dump, html2text, fmt): the wrap width is found from
 *     the lines' lengths, and a line ends its block only where the next
 *     line's first word would have fitted on it;
 *   - Markdown (a converter's or a language model's view of a page).
 * The marks of structure are read and taken out of the text: list items
 * ("- ", "* ", "• ", "1. ", lynx's "*", "+", "o" by level), headings ("# ",
 * a line underlined with "===" or "---", html2text's "*** Title ***"),
 * quotes ("> "), separators ("-----", "* * *"), lynx's link numbers
 * ("[12]Home") and the list of link targets it appends ("References"),
 * Markdown links ("[text](url)" keeps its text), the underscores html2text
 * draws between a link's words for its underline ("Read_the_minutes"), and
 * the placeholders text browsers draw for form fields and images ("[ ]",
 * "[gif]").
 *
 * One pass over the lines and one over the blocks: linear in the input.
 */
#include "page.h"

#include <pthread.h>
#include <string.h>

#include "meta/date.h"
#include "util/ascii.h"
#include "util/budget.h"
#include "util/fnv.h"
#include "util/url.h"
#include "util/utf8.h"

#define MAX_WRAP_WIDTH 250  /* nobody wraps wider: longer lines are whole blocks */
#define MIN_WRAP_WIDTH 30
#define MIN_WRAP_PAIRS 6    /* wrapped lines that show a wrap width */
#define WRAP_AGREE_SHARE 0.1 /* of the lines followed by a line, those that must */
#define WRAP_MAX_OVER 50    /* at most one line in 50 longer than the width */
#define WRAP_SLACK 3        /* columns the width found may fall short of the real one */
#define TAB_COLUMNS 8
#define INDENT_SLACK 2      /* columns a wrapped line's indent may move */
#define OUTDENT_MAX_INDENT 16
#define OUTDENT_PARAGRAPH_CHARS 100 /* paragraphs long enough to show the indent */
#define OUTDENT_HEADING_WORDS 15
#define MONTH_WORD_MAX 32
#define TITLE_CASE_MIN_LETTERS 4 /* shorter words ("of", "the", "and") stay lower */
#define BROKEN_MIN_WORDS 4    /* a line that carries on a sentence has a few words */
#define BROKEN_MIN_COLUMNS 50 /* and follows a long line */
#define PIECE_MAX_WORDS 8     /* a link's text cut out of a sentence: a few words */
#define EMPHASIS_MAX_BYTES 400 /* Markdown's "_" emphasis: a few words, not a paragraph */
#define UNDERLINED_RUNS_PER_LINES 10 /* html2text's page: a run of words joined
                                        by "_" at least every 10 lines (its links) */
#define UNDERLINED_MIN_NAMES 3 /* and a few runs with a capitalised word after the
                                  "_" ("Dow_Jones"), which code's names seldom have */
#define UNDERLINED_MIN_PUNCTUATED 1 /* and one whose "_" stands by punctuation
                                       ("2019:_'Few"), which they never have */

/* One line of the input. */
typedef struct tline {
    uint32_t start, end;  /* its text: after the indent, before trailing space */
    uint32_t width;       /* display columns, indent included */
    uint32_t number;      /* from 1 */
    uint16_t indent;
    bool blank_before;
} tline;

/* ------------------------------------------------------------ characters */

static bool is_blank_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Bytes of a no-break space (U+00A0) at s, 0 when there is none. */
static size_t nbsp_at(const char *s, size_t n)
{
    return n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0 ? 2 : 0;
}

/* The code point at s[*i] (of n bytes), and *i moved past it; an invalid
 * byte (none reach here: the input is decoded) counts as one. */
static uint32_t next_cp(const char *s, size_t n, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    uint32_t cp = c;
    int k = pith_utf8_decode(s + *i, n - *i, &cp);
    *i += k > 0 ? (size_t)k : 1;
    return cp;
}

/* The first code point of the scripts written without spaces (Thai): no
 * code point below it is wide or a word of its own, which spares the test
 * of pith_is_cjk_cp on every character of Latin, Cyrillic or Arabic text. */
#define FIRST_CJK_CP 0x0E00

static bool is_cjk(uint32_t cp)
{
    return cp >= FIRST_CJK_CP && pith_is_cjk_cp(cp);
}

/* pith_is_word_cp, answered here for ASCII (most characters of most
 * pages) without the call. */
static bool is_word(uint32_t cp)
{
    if (cp < 0x80)
        return pith_ascii_is_alnum((char)cp) || cp == '_';
    return pith_is_word_cp(cp);
}

/* Whether the eight bytes at s are ASCII. */
static bool ascii_word_at(const char *s)
{
    uint64_t word;
    memcpy(&word, s, sizeof word);
    return !(word & 0x8080808080808080ull);
}

/* Whether s (n bytes) opens with a character of U+2000..U+2FFF (lead
 * byte E2: punctuation, symbols, arrows), none of which is CJK. */
static bool general_punctuation_at(const char *s, size_t n)
{
    return n >= 3 && (unsigned char)s[0] == 0xE2 && ((unsigned char)s[1] & 0xC0) == 0x80 &&
           ((unsigned char)s[2] & 0xC0) == 0x80;
}

/* Display columns of n bytes of UTF-8: wide (CJK) characters take two. */
static uint32_t columns(const char *s, size_t n)
{
    uint32_t w = 0;
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && ascii_word_at(s + i)) { /* eight ASCII bytes: most of a line */
            w += 8, i += 8;
            continue;
        }
        if (i + 8 > n && n >= 8 && ascii_word_at(s + n - 8)) {
            w += (uint32_t)(n - i); /* the line's last bytes, ASCII: the eight that end it are */
            break;
        }
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { /* ASCII: one column */
            w++, i++;
        } else if (pith_utf8_two_byte_at(s + i, n - i)) {
            w++, i += 2; /* two bytes: below U+0800, no CJK */
        } else if (general_punctuation_at(s + i, n - i)) {
            w++, i += 3; /* curly quotes, dashes: no CJK */
        } else {
            w += is_cjk(next_cp(s, n, &i)) ? 2 : 1;
        }
    }
    return w;
}

/* ------------------------------------------------------------ lines */

/* Split the text into its non-blank lines; returns how many (0 when memory
 * ran out, *failed set). */
static uint32_t split_lines(pith_arena *arena, const char *s, size_t len, tline **out,
                            bool *failed)
{
    size_t cap = 1;
    for (const char *nl = s; (nl = memchr(nl, '\n', len - (size_t)(nl - s))) != NULL; nl++)
        cap++;
    tline *lines = pith_arena_alloc(arena, cap * sizeof *lines);
    if (!lines) {
        *failed = true;
        return 0;
    }
    uint32_t n = 0, number = 0;
    bool blank = true; /* the page's start counts as a blank line */
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - s) : len;
        number++;
        /* the indent, in columns */
        size_t p = i;
        uint32_t indent = 0;
        for (;;) {
            size_t sp;
            if (p < end && (s[p] == ' ' || s[p] == '\f' || s[p] == '\v' || s[p] == '\r')) {
                indent++, p++;
            } else if (p < end && s[p] == '\t') {
                indent = (indent / TAB_COLUMNS + 1) * TAB_COLUMNS, p++;
            } else if ((sp = nbsp_at(s + p, end - p)) > 0) {
                indent++, p += sp;
            } else {
                break;
            }
        }
        size_t e = end;
        for (;;) {
            if (e > p && is_blank_byte(s[e - 1]))
                e--;
            else if (e >= p + 2 && nbsp_at(s + e - 2, 2))
                e -= 2;
            else
                break;
        }
        if (e == p) {
            blank = true;
        } else {
            tline *l = &lines[n++];
            l->start = (uint32_t)p;
            l->end = (uint32_t)e;
            l->indent = indent > UINT16_MAX ? UINT16_MAX : (uint16_t)indent;
            l->width = indent + columns(s + p, e - p);
            l->number = number;
            l->blank_before = blank;
            blank = false;
        }
        i = end + 1;
    }
    *out = lines;
    return n;
}

/* Columns of the first word of a line. */
static uint32_t first_word_columns(const char *s, const tline *l)
{
    size_t e = l->start;
    while (e < l->end && !is_blank_byte(s[e]))
        e++;
    return columns(s + l->start, e - l->start);
}

/* ------------------------------------------------------------ line marks */

typedef enum mark {
    MARK_NONE = 0,
    MARK_BULLET,
    MARK_NUMBER,
    MARK_QUOTE,
    MARK_ATX,       /* "# Heading" */
    MARK_RULE,      /* "-----", "* * *", "______" */
    MARK_UNDERLINE  /* "=====" or "-----" right under a line: a heading */
} mark;

typedef struct line_mark {
    mark kind;
    uint32_t skip;  /* bytes of the mark, the space after it included */
    int number;     /* MARK_NUMBER */
    int level;      /* MARK_ATX: 1..6; MARK_UNDERLINE: 1 or 2 */
} line_mark;

/* Bullets that open a list item when a space follows: ASCII ones, and the
 * bullets, squares and circles text browsers and converters draw. */
static const char *const BULLETS[] = {
    "-", "*", "+", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */, "\xE2\x97\xA6" /* ◦ */,
    "\xE2\x96\xAA" /* ▪ */, "\xE2\x80\xA3" /* ‣ */, "\xE2\x96\xA1" /* □ */,
    "\xE2\x96\xA0" /* ■ */, "\xE2\x97\x8F" /* ● */, "\xE2\x97\x8B" /* ○ */,
    "\xE2\x80\x93" /* – */, "\xE2\x9E\xA4" /* ➤ */, "\xE2\x96\xBA" /* ► */,
};

static bool only_rule_chars(const char *s, size_t n)
{
    size_t marks = 0;
    char first = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ')
            continue;
        if (!strchr("-_=*~#+.", c) || (first && c != first))
            return false;
        first = c;
        marks++;
    }
    return marks >= 3;
}

/* Does a month's name start s ("12. März 2024" is a date, not an item)? */
static bool month_follows(const char *s, size_t n)
{
    pith_buf word = PITH_BUF_INIT;
    size_t i = 0;
    while (i < n && word.len < MONTH_WORD_MAX) {
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        if (k <= 0 || !pith_is_word_cp(cp) || (cp >= '0' && cp <= '9'))
            break;
        pith_utf8_encode(&word, pith_lower_cp(cp));
        i += (size_t)k;
    }
    bool month = word.len > 0 && !word.oom && pith_date_month_word(word.data, word.len) > 0;
    pith_buf_free(&word);
    return month;
}

static line_mark read_mark(const char *s, const tline *l)
{
    line_mark m = {MARK_NONE, 0, 0, 0};
    const char *p = s + l->start;
    size_t n = l->end - l->start;
    /* most lines start with a letter, which opens no mark but lynx's "o " */
    if (pith_ascii_is_alpha(p[0]) && p[0] != 'o')
        return m;
    if (only_rule_chars(p, n)) {
        m.kind = MARK_RULE;
        if (p[0] == '=' || p[0] == '-')
            m.level = p[0] == '=' ? 1 : 2;
        return m;
    }
    /* most lines start with a letter or a digit, which no bullet does */
    for (size_t b = 0; !pith_ascii_is_alnum(p[0]) && b < sizeof BULLETS / sizeof BULLETS[0]; b++) {
        if (p[0] != BULLETS[b][0])
            continue;
        size_t k = strlen(BULLETS[b]);
        if (n > k + 1 && memcmp(p, BULLETS[b], k) == 0 && p[k] == ' ') {
            m.kind = MARK_BULLET;
            m.skip = (uint32_t)k + 1;
            return m;
        }
    }
    /* lynx draws deeper levels with "o" and "#", indented */
    if (l->indent >= 4 && n > 2 && (p[0] == 'o' || p[0] == '#') && p[1] == ' ') {
        m.kind = MARK_BULLET;
        m.skip = 2;
        return m;
    }
    if (p[0] == '#') {
        size_t k = 0;
        while (k < n && p[k] == '#')
            k++;
        if (k <= 6 && k < n && p[k] == ' ') {
            m.kind = MARK_ATX;
            m.level = (int)k;
            m.skip = (uint32_t)k + 1;
            return m;
        }
    }
    if (p[0] == '>') {
        size_t k = 0;
        while (k < n && (p[k] == '>' || p[k] == ' '))
            k++;
        m.kind = MARK_QUOTE;
        m.skip = (uint32_t)k;
        return m;
    }
    size_t k = p[0] == '(' ? 1 : 0, d = 0;
    int num = 0;
    while (k < n && p[k] >= '0' && p[k] <= '9' && d < 3)
        num = num * 10 + (p[k++] - '0'), d++;
    if (d > 0 && k + 1 < n && (p[k] == '.' || p[k] == ')') && p[k + 1] == ' ' &&
        (p[0] != '(' || p[k] == ')') && !month_follows(p + k + 2, n - k - 2)) {
        m.kind = MARK_NUMBER;
        m.number = num;
        m.skip = (uint32_t)k + 2;
    }
    return m;
}

/* Could the line have been broken after column col: is there a space
 * there?  ("   8. https://..." could not, in any useful place; nor can a
 * Markdown link's target, '](url "its title")', which converters never
 * break.) */
static bool late_space(const char *s, const tline *l, uint32_t col)
{
    uint32_t c = l->indent;
    for (uint32_t i = l->start; i < l->end; i++) {
        if ((unsigned char)s[i] < 0x80 || ((unsigned char)s[i] & 0xC0) == 0xC0)
            c++;
        if (s[i] == ' ' && c > col)
            return true;
        if (s[i] == ']' && i + 1 < l->end && s[i + 1] == '(')
            return false;
    }
    return false;
}

/* The width the lines were wrapped at, or 0 when they were not.  A line
 * that runs on into the next one says, if it was wrapped at width W, that
 * W is at least its own width and less than its width plus the next line's
 * first word (which would have fitted otherwise).  The W that most such
 * pairs agree with wins; the lines were wrapped when enough pairs agree
 * (lines broken on purpose, short ones, agree with no width) and almost no
 * line that could have been broken is longer.
 * Lines that start list items or headings were not wrapped and do not
 * count, nor do the lines from `end` on (lynx's list of link targets,
 * whose share links with spaces would read as long lines that could have
 * been broken); "almost no line" is a share of all n lines. */
static uint32_t wrap_width(const char *s, const tline *lines, uint32_t n, uint32_t end)
{
    int32_t agree[MAX_WRAP_WIDTH + 2];
    memset(agree, 0, sizeof agree);
    uint32_t pairs = 0;
    for (uint32_t i = 0; i + 1 < end; i++) {
        /* a line that starts a list item, a quote or a heading was not wrapped */
        if (lines[i + 1].blank_before || lines[i].width > MAX_WRAP_WIDTH ||
            read_mark(s, &lines[i + 1]).kind != MARK_NONE)
            continue;
        pairs++;
        uint32_t hi = lines[i].width + 1 + first_word_columns(s, &lines[i + 1]);
        agree[lines[i].width]++;
        agree[hi > MAX_WRAP_WIDTH + 1 ? MAX_WRAP_WIDTH + 1 : hi]--;
    }
    int32_t run = 0, best = 0;
    uint32_t width = 0;
    for (uint32_t w = 0; w <= MAX_WRAP_WIDTH; w++) {
        run += agree[w];
        if (w >= MIN_WRAP_WIDTH && run >= best) { /* the widest of the best */
            best = run;
            width = w;
        }
    }
    if (best < MIN_WRAP_PAIRS || best < pairs * WRAP_AGREE_SHARE)
        return 0;
    /* wrapped text has no line longer than its width that could have
     * been broken (a long address or word may stand out) */
    uint32_t over = 0;
    for (uint32_t i = 0; i < end; i++)
        over += lines[i].width > width + WRAP_SLACK && late_space(s, &lines[i], width / 2);
    return over * WRAP_MAX_OVER <= n ? width : 0;
}

/* ------------------------------------------------------------ blocks */

typedef struct builder {
    pith_tpage *page;
    const char *src;
    char *out;          /* page->text */
    size_t out_len;
    pith_tblock *cur;   /* the block being joined, or NULL */
    uint32_t cur_text_col; /* an item's text column (its continuation indent) */
    const tline *last;  /* the last line of cur */
    uint32_t cur_words; /* words of cur, roughly */
} builder;

/* How a line carries on the block being built. */
typedef enum join {
    JOIN_NONE = 0,  /* it starts a block of its own */
    JOIN_WRAPPED,   /* a wrapped line: joined with a space */
    JOIN_BREAK,     /* a line of the same paragraph: joined with a line break */
    JOIN_PIECE      /* a piece of a sentence cut at an inline element: joined
                       with a space, none before closing punctuation */
} join;

/* Words of a line, roughly: runs of non-blanks. */
static uint32_t line_words(const char *s, const tline *l)
{
    uint32_t n = 0;
    bool in = false;
    for (uint32_t i = l->start; i < l->end; i++) {
        bool w = !is_blank_byte(s[i]);
        n += w && !in;
        in = w;
    }
    return n;
}

/* Does the text open with punctuation that closes what came before it
 * (",", ".", ";", ")", a closing quote), as a sentence's rest does where a
 * link inside it was cut out? */
static bool closes_text(const char *p, size_t n)
{
    if (n > 0 && strchr(",.;:!?)]", p[0]))
        return true;
    return n >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
           ((unsigned char)p[2] == 0x9D || (unsigned char)p[2] == 0x99 ||
            (unsigned char)p[2] == 0xA6); /* ” ’ … */
}

/* Does line l open in lower case (a letter, not a digit nor "_")? */
static bool lower_start(const char *s, const tline *l)
{
    uint32_t cp = 0;
    pith_utf8_decode(s + l->start, l->end - l->start, &cp);
    return pith_is_word_cp(cp) && pith_lower_cp(cp) == cp && !(cp >= '0' && cp <= '9') &&
           cp != '_';
}

/* Does line l open as the rest of a sentence: in lower case, or with
 * closing punctuation? */
static bool sentence_rest(const char *s, const tline *l)
{
    return lower_start(s, l) || closes_text(s + l->start, l->end - l->start);
}

/* Append the line's text (after its mark) to the block being built: after
 * a line break, or after a space where a wrapped line is joined (none
 * between two CJK characters, nor after a word broken at a hyphen). */
static void append_line(builder *b, const tline *l, uint32_t skip, join how)
{
    const char *p = b->src + l->start + skip;
    size_t n = l->end - l->start - skip;
    while (n > 0 && *p == ' ')
        p++, n--;
    if (b->cur->len > 0 && n > 0 && how == JOIN_BREAK) {
        b->out[b->out_len++] = '\n';
    } else if (b->cur->len > 0 && n > 0) {
        char last = b->out[b->out_len - 1];
        bool glue = false;
        uint32_t cp_after = 0, cp_before = 0;
        pith_utf8_decode(p, n, &cp_after);
        /* the code point before: back up over continuation bytes */
        size_t k = b->out_len - 1;
        while (k > b->cur->off && ((unsigned char)b->out[k] & 0xC0) == 0x80)
            k--;
        pith_utf8_decode(b->out + k, b->out_len - k, &cp_before);
        if (pith_is_cjk_cp(cp_before) && pith_is_cjk_cp(cp_after))
            glue = true;
        else if (how == JOIN_PIECE)
            glue = closes_text(p, n) || last == '(' || last == '[';
        else if (last == '-' && b->out_len - b->cur->off >= 2 && pith_is_word_cp(cp_after)) {
            unsigned char before = (unsigned char)b->out[b->out_len - 2];
            glue = before >= 0x80 || ((before | 0x20) >= 'a' && (before | 0x20) <= 'z');
        } /* "well-" + "known" */
        if (!glue)
            b->out[b->out_len++] = ' ';
    }
    memcpy(b->out + b->out_len, p, n);
    b->out_len += n;
    if (b->page->one_line_blocks) /* only sentence_piece reads it */
        b->cur_words += line_words(b->src, l);
    b->cur->len = (uint32_t)(b->out_len - b->cur->off);
    b->last = l;
}

static void end_block(builder *b)
{
    if (!b->cur)
        return;
    b->out[b->out_len++] = '\0';
    b->cur = NULL;
}

static pith_tblock *start_block(builder *b, const tline *l, pith_tkind kind)
{
    end_block(b);
    pith_tblock *blk = &b->page->b[b->page->n++];
    memset(blk, 0, sizeof *blk);
    blk->off = (uint32_t)b->out_len;
    blk->line = l->number;
    blk->indent = l->indent;
    blk->kind = (uint8_t)kind;
    blk->number = -1;
    blk->chunk_start = l->blank_before;
    b->cur = blk;
    b->last = l;
    b->cur_words = 0;
    return blk;
}

/* Is line l the rest of a sentence the line before it began, broken
 * where the page's source broke it ("Photos" / "which were released
 * online and are..."), not a line of its own (a tag, a menu entry, an
 * address line)?  It opens in lower case with a few words, or follows a
 * long line that did not end a sentence. */
static bool broken_prose(const builder *b, const tline *l)
{
    if (lower_start(b->src, l) && line_words(b->src, l) >= BROKEN_MIN_WORDS)
        return true;
    const tline *prev = b->last;
    char last = b->src[prev->end - 1];
    return prev->width - prev->indent >= BROKEN_MIN_COLUMNS && last != '.' && last != '!' &&
           last != '?' && last != ':' && line_words(b->src, prev) >= BROKEN_MIN_WORDS;
}

static bool sentence_end(const char *s, size_t n);

/* Is the block being built one line that ends on a capitalised word, as
 * a headline does ("... and Stay Ahead" over "by Jane Doe")?  A sentence
 * cut at a link ends on the word before the link ("after"). */
static bool heading_like(const builder *b, const tline *prev)
{
    if (b->cur->line != prev->number)
        return false;
    uint32_t i = prev->end;
    while (i > prev->start && !is_blank_byte(b->src[i - 1]))
        i--;
    uint32_t cp = 0;
    pith_utf8_decode(b->src + i, prev->end - i, &cp);
    return pith_is_word_cp(cp) && pith_lower_cp(cp) != cp;
}

/* Where a page has one line a text node (no blank lines: a scraper that
 * writes each node of the page on its own line), is line l a piece of the
 * paragraph before it, cut where an inline element (a link, an emphasis)
 * began or ended: "... died after" / "suffering from the plague" / "."?
 * The paragraph so far did not end its sentence nor open a list (":").
 * l opens with closing punctuation, or is a few words the next line
 * carries on so ("The" / "Saint Brendan" / ", the ferry..."); or the
 * paragraph holds a few words (a menu's entries do not), is no headline,
 * and l opens in lower case, or is a few words the next line carries on
 * in lower case. */
static bool sentence_piece(const builder *b, const tline *l, const tline *next)
{
    const tline *prev = b->last;
    const char *s = b->src;
    if (b->cur->kind != PITH_TB_PARAGRAPH || s[prev->end - 1] == ':' ||
        sentence_end(s + prev->start, prev->end - prev->start))
        return false;
    if (closes_text(s + l->start, l->end - l->start))
        return true; /* "," after "Saint Brendan": no menu entry opens so */
    bool piece = next && !next->blank_before && line_words(s, l) <= PIECE_MAX_WORDS &&
                 !sentence_end(s + l->start, l->end - l->start);
    if (piece && closes_text(s + next->start, next->end - next->start))
        return true;
    if (b->cur_words < BROKEN_MIN_WORDS || heading_like(b, prev))
        return false;
    return lower_start(s, l) || (piece && sentence_rest(s, next));
}

/* Does line l carry on the block being built: a wrapped line (the line
 * before it was full: l's first word would not have fitted on it), or,
 * where blank lines part the paragraphs, a line of the same paragraph? */
static join continues(const builder *b, const tline *l, const tline *next, const line_mark *m)
{
    const pith_tblock *cur = b->cur;
    uint32_t wrap = b->page->wrap;
    if (!cur || l->blank_before || cur->kind == PITH_TB_HEADING || cur->kind == PITH_TB_RULE)
        return JOIN_NONE;
    if (m->kind != MARK_NONE && !(m->kind == MARK_QUOTE && cur->kind == PITH_TB_QUOTE))
        return JOIN_NONE;
    if (cur->kind == PITH_TB_QUOTE && m->kind != MARK_QUOTE)
        return JOIN_NONE;
    bool full = wrap && b->last->width + 1 + first_word_columns(b->src, l) > wrap;
    if (cur->kind == PITH_TB_ITEM) {
        /* an item's next lines are indented under its text */
        if (l->indent <= cur->indent ||
            (full && (uint32_t)l->indent + INDENT_SLACK < b->cur_text_col))
            return JOIN_NONE;
    } else if (full && (l->indent > b->last->indent + INDENT_SLACK ||
                        l->indent + INDENT_SLACK < b->last->indent)) {
        full = false; /* a new indent: not the same paragraph wrapped */
    }
    if (full)
        return JOIN_WRAPPED;
    if (b->page->one_line_blocks)
        return sentence_piece(b, l, next) ? JOIN_PIECE : JOIN_NONE;
    return broken_prose(b, l) ? JOIN_BREAK : JOIN_NONE;
}

/* Item depth: deeper indents nest (a stack of the indents seen). */
typedef struct depth_stack {
    uint16_t indent[8];
    int n;
} depth_stack;

static uint8_t item_depth(depth_stack *st, uint16_t indent)
{
    while (st->n > 0 && st->indent[st->n - 1] > indent)
        st->n--;
    if (st->n == 0 || st->indent[st->n - 1] < indent) {
        if (st->n < 8)
            st->indent[st->n++] = indent;
    }
    return (uint8_t)(st->n > 0 ? st->n - 1 : 0);
}

static void build_blocks(builder *b, const tline *lines, uint32_t n)
{
    depth_stack depth = {{0}, 0};
    for (uint32_t i = 0; i < n; i++) {
        const tline *l = &lines[i];
        line_mark m = read_mark(b->src, l);
        /* A line underlined right below it is a heading. */
        if ((m.kind == MARK_RULE && m.level) && !l->blank_before && b->cur &&
            b->cur->kind == PITH_TB_PARAGRAPH && b->last == &lines[i - 1] &&
            b->cur->line == lines[i - 1].number) {
            b->cur->kind = PITH_TB_HEADING;
            b->cur->level = (uint8_t)m.level;
            b->cur->marked = true;
            end_block(b);
            continue;
        }
        join how = continues(b, l, i + 1 < n ? &lines[i + 1] : NULL, &m);
        if (how != JOIN_NONE) {
            append_line(b, l, m.kind == MARK_QUOTE ? m.skip : 0, how);
            continue;
        }
        pith_tblock *blk;
        switch (m.kind) {
        case MARK_RULE:
            blk = start_block(b, l, PITH_TB_RULE);
            blk->marked = true;
            append_line(b, l, 0, JOIN_NONE);
            end_block(b);
            break;
        case MARK_BULLET:
        case MARK_NUMBER:
            blk = start_block(b, l, PITH_TB_ITEM);
            blk->marked = true;
            blk->number = m.kind == MARK_NUMBER ? m.number : -1;
            blk->level = item_depth(&depth, l->indent);
            b->cur_text_col = l->indent + m.skip;
            append_line(b, l, m.skip, JOIN_NONE);
            break;
        case MARK_ATX:
            blk = start_block(b, l, PITH_TB_HEADING);
            blk->marked = true;
            blk->level = (uint8_t)m.level;
            append_line(b, l, m.skip, JOIN_NONE);
            /* "## Title ##": the closing marks go */
            while (blk->len > 0 && (b->out[b->out_len - 1] == '#' || b->out[b->out_len - 1] == ' '))
                b->out_len--, blk->len--;
            end_block(b);
            break;
        case MARK_QUOTE:
            blk = start_block(b, l, PITH_TB_QUOTE);
            blk->marked = true;
            append_line(b, l, m.skip, JOIN_NONE);
            break;
        default:
            start_block(b, l, PITH_TB_PARAGRAPH);
            append_line(b, l, 0, JOIN_NONE);
            break;
        }
        if (m.kind != MARK_BULLET && m.kind != MARK_NUMBER && l->blank_before)
            depth.n = 0;
    }
    end_block(b);
}

/* ------------------------------------------------------------ inline marks */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* What lynx shows for an image without alt text: its file's name, or the
 * address of a tracking pixel ("blank_1x1.gif", "photo_2.JPG",
 * "pixel?tag=View&noscript=1"): no space, and an image's extension before
 * any query, or a query of its own. */
static bool image_source(const char *s, size_t n)
{
    static const char *const EXTENSIONS[] = {".jpg", ".jpeg", ".png", ".gif", ".svg",
                                             ".webp", ".avif", ".bmp", ".ico"};
    if (memchr(s, ' ', n))
        return false;
    const char *query = memchr(s, '?', n);
    if (query && memchr(query, '=', n - (size_t)(query - s)))
        return true;
    size_t end = query ? (size_t)(query - s) : n;
    for (size_t e = 0; e < sizeof EXTENSIONS / sizeof EXTENSIONS[0]; e++) {
        size_t len = strlen(EXTENSIONS[e]);
        if (end > len && pith_ascii_ieqn(s + end - len, EXTENSIONS[e], len))
            return true;
    }
    return false;
}

/* A bracketed placeholder a text browser draws for a form field or an
 * image: "[ ]", "[X]", "[____]", "[BUTTON Submit]", "[IMG]", "[gif]".
 * Returns its length at s (which starts with '['), 0 when it is not one. */
static size_t placeholder_at(const char *s, size_t n)
{
    size_t k = 1;
    while (k < n && k < 64 && s[k] != ']' && s[k] != '[' && s[k] != '\n')
        k++;
    if (k >= n || s[k] != ']')
        return 0;
    const char *in = s + 1;
    size_t m = k - 1;
    bool blank = true;
    for (size_t i = 0; i < m; i++)
        if (in[i] != ' ' && in[i] != '_')
            blank = false;
    if (blank || (m == 1 && (in[0] == 'X' || in[0] == 'x' || in[0] == '*')))
        return k + 1;
    static const char *const WORDS[] = {"IMG", "INLINE", "LINK", "EMBED", "USEMAP", "ISMAP",
                                        "image", "img", "gif", "png", "jpg", "jpeg", "svg",
                                        "webp", "spacer"};
    for (size_t w = 0; w < sizeof WORDS / sizeof WORDS[0]; w++)
        if (strlen(WORDS[w]) == m && memcmp(in, WORDS[w], m) == 0)
            return k + 1;
    if (m > 7 && memcmp(in, "BUTTON ", 7) == 0)
        return k + 1;
    return image_source(in, m) ? k + 1 : 0;
}

/* The end of a link's target "(url)" or "(url "title")" after its text's
 * "]" at s[e]: the length of s up to and with its ")", or all of s when
 * the address runs to its end; 0 when there is none. */
static size_t link_target_end(const char *s, size_t n, size_t e)
{
    if (e + 1 >= n || s[e + 1] != '(')
        return 0;
    size_t u = e + 2;
    while (u < n && s[u] != ')' && s[u] != ' ' && u - e < 2000)
        u++;
    if (u == n && u > e + 2)
        return n; /* an address the block ends in: its line was broken in it */
    if (u < n && s[u] == ' ') { /* [t](url "title") */
        while (u < n && s[u] != ')' && u - e < 2000)
            u++;
    }
    return u >= n || s[u] != ')' || u == e + 2 ? 0 : u + 1;
}

/* A Markdown link "[text](url)" or image "![alt](url)" at s: its length,
 * and where its text is. 0 when there is none. */
static size_t markdown_link_at(const char *s, size_t n, size_t *text_start, size_t *text_len)
{
    size_t k = s[0] == '!' ? 1 : 0;
    if (k >= n || s[k] != '[')
        return 0;
    size_t t = k + 1, e = t;
    while (e < n && s[e] != ']' && s[e] != '[' && e - t < 500)
        e++;
    size_t end = e + 1 < n && s[e] == ']' ? link_target_end(s, n, e) : 0;
    if (end == 0)
        return 0;
    *text_start = t;
    *text_len = s[0] == '!' ? 0 : e - t;
    return end;
}

/* The close of a Markdown link whose "[" opened earlier, its text holding
 * what markdown_link_at does not read (a picture, "[![alt](src) Title](url)",
 * or a blank line: converters write a link around a heading or a card):
 * "](url)" or "](url "title")" at s, its length; 0 when there is none. */
static size_t markdown_close_at(const char *s, size_t n)
{
    return n < 4 || s[0] != ']' ? 0 : link_target_end(s, n, 0);
}

/* Whether clean_inline may do more than copy a block's byte c: a line
 * break, white space (a no-break space starts with 0xC2), the start of a
 * link number, placeholder, link or browser's mark, of Markdown's "**" or
 * "_", or the close of a link opened before. */
static const bool INLINE_CASE[256] = {
    ['\n'] = true, [' '] = true, ['\t'] = true, [0xC2] = true, ['['] = true, ['!'] = true,
    ['*'] = true, ['('] = true, [']'] = true, ['_'] = true,
};

/* The marks lynx writes around what a page inserted or deleted ("[INS:
 * ... :INS]") and in front of a button's label ("(BUTTON) Submit"): how
 * long the mark at s is, 0 when there is none. */
static size_t browser_mark_at(const char *s, size_t n)
{
    static const char *const MARKS[] = {"[INS: ", "[DEL: ", " :INS]", " :DEL]", "(BUTTON)"};
    /* every space of the text comes here: the second byte turns nearly all away */
    if (n < 6 || (s[1] != 'I' && s[1] != 'D' && s[1] != ':' && s[1] != 'B'))
        return 0;
    for (size_t m = 0; m < sizeof MARKS / sizeof MARKS[0]; m++) {
        size_t len = strlen(MARKS[m]);
        if (len <= n && memcmp(s, MARKS[m], len) == 0)
            return len;
    }
    return 0;
}

static bool starts_inline_case(unsigned char c)
{
    return INLINE_CASE[c];
}

/* The length of the run at s[i] (i < n) that clean_inline copies as it is:
 * the byte, and the bytes after it that none of its cases starts with, nor
 * a lone space between two such bytes (the cases would write it as it is;
 * a space before a colon may open a browser's closing mark, " :INS]", and
 * goes to them). */
static size_t plain_run(const char *s, size_t i, size_t n)
{
    size_t r = i + 1;
    while (r < n) {
        if (!starts_inline_case((unsigned char)s[r]))
            r++;
        else if (s[r] == ' ' && r + 1 < n && s[r + 1] != ':' &&
                 !starts_inline_case((unsigned char)s[r + 1]))
            r += 2;
        else
            break;
    }
    return r - i;
}

/* Punctuation a word ends with (or a quote it starts with): a name in code
 * never holds it beside its "_" (html2text's "(AP)_Photo", "2019:_'Few"),
 * and Markdown's emphasis may close before it ("_word_,"). */
static bool ends_words(char c)
{
    return c == ':' || c == ',' || c == ';' || c == '!' || c == '?' || c == ')' || c == '\'' ||
           c == '"';
}

/* Markdown's emphasis "_words_" opening at s[i] (at a word's start: after
 * a space, a line break, "(", "[" or a quote, before a byte of a word):
 * where its closing "_" is (after a byte of a word or a sentence's end,
 * before a space, the end, or punctuation that ends words), 0 when there
 * is none within EMPHASIS_MAX_BYTES.  Names of code ("_private",
 * "__init__", "max_len", "Err(_)", "A_{ij}") hold none. */
static size_t emphasis_close(const char *s, size_t i, size_t n)
{
    if (i + 2 >= n || !pith_ascii_is_word_byte(s[i + 1]) ||
        (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n' && s[i - 1] != '(' && s[i - 1] != '[' &&
         s[i - 1] != '"' && s[i - 1] != '\''))
        return 0;
    for (size_t j = i + 2; j < n && j - i <= EMPHASIS_MAX_BYTES; j++) {
        if (s[j] != '_')
            continue;
        bool closes = pith_ascii_is_word_byte(s[j - 1]) || s[j - 1] == '.' || s[j - 1] == '!' || s[j - 1] == '?';
        bool ends = j + 1 == n || s[j + 1] == ' ' || s[j + 1] == '\n' || s[j + 1] == '.' ||
                    s[j + 1] == ']' || (unsigned char)s[j + 1] >= 0x80 || ends_words(s[j + 1]);
        return closes && ends ? j : 0; /* the first "_" after it decides */
    }
    return 0;
}

/* A link's "[" at s[open] closed at s[o] (its "](url)" left out): the "["
 * goes, with the space after it, and the link's text is counted. Returns
 * the text's new end. */
static size_t close_link(pith_tblock *blk, char *s, size_t open, size_t o, uint32_t *link_chars)
{
    size_t cut = open + 1 < o && (s[open + 1] == ' ' || s[open + 1] == '\n') ? 2 : 1;
    memmove(s + open, s + open + cut, o - open - cut);
    o -= cut;
    for (size_t k = open; k < o; k++)
        *link_chars += s[k] != ' ' && s[k] != '\n';
    if (blk->links < UINT16_MAX)
        blk->links++;
    return o;
}

/* Rewrite a block's text in place: link numbers, placeholders and link
 * markup out, white space collapsed, emphasis marks of Markdown ("**")
 * out; count the links seen. */
static void clean_inline(pith_tpage *page, pith_tblock *blk)
{
    char *s = page->text + blk->off;
    size_t n = blk->len, o = 0;
    bool space = false;
    uint32_t link_chars = 0;
    size_t open = SIZE_MAX; /* where the last "[" of the text is, SIZE_MAX if none */
    bool closed = false;    /* a link's close was read */
    size_t emphasis_end = SIZE_MAX; /* where the "_" closing an emphasis is */
    for (size_t i = 0; i < n;) {
        char c = s[i];
        size_t sp;
        if ((c == '[' || c == ' ' || c == '(') && (sp = browser_mark_at(s + i, n - i)) > 0) {
            space = space || c == ' ';
            i += sp;
            continue;
        }
        if (c == '\n') { /* a line break inside the paragraph stays */
            if (o > 0 && s[o - 1] != '\n')
                s[o++] = '\n';
            space = false;
            i++;
            continue;
        }
        if (c == ' ' || c == '\t' || (sp = nbsp_at(s + i, n - i)) > 0) {
            space = o > 0 && s[o - 1] != '\n';
            i += (c == ' ' || c == '\t') ? 1 : 2;
            continue;
        }
        if (c == '[' && i + 2 < n && is_digit(s[i + 1])) {
            /* lynx's link number before the link's text: "[12]Home" */
            size_t k = i + 1;
            while (k < n && is_digit(s[k]) && k - i < 6)
                k++;
            if (k < n && s[k] == ']') {
                bool before_text = k + 1 < n && s[k + 1] != ' ' && s[k + 1] != '.' &&
                                   s[k + 1] != ',' && s[k + 1] != '[';
                if (before_text && blk->links < UINT16_MAX)
                    blk->links++;
                if (before_text || k + 1 == n || (k + 1 < n && s[k + 1] == ' ')) {
                    i = k + 1;
                    continue;
                }
            }
        }
        size_t ph, ts, tl;
        /* a link before a placeholder: "[](/)" is a link without text */
        if ((c == '[' || c == '!') && (ph = markdown_link_at(s + i, n - i, &ts, &tl)) > 0) {
            if (space && o > 0 && tl > 0) /* an image leaves no text, and the space waits */
                s[o++] = ' ';
            space = space && tl == 0;
            for (size_t k = 0; k < tl; k++) {
                char t = s[i + ts + k];
                if (t != ' ')
                    link_chars++;
                s[o++] = t;
            }
            if (tl > 0 && blk->links < UINT16_MAX)
                blk->links++;
            i += ph;
            continue;
        }
        if (c == '[' && (ph = placeholder_at(s + i, n - i)) > 0) {
            i += ph;
            continue;
        }
        if (c == '*' && i + 1 < n && s[i + 1] == '*') {
            i += 2; /* Markdown's strong emphasis */
            continue;
        }
        if (c == '_' && (i == emphasis_end || (emphasis_end = emphasis_close(s, i, n)) > 0)) {
            i++; /* Markdown's emphasis: its "_" go, and i reaches its close */
            continue;
        }
        if (c == ']' && (ph = markdown_close_at(s + i, n - i)) > 0) {
            if (open < o)
                o = close_link(blk, s, open, o, &link_chars);
            closed = true;
            open = SIZE_MAX;
            i += ph;
            continue;
        }
        if (space)
            s[o++] = ' ';
        space = false;
        if (c == '[')
            open = o;
        size_t run = plain_run(s, i, n);
        memmove(s + o, s + i, run);
        o += run;
        i += run;
    }
    if (open != SIZE_MAX && open + 1 == o && (open == 0 || closed))
        o = open; /* a link opened at the end: its text and close follow */
    while (o > 0 && (s[o - 1] == '\n' || (closed && s[o - 1] == ' ')))
        o--;
    s[o] = '\0';
    blk->len = (uint32_t)o;
    blk->link_chars = link_chars;
}

/* html2text writes headings between runs of stars: "****** Title ******". */
static void star_heading(pith_tpage *page, pith_tblock *blk)
{
    const char *s = page->text + blk->off;
    size_t n = blk->len, a = 0, z = 0;
    while (a < n && s[a] == '*')
        a++;
    while (z < n - a && s[n - 1 - z] == '*')
        z++;
    if (a < 2 || a != z || a + z + 2 > n || s[a] != ' ' || s[n - 1 - z] != ' ')
        return;
    memmove(page->text + blk->off, s + a + 1, n - a - z - 2);
    blk->len = (uint32_t)(n - a - z - 2);
    page->text[blk->off + blk->len] = '\0';
    blk->kind = PITH_TB_HEADING;
    blk->marked = true;
    blk->level = (uint8_t)(a >= 6 ? 1 : 7 - a > 6 ? 6 : 7 - a);
}

/* ------------------------------------------------------------ measures */

/* The byte a folded hash counts for each byte: ASCII letters in lower
 * case, digits as '0', every other byte as it is. */
#define FOLD_ROW(k) (unsigned char)(k), (unsigned char)((k) + 1), (unsigned char)((k) + 2), \
    (unsigned char)((k) + 3), (unsigned char)((k) + 4), (unsigned char)((k) + 5), \
    (unsigned char)((k) + 6), (unsigned char)((k) + 7)
static const unsigned char FOLD[256] = {
    FOLD_ROW(0x00), FOLD_ROW(0x08), FOLD_ROW(0x10), FOLD_ROW(0x18), FOLD_ROW(0x20), FOLD_ROW(0x28),
    '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
    0x40, FOLD_ROW(0x61) /* A-H */, FOLD_ROW(0x69) /* I-P */, FOLD_ROW(0x71) /* Q-X */,
    'y', 'z', 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
    FOLD_ROW(0x60), FOLD_ROW(0x68), FOLD_ROW(0x70), FOLD_ROW(0x78),
    FOLD_ROW(0x80), FOLD_ROW(0x88), FOLD_ROW(0x90), FOLD_ROW(0x98), FOLD_ROW(0xA0), FOLD_ROW(0xA8),
    FOLD_ROW(0xB0), FOLD_ROW(0xB8), FOLD_ROW(0xC0), FOLD_ROW(0xC8), FOLD_ROW(0xD0), FOLD_ROW(0xD8),
    FOLD_ROW(0xE0), FOLD_ROW(0xE8), FOLD_ROW(0xF0), FOLD_ROW(0xF8),
};
#undef FOLD_ROW

/* The folded hash: FNV-1a's basis and prime (util/fnv.h) over the folded
 * bytes, taken a byte at a time as FNV-1a takes them (fold_hash_byte) or
 * eight at a time (fold_hash_word). */
static inline uint64_t fold_hash_byte(uint64_t h, unsigned char c)
{
    return pith_fnv1a_64(h, FOLD[c]);
}

#define BYTES_OF(b) ((uint64_t)(b) * 0x0101010101010101ull) /* b in each of 8 bytes */

/* Eight bytes x folded, given the top bits of their ASCII capitals and
 * digits: capitals in lower case, digits as '0', the others as they are. */
static inline uint64_t fold_marked(uint64_t x, uint64_t capital, uint64_t digit)
{
    uint64_t digit_bytes = (digit >> 7) * 0xFF;
    return ((x | capital >> 2) & ~digit_bytes) | (digit_bytes & BYTES_OF('0'));
}

/* Eight bytes folded as FOLD folds each of them. */
static uint64_t fold_word(uint64_t x)
{
    uint64_t beyond = x & BYTES_OF(0x80), low = x & BYTES_OF(0x7F);
    return fold_marked(x, pith_ascii_bytes_within(low, 'A', 'Z') & ~beyond,
                       pith_ascii_bytes_within(low, '0', '9') & ~beyond);
}

/* The folded hash h taking eight folded bytes. */
static inline uint64_t fold_hash_word(uint64_t h, uint64_t folded)
{
    h = (h ^ folded) * PITH_FNV1A_64_PRIME;
    return h ^ h >> 32; /* the high bytes reach the low bits, which tables index by */
}

/* The folded hash of s[0..n) from h, the hash of its first `from` bytes (a
 * multiple of eight): eight bytes at a time, then the last few. */
static uint64_t fold_hash_from(uint64_t h, const char *s, size_t from, size_t n)
{
    size_t i = from;
    for (uint64_t word; i + sizeof word <= n; i += sizeof word) {
        memcpy(&word, s + i, sizeof word);
        h = fold_hash_word(h, fold_word(word));
    }
    for (; i < n; i++)
        h = fold_hash_byte(h, (unsigned char)s[i]);
    return h;
}

uint64_t pith_tblock_fold_hash(const char *s, size_t n)
{
    return fold_hash_from(PITH_FNV1A_64_BASIS, s, 0, n);
}

static bool holds_date(pith_tpage *page, uint32_t i)
{
    pith_date d;
    return pith_date_parse(pith_tblock_text(page, i), page->b[i].len, 0, &d);
}

bool pith_tblock_dated(pith_tpage *page, uint32_t i)
{
    return pith_tblock_kept_answer(page, i, PITH_ASKED_DATED, PITH_IS_DATED, holds_date);
}

/* Sentence ends beyond ASCII: the ideographic full stop, full-width marks,
 * the ellipsis, the Arabic question mark, the Devanagari danda. */
static const char *const SENTENCE_ENDS[] = {
    "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xE2\x80\xA6", "\xD8\x9F",
    "\xE0\xA5\xA4",
};

/* Headlines and menu entries capitalise their long words ("Home Depot
 * Sales Miss, Shares Plunge"); sentences do not.  A word here is a run of
 * letters (word characters but digits); one of TITLE_CASE_MIN_LETTERS
 * letters or more is long, and the headline needs three, in a script with
 * case. */
static bool is_letter(uint32_t cp)
{
    return is_word(cp) && !(cp >= '0' && cp <= '9');
}

/* What measure counts a character as, for ASCII looked up rather than
 * tested (a measure reads every byte of a page): a character (all but the
 * space and the line break), a character of a word (letters and digits), a
 * letter (title_case's: letters and '_'), a capital.  Bytes beyond ASCII
 * are 0 here (measure decodes them). */
enum { MEASURE_CHAR = 1, MEASURE_WORD = 2, MEASURE_LETTER = 4, MEASURE_CAPITAL = 8 };
#define MEASURE_ALPHA (MEASURE_WORD | MEASURE_LETTER) /* an ASCII letter */
#define MC MEASURE_CHAR
#define MD (MEASURE_CHAR | MEASURE_WORD)                  /* digits */
#define ML (MEASURE_CHAR | MEASURE_WORD | MEASURE_LETTER) /* a-z */
#define MU (ML | MEASURE_CAPITAL)                         /* A-Z */
#define MC8 MC, MC, MC, MC, MC, MC, MC, MC
#define ML8 ML, ML, ML, ML, ML, ML, ML, ML
#define MU8 MU, MU, MU, MU, MU, MU, MU, MU
static const unsigned char MEASURE_ASCII[256] = {
    MC, MC, MC, MC, MC, MC, MC, MC, MC, MC, 0 /* \n */, MC, MC, MC, MC, MC,
    MC8, MC8,
    0 /* space */, MC, MC, MC, MC, MC, MC, MC, MC8,
    MD, MD, MD, MD, MD, MD, MD, MD, MD, MD /* 0-9 */, MC, MC, MC, MC, MC, MC,
    MC /* @ */, MU, MU, MU, MU, MU, MU, MU, MU8, MU8, MU, MU, MU /* A-Z */, MC, MC, MC, MC,
    MC | MEASURE_LETTER /* _ */,
    MC /* ` */, ML, ML, ML, ML, ML, ML, ML, ML8, ML8, ML, ML, ML /* a-z */, MC, MC, MC, MC, MC,
};
#undef MC
#undef MD
#undef ML
#undef MU
#undef MC8
#undef ML8
#undef MU8

/* What one pass over a block's text counts. */
typedef struct tally {
    uint32_t chars, words;
    bool in_word;
    uint32_t letters;       /* of the run of letters read, 0 out of one */
    bool capital;           /* the run's first letter is a capital */
    uint32_t long_words, capitalised; /* runs of letters long enough */
} tally;

/* The run of letters grew by added letters: count it when it has just
 * become long (once a run, whether it goes on or not). */
static inline void grow_letters(tally *t, uint32_t added)
{
    if (t->letters < TITLE_CASE_MIN_LETTERS && t->letters + added >= TITLE_CASE_MIN_LETTERS) {
        t->long_words++;
        t->capitalised += t->capital;
    }
    t->letters += added;
}

/* Count a character: its kind by the bits of MEASURE_ASCII (its letter
 * being a capital), or a character of more bytes, a CJK one a word alone. */
static inline void tally_char(tally *t, unsigned kind, bool cjk)
{
    bool w = kind & MEASURE_WORD;
    t->chars += kind & MEASURE_CHAR;
    if (cjk)
        t->words++, w = false; /* a CJK character is a word */
    else
        t->words += w && !t->in_word;
    t->in_word = w;
    if (kind & MEASURE_LETTER) {
        if (t->letters == 0)
            t->capital = kind & MEASURE_CAPITAL;
        grow_letters(t, 1);
    } else {
        t->letters = 0;
    }
}

/* Count a run of len ASCII letters, the first a capital or not: they
 * carry on the word and the run of letters before them. */
static inline void tally_letters(tally *t, uint32_t len, bool capital)
{
    t->chars += len;
    t->words += !t->in_word;
    t->in_word = true;
    if (t->letters == 0)
        t->capital = capital;
    grow_letters(t, len);
}

static bool is_ascii_letter(unsigned char c)
{
    return (MEASURE_ASCII[c] & MEASURE_ALPHA) == MEASURE_ALPHA;
}

/* The kind of a code point beyond ASCII, in MEASURE_ASCII's bits; its
 * bytes count as characters. */
static unsigned kind_beyond_ascii(uint32_t cp)
{
    unsigned kind = MEASURE_CHAR;
    if (is_word(cp) && cp != '_')
        kind |= MEASURE_WORD;
    if (is_letter(cp))
        kind |= MEASURE_LETTER | (pith_lower_cp(cp) != cp ? MEASURE_CAPITAL : 0);
    return kind;
}

/* The kinds of the code points most text beyond ASCII is written in,
 * worked out once per process (measure reads every character of a page):
 * the two-byte ones (accented Latin letters, Greek, Cyrillic, Hebrew,
 * Arabic, the no-break space) and the general punctuation (curly quotes,
 * dashes, the ellipsis).  None of them is CJK (is_cjk). */
#define TWO_BYTE_FIRST 0x80
#define TWO_BYTE_END 0x800
#define PUNCTUATION_FIRST 0x2000 /* E2 80 80 */
#define PUNCTUATION_END 0x2080   /* to E2 81 BF: lead E2, then 80 or 81 */
_Static_assert(PUNCTUATION_FIRST >= TWO_BYTE_END && PUNCTUATION_END <= 0x3000,
               "below the CJK code points, as is_cjk answers for them");

static unsigned char two_byte_kinds[TWO_BYTE_END - TWO_BYTE_FIRST];
static unsigned char punctuation_kinds[PUNCTUATION_END - PUNCTUATION_FIRST];
static pthread_once_t kinds_once = PTHREAD_ONCE_INIT;

static void make_kinds(void)
{
    for (uint32_t cp = TWO_BYTE_FIRST; cp < TWO_BYTE_END; cp++)
        two_byte_kinds[cp - TWO_BYTE_FIRST] = (unsigned char)kind_beyond_ascii(cp);
    for (uint32_t cp = PUNCTUATION_FIRST; cp < PUNCTUATION_END; cp++)
        punctuation_kinds[cp - PUNCTUATION_FIRST] = (unsigned char)kind_beyond_ascii(cp);
}

/* The bytes of the character at s[i] (of n bytes) when it is one of the
 * code points kinds were made for, its kind in *kind (what next_cp and
 * kind_beyond_ascii would answer); 0 for any other. */
static size_t known_kind_at(const char *s, size_t i, size_t n, unsigned *kind)
{
    unsigned char c = (unsigned char)s[i];
    if (pith_utf8_two_byte_at(s + i, n - i)) {
        uint32_t cp = (uint32_t)(c & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F);
        *kind = two_byte_kinds[cp - TWO_BYTE_FIRST];
        return 2;
    }
    if (c == 0xE2 && i + 2 < n && ((unsigned char)s[i + 1] & 0xFE) == 0x80 &&
        pith_utf8_is_continuation((unsigned char)s[i + 2])) {
        uint32_t cp = PUNCTUATION_FIRST | (uint32_t)((unsigned char)s[i + 1] & 0x3F) << 6 |
                      ((unsigned char)s[i + 2] & 0x3F);
        *kind = punctuation_kinds[cp - PUNCTUATION_FIRST];
        return 3;
    }
    return 0;
}

/* A closing quote or bracket, which may follow a sentence's end (tested
 * here, not by strchr: every block's end is asked). */
static bool closes_after_sentence(char c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* Ends like a sentence: . ! ? and their forms in other scripts, before
 * closing quotes and brackets. */
static bool sentence_end(const char *s, size_t n)
{
    size_t e = n;
    while (e > 0 && closes_after_sentence(s[e - 1]))
        e--;
    while (e >= 2 && ((unsigned char)s[e - 2] == 0xC2 && (unsigned char)s[e - 1] == 0xBB))
        e -= 2; /* » */
    while (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
           ((unsigned char)s[e - 1] == 0x9D || (unsigned char)s[e - 1] == 0x99))
        e -= 3; /* ” ’ */
    bool end = e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?');
    bool beyond_ascii = e > 0 && (unsigned char)s[e - 1] >= 0x80; /* as all SENTENCE_ENDS end */
    for (size_t k = 0; !end && beyond_ascii && k < sizeof SENTENCE_ENDS / sizeof SENTENCE_ENDS[0];
         k++) {
        size_t m = strlen(SENTENCE_ENDS[k]);
        end = e >= m && memcmp(s + e - m, SENTENCE_ENDS[k], m) == 0;
    }
    return end;
}

/* What measure counts of up to 64 ASCII bytes, a bit a byte (bit k for
 * the k-th byte): the bytes of words (letters and digits), the letters
 * (and '_'), the capitals, the bytes that are no character (space, line
 * break). */
typedef struct byte_masks {
    uint64_t word, letter, capital, blank;
    unsigned n; /* bytes */
} byte_masks;

/* The folded hash of a block's first bytes, as measure reads them. */
typedef struct folding {
    uint64_t hash;
    size_t done; /* bytes hashed: a multiple of eight */
} folding;

/* The top bits of the eight bytes of m as eight bits, byte k's as bit k
 * (the multiplication gathers them into the top byte). */
static inline uint64_t top_bits(uint64_t m)
{
    return ((m >> 7) * 0x0102040810204080ull) >> 56;
}

/* The number of bits set in x (no call to the compiler's helper). */
static inline uint32_t bits_set(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (uint32_t)((x * BYTES_OF(1)) >> 56);
}

/* Add the eight ASCII bytes x (in memory order), at byte `at` of the
 * block, to the masks; and to the folded hash when it has reached them. */
static inline void mask_word(byte_masks *m, uint64_t x, folding *f, size_t at)
{
    /* a letter is in lower case once 0x20 is set; a capital had it not set */
    uint64_t alpha = pith_ascii_bytes_within(x | BYTES_OF(0x20), 'a', 'z');
    uint64_t capital = alpha & ~(x << 2);
    uint64_t digit = pith_ascii_bytes_within(x, '0', '9');
    uint64_t blank = pith_ascii_bytes_within(x, ' ', ' ') | pith_ascii_bytes_within(x, '\n', '\n');
    uint64_t underscore = pith_ascii_bytes_within(x, '_', '_');
    if (f->done == at) {
        f->hash = fold_hash_word(f->hash, fold_marked(x, capital, digit));
        f->done += 8;
    }
    m->word |= top_bits(alpha | digit) << m->n;
    m->letter |= top_bits(alpha | underscore) << m->n;
    m->capital |= top_bits(capital) << m->n;
    m->blank |= top_bits(blank) << m->n;
    m->n += 8;
}

/* x shifted up by k (1 to 3) bits, its low bits taken from the 3 bits
 * before it (bit 2 the byte just before). */
static inline uint64_t shift_in(uint64_t x, unsigned k, unsigned before)
{
    return x << k | before >> (3 - k);
}

/* tally_masks finds a run of TITLE_CASE_MIN_LETTERS letters by looking 3
 * bytes back (shift_in by 1 to 3, its before and first bits): written for 4. */
_Static_assert(TITLE_CASE_MIN_LETTERS == 4, "tally_masks looks 3 letters back");

/* Count the bytes of m as tally_char and tally_letters count them one by
 * one: by bit arithmetic over the masks, with the tally's state carried in
 * and out (the word and the run of letters going on). */
static void tally_masks(tally *t, const byte_masks *m)
{
    uint64_t all = m->n == 64 ? ~0ull : (1ull << m->n) - 1;
    t->chars += m->n - bits_set(m->blank);
    t->words += bits_set(m->word & ~(m->word << 1 | t->in_word));
    t->in_word = m->word >> (m->n - 1) & 1;
    /* the letters before: which of the last 3 bytes were letters of the
     * run, and which of them was its first, a capital */
    uint32_t run = t->letters;
    unsigned before = run >= 3 ? 7 : run == 2 ? 6 : run == 1 ? 4 : 0;
    unsigned first = run >= 1 && run <= 3 && t->capital ? 8 >> run : 0;
    uint64_t l = m->letter;
    /* the bytes that end TITLE_CASE_MIN_LETTERS letters in a row, and the
     * first of them in each run: the run's first letter is 3 bytes back */
    uint64_t long_at = l & shift_in(l, 1, before) & shift_in(l, 2, before) & shift_in(l, 3, before);
    uint64_t became_long = long_at & ~(long_at << 1 | (run >= TITLE_CASE_MIN_LETTERS));
    t->long_words += bits_set(became_long);
    t->capitalised += bits_set(became_long & shift_in(m->capital, 3, first));
    /* the run of letters at the end */
    uint64_t gaps = ~l & all;
    if (!gaps) {
        if (run == 0)
            t->capital = m->capital & 1;
        t->letters = run + m->n;
        return;
    }
    unsigned last_gap = 63 - (unsigned)__builtin_clzll(gaps);
    t->letters = m->n - 1 - last_gap;
    if (t->letters)
        t->capital = m->capital >> (last_gap + 1) & 1;
}

/* Whether the bytes are in memory order in a word (mask_word's bit k for
 * the k-th byte needs it). */
#define MASKS_IN_ORDER (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)

/* Read the ASCII bytes at s[i..n) eight at a time, up to 64, into the
 * tally; returns where it stopped (i itself when the next eight bytes are
 * not all ASCII, or fewer than eight are left). */
static size_t tally_ascii(tally *t, folding *f, const char *s, size_t i, size_t n)
{
    if (!MASKS_IN_ORDER)
        return i;
    byte_masks m = {0, 0, 0, 0, 0};
    uint64_t x;
    while (m.n < 64 && i + 8 <= n) {
        memcpy(&x, s + i, sizeof x);
        if (x & BYTES_OF(0x80))
            break;
        mask_word(&m, x, f, i);
        i += 8;
    }
    if (m.n)
        tally_masks(t, &m);
    return i;
}

/* A block's characters, words, sentence end, title case and folded hash. */
static void measure(pith_tpage *page, pith_tblock *blk)
{
    const char *s = page->text + blk->off;
    size_t n = blk->len;
    tally t = {0};
    folding f = {PITH_FNV1A_64_BASIS, 0};
    for (size_t i = 0; i < n;) {
        size_t j = tally_ascii(&t, &f, s, i, n);
        if (j > i) {
            i = j;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (is_ascii_letter(c)) { /* most bytes: a run of letters at a time */
            size_t e = i + 1;
            while (e < n && is_ascii_letter((unsigned char)s[e]))
                e++;
            tally_letters(&t, (uint32_t)(e - i), MEASURE_ASCII[c] & MEASURE_CAPITAL);
            i = e;
            continue;
        }
        if (c < 0x80) { /* no decoding, no CJK */
            tally_char(&t, MEASURE_ASCII[c], false);
            i++;
            continue;
        }
        unsigned kind;
        size_t known = known_kind_at(s, i, n, &kind);
        if (known) {
            tally_char(&t, kind, false);
            t.chars += (uint32_t)known - 1; /* its bytes: one counted */
            i += known;
            continue;
        }
        size_t at = i;
        uint32_t cp = next_cp(s, n, &i);
        tally_char(&t, kind_beyond_ascii(cp), is_cjk(cp));
        t.chars += (uint32_t)(i - at) - 1; /* its bytes: one counted */
    }
    blk->chars = t.chars;
    blk->words = t.words;
    blk->sentence_end = sentence_end(s, n);
    blk->title_case = t.long_words >= 3 && t.capitalised * 4 >= t.long_words * 3;
    blk->hash = fold_hash_from(f.hash, s, f.done, n);
}

/* ------------------------------------------------------------ outdents */

/* Text browsers indent a page's paragraphs and leave its headings at the
 * margin (lynx: three columns).  Where the long paragraphs share an indent,
 * a short line further left that is no sentence is a heading. */
static void outdented_headings(pith_tpage *page)
{
    uint32_t counts[OUTDENT_MAX_INDENT + 1];
    memset(counts, 0, sizeof counts);
    uint32_t paragraphs = 0;
    for (uint32_t i = 0; i < page->n; i++) {
        const pith_tblock *blk = &page->b[i];
        if (blk->kind == PITH_TB_PARAGRAPH && blk->chars >= OUTDENT_PARAGRAPH_CHARS &&
            blk->indent <= OUTDENT_MAX_INDENT) {
            counts[blk->indent]++;
            paragraphs++;
        }
    }
    uint16_t indent = 0;
    for (uint16_t k = 1; k <= OUTDENT_MAX_INDENT; k++)
        if (counts[k] > counts[indent])
            indent = k;
    if (indent < 2 || counts[indent] * 3 < paragraphs * 2)
        return;
    for (uint32_t i = 0; i < page->n; i++) {
        pith_tblock *blk = &page->b[i];
        if (blk->kind == PITH_TB_PARAGRAPH && blk->indent + 1 < indent && !blk->sentence_end &&
            blk->words > 0 && blk->words <= OUTDENT_HEADING_WORDS &&
            !memchr(page->text + blk->off, '\n', blk->len)) {
            blk->kind = PITH_TB_HEADING;
            blk->level = 2;
            blk->marked = true;
        }
    }
}

/* ------------------------------------------------------------ references */

static bool line_starts(const char *s, const tline *l, const char *word)
{
    size_t k = strlen(word);
    return l->end - l->start >= k && memcmp(s + l->start, word, k) == 0;
}

static bool line_is(const char *s, const tline *l, const char *word)
{
    return l->end - l->start == strlen(word) && line_starts(s, l, word);
}

/* Does the item's text open with an address: a scheme, ':' and more
 * ("https://...", "file:///feed", "android-app://...")?  A bibliography's
 * item does not ("Doe J, Roe R. ...: 247-53."). */
static bool opens_with_address(const char *s, const tline *l, uint32_t skip)
{
    const char *p = s + l->start + skip;
    size_t n = l->end - l->start - skip;
    const char *colon = memchr(p, ':', n);
    if (!colon || colon + 1 == p + n)
        return false;
    /* the scheme stops at the colon at the latest, inside the line */
    size_t scheme = pith_url_scheme_len(p);
    return scheme > 0 && p + scheme == colon && !is_blank_byte(colon[1]);
}

/* lynx -dump ends with the list of the page's link targets: a line
 * "References", then "Visible links:" or "Hidden links:", or the first
 * target, "1. " and an address.  The index of that line, or n. */
static uint32_t link_list_line(const char *s, const tline *lines, uint32_t n)
{
    for (uint32_t i = n; i-- > 1;) {
        const tline *l = &lines[i - 1], *next = &lines[i];
        if (!line_is(s, l, "References"))
            continue;
        line_mark m = read_mark(s, next);
        if (line_starts(s, next, "Visible links") || line_starts(s, next, "Hidden links") ||
            (m.kind == MARK_NUMBER && m.number == 1 && opens_with_address(s, next, m.skip)))
            return i - 1;
    }
    return n;
}

/* The first block on or after the line (page->n when there is none). */
static uint32_t block_from_line(const pith_tpage *page, uint32_t number)
{
    uint32_t i = 0;
    while (i < page->n && page->b[i].line < number)
        i++;
    return i;
}

static bool text_is(const pith_tpage *page, const pith_tblock *blk, const char *word)
{
    return blk->len == strlen(word) && memcmp(page->text + blk->off, word, blk->len) == 0;
}

/* The page's own list of works cited at its end: "References" over a
 * numbered item that cites ("1. Doe J, Roe R. ...: 247-53."), no part of
 * the article's text.  The index of its first block, or page->n. */
static uint32_t find_bibliography(const pith_tpage *page)
{
    for (uint32_t i = page->n; i-- > 1;) {
        const pith_tblock *blk = &page->b[i - 1], *next = &page->b[i];
        if (text_is(page, blk, "References") && next->kind == PITH_TB_ITEM && next->number > 0 &&
            memchr(page->text + next->off, ':', next->len))
            return i - 1;
    }
    return page->n;
}

/* ------------------------------------------------------------ underlines */

/* What a run of non-blank bytes holds: words joined by "_" ("Dow_Jones"),
 * a capitalised word after a "_", or the marks of an address or a file's
 * name ("/", "@", "=", a dot before a letter), whose "_" are the name's. */
typedef struct underscore_run {
    bool joined, capital_after, punctuated, address;
} underscore_run;

static void read_run_byte(underscore_run *r, const char *s, size_t i, size_t end)
{
    char c = s[i];
    bool next_word = i + 1 < end && s[i + 1] != '_' && !is_blank_byte(s[i + 1]);
    if (c == '_' && i > 0 && s[i - 1] != '_' && !is_blank_byte(s[i - 1]) && next_word) {
        r->joined = true;
        r->capital_after = r->capital_after ||
                           (i + 2 < end && pith_ascii_is_upper(s[i + 1]) &&
                            s[i + 2] >= 'a' && s[i + 2] <= 'z');
        r->punctuated = r->punctuated || ends_words(s[i - 1]) || s[i + 1] == '(' ||
                        s[i + 1] == '\'' || s[i + 1] == '"';
    } else if (c == '/' || c == '@' || c == '=' ||
               (c == '.' && i + 1 < end && pith_ascii_is_alpha(s[i + 1]))) {
        r->address = true;
    }
}

/* Whether s[0..len) holds at least `least` bytes "_" (memchr's pace: on
 * most pages it finds none or a few). */
static bool holds_underscores(const char *s, size_t len, uint64_t least)
{
    uint64_t found = 0;
    for (const char *p = s; found < least && (p = memchr(p, '_', len - (size_t)(p - s))); p++)
        found++;
    return found >= least;
}

/* Whether the page is html2text's, whose underlined links are drawn with
 * "_" for their spaces: many runs of words joined so, some of them names
 * ("Dow_Jones_Newswires"), one by punctuation, none an address or a file.
 * Each run counted holds a "_" of its own: a page with fewer "_" than the
 * runs it needs is not read byte by byte. */
static bool links_underlined(const char *s, size_t len, uint32_t lines)
{
    uint64_t least = ((uint64_t)lines + UNDERLINED_RUNS_PER_LINES - 1) / UNDERLINED_RUNS_PER_LINES;
    if (least < UNDERLINED_MIN_NAMES)
        least = UNDERLINED_MIN_NAMES; /* names are runs too */
    if (!holds_underscores(s, len, least))
        return false;
    uint32_t runs = 0, names = 0, punctuated = 0;
    underscore_run r = {false, false, false, false};
    for (size_t i = 0; i <= len; i++) {
        if (i == len || is_blank_byte(s[i]) || s[i] == '\n') {
            runs += r.joined && !r.address;
            names += r.joined && !r.address && r.capital_after;
            punctuated += r.joined && !r.address && r.punctuated;
            r = (underscore_run){false, false, false, false};
        } else if (s[i] == '_' || s[i] == '/' || s[i] == '@' || s[i] == '=' || s[i] == '.') {
            read_run_byte(&r, s, i, len);
        }
    }
    return names >= UNDERLINED_MIN_NAMES && punctuated >= UNDERLINED_MIN_PUNCTUATED &&
           (uint64_t)runs * UNDERLINED_RUNS_PER_LINES >= lines;
}

/* A copy of the text whose underlines are spaces again: a "_" between two
 * other bytes of a run (the lines' measures do not change). */
static const char *underlines_as_spaces(pith_arena *arena, const char *s, size_t len)
{
    char *t = pith_arena_alloc(arena, len ? len : 1);
    if (!t)
        return NULL;
    memcpy(t, s, len);
    for (size_t i = 1; i + 1 < len; i++) {
        if (s[i] == '_' && s[i - 1] != '_' && !is_blank_byte(s[i - 1]) && s[i - 1] != '\n' &&
            s[i + 1] != '_' && !is_blank_byte(s[i + 1]) && s[i + 1] != '\n')
            t[i] = ' ';
    }
    return t;
}

/* ------------------------------------------------------------ the page */

bool pith_tpage_read(pith_tpage *page, pith_arena *arena, const char *text, size_t len)
{
    memset(page, 0, sizeof *page);
    pthread_once(&kinds_once, make_kinds); /* measure's table */
    bool failed = false;
    tline *lines = NULL;
    uint32_t n = split_lines(arena, text, len, &lines, &failed);
    if (failed)
        return false;
    page->b = pith_arena_alloc(arena, (n ? n : 1) * sizeof *page->b);
    /* blocks never hold more than the lines' bytes, plus a NUL each */
    page->text = pith_arena_alloc(arena, len + n + 1);
    if (!page->b || !page->text)
        return false;
    if (links_underlined(text, len, n)) {
        text = underlines_as_spaces(arena, text, len);
        if (!text)
            return false;
    }
    /* lynx's list of link targets was not wrapped: its addresses would
     * read as long lines that could have been */
    uint32_t link_list = link_list_line(text, lines, n);
    page->wrap = wrap_width(text, lines, n, link_list);
    uint32_t blank_parted = 0;
    for (uint32_t i = 1; i < n; i++)
        blank_parted += lines[i].blank_before;
    page->one_line_blocks = n > 1 && blank_parted * 10 < n;

    builder b = {page, text, page->text, 0, NULL, 0, NULL, 0};
    build_blocks(&b, lines, n);
    pith_budget *budget = pith_budget_current(); /* timeout_ms holds within the page */
    uint32_t kept = 0;
    for (uint32_t i = 0; i < page->n; i++) {
        if (!pith_budget_ok(budget))
            return false;
        pith_tblock *blk = &page->b[i];
        if (blk->kind == PITH_TB_PARAGRAPH)
            star_heading(page, blk); /* before the Markdown "**" goes */
        clean_inline(page, blk);
        if (blk->len == 0 && blk->kind != PITH_TB_RULE)
            continue; /* only marks: "[ ]", "*" */
        measure(page, blk);
        blk->twin = kept;
        page->b[kept++] = *blk;
    }
    page->n = kept;
    page->total = (uint32_t)b.out_len;
    outdented_headings(page);
    page->references = link_list < n ? block_from_line(page, lines[link_list].number)
                                     : find_bibliography(page);
    return true;
}

