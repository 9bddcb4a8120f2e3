/*
 * http.c — header blocks, media types and chunked coding (see http.h).
 */
#include "http.h"

#include <string.h>

#include "util/ascii.h"

size_t pith_warc_header_block_end(const char *p, size_t n)
{
    const char *nl = memchr(p, '\n', n);
    while (nl) {
        size_t i = (size_t)(nl - p) + 1; /* the start of the next line */
        if (i < n && p[i] == '\n')
            return i + 1;
        if (i + 1 < n && p[i] == '\r' && p[i + 1] == '\n')
            return i + 2;
        nl = i < n ? memchr(p + i, '\n', n - i) : NULL;
    }
    return 0;
}

/* Copy s[0..n) to *w (which never runs ahead of s), trimmed, NUL-terminated;
 * return the copy and advance *w past its terminator. */
static char *copy_trimmed(char **w, const char *s, size_t n)
{
    while (n > 0 && pith_ascii_is_blank(*s))
        s++, n--;
    while (n > 0 && pith_ascii_is_blank(s[n - 1]))
        n--;
    char *out = *w;
    memmove(out, s, n);
    out[n] = '\0';
    *w = out + n + 1;
    return out;
}

int pith_warc_header_split(char *buf, size_t len, char **first_line, pith_warc_header_field *fields,
                           int max)
{
    char *r = buf, *end = buf + len, *w = buf;
    int n = 0;
    bool first = true, seen_field = false, kept_last = false;
    *first_line = NULL;
    while (r < end) {
        char *nl = memchr(r, '\n', (size_t)(end - r));
        char *line_end = nl ? nl : end;
        char *next = nl ? nl + 1 : end;
        if (line_end > r && line_end[-1] == '\r')
            line_end--;
        size_t ll = (size_t)(line_end - r);
        if (first) {
            *first_line = copy_trimmed(&w, r, ll);
            first = false;
        } else if (ll == 0) {
            break;
        } else if (pith_ascii_is_blank(*r)) {
            if (!seen_field)
                return -1;
            if (kept_last) {
                /* Fold into the previous value: its terminator becomes a space. */
                w[-1] = ' ';
                copy_trimmed(&w, r, ll);
            }
        } else {
            char *colon = memchr(r, ':', ll);
            if (!colon || colon == r)
                return -1;
            seen_field = true;
            kept_last = n < max;
            if (kept_last) {
                fields[n].name = copy_trimmed(&w, r, (size_t)(colon - r));
                fields[n].value = copy_trimmed(&w, colon + 1, (size_t)(line_end - colon - 1));
                n++;
            }
        }
        r = next;
    }
    return n;
}

char *pith_warc_header_get(const pith_warc_header_field *fields, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (pith_ascii_ieq(fields[i].name, name))
            return fields[i].value;
    return NULL;
}

bool pith_warc_header_has_token(const char *value, const char *token)
{
    size_t k = strlen(token);
    const char *p = value;
    while (p && *p) {
        while (pith_ascii_is_blank(*p) || *p == ',')
            p++;
        size_t n = strcspn(p, ",");
        size_t t = n;
        while (t > 0 && pith_ascii_is_blank(p[t - 1]))
            t--;
        if (t == k && pith_ascii_ieqn(p, token, k))
            return true;
        p += n;
    }
    return false;
}

/* Copy s[0..n) into out (size size) lower-cased; empty when it does not fit. */
static void copy_lower(char *out, size_t size, const char *s, size_t n)
{
    out[0] = '\0';
    if (n >= size)
        return;
    pith_ascii_lower_copy(out, size, s, n);
}

void pith_warc_content_type_parse(const char *value, char *media, size_t media_size, char *charset,
                                  size_t charset_size)
{
    media[0] = charset[0] = '\0';
    if (!value)
        return;
    const char *p = value;
    while (pith_ascii_is_blank(*p))
        p++;
    size_t n = strcspn(p, "; \t");
    copy_lower(media, media_size, p, n);
    p += n;
    while ((p = strchr(p, ';')) != NULL) {
        p++;
        while (pith_ascii_is_blank(*p))
            p++;
        if (!pith_ascii_iprefix(p, "charset"))
            continue;
        const char *v = p + 7;
        while (pith_ascii_is_blank(*v))
            v++;
        if (*v != '=')
            continue;
        v++;
        while (pith_ascii_is_blank(*v))
            v++;
        bool quoted = *v == '"' || *v == '\'';
        if (quoted)
            v++;
        size_t vn = strcspn(v, quoted ? "\"'" : "; \t");
        if (vn < charset_size) {
            memcpy(charset, v, vn);
            charset[vn] = '\0';
        }
        return;
    }
}

bool pith_warc_media_type_is_html(const char *media)
{
    return strcmp(media, "text/html") == 0 || strcmp(media, "application/xhtml+xml") == 0;
}

/* Case-insensitive search for an ASCII needle in the first n bytes. */
static bool contains_ci(const char *p, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (p[i] == '<' && pith_ascii_ieqn(p + i, needle, k))
            return true;
    return false;
}

bool pith_warc_looks_like_html(const char *data, size_t len)
{
    static const char *const tags[] = {"<!doctype html", "<html", "<head", "<body", "<title",
                                       "<meta", "<!--"};
    size_t i = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && (pith_ascii_is_blank(data[i]) || data[i] == '\r' || data[i] == '\n'))
        i++;
    if (i >= len || data[i] != '<')
        return false;
    size_t n = len - i < 1024 ? len - i : 1024;
    for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++)
        if (contains_ci(data + i, n, tags[t]))
            return true;
    return false;
}

/* Read one chunk-size line at data[*i]; (size_t)-1 when it is not one. */
static size_t chunk_size_line(const char *data, size_t len, size_t *i)
{
    size_t size = 0, digits = 0;
    while (*i < len && pith_ascii_hex_value(data[*i]) >= 0) {
        if (size > ((size_t)-1 >> 8))
            return (size_t)-1;
        size = size * 16 + (size_t)pith_ascii_hex_value(data[*i]);
        (*i)++;
        digits++;
    }
    if (digits == 0 || *i >= len || data[*i] == 0 || !strchr("; \t\r\n", data[*i]))
        return (size_t)-1;
    /* chunk extensions up to the line end */
    const char *nl = memchr(data + *i, '\n', len - *i);
    if (!nl)
        return (size_t)-1;
    *i = (size_t)(nl - data) + 1;
    return size;
}

size_t pith_warc_dechunk(char *data, size_t len)
{
    size_t i = 0, out = 0;
    bool any = false;
    while (i < len) {
        size_t size = chunk_size_line(data, len, &i);
        if (size == (size_t)-1)
            break;
        any = true;
        if (size == 0)
            return out; /* the last chunk; trailers are ignored */
        if (size > len - i)
            size = len - i; /* cut short: keep what is there */
        memmove(data + out, data + i, size);
        out += size;
        i += size;
        if (i < len && data[i] == '\r')
            i++;
        if (i < len && data[i] == '\n')
            i++;
    }
    return any ? out : (size_t)-1;
}

bool pith_warc_parse_length(const char *s, unsigned long long *out)
{
    unsigned long long v = 0;
    if (!s || !*s)
        return false;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return false;
        v = v * 10 + (unsigned)(*s - '0');
        if (v > (1ull << 53))
            return false;
    }
    *out = v;
    return true;
}
