// Search results as text for a terminal or a pipe, shared by `lectern search` and
// `lectern similar`.
#pragma once

#include <ostream>
#include <string>

#include "lectern/searcher/searcher.h"

namespace lectern::app {

// The highlight mode for `--highlight NAME`: none, plain, ansi, html. Without a name: html with
// `--json`; otherwise `--color` decides, as ripgrep does: "always" is ansi, "never" no marks,
// "auto" ansi on a terminal unless NO_COLOR is set or TERM is "dumb", and no marks in a pipe
// (`--highlight plain` asks for [marks] there). Unknown names give nullopt.
std::optional<searcher::Highlight> highlight_mode(const std::string& name, bool json, const std::string& color = "auto");

// True when `color` is one of auto, always, never.
bool valid_color(const std::string& color);

// Prints the results: a line on what matched (and any spelling correction or notice), each hit
// with its path, date, rating, work counts and snippet, then the facets. The first line reads
// "N reviews <verb> <object>; showing 1–10." with `verb` ("match", "are like") or, for one,
// `verb_one` ("matches", "is like"), and `object` ("`siege`", "the filters"). `bold` makes
// titles bold (for the ansi highlight mode); `collapsed` counts works, not reviews.
struct ResultsHeading {
  std::string verb_one;
  std::string verb;
  std::string object;
};
void print_results(std::ostream& out, const searcher::SearchResults& results, const ResultsHeading& heading, bool bold,
                   bool collapsed);

}  // namespace lectern::app
