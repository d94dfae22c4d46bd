#include "heading.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "field_values.h"
#include "lectern/common/text.h"

namespace lectern::indexer {
namespace {

// A heading is one line; anything longer is a paragraph that happens to come first.
constexpr std::size_t kMaxHeadingBytes = 200;
// A line ending in a full stop is prose once it has this many words ("by C. J. Sansom." is not).
constexpr std::size_t kProseWordsBeforeFullStop = 8;
// Titles are rarely longer than this many words; longer "titles" are sentences.
constexpr std::size_t kMaxTitleWords = 20;
constexpr std::size_t kMaxNameWords = 5;
// Bylines are short lines; longer lines that happen to start "Posted by" are prose.
constexpr std::size_t kMaxBylineBytes = 120;

// Lower-case words allowed inside a personal name (Johann Wolfgang von Goethe, Vincent van Gogh).
constexpr std::array<std::string_view, 20> kNameParticles = {
    "de", "da", "del", "della", "di", "du", "la", "le", "van", "von",
    "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "y", "d'"};

// Name suffixes that a comma separates from the name they belong to ("King, Jr.").
constexpr std::array<std::string_view, 7> kNameSuffixes = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};

// A signature's note after the name ("— Ann Reader, Edinburgh, March 2015") is this short;
// longer text after a dash is prose or a quotation's source.
constexpr std::size_t kMaxSignatureNoteWords = 4;

// The words that open a reviewer's byline, and the word before its date ("on" in "Posted by
// Ann on May 1"). The date word is per language: " le " in English would cut "John le Carré".
struct BylinePrefix {
  std::string_view prefix;  // lower case, with its trailing space
  std::string_view date_word;
};
constexpr std::array<BylinePrefix, 28> kBylinePrefixes = {{
    {"reviewed by: ", " on "},        {"reviewed by ", " on "},         {"review by: ", " on "},
    {"review by ", " on "},           {"posted by ", " on "},           {"written by ", " on "},
    {"reviewer: ", " on "},           {"rese\xC3\xB1""ado por ", " el "}, {"rese\xC3\xB1""a de ", " el "},
    {"rese\xC3\xB1""a por ", " el "},   {"publicado por ", " el "},       {"escrito por ", " el "},
    {"rezensiert von ", " am "},      {"rezension von ", " am "},       {"besprochen von ", " am "},
    {"geschrieben von ", " am "},     {"ver\xC3\xB6""ffentlicht von ", " am "}, {"critique par ", " le "},
    {"chronique par ", " le "},       {"publi\xC3\xA9 par ", " le "}, {"\xC3\xA9""crit par ", " le "},
    {"recensione di ", " il "},       {"recensione a cura di ", " il "}, {"recensito da ", " il "},
    {"pubblicato da ", " il "},       {"scritto da ", " il "},          {"rezensent: ", " am "},
    {"critique : ", " le "},
}};

// The dashes that open a signature line: em dash, en dash, horizontal bar, "--", "~".
constexpr std::array<std::string_view, 5> kSignatureDashes = {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "--", "~"};

// Words before " by " that make a line a credit, not a heading ("Reviewed by Ann").
constexpr std::array<std::string_view, 8> kNotTitles = {"reviewed", "review", "posted", "written",
                                                         "photo", "photograph", "image", "picture"};

enum class Role { kAuthor, kEditor, kTranslator, kIllustrator };

struct RoleMarker {
  std::string_view phrase;  // lower case, as it follows a separator
  Role role;
};

// The credit phrases after the main author, longest first so "translated and edited by" wins.
constexpr std::array<RoleMarker, 9> kRoleMarkers = {{
    {"translated and edited by ", Role::kTranslator},
    {"with illustrations by ", Role::kIllustrator},
    {"translated from the russian by ", Role::kTranslator},
    {"translated by ", Role::kTranslator},
    {"illustrated by ", Role::kIllustrator},
    {"edited by ", Role::kEditor},
    {"trans. by ", Role::kTranslator},
    {"trans. ", Role::kTranslator},
    {"ed. by ", Role::kEditor},
}};

// ASCII-only lower case keeps byte offsets identical to the original, so positions found in
// the lowered copy index the original string.
std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

bool is_ascii_digit(char ch) { return ch >= '0' && ch <= '9'; }

UChar32 first_code_point(std::string_view word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  UChar32 c = 0;
  while (i < length) {
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) return c;
  }
  return -1;
}

// Quotes that wrap titles: straight, curly, guillemets and low-9.
constexpr std::array<std::string_view, 9> kQuotes = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
                                                     "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E"};

std::string_view strip_quotes(std::string_view text) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    text = text::trim(text);
    for (std::string_view quote : kQuotes) {
      if (text.starts_with(quote)) {
        text.remove_prefix(quote.size());
        stripped = true;
      }
      if (text.ends_with(quote)) {
        text.remove_suffix(quote.size());
        stripped = true;
      }
    }
    // Emphasis that survived a format's markup ("*Wolf Hall*").
    while (!text.empty() && (text.front() == '*' || text.front() == '_')) text.remove_prefix(1), stripped = true;
    while (!text.empty() && (text.back() == '*' || text.back() == '_')) text.remove_suffix(1), stripped = true;
  }
  return text;
}

// "*Reviewed by Ann*", "__Ann__": emphasis markers around a line.
std::string_view strip_emphasis(std::string_view text) {
  while (!text.empty() && (text.front() == '*' || text.front() == '_')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '*' || text.back() == '_')) text.remove_suffix(1);
  return text::trim(text);
}

// Trailing separators left when a credit is cut away: "The Siege," / "Title -".
std::string_view strip_trailing_separators(std::string_view text) {
  constexpr std::array<std::string_view, 7> kSeparators = {",", ";", ":", "-", "\xE2\x80\x93", "\xE2\x80\x94", "|"};
  for (bool stripped = true; stripped;) {
    stripped = false;
    text = text::trim(text);
    for (std::string_view separator : kSeparators) {
      if (text.ends_with(separator)) {
        text.remove_suffix(separator.size());
        stripped = true;
      }
    }
  }
  return text;
}

// A parenthesised or bracketed year at the end: "(2010)", "[1998]".
std::string_view strip_trailing_year(std::string_view text) {
  text = text::trim(text);
  if (text.size() >= 6 && (text.back() == ')' || text.back() == ']')) {
    const char open = text.back() == ')' ? '(' : '[';
    const std::size_t start = text.rfind(open);
    if (start != std::string_view::npos) {
      const std::string_view inner = text::trim(text.substr(start + 1, text.size() - start - 2));
      if (inner.size() == 4 && std::all_of(inner.begin(), inner.end(), is_ascii_digit)) {
        return text::trim(text.substr(0, start));
      }
    }
  }
  return text;
}

// "Review: ", "Book review – ", "Book Review | " at the start.
std::string_view strip_review_prefix(std::string_view text) {
  const std::string lower = ascii_lower(text);
  std::size_t i = 0;
  if (lower.starts_with("book review")) i = 11;
  else if (lower.starts_with("review")) i = 6;
  else return text;
  while (i < text.size() && text[i] == ' ') ++i;
  constexpr std::array<std::string_view, 5> kSeparators = {":", "-", "\xE2\x80\x93", "\xE2\x80\x94", "|"};
  for (std::string_view separator : kSeparators) {
    if (text.substr(i).starts_with(separator)) return text::trim(text.substr(i + separator.size()));
  }
  return text;
}

// " – review" at the end, the newspaper style ("Life and Fate by Vasily Grossman – review").
std::string_view strip_review_suffix(std::string_view text) {
  const std::string lower = ascii_lower(text);
  if (!lower.ends_with("review")) return text;
  std::string_view rest = text::trim(text.substr(0, text.size() - 6));
  constexpr std::array<std::string_view, 4> kSeparators = {"-", "\xE2\x80\x93", "\xE2\x80\x94", ":"};
  for (std::string_view separator : kSeparators) {
    if (rest.ends_with(separator)) return text::trim(rest.substr(0, rest.size() - separator.size()));
  }
  return text;
}

bool is_particle(std::string_view word) {
  const std::string lower = ascii_lower(word);
  return std::find(kNameParticles.begin(), kNameParticles.end(), lower) != kNameParticles.end();
}

bool is_suffix(std::string_view word) {
  const std::string lower = ascii_lower(word);
  return std::find(kNameSuffixes.begin(), kNameSuffixes.end(), lower) != kNameSuffixes.end();
}

}  // namespace

bool looks_like_name(std::string_view name) {
  const auto words = text::split_words(name);
  if (words.empty() || words.size() > kMaxNameWords) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    if (std::any_of(word.begin(), word.end(), is_ascii_digit)) return false;
    const UChar32 first = first_code_point(word);
    if (first < 0) return false;
    if (u_isupper(first) || u_istitle(first)) continue;
    // "d'Artagnan", "al-Khwarizmi": a particle glued to a capitalised part.
    if (is_particle(word) && i > 0 && i + 1 < words.size()) continue;
    return false;
  }
  return true;
}

namespace {

std::string clean_name(std::string_view name) {
  std::string cleaned = text::clean_field(strip_trailing_separators(strip_quotes(name)));
  if (text::is_all_caps(cleaned)) cleaned = text::title_case(cleaned);
  return cleaned;
}

struct Credits {
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::vector<std::string> translators;
  std::vector<std::string> illustrators;
};

std::vector<std::string>& names_for(Credits& credits, Role role) {
  switch (role) {
    case Role::kEditor: return credits.editors;
    case Role::kTranslator: return credits.translators;
    case Role::kIllustrator: return credits.illustrators;
    case Role::kAuthor: break;
  }
  return credits.authors;
}

// Parses what follows the main " by ": "Vasily Grossman, translated by Robert Chandler".
// nullopt when any part does not look like a list of names.
std::optional<Credits> parse_credits(std::string_view text, Role first_role) {
  const std::string lower = ascii_lower(text);
  struct Segment {
    std::size_t start;
    std::size_t end;
    Role role;
  };
  std::vector<Segment> segments;
  std::size_t segment_start = 0;
  Role role = first_role;
  std::size_t i = 0;
  while (i < lower.size()) {
    // A marker counts only at a word boundary, after a separator or a space.
    if (i == 0 || lower[i - 1] == ' ') {
      const RoleMarker* found = nullptr;
      for (const auto& marker : kRoleMarkers) {
        if (std::string_view(lower).substr(i).starts_with(marker.phrase)) {
          found = &marker;
          break;
        }
      }
      if (found != nullptr && i > 0) {
        // Drop a joining "and" before the marker ("A and translated by B" is rare; ", and" is not).
        std::size_t end = i;
        std::string_view before = std::string_view(lower).substr(0, end);
        while (before.ends_with(' ')) before.remove_suffix(1);
        if (before.ends_with(" and")) end = before.size() - 4;
        segments.push_back({segment_start, end, role});
        role = found->role;
        i += found->phrase.size();
        segment_start = i;
        continue;
      }
    }
    ++i;
  }
  segments.push_back({segment_start, text.size(), role});

  Credits credits;
  for (const auto& segment : segments) {
    const std::string_view part = text.substr(segment.start, segment.end - segment.start);
    const auto names = split_names(part);
    if (names.empty()) return std::nullopt;
    for (const auto& name : names) {
      if (!looks_like_name(name)) return std::nullopt;
    }
    auto& target = names_for(credits, segment.role);
    target.insert(target.end(), names.begin(), names.end());
  }
  if (credits.authors.empty() && credits.editors.empty() && credits.translators.empty() &&
      credits.illustrators.empty()) {
    return std::nullopt;
  }
  return credits;
}

bool looks_like_prose(std::string_view line) {
  if (line.size() > kMaxHeadingBytes) return true;
  const auto words = text::split_words(line);
  if (words.size() > kMaxTitleWords + kMaxNameWords * 2) return true;
  if (line.ends_with(";")) return true;
  if ((line.ends_with(".") || line.ends_with("?") || line.ends_with("!")) && !line.ends_with("...") &&
      words.size() >= kProseWordsBeforeFullStop) {
    return true;
  }
  return false;
}

// A title that reads like the start of a sentence: long and mostly lower case.
bool looks_like_title(std::string_view title) {
  const auto words = text::split_words(title);
  if (words.empty() || words.size() > kMaxTitleWords) return false;
  if (words.size() < 6) return true;
  std::size_t capitalised = 0;
  for (std::string_view word : words) {
    const UChar32 first = first_code_point(word);
    if (first >= 0 && (u_isupper(first) || u_isdigit(first))) ++capitalised;
  }
  return capitalised * 10 >= words.size() * 3;
}

// "SPQR", "HHHH": a single capitalised word without vowels is an acronym, not a shouted word.
bool is_acronym(std::string_view title) {
  if (title.find(' ') != std::string_view::npos) return false;
  return std::none_of(title.begin(), title.end(), [](char ch) {
    return ch == 'A' || ch == 'E' || ch == 'I' || ch == 'O' || ch == 'U' || ch == 'Y' || static_cast<unsigned char>(ch) >= 0x80;
  });
}

std::string clean_title(std::string_view title) {
  std::string cleaned =
      text::clean_field(strip_quotes(strip_trailing_separators(strip_trailing_year(strip_quotes(title)))));
  if (text::is_all_caps(cleaned) && !is_acronym(cleaned)) cleaned = text::title_case(cleaned);
  return cleaned;
}

bool is_credit_line_word(std::string_view title) {
  const std::string lower = ascii_lower(text::trim(title));
  return std::find(kNotTitles.begin(), kNotTitles.end(), lower) != kNotTitles.end();
}

// "Reviewed by Ann Reader", "Posted by Ann on May 1": the reviewer's byline.
bool is_credit_line(std::string_view line) {
  const std::string lower = ascii_lower(line);
  return std::any_of(kNotTitles.begin(), kNotTitles.end(),
                     [&](std::string_view word) { return lower.starts_with(std::string(word) + " by "); });
}

std::optional<Heading> make_heading(std::string_view title_part, Credits credits) {
  if (is_credit_line_word(title_part)) return std::nullopt;
  Heading heading;
  heading.title = clean_title(title_part);
  if (heading.title.empty() || !looks_like_title(heading.title)) return std::nullopt;
  heading.authors = std::move(credits.authors);
  heading.editors = std::move(credits.editors);
  heading.translators = std::move(credits.translators);
  heading.illustrators = std::move(credits.illustrators);
  return heading;
}

// "« Le Petit Prince »", "“Beloved”": a title wrapped in quotes of any kind.
bool is_quoted(std::string_view text) {
  text = text::trim(text);
  bool opens = false;
  bool closes = false;
  for (std::string_view quote : kQuotes) {
    if (text.size() > quote.size() && text.starts_with(quote)) opens = true;
    if (text.size() > quote.size() && text.ends_with(quote)) closes = true;
  }
  return opens && closes;
}

// `Title by Author`: tries each " by " from the left, so a title containing "by" ("Stand by
// Me by Stephen King") still splits where the names begin.
std::optional<Heading> parse_by_form(std::string_view line) {
  const std::string lower = ascii_lower(line);
  // The French, German and Italian "by" count only after a comma ("Les Misérables, de Victor
  // Hugo"): without one they are too common inside titles ("Les Fleurs du mal", "Tod in Venedig").
  // After a quoted title they are safe without the comma too ("« Le Petit Prince »
  // d’Antoine de Saint-Exupéry"): the quotes already say where the title ends.
  constexpr std::array<std::string_view, 9> kSeparators = {
      " by ", ", de ", ", von ", ", di ", ", par ", ", por ", ", d'", ", d\xE2\x80\x99", ", da "};
  constexpr std::array<std::string_view, 7> kAfterQuotedTitle = {" de ", " d'", " d\xE2\x80\x99", " von ",
                                                                 " di ",  " par ", " por "};
  for (std::size_t pos = 0; pos < lower.size(); ++pos) {
    const std::string_view at = std::string_view(lower).substr(pos);
    std::string_view separator;
    for (std::string_view candidate : kSeparators) {
      if (at.starts_with(candidate)) separator = candidate;
    }
    if (separator.empty() && is_quoted(line.substr(0, pos))) {
      for (std::string_view candidate : kAfterQuotedTitle) {
        if (at.starts_with(candidate)) separator = candidate;
      }
    }
    if (!separator.empty()) {
      std::string_view title_part = line.substr(0, pos);
      const std::string_view rest = line.substr(pos + separator.size());
      Role role = Role::kAuthor;
      // "Title, edited by X": the word before "by" names the role of the first names.
      const std::string title_lower = ascii_lower(title_part);
      const std::array<std::pair<std::string_view, Role>, 4> kRoleWords = {
          {{"edited", Role::kEditor}, {"translated", Role::kTranslator}, {"illustrated", Role::kIllustrator},
           {"written", Role::kAuthor}}};
      for (const auto& [word, word_role] : kRoleWords) {
        if (title_lower.ends_with(" " + std::string(word)) || title_lower.ends_with("," + std::string(word))) {
          title_part = title_part.substr(0, title_part.size() - word.size());
          role = word_role;
          break;
        }
      }
      if (auto credits = parse_credits(strip_trailing_separators(strip_trailing_year(rest)), role)) {
        if (auto heading = make_heading(title_part, std::move(*credits))) return heading;
      }
    }
  }
  return std::nullopt;
}

// `Title (Author)`, also `Title (Author, translated by X)`.
std::optional<Heading> parse_parenthesised_author(std::string_view line) {
  if (!line.ends_with(")")) return std::nullopt;
  const std::size_t open = line.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
  auto credits = parse_credits(text::trim(inner), Role::kAuthor);
  if (!credits) return std::nullopt;
  return make_heading(line.substr(0, open), std::move(*credits));
}

}  // namespace

std::vector<std::string> split_names(std::string_view names) {
  // Normalise every separator to a comma, then split on commas.
  std::string joined;
  const std::string lower = ascii_lower(names);
  for (std::size_t i = 0; i < names.size();) {
    const std::string_view rest = std::string_view(lower).substr(i);
    if (rest.starts_with(" and ")) {
      joined += ',';
      i += 5;
    } else if (rest.starts_with(" & ")) {
      joined += ',';
      i += 3;
    } else if (rest.starts_with("&")) {
      joined += ',';
      i += 1;
    } else if (rest.starts_with(";")) {
      joined += ',';
      i += 1;
    } else {
      joined += names[i];
      ++i;
    }
  }
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const std::size_t comma = std::min(joined.find(',', start), joined.size());
    std::string_view piece = text::trim(std::string_view(joined).substr(start, comma - start));
    start = comma + 1;
    if (piece.starts_with("and ")) piece = text::trim(piece.substr(4));
    if (piece.empty()) continue;
    if (is_suffix(piece) && !out.empty()) {
      out.back() += ", " + std::string(piece);
      continue;
    }
    std::string name = clean_name(piece);
    if (!name.empty()) out.push_back(std::move(name));
  }
  return out;
}

namespace {

// Where the names after a " by " end: at a clause break, an opening parenthesis, a lower-case
// word, or an all-caps word after mixed-case names (the next all-caps title). Returns the end
// offset in `text`, or `start` when no name follows.
std::size_t read_author(std::string_view text, std::size_t start) {
  std::size_t pos = start;
  std::size_t end = start;
  std::size_t words_in_name = 0;
  bool caps_mode = false;
  bool first = true;
  while (pos < text.size()) {
    pos = text.find_first_not_of(' ', pos);
    if (pos == std::string_view::npos) break;
    std::size_t word_end = text.find(' ', pos);
    if (word_end == std::string_view::npos) word_end = text.size();
    std::string_view word = text.substr(pos, word_end - pos);
    if (word.starts_with('(')) break;
    // Trailing punctuation ends the name after this word.
    std::string_view core = word;
    while (!core.empty() && (core.back() == ',' || core.back() == ';' || core.back() == ':' || core.back() == ')' ||
                             core.back() == '.' || core.back() == '!' || core.back() == '?')) {
      core.remove_suffix(1);
    }
    if (core.empty()) break;
    const std::string lower = ascii_lower(core);
    if ((lower == "and" || core == "&") && words_in_name > 0) {
      // Another name follows only if the next word could start one.
      const std::size_t next = text.find_first_not_of(' ', word_end);
      if (next == std::string_view::npos || word.size() != core.size()) break;
      std::size_t next_end = text.find(' ', next);
      if (next_end == std::string_view::npos) next_end = text.size();
      const std::string_view next_word = text.substr(next, next_end - next);
      const UChar32 c = first_code_point(next_word);
      if (c < 0 || !u_isupper(c) || text::is_all_caps(next_word) != caps_mode) break;
      words_in_name = 0;
      pos = word_end;
      continue;
    }
    const UChar32 c = first_code_point(core);
    const bool capitalised = c >= 0 && (u_isupper(c) || u_istitle(c));
    const bool caps = text::is_all_caps(core);
    if (first) caps_mode = caps;
    const bool particle = !first && is_particle(core);
    if (!capitalised && !particle) break;
    if (std::any_of(core.begin(), core.end(), is_ascii_digit)) break;
    if (!first && caps && !caps_mode) break;
    if (!first && !caps && caps_mode && !particle) break;
    if (++words_in_name > kMaxNameWords) break;
    first = false;
    end = pos + core.size();
    const std::string_view punctuation = word.substr(core.size());
    // "Evgenia S. Ginzburg": a full stop after an initial does not end the name.
    const bool initial = punctuation == "." && core.size() <= 2;
    if (initial) end = pos + word.size();
    if (!punctuation.empty() && !initial) break;
    pos = word_end;
  }
  return end;
}

bool has_lower_case(std::string_view word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_islower(c)) return true;
  }
  return false;
}

bool has_caps_word(std::string_view text) {
  for (std::string_view word : text::split_words(text)) {
    if (text::is_all_caps(word)) return true;
  }
  return false;
}

// The title before a " by " in a reading list, without the list's own words.
std::string_view trim_title_region(std::string_view region, bool after_item) {
  region = text::trim(region);
  // After a previous item, what is left of it (a parenthesised note, the separator) goes.
  if (after_item) {
    if (region.starts_with('(')) {
      const std::size_t close = region.find(')');
      region = close == std::string_view::npos ? std::string_view() : text::trim(region.substr(close + 1));
    }
    while (!region.empty() && (region.front() == ',' || region.front() == ';' || region.front() == ':' ||
                               region.front() == '.')) {
      region = text::trim(region.substr(1));
    }
    if (ascii_lower(region).starts_with("and ")) region = text::trim(region.substr(4));
  }
  for (std::string_view marker : {"reading:", "bibliography:", "see also:", " see ", " consult ", " read "}) {
    const std::string current = ascii_lower(region);
    const std::size_t at = current.rfind(marker);
    if (at != std::string::npos) region = text::trim(region.substr(at + marker.size()));
  }
  // Lists that write titles in capitals: the title is the trailing run of words without a
  // lower-case letter ("I, CLAUDIUS", "900 DAYS: THE SIEGE"), after any prose before it.
  if (has_caps_word(region)) {
    const auto words = text::split_words(region);
    std::size_t first = words.size();
    while (first > 0 && !has_lower_case(words[first - 1])) --first;
    if (first < words.size()) region = region.substr(static_cast<std::size_t>(words[first].data() - region.data()));
  }
  // Leading lower-case words ("see also", "and") are the list's, not the title's.
  for (;;) {
    const auto words = text::split_words(region);
    if (words.size() < 2) break;
    const UChar32 c = first_code_point(words.front());
    if (c < 0 || !u_islower(c)) break;
    region = text::trim(region.substr(words.front().size()));
  }
  return region;
}

// "The Stonor Letters, edited": the credit word before " by " belongs to the credit, not to
// the title. The editor or translator then stands as the work's author, so that the mention
// can be found by either name.
std::string_view strip_role_word(std::string_view region) {
  const std::string lower = ascii_lower(region);
  for (std::string_view word : {"edited", "translated", "illustrated", "written", "compiled", "introduced"}) {
    if (lower.size() > word.size() && lower.ends_with(word)) {
      const char before = lower[lower.size() - word.size() - 1];
      if (before == ' ' || before == ',') return strip_trailing_separators(region.substr(0, region.size() - word.size()));
    }
  }
  return region;
}

// A word written in capitals, as titles in prose often are: "CANCER", "WAR:", "“THE".
bool is_caps_word(std::string_view word) {
  bool letter = false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
    if (u_islower(c)) return false;
    if (u_isalpha(c)) letter = true;
  }
  return letter;
}

std::size_t letter_count(std::string_view text) {
  std::size_t count = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalpha(c)) ++count;
  }
  return count;
}

// A word ends a run of title words when it ends a clause: "CIRCLE," "SIEGE." (a colon does
// not: "STALIN: THE COURT").
bool ends_clause(std::string_view word) {
  while (!word.empty() && (word.back() == '"' || word.back() == '\'' || word.back() == ')')) word.remove_suffix(1);
  if (word.ends_with("\xE2\x80\x9D") || word.ends_with("\xE2\x80\x99")) return true;
  return !word.empty() && (word.back() == ',' || word.back() == ';' || word.back() == '.' || word.back() == '!' ||
                           word.back() == '?');
}

// The title a run of capitalised words spells, when it is long enough not to be an acronym
// ("THE FIRST CIRCLE", "BIRDSONG"; not "NKVD", "WWII", "I").
std::optional<std::string> caps_title(const std::vector<std::string_view>& words, std::size_t first, std::size_t last) {
  constexpr std::size_t kMinSingleWordLetters = 5;
  constexpr std::size_t kMinTitleLetters = 4;
  if (first >= last) return std::nullopt;
  const char* begin = words[first].data();
  const char* end = words[last - 1].data() + words[last - 1].size();
  const std::string_view run(begin, static_cast<std::size_t>(end - begin));
  const std::size_t letters = letter_count(run);
  if (letters < kMinTitleLetters) return std::nullopt;
  if (last - first == 1 && (letters < kMinSingleWordLetters || is_acronym(run))) return std::nullopt;
  std::string title = clean_title(run);
  if (title.empty() || text::split_words(title).size() > kMaxTitleWords) return std::nullopt;
  return title;
}

// "It was translated", "He was helped": a pronoun and a lower-case verb before " by " make a
// clause of prose, not a title ("It", "This Is How It Always Is" are titles).
bool reads_like_a_clause(std::string_view title) {
  constexpr std::array<std::string_view, 16> kPronouns = {"it",   "he",    "she",   "they",  "we",    "i",
                                                          "you",  "this",  "these", "those", "there", "that",
                                                          "which", "who",  "what",  "one"};
  constexpr std::array<std::string_view, 12> kSmallWords = {"a",  "an", "the", "and", "or",   "of",
                                                            "in", "on", "at",  "to",  "for",  "with"};
  const auto words = text::split_words(title);
  if (words.size() < 2) return false;
  if (std::find(kPronouns.begin(), kPronouns.end(), ascii_lower(words.front())) == kPronouns.end()) return false;
  return std::any_of(words.begin() + 1, words.end(), [&](std::string_view word) {
    const UChar32 c = first_code_point(word);
    return c >= 0 && u_islower(c) && std::find(kSmallWords.begin(), kSmallWords.end(), word) == kSmallWords.end();
  });
}

// Capitalised words that start sentences rather than names: "Then Tolstoy's WAR AND PEACE".
constexpr std::array<std::string_view, 24> kSentenceWords = {
    "the", "a",  "an",   "if",   "in",   "and",  "but",  "then",  "when",   "while", "like",  "unlike",
    "as",  "for", "with", "of",   "on",   "at",   "to",   "after", "before", "even",  "read",  "see"};

}  // namespace

std::vector<MentionedWork> parse_cited_works(std::string_view text) {
  const std::string line = text::clean_field(text);
  const std::vector<std::string_view> words = text::split_words(line);
  std::vector<MentionedWork> works;
  // The run of capitalised words that starts at `i`: [i, end).
  auto run_from = [&words](std::size_t i) {
    std::size_t end = i;
    while (end < words.size() && is_caps_word(words[end])) {
      ++end;
      if (ends_clause(words[end - 1])) break;
    }
    return end;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    // "Solzhenitsyn's CANCER WARD or THE FIRST CIRCLE".
    std::string_view owner;
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
      if (word.size() > possessive.size() && word.ends_with(possessive)) owner = word.substr(0, word.size() - possessive.size());
    }
    if (!owner.empty() && has_lower_case(owner) && i + 1 < words.size() && is_caps_word(words[i + 1])) {
      // The name: the possessive word and up to two capitalised words before it.
      std::size_t first = i;
      while (first > 0 && i - first < 2 && !ends_clause(words[first - 1])) {
        const std::string_view previous = words[first - 1];
        const UChar32 c = first_code_point(previous);
        const std::string lower = ascii_lower(previous);
        if (c < 0 || !u_isupper(c) || text::is_all_caps(previous) ||
            std::find(kSentenceWords.begin(), kSentenceWords.end(), lower) != kSentenceWords.end()) {
          break;
        }
        --first;
      }
      std::string author;
      for (std::size_t k = first; k < i; ++k) author += std::string(words[k]) + " ";
      author = clean_name(author + std::string(owner));
      if (!looks_like_name(author)) continue;
      std::size_t start = i + 1;
      while (start < words.size()) {
        const std::size_t end = run_from(start);
        const auto title = caps_title(words, start, end);
        if (!title) break;
        works.push_back({*title, author});
        // "... or THE FIRST CIRCLE", "..., THE GULAG ARCHIPELAGO and CANCER WARD".
        if (end + 1 < words.size() && (words[end] == "or" || words[end] == "and") && is_caps_word(words[end + 1])) {
          start = end + 1;
        } else if (end < words.size() && ends_clause(words[end - 1]) && words[end - 1].ends_with(',') &&
                   is_caps_word(words[end])) {
          start = end;
        } else {
          break;
        }
      }
      continue;
    }
    // "LIFE AND FATE by Vasily Grossman".
    if (word == "by" && i > 0 && is_caps_word(words[i - 1])) {
      std::size_t first = i;
      while (first > 0 && is_caps_word(words[first - 1]) && (first == i || !ends_clause(words[first - 1]))) --first;
      const auto title = caps_title(words, first, i);
      const std::size_t author_start = static_cast<std::size_t>(word.data() - line.data()) + word.size();
      const std::size_t author_end = read_author(line, author_start);
      if (!title || author_end <= author_start) continue;
      std::string author;
      for (const auto& name : split_names(std::string_view(line).substr(author_start, author_end - author_start))) {
        author += (author.empty() ? "" : " and ") + name;
      }
      if (!author.empty()) works.push_back({*title, author});
    }
  }
  return works;
}

std::vector<MentionedWork> parse_mentions(std::string_view text) {
  const std::string line = text::clean_field(text);
  const std::string lower = ascii_lower(line);
  std::vector<MentionedWork> mentions;
  std::size_t cursor = 0;
  bool after_item = false;
  for (std::size_t by = lower.find(" by "); by != std::string::npos; by = lower.find(" by ", by + 1)) {
    const std::size_t author_end = read_author(line, by + 4);
    if (author_end == by + 4) continue;
    std::string_view region =
        strip_role_word(trim_title_region(std::string_view(line).substr(cursor, by - cursor), after_item));
    const std::string author_text(std::string_view(line).substr(by + 4, author_end - by - 4));
    cursor = author_end;
    after_item = true;
    const auto names = split_names(author_text);
    std::string author;
    for (const auto& name : names) author += (author.empty() ? "" : " and ") + name;

    // "A and B both by X" names two works.
    std::vector<std::string_view> titles;
    if (ascii_lower(region).ends_with(" both")) {
      region = text::trim(region.substr(0, region.size() - 5));
      const std::size_t conjunction = ascii_lower(region).find(" and ");
      if (conjunction != std::string::npos) {
        titles.push_back(region.substr(0, conjunction));
        titles.push_back(region.substr(conjunction + 5));
      }
    }
    if (titles.empty()) titles.push_back(region);
    for (std::string_view title_text : titles) {
      std::string title = clean_title(title_text);
      if (title.empty() || text::split_words(title).size() > kMaxTitleWords || is_credit_line_word(title)) continue;
      if (reads_like_a_clause(title)) continue;
      mentions.push_back({std::move(title), author});
    }
  }
  return mentions;
}

std::optional<Byline> parse_byline(std::string_view line) {
  const std::string cleaned = text::clean_field(line);
  std::string_view view = strip_emphasis(text::trim(cleaned));
  if (view.size() > kMaxBylineBytes) return std::nullopt;
  const std::string lower = ascii_lower(view);
  // Blog bylines run on: "Posted by Ann · filed under History", "by Ann | 3 comments".
  constexpr std::array<std::string_view, 8> kDelimiters = {
      " \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " in ", " filed "};
  auto delimiter_after = [&](std::size_t start, std::size_t limit) {
    std::size_t end = std::min(limit, view.size());
    for (std::string_view delimiter : kDelimiters) {
      const std::size_t at = lower.find(delimiter, start);
      if (at != std::string::npos && at < end) end = at;
    }
    return end;
  };
  std::string_view name;
  std::string_view date;
  std::size_t name_end = 0;
  const auto prefix = std::find_if(kBylinePrefixes.begin(), kBylinePrefixes.end(),
                                   [&lower](const BylinePrefix& candidate) { return lower.starts_with(candidate.prefix); });
  if (prefix != kBylinePrefixes.end()) {
    const std::size_t start = prefix->prefix.size();
    const std::size_t on = lower.find(prefix->date_word, start);
    name_end = delimiter_after(start, on);
    name = view.substr(start, name_end - start);
    if (on != std::string::npos && on == name_end) {
      const std::size_t date_start = on + prefix->date_word.size();
      name_end = delimiter_after(date_start, view.size());
      date = view.substr(date_start, name_end - date_start);
    }
  } else if (lower.starts_with("posted on ")) {
    const std::size_t by = lower.find(" by ");
    if (by == std::string::npos) return std::nullopt;
    date = view.substr(10, by - 10);
    name_end = delimiter_after(by + 4, view.size());
    name = view.substr(by + 4, name_end - by - 4);
  } else if (lower.starts_with("by ")) {
    name_end = delimiter_after(3, lower.find(" on ", 3));
    // Only a segmented line is a byline: "By Ann Reader" alone may credit the book's author.
    if (name_end == view.size()) return std::nullopt;
    name = view.substr(3, name_end - 3);
    if (lower.substr(name_end).starts_with(" on ")) {
      const std::size_t date_start = name_end + 4;
      name_end = delimiter_after(date_start, view.size());
      date = view.substr(date_start, name_end - date_start);
    }
  } else {
    return std::nullopt;
  }
  name = strip_emphasis(strip_trailing_separators(text::trim(name)));
  while (name.ends_with('.')) name = text::trim(name.substr(0, name.size() - 1));
  Byline byline;
  byline.reviewer = clean_name(name);
  if (byline.reviewer.empty() || !looks_like_name(byline.reviewer)) return std::nullopt;
  if (!date.empty()) byline.date = normalize_date(date).value_or("");
  // The segments after the name: "· Published January 15, 2018 · Our rating: ★★★★☆".
  std::size_t start = name_end;
  while (start < view.size()) {
    std::size_t skip = start;
    for (std::string_view delimiter : kDelimiters) {
      if (lower.substr(start).starts_with(delimiter)) skip = start + delimiter.size();
    }
    const std::size_t end = delimiter_after(skip + (skip == start ? 1 : 0), view.size());
    const std::string_view segment = text::trim(view.substr(skip, end - skip));
    start = end;
    if (segment.empty()) continue;
    if (!byline.rating) {
      if (auto rating = find_rating_in_line(segment)) {
        byline.rating = rating->rating;
        continue;
      }
    }
    if (byline.date.empty()) byline.date = normalize_date(segment).value_or("");
  }
  return byline;
}

std::optional<Byline> parse_signature(std::string_view line) {
  const std::string cleaned = text::clean_field(line);
  std::string_view view = strip_emphasis(text::trim(cleaned));
  if (view.size() > kMaxBylineBytes) return std::nullopt;
  const auto dash = std::find_if(kSignatureDashes.begin(), kSignatureDashes.end(),
                                 [view](std::string_view candidate) { return view.starts_with(candidate); });
  if (dash == kSignatureDashes.end()) return std::nullopt;
  view = strip_emphasis(text::trim(view.substr(dash->size())));
  // "— Ann Reader, March 2015", "— Ann Reader, Edinburgh": a short note may follow the name.
  const std::size_t comma = view.find(',');
  const std::string_view note = comma == std::string_view::npos ? std::string_view() : text::trim(view.substr(comma + 1));
  if (text::split_words(note).size() > kMaxSignatureNoteWords) return std::nullopt;
  std::string_view name = strip_trailing_separators(text::trim(view.substr(0, std::min(comma, view.size()))));
  Byline byline;
  byline.reviewer = clean_name(name);
  if (byline.reviewer.empty() || !looks_like_name(byline.reviewer)) return std::nullopt;
  if (!note.empty()) byline.date = normalize_date(note).value_or("");
  return byline;
}

std::optional<Heading> parse_heading(std::string_view line, bool allow_title_only) {
  const std::string cleaned = text::clean_field(line);
  std::string_view view = text::trim(cleaned);
  // Markdown headings reach here without their '#', but a stray one costs nothing to drop.
  while (view.starts_with('#')) view = text::trim(view.substr(1));
  if (view.empty() || looks_like_prose(view)) return std::nullopt;
  view = strip_review_suffix(strip_review_prefix(view));
  view = strip_trailing_year(view);
  if (view.empty() || is_credit_line(view)) return std::nullopt;

  if (auto heading = parse_by_form(view)) return heading;
  if (auto heading = parse_parenthesised_author(view)) return heading;
  if (!allow_title_only) return std::nullopt;
  // A line wholly in parentheses is a caption, not a title.
  if (view.starts_with('(') && view.ends_with(')')) return std::nullopt;
  if (view.ends_with(".") && text::split_words(view).size() > 3) return std::nullopt;
  Heading heading;
  heading.title = clean_title(view);
  if (heading.title.empty() || !looks_like_title(heading.title)) return std::nullopt;
  return heading;
}

void apply_heading(Review& review, Heading heading) {
  if (review.title.empty()) review.title = std::move(heading.title);
  if (review.authors.empty()) review.authors = std::move(heading.authors);
  if (review.editors.empty()) review.editors = std::move(heading.editors);
  if (review.translators.empty()) review.translators = std::move(heading.translators);
  if (review.illustrators.empty()) review.illustrators = std::move(heading.illustrators);
}

}  // namespace lectern::indexer
