#include "formats/html/byline.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>

#include "field_values.h"
#include "formats/html/dom.h"
#include "lectern/common/text.h"
#include "names.h"
#include "reviewer_byline.h"

namespace lectern::indexer::html {
namespace {

// A byline's bare name ("Konrad Ashby · 9/10") needs this many words: one word is a category.
constexpr std::size_t kMinBareBylineNameWords = 2;
// Words that mark a byline segment as the rating ("Our rating: ★★★★☆").
constexpr std::array<std::string_view, 6> kRatingWords = {"rating", "stars", "score", "note", "bewertung", "valoraci"};
// "Posted on March 20, 2015": the date is found after at most this many leading words.
constexpr std::size_t kMaxWordsBeforeDate = 4;

// The reviewer a byline segment names: "Reviewed by Ann Reader", "By Ann Reader", or the
// bare name when it opens the byline ("Konrad Ashby · 9/10"). The work's own author is never
// the reviewer. Returns true when the segment was the name.
bool read_byline_name(std::string_view segment, bool first_segment, Metadata& meta) {
  std::string name;
  std::string date;
  if (auto byline = parse_byline(segment)) {
    name = std::move(byline->reviewer);
    date = std::move(byline->date);
  } else if (ascii_lower(segment).starts_with("by ")) {
    std::string_view rest = text::trim(segment.substr(3));
    const std::size_t on = ascii_lower(rest).find(" on ");
    if (on != std::string_view::npos) {
      date = normalize_date(rest.substr(on + 4)).value_or("");
      rest = text::trim(rest.substr(0, on));
    }
    name = text::clean_field(rest);
    if (!looks_like_name(name)) return false;
  } else if (first_segment && looks_like_name(segment)) {
    name = text::clean_field(segment);
    const auto words = static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
    if (words < kMinBareBylineNameWords) return false;
  } else {
    return false;
  }
  const bool own_author = std::any_of(meta.authors.begin(), meta.authors.end(), [&name](const std::string& author) {
    return text::fold_for_matching(author) == text::fold_for_matching(name);
  });
  if (name.empty() || own_author) return false;
  meta.reviewer = std::move(name);
  if (meta.date.empty()) meta.date = std::move(date);
  return true;
}

bool is_rating_segment(const std::string& segment) {
  if (segment.find("★") != std::string::npos || segment.find("☆") != std::string::npos) return true;
  const std::string lower = text::to_lower(segment);
  return std::any_of(kRatingWords.begin(), kRatingWords.end(),
                     [&lower](std::string_view word) { return lower.find(word) != std::string::npos; });
}

}  // namespace

void read_byline(std::string_view byline, Metadata& meta) {
  std::string segments = text::clean_field(byline);
  for (std::string_view separator : {"·", "|", "•"}) {
    for (std::size_t at = segments.find(separator); at != std::string::npos; at = segments.find(separator, at + 1)) {
      segments.replace(at, separator.size(), "\n");
    }
  }
  std::size_t start = 0;
  bool first_segment = true;
  while (start < segments.size()) {
    const std::size_t end = std::min(segments.find('\n', start), segments.size());
    const std::string segment(text::trim(std::string_view(segments).substr(start, end - start)));
    start = end + 1;
    if (is_rating_segment(segment)) {
      if (!meta.rating) {
        const std::size_t colon = segment.rfind(':');
        meta.rating = parse_rating(text::trim(colon == std::string::npos ? segment : segment.substr(colon + 1)));
      }
      continue;
    }
    const bool named = meta.reviewer.empty() && read_byline_name(segment, first_segment, meta);
    first_segment = false;
    if (named) continue;
    std::string_view rest = segment;
    for (std::size_t words = 0; meta.date.empty() && !rest.empty() && words <= kMaxWordsBeforeDate; ++words) {
      meta.date = normalize_date(rest).value_or("");
      const std::size_t space = rest.find(' ');
      rest = space == std::string_view::npos ? std::string_view() : text::trim(rest.substr(space + 1));
    }
  }
}

}  // namespace lectern::indexer::html
