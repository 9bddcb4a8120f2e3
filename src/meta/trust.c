/*
 * trust.c — the order of trust between the metadata sources, per field,
 * as data.  The merge (meta.c) takes a field's value from the first source
 * in its list that offers one the field's cleaner accepts.
 *
 * Structured data written for machines comes first (JSON-LD, then the
 * <meta> vocabularies, microdata), then what the document says of itself
 * (links, <title>, <html lang>), then what it shows readers (bylines,
 * <time>, dates in text), then the URL.
 */
#include "trust.h"

static const pith_msource TITLE[] = {
    PITH_MS_JSONLD, PITH_MS_DUBLINCORE, PITH_MS_OPENGRAPH, PITH_MS_NAMED, PITH_MS_TWITTER,
    PITH_MS_PARSELY, PITH_MS_MICRODATA, PITH_MS_DOCUMENT, PITH_MS_HEADLINE, PITH_MS_COUNT,
};
static const pith_msource AUTHOR[] = {
    PITH_MS_JSONLD, PITH_MS_DUBLINCORE, PITH_MS_NAMED, PITH_MS_ARTICLE, PITH_MS_PARSELY,
    PITH_MS_MICRODATA, PITH_MS_TWITTER, PITH_MS_BYLINE, PITH_MS_COUNT,
};
static const pith_msource DATE[] = {
    PITH_MS_JSONLD, PITH_MS_ARTICLE, PITH_MS_OPENGRAPH, PITH_MS_PARSELY, PITH_MS_DUBLINCORE,
    PITH_MS_NAMED, PITH_MS_MICRODATA, PITH_MS_TIME_MARKED, PITH_MS_URL_PATH, PITH_MS_TIME,
    PITH_MS_DATE_TEXT, PITH_MS_KEY_GUESS, PITH_MS_COUNT,
};
static const pith_msource DATE_MODIFIED[] = {
    PITH_MS_JSONLD, PITH_MS_ARTICLE, PITH_MS_OPENGRAPH, PITH_MS_DUBLINCORE, PITH_MS_NAMED,
    PITH_MS_MICRODATA, PITH_MS_TIME_MARKED, PITH_MS_DATE_TEXT, PITH_MS_COUNT,
};
static const pith_msource SITENAME[] = {
    PITH_MS_JSONLD, PITH_MS_OPENGRAPH, PITH_MS_DUBLINCORE, PITH_MS_MICRODATA, PITH_MS_NAMED,
    PITH_MS_COUNT, /* then what the page shows, see merge_shown_sitename */
};
static const pith_msource URL[] = {
    PITH_MS_LINK, PITH_MS_OPENGRAPH, PITH_MS_JSONLD, PITH_MS_TWITTER, PITH_MS_PARSELY,
    PITH_MS_DOCUMENT, PITH_MS_COUNT,
};
static const pith_msource DESCRIPTION[] = {
    PITH_MS_JSONLD, PITH_MS_DUBLINCORE, PITH_MS_OPENGRAPH, PITH_MS_NAMED, PITH_MS_TWITTER,
    PITH_MS_PARSELY, PITH_MS_MICRODATA, PITH_MS_COUNT,
};
static const pith_msource IMAGE[] = {
    PITH_MS_OPENGRAPH, PITH_MS_TWITTER, PITH_MS_JSONLD, PITH_MS_PARSELY, PITH_MS_MICRODATA,
    PITH_MS_LINK, PITH_MS_NAMED, PITH_MS_COUNT,
};
static const pith_msource LICENSE[] = {
    PITH_MS_LINK, PITH_MS_JSONLD, PITH_MS_DUBLINCORE, PITH_MS_MICRODATA, PITH_MS_NAMED,
    PITH_MS_COUNT,
};
static const pith_msource PAGETYPE[] = {
    PITH_MS_OPENGRAPH, PITH_MS_JSONLD, PITH_MS_PARSELY, PITH_MS_COUNT,
};
static const pith_msource CATEGORIES[] = {
    PITH_MS_JSONLD, PITH_MS_ARTICLE, PITH_MS_PARSELY, PITH_MS_MICRODATA, PITH_MS_NAMED,
    PITH_MS_LINK, PITH_MS_COUNT,
};
static const pith_msource TAGS[] = {
    PITH_MS_ARTICLE, PITH_MS_JSONLD, PITH_MS_PARSELY, PITH_MS_NAMED, PITH_MS_DUBLINCORE,
    PITH_MS_MICRODATA, PITH_MS_LINK, PITH_MS_COUNT,
};
static const pith_msource LANGUAGE[] = {
    PITH_MS_DOCUMENT, PITH_MS_NAMED, PITH_MS_JSONLD, PITH_MS_DUBLINCORE, PITH_MS_MICRODATA,
    PITH_MS_OPENGRAPH, PITH_MS_COUNT,
};
static const pith_msource BODY[] = {
    PITH_MS_JSONLD, PITH_MS_COUNT,
};

const pith_msource *pith_meta_trust(pith_mfield field)
{
    switch (field) {
    case PITH_MF_TITLE: return TITLE;
    case PITH_MF_AUTHOR: return AUTHOR;
    case PITH_MF_DATE: return DATE;
    case PITH_MF_DATE_MODIFIED: return DATE_MODIFIED;
    case PITH_MF_SITENAME: return SITENAME;
    case PITH_MF_URL: return URL;
    case PITH_MF_DESCRIPTION: return DESCRIPTION;
    case PITH_MF_IMAGE: return IMAGE;
    case PITH_MF_LICENSE: return LICENSE;
    case PITH_MF_PAGETYPE: return PAGETYPE;
    case PITH_MF_CATEGORIES: return CATEGORIES;
    case PITH_MF_TAGS: return TAGS;
    case PITH_MF_LANGUAGE: return LANGUAGE;
    case PITH_MF_BODY: return BODY;
    case PITH_MF_COUNT: break;
    }
    return BODY + 1; /* just the terminator */
}
