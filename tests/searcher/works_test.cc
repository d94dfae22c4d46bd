// Works: every hit's work key and its counts, `work:` and `mentions:`, and collapsing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "collection.h"

namespace lectern::searcher {
namespace {

using testing::collection;
using ::testing::IsEmpty;
using testing::request_for;
using testing::sorted_ids;

using Ids = std::vector<std::string>;

class Works : public ::testing::Test {
 protected:
  const Hit& hit(const SearchResults& results, const std::string& id) {
    for (const Hit& h : results.hits) {
      if (h.id == id) return h;
    }
    ADD_FAILURE() << id << " not among the hits";
    static const Hit none;
    return none;
  }

  testing::IndexFixture index{collection()};
};

TEST_F(Works, EveryTitledHitCarriesItsWorkAndCounts) {
  const SearchResults results = index.search("book");
  EXPECT_EQ(hit(results, "siege").work, "siege|dunmore");
  EXPECT_EQ(hit(results, "siege").reviews_of_work, 2u);
  EXPECT_EQ(hit(results, "siege2").reviews_of_work, 2u);
  EXPECT_EQ(hit(results, "siege").mentions_of_work, 2u) << "betrayal and stalingrad mention it";
  EXPECT_EQ(hit(results, "betrayal").work, "betrayal|dunmore");
  EXPECT_EQ(hit(results, "betrayal").reviews_of_work, 1u);
  EXPECT_EQ(hit(results, "betrayal").mentions_of_work, 1u);
  EXPECT_EQ(hit(results, "spy").work, "spy who came in from the cold|carre");
  EXPECT_EQ(hit(results, "spy").mentions_of_work, 0u);
  EXPECT_EQ(hit(results, "notes").work, "");
  EXPECT_EQ(hit(results, "notes").reviews_of_work, 0u);
  EXPECT_EQ(hit(results, "siege").collapsed, 0u) << "only set when collapsing";
}

TEST_F(Works, WorkFieldFindsEveryReviewOfATitle) {
  EXPECT_EQ(sorted_ids(index.search("work:\"the siege\"")), (Ids{"siege", "siege2"}));
  EXPECT_EQ(sorted_ids(index.search("work:\"The Siege\"")), (Ids{"siege", "siege2"}));
  EXPECT_EQ(sorted_ids(index.search("work:siege")), (Ids{"siege", "siege2"})) << "the article does not matter";
  EXPECT_EQ(sorted_ids(index.search("work:\"siege|dunmore\"")), (Ids{"siege", "siege2"}));
  EXPECT_EQ(sorted_ids(index.search("work:\"wolfe\"")), (Ids{"woelfe"})) << "folded like the key";
  EXPECT_THAT(index.search("work:\"the sieg\"").hits, IsEmpty()) << "a whole title, not its start";
  EXPECT_THAT(index.search("work:\"siege|beevor\"").hits, IsEmpty());
}

TEST_F(Works, WorkFieldIsAFilter) {
  const SearchResults results = index.search("leningrad work:\"the siege\"");
  EXPECT_EQ(sorted_ids(results), (Ids{"siege", "siege2"}));
  const SearchResults plain = index.search("leningrad");
  EXPECT_DOUBLE_EQ(hit(results, "siege").score, hit(plain, "siege").score);
}

TEST_F(Works, MentionsFieldFindsReviewsThatRecommendAWork) {
  EXPECT_EQ(sorted_ids(index.search("mentions:\"the siege\"")), (Ids{"betrayal", "stalingrad"}));
  EXPECT_EQ(sorted_ids(index.search("mentions:\"the betrayal\"")), (Ids{"siege"}));
}

TEST_F(Works, CollapseGivesOneHitPerWorkWithTheNumberFoldedIn) {
  SearchRequest request = request_for("leningrad");
  request.collapse_by_work = true;
  const SearchResults results = testing::run(index.searcher(), request);
  ASSERT_EQ(results.hits.size(), 2u);
  EXPECT_EQ(results.total_estimate, 2u);
  const Hit& siege = results.hits[0].work == "siege|dunmore" ? results.hits[0] : results.hits[1];
  const Hit& betrayal = results.hits[0].work == "siege|dunmore" ? results.hits[1] : results.hits[0];
  EXPECT_EQ(siege.collapsed, 1u);
  EXPECT_EQ(siege.reviews_of_work, 2u);
  EXPECT_EQ(betrayal.id, "betrayal");
  EXPECT_EQ(betrayal.collapsed, 0u);
}

TEST_F(Works, CollapseKeepsTheBestBySortOrder) {
  SearchRequest request = request_for("work:\"the siege\"");
  request.collapse_by_work = true;
  request.sort = SortOrder::kDate;
  SearchResults results = testing::run(index.searcher(), request);
  ASSERT_EQ(results.hits.size(), 1u);
  EXPECT_EQ(results.hits[0].id, "siege2") << "the newer review";
  request.reverse = true;
  results = testing::run(index.searcher(), request);
  ASSERT_EQ(results.hits.size(), 1u);
  EXPECT_EQ(results.hits[0].id, "siege");
  EXPECT_EQ(results.hits[0].collapsed, 1u);
}

TEST_F(Works, FacetsStillCountReviewsWhenCollapsed) {
  SearchRequest request = request_for("leningrad");
  request.collapse_by_work = true;
  request.facets = {"author"};
  const SearchResults results = testing::run(index.searcher(), request);
  ASSERT_EQ(results.facets.size(), 1u);
  ASSERT_EQ(results.facets[0].values.size(), 1u);
  EXPECT_EQ(results.facets[0].values[0].count, 3u);
}

}  // namespace
}  // namespace lectern::searcher

namespace lectern::searcher {
namespace {

// The counts are remembered between searches, for as long as the index stays as it was.
TEST(WorkCounts, FollowEveryCommitTheSearcherReopensTo) {
  lectern::testing::TempDir dir;
  testing::write_index(dir / "db", {testing::review("a", "Alpha", {"Ann Author"}, "apple orchard")});
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);
  const SearchRequest request = testing::request_for("apple");
  EXPECT_EQ(testing::run(*searcher, request).hits.at(0).reviews_of_work, 1u);
  EXPECT_EQ(testing::run(*searcher, request).hits.at(0).reviews_of_work, 1u) << "asked again, unchanged";

  testing::write_index(dir / "db", {testing::review("b", "Alpha", {"Ann Author"}, "apple pie")});
  ASSERT_OK(searcher->reopen());
  const SearchResults results = testing::run(*searcher, request);
  ASSERT_EQ(results.hits.size(), 2u);
  EXPECT_EQ(results.hits[0].reviews_of_work, 2u) << "a second review of the work was committed";
  EXPECT_EQ(results.hits[1].reviews_of_work, 2u);
}

}  // namespace
}  // namespace lectern::searcher
