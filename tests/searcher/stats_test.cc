// The collection at a glance.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "collection.h"

namespace lectern::searcher {
namespace {

std::string listed(const std::vector<FacetValue>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : ", ") + value.value + " " + std::to_string(value.count);
  return out;
}

TEST(CollectionStats, CountsFormatsLanguagesAuthorsAndDecades) {
  testing::IndexFixture index(testing::collection());
  auto stats = index.searcher().collection_stats(3);
  ASSERT_OK(stats);
  EXPECT_EQ(stats->documents, 10u);
  EXPECT_EQ(stats->works, 8u) << "The Siege twice; the untitled notes are no work";
  EXPECT_EQ(listed(stats->formats), "md 10");
  EXPECT_EQ(listed(stats->languages), "en 9, de 1");
  EXPECT_EQ(listed(stats->top_authors), "Helen Dunmore 3, Hilary Mantel 2, Adrian Goldsworthy 1");
  std::vector<std::pair<int, std::size_t>> decades;
  for (const auto& decade : stats->decades) decades.emplace_back(decade.decade, decade.count);
  EXPECT_EQ(decades, (std::vector<std::pair<int, std::size_t>>{
                         {-100, 1}, {1500, 2}, {1850, 1}, {1940, 3}, {1950, 1}, {1960, 1}}));
  EXPECT_EQ(stats->without_period, 1u);
}

TEST(CollectionStats, EmptyIndex) {
  lectern::testing::TempDir dir;
  testing::write_index(dir / "db", {});
  auto searcher = Searcher::open({{dir / "db"}});
  ASSERT_OK(searcher);
  auto stats = searcher->collection_stats();
  ASSERT_OK(stats);
  EXPECT_EQ(stats->documents, 0u);
  EXPECT_TRUE(stats->decades.empty());
  EXPECT_TRUE(stats->top_authors.empty());
}

TEST(DecadeLabel, ReadsLikeADecade) {
  EXPECT_EQ(decade_label(1940), "1940s");
  EXPECT_EQ(decade_label(0), "0s");
  EXPECT_EQ(decade_label(-50), "50s BC");
}

}  // namespace
}  // namespace lectern::searcher
