/*
 * given_names.c — data: frequent given names across thirteen groups of
 * languages, to tell a person's name from an organisation's.
 *
 * A personal site's name is its owner's ("Jane Doe"), a business's is a
 * brand ("Laughing Otter", "Bluefin Technology"); both are two or three
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

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules/rules_data.h"
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
    {"zachary", EN}, {"abby", EN}, {"abigail", EN}, {"adele", EN}, {"agnes", EN}, {"alfred", EN},
    {"alicia", EN}, {"allison", EN}, {"alyssa", EN}, {"andrea", EN}, {"angie", EN}, {"anita", EN},
    {"annette", EN}, {"arlene", EN}, {"audrey", EN}, {"bernadette", EN}, {"bethany", EN},
    {"beverly", EN}, {"blake", EN}, {"brandi", EN}, {"brianna", EN}, {"bridget", EN},
    {"brittany", EN}, {"brooke", EN}, {"bryce", EN}, {"caleb", EN}, {"candace", EN}, {"cara", EN},
    {"carla", EN}, {"carolyn", EN}, {"cassandra", EN}, {"cecilia", EN}, {"cheryl", EN},
    {"clara", EN}, {"clarence", EN}, {"clifford", EN}, {"clint", EN}, {"cody", EN},
    {"colleen", EN}, {"connie", EN}, {"corey", EN}, {"courtney", EN}, {"curtis", EN},
    {"dale", EN}, {"dana", EN}, {"darlene", EN}, {"darryl", EN}, {"deanna", EN}, {"debbie", EN},
    {"derrick", EN}, {"desmond", EN}, {"devin", EN}, {"dominic", EN}, {"don", EN},
    {"donovan", EN}, {"duane", EN}, {"dustin", EN}, {"eddie", EN}, {"edgar", EN}, {"edith", EN},
    {"edwin", EN}, {"elise", EN}, {"ella", EN}, {"ellie", EN}, {"eloise", EN}, {"elsie", EN},
    {"emilia", EN}, {"emmett", EN}, {"ernest", EN}, {"esther", EN}, {"eugene", EN}, {"eva", EN},
    {"everett", EN}, {"faye", EN}, {"felicia", EN}, {"felix", EN}, {"floyd", EN}, {"francis", EN},
    {"gabriella", EN}, {"gail", EN}, {"garrett", EN}, {"georgina", EN}, {"gerard", EN},
    {"gina", EN}, {"gladys", EN}, {"glen", EN}, {"gloria", EN}, {"greta", EN}, {"gwendolyn", EN},
    {"hailey", EN}, {"harriet", EN}, {"harvey", EN}, {"hayley", EN}, {"heidi", EN},
    {"herbert", EN}, {"hilary", EN}, {"hugh", EN}, {"ida", EN}, {"irene", EN}, {"isaiah", EN},
    {"jacqueline", EN}, {"jaime", EN}, {"janelle", EN}, {"janine", EN}, {"jasmine", EN},
    {"jean", EN}, {"jeanette", EN}, {"jeanne", EN}, {"jennie", EN}, {"jerome", EN},
    {"jessie", EN}, {"joanne", EN}, {"jocelyn", EN}, {"jodi", EN}, {"jody", EN}, {"johanna", EN},
    {"jolene", EN}, {"jonah", EN}, {"josephine", EN}, {"josie", EN}, {"juanita", EN},
    {"julian", EN}, {"juliet", EN}, {"kara", EN}, {"katelyn", EN}, {"katrina", EN}, {"kay", EN},
    {"kayla", EN}, {"kelsey", EN}, {"kendra", EN}, {"kerry", EN}, {"kirk", EN}, {"kristen", EN},
    {"kristin", EN}, {"kristina", EN}, {"kristy", EN}, {"krystal", EN}, {"lacey", EN},
    {"lana", EN}, {"lance", EN}, {"latoya", EN}, {"laurie", EN}, {"leanne", EN}, {"leon", EN},
    {"leonard", EN}, {"leroy", EN}, {"lesley", EN}, {"lillian", EN}, {"lindsey", EN},
    {"lloyd", EN}, {"logan", EN}, {"lorraine", EN}, {"lucas", EN}, {"lydia", EN}, {"lynda", EN},
    {"lynne", EN}, {"mabel", EN}, {"mackenzie", EN}, {"marcia", EN}, {"marcus", EN},
    {"margie", EN}, {"marian", EN}, {"marianne", EN}, {"marjorie", EN}, {"marlene", EN},
    {"marsha", EN}, {"marvin", EN}, {"maureen", EN}, {"maxine", EN}, {"meghan", EN},
    {"melinda", EN}, {"meredith", EN}, {"michele", EN}, {"mildred", EN}, {"milton", EN},
    {"miranda", EN}, {"miriam", EN}, {"mitchell", EN}, {"monica", EN}, {"muriel", EN},
    {"myra", EN}, {"nadia", EN}, {"naomi", EN}, {"nathaniel", EN}, {"nellie", EN}, {"nina", EN},
    {"noel", EN}, {"nora", EN}, {"norma", EN}, {"norman", EN}, {"olivia", EN}, {"patsy", EN},
    {"paige", EN}, {"penelope", EN}, {"percy", EN}, {"phoebe", EN}, {"phyllis", EN},
    {"priscilla", EN}, {"quentin", EN}, {"rachael", EN}, {"ramona", EN}, {"randall", EN},
    {"raymond", EN}, {"reggie", EN}, {"regina", EN}, {"renee", EN}, {"rhonda", EN}, {"ricky", EN},
    {"rita", EN}, {"rochelle", EN}, {"rodney", EN}, {"ron", EN}, {"ronnie", EN}, {"rosemary", EN},
    {"roxanne", EN}, {"roy", EN}, {"ruben", EN}, {"rudy", EN}, {"sabrina", EN}, {"sadie", EN},
    {"sasha", EN}, {"selena", EN}, {"serena", EN}, {"shana", EN}, {"shane", EN}, {"shari", EN},
    {"shauna", EN}, {"shawna", EN}, {"shelby", EN}, {"shelley", EN}, {"sherri", EN},
    {"sherry", EN}, {"sonia", EN}, {"sonya", EN}, {"sophia", EN}, {"stacey", EN}, {"sue", EN},
    {"sylvia", EN}, {"tamara", EN}, {"tanya", EN}, {"tara", EN}, {"ted", EN}, {"terrence", EN},
    {"thelma", EN}, {"theodore", EN}, {"toni", EN}, {"tonya", EN}, {"tracey", EN}, {"trisha", EN},
    {"vera", EN}, {"vernon", EN}, {"veronica", EN}, {"vicki", EN}, {"vivian", EN}, {"wade", EN},
    {"wallace", EN}, {"warren", EN}, {"wesley", EN}, {"whitney", EN}, {"wilma", EN},
    {"yolanda", EN}, {"yvonne", EN}, {"zoe", EN}, {"ava", EN}, {"mia", EN}, {"amelia", EN},
    /* the short forms of Elizabeth, Margaret, Catherine and Mildred that
     * women sign with ("Lizzie Streit", "Maggie Roe") */
    {"cathy", EN}, {"eliza", EN}, {"libby", EN}, {"lizzie", EN}, {"lizzy", EN}, {"maggie", EN},
    {"millie", EN},
    {"scarlett", EN}, {"riley", EN}, {"aubrey", EN}, {"zoey", EN}, {"layla", EN}, {"camila", EN},
    {"skylar", EN}, {"aaliyah", EN}, {"maya", EN}, {"madelyn", EN}, {"adeline", EN},
    {"ariana", EN}, {"elena", EN}, {"quinn", EN}, {"cora", EN}, {"kaylee", EN}, {"arianna", EN},
    {"eliana", EN}, {"peyton", EN}, {"gianna", EN}, {"isabelle", EN}, {"valentina", EN},
    {"reagan", EN}, {"brielle", EN}, {"delilah", EN}, {"isla", EN}, {"kylie", EN},
    {"annabelle", EN}, {"ximena", EN}, {"leilani", EN}, {"lyla", EN}, {"arya", EN}, {"norah", EN},
    {"khloe", EN}, {"elijah", EN}, {"sebastian", EN}, {"aiden", EN}, {"jayden", EN},
    {"grayson", EN}, {"levi", EN}, {"mateo", EN}, {"jaxon", EN}, {"josiah", EN}, {"eli", EN},
    {"ezra", EN}, {"landon", EN}, {"nolan", EN}, {"jeremiah", EN}, {"easton", EN}, {"elias", EN},
    {"colton", EN}, {"carson", EN}, {"greyson", EN}, {"brayden", EN}, {"ezekiel", EN},
    {"xavier", EN}, {"jace", EN}, {"jameson", EN}, {"leonardo", EN}, {"bryson", EN}, {"axel", EN},
    {"sawyer", EN},
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
    {"wolfgang", DE}, {"anna-lena", DE}, {"bastian", DE}, {"benedikt", DE}, {"christoph", DE},
    {"daniela", DE}, {"erika", DE}, {"franziska", DE}, {"friedrich", DE}, {"g\xc3\xbcnter", DE},
    {"hannelore", DE}, {"heiko", DE}, {"ilse", DE}, {"johannes", DE}, {"kai", DE},
    {"kerstin", DE}, {"lena", DE}, {"leonie", DE}, {"maximilian", DE}, {"nico", DE}, {"ole", DE},
    {"philipp", DE}, {"reinhard", DE}, {"r\xc3\xbc" "diger", DE}, {"simone", DE}, {"ute", DE},
    {"wilhelm", DE},
    {"bart", NL}, {"bram", NL}, {"daan", NL}, {"erik", NL}, {"femke", NL}, {"geert", NL},
    {"gert", NL}, {"hendrik", NL}, {"henk", NL}, {"jan", NL}, {"jeroen", NL}, {"joost", NL},
    {"koen", NL}, {"lotte", NL}, {"maarten", NL}, {"marieke", NL}, {"marloes", NL}, {"niels", NL},
    {"pieter", NL}, {"ruud", NL}, {"sander", NL}, {"sanne", NL}, {"stijn", NL}, {"thijs", NL},
    {"wouter", NL},
    {"anders", NORD}, {"astrid", NORD}, {"bjorn", NORD}, {"bj\xc3\xb6rn", NORD},
    {"christoffer", NORD}, {"elin", NORD}, {"frida", NORD}, {"gunnar", NORD}, {"hanna", NORD},
    {"henrik", NORD}, {"johan", NORD}, {"kristian", NORD}, {"magnus", NORD}, {"mats", NORD},
    {"mikael", NORD}, {"morten", NORD}, {"nils", NORD}, {"rasmus", NORD}, {"sigrid", NORD},
    {"sofia", NORD}, {"soren", NORD}, {"s\xc3\xb8ren", NORD}, {"stine", NORD}, {"tove", NORD},
    {"ulf", NORD},
    {"alain", FR}, {"am\xc3\xa9lie", FR}, {"antoine", FR}, {"aur\xc3\xa9lie", FR},
    {"beno\xc3\xaet", FR}, {"bernard", FR}, {"camille", FR}, {"c\xc3\xa9" "cile", FR},
    {"c\xc3\xa9line", FR}, {"christophe", FR}, {"damien", FR}, {"didier", FR}, {"dominique", FR},
    {"\xc3\xa9mile", FR}, {"\xc3\xa9ric", FR}, {"\xc3\xa9tienne", FR}, {"fabien", FR},
    {"fran\xc3\xa7ois", FR}, {"fr\xc3\xa9" "d\xc3\xa9ric", FR}, {"guillaume", FR},
    {"h\xc3\xa9l\xc3\xa8ne", FR}, {"jacques", FR}, {"j\xc3\xa9r\xc3\xb4me", FR}, {"julien", FR},
    {"laurent", FR}, {"l\xc3\xa9" "a", FR}, {"louis", FR}, {"lucie", FR}, {"manon", FR},
    {"marc", FR}, {"mathieu", FR}, {"mathilde", FR}, {"maxime", FR}, {"michel", FR},
    {"nathalie", FR}, {"nicolas", FR}, {"olivier", FR}, {"pascal", FR}, {"philippe", FR},
    {"pierre", FR}, {"r\xc3\xa9mi", FR}, {"romain", FR}, {"s\xc3\xa9" "bastien", FR},
    {"st\xc3\xa9phane", FR}, {"sylvie", FR}, {"thierry", FR}, {"val\xc3\xa9rie", FR},
    {"yann", FR}, {"yves", FR}, {"agn\xc3\xa8s", FR}, {"alexandre", FR}, {"ana\xc3\xafs", FR},
    {"arnaud", FR}, {"baptiste", FR}, {"brigitte", FR}, {"c\xc3\xa9" "dric", FR}, {"chantal", FR},
    {"cl\xc3\xa9ment", FR}, {"colette", FR}, {"delphine", FR}, {"denis", FR},
    {"\xc3\xa9lodie", FR}, {"emmanuel", FR}, {"estelle", FR}, {"fabrice", FR},
    {"ga\xc3\xablle", FR}, {"gilles", FR}, {"hugues", FR}, {"jean-luc", FR}, {"jean-marc", FR},
    {"jean-pierre", FR}, {"josiane", FR}, {"laetitia", FR}, {"lionel", FR}, {"margaux", FR},
    {"martine", FR}, {"m\xc3\xa9lanie", FR}, {"nad\xc3\xa8ge", FR}, {"oc\xc3\xa9" "ane", FR},
    {"patrice", FR}, {"pauline", FR}, {"rapha\xc3\xabl", FR}, {"sandrine", FR},
    {"s\xc3\xa9verine", FR}, {"sylvain", FR}, {"th\xc3\xa9o", FR}, {"thibault", FR},
    {"virginie", FR},
    {"alejandro", ES}, {"ana", ES}, {"andr\xc3\xa9s", ES}, {"beatriz", ES}, {"carlos", ES},
    {"carmen", ES}, {"catalina", ES}, {"cristina", ES}, {"diego", ES}, {"eduardo", ES},
    {"enrique", ES}, {"fernando", ES}, {"francisco", ES}, {"gabriel", ES}, {"gonzalo", ES},
    {"guillermo", ES}, {"ignacio", ES}, {"javier", ES}, {"jo\xc3\xa3o", ES}, {"jorge", ES},
    {"jos\xc3\xa9", ES}, {"juan", ES}, {"juliana", ES}, {"luc\xc3\xad" "a", ES}, {"luis", ES},
    {"manuel", ES}, {"marcos", ES}, {"mariana", ES}, {"mario", ES}, {"marta", ES}, {"miguel", ES},
    {"nuria", ES}, {"pablo", ES}, {"paulo", ES}, {"pedro", ES}, {"rafael", ES}, {"raquel", ES},
    {"ricardo", ES}, {"roberto", ES}, {"rodrigo", ES}, {"rosa", ES}, {"sergio", ES},
    {"sof\xc3\xad" "a", ES}, {"tiago", ES}, {"vicente", ES}, {"adriana", ES}, {"alba", ES},
    {"alberto", ES}, {"alfonso", ES}, {"\xc3\xa1lvaro", ES}, {"antonia", ES}, {"araceli", ES},
    {"arturo", ES}, {"bruno", ES}, {"c\xc3\xa9sar", ES}, {"claudia", ES}, {"elisa", ES},
    {"emilio", ES}, {"esteban", ES}, {"felipe", ES}, {"fernanda", ES}, {"gustavo", ES},
    {"h\xc3\xa9" "ctor", ES}, {"in\xc3\xa9s", ES}, {"jes\xc3\xbas", ES}, {"joaqu\xc3\xadn", ES},
    {"julio", ES}, {"leonor", ES}, {"lorena", ES}, {"lourdes", ES}, {"luciana", ES},
    {"marcela", ES}, {"m\xc3\xb3nica", ES}, {"natalia", ES}, {"nicol\xc3\xa1s", ES},
    {"\xc3\xb3scar", ES}, {"ram\xc3\xb3n", ES}, {"ra\xc3\xbal", ES}, {"roc\xc3\xado", ES},
    {"rub\xc3\xa9n", ES}, {"silvia", ES}, {"valeria", ES}, {"ver\xc3\xb3nica", ES},
    {"alessandro", IT}, {"alessia", IT}, {"angelo", IT}, {"antonella", IT}, {"chiara", IT},
    {"claudio", IT}, {"daniele", IT}, {"davide", IT}, {"enrico", IT}, {"fabio", IT},
    {"federica", IT}, {"federico", IT}, {"francesca", IT}, {"francesco", IT}, {"giacomo", IT},
    {"gianluca", IT}, {"giorgio", IT}, {"giovanni", IT}, {"giulia", IT}, {"giuseppe", IT},
    {"lorenzo", IT}, {"luca", IT}, {"marco", IT}, {"matteo", IT}, {"maurizio", IT}, {"paola", IT},
    {"paolo", IT}, {"riccardo", IT}, {"roberta", IT}, {"salvatore", IT}, {"stefano", IT},
    {"agnieszka", SLAV}, {"aleksandra", SLAV}, {"alexei", SLAV}, {"alina", SLAV},
    {"anastasia", SLAV}, {"andrei", SLAV}, {"andrzej", SLAV}, {"boris", SLAV}, {"dmitri", SLAV},
    {"dmitry", SLAV}, {"ekaterina", SLAV}, {"igor", SLAV}, {"irina", SLAV}, {"ivan", SLAV},
    {"jakub", SLAV}, {"jana", SLAV}, {"jiri", SLAV}, {"kamil", SLAV}, {"katarzyna", SLAV},
    {"krystyna", SLAV}, {"krzysztof", SLAV}, {"lukasz", SLAV}, {"maciej", SLAV},
    {"magdalena", SLAV}, {"marek", SLAV}, {"michal", SLAV}, {"mikhail", SLAV}, {"milan", SLAV},
    {"natasha", SLAV}, {"nikolai", SLAV}, {"oksana", SLAV}, {"olga", SLAV}, {"pavel", SLAV},
    {"petr", SLAV}, {"piotr", SLAV}, {"polina", SLAV}, {"sergei", SLAV}, {"sergey", SLAV},
    {"svetlana", SLAV}, {"tatiana", SLAV}, {"tomasz", SLAV}, {"vladimir", SLAV}, {"yuri", SLAV},
    {"zofia", SLAV},
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

#define N_GIVEN_ENTRIES (sizeof pith_given_names / sizeof pith_given_names[0] - 1)

/* Name e (a table entry) against word w (n bytes) in byte order after ASCII
 * lower-casing, as strcmp would give it (a zero byte within w comes before
 * e's end, so that no word with one equals a name): the order of the
 * build's table and of the search in it. */
static int compare_name(const char *e, const char *w, size_t n)
{
    size_t k = 0;
    while (k < n && e[k] != '\0' && pith_ascii_lower(e[k]) == pith_ascii_lower(w[k]))
        k++;
    if (k == n)
        return e[n] != '\0';
    unsigned char a = (unsigned char)pith_ascii_lower(e[k]);
    unsigned char b = (unsigned char)pith_ascii_lower(w[k]);
    return a < b ? -1 : 1;
}

/* Two entry numbers by their names, then by number. */
static int compare_entries(const void *a, const void *b)
{
    uint16_t i = *(const uint16_t *)a, j = *(const uint16_t *)b;
    const char *w = pith_given_names[j].name;
    int c = compare_name(pith_given_names[i].name, w, strlen(w));
    return c ? c : (i > j) - (i < j);
}

size_t pith_given_name_entries(void)
{
    return N_GIVEN_ENTRIES;
}

size_t pith_given_name_order(uint16_t *out, size_t cap)
{
    size_t n = cap < N_GIVEN_ENTRIES ? 0 : N_GIVEN_ENTRIES;
    for (size_t i = 0; i < n; i++)
        out[i] = (uint16_t)i;
    qsort(out, n, sizeof *out, compare_entries);
    return n;
}

bool pith_rules_is_given_name(const char *word, size_t n)
{
    /* Asked of the first word of every name-like text on every page: a
     * binary search over the order the build made (the scan of the whole
     * table cost about 25 K instructions a call); the scan without it. */
    const pith_rules_data *built = pith_rules_precompiled;
    if (built && built->given_order && built->n_given_entries == N_GIVEN_ENTRIES) {
        size_t lo = 0, hi = built->n_given_names;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int c = compare_name(pith_given_names[built->given_order[mid]].name, word, n);
            if (c == 0)
                return true;
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return false;
    }
    for (const pith_given_name *g = pith_given_names; g->name; g++)
        if (pith_ascii_ieq_n(word, n, g->name))
            return true;
    return false;
}
