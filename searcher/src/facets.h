// Facet counting over the whole match set: a Xapian::MatchSpy that sees every matching
// document (the searcher sets check_at_least to the collection size) and counts the values of
// the requested facets, before any collapsing, so counts are of reviews.
#pragma once

#include <cstddef>
#include <map>
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

class FacetSpy : public Xapian::MatchSpy {
 public:
  // `names` as requested, already checked with parse_facet_name. `display_slots` says whether
  // the index has the authors and reviewer display slots (schema::kSlotAuthors,
  // kSlotReviewer); without them names are read from the document data, which is slower.
  FacetSpy(std::vector<std::string> names, std::vector<FacetKind> kinds, bool display_slots);

  void operator()(const Xapian::Document& document, double weight) override;
  std::string name() const override { return "lectern.FacetSpy"; }

  // The counts, facets in the order requested, values most frequent first and then by value;
  // `limit` values per facet at most (0: all).
  std::vector<FacetCounts> counts(std::size_t limit) const;

 private:
  struct Tally {
    std::string display;  // the first spelling met
    std::size_t count = 0;
    std::string order;  // ties are broken by this
  };
  // One facet's tallies by folded value.
  using Tallies = std::map<std::string, Tally>;

  void add(Tallies& tallies, std::string_view display, std::string key, std::string order = {});

  std::vector<std::string> names_;
  std::vector<FacetKind> kinds_;
  bool display_slots_;
  std::vector<Tallies> tallies_;
};

// True when any document of `database` has the display slots FacetSpy prefers.
bool has_display_slots(const Xapian::Database& database);

}  // namespace lectern::searcher
