// Plain-text reviews: a heading line ("THE BETRAYAL by Helen Dunmore") or a `key: value`
// header block, then the body. Blog exports pasted into text files carry captions, bylines and
// comment-form debris; read_review_body (boilerplate.h) separates them from the review itself.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "boilerplate.h"
#include "field_values.h"
#include "formats/format_parsers.h"
#include "heading.h"
#include "lectern/common/text.h"
#include "names.h"
#include "period.h"

namespace lectern::indexer {
namespace {

// The first line becomes a bare title only when it is this short.
constexpr std::size_t kMaxBareTitleWords = 12;

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

std::size_t word_count(std::string_view text) {
  std::size_t count = 0;
  bool in_word = false;
  for (char ch : text) {
    const bool space = ch == ' ' || ch == '\t';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

// "key: value" with a key Lectern knows; nullopt for any other line.
std::optional<std::pair<std::string, std::string_view>> header_field(std::string_view line) {
  constexpr std::array<std::string_view, 18> kKeys = {
      "title",      "author",       "authors",     "reviewer",    "reviewed by", "date",
      "rating",     "period",       "language",    "lang",        "url",         "tags",
      "translator", "translators",  "editor",      "editors",     "illustrator", "illustrators"};
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::string key = ascii_lower(text::trim(line.substr(0, colon)));
  if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) return std::nullopt;
  return std::pair{std::move(key), text::trim(line.substr(colon + 1))};
}

std::vector<std::string> split_list(std::string_view value) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t end = value.find_first_of(",;", start);
    if (end == std::string_view::npos) end = value.size();
    std::string item = text::clean_field(value.substr(start, end - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = end + 1;
  }
  return items;
}

void apply_header_field(Review& review, const std::string& key, std::string_view value) {
  if (value.empty()) return;
  if (key == "title") {
    review.title = text::clean_field(value);
  } else if (key == "author" || key == "authors") {
    review.authors = split_names(value);
  } else if (key == "reviewer" || key == "reviewed by") {
    review.reviewer = text::clean_field(value);
  } else if (key == "date") {
    if (auto date = normalize_date(value)) review.date = *date;
  } else if (key == "rating") {
    review.rating = parse_rating(value);
  } else if (key == "period") {
    review.period = parse_period_value(value);
  } else if (key == "language" || key == "lang") {
    review.language = text::to_lower(text::clean_field(value));
  } else if (key == "url") {
    review.url = text::clean_field(value);
  } else if (key == "tags") {
    review.tags = split_list(value);
  } else if (key == "translator" || key == "translators") {
    review.translators = split_names(value);
  } else if (key == "editor" || key == "editors") {
    review.editors = split_names(value);
  } else if (key == "illustrator" || key == "illustrators") {
    review.illustrators = split_names(value);
  }
}

}  // namespace

Result<std::vector<Review>> parse_plain_text(std::string_view utf8, const ExtractOptions& /*options*/) {
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  const std::vector<std::string_view> lines = text::split_lines(utf8);
  Review review;
  std::size_t i = 0;
  auto skip_blank = [&] {
    while (i < lines.size() && text::trim(lines[i]).empty()) ++i;
  };
  skip_blank();

  // A `key: value` block at the top: explicit metadata, which wins over anything guessed.
  bool has_header = false;
  if (i < lines.size() && header_field(text::trim(lines[i]))) {
    has_header = true;
    for (; i < lines.size() && !text::trim(lines[i]).empty(); ++i) {
      if (auto field = header_field(text::trim(lines[i]))) apply_header_field(review, field->first, field->second);
    }
    skip_blank();
  }

  // Captions may stand above the heading; they are captions wherever they are.
  while (i < lines.size()) {
    const std::string_view line = text::trim(lines[i]);
    if (line.empty()) {
      ++i;
      continue;
    }
    auto caption = parse_caption(line);
    if (!caption) break;
    review.captions.push_back(std::move(*caption));
    ++i;
  }

  if (i < lines.size()) {
    const std::string_view first = text::trim(lines[i]);
    if (auto heading = parse_heading(first)) {
      apply_heading(review, std::move(*heading));
      ++i;
    } else if (!has_header && word_count(first) <= kMaxBareTitleWords) {
      // A short first line with no "by" is the title; a long one is the review's first paragraph.
      if (auto bare = parse_heading(first, /*allow_title_only=*/true)) {
        apply_heading(review, std::move(*bare));
        ++i;
      }
    }
  }

  // The rest is the body; boilerplate, bylines, rating lines and captions are sorted out of it.
  std::string body;
  for (; i < lines.size(); ++i) {
    body += lines[i];
    body += '\n';
  }
  read_review_body(body, review);
  if (review.text.empty()) return Error::unsupported("no review text found");
  return std::vector<Review>{std::move(review)};
}

}  // namespace lectern::indexer
