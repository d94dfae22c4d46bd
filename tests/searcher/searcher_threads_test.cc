// The thread contract of searcher.h: one Searcher per thread, any number of threads, while an
// indexer commits. Run under ThreadSanitizer by `make test` (the tsan preset) as well.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "lectern/indexer/indexer.h"
#include "lectern/searcher/searcher.h"
#include "test_support.h"

namespace lectern::searcher {
namespace {

using testing::TempDir;
using testing::write_file;

void write_reviews(const std::filesystem::path& folder, int first, int count) {
  for (int i = first; i < first + count; ++i) {
    write_file(folder / ("review-" + std::to_string(i) + ".txt"),
               "Book " + std::to_string(i) + " by Ann Writer\n\nA winter in besieged Leningrad in 1942, and bread, "
               "and letters from the front; review number " + std::to_string(i) + ".\n");
  }
}

TEST(SearcherThreads, OneSearcherPerThreadWhileAnIndexerCommits) {
  TempDir temp;
  const auto reviews = temp / "reviews";
  const auto db = temp / "db";
  write_reviews(reviews, 0, 40);
  indexer::IndexOptions options;
  options.database = db;
  options.commit_every = 10;
  {
    auto indexer = indexer::Indexer::open(options);
    ASSERT_TRUE(indexer) << indexer.error().message;
    ASSERT_TRUE(indexer->index({reviews}));
  }

  std::atomic<bool> writing{true};
  std::atomic<int> failures{0};
  std::atomic<int> searches{0};
  std::mutex first_failure_mutex;
  std::string first_failure;
  const auto fail = [&](const std::string& why) {
    ++failures;
    const std::lock_guard lock(first_failure_mutex);
    if (first_failure.empty()) first_failure = why;
  };
  std::vector<std::jthread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&] {
      auto searcher = Searcher::open({.databases = {db}});
      if (!searcher) {
        fail("open: " + searcher.error().message);
        return;
      }
      SearchRequest request;
      request.query = "leningrad bread";
      request.facets = {"author", "decade"};
      while (writing.load() || searches.load() < 40) {
        if (Status fresh = searcher->reopen(); !fresh.ok()) fail("reopen: " + fresh.error().message);
        auto results = searcher->search(request);
        if (!results) fail("search: " + results.error().message);
        else if (results->hits.empty()) fail("search found nothing");
        ++searches;
      }
    });
  }
  // Three more runs of the indexer, each committing in steps, while the readers search.
  for (int run = 1; run <= 3; ++run) {
    write_reviews(reviews, 40 * run, 40);
    auto indexer = indexer::Indexer::open(options);
    ASSERT_TRUE(indexer) << indexer.error().message;
    ASSERT_TRUE(indexer->index({reviews}));
  }
  writing = false;
  readers.clear();
  EXPECT_EQ(failures.load(), 0) << "first: " << first_failure;
  EXPECT_GE(searches.load(), 40);
}

}  // namespace
}  // namespace lectern::searcher
