// Facet counting over the whole match set: a Xapian::MatchSpy that sees every matching
// document (the searcher sets check_at_least to the collection size) and counts the values of
// the requested facets, before any collapsing, so counts are of reviews.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "lectern/common/result.h"
#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

enum class FacetKind { kAuthor, kReviewer, kDecade, kRating, kLanguage, kTag, kFormat };

// The kind for a facet name of facet_names(); kInvalidArgument naming the facet and listing
// the known ones otherwise.
Result<FacetKind> parse_facet_name(std::string_view name);

// Counts facets with one Xapian::ValueCountMatchSpy per facet, over the facet's value slot
// (schema::kSlotAuthors ... kSlotPeriodSpan). Xapian's own spy runs on every backend, remote
// shards served by xapian-tcpsrv included, where a match spy of Lectern's own could not be
// unserialised; the slots' raw values are turned into facet values here, after the match.
class FacetCounter {
 public:
  // `names` as requested, already checked with parse_facet_name.
  FacetCounter(std::vector<std::string> names, std::vector<FacetKind> kinds);
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  // Adds the spies to `enquire`; they must see every match (check_at_least = collection size),
  // and this counter must outlive the enquire's get_mset.
  void attach(Xapian::Enquire& enquire);

  // The counts, facets in the order requested, values most frequent first and then by value;
  // `limit` values per facet at most (0: all). Multi-valued slots count each value once per
  // review; a review counts in every decade its period touches.
  std::vector<FacetCounts> counts(std::size_t limit) const;

 private:
  std::vector<std::string> names_;
  std::vector<FacetKind> kinds_;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;
};

}  // namespace lectern::searcher
