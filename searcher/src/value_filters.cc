#include "value_filters.h"

#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "lectern/common/schema.h"
#include "lectern/common/terms.h"
#include "lectern/common/text.h"
#include "period_filter.h"

namespace lectern::searcher {
namespace {

constexpr double kMaxRating = 5;
constexpr int kMaxDecades = 1000;  // a range of ten thousand years is a typing mistake

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

std::optional<double> parse_rating(std::string_view text) {
  text = trimmed(text);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (!(value >= 0 && value <= kMaxRating)) return std::nullopt;
  return value;
}

std::optional<int> parse_fixed_digits(std::string_view text, std::size_t count) {
  if (text.size() != count) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// The YYYYMMDD number of a date bound; the lower bound of "2012-05" is 20120500 and its upper
// bound 20120599, so that both the month's days and a date stored as just "2012-05" match. A
// lower bound on the first of a month (or of January) also keeps dates stored without a day
// (or month).
std::optional<double> parse_date_bound(std::string_view text, bool upper) {
  text = trimmed(text);
  std::vector<std::string_view> parts;
  while (true) {
    const std::size_t dash = text.find('-');
    parts.push_back(text.substr(0, dash));
    if (dash == std::string_view::npos) break;
    text.remove_prefix(dash + 1);
  }
  if (parts.empty() || parts.size() > 3) return std::nullopt;
  const std::optional<int> year = parse_fixed_digits(parts[0], 4);
  if (!year) return std::nullopt;
  int month = upper ? 99 : 0;
  int day = upper ? 99 : 0;
  if (parts.size() >= 2) {
    const auto parsed = parse_fixed_digits(parts[1], 2);
    if (!parsed || *parsed < 1 || *parsed > 12) return std::nullopt;
    month = *parsed;
  }
  if (parts.size() == 3) {
    const auto parsed = parse_fixed_digits(parts[2], 2);
    if (!parsed || *parsed < 1 || *parsed > 31) return std::nullopt;
    day = *parsed;
  }
  if (!upper && day == 1) {
    // Dates known only to the month (or year) are stored with 00 for the unknown parts, before
    // the first day: a range from the first of a month keeps them, a range from the 2nd does not.
    day = 0;
    if (month == 1) month = 0;
  }
  return static_cast<double>(*year) * 10000 + month * 100 + day;
}

Xapian::Query value_range(Xapian::valueno slot, std::optional<double> low, std::optional<double> high) {
  if (low && high) {
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, Xapian::sortable_serialise(*low),
                         Xapian::sortable_serialise(*high));
  }
  if (low) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, Xapian::sortable_serialise(*low));
  return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, Xapian::sortable_serialise(*high));
}

Error wants(std::string_view what, std::string_view spec) {
  return Error::invalid_argument("wants " + std::string(what) + ", not `" + std::string(spec) + "`");
}

}  // namespace

Result<Xapian::Query> rating_query(std::string_view spec) {
  constexpr std::string_view kWhat = "a rating from 0 to 5 or a range of them (4..5, 4.., ..2)";
  const auto range = split_range(spec);
  if (!range) {
    const auto rating = parse_rating(spec);
    if (!rating) return wants(kWhat, spec);
    return value_range(schema::kSlotRating, rating, rating);
  }
  std::optional<double> low;
  std::optional<double> high;
  if (!trimmed(range->first).empty() && !(low = parse_rating(range->first))) return wants(kWhat, spec);
  if (!trimmed(range->second).empty() && !(high = parse_rating(range->second))) return wants(kWhat, spec);
  if (!low && !high) return wants(kWhat, spec);
  if (low && high && *low > *high) std::swap(low, high);
  return value_range(schema::kSlotRating, low, high);
}

Result<Xapian::Query> date_query(std::string_view spec) {
  constexpr std::string_view kWhat = "a date (2012, 2012-05, 2012-05-31) or a range of them (2010..2015-06)";
  const auto range = split_range(spec);
  std::optional<double> low;
  std::optional<double> high;
  if (!range) {
    low = parse_date_bound(spec, false);
    high = parse_date_bound(spec, true);
    if (!low || !high) return wants(kWhat, spec);
  } else {
    if (!trimmed(range->first).empty() && !(low = parse_date_bound(range->first, false))) return wants(kWhat, spec);
    if (!trimmed(range->second).empty() && !(high = parse_date_bound(range->second, true))) {
      return wants(kWhat, spec);
    }
    if (!low && !high) return wants(kWhat, spec);
    if (low && high && *low > *high) {
      low = parse_date_bound(range->second, false);
      high = parse_date_bound(range->first, true);
    }
  }
  return value_range(schema::kSlotDate, low, high);
}

Result<Xapian::Query> decade_query(std::string_view spec) {
  constexpr std::string_view kWhat = "a decade (1940s) or a range of them (1930s..1950s)";
  int first = 0;
  int last = 0;
  if (const auto range = split_range(spec)) {
    const auto from = parse_period_bound(range->first);
    const auto to = parse_period_bound(range->second);
    if (!from || !to) return wants(kWhat, spec);
    first = std::min(from->start, to->start);
    last = std::max(from->end, to->end);
  } else {
    const auto span = parse_period_bound(spec);
    if (!span) return wants(kWhat, spec);
    first = span->start;
    last = span->end;
  }
  std::vector<Xapian::Query> decades;
  for (int decade = terms::decade_of(first); decade <= last; decade += 10) {
    if (decades.size() >= kMaxDecades) return wants(kWhat, spec);
    decades.emplace_back(terms::decade_term(decade));
  }
  return Xapian::Query(Xapian::Query::OP_OR, decades.begin(), decades.end());
}

Result<Xapian::Query> work_query(std::string_view spec) {
  const std::string_view value = text::trim(spec);
  if (value.empty()) return wants("a title (\"the betrayal\") or a work key (betrayal|dunmore)", spec);
  if (value.find('|') != std::string_view::npos) {
    return Xapian::Query(terms::bounded_term(schema::kPrefixWork, text::fold_for_matching(value)));
  }
  // terms::work_key of the title and no author is the folded title without its article and
  // "|": exactly the start every key of that title shares.
  const std::string pattern = std::string(schema::kPrefixWork) + terms::work_key(value, "");
  return Xapian::Query(Xapian::Query::OP_WILDCARD, pattern, 0, Xapian::Query::WILDCARD_LIMIT_ERROR,
                       Xapian::Query::OP_OR);
}

}  // namespace lectern::searcher
