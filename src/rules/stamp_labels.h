/*
 * stamp_labels.h — the words a question-and-answer site writes before the
 * question's date ("asked Mar 9, 2013") and before a poster's join date
 * ("Joined:"), as data (see stamp_labels.c).
 */
#ifndef PITH_STAMP_LABELS_H
#define PITH_STAMP_LABELS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_stamp_label {
    const char *word;   /* the word, as written (ASCII letters fold) */
    const char *reason; /* whose software writes it, in which language */
} pith_stamp_label;

/* The question's stamps, ended by an entry whose word is NULL. */
extern const pith_stamp_label pith_question_stamps[];

/* Does the text (n bytes) open with one of pith_question_stamps, a space
 * or a colon after it ("asked Mar 9, 2013 at 17:41")? */
bool pith_rules_opens_with_question_stamp(const char *text, size_t n);

/* The labels of a poster's join date, ended by an entry whose word is
 * NULL. */
extern const pith_stamp_label pith_profile_stamps[];

/* Does the text (n bytes) open with one of pith_profile_stamps, a space
 * or a colon after it ("Joined: Tue Oct 17, 2017 6:52 pm")? */
bool pith_rules_opens_with_profile_stamp(const char *text, size_t n);

#endif
