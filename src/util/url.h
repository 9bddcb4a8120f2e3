/*
 * url.h — URL helpers: resolving a reference against a base (RFC 3986,
 * section 5.2), the host of a URL and where its path starts, and the test
 * for URLs that must never be rendered as links (javascript:, vbscript:,
 * data: except images).
 */
#ifndef PITH_URL_H
#define PITH_URL_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* Resolve ref against base (either may be NULL) and append the result to
 * out.  Returns false when the result would not be an absolute URL (no base
 * and a relative ref), in which case ref is appended unchanged. */
bool pith_url_resolve(const char *base, const char *ref, pith_buf *out);

/* Append the host of an absolute http(s) URL (lower case, without port or
 * a leading "www.") to out; false when there is none. */
bool pith_url_host(const char *url, pith_buf *out);

/* Does url lead to another site than home (a host as pith_url_host writes
 * it)?  A host is home's site when it is home or a subdomain of it, or home
 * one of it ("shop.example.org" beside "example.org"); a reference without
 * a host (a path, "#part", "mailto:") leads nowhere else. */
bool pith_url_other_site(const char *url, const char *home);

/* The rest of url after its host: where its path starts past
 * "scheme://host" or "//host" (the first '/', '?' or '#' after the host,
 * or the end), the host's first byte in *host when host is not NULL.  A
 * reference that names no host ("/a/b", "page.php?id=3", "mailto:x") is
 * returned whole, with *host NULL. */
const char *pith_url_path(const char *url, const char **host);

/* Does url lead to a site's home page: it names a host and no path but
 * "/" ("https://example.org", "//example.org/?lang=en"), whatever its
 * query and fragment? */
bool pith_url_is_home(const char *url);

/* The length of the scheme that starts url ("https" in "https://x"): a
 * letter, then letters, digits, '+', '-' or '.', then ':'; 0 when url has
 * none (a relative reference). */
size_t pith_url_scheme_len(const char *url);

/* True for schemes that run code or are meaningless as links. */
bool pith_url_is_unsafe(const char *url);

#endif
