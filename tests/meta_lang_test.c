/*
 * meta_lang_test.c — declared language tags normalised, and language
 * detection over short texts in many languages and scripts, from several
 * threads at once.
 */
#include "testutil.h"

#include <fingerprint.h>
#include <limits.h>
#include <pthread.h>

#include "meta/lang.h"

#ifndef PITH_TEXTCAT_DIR
#define PITH_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

typedef struct tag_case {
    const char *in, *want; /* want NULL: not a language tag */
} tag_case;

static void test_lang_tags(void **state)
{
    (void)state;
    static const tag_case CASES[] = {
        {"en", "en"}, {"EN", "en"}, {"en-us", "en-US"}, {"en_US", "en-US"},
        {"pt-BR", "pt-BR"}, {"zh-hant-TW", "zh-Hant-TW"}, {"es-419", "es-419"},
        {"de-DE-1996", "de-DE"}, {"en-US, de", "en-US"}, {" fr ", "fr"},
        {"x-default", NULL}, {"*", NULL}, {"English", NULL}, {"", NULL}, {"e", NULL},
    };
    pith_buf out = PITH_BUF_INIT;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        bool ok = pith_lang_tag(CASES[i].in, &out);
        if (!CASES[i].want) {
            if (ok)
                fail_msg("\"%s\": expected no tag, got %s", CASES[i].in, out.data);
            continue;
        }
        if (!ok)
            fail_msg("\"%s\": expected %s, got none", CASES[i].in, CASES[i].want);
        assert_string_equal(out.data, CASES[i].want);
    }
    pith_buf_free(&out);
}

typedef struct text_case {
    const char *want, *text;
} text_case;

static const text_case TEXTS[] = {
    /* close languages the models confuse, told apart by their own letters */
    {"hr", "Vlada je u četvrtak objavila da će se porez na dodanu vrijednost smanjiti od "
           "sljedeće godine, a ministar financija rekao je kako će to pomoći obiteljima s djecom. "
           "Građani su već počeli planirati kupnju, a trgovci očekuju veću potražnju."},
    {"sl", "Vlada je v četrtek objavila, da se bo davek na dodano vrednost znižal od "
           "prihodnjega leta, minister za finance pa je dejal, da bo to pomagalo družinam z "
           "otroki. Državljani so že začeli načrtovati nakupe."},
    {"sk", "Vláda vo štvrtok oznámila, že daň z pridanej hodnoty sa od budúceho roka zníži, a "
           "minister financií povedal, že to pomôže rodinám s deťmi. Ľudia už plánujú nákupy a "
           "obchodníci očakávajú väčší dopyt."},
    {"uk", "Уряд у четвер оголосив, що податок на додану вартість буде знижено з наступного "
           "року, а міністр фінансів сказав, що це допоможе сім'ям з дітьми."},
    {"en", "The harbour seals came back to the bay this spring for the first time in a decade, "
           "and the fishermen who had watched them leave were the first to notice."},
    {"de", "Die Seehunde sind in diesem Frühjahr zum ersten Mal seit zehn Jahren in die Bucht "
           "zurückgekehrt, und die Fischer haben es als Erste bemerkt."},
    {"fr", "Les phoques sont revenus dans la baie ce printemps pour la première fois depuis dix "
           "ans, et les pêcheurs ont été les premiers à le remarquer."},
    {"es", "Las focas volvieron a la bahía esta primavera por primera vez en una década, y los "
           "pescadores que las habían visto marcharse fueron los primeros en notarlo."},
    {"it", "Le foche sono tornate nella baia questa primavera per la prima volta in dieci anni, "
           "e i pescatori che le avevano viste partire sono stati i primi ad accorgersene."},
    {"pt", "As focas voltaram à baía nesta primavera pela primeira vez em uma década, e os "
           "pescadores que as viram partir foram os primeiros a perceber."},
    {"nl", "De zeehonden kwamen dit voorjaar voor het eerst in tien jaar terug in de baai, en de "
           "vissers die ze hadden zien vertrekken merkten het als eersten op."},
    {"pl", "Foki wróciły do zatoki tej wiosny po raz pierwszy od dziesięciu lat, a rybacy, którzy "
           "widzieli, jak odpływają, zauważyli to jako pierwsi."},
    {"ru", "Тюлени вернулись в залив этой весной впервые за десять лет, и рыбаки, которые видели, "
           "как они уходили, первыми это заметили."},
    {"el", "Οι φώκιες επέστρεψαν στον κόλπο αυτή την άνοιξη για πρώτη φορά μετά από μια δεκαετία."},
    {"ja", "今年の春、アザラシが十年ぶりに湾に戻ってきました。最初に気づいたのは漁師たちでした。"},
    {"zh", "今年春天，海豹十年来第一次回到了海湾，最先注意到的是那些曾经看着它们离开的渔民。"},
    {"ko", "올봄 바다표범들이 10년 만에 처음으로 만으로 돌아왔고, 어부들이 가장 먼저 알아차렸다."},
    {"ar", "عادت الفقمات إلى الخليج هذا الربيع لأول مرة منذ عقد من الزمن، وكان الصيادون أول من لاحظ ذلك."},
};

static void test_lang_detect(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof TEXTS / sizeof TEXTS[0]; i++) {
        const char *got = pith_lang_detect(TEXTS[i].text, strlen(TEXTS[i].text));
        if (!got || strcmp(got, TEXTS[i].want) != 0)
            fail_msg("%s text: detected %s", TEXTS[i].want, got ? got : "nothing");
    }
    assert_null(pith_lang_detect("Hi there", 8)); /* too short to tell */
    assert_null(pith_lang_detect("12345 67890 !!!", 15));
}

/* A language the text is likely in is taken in its script without the
 * models, checked by letters against its close languages; one that has no
 * model in the text's script is not. */
static void test_lang_detect_likely(void **state)
{
    (void)state;
    static const char en[] = "The council met on Tuesday evening to discuss the future of the "
                             "old railway bridge over the river.";
    /* a Latin language with a model is taken as said, even against the models */
    assert_string_equal(pith_lang_detect_likely(en, strlen(en), "de"), "de");
    assert_string_equal(pith_lang_detect_likely(en, strlen(en), NULL), "en");
    /* Russian has no model in Latin script: the models decide */
    assert_string_equal(pith_lang_detect_likely(en, strlen(en), "ru"), "en");
    /* Slovak said of text with Czech letters is Czech, as from the models */
    static const char cs[] = "Řeka teče pod mostem, který stojí ve městě už více než sto let, "
                             "a obyvatelé ho mají rádi.";
    assert_string_equal(pith_lang_detect_likely(cs, strlen(cs), "sk"), "cs");
    /* too short to tell, whatever is likely */
    assert_null(pith_lang_detect_likely("Hi there", 8, "en"));
}

/* libexttextcat's own answer, which pith_lang_nearest_model gives from
 * one table of the script's models: every model read by fp_Read, each
 * compared by fp_Compare, the first of the nearest. */
static const char *nearest_by_libexttextcat(const char *text, size_t n, pith_script script)
{
    void *unknown = fp_Init(NULL);
    assert_non_null(unknown);
    fp_SetProperty(unknown, TCPROP_UTF8AWARE, TC_TRUE);
    fp_SetProperty(unknown, TCPROP_MINIMUM_DOCUMENT_SIZE, 25);
    const char *best = NULL;
    if (fp_Create(unknown, text, (uint4)n, 400)) {
        sint4 best_score = INT_MAX;
        for (size_t i = 0; i < PITH_N_LANG_MODELS; i++) {
            if (PITH_LANG_MODELS[i].script != script)
                continue;
            char path[512];
            snprintf(path, sizeof path, "%s/%s", PITH_TEXTCAT_DIR, PITH_LANG_MODELS[i].file);
            void *model = fp_Init(PITH_LANG_MODELS[i].tag);
            fp_SetProperty(model, TCPROP_UTF8AWARE, TC_TRUE);
            if (fp_Read(model, path, 400)) {
                sint4 score = fp_Compare(model, unknown, INT_MAX);
                if (score < best_score) {
                    best_score = score;
                    best = PITH_LANG_MODELS[i].tag;
                }
            }
            fp_Done(model);
        }
    }
    fp_Done(unknown);
    return best;
}

/* The nearest model is libexttextcat's, for the texts above, their parts
 * (short texts tie more often) and text of one script compared with the
 * models of another. */
static void test_nearest_model_as_libexttextcat(void **state)
{
    (void)state;
    static const pith_script SCRIPTS[] = {PITH_SCRIPT_LATIN, PITH_SCRIPT_CYRILLIC,
                                          PITH_SCRIPT_ARABIC, PITH_SCRIPT_DEVANAGARI};
    unsigned compared = 0;
    for (size_t i = 0; i < sizeof TEXTS / sizeof TEXTS[0]; i++) {
        const char *text = TEXTS[i].text;
        size_t len = strlen(text);
        for (size_t from = 0; from < len; from += 23)
            for (size_t s = 0; s < sizeof SCRIPTS / sizeof SCRIPTS[0]; s++) {
                const char *want = nearest_by_libexttextcat(text + from, len - from, SCRIPTS[s]);
                const char *got = pith_lang_nearest_model(text + from, len - from, SCRIPTS[s]);
                if (want != got && (!want || !got || strcmp(want, got) != 0))
                    fail_msg("%s text from byte %zu, script %d: %s, libexttextcat %s",
                             TEXTS[i].want, from, (int)SCRIPTS[s], got ? got : "none",
                             want ? want : "none");
                compared += want != NULL;
            }
    }
    assert_true(compared > 100);
}

static void *detect_all(void *arg)
{
    int *failures = arg;
    for (int round = 0; round < 20; round++)
        for (size_t i = 0; i < sizeof TEXTS / sizeof TEXTS[0]; i++) {
            const char *got = pith_lang_detect(TEXTS[i].text, strlen(TEXTS[i].text));
            if (!got || strcmp(got, TEXTS[i].want) != 0)
                (*failures)++;
        }
    return NULL;
}

static void test_lang_detect_threads(void **state)
{
    (void)state;
    pthread_t threads[4];
    int failures[4] = {0};
    for (int t = 0; t < 4; t++)
        assert_int_equal(pthread_create(&threads[t], NULL, detect_all, &failures[t]), 0);
    for (int t = 0; t < 4; t++) {
        pthread_join(threads[t], NULL);
        assert_int_equal(failures[t], 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lang_tags),
        cmocka_unit_test(test_lang_detect),
        cmocka_unit_test(test_lang_detect_likely),
        cmocka_unit_test(test_nearest_model_as_libexttextcat),
        cmocka_unit_test(test_lang_detect_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
