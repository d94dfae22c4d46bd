// The JSON contract of docs/search-json.md: every key, its type, and the null rules.
#include "lectern/searcher/results_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

namespace lectern::searcher {
namespace {

using nlohmann::json;

std::set<std::string> keys_of(const json& object) {
  std::set<std::string> keys;
  for (const auto& item : object.items()) keys.insert(item.key());
  return keys;
}

SearchResults sample() {
  SearchResults results;
  results.query = "siege period:1940s";
  results.total_estimate = 12;
  results.total_lower_bound = 10;
  results.total_upper_bound = 15;
  results.offset = 10;
  results.limit = 2;
  results.corrected_query = "siege period:1940";
  results.auto_corrected = true;
  results.facets = {{"author", {{"Helen Dunmore", 3}}}, {"lang", {}}};
  Hit full;
  full.rank = 11;
  full.id = "/r/betrayal.md";
  full.score = 3.25;
  full.path = "/r/betrayal.md";
  full.title = "The Betrayal";
  full.authors = {"Helen Dunmore"};
  full.reviewer = "Ann Reader";
  full.date = "2011-05-02";
  full.rating = 4.5;
  full.period = YearSpan{-44, 1953};
  full.snippet = "after the <mark>siege</mark>";
  full.title_highlighted = "The <mark>Betrayal</mark>";
  full.work = "betrayal|dunmore";
  full.reviews_of_work = 2;
  full.mentions_of_work = 1;
  full.collapsed = 1;
  Hit bare;
  bare.rank = 12;
  bare.id = "/r/bare.txt";
  bare.path = "/r/bare.txt";
  results.hits = {full, bare};
  return results;
}

TEST(ResultsJson, HasExactlyTheDocumentedKeysAndTypes) {
  const json parsed = json::parse(results_to_json(sample()));
  EXPECT_EQ(keys_of(parsed), (std::set<std::string>{"query", "total_estimate", "total_bounds", "offset", "limit",
                                                    "corrected_query", "auto_corrected", "notice", "facets", "hits"}));
  EXPECT_EQ(parsed["corrected_query"], "siege period:1940");
  EXPECT_EQ(parsed["auto_corrected"], true);
  EXPECT_EQ(parsed["notice"], "");
  EXPECT_EQ(parsed["facets"],
            (json{{"author", json::array({{{"value", "Helen Dunmore"}, {"count", 3}}})}, {"lang", json::array()}}));
  EXPECT_EQ(parsed["query"], "siege period:1940s");
  EXPECT_TRUE(parsed["total_estimate"].is_number_unsigned());
  EXPECT_EQ(parsed["total_estimate"], 12);
  EXPECT_EQ(keys_of(parsed["total_bounds"]), (std::set<std::string>{"lower", "upper"}));
  EXPECT_EQ(parsed["total_bounds"]["lower"], 10);
  EXPECT_EQ(parsed["total_bounds"]["upper"], 15);
  EXPECT_EQ(parsed["offset"], 10);
  EXPECT_EQ(parsed["limit"], 2);
  ASSERT_TRUE(parsed["hits"].is_array());
  ASSERT_EQ(parsed["hits"].size(), 2u);

  const json& hit = parsed["hits"][0];
  EXPECT_EQ(keys_of(hit), (std::set<std::string>{"rank", "id", "score", "path", "title", "title_highlighted", "authors",
                                                 "reviewer", "date", "rating", "period", "work", "reviews_of_work",
                                                 "mentions_of_work", "collapsed", "snippet"}));
  EXPECT_EQ(hit["rank"], 11);
  EXPECT_TRUE(hit["rank"].is_number_integer());
  EXPECT_EQ(hit["id"], "/r/betrayal.md");
  EXPECT_TRUE(hit["score"].is_number_float());
  EXPECT_DOUBLE_EQ(hit["score"].get<double>(), 3.25);
  EXPECT_EQ(hit["path"], "/r/betrayal.md");
  EXPECT_EQ(hit["title"], "The Betrayal");
  EXPECT_EQ(hit["authors"], json::array({"Helen Dunmore"}));
  EXPECT_EQ(hit["reviewer"], "Ann Reader");
  EXPECT_EQ(hit["date"], "2011-05-02");
  EXPECT_DOUBLE_EQ(hit["rating"].get<double>(), 4.5);
  EXPECT_EQ(hit["period"], (json{{"start", -44}, {"end", 1953}}));
  EXPECT_TRUE(hit["period"]["start"].is_number_integer());
  EXPECT_EQ(hit["snippet"], "after the <mark>siege</mark>");
  EXPECT_EQ(hit["title_highlighted"], "The <mark>Betrayal</mark>");
  EXPECT_EQ(hit["work"], "betrayal|dunmore");
  EXPECT_EQ(hit["reviews_of_work"], 2);
  EXPECT_EQ(hit["mentions_of_work"], 1);
  EXPECT_EQ(hit["collapsed"], 1);
  EXPECT_TRUE(hit["collapsed"].is_number_unsigned());
}

TEST(ResultsJson, NoFacetsIsAnEmptyObject) {
  SearchResults results;
  const json parsed = json::parse(results_to_json(results));
  EXPECT_TRUE(parsed["facets"].is_object());
  EXPECT_TRUE(parsed["facets"].empty());
  EXPECT_EQ(parsed["auto_corrected"], false);
}

TEST(StatsJson, HasTheDocumentedKeys) {
  CollectionStats stats;
  stats.documents = 3;
  stats.works = 2;
  stats.formats = {{"md", 2}, {"txt", 1}};
  stats.languages = {{"en", 3}};
  stats.top_authors = {{"Helen Dunmore", 2}};
  stats.decades = {{-50, 1}, {1940, 2}};
  stats.without_period = 0;
  const json parsed = json::parse(stats_to_json(stats));
  EXPECT_EQ(keys_of(parsed), (std::set<std::string>{"documents", "works", "formats", "languages", "top_authors",
                                                    "decades", "decades_covered", "without_period"}));
  EXPECT_EQ(parsed["formats"][0], (json{{"value", "md"}, {"count", 2}}));
  EXPECT_EQ(parsed["decades"][0], (json{{"decade", -50}, {"label", "50s BC"}, {"count", 1}}));
  EXPECT_EQ(parsed["decades"][1]["label"], "1940s");
}

TEST(ResultsJson, MissingValuesAreEmptyStringsEmptyListsOrNull) {
  const json hit = json::parse(results_to_json(sample()))["hits"][1];
  EXPECT_EQ(keys_of(hit).size(), 16u);
  EXPECT_EQ(hit["title_highlighted"], "");
  EXPECT_EQ(hit["work"], "");
  EXPECT_EQ(hit["reviews_of_work"], 0);
  EXPECT_EQ(hit["title"], "");
  EXPECT_EQ(hit["reviewer"], "");
  EXPECT_EQ(hit["date"], "");
  EXPECT_EQ(hit["snippet"], "");
  EXPECT_TRUE(hit["authors"].is_array());
  EXPECT_TRUE(hit["authors"].empty());
  EXPECT_TRUE(hit["rating"].is_null());
  EXPECT_TRUE(hit["period"].is_null());
}

TEST(ResultsJson, NoHitsIsAnEmptyArray) {
  SearchResults results;
  results.query = "nothing";
  const json parsed = json::parse(results_to_json(results));
  EXPECT_TRUE(parsed["hits"].is_array());
  EXPECT_TRUE(parsed["hits"].empty());
}

TEST(ResultsJson, InvalidUtf8IsReplacedNotThrown) {
  SearchResults results = sample();
  results.hits[0].title = "bad \xff\xfe title";
  results.query = "\xc3";
  std::string dumped;
  ASSERT_NO_THROW(dumped = results_to_json(results));
  const json parsed = json::parse(dumped);
  EXPECT_EQ(parsed["hits"][0]["title"], "bad \xEF\xBF\xBD\xEF\xBF\xBD title");
}

TEST(ResultsJson, OneLineByDefaultAndIndentedOnRequest) {
  EXPECT_EQ(results_to_json(sample()).find('\n'), std::string::npos);
  EXPECT_NE(results_to_json(sample(), 2).find("\n  \"hits\""), std::string::npos);
}

}  // namespace
}  // namespace lectern::searcher
