/*
 * input_test.c — the decoding stage: charset labels, the <meta> prescan,
 * binary sniffing, and pith_decode's order of trust (BOM, transport, meta,
 * detection), its UTF-8 output, U+FFFD for invalid bytes and dropped NULs.
 *
 * Legacy-encoded inputs are written here in two ways: a few as literal
 * bytes taken from the code charts (so the test does not lean on iconv),
 * and longer texts encoded with iconv at test time from the UTF-8 source
 * (detection needs a paragraph or two, which no one can check as hex).
 */
#include "testutil.h"

#include <iconv.h>

#include "pith.h"
#include "input/decode.h"
#include "util/utf8.h"

/* ------------------------------------------------------------ helpers */

/* Encode a UTF-8 string into charset cs with iconv; fails the test when
 * iconv cannot.  Free with free(). */
static char *encode(const char *utf8, const char *cs, size_t *n_out)
{
    iconv_t cd = iconv_open(cs, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    size_t in_left = strlen(utf8), cap = in_left * 4 + 16, out_left = cap;
    char *out = malloc(cap), *dst = out, *src = (char *)utf8;
    assert_non_null(out);
    assert_true(iconv(cd, &src, &in_left, &dst, &out_left) != (size_t)-1);
    iconv_close(cd);
    *n_out = cap - out_left;
    return out;
}

/* Decode n bytes; the caller frees out. */
static pith_decode_info decode(const char *in, size_t n, const char *transport, pith_buf *out)
{
    pith_decode_info info;
    memset(&info, 0, sizeof info);
    *out = (pith_buf)PITH_BUF_INIT;
    assert_true(pith_decode(in, n, transport, out, &info));
    assert_false(out->oom);
    /* Whatever came in, what goes out is clean UTF-8 without NULs. */
    assert_true(pith_utf8_is_clean(out->data ? out->data : "", out->len));
    assert_int_equal(strlen(out->data ? out->data : ""), out->len);
    return info;
}

/* Decode and expect the output to contain want, read as charset/source. */
static void expect_decoded(const char *in, size_t n, const char *transport, const char *want,
                           const char *charset, const char *source)
{
    pith_buf out;
    pith_decode_info info = decode(in, n, transport, &out);
    if (!strstr(out.data ? out.data : "", want))
        fail_msg("expected \"%s\" in \"%.200s\" (read as %s from %s)", want,
                 out.data ? out.data : "", info.charset, info.source);
    assert_string_equal(info.charset, charset);
    if (source)
        assert_string_equal(info.source, source);
    pith_buf_free(&out);
}

static const char *lookup(const char *label)
{
    return pith_charset_lookup(label, strlen(label));
}

static const char *prescan(const char *html)
{
    return pith_charset_prescan(html, strlen(html));
}

/* Long enough texts for statistical detection. */
static const char russian[] =
    "<p>Съешь же ещё этих мягких французских булок, да выпей чаю. Широкая электрификация "
    "южных губерний даст мощный толчок подъёму сельского хозяйства. В чащах юга жил бы "
    "цитрус? Да, но фальшивый экземпляр!</p><p>Министерство цифрового развития "
    "опубликовало проект постановления о правилах хранения данных пользователей. "
    "Документ обсуждается до конца месяца, после чего правительство примет решение.</p>";

static const char japanese[] =
    "<p>吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗い"
    "じめじめした所でニャーニャー泣いていた事だけは記憶している。吾輩はここで始めて人間"
    "というものを見た。</p><p>しかもあとで聞くとそれは書生という人間中で一番獰悪な種族で"
    "あったそうだ。この書生というのは時々我々を捕えて煮て食うという話である。</p>";

static const char chinese[] =
    "<p>北京是中华人民共和国的首都，也是全国的政治、文化和国际交往中心。这座城市有三千"
    "多年的建城史和八百多年的建都史，拥有众多的历史文化遗产。</p><p>近年来，北京大力推进"
    "城市更新，改善居民的生活环境，同时保护老城的传统风貌和胡同肌理。专家认为，这种做法"
    "为其他城市提供了有益的经验。</p>";

/* ------------------------------------------------------- charset labels */

static void test_lookup_labels(void **state)
{
    (void)state;
    assert_string_equal(lookup("utf-8"), "UTF-8");
    assert_string_equal(lookup("UTF8"), "UTF-8");
    assert_string_equal(lookup("  \"Utf-8\" "), "UTF-8");    /* quotes, spaces */
    assert_string_equal(lookup("windows-1251;"), "WINDOWS-1251");
    /* WHATWG: latin1 and ascii are windows-1252, gb2312 is gb18030... */
    assert_string_equal(lookup("ISO-8859-1"), "WINDOWS-1252");
    assert_string_equal(lookup("latin1"), "WINDOWS-1252");
    assert_string_equal(lookup("us-ascii"), "WINDOWS-1252");
    assert_string_equal(lookup("GB2312"), "GB18030");
    assert_string_equal(lookup("gbk"), "GB18030");
    assert_string_equal(lookup("Shift_JIS"), "CP932");
    assert_string_equal(lookup("x-sjis"), "CP932");
    assert_string_equal(lookup("EUC-KR"), "CP949");
    assert_string_equal(lookup("koi8-r"), "KOI8-R");
    assert_string_equal(lookup("big5"), "BIG5-HKSCS");
    /* ...and unknown, empty or absurd labels are not guessed at. */
    assert_null(lookup("x-user-defined-nonsense"));
    assert_null(lookup("utf-9"));
    assert_null(lookup(""));
    assert_null(lookup("\"\""));
    assert_null(lookup("windows-1251windows-1251windows-1251windows-1251"));
    /* The length bounds the label: "utf-8" cut to "utf" is not UTF-8. */
    assert_null(pith_charset_lookup("utf-8", 3));
}

/* Every name uchardet can answer must map to an encoding iconv knows,
 * or detection silently degrades to windows-1252. */
static void test_lookup_knows_detector_names(void **state)
{
    (void)state;
    static const char *const names[] = {
        "ASCII", "UTF-8", "BIG5", "EUC-JP", "EUC-KR", "GB18030", "SHIFT_JIS", "ISO-2022-JP",
        "IBM852", "IBM855", "IBM866", "ISO-8859-1", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4",
        "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "ISO-8859-9", "ISO-8859-10",
        "ISO-8859-13", "ISO-8859-15", "ISO-8859-16", "KOI8-R", "MAC-CYRILLIC",
        "MAC-CENTRALEUROPE", "TIS-620", "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252",
        "WINDOWS-1253", "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1257", "WINDOWS-1258",
        "VISCII", "EUC-TW", "ISO-2022-KR", "ISO-2022-CN",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *cs = lookup(names[i]);
        if (!cs)
            fail_msg("uchardet's name %s has no label", names[i]);
        iconv_t cd = iconv_open("UTF-8", cs);
        if (cd == (iconv_t)-1)
            fail_msg("iconv does not know %s (label %s)", cs, names[i]);
        iconv_close(cd);
    }
}

/* -------------------------------------------------------------- prescan */

static void test_prescan_meta_charset(void **state)
{
    (void)state;
    assert_string_equal(prescan("<html><head><meta charset=\"windows-1251\">"), "WINDOWS-1251");
    assert_string_equal(prescan("<META CHARSET='Shift_JIS'>"), "CP932");
    assert_string_equal(prescan("<meta charset=gb2312>"), "GB18030");      /* unquoted */
    assert_string_equal(prescan("<meta charset=utf-8 />"), "UTF-8");
    assert_string_equal(prescan("<meta\ncharset = \"koi8-r\" >"), "KOI8-R");
    assert_null(prescan("<html><head><title>No declaration</title></head>"));
    assert_null(prescan(""));
    /* <metadata> and <meta-x> are other tags. */
    assert_null(prescan("<metadata charset=\"koi8-r\">"));
}

static void test_prescan_http_equiv(void **state)
{
    (void)state;
    assert_string_equal(prescan("<meta http-equiv=\"Content-Type\" "
                                "content=\"text/html; charset=windows-1251\">"),
                        "WINDOWS-1251");
    /* Attribute order and case do not matter. */
    assert_string_equal(prescan("<META CONTENT='text/html;charset=ISO-8859-2' "
                                "HTTP-EQUIV='content-type'>"),
                        "ISO-8859-2");
    assert_string_equal(prescan("<meta http-equiv=content-type "
                                "content=\"text/html; charset = 'euc-jp'\">"),
                        "EUC-JP");
    /* A content attribute alone, or on another http-equiv, declares nothing. */
    assert_null(prescan("<meta name=\"description\" content=\"charset=koi8-r explained\">"));
    assert_null(prescan("<meta http-equiv=\"refresh\" content=\"0; charset=koi8-r\">"));
    assert_null(prescan("<meta http-equiv=\"Content-Type\" content=\"text/html\">"));
}

static void test_prescan_skips_comments_and_unknown(void **state)
{
    (void)state;
    /* A declaration inside a comment is not one; the real one after it is. */
    assert_string_equal(prescan("<!-- <meta charset=\"koi8-r\"> -->\n"
                                "<meta charset=\"windows-1252\">"),
                        "WINDOWS-1252");
    /* An unknown label is skipped and the next meta is used. */
    assert_string_equal(prescan("<meta charset=\"x-klingon\"><meta charset=\"big5\">"),
                        "BIG5-HKSCS");
    /* Comment that never ends: nothing after it counts. */
    assert_null(prescan("<!-- <meta charset=\"koi8-r\">"));
    /* Only the first 16 KiB are searched, as browsers do. */
    size_t pad = 20000;
    char *late = malloc(pad + 64);
    assert_non_null(late);
    memset(late, ' ', pad);
    strcpy(late + pad, "<meta charset=\"koi8-r\">");
    assert_null(prescan(late));
    strcpy(late + 100, "<meta charset=\"koi8-r\">");
    late[100 + strlen("<meta charset=\"koi8-r\">")] = ' ';
    assert_string_equal(prescan(late), "KOI8-R");
    free(late);
}

/* --------------------------------------------------------------- binary */

static void test_looks_binary(void **state)
{
    (void)state;
    static const char pdf[] = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj";
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    static const char gz[] = "\x1f\x8b\x08\0\0\0\0\0";
    static const char elf[] = "\x7f" "ELF\x02\x01\x01";
    static const char zip[] = "PK\x03\x04\x14\0\0\0";
    assert_true(pith_looks_binary(pdf, sizeof pdf - 1));
    assert_true(pith_looks_binary(png, sizeof png - 1));
    assert_true(pith_looks_binary(gz, sizeof gz - 1));
    assert_true(pith_looks_binary(elf, sizeof elf - 1));
    assert_true(pith_looks_binary(zip, sizeof zip - 1));

    static const char html[] = "<!DOCTYPE html>\n<html><body><p>Hello\tworld</p></body></html>\r\n";
    assert_false(pith_looks_binary(html, sizeof html - 1));
    assert_false(pith_looks_binary("", 0));

    /* A page with a few stray NULs is still a page... */
    char page[2000];
    memset(page, 'a', sizeof page);
    memcpy(page, "<p>", 3);
    page[500] = page[900] = page[1300] = '\0';
    assert_false(pith_looks_binary(page, sizeof page));
    /* ...but bytes that are mostly control codes are not. */
    char junk[2000];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(i % 7 == 0 ? 'x' : 1 + i % 8); /* 0x01..0x08 */
    assert_true(pith_looks_binary(junk, sizeof junk));

    /* UTF-16 text with its BOM is text, though half its bytes are NUL. */
    size_t n;
    char *u16 = encode("\xef\xbb\xbf<html><body><p>Hello</p></body></html>", "UTF-16LE", &n);
    assert_false(pith_looks_binary(u16, n));
    free(u16);
}

/* Every byte value, at places inside the eight-byte words counted at once
 * and in the tail after them: a control byte of binary counts, the line
 * breaks, tab, form feed and ESC do not, nor a byte >= 0x80 whose low
 * seven bits are a control's.  Five of 43 bytes is over 10%, four is not. */
static void test_looks_binary_every_byte(void **state)
{
    (void)state;
    static const size_t at[] = {3, 12, 21, 39, 41};
    for (unsigned b = 0; b < 256; b++) {
        bool control = b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B;
        for (size_t count = 4; count <= 5; count++) {
            char page[43];
            memset(page, 'a', sizeof page);
            for (size_t k = 0; k < count; k++)
                page[at[k]] = (char)b;
            assert_int_equal(pith_looks_binary(page, sizeof page), control && count == 5);
        }
    }
}

/* ------------------------------------------------------------- decoding */

static void test_decode_ascii_and_utf8(void **state)
{
    (void)state;
    static const char ascii[] = "<p>plain old text</p>";
    expect_decoded(ascii, sizeof ascii - 1, NULL, "plain old text", "UTF-8", "default");
    static const char utf8[] = "<p>Caf\xc3\xa9 cr\xc3\xa8me \xe2\x80\x94 \xe6\x97\xa5\xe6\x9c\xac</p>";
    expect_decoded(utf8, sizeof utf8 - 1, NULL, "Caf\xc3\xa9 cr\xc3\xa8me", "UTF-8", NULL);
    /* Declared UTF-8, valid: kept as it is. */
    static const char decl[] = "<meta charset=utf-8><p>na\xc3\xafve</p>";
    expect_decoded(decl, sizeof decl - 1, NULL, "na\xc3\xafve", "UTF-8", "meta");
    /* UTF-8 holding C1 controls (windows-1252 text converted as Latin-1):
     * read as the windows-1252 characters, which the parser keeps. */
    static const char c1[] = "<meta charset=utf-8><p>it\xc2\x92s \xc2\x80" "5</p>";
    expect_decoded(c1, sizeof c1 - 1, NULL, "it\xe2\x80\x99s \xe2\x82\xac" "5", "UTF-8", "meta");
}

/* The whole page decoded as it reads: unchanged when it is not encoded twice. */
static void expect_same(const char *in)
{
    pith_buf out;
    decode(in, strlen(in), NULL, &out);
    assert_string_equal(out.data, in);
    pith_buf_free(&out);
}

/* A page encoded twice (UTF-8 read as windows-1252 or Latin-1, encoded
 * again) is decoded back as a whole (input/twice.h): "Â" and a no-break
 * space, "â€”", "â€" with the C1 control U+009D that the parser would
 * turn into U+FFFD, and, on such a page, "Å‚" in a name. */
static void test_decode_twice_encoded(void **state)
{
    (void)state;
    static const char twice[] = "<meta charset=utf-8><p>Zoho offers\xc3\x82\xc2\xa0" "a CRM "
                                "\xc3\xa2\xe2\x82\xac\xe2\x80\x9d free \xc3\xa2\xe2\x82\xac\xc5\x93"
                                "for all\xc3\xa2\xc2\x80\xc2\x9d, says Pawe\xc3\x85\xe2\x80\x9a.</p>";
    expect_decoded(twice, sizeof twice - 1, NULL,
                   "Zoho offers\xc2\xa0" "a CRM \xe2\x80\x94 free \xe2\x80\x9c"
                   "for all\xe2\x80\x9d, says Pawe\xc5\x82.",
                   "UTF-8", "meta");
    /* Real text stays as written: Portuguese upper case and "Âmbito",
     * where no run follows the "Ã" or "Â"... */
    expect_same("<p>N\xc3\x83O H\xc3\x81 \xc3\x82MBITO. \xc3\x82mbito da lei, S\xc3\x83O PAULO "
                "\xc2\xa9 2024</p>");
    /* ...a page that quotes two pieces of mojibake, "â€™" and "Ã©"... */
    expect_same("<p>Broken pages show \xc3\xa2\xe2\x82\xac\xe2\x84\xa2 for an apostrophe and "
                "\xc3\x83\xc2\xa9 for \xc3\xa9.</p>");
    /* ...and French text with a few runs among many words with "â": the
     * runs explain too few of them (the strings' own repair, util/misread.h,
     * still reads those it is sure of). */
    expect_same("<p>Le ch\xc3\xa2teau, l'\xc3\xa2ge, la p\xc3\xa2te, le th\xc3\xa9\xc3\xa2tre, "
                "le b\xc3\xa2ton, \xc3\xa2me, gr\xc3\xa2" "ce: d\xc3\x83\xc2\xa9j\xc3\x83\xc2\xa0 "
                "vu\xc3\x82\xc2\xa0!</p>");
}

static void test_decode_boms(void **state)
{
    (void)state;
    pith_buf out;
    /* UTF-8 BOM: skipped, not passed on as U+FEFF. */
    static const char u8[] = "\xef\xbb\xbf<p>Gr\xc3\xbc\xc3\x9f Gott</p>";
    pith_decode_info info = decode(u8, sizeof u8 - 1, NULL, &out);
    assert_string_equal(out.data, "<p>Gr\xc3\xbc\xc3\x9f Gott</p>");
    assert_string_equal(info.charset, "UTF-8");
    assert_string_equal(info.source, "bom");
    pith_buf_free(&out);

    /* UTF-16LE and BE, by hand: BOM, "<p>é€</p>". */
    static const char le[] = "\xff\xfe<\0p\0>\0\xe9\0\xac\x20<\0/\0p\0>\0";
    info = decode(le, sizeof le - 1, NULL, &out);
    assert_string_equal(out.data, "<p>\xc3\xa9\xe2\x82\xac</p>");
    assert_string_equal(info.charset, "UTF-16LE");
    pith_buf_free(&out);
    static const char be[] = "\xfe\xff\0<\0p\0>\0\xe9\x20\xac\0<\0/\0p\0>";
    info = decode(be, sizeof be - 1, NULL, &out);
    assert_string_equal(out.data, "<p>\xc3\xa9\xe2\x82\xac</p>");
    assert_string_equal(info.charset, "UTF-16BE");
    pith_buf_free(&out);

    /* A BOM outranks the transport and the meta tag. */
    static const char lying[] = "\xef\xbb\xbf<meta charset=\"koi8-r\"><p>\xd0\xaf</p>";
    expect_decoded(lying, sizeof lying - 1, "windows-1251", "<p>\xd0\xaf</p>", "UTF-8", "bom");
}

static void test_decode_utf16_long_and_with_nul(void **state)
{
    (void)state;
    size_t n;
    char *le = encode("\xef\xbb\xbf<html><head><meta charset=\"utf-8\"></head><body>"
                      "<p>Пример текста в UTF-16 с суррогатной парой: \xf0\x9f\x98\x80.</p>"
                      "</body></html>",
                      "UTF-16LE", &n);
    expect_decoded(le, n, NULL, "<p>Пример текста в UTF-16 с суррогатной парой: \xf0\x9f\x98\x80.</p>",
                   "UTF-16LE", "bom");
    free(le);

    /* U+0000 inside UTF-16 is dropped like a NUL byte. */
    static const char nul[] = "\xff\xfe" "a\0\0\0b\0";
    pith_buf out;
    decode(nul, sizeof nul - 1, NULL, &out);
    assert_string_equal(out.data, "ab");
    pith_buf_free(&out);
}

/* A UTF-16 page without a BOM, its charset given by the transport: read,
 * not refused as binary for its NULs (the binary test once ran before the
 * given charset was applied). */
static void test_utf16_without_bom_and_given_charset(void **state)
{
    (void)state;
    size_t n;
    char *le = encode("<html><body><article><p>Wörter und Sätze in einem Artikel, lang genug, "
                      "um als Text zu gelten. Noch ein Satz mit Wörtern.</p></article></body>"
                      "</html>",
                      "UTF-16LE", &n);
    pith_options opt;
    pith_options_init(&opt);
    opt.charset = "utf-16le";
    pith_result *r = pith_extract(le, n, &opt);
    assert_int_equal(r->status, PITH_OK);
    assert_non_null(strstr(r->text, "Wörter und Sätze"));
    pith_result_free(r);
    /* Without the charset, such bytes still look binary. */
    r = pith_extract(le, n, NULL);
    assert_int_equal(r->status, PITH_ERR_INPUT);
    pith_result_free(r);
    /* And a binary file stays one, whatever charset is claimed. */
    static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0";
    opt.charset = "utf-8";
    r = pith_extract(elf, sizeof elf - 1, &opt);
    assert_int_equal(r->status, PITH_ERR_INPUT);
    pith_result_free(r);
    free(le);
}

static void test_decode_utf16_invalid_keeps_alignment(void **state)
{
    (void)state;
    /* A lone high surrogate (D800) in UTF-16LE: one U+FFFD, and the text
     * after it must still decode, not shift by one byte into garbage. */
    static const char le[] = "\xff\xfe" "a\0\x00\xd8" "b\0c\0d\0";
    pith_buf out;
    pith_decode_info info = decode(le, sizeof le - 1, NULL, &out);
    assert_string_equal(out.data, "a\xef\xbf\xbd" "bcd");
    assert_true(info.replaced);
    pith_buf_free(&out);
    /* An odd trailing byte costs one U+FFFD. */
    static const char odd[] = "\xff\xfe" "a\0b\0c";
    info = decode(odd, sizeof odd - 1, NULL, &out);
    assert_string_equal(out.data, "ab\xef\xbf\xbd");
    pith_buf_free(&out);
}

static void test_decode_transport_precedence(void **state)
{
    (void)state;
    /* "Привет" in windows-1251, the meta tag wrongly says koi8-r. */
    static const char page[] = "<meta charset=\"koi8-r\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
    expect_decoded(page, sizeof page - 1, "windows-1251", "<p>Привет</p>", "WINDOWS-1251",
                   "transport");
    /* A whole Content-Type header value works as well. */
    expect_decoded(page, sizeof page - 1, "text/html; charset=windows-1251", "<p>Привет</p>",
                   "WINDOWS-1251", "transport");
    /* Without the transport, the meta tag is believed: the same bytes are
     * "оПХБЕР" in koi8-r. */
    expect_decoded(page, sizeof page - 1, NULL, "<p>оПХБЕР</p>", "KOI8-R", "meta");
    /* An unknown transport label is ignored; the meta tag decides. */
    expect_decoded(page, sizeof page - 1, "x-bogus", "<p>оПХБЕР</p>", "KOI8-R", "meta");
}

static void test_decode_meta_declarations(void **state)
{
    (void)state;
    /* windows-1252: "café — “quoted”" (0x97 em dash, 0x93/0x94 quotes). */
    static const char w1252[] = "<meta charset=\"windows-1252\"><p>caf\xe9 \x97 \x93quoted\x94</p>";
    expect_decoded(w1252, sizeof w1252 - 1, NULL, "caf\xc3\xa9 \xe2\x80\x94 \xe2\x80\x9cquoted\xe2\x80\x9d",
                   "WINDOWS-1252", "meta");
    /* iso-8859-1 is read as windows-1252, as browsers do. */
    static const char latin1[] = "<meta charset=\"iso-8859-1\"><p>\x93" "Stra\xdf" "e\x94</p>";
    expect_decoded(latin1, sizeof latin1 - 1, NULL, "\xe2\x80\x9cStra\xc3\x9f" "e\xe2\x80\x9d",
                   "WINDOWS-1252", "meta");
    /* windows-1251 through http-equiv. */
    static const char w1251[] = "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                                "charset=windows-1251\"><p>\xcc\xee\xf1\xea\xe2\xe0</p>";
    expect_decoded(w1251, sizeof w1251 - 1, NULL, "<p>Москва</p>", "WINDOWS-1251", "meta");
    /* Shift_JIS: "日本語" is 93FA 967B 8CEA. */
    static const char sjis[] = "<meta charset=\"Shift_JIS\"><p>\x93\xfa\x96\x7b\x8c\xea</p>";
    expect_decoded(sjis, sizeof sjis - 1, NULL, "<p>日本語</p>", "CP932", "meta");
    /* GB2312 label, GB18030 decoder: "中文" is D6D0 CEC4. */
    static const char gb[] = "<meta charset=\"gb2312\"><p>\xd6\xd0\xce\xc4</p>";
    expect_decoded(gb, sizeof gb - 1, NULL, "<p>中文</p>", "GB18030", "meta");
    /* A declaration after a comment that mentions another one. */
    static const char commented[] = "<!-- <meta charset=\"utf-8\"> -->"
                                    "<meta charset=\"windows-1251\"><p>\xc4\xe0</p>";
    expect_decoded(commented, sizeof commented - 1, NULL, "<p>Да</p>", "WINDOWS-1251", "meta");
}

static void test_decode_utf8_wins_over_wrong_meta(void **state)
{
    (void)state;
    /* The page says iso-8859-1, but its bytes are well-formed UTF-8. */
    static const char page[] = "<meta charset=\"iso-8859-1\"><p>Fran\xc3\xa7ois \xe2\x80\x94 "
                               "\xc3\xa0 la cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e</p>";
    expect_decoded(page, sizeof page - 1, NULL, "Fran\xc3\xa7ois \xe2\x80\x94 \xc3\xa0 la",
                   "UTF-8", "detected");
    /* A meta tag claiming UTF-16 is impossible in ASCII bytes: read UTF-8. */
    static const char u16[] = "<meta charset=\"utf-16\"><p>\xc3\xa9t\xc3\xa9</p>";
    expect_decoded(u16, sizeof u16 - 1, NULL, "<p>\xc3\xa9t\xc3\xa9</p>", "UTF-8", NULL);
}

static void test_decode_invalid_bytes_and_nuls(void **state)
{
    (void)state;
    pith_buf out;
    /* Mostly UTF-8 with a stray latin-1 byte and a truncated sequence. */
    char page[800];
    strcpy(page, "<meta charset=\"utf-8\"><p>");
    for (int i = 0; i < 60; i++)
        strcat(page, "\xc3\xa9t\xc3\xa9 ");
    strcat(page, "caf\xe9 and \xe2\x82 end</p>");
    pith_decode_info info = decode(page, strlen(page), NULL, &out);
    assert_string_equal(info.charset, "UTF-8");
    assert_true(info.replaced);
    assert_non_null(strstr(out.data, "caf\xef\xbf\xbd and \xef\xbf\xbd end</p>"));
    pith_buf_free(&out);

    /* NUL bytes are dropped and never cut the page short. */
    static const char nul[] = "<p>before\0 the NUL</p>\0\0<p>after \xc3\xa9\0</p>";
    info = decode(nul, sizeof nul - 1, NULL, &out);
    assert_string_equal(out.data, "<p>before the NUL</p><p>after \xc3\xa9</p>");
    pith_buf_free(&out);

    /* NULs in a legacy page too. */
    static const char lnul[] = "<meta charset=windows-1251><p>\xc4\0\xe0</p><p>end</p>";
    info = decode(lnul, sizeof lnul - 1, NULL, &out);
    assert_string_equal(info.charset, "WINDOWS-1251");
    assert_non_null(strstr(out.data, "<p>Да</p><p>end</p>"));
    pith_buf_free(&out);

    /* Invalid bytes in a legacy multi-byte encoding: 0x80 and 0xA0 are no
     * Shift_JIS lead bytes.  Each becomes U+FFFD, the rest is read. */
    static const char sjis[] = "<meta charset=shift_jis><p>\x93\xfa\x80\x96\x7b\xa0\x8c\xea</p>";
    info = decode(sjis, sizeof sjis - 1, NULL, &out);
    assert_string_equal(info.charset, "CP932");
    assert_true(info.replaced);
    assert_non_null(strstr(out.data, "<p>日\xef\xbf\xbd本\xef\xbf\xbd語</p>"));
    pith_buf_free(&out);

    /* A multi-byte character cut by the end of the input. */
    static const char cut[] = "<meta charset=gb18030><p>\xd6\xd0\xce";
    info = decode(cut, sizeof cut - 1, NULL, &out);
    assert_true(info.replaced);
    assert_non_null(strstr(out.data, "<p>中\xef\xbf\xbd"));
    pith_buf_free(&out);
}

/* A latin-1 byte pasted into a UTF-8 page and a cut character must not
 * turn the whole page into windows-1252 mojibake, declared or not. */
static void test_decode_mostly_utf8_is_repaired(void **state)
{
    (void)state;
    static const char text[] =
        "<p>Am Samstag hat die Rudergesellschaft M\xc3\xbchlheim ihr Bootshaus er\xc3\xb6"
        "ffnet. Die Bootshalle liegt h\xc3\xb6her als fr\xc3\xbcher, Zusch\xfcsse kamen "
        "vom Land, und das Training l\xc3\xa4uft \xe2\x80 ab sofort.</p>";
    static const char want[] =
        "<p>Am Samstag hat die Rudergesellschaft M\xc3\xbchlheim ihr Bootshaus er\xc3\xb6"
        "ffnet. Die Bootshalle liegt h\xc3\xb6her als fr\xc3\xbcher, Zusch\xef\xbf\xbdsse kamen "
        "vom Land, und das Training l\xc3\xa4uft \xef\xbf\xbd ab sofort.</p>";
    static const char *const heads[] = {"<meta charset=\"utf-8\">", "",
                                        "<meta charset=\"iso-8859-1\">"};
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        char page[512];
        snprintf(page, sizeof page, "%s%s", heads[k], text);
        pith_buf out;
        pith_decode_info info = decode(page, strlen(page), NULL, &out);
        assert_string_equal(info.charset, "UTF-8");
        assert_true(info.replaced);
        assert_non_null(strstr(out.data, want));
        pith_buf_free(&out);
    }
}

static void test_decode_detects_undeclared(void **state)
{
    (void)state;
    size_t n;
    char *cyr = encode(russian, "WINDOWS-1251", &n);
    expect_decoded(cyr, n, NULL, "Широкая электрификация южных губерний", "WINDOWS-1251",
                   "detected");
    free(cyr);

    char *sjis = encode(japanese, "CP932", &n);
    expect_decoded(sjis, n, NULL, "吾輩は猫である。名前はまだ無い。", "CP932", "detected");
    free(sjis);

    char *gb = encode(chinese, "GB18030", &n);
    expect_decoded(gb, n, NULL, "北京是中华人民共和国的首都", "GB18030", "detected");
    free(gb);

    char *euc = encode(japanese, "EUC-JP", &n);
    expect_decoded(euc, n, NULL, "吾輩は猫である。", "EUC-JP", "detected");
    free(euc);

    /* ISO-2022-JP is all 7-bit: only its escape sequences give it away. */
    char *jis = encode(japanese, "ISO-2022-JP", &n);
    expect_decoded(jis, n, NULL, "吾輩は猫である。", "ISO-2022-JP", "detected");
    free(jis);

    /* Plain ASCII with an escape byte (a terminal colour code in a <pre>)
     * stays what it is. */
    static const char ansi[] = "<pre>[1mbold[0m text</pre>";
    pith_buf out;
    decode(ansi, sizeof ansi - 1, NULL, &out);
    assert_string_equal(out.data, ansi);
    pith_buf_free(&out);
}

static void test_decode_declared_utf8_that_is_not(void **state)
{
    (void)state;
    /* The page claims UTF-8, but its text is windows-1251 throughout:
     * detection overrides the declaration. */
    size_t n;
    char *cyr = encode(russian, "WINDOWS-1251", &n);
    char *page = malloc(n + 64);
    assert_non_null(page);
    strcpy(page, "<meta charset=\"utf-8\">");
    memcpy(page + strlen(page), cyr, n);
    size_t len = strlen("<meta charset=\"utf-8\">") + n;
    expect_decoded(page, len, NULL, "мягких французских булок", "WINDOWS-1251", "detected");
    free(page);
    free(cyr);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lookup_labels),
        cmocka_unit_test(test_lookup_knows_detector_names),
        cmocka_unit_test(test_prescan_meta_charset),
        cmocka_unit_test(test_prescan_http_equiv),
        cmocka_unit_test(test_prescan_skips_comments_and_unknown),
        cmocka_unit_test(test_looks_binary),
        cmocka_unit_test(test_looks_binary_every_byte),
        cmocka_unit_test(test_decode_ascii_and_utf8),
        cmocka_unit_test(test_decode_boms),
        cmocka_unit_test(test_decode_utf16_long_and_with_nul),
        cmocka_unit_test(test_utf16_without_bom_and_given_charset),
        cmocka_unit_test(test_decode_utf16_invalid_keeps_alignment),
        cmocka_unit_test(test_decode_transport_precedence),
        cmocka_unit_test(test_decode_meta_declarations),
        cmocka_unit_test(test_decode_utf8_wins_over_wrong_meta),
        cmocka_unit_test(test_decode_invalid_bytes_and_nuls),
        cmocka_unit_test(test_decode_twice_encoded),
        cmocka_unit_test(test_decode_mostly_utf8_is_repaired),
        cmocka_unit_test(test_decode_detects_undeclared),
        cmocka_unit_test(test_decode_declared_utf8_that_is_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
