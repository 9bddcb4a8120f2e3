/*
 * author_words.c — the words around author names, as data, in the
 * languages of the web: what introduces a byline, what ends it, job titles,
 * news agencies and the joiners between several names.  All lower case.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "author.h"
#include "util/ascii.h"
#include "util/utf8.h"

/* A forum thread's header: "Thread starter" before the opening poster's
 * name (the thread's author), in the languages forum software ships.  Not
 * "Original poster": a badge written after the name. */
#define STARTER_LABELS                                                                      \
    "thread starter", "topic starter", "themenstarter", "threadstarter", "topicstarter",   \
        "auteur du sujet", "autor del tema", "autore discussione",                          \
        "autor do tópico", "autor wątku", "автор темы"

/* Words that introduce the names ("By Jane Doe"). */
static const char *const PREFIXES[] = {
    "by", "written by", "posted by", "reported by", "story by", "words by", "text by",
    "article by", "published by", "created by", "compiled by", "from", "contributor",
    "contributors", "contributor:", "contributors:", "contributed by",
    "author", "authors", "author:", "authors:", "byline",
    "von", "geschrieben von", "ein beitrag von", "ein kommentar von", "text von", "autor",
    "autorin", "autoren", "par", "écrit par", "publié par", "auteur", "auteurs", "texte",
    "por", "escrito por", "publicado por", "texto", "redacción", "autora", "di",
    "scritto da", "pubblicato da", "a cura di", "door", "geschreven door", "auteur:",
    "av", "af", "skrevet af", "skrevet av", "kirjoittaja", "teksti", "przez", "napisał",
    "napisała", "autorka", "napsal", "napsala", "szerző", "írta", "yazan", "yazar",
    "автор", "автор:", "авторы", "текст", "от", "συντάκτης", "tác giả", "oleh",
    "penulis", "ditulis oleh", "作者", "文", "記者", "기자", "글",
    "napisao", "napisala", "autorica", "kirjoittanut", "scris de", "autorul",
    "מאת", "כתב", "כתבה", "بقلم", "كتب", "كتبت", "الكاتب", "نویسنده", "लेखक", "लेखक:",
    "द्वारा", "ผู้เขียน", "โดย", "escrit per", "autor:", "tekst", "words", "著者", "筆者",
    "撰文", "执笔", "執筆", "avtor", "avtorica", "autorius", "autorė", "autors", "autore:",
    "аутор", "nga", "shkruar nga", "höfundur", "deur", "geskryf deur", "mwandishi",
    "isinulat ni", "müəllif", "مصنف", "تحریر", "লেখক", "লিখেছেন",
    /* an interview's writer, who asked the questions ("Interview by Jane
     * Doe", "Propos recueillis par Jane Doe") */
    "interview by", "interviewed by", "entrevista por", "propos recueillis par",
    STARTER_LABELS,
};

/* Labels that stand alone in an element before the element holding the
 * names ("<p>Written by</p><p>Jane Doe</p>", "<h3>Author</h3>",
 * "<span>By</span><span>Jane Doe</span>"); compared with the label's whole
 * text, a colon after it dropped.  Words that also head other things when
 * alone ("From" before a price or a place, "Text", "Words") are not here. */
static const char *const ALONE_LABELS[] = {
    "by", "written by", "posted by", "reported by", "story by", "article by", "words by",
    "author", "authors", "von", "geschrieben von", "autor", "autorin",
    "autoren", "par", "écrit par", "auteur", "auteurs", "por", "escrito por", "autora",
    "scritto da", "autore", "door", "geschreven door", "skrevet af", "skrevet av",
    "kirjoittaja", "autorka", "napsal", "szerző", "yazar", "автор", "авторы", "作者", "著者",
    "筆者", "기자",
    STARTER_LABELS,
};

/* Labels of other credits in a byline ("Photos by John Roe", "Фото:",
 * "Editor: Siti Aminah"): the part they open names no author. */
static const char *const CREDIT_LABELS[] = {
    "photo", "photos", "photo by", "photos by", "photograph", "photographs",
    "photography", "pictures", "images", "image", "illustration", "illustrations",
    "graphics", "video", "videos", "video by", "edited by", "editor", "editors", "editing",
    "foto", "fotos", "fotografie", "fotografía", "fotografia", "bild", "bilder", "grafik",
    "illustratie", "imagen", "imágenes", "immagini", "redaktur", "penyunting", "editor:",
    "фото", "видео", "иллюстрация", "редактор", "צילום", "עריכה", "تصوير", "摄影", "撮影",
    "编辑", "責任編集", "责任编辑", "사진",
    /* a reviewer's credit beside the writer's ("Written by Jane Doe |
     * Medically reviewed by John Roe, MD") */
    "reviewed by", "medically reviewed by", "fact checked by", "fact-checked by",
    "expert reviewed by", "geprüft von", "relu par", "revisado por", "rivisto da",
    /* who last brought an older story up to date ("Updated by John Roe") */
    "updated by", "aktualisiert von", "mis à jour par", "actualizado por",
    /* who helped the writer: research, translation */
    "researched by", "research by", "translated by", "translation by", "übersetzt von",
    "übersetzung", "traduit par", "traduction", "traducido por", "traducción",
    "tradotto da", "traduzione", "vertaald door", "vertaling", "перевод",
};

/* Labels of an editor's credit ("[责任编辑:肖春芳]", "Editor: Siti
 * Aminah"): Chinese portals put their editor's name in <meta name=author>,
 * so a declared author the page credits this way is its editor. */
static const char *const EDITOR_LABELS[] = {
    "editor", "edited by", "editing by", "redakteur", "redakteurin", "redaktion", "redactor",
    "redattore", "редактор", "责任编辑", "责编", "编辑", "責任編輯", "責編", "編輯",
    "責任編集", "편집",
};

/* Lower-case words that open a place after a name ("Ana Lima, de
 * Brasília", "Max Mustermann aus Berlin"). */
static const char *const PLACE_WORDS[] = {
    "de", "da", "do", "desde", "em", "en", "à", "a", "in", "aus", "from", "depuis",
    "dari", "z", "ze", "iz", "из", "в", "во", "dal", "dalla", "al", "au", "aux",
};

/* Words after which the byline says something else ("Jane Doe Updated ...",
 * "Jane Doe on March 3"). */
static const char *const STOP_WORDS[] = {
    "updated", "update", "published", "posted", "last", "modified",
    "reading", "read", "min", "mins", "minutes", "hours", "ago", "follow", "share",
    "email", "e-mail", "twitter", "facebook", "linkedin", "instagram", "bio", "see",
    "view", "more", "all", "photo", "photos", "photograph", "video", "illustration",
    "aktualisiert", "veröffentlicht", "stand", "folgen", "mehr",
    "mis", "publié", "modifié", "actualizado", "publicado",
    "aggiornato", "pubblicato", "bijgewerkt", "gepubliceerd",
    "opdateret", "oppdatert", "uppdaterad", "publicerad", "päivitetty", "julkaistu",
    "aktualizacja", "opublikowano", "aktualizováno", "publikováno",
    "обновлено", "опубликовано", "güncelleme", "güncellendi", "yayınlanma",
    "diperbarui", "diterbitkan", "更新", "发布", "公開",
    /* week days: "Jane Doe | Monday, 3 March" */
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
    "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì",
    "mercoledì", "giovedì", "venerdì", "sabato", "segunda-feira", "terça-feira",
    "quarta-feira", "quinta-feira", "sexta-feira", "maandag", "dinsdag", "woensdag",
    "donderdag", "vrijdag", "zaterdag", "zondag",
    /* a paid post's mark after the publisher: "Help Net Security Sponsored" */
    "sponsored", "gesponsert", "sponsorisé", "patrocinado", "sponsorizzato",
    /* a forum post's header: "Pup asked", "ewok edited" */
    "asked", "edited", "replied", "answered", "commented", "wrote",
};

/* Short words that end a byline only when a date follows ("Jane Doe on
 * March 3", "par Jean Dupont le 3 mars"): names may hold them otherwise. */
static const char *const WEAK_STOP_WORDS[] = {
    "on", "at", "in", "am", "um", "le", "à", "el", "il", "alle", "op", "om", "dnia",
    "den", "em", "dne", "kl", "klo",
};

/* Job titles and roles: a part made of these is not a name. */
static const char *const JOB_WORDS[] = {
    "reporter", "reporters", "editor", "editors", "correspondent", "correspondents",
    "contributor", "contributing", "columnist", "writer", "writers", "journalist",
    "journalists", "photographer", "staff", "producer", "analyst", "critic",
    "senior", "chief", "deputy", "managing", "associate", "executive", "freelance",
    "political", "science", "technology", "business", "sports", "health", "news",
    "desk", "team", "department", "intern", "fellow", "host", "anchor", "founder",
    "ceo", "president", "director", "professor", "researcher", "author", "games",
    "gaming", "tech", "politics", "culture", "music", "film", "movies", "food",
    "travel", "fashion", "style", "world", "national", "foreign", "investigative",
    "economics", "finance", "markets", "entertainment", "environment", "climate",
    "education", "legal", "crime", "opinion", "features", "digital", "media", "audio",
    "weather", "local", "metro", "breaking", "special", "general", "assignment",
    "reports", "report", "bureau", "newsroom", "newsdesk",
    "phd", "ph.d", "md", "ma", "msc", "mph", "rn", "mba", "jd", "dr", "bsc",
    "redakteur", "redakteurin", "redaktion", "korrespondent", "korrespondentin",
    "autorin", "journalistin", "reporterin", "chefredakteur", "volontär",
    "rédaction", "rédacteur", "rédactrice", "journaliste", "correspondant",
    "correspondante", "envoyé", "envoyée", "spécial", "spéciale", "periodista",
    "redacción", "redactor", "redactora", "corresponsal", "enviado", "especial",
    "giornalista", "redazione", "inviato", "inviata", "redactie", "verslaggever",
    "correspondent", "redaktør", "journalist", "toimittaja", "dziennikarz",
    "dziennikarka", "redaktor", "redaktorka", "novinář", "novinářka", "újságíró",
    "muhabir", "корреспондент", "журналист", "редактор", "обозреватель",
    "repórter", "jornalista", "redação", "wartawan",
    /* trades a bio names after the writer's name ("Jane Doe Gardener &
     * Astrologer", "has worked as a sommelier"); no common surname spelt so */
    "gardener", "horticulturist", "horticulturalist", "astrologer", "herbalist",
    "sommelier", "bartender", "chef", "dietician",
    /* the clinical trades a health site's byline gives after the name
     * ("Jane Doe, Counseling Psychologist"); no common surname spelt so */
    "psychologist", "psychiatrist", "psychotherapist", "therapist", "counselor",
    "counsellor", "counseling", "counselling", "nutritionist", "dietitian", "physician",
    "pharmacist",
    /* CJK titles, written after the name ("홍길동 기자", "山田太郎 記者") or
     * before it ("记者 张三") */
    "기자", "특파원", "선임기자", "수습기자", "객원기자", "논설위원", "편집위원", "記者",
    "记者", "本报记者", "特约记者", "见习记者", "通讯员", "特派员", "特派員", "編集委員",
    "论说委员", "論説委員", "编辑", "撰稿人", "实习生", "主筆",
};

/* Role nouns that end a job title written after a name as a part of its
 * own ("Paul Frew, Home Security Expert", "Meghan Neville, Content
 * Marketing Coordinator"): such a part names no second author. */
static const char *const ROLE_NOUNS[] = {
    "expert", "experts", "coordinator", "consultant", "specialist", "manager", "strategist",
    "officer", "advisor", "adviser", "reviewer", "marketer", "engineer", "developer",
    "designer", "scientist", "nutritionist", "dietitian", "therapist", "coach", "educator",
    "lead", "head", "partner", "owner", "attorney", "lawyer", "physician", "nurse",
};

/* Nouns of a person's job that end the line of a role under an author's
 * name ("Senior Editor", "Independent Technology Writer", "Founder"):
 * job words (JOB_WORDS) that name a person, not a beat ("Health") nor a
 * rank's adjective ("Senior"); with ROLE_NOUNS. */
static const char *const JOB_TITLES[] = {
    "reporter", "editor", "correspondent", "contributor", "columnist", "writer",
    "copywriter", "journalist", "photographer", "producer", "analyst", "critic", "blogger",
    "founder", "co-founder", "cofounder", "ceo", "president", "director", "professor",
    "researcher", "author", "associate", "intern", "fellow",
};

/* News agencies: dropped when a person is named beside them. */
static const char *const AGENCIES[] = {
    "reuters", "ap", "afp", "dpa", "apa", "sda", "ansa", "efe", "epa", "pa", "kyodo",
    "xinhua", "tass", "ria novosti", "anp", "belga", "ntb", "tt", "stt", "pap", "ctk",
    "čtk", "mti", "aa", "upi", "ians", "pti", "aap", "kna", "kap", "epd", "sid", "ddp",
    "associated press", "the associated press", "agence france-presse",
    "agence france presse", "press association", "bloomberg", "agencias", "agencies",
    "agences", "agenturen", "wires", "wire", "staff and agencies", "cnn wire",
};

/* Things bylines hold that are never names. */
static const char *const JUNK[] = {
    "share", "share this", "share on facebook", "share on twitter", "tweet", "email",
    "print", "comments", "comment", "follow", "follow us", "subscribe", "more",
    "read more", "menu", "home", "about", "about the author", "contact", "unknown",
    "anonymous", "null", "undefined", "none", "n/a", "image", "photo", "foto",
    "admin", "administrator", "administrador", "webmaster", "root", "user", "guest",
    "editor", "staff", "redaktion", "rédaction", "redacción", "redazione",
    /* an author box's heading or a byline's badge, where the name would be
     * ("<h4 class=author-title>The Author</h4>", "Fact Checked") */
    "the author", "about the authors", "fact checked",
    "fact-checked", "verified", "reviewed", "expert reviewed", "l'auteur", "der autor",
    "die autorin", "el autor", "la autora", "l'autore", "de auteur", "o autor", "a autora",
    "profile", "view profile", "author profile", "all posts",
    "view all posts", "posts", "articles", "bio", "biography",
    /* an audio player's button in the byline ("Listen", "Écouter") */
    "listen", "listen now", "listen to this article", "play", "pause", "audio",
    "écouter", "anhören", "vorlesen", "escuchar", "ascolta", "ouvir", "luister", "слушать",
    /* a newsletter's badges beside the writer ("∙ Paid", "Premium") */
    "paid", "premium", "free", "subscriber", "subscribers only", "members only",
    /* a share button's answer and the labels under a byline */
    "link copied", "copy link", "copied", "related topics", "topics", "insights", "tags",
    "category", "categories",
};

/* The verbs of a button that asks the reader to act, when a determiner
 * or a pronoun follows them ("Visit the Quillmore Store", a shop's link in the
 * place of a byline; "Shop our range", "Contact us"): no name opens so. */
static const char *const ACTION_VERBS[] = {
    "visit", "shop", "buy", "see", "view", "explore", "discover", "learn", "get",
    "download", "subscribe", "join", "contact", "order", "book", "browse", "watch", "try",
    "call", "sign", "start", "besuchen", "entdecken", "visitez", "découvrez", "visita",
    "descubre", "scopri", "bezoek", "ontdek",
};
static const char *const ACTION_OBJECTS[] = {
    "the", "our", "your", "all", "us", "more", "now", "a", "an", "den", "die", "das",
    "unseren", "unsere", "le", "la", "les", "notre", "nos", "el", "los", "las", "nuestra",
    "nuestro", "il", "lo", "de", "het", "onze",
};

/* Words that, after "By", open an English clause or a sort order, not a
 * name ("By the end of this tutorial, you'll have...", "by up to 50%",
 * "by default", "By Category", "by company stage"): compared in lower
 * case with the word after "By". */
static const char *const AFTER_BY[] = {
    /* determiners and adverbs */
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "your", "his",
    "her", "my", "up", "far", "now", "then", "way", "all", "using", "clicking",
    /* set phrases */
    "default", "design", "hand", "mistake", "chance", "accident", "contrast",
    "comparison", "definition", "nature", "means",
    /* what a list is sorted or filtered by */
    "category", "categories", "topic", "topics", "type", "date", "price", "brand",
    "popularity", "relevance", "rating", "region", "country", "industry", "occupation",
    "functionality", "feature", "features", "company", "size", "year", "location",
};

/* The last word of a desk's credit ("Our Foreign Staff", "News Desk",
 * "Our Editors", "Staff", "team"): what a page that names no person or
 * organisation credits, kept as its author only then. */
static const char *const DESK_WORDS[] = {
    "staff", "team", "desk", "editors", "newsroom", "redaktion", "rédaction", "redacción",
    "redazione", "redactie", "redação", "redakcja", "редакция",
    /* the news desk written as one word ("Newsdesk") */
    "newsdesk",
};

/* Words that make a name an organisation's ("Organization for
 * Shared Creative Works", "Acme Inc."): a <meta> author so named is the
 * publisher, and a byline beside the article names the person. */
static const char *const ORG_WORDS[] = {
    "organization", "organisation", "foundation", "association", "society", "institute",
    "university", "corporation", "inc", "ltd", "llc", "gmbh", "plc", "organización",
    "fundación", "asociación", "fondation", "stiftung", "verein", "verband",
    /* a broadcaster's or a group's name ("World Podcast Network", "Garden-based Learning
     * Network"); no given name nor common surname */
    "network", "networks", "netzwerk", "réseau",
};

/* Words that, after a person's name, make the name a thing's named after
 * the person ("Jane Doe Prize", "Jane Doe Memorial Lecture", "Jane Doe
 * Fellowship"): a list of prizes or a school's page names no writer so.
 * No entry is a common surname ("Hall", "Park", "Street" are). */
static const char *const NAMED_AFTER_WORDS[] = {
    /* prizes, medals and grants */
    "prize", "prizes", "award", "awards", "medal", "trophy", "fellowship", "fellowships",
    "scholarship", "scholarships", "lecture", "lectures", "memorial",
    "preis", "prix", "premio", "premios", "prijs", "nagroda", "премия",
    /* places and bodies called after a person */
    "institute", "foundation", "museum", "hospital", "stadium", "airport", "avenue",
    "boulevard", "highway", "stiftung", "fondation", "fundación", "fondazione",
    /* a law of nature or an illness called after its finder */
    "syndrome", "theorem", "disease",
};

/* Words of a site's interface and of a forum's ranks, which a text
 * scraper leaves on lines of their own beside a date, where a name would
 * stand: a line made only of them names nobody.  No entry is a one-word
 * name or handle on its own. */
static const char *const INTERFACE_WORDS[] = {
    /* a search form's button under its lone "By:" filter ("By:" / "Search") */
    "search", "suche", "suchen", "rechercher", "recherche", "buscar", "cerca", "zoeken",
    "pesquisar", "szukaj", "поиск",
    /* a post's buttons ("Reply", "Post", "Save", "Quote") */
    "reply", "post", "save", "quote", "antworten", "répondre", "responder", "rispondi",
    "reageren", "odpowiedz", "ответить", "zitieren", "citer", "citar", "cita", "цитата",
    /* a blog's side boxes ("Recent Posts", "Article Tags") */
    "recent", "posts", "article", "tags",
    /* a changelog's label over the date ("Released") */
    "released",
    /* a forum's rank badge under the poster's name ("Platinum Partner",
     * "Members", "Distinguished Member") and the label of its join date */
    "member", "members", "partner", "platinum", "moderator", "moderators", "messages", "options",
    "elite", "senior", "junior", "veteran", "newbie", "active",
    "distinguished", "prominent", "outstanding", "established", "registered", "joined",
    "mitglied", "mitglieder", "membre", "membres", "miembro", "miembros", "membro", "membri",
    "lid", "leden", "członek", "участник", "участники",
    /* a forum post's profile fields and counters, and a Q&A site's
     * comment stamp ("Location", "Views", "Reactions:", "Commented") */
    "location", "views", "reactions", "commented", "standort", "aufrufe", "reaktionen",
    "localisation", "vues", "réactions", "ubicación", "visitas", "reacciones",
    "posizione", "visite", "reazioni", "localização", "visualizações", "reações",
    "locatie", "weergaven", "reacties", "lokalizacja", "wyświetlenia", "reakcje",
    "откуда", "просмотры", "реакции",
    /* a greeting link in a site's menu ("Welcome") */
    "welcome", "willkommen", "bienvenue", "bienvenido", "bienvenidos", "benvenuto",
    "welkom", "witamy",
    /* a site's account and page buttons, shown twice (for small and large
     * screens) over the headline: "Login", "Follow", "Copy Page" ("Log In":
     * INTERFACE_LINES, for "in" is no interface word: "In Conclusion") */
    "login", "follow", "copy", "page",
    "anmelden", "einloggen", "folgen", "connexion", "suivre", "acceder", "seguir", "accedi",
    "segui", "entrar", "inloggen", "volgen", "zaloguj", "obserwuj", "войти",
    /* the headings of an article's parts, right after its date */
    "conclusion", "introduction", "summary", "fazit", "einleitung", "conclusión",
    "introducción", "conclusione", "conclusie", "conclusão", "заключение", "введение",
};

/* Whole lines, in lower case, that are a site's buttons or labels though
 * a word of theirs is no interface word alone. */
static const char *const INTERFACE_LINES[] = {
    "log in", "sign in", "log out", "sign out", "se connecter", "iniciar sesión",
    "inicia sesión", "zaloguj się",
    /* the buttons and labels a forum or Q&A site repeats on every post
     * ("Thread starter", "Improve this answer", "Reaction score") */
    "thread starter", "improve this answer", "improve this question", "reaction score",
};

#define INTERFACE_WORD_MAX_BYTES 32 /* longer than any entry */

#define DESK_MAX_WORDS 5 /* "Our Foreign News Desk Staff": longer is a sentence */

/* Lower-case words that belong inside names ("Ursula von der Leyen"). */
static const char *const PARTICLES[] = {
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "do", "du",
    "la", "le", "les", "lo", "y", "e", "zu", "ten", "ter", "bin", "ibn", "al", "el", "ben",
    "af", "av", "st", "mc", "mac", "o", "d", "l", "bint", "abu", "dela", "vander", "vom",
};

/* The words in lower case of organisations' names ("Bank of the West"):
 * particles to the cleaner, but no person's name holds them. */
static const char *const ORG_PARTICLES[] = {
    "of", "for", "the", "and",
};

const char *const PITH_AUTHOR_JOINERS[] = {
    " and ", " & ", " und ", " et ", " y ", " e ", " i ", " en ", " og ", " och ",
    " ja ", " és ", " и ", " ve ", " dan ", " şi ", " și ", " a ", " with ", " mit ",
    " avec ", " con ", " com ", " met ", NULL,
};

const char *const PITH_AUTHOR_COAUTHOR_OPENERS[] = {
    "with", "avec", "mit", "con", "com", "met", "and", "et", "und", "y", "e", NULL,
};

/* A byte of a word: a letter or digit in ASCII, or any byte of a
 * character beyond it. */
static bool name_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80;
}

/* The lists are searched often (every piece of every byline), so the
 * first byte is compared before anything else. */
static bool in_list(const char *const *list, size_t count, const char *s, size_t n)
{
    for (size_t i = 0; i < count; i++)
        if ((n == 0 || list[i][0] == s[0]) && strlen(list[i]) == n &&
            memcmp(list[i], s, n) == 0)
            return true;
    return false;
}

static bool prefix_boundary(const char *s, size_t n, size_t at)
{
    if (at == n)
        return true;
    char c = s[at];
    if (c == ' ' || c == ':' || c == '/' || c == '|' || c == '-' || c == ',')
        return true;
    /* full-width colon U+FF1A, full-width solidus U+FF0F */
    if (at + 3 <= n && (unsigned char)s[at] == 0xEF && (unsigned char)s[at + 1] == 0xBC &&
        ((unsigned char)s[at + 2] == 0x9A || (unsigned char)s[at + 2] == 0x8F))
        return true;
    return pith_author_cjk_bar_len(s + at, n - at) > 0;
}

/* The bars Chinese pages write between a label and its value ("作者︱春春",
 * "作者｜张三", "作者丨张三"): the vertical presentation form U+FE31, the
 * full-width bar U+FF5C and the CJK stroke U+4E28 used as one. */
static const char *const CJK_BARS[] = {"\xEF\xB8\xB1", "\xEF\xBD\x9C", "\xE4\xB8\xA8"};

size_t pith_author_cjk_bar_len(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof CJK_BARS / sizeof CJK_BARS[0]; k++)
        if (n >= 3 && memcmp(s, CJK_BARS[k], 3) == 0)
            return 3;
    return 0;
}

/* A list of labels indexed by first byte: the entries that open with byte
 * c are chained from head[c] through next[] (entry number + 1; 0 ends the
 * chain), with their lengths, so that a look-up reads only the entries
 * that could start the text (the byline test asks on every short line of
 * a page, and most open with a byte no label does).  Built once. */
#define LABELS_MAX 255 /* entry numbers + 1 fit a byte */
typedef struct label_index {
    const char *const *list;
    size_t count;
    uint8_t head[256];
    uint8_t next[LABELS_MAX];
    uint8_t len[LABELS_MAX];
} label_index;

#define LABEL_INDEX(list) {list, sizeof list / sizeof list[0], {0}, {0}, {0}}
_Static_assert(sizeof PREFIXES / sizeof PREFIXES[0] < LABELS_MAX, "PREFIXES: too many for the index");
_Static_assert(sizeof CREDIT_LABELS / sizeof CREDIT_LABELS[0] < LABELS_MAX, "CREDIT_LABELS: too many");
_Static_assert(sizeof EDITOR_LABELS / sizeof EDITOR_LABELS[0] < LABELS_MAX, "EDITOR_LABELS: too many");
static label_index PREFIX_INDEX = LABEL_INDEX(PREFIXES);
static label_index CREDIT_INDEX = LABEL_INDEX(CREDIT_LABELS);
static label_index EDITOR_INDEX = LABEL_INDEX(EDITOR_LABELS);
_Static_assert(sizeof STOP_WORDS / sizeof STOP_WORDS[0] < LABELS_MAX, "STOP_WORDS: too many");
_Static_assert(sizeof JOB_WORDS / sizeof JOB_WORDS[0] < LABELS_MAX, "JOB_WORDS: too many");
static label_index STOP_INDEX = LABEL_INDEX(STOP_WORDS);
static label_index JOB_INDEX = LABEL_INDEX(JOB_WORDS);
/* A forum thread's header label (STARTER_LABELS), lower case. */
static const char *const STARTERS[] = {STARTER_LABELS};
_Static_assert(sizeof STARTERS / sizeof STARTERS[0] < LABELS_MAX, "STARTERS: too many");
static label_index STARTER_INDEX = LABEL_INDEX(STARTERS);
static pthread_once_t label_indexes_once = PTHREAD_ONCE_INIT;

static void index_labels(label_index *x)
{
    for (size_t i = x->count; i-- > 0;) { /* chains in list order */
        unsigned char c = (unsigned char)x->list[i][0];
        size_t len = strlen(x->list[i]);
        x->len[i] = (uint8_t)(len < UINT8_MAX ? len : UINT8_MAX);
        x->next[i] = x->head[c];
        x->head[c] = (uint8_t)(i + 1);
    }
}

static void index_all_labels(void)
{
    index_labels(&PREFIX_INDEX);
    index_labels(&CREDIT_INDEX);
    index_labels(&EDITOR_INDEX);
    index_labels(&STOP_INDEX);
    index_labels(&JOB_INDEX);
    index_labels(&STARTER_INDEX);
}

/* Length of the longest entry of x's list that starts s at a word boundary
 * (an empty entry never is longest). */
static size_t longest_label(label_index *x, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    pthread_once(&label_indexes_once, index_all_labels);
    size_t best = 0;
    for (unsigned e = x->head[(unsigned char)s[0]]; e; e = x->next[e - 1]) {
        const char *label = x->list[e - 1];
        size_t pl = x->len[e - 1] < UINT8_MAX ? x->len[e - 1] : strlen(label);
        /* the second byte turns most entries away before a call to memcmp */
        if (pl > best && pl <= n && (pl < 2 || label[1] == s[1]) && memcmp(s, label, pl) == 0 &&
            prefix_boundary(s, n, pl))
            best = pl;
    }
    return best;
}

/* Whether s[0..n) is an entry of x's list: in_list, through the index. */
static bool in_index(label_index *x, const char *s, size_t n)
{
    if (n == 0)
        return in_list(x->list, x->count, s, n); /* an empty entry, if any, is on no chain */
    pthread_once(&label_indexes_once, index_all_labels);
    for (unsigned e = x->head[(unsigned char)s[0]]; e; e = x->next[e - 1]) {
        size_t len = x->len[e - 1] < UINT8_MAX ? x->len[e - 1] : strlen(x->list[e - 1]);
        if (len == n && memcmp(x->list[e - 1], s, n) == 0)
            return true;
    }
    return false;
}

size_t pith_author_prefix_len(const char *s, size_t n)
{
    return longest_label(&PREFIX_INDEX, s, n);
}

size_t pith_author_editor_label_len(const char *s, size_t n)
{
    return longest_label(&EDITOR_INDEX, s, n);
}

size_t pith_author_credit_len(const char *s, size_t n)
{
    return longest_label(&CREDIT_INDEX, s, n);
}

bool pith_author_is_place_word(const char *s, size_t n)
{
    return in_list(PLACE_WORDS, sizeof PLACE_WORDS / sizeof PLACE_WORDS[0], s, n);
}

bool pith_author_is_alone_label(const char *s, size_t n)
{
    if (n > 0 && s[n - 1] == ':')
        n--;
    else if (n >= 3 && memcmp(s + n - 3, "\xEF\xBC\x9A", 3) == 0)
        n -= 3; /* a full-width colon */
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return in_list(ALONE_LABELS, sizeof ALONE_LABELS / sizeof ALONE_LABELS[0], s, n);
}

bool pith_author_is_starter_label(const char *s, size_t n)
{
    return in_list(STARTERS, sizeof STARTERS / sizeof STARTERS[0], s, n);
}

bool pith_author_opens_with_starter(const char *s, size_t n)
{
    if (n == 0)
        return false;
    pthread_once(&label_indexes_once, index_all_labels);
    /* only the labels that open with the line's first letter, in lower case */
    label_index *x = &STARTER_INDEX;
    for (unsigned e = x->head[(unsigned char)pith_ascii_lower(s[0])]; e; e = x->next[e - 1])
        if (pith_ascii_iprefix_n(s, n, x->list[e - 1]))
            return true;
    return false;
}

bool pith_author_is_prefix(const char *s, size_t n)
{
    return in_index(&PREFIX_INDEX, s, n);
}

bool pith_author_is_stop_word(const char *s, size_t n)
{
    return in_index(&STOP_INDEX, s, n);
}

bool pith_author_is_weak_stop_word(const char *s, size_t n)
{
    return in_list(WEAK_STOP_WORDS, sizeof WEAK_STOP_WORDS / sizeof WEAK_STOP_WORDS[0], s, n);
}

bool pith_author_is_job_word(const char *s, size_t n)
{
    return in_index(&JOB_INDEX, s, n);
}

bool pith_author_is_role_noun(const char *s, size_t n)
{
    return in_list(ROLE_NOUNS, sizeof ROLE_NOUNS / sizeof ROLE_NOUNS[0], s, n);
}

bool pith_author_is_job_title(const char *s, size_t n)
{
    return in_list(JOB_TITLES, sizeof JOB_TITLES / sizeof JOB_TITLES[0], s, n) ||
           pith_author_is_role_noun(s, n);
}

bool pith_author_is_agency(const char *s, size_t n)
{
    return in_list(AGENCIES, sizeof AGENCIES / sizeof AGENCIES[0], s, n);
}

bool pith_author_is_after_by(const char *s, size_t n)
{
    return in_list(AFTER_BY, sizeof AFTER_BY / sizeof AFTER_BY[0], s, n);
}

bool pith_author_is_particle(const char *s, size_t n)
{
    return pith_author_is_name_particle(s, n) ||
           in_list(ORG_PARTICLES, sizeof ORG_PARTICLES / sizeof ORG_PARTICLES[0], s, n);
}

bool pith_author_is_name_particle(const char *s, size_t n)
{
    return in_list(PARTICLES, sizeof PARTICLES / sizeof PARTICLES[0], s, n);
}

bool pith_author_is_desk(const char *s, size_t n)
{
    size_t words = 1, last = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ' ' && i + 1 < n) {
            words++;
            last = i + 1;
        }
    /* "Team Quillmore": a company's blog signs with its team's name first */
    static const char TEAM[] = "team ";
    bool team_first = words > 1 && n > sizeof TEAM - 1 && memcmp(s, TEAM, sizeof TEAM - 1) == 0;
    return n && words <= DESK_MAX_WORDS &&
           (team_first ||
            in_list(DESK_WORDS, sizeof DESK_WORDS / sizeof DESK_WORDS[0], s + last, n - last));
}

bool pith_author_is_junk(const char *s, size_t n)
{
    /* "Our Foreign Staff", "Our Correspondent": a desk's credit */
    if (n > 4 && memcmp(s, "our ", 4) == 0)
        return true;
    /* "jdadmin", "siteadmin": a site's account, not a person */
    if (n > 5 && memcmp(s + n - 5, "admin", 5) == 0 && !memchr(s, ' ', n))
        return true;
    return in_list(JUNK, sizeof JUNK / sizeof JUNK[0], s, n);
}

/* The word of s[0..n) that starts at *i, past what parts words; its
 * length (0 at the end), *i moved past it. */
static size_t next_word(const char *s, size_t n, size_t *i, size_t *start)
{
    while (*i < n && !(name_byte(s[*i])))
        (*i)++;
    *start = *i;
    while (*i < n && name_byte(s[*i]))
        (*i)++;
    return *i - *start;
}

/* The currency signs a price is written with ("$12/mo", "12,99 €"). */
static const char *const CURRENCY_SIGNS[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5",
                                             "\xE2\x82\xB9"};

/* Does s[0..n) hold a price: a currency sign beside a digit? */
static bool holds_price(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof CURRENCY_SIGNS / sizeof CURRENCY_SIGNS[0]; k++) {
        size_t cl = strlen(CURRENCY_SIGNS[k]);
        for (size_t i = 0; i + cl <= n; i++)
            if (memcmp(s + i, CURRENCY_SIGNS[k], cl) == 0 &&
                ((i + cl < n && pith_ascii_is_digit(s[i + cl])) ||
                 (i > 0 && pith_ascii_is_digit(s[i - 1])) ||
                 (i > 1 && s[i - 1] == ' ' && pith_ascii_is_digit(s[i - 2]))))
                return true;
    }
    return false;
}

bool pith_author_is_pitch(const char *s, size_t n)
{
    if (holds_price(s, n))
        return true; /* "billed yearly, or $7/mo billed monthly" */
    size_t i = 0, verb, object;
    size_t vl = next_word(s, n, &i, &verb);
    size_t ol = next_word(s, n, &i, &object);
    return vl && ol &&
           in_list(ACTION_VERBS, sizeof ACTION_VERBS / sizeof ACTION_VERBS[0], s + verb, vl) &&
           in_list(ACTION_OBJECTS, sizeof ACTION_OBJECTS / sizeof ACTION_OBJECTS[0], s + object,
                   ol);
}

bool pith_author_is_org_name(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        while (i < n && !(name_byte(s[i])))
            i++;
        size_t st = i;
        while (i < n && name_byte(s[i]))
            i++;
        if (i > st && in_list(ORG_WORDS, sizeof ORG_WORDS / sizeof ORG_WORDS[0], s + st, i - st))
            return true;
    }
    return false;
}

/* The word w (n bytes) in lower case in out (INTERFACE_WORD_MAX_BYTES),
 * its length; 0 when it is longer.  Letters are lowered by pith_lower_cp
 * (Latin, Greek, Cyrillic), the others kept. */
static size_t lower_word(char *out, const char *w, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += (size_t)pith_utf8_decode(w + i, n - i, &cp);
        char bytes[4];
        size_t len = pith_utf8_put(pith_lower_cp(cp), bytes);
        if (k + len > INTERFACE_WORD_MAX_BYTES)
            return 0;
        memcpy(out + k, bytes, len);
        k += len;
    }
    return k;
}

/* Is line s (n bytes) one of INTERFACE_LINES, whatever its case? */
static bool interface_whole_line(const char *s, size_t n)
{
    char low[INTERFACE_WORD_MAX_BYTES];
    size_t k = lower_word(low, s, n);
    return k && in_list(INTERFACE_LINES, sizeof INTERFACE_LINES / sizeof INTERFACE_LINES[0], low, k);
}

bool pith_author_is_interface_line(const char *s, size_t n)
{
    if (interface_whole_line(s, n))
        return true;
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && !name_byte(pith_ascii_lower(s[i])))
            i++;
        size_t st = i;
        while (i < n && name_byte(pith_ascii_lower(s[i])))
            i++;
        if (i == st)
            break;
        char low[INTERFACE_WORD_MAX_BYTES];
        size_t k = lower_word(low, s + st, i - st);
        if (!k || !in_list(INTERFACE_WORDS, sizeof INTERFACE_WORDS / sizeof INTERFACE_WORDS[0],
                           low, k))
            return false;
        words++;
    }
    return words > 0;
}

bool pith_author_is_named_after_word(const char *s, size_t n)
{
    char low[INTERFACE_WORD_MAX_BYTES];
    size_t k = lower_word(low, s, n);
    return k && in_list(NAMED_AFTER_WORDS, sizeof NAMED_AFTER_WORDS / sizeof NAMED_AFTER_WORDS[0],
                        low, k);
}
