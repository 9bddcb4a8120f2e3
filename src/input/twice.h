/*
 * twice.h — a whole document encoded in UTF-8 twice, found and decoded
 * back before anything reads it.
 *
 * A page declared UTF-8 whose text went once through a windows-1252 (or
 * Latin-1) reading and was encoded again shows "offersÂ" and a no-break
 * space, "â€”" for "—", "â€" and U+009D for "”".  util/misread.h decodes
 * such runs; the document stage repairs strings one by one, but it comes
 * too late for some: the parser has turned U+009D into U+FFFD and the
 * tree a no-break space into a space, and a lone run such as "Å‚" in a
 * name is too unsure in a string of its own.  Here the whole input is
 * judged at once: it is repaired when it holds several runs of the
 * characters such mojibake comes from and they explain most of the
 * "Â", "Ã" and "â" it holds, so that "Âmbito" or "NÃO" in real text
 * stays as written.
 */
#ifndef PITH_TWICE_H
#define PITH_TWICE_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* Runs of the telling kind a document needs before it is repaired: one or
 * two can be a quotation of mojibake, or a word and a symbol ("Â©" in an
 * upper-case title); a page encoded twice holds one per quote, apostrophe
 * or no-break space, dozens.  A page with fewer "Â", "Ã" and "â" than
 * this is not looked at again. */
#define PITH_TWICE_MIN_TELLING 3

/* True when s[0..n) starts with "Â", "Ã" or "â" (C3 82, C3 83, C3 A2):
 * the leads of the telling runs. */
static inline bool pith_twice_lead(const char *s, size_t n)
{
    if (n < 2 || (unsigned char)s[0] != 0xC3)
        return false;
    unsigned char b = (unsigned char)s[1];
    return b == 0x82 || b == 0x83 || b == 0xA2;
}

/* True when s[0..n) (valid UTF-8) reads as a document encoded twice. */
bool pith_twice_encoded(const char *s, size_t n);

/* Replace the bytes of b from `from` on with their decoded form when they
 * read as a document encoded twice; false only when memory ran out. */
bool pith_twice_repair(pith_buf *b, size_t from);

#endif
