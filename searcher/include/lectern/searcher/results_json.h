// The JSON form of search results: the public contract documented in docs/search-json.md and
// shared by `lectern search --json` and the HTTP API.
#pragma once

#include <string>

#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// One JSON object:
//   {"query", "total_estimate", "total_bounds": {"lower", "upper"}, "offset", "limit",
//    "hits": [{"rank", "id", "score", "path", "title", "authors": [...], "reviewer", "date",
//              "rating": number | null, "period": {"start", "end"} | null, "snippet"}]}
// Missing strings are "", missing lists [], a missing rating or period null. Invalid UTF-8 in
// any string is replaced by U+FFFD rather than failing. `indent` < 0 writes one line (the
// default, for JSON Lines and HTTP); >= 0 pretty-prints with that many spaces.
std::string results_to_json(const SearchResults& results, int indent = -1);

}  // namespace lectern::searcher
