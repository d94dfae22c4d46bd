#include "reviewer_byline.h"

#include <algorithm>
#include <array>

#include "field_values.h"
#include "lectern/common/text.h"
#include "line_text.h"
#include "names.h"

namespace lectern::indexer {
namespace {

// Bylines are short lines; longer lines that happen to start "Posted by" are prose.
constexpr std::size_t kMaxBylineBytes = 120;

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

// Blog bylines run on: "Posted by Ann · filed under History", "by Ann | 3 comments".
constexpr std::array<std::string_view, 8> kBylineDelimiters = {
    " \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " in ", " filed "};

// The dashes that open a signature line: em dash, en dash, horizontal bar, "--", "~".
constexpr std::array<std::string_view, 5> kSignatureDashes = {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95", "--", "~"};

// "*Reviewed by Ann*", "__Ann__": emphasis markers around a line.
std::string_view strip_emphasis(std::string_view text) {
  while (!text.empty() && (text.front() == '*' || text.front() == '_')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '*' || text.back() == '_')) text.remove_suffix(1);
  return text::trim(text);
}

}  // namespace

std::optional<Byline> parse_byline(std::string_view line) {
  const std::string cleaned = text::clean_field(line);
  std::string_view view = strip_emphasis(text::trim(cleaned));
  if (view.size() > kMaxBylineBytes) return std::nullopt;
  const std::string lower = ascii_lower(view);
  auto delimiter_after = [&](std::size_t start, std::size_t limit) {
    std::size_t end = std::min(limit, view.size());
    for (std::string_view delimiter : kBylineDelimiters) {
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
    for (std::string_view delimiter : kBylineDelimiters) {
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
  const std::string_view name = strip_trailing_separators(text::trim(view.substr(0, std::min(comma, view.size()))));
  Byline byline;
  byline.reviewer = clean_name(name);
  if (byline.reviewer.empty() || !looks_like_name(byline.reviewer)) return std::nullopt;
  if (!note.empty()) byline.date = normalize_date(note).value_or("");
  return byline;
}

}  // namespace lectern::indexer
