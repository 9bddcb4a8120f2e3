/*
 * date_words.c — month names in the languages of the web, as data.
 *
 * Each entry is a lower-case word and the month it names.  Full names,
 * genitive forms (the form used in dates in Slavic, Baltic, Greek and
 * Finnish: "27 listopada", "27 ноября", "27 Νοεμβρίου", "27. marraskuuta")
 * and the usual abbreviations (written with or without a final dot: the dot
 * is read as a separator).  Where two languages use one word for different
 * months (Croatian "listopada" is October, Polish "listopada" November) the
 * more common reading is kept.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "rules/rules_data.h"

typedef struct month_word {
    const char *word;
    int month;
} month_word;

static const month_word MONTHS[] = {
    /* English */
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5},
    {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    /* German */
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"feber", 2}, {"märz", 3},
    {"maerz", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10},
    {"dezember", 12}, {"jän", 1}, {"mär", 3}, {"mrz", 3}, {"okt", 10}, {"dez", 12},
    /* French */
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4},
    {"juin", 6}, {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9},
    {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"decembre", 12},
    {"janv", 1}, {"févr", 2}, {"fév", 2}, {"fevr", 2}, {"avr", 4}, {"juil", 7},
    {"déc", 12},
    /* Spanish */
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5},
    {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9},
    {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    /* Italian */
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    {"gen", 1}, {"mag", 5}, {"giu", 6}, {"lug", 7}, {"set", 9}, {"ott", 10},
    /* Portuguese */
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"maio", 5},
    {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11},
    {"dezembro", 12}, {"fev", 2}, {"out", 10},
    /* Dutch */
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    {"mrt", 3},
    /* Swedish, Danish, Norwegian */
    {"maj", 5}, {"augusti", 8}, {"marts", 3}, {"desember", 12},
    /* Finnish (nominative and the partitive used in dates) */
    {"tammikuu", 1}, {"helmikuu", 2}, {"maaliskuu", 3}, {"huhtikuu", 4},
    {"toukokuu", 5}, {"kesäkuu", 6}, {"heinäkuu", 7}, {"elokuu", 8},
    {"syyskuu", 9}, {"lokakuu", 10}, {"marraskuu", 11}, {"joulukuu", 12},
    {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4},
    {"toukokuuta", 5}, {"kesäkuuta", 6}, {"heinäkuuta", 7}, {"elokuuta", 8},
    {"syyskuuta", 9}, {"lokakuuta", 10}, {"marraskuuta", 11}, {"joulukuuta", 12},
    /* Polish (genitive, nominative, abbreviations) */
    {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5},
    {"czerwca", 6}, {"lipca", 7}, {"sierpnia", 8}, {"września", 9},
    {"października", 10}, {"listopada", 11}, {"grudnia", 12},
    {"styczeń", 1}, {"luty", 2}, {"marzec", 3}, {"kwiecień", 4}, {"czerwiec", 6},
    {"lipiec", 7}, {"sierpień", 8}, {"wrzesień", 9}, {"październik", 10},
    {"listopad", 11}, {"grudzień", 12},
    {"sty", 1}, {"lut", 2}, {"kwi", 4}, {"cze", 6}, {"lip", 7}, {"sie", 8},
    {"wrz", 9}, {"paź", 10}, {"lis", 11}, {"gru", 12},
    /* Czech */
    {"ledna", 1}, {"února", 2}, {"března", 3}, {"dubna", 4}, {"května", 5},
    {"června", 6}, {"července", 7}, {"srpna", 8}, {"září", 9}, {"října", 10},
    {"listopadu", 11}, {"prosince", 12},
    {"leden", 1}, {"únor", 2}, {"březen", 3}, {"duben", 4}, {"květen", 5},
    {"červen", 6}, {"červenec", 7}, {"srpen", 8}, {"říjen", 10}, {"prosinec", 12},
    /* Slovak */
    {"januára", 1}, {"februára", 2}, {"apríla", 4}, {"mája", 5}, {"júna", 6},
    {"júla", 7}, {"augusta", 8}, {"septembra", 9}, {"októbra", 10},
    {"novembra", 11}, {"decembra", 12},
    /* Hungarian */
    {"január", 1}, {"február", 2}, {"március", 3}, {"április", 4}, {"május", 5},
    {"június", 6}, {"július", 7}, {"augusztus", 8}, {"szeptember", 9},
    {"október", 10},
    /* Romanian */
    {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6},
    {"iulie", 7}, {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11},
    {"decembrie", 12},
    /* Croatian, Serbian, Bosnian, Slovenian (Latin script) */
    {"siječnja", 1}, {"veljače", 2}, {"ožujka", 3}, {"travnja", 4}, {"svibnja", 5},
    {"lipnja", 6}, {"srpnja", 7}, {"kolovoza", 8}, {"rujna", 9}, {"studenoga", 11},
    {"studenog", 11}, {"prosinca", 12},
    {"mart", 3}, {"jun", 6}, {"jul", 7}, {"avgust", 8}, {"septembar", 9},
    {"oktobar", 10}, {"novembar", 11}, {"decembar", 12}, {"marec", 3},
    {"junij", 6}, {"julij", 7},
    /* Russian */
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5},
    {"июня", 6}, {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10},
    {"ноября", 11}, {"декабря", 12},
    {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5},
    {"июнь", 6}, {"июль", 7}, {"август", 8}, {"сентябрь", 9}, {"октябрь", 10},
    {"ноябрь", 11}, {"декабрь", 12},
    {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4}, {"июн", 6}, {"июл", 7},
    {"авг", 8}, {"сен", 9}, {"сент", 9}, {"окт", 10}, {"ноя", 11}, {"дек", 12},
    /* Ukrainian */
    {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5},
    {"червня", 6}, {"липня", 7}, {"серпня", 8}, {"вересня", 9}, {"жовтня", 10},
    {"листопада", 11}, {"грудня", 12},
    {"січень", 1}, {"лютий", 2}, {"березень", 3}, {"квітень", 4}, {"травень", 5},
    {"червень", 6}, {"липень", 7}, {"серпень", 8}, {"вересень", 9}, {"жовтень", 10},
    {"листопад", 11}, {"грудень", 12},
    /* Bulgarian */
    {"януари", 1}, {"февруари", 2}, {"април", 4}, {"юни", 6}, {"юли", 7},
    {"септември", 9}, {"октомври", 10}, {"ноември", 11}, {"декември", 12},
    /* Greek (genitive and nominative) */
    {"ιανουαρίου", 1}, {"φεβρουαρίου", 2}, {"μαρτίου", 3}, {"απριλίου", 4},
    {"μαΐου", 5}, {"μαίου", 5}, {"ιουνίου", 6}, {"ιουλίου", 7}, {"αυγούστου", 8},
    {"σεπτεμβρίου", 9}, {"οκτωβρίου", 10}, {"νοεμβρίου", 11}, {"δεκεμβρίου", 12},
    {"ιανουάριος", 1}, {"φεβρουάριος", 2}, {"μάρτιος", 3}, {"απρίλιος", 4},
    {"μάιος", 5}, {"ιούνιος", 6}, {"ιούλιος", 7}, {"αύγουστος", 8},
    {"σεπτέμβριος", 9}, {"οκτώβριος", 10}, {"νοέμβριος", 11}, {"δεκέμβριος", 12},
    /* Turkish */
    {"ocak", 1}, {"şubat", 2}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6},
    {"temmuz", 7}, {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11},
    {"aralık", 12},
    /* Indonesian, Malay */
    {"maret", 3}, {"agustus", 8}, {"mac", 3}, {"julai", 7}, {"ogos", 8},
    {"disember", 12}, {"okt", 10}, {"des", 12}, {"agu", 8}, {"pebruari", 2},
    {"nopember", 11}, {"nop", 11}, {"peb", 2},
    /* Catalan */
    {"gener", 1}, {"febrer", 2}, {"març", 3}, {"maig", 5}, {"juny", 6},
    {"juliol", 7}, {"agost", 8}, {"setembre", 9}, {"desembre", 12},
    /* Lithuanian (genitive), Latvian, Estonian */
    {"sausio", 1}, {"vasario", 2}, {"kovo", 3}, {"balandžio", 4}, {"gegužės", 5},
    {"birželio", 6}, {"liepos", 7}, {"rugpjūčio", 8}, {"rugsėjo", 9}, {"spalio", 10},
    {"lapkričio", 11}, {"gruodžio", 12},
    {"janvāris", 1}, {"februāris", 2}, {"aprīlis", 4}, {"maijs", 5}, {"jūnijs", 6},
    {"jūlijs", 7}, {"augusts", 8}, {"septembris", 9}, {"oktobris", 10},
    {"novembris", 11}, {"decembris", 12},
    {"jaanuar", 1}, {"veebruar", 2}, {"märts", 3}, {"aprill", 4}, {"juuni", 6},
    {"juuli", 7}, {"oktoober", 10}, {"detsember", 12},
    /* Arabic (Egyptian and Gulf usage) and Hebrew (bare and with "in") */
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4},
    {"مايو", 5}, {"يونيو", 6}, {"يوليو", 7}, {"أغسطس", 8}, {"اغسطس", 8},
    {"سبتمبر", 9}, {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
    {"ינואר", 1}, {"פברואר", 2}, {"מרץ", 3}, {"אפריל", 4}, {"מאי", 5},
    {"יוני", 6}, {"יולי", 7}, {"אוגוסט", 8}, {"ספטמבר", 9}, {"אוקטובר", 10},
    {"نونبر", 11}, {"دجنبر", 12}, {"شتنبر", 9}, {"غشت", 8}, {"يونيه", 6},
    {"يوليه", 7}, {"ماي", 5}, /* Maghreb */
    /* Persian and Urdu (the Gregorian months) */
    {"ژانویه", 1}, {"فوریه", 2}, {"آوریل", 4}, {"ژوئن", 6}, {"ژوئیه", 7},
    {"اوت", 8}, {"سپتامبر", 9}, {"اکتبر", 10}, {"نوامبر", 11}, {"دسامبر", 12},
    {"جنوری", 1}, {"فروری", 2}, {"مارچ", 3}, {"اپریل", 4}, {"مئی", 5}, {"جون", 6},
    {"جولائی", 7}, {"اگست", 8}, {"ستمبر", 9}, {"اکتوبر", 10}, {"نومبر", 11},
    {"دسمبر", 12},
    {"נובמבר", 11}, {"דצמבר", 12},
    {"בינואר", 1}, {"בפברואר", 2}, {"במרץ", 3}, {"באפריל", 4}, {"במאי", 5},
    {"ביוני", 6}, {"ביולי", 7}, {"באוגוסט", 8}, {"בספטמבר", 9}, {"באוקטובר", 10},
    {"בנובמבר", 11}, {"בדצמבר", 12},
    /* Hindi (both spellings of the nasal) */
    {"जनवरी", 1}, {"फ़रवरी", 2}, {"फरवरी", 2}, {"मार्च", 3}, {"अप्रैल", 4}, {"मई", 5},
    {"जून", 6}, {"जुलाई", 7}, {"अगस्त", 8}, {"सितंबर", 9}, {"सितम्बर", 9},
    {"अक्टूबर", 10}, {"अक्तूबर", 10}, {"नवंबर", 11}, {"नवम्बर", 11}, {"दिसंबर", 12},
    {"दिसम्बर", 12},
    /* Albanian, Icelandic, Swahili, Tagalog, Azerbaijani */
    {"janar", 1}, {"shkurt", 2}, {"prill", 4}, {"qershor", 6}, {"korrik", 7},
    {"gusht", 8}, {"shtator", 9}, {"tetor", 10}, {"nëntor", 11}, {"dhjetor", 12},
    {"janúar", 1}, {"febrúar", 2}, {"apríl", 4}, {"maí", 5}, {"júní", 6}, {"júlí", 7},
    {"ágúst", 8}, {"október", 10}, {"nóvember", 11}, {"desember", 12},
    {"machi", 3}, {"aprili", 4}, {"agosti", 8}, {"septemba", 9}, {"oktoba", 10},
    {"novemba", 11}, {"desemba", 12},
    {"enero", 1}, {"pebrero", 2}, {"marso", 3}, {"hunyo", 6}, {"hulyo", 7},
    {"setyembre", 9}, {"oktubre", 10}, {"nobyembre", 11}, {"disyembre", 12},
    {"yanvar", 1}, {"fevral", 2}, {"iyun", 6}, {"iyul", 7}, {"avqust", 8},
    {"sentyabr", 9}, {"oktyabr", 10}, {"noyabr", 11}, {"dekabr", 12},
    /* Serbian (Latin and Cyrillic, nominative and genitive), Macedonian,
     * Belarusian */
    {"januar", 1}, {"februar", 2}, {"mart", 3}, {"avgust", 8}, {"septembar", 9},
    {"oktobar", 10}, {"novembar", 11}, {"decembar", 12}, {"januara", 1}, {"februara", 2},
    {"marta", 3}, {"aprila", 4}, {"maja", 5}, {"juna", 6}, {"jula", 7}, {"avgusta", 8},
    {"septembra", 9}, {"oktobra", 10}, {"novembra", 11}, {"decembra", 12},
    {"јануар", 1}, {"фебруар", 2}, {"мај", 5}, {"јун", 6}, {"јул", 7}, {"септембар", 9},
    {"октобар", 10}, {"новембар", 11}, {"децембар", 12}, {"јануара", 1}, {"фебруара", 2},
    {"марта", 3}, {"априла", 4}, {"маја", 5}, {"јуна", 6}, {"јула", 7}, {"августа", 8},
    {"септембра", 9}, {"октобра", 10}, {"новембра", 11}, {"децембра", 12},
    {"јануари", 1}, {"јуни", 6}, {"јули", 7},
    {"студзеня", 1}, {"лютага", 2}, {"сакавіка", 3}, {"красавіка", 4}, {"чэрвеня", 6},
    {"ліпеня", 7}, {"жніўня", 8}, {"верасня", 9}, {"кастрычніка", 10}, {"лістапада", 11},
    {"снежня", 12},
    /* Bengali */
    {"জানুয়ারি", 1}, {"ফেব্রুয়ারি", 2}, {"মার্চ", 3}, {"এপ্রিল", 4}, {"মে", 5}, {"জুন", 6},
    {"জুলাই", 7}, {"আগস্ট", 8}, {"সেপ্টেম্বর", 9}, {"অক্টোবর", 10}, {"নভেম্বর", 11},
    {"ডিসেম্বর", 12},
    /* Thai (years are often of the Buddhist era: see date.c) */
    {"มกราคม", 1}, {"กุมภาพันธ์", 2}, {"มีนาคม", 3}, {"เมษายน", 4}, {"พฤษภาคม", 5},
    {"มิถุนายน", 6}, {"กรกฎาคม", 7}, {"สิงหาคม", 8}, {"กันยายน", 9}, {"ตุลาคม", 10},
    {"พฤศจิกายน", 11}, {"ธันวาคม", 12},
};

/* Week days in English, whole and cut short. */
static const char *const WEEKDAYS[] = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

static const char *const CONNECTORS[] = {
    "de", "del", "of", "the", "di", "du", "da", "do", "w", "à", "a", "am", "le",
    /* (and a week day between the parts: "Dec 21 Sat 2013", "21 Dec,
     * Saturday, 2013", see WEEKDAYS) */
    /* the letters of the Thai era marks "พ.ศ." (Buddhist) and "ค.ศ." (common) */
    "พ", "ค", "ศ",
};

#define N_MONTH_ENTRIES (sizeof MONTHS / sizeof MONTHS[0])

const char *pith_date_month_entry(size_t i, int *month)
{
    if (i >= N_MONTH_ENTRIES)
        return NULL;
    *month = MONTHS[i].month;
    return MONTHS[i].word;
}

/* Table entry e against word w (n bytes) in byte order (strcmp's): a byte
 * at a time, as most entries differ from the word in their first byte (a
 * binary search runs on every word of every date-like text). */
static int compare_word(const char *e, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char a = (unsigned char)e[k], b = (unsigned char)w[k];
        if (a == '\0')
            return -1; /* e is a prefix of w */
        if (a != b)
            return a < b ? -1 : 1;
    }
    return e[n] != '\0';
}

/* Two entry numbers by their words, then by number. */
static int compare_entries(const void *a, const void *b)
{
    uint16_t i = *(const uint16_t *)a, j = *(const uint16_t *)b;
    int c = strcmp(MONTHS[i].word, MONTHS[j].word);
    return c ? c : (i > j) - (i < j);
}

size_t pith_date_month_order(uint16_t *out, size_t cap)
{
    if (cap < N_MONTH_ENTRIES)
        return 0;
    for (size_t i = 0; i < N_MONTH_ENTRIES; i++)
        out[i] = (uint16_t)i;
    qsort(out, N_MONTH_ENTRIES, sizeof *out, compare_entries);
    size_t k = 0;
    for (size_t i = 0; i < N_MONTH_ENTRIES; i++)
        if (k == 0 || strcmp(MONTHS[out[k - 1]].word, MONTHS[out[i]].word) != 0)
            out[k++] = out[i];
    return k;
}

/* Where the words of each first byte start in the build's order: the
 * words that open with byte c are its entries from by_first[c] up to
 * by_first[c + 1] (the order is strcmp's, so they are together).  Made
 * once, from the order. */
static uint16_t by_first[257];
static pthread_once_t by_first_once = PTHREAD_ONCE_INIT;

static void index_first_bytes(void)
{
    const pith_rules_data *built = pith_rules_precompiled;
    size_t j = 0;
    for (unsigned c = 0; c < 256; c++) {
        while (j < built->n_months &&
               (unsigned char)MONTHS[built->month_order[j]].word[0] < c)
            j++;
        by_first[c] = (uint16_t)j;
    }
    by_first[256] = (uint16_t)built->n_months;
}

int pith_date_month_word(const char *word, size_t n)
{
    /* Called on every word of every date-like text: a binary search over
     * the order the build made (a scan of the whole table was a fifteenth
     * of a small page's instructions); the scan without it.  No month is
     * the empty word (which may come as a null pointer, not for memcmp). */
    if (n == 0)
        return 0;
    const pith_rules_data *built = pith_rules_precompiled;
    if (built && built->month_order && built->n_month_entries == N_MONTH_ENTRIES) {
        pthread_once(&by_first_once, index_first_bytes);
        unsigned char first = (unsigned char)word[0];
        size_t lo = by_first[first], hi = by_first[first + 1];
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            const month_word *e = &MONTHS[built->month_order[mid]];
            int c = compare_word(e->word, word, n);
            if (c == 0)
                return e->month;
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return 0;
    }
    char first = n ? word[0] : '\0';
    for (size_t i = 0; i < N_MONTH_ENTRIES; i++)
        if (MONTHS[i].word[0] == first && strlen(MONTHS[i].word) == n &&
            memcmp(MONTHS[i].word, word, n) == 0)
            return MONTHS[i].month;
    return 0;
}

/* Whether word (n bytes) is an entry of list: the first byte read first
 * (no entry is empty). */
static bool in_words(const char *const *list, size_t count, const char *word, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < count; i++)
        if (list[i][0] == word[0] && strlen(list[i]) == n && memcmp(list[i], word, n) == 0)
            return true;
    return false;
}

bool pith_date_weekday_word(const char *word, size_t n)
{
    return in_words(WEEKDAYS, sizeof WEEKDAYS / sizeof WEEKDAYS[0], word, n);
}

/* The bytes a connector or a week day opens with (bit c % 64 of word c /
 * 64): a word that opens with another is neither, without a look at the
 * lists (tokenize asks of every word of a date-like text).  Made once. */
static uint64_t connector_firsts[4];
static pthread_once_t connector_firsts_once = PTHREAD_ONCE_INIT;

static void mark_first_bytes(const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        unsigned char c = (unsigned char)list[i][0];
        connector_firsts[c / 64] |= (uint64_t)1 << (c % 64);
    }
}

static void index_connector_firsts(void)
{
    mark_first_bytes(CONNECTORS, sizeof CONNECTORS / sizeof CONNECTORS[0]);
    mark_first_bytes(WEEKDAYS, sizeof WEEKDAYS / sizeof WEEKDAYS[0]);
}

bool pith_date_connector_word(const char *word, size_t n)
{
    if (n == 0)
        return false; /* no connector is empty */
    pthread_once(&connector_firsts_once, index_connector_firsts);
    unsigned char first = (unsigned char)word[0];
    if (!(connector_firsts[first / 64] >> (first % 64) & 1))
        return false;
    return in_words(CONNECTORS, sizeof CONNECTORS / sizeof CONNECTORS[0], word, n) ||
           pith_date_weekday_word(word, n);
}
