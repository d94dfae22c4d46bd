#include "sorting.h"

#include "lectern/common/schema.h"

namespace lectern::searcher {
namespace {

struct SortSpec {
  Xapian::valueno descending_slot;  // missing values are empty: last going down
  Xapian::valueno ascending_slot;   // missing values are kMissingLast: last going up
  bool descending;  // the natural direction: newest, highest first; titles and periods ascending
};

SortSpec spec_for(SortOrder sort) {
  switch (sort) {
    case SortOrder::kDate: return {schema::kSlotDate, schema::kSlotDateAscending, true};
    case SortOrder::kRating: return {schema::kSlotRating, schema::kSlotRatingAscending, true};
    case SortOrder::kTitle: return {schema::kSlotTitleSort, schema::kSlotTitleAscending, false};
    case SortOrder::kPeriod: return {schema::kSlotPeriodStart, schema::kSlotPeriodAscending, false};
    case SortOrder::kRelevance: break;
  }
  return {Xapian::BAD_VALUENO, Xapian::BAD_VALUENO, false};
}

}  // namespace

std::optional<SortOrder> parse_sort_order(std::string_view name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "date") return SortOrder::kDate;
  if (name == "rating") return SortOrder::kRating;
  if (name == "title") return SortOrder::kTitle;
  if (name == "period") return SortOrder::kPeriod;
  return std::nullopt;
}

Status apply_sort(Xapian::Enquire& enquire, SortOrder sort, bool reverse) {
  if (sort == SortOrder::kRelevance) {
    if (reverse)
      return Error::invalid_argument("`reverse` needs a sort other than relevance (date, rating, title, period)");
    enquire.set_sort_by_relevance();
    return Status::success();
  }
  // By a value slot, which every backend supports, remote shards included (schema.h says why
  // there are two slots per order).
  const SortSpec spec = spec_for(sort);
  const bool descending = spec.descending != reverse;
  if (descending) enquire.set_sort_by_value_then_relevance(spec.descending_slot, true);
  else enquire.set_sort_by_value_then_relevance(spec.ascending_slot, false);
  return Status::success();
}

}  // namespace lectern::searcher
