// Opening indexes, ranking, hits and paging, and every way an index can fail to open.
#include "lectern/searcher/searcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fcntl.h>
#include <stdio.h>

#include <fstream>

#include "lectern/common/schema.h"
#include "test_index.h"

namespace lectern::searcher {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;
using lectern::testing::TempDir;
using lectern::testing::write_file;
using testing::IndexFixture;
using testing::review;
using testing::write_index;

SearchRequest request_for(std::string query) {
  SearchRequest request;
  request.query = std::move(query);
  return request;
}

TEST(SearcherOpen, RejectsAnEmptyListOfDatabases) {
  auto searcher = Searcher::open({});
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.error().code, ErrorCode::kInvalidArgument);
}

TEST(SearcherOpen, MissingFolderIsNotFoundAndSaysHowToIndex) {
  TempDir dir;
  auto searcher = Searcher::open({{dir / "nowhere"}});
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.error().code, ErrorCode::kNotFound);
  EXPECT_THAT(searcher.error().message, HasSubstr("no Lectern index at `" + (dir / "nowhere").string() + "`"));
  EXPECT_THAT(searcher.error().message, HasSubstr("lectern index FOLDER --db"));
}

TEST(SearcherOpen, FolderWithoutAnIndexIsNotFound) {
  TempDir dir;
  write_file(dir / "notes.txt", "not an index");
  auto searcher = Searcher::open({{dir.path()}});
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.error().code, ErrorCode::kNotFound);
}

TEST(SearcherOpen, GarbageVersionFileIsCorruption) {
  TempDir dir;
  write_file(dir / "iamglass", "garbage");
  auto searcher = Searcher::open({{dir.path()}});
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.error().code, ErrorCode::kCorruption);
  EXPECT_THAT(searcher.error().message, HasSubstr(dir.path().string()));
  EXPECT_THAT(searcher.error().message, HasSubstr("lectern index --full"));
}

TEST(SearcherOpen, GarbageTableWithoutVersionFileIsNotFound) {
  TempDir dir;
  write_file(dir / "postlist.glass", "garbage garbage garbage");
  auto searcher = Searcher::open({{dir.path()}});
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.error().code, ErrorCode::kNotFound);
}

TEST(SearcherOpen, TruncatedTableFailsCleanlyAtOpenOrSearch) {
  TempDir dir;
  std::vector<Review> reviews;
  for (int i = 0; i < 200; ++i) {
    reviews.push_back(review("r" + std::to_string(i), "Title " + std::to_string(i), {"Some Author"},
                             "common words in every review number " + std::to_string(i)));
  }
  write_index(dir / "db", reviews);
  for (const char* table : {"postlist.glass", "termlist.glass", "docdata.glass"}) {
    std::filesystem::resize_file(dir / "db" / table, 8192 + 100);
  }
  auto searcher = Searcher::open({{dir / "db"}});
  if (!searcher.ok()) {
    EXPECT_THAT(searcher.error().code, ::testing::AnyOf(ErrorCode::kCorruption, ErrorCode::kNotFound));
    return;
  }
  auto results = searcher->search(request_for("common"));
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.error().code, ErrorCode::kCorruption);
  EXPECT_THAT(results.error().message, HasSubstr("lectern index --full"));
}

TEST(SearcherSearch, DamagedDocumentDataIsCorruptionNotACrash) {
  TempDir dir;
  std::vector<Review> reviews;
  unsigned seed = 12345;
  for (int i = 0; i < 200; ++i) {
    std::string text = "common";  // varied letters, so that the data does not compress away
    for (int k = 0; k < 80; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += " w" + std::to_string(seed % 100000);
    }
    reviews.push_back(review("r" + std::to_string(i), "Title", {}, text));
  }
  write_index(dir / "db", reviews);
  // Overwrite the middle blocks of the document data table, keeping the first blocks and the
  // root, which Xapian checks when it opens the table.
  const auto table = dir / "db" / "docdata.glass";
  const auto size = std::filesystem::file_size(table);
  ASSERT_GT(size, 8u * 8192);
  {
    std::fstream stream(table, std::ios::in | std::ios::out | std::ios::binary);
    stream.seekp(3 * 8192);
    const std::string junk(size - 5 * 8192, '\xA5');
    stream.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);  // the damage is found only when the data is read
  SearchRequest request = request_for("common");
  request.limit = 1000;
  auto results = searcher->search(request);
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.error().code, ErrorCode::kCorruption);
  EXPECT_THAT(results.error().message, HasSubstr((dir / "db").string()));
  EXPECT_THAT(results.error().message, HasSubstr("lectern index --full"));
}

TEST(SearcherOpen, IndexOfAnotherSchemaVersionIsCorruption) {
  TempDir dir;
  write_index(dir / "db", {review("a", "A", {}, "words")});
  {
    Xapian::WritableDatabase database((dir / "db").string());
    database.set_metadata(std::string(schema::kMetadataVersionKey), "999");
    database.commit();
  }
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.error().code, ErrorCode::kCorruption);
  EXPECT_THAT(searcher.error().message, HasSubstr("schema version `999`"));
}

TEST(SearcherOpen, IndexOfThisSchemaVersionOpens) {
  TempDir dir;
  write_index(dir / "db", {review("a", "A", {}, "words")});
  {
    Xapian::WritableDatabase database((dir / "db").string());
    database.set_metadata(std::string(schema::kMetadataVersionKey), std::to_string(schema::kVersion));
    database.commit();
  }
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);
  EXPECT_EQ(searcher->document_count(), 1u);
}

TEST(SearcherOpen, ShardsAreSearchedAsOne) {
  TempDir dir;
  write_index(dir / "one", {review("a", "Alpha", {}, "shared word apple")});
  write_index(dir / "two", {review("b", "Beta", {}, "shared word banana")});
  auto searcher = Searcher::open({{dir / "one", dir / "two"}});
  ASSERT_OK(searcher);
  EXPECT_EQ(searcher->document_count(), 2u);
  auto results = searcher->search(request_for("shared"));
  ASSERT_OK(results);
  EXPECT_THAT(testing::ids(*results), UnorderedElementsAre("a", "b"));
}

TEST(SearcherOpen, OneMissingShardFailsTheOpen) {
  TempDir dir;
  write_index(dir / "one", {review("a", "Alpha", {}, "apple")});
  auto searcher = Searcher::open({{dir / "one", dir / "missing"}});
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.error().code, ErrorCode::kNotFound);
  EXPECT_THAT(searcher.error().message, HasSubstr("missing"));
}

TEST(SearcherReopen, SeesWhatWasCommittedSinceOpen) {
  TempDir dir;
  write_index(dir / "db", {review("a", "Alpha", {}, "apple")});
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);
  write_index(dir / "db", {review("b", "Beta", {}, "apple banana")});
  ASSERT_OK(searcher->reopen());
  EXPECT_EQ(searcher->document_count(), 2u);
  auto results = searcher->search(request_for("banana"));
  ASSERT_OK(results);
  EXPECT_THAT(testing::ids(*results), ElementsAre("b"));
}

// The server's answer cache and the facet columns are kept per revision: a commit to any
// shard of a stub must change it (Xapian gives no revision for a database of several shards).
TEST(SearcherRevision, GrowsWithACommitToAnyShardOfAStub) {
  TempDir dir;
  std::filesystem::create_directories(dir / "index");
  write_index(dir / "index" / "shard-1", {review("a", "Alpha", {}, "apple")});
  write_index(dir / "index" / "shard-2", {review("b", "Beta", {}, "apple")});
  write_file(dir / "index" / "XAPIANDB", "auto shard-1\nauto shard-2\n");
  auto searcher = Searcher::open({{dir / "index"}});
  ASSERT_OK(searcher);
  const std::uint64_t before = searcher->revision();
  EXPECT_GT(before, 0u);
  write_index(dir / "index" / "shard-2", {review("c", "Gamma", {}, "apple")});
  ASSERT_OK(searcher->reopen());
  EXPECT_GT(searcher->revision(), before);
  EXPECT_EQ(searcher->document_count(), 3u);
}

// A database rebuilt or compacted into place restarts its revisions under a new uuid: what is
// kept per state (answers, facet columns) must not take the new database for the old one.
TEST(SearcherSnapshot, ChangesWithACommitAndFollowsACompactedCopyMovedIntoPlace) {
  TempDir dir;
  for (int commit = 0; commit < 6; ++commit) {
    std::vector<Review> reviews;
    for (int i = 0; i < 10; ++i) {
      const std::string id = std::to_string(commit * 10 + i);
      reviews.push_back(review(id, "Book " + id, {}, "apple orchard in winter, number " + id));
    }
    write_index(dir / "db", reviews);
  }
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);
  const std::string first = searcher->snapshot();
  EXPECT_FALSE(first.empty());
  write_index(dir / "db", {review("b", "Beta", {}, "apple banana")});
  ASSERT_OK(searcher->reopen());
  const std::string second = searcher->snapshot();
  EXPECT_NE(second, first);

  // A copy with one more review, compacted and moved into place under the open searcher.
  write_index(dir / "db", {review("c", "Gamma", {}, "apple cherry")});
  Xapian::Database((dir / "db").string()).compact((dir / "compacted").string());
  ASSERT_EQ(::renameat2(AT_FDCWD, (dir / "compacted").c_str(), AT_FDCWD, (dir / "db").c_str(), RENAME_EXCHANGE), 0);
  std::filesystem::remove_all(dir / "compacted");  // now the old database
  ASSERT_OK(searcher->reopen());
  EXPECT_NE(searcher->snapshot(), second);
  EXPECT_NE(searcher->snapshot(), first);
  EXPECT_EQ(searcher->document_count(), 62u);
  SearchRequest request = request_for("apple");
  request.limit = 100;
  request.facets = {"lang"};
  auto results = searcher->search(request);
  ASSERT_OK(results);
  EXPECT_EQ(results->hits.size(), 62u) << "every table is the new database's";
  EXPECT_EQ(results->total_estimate, 62u);
}

TEST(SearcherRanking, ReviewWithEveryWordOutranksReviewsWithOne) {
  IndexFixture index({review("wolves", "Notes", {}, "Wolves howl at night in the hills."),
                      review("winter", "Notes", {}, "Winter comes early in the hills."),
                      review("both", "Notes", {}, "Wolves come down from the hills in winter."),
                      review("neither", "Notes", {}, "Summer in the hills.")});
  const SearchResults results = index.search("wolves winter");
  ASSERT_EQ(results.hits.size(), 3u) << "the default operator is OR";
  EXPECT_EQ(results.hits[0].id, "both");
  EXPECT_GT(results.hits[0].score, results.hits[1].score);
}

TEST(SearcherRanking, TitleMatchOutranksBodyOnlyMention) {
  IndexFixture index({review("garden", "Tomatoes for Beginners", {"Sam Green"},
                             "Blight is a betrayal. Every gardener knows the betrayal of blight, a betrayal "
                             "in August."),
                      review("novel", "The Betrayal", {"Helen Dunmore"}, "Leningrad after the war."),
                      review("other", "Other", {}, "Nothing to see here.")});
  const SearchResults results = index.search("betrayal");
  EXPECT_THAT(testing::ids(results), ElementsAre("novel", "garden"));
}

TEST(SearcherRanking, AuthorMatchOutranksBodyOnlyMention) {
  IndexFixture index({review("essay", "On Novels", {"Jane Smith"}, "Dunmore is mentioned once here."),
                      review("novel", "The Siege", {"Helen Dunmore"}, "Leningrad in winter.")});
  EXPECT_THAT(index.find("dunmore"), ElementsAre("novel", "essay"));
}

TEST(SearcherHits, CarryTheStoredFields) {
  Review betrayal = review("betrayal", "The Betrayal", {"Helen Dunmore", "Second Author"}, "Leningrad, 1952.");
  betrayal.reviewer = "Ann Reader";
  betrayal.date = "2011-05-02";
  betrayal.rating = 4.5;
  betrayal.period = YearSpan{1941, 1953};
  Review bare = review("bare", "", {}, "Leningrad without metadata.");
  IndexFixture index({betrayal, bare});

  const SearchResults results = index.search("leningrad");
  ASSERT_EQ(results.hits.size(), 2u);
  const Hit& hit = results.hits[0].id == "betrayal" ? results.hits[0] : results.hits[1];
  const Hit& other = results.hits[0].id == "betrayal" ? results.hits[1] : results.hits[0];
  EXPECT_EQ(hit.path, "/reviews/betrayal.md");
  EXPECT_EQ(hit.title, "The Betrayal");
  EXPECT_THAT(hit.authors, ElementsAre("Helen Dunmore", "Second Author"));
  EXPECT_EQ(hit.reviewer, "Ann Reader");
  EXPECT_EQ(hit.date, "2011-05-02");
  EXPECT_EQ(hit.rating, 4.5);
  EXPECT_EQ(hit.period, (YearSpan{1941, 1953}));
  EXPECT_GT(hit.score, 0);
  EXPECT_EQ(other.title, "");
  EXPECT_THAT(other.authors, IsEmpty());
  EXPECT_FALSE(other.rating.has_value());
  EXPECT_FALSE(other.period.has_value());
}

TEST(SearcherHits, UndecodableDataStillGivesIdAndPath) {
  TempDir dir;
  write_index(dir / "db", {review("good", "Good", {}, "garbage collection explained")});
  {
    Xapian::WritableDatabase database((dir / "db").string());
    Xapian::Document document;
    document.add_term("garbage");
    document.add_term("Zgarbag");  // what the query parser makes of "garbage"
    document.add_boolean_term(std::string(schema::kPrefixId) + "broken");
    document.add_value(schema::kSlotSourcePath, "/reviews/broken.md");
    document.set_data("{not json");
    database.add_document(document);
    database.commit();
  }
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);
  auto results = searcher->search(request_for("garbage"));
  ASSERT_OK(results);
  ASSERT_EQ(results->hits.size(), 2u);
  const Hit& broken = results->hits[0].id == "broken" ? results->hits[0] : results->hits[1];
  EXPECT_EQ(broken.id, "broken");
  EXPECT_EQ(broken.path, "/reviews/broken.md");
  EXPECT_EQ(broken.title, "");
  EXPECT_EQ(broken.snippet, "");
}

TEST(SearcherPaging, OffsetAndLimitSelectAPageAndRanksCountFromTheTop) {
  std::vector<Review> reviews;
  for (int i = 0; i < 7; ++i) {
    // More "river" in later reviews, so the order is known.
    std::string text = "A review.";
    for (int j = 0; j <= i; ++j) text += " River.";
    reviews.push_back(review("r" + std::to_string(i), "T", {}, text));
  }
  IndexFixture index(reviews);
  SearchRequest request = request_for("river");
  request.limit = 100;
  auto all = index.searcher().search(request);
  ASSERT_OK(all);
  ASSERT_EQ(all->hits.size(), 7u);

  request.offset = 2;
  request.limit = 3;
  auto page = index.searcher().search(request);
  ASSERT_OK(page);
  ASSERT_EQ(page->hits.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(page->hits[i].rank, 3 + i);
    EXPECT_EQ(page->hits[i].id, all->hits[2 + i].id);
  }
  EXPECT_EQ(page->offset, 2u);
  EXPECT_EQ(page->limit, 3u);
  EXPECT_EQ(page->total_estimate, 7u);
  EXPECT_LE(page->total_lower_bound, 7u);
  EXPECT_GE(page->total_upper_bound, 7u);

  request.offset = 6;
  auto last = index.searcher().search(request);
  ASSERT_OK(last);
  ASSERT_EQ(last->hits.size(), 1u);
  EXPECT_EQ(last->hits[0].rank, 7u);

  request.offset = 50;
  auto beyond = index.searcher().search(request);
  ASSERT_OK(beyond);
  EXPECT_THAT(beyond->hits, IsEmpty());

  request.offset = 0;
  request.limit = 0;
  auto count_only = index.searcher().search(request);
  ASSERT_OK(count_only);
  EXPECT_THAT(count_only->hits, IsEmpty());
  EXPECT_EQ(count_only->total_estimate, 7u);
}

TEST(SearcherLanguage, QueryLanguageChoosesTheStemmer) {
  Review german = review("de", "Bücher", {}, "Die Bibliotheken der Stadt.");
  german.language = "de";
  IndexFixture index({german});
  SearchRequest request = request_for("bibliothek");
  request.language = "de";
  auto results = index.searcher().search(request);
  ASSERT_OK(results);
  EXPECT_THAT(testing::ids(*results), ElementsAre("de"));
  request.language = "xx";  // no stemmer: words as typed
  request.query = "Bibliotheken";
  results = index.searcher().search(request);
  ASSERT_OK(results);
  EXPECT_THAT(testing::ids(*results), ElementsAre("de"));
}

}  // namespace
}  // namespace lectern::searcher
