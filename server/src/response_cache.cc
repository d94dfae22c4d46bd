#include "response_cache.h"

namespace lectern::server {

std::optional<std::string> ResponseCache::get(const std::string& key) {
  std::lock_guard lock(mutex_);
  const auto found = index_.find(key);
  if (found == index_.end()) {
    ++misses_;
    return std::nullopt;
  }
  ++hits_;
  entries_.splice(entries_.begin(), entries_, found->second);
  return found->second->second;
}

void ResponseCache::put(const std::string& key, std::string body) {
  const std::size_t size = key.size() + body.size();
  if (max_entries_ == 0 || size > max_bytes_) return;
  std::lock_guard lock(mutex_);
  if (const auto found = index_.find(key); found != index_.end()) {
    bytes_ -= found->second->first.size() + found->second->second.size();
    entries_.erase(found->second);
    index_.erase(found);
  }
  entries_.emplace_front(key, std::move(body));
  index_[key] = entries_.begin();
  bytes_ += size;
  while (entries_.size() > max_entries_ || bytes_ > max_bytes_) {
    const auto& oldest = entries_.back();
    bytes_ -= oldest.first.size() + oldest.second.size();
    index_.erase(oldest.first);
    entries_.pop_back();
  }
}

std::size_t ResponseCache::hits() const {
  std::lock_guard lock(mutex_);
  return hits_;
}

std::size_t ResponseCache::misses() const {
  std::lock_guard lock(mutex_);
  return misses_;
}

}  // namespace lectern::server
