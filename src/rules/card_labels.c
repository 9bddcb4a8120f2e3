/*
 * card_labels.c — data: the labels a shop repeats on each card of a grid.
 *
 * A shop's card shows an item's name, its price, its colours; around them
 * it prints the same controls and badges on every card: a check box to
 * compare it, a button that opens it in a pop-up, a buy button drawn as a
 * link, a "Best seller" ribbon.  A reader skips them and the item says
 * nothing through them; the content stage (content/cards.c) drops a
 * card's line that is one of them, whole.  Only labels that name a control
 * or a ribbon are here: "New" and "Sold out" also title a shop's sections
 * and state an item's fact, and stay.  Each entry says what it is, in
 * English and in the other languages shops write it in.  A buy button drawn
 * as a link on every card is one too: its labels are the page-type stage's
 * (pith_buy_button_signals in pagetypes.c), one list for both.
 */
#include "card_labels.h"

#include "pagetypes.h"
#include "util/ascii.h"

#define COMPARE "a check box or link that adds the item to a comparison of items"
#define QUICK "a button that opens the item in a pop-up over the grid"
#define OPTIONS "a button to the item's page, to choose its size or colour"
#define RIBBON "a ribbon over the card's picture, the shop's praise of the item"
#define STOCK "a ribbon on the item's stock, the same on most cards"
#define SALE "a ribbon saying the item is discounted; its prices say by how much"

const pith_card_label pith_card_labels[] = {
    {"compare", COMPARE},
    {"add to compare", COMPARE},
    {"vergleichen", COMPARE},
    {"comparer", COMPARE},
    {"comparar", COMPARE},
    {"confronta", COMPARE},
    {"vergelijk", COMPARE},
    {"vergelijken", COMPARE},
    {"quick view", QUICK},
    {"quickview", QUICK},
    {"quick shop", QUICK},
    {"quick look", QUICK},
    {"schnellansicht", QUICK},
    {"aper\xc3\xa7u rapide", QUICK},
    {"vista r\xc3\xa1pida", QUICK},
    {"snel bekijken", QUICK},
    {"choose options", OPTIONS},
    {"select options", OPTIONS},
    {"best seller", RIBBON},
    {"top rated", RIBBON},
    {"new arrival", RIBBON},
    {"meilleure vente", RIBBON},
    {"m\xc3\xa1s vendido", RIBBON},
    {"mais vendido", RIBBON},
    {"in stock", STOCK},
    {"low stock", STOCK},
    {"sale", SALE},
    {"on sale", SALE},
    {NULL, NULL},
};

bool pith_rules_is_card_label(const char *text, size_t n)
{
    while (n > 0 && pith_ascii_is_space(text[0])) {
        text++;
        n--;
    }
    while (n > 0 && (pith_ascii_is_space(text[n - 1]) || text[n - 1] == '!' || text[n - 1] == ':'))
        n--;
    for (const pith_card_label *l = pith_card_labels; n > 0 && l->label; l++)
        if (pith_ascii_ieq_n(text, n, l->label))
            return true;
    return n > 0 && pith_type_signal_of(pith_buy_button_signals, text, n) != NULL;
}
