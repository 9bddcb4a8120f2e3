/*
 * phrases.c — data: boilerplate phrases in many languages.
 *
 * A phrase entry matches the WHOLE text of a short block (a label, a
 * heading, a lone link or paragraph), case-insensitively, ignoring
 * punctuation, digits and symbols around it: "Advertisement", "ADVERTISEMENT
 * - SCROLL TO CONTINUE", "Share this:", "12 Comments".  Entries are PCRE2
 * fragments (UTF, caseless); spaces inside a fragment match any run of
 * white space.  No capturing groups: the entries are joined into one
 * pattern whose groups tell the categories apart.
 *
 * Languages covered throughout: English, German, French, Spanish, Italian,
 * Portuguese, Dutch, Polish, Russian, Chinese, Japanese, Arabic, Hindi, and
 * more where the phrase is common (Swedish, Danish, Norwegian, Czech,
 * Turkish, Ukrainian, Korean, Indonesian, Vietnamese, Greek, and for ads,
 * sharing, newsletters, related lists and comments also Finnish,
 * Hungarian, Romanian, Hebrew, Bulgarian, Croatian/Serbian, Slovak,
 * Catalan, Thai and Persian; for ads, sharing, related lists and comments
 * also Slovenian, Lithuanian, Latvian, Estonian, Serbian Cyrillic,
 * Macedonian, Albanian, Icelandic, Afrikaans, Swahili, Tagalog,
 * Azerbaijani, Urdu and Bengali).
 */
#include "phrases.h"

/* Share buttons and their labels, the alternatives of the share rule. */
#define SHARE_WORDS \
    "share(?: (?:this|the|on|via|via email|article|story|post|page|link|now))*|" \
    "share (?:on )?(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest)|" \
    "tweet(?: this)?|email(?: this)?|e-?mail|print(?: this(?: article| page)?)?|" \
    "copy(?: the)? link|link copied|facebook|twitter|linkedin|whatsapp|pinterest|reddit|" \
    "follow us(?: on \\w+)?|like us on facebook|" \
    "teilen|artikel teilen|jetzt teilen|drucken|" \
    "partager|partager (?:cet article|sur \\w+)|imprimer|" \
    "compartir|compartir en \\w+|comparte(?: este artículo)?|imprimir|" \
    "condividi|condividi (?:su \\w+|questo articolo)|stampa|" \
    "compartilhe|compartilhar|compartilhe (?:esta matéria|este artigo)|" \
    "delen|deel dit artikel|udostępnij|podziel się|drukuj|" \
    "поделиться|поделитесь|分享|分享到|シェア(?:する)?|ツイート|" \
    "مشاركة|شارك|शेयर करें|शेयर|dela|del|sdílet|paylaş|공유하기|bagikan|chia sẻ|" \
    "lineで送る|はてなブックマーク|" \
    "jaa|megosztás|megosztom|distribuie|שתף|שיתוף|сподели|podijeli|podeli|zdieľať|" \
    "comparteix|แชร์|اشتراک گذاری|" \
    "deli|dalintis|dalīties|jaga|подели|shpërndaj|deila|shiriki|ibahagi|شیئر کریں|শেয়ার করুন|" \
    /* a blog's share buttons as their link text reads, the note that the \
     * link opens a window and all: "Click to share on Twitter (Opens in \
     * new window)", "Click to email this to a friend", "Submit to Reddit" */ \
    "click to (?:share on \\w+|email (?:this )?to a friend|print|email)" \
    "(?:\\W*opens in (?:a )?new window)?|submit to \\w+(?:\\W*opens in (?:a )?new window)?|" \
    "klicken,? um (?:auf \\w+ zu teilen|zu drucken|einem freund per e-mail zu senden)" \
    "(?:\\W*wird in neuem fenster geöffnet)?|" \
    "cliquez pour (?:partager sur \\w+|imprimer|envoyer par (?:e-mail|courriel) à un ami)" \
    "(?:\\W*ouvre dans une nouvelle fenêtre)?|" \
    "haz clic para (?:compartir en \\w+|imprimir|enviar por correo electrónico a un amigo)" \
    "(?:\\W*se abre en una (?:ventana nueva|nueva ventana))?|" \
    "clicca per (?:condividere su \\w+|stampare|inviare l'articolo via mail ad un amico)" \
    "(?:\\W*si apre in una nuova finestra)?|" \
    "clique para (?:compartilhar n[oa] \\w+|imprimir|enviar (?:por e-?mail )?a um amigo)" \
    "(?:\\W*abre em (?:uma )?nova janela)?|" \
    "klik om (?:te delen (?:op|via) \\w+|af te drukken)(?:\\W*wordt in een nieuw venster geopend)?|" \
    "kliknij,? (?:aby udostępnić na \\w+|by wydrukować)(?:\\W*otwiera się w nowym oknie)?|" \
    "нажмите,? чтобы (?:поделиться (?:в|на) \\w+|распечатать)(?:\\W*открывается в новом окне)?"

const pith_phrase_rule pith_block_phrases[] = {
    /* --- advertising labels and "scroll to continue" interruptions ----- */
    {PITH_CAT_AD,
     "advertisements?|adverts?|advertising|advertorial|ads?|sponsored(?: content| post| links?| stories)?|"
     "paid (?:content|post|partnership|promotion)|promoted(?: content| stories)?|"
     /* "Advertisement. Scroll to continue reading.", "Ad - continue reading below" */
     "(?:(?:advertisement|ad)\\W*)?(?:scroll|swipe) (?:down )?to continue(?: reading)?|"
     "(?:(?:advertisement|ad)\\W*)?continue reading below|"
     "(?:the )?(?:story|article|text|content) continues (?:below|after)(?: (?:this|the) )?(?:ad|advertisement)?|"
     "continue reading the main story|skip advertisement|report (?:this )?ad|"
     "ad feedback|close ad|remove ads|why this ad|"
     "anzeigen?|werbung|sponsored by|gesponsert|weiterlesen nach der anzeige|"
     "publicités?|la suite (?:de l'article )?après (?:cette|la) publicité|"
     "publicidad|anuncios?|patrocinado|continúa (?:leyendo )?después de la publicidad|"
     "pubblicità|annuncio|sponsorizzato|l'articolo continua (?:dopo|sotto) la pubblicità|"
     "publicidade|anúncio|continua após a publicidade|o texto continua após o anúncio|"
     "advertentie|gesponsord|lees verder na de advertentie|"
     "reklama|ogłoszenie|dalsza część artykułu pod reklamą|artykuł sponsorowany|"
     "реклама|продолжение (?:статьи )?(?:ниже|после рекламы)|"
     "广告|廣告|推广|赞助内容|広告|スポンサー(?:リンク)?|ＰＲ|"
     "إعلان|اعلان|محتوى مدفوع|विज्ञापन|प्रायोजित|"
     "annons|annonse|annonce|reklame|reklam|реклама|광고|iklan|quảng cáo|διαφήμιση|"
     "mainos|mainokset|kaupallinen yhteistyö|hirdetés|reklám|szponzorált(?: tartalom)?|"
     "publicitate|reclamă|reclama|conținut sponsorizat|פרסומת|תוכן ממומן|"
     "платена публикация|oglas|sponzorirano|sponzorisano|inzercia|inzerce|sponzorované|"
     "publicitat|contingut patrocinat|โฆษณา|تبلیغات|آگهی|"
     "oglas|reklāma|reklaam|оглас|reklamë|auglýsing|advertensie|tangazo|patalastas|"
     "اشتہار|বিজ্ঞাপন"},

    /* --- sharing: one share word, or a row of them ("Share: Facebook
     * Twitter Email", "Udostępnij: Facebook X"): each word followed by
     * symbols, or by the symbols and digits that end the text (every share
     * word has a letter, so only the last can be).  The words are written
     * once: the pattern is half the size of "words (symbols words)*", and
     * matches the same texts (phrases_test) ---------------------------- */
    {PITH_CAT_SHARE, "(?:(?:" SHARE_WORDS ")(?:\\W+|(?=[\\W\\d_]*$)))+"},

    /* --- newsletters and subscriptions --------------------------------- */
    {PITH_CAT_NEWSLETTER,
     "(?:sign up|subscribe)(?: (?:now|today|for free|here))?|"
     "(?:sign up|subscribe|register) (?:for|to) (?:our|the|my) (?:\\w+ )?(?:newsletters?|"
     "e-?mails?|updates|daily|weekly|briefing|digest)(?: \\w+)*|"
     "(?:get|join) (?:our|the) (?:\\w+ )?newsletter(?: \\w+)*|newsletters?|"
     "enter your e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address|"
     "thank you for (?:signing up|subscribing)|thanks for (?:signing up|subscribing)|"
     "(?:please )?(?:enter|provide) a valid e-?mail(?: address)?|"
     "this field is required|invalid e-?mail(?: address)?|"
     "you(?:'re| are) (?:now )?subscribed|check your inbox(?: \\w+)*|"
     "newsletter abonnieren|jetzt abonnieren|zum newsletter anmelden|"
     "abonnez-vous(?: à (?:notre|la) newsletter)?|inscrivez-vous(?: à (?:notre|la) newsletter)?|"
     "suscríbete(?: a (?:nuestro|nuestra) (?:boletín|newsletter))?|suscribirse|"
     "iscriviti(?: alla newsletter)?|assine(?: (?:nossa|a) newsletter)?|inscreva-se|"
     "schrijf je in(?: voor (?:onze|de) nieuwsbrief)?|aanmelden|"
     "zapisz się(?: do newslettera)?|subskrybuj|"
     "подпишитесь(?: на (?:рассылку|наш канал|новости))?|подписаться|"
     "订阅|立即订阅|訂閱|購読(?:する)?|メルマガ登録|اشترك(?: الآن)?|सब्सक्राइब करें|सदस्यता लें|"
     "tilaa uutiskirje|feliratkozás(?: hírlevélre)?|iratkozzon fel|hírlevél|"
     "abonează-te(?: la newsletter)?|הירשמו לניוזלטר|הרשמה לניוזלטר|абонирайте се|"
     "pretplatite se|prijavite se na newsletter|prihláste sa na odber|subscriu-te|"
     "สมัครรับข่าวสาร"},

    /* --- related, recommended, more stories (usually headings) --------- */
    {PITH_CAT_RELATED,
     "related(?: (?:articles?|stories|posts?|content|coverage|news|reading|links|topics|videos?))?|"
     "(?:you|we think you) (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)(?: \\w+)*|"
     /* a label naming the section or site the teasers come from, with its
      * colon: "Related coverage from How to Do Everything: Money:" */
     "(?:related|more) (?:coverage|stories|articles|posts|news|reading) (?:from|on|about|in) [^.!?]{1,60}:|"
     /* "you may also be interested" in the other languages */
     "вам (?:также |тоже )?(?:может быть интересно|может понравиться|будет интересно)|"
     "вас (?:також )?може зацікавити|вам (?:також )?може сподобатися|"
     "(?:ceci |cela )?(?:pourrait|peut) (?:aussi |également )?vous intéresser|"
     "vous (?:pourriez|pouvez|aimerez) (?:aussi|également) aimer|"
     "(?:también )?(?:le|les) (?:puede|podría) interesar|(?:también )?te (?:puede|podría) gustar|"
     "(?:ti )?potrebbe (?:anche )?piacer(?:ti|e)(?: anche)?|"
     "(?:também )?(?:pode|poderá) (?:te |lhe )?interessar|"
     "dit vind je misschien ook (?:leuk|interessant)|misschien ook interessant(?: voor jou)?|"
     "może (?:cię|was) (?:też |również |także )?zainteresować|może ci się (?:też |również )?spodobać|"
     "(?:mohlo|mohl|mohla) by vás (?:také )?zajímat|(?:bunlar da )?ilginizi çekebilir|"
     "dat kan je ook interesseren|det kan også interessere dig|det här kanske också intresserar dig|"
     "您可能(?:还)?(?:感兴趣|喜欢)|你可能(?:还)?(?:感兴趣|喜欢)|こちらもおすすめ|"
     "recommended(?: (?:for you|stories|articles|reading|videos?))?|"
     "(?:more|other) (?:from|stories|articles|news|on|in|like this|to read|coverage)(?: \\w+)*|"
     "(?:read|watch) (?:next|more|also|this next)|what to read next|up next|"
     "don't miss|do not miss|also read|see also|also on \\w+|"
     "(?:most|the most) (?:read|popular|viewed|shared|commented|emailed)(?: \\w+)*|"
     "popular(?: (?:now|stories|posts|articles|today|this week))?|trending(?: now| stories| today)?|"
     "latest(?: (?:news|stories|posts|articles|videos?))?|top stories|editor'?s picks|"
     "in case you missed it|recent posts|you may have missed|further reading|"
     "mehr zum thema|das könnte sie auch interessieren|weitere artikel|lesen sie auch|"
     "auch interessant|meistgelesen|empfohlene artikel|"
     "à lire (?:aussi|également)|lire aussi|sur le même sujet|vous aimerez aussi|"
     "les plus lus|articles similaires|dans la même rubrique|"
     "artículos relacionados|noticias relacionadas|te puede interesar|"
     "(?:también )?te (?:puede|podría) interesar|lo más leído|más noticias|lee también|"
     "articoli correlati|potrebbe interessarti(?: anche)?|leggi anche|i più letti|ti potrebbe interessare|"
     "artigos relacionados|notícias relacionadas|leia também|veja também|mais lidas|"
     "você (?:pode|poderá) gostar(?: também)?|"
     "gerelateerde artikelen|lees ook|meest gelezen|"
     "zobacz (?:też|także)|czytaj (?:też|także)|powiązane artykuły|najczęściej czytane|"
     "читайте также|похожие (?:статьи|новости|материалы)|по теме|популярное|"
     "相关(?:文章|阅读|新闻|推荐)|推荐阅读|延伸阅读|热门文章|相關(?:文章|新聞)|"
     "関連記事|おすすめ記事|あわせて読みたい|人気記事|"
     "مقالات ذات صلة|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|الأكثر قراءة|"
     "संबंधित (?:लेख|खबरें|ख़बरें)|यह भी पढ़ें|ये भी पढ़ें|और पढ़ें|"
     "relaterade artiklar|læs også|les også|související články|ilgili haberler|"
     "관련 기사|baca juga|tin liên quan|διαβάστε επίσης|"
     "lue myös|luetuimmat|kapcsolódó cikkek|ajánlott cikkek|legolvasottabb|"
     "ezek is érdekelhetik|citește și|articole similare|cele mai citite|כתבות נוספות|"
     "כתבות קשורות|прочетете още|още по темата|най-четени|pročitajte još|pročitajte i|"
     "povezane vijesti|najčitanije|súvisiace články|čítajte aj|najčítanejšie|"
     "notícies relacionades|també et pot interessar|el més llegit|ข่าวที่เกี่ยวข้อง|"
     "บทความที่เกี่ยวข้อง|مطالب مرتبط|اخبار مرتبط|"
     "preberite (?:tudi|še)|sorodni članki|skaitykite (?:taip pat|daugiau)|lasiet (?:arī|vēl)|"
     "loe ka|прочитајте (?:још|и)|прочитајте уште|lexo (?:edhe|më shumë)|lestu (?:líka|meira)|"
     "lees ook|soma (?:pia|zaidi)|basahin (?:din|ang iba pa)|həmçinin oxuyun|"
     "یہ بھی پڑھیں|আরও পড়ুন|"
     /* a shop's recommendations under a product: other products, not this one
      * ("Frequently bought together", "Others like you also bought") */
     "similar (?:items|products)|related (?:products|items)(?: to explore)?|"
     "explore related (?:items|products)|frequently bought together|"
     "(?:customers|people) who (?:bought|viewed) this(?: item| product)? also (?:bought|viewed)|"
     "(?:customers|people|shoppers|others)(?: like you)? also (?:bought|viewed|liked)|"
     /* "customers who viewed/bought this also..." said another way, and in the
      * other languages shops write it in */
     "(?:this is )?what (?:other )?(?:customers|people|shoppers) who (?:bought|viewed|purchased) "
     "this(?: item| product)? (?:also )?(?:bought|viewed|purchased)|"
     "(?:customers|people|shoppers) who (?:purchased|bought|viewed) this(?: item| product)? "
     "also (?:purchased|shopped|bought|viewed)|(?:customers|shoppers) also (?:purchased|shopped)|"
     "kunden,? die (?:diesen artikel|dieses produkt) (?:gekauft|angesehen) haben,? "
     "(?:kauften|haben) auch(?: gekauft| angesehen)?|(?:andere )?kunden kauften auch|"
     "das kauften andere kunden|"
     "les clients ayant (?:acheté|consulté|vu) (?:cet article|ce produit) ont (?:également|aussi) "
     "(?:acheté|consulté|vu)|(?:d'autres|les) clients ont (?:également|aussi) acheté|"
     "los clientes que (?:compraron|vieron) este (?:artículo|producto) también (?:compraron|vieron)|"
     "(?:otros|los) clientes también compraron|"
     "i clienti che hanno (?:acquistato|comprato|visto) questo (?:articolo|prodotto) hanno "
     "(?:acquistato|comprato|visto) anche|(?:altri|i) clienti hanno (?:acquistato|comprato) anche|"
     "(?:os )?clientes que (?:compraram|viram) este (?:item|produto|artigo) também "
     "(?:compraram|viram)|(?:outros )?clientes também compraram|"
     "klanten die dit (?:artikel|product) (?:kochten|bekeken),? (?:kochten|bekeken) ook|"
     "(?:andere )?klanten kochten ook|"
     "klienci,? którzy (?:kupili|oglądali) ten (?:produkt|artykuł),? (?:kupili|oglądali) "
     "(?:również|też|także)|klienci kupili (?:również|też|także)|"
     "с этим товаром (?:также )?покупают|покупатели также (?:купили|смотрели|покупают)|"
     "购买此商品的(?:顾客|用户)也(?:购买了|买了)|この商品を(?:買った|見た)人はこんな商品も(?:買っています|見ています)|"
     "recently viewed(?: items| products)?|(?:complete|shop) the look|"
     "more from this (?:seller|shop|store|brand)|sponsored (?:items|products)|"
     "ähnliche (?:artikel|produkte)|zuletzt angesehen|wird oft zusammen gekauft|"
     "produits (?:similaires|associés)|articles similaires|vus récemment|"
     "productos (?:similares|relacionados)|vistos recientemente|"
     "prodotti (?:simili|correlati)|articoli simili|visti di recente|"
     "produtos (?:semelhantes|relacionados)|vistos recentemente|"
     "vergelijkbare (?:artikelen|producten)|recent bekeken|podobne produkty|"
     "похожие товары|недавно просмотренные|相关商品|猜你喜欢|看了又看|関連商品|最近チェックした商品"},

    /* --- comments --------------------------------------------------------- */
    {PITH_CAT_COMMENTS,
     "(?:\\d+ )?(?:comments?|responses?|replies|reactions)(?: \\d+)?|"
     "(?:leave|post|add|write|show|view|join) (?:a |the |your )?(?:comment|reply|conversation|discussion)s?|"
     "(?:join|start) the (?:discussion|conversation)|be the first to comment|"
     "comments are closed|(?:log|sign) in to (?:comment|reply)|"
     "what do you think|(?:tell|let) us what you think|let us know what you think|"
     "have your say|cancel reply|"
     /* the links other blogs left under a post, a blog's comments by another name */
     "(?:trackbacks?|pingbacks?)(?:(?:\\s*[&/]\\s*| and )(?:trackbacks?|pingbacks?))?|"
     "kommentare?|kommentieren|kommentar schreiben|"
     "commentaires?|laisser un commentaire|réagir|"
     "comentarios?|deja (?:un|tu) comentario|comenta|"
     "commenti|lascia un commento|commenta|"
     "comentários?|deixe (?:um|seu) comentário|comente|"
     "reacties?|reageer|plaats een reactie|komentarze?|skomentuj|dodaj komentarz|"
     "комментари[ийя]|оставить комментарий|обсуждение|"
     "评论|发表评论|留言|評論|コメント(?:する)?|تعليقات?|أضف تعليق|टिप्पणियाँ|टिप्पणी करें|"
     "kommentarer|komentáře|yorumlar|댓글|komentar|bình luận|σχόλια|"
     "kommentit|kommentoi|hozzászólások|hozzászólás|kommentek|comentarii|"
     "lasă un comentariu|תגובות|הוסף תגובה|כתבו תגובה|коментари|коментирай|komentari|"
     "komentiraj|ostavite komentar|komentáre|comentaris|deixa un comentari|ความคิดเห็น|"
     "نظرات|دیدگاه|"
     /* WordPress's reply prompt and its translations */
     "tinggalkan (?:balasan|komentar)|lämna ett (?:svar|kommentar)|legg igjen en kommentar|"
     "efterlad en kommentar|laat een reactie achter|zostaw (?:komentarz|odpowiedź)|"
     "napsat komentář|bir (?:yanıt|yorum) (?:yazın|bırakın)|để lại (?:bình luận|một bình luận)|"
     "оставьте (?:комментарий|ответ)|залиште коментар|σχολιάστε|"
     "lascia un commento|deixe uma resposta|deja una respuesta|laisser une réponse|"
     "schreibe einen kommentar|antworten abbrechen|annuler la réponse|cancelar respuesta|"
     "コメントを残す|发表回复|發表回覆|댓글 남기기|اترك تعليقاً|اترك ردا|कोई टिप्पणी नहीं|"
     "komentarji|komentarai|komentāri|kommentaarid|коментари|komente|athugasemdir|"
     "kommentaar|maoni|mga komento|şərhlər|تبصرے|মন্তব্য"},

    /* --- author boxes ------------------------------------------------------- */
    {PITH_CAT_AUTHOR,
     "(?:written|posted|published|reported|edited) by|about the author|about (?:the )?authors?|"
     "more (?:articles |stories |posts )?(?:by|from) (?:this|the) author|view all posts by(?: \\w+)*|"
     "author|authors|"
     "über den autor|über die autorin|autor|autorin|"
     "à propos de l'auteur|l'auteur|auteur|"
     "sobre el autor|sobre la autora|"
     "sull'autore|l'autore|autore|sobre o autor|"
     "over de auteur|o autorze|об авторе|автор|"
     "关于作者|作者简介|作者|著者について|この記事を書いた人|著者|"
     "عن الكاتب|الكاتب|लेखक के बारे में|लेखक|"
     /* staff credit lines closing a story: "(责任编辑：李军)", "Reporting by
      * A; Editing by B", "Автор: Ирина Соколова" */
     "(?:责任编辑|责编|编辑|校对|审核|来源|作者|记者)[：:]\\s*[^\\s：:]{1,20}"
     "(?: (?:责任编辑|责编|编辑|校对|审核|来源|作者|记者)[：:]\\s*[^\\s：:]{1,20})*|"
     "(?:(?:additional )?(?:reporting|writing|editing) by [^.!?;]{1,80}(?:[;,] |$))+|"
     "(?:автор|редактор|фото)[:：]\\s*[^.!?]{1,60}"},

    /* --- datelines: "Published on 12/04/2024 by the newsroom" ------------
     * A verb of publication, then a full date (numeric, "12 April 2024" or
     * "April 12, 2024"), an optional time and an optional "by ..." credit.
     * The full date is required, so prose such as "Published in 1851 by a
     * small house, the novel..." is not taken. */
    {PITH_CAT_META,
     /* a manual's page says when it last changed: "This page was last
      * modified on Dec 5, 2025 by its contributors", "Last updated
      * 2026-03-05 UTC" */
     "(?:(?:this|the) (?:page|article|document|doc|post) was )?"
     "(?:published|posted|updated|last updated|last modified|last edited|modified|last reviewed|"
     "publié|mis à jour|dernière modification|veröffentlicht|aktualisiert|zuletzt (?:geändert|aktualisiert)|"
     "publicado|actualizado|última (?:actualización|modificación)|pubblicato|aggiornato|ultima modifica|"
     "gepubliceerd|bijgewerkt|laatst (?:bijgewerkt|gewijzigd)|opublikowano|ostatnia (?:aktualizacja|modyfikacja)|"
     /* a forum post's edit stamp: "Last edited: Aug 14, 2023" */
     "zuletzt bearbeitet|dernière édition|última edición|laatst bewerkt|"
     "опубликовано|обновлено|последнее изменение)(?: (?:on|le|am|el|il|em|op|dnia))?:? "
     "(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\d{1,2}\\.? (?:de )?\\w+ (?:de )?\\d{4}|\\w+ \\d{1,2},? \\d{4})"
     "(?:,? (?:at |à |um |a las |alle |om |в )?\\d{1,2}[:h.]\\d{2}(?:\\s*[ap]\\.?m\\.?| uhr)?)?"
     "(?: (?:utc|gmt))?"
     "(?:,? (?:by|par|von|por|da|di|door|przez) [^.!?]{1,80})?"},

    /* --- a reading time, alone on its line: "8 min read", "3 MIN. READ",
     * "Reading time: 5 minutes", "5 Min. Lesezeit", "4 min de lecture"
     * (the figures around it are ignored; those inside are spelt out) ---- */
    {PITH_CAT_META,
     "(?:min(?:ute)?s?\\.? (?:read|reading(?: time)?)|(?:estimated )?(?:reading|read) time"
     "(?:\\s*:? (?:\\d{1,3} )?min(?:ute)?s?\\.?)?|"
     "min(?:uten)?\\.? lesezeit|lesezeit\\s*:? (?:\\d{1,3} )?min(?:uten)?\\.?|"
     "min(?:utes)?\\.? de lecture|temps de lecture\\s*:? (?:\\d{1,3} )?min(?:utes)?\\.?|"
     "min(?:utos)?\\.? de (?:lectura|leitura)|tiempo de lectura\\s*:? (?:\\d{1,3} )?min(?:utos)?\\.?|"
     "tempo de leitura\\s*:? (?:\\d{1,3} )?min(?:utos)?\\.?|"
     "min(?:uti)?\\.? di lettura|tempo di lettura\\s*:? (?:\\d{1,3} )?min(?:uti)?\\.?|"
     "min(?:uten)?\\.? leestijd|leestijd\\s*:? (?:\\d{1,3} )?min(?:uten)?\\.?|"
     "min(?:ut)?\\.? czytania|czas czytania\\s*:? (?:\\d{1,3} )?min(?:ut)?\\.?|"
     "мин(?:ут[аы]?)?\\.? чтения|время чтения\\s*:? (?:\\d{1,3} )?мин(?:ут[аы]?)?\\.?)"},

    /* --- a tag list's label ("Tags:", "Schlagwörter", "标签") ------------- */
    {PITH_CAT_META, "tags|tagged(?: with| in)?|tag|topics|keywords|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|"
                    "mots-cl(?:é|e)s|étiquettes|etiquetas|palavras-chave|parole chiave|trefwoorden|"
                    "tagi|теги|метки|ключевые слова|标签|標籤|关键词|タグ|キーワード|الوسوم|टैग"},

    /* --- a forum or list reply's subject: "Re: <the thread's title>", one
     * line without a sentence break (a post that opens with "Re:" is not) */
    {PITH_CAT_META, "(?:re|aw|antw|odp|sv|vs|ynt)\\s?: [^\\n.!]{1,120}[?!.]?"},

    /* --- read more ------------------------------------------------------- */
    {PITH_CAT_READMORE,
     "read (?:more|the full (?:story|article)|full (?:story|article)|the rest)|"
     "continue reading(?: \\w+)*|click here(?: \\w+)*|learn more|see more|show more|load more|"
     "view (?:more|all)|more|mehr|weiterlesen|mehr lesen|mehr erfahren|"
     "lire la suite|en savoir plus|lire plus|leer más|seguir leyendo|ver más|"
     "leggi (?:di più|tutto)|continua a leggere|leia mais|continue lendo|saiba mais|"
     "lees meer|lees verder|czytaj (?:więcej|dalej)|читать (?:далее|дальше|полностью)|подробнее|"
     "阅读全文|查看更多|更多|閱讀全文|続きを読む|もっと見る|اقرأ المزيد|المزيد|और पढ़ें|"
     "läs mer|læs mere|les mer|číst dále|devamını oku|더 보기|selengkapnya|xem thêm|περισσότερα"},

    /* --- buttons that ask the reader to act: a landing page's and a shop's
     * ("Get started", "Book a demo", "Shop now"), alone on their line ----- */
    {PITH_CAT_PROMO,
     "get started(?: (?:now|today|for free))?|get (?:a |an |your )?(?:free )?(?:quote|estimate|"
     "demo|consultation|trial)|book (?:now|online|a (?:call|demo|consultation|visit|meeting))|"
     "request (?:a |an )?(?:demo|quote|call ?back|consultation|estimate)|"
     "(?:shop|buy|order|apply|join|download|enrol|enroll|register) now|"
     "contact us(?: (?:today|now))?|get in touch|talk to (?:sales|us|an expert)|"
     "schedule a (?:call|demo|consultation)|start (?:(?:your )?free trial|(?:for )?free|now)|"
     "try (?:it )?(?:for )?free|sign up(?: (?:now|for free|free))?|"
     "(?:explore|discover|find out) more|see (?:all|details|pricing|plans)|"
     "view (?:details|pricing|plans|products)|"
     "jetzt (?:kaufen|bestellen|starten|anfragen)|kontaktieren sie uns|angebot anfordern|"
     "mehr entdecken|contactez-nous|demander un devis|acheter maintenant|"
     "contáctanos|contáctenos|comprar ahora|solicita(?:r)? (?:una )?(?:demo|cotización)|"
     "contattaci|acquista ora|richiedi (?:una )?demo|fale conosco|compre agora|"
     "neem contact op|bestel nu|skontaktuj się|kup teraz|связаться с нами|купить сейчас|"
     "立即购买|联系我们|お問い合わせ|今すぐ購入"},

    /* --- a page's pickers of language, currency and country, and the
     * prompt to report a mistake on it, left as text: the page's furniture,
     * not what it says ("Choose your currency", "See any errors on this
     * page?"), in English, German, French, Spanish, Italian, Portuguese,
     * Dutch, Polish and Russian */
    {PITH_CAT_NAV,
     "(?:choose|select) your (?:language|currency|country|region|location)|"
     "(?:sprache|währung|land) (?:wählen|auswählen)|wählen sie ihre (?:sprache|währung|region)|"
     "choisissez votre (?:langue|devise|pays|région)|"
     "(?:elige|selecciona) tu (?:idioma|moneda|país|región)|elija su (?:idioma|moneda|país)|"
     "scegli (?:la tua )?(?:lingua|valuta|paese)|"
     "escolha (?:o seu |a sua |seu |sua )?(?:idioma|moeda|país|região)|"
     "kies (?:je|uw) (?:taal|valuta|land|regio)|wybierz (?:język|walutę|kraj|region)|"
     "выберите (?:язык|валюту|страну|регион)|"
     "(?:see|found|spot(?:ted)?|notice(?:d)?) (?:any |an )?(?:errors?|mistakes?|typos?)"
     "(?: on this page)?|fehler gefunden|vous avez (?:trouvé|repéré) une erreur|"
     "(?:has )?encontrado un error|hai trovato un errore|encontrou um erro|"
     "fout gevonden|znalazłeś błąd|нашли ошибку"},
    /* --- the lines of a shop's cart drawer: its sum and its count --- */
    {PITH_CAT_CART,
     "(?:product |cart |order |basket )?subtotal|total items|zwischensumme|sous-total|"
     "totale parziale|subtotaal|suma częściowa|промежуточный итог"},

    /* --- paywall notices ----------------------------------------------- */
    {PITH_CAT_PAYWALL,
     "(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|keep) reading(?: \\w+)*|"
     "(?:this|the) (?:article|story|content) is (?:only )?(?:available )?(?:for|to) "
     "(?:subscribers|members)(?: only)?|(?:already a|are you a) (?:subscriber|member)(?: \\w+)*|"
     "you(?:'ve| have) reached (?:your|the) (?:limit|free article limit|article limit)(?: \\w+)*|"
     "create a free account(?: \\w+)*|unlock (?:this|the full) (?:article|story)(?: \\w+)*|"
     "subscriber exclusive|subscribers only|members only|premium content|"
     "jetzt (?:weiterlesen|abonnieren|freischalten)|plus-artikel|"
     "réservé aux abonnés|article réservé aux abonnés|contenido (?:exclusivo )?para suscriptores|"
     "riservato agli abbonati|exclusivo para assinantes|alleen voor abonnees|"
     "tylko dla subskrybentów|только для подписчиков|会员专享|会員限定|有料会員限定"},

    /* --- markup left unrendered: a block that is only a CMS shortcode --
     * A WordPress-style shortcode whose plugin is gone or failed prints as
     * text: [pdf-embedder url="..."], [gallery ids="1,2"], [/su_box].  It
     * needs an attribute (key=...) or a hyphenated/underscored name, so a
     * bracketed word like "[Applause]" in a transcript is not taken. */
    {PITH_CAT_HIDDEN,
     "\\[/?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*(?: [a-z_-]+\\s*=\\s*[^\\]]*)+\\s*/?\\]|"
     "\\[/?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+\\s*/?\\]|"
     /* and one with its text: [button link="..."]Send us your review[/button] */
     "\\[[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*(?: [a-z_-]+\\s*=\\s*[^\\]]*)+\\][^\\[\\]]{0,120}"
     "\\[/[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*\\]"},

    /* --- the titles of a site's legal pages ----------------------------
     * A footer's links, and the heading of the pop-up a shop shows its
     * policies in: never the text of a product, a service or an article. */
    {PITH_CAT_FOOTER,
     "privacy(?: policy| notice| statement)|terms(?: of (?:service|use|sale))?|"
     "terms (?:and|&) conditions(?: of (?:sale|use))?|(?:refund|returns?|shipping|cookie) policy|"
     "legal notice|imprint|accessibility statement|"
     "datenschutz(?:erklärung|hinweise)?|impressum|agb|allgemeine geschäftsbedingungen|"
     "politique de confidentialité|conditions générales(?: de vente| d'utilisation)?|"
     "mentions légales|política de privacidad|términos y condiciones|aviso legal|"
     "informativa (?:sulla )?privacy|termini e condizioni|note legali|"
     "política de privacidade|termos e condições|privacybeleid|privacyverklaring|"
     "algemene voorwaarden|polityka prywatności|regulamin|"
     "политика конфиденциальности|隐私政策|プライバシーポリシー|利用規約"},

    /* --- a consent panel's labels, as a saved page or a scraper keeps them
     * after the article: its cookie categories and their switches
     * ("Strictly Necessary Cookies" / "Always Active", "Targeting Cookies
     * Off"), its buttons ("Reject All", "Confirm My Choices") and the
     * purposes of the ad industry's consent framework (IAB TCF), whose names
     * every panel that uses it prints alike, each with its "Object to
     * Legitimate Interests" / "Remove Objection" / "List of IAB Vendors |
     * View Illustrations" / "Switch Label" links.  In English, German,
     * French, Spanish, Italian, Portuguese, Dutch, Polish, Russian: the
     * categories and the "always active" badge ------------------------ */
    {PITH_CAT_COOKIE,
     "(?:strictly necessary|necessary|essential|functional|performance|targeting|analytics|"
     "advertising|marketing|social media) cookies(?: (?:on|off))?|"
     "(?:essential|necessary) cookies only|privacy overview|"
     "always active|object to legitimate interests?|remove objection|"
     "list of iab vendors(?:\\W+view illustrations)?|view illustrations|switch label|"
     "we care about your privacy|show purposes|(?:accept|reject|allow|refuse|decline) all(?: cookies)?|confirm my choices|"
     "manage consent preferences|(?:cookie|privacy) (?:settings|preferences)|"
     "(?:use limited data to select|use profiles to select personali[sz]ed|"
     "deliver and present) (?:advertising|content)(?: and content)?(?: (?:on|off))?|"
     "create profiles (?:for personali[sz]ed advertising|to personali[sz]e content)(?: (?:on|off))?|"
     "measure (?:advertising|content) performance(?: (?:on|off))?|"
     "(?:understand audiences through statistics or combinations of data from different sources|"
     "develop and improve services|use precise geolocation data|"
     "actively scan device characteristics for identification|"
     "store and/or access information on a device|save and communicate privacy choices|"
     "ensure security, prevent and detect fraud, and fix errors|"
     "match and combine data from other data sources|link different devices|"
     "identify devices based on information transmitted automatically)(?: (?:on|off))?|"
     "unbedingt erforderliche cookies|notwendige cookies|immer aktiv|alle (?:akzeptieren|ablehnen)|"
     "cookies strictement nécessaires|toujours actifs?|tout (?:accepter|refuser)|"
     "cookies estrictamente necesarias|siempre activ[oa]s?|(?:aceptar|rechazar) todas?|"
     "cookie strettamente necessari|sempre attivi?|(?:accetta|rifiuta) tutti|"
     "cookies estritamente necessários|sempre ativos?|(?:aceitar|rejeitar) todos|"
     "strikt noodzakelijke cookies|altijd actief|alles (?:accepteren|weigeren)|"
     "niezbędne pliki cookie|zawsze aktywne|(?:zaakceptuj|odrzuć) wszystkie|"
     "строго необходимые (?:файлы )?cookie|всегда активн[оы]|(?:принять|отклонить) все"},

    /* --- a forum thread's furniture, as a scraper keeps it: the label
     * over the thread starter's date ("Start date"), the heading of the
     * threads listed under it ("Similar threads"), the prompt to add the
     * forum to a phone's home screen ("Install the app"), a code box's
     * header and an attachment's links, in English,
     * German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian */
    {PITH_CAT_NAV,
     "start date|startdatum|date de début|fecha de inicio|data di inizio|data de início|"
     "data rozpoczęcia|дата начала|"
     "install the app|app installieren|installer l'application|instalar la aplicación|"
     "installa l'app|instalar o (?:app|aplicativo)|app installeren|zainstaluj aplikację|"
     "установить приложение|"
     /* the label of the pager's jump box ("Go to page") */
     "go to page|gehe zu seite|aller à la page|ir a la página|vai alla pagina|"
     "ir para a página|ga naar pagina|przejdź do strony|перейти на страницу|"
     /* the header of a code box in a post, whose button selects the code
      * for copying ("Code: Select all") */
     "(?:code|código|codice|kod|код) ?: ?(?:select all|alles auswählen|tout sélectionner|"
     "seleccionar todo|seleziona tutto|selecionar (?:tudo|todos)|selecteer alles|"
     "zaznacz (?:wszystko|cały)|выделить вс[её])|"
     /* the link under a picture attached to a post, one or several on a
      * line ("View attachment 2028258") */
     "(?:view attachment|anhang anzeigen|voir la pièce jointe|ver el archivo adjunto|"
     "visualizza allegato|ver anexo|bijlage bekijken|zobacz załącznik|посмотреть вложение)"
     " \\d+(?:\\W+(?:view attachment|anhang anzeigen|voir la pièce jointe|"
     "ver el archivo adjunto|visualizza allegato|ver anexo|bijlage bekijken|zobacz załącznik|"
     "посмотреть вложение) \\d+)*|"
     /* an attached file's size and download count, after its leading
      * "(1.35": "KiB) Downloaded 458 times", "KiB) 458-mal heruntergeladen" */
     "[kmg]i?b\\) (?:downloaded \\d+ times?|\\d+-mal heruntergeladen)"},
    {PITH_CAT_RELATED,
     "similar threads|ähnliche themen|discussions similaires|temas similares|discussioni simili|"
     "tópicos semelhantes|vergelijkbare onderwerpen|podobne tematy|похожие темы"},
    /* --- the header a forum (vBulletin and its kin) writes over a quote in
     * a post, the line naming whom it quotes ("Originally Posted by NAME"),
     * in English, German, French, Spanish, Italian, Portuguese, Dutch,
     * Polish, Russian.  The quoted words stay; their header is the thread's
     * furniture.  Not here: "NAME said:", which is also how an article
     * brings in a quote, and the lone label "Quote", which is also each
     * post's reply button and, in a scraper's text, marks where a post
     * starts (wcxb as text: a phpBB thread lost its posts with it). */
    {PITH_CAT_NAV,
     "(?:originally posted|original geschrieben|zitat|posté à l'origine|message d'origine|"
     "publicado originalmente|mensaje original|originariamente inviato|messaggio originale|"
     "citazione|postado originalmente|originalmente postado|mensagem original|citação|"
     "oorspronkelijk geplaatst|citaat|pierwotnie napisane|cytat|сообщение|цитата сообщения|цитата)"
     " (?:by|von|par|de|por|da|di|door|van|przez|от|z) [^\\n.!?]{1,60}"},

    /* --- the buttons of galleries, players and pop-ups, as text -------- */
    {PITH_CAT_NAV,
     "close|close (?:this|window|ad|gallery|menu|dialog|x)|open|caption|"
     "(?:hide|show|toggle) captions?|expand|collapse|play|pause|mute|unmute|"
     "full ?screen|exit full ?screen|enlarge(?: this)? image|zoom(?: in| out)?|"
     "(?:image|photo|slide|picture) \\d+ (?:of|/) \\d+|"
     "(?:back|return|go|scroll) to (?:the )?top(?: of (?:the |this )?page)?|"
     /* a page's skip links, glued as a scraper reads them ("Skip to
      * contentSkip to site index") */
     "skip to (?:main )?content(?:\\W*skip to (?:site index|navigation|footer))?|"
     "schließen|zurück nach oben|fermer|retour en haut|cerrar|"
     "volver arriba|chiudi|torna su|fechar|voltar ao topo|sluiten|zamknij|закрыть|наверх|"
     "关闭|返回顶部|閉じる|ページトップへ|إغلاق|बंद करें|"
     /* the link that unfolds a long quote in a forum post */
     "click to (?:expand|shrink|collapse)|klicken zum (?:erweitern|ausklappen|einklappen)|"
     "cliquez pour (?:agrandir|développer|réduire)|(?:haz )?clic para (?:expandir|ampliar)|"
     "clicca per (?:espandere|ridurre)|clique para (?:expandir|recolher)|"
     "klik om (?:uit te vouwen|in te klappen)|kliknij,? aby (?:rozwinąć|zwinąć)|"
     "нажмите,? чтобы (?:развернуть|свернуть)"},

    /* --- a manual's page tools: the links to edit it, to report a problem
     * with it or to help improve it, the question whether it helped, the
     * label over its table of contents ("On this page"), in English,
     * German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
     * Chinese, Japanese.  As a heading, it takes its list of links along. */
    {PITH_CAT_NAV,
     "edit (?:this )?(?:page|article|doc|document|section)(?: on (?:github|gitlab|bitbucket))?|"
     "edit on (?:github|gitlab|bitbucket)|"
     "view (?:this page|the source|source|page source)(?: on (?:github|gitlab|bitbucket))?|"
     "(?:report|file|open) an? (?:issue|problem|bug)(?: with this (?:page|content|article|doc))?|"
     "report feedback|improve this (?:page|article|doc)|suggest (?:an )?(?:edit|edits|changes)|"
     "help (?:us )?improve (?:this page|this article|the docs|\\w+)|learn how to contribute|"
     "was this (?:page|article|doc|document|section|information|content) (?:helpful|useful)|"
     "did (?:this|you find this) (?:page|article|doc) (?:help(?: you)?|helpful)|"
     "is this (?:page|article) helpful|(?:thank you|thanks) for (?:your|the) feedback(?: \\w+)*|"
     "(?:send|give|submit|leave) (?:us )?(?:your )?feedback|"
     "on this page|in this (?:article|page)|table of contents|page contents|contents|"
     "seite bearbeiten|auf dieser seite|inhaltsverzeichnis|war diese seite hilfreich|"
     "modifier (?:cette|la) page|sur cette page|table des matières|"
     "cette page (?:vous )?a-t-elle été utile|editar (?:esta )?página|en esta página|"
     "tabla de contenidos?|¿?(?:fue|es) útil esta página|modifica (?:questa )?pagina|"
     "in questa pagina|indice dei contenuti|questa pagina (?:ti )?è stata utile|nesta página|"
     "esta página foi útil|deze pagina bewerken|op deze pagina|inhoudsopgave|"
     "edytuj (?:tę )?stronę|na tej stronie|spis treści|редактировать (?:эту )?страницу|"
     "на этой странице|содержание|编辑此页|本页内容|目录|このページを編集|このページの内容|目次"},

    /* --- what a page shows in place of a script it could not run ------- */
    {PITH_CAT_HIDDEN,
     "(?:this |the )?(?:slideshow|gallery|video|player|content|page|site|website|feature|"
     "map|form|app|application|interactive|chart|graphic) requires javascript(?: \\w+)*|"
     "(?:please )?(?:enable|turn on|activate) javascript(?: \\w+)*|"
     "javascript (?:is )?(?:required|disabled|must be enabled)(?: \\w+)*|"
     "you (?:need|have) to enable javascript(?: \\w+)*|"
     "(?:bitte )?(?:aktivieren sie|aktiviere) javascript(?: \\w+)*|"
     "(?:veuillez )?activer (?:le )?javascript(?: \\w+)*|"
     "(?:por favor,? )?(?:habilita|active|activa|ative) (?:el |o )?javascript(?: \\w+)*"},

    /* --- a placeholder a script shows in a box until it fills it -------
     * A page's script shows "Loading..." in a box (reviews, prices, a map,
     * the next comments) until it has fetched what goes there; a saved page
     * keeps it.  The line is no content on any page, but only the whole of
     * a line of its own: this entry names no rule by itself
     * (pith_rules_block_phrase) and the clean stage drops it where it stands
     * alone, not as a heading (a manual's section "Loading").  Each
     * alternative: "loading" alone, or with "please wait" (en); "wird
     * geladen", "lädt" (de); "chargement", "chargement en cours" (fr);
     * "cargando" (es); "caricamento", "caricamento in corso" (it); "bezig met
     * laden", "wordt geladen" (nl); "carregando", "a carregar" (pt);
     * "ładowanie", "wczytywanie" (pl); "laddar" (sv); 読み込み中, ロード中
     * (ja); 加载中, 載入中 (zh).  Then the same naming what is to come
     * ("Loading reviews...", "Chargement des avis…", en, fr, es, it, pt):
     * the closing ellipsis tells it from a title ("Loading the van"). */
    {PITH_CAT_LOADING,
     "loading(?:\\W+please\\W+wait)?|wird geladen|lädt|chargement(?: en cours)?|cargando|"
     "caricamento(?: in corso)?|bezig met laden|wordt geladen|carregando|a carregar|"
     "ładowanie|wczytywanie|laddar|読み込み中|ロード中|加载中|載入中|"
     "(?:loading|chargement|cargando|caricamento|carregando)\\W.*(?:\\.\\.\\.|…)(?=\\s*$)"},

    /* --- the heading over shoppers' reviews of a product ----------------
     * "Customer Reviews", "Ratings & Reviews", "What our customers say",
     * "Testimonials", "4.9 (1,113 reviews)".  Furniture beside a product
     * only: on an article, a course or a landing page the same words head
     * the page's own text, so this entry names no rule by itself
     * (pith_rules_block_phrase) and the clean stage decides by the page's
     * type.  Last, so that every other entry wins over it. */
    {PITH_CAT_REVIEWS,
     "(?:(?:customer|customers'?|product|user|verified|guest|google|shopper|buyer|client|"
     "top|recent|most helpful|featured|all|our) )?(?:reviews|ratings)|"
     "customer (?:review|rating|feedback|testimonials?)|"
     "(?:ratings?|stars?) (?:&|and) reviews|reviews (?:&|and) (?:ratings?|q ?&a|questions)|"
     "(?:customer |client |user )?testimonials?|"
     "what (?:our |other |real )?(?:customers|clients|buyers|users|people|shoppers|owners) "
     "(?:are )?say(?:ing)?(?: about (?:us|it|this(?: product| item)?))?|"
     "(?:our |real )?(?:customers|clients) say|"
     "(?:read|see|show|view) (?:all )?(?:\\d+ )?(?:reviews|ratings)|write a review|"
     "be the first to review(?: this (?:product|item))?|(?:there are )?no reviews yet|"
     "reviews? (?:summary|highlights?)|photos from reviews|"
     "top reviews from (?:the )?[\\w ]{1,40}|based on \\d[\\d,.]* (?:reviews|ratings)|"
     "(?:kunden)?bewertungen|(?:kunden)?rezensionen|das sagen unsere kunden|"
     "avis(?: clients| des clients| vérifiés)?|témoignages(?: clients)?|"
     "ce que (?:disent|pensent) nos clients|"
     "(?:opiniones|reseñas|valoraciones)(?: de (?:los )?clientes)?|testimonios|"
     "lo que dicen nuestros clientes|recensioni(?: dei clienti)?|opinioni dei clienti|"
     "testimonianze|avaliações(?: de clientes| dos clientes)?|opiniões (?:de|dos) clientes|"
     "depoimentos|o que dizem nossos clientes|(?:klant)?beoordelingen|recensies|"
     "opinie(?: klientów)?|recenzje|отзывы(?: покупателей| клиентов| о товаре)?|відгуки|"
     "(?:kund)?recensioner|omdömen|(?:kunde)?anmeldelser|recenze|hodnocení zákazníků|"
     "değerlendirmeler|用户评价|商品评价|顾客评价|买家评价|累计评价|"
     "カスタマーレビュー|レビュー|口コミ|お客様の声|تقييمات العملاء|آراء العملاء|"
     "고객 리뷰|상품평|리뷰"},

    {PITH_CAT_NONE, NULL},
};

/* Copyright and rights lines (searched anywhere in a short block). */
const char *const pith_copyright_pattern =
    "^\\W{0,3}(?:©|\\(c\\)|copyright\\b|&copy;)|"
    "all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    "todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|"
    "alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены|"
    "版权所有|版權所有|無断転載|著作権|جميع الحقوق محفوظة|सर्वाधिकार सुरक्षित|"
    "alla rättigheter förbehållna|tüm hakları saklıdır|모든 권리 보유|hak cipta dilindungi";

/* Cookie and consent notices (searched anywhere in a short block).  A
 * consent manager's panel (the IAB's Transparency and Consent Framework,
 * its purposes and its cookie categories) speaks of partners storing data
 * on a device and of what "these cookies" do on the site, often without
 * the words of a banner's notice: as text, its paragraphs are the longest
 * prose of a short page.  The Framework's purposes are written the same
 * on every site: what "partners can use", what is "presented to you on
 * this service", what is "stored or read on your device".  The words after
 * "cookies" in a notice are whole words: a stem would also take "user",
 * "used", "useful", "acceptable", "policymakers", the prose of a page that
 * explains sessions and cookies. */
const char *const pith_cookie_pattern =
    "\\bcookies?\\b.{0,200}\\b(?:accept(?:s|ed|ing)?|agree(?:s|d|ing)?|consent(?:s|ed|ing)?|"
    "use|uses|using|polic(?:y|ies)|settings|preferences|privacy|experiences?)\\b|"
    "\\bwe and our (?:\\d+ )?partners\\b|\\bstore and(?:/or)? access (?:information|personal data)\\b|"
    "\\bwe process your data to deliver\\b|\\btransparency (?:and|&) consent framework\\b|"
    "\\bthese cookies\\b.{0,200}\\b(?:(?:(?:our|the|this) (?:web)?sites?|your (?:browsers?|devices?))\\b|"
    "third[- ]part)|"
    "\\bpartners can use this (?:special )?(?:purpose|feature)\\b|\\bstored or read on your device\\b|"
    "\\b(?:presented to you|your activity|your interactions?) on this service\\b|"
    "\\b(?:which|how) (?:advertising|content) is presented to you\\b|"
    "\\b(?:purposes explained|entities listed) in this notice\\b|"
    "\\b(?:we|this (?:web)?site) uses? cookies|"
    "(?:akzeptieren|zustimmen|einwilligung).{0,100}cookies|cookies.{0,100}(?:akzeptieren|zustimmen)|"
    "(?:nous utilisons|ce site utilise) (?:des )?cookies|accepter (?:les|tous les) cookies|"
    "(?:utilizamos|usamos|este sitio (?:web )?utiliza) cookies|aceptar (?:las |todas las )?cookies|"
    "(?:utilizziamo|questo sito utilizza) (?:i )?cookie|accetta (?:i |tutti i )?cookie|"
    "(?:utilizamos|usamos|este site usa) cookies|aceitar (?:os )?cookies|"
    "(?:wij gebruiken|deze website gebruikt) cookies|"
    "(?:używamy|ta strona używa) (?:plików )?cookies?|"
    "(?:мы используем|сайт использует) (?:файлы )?cookie|"
    /* Japanese: consent, settings or policy beside the word, or the
     * notice's "we use cookies" in its polite present */
    "クッキー.{0,20}(?:同意|受け入れ|許可|拒否)|クッキー(?:の)?(?:設定|ポリシー)|"
    "クッキー.{0,12}を(?:使用|利用)して(?:います|おります)|"
    /* Chinese: "we / this site use cookies", accepting all, agreeing,
     * the cookie policy or settings */
    "(?:我们|我們|本网站|本網站|本站|此网站|此網站)(?:会|會|将|將|也)?使用\\s?cookies?|"
    "接受(?:所有|全部)\\s?cookies?|同意.{0,20}cookies?|cookies?.{0,40}同意|"
    "cookies?\\s?(?:政策|设置|設定|偏好|声明|聲明)|"
    /* Arabic: "we use" or "this site uses" cookies, accepting them, their
     * policy or settings, agreeing to them; whole words, as an Arabic word
     * may hold another ("مقبول", acceptable, holds "قبول") */
    "(?:(?<!\\S)(?:نستخدم|يستخدم (?:هذا )?الموقع|يستخدم موقعنا)|(?<!\\S)[وبل]?(?:قبول|سياسة|إعدادات))"
    "\\s(?:\\S+\\s){0,3}ملفات تعريف الارتباط|"
    "ملفات تعريف الارتباط.{0,100}(?<!\\S)(?:توافق|[وب]?موافقت|بالموافقة|الموافقة|[وبل]?قبول|"
    "[وب]?سياسة|إعدادات)|"
    /* Hindi: cookies accepted, consented to, their policy or settings, or
     * "we / the site use cookies" in the habitual present; "कुकी" is also
     * the name of a people, so the singular only right before policy,
     * settings or consent */
    "कुकीज़?.{0,40}(?:स्वीकार|सहमति|नीति|सेटिंग)|कुकी (?:नीति|सेटिंग|सहमति)|"
    "कुकीज़? का (?:उपयोग|इस्तेमाल|प्रयोग) कर(?:ते|ती|ता)";

/* Image credits (the whole short block, searched from its start). */
const char *const pith_credit_pattern =
    "^\\W{0,3}(?:photo|photograph|image|picture|illustration|video|graphic|credit|source|"
    "foto|bild|quelle|crédit|crédito|fuente|fonte|źródło|фото|источник|图片来源|写真)s?"
    "(?: credits?| by| source)?\\s*[:：]|"
    "^\\W{0,3}(?:photo|image|picture|foto|bild) (?:by|courtesy of|von|de|di|por)\\b|"
    "^\\W{0,3}(?:getty images|ap photo|reuters|afp|shutterstock|istock|epa|dpa|imago|"
    "alamy|pa images|picture alliance|xinhua|anadolu)(?:\\W|$)|"
    "\\((?:photo|image|foto|bild): [^)]{1,80}\\)\\W*$";

/* Calls to action and contact lines that close or interrupt an article:
 * newsletter pitches, tip lines, "follow us", "read more:" teasers.  Searched
 * anywhere in a short block (a paragraph of at most a few lines). */
const char *const pith_cta_pattern =
    /* newsletters */
    "\\b(?:sign up|subscribe|register)\\b.{0,80}\\b(?:newsletters?|inbox|e-?mail (?:alerts|updates))\\b|"
    "\\bget (?:the latest|our|the best).{0,60}\\b(?:in|to) your inbox|"
    "\\bdelivered (?:straight |right |directly )?to your inbox|"
    "newsletter (?:abonnieren|bestellen)|melden sie sich .{0,40}newsletter|"
    "(?:inscrivez-vous|abonnez-vous) .{0,40}(?:newsletter|lettre d'information)|"
    "(?:suscr[ií]bete|reg[ií]strate) .{0,40}(?:bolet[ií]n|newsletter)|"
    "iscriviti .{0,40}newsletter|(?:assine|inscreva-se) .{0,40}newsletter|"
    "schrijf je in .{0,40}nieuwsbrief|zapisz się .{0,40}newsletter|"
    "подпишитесь .{0,40}(?:рассылку|новости)|"
    /* a teaser's prompt to click its picture or link: "Click the image
     * above to see the ranking", "Clique na imagem acima e veja...",
     * "Clique e saiba os horários...", "Cliquez sur l'image pour..." */
    "^\\W*(?:click|tap) (?:on )?the (?:image|photo|picture|banner|logo)s?\\b|"
    "^\\W*clique (?:n[ao]s? (?:imagem|imagens|foto|fotos|banner) |e (?:saiba|veja|confira|assista)\\b)|"
    "^\\W*(?:haz |haga )?(?:clic|click|pulsa|pincha) en (?:la|las) (?:imagen|imágenes|foto|fotos)\\b|"
    "^\\W*cliquez sur (?:l'image|les images|la photo|les photos)\\b|"
    "^\\W*klicken sie auf (?:das bild|die bilder|das foto)\\b|"
    "^\\W*clicca (?:sull'immagine|sulle immagini|sulla foto|sulle foto)\\b|"
    "^\\W*klik op (?:de afbeelding|de foto)\\b|"
    /* the disclaimers of a site's footer: trademarks, the supplement
     * makers' notice, "results vary" */
    "\\b(?:is a|are) (?:registered )?trademarks? of\\b|"
    "\\b(?:ist eine eingetragene marke|sind eingetragene marken) (?:von|der|des)\\b|"
    "\\b(?:est une marque déposée|sont des marques déposées) d(?:e|')|"
    "\\b(?:es una marca registrada|son marcas registradas) de\\b|"
    "\\b(?:è un marchio registrato|sono marchi registrati) di\\b|"
    "\\b(?:é uma marca registrada|são marcas registradas) d[aeo]s?\\b|"
    "\\b(?:is een geregistreerd handelsmerk|zijn geregistreerde handelsmerken) van\\b|"
    "\\bhave not been evaluated by the (?:food and drug administration|fda)\\b|"
    "\\bnot intended to diagnose, treat, cure,? or prevent any disease\\b|"
    "^\\W*results (?:may )?vary\\b|"
    /* the affiliate disclosure over or under a buying guide or a blog post:
     * the page's links pay the site ("This post contains affiliate links",
     * "we may earn a small commission", "As an Amazon Associate I earn
     * from qualifying purchases"), said by the site of itself; a sentence
     * on affiliate marketing names no "we", "I" or page of its own */
    "\\b(?:this|our|my) (?:post|article|page|site|website|blog|story|guide|review|video|"
    "content)s? (?:may |might )?(?:contains?|includes?|uses?|features?) (?:some )?affiliate links?\\b|"
    "\\b(?:we|i)(?: (?:may|might|could|will|do|also))? (?:earn|receive|get|make)s? "
    "(?:(?:a|an|small|very|tiny|some|little|affiliate) ){0,3}"
    "(?:\\(?very\\)? )?(?:commissions?|compensation|kick ?backs?|percentage of)\\b|"
    "\\bmay earn (?:us )?(?:an? )?(?:small )?(?:affiliate )?commissions?\\b|"
    "\\b(?:we|i) may earn money when you (?:click|buy|shop)\\b|"
    "\\b(?:we|i) (?:may )?(?:earn|receive) (?:a (?:small )?(?:commission|fee) )?from qualifying purchases\\b|"
    "\\bpurchases made through (?:our |these |the )?links (?:may )?(?:earn|provide)\\b|"
    "\\b(?:enthält|enthalten|beinhaltet) (?:\\w+ )?(?:affiliate|partner)-?links\\b|"
    "\\b(?:erhalten|bekommen) wir (?:ggf\\. |eventuell |möglicherweise )?(?:eine )?(?:kleine )?provision\\b|"
    "\\b(?:contient|contiennent) (?:des )?liens (?:d'affiliation|affiliés)\\b|"
    "\\bnous (?:pouvons )?(?:percevoir|percevons|toucher|touchons|recevoir|recevons) une (?:petite )?commission\\b|"
    "\\b(?:contiene|contienen|incluye) enlaces de afiliad[oa]s?\\b|"
    "\\b(?:podemos )?(?:recibir|recibimos|ganar|ganamos) una (?:pequeña )?comisión\\b|"
    "\\b(?:contiene|contengono) link (?:di affiliazione|affiliati)\\b|"
    "\\b(?:riceviamo|percepiamo|guadagniamo|potremmo ricevere) una (?:piccola )?commissione\\b|"
    "\\b(?:contém|contêm) links de afiliados?\\b|\\brecebemos uma (?:pequena )?comissão\\b|"
    "\\bontvangen wij (?:mogelijk )?een (?:kleine )?(?:commissie|vergoeding)\\b|"
    /* tips and contact lines of the author */
    "\\bhave a (?:news )?tip\\b|"
    "\\b(?:can|may) be reached (?:at|by|via) (?:e-?mail|phone|telephone|\\S+@\\S+|\\+?\\d)|"
    "\\bsend (?:us )?(?:your )?(?:news )?tips? to\\b|\\bcontact (?:the )?(?:author|reporter|writer) at\\b|"
    "\\bfollow (?:him|her|them|me|us) (?:on|at) (?:twitter|facebook|instagram|linkedin|x)\\b|"
    "\\bfollow @\\w+|^\\W*follow\\b.{0,60}\\b(?:twitter|facebook|instagram|linkedin|youtube|tiktok)\\b|"
    /* comment policies: "comments are moderated", "... não serão aprovados" */
    "\\b(?:comments?|comentários?|comentarios?|kommentare?|commentaires?|commenti|reacties)\\b"
    ".{0,100}\\b(?:are|will be|may be|is|são|serão|sont|seront|sind|werden|son|serán|sono|"
    "verranno|worden)\\b.{0,40}\\b(?:moderat\\w*|approv\\w*|aprovad\\w*|freigeschaltet|"
    "geprüft|modér\\w*|reviewed|revisad\\w*|pre-?screened)|"
    "\\b(?:comment(?:ing)? policy|community guidelines|política de comentários|"
    "política de comentarios|netiquette|règles de modération|kommentarrichtlinien)\\b|"
    /* post information lines: "05/10/2018 - Published by: Jane - Category: Health" */
    "^\\W*(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\W+)?(?:posted|published|publicado|publicada|"
    "veröffentlicht|publié|publiée|pubblicato|gepubliceerd|opublikowano)\\s+(?:by|por|von|par|da|door|przez)\\b|"
    /* teaser lines */
    "^\\W*(?:read more|related|see also|see more|also read|read also|more|recommended|watch|listen|"
    "lesen sie (?:auch|mehr)|mehr zum thema|à lire aussi|lire aussi|lee también|leggi anche|"
    "leia também|lees ook|czytaj też|читайте также)\\s*[:：>»]";

/* The credit that closes a picture's caption, as a text scraper keeps it:
 * at the end of the caption's line ("... in Seoul on Thursday. (AP
 * Photo/Jane Doe)", "... on Nov. 3. Credit: ESA", "... Photo: Reuters",
 * "(Source: NASA)": a paragraph may end naming its source, but not in
 * brackets) or as a line of its own ("Jane Doe/Getty Images", "John Roe Submitted
 * photo").  Searched from the end of a block of the article; the caption
 * is the picture's, not the article's text (a reader view keeps it under
 * the picture, apart from the text). */
const char *const pith_closing_credit_pattern =
    "(?:photo|foto|image|bild|credit)s?\\s*[:：]\\s*[^.:]{2,80}\\W*$|"
    "\\((?:source|quelle|fuente|fonte)s?\\s*[:：]\\s*[^)]{2,80}\\)\\W*$|"
    "\\((?:ap|afp|reuters|epa)?\\s*(?:photo|foto|image)s?\\s*/[^)]{2,60}\\)\\W*$|"
    "/\\s*(?:getty images|afp|reuters|ap|epa|shutterstock|istock|dpa|ap photo)\\W*$|"
    "\\bgetty images\\W*$|\\b(?:submitted|file) photo\\W*$|"
    /* an agency handing on another's picture, or one from its archive:
     * "(NASA via AP, File)", "(Jane Doe/The Union via AP)", "(AP Photo,
     * File)", "(Foto de archivo)", "(Archivbild)", "(Photo d'archives)" */
    "\\([^()]{0,80}\\bvia (?:ap|afp|reuters|getty images|upi|epa|dpa)(?:,? file)?\\)\\W*$|"
    "\\((?:ap |afp |reuters |epa )?(?:photo|image)s?,? file\\)\\W*$|"
    "\\((?:file|archive) (?:photo|image|picture)s?\\)\\W*$|"
    "\\((?:foto|imagen) de archivo\\)\\W*$|\\((?:archiv(?:foto|bild))\\)\\W*$|"
    "\\((?:photo|image)s? d'archives?\\)\\W*$|\\(foto d'archivio\\)\\W*$|"
    "\\(foto de arquivo\\)\\W*$|\\(archieffoto\\)\\W*$|\\(zdjęcie archiwalne\\)\\W*$|"
    "\\(архивное фото\\)\\W*$";

/* A quoted post's attribution line, as forums write it above a quote
 * ("Margit wrote: ↑Sun Mar 02, 2025 7:05 pm").  Only the attribution of a
 * quote is tested (a <cite> in a <blockquote>), never running text. */
const char *const pith_attribution_pattern =
    "\\b(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|skrev|napisał|"
    "napisała|написал|написала|yazdı|写道|寫道)\\s?:";

/* The line above a reader's comment, as blogs print it: who, often when,
 * then a verb of saying and a colon ("Milan on September 12, 2018 at 4:47
 * pm said:", "Jane Doe says:", "Max schrieb:").  Matched against whole
 * short lines of text pages (src/text/); in HTML, comment sections are
 * known by their markup. */
const char *const pith_comment_header_pattern =
    "^[^.!?\\n]{1,120}\\b(?:said|says|wrote|writes|commented|replied|sagt|sagte|schrieb|"
    "schreibt|meint|a dit|a écrit|dice|dijo|escribió|comentó|disse|escreveu|comentou|"
    "ha scritto|scrive|zegt|schreef|pisze|napisał|napisała|говорит|пишет|написал|написала|"
    "skriver|skrev|sanoo|kirjoitti|yazdı|dedi)\\s?:\\s*$";
