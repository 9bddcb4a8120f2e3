/*
 * stopwords.c — data: the most frequent function words of many languages.
 *
 * Running prose is full of them ("the", "und", "que", "и", "的", "は"),
 * while menus, link lists, captions and labels have few.  The paragraph
 * classifier measures the share of a block's words found in the list of the
 * page's language (jusText's idea).  Lists are lower case; Chinese and
 * Japanese entries are single characters (particles, pronouns, copulas),
 * which the classifier compares character by character.
 */
#include <stddef.h>

#include "stopwords.h"

const pith_stopword_list pith_stopword_lists[] = {
    {"en", 0,
     "a about after all also an and any are as at be been before but by can could did do "
     "does for from had has have he her him his how i if in into is it its just like many "
     "may me more most my no not now of on one only or other our out over said she so some "
     "such than that the their them then there these they this those through to too under "
     "up us very was we were what when where which while who will with would you your"},
    {"de", 0,
     "aber als also am an auch auf aus bei bin bis da damit dann das dass dem den denn der "
     "des die dies diese dieser doch dort du durch ein eine einem einen einer eines er es "
     "für hat hatte ich ihr im in ist ja jetzt kann kein man mehr mich mit muss nach nicht "
     "noch nun nur ob oder ohne schon sehr sein seine sich sie sind so soll über um und uns "
     "unter vom von vor war waren was weil wenn werden wie wieder wir wird wo zu zum zur"},
    {"fr", 0,
     "à au aussi aux avec avait avoir c ce cela ces cet cette comme d dans de des deux donc "
     "du elle elles en est et été être eu fait il ils je l la le les leur leurs lui mais me "
     "même mes moi n ne nous on ont ou où par pas peut plus pour qu que qui sa sans se ses "
     "si son sont sur ta te tout tous très tu un une vous y"},
    {"es", 0,
     "a al algo ante como con contra cual cuando de del desde donde dos e el ella ellos en "
     "entre era es esa ese esta este esto fue ha había han hasta la las le les lo los más me "
     "mi muy no nos o para pero por porque que quien se sea ser si sin sobre son su sus "
     "también tiene todo todos un una uno y ya"},
    {"it", 0,
     "a ad al alla alle anche che chi ci come con cui da dal dalla del della delle dei di "
     "e è era gli ha hanno i il in io la le lo loro ma mi molto ne nel nella non o per più "
     "perché può quando quello questa questo se si sono su sua suo sul sulla tra tutti un "
     "una uno"},
    {"pt", 0,
     "a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa "
     "esse esta este foi há isso já lhe mais mas me mesmo muito na não nas no nos o os ou "
     "para pela pelo por porque quando que quem se sem ser seu seus sobre sua suas também "
     "tem um uma"},
    {"nl", 0,
     "aan al als bij dan dat de der deze die dit door dus een en er geen had heb heeft het "
     "hij hoe hun ik in is je kan maar me meer met mij na naar niet nog nu of om onder ons "
     "ook op over te tegen toch tot u uit van veel voor was wat we wel werd wie wij wordt "
     "worden zal ze zich zij zijn zo zou"},
    {"pl", 0,
     "a aby ale albo by być był była było co czy dla do go i ich jak jako jest już mnie "
     "może na nad nie nich nim o od oraz po pod przez przy się są ta tak także te tego tej "
     "ten to tu tylko w we więc z za że żeby"},
    {"ru", 0,
     "а без бы был была были было в вам вас во вот все всё где да для до его ее её если "
     "есть еще ещё же за и из или им их к как когда кто ли мне может мы на над не него "
     "нет ни но о об он она они оно от по под при с со так также там то того тоже только "
     "у уже что чтобы это этот я"},
    {"uk", 0,
     "а але без би був була були було в вже від для до є з за і й їх коли ми мені на не "
     "ні по при про та так також те теж ти то тому у це цей що щоб як які"},
    {"sv", 0,
     "att av de den det din du där efter en ett för han har hon i inte jag kan man med men "
     "mot när och om på sig som så till under var vi vid är över"},
    {"da", 0,
     "af at de den der det du efter en er et for fra han har hun i ikke jeg kan med men mod "
     "når og om på sig som så til ved vi var være"},
    {"no", 0,
     "av at de den det du eller en er et etter for fra han har hun i ikke jeg kan med men "
     "mot når og om på seg som så til var ved vi være"},
    {"cs", 0,
     "a aby ale ani by byl byla bylo být co do i jak jako je jeho jejich již jsem jsou k "
     "kde když která které který na nebo než o od po pro při s se si tak také to tu v ve "
     "však z za že"},
    {"tr", 0,
     "ama ancak bir biz bu da daha de değil diye en gibi her için ile ise kadar ki mi ne "
     "o olan olarak olduğu sonra şey ve veya ya"},
    {"id", 0,
     "ada adalah akan atau bahwa bisa dalam dan dari dengan di ini itu juga kami ke kita "
     "mereka oleh pada saat sebagai sudah tidak untuk yang"},
    {"vi", 0,
     "các có của cho đã được để khi không là một này người những trong và với về"},
    {"el", 0,
     "αλλά από για δεν είναι η θα και με μια να ο οι που σε στη στην στο στον στις τα την "
     "της το τον του των ως"},
    {"ar", 0,
     "أن إلى التي الذي على عن في كان كما لا لم ما مع من هذا هذه هو هي و أو ثم قد كل بين "
     "عند منذ حتى بعد"},
    {"fa", 0,
     "از است این به با برای بود که را در و یک آن ها می شد تا هم"},
    {"hi", 0,
     "और का की के को है में से ने पर यह वह था थी थे हैं भी कि जो तो एक इस उस लिए साथ कर"},
    {"hu", 0,
     "a az és hogy nem is egy de meg csak el már mint volt van még ez azt ami ki fel be "
     "sem vagy lesz kell után között mert így pedig ha akkor minden nagyon amely aki "
     "azonban szerint több most ezt arra annak ezért vele neki"},
    {"ro", 0,
     "și şi în la de a cu pe că nu din pentru este sunt să o un una mai care ce au fost iar "
     "dar sau după prin ca cum lui ei el ea noi acest această aceste fi va vor am ar între "
     "despre acum doar"},
    {"fi", 0,
     "ja on ei se että oli kun mutta niin hän ovat tai myös jo vain kuin sen ole olla joka "
     "mikä tämä nämä ne me minä siitä hänen heidän kanssa sitten koska jos nyt vielä sekä "
     "jotka eikä"},
    {"he", 0,
     "של את על עם לא זה כי גם הוא היא הם אני אבל או כל מה יש אם רק עוד אחד אחת היה היו "
     "אשר בין אל כמו לפי לאחר כך זו הזה הזאת"},
    {"bg", 0,
     "и в на с за да от се не е са че по към като това този тази тези но или ще бе бил "
     "била било беше при до след също който която които което му им го ги"},
    {"hr", 0,
     "i u je na da se za su od s sa ne to kao koji koja koje što ili ali a o iz po će bi "
     "bio bila bilo nije jer kako samo već te ga mu ih"},
    {"sk", 0,
     "a aj ako alebo ale ani bol bola bolo by byť do ho ich je jeho jej k keď ktorá ktoré "
     "ktorý má na nie o od po pre pri s sa si sú tak tiež to v vo z za že už"},
    {"ca", 0,
     "el la els les de del dels i a en que per amb un una és no es al als com més però o "
     "hi ha va seu seva són aquest aquesta també quan fins sobre entre"},
    {"sl", 0,
     "in je v na da se za so z s pa tudi ki ne po od iz ali kot bi bil bila bilo še to ta "
     "te smo sem si pri do le ga jih jo njegov njena kjer ker če ko vse"},
    {"lt", 0,
     "ir kad į su iš yra o bet kaip tai jis ji jie buvo bus nuo iki per apie dėl taip ar "
     "tik jau be kuris kuri kurie jo jos jų savo čia"},
    {"lv", 0,
     "un ir ka uz ar no par kā arī bet tas tā to vai bija būs pēc līdz jau tikai ne lai kas "
     "kur viņš viņa viņi savu šis šī"},
    {"et", 0,
     "ja on et ei see ka kui aga oli ta nad mis ning siis veel kes või nagu seda oma ole "
     "pole mitte ning kõik selle mida juba"},
    {"sr", 0,
     "и у је на да се за су од са не то као који која које што или али а о из по ће би "
     "био била било није јер како само већ те га му их"},
    {"mk", 0,
     "и на во се да од за со не е што тоа ги ја го но како која кој кои беше бил била "
     "било има ќе по до тој таа тие исто"},
    {"be", 0,
     "і ў на з не што гэта як а але ці па да ад для яго яна яны быў была было таксама "
     "ён мы вы калі таму"},
    {"sq", 0,
     "dhe në të e i me për nga një që është se u ka por edhe ose do si janë ishte kjo ky "
     "ata ai ajo më nuk kanë"},
    {"gl", 0,
     "e o a de que do da en un unha os as non se por con para ao dos das máis pero como "
     "foi é súa seu tamén cando"},
    {"eu", 0,
     "eta da ez du dira zen ere baina bat hori hau hura izan egin dute zuen beste bere edo "
     "ditu dago zuten"},
    {"is", 0,
     "og að í á er sem til við um með það ekki var en hann hún þeir frá eða af hefur eru "
     "þetta þess sínum"},
    {"af", 0,
     "die en van in is het dat nie op vir met te word sy was aan as hy ook deur om maar "
     "hulle ons wat kan"},
    {"sw", 0,
     "na ya wa kwa ni katika la za kuwa hii cha huo pia lakini hiyo kama ambao ambayo "
     "wake yake hayo ili"},
    {"tl", 0,
     "ang ng sa na at mga ay si ni ito para kay hindi siya may rin din ko niya nila pero "
     "kung dahil ding"},
    {"az", 0,
     "və bu bir ki ilə üçün da də olan olaraq isə ona onun amma həm daha çox kimi sonra "
     "artıq edib"},
    {"ur", 0,
     "اور کے کی میں ہے کو سے نے یہ کہ پر ایک تھا تھی ہیں وہ بھی کر ہو گیا اس جو لیے "
     "گیا تھے"},
    {"bn", 0,
     "এবং ও যে এই করে হয় না থেকে জন্য একটি তার কিন্তু সঙ্গে তিনি তাদের আর বা করা হবে "
     "ছিল এর"},
    {"zh", 1, "的了是在和有我他这不也就都而及与着或其她们为之于对说"},
    {"ja", 1, "のにはをがとでもたてだしなるれるからまでよりこれそれあるいうするです"},
    {"ko", 1, "이가은는을를의에도로서와과고다"},
    {NULL, 0, NULL},
};
