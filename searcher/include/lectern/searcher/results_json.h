// The JSON form of search results: the public contract documented in docs/search-json.md and
// shared by `lectern search --json` and the HTTP API.
#pragma once

#include <string>

#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// {"query", "total_estimate", "offset", "limit", "hits": [{"rank", "id", "score", "path",
// "title", "authors", "reviewer", "date", "rating", "period": {"start", "end"} | null,
// "snippet"}]}. Missing strings are "", a missing rating is null.
std::string results_to_json(const SearchResults& results);

}  // namespace lectern::searcher
