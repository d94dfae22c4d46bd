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

// A rating stated in a line of review text, on a 0..5 scale.
struct RatingInText {
  double rating = 0;
  // The line says nothing but the rating ("Rating: 4/5", "★★★★☆"), so it is metadata and can
  // leave the text; false when the rating is one sentence of a longer line.
  bool whole_line = false;
};

// Finds a rating in one line of body text. Two shapes count, each as a whole sentence of the
// line (sentences end in ". ", "! ", "? "):
//  - a label and a value: "Rating: 4/5", "My rating: ★★★★☆", "Voto: 5/5", "Valoración: 5/5",
//    "Note : 5/5", "Bewertung: 4/5", "**Rating:** four out of five" (the value may be followed
//    by a comment: "My rating: five stars, without hesitation");
//  - a value that cannot be anything else: star glyphs ("★★★★☆", "★★★½"), "4 out of 5 stars",
//    "Four stars out of five", "4.5 stars", "4/5" or "8/10" alone.
// Numbers in prose ("3 out of 4 soldiers", "in 1942/43", "five-star hotel") are not ratings.
// Returns nullopt when the line states no rating.
std::optional<RatingInText> find_rating_in_line(std::string_view line);

// "2015-03-03", "2015-03-03T10:00:00Z", "March 3, 2015", "3 March 2015", "2015/03/03",
// "March 2015", "2015" -> ISO "2015-03-03" / "2015-03" / "2015"; nullopt when not a date.
std::optional<std::string> normalize_date(std::string_view text);

}  // namespace lectern::indexer
