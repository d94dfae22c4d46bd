// What a period bound may be: years, decades, centuries and eras of the gazetteer.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "eras.h"
#include "period_filter.h"

namespace lectern::searcher {
namespace {

using Span = std::optional<YearSpan>;

TEST(PeriodBound, YearsAndDecades) {
  EXPECT_EQ(parse_period_bound("1942"), (Span{{1942, 1942}}));
  EXPECT_EQ(parse_period_bound("1940s"), (Span{{1940, 1949}}));
  EXPECT_EQ(parse_period_bound("1940's"), (Span{{1940, 1949}}));
  EXPECT_EQ(parse_period_bound("44BC"), (Span{{-44, -44}}));
  EXPECT_EQ(parse_period_bound("-44"), (Span{{-44, -44}}));
  EXPECT_EQ(parse_period_bound("AD14"), (Span{{14, 14}}));
  EXPECT_EQ(parse_period_bound("1945s"), std::nullopt);
}

TEST(PeriodBound, CenturiesAsPeopleCountThem) {
  EXPECT_EQ(parse_period_bound("19th-century"), (Span{{1800, 1899}}));
  EXPECT_EQ(parse_period_bound("19th century"), (Span{{1800, 1899}}));
  EXPECT_EQ(parse_period_bound("19thC"), (Span{{1800, 1899}}));
  EXPECT_EQ(parse_period_bound("1st-century"), (Span{{0, 99}}));
  EXPECT_EQ(parse_period_bound("21st century"), (Span{{2000, 2099}}));
  EXPECT_EQ(parse_period_bound("1st century BC"), (Span{{-100, -1}}));
  EXPECT_EQ(parse_period_bound("5th-century-BCE"), (Span{{-500, -401}}));
  EXPECT_EQ(parse_period_bound("19-century"), std::nullopt) << "an ordinal is needed";
  EXPECT_EQ(parse_period_bound("0th century"), std::nullopt);
}

TEST(PeriodBound, ErasByAnyOfTheirNames) {
  EXPECT_EQ(parse_period_bound("Second World War"), (Span{{1939, 1945}}));
  EXPECT_EQ(parse_period_bound("the second-world-war"), (Span{{1939, 1945}}));
  EXPECT_EQ(parse_period_bound("WWII"), (Span{{1939, 1945}}));
  EXPECT_EQ(parse_period_bound("Great War"), (Span{{1914, 1918}}));
  EXPECT_EQ(parse_period_bound("Siege of Leningrad"), (Span{{1941, 1944}}));
  EXPECT_EQ(parse_period_bound("great terror"), (Span{{1936, 1938}}));
  EXPECT_EQ(parse_period_bound("Victorian era"), (Span{{1837, 1901}}));
  EXPECT_EQ(parse_period_bound("Tudor period"), (Span{{1485, 1603}}));
  EXPECT_EQ(parse_period_bound("Napoleonic Wars"), (Span{{1803, 1815}}));
  EXPECT_EQ(parse_period_bound("Renaissance"), (Span{{1400, 1600}})) << "not read as a year";
  EXPECT_EQ(parse_period_bound("French Revolution"), (Span{{1789, 1799}}));
  EXPECT_EQ(parse_period_bound("cold war"), (Span{{1947, 1991}}));
  EXPECT_EQ(parse_period_bound("the Long Ago"), std::nullopt);
}

TEST(Eras, TheErasTheQueryLanguageDocumentsAreKnown) {
  for (const char* name : {"Second World War", "First World War", "Siege of Leningrad", "Great Purge", "Cold War",
                           "Victorian era", "Renaissance", "French Revolution", "Napoleonic Wars", "Tudor period"}) {
    const auto years = find_era(name);
    ASSERT_TRUE(years.has_value()) << name;
    EXPECT_LE(years->start, years->end) << name;
  }
  EXPECT_EQ(find_era("no such era"), std::nullopt);
  EXPECT_EQ(find_era(""), std::nullopt);
}

TEST(PeriodQuery, RangesOfAnyBoundsAndErrors) {
  EXPECT_TRUE(period_query("18th-century..19th-century").ok());
  EXPECT_TRUE(period_query("First World War..Second World War").ok());
  EXPECT_TRUE(period_query("1940s..").ok());
  EXPECT_TRUE(period_query("..44BC").ok());
  for (const char* spec : {"", "..", "soon", "1940..soon", "soon..1940"}) {
    auto query = period_query(spec);
    ASSERT_FALSE(query.ok()) << spec;
    EXPECT_THAT(query.error().message, ::testing::StartsWith("wants a year")) << spec;
  }
}

}  // namespace
}  // namespace lectern::searcher
