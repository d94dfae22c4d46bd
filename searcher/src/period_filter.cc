#include "period_filter.h"

#include <algorithm>
#include <charconv>

#include "eras.h"
#include "lectern/common/schema.h"

namespace lectern::searcher {
namespace {

// Years beyond this are typing mistakes, and keeping them small keeps the arithmetic safe.
constexpr int kMaxYear = 100000;

char lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

bool ends_with_folded(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  const std::string_view tail = text.substr(text.size() - suffix.size());
  return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) { return lower(a) == b; });
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  return ends_with_folded(text.substr(0, prefix.size()), prefix);
}

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '-' || text.front() == '_')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '-' || text.back() == '_')) text.remove_suffix(1);
  return text;
}

std::optional<int> parse_digits(std::string_view digits) {
  if (digits.empty() || digits.size() > 6) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || value > kMaxYear) return std::nullopt;
  return value;
}

// "19th-century", "19th century", "19thc", "1st century BC", "5th-century-bce".
std::optional<YearSpan> parse_century(std::string_view text) {
  bool before_christ = false;
  if (ends_with_folded(text, "bce")) {
    before_christ = true;
    text.remove_suffix(3);
  } else if (ends_with_folded(text, "bc")) {
    before_christ = true;
    text.remove_suffix(2);
  } else if (ends_with_folded(text, "ad") || ends_with_folded(text, "ce")) {
    text.remove_suffix(2);
  }
  text = trim_spaces(text);
  if (ends_with_folded(text, "century")) {
    text.remove_suffix(7);
  } else if (ends_with_folded(text, "c")) {
    text.remove_suffix(1);
  } else {
    return std::nullopt;
  }
  text = trim_spaces(text);
  bool ordinal = false;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (ends_with_folded(text, suffix)) {
      text.remove_suffix(2);
      ordinal = true;
      break;
    }
  }
  const std::optional<int> number = ordinal ? parse_digits(text) : std::nullopt;
  if (!number || *number < 1 || *number > 100) return std::nullopt;
  // Centuries as people use them: the 19th century is the 1800s; the 1st century BC is 99-0 BC.
  if (before_christ) return YearSpan{-*number * 100, -(*number - 1) * 100 - 1};
  return YearSpan{(*number - 1) * 100, (*number - 1) * 100 + 99};
}

std::optional<YearSpan> parse_year_or_decade(std::string_view text) {
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

std::string describe(std::string_view value) {
  return "wants a year (1942, 44BC), a decade (1940s), a century (19th-century), an era (\"Second World "
         "War\") or a range of them (1940..1950), not `" +
         std::string(value) + "`";
}

}  // namespace

std::optional<std::pair<std::string_view, std::string_view>> split_range(std::string_view spec) {
  const std::size_t dots = spec.find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  std::string_view end = spec.substr(dots + 2);
  while (!end.empty() && end.front() == '.') end.remove_prefix(1);  // "1940...1950"
  return std::pair{spec.substr(0, dots), end};
}

std::optional<YearSpan> parse_period_bound(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  if (auto span = parse_year_or_decade(text)) return span;
  if (auto span = parse_century(text)) return span;
  return find_era(text);
}

Xapian::Query period_overlap_query(std::optional<int> first, std::optional<int> last) {
  Xapian::Query starts_before_last;
  Xapian::Query ends_after_first;
  if (last) {
    starts_before_last =
        Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotPeriodStart, Xapian::sortable_serialise(*last));
  }
  if (first) {
    ends_after_first =
        Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotPeriodEnd, Xapian::sortable_serialise(*first));
  }
  if (!first) return starts_before_last;
  if (!last) return ends_after_first;
  return Xapian::Query(Xapian::Query::OP_AND, starts_before_last, ends_after_first);
}

Result<Xapian::Query> period_query(std::string_view spec) {
  const auto range = split_range(spec);
  if (!range) {
    const auto span = parse_period_bound(spec);
    if (!span) return Error::invalid_argument(describe(spec));
    return period_overlap_query(span->start, span->end);
  }
  std::optional<int> first;
  std::optional<int> last;
  if (!range->first.empty()) {
    const auto span = parse_period_bound(range->first);
    if (!span) return Error::invalid_argument(describe(spec));
    first = span->start;
  }
  if (!range->second.empty()) {
    const auto span = parse_period_bound(range->second);
    if (!span) return Error::invalid_argument(describe(spec));
    last = span->end;
  }
  if (!first && !last) return Error::invalid_argument(describe(spec));
  if (first && last && *first > *last) {
    // 1950..1940 means what it says: the span between them, whole.
    const auto low = parse_period_bound(range->second);
    const auto high = parse_period_bound(range->first);
    first = low->start;
    last = high->end;
  }
  return period_overlap_query(first, last);
}

}  // namespace lectern::searcher
