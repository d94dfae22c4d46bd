#include "lectern/common/eras.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <map>

#include "eras_data.h"
#include <spdlog/spdlog.h>

#include "lectern/common/text.h"

namespace lectern {
std::string_view default_people_text();  // generated from common/data/people.tsv
}  // namespace lectern

namespace lectern::eras {
namespace {

// A word of a text or of an alias, folded for matching.
struct Word {
  std::string folded;
  std::size_t begin = 0;  // byte offsets in the text
  std::size_t end = 0;
  bool capitalised = false;
};

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// Splits `text` into words: runs of letters and digits, with apostrophes inside or at the end
// of a word dropped ("Years’" -> "years", "d'Espagne" -> "despagne") so that typographic and
// ASCII apostrophes, or none, match alike. Hyphens and all other punctuation separate words.
std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  std::string raw;
  Word word;
  bool in_word = false;
  auto finish = [&](std::size_t end) {
    if (!in_word) return;
    word.end = end;
    bool ascii = std::all_of(raw.begin(), raw.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (ascii) {
      word.folded = raw;
      for (char& ch : word.folded) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
    } else {
      word.folded = text::fold_for_matching(raw);
    }
    words.push_back(std::move(word));
    word = Word{};
    raw.clear();
    in_word = false;
  };
  std::size_t last_letter_end = 0;
  for (int32_t i = 0; i < length;) {
    const auto start = static_cast<std::size_t>(i);
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    const auto next = static_cast<std::size_t>(i);
    // ASCII, most of any text, without asking ICU.
    const bool alnum = c >= 0 && (c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') : u_isalnum(c));
    if (alnum) {
      if (!in_word) {
        in_word = true;
        word.begin = start;
        word.capitalised = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
      }
      raw.append(text.substr(start, next - start));
      last_letter_end = next;
    } else if (in_word && is_apostrophe(c)) {
      continue;  // dropped; the word goes on if a letter follows
    } else {
      finish(last_letter_end);
    }
  }
  finish(last_letter_end);
  return words;
}

// True when only spaces, hyphens, dashes and apostrophes lie between two words of a name, so
// that a name never matches across a full stop, a comma or a line break.
bool joins_words(std::string_view gap) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(gap.data());
  const auto length = static_cast<int32_t>(gap.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    const bool dash = c == '-' || (c >= 0x2010 && c <= 0x2015);
    if (!(c == ' ' || c == 0xA0 || dash || is_apostrophe(c))) return false;
  }
  return true;
}

// The key find() compares: folded words joined by single spaces, without a leading "the" or a
// trailing "era", "period" or "age".
std::string lookup_key(std::string_view name) {
  std::vector<Word> words = split_words(name);
  if (words.size() > 1 && words.front().folded == "the") words.erase(words.begin());
  if (words.size() > 1) {
    const std::string& last = words.back().folded;
    if (last == "era" || last == "period" || last == "age") words.pop_back();
  }
  std::string key;
  for (const Word& word : words) {
    if (!key.empty()) key += ' ';
    key += word.folded;
  }
  return key;
}

// A year column: "1939", "-44", "44 BC", "44 BCE", "AD 14", "14 AD", "14 CE".
std::optional<int> parse_year(std::string_view value) {
  value = text::trim(value);
  int sign = 1;
  auto strip_marker = [&value](std::string_view marker, bool prefix) {
    const bool has = prefix ? value.starts_with(marker) : value.ends_with(marker);
    if (!has) return false;
    value = prefix ? value.substr(marker.size()) : value.substr(0, value.size() - marker.size());
    value = text::trim(value);
    return true;
  };
  if (strip_marker("BCE", false) || strip_marker("BC", false)) sign = -1;
  else if (!strip_marker("AD", true)) static_cast<void>(strip_marker("AD", false) || strip_marker("CE", false));
  if (sign == 1 && value.starts_with('-')) {
    sign = -1;
    value.remove_prefix(1);
  }
  if (value.empty() || value.size() > 5) return std::nullopt;
  int year = 0;
  for (char ch : value) {
    if (ch < '0' || ch > '9') return std::nullopt;
    year = year * 10 + (ch - '0');
  }
  if (year == 0) return std::nullopt;
  return sign * year;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

Error line_error(int line, const std::string& message) {
  return Error::invalid_argument("line " + std::to_string(line) + ": " + message);
}

}  // namespace

// The words of one text, and which eras' contexts it has been found to meet (-1 unknown).
struct Gazetteer::Scan {
  std::string_view text;
  std::vector<Word> words;
  std::vector<signed char> context_met;
};

namespace {

// True when the alias `pattern` (its folded words and capitals) is named at words[i...]. A
// context word may also stand in the plural or the possessive ("Franco's", "Confederates").
template <typename PatternType>
bool fits_at(const PatternType& pattern, std::string_view text, const std::vector<Word>& words, std::size_t i,
             bool allow_s = false) {
  if (i + pattern.words.size() > words.size()) return false;
  for (std::size_t k = 0; k < pattern.words.size(); ++k) {
    const Word& word = words[i + k];
    const std::string& want = pattern.words[k];
    const bool same = word.folded == want || (allow_s && k + 1 == pattern.words.size() &&
                                              word.folded.size() == want.size() + 1 && word.folded.starts_with(want) &&
                                              word.folded.back() == 's');
    if (!same || (pattern.capitalised[k] && !word.capitalised)) return false;
    if (k > 0 && !joins_words(text.substr(words[i + k - 1].end, word.begin - words[i + k - 1].end))) return false;
  }
  return true;
}

}  // namespace

bool Gazetteer::context_holds(std::size_t era, Scan& scan) const {
  if (context_patterns_[era].empty()) return true;
  if (scan.context_met.empty()) scan.context_met.assign(eras_.size(), -1);
  signed char& met = scan.context_met[era];
  if (met < 0) {
    met = 0;
    for (std::size_t i = 0; i < scan.words.size() && met == 0; ++i) {
      for (const Pattern& pattern : context_patterns_[era]) {
        if (fits_at(pattern, scan.text, scan.words, i, /*allow_s=*/true)) {
          met = 1;
          break;
        }
      }
    }
  }
  return met == 1;
}

const Era* Gazetteer::find(std::string_view name) const {
  const auto found = by_key_.find(lookup_key(name));
  return found == by_key_.end() ? nullptr : &eras_[found->second];
}

std::vector<EraMention> Gazetteer::find_mentions(std::string_view text) const {
  std::vector<EraMention> mentions;
  Scan scan{text, split_words(text), {}};
  const std::vector<Word>& words = scan.words;
  auto by_first_word = [](const Pattern& pattern, const std::string& word) { return pattern.words.front() < word; };
  for (std::size_t i = 0; i < words.size();) {
    // Most words start no name: one hash lookup instead of a search of the sorted patterns.
    if (!first_words_.contains(words[i].folded)) {
      ++i;
      continue;
    }
    auto candidate = std::lower_bound(patterns_.begin(), patterns_.end(), words[i].folded, by_first_word);
    const Pattern* match = nullptr;
    // Patterns sharing a first word are sorted longest first, so the first that fits wins.
    for (; candidate != patterns_.end() && candidate->words.front() == words[i].folded; ++candidate) {
      const Pattern& pattern = *candidate;
      if (fits_at(pattern, text, words, i) && context_holds(pattern.era, scan)) {
        match = &pattern;
        break;
      }
    }
    if (match == nullptr) {
      ++i;
      continue;
    }
    const Era& era = eras_[match->era];
    const Word& last = words[i + match->words.size() - 1];
    if (era.years) mentions.push_back({&era, words[i].begin, last.end - words[i].begin});
    i += match->words.size();
  }
  return mentions;
}

Result<Gazetteer> parse_gazetteer(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte order mark
  Gazetteer gazetteer;
  const std::vector<std::string_view> lines = split(text, '\n');
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const int line_number = static_cast<int>(index) + 1;
    std::string_view line = lines[index];
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (text::trim(line).empty() || text::trim(line).starts_with('#')) continue;
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() < 2 || fields.size() > 4) {
      return line_error(line_number, "expected `names<TAB>start<TAB>end[<TAB>context]` (columns separated by tab characters), found " +
                                         std::to_string(fields.size()) + " column" + (fields.size() == 1 ? "" : "s"));
    }
    Era era;
    era.line = line_number;
    for (std::string_view alias : split(fields[0], '|')) {
      alias = text::trim(alias);
      if (alias.empty() || lookup_key(alias).empty()) return line_error(line_number, "an empty name (check the `|` separators)");
      era.aliases.emplace_back(alias);
    }
    era.name = era.aliases.front();
    const std::string_view start_text = text::trim(fields[1]);
    const std::string_view end_text = fields.size() >= 3 ? text::trim(fields[2]) : start_text;
    std::vector<Gazetteer::Pattern> context;
    if (fields.size() == 4) {
      for (std::string_view word : split(fields[3], '|')) {
        word = text::trim(word);
        Gazetteer::Pattern pattern;
        for (Word& part : split_words(word)) {
          pattern.words.push_back(std::move(part.folded));
          pattern.capitalised.push_back(part.capitalised);
        }
        if (pattern.words.empty()) return line_error(line_number, "an empty context word (check the `|` separators)");
        era.context.emplace_back(word);
        context.push_back(std::move(pattern));
      }
    }
    if (start_text == "-" || end_text == "-") {
      if (start_text != end_text) return line_error(line_number, "`-` (not a period) must be in both year columns");
    } else {
      const std::optional<int> start = parse_year(start_text);
      const std::optional<int> end = parse_year(end_text);
      if (!start) return line_error(line_number, "start year `" + std::string(start_text) + "` is not a year (write 1939, -44 or 44 BC)");
      if (!end) return line_error(line_number, "end year `" + std::string(end_text) + "` is not a year (write 1939, -44 or 44 BC)");
      if (*end < *start) {
        return line_error(line_number, "end year " + std::to_string(*end) + " is before start year " + std::to_string(*start));
      }
      era.years = YearSpan{*start, *end};
    }
    const std::size_t era_index = gazetteer.eras_.size();
    for (const std::string& alias : era.aliases) {
      const std::string key = lookup_key(alias);
      // A name that needs a context may be shared by several eras ("Civil War"); find() leaves
      // it out, and the text's context decides between them.
      const bool conditional = !context.empty();
      const auto [existing, inserted] =
          conditional ? std::pair{gazetteer.by_key_.end(), true} : gazetteer.by_key_.try_emplace(key, era_index);
      if (!inserted && existing->second != era_index) {
        const Era& other = gazetteer.eras_[existing->second];
        return line_error(line_number, "`" + alias + "` is already a name of `" + other.name + "` (line " +
                                           std::to_string(other.line) + ")");
      }
      Gazetteer::Pattern pattern;
      pattern.era = era_index;
      for (Word& word : split_words(alias)) {
        pattern.words.push_back(std::move(word.folded));
        pattern.capitalised.push_back(word.capitalised);
      }
      if (pattern.words.empty()) continue;  // a name of punctuation only can never match
      gazetteer.first_words_.insert(pattern.words.front());
      gazetteer.patterns_.push_back(std::move(pattern));
    }
    gazetteer.eras_.push_back(std::move(era));
    gazetteer.context_patterns_.push_back(std::move(context));
  }
  std::stable_sort(gazetteer.patterns_.begin(), gazetteer.patterns_.end(),
                   [](const Gazetteer::Pattern& a, const Gazetteer::Pattern& b) {
                     if (a.words.front() != b.words.front()) return a.words.front() < b.words.front();
                     return a.words.size() > b.words.size();
                   });
  return gazetteer;
}

const Gazetteer& default_gazetteer() {
  static const Gazetteer kDefault = [] {
    auto parsed = parse_gazetteer(detail::embedded_eras_tsv());
    if (parsed) return std::move(parsed).value();
    // Only a broken build gets here (eras_test parses the same text); date nothing by era
    // rather than stop.
    spdlog::error("the built-in era gazetteer is malformed: {}", parsed.error().message);
    return Gazetteer{};
  }();
  return kDefault;
}

const Gazetteer& default_people() {
  static const Gazetteer kPeople = [] {
    auto parsed = parse_gazetteer(default_people_text());
    if (parsed) return std::move(parsed).value();
    spdlog::error("the built-in table of people is malformed: {}", parsed.error().message);
    return Gazetteer{};
  }();
  return kPeople;
}

}  // namespace lectern::eras
