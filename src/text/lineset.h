/*
 * lineset.h — the batch's memory of lines, as the text stage reads it
 * (lineset.c; the public side is in pith.h).
 */
#ifndef PITH_TEXT_LINESET_H
#define PITH_TEXT_LINESET_H

#include "pith.h"
#include "text/page.h"

/* Set `repeated` on the blocks of page (document seq, from url, NULL when
 * unknown) that other documents of the set hold, as pith.h says. */
void pith_lineset_mark(pith_lineset *set, unsigned long long seq, const char *url,
                       pith_tpage *page);

/* Count the lines of document seq, len bytes of decoded text (nothing
 * when opt says it is HTML), as pith_lineset_add (pith.c) does after
 * reading the options and decoding.  False when memory ran out. */
bool pith_lineset_add_text(pith_lineset *set, unsigned long long seq, const char *text,
                           size_t len, const pith_options *opt);

/* The key a block is counted under: its folded text's hash with the
 * host's (0 is never a key). */
uint64_t pith_lineset_key(uint64_t line_hash, uint64_t host_hash);

#endif
