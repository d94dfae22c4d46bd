// Sort orders, their reversal, reviews without the value last, and stable paging.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "collection.h"

namespace lectern::searcher {
namespace {

using testing::collection;
using ::testing::ElementsAre;
using testing::request_for;

using Ids = std::vector<std::string>;

class Sorting : public ::testing::Test {
 protected:
  Ids sorted(SortOrder sort, bool reverse = false, std::string query = "book") {
    SearchRequest request = request_for(std::move(query));
    request.sort = sort;
    request.reverse = reverse;
    return testing::ids(testing::run(index.searcher(), request));
  }

  testing::IndexFixture index{collection()};
};

TEST_F(Sorting, DateNewestFirstUndatedLast) {
  const Ids ids = sorted(SortOrder::kDate);
  EXPECT_EQ(Ids(ids.begin(), ids.begin() + 8),
            (Ids{"spy", "siege2", "woelfe", "stalingrad", "betrayal", "wolf", "siege", "bleak"}));
  EXPECT_EQ(Ids(ids.begin() + 8, ids.end()).size(), 2u);
  EXPECT_THAT(Ids(ids.begin() + 8, ids.end()), ::testing::UnorderedElementsAre("caesar", "notes"));
}

TEST_F(Sorting, DateOrderOfMatchesWithoutDatesSaysSo) {
  SearchRequest request = request_for("train");  // only the undated notes match
  request.sort = SortOrder::kDate;
  const SearchResults undated = testing::run(index.searcher(), request);
  ASSERT_FALSE(undated.hits.empty());
  EXPECT_NE(undated.notice.find("none of the matching reviews has a date"), std::string::npos) << undated.notice;
  request = request_for("book");
  request.sort = SortOrder::kDate;
  EXPECT_TRUE(testing::run(index.searcher(), request).notice.empty());
}

TEST_F(Sorting, ReverseDateIsOldestFirstStillUndatedLast) {
  const Ids ids = sorted(SortOrder::kDate, true);
  EXPECT_EQ(Ids(ids.begin(), ids.begin() + 8),
            (Ids{"bleak", "siege", "wolf", "betrayal", "stalingrad", "woelfe", "siege2", "spy"}));
  EXPECT_THAT(Ids(ids.begin() + 8, ids.end()), ::testing::UnorderedElementsAre("caesar", "notes"));
}

TEST_F(Sorting, RatingHighestFirstTiesByRelevance) {
  SearchRequest request = request_for("book");
  request.sort = SortOrder::kRating;
  const SearchResults results = testing::run(index.searcher(), request);
  std::vector<std::optional<double>> ratings;
  for (const Hit& hit : results.hits) ratings.push_back(hit.rating);
  EXPECT_THAT(ratings, ElementsAre(5.0, 5.0, 4.5, 4.0, 4.0, 4.0, 3.5, 3.0, std::nullopt, std::nullopt));
  for (std::size_t i = 1; i < results.hits.size(); ++i) {
    if (ratings[i] == ratings[i - 1]) EXPECT_LE(results.hits[i].score, results.hits[i - 1].score) << i;
  }
}

// The two reviews of The Siege tie on title and period; ties go by relevance.
Ids siege_reviews_by_relevance(testing::IndexFixture& index) {
  const SearchResults results = index.search("book");
  Ids ids;
  for (const Hit& hit : results.hits) {
    if (hit.id == "siege" || hit.id == "siege2") ids.push_back(hit.id);
  }
  return ids;
}

TEST_F(Sorting, TitleIgnoresLeadingArticlesUntitledLast) {
  const Ids siege = siege_reviews_by_relevance(index);
  ASSERT_EQ(siege.size(), 2u);
  EXPECT_EQ(sorted(SortOrder::kTitle),
            (Ids{"betrayal", "bleak", "caesar", siege[0], siege[1], "spy", "stalingrad", "wolf", "woelfe", "notes"}));
}

TEST_F(Sorting, PeriodEarliestFirst) {
  const Ids ids = sorted(SortOrder::kPeriod);
  EXPECT_EQ(ids.front(), "caesar");
  EXPECT_EQ(ids.back(), "notes");
  const Ids siege = siege_reviews_by_relevance(index);
  ASSERT_EQ(siege.size(), 2u);
  EXPECT_EQ(Ids(ids.begin() + 3, ids.begin() + 9), (Ids{"bleak", siege[0], siege[1], "stalingrad", "betrayal", "spy"}));
  EXPECT_EQ(sorted(SortOrder::kPeriod, true).front(), "spy");
  EXPECT_EQ(sorted(SortOrder::kPeriod, true).back(), "notes");
}

TEST_F(Sorting, PagesOfASortedListNeitherRepeatNorSkip) {
  for (SortOrder sort :
       {SortOrder::kRelevance, SortOrder::kDate, SortOrder::kRating, SortOrder::kTitle, SortOrder::kPeriod}) {
    const Ids all = sorted(sort);
    Ids paged;
    for (std::size_t offset = 0; offset < all.size(); offset += 3) {
      SearchRequest request = request_for("book");
      request.sort = sort;
      request.offset = offset;
      request.limit = 3;
      const SearchResults page = testing::run(index.searcher(), request);
      EXPECT_EQ(page.total_estimate, all.size());
      EXPECT_EQ(page.total_lower_bound, page.total_upper_bound);
      for (const Hit& hit : page.hits) paged.push_back(hit.id);
    }
    EXPECT_EQ(paged, all) << static_cast<int>(sort);
  }
}

TEST_F(Sorting, FiltersAloneSortByDocumentOrderUnlessAsked) {
  SearchRequest request = request_for("");
  request.filters.authors = {"Helen Dunmore"};
  EXPECT_EQ(testing::ids(testing::run(index.searcher(), request)), (Ids{"betrayal", "siege", "siege2"}));
  request.sort = SortOrder::kDate;
  EXPECT_EQ(testing::ids(testing::run(index.searcher(), request)), (Ids{"siege2", "betrayal", "siege"}));
}

TEST_F(Sorting, ReverseWithRelevanceIsAnInvalidArgument) {
  SearchRequest request = request_for("book");
  request.reverse = true;
  auto results = index.searcher().search(request);
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.error().code, ErrorCode::kInvalidArgument);
}

TEST(SortOrderNames, ParseTheDocumentedNames) {
  EXPECT_EQ(parse_sort_order("relevance"), SortOrder::kRelevance);
  EXPECT_EQ(parse_sort_order("date"), SortOrder::kDate);
  EXPECT_EQ(parse_sort_order("rating"), SortOrder::kRating);
  EXPECT_EQ(parse_sort_order("title"), SortOrder::kTitle);
  EXPECT_EQ(parse_sort_order("period"), SortOrder::kPeriod);
  EXPECT_EQ(parse_sort_order("Date"), std::nullopt);
  EXPECT_EQ(parse_sort_order(""), std::nullopt);
}

}  // namespace
}  // namespace lectern::searcher
