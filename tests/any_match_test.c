/*
 * any_match_test.c — the text rules cut into alternatives
 * (src/rules/alternatives.c, src/rules/any_match.c) match exactly where the
 * whole patterns match: on lines in several languages, on the real rule
 * patterns with generated text, and the cutter refuses what it cannot cut.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "testutil.h"

#include <pcre2.h>
#include <stdbool.h>

#include "rules/alternatives.h"
#include "rules/any_match.h"
#include "rules/phrases.h"
#include "rules/rules.h"
#include "util/utf8.h"

static const uint32_t TEXT = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_NO_UTF_CHECK;

static bool whole_matches(const pcre2_code *re, const char *s)
{
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int rc = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, PCRE2_NO_UTF_CHECK, md, NULL);
    pcre2_match_data_free(md);
    return rc > 0;
}

static pcre2_code *compile_whole(const char *pattern)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, TEXT, &err,
                                   &off, NULL);
    assert_non_null(re);
    return re;
}

static bool counter(void *userdata, const char *text, size_t len)
{
    (void)text;
    (void)len;
    ++*(unsigned *)userdata;
    return true;
}

static unsigned alternatives_of(const char *pattern)
{
    unsigned n = 0;
    return pith_regex_alternatives(pattern, counter, &n) ? n : 0;
}

static void test_cutting(void **state)
{
    (void)state;
    assert_int_equal(alternatives_of("a|b(?:c|d)|[|]e|\\|f"), 4);
    assert_int_equal(alternatives_of("x"), 1);
    assert_int_equal(alternatives_of("[:>]a|b"), 2); /* a class starting with ':' */
    assert_int_equal(alternatives_of("(a)|b"), 0);   /* captures */
    assert_int_equal(alternatives_of("(?i)a|b"), 0); /* options reach the next one */
    assert_int_equal(alternatives_of("a(*COMMIT)|b"), 0);
    assert_int_equal(alternatives_of("(?:a|b"), 0);  /* unbalanced */
    assert_int_equal(alternatives_of("[[:alpha:]]|b"), 0);
    assert_int_equal(alternatives_of("a\\Kb|c"), 0);
    /* parentheses in a class open no group */
    assert_int_equal(alternatives_of("\\([^()]{0,8}x\\)|b[(]"), 2);
    assert_int_equal(alternatives_of("[(]a|(b)"), 0);
}

/* The matcher agrees with the whole pattern on s, asked about s alone
 * (its literals looked for in one pass, or by strstr) and about s as a
 * text several matchers share (looked up in the text's set of hashes);
 * returns the answer. */
static bool agree(pith_any_match *m, const pcre2_code *re, const char *s)
{
    pith_any_text t;
    pith_any_text_init(&t, s, strlen(s));
    bool a = whole_matches(re, s), b = pith_any_match_run(m, s, strlen(s)),
         c = pith_any_match_run_text(m, &t);
    pith_any_text_free(&t);
    if (a != b || a != c)
        fail_msg("'%s': whole pattern %d, alternatives %d, shared text %d", s, a, b, c);
    return a;
}

/* How many of the texts the whole pattern matches, each answered the same
 * by m. */
static int agreements(pith_any_match *m, const char *pattern, const char *const *texts, size_t n)
{
    pcre2_code *re = compile_whole(pattern);
    int hits = 0;
    for (size_t k = 0; k < n; k++)
        hits += agree(m, re, texts[k]);
    pcre2_code_free(re);
    return hits;
}

/* m's answer on s agrees with the whole pattern's, and so do those of
 * copies of m over its data: with its literals filed as the data holds
 * them (as the build writes them), and filed anew. */
static bool agree_copies(pith_any_match *m, const pith_any_match_data *data,
                         const pcre2_code *re, const char *s)
{
    pith_any_match_data bare = *data;
    bare.index = NULL;
    pith_any_match *filed = pith_any_match_from_data(data), *anew = pith_any_match_from_data(&bare);
    assert_non_null(filed);
    assert_non_null(anew);
    bool a = agree(m, re, s);
    agree(filed, re, s);
    agree(anew, re, s);
    pith_any_match_free(filed);
    pith_any_match_free(anew);
    return a;
}

static void test_real_patterns(void **state)
{
    (void)state;
    const char *const patterns[] = {pith_copyright_pattern, pith_cookie_pattern,
                                    pith_credit_pattern, pith_cta_pattern,
                                    pith_attribution_pattern, pith_comment_header_pattern,
                                    pith_closing_credit_pattern};
    static const char *const lines[] = {
        "© 2024 The Daily Example. All rights reserved.",
        "Alle Rechte vorbehalten",
        "We use cookies to improve your experience. Accept all",
        "Diese Website verwendet Cookies. Akzeptieren",
        "Photo: Associated Press",
        "Sign up for our newsletter to get the latest in your inbox",
        "Read more: the council's plan",
        "Follow her on Twitter",
        "The council said on Tuesday that new housing plans would be reviewed.",
        "Подпишитесь на нашу рассылку новостей",
        "版权所有 © 2024",
        "",
        "Copyright",
        "— John Smith, mayor",
        /* long blocks: a matcher with few literals searches them with
         * strstr, one with many hashes the text; both answer alike */
        "The council met on Tuesday to discuss the new housing plans, which would add "
        "two thousand homes to the east of the town over the next ten years. Residents "
        "asked how the roads, the schools and the surgery would cope, and the council "
        "said a report would follow in the spring. Standard & Poor's and S&P are "
        "registered trademarks of their owners. All Rights Reserved. Sign up for our "
        "newsletter to get the latest in your inbox.",
        "The council met on Tuesday to discuss the new housing plans, which would add "
        "two thousand homes to the east of the town over the next ten years. Residents "
        "asked how the roads, the schools and the surgery would cope, and the council "
        "said a report would follow in the spring, with a vote before the summer.",
    };
    for (size_t p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
        pith_any_match *m = pith_any_match_build(patterns[p], TEXT);
        assert_non_null(m);
        pith_any_match_data data;
        assert_true(pith_any_match_export(m, &data));
        assert_non_null(data.index);
        pcre2_code *re = compile_whole(patterns[p]);
        for (size_t k = 0; k < sizeof lines / sizeof lines[0]; k++)
            agree_copies(m, &data, re, lines[k]);

        /* Generated lines from the pattern's own words and some prose. */
        char words[2048][32];
        size_t nw = 0;
        static const char *const prose[] = {"the", "council", "said", "our", "to", "your",
                                            "at", "on", "by", "us", "©", "2024", ":", "—",
                                            "(c)", "...", ",", "Photo", "AP"};
        for (size_t k = 0; k < sizeof prose / sizeof prose[0]; k++)
            strcpy(words[nw++], prose[k]);
        for (const char *s = patterns[p]; *s && nw < 2048;) {
            size_t k = 0;
            while ((unsigned char)s[k] >= 0x80 || (s[k] >= 'a' && s[k] <= 'z') || s[k] == ' ' ||
                   s[k] == '\'')
                k++;
            if (k >= 2 && k < 32) {
                memcpy(words[nw], s, k);
                words[nw++][k] = '\0';
            }
            s += k ? k : 1;
        }
        uint32_t rng = 7u + (uint32_t)p;
        int hits = 0;
        char line[512];
        for (int iter = 0; iter < 4000; iter++) {
            size_t len = 0;
            rng = rng * 1103515245u + 12345u;
            int parts = 1 + (int)((rng >> 16) % 7);
            for (int k = 0; k < parts; k++) {
                rng = rng * 1103515245u + 12345u;
                const char *w = words[(rng >> 8) % nw];
                size_t wl = strlen(w);
                if (len + wl + 2 >= sizeof line)
                    break;
                if (len)
                    line[len++] = ' ';
                memcpy(line + len, w, wl);
                len += wl;
            }
            line[len] = '\0';
            hits += iter % 8 ? agree(m, re, line) : agree_copies(m, &data, re, line);
        }
        assert_true(hits > 0 && hits < 4000); /* both answers are exercised */
        pith_any_match_data_free(&data);
        pcre2_code_free(re);
        pith_any_match_free(m);
    }
}

/* Pieces are skipped when their required text is missing: optional and
 * repeated letters, escapes and classes must never be taken as required. */
static void test_required_literals(void **state)
{
    (void)state;
    static const char *const pattern =
        "ab?cdef|x(?:yz)?uvw|\\x41bcd|[^]abc]def|\\bcookies?\\b.{0,20}accept|q{2}rst|"
        "ba+nana|q(?:abc|def)+r|\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82|"
        "\xC5\xBFunnyday|\xE2\x84\xAA" "elvin|w(?:\xD0\xB4\xD0\xB0|yes)w";
    static const char *const texts[] = {
        "acdef", "abcdef", "xuvw", "xyzuvw", "ABCD", "Abcd", "zdef", "]def", "cookie accept",
        "COOKIES, ACCEPT", "coo\xE2\x84\xAAie accept", /* a Kelvin sign: the K of cookie */
        "qqrst", "qrst", "bananas", "baaanana", "nothing here", "",
        /* literals of a group: one of its alternatives must be there */
        "qabcr", "qdefabcr", "abc", "qxyzr",
        /* a piece needing a Cyrillic letter: never in ASCII text */
        "privet", "\xD0\x9F\xD0\xA0\xD0\x98\xD0\x92\xD0\x95\xD0\xA2",
        /* long s and the Kelvin sign match ASCII s and k caselessly */
        "SUNNYDAY", "kelvin",
        /* an alternative needing a Cyrillic letter adds no literal */
        "wyesw", "w\xD0\xB4\xD0\xB0w", "wdaw",
        /* text with a character outside ASCII (curly quotes) is filtered
         * by the literals too: the Kelvin sign still counts as its k, a
         * group's literal still counts, a missing one skips the piece */
        "\xE2\x80\x9C" "COO\xE2\x84\xAAIES, accept\xE2\x80\x9D",
        "\xE2\x80\x9Cqdefr\xE2\x80\x9D", "\xE2\x80\x9Cnothing here\xE2\x80\x9D",
    };
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    assert_int_equal(agreements(m, pattern, texts, sizeof texts / sizeof texts[0]), 22);
    pith_any_match_free(m);
}

/* An escaped punctuation mark is a literal character: "\\(c\\)" requires
 * "(c)", and a piece is skipped on ASCII text without it, with the same
 * answers as the whole pattern. */
static void test_escaped_literals(void **state)
{
    (void)state;
    static const char *const pattern = "^\\W{0,3}(?:\xC2\xA9|\\(c\\)|copyright\\b)|all rights reserved";
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    pith_any_match_data data;
    assert_true(pith_any_match_export(m, &data));
    assert_true(data.n >= 1);
    const char *lit = data.pieces[0].literal;
    bool paren_c = false;
    for (; *lit; lit += strlen(lit) + 1)
        paren_c |= strcmp(lit, "(c)") == 0;
    assert_true(paren_c);
    pith_any_match_data_free(&data);
    static const char *const texts[] = {
        "(C) 2024 Acme", "- (c) Acme", "\xC2\xA9 2024 Acme", "Copyright 2024", "copyrighted",
        "Acme (c) 2024", "the (c) clause", "All Rights Reserved.", "plain text", "c 2024",
    };
    assert_int_equal(agreements(m, pattern, texts, sizeof texts / sizeof texts[0]), 5);
    pith_any_match_free(m);
}

/* Whether one piece of m's literals is exactly lit. */
static bool has_literal(pith_any_match *m, const char *lit)
{
    pith_any_match_data data;
    assert_true(pith_any_match_export(m, &data));
    bool found = false;
    for (unsigned i = 0; i < data.n && !found; i++)
        for (const char *l = data.pieces[i].literal; *l && !found; l += strlen(l) + 1)
            found = strcmp(l, lit) == 0;
    pith_any_match_data_free(&data);
    return found;
}

/* Characters of scripts without case (CJK, kana, Hangul, Arabic,
 * Devanagari) are literals as they are written, so that a piece made of
 * them is skipped on text without them even when the text holds other
 * characters outside ASCII; one made optional is not required; a long
 * list of labels keeps its literals. */
static void test_caseless_free_literals(void **state)
{
    (void)state;
    pith_any_match *copyright = pith_any_match_build(pith_copyright_pattern, TEXT);
    pith_any_match *cta = pith_any_match_build(pith_cta_pattern, TEXT);
    assert_non_null(copyright);
    assert_non_null(cta);
    assert_true(has_literal(copyright, "版权所有"));
    assert_true(has_literal(copyright, "모든")); /* of "모든 권리 보유" */
    assert_true(has_literal(cta, "read more") && has_literal(cta, "recommended"));
    pith_any_match_free(copyright);
    pith_any_match_free(cta);

    static const char *const pattern = "版权所有|著?作権|x(?:abc|クッキー)y|محفوظة \\d+";
    static const char *const texts[] = {
        "版权所有 2024",        /* matches */
        "“2024”",               /* curly quotes only */
        "作権",                 /* matches without the optional 著 */
        "著作権",               /* matches */
        "著作",
        "xクッキーy",           /* matches */
        "“XABCY”",              /* the caseless ASCII branch matches */
        "クッキー",             /* without x and y */
        "محفوظة 12",            /* matches */
        "محفوظة x",
        "все права",            /* Cyrillic */
    };
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    assert_true(has_literal(m, "作権") && !has_literal(m, "著作権"));
    assert_true(has_literal(m, "クッキー") && has_literal(m, "محفوظة"));
    assert_int_equal(agreements(m, pattern, texts, sizeof texts / sizeof texts[0]), 6);
    pith_any_match_free(m);
}

/* A short run of letters beside a group every match passes through (" de"
 * after the group) gives way to the group's words when they are all
 * longer: the piece then runs on the texts that hold them, not on every
 * text with " de"; a group that may be skipped, or whose words are no
 * longer, does not. */
static void test_selective_literals(void **state)
{
    (void)state;
    static const char *const pattern =
        "\\b(?:es una marca registrada|son marcas registradas) de\\b|"
        "\\b(?:ab|cd) de\\b|"
        "\\b(?:optional words here)? van\\b|"
        "^\\W*(?:click|tap) (?:on )?the (?:image|photo|logo)s?\\b";
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    assert_true(has_literal(m, "es una marca registrada"));
    assert_true(has_literal(m, "son marcas registradas"));
    assert_true(has_literal(m, " de")); /* of the second piece: "ab" and "cd" are shorter */
    assert_true(has_literal(m, " van"));
    assert_true(has_literal(m, "logo") && !has_literal(m, "the ")); /* "the" has three letters */
    static const char *const texts[] = {
        "Acme es una marca registrada de Acme Inc.", "la casa de papel", "ab de", "xab dex",
        "a van", "Son marcas registradas de", "optional words here van",
        "Click on the photos", "the logo", "- Tap the Logo",
    };
    assert_int_equal(agreements(m, pattern, texts, sizeof texts / sizeof texts[0]), 7);
    pith_any_match_free(m);
}

/* A piece with no literal of three characters is gated by a shorter run
 * that every match holds ("/" before an agency's name at a caption's end),
 * not run on every text; a piece with no such run ("x{2}", "[ab]\d") has
 * none. */
static void test_short_literals(void **state)
{
    (void)state;
    static const char *const pattern = "/\\s*(?:ap|afp|epa)\\W*$";
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    assert_true(has_literal(m, "/"));
    static const struct {
        const char *text;
        bool may;
    } cases[] = {
        {"A fire in the hills. Jane Doe / AP", true}, {"Jane Doe/AFP.", true},
        {"A fire in the hills. Jane Doe, AP", false}, {"\xE2\x80\x9C" "AP\xE2\x80\x9D", false},
        {"", false},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        pith_any_text t;
        pith_any_text_init(&t, cases[k].text, strlen(cases[k].text));
        assert_int_equal(pith_any_match_may_match(m, &t), cases[k].may);
        pith_any_text_free(&t);
    }
    static const char *const texts[] = {
        "A fire in the hills. Jane Doe / AP", "Jane Doe/AFP.", "Jane Doe, AP", "a/b", "",
    };
    assert_int_equal(agreements(m, pattern, texts, sizeof texts / sizeof texts[0]), 2);
    pith_any_match_free(m);
    pith_any_match *none = pith_any_match_build("x{2}|[ab]\\d|[ab]c", TEXT);
    assert_non_null(none);
    assert_false(has_literal(none, "x"));
    assert_true(has_literal(none, "c")); /* the one plain character of "[ab]c" */
    pith_any_match_free(none);
}

/* The lead bytes of a piece at index i of m's data (0 when none). */
static uint64_t leads_of_piece(pith_any_match *m, unsigned i)
{
    pith_any_match_data data;
    assert_true(pith_any_match_export(m, &data));
    uint64_t leads = i < data.n ? data.pieces[i].leads : 0;
    pith_any_match_data_free(&data);
    return leads;
}

/* A piece that needs a letter of a cased script (Greek) and has no
 * literal is skipped on text without a lead byte of that letter or of its
 * other cases (curly quotes, accented Latin), and still runs where one is:
 * the upper case, which PCRE2 matches caselessly too.  An alternation
 * whose alternatives all have a literal or a lead byte is gated alike. */
static void test_lead_byte_gates(void **state)
{
    (void)state;
    static const char *const pattern =
        "δικαιώματα κατοχυρωμένα|x(?:abc|λέξη)y|εγγραφείτε .{0,40}(?:ενημερωτικό|νέα)";
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    uint64_t ce = (uint64_t)1 << (0xCE - 0xC0);
    assert_true(leads_of_piece(m, 0) & ce);
    assert_true(leads_of_piece(m, 1) != 0 && leads_of_piece(m, 2) != 0);
    static const char *const texts[] = {
        "δικαιώματα κατοχυρωμένα",              /* matches */
        "ΔΙΚΑΙΏΜΑΤΑ ΚΑΤΟΧΥΡΩΜΈΝΑ",              /* matches */
        "\xE2\x80\x9C" "all rights\xE2\x80\x9D", /* curly quotes only */
        "café, crème brûlée",
        "xΛΈΞΗy",                               /* matches */
        "“xabcy”",                              /* matches */
        "“xy”",
        "Εγγραφείτε στο ενημερωτικό",           /* matches */
        "εγγραφείτε",
    };
    assert_int_equal(agreements(m, pattern, texts, sizeof texts / sizeof texts[0]), 5);
    pith_any_match_free(m);
}

/* Basic Cyrillic letters are literals, written in lower case, and a text
 * is folded alike (its capitals, and the old forms U+1C80 to U+1C86 of
 * в д о с т ъ, which PCRE2 matches caselessly too): a piece in Russian is
 * skipped on Russian text without its words, not run on every text with
 * a Cyrillic lead byte. */
static void test_cyrillic_literals(void **state)
{
    (void)state;
    static const char *const pattern = "все права защищены|x(?:abc|ещё)y|"
                                       "подпишитесь .{0,40}(?:рассылку|новости)|ДОБРО пожаловать";
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    assert_true(has_literal(m, "защищены") && has_literal(m, "ещё"));
    assert_true(has_literal(m, "подпишитесь") && has_literal(m, "пожаловать"));
    for (unsigned i = 0; i < 4; i++)
        assert_true(leads_of_piece(m, i) == 0);
    static const char *const texts[] = {
        "все права защищены",                       /* matches */
        "ВСЕ ПРАВА ЗАЩИЩЕНЫ",                       /* matches */
        "\xE1\xB2\x80се права защищены",            /* matches: U+1C80 for в */
        "подпи\xE1\xB2\x83итесь на нашу рассылку",  /* no: U+1C83 is с, not ш */
        "ПОД\xE1\xB2\x82ПИШИТЕСЬ на рассылку",      /* no: an old о too many */
        "Подпишитесь на нашу рассылку",             /* matches */
        "подписка \xE1\xB2\x81 новости",             /* U+1C81, д */
        "xЕЩЁy",                                    /* matches */
        "“xabcy”",                                  /* matches */
        "Ёлка",
        "добро ПОЖАЛОВАТЬ",                         /* matches */
        "\xE1\xB2\x81\xE1\xB2\x82бро пожал\xE1\xB2\x82\xE1\xB2\x80ать", /* matches */
        "café",
    };
    assert_int_equal(agreements(m, pattern, texts, sizeof texts / sizeof texts[0]), 8);
    static const char *const without[] = {"Новости дня", "Все права", "Добро"};
    for (size_t k = 0; k < sizeof without / sizeof without[0]; k++) {
        pith_any_text t;
        pith_any_text_init(&t, without[k], strlen(without[k]));
        assert_false(pith_any_match_may_match(m, &t));
        pith_any_text_free(&t);
    }
    pith_any_match_free(m);
}

/* The code point cp in UTF-8 at out (NUL-terminated); its bytes. */
static size_t utf8_of(uint32_t cp, char *out)
{
    size_t n = pith_utf8_put(cp, out);
    out[n] = '\0';
    return n;
}

/* The fold of Cyrillic is PCRE2's caseless matching: of every code point,
 * only the basic Cyrillic letters and U+1C80 to U+1C86 match one of those
 * letters caselessly, and each basic letter's literal (the letter twice)
 * gates exactly where the pattern matches, on every pair of them. */
static void test_cyrillic_caseless_sets(void **state)
{
    (void)state;
    pcre2_code *any = compile_whole("^[\\x{400}-\\x{45F}]$");
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(any, NULL);
    char s[8];
    for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        size_t n = utf8_of(cp, s);
        bool cyrillic = (cp >= 0x400 && cp <= 0x45F) || (cp >= 0x1C80 && cp <= 0x1C86);
        bool matched = pcre2_match(any, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md, NULL) > 0;
        if (matched != cyrillic)
            fail_msg("U+%04X: caseless Cyrillic %d, folded as one %d", (unsigned)cp, matched,
                     cyrillic);
    }
    pcre2_match_data_free(md);
    pcre2_code_free(any);
    int hits = 0;
    for (uint32_t letter = 0x400; letter <= 0x45F; letter++) {
        char pattern[8], text[16];
        utf8_of(letter, pattern + utf8_of(letter, pattern)); /* the letter twice */
        pith_any_match *m = pith_any_match_build(pattern, TEXT);
        assert_non_null(m);
        assert_true(leads_of_piece(m, 0) == 0); /* a literal gates it */
        pcre2_code *re = compile_whole(pattern);
        for (uint32_t cp = 0x400; cp <= 0x1C86; cp = cp == 0x45F ? 0x1C80 : cp + 1) {
            utf8_of(cp, text + utf8_of(cp, text));
            hits += agree(m, re, text);
        }
        pcre2_code_free(re);
        pith_any_match_free(m);
    }
    assert_int_equal(hits, 96 * 2 + 14); /* each letter's two cases, and the old forms */
}

/* A gate knows the texts a pattern cannot match without running it: one
 * that holds none of the literals of its alternatives (nor a lead byte of
 * the letter an alternative without literals needs); none is made when an
 * alternative has no literal ("ads?": two letters are too few). */
/* The tail bound of an end-anchored matcher: the most characters other
 * than white space before the closing "\W*$"; none when a piece is not
 * end-anchored or holds what has no bound. */
static void test_tail_bounds(void **state)
{
    (void)state;
    static const struct {
        const char *pattern;
        size_t tail;
    } cases[] = {
        {"(?:photo|credit)s?\\s*[:：]\\s*[^.:]{2,80}\\W*$", 6 + 1 + 1 + 80},
        {"abc$", 3},
        {"\\ba\\s*b\\W*$|x\\s+y$", 2},
        {"(?=abc)d$", 1},
        {"\\s{3,}x(?:yz|w)?$", 3},
        {"a+$", SIZE_MAX},
        {"abc", SIZE_MAX},
        {"abc$|def", SIZE_MAX},
        {"a{L}$", SIZE_MAX},       /* braces PCRE2 reads as characters */
        {"\\W*a\\W*$", SIZE_MAX},   /* a run of symbols before the closing one */
        {"\\p{L}{2}$", SIZE_MAX},
        {"x{2,}$", SIZE_MAX},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        pith_any_match *m = pith_any_match_build(cases[k].pattern, TEXT);
        assert_non_null(m);
        if (pith_any_match_tail(m) != cases[k].tail)
            fail_msg("%s: tail %zu", cases[k].pattern, pith_any_match_tail(m));
        /* The bound travels in the data the build writes, not measured again. */
        pith_any_match_data data;
        assert_true(pith_any_match_export(m, &data));
        pith_any_match *copy = pith_any_match_from_data(&data);
        assert_non_null(copy);
        if (pith_any_match_tail(copy) != cases[k].tail)
            fail_msg("%s: tail from data %zu", cases[k].pattern, pith_any_match_tail(copy));
        pith_any_match_free(copy);
        pith_any_match_data_free(&data);
        pith_any_match_free(m);
    }
}

/* A matcher that reads only a text's tail answers as the whole pattern
 * does: long white space and closing symbols (not counted) before the
 * end, a literal far from the end, a letter outside ASCII at the end, and
 * "\b" at the place the tail starts. */
static void test_tail_matches(void **state)
{
    (void)state;
    const char *pattern = pith_closing_credit_pattern;
    pcre2_code *whole = compile_whole(pattern);
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    assert_true(pith_any_match_tail(m) < 200);
    static const char *const ends[] = {
        "(AP Photo/Jane Doe)", "Photo: Jane Doe", "Credit: ESA\xE2\x80\x9D", "Jane Doe/Getty Images",
        "(Jane Doe/The Union via AP, File)", "Photo:", "photo: J. Doe", "Credit: ESA\xC3\xA9",
        "said the getty images", "File photo", "(archivfoto)", "(\xD0\xB0\xD1\x80\xD1\x85\xD0\xB8\xD0\xB2\xD0\xBD\xD0\xBE\xD0\xB5 \xD1\x84\xD0\xBE\xD1\x82\xD0\xBE)",
    };
    static const char *const fills[] = {"", " ", "\t\n  ", ".", " ...!!", "\xE2\x80\x94"};
    char text[4096];
    for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++)
        for (size_t f = 0; f < sizeof fills / sizeof fills[0]; f++)
            for (int wide = 0; wide < 4; wide++) {
                /* prose before; spaces inside the credit, symbols after it */
                size_t n = 0;
                for (int r = 0; r < 40; r++)
                    n += (size_t)snprintf(text + n, sizeof text - n, "word%d ", r);
                for (const char *c = ends[e]; *c; c++) {
                    text[n++] = *c;
                    for (int k = 0; wide >= 2 && *c == ' ' && k < 300; k++)
                        text[n++] = ' ';
                }
                for (int k = 0; k < (wide % 2 ? 200 : 1); k++)
                    n += (size_t)snprintf(text + n, sizeof text - n, "%s", fills[f]);
                text[n] = '\0';
                assert_int_equal(pith_any_match_run(m, text, n), whole_matches(whole, text));
            }
    /* a literal far from the end is not read; a long tail of letters */
    const char *far = "Photo: Jane Doe had a long day at the council and then she went home to "
                      "write the longest of the letters she had ever written to the paper";
    assert_false(pith_any_match_run(m, far, strlen(far)));
    assert_false(whole_matches(whole, far));
    pith_any_match_free(m);
    pcre2_code_free(whole);
}

/* text: n bytes of '-' but word at at. */
static void word_at(char *text, size_t n, size_t at, const char *word)
{
    memset(text, '-', n);
    memcpy(text + at, word, strlen(word));
    text[n] = '\0';
}

/* A literal is found at every place of a text, in the text's set of
 * hashes and in one pass over it (both read six places a load): texts of
 * every length up to 40 bytes with a word at each place, whole or cut. */
static void test_literals_at_every_place(void **state)
{
    (void)state;
    static const char *const pattern =
        "zebra\\w*|quail|heron|otter|bison|moose|llama|panda|koala|tapir|okapi|lemur";
    pcre2_code *whole = compile_whole(pattern);
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    static const char *const words[] = {"zebra", "LEMUR", "zebr", "emur"};
    char text[64];
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (size_t n = strlen(words[w]); n <= 40; n++)
            for (size_t at = 0; at + strlen(words[w]) <= n; at++) {
                word_at(text, n, at, words[w]);
                bool expected = whole_matches(whole, text);
                assert_int_equal(expected, w < 2);
                assert_int_equal(pith_any_match_run(m, text, n), expected);
                pith_any_text t;
                pith_any_text_init(&t, text, n);
                assert_int_equal(pith_any_match_run_text(m, &t), expected);
                pith_any_text_free(&t);
            }
    pith_any_match_free(m);
    pcre2_code_free(whole);
}

static void test_gates(void **state)
{
    (void)state;
    static const char *const pattern = "share(?:\\s+this)?|tweet|e-?mail|поделиться";
    pith_any_match *gate = pith_any_gate_build(pattern, strlen(pattern), TEXT);
    assert_non_null(gate);
    pith_gate_data data;
    pith_any_gate_export(gate, &data);
    assert_non_null(data.index); /* the build writes it with the gate */
    pith_gate_data bare = data;
    bare.index = NULL; /* filed when the gate is made */
    /* gates over both set up side by side in one block of the caller's */
    size_t room = pith_any_gate_room();
    assert_true(room % _Alignof(max_align_t) == 0);
    char *block = malloc(2 * room);
    assert_non_null(block);
    pith_any_match *placed = pith_any_gate_place(block, &data, TEXT),
                   *placed_anew = pith_any_gate_place(block + room, &bare, TEXT);
    assert_ptr_equal(placed, block);
    assert_ptr_equal(placed_anew, block + room);
    static const struct {
        const char *text;
        bool may;
    } cases[] = {
        {"The council said", false}, {"Share this", true}, {"E-MAIL", true},
        {"\xE2\x80\x9CTweet\xE2\x80\x9D", true}, {"\xE2\x80\x9Cquoted\xE2\x80\x9D", false},
        {"ПОДЕЛИТЬСЯ", true}, {"", false},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        pith_any_match *all[] = {gate, placed, placed_anew};
        for (int g = 0; g < 3; g++) {
            pith_any_text t;
            pith_any_text_init(&t, cases[k].text, strlen(cases[k].text));
            assert_int_equal(pith_any_match_may_match(all[g], &t), cases[k].may);
            pith_any_text_free(&t);
        }
    }
    pith_any_gate_unplace(placed);
    pith_any_gate_unplace(placed_anew); /* (its literals filed anew: freed) */
    free(block);
    pith_any_match_free(gate);
    assert_null(pith_any_gate_build("ads?|share", 10, TEXT));
}

/* Matchers in a group (their literals looked for in one pass over a text)
 * answer as they do alone and as their whole patterns: at every place of
 * texts of every length up to 40 bytes, with literals shorter and longer
 * than the eight bytes a place's first look reads, whole or cut short;
 * and a matcher joins one group only, of one caselessness. */
static void test_group_answers_as_alone(void **state)
{
    (void)state;
    static const char *const patterns[] = {
        "zebra\\w*|quail|all rights reserved|heron",
        "\\ball rights\\b|okapi|lemurs? of",
        "alligator|reserve",
    };
    enum { N = sizeof patterns / sizeof patterns[0] };
    pith_any_match *grouped[N + 1], *alone[N];
    pcre2_code *whole[N];
    for (int i = 0; i < N; i++) {
        grouped[i] = pith_any_match_build(patterns[i], TEXT);
        alone[i] = pith_any_match_build(patterns[i], TEXT);
        whole[i] = compile_whole(patterns[i]);
    }
    grouped[N] = pith_any_gate_build("share|tweet", 11, TEXT);
    pith_any_group *g = pith_any_group_build(grouped, N + 1);
    assert_non_null(g);
    assert_null(pith_any_group_build(grouped, 1)); /* already in one */
    static const char *const words[] = {"ALL RIGHTS RESERVED", "all rights reserve", "lemur of",
                                        "Zebra", "alligato", "okapi", "Tweet", "shar"};
    char text[64];
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (size_t n = strlen(words[w]); n <= 40; n++)
            for (size_t at = 0; at + strlen(words[w]) <= n; at++) {
                word_at(text, n, at, words[w]);
                pith_any_text t;
                pith_any_text_init(&t, text, n);
                for (int i = 0; i < N; i++) {
                    bool expected = whole_matches(whole[i], text);
                    assert_int_equal(pith_any_match_run(alone[i], text, n), expected);
                    assert_int_equal(pith_any_match_run_text(grouped[i], &t), expected);
                }
                bool shared = strstr(text, "Tweet") != NULL;
                assert_int_equal(pith_any_match_may_match(grouped[N], &t), shared);
                assert_true(t.group == g);
                pith_any_text_free(&t);
            }
    pith_any_group_free(g);
    for (int i = 0; i < N; i++) {
        pith_any_match_free(grouped[i]);
        pith_any_match_free(alone[i]);
        pcre2_code_free(whole[i]);
    }
    pith_any_match_free(grouped[N]);
    pith_any_match *mixed[] = {pith_any_match_build("heron", TEXT),
                               pith_any_match_build("heron", PCRE2_UTF)};
    assert_null(pith_any_group_build(mixed, 2)); /* not one caselessness */
    pith_any_match_free(mixed[0]);
    pith_any_match_free(mixed[1]);
}

/* A piece anchored at the text's start whose rest opens with a word
 * character runs only where the text's first word character may open it:
 * the answers stay the whole pattern's, with symbols, underscores, digits,
 * characters outside ASCII (a dash, the Kelvin sign) before or at the
 * first word. */
static void test_start_anchored_openings(void **state)
{
    (void)state;
    static const char *const pattern =
        "^\\W*(?:photo|image) by|^\\W{0,3}follow\\b|^kelvin|^\\W*(?:\\d+ )?comments|^\\W*_x";
    pcre2_code *whole = compile_whole(pattern);
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    static const char *const texts[] = {
        "Photo by Ann", "  -- image by Ann", "(Photo by Ann)", "x photo by Ann", "_photo by Ann",
        "\xE2\x80\x94 Photo by Ann", "\xC2\xAB" "follow us", "!!!!follow us", "...follow us",
        "follow", "\xE2\x84\xAA" "elvin", "Kelvin", "a kelvin", "12 comments", "# comments",
        "comments", "1 2 comments", "_x", "__x", "-_x", "", "---", "\xC3\xA9t\xC3\xA9 photo by",
    };
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        bool expected = whole_matches(whole, texts[k]);
        assert_int_equal(pith_any_match_run(m, texts[k], strlen(texts[k])), expected);
        pith_any_text t;
        pith_any_text_init(&t, texts[k], strlen(texts[k]));
        assert_int_equal(pith_any_match_run_text(m, &t), expected);
        pith_any_text_free(&t);
    }
    pith_any_match_free(m);
    pcre2_code_free(whole);
}

/* The openings travel in the data the build writes (not found again at
 * start-up): a matcher over the data answers alike, its openings are
 * those the pieces give now, and data whose openings differ is told. */
static void test_openings_from_data(void **state)
{
    (void)state;
    static const char *const pattern = "^\\W*(?:photo|image) by|^kelvin|^\\W*_x|heron";
    pith_any_match *m = pith_any_match_build(pattern, TEXT);
    assert_non_null(m);
    assert_true(pith_any_match_openings_current(m));
    pith_any_match_data data;
    assert_true(pith_any_match_export(m, &data));
    assert_true(data.pieces[0].opening.known && data.pieces[0].opening.triples);
    assert_false(data.pieces[3].opening.known);
    pith_any_match *copy = pith_any_match_from_data(&data);
    assert_non_null(copy);
    assert_true(pith_any_match_openings_current(copy));
    static const char *const texts[] = {"Photo by Ann", "x photo by Ann", "Kelvin", "a kelvin",
                                        "__x", "-_x", "a heron", "Image by"};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
        assert_int_equal(pith_any_match_run(copy, texts[k], strlen(texts[k])),
                         pith_any_match_run(m, texts[k], strlen(texts[k])));
    pith_any_match_free(copy);
    /* drifted data: a byte more the first piece may open with, a triple more */
    pith_piece_data *pieces = (pith_piece_data *)data.pieces;
    pieces[0].opening.first[1] ^= (uint64_t)1 << ('z' - 64);
    copy = pith_any_match_from_data(&data);
    assert_false(pith_any_match_openings_current(copy));
    pith_any_match_free(copy);
    pieces[0].opening.first[1] ^= (uint64_t)1 << ('z' - 64);
    uint64_t triples[PITH_TRIPLE_WORDS];
    memcpy(triples, pieces[0].opening.triples, sizeof triples);
    triples[7] ^= 1;
    pieces[0].opening.triples = triples;
    copy = pith_any_match_from_data(&data);
    assert_false(pith_any_match_openings_current(copy));
    pith_any_match_free(copy);
    pith_any_match_data_free(&data);
    pith_any_match_free(m);
}

/* A group over data made ahead of time from matchers of the same pieces
 * answers as the group built now, its tables are those a build makes
 * now, drifted tables are told, and other members are refused. */
static void test_group_from_data(void **state)
{
    (void)state;
    static const char *const patterns[] = {"zebra\\w*|quail|all rights reserved|heron",
                                           "\\ball rights\\b|okapi|lemurs? of"};
    pith_any_match *built[2], *loaded[2];
    for (int i = 0; i < 2; i++) {
        built[i] = pith_any_match_build(patterns[i], TEXT);
        loaded[i] = pith_any_match_build(patterns[i], TEXT);
    }
    pith_any_group *g = pith_any_group_build(built, 2);
    assert_non_null(g);
    pith_group_data data;
    pith_any_group_export(g, &data);
    assert_null(pith_any_group_from_data(loaded, 1, &data)); /* not its members */
    pith_any_group *h = pith_any_group_from_data(loaded, 2, &data);
    assert_non_null(h);
    assert_true(pith_any_group_current(h));
    static const char *const texts[] = {"All rights reserved.", "the lemur of", "OKAPI", "x"};
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
        for (int i = 0; i < 2; i++)
            assert_int_equal(pith_any_match_run(loaded[i], texts[k], strlen(texts[k])),
                             pith_any_match_run(built[i], texts[k], strlen(texts[k])));
    pith_any_group_free(h);
    /* drifted data: a hash marked that no literal has, a literal's slot */
    data.first[5] ^= 1;
    h = pith_any_group_from_data(loaded, 2, &data);
    assert_false(pith_any_group_current(h));
    pith_any_group_free(h);
    data.first[5] ^= 1;
    uint16_t slot_of[64];
    assert_true(data.n_filed <= 64);
    memcpy(slot_of, data.slot_of, data.n_filed * sizeof *slot_of);
    slot_of[0] ^= 1;
    data.slot_of = slot_of;
    h = pith_any_group_from_data(loaded, 2, &data);
    assert_false(pith_any_group_current(h));
    pith_any_group_free(h);
    pith_any_group_free(g);
    for (int i = 0; i < 2; i++) {
        pith_any_match_free(built[i]);
        pith_any_match_free(loaded[i]);
    }
}

/* The rules' tables this build loads ready-made (the block phrases'
 * group, the text rules' openings) are those the code builds now: the
 * generator's output cannot drift from the runtime builders. */
static void test_prebuilt_tables_current(void **state)
{
    (void)state;
    assert_true(pith_rules_prebuilt_current());
}

/* Of the groups every match passes through, the one whose shortest word is
 * longest gates: "(?:article|story|content)", not the "the" of
 * "(?:this|the)" that most texts hold. */
static void test_group_with_longest_words_gates(void **state)
{
    (void)state;
    static const char *const pattern = "(?:this|the)\\s+(?:article|story|content)\\s+is";
    pith_any_match *gate = pith_any_gate_build(pattern, strlen(pattern), TEXT);
    assert_non_null(gate);
    static const struct {
        const char *text;
        bool may;
    } cases[] = {{"The council said this on Monday", false}, {"This story is new", true},
                 {"the CONTENT", true}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        pith_any_text t;
        pith_any_text_init(&t, cases[k].text, strlen(cases[k].text));
        assert_int_equal(pith_any_match_may_match(gate, &t), cases[k].may);
        pith_any_text_free(&t);
    }
    pith_any_match_free(gate);
}

/* A text's lead bytes are read eight bytes at a time: every lead byte,
 * alone or with another (0xD0, Cyrillic) in the same word or the next, is
 * found at every place, and no continuation byte is taken for one. */
static void test_lead_bytes_at_every_place(void **state)
{
    (void)state;
    pith_any_match *gate = pith_any_gate_build("share", 5, TEXT);
    assert_non_null(gate);
    enum { LEN = 24 };
    char text[LEN + 1];
    for (unsigned b = 0xC2; b <= 0xF4; b++)
        for (size_t at = 0; at < LEN; at++)
            for (size_t other = at; other < LEN; other++) {
                memset(text, 'a', LEN);
                text[LEN] = '\0';
                text[at] = (char)b;
                if (at + 1 < LEN)
                    text[at + 1] = (char)0xBF; /* a continuation byte */
                uint64_t expected = (uint64_t)1 << (b - 0xC0);
                if (other > at + 1) {
                    text[other] = (char)0xD0;
                    expected |= (uint64_t)1 << (0xD0 - 0xC0);
                }
                pith_any_text t;
                pith_any_text_init(&t, text, LEN);
                assert_false(pith_any_match_may_match(gate, &t));
                assert_true(t.leads == expected);
                pith_any_text_free(&t);
            }
    pith_any_match_free(gate);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cutting),
        cmocka_unit_test(test_real_patterns),
        cmocka_unit_test(test_required_literals),
        cmocka_unit_test(test_escaped_literals),
        cmocka_unit_test(test_caseless_free_literals),
        cmocka_unit_test(test_lead_byte_gates),
        cmocka_unit_test(test_cyrillic_literals),
        cmocka_unit_test(test_cyrillic_caseless_sets),
        cmocka_unit_test(test_selective_literals),
        cmocka_unit_test(test_gates),
        cmocka_unit_test(test_tail_bounds),
        cmocka_unit_test(test_tail_matches),
        cmocka_unit_test(test_literals_at_every_place),
        cmocka_unit_test(test_short_literals),
        cmocka_unit_test(test_lead_bytes_at_every_place),
        cmocka_unit_test(test_group_answers_as_alone),
        cmocka_unit_test(test_start_anchored_openings),
        cmocka_unit_test(test_group_with_longest_words_gates),
        cmocka_unit_test(test_openings_from_data),
        cmocka_unit_test(test_group_from_data),
        cmocka_unit_test(test_prebuilt_tables_current),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
