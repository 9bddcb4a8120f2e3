/*
 * any_match.c — a boolean matcher cut into alternatives (see any_match.h).
 */
#include "any_match.h"

#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/ascii.h"
#include "util/utf8.h"
#include "alternatives.h"
#include "lazy_re.h"

#define MAX_PIECES PITH_ANY_MAX_PIECES
#define MIN_LITERAL 3
/* A run of fewer letters (" de", " van", "the ") is in most texts: the
 * words of a group beside it, when all longer, gate the piece better. */
#define SELECTIVE_LITERAL 6
/* Room for the literals of a gate (pith_any_gate_build): a whole set of
 * phrases, some hundreds of words. */
#define GATE_LITERALS_MAX 8192

typedef struct piece {
    pith_lazy_re re;     /* compiled the first time a text gets this far */
    const char *literal; /* ASCII literals one of which every match contains,
                            "one\0two\0\0" ("" when none is known); lower case
                            when the pattern is caseless */
    char *own_literal;   /* literal, when found here (else the data's) */
    bool non_ascii;      /* every match holds a character no ASCII text has */
    bool any_text;       /* every match in any text holds one of the literals
                            or a character that starts with a byte of leads
                            (no alternative that needs a character outside
                            ASCII was left out of them) */
    uint64_t leads;      /* bit b - 0xC0: the lead byte b of a character some
                            alternative needs (when it has no literal) */
    /* For a piece anchored at the text's start whose rest starts with a
     * word character, which must be the text's first (see may_open): what
     * it may open with; its triples are own_triples when found here, else
     * the data's. */
    pith_opening opening;
    uint64_t *own_triples;
} piece;

#define PIECE_WORDS (MAX_PIECES / 64)
typedef pith_pieces_set pieces_set;
typedef pith_literal_index literal_index; /* rules_data.h */

struct pith_any_match {
    unsigned n, cap;
    uint32_t options;
    bool any_literal;
    /* When every piece ends at the text's end ("...\\W*$"): the most
     * characters other than white space a match holds before the text's
     * closing run of symbols (tail_bound); SPAN_UNBOUNDED when not known. */
    size_t tail;
    /* The pieces' literals filed (build_index): own_ix, or the data's. */
    const literal_index *ix;
    literal_index *own_ix;
    bool any_unindexed; /* some piece's literals are not in ix (strstr asks) */
    /* The group whose pass looks for the indexed literals (NULL: none), and
     * the bit of piece 0 in a text's group_found. */
    const pith_any_group *group;
    unsigned slot;
    piece pieces[]; /* cap of them: MAX_PIECES while cutting, else n */
};

#define SPAN_UNBOUNDED SIZE_MAX
/* A longer bound reads most of any text it is asked about: no tail. */
#define SPAN_MAX 1024
#define SPAN_DEPTH 8 /* groups nested deeper are not measured */

/* A matcher with room for cap pieces; NULL when memory runs out. */
static pith_any_match *new_matcher(uint32_t options, unsigned cap)
{
    pith_any_match *m = calloc(1, sizeof *m + cap * sizeof(piece));
    if (m) {
        m->options = options;
        m->cap = cap;
        m->tail = SPAN_UNBOUNDED;
    }
    return m;
}

/* A matcher over data with room for n pieces, each of which the caller
 * sets in full: no block is cleared first (at every start-up, a hundred
 * pieces); NULL when memory runs out. */
static pith_any_match *new_data_matcher(uint32_t options, unsigned n)
{
    pith_any_match *m = malloc(sizeof *m + n * sizeof(piece));
    if (m)
        *m = (pith_any_match){.options = options, .cap = n, .tail = SPAN_UNBOUNDED};
    return m;
}

/* The bytes of the character at p (UTF-8) when it is one whose other
 * cases include an ASCII letter, which caseless matching lets match ASCII
 * text: U+212A KELVIN SIGN (k) and U+017F LATIN SMALL LETTER LONG S (s),
 * the only two in PCRE2's caseless sets; *letter is that letter.  0 for
 * any other character. */
static size_t ascii_case_of(const char *p, size_t left, char *letter)
{
    if (left >= 3 && memcmp(p, "\xE2\x84\xAA", 3) == 0) {
        *letter = 'k';
        return 3;
    }
    if (left >= 2 && memcmp(p, "\xC5\xBF", 2) == 0) {
        *letter = 's';
        return 2;
    }
    return 0;
}

static bool has_ascii_case(const char *p, size_t left)
{
    char letter;
    return ascii_case_of(p, left, &letter) > 0;
}

/* True when the element ending at p[end] is made optional by what follows
 * it (?, *, or braces, which may allow none). */
static bool optional_after(const char *p, size_t len, size_t end)
{
    return end < len && (p[end] == '?' || p[end] == '*' || p[end] == '{');
}

/* Whether every match of p[0..len) contains a character outside ASCII that
 * has no ASCII case (then no ASCII text matches): one outside groups,
 * classes and escapes, not made optional.  A pattern with an alternation
 * at its top level is not judged. */
static bool needs_non_ascii(const char *p, size_t len)
{
    bool found = false;
    for (size_t i = 0; i < len; i = pith_regex_element_end(p, len, i)) {
        if (p[i] == '|')
            return false;
        size_t end = pith_regex_element_end(p, len, i);
        if ((unsigned char)p[i] >= 0xC0 && !optional_after(p, len, end) &&
            !has_ascii_case(p + i, len - i))
            found = true;
    }
    return found;
}

/* The length of the character at p when it belongs to a script without
 * letter case (Hebrew, Arabic, the scripts of India and South-East Asia,
 * Hangul, kana, CJK ideographs): caseless matching matches it only as
 * itself, so its bytes can be looked for as they are.  0 for any other
 * character (a Latin, Greek or Cyrillic letter has other cases, some of
 * them outside its block). */
static size_t caseless_free_char(const char *p, size_t left)
{
    static const uint32_t ranges[][2] = {
        {0x0590, 0x08FF}, /* Hebrew, Arabic, Syriac, Thaana, N'Ko */
        {0x0900, 0x0DFF}, /* Devanagari to Sinhala */
        {0x0E00, 0x0FFF}, /* Thai, Lao, Tibetan */
        {0x1100, 0x11FF}, /* Hangul Jamo */
        {0x3040, 0x30FF}, /* hiragana, katakana */
        {0x3400, 0x4DBF}, /* CJK extension A */
        {0x4E00, 0x9FFF}, /* CJK ideographs */
        {0xAC00, 0xD7A3}, /* Hangul syllables */
    };
    uint32_t cp;
    int k = pith_utf8_decode(p, left, &cp);
    if (k < 2)
        return 0;
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++)
        if (cp >= ranges[r][0] && cp <= ranges[r][1])
            return (size_t)k;
    return 0;
}

/* Whether "\\c" stands for c itself: a printable ASCII character that is
 * not a letter or digit ("\\d", "\\b" are classes and assertions). */
static bool is_escaped_mark(char c)
{
    return c >= 0x20 && c < 0x7F && !pith_ascii_is_alnum(c);
}

/* Literals of plain ASCII characters, one of which every match contains,
 * kept as "one\0two\0\0" (lower case when the pattern is caseless). */
typedef struct literals {
    char *text;
    size_t used, cap;
    bool caseless;
    uint32_t options;   /* the pattern's PCRE2 options */
    uint64_t leads;     /* lead bytes, one of which every match of an
                           alternative without literals holds (see leads_of) */
} literals;

/* Add the literal written p[0..n) in the pattern (an escaped character
 * "\(" is the character). */
static bool add_literal(literals *set, const char *p, size_t n)
{
    if (set->used + n + 2 > set->cap)
        return false;
    for (size_t k = 0; k < n; k++) {
        if (p[k] == '\\' && k + 1 < n)
            k++;
        set->text[set->used++] = set->caseless ? pith_ascii_lower(p[k]) : p[k];
    }
    set->text[set->used++] = '\0';
    set->text[set->used] = '\0';
    return true;
}

/* The code point of the two bytes at p when they are a letter of the
 * basic Cyrillic block (U+0400 to U+045F: Russian, Ukrainian, Belarusian,
 * Bulgarian, Serbian, Macedonian), else 0.  Caseless matching matches such
 * a letter as its other case, and six of them (в д о с т ъ) also as an old
 * form of U+1C80 to U+1C86; no other character (PCRE2's caseless sets, as
 * any_match_test checks for every code point). */
static uint32_t cyrillic_letter(const char *p, size_t left)
{
    unsigned char c = (unsigned char)p[0];
    if (left < 2 || (c != 0xD0 && c != 0xD1) || ((unsigned char)p[1] & 0xC0) != 0x80)
        return 0;
    uint32_t cp = (uint32_t)(c & 0x1F) << 6 | ((unsigned char)p[1] & 0x3F);
    return cp <= 0x45F ? cp : 0;
}

/* The lower case of a basic Cyrillic letter, written at out (two bytes). */
static void write_cyrillic_lower(uint32_t cp, char *out)
{
    if (cp < 0x410)
        cp += 0x50; /* Ѐ..Џ: ѐ..џ */
    else if (cp < 0x430)
        cp += 0x20; /* А..Я: а..я */
    pith_utf8_put(cp, out);
}

/* The old forms U+1C80 to U+1C86 (E1 B2 80 to 86) of в д о с т т ъ. */
static const uint16_t OLD_CYRILLIC[] = {0x432, 0x434, 0x43E, 0x441, 0x442, 0x442, 0x44A};

/* At s (left bytes) a basic Cyrillic letter or an old form of one: its
 * lower case (of the basic letter) written at out, and the bytes it had;
 * 0 (nothing written) for any other character. */
static size_t fold_cyrillic(const char *s, size_t left, char *out)
{
    uint32_t cp = cyrillic_letter(s, left);
    if (cp) {
        write_cyrillic_lower(cp, out);
        return 2;
    }
    if (left >= 3 && (unsigned char)s[0] == 0xE1 && (unsigned char)s[1] == 0xB2 &&
        (unsigned char)s[2] >= 0x80 &&
        (unsigned char)s[2] < 0x80 + sizeof OLD_CYRILLIC / sizeof OLD_CYRILLIC[0]) {
        write_cyrillic_lower(OLD_CYRILLIC[(unsigned char)s[2] - 0x80], out);
        return 3;
    }
    return 0;
}

/* The bytes of the character at p when a literal can hold it: one without
 * case (written as it is), or a basic Cyrillic letter (in lower case when
 * the pattern is caseless: the folded text writes every character that
 * matches it so, see fold_caseless); 0 for any other character. */
static size_t written_char(const char *p, size_t left)
{
    return cyrillic_letter(p, left) ? 2 : caseless_free_char(p, left);
}

/* Add the run p[0..n) of characters written_char takes, as a literal. */
static bool add_written_literal(literals *set, const char *p, size_t n)
{
    if (set->used + n + 2 > set->cap)
        return false;
    for (size_t k = 0; k < n;) {
        uint32_t cp = cyrillic_letter(p + k, n - k);
        if (cp && set->caseless) {
            write_cyrillic_lower(cp, set->text + set->used);
            set->used += 2, k += 2;
        } else {
            set->text[set->used++] = p[k++];
        }
    }
    set->text[set->used++] = '\0';
    set->text[set->used] = '\0';
    return true;
}

/* The longest run of characters a literal can hold in p[0..len) (see
 * written_char) outside groups, classes and escapes, none made optional,
 * added to set when it has MIN_LITERAL bytes or more: every match of the
 * pattern holds it, as the folded text writes it.  False when there is
 * none (set unchanged). */
static bool find_written_run(const char *p, size_t len, literals *set)
{
    size_t best_at = 0, best_len = 0, run_at = 0, run_len = 0;
    for (size_t i = 0; i < len;) {
        size_t end = pith_regex_element_end(p, len, i);
        bool plain = written_char(p + i, end - i) == end - i &&
                     !optional_after(p, len, end) && !(end < len && p[end] == '+');
        if (!plain) {
            run_len = 0;
        } else {
            if (run_len == 0)
                run_at = i;
            run_len += end - i;
            if (run_len > best_len) {
                best_at = run_at;
                best_len = run_len;
            }
        }
        i = end;
    }
    return best_len >= MIN_LITERAL && add_written_literal(set, p + best_at, best_len);
}

/* The bit of a lead byte (0xC0 or more) in a set of them. */
static inline uint64_t lead_bit(unsigned char c)
{
    return (uint64_t)1 << (c - 0xC0);
}

/* The lead bytes (bit b - 0xC0 for byte b) one of which every match of
 * the character at p[0..n) starts with, matched with these options: as
 * PCRE2's own analysis of the character alone finds them, so that the
 * other cases of a letter count too.  0 when one of them may be a byte
 * below 0xC0 (a character with an ASCII case) or the analysis says
 * nothing. */
static uint64_t lead_bytes(const char *p, size_t n, uint32_t options)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)p, n, options, &err, &off, NULL);
    if (!re)
        return 0;
    uint32_t type = 0, unit = 0;
    const uint8_t *bitmap = NULL;
    uint64_t leads = 0;
    pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type);
    if (type == 1) {
        pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &unit);
        leads = unit >= 0xC0 && unit <= 0xFF ? lead_bit((unsigned char)unit) : 0;
    } else if (type == 0 && pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 &&
               bitmap) {
        for (unsigned c = 0; c < 256; c++) {
            bool set = (bitmap[c / 8] >> (c % 8)) & 1;
            if (set && c < 0xC0) {
                leads = 0;
                break;
            }
            if (set)
                leads |= lead_bit((unsigned char)c);
        }
    }
    pcre2_code_free(re);
    return leads;
}

/* The lead bytes of the first character outside ASCII that every match of
 * p[0..len) holds (as needs_non_ascii finds one); 0 when there is none. */
static uint64_t leads_of(const char *p, size_t len, uint32_t options)
{
    for (size_t i = 0; i < len; i = pith_regex_element_end(p, len, i)) {
        if (p[i] == '|')
            return 0;
        size_t end = pith_regex_element_end(p, len, i);
        if ((unsigned char)p[i] >= 0xC0 && !optional_after(p, len, end) &&
            !has_ascii_case(p + i, len - i))
            return lead_bytes(p + i, end - i, options);
    }
    return 0;
}

static bool find_literals(const char *p, size_t len, literals *set, int depth,
                          bool *ascii_only_out);

/* Whether p[0..len) is cut by an alternation at its top level. */
static bool top_level_alternation(const char *p, size_t len)
{
    for (size_t i = 0; i < len; i = pith_regex_element_end(p, len, i))
        if (p[i] == '|')
            return true;
    return false;
}

/* The longest run of plain characters of p[0..len) outside groups, none
 * made optional or repeated (each an ASCII character, or an escaped mark:
 * "\\(" is the mark), which every match holds as it is written: its number
 * of characters, 0 when there is none; p[*at..*end) is the run. */
static size_t longest_plain_run(const char *p, size_t len, size_t *at, size_t *end_out)
{
    size_t best_len = 0, run_at = 0, run_len = 0;
    *at = *end_out = 0;
    for (size_t i = 0; i < len;) {
        size_t end = pith_regex_element_end(p, len, i);
        char c = p[i];
        /* a character, or an escaped punctuation mark ("\\(": the mark itself) */
        bool one = pith_regex_plain_char(p, i, end) ||
                   (c == '\\' && end == i + 2 && is_escaped_mark(p[i + 1]));
        bool plain = one && !optional_after(p, len, end) && !(end < len && p[end] == '+');
        if (plain) {
            if (run_len++ == 0)
                run_at = i;
            if (run_len > best_len) {
                *at = run_at;
                best_len = run_len;
                *end_out = end;
            }
        } else {
            run_len = 0;
        }
        i = end;
    }
    return best_len;
}

/* For a piece that has no literal of MIN_LITERAL characters: the longest
 * run of plain characters shorter than that, which every match still holds
 * ("/" of "/\\s*(?:getty images|afp|ap)\\W*$": most lines have none, and
 * the piece ran on each).  Not looked for across a top-level alternation.
 * False when there is none (set unchanged). */
static bool find_short_literal(const char *p, size_t len, literals *set)
{
    size_t at, end;
    return !top_level_alternation(p, len) && longest_plain_run(p, len, &at, &end) > 0 &&
           add_literal(set, p + at, end - at);
}

/* For an alternative that needs a character outside ASCII, what every
 * match of it holds in any text: a run of characters without case, its
 * own literals (which hold in any text), or else the lead byte of the
 * character it needs.  False when none is known: the alternative is left
 * out, and the literals then hold in ASCII text only. */
static bool gate_non_ascii(const char *p, size_t len, literals *set, int depth)
{
    if (find_written_run(p, len, set))
        return true;
    size_t mark = set->used;
    bool ascii_only = false;
    if (find_literals(p, len, set, depth, &ascii_only) && !ascii_only)
        return true;
    set->used = mark;
    set->text[mark] = '\0';
    uint64_t leads = leads_of(p, len, set->options);
    set->leads |= leads;
    return leads != 0;
}

/* The bytes of s[0..n) but its spaces and backslashes: what makes a
 * literal rare ("the " is a word of three letters). */
static size_t letters_of(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] != ' ' && s[i] != '\\';
    return k;
}

/* letters_of the literal of set written from mark on that has fewest. */
static size_t fewest_letters_from(const literals *set, size_t mark)
{
    size_t fewest = SIZE_MAX;
    for (const char *lit = set->text + mark; *lit; lit += strlen(lit) + 1)
        if (letters_of(lit, strlen(lit)) < fewest)
            fewest = letters_of(lit, strlen(lit));
    return fewest;
}

/* Whether the element p[i..end) is a group every match passes through
 * (a non-capturing one, not optional). */
static bool required_group(const char *p, size_t len, size_t i, size_t end)
{
    return p[i] == '(' && len - i > 3 && p[i + 1] == '?' && p[i + 2] == ':' &&
           !optional_after(p, len, end);
}

/* The letters of the shortest literal of the group p[i..end) (see
 * letters_of); 0 when it has none.  *same: its literals gate as much of
 * the text beyond ASCII as ascii_only_in says (none of its alternatives
 * is left out or gated by lead bytes).  set is left as it was. */
static size_t group_letters(const char *p, size_t i, size_t end, literals *set, int depth,
                            bool ascii_only_in, bool *same)
{
    size_t mark = set->used, letters = 0;
    uint64_t leads = set->leads;
    bool ascii_only = ascii_only_in;
    if (find_literals(p + i + 3, end - i - 4, set, depth + 1, &ascii_only))
        letters = fewest_letters_from(set, mark);
    *same = set->leads == leads && ascii_only == ascii_only_in;
    set->used = mark;
    set->text[mark] = '\0';
    set->leads = leads;
    return letters;
}

/* The literals of a group of p[0..len) that every match passes through
 * (not optional) when each of them has more letters than fewer: a short
 * run (" de" after "(?:es una marca registrada|son marcas registradas)")
 * is in most texts, the group's words in few.  (A group that leaves an
 * alternative out, or gates one by its lead bytes, would gate less of the
 * text beyond ASCII.)  False (set as it was) when no group has such
 * literals. */
static bool longer_group_literals(const char *p, size_t len, literals *set, int depth,
                                  bool *ascii_only_out, size_t fewer)
{
    for (size_t i = 0; i < len;) {
        size_t end = pith_regex_element_end(p, len, i);
        bool same;
        if (required_group(p, len, i, end) &&
            group_letters(p, i, end, set, depth, *ascii_only_out, &same) > fewer && same)
            return find_literals(p + i + 3, end - i - 4, set, depth + 1, ascii_only_out);
        i = end;
    }
    return false;
}

/* Of the groups of p[0..len) that every match passes through (not
 * optional) and that have literals, the one whose shortest literal has
 * the most letters: "(?:article|story|content)" gates better than
 * "(?:this|the)" beside it, whose "the" is in most texts.  A group gated
 * by lead bytes, or that leaves out an alternative, counts as one letter.
 * Where it starts; len when none has literals (set left as it was). */
static size_t best_group(const char *p, size_t len, literals *set, int depth, bool ascii_only_in)
{
    size_t best = len, best_letters = 0;
    for (size_t i = 0; i < len;) {
        size_t end = pith_regex_element_end(p, len, i);
        bool same;
        size_t letters = required_group(p, len, i, end)
                             ? group_letters(p, i, end, set, depth, ascii_only_in, &same)
                             : 0;
        if (letters && !same)
            letters = 1;
        if (letters > best_letters) {
            best = i;
            best_letters = letters;
        }
        i = end;
    }
    return best;
}

/* Find literals one of which every match of p[0..len) in ASCII text must
 * contain: for an alternation, those of each alternative together; else the
 * longest run of plain characters outside groups (at least MIN_LITERAL of
 * them, none made optional; a group's words when the run has few letters
 * and they all have more), or else of characters without case, or failing
 * that those of the group that is not optional whose shortest literal is
 * longest (best_group).  False when none is known (set unchanged).
 * *ascii_only_out is set when an alternative was left out for needing a
 * character outside ASCII: the literals then hold in ASCII text only. */
static bool find_literals(const char *p, size_t len, literals *set, int depth,
                          bool *ascii_only_out)
{
    size_t mark = set->used;
    if (top_level_alternation(p, len)) {
        /* An alternative that needs a character outside ASCII cannot match
         * the ASCII text the literals are looked for in: it adds none that
         * ASCII text needs, only what it holds in other text (a run of
         * characters without case, "版权所有", or the lead byte of the
         * character it needs, gate_non_ascii). */
        size_t start = 0;
        bool any = false, ok = true;
        uint64_t leads = set->leads;
        for (size_t i = 0; ok && i <= len; i = i < len ? pith_regex_element_end(p, len, i) : len + 1)
            if (i == len || p[i] == '|') {
                bool ascii_only = !needs_non_ascii(p + start, i - start);
                bool left_out = false;
                if (ascii_only)
                    ok = find_literals(p + start, i - start, set, depth, ascii_only_out);
                else
                    left_out = !gate_non_ascii(p + start, i - start, set, depth);
                *ascii_only_out |= left_out;
                any |= ascii_only || !left_out;
                start = i + 1;
            }
        if (ok && any)
            return true;
        set->used = mark;
        set->text[mark] = '\0';
        set->leads = leads;
        return false;
    }
    size_t best_at, best_end;
    size_t best_len = longest_plain_run(p, len, &best_at, &best_end);
    if (best_len >= MIN_LITERAL) {
        size_t letters = letters_of(p + best_at, best_end - best_at);
        if (letters < SELECTIVE_LITERAL && depth < 3 &&
            longer_group_literals(p, len, set, depth, ascii_only_out, letters))
            return true;
        return add_literal(set, p + best_at, best_end - best_at);
    }
    if (find_written_run(p, len, set))
        return true;
    if (depth >= 3)
        return false;
    size_t at = best_group(p, len, set, depth, *ascii_only_out);
    return at < len && find_literals(p + at + 3, pith_regex_element_end(p, len, at) - at - 4, set,
                                     depth + 1, ascii_only_out);
}

/* The hash of the three low bytes of w (its top byte does not count):
 * one multiplication, by the golden-ratio constant moved up a byte (the
 * product of the three bytes moved up a byte and the constant), so that
 * a text's set is made with a rolling window of its bytes (hash_set) at a
 * few instructions a byte. */
#define TRIGRAM_SHIFT 20 /* 32 - log2(PITH_ANY_TRIGRAM_BITS) */
#define TRIGRAM_FACTOR (0x9E3779B1u << 8)
_Static_assert(PITH_ANY_TRIGRAM_BITS == 1u << (32 - TRIGRAM_SHIFT), "a hash is a bit of the set");
static inline uint32_t trigram_of_window(uint32_t w)
{
    return (w * TRIGRAM_FACTOR) >> TRIGRAM_SHIFT;
}

/* The three bytes at p as one window, the first highest. */
static inline uint32_t window_of(const char *p)
{
    return (uint32_t)(unsigned char)p[0] << 16 | (uint32_t)(unsigned char)p[1] << 8 |
           (uint32_t)(unsigned char)p[2];
}

/* The hash of the three bytes at p, as the text's set counts them. */
static inline uint16_t trigram(const char *p)
{
    return (uint16_t)trigram_of_window(window_of(p));
}

/* Whether a piece runs only on a text that holds what it needs: one of its
 * literals, or (in a text with characters outside ASCII) a lead byte. */
static bool gated(const piece *pc)
{
    return pc->literal[0] != '\0' || pc->leads != 0;
}

/* Whether every literal of the piece can be filed by its first three
 * bytes (every one has MIN_LITERAL bytes or more, as find_literals keeps
 * them; a piece from other data may not): else strstr asks for each. */
static bool indexable(const piece *pc)
{
    for (const char *lit = pc->literal; *lit; lit += strlen(lit) + 1)
        if (strlen(lit) < MIN_LITERAL)
            return false;
    return true;
}

static void free_index(pith_any_match *m)
{
    free(m->own_ix);
    m->own_ix = NULL;
    m->ix = NULL;
}

static bool has_piece(const pieces_set *set, unsigned i)
{
    return (set->w[i / 64] >> (i % 64)) & 1;
}

static void set_piece(pieces_set *set, unsigned i)
{
    set->w[i / 64] |= (uint64_t)1 << (i % 64);
}

/* The number of the lowest set bit of x (x not 0). */
static unsigned lowest_bit(uint64_t x)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned k = 0;
    for (; !(x & 1); x >>= 1)
        k++;
    return k;
#endif
}

/* The number of bits set in x: one step a bit, as the words of an index
 * are sparse (a few hundred literals over 4096 hashes), which costs less
 * here than counting all 64 at once. */
static unsigned bits_set(uint64_t x)
{
    unsigned n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

/* The rank of hash h among the hashes of first (h one of them). */
static unsigned hash_rank(const literal_index *ix, unsigned h)
{
    uint64_t below = ((uint64_t)1 << (h & 63)) - 1;
    return ix->rank[h >> 6] + bits_set(ix->first[h >> 6] & below);
}

/* Sort the pieces by what they need, set the first-byte hashes of the
 * indexed literals and rank them; the number of indexed literals. */
static size_t sort_pieces(const pith_any_match *m, literal_index *ix)
{
    size_t indexed = 0;
    for (unsigned i = 0; i < m->n; i++) {
        const piece *pc = &m->pieces[i];
        set_piece(&ix->all, i);
        if (pc->non_ascii)
            set_piece(&ix->non_ascii, i);
        if (!gated(pc))
            continue;
        set_piece(&ix->gated, i);
        if (pc->any_text)
            set_piece(&ix->gated_any, i);
        if (pc->leads)
            set_piece(&ix->with_leads, i);
        if (!indexable(pc)) {
            set_piece(&ix->unindexed, i);
            continue;
        }
        for (const char *lit = pc->literal; *lit; lit += strlen(lit) + 1) {
            uint16_t h = trigram(lit);
            ix->first[h >> 6] |= (uint64_t)1 << (h & 63);
            ix->first_words |= (uint64_t)1 << (h >> 6);
            indexed++;
        }
    }
    unsigned hashes = 0;
    for (unsigned w = 0; w < PITH_ANY_HASH_WORDS; w++) {
        ix->rank[w] = (uint16_t)hashes;
        hashes += bits_set(ix->first[w]);
    }
    return indexed;
}

/* File the indexed literals under the ranks of their hashes: bounds
 * (hashes + 1 of them) first counts each hash's literals, then runs as
 * they are filed, and is moved back one place to give where each hash's
 * literals begin. */
static void file_literals(const pith_any_match *m, literal_index *ix, unsigned hashes,
                          uint16_t *bounds, pith_filed_literal *filed)
{
    for (unsigned i = 0; i < m->n; i++)
        for (const char *lit = m->pieces[i].literal; !has_piece(&ix->unindexed, i) && *lit;
             lit += strlen(lit) + 1)
            bounds[hash_rank(ix, trigram(lit)) + 1]++;
    for (unsigned r = 0; r < hashes; r++)
        bounds[r + 1] = (uint16_t)(bounds[r + 1] + bounds[r]); /* where r + 1 begins */
    for (unsigned i = 0; i < m->n; i++) {
        const char *set = m->pieces[i].literal;
        for (const char *lit = set; !has_piece(&ix->unindexed, i) && *lit;
             lit += strlen(lit) + 1) {
            pith_filed_literal *f = &filed[bounds[hash_rank(ix, trigram(lit))]++];
            f->offset = (uint16_t)(lit - set);
            f->last_tri = trigram(lit + strlen(lit) - 3);
            f->piece = (uint8_t)i;
        }
    }
    for (unsigned r = hashes; r > 0; r--)
        bounds[r] = bounds[r - 1];
    bounds[0] = 0;
}

/* Note whether some piece's literals are not indexed (once, not at
 * every text). */
static void note_unindexed(pith_any_match *m)
{
    m->any_unindexed = false;
    for (unsigned w = 0; w < PIECE_WORDS; w++)
        m->any_unindexed |= m->ix->unindexed.w[w] != 0;
}

/* File the literals of the matcher's pieces by their first three bytes,
 * and sort the pieces by what they need (one block: the index, its filed
 * literals and their bounds); false when memory ran out or the literals
 * are too many. */
static bool build_index(pith_any_match *m)
{
    free_index(m);
    literal_index sorted;
    memset(&sorted, 0, sizeof sorted);
    size_t indexed = sort_pieces(m, &sorted);
    unsigned hashes = sorted.rank[PITH_ANY_HASH_WORDS - 1] +
                      bits_set(sorted.first[PITH_ANY_HASH_WORDS - 1]);
    size_t total = 0;
    for (unsigned i = 0; i < m->n; i++)
        for (const char *lit = m->pieces[i].literal; *lit; lit += strlen(lit) + 1)
            total++;
    if (total >= UINT16_MAX || indexed >= UINT16_MAX)
        return false;
    size_t filed_bytes = indexed * sizeof(pith_filed_literal);
    literal_index *ix = calloc(1, sizeof *ix + filed_bytes + (hashes + 1) * sizeof(uint16_t));
    if (!ix)
        return false;
    *ix = sorted;
    ix->n_literals = (unsigned)total;
    pith_filed_literal *filed = (pith_filed_literal *)(ix + 1);
    uint16_t *bounds = (uint16_t *)((char *)filed + filed_bytes);
    file_literals(m, ix, hashes, bounds, filed);
    ix->filed = filed;
    ix->bounds = bounds;
    m->ix = m->own_ix = ix;
    note_unindexed(m);
    return true;
}

/* The end-anchored matchers.  A piece that ends with "$" (after a closing
 * "\\W*" or not) matches only at the text's end, and when what comes
 * before holds at most some number of characters other than white space
 * (white space, which "\\s*" takes without bound, is not counted), its
 * match lies in the text's last characters: a matcher all of whose pieces
 * are so needs to read only that tail (tail_start), not the paragraph
 * before it ("... in Seoul on Thursday. (AP Photo/Jane Doe)").  Counted
 * are the ASCII characters other than PCRE2's white space; every element
 * is taken to match counted characters only, so that the bound is never
 * too low. */

static size_t span_add(size_t a, size_t b)
{
    return a == SPAN_UNBOUNDED || b == SPAN_UNBOUNDED || a + b > SPAN_MAX ? SPAN_UNBOUNDED
                                                                        : a + b;
}

static size_t span_times(size_t a, size_t times)
{
    if (a == 0)
        return 0;
    return a == SPAN_UNBOUNDED || times > SPAN_MAX / a ? SPAN_UNBOUNDED : a * times;
}

static size_t span_of(const char *p, size_t len, int depth);

/* The most counted characters one match of the element p[i..end) holds
 * (its quantifier apart): a character, a class or a class escape one;
 * white space, an assertion or a look-around none; a group what its
 * longest branch holds.  SPAN_UNBOUNDED for what is not known here
 * (\\R, \\X, \\p{..}, \\x{..}, a capture or other group...). */
static size_t element_span(const char *p, size_t i, size_t end, int depth)
{
    size_t n = end - i;
    char c = p[i];
    if (c == '(') {
        if (n >= 3 && p[i + 1] == '?' && (p[i + 2] == '=' || p[i + 2] == '!'))
            return 0;
        if (n >= 4 && p[i + 1] == '?' && p[i + 2] == '<' && (p[i + 3] == '=' || p[i + 3] == '!'))
            return 0;
        if (n >= 4 && p[i + 1] == '?' && (p[i + 2] == ':' || p[i + 2] == '>') &&
            p[end - 1] == ')' && depth < SPAN_DEPTH)
            return span_of(p + i + 3, n - 4, depth + 1);
        return SPAN_UNBOUNDED;
    }
    if (c == '\\') {
        char e = n == 2 ? p[i + 1] : 'x';
        if (e == 's' || (e && strchr("bBAzZG", e)))
            return 0;
        return (e && strchr("dDwWSNhHvVntrfae", e)) || is_escaped_mark(e) ? 1 : SPAN_UNBOUNDED;
    }
    if (c == '^' || c == '$')
        return 0;
    if (strchr(")|?*+{", c))
        return SPAN_UNBOUNDED; /* not an element: the pattern is not understood */
    return 1;
}

/* The number written in digits at p[*j..end), *j moved past them (more
 * than SPAN_MAX reads as SPAN_MAX + 1). */
static size_t read_count(const char *p, size_t *j, size_t end)
{
    size_t v = 0;
    for (; *j < end && pith_ascii_is_digit(p[*j]); (*j)++)
        v = v > SPAN_MAX ? v : v * 10 + (size_t)(p[*j] - '0');
    return v;
}

/* Whether the braces p[k..end) are a quantifier PCRE2 surely reads as
 * one ("{2}", "{2,}", "{2,80}"); *most is the most times they let their
 * element repeat (SPAN_UNBOUNDED when they set no most). */
static bool brace_most(const char *p, size_t k, size_t end, size_t *most)
{
    size_t j = k + 1;
    *most = read_count(p, &j, end);
    if (j == k + 1)
        return false;
    if (j < end && p[j] == ',') {
        size_t from = ++j;
        *most = read_count(p, &j, end);
        if (j == from)
            *most = SPAN_UNBOUNDED;
    }
    return j == end - 1 && p[j] == '}';
}

/* span times the quantifier at p[*at] (if any), *at moved past it (and
 * past its lazy or possessive mark). */
static size_t quantified(const char *p, size_t len, size_t *at, size_t span)
{
    size_t k = *at, most;
    if (k >= len || !strchr("?*+{", p[k]))
        return span;
    if (p[k] == '{') {
        size_t end = pith_regex_element_end(p, len, k);
        if (!brace_most(p, k, end, &most))
            return SPAN_UNBOUNDED; /* braces PCRE2 may read as characters */
        k = end;
    } else {
        most = p[k] == '?' ? 1 : SPAN_UNBOUNDED;
        k++;
    }
    if (k < len && (p[k] == '?' || p[k] == '+'))
        k++;
    *at = k;
    if (span == 0)
        return 0;
    return most == SPAN_UNBOUNDED ? SPAN_UNBOUNDED : span_times(span, most);
}

/* The most counted characters a match of p[0..len) holds: of its longest
 * branch, the sum of its elements'. */
static size_t span_of(const char *p, size_t len, int depth)
{
    size_t most = 0, branch = 0;
    for (size_t i = 0; i <= len;) {
        if (i == len || p[i] == '|') {
            most = branch > most ? branch : most;
            branch = 0;
            i++;
            continue;
        }
        size_t end = pith_regex_element_end(p, len, i);
        size_t span = element_span(p, i, end, depth);
        branch = span_add(branch, quantified(p, len, &end, span));
        i = end;
    }
    return most;
}

/* The bound of an end-anchored piece p[0..len) (see above): what comes
 * before its "$" and a closing "\\W*" holds at most that many counted
 * characters; SPAN_UNBOUNDED when it is not end-anchored or not known. */
static size_t piece_tail(const char *p, size_t len)
{
    if (!p || top_level_alternation(p, len))
        return SPAN_UNBOUNDED;
    size_t last = 0, before = 0, before2 = 0; /* where the last elements start */
    for (size_t i = 0; i < len; i = pith_regex_element_end(p, len, i)) {
        before2 = before;
        before = last;
        last = i;
    }
    if (len == 0 || last != len - 1 || p[last] != '$')
        return SPAN_UNBOUNDED;
    size_t body = last;
    if (before2 + 3 == last && memcmp(p + before2, "\\W*", 3) == 0)
        body = before2; /* its match holds only the text's closing symbols */
    return span_of(p, body, 0);
}

/* The matcher's tail bound: the largest of its pieces'. */
static void tail_bound(pith_any_match *m)
{
    m->tail = m->n && !(m->options & PCRE2_MULTILINE) ? 0 : SPAN_UNBOUNDED;
    for (unsigned i = 0; i < m->n && m->tail != SPAN_UNBOUNDED; i++) {
        size_t span = piece_tail(m->pieces[i].re.source, m->pieces[i].re.len);
        m->tail = span > m->tail ? span : m->tail;
    }
}

size_t pith_any_match_tail(const pith_any_match *m)
{
    return m->tail;
}

/* The bytes of x that tail_start counts: ASCII but white space and the
 * other controls (0x21 to 0x7F; leaving out a character that could be
 * counted only moves the tail's start back). */
static unsigned counted_bytes(uint64_t x)
{
    uint64_t seven_bits = x & 0x7F7F7F7F7F7F7F7Full;
    return pith_ascii_bytes_marked(pith_ascii_bytes_within(seven_bits, 0x21, 0x7F) & ~x);
}

static bool is_counted(unsigned char c)
{
    return c > 0x20 && c < 0x80;
}

/* Where the matches of an end-anchored matcher in s[0..n) all start
 * after: back from the text's closing ASCII symbols (which a closing
 * "\\W*" takes; a character outside ASCII may be a letter and ends them),
 * the place of the counted character one more than the bound, eight bytes
 * at a time.  0 when the text is no longer or the matcher has no bound.
 * Always at an ASCII byte: a character's start. */
static size_t tail_start(const pith_any_match *m, const char *s, size_t n)
{
    if (m->tail == SPAN_UNBOUNDED || n <= m->tail)
        return 0;
    size_t x = n, counted = 0;
    while (x > 0 && (unsigned char)s[x - 1] < 0x80 && !pith_ascii_is_alnum(s[x - 1]) &&
           s[x - 1] != '_')
        x--;
    for (uint64_t w; x >= 8; x -= 8) {
        memcpy(&w, s + x - 8, sizeof w);
        unsigned k = counted_bytes(w);
        if (counted + k > m->tail)
            break;
        counted += k;
    }
    while (x > 0)
        if (is_counted((unsigned char)s[--x]) && ++counted > m->tail)
            return x;
    return 0;
}

/* For a piece p[0..len) that opens with "^", optionally followed by
 * "\\W" and its quantifier: the bytes the rest may start with, when each
 * ASCII one is a word character (a letter, a digit, '_') and each other a
 * lead byte.  Such a rest starts at the text's first word character:
 * before it "\\W" takes only symbols and the rest cannot start with one;
 * after it "\\W" cannot have taken it.  Set in pc when known. */
static void find_opening(piece *pc, const char *p, size_t len, uint32_t options)
{
    pc->opening.known = false;
    pc->opening.triples = pc->own_triples = NULL;
    if (!p || len < 2 || p[0] != '^' || (options & PCRE2_MULTILINE) ||
        top_level_alternation(p, len))
        return;
    size_t at = 1;
    if (len >= 3 && p[1] == '\\' && p[2] == 'W') {
        at = 3;
        if (at < len && strchr("?*+{", p[at]))
            at = p[at] == '{' ? pith_regex_element_end(p, len, at) : at + 1;
        if (at < len && (p[at] == '?' || p[at] == '+'))
            at++; /* lazy or possessive */
    }
    uint64_t set[4] = {0};
    if (at >= len || !pith_regex_first_bytes(p + at, len - at, set))
        return;
    for (unsigned c = 0; c < 0x80; c++)
        if (((set[c / 64] >> (c % 64)) & 1) && !pith_ascii_is_alnum((char)c) && c != '_')
            return; /* a symbol: the rest may start before the first word */
    if (set[2]) /* continuation bytes: not a character's start */
        return;
    pc->opening.first[0] = set[0];
    pc->opening.first[1] = set[1];
    pc->opening.known = true;
    uint64_t *triples = calloc(PITH_TRIPLE_WORDS, sizeof *triples);
    if (triples && !pith_regex_opening_triples(p + at, len - at, triples)) {
        free(triples); /* (and when memory ran out: the first byte only) */
        triples = NULL;
    }
    pc->opening.triples = pc->own_triples = triples;
}

/* Whether the three bytes at s are printable ASCII or spaces, as the
 * openings' triples are written (alternatives.h). */
static bool plain_triple(const char *s)
{
    for (int k = 0; k < 3; k++)
        if ((unsigned char)s[k] < 0x20 || (unsigned char)s[k] >= 0x7F)
            return false;
    return true;
}

/* Whether a piece with a known opening may match s[0..n): the text's first
 * word character is one the opening may start with, or is outside ASCII
 * (where "\\W" may take a symbol the ASCII bytes are not looked at for). */
static bool may_open(const piece *pc, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80 && !pith_ascii_is_alnum(s[i]) && s[i] != '_')
        i++;
    if (i == n)
        return false; /* no word character: the rest has none to start with */
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80 || !((pc->opening.first[c / 64] >> (c % 64)) & 1))
        return c >= 0x80;
    if (!pc->opening.triples || n - i < 3 || !plain_triple(s + i))
        return true;
    unsigned b = pith_regex_triple_bit(c, (unsigned char)s[i + 1], (unsigned char)s[i + 2]);
    return (pc->opening.triples[b / 64] >> (b % 64)) & 1;
}

/* Whether two pieces open alike (find_opening). */
static bool same_opening(const pith_opening *a, const pith_opening *b)
{
    if (a->known != b->known)
        return false;
    if (!a->known)
        return true;
    if (a->first[0] != b->first[0] || a->first[1] != b->first[1])
        return false;
    if (!a->triples || !b->triples)
        return a->triples == b->triples;
    return memcmp(a->triples, b->triples, PITH_TRIPLE_WORDS * sizeof *a->triples) == 0;
}

bool pith_any_match_openings_current(const pith_any_match *m)
{
    bool same = true;
    for (unsigned i = 0; same && i < m->n; i++) {
        piece fresh;
        memset(&fresh, 0, sizeof fresh);
        find_opening(&fresh, m->pieces[i].re.source, m->pieces[i].re.len, m->options);
        same = same_opening(&fresh.opening, &m->pieces[i].opening);
        free(fresh.own_triples);
    }
    return same;
}

/* Add text[0..len) as the matcher's next piece, with room for cap bytes of
 * literals. */
static bool add_piece_within(pith_any_match *m, const char *text, size_t len, size_t cap)
{
    if (m->n == m->cap)
        return false;
    piece *pc = &m->pieces[m->n];
    literals set = {calloc(1, cap), 0, cap - 1, (m->options & PCRE2_CASELESS) != 0, m->options,
                    0};
    if (!set.text)
        return false;
    m->n++;
    pith_lazy_re_init(&pc->re, text, len, m->options, false);
    pith_lazy_re_whether_only(&pc->re); /* run_from asks no more */
    pc->non_ascii = needs_non_ascii(text, len);
    bool ascii_only = false;
    if (pc->non_ascii)
        ascii_only = !gate_non_ascii(text, len, &set, 0);
    else if (!find_literals(text, len, &set, 0, &ascii_only) && set.leads == 0)
        find_short_literal(text, len, &set);
    pc->literal = pc->own_literal = set.text;
    pc->leads = set.leads;
    find_opening(pc, text, len, m->options);
    pc->any_text = gated(pc) && !ascii_only;
    m->any_literal |= gated(pc);
    return true;
}

static bool add_piece(void *userdata, const char *text, size_t len)
{
    return add_piece_within(userdata, text, len, PITH_LITERALS_MAX);
}

static void free_pieces(pith_any_match *m)
{
    free_index(m);
    for (unsigned i = 0; i < m->n; i++) {
        pith_lazy_re_free(&m->pieces[i].re);
        free(m->pieces[i].own_literal);
        free(m->pieces[i].own_triples);
        m->pieces[i].opening.triples = m->pieces[i].own_triples = NULL;
    }
    m->n = 0;
    m->any_literal = false;
}

pith_any_match *pith_any_match_build(const char *pattern, uint32_t options)
{
    pith_any_match *m = new_matcher(options, MAX_PIECES);
    if (!m)
        return NULL;
    if (!pith_regex_alternatives(pattern, add_piece, m)) {
        free_pieces(m); /* keep the pattern whole */
        pith_lazy_re_init(&m->pieces[0].re, pattern, strlen(pattern), options, false);
        pith_lazy_re_whether_only(&m->pieces[0].re);
        m->pieces[0].literal = "";
        m->pieces[0].own_literal = NULL; /* freed with the pieces */
        m->pieces[0].non_ascii = false;
        m->pieces[0].leads = 0;
        m->pieces[0].opening = (pith_opening){0};
        m->pieces[0].own_triples = NULL;
        m->n = 1;
    }
    if (!build_index(m)) {
        pith_any_match_free(m);
        return NULL;
    }
    tail_bound(m);
    return m;
}

bool pith_any_match_compile(pith_any_match *m)
{
    for (unsigned i = 0; i < m->n; i++)
        if (!pith_lazy_re_compile(&m->pieces[i].re))
            return false;
    return true;
}

size_t pith_any_match_literals_size(const char *set)
{
    size_t n = 0;
    while (set[n])
        n += strlen(set + n) + 1;
    return n;
}

static bool has_trigram(const pith_any_text *t, uint16_t h)
{
    return (t->trigrams[h >> 6] >> (h & 63)) & 1;
}

/* Whether the text holds one of the literals of a piece (strstr asks for
 * each). */
static bool has_literal(const pith_any_text *t, const piece *pc)
{
    for (const char *set = pc->literal; *set; set += strlen(set) + 1)
        if (strstr(t->lower, set))
            return true;
    return false;
}

/* The pieces one of whose literals the text holds, when the text has no
 * set of hashes: strstr asks for each literal. */
static pieces_set literals_searched(const pith_any_match *m, const pith_any_text *t)
{
    pieces_set found = {{0}};
    for (unsigned i = 0; i < m->n; i++)
        if (m->pieces[i].literal[0] && has_literal(t, &m->pieces[i]))
            set_piece(&found, i);
    return found;
}

/* Whether looking a matcher's literals up in the text's set of hashes costs
 * less than asking strstr for each: the set costs some twenty instructions
 * a byte of text, once for all the matchers that ask about the text;
 * strstr about one a byte and a call, for each literal (measured with
 * callgrind on the aeb pages as text: these figures chose best).  A long
 * block asked about a few literals (a copyright's) is searched; a short
 * one, or one asked about many literals (the calls to action), hashed. */
#define SET_COST_PER_BYTE 20
#define SET_COST_PER_TEXT 150
#define STRSTR_COST_PER_BYTE 1
#define STRSTR_COST_PER_CALL 60
static bool set_pays(const pith_any_match *m, const pith_any_text *t)
{
    size_t n = t->lower_len;
    size_t search = m->ix->n_literals * (n * STRSTR_COST_PER_BYTE + STRSTR_COST_PER_CALL);
    return search > n * SET_COST_PER_BYTE + SET_COST_PER_TEXT;
}

/* Whether one pass over a text asked by one matcher alone
 * (literals_scanned, some ten instructions a byte) costs less than asking
 * strstr for each of its literals (see set_pays). */
#define SCAN_COST_PER_BYTE 10
static bool scan_pays(const pith_any_match *m, const pith_any_text *t)
{
    size_t n = t->lower_len;
    return m->ix->n_literals * (n * STRSTR_COST_PER_BYTE + STRSTR_COST_PER_CALL) >
           n * SCAN_COST_PER_BYTE;
}

/* Add to found the pieces with literals that are not indexed one of whose
 * literals the text holds (strstr asks for each). */
static inline void add_unindexed(const pith_any_match *m, const pith_any_text *t,
                                 pieces_set *found)
{
    for (unsigned w = 0; m->any_unindexed && w < PIECE_WORDS; w++)
        for (uint64_t bits = m->ix->unindexed.w[w]; bits; bits &= bits - 1) {
            unsigned i = w * 64 + lowest_bit(bits);
            if (has_literal(t, &m->pieces[i]))
                set_piece(found, i);
        }
}

/* Whether s starts with lit (s ends with a NUL). */
static bool starts_with(const char *s, const char *lit)
{
    while (*lit && *s == *lit)
        s++, lit++;
    return *lit == '\0';
}

/* The eight bytes at p, the first highest: the trigram (three-byte
 * window) at p + k is its bits from 40 - 8k up, so that one load gives
 * the hashes of six places (trigram_of_window reads the low three bytes
 * only). */
#define TRIGRAMS_PER_LOAD 6
static inline uint64_t bytes_first_high(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    return (uint64_t)u[0] << 56 | (uint64_t)u[1] << 48 | (uint64_t)u[2] << 40 |
           (uint64_t)u[3] << 32 | (uint64_t)u[4] << 24 | (uint64_t)u[5] << 16 |
           (uint64_t)u[6] << 8 | (uint64_t)u[7];
}

static inline uint32_t trigram_in(uint64_t bytes, unsigned k)
{
    return trigram_of_window((uint32_t)(bytes >> (40 - 8 * k)));
}

/* Mark in found the pieces of the indexed literals with the hash h of the
 * three bytes at s + at that start there; true when the matcher is a
 * gate and its one piece is found. */
static bool literals_starting(const pith_any_match *m, const char *s, size_t at, uint32_t h,
                              pieces_set *found)
{
    const literal_index *ix = m->ix;
    unsigned r = hash_rank(ix, h);
    for (unsigned e = ix->bounds[r]; e < ix->bounds[r + 1]; e++) {
        const pith_filed_literal *f = &ix->filed[e];
        if (!has_piece(found, f->piece) &&
            starts_with(s + at, m->pieces[f->piece].literal + f->offset)) {
            set_piece(found, f->piece);
            if (m->n == 1)
                return true;
        }
    }
    return false;
}

static inline bool literal_may_start(const literal_index *ix, uint32_t h)
{
    return (ix->first[h >> 6] >> (h & 63)) & 1;
}

/* The pieces one of whose literals a text asked by this matcher alone
 * holds, in one pass over it (six places a load): at each place whose
 * three bytes some indexed literal starts with, those literals are
 * compared there (as strstr would, up to the text's first NUL). */
static pieces_set literals_scanned(const pith_any_match *m, const pith_any_text *t)
{
    const literal_index *ix = m->ix;
    const char *s = t->lower;
    size_t n = strlen(s), at = 0;
    pieces_set found = {{0}};
    for (; at + 8 <= n; at += TRIGRAMS_PER_LOAD) {
        uint64_t bytes = bytes_first_high(s + at);
#pragma GCC unroll 6
        for (unsigned k = 0; k < TRIGRAMS_PER_LOAD; k++) {
            uint32_t h = trigram_in(bytes, k);
            if (literal_may_start(ix, h) && literals_starting(m, s, at + k, h, &found))
                return found; /* a gate: its one piece is found */
        }
    }
    for (; at + 3 <= n; at++) {
        uint32_t h = trigram(s + at);
        if (literal_may_start(ix, h) && literals_starting(m, s, at, h, &found))
            return found;
    }
    add_unindexed(m, t, &found);
    return found;
}

/* ------------------------------------------------------------ groups */

/* A group's literals are filed by the hash of their first three bytes, as
 * trigram_of_window makes it but on more bits: a group files thousands of
 * literals, and a place of a text whose hash no literal has costs a look
 * at two neighbouring words of start. */
#define GROUP_SHIFT 19
#define GROUP_HASHES PITH_GROUP_HASHES
_Static_assert(GROUP_HASHES == 1u << (32 - GROUP_SHIFT), "a group hash has GROUP_SHIFT bits less");

static inline uint32_t group_hash_of_window(uint32_t w)
{
    return (w * TRIGRAM_FACTOR) >> GROUP_SHIFT;
}

/* The group hash of the three bytes at p. */
static inline uint32_t group_hash(const char *p)
{
    return group_hash_of_window(window_of(p));
}

/* The fourth bytes of the literals filed under a hash, as a set of their
 * values modulo FOURTH_BITS (group_literal's fourths): most places whose
 * first three bytes some literal starts with go on with a byte none of
 * them does.  (The text's fourth byte is there: its NUL at the end.) */
#define FOURTH_BITS 32
#define FOURTHS_ALL UINT32_MAX

/* A literal of one or more members' pieces, filed once (its text in a
 * member's piece, or in the data's). */
typedef pith_group_literal group_literal;

struct pith_any_group {
    pith_any_match **members;
    /* The tables (rules_data.h): the data's, or built here (own set). */
    pith_group_data d;
    bool own;
};

/* Whether lit starts at p, where the eight bytes x were loaded when
 * loaded (else p is read up to its NUL). */
static inline bool group_literal_at(const group_literal *lit, const char *p, bool loaded,
                                    uint64_t x)
{
    if (!loaded)
        return starts_with(p, lit->text);
    return (x & lit->mask) == lit->head && (!lit->rest || starts_with(p + 8, lit->rest));
}

/* Mark in t the pieces of the group's literals that start at p, whose
 * first three bytes hash to h; eight bytes may be read at p when
 * loadable. */
static inline void group_literals_at(const pith_any_group *g, pith_any_text *t, const char *p,
                                     uint32_t h, bool loadable)
{
    if (!((g->d.first[h >> 6] >> (h & 63)) & 1))
        return; /* most places */
    if (!((g->d.lits[g->d.start[h]].fourths >> ((unsigned char)p[3] % FOURTH_BITS)) & 1))
        return; /* a common triple ("the", "ing") that goes on otherwise */
    uint64_t x = 0;
    if (loadable)
        memcpy(&x, p, sizeof x);
    for (unsigned e = g->d.start[h]; e < g->d.start[h + 1]; e++) {
        const group_literal *lit = &g->d.lits[e];
        if (!group_literal_at(lit, p, loadable, x))
            continue;
        for (unsigned k = lit->slots; k < (unsigned)lit->slots + lit->n_slots; k++)
            t->group_found[g->d.slot_of[k] / 64] |= (uint64_t)1 << (g->d.slot_of[k] % 64);
    }
}

/* The pieces of every member of g one of whose literals the folded text
 * holds (up to its first NUL, as strstr reads it), in one pass over it
 * (six places a load): written to t's group_found. */
static void group_scan(const pith_any_group *g, pith_any_text *t)
{
    const char *s = t->lower;
    size_t n = strlen(s), at = 0;
    memset(t->group_found, 0, ((g->d.n_slots + 63) / 64 + 1) * sizeof *t->group_found);
    /* (the text's buffer holds its NUL: eight bytes at p are there when
     * p + 8 <= n + 1) */
    for (; at + 8 <= n; at += TRIGRAMS_PER_LOAD) {
        uint64_t bytes = bytes_first_high(s + at);
#pragma GCC unroll 6
        for (unsigned k = 0; k < TRIGRAMS_PER_LOAD; k++)
            group_literals_at(g, t, s + at + k,
                              group_hash_of_window((uint32_t)(bytes >> (40 - 8 * k))),
                              at + k + 8 <= n + 1);
    }
    for (; at + 3 <= n; at++)
        group_literals_at(g, t, s + at, group_hash(s + at), at + 8 <= n + 1);
    t->group = g;
}

/* The 64 bits of w from bit at on. */
static uint64_t bits_from(const uint64_t *w, unsigned at)
{
    unsigned q = at / 64, r = at % 64;
    return r ? w[q] >> r | w[q + 1] << (64 - r) : w[q];
}

/* The pieces of m (a member of the group t was scanned for) one of whose
 * indexed literals t holds. */
static pieces_set group_pieces(const pith_any_match *m, const pith_any_text *t)
{
    pieces_set found = {{0}};
    for (unsigned w = 0; w < PIECE_WORDS && w * 64 < m->n; w++)
        found.w[w] = bits_from(t->group_found, m->slot + 64 * w) & m->ix->all.w[w];
    return found;
}

/* The pieces one of whose literals the text holds.  With the text's set of
 * hashes, an indexed literal whose first or last three bytes are not among
 * the text's is not there, and strstr is not asked: only the literals
 * filed under the hashes the text holds are looked at. */
static pieces_set literals_found(const pith_any_match *m, const pith_any_text *t)
{
    const literal_index *ix = m->ix;
    if (m->group && t->group == m->group) {
        pieces_set found = group_pieces(m, t);
        add_unindexed(m, t, &found);
        return found;
    }
    if (!t->has_set)
        return t->alone && scan_pays(m, t) ? literals_scanned(m, t) : literals_searched(m, t);
    pieces_set found = {{0}};
    for (uint64_t words = t->trigram_words & ix->first_words; words; words &= words - 1) {
        unsigned w = lowest_bit(words);
        for (uint64_t bits = t->trigrams[w] & ix->first[w]; bits; bits &= bits - 1) {
            unsigned r = hash_rank(ix, w * 64 + lowest_bit(bits));
            for (unsigned e = ix->bounds[r]; e < ix->bounds[r + 1]; e++) {
                const pith_filed_literal *f = &ix->filed[e];
                if (!has_piece(&found, f->piece) && has_trigram(t, f->last_tri) &&
                    strstr(t->lower, m->pieces[f->piece].literal + f->offset)) {
                    set_piece(&found, f->piece);
                    if (m->n == 1)
                        return found; /* a gate: its one piece is found */
                }
            }
        }
    }
    add_unindexed(m, t, &found);
    return found;
}

/* The pieces whose lead bytes the text holds. */
static pieces_set leads_found(const pith_any_match *m, const pith_any_text *t)
{
    const literal_index *ix = m->ix;
    pieces_set found = {{0}};
    for (unsigned w = 0; t->leads && w < PIECE_WORDS; w++)
        for (uint64_t bits = ix->with_leads.w[w]; bits; bits &= bits - 1) {
            unsigned i = w * 64 + lowest_bit(bits);
            if (m->pieces[i].leads & t->leads)
                set_piece(&found, i);
        }
    return found;
}

/* The lead bytes (bit b - 0xC0) of s[0..n), eight bytes at a time: the
 * top bit of each byte whose two high bits are set is marked, and only
 * those bytes are read (taken from the word by the mark's place, which
 * holds whatever the machine's byte order). */
static uint64_t lead_bytes_of(const char *s, size_t n)
{
    const uint64_t highs = 0x8080808080808080ull;
    uint64_t leads = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        for (uint64_t marks = x & (x << 1) & highs; marks; marks &= marks - 1)
            leads |= lead_bit((unsigned char)(x >> (lowest_bit(marks) - 7)));
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0xC0)
            leads |= lead_bit((unsigned char)s[i]);
    return leads;
}

/* Whether s[0..n) holds the k bytes b. */
static bool holds_bytes(const char *s, size_t n, const char *b, size_t k)
{
    const char *end = s + n;
    for (const char *p = s; (p = memchr(p, b[0], (size_t)(end - p))) != NULL; p++)
        if ((size_t)(end - p) >= k && memcmp(p, b, k) == 0)
            return true;
    return false;
}

/* Whether s[0..n), whose lead bytes are leads, holds a character that
 * fold_caseless writes as another: a basic Cyrillic letter (lead byte D0
 * or D1) or an old form of one, the Kelvin sign or the long s. */
static bool has_other_cases(const char *s, size_t n, uint64_t leads)
{
    return (leads & (lead_bit(0xD0) | lead_bit(0xD1))) ||
           ((leads & lead_bit(0xE1)) && holds_bytes(s, n, "\xE1\xB2", 2)) ||
           ((leads & lead_bit(0xE2)) && holds_bytes(s, n, "\xE2\x84\xAA", 3)) ||
           ((leads & lead_bit(0xC5)) && holds_bytes(s, n, "\xC5\xBF", 2));
}

/* s[0..n) folded into out as the literals are written: ASCII letters
 * lower-cased, the characters outside ASCII that caseless matching lets
 * match an ASCII letter written as that letter, and the basic Cyrillic
 * letters and their old forms in lower case (fold_cyrillic), so that a
 * match's letters are the literal's letters here too.  Its length; *leads
 * gets the lead bytes of s.  Only a text that holds one of those
 * characters is read a character at a time. */
static size_t fold_caseless(const char *s, size_t n, bool ascii, char *out, uint64_t *leads)
{
    if (!ascii)
        *leads |= lead_bytes_of(s, n);
    if (ascii || !has_other_cases(s, n, *leads))
        return pith_ascii_lower_copy(out, n + 1, s, n);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        char letter;
        size_t k;
        if (c < 0x80) {
            out[o++] = pith_ascii_lower(s[i++]);
        } else if ((k = fold_cyrillic(s + i, n - i, out + o)) > 0) {
            o += 2; /* no more than the k bytes read */
            i += k;
        } else if ((k = ascii_case_of(s + i, n - i, &letter)) > 0) {
            out[o++] = letter;
            i += k;
        } else {
            out[o++] = s[i++];
        }
    }
    out[o] = '\0';
    return o;
}

/* The text the literals are looked for in: s, folded when the pattern is
 * caseless (fold_caseless), with the set of its lead bytes; its set of
 * three-byte hashes waits for a matcher that needs it (hash_set). */
static void literal_text(pith_any_text *t, bool caseless)
{
    char *out = t->lower;
    size_t o = t->n;
    t->leads = 0;
    if (caseless) {
        o = fold_caseless(t->s, t->n, t->ascii, out, &t->leads);
    } else {
        memcpy(out, t->s, o);
        out[o] = '\0';
        if (!t->ascii)
            t->leads = lead_bytes_of(out, o);
    }
    t->lower_len = o;
    t->has_set = false;
    t->group = NULL;
    t->lower_caseless = caseless;
}

/* Add the hash h to the text's set; the bit of its word. */
static inline uint64_t add_trigram(pith_any_text *t, uint32_t h)
{
    t->trigrams[h >> 6] |= (uint64_t)1 << (h & 63);
    return (uint64_t)1 << (h >> 6);
}

/* The set of the folded text's three-byte hashes (six places a load). */
static void hash_set(pith_any_text *t)
{
    const char *out = t->lower;
    size_t o = t->lower_len, at = 0;
    memset(t->trigrams, 0, sizeof t->trigrams);
    uint64_t words = 0;
    for (; at + 8 <= o; at += TRIGRAMS_PER_LOAD) {
        uint64_t bytes = bytes_first_high(out + at);
#pragma GCC unroll 6
        for (unsigned k = 0; k < TRIGRAMS_PER_LOAD; k++)
            words |= add_trigram(t, trigram_in(bytes, k));
    }
    for (; at + 3 <= o; at++)
        words |= add_trigram(t, trigram(out + at));
    t->trigram_words = words;
    t->has_set = true;
}

void pith_any_text_init(pith_any_text *t, const char *s, size_t n)
{
    t->s = s;
    t->n = n;
    t->ascii = pith_ascii_run(s, n) == n;
    t->lower = NULL;
    t->lower_caseless = false;
    t->leads = 0;
    t->has_set = false;
    t->alone = false;
    t->group = NULL;
    t->md = NULL;
}

void pith_any_text_free(pith_any_text *t)
{
    if (t->lower != t->local)
        free(t->lower);
    t->lower = NULL;
    if (t->md) /* most texts run no piece */
        pcre2_match_data_free(t->md);
    t->md = NULL;
}

/* The literal text for a matcher with these options, made the first time
 * one asks (again if one asks with other options); false when memory ran
 * out. */
static bool literals_ready(pith_any_text *t, uint32_t options)
{
    bool caseless = (options & PCRE2_CASELESS) != 0;
    if (t->lower && t->lower_caseless == caseless)
        return true;
    if (!t->lower)
        t->lower = t->n < sizeof t->local ? t->local : malloc(t->n + 1);
    if (!t->lower)
        return false;
    literal_text(t, caseless);
    return true;
}

/* A piece none of whose required literals is in the text cannot match: in
 * ASCII text, where an ASCII letter matches only its two ASCII cases, or in
 * any text when no alternative of the piece was left out of its literals
 * (literal_text writes the two other characters that match an ASCII letter
 * as that letter) and none of its lead bytes is in the text.  Nor can a
 * piece that needs a character outside ASCII match ASCII text.  The pieces
 * left, in their order. */
static pieces_set pieces_to_run(const pith_any_match *m, const pith_any_text *t)
{
    const literal_index *ix = m->ix;
    pieces_set run = ix->all;
    for (unsigned w = 0; t->ascii && w < PIECE_WORDS; w++)
        run.w[w] &= ~ix->non_ascii.w[w];
    if (!m->any_literal)
        return run;
    const pieces_set *gated = t->ascii ? &ix->gated : &ix->gated_any;
    pieces_set found = literals_found(m, t), by_leads = leads_found(m, t);
    for (unsigned w = 0; w < PIECE_WORDS; w++)
        run.w[w] &= ~gated->w[w] | found.w[w] | by_leads.w[w];
    return run;
}

/* Every piece that may match goes to PCRE2, until one does. */
/* The text made ready for m's literals (folded, and hashed when that
 * pays); false when memory ran out (recorded as a failed allocation). */
static bool text_ready(pith_any_match *m, pith_any_text *t)
{
    if (!m->any_literal)
        return true;
    if (!literals_ready(t, m->options)) {
        pith_alloc_failed();
        return false;
    }
    if (m->group && !t->alone) { /* one pass for the whole group */
        if (t->group != m->group)
            group_scan(m->group, t);
        return true;
    }
    if (!t->has_set && !t->alone && set_pays(m, t))
        hash_set(t);
    return true;
}

bool pith_any_match_may_match(pith_any_match *m, pith_any_text *t)
{
    if (!text_ready(m, t))
        return false; /* the extraction fails anyway */
    pieces_set run = pieces_to_run(m, t);
    for (unsigned w = 0; w < PIECE_WORDS; w++)
        if (run.w[w])
            return true;
    return false;
}

/* Whether a piece that may match the text t (which is subject[start..n))
 * matches subject from start on: PCRE2 looks behind start for "\\b". */
static bool run_from(pith_any_match *m, pith_any_text *t, const char *subject, size_t n,
                     size_t start)
{
    /* Out of memory: the extraction fails, rather than run (and decode)
     * every piece or answer from none. */
    if (!text_ready(m, t))
        return false;
    pieces_set run = pieces_to_run(m, t);
    bool found = false, failed = false;
    for (unsigned w = 0; w < PIECE_WORDS && !found && !failed; w++)
        for (uint64_t bits = run.w[w]; bits && !found; bits &= bits - 1) {
            piece *pc = &m->pieces[w * 64 + lowest_bit(bits)];
            if (pc->opening.known && !may_open(pc, subject, n))
                continue;
            /* made when a piece is run (most texts run none), kept on t */
            if (!t->md && !(t->md = pcre2_match_data_create(1, NULL))) {
                pith_alloc_failed();
                failed = true;
                break;
            }
            found = pith_lazy_re_match(&pc->re, subject, n, start, PCRE2_NO_UTF_CHECK, t->md) >= 0;
        }
    return found && !failed;
}

bool pith_any_match_run_text(pith_any_match *m, pith_any_text *t)
{
    return run_from(m, t, t->s, t->n, 0);
}

bool pith_any_match_run(pith_any_match *m, const char *s, size_t n)
{
    /* an end-anchored matcher reads only the text's tail */
    size_t start = tail_start(m, s, n);
    pith_any_text t;
    pith_any_text_init(&t, s + start, n - start);
    t.alone = true;
    bool found = run_from(m, &t, s, n, start);
    pith_any_text_free(&t);
    return found;
}

bool pith_any_match_export(pith_any_match *m, pith_any_match_data *out)
{
    memset(out, 0, sizeof *out);
    pith_piece_data *pieces = calloc(m->n ? m->n : 1, sizeof *pieces);
    if (!pieces)
        return false;
    out->options = m->options;
    out->pieces = pieces;
    out->index = m->ix;
    out->tail = m->tail;
    bool ok = true;
    for (unsigned i = 0; ok && i < m->n; i++) {
        memcpy(pieces[i].literal, m->pieces[i].literal,
               pith_any_match_literals_size(m->pieces[i].literal));
        pieces[i].non_ascii = m->pieces[i].non_ascii;
        pieces[i].any_text = m->pieces[i].any_text;
        pieces[i].leads = m->pieces[i].leads;
        pieces[i].opening = m->pieces[i].opening;
        ok = pith_lazy_re_export(&m->pieces[i].re, &pieces[i].re);
        out->n = i + 1;
    }
    if (!ok)
        pith_any_match_data_free(out);
    return ok;
}

void pith_any_match_data_free(pith_any_match_data *data)
{
    pith_piece_data *pieces = (pith_piece_data *)data->pieces;
    for (unsigned i = 0; pieces && i < data->n; i++)
        pith_re_data_free(&pieces[i].re);
    free(pieces);
    memset(data, 0, sizeof *data);
}

/* The data's index of the matcher's literals (made ahead of time from
 * the same pieces by build_index), else one built now. */
static bool index_from_data(pith_any_match *m, const literal_index *index)
{
    if (!index)
        return build_index(m);
    m->ix = index;
    note_unindexed(m);
    return true;
}

pith_any_match *pith_any_match_from_data(const pith_any_match_data *data)
{
    if (data->n > MAX_PIECES)
        return NULL; /* not data this build made */
    pith_any_match *m = new_data_matcher(data->options, data->n);
    if (!m)
        return NULL;
    for (unsigned i = 0; i < data->n; i++) {
        const pith_piece_data *d = &data->pieces[i];
        m->pieces[i] = (piece){.literal = d->literal, .non_ascii = d->non_ascii,
                               .any_text = d->any_text, .leads = d->leads,
                               .opening = d->opening};
        pith_lazy_re_init_data(&m->pieces[i].re, &d->re);
        pith_lazy_re_whether_only(&m->pieces[i].re);
        m->any_literal |= gated(&m->pieces[i]);
        m->n = i + 1;
    }
    if (!index_from_data(m, data->index)) {
        pith_any_match_free(m);
        return NULL;
    }
    m->tail = data->tail;
    return m;
}

void pith_any_match_free(pith_any_match *m)
{
    if (!m)
        return;
    free_pieces(m);
    free(m);
}

pith_any_match *pith_any_gate_build(const char *pattern, size_t len, uint32_t options)
{
    pith_any_match *m = new_matcher(options, 1);
    if (!m)
        return NULL;
    if (!add_piece_within(m, pattern, len, GATE_LITERALS_MAX) || !gated(&m->pieces[0]) ||
        !build_index(m)) {
        pith_any_match_free(m);
        return NULL;
    }
    pith_lazy_re_init(&m->pieces[0].re, NULL, 0, options, false); /* never run */
    return m;
}

void pith_any_gate_export(const pith_any_match *gate, pith_gate_data *out)
{
    const piece *pc = &gate->pieces[0];
    *out = (pith_gate_data){pc->literal, pc->leads, pc->non_ascii, pc->any_text, gate->ix};
}

size_t pith_any_gate_room(void)
{
    size_t room = sizeof(pith_any_match) + sizeof(piece), align = _Alignof(max_align_t);
    return (room + align - 1) / align * align;
}

/* The gate over data set up in m (pith_any_gate_room bytes); false when
 * it gates nothing or memory ran out (nothing is left to free then). */
static bool gate_in(pith_any_match *m, const pith_gate_data *data, uint32_t options)
{
    *m = (pith_any_match){.options = options, .cap = 1, .tail = SPAN_UNBOUNDED};
    piece *pc = &m->pieces[0];
    *pc = (piece){.literal = data->literals, .leads = data->leads,
                  .non_ascii = data->non_ascii, .any_text = data->any_text};
    pith_lazy_re_init(&pc->re, NULL, 0, options, false); /* never run */
    m->n = 1;
    m->any_literal = gated(pc);
    if (!m->any_literal || !index_from_data(m, data->index)) {
        free_pieces(m);
        return false;
    }
    return true;
}

pith_any_match *pith_any_gate_place(void *room, const pith_gate_data *data, uint32_t options)
{
    return gate_in(room, data, options) ? room : NULL;
}

void pith_any_gate_unplace(pith_any_match *gate)
{
    if (gate)
        free_pieces(gate);
}

/* A literal of a group's member, filed by its hash (while the group is
 * built). */
typedef struct group_entry {
    const char *text;
    uint16_t slot;
    uint32_t hash;
} group_entry;

/* Every indexed literal of the members, with its piece's slot (set from
 * each member's own slot); the number, or SIZE_MAX when too many. */
static size_t group_entries(pith_any_match *const *members, unsigned n, group_entry *out,
                            size_t cap)
{
    size_t k = 0;
    for (unsigned j = 0; j < n; j++) {
        const pith_any_match *m = members[j];
        for (unsigned i = 0; i < m->n; i++)
            for (const char *lit = m->pieces[i].literal;
                 !has_piece(&m->ix->unindexed, i) && *lit; lit += strlen(lit) + 1) {
                if (k == cap)
                    return SIZE_MAX;
                out[k++] = (group_entry){lit, (uint16_t)(m->slot + i), group_hash(lit)};
            }
    }
    return k;
}

/* The tables a group is being built into. */
typedef struct group_tables {
    uint16_t *start;
    group_literal *lits;
    uint16_t *slot_of;
} group_tables;

/* File the entries (sorted by hash) as the group's literals, each text
 * once with the slots of every piece that holds it. */
static void file_group(pith_any_group *g, const group_tables *out, const group_entry *sorted,
                       size_t n, bool *taken)
{
    unsigned lits = 0, slots = 0;
    size_t e = 0;
    for (uint32_t h = 0; h < GROUP_HASHES; h++) {
        out->start[h] = (uint16_t)lits;
        size_t end = e;
        while (end < n && sorted[end].hash == h)
            end++;
        for (size_t a = e; a < end; a++) {
            if (taken[a])
                continue;
            group_literal *lit = &out->lits[lits++];
            size_t len = strlen(sorted[a].text), head = len < 8 ? len : 8;
            *lit = (group_literal){0, 0, sorted[a].text, len > 8 ? sorted[a].text + 8 : NULL,
                                   (uint16_t)slots, 0, 0};
            out->lits[out->start[h]].fourths |=
                len < 4 ? FOURTHS_ALL
                        : (uint32_t)1 << ((unsigned char)sorted[a].text[3] % FOURTH_BITS);
            memcpy(&lit->head, sorted[a].text, head);
            memset(&lit->mask, 0xFF, head);
            g->d.first[h / 64] |= (uint64_t)1 << (h % 64);
            for (size_t b = a; b < end; b++)
                if (!taken[b] && strcmp(sorted[b].text, sorted[a].text) == 0) {
                    taken[b] = true;
                    out->slot_of[slots++] = sorted[b].slot;
                    lit->n_slots++;
                }
        }
        e = end;
    }
    out->start[GROUP_HASHES] = (uint16_t)lits;
    g->d.n_lits = lits;
    g->d.n_filed = slots;
}

/* Sort the entries by hash (counting them per hash first). */
static bool sort_entries(const group_entry *in, size_t n, group_entry *out)
{
    uint32_t *at = calloc(GROUP_HASHES + 1, sizeof *at);
    if (!at)
        return false;
    for (size_t i = 0; i < n; i++)
        at[in[i].hash + 1]++;
    for (uint32_t h = 0; h < GROUP_HASHES; h++)
        at[h + 1] += at[h];
    for (size_t i = 0; i < n; i++)
        out[at[in[i].hash]++] = in[i];
    free(at);
    return true;
}

/* Whether the members can be grouped; their slots are set if so. */
static bool members_fit(pith_any_match *const *members, unsigned n)
{
    unsigned slots = 0;
    for (unsigned j = 0; j < n; j++) {
        pith_any_match *m = members[j];
        if (!m || m->group || !m->ix || m->n > MAX_PIECES ||
            ((m->options ^ members[0]->options) & PCRE2_CASELESS) ||
            slots + m->n > PITH_ANY_GROUP_SLOTS)
            return false;
        m->slot = slots;
        slots += m->n;
    }
    return true;
}

/* Free the tables built for g (not the data's). */
static void free_tables(pith_any_group *g)
{
    if (g->own) {
        free((uint16_t *)g->d.start);
        free((group_literal *)g->d.lits);
        free((uint16_t *)g->d.slot_of);
    }
    g->d.start = g->d.slot_of = NULL;
    g->d.lits = NULL;
    g->own = false;
}

/* The group's tables from the members' literals; false when memory ran
 * out or they are too many. */
static bool fill_group(pith_any_group *g)
{
    size_t cap = UINT16_MAX - 1;
    group_entry *entries = malloc(cap * sizeof *entries);
    size_t n = entries ? group_entries(g->members, g->d.n_members, entries, cap) : SIZE_MAX;
    group_entry *sorted = n != SIZE_MAX ? malloc((n ? n : 1) * sizeof *sorted) : NULL;
    bool *taken = sorted ? calloc(n ? n : 1, sizeof *taken) : NULL;
    group_tables out = {calloc(GROUP_HASHES + 1, sizeof *out.start),
                        calloc(n ? n : 1, sizeof *out.lits),
                        calloc(n ? n : 1, sizeof *out.slot_of)};
    g->d.start = out.start;
    g->d.lits = out.lits;
    g->d.slot_of = out.slot_of;
    g->own = true;
    bool ok = taken && out.start && out.lits && out.slot_of && sort_entries(entries, n, sorted);
    if (ok)
        file_group(g, &out, sorted, n, taken);
    free(entries);
    free(sorted);
    free(taken);
    return ok;
}

/* A group of the n members, with no tables yet; NULL when they cannot be
 * grouped or memory runs out. */
static pith_any_group *new_group(pith_any_match *const *members, unsigned n)
{
    if (n == 0 || !members_fit(members, n))
        return NULL;
    pith_any_group *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->members = malloc(n * sizeof *members);
    if (!g->members) {
        free(g);
        return NULL;
    }
    memcpy(g->members, members, n * sizeof *members);
    g->d.n_members = n;
    g->d.n_slots = members[n - 1]->slot + members[n - 1]->n;
    return g;
}

/* Make g the group of its members. */
static pith_any_group *join_group(pith_any_group *g)
{
    for (unsigned j = 0; j < g->d.n_members; j++)
        g->members[j]->group = g;
    return g;
}

pith_any_group *pith_any_group_build(pith_any_match *const *members, unsigned n)
{
    pith_any_group *g = new_group(members, n);
    if (g && !fill_group(g)) {
        pith_any_group_free(g);
        return NULL;
    }
    return g ? join_group(g) : NULL;
}

void pith_any_group_export(const pith_any_group *g, pith_group_data *out)
{
    *out = g->d;
}

pith_any_group *pith_any_group_from_data(pith_any_match *const *members, unsigned n,
                                         const pith_group_data *data)
{
    pith_any_group *g = new_group(members, n);
    if (!g)
        return NULL;
    if (n != data->n_members || g->d.n_slots != data->n_slots) {
        pith_any_group_free(g); /* not the members the data was made of */
        return NULL;
    }
    g->d = *data;
    return join_group(g);
}

/* Whether two groups' literals are the same: the same texts (wherever
 * they are kept) filed alike. */
static bool same_literals(const pith_any_group *a, const pith_any_group *b)
{
    for (unsigned e = 0; e < a->d.n_lits; e++) {
        const group_literal *x = &a->d.lits[e], *y = &b->d.lits[e];
        if (x->head != y->head || x->mask != y->mask || strcmp(x->text, y->text) != 0 ||
            !x->rest != !y->rest || x->slots != y->slots || x->n_slots != y->n_slots ||
            x->fourths != y->fourths)
            return false;
    }
    return true;
}

bool pith_any_group_current(const pith_any_group *g)
{
    pith_any_group fresh = *g;
    memset(fresh.d.first, 0, sizeof fresh.d.first);
    bool same = fill_group(&fresh) && fresh.d.n_lits == g->d.n_lits && fresh.d.n_filed == g->d.n_filed &&
                memcmp(fresh.d.first, g->d.first, sizeof g->d.first) == 0 &&
                memcmp(fresh.d.start, g->d.start, (GROUP_HASHES + 1) * sizeof *g->d.start) == 0 &&
                memcmp(fresh.d.slot_of, g->d.slot_of, g->d.n_filed * sizeof *g->d.slot_of) == 0 &&
                same_literals(&fresh, g);
    free_tables(&fresh);
    return same;
}

void pith_any_group_free(pith_any_group *g)
{
    if (!g)
        return;
    for (unsigned j = 0; g->members && j < g->d.n_members; j++)
        if (g->members[j]->group == g)
            g->members[j]->group = NULL;
    free(g->members);
    free_tables(g);
    free(g);
}
