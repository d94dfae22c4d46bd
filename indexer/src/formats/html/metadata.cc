#include "formats/html/metadata.h"

#include <algorithm>

#include "field_values.h"
#include "formats/html/dom.h"
#include "lectern/common/text.h"

namespace lectern::indexer::html {

std::string language_code(std::string_view value) {
  value = text::trim(value);
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (value.size() < 2 || !letter(value[0]) || !letter(value[1])) return {};
  if (value.size() > 2 && value[2] != '-' && value[2] != '_') return {};
  return ascii_lower(value.substr(0, 2));
}

std::string normalized_date(std::string_view value) {
  const std::string cleaned = text::clean_field(value);
  if (cleaned.empty()) return {};
  return normalize_date(cleaned).value_or("");
}

void add_unique(std::vector<std::string>& values, std::string value) {
  if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) values.push_back(std::move(value));
}

}  // namespace lectern::indexer::html
