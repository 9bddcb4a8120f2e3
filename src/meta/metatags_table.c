/*
 * metatags_table.c — which <meta> names and properties carry which field,
 * as data.  Keys are compared without regard to case; "og:" keys also
 * match when a page writes them in a name attribute.
 */
#include "metatags.h"

const pith_metatag PITH_METATAGS[] = {
    /* title */
    {"og:title", PITH_MF_TITLE, PITH_MS_OPENGRAPH},
    {"twitter:title", PITH_MF_TITLE, PITH_MS_TWITTER},
    {"dc.title", PITH_MF_TITLE, PITH_MS_DUBLINCORE},
    {"dc:title", PITH_MF_TITLE, PITH_MS_DUBLINCORE},
    {"dcterms.title", PITH_MF_TITLE, PITH_MS_DUBLINCORE},
    {"dcterm:title", PITH_MF_TITLE, PITH_MS_DUBLINCORE},
    {"dcterms:title", PITH_MF_TITLE, PITH_MS_DUBLINCORE},
    {"parsely-title", PITH_MF_TITLE, PITH_MS_PARSELY},
    {"title", PITH_MF_TITLE, PITH_MS_NAMED},
    {"headline", PITH_MF_TITLE, PITH_MS_NAMED},
    {"sailthru.title", PITH_MF_TITLE, PITH_MS_NAMED},
    {"citation_title", PITH_MF_TITLE, PITH_MS_NAMED},
    {"weibo:article:title", PITH_MF_TITLE, PITH_MS_OPENGRAPH},

    /* author */
    {"author", PITH_MF_AUTHOR, PITH_MS_NAMED},
    {"byl", PITH_MF_AUTHOR, PITH_MS_NAMED},
    {"sailthru.author", PITH_MF_AUTHOR, PITH_MS_NAMED},
    {"citation_author", PITH_MF_AUTHOR, PITH_MS_NAMED},
    {"article.author", PITH_MF_AUTHOR, PITH_MS_NAMED},
    {"author_name", PITH_MF_AUTHOR, PITH_MS_NAMED},
    {"cxenseparse:author", PITH_MF_AUTHOR, PITH_MS_NAMED},
    {"dc.creator", PITH_MF_AUTHOR, PITH_MS_DUBLINCORE},
    {"dc:creator", PITH_MF_AUTHOR, PITH_MS_DUBLINCORE},
    {"dcterms.creator", PITH_MF_AUTHOR, PITH_MS_DUBLINCORE},
    {"dcterm:creator", PITH_MF_AUTHOR, PITH_MS_DUBLINCORE},
    {"dcterms:creator", PITH_MF_AUTHOR, PITH_MS_DUBLINCORE},
    {"article:author", PITH_MF_AUTHOR, PITH_MS_ARTICLE},
    {"og:article:author", PITH_MF_AUTHOR, PITH_MS_ARTICLE},
    {"article:author_name", PITH_MF_AUTHOR, PITH_MS_ARTICLE},
    {"book:author", PITH_MF_AUTHOR, PITH_MS_ARTICLE},
    {"parsely-author", PITH_MF_AUTHOR, PITH_MS_PARSELY},
    {"twitter:creator", PITH_MF_AUTHOR, PITH_MS_TWITTER},

    /* publication date */
    {"article:published_time", PITH_MF_DATE, PITH_MS_ARTICLE},
    {"og:article:published_time", PITH_MF_DATE, PITH_MS_ARTICLE},
    {"article:published", PITH_MF_DATE, PITH_MS_ARTICLE},
    {"og:published_time", PITH_MF_DATE, PITH_MS_OPENGRAPH},
    {"og:pubdate", PITH_MF_DATE, PITH_MS_OPENGRAPH},
    {"parsely-pub-date", PITH_MF_DATE, PITH_MS_PARSELY},
    {"dc.date", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"dc:date", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"dc.date.issued", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"dc.date.created", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"dcterms.date", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"dcterms.issued", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"dcterms.created", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"dcterms:issued", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"dcterms:created", PITH_MF_DATE, PITH_MS_DUBLINCORE},
    {"datepublished", PITH_MF_DATE, PITH_MS_NAMED},
    {"date_published", PITH_MF_DATE, PITH_MS_NAMED},
    {"publishdate", PITH_MF_DATE, PITH_MS_NAMED},
    {"publish-date", PITH_MF_DATE, PITH_MS_NAMED},
    {"publish_date", PITH_MF_DATE, PITH_MS_NAMED},
    {"published_time", PITH_MF_DATE, PITH_MS_NAMED},
    {"published", PITH_MF_DATE, PITH_MS_NAMED},
    {"published-date", PITH_MF_DATE, PITH_MS_NAMED},
    {"publication_date", PITH_MF_DATE, PITH_MS_NAMED},
    {"publicationdate", PITH_MF_DATE, PITH_MS_NAMED},
    {"pubdate", PITH_MF_DATE, PITH_MS_NAMED},
    {"pub_date", PITH_MF_DATE, PITH_MS_NAMED},
    {"release_date", PITH_MF_DATE, PITH_MS_NAMED},
    {"date", PITH_MF_DATE, PITH_MS_NAMED},
    {"created", PITH_MF_DATE, PITH_MS_NAMED},
    {"displaydate", PITH_MF_DATE, PITH_MS_NAMED},
    {"sailthru.date", PITH_MF_DATE, PITH_MS_NAMED},
    {"article.published", PITH_MF_DATE, PITH_MS_NAMED},
    {"article_date_original", PITH_MF_DATE, PITH_MS_NAMED},
    {"original-publish-date", PITH_MF_DATE, PITH_MS_NAMED},
    {"citation_publication_date", PITH_MF_DATE, PITH_MS_NAMED},
    {"citation_date", PITH_MF_DATE, PITH_MS_NAMED},
    {"citation_online_date", PITH_MF_DATE, PITH_MS_NAMED},
    {"cxenseparse:recs:publishtime", PITH_MF_DATE, PITH_MS_NAMED},
    /* the article's date in the vocabulary of a documentation platform's
     * pages (DocFX and the reference sites built on it), the only date such
     * a page declares; its "Last updated" line is the last commit's */
    {"ms.date", PITH_MF_DATE, PITH_MS_NAMED},
    {"last-modified", PITH_MF_DATE_MODIFIED, PITH_MS_NAMED},

    /* modification date */
    {"article:modified_time", PITH_MF_DATE_MODIFIED, PITH_MS_ARTICLE},
    {"og:article:modified_time", PITH_MF_DATE_MODIFIED, PITH_MS_ARTICLE},
    {"article:modified", PITH_MF_DATE_MODIFIED, PITH_MS_ARTICLE},
    {"og:updated_time", PITH_MF_DATE_MODIFIED, PITH_MS_OPENGRAPH},
    {"og:modified_time", PITH_MF_DATE_MODIFIED, PITH_MS_OPENGRAPH},
    {"dcterms.modified", PITH_MF_DATE_MODIFIED, PITH_MS_DUBLINCORE},
    {"dcterms:modified", PITH_MF_DATE_MODIFIED, PITH_MS_DUBLINCORE},
    {"dc.date.modified", PITH_MF_DATE_MODIFIED, PITH_MS_DUBLINCORE},
    {"datemodified", PITH_MF_DATE_MODIFIED, PITH_MS_NAMED},
    {"date_modified", PITH_MF_DATE_MODIFIED, PITH_MS_NAMED},
    {"modified", PITH_MF_DATE_MODIFIED, PITH_MS_NAMED},
    {"lastmod", PITH_MF_DATE_MODIFIED, PITH_MS_NAMED},
    {"updated", PITH_MF_DATE_MODIFIED, PITH_MS_NAMED},
    {"revised", PITH_MF_DATE_MODIFIED, PITH_MS_NAMED},
    {"article.updated", PITH_MF_DATE_MODIFIED, PITH_MS_NAMED},

    /* description */
    {"description", PITH_MF_DESCRIPTION, PITH_MS_NAMED},
    {"og:description", PITH_MF_DESCRIPTION, PITH_MS_OPENGRAPH},
    {"twitter:description", PITH_MF_DESCRIPTION, PITH_MS_TWITTER},
    {"dc.description", PITH_MF_DESCRIPTION, PITH_MS_DUBLINCORE},
    {"dc:description", PITH_MF_DESCRIPTION, PITH_MS_DUBLINCORE},
    {"dcterms.description", PITH_MF_DESCRIPTION, PITH_MS_DUBLINCORE},
    {"dcterm:description", PITH_MF_DESCRIPTION, PITH_MS_DUBLINCORE},
    {"dcterms:description", PITH_MF_DESCRIPTION, PITH_MS_DUBLINCORE},
    {"dcterms.abstract", PITH_MF_DESCRIPTION, PITH_MS_DUBLINCORE},
    {"weibo:article:description", PITH_MF_DESCRIPTION, PITH_MS_OPENGRAPH},
    {"weibo:webpage:description", PITH_MF_DESCRIPTION, PITH_MS_OPENGRAPH},
    {"parsely-description", PITH_MF_DESCRIPTION, PITH_MS_PARSELY},

    /* site name */
    {"og:site_name", PITH_MF_SITENAME, PITH_MS_OPENGRAPH},
    {"dc.publisher", PITH_MF_SITENAME, PITH_MS_DUBLINCORE},
    {"dc:publisher", PITH_MF_SITENAME, PITH_MS_DUBLINCORE},
    {"dcterms.publisher", PITH_MF_SITENAME, PITH_MS_DUBLINCORE},
    {"application-name", PITH_MF_SITENAME, PITH_MS_NAMED},
    {"apple-mobile-web-app-title", PITH_MF_SITENAME, PITH_MS_NAMED},
    {"publisher", PITH_MF_SITENAME, PITH_MS_NAMED},
    {"citation_publisher", PITH_MF_SITENAME, PITH_MS_NAMED},

    /* canonical URL */
    {"og:url", PITH_MF_URL, PITH_MS_OPENGRAPH},
    {"twitter:url", PITH_MF_URL, PITH_MS_TWITTER},
    {"parsely-link", PITH_MF_URL, PITH_MS_PARSELY},

    /* image */
    {"og:image", PITH_MF_IMAGE, PITH_MS_OPENGRAPH},
    {"og:image:url", PITH_MF_IMAGE, PITH_MS_OPENGRAPH},
    {"og:image:secure_url", PITH_MF_IMAGE, PITH_MS_OPENGRAPH},
    {"twitter:image", PITH_MF_IMAGE, PITH_MS_TWITTER},
    {"twitter:image:src", PITH_MF_IMAGE, PITH_MS_TWITTER},
    {"parsely-image-url", PITH_MF_IMAGE, PITH_MS_PARSELY},
    {"thumbnail", PITH_MF_IMAGE, PITH_MS_NAMED},

    /* page type */
    {"og:type", PITH_MF_PAGETYPE, PITH_MS_OPENGRAPH},
    {"parsely-type", PITH_MF_PAGETYPE, PITH_MS_PARSELY},

    /* categories and tags */
    {"article:section", PITH_MF_CATEGORIES, PITH_MS_ARTICLE},
    {"og:article:section", PITH_MF_CATEGORIES, PITH_MS_ARTICLE},
    {"parsely-section", PITH_MF_CATEGORIES, PITH_MS_PARSELY},
    {"section", PITH_MF_CATEGORIES, PITH_MS_NAMED},
    {"category", PITH_MF_CATEGORIES, PITH_MS_NAMED},
    {"article:tag", PITH_MF_TAGS, PITH_MS_ARTICLE},
    {"og:article:tag", PITH_MF_TAGS, PITH_MS_ARTICLE},
    {"book:tag", PITH_MF_TAGS, PITH_MS_ARTICLE},
    {"parsely-tags", PITH_MF_TAGS, PITH_MS_PARSELY},
    {"news_keywords", PITH_MF_TAGS, PITH_MS_NAMED},
    {"keywords", PITH_MF_TAGS, PITH_MS_NAMED},
    {"sailthru.tags", PITH_MF_TAGS, PITH_MS_NAMED},
    {"dc.subject", PITH_MF_TAGS, PITH_MS_DUBLINCORE},
    {"dcterms.subject", PITH_MF_TAGS, PITH_MS_DUBLINCORE},

    /* language */
    {"content-language", PITH_MF_LANGUAGE, PITH_MS_NAMED},
    {"language", PITH_MF_LANGUAGE, PITH_MS_NAMED},
    {"dc.language", PITH_MF_LANGUAGE, PITH_MS_DUBLINCORE},
    {"dcterms.language", PITH_MF_LANGUAGE, PITH_MS_DUBLINCORE},
    {"og:locale", PITH_MF_LANGUAGE, PITH_MS_OPENGRAPH},

    /* license */
    {"dcterms.license", PITH_MF_LICENSE, PITH_MS_DUBLINCORE},
    {"dc.rights.license", PITH_MF_LICENSE, PITH_MS_DUBLINCORE},
    {"license", PITH_MF_LICENSE, PITH_MS_NAMED},
};

const size_t PITH_N_METATAGS = sizeof PITH_METATAGS / sizeof PITH_METATAGS[0];
