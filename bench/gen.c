/*
 * gen.c — generated article pages (see gen.h).
 */
#include "gen.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

static const char *const words[] = {
    "the", "council", "said", "on", "Tuesday", "that", "new", "housing", "plans", "would",
    "be", "reviewed", "by", "independent", "experts", "before", "any", "decision", "is",
    "made", "residents", "have", "raised", "concerns", "about", "traffic", "schools",
    "and", "the", "cost", "of", "living", "in", "a", "city", "where", "rents", "rose",
    "sharply", "last", "year", "officials", "expect", "report", "to", "arrive", "early",
    "next", "spring", "while", "critics", "argue", "process", "has", "already", "taken",
    "too", "long", "river", "bridge", "station", "market", "budget", "energy", "water",
    "election", "minister", "hospital", "teachers", "farmers", "weather", "storm",
};
#define N_WORDS (sizeof words / sizeof words[0])

static uint32_t next(uint32_t *s)
{
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

static void sentence(pith_buf *b, uint32_t *rng, int n)
{
    for (int i = 0; i < n; i++) {
        if (i)
            pith_buf_puts(b, (next(rng) % 9 == 0) ? ", " : " ");
        pith_buf_puts(b, words[next(rng) % N_WORDS]);
    }
    pith_buf_puts(b, ". ");
}

static void paragraph(pith_buf *b, uint32_t *rng)
{
    pith_buf_puts(b, "<p>");
    int sentences = 2 + (int)(next(rng) % 4);
    for (int s = 0; s < sentences; s++) {
        sentence(b, rng, 8 + (int)(next(rng) % 14));
        if (next(rng) % 3 == 0) {
            pith_buf_printf(b, "<a href=\"/news/story-%u\">", next(rng) % 100000);
            sentence(b, rng, 3);
            pith_buf_puts(b, "</a> ");
        } else if (next(rng) % 4 == 0) {
            pith_buf_puts(b, "<em>");
            sentence(b, rng, 2);
            pith_buf_puts(b, "</em> ");
        }
    }
    pith_buf_puts(b, "</p>\n");
}

static void script_body(pith_buf *b, uint32_t *rng, int statements)
{
    for (int i = 0; i < statements; i++)
        pith_buf_printf(b,
                        "window.dataLayer=window.dataLayer||[];if(a%u<b&&c){dataLayer.push("
                        "{event:\"view\",id:%u,html:\"<div class='x'></div>\"});}\n",
                        next(rng) % 1000, next(rng));
}

static void style_body(pith_buf *b, uint32_t *rng, int rules)
{
    for (int i = 0; i < rules; i++)
        pith_buf_printf(b, ".c%u>.d{margin:0 auto;color:#%06x;font:14px/1.4 sans-serif}\n",
                        next(rng) % 5000, next(rng) & 0xFFFFFF);
}

static const char icon[] =
    "<svg class=\"icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><title>Share</title>"
    "<path d=\"M18 16.1c-.8 0-1.4.3-2 .8l-7.1-4.2c.1-.2.1-.5.1-.7s0-.5-.1-.7L16 7.2c.5.5 1.2.8 "
    "2 .8 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .2 0 .5.1.7L8 9.8C7.5 9.3 6.8 9 6 9c-1.7 0-3 "
    "1.3-3 3s1.3 3 3 3c.8 0 1.5-.3 2-.8l7.1 4.2c-.1.2-.1.4-.1.6 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 "
    "2.9-2.9-1.3-2.9-2.9-2.9z\"/></svg>";

static void head(pith_buf *b, uint32_t *rng)
{
    pith_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                     "<title>Council to review housing plans | The Daily Example</title>\n"
                     "<meta name=\"description\" content=\"Independent experts will review the "
                     "plans.\">\n<meta property=\"og:site_name\" content=\"The Daily Example\">\n"
                     "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                     "\"@type\":\"NewsArticle\",\"headline\":\"Council to review housing plans\","
                     "\"datePublished\":\"2024-03-05\"}</script>\n<style>\n");
    style_body(b, rng, 120);
    pith_buf_puts(b, "</style>\n<script>\n");
    script_body(b, rng, 150);
    pith_buf_puts(b, "</script>\n</head>\n<body class=\"article-page\">\n"
                     "<header class=\"site-header\"><nav class=\"main-nav\"><ul>");
    for (int i = 0; i < 12; i++)
        pith_buf_printf(b, "<li><a href=\"/section/%d\">Section %d</a></li>", i, i);
    pith_buf_puts(b, "</ul></nav></header>\n<main><article class=\"article-body\">\n"
                     "<h1>Council to review housing plans</h1>\n"
                     "<p class=\"byline\">By <a rel=\"author\" href=\"/staff/jo\">Jo Writer</a> "
                     "· 5 March 2024</p>\n");
}

static void section(pith_buf *b, uint32_t *rng, unsigned k)
{
    pith_buf_printf(b, "<section id=\"part-%u\"><h2>", k);
    sentence(b, rng, 5);
    pith_buf_puts(b, "</h2>\n");
    int paras = 3 + (int)(next(rng) % 4);
    for (int i = 0; i < paras; i++)
        paragraph(b, rng);
    pith_buf_printf(b, "<figure><img src=\"/img/%u.jpg\" alt=\"A street\"><figcaption>", k);
    sentence(b, rng, 6);
    pith_buf_puts(b, "Photo: Example Agency</figcaption></figure>\n"
                     "<div class=\"ad-slot\" data-ad-unit=\"mid\"><span>Advertisement</span>"
                     "<script>");
    script_body(b, rng, 6);
    pith_buf_puts(b, "</script></div>\n<div class=\"share-bar\">");
    pith_buf_puts(b, icon);
    pith_buf_puts(b, "<a href=\"#share\">Share</a></div>\n"
                     "<aside class=\"related-stories\"><h3>You may also like</h3><ul>");
    for (int i = 0; i < 4; i++) {
        pith_buf_printf(b, "<li><a href=\"/news/%u\">", next(rng) % 100000);
        sentence(b, rng, 6);
        pith_buf_puts(b, "</a></li>");
    }
    pith_buf_puts(b, "</ul></aside>\n<style>");
    style_body(b, rng, 10);
    pith_buf_puts(b, "</style>\n</section>\n");
}

static void tail(pith_buf *b)
{
    pith_buf_puts(b, "</article></main>\n<footer class=\"site-footer\"><p>© 2024 The Daily "
                     "Example. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>\n"
                     "<script src=\"/app.js\"></script></body></html>\n");
}

char *bench_generate_page(size_t size, unsigned seed, size_t *len)
{
    pith_buf b = PITH_BUF_INIT;
    uint32_t rng = seed ? seed : 1;
    if (!pith_buf_reserve(&b, size + 16384))
        return NULL;
    head(&b, &rng);
    for (unsigned k = 0; b.len + 200 < size && !b.oom; k++)
        section(&b, &rng, k);
    tail(&b);
    return pith_buf_detach(&b, len);
}
