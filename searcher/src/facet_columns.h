// Facet values held in memory as one small number per review, so that counting a match costs
// one array read and one increment instead of fetching its value from the index and looking
// it up in a map by string (the cost that made facets over 100,000 reviews several times
// slower than the search itself). Lucene's doc-values ordinals are the same idea.
//
// A column is read once per index revision, from the slot's value stream, and is valid only
// for the revision it was read from. Only for an index that is one local database: a remote
// shard (xapian-tcpsrv) runs the match itself, with Xapian's own ValueCountMatchSpy, and over
// several local shards Xapian 1.4 hands a match spy each shard's document ids without saying
// which shard a match is from.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string_view>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace lectern::searcher {

// The decades a review's period touches, from its schema::kSlotPeriodSpan value: first and last
// are decades (1940 for the 1940s, -50 for the 50s BC); empty (last < first) when the value is
// malformed. A review covering thousands of years counts in at most kMaxDecadesPerReview.
struct DecadeRange {
  int first = 0;
  int last = -10;
  bool empty() const { return last < first; }
};
inline constexpr int kMaxDecadesPerReview = 500;
DecadeRange decade_range_of_span(std::string_view value);

class FacetColumn {
 public:
  // Reads `slot` of every review of `database`; periods (schema::kSlotPeriodSpan) by the
  // decades they touch, as "first:last" decades. nullptr when the document ids are so sparse
  // (after many deletions) that an array by id would be mostly empty.
  static std::shared_ptr<const FacetColumn> read(const Xapian::Database& database, Xapian::valueno slot);

  // The number of `docid`'s value, 0 when it has none.
  std::uint32_t ordinal(Xapian::docid docid) const {
    return docid < ordinals_.size() ? ordinals_[docid] : 0;
  }
  // Distinct values, plus one for "none": counts indexed by ordinal have this many entries.
  std::size_t ordinal_count() const { return values_.size(); }
  // The raw slot value of an ordinal ("" for 0).
  const std::string& value(std::uint32_t ordinal) const { return values_[ordinal]; }

  // decade_range_of_span of every value, by ordinal: the decade facet reads the spans of every
  // search's matches, and parses them once per column instead of once per search.
  const std::vector<DecadeRange>& decade_ranges() const;

  // The facet values the column's raw values stand for, each with the ordinals that count in
  // it: a raw value listing two authors counts in both, "Carré" and "Carre" count as one. Made
  // by `make` on first use and kept with the column, as decade_ranges is: a column is always
  // the same facet's (one slot, one facet), so `make` is always the same function.
  struct ValueGroups {
    std::vector<std::string> labels;  // by group: the value as shown (the first spelling met)
    std::vector<std::string> orders;  // by group: what ties of equal counts are ordered by
    std::vector<std::vector<std::uint32_t>> groups_of_ordinal;  // by ordinal
  };
  const ValueGroups& value_groups(const std::function<ValueGroups(const FacetColumn&)>& make) const;

 private:
  std::vector<std::uint32_t> ordinals_;  // by document id
  std::vector<std::string> values_;      // by ordinal; values_[0] is ""
  mutable std::once_flag ranges_parsed_;
  mutable std::vector<DecadeRange> decade_ranges_;
  mutable std::once_flag groups_made_;
  mutable ValueGroups value_groups_;
};

// A match spy counting matches by a column's ordinals. Not serialisable: local shards only.
class ColumnCountSpy : public Xapian::MatchSpy {
 public:
  explicit ColumnCountSpy(std::shared_ptr<const FacetColumn> column)
      : column_(std::move(column)), counts_(column_->ordinal_count(), 0) {}

  void operator()(const Xapian::Document& document, double) override { count(document.get_docid()); }
  void count(Xapian::docid docid) { ++counts_[column_->ordinal(docid)]; }

  const FacetColumn& column() const { return *column_; }

  // Calls `visit(ordinal, count)` for every value some match has.
  template <typename Visit>
  void for_each_count(Visit&& visit) const {
    for (std::uint32_t ordinal = 1; ordinal < counts_.size(); ++ordinal) {
      if (counts_[ordinal] > 0) visit(ordinal, static_cast<std::size_t>(counts_[ordinal]));
    }
  }

 private:
  std::shared_ptr<const FacetColumn> column_;
  std::vector<Xapian::doccount> counts_;
};

// The columns of one index revision, read on first use. One Searcher's (not thread-safe).
class FacetColumns {
 public:
  // The column of `slot` for `database` in state `snapshot` (Searcher::snapshot, never empty
  // here); nullptr when the database cannot have one (see FacetColumn::read). A new snapshot
  // drops the columns of the old one.
  std::shared_ptr<const FacetColumn> get(const Xapian::Database& database, const std::string& snapshot,
                                         Xapian::valueno slot);

 private:
  std::string snapshot_;  // uuid and revision of the columns held
  std::vector<std::pair<Xapian::valueno, std::shared_ptr<const FacetColumn>>> columns_;
};

}  // namespace lectern::searcher
