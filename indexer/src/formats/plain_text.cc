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
#include "provenance.h"
#include "review_fields.h"

namespace lectern::indexer {
namespace {

// The first line becomes a bare title only when it is this short.
constexpr std::size_t kMaxBareTitleWords = 12;

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

}  // namespace

Result<std::vector<Review>> parse_plain_text(std::string_view utf8, const ExtractOptions& options) {
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  Review review;
  FieldSources sources(review);
  // A `key: value` block at the top: explicit metadata, which wins over anything guessed.
  FieldCollector fields(options.field_map);
  const std::size_t header_bytes = read_header_block(utf8, fields, /*strict=*/false);
  const bool has_header = header_bytes > 0;
  fields.fill(review);
  sources.credit(review, "header block");
  for (std::string_view line : text::split_lines(utf8.substr(0, header_bytes))) {
    if (!text::trim(line).empty()) note_dropped(review, text::trim(line), "header block (read as fields)");
  }
  const std::vector<std::string_view> lines = text::split_lines(utf8.substr(header_bytes));
  std::size_t i = 0;
  while (i < lines.size() && text::trim(lines[i]).empty()) ++i;

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
  sources.credit(review, "text");

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

  sources.credit(review, "heading");

  // The rest is the body; boilerplate, bylines, rating lines and captions are sorted out of it.
  std::string body;
  for (; i < lines.size(); ++i) {
    body += lines[i];
    body += '\n';
  }
  read_review_body(body, review);
  sources.credit(review, "text");
  if (review.text.empty()) return Error::unsupported("no review text found");
  return std::vector<Review>{std::move(review)};
}

}  // namespace lectern::indexer
