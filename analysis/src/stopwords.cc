#include <algorithm>
#include <array>
#include <span>

#include "lectern/analysis/analysis.h"

namespace lectern::analysis {
namespace {

// Function words per language, sorted bytewise (tests/analysis checks it) for binary search.
// Short on purpose: only words that carry no meaning in a review search; "war", "may" or
// "will" as nouns stay searchable in every language.
constexpr std::array<std::string_view, 124> kEn = {
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
    "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
    "more", "most", "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or",
    "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
    "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
    "would", "you", "your", "yours", "yourself", "yourselves",
};

constexpr std::array<std::string_view, 179> kDe = {
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
    "andere", "anderem", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "bin", "bis",
    "bist", "da", "damit", "dann", "das", "dass", "dasselbe", "dein", "deine", "deinem", "deinen",
    "deiner", "dem", "demselben", "den", "denn", "der", "derer", "derselbe", "derselben", "des",
    "desselben", "dessen", "dich", "die", "dies", "diese", "dieselbe", "dieselben", "diesem",
    "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem",
    "einen", "einer", "eines", "er", "es", "euch", "euer", "eure", "für", "haben", "hat", "hatte",
    "hatten", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren",
    "ihrer", "ihres", "im", "in", "ist", "jede", "jedem", "jeden", "jeder", "jedes", "jener",
    "jenes", "jetzt", "kann", "kein", "keine", "keinem", "keinen", "keiner", "keines", "man",
    "manche", "mein", "meine", "meinem", "meinen", "meiner", "meines", "mich", "mir", "mit", "muss",
    "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "sehr", "sein", "seine",
    "seinem", "seinen", "seiner", "seines", "selbst", "sich", "sie", "sind", "so", "solche", "soll",
    "sondern", "sonst", "um", "und", "uns", "unser", "unsere", "unter", "vom", "von", "vor", "war",
    "waren", "warst", "was", "weil", "welche", "welchem", "welchen", "welcher", "welches", "wenn",
    "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wirst", "wo", "wollen", "zu", "zum",
    "zur", "zwar", "zwischen", "über",
};

constexpr std::array<std::string_view, 83> kFr = {
    "au", "aussi", "aux", "avait", "avec", "avoir", "c", "ce", "ces", "cette", "comme", "d", "dans",
    "de", "des", "dont", "du", "elle", "elles", "en", "est", "et", "eux", "il", "ils", "j", "je",
    "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon",
    "même", "n", "ne", "nos", "notre", "nous", "on", "ont", "ou", "où", "par", "pas", "pour", "qu",
    "que", "qui", "s", "sa", "sans", "se", "ses", "son", "sont", "sous", "sur", "t", "ta", "te",
    "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "à", "était", "été",
    "être",
};

constexpr std::array<std::string_view, 96> kEs = {
    "a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con", "contra", "cual",
    "cuando", "de", "del", "desde", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en",
    "entre", "era", "eran", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estaba", "estas",
    "este", "esto", "estos", "fue", "fueron", "ha", "han", "hasta", "hay", "la", "las", "le", "les",
    "lo", "los", "me", "mi", "mis", "mucho", "muy", "más", "nada", "ni", "no", "nos", "nosotros",
    "o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "que", "quien",
    "se", "sea", "ser", "si", "sin", "sobre", "son", "su", "sus", "también", "te", "tiene", "todo",
    "todos", "tu", "tus", "un", "una", "uno", "unos", "y", "ya", "yo",
};

constexpr std::array<std::string_view, 84> kIt = {
    "a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "anche", "che", "chi", "ci", "come",
    "con", "contro", "da", "dal", "dalla", "dalle", "degli", "dei", "del", "della", "delle",
    "dello", "di", "dove", "e", "ed", "era", "erano", "gli", "ha", "hanno", "i", "il", "in", "io",
    "la", "le", "lei", "lo", "loro", "lui", "ma", "mi", "mia", "mio", "ne", "negli", "nei", "nel",
    "nella", "nelle", "nello", "noi", "non", "nostro", "o", "per", "perché", "più", "quale",
    "quando", "quella", "quello", "questa", "questo", "se", "si", "sono", "su", "sua", "sue", "sui",
    "sul", "sulla", "suo", "tra", "tu", "un", "una", "uno", "voi",
};

constexpr std::array<std::string_view, 74> kPt = {
    "a", "ao", "aos", "as", "até", "com", "como", "da", "das", "de", "dela", "dele", "deles", "do",
    "dos", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "eram", "essa", "esse", "esta",
    "este", "eu", "foi", "foram", "há", "isso", "isto", "já", "lhe", "mais", "mas", "me", "mesmo",
    "meu", "minha", "muito", "na", "nas", "nem", "no", "nos", "nós", "o", "os", "ou", "para",
    "pela", "pelo", "por", "qual", "quando", "que", "quem", "se", "sem", "ser", "seu", "seus",
    "sua", "suas", "são", "também", "te", "tem", "um", "uma", "você",
};

constexpr std::array<std::string_view, 73> kNl = {
    "aan", "al", "alles", "als", "bij", "dan", "dat", "de", "der", "des", "die", "dit", "door",
    "een", "en", "er", "had", "heb", "hebben", "heeft", "het", "hier", "hij", "hoe", "hun", "ik",
    "in", "is", "je", "kan", "maar", "me", "men", "met", "mij", "mijn", "na", "naar", "niet", "nog",
    "nu", "of", "om", "omdat", "ons", "ook", "op", "over", "te", "tegen", "toen", "tot", "u", "uit",
    "van", "veel", "voor", "want", "was", "wat", "we", "wel", "werd", "wij", "worden", "zal", "ze",
    "zei", "zich", "zij", "zijn", "zo", "zonder",
};

std::span<const std::string_view> stopwords_of(std::string_view language) {
  if (language == "en") return kEn;
  if (language == "de") return kDe;
  if (language == "fr") return kFr;
  if (language == "es") return kEs;
  if (language == "it") return kIt;
  if (language == "pt") return kPt;
  if (language == "nl") return kNl;
  return {};
}

class ListStopper : public Xapian::Stopper {
 public:
  explicit ListStopper(std::span<const std::string_view> words) : words_(words) {}
  bool operator()(const std::string& term) const override { return std::binary_search(words_.begin(), words_.end(), term); }
  std::string get_description() const override { return "lectern-stopper"; }

 private:
  std::span<const std::string_view> words_;
};

}  // namespace

std::unique_ptr<Xapian::Stopper> make_stopper(std::string_view language) {
  const auto words = stopwords_of(language);
  if (words.empty()) return nullptr;
  return std::make_unique<ListStopper>(words);
}

bool is_stopword(std::string_view language, std::string_view word) {
  const auto words = stopwords_of(language);
  return std::binary_search(words.begin(), words.end(), word);
}

}  // namespace lectern::analysis
