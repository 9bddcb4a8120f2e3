/*
 * product_boxes.c — data: the words by which the clean stage knows a
 * product page's own boxes.
 *
 * A shop's product page sets beside the product's description a box that
 * sells it (its price again, the quantity, the delivery choices, the
 * button): what the shop asks, not what the page says, which the clean
 * stage drops; its class names it.  So do the other boxes a shop sets
 * aside from the product: its fine print, its hover text, its strips of
 * selling points, actions and delivery options.  It also tucks the
 * product's own facts (details, specifications, sizes, materials, care)
 * into drawers and pop-ups a reader opens, which the clean stage keeps
 * however they are hidden; their heading names them, in English, German,
 * French, Spanish, Italian, Dutch, Portuguese, Polish and Russian.
 */
#include "product_boxes.h"

#include <string.h>

#include "util/ascii.h"

#define BUY_BOX "the box that buys the product: price, quantity, delivery, the button"
#define BUY_BUTTON "the wrapper of the button that puts the product in the cart, and its options"

const pith_product_word pith_buy_box_classes[] = {
    {"buy-box", BUY_BOX},  /* "buy-box", "buyBox" (normalised), "product-buy-box" */
    {"buybox", BUY_BOX},   /* written as one word */
    {"add-to-cart", BUY_BUTTON},
    {NULL, NULL},
};

#define DETAILS "the product's details or information, as a drawer's title"
#define SPECS "the product's specifications or technical data"
#define SIZES "the product's sizes and measures, or the guide to choosing one"
#define MATERIAL "what the product is made of, and how to care for it"
#define REQUIREMENTS "a program's or a game's facts: what it needs to run"

const pith_product_word pith_facts_heading_words[] = {
    {"product details", DETAILS},
    {"product information", DETAILS},
    {"details and care", MATERIAL},
    {"specification", SPECS},
    {"specs", SPECS},
    {"technical data", SPECS},
    {"size guide", SIZES},
    {"size chart", SIZES},
    {"sizing", SIZES},
    {"dimension", SIZES},
    {"measurement", SIZES},
    {"material", MATERIAL},
    {"care instructions", MATERIAL},
    {"care guide", MATERIAL},
    {"produktdetails", DETAILS},
    {"produktinformationen", DETAILS},
    {"technische daten", SPECS},
    {"abmessungen", SIZES},
    {"maße", SIZES},
    {"größentabelle", SIZES},
    {"pflegehinweise", MATERIAL},
    {"détails du produit", DETAILS},
    {"caractéristique", SPECS},
    {"fiche technique", SPECS},
    {"guide des tailles", SIZES},
    {"matière", MATERIAL},
    {"conseils d'entretien", MATERIAL},
    {"detalles del producto", DETAILS},
    {"especificaciones", SPECS},
    {"características", SPECS},
    {"medidas", SIZES},
    {"guía de tallas", SIZES},
    {"materiales", MATERIAL},
    {"instrucciones de cuidado", MATERIAL},
    {"dettagli del prodotto", DETAILS},
    {"dettagli prodotto", DETAILS},
    {"specifiche", SPECS},
    {"caratteristiche", SPECS},
    {"dimensioni", SIZES},
    {"guida alle taglie", SIZES},
    {"materiali", MATERIAL},
    {"productinformatie", DETAILS},
    {"specificaties", SPECS},
    {"afmetingen", SIZES},
    {"maattabel", SIZES},
    {"materialen", MATERIAL},
    {"especificações", SPECS},
    {"detalhes do produto", DETAILS},
    {"szczegóły produktu", DETAILS},
    {"specyfikacja", SPECS},
    {"wymiary", SIZES},
    {"tabela rozmiarów", SIZES},
    /* Cyrillic is not folded: lower case and capitalised both */
    {"характеристики", SPECS},
    {"Характеристики", SPECS},
    {"размеры", SIZES},
    {"Размеры", SIZES},
    {"system requirements", REQUIREMENTS},
    {"systemanforderungen", REQUIREMENTS},
    {"configuration requise", REQUIREMENTS},
    {"requisitos del sistema", REQUIREMENTS},
    {"requisiti di sistema", REQUIREMENTS},
    {"systeemvereisten", REQUIREMENTS},
    {"requisitos do sistema", REQUIREMENTS},
    {"wymagania systemowe", REQUIREMENTS},
    {"системные требования", REQUIREMENTS},
    {"Системные требования", REQUIREMENTS},
    {NULL, NULL},
};

#define FINE_PRINT "the shop's fine print: an offer's terms, a claim's footnotes, financing rates"
#define HOVER "text shown on hover beside a word: what a spec's name means, a term's small print"
#define SELLING_POINTS "the shop's selling points strip: free delivery, easy returns, a code"
#define ACTIONS "a row of actions on the product: wishlist, share, compare, follow"
#define DELIVERY "the shop's delivery options: by when, for how much, where to collect"

const pith_product_word pith_fine_print_classes[] = {
    {"disclaimer", FINE_PRINT}, /* "pdp-disclaimer", "common-bottom-disclaimer__list-item" */
    {NULL, NULL},
};

const pith_product_word pith_hover_classes[] = {
    {"tooltip", HOVER},  /* "price-tooltip", "tooltip__content" */
    {"tool-tip", HOVER}, /* "tool-tip__content", a <tool-tip> element's class */
    {"popover", HOVER},  /* "a-popover" */
    {NULL, NULL},
};

const pith_product_word pith_shop_strip_classes[] = {
    {"usp", SELLING_POINTS}, /* "usp-bar", "product-usps": unique selling points */
    {"actions", ACTIONS},    /* "product-actions", "purchase-actions" */
    {"delivery", DELIVERY},  /* "delivery-options", "delivery-info" */
    {NULL, NULL},
};

/* Does norm hold one of the words anywhere? */
static bool names_any(const char *norm, const pith_product_word *words)
{
    for (const pith_product_word *w = words; w->word; w++)
        if (strstr(norm, w->word))
            return true;
    return false;
}

bool pith_rules_names_buy_box(const char *norm)
{
    return names_any(norm, pith_buy_box_classes);
}

bool pith_rules_names_fine_print(const char *norm)
{
    return names_any(norm, pith_fine_print_classes);
}

bool pith_rules_names_hover_text(const char *norm)
{
    return names_any(norm, pith_hover_classes);
}

bool pith_rules_names_shop_strip(const char *norm)
{
    return names_any(norm, pith_shop_strip_classes);
}

/* Does the text hold w as a word (or w and a plural 's'), ASCII letters
 * folded? */
static bool holds_word(const char *text, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = text; *p; p++) {
        if ((p > text && pith_ascii_is_alpha(p[-1])) || !pith_ascii_ieqn(p, w, n))
            continue;
        const char *after = p + n + (p[n] == 's');
        if (!pith_ascii_is_alpha(*after))
            return true;
    }
    return false;
}

bool pith_rules_names_product_facts(const char *text)
{
    for (const pith_product_word *w = pith_facts_heading_words; w->word; w++)
        if (holds_word(text, w->word))
            return true;
    return false;
}
