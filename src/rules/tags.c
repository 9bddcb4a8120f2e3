/*
 * tags.c — data: tags and ARIA roles that are never, or rarely, article
 * content.
 */
#include "tags.h"

#include <stddef.h>

const pith_tag_rule pith_tag_rules[] = {
    /* Content-free or interactive elements. */
    {GUMBO_TAG_SCRIPT, PITH_TAG_DROP, "tag:script"},
    {GUMBO_TAG_STYLE, PITH_TAG_DROP, "tag:style"},
    {GUMBO_TAG_NOSCRIPT, PITH_TAG_DROP, "tag:noscript"},
    {GUMBO_TAG_TEMPLATE, PITH_TAG_DROP, "tag:template"},
    {GUMBO_TAG_HEAD, PITH_TAG_DROP, "tag:head"},
    {GUMBO_TAG_IFRAME, PITH_TAG_DROP, "tag:iframe"},
    {GUMBO_TAG_FRAME, PITH_TAG_DROP, "tag:frame"},
    {GUMBO_TAG_FRAMESET, PITH_TAG_DROP, "tag:frameset"},
    {GUMBO_TAG_OBJECT, PITH_TAG_DROP, "tag:object"},
    {GUMBO_TAG_EMBED, PITH_TAG_DROP, "tag:embed"},
    {GUMBO_TAG_APPLET, PITH_TAG_DROP, "tag:applet"},
    {GUMBO_TAG_SVG, PITH_TAG_DROP, "tag:svg"},
    {GUMBO_TAG_CANVAS, PITH_TAG_DROP, "tag:canvas"},
    {GUMBO_TAG_VIDEO, PITH_TAG_DROP, "tag:video"},
    {GUMBO_TAG_AUDIO, PITH_TAG_DROP, "tag:audio"},
    {GUMBO_TAG_MAP, PITH_TAG_DROP, "tag:map"},
    {GUMBO_TAG_BUTTON, PITH_TAG_DROP, "tag:button"},
    {GUMBO_TAG_INPUT, PITH_TAG_DROP, "tag:input"},
    {GUMBO_TAG_SELECT, PITH_TAG_DROP, "tag:select"},
    {GUMBO_TAG_TEXTAREA, PITH_TAG_DROP, "tag:textarea"},
    {GUMBO_TAG_OPTION, PITH_TAG_DROP, "tag:option"},
    {GUMBO_TAG_LINK, PITH_TAG_DROP, "tag:link"},
    {GUMBO_TAG_META, PITH_TAG_DROP, "tag:meta"},
    {GUMBO_TAG_BASE, PITH_TAG_DROP, "tag:base"},
    {GUMBO_TAG_TITLE, PITH_TAG_DROP, "tag:title"},
    /* Page furniture: boilerplate unless the article itself sits inside. */
    {GUMBO_TAG_NAV, PITH_TAG_DROP_UNLESS_MAIN, "tag:nav"},
    {GUMBO_TAG_ASIDE, PITH_TAG_DROP_UNLESS_MAIN, "tag:aside"},
    {GUMBO_TAG_FOOTER, PITH_TAG_DROP_UNLESS_MAIN, "tag:footer"},
    {GUMBO_TAG_HEADER, PITH_TAG_DROP_UNLESS_MAIN, "tag:header"},
    {GUMBO_TAG_FORM, PITH_TAG_DROP_UNLESS_MAIN, "tag:form"},
    {GUMBO_TAG_MENU, PITH_TAG_DROP_UNLESS_MAIN, "tag:menu"},
    {GUMBO_TAG_FIELDSET, PITH_TAG_DROP_UNLESS_MAIN, "tag:fieldset"},
    {GUMBO_TAG_UNKNOWN, PITH_TAG_KEEP, NULL},
};

const pith_role_rule pith_role_rules[] = {
    {"navigation", "role:navigation"},
    {"banner", "role:banner"},
    {"contentinfo", "role:contentinfo"},
    {"complementary", "role:complementary"},
    {"search", "role:search"},
    {"dialog", "role:dialog"},
    {"alertdialog", "role:alertdialog"},
    {"menu", "role:menu"},
    {"menubar", "role:menubar"},
    {"toolbar", "role:toolbar"},
    {"tablist", "role:tablist"},
    {"form", "role:form"},
    {NULL, NULL},
};

const char *const pith_ad_attribute_prefixes[] = {
    "data-ad-", "data-ad", "data-google-query-id", "data-dfp", "data-adunit", "data-ad-slot",
    "data-native-ad", "data-taboola", "data-outbrain", NULL,
};

/* itemprop values of page metadata (schema.org): bylines, dates, the
 * publisher block and its logo, keywords, counters.  Elements carrying them
 * are metadata even when visible; the metadata stage reads them before the
 * clean stage drops them. */
const char *const pith_meta_itemprops[] = {
    "author", "creator", "contributor", "editor", "datePublished", "dateModified",
    "dateCreated", "uploadDate", "publisher", "sourceOrganization", "logo",
    "mainEntityOfPage", "keywords", "wordCount", "commentCount", "interactionStatistic",
    "interactionCount", "thumbnailUrl", "copyrightHolder", "copyrightYear", "isPartOf",
    "breadcrumb", NULL,
};
