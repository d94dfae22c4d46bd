// The run that creates an index leaves it compacted (compaction.h); later runs, --full ones
// included, write in place.
#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <string>

#include "lectern/indexer/indexer.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

using lectern::testing::TempDir;
using lectern::testing::write_file;

class Compaction : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 60; ++i) {
      write_file(reviews_ / ("r" + std::to_string(i) + ".txt"),
                 "Book " + std::to_string(i) + " by An Author\n\nA review of the siege and the winter of 1941, "
                 "with letters, bread, snow and the river number " + std::to_string(i) + ".\n");
    }
  }

  Result<IndexSummary> run(bool full = false, bool compact = true) {
    IndexOptions options;
    options.database = db_;
    options.full = full;
    options.compact = compact;
    options.jobs = 1;
    options.commit_every = 10;  // several commits, as a long run makes: blocks left part-empty
    auto indexer = Indexer::open(options);
    if (!indexer) return indexer.error();
    return indexer->index({reviews_});
  }

  TempDir temp_;
  std::filesystem::path reviews_ = temp_ / "reviews";
  std::filesystem::path db_ = temp_ / "db";
};

TEST_F(Compaction, ANewIndexIsCompactedAndKeepsEveryReview) {
  auto summary = run();
  ASSERT_OK(summary);
  EXPECT_GT(summary->bytes_before_compaction, 0u);
  EXPECT_GT(summary->bytes_after_compaction, 0u);
  EXPECT_LT(summary->bytes_after_compaction, summary->bytes_before_compaction);
  Xapian::Database database(db_.string());
  EXPECT_EQ(database.get_doccount(), 60u);
  EXPECT_EQ(database.get_termfreq("Zsieg"), 60u);
  EXPECT_FALSE(std::filesystem::exists(temp_ / "db.compacting")) << "the old tables are removed";
}

TEST_F(Compaction, IncrementalRunsAndNoCompactLeaveTheIndexAsWritten) {
  ASSERT_OK(run(false, false));
  const std::string uuid = Xapian::Database(db_.string()).get_uuid();
  write_file(reviews_ / "new.txt", "Another Book by Someone Else\n\nMore about the siege.\n");
  auto summary = run();
  ASSERT_OK(summary);
  EXPECT_EQ(summary->added, 1u);
  EXPECT_EQ(summary->bytes_after_compaction, 0u) << "an incremental run does not compact";
  EXPECT_EQ(Xapian::Database(db_.string()).get_uuid(), uuid);
}

TEST_F(Compaction, AFullRebuildWritesInPlaceUnderItsReaders) {
  ASSERT_OK(run());
  Xapian::Database reader(db_.string());
  const std::string uuid = reader.get_uuid();
  write_file(reviews_ / "new.txt", "Another Book by Someone Else\n\nMore about the siege.\n");
  auto summary = run(true);
  ASSERT_OK(summary);
  EXPECT_EQ(summary->bytes_after_compaction, 0u);
  reader.reopen();
  EXPECT_EQ(reader.get_uuid(), uuid);
  EXPECT_EQ(reader.get_doccount(), 61u);
  EXPECT_EQ(reader.get_termfreq("Zsieg"), 61u);
}

TEST_F(Compaction, AShardedIndexCompactsEveryShard) {
  IndexOptions options;
  options.database = db_;
  options.shards = 2;
  options.jobs = 2;
  options.commit_every = 10;
  auto indexer = Indexer::open(options);
  ASSERT_OK(indexer);
  auto summary = indexer->index({reviews_});
  ASSERT_OK(summary);
  EXPECT_GT(summary->bytes_after_compaction, 0u);
  EXPECT_LT(summary->bytes_after_compaction, summary->bytes_before_compaction);
  EXPECT_EQ(Xapian::Database(db_.string()).get_doccount(), 60u);
  EXPECT_EQ(Xapian::Database((db_ / "shard-1").string()).get_doccount() +
                Xapian::Database((db_ / "shard-2").string()).get_doccount(),
            60u);
}

}  // namespace
}  // namespace lectern::indexer
