/*
 * elide.c — remove script and style bodies before the parse (see elide.h).
 *
 * The scanner is a small copy of the HTML tokenizer (WHATWG "13.2.5
 * Tokenization", as gumbo 0.10.1 implements it), run only as far as it
 * decides where tags, comments and raw-text bodies begin and end.  Its
 * invariant: whenever the scan is in the "data" state of HTML content, so
 * is the real tokenizer, and the tree builder is in an insertion mode in
 * which <script> starts script data and <style> starts RAWTEXT.  Every
 * construct that could break the invariant is either modelled (the SVG,
 * MathML and <select> regions below) or ends the scan.
 *
 * Removing a body deletes only character tokens that the tree builder
 * appends to the script or style element ("text" insertion mode), so the
 * rest of the tree is unchanged.
 */
#include "elide.h"

#include <string.h>

#define NAME_MAX_LEN 32    /* longer tag names are kept as "long" */
#define FOREIGN_DEPTH 64   /* deeper SVG/MathML nesting ends the scan */

typedef struct scanner {
    char *s;
    size_t n;
    size_t w;          /* write position of the compacted output */
    size_t copy_from;  /* start of the input not yet copied to w */
    bool seen_template;
    pith_elide_stats *st;
} scanner;

/* A start or end tag as the tokenizer reads it. */
typedef struct tag {
    char name[NAME_MAX_LEN + 1]; /* lower case, NUL-terminated */
    bool long_name;               /* longer than NAME_MAX_LEN */
    bool self_closing;
    size_t end;                   /* one past the '>' */
} tag;

/* ------------------------------------------------------------ characters */

static bool is_ws(char c)
{
    /* The tokenizer's whitespace; CR counts because the input stream turns
     * it into LF before tokenization. */
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

/* Does s[i..) start with the lower-case word w, ASCII case-insensitively? */
static bool starts_ci(const scanner *sc, size_t i, const char *w)
{
    for (; *w; w++, i++)
        if (i >= sc->n || lower(sc->s[i]) != *w)
            return false;
    return true;
}

static bool name_is(const tag *t, const char *name)
{
    return !t->long_name && strcmp(t->name, name) == 0;
}

static bool name_in(const tag *t, const char *const *names)
{
    for (; *names; names++)
        if (name_is(t, *names))
            return true;
    return false;
}

/* ------------------------------------------------------------- tokenizer */

/* Read a tag whose name starts at i (just after "<" or "</").  Follows the
 * tag name, attribute name/value and self-closing states.  False when the
 * input ends inside the tag (the tokenizer then drops it). */
static bool read_tag(const scanner *sc, size_t i, tag *t)
{
    enum { NAME, BEFORE_ATTR, ATTR, AFTER_ATTR, BEFORE_VALUE, DQ, SQ, UNQUOTED,
           AFTER_QUOTED, SELF_CLOSING } state = NAME;
    size_t k = 0;
    t->long_name = false;
    t->self_closing = false;
    for (; i < sc->n; i++) {
        char c = sc->s[i];
        bool in_value = state == BEFORE_VALUE || state == DQ || state == SQ ||
                        state == UNQUOTED || state == SELF_CLOSING;
        if (!in_value) {
            /* Outside values, '>' ends the tag, '/' may close it, and
             * whitespace ends a name. */
            if (c == '>')
                goto done;
            if (c == '/') {
                state = SELF_CLOSING;
            } else if (is_ws(c)) {
                if (state == ATTR)
                    state = AFTER_ATTR;
                else if (state != AFTER_ATTR)
                    state = BEFORE_ATTR;
            } else if (state == NAME) {
                if (k < NAME_MAX_LEN)
                    t->name[k++] = lower(c);
                else
                    t->long_name = true;
            } else if (c == '=' && (state == ATTR || state == AFTER_ATTR)) {
                state = BEFORE_VALUE;
            } else {
                state = ATTR; /* any other character starts or extends a name */
            }
            continue;
        }
        switch (state) {
        case BEFORE_VALUE:
            if (c == '"')
                state = DQ;
            else if (c == '\'')
                state = SQ;
            else if (c == '>')
                goto done;
            else if (!is_ws(c))
                state = UNQUOTED;
            break;
        case DQ:
        case SQ: {
            /* A quoted value ends at the next quote, whatever it holds. */
            const char *q = memchr(sc->s + i, state == DQ ? '"' : '\'', sc->n - i);
            if (!q)
                return false;
            i = (size_t)(q - sc->s);
            state = AFTER_QUOTED;
            break;
        }
        case UNQUOTED:
            if (is_ws(c))
                state = BEFORE_ATTR;
            else if (c == '>')
                goto done;
            break;
        default: /* SELF_CLOSING */
            if (c == '>') {
                t->self_closing = true;
                goto done;
            }
            i--; /* reconsume in "before attribute name" */
            state = BEFORE_ATTR;
            break;
        }
    }
    return false;
done:
    t->name[k] = '\0';
    t->end = i + 1;
    return true;
}

/* One past the '>' that ends a comment whose "<!--" ends at i (the comment
 * states, with "<!-->", "<!--->" and "--!>"); n at the end of input. */
static size_t comment_end(const scanner *sc, size_t i)
{
    enum { START, START_DASH, BODY, END_DASH, END, END_BANG } state = START;
    for (; i < sc->n; i++) {
        char c = sc->s[i];
        switch (state) {
        case START:
            state = c == '-' ? START_DASH : BODY;
            if (c == '>')
                return i + 1;
            break;
        case START_DASH:
            if (c == '>')
                return i + 1;
            state = c == '-' ? END : BODY;
            break;
        case BODY:
            if (c == '-')
                state = END_DASH;
            else {
                const char *dash = memchr(sc->s + i, '-', sc->n - i);
                if (!dash)
                    return sc->n;
                i = (size_t)(dash - sc->s) - 1;
            }
            break;
        case END_DASH:
            state = c == '-' ? END : BODY;
            break;
        case END:
            if (c == '>')
                return i + 1;
            state = c == '!' ? END_BANG : c == '-' ? END : BODY;
            break;
        case END_BANG:
            if (c == '>')
                return i + 1;
            state = c == '-' ? END_DASH : BODY;
            break;
        }
    }
    return sc->n;
}

/* One past the next '>' from i (bogus comments, doctypes); n if none. */
static size_t gt_end(const scanner *sc, size_t i)
{
    const char *gt = i < sc->n ? memchr(sc->s + i, '>', sc->n - i) : NULL;
    return gt ? (size_t)(gt - sc->s) + 1 : sc->n;
}

/* Is there an end tag "</name" followed by whitespace, '/' or '>' at i?
 * (The "appropriate end tag" test of the raw-text states.) */
static bool end_tag_at(const scanner *sc, size_t i, const char *name)
{
    if (i + 2 >= sc->n || sc->s[i] != '<' || sc->s[i + 1] != '/' || !starts_ci(sc, i + 2, name))
        return false;
    size_t k = i + 2 + strlen(name);
    return k < sc->n && (is_ws(sc->s[k]) || sc->s[k] == '/' || sc->s[k] == '>');
}

/* Where an RCDATA or RAWTEXT body starting at i ends: the '<' of its end
 * tag, or n. */
static size_t rawtext_end(const scanner *sc, size_t i, const char *name)
{
    while (i < sc->n) {
        const char *lt = memchr(sc->s + i, '<', sc->n - i);
        if (!lt)
            return sc->n;
        i = (size_t)(lt - sc->s);
        if (end_tag_at(sc, i, name))
            return i;
        i++;
    }
    return sc->n;
}

/* Where a script body starting at i ends: the '<' of "</script", or n.
 * The script data states: "<!--" enters the escaped states, in which
 * "<script" + whitespace, '/' or '>' enters the double escaped states,
 * where "</script>" only returns to the escaped states; "-->" goes back to
 * plain script data from either. */
static size_t script_end(const scanner *sc, size_t i)
{
    const char *s = sc->s;
    size_t n = sc->n;
    int level = 0;  /* 0 script data, 1 escaped, 2 double escaped */
    int dashes = 0; /* in an escape: '-' just seen, 0, 1 or 2 (and more) */
    while (i < n) {
        if (level == 0) {
            const char *lt = memchr(s + i, '<', n - i);
            if (!lt)
                return n;
            i = (size_t)(lt - s);
            if (end_tag_at(sc, i, "script"))
                return i;
            if (i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {
                level = 1;
                dashes = 2; /* "<!--" ends in the escaped dash dash state */
                i += 4;
            } else {
                i++;
            }
            continue;
        }
        char c = s[i];
        if (c == '-') {
            dashes += dashes < 2;
            i++;
            continue;
        }
        if (c == '>' && dashes == 2) {
            level = 0;
            i++;
            continue;
        }
        dashes = 0;
        if (c == '<' && end_tag_at(sc, i, "script")) {
            if (level == 1)
                return i;
            level = 1; /* "</script" and its terminator leave the double escape */
            i += 9;
            continue;
        }
        if (c == '<' && level == 1 && starts_ci(sc, i + 1, "script") && i + 7 < n &&
            (is_ws(s[i + 7]) || s[i + 7] == '/' || s[i + 7] == '>')) {
            level = 2;
            i += 8;
            continue;
        }
        i++;
    }
    return n;
}

/* --------------------------------------------------------------- output */

/* Remove s[from..to) from the output. */
static void cut(scanner *sc, size_t from, size_t to)
{
    if (to <= from)
        return;
    size_t keep = from - sc->copy_from;
    if (sc->w != sc->copy_from && keep)
        memmove(sc->s + sc->w, sc->s + sc->copy_from, keep);
    sc->w += keep;
    sc->copy_from = to;
    sc->st->removed += to - from;
}

/* Keep a script body when a stage reads it: JSON-LD for the metadata, or
 * any start tag with a character reference (its type is then unclear). */
static bool keep_script_body(const scanner *sc, size_t tag_start, size_t tag_end)
{
    for (size_t i = tag_start; i < tag_end; i++) {
        if (sc->s[i] == '&')
            return true;
        if (lower(sc->s[i]) == 'l' && starts_ci(sc, i, "ld+json"))
            return true;
    }
    return false;
}

/* --------------------------------------------------------------- markup */

/* What the scan does next after one piece of markup. */
typedef enum step { GO_ON, STOP } step;

static step stop(scanner *sc, size_t at, const char *reason)
{
    sc->st->stopped_at = at;
    sc->st->reason = reason;
    return STOP;
}

/* One past the "]]>" that ends a CDATA section whose body starts at i; n
 * if none. */
static size_t cdata_end(const scanner *sc, size_t i)
{
    for (; i + 2 < sc->n; i++) {
        const char *gt = memchr(sc->s + i + 2, '>', sc->n - i - 2);
        if (!gt)
            break;
        i = (size_t)(gt - sc->s) - 2;
        if (sc->s[i] == ']' && sc->s[i + 1] == ']')
            return i + 3;
    }
    return sc->n;
}

/* The markup at a '<' that is not a tag: comments, doctypes, bogus
 * comments, CDATA sections.  Sets *next to where the scan goes on.
 * Returns false when the end depends on something the scan does not know:
 * "<![CDATA[" is a CDATA section ending at "]]>" in SVG/MathML and a bogus
 * comment ending at the first '>' elsewhere; when the two ends differ the
 * scan stops rather than guess. */
/* Remove the text of a comment that starts at lt and ends just before
 * end: "<!-- text -->" becomes "<!---->", which the tokenizer reads as the
 * same comment, empty ("--!>" endings are kept as they are).  No stage
 * reads comments. */
static void cut_comment(scanner *sc, size_t lt, size_t end)
{
    size_t body = lt + 4, close = 0;
    if (end >= body + 3 && memcmp(sc->s + end - 3, "-->", 3) == 0)
        close = 3;
    if (end >= body + 4 && memcmp(sc->s + end - 4, "--!>", 4) == 0)
        close = 4;
    if (close && end - close > body) {
        cut(sc, body, end - close);
        sc->st->comments++;
    }
}

static bool skip_declaration(scanner *sc, size_t lt, size_t *next)
{
    const char *s = sc->s;
    size_t n = sc->n;
    if (lt + 1 >= n) {
        *next = n;
        return true;
    }
    char c = s[lt + 1];
    if (c == '!') {
        if (lt + 3 < n && s[lt + 2] == '-' && s[lt + 3] == '-') {
            *next = comment_end(sc, lt + 4);
            cut_comment(sc, lt, *next);
            return true;
        }
        *next = gt_end(sc, lt + 2); /* doctype or bogus comment */
        if (lt + 8 < n && memcmp(s + lt + 2, "[CDATA[", 7) == 0)
            return cdata_end(sc, lt + 9) == *next;
    } else if (c == '?') {
        *next = gt_end(sc, lt + 2);
    } else if (c == '/') {
        /* "</>" is dropped; "</" + not a letter is a bogus comment. */
        *next = (lt + 2 < n && s[lt + 2] == '>') ? lt + 3 : gt_end(sc, lt + 2);
    } else {
        *next = lt + 1; /* a lone '<' is text */
    }
    return true;
}

/* Is the markup at lt a start tag ("<" + letter) or an end tag ("</" +
 * letter)?  Reads it into t and sets *is_end; *truncated when the input
 * ends inside the tag. */
static bool tag_at(const scanner *sc, size_t lt, tag *t, bool *is_end, bool *truncated)
{
    const char *s = sc->s;
    *truncated = false;
    *is_end = lt + 1 < sc->n && s[lt + 1] == '/';
    size_t name = lt + (*is_end ? 2 : 1);
    if (name >= sc->n || !is_alpha(s[name]))
        return false;
    if (!read_tag(sc, name, t)) {
        *truncated = true;
        return false;
    }
    return true;
}

typedef enum found { FOUND_TAG, FOUND_NOTHING, FOUND_UNSURE } found;

/* From *i, pass text, comments and declarations up to the next start or end
 * tag: read it into t (*at: its '<') and set *i past it.  FOUND_NOTHING at
 * the end of the input; FOUND_UNSURE (and a stop) at a declaration whose
 * end the scan cannot tell. */
static found next_tag(scanner *sc, size_t *i, tag *t, bool *is_end, size_t *at)
{
    while (*i < sc->n) {
        const char *lt = memchr(sc->s + *i, '<', sc->n - *i);
        if (!lt)
            break;
        *at = (size_t)(lt - sc->s);
        bool truncated;
        if (tag_at(sc, *at, t, is_end, &truncated)) {
            *i = t->end;
            return FOUND_TAG;
        }
        if (truncated)
            break; /* the tokenizer drops a tag cut by the end of input */
        if (!skip_declaration(sc, *at, i)) {
            stop(sc, *at, "a CDATA section that may end in two places");
            return FOUND_UNSURE;
        }
    }
    *i = sc->n;
    return FOUND_NOTHING;
}

static const char *const integration_points[] = {
    "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", NULL,
};

/* Start tags that leave SVG/MathML for HTML (the spec's list, gumbo's, and
 * font, which breaks out only with some attributes). */
static const char *const breakouts[] = {
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
    "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
    "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
    "sub", "sup", "table", "tt", "u", "ul", "var", "font", NULL,
};

/* Start tags whose meaning in foreign content the scan does not model. */
static const char *const foreign_unsure[] = {
    "textarea", "xmp", "iframe", "noembed", "noframes", "plaintext", "select", "template",
    "frameset", "noscript", "html", NULL,
};

/* Follow an SVG or MathML region from just after its root start tag (root
 * named root_name) to just after the end tag that closes the root.  Inside,
 * every tag is tokenized in the data state and nothing switches the
 * tokenizer; the scan keeps the stack of open foreign elements and stops at
 * anything that would put an HTML element on the parser's stack (a
 * breakout tag, a start tag inside an integration point, an end tag that
 * matches no open foreign element). */
static step foreign_region(scanner *sc, const tag *root, size_t i, size_t *next)
{
    char stack[FOREIGN_DEPTH][NAME_MAX_LEN + 1];
    bool ip[FOREIGN_DEPTH];
    int depth = 0;
    memcpy(stack[depth], root->name, sizeof stack[0]);
    ip[depth++] = false;
    while (depth > 0) {
        tag t;
        bool is_end;
        size_t at;
        found f = next_tag(sc, &i, &t, &is_end, &at);
        if (f != FOUND_TAG) {
            *next = i;
            return f == FOUND_UNSURE ? STOP : GO_ON;
        }
        if (t.long_name)
            return stop(sc, at, "a long tag name inside SVG/MathML");
        if (is_end) {
            int k = depth - 1;
            while (k >= 0 && strcmp(stack[k], t.name) != 0)
                k--;
            if (k < 0)
                return stop(sc, at, "an end tag that closes no SVG/MathML element");
            depth = k;
            continue;
        }
        if (ip[depth - 1])
            return stop(sc, at, "a start tag inside an SVG/MathML integration point");
        if (name_in(&t, breakouts))
            return stop(sc, at, "an HTML element breaking out of SVG/MathML");
        if (name_in(&t, foreign_unsure))
            return stop(sc, at, "an unusual start tag inside SVG/MathML");
        if (t.self_closing)
            continue;
        if (depth == FOREIGN_DEPTH)
            return stop(sc, at, "SVG/MathML nested too deep");
        memcpy(stack[depth], t.name, sizeof stack[0]);
        ip[depth++] = name_in(&t, integration_points);
    }
    *next = i;
    return GO_ON;
}

/* Elide a script body (unless kept) that starts at body; sets *next to its
 * end tag. */
static void script_body(scanner *sc, size_t tag_start, size_t body, size_t *next)
{
    size_t end = script_end(sc, body);
    if (end > body) {
        if (keep_script_body(sc, tag_start, body))
            sc->st->kept++;
        else {
            cut(sc, body, end);
            sc->st->elided++;
        }
    }
    *next = end;
}

/* Follow a <select> from just after its start tag to just after its end
 * tag.  Inside, the parser ignores most start tags (so <style> and
 * <title> do not start raw text there); the scan accepts only options,
 * option groups and scripts, and stops at anything else. */
static step select_region(scanner *sc, size_t i, size_t *next)
{
    for (;;) {
        tag t;
        bool is_end;
        size_t at;
        found f = next_tag(sc, &i, &t, &is_end, &at);
        if (f != FOUND_TAG) {
            *next = i;
            return f == FOUND_UNSURE ? STOP : GO_ON;
        }
        if (is_end && name_is(&t, "select")) {
            *next = i;
            return GO_ON;
        }
        if (name_is(&t, "option") || name_is(&t, "optgroup") || (is_end && name_is(&t, "script")))
            continue;
        if (!is_end && name_is(&t, "script")) {
            script_body(sc, at, i, &i);
            continue;
        }
        return stop(sc, at, "a tag inside <select> other than option, optgroup or script");
    }
}

/* One start tag in HTML content; sets *next to where the scan goes on. */
static step start_tag(scanner *sc, size_t at, const tag *t, size_t *next)
{
    static const char *const rcdata_rawtext[] = {
        "title", "textarea", "xmp", "iframe", "noembed", "noframes", NULL,
    };
    *next = t->end;
    if (t->long_name)
        return GO_ON;
    if (name_is(t, "script")) {
        script_body(sc, at, t->end, next);
    } else if (name_is(t, "style")) {
        size_t end = rawtext_end(sc, t->end, "style");
        if (end > t->end) {
            cut(sc, t->end, end);
            sc->st->elided++;
        }
        *next = end;
    } else if (name_in(t, rcdata_rawtext)) {
        *next = rawtext_end(sc, t->end, t->name);
    } else if (name_is(t, "svg") || name_is(t, "math")) {
        if (!t->self_closing)
            return foreign_region(sc, t, t->end, next);
    } else if (name_is(t, "select")) {
        return select_region(sc, t->end, next);
    } else if (name_is(t, "template")) {
        sc->seen_template = true;
    } else if (name_is(t, "col") && sc->seen_template) {
        return stop(sc, at, "<col> after a <template>");
    } else if (name_is(t, "plaintext")) {
        return stop(sc, at, "<plaintext>");
    } else if (name_is(t, "frameset")) {
        return stop(sc, at, "<frameset>");
    }
    return GO_ON;
}

size_t pith_elide(char *html, size_t len, pith_elide_stats *st_out)
{
    pith_elide_stats st = {0, 0, 0, 0, (size_t)-1, NULL};
    scanner sc = {html, len, 0, 0, false, &st};
    size_t i = 0;
    for (;;) {
        tag t;
        bool is_end;
        size_t at;
        if (next_tag(&sc, &i, &t, &is_end, &at) != FOUND_TAG)
            break;
        if (!is_end && start_tag(&sc, at, &t, &i) == STOP)
            break;
    }
    size_t rest = len - sc.copy_from;
    if (sc.w != sc.copy_from && rest)
        memmove(html + sc.w, html + sc.copy_from, rest);
    if (st_out)
        *st_out = st;
    return sc.w + rest;
}
