/*
 * quote_labels.c — data: the label forum software writes over a quote.
 *
 * A reply that quotes another post shows the quoted words in a box, and
 * forum software heads the box with one word, the same over every quote
 * of the thread: vBulletin 3's "Quote:" above its panel, Invision's
 * "Quote" citation, UBB's "quote:" title.  The word names the box, not
 * what the poster wrote; the content stage (content/forum.c) drops it
 * where it heads a quote in a post, and only there: the same word is each
 * post's reply button, which goes or stays by the rules of buttons, and
 * in a scraper's text it may mark where a post starts.  Each entry is the
 * word in one language, lower case.
 */
#include "quote_labels.h"

#include "util/ascii.h"

const pith_quote_label pith_quote_labels[] = {
    {"quote", "English"},
    {"zitat", "German"},
    {"citation", "French"},
    {"cita", "Spanish"},
    {"citazione", "Italian"},
    {"cita\xc3\xa7\xc3\xa3o", "Portuguese"},
    {"citaat", "Dutch"},
    {"cytat", "Polish"},
    {"\xd1\x86\xd0\xb8\xd1\x82\xd0\xb0\xd1\x82\xd0\xb0", "Russian"},
    {"\xd0\xa6\xd0\xb8\xd1\x82\xd0\xb0\xd1\x82\xd0\xb0", "Russian, capitalised (no ASCII fold)"},
    {"citat", "Swedish, Danish, Norwegian, Romanian, Czech"},
    {"lainaus", "Finnish"},
    {"id\xc3\xa9zet", "Hungarian"},
    {"al\xc4\xb1nt\xc4\xb1", "Turkish"},
    {"\xe5\xbc\x95\xe7\x94\xa8", "Japanese and Chinese"},
    {"\xec\x9d\xb8\xec\x9a\xa9", "Korean"},
    {NULL, NULL},
};

bool pith_rules_is_quote_label(const char *text, size_t n)
{
    size_t from = 0;
    while (from < n && pith_ascii_is_space(text[from]))
        from++;
    while (n > from && (pith_ascii_is_space(text[n - 1]) || text[n - 1] == ':'))
        n--;
    for (const pith_quote_label *q = pith_quote_labels; n > from && q->label; q++)
        if (pith_ascii_ieq_n(text + from, n - from, q->label))
            return true;
    return false;
}
