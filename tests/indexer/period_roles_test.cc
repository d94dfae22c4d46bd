// What each year in a review is about: only setting evidence makes a period, and every mention
// of time is reported with its role. Fixtures in our own words.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lectern/indexer/extract.h"
#include "period.h"

namespace lectern::indexer {
namespace {

const PeriodEvidence* evidence_for(const PeriodReading& reading, std::string_view text) {
  const auto found = std::find_if(reading.evidence.begin(), reading.evidence.end(),
                                  [&](const PeriodEvidence& item) { return item.text == text; });
  return found == reading.evidence.end() ? nullptr : &*found;
}

TEST(PeriodRoles, YearsAtTheReviewsOwnDateAreTheReadingNotTheStory) {
  const auto reading = read_period("I finally read this in the spring of 2021, on holiday. A quiet novel of a marriage.",
                                   {.review_date = "2021-06-02"});
  EXPECT_FALSE(reading.period);
  const PeriodEvidence* year = evidence_for(reading, "2021");
  ASSERT_NE(year, nullptr);
  EXPECT_EQ(year->role, "review date");
  EXPECT_EQ(year->weight, 0);
}

TEST(PeriodRoles, RecentYearsFramedAsTheStoryStillCount) {
  EXPECT_EQ(read_period("A novel set in 2019, in a small town.", {.review_date = "2020-03-01"}).period, (YearSpan{2019, 2019}));
  EXPECT_EQ(read_period("It follows a canvasser through the 2019 election.", {.review_date = "2020-03-01"}).period,
            (YearSpan{2019, 2019}));
}

TEST(PeriodRoles, YearsAfterTheReviewAreAFutureNotHistory) {
  const auto reading = read_period("In 2101 the colony ships leave a drowned Earth.", {.review_date = "2020-01-01"});
  EXPECT_FALSE(reading.period);
  ASSERT_NE(evidence_for(reading, "2101"), nullptr);
  EXPECT_EQ(evidence_for(reading, "2101")->role, "future");
}

TEST(PeriodRoles, CenturyAsALabelForWritingIsNotATime) {
  const auto reading = read_period("One of the great works of 20th-century literature, about a devil in a city.");
  EXPECT_FALSE(reading.period);
  ASSERT_NE(evidence_for(reading, "20th-century"), nullptr);
  EXPECT_EQ(evidence_for(reading, "20th-century")->role, "literary label");
  EXPECT_TRUE(read_period("A history of seventeenth century scientific thought and intrigue.").period)
      << "the century of what the book is about stays";
}

TEST(PeriodRoles, TheBooksPublicationYearFromMetadataSpeaksOfTheBook) {
  const auto reading = read_period("The world-building is remarkable for 1937: a whole secondary world.",
                                   {.publication_year = 1937});
  EXPECT_FALSE(reading.period);
  EXPECT_EQ(evidence_for(reading, "1937")->role, "publication");
}

TEST(PeriodRoles, PlaceAndYearInACitationAreItsPublication) {
  const auto reading = read_period("Jo Park, The Salt Trade, 1400-1550, (London, 2017). A history of the salt roads.");
  EXPECT_EQ(reading.period, (YearSpan{1400, 1550}));
  EXPECT_EQ(evidence_for(reading, "2017")->role, "publication");
}

TEST(PeriodRoles, LinesCitingOtherBooksAreTheirs) {
  const auto reading = read_period(
      "The novel follows a doctor in Leningrad in 1952.\n\n"
      "For the siege see LENINGRAD, 1941-1944 by Ann Reid; THE 900 DAYS by Harry Salt.\n");
  EXPECT_EQ(reading.period, (YearSpan{1952, 1952}));
}

TEST(PeriodRoles, InspectGivesTheEvidenceOfEveryReview) {
  auto reviews = extract_bytes("Night Ferry by Ana Ruiz\n\nThe novel is set in Lisbon in 1755, the year of the earthquake, "
                               "and was published in 1998.\n",
                               "txt", "/r/night-ferry.txt", {});
  ASSERT_TRUE(reviews);
  const Review& review = reviews->front();
  EXPECT_EQ(review.period, (YearSpan{1755, 1755}));
  const auto roles = [&](std::string_view text) {
    for (const auto& item : review.period_evidence) {
      if (item.text == text) return item.role;
    }
    return std::string("(none)");
  };
  EXPECT_EQ(roles("1755"), "setting");
  EXPECT_EQ(roles("1998"), "publication");
}

}  // namespace
}  // namespace lectern::indexer

namespace lectern::indexer {
namespace {

TEST(PeriodInOtherLanguages, CenturiesWrittenAsRomanOrGermanOrdinals) {
  EXPECT_EQ(read_period("La novela transcurre en el siglo XIX en Sevilla.").period, (YearSpan{1800, 1899}));
  EXPECT_EQ(read_period("Der Roman spielt im 19. Jahrhundert in Wien.").period, (YearSpan{1800, 1899}));
  EXPECT_EQ(read_period("Un roman du XVIIIe siècle, à Paris.").period, (YearSpan{1700, 1799}));
  EXPECT_EQ(read_period("Il romanzo è ambientato nel XVI secolo a Firenze.").period, (YearSpan{1500, 1599}));
  EXPECT_EQ(read_period("Der Roman spielt in den 1930er Jahren in Berlin.").period, (YearSpan{1930, 1939}));
  EXPECT_EQ(read_period("Le roman se déroule dans les années 1940 à Lyon.").period, (YearSpan{1940, 1949}));
}

}  // namespace
}  // namespace lectern::indexer
