#include "lectern/searcher/results_json.h"

#include <nlohmann/json.hpp>

namespace lectern::searcher {
namespace {

using nlohmann::json;

json hit_to_json(const Hit& hit) {
  json object = json::object();
  object["rank"] = hit.rank;
  object["id"] = hit.id;
  object["score"] = hit.score;
  object["path"] = hit.path;
  object["title"] = hit.title;
  object["authors"] = hit.authors;
  object["reviewer"] = hit.reviewer;
  object["date"] = hit.date;
  object["rating"] = hit.rating ? json(*hit.rating) : json(nullptr);
  object["period"] = hit.period ? json{{"start", hit.period->start}, {"end", hit.period->end}} : json(nullptr);
  object["snippet"] = hit.snippet;
  return object;
}

}  // namespace

std::string results_to_json(const SearchResults& results, int indent) {
  json object = json::object();
  object["query"] = results.query;
  object["total_estimate"] = results.total_estimate;
  object["total_bounds"] = {{"lower", results.total_lower_bound}, {"upper", results.total_upper_bound}};
  object["offset"] = results.offset;
  object["limit"] = results.limit;
  json hits = json::array();
  for (const Hit& hit : results.hits) hits.push_back(hit_to_json(hit));
  object["hits"] = std::move(hits);
  // Replace, never throw: a file name or stored text may hold invalid UTF-8.
  return object.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace lectern::searcher
