// The period reader's weights are data: the built-in file parses, a user's file replaces what
// it lists, a bad file is refused with its line, and the weights change what is decided.
#include "lectern/indexer/period_weights.h"

#include <gtest/gtest.h>

#include <string>

#include "period.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

TEST(PeriodWeights, TheBuiltInFileParsesAndSetsEveryWeight) {
  const std::string text = testing::read_file(testing::source_dir() / "indexer/data/period_weights.tsv");
  auto parsed = parse_period_weights(text, PeriodWeights{});
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(*parsed, default_period_weights()) << "the embedded copy differs from the file";
  EXPECT_EQ(parsed->range, 1.5);
  EXPECT_EQ(parsed->min_outlier_gap, 30);
  // Written back, the weights read the same.
  auto again = parse_period_weights(format_period_weights(*parsed), PeriodWeights{});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *parsed);
}

TEST(PeriodWeights, AFileReplacesOnlyTheWeightsItNames) {
  auto parsed = parse_period_weights("# tuned\nera\t2\n\nmin_outlier_gap\t45\n", default_period_weights());
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(parsed->era, 2);
  EXPECT_EQ(parsed->min_outlier_gap, 45);
  EXPECT_EQ(parsed->year, default_period_weights().year);
}

TEST(PeriodWeights, ABadLineIsRefusedWithItsNumberAndReason) {
  auto error_of = [](std::string_view text) {
    auto parsed = parse_period_weights(text, default_period_weights());
    return parsed.ok() ? std::string("(parsed)") : parsed.error().message;
  };
  EXPECT_EQ(error_of("year\t1\nyaer\t2\n"), "line 2: unknown weight `yaer`");
  EXPECT_EQ(error_of("era\tmuch\n"), "line 1: `much` is not a number");
  EXPECT_EQ(error_of("era 2\n"), "line 1: expected `name<TAB>value`");
  EXPECT_EQ(error_of("dated\t-1\n"), "line 1: `dated` must not be negative");
}

TEST(PeriodWeights, TheWeightsDecideWhatIsAnOutlier) {
  const std::string text =
      "The novel follows a family through Leningrad in 1941, 1942 and 1943, with one memory of 1905.";
  EXPECT_EQ(read_period(text).period, (YearSpan{1941, 1943})) << "1905 is an outlier by default";
  auto no_outliers = parse_period_weights("outlier_share\t0\nflashback_share\t0\n", default_period_weights());
  ASSERT_TRUE(no_outliers.ok());
  EXPECT_EQ(read_period(text, {.weights = &*no_outliers}).period, (YearSpan{1905, 1943}));
}

TEST(PeriodWeights, EvidenceCarriesTheWeightTheFeaturesGive) {
  auto heavy_setting = parse_period_weights("setting_sentence\t3\n", default_period_weights());
  ASSERT_TRUE(heavy_setting.ok());
  const auto reading = read_period("The novel is set in 1952.", {.weights = &*heavy_setting});
  ASSERT_EQ(reading.evidence.size(), 1u);
  EXPECT_EQ(reading.evidence[0].weight, default_period_weights().year + 3);
}

}  // namespace
}  // namespace lectern::indexer
