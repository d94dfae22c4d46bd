#include "facet_columns.h"

#include <unordered_map>

namespace lectern::searcher {
namespace {

// An array by document id is worth holding while ids are not much sparser than this.
constexpr Xapian::docid kMaxIdsPerReview = 4;
constexpr Xapian::docid kSmallCollection = 65536;

}  // namespace

std::optional<FacetColumn> FacetColumn::read(const Xapian::Database& database, Xapian::valueno slot) {
  const Xapian::docid last = database.get_lastdocid();
  if (last > kMaxIdsPerReview * database.get_doccount() + kSmallCollection) return std::nullopt;
  FacetColumn column;
  column.ordinals_.assign(static_cast<std::size_t>(last) + 1, 0);
  column.values_.emplace_back();
  std::unordered_map<std::string, std::uint32_t> ordinal_of;
  for (auto value = database.valuestream_begin(slot); value != database.valuestream_end(slot); ++value) {
    const Xapian::docid docid = value.get_docid();
    if (docid >= column.ordinals_.size()) continue;  // added after get_lastdocid was read: not this revision's
    auto [found, added] = ordinal_of.try_emplace(*value, static_cast<std::uint32_t>(column.values_.size()));
    if (added) column.values_.push_back(found->first);
    column.ordinals_[docid] = found->second;
  }
  return column;
}

std::shared_ptr<const FacetColumn> FacetColumns::get(const Xapian::Database& database, std::uint64_t revision,
                                                     Xapian::valueno slot) {
  std::string snapshot = database.get_uuid() + "@" + std::to_string(revision);
  if (snapshot != snapshot_) {
    columns_.clear();
    snapshot_ = std::move(snapshot);
  }
  for (const auto& [held_slot, column] : columns_) {
    if (held_slot == slot) return column;
  }
  std::optional<FacetColumn> column = FacetColumn::read(database, slot);
  auto shared = column ? std::make_shared<const FacetColumn>(std::move(*column)) : nullptr;
  columns_.emplace_back(slot, shared);
  return shared;
}

}  // namespace lectern::searcher
