#include "mentions.h"

#include <gtest/gtest.h>

namespace lectern::indexer {
namespace {

TEST(CitedWorks, PossessiveAuthorWithCapitalisedTitles) {
  const auto works = parse_cited_works(
      "If you have read Solzhenitsyn\u2019s CANCER WARD or THE FIRST CIRCLE, Dunmore\u2019s work fits that genre.");
  ASSERT_EQ(works.size(), 2u);
  EXPECT_EQ(works[0], (MentionedWork{"Cancer Ward", "Solzhenitsyn"}));
  EXPECT_EQ(works[1], (MentionedWork{"The First Circle", "Solzhenitsyn"}));
}

TEST(CitedWorks, CapitalisedTitleByAuthor) {
  const auto works = parse_cited_works("It reminded me of LIFE AND FATE by Vasily Grossman, which is longer.");
  ASSERT_EQ(works.size(), 1u);
  EXPECT_EQ(works[0], (MentionedWork{"Life and Fate", "Vasily Grossman"}));
}

TEST(CitedWorks, AcronymsAndOrdinaryCaseAreNotWorks) {
  for (const char* line : {"Stalin\u2019s NKVD arrested him.", "Hilary Mantel\u2019s Wolf Hall is better.",
                           "I LOVED it.", "This is a MUST READ by any measure.", "Then Tolstoy\u2019s WWII"}) {
    EXPECT_TRUE(parse_cited_works(line).empty()) << line;
  }
}

TEST(Mentions, CreditWordBeforeByIsNotPartOfTheTitle) {
  const auto works = parse_mentions("The Stonor Letters and Papers, edited by C. L. Kingsford (1919)");
  ASSERT_EQ(works.size(), 1u);
  EXPECT_EQ(works[0], (MentionedWork{"The Stonor Letters and Papers", "C. L. Kingsford"}));
}

TEST(Mentions, ClauseOfProseIsNotATitle) {
  EXPECT_TRUE(parse_mentions("It was translated by Robert Chandler, and it reads well.").empty());
  EXPECT_EQ(parse_mentions("It by Stephen King").size(), 1u);
}

}  // namespace
}  // namespace lectern::indexer
