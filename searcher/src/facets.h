// Facet counting over the whole match set: match spies that see every matching document (the
// searcher sets check_at_least to the collection size) and count the values of the requested
// facets, before any collapsing, so counts are of reviews.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "facet_columns.h"
#include "match_set.h"
#include "lectern/common/result.h"
#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

enum class FacetKind { kAuthor, kReviewer, kDecade, kRating, kLanguage, kTag, kFormat };

// The kind for a facet name of facet_names(); kInvalidArgument naming the facet and listing
// the known ones otherwise.
Result<FacetKind> parse_facet_name(std::string_view name);

// Counts facets with one match spy per facet, over the facet's value slot
// (schema::kSlotAuthors ... kSlotPeriodSpan): a ColumnCountSpy where the searcher has the
// slot's column in memory (facet_columns.h), Xapian's own ValueCountMatchSpy otherwise. Only
// Xapian's spy runs on remote shards served by xapian-tcpsrv, where a spy of Lectern's own
// could not be unserialised. The slots' raw values are turned into facet values here, after
// the match, the same way for both spies.
class FacetCounter {
 public:
  // `names` as requested, already checked with parse_facet_name. `column_of` gives the
  // in-memory column of a slot, or nullptr to count with ValueCountMatchSpy; an empty function
  // counts every facet with ValueCountMatchSpy.
  FacetCounter(std::vector<std::string> names, std::vector<FacetKind> kinds,
               const std::function<std::shared_ptr<const FacetColumn>(Xapian::valueno)>& column_of = {});
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter(FacetCounter&&) = default;  // the spies stay where they are
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Adds the spies to `enquire`; they must see every match (check_at_least = collection size),
  // and this counter must outlive the enquire's get_mset.
  void attach(Xapian::Enquire& enquire);

  // Whether every facet has its in-memory column, so that count(MatchSet) can be used.
  bool in_memory() const;
  // Counts every document of `matches`, instead of attaching to an enquire. Only in_memory().
  void count(const MatchSet& matches);

  // The counts, facets in the order requested, values most frequent first and then by value;
  // `limit` values per facet at most (0: all). Multi-valued slots count each value once per
  // review; a review counts in every decade its period touches.
  std::vector<FacetCounts> counts(std::size_t limit) const;

 private:
  std::vector<std::string> names_;
  std::vector<FacetKind> kinds_;
  struct Spy {
    std::unique_ptr<ColumnCountSpy> columns;             // when the slot's column is in memory
    std::unique_ptr<Xapian::ValueCountMatchSpy> values;  // otherwise
  };
  std::vector<Spy> spies_;
};

}  // namespace lectern::searcher
