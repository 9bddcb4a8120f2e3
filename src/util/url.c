/*
 * url.c — reference resolution (RFC 3986 §5.2), hosts, paths, unsafe schemes.
 */
#include "url.h"

#include <string.h>

#include "util/ascii.h"

typedef struct url_parts {
    const char *scheme, *authority, *path, *query, *fragment;
    size_t scheme_len, authority_len, path_len, query_len, fragment_len;
    bool has_authority, has_query, has_fragment;
} url_parts;

static bool is_scheme_char(char c, bool first)
{
    if (pith_ascii_is_alpha(c))
        return true;
    return !first && (pith_ascii_is_digit(c) || c == '+' || c == '-' || c == '.');
}

size_t pith_url_scheme_len(const char *url)
{
    size_t k = 0;
    while (url[k] && is_scheme_char(url[k], k == 0))
        k++;
    return url[k] == ':' ? k : 0;
}

static void split(const char *s, url_parts *u)
{
    memset(u, 0, sizeof *u);
    const char *p = s;
    size_t scheme = pith_url_scheme_len(s);
    if (scheme) {
        u->scheme = p;
        u->scheme_len = scheme;
        p += scheme + 1;
    }
    if (p[0] == '/' && p[1] == '/') {
        p += 2;
        u->has_authority = true;
        u->authority = p;
        while (*p && *p != '/' && *p != '?' && *p != '#')
            p++;
        u->authority_len = (size_t)(p - u->authority);
    }
    u->path = p;
    while (*p && *p != '?' && *p != '#')
        p++;
    u->path_len = (size_t)(p - u->path);
    if (*p == '?') {
        u->has_query = true;
        u->query = ++p;
        while (*p && *p != '#')
            p++;
        u->query_len = (size_t)(p - u->query);
    }
    if (*p == '#') {
        u->has_fragment = true;
        u->fragment = p + 1;
        u->fragment_len = strlen(p + 1);
    }
}

/* Remove dot segments from path (RFC 3986 §5.2.4), appending to out. */
static void remove_dots(const char *path, size_t n, pith_buf *out)
{
    size_t base = out->len;
    size_t i = 0;
    while (i < n) {
        const char *p = path + i;
        size_t left = n - i;
        if (left >= 3 && !strncmp(p, "../", 3)) {
            i += 3;
        } else if (left >= 2 && !strncmp(p, "./", 2)) {
            i += 2;
        } else if (left >= 3 && !strncmp(p, "/./", 3)) {
            i += 2;
        } else if (left == 2 && !strncmp(p, "/.", 2)) {
            pith_buf_putc(out, '/');
            i += 2;
        } else if ((left >= 4 && !strncmp(p, "/../", 4)) || (left == 3 && !strncmp(p, "/..", 3))) {
            i += 3;
            size_t k = out->len;
            while (k > base && out->data[k - 1] != '/')
                k--;
            if (k > base)
                k--;
            pith_buf_truncate(out, k);
            if (left == 3)
                pith_buf_putc(out, '/');
        } else if ((left == 1 && p[0] == '.') || (left == 2 && !strncmp(p, "..", 2))) {
            i = n;
        } else {
            size_t j = (p[0] == '/') ? 1 : 0;
            while (j < left && p[j] != '/')
                j++;
            pith_buf_append(out, p, j);
            i += j;
        }
    }
}

bool pith_url_resolve(const char *base, const char *ref, pith_buf *out)
{
    /* Strip surrounding white space, as browsers do. */
    while (*ref == ' ' || *ref == '\t' || *ref == '\n' || *ref == '\r')
        ref++;
    size_t rlen = strlen(ref);
    while (rlen > 0 && (ref[rlen - 1] == ' ' || ref[rlen - 1] == '\n' || ref[rlen - 1] == '\t' ||
                        ref[rlen - 1] == '\r'))
        rlen--;
    pith_buf r = PITH_BUF_INIT;
    pith_buf_append(&r, ref, rlen);
    const char *rs = r.data ? r.data : "";
    url_parts R, B;
    split(rs, &R);
    if (R.scheme) {
        pith_buf_append(out, rs, r.len);
        pith_buf_free(&r);
        return true;
    }
    if (!base || !*base) {
        pith_buf_append(out, rs, r.len);
        pith_buf_free(&r);
        return false;
    }
    split(base, &B);
    if (!B.scheme) {
        pith_buf_append(out, rs, r.len);
        pith_buf_free(&r);
        return false;
    }
    pith_buf_append(out, B.scheme, B.scheme_len);
    pith_buf_putc(out, ':');
    if (R.has_authority) {
        pith_buf_puts(out, "//");
        pith_buf_append(out, R.authority, R.authority_len);
        remove_dots(R.path, R.path_len, out);
        if (R.has_query) {
            pith_buf_putc(out, '?');
            pith_buf_append(out, R.query, R.query_len);
        }
    } else {
        if (B.has_authority) {
            pith_buf_puts(out, "//");
            pith_buf_append(out, B.authority, B.authority_len);
        }
        if (R.path_len == 0) {
            pith_buf_append(out, B.path, B.path_len);
            if (R.has_query) {
                pith_buf_putc(out, '?');
                pith_buf_append(out, R.query, R.query_len);
            } else if (B.has_query) {
                pith_buf_putc(out, '?');
                pith_buf_append(out, B.query, B.query_len);
            }
        } else {
            pith_buf merged = PITH_BUF_INIT;
            if (R.path[0] == '/') {
                pith_buf_append(&merged, R.path, R.path_len);
            } else {
                if (B.has_authority && B.path_len == 0) {
                    pith_buf_putc(&merged, '/');
                } else {
                    size_t k = B.path_len;
                    while (k > 0 && B.path[k - 1] != '/')
                        k--;
                    pith_buf_append(&merged, B.path, k);
                }
                pith_buf_append(&merged, R.path, R.path_len);
            }
            remove_dots(merged.data ? merged.data : "", merged.len, out);
            pith_buf_free(&merged);
            if (R.has_query) {
                pith_buf_putc(out, '?');
                pith_buf_append(out, R.query, R.query_len);
            }
        }
    }
    if (R.has_fragment) {
        pith_buf_putc(out, '#');
        pith_buf_append(out, R.fragment, R.fragment_len);
    }
    pith_buf_free(&r);
    return true;
}

bool pith_url_host(const char *url, pith_buf *out)
{
    url_parts u;
    split(url, &u);
    if (!u.has_authority || u.authority_len == 0)
        return false;
    const char *h = u.authority;
    size_t n = u.authority_len;
    const char *at = memchr(h, '@', n);
    if (at) {
        n -= (size_t)(at + 1 - h);
        h = at + 1;
    }
    size_t k = 0;
    while (k < n && h[k] != ':')
        k++;
    if (k >= 4 && (h[0] == 'w' || h[0] == 'W') && (h[1] == 'w' || h[1] == 'W') &&
        (h[2] == 'w' || h[2] == 'W') && h[3] == '.') {
        h += 4;
        k -= 4;
    }
    if (k == 0)
        return false;
    for (size_t i = 0; i < k; i++)
        pith_buf_putc(out, pith_ascii_lower(h[i]));
    return true;
}

/* Is the shorter of two hosts the longer one or its parent domain? */
static bool same_site(const char *a, size_t an, const char *b, size_t bn)
{
    if (an > bn) {
        const char *t = a;
        size_t tn = an;
        a = b, an = bn;
        b = t, bn = tn;
    }
    return memcmp(b + bn - an, a, an) == 0 && (an == bn || b[bn - an - 1] == '.');
}

bool pith_url_other_site(const char *url, const char *home)
{
    pith_buf host = PITH_BUF_INIT;
    bool other = url && home && *home && pith_url_host(url, &host) && !host.oom &&
                 !same_site(host.data, host.len, home, strlen(home));
    pith_buf_free(&host);
    return other;
}

const char *pith_url_path(const char *url, const char **host)
{
    url_parts u;
    split(url, &u);
    if (host)
        *host = u.has_authority ? u.authority : NULL;
    return u.has_authority ? u.authority + u.authority_len : url;
}

bool pith_url_is_home(const char *url)
{
    const char *host;
    const char *path = pith_url_path(url, &host);
    if (!host)
        return false;
    path += *path == '/';
    return *path == '\0' || *path == '?' || *path == '#';
}

bool pith_url_is_unsafe(const char *url)
{
    char scheme[16];
    size_t k = 0;
    for (const char *p = url; *p && k + 1 < sizeof scheme; p++) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue; /* "java\nscript:" tricks */
        if (c == ':')
            break;
        scheme[k++] = pith_ascii_lower(c);
    }
    scheme[k] = '\0';
    return !strcmp(scheme, "javascript") || !strcmp(scheme, "vbscript") ||
           !strcmp(scheme, "data") || !strcmp(scheme, "file");
}
