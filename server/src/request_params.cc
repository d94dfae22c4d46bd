#include "request_params.h"

#include <limits>

namespace lectern::server {

Result<std::size_t> parse_count(const std::string& name, const std::string& value, std::size_t max) {
  if (value.empty() || value.size() > 18 || value.find_first_not_of("0123456789") != std::string::npos) {
    return Error::invalid_argument("`" + name + "` must be a whole number from 0 to " + std::to_string(max) + " (got `" +
                                   value.substr(0, 40) + "`)");
  }
  const std::size_t number = std::stoull(value);
  if (number > max) {
    return Error::invalid_argument("`" + name + "` must be at most " + std::to_string(max) + " (got " + value + ")");
  }
  return number;
}

Result<searcher::SearchRequest> search_request(const Params& params, const ServerOptions& caps) {
  searcher::SearchRequest request;
  request.query = params.get("q").value_or("");
  if (request.query.size() > caps.max_query_bytes) {
    return Error::invalid_argument("`q` must be at most " + std::to_string(caps.max_query_bytes) + " bytes (got " +
                                   std::to_string(request.query.size()) + ")");
  }
  struct CountParam {
    const char* name;
    std::size_t* target;
    std::size_t max;
  };
  for (const CountParam& count : {CountParam{"limit", &request.limit, caps.max_limit},
                                  CountParam{"offset", &request.offset, caps.max_offset},
                                  CountParam{"fragments", &request.fragments, caps.max_fragments},
                                  CountParam{"snippet_length", &request.snippet_length, 1000},
                                  CountParam{"facet_limit", &request.facet_limit, 1000}}) {
    if (auto value = params.get(count.name)) {
      auto parsed = parse_count(count.name, *value, count.max);
      if (!parsed) return parsed.error();
      *count.target = *parsed;
    }
  }
  if (auto sort = params.get("sort")) {
    auto order = searcher::parse_sort_order(*sort);
    if (!order) return Error::invalid_argument("`sort` must be one of relevance, date, rating, title, period (got `" + *sort + "`)");
    request.sort = *order;
  }
  if (auto reverse = params.get("reverse")) request.reverse = *reverse == "1" || *reverse == "true";
  if (auto highlight = params.get("highlight")) {
    auto mode = searcher::parse_highlight(*highlight);
    if (!mode) return Error::invalid_argument("`highlight` must be one of html, plain, none, ansi (got `" + *highlight + "`)");
    request.highlight = *mode;
  }
  if (auto language = params.get("language")) request.language = *language;
  if (auto exact = params.get("exact")) {
    if (*exact != "0" && *exact != "1") return Error::invalid_argument("`exact` must be 0 or 1 (got `" + *exact + "`)");
    request.auto_correct = *exact == "0";
  }
  if (auto collapse = params.get("collapse")) {
    if (*collapse != "work") return Error::invalid_argument("`collapse` can only be `work` (got `" + *collapse + "`)");
    request.collapse_by_work = true;
  }
  for (const auto& list : params.get_all("facets")) {
    std::size_t start = 0;
    while (start <= list.size()) {
      const std::size_t comma = std::min(list.find(',', start), list.size());
      if (comma > start) request.facets.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  }
  searcher::Filters& filters = request.filters;
  filters.authors = params.get_all("author");
  filters.reviewers = params.get_all("reviewer");
  filters.languages = params.get_all("lang");
  filters.tags = params.get_all("tag");
  filters.decades = params.get_all("decade");
  filters.period = params.get("period").value_or("");
  filters.rating = params.get("rating").value_or("");
  filters.date = params.get("date").value_or("");
  request.time_limit_ms = caps.query_time_limit_ms;
  if (Status valid = searcher::validate(request); !valid) return valid.error();
  return request;
}

}  // namespace lectern::server
