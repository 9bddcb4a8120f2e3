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
 *
 * A shop's or a service's <title> may end with a call to action after the
 * page's name ("Garden Planner Software - Start for Free",
 * "Linen Beach Towels | Free Shipping"): an offer to the reader, the
 * same on every page, never a word of what the page is.  meta/title.c
 * cuts it when it is a whole part, the last one; each entry is the phrase
 * as sites word it, in one language.
 *
 * A breadcrumb trail opens with the site's home or the forum's index
 * ("Home" / "Forums" / "Hand Tools" / "Planes"): in a page read as text,
 * each step a line, that first step tells a trail from a title over it
 * (text/headline.c, a forum thread's title over its trail and header).
 *
 * A page that lists a site's items (its posts, its issues, its job
 * offers) may have only the list's kind for a heading or a title part
 * ("Posts", "jobs | Example News"): a kind of item, the same on every
 * site, no page's name.  meta/meta.c names such a page by its site.  Each
 * entry is the plural a site's software heads its list with; not "News",
 * "Blog" or a topic ("Science"), which name a section a reader asks for
 * by that name.
 *
 * A list page's title may end with how many items the list holds, in
 * brackets ("Trail Shoes (158 items)"): a count that changes as the list
 * grows, not part of its name.  meta/meta.c drops it; each entry is the
 * plural a shop or a catalogue counts its items with.  Not units ("149 g")
 * nor "reviews" (a guide's "(2025 Reviews)" says the year it reviews).
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

const pith_title_part pith_call_to_action_parts[] = {
    {"Start for Free", "English: a service's offer to try it"},
    {"Start Free", "English: a service's offer to try it"},
    {"Try for Free", "English: a service's offer to try it"},
    {"Try it Free", "English: a service's offer to try it"},
    {"Try it for Free", "English: a service's offer to try it"},
    {"Get Started for Free", "English: a service's offer to try it"},
    {"Sign Up for Free", "English: a service's offer to join it"},
    {"Sign Up Free", "English: a service's offer to join it"},
    {"Start Your Free Trial", "English: a service's offer to try it"},
    {"Start a Free Trial", "English: a service's offer to try it"},
    {"Free Trial", "English: a service's offer to try it"},
    {"Free Shipping", "English: a shop's offer on every order"},
    {"Shop Now", "English: a shop's button"},
    {"Buy Now", "English: a shop's button"},
    {"Jetzt kostenlos testen", "German: a service's offer to try it"},
    {"Kostenlos testen", "German: a service's offer to try it"},
    {"Kostenloser Versand", "German: a shop's offer on every order"},
    {"Essai gratuit", "French: a service's offer to try it"},
    {"Essayez gratuitement", "French: a service's offer to try it"},
    {"Livraison gratuite", "French: a shop's offer on every order"},
    {"Prueba gratis", "Spanish: a service's offer to try it"},
    {"Env\xC3\xADo gratis", "Spanish: a shop's offer on every order"},
    {"Prova gratis", "Italian: a service's offer to try it"},
    {"Spedizione gratuita", "Italian: a shop's offer on every order"},
    {"Gratis proberen", "Dutch: a service's offer to try it"},
    {"Gratis verzending", "Dutch: a shop's offer on every order"},
    {"Frete gr\xC3\xA1tis", "Portuguese: a shop's offer on every order"},
    {NULL, NULL},
};

const pith_title_part pith_trail_start_parts[] = {
    {"Home", "English, and Italian and Dutch sites: the home page"},
    {"Homepage", "English: the home page"},
    {"Home page", "English: the home page"},
    {"Forums", "English, French: a forum's index"},
    {"Forum", "English, German, Italian, Polish: a forum's index"},
    {"Board index", "phpBB, English: a forum's index"},
    {"Startseite", "German: the home page"},
    {"Foren", "German: a forum's index"},
    {"Accueil", "French: the home page"},
    {"Inicio", "Spanish: the home page"},
    {"Foros", "Spanish: a forum's index"},
    {"In\xC3\xAD" "cio", "Portuguese: the home page"},
    {"F\xC3\xB3rum", "Portuguese: a forum's index"},
    {"F\xC3\xB3runs", "Portuguese: a forum's index"},
    {"Strona g\xC5\x82\xC3\xB3wna", "Polish: the home page"},
    {"\xD0\x93\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xBD\xD0\xB0\xD1\x8F", "Russian: the home page"},
    {"\xD0\xA4\xD0\xBE\xD1\x80\xD1\x83\xD0\xBC", "Russian: a forum's index"},
    {NULL, NULL},
};

const pith_title_part pith_list_kind_parts[] = {
    {"Posts", "English: a blog's list of posts"},
    {"All posts", "English: a blog's list of posts"},
    {"Latest posts", "English: a blog's list of posts"},
    {"Recent posts", "English: a blog's list of posts"},
    {"Issues", "English: a newsletter's or a tracker's list of issues"},
    {"Jobs", "English: a board's list of job offers"},
    {"Threads", "English: a forum's list of threads"},
    {"Beitr\xC3\xA4ge", "German: a blog's list of posts"},
    {"Alle Beitr\xC3\xA4ge", "German: a blog's list of posts"},
    {"Ausgaben", "German: a newsletter's list of issues"},
    {"Stellenangebote", "German: a board's list of job offers"},
    {"Tous les articles", "French: a blog's list of posts"},
    {"Offres d'emploi", "French: a board's list of job offers"},
    {"Entradas", "Spanish, Portuguese: a blog's list of posts"},
    {"Publicaciones", "Spanish: a blog's list of posts"},
    {"Ofertas de empleo", "Spanish: a board's list of job offers"},
    {"Tutti gli articoli", "Italian: a blog's list of posts"},
    {"Offerte di lavoro", "Italian: a board's list of job offers"},
    {"Berichten", "Dutch: a blog's list of posts"},
    {"Vacatures", "Dutch: a board's list of job offers"},
    {"Postagens", "Portuguese: a blog's list of posts"},
    {"Wpisy", "Polish: a blog's list of posts"},
    {"Oferty pracy", "Polish: a board's list of job offers"},
    {"\xD0\x97\xD0\xB0\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB8", "Russian: a blog's list of posts"},
    {"\xD0\x92\xD0\xB0\xD0\xBA\xD0\xB0\xD0\xBD\xD1\x81\xD0\xB8\xD0\xB8", "Russian: a board's list of job offers"},
    {NULL, NULL},
};

const pith_title_part pith_item_count_words[] = {
    {"items", "English: a shop's list"},
    {"products", "English: a shop's list"},
    {"results", "English: a search's list"},
    {"books", "English: a catalogue's list"},
    {"titles", "English: a catalogue's list"},
    {"listings", "English: a directory's list"},
    {"Artikel", "German: a shop's list"},
    {"Produkte", "German: a shop's list"},
    {"Ergebnisse", "German: a search's list"},
    {"produits", "French: a shop's list"},
    {"r\xC3\xA9sultats", "French: a search's list"},
    {"productos", "Spanish: a shop's list"},
    {"art\xC3\xAD" "culos", "Spanish: a shop's list"},
    {"resultados", "Spanish, Portuguese: a search's list"},
    {"prodotti", "Italian: a shop's list"},
    {"articoli", "Italian: a shop's list"},
    {"risultati", "Italian: a search's list"},
    {"producten", "Dutch: a shop's list"},
    {"artikelen", "Dutch: a shop's list"},
    {"resultaten", "Dutch: a search's list"},
    {"produtos", "Portuguese: a shop's list"},
    {"itens", "Portuguese: a shop's list"},
    {"produkt\xC3\xB3w", "Polish: a shop's list"},
    {NULL, NULL},
};

/* Is text (n bytes) one of the parts of table, whole? */
static bool one_of(const pith_title_part *table, const char *text, size_t n)
{
    for (const pith_title_part *p = table; p->part; p++)
        if (pith_ascii_ieq_n(text, n, p->part))
            return true;
    return false;
}

bool pith_rules_is_call_to_action_part(const char *text, size_t n)
{
    while (n > 0 && (text[n - 1] == '!' || text[n - 1] == '*' || text[n - 1] == ' '))
        n--;
    return one_of(pith_call_to_action_parts, text, n);
}

bool pith_rules_is_page_kind_part(const char *text, size_t n)
{
    return one_of(pith_page_kind_parts, text, n);
}

bool pith_rules_is_trail_start(const char *text, size_t n)
{
    return one_of(pith_trail_start_parts, text, n);
}

bool pith_rules_is_list_kind(const char *text, size_t n)
{
    return one_of(pith_list_kind_parts, text, n);
}

bool pith_rules_is_item_count_word(const char *text, size_t n)
{
    return one_of(pith_item_count_words, text, n);
}
