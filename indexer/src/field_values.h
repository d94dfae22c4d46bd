// Normalising metadata values as they appear in front matter, JSON keys, meta tags and
// `key: value` header lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lectern::indexer {

// "4/5", "4 out of 5", "8/10", "★★★★☆", "4.5 stars", "4" -> a rating on a 0..5 scale.
// `best` is the scale's maximum when known (JSON-LD bestRating), else inferred (5 by default).
std::optional<double> parse_rating(std::string_view text, std::optional<double> best = std::nullopt);

// "2015-03-03", "2015-03-03T10:00:00Z", "March 3, 2015", "3 March 2015", "2015/03/03",
// "March 2015", "2015" -> ISO "2015-03-03" / "2015-03" / "2015"; nullopt when not a date.
std::optional<std::string> normalize_date(std::string_view text);

}  // namespace lectern::indexer
