/*
 * window.c — plain or gzip input decompressed into a sliding window (see
 * window.h).
 */
#include "window.h"

#include <stdlib.h>
#include <string.h>

#define WINDOW_IN_CHUNK (64 * 1024)     /* raw bytes read at a time */
#define WINDOW_WIN_CHUNK (64 * 1024)    /* room added to the window at a time */
#define WINDOW_RESCAN_MAX (1024 * 1024) /* raw bytes kept to rescan a damaged member */
/* Raw bytes pith_window_skip_member looks through for a member's end: a
 * record of gigabytes of zeros compresses to about a thousandth of that,
 * so 16 MB covers records of 16 GB and more, passed without inflating. */
#define WINDOW_SKIP_SCAN (16 * 1024 * 1024)

static const unsigned char gzip_magic[3] = {0x1f, 0x8b, 0x08};

bool pith_window_init(pith_window *s, pith_read_fn read, void *userdata)
{
    memset(s, 0, sizeof *s);
    s->read = read;
    s->userdata = userdata;
    s->in_cap = WINDOW_IN_CHUNK;
    s->in = malloc(s->in_cap);
    s->cap = WINDOW_WIN_CHUNK;
    s->win = malloc(s->cap);
    if (!s->in || !s->win) {
        pith_window_free(s);
        return false;
    }
    return true;
}

void pith_window_free(pith_window *s)
{
    if (s->z_ready)
        inflateEnd(&s->z);
    free(s->in);
    free(s->win);
    free(s->members);
    memset(s, 0, sizeof *s);
}

/* ------------------------------------------------------------ raw input */

/* The first raw byte that must be kept: the current member's start while it
 * is close enough to rescan, else the read position. */
static size_t input_keep_from(const pith_window *s)
{
    if (s->gzip && s->in_member && s->member_coff >= s->in_base &&
        s->in_base + s->in_pos - s->member_coff <= WINDOW_RESCAN_MAX)
        return (size_t)(s->member_coff - s->in_base);
    return s->in_pos;
}

/* Room for at least half a chunk after in_len: drop the bytes no longer
 * needed when space runs low, and grow (doubling) only past that. */
static bool input_room(pith_window *s)
{
    if (s->in_cap - s->in_len >= WINDOW_IN_CHUNK / 2)
        return true;
    size_t keep = input_keep_from(s);
    if (keep > 0) {
        memmove(s->in, s->in + keep, s->in_len - keep);
        s->in_len -= keep;
        s->in_pos -= keep;
        s->in_base += keep;
    }
    if (s->in_cap - s->in_len >= WINDOW_IN_CHUNK / 2)
        return true;
    size_t need = s->in_len + WINDOW_IN_CHUNK;
    size_t cap = s->in_cap * 2 > need ? s->in_cap * 2 : need;
    unsigned char *p = realloc(s->in, cap);
    if (!p) {
        s->nomem = true;
        return false;
    }
    s->in = p;
    s->in_cap = cap;
    return true;
}

/* Read more raw input.  Returns false at the end of the input or on error. */
static bool input_more(pith_window *s)
{
    if (s->in_eof || !input_room(s))
        return false;
    long n = s->read(s->userdata, s->in + s->in_len, s->in_cap - s->in_len);
    if (n <= 0) {
        s->in_eof = true;
        s->read_error = n < 0;
        return false;
    }
    s->in_len += (size_t)n;
    return true;
}

/* Make at least n raw bytes readable, if the input has them. */
static size_t input_ensure(pith_window *s, size_t n)
{
    while (s->in_len - s->in_pos < n && input_more(s))
        ;
    return s->in_len - s->in_pos;
}

/* ------------------------------------------------------------ window */

/* Room for need readable bytes plus one chunk of new data. */
static bool window_room(pith_window *s, size_t need)
{
    if (s->pos > 0 && s->cap - s->len < WINDOW_WIN_CHUNK) {
        memmove(s->win, s->win + s->pos, s->len - s->pos);
        s->win_base += s->pos;
        s->len -= s->pos;
        s->pos = 0;
    }
    size_t want = (need > s->len ? need : s->len) + WINDOW_WIN_CHUNK;
    if (s->cap >= want)
        return true;
    char *p = realloc(s->win, want);
    if (!p) {
        s->nomem = true;
        return false;
    }
    s->win = p;
    s->cap = want;
    return true;
}

static bool remember_member(pith_window *s, unsigned long long uoff, unsigned long long coff)
{
    if (s->members_head > 0 && s->members_head * 2 >= s->n_members) {
        /* Compact now and then: each start is moved O(1) times overall. */
        memmove(s->members, s->members + s->members_head,
                (s->n_members - s->members_head) * sizeof *s->members);
        s->n_members -= s->members_head;
        s->members_head = 0;
    }
    if (s->n_members == s->members_cap) {
        size_t cap = s->members_cap ? s->members_cap * 2 : 16;
        pith_window_member *p = realloc(s->members, cap * sizeof *p);
        if (!p) {
            s->nomem = true;
            return false;
        }
        s->members = p;
        s->members_cap = cap;
    }
    s->members[s->n_members].uoff = uoff;
    s->members[s->n_members].coff = coff;
    s->n_members++;
    return true;
}

/* The index of the first remembered member starting at or after uoff. */
static size_t member_at_or_after(const pith_window *s, unsigned long long uoff)
{
    size_t lo = s->members_head, hi = s->n_members;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->members[mid].uoff < uoff)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Forget member starts behind the current position. */
static void prune_members(pith_window *s)
{
    s->members_head = member_at_or_after(s, pith_window_tell(s));
    if (s->members_head == s->n_members)
        s->members_head = s->n_members = 0;
}

/* ------------------------------------------------------------ decoding */

/* Look at the first bytes: gzip or plain. */
static bool start(pith_window *s)
{
    s->started = true;
    input_ensure(s, 2);
    s->gzip = s->in_len - s->in_pos >= 2 && s->in[s->in_pos] == gzip_magic[0] &&
              s->in[s->in_pos + 1] == gzip_magic[1];
    return true;
}

/* Plain input: raw bytes go straight to the window. */
static bool read_plain(pith_window *s)
{
    if (s->in_pos < s->in_len) {
        size_t n = s->in_len - s->in_pos;
        if (n > s->cap - s->len)
            n = s->cap - s->len;
        memcpy(s->win + s->len, s->in + s->in_pos, n);
        s->len += n;
        s->in_pos += n;
        return true;
    }
    if (s->in_eof)
        return false;
    long n = s->read(s->userdata, s->win + s->len, s->cap - s->len);
    if (n <= 0) {
        s->in_eof = true;
        s->read_error = n < 0;
        return false;
    }
    s->len += (size_t)n;
    s->in_base += (size_t)n;
    return true;
}

static void stop_at_break(pith_window *s, pith_window_break why, unsigned long long coff)
{
    s->broken = why;
    s->break_coff = coff;
    s->in_member = false;
}

/* True when the raw bytes kept since the current member's start hold
 * another gzip member header after it. */
static bool magic_after_member_start(const pith_window *s)
{
    if (s->member_coff < s->in_base)
        return false; /* its start is no longer kept */
    size_t from = (size_t)(s->member_coff - s->in_base) + 1;
    for (size_t i = from; i + 3 <= s->in_len; i++)
        if (s->in[i] == gzip_magic[0] && memcmp(s->in + i, gzip_magic, 3) == 0)
            return true;
    return false;
}

/* Begin the gzip member at the read position, or stop at a break. */
static bool begin_member(pith_window *s)
{
    size_t have = input_ensure(s, 3);
    if (have == 0)
        return false; /* the clean end of the input */
    unsigned long long coff = s->in_base + s->in_pos;
    if (have < 3 || memcmp(s->in + s->in_pos, gzip_magic, 3) != 0) {
        stop_at_break(s, PITH_WINDOW_NOT_GZIP, coff);
        return false;
    }
    int rc = s->z_ready ? inflateReset(&s->z) : inflateInit2(&s->z, 15 + 16);
    if (rc != Z_OK) {
        s->nomem = true;
        return false;
    }
    s->z_ready = true;
    s->in_member = true;
    s->member_coff = coff;
    s->member_uoff = s->win_base + s->len;
    return remember_member(s, s->win_base + s->len, coff);
}

/* Inflate until some output appears.  Returns false when none can. */
static bool inflate_some(pith_window *s)
{
    for (;;) {
        if (!s->in_member && !begin_member(s))
            return false;
        if (s->in_pos == s->in_len && !input_more(s)) {
            if (!s->read_error && !s->nomem && magic_after_member_start(s)) {
                /* Not the end of a member cut short, but a member cut
                 * short followed by others, whose bytes it read as its own:
                 * damage, so that reading resumes at the next member. */
                stop_at_break(s, PITH_WINDOW_DAMAGED, s->member_coff);
                return false;
            }
            s->gz_truncated = !s->read_error && !s->nomem;
            s->in_member = false;
            return false;
        }
        s->z.next_in = s->in + s->in_pos;
        s->z.avail_in = (uInt)(s->in_len - s->in_pos);
        s->z.next_out = (Bytef *)s->win + s->len;
        s->z.avail_out = (uInt)(s->cap - s->len);
        int rc = inflate(&s->z, Z_NO_FLUSH);
        size_t used = (s->in_len - s->in_pos) - s->z.avail_in;
        size_t made = (s->cap - s->len) - s->z.avail_out;
        s->in_pos += used;
        s->len += made;
        if (made > 0)
            s->out_coff = s->member_coff;
        if (rc == Z_STREAM_END) {
            s->in_member = false;
            if (made > 0)
                return true;
            continue;
        }
        if (rc == Z_OK || rc == Z_BUF_ERROR) {
            if (made > 0)
                return true;
            continue;
        }
        if (rc == Z_MEM_ERROR) {
            s->nomem = true;
            return false;
        }
        stop_at_break(s, PITH_WINDOW_DAMAGED, s->member_coff);
        return made > 0;
    }
}

size_t pith_window_fill(pith_window *s, size_t need)
{
    if (s->len - s->pos >= need)
        return s->len - s->pos;
    if (!window_room(s, need))
        return s->len - s->pos;
    while (s->len - s->pos < need && !s->broken && !s->nomem) {
        if (!s->started)
            start(s);
        if (s->len == s->cap && !window_room(s, need))
            break;
        bool more = s->gzip ? inflate_some(s) : read_plain(s);
        if (!more)
            break;
    }
    return s->len - s->pos;
}

void pith_window_consume(pith_window *s, size_t n)
{
    if (n > s->len - s->pos)
        n = s->len - s->pos;
    s->pos += n;
    if (s->n_members > s->members_head)
        prune_members(s);
}

size_t pith_window_member_from(const pith_window *s, size_t from)
{
    unsigned long long here = pith_window_tell(s) + from;
    size_t i = member_at_or_after(s, here);
    return i < s->n_members ? (size_t)(s->members[i].uoff - here) + from : (size_t)-1;
}

bool pith_window_take_member(pith_window *s, unsigned long long *coff)
{
    unsigned long long here = pith_window_tell(s);
    size_t i = member_at_or_after(s, here);
    if (i == s->n_members || s->members[i].uoff != here)
        return false;
    *coff = s->members[i].coff;
    if (i == s->members_head)
        s->members_head++;
    else {
        memmove(s->members + i, s->members + i + 1, (s->n_members - i - 1) * sizeof *s->members);
        s->n_members--;
    }
    return true;
}

/* Find the next gzip member header at or after raw offset from. */
static bool seek_magic(pith_window *s, unsigned long long from)
{
    s->in_pos = from > s->in_base ? (size_t)(from - s->in_base) : 0;
    if (s->in_pos > s->in_len)
        s->in_pos = s->in_len;
    for (;;) {
        size_t have = s->in_len - s->in_pos;
        const unsigned char *p = s->in + s->in_pos;
        for (size_t i = 0; i + 3 <= have; i++)
            if (p[i] == gzip_magic[0] && memcmp(p + i, gzip_magic, 3) == 0) {
                s->in_pos += i;
                return true;
            }
        if (have > 2)
            s->in_pos = s->in_len - 2;
        if (!input_more(s)) {
            s->in_pos = s->in_len;
            return false;
        }
    }
}

bool pith_window_resume(pith_window *s)
{
    if (!s->broken)
        return !pith_window_at_end(s);
    unsigned long long from = s->break_coff + 1;
    s->broken = PITH_WINDOW_NO_BREAK;
    s->win_base += s->len;
    s->pos = s->len = 0;
    s->members_head = s->n_members = 0;
    return seek_magic(s, from);
}

/* The 32-bit little-endian value at p. */
static unsigned long long le32(const unsigned char *p)
{
    return (unsigned long long)p[0] | (unsigned long long)p[1] << 8 |
           (unsigned long long)p[2] << 16 | (unsigned long long)p[3] << 24;
}

/* When the 4 bytes at p are the ISIZE of a member of total (to total +
 * slack) bytes: that size exactly, else 0. */
static unsigned long long matching_size(const unsigned char *p, unsigned long long total,
                                        unsigned slack)
{
    unsigned long long extra = (le32(p) - total) & 0xFFFFFFFFull;
    return extra <= slack ? total + extra : 0;
}

/* The raw index where the current member ends if its trailer says total
 * (to total + slack) bytes, with that size in *size; (size_t)-1 when no
 * end is found within WINDOW_SKIP_SCAN bytes of the read position.  More
 * input is read as needed; the bytes from the read position are kept
 * (input_keep_from never passes it). */
static size_t find_member_end(pith_window *s, unsigned long long total, unsigned slack,
                              unsigned long long *size)
{
    unsigned long long start = s->in_base + s->in_pos, at = start;
    for (;;) {
        size_t i = (size_t)(at - s->in_base), first = (size_t)(start - s->in_base) + 4;
        for (; i + 3 <= s->in_len; i++)
            if (i >= first && s->in[i] == gzip_magic[0] && memcmp(s->in + i, gzip_magic, 3) == 0 &&
                (*size = matching_size(s->in + i - 4, total, slack)) != 0)
                return i;
        at = s->in_base + i;
        if (at - start > WINDOW_SKIP_SCAN)
            return (size_t)-1;
        if (!input_more(s)) { /* the end of the input: the last member's end? */
            i = s->in_len;
            if (s->read_error || s->nomem || i < first ||
                (*size = matching_size(s->in + i - 4, total, slack)) == 0)
                return (size_t)-1;
            return i;
        }
    }
}

bool pith_window_skip_member(pith_window *s, unsigned long long total, unsigned slack)
{
    if (!s->gzip || !s->in_member || s->broken || s->pos < s->len ||
        s->unskippable == s->member_coff + 1)
        return false;
    unsigned long long size;
    size_t end = find_member_end(s, total, slack, &size);
    if (end == (size_t)-1) {
        /* One look per member: a whole-file gzip WARC is scanned once, not
         * once per large record in it. */
        s->unskippable = s->member_coff + 1;
        return false;
    }
    /* The member ends there: its output, never made, is passed over. */
    s->in_pos = end;
    s->in_member = false;
    s->win_base = s->member_uoff + size;
    s->pos = s->len = 0;
    s->members_head = s->n_members = 0;
    return true;
}

bool pith_window_at_end(pith_window *s)
{
    return pith_window_fill(s, 1) == 0 && !s->broken;
}

pith_warc_error pith_window_read_all(pith_window *s, size_t max, pith_buf *out)
{
    for (;;) {
        size_t n = pith_window_fill(s, WINDOW_WIN_CHUNK);
        if (n == 0)
            break;
        if (out->len + n > max)
            return PITH_WARC_TOO_LARGE;
        pith_buf_append(out, pith_window_data(s), n);
        pith_window_consume(s, n);
    }
    if (s->nomem || out->oom)
        return PITH_WARC_NOMEM;
    if (s->read_error)
        return PITH_WARC_READ_ERROR;
    if (s->broken)
        return PITH_WARC_BAD_GZIP;
    if (s->gz_truncated)
        return PITH_WARC_TRUNCATED;
    return PITH_WARC_OK;
}

long pith_window_memory_read(void *userdata, void *buf, size_t n)
{
    pith_window_memory *m = userdata;
    size_t left = m->len - m->pos;
    if (n > left)
        n = left;
    memcpy(buf, m->data + m->pos, n);
    m->pos += n;
    return (long)n;
}
