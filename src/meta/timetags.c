/*
 * timetags.c — dates the page shows: <time> elements and the text of
 * elements whose class or id says date, time, published or posted.
 *
 * A <time> with pubdate, or whose class says published/created, is a
 * marked publication date; one whose class says updated/modified is the
 * modification date; any other <time> outside comments and related lists
 * is a plain candidate.  Dated text (in elements so classed, or opening
 * with a publication word: "Published", "Veröffentlicht", "기사입력") is
 * recorded raw, at most a few short elements; the date reader decides
 * later.  Last, a part of the <title> that is only a date ("... -
 * 07.12.2017 - Site").
 */
#define _GNU_SOURCE /* memmem */
#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "rules/rules.h"
#include "util/ascii.h"
#include "util/utf8.h"
#include "date.h"
#include "headline.h"
#include "sources.h"
#include "title.h"

#define MAX_TIMES 16
#define MAX_DATE_TEXTS 16
#define MAX_DATE_TEXT 120
#define MAX_DATELINE_TEXT 60 /* longer elements are more than a date line */
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

/* The labels that open a line of the page's publication or of its last
 * change ("Published 3 March 2021", "Last updated: ...", "기사입력 :
 * 2018-08-25", "发布时间：2019-11-18"), lower case, in the order they are
 * tried: a label before a shorter one it starts with.  Beside each, the
 * word its language writes before the name of who posted or changed the
 * page when the date stands between the label and the name ("Posted on 3
 * March 2025 by Jane Roe", "Publié le 3 mars 2025 par Jeanne Roux"), with
 * its spaces; none where the language's credit line does not read so. */
typedef enum label_kind { LABEL_PUBLISHED, LABEL_UPDATED, LABEL_ANY } label_kind;
typedef struct date_label {
    const char *text;
    label_kind kind;
    const char *by;
} date_label;

static const date_label DATE_LABELS[] = {
    /* English: "Last updated March 3, 2025 by Jane Roe", "Posted on 3
     * March 2025 by Jane Roe", "Modified 4 May" */
    {"last updated", LABEL_UPDATED, " by "},
    {"last modified", LABEL_UPDATED, " by "},
    {"last revised", LABEL_UPDATED, " by "},
    {"updated", LABEL_UPDATED, " by "},
    {"modified", LABEL_UPDATED, " by "},
    {"published", LABEL_PUBLISHED, " by "},
    {"posted on", LABEL_PUBLISHED, " by "},
    {"posted", LABEL_PUBLISHED, " by "},
    /* German: "Aktualisiert am 3. März 2025 von Jana Roth",
     * "Veröffentlicht am ... von ..." */
    {"zuletzt aktualisiert", LABEL_UPDATED, " von "},
    {"aktualisiert", LABEL_UPDATED, " von "},
    {"veröffentlicht", LABEL_PUBLISHED, " von "},
    {"erschienen", LABEL_PUBLISHED, " von "},
    {"publiziert", LABEL_PUBLISHED, " von "},
    /* French: "Mis à jour le 3 mars 2025 par ...", "Publié le ... par ..." */
    {"mis à jour", LABEL_UPDATED, " par "},
    {"modifié", LABEL_UPDATED, " par "},
    {"publié le", LABEL_PUBLISHED, " par "},
    {"publié", LABEL_PUBLISHED, " par "},
    /* Spanish and Portuguese: "Publicado el 3 de marzo de 2025 por ...",
     * "Atualizado em ... por ..." */
    {"actualizado", LABEL_UPDATED, " por "},
    {"atualizado", LABEL_UPDATED, " por "},
    {"publicado", LABEL_PUBLISHED, " por "},
    {"publicada", LABEL_PUBLISHED, " por "},
    /* Italian: "Pubblicato il 3 marzo 2025 da ..." */
    {"aggiornato", LABEL_UPDATED, " da "},
    {"pubblicato", LABEL_PUBLISHED, " da "},
    /* Dutch: "Gepubliceerd op 3 maart 2025 door ..." */
    {"bijgewerkt", LABEL_UPDATED, " door "},
    {"gepubliceerd", LABEL_PUBLISHED, " door "},
    /* Polish: "Opublikowano 3 marca 2025 przez ..." */
    {"zaktualizowano", LABEL_UPDATED, " przez "},
    {"opublikowano", LABEL_PUBLISHED, " przez "},
    /* Swedish and Norwegian "... av ...", Danish "... af ..." */
    {"publicerad", LABEL_PUBLISHED, " av "},
    {"publisert", LABEL_PUBLISHED, " av "},
    {"publiceret", LABEL_PUBLISHED, " af "},
    /* Indonesian: "Diterbitkan 3 Maret 2025 oleh ..." */
    {"diterbitkan", LABEL_PUBLISHED, " oleh "},
    /* Labels after which no credit is read: their language writes the
     * name before the date, or its word after the name (Turkish
     * "tarafından", Hindi "द्वारा"), or in a script without capitals to
     * tell a name by, or its word before the name is not known here */
    {"publicat", LABEL_PUBLISHED, NULL},
    {"objavljeno", LABEL_PUBLISHED, NULL},
    {"közzétéve", LABEL_PUBLISHED, NULL},
    {"julkaistu", LABEL_PUBLISHED, NULL},
    {"yayınlandı", LABEL_PUBLISHED, NULL},
    {"yayınlanma", LABEL_PUBLISHED, NULL},
    {"yayın tarihi", LABEL_PUBLISHED, NULL},
    {"publikováno", LABEL_PUBLISHED, NULL},
    {"publikované", LABEL_PUBLISHED, NULL},
    {"обновлено", LABEL_UPDATED, NULL},
    {"опубликовано", LABEL_PUBLISHED, NULL},
    {"дата публикации", LABEL_PUBLISHED, NULL},
    {"פורסם", LABEL_PUBLISHED, NULL},
    {"نشر في", LABEL_PUBLISHED, NULL},
    {"प्रकाशित", LABEL_PUBLISHED, NULL},
    {"เผยแพร่", LABEL_PUBLISHED, NULL},
    {"수정", LABEL_UPDATED, NULL},
    {"기사입력", LABEL_PUBLISHED, NULL},
    {"입력", LABEL_PUBLISHED, NULL},
    {"등록", LABEL_PUBLISHED, NULL},
    {"更新", LABEL_UPDATED, NULL},
    {"发布时间", LABEL_PUBLISHED, NULL},
    {"发布日期", LABEL_PUBLISHED, NULL},
    {"发表于", LABEL_PUBLISHED, NULL},
    {"發佈時間", LABEL_PUBLISHED, NULL},
    {"公開日", LABEL_PUBLISHED, NULL},
    {"投稿日", LABEL_PUBLISHED, NULL},
};
#define DATE_LABEL_COUNT (sizeof DATE_LABELS / sizeof DATE_LABELS[0])

/* Words that open a forum thread's header, its starter's name then the
 * day it was started ("Started by Jane Doe, June 04, 2024, 10:48:31
 * AM"): the thread's date. */
static const char *const STARTED_TEXT[] = {
    "started by", "gestartet von", "démarré par", "iniciado por", "avviato da",
    "gestart door", "rozpoczęty przez", "автор темы",
};

/* Words that open a line of a date without saying which ("Date: 3 March
 * 2021"): a publication line where nothing else marks one, but no
 * statement of it ("Release date: ..." of an item in a list). */
static const char *const DATE_LABEL_TEXT[] = {
    "date:", "dated", "datum:", "fecha:", "data:", "日期",
};

/* Sentences by which a page states when it was last changed, in its
 * footer ("This page was last edited on 1 May 2024, at 10:00"), lower
 * case: the page's modification date wherever it stands. */
static const char *const PAGE_CHANGED_TEXT[] = {
    "page was last edited", "page was last modified", "page was last updated",
    "page last updated", "page last modified", "zuletzt bearbeitet", "zuletzt geändert",
    "dernière modification de cette page", "se editó por última vez",
    "modificata per l'ultima volta", "laatst bewerkt", "editada pela última vez",
    "последний раз была отредактирована", "ostatnia edycja strony",
};

#define PROSE_PARAGRAPH_TEXT 1000 /* bytes of a <p> past which it is the body's prose */
#define LOWER_START 48       /* bytes of a text the labels are looked for in */
#define PAGE_CHANGED_TEXT_MAX 160 /* a longer text is more than that sentence */

/* The lower-case start of text (max bytes) into out. */
static void lower_prefix(const char *text, size_t max, pith_buf *out)
{
    pith_buf_clear(out);
    if (max) /* none of an empty start (0 is no limit to the call) */
        pith_utf8_append_lower(out, text, strlen(text), max);
}

static void lower_start(const char *text, pith_buf *out)
{
    lower_prefix(text, LOWER_START, out);
}

static bool starts_with_any(const pith_buf *low, const char *const *words, size_t count)
{
    if (!low->len)
        return false; /* every word has a byte */
    for (size_t i = 0; i < count; i++) {
        if (words[i][0] != low->data[0])
            continue; /* most words: the text's first byte tells */
        size_t k = strlen(words[i]);
        if (low->len >= k && memcmp(low->data, words[i], k) == 0)
            return true;
    }
    return false;
}

/* Does low (lower-cased text, possibly empty: its memory may have run
 * out) hold one of words anywhere? */
static bool contains_any(const pith_buf *low, const char *const *words, size_t count)
{
    for (size_t i = 0; i < count && low->len; i++)
        if (memmem(low->data, low->len, words[i], strlen(words[i])))
            return true;
    return false;
}

static bool of_kind(const date_label *l, label_kind kind)
{
    return kind == LABEL_ANY || l->kind == kind;
}

/* The bytes that open a label of DATE_LABELS: most texts open with none,
 * and are told so by one look instead of a walk through every label. */
static bool label_first[256];
static pthread_once_t label_first_once = PTHREAD_ONCE_INIT;

static void make_label_first(void)
{
    for (size_t i = 0; i < DATE_LABEL_COUNT; i++)
        label_first[(unsigned char)DATE_LABELS[i].text[0]] = true;
}

static bool may_open_label(unsigned char c)
{
    pthread_once(&label_first_once, make_label_first);
    return label_first[c];
}

/* The first of DATE_LABELS of the kind that opens low, or NULL. */
static const date_label *label_opening(const pith_buf *low, label_kind kind)
{
    if (!low->len || !may_open_label((unsigned char)low->data[0]))
        return NULL;
    for (size_t i = 0; i < DATE_LABEL_COUNT; i++)
        if (DATE_LABELS[i].text[0] == low->data[0] && of_kind(&DATE_LABELS[i], kind) &&
            starts_with_any(low, &DATE_LABELS[i].text, 1))
            return &DATE_LABELS[i];
    return NULL;
}

/* Does low hold one of DATE_LABELS of the kind anywhere? */
static bool label_within(const pith_buf *low, label_kind kind)
{
    for (size_t i = 0; i < DATE_LABEL_COUNT; i++)
        if (of_kind(&DATE_LABELS[i], kind) && contains_any(low, &DATE_LABELS[i].text, 1))
            return true;
    return false;
}

static bool says_updated(const char *text)
{
    pith_buf low = PITH_BUF_INIT;
    lower_start(text, &low);
    bool yes = label_opening(&low, LABEL_UPDATED) != NULL;
    pith_buf_free(&low);
    return yes;
}

bool pith_meta_date_label(const char *text, size_t n, bool *updated)
{
    pith_buf low = PITH_BUF_INIT;
    if (n)
        pith_utf8_append_lower(&low, text, n, LOWER_START);
    const date_label *l = label_opening(&low, LABEL_ANY);
    bool found = l || starts_with_any(&low, DATE_LABEL_TEXT,
                                      sizeof DATE_LABEL_TEXT / sizeof DATE_LABEL_TEXT[0]);
    *updated = l && l->kind == LABEL_UPDATED;
    pith_buf_free(&low);
    return found;
}

size_t pith_meta_credit_label(const char *text, size_t n, const char **by)
{
    *by = NULL;
    if (n && (unsigned char)text[0] < 0x80 &&
        !may_open_label((unsigned char)pith_ascii_lower(text[0])))
        return 0; /* an ASCII first byte lower-cases alone, and opens no label */
    pith_buf low = PITH_BUF_INIT;
    if (n)
        pith_utf8_append_lower(&low, text, n, LOWER_START);
    const date_label *l = label_opening(&low, LABEL_ANY);
    pith_buf_free(&low);
    *by = l ? l->by : NULL;
    return l ? strlen(l->text) : 0;
}

/* Does the text say its date is the publication's: a publication word
 * before its first digit ("Published August 13, 2025", "By Ana
 * Lima, Published Apr 26, 2023", "This article was originally published
 * on 26 Sep 2019"), and no update word ("Updated Aug 21, 2025 - published
 * Apr 26", "Last update: ...")? */
static bool states_publication(const char *text)
{
    size_t before = 0;
    while (text[before] && !(text[before] >= '0' && text[before] <= '9') &&
           before < MAX_DATE_TEXT)
        before++;
    if (!text[before] || before == MAX_DATE_TEXT)
        return false;
    pith_buf low = PITH_BUF_INIT;
    lower_prefix(text, before, &low);
    bool yes = label_within(&low, LABEL_PUBLISHED) && !label_within(&low, LABEL_UPDATED) &&
               !contains_any(&low, MODIFIED_WORDS, sizeof MODIFIED_WORDS / sizeof MODIFIED_WORDS[0]);
    pith_buf_free(&low);
    return yes;
}

/* Record a date text read from element i, flagged when the element sits
 * beside the article.  When the text is a date and the element is short,
 * the element is marked a date line: the content stage then leaves it out
 * of the article, where it would only repeat the metadata. */
static void record_date(pith_ctx *ctx, pith_mfound *f, uint32_t i, pith_mfield field,
                        pith_msource src, const pith_buf *text)
{
    unsigned flags = pith_meta_in_article(ctx, i) ? PITH_MV_IN_ARTICLE : 0;
    if (field == PITH_MF_DATE && text->len && states_publication(text->data))
        flags |= PITH_MV_STATED;
    pith_mfound_add(f, field, src, text->data, text->len, flags);
    pith_el *el = &ctx->dom.els[i];
    pith_date d;
    if (el->text > 0 && el->text <= MAX_DATELINE_TEXT && text->len &&
        pith_date_parse(text->data, text->len, 0, &d))
        el->flags |= PITH_EL_DATELINE;
}

/* "This page was last modified on 14 March 2017, at 09:41.": a text of
 * the element (its own text nodes) that says when the page last changed,
 * in a footer as much as anywhere, with a date in it.  Recorded as the
 * modification date; returns true when it was. */
static bool page_changed_line(pith_ctx *ctx, pith_mfound *f, uint32_t i, pith_buf *low)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->text > PAGE_CHANGED_TEXT_MAX || (el->flags & PITH_EL_HIDDEN))
        return false;
    unsigned k = 0;
    const char *t;
    while ((t = pith_meta_next_own_text(el, &k)) != NULL) {
        if (!pith_ascii_holds_digit(t, strlen(t)))
            continue;
        lower_prefix(t, PAGE_CHANGED_TEXT_MAX * 2, low);
        if (contains_any(low, PAGE_CHANGED_TEXT,
                         sizeof PAGE_CHANGED_TEXT / sizeof PAGE_CHANGED_TEXT[0])) {
            pith_date d;
            if (!pith_date_parse(t, strlen(t), 0, &d))
                return false;
            pith_mfound_add(f, PITH_MF_DATE_MODIFIED, PITH_MS_DATE_TEXT, t, strlen(t),
                            PITH_MV_PAGE_EDIT);
            return true;
        }
    }
    return false;
}

/* A text of the element (its own text nodes, not its children's) that
 * opens with a publication or update word: "기사입력 :[ 2018-08-25 ]",
 * "Published:" (then the date is in the element around it, when short).
 * Records what it finds; returns true when it did. */
static bool labelled_date(pith_ctx *ctx, pith_mfound *f, uint32_t i, pith_buf *low,
                          pith_buf *text)
{
    const pith_el *el = &ctx->dom.els[i];
    unsigned k = 0;
    const char *t;
    if (el->tag == GUMBO_TAG_P && el->text > PROSE_PARAGRAPH_TEXT)
        return false; /* a line the body's prose quotes, not the page's own */
    while ((t = pith_meta_next_own_text(el, &k)) != NULL) {
        lower_start(t, low);
        date_kind kind = KIND_NONE;
        if (label_opening(low, LABEL_PUBLISHED) ||
            starts_with_any(low, DATE_LABEL_TEXT, sizeof DATE_LABEL_TEXT / sizeof DATE_LABEL_TEXT[0]) ||
            starts_with_any(low, STARTED_TEXT, sizeof STARTED_TEXT / sizeof STARTED_TEXT[0]))
            kind = KIND_PUBLISHED;
        else if (label_opening(low, LABEL_UPDATED))
            kind = KIND_MODIFIED;
        if (kind == KIND_NONE)
            continue;
        pith_buf_clear(text);
        if (pith_ascii_holds_digit(t, strlen(t)))
            pith_buf_puts(text, t);
        if (!text->len && el->text <= MAX_DATE_TEXT)
            pith_meta_el_text(ctx, i, text, MAX_DATE_TEXT);
        if (text->len && !pith_ascii_holds_digit(text->data, strlen(text->data)))
            pith_buf_clear(text); /* "<b>Published:</b> 3 March": the date is beside */
        if (!text->len && el->parent != PITH_NO_EL &&
            ctx->dom.els[el->parent].text <= MAX_DATE_TEXT)
            pith_meta_el_text(ctx, el->parent, text, MAX_DATE_TEXT);
        if (!text->len || text->len > MAX_DATE_TEXT * 2)
            continue;
        pith_mfield field = kind == KIND_MODIFIED ? PITH_MF_DATE_MODIFIED : PITH_MF_DATE;
        record_date(ctx, f, i, field, PITH_MS_DATE_TEXT, text);
        return true;
    }
    return false;
}

#define LABEL_SCAN 8 /* elements before a date its label may end in */

/* "<h4>Published</h4><div class=post-date>July 8, 2025</div>": the element
 * just before date element i, in the same parent, says "Published" (or
 * "Posted on", any publication label of DATE_LABELS, a colon after it or
 * not) and
 * nothing more.  Such a label states the
 * article's date even in the column beside it, where other dates are
 * other stories' (low: a buffer for the label's lower-case text). */
static bool labelled_by_sibling(pith_ctx *ctx, uint32_t i, pith_buf *low)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t parent = dom->els[i].parent;
    for (uint32_t k = i; k > 0 && k + LABEL_SCAN > i && k - 1 != parent; k--) {
        const pith_el *el = &dom->els[k - 1];
        if (el->parent != parent)
            continue;
        if ((el->flags & PITH_EL_HIDDEN) || el->cat == PITH_CAT_HIDDEN)
            continue; /* a screen reader's label ("Publish date") under the visible one */
        if (el->text == 0 || el->text > LOWER_START)
            return false;
        pith_meta_el_text(ctx, k - 1, low, LOWER_START);
        if (!low->len || pith_ascii_holds_digit(low->data, low->len))
            return false;
        pith_buf label = PITH_BUF_INIT;
        lower_start(low->data, &label);
        size_t n = label.len;
        while (n > 0 && (label.data[n - 1] == ':' || label.data[n - 1] == ' '))
            n--;
        const date_label *l = label.data ? label_opening(&label, LABEL_PUBLISHED) : NULL;
        bool yes = l && strlen(l->text) == n;
        pith_buf_free(&label);
        return yes;
    }
    return false;
}

/* Class words of a citation's access date ("reference-accessdate"):
 * when someone read the cited work, not when the page was published. */
static const char *const ACCESS_WORDS[] = {"access", "retriev"};

/* Words that open a citation's access date: "Retrieved 3 June 2017". */
static const char *const ACCESSED_TEXT[] = {
    ". retrieved", "retrieved", "accessed", "abgerufen", "consulté", "consultado", "consultato",
    "geraadpleegd", "dostęp",
};

static date_kind kind_of(const pith_el *el)
{
    char norm[CLASS_MAX];
    size_t n = pith_meta_class_norm(el, true, norm, sizeof norm);
    if (n == 0 ||
        pith_meta_contains_any(norm, n, ACCESS_WORDS, sizeof ACCESS_WORDS / sizeof ACCESS_WORDS[0]))
        return KIND_NONE;
    pith_meta_pairs pairs; /* noted once for the three lists */
    pith_meta_pairs_of(norm, n, &pairs);
    /* WordPress marks a date never changed "published updated" */
    if (pith_meta_pairs_contain_any(&pairs, PUBLISHED_WORDS, sizeof PUBLISHED_WORDS / sizeof PUBLISHED_WORDS[0]))
        return KIND_PUBLISHED;
    if (pith_meta_pairs_contain_any(&pairs, MODIFIED_WORDS, sizeof MODIFIED_WORDS / sizeof MODIFIED_WORDS[0]))
        return KIND_MODIFIED;
    if (pith_meta_pairs_contain_any(&pairs, DATE_WORDS, sizeof DATE_WORDS / sizeof DATE_WORDS[0]))
        return KIND_DATE;
    return KIND_NONE;
}

/* The kinds of the class strings met in one walk over the page.  The
 * clean stage keeps one copy of each distinct class and id string
 * (el->norm), so elements that share it share its pointer, and a page
 * repeats a few hundred strings over thousands of elements.  Only for an
 * element without itemprop whose string is short enough for kind_of to
 * read it as it is (pith_meta_class_norm's shared path): then the kind
 * depends on that string alone, and on whether the element has a class. */
#define KIND_MEMO_SLOTS 256 /* direct-mapped: a collision only computes again */
#define KIND_MEMO_NORM_MAX 100 /* under document.c's CLASS_SHARED_MAX */

typedef struct kind_memo {
    const char *norm[KIND_MEMO_SLOTS];
    bool no_class[KIND_MEMO_SLOTS];
    uint8_t kind[KIND_MEMO_SLOTS];
} kind_memo;

static date_kind memo_kind_of(kind_memo *m, const pith_el *el)
{
    if (!el->norm || el->norm_len == 0 || el->norm_len >= KIND_MEMO_NORM_MAX ||
        pith_attr(el, "itemprop"))
        return kind_of(el);
    size_t h = ((uintptr_t)el->norm >> 4) % KIND_MEMO_SLOTS;
    bool no_class = el->cls == NULL;
    if (m->norm[h] != el->norm || m->no_class[h] != no_class) {
        m->norm[h] = el->norm;
        m->no_class[h] = no_class;
        m->kind[h] = (uint8_t)kind_of(el);
    }
    return (date_kind)m->kind[h];
}

/* Class or id parts of the site's clock ("todays-date", "the-date-today"):
 * the day the page was served, printed in its header or footer, not the
 * article's.  Whole parts, so "usatoday" is not one. */
static const char *const CLOCK_WORDS[] = {"today", "todays"};

#define CLOCK_SCAN 8 /* elements of a short date box the clock's mark may sit on */

/* Element i, or one of the first few elements inside it, is marked as
 * the site's clock: <div class="block-date"><p id="todays-date">. */
static bool shows_the_clock(const pith_dom *dom, uint32_t i)
{
    uint32_t end = dom->els[i].end;
    for (uint32_t k = i; k < end && k < i + CLOCK_SCAN; k++)
        if (pith_meta_class_has_part(&dom->els[k], CLOCK_WORDS,
                                     sizeof CLOCK_WORDS / sizeof CLOCK_WORDS[0]))
            return true;
    return false;
}

/* Whole class tokens of the box a <time> stands in that is the reader's
 * panel: a forum's user bar, which prints the time the page was served
 * ("<div class=user><time>December 07, 2026, 10:15:32 AM</time>"), not
 * the thread's date.  Whole tokens: "user-action-time" is a post's. */
static const char *const USER_PANEL_CLASSES[] = {
    "user", "userbar", "user-bar", "userarea", "user-area", "userpanel", "user-panel",
};

static bool in_user_panel(const pith_dom *dom, uint32_t i)
{
    uint32_t p = dom->els[i].parent;
    const char *cls = p != PITH_NO_EL ? pith_attr(&dom->els[p], "class") : NULL;
    const char *tok;
    size_t len;
    while (cls && (tok = pith_meta_token(&cls, &len)) != NULL)
        for (size_t k = 0; k < sizeof USER_PANEL_CLASSES / sizeof USER_PANEL_CLASSES[0]; k++)
            if (len == strlen(USER_PANEL_CLASSES[k]) &&
                pith_ascii_iprefix(tok, USER_PANEL_CLASSES[k]))
                return true;
    return false;
}

/* "Retrieved 3 June 2017", "Accessed on ...": a citation's access date
 * (low: a buffer for the lower-case start of the text). */
static bool says_accessed(const char *text, pith_buf *low)
{
    lower_start(text, low);
    return starts_with_any(low, ACCESSED_TEXT, sizeof ACCESSED_TEXT / sizeof ACCESSED_TEXT[0]);
}

#define CITATION_LEVELS 4 /* how far up a date may sit in its citation */

/* Element i is in a citation (<cite>) or its access date, within a few
 * levels up: the dates there are the cited work's or its reader's. */
static bool in_citation(const pith_dom *dom, uint32_t i)
{
    char norm[CLASS_MAX];
    for (unsigned k = 0; i != PITH_NO_EL && k < CITATION_LEVELS; i = dom->els[i].parent, k++) {
        if (dom->els[i].tag == GUMBO_TAG_CITE)
            return true;
        size_t n = pith_meta_class_norm(&dom->els[i], false, norm, sizeof norm);
        if (n && pith_meta_contains_any(norm, n, ACCESS_WORDS,
                                        sizeof ACCESS_WORDS / sizeof ACCESS_WORDS[0]))
            return true;
    }
    return false;
}

#define TEASER_LEVELS 6 /* how far up a date may sit in the link of its card */
#define TEASER_SCAN 64  /* elements of a link looked through for a heading */

/* Element i is in a link that also holds a heading: a card that leads to
 * another story ("<a href=/next><h3>Next story</h3><time>17 Jan
 * 2019</time><span>By Jo Smith</span></a>"), whose date and byline are
 * that story's, not the page's (a homepage's, a listing's, a "more
 * stories" grid under an article).  A link around the date alone is the
 * post's own permalink. */
bool pith_meta_in_teaser_link(const pith_dom *dom, uint32_t i)
{
    if (!(dom->els[i].flags & PITH_EL_LINK))
        return false; /* in no <a href> (PITH_EL_LINK marks one and all inside it) */
    uint32_t p = dom->els[i].parent;
    for (unsigned k = 0; p != PITH_NO_EL && k < TEASER_LEVELS; p = dom->els[p].parent, k++) {
        if (dom->els[p].tag != GUMBO_TAG_A || !pith_attr(&dom->els[p], "href"))
            continue;
        return pith_dom_first_heading(dom, p, TEASER_SCAN, false) != PITH_NO_EL;
    }
    return false;
}

/* Record <time> element i; labelled: a "Published" label stands just
 * before it, which marks it the publication's date. */
static void record_time(pith_ctx *ctx, pith_mfound *f, uint32_t i, bool labelled, pith_buf *text)
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
    if (pith_attr(el, "pubdate") || labelled)
        kind = KIND_PUBLISHED;
    pith_msource src = kind == KIND_PUBLISHED ? PITH_MS_TIME_MARKED : PITH_MS_TIME;
    pith_mfield field = kind == KIND_MODIFIED ? PITH_MF_DATE_MODIFIED : PITH_MF_DATE;
    if (kind == KIND_MODIFIED)
        src = PITH_MS_TIME_MARKED;
    record_date(ctx, f, i, field, src, text);
}

/* <input type=hidden class="published_date" value="2019-10-07 21:15:42">:
 * a date the page keeps for its scripts, marked by its class, name or id.
 * Records it; returns true when it did. */
static bool hidden_date(pith_ctx *ctx, pith_mfound *f, uint32_t i, pith_buf *text)
{
    const pith_el *el = &ctx->dom.els[i];
    const char *value = pith_attr(el, "value");
    if (!value || !*value || strlen(value) > MAX_DATE_TEXT ||
        !pith_ascii_holds_digit(value, strlen(value)))
        return false;
    date_kind kind = kind_of(el);
    if (kind != KIND_PUBLISHED && kind != KIND_MODIFIED) {
        const char *name = pith_attr(el, "name");
        pith_buf_clear(text);
        if (name)
            lower_start(name, text);
        if (!text->len || !pith_meta_contains_any(text->data, text->len, PUBLISHED_WORDS,
                                                  sizeof PUBLISHED_WORDS / sizeof PUBLISHED_WORDS[0]))
            return false;
        kind = KIND_PUBLISHED;
    }
    if (pith_meta_in_aside(ctx, f, i))
        return false;
    pith_buf_clear(text);
    pith_buf_puts(text, value);
    record_date(ctx, f, i, kind == KIND_MODIFIED ? PITH_MF_DATE_MODIFIED : PITH_MF_DATE,
                PITH_MS_TIME_MARKED, text);
    return true;
}

/* Where a dash ends a paragraph's opening ("Mar. 11, 2016 -- ", "WASHINGTON,
 * Nov. 27, 2026 — "), in its first 48 bytes; 0 when none does. */
static size_t lead_dash(const char *s, size_t n)
{
    static const char *const DASHES[] = {" -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "};
    for (size_t i = 1; i < n && i < 48; i++)
        for (size_t k = 0; k < sizeof DASHES / sizeof DASHES[0]; k++) {
            size_t dl = strlen(DASHES[k]);
            if (i + dl <= n && memcmp(s + i, DASHES[k], dl) == 0)
                return i;
        }
    return 0;
}

/* "Mar. 11, 2016 -- Seasonal pollen counts...": a full date
 * that opens the article's first paragraph, before a dash, as news wires
 * write it.  Recorded last, as the least trusted shown date. */
static void lead_dateline(pith_ctx *ctx, pith_mfound *f, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[dom->body].end;
    for (uint32_t i = dom->body; i < end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->tag != GUMBO_TAG_P || el->text < 40 || (el->flags & PITH_EL_HIDDEN) ||
            !pith_meta_in_article(ctx, i) || pith_meta_in_aside(ctx, f, i))
            continue;
        pith_meta_el_text(ctx, i, text, 96);
        size_t cut = text->len ? lead_dash(text->data, text->len) : 0;
        pith_date d;
        if (cut && pith_date_parse(text->data, cut, 0, &d))
            pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, text->data, cut,
                            PITH_MV_IN_ARTICLE);
        return; /* the first paragraph only */
    }
}

#define HEADLINE_DATE_BEFORE 12 /* elements before the headline a date line may sit in */
#define HEADLINE_DATE_AFTER 40  /* and after it (the byline block, the lead image) */
#define HEADLINE_DATE_TEXT 32   /* "March 6, 2025 - 9 minutes"; longer is more than a date */
#define HEADLINE_DATE_TIME_TEXT 48 /* "Thursday, March 17, 2016 @ 10:40 PM UTC": with its time */
#define HEADLINE_META_TEXT 80   /* a line of parts: "Dec 26, 2025 • Jane Doe in Projects" */

size_t pith_meta_piece_mark(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0)
        return 0;
    if (u[0] == '|')
        return 1;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xB7)
        return 2; /* · */
    if (n >= 3 && u[0] == 0xE2 &&
        ((u[1] == 0x80 && (u[2] == 0xA2 || u[2] == 0x93 || u[2] == 0x94)) ||
         (u[1] == 0x8B && u[2] == 0x85)))
        return 3; /* • – — ⋅ */
    if (n >= 3 && u[0] == ' ' && u[1] == '-' && u[2] == ' ')
        return 3;
    return 0;
}

/* Does the text part its pieces with a mark (pith_meta_piece_mark), as a
 * headline's line of date, author and reading time does? */
static bool has_separator(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (pith_meta_piece_mark(s + k, n - k))
            return true;
    return false;
}

static bool only_a_date(const char *s, size_t n, bool clock);

/* The element i is a short date line: a block or inline element without
 * blocks inside, visible, whose whole text is a date (or a date and its
 * time of day, "Thursday, March 17, 2016 @ 10:40 PM UTC"), in no link (a link's
 * date is an archive's or another story's); or a line of a few parts
 * apart by separators, one of them the date ("October 16, 2020 · 8 min
 * read", "By Jane Doe - Mar 27, 2024"), links at most a part of it.  In
 * an aside only when aside_ok: the column beside the article that opens
 * right under its headline holds its date and author ("<aside><p>May 25,
 * 2023</p><p>Written By ...</p>"); one before the headline is the site's. */
static bool is_date_line(pith_ctx *ctx, pith_mfound *f, uint32_t i, bool aside_ok,
                         pith_buf *text)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->text == 0 || el->text > HEADLINE_META_TEXT || el->blocks > 0 ||
        (el->flags & PITH_EL_HIDDEN) || el->link_text * 2 >= el->text ||
        el->tag == GUMBO_TAG_A || (!aside_ok && pith_meta_in_aside(ctx, f, i)) ||
        in_citation(&ctx->dom, i) || shows_the_clock(&ctx->dom, i))
        return false;
    pith_meta_el_text(ctx, i, text, HEADLINE_META_TEXT * 2);
    pith_date d;
    char clock[PITH_DATE_TIME_MAX];
    bool parsed = text->len && pith_date_parse(text->data, text->len, 0, &d);
    bool line = el->link_text == 0 &&
                (el->text <= HEADLINE_DATE_TEXT ||
                 (el->text <= HEADLINE_DATE_TIME_TEXT && parsed &&
                  pith_date_time(text->data, text->len, &d, clock) &&
                  only_a_date(text->data, text->len, true)));
    if (!parsed || (!line && !has_separator(text->data, text->len)))
        return false;
    pith_buf low = PITH_BUF_INIT;
    bool accessed = says_accessed(text->data, &low);
    pith_buf_free(&low);
    return !accessed;
}

/* Does element i say nothing but a day and its time of day ("Tue Jan 09,
 * 2024 7:42 pm", "30th March 2025, 16:26")?  Recorded when it does, as a
 * forum's first post header dates the page. */
static bool post_header_date(pith_ctx *ctx, pith_mfound *f, uint32_t i, pith_buf *text)
{
    pith_meta_el_text(ctx, i, text, HEADLINE_DATE_TIME_TEXT * 2);
    pith_date d;
    char clock[PITH_DATE_TIME_MAX];
    if (!text->len || !pith_date_parse(text->data, text->len, 0, &d) ||
        !pith_date_time(text->data, text->len, &d, clock) ||
        !only_a_date(text->data, text->len, true))
        return false;
    record_date(ctx, f, i, PITH_MF_DATE, PITH_MS_DATE_TEXT, text);
    return true;
}

/* "<a href="./viewtopic.php?p=5120#p5120">Tue Jan 09, 2024 7:42
 * pm</a>": a link to a place in the page (its href names a fragment)
 * whose whole text is a date with its time of day, as a forum's post
 * header writes its post's permalink.  An archive's link names a month or
 * a day without the time ("December 2023"); a comment's permalink
 * ("#comment_4417") dates a reader's comment, not the page. */
static bool permalink_date(pith_ctx *ctx, pith_mfound *f, uint32_t i, pith_buf *text)
{
    const pith_el *el = &ctx->dom.els[i];
    const char *href = el->tag == GUMBO_TAG_A ? pith_attr(el, "href") : NULL;
    const char *fragment = href ? strchr(href, '#') : NULL;
    if (!fragment || pith_ascii_icontains(fragment, strlen(fragment), "comment") ||
        el->text > HEADLINE_DATE_TIME_TEXT ||
        (el->flags & PITH_EL_HIDDEN) || in_citation(&ctx->dom, i) ||
        pith_meta_in_aside(ctx, f, i))
        return false;
    return post_header_date(ctx, f, i, text);
}

/* "<td><a name="post2017066"><img alt="Old"></a> 30th March 2025,
 * 16:26</td>": the other way a forum writes its post header, as the
 * target of the post's permalink: an element that opens with an empty
 * anchor (an <a> named, with no href) and says nothing but the day and
 * time of day.  A comment's anchor ("comment-4417") dates a reader's
 * comment, not the page. */
static bool anchored_date(pith_ctx *ctx, pith_mfound *f, uint32_t i, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->end <= i + 1 || el->text == 0 || el->text > HEADLINE_DATE_TIME_TEXT ||
        el->blocks > 0 || el->link_text > 0 || dom->els[i + 1].tag != GUMBO_TAG_A)
        return false;
    const pith_el *anchor = &dom->els[i + 1];
    const char *name = pith_attr(anchor, "name");
    if (!name)
        name = pith_attr(anchor, "id");
    if (!name || pith_attr(anchor, "href") ||
        pith_ascii_icontains(name, strlen(name), "comment") ||
        (el->flags & PITH_EL_HIDDEN) || in_citation(dom, i) || pith_meta_in_aside(ctx, f, i))
        return false;
    return post_header_date(ctx, f, i, text);
}

static bool visible_heading(const pith_el *el, GumboTag tag)
{
    return el->tag == tag && el->text > 0 && !(el->flags & PITH_EL_HIDDEN);
}

/* The page's headline element: its first visible <h1>; on a page without
 * one (site builders that style an <h2> as the headline), its first
 * visible <h2> that restates the <title> ("Top 5 HR Software Platforms"
 * under "Top 5 HR Software | Site"), not one of the "Your cart" or
 * "Learn more" headings of its boxes (*parent: that <h2>'s parent, which a
 * date line before it must sit in; PITH_NO_EL for an <h1>).  PITH_NO_EL
 * when none. */
static uint32_t headline_element(pith_ctx *ctx, pith_mfound *f, pith_buf *text,
                                 uint32_t *parent)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[dom->body].end;
    *parent = PITH_NO_EL;
    uint32_t h1 = pith_meta_first_h1(dom, f, false);
    if (h1 != PITH_NO_EL)
        return h1;
    const pith_mvalue *title = f->head[PITH_MF_TITLE][PITH_MS_DOCUMENT];
    if (!title)
        return PITH_NO_EL;
    for (uint32_t i = dom->body; i < end; i++) {
        if (!visible_heading(&dom->els[i], GUMBO_TAG_H2))
            continue;
        pith_meta_el_text(ctx, i, text, MAX_DATE_TEXT);
        if (text->len && pith_meta_restated_parts(text->data, title->text) > 0) {
            *parent = dom->els[i].parent;
            return i;
        }
    }
    return PITH_NO_EL;
}

/* "December 15, 2025" alone in a <p> under the headline, with nothing in
 * its class to say so (utility classes): the first short date line after
 * the page's <h1>, else the nearest before it.  Before an <h2> taken as
 * the headline only, and beside it in its parent ("<h3>Blog | February
 * 1, 2022</h3><h2>...</h2>"): the lines after a forum's <h2> topic title
 * are its posters' profiles ("Joined: Dec 17, 2023"), and a line before
 * the article's box is another's.  Recorded last, as the least trusted
 * shown date. */
static void headline_dateline(pith_ctx *ctx, pith_mfound *f, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t parent;
    uint32_t end = dom->els[dom->body].end, h1 = headline_element(ctx, f, text, &parent);
    if (h1 == PITH_NO_EL)
        return;
    uint32_t after = parent == PITH_NO_EL ? dom->els[h1].end : end;
    uint32_t floor = parent == PITH_NO_EL ? dom->body : parent;
    for (uint32_t i = after; i < end && i < after + HEADLINE_DATE_AFTER; i++)
        if (is_date_line(ctx, f, i, true, text)) {
            record_date(ctx, f, i, PITH_MF_DATE, PITH_MS_DATE_TEXT, text);
            return;
        }
    for (uint32_t i = h1; i > floor + 1 && i + HEADLINE_DATE_BEFORE > h1; i--)
        if (dom->els[i - 1].end <= h1 && is_date_line(ctx, f, i - 1, false, text)) {
            record_date(ctx, f, i - 1, PITH_MF_DATE, PITH_MS_DATE_TEXT, text);
            return;
        }
}

#define BYLINE_LINES 3 /* the label, the names, the line of both: the article's own */

/* "By Dr. Jane Doe - Mar 27, 2024", "Luke Kim | December 17, 2025": the
 * date written in the article's byline (the short lines the byline finder
 * marked, the first few with the article), when no element of its own
 * holds it.  A byline that says "Updated" gives no publication date.
 * Recorded last, as the least trusted shown date, and only recorded: the
 * byline's marks already keep it out of the text. */
static void byline_dateline(pith_ctx *ctx, pith_mfound *f, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[dom->body].end;
    unsigned seen = 0;
    pith_buf low = PITH_BUF_INIT;
    for (uint32_t i = dom->body; i < end && seen < BYLINE_LINES; i++) {
        const pith_el *el = &dom->els[i];
        if (!(el->flags & PITH_EL_BYLINE) || (el->flags & PITH_EL_HIDDEN) ||
            !pith_meta_in_article(ctx, i) || pith_meta_in_aside(ctx, f, i))
            continue;
        seen++;
        pith_meta_el_text(ctx, i, text, MAX_DATE_TEXT);
        i = el->end - 1; /* its text holds its children's */
        if (!text->len)
            continue;
        lower_prefix(text->data, MAX_DATE_TEXT * 2, &low);
        bool updated = label_within(&low, LABEL_UPDATED);
        pith_date d;
        if (!updated && pith_date_parse(text->data, text->len, 0, &d)) {
            pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, text->data, text->len,
                            PITH_MV_IN_ARTICLE);
            break;
        }
    }
    pith_buf_free(&low);
}

#define TITLE_PARTS_MAX 12

/* Is s[0..n) a date and nothing more: each word a number ("07.12.2017",
 * "7,"), a month's name, a week day's or a word between them ("de")?
 * With clock, its time of day may follow ("@ 11:10 PM UTC"). */
static bool only_a_date(const char *s, size_t n, bool clock)
{
    char low[16];
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == ','))
            i++;
        size_t start = i;
        bool digit = false, letter = false;
        while (i < n && s[i] != ' ' && s[i] != ',') {
            digit = digit || pith_ascii_is_digit(s[i]);
            letter = letter || pith_ascii_is_alpha(s[i]) || (unsigned char)s[i] >= 0x80;
            i++;
        }
        size_t len = i - start;
        if (digit || !letter)
            continue; /* a number, or the separator before the part ("|") */
        if (len >= sizeof low)
            return false;
        pith_ascii_lower_copy(low, sizeof low, s + start, len);
        if (low[len - 1] == '.')
            len--; /* "Dec." */
        if (!pith_date_month_word(low, len) && !pith_date_connector_word(low, len) &&
            !pith_date_weekday_word(low, len) && !(clock && pith_date_clock_word(low, len)))
            return false;
    }
    return true;
}

/* "Una solución no violenta - 07.12.2017 - LA NACION": a part of the
 * <title> that is a date and nothing more.  Recorded last, as the least
 * trusted shown date. */
static void title_dateline(pith_mfound *f)
{
    const pith_mvalue *v = f->head[PITH_MF_TITLE][PITH_MS_DOCUMENT];
    if (!v)
        return;
    size_t ends[TITLE_PARTS_MAX];
    size_t np = pith_meta_title_part_ends(v->text, ends, TITLE_PARTS_MAX);
    for (size_t k = 0, start = 0; k < np && np > 1; start = ends[k++]) {
        const char *part = v->text + start;
        size_t n = ends[k] - start;
        pith_date d;
        if (only_a_date(part, n, false) && pith_date_parse(part, n, 0, &d)) {
            pith_mfound_add(f, PITH_MF_DATE, PITH_MS_DATE_TEXT, part, n, 0);
            return;
        }
    }
}

void pith_meta_from_time(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->body == PITH_NO_EL)
        return;
    pith_buf text = PITH_BUF_INIT, label = PITH_BUF_INIT;
    unsigned times = 0, texts = 0;
    bool changed = false; /* the page's "last modified" line was read */
    bool permalink = false; /* a permalink's date was read */
    kind_memo memo;
    memset(&memo, 0, sizeof memo);
    uint32_t end = dom->els[dom->body].end;
    for (uint32_t i = dom->body; i < end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->tag == GUMBO_TAG_TIME) {
            /* beside the article only under a "Published" label, as a
             * date element there is (see labelled_by_sibling) */
            bool aside = times < MAX_TIMES && pith_meta_in_aside(ctx, f, i);
            bool labelled = aside && labelled_by_sibling(ctx, i, &label);
            if (times < MAX_TIMES && (!aside || labelled) &&
                !pith_meta_in_teaser_link(dom, i) && !in_user_panel(dom, i)) {
                record_time(ctx, f, i, labelled, &text);
                times++;
            }
            continue;
        }
        if (el->tag == GUMBO_TAG_INPUT && texts < MAX_DATE_TEXTS && hidden_date(ctx, f, i, &text))
            texts++;
        if (el->text == 0)
            continue;
        if (!changed && el->blocks == 0 && page_changed_line(ctx, f, i, &label)) {
            changed = true;
            continue;
        }
        if (texts >= MAX_DATE_TEXTS)
            continue;
        if (el->tag == GUMBO_TAG_SCRIPT || el->tag == GUMBO_TAG_STYLE)
            continue;
        date_kind kind = el->text <= MAX_DATE_TEXT ? memo_kind_of(&memo, el) : KIND_NONE;
        if (kind == KIND_NONE) {
            if (!permalink &&
                (permalink_date(ctx, f, i, &text) || anchored_date(ctx, f, i, &text))) {
                permalink = true; /* the first post's, the page's own */
                texts++;
            } else if (!pith_meta_in_aside(ctx, f, i) && labelled_date(ctx, f, i, &label, &text)) {
                texts++;
            }
            continue;
        }
        if ((pith_meta_in_aside(ctx, f, i) && !labelled_by_sibling(ctx, i, &label)) ||
            shows_the_clock(dom, i) || pith_meta_in_teaser_link(dom, i))
            continue;
        pith_meta_el_text(ctx, i, &text, MAX_DATE_TEXT);
        if (says_accessed(text.data ? text.data : "", &label))
            continue; /* "Retrieved 3 June 2017": a citation's */
        if (says_updated(text.data ? text.data : ""))
            kind = KIND_MODIFIED;
        pith_mfield field = kind == KIND_MODIFIED ? PITH_MF_DATE_MODIFIED : PITH_MF_DATE;
        record_date(ctx, f, i, field, PITH_MS_DATE_TEXT, &text);
        texts++;
    }
    lead_dateline(ctx, f, &text);
    headline_dateline(ctx, f, &text);
    byline_dateline(ctx, f, &text);
    title_dateline(f);
    pith_buf_free(&text);
    pith_buf_free(&label);
}
