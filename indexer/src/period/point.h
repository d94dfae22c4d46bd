// One side of a period written in metadata ("1941", "44 bc", "the 1930s", "19th century"),
// and the split of a range into its sides.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "lectern/common/review.h"

namespace lectern::indexer::period_detail {

// One side of a metadata period: "1941", "44 bc", "ad 14", "1930s", "19th century",
// "nineteenth century", "the early 1500s", "44" (an abbreviation the caller resolves).
struct Point {
  YearSpan span;
  int era = 0;             // -1 BC, +1 AD, 0 unstated
  std::size_t digits = 0;  // of a plain number, for "1941-44"
  bool plain = false;      // a bare number, no decade or century
};

// The point `text` (folded) names; nullopt when it names none.
std::optional<Point> parse_point(std::string_view text);

// Splits "a-b", "a to b", "between a and b", "from a until b" into its sides; the second is
// empty when `text` is no range.
std::pair<std::string_view, std::string_view> split_range(std::string_view text);

}  // namespace lectern::indexer::period_detail
