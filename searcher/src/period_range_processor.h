// The `period:` filter: reviews whose historical period overlaps the years the user typed.
//
// Xapian 1.4's QueryParser looks for a range (`a..b`) before it looks for a field prefix, so a
// token with ".." goes to PeriodRangeProcessor (registered with the prefix "period:") and any
// other `period:` token goes to PeriodFieldProcessor (registered with add_boolean_prefix).
// Both build the same overlap query, so `period:1942` means `period:1942..1942`. Both are
// boolean filters: they restrict the matches and never change a score.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "lectern/common/review.h"

namespace lectern::searcher {

// The years one bound of a period query covers: "1942" -> 1942..1942, "1940s" (or "1940's")
// -> 1940..1949, "44BC" / "44BCE" / "-44" -> -44..-44, "AD14" / "14AD" / "14CE" -> 14..14.
// Letters are case-insensitive. nullopt when the text is none of these.
std::optional<YearSpan> parse_period_bound(std::string_view text);

// Documents whose stored period [start, end] overlaps [first, last]: start <= last AND
// end >= first. An absent bound leaves that side open. Documents without a period never match.
Xapian::Query period_overlap_query(std::optional<int> first, std::optional<int> last);

// Handles `period:A..B`, `period:A..` and `period:..B`. Throws Xapian::QueryParserError when a
// bound is not a year or decade, so that `period:abc..def` is reported to the user instead of
// falling through to the field processor.
class PeriodRangeProcessor : public Xapian::RangeProcessor {
 public:
  PeriodRangeProcessor();
  Xapian::Query operator()(const std::string& begin, const std::string& end) override;
};

// Handles `period:1942`, `period:1940s`, `period:44BC`. For anything else it matches nothing
// and records the error, which the caller must check after parsing: an exception thrown from a
// FieldProcessor leaks memory inside Xapian 1.4's parser (a range processor's does not).
// Owned by the caller rather than released to the parser, so that the error can be read.
class PeriodFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override;

  // The first error met since construction, or empty.
  const std::string& error() const { return error_; }

 private:
  std::string error_;
};

}  // namespace lectern::searcher
