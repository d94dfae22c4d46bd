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
#include <list>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace lectern::searcher {

class TermSetCache;

class MatchSet {
 public:
  // The documents of `database` (one local database or several) that `query` matches, or
  // nullopt when the query has a part this cannot evaluate (see above). Document ids are the
  // combined database's. The sets of common terms are taken from `cache` and kept there when
  // it is given.
  static std::optional<MatchSet> of(const Xapian::Query& query, const Xapian::Database& database,
                                    TermSetCache* cache = nullptr);

  // How many documents are in the set.
  Xapian::doccount size() const;
  // The memory the set holds.
  std::size_t bytes() const { return words_.size() * sizeof(std::uint64_t); }

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
  friend class TermSetCache;
  explicit MatchSet(std::size_t words) : words_(words, 0) {}
  static std::optional<MatchSet> evaluate(const Xapian::Query& query, const Xapian::Database& database,
                                          std::size_t words, TermSetCache* cache);
  static MatchSet of_term(const std::string& term, const Xapian::Database& database, std::size_t words);

  std::vector<std::uint64_t> words_;  // bit d is document id d
};

// The match sets of the terms that many reviews hold, kept while the index stays in one state,
// the least recently used dropped first beyond a budget of bytes: the words people search for
// repeat, and reading a common word's postings again cost more than combining the sets. One
// Searcher's (not thread-safe); Lucene's query cache keeps its filters' bitsets alike.
class TermSetCache {
 public:
  explicit TermSetCache(std::size_t max_bytes = kDefaultBytes) : max_bytes_(max_bytes) {}

  // Forgets every set when `snapshot` (Searcher::snapshot) is not the one they were read in,
  // or is empty (an index whose state is not known).
  void follow(const std::string& snapshot);

  // The set of `term`, `words` words long: kept when the term is in at least one review in
  // kCommonShare, read afresh otherwise.
  MatchSet get(const std::string& term, const Xapian::Database& database, std::size_t words);

  std::size_t bytes() const { return bytes_; }
  bool holds(const std::string& term) const { return by_term_.contains(term); }

  static constexpr std::size_t kDefaultBytes = 32u << 20;
  static constexpr Xapian::doccount kCommonShare = 128;

 private:
  struct Entry {
    std::string term;
    MatchSet set;
  };
  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::string snapshot_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_term_;
};

}  // namespace lectern::searcher
