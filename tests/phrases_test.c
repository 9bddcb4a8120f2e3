/*
 * phrases_test.c — the phrase tables judge labels and calls to action, and
 * leave the sentences of an article alone.  Each table pairs lines that are
 * boilerplate with look-alike lines of prose, in several languages.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "testutil.h"

#include <pcre2.h>

#include "rules/phrases.h"
#include "rules/poster_names.h"
#include "rules/rules.h"
#include "rules/rules_data.h"

static void check_all(const char *const *lines, bool (*fn)(const char *, size_t), bool want,
                       const char *what)
{
    for (const char *const *l = lines; *l; l++)
        if (fn(*l, strlen(*l)) != want)
            fail_msg("%s: \"%s\" should %sbe one", what, *l, want ? "" : "not ");
}

static bool is_phrase(const char *s, size_t n)
{
    return pith_rules_match_phrase(s, n) != PITH_CAT_NONE;
}

/* Does a phrase rule take the block (the call-to-action one, or one
 * asked before it: a table phrase, a copyright, a credit)? */
static bool is_block_phrase(const char *s, size_t n)
{
    pith_category cat;
    return pith_rules_block_phrase(s, n, n, &cat) != NULL;
}

/* The library carries its rule tables built and compiled ahead of time
 * (rules_data.h), and every pattern of them decodes with this PCRE2. */
static void test_rules_built_ahead(void **state)
{
    (void)state;
    assert_non_null(pith_rules_precompiled);
    assert_int_equal(pith_rules_compile_all(), 0);
}

/* The heading over shoppers' reviews gets no rule of its own (the clean
 * stage drops it beside a product only) but says what it is; a sentence
 * about reviews is neither. */
static void test_review_headings(void **state)
{
    (void)state;
    static const char *const headings[] = {
        "Customer Reviews", "Ratings & Reviews", "What our customers say...", "Testimonials",
        "4.9 (1,113 reviews)", "Be the first to review this item", "Kundenbewertungen",
        "Avis clients", "Opiniones de clientes", "Recensioni", "Отзывы покупателей",
        "カスタマーレビュー", NULL,
    };
    static const char *const prose[] = {
        "Reviews of the new model praised its battery life and its screen.",
        "Customers say the strap is the part they like least.", "Review", NULL,
    };
    for (const char *const *l = headings; *l; l++) {
        pith_category cat;
        if (pith_rules_block_phrase(*l, strlen(*l), strlen(*l), &cat) != NULL ||
            cat != PITH_CAT_REVIEWS)
            fail_msg("\"%s\" should head reviews, with no rule", *l);
    }
    for (const char *const *l = prose; *l; l++) {
        pith_category cat;
        pith_rules_block_phrase(*l, strlen(*l), strlen(*l), &cat);
        if (cat == PITH_CAT_REVIEWS)
            fail_msg("\"%s\" should not head reviews", *l);
    }
}

/* A loading placeholder gets no rule of its own (the clean stage drops it
 * as a line of its own only) but says what it is; a title without the
 * closing ellipsis ("Loading the van") and a sentence are neither. */
static void test_loading_lines(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "Loading...", "LOADING", "Loading, please wait...", "Chargement\xe2\x80\xa6",
        "Wird geladen \xe2\x80\xa6", "Loading reviews...", "Cargando comentarios\xe2\x80\xa6",
        "\xe8\xaa\xad\xe3\x81\xbf\xe8\xbe\xbc\xe3\x81\xbf\xe4\xb8\xad", NULL,
    };
    static const char *const others[] = {
        "Loading the van", "Loading the kettle takes a minute.", NULL,
    };
    for (const char *const *l = lines; *l; l++) {
        pith_category cat;
        if (pith_rules_block_phrase(*l, strlen(*l), strlen(*l), &cat) != NULL ||
            cat != PITH_CAT_LOADING)
            fail_msg("\"%s\" should be a loading line, with no rule", *l);
    }
    for (const char *const *l = others; *l; l++) {
        pith_category cat;
        pith_rules_block_phrase(*l, strlen(*l), strlen(*l), &cat);
        if (cat == PITH_CAT_LOADING)
            fail_msg("\"%s\" should not be a loading line", *l);
    }
}

static void test_block_phrases(void **state)
{
    (void)state;
    static const char *const labels[] = {
        "Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE READING", "Anzeige", "Publicité",
        "Реклама", "广告", "Share this:", "Teilen", "You may also like", "Related Articles",
        "Lesen Sie auch", "À lire aussi", "Te puede interesar", "相关阅读", "関連記事",
        "12 Comments", "Leave a Reply", "Laisser un commentaire", "Tinggalkan Balasan",
        "Subscribe to our newsletter", "Read more", "Weiterlesen", "Tags", "Schlagwörter",
        "Mainos", "Hirdetés", "Reclamă", "פרסומת", "Publicitat", "โฆษณา", "Lue myös",
        "Kapcsolódó cikkek", "Citește și", "Pročitajte još", "Súvisiace články",
        "Hozzászólások", "Komentari", "תגובות", "Abonează-te la newsletter", "Сподели",
        "Advert", "Tell us what YOU think...", "This slideshow requires JavaScript.",
        "Please enable JavaScript to view this content", "Bitte aktivieren Sie JavaScript",
        "[button link=\u201dhttp://example.org/review/\u201d type=\u201dbig\u201d] Send us your "
        "review[/button]",
        "[pdf-embedder url=\"https://example.org/a.pdf\"]", "Caption", "Close", "Image 3 of 5",
        "Back to top", "Schließen", "关闭", "Oglas", "Reklaam", "Auglýsing", "اشتہار",
        "Preberite tudi", "Skaitykite taip pat", "Loe ka", "Прочитајте још", "Lexo edhe",
        "Soma pia", "یہ بھی پڑھیں", "আরও পড়ুন", "Komentarji", "Kommentaarid", "Maoni",
        "Mga komento", "Şərhlər", "মন্তব্য", "Dalintis", "Deila", "Shiriki", "Click to expand...",
        "Click to shrink...", "Klicken zum Erweitern...", "Skip to contentSkip to site index",
        NULL,
    };
    static const char *const prose[] = {
        "The advertisement ran for three weeks before the regulator stepped in.",
        "Share prices fell sharply on Monday.", "More than 200 people attended the meeting.",
        "Comments from the minister were not immediately available.",
        "Related research has shown the same effect in mice.",
        "A hirdetés szerint a lakás még eladó.", "Reclama a fost retrasă după o săptămână.",
        "Lue myös tämä, jos aihe kiinnostaa sinua enemmän.",
        "The advert was pulled after complaints.",
        "This feature requires JavaScript, the developers said, because the map is drawn in "
        "the browser and updated every second.",
        "[Applause]", "Close to 300 people came.", "The caption contest closes on Friday.",
        "Oglas je bil objavljen v četrtek.", "Loe ka seda raamatut, kui sul on aega.",
        "Click to expand the menu, then choose the second option from the list.", NULL,
    };
    check_all(labels, is_phrase, true, "block phrase");
    check_all(prose, is_phrase, false, "block phrase");
}

/* A space a phrase makes optional (" ?") may be missing: "full ?screen"
 * takes "Fullscreen" as well as "Full screen", "call ?back" takes
 * "Request a callback". */
static void test_optional_space(void **state)
{
    (void)state;
    static const char *const labels[] = {"Fullscreen", "Full screen", "Exit fullscreen", NULL};
    check_all(labels, is_phrase, true, "optional space");
    static const char *const actions[] = {"Request a callback", "Request a call back", NULL};
    check_all(actions, is_block_phrase, true, "optional space");
}

/* A forum post's furniture around code and attachments: the header of a
 * code box, the links under attached pictures, an attached file's size and
 * download count; sentences that speak of code, attachments and
 * downloads stay. */
static void test_forum_post_furniture(void **state)
{
    (void)state;
    static const char *const labels[] = {
        "Code: Select all", "CODE: SELECT ALL", "Code: Alles auswählen", "Code : Tout sélectionner",
        "Código: Seleccionar todo", "Codice: Seleziona tutto", "Kod: Zaznacz cały",
        "Код: Выделить всё", "View attachment 2028258",
        "View attachment 2028258 View attachment 2028259", "Anhang anzeigen 17",
        "(1.35 KiB) Downloaded 458 times", "(2 MiB) Downloaded 1 time",
        "(640 KiB) 12-mal heruntergeladen", NULL,
    };
    static const char *const prose[] = {
        "Code: select all the rows first, then press the button to copy them.",
        "View attachment settings in the control panel before you upload.",
        "The file was downloaded 458 times in its first week.",
        "Select all the code and paste it into a new file.", NULL,
    };
    check_all(labels, is_phrase, true, "forum post furniture");
    check_all(prose, is_phrase, false, "forum post furniture");
}

/* A reading time alone on its line is the article's metadata, in the
 * languages pith knows; a sentence about reading time is prose. */
static void test_reading_time(void **state)
{
    (void)state;
    static const char *const labels[] = {
        "8 min read", "3 MIN. READ", "12 minute read", "Reading time: 5 minutes",
        "Estimated reading time: 7 min", "5 Min. Lesezeit", "Lesezeit: 4 Minuten",
        "4 min de lecture", "Temps de lecture : 6 minutes", "3 minutos de lectura",
        "Tempo di lettura: 5 minuti", "6 minuten leestijd", "Czas czytania: 4 min",
        "Время чтения: 5 минут", NULL,
    };
    static const char *const prose[] = {
        "It takes about 8 min to read the whole report, and longer to digest it.",
        "Reading time was cut in half for pupils who used the new books.", NULL,
    };
    check_all(labels, is_phrase, true, "block phrase");
    check_all(prose, is_phrase, false, "block phrase");
}

/* The heading over the links other blogs left under a post is a comments
 * heading; a sentence about trackbacks is prose. */
/* A shop's "customers who viewed this also bought" over other products,
 * said several ways and in several languages, is a recommendations
 * heading; a sentence about what customers bought is not. */
static void test_customers_also_bought(void **state)
{
    (void)state;
    static const char *const headings[] = {
        "This is what customers who viewed this product bought",
        "Customers who purchased this item also purchased", "Customers also shopped",
        "Kunden, die diesen Artikel gekauft haben, kauften auch", "Kunden kauften auch",
        "Les clients ayant consulté cet article ont également acheté",
        "Los clientes que compraron este producto también compraron",
        "I clienti che hanno acquistato questo articolo hanno acquistato anche",
        "Clientes que compraram este produto também compraram",
        "Klanten die dit artikel bekeken, kochten ook",
        "Klienci, którzy kupili ten produkt, kupili również", "С этим товаром покупают",
        "この商品を買った人はこんな商品も買っています", "Others Like You Also Bought:", NULL,
    };
    static const char *const prose[] = {
        "Customers who bought this kettle in the spring wrote to us about the handle.",
        "What customers bought most this year was the small kettle.", NULL,
    };
    for (const char *const *l = headings; *l; l++)
        if (pith_rules_match_phrase(*l, strlen(*l)) != PITH_CAT_RELATED)
            fail_msg("\"%s\" should head recommendations", *l);
    check_all(prose, is_phrase, false, "block phrase");
}

static void test_trackbacks_heading(void **state)
{
    (void)state;
    static const char *const labels[] = {"Trackbacks", "Pingbacks", "Trackbacks & Pingbacks",
                                         "Trackbacks/Pingbacks", NULL};
    static const char *const prose[] = {"Trackbacks were a way for blogs to cite each other.", NULL};
    check_all(labels, is_phrase, true, "block phrase");
    check_all(prose, is_phrase, false, "block phrase");
}

/* The families of labels a scraper's text keeps: a blog's share buttons
 * as their link text reads ("Click to share on X (Opens in new window)"),
 * "you may also be interested" over teasers, a teaser label that names
 * where its stories come from, in the languages pith knows; and the
 * sentences that look like them. */
static void test_share_links_and_teaser_labels(void **state)
{
    (void)state;
    static const char *const labels[] = {
        "Click to share on Twitter (Opens in new window)",
        "Click to email this to a friend (Opens in new window)", "Click to print",
        "Submit to Stumbleupon (Opens in new window)",
        "Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)",
        "Cliquez pour partager sur Twitter(ouvre dans une nouvelle fenêtre)",
        "Haz clic para compartir en Facebook (Se abre en una ventana nueva)",
        "Clicca per condividere su Facebook (Si apre in una nuova finestra)",
        "Clique para compartilhar no Facebook(abre em nova janela)",
        "Вам также может быть интересно", "Вас також може зацікавити",
        "Cela pourrait vous intéresser", "También le puede interesar", "Potrebbe piacerti anche",
        "Também pode te interessar", "Dit vind je misschien ook leuk",
        "Może cię też zainteresować", "Mohlo by vás zajímat", "Bunlar da ilginizi çekebilir",
        "您可能感兴趣", "Related coverage from How to Do Everything: Money:",
        "More stories from Science:", NULL,
    };
    static const char *const prose[] = {
        "Click to share on Twitter, the guide says, and your post goes out at once.",
        "Вам также может быть интересно узнать, что музей открыт по понедельникам.",
        "Related coverage from the trial is on page four.", NULL,
    };
    check_all(labels, is_phrase, true, "block phrase");
    check_all(prose, is_phrase, false, "block phrase");
    static const char *const teaser = "SEE MORE: Hong Kong protests: students under siege";
    assert_true(is_block_phrase(teaser, strlen(teaser)));
    static const char *const seen = "We will see more: rain on Monday, snow on Tuesday.";
    assert_false(is_block_phrase(seen, strlen(seen)));
}

static pith_category class_category(const char *cls)
{
    char norm[256];
    size_t n = pith_rules_normalize_attr(cls, strlen(cls), norm, sizeof norm);
    return pith_rules_match_class(norm, n, NULL, 0);
}

/* Class names of elements shown only on paper (a print header holding the
 * page's own URL) are hidden ones; a print button is a share tool. */
static void test_print_only_classes(void **state)
{
    (void)state;
    assert_int_equal(class_category("print-header"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("visible-print-block"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("d-print-block"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("printFooter"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("print-only"), PITH_CAT_HIDDEN);
    assert_true(class_category("print-button") != PITH_CAT_HIDDEN);
    assert_int_equal(class_category("blueprint-header"), PITH_CAT_NONE);
}

static void test_calls_to_action(void **state)
{
    (void)state;
    static const char *const ctas[] = {
        "Sign up for our daily newsletter to get the latest headlines in your inbox.",
        "Have a tip? Amy Castellane may be reached at acastellane@example.com.",
        "Follow KTV Noticias on Facebook, Twitter and Instagram.",
        "Follow @QuillDeals on Twitter to keep up with the latest deals.",
        "Read more: How the river changed course",
        "Comments are moderated and may take a while to appear.",
        "ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.",
        "05/10/2018 - Publicado por: Clarissa Montenegro - Categoria: Saúde",
        "Melden Sie sich für unseren Newsletter an.",
        /* a teaser's prompt to click its picture */
        "Click the image above to see the standings after the Brazilian Grand Prix.",
        "Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada.",
        "Clique e saiba os horários da TV do GP do Brasil.",
        "Haz clic en la imagen para ver el calendario completo.",
        "Cliquez sur l'image pour agrandir.", "Klicken Sie auf das Bild, um es zu vergrößern.",
        "Clicca sull'immagine per vedere la classifica.",
        /* a footer's disclaimers */
        "*These statements have not been evaluated by the Food and Drug Administration. These "
        "products are not intended to diagnose, treat, cure, or prevent any disease.",
        "+Results vary depending on starting point, goals and effort.",
        "Apple and the Apple logo are trademarks of Apple Inc., registered in the U.S. and other "
        "countries.",
        "Roku ist eine eingetragene Marke von Roku, Inc.",
        "Android est une marque déposée de Google LLC.", NULL,
    };
    static const char *const prose[] = {
        "The summit may be reached by cable car in twenty minutes from the valley.",
        "Protesters follow the news on Twitter and share it widely.",
        "The agency received 3,000 comments on the proposed policy before the deadline.",
        "The report, published by the ministry on Friday, found the same problems.",
        "Millions of users signed up for the service in its first week.",
        "Readers who click the image are taken to a page of ads, the study found.",
        "Clique é uma palavra que veio do inglês.",
        "The results vary widely, the researchers found, from one school to the next.",
        "The company registered the name as a trademark in 2004.", NULL,
    };
    check_all(ctas, is_block_phrase, true, "call to action");
    check_all(prose, is_block_phrase, false, "call to action");
}

/* A site's affiliate disclosure, said of itself, is furniture; prose on
 * affiliate marketing, on commissions and on what others earn is not. */
static void test_affiliate_disclosures(void **state)
{
    (void)state;
    static const char *const disclosures[] = {
        "This post may contain affiliate links. Read my full disclosure policy.",
        "This article contains affiliate links that may earn us a commission at no extra cost "
        "to you.",
        "Every item on this page was chosen by our editors. We may earn commission on some of "
        "the items you choose to buy.",
        "We independently evaluate all of our recommendations. If you click on links we "
        "provide, we may receive compensation.",
        "Purchases made through our links may earn us a small commission.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "If you buy through these links, I may get a small kick back at no cost to you.",
        "We may earn money when you click on our links.",
        "Dieser Artikel enthält Affiliate-Links: kaufst du darüber, erhalten wir eine kleine "
        "Provision.",
        "Cet article contient des liens affiliés.",
        "Este artículo contiene enlaces de afiliados.", NULL,
    };
    static const char *const prose[] = {
        "Affiliate programs let streamers earn a commission when viewers buy their gear.",
        "In affiliate marketing, a publisher is paid for each sale its links bring.",
        "The agents get a commission when you buy the policy, so ask what it covers.",
        "Workers' compensation covers the cost of injuries at work.",
        "You need 1,000 subscribers before you can earn money from ads.", NULL,
    };
    check_all(disclosures, is_block_phrase, true, "affiliate disclosure");
    check_all(prose, is_block_phrase, false, "affiliate disclosure");
}

static void test_copyright_cookie_credit(void **state)
{
    (void)state;
    static const char *const copyright[] = {
        "© 2026 The Valley Gazette. All rights reserved.", "Copyright 2019 Harbour News Now",
        "Alle Rechte vorbehalten.", "Tous droits réservés", NULL,
    };
    static const char *const cookies[] = {
        "We use cookies to improve your experience. By clicking Accept you agree.",
        "Diese Website verwendet Cookies. Mit Klick auf Akzeptieren stimmen Sie zu.",
        /* a consent manager's panel: its purposes, its cookie categories */
        "We and our 212 partners store and/or access information on a device, such as unique "
        "identifiers, to measure and personalise what you see.",
        "These cookies tell us which pages are read most, so that we can improve our website.",
        "Measure content performance 75 partners can use this purpose",
        "Advertising presented to you on this service can be chosen from the pages you read.",
        "Identifiers of your browser can be stored or read on your device to recognise it.",
        NULL,
    };
    static const char *const credits[] = {
        "Photo: Reuters", "Getty Images", "Foto: dpa", "(Photo: AP)", NULL,
    };
    static const char *const prose[] = {
        "The copyright dispute went to court in 2019.",
        "The bakery sells cookies and cakes every Saturday morning.",
        "These cookies keep for a week in a tin with a slice of apple.",
        "Our partners in the project store the samples in the museum's cellar.",
        "The guide presented to you on this tour was written by the rangers.", NULL,
    };
    check_all(copyright, pith_rules_is_copyright, true, "copyright line");
    check_all(cookies, is_block_phrase, true, "cookie notice");
    check_all(credits, is_block_phrase, true, "credit");
    check_all(prose, pith_rules_is_copyright, false, "copyright line");
    check_all(prose, is_block_phrase, false, "cookie notice");
}

/* A cookie notice's words after "cookies" are whole words: prose that
 * explains sessions and cookies speaks of the user, of cookies used for a
 * purpose, of what is useful or acceptable, and stays; the notices, in
 * several languages, still go. */
static void test_cookie_notice_whole_words(void **state)
{
    (void)state;
    static const char *const notices[] = {
        "This site uses cookies. By continuing to browse, you accept their use.",
        "Cookies help us deliver our services. By using our services, you agree to our use of "
        "cookies.",
        "Cookies accepted. You can change your cookie preferences at any time.",
        "Wir verwenden Cookies. Mit Klick auf Akzeptieren stimmen Sie der Nutzung zu.",
        "Nous utilisons des cookies pour mesurer l'audience de ce site.",
        "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", NULL,
    };
    static const char *const prose[] = {
        "The server signs the session cookie with a secret key, so the user cannot change "
        "the data stored in it.",
        "Cookies used for authentication should be marked HttpOnly and Secure.",
        "A signed cookie is useful when the session data is small.",
        "Der Server schickt das Cookie zurück, und der Browser sendet es mit dem User-Agent "
        "bei jeder Anfrage.",
        "Les cookies de session sont acceptables quand les données restent sur le serveur.",
        "Tracking cookies have worried policymakers for a decade.", NULL,
    };
    check_all(notices, is_block_phrase, true, "cookie notice");
    check_all(prose, is_block_phrase, false, "cookie notice");
}

/* A cookie notice in Japanese, Chinese, Arabic or Hindi names cookies
 * beside a word of consent, use, policy or settings; the word alone is a
 * recipe's biscuits, a server's session cookie, a people of north-east
 * India, and that prose stays.  In English, "these cookies" and "the site"
 * are whole words. */
static void test_cookie_notice_other_scripts(void **state)
{
    (void)state;
    static const char *const notices[] = {
        "当サイトではクッキーを使用しています。サイトの利用を続けることで、クッキーの使用に"
        "同意したものとみなされます。",
        "すべてのクッキーを受け入れる",
        "本网站使用cookie来改善您的浏览体验。继续浏览即表示您同意我们使用cookie。",
        "接受所有Cookie",
        "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
        "قبول جميع ملفات تعريف الارتباط",
        "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
        "सभी कुकीज़ स्वीकार करें",
        "These cookies help us understand how visitors use the site.", NULL,
    };
    static const char *const prose[] = {
        "バターと砂糖を混ぜて、クッキーの生地を作ります。オーブンを170度に設定して、15分焼きます。",
        "服务器在响应中设置cookie，浏览器在之后的请求中使用cookie来识别会话。",
        "ملفات تعريف الارتباط هي ملفات نصية صغيرة يحفظها المتصفح، وهي مقبولة في معظم التطبيقات.",
        "बच्चों के लिए कुकीज़ बनाने के लिए मक्खन और चीनी का उपयोग करें।",
        "मणिपुर में कुकी समुदाय के नेताओं ने सरकार की नीति पर सहमति जताई।",
        "These cookies travel well, so we packed a tin for the sitewide picnic.", NULL,
    };
    check_all(notices, is_block_phrase, true, "cookie notice");
    check_all(prose, is_block_phrase, false, "cookie notice");
}

/* The closing credits' quick gate (rules.c) answers no only where the
 * pattern, compiled whole by PCRE2, finds no credit: across texts built
 * from credits' openings, last words and closing symbols, with a symbol
 * outside ASCII after a bracket, the two letters outside ASCII that match
 * "k" and "s" caselessly, a full-width colon and a full stop after a
 * colon.  A gate that took any of these for prose fails it. */
static void test_closing_credit_gate(void **state)
{
    (void)state;
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pith_closing_credit_pattern, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
    assert_non_null(re);
    pcre2_match_data *md = pcre2_match_data_create(1, NULL);
    static const char *const openings[] = {
        "", "The old bridge in 1950. ", "Photo: the team. ", "Credit\xef\xbc\x9a",
        "(AP Photo/", "(", "Jane Doe/", "Bild: "};
    static const char *const words[] = {
        "Reuters", "Getty Images", "iStoc\xe2\x84\xaa", "Shutterstoc\xe2\x84\xaa", "Image\xc5\xbf",
        "\xc5\xbfhutterstock",
        "file photo", "AP", "the map", "EPA", "Photo: Jane Doe", "credit\xef\xbc\x9a" "Jane",
        "Source: NASA", "NASA via AP, File", "Jane Doe", "Foto de archivo", "dpa"};
    static const char *const closings[] = {"",   ")",  ").", ")\xc2\xbb", ".", " ",
                                           "\n", ".\xe2\x80\x9d", ":", "._", ") \xe2\x80\x94"};
    char text[256];
    unsigned credits = 0;
    for (size_t o = 0; o < sizeof openings / sizeof *openings; o++)
        for (size_t w = 0; w < sizeof words / sizeof *words; w++)
            for (size_t c = 0; c < sizeof closings / sizeof *closings; c++) {
                int n = snprintf(text, sizeof text, "%s%s%s", openings[o], words[w], closings[c]);
                bool want = pcre2_match(re, (PCRE2_SPTR)text, (size_t)n, 0, 0, md, NULL) >= 0;
                credits += want;
                if (pith_rules_ends_with_credit(text, (size_t)n) != want)
                    fail_msg("closing credit of \"%s\": want %d", text, want);
            }
    assert_true(credits > 100); /* the texts hold many credits, and many not */
    assert_true(credits < 800);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
}

/* Class words of page builders and frameworks that are not boilerplate,
 * beside the boilerplate words they resemble. */
static void test_content_class_words(void **state)
{
    (void)state;
    /* A page builder's every block is a "widget"; a sidebar's are too. */
    assert_int_equal(class_category("elementor-widget-container"), PITH_CAT_NONE);
    assert_int_equal(class_category("widget widget_recent_entries"), PITH_CAT_SIDEBAR);
    /* Utility classes shown on large screens only; "hidden" alone hides. */
    assert_int_equal(class_category("lg:hidden text-sm"), PITH_CAT_NONE);
    assert_int_equal(class_category("hide@medium"), PITH_CAT_NONE);
    assert_int_equal(class_category("hidden"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("show-hide-faq"), PITH_CAT_NONE);
    /* A modifier hiding a part of the last or first item (the line that
     * joins a nested reply to its thread), not the box it names. */
    assert_int_equal(class_category("nested-children hide-last-connector"), PITH_CAT_NONE);
    assert_int_equal(class_category("hide-first-border"), PITH_CAT_NONE);
    /* Components of a content management system ("cmp-"), and a consent
     * manager's banner. */
    assert_int_equal(class_category("cmp-text cmp-accordion"), PITH_CAT_NONE);
    assert_int_equal(class_category("cmp-banner"), PITH_CAT_COOKIE);
    /* A cookie banner named in one word, and the Complianz plug-in's box
     * (its categories' descriptions read as prose). */
    assert_int_equal(class_category("cookiebanner"), PITH_CAT_COOKIE);
    assert_int_equal(class_category("site-cookiebar-container"), PITH_CAT_COOKIE);
    assert_int_equal(class_category("cmplz-categories"), PITH_CAT_COOKIE);
    assert_int_equal(class_category("cookbook-chapter"), PITH_CAT_NONE);
    /* A block editor's preset styles name how the text looks ("legal" and
     * "caption" font sizes), not what the box is. */
    assert_int_equal(class_category("has-legal-font-size"), PITH_CAT_NONE);
    assert_int_equal(class_category("has-caption-font-size"), PITH_CAT_NONE);
    assert_int_equal(class_category("has-footer-background-color has-text-color"), PITH_CAT_NONE);
    assert_int_equal(class_category("has-small-font-size site-footer"), PITH_CAT_FOOTER);
    assert_int_equal(class_category("footer-legal"), PITH_CAT_FOOTER);
    /* A shop's results are not its search box. */
    assert_int_equal(class_category("search-results"), PITH_CAT_NONE);
    assert_int_equal(class_category("search-form"), PITH_CAT_NAV);
    /* The site's logo, a post's buttons. */
    assert_int_equal(class_category("site-logo"), PITH_CAT_NAV);
    assert_int_equal(class_category("post-buttons"), PITH_CAT_NAV);
}

/* The boxes around a page's items that boilerplate words name by accident:
 * the box a skip link leads to is the content, a search's result cards are
 * its results, and a card that fades its parts in on hover is shown. */
static void test_item_wrapper_words(void **state)
{
    (void)state;
    assert_int_equal(class_category("wp--skip-link--target"), PITH_CAT_NONE);
    assert_int_equal(class_category("skip-link"), PITH_CAT_NAV);
    assert_int_equal(class_category("discover-search-mobile-card"), PITH_CAT_NONE);
    assert_int_equal(class_category("SearchResultCard"), PITH_CAT_NONE);
    assert_int_equal(class_category("header-search-form"), PITH_CAT_NAV);
    assert_int_equal(class_category("search-toggle"), PITH_CAT_NAV);
    assert_int_equal(class_category("relative flex hide-child-opacity"), PITH_CAT_NONE);
    assert_int_equal(class_category("hide"), PITH_CAT_HIDDEN);
    /* A card that hides its read-more ad or its author line is neither
     * hidden nor an ad: "hide-X" names the furniture hidden inside it. */
    assert_int_equal(class_category("summary-grid-items hide-read-more-ad"), PITH_CAT_NONE);
    assert_int_equal(class_category("card hide-entry-author"), PITH_CAT_NONE);
    assert_int_equal(class_category("hide-read-more-ad ad-slot"), PITH_CAT_AD);
    assert_int_equal(class_category("hide-visually"), PITH_CAT_HIDDEN);
}

/* A class string longer than the room to normalise it loses its last
 * whole tokens, never half of one: the first letters of a search's result
 * card ("search_result_item") would read as a search box. */
static void test_long_class_cut_at_token(void **state)
{
    (void)state;
    char cls[300] = "";
    for (int k = 0; k < 48; k++)
        strcat(cls, "wrap ");
    strcat(cls, "search_result_item");
    assert_int_equal(class_category("search_result_item"), PITH_CAT_NONE);
    assert_int_equal(class_category(cls), PITH_CAT_NONE);
}

/* A page builder's blocks that fade in as the reader scrolls to them are
 * invisible only until then: they are shown, unlike a block hidden for
 * good. */
static void test_scroll_reveal_words(void **state)
{
    (void)state;
    assert_int_equal(class_category("elementor-element elementor-invisible elementor-widget"),
                     PITH_CAT_NONE);
    assert_int_equal(class_category("invisible"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("element-invisible"), PITH_CAT_HIDDEN);
}

/* A Tailwind arbitrary variant names a selector inside the box it styles:
 * "[&_a.hidden]:hidden" hides the links of class hidden within the box (a
 * FAQ's answer), not the box. */
static void test_arbitrary_variant_selector(void **state)
{
    (void)state;
    assert_int_equal(class_category("pb-4 !font-light [&_a.hidden]:hidden"), PITH_CAT_NONE);
    assert_int_equal(class_category("answer hidden"), PITH_CAT_HIDDEN);
}

/* AddToAny's buttons are named by whole tokens ("a2a_kit"); a page
 * builder's hashed class names hold the same three letters anywhere
 * ("builder-4be1f07a9c2d4e6b8a2a3c5f0d7e29b6"), naming nothing. */
/* Forum software names a poster's user name in a class, in any of its
 * spellings and inside a longer class; other classes name no user. */
static void test_poster_class_names(void **state)
{
    (void)state;
    assert_true(pith_rules_class_names_a_user("username_container"));
    assert_true(pith_rules_class_names_a_user("post-user-name"));
    assert_true(pith_rules_class_names_a_user("post userName"));
    assert_true(pith_rules_class_names_a_user("ipsType_break Username"));
    assert_false(pith_rules_class_names_a_user("user-info"));
    assert_false(pith_rules_class_names_a_user("author"));
    assert_false(pith_rules_class_names_a_user(NULL));
}

static void test_share_widget_token_not_in_hash(void **state)
{
    (void)state;
    assert_int_equal(class_category("a2a_kit a2a_default_style"), PITH_CAT_SHARE);
    assert_int_equal(class_category("builder-block builder-4be1f07a9c2d4e6b8a2a3c5f0d7e29b6"),
                     PITH_CAT_NONE);
}

/* A form's reply to its sender ("Thank you! Your submission has been
 * received!", "Oops! Something went wrong") sits beside the form in the
 * page, hidden until a script shows it once the form is sent. */
static void test_form_reply_hidden(void **state)
{
    (void)state;
    assert_int_equal(class_category("w-form-done"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("w-form-fail"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("contact-form-success-message"), PITH_CAT_HIDDEN);
    assert_int_equal(class_category("w-form"), PITH_CAT_NONE);
}

/* A phrase rule as a whole text, as rules.c matches it: spaces as \s+,
 * symbols, digits and spaces around it. */
static pcre2_code *whole_phrase(const char *rule, size_t len)
{
    char *b = malloc(4 * len + 64);
    assert_non_null(b);
    size_t k = (size_t)sprintf(b, "^[\\W\\d_]*(?:");
    for (size_t i = 0; i < len; i++)
        k += (size_t)(rule[i] == ' ' ? sprintf(b + k, "\\s+") : sprintf(b + k, "%c", rule[i]));
    sprintf(b + k, ")[\\W\\d_]*$");
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)b, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
    assert_non_null(re);
    free(b);
    return re;
}

/* The row of share words is written with one copy of the words, each
 * followed by symbols or by the end: it matches the texts the plain row
 * (words, then symbols and a word, again and again) matches, and no
 * other, for rows of words, symbols, digits and stray words. */
static void test_share_row_as_plain_row(void **state)
{
    (void)state;
    static const char head[] = "(?:(?:", tail[] = ")(?:\\W+|(?=[\\W\\d_]*$)))+";
    const char *row = NULL;
    for (const pith_phrase_rule *r = pith_block_phrases; r->pattern && !row; r++)
        if (r->cat == PITH_CAT_SHARE)
            row = r->pattern;
    assert_non_null(row);
    size_t n = strlen(row), words_len = n - strlen(head) - strlen(tail);
    assert_true(n > strlen(head) + strlen(tail) && !strncmp(row, head, strlen(head)) &&
                !strcmp(row + n - strlen(tail), tail));
    const char *words = row + strlen(head);
    char *plain = malloc(2 * words_len + 32);
    assert_non_null(plain);
    sprintf(plain, "(?:%.*s)(?:\\W+(?:%.*s))*", (int)words_len, words, (int)words_len, words);
    pcre2_code *as_written = whole_phrase(row, n), *as_plain = whole_phrase(plain, strlen(plain));
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    static const char *const parts[] = {
        "Share", "Facebook", "twitter", "share this", "E-mail", "Print this article", "x",
        "follow us on Instagram", "Teilen", "\xE5\x88\x86\xE4\xBA\xAB", "the", "news", "",
    };
    static const char *const glue[] = {"", " ", ": ", " | ", "-", "_", "7", " 2 ", "\xC2\xBB "};
    const size_t np = sizeof parts / sizeof parts[0], ng = sizeof glue / sizeof glue[0];
    char s[256];
    int hits = 0, total = 0;
    for (size_t a = 0; a < np; a++)
        for (size_t g = 0; g < ng; g++)
            for (size_t b = 0; b < np; b++)
                for (size_t h = 0; h < ng; h += 2) {
                    snprintf(s, sizeof s, "%s%s%s%s%s%s", glue[h], parts[a], glue[g], parts[b],
                             glue[(g + h) % ng], b % 3 ? "" : parts[(a + b) % np]);
                    bool want = pcre2_match(as_plain, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL) > 0;
                    bool got = pcre2_match(as_written, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL) > 0;
                    if (want != got)
                        fail_msg("'%s': the plain row says %d, the row as written %d", s, want, got);
                    hits += want;
                    total++;
                }
    assert_true(hits > total / 10 && hits < total);
    pcre2_match_data_free(md);
    pcre2_code_free(as_written);
    pcre2_code_free(as_plain);
    free(plain);
}

/* A consent panel's labels, a forum thread's furniture: each family with
 * its category; a sentence with the same words is prose. */
static void expect_category(const char *const *lines, pith_category want)
{
    for (const char *const *l = lines; *l; l++)
        if (pith_rules_match_phrase(*l, strlen(*l)) != want)
            fail_msg("\"%s\" should be of category %s", *l, pith_category_name(want));
}

static void test_consent_panel_labels(void **state)
{
    (void)state;
    static const char *const labels[] = {
        "Strictly Necessary Cookies", "Always Active", "Targeting Cookies Off",
        "Object to Legitimate Interests", "Remove Objection",
        "List of IAB Vendors | View Illustrations", "Switch Label", "Reject All",
        "Measure content performance Off", "Use limited data to select advertising",
        "Create profiles for personalised advertising", "Develop and improve services",
        "We Care About Your Privacy", "Immer aktiv", "Unbedingt erforderliche Cookies", "Toujours actif", "Siempre activas",
        "Sempre attivi", "Altijd actief", "Zawsze aktywne", "Всегда активно", NULL,
    };
    static const char *const prose[] = {
        "Always active, she ran every morning until she was ninety.",
        "Targeting cookies follow you from site to site, the study found.",
        "The council voted to reject all three proposals.", "Performance", NULL,
    };
    expect_category(labels, PITH_CAT_COOKIE);
    check_all(prose, is_phrase, false, "consent label");
}

static void test_forum_thread_furniture(void **state)
{
    (void)state;
    static const char *const nav[] = {
        "Start date", "Install the app", "Startdatum", "Date de début", "Fecha de inicio",
        "Installer l'application", "Установить приложение", "Go to page", "Gehe zu Seite", NULL,
    };
    static const char *const related[] = {
        "Similar threads", "Ähnliche Themen", "Discussions similaires", "Temas similares",
        "Похожие темы", NULL,
    };
    static const char *const prose[] = {
        "The start date of the course moved to March.",
        "Install the app on the second phone before you pair them.",
        "Similar threads run through all of her novels.",
        "Last edited in 1998, the manual is out of date.", NULL,
    };
    static const char *const stamps[] = {
        "Last edited: Aug 14, 2023", "Zuletzt bearbeitet: 14. August 2023",
        "Laatst bewerkt: 25 juli 2024", NULL,
    };
    expect_category(nav, PITH_CAT_NAV);
    expect_category(related, PITH_CAT_RELATED);
    expect_category(stamps, PITH_CAT_META);
    check_all(prose, is_phrase, false, "forum furniture");
}

/* A page's pickers of language and currency, the prompt to report a
 * mistake, the link back to the top and a cart drawer's sum, left as
 * lines of text; sentences that start the same way are prose. */
static void test_page_furniture_lines(void **state)
{
    (void)state;
    static const char *const nav[] = {
        "Choose your language", "Choose your currency", "Select your country",
        "Sprache wählen", "Choisissez votre devise", "Elige tu idioma", "Выберите язык",
        "See any errors on this page?", "Found an error?", "Fehler gefunden?",
        "RETURN TO TOP OF PAGE", "Back to the top", "Back to top", NULL,
    };
    static const char *const cart[] = {
        "Subtotal", "Product subtotal", "Total items", "Zwischensumme", "Sous-total", NULL,
    };
    static const char *const prose[] = {
        "Choose your language carefully when you write to the council.",
        "See any errors in the census returns? The archive wants to hear of them.",
        "Return to the top of the ridge before the weather turns.",
        "The subtotal came to more than the grant allowed.", NULL,
    };
    expect_category(nav, PITH_CAT_NAV);
    expect_category(cart, PITH_CAT_CART);
    check_all(prose, is_phrase, false, "page furniture");
}

/* The header vBulletin and its kin write over a quote in a post: the line
 * naming whom it quotes.  A sentence that starts the same way is prose; a
 * lone "Quote" (also a post's reply button) and "NAME said:" (also an
 * article's way into a quote) are left alone. */
static void test_forum_quote_headers(void **state)
{
    (void)state;
    static const char *const nav[] = {
        "Originally Posted by mossbank", "Originally Posted by Jane Doe",
        "Zitat von crumbcoat", "Message d'origine de Paul",
        "Mensaje original de Ana", "Originariamente inviato da Luca",
        "Postado originalmente por João", "Oorspronkelijk geplaatst door Piet",
        "Cytat z Marek", "Сообщение от Иван", NULL,
    };
    static const char *const prose[] = {
        "Originally posted by the band in 1998, the song was re-released. It sold well.",
        "Quote the price in euros, not in dollars.",
        "Jane said:", "Quote", "Zitat:", NULL,
    };
    expect_category(nav, PITH_CAT_NAV);
    check_all(prose, is_phrase, false, "forum quote header");
}

/* A carousel's modifier naming the style of its controls ("dark-nav-btns")
 * is the carousel's own box, not site navigation; a lone control and the
 * site's nav still are. */
static void test_carousel_control_tokens(void **state)
{
    (void)state;
    assert_int_equal(class_category("carousel dark-nav-btns"), PITH_CAT_NONE);
    assert_int_equal(class_category("product-slider nav-arrows nav-dots"), PITH_CAT_NONE);
    assert_int_equal(class_category("m-nav-arrow"), PITH_CAT_NAV);
    assert_int_equal(class_category("site-nav"), PITH_CAT_NAV);
    assert_int_equal(class_category("nav"), PITH_CAT_NAV);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rules_built_ahead),
        cmocka_unit_test(test_arbitrary_variant_selector),
        cmocka_unit_test(test_poster_class_names),
        cmocka_unit_test(test_share_widget_token_not_in_hash),
        cmocka_unit_test(test_form_reply_hidden),
        cmocka_unit_test(test_reading_time),
        cmocka_unit_test(test_trackbacks_heading),
        cmocka_unit_test(test_block_phrases),
        cmocka_unit_test(test_forum_post_furniture),
        cmocka_unit_test(test_optional_space),
        cmocka_unit_test(test_share_row_as_plain_row),
        cmocka_unit_test(test_share_links_and_teaser_labels),
        cmocka_unit_test(test_review_headings),
        cmocka_unit_test(test_loading_lines),
        cmocka_unit_test(test_customers_also_bought),
        cmocka_unit_test(test_calls_to_action),
        cmocka_unit_test(test_affiliate_disclosures),
        cmocka_unit_test(test_print_only_classes),
        cmocka_unit_test(test_content_class_words),
        cmocka_unit_test(test_item_wrapper_words),
        cmocka_unit_test(test_scroll_reveal_words),
        cmocka_unit_test(test_long_class_cut_at_token),
        cmocka_unit_test(test_copyright_cookie_credit),
        cmocka_unit_test(test_cookie_notice_whole_words),
        cmocka_unit_test(test_cookie_notice_other_scripts),
        cmocka_unit_test(test_closing_credit_gate),
        cmocka_unit_test(test_consent_panel_labels),
        cmocka_unit_test(test_forum_thread_furniture),
        cmocka_unit_test(test_page_furniture_lines),
        cmocka_unit_test(test_forum_quote_headers),
        cmocka_unit_test(test_carousel_control_tokens),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
