/*
 * given_names.c — data: frequent given names across thirteen groups of
 * languages, to tell a person's name from an organisation's.
 *
 * A personal site's name is its owner's ("Jane Doe"), a business's is a
 * brand ("Hugging Face", "Redfish Technology"); both are two or three
 * capitalised words.  A name whose first word is a frequent given name is a
 * person's: the metadata stage then takes the owner of a personal site as
 * the author of its articles that name none (meta.c).  The list holds
 * given names frequent in each group of countries, written as they are
 * there (lower case; Latin letters, transliterated where the script is
 * another), chosen from general knowledge of each language's common names.
 * Left out on purpose: given names that are also common words or places a
 * business is named after ("Grace", "Hope", "Ruby", "Olive", "Austin",
 * "Chase"), and first names of big fashion brands ("Calvin", "Hugo").
 */
#include "given_names.h"

#include <string.h>

#include "util/ascii.h"

#define EN "a frequent given name in English-speaking countries"
#define CELT "a frequent given name in Ireland, Scotland and Wales"
#define DE "a frequent given name in German-speaking countries"
#define NL "a frequent given name in the Netherlands and Flanders"
#define NORD "a frequent given name in the Nordic countries"
#define FR "a frequent given name in French-speaking countries"
#define ES "a frequent given name in Spanish- and Portuguese-speaking countries"
#define IT "a frequent given name in Italy"
#define SLAV "a frequent given name in Central and Eastern Europe"
#define HU "a frequent given name in Hungary and Greece"
#define TR "a frequent given name in Turkey and the Arabic-speaking world"
#define IN "a frequent given name in India and South Asia"
#define EA "a frequent given name in East Asia, as written in Latin letters"

const pith_given_name pith_given_names[] = {
    {"aaron", EN}, {"adam", EN}, {"adrian", EN}, {"aidan", EN}, {"alan", EN}, {"albert", EN},
    {"alex", EN}, {"alexander", EN}, {"alexandra", EN}, {"alice", EN}, {"alison", EN},
    {"allen", EN}, {"amanda", EN}, {"amy", EN}, {"andrew", EN}, {"andy", EN}, {"angela", EN},
    {"anna", EN}, {"anne", EN}, {"annie", EN}, {"anthony", EN}, {"antonio", EN}, {"arthur", EN},
    {"ashley", EN}, {"barbara", EN}, {"barry", EN}, {"becky", EN}, {"ben", EN}, {"benjamin", EN},
    {"beth", EN}, {"betty", EN}, {"bill", EN}, {"billy", EN}, {"bob", EN}, {"bonnie", EN},
    {"brad", EN}, {"bradley", EN}, {"brandon", EN}, {"brenda", EN}, {"brendan", EN},
    {"brett", EN}, {"brian", EN}, {"bruce", EN}, {"bryan", EN}, {"caitlin", EN}, {"cameron", EN},
    {"carl", EN}, {"carol", EN}, {"caroline", EN}, {"carrie", EN}, {"casey", EN}, {"cassidy", EN},
    {"catherine", EN}, {"charles", EN}, {"charlie", EN}, {"charlotte", EN}, {"chloe", EN},
    {"chris", EN}, {"christina", EN}, {"christine", EN}, {"christopher", EN}, {"cindy", EN},
    {"claire", EN}, {"colin", EN}, {"connor", EN}, {"craig", EN}, {"cynthia", EN}, {"dan", EN},
    {"daniel", EN}, {"danielle", EN}, {"danny", EN}, {"darren", EN}, {"dave", EN}, {"david", EN},
    {"dean", EN}, {"deborah", EN}, {"debra", EN}, {"denise", EN}, {"dennis", EN}, {"derek", EN},
    {"diana", EN}, {"diane", EN}, {"donald", EN}, {"donna", EN}, {"doris", EN}, {"dorothy", EN},
    {"doug", EN}, {"douglas", EN}, {"dylan", EN}, {"edward", EN}, {"eileen", EN}, {"elaine", EN},
    {"eleanor", EN}, {"elizabeth", EN}, {"ellen", EN}, {"elliot", EN}, {"elliott", EN},
    {"emily", EN}, {"emma", EN}, {"eric", EN}, {"erica", EN}, {"erin", EN}, {"ethan", EN},
    {"evan", EN}, {"evelyn", EN}, {"frances", EN}, {"frank", EN}, {"fred", EN}, {"gary", EN},
    {"gavin", EN}, {"geoffrey", EN}, {"george", EN}, {"gerald", EN}, {"gillian", EN},
    {"glenn", EN}, {"gordon", EN}, {"graham", EN}, {"greg", EN}, {"gregory", EN}, {"hannah", EN},
    {"harold", EN}, {"harry", EN}, {"heather", EN}, {"helen", EN}, {"henry", EN}, {"holly", EN},
    {"howard", EN}, {"ian", EN}, {"isaac", EN}, {"isabel", EN}, {"isabella", EN}, {"jack", EN},
    {"jacob", EN}, {"jake", EN}, {"james", EN}, {"jamie", EN}, {"jane", EN}, {"janet", EN},
    {"janice", EN}, {"jared", EN}, {"jason", EN}, {"jeff", EN}, {"jeffrey", EN}, {"jenna", EN},
    {"jennifer", EN}, {"jenny", EN}, {"jeremy", EN}, {"jerry", EN}, {"jesse", EN},
    {"jessica", EN}, {"jill", EN}, {"jim", EN}, {"jimmy", EN}, {"joan", EN}, {"joanna", EN},
    {"joe", EN}, {"joel", EN}, {"john", EN}, {"johnny", EN}, {"jon", EN}, {"jonathan", EN},
    {"josh", EN}, {"joshua", EN}, {"joyce", EN}, {"judith", EN}, {"judy", EN}, {"julia", EN},
    {"julie", EN}, {"justin", EN}, {"karen", EN}, {"kate", EN}, {"katherine", EN},
    {"kathleen", EN}, {"kathryn", EN}, {"kathy", EN}, {"katie", EN}, {"keith", EN}, {"kelly", EN},
    {"ken", EN}, {"kenneth", EN}, {"kevin", EN}, {"kim", EN}, {"kimberly", EN}, {"kyle", EN},
    {"larry", EN}, {"laura", EN}, {"lauren", EN}, {"lawrence", EN}, {"leah", EN}, {"lee", EN},
    {"leslie", EN}, {"liam", EN}, {"linda", EN}, {"lindsay", EN}, {"lisa", EN}, {"liz", EN},
    {"lori", EN}, {"louise", EN}, {"lucy", EN}, {"luke", EN}, {"lynn", EN}, {"madeline", EN},
    {"margaret", EN}, {"maria", EN}, {"marie", EN}, {"marilyn", EN}, {"mark", EN}, {"martha", EN},
    {"martin", EN}, {"mary", EN}, {"matt", EN}, {"matthew", EN}, {"megan", EN}, {"melanie", EN},
    {"melissa", EN}, {"michael", EN}, {"michelle", EN}, {"mike", EN}, {"molly", EN},
    {"nancy", EN}, {"natalie", EN}, {"nathan", EN}, {"neil", EN}, {"nicholas", EN}, {"nick", EN},
    {"nicole", EN}, {"noah", EN}, {"oliver", EN}, {"owen", EN}, {"pamela", EN}, {"pat", EN},
    {"patricia", EN}, {"patrick", EN}, {"paul", EN}, {"paula", EN}, {"peggy", EN}, {"peter", EN},
    {"phil", EN}, {"philip", EN}, {"phillip", EN}, {"polly", EN}, {"rachel", EN}, {"ralph", EN},
    {"randy", EN}, {"rebecca", EN}, {"richard", EN}, {"rick", EN}, {"robert", EN}, {"robin", EN},
    {"roger", EN}, {"ronald", EN}, {"ross", EN}, {"russell", EN}, {"ruth", EN}, {"ryan", EN},
    {"sally", EN}, {"samantha", EN}, {"samuel", EN}, {"sandra", EN}, {"sara", EN}, {"sarah", EN},
    {"scott", EN}, {"sean", EN}, {"seth", EN}, {"shannon", EN}, {"sharon", EN}, {"shawn", EN},
    {"sheila", EN}, {"shirley", EN}, {"simon", EN}, {"sophie", EN}, {"stacy", EN},
    {"stephanie", EN}, {"stephen", EN}, {"steve", EN}, {"steven", EN}, {"stuart", EN},
    {"susan", EN}, {"suzanne", EN}, {"tammy", EN}, {"teresa", EN}, {"terry", EN}, {"theresa", EN},
    {"thomas", EN}, {"tiffany", EN}, {"tim", EN}, {"timothy", EN}, {"tina", EN}, {"toby", EN},
    {"todd", EN}, {"tom", EN}, {"tony", EN}, {"tracy", EN}, {"travis", EN}, {"trevor", EN},
    {"tyler", EN}, {"valerie", EN}, {"vanessa", EN}, {"vicky", EN}, {"victor", EN},
    {"vincent", EN}, {"walter", EN}, {"wayne", EN}, {"wendy", EN}, {"william", EN},
    {"zachary", EN},
    {"aileen", CELT}, {"aoife", CELT}, {"bronagh", CELT}, {"cait", CELT}, {"ciara", CELT},
    {"cian", CELT}, {"ciaran", CELT}, {"colm", CELT}, {"conor", CELT}, {"declan", CELT},
    {"deirdre", CELT}, {"dermot", CELT}, {"eamon", CELT}, {"eoin", CELT}, {"fergus", CELT},
    {"fiona", CELT}, {"gareth", CELT}, {"gwen", CELT}, {"hamish", CELT}, {"iain", CELT},
    {"kieran", CELT}, {"mairead", CELT}, {"niall", CELT}, {"niamh", CELT}, {"oisin", CELT},
    {"owain", CELT}, {"padraig", CELT}, {"pierce", CELT}, {"rhys", CELT}, {"ronan", CELT},
    {"saoirse", CELT}, {"seamus", CELT}, {"sinead", CELT}, {"siobhan", CELT}, {"tadhg", CELT},
    {"andreas", DE}, {"anja", DE}, {"anke", DE}, {"annika", DE}, {"bernd", DE}, {"birgit", DE},
    {"dieter", DE}, {"dirk", DE}, {"elke", DE}, {"florian", DE}, {"frauke", DE}, {"gerhard", DE},
    {"gisela", DE}, {"gudrun", DE}, {"hans", DE}, {"heike", DE}, {"heinz", DE}, {"helmut", DE},
    {"horst", DE}, {"ingrid", DE}, {"jens", DE}, {"jochen", DE}, {"jonas", DE},
    {"j\xc3\xb6rg", DE}, {"j\xc3\xbcrgen", DE}, {"karl", DE}, {"karin", DE}, {"katrin", DE},
    {"klaus", DE}, {"lars", DE}, {"lukas", DE}, {"manfred", DE}, {"markus", DE}, {"matthias", DE},
    {"michaela", DE}, {"monika", DE}, {"nadine", DE}, {"niklas", DE}, {"olaf", DE}, {"petra", DE},
    {"rainer", DE}, {"ralf", DE}, {"renate", DE}, {"sabine", DE}, {"silke", DE}, {"stefan", DE},
    {"stefanie", DE}, {"susanne", DE}, {"sven", DE}, {"thorsten", DE}, {"tobias", DE},
    {"torsten", DE}, {"ulrich", DE}, {"ulrike", DE}, {"uwe", DE}, {"volker", DE}, {"werner", DE},
    {"wolfgang", DE},
    {"bart", NL}, {"bram", NL}, {"daan", NL}, {"erik", NL}, {"femke", NL}, {"geert", NL},
    {"gert", NL}, {"hendrik", NL}, {"henk", NL}, {"jan", NL}, {"jeroen", NL}, {"joost", NL},
    {"koen", NL}, {"lotte", NL}, {"maarten", NL}, {"marieke", NL}, {"marloes", NL}, {"niels", NL},
    {"pieter", NL}, {"ruud", NL}, {"sander", NL}, {"sanne", NL}, {"stijn", NL}, {"thijs", NL},
    {"wouter", NL},
    {"anders", NORD}, {"astrid", NORD}, {"bjorn", NORD}, {"bj\xc3\xb6rn", NORD},
    {"christoffer", NORD}, {"elin", NORD}, {"frida", NORD}, {"gunnar", NORD}, {"hanna", NORD},
    {"henrik", NORD}, {"johan", NORD}, {"kristian", NORD}, {"magnus", NORD}, {"mats", NORD},
    {"mikael", NORD}, {"morten", NORD}, {"nils", NORD}, {"ole", NORD}, {"rasmus", NORD},
    {"sigrid", NORD}, {"sofia", NORD}, {"soren", NORD}, {"s\xc3\xb8ren", NORD}, {"stine", NORD},
    {"tove", NORD}, {"ulf", NORD},
    {"alain", FR}, {"am\xc3\xa9lie", FR}, {"antoine", FR}, {"audrey", FR}, {"aur\xc3\xa9lie", FR},
    {"beno\xc3\xaet", FR}, {"bernard", FR}, {"camille", FR}, {"c\xc3\xa9" "cile", FR},
    {"c\xc3\xa9line", FR}, {"christophe", FR}, {"damien", FR}, {"didier", FR}, {"dominique", FR},
    {"\xc3\xa9mile", FR}, {"\xc3\xa9ric", FR}, {"\xc3\xa9tienne", FR}, {"fabien", FR},
    {"fran\xc3\xa7ois", FR}, {"fr\xc3\xa9" "d\xc3\xa9ric", FR}, {"guillaume", FR},
    {"h\xc3\xa9l\xc3\xa8ne", FR}, {"isabelle", FR}, {"jacques", FR}, {"jean", FR},
    {"j\xc3\xa9r\xc3\xb4me", FR}, {"julien", FR}, {"laurent", FR}, {"l\xc3\xa9" "a", FR},
    {"louis", FR}, {"lucie", FR}, {"manon", FR}, {"marc", FR}, {"mathieu", FR}, {"mathilde", FR},
    {"maxime", FR}, {"michel", FR}, {"nathalie", FR}, {"nicolas", FR}, {"olivier", FR},
    {"pascal", FR}, {"philippe", FR}, {"pierre", FR}, {"r\xc3\xa9mi", FR}, {"romain", FR},
    {"s\xc3\xa9" "bastien", FR}, {"st\xc3\xa9phane", FR}, {"sylvie", FR}, {"thierry", FR},
    {"val\xc3\xa9rie", FR}, {"yann", FR}, {"yves", FR},
    {"alejandro", ES}, {"ana", ES}, {"andr\xc3\xa9s", ES}, {"beatriz", ES}, {"carlos", ES},
    {"carmen", ES}, {"catalina", ES}, {"cristina", ES}, {"diego", ES}, {"eduardo", ES},
    {"elena", ES}, {"enrique", ES}, {"fernando", ES}, {"francisco", ES}, {"gabriel", ES},
    {"gonzalo", ES}, {"guillermo", ES}, {"ignacio", ES}, {"javier", ES}, {"jo\xc3\xa3o", ES},
    {"jorge", ES}, {"jos\xc3\xa9", ES}, {"juan", ES}, {"juliana", ES}, {"luc\xc3\xad" "a", ES},
    {"luis", ES}, {"manuel", ES}, {"marcos", ES}, {"mariana", ES}, {"mario", ES}, {"marta", ES},
    {"miguel", ES}, {"nuria", ES}, {"pablo", ES}, {"paulo", ES}, {"pedro", ES}, {"rafael", ES},
    {"raquel", ES}, {"ricardo", ES}, {"roberto", ES}, {"rodrigo", ES}, {"rosa", ES},
    {"sergio", ES}, {"sof\xc3\xad" "a", ES}, {"tiago", ES}, {"vicente", ES},
    {"alessandro", IT}, {"alessia", IT}, {"andrea", IT}, {"angelo", IT}, {"antonella", IT},
    {"chiara", IT}, {"claudio", IT}, {"daniele", IT}, {"davide", IT}, {"elisa", IT},
    {"enrico", IT}, {"fabio", IT}, {"federica", IT}, {"federico", IT}, {"francesca", IT},
    {"francesco", IT}, {"giacomo", IT}, {"gianluca", IT}, {"giorgio", IT}, {"giovanni", IT},
    {"giulia", IT}, {"giuseppe", IT}, {"lorenzo", IT}, {"luca", IT}, {"marco", IT},
    {"matteo", IT}, {"maurizio", IT}, {"paola", IT}, {"paolo", IT}, {"riccardo", IT},
    {"roberta", IT}, {"salvatore", IT}, {"silvia", IT}, {"simone", IT}, {"stefano", IT},
    {"valentina", IT},
    {"agnieszka", SLAV}, {"aleksandra", SLAV}, {"alexei", SLAV}, {"alina", SLAV},
    {"anastasia", SLAV}, {"andrei", SLAV}, {"andrzej", SLAV}, {"boris", SLAV}, {"dmitri", SLAV},
    {"dmitry", SLAV}, {"ekaterina", SLAV}, {"igor", SLAV}, {"irina", SLAV}, {"ivan", SLAV},
    {"jakub", SLAV}, {"jana", SLAV}, {"jiri", SLAV}, {"kamil", SLAV}, {"katarzyna", SLAV},
    {"krystyna", SLAV}, {"krzysztof", SLAV}, {"lukasz", SLAV}, {"maciej", SLAV},
    {"magdalena", SLAV}, {"marek", SLAV}, {"michal", SLAV}, {"mikhail", SLAV}, {"milan", SLAV},
    {"natalia", SLAV}, {"natasha", SLAV}, {"nikolai", SLAV}, {"oksana", SLAV}, {"olga", SLAV},
    {"pavel", SLAV}, {"petr", SLAV}, {"piotr", SLAV}, {"polina", SLAV}, {"sergei", SLAV},
    {"sergey", SLAV}, {"svetlana", SLAV}, {"tatiana", SLAV}, {"tomasz", SLAV}, {"vladimir", SLAV},
    {"yuri", SLAV}, {"zofia", SLAV},
    {"attila", HU}, {"bal\xc3\xa1zs", HU}, {"bence", HU}, {"dimitris", HU}, {"eleni", HU},
    {"g\xc3\xa1" "bor", HU}, {"georgios", HU}, {"istv\xc3\xa1n", HU}, {"katalin", HU},
    {"konstantinos", HU}, {"l\xc3\xa1szl\xc3\xb3", HU}, {"nikos", HU}, {"p\xc3\xa9ter", HU},
    {"yannis", HU}, {"zolt\xc3\xa1n", HU}, {"zs\xc3\xb3" "fia", HU},
    {"ahmed", TR}, {"ahmet", TR}, {"ali", TR}, {"amir", TR}, {"aisha", TR},
    {"ay\xc5\x9f" "e", TR}, {"emre", TR}, {"fatima", TR}, {"hassan", TR}, {"hussein", TR},
    {"ibrahim", TR}, {"karim", TR}, {"khalid", TR}, {"leila", TR}, {"mehmet", TR},
    {"mohamed", TR}, {"mohammad", TR}, {"mohammed", TR}, {"mustafa", TR}, {"omar", TR},
    {"rami", TR}, {"samir", TR}, {"tariq", TR}, {"yusuf", TR}, {"zeynep", TR},
    {"aditya", IN}, {"amit", IN}, {"anil", IN}, {"anjali", IN}, {"arjun", IN}, {"deepak", IN},
    {"divya", IN}, {"gaurav", IN}, {"kavita", IN}, {"krishna", IN}, {"manoj", IN}, {"neha", IN},
    {"nikhil", IN}, {"pooja", IN}, {"prakash", IN}, {"priya", IN}, {"rahul", IN}, {"raj", IN},
    {"rajesh", IN}, {"ravi", IN}, {"rohit", IN}, {"sanjay", IN}, {"shreya", IN}, {"sunil", IN},
    {"suresh", IN}, {"vijay", IN}, {"vikram", IN}, {"vinay", IN},
    {"hiroshi", EA}, {"jin", EA}, {"kenji", EA}, {"min", EA}, {"takashi", EA}, {"wei", EA},
    {"yuki", EA},
    {NULL, NULL},
};

bool pith_rules_is_given_name(const char *word, size_t n)
{
    for (const pith_given_name *g = pith_given_names; g->name; g++)
        if (strlen(g->name) == n && pith_ascii_ieqn(g->name, word, n))
            return true;
    return false;
}
