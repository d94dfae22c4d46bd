// Query-string parameters of the API turned into a SearchRequest, strictly: numbers must be
// whole, non-negative and within the server's caps; unknown sort orders, highlight modes and
// facet names are refused. Every refusal names the parameter in backticks.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/searcher/searcher.h"
#include "lectern/server/server.h"

namespace lectern::server {

// Reads one parameter: its value, or nullopt when absent. Repeated parameters give each value.
struct Params {
  std::function<std::optional<std::string>(const std::string&)> get;
  std::function<std::vector<std::string>(const std::string&)> get_all;
};

// A whole number within [0, max], or kInvalidArgument naming `name`.
Result<std::size_t> parse_count(const std::string& name, const std::string& value, std::size_t max);

// GET /api/search's parameters as a request (docs/http-api.md).
Result<searcher::SearchRequest> search_request(const Params& params, const ServerOptions& caps);

}  // namespace lectern::server
