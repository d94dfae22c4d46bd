#include "sorting.h"

#include "lectern/common/schema.h"

namespace lectern::searcher {
namespace {

struct SortSpec {
  Xapian::valueno slot;
  bool descending;  // the natural direction: newest, highest first; titles and periods ascending
};

SortSpec spec_for(SortOrder sort) {
  switch (sort) {
    case SortOrder::kDate: return {schema::kSlotDate, true};
    case SortOrder::kRating: return {schema::kSlotRating, true};
    case SortOrder::kTitle: return {schema::kSlotTitleSort, false};
    case SortOrder::kPeriod: return {schema::kSlotPeriodStart, false};
    case SortOrder::kRelevance: break;
  }
  return {Xapian::BAD_VALUENO, false};
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

std::string MissingLastKeyMaker::operator()(const Xapian::Document& document) const {
  std::string value = document.get_value(slot_);
  if (!value.empty()) return value;
  // Descending puts the empty key last already; ascending needs a key above every value:
  // 0xFF never starts UTF-8 text and sortable_serialise never writes it first for a year,
  // a date or a rating.
  return descending_ ? std::string() : std::string(4, '\xff');
}

Status apply_sort(Xapian::Enquire& enquire, SortOrder sort, bool reverse,
                  std::unique_ptr<Xapian::KeyMaker>& key_maker) {
  if (sort == SortOrder::kRelevance) {
    if (reverse)
      return Error::invalid_argument("`reverse` needs a sort other than relevance (date, rating, title, period)");
    enquire.set_sort_by_relevance();
    return Status::success();
  }
  const SortSpec spec = spec_for(sort);
  const bool descending = spec.descending != reverse;
  key_maker = std::make_unique<MissingLastKeyMaker>(spec.slot, descending);
  enquire.set_sort_by_key_then_relevance(key_maker.get(), descending);
  return Status::success();
}

}  // namespace lectern::searcher
