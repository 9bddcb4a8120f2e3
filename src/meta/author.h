/*
 * author.h — turning what pages write about their authors into names.
 *
 * A raw author string may be a visible byline ("By Jane Doe and John Roe,
 * Senior Reporters | Updated 3 hours ago"), a <meta> value, or a JSON-LD
 * name.  The cleaner:
 *   - drops e-mail addresses, URLs and social handles (@jane);
 *   - drops the words that introduce a byline ("By", "Written by", "Von",
 *     "Par", "Por", "Di", "Door", "Av", "Автор:" ...) and cuts at the words
 *     that end it ("Updated", "on", "am", "le" ...) and at digits;
 *   - splits several authors ("and", "&", "und", "et", "y", ",", ";", "|");
 *   - drops job titles ("Senior Reporter", "Redakteurin"), parenthesised
 *     notes, and news agencies when a person is named beside them;
 *   - recases names written in capitals ("JANE DOE" -> "Jane Doe");
 *   - keeps each name once.
 * The word lists are data, in author_words.c.
 */
#ifndef PITH_META_AUTHOR_H
#define PITH_META_AUTHOR_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

#define PITH_AUTHORS_MAX 16
#define PITH_BYLINE_LABEL_READ 32 /* bytes of a byline read for its opening word */

typedef struct pith_authors {
    pith_buf text;                    /* the names, each NUL-terminated */
    size_t start[PITH_AUTHORS_MAX];   /* offset of each name in text */
    size_t n;
} pith_authors;

void pith_authors_init(pith_authors *a);
void pith_authors_free(pith_authors *a);

/* Clean one raw author string (n bytes, UTF-8) and add the names it holds
 * that are not already in the list.  Returns the number of names the
 * string held, counting those already present. */
size_t pith_authors_add(pith_authors *a, const char *raw, size_t n);

/* Non-space bytes of the names a text (n bytes) holds that are not
 * written in lower case: how much of a byline ("By Jane Doe | Nov 3") is
 * names, and how little of a clause ("By taking the top off the bread"). */
size_t pith_authors_named_chars(const char *s, size_t n);

/* Add a name as it is (white space collapsed), for the organisations a
 * page declares as such: their names are not cleaned like a person's. */
void pith_authors_add_exact(pith_authors *a, const char *name, size_t n);

/* True when a raw author value (n bytes) is only a desk's credit ("Our
 * Foreign Staff", "News Desk"), which the cleaner drops as no name. */
bool pith_author_desk_credit(const char *raw, size_t n);

/* The desk's credit a byline (n bytes) shows and nothing else ("By The
 * Ledger editors", "| Newsdesk |"), without the byline word and the bars
 * around it, appended to out; false when it shows none. */
bool pith_author_shown_desk(const char *raw, size_t n, pith_buf *out);

/* Where a bio opens after the name in s[0..n) ("Jane Doe is a senior
 * reporter who ..."): the offset of " is a ", " writes ", ...; n when none. */
size_t pith_author_bio_start(const char *s, size_t n);

/* True when a raw author value (n bytes) credits the site's makers by
 * their roles ("content: Acme, design: Jane Doe, code: John Roe"): a
 * colophon, not the article's author. */
bool pith_author_colophon(const char *raw, size_t n);

/* True when a raw author value (n bytes) names an organisation by one of
 * its words ("Organization for Shared Creative Works", "Acme Inc."). */
bool pith_author_org_credit(const char *raw, size_t n);

/* True when a name (n bytes) reads as a person's, not an organisation's:
 * two or three capitalised words, the first a frequent given name
 * (rules/given_names.c), none a word of an organisation's ("Nora Whitlock",
 * not "Laughing Otter" nor "Nora Whitlock Consulting"). */
bool pith_author_is_person_name(const char *s, size_t n);

/* True when a line (n bytes) may be a line of people's names as written
 * with no label beside a date: each word in lower case a name's particle
 * or a joiner between names ("Jane Doe and John Roe", "Ana de Souza"),
 * so no phrase ("Table of content", "College of Behavioral, Social and
 * Health Sciences"), and, before a comma, a name of two words at least
 * ("Jane Doe, MD"), not a list of places or topics ("Sicily, Italy",
 * "E-Commerce, SEO"). */
bool pith_author_line_of_names(const char *s, size_t n);

/* True when a piece of byline text ends (at_end) or starts (!at_end) with
 * a comma or a joiner: "Steven Lee Myers, Keith Bradsher y" before a
 * name, ", Keith Bradsher" after one.  The name beside it is then a
 * co-author of the names in the piece. */
bool pith_author_joins(const char *s, size_t n, bool at_end);

/* The i-th name. */
const char *pith_authors_get(const pith_authors *a, size_t i);

/* Append the names to out, joined by "; ". */
void pith_authors_join(const pith_authors *a, pith_buf *out);

/* Word lists (author_words.c).  Each takes a lower-case word or phrase. */
bool pith_author_is_prefix(const char *s, size_t n);     /* "by", "written by" */
/* Length of the byline prefix that starts s ("by", "written by:", "文/"),
 * 0 when there is none. */
size_t pith_author_prefix_len(const char *s, size_t n);
/* Length (3) of a bar that parts a label from its value in Chinese
 * ("作者︱春春") at the start of s, 0 when there is none. */
size_t pith_author_cjk_bar_len(const char *s, size_t n);
/* Length of the label of another credit that starts s ("photos by",
 * "фото:"), 0 when there is none. */
size_t pith_author_credit_len(const char *s, size_t n);
/* Length of the label of an editor's credit that starts s ("editor",
 * "责任编辑"), 0 when there is none. */
size_t pith_author_editor_label_len(const char *s, size_t n);
/* A lower-case name holding a word of an organisation's ("foundation",
 * "inc"). */
bool pith_author_is_org_name(const char *s, size_t n);
/* Is word s[0..n) (any case) one that, after a person's name, names a thing
 * after the person ("Prize", "Award", "Memorial", "Syndrome")? */
bool pith_author_is_named_after_word(const char *s, size_t n);
/* A label that stands alone before the names, its whole text ("Written
 * by", "Author:"). */
bool pith_author_is_alone_label(const char *s, size_t n);
/* A forum thread's header label, its whole text in lower case ("thread
 * starter", "themenstarter"): it stands under the thread's title. */
bool pith_author_is_starter_label(const char *s, size_t n);
/* Whether a thread header's label opens s[0..n), ASCII case aside: what a
 * line needs before its label is read (most lines open with none). */
bool pith_author_opens_with_starter(const char *s, size_t n);
bool pith_author_is_place_word(const char *s, size_t n); /* "de", "aus" */
bool pith_author_is_stop_word(const char *s, size_t n);  /* "updated", "on" */
bool pith_author_is_weak_stop_word(const char *s, size_t n); /* "on", "le" */
bool pith_author_is_job_word(const char *s, size_t n);   /* "reporter" */
bool pith_author_is_role_noun(const char *s, size_t n);  /* "expert", "coordinator" */
/* A noun of a person's job, the last word of a role's line ("writer",
 * "founder", "expert"); not a beat ("health") nor a rank ("senior"). */
bool pith_author_is_job_title(const char *s, size_t n);
bool pith_author_is_agency(const char *s, size_t n);     /* "reuters" */
bool pith_author_is_junk(const char *s, size_t n);       /* "share", "admin" */
/* A shop's or a landing page's line where a byline would be: a call to
 * act ("visit the apple store") or one that holds a price ("billed
 * annually, or $15/mo"); s in lower case. */
bool pith_author_is_pitch(const char *s, size_t n);
bool pith_author_is_particle(const char *s, size_t n);   /* "von", "de", "of" */
/* A particle of a person's name, none of an organisation's ("von", "de";
 * not "of"). */
bool pith_author_is_name_particle(const char *s, size_t n);
bool pith_author_is_after_by(const char *s, size_t n);   /* "the", "default", "category" */
/* A desk's credit: a few words, the last a desk's ("our foreign staff",
 * "news desk", "staff") or the first "team" ("team quillmore"). */
bool pith_author_is_desk(const char *s, size_t n);
/* A line of text, as written, made only of words of a site's interface or
 * of a forum's ranks ("Search", "Platinum Partner", "Welcome"): no name. */
bool pith_author_is_interface_line(const char *s, size_t n);
/* The separators between several authors (" and ", " & "...), lower case,
 * spaces included; NULL-terminated. */
extern const char *const PITH_AUTHOR_JOINERS[];
/* Words that open a parenthesis naming co-authors ("Jane Doe (with John
 * Roe)", "(avec ...)"): its names are kept, not dropped as a note.
 * NULL-terminated, lower case. */
extern const char *const PITH_AUTHOR_COAUTHOR_OPENERS[];

#endif
