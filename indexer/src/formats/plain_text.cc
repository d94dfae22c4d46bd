// Plain-text reviews: a heading line ("THE BETRAYAL by Helen Dunmore") or a `key: value`
// header block, then the body. Blog exports pasted into text files carry captions, bylines and
// comment-form debris; this parser separates them from the review itself.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "field_values.h"
#include "formats/format_parsers.h"
#include "heading.h"
#include "lectern/common/text.h"
#include "period.h"

namespace lectern::indexer {
namespace {

// A caption is a short line; a long parenthesised paragraph is an aside and stays in the text.
constexpr std::size_t kMaxCaptionBytes = 300;
// The first line becomes a bare title only when it is this short.
constexpr std::size_t kMaxBareTitleWords = 12;

// Lines from which everything to the end of the file is a comment form or share widget.
constexpr std::array<std::string_view, 13> kCutMarkers = {
    "leave a reply",  "leave a comment",   "fill in your details below", "you are commenting using",
    "connecting to %s", "your email address will not be published", "share this:", "like this:",
    "for further reviews visit", "post navigation", "comments are closed", "notify me of new comments",
    "cancel reply"};

// Widget lines dropped wherever they stand; they are whole lines, never prose.
constexpr std::array<std::string_view, 9> kDropLines = {
    "like loading...", "like loading\xE2\x80\xA6", "loading...", "related", "facebook photo", "twitter picture",
    "google photo", "advertisements", "report this ad"};

// Words that introduce a reading list.
constexpr std::array<std::string_view, 6> kReadingListMarkers = {
    "bibliography", "further reading", "for books on", "suggested reading", "recommended reading", "see also"};

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
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

bool is_cut_marker(std::string_view lower_line) {
  for (std::string_view marker : kCutMarkers) {
    if (lower_line.starts_with(marker)) return true;
  }
  // "4 thoughts on "Title"", "12 comments on ...", "3 responses to ...": a comment section.
  std::size_t i = 0;
  while (i < lower_line.size() && lower_line[i] >= '0' && lower_line[i] <= '9') ++i;
  if (i > 0) {
    const std::string_view rest = lower_line.substr(i);
    for (std::string_view phrase : {" thoughts on", " thought on", " comments on", " comment on", " responses to",
                                    " response to", " replies to", " comments"}) {
      if (rest.starts_with(phrase)) return true;
    }
  }
  return false;
}

bool is_drop_line(std::string_view lower_line) {
  if (std::find(kDropLines.begin(), kDropLines.end(), lower_line) != kDropLines.end()) return true;
  // "You are commenting using your Facebook account. ( Log Out /  Change )".
  return lower_line.starts_with("log out /") || lower_line.find("( log out /") != std::string_view::npos;
}

// A line wholly inside one pair of parentheses: "(The Lubyanka prison in Moscow)".
std::optional<std::string> caption_of(std::string_view line) {
  if (line.size() < 3 || line.size() > kMaxCaptionBytes || line.front() != '(' || line.back() != ')') {
    return std::nullopt;
  }
  // The opening parenthesis must close at the very end, not earlier: "(a) and (b)" is prose.
  int depth = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '(') ++depth;
    if (line[i] == ')' && --depth == 0 && i + 1 != line.size()) return std::nullopt;
  }
  std::string caption = text::clean_field(line.substr(1, line.size() - 2));
  if (caption.empty()) return std::nullopt;
  return caption;
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

// Fills what the header block left empty from a heading line.
void apply_heading(Review& review, Heading heading) {
  if (review.title.empty()) review.title = std::move(heading.title);
  if (review.authors.empty()) review.authors = std::move(heading.authors);
  if (review.editors.empty()) review.editors = std::move(heading.editors);
  if (review.translators.empty()) review.translators = std::move(heading.translators);
  if (review.illustrators.empty()) review.illustrators = std::move(heading.illustrators);
}

// Fills reviewer (and date) when the line is a byline.
bool take_byline(Review& review, std::string_view line) {
  auto byline = parse_byline(line);
  if (!byline) return false;
  if (review.reviewer.empty()) review.reviewer = std::move(byline->reviewer);
  if (review.date.empty()) review.date = std::move(byline->date);
  return true;
}

// "Rating: 4/5", "My rating: ★★★★☆" inside the body.
bool take_rating_line(Review& review, std::string_view line) {
  const std::string lower = ascii_lower(line);
  if (!(lower.starts_with("rating:") || lower.starts_with("my rating:"))) return false;
  auto rating = parse_rating(line.substr(line.find(':') + 1));
  if (!rating) return false;
  if (!review.rating) review.rating = rating;
  return true;
}

// A line that is a full date and nothing else ("March 3, 2015") is the review's date.
bool take_date_line(Review& review, std::string_view line) {
  if (line.size() > 40) return false;
  auto date = normalize_date(line);
  // A bare year or month is more likely history than a posting date.
  if (!date || date->size() < 10) return false;
  if (review.date.empty()) review.date = *date;
  return true;
}

bool starts_reading_list(std::string_view lower_line) {
  return std::any_of(kReadingListMarkers.begin(), kReadingListMarkers.end(),
                     [&](std::string_view marker) { return lower_line.find(marker) != std::string_view::npos; });
}

}  // namespace

Result<std::vector<Review>> parse_plain_text(std::string_view utf8, const ExtractOptions& /*options*/) {
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  const std::vector<std::string_view> lines = split_lines(utf8);
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
    auto caption = caption_of(line);
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

  std::string body;
  bool in_reading_list = false;
  bool cut = false;
  for (; i < lines.size(); ++i) {
    const std::string_view line = text::trim(lines[i]);
    if (line.empty()) {
      if (!cut) body += '\n';
      continue;
    }
    const std::string lower = ascii_lower(text::clean_field(line));
    // Bylines are taken even below the cut: blogs often print them after the share buttons.
    if (take_byline(review, line)) continue;
    if (cut || is_cut_marker(lower)) {
      cut = true;
      continue;
    }
    if (is_drop_line(lower) || take_rating_line(review, line) || take_date_line(review, line)) continue;
    if (auto caption = caption_of(line)) {
      review.captions.push_back(std::move(*caption));
      continue;
    }
    // Reading lists stay in the text (their words are searchable), and also become mentions.
    if (!in_reading_list && starts_reading_list(lower)) in_reading_list = true;
    if (in_reading_list) {
      for (auto& mention : parse_mentions(line)) review.mentions.push_back(std::move(mention));
    }
    body += line;
    body += '\n';
  }

  review.text = text::clean_body(body);
  if (review.text.empty()) return Error::unsupported("no review text found");
  return std::vector<Review>{std::move(review)};
}

}  // namespace lectern::indexer
