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

TEST(HeadingParser, ParenthesisedTranslatorAfterAuthor) {
  const auto heading = parse_heading("The Glass Orchard, by Tomás Vidal (translated by Ann Ruiz)");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "The Glass Orchard");
  EXPECT_EQ(heading->authors, Names{"Tomás Vidal"});
  EXPECT_EQ(heading->translators, Names{"Ann Ruiz"});
}

TEST(HeadingParser, ParenthesisedEditorAfterAuthorWithoutComma) {
  const auto heading = parse_heading("Letters Home by Clara Ostby (edited by Paul Verne)");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Letters Home");
  EXPECT_EQ(heading->authors, Names{"Clara Ostby"});
  EXPECT_EQ(heading->editors, Names{"Paul Verne"});
}

TEST(HeadingParser, EmDashSeparatesTitleFromAuthor) {
  const auto heading = parse_heading("Marshland \xE2\x80\x94 Elspeth Corrie");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Marshland");
  EXPECT_EQ(heading->authors, Names{"Elspeth Corrie"});
}

TEST(HeadingParser, DoubleHyphenSeparatesTitleFromAuthor) {
  const auto heading = parse_heading("A Year of Small Rain -- Nadia Okafor");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "A Year of Small Rain");
  EXPECT_EQ(heading->authors, Names{"Nadia Okafor"});
}

TEST(HeadingParser, AuthorBeforeDashWhenOnlyThatSideIsAName) {
  const auto heading = parse_heading("Hanna Vogt \xE2\x80\x93 Der Kupferne Hof");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Der Kupferne Hof");
  EXPECT_EQ(heading->authors, Names{"Hanna Vogt"});
}

TEST(HeadingParser, OneWordSideOfADashIsTheTitle) {
  const auto heading = parse_heading("Pieter Maas - Harbour");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Harbour");
  EXPECT_EQ(heading->authors, Names{"Pieter Maas"});
}

TEST(HeadingParser, DashBeforeAGenreSubtitleIsNotACredit) {
  const auto heading = parse_heading("Winter Journeys - A Memoir", true);
  ASSERT_TRUE(heading);
  EXPECT_TRUE(heading->authors.empty());
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

}  // namespace
}  // namespace lectern::indexer
