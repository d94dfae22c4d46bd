#include "period.h"

#include <gtest/gtest.h>

namespace lectern::indexer {
namespace {

TEST(PeriodValue, YearRanges) {
  EXPECT_EQ(parse_period_value("1941-1944"), (YearSpan{1941, 1944}));
  EXPECT_EQ(parse_period_value("1941 \xE2\x80\x93 1944"), (YearSpan{1941, 1944}));
  EXPECT_EQ(parse_period_value("1941\xE2\x80\x93" "44"), (YearSpan{1941, 1944}));
  EXPECT_EQ(parse_period_value("1998-03"), (YearSpan{1998, 2003}));
  EXPECT_EQ(parse_period_value("from 1805 to 1820"), (YearSpan{1805, 1820}));
}

TEST(PeriodValue, SingleYearAndDecade) {
  EXPECT_EQ(parse_period_value("1952"), (YearSpan{1952, 1952}));
  EXPECT_EQ(parse_period_value("1930s"), (YearSpan{1930, 1939}));
  EXPECT_EQ(parse_period_value("the 1930's"), (YearSpan{1930, 1939}));
  EXPECT_EQ(parse_period_value("1800s"), (YearSpan{1800, 1899}));
}

TEST(PeriodValue, YearsBeforeChristAreNegative) {
  EXPECT_EQ(parse_period_value("44 BC-14"), (YearSpan{-44, 14}));
  EXPECT_EQ(parse_period_value("44 BC\xE2\x80\x93" "AD 14"), (YearSpan{-44, 14}));
  EXPECT_EQ(parse_period_value("753 BC"), (YearSpan{-753, -753}));
  EXPECT_EQ(parse_period_value("500-400 BC"), (YearSpan{-500, -400}));
  EXPECT_EQ(parse_period_value("AD 14"), (YearSpan{14, 14}));
}

TEST(PeriodValue, Centuries) {
  EXPECT_EQ(parse_period_value("19th century"), (YearSpan{1800, 1899}));
  EXPECT_EQ(parse_period_value("the nineteenth century"), (YearSpan{1800, 1899}));
  EXPECT_EQ(parse_period_value("5th century BC"), (YearSpan{-500, -401}));
  EXPECT_EQ(parse_period_value("16th-17th century"), (YearSpan{1500, 1699}));
}

TEST(PeriodValue, RejectsNonPeriods) {
  EXPECT_FALSE(parse_period_value(""));
  EXPECT_FALSE(parse_period_value("Tudor England"));
  EXPECT_FALSE(parse_period_value("1944-1941"));
  EXPECT_FALSE(parse_period_value("12345"));
}

TEST(PeriodExtraction, SingleYearsAndMonthYear) {
  EXPECT_EQ(extract_period("The novel is set in 1952 and ends in March, 1953 when Stalin dies."),
            (YearSpan{1952, 1953}));
}

TEST(PeriodExtraction, DecadesAndRanges) {
  EXPECT_EQ(extract_period("the purges of the 1930s"), (YearSpan{1930, 1939}));
  EXPECT_EQ(extract_period("the siege, 1941-1944, and the winter of 1942\xE2\x80\x93" "43"), (YearSpan{1941, 1944}));
  EXPECT_EQ(extract_period("the winter of 1942\xE2\x80\x93" "43"), (YearSpan{1942, 1943}));
}

TEST(PeriodExtraction, YearsBeforeChrist) {
  EXPECT_EQ(extract_period("Rome was founded, by tradition, in 753 BC; Augustus died in AD 14."), (YearSpan{-753, 14}));
  EXPECT_EQ(extract_period("Cicero spoke in 63 B.C."), (YearSpan{-63, -63}));
}

TEST(PeriodExtraction, NoYearGivesNothing) {
  EXPECT_FALSE(extract_period("A quiet novel about a family and a long winter."));
  EXPECT_FALSE(extract_period(""));
}

TEST(PeriodExtraction, PageNumbersAndCountsAreNotYears) {
  EXPECT_FALSE(extract_period("\"anyone can fall from favour\" (195) and later (11)"));
  EXPECT_FALSE(extract_period("the 900 days of the siege cost 1000 lives? no: 1500 soldiers"));
  EXPECT_FALSE(extract_period("It runs to 1,200 pages and costs $1999."));
  EXPECT_FALSE(extract_period("the 62nd Army and prisoner Shch-854"));
  EXPECT_FALSE(extract_period("ISBN 978-0-14-303943-3"));
}

TEST(PeriodExtraction, ThreeDigitYearsNeedContext) {
  EXPECT_FALSE(extract_period("there were 900 of them"));
  EXPECT_EQ(extract_period("Charlemagne was crowned in 800."), (YearSpan{800, 800}));
  EXPECT_EQ(extract_period("crowned AD 800"), (YearSpan{800, 800}));
  EXPECT_EQ(extract_period("Vikings raided in the 790s"), (YearSpan{790, 799}));
}

TEST(PeriodExtraction, PublicationYearsAreIgnored) {
  EXPECT_EQ(extract_period("Set in 1917. The novel was first published in 1991 (Penguin, 1992)."), (YearSpan{1917, 1917}));
  EXPECT_EQ(extract_period("It takes place in 1917. \xC2\xA9 2009 the author. The 2010 edition has maps."),
            (YearSpan{1917, 1917}));
  EXPECT_FALSE(extract_period("first published 1998"));
}

TEST(PeriodExtraction, DistantSingleMentionIsDropped) {
  const std::string text =
      "Napoleon had failed in 1812. In 1941 the Germans came; by 1942 the city was starving; in 1943 the "
      "blockade was broken and in 1944 it was lifted. The survivors remembered 1942 forever.";
  EXPECT_EQ(extract_period(text), (YearSpan{1941, 1944}));
}

TEST(PeriodExtraction, WideSpreadWithoutOutliersIsKept) {
  const std::string text = "From 753 BC to 509 BC the kings ruled; Caesar died in 44 BC; by AD 212 all were citizens.";
  EXPECT_EQ(extract_period(text), (YearSpan{-753, 212}));
}

TEST(PeriodExtraction, CenturiesOnlyWithoutYears) {
  EXPECT_EQ(extract_period("a novel of the nineteenth century"), (YearSpan{1800, 1899}));
  EXPECT_EQ(extract_period("a novel of the 19th-century stage, set in 1850"), (YearSpan{1850, 1850}));
}

}  // namespace
}  // namespace lectern::indexer
