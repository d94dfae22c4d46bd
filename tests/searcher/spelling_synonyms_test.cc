// Forgiving queries: spelling corrections offered, and applied only when nothing matches;
// synonyms from the index's table, single words, runs of words and phrases alike.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "collection.h"
#include "synonyms.h"

namespace lectern::searcher {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using testing::request_for;
using testing::review;
using testing::sorted_ids;

using Ids = std::vector<std::string>;

// The index's spelling and synonym data, written as the indexer writes them.
void add_data(const std::filesystem::path& folder, const std::vector<std::string>& words,
              const std::vector<std::vector<std::string>>& synonym_groups) {
  Xapian::WritableDatabase database(folder.string());
  for (const auto& word : words) database.add_spelling(word);
  for (const auto& group : synonym_groups) {
    for (const auto& key : group) {
      for (const auto& synonym : group) {
        if (synonym != key) database.add_synonym(key, synonym);
      }
    }
  }
  database.commit();
}

class Spelling : public ::testing::Test {
 protected:
  void SetUp() override {
    add_data(index.folder() / "db", {"stalingrad", "leningrad", "betrayal", "dunmore", "siege", "book"}, {});
    ASSERT_OK(index.searcher().reopen());
  }

  testing::IndexFixture index{testing::collection()};
};

TEST_F(Spelling, NothingMatchesSoTheCorrectionIsRunAndSaidSo) {
  const SearchResults results = index.search("stalingard");
  EXPECT_EQ(results.query, "stalingard");
  EXPECT_EQ(results.corrected_query, "stalingrad");
  EXPECT_TRUE(results.auto_corrected);
  EXPECT_EQ(testing::ids(results), Ids{"stalingrad"});
}

TEST_F(Spelling, ACorrectionWhoseBestMatchHoldsMoreOfTheQueryIsApplied) {
  const SearchResults results = index.search("dunmore betrayl");
  EXPECT_EQ(results.corrected_query, "dunmore betrayal");
  EXPECT_TRUE(results.auto_corrected);
  EXPECT_FALSE(results.corrected_from_nothing);
  ASSERT_FALSE(results.hits.empty());
  EXPECT_EQ(results.hits.front().id, "betrayal");
}

TEST_F(Spelling, WithAutoCorrectionOffTheQueryAsTypedIsSearched) {
  SearchRequest request = request_for("dunmore betrayl");
  request.auto_correct = false;
  const SearchResults results = testing::run(index.searcher(), request);
  EXPECT_EQ(results.corrected_query, "dunmore betrayal");
  EXPECT_FALSE(results.auto_corrected);
  EXPECT_EQ(sorted_ids(results), (Ids{"betrayal", "siege", "siege2"})) << "the query as typed: dunmore";
}

TEST_F(Spelling, KnownWordsAreNotCorrected) {
  const SearchResults results = index.search("stalingrad leningrad");
  EXPECT_EQ(results.corrected_query, "");
  EXPECT_FALSE(results.auto_corrected);
}

TEST_F(Spelling, AutoCorrectionCanBeTurnedOff) {
  SearchRequest request = request_for("stalingard");
  request.auto_correct = false;
  const SearchResults results = testing::run(index.searcher(), request);
  EXPECT_THAT(results.hits, IsEmpty());
  EXPECT_EQ(results.corrected_query, "stalingrad");
  EXPECT_FALSE(results.auto_corrected);
}

TEST_F(Spelling, TheCorrectedQueryKeepsTheFilters) {
  SearchRequest request = request_for("stalingard");
  request.filters.languages = {"de"};
  const SearchResults results = testing::run(index.searcher(), request);
  EXPECT_THAT(results.hits, IsEmpty());
  EXPECT_FALSE(results.auto_corrected) << "the correction found nothing either";
  EXPECT_EQ(results.corrected_query, "stalingrad");
}

TEST_F(Spelling, PhrasesAndSearchableFieldsAreCorrectedInPlaceFilterValuesNot) {
  // A phrase that finds nothing as typed is corrected; one that finds something is left alone.
  EXPECT_EQ(index.search("\"siege of lenigrad\"").corrected_query, "\"siege of leningrad\"");
  EXPECT_EQ(index.search("tag:russia stalingard").corrected_query, "tag:russia stalingrad");
  EXPECT_EQ(index.search("title:stalingard").corrected_query, "title:stalingrad");
  EXPECT_EQ(index.search("tag:stalingard siege").corrected_query, "") << "a filter's value is exact";
}

TEST_F(Spelling, StopwordsAreNotCorrected) { EXPECT_EQ(index.search("siege of leningrad").corrected_query, ""); }

class Synonyms : public ::testing::Test {
 protected:
  void SetUp() override {
    add_data(index.folder() / "db", {}, {{"wwii", "second world war", "world war two", "ww2"}, {"ussr", "soviet"}});
    ASSERT_OK(index.searcher().reopen());
  }

  testing::IndexFixture index{{
      review("acronym", "Notes", {}, "Memoirs of WWII, written in a hurry."),
      review("spelled", "Notes", {}, "A history of the Second World War in Europe."),
      review("numbered", "Notes", {}, "Letters home from World War Two."),
      review("short", "Notes", {}, "Remembering WW2 in the village."),
      review("soviet", "Notes", {}, "Soviet tanks at Kursk."),
      review("other", "Notes", {}, "A garden in summer."),
  }};
};

TEST_F(Synonyms, AWordFindsItsPhraseAndWordEquivalents) {
  EXPECT_EQ(sorted_ids(index.search("wwii")), (Ids{"acronym", "numbered", "short", "spelled"}));
  EXPECT_EQ(sorted_ids(index.search("ww2")), (Ids{"acronym", "numbered", "short", "spelled"}));
  EXPECT_EQ(sorted_ids(index.search("ussr")), (Ids{"soviet"}));
}

TEST_F(Synonyms, APhraseFindsItsEquivalents) {
  const Ids found = sorted_ids(index.search("second world war"));
  for (const char* id : {"acronym", "numbered", "short", "spelled"}) EXPECT_THAT(found, Contains(id));
  EXPECT_THAT(sorted_ids(index.search("world war two")), Contains("acronym"));
}

TEST_F(Synonyms, QuotedAndFieldWordsAreTakenAsTyped) {
  EXPECT_EQ(sorted_ids(index.search("\"wwii\"")), (Ids{"acronym"}));
  EXPECT_THAT(index.search("title:wwii").hits, IsEmpty());
}

TEST_F(Synonyms, TheExpansionIsNotOfferedAsACorrection) { EXPECT_EQ(index.search("wwii").corrected_query, ""); }

class PhraseSynonyms : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::write_index(dir_ / "db", {review("a", "A", {}, "text")});
    add_data(dir_ / "db", {}, {{"wwii", "second world war", "world war two"}});
    database_ = Xapian::Database((dir_ / "db").string());
  }

  std::string rewrite(std::string_view query) { return add_phrase_synonyms(query, database_); }

  lectern::testing::TempDir dir_;
  Xapian::Database database_;
};

TEST_F(PhraseSynonyms, PlainWordsGetTheirPhrasesAsAlternatives) {
  EXPECT_EQ(rewrite("wwii siege"), "(wwii OR \"second world war\" OR \"world war two\") siege");
  EXPECT_EQ(rewrite("siege (WWII)"), "siege ((WWII OR \"second world war\" OR \"world war two\"))");
  EXPECT_EQ(rewrite("wwii, siege"), "(wwii OR \"second world war\" OR \"world war two\"), siege");
}

TEST_F(PhraseSynonyms, RunsOfWordsMatchTheLongestKey) {
  const std::string rewritten = rewrite("the second world war");
  EXPECT_EQ(rewritten.substr(0, 22), "the (second world war ");
  EXPECT_NE(rewritten.find("OR \"world war two\")"), std::string::npos) << rewritten;
}

TEST_F(PhraseSynonyms, LeavesQuotesFieldsOperatorsAndMarkedWordsAlone) {
  for (const char* query : {"\"wwii\"", "title:wwii", "+wwii", "-wwii", "wwii*", "siege AND", "period:wwii",
                            "\"unbalanced wwii", "wwii:x"}) {
    EXPECT_EQ(rewrite(query), query);
  }
}

TEST_F(PhraseSynonyms, AnIndexWithoutSynonymsChangesNothing) {
  lectern::testing::TempDir other;
  testing::write_index(other / "db", {review("a", "A", {}, "text")});
  EXPECT_EQ(add_phrase_synonyms("wwii", Xapian::Database((other / "db").string())), "wwii");
}

}  // namespace
}  // namespace lectern::searcher
