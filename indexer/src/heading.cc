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

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

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
  const auto words = split_words(name);
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
  const auto words = split_words(line);
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
  const auto words = split_words(title);
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

// `Title by Author`: tries each " by " from the left, so a title containing "by" ("Stand by
// Me by Stephen King") still splits where the names begin.
std::optional<Heading> parse_by_form(std::string_view line) {
  const std::string lower = ascii_lower(line);
  // The French, German and Italian "by" count only after a comma ("Les Misérables, de Victor
  // Hugo"): without one they are too common inside titles ("Les Fleurs du mal", "Tod in Venedig").
  constexpr std::array<std::string_view, 4> kSeparators = {" by ", ", de ", ", von ", ", di "};
  for (std::size_t pos = 0; pos < lower.size(); ++pos) {
    for (std::string_view separator : kSeparators) {
      if (!std::string_view(lower).substr(pos).starts_with(separator)) continue;
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
  for (std::string_view word : split_words(text)) {
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
    const auto words = split_words(region);
    std::size_t first = words.size();
    while (first > 0 && !has_lower_case(words[first - 1])) --first;
    if (first < words.size()) region = region.substr(static_cast<std::size_t>(words[first].data() - region.data()));
  }
  // Leading lower-case words ("see also", "and") are the list's, not the title's.
  for (;;) {
    const auto words = split_words(region);
    if (words.size() < 2) break;
    const UChar32 c = first_code_point(words.front());
    if (c < 0 || !u_islower(c)) break;
    region = text::trim(region.substr(words.front().size()));
  }
  return region;
}

}  // namespace

std::vector<MentionedWork> parse_mentions(std::string_view text) {
  const std::string line = text::clean_field(text);
  const std::string lower = ascii_lower(line);
  std::vector<MentionedWork> mentions;
  std::size_t cursor = 0;
  bool after_item = false;
  for (std::size_t by = lower.find(" by "); by != std::string::npos; by = lower.find(" by ", by + 1)) {
    const std::size_t author_end = read_author(line, by + 4);
    if (author_end == by + 4) continue;
    std::string_view region = trim_title_region(std::string_view(line).substr(cursor, by - cursor), after_item);
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
      if (title.empty() || split_words(title).size() > kMaxTitleWords || is_credit_line_word(title)) continue;
      mentions.push_back({std::move(title), author});
    }
  }
  return mentions;
}

std::optional<Byline> parse_byline(std::string_view line) {
  const std::string cleaned = text::clean_field(line);
  std::string_view view = text::trim(cleaned);
  // Emphasis and dashes around a byline: "*Reviewed by Ann*", "— Posted by Ann".
  while (!view.empty() && (view.front() == '*' || view.front() == '_')) view.remove_prefix(1);
  while (!view.empty() && (view.back() == '*' || view.back() == '_')) view.remove_suffix(1);
  if (view.size() > kMaxBylineBytes) return std::nullopt;
  const std::string lower = ascii_lower(view);
  // Blog bylines run on: "Posted by Ann · filed under History", "by Ann | 3 comments".
  auto until_delimiter = [&](std::size_t start, std::size_t limit) {
    std::size_t end = std::min(limit, view.size());
    for (std::string_view delimiter : {" \xC2\xB7 ", " | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " in ", " filed "}) {
      const std::size_t at = lower.find(delimiter, start);
      if (at != std::string::npos && at < end) end = at;
    }
    return view.substr(start, end - start);
  };
  std::string_view name;
  std::string_view date;
  if (lower.starts_with("reviewed by ") || lower.starts_with("review by ") || lower.starts_with("posted by ") ||
      lower.starts_with("written by ")) {
    const std::size_t start = lower.find(" by ") + 4;
    const std::size_t on = lower.find(" on ", start);
    name = until_delimiter(start, on);
    if (on != std::string::npos) date = until_delimiter(on + 4, view.size());
  } else if (lower.starts_with("posted on ")) {
    const std::size_t by = lower.find(" by ");
    if (by == std::string::npos) return std::nullopt;
    date = view.substr(10, by - 10);
    name = until_delimiter(by + 4, view.size());
  } else {
    return std::nullopt;
  }
  name = strip_trailing_separators(text::trim(name));
  while (name.ends_with('.')) name = text::trim(name.substr(0, name.size() - 1));
  Byline byline;
  byline.reviewer = clean_name(name);
  if (byline.reviewer.empty() || !looks_like_name(byline.reviewer)) return std::nullopt;
  if (!date.empty()) byline.date = normalize_date(date).value_or("");
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
  if (view.ends_with(".") && split_words(view).size() > 3) return std::nullopt;
  Heading heading;
  heading.title = clean_title(view);
  if (heading.title.empty() || !looks_like_title(heading.title)) return std::nullopt;
  return heading;
}

}  // namespace lectern::indexer
