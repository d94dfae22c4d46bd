// The spans of years that words around a number denote: parts of decades and centuries
// ("the early 1930s", "the second half of the"), centuries, and BC/AD markers.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "lectern/common/review.h"
#include "period/layout.h"

namespace lectern::indexer::period_detail {

// Where a part of a decade or century begins and ends, as fractions of its length.
struct Part {
  double from = 0;
  double to = 1;
};

// "early", "mid", "late", "first half of the", "second half of the", "end of the",
// "beginning of the" in the tokens before index `first`; nullopt when there is none.
std::optional<Part> part_before(const std::vector<Token>& tokens, std::size_t first);

// That part of `span`, in whole years: the early 1930s are 1930-1932.
YearSpan apply_part(const YearSpan& span, const Part& part);

// The years of the `century`th century, AD or BC: the 19th is 1800-1899, the 1st BC -100 to -1.
YearSpan century_span(int century, bool bc);

// An era marker: BC (-1) or AD (+1), 0 for none, and the bytes it covers.
struct EraMarker {
  int era = 0;
  std::size_t length = 0;
};

// The era marker at `pos` in folded text, after any spaces ("44 bc", "ad 14", "v. chr.").
EraMarker era_marker_at(std::string_view text, std::size_t pos);

}  // namespace lectern::indexer::period_detail
