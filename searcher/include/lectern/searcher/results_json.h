// The JSON forms of search results and collection statistics: the public contract documented
// in docs/search-json.md and shared by `lectern search --json`, `lectern similar --json`,
// `lectern stats --json` and the HTTP API.
#pragma once

#include <string>

#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// One JSON object:
//   {"query", "total_estimate", "total_bounds": {"lower", "upper"}, "offset", "limit",
//    "corrected_query", "auto_corrected", "notice",
//    "facets": {"<name>": [{"value", "count"}], ...},
//    "hits": [{"rank", "id", "score", "path", "title", "title_highlighted", "authors": [...],
//              "reviewer", "date", "rating": number | null, "period": {"start", "end"} | null,
//              "work", "reviews_of_work", "mentions_of_work", "collapsed", "snippet"}]}
// Missing strings are "", missing lists [], a missing rating or period null; "facets" is {}
// when none were asked for. Invalid UTF-8 in any string is replaced by U+FFFD rather than
// failing. `indent` < 0 writes one line (the default, for JSON Lines and HTTP); >= 0
// pretty-prints with that many spaces.
std::string results_to_json(const SearchResults& results, int indent = -1);

// One JSON object:
//   {"documents", "works", "formats": [{"value", "count"}], "languages": [...],
//    "top_authors": [...], "decades": [{"decade", "label", "count"}], "without_period"}
std::string stats_to_json(const CollectionStats& stats, int indent = -1);

// One stored review (GET /api/doc/{id}):
//   {"id", "path", "format", "title", "authors", "editors", "translators", "illustrators",
//    "reviewer", "date", "rating": number | null, "period": {"start", "end"} | null,
//    "language", "url", "tags", "mentions": [{"title", "author"}], "captions", "text"}
std::string review_to_json(const Review& review, int indent = -1);

// The inverse, for `lectern index --from-export`: a review from one line of `lectern export`.
// Keys missing are left empty; kInvalidArgument when the line is not such an object (no
// `id`, `path` or `text`), with the reason.
Result<Review> review_from_json(std::string_view line);

// Completions (GET /api/suggest): {"query", "suggestions": [{"text", "kind", "reviews"}]}.
std::string suggestions_to_json(const std::string& query, const std::vector<Suggestion>& suggestions, int indent = -1);

}  // namespace lectern::searcher
