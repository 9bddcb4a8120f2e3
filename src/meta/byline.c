/*
 * byline.c — visible bylines: the author as the page shows it to readers.
 *
 * Candidates, in document order inside <body> and outside comments,
 * related lists, sidebars and footers:
 *   - links marked rel=author (with the other rel=author links beside
 *     them, for several authors);
 *   - elements whose class or id says byline/author (class_words below),
 *     but not author boxes, avatars or bios;
 *   - short blocks whose text starts with a byline word ("By Jane Doe",
 *     "Von Max Mustermann", "Par Jean Dupont");
 *   - last, an author box: a bio that opens with the name a photo or a
 *     line just before it shows ("Jane Doe is a travel writer ... she").
 * The text of each candidate is recorded raw; the author cleaner decides
 * later whether it holds a name.
 */
#include <string.h>

#include "rules/given_names.h"
#include "rules/rules.h"
#include "util/ascii.h"
#include "author.h"
#include "date.h"
#include "sources.h"
#include "title.h"

#define MAX_CANDIDATES 12
#define MAX_BYLINE_TEXT 200   /* longer elements are containers, not bylines */
#define MAX_LINK_BLOCK_TEXT 100 /* an author link in a longer block is in prose */
#define CLASS_MAX 256

/* Class/id words (between dashes, after normalisation) that mark a
 * byline, and words that mark something else that talks about the author
 * (boxes, pictures, bios). */
static const char *const BYLINE_WORDS[] = {
    "byline", "bylines", "author", "authors", "writtenby", "autor", "autoren", "auteur",
    "auteurs", "reporter", "contributor", "journalist", "signature", "firma", "creator",
    "writer", "autore", "autora", "forfatter", "tekijä",
    /* a forum post's poster, as forum software classes the name */
    "username", "bigusername",
};
/* "by" marks a byline alone, before one of BY_BEFORE ("by-line",
 * "by-author") or after one of BY_AFTER ("posted-by", "written-by");
 * beside other words it is a sort order, a filter, a shop's seller or a
 * credit for the site ("sort-by", "by-recent", "sold-by", "powered-by",
 * "side-by-side"), and in a hashed class name two random letters
 * ("iDxWCyLMxpbByAmze", "byTKpB"). */
static const char *const BY_BEFORE[] = {"line", "lines", "author", "authors", "name"};
static const char *const BY_AFTER[] = {
    "posted", "written", "author", "byline", "authored", "published", "created", "post",
};
/* Link targets that lead to an author's page. */
static const char *const AUTHOR_PATHS[] = {
    "/author/", "/authors/", "/writer/", "/writers/", "/autor/", "/autoren/", "/auteur/",
    "/auteurs/", "/journalist/", "/journalists/", "/reporter/", "/redakteur/", "/autore/",
    "/profile/", "/people/", "/staff/", "/by/", "/contributor/", "/contributors/",
};
static const char *const NOT_BYLINE_WORDS[] = {
    "bio", "box", "avatar", "image", "img", "photo", "pic", "thumb", "about", "social",
    "follow", "desc", "more", "other", "related", "comment", "title", "role", "job",
    "position", "label", "prefix", "twitter", "email", "mail", "card",
    /* a customer's review or testimonial signed under the page, not its author */
    "customer", "testimonial",
};

/* Class words (dash-separated parts) of the box that credits the expert
 * who reviewed the article, made like the writer's box beside it ("<span
 * class='author-meta-container expert'>"): a reviewer, not a co-author. */
static const char *const REVIEWER_WORDS[] = {
    "expert", "reviewer", "reviewers", "reviewed", "factchecker", "fact-checker",
};

/* Class words (dash-separated parts) of a customer's quote, in the
 * languages of class names seen on firms' pages: the box around a client's
 * words and the name, job and firm under them ("<div class=testimonial>
 * ... <div class=author-details>Jane Roe, VP, Acme</div>"), whose own
 * class may say author.  The one quoted, not the page's author. */
static const char *const TESTIMONIAL_WORDS[] = {
    "testimonial", "testimonials", "testimony", "testimonies", /* English */
    "testimonio", "testimonios",                               /* Spanish */
    "temoignage", "temoignages",                               /* French */
    "depoimento", "depoimentos",                               /* Portuguese */
    "testimonianza", "testimonianze",                          /* Italian */
    "kundenstimme", "kundenstimmen",                           /* German */
};

#define TESTIMONIAL_LEVELS 6 /* from a name up to its quote's box: a line, the
                                quote's text column, the card, a row */

/* Is element i, or a box at most TESTIMONIAL_LEVELS above it, a customer's
 * quote (TESTIMONIAL_WORDS)? */
static bool in_testimonial(const pith_dom *dom, uint32_t i)
{
    for (int up = 0; up <= TESTIMONIAL_LEVELS && i != PITH_NO_EL && i != dom->body;
         up++, i = dom->els[i].parent)
        if (pith_meta_class_has_part(&dom->els[i], TESTIMONIAL_WORDS,
                                     sizeof TESTIMONIAL_WORDS / sizeof TESTIMONIAL_WORDS[0]))
            return true;
    return false;
}

/* Words of a class that hold other people than the page's author. */
static const char *const OTHERS_WORDS[] = {"comment", "related", "more", "other"};

/* "author-box--name", "author-card-name": the name in the author's box
 * or card (the box's other parts, bio and picture, are no byline). */
static bool box_name(const char *tok, size_t tl)
{
    static const char *const NAME = "name";
    size_t nl = strlen(NAME);
    return tl > nl && tok[tl - nl - 1] == '-' && memcmp(tok + tl - nl, NAME, nl) == 0 &&
           !pith_meta_contains_any(tok, tl, OTHERS_WORDS,
                                   sizeof OTHERS_WORDS / sizeof OTHERS_WORDS[0]);
}

/* True when tok[0..tl) has "by" as a part where it marks a byline (see
 * BY_AFTER). */
static bool by_part(const char *tok, size_t tl)
{
    size_t prev = 0, i = 0; /* the part before, tok[prev..) */
    while (i < tl) {
        size_t st = i;
        while (i < tl && tok[i] != '-')
            i++;
        if (i - st == 2 && memcmp(tok + st, "by", 2) == 0) {
            if (st > 0)
                return pith_meta_part_is_any(tok + prev, st - 1 - prev, BY_AFTER,
                                             sizeof BY_AFTER / sizeof BY_AFTER[0]);
            size_t next = i < tl ? i + 1 : tl; /* the part after, tok[next..tl) */
            while (next < tl && tok[next] == '-')
                next++;
            size_t nl = next;
            while (nl < tl && tok[nl] != '-')
                nl++;
            return next == tl || pith_meta_part_is_any(tok + next, nl - next, BY_BEFORE,
                                                       sizeof BY_BEFORE / sizeof BY_BEFORE[0]);
        }
        if (i > st)
            prev = st;
        i++;
    }
    return false;
}

/* "PostUser-name" (normalised "post-user-name"), "user-name": the parts
 * "user" then "name" in a token, the poster's name as forum software
 * classes it ("username" is one of BYLINE_WORDS). */
static bool user_name_parts(const char *tok, size_t tl)
{
    static const char USER_NAME[] = "user-name";
    size_t un = sizeof USER_NAME - 1;
    for (size_t i = 0; i + un <= tl; i++)
        if ((i == 0 || tok[i - 1] == '-') && memcmp(tok + i, USER_NAME, un) == 0 &&
            (i + un == tl || tok[i + un] == '-'))
            return true;
    return false;
}

/* True when one class/id token marks a byline. */
static bool class_says_byline(const pith_el *el)
{
    char norm[CLASS_MAX];
    size_t len = pith_meta_class_norm(el, false, norm, sizeof norm);
    size_t i = 0;
    while (i < len) {
        while (i < len && norm[i] == ' ')
            i++;
        size_t st = i;
        while (i < len && norm[i] != ' ')
            i++;
        const char *tok = norm + st;
        size_t tl = i - st;
        if (tl &&
            (pith_meta_part_is_any(tok, tl, BYLINE_WORDS,
                                   sizeof BYLINE_WORDS / sizeof BYLINE_WORDS[0]) ||
             by_part(tok, tl) || user_name_parts(tok, tl)) &&
            (!pith_meta_contains_any(tok, tl, NOT_BYLINE_WORDS,
                                     sizeof NOT_BYLINE_WORDS / sizeof NOT_BYLINE_WORDS[0]) ||
             box_name(tok, tl)))
            return true;
    }
    return false;
}

/* A link that says it leaves the site or that the site does not vouch
 * for (rel=nofollow, external, ugc): a citation or a reader's link, never
 * the page's author. */
static bool foreign_link(const pith_el *el)
{
    return pith_el_rel_holds(el, "nofollow") || pith_el_rel_holds(el, "external") ||
           pith_el_rel_holds(el, "ugc");
}

/* A link to an author's page ("/author/jane-doe"). */
static bool author_link(const pith_el *el)
{
    const char *href = el->tag == GUMBO_TAG_A ? pith_attr(el, "href") : NULL;
    if (!href || foreign_link(el))
        return false;
    for (size_t i = 0; i < sizeof AUTHOR_PATHS / sizeof AUTHOR_PATHS[0]; i++)
        if (strstr(href, AUTHOR_PATHS[i]))
            return true;
    return false;
}

static bool rel_author(const pith_el *el)
{
    return el->tag == GUMBO_TAG_A && pith_el_rel_holds(el, "author");
}

#define MAX_SIGN_TEXT 8 /* "bsc", "jk": an editor's initials, not a name */

/* A mail link signed with its writer's initials, the name in its title:
 * "(<a title="Ben Schwan" href="mailto:bsc@heise.de">bsc</a>)", as German
 * and Austrian newsrooms close their stories.  The link's text must start
 * the mailbox's name, so a "Contact us" link is never one. */
static bool signed_mail_link(const pith_ctx *ctx, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->tag != GUMBO_TAG_A || el->text == 0 || el->text > MAX_SIGN_TEXT)
        return false;
    const char *href = pith_attr(el, "href"), *title = pith_attr(el, "title");
    if (!href || !title || !*title || !pith_ascii_iprefix(href, "mailto:"))
        return false;
    char sign[MAX_SIGN_TEXT * 2 + 1];
    pith_buf text = PITH_BUF_INIT;
    pith_meta_el_text(ctx, i, &text, MAX_SIGN_TEXT * 2);
    size_t n = pith_ascii_lower_copy(sign, sizeof sign, text.data ? text.data : "", text.len);
    pith_buf_free(&text);
    const char *box = href + strlen("mailto:");
    return n > 0 && !memchr(sign, ' ', n) && strlen(box) > n && pith_ascii_iprefix(box, sign) &&
           (box[n] == '@' || box[n] == '.');
}

/* Is element i a link inside running text ("US President <a
 * href=/topics/people/donald-trump>Donald Trump</a> has been eager..."),
 * where its nearest block holds more than a byline would? */
static bool in_running_text(const pith_ctx *ctx, uint32_t i)
{
    const pith_dom *dom = &ctx->dom;
    for (uint32_t p = dom->els[i].parent; p != PITH_NO_EL; p = dom->els[p].parent)
        if (pith_tag_is_block((GumboTag)dom->els[p].tag))
            return dom->els[p].text > MAX_LINK_BLOCK_TEXT;
    return false;
}

#define WRITTEN_BY_REACH 32 /* "This article was written by": how far the words may go */
#define WRITTEN_BY_WORDS 3  /* words before "written by" */

/* "This post was written by Jane Doe, MD": a short sentence that says
 * who wrote the page, "written by" after a few words (low is lower case). */
static bool written_by_sentence(const char *low)
{
    const char *at = strstr(low, " written by ");
    if (!at || at - low > WRITTEN_BY_REACH)
        return false;
    size_t words = 1;
    for (const char *p = low; p < at; p++)
        words += *p == ' ';
    return words <= WRITTEN_BY_WORDS + 1;
}

#define MAX_POSTER_TEXT 40 /* a poster's name; longer is a post's text */

/* A forum poster's name: the element right before the one that gives
 * their rank (class "usertitle", as FluxBB and vBulletin write it:
 * "<dt><strong>chunix64</strong></dt><dd class=usertitle>Member</dd>").
 * The first such name on a thread's page is its starter's. */
static bool poster_before_rank(const pith_ctx *ctx, uint32_t i)
{
    static const char *const RANK[] = {"usertitle"};
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    uint32_t next = el->end;
    return el->text <= MAX_POSTER_TEXT && next < dom->n && dom->els[next].parent == el->parent &&
           pith_meta_class_has_part(&dom->els[next], RANK, sizeof RANK / sizeof RANK[0]);
}

/* Is the word of text from byte at (past its spaces) a given name
 * (rules/given_names.c)? */
static bool given_name_after(const pith_buf *text, size_t at)
{
    const char *s = text->data ? text->data : "";
    while (at < text->len && s[at] == ' ')
        at++;
    size_t end = at;
    while (end < text->len && s[end] != ' ')
        end++;
    return end > at && pith_rules_is_given_name(s + at, end - at);
}

/* A short block that starts with a byline word: "By Jane Doe".  dutch:
 * the page may be in Dutch; lang_declared: it says in which language. */
static bool text_says_byline(const pith_ctx *ctx, uint32_t i, bool dutch, bool lang_declared,
                             pith_buf *text)
{
    const pith_el *el = &ctx->dom.els[i];
    switch (el->tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_LI: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_EM: case GUMBO_TAG_B: case GUMBO_TAG_SMALL:
        break;
    default:
        return false;
    }
    if (el->text == 0 || el->text > 100)
        return false;
    pith_meta_el_text(ctx, i, text, 120);
    char low[WRITTEN_BY_REACH + 16];
    pith_ascii_lower_copy(low, sizeof low, text->data, text->len);
    /* Only the plain words, followed by a space: "By", "Von", "Par"... */
    static const char *const STARTS[] = {"by ", "von ", "par ", "por ",
                                         "written by ", "text: ", "autor: ", "contributor: ",
                                         "contributors: "};
    for (size_t k = 0; k < sizeof STARTS / sizeof STARTS[0]; k++)
        if (strncmp(low, STARTS[k], strlen(STARTS[k])) == 0)
            return true;
    /* Dutch "Door Jan de Vries"; on a page in another language, a door
     * ("Door Stops for Garden Gates", "Door hinges"), and on a page
     * that declares none, a door too unless a given name follows ("Door
     * Locks &amp; Hardware") */
    if (dutch && strncmp(low, "door ", 5) == 0)
        return lang_declared || given_name_after(text, 5);
    if (written_by_sentence(low))
        return true;
    /* "홍길동 기자", "山田太郎 記者": a short text that ends with a reporter's
     * title written after the name */
    static const char *const ENDS[] = {"기자", "특파원", "記者", "记者", "特派員", "特派员"};
    size_t end = text->len;
    while (end > 0 && (text->data[end - 1] == ' ' || text->data[end - 1] == ')'))
        end--;
    for (size_t k = 0; el->text <= 40 && k < sizeof ENDS / sizeof ENDS[0]; k++) {
        size_t e = strlen(ENDS[k]);
        if (end > e + 3 && memcmp(text->data + end - e, ENDS[k], e) == 0)
            return true;
    }
    return false;
}

/* s past its indent: spaces, and the ideographic spaces (U+3000) Chinese
 * paragraphs open with ("　　作者︱春春"). */
static const char *after_indent(const char *s)
{
    for (;;) {
        if (*s == ' ' || *s == '\t' || *s == '\n')
            s++;
        else if ((unsigned char)s[0] == 0xE3 && (unsigned char)s[1] == 0x80 &&
                 (unsigned char)s[2] == 0x80)
            s += 3;
        else
            return s;
    }
}

/* "From:" in a poster's card ("From: Brisbane, AU") heads where they
 * live; low[0..n) is the label. */
static bool location_label(const char *low, size_t n)
{
    return n == 4 && memcmp(low, "from", 4) == 0;
}

/* A text of the element (its own text nodes) that opens with a byline
 * label of several words or with a colon: "05/10/2018 - Publicado por:
 * Clarissa Montenegro - Categoria: Saúde" (the date before the label is in
 * another child).  That text, from the label on, goes to text, with the
 * element's own texts after it: a page's templates part "by: <!-- -->Jane
 * Doe<!-- -->, Dec 17" into several text nodes. */
static bool labelled_byline(const pith_ctx *ctx, uint32_t i, pith_buf *text)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->text == 0 || el->text > MAX_BYLINE_TEXT)
        return false;
    unsigned k = 0;
    const char *t;
    while ((t = pith_meta_next_own_text(el, &k)) != NULL) {
        t = after_indent(t);
        char low[32];
        size_t n = pith_ascii_lower_copy(low, sizeof low, t, strlen(t));
        size_t pl = pith_author_prefix_len(low, n);
        /* a colon, ASCII or full width ("作者：张三"), or a CJK bar
         * ("作者︱春春") */
        bool colon = pl < n && (low[pl] == ':' ||
                                (pl + 3 <= n && memcmp(low + pl, "\xEF\xBC\x9A", 3) == 0) ||
                                pith_author_cjk_bar_len(low + pl, n - pl) > 0);
        if (pl == 0 || !(memchr(low, ' ', pl) || colon) || location_label(low, pl))
            continue;
        pith_buf_clear(text);
        pith_buf_puts(text, t);
        while (text->len <= MAX_BYLINE_TEXT && (t = pith_meta_next_own_text(el, &k)) != NULL) {
            pith_buf_putc(text, ' ');
            pith_buf_puts(text, t);
        }
        return true;
    }
    return false;
}

#define MAX_EDITOR_TEXT 80 /* "[责任编辑:肖春芳]"; longer is prose about an editor */

/* Length of a colon (ASCII or full width) at s, after spaces; 0 if none. */
static size_t colon_at(const char *s)
{
    size_t k = 0;
    while (s[k] == ' ')
        k++;
    if (s[k] == ':')
        return k + 1;
    if ((unsigned char)s[k] == 0xEF && (unsigned char)s[k + 1] == 0xBC &&
        (unsigned char)s[k + 2] == 0x9A)
        return k + 3;
    return 0;
}

/* A short text of the element that credits the page's editor: "[责任编辑:
 * 肖春芳]", "(Editor: Siti Aminah)".  The name, up to a closing bracket,
 * is recorded as the editor's (see PITH_MS_EDITOR). */
static void record_editor_credit(const pith_ctx *ctx, pith_mfound *f, uint32_t i)
{
    const pith_el *el = &ctx->dom.els[i];
    if (el->text == 0 || el->text > MAX_EDITOR_TEXT)
        return;
    unsigned k = 0;
    const char *t;
    while ((t = pith_meta_next_own_text(el, &k)) != NULL) {
        char low[32];
        size_t n = pith_ascii_lower_copy(low, sizeof low, t, strlen(t));
        size_t pl = pith_author_editor_label_len(low, n);
        size_t colon = pl ? colon_at(t + pl) : 0;
        if (!colon)
            continue;
        const char *name = t + pl + colon;
        size_t len = strcspn(name, "])\n");
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_EDITOR, name, len, 0);
        return;
    }
}

static bool skipped_tag(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
           tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_BUTTON;
}

/* True when el is one of the n elements in list. */
/* Class parts of a byline's piece that files the article, not a name
 * ("<section class=byline><time>...</time> | <span
 * class=byline__category><a>Wellness &amp; Prevention</a></span>"). */
static const char *const FILING_WORDS[] = {
    "category", "categories", "tag", "tags", "topic", "topics", "kategorie", "categorie",
    "categoria", "rubrik", "rubrique",
};

/* Class parts of a person's piece, though a filing word is beside them
 * ("topic-author", a forum's poster). */
static const char *const PERSON_PIECE_WORDS[] = {"author", "authors", "username", "poster"};

/* A piece of a byline that names where the article is filed: classed so
 * (FILING_WORDS), not also as a person's, or a link marked rel=tag or
 * rel=category. */
static bool filing_piece(const pith_el *el)
{
    if (pith_meta_class_has_part(el, FILING_WORDS, sizeof FILING_WORDS / sizeof FILING_WORDS[0]))
        return !pith_meta_class_has_part(el, PERSON_PIECE_WORDS,
                                         sizeof PERSON_PIECE_WORDS / sizeof PERSON_PIECE_WORDS[0]);
    return el->tag == GUMBO_TAG_A &&
           (pith_el_rel_holds(el, "tag") || pith_el_rel_holds(el, "category"));
}

static bool listed(uint32_t el, const uint32_t *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (list[k] == el)
            return true;
    return false;
}

/* Non-space bytes of s: what the cap below counts, so that the page's
 * indentation (which the parse may or may not be given) never moves it. */
static size_t nonspace_bytes(const char *s)
{
    size_t k = 0;
    for (; *s; s++)
        k += !pith_ascii_is_space(*s);
    return k;
}

/* The element's text with " | " where blocks and line breaks part it, so
 * "Jane Doe<br>Harbour Health News" stays two pieces.  The subtrees of the
 * n elements in cut are left out, with a '\x01' in their place, and so
 * are its filing pieces (filing_piece).  Stops once it holds max
 * non-space bytes. */
static void byline_text_without(const pith_ctx *ctx, uint32_t root, const uint32_t *cut,
                                size_t n, pith_buf *out, size_t max)
{
    pith_buf_clear(out);
    pith_walker w;
    pith_walker_init(&w, &ctx->dom, root, 0);
    pith_walk_event ev;
    size_t shown = 0; /* non-space bytes in out */
    while ((ev = pith_walker_next(&w)) != PITH_WALK_DONE && shown < max) {
        const pith_el *el = &ctx->dom.els[w.el];
        if (ev == PITH_WALK_ENTER && w.el != root &&
            (skipped_tag((GumboTag)el->tag) || listed(w.el, cut, n))) {
            if (listed(w.el, cut, n)) {
                pith_buf_putc(out, '\x01');
                shown++;
            }
            w.depth--; /* leave its subtree out */
            continue;
        }
        if (ev == PITH_WALK_ENTER && w.el != root && filing_piece(el)) {
            w.depth--; /* "By Jane Doe in <a class=category>Health</a>": "in" still ends the name */
            continue;
        }
        if (ev != PITH_WALK_TEXT) {
            if (w.el != root && (pith_tag_is_block((GumboTag)el->tag) || el->tag == GUMBO_TAG_BR)) {
                pith_buf_puts(out, " | ");
                shown++;
            }
            continue;
        }
        pith_buf_putc(out, ' ');
        pith_buf_puts(out, w.text->v.text.text);
        shown += nonspace_bytes(w.text->v.text.text);
    }
    pith_walker_free(&w);
}

static void byline_text(const pith_ctx *ctx, uint32_t root, pith_buf *out, size_t max)
{
    byline_text_without(ctx, root, NULL, 0, out, max);
}

/* Words that open a post's card for its last edit ("edited Aug 1, 2014
 * Edith Morrow", before the asker's card "asked May 2, 2009 jldugger" on a
 * Q&A page) or for an answer ("answered Mar 28, 2014 GregD", whose text is
 * often the page's longest): the name after them is the editor's or an
 * answerer's, not the author's. */
static const char *const EDIT_CARD_WORDS[] = {
    "edited", "last edited", "bearbeitet", "modifié", "editado", "modificato", "bewerkt",
    "edytowany", "отредактировано", "изменено",
    "answered", "beantwortet", "répondu", "respondida", "respondido", "risposto",
    "beantwoord", "ответил", "ответ дан",
};

static bool edit_card(const pith_buf *text)
{
    const char *t = text->data ? text->data : "";
    while (pith_ascii_is_space(*t) || *t == '|') /* the " | " before a first block, and
                                                  * the page's line breaks */
        t++;
    for (size_t k = 0; k < sizeof EDIT_CARD_WORDS / sizeof EDIT_CARD_WORDS[0]; k++) {
        size_t n = strlen(EDIT_CARD_WORDS[k]);
        if (pith_ascii_ieqn(t, EDIT_CARD_WORDS[k], n) && (t[n] == ' ' || t[n] == '\0'))
            return true;
    }
    return false;
}

#define HEADLINE_LEVELS 2 /* how far above a byline the headline's block may be */
/* How far above the headline its banner's block may be, for reading a
 * byline there: a hero banner draws the headline inside its layout grid
 * (container, row, column) and the byline in a block of its own beside
 * the grid.  Farther than HEADLINE_LEVELS, the block is a banner's only
 * when it does not hold the article's prose too (the page's box, around
 * a sidebar's "By John Roe" and its menu, is none). */
#define BANNER_LEVELS 4

/* The block of the page's headline h1 that element i sits in: their
 * nearest common ancestor, at most HEADLINE_LEVELS above i, at most
 * h1_levels above h1 (see BANNER_LEVELS) and below <body> ("<div
 * class=hero><h1>...</h1><div class=article-info>by Tracy
 * Parker</div>"); PITH_NO_EL if none. */
static uint32_t headline_block(const pith_dom *dom, uint32_t i, uint32_t h1, unsigned h1_levels)
{
    uint32_t up[BANNER_LEVELS];
    size_t n = 0;
    for (uint32_t p = h1 == PITH_NO_EL ? PITH_NO_EL : dom->els[h1].parent;
         p != PITH_NO_EL && p != dom->body && n < h1_levels && n < BANNER_LEVELS;
         p = dom->els[p].parent) {
        if (n >= HEADLINE_LEVELS && (dom->els[p].flags & PITH_EL_HOLDS_MAIN))
            break;
        up[n++] = p;
    }
    uint32_t p = dom->els[i].parent;
    for (unsigned k = 0; p != PITH_NO_EL && k < HEADLINE_LEVELS; k++, p = dom->els[p].parent)
        if (listed(p, up, n))
            return p;
    return PITH_NO_EL;
}

/* PITH_MV_IN_ARTICLE when element i sits with the article's text or in
 * its headline's block (h1: the page's first headline). */
static unsigned beside_article(const pith_ctx *ctx, uint32_t i, uint32_t h1)
{
    return pith_meta_in_article(ctx, i) ||
                   headline_block(&ctx->dom, i, h1, HEADLINE_LEVELS) != PITH_NO_EL
               ? PITH_MV_IN_ARTICLE
               : 0;
}

/* True when the text holds a name once cleaned: not "By" alone. */
static bool holds_a_name(const char *text, size_t n)
{
    pith_authors a;
    pith_authors_init(&a);
    bool yes = pith_authors_add(&a, text, n) > 0;
    pith_authors_free(&a);
    return yes;
}

#define MAX_BYLINE_LINE 100 /* a longer element holds more than a byline */

/* Mark element i, whose text (in text) the byline finder recorded, as a
 * byline when it is short and a third of it at least is names not in lower
 * case ("By Marta Lindqvist - 10/14/19 09:26 PM EST", not "By taking off
 * the top half of the bread, you save 100 calories"): the content stage
 * then leaves it out of the article, where it would only repeat the
 * metadata. */
static void mark_byline(pith_ctx *ctx, uint32_t i, const pith_buf *text)
{
    pith_el *el = &ctx->dom.els[i];
    if (el->text > MAX_BYLINE_LINE || !text->len)
        return;
    size_t named = pith_authors_named_chars(text->data, text->len);
    if (named > 0 && (uint64_t)named * 10 >= (uint64_t)el->text * 3)
        el->flags |= PITH_EL_BYLINE;
}

/* The elements inside a byline block that are marked as authors and hold
 * a name (not its filing pieces: "byline__category"), outermost first, each flagged in reviewer when it is a
 * reviewer's box; returns how many (at most cap). */
static size_t inner_authors(const pith_ctx *ctx, uint32_t root, uint32_t *inner,
                            bool *reviewer, size_t cap, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    size_t n = 0;
    for (uint32_t j = root + 1; j < dom->els[root].end && n < cap; j++) {
        const pith_el *el = &dom->els[j];
        if (el->flags & PITH_EL_HIDDEN || el->text == 0 || filing_piece(el) ||
            !(class_says_byline(el) || rel_author(el) || author_link(el)))
            continue;
        byline_text(ctx, j, text, MAX_BYLINE_TEXT * 2);
        if (!holds_a_name(text->data, text->len))
            continue;
        reviewer[n] = pith_meta_class_has_part(el, REVIEWER_WORDS,
                                               sizeof REVIEWER_WORDS / sizeof REVIEWER_WORDS[0]);
        inner[n++] = j;
        j = el->end - 1;
    }
    return n;
}

/* Does the block name, outside its inner author elements, someone joined
 * to them ("Por Steven Lee Myers, Keith Bradsher y <span
 * class=last-byline>Tariq Panja</span>")?  Then the whole block is the
 * byline. */
static bool names_beside(const pith_ctx *ctx, uint32_t root, const uint32_t *inner, size_t n,
                         pith_buf *text)
{
    byline_text_without(ctx, root, inner, n, text, MAX_BYLINE_TEXT * 2);
    const char *seg = text->data ? text->data : "";
    const char *end = seg + text->len;
    for (size_t k = 0; k <= n && seg <= end; k++) {
        const char *mark = memchr(seg, '\x01', (size_t)(end - seg));
        size_t len = (size_t)((mark ? mark : end) - seg);
        bool joined = (mark && pith_author_joins(seg, len, true)) ||
                      (k > 0 && pith_author_joins(seg, len, false));
        if (joined && holds_a_name(seg, len))
            return true;
        if (!mark)
            break;
        seg = mark + 1;
    }
    return false;
}

/* A byline block that holds elements of its own marked as authors
 * ("<div class=byline-section><span class=author>Tom Davies</span>
 * <span class=publication>Associated Press</span>"): those elements name
 * the people, the rest of the block is the desk, the date or the prefix.
 * Records each of them (the second and later as co-authors) but the
 * boxes of reviewers; returns how many there are. */
static size_t record_inner_authors(const pith_ctx *ctx, pith_mfound *f, uint32_t root,
                                   uint32_t h1, pith_buf *text)
{
    uint32_t inner[MAX_CANDIDATES];
    bool reviewer[MAX_CANDIDATES];
    size_t n = inner_authors(ctx, root, inner, reviewer, MAX_CANDIDATES, text);
    if (n == 0 || names_beside(ctx, root, inner, n, text))
        return 0;
    size_t recorded = 0;
    for (size_t k = 0; k < n; k++) {
        if (reviewer[k])
            continue;
        byline_text(ctx, inner[k], text, MAX_BYLINE_TEXT * 2);
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text->data, text->len,
                        (recorded++ ? PITH_MV_JOIN : 0) | beside_article(ctx, root, h1));
    }
    return n;
}

#define MAX_LABEL_TEXT 24 /* "Geschrieben von:"; longer is more than a label */

#define CODE_LEVELS 16 /* how far up a label may sit in a code listing */

/* Inside <pre> or <code>, within CODE_LEVELS ancestors: "ORDER BY period"
 * in a listing is no byline. */
static bool in_code(const pith_dom *dom, uint32_t i)
{
    for (unsigned k = 0; i != PITH_NO_EL && k < CODE_LEVELS; i = dom->els[i].parent, k++)
        if (dom->els[i].tag == GUMBO_TAG_PRE || dom->els[i].tag == GUMBO_TAG_CODE)
            return true;
    return false;
}

/* An element whose whole text is a byline label standing alone ("Written
 * by", "Author:"), with the names in the next element that holds text
 * ("<p>Written by</p><p>Jane Doe</p>", "<h3>Author</h3><p>Jane Doe</p>"):
 * the label and the names, as one byline, go to text.  Returns that next
 * element, or PITH_NO_EL when element i is no such label. */
static uint32_t label_alone(const pith_ctx *ctx, uint32_t i, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    const pith_el *el = &dom->els[i];
    if (el->text == 0 || el->text > MAX_LABEL_TEXT || el->link_text > 0)
        return PITH_NO_EL;
    pith_meta_el_text(ctx, i, text, MAX_LABEL_TEXT * 2);
    char low[MAX_LABEL_TEXT * 2];
    size_t n = pith_ascii_lower_copy(low, sizeof low, text->data, text->len);
    if (!pith_author_is_alone_label(low, n) || in_code(dom, i))
        return PITH_NO_EL;
    uint32_t next = el->end, end = dom->els[dom->body].end;
    while (next < end && (dom->els[next].text == 0 || skipped_tag((GumboTag)dom->els[next].tag)))
        next++;
    if (next >= end || dom->els[next].text > MAX_BYLINE_LINE ||
        (dom->els[next].flags & PITH_EL_HIDDEN))
        return PITH_NO_EL;
    pith_buf name = PITH_BUF_INIT;
    pith_meta_el_text(ctx, next, &name, MAX_BYLINE_LINE * 2);
    pith_buf_putc(text, ' ');
    pith_buf_append(text, name.data, name.len);
    pith_buf_free(&name);
    return next;
}

/* True when the text names people, each by two words or more in
 * capitals ("Trond Teigen", not the section "Canada" or the "at" of "at
 * 6:49 pm"): what a line without a byline word must hold to be one. */
static bool full_names(const char *text, size_t n)
{
    pith_authors a;
    pith_authors_init(&a);
    bool yes = pith_authors_add(&a, text, n) > 0;
    for (size_t k = 0; yes && k < a.n; k++) {
        const char *name = pith_authors_get(&a, k);
        size_t words = 0;
        for (const char *p = name; *p; p++)
            if (p == name || p[-1] == ' ') {
                words++;
                yes = yes && ((*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0xC0);
            }
        yes = yes && words >= 2;
    }
    pith_authors_free(&a);
    return yes;
}

/* The line right under the headline h1 (pith_meta_first_h1, outside its
 * links) that gives the date beside the writer's name, with no byline
 * word or class ("<h1>...</h1><p>Aaron Ricadela | Senior Writer | July 2,
 * 2025</p>", "2025-12-17 · Trond Teigen"): on a page with no other byline,
 * it names the author.  The date is what makes it a dateline, not a
 * subtitle. */
static void record_dateline(pith_ctx *ctx, pith_mfound *f, uint32_t h1, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[dom->body].end;
    if (h1 == PITH_NO_EL)
        return;
    uint32_t next = dom->els[h1].end;
    while (next < end && (dom->els[next].text == 0 || skipped_tag((GumboTag)dom->els[next].tag)))
        next++;
    if (next >= end || dom->els[next].text > MAX_BYLINE_LINE ||
        (dom->els[next].flags & PITH_EL_HIDDEN) || pith_meta_in_aside(ctx, f, next))
        return;
    byline_text(ctx, next, text, MAX_BYLINE_LINE * 2);
    pith_date d;
    if (!text->len || text->oom || !pith_date_parse(text->data, text->len, 0, &d) ||
        !full_names(text->data, text->len))
        return;
    pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text->data, text->len,
                    beside_article(ctx, next, h1));
    mark_byline(ctx, next, text);
}

/* Lines that say when the page was posted or last changed and by whom,
 * the date between the two ("Last updated March 3, 2025 by Jane Roe",
 * "Posted on 3 March 2025 by Jane Roe", "Publié le 3 mars 2025 par Jeanne
 * Roux"): a label of the date (pith_meta_credit_label), the date, then
 * the word its language writes before the name.  On a page that shows no
 * other byline, the one who keeps it (a scholar's notes, a hobbyist's
 * guide) is its author.  A forum's "Edited ... by" names who changed a
 * post, not who wrote it, and opens with no such label. */
#define MAX_CREDIT_DATE 40 /* bytes between the label and the name: a date, not a sentence */

/* Where the name starts (after its word before it, "by Jane Roe") when element
 * i's text, in text, is a dated credit line (see above) whose name is a
 * person's, two words or more in capitals; 0 if it is not one. */
static size_t dated_credit(const pith_ctx *ctx, uint32_t i, pith_buf *text)
{
    if (ctx->dom.els[i].text > MAX_BYLINE_LINE)
        return 0;
    pith_meta_el_text(ctx, i, text, MAX_BYLINE_LINE * 2);
    if (!text->len || text->oom)
        return 0;
    char low[MAX_BYLINE_LINE * 2 + 1];
    size_t n = pith_ascii_lower_copy(low, sizeof low, text->data, text->len);
    size_t lead = 0;
    while (lead < n && (low[lead] == ' ' || low[lead] == '|'))
        lead++;
    const char *by_word;
    size_t ll = pith_meta_credit_label(text->data + lead, text->len - lead, &by_word);
    if (!ll || !by_word || n - lead <= ll || (low[lead + ll] != ' ' && low[lead + ll] != ':'))
        return 0;
    size_t from = lead + ll + 1;
    const char *by = strstr(low + from, by_word);
    pith_date d;
    if (!by || (size_t)(by - low) - from > MAX_CREDIT_DATE ||
        !pith_date_parse(text->data + from, (size_t)(by - low) - from, 0, &d))
        return 0;
    size_t name = (size_t)(by - low) + strlen(by_word); /* not every cleaner knows "da" */
    return full_names(text->data + name, text->len - name) ? name : 0;
}

/* Is element i in an aside for the byline finder?  Not a line in the
 * block of the page's headline h1 (see headline_block; the block may be a
 * banner's, BANNER_LEVELS above the headline) when only its own class or
 * one below that block calls it navigation or a promotion (not its tag:
 * <nav>, <aside>, nor a hidden part)
 * ("<header><h1>...</h1><p class=page-header__meta>By Jane Doe</p>",
 * "<div class=hero-banner__details><span>By the Harbour Roasters
 * Team</span>" beside the grid that holds the headline). */
static bool byline_aside(const pith_ctx *ctx, pith_mfound *f, uint32_t i, uint32_t h1)
{
    if (!pith_meta_in_aside(ctx, f, i))
        return false;
    const pith_dom *dom = &ctx->dom;
    uint32_t block = headline_block(dom, i, h1, BANNER_LEVELS);
    if (block == PITH_NO_EL || !pith_tag_is_block((GumboTag)dom->els[i].tag) ||
        pith_meta_in_aside(ctx, f, block))
        return true;
    for (uint32_t p = i; p != block; p = dom->els[p].parent)
        if (dom->els[p].tag == GUMBO_TAG_NAV || dom->els[p].tag == GUMBO_TAG_ASIDE ||
            pith_el_hidden_by(&dom->els[p]))
            return true; /* a menu's, a sidebar's or a hidden line */
    return false;
}

#define BIO_TEXT_MIN 40     /* a bio says more than a name and a title */
#define BIO_READ 400        /* bytes of a bio read for its pronoun */
/* Bytes of each paragraph read first for the name's cut: more than
 * BIO_NAME_MAX and the longest cut word (" est une ", 9 bytes), so a cut
 * within the name's reach is already in them (a read is a prefix of the
 * longer one); the few paragraphs with one are read again in full.  Most
 * paragraphs are no bio, and reading and lower-casing 400 bytes of each
 * cost the HTML path 2 % of its time. */
#define BIO_NAME_READ 96
#define BIO_NAME_MAX 60     /* the name that opens a bio */
#define BIO_NAME_BEFORE 8   /* elements before the bio its name or photo may sit in */

/* Words that show a bio speaks of a person, not a firm or a product
 * ("When she isn't busy ...", "He has ..."): "Google Cloud is a suite of
 * services" names no one. */
static const char *const PERSON_PRONOUNS[] = {"he", "she", "his", "her", "him"};

static bool says_a_pronoun(const char *low, size_t n)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && !pith_ascii_is_alpha(low[i]))
            i++;
        size_t st = i;
        while (i < n && pith_ascii_is_alpha(low[i]))
            i++;
        for (size_t k = 0; k < sizeof PERSON_PRONOUNS / sizeof PERSON_PRONOUNS[0]; k++)
            if (strlen(PERSON_PRONOUNS[k]) == i - st && memcmp(low + st, PERSON_PRONOUNS[k], i - st) == 0)
                return true;
    }
    return false;
}

/* Does the text (a short element's or a photo's alt text) show the name? */
typedef bool (*shown_match)(const char *text, const char *name);

/* The first text that match accepts among the BIO_NAME_BEFORE elements
 * just before element i: a photo's alt text, or the whole text of an
 * element at most max bytes long (the author box's name or portrait);
 * copied into tmp. */
static bool shown_before(const pith_ctx *ctx, uint32_t i, size_t max, shown_match match,
                         const char *name, pith_buf *tmp)
{
    const pith_dom *dom = &ctx->dom;
    for (uint32_t j = i; j > dom->body && j + BIO_NAME_BEFORE > i; j--) {
        const pith_el *el = &dom->els[j - 1];
        const char *alt = el->tag == GUMBO_TAG_IMG ? pith_attr(el, "alt") : NULL;
        if (alt && match(alt, name)) {
            pith_buf_clear(tmp);
            pith_buf_puts(tmp, alt);
            return true;
        }
        if (el->text == 0 || el->text > max || el->end > i)
            continue;
        pith_meta_el_text(ctx, j - 1, tmp, BIO_NAME_MAX * 2);
        if (tmp->len && match(tmp->data, name))
            return true;
    }
    return false;
}

static bool same_name(const char *text, const char *name)
{
    return pith_meta_same_text(text, name);
}

/* "Owen Marlowby" for the given name "Owen": a person's name (rules/given_names.c)
 * that opens with it. */
static bool full_name_of(const char *text, const char *given)
{
    size_t n = strlen(given);
    return strncmp(text, given, n) == 0 && text[n] == ' ' &&
           pith_author_is_person_name(text, strlen(text));
}

#define GIVEN_NAME_MAX 15 /* bytes of the longest given name a bio opens with */

/* "Owen explores ...", "Hilda is a ...": the bio's first word when it
 * opens with a capital, in ASCII letters, and a word in lower case follows
 * (a verb, not a surname); its length, 0 if none. */
static size_t opening_first_name(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && pith_ascii_is_alpha(s[k]))
        k++;
    bool shaped = k >= 2 && k <= GIVEN_NAME_MAX && s[0] >= 'A' && s[0] <= 'Z' && k + 1 < n &&
                  s[k] == ' ' && s[k + 1] >= 'a' && s[k + 1] <= 'z';
    return shaped ? k : 0;
}

/* The name a bio (element i, its first BIO_NAME_READ bytes in text)
 * opens with, shown just before it, into name; where the name ends in the
 * bio, whose first BIO_READ bytes are then in text; 0 if none.  Either
 * the full name ("Marta Lindqvist is a ...", under her photo) or the given
 * name alone, the full one shown before ("Owen Marlowby" over "Owen explores
 * ...", "Hilda Vantrest" over "Hilda is a ...").  The whole bio is read only
 * for a name within reach: most paragraphs are no bio. */
static size_t bio_name(const pith_ctx *ctx, uint32_t i, pith_buf *text, pith_buf *name,
                       pith_buf *tmp)
{
    size_t cut = text->len ? pith_author_bio_start(text->data, text->len) : 0;
    pith_buf_clear(name);
    if (cut > 0 && cut <= BIO_NAME_MAX) {
        pith_meta_el_text(ctx, i, text, BIO_READ);
        cut = text->len ? pith_author_bio_start(text->data, text->len) : 0;
        if (cut > 0 && cut < text->len && cut <= BIO_NAME_MAX && full_names(text->data, cut)) {
            pith_buf_append(name, text->data, cut);
            return !name->oom && shown_before(ctx, i, cut + 2, same_name, name->data, tmp) ? cut
                                                                                           : 0;
        }
    }
    size_t given = text->len ? opening_first_name(text->data, text->len) : 0;
    if (given == 0)
        return 0;
    pith_buf_append(name, text->data, given);
    if (name->oom || !shown_before(ctx, i, BIO_NAME_MAX, full_name_of, name->data, tmp))
        return 0;
    pith_buf_clear(name);
    pith_buf_append(name, tmp->data, tmp->len);
    pith_meta_el_text(ctx, i, text, BIO_READ);
    return name->oom ? 0 : given;
}

/* "<img alt='Jane Doe'><p>Jane Doe is a freelance travel writer ... When
 * she isn't ...</p>": an author box, its bio opening with the name that a
 * photo or a line just before shows (or with its given name alone),
 * speaking of a person.  The first such bio is recorded last, the least
 * trusted byline: it names the author of a page whose bylines hold no
 * name. */
static void record_bio_card(pith_ctx *ctx, pith_mfound *f, uint32_t h1, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[dom->body].end;
    pith_buf low = PITH_BUF_INIT, name = PITH_BUF_INIT, tmp = PITH_BUF_INIT;
    for (uint32_t i = dom->body; i < end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->tag != GUMBO_TAG_P || el->text < BIO_TEXT_MIN || el->blocks > 0 ||
            (el->flags & PITH_EL_HIDDEN))
            continue;
        pith_meta_el_text(ctx, i, text, BIO_NAME_READ);
        size_t cut = bio_name(ctx, i, text, &name, &tmp);
        if (cut == 0)
            continue;
        pith_buf_clear(&low);
        for (size_t k = cut; k < text->len; k++)
            pith_buf_putc(&low, pith_ascii_lower(text->data[k]));
        if (says_a_pronoun(low.data, low.len)) {
            pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, name.data, name.len,
                            beside_article(ctx, i, h1));
            break;
        }
    }
    pith_buf_free(&low);
    pith_buf_free(&name);
    pith_buf_free(&tmp);
}

/* Class parts of an image of the author ("dynamic-author-image",
 * "author-avatar"). */
static const char *const AUTHOR_PHOTO_WORDS[] = {"author"};

#define PHOTO_NAME_AFTER 8 /* elements after the author's photo its name may sit in */

/* True when the whole text is one name of two words or more in capitals
 * ("Marta Lindqvist", not the credit "Portrait by Jon Amber" under a
 * photo). */
static bool whole_name(const char *text, size_t n)
{
    pith_authors a;
    pith_authors_init(&a);
    bool yes = full_names(text, n) && pith_authors_add(&a, text, n) == 1 && a.n == 1 &&
               pith_meta_same_text(pith_authors_get(&a, 0), text);
    pith_authors_free(&a);
    return yes;
}

/* Does alt text name the author: the word "author" ("Photo of author",
 * "Author's portrait", "authors"), not a word it begins ("Authorized
 * dealer", "Port Authority")? */
static bool alt_names_author(const char *alt)
{
    static const char word[] = "author";
    size_t n = strlen(alt), w = sizeof word - 1;
    for (size_t k = 0; k + w <= n; k++)
        if (pith_ascii_ieqn(alt + k, word, w) && (k == 0 || !pith_ascii_is_alpha(alt[k - 1])) &&
            pith_ascii_lower(alt[k + w]) != 'i')
            return true;
    return false;
}

/* Is element i the author's photo: an image whose alt text ("Photo of
 * author") or class says so? */
static bool author_photo(const pith_el *el)
{
    if (el->tag != GUMBO_TAG_IMG || (el->flags & PITH_EL_HIDDEN))
        return false;
    const char *alt = pith_attr(el, "alt");
    return (alt && alt_names_author(alt)) ||
           pith_meta_class_has_part(el, AUTHOR_PHOTO_WORDS,
                                    sizeof AUTHOR_PHOTO_WORDS / sizeof AUTHOR_PHOTO_WORDS[0]);
}

/* "<img alt='Photo of author'><p>Marta Lindqvist</p><p>Licensed
 * grader</p>": an author's card, the author's photo and just after it a
 * short element whose whole text names a person by two words or more in
 * capitals.  Recorded last, the least trusted byline beside the bio card:
 * it names the author of a page whose bylines hold no name.  Not in an
 * aside (a comment's avatar) nor a customer's quote. */
static void record_photo_card(pith_ctx *ctx, pith_mfound *f, uint32_t h1, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t end = dom->els[dom->body].end;
    for (uint32_t i = dom->body; i < end; i++) {
        if (!author_photo(&dom->els[i]) || pith_meta_in_aside(ctx, f, i) || in_testimonial(dom, i))
            continue;
        for (uint32_t j = i + 1; j < end && j <= i + PHOTO_NAME_AFTER; j++) {
            const pith_el *el = &dom->els[j];
            if (el->text == 0 || el->blocks > 0 || (el->flags & PITH_EL_HIDDEN))
                continue; /* an empty part, or the card around the name */
            if (el->text > BIO_NAME_MAX)
                break;
            pith_meta_el_text(ctx, j, text, BIO_NAME_MAX * 2);
            if (text->len && whole_name(text->data, text->len)) {
                pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text->data, text->len,
                                beside_article(ctx, j, h1));
                return;
            }
            break;
        }
    }
}

/* Class parts of an icon drawn as a person ("bi-person", "fa-user",
 * "icon-author"). */
static const char *const PERSON_ICON_WORDS[] = {"person", "user", "author"};

/* "<li><i class="bi bi-person"></i> Marta Lindqvist</li>": element i opens
 * with an icon drawn as a person, an element without text, and its whole
 * text is a person's name (rules/given_names.c): its article's author.
 * The same icon before "Log in" or "My account" is the site's. */
static bool person_icon_line(const pith_ctx *ctx, uint32_t i, pith_buf *text)
{
    const pith_dom *dom = &ctx->dom;
    uint32_t icon = i + 1; /* the first element inside i, in the page's order */
    if (dom->els[i].blocks > 0 || icon >= dom->els[i].end || dom->els[icon].parent != i ||
        dom->els[icon].text > 0 ||
        (dom->els[icon].tag != GUMBO_TAG_I && dom->els[icon].tag != GUMBO_TAG_SPAN &&
         dom->els[icon].tag != GUMBO_TAG_SVG) ||
        !pith_meta_class_has_part(&dom->els[icon], PERSON_ICON_WORDS,
                                  sizeof PERSON_ICON_WORDS / sizeof PERSON_ICON_WORDS[0]))
        return false;
    pith_meta_el_text(ctx, i, text, MAX_BYLINE_TEXT); /* collapsed: no space around */
    return pith_author_is_person_name(text->data ? text->data : "", text->len);
}

#define FULL_NAME_MAX_TEXT 40 /* non-space bytes of an element that holds a name alone */

bool pith_meta_full_name_of(const pith_ctx *ctx, const char *given, pith_buf *out)
{
    const pith_dom *dom = &ctx->dom;
    size_t gl = strlen(given);
    pith_buf_clear(out);
    if (dom->body == PITH_NO_EL || !gl)
        return false;
    for (uint32_t i = dom->body; i < dom->els[dom->body].end; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & PITH_EL_HIDDEN) {
            i = el->end - 1;
            continue;
        }
        if (el->own_text == 0 || el->text <= gl || el->text > FULL_NAME_MAX_TEXT ||
            el->tag == GUMBO_TAG_SCRIPT || el->tag == GUMBO_TAG_STYLE)
            continue;
        pith_meta_el_text(ctx, i, out, FULL_NAME_MAX_TEXT * 2);
        if (out->len > gl && !out->oom && !memcmp(out->data, given, gl) &&
            out->data[gl] == ' ' && pith_author_is_person_name(out->data, out->len))
            return true;
    }
    pith_buf_clear(out);
    return false;
}

void pith_meta_from_byline(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->body == PITH_NO_EL)
        return;
    pith_buf text = PITH_BUF_INIT, credit = PITH_BUF_INIT;
    unsigned found = 0;
    uint32_t end = dom->els[dom->body].end, h1 = pith_meta_first_h1(dom, f, true);
    /* the page says it is in another language than Dutch: no "Door" byline */
    const char *lang = pith_mfound_first(f, PITH_MF_LANGUAGE, PITH_MS_DOCUMENT);
    bool dutch = !lang || pith_ascii_ieqn(lang, "nl", 2), lang_declared = lang != NULL;
    for (uint32_t i = dom->body; i < end && found < MAX_CANDIDATES; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & PITH_EL_HIDDEN || el->tag == GUMBO_TAG_SCRIPT ||
            el->tag == GUMBO_TAG_STYLE)
            continue;
        /* The cheap tests first: most elements hold no text or too much. */
        if (el->text == 0 || el->text > MAX_BYLINE_TEXT || byline_aside(ctx, f, i, h1) ||
            pith_meta_in_teaser_link(dom, i))
            continue;
        if (signed_mail_link(ctx, i)) {
            const char *name = pith_attr(el, "title");
            pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, name, strlen(name),
                            beside_article(ctx, i, h1));
            found++;
            continue;
        }
        bool rel = (rel_author(el) || author_link(el)) && !in_running_text(ctx, i);
        bool candidate = rel || class_says_byline(el) || poster_before_rank(ctx, i) ||
                         text_says_byline(ctx, i, dutch, lang_declared, &text) ||
                         person_icon_line(ctx, i, &text);
        if (candidate && in_testimonial(dom, i)) {
            i = el->end - 1; /* a client's name under their words */
            continue;
        }
        uint32_t names = candidate ? PITH_NO_EL : label_alone(ctx, i, &text);
        if (names != PITH_NO_EL) {
            pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text.data, text.len,
                            beside_article(ctx, i, h1));
            mark_byline(ctx, names, &text);
            if (ctx->dom.els[names].flags & PITH_EL_BYLINE)
                ctx->dom.els[i].flags |= PITH_EL_BYLINE; /* the label goes with it */
            found++;
            i = dom->els[names].end - 1;
            continue;
        }
        if (!candidate) {
            size_t name;
            if (!credit.len && (name = dated_credit(ctx, i, &text)) > 0)
                pith_buf_append(&credit, text.data + name, text.len - name);
            /* "05/10/2018 - Publicado por: Clarissa Montenegro": the label's text only */
            record_editor_credit(ctx, f, i);
            if (labelled_byline(ctx, i, &text)) {
                pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text.data, text.len,
                                beside_article(ctx, i, h1));
                mark_byline(ctx, i, &text);
                found++;
            }
            continue;
        }
        byline_text(ctx, i, &text, MAX_BYLINE_TEXT * 2);
        if (edit_card(&text)) {
            i = el->end - 1;
            continue;
        }
        bool inner = !rel && record_inner_authors(ctx, f, i, h1, &text) > 0;
        byline_text(ctx, i, &text, MAX_BYLINE_TEXT * 2);
        if (!inner)
            pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text.data, text.len,
                            beside_article(ctx, i, h1));
        mark_byline(ctx, i, &text); /* the whole block's text */
        found++;
        /* Other rel=author links beside this one name co-authors. */
        if (rel && el->parent != PITH_NO_EL) {
            uint32_t parent = el->parent;
            for (uint32_t j = el->end; j < dom->els[parent].end; j++)
                if ((rel_author(&dom->els[j]) || author_link(&dom->els[j])) &&
                    dom->els[j].parent == parent) {
                    pith_meta_el_text(ctx, j, &text, MAX_BYLINE_TEXT);
                    pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text.data, text.len,
                                    PITH_MV_JOIN | beside_article(ctx, j, h1));
                }
        }
        i = el->end - 1; /* not the same byline again through its children */
    }
    if (found == 0)
        record_dateline(ctx, f, h1, &text);
    /* the dated credit line names the page's keeper only when no byline
     * names anyone; it is no byline beside the article's text */
    if (found == 0 && credit.len && !credit.oom)
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, credit.data, credit.len, 0);
    pith_buf_free(&credit);
    record_bio_card(ctx, f, h1, &text);
    record_photo_card(ctx, f, h1, &text);
    pith_buf_free(&text);
}
