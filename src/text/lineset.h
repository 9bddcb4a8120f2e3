/*
 * lineset.h — the batch's memory of lines, as the text stage reads it
 * (lineset.c; the public side is in pith.h).
 */
#ifndef PITH_TEXT_LINESET_H
#define PITH_TEXT_LINESET_H

#include "pith.h"
#include "input/decode.h"
#include "text/page.h"
#include "util/budget.h"
#include "util/buf.h"

/* Set `repeated` on the blocks of page (document seq, from url, NULL when
 * unknown) that other documents of the set hold, as pith.h says, and
 * `held_elsewhere` on those that one other document holds at least. */
void pith_lineset_mark(pith_lineset *set, unsigned long long seq, const char *url,
                       pith_tpage *page);

/* Count the lines of document seq, its decoded text (nothing when opt
 * says it is HTML), as pith_lineset_add (pith.c) does after reading the
 * options and decoding the len bytes of data (info: how they decoded);
 * the page read (none for HTML) is kept for the document's extraction,
 * with the text (taken from the buffer, which is left empty) and a copy
 * of the bytes.  False when memory ran out. */
bool pith_lineset_add_text(pith_lineset *set, unsigned long long seq, pith_buf *text,
                           const pith_options *opt, const char *data, size_t len,
                           const pith_decode_info *info);

/* Whether the add of document seq kept its page, read from the same len
 * bytes of data with the same charset label (NULL: none): the add found
 * no binary file in them. */
bool pith_lineset_holds(pith_lineset *set, unsigned long long seq, const char *data, size_t len,
                        const char *charset);

/* The decoded text of document seq, when its add kept its page and read
 * the same len bytes of data with the same charset label (NULL: none):
 * appended to out, *info as the add's decoding said, and true (the
 * extraction need not decode the bytes again, nor test them for a binary
 * file: the add did).  False when nothing was kept or the bytes differ;
 * a kept page stays for pith_lineset_take either way (what was kept of an
 * HTML document goes once taken). */
bool pith_lineset_decoded(pith_lineset *set, unsigned long long seq, const char *data,
                          size_t len, const char *charset, pith_buf *out,
                          pith_decode_info *info);

/* The verdict of pith_rules_block_phrase on the n bytes of text s (hash:
 * their folded hash, pith_tblock_fold_hash) when a document of the set
 * asked for it before: true, and *rule and *cat as the rules answered.
 * False when the set does not hold it. */
bool pith_lineset_verdict(pith_lineset *set, uint64_t hash, const char *s, size_t n,
                          const char **rule, pith_category *cat);

/* Remember the rules' verdict on s (rule: a static string, or NULL) for
 * the set's other documents. */
void pith_lineset_remember_verdict(pith_lineset *set, uint64_t hash, const char *s, size_t n,
                                   const char *rule, pith_category cat);

/* A page an add read, taken by its document's extraction. */
typedef struct pith_lineset_page pith_lineset_page;

/* The blocks of document seq as its add read them, when they were kept and
 * were read from the same len bytes of text: *page is what pith_tpage_read
 * would make of text, its memory held by the pith_lineset_page returned
 * (not copied: free it with pith_lineset_page_free once the page is done
 * with).  NULL when they were not kept or the text differs; the kept page
 * is given up either way.  The page's memory counts against budget (the
 * taker's call's; NULL: none) from the take until it is freed. */
pith_lineset_page *pith_lineset_take(pith_lineset *set, unsigned long long seq, const char *text,
                                     size_t len, pith_tpage *page, pith_budget *budget);
void pith_lineset_page_free(pith_lineset_page *held);

#endif
