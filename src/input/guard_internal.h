/*
 * guard_internal.h — what the files of the pre-parse guard share (not part
 * of the API; guard.h says what the guard does):
 *
 *   guard_model.c  the model of the tree builder: tag sets, the stack of
 *                  open elements and its scopes, the list of active
 *                  formatting elements, reconstruction, the adoption agency;
 *   guard_plan.c   the insertion modes' rules: what a start tag will do
 *                  (planned before the guard decides whether it stays) and
 *                  what an end tag does;
 *   guard.c        the driver: the pass over the bytes with html_scan.c,
 *                  the limits, and every rewrite of the page.
 */
#ifndef PITH_GUARD_INTERNAL_H
#define PITH_GUARD_INTERNAL_H

#include <gumbo.h>
#include <stdbool.h>
#include <stdint.h>

#include "input/guard.h"

#define NTAGS ((size_t)GUMBO_TAG_LAST + 1)

enum { NS_HTML = 0, NS_SVG, NS_MATH };
enum { SCOPE_DEFAULT, SCOPE_LIST, SCOPE_BUTTON, SCOPE_TABLE, SCOPE_SELECT };
enum { ST_DATA, ST_RCDATA, ST_RAWTEXT, ST_SCRIPT, ST_PLAINTEXT };
/* The insertion mode of a template's contents, set by its first start tag
 * and kept: a table mode (a row, a cell...), "in column group" (a col), or
 * "in body" (anything else). */
enum { TMODE_UNSET, TMODE_TABLE, TMODE_COLUMN, TMODE_BODY };

/* One element on the model's stack of open elements. */
typedef struct open_el {
    uint16_t tag;  /* GumboTag; GUMBO_TAG_UNKNOWN for any other name */
    uint8_t ns;    /* NS_HTML, NS_SVG, NS_MATH */
    uint8_t html_point; /* an annotation-xml that is an HTML integration point */
    uint8_t tmode; /* a template's contents: TMODE_* (its first tag decides) */
    int32_t afe;   /* index in the formatting list, -1 when not in it */
    uint32_t hash; /* hash of the lower-case name (to match unknown tags) */
} open_el;

/* One entry of the list of active formatting elements. */
typedef struct fmt_el {
    uint16_t tag;   /* GUMBO_TAG_LAST for a marker */
    uint32_t attrs; /* hash of the attributes (Noah's Ark compares them) */
    int32_t pos;    /* index on the stack, -1 once popped (to reconstruct) */
} fmt_el;

/* One attribute name seen in the current tag (duplicate detection). */
typedef struct attr_slot {
    uint64_t hash;
    size_t start;
    size_t len;
    uint32_t gen;
} attr_slot;

/* What a start tag will do to the model, worked out before any change. */
typedef struct plan {
    size_t cut;          /* stack height after the implied end tags */
    uint16_t implicit[2]; /* parents created first (tbody, tr) */
    unsigned n_implicit;
    bool push;           /* the element goes on the stack */
    bool reconstruct;    /* formatting elements are reopened first */
    bool drop;           /* the guard removes the tag */
    bool is_fmt;         /* goes on the formatting list */
    int raw;             /* tokenizer state after the tag (ST_*) */
    uint8_t ns;          /* namespace of the new element */
    long adopt;          /* formatting entry closed first (<a>, <nobr>), -1 */
    long table_template; /* a template this table part sits directly in
                            (it may set the template's mode), -1 */
} plan;

/* Where a raw-text element's next end tag was found (guard.c). */
typedef struct raw_end_memo {
    uint16_t tag;
    size_t from, at;
} raw_end_memo;
#define RAW_MEMO_SLOTS 16 /* more than the raw-text elements there are */

typedef struct guard {
    const char *in;
    size_t n;
    const pith_guard_limits *lim;
    pith_guard_report *rep;
    /* Output. */
    pith_buf *out;
    size_t done;        /* input copied (or skipped) up to here */
    bool rewriting;     /* some rewrite happened: out holds the page */
    bool oom;
    /* Tree model. */
    open_el *stack;
    size_t height, stack_cap;
    fmt_el *afe;
    size_t n_afe, afe_cap;
    uint32_t count[NTAGS];  /* open elements per tag (fast "not open") */
    uint32_t excess[NTAGS]; /* removed start tags whose end tags to remove */
    uint32_t excess_gen[NTAGS];
    uint32_t gen;
    size_t excess_open;     /* removed elements still open (for the report) */
    size_t excess_floor;    /* height at which tags were removed */
    size_t clone_budget;
    bool form_open, frameset_ok, frameset, no_quirks;
    /* Attributes kept so far on <html> and on <body> tags: gumbo merges the
     * attributes of every repeated <html> or <body> into one element. */
    size_t html_attributes, body_attributes;
    /* Tokenizer. */
    int state;
    uint16_t raw_tag;       /* the element whose raw text we are in */
    bool raw_closing;       /* the next end tag is the one that ends it */
    /* The next "</noscript" found ahead (n: none), once searched. */
    bool noscript_end_known;
    size_t noscript_end;
    raw_end_memo raw_memo[RAW_MEMO_SLOTS];
    size_t n_raw_memo;
    /* Duplicate attributes. */
    attr_slot *slots;
    size_t n_slots, slot_used;
    uint32_t slot_gen;
} guard;

/* guard_model.c: tag sets. */
bool pith_guard_is_formatting(unsigned t);
bool pith_guard_is_void(unsigned t);
bool pith_guard_closes_p(unsigned t);
bool pith_guard_is_heading(unsigned t);
int pith_guard_raw_state_of(unsigned t);
bool pith_guard_is_html_point(const open_el *e);
bool pith_guard_is_mathml_text_point(const open_el *e);
bool pith_guard_is_special(const open_el *e);
bool pith_guard_breaks_out_of_foreign(unsigned t);
bool pith_guard_is_table_part(unsigned t);
bool pith_guard_is_section(unsigned t);
bool pith_guard_has_implied_end_tag(const open_el *e);
bool pith_guard_spoils_frameset(unsigned tag);

/* guard_model.c: the stack of open elements. */
const open_el *pith_guard_top(const guard *g);
bool pith_guard_top_is(const guard *g, unsigned tag);
bool pith_guard_in_table_text(const guard *g);
void pith_guard_push(guard *g, uint16_t tag, uint32_t hash, uint8_t ns);
void pith_guard_pop_to(guard *g, size_t i);
void pith_guard_splice_out(guard *g, size_t i);
long pith_guard_find_in_scope(const guard *g, size_t height, unsigned tag, uint32_t hash,
                              int kind);
long pith_guard_find_heading_in_scope(const guard *g);
long pith_guard_table_context(const guard *g, size_t height);
bool pith_guard_in_select(const guard *g);
bool pith_guard_select_in_table(const guard *g);
size_t pith_guard_cut_for_select(const guard *g);
bool pith_guard_foreign_for(const guard *g, size_t height, unsigned tag);

/* guard_model.c: the list of active formatting elements, reconstruction
 * and the adoption agency. */
size_t pith_guard_afe_segment(const guard *g);
void pith_guard_afe_push(guard *g, uint16_t tag, uint32_t attrs, int32_t pos);
void pith_guard_afe_remove(guard *g, size_t i);
size_t pith_guard_to_reconstruct(const guard *g, size_t cut);
void pith_guard_reconstruct(guard *g);
long pith_guard_afe_find(const guard *g, unsigned tag);
void pith_guard_adopt(guard *g, size_t i);

/* guard_plan.c: the insertion modes. */
void pith_guard_apply_end(guard *g, unsigned tag, uint32_t hash, bool bare);
void pith_guard_plan_html_start(guard *g, unsigned tag, plan *p);
void pith_guard_apply_start(guard *g, unsigned tag, uint32_t hash, const plan *p,
                            bool self_closing, uint32_t attrs, bool html_point);

#endif
