/*
 * pagetypes.c — data: the evidence of page types.
 *
 * What a page declares (schema.org types, og:type), the software that made
 * it (its generator), and the shape of its address speak for one kind of
 * page.  Weights: 3 a declaration that settles it, 2 good evidence, 1 a hint
 * that needs company.  Every entry names a type of page, a vocabulary term
 * or a widely used piece of software, never a site.  The tables matched
 * whole (buy buttons, count nouns) are read by one look-up,
 * pith_type_signal_of.
 */
#include "pagetypes.h"

#include <stddef.h>

#include "util/ascii.h"

#define A PITH_PAGE_ARTICLE
#define F PITH_PAGE_FORUM
#define P PITH_PAGE_PRODUCT
#define C PITH_PAGE_COLLECTION
#define L PITH_PAGE_LISTING
#define D PITH_PAGE_DOCUMENTATION
#define S PITH_PAGE_SERVICE

const pith_type_signal pith_schema_type_signals[] = {
    /* Discussions: a thread's posts, a question and its answers. */
    {"DiscussionForumPosting", F, 3, "schema:DiscussionForumPosting (a forum post)"},
    {"QAPage", F, 3, "schema:QAPage (a question and its answers)"},
    {"Comment", F, 2, "schema:Comment (replies marked up one by one, as forum software does)"},
    /* One product on sale. */
    {"Product", P, 2, "schema:Product"},
    {"ProductGroup", P, 2, "schema:ProductGroup (one product in several variants)"},
    {"IndividualProduct", P, 3, "schema:IndividualProduct"},
    {"ProductModel", P, 2, "schema:ProductModel"},
    {"Offer", P, 1, "schema:Offer (a price)"},
    {"MerchantReturnPolicy", P, 1, "schema:MerchantReturnPolicy (a shop's terms beside a product)"},
    {"OfferShippingDetails", P, 1, "schema:OfferShippingDetails"},
    /* Collections of products, listings of anything. */
    {"OfferCatalog", C, 2, "schema:OfferCatalog (a shop's catalogue)"},
    {"CollectionPage", L, 2, "schema:CollectionPage (a page of items: posts, or products)"},
    {"SearchResultsPage", L, 3, "schema:SearchResultsPage"},
    {"ItemList", L, 1, "schema:ItemList (also used for a 'best of' article's list)"},
    /* Documentation. */
    {"TechArticle", D, 2, "schema:TechArticle (technical documentation)"},
    {"APIReference", D, 3, "schema:APIReference"},
    {"SoftwareSourceCode", D, 1, "schema:SoftwareSourceCode"},
    /* Articles. */
    {"NewsArticle", A, 3, "schema:NewsArticle"},
    {"ReportageNewsArticle", A, 3, "schema:ReportageNewsArticle"},
    {"AnalysisNewsArticle", A, 3, "schema:AnalysisNewsArticle"},
    {"OpinionNewsArticle", A, 3, "schema:OpinionNewsArticle"},
    {"LiveBlogPosting", A, 3, "schema:LiveBlogPosting"},
    {"BlogPosting", A, 3, "schema:BlogPosting"},
    {"ScholarlyArticle", A, 3, "schema:ScholarlyArticle"},
    {"Article", A, 2, "schema:Article"},
    {"Report", A, 2, "schema:Report"},
    {"Recipe", A, 2, "schema:Recipe"},
    {"HowTo", A, 1, "schema:HowTo"},
    /* A business and what it offers. */
    {"Service", S, 2, "schema:Service"},
    {"ProfessionalService", S, 2, "schema:ProfessionalService"},
    {"FinancialService", S, 2, "schema:FinancialService"},
    {"LocalBusiness", S, 1, "schema:LocalBusiness"},
    {"SoftwareApplication", S, 1, "schema:SoftwareApplication (an application's page)"},
    {"WebApplication", S, 1, "schema:WebApplication"},
    {"FAQPage", S, 1, "schema:FAQPage (questions a business answers)"},
    {"AboutPage", S, 2, "schema:AboutPage"},
    {"ContactPage", S, 2, "schema:ContactPage"},
    {NULL, 0, 0, NULL},
};

const pith_type_signal pith_og_type_signals[] = {
    {"article", A, 2, "og:type article"},
    {"blog", A, 1, "og:type blog"},
    {"product", P, 3, "og:type product"},
    {"og:product", P, 3, "og:type og:product"},
    {"product.item", P, 3, "og:type product.item"},
    {"ebay-objects:item", P, 3, "og:type of an auction listing's item"},
    {"product.group", C, 3, "og:type product.group (a category of products)"},
    {NULL, 0, 0, NULL},
};

const pith_type_signal pith_generator_signals[] = {
    /* Forum software. */
    {"discourse", F, 3, "generator: Discourse (forum software)"},
    {"xenforo", F, 3, "generator: XenForo (forum software)"},
    {"phpbb", F, 3, "generator: phpBB (forum software)"},
    {"vbulletin", F, 3, "generator: vBulletin (forum software)"},
    {"invision", F, 3, "generator: Invision Community (forum software)"},
    {"mybb", F, 3, "generator: MyBB (forum software)"},
    {"flarum", F, 3, "generator: Flarum (forum software)"},
    {"nodebb", F, 3, "generator: NodeBB (forum software)"},
    {"smf", F, 3, "generator: Simple Machines Forum"},
    {"simple machines", F, 3, "generator: Simple Machines Forum"},
    {"vanilla", F, 3, "generator: Vanilla Forums"},
    {"discuz", F, 3, "generator: Discuz! (forum software)"},
    {"fluxbb", F, 3, "generator: FluxBB (forum software)"},
    {"punbb", F, 3, "generator: PunBB (forum software)"},
    {"bbpress", F, 3, "generator: bbPress (forum software)"},
    {"woltlab", F, 3, "generator: WoltLab Suite (forum software)"},
    /* Documentation generators. */
    {"docusaurus", D, 3, "generator: Docusaurus (documentation)"},
    {"mkdocs", D, 3, "generator: MkDocs (documentation)"},
    {"sphinx", D, 3, "generator: Sphinx (documentation)"},
    {"gitbook", D, 3, "generator: GitBook (documentation)"},
    {"vuepress", D, 3, "generator: VuePress (documentation)"},
    {"vitepress", D, 3, "generator: VitePress (documentation)"},
    {"docsify", D, 3, "generator: docsify (documentation)"},
    {"antora", D, 3, "generator: Antora (documentation)"},
    {"mdbook", D, 3, "generator: mdBook (documentation)"},
    {"starlight", D, 3, "generator: Starlight (documentation)"},
    {"docfx", D, 3, "generator: DocFX (documentation)"},
    {"doxygen", D, 3, "generator: Doxygen (documentation)"},
    {"javadoc", D, 3, "generator: javadoc (documentation)"},
    {"rustdoc", D, 3, "generator: rustdoc (documentation)"},
    {"pkgdown", D, 3, "generator: pkgdown (documentation)"},
    {"nextra", D, 2, "generator: Nextra (documentation sites, some blogs)"},
    /* Shop software: a product or a category, the page's structure tells. */
    {"woocommerce", P, 1, "generator: WooCommerce (a shop)"},
    {"prestashop", P, 1, "generator: PrestaShop (a shop)"},
    {"shopware", P, 1, "generator: Shopware (a shop)"},
    {NULL, 0, 0, NULL},
};

const pith_type_signal pith_archive_body_signals[] = {
    {"category", L, 2, "body class 'archive category': blog software's archive of a category, "
                       "its posts listed under the category's description"},
    {"tag", L, 2, "body class 'archive tag': blog software's archive of a tag, its posts listed"},
    {NULL, 0, 0, NULL},
};

const pith_type_signal pith_url_signals[] = {
    /* Forums and Q&A. */
    {"t", F, 1, "url: /t/ (a topic, as forum software addresses it)"},
    {"thread*", F, 2, "url: /thread..."},
    {"topic*", F, 2, "url: /topic..."},
    {"showthread*", F, 3, "url: showthread (forum software)"},
    {"viewtopic*", F, 3, "url: viewtopic (forum software)"},
    {"showtopic*", F, 3, "url: showtopic (forum software)"},
    {"forum*", F, 1, "url: /forum..."},
    {"board*", F, 1, "url: /board..."},
    {"discussion*", F, 1, "url: /discussion..."},
    {"questions", F, 1, "url: /questions/"},
    {"=forum*", F, 2, "url: a forum. host"},
    {"=community", F, 1, "url: a community. host"},
    {"=discuss*", F, 2, "url: a discuss. host"},
    /* Documentation. */
    {"docs", D, 2, "url: /docs/"},
    {"doc", D, 2, "url: /doc/"},
    {"documentation", D, 3, "url: /documentation/"},
    {"reference", D, 1, "url: /reference/"},
    {"manual", D, 2, "url: /manual/"},
    {"handbook", D, 2, "url: /handbook/"},
    {"api", D, 1, "url: /api/"},
    {"tutorial*", D, 1, "url: /tutorial..."},
    {"howto", D, 1, "url: /howto/"},
    {"wiki", D, 1, "url: /wiki/"},
    {"=docs", D, 3, "url: a docs. host"},
    {"=doc", D, 2, "url: a doc. host"},
    {"=developer*", D, 1, "url: a developer. host"},
    {"=wiki", D, 1, "url: a wiki. host"},
    /* One product. */
    {"product", P, 2, "url: /product/"},
    {"products", P, 1, "url: /products/ (a product, or a category of them)"},
    {"p", P, 1, "url: /p/ (a product, in many shops' addresses)"},
    {"dp", P, 2, "url: /dp/ (a product's detail page)"},
    {"itm", P, 2, "url: /itm/ (an auction listing's item)"},
    {"item", P, 1, "url: /item/"},
    /* A category of products. */
    {"collections", C, 2, "url: /collections/ (a shop's category)"},
    {"collection", C, 1, "url: /collection/"},
    {"product-category", C, 3, "url: /product-category/ (a shop's category)"},
    {"categories", C, 1, "url: /categories/"},
    {"category", C, 1, "url: /category/ (of products, or of posts)"},
    {"c", C, 1, "url: /c/ (a category, in many shops' addresses)"},
    {"catalog*", C, 2, "url: /catalog..."},
    {"department*", C, 2, "url: /department..."},
    {"shop", C, 1, "url: /shop/"},
    {"browse", C, 1, "url: /browse/"},
    /* Listings. */
    {"tag", L, 2, "url: /tag/ (the posts under a tag)"},
    {"tags", L, 2, "url: /tags/"},
    {"search", L, 2, "url: /search"},
    {"archive*", L, 1, "url: /archive..."},
    {"jobs", L, 1, "url: /jobs/"},
    {"events", L, 1, "url: /events/"},
    {"page", L, 1, "url: /page/ (a page of a list)"},
    /* A business's pages. */
    {"services", S, 2, "url: /services/"},
    {"service", S, 1, "url: /service/"},
    {"solutions", S, 2, "url: /solutions/"},
    {"solution", S, 1, "url: /solution/"},
    {"pricing", S, 2, "url: /pricing"},
    {"features", S, 1, "url: /features"},
    {"about*", S, 1, "url: /about..."},
    {"contact*", S, 1, "url: /contact..."},
    {"industries", S, 1, "url: /industries/"},
    {NULL, 0, 0, NULL},
};

const pith_type_signal pith_buy_button_signals[] = {
    /* A shop's button that puts the product shown in the cart, or buys it
     * at once, in English, German, French, Spanish, Italian, Portuguese,
     * Dutch, Polish, Russian, Swedish, Danish, Czech, Turkish, Japanese,
     * Chinese.  A page holds one for the product it is about (two with the
     * copy in a bar that follows the reader down); a category holds one per
     * card. */
    {"add to cart", P, 2, "structure: one button to buy (add to cart)"},
    {"add to bag", P, 2, "structure: one button to buy (add to bag)"},
    {"add to basket", P, 2, "structure: one button to buy (add to basket)"},
    {"add to trolley", P, 2, "structure: one button to buy (add to trolley)"},
    {"add to shopping cart", P, 2, "structure: one button to buy (add to shopping cart)"},
    {"buy now", P, 2, "structure: one button to buy (buy now)"},
    {"buy it now", P, 2, "structure: one button to buy (buy it now)"},
    {"in den warenkorb", P, 2, "structure: one button to buy (in den Warenkorb)"},
    {"jetzt kaufen", P, 2, "structure: one button to buy (jetzt kaufen)"},
    {"ajouter au panier", P, 2, "structure: one button to buy (ajouter au panier)"},
    {"acheter maintenant", P, 2, "structure: one button to buy (acheter maintenant)"},
    {"añadir al carrito", P, 2, "structure: one button to buy (añadir al carrito)"},
    {"agregar al carrito", P, 2, "structure: one button to buy (agregar al carrito)"},
    {"comprar ahora", P, 2, "structure: one button to buy (comprar ahora)"},
    {"aggiungi al carrello", P, 2, "structure: one button to buy (aggiungi al carrello)"},
    {"acquista ora", P, 2, "structure: one button to buy (acquista ora)"},
    {"adicionar ao carrinho", P, 2, "structure: one button to buy (adicionar ao carrinho)"},
    {"comprar agora", P, 2, "structure: one button to buy (comprar agora)"},
    {"in winkelwagen", P, 2, "structure: one button to buy (in winkelwagen)"},
    {"in winkelmand", P, 2, "structure: one button to buy (in winkelmand)"},
    {"dodaj do koszyka", P, 2, "structure: one button to buy (dodaj do koszyka)"},
    {"в корзину", P, 2, "structure: one button to buy (в корзину)"},
    {"В корзину", P, 2, "structure: one button to buy (В корзину)"},
    {"добавить в корзину", P, 2, "structure: one button to buy (добавить в корзину)"},
    {"Добавить в корзину", P, 2, "structure: one button to buy (Добавить в корзину)"},
    {"lägg i varukorgen", P, 2, "structure: one button to buy (lägg i varukorgen)"},
    {"læg i kurv", P, 2, "structure: one button to buy (læg i kurv)"},
    {"do košíku", P, 2, "structure: one button to buy (do košíku)"},
    {"sepete ekle", P, 2, "structure: one button to buy (sepete ekle)"},
    {"カートに入れる", P, 2, "structure: one button to buy (カートに入れる)"},
    {"加入购物车", P, 2, "structure: one button to buy (加入购物车)"},
    {"立即购买", P, 2, "structure: one button to buy (立即购买)"},
    {NULL, 0, 0, NULL},
};

const pith_type_signal pith_count_noun_signals[] = {
    /* A shop's category says how many products it holds, above its grid,
     * in English, German, French, Spanish, Italian, Portuguese, Dutch,
     * Polish, Swedish, Danish, Russian.  Plural nouns only: "1 item" and
     * "0 items" are a cart's. */
    {"products", C, 2, "structure: a count of the products listed"},
    {"items", C, 2, "structure: a count of the items listed"},
    {"styles", C, 2, "structure: a count of the styles listed (a shop of clothes)"},
    {"produkte", C, 2, "structure: a count of the products listed (Produkte)"},
    {"artikel", C, 2, "structure: a count of the products listed (Artikel)"},
    {"produits", C, 2, "structure: a count of the products listed (produits)"},
    {"productos", C, 2, "structure: a count of the products listed (productos)"},
    {"prodotti", C, 2, "structure: a count of the products listed (prodotti)"},
    {"produtos", C, 2, "structure: a count of the products listed (produtos)"},
    {"producten", C, 2, "structure: a count of the products listed (producten)"},
    {"artikelen", C, 2, "structure: a count of the products listed (artikelen)"},
    {"produkty", C, 2, "structure: a count of the products listed (produkty)"},
    {"produktów", C, 2, "structure: a count of the products listed (produktów)"},
    {"produkter", C, 2, "structure: a count of the products listed (produkter)"},
    {"товаров", C, 2, "structure: a count of the products listed (товаров)"},
    {"товара", C, 2, "structure: a count of the products listed (товара)"},
    /* A search's or a list's count of what it found. */
    {"results", L, 2, "structure: a count of the results listed"},
    {"matches", L, 2, "structure: a count of the matches listed"},
    {"listings", L, 2, "structure: a count of the listings shown"},
    {"ergebnisse", L, 2, "structure: a count of the results listed (Ergebnisse)"},
    {"treffer", L, 2, "structure: a count of the results listed (Treffer)"},
    {"résultats", L, 2, "structure: a count of the results listed (résultats)"},
    {"resultados", L, 2, "structure: a count of the results listed (resultados)"},
    {"risultati", L, 2, "structure: a count of the results listed (risultati)"},
    {"resultaten", L, 2, "structure: a count of the results listed (resultaten)"},
    {"wyników", L, 2, "structure: a count of the results listed (wyników)"},
    {"resultat", L, 2, "structure: a count of the results listed (resultat)"},
    {"resultater", L, 2, "structure: a count of the results listed (resultater)"},
    {"результатов", L, 2, "structure: a count of the results listed (результатов)"},
    {NULL, 0, 0, NULL},
};

const pith_type_signal pith_profile_segments[] = {
    /* Where forum and community software files its members' pages. */
    {"u", F, 1, "a member's page: /u/NAME (Discourse, Lemmy, others)"},
    {"user", F, 1, "a member's page: /user/NAME"},
    {"users", F, 1, "a member's page: /users/ID (Stack Exchange, others)"},
    {"member", F, 1, "a member's page: member.php (vBulletin, others)"},
    {"members", F, 1, "a member's page: /members/NAME.ID (XenForo, others)"},
    {"memberlist", F, 1, "a member's page: memberlist.php?mode=viewprofile (phpBB)"},
    {"profile", F, 1, "a member's page: /profile/NAME, profile.php"},
    {"profiles", F, 1, "a member's page: /profiles/NAME"},
    {"~*", F, 1, "a member's page: /~NAME (as older community sites write it)"},
    {NULL, 0, 0, NULL},
};

const pith_type_signal *pith_type_signal_of(const pith_type_signal *table, const char *w,
                                            size_t n)
{
    for (const pith_type_signal *s = table; s->word; s++)
        if (pith_ascii_ieq_n(w, n, s->word))
            return s;
    return NULL;
}
