/*
 * misread.h — text encoded in UTF-8 twice: UTF-8 bytes once read as
 * windows-1252 (or Latin-1) and encoded again, as a careless converter or
 * a page's "&acirc;&euro;&trade;" leave them.  "isn’t" reads "isnâ€™t",
 * "détente" reads "dÃ©tente", "привет" reads "Ð¿Ñ€Ð¸Ð²ÐµÑ‚".
 *
 * A misread character is a run of 2 to 4 characters: one that was a UTF-8
 * lead byte (U+00C2..U+00F4), then one to three that were continuation
 * bytes (0x80..0xBF read as windows-1252: "€", "™", "©", a no-break
 * space...), which together make one well-formed UTF-8 sequence again.
 * Some such runs never occur in written text ("â€", "Ã©", "Â "): one of
 * them is enough to repair a string.  Others can ("Ñ”" ends "ESPAÑA”"):
 * alone, they repair a string only where three of them make up most of
 * its characters beyond ASCII.
 */
#ifndef PITH_MISREAD_H
#define PITH_MISREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* True when s[0..n) (valid UTF-8) holds text encoded twice, as above. */
bool pith_misread_found(const char *s, size_t n);

/* The character a misread run at s[0..n) decodes back into, its length
 * in s in *len; 0 (and *len 0) when no run starts at s. */
uint32_t pith_misread_run(const char *s, size_t n, size_t *len);

/* Append s[0..n) to b with every misread character decoded back into the
 * one it was; everything else is copied as it is. */
void pith_misread_repair(pith_buf *b, const char *s, size_t n);

/* Append s[0..n) (valid UTF-8) to b with each C1 control character
 * (U+0080..U+009F) that windows-1252 defines replaced by its windows-1252
 * character: U+0092 by "’", U+0080 by "€".  Text that holds them was
 * converted from windows-1252 as if it were Latin-1 (alone, or in a
 * misread run: "â" U+0080 U+0099 is "’" encoded twice).  The HTML parser
 * turns a C1 control into U+FFFD, which nothing can read back; as the
 * windows-1252 character it reads as written, and a misread run it is part
 * of stays one that pith_misread_repair decodes.  The five bytes
 * windows-1252 leaves undefined stay as they are. */
void pith_c1_as_cp1252(pith_buf *b, const char *s, size_t n);

/* When s[0..n) is not valid UTF-8 without NULs, append it to b repaired
 * (pith_utf8_repair); else when it holds misread text, append it decoded
 * back; return whether either was done (b untouched when not). */
bool pith_text_repair(pith_buf *b, const char *s, size_t n);

#endif
