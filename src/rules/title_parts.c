/*
 * title_parts.c — data: parts of a <title> written by a site's software.
 *
 * A forum's software builds each topic's <title> from a template, and
 * phpBB's puts a part between the board's name and the topic's: "Board
 * • View topic - Topic".  The part says what kind of page it is, not
 * what the page says; meta/title.c cuts everything up to it as the
 * site's and keeps the topic.  Each entry is the part as a language pack
 * words it; a part must be the whole of one of the title's parts to
 * count, so a topic that merely contains the words keeps them.
 */
#include "title_parts.h"

#include "util/ascii.h"

const pith_title_part pith_page_kind_parts[] = {
    {"View topic", "phpBB, English"},
    {"Thema anzeigen", "phpBB, German"},
    {"Voir le sujet", "phpBB, French"},
    {"Ver tema", "phpBB, Spanish"},
    {"Visualizza argomento", "phpBB, Italian"},
    {"Bekijk onderwerp", "phpBB, Dutch"},
    {"Ver t\xC3\xB3pico", "phpBB, Portuguese"},
    {"Zobacz w\xC4\x85tek", "phpBB, Polish"},
    {NULL, NULL},
};

bool pith_rules_is_page_kind_part(const char *text, size_t n)
{
    for (const pith_title_part *p = pith_page_kind_parts; p->part; p++)
        if (pith_ascii_ieq_n(text, n, p->part))
            return true;
    return false;
}
