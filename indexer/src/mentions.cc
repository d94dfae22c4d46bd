#include "mentions.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "heading.h"
#include "lectern/common/text.h"
#include "line_text.h"
#include "names.h"

namespace lectern::indexer {
namespace {

// Capitalised words that start sentences rather than names: "Then Tolstoy's WAR AND PEACE".
constexpr std::array<std::string_view, 24> kSentenceWords = {
    "the", "a",  "an",   "if",   "in",   "and",  "but",  "then",  "when",   "while", "like",  "unlike",
    "as",  "for", "with", "of",   "on",   "at",   "to",   "after", "before", "even",  "read",  "see"};

// The code points of `text`; an invalid sequence gives a negative value.
std::vector<UChar32> code_points(std::string_view text) {
  std::vector<UChar32> out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    out.push_back(c);
  }
  return out;
}

bool has_lower_case(std::string_view word) {
  const auto points = code_points(word);
  return std::any_of(points.begin(), points.end(), [](UChar32 c) { return c >= 0 && u_islower(c); });
}

std::size_t letter_count(std::string_view text) {
  const auto points = code_points(text);
  return static_cast<std::size_t>(
      std::count_if(points.begin(), points.end(), [](UChar32 c) { return c >= 0 && u_isalpha(c); }));
}

// A word written in capitals, as titles in prose often are: "CANCER", "WAR:", "“THE".
bool is_caps_word(std::string_view word) {
  const auto points = code_points(word);
  return std::none_of(points.begin(), points.end(), [](UChar32 c) { return c < 0 || u_islower(c); }) &&
         std::any_of(points.begin(), points.end(), [](UChar32 c) { return u_isalpha(c); });
}

bool has_caps_word(std::string_view text) {
  const auto words = text::split_words(text);
  return std::any_of(words.begin(), words.end(), [](std::string_view word) { return text::is_all_caps(word); });
}

// "Robert Conquest and Adam Ulam": the names of a credit as one author string.
std::string join_names(const std::vector<std::string>& names) {
  std::string joined;
  for (const auto& name : names) joined += (joined.empty() ? "" : " and ") + name;
  return joined;
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
      const std::size_t author_end = names_end(line, author_start);
      if (!title || author_end <= author_start) continue;
      const std::string author =
          join_names(split_names(std::string_view(line).substr(author_start, author_end - author_start)));
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
    const std::size_t author_end = names_end(line, by + 4);
    if (author_end == by + 4) continue;
    std::string_view region =
        strip_role_word(trim_title_region(std::string_view(line).substr(cursor, by - cursor), after_item));
    const std::string author = join_names(split_names(std::string_view(line).substr(by + 4, author_end - by - 4)));
    cursor = author_end;
    after_item = true;

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
      if (title.empty() || text::split_words(title).size() > kMaxTitleWords || is_credit_word(title)) continue;
      if (reads_like_a_clause(title)) continue;
      mentions.push_back({std::move(title), author});
    }
  }
  return mentions;
}

}  // namespace lectern::indexer
