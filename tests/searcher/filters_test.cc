// Filters as request options (SearchRequest::filters) and in the query language: each keeps
// the reviews it should, they combine, and they never change a score.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "collection.h"
#include "query_builder.h"

namespace lectern::searcher {
namespace {

using testing::collection;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::request_for;
using testing::sorted_ids;

using Ids = std::vector<std::string>;

class FilterOptions : public ::testing::Test {
 protected:
  Ids kept(const Filters& filters, const std::string& query = "book") {
    SearchRequest request = request_for(query);
    request.filters = filters;
    return sorted_ids(testing::run(index.searcher(), request));
  }

  Result<SearchResults> attempt(const Filters& filters) {
    SearchRequest request = request_for("book");
    request.filters = filters;
    return index.searcher().search(request);
  }

  testing::IndexFixture index{collection()};
};

TEST_F(FilterOptions, AuthorIsTheFullNameInAnyCase) {
  EXPECT_EQ(kept({.authors = {"Helen Dunmore"}}), (Ids{"betrayal", "siege", "siege2"}));
  EXPECT_EQ(kept({.authors = {"HELEN DUNMORE"}}), (Ids{"betrayal", "siege", "siege2"}));
  EXPECT_THAT(kept({.authors = {"Dunmore"}}), IsEmpty()) << "a surname alone is not the author";
  EXPECT_EQ(kept({.authors = {"John le Carre"}}), (Ids{"spy"})) << "diacritics folded";
}

TEST_F(FilterOptions, ValuesOfOneKindAreAlternatives) {
  EXPECT_EQ(kept({.authors = {"Helen Dunmore", "Antony Beevor"}}), (Ids{"betrayal", "siege", "siege2", "stalingrad"}));
  EXPECT_EQ(kept({.decades = {"1850s", "1960s"}}), (Ids{"bleak", "spy"}));
}

TEST_F(FilterOptions, KindsMustAllHold) {
  EXPECT_EQ(kept({.authors = {"Helen Dunmore"}, .rating = "5"}), (Ids{"siege"}));
  EXPECT_EQ(kept({.reviewers = {"Bob Critic"}, .tags = {"russia"}, .period = "1942..1943"}),
            (Ids{"siege", "stalingrad"}));
}

TEST_F(FilterOptions, ReviewerLanguageAndTag) {
  EXPECT_EQ(kept({.reviewers = {"bob critic"}}), (Ids{"siege", "stalingrad"}));
  EXPECT_EQ(kept({.languages = {"de"}}), (Ids{"woelfe"}));
  EXPECT_EQ(kept({.tags = {"Russia"}}), (Ids{"betrayal", "siege", "stalingrad"}));
  EXPECT_EQ(kept({.tags = {"world war"}}), (Ids{"siege"}));
}

TEST_F(FilterOptions, DecadeIsEveryDecadeThePeriodTouches) {
  EXPECT_EQ(kept({.decades = {"1940s"}}), (Ids{"siege", "siege2", "stalingrad"}));
  EXPECT_EQ(kept({.decades = {"1942"}}), (Ids{"siege", "siege2", "stalingrad"})) << "a year stands for its decade";
  EXPECT_EQ(kept({.decades = {"1520s"}}), (Ids{"woelfe", "wolf"}));
  EXPECT_EQ(kept({.decades = {"1930s..1950s"}}), (Ids{"betrayal", "siege", "siege2", "stalingrad"}));
}

TEST_F(FilterOptions, PeriodOverlapsYearsCenturiesAndEras) {
  EXPECT_EQ(kept({.period = "1940..1950"}), (Ids{"siege", "siege2", "stalingrad"}));
  EXPECT_EQ(kept({.period = "1953"}), (Ids{"betrayal"}));
  EXPECT_EQ(kept({.period = "Second World War"}), (Ids{"siege", "siege2", "stalingrad"}));
  EXPECT_EQ(kept({.period = "19th-century"}), (Ids{"bleak"}));
  EXPECT_EQ(kept({.period = "victorian"}), (Ids{"bleak"}));
  EXPECT_EQ(kept({.period = "Tudor period"}), (Ids{"woelfe", "wolf"}));
  EXPECT_EQ(kept({.period = "cold war"}), (Ids{"betrayal", "spy"}));
  EXPECT_EQ(kept({.period = "1st century BC"}), (Ids{"caesar"}));
}

TEST_F(FilterOptions, RatingRangeIsInclusive) {
  EXPECT_EQ(kept({.rating = "4..5"}), (Ids{"betrayal", "siege", "spy", "stalingrad", "woelfe", "wolf"}));
  EXPECT_EQ(kept({.rating = "5"}), (Ids{"siege", "wolf"}));
  EXPECT_EQ(kept({.rating = "4.5.."}), (Ids{"betrayal", "siege", "wolf"}));
  EXPECT_EQ(kept({.rating = "..3.5"}), (Ids{"bleak", "siege2"}));
  EXPECT_EQ(kept({.rating = "5..4"}), kept({.rating = "4..5"})) << "bounds the wrong way round";
}

TEST_F(FilterOptions, DateRangeIsInclusiveAndPartialDatesCoverTheirSpan) {
  EXPECT_EQ(kept({.date = "2010-01-01..2015-12-31"}), (Ids{"betrayal", "siege2", "stalingrad", "woelfe", "wolf"}));
  EXPECT_EQ(kept({.date = "2012"}), (Ids{"stalingrad"})) << "stored as 2012-06";
  EXPECT_EQ(kept({.date = "2012-06"}), (Ids{"stalingrad"}));
  EXPECT_EQ(kept({.date = "2010"}), (Ids{"wolf"})) << "stored as the year alone";
  EXPECT_EQ(kept({.date = "2015-12.."}), (Ids{"siege2", "spy"}));
  EXPECT_EQ(kept({.date = "..2009"}), (Ids{"bleak", "siege"}));
}

TEST_F(FilterOptions, FiltersAloneListEveryReviewTheyKeepUnweighted) {
  SearchRequest request = request_for("");
  request.filters.authors = {"Hilary Mantel"};
  const SearchResults results = testing::run(index.searcher(), request);
  EXPECT_EQ(sorted_ids(results), (Ids{"woelfe", "wolf"}));
  EXPECT_TRUE(results.notice.empty());
  for (const Hit& hit : results.hits) EXPECT_EQ(hit.score, 0);
}

TEST_F(FilterOptions, FiltersNeverChangeScores) {
  const SearchResults plain = index.search("leningrad hunger");
  SearchRequest request = request_for("leningrad hunger");
  request.filters = {.authors = {"Helen Dunmore"}, .period = "1900..2000", .rating = "0..5"};
  const SearchResults filtered = testing::run(index.searcher(), request);
  ASSERT_FALSE(filtered.hits.empty());
  for (const Hit& hit : filtered.hits) {
    const auto same = std::find_if(plain.hits.begin(), plain.hits.end(), [&](const Hit& h) { return h.id == hit.id; });
    ASSERT_NE(same, plain.hits.end()) << hit.id;
    EXPECT_DOUBLE_EQ(hit.score, same->score) << hit.id;
  }
}

TEST_F(FilterOptions, UnreadableValuesAreInvalidArgumentsNamingTheFilter) {
  const std::vector<std::pair<Filters, std::string>> cases = {
      {{.rating = "6"}, "rating filter"},    {{.rating = "good"}, "rating filter"},
      {{.date = "2012-13"}, "date filter"},  {{.date = "yesterday"}, "date filter"},
      {{.period = "soon"}, "period filter"}, {{.decades = {"1945s"}}, "decade filter"},
      {{.period = ".."}, "period filter"},
  };
  for (const auto& [filters, name] : cases) {
    auto results = attempt(filters);
    ASSERT_FALSE(results.ok()) << name;
    EXPECT_EQ(results.error().code, ErrorCode::kInvalidArgument);
    EXPECT_THAT(results.error().message, HasSubstr("the " + name + " wants"));
  }
}

class FilterFields : public ::testing::Test {
 protected:
  Ids kept(const std::string& query) { return sorted_ids(index.search(query)); }
  testing::IndexFixture index{collection()};
};

TEST_F(FilterFields, ExactAuthorAndReviewer) {
  EXPECT_EQ(kept("book authorexact:\"Helen Dunmore\""), (Ids{"betrayal", "siege", "siege2"}));
  EXPECT_THAT(kept("book authorexact:dunmore"), IsEmpty());
  EXPECT_EQ(kept("book reviewerexact:\"Ann Reader\""), (Ids{"betrayal", "wolf"}));
  EXPECT_EQ(kept("author:dunmore"), (Ids{"betrayal", "siege", "siege2"})) << "author: stays free text";
}

TEST_F(FilterFields, DecadeRatingAndDate) {
  EXPECT_EQ(kept("book decade:1940s"), (Ids{"siege", "siege2", "stalingrad"}));
  EXPECT_EQ(kept("book decade:1930s..1950s"), (Ids{"betrayal", "siege", "siege2", "stalingrad"}));
  EXPECT_EQ(kept("book rating:4..5"), (Ids{"betrayal", "siege", "spy", "stalingrad", "woelfe", "wolf"}));
  EXPECT_EQ(kept("book rating:5"), (Ids{"siege", "wolf"}));
  EXPECT_EQ(kept("book rating:4.5.."), (Ids{"betrayal", "siege", "wolf"}));
  EXPECT_EQ(kept("book date:2010-01-01..2015-12-31"), (Ids{"betrayal", "siege2", "stalingrad", "woelfe", "wolf"}));
  EXPECT_EQ(kept("book date:2012"), (Ids{"stalingrad"}));
  EXPECT_EQ(kept("date:..2009"), (Ids{"bleak", "siege"})) << "a filter alone";
}

TEST_F(FilterFields, PeriodCenturiesAndEras) {
  EXPECT_EQ(kept("book period:19th-century"), (Ids{"bleak"}));
  EXPECT_EQ(kept("book period:\"Second World War\""), (Ids{"siege", "siege2", "stalingrad"}));
  EXPECT_EQ(kept("book period:WWII"), (Ids{"siege", "siege2", "stalingrad"}));
  EXPECT_EQ(kept("book period:victorian"), (Ids{"bleak"}));
  EXPECT_THAT(kept("book period:\"the Great Purge\""), IsEmpty());
  EXPECT_EQ(kept("book period:18th-century..19th-century"), (Ids{"bleak"}));
}

TEST_F(FilterFields, LanguageAndTag) {
  EXPECT_EQ(kept("book lang:de"), (Ids{"woelfe"}));
  EXPECT_EQ(kept("book tag:tudor"), (Ids{"woelfe", "wolf"}));
}

TEST_F(FilterFields, FieldFiltersAgreeWithOptions) {
  SearchRequest request = request_for("book");
  request.filters = {.reviewers = {"Bob Critic"}, .rating = "4..5", .date = "2012"};
  EXPECT_EQ(sorted_ids(testing::run(index.searcher(), request)),
            kept("book reviewerexact:\"Bob Critic\" rating:4..5 date:2012"));
}

TEST_F(FilterFields, MalformedValuesAreReportedWithTheField) {
  for (const std::string query :
       {"rating:6", "rating:abc..def", "date:2012-13", "date:soon..later", "decade:1945s", "period:soon"}) {
    SearchRequest request = request_for(query);
    auto results = index.searcher().search(request);
    ASSERT_FALSE(results.ok()) << query;
    EXPECT_EQ(results.error().code, ErrorCode::kInvalidArgument) << query;
    EXPECT_THAT(results.error().message, HasSubstr("cannot parse query `" + query + "`")) << query;
    EXPECT_THAT(results.error().message, HasSubstr(query.substr(0, query.find(':') + 1) + "` wants")) << query;
  }
}

TEST_F(FilterFields, DotsInRangesOfEveryFieldSurviveAndOthersAreWordSeparators) {
  EXPECT_EQ(neutralise_stray_ranges("rating:4..5 date:2010..2012 decade:1930s..1950s a..b"),
            "rating:4..5 date:2010..2012 decade:1930s..1950s a  b");
}

}  // namespace
}  // namespace lectern::searcher
