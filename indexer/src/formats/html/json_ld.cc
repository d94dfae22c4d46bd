#include "formats/html/json_ld.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <nlohmann/json.hpp>

#include "field_values.h"
#include "lectern/common/text.h"

namespace lectern::indexer::html {
namespace {

using nlohmann::json;

// JSON-LD is searched to this depth for Review and Book nodes.
constexpr int kMaxJsonDepth = 32;

// schema.org types may be written "Review", "schema:Review" or "https://schema.org/Review".
bool type_is(const json& node, std::string_view wanted) {
  const auto matches = [wanted](const json& type) {
    if (!type.is_string()) return false;
    std::string_view name = type.get_ref<const std::string&>();
    const std::size_t cut = name.find_last_of("/:");
    if (cut != std::string_view::npos) name.remove_prefix(cut + 1);
    return name == wanted;
  };
  if (!node.is_object()) return false;
  const auto type = node.find("@type");
  if (type == node.end()) return false;
  if (type->is_array()) return std::any_of(type->begin(), type->end(), matches);
  return matches(*type);
}

bool is_review(const json& node) {
  return type_is(node, "Review") || type_is(node, "CriticReview") || type_is(node, "UserReview");
}

bool is_book(const json& node) { return type_is(node, "Book"); }

// Every object in a JSON-LD document, including those inside @graph and nested properties.
void collect_objects(const json& value, int depth, std::vector<const json*>& out) {
  if (depth > kMaxJsonDepth) return;
  if (value.is_object()) {
    out.push_back(&value);
    for (const auto& [key, child] : value.items()) collect_objects(child, depth + 1, out);
  } else if (value.is_array()) {
    for (const auto& child : value) collect_objects(child, depth + 1, out);
  }
}

// A string or number member as text; empty when absent or of another type.
std::string string_of(const json& node, const char* key) {
  if (!node.is_object()) return {};
  const auto found = node.find(key);
  if (found == node.end()) return {};
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number_integer()) return std::to_string(found->get<long long>());
  if (found->is_number()) return found->dump();
  return {};
}

// The parsed scripts of one page, with every object in them and an index of their @ids.
class JsonLd {
 public:
  explicit JsonLd(const std::vector<std::string>& scripts) {
    for (const std::string& script : scripts) {
      std::string_view source = text::trim(script);
      // Old pages hide scripts from ancient browsers inside comments.
      if (source.substr(0, 4) == "<!--") source.remove_prefix(4);
      if (source.size() >= 3 && source.substr(source.size() - 3) == "-->") source.remove_suffix(3);
      json parsed = json::parse(source, nullptr, /*allow_exceptions=*/false);
      if (!parsed.is_discarded()) documents_.push_back(std::move(parsed));
    }
    for (const json& document : documents_) collect_objects(document, 0, objects_);
    for (const json* object : objects_) {
      const auto id = object->find("@id");
      if (id != object->end() && id->is_string() && object->size() > 1) ids_.emplace(id->get<std::string>(), object);
    }
  }

  // The first object, in document order, that `predicate` accepts; null when none does.
  const json* find(bool (*predicate)(const json&)) const {
    for (const json* object : objects_) {
      if (predicate(*object)) return object;
    }
    return nullptr;
  }

  // A reference {"@id": "#book"} stands for the node with that id elsewhere in the graph.
  const json& resolve(const json& value) const {
    if (value.is_object() && value.size() == 1) {
      const auto id = value.find("@id");
      if (id != value.end() && id->is_string()) {
        const auto target = ids_.find(id->get<std::string>());
        if (target != ids_.end()) return *target->second;
      }
    }
    return value;
  }

  // Names from a Person/Organization object, a string, or an array of either.
  std::vector<std::string> names(const json& value) const {
    std::vector<std::string> result;
    const json& node = resolve(value);
    if (node.is_string()) {
      add_unique(result, text::clean_field(node.get_ref<const std::string&>()));
    } else if (node.is_array()) {
      for (const json& item : node) {
        for (std::string& name : names(item)) add_unique(result, std::move(name));
      }
    } else if (node.is_object()) {
      std::string name = string_of(node, "name");
      if (name.empty()) name = text::trim(string_of(node, "givenName") + " " + string_of(node, "familyName"));
      add_unique(result, text::clean_field(name));
    }
    return result;
  }

 private:
  std::vector<json> documents_;
  std::vector<const json*> objects_;  // point into documents_
  std::unordered_map<std::string, const json*> ids_;
};

void read_book(const JsonLd& ld, const json& book, Metadata& meta) {
  meta.title = text::clean_field(string_of(book, "name"));
  for (const auto& [key, target] : {std::pair{"author", &meta.authors}, std::pair{"editor", &meta.editors},
                                    std::pair{"translator", &meta.translators}, std::pair{"illustrator", &meta.illustrators}}) {
    if (book.contains(key)) *target = ld.names(book.at(key));
  }
}

std::optional<double> read_rating(const json& rating) {
  if (rating.is_object()) {
    const std::string value = string_of(rating, "ratingValue");
    const std::string best_text = string_of(rating, "bestRating");
    std::optional<double> best;
    if (!best_text.empty()) {
      char* end = nullptr;
      const double parsed = std::strtod(best_text.c_str(), &end);
      if (end != best_text.c_str() && parsed > 0) best = parsed;
    }
    return value.empty() ? std::nullopt : parse_rating(value, best);
  }
  if (rating.is_string()) return parse_rating(rating.get_ref<const std::string&>());
  if (rating.is_number()) return parse_rating(rating.dump());
  return std::nullopt;
}

// "keywords" is an array of strings or one comma-separated string.
void read_keywords(const json& keywords, std::vector<std::string>& tags) {
  if (keywords.is_array()) {
    for (const json& keyword : keywords) {
      if (keyword.is_string()) add_unique(tags, text::clean_field(keyword.get_ref<const std::string&>()));
    }
  } else if (keywords.is_string()) {
    const std::string& list = keywords.get_ref<const std::string&>();
    std::size_t start = 0;
    while (start <= list.size()) {
      const std::size_t comma = std::min(list.find(',', start), list.size());
      add_unique(tags, text::clean_field(std::string_view(list).substr(start, comma - start)));
      start = comma + 1;
    }
  }
}

void read_review(const JsonLd& ld, const json& review, Metadata& meta) {
  if (const auto item = review.find("itemReviewed"); item != review.end()) {
    const json* book = &ld.resolve(*item);
    if (book->is_array()) {
      const auto first = std::find_if(book->begin(), book->end(), [](const json& node) { return node.is_object(); });
      book = first != book->end() ? &ld.resolve(*first) : nullptr;
    }
    if (book != nullptr && book->is_object()) read_book(ld, *book, meta);
  } else if (const json* book = ld.find(is_book)) {
    read_book(ld, *book, meta);  // a Book whose "review" property holds this Review
  }
  if (review.contains("author")) {
    const std::vector<std::string> reviewers = ld.names(review.at("author"));
    for (const std::string& name : reviewers) meta.reviewer += (meta.reviewer.empty() ? "" : ", ") + name;
  }
  meta.date = normalized_date(string_of(review, "datePublished"));
  if (meta.date.empty()) meta.date = normalized_date(string_of(review, "dateCreated"));
  if (const auto rating = review.find("reviewRating"); rating != review.end()) meta.rating = read_rating(*rating);
  meta.language = language_code(string_of(review, "inLanguage"));
  meta.url = text::clean_field(string_of(review, "url"));
  if (const auto keywords = review.find("keywords"); keywords != review.end()) read_keywords(*keywords, meta.tags);
  meta.review_body = string_of(review, "reviewBody");
}

}  // namespace

Metadata read_json_ld(const std::vector<std::string>& scripts) {
  Metadata meta;
  if (scripts.empty()) return meta;
  try {
    const JsonLd ld(scripts);
    if (const json* review = ld.find(is_review)) {
      read_review(ld, *review, meta);
    } else if (const json* book = ld.find(is_book)) {
      read_book(ld, *book, meta);
    }
  } catch (const json::exception&) {
    return {};  // malformed structured data is ignored, as browsers ignore it
  }
  return meta;
}

}  // namespace lectern::indexer::html
