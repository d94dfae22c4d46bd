#include "heading.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lectern::indexer {
namespace {

using Names = std::vector<std::string>;

TEST(HeadingParser, AllCapsTitleBecomesTitleCase) {
  const auto heading = parse_heading("THE BETRAYAL by Helen Dunmore");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "The Betrayal");
  EXPECT_EQ(heading->authors, Names{"Helen Dunmore"});
}

TEST(HeadingParser, AllCapsLineTitleCasesTitleAndAuthor) {
  const auto heading = parse_heading("THE NAME OF THE ROSE BY UMBERTO ECO");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "The Name of the Rose");
  EXPECT_EQ(heading->authors, Names{"Umberto Eco"});
}

TEST(HeadingParser, StripsStraightAndCurlyQuotes) {
  auto heading = parse_heading("\"Regeneration\" by Pat Barker");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Regeneration");
  EXPECT_EQ(heading->authors, Names{"Pat Barker"});

  heading = parse_heading("\xE2\x80\x9C" "Birdsong\xE2\x80\x9D by Sebastian Faulks");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Birdsong");
}

TEST(HeadingParser, CommaBeforeByIsDropped) {
  const auto heading = parse_heading("The Siege, by Helen Dunmore");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "The Siege");
  EXPECT_EQ(heading->authors, Names{"Helen Dunmore"});
}

TEST(HeadingParser, ReviewPrefixesAreDropped) {
  for (const char* line : {"Review: Stalingrad by Antony Beevor", "Book review \xE2\x80\x93 Stalingrad by Antony Beevor",
                           "Book Review: Stalingrad by Antony Beevor", "Stalingrad by Antony Beevor \xE2\x80\x93 review"}) {
    const auto heading = parse_heading(line);
    ASSERT_TRUE(heading) << line;
    EXPECT_EQ(heading->title, "Stalingrad") << line;
    EXPECT_EQ(heading->authors, Names{"Antony Beevor"}) << line;
  }
}

TEST(HeadingParser, AuthorInParentheses) {
  const auto heading = parse_heading("Life and Fate (Vasily Grossman)");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Life and Fate");
  EXPECT_EQ(heading->authors, Names{"Vasily Grossman"});
}

TEST(HeadingParser, TrailingYearIsDropped) {
  const auto heading = parse_heading("Wolf Hall by Hilary Mantel (2009)");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Wolf Hall");
  EXPECT_EQ(heading->authors, Names{"Hilary Mantel"});
}

TEST(HeadingParser, NumericTitleIsKept) {
  const auto heading = parse_heading("Review: 1453 by Roger Crowley");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "1453");
  EXPECT_EQ(heading->authors, Names{"Roger Crowley"});
}

TEST(HeadingParser, SeveralAuthors) {
  EXPECT_EQ(parse_heading("Good Omens by Terry Pratchett and Neil Gaiman")->authors,
            (Names{"Terry Pratchett", "Neil Gaiman"}));
  EXPECT_EQ(parse_heading("A Book by Ann Ash, Bob Birch and Cy Cedar")->authors,
            (Names{"Ann Ash", "Bob Birch", "Cy Cedar"}));
  EXPECT_EQ(parse_heading("A Book by Ann Ash & Bob Birch")->authors, (Names{"Ann Ash", "Bob Birch"}));
}

TEST(HeadingParser, TranslatorIsNotAnAuthor) {
  const auto heading = parse_heading("Life and Fate by Vasily Grossman, translated by Robert Chandler");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Life and Fate");
  EXPECT_EQ(heading->authors, Names{"Vasily Grossman"});
  EXPECT_EQ(heading->translators, Names{"Robert Chandler"});
}

TEST(HeadingParser, EditorAndIllustratorAreRecorded) {
  auto heading = parse_heading("The Penguin Book of War, edited by John Keegan");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "The Penguin Book of War");
  EXPECT_TRUE(heading->authors.empty());
  EXPECT_EQ(heading->editors, Names{"John Keegan"});

  heading = parse_heading("The Hobbit by J. R. R. Tolkien, illustrated by Alan Lee");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->authors, Names{"J. R. R. Tolkien"});
  EXPECT_EQ(heading->illustrators, Names{"Alan Lee"});
}

TEST(HeadingParser, ByInsideTitleSplitsWhereNamesBegin) {
  const auto heading = parse_heading("Stand by Me by Stephen King");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Stand by Me");
  EXPECT_EQ(heading->authors, Names{"Stephen King"});
}

TEST(HeadingParser, NamesWithParticlesAndInitials) {
  EXPECT_EQ(parse_heading("Faust by Johann Wolfgang von Goethe")->authors, Names{"Johann Wolfgang von Goethe"});
  EXPECT_EQ(parse_heading("Dissolution by C. J. Sansom")->authors, Names{"C. J. Sansom"});
}

TEST(HeadingParser, LowerCaseWordsAfterByAreNotAnAuthor) {
  EXPECT_FALSE(parse_heading("A walk by the river"));
  const auto heading = parse_heading("A walk by the river", /*allow_title_only=*/true);
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "A walk by the river");
  EXPECT_TRUE(heading->authors.empty());
}

TEST(HeadingParser, ProseIsNotAHeading) {
  EXPECT_FALSE(parse_heading("The novel was finished by Grossman in the spring and then seized by the KGB officers.", true));
  EXPECT_FALSE(parse_heading(std::string(250, 'a') + " by Helen Dunmore", true));
  EXPECT_FALSE(parse_heading("I am listing a short bibliography for those who might like to read further;", true));
}

TEST(HeadingParser, CreditLinesAreNotHeadings) {
  EXPECT_FALSE(parse_heading("Reviewed by Sunita Fairweather", true));
  EXPECT_FALSE(parse_heading("Posted by Priya Raman on January 12, 2016", true));
}

TEST(HeadingParser, TitleOnlyNeedsPermission) {
  EXPECT_FALSE(parse_heading("War and Peace"));
  const auto heading = parse_heading("War and Peace", true);
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "War and Peace");
  EXPECT_TRUE(heading->authors.empty());
}

TEST(HeadingParser, CaptionIsNotATitle) { EXPECT_FALSE(parse_heading("(The Lubyanka prison in Moscow)", true)); }

TEST(HeadingParser, FrenchDeWithComma) {
  const auto heading = parse_heading("Les Misérables, de Victor Hugo");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Les Misérables");
  EXPECT_EQ(heading->authors, Names{"Victor Hugo"});
}

TEST(SplitNames, SplitsOnCommasAndConjunctions) {
  EXPECT_EQ(split_names("A One, B Two & C Three"), (Names{"A One", "B Two", "C Three"}));
  EXPECT_EQ(split_names("A One, B Two, and C Three"), (Names{"A One", "B Two", "C Three"}));
  EXPECT_EQ(split_names("Martin Luther King, Jr."), Names{"Martin Luther King, Jr."});
  EXPECT_EQ(split_names("HELEN DUNMORE"), Names{"Helen Dunmore"});
}

TEST(HeadingParser, FrenchDeAfterQuotedTitle) {
  auto heading = parse_heading("\u00AB Le Petit Prince \u00BB d\u2019Antoine de Saint-Exup\u00E9ry");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Le Petit Prince");
  EXPECT_EQ(heading->authors, Names{"Antoine de Saint-Exup\u00E9ry"});
  heading = parse_heading("\"Les Fleurs du mal\" de Charles Baudelaire");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->authors, Names{"Charles Baudelaire"});
}

TEST(HeadingParser, DeInsideAnUnquotedTitleIsNotACredit) {
  const auto heading = parse_heading("La Mort de Staline", true);
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "La Mort de Staline");
  EXPECT_TRUE(heading->authors.empty());
}

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
