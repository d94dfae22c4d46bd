#include "lectern/indexer/indexer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <map>

#include "document_builder.h"
#include "lectern/common/document_data.h"
#include "lectern/common/schema.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

using lectern::testing::TempDir;
using lectern::testing::write_file;

class IndexerTest : public ::testing::Test {
 protected:
  Result<IndexSummary> run(bool full = false, unsigned jobs = 2) {
    IndexOptions options;
    options.database = db_;
    options.full = full;
    options.jobs = jobs;
    auto indexer = Indexer::open(options);
    if (!indexer) return indexer.error();
    return indexer->index({reviews_});
  }

  // One run with `options`, closing the database afterwards so that the next can open it.
  Result<IndexSummary> run_with(const IndexOptions& options) {
    auto indexer = Indexer::open(options);
    if (!indexer) return indexer.error();
    return indexer->index({reviews_});
  }

  // Options for a run that commits every 10 documents, as a long run commits in steps: the
  // blocks are left part-empty, which is what compaction recovers.
  IndexOptions in_steps() const {
    IndexOptions options;
    options.database = db_;
    options.jobs = 1;
    options.commit_every = 10;
    return options;
  }
  void write_sixty_reviews() {
    for (int i = 0; i < 60; ++i) {
      write_file(reviews_ / ("r" + std::to_string(i) + ".txt"),
                 "Book " + std::to_string(i) + " by An Author\n\nA review of the siege and the winter of 1941, "
                 "with letters, bread, snow and the river number " + std::to_string(i) + ".\n");
    }
  }

  TempDir temp_;
  std::filesystem::path reviews_ = temp_ / "reviews";
  std::filesystem::path db_ = temp_ / "db";
};

TEST_F(IndexerTest, CountsReviewsNotFiles) {
  write_file(reviews_ / "a.jsonl", "{\"title\": \"One\", \"text\": \"first review\"}\n{\"title\": \"Two\", \"text\": \"second review\"}\n");
  write_file(reviews_ / "b.txt", "Dune by Frank Herbert\n\nSand, spice and the year 10191.\n");
  auto summary = run();
  ASSERT_OK(summary);
  EXPECT_EQ(summary->added, 3u);
  EXPECT_EQ(summary->files, 2u);
  EXPECT_EQ(summary->documents, 3u);
}

TEST_F(IndexerTest, FileThatTurnsBadKeepsItsPreviousDocument) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  ASSERT_OK(run());
  write_file(reviews_ / "a.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  auto summary = run();
  ASSERT_OK(summary);
  ASSERT_EQ(summary->skipped.size(), 1u);
  EXPECT_NE(summary->skipped[0].reason.find("previously indexed version is kept"), std::string::npos)
      << summary->skipped[0].reason;
  EXPECT_EQ(summary->documents, 1u);
}

TEST_F(IndexerTest, ParallelAndSerialRunsBuildTheSameIndex) {
  for (int i = 0; i < 40; ++i) {
    write_file(reviews_ / ("r" + std::to_string(i) + ".txt"),
               "Book " + std::to_string(i) + " by Some Author\n\nThe year " + std::to_string(1900 + i) + " was hard.\n");
  }
  ASSERT_OK(run(false, 1));
  Xapian::Database serial(db_.string());
  std::vector<std::string> serial_data;
  for (auto it = serial.postlist_begin(""); it != serial.postlist_end(""); ++it) serial_data.push_back(serial.get_document(*it).get_data());
  std::sort(serial_data.begin(), serial_data.end());

  ASSERT_OK(run(true, 4));
  Xapian::Database parallel(db_.string());
  std::vector<std::string> parallel_data;
  for (auto it = parallel.postlist_begin(""); it != parallel.postlist_end(""); ++it) parallel_data.push_back(parallel.get_document(*it).get_data());
  std::sort(parallel_data.begin(), parallel_data.end());
  EXPECT_EQ(serial_data, parallel_data);
  EXPECT_EQ(parallel_data.size(), 40u);
}

TEST_F(IndexerTest, SecondWriterIsToldTheDatabaseIsLocked) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  IndexOptions options;
  options.database = db_;
  auto first = Indexer::open(options);
  ASSERT_OK(first);
  auto second = Indexer::open(options);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kIOError);
  EXPECT_NE(second.error().message.find("locked"), std::string::npos);
}

TEST_F(IndexerTest, IndexWrittenByAnotherSchemaVersionMustBeRebuilt) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  ASSERT_OK(run());
  {
    Xapian::WritableDatabase database(db_.string());
    database.set_metadata(std::string(schema::kMetadataVersionKey), "999");
    database.commit();
  }
  auto summary = run();
  ASSERT_FALSE(summary.ok());
  EXPECT_EQ(summary.error().code, ErrorCode::kCorruption);
  EXPECT_NE(summary.error().message.find("--full"), std::string::npos);
  ASSERT_OK(run(/*full=*/true));
}

TEST_F(IndexerTest, RunNeverDeletesReviewsOutsideItsPaths) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  write_file(temp_ / "other/b.txt", "Emma by Jane Austen\n\nHighbury, 1815.\n");
  IndexOptions options;
  options.database = db_;
  {
    auto indexer = Indexer::open(options);
    ASSERT_OK(indexer);
    ASSERT_OK(indexer->index({temp_ / "other"}));
  }
  std::filesystem::remove(temp_ / "other/b.txt");
  auto summary = run();  // walks only reviews/
  ASSERT_OK(summary);
  EXPECT_EQ(summary->deleted, 0u) << "a run over reviews/ must not judge files elsewhere";
  EXPECT_EQ(summary->documents, 2u);
}

TEST_F(IndexerTest, PruneRemovesFilesConfirmedGoneAnywhere) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  write_file(temp_ / "other/b.txt", "Emma by Jane Austen\n\nHighbury, 1815.\n");
  write_file(temp_ / "other/c.txt", "Persuasion by Jane Austen\n\nBath, 1814.\n");
  IndexOptions options;
  options.database = db_;
  auto indexer = Indexer::open(options);
  ASSERT_OK(indexer);
  ASSERT_OK(indexer->index({reviews_, temp_ / "other"}));
  std::filesystem::remove(temp_ / "other/b.txt");
  auto pruned = indexer->prune();
  ASSERT_OK(pruned);
  EXPECT_EQ(pruned->deleted, 1u);
  ASSERT_EQ(pruned->paths.size(), 1u);
  EXPECT_EQ(std::filesystem::path(pruned->paths[0]).filename(), "b.txt");
  EXPECT_EQ(pruned->documents, 2u);
}

TEST_F(IndexerTest, PruneKeepsTheReviewsOfARootThatIsMissingAltogether) {
  write_file(temp_ / "drive/b.txt", "Emma by Jane Austen\n\nHighbury, 1815.\n");
  IndexOptions options;
  options.database = db_;
  auto indexer = Indexer::open(options);
  ASSERT_OK(indexer);
  ASSERT_OK(indexer->index({temp_ / "drive"}));
  std::filesystem::remove_all(temp_ / "drive");  // as if the drive were unmounted
  auto pruned = indexer->prune();
  ASSERT_OK(pruned);
  EXPECT_EQ(pruned->deleted, 0u);
  EXPECT_EQ(pruned->documents, 1u);
  ASSERT_EQ(pruned->missing_roots.size(), 1u);
  EXPECT_EQ(std::filesystem::path(pruned->missing_roots[0]).filename(), "drive");
}

TEST_F(IndexerTest, DryRunReportsWhatWouldChangeAndWritesNothing) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  write_file(reviews_ / "b.txt", "Emma by Jane Austen\n\nHighbury, 1815.\n");
  ASSERT_OK(run());
  const auto revision = Xapian::Database(db_.string()).get_revision();
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet, and spice.\n");
  std::filesystem::remove(reviews_ / "b.txt");
  write_file(reviews_ / "c.txt", "Kim by Rudyard Kipling\n\nLahore.\n");
  IndexOptions options;
  options.database = db_;
  options.dry_run = true;
  auto indexer = Indexer::open(options);
  ASSERT_OK(indexer);
  auto summary = indexer->index({reviews_});
  ASSERT_OK(summary);
  ASSERT_EQ(summary->planned_additions.size(), 1u);
  EXPECT_EQ(std::filesystem::path(summary->planned_additions[0]).filename(), "c.txt");
  ASSERT_EQ(summary->planned_updates.size(), 1u);
  EXPECT_EQ(std::filesystem::path(summary->planned_updates[0]).filename(), "a.txt");
  ASSERT_EQ(summary->planned_deletions.size(), 1u);
  EXPECT_EQ(std::filesystem::path(summary->planned_deletions[0]).filename(), "b.txt");
  EXPECT_EQ(summary->commits, 0u);
  indexer = Result<Indexer>(Error::not_found("closed"));  // release the write lock
  EXPECT_EQ(Xapian::Database(db_.string()).get_revision(), revision);
  EXPECT_EQ(Xapian::Database(db_.string()).get_doccount(), 2u);
}

TEST_F(IndexerTest, RunThatChangesNothingMakesNoNewRevision) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  ASSERT_OK(run());
  const auto revision = Xapian::Database(db_.string()).get_revision();
  auto summary = run();
  ASSERT_OK(summary);
  EXPECT_EQ(summary->commits, 0u);
  EXPECT_EQ(Xapian::Database(db_.string()).get_revision(), revision);
}

TEST_F(IndexerTest, LongRunCommitsInStepsSoItsFinishedFilesSurvive) {
  for (int i = 0; i < 35; ++i) {
    write_file(reviews_ / ("r" + std::to_string(i) + ".txt"), "Book " + std::to_string(i) + " by An Author\n\nText.\n");
  }
  IndexOptions options;
  options.database = db_;
  options.commit_every = 10;
  options.jobs = 1;
  std::vector<std::size_t> visible_during_run;
  const std::string db = db_.string();
  options.on_progress = [&](const IndexProgress&) { visible_during_run.push_back(Xapian::Database(db).get_doccount()); };
  auto indexer = Indexer::open(options);
  ASSERT_OK(indexer);
  auto summary = indexer->index({reviews_});
  ASSERT_OK(summary);
  EXPECT_GE(summary->commits, 2u);
  EXPECT_EQ(summary->documents, 35u);
}

TEST_F(IndexerTest, AFileOverTheMemoryBudgetIsSkippedWithAReasonAndTheRestIndexed) {
  write_file(reviews_ / "small.txt", "Small by An Author\n\nA short review.\n");
  std::string page = "<html><body><article><h1>Big by An Author</h1>";
  while (page.size() < (2u << 20)) page += "<p>A paragraph of a long page about a caravan and its guide.</p>";
  write_file(reviews_ / "big.html", page + "</article></body></html>");
  IndexOptions options;
  options.database = db_;
  options.memory_budget = 32u << 20;  // the 2 MB page needs about 24 times that and more
  auto summary = run_with(options);
  ASSERT_OK(summary);
  EXPECT_EQ(summary->documents, 1u);
  ASSERT_EQ(summary->skipped.size(), 1u);
  EXPECT_NE(summary->skipped[0].path.find("big.html"), std::string::npos);
  EXPECT_NE(summary->skipped[0].reason.find("over the memory budget of 32 MiB"), std::string::npos) << summary->skipped[0].reason;
  // With room, the same page is read.
  options.memory_budget = 256u << 20;
  summary = run_with(options);
  ASSERT_OK(summary);
  EXPECT_EQ(summary->documents, 2u);
  EXPECT_TRUE(summary->skipped.empty());
}

TEST_F(IndexerTest, AFileOverTheTimeLimitIsSkippedWithAReasonAndTheRunGoesOn) {
  write_file(reviews_ / "small.txt", "Small by An Author\n\nA short review.\n");
  std::string slow = "Slow by An Author\n\n";
  for (int i = 0; slow.size() < (4u << 20); ++i) slow += "In " + std::to_string(1000 + i % 900) + " the army moved.\n";
  write_file(reviews_ / "slow.txt", slow);
  IndexOptions options;
  options.database = db_;
  options.extract.time_limit = std::chrono::milliseconds(1);
  auto summary = run_with(options);
  ASSERT_OK(summary);
  EXPECT_EQ(summary->documents, 1u);
  ASSERT_EQ(summary->skipped.size(), 1u);
  EXPECT_NE(summary->skipped[0].reason.find("took longer than the limit"), std::string::npos) << summary->skipped[0].reason;
}

TEST_F(IndexerTest, FilesDeletedOrRewrittenDuringTheRunAreReportedOrIndexedAsTheyAreNow) {
  for (int i = 0; i < 10; ++i) write_file(reviews_ / ("r" + std::to_string(i) + ".txt"), "Book " + std::to_string(i) + " by An Author\n\nText.\n");
  IndexOptions options;
  options.database = db_;
  options.jobs = 1;
  bool changed = false;
  // The first progress report comes after the walk, before any file is read.
  options.on_progress = [&](const IndexProgress&) {
    if (changed) return;
    changed = true;
    std::filesystem::remove(reviews_ / "r7.txt");
    write_file(reviews_ / "r8.txt", "Rewritten by An Author\n\nNew words: rewrittenmarker.\n");
  };
  auto summary = run_with(options);
  ASSERT_OK(summary);
  ASSERT_TRUE(changed);
  EXPECT_EQ(summary->documents, 9u);
  ASSERT_EQ(summary->skipped.size(), 1u);
  EXPECT_NE(summary->skipped[0].path.find("r7.txt"), std::string::npos);
  EXPECT_NE(summary->skipped[0].reason.find("no such file"), std::string::npos) << summary->skipped[0].reason;
  EXPECT_EQ(Xapian::Database(db_.string()).get_termfreq("rewrittenmarker"), 1u);
  // The next run sees r7 gone and nothing else to do.
  options.on_progress = nullptr;
  summary = run_with(options);
  ASSERT_OK(summary);
  EXPECT_EQ(summary->documents, 9u);
  EXPECT_TRUE(summary->skipped.empty());
}

TEST_F(IndexerTest, StoresTheSourcePathAndSignatureForTheNextRun) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  ASSERT_OK(run());
  Xapian::Database database(db_.string());
  const std::string path = std::filesystem::absolute(reviews_ / "a.txt").lexically_normal().string();
  auto posting = database.postlist_begin(source_file_term(path));
  ASSERT_NE(posting, database.postlist_end(source_file_term(path)));
  const Xapian::Document document = database.get_document(*posting);
  EXPECT_EQ(document.get_value(schema::kSlotSourcePath), path);
  EXPECT_FALSE(document.get_value(schema::kSlotSourceSignature).empty());
  EXPECT_EQ(database.get_metadata(std::string(schema::kMetadataVersionKey)), std::to_string(schema::kVersion));
}

}  // namespace
}  // namespace lectern::indexer

namespace lectern::indexer {
namespace {

std::map<std::string, Xapian::doccount> spellings(const std::filesystem::path& db) {
  Xapian::Database database(db.string());
  std::map<std::string, Xapian::doccount> words;
  for (auto it = database.spellings_begin(); it != database.spellings_end(); ++it) words[*it] = it.get_termfreq();
  return words;
}

TEST_F(IndexerTest, BuildsSpellingDataFromIndexedWords) {
  write_file(reviews_ / "a.txt", "Stalingrad by Antony Beevor\n\nThe battle of Stalingrad in 1942; Stalingrad again.\n");
  ASSERT_OK(run());
  const auto words = spellings(db_);
  ASSERT_TRUE(words.count("stalingrad"));
  EXPECT_GE(words.at("stalingrad"), 3u);
  EXPECT_TRUE(words.count("beevor"));
  EXPECT_FALSE(words.count("1942")) << "numbers are not spelling suggestions";
  EXPECT_FALSE(words.count("in")) << "too short to be misspelled";
}

TEST_F(IndexerTest, SpellingDataFollowsChangesAndDeletions) {
  write_file(reviews_ / "a.txt", "Stalingrad by Antony Beevor\n\nThe battle of Stalingrad.\n");
  write_file(reviews_ / "b.txt", "Kristin Lavransdatter by Sigrid Undset\n\nNorway in the fourteenth century.\n");
  ASSERT_OK(run());
  write_file(reviews_ / "a.txt", "Stalingrad by Antony Beevor\n\nThe battle on the Volga, told well.\n");
  std::filesystem::remove(reviews_ / "b.txt");
  ASSERT_OK(run());
  const auto words = spellings(db_);
  EXPECT_TRUE(words.count("volga"));
  EXPECT_FALSE(words.count("lavransdatter")) << "a deleted review's words leave the dictionary";
  EXPECT_FALSE(words.count("undset"));
  ASSERT_OK(run(/*full=*/true));
  EXPECT_EQ(spellings(db_), words) << "a full rebuild gives the same dictionary";
}

}  // namespace
}  // namespace lectern::indexer

namespace lectern::indexer {
namespace {

std::vector<std::string> synonyms_of(const std::filesystem::path& db, const std::string& key) {
  Xapian::Database database(db.string());
  return {database.synonyms_begin(key), database.synonyms_end(key)};
}

TEST_F(IndexerTest, StoresDefaultSynonymsInTheDatabase) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  ASSERT_OK(run());
  const auto synonyms = synonyms_of(db_, "wwii");
  EXPECT_NE(std::find(synonyms.begin(), synonyms.end(), "second world war"), synonyms.end());
}

TEST_F(IndexerTest, UserSynonymsAreAddedAndRemembered) {
  write_file(reviews_ / "a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  write_file(temp_ / "mine.txt", "Arrakis | Dune planet\n");
  IndexOptions options;
  options.database = db_;
  options.synonyms_file = temp_ / "mine.txt";
  {
    auto indexer = Indexer::open(options);
    ASSERT_OK(indexer);
    ASSERT_OK(indexer->index({reviews_}));
  }
  EXPECT_EQ(synonyms_of(db_, "arrakis"), std::vector<std::string>{"dune planet"});
  ASSERT_OK(run());  // without --synonyms
  EXPECT_EQ(synonyms_of(db_, "arrakis"), std::vector<std::string>{"dune planet"});
  EXPECT_FALSE(synonyms_of(db_, "wwii").empty());
}

TEST_F(IndexerTest, BadSynonymsFileIsRefusedNamingTheLine) {
  write_file(temp_ / "bad.txt", "ok | fine\njust one\n");
  IndexOptions options;
  options.database = db_;
  options.synonyms_file = temp_ / "bad.txt";
  auto indexer = Indexer::open(options);
  ASSERT_FALSE(indexer.ok());
  EXPECT_EQ(indexer.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(indexer.error().message.find("bad.txt"), std::string::npos);
  EXPECT_NE(indexer.error().message.find("line 2"), std::string::npos);
}

// The run that creates an index leaves it compacted (compaction.h); later runs, --full ones
// included, write in place.
TEST_F(IndexerTest, ANewIndexIsCompactedAndKeepsEveryReview) {
  write_sixty_reviews();
  auto summary = run_with(in_steps());
  ASSERT_OK(summary);
  EXPECT_GT(summary->bytes_before_compaction, 0u);
  EXPECT_GT(summary->bytes_after_compaction, 0u);
  EXPECT_LT(summary->bytes_after_compaction, summary->bytes_before_compaction);
  Xapian::Database database(db_.string());
  EXPECT_EQ(database.get_doccount(), 60u);
  EXPECT_EQ(database.get_termfreq("Zsieg"), 60u);
  EXPECT_FALSE(std::filesystem::exists(temp_ / "db.compacting")) << "the old tables are removed";
}

TEST_F(IndexerTest, IncrementalRunsAndNoCompactLeaveTheIndexAsWritten) {
  write_sixty_reviews();
  IndexOptions options = in_steps();
  options.compact = false;
  ASSERT_OK(run_with(options));
  const std::string uuid = Xapian::Database(db_.string()).get_uuid();
  write_file(reviews_ / "new.txt", "Another Book by Someone Else\n\nMore about the siege.\n");
  auto summary = run_with(in_steps());
  ASSERT_OK(summary);
  EXPECT_EQ(summary->added, 1u);
  EXPECT_EQ(summary->bytes_after_compaction, 0u) << "an incremental run does not compact";
  EXPECT_EQ(Xapian::Database(db_.string()).get_uuid(), uuid);
}

TEST_F(IndexerTest, AFullRebuildWritesInPlaceUnderItsReaders) {
  write_sixty_reviews();
  ASSERT_OK(run_with(in_steps()));
  Xapian::Database reader(db_.string());
  const std::string uuid = reader.get_uuid();
  write_file(reviews_ / "new.txt", "Another Book by Someone Else\n\nMore about the siege.\n");
  IndexOptions full = in_steps();
  full.full = true;
  auto summary = run_with(full);
  ASSERT_OK(summary);
  EXPECT_EQ(summary->bytes_after_compaction, 0u);
  reader.reopen();
  EXPECT_EQ(reader.get_uuid(), uuid);
  EXPECT_EQ(reader.get_doccount(), 61u);
  EXPECT_EQ(reader.get_termfreq("Zsieg"), 61u);
}

TEST_F(IndexerTest, AShardedIndexCompactsEveryShard) {
  write_sixty_reviews();
  IndexOptions options = in_steps();
  options.shards = 2;
  options.jobs = 2;
  auto summary = run_with(options);
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
