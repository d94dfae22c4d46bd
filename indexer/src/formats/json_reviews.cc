// JSON and JSON Lines review exports: one object per review, with keys Lectern knows by
// default (title, author, reviewer, date, rating, period, language, url, tags, text) or that a
// --field-map renames.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "boilerplate.h"
#include "field_values.h"
#include "formats/format_parsers.h"
#include "formats/markup_fragment.h"
#include "lectern/common/text.h"
#include "names.h"
#include "period.h"
#include "provenance.h"
#include "review_fields.h"
#include "time_budget.h"

namespace lectern::indexer {
namespace {

using nlohmann::json;

// Years beyond this are typos or not years; a period is never invented from them.
constexpr long long kMaxAbsYear = 9999;




// ----- finding values -----

// `key` in `object`; a dotted key ("book.title") walks nested objects when no member has
// that literal name. Null counts as absent.
const json* lookup(const json& object, const std::string& key) {
  const auto found = object.find(key);
  if (found != object.end()) return found->is_null() ? nullptr : &*found;
  if (key.find('.') == std::string::npos) return nullptr;
  const json* current = &object;
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t dot = std::min(key.find('.', start), key.size());
    if (!current->is_object()) return nullptr;
    const auto part = current->find(key.substr(start, dot - start));
    if (part == current->end()) return nullptr;
    current = &*part;
    if (dot == key.size()) return current->is_null() ? nullptr : current;
    start = dot + 1;
  }
  return nullptr;
}


// Review text as exports write it: a string, an array of paragraphs, or an object of sections
// ({"summary": "...", "verdict": "..."}), joined into paragraphs; empty when none of it is text.
std::string text_value(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  std::string joined;
  auto add = [&joined](const json& part) {
    const std::string piece = text_value(part);
    if (text::trim(piece).empty()) return;
    if (!joined.empty()) joined += "\n\n";
    joined += piece;
  };
  if (value.is_array()) {
    for (const json& part : value) add(part);
  } else if (value.is_object()) {
    for (const auto& part : value.items()) add(part.value());
  }
  return joined;
}

bool is_text(const json& value) { return !text::trim(text_value(value)).empty(); }

// The value of a Lectern field: the key the field map names for it, else the first default
// key present (and, for text, holding a non-empty string).
const json* field(const json& object, const FieldMap& field_map, const std::string& name,
                  std::initializer_list<std::string_view> defaults, bool (*usable)(const json&) = nullptr) {
  if (const auto mapped = field_map.find(name); mapped != field_map.end()) {
    const json* value = lookup(object, mapped->second);
    return value != nullptr && (usable == nullptr || usable(*value)) ? value : nullptr;
  }
  for (std::string_view key : defaults) {
    const auto found = object.find(key);
    if (found == object.end() || found->is_null()) continue;
    if (usable == nullptr || usable(*found)) return &*found;
  }
  return nullptr;
}

// ----- converting values -----

std::string number_text(const json& value) {
  if (value.is_number_integer()) return value.dump();
  const double number = value.get<double>();
  std::array<char, 64> buffer{};
  const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
  return error == std::errc() ? std::string(buffer.data(), end) : value.dump();
}

// A string, or a number written as text; empty for anything else.
std::string scalar_text(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return number_text(value);
  return {};
}

void add_unique(std::vector<std::string>& values, std::string value) {
  if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) values.push_back(std::move(value));
}

// "Helen Dunmore", "A; B", "A and B". A comma alone does not split: "Mantel, Hilary" is one
// person.
std::vector<std::string> names_from_string(std::string_view value) {
  std::vector<std::string> names;
  if (value.find(';') != std::string_view::npos) {
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t semicolon = std::min(value.find(';', start), value.size());
      add_unique(names, text::clean_field(value.substr(start, semicolon - start)));
      start = semicolon + 1;
    }
  } else if (value.find(" and ") != std::string_view::npos || value.find(" & ") != std::string_view::npos) {
    for (std::string& name : split_names(text::clean_field(value))) add_unique(names, std::move(name));
  } else {
    add_unique(names, text::clean_field(value));
  }
  return names;
}

// A string, an array of strings, or objects with a "name".
std::vector<std::string> names_of(const json& value) {
  std::vector<std::string> names;
  const auto add_one = [&names](const json& item) {
    if (item.is_string()) {
      for (std::string& name : names_from_string(item.get_ref<const std::string&>())) add_unique(names, std::move(name));
    } else if (item.is_object()) {
      const auto name = item.find("name");
      if (name != item.end() && name->is_string()) add_unique(names, text::clean_field(name->get_ref<const std::string&>()));
    }
  };
  if (value.is_array()) {
    for (const json& item : value) add_one(item);
  } else {
    add_one(value);
  }
  return names;
}

std::vector<std::string> tags_of(const json& value) {
  std::vector<std::string> tags;
  if (value.is_array()) {
    for (const json& item : value) add_unique(tags, text::clean_field(scalar_text(item)));
  } else if (value.is_string()) {
    const std::string& list = value.get_ref<const std::string&>();
    std::size_t start = 0;
    while (start <= list.size()) {
      const std::size_t comma = std::min(list.find_first_of(",;", start), list.size());
      add_unique(tags, text::clean_field(std::string_view(list).substr(start, comma - start)));
      start = comma + 1;
    }
  }
  return tags;
}

std::optional<double> rating_of(const json& value) {
  if (value.is_number() || value.is_string()) {
    const std::string rating = text::clean_field(scalar_text(value));
    return rating.empty() ? std::nullopt : parse_rating(rating);
  }
  if (value.is_object()) {  // {"value": 8, "best": 10}
    const json* rating = lookup(value, "value");
    if (rating == nullptr) rating = lookup(value, "ratingValue");
    const json* best = lookup(value, "best");
    if (best == nullptr) best = lookup(value, "bestRating");
    if (rating == nullptr || !(rating->is_number() || rating->is_string())) return std::nullopt;
    std::optional<double> scale;
    if (best != nullptr && best->is_number() && best->get<double>() > 0) scale = best->get<double>();
    return parse_rating(text::clean_field(scalar_text(*rating)), scale);
  }
  return std::nullopt;
}

// One end of a period: a year as a number, or a string such as "44 BC".
std::optional<YearSpan> year_of(const json& value) {
  if (value.is_number()) {
    const double year = value.get<double>();
    if (!std::isfinite(year) || std::abs(year) > static_cast<double>(kMaxAbsYear) || year != std::trunc(year)) {
      return std::nullopt;
    }
    return YearSpan{static_cast<int>(year), static_cast<int>(year)};
  }
  if (value.is_string()) return parse_period_value(text::clean_field(value.get_ref<const std::string&>()));
  return std::nullopt;
}

std::optional<YearSpan> span_of(const json* start, const json* end) {
  const std::optional<YearSpan> from = start != nullptr ? year_of(*start) : std::nullopt;
  const std::optional<YearSpan> to = end != nullptr ? year_of(*end) : std::nullopt;
  if (!from && !to) return std::nullopt;
  YearSpan span{from ? from->start : to->start, to ? to->end : from->end};
  if (span.start > span.end) std::swap(span.start, span.end);
  return span;
}

// "1941-1944", 1952, {"start": 1941, "end": 1944}, [1941, 1944].
std::optional<YearSpan> period_of(const json& value) {
  if (value.is_string() || value.is_number()) return year_of(value);
  if (value.is_object()) {
    const json* start = lookup(value, "start");
    if (start == nullptr) start = lookup(value, "from");
    const json* end = lookup(value, "end");
    if (end == nullptr) end = lookup(value, "to");
    return span_of(start, end);
  }
  if (value.is_array() && !value.empty() && value.size() <= 2) {
    return span_of(&value.front(), &value.back());
  }
  return std::nullopt;
}

// "en", "en-GB", "EN", "English" -> "en"; empty when not recognised.
std::string language_of(const json& value) {
  return value.is_string() ? normalize_language(value.get_ref<const std::string&>()) : std::string();
}

// A JSON value as a raw metadata value for the field normaliser.
RawValue raw_value(const json& value) {
  RawValue raw;
  if (value.is_string()) {
    raw.scalar = value.get<std::string>();
  } else if (value.is_number() || value.is_boolean()) {
    raw.scalar = value.dump();
  } else if (value.is_array()) {
    for (const json& item : value) raw.items.push_back(raw_value(item));
  } else if (value.is_object()) {
    for (const auto& item : value.items()) raw.members.emplace_back(item.key(), raw_value(item.value()));
  }
  return raw;
}

// ----- reviews -----

std::string field_string(const json& object, const FieldMap& field_map, const std::string& name,
                         std::initializer_list<std::string_view> defaults) {
  const json* value = field(object, field_map, name, defaults);
  return value != nullptr ? text::clean_field(scalar_text(*value)) : std::string();
}

// The review an object describes; nullopt when it has neither a title nor text.
std::optional<Review> review_from_object(const json& object, const ExtractOptions& options) {
  const FieldMap& map = options.field_map;
  Review review;
  review.title = field_string(object, map, "title", {"title"});
  std::string body;
  if (const json* text = field(object, map, "text", {"text", "body", "review", "content", "reviewText", "review_text"}, is_text)) {
    body = text_from_markup_fragment(text_value(*text));
  }

  if (const json* authors = field(object, map, "author", {"author", "authors"})) review.authors = names_of(*authors);
  if (const json* editors = field(object, {}, "", {"editor", "editors"})) review.editors = names_of(*editors);
  if (const json* translators = field(object, {}, "", {"translator", "translators"})) review.translators = names_of(*translators);
  if (const json* illustrators = field(object, {}, "", {"illustrator", "illustrators"})) review.illustrators = names_of(*illustrators);
  if (const json* reviewer = field(object, map, "reviewer", {"reviewer"})) {
    const std::vector<std::string> names = names_of(*reviewer);
    for (const std::string& name : names) review.reviewer += (review.reviewer.empty() ? "" : ", ") + name;
  }
  if (const std::string date = field_string(object, map, "date", {"date"}); !date.empty()) {
    review.date = normalize_date(date).value_or("");
  }
  if (const json* rating = field(object, map, "rating", {"rating"})) review.rating = rating_of(*rating);
  if (const json* period = field(object, map, "period", {"period"})) review.period = period_of(*period);
  if (const json* language = field(object, map, "language", {"language", "lang"})) review.language = language_of(*language);
  if (!options.language.empty()) review.language = options.language;
  review.url = field_string(object, map, "url", {"url"});
  if (const json* tags = field(object, map, "tags", {"tags"})) review.tags = tags_of(*tags);
  // Keys the JSON defaults do not name still mean what they mean in every other format
  // (`bookTitle`, `Date Read`, `book: {author}`); what was found above wins.
  // The keys read above, with their own type rules, are not read twice.
  static constexpr std::string_view kReadAbove[] = {
      "title",  "author", "authors", "editor", "editors", "translator", "translators", "illustrator",
      "illustrators", "reviewer", "date", "rating", "period", "language", "lang", "url", "tags", "text", "body",
      "review", "content", "reviewText", "review_text"};
  FieldCollector others(map);
  for (const auto& item : object.items()) {
    const bool read_above = std::find(std::begin(kReadAbove), std::end(kReadAbove), item.key()) != std::end(kReadAbove);
    bool mapped = false;
    for (const auto& [field, key] : map) mapped = mapped || key == item.key();
    if (!read_above && !mapped) others.add(item.key(), raw_value(item.value()));
  }
  Review from_keys;
  others.fill(from_keys);
  fill_missing(review, from_keys);
  credit_set_fields(review, "JSON keys");
  if (body.empty() && !others.text().empty()) body = text_from_markup_fragment(others.text());
  if (review.title.empty() && body.empty()) return std::nullopt;
  if (body.empty()) {
    // Indexed by its title alone; the text may sit under a key nobody told Lectern about: say
    // so when some text-valued key meant nothing to Lectern.
    std::string keys;
    bool unknown_text = false;
    for (const auto& item : object.items()) {
      keys += (keys.empty() ? "" : ", ") + item.key();
      const bool read_above = std::find(std::begin(kReadAbove), std::end(kReadAbove), item.key()) != std::end(kReadAbove);
      if (!read_above && item.value().is_string() && meaning_of_key(item.key()).field == Field::kNone) unknown_text = true;
    }
    if (unknown_text) {
      review.warnings.push_back("`" + review.title + "` has no review text under the keys Lectern knows (keys: " + keys +
                                "); name the one that holds it with --field-map text=KEY");
    }
  }
  // Exports of blog posts carry the same debris and metadata lines as the pages did; the keys
  // above win over what the text says.
  FieldSources sources(review);
  read_review_body(body, review);
  sources.credit(review, "text");
  return review;
}

// nlohmann's message without its "[json.exception.parse_error.101] " prefix, plus the byte.
std::string describe(const json::exception& error) {
  std::string_view message = error.what();
  if (!message.empty() && message.front() == '[') {
    const std::size_t close = message.find("] ");
    if (close != std::string_view::npos) message.remove_prefix(close + 2);
  }
  std::string result = "invalid JSON: " + std::string(message);
  if (const auto* parse_error = dynamic_cast<const json::parse_error*>(&error)) {
    result += " (byte " + std::to_string(parse_error->byte) + ")";
  }
  return result;
}

Result<json> parse_document(std::string_view utf8) {
  try {
    return json::parse(utf8);
  } catch (const json::exception& error) {
    return Error::invalid_argument(describe(error));
  }
}

// Why a file of objects gave no review, naming the keys it does have so that the user can map
// them: exports from other tools name their fields in their own way.
std::string keys_of(const json& object) {
  constexpr std::size_t kKeysShown = 8;
  std::string keys;
  std::size_t shown = 0;
  for (const auto& item : object.items()) {
    if (shown++ == kKeysShown) {
      keys += ", ...";
      break;
    }
    keys += (keys.empty() ? "`" : ", `") + item.key() + "`";
  }
  return keys.empty() ? "none" : keys;
}

// The array of review objects an export wraps ({"reviews": [...]}, {"data": {"items": [...]}}):
// the first array of objects found breadth-first among the members, two levels deep at most.
const json* wrapped_array(const json& object, int depth = 0) {
  for (const auto& item : object.items()) {
    const json& value = item.value();
    if (value.is_array() && !value.empty() && value.front().is_object()) return &value;
  }
  if (depth >= 1) return nullptr;
  for (const auto& item : object.items()) {
    if (item.value().is_object()) {
      if (const json* found = wrapped_array(item.value(), depth + 1)) return found;
    }
  }
  return nullptr;
}

// Objects of an array that give no review are reported on the reviews that were found, never
// dropped in silence.
void report_unindexed(std::vector<Review>& reviews, const std::vector<std::string>& notes) {
  if (notes.empty() || reviews.empty()) return;
  for (Review& review : reviews) review.warnings.insert(review.warnings.end(), notes.begin(), notes.end());
}

Error no_review_in(const json& first_object) {
  constexpr std::size_t kKeysShown = 8;
  std::string keys;
  std::size_t shown = 0;
  for (const auto& item : first_object.items()) {
    if (shown++ == kKeysShown) {
      keys += ", ...";
      break;
    }
    keys += (keys.empty() ? "`" : ", `") + item.key() + "`";
  }
  return Error::unsupported("no object has a title or a review text (keys found: " + (keys.empty() ? "none" : keys) +
                            "); name the keys with --field-map, e.g. --field-map title=KEY,text=KEY");
}

}  // namespace

Result<std::vector<Review>> parse_json(std::string_view utf8, const ExtractOptions& options) {
  auto document = parse_document(utf8);
  if (!document) return document.error();
  const json* items = &*document;
  // {"reviews": [...]} is how many exports wrap their array; others nest it deeper.
  if (items->is_object() && !review_from_object(*items, options)) {
    if (const json* wrapped = wrapped_array(*items)) items = wrapped;
  }
  std::vector<Review> reviews;
  if (items->is_object()) {
    auto review = review_from_object(*items, options);
    if (!review) return no_review_in(*items);
    reviews.push_back(std::move(*review));
    return reviews;
  }
  if (!items->is_array()) return Error::invalid_argument("expected a JSON object or an array of objects");
  const json* first_object = nullptr;
  std::vector<std::string> unindexed;
  std::size_t index = 0;
  for (const json& item : *items) {
    check_time_budget();
    const std::size_t position = index++;
    if (!item.is_object()) {  // one odd element does not cost the rest of the file
      unindexed.push_back("element " + std::to_string(position) + " is not an object; it was skipped");
      continue;
    }
    if (!first_object) first_object = &item;
    if (auto review = review_from_object(item, options)) {
      reviews.push_back(std::move(*review));
    } else {
      unindexed.push_back("element " + std::to_string(position) + " has no title or review text (keys " + keys_of(item) +
                          "); it was skipped: name its keys with --field-map");
    }
  }
  if (!items->empty() && !first_object) return Error::invalid_argument("expected a JSON object or an array of objects");
  if (reviews.empty() && first_object) return no_review_in(*first_object);
  report_unindexed(reviews, unindexed);
  return reviews;
}

Result<std::vector<Review>> parse_jsonl(std::string_view utf8, const ExtractOptions& options) {
  std::vector<Review> reviews;
  std::optional<json> first_object;  // the first object that gave no review, for the message
  std::optional<Error> first_error;  // the first bad line, for a file with no good one
  std::vector<std::string> unindexed;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < utf8.size()) {
    const std::size_t newline = std::min(utf8.find('\n', start), utf8.size());
    const std::string_view line = utf8.substr(start, newline - start);
    start = newline + 1;
    ++line_number;
    if (text::trim(line).empty()) continue;
    // A bad line costs itself, not the file: it is skipped and reported with its number.
    auto object = parse_document(line);
    if (!object) {
      if (!first_error) first_error = Error::invalid_argument("line " + std::to_string(line_number) + ": " + object.error().message);
      unindexed.push_back("line " + std::to_string(line_number) + " is not valid JSON (" + object.error().message +
                          "); it was skipped");
      continue;
    }
    if (!object->is_object()) {
      const std::string found = std::string(object->type_name() == std::string_view("array") ? "an " : "a ") + object->type_name();
      if (!first_error) first_error = Error::invalid_argument("line " + std::to_string(line_number) + ": expected a JSON object, found " + found);
      unindexed.push_back("line " + std::to_string(line_number) + " is " + found + ", not an object; it was skipped");
      continue;
    }
    if (auto review = review_from_object(*object, options)) {
      reviews.push_back(std::move(*review));
    } else {
      unindexed.push_back("line " + std::to_string(line_number) + " has no title or review text (keys " + keys_of(*object) +
                          "); it was skipped: name its keys with --field-map");
      if (!first_object) first_object = std::move(*object);
    }
  }
  if (reviews.empty() && first_error) return *first_error;
  if (reviews.empty() && first_object) return no_review_in(*first_object);
  report_unindexed(reviews, unindexed);
  return reviews;
}

}  // namespace lectern::indexer
