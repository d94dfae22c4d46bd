// How values become boolean terms, shared by the indexer (which writes them) and the searcher
// (which filters on them), so that both spell every term the same way.
#pragma once

#include <string>
#include <string_view>

#include "lectern/common/review.h"

namespace lectern::terms {

// prefix + value, or prefix + a cut of the value + '#' + a hash when the whole would pass
// Xapian's term length limit (schema::kMaxTermBytes).
std::string bounded_term(std::string_view prefix, std::string_view value);

// A filter term for an exact value, folded (lower case, no diacritics) so that
// `--author "helen dunmore"` matches "Helen Dunmore": "XAhelen dunmore".
std::string exact_term(std::string_view prefix, std::string_view value);

// The decade term for a year: "XD1940" for 1941; "XD-0050" for 44 BC. Zero-padded so that
// decade terms sort in year order.
std::string decade_term(int year);

// The first year of the decade containing `year` (floor: -44 -> -50).
int decade_of(int year);

// The key that identifies a work across reviews: folded title without a leading article,
// '|', folded surname of the first author. "The Betrayal", "Helen Dunmore" -> "betrayal|dunmore".
std::string work_key(std::string_view title, std::string_view first_author);

}  // namespace lectern::terms
