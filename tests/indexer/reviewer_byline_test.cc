#include "reviewer_byline.h"

#include <gtest/gtest.h>

namespace lectern::indexer {
namespace {

TEST(BylineParser, EnglishBylineShapes) {
  auto byline = parse_byline("Posted by Ann Reader on March 3, 2015");
  ASSERT_TRUE(byline);
  EXPECT_EQ(byline->reviewer, "Ann Reader");
  EXPECT_EQ(byline->date, "2015-03-03");
  for (const char* line : {"Reviewed by Ann Reader", "*Review by Ann Reader*", "Reviewer: Ann Reader",
                           "Posted on March 3, 2015 by Ann Reader"}) {
    byline = parse_byline(line);
    ASSERT_TRUE(byline) << line;
    EXPECT_EQ(byline->reviewer, "Ann Reader") << line;
  }
}

TEST(BylineParser, BylinesInOtherLanguages) {
  EXPECT_EQ(parse_byline("*Rese\u00F1ado por Marta Echeverr\u00EDa*")->reviewer, "Marta Echeverr\u00EDa");
  EXPECT_EQ(parse_byline("Rezensiert von J\u00FCrgen Wei\u00DFhaupt am 3. M\u00E4rz 2015")->reviewer,
            "J\u00FCrgen Wei\u00DFhaupt");
  EXPECT_EQ(parse_byline("Recensione di Lucia Ferrandino")->reviewer, "Lucia Ferrandino");
  EXPECT_EQ(parse_byline("Critique par \u00C9lise Marchetti")->reviewer, "\u00C9lise Marchetti");
}

TEST(BylineParser, NameParticleIsNotADateWord) {
  const auto byline = parse_byline("Posted by John le Carr\u00E9 on March 3, 2015");
  ASSERT_TRUE(byline);
  EXPECT_EQ(byline->reviewer, "John le Carr\u00E9");
  EXPECT_EQ(byline->date, "2015-03-03");
}

TEST(BylineParser, SegmentedByLineGivesNameDateAndRating) {
  const auto byline = parse_byline("By Gerald Fenwick \u00B7 Published January 15, 2018 \u00B7 Our rating: \u2605\u2605\u2605\u2605\u2606");
  ASSERT_TRUE(byline);
  EXPECT_EQ(byline->reviewer, "Gerald Fenwick");
  EXPECT_EQ(byline->date, "2018-01-15");
  EXPECT_EQ(byline->rating, 4.0);
}

TEST(BylineParser, BareByAloneMayCreditTheBooksAuthor) {
  EXPECT_FALSE(parse_byline("By Cormac McCarthy"));
  EXPECT_FALSE(parse_byline("Written by a former soldier, this book is raw."));
}

TEST(SignatureParser, DashedNameClosesAReview) {
  EXPECT_EQ(parse_signature("\u2014 Ann Reader")->reviewer, "Ann Reader");
  EXPECT_EQ(parse_signature("-- R. Halvorsen")->reviewer, "R. Halvorsen");
  const auto dated = parse_signature("\u2013 Ann Reader, March 2015");
  ASSERT_TRUE(dated);
  EXPECT_EQ(dated->reviewer, "Ann Reader");
  EXPECT_EQ(dated->date, "2015-03");
}

TEST(SignatureParser, DashedProseIsNotASignature) {
  for (const char* line : {"\u2014 and that was that.", "Ann Reader",
                           "\u2014 Winston Churchill, in a speech to the House of Commons in 1940", "\u2014", "--"}) {
    EXPECT_FALSE(parse_signature(line)) << line;
  }
}

}  // namespace
}  // namespace lectern::indexer
