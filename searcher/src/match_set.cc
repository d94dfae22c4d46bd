#include "match_set.h"

#include <algorithm>

namespace lectern::searcher {

std::optional<MatchSet> MatchSet::of(const Xapian::Query& query, const Xapian::Database& database,
                                     TermSetCache* cache) {
  return evaluate(query, database, database.get_lastdocid() / 64 + 1, cache);
}

MatchSet MatchSet::of_term(const std::string& term, const Xapian::Database& database, std::size_t words) {
  MatchSet set(words);
  for (auto posting = database.postlist_begin(term); posting != database.postlist_end(term); ++posting) {
    const Xapian::docid docid = *posting;
    set.words_[docid / 64] |= std::uint64_t{1} << (docid % 64);
  }
  return set;
}

Xapian::doccount MatchSet::size() const {
  Xapian::doccount count = 0;
  for (const std::uint64_t word : words_) count += static_cast<Xapian::doccount>(std::popcount(word));
  return count;
}

std::optional<MatchSet> MatchSet::evaluate(const Xapian::Query& query, const Xapian::Database& database,
                                           std::size_t words, TermSetCache* cache) {
  using Q = Xapian::Query;
  const auto from_postings = [&](const std::string& term) {
    return cache != nullptr ? cache->get(term, database, words) : of_term(term, database, words);
  };
  // The sets of subqueries `first` onwards, combined by `combine(into, next)`.
  const auto fold = [&](std::size_t first, auto combine) -> std::optional<MatchSet> {
    std::optional<MatchSet> result = evaluate(query.get_subquery(first), database, words, cache);
    for (std::size_t i = first + 1; result && i < query.get_num_subqueries(); ++i) {
      const std::optional<MatchSet> next = evaluate(query.get_subquery(i), database, words, cache);
      if (!next) return std::nullopt;
      for (std::size_t w = 0; w < words; ++w) result->words_[w] = combine(result->words_[w], next->words_[w]);
    }
    return result;
  };
  switch (query.get_type()) {
    case Q::LEAF_TERM: return from_postings(*query.get_terms_begin());
    case Q::LEAF_MATCH_ALL: return from_postings(std::string());
    case Q::LEAF_MATCH_NOTHING: return MatchSet(words);
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX: return fold(0, [](std::uint64_t a, std::uint64_t b) { return a | b; });
    case Q::OP_AND:
    case Q::OP_FILTER: return fold(0, [](std::uint64_t a, std::uint64_t b) { return a & b; });
    case Q::OP_XOR: return fold(0, [](std::uint64_t a, std::uint64_t b) { return a ^ b; });
    case Q::OP_AND_MAYBE:  // the optional parts only weigh
    case Q::OP_SCALE_WEIGHT: return evaluate(query.get_subquery(0), database, words, cache);
    case Q::OP_AND_NOT: {
      std::optional<MatchSet> kept = evaluate(query.get_subquery(0), database, words, cache);
      for (std::size_t i = 1; kept && i < query.get_num_subqueries(); ++i) {
        const std::optional<MatchSet> dropped = evaluate(query.get_subquery(i), database, words, cache);
        if (!dropped) return std::nullopt;
        for (std::size_t w = 0; w < words; ++w) kept->words_[w] &= ~dropped->words_[w];
      }
      return kept;
    }
    default: return std::nullopt;  // positions, values, expansions, posting sources
  }
}

void TermSetCache::follow(const std::string& snapshot) {
  if (!snapshot.empty() && snapshot == snapshot_) return;
  snapshot_ = snapshot;
  entries_.clear();
  by_term_.clear();
  bytes_ = 0;
}

MatchSet TermSetCache::get(const std::string& term, const Xapian::Database& database, std::size_t words) {
  if (const auto found = by_term_.find(term); found != by_term_.end() && found->second->set.words_.size() == words) {
    entries_.splice(entries_.begin(), entries_, found->second);
    return found->second->set;
  }
  MatchSet set = MatchSet::of_term(term, database, words);
  const std::size_t set_bytes = set.bytes();
  if (snapshot_.empty() || set_bytes > max_bytes_ ||
      set.size() < std::max<Xapian::doccount>(1, database.get_doccount() / kCommonShare)) {
    return set;
  }
  if (const auto stale = by_term_.find(term); stale != by_term_.end()) {  // a set of another length
    bytes_ -= stale->second->set.bytes();
    entries_.erase(stale->second);
    by_term_.erase(stale);
  }
  while (bytes_ + set_bytes > max_bytes_ && !entries_.empty()) {
    bytes_ -= entries_.back().set.bytes();
    by_term_.erase(entries_.back().term);
    entries_.pop_back();
  }
  entries_.push_front({term, set});
  by_term_[term] = entries_.begin();
  bytes_ += set_bytes;
  return set;
}

}  // namespace lectern::searcher
