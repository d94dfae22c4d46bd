// The period filter: reviews whose historical period overlaps the years the user named, as
// years, decades, centuries or eras. Shared by `period:` in the query language and
// Filters::period.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "lectern/common/result.h"
#include "lectern/common/review.h"

namespace lectern::searcher {

// The years one bound of a period covers: "1942" -> 1942..1942, "1940s" (or "1940's")
// -> 1940..1949, "44BC" / "44BCE" / "-44" -> -44..-44, "AD14" / "14AD" / "14CE" -> 14..14,
// "19th-century" / "19th century" / "19thc" -> 1800..1899, "5th-century-BC" -> -500..-401,
// an era of the gazetteer (eras.h) -> its years. Letters are case-insensitive. nullopt when
// the text is none of these.
std::optional<YearSpan> parse_period_bound(std::string_view text);

// Documents whose stored period [start, end] overlaps [first, last]: start <= last AND
// end >= first. An absent bound leaves that side open. Documents without a period never match.
Xapian::Query period_overlap_query(std::optional<int> first, std::optional<int> last);

// "A..B", "A..", "..B" or "A", each bound as parse_period_bound reads it; bounds the wrong way
// round are swapped. kInvalidArgument, saying what a period may be, for anything else.
Result<Xapian::Query> period_query(std::string_view spec);

// Splits "A..B" at its first "..": {"A", "B"}; nullopt when there is no "..".
std::optional<std::pair<std::string_view, std::string_view>> split_range(std::string_view spec);

}  // namespace lectern::searcher
