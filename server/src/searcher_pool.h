// Searchers lent to request threads: Xapian handles are not thread-safe, so each request gets
// a Searcher no other thread is using, and gives it back when done. Searchers are opened on
// demand, at most `capacity` of them, and reopened before each use, so that a live re-index
// shows.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/searcher/searcher.h"

namespace lectern::server {

class SearcherPool {
 public:
  // At most `capacity` Searchers lent at once (at least one).
  SearcherPool(searcher::SearcherOptions options, std::size_t capacity)
      : options_(std::move(options)), capacity_(std::max<std::size_t>(1, capacity)) {}

  // A Searcher for this thread until the lease goes out of scope.
  class Lease {
   public:
    Lease(SearcherPool& pool, std::unique_ptr<searcher::Searcher> searcher) : pool_(&pool), searcher_(std::move(searcher)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    ~Lease() {
      if (pool_ != nullptr && searcher_) pool_->give_back(std::move(searcher_));
    }
    searcher::Searcher& operator*() const { return *searcher_; }
    searcher::Searcher* operator->() const { return searcher_.get(); }

   private:
    SearcherPool* pool_;
    std::unique_ptr<searcher::Searcher> searcher_;
  };

  // Lends a Searcher that sees the latest commit, waiting while `capacity` are lent. Errors:
  // those of Searcher::open and reopen.
  Result<Lease> lend();

  // How many times a lent Searcher saw a new commit.
  std::size_t reopen_count() const;

 private:
  void give_back(std::unique_ptr<searcher::Searcher> searcher);
  void release_slot();  // a lend that failed gives its place back

  searcher::SearcherOptions options_;
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable returned_;
  std::size_t lent_ = 0;
  std::vector<std::unique_ptr<searcher::Searcher>> idle_;
  std::size_t reopens_ = 0;
};

}  // namespace lectern::server
