/*
 * stamp_labels.c — data: the words a question-and-answer site writes before
 * a post's date.
 *
 * A Q&A page stamps each post with its date under a word that tells what
 * the date is: the question's "asked Mar 9, 2013 at 17:41", beside
 * "edited Aug 3, 2021 at 08:15" for its last edit and "answered ..." for
 * each answer.  The question's stamp dates the page; the others are later
 * edits and replies.  text/headline.c reads the first line opening with one
 * of these words as the page's date, before any other date line.  Each
 * entry is the word as the software's language pack writes it.
 *
 * A forum writes each poster's join date beside the post ("Joined: Mon Jul
 * 24, 2017 9:28 am", "Member since 2010"): a date of the poster's profile,
 * never the page's; text/headline.c reads no page date from a line opening
 * with one of these labels.
 */
#include "stamp_labels.h"

#include <string.h>

#include "util/ascii.h"

const pith_stamp_label pith_question_stamps[] = {
    {"asked", "Stack Exchange, English: the question's date"},
    {"formulada", "Stack Exchange, Spanish ('formulada el 3 mar. 2016'): the question's date"},
    {"perguntada", "Stack Exchange, Portuguese: the question's date"},
    {"\xD0\xB7\xD0\xB0\xD0\xB4\xD0\xB0\xD0\xBD", "Stack Exchange, Russian ('задан'): the question's date"},
    {NULL, NULL},
};

const pith_stamp_label pith_profile_stamps[] = {
    {"joined", "English: a forum poster's join date (phpBB, XenForo)"},
    {"member since", "English: a poster's join date"},
    {"registered", "English: a poster's join date"},
    {"mitglied seit", "German: a poster's join date"},
    {"registriert", "German: a poster's join date"},
    {"membre depuis", "French: a poster's join date"},
    {"inscrit le", "French: a poster's join date"},
    {"miembro desde", "Spanish: a poster's join date"},
    {"registrado", "Spanish, Portuguese: a poster's join date"},
    {"membro desde", "Portuguese, Italian: a poster's join date"},
    {"iscritto", "Italian: a poster's join date"},
    {"lid sinds", "Dutch: a poster's join date"},
    {NULL, NULL},
};

/* Does text (n bytes) open with one of table's words, a space or a colon
 * after it? */
static bool opens_with_stamp(const pith_stamp_label *table, const char *text, size_t n)
{
    if (n == 0)
        return false;
    char first = pith_ascii_lower(text[0]); /* most lines open with no word's first letter */
    for (const pith_stamp_label *p = table; p->word; p++) {
        if (pith_ascii_lower(p->word[0]) != first)
            continue;
        size_t k = strlen(p->word);
        if (k < n && (text[k] == ' ' || text[k] == ':') && pith_ascii_ieqn(text, p->word, k))
            return true;
    }
    return false;
}

bool pith_rules_opens_with_question_stamp(const char *text, size_t n)
{
    return opens_with_stamp(pith_question_stamps, text, n);
}

bool pith_rules_opens_with_profile_stamp(const char *text, size_t n)
{
    return opens_with_stamp(pith_profile_stamps, text, n);
}
