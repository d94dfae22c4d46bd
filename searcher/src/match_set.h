// Every document a query matches, as a bitset by document id, read straight from the posting
// lists of its terms. Counting facets needs the whole match set but not its order or weights,
// and Xapian's matcher hands each match to a match spy as a Document built for it, which cost
// ten times the reading of the postings when a query matches most of the collection. Only for
// queries whose matches depend on which terms a document holds and nothing else (AND, OR, NOT,
// FILTER, synonyms, scaled weights): phrases and NEAR check word positions, value ranges read
// values, wildcards and elite sets are expanded by the matcher, and those queries are left to
// Xapian's matcher (MatchSet::of gives nullopt).
#pragma once

#include <bit>
#include <cstdint>
#include <optional>
#include <vector>

#include <xapian.h>

namespace lectern::searcher {

class MatchSet {
 public:
  // The documents of `database` (one local database or several) that `query` matches, or
  // nullopt when the query has a part this cannot evaluate (see above). Document ids are the
  // combined database's.
  static std::optional<MatchSet> of(const Xapian::Query& query, const Xapian::Database& database);

  // How many documents are in the set.
  Xapian::doccount size() const;

  // Calls `visit(docid)` for every document in the set, in ascending order.
  template <typename Visit>
  void for_each(Visit&& visit) const {
    for (std::size_t word = 0; word < words_.size(); ++word) {
      for (std::uint64_t bits = words_[word]; bits != 0; bits &= bits - 1) {
        visit(static_cast<Xapian::docid>(word * 64 + static_cast<std::size_t>(std::countr_zero(bits))));
      }
    }
  }

 private:
  explicit MatchSet(std::size_t words) : words_(words, 0) {}
  static std::optional<MatchSet> evaluate(const Xapian::Query& query, const Xapian::Database& database,
                                          std::size_t words);

  std::vector<std::uint64_t> words_;  // bit d is document id d
};

}  // namespace lectern::searcher
