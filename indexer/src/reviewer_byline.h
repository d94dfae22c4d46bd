// The reviewer's credit inside a review's text: a byline under the title ("Reviewed by Ann
// Reader") or a signature closing the review ("— Ann Reader"). Used by boilerplate removal and
// the HTML parser to find the reviewer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lectern::indexer {

// A reviewer's byline: "Reviewed by Ann Reader", "Review by Ann Reader", "Posted by Ann Reader
// on March 3, 2015", "Posted on March 3, 2015 by Ann Reader", "Reviewer: Ann Reader", and the
// same in French, German, Spanish and Italian ("Reseñado por", "Rezensiert von", "Critique
// par", "Recensione di"). A bare "By Ann Reader" counts only as the first segment of a
// segmented line ("By Ann Reader · March 3, 2015 · Rating: ★★★★☆"): alone on a line under a
// title it is as likely the book's author. `date` is ISO (see normalize_date) or empty;
// `rating` comes from a segment such as "Our rating: 4/5".
struct Byline {
  std::string reviewer;
  std::string date;
  std::optional<double> rating;
};

// The byline a short line holds, or nullopt when the line is not one (long lines are prose;
// the name must look like a name).
std::optional<Byline> parse_byline(std::string_view line);

// A signature closing a review: "— Ann Reader", "-- Ann Reader", "– A. Reader, March 2015".
// The name must look like a name; a date after a comma fills `date`. Whether the line really
// closes the review (it is the last line, not a quotation's attribution) is the caller's call.
std::optional<Byline> parse_signature(std::string_view line);

}  // namespace lectern::indexer
