/*
 * charset_labels.c — data: the charset labels pages and servers use, mapped
 * to the encodings iconv implements.
 *
 * Taken from the WHATWG Encoding Standard's label table: several legacy
 * names are deliberately mapped to the superset browsers really use
 * (iso-8859-1 and us-ascii are windows-1252, gb2312 and gbk are gb18030,
 * shift_jis is windows-31j/CP932, euc-kr is windows-949).  Every name that
 * uchardet can answer is here too (IBM852, MAC-CYRILLIC, VISCII...), or a
 * detected page would fall back to windows-1252.
 */
#include <stddef.h>

#include "charset_labels.h"

const pith_charset_label pith_charset_labels[] = {
    /* UTF-8 */
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
    {"x-unicode20utf8", "UTF-8"}, {"unicode11utf8", "UTF-8"}, {"unicode20utf8", "UTF-8"},
    /* Western European: the web's latin1 is windows-1252 */
    {"windows-1252", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"}, {"x-cp1252", "WINDOWS-1252"},
    {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"iso88591", "WINDOWS-1252"},
    {"iso_8859-1", "WINDOWS-1252"}, {"iso_8859-1:1987", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"}, {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"},
    {"ansi_x3.4-1968", "WINDOWS-1252"}, {"cp819", "WINDOWS-1252"}, {"ibm819", "WINDOWS-1252"},
    {"csisolatin1", "WINDOWS-1252"}, {"iso-ir-100", "WINDOWS-1252"},
    /* Central European */
    {"windows-1250", "WINDOWS-1250"}, {"cp1250", "WINDOWS-1250"}, {"x-cp1250", "WINDOWS-1250"},
    {"iso-8859-2", "ISO-8859-2"}, {"iso8859-2", "ISO-8859-2"}, {"latin2", "ISO-8859-2"},
    {"l2", "ISO-8859-2"}, {"iso_8859-2", "ISO-8859-2"}, {"ibm852", "IBM852"}, {"cp852", "IBM852"},
    {"mac-centraleurope", "MAC-CENTRALEUROPE"}, {"x-mac-ce", "MAC-CENTRALEUROPE"},
    /* Cyrillic */
    {"windows-1251", "WINDOWS-1251"}, {"cp1251", "WINDOWS-1251"}, {"x-cp1251", "WINDOWS-1251"},
    {"koi8-r", "KOI8-R"}, {"koi8", "KOI8-R"}, {"koi", "KOI8-R"}, {"cskoi8r", "KOI8-R"},
    {"koi8-u", "KOI8-U"}, {"koi8-ru", "KOI8-U"}, {"iso-8859-5", "ISO-8859-5"},
    {"iso8859-5", "ISO-8859-5"}, {"cyrillic", "ISO-8859-5"}, {"ibm866", "IBM866"},
    {"cp866", "IBM866"}, {"866", "IBM866"}, {"x-mac-cyrillic", "MAC-CYRILLIC"},
    {"mac-cyrillic", "MAC-CYRILLIC"}, {"ibm855", "IBM855"}, {"cp855", "IBM855"},
    /* Greek, Turkish, Baltic, Hebrew, Arabic, Vietnamese */
    {"windows-1253", "WINDOWS-1253"}, {"cp1253", "WINDOWS-1253"}, {"iso-8859-7", "ISO-8859-7"},
    {"greek", "ISO-8859-7"}, {"windows-1254", "WINDOWS-1254"}, {"cp1254", "WINDOWS-1254"},
    {"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"}, {"windows-1257", "WINDOWS-1257"},
    {"cp1257", "WINDOWS-1257"}, {"iso-8859-13", "ISO-8859-13"}, {"iso-8859-4", "ISO-8859-4"},
    {"windows-1255", "WINDOWS-1255"}, {"cp1255", "WINDOWS-1255"}, {"iso-8859-8", "ISO-8859-8"},
    {"iso-8859-8-i", "ISO-8859-8"}, {"hebrew", "ISO-8859-8"}, {"windows-1256", "WINDOWS-1256"},
    {"cp1256", "WINDOWS-1256"}, {"iso-8859-6", "ISO-8859-6"}, {"arabic", "ISO-8859-6"},
    {"windows-1258", "WINDOWS-1258"}, {"cp1258", "WINDOWS-1258"}, {"viscii", "VISCII"},
    {"iso-8859-3", "ISO-8859-3"}, {"iso-8859-10", "ISO-8859-10"}, {"iso-8859-14", "ISO-8859-14"},
    {"iso-8859-15", "ISO-8859-15"}, {"latin9", "ISO-8859-15"}, {"iso8859-15", "ISO-8859-15"},
    {"iso-8859-16", "ISO-8859-16"}, {"macintosh", "MACINTOSH"}, {"mac", "MACINTOSH"},
    {"x-mac-roman", "MACINTOSH"},
    /* Thai */
    {"windows-874", "CP874"}, {"tis-620", "CP874"}, {"iso-8859-11", "CP874"}, {"dos-874", "CP874"},
    /* Chinese */
    {"gb18030", "GB18030"}, {"gbk", "GB18030"}, {"gb2312", "GB18030"}, {"x-gbk", "GB18030"},
    {"cp936", "GB18030"}, {"chinese", "GB18030"}, {"csgb2312", "GB18030"}, {"euc-cn", "GB18030"},
    {"gb_2312-80", "GB18030"}, {"iso-ir-58", "GB18030"},
    {"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"}, {"cn-big5", "BIG5-HKSCS"},
    {"x-x-big5", "BIG5-HKSCS"}, {"csbig5", "BIG5-HKSCS"}, {"cp950", "BIG5-HKSCS"},
    {"euc-tw", "EUC-TW"}, {"iso-2022-cn", "ISO-2022-CN"},
    /* Japanese */
    {"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"}, {"x-sjis", "CP932"},
    {"ms_kanji", "CP932"}, {"windows-31j", "CP932"}, {"cp932", "CP932"}, {"csshiftjis", "CP932"},
    {"ms932", "CP932"}, {"euc-jp", "EUC-JP"}, {"x-euc-jp", "EUC-JP"}, {"cseucpkdfmtjapanese", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"}, {"csiso2022jp", "ISO-2022-JP"},
    /* Korean */
    {"euc-kr", "CP949"}, {"cp949", "CP949"}, {"windows-949", "CP949"}, {"ks_c_5601-1987", "CP949"},
    {"ksc5601", "CP949"}, {"korean", "CP949"}, {"csksc56011987", "CP949"},
    {"iso-2022-kr", "ISO-2022-KR"},
    /* UTF-16 (only honoured with a BOM or from the transport) */
    {"utf-16le", "UTF-16LE"}, {"utf-16", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
    {NULL, NULL},
};
