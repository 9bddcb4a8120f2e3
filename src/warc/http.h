/*
 * http.h — the "Name: value" header blocks that WARC and HTTP share, media
 * types, and the chunked transfer coding.
 *
 * A WARC record begins with a version line and header fields, ended by a
 * blank line; the HTTP response inside a response record is laid out the
 * same way.  These helpers split such a block in place, look fields up by
 * name, read a Content-Type, and undo chunked transfer coding.  They hold
 * no state and never read past the lengths they are given.
 */
#ifndef PITH_WARC_HTTP_H
#define PITH_WARC_HTTP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pith_warc_header_field {
    const char *name;
    char *value;
} pith_warc_header_field;

/* Length of a header block that starts at p: up to and including the
 * blank line that ends it (CRLF or bare LF line ends), or 0 when the first
 * n bytes hold no blank line after the first line. */
size_t pith_warc_header_block_end(const char *p, size_t n);

/* Split the header block buf[0..len) in place: *first_line gets the first
 * line, fields[] the fields (at most max; extra fields are ignored), with
 * continuation lines folded into their field.  Every string is
 * NUL-terminated inside buf.  Returns the number of fields kept, or -1 when
 * a line is neither a field nor a continuation. */
int pith_warc_header_split(char *buf, size_t len, char **first_line, pith_warc_header_field *fields,
                           int max);

/* The value of the first field named name (case-insensitive), or NULL. */
char *pith_warc_header_get(const pith_warc_header_field *fields, int n, const char *name);

/* True when the comma-separated list value holds token (case-insensitive),
 * as "chunked" in "Transfer-Encoding: gzip, chunked". */
bool pith_warc_header_has_token(const char *value, const char *token);

/* Read a Content-Type value: its media type, lower-cased, into media
 * (size media_size) and its charset parameter, unquoted, into charset
 * (size charset_size).  A part that is missing or does not fit is left
 * empty. */
void pith_warc_content_type_parse(const char *value, char *media, size_t media_size, char *charset,
                                  size_t charset_size);

/* True for the media types of HTML pages (text/html, application/xhtml+xml). */
bool pith_warc_media_type_is_html(const char *media);

/* True when data begins like an HTML page (a tag such as <html>, <head>,
 * <body>, <title> or a doctype within the first KiB, after any BOM and
 * white space). */
bool pith_warc_looks_like_html(const char *data, size_t len);

/* Undo chunked transfer coding in place.  Returns the decoded length, or
 * (size_t)-1 when data does not begin with a valid chunk (it is then left
 * as it was).  A body cut short keeps the chunks it has. */
size_t pith_warc_dechunk(char *data, size_t len);

/* Parse an unsigned decimal number that fills all of s; false when s is
 * empty, holds anything else, or exceeds 2^53. */
bool pith_warc_parse_length(const char *s, unsigned long long *out);

#endif
