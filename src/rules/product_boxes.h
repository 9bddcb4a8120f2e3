/*
 * product_boxes.h — the words by which a product page's own boxes are
 * known (see product_boxes.c): the class of the box that buys the product
 * ("buy-box") and of the boxes the shop sets aside ("disclaimer",
 * "tooltip", "usp"), and the heading over its facts ("Product details",
 * "Size guide", "Technische Daten").
 */
#ifndef PITH_PRODUCT_BOXES_H
#define PITH_PRODUCT_BOXES_H

#include <stdbool.h>

typedef struct pith_product_word {
    const char *word;   /* what is matched (each table says how) */
    const char *reason; /* what it names, and why it counts */
} pith_product_word;

/* Class words of the box where a shop sells the product shown, matched
 * anywhere in the class and id as the clean stage normalises them
 * ("product-buy-box", "add-to-cart-wrapper").  Ended by a NULL word. */
extern const pith_product_word pith_buy_box_classes[];

/* Words of a heading over the product's own facts, matched as a word (or
 * a word and its plural 's'), ASCII letters folded.  Ended by a NULL word. */
extern const pith_product_word pith_facts_heading_words[];

/* Class words, matched anywhere in the normalised class and id as
 * pith_buy_box_classes, of the boxes a shop sets aside from what the page
 * says of the product: its fine print ("pdp-disclaimer"), its hover text
 * ("tool-tip__content"), its strips of selling points, actions and
 * delivery options ("usp-bar", "product-actions", "delivery-options").
 * Each ended by a NULL word. */
extern const pith_product_word pith_fine_print_classes[];
extern const pith_product_word pith_hover_classes[];
extern const pith_product_word pith_shop_strip_classes[];

/* Does the normalised class and id name a box that buys the product? */
bool pith_rules_names_buy_box(const char *norm);

/* Does it name the shop's fine print, hover text, or one of its strips? */
bool pith_rules_names_fine_print(const char *norm);
bool pith_rules_names_hover_text(const char *norm);
bool pith_rules_names_shop_strip(const char *norm);

/* Does the heading's text hold one of pith_facts_heading_words? */
bool pith_rules_names_product_facts(const char *text);

#endif
