/*
 * rules.h — pith's knowledge of boilerplate, as data, and the matchers
 * over it.
 *
 * The knowledge itself lives in data files beside this one:
 *   class_tokens.c  class/id patterns of boilerplate and of article bodies
 *   phrases.c       whole-block phrases in many languages ("Advertisement",
 *                   "Anzeige", "You may also like", "Leave a comment", ...)
 * rules.c builds the tables once per process and compiles each pattern the
 * first time a page needs it (lazy_re.h); the matchers are safe to call
 * from any thread.
 */
#ifndef PITH_RULES_H
#define PITH_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a piece of boilerplate is. */
typedef enum pith_category {
    PITH_CAT_NONE = 0,
    PITH_CAT_AD,         /* advertising slots and their labels */
    PITH_CAT_SHARE,      /* share bars, social buttons, follow-us */
    PITH_CAT_NEWSLETTER, /* newsletter, subscribe and sign-up boxes */
    PITH_CAT_RELATED,    /* related, recommended, "more stories" lists */
    PITH_CAT_COMMENTS,   /* user comments and comment prompts */
    PITH_CAT_AUTHOR,     /* author boxes and bios */
    PITH_CAT_COOKIE,     /* cookie and consent banners */
    PITH_CAT_PAYWALL,    /* paywall and registration notices */
    PITH_CAT_NAV,        /* navigation, menus, breadcrumbs, tables of contents */
    PITH_CAT_FOOTER,     /* footers, copyright and imprint lines */
    PITH_CAT_SIDEBAR,    /* sidebars, rails, widgets */
    PITH_CAT_PROMO,      /* promotions, pop-ups, modals, app banners */
    PITH_CAT_META,       /* post metadata: bylines, dates, tags, reading time */
    PITH_CAT_CREDIT,     /* image credits */
    PITH_CAT_READMORE,   /* "read more" and "continue reading" links */
    PITH_CAT_PAGINATION, /* pagers, "load more" */
    PITH_CAT_HIDDEN,     /* visually hidden helpers */
    PITH_CAT_REVIEWS,    /* shoppers' reviews and ratings beside a product */
    PITH_CAT_CART,       /* a shop's cart, basket and wish-list widgets */
    PITH_CAT_LOADING,    /* what a script shows in a box until it fills it */
    PITH_CAT_COUNT
} pith_category;

/* The names of the categories after PITH_CAT_NONE, in the order above, one
 * X(name) each: pith_category_name's "ad", "share"..., and the explain names
 * of the rules that find them ("class:ad", "phrase:ad"), one list for all. */
#define PITH_CAT_EACH(X)                                                                       \
    X(ad) X(share) X(newsletter) X(related) X(comments) X(author) X(cookie) X(paywall) X(nav) \
    X(footer) X(sidebar) X(promo) X(meta) X(credit) X(readmore) X(pagination) X(hidden)     \
    X(reviews) X(cart) X(loading)

/* A short stable name: "ad", "share", "newsletter"... */
const char *pith_category_name(pith_category cat);

/* Build the tables (once per process; later calls return at once).  The
 * patterns are compiled later, each when first needed.  Returns 0, or -1
 * when memory ran out (a later call tries again). */
int pith_rules_init(void);

/* Build the tables and compile every pattern now (for the tests: a pattern
 * that does not compile is a defect of the rules).  Returns 0 or -1. */
int pith_rules_compile_all(void);

/* Every table, built and compiled, as data (for scripts/rules_gen.c, which
 * writes the data the library is built with); 0, or -1 when a pattern
 * does not compile or memory ran out.  Free with pith_rules_data_free. */
struct pith_rules_data;
int pith_rules_export(struct pith_rules_data *out);
void pith_rules_data_free(struct pith_rules_data *data);

/* Whether the tables were loaded from the data of this build and what of
 * them the data holds ready-made (the block phrases' group, the text
 * rules' openings) is what the code builds now (for the tests: false when
 * the data is missing, was not used, or drifted). */
bool pith_rules_prebuilt_current(void);

/* Normalise a class + id string for matching: lower case, camelCase and
 * '_' split into '-' parts.  Writes at most cap-1 bytes to out; returns the
 * length. */
size_t pith_rules_normalize_attr(const char *in, size_t n, char *out, size_t cap);

/* Match a normalised class/id string against the boilerplate patterns.
 * Returns the category (PITH_CAT_NONE when nothing matched) and, when a
 * match is found and word is not NULL, copies the matched part to word. */
pith_category pith_rules_match_class(const char *norm, size_t n, char *word, size_t word_cap);

/* How much a normalised class/id string looks like an article body:
 * 2 for a strong pattern ("article-body", "entry-content", "post-text"),
 * which also protects the element from boilerplate patterns; 1 for a weak
 * one ("content", "post", "main"); 0 for none. */
int pith_rules_positive_class(const char *norm, size_t n);

/* The regex source a phrase rule (its first n bytes) is matched as: each
 * literal space becomes \s+, and an optional one (" ?", as in
 * "full ?screen") \s*, since \s+ before its '?' would be a lazy \s+
 * that still wants a space.  Allocated; NULL when memory runs out. */
char *pith_rules_phrase_source(const char *rule, size_t n);

/* Match the whole text of a short block (a label, a heading, a link) against
 * the boilerplate phrases.  Returns PITH_CAT_NONE when it is not one. */
pith_category pith_rules_match_phrase(const char *text, size_t n);

/* True when the text of a short block is a copyright / rights line. */
bool pith_rules_is_copyright(const char *text, size_t n);

/* True when the text is a quote's attribution ("Margit wrote:"). */
bool pith_rules_is_attribution(const char *text, size_t n);

/* True when a line of text is the header of a reader's comment ("Jane on
 * May 3, 2019 at 4:47 pm said:", "Max schrieb:"). */
bool pith_rules_is_comment_header(const char *text, size_t n);

/* True when a block of text ends with the credit of a picture ("... on
 * Tuesday. (AP Photo/Jane Doe)", "Credit: Getty Images"): the block is
 * the picture's caption. */
bool pith_rules_ends_with_credit(const char *text, size_t n);

/* The longest block (in non-space bytes) that may be a cookie notice; the
 * other phrase rules judge shorter blocks only. */
#define PITH_RULES_COOKIE_MAX_TEXT 1200

/* Every phrase rule at once, for the text of one block (n bytes, chars of
 * them not white space): a boilerplate phrase of the table, a copyright,
 * credit, call-to-action or cookie line.  Returns the rule's stable name
 * ("phrase:ad", "phrase:copyright", "phrase:call-to-action"...) and sets
 * *cat to the phrase's category (PITH_CAT_NONE for the lines outside the
 * table); NULL when no rule takes the block.  A block that only heads
 * shoppers' reviews ("Customer Reviews") gets no rule and *cat
 * PITH_CAT_REVIEWS: it is furniture beside a product, and the caller
 * knows the page's type; so does a loading placeholder ("Loading...",
 * PITH_CAT_LOADING), which goes as a line of its own only. */
const char *pith_rules_block_phrase(const char *text, size_t n, size_t chars,
                                    pith_category *cat);

/* pith_rules_block_phrase, and when it finds no rule and copyright_too is
 * set, whether the text is a copyright line as pith_rules_is_copyright
 * reads it (*copyright): a long block (a legal notice) is folded once for
 * the cookie notices and the copyright rule. */
const char *pith_rules_block_phrase_copyright(const char *text, size_t n, size_t chars,
                                              bool copyright_too, bool *copyright,
                                              pith_category *cat);

/* ---------------------------------------------------------- stop words */

#define PITH_STOP_LANGS 64

/* Stop-word counts of a text: its words (a CJK character counts as one)
 * and, per language of the stop-word lists, how many of them are stop
 * words of that language.  langs has bit l set when hits[l] > 0, so a
 * caller reads (or clears) only the few languages a text touched. */
typedef struct pith_stopstats {
    unsigned words;
    unsigned hits[PITH_STOP_LANGS];
    uint64_t langs;
} pith_stopstats;

/* Add the counts of n bytes of UTF-8 text to *st. */
void pith_rules_stopwords(const char *text, size_t n, pith_stopstats *st);

/* The number of languages with lists, and the code of language i. */
int pith_rules_stop_lang_count(void);
const char *pith_rules_stop_lang(int i);

/* The stop-word table (for scripts/rules_gen.c, which writes it). */
struct pith_stop_data;
const struct pith_stop_data *pith_rules_stop_table(void);

/* How many words of the lists did not fit the table (0, or the table is
 * too small for the lists). */
unsigned pith_rules_stop_words_dropped(void);

/* The language whose stop words are densest in st (-1 when none hit). */
int pith_rules_stop_best(const pith_stopstats *st);

#endif
