/*
 * decode.c — raw bytes to clean UTF-8 (see decode.h for the order of trust).
 */
#include "decode.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "util/arena.h"
#include "util/ascii.h"
#include "util/misread.h"
#include "util/utf8.h"
#include "charset_labels.h"
#include "detector.h"
#include "twice.h"

#define PRESCAN_BYTES (16 * 1024)
#define DETECT_BYTES (128 * 1024)
/* Well-formed multi-byte UTF-8 characters per invalid sequence above which
 * a page is UTF-8 with damage.  Legacy text forms valid sequences only by
 * chance (Shift_JIS, GBK and Big5 text: a few per cent of characters,
 * against a majority of invalid ones), so two to one is a wide margin. */
#define MOSTLY_UTF8 2

const char *pith_charset_lookup(const char *label, size_t len)
{
    while (len > 0 && (pith_ascii_is_space(*label) || *label == '"' || *label == '\'')) {
        label++;
        len--;
    }
    while (len > 0 && (pith_ascii_is_space(label[len - 1]) || label[len - 1] == '"' ||
                       label[len - 1] == '\'' || label[len - 1] == ';'))
        len--;
    if (len == 0 || len > 40)
        return NULL;
    char low[41];
    pith_ascii_lower_copy(low, sizeof low, label, len);
    for (const pith_charset_label *l = pith_charset_labels; l->label; l++)
        if (strcmp(l->label, low) == 0)
            return l->iconv;
    return NULL;
}

/* Find "charset=" inside a Content-Type value and look the label up. */
static const char *charset_from_content_type(const char *v, size_t n)
{
    for (size_t i = 0; i + 8 <= n; i++) {
        if (!pith_ascii_iprefix_n(v + i, n - i, "charset"))
            continue;
        size_t j = i + 7;
        while (j < n && pith_ascii_is_space(v[j]))
            j++;
        if (j >= n || v[j] != '=')
            continue;
        j++;
        while (j < n && (pith_ascii_is_space(v[j]) || v[j] == '"' || v[j] == '\''))
            j++;
        size_t start = j;
        while (j < n && !pith_ascii_is_space(v[j]) && v[j] != ';' && v[j] != '"' && v[j] != '\'')
            j++;
        return pith_charset_lookup(v + start, j - start);
    }
    return NULL;
}

/* One attribute of a tag in the prescan: name and value spans. */
typedef struct attr_span {
    const char *name, *value;
    size_t name_len, value_len;
} attr_span;

/* Read the next attribute of a tag starting at *pos; false at the tag end. */
static bool next_attr(const char *s, size_t n, size_t *pos, attr_span *a)
{
    size_t i = *pos;
    while (i < n && (pith_ascii_is_space(s[i]) || s[i] == '/'))
        i++;
    if (i >= n || s[i] == '>')
        return false;
    a->name = s + i;
    while (i < n && !pith_ascii_is_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/')
        i++;
    a->name_len = (size_t)(s + i - a->name);
    while (i < n && pith_ascii_is_space(s[i]))
        i++;
    a->value = s + i;
    a->value_len = 0;
    if (i < n && s[i] == '=') {
        i++;
        while (i < n && pith_ascii_is_space(s[i]))
            i++;
        if (i < n && (s[i] == '"' || s[i] == '\'')) {
            char q = s[i++];
            a->value = s + i;
            while (i < n && s[i] != q)
                i++;
            a->value_len = (size_t)(s + i - a->value);
            if (i < n)
                i++;
        } else {
            a->value = s + i;
            while (i < n && !pith_ascii_is_space(s[i]) && s[i] != '>')
                i++;
            a->value_len = (size_t)(s + i - a->value);
        }
    }
    *pos = i;
    return true;
}

static bool name_is(const attr_span *a, const char *name)
{
    return a->name_len == strlen(name) && pith_ascii_iprefix_n(a->name, a->name_len, name);
}

/* Examine one <meta ...> tag whose attributes start at pos. */
static const char *charset_of_meta(const char *s, size_t n, size_t pos)
{
    attr_span a;
    const char *content = NULL;
    size_t content_len = 0;
    bool http_equiv_ct = false;
    while (next_attr(s, n, &pos, &a)) {
        if (name_is(&a, "charset")) {
            const char *cs = pith_charset_lookup(a.value, a.value_len);
            if (cs)
                return cs;
        } else if (name_is(&a, "http-equiv")) {
            http_equiv_ct = a.value_len == 12 && pith_ascii_iprefix_n(a.value, 12, "content-type");
        } else if (name_is(&a, "content")) {
            content = a.value;
            content_len = a.value_len;
        }
    }
    if (http_equiv_ct && content)
        return charset_from_content_type(content, content_len);
    return NULL;
}

const char *pith_charset_prescan(const char *s, size_t n)
{
    if (n > PRESCAN_BYTES)
        n = PRESCAN_BYTES;
    size_t i = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        i = (size_t)(lt - s);
        if (pith_ascii_iprefix_n(s + i, n - i, "<!--")) {
            const char *end = NULL;
            for (size_t j = i + 4; j + 3 <= n; j++)
                if (s[j] == '-' && s[j + 1] == '-' && s[j + 2] == '>') {
                    end = s + j + 3;
                    break;
                }
            if (!end)
                break;
            i = (size_t)(end - s);
        } else if (pith_ascii_iprefix_n(s + i, n - i, "<meta") && i + 5 < n &&
                   (pith_ascii_is_space(s[i + 5]) || s[i + 5] == '/')) {
            const char *cs = charset_of_meta(s, n, i + 5);
            if (cs)
                return cs;
            i += 5;
        } else {
            i++;
        }
    }
    return NULL;
}

/* A C0 control byte that text does not hold: all but the line breaks,
 * the tab, the form feed and ESC (ISO-2022's escapes). */
static bool is_binary_control(unsigned char c)
{
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B;
}

/* How many of the eight bytes at s are is_binary_control's, counted on
 * the whole word at once: the bytes below 0x20 (of the low seven bits,
 * bytes >= 0x80 left out), but for 0x09-0x0A, 0x0C-0x0D and 0x1B. */
static unsigned controls_in_word(const char *s)
{
    const uint64_t high = 0x8080808080808080ull;
    uint64_t x;
    memcpy(&x, s, sizeof x);
    uint64_t low = x & ~high;
    uint64_t c0 = pith_ascii_bytes_within(low, 0x00, 0x1F) & ~x;
    if (!c0) /* most words: no line break either */
        return 0;
    uint64_t text = pith_ascii_bytes_within(low, '\t', '\n') |
                    pith_ascii_bytes_within(low, '\f', '\r') |
                    pith_ascii_bytes_within(low, 0x1B, 0x1B);
    return pith_ascii_bytes_marked(c0 & ~text);
}

bool pith_looks_binary(const char *in, size_t n)
{
    static const struct { const char *magic; size_t len; } magics[] = {
        {"%PDF-", 5}, {"\x89PNG", 4}, {"GIF8", 4}, {"\xFF\xD8\xFF", 3},
        {"PK\x03\x04", 4}, {"\x1F\x8B", 2}, {"\x7F" "ELF", 4}, {"RIFF", 4},
        {"\x00\x00\x01\x00", 4}, {"BZh", 3}, {"\xFD" "7zXZ", 5}, {"7z\xBC\xAF", 4},
        {"Rar!", 4}, {"\x28\xB5\x2F\xFD", 4}, {"OggS", 4}, {"fLaC", 4}, {"ID3", 3},
        {"wOFF", 4}, {"wOF2", 4}, {"\xD0\xCF\x11\xE0", 4},
    };
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++)
        if (n >= magics[i].len && memcmp(in, magics[i].magic, magics[i].len) == 0)
            return true;
    /* UTF-16 with a BOM is text even though it is full of NULs. */
    if (n >= 2 && (((unsigned char)in[0] == 0xFF && (unsigned char)in[1] == 0xFE) ||
                   ((unsigned char)in[0] == 0xFE && (unsigned char)in[1] == 0xFF)))
        return false;
    size_t look = n < 4096 ? n : 4096, controls = 0, i = 0;
    for (; i + 8 <= look; i += 8)
        controls += controls_in_word(in + i);
    for (; i < look; i++)
        controls += is_binary_control((unsigned char)in[i]);
    return look > 0 && controls * 10 > look; /* over 10% control bytes */
}

/* Counts used to decide between UTF-8 and a legacy encoding. */
typedef struct utf8_stats {
    size_t high;     /* bytes >= 0x80 */
    size_t invalid;  /* invalid sequences */
    size_t multi;    /* well-formed multi-byte characters */
    size_t nul;      /* NUL bytes */
    size_t c1;       /* C1 control characters (U+0080..U+009F) */
    size_t leads;    /* "Â", "Ã" and "â": what text encoded twice begins with */
    bool esc;        /* an ESC byte (ISO-2022 escape sequences) */
} utf8_stats;

/* Valid UTF-8 as pith reads it: NULs dropped (pith_utf8_repair), C1
 * controls read as windows-1252 (pith_c1_as_cp1252), else copied as it
 * is; then, when the whole of it was encoded twice, decoded back
 * (twice.h).  False when memory ran out, the repair's included. */
static bool copy_valid_utf8(pith_buf *out, const char *in, size_t n, const utf8_stats *st)
{
    size_t from = out->len;
    if (st->nul)
        pith_utf8_repair(out, in, n);
    else if (st->c1)
        pith_c1_as_cp1252(out, in, n);
    else
        pith_buf_append(out, in, n);
    if (st->leads >= PITH_TWICE_MIN_TELLING && /* most pages hold none: no second look */
        !pith_twice_repair(out, from))
        return false;
    return !out->oom;
}

static utf8_stats scan_utf8(const char *s, size_t n)
{
    utf8_stats st = {0, 0, 0, 0, 0, 0, false};
    st.esc = memchr(s, 0x1B, n) != NULL;
    size_t i = 0;
    while (i < n) {
        i += pith_ascii_run(s + i, n - i);
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { /* NUL */
            st.nul++;
            i++;
            continue;
        }
        if (pith_utf8_two_byte_at(s + i, n - i)) { /* most characters beyond ASCII */
            st.high += 2;
            st.multi++;
            st.c1 += c == 0xC2 && (unsigned char)s[i + 1] < 0xA0; /* U+0080..U+009F */
            if (c == 0xC3)
                st.leads += pith_twice_lead(s + i, n - i);
            i += 2;
            continue;
        }
        uint32_t cp;
        int k = pith_utf8_decode(s + i, n - i, &cp);
        st.high += (size_t)k;
        if (cp == 0xFFFD && !(k == 3 && c == 0xEF))
            st.invalid++;
        else
            st.multi++;
        st.c1 += cp >= 0x80 && cp <= 0x9F;
        i += (size_t)k;
    }
    return st;
}

/* Ask uchardet, feeding it the text between tags that holds non-ASCII
 * bytes or escapes: markup and scripts are ASCII noise that dilutes its
 * statistics. */
static const char *detect_charset(const char *s, size_t n)
{
    const pith_uchardet *u = pith_uchardet_get();
    void *ud = u ? u->create() : NULL;
    if (!ud)
        return NULL;
    size_t fed = 0, i = 0;
    while (i < n && fed < DETECT_BYTES) {
        const char *gt = memchr(s + i, '>', n - i);
        size_t start = gt ? (size_t)(gt - s) + 1 : n;
        const char *lt = start < n ? memchr(s + start, '<', n - start) : NULL;
        size_t end = lt ? (size_t)(lt - s) : n;
        bool high = false;
        for (size_t j = start; j < end; j++)
            if ((unsigned char)s[j] >= 0x80 || s[j] == 0x1B) { /* ESC: ISO-2022 */
                high = true;
                break;
            }
        if (high) {
            u->handle_data(ud, s + start, end - start);
            u->handle_data(ud, "\n", 1);
            fed += end - start;
        }
        i = end + 1;
    }
    u->data_end(ud);
    const char *name = u->get_charset(ud);
    const char *cs = name ? pith_charset_lookup(name, strlen(name)) : NULL;
    u->destroy(ud);
    return cs;
}

static bool is_utf8_name(const char *cs)
{
    return cs && strcmp(cs, "UTF-8") == 0;
}

static bool is_utf16_name(const char *cs)
{
    return cs && strncmp(cs, "UTF-16", 6) == 0;
}

/* Convert with iconv; invalid input bytes become U+FFFD.  False when the
 * charset is unknown to iconv or memory ran out. */
static bool convert(const char *cs, const char *in, size_t n, pith_buf *out, bool *replaced)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) {
        if (errno == ENOMEM)
            pith_alloc_failed(); /* not an unknown charset: the page fails */
        return false;
    }
    /* An invalid code unit is skipped whole: skipping one byte of UTF-16
     * would misalign, and garble, everything after it. */
    size_t unit = is_utf16_name(cs) ? 2 : 1;
    pith_buf tmp = PITH_BUF_INIT;
    char *src = (char *)in;
    size_t left = n;
    bool ok = true;
    while (left > 0) {
        if (!pith_buf_reserve(&tmp, left * 2 + 64)) {
            ok = false;
            break;
        }
        char *dst = tmp.data + tmp.len;
        size_t room = tmp.cap - tmp.len - 1;
        size_t r = iconv(cd, &src, &left, &dst, &room);
        tmp.len = (size_t)(dst - tmp.data);
        tmp.data[tmp.len] = '\0';
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG)
            continue;
        *replaced = true;
        pith_buf_append(&tmp, "\xEF\xBF\xBD", 3);
        if (errno == EINVAL) /* incomplete sequence at the very end */
            break;
        size_t skip = left < unit ? left : unit;
        src += skip;
        left -= skip;
        iconv(cd, NULL, NULL, NULL, NULL); /* reset shift state */
    }
    iconv_close(cd);
    if (ok && !tmp.oom)
        pith_utf8_repair(out, tmp.data ? tmp.data : "", tmp.len);
    else
        ok = false;
    pith_buf_free(&tmp);
    return ok && !out->oom;
}

bool pith_decode(const char *in, size_t n, const char *transport, pith_buf *out,
                 pith_decode_info *info)
{
    const unsigned char *u = (const unsigned char *)in;
    info->replaced = false;

    /* 1. Byte-order marks. */
    const char *bom = NULL;
    size_t skip = 0;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        bom = "UTF-8", skip = 3;
    else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        bom = "UTF-16LE", skip = 2;
    else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        bom = "UTF-16BE", skip = 2;
    in += skip;
    n -= skip;

    const char *cs = bom;
    info->source = "bom";
    if (!cs && transport) {
        cs = pith_charset_lookup(transport, strlen(transport));
        if (!cs)
            cs = charset_from_content_type(transport, strlen(transport));
        info->source = "transport";
    }
    if (!cs) {
        cs = pith_charset_prescan(in, n);
        info->source = "meta";
        if (is_utf16_name(cs)) /* a UTF-16 page cannot declare itself in ASCII */
            cs = "UTF-8";
    }

    if (!bom && !is_utf16_name(cs)) {
        utf8_stats st = scan_utf8(in, n);
        /* 7-bit ISO-2022 text, declared or (with its escapes) undeclared. */
        bool stateful = st.esc && (!cs || strncmp(cs, "ISO-2022", 8) == 0);
        if (st.high == 0 && !stateful) {
            /* Pure ASCII reads the same in every ASCII-compatible charset. */
            if (!cs) {
                cs = "UTF-8";
                info->source = "default";
            }
            info->charset = cs;
            return copy_valid_utf8(out, in, n, &st);
        }
        if (st.invalid == 0 && !stateful) {
            /* Valid multi-byte UTF-8 is UTF-8, whatever was declared. */
            if (!is_utf8_name(cs))
                info->source = cs ? "detected" : "default";
            info->charset = "UTF-8";
            return copy_valid_utf8(out, in, n, &st);
        }
        if (!stateful && st.multi >= MOSTLY_UTF8 * st.invalid) {
            /* Mostly well-formed UTF-8 with a few damaged sequences (a
             * latin-1 byte pasted into a UTF-8 page, a cut character):
             * the damage is local, so read UTF-8 and repair it rather
             * than turn every other character into mojibake. */
            if (!is_utf8_name(cs))
                info->source = cs ? "detected" : "default";
            info->charset = "UTF-8";
            info->replaced = true;
            pith_utf8_repair(out, in, n);
            return !out->oom;
        }
        if (!cs || is_utf8_name(cs)) {
            cs = detect_charset(in, n);
            info->source = "detected";
            if (!cs || is_utf8_name(cs)) {
                cs = "WINDOWS-1252";
                info->source = "default";
            }
        }
    }

    info->charset = cs;
    if (is_utf8_name(cs)) {
        pith_utf8_repair(out, in, n);
        info->replaced = !pith_utf8_is_clean(in, n);
        return !out->oom;
    }
    if (convert(cs, in, n, out, &info->replaced))
        return true;
    if (out->oom)
        return false;
    /* iconv does not know this charset: read it as windows-1252. */
    info->charset = "WINDOWS-1252";
    info->source = "default";
    return convert("WINDOWS-1252", in, n, out, &info->replaced);
}
