// More like this: neighbours of a review by its own telling words, never the review itself.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "collection.h"

namespace lectern::searcher {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::review;

std::vector<Review> neighbours() {
  Review a = review("siege", "The Siege", {"Helen Dunmore"},
                    "Leningrad under siege: hunger, ration cards, frozen bread queues and the ice road over Ladoga.");
  Review b = review("reid", "Leningrad", {"Anna Reid"},
                    "A history of Leningrad under siege: the ration cards, hunger and the ice road across Ladoga.");
  Review c = review("garden", "Tomatoes", {"Sam Green"}, "Sowing, pinching out and feeding tomatoes in a greenhouse.");
  Review d = review("rome", "Augustus", {"John Williams"}, "Letters from Rome about the first emperor and his heirs.");
  Review e1 = review("/reviews/batch.jsonl#0", "One", {}, "Hunger and bread in Leningrad.");
  e1.path = "/reviews/batch.jsonl";
  Review e2 = review("/reviews/batch.jsonl#1", "Two", {}, "Roses in a greenhouse.");
  e2.path = "/reviews/batch.jsonl";
  Review g = review("kinder", "Kinder", {}, "Die Kinder spielen im Garten, und die Kinder lachen laut im Garten.");
  g.language = "de";
  Review h = review("garten", "Garten", {}, "Im Garten spielen die Kinder den ganzen Sommer.");
  h.language = "de";
  return {a, b, c, d, e1, e2, g, h};
}

class Similar : public ::testing::Test {
 protected:
  Result<SearchResults> like(const std::string& reference, std::size_t limit = 10) {
    SimilarRequest request;
    request.review = reference;
    request.limit = limit;
    request.highlight = Highlight::kPlain;
    return index.searcher().similar(request);
  }

  testing::IndexFixture index{neighbours()};
};

TEST_F(Similar, FindsTheReviewWithTheSameTellingWordsFirstAndNeverItself) {
  auto results = like("siege");
  ASSERT_OK(results);
  ASSERT_FALSE(results->hits.empty());
  EXPECT_EQ(results->hits[0].id, "reid");
  EXPECT_THAT(testing::ids(*results), Not(Contains("siege")));
  EXPECT_THAT(testing::ids(*results), Not(Contains("rome")));
  EXPECT_EQ(results->query, "siege");
  EXPECT_EQ(results->hits[0].rank, 1u);
  EXPECT_THAT(results->hits[0].snippet, HasSubstr("[")) << "the shared words are marked";
}

TEST_F(Similar, ByThePathOfASingleReviewFile) {
  auto results = like("/reviews/reid.md");
  ASSERT_OK(results);
  ASSERT_FALSE(results->hits.empty());
  EXPECT_EQ(results->hits[0].id, "siege");
  EXPECT_THAT(testing::ids(*results), Not(Contains("reid")));
}

TEST_F(Similar, WorksInTheReviewsOwnLanguage) {
  auto results = like("kinder");
  ASSERT_OK(results);
  ASSERT_FALSE(results->hits.empty());
  EXPECT_EQ(results->hits[0].id, "garten");
}

TEST_F(Similar, APathOfSeveralReviewsAsksForAnId) {
  auto results = like("/reviews/batch.jsonl");
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(results.error().message, HasSubstr("holds 2 reviews"));
  EXPECT_THAT(results.error().message, HasSubstr("`/reviews/batch.jsonl#0`"));
  auto one = like("/reviews/batch.jsonl#0");
  ASSERT_OK(one);
  EXPECT_THAT(testing::ids(*one), Contains("siege"));
}

TEST_F(Similar, UnknownReviewIsNotFound) {
  auto results = like("/reviews/nothing.md");
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.error().code, ErrorCode::kNotFound);
  EXPECT_THAT(results.error().message, HasSubstr("/reviews/nothing.md"));
  auto empty = like("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(Similar, PagesLikeSearch) {
  auto all = like("siege", 10);
  ASSERT_OK(all);
  SimilarRequest request;
  request.review = "siege";
  request.offset = 1;
  request.limit = 1;
  auto page = index.searcher().similar(request);
  ASSERT_OK(page);
  ASSERT_EQ(page->hits.size(), 1u);
  ASSERT_GE(all->hits.size(), 2u);
  EXPECT_EQ(page->hits[0].id, all->hits[1].id);
  EXPECT_EQ(page->hits[0].rank, 2u);
}

}  // namespace
}  // namespace lectern::searcher
