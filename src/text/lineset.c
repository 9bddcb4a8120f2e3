/*
 * lineset.c — the lines of a batch's documents, remembered so that a text
 * page's header, menus and footer can be known by their coming back on the
 * other pages of its site (see "batches of text" in pith.h).
 *
 * The set is a hash table keyed by a line's folded text and its host.
 * Each entry keeps the first documents that held the line (enough to
 * count REPEAT_OTHERS others beside any one document) and the last one.
 * A query for document k counts only the documents numbered below
 * k + PITH_LINESET_AHEAD other than k: what later documents add changes
 * nothing for it, so its answer does not depend on when it is asked.
 *
 * Memory is bounded by PITH_LINESET_MAX_LINES: when the table is full, the
 * lines no document has held for PITH_LINESET_KEEP documents are forgotten
 * (a sweep, decided by the adds alone, in their order); when that frees
 * too little, new lines are not recorded until it frees enough again.  A
 * mutex guards the table: one lock per document added or extracted.
 *
 * A text page is read into blocks once: the add reads it whole (measures
 * and all, as the extraction would) and keeps the blocks until the
 * extraction of that document takes them (the memory they are in, not a
 * copy), which then reads nothing when its decoded text is the one the
 * add read.  The bytes the add decoded
 * are kept with their decoding, an HTML document's too, so that the
 * extraction of the same bytes does not decode them again.  At most
 * KEPT_PAGES pages and KEPT_BYTES bytes of their texts are kept, the
 * oldest documents' given up first (their extraction reads them again,
 * to the same blocks).  A kept page's blocks are read under the max_memory
 * of its document, and count against the budget of the extraction that
 * takes them until it frees them; the set's copies of the texts and bytes
 * are its own, bounded apart (KEPT_BYTES), as its table is.
 *
 * The set also remembers the phrase rules' verdicts on the texts of the
 * blocks that another document holds (pith_rules_block_phrase, the
 * dearest step of the text front end): a site's header, menus and footer
 * come back on each of its pages, and such a line judged once is not
 * judged again.  Lines no other document holds are left out: remembered,
 * they cost more time in memory (page faults, cache misses) than their
 * rare second judgement does.  A verdict depends on the text alone, so
 * what is remembered or forgotten changes no result.  The memo grows to
 * at most MEMO_SLOTS / 2 texts and MEMO_BYTES of them; full, it forgets
 * them all and starts again.  It has a lock of its own.
 */
#include "text/lineset.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/url.h"

#define REPEAT_OTHERS 2          /* other documents that make a line repeated */
#define FIRST_SEQS (REPEAT_OTHERS + 1)
#define MIN_SLOTS 1024
#define NO_SEQ (~0ull)
#define SWEEP_FREES_ENOUGH 4     /* a sweep must free a quarter of the lines */
/* A table below its largest grows when it is three quarters full, not
 * half: each doubling writes a new table, and every page of it is faulted
 * in, the table being hashed; the 181 aeb pages as text (17,000 lines)
 * took 64 K slots of the set's 40 bytes, and 2,600 page faults in all.
 * (At its largest the table holds what PITH_LINESET_MAX_LINES says.) */
#define GROW_AT(cap) ((cap) / 4 * 3)
/* Pages read at their add and not yet extracted: a batch extracts a
 * document once the adds are PITH_LINESET_AHEAD past it, so a few times
 * that covers the documents in flight. */
#define KEPT_PAGES (4 * PITH_LINESET_AHEAD)
#define KEPT_BYTES ((size_t)64 << 20)
#define MEMO_FIRST_SLOTS 1024       /* doubled as it fills, to MEMO_SLOTS */
#define MEMO_SLOTS ((size_t)1 << 16) /* a power of two */
#define MEMO_FIRST_BYTES ((size_t)64 << 10) /* doubled as it fills, to MEMO_BYTES */
#define MEMO_BYTES ((size_t)4 << 20) /* of the texts remembered */

/* A page read at its add, waiting for its extraction, which takes it
 * (pith_lineset_page) and frees it when done. */
typedef struct pith_lineset_page {
    unsigned long long seq;
    char *text;             /* the decoded text it was read from */
    size_t len;
    char *data;             /* the bytes that decoded to it: text itself
                               when they are the same (UTF-8, most often) */
    size_t data_len;
    char *charset;          /* the charset label they were read with, or NULL */
    pith_decode_info info;  /* how they decoded */
    bool has_page;          /* text: page was read; HTML: only the decoding kept */
    pith_arena arena;       /* holds page */
    pith_tpage page;
} kept;

typedef struct entry {
    uint64_t key;                     /* 0: an empty slot */
    unsigned long long first[FIRST_SEQS]; /* the first documents, increasing */
    unsigned long long last;          /* the last document that held it */
} entry;

/* A verdict of the phrase rules on a text. */
typedef struct verdict {
    uint64_t hash;          /* the text's folded hash */
    uint32_t at;            /* where the text is in the memo's pool, + 1; 0: an empty slot */
    uint32_t len;
    const char *rule;       /* static, or NULL */
    pith_category cat;
} verdict;

/* The verdicts remembered (empty until the first is). */
typedef struct memo {
    pthread_mutex_t mu;
    verdict *slots;         /* cap of them, a power of two, GROW_AT(cap) used at most */
    size_t cap;
    char *pool;             /* the texts, one after another */
    size_t pool_cap;
    size_t pooled;          /* bytes of the pool used */
    size_t used;            /* slots used */
} memo;

struct pith_lineset {
    pthread_mutex_t mu;
    entry *slots;
    size_t cap;                 /* a power of two */
    size_t used;
    unsigned long long quiet_until; /* full: no sweep before this document */
    kept *kept[KEPT_PAGES];     /* NULL: a free place */
    size_t kept_bytes;          /* of their texts */
    memo said;                  /* the phrase rules' verdicts */
};

pith_lineset *pith_lineset_new(void)
{
    pith_lineset *set = calloc(1, sizeof *set);
    if (!set)
        return NULL;
    set->slots = calloc(MIN_SLOTS, sizeof *set->slots);
    if (!set->slots || pthread_mutex_init(&set->mu, NULL) != 0) {
        free(set->slots);
        free(set);
        return NULL;
    }
    if (pthread_mutex_init(&set->said.mu, NULL) != 0) {
        pthread_mutex_destroy(&set->mu);
        free(set->slots);
        free(set);
        return NULL;
    }
    set->cap = MIN_SLOTS;
    return set;
}

static void kept_free(kept *k)
{
    if (!k)
        return;
    pith_arena_release(&k->arena);
    if (k->data != k->text)
        free(k->data);
    free(k->text);
    free(k->charset);
    free(k);
}

void pith_lineset_free(pith_lineset *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < KEPT_PAGES; i++)
        kept_free(set->kept[i]);
    pthread_mutex_destroy(&set->said.mu);
    free(set->said.slots);
    free(set->said.pool);
    pthread_mutex_destroy(&set->mu);
    free(set->slots);
    free(set);
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

/* The host's part of the keys: mixed once for all the lines of a page. */
static uint64_t host_part(uint64_t host_hash)
{
    return mix(host_hash + 0x9e3779b97f4a7c15ull);
}

/* The key a block is counted under: its folded text's hash with the
 * host's part (0 is never a key). */
static uint64_t key_with(uint64_t line_hash, uint64_t host)
{
    uint64_t k = mix(line_hash ^ host);
    return k ? k : 1;
}

/* The slot of key, or the empty slot where it would go. */
static entry *slot_of(entry *slots, size_t cap, uint64_t key)
{
    size_t i = (size_t)key & (cap - 1);
    while (slots[i].key && slots[i].key != key)
        i = (i + 1) & (cap - 1);
    return &slots[i];
}

/* Move the entries that pass keep into a table of cap slots. */
static bool rehash(pith_lineset *set, size_t cap, unsigned long long forget_before)
{
    entry *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return false;
    size_t used = 0;
    for (size_t i = 0; i < set->cap; i++) {
        const entry *e = &set->slots[i];
        if (!e->key || e->last < forget_before)
            continue;
        *slot_of(slots, cap, e->key) = *e;
        used++;
    }
    free(set->slots);
    set->slots = slots;
    set->cap = cap;
    set->used = used;
    return true;
}

/* Room for one more line while document seq is added; false when the set
 * is full (the line is then not recorded). */
static bool make_room(pith_lineset *set, unsigned long long seq)
{
    size_t max_cap = MIN_SLOTS;
    while (max_cap / 2 < PITH_LINESET_MAX_LINES) /* half full at most */
        max_cap *= 2;
    if (set->used + 1 <= (set->cap < max_cap ? GROW_AT(set->cap) : set->cap / 2))
        return true;
    if (set->cap < max_cap)
        return rehash(set, set->cap * 2, 0);
    if (seq < set->quiet_until)
        return false;
    unsigned long long forget = seq > PITH_LINESET_KEEP ? seq - PITH_LINESET_KEEP : 0;
    size_t before = set->used;
    if (!rehash(set, set->cap, forget))
        return false;
    if ((before - set->used) * SWEEP_FREES_ENOUGH < before)
        set->quiet_until = seq + PITH_LINESET_KEEP / SWEEP_FREES_ENOUGH;
    return set->used + 1 <= set->cap / 2;
}

static void add_key(pith_lineset *set, unsigned long long seq, uint64_t key)
{
    entry *e = slot_of(set->slots, set->cap, key);
    if (!e->key) {
        if (!make_room(set, seq))
            return;
        e = slot_of(set->slots, set->cap, key);
        e->key = key;
        for (int k = 0; k < FIRST_SEQS; k++)
            e->first[k] = NO_SEQ;
        e->last = seq;
        e->first[0] = seq;
        set->used++;
        return;
    }
    if (e->last == seq)
        return; /* the line twice in one document */
    for (int k = 0; k < FIRST_SEQS; k++)
        if (e->first[k] == NO_SEQ) {
            e->first[k] = seq;
            break;
        }
    if (seq > e->last)
        e->last = seq;
}

static uint64_t host_hash(const char *url)
{
    if (!url)
        return 0;
    pith_buf host = PITH_BUF_INIT;
    uint64_t h = 0;
    if (pith_url_host(url, &host) && host.data)
        h = pith_tblock_fold_hash(host.data, host.len);
    pith_buf_free(&host);
    return h;
}

/* The bytes a kept page holds beside its blocks: its text and the input. */
static size_t kept_size(const kept *k)
{
    return k->len + (k->data != k->text ? k->data_len : 0);
}

/* Take k out of the set (under the lock): its place, and its bytes. */
static kept *unkeep(pith_lineset *set, size_t i)
{
    kept *k = set->kept[i];
    set->kept[i] = NULL;
    set->kept_bytes -= kept_size(k);
    return k;
}

/* Keep k in the set (under the lock), giving up the oldest documents'
 * pages for room; false when it is not kept (the caller frees it). */
static bool keep(pith_lineset *set, kept *k)
{
    if (kept_size(k) > KEPT_BYTES)
        return false;
    for (;;) {
        size_t oldest = KEPT_PAGES, free_at = KEPT_PAGES;
        for (size_t i = 0; i < KEPT_PAGES; i++) {
            if (!set->kept[i])
                free_at = i;
            else if (set->kept[i]->seq == k->seq)
                kept_free(unkeep(set, i)), free_at = i; /* the document added again */
            else if (oldest == KEPT_PAGES || set->kept[i]->seq < set->kept[oldest]->seq)
                oldest = i;
        }
        if (free_at < KEPT_PAGES && set->kept_bytes + kept_size(k) <= KEPT_BYTES) {
            set->kept[free_at] = k;
            set->kept_bytes += kept_size(k);
            return true;
        }
        if (oldest == KEPT_PAGES)
            return false;
        kept_free(unkeep(set, oldest));
    }
}

/* A copy of n bytes of s (a NUL after them), or NULL when memory ran out. */
static char *copy_of(const char *s, size_t n)
{
    char *c = malloc(n + 1);
    if (c) {
        memcpy(c, s, n);
        c[n] = '\0';
    }
    return c;
}

bool pith_lineset_add_text(pith_lineset *set, unsigned long long seq, pith_buf *text,
                           const pith_options *opt, const char *data, size_t len,
                           const pith_decode_info *info)
{
    kept *k = calloc(1, sizeof *k);
    if (!k)
        return false;
    k->seq = seq;
    pith_arena_init(&k->arena, opt->max_memory);
    /* HTML: its tags tell what a line is; only its decoding is kept */
    k->has_page = pith_text_wanted(opt, text->data, text->len);
    if (k->has_page && !pith_tpage_read(&k->page, &k->arena, text->data, text->len)) {
        kept_free(k);
        return false;
    }
    k->text = pith_buf_detach(text, &k->len); /* the extraction compares its text with it */
    bool decoded_as_is = k->text && k->len == len && memcmp(k->text, data, len) == 0;
    k->data = decoded_as_is ? k->text : copy_of(data, len);
    k->data_len = len;
    k->charset = opt->charset ? copy_of(opt->charset, strlen(opt->charset)) : NULL;
    k->info = *info;
    if (!k->text || !k->data || (opt->charset && !k->charset)) {
        kept_free(k);
        return false;
    }
    uint64_t host = host_part(host_hash(opt->url));
    pthread_mutex_lock(&set->mu);
    for (uint32_t i = 0; i < k->page.n; i++)
        add_key(set, seq, key_with(k->page.b[i].hash, host));
    if (!keep(set, k)) {
        pthread_mutex_unlock(&set->mu);
        kept_free(k);
        return true;
    }
    pthread_mutex_unlock(&set->mu);
    return true;
}

/* The kept page of document seq (under the lock), or NULL. */
static kept *kept_of(pith_lineset *set, unsigned long long seq)
{
    for (size_t i = 0; i < KEPT_PAGES; i++)
        if (set->kept[i] && set->kept[i]->seq == seq)
            return set->kept[i];
    return NULL;
}

static bool same_label(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* The kept page of document seq (under the lock) when it was read from
 * the same len bytes of data with the same charset label, or NULL. */
static const kept *kept_from(pith_lineset *set, unsigned long long seq, const char *data,
                             size_t len, const char *charset)
{
    const kept *k = kept_of(set, seq);
    bool same = k && k->len > 0 && k->data_len == len && memcmp(k->data, data, len) == 0 &&
                same_label(k->charset, charset);
    return same ? k : NULL;
}

bool pith_lineset_holds(pith_lineset *set, unsigned long long seq, const char *data, size_t len,
                        const char *charset)
{
    pthread_mutex_lock(&set->mu);
    bool held = kept_from(set, seq, data, len, charset) != NULL;
    pthread_mutex_unlock(&set->mu);
    return held;
}

bool pith_lineset_decoded(pith_lineset *set, unsigned long long seq, const char *data,
                          size_t len, const char *charset, pith_buf *out,
                          pith_decode_info *info)
{
    pthread_mutex_lock(&set->mu);
    const kept *k = kept_from(set, seq, data, len, charset);
    bool same = k != NULL;
    kept *done = NULL;
    if (same) { /* copied under the lock: another add may give the page up */
        pith_buf_append(out, k->text, k->len);
        *info = k->info;
        same = !out->oom;
        for (size_t i = 0; i < KEPT_PAGES && !k->has_page; i++)
            if (set->kept[i] == k)
                done = unkeep(set, i); /* HTML: nothing more to take */
    }
    pthread_mutex_unlock(&set->mu);
    kept_free(done);
    return same;
}

pith_lineset_page *pith_lineset_take(pith_lineset *set, unsigned long long seq, const char *text,
                                     size_t len, pith_tpage *page, pith_budget *budget)
{
    kept *k = NULL;
    pthread_mutex_lock(&set->mu);
    for (size_t i = 0; i < KEPT_PAGES && !k; i++)
        if (set->kept[i] && set->kept[i]->seq == seq)
            k = unkeep(set, i);
    pthread_mutex_unlock(&set->mu);
    if (!k)
        return NULL;
    if (!k->has_page || k->len != len || memcmp(k->text, text, len) != 0) {
        kept_free(k);
        return NULL;
    }
    /* the taker's now: its memory counts against the taker's budget, as
     * the taker's own read of the page would, until it is freed (a refusal
     * leaves the budget failed, and the taker's call fails on it) */
    pith_arena_share(&k->arena, budget);
    *page = k->page;
    return k;
}

void pith_lineset_page_free(pith_lineset_page *held)
{
    kept_free(held);
}

/* Documents other than seq, numbered below seq + PITH_LINESET_AHEAD, that
 * hold the line of e. */
static int others(const entry *e, unsigned long long seq)
{
    int n = 0;
    for (int k = 0; k < FIRST_SEQS; k++)
        if (e->first[k] != NO_SEQ && e->first[k] != seq &&
            e->first[k] < seq + PITH_LINESET_AHEAD)
            n++;
    return n;
}

void pith_lineset_mark(pith_lineset *set, unsigned long long seq, const char *url,
                       pith_tpage *page)
{
    uint64_t host = host_part(host_hash(url));
    pthread_mutex_lock(&set->mu);
    for (uint32_t i = 0; i < page->n; i++) {
        const entry *e = slot_of(set->slots, set->cap, key_with(page->b[i].hash, host));
        int n = e->key ? others(e, seq) : 0;
        page->b[i].repeated = n >= REPEAT_OTHERS;
        page->b[i].held_elsewhere = n >= 1;
    }
    pthread_mutex_unlock(&set->mu);
}

/* ------------------------------------------------------------ verdicts */

/* The slot of the text s (n bytes, folded hash h) in the memo (under its
 * lock), or the empty slot where it would go. */
static verdict *verdict_slot(const memo *m, uint64_t h, const char *s, size_t n)
{
    size_t i = (size_t)h & (m->cap - 1);
    for (;; i = (i + 1) & (m->cap - 1)) {
        verdict *v = &m->slots[i];
        if (!v->at ||
            (v->hash == h && v->len == n && memcmp(m->pool + v->at - 1, s, n) == 0))
            return v;
    }
}

bool pith_lineset_verdict(pith_lineset *set, uint64_t hash, const char *s, size_t n,
                          const char **rule, pith_category *cat)
{
    memo *m = &set->said;
    pthread_mutex_lock(&m->mu);
    const verdict *v = m->cap ? verdict_slot(m, hash, s, n) : NULL;
    bool known = v && v->at;
    if (known) {
        *rule = v->rule;
        *cat = v->cat;
    }
    pthread_mutex_unlock(&m->mu);
    return known;
}

/* Room in the memo (under its lock) for one more text of n bytes: its
 * table and pool grown, or, at their bounds, emptied (false when memory
 * ran out). */
static bool memo_room(memo *m, size_t n)
{
    if ((m->used + 1) * 2 > MEMO_SLOTS || m->pooled + n > MEMO_BYTES) { /* full: start again */
        memset(m->slots, 0, m->cap * sizeof *m->slots);
        m->used = 0;
        m->pooled = 0;
    }
    if (m->used + 1 > GROW_AT(m->cap)) {
        size_t cap = m->cap ? m->cap * 2 : MEMO_FIRST_SLOTS;
        verdict *slots = calloc(cap, sizeof *slots);
        if (!slots)
            return false;
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].at) {
                size_t k = (size_t)m->slots[i].hash & (cap - 1);
                while (slots[k].at)
                    k = (k + 1) & (cap - 1);
                slots[k] = m->slots[i];
            }
        free(m->slots);
        m->slots = slots;
        m->cap = cap;
    }
    if (m->pooled + n > m->pool_cap) {
        size_t cap = m->pool_cap ? m->pool_cap : MEMO_FIRST_BYTES;
        while (cap < m->pooled + n)
            cap *= 2;
        char *pool = realloc(m->pool, cap);
        if (!pool)
            return false;
        m->pool = pool;
        m->pool_cap = cap;
    }
    return true;
}

void pith_lineset_remember_verdict(pith_lineset *set, uint64_t hash, const char *s, size_t n,
                                   const char *rule, pith_category cat)
{
    memo *m = &set->said;
    if (n > MEMO_BYTES)
        return;
    pthread_mutex_lock(&m->mu);
    if (memo_room(m, n)) {
        verdict *v = verdict_slot(m, hash, s, n);
        if (!v->at) {
            memcpy(m->pool + m->pooled, s, n);
            *v = (verdict){hash, (uint32_t)m->pooled + 1, (uint32_t)n, rule, cat};
            m->pooled += n;
            m->used++;
        }
    }
    pthread_mutex_unlock(&m->mu);
}
