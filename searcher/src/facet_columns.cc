#include "facet_columns.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "lectern/common/schema.h"
#include "lectern/common/terms.h"

namespace lectern::searcher {
namespace {

// An array by document id is worth holding while ids are not much sparser than this.
constexpr Xapian::docid kMaxIdsPerReview = 4;
constexpr Xapian::docid kSmallCollection = 65536;

// What the column holds of a raw value of `slot`: the value itself, except for periods, held
// by the decades they touch ("1940:1950" for 1941 to 1953), which is all the decade facet
// reads of them. 100,000 reviews have some 40,000 distinct periods and a few hundred decade
// ranges, and every search counts matches in an array as long as the column has values.
std::string column_value(Xapian::valueno slot, const std::string& raw) {
  if (slot != schema::kSlotPeriodSpan) return raw;
  const DecadeRange range = decade_range_of_span(raw);
  return range.empty() ? raw : std::to_string(range.first) + ":" + std::to_string(range.last);
}

}  // namespace

DecadeRange decade_range_of_span(std::string_view value) {
  const std::size_t colon = value.find(':', 1);
  if (colon == std::string_view::npos) return {};
  int first = 0;
  int last = 0;
  const char* end = value.data() + value.size();
  const auto [first_end, first_error] = std::from_chars(value.data(), value.data() + colon, first);
  const auto [last_end, last_error] = std::from_chars(value.data() + colon + 1, end, last);
  if (first_error != std::errc() || last_error != std::errc() || first_end != value.data() + colon || last_end != end) {
    return {};
  }
  DecadeRange range;
  range.first = terms::decade_of(first);
  range.last = std::min(terms::decade_of(last), range.first + 10 * (kMaxDecadesPerReview - 1));
  return range;
}

const FacetColumn::ValueGroups& FacetColumn::value_groups(
    const std::function<ValueGroups(const FacetColumn&)>& make) const {
  std::call_once(groups_made_, [&] { value_groups_ = make(*this); });
  return value_groups_;
}

const std::vector<DecadeRange>& FacetColumn::decade_ranges() const {
  std::call_once(ranges_parsed_, [this] {
    decade_ranges_.reserve(values_.size());
    for (const std::string& value : values_) decade_ranges_.push_back(decade_range_of_span(value));
  });
  return decade_ranges_;
}

std::shared_ptr<const FacetColumn> FacetColumn::read(const Xapian::Database& database, Xapian::valueno slot) {
  const Xapian::docid last = database.get_lastdocid();
  if (last > kMaxIdsPerReview * database.get_doccount() + kSmallCollection) return nullptr;
  auto read = std::make_shared<FacetColumn>();
  FacetColumn& column = *read;
  column.ordinals_.assign(static_cast<std::size_t>(last) + 1, 0);
  column.values_.emplace_back();
  std::unordered_map<std::string, std::uint32_t> ordinal_of;
  for (auto value = database.valuestream_begin(slot); value != database.valuestream_end(slot); ++value) {
    const Xapian::docid docid = value.get_docid();
    if (docid >= column.ordinals_.size()) continue;  // added after get_lastdocid was read: not this revision's
    auto [found, added] =
        ordinal_of.try_emplace(column_value(slot, *value), static_cast<std::uint32_t>(column.values_.size()));
    if (added) column.values_.push_back(found->first);
    column.ordinals_[docid] = found->second;
  }
  return read;
}

std::shared_ptr<const FacetColumn> FacetColumns::get(const Xapian::Database& database, const std::string& snapshot,
                                                     Xapian::valueno slot) {
  if (snapshot != snapshot_) {
    columns_.clear();
    snapshot_ = snapshot;
  }
  for (const auto& [held_slot, column] : columns_) {
    if (held_slot == slot) return column;
  }
  std::shared_ptr<const FacetColumn> column = FacetColumn::read(database, slot);
  columns_.emplace_back(slot, column);
  return column;
}

}  // namespace lectern::searcher
