// The filters on stored values and boolean terms other than the period: rating, review date,
// decade and work. Each reads a spec as typed after `rating:`, `date:`, `decade:`, `work:` or
// given in Filters, and returns the query that keeps the matching reviews, or kInvalidArgument
// with a reason that starts "wants ..." (the caller names the field in front of it).
#pragma once

#include <string_view>

#include <xapian.h>

#include "lectern/common/result.h"

namespace lectern::searcher {

// "4..5", "4..", "..3", "4.5": ratings from 0 to 5, inclusive (schema::kSlotRating).
Result<Xapian::Query> rating_query(std::string_view spec);

// "2010-01-01..2015-12-31", "2012" (all of 2012), "2012-05..", "..2015-06": review dates,
// inclusive; a bound without a month or day covers the whole year or month, and a range from
// the first of a month or year keeps reviews dated only by that month or year
// (schema::kSlotDate, which stores YYYYMMDD with missing parts as 00).
Result<Xapian::Query> date_query(std::string_view spec);

// "1940s", "1942" (its decade), "1930s..1950s", an era or a century: the decade terms
// (schema::kPrefixDecade) of every decade in the range.
Result<Xapian::Query> decade_query(std::string_view spec);

// "the betrayal": every work of that title, by any author (the kPrefixWork terms that start
// with the folded title without its article, then "|"); "betrayal|dunmore": that work key.
Result<Xapian::Query> work_query(std::string_view spec);

}  // namespace lectern::searcher
