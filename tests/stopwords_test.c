/*
 * stopwords_test.c — stop-word counting across languages and scripts.
 */
#include "testutil.h"

#include "rules/rules.h"
#include "rules/stopwords.h"
#include "util/utf8.h"

static int lang_index(const char *code)
{
    for (int i = 0; i < pith_rules_stop_lang_count(); i++)
        if (strcmp(pith_rules_stop_lang(i), code) == 0)
            return i;
    fail_msg("no stop-word list for %s", code);
    return -1;
}

static void check_best(const char *text, const char *want, unsigned min_hits)
{
    pith_stopstats st;
    memset(&st, 0, sizeof st);
    pith_rules_stopwords(text, strlen(text), &st);
    int best = pith_rules_stop_best(&st);
    assert_true(best >= 0);
    assert_string_equal(pith_rules_stop_lang(best), want);
    assert_true(st.hits[best] >= min_hits);
}

static void test_languages_are_told_apart(void **state)
{
    (void)state;
    check_best("The river ran west of the old mill, and every map of the valley showed it there.",
               "en", 5);
    check_best("Der Fluss lief westlich der alten Mühle, und jede Karte des Tals zeigte ihn dort.",
               "de", 4);
    check_best("La rivière coulait à l'ouest du vieux moulin, et toutes les cartes la montraient là.",
               "fr", 4);
    check_best("El río corría al oeste del viejo molino, y todos los mapas del valle lo mostraban.",
               "es", 4);
    check_best("Река текла к западу от старой мельницы, и на всех картах она была там, где и была.",
               "ru", 4);
    check_best("河流在老磨坊的西边流过，山谷的每一张地图都是这样画的。", "zh", 2);
    check_best("川は古い水車小屋の西を流れていて、谷の地図にはいつもそう描かれていた。", "ja", 4);
}

static void test_case_folding_and_counts(void **state)
{
    (void)state;
    pith_stopstats st;
    memset(&st, 0, sizeof st);
    const char *t = "THE And tHe";
    pith_rules_stopwords(t, strlen(t), &st);
    assert_int_equal(st.words, 3);
    assert_int_equal(st.hits[lang_index("en")], 3);

    memset(&st, 0, sizeof st);
    const char *menu = "Home News Sport Weather Contact";
    pith_rules_stopwords(menu, strlen(menu), &st);
    assert_int_equal(st.words, 5);
    assert_int_equal(st.hits[lang_index("en")], 0);

    memset(&st, 0, sizeof st);
    pith_rules_stopwords("", 0, &st);
    assert_int_equal(st.words, 0);
    assert_int_equal(pith_rules_stop_best(&st), -1);
}

/* langs names exactly the languages with a hit, over several texts added
 * to one count: units.c reads and clears only those. */
static void test_langs_mark_the_hit_languages(void **state)
{
    (void)state;
    pith_stopstats st;
    memset(&st, 0, sizeof st);
    const char *texts[] = {"Home News Sport", "the river and the mill",
                           "Der Fluss und die Mühle", "河流在老磨坊的西边"};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        pith_rules_stopwords(texts[t], strlen(texts[t]), &st);
        for (int l = 0; l < PITH_STOP_LANGS; l++)
            assert_int_equal((st.langs >> l) & 1, st.hits[l] > 0);
    }
    assert_true(st.langs >> lang_index("en") & 1);
    assert_true(st.langs >> lang_index("de") & 1);
    assert_true(st.langs >> lang_index("zh") & 1);
}

/* Tokens around the longest word stopmatch.c keeps (WORD_MAX, 48 bytes
 * with room for one more character): a long token is one word and no
 * stop word, however it starts, and the word after it is read afresh. */
static void test_long_tokens_are_words_but_no_stop_words(void **state)
{
    (void)state;
    char t[512];
    const char *pieces[] = {"the ", "a", " and ", "é", " of the ", "Ж", " it"};
    size_t runs[] = {0, 44, 0, 0, 0, 0, 0};
    for (size_t extra = 0; extra < 8; extra++) {
        size_t len = 0;
        for (size_t p = 0; p < sizeof pieces / sizeof *pieces; p++) {
            size_t times = p == 1 ? runs[1] + extra : p == 3 || p == 5 ? 1 + extra * 6 : 1;
            for (size_t k = 0; k < times; k++) {
                memcpy(t + len, pieces[p], strlen(pieces[p]));
                len += strlen(pieces[p]);
            }
            if (p == 3) /* an accented letter, then a long ASCII run */
                for (size_t k = 0; k < 40 + extra; k++)
                    t[len++] = 'b';
        }
        pith_stopstats st;
        memset(&st, 0, sizeof st);
        pith_rules_stopwords(t, len, &st);
        /* the, a..., and, éb..., of, the, ЖЖ..., it */
        assert_int_equal(st.words, 8);
        assert_int_equal(st.hits[lang_index("en")], 5);
    }
}

static void check_counts(const char *text, const char *lang, unsigned words, unsigned hits)
{
    pith_stopstats st;
    memset(&st, 0, sizeof st);
    pith_rules_stopwords(text, strlen(text), &st);
    assert_int_equal(st.words, words);
    assert_int_equal(st.hits[lang_index(lang)], hits);
}

/* Characters of two UTF-8 bytes are looked up, not decoded (stopmatch.c's
 * two_byte): upper case folds, signs and spaces split words, a broken
 * sequence is read as before, and a second reading (from the table) gives
 * the same counts as the first. */
static void test_two_byte_characters(void **state)
{
    (void)state;
    for (int twice = 0; twice < 2; twice++) {
        check_counts("ЭТО И ЧТО, Это и что", "ru", 6, 6);
        check_counts("ΚΑΙ ΤΟ Και το", "el", 4, 4);
        check_counts("FÜR Für ÜBER über", "de", 4, 4);
        check_counts("the\u00a7and the\u00a0and", "en", 4, 4);
        check_counts("the\xc3" "and \xc3", "en", 2, 2);
        check_counts("ÉTÉ été", "fr", 2, 2);
    }
    /* every two-byte character joins a word exactly when it is a word
     * character, and reads "the" in "the" + its lower case + " the" alike */
    for (uint32_t cp = 0x80; cp < 0x800; cp++) {
        char t[16] = "xy";
        t[2] = (char)(0xC0 | cp >> 6);
        t[3] = (char)(0x80 | (cp & 0x3F));
        strcpy(t + 4, "z the");
        pith_stopstats st;
        memset(&st, 0, sizeof st);
        pith_rules_stopwords(t, strlen(t), &st);
        assert_int_equal(st.words, pith_is_word_cp(cp) ? 2 : 3);
        assert_int_equal(st.hits[lang_index("en")], 1);
    }
}

/* stopmatch.c reads no character below U+0E00 one by one (its
 * FIRST_BY_CHAR_CP): no script pith_is_cjk_cp names may start below it. */
static void test_by_char_scripts_start_at_thai(void **state)
{
    (void)state;
    for (uint32_t cp = 0; cp < 0x0E00; cp++)
        assert_false(pith_is_cjk_cp(cp));
    assert_true(pith_is_cjk_cp(0x0E01));
}

/* Every list is loaded (a list past PITH_STOP_LANGS would be ignored), and
 * the languages added later are told from their neighbours. */
static void test_every_list_is_loaded(void **state)
{
    (void)state;
    int lists = 0;
    for (const pith_stopword_list *l = pith_stopword_lists; l->lang; l++)
        lists++;
    assert_int_equal(pith_rules_stop_lang_count(), lists);
    assert_int_equal(pith_rules_stop_words_dropped(), 0); /* every word fits the table */
    check_best("A város vezetése kedden bejelentette, hogy a régi állomást felújítják, "
               "és az épület még az év végén megnyílik.", "hu", 5);
    check_best("Conducerea orașului a anunțat că vechea gară va fi renovată și "
               "redeschisă ca centru cultural până la sfârșitul anului.", "ro", 4);
    check_best("Kaupunki kertoi, että vanha asema kunnostetaan ja se avataan "
               "uudelleen, kun työt on tehty.", "fi", 4);
    check_best("העירייה הודיעה כי התחנה הישנה תשופץ וגם תיפתח מחדש עם סוף השנה, כך לפי התוכנית.",
               "he", 3);
    check_best("Общината съобщи, че старата гара ще бъде ремонтирана и това ще стане "
               "след края на годината.", "bg", 4);
    check_best("Grad je objavio da će stara stanica biti obnovljena i da će se otvoriti "
               "kao kulturni centar.", "hr", 4);
    check_best("Mesto oznámilo, že stará stanica bude obnovená a tiež že sa otvorí "
               "ako kultúrne centrum.", "sk", 4);
    check_best("L'ajuntament ha anunciat que l'antiga estació serà renovada i que "
               "també s'obrirà com un centre cultural.", "ca", 4);
}

/* Languages close to others, each told from its neighbours (sl from
 * hr, af from nl, gl from pt, mk and sr from bg, et from fi...). */
static void test_more_languages(void **state)
{
    (void)state;
    check_best("Mesto je sporočilo, da bo stara postaja obnovljena in da se bo odprla kot "
               "kulturni center v prihodnjem letu.", "sl", 5);
    check_best("Miestas pranešė, kad senoji stotis bus atnaujinta ir kad ji vėl bus atidaryta "
               "kaip kultūros centras.", "lt", 5);
    check_best("Pilsēta paziņoja, ka vecā stacija tiks atjaunota un ka tā atkal būs atvērta kā "
               "kultūras centrs.", "lv", 5);
    check_best("Linn teatas, et vana jaam renoveeritakse ja see avatakse uuesti "
               "kultuurikeskusena, kui tööd on tehtud.", "et", 4);
    check_best("Град је објавио да ће стара станица бити обновљена и да ће се отворити као "
               "културни центар.", "sr", 5);
    check_best("Градот соопшти дека старата станица ќе биде обновена и дека таа ќе се отвори "
               "како културен центар.", "mk", 4);
    check_best("Borgin tilkynnti að gamla stöðin yrði endurnýjuð og að hún yrði opnuð aftur sem "
               "menningarmiðstöð.", "is", 4);
    check_best("Die stad het aangekondig dat die ou stasie opgeknap sal word en dat dit weer as "
               "'n kultuursentrum oopmaak.", "af", 5);
    check_best("Mji ulitangaza kwamba kituo cha zamani kitakarabatiwa na kwamba kitafunguliwa "
               "tena kama kituo cha utamaduni.", "sw", 3);
    check_best("Inihayag ng lungsod na ang lumang istasyon ay aayusin at bubuksan itong muli "
               "bilang sentro ng kultura.", "tl", 5);
    check_best("Şəhər rəhbərliyi bildirdi ki, köhnə stansiya təmir ediləcək və mədəniyyət "
               "mərkəzi kimi yenidən açılacaq.", "az", 3);
    check_best("شہر کی انتظامیہ نے کہا کہ پرانا اسٹیشن دوبارہ کھولا جائے گا اور یہ ایک ثقافتی "
               "مرکز ہو گا۔", "ur", 5);
    check_best("শহর কর্তৃপক্ষ জানিয়েছে যে পুরনো স্টেশনটি সংস্কার করা হবে এবং এটি একটি "
               "সাংস্কৃতিক কেন্দ্র হিসেবে খুলবে।", "bn", 4);
    check_best("O concello anunciou que a vella estación será renovada e que non abrirá ata o "
               "ano que vén, pero será unha sala máis grande.", "gl", 6);
    check_best("Udalak iragarri du geltoki zaharra berrituko dela eta kultur gune gisa irekiko "
               "dela, baina ez da aurten izango.", "eu", 4);
    check_best("Bashkia njoftoi se stacioni i vjetër do të rinovohet dhe do të hapet si qendër "
               "kulturore.", "sq", 5);
    check_best("Гарадскія ўлады паведамілі, што старая станцыя будзе адноўлена і зноў "
               "адкрыецца як культурны цэнтр.", "be", 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_languages_are_told_apart),
        cmocka_unit_test(test_case_folding_and_counts),
        cmocka_unit_test(test_langs_mark_the_hit_languages),
        cmocka_unit_test(test_long_tokens_are_words_but_no_stop_words),
        cmocka_unit_test(test_two_byte_characters),
        cmocka_unit_test(test_by_char_scripts_start_at_thai),
        cmocka_unit_test(test_every_list_is_loaded),
        cmocka_unit_test(test_more_languages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
