#include "names.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "lectern/common/text.h"
#include "line_text.h"

namespace lectern::indexer {
namespace {

// Lower-case words allowed inside a personal name (Johann Wolfgang von Goethe, Vincent van Gogh).
constexpr std::array<std::string_view, 29> kNameParticles = {
    "de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "ten", "bin",
    "ibn", "al", "el", "y", "d'", "dos", "das", "do", "zu", "af", "ap", "ben", "bint",
    "wa"};  // Kikuyu "of": Ngugi wa Thiong'o

// Name suffixes that a comma separates from the name they belong to ("King, Jr.").
constexpr std::array<std::string_view, 7> kNameSuffixes = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};

// What joins the names of a list, besides commas; " & " before "&" so the spaces go too.
constexpr std::array<std::string_view, 4> kNameJoiners = {" and ", " & ", "&", ";"};

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

std::string clean_name(std::string_view name) {
  std::string cleaned = text::clean_field(strip_trailing_separators(strip_quotes(name)));
  if (text::is_all_caps(cleaned)) cleaned = text::title_case(cleaned);
  return cleaned;
}

std::vector<std::string> split_names(std::string_view names) {
  // Normalise every joiner to a comma, then split on commas.
  std::string joined;
  const std::string lower = ascii_lower(names);
  for (std::size_t i = 0; i < names.size();) {
    const std::string_view rest = std::string_view(lower).substr(i);
    const auto joiner = std::find_if(kNameJoiners.begin(), kNameJoiners.end(),
                                     [rest](std::string_view candidate) { return rest.starts_with(candidate); });
    if (joiner != kNameJoiners.end()) {
      joined += ',';
      i += joiner->size();
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

std::size_t names_end(std::string_view text, std::size_t start) {
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

}  // namespace lectern::indexer
