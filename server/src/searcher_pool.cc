#include "searcher_pool.h"

namespace lectern::server {

Result<SearcherPool::Lease> SearcherPool::lend() {
  std::unique_ptr<searcher::Searcher> searcher;
  {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [this] { return lent_ < capacity_; });
    ++lent_;
    if (!idle_.empty()) {
      searcher = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  // The slot is taken: every way out below either lends it or frees it.
  if (!searcher) {
    auto opened = searcher::Searcher::open(options_);
    if (!opened) {
      release_slot();
      return opened.error();
    }
    return Lease(*this, std::make_unique<searcher::Searcher>(std::move(*opened)));
  }
  const std::string before = searcher->snapshot();
  if (Status status = searcher->reopen(); !status) {
    give_back(std::move(searcher));  // still usable once the index is readable again
    return status.error();
  }
  if (searcher->snapshot() != before) {
    std::lock_guard lock(mutex_);
    ++reopens_;
  }
  return Lease(*this, std::move(searcher));
}

void SearcherPool::give_back(std::unique_ptr<searcher::Searcher> searcher) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(searcher));
  }
  release_slot();
}

void SearcherPool::release_slot() {
  {
    std::lock_guard lock(mutex_);
    --lent_;
  }
  returned_.notify_one();
}

std::size_t SearcherPool::reopen_count() const {
  std::lock_guard lock(mutex_);
  return reopens_;
}

}  // namespace lectern::server
