// The pool lends at most its capacity of Searchers at once; the next borrower waits for one
// to come back, and gets that one rather than a new one.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "lectern/indexer/indexer.h"
#include "searcher_pool.h"
#include "test_support.h"

namespace lectern::server {
namespace {

using testing::TempDir;
using testing::write_file;

class Pool : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(temp_ / "reviews" / "wolf.txt", "Wolf Hall by Hilary Mantel\n\nThomas Cromwell at court, 1527.\n");
    indexer::IndexOptions options;
    options.database = temp_ / "db";
    auto indexer = indexer::Indexer::open(options);
    ASSERT_TRUE(indexer) << indexer.error().message;
    ASSERT_TRUE(indexer->index({temp_ / "reviews"}));
  }
  TempDir temp_;
};

TEST_F(Pool, ABorrowerWaitsWhileEverySearcherIsLent) {
  SearcherPool pool(searcher::SearcherOptions{{temp_ / "db"}}, 1);
  auto first = pool.lend();
  ASSERT_TRUE(first) << first.error().message;
  const searcher::Searcher* lent = &**first;
  std::atomic<bool> second_lent{false};
  const searcher::Searcher* second_searcher = nullptr;
  std::jthread borrower([&] {
    auto second = pool.lend();
    ASSERT_TRUE(second) << second.error().message;
    second_searcher = &**second;
    second_lent = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(second_lent.load()) << "lent a second Searcher beyond the capacity of one";
  { auto returned = std::move(*first); }  // the lease ends: the Searcher goes back
  borrower.join();
  EXPECT_TRUE(second_lent.load());
  EXPECT_EQ(second_searcher, lent) << "the Searcher given back is lent again, not a new one";
}

TEST_F(Pool, AFailedLendGivesItsPlaceBack) {
  SearcherPool pool(searcher::SearcherOptions{{temp_ / "missing"}}, 1);
  EXPECT_FALSE(pool.lend());
  EXPECT_FALSE(pool.lend()) << "a second attempt fails the same way instead of waiting forever";
}

}  // namespace
}  // namespace lectern::server
