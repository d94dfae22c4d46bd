// Parsing the heading line of a review: "THE BETRAYAL by Helen Dunmore" -> title "The
// Betrayal", author "Helen Dunmore". Used by the plain-text, Markdown and HTML parsers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lectern/common/review.h"

namespace lectern::indexer {

// Titles are rarely longer than this many words; longer "titles" are sentences.
inline constexpr std::size_t kMaxTitleWords = 40;

struct Heading {
  std::string title;
  std::vector<std::string> authors;
  std::vector<std::string> editors;       // "edited by"
  std::vector<std::string> translators;   // "translated by"
  std::vector<std::string> illustrators;  // "illustrated by"
};

// Recognises the shapes reviews use: `TITLE by Author`, `"Title" by Author`, `Title, by
// Author`, `Review: Title by Author`, `Book review – Title by Author`, `Title (Author)`,
// `Title by Author (2010)`, several authors (`by A and B`, `by A, B`). All-caps titles are
// title-cased. A line that has no " by " and no "(Author)" gives a Heading with only a title
// when `allow_title_only`, else nullopt. Lines that look like prose (too long, ending in a
// full stop) give nullopt.
std::optional<Heading> parse_heading(std::string_view line, bool allow_title_only = false);

// Fills the fields of `review` that metadata left empty (title, authors, editors, translators,
// illustrators) from a parsed heading: explicit metadata always wins.
void apply_heading(Review& review, Heading heading);

// A title as a heading or a reading list writes it, cleaned: quotes, a trailing year "(2010)"
// and trailing separators dropped; all-caps titles title-cased unless an acronym ("SPQR").
std::string clean_title(std::string_view title);

// True when `word` before " by " makes a credit, not a title ("Reviewed by", "Photo by").
bool is_credit_word(std::string_view word);

}  // namespace lectern::indexer
