/*
 * judge.h — which blocks of a text page are the article (judge.c), and
 * which lines give its metadata (headline.c).
 */
#ifndef PITH_TEXT_JUDGE_H
#define PITH_TEXT_JUDGE_H

#include "meta/found.h"
#include "text/page.h"

/* Judge every block of the page: its role (kept, removed with a rule).
 * The article's run of blocks goes to [*first, *last] (*first is page->n
 * when the page has none).  Returns false when memory ran out or the
 * call's time (timeout_ms) is up. */
bool pith_text_judge(pith_tpage *page, pith_arena *arena, uint32_t *first, uint32_t *last);

/* Prose: a block the paragraph classifier finds good, or nearly good and
 * ending as a sentence does. */
bool pith_text_sentence_prose(const pith_tblock *blk);

/* A line that can belong to a menu: short, no sentence, not removed; and
 * whether a run of `run` such lines, of `words` words in all, reads as a
 * menu. */
bool pith_text_menu_line(const pith_tblock *blk);
bool pith_text_menu_like(uint32_t run, uint32_t words);

/* Whether block i is a line that is a date or a time and little else
 * ("14:10", "March 17, 2016", "Posted 12 March 2024, 08:14").  The answer
 * is kept on the block's twin (a block's text does not change once
 * read). */
bool pith_text_date_line(pith_tpage *page, uint32_t i);

/* Find the headline, the byline and the date lines around the article's
 * start (first), and an author box after it; give those blocks their role
 * and record what they say in f. */
void pith_text_headline(pith_tpage *page, uint32_t first, uint32_t last, pith_mfound *f);

#endif
