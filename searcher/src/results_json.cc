#include "lectern/searcher/results_json.h"

#include <nlohmann/json.hpp>

#include "facets.h"

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
  object["title_highlighted"] = hit.title_highlighted;
  object["authors"] = hit.authors;
  object["reviewer"] = hit.reviewer;
  object["date"] = hit.date;
  object["rating"] = hit.rating ? json(*hit.rating) : json(nullptr);
  object["period"] = hit.period ? json{{"start", hit.period->start}, {"end", hit.period->end}} : json(nullptr);
  object["work"] = hit.work;
  object["reviews_of_work"] = hit.reviews_of_work;
  object["mentions_of_work"] = hit.mentions_of_work;
  object["collapsed"] = hit.collapsed;
  object["snippet"] = hit.snippet;
  return object;
}

json values_to_json(const std::vector<FacetValue>& values) {
  json array = json::array();
  for (const FacetValue& value : values) array.push_back({{"value", value.value}, {"count", value.count}});
  return array;
}

// Replace, never throw: a file name or stored text may hold invalid UTF-8.
std::string dump(const json& object, int indent) {
  return object.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string results_to_json(const SearchResults& results, int indent) {
  json object = json::object();
  object["query"] = results.query;
  object["total_estimate"] = results.total_estimate;
  object["total_bounds"] = {{"lower", results.total_lower_bound}, {"upper", results.total_upper_bound}};
  object["offset"] = results.offset;
  object["limit"] = results.limit;
  object["corrected_query"] = results.corrected_query;
  object["auto_corrected"] = results.auto_corrected;
  object["notice"] = results.notice;
  json facets = json::object();
  for (const FacetCounts& facet : results.facets) facets[facet.name] = values_to_json(facet.values);
  object["facets"] = std::move(facets);
  json hits = json::array();
  for (const Hit& hit : results.hits) hits.push_back(hit_to_json(hit));
  object["hits"] = std::move(hits);
  return dump(object, indent);
}

std::string stats_to_json(const CollectionStats& stats, int indent) {
  json object = json::object();
  object["documents"] = stats.documents;
  object["works"] = stats.works;
  object["formats"] = values_to_json(stats.formats);
  object["languages"] = values_to_json(stats.languages);
  object["top_authors"] = values_to_json(stats.top_authors);
  json decades = json::array();
  for (const DecadeCount& decade : stats.decades) {
    decades.push_back({{"decade", decade.decade}, {"label", decade_label(decade.decade)}, {"count", decade.count}});
  }
  object["decades"] = std::move(decades);
  json covered = json::array();
  for (const DecadeCount& decade : stats.decades_covered) {
    covered.push_back({{"decade", decade.decade}, {"label", decade_label(decade.decade)}, {"count", decade.count}});
  }
  object["decades_covered"] = std::move(covered);
  object["without_period"] = stats.without_period;
  return dump(object, indent);
}

std::string review_to_json(const Review& review, int indent) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const auto& work : review.mentions) mentions.push_back({{"title", work.title}, {"author", work.author}});
  nlohmann::json period = nullptr;
  if (review.period) period = {{"start", review.period->start}, {"end", review.period->end}};
  const nlohmann::json object = {{"id", review.id},
                                 {"path", review.path},
                                 {"format", review.format},
                                 {"title", review.title},
                                 {"authors", review.authors},
                                 {"editors", review.editors},
                                 {"translators", review.translators},
                                 {"illustrators", review.illustrators},
                                 {"reviewer", review.reviewer},
                                 {"date", review.date},
                                 {"rating", review.rating ? nlohmann::json(*review.rating) : nlohmann::json(nullptr)},
                                 {"period", period},
                                 {"language", review.language},
                                 {"url", review.url},
                                 {"tags", review.tags},
                                 {"mentions", std::move(mentions)},
                                 {"captions", review.captions},
                                 {"text", review.text}};
  return object.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Review> review_from_json(std::string_view line) {
  const nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!object.is_object()) return Error::invalid_argument("not a JSON object");
  for (const char* key : {"id", "path", "text"}) {
    if (!object.contains(key) || !object[key].is_string()) {
      return Error::invalid_argument(std::string("no `") + key + "` string: not a line of `lectern export`");
    }
  }
  const auto text = [&](const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
  };
  const auto list = [&](const char* key) {
    std::vector<std::string> values;
    const auto found = object.find(key);
    if (found == object.end() || !found->is_array()) return values;
    for (const auto& item : *found) {
      if (item.is_string()) values.push_back(item.get<std::string>());
    }
    return values;
  };
  Review review;
  review.id = text("id");
  review.path = text("path");
  review.format = text("format");
  review.title = text("title");
  review.authors = list("authors");
  review.editors = list("editors");
  review.translators = list("translators");
  review.illustrators = list("illustrators");
  review.reviewer = text("reviewer");
  review.date = text("date");
  if (const auto rating = object.find("rating"); rating != object.end() && rating->is_number()) review.rating = rating->get<double>();
  if (const auto period = object.find("period"); period != object.end() && period->is_object() &&
                                                 (*period)["start"].is_number_integer() && (*period)["end"].is_number_integer()) {
    review.period = YearSpan{(*period)["start"].get<int>(), (*period)["end"].get<int>()};
  }
  review.language = text("language");
  review.url = text("url");
  review.tags = list("tags");
  if (const auto mentions = object.find("mentions"); mentions != object.end() && mentions->is_array()) {
    for (const auto& work : *mentions) {
      if (work.is_object() && work.value("title", nlohmann::json()).is_string()) {
        review.mentions.push_back({work["title"].get<std::string>(), work.value("author", std::string())});
      }
    }
  }
  review.captions = list("captions");
  review.text = text("text");
  return review;
}

std::string suggestions_to_json(const std::string& query, const std::vector<Suggestion>& suggestions, int indent) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& suggestion : suggestions) {
    list.push_back({{"text", suggestion.text}, {"kind", suggestion.kind}, {"reviews", suggestion.reviews}});
  }
  const nlohmann::json object = {{"query", query}, {"suggestions", std::move(list)}};
  return object.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lectern::searcher
