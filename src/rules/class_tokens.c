/*
 * class_tokens.c — data: class and id patterns.
 *
 * Each entry is a PCRE2 fragment matched against a normalised class + id
 * string (lower case; camelCase, '_' and spaces split into '-' separated
 * parts; see pith_rules_normalize_attr).  Unless marked SUBSTR, a fragment
 * must cover whole parts: it is wrapped in (?<![a-z0-9]) ... (?![a-z0-9]),
 * so "ad" matches "ad-slot" and "top-ad" but not "add" or "head".
 *
 * Content patterns (pith_content_classes) are matched against whole class
 * tokens instead: "article" and "article-body" are content, but
 * "article-share" is not.
 *
 * Every entry says why it is there.  No entry names a site.
 */
#include "class_tokens.h"

const pith_class_rule pith_boilerplate_classes[] = {
    /* --- advertising ------------------------------------------------- */
    {PITH_CAT_AD, "ads?(?!-?free)", 0, "the ad/ads token of ad slots (not ad-free)"},
    {PITH_CAT_AD, "ad-?(?:slot|unit|container|wrapper|wrap|box|banner|block|zone|space|"
                  "placeholder|holder|label|area|inline|break|section|region|frame|marker|"
                  "mpu|leaderboard|rail|sidebar|top|bottom|header|footer)s?", 0,
     "compound ad containers"},
    {PITH_CAT_AD, "advert\\w*", 0, "advert, advertisement, advertising"},
    {PITH_CAT_AD, "adsense|adsbygoogle|doubleclick|dfp(?:-\\w+)?|gpt-ad\\w*|google-?ads?|"
                  "googlead\\w*|adngin\\w*|adthrive\\w*|admanager", 0,
     "ad-server markers"},
    {PITH_CAT_AD, "taboola|outbrain|teads|criteo|mgid|revcontent|zergnet|nativo|"
                  "sharethrough|connatix|primis|ezoic|adskeeper|yieldmo", SUBSTR,
     "sponsored-content and ad networks"},
    {PITH_CAT_AD, "sponsor(?:ed|s|ship)?(?:-\\w+)?|promoted|paid-?(?:content|post|partner)|"
                  "native-?ads?|brand-?(?:content|studio|voice)|partner-?content", 0,
     "sponsored and native content"},
    {PITH_CAT_AD, "leaderboard|skyscraper|billboard|mpu|dmpu|halfpage|rectangle-ad|"
                  "sticky-ad|interscroller|outstream", 0, "ad formats by name"},
    {PITH_CAT_AD, "anzeige|werbung|publicite|publicidad|pubblicita|reklama|reclame", 0,
     "the word 'advertisement' in German, French, Spanish, Italian, Polish, Dutch"},

    /* --- sharing and social ------------------------------------------ */
    {PITH_CAT_SHARE, "share|shares|sharing|sharer|sharebar|share-?(?:bar|buttons?|tools?|"
                     "links?|icons?|box|wrap\\w*|container|menu|panel|module|article|this|"
                     "story|post|widget|options)", 0, "share bars and buttons"},
    {PITH_CAT_SHARE, "social(?:-\\w+)?|sociable|socials|sns", 0, "social buttons and links"},
    {PITH_CAT_SHARE, "addthis\\w*|addtoany|sharethis\\w*|shareaholic|sassy-?social\\w*|"
                     "heateor\\w*|jetpack-?sharing\\w*|sharedaddy", SUBSTR,
     "share-button widgets"},
    {PITH_CAT_SHARE, "a2a\\w*", 0,
     "AddToAny's buttons (a2a_kit, a2a_button): a whole token, since hashed class names and "
     "ids hold these letters anywhere (aa2a03ea...)"},
    {PITH_CAT_SHARE, "follow-?us|follow-?me|follow-?buttons?|facebook|twitter|whatsapp|"
                     "linkedin|pinterest|telegram|reddit|tumblr|xing|vkontakte|weibo|wechat|"
                     "line-?me", 0, "social network buttons"},

    /* --- newsletters and subscriptions ----------------------------- */
    {PITH_CAT_NEWSLETTER, "newsletters?(?:-\\w+)?|nieuwsbrief|infolettre|boletin", 0,
     "newsletter boxes"},
    {PITH_CAT_NEWSLETTER, "subscribe\\w*|subscription\\w*|signup|sign-up|opt-?in|optin\\w*|"
                          "email-?(?:signup|capture|form|list|alert)s?|mailchimp\\w*|mc4wp\\w*|"
                          "mc-?embed\\w*|lead-?gen\\w*|convertkit\\w*|klaviyo\\w*|"
                          "abonnement|abonnieren|inscription", 0, "sign-up forms"},

    /* --- related and recommended ------------------------------------ */
    {PITH_CAT_RELATED, "related(?:-\\w+)?|relatedposts|yarpp\\w*|crp-?list|rp4wp\\w*|"
                       "jp-relatedposts\\w*", 0, "related posts"},
    {PITH_CAT_RELATED, "recommend\\w*|recirc\\w*|recirculation|suggested(?:-\\w+)?|"
                       "you-?may-?(?:also-?)?like|you-?might-?(?:also-?)?like|also-?read|"
                       "read-?(?:also|next|more-?stories)|up-?next|whats-?next|"
                       "more-?(?:stories|articles|news|from|posts|coverage|on|videos|like-?this)|"
                       "further-?reading|latest-?(?:news|posts|stories|articles)|"
                       "top-?stories|most-?(?:read|popular|viewed|shared|commented|recent)|"
                       "popular(?:-\\w+)?|trending(?:-\\w+)?|hot-?news|"
                       "next-?(?:post|article|story)|prev(?:ious)?-?(?:post|article|story)|"
                       "post-?nav(?:igation)?|nav-?links|"
                       "teasers?(?:-\\w+)?|story-?(?:list|feed|cards?|stream)|"
                       "article-?(?:list|feed|cards?|teasers?)|card-?(?:list|grid|deck)|"
                       "headlines-?list|river|more-?link", 0,
     "recommendation, teaser and 'more stories' lists"},

    /* --- comments -------------------------------------------------- */
    {PITH_CAT_COMMENTS, "comments?(?:-\\w+)?|commentlist|commentary-?(?:list|box)|"
                        "disqus\\w*|respond|repl(?:y|ies)(?:-\\w+)?|discussion(?:-\\w+)?|"
                        "coral-?\\w*|livefyre\\w*|vuukle\\w*|talk-?(?:stream|box)|"
                        "kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze", 0,
     "comment sections and prompts"},

    /* --- author boxes ---------------------------------------------- */
    {PITH_CAT_AUTHOR, "author-?(?:bio|box|info|card|profile|details|about|block|wrap\\w*|"
                      "area|section|meta|avatar|image|photo|description|widget|container|"
                      "footer|name|byline|link|title|social)|about-?(?:the-?)?author|"
                      "bio-?(?:box|block|card)|authorbox|author|authors|writer-?(?:bio|box)|"
                      "contributor-?(?:bio|box|info)|byline(?:-\\w+)?|by-?line", 0,
     "author boxes, bylines and bios"},
    {PITH_CAT_AUTHOR, "signature|post-?signature|postprofile|post-?profile|user-?info|userinfo|"
                      "poster-?info|postauthor|post-?author-?info|member-?info|mini-?profile", 0,
     "forum posts' profile panels (name, rank, post count) and signatures"},

    /* --- cookies and consent ---------------------------------------- */
    {PITH_CAT_COOKIE, "cookies?(?:-\\w+)?|cookiebot\\w*|cookie-?law\\w*|consent\\w*|gdpr\\w*|"
                      "ccpa\\w*|onetrust\\w*|ot-sdk\\w*|didomi\\w*|usercentrics\\w*|truste|trustarc\\w*|"
                      "qc-cmp\\w*|cmp(?![\\w-])|cmp-(?:banner|box|consent|dialog|modal|popup|"
                      "overlay|notice|ui|root|wrapper|message)\\w*|cc-(?:banner|window|revoke)|"
                      "privacy-?(?:banner|notice|bar|popup)|borlabs\\w*|sp-?message\\w*|"
                      "fc-consent\\w*", 0,
     "cookie and consent banners (a consent manager's 'cmp' box, not the 'cmp-' components "
     "of content management systems: cmp-text, cmp-accordion; TRUSTe's 'truste', not "
     "'trusted', a landing page's row of its customers)"},
    {PITH_CAT_COOKIE, "cookie-?(?:banner|bar|notice|popup|box|wall|modal)\\w*|cmplz\\w*", 0,
     "cookie banners named in one word ('cookiebanner', 'cookiebar-container') and the "
     "Complianz consent plug-in's boxes ('cmplz-cookiebanner'): its categories' descriptions "
     "read as prose"},

    /* --- paywalls ------------------------------------------------- */
    {PITH_CAT_PAYWALL, "paywall\\w*|pay-?wall\\w*|regwall\\w*|reg-?wall|registration-?wall|"
                       "meter(?:ed)?-?(?:wall|banner|notice|prompt)|tp-(?:modal|backdrop|"
                       "container)|piano-?\\w*|premium-?(?:banner|teaser|box|wall|prompt|"
                       "overlay|promo)|subscriber-?(?:wall|prompt)|zephr\\w*|"
                       "article-?(?:gate|lock|locked|truncated)|content-?gate|gate-?keeper", 0,
     "paywall and registration notices"},

    /* --- navigation ------------------------------------------------ */
    {PITH_CAT_NAV, "nav(?!-(?:btns|buttons|arrows|dots)(?![a-z0-9]))|"
                   "navigation(?:-\\w+)?|navs|navbar|nav-?(?:bar|menu|list|links?|"
                   "wrap\\w*|main|primary|secondary|global|top|sub|header|footer)|menu\\w*|menus|"
                   "mega-?menu|breadcrumbs?(?:-\\w+)?|bread-?crumbs?|crumbs|"
                   "skip-?(?:link|links|to-?content|nav|main)(?!-+(?:target|anchor|dest\\w*))|"
                   "masthead|site-?header|"
                   "page-?header|global-?header|header-?(?:nav|menu|bar|top|wrap)|topbar|"
                   "top-?bar|toolbar|offcanvas|off-?canvas|hamburger|drawer|"
                   "toc|table-?of-?contents|jump-?links|tab-?list|tabs-?nav|"
                   "language-?(?:switcher|selector|picker)|lang-?switch\\w*|"
                   "version-?(?:switcher|selector|select|picker|chooser|dropdown|menu)|"
                   "doc-?switcher|on-?this-?page|"
                   "search(?!-?results?|[\\w-]*-(?:cards?|items?|tiles?|hits?)(?![a-z0-9]))"
                   "(?:-\\w+)?|"
                   "searchform|site-?search|login|log-?in|"
                   "signin|sign-?in|account-?menu|user-?menu", 0,
     "navigation, menus, breadcrumbs, skip links (not the box a skip link leads to, "
     "'skip-link-target': the page's content), search boxes (not a search's results: a "
     "shop's category page is one; nor the cards or items of those results, "
     "'search-mobile-card'), login, and a manual's pickers of its version and language and "
     "its table of contents, and its rows of previous / up / next links ('navheader', "
     "'navfooter': DocBook's names for them); not a carousel's modifier naming the style "
     "of its controls ('dark-nav-btns', 'nav-arrows', 'nav-dots'): it is the carousel's "
     "own box, whose slides are often a product grid (a single control, 'nav-arrow', "
     "stays nav; so do 'slider-nav' and 'carousel-nav', which name a slider of links as "
     "often as its controls)"},

    /* --- heading permalinks --------------------------------------- */
    {PITH_CAT_NAV, "headerlink|header-?anchor|heading-?anchor|anchor-?link|hash-?link|"
                   "anchorjs-?link|heading-?permalink", 0,
     "the pilcrow or '#' link documentation generators put in every heading "
     "(Sphinx, MkDocs, Docusaurus, anchor.js)"},

    /* --- the site's own name and a forum's controls -------------------- */
    {PITH_CAT_NAV, "logo|site-?logo|header-?logo|logo-?(?:link|wrap\\w*|container)|"
                   "navbar-?brand|site-?branding|site-?title", 0,
     "the site's logo and name at the top of every page"},
    {PITH_CAT_NAV, "post-?(?:buttons|controls|icons)|message-?(?:actions|controls)|"
                   "jump-?box(?:-\\w+)?|jumpbox(?:-\\w+)?|quick-?reply", 0,
     "a forum post's quote and report buttons, the box jumping to another forum, the "
     "quick-reply form"},

    /* --- footers ---------------------------------------------------- */
    {PITH_CAT_FOOTER, "footer\\w*|site-?footer|page-?footer|global-?footer|colophon|"
                      "copyright\\w*|imprint|impressum|legal(?:-\\w+)?|bottom-?bar|"
                      "site-?info|site-?map|sitemap", 0, "footers and legal lines"},

    /* --- sidebars -------------------------------------------------- */
    {PITH_CAT_SIDEBAR, "sidebars?(?:-\\w+)?|side-?bar|side-?(?:col|column|panel|rail)|"
                       "rail|right-?rail|left-?rail|right-?col(?:umn)?|aside|"
                       "(?<![\\w-])widgets?(?:-\\w+)?|widget-?area|secondary-?column|"
                       "complementary", 0,
     "sidebars, rails and widgets (a class that starts with 'widget': page builders name "
     "every block of a page 'builder-widget-...')"},
    {PITH_CAT_SIDEBAR, "online-?list|who-?is-?online|whos-?online|stat-?block|forum-?stats|"
                       "board-?stats|statistics-?block", 0,
     "forum statistics: who is online, member counts"},

    /* --- promotions and overlays ------------------------------------ */
    {PITH_CAT_PROMO, "promo\\w*|promotion\\w*|popup\\w*|pop-?up|modal\\w*|overlay\\w*|"
                     "lightbox\\w*|interstitial\\w*|app-?(?:banner|download|promo|store)|"
                     "download-?(?:app|our-app)|donate\\w*|donation\\w*|upsell\\w*|"
                     "cta(?:-\\w+)?|call-?to-?action|banner\\w*|announcement-?bar|"
                     "notification-?bar|alert-?bar|smartbanner\\w*|membership-?(?:promo|cta)|"
                     "marketing\\w*|offer(?:-\\w+)?|deal-?(?:box|widget)|shop-?(?:box|widget)|"
                     "affiliate\\w*|commerce-?(?:box|module|widget)|product-?(?:box|widget|card)s?",
     0, "promotions, pop-ups and call-to-action boxes"},

    /* --- post metadata ---------------------------------------------- */
    {PITH_CAT_META, "post-?meta|entry-?meta|article-?meta|meta-?(?:data|info|bar|line)|"
                    "post-?info|entry-?info|article-?info|dateline|timestamp|date-?line|"
                    "post-?date|entry-?date|article-?date|publish(?:ed)?-?date|pub-?date|"
                    "tags?|tag-?(?:list|cloud|links)|post-?tags|entry-?tags|article-?tags|"
                    "keywords|categories|category-?(?:list|links)|cat-?links|tags-?links|"
                    "entry-?footer|post-?footer|article-?footer|reading-?time|read-?time|"
                    "edit-?link|edit-?(?:this-?)?page|edit-?on-?github|page-?feedback|"
                    "feedback-?(?:widget|form|section|container|wrap\\w*)|was-?this-?helpful\\w*|"
                    "print-?(?:link|button)|post-?(?:actions|tools)|"
                    "article-?(?:actions|tools|toolbar)|utility-?bar|kicker|eyebrow|"
                    "rating\\w*|views?-?count|like-?count", 0,
     "bylines, dates, tags, reading time and article tools (a manual's 'edit this page' "
     "link and 'was this page helpful?' box)"},

    /* --- image credits --------------------------------------------- */
    {PITH_CAT_CREDIT, "(?:wp-)?caption(?:-\\w+)?|captions|figcaption|(?:image|photo|media|img|"
                      "picture|video|gallery)-?caption\\w*|caption-?text|slide-?caption", 0,
     "captions of images and galleries (kept in recall mode)"},
    {PITH_CAT_CREDIT, "credits?(?:-\\w+)?|photo-?credit\\w*|image-?credit\\w*|"
                      "image-?source|media-?credit\\w*|copyright-?(?:notice|holder)|attribution", 0,
     "image credits"},

    /* --- read more --------------------------------------------------- */
    {PITH_CAT_READMORE, "read-?more(?:-\\w+)?|readmore\\w*|more-?link|continue-?reading|"
                        "see-?more|show-?more|view-?more", 0, "read-more links"},

    /* --- pagination -------------------------------------------------- */
    {PITH_CAT_PAGINATION, "pagination\\w*|pager|paging|page-?numbers?|page-?nav\\w*|"
                          "load-?more|infinite-?scroll\\w*|next-?page|prev-?page", 0,
     "pagers and 'load more' buttons"},
    {PITH_CAT_PAGINATION, "facets?(?:-(?:list|nav\\w*|filters?|groups?|panel|wrap\\w*|sidebar|"
                          "menu|options|container))?|faceted\\w*|refinements?(?:-\\w+)?|"
                          "filters?-?(?:bar|panel|list|group|options|sidebar|drawer|toggle|"
                          "button|wrap\\w*|container|form)|sort-?(?:bar|by|order|options|select|"
                          "wrap\\w*|dropdown)|sorting|sorter|results?-?(?:count|toolbar)", 0,
     "a list's filters, sort order and result count, beside the items of a shop's or a "
     "search's results"},

    /* --- visually hidden helpers ------------------------------------ */
    {PITH_CAT_HIDDEN, "(?<!label-|title-|legend-|overflow-|overflow-x-|overflow-y-|mobile-|phone-|"
                      "tablet-|print-)"
                      "(?<!:|\\.)hidden(?!-(?:xs|sm|md|lg|xl|xxl|mobile|phone|tablet|desktop|"
                      "small|medium|large))|is-hidden|d-none|"
                      "(?<!:|show-)hide(?!@|-(?:xs|sm|md|lg|xl|mobile|phone|tablet|desktop|"
                      "last|first|child))|"
                      "hidden-?(?:all|print|text|content|item|block|element)|(?<!elementor-)invisible|"
                      "visually-?hidden|visuallyhidden|sr-?only|"
                      "sr-?text|screen-?reader(?:-\\w+)?|screenreader\\w*|offscreen|"
                      "off-?screen|a11y-?(?:only|hidden)|assistive-?text|u-?hidden|"
                      "element-?invisible|print-?only|noprint|no-?print|"
                      "print-?(?:header|footer|logo|masthead|url)|visible-?print(?:-\\w+)?|"
                      "show-?for-?print|d-print-(?:block|inline|inline-block|flex|table)", 0,
     "elements hidden from view (responsive variants like hidden-xs, lg:hidden or "
     "hide@medium are not, nor Drupal's field--label-hidden, whose label only is hidden, "
     "nor hide-last-connector, which hides a part of the last or first item only, "
     "nor Tailwind's overflow-hidden, nor an FAQ's show-hide toggle, nor the hover "
     "effect hide-child, which fades a card's parts in when the pointer is over it, "
     "nor the Elementor page builder's elementor-invisible, which hides a block only until "
     "it fades in as the reader scrolls to it, nor the selector inside a Tailwind "
     "arbitrary variant, [&_a.hidden]:hidden, which hides the links so named "
     "within the box and not the box); "
     "headers and footers shown only on paper"},
    {PITH_CAT_HIDDEN, "form-(?:done|fail|success|error)(?:-message)?", 0,
     "a form's reply to its sender, shown by a script only once the form is sent "
     "(Webflow's w-form-done \"Thank you! Your submission has been received!\" and "
     "w-form-fail \"Oops! Something went wrong\", beside every sign-up and quote form)"},

    /* --- shoppers' reviews (dropped on product pages only) ------------- */
    {PITH_CAT_REVIEWS, "(?<!editorial-)(?<!editorial)reviews(?:-\\w+)?|"
                       "review-?(?:list|widget|section|container|wrap\\w*|"
                       "summary|form|carousel|snippets?|histogram\\w*|items?|cards?|block|"
                       "area|header|stars)|ratings?-?(?:and-?)?reviews|"
                       "bewertungen|kundenbewertungen|avis-?clients?|opiniones|resenas|"
                       "recensioni|beoordelingen|avaliacoes|opinie-?klientow", 0,
     "the reviews shoppers wrote under a product, in English, German, French, Spanish, "
     "Italian, Dutch, Portuguese, Polish (a review article is not matched: the singular "
     "'review' alone is not taken; nor are editorial reviews, editorial-reviews: the "
     "publisher's blurbs and the critics' quotes on a book, part of what it is sold as)"},
    {PITH_CAT_REVIEWS, "yotpo\\w*|jdgm\\w*|judge-?me\\w*|okendo\\w*|stamped-?\\w*|bv-\\w+|"
                       "bazaarvoice\\w*|trustpilot\\w*|reevoo\\w*|feefo\\w*|powerreviews\\w*|"
                       "pr-review\\w*|loox-?\\w*|junip\\w*|trustspot\\w*|revieve\\w*", 0,
     "the widgets of review services shops embed beside a product"},

    /* --- a shop's cart ----------------------------------------------- */
    {PITH_CAT_CART, "(?:mini|side|ajax|header|slide-?out|off-?canvas)-?(?:cart|basket)\\w*|"
                    "(?:cart|basket)-?(?:notification|drawer|popup|pop-?over|modal|flyout|"
                    "overlay|sidebar|preview|dropdown|panel|wrap\\w*|container|count|"
                    "icon|link|toggle|totals?|summary|items?|contents?|upsell\\w*|"
                    "recommendations?|empty|footer|header|form|message|added)|minicart\\w*|"
                    "added-?to-?(?:cart|bag|basket)\\w*|wish-?list\\w*|"
                    "warenkorb\\w*|panier\\w*|carrito\\w*|carrello\\w*|winkelwagen\\w*|"
                    "koszyk\\w*", 0,
     "a shop's cart and basket widgets (the pop-up after 'add to cart', the drawer, the "
     "counter) and its wish list, in English, German, French, Spanish, Italian, Dutch, "
     "Polish"},

    /* --- the same in other languages (transliterated where needed) ---- */
    {PITH_CAT_AD, "guanggao|guang-gao|koukoku|reklam|iklan", 0,
     "advertisement in Chinese and Japanese pinyin/romaji, Turkish, Indonesian"},
    {PITH_CAT_SHARE, "teilen|partage[rs]?|compartir|condividi|compartilhar|delen|udostepnij|"
                     "podelit\\w*|fenxiang|share-?buttons?-\\w+", 0,
     "share in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Chinese"},
    {PITH_CAT_RELATED, "verwandte?|aehnliche|ahnliche|empfehlung\\w*|weitere-?artikel|"
                       "mehr-?zum-?thema|lesen-?sie-?auch|articles?-?(?:lies|similaires|connexes)|"
                       "lire-?aussi|voir-?aussi|a-?lire|relacionad[oa]s?|noticias-?relacionadas|"
                       "te-?puede-?interesar|correlat[oi]|leggi-?anche|relacionad[oa]s|"
                       "leia-?tambem|gerelateerd\\w*|powiazane|polecane|pohozhie|"
                       "chitayte-?takzhe|xiangguan|tuijian|kanren|osusume", 0,
     "related and recommended in German, French, Spanish, Italian, Portuguese, Dutch, Polish, "
     "Russian, Chinese, Japanese"},
    {PITH_CAT_AUTHOR, "autor(?:-\\w+)?|auteur(?:-\\w+)?|autore(?:-\\w+)?|avtor\\w*|zuozhe", 0,
     "author boxes in German, Spanish, Portuguese, Polish, French, Italian, Russian, Chinese"},
    {PITH_CAT_COMMENTS, "pinglun|komment\\w*|yorum\\w*", 0,
     "comments in Chinese, Russian/Scandinavian, Turkish"},
    {PITH_CAT_NAV, "brotkrume\\w*|fil-?d-?ariane|migas(?:-de-pan)?|hauptmenu|sommaire|"
                   "daohang", 0, "breadcrumbs and menus in German, French, Spanish, Chinese"},
    {PITH_CAT_NONE, NULL, 0, NULL},
};

/* Patterns of article bodies.  They protect an element from the boilerplate
 * patterns and raise its score as a main-content candidate. */
const pith_class_rule pith_content_classes[] = {
    {PITH_CAT_NONE, "article(?:-?(?:body|content|text|main|entry|story|wrapper|inner|detail|"
                    "copy|container|page|section|full|txt))?|articlebody|articletext", 0,
     "article bodies"},
    {PITH_CAT_NONE, "post-?(?:body|content|text|entry|article|inner|copy|main)|entry-?(?:content|"
                    "body|text)|story-?(?:body|content|text|main|copy)|body-?(?:text|copy|"
                    "content)|main-?(?:content|text|article|story)|content-?(?:body|main|article|"
                    "text|inner|wrapper|detail)|text-?(?:body|content)|rich-?text|richtext|"
                    "prose|markdown-?body|markdown|hentry|h-entry|e-content|field-?body|"
                    "field-?name-?body|node-?content|single-?post|blog-?post|news-?(?:text|"
                    "body|content|article)|detail-?(?:body|content|text)|td-post-content", 0,
     "post, entry, story and content bodies"},
    {PITH_CAT_NONE, "artikel(?:-?(?:text|inhalt|body|content))?|artikeltext|beitrag(?:-?text)?|"
                    "contenu-?article|corps-?(?:article|texte)|cuerpo-?noticia|"
                    "noticia-?(?:texto|cuerpo|contenido)|conteudo-?materia|materia-?conteudo|"
                    "testo-?articolo|corpo-?articolo|tekst-?artykulu|tresc-?artykulu|statya|"
                    "novost-?text|zhengwen|wenzhang|honbun", 0,
     "article bodies named in German, French, Spanish, Portuguese, Italian, Polish, Russian, "
     "Chinese, Japanese"},
    {PITH_CAT_NONE, "inhalt|contenu|contenido|conteudo|cuerpo|testo|tekst|tresc|neirong|"
                    "texto", WEAK, "'content' and 'text' in other languages (score only)"},
    {PITH_CAT_NONE, "post|story|content|entry|blog|text|body|main|page-?content|column|"
                    "hentry", WEAK, "words often found on content wrappers (score only)"},
    {PITH_CAT_NONE, NULL, 0, NULL},
};
