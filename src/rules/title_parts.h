/*
 * title_parts.h — parts of a <title> that a site's software writes,
 * not the page's author (see title_parts.c): the part that says what
 * kind of page it is ("View topic"), the call to action a shop or a
 * service sets after its page's name ("Start for Free"); and the first
 * step of a breadcrumb trail ("Home"); and the kind of items a list
 * page lists ("Posts"), and the word it counts them with ("158 items").
 */
#ifndef PITH_TITLE_PARTS_H
#define PITH_TITLE_PARTS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_title_part {
    const char *part;   /* the whole part, as written (ASCII letters fold) */
    const char *reason; /* whose software writes it, and in which language */
} pith_title_part;

/* The parts a forum writes between the board's name and the topic's,
 * ended by an entry whose part is NULL. */
extern const pith_title_part pith_page_kind_parts[];

/* Is the text (n bytes) one of pith_page_kind_parts, whole? */
bool pith_rules_is_page_kind_part(const char *text, size_t n);

/* The calls to action a <title> ends with, ended by an entry whose part
 * is NULL. */
extern const pith_title_part pith_call_to_action_parts[];

/* Is the text (n bytes) one of pith_call_to_action_parts, whole (a
 * closing '!' or '*' aside)? */
bool pith_rules_is_call_to_action_part(const char *text, size_t n);

/* The first steps of a breadcrumb trail, ended by an entry whose part is
 * NULL. */
extern const pith_title_part pith_trail_start_parts[];

/* Is the text (n bytes) one of pith_trail_start_parts, whole ("Home",
 * "Forums")? */
bool pith_rules_is_trail_start(const char *text, size_t n);

/* The kinds of item a site's list page lists, as its heading names them,
 * ended by an entry whose part is NULL. */
extern const pith_title_part pith_list_kind_parts[];

/* Is the text (n bytes) one of pith_list_kind_parts, whole ("Posts",
 * "jobs")? */
bool pith_rules_is_list_kind(const char *text, size_t n);

/* The plurals a list's count of items is written with in its title
 * ("(158 items)"), ended by an entry whose part is NULL. */
extern const pith_title_part pith_item_count_words[];

/* Is the text (n bytes) one of pith_item_count_words, whole? */
bool pith_rules_is_item_count_word(const char *text, size_t n);

#endif
