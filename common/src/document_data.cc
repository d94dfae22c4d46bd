#include "lectern/common/document_data.h"

#include <nlohmann/json.hpp>

#include "lectern/common/schema.h"

namespace lectern {
namespace {

using nlohmann::json;
namespace key = schema::data_key;

void put_string(json& object, std::string_view name, const std::string& value) {
  if (!value.empty()) object[std::string(name)] = value;
}

void put_list(json& object, std::string_view name, const std::vector<std::string>& values) {
  if (!values.empty()) object[std::string(name)] = values;
}

std::string get_string(const json& object, std::string_view name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> get_list(const json& object, std::string_view name) {
  std::vector<std::string> values;
  auto it = object.find(name);
  if (it == object.end() || !it->is_array()) return values;
  for (const auto& item : *it) {
    if (item.is_string()) values.push_back(item.get<std::string>());
  }
  return values;
}

}  // namespace

std::string encode_document_data(const Review& review) {
  json object = json::object();
  put_string(object, key::kId, review.id);
  put_string(object, key::kPath, review.path);
  put_string(object, key::kFormat, review.format);
  put_string(object, key::kTitle, review.title);
  put_list(object, key::kAuthors, review.authors);
  put_list(object, key::kEditors, review.editors);
  put_list(object, key::kTranslators, review.translators);
  put_list(object, key::kIllustrators, review.illustrators);
  put_string(object, key::kReviewer, review.reviewer);
  put_string(object, key::kDate, review.date);
  if (review.rating) object[std::string(key::kRating)] = *review.rating;
  if (review.period) {
    object[std::string(key::kPeriod)] = {{"start", review.period->start}, {"end", review.period->end}};
  }
  put_string(object, key::kLanguage, review.language);
  put_string(object, key::kUrl, review.url);
  put_list(object, key::kTags, review.tags);
  if (!review.mentions.empty()) {
    json mentions = json::array();
    for (const auto& work : review.mentions) {
      mentions.push_back({{"title", work.title}, {"author", work.author}});
    }
    object[std::string(key::kMentions)] = std::move(mentions);
  }
  put_list(object, key::kCaptions, review.captions);
  put_string(object, key::kText, review.text);
  // Replace invalid UTF-8 rather than throw: the indexer validates text, but stored data must
  // never make encoding fail.
  return object.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<Review> decode_document_data(std::string_view data) {
  json object = json::parse(data, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded() || !object.is_object()) {
    return Error::corruption("document data is not a JSON object; rebuild the index with `lectern index --full`");
  }
  Review review;
  review.id = get_string(object, key::kId);
  review.path = get_string(object, key::kPath);
  review.format = get_string(object, key::kFormat);
  review.title = get_string(object, key::kTitle);
  review.authors = get_list(object, key::kAuthors);
  review.editors = get_list(object, key::kEditors);
  review.translators = get_list(object, key::kTranslators);
  review.illustrators = get_list(object, key::kIllustrators);
  review.reviewer = get_string(object, key::kReviewer);
  review.date = get_string(object, key::kDate);
  if (auto it = object.find(key::kRating); it != object.end() && it->is_number()) {
    review.rating = it->get<double>();
  }
  if (auto it = object.find(key::kPeriod); it != object.end() && it->is_object()) {
    const auto& start = (*it)["start"];
    const auto& end = (*it)["end"];
    if (start.is_number_integer() && end.is_number_integer()) {
      review.period = YearSpan{start.get<int>(), end.get<int>()};
    }
  }
  review.language = get_string(object, key::kLanguage);
  review.url = get_string(object, key::kUrl);
  review.tags = get_list(object, key::kTags);
  if (auto it = object.find(key::kMentions); it != object.end() && it->is_array()) {
    for (const auto& item : *it) {
      if (!item.is_object()) continue;
      review.mentions.push_back({get_string(item, "title"), get_string(item, "author")});
    }
  }
  review.captions = get_list(object, key::kCaptions);
  review.text = get_string(object, key::kText);
  return review;
}

}  // namespace lectern
