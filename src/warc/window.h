/*
 * window.h — the bytes under the WARC reader: plain or gzip input,
 * decompressed into a sliding window (pith_window).
 *
 * The input comes through a read callback, so files, pipes and memory are
 * read alike and nothing is ever seeked.  Whether the input is gzip is told
 * by its first two bytes.  A gzip input may hold any number of members (one
 * per WARC record, as Common Crawl writes them, or one for the whole file);
 * the stream joins them and remembers where each member started, both in
 * the decompressed stream ("uoff") and in the input ("coff"), so that the
 * record layer can report the offsets that archive indexes use and can
 * tell a record cut short at a member boundary.
 *
 * Damage never stops the stream for good.  Bytes between members that are
 * not gzip, or a member whose deflate data is corrupt, make the stream stop
 * at a "break": fill() returns what was decompressed before it, the caller
 * reports the damage, and pith_window_resume() continues at the next gzip
 * member header.
 *
 * Memory is bounded: the window holds what the caller asked for (the record
 * layer never asks for more than a header block plus a chunk), and the raw
 * input buffer keeps at most WINDOW_RESCAN_MAX bytes of the current member so a
 * damaged member can be rescanned from its start.
 */
#ifndef PITH_WARC_WINDOW_H
#define PITH_WARC_WINDOW_H

#include <stdbool.h>
#include <stddef.h>
#include <zlib.h>

#include "pith.h"
#include "util/buf.h"

/* Where a gzip member started: in the decompressed stream and the input. */
typedef struct pith_window_member {
    unsigned long long uoff;
    unsigned long long coff;
} pith_window_member;

typedef enum pith_window_break {
    PITH_WINDOW_NO_BREAK = 0,
    PITH_WINDOW_NOT_GZIP,   /* bytes that are not a gzip member header */
    PITH_WINDOW_DAMAGED     /* a member whose compressed data is corrupt */
} pith_window_break;

typedef struct pith_window {
    pith_read_fn read;
    void *userdata;

    /* Raw input. */
    unsigned char *in;
    size_t in_pos, in_len, in_cap;
    unsigned long long in_base;  /* input offset of in[0] */
    bool in_eof;
    bool read_error;

    /* Decoding state. */
    bool started;                /* the first bytes were looked at */
    bool gzip;
    bool in_member;
    bool z_ready;
    bool gz_truncated;           /* the input ended inside a member */
    bool nomem;
    z_stream z;
    unsigned long long member_coff;
    unsigned long long member_uoff; /* where the current member's output starts */
    unsigned long long unskippable; /* 1 + the offset of a member found to hold more
                                       than a record (skip_member failed): not tried again */

    /* Decompressed window: win[pos..len) is unread. */
    char *win;
    size_t pos, len, cap;
    unsigned long long win_base; /* stream offset of win[0] */

    /* Member starts not yet passed, in order: members[head..n_members)
     * (uoff >= the stream offset of pos once consumed past). */
    pith_window_member *members;
    size_t members_head, n_members, members_cap;
    unsigned long long out_coff; /* the member the last decompressed bytes came from */

    pith_window_break broken;        /* set while stopped at a break */
    unsigned long long break_coff;
} pith_window;

/* Set up a stream over read(userdata); false when out of memory. */
bool pith_window_init(pith_window *s, pith_read_fn read, void *userdata);
void pith_window_free(pith_window *s);

/* Make at least need bytes readable from the current position, unless the
 * input ends, a break is reached or memory runs out first.  Returns the
 * number of readable bytes. */
size_t pith_window_fill(pith_window *s, size_t need);

static inline const char *pith_window_data(const pith_window *s)
{
    return s->win + s->pos;
}

static inline size_t pith_window_avail(const pith_window *s)
{
    return s->len - s->pos;
}

/* Pass n readable bytes. */
void pith_window_consume(pith_window *s, size_t n);

/* The decompressed stream offset of the current position. */
static inline unsigned long long pith_window_tell(const pith_window *s)
{
    return s->win_base + s->pos;
}

/* Input bytes read so far (compressed bytes for gzip input). */
static inline unsigned long long pith_window_input_tell(const pith_window *s)
{
    return s->in_base + s->in_pos;
}

/* Distance from the current position to the first member start at least
 * from bytes ahead; (size_t)-1 when none is known.  A binary search. */
size_t pith_window_member_from(const pith_window *s, size_t from);

static inline size_t pith_window_next_member(const pith_window *s)
{
    return pith_window_member_from(s, 0);
}

/* If a member starts at the current position, forget it and return true,
 * with its input offset in *coff (the first of several empty members that
 * start there; call again for the next). */
bool pith_window_take_member(pith_window *s, unsigned long long *coff);

/* After a break: skip to the next gzip member header.  The readable bytes
 * before the break are dropped.  Returns false when the input ended. */
bool pith_window_resume(pith_window *s);

/* Pass the rest of the current gzip member without decompressing it, when
 * its trailer says it holds total bytes (give or take slack more, the line
 * ends after a record): the raw input ahead is scanned for the next member
 * header (or the end of the input) preceded by that length (ISIZE, total
 * mod 2^32).  Call with nothing readable left in the window.  Returns false,
 * having changed nothing, when no such end is found in the next
 * WINDOW_SKIP_SCAN raw bytes (the member holds more than its record, or
 * the input is not gzip): the caller decompresses as usual. */
bool pith_window_skip_member(pith_window *s, unsigned long long total, unsigned slack);

/* True when the stream stopped at damage in the member that the last
 * decompressed bytes came from (a corrupt end, a bad CRC or length in its
 * trailer), rather than in a member after it. */
static inline bool pith_window_broken_here(const pith_window *s)
{
    return s->broken == PITH_WINDOW_DAMAGED && s->break_coff == s->out_coff;
}

/* True when the input is exhausted: no readable byte, no break to resume. */
bool pith_window_at_end(pith_window *s);

/* Read everything that is left, at most max bytes, into out: OK,
 * TOO_LARGE, TRUNCATED (a gzip member cut short; out holds what came
 * before), BAD_GZIP (not gzip, or corrupt), READ_ERROR or NOMEM. */
pith_warc_error pith_window_read_all(pith_window *s, size_t max, pith_buf *out);

/* Reading from memory: a pith_read_fn over a pith_window_memory. */
typedef struct pith_window_memory {
    const char *data;
    size_t len, pos;
} pith_window_memory;

long pith_window_memory_read(void *userdata, void *buf, size_t n);

#endif
