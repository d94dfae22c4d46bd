// The period of history a review's work covers, as a span of years (BC negative).
#pragma once

#include <optional>
#include <string_view>

#include "lectern/common/review.h"

namespace lectern::indexer {

// A period given explicitly in metadata: "1941-1944", "1941–44", "1930s", "44 BC-14",
// "1952", "19th century". nullopt when the value is not a period.
std::optional<YearSpan> parse_period_value(std::string_view value);

// The span of the years the text mentions: `1952`, `March, 1953`, `the 1930s`, `1941-1944`.
// nullopt when the text mentions no year; never invented.
std::optional<YearSpan> extract_period(std::string_view text);

}  // namespace lectern::indexer
