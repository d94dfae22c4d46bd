#include "lectern/common/document_data.h"

#include <limits>
#include <optional>

#include <nlohmann/json.hpp>
#include <simdjson.h>

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

namespace {

// Decoding is read with simdjson, encoding written with nlohmann: every hit of every search
// decodes a review's data, the whole text with it, and nlohmann's parser, a character at a
// time, was a tenth of a search's time; simdjson reads the same JSON many times faster.
namespace dom = simdjson::dom;

std::string string_of(dom::element value) {
  std::string_view text;
  return value.get_string().get(text) == simdjson::SUCCESS ? std::string(text) : std::string();
}

std::vector<std::string> list_of(dom::element value) {
  std::vector<std::string> values;
  dom::array items;
  if (value.get_array().get(items) != simdjson::SUCCESS) return values;
  for (dom::element item : items) {
    std::string_view text;
    if (item.get_string().get(text) == simdjson::SUCCESS) values.emplace_back(text);
  }
  return values;
}

std::optional<int> int_of(dom::element value) {
  std::int64_t number = 0;
  if (value.get_int64().get(number) != simdjson::SUCCESS) return std::nullopt;
  if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) return std::nullopt;
  return static_cast<int>(number);
}

}  // namespace

Result<Review> decode_document_data(std::string_view data) {
  thread_local dom::parser parser;  // keeps its buffers from one review to the next
  dom::object object;
  if (parser.parse(data.data(), data.size()).get_object().get(object) != simdjson::SUCCESS) {
    return Error::corruption("document data is not a JSON object; rebuild the index with `lectern index --full`");
  }
  Review review;
  for (dom::key_value_pair field : object) {
    const std::string_view name = field.key;
    const dom::element value = field.value;
    if (name == key::kId) review.id = string_of(value);
    else if (name == key::kPath) review.path = string_of(value);
    else if (name == key::kFormat) review.format = string_of(value);
    else if (name == key::kTitle) review.title = string_of(value);
    else if (name == key::kAuthors) review.authors = list_of(value);
    else if (name == key::kEditors) review.editors = list_of(value);
    else if (name == key::kTranslators) review.translators = list_of(value);
    else if (name == key::kIllustrators) review.illustrators = list_of(value);
    else if (name == key::kReviewer) review.reviewer = string_of(value);
    else if (name == key::kDate) review.date = string_of(value);
    else if (name == key::kLanguage) review.language = string_of(value);
    else if (name == key::kUrl) review.url = string_of(value);
    else if (name == key::kTags) review.tags = list_of(value);
    else if (name == key::kCaptions) review.captions = list_of(value);
    else if (name == key::kText) review.text = string_of(value);
    else if (name == key::kRating) {
      double rating = 0;
      if (value.get_double().get(rating) == simdjson::SUCCESS) review.rating = rating;
    } else if (name == key::kPeriod) {
      dom::element start;
      dom::element end;
      if (!value.is_object() || value["start"].get(start) != simdjson::SUCCESS ||
          value["end"].get(end) != simdjson::SUCCESS) {
        continue;
      }
      const std::optional<int> first = int_of(start);
      const std::optional<int> last = int_of(end);
      if (first && last) review.period = YearSpan{*first, *last};
    } else if (name == key::kMentions) {
      dom::array items;
      if (value.get_array().get(items) != simdjson::SUCCESS) continue;
      for (dom::element item : items) {
        if (!item.is_object()) continue;
        dom::element title;
        dom::element author;
        review.mentions.push_back({item["title"].get(title) == simdjson::SUCCESS ? string_of(title) : std::string(),
                                   item["author"].get(author) == simdjson::SUCCESS ? string_of(author) : std::string()});
      }
    }
  }
  return review;
}

}  // namespace lectern
