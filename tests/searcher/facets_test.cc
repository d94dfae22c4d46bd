// Facets count over every match, not just the page, most frequent first.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "collection.h"
#include "lectern/common/document_data.h"
#include "lectern/common/schema.h"

namespace lectern::searcher {
namespace {

using testing::collection;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::request_for;

std::string upper(std::string text) {
  for (char& ch : text) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  return text;
}

// "value count, value count" for comparing a facet at a glance.
std::string listed(const FacetCounts& facet) {
  std::string out;
  for (const auto& value : facet.values)
    out += (out.empty() ? "" : ", ") + value.value + " " + std::to_string(value.count);
  return out;
}

class Facets : public ::testing::Test {
 protected:
  SearchResults with_facets(std::vector<std::string> names, std::string query = "book", std::size_t limit = 2,
                            std::size_t facet_limit = 0) {
    SearchRequest request = request_for(std::move(query));
    request.limit = limit;
    request.facets = std::move(names);
    request.facet_limit = facet_limit;
    return testing::run(index.searcher(), request);
  }

  testing::IndexFixture index{collection()};
};

TEST_F(Facets, CountEveryMatchNotJustThePage) {
  const SearchResults results = with_facets({"author"});
  EXPECT_EQ(results.hits.size(), 2u);
  ASSERT_EQ(results.facets.size(), 1u);
  EXPECT_EQ(results.facets[0].name, "author");
  EXPECT_EQ(listed(results.facets[0]),
            "Helen Dunmore 3, Hilary Mantel 2, Adrian Goldsworthy 1, Antony Beevor 1, Charles Dickens 1, "
            "John le Carré 1");
  EXPECT_EQ(results.total_estimate, 10u) << "facets make the totals exact";
  EXPECT_EQ(results.total_lower_bound, 10u);
  EXPECT_EQ(results.total_upper_bound, 10u);
}

TEST_F(Facets, CountOnlyWhatTheQueryAndFiltersKeep) {
  SearchRequest request = request_for("leningrad");
  request.facets = {"reviewer", "rating"};
  const SearchResults results = testing::run(index.searcher(), request);
  ASSERT_EQ(results.facets.size(), 2u);
  EXPECT_EQ(listed(results.facets[0]), "Ann Reader 1, Bob Critic 1, Cara Quill 1");
  EXPECT_EQ(listed(results.facets[1]), "5 1, 4.5 1, 3 1") << "ties: highest rating first";
}

TEST_F(Facets, DecadesCountEachDecadeAPeriodTouches) {
  const SearchResults results = with_facets({"decade"}, "leningrad OR stalingrad OR bleak");
  EXPECT_EQ(listed(results.facets[0]), "1940s 3, 1850s 1, 1950s 1");
}

TEST_F(Facets, BeforeChristDecadesAreLabelled) {
  const SearchResults results = with_facets({"decade"}, "rubicon");
  EXPECT_EQ(listed(results.facets[0]), "100s BC 1, 90s BC 1, 80s BC 1, 70s BC 1, 60s BC 1, 50s BC 1");
}

TEST_F(Facets, RatingsLanguagesTagsAndFormats) {
  const SearchResults results = with_facets({"rating", "lang", "tag", "format"});
  ASSERT_EQ(results.facets.size(), 4u);
  EXPECT_EQ(listed(results.facets[0]), "4 3, 5 2, 4.5 1, 3.5 1, 3 1");
  EXPECT_EQ(listed(results.facets[1]), "en 9, de 1");
  EXPECT_EQ(listed(results.facets[2]), "russia 3, tudor 2, world war 1");
  EXPECT_EQ(listed(results.facets[3]), "md 10");
}

TEST_F(Facets, LimitKeepsTheMostFrequent) {
  const SearchResults results = with_facets({"author"}, "book", 2, 2);
  EXPECT_EQ(listed(results.facets[0]), "Helen Dunmore 3, Hilary Mantel 2");
}

TEST_F(Facets, NoMatchesGiveEmptyFacets) {
  const SearchResults results = with_facets({"author", "decade"}, "zebra");
  ASSERT_EQ(results.facets.size(), 2u);
  EXPECT_TRUE(results.facets[0].values.empty());
  EXPECT_TRUE(results.facets[1].values.empty());
}

TEST_F(Facets, UnknownFacetIsAnInvalidArgumentListingTheKnownOnes) {
  SearchRequest request = request_for("book");
  request.facets = {"author", "colour"};
  auto results = index.searcher().search(request);
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(results.error().message, HasSubstr("`colour`"));
  EXPECT_THAT(results.error().message, HasSubstr("author, reviewer, decade, rating, lang, tag, format"));
  EXPECT_THAT(facet_names(), ElementsAre("author", "reviewer", "decade", "rating", "lang", "tag", "format"));
}

TEST(FacetDisplaySlots, NamesComeFromTheSlotsWhenTheIndexHasThem) {
  lectern::testing::TempDir dir;
  testing::write_index(dir / "db", collection());
  {
    // What the indexer writes once it fills the display slots: here in capitals, to tell them
    // from the document data.
    Xapian::WritableDatabase database((dir / "db").string());
    for (Xapian::PostingIterator it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
      Xapian::Document document = database.get_document(*it);
      Result<Review> review = decode_document_data(document.get_data());
      ASSERT_TRUE(review.ok());
      std::string authors;
      for (const auto& author : review->authors) {
        authors += (authors.empty() ? "" : std::string(1, schema::kValueSeparator)) + upper(author);
      }
      if (!authors.empty()) document.add_value(schema::kSlotAuthors, authors);
      database.replace_document(*it, document);
    }
    database.commit();
  }
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);
  SearchRequest request = request_for("book");
  request.facets = {"author"};
  const SearchResults results = testing::run(*searcher, request);
  EXPECT_EQ(results.facets[0].values[0].value, "HELEN DUNMORE");
  EXPECT_EQ(results.facets[0].values[0].count, 3u);
}

}  // namespace
}  // namespace lectern::searcher

namespace lectern::searcher {
namespace {

// The searcher holds facet values in memory per index revision (facet_columns.h): a commit
// seen by reopen() must be counted, and a replaced review must count once, under its new value.
TEST(FacetColumns, CountsFollowEveryCommitTheSearcherReopensTo) {
  lectern::testing::TempDir dir;
  testing::write_index(dir / "db", {testing::review("a", "Alpha", {"Ann Author"}, "apple orchard"),
                                    testing::review("b", "Beta", {"Ann Author"}, "apple pie")});
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);
  SearchRequest request = request_for("apple");
  request.facets = {"author"};
  EXPECT_EQ(listed(testing::run(*searcher, request).facets[0]), "Ann Author 2");

  testing::write_index(dir / "db", {testing::review("b", "Beta", {"Bo Writer"}, "apple pie"),
                                    testing::review("c", "Gamma", {"Bo Writer"}, "apple tart")});
  ASSERT_OK(searcher->reopen());
  EXPECT_EQ(listed(testing::run(*searcher, request).facets[0]), "Bo Writer 2, Ann Author 1");
}

// A phrase is counted while ranking, other queries in a pass of their own: either way the
// counts are those of every match, as the full list of hits shows them.
TEST_F(Facets, PhrasesAndWordsCountEveryMatch) {
  for (const std::string query : {"\"the siege\"", "siege winter", "book"}) {
    const SearchResults results = with_facets({"author"}, query, 100);
    ASSERT_FALSE(results.hits.empty()) << query;
    std::map<std::string, std::size_t> from_hits;
    for (const Hit& hit : results.hits) {
      for (const auto& author : hit.authors) ++from_hits[author];
    }
    std::map<std::string, std::size_t> from_facets;
    for (const auto& value : results.facets[0].values) from_facets[value.value] = value.count;
    EXPECT_EQ(from_facets, from_hits) << query;
    EXPECT_EQ(results.total_lower_bound, results.total_upper_bound) << query << ": facets make the totals exact";
    EXPECT_EQ(results.total_estimate, results.hits.size()) << query;
  }
}

}  // namespace
}  // namespace lectern::searcher
