// The words that place a number in time and the cues around it that say whose time it is:
// the story's, the book's own history (publication, translation, editions) or something else
// (a prize, a film, the reviewer's reading). All are folded: lower case, no diacritics.
#pragma once

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <utility>

namespace lectern::indexer::period_detail {

// True when `word` is one of `words`.
inline bool contains(std::span<const std::string_view> words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// In order: "seventh" is at index 6.
inline constexpr auto kOrdinalWords = std::to_array<std::string_view>(
    {"first",     "second",    "third",       "fourth",     "fifth",      "sixth",      "seventh",
     "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth", "fourteenth",
     "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"});

inline constexpr auto kMonths = std::to_array<std::string_view>(
    {"january",   "february", "march",    "april",      "may",     "june",      "july",      "august",
     "september", "october",  "november", "december",   "jan",     "feb",       "mar",       "apr",
     "jun",       "jul",      "aug",      "sep",        "sept",    "oct",       "nov",       "dec",
     "janvier",   "fevrier",  "mars",     "avril",      "mai",     "juin",      "juillet",   "aout",
     "septembre", "octobre",  "novembre", "decembre",   "januar",  "februar",   "marz",      "juni",
     "juli",      "oktober",  "dezember", "enero",      "febrero", "marzo",     "abril",     "mayo",
     "junio",     "julio",    "agosto",   "septiembre", "octubre", "noviembre", "diciembre", "gennaio",
     "febbraio",  "aprile",   "maggio",   "giugno",     "luglio",  "settembre", "ottobre",   "dicembre"});

// Seasons and feasts, matched as word endings too ("Frühsommer").
inline constexpr auto kSeasons = std::to_array<std::string_view>(
    {"spring",    "summer",   "autumn", "fall",     "winter",    "easter",  "christmas", "midsummer",
     "fruhling",  "fruhjahr", "sommer", "herbst",   "printemps", "ete",     "automne",   "hiver",
     "primavera", "verano",   "otono",  "invierno", "estate",    "autunno", "inverno"});

// Words right before a number of one to three digits that make it a year ("in 900").
inline constexpr auto kShortYearContext = std::to_array<std::string_view>(
    {"in",    "since", "until", "till", "circa", "c",    "ca", "around", "year", "by",   "before",
     "after", "from",  "en",    "vers", "nel",   "anno", "um", "im",     "jahr", "hacia"});

// Words after a number that make it a count, not a year ("900 days", "1500 men").
inline constexpr auto kUnitWords = std::to_array<std::string_view>(
    {"pages",      "page",   "pp",         "copies",   "people",   "men",     "women",    "soldiers", "troops",
     "days",       "years",  "months",     "weeks",    "hours",    "minutes", "seconds",  "miles",    "kilometres",
     "kilometers", "km",     "metres",     "meters",   "feet",     "yards",   "words",    "dollars",  "pounds",
     "euros",      "francs", "tons",       "tonnes",   "ships",    "planes",  "aircraft", "tanks",    "guns",
     "prisoners",  "dead",   "casualties", "children", "calories", "grams",   "lives",    "deaths",   "horses",
     "letters",    "poems",  "stories",    "chapters", "volumes",  "books",   "members",  "votes",    "acres",
     "percent",    "kg",     "times",      "seiten",   "jahre",    "tage",    "ans",      "jours",    "paginas",
     "anos",       "dias",   "pagine",     "anni",     "giorni"});

// Words right before a number that make it a reference, not a year ("p. 187", "No. 10").
inline constexpr auto kReferenceWords = std::to_array<std::string_view>(
    {"p",        "pp",   "page",  "pages", "chapter", "chapters", "no",    "vol",  "volume",
     "ch",       "line", "lines", "verse", "number",  "room",     "house", "flat", "route",
     "platform", "gate", "track", "fig",   "figure",  "plate",    "table", "s",    "seite"});

// Publishers and imprints: "(Penguin, 2011)", "Vintage 2004".
inline constexpr auto kPublisherWords = std::to_array<std::string_view>(
    {"press",    "books",     "publishing", "publishers", "penguin",   "vintage",   "faber",     "harper",
     "knopf",    "viking",    "picador",    "bloomsbury", "macmillan", "norton",    "hachette",  "granta",
     "virago",   "chatto",    "doubleday",  "arrow",      "everyman",  "gallimard", "seuil",     "grasset",
     "suhrkamp", "fischer",   "rowohlt",    "hanser",     "planeta",   "anagrama",  "alfaguara", "feltrinelli",
     "einaudi",  "mondadori", "adelphi",    "scribner",   "pantheon",  "anchor",    "fontana",   "corgi"});

// Cues before a year (within its clause) that make it the book's own history: the ±2 shadow
// applies to these.
inline constexpr auto kPublicationCues = std::to_array<std::string_view>(
    {"published",  "publication", "publish",       "publishes",     "republished",    "reissued",    "reprinted",
     "reprint",    "edition",     "editions",      "paperback",     "hardback",       "hardcover",   "appeared",
     "written",    "serialised", "serialized",  "serialisation", "serialization", "translated",     "translation", "translations",
     "translator", "copyright",   "publie",        "publiee",       "paru",           "parution",    "traduit",
     "traduction", "erschienen",  "erschien",      "erscheinen",    "veroffentlicht", "ubersetzung", "ubersetzt",
     "publicado",  "publicada",   "publico",       "publicacion",   "edicion",        "traduccion",  "traducido",
     "pubblicato", "pubblicata",  "usci",          "uscito",        "edizione",       "traduzione",  "tradotto",
     // The text's own survival: "the single manuscript was copied around 1000".
     "copied"});

// Two-word cues of the same kind: "came out", "wrote it" (the book, not the letters it holds).
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kPublicationPairs = {{
    {"came", "out"},    {"come", "out"},      {"wrote", "it"},   {"wrote", "this"},
    {"finished", "it"}, {"completed", "it"},  {"schrieb", "das"}, {"schrieb", "den"},
    {"wrote", "the"},   {"first", "printed"}, {"went", "out"},    {"sortit", "en"}}};

// Cues before a year that make it a prize's, an adaptation's, another work's (a sequel) or the
// reviewer's own reading.
inline constexpr auto kPrizeCues = std::to_array<std::string_view>(
    {"prize", "prizes", "award", "awards", "awarded", "medal", "pulitzer", "booker", "nobel", "goncourt", "hugo",
     "nebula", "oscar", "oscars", "shortlisted", "longlisted", "nominated", "prix", "preis", "premio"});
inline constexpr auto kAdaptationCues = std::to_array<std::string_view>(
    {"film", "films", "movie", "movies", "miniseries", "adaptation", "adapted", "television", "tv", "bbc", "broadcast",
     "staged", "pelicula", "filmed", "remake", "remakes"});
// The author's other books: "the sequel ... is from 1963".
inline constexpr auto kOtherWorkCues =
    std::to_array<std::string_view>({"sequel", "sequels", "prequel", "secuela", "fortsetzung"});
inline constexpr auto kReadingCues = std::to_array<std::string_view>({"reread", "bought"});

// Two-word cues of the reviewer's reading: "reading it in 2021", "I finished reading".
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kReadingPairs = {{{"reading", "it"},
                                                                                              {"reading", "this"},
                                                                                              {"rereading", "it"},
                                                                                              {"read", "it"},
                                                                                              {"read", "this"},
                                                                                              {"finished", "reading"}}};

// Two-word cues that point away from the story's years: "il seguito" is Italian for "the sequel"
// ("in seguito", afterwards, is not a cue); a comparison with another time ("the fear ... as
// occurred during the Great Purge of the 1930s"), what the author knows ("her knowledge of Soviet
// history from the purges of the 1930s") and what the book did to a later time ("its influence
// on 1960s counterculture").
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kOtherPairs = {
    {{"il", "seguito"}, {"as", "occurred"}, {"as", "happened"}, {"knowledge", "of"}, {"influence", "on"}}};

// Words that stand for a work named earlier in the sentence: "two films: the 1923 one".
inline constexpr auto kStandInWords = std::to_array<std::string_view>({"one", "ones", "version", "versions"});

// Births and deaths: when the book's author is the one born or dying, not the story's time.
inline constexpr auto kLifeWords =
    std::to_array<std::string_view>({"born", "died", "death", "birth", "ne", "nee", "geboren", "gestorben", "starb",
                                     "nacio", "murio", "nato", "morto", "mort"});
inline constexpr auto kAuthorWords = std::to_array<std::string_view>(
    {"author", "writer", "novelist", "poet", "historian", "autor", "auteur", "autrice", "autore"});

// Words right after a year that make it the book's history (kPublication) or another
// non-story date.
inline constexpr auto kPublicationFollowers =
    std::to_array<std::string_view>({"edition", "editions", "translation", "printing", "reprint", "paperback",
                                     "hardback", "hardcover", "version", "publication"});
inline constexpr auto kAdaptationFollowers = std::to_array<std::string_view>(
    {"film", "movie", "adaptation", "tv", "television", "bbc", "production", "musical", "miniseries", "series",
     "recording", "staging", "broadcast", "remake"});
inline constexpr auto kPrizeFollowers = std::to_array<std::string_view>({"pulitzer", "booker", "nobel", "prize", "award"});

// Words that judge the book against its own time, before or after the year in its clause:
// "scandalous in 1890", "in 1513, separating politics from morality was radical". The year is
// when the book came out or was written, not what it is about.
inline constexpr auto kJudgementWords = std::to_array<std::string_view>(
    {"scandalous", "shocking", "radical", "daring", "groundbreaking", "controversial", "provocative", "subversive",
     "unprecedented", "innovative", "skandalos", "scandaleux", "scandaleuse", "escandaloso", "scandaloso"});

// Cues after a year, within a few words: "in 1930, when the book appeared".
inline constexpr auto kPublicationAfterCues =
    std::to_array<std::string_view>({"appeared", "published", "erschien", "paru", "publie"});

// Words that end a cue's reach: what follows is about the story again.
inline constexpr auto kStoryWords = std::to_array<std::string_view>(
    {"set",   "sets",  "setting", "opens",  "begins",    "starts",     "ends",       "closes",     "covers",
     "spans", "runs",  "follows", "tells",  "describes", "recounts",   "depicts",    "chronicles", "about",
     "but",   "story", "takes",   "spielt", "deroule",   "transcurre", "ambientato", "ambientata"});

// Words that make a sentence about the story's setting ("is set in", "opens in", "ends in").
inline constexpr auto kSettingWords = std::to_array<std::string_view>(
    {"set",        "opens",    "begins",  "ends",       "closes",     "covers",   "spans",
     "epilogue",   "spielt",   "beginnt", "endet",      "deroule",    "commence", "termine",
     "transcurre", "comienza", "termina", "ambientato", "ambientata", "inizia",   "finisce"});

}  // namespace lectern::indexer::period_detail
