/*
 * lang_table.c — the languages pith can detect, as data: the n-gram
 * models compared per script (files of libexttextcat-data), and the
 * scripts that name their language alone.
 */
#include "lang.h"

const pith_lang_model PITH_LANG_MODELS[] = {
    /* Latin script */
    {"en.lm", "en", PITH_SCRIPT_LATIN}, {"de.lm", "de", PITH_SCRIPT_LATIN},
    {"fr.lm", "fr", PITH_SCRIPT_LATIN}, {"es.lm", "es", PITH_SCRIPT_LATIN},
    {"it.lm", "it", PITH_SCRIPT_LATIN}, {"pt.lm", "pt", PITH_SCRIPT_LATIN},
    {"nl.lm", "nl", PITH_SCRIPT_LATIN}, {"sv.lm", "sv", PITH_SCRIPT_LATIN},
    {"da.lm", "da", PITH_SCRIPT_LATIN}, {"nb.lm", "nb", PITH_SCRIPT_LATIN},
    {"fi.lm", "fi", PITH_SCRIPT_LATIN}, {"pl.lm", "pl", PITH_SCRIPT_LATIN},
    {"cs.lm", "cs", PITH_SCRIPT_LATIN}, {"sk.lm", "sk", PITH_SCRIPT_LATIN},
    {"sl.lm", "sl", PITH_SCRIPT_LATIN}, {"hr.lm", "hr", PITH_SCRIPT_LATIN},
    {"hu.lm", "hu", PITH_SCRIPT_LATIN}, {"ro.lm", "ro", PITH_SCRIPT_LATIN},
    {"tr.lm", "tr", PITH_SCRIPT_LATIN}, {"id.lm", "id", PITH_SCRIPT_LATIN},
    {"ca.lm", "ca", PITH_SCRIPT_LATIN}, {"et.lm", "et", PITH_SCRIPT_LATIN},
    {"lv.lm", "lv", PITH_SCRIPT_LATIN}, {"lt.lm", "lt", PITH_SCRIPT_LATIN},
    {"sq.lm", "sq", PITH_SCRIPT_LATIN}, {"eu.lm", "eu", PITH_SCRIPT_LATIN},
    {"gl.lm", "gl", PITH_SCRIPT_LATIN}, {"is.lm", "is", PITH_SCRIPT_LATIN},
    {"ga.lm", "ga", PITH_SCRIPT_LATIN}, {"cy.lm", "cy", PITH_SCRIPT_LATIN},
    {"af.lm", "af", PITH_SCRIPT_LATIN}, {"sw.lm", "sw", PITH_SCRIPT_LATIN},
    {"tl.lm", "tl", PITH_SCRIPT_LATIN}, {"vi.lm", "vi", PITH_SCRIPT_LATIN},
    {"az.lm", "az", PITH_SCRIPT_LATIN}, {"eo.lm", "eo", PITH_SCRIPT_LATIN},
    {"la.lm", "la", PITH_SCRIPT_LATIN}, {"mt.lm", "mt", PITH_SCRIPT_LATIN},
    /* Cyrillic */
    {"ru.lm", "ru", PITH_SCRIPT_CYRILLIC}, {"uk.lm", "uk", PITH_SCRIPT_CYRILLIC},
    {"bg.lm", "bg", PITH_SCRIPT_CYRILLIC}, {"sr-Cyrl.lm", "sr", PITH_SCRIPT_CYRILLIC},
    {"mk.lm", "mk", PITH_SCRIPT_CYRILLIC}, {"be.lm", "be", PITH_SCRIPT_CYRILLIC},
    {"kk.lm", "kk", PITH_SCRIPT_CYRILLIC}, {"mn.lm", "mn", PITH_SCRIPT_CYRILLIC},
    /* Arabic */
    {"ar.lm", "ar", PITH_SCRIPT_ARABIC}, {"fa.lm", "fa", PITH_SCRIPT_ARABIC},
    {"ur.lm", "ur", PITH_SCRIPT_ARABIC},
    /* Devanagari */
    {"hi.lm", "hi", PITH_SCRIPT_DEVANAGARI}, {"mr.lm", "mr", PITH_SCRIPT_DEVANAGARI},
    {"ne.lm", "ne", PITH_SCRIPT_DEVANAGARI},
};

const size_t PITH_N_LANG_MODELS = sizeof PITH_LANG_MODELS / sizeof PITH_LANG_MODELS[0];

const pith_script_lang PITH_SCRIPT_LANGS[] = {
    {0x0370, 0x03FF, "el"}, {0x1F00, 0x1FFF, "el"},   /* Greek */
    {0x0590, 0x05FF, "he"},                           /* Hebrew */
    {0x0530, 0x058F, "hy"},                           /* Armenian */
    {0x10A0, 0x10FF, "ka"},                           /* Georgian */
    {0x0980, 0x09FF, "bn"},                           /* Bengali */
    {0x0A00, 0x0A7F, "pa"},                           /* Gurmukhi */
    {0x0A80, 0x0AFF, "gu"},                           /* Gujarati */
    {0x0B80, 0x0BFF, "ta"},                           /* Tamil */
    {0x0C00, 0x0C7F, "te"},                           /* Telugu */
    {0x0C80, 0x0CFF, "kn"},                           /* Kannada */
    {0x0D00, 0x0D7F, "ml"},                           /* Malayalam */
    {0x0D80, 0x0DFF, "si"},                           /* Sinhala */
    {0x0E00, 0x0E7F, "th"},                           /* Thai */
    {0x0E80, 0x0EFF, "lo"},                           /* Lao */
    {0x1000, 0x109F, "my"},                           /* Myanmar */
    {0x1780, 0x17FF, "km"},                           /* Khmer */
    {0x1200, 0x137F, "am"},                           /* Ethiopic */
    {0x3040, 0x30FF, "ja"},                           /* kana */
    {0xAC00, 0xD7AF, "ko"}, {0x1100, 0x11FF, "ko"},   /* Hangul */
    {0x4E00, 0x9FFF, "zh"}, {0x3400, 0x4DBF, "zh"},   /* Han (after kana) */
};

const size_t PITH_N_SCRIPT_LANGS = sizeof PITH_SCRIPT_LANGS / sizeof PITH_SCRIPT_LANGS[0];

const pith_lang_letters PITH_LANG_LETTERS[] = {
    /* Croatian writes ć and đ, Slovenian neither */
    {"sl", "hr", {0x0107, 0x0111, 0x0106, 0x0110, 0}, {0}},
    /* Czech ř ě ů; Slovak ľ ĺ ŕ ô ä */
    {"sk", "cs", {0x0159, 0x011B, 0x016F, 0x0158, 0x011A, 0},
     {0x013E, 0x013A, 0x0155, 0x00F4, 0x013D, 0x00D4, 0}},
    {"cs", "sk", {0x013E, 0x013A, 0x0155, 0x00F4, 0x00E4, 0x013D, 0x0139, 0x00D4, 0x00C4, 0},
     {0x0159, 0x011B, 0x016F, 0x0158, 0x011A, 0}},
    /* Azerbaijani ə; Turkish has none */
    {"tr", "az", {0x0259, 0x018F, 0}, {0}},
    /* Ukrainian і ї є ґ, Belarusian і ў; Russian ы э ё ъ */
    {"ru", "uk", {0x0457, 0x0454, 0x0491, 0x0407, 0x0404, 0}, {0x044B, 0x044D, 0}},
    {"ru", "be", {0x045E, 0x040E, 0}, {0}},
    {"uk", "ru", {0x044B, 0x044D, 0x0451, 0x042B, 0x042D, 0}, {0x0457, 0x0454, 0x0491, 0}},
    /* Macedonian ѓ ќ ѕ; Serbian ђ ћ; Bulgarian none of them */
    {"bg", "mk", {0x0453, 0x045C, 0x0455, 0}, {0x0452, 0x045B, 0}},
    {"bg", "sr", {0x0452, 0x045B, 0x0402, 0x040B, 0}, {0}},
};

const size_t PITH_N_LANG_LETTERS = sizeof PITH_LANG_LETTERS / sizeof PITH_LANG_LETTERS[0];
