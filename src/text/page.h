/*
 * page.h — a text page as blocks: what page.c reads from the lines, and
 * what judge.c, headline.c and tree.c decide about each block.
 */
#ifndef PITH_TEXT_PAGE_H
#define PITH_TEXT_PAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rules/rules.h"
#include "util/arena.h"

typedef enum pith_tkind {
    PITH_TB_PARAGRAPH = 0,
    PITH_TB_HEADING,  /* level 1..6 */
    PITH_TB_ITEM,     /* a list item: level is its depth, number its number */
    PITH_TB_QUOTE,    /* "> " lines */
    PITH_TB_RULE      /* a separator line: "-----", "* * *" */
} pith_tkind;

/* What a block is to the article, once judged. */
typedef enum pith_trole {
    PITH_TR_UNJUDGED = 0,
    PITH_TR_KEPT,     /* article text */
    PITH_TR_REMOVED,  /* boilerplate: rule says why */
    PITH_TR_TITLE,    /* the headline: the title, not article text */
    PITH_TR_BYLINE,   /* a byline: the author, not article text */
    PITH_TR_DATE      /* a date line: the date, not article text */
} pith_trole;

/* pith_tblock.asked: answers about a block's text, kept once asked
 * (judge.c and kind.c ask them of the same blocks, and of blocks with the
 * same text; headline.c's loops ask of the same lines). */
enum {
    PITH_ASKED_DATE_LINE = 1, PITH_IS_DATE_LINE = 2, /* pith_text_date_line */
    PITH_ASKED_CAPTION = 4, PITH_IS_CAPTION = 8,     /* judge.c's caption */
    PITH_ASKED_DATED = 16, PITH_IS_DATED = 32,       /* pith_tblock_dated */
    PITH_ASKED_NAMES = 64, PITH_IS_NAMES = 128       /* headline.c's name lines */
};

typedef struct pith_tblock {
    uint32_t off, len;      /* its text in page->text: white space collapsed,
                               markers gone, wrapped lines joined */
    uint32_t line;          /* its first line (from 1) */
    uint16_t indent;        /* columns before its first line's text */
    uint8_t kind;           /* pith_tkind */
    uint8_t level;          /* heading level; item depth (0 = outermost) */
    int32_t number;         /* an ordered item's number; -1 for a bullet */
    bool chunk_start;       /* a blank line (or the page's start) before it */
    bool marked;            /* its kind was written ("# ", "* ", underline),
                               not guessed */
    bool sentence_end;      /* ends like a sentence (. ! ? …) */
    bool title_case;        /* its long words capitalised, as headlines write */
    uint16_t links;         /* link markers taken out of it ("[12]" of lynx) */
    uint32_t link_chars;    /* non-space bytes of link text (Markdown links) */
    uint32_t chars;         /* non-space bytes */
    uint32_t words;
    uint64_t hash;          /* of its text folded, for the batch's line set */

    /* The judgement. */
    uint8_t cls;            /* pith_unit_class: the paragraph classifier's */
    float stop_density;     /* its share of stop words of the page's language */
    uint8_t role;           /* pith_trole */
    uint8_t phrase;         /* pith_category of a phrase rule, or NONE */
    bool repeated;          /* other documents of the batch hold it */
    bool held_elsewhere;    /* another document of the batch holds it */
    bool comment_header;    /* the line over a reader's comment */
    bool about_box;         /* "About Jane Doe" over her biography (judge.c) */
    bool stamp;             /* a line that is only a date or a time, one of
                               several: the stamp over an item of a feed */
    uint32_t twin;          /* the first block of the page with the same
                               text: itself when none is before it (read),
                               an earlier one once judged (judge.c) */
    uint8_t asked;          /* PITH_ASKED_... and their answers, on the twin */
    const char *rule;       /* why it was removed */
} pith_tblock;

typedef struct pith_tpage {
    pith_tblock *b;
    uint32_t n;
    char *text;             /* the blocks' texts, each NUL-terminated */
    uint32_t total;         /* bytes of text (the blocks' offsets run to it) */
    uint32_t wrap;          /* the width lines were wrapped at, 0 if not */
    bool one_line_blocks;   /* no blank lines part the blocks */
    uint32_t references;    /* the first block of lynx's list of link
                               targets ("References") or, when there is
                               none, of the page's own bibliography at
                               its end; n when none */
    struct pith_lineset *lines; /* the batch's set (text.c), which remembers
                               the phrase rules' verdicts for the batch's
                               other documents (judge.c); NULL: none */
    const uint32_t *same;   /* judge.c: for each block, the first block of
                               the page with its folded text (its hash) */
    int lang;               /* the stop-word language the classifier chose */
    bool lang_clear;        /* and its stop words are dense and far ahead of
                               any other language's: the page is in it */
    uint8_t type;           /* pith_pagetype: what kind of page (kind.c) */
    bool type_given;        /* the caller named the type (pith_options) */
    const char *type_reason; /* the evidence for it (static) */
} pith_tpage;

/* Read len bytes of UTF-8 text into blocks (memory from arena).  Returns
 * false when memory ran out or the call's time (timeout_ms) is up. */
bool pith_tpage_read(pith_tpage *page, pith_arena *arena, const char *text, size_t len);

/* The text of block i. */
static inline const char *pith_tblock_text(const pith_tpage *page, uint32_t i)
{
    return page->text + page->b[i].off;
}

/* The folded hash of a block's text, as the line set counts it: ASCII
 * letters in lower case, digits as '0' (a footer's year, a date in a
 * header), white space as it is. */
uint64_t pith_tblock_fold_hash(const char *s, size_t n);

/* The answer to a question about block i's text (asked: its PITH_ASKED_
 * bit, is: the bit of its answer), kept on the block's twin: answer runs
 * once per text of the page. */
static inline bool pith_tblock_kept_answer(pith_tpage *page, uint32_t i, uint8_t asked,
                                           uint8_t is, bool (*answer)(pith_tpage *, uint32_t))
{
    pith_tblock *twin = &page->b[page->b[i].twin];
    if (!(twin->asked & asked)) {
        bool yes = answer(page, i); /* first: it may keep answers of its own on twin */
        twin->asked |= asked | (yes ? is : 0);
    }
    return twin->asked & is;
}

/* Does block i's text hold a date ("By Jane Doe - Updated Sep 9, 2025",
 * "14 March 2016")?  pith_date_parse's answer, kept on the block's twin:
 * judge.c's date lines and headline.c's dated lines ask it of the same
 * lines. */
bool pith_tblock_dated(pith_tpage *page, uint32_t i);

#endif
