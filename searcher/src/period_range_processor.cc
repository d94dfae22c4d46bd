#include "period_range_processor.h"

#include <algorithm>
#include <charconv>
#include <string>

#include "lectern/common/schema.h"

namespace lectern::searcher {
namespace {

// Years beyond this are typing mistakes, and keeping them small keeps the arithmetic safe.
constexpr int kMaxYear = 100000;

bool ends_with_folded(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  const std::string_view tail = text.substr(text.size() - suffix.size());
  return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) {
    return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
  });
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return ends_with_folded(text.substr(0, prefix.size()), prefix);
}

std::optional<int> parse_digits(std::string_view digits) {
  if (digits.empty() || digits.size() > 6) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || value > kMaxYear) return std::nullopt;
  return value;
}

std::string describe(std::string_view value) {
  return "`period:` wants a year (1942, 44BC), a decade (1940s) or a range of them (1940..1950), not `" +
         std::string(value) + "`";
}

Xapian::Query bounds_query(const std::string& begin, const std::string& end) {
  std::optional<int> first;
  std::optional<int> last;
  if (!begin.empty()) {
    const auto span = parse_period_bound(begin);
    if (!span) throw Xapian::QueryParserError(describe(begin + ".." + end));
    first = span->start;
  }
  if (!end.empty()) {
    const auto span = parse_period_bound(end);
    if (!span) throw Xapian::QueryParserError(describe(begin + ".." + end));
    last = span->end;
  }
  if (!first && !last) throw Xapian::QueryParserError(describe(".."));
  if (first && last && *first > *last) std::swap(first, last);  // 1950..1940 means what it says
  return period_overlap_query(first, last);
}

}  // namespace

std::optional<YearSpan> parse_period_bound(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool negative = false;
  if (ends_with_folded(text, "bce")) {
    negative = true;
    text.remove_suffix(3);
  } else if (ends_with_folded(text, "bc")) {
    negative = true;
    text.remove_suffix(2);
  } else if (ends_with_folded(text, "ad") || ends_with_folded(text, "ce")) {
    text.remove_suffix(2);
  } else if (starts_with_folded(text, "ad")) {
    text.remove_prefix(2);
  } else if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);

  bool decade = false;
  if (ends_with_folded(text, "'s")) {
    decade = true;
    text.remove_suffix(2);
  } else if (ends_with_folded(text, "s")) {
    decade = true;
    text.remove_suffix(1);
  }
  const std::optional<int> number = parse_digits(text);
  if (!number) return std::nullopt;
  if (decade) {
    // "1940s" is 1940..1949; BC decades ("40s BC") count down and are too rare to guess at.
    if (negative || *number % 10 != 0) return std::nullopt;
    return YearSpan{*number, *number + 9};
  }
  const int year = negative ? -*number : *number;
  return YearSpan{year, year};
}

Xapian::Query period_overlap_query(std::optional<int> first, std::optional<int> last) {
  Xapian::Query starts_before_last;
  Xapian::Query ends_after_first;
  if (last) {
    starts_before_last = Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotPeriodStart,
                                       Xapian::sortable_serialise(*last));
  }
  if (first) {
    ends_after_first = Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotPeriodEnd,
                                     Xapian::sortable_serialise(*first));
  }
  if (!first) return starts_before_last;
  if (!last) return ends_after_first;
  return Xapian::Query(Xapian::Query::OP_AND, starts_before_last, ends_after_first);
}

PeriodRangeProcessor::PeriodRangeProcessor()
    : Xapian::RangeProcessor(schema::kSlotPeriodStart, std::string(schema::kPeriodField) + ":") {}

Xapian::Query PeriodRangeProcessor::operator()(const std::string& begin, const std::string& end) {
  return bounds_query(begin, end);
}

Xapian::Query PeriodFieldProcessor::operator()(const std::string& value) {
  try {
    // Reached with "a..b" only if the range processor declined, which it never does; handled
    // anyway so that the two processors cannot disagree.
    if (const auto dots = value.find(".."); dots != std::string::npos) {
      return bounds_query(value.substr(0, dots), value.substr(dots + 2));
    }
    const auto span = parse_period_bound(value);
    if (!span) throw Xapian::QueryParserError(describe(value));
    return period_overlap_query(span->start, span->end);
  } catch (const Xapian::QueryParserError& error) {
    if (error_.empty()) error_ = error.get_msg();
    return Xapian::Query::MatchNothing;
  }
}

}  // namespace lectern::searcher
