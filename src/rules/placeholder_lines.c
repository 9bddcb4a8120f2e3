/*
 * placeholder_lines.c — data: lines a script shows in a box until it fills
 * it, and the matcher that reads a line against such a table.
 *
 * A page's script shows "Loading..." in a box (reviews, prices, a map, the
 * next comments) until it has fetched what goes there; a saved page keeps
 * the placeholder.  The line is no content on any page; the clean stage
 * drops it when it is the whole of a line, never words in a sentence.  The
 * lines are matched as words: case, punctuation and symbols aside
 * ("LOADING...", "Chargement…"), a number a word of its own ("30日間"
 * reads "30 日間"), so that an entry may hold '#' for a number.
 */
#include "placeholder_lines.h"

#include <string.h>

#include "util/ascii.h"

#define LOADING "a placeholder a script shows until it fills the box"
#define LOADING_WHAT "the same naming what is to come (\"Loading reviews...\"); the closing ellipsis " \
                     "tells it from a title (\"Loading the van\")"

const pith_line_pattern pith_loading_lines[] = {
    {"loading", LOADING},
    {"loading please wait", LOADING},
    {"loading * ...", LOADING_WHAT},
    {"chargement * ...", LOADING_WHAT},
    {"cargando * ...", LOADING_WHAT},
    {"caricamento * ...", LOADING_WHAT},
    {"carregando * ...", LOADING_WHAT},
    {"wird geladen", LOADING},
    {"l\xc3\xa4" "dt", LOADING},
    {"chargement", LOADING},
    {"chargement en cours", LOADING},
    {"cargando", LOADING},
    {"caricamento", LOADING},
    {"caricamento in corso", LOADING},
    {"bezig met laden", LOADING},
    {"wordt geladen", LOADING},
    {"carregando", LOADING},
    {"a carregar", LOADING},
    {"\xc5\x82" "adowanie", LOADING},
    {"wczytywanie", LOADING},
    {"laddar", LOADING},
    {"\xe8\xaa\xad\xe3\x81\xbf\xe8\xbe\xbc\xe3\x81\xbf\xe4\xb8\xad", LOADING},     /* 読み込み中 */
    {"\xe3\x83\xad\xe3\x83\xbc\xe3\x83\x89\xe4\xb8\xad", LOADING},                 /* ロード中 */
    {"\xe5\x8a\xa0\xe8\xbd\xbd\xe4\xb8\xad", LOADING},                             /* 加载中 */
    {"\xe8\xbc\x89\xe5\x85\xa5\xe4\xb8\xad", LOADING},                             /* 載入中 */
    {NULL, NULL},
};

/* Lines longer than this (bytes) are no placeholder: a sentence. */
#define LINE_BYTES_MAX 96
/* The words of the longest line, with room for a space between each. */
#define LINE_WORDS_CAP (2 * LINE_BYTES_MAX + 2)

/* A byte that separates words: ASCII punctuation and symbols, and the
 * three-byte signs of U+2000..U+2BFF (dashes, "…", "•", "✓", currencies,
 * arrows) and of U+3000..U+303F ("、", "。"). */
static size_t separator_len(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return pith_ascii_is_alnum((char)s[0]) ? 0 : 1;
    if (n >= 3 && s[0] == 0xe2 && s[1] >= 0x80 && s[1] <= 0xaf)
        return 3;
    if (n >= 3 && s[0] == 0xe3 && s[1] == 0x80)
        return 3;
    return 0;
}

/* The line's words, lower case, one space between, a number a word of its
 * own.  Returns the length, 0 when the line is too long or holds none. */
static size_t words_of(const char *text, size_t n, char *out)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t k = 0;
    int prev = 0; /* 0 none, 1 a separator, 2 a digit, 3 a letter */
    if (n > LINE_BYTES_MAX)
        return 0;
    for (size_t i = 0; i < n;) {
        size_t sep = separator_len(s + i, n - i);
        if (sep) {
            prev = prev ? 1 : 0;
            i += sep;
            continue;
        }
        int kind = pith_ascii_is_digit((char)s[i]) ? 2 : 3;
        if (prev == 1 || (prev && prev != kind))
            out[k++] = ' ';
        out[k++] = (char)pith_ascii_lower((char)s[i++]);
        prev = kind;
    }
    out[k] = '\0';
    return k;
}

/* The next word of s at *at (its length; *at moves past it and a space). */
static size_t next_word(const char **at)
{
    const char *s = *at;
    size_t n = 0;
    while (s[n] && s[n] != ' ')
        n++;
    *at = s[n] ? s + n + 1 : s + n;
    return n;
}

static bool all_digits(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!pith_ascii_is_digit(w[i]))
            return false;
    return n > 0;
}

/* Do the line's words match an entry's, word for word? */
static bool words_match(const char *pattern, const char *line)
{
    for (;;) {
        if (!*pattern || !strcmp(pattern, "..."))
            return !*line;
        const char *p = pattern;
        size_t pn = next_word(&pattern);
        if (pn == 1 && *p == '*')
            return true;
        if (!*line)
            return false;
        const char *w = line;
        size_t wn = next_word(&line);
        bool ok = (pn == 1 && *p == '?') || (pn == 1 && *p == '#' ? all_digits(w, wn)
                                                                   : pn == wn && !memcmp(p, w, pn));
        if (!ok)
            return false;
    }
}

/* Does the text end with an ellipsis, "..." or "…" (white space aside)? */
static bool ends_with_ellipsis(const char *text, size_t n)
{
    while (n > 0 && pith_ascii_is_space(text[n - 1]))
        n--;
    return (n >= 3 && !memcmp(text + n - 3, "...", 3)) ||
           (n >= 3 && !memcmp(text + n - 3, "\xe2\x80\xa6", 3));
}

/* Does the entry ask for a closing ellipsis (its words end in " ...")? */
static bool asks_ellipsis(const char *words)
{
    size_t n = strlen(words);
    return n >= 4 && !memcmp(words + n - 4, " ...", 4);
}

static bool is_one_of(const pith_line_pattern *table, const char *text, size_t n)
{
    char words[LINE_WORDS_CAP];
    if (words_of(text, n, words) == 0)
        return false;
    bool ellipsis = ends_with_ellipsis(text, n);
    for (const pith_line_pattern *l = table; l->words; l++)
        if ((ellipsis || !asks_ellipsis(l->words)) && words_match(l->words, words))
            return true;
    return false;
}

bool pith_rules_is_loading_line(const char *text, size_t n)
{
    return is_one_of(pith_loading_lines, text, n);
}
