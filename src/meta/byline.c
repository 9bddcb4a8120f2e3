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
 *     "Von Max Mustermann", "Par Jean Dupont").
 * The text of each candidate is recorded raw; the author cleaner decides
 * later whether it holds a name.
 */
#include <string.h>

#include "../rules/rules.h"
#include "author.h"
#include "sources.h"

#define MAX_CANDIDATES 12
#define MAX_BYLINE_TEXT 200   /* longer elements are containers, not bylines */
#define CLASS_MAX 256

/* Class/id words (between dashes, after normalisation) that mark a
 * byline, and words that mark something else that talks about the author
 * (boxes, pictures, bios). */
static const char *const BYLINE_WORDS[] = {
    "byline", "bylines", "author", "authors", "writtenby", "autor", "autoren", "auteur",
    "auteurs", "reporter", "contributor", "journalist", "signature", "firma", "creator",
    "writer", "by", "autore", "autora", "forfatter", "tekijä",
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
};

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
            pith_meta_part_is_any(tok, tl, BYLINE_WORDS,
                                  sizeof BYLINE_WORDS / sizeof BYLINE_WORDS[0]) &&
            !pith_meta_contains_any(tok, tl, NOT_BYLINE_WORDS,
                                    sizeof NOT_BYLINE_WORDS / sizeof NOT_BYLINE_WORDS[0]))
            return true;
    }
    return false;
}

/* A link to an author's page ("/author/jane-doe"). */
static bool author_link(const pith_el *el)
{
    const char *href = el->tag == GUMBO_TAG_A ? pith_attr(el, "href") : NULL;
    if (!href)
        return false;
    for (size_t i = 0; i < sizeof AUTHOR_PATHS / sizeof AUTHOR_PATHS[0]; i++)
        if (strstr(href, AUTHOR_PATHS[i]))
            return true;
    return false;
}

static bool rel_author(const pith_el *el)
{
    const char *rel = el->tag == GUMBO_TAG_A ? pith_attr(el, "rel") : NULL;
    const char *tok;
    size_t len;
    while (rel && (tok = pith_meta_token(&rel, &len)) != NULL)
        if (len == 6 && pith_meta_iprefix(tok, "author"))
            return true;
    return false;
}

/* A short block that starts with a byline word: "By Jane Doe". */
static bool text_says_byline(const pith_ctx *ctx, uint32_t i, pith_buf *text)
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
    char low[16];
    size_t n = 0;
    for (; n < text->len && n + 1 < sizeof low; n++) {
        char c = text->data[n];
        low[n] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    low[n] = 0;
    /* Only the plain words, followed by a space: "By", "Von", "Par"... */
    static const char *const STARTS[] = {"by ", "von ", "par ", "por ", "door ",
                                         "written by ", "text: ", "autor: "};
    for (size_t k = 0; k < sizeof STARTS / sizeof STARTS[0]; k++)
        if (strncmp(low, STARTS[k], strlen(STARTS[k])) == 0)
            return true;
    return false;
}

static bool skipped_tag(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
           tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_BUTTON;
}

/* The element's text with " | " where blocks and line breaks part it, so
 * "Jane Doe<br>WebMD Health News" stays two pieces. */
static void byline_text(const pith_ctx *ctx, uint32_t root, pith_buf *out, size_t max)
{
    pith_buf_clear(out);
    pith_walker w;
    pith_walker_init(&w, &ctx->dom, root, 0);
    pith_walk_event ev;
    while ((ev = pith_walker_next(&w)) != PITH_WALK_DONE && out->len < max) {
        const pith_el *el = &ctx->dom.els[w.el];
        if (ev == PITH_WALK_ENTER && w.el != root && skipped_tag((GumboTag)el->tag)) {
            w.depth--; /* leave its subtree out */
            continue;
        }
        if (ev != PITH_WALK_TEXT) {
            if (w.el != root && (pith_tag_is_block((GumboTag)el->tag) || el->tag == GUMBO_TAG_BR))
                pith_buf_puts(out, " | ");
            continue;
        }
        pith_buf_putc(out, ' ');
        pith_buf_puts(out, w.text->v.text.text);
    }
    pith_walker_free(&w);
}

void pith_meta_from_byline(pith_ctx *ctx, pith_mfound *f)
{
    const pith_dom *dom = &ctx->dom;
    if (dom->body == PITH_NO_EL)
        return;
    pith_buf text = PITH_BUF_INIT;
    unsigned found = 0;
    uint32_t end = dom->els[dom->body].end;
    for (uint32_t i = dom->body; i < end && found < MAX_CANDIDATES; i++) {
        const pith_el *el = &dom->els[i];
        if (el->flags & PITH_EL_HIDDEN || el->tag == GUMBO_TAG_SCRIPT ||
            el->tag == GUMBO_TAG_STYLE)
            continue;
        bool rel = rel_author(el) || author_link(el);
        bool candidate = rel || class_says_byline(el) || text_says_byline(ctx, i, &text);
        if (!candidate || el->text == 0 || el->text > MAX_BYLINE_TEXT ||
            pith_meta_in_aside(ctx, f, i))
            continue;
        byline_text(ctx, i, &text, MAX_BYLINE_TEXT * 2);
        pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text.data, text.len, 0);
        found++;
        /* Other rel=author links beside this one name co-authors. */
        if (rel && el->parent != PITH_NO_EL) {
            uint32_t parent = el->parent;
            for (uint32_t j = el->end; j < dom->els[parent].end; j++)
                if ((rel_author(&dom->els[j]) || author_link(&dom->els[j])) &&
                    dom->els[j].parent == parent) {
                    pith_meta_el_text(ctx, j, &text, MAX_BYLINE_TEXT);
                    pith_mfound_add(f, PITH_MF_AUTHOR, PITH_MS_BYLINE, text.data, text.len,
                                    PITH_MV_JOIN);
                }
        }
        i = el->end - 1; /* not the same byline again through its children */
    }
    pith_buf_free(&text);
}
