// Parsing the heading line of a review: "THE BETRAYAL by Helen Dunmore" -> title "The
// Betrayal", author "Helen Dunmore". Used by the plain-text, Markdown and HTML parsers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::indexer {

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

// Splits "A and B", "A, B & C" into names, each cleaned.
std::vector<std::string> split_names(std::string_view names);

}  // namespace lectern::indexer
