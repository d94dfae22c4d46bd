// Answers to repeated requests, kept while the index stays at one revision. A site's searches
// repeat (popular words, a results page reloaded or paged back), and a search with facets
// counts every match: tens of milliseconds on a large collection, against microseconds for a
// copy of the answer. Keys carry the index revision, so a commit makes every older answer
// unreachable and they age out; least recently used first, within a count and a byte budget.
// Safe for concurrent use.
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace lectern::server {

class ResponseCache {
 public:
  // Zero entries: caches nothing.
  ResponseCache(std::size_t max_entries, std::size_t max_bytes) : max_entries_(max_entries), max_bytes_(max_bytes) {}

  // The body kept for `key`, counted as a hit or a miss.
  std::optional<std::string> get(const std::string& key);
  // Keeps `body` for `key` (a body larger than the byte budget is not kept).
  void put(const std::string& key, std::string body);

  std::size_t hits() const;
  std::size_t misses() const;

 private:
  using Entries = std::list<std::pair<std::string, std::string>>;  // most recently used first

  const std::size_t max_entries_;
  const std::size_t max_bytes_;
  mutable std::mutex mutex_;
  Entries entries_;
  std::unordered_map<std::string, Entries::iterator> index_;
  std::size_t bytes_ = 0;
  std::size_t hits_ = 0;
  std::size_t misses_ = 0;
};

}  // namespace lectern::server
