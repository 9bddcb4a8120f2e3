/*
 * timetags.c — dates the page shows: <time> elements and the text of
 * elements whose class or id says date, time, published or posted.
 *
 * A <time> with pubdate, or whose class says published/created, is a
 * marked publication date; one whose class says updated/modified is the
 * modification date; any other <time> outside comments and related lists
 * is a plain candidate.  Dated text is recorded raw (at most a few
 * elements, each short); the date reader decides later.
 */
#include <string.h>

#include "../rules/rules.h"
#include "sources.h"

#define MAX_TIMES 16
#define MAX_DATE_TEXTS 8
#define MAX_DATE_TEXT 120
#define CLASS_MAX 256

typedef enum date_kind { KIND_NONE, KIND_DATE, KIND_PUBLISHED, KIND_MODIFIED } date_kind;

static const char *const PUBLISHED_WORDS[] = {
    "publish", "posted", "created", "pubdate", "date-pub", "first", "erschienen",
    "veroeffentlicht", "publica", "publie",
};
static const char *const MODIFIED_WORDS[] = {
    "update", "modif", "edited", "revised", "aktualisiert", "actualiz", "mise-a-jour",
};
static const char *const DATE_WORDS[] = {
    "date", "time", "publish", "posted", "dateline", "timestamp", "datum", "fecha",
    "zeit", "pubdate", "created", "updated", "byline", "meta",
};

/* Words that open an update line: "Updated 3 March", "Aktualisiert am". */
static const char *const UPDATED_TEXT[] = {
    "updated", "last updated", "modified", "aktualisiert", "mis à jour", "modifié",
    "actualizado", "aggiornato", "bijgewerkt", "atualizado", "zaktualizowano", "обновлено",
};

static bool says_updated(const char *text)
{
    for (size_t i = 0; i < sizeof UPDATED_TEXT / sizeof UPDATED_TEXT[0]; i++)
        if (pith_meta_iprefix(text, UPDATED_TEXT[i]))
            return true;
    return false;
}

static bool has_any(const char *s, const char *const *words, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strstr(s, words[i]))
            return true;
    return false;
}

static date_kind kind_of(const pith_el *el)
{
    char norm[CLASS_MAX];
    size_t n = pith_meta_class_norm(el, true, norm, sizeof norm);
    if (n == 0)
        return KIND_NONE;
    /* WordPress marks a date never changed "published updated" */
    if (has_any(norm, PUBLISHED_WORDS, sizeof PUBLISHED_WORDS / sizeof PUBLISHED_WORDS[0]))
        return KIND_PUBLISHED;
    if (has_any(norm, MODIFIED_WORDS, sizeof MODIFIED_WORDS / sizeof MODIFIED_WORDS[0]))
        return KIND_MODIFIED;
    if (has_any(norm, DATE_WORDS, sizeof DATE_WORDS / sizeof DATE_WORDS[0]))
        return KIND_DATE;
    return KIND_NONE;
}

static void record_time(pith_ctx *ctx, pith_mfound *f, uint32_t i, pith_buf *text)
{
    const pith_el *el = &ctx->dom.els[i];
    const char *dt = pith_attr(el, "datetime");
    pith_buf_clear(text);
    if (dt && *dt)
        pith_buf_puts(text, dt);
    else
        pith_meta_el_text(ctx, i, text, MAX_DATE_TEXT);
    if (!text->len)
        return;
    date_kind kind = kind_of(el);
    /* the kind may be written on the parent: <span class="updated"><time> */
    if (kind == KIND_NONE || kind == KIND_DATE) {
        uint32_t p = el->parent;
        date_kind pk = p != PITH_NO_EL ? kind_of(&ctx->dom.els[p]) : KIND_NONE;
        if (pk == KIND_PUBLISHED || pk == KIND_MODIFIED)
            kind = pk;
    }
    if (pith_attr(el, "pubdate"))
        kind = KIND_PUBLISHED;
    pith_msource src = kind == KIND_PUBLISHED ? PITH_MS_TIME_MARKED : PITH_MS_TIME;
    pith_mfield field = kind == KIND_MODIFIED ? PITH_MF_DATE_MODIFIED : PITH_MF_DATE;
    if (kind == KIND_MODIFIED)
        src = PITH_MS_TIME_MARKED;
    pith_mfound_add(f, field, src, text->data, text->len, 0);
}

void pith_meta_from_time(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->body == PITH_NO_EL)
        return;
    pith_buf text = PITH_BUF_INIT;
    unsigned times = 0, texts = 0;
    uint32_t end = dom->els[dom->body].end;
    for (uint32_t i = dom->body; i < end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->tag == GUMBO_TAG_TIME) {
            if (times < MAX_TIMES && !pith_meta_in_aside(ctx, f, i)) {
                record_time(ctx, f, i, &text);
                times++;
            }
            continue;
        }
        if (texts >= MAX_DATE_TEXTS || el->text == 0 || el->text > MAX_DATE_TEXT)
            continue;
        date_kind kind = kind_of(el);
        if (kind == KIND_NONE || pith_meta_in_aside(ctx, f, i))
            continue;
        pith_meta_el_text(ctx, i, &text, MAX_DATE_TEXT);
        if (says_updated(text.data ? text.data : ""))
            kind = KIND_MODIFIED;
        pith_mfield field = kind == KIND_MODIFIED ? PITH_MF_DATE_MODIFIED : PITH_MF_DATE;
        pith_mfound_add(f, field, PITH_MS_DATE_TEXT, text.data, text.len, 0);
        texts++;
    }
    pith_buf_free(&text);
}
