/*
 * poster_names.c — data: the parts of a class name with which forum
 * software marks a poster's user name, beside each post and in a poster's
 * card.  The clean stage keeps such a card's name (clean/clean.c); the
 * forum stage reads it as the post's poster (content/forum.c).  A part
 * may sit inside a longer class ("username_container", "post-user-name").
 */
#include "rules/poster_names.h"

#include <string.h>

const pith_poster_name pith_poster_names[] = {
    {"username", "phpBB, vBulletin, MyBB and most themes: the user name's element"},
    {"user-name", "the same written with a hyphen (hashed or BEM class names)"},
    {"userName", "the same in camel case (script-built forums)"},
    {"Username", "the same capitalised (Invision's author pane)"},
    {NULL, NULL},
};

bool pith_rules_class_names_a_user(const char *cls)
{
    if (!cls)
        return false;
    for (const pith_poster_name *p = pith_poster_names; p->part; p++)
        if (strstr(cls, p->part))
            return true;
    return false;
}
