#include "field_values.h"

#include <gtest/gtest.h>

namespace lectern::indexer {
namespace {

TEST(RatingParser, FractionsAreScaledToFive) {
  EXPECT_EQ(parse_rating("4/5"), 4.0);
  EXPECT_EQ(parse_rating("4 / 5"), 4.0);
  EXPECT_EQ(parse_rating("8/10"), 4.0);
  EXPECT_EQ(parse_rating("7/10"), 3.5);
  EXPECT_EQ(parse_rating("Rating: 3/5 stars"), 3.0);
}

TEST(RatingParser, OutOfPhrase) {
  EXPECT_EQ(parse_rating("4 out of 5"), 4.0);
  EXPECT_EQ(parse_rating("9 out of 10"), 4.5);
  EXPECT_EQ(parse_rating("four out of five stars"), 4.0);
}

TEST(RatingParser, StarGlyphsAreCounted) {
  EXPECT_EQ(parse_rating("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86"), 4.0);
  EXPECT_EQ(parse_rating("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85"), 3.0);
  EXPECT_EQ(parse_rating("\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xC2\xBD"), 3.5);
}

TEST(RatingParser, BareNumbersAndStars) {
  EXPECT_EQ(parse_rating("4"), 4.0);
  EXPECT_EQ(parse_rating("4.5 stars"), 4.5);
  EXPECT_EQ(parse_rating("4,5"), 4.5);
  EXPECT_EQ(parse_rating("8"), 4.0);  // above 5 without a scale: out of 10
  EXPECT_EQ(parse_rating("80%"), 4.0);
}

TEST(RatingParser, ExplicitBestWins) {
  EXPECT_EQ(parse_rating("8", 10.0), 4.0);
  EXPECT_EQ(parse_rating("3", 3.0), 5.0);
}

TEST(RatingParser, RejectsNonRatings) {
  EXPECT_FALSE(parse_rating(""));
  EXPECT_FALSE(parse_rating("excellent"));
  EXPECT_FALSE(parse_rating("6/5"));
  EXPECT_FALSE(parse_rating("-1"));
  EXPECT_FALSE(parse_rating("500"));
}

TEST(DateNormaliser, IsoDatesPassThrough) {
  EXPECT_EQ(normalize_date("2015-03-03"), "2015-03-03");
  EXPECT_EQ(normalize_date("2015-3-3"), "2015-03-03");
  EXPECT_EQ(normalize_date("2015-03-03T10:00:00Z"), "2015-03-03");
  EXPECT_EQ(normalize_date("2015-03-03 10:00"), "2015-03-03");
  EXPECT_EQ(normalize_date("2015/03/03"), "2015-03-03");
  EXPECT_EQ(normalize_date("2015-03"), "2015-03");
  EXPECT_EQ(normalize_date("2015"), "2015");
}

TEST(DateNormaliser, WordedDates) {
  EXPECT_EQ(normalize_date("March 3, 2015"), "2015-03-03");
  EXPECT_EQ(normalize_date("3 March 2015"), "2015-03-03");
  EXPECT_EQ(normalize_date("3rd of March, 2015"), "2015-03-03");
  EXPECT_EQ(normalize_date("Tuesday, March 3, 2015"), "2015-03-03");
  EXPECT_EQ(normalize_date("Mar. 3, 2015"), "2015-03-03");
  EXPECT_EQ(normalize_date("March 2015"), "2015-03");
  EXPECT_EQ(normalize_date("May 29, 2010 at 10:15 am"), "2010-05-29");
}

TEST(DateNormaliser, UnambiguousDayFirstOrMonthFirst) {
  EXPECT_EQ(normalize_date("25/12/2015"), "2015-12-25");
  EXPECT_EQ(normalize_date("12/25/2015"), "2015-12-25");
  EXPECT_FALSE(normalize_date("03/04/2015"));  // March or April: no guessing
}

TEST(DateNormaliser, RejectsNonDates) {
  EXPECT_FALSE(normalize_date(""));
  EXPECT_FALSE(normalize_date("yesterday"));
  EXPECT_FALSE(normalize_date("2015-13-01"));
  EXPECT_FALSE(normalize_date("February 30, 2015"));
  EXPECT_FALSE(normalize_date("1941-1944"));
  EXPECT_FALSE(normalize_date("Chapter 3 of the book"));
}

TEST(DateNormaliser, LeapDay) {
  EXPECT_EQ(normalize_date("29 February 2016"), "2016-02-29");
  EXPECT_FALSE(normalize_date("29 February 2015"));
}

// The rating a line states, and whether the line states nothing else.
std::optional<double> rating_in(std::string_view line, bool* whole = nullptr) {
  const auto found = find_rating_in_line(line);
  if (whole != nullptr) *whole = found && found->whole_line;
  if (!found) return std::nullopt;
  return found->rating;
}

TEST(RatingInText, LabelledValuesInSeveralLanguages) {
  bool whole = false;
  EXPECT_EQ(rating_in("Rating: 4/5", &whole), 4.0);
  EXPECT_TRUE(whole);
  EXPECT_EQ(rating_in("My rating: 3/5"), 3.0);
  EXPECT_EQ(rating_in("Voto: 5/5"), 5.0);
  EXPECT_EQ(rating_in("Valoraci\u00F3n: 5/5"), 5.0);
  EXPECT_EQ(rating_in("Note : 5/5"), 5.0);
  EXPECT_EQ(rating_in("Bewertung: 4/5"), 4.0);
  EXPECT_EQ(rating_in("**Rating:** four out of five"), 4.0);
  EXPECT_EQ(rating_in("Rating: 8"), 4.0);
  EXPECT_EQ(rating_in("My rating: \u2605\u2605\u2605\u2605\u2606"), 4.0);
}

TEST(RatingInText, StarsAndFractionsStandingAlone) {
  bool whole = false;
  EXPECT_EQ(rating_in("\u2605\u2605\u2605\u2605\u2606", &whole), 4.0);
  EXPECT_TRUE(whole);
  EXPECT_EQ(rating_in("\u2605\u2605\u2605\u00BD"), 3.5);
  EXPECT_EQ(rating_in("&#9733;&#9733;&#9733;&#9734;&#9734;"), 3.0);
  EXPECT_EQ(rating_in("4 out of 5 stars"), 4.0);
  EXPECT_EQ(rating_in("**4 out of 5 stars**"), 4.0);
  EXPECT_EQ(rating_in("4.5 stars"), 4.5);
  EXPECT_EQ(rating_in("Four stars out of five."), 4.0);
  EXPECT_EQ(rating_in("4/5"), 4.0);
  EXPECT_EQ(rating_in("9/10"), 4.5);
}

TEST(RatingInText, RatingAsTheLastSentenceOfAParagraph) {
  bool whole = true;
  EXPECT_EQ(rating_in("First published in 1972. 4 out of 5 stars.", &whole), 4.0);
  EXPECT_FALSE(whole);
  EXPECT_EQ(rating_in("Published 1965 (the star-studded film came a year later). Rating: 4/5"), 4.0);
  EXPECT_EQ(rating_in("Un capolavoro assoluto. Voto: 5/5"), 5.0);
  EXPECT_EQ(rating_in("It won the award in 2010. \u2605\u2605\u2605\u2605\u2605"), 5.0);
  EXPECT_EQ(rating_in("4 out of 5 stars. I read the old paperback; skip the introduction."), 4.0);
}

TEST(RatingInText, LabelMayBeFollowedByAComment) {
  bool whole = true;
  EXPECT_EQ(rating_in("My rating: five stars, without hesitation.", &whole), 5.0);
  EXPECT_FALSE(whole);
}

TEST(RatingInText, NumbersInProseAreNotRatings) {
  for (const char* line : {"3 out of 4 soldiers died.", "In 1942/43 the front held.", "1942/43", "24/7", "2/3",
                           "It is a five-star hotel.", "Note: 3 chapters are missing.", "Score: 3-1 to the visitors.",
                           "Rating: PG-13", "Chapter 4/5", "Note: the author died in 1944.",
                           "Three of five brothers came home.", "He gave it 4 stars out of spite and left.",
                           "The ratings agencies were wrong.", ""}) {
    EXPECT_FALSE(find_rating_in_line(line)) << line;
  }
}

}  // namespace
}  // namespace lectern::indexer
