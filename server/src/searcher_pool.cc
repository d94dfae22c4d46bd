#include "searcher_pool.h"

namespace lectern::server {

Result<SearcherPool::Lease> SearcherPool::lend() {
  std::unique_ptr<searcher::Searcher> searcher;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      searcher = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!searcher) {
    auto opened = searcher::Searcher::open(options_);
    if (!opened) return opened.error();
    return Lease(*this, std::make_unique<searcher::Searcher>(std::move(*opened)));
  }
  const std::string before = searcher->snapshot();
  if (Status status = searcher->reopen(); !status) return status.error();
  if (searcher->snapshot() != before) {
    std::lock_guard lock(mutex_);
    ++reopens_;
  }
  return Lease(*this, std::move(searcher));
}

void SearcherPool::give_back(std::unique_ptr<searcher::Searcher> searcher) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(searcher));
}

std::size_t SearcherPool::reopen_count() const {
  std::lock_guard lock(mutex_);
  return reopens_;
}

}  // namespace lectern::server
