// What an HTML page says about its review outside the article text, and the small value
// normalisations its sources share. JSON-LD fills it first (json_ld.h); the page's own tags
// and headings fill what is still empty (page_metadata.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::indexer::html {

struct Metadata {
  std::string title;
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::vector<std::string> translators;
  std::vector<std::string> illustrators;
  std::string reviewer;
  std::string date;
  std::optional<double> rating;
  std::string language;
  std::string url;
  std::vector<std::string> tags;
  std::string review_body;  // JSON-LD reviewBody, raw: used when the page shows no text
};

// "fr", "fr-CA", "en_GB" -> the ISO 639-1 code; anything else -> empty.
std::string language_code(std::string_view value);

// A date in any form normalize_date reads, as ISO; empty when it is not a date.
std::string normalized_date(std::string_view value);

// Appends `value` unless it is empty or already there.
void add_unique(std::vector<std::string>& values, std::string value);

}  // namespace lectern::indexer::html
