// Period extraction. The text is folded (lower case, one kind of dash and apostrophe), split
// into lines, sentences, clauses and word tokens, and read for mentions of time: years,
// ranges, decades, parts of centuries, centuries and named eras (eras::Gazetteer). Each
// mention is checked against its context (is it the story's time, or the book's publication,
// a prize, a film, a page?), weighted, and the survivors are reduced to their dense core:
//
//  1. Lines and sections that are not the review are skipped: reading lists ("Further
//     reading", "See also", ... and the short entries after them), comment sections, bylines
//     ("Posted on ...", "By NAME · DATE"), lines with an ISBN, and footers from their © or
//     cookie notice on. The review's own date, written as a date, is skipped anywhere.
//  2. A year is not the story's when a cue before it in its clause says so ("published in",
//     "translated", "won the Pulitzer in", "the film of", "I first read this in", the author's
//     "born in") or a word right after it does ("the 2006 film", "the 2011 edition"), unless a
//     story word intervenes ("first published in 1947, it covers 1942-44"). A parenthesis that
//     opens with words is a clause of its own. Publication and writing years also cast a
//     shadow: a lone year within two of one is the book's history ("he died in 1980";
//     published 1982) unless it adjoins the story's other years or its sentence is about the
//     setting ("the novel closes in 1940"; serialised 1941).
//  3. Vague mentions (eras, centuries, parts of them) are refined by precise ones: "the early
//     seventh century, around 617" is 617; an era that strictly surrounds the precise years
//     adds nothing ("the Cold War" around 1973); one that reaches beyond them extends them.
//     Without precise years the eras decide; bare centuries count only when nothing else does.
//     "Cloud Atlas (2004)" dates another work: never a period on its own.
//  4. Outliers are dropped at either end: a light group of mentions far from the rest (a
//     Stalingrad history that mentions 1812 once). A flashback (earlier years mentioned after
//     the story's own) goes more readily than a later group, which is more often an epilogue;
//     nothing a sentence says the story is set in is ever an outlier.
#include "period.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "lectern/common/text.h"

namespace lectern::indexer {
namespace {

using namespace std::string_view_literals;

// Four-digit numbers in this range are years without further context.
constexpr int kMinPlainYear = 1000;
constexpr int kMaxPlainYear = 2100;
// How many words back a cue still describes a year ("published it, against his wishes, in
// 1925"), and how many forward ("in 1930, when the book appeared").
constexpr std::size_t kCueWordsBefore = 10;
constexpr std::size_t kCueWordsAfter = 6;
// A publication or writing year overshadows story years this close to it...
constexpr int kPublicationShadow = 2;
// ...unless they lie this close to the story's other years.
constexpr int kStoryAdjacency = 3;
// A mention at least this wide is vague: an era, a century, part of one.
constexpr int kVagueWidth = 20;
// Outliers: a group at one end is dropped when it carries at most this share of the weight,
// lies at least kMinOutlierGap years from the rest, and that gap exceeds kOutlierGapRatio times
// the rest's own span...
constexpr double kOutlierShare = 1.0 / 3.0;
constexpr int kMinOutlierGap = 30;
constexpr int kOutlierGapRatio = 3;
// ...or, for a flashback, at most this share and this gap.
constexpr double kFlashbackShare = 0.4;
constexpr int kMinFlashbackGap = 15;
// Lines no longer than these are bylines, list entries or headings rather than prose.
constexpr std::size_t kShortLine = 120;
constexpr std::size_t kListLine = 160;
constexpr std::size_t kIsbnLine = 250;
constexpr std::size_t kFooterLine = 200;

// Mention weights.
constexpr double kYearWeight = 1.0;
constexpr double kRangeWeight = 1.5;
constexpr double kDatedBonus = 0.5;    // "in May 1910", "the winter of 1812"
constexpr double kSettingBonus = 0.5;  // in a sentence such as "the novel is set in ..."
constexpr double kEraWeight = 0.75;
constexpr double kCitationWeight = 0.25;  // "Cloud Atlas (2004)"

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
bool is_letter(char ch) { return ch >= 'a' && ch <= 'z'; }
bool is_word_byte(char ch) { return is_digit(ch) || is_letter(ch) || static_cast<unsigned char>(ch) >= 0x80; }

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool all_digits(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), is_digit);
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char ch : digits) value = value * 10 + (ch - '0');
  return value;
}

int width(const YearSpan& span) { return span.end - span.start; }
bool inside(const YearSpan& inner, const YearSpan& outer) { return outer.start <= inner.start && inner.end <= outer.end; }
// `outer` reaches beyond `inner` on both sides.
bool strictly_around(const YearSpan& outer, const YearSpan& inner) {
  return outer.start < inner.start && inner.end < outer.end;
}

// ---- Words ----------------------------------------------------------------------------------

constexpr std::array kOrdinalWords = {
    "first"sv,     "second"sv,     "third"sv,       "fourth"sv,     "fifth"sv,      "sixth"sv,   "seventh"sv,
    "eighth"sv,    "ninth"sv,      "tenth"sv,       "eleventh"sv,   "twelfth"sv,    "thirteenth"sv,
    "fourteenth"sv, "fifteenth"sv, "sixteenth"sv,   "seventeenth"sv, "eighteenth"sv, "nineteenth"sv,
    "twentieth"sv};

constexpr std::array kMonths = {
    "january"sv,  "february"sv, "march"sv,    "april"sv,    "may"sv,       "june"sv,     "july"sv,     "august"sv,
    "september"sv, "october"sv, "november"sv, "december"sv, "jan"sv,       "feb"sv,      "mar"sv,      "apr"sv,
    "jun"sv,      "jul"sv,      "aug"sv,      "sep"sv,      "sept"sv,      "oct"sv,      "nov"sv,      "dec"sv,
    "janvier"sv,  "fevrier"sv,  "mars"sv,     "avril"sv,    "mai"sv,       "juin"sv,     "juillet"sv,  "aout"sv,
    "septembre"sv, "octobre"sv, "novembre"sv, "decembre"sv, "januar"sv,    "februar"sv,  "marz"sv,     "juni"sv,
    "juli"sv,     "oktober"sv,  "dezember"sv, "enero"sv,    "febrero"sv,   "marzo"sv,    "abril"sv,    "mayo"sv,
    "junio"sv,    "julio"sv,    "agosto"sv,   "septiembre"sv, "octubre"sv, "noviembre"sv, "diciembre"sv,
    "gennaio"sv,  "febbraio"sv, "aprile"sv,   "maggio"sv,   "giugno"sv,    "luglio"sv,   "settembre"sv, "ottobre"sv,
    "dicembre"sv};

// Seasons and feasts, matched as word endings too ("Frühsommer").
constexpr std::array kSeasons = {
    "spring"sv,  "summer"sv,   "autumn"sv, "fall"sv,    "winter"sv,  "easter"sv,   "christmas"sv, "midsummer"sv,
    "fruhling"sv, "fruhjahr"sv, "sommer"sv, "herbst"sv, "printemps"sv, "ete"sv,     "automne"sv,  "hiver"sv,
    "primavera"sv, "verano"sv,  "otono"sv,  "invierno"sv, "estate"sv, "autunno"sv,  "inverno"sv};

// Words right before a number of one to three digits that make it a year ("in 900").
constexpr std::array kShortYearContext = {
    "in"sv, "since"sv, "until"sv, "till"sv, "circa"sv, "c"sv,  "ca"sv,   "around"sv, "year"sv, "by"sv,
    "before"sv, "after"sv, "from"sv, "en"sv, "vers"sv, "nel"sv, "anno"sv, "um"sv, "im"sv, "jahr"sv, "hacia"sv};

// Words after a number that make it a count, not a year ("900 days", "1500 men").
constexpr std::array kUnitWords = {
    "pages"sv,   "page"sv,     "pp"sv,       "copies"sv,  "people"sv,   "men"sv,      "women"sv,    "soldiers"sv,
    "troops"sv,  "days"sv,     "years"sv,    "months"sv,  "weeks"sv,    "hours"sv,    "minutes"sv,  "seconds"sv,
    "miles"sv,   "kilometres"sv, "kilometers"sv, "km"sv,  "metres"sv,   "meters"sv,   "feet"sv,     "yards"sv,
    "words"sv,   "dollars"sv,  "pounds"sv,   "euros"sv,   "francs"sv,   "tons"sv,     "tonnes"sv,   "ships"sv,
    "planes"sv,  "aircraft"sv, "tanks"sv,    "guns"sv,    "prisoners"sv, "dead"sv,    "casualties"sv, "children"sv,
    "calories"sv, "grams"sv,   "lives"sv,    "deaths"sv,  "horses"sv,   "letters"sv,  "poems"sv,    "stories"sv,
    "chapters"sv, "volumes"sv, "books"sv,    "members"sv, "votes"sv,    "acres"sv,    "percent"sv,  "kg"sv,
    "times"sv,   "seiten"sv,   "jahre"sv,    "tage"sv,    "ans"sv,      "jours"sv,    "paginas"sv,  "anos"sv,
    "dias"sv,    "pagine"sv,   "anni"sv,     "giorni"sv};

// Words right before a number that make it a reference, not a year ("p. 187", "No. 10").
constexpr std::array kReferenceWords = {
    "p"sv,      "pp"sv,     "page"sv,  "pages"sv, "chapter"sv, "chapters"sv, "no"sv,     "vol"sv,   "volume"sv,
    "ch"sv,     "line"sv,   "lines"sv, "verse"sv, "number"sv,  "room"sv,     "house"sv,  "flat"sv,  "route"sv,
    "platform"sv, "gate"sv, "track"sv, "fig"sv,   "figure"sv,  "plate"sv,    "table"sv,  "s"sv,     "seite"sv};

// Publishers and imprints: "(Penguin, 2011)", "Vintage 2004".
constexpr std::array kPublisherWords = {
    "press"sv,     "books"sv,   "publishing"sv, "publishers"sv, "penguin"sv, "vintage"sv,  "faber"sv,     "harper"sv,
    "knopf"sv,     "viking"sv,  "picador"sv,    "bloomsbury"sv, "macmillan"sv, "norton"sv, "hachette"sv,  "granta"sv,
    "virago"sv,    "chatto"sv,  "doubleday"sv,  "arrow"sv,      "everyman"sv, "gallimard"sv, "seuil"sv,    "grasset"sv,
    "suhrkamp"sv,  "fischer"sv, "rowohlt"sv,    "hanser"sv,     "planeta"sv, "anagrama"sv, "alfaguara"sv, "feltrinelli"sv,
    "einaudi"sv,   "mondadori"sv, "adelphi"sv,  "scribner"sv,   "pantheon"sv, "anchor"sv,  "fontana"sv,   "corgi"sv};

// Cues before a year (within its clause) that make it the book's own history: the ±2 shadow
// applies to these.
constexpr std::array kPublicationCues = {
    "published"sv,   "publication"sv, "publish"sv,     "publishes"sv,   "republished"sv, "reissued"sv,
    "reprinted"sv,   "reprint"sv,     "edition"sv,     "editions"sv,    "paperback"sv,   "hardback"sv,
    "hardcover"sv,   "appeared"sv,    "serialised"sv,  "serialized"sv,  "serialisation"sv, "serialization"sv,
    "translated"sv,  "translation"sv, "translations"sv, "translator"sv, "copyright"sv,   "publie"sv,
    "publiee"sv,     "paru"sv,        "parution"sv,    "traduit"sv,     "traduction"sv,  "erschienen"sv,
    "erschien"sv,    "erscheinen"sv,  "veroffentlicht"sv, "ubersetzung"sv, "ubersetzt"sv, "publicado"sv,
    "publicada"sv,   "publico"sv,     "publicacion"sv, "edicion"sv,     "traduccion"sv,  "traducido"sv,
    "pubblicato"sv,  "pubblicata"sv,  "usci"sv,        "uscito"sv,      "edizione"sv,    "traduzione"sv,
    "tradotto"sv};

// Two-word cues of the same kind: "came out", "wrote it" (the book, not the letters it holds).
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kPublicationPairs = {{
    {"came", "out"},    {"come", "out"},     {"wrote", "it"},     {"wrote", "this"},
    {"finished", "it"}, {"completed", "it"}, {"schrieb", "das"},  {"schrieb", "den"},
    {"wrote", "the"},   {"first", "printed"}, {"went", "out"},    {"sortit", "en"}}};

// Cues before a year that make it a prize, an adaptation or the reviewer's own reading.
constexpr std::array kOtherCues = {
    "prize"sv,   "prizes"sv,  "award"sv,     "awards"sv,   "awarded"sv,   "medal"sv,     "pulitzer"sv,
    "booker"sv,  "nobel"sv,   "goncourt"sv,  "hugo"sv,     "nebula"sv,    "oscar"sv,     "oscars"sv,
    "shortlisted"sv, "longlisted"sv, "nominated"sv, "prix"sv, "preis"sv,  "premio"sv,    "film"sv,
    "films"sv,   "movie"sv,   "movies"sv,    "miniseries"sv, "adaptation"sv, "adapted"sv, "television"sv,
    "tv"sv,      "bbc"sv,     "broadcast"sv, "staged"sv,   "reread"sv,    "bought"sv,    "pelicula"sv};

// Births and deaths: when the book's author is the one born or dying, not the story's time.
constexpr std::array kLifeWords = {"born"sv, "died"sv,  "death"sv, "birth"sv, "ne"sv,    "nee"sv,  "geboren"sv,
                                   "gestorben"sv, "starb"sv, "nacio"sv, "murio"sv, "nato"sv, "morto"sv, "mort"sv};
constexpr std::array kAuthorWords = {"author"sv, "writer"sv, "novelist"sv, "poet"sv, "historian"sv, "autor"sv,
                                     "auteur"sv, "autrice"sv, "autore"sv};

// Words right after a year that make it the book's history (kPublication) or another
// non-story date.
constexpr std::array kPublicationFollowers = {
    "edition"sv, "editions"sv, "translation"sv, "printing"sv, "reprint"sv, "paperback"sv, "hardback"sv,
    "hardcover"sv, "version"sv, "publication"sv};
constexpr std::array kOtherFollowers = {
    "film"sv,   "movie"sv,     "adaptation"sv, "tv"sv,    "television"sv, "bbc"sv,    "production"sv,
    "musical"sv, "miniseries"sv, "series"sv,   "pulitzer"sv, "booker"sv,  "nobel"sv,  "prize"sv,
    "award"sv,  "recording"sv, "staging"sv,   "broadcast"sv, "olympics"sv, "election"sv};

// Cues after a year, within a few words: "in 1930, when the book appeared".
constexpr std::array kPublicationAfterCues = {"appeared"sv, "published"sv, "erschien"sv, "paru"sv, "publie"sv};

// Words that end a cue's reach: what follows is about the story again.
constexpr std::array kStoryWords = {
    "set"sv,    "sets"sv,     "setting"sv,  "opens"sv,   "begins"sv,     "starts"sv,   "ends"sv,
    "closes"sv, "covers"sv,   "spans"sv,    "runs"sv,    "follows"sv,    "tells"sv,    "describes"sv,
    "recounts"sv, "depicts"sv, "chronicles"sv, "about"sv, "but"sv,       "story"sv,    "takes"sv,
    "spielt"sv, "deroule"sv,  "transcurre"sv, "ambientato"sv, "ambientata"sv};

// Words that make a sentence about the story's setting ("is set in", "opens in", "ends in").
constexpr std::array kSettingWords = {
    "set"sv,    "opens"sv,    "begins"sv,  "ends"sv,    "closes"sv,   "covers"sv,  "spans"sv,
    "epilogue"sv, "spielt"sv, "beginnt"sv, "endet"sv,  "deroule"sv,  "commence"sv, "termine"sv,
    "transcurre"sv, "comienza"sv, "termina"sv, "ambientato"sv, "ambientata"sv, "inizia"sv, "finisce"sv};

// A line starting with one of these opens a reading list: it and the list-like lines after it
// are other books, with their own years.
constexpr std::array kReadingListHeadings = {
    "further reading"sv, "bibliography"sv,     "for books on"sv,     "see also"sv,          "if you liked"sv,
    "if you enjoyed"sv,  "if you like"sv,      "recommended reading"sv, "suggested reading"sv, "related reading"sv,
    "read next"sv,       "you may also like"sv, "you might also like"sv, "related posts"sv,   "related reviews"sv,
    "more reviews"sv,    "other reviews"sv,    "works cited"sv,      "pour aller plus loin"sv, "weiterfuhrende literatur"sv,
    "bibliografia"sv,    "bibliographie"sv,    "lecturas recomendadas"sv};
// The same, only as a short heading line ("Also on the shelf", "Sources").
constexpr std::array kShortReadingListHeadings = {"also on"sv, "also by"sv, "sources"sv, "references"sv, "literatur"sv,
                                                  "lecturas"sv, "letture"sv};
// A short line starting with one of these opens the comments or the page footer: nothing after
// it is the review.
constexpr std::array kTrailerHeadings = {
    "comments"sv, "comment"sv, "leave a reply"sv, "leave a comment"sv, "responses"sv, "share this"sv,
    "like this"sv, "related"sv, "about the author"sv, "about the reviewer"sv, "commentaires"sv, "kommentare"sv,
    "comentarios"sv, "commenti"sv};
// A line containing one of these is site furniture.
constexpr std::array kFooterWords = {"\xC2\xA9"sv, "copyright"sv, "all rights reserved"sv, "cookie"sv};
// A short line containing one of these is a byline or a post's metadata.
constexpr std::array kBylineWords = {
    "posted"sv,     "reviewed by"sv, "review by"sv, "words:"sv,   "written by"sv, "published on"sv,
    "filed under"sv, "tags:"sv,      "categories:"sv, "category:"sv, "critique publiee"sv, "rezension von"sv,
    "rezensiert"sv, "resenado"sv,    "recensione di"sv, "recensito"sv};

// ---- Folded text ----------------------------------------------------------------------------

// ASCII lower case, Unicode dashes as '-', apostrophes as '\'', quotes as '"', spaces as ' ',
// other letters folded (diacritics removed), other symbols as ' ' except ©. `origin` maps
// each byte back to the original text and `capital` records whether it came from a capital.
struct FoldedText {
  std::string text;
  std::vector<std::size_t> origin;
  std::vector<bool> capital;
};

FoldedText fold_text(std::string_view original) {
  FoldedText out;
  out.text.reserve(original.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  auto emit = [&out](std::string_view piece, std::size_t at, bool capital) {
    for (char ch : piece) {
      out.text += ch;
      out.origin.push_back(at);
      out.capital.push_back(capital);
    }
  };
  for (int32_t i = 0; i < length;) {
    const auto at = static_cast<std::size_t>(i);
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      emit(" ", at, false);
    } else if (c < 0x80) {
      const bool upper = c >= 'A' && c <= 'Z';
      const char ch = static_cast<char>(upper ? c - 'A' + 'a' : c);
      emit(std::string_view(&ch, 1), at, upper);
    } else if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) {
      emit("-", at, false);
    } else if (c == 0x2018 || c == 0x2019 || c == 0x02BC) {
      emit("'", at, false);
    } else if (c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x201E) {
      emit("\"", at, false);
    } else if (c == 0x00A9) {
      emit("\xC2\xA9", at, false);
    } else if (u_isalnum(c)) {
      emit(text::fold_for_matching(original.substr(at, static_cast<std::size_t>(i) - at)), at,
           u_isupper(c) || u_istitle(c));
    } else {
      emit(" ", at, false);
    }
  }
  return out;
}

// ---- Layout: lines, sentences, clauses, tokens ------------------------------------------------

struct Token {
  std::size_t begin = 0;  // in the folded text
  std::size_t end = 0;
  std::string_view word;
  std::size_t line = 0;
  std::size_t sentence = 0;
  std::size_t clause = 0;
  bool capital = false;  // its first letter is upper case in the original
};

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  // Where the line stops being the review's prose (a byline, a reading list, comments, or a
  // footer from its © on); npos when it never does.
  std::size_t excluded_from = std::string_view::npos;
};

// Abbreviations whose full stop does not end a sentence.
constexpr std::array kAbbreviations = {"c"sv,  "ca"sv,  "p"sv,     "pp"sv,  "st"sv, "mr"sv,  "mrs"sv, "ms"sv,
                                       "dr"sv, "no"sv,  "vol"sv,   "ed"sv,  "eds"sv, "trans"sv, "vs"sv, "cf"sv,
                                       "chr"sv, "av"sv, "apr"sv,   "jr"sv,  "sr"sv, "fig"sv, "approx"sv};

class Layout {
 public:
  explicit Layout(const FoldedText& folded) : folded_(folded), text_(folded.text) {
    split_lines();
    split_tokens();
  }

  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Line>& lines() const { return lines_; }
  std::string_view text() const { return text_; }

  bool token_excluded(std::size_t index) const { return tokens_[index].begin >= lines_[tokens_[index].line].excluded_from; }

  // The index of the first token that starts at or after folded offset `pos`.
  std::size_t token_at(std::size_t pos) const {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), pos,
                               [](const Token& token, std::size_t at) { return token.begin < at; });
    return static_cast<std::size_t>(it - tokens_.begin());
  }

  // True when tokens[i..] spell `phrase` (space-separated words).
  bool matches(std::size_t i, std::string_view phrase) const {
    while (!phrase.empty()) {
      const std::size_t space = phrase.find(' ');
      const std::string_view word = phrase.substr(0, space);
      if (i >= tokens_.size() || tokens_[i].word != word) return false;
      ++i;
      phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
    }
    return true;
  }

 private:
  void split_lines() {
    std::size_t start = 0;
    while (start <= text_.size()) {
      const std::size_t end = std::min(text_.find('\n', start), text_.size());
      lines_.push_back({start, end});
      start = end + 1;
    }
    classify_lines();
  }

  std::string_view line_text(const Line& line) const {
    std::string_view view = text_.substr(line.begin, line.end - line.begin);
    // Headings come dressed as "## Further reading", "**Sources**", "— Further reading".
    while (!view.empty() && !is_word_byte(view.front())) view.remove_prefix(1);
    while (!view.empty() && view.back() == ' ') view.remove_suffix(1);
    return view;
  }

  void classify_lines() {
    bool in_reading_list = false;
    bool in_trailer = false;
    for (Line& line : lines_) {
      const std::string_view view = line_text(line);
      auto starts_with_any = [view](const auto& headings) {
        return std::any_of(headings.begin(), headings.end(), [view](std::string_view heading) {
          return view.starts_with(heading) && (view.size() == heading.size() || !is_word_byte(view[heading.size()]));
        });
      };
      auto has_any = [view](const auto& words) {
        return std::any_of(words.begin(), words.end(),
                           [view](std::string_view word) { return view.find(word) != std::string_view::npos; });
      };
      if (!in_trailer && view.size() <= 40 && starts_with_any(kTrailerHeadings)) in_trailer = true;
      if (starts_with_any(kReadingListHeadings) || (view.size() <= 40 && starts_with_any(kShortReadingListHeadings))) {
        in_reading_list = true;
      } else if (in_reading_list && view.size() > kListLine) {
        in_reading_list = false;  // the list ran on over short entries and blank lines; prose ends it
      }
      if (in_trailer || in_reading_list || (view.size() <= kIsbnLine && view.find("isbn") != std::string_view::npos) ||
          (view.size() <= kShortLine && (has_any(kBylineWords) || view.starts_with("by ")))) {
        line.excluded_from = line.begin;
        continue;
      }
      if (view.size() <= kFooterLine) {
        const std::string_view whole = text_.substr(line.begin, line.end - line.begin);
        for (std::string_view word : kFooterWords) {
          const std::size_t at = whole.find(word);
          if (at != std::string_view::npos) line.excluded_from = std::min(line.excluded_from, line.begin + at);
        }
      }
    }
  }

  // An abbreviation, an initial or a number ends just before the full stop at `dot`.
  bool abbreviation_before(std::size_t dot) const {
    std::size_t start = dot;
    while (start > 0 && is_word_byte(text_[start - 1])) --start;
    const std::string_view word = text_.substr(start, dot - start);
    return word.size() == 1 || contains(kAbbreviations, word);
  }

  void split_tokens() {
    std::size_t line = 0;
    std::size_t sentence = 0;
    std::size_t clause = 0;
    std::size_t clauses = 0;  // clause ids handed out so far
    // A parenthesis that opens with words ("Published in 2004 (in the US as Moscow 1812)") is a
    // clause of its own, and the clause around it resumes after it. One that opens with a
    // number ("the films came out (2012-2014, far too long)") annotates the words before it.
    std::vector<std::size_t> outer;
    for (std::size_t i = 0; i < text_.size();) {
      const char ch = text_[i];
      if (is_word_byte(ch)) {
        std::size_t end = i;
        while (end < text_.size() && is_word_byte(text_[end])) ++end;
        tokens_.push_back({i, end, text_.substr(i, end - i), line, sentence, clause, folded_.capital[i]});
        i = end;
        continue;
      }
      if (ch == '\n') {
        ++line, ++sentence, clause = ++clauses;
        outer.clear();
      } else if (ch == ';' || (ch == ':' && !(i + 1 < text_.size() && is_digit(text_[i + 1])))) {
        clause = ++clauses;
      } else if (ch == '(') {
        std::size_t next = i + 1;
        while (next < text_.size() && text_[next] == ' ') ++next;
        if (next < text_.size() && !is_digit(text_[next])) {
          outer.push_back(clause);
          clause = ++clauses;
        }
      } else if (ch == ')' && !outer.empty()) {
        clause = outer.back();
        outer.pop_back();
      } else if (ch == '.' || ch == '!' || ch == '?') {
        std::size_t next = i + 1;
        while (next < text_.size() && (text_[next] == ' ' || text_[next] == '"' || text_[next] == ')')) ++next;
        const bool ends = next >= text_.size() || text_[next] == '\n' ||
                          (next > i + 1 && (folded_.capital[next] || is_digit(text_[next]) || text_[next] == '('));
        if (ends && !(ch == '.' && abbreviation_before(i))) {
          ++sentence, clause = ++clauses;
          outer.clear();
        }
      }
      ++i;
    }
  }

  const FoldedText& folded_;
  std::string_view text_;
  std::vector<Line> lines_;
  std::vector<Token> tokens_;
};

// ---- Mentions -------------------------------------------------------------------------------

enum class Kind {
  kYear,         // a year or an explicit range of years
  kDecade,       // "the 1930s", "the early 1580s"
  kCenturyPart,  // "the first half of the fourteenth century", "the early 1500s"
  kCentury,      // a bare century: "the nineteenth century", "the 1500s"
  kEra,          // a named era from the gazetteer
};

struct Mention {
  YearSpan span;
  Kind kind = Kind::kYear;
  double weight = kYearWeight;
  std::size_t token = 0;  // first token, for text order
  std::size_t sentence = 0;
  bool citation = false;  // "(2004)" after a title: never a period on its own
  bool setting = false;   // its sentence is about the story's setting
};

enum class Use { kStory, kPublication, kOther };

// Where a part of a decade or century begins and ends, as fractions of its length.
struct Part {
  double from = 0;
  double to = 1;
};

// "early", "mid", "late", "first half of the", "second half of the", "end of the",
// "beginning of the" in the tokens before index `first`; nullopt when there is none.
std::optional<Part> part_before(const std::vector<Token>& tokens, std::size_t first) {
  auto word = [&](std::size_t back) -> std::string_view {
    return first >= back ? tokens[first - back].word : std::string_view{};
  };
  std::size_t skip = word(1) == "the" ? 2 : 1;  // "the early 1930s" and "early 1930s"
  const std::string_view w = word(skip);
  if (w == "early" || w == "earlier") return Part{0, 1.0 / 3};
  if (w == "mid" || w == "middle") return Part{1.0 / 3, 2.0 / 3};
  if (w == "late" || w == "later") return Part{2.0 / 3, 1};
  // "... half of the", "the end of the", "the beginning of the"
  if (word(1) == "the" && word(2) == "of") {
    const std::string_view noun = word(3);
    const std::string_view adjective = word(4);
    if (noun == "half") {
      if (adjective == "first") return Part{0, 0.5};
      if (adjective == "second" || adjective == "latter" || adjective == "last") return Part{0.5, 1};
    }
    if (noun == "end" || noun == "close") return Part{0.8, 1};
    if (noun == "beginning" || noun == "start" || noun == "dawn") return Part{0, 0.2};
  }
  return std::nullopt;
}

YearSpan apply_part(const YearSpan& span, const Part& part) {
  const int length = span.end - span.start + 1;
  const int from = span.start + static_cast<int>(part.from * length + 0.5);
  const int to = span.start + static_cast<int>(part.to * length + 0.5) - 1;
  return {from, std::max(from, to)};
}

YearSpan century_span(int century, bool bc) {
  if (bc) return {-century * 100, -(century - 1) * 100 - 1};
  return {(century - 1) * 100, (century - 1) * 100 + 99};
}

// An era marker after a number: BC (-1) or AD (+1), with `length` the bytes it covers.
int era_marker_at(std::string_view text, std::size_t pos, std::size_t& length) {
  static constexpr std::array<std::pair<std::string_view, int>, 26> kMarkers = {{
      {"b.c.e.", -1},        {"b.c.", -1},          {"bce", -1},           {"bc", -1},
      {"a.d.", 1},           {"ad", 1},             {"c.e.", 1},           {"ce", 1},
      {"av. j.-c.", -1},     {"av. j-c", -1},       {"avant j.-c.", -1},   {"avant jesus-christ", -1},
      {"apr. j.-c.", 1},     {"apres j.-c.", 1},    {"apr. j-c", 1},       {"apres jesus-christ", 1},
      {"v. chr.", -1},       {"vor christus", -1},  {"n. chr.", 1},        {"nach christus", 1},
      {"a. de c.", -1},      {"a. c.", -1},         {"a.c.", -1},          {"d. de c.", 1},
      {"d. c.", 1},          {"d.c.", 1}}};
  while (pos < text.size() && text[pos] == ' ') ++pos;
  for (const auto& [marker, era] : kMarkers) {
    if (!text.substr(pos).starts_with(marker)) continue;
    const std::size_t end = pos + marker.size();
    if (end < text.size() && is_word_byte(text[end]) && is_word_byte(marker.back())) continue;
    length = end - pos;
    return era;
  }
  length = 0;
  return 0;
}

// One side of a metadata period: "1941", "44 bc", "ad 14", "1930s", "19th century",
// "nineteenth century", "the early 1500s", "44" (an abbreviation the caller resolves).
struct Point {
  YearSpan span;
  int era = 0;             // -1 BC, +1 AD, 0 unstated
  std::size_t digits = 0;  // of a plain number, for "1941-44"
  bool plain = false;      // a bare number, no decade or century
};

std::optional<Point> parse_point(std::string_view text) {
  text = text::trim(text);
  std::optional<Part> part;
  for (bool again = true; again;) {
    again = false;
    for (std::string_view prefix : {"the "sv, "circa "sv, "c. "sv, "ca. "sv, "c."sv}) {
      if (text.starts_with(prefix)) text = text::trim(text.substr(prefix.size())), again = true;
    }
    for (const auto& [prefix, value] : {std::pair{"early "sv, Part{0, 1.0 / 3}}, std::pair{"mid "sv, Part{1.0 / 3, 2.0 / 3}},
                                        std::pair{"mid-"sv, Part{1.0 / 3, 2.0 / 3}}, std::pair{"late "sv, Part{2.0 / 3, 1}},
                                        std::pair{"first half of "sv, Part{0, 0.5}},
                                        std::pair{"second half of "sv, Part{0.5, 1}}}) {
      if (text.starts_with(prefix)) text = text::trim(text.substr(prefix.size())), part = value, again = true;
    }
  }
  Point point;
  std::size_t era_length = 0;
  if (const int era = era_marker_at(text, 0, era_length); era != 0) {
    point.era = era;
    text = text::trim(text.substr(era_length));
  }
  auto finish = [&part](Point result) {
    if (part) result.span = apply_part(result.span, *part), result.plain = false;
    return result;
  };
  for (std::size_t i = 0; i < kOrdinalWords.size(); ++i) {
    if (!text.starts_with(kOrdinalWords[i])) continue;
    std::string_view rest = text::trim(text.substr(kOrdinalWords[i].size()));
    if (rest.starts_with("-")) rest = rest.substr(1);
    if (rest.starts_with("centuries")) rest = text::trim(rest.substr(9));
    else if (rest.starts_with("century")) rest = text::trim(rest.substr(7));
    else return std::nullopt;
    const int era = era_marker_at(rest, 0, era_length);
    if (era_length != rest.size()) return std::nullopt;
    point.era = era != 0 ? era : point.era;
    point.span = century_span(static_cast<int>(i) + 1, point.era < 0);
    return finish(point);
  }
  std::size_t pos = 0;
  int value = 0;
  while (pos < text.size() && is_digit(text[pos])) {
    if (pos >= 4) return std::nullopt;
    value = value * 10 + (text[pos++] - '0');
  }
  if (pos == 0) return std::nullopt;
  point.digits = pos;
  std::string_view rest = text.substr(pos);
  bool century = false;
  bool decade = false;
  for (std::string_view suffix : {"st"sv, "nd"sv, "rd"sv, "th"sv}) {
    if (!rest.starts_with(suffix)) continue;
    rest = text::trim(rest.substr(2));
    if (rest.starts_with("-")) rest = rest.substr(1);
    if (rest.starts_with("centuries")) rest = rest.substr(9);
    else if (rest.starts_with("century")) rest = rest.substr(7);
    century = true;
    break;
  }
  if (!century) {
    if (rest.starts_with("'s")) rest = rest.substr(2), decade = true;
    else if (rest.starts_with("s")) rest = rest.substr(1), decade = true;
  }
  rest = text::trim(rest);
  if (!rest.empty()) {
    const int era = era_marker_at(rest, 0, era_length);
    if (era == 0 || era_length != rest.size()) return std::nullopt;
    point.era = era;
  }
  const bool bc = point.era < 0;
  if (century) {
    if (value < 1 || value > 21) return std::nullopt;
    point.span = century_span(value, bc);
  } else if (decade) {
    if (value % 10 != 0) return std::nullopt;
    // "the 1800s" is the century; "the 1930s" the decade.
    const int span = (value % 100 == 0 && value >= 1000) ? 100 : 10;
    point.span = bc ? YearSpan{-(value + span - 1), -value} : YearSpan{value, value + span - 1};
  } else {
    if (value < 1) return std::nullopt;
    point.plain = true;
    point.span = bc ? YearSpan{-value, -value} : YearSpan{value, value};
  }
  return finish(point);
}

// Splits "a-b", "a to b", "between a and b", "from a until b".
std::pair<std::string_view, std::string_view> split_range(std::string_view text) {
  for (std::string_view prefix : {"from "sv, "between "sv}) {
    if (text.starts_with(prefix)) text = text.substr(prefix.size());
  }
  for (std::string_view separator : {" to "sv, " until "sv, " till "sv, " and "sv, "-"sv, "/"sv}) {
    std::size_t pos = text.find(separator);
    // "mid-19th century": a dash right after a modifier is not a range.
    if (separator == "-" && pos != std::string_view::npos && text.substr(0, pos).ends_with("mid")) {
      pos = text.find(separator, pos + 1);
    }
    if (pos == std::string_view::npos) continue;
    return {text.substr(0, pos), text.substr(pos + separator.size())};
  }
  return {text, {}};
}

// ---- Reading the text ---------------------------------------------------------------------

class PeriodReader {
 public:
  PeriodReader(std::string_view original, const PeriodContext& context)
      : original_(original),
        folded_(fold_text(original)),
        layout_(folded_),
        tokens_(layout_.tokens()),
        text_(layout_.text()),
        gazetteer_(context.gazetteer != nullptr ? *context.gazetteer : eras::default_gazetteer()) {
    for (const std::string& author : context.authors) {
      const std::string folded = fold_text(author).text;
      std::size_t end = folded.size();
      while (end > 0 && !is_word_byte(folded[end - 1])) --end;
      std::size_t start = end;
      while (start > 0 && is_word_byte(folded[start - 1])) --start;
      if (end - start >= 2) surnames_.push_back(folded.substr(start, end - start));
    }
    if (context.review_date.size() >= 4 && all_digits(context.review_date.substr(0, 4))) {
      review_year_ = to_int(context.review_date.substr(0, 4));
    }
    mark_setting_sentences();
  }
  // layout_ refers into folded_.
  PeriodReader(const PeriodReader&) = delete;
  PeriodReader& operator=(const PeriodReader&) = delete;

  std::optional<YearSpan> read() {
    collect_numbers();
    collect_centuries();
    collect_eras();
    return decide();
  }

 private:
  // ---- Context of a mention ----

  void mark_setting_sentences() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const std::string_view word = tokens_[i].word;
      bool setting = contains(kSettingWords, word) && word != "set";
      // "set" only as "is set in", "sets her novel in", "set during": not "a set of".
      if (word == "set" || word == "sets") {
        for (std::size_t k = i + 1; k < tokens_.size() && k <= i + 3; ++k) {
          const std::string_view next = tokens_[k].word;
          if (next == "in" || next == "during" || next == "at" || next == "among" || next == "against" ||
              next == "between") {
            setting = true;
            break;
          }
        }
      }
      if ((word == "takes" || word == "take" || word == "took") && i + 1 < tokens_.size() &&
          tokens_[i + 1].word == "place") {
        setting = true;
      }
      if (setting) setting_sentences_.push_back(tokens_[i].sentence);
    }
  }

  bool in_setting_sentence(std::size_t token) const {
    return std::find(setting_sentences_.begin(), setting_sentences_.end(), tokens_[token].sentence) !=
           setting_sentences_.end();
  }

  // What the words around tokens [first, last] say the time is: the story's, the book's own
  // history, or something else (a prize, a film, the reviewer's reading).
  Use use_of(std::size_t first, std::size_t last) const {
    // Right after: "the 2006 film", "the 2011 edition", "the 2012 Pulitzer".
    if (last + 1 < tokens_.size() && tokens_[last + 1].clause == tokens_[last].clause) {
      const std::string_view next = tokens_[last + 1].word;
      if (contains(kPublicationFollowers, next)) return Use::kPublication;
      if (contains(kOtherFollowers, next)) return Use::kOther;
    }
    // Right before: "Penguin 2011", "(Vintage, 2004)".
    if (first > 0 && contains(kPublisherWords, tokens_[first - 1].word) &&
        tokens_[first - 1].clause == tokens_[first].clause) {
      return Use::kPublication;
    }
    if (publisher_parenthesis(first, last)) return Use::kPublication;
    // Earlier in the clause, unless the story takes over in between.
    const std::size_t clause = tokens_[first].clause;
    for (std::size_t back = 1; back <= kCueWordsBefore && back <= first; ++back) {
      const std::size_t i = first - back;
      if (tokens_[i].clause != clause) break;
      const std::string_view word = tokens_[i].word;
      if (contains(kStoryWords, word)) break;
      if (contains(kLifeWords, word) && back <= 4 && author_before(i)) return Use::kOther;
      // The reviewer's own reading: "I read it in 1995", "I first read this in 1995".
      if (word == "read" && ((i >= 1 && tokens_[i - 1].word == "i") || (i >= 2 && tokens_[i - 2].word == "i"))) {
        return Use::kOther;
      }
      if (contains(kPublicationCues, word)) return Use::kPublication;
      if (contains(kOtherCues, word)) return Use::kOther;
      if (i + 1 < first) {
        for (const auto& [one, two] : kPublicationPairs) {
          if (word == one && tokens_[i + 1].word == two) {
            // "wrote the" only of the book itself: "wrote the book", "wrote the novel".
            if (two == "the" && !(i + 2 < first && (tokens_[i + 2].word == "book" || tokens_[i + 2].word == "novel"))) {
              continue;
            }
            return Use::kPublication;
          }
        }
        if ((word == "best" && tokens_[i + 1].word == "picture") || (word == "my" && tokens_[i + 1].word == "edition") ||
            (word == "my" && tokens_[i + 1].word == "copy")) {
          return Use::kOther;
        }
      }
    }
    // Later in the clause: "in 1930, when the book appeared".
    for (std::size_t i = last + 1; i < tokens_.size() && i <= last + kCueWordsAfter; ++i) {
      if (tokens_[i].clause != tokens_[last].clause || contains(kStoryWords, tokens_[i].word)) break;
      if (contains(kPublicationAfterCues, tokens_[i].word)) return Use::kPublication;
      if (tokens_[i].word == "came" && i + 1 < tokens_.size() && tokens_[i + 1].word == "out") return Use::kPublication;
    }
    return Use::kStory;
  }

  // The author's surname, or a word such as "author", just before the birth or death word at
  // `index`: "Volk, born in 1961", "the author died in 1980".
  bool author_before(std::size_t index) const {
    for (std::size_t back = 1; back <= 3 && back <= index; ++back) {
      const Token& token = tokens_[index - back];
      if (token.clause != tokens_[index].clause) break;
      if (contains(kAuthorWords, token.word) ||
          std::find(surnames_.begin(), surnames_.end(), token.word) != surnames_.end()) {
        return true;
      }
    }
    return false;
  }

  // "(Penguin, 2011)", "(London: Faber, 1998)": a parenthesis closing right after the year,
  // with a publisher or a place-and-colon inside.
  bool publisher_parenthesis(std::size_t first, std::size_t last) const {
    std::size_t close = tokens_[last].end;
    while (close < text_.size() && text_[close] == ' ') ++close;
    if (close >= text_.size() || text_[close] != ')') return false;
    const std::size_t start = tokens_[first].begin;
    const std::size_t open = text_.rfind('(', start);
    if (open == std::string_view::npos || start - open > 80) return false;
    const std::string_view inner = text_.substr(open, start - open);
    if (inner.find(')') != std::string_view::npos || inner.size() <= 1) return false;
    if (inner.find(':') != std::string_view::npos) return true;
    return std::any_of(kPublisherWords.begin(), kPublisherWords.end(), [inner](std::string_view publisher) {
      const std::size_t at = inner.find(publisher);
      return at != std::string_view::npos && (at == 0 || !is_word_byte(inner[at - 1]));
    });
  }

  // A month, a season or a feast just before the year: "May 1910", "24 August 1944",
  // "the winter of 1812", "Easter 627", "im Frühsommer 1940".
  bool dated(std::size_t first) const {
    for (std::size_t back = 1; back <= 3 && back <= first; ++back) {
      const std::string_view word = tokens_[first - back].word;
      if (contains(kMonths, word)) return word != "may" || tokens_[first - back].capital;
      if (std::any_of(kSeasons.begin(), kSeasons.end(), [word](std::string_view season) {
            return word == season || (season.size() >= 5 && word.ends_with(season));
          })) {
        return true;
      }
      if (!(all_digits(word) && word.size() <= 2) && word != "of" && word != "the" && word != "de" && word != "del") break;
    }
    return false;
  }

  // "Cloud Atlas (2004)", "Tolstoy (1869)", "the Pevear translation (2000)": a year alone in
  // parentheses after a name or a title is the date of a work.
  bool citation(std::size_t index) const {
    const Token& token = tokens_[index];
    if (token.begin == 0 || text_[token.begin - 1] != '(' || token.end >= text_.size() || text_[token.end] != ')') {
      return false;
    }
    if (index == 0) return false;
    const Token& before = tokens_[index - 1];
    return before.capital || before.word == "version" || before.word == "translation" || before.word == "edition" ||
           before.word == "sequel" || before.word == "novel" || before.word == "book";
  }

  // ---- Numbers ----

  // The number token at `index` as a year-like value, or nullopt when its surroundings make it
  // something else: part of a longer number ("1,200", "3.5", "9/11", "1:17"), money, a code.
  std::optional<int> number_at(std::size_t index) const {
    const Token& token = tokens_[index];
    if (!all_digits(token.word) || token.word.size() > 4) return std::nullopt;
    const std::size_t begin = token.begin;
    const std::size_t end = token.end;
    if (begin > 0) {
      const char before = text_[begin - 1];
      if (before == '$' || before == '#' || static_cast<unsigned char>(before) >= 0x80) return std::nullopt;
      if ((before == ',' || before == '.' || before == ':' || before == '/') && begin >= 2 && is_digit(text_[begin - 2])) {
        return std::nullopt;
      }
    }
    if (end + 1 < text_.size() && (text_[end] == ',' || text_[end] == '.' || text_[end] == ':') && is_digit(text_[end + 1])) {
      return std::nullopt;
    }
    const std::size_t from = begin > 30 ? begin - 30 : 0;
    if (text_.substr(from, begin - from).find("isbn") != std::string_view::npos) return std::nullopt;
    return to_int(token.word);
  }

  // The index of a number token joined to `index` by a dash or slash ("1941-1944",
  // "1942–43", "1942/43"), or nullopt.
  std::optional<std::size_t> range_partner(std::size_t index) const {
    std::size_t pos = tokens_[index].end;
    while (pos < text_.size() && text_[pos] == ' ') ++pos;
    if (pos >= text_.size() || (text_[pos] != '-' && text_[pos] != '/')) return std::nullopt;
    ++pos;
    while (pos < text_.size() && text_[pos] == ' ') ++pos;
    if (index + 1 >= tokens_.size() || tokens_[index + 1].begin != pos || !all_digits(tokens_[index + 1].word)) {
      return std::nullopt;
    }
    return index + 1;
  }

  // Records a mention of `span` at tokens [first, last] if its context makes it the story's;
  // returns it, or nullptr.
  Mention* add(const YearSpan& span, Kind kind, double weight, std::size_t first, std::size_t last) {
    const Use use = use_of(first, last);
    if (use == Use::kPublication && kind == Kind::kYear) publication_years_.push_back(span);
    if (use != Use::kStory) return nullptr;
    Mention mention;
    mention.span = span;
    mention.kind = kind;
    mention.weight = weight;
    mention.token = first;
    mention.sentence = tokens_[first].sentence;
    mention.setting = in_setting_sentence(first);
    if (mention.setting) mention.weight += kSettingBonus;
    mentions_.push_back(mention);
    return &mentions_.back();
  }

  void collect_numbers() {
    // Numbers of one or two digits are years only in a text that dates things before AD 1000
    // with BC/AD or three digits; they wait for that verdict.
    struct Pending {
      int year;
      std::size_t index;
    };
    std::vector<Pending> short_years;
    bool ancient = false;

    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (layout_.token_excluded(i)) continue;
      const std::string_view word = tokens_[i].word;
      // Decades: "1930s", German "1920er", "1930's", French "années 1930".
      if (word.size() >= 4 && (word.ends_with('s') || word.ends_with("er")) &&
          all_digits(word.substr(0, word.size() - (word.ends_with('s') ? 1 : 2)))) {
        add_decade(i, to_int(word.substr(0, word.size() - (word.ends_with('s') ? 1 : 2))));
        continue;
      }
      if (!all_digits(word)) continue;
      const std::optional<int> value = number_at(i);
      if (!value) continue;
      if (i + 1 < tokens_.size() && tokens_[i + 1].word == "s" && text_[tokens_[i].end] == '\'') {
        add_decade(i, *value);  // "1930's"
        continue;
      }
      if (i > 0 && tokens_[i - 1].word == "annees" && word.size() == 4) {
        add_decade(i, *value);
        continue;
      }
      const std::string_view before = i > 0 ? tokens_[i - 1].word : std::string_view{};
      if (contains(kReferenceWords, before)) {
        if (auto partner = range_partner(i)) i = *partner;
        continue;
      }

      std::size_t marker_length = 0;
      int era = era_marker_at(text_, tokens_[i].end, marker_length);
      if (era == 0 && i > 0 && before == "ad" && tokens_[i - 1].capital) era = 1;
      if (era == 0 && i > 1 && before == "d" && tokens_[i - 2].word == "a" && text_[tokens_[i - 1].end] == '.') era = 1;

      // Ranges: "1941-1944", "1942-43", "500-400 BC".
      if (auto partner = range_partner(i)) {
        std::optional<int> second = number_at(*partner);
        std::size_t second_marker = 0;
        const int second_era = era_marker_at(text_, tokens_[*partner].end, second_marker);
        if (era == 0) era = second_era;
        if (second && add_range(i, *partner, *value, *second, era, second_era)) {
          if (era != 0 && *value < 1000) ancient = true;
          i = *partner;
          continue;
        }
        if (word.size() < 4 && era == 0) {
          i = *partner;  // "210-217": pages
          continue;
        }
      }
      // "between 1829 and 1832", "from 1940 to 1945": one range.
      if (word.size() == 4 && era == 0 && (before == "between" || before == "from" || before == "entre" || before == "von") &&
          i + 2 < tokens_.size()) {
        const std::string_view link = tokens_[i + 1].word;
        const bool joined = link == "and" || link == "to" || link == "until" || link == "till" || link == "through" ||
                            link == "et" || link == "y" || link == "bis";
        const std::optional<int> second = joined ? number_at(i + 2) : std::nullopt;
        if (second && tokens_[i + 2].word.size() == 4 && *second > *value && *second <= kMaxPlainYear &&
            *value >= kMinPlainYear) {
          add({*value, *second}, Kind::kYear, kRangeWeight, i, i + 2);
          i += 2;
          continue;
        }
      }

      if (i + 1 < tokens_.size() && contains(kUnitWords, tokens_[i + 1].word) && era == 0) continue;
      // A fictional calendar: "the year 2941 of the Third Age", "412 of the Long Peace".
      if (layout_.matches(i + 1, "of the") && i + 3 < tokens_.size() && tokens_[i + 3].capital &&
          tokens_[i + 3].clause == tokens_[i].clause) {
        continue;
      }
      const bool in_parentheses = tokens_[i].begin > 0 && text_[tokens_[i].begin - 1] == '(';
      const bool year_context = contains(kShortYearContext, before) || dated(i);
      double weight = kYearWeight + (dated(i) ? kDatedBonus : 0);
      if (era != 0) {
        if (*value < 1) continue;
        if (*value < 1000) ancient = true;
        add_year(i, era < 0 ? -*value : *value, weight);
      } else if (word.size() == 4) {
        if (*value < kMinPlainYear || *value > kMaxPlainYear) continue;
        if (review_year_ && *value == *review_year_ && dated(i)) continue;  // the review's own date
        if (citation(i)) {
          if (Mention* added = add(YearSpan{*value, *value}, Kind::kYear, kCitationWeight, i, i)) {
            added->citation = true;
            added->weight = kCitationWeight;
            added->setting = false;  // another work's date, whatever its sentence says
          }
          continue;
        }
        add_year(i, *value, weight);
      } else if (word.size() == 3 && year_context && !in_parentheses) {
        ancient = ancient || *value < 1000;
        add_year(i, *value, weight);
      } else if (word.size() <= 2 && year_context && !in_parentheses && *value > 0) {
        short_years.push_back({*value, i});
      }
    }
    if (ancient) {
      for (const Pending& pending : short_years) add_year(pending.index, pending.year, kYearWeight);
    }
  }

  void add_year(std::size_t index, int year, double weight) {
    add(YearSpan{year, year}, Kind::kYear, weight, index, index);
  }

  bool add_range(std::size_t first, std::size_t second, int start, int end, int era, int second_era) {
    const std::size_t first_digits = tokens_[first].word.size();
    const std::size_t second_digits = tokens_[second].word.size();
    if (era < 0 || second_era < 0) {
      // "500-400 BC": the era written once applies to both sides.
      start = -start;
      end = second_era < 0 || era < 0 ? -end : end;
    } else if (first_digits == 4 && second_digits == 2) {
      // "1942-43": the abbreviated end inherits the century.
      int full = start / 100 * 100 + end;
      if (full < start) full += 100;
      end = full;
    } else if (!(first_digits == 4 && second_digits == 4) && era == 0) {
      return false;
    }
    if (era == 0 && (start < kMinPlainYear || end > kMaxPlainYear)) return false;
    if (end < start || end - start > 1000) return false;
    add({start, end}, Kind::kYear, kRangeWeight, first, second);
    return true;
  }

  void add_decade(std::size_t index, int value) {
    const std::size_t digits = std::to_string(value).size();
    if (value % 10 != 0 || digits < 3 || digits > 4) return;
    if (digits == 3 && !(index > 0 && (tokens_[index - 1].word == "the" || part_before(tokens_, index)))) return;
    std::size_t marker_length = 0;
    const bool bc = era_marker_at(text_, tokens_[index].end, marker_length) < 0;
    const int length = (value % 100 == 0 && digits == 4) ? 100 : 10;
    YearSpan span = bc ? YearSpan{-(value + length - 1), -value} : YearSpan{value, value + length - 1};
    const std::optional<Part> part = part_before(tokens_, index);
    if (part) span = apply_part(span, *part);
    const Kind kind = length == 10 ? Kind::kDecade : (part ? Kind::kCenturyPart : Kind::kCentury);
    add(span, kind, kYearWeight, index, index);
  }

  // ---- Centuries ----

  void collect_centuries() {
    for (std::size_t i = 1; i < tokens_.size(); ++i) {
      const std::string_view word = tokens_[i].word;
      if (word != "century" && word != "centuries") continue;
      if (layout_.token_excluded(i)) continue;
      std::size_t first = i - 1;
      int century = 0;
      const std::string_view ordinal = tokens_[first].word;
      if (auto it = std::find(kOrdinalWords.begin(), kOrdinalWords.end(), ordinal); it != kOrdinalWords.end()) {
        century = static_cast<int>(it - kOrdinalWords.begin()) + 1;
        // "twenty-first century"
        if (century == 1 && first > 0 && tokens_[first - 1].word == "twenty") century = 21, --first;
      } else if (ordinal.size() >= 3 && ordinal.size() <= 4) {
        const std::string_view digits = ordinal.substr(0, ordinal.size() - 2);
        const std::string_view suffix = ordinal.substr(ordinal.size() - 2);
        if (all_digits(digits) && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
          century = to_int(digits);
        }
      }
      if (century < 1 || century > 21) continue;
      std::size_t marker_length = 0;
      const bool bc = era_marker_at(text_, tokens_[i].end, marker_length) < 0;
      YearSpan span = century_span(century, bc);
      const std::optional<Part> part = part_before(tokens_, first);
      if (part) span = apply_part(span, *part);
      add(span, part ? Kind::kCenturyPart : Kind::kCentury, kYearWeight, first, i);
    }
  }

  // ---- Eras ----

  void collect_eras() {
    for (const eras::EraMention& found : gazetteer_.find_mentions(original_)) {
      // Map the original offset to the first folded byte at or after it.
      const auto folded = std::lower_bound(folded_.origin.begin(), folded_.origin.end(), found.offset);
      const std::size_t first = layout_.token_at(static_cast<std::size_t>(folded - folded_.origin.begin()));
      const auto folded_end = std::lower_bound(folded_.origin.begin(), folded_.origin.end(), found.offset + found.length);
      std::size_t last = layout_.token_at(static_cast<std::size_t>(folded_end - folded_.origin.begin()));
      if (first >= tokens_.size() || layout_.token_excluded(first)) continue;
      last = std::max(first, last == 0 ? 0 : last - 1);
      add(*found.era->years, Kind::kEra, kEraWeight, first, last);
    }
  }

  // ---- Deciding ----

  static bool precise(const Mention& mention) { return mention.kind != Kind::kEra && mention.kind != Kind::kCentury; }

  static YearSpan extent(const std::vector<Mention>& mentions) {
    YearSpan span{INT_MAX, INT_MIN};
    for (const Mention& mention : mentions) {
      span.start = std::min(span.start, mention.span.start);
      span.end = std::max(span.end, mention.span.end);
    }
    return span;
  }

  // Story years in the shadow of a publication or writing year ("when he died in 1980" beside
  // "published in 1982") go, unless they adjoin the story's other years or their sentence is
  // about the setting ("the novel closes in 1940"; serialised 1941).
  void drop_publication_shadow(std::vector<Mention>& mentions) const {
    auto shadowed = [this](const Mention& mention) {
      if (mention.kind != Kind::kYear || mention.setting) return false;
      return std::any_of(publication_years_.begin(), publication_years_.end(), [&mention](const YearSpan& year) {
        return mention.span.start >= year.start - kPublicationShadow && mention.span.end <= year.end + kPublicationShadow;
      });
    };
    std::vector<Mention> clean;
    for (const Mention& mention : mentions) {
      if (!shadowed(mention) && !mention.citation) clean.push_back(mention);
    }
    // With nothing outside the shadow, one remark ("he vanished in 1944"; published 1943) is
    // the author's life, but several dates are a story told close to its publication
    // (December 1936, May 1937; published 1938).
    if (clean.empty()) {
      const auto shadowed_count = std::count_if(mentions.begin(), mentions.end(), shadowed);
      if (shadowed_count < 2) std::erase_if(mentions, shadowed);
      return;
    }
    const YearSpan core = extent(clean);
    std::erase_if(mentions, [&](const Mention& mention) {
      if (!shadowed(mention)) return false;
      return mention.span.end < core.start - kStoryAdjacency || mention.span.start > core.end + kStoryAdjacency;
    });
  }

  // "The early seventh century, around 617": a vague mention that holds a precise one of the
  // same sentence is only its frame.
  static void drop_refined(std::vector<Mention>& mentions) {
    std::vector<bool> refined(mentions.size(), false);
    for (std::size_t i = 0; i < mentions.size(); ++i) {
      if (width(mentions[i].span) < kVagueWidth) continue;
      for (const Mention& other : mentions) {
        if (&other != &mentions[i] && precise(other) && other.sentence == mentions[i].sentence &&
            width(other.span) < width(mentions[i].span) && inside(other.span, mentions[i].span)) {
          refined[i] = true;
          break;
        }
      }
    }
    std::size_t index = 0;
    std::erase_if(mentions, [&](const Mention&) { return refined[index++]; });
  }

  // Drops light groups of mentions far from the rest at either end, repeatedly: each round
  // removes the qualifying group with the widest gap.
  static void drop_outliers(std::vector<Mention>& mentions) {
    while (mentions.size() >= 2) {
      double total = 0;
      for (const Mention& mention : mentions) total += mention.weight;
      int best_gap = 0;
      std::vector<std::size_t> best_group;
      for (const bool low : {true, false}) {
        // Mentions ordered from this end inwards.
        std::vector<std::size_t> order(mentions.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
          return low ? mentions[a].span.start < mentions[b].span.start : mentions[a].span.end > mentions[b].span.end;
        });
        double weight = 0;
        YearSpan group{INT_MAX, INT_MIN};
        std::size_t group_first_token = SIZE_MAX;
        for (std::size_t k = 1; k < order.size(); ++k) {
          const Mention& added = mentions[order[k - 1]];
          // "The third story, set in 1978": what the review says the story is set in stays.
          if (added.setting) break;
          weight += added.weight;
          group = {std::min(group.start, added.span.start), std::max(group.end, added.span.end)};
          group_first_token = std::min(group_first_token, added.token);
          YearSpan rest{INT_MAX, INT_MIN};
          std::size_t rest_first_token = SIZE_MAX;
          for (std::size_t j = k; j < order.size(); ++j) {
            const Mention& other = mentions[order[j]];
            rest = {std::min(rest.start, other.span.start), std::max(rest.end, other.span.end)};
            rest_first_token = std::min(rest_first_token, other.token);
          }
          const int gap = low ? rest.start - group.end : group.start - rest.end;
          // A flashback: earlier years that come up only after the story's own.
          const bool flashback = low && group_first_token > rest_first_token;
          const double share = flashback ? kFlashbackShare : kOutlierShare;
          const int min_gap = flashback ? kMinFlashbackGap : kMinOutlierGap;
          if (weight <= share * total + 1e-9 && gap >= min_gap && gap > kOutlierGapRatio * width(rest) &&
              gap > best_gap) {
            best_gap = gap;
            best_group.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k));
          }
        }
      }
      if (best_group.empty()) return;
      std::sort(best_group.rbegin(), best_group.rend());
      for (std::size_t index : best_group) mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(index));
    }
  }

  std::optional<YearSpan> decide() {
    std::vector<Mention> numbers;
    std::vector<Mention> named;
    std::vector<Mention> centuries;
    for (const Mention& mention : mentions_) {
      if (mention.kind == Kind::kEra) named.push_back(mention);
      else if (mention.kind == Kind::kCentury) centuries.push_back(mention);
      else numbers.push_back(mention);
    }
    drop_publication_shadow(numbers);
    // Refinement looks at everything precise, so join the lists for it.
    std::vector<Mention> all = numbers;
    all.insert(all.end(), named.begin(), named.end());
    drop_refined(all);
    numbers.clear();
    named.clear();
    for (const Mention& mention : all) (mention.kind == Kind::kEra ? named : numbers).push_back(mention);

    const bool has_numbers = std::any_of(numbers.begin(), numbers.end(), [](const Mention& m) { return !m.citation; });
    if (has_numbers) {
      drop_outliers(numbers);
      const YearSpan core = extent(numbers);
      std::erase_if(named, [&core](const Mention& era) { return strictly_around(era.span, core); });
      numbers.insert(numbers.end(), named.begin(), named.end());
      drop_outliers(numbers);
      return extent(numbers);
    }
    if (!named.empty()) {
      drop_outliers(named);
      return extent(named);
    }
    if (!centuries.empty()) {
      drop_outliers(centuries);
      return extent(centuries);
    }
    return std::nullopt;
  }

  std::string_view original_;
  FoldedText folded_;
  Layout layout_;
  const std::vector<Token>& tokens_;
  std::string_view text_;
  const eras::Gazetteer& gazetteer_;
  std::optional<int> review_year_;
  std::vector<std::string> surnames_;  // of the work's authors, folded
  std::vector<std::size_t> setting_sentences_;
  std::vector<Mention> mentions_;
  std::vector<YearSpan> publication_years_;
};

}  // namespace

std::optional<YearSpan> parse_period_value(std::string_view value, const eras::Gazetteer& gazetteer) {
  const std::string cleaned = fold_text(text::clean_field(value)).text;
  const std::string_view view = text::trim(cleaned);
  if (view.empty()) return std::nullopt;
  const auto [left_text, right_text] = split_range(view);
  auto left = parse_point(left_text);
  auto right = right_text.empty() ? std::nullopt : parse_point(right_text);
  if (!left || (!right_text.empty() && !right)) {
    // Not years: perhaps an era ("Victorian era", "WWII").
    if (const eras::Era* era = gazetteer.find(value); era != nullptr) return era->years;
    return std::nullopt;
  }
  if (right_text.empty()) return left->span;
  // "500-400 BC": the era written once applies to both sides.
  if (left->era == 0 && right->era < 0) {
    left->span = {-left->span.end, -left->span.start};
    left->era = -1;
  }
  // "1941-44": a two-digit end shares the start's century.
  if (right->plain && right->era == 0 && left->plain && left->era >= 0 && left->digits == 4 && right->digits <= 2) {
    int end = left->span.start / 100 * 100 + right->span.start;
    if (end < left->span.start) end += 100;
    right->span = {end, end};
  }
  YearSpan span{left->span.start, right->span.end};
  if (span.end < span.start) return std::nullopt;
  return span;
}

std::optional<YearSpan> extract_period(std::string_view text, const PeriodContext& context) {
  return PeriodReader(text, context).read();
}

}  // namespace lectern::indexer
