/*
 * lineset.h — the batch's memory of lines, as the text stage reads it
 * (lineset.c; the public side is in pith.h).
 */
#ifndef PITH_TEXT_LINESET_H
#define PITH_TEXT_LINESET_H

#include "pith.h"
#include "text/page.h"
#include "util/buf.h"

/* Set `repeated` on the blocks of page (document seq, from url, NULL when
 * unknown) that other documents of the set hold, as pith.h says. */
void pith_lineset_mark(pith_lineset *set, unsigned long long seq, const char *url,
                       pith_tpage *page);

/* Count the lines of document seq, its decoded text (nothing when opt
 * says it is HTML), as pith_lineset_add (pith.c) does after reading the
 * options and decoding; the page read is kept for the document's
 * extraction, with the text (taken from the buffer, which is left empty).
 * False when memory ran out. */
bool pith_lineset_add_text(pith_lineset *set, unsigned long long seq, pith_buf *text,
                           const pith_options *opt);

/* The blocks of document seq as its add read them, copied into arena, when
 * they were kept and were read from the same len bytes of text: true, and
 * *page is what pith_tpage_read would make of text.  False when they were
 * not kept, the text differs, or memory ran out; the kept page is given up
 * either way. */
bool pith_lineset_take(pith_lineset *set, unsigned long long seq, const char *text, size_t len,
                       pith_arena *arena, pith_tpage *page);

/* The key a block is counted under: its folded text's hash with the
 * host's (0 is never a key). */
uint64_t pith_lineset_key(uint64_t line_hash, uint64_t host_hash);

#endif
