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

TEST(HeadingParser, NamesWithParticlesOfManyLanguages) {
  for (const auto& [line, author] : {std::pair{"A Grain of Wheat by Ngugi wa Thiong'o", "Ngugi wa Thiong'o"},
                                     std::pair{"Grande Sertão by João Guimarães dos Santos", "João Guimarães dos Santos"},
                                     std::pair{"Poems by Dafydd ap Gwilym", "Dafydd ap Gwilym"}}) {
    const auto heading = parse_heading(line);
    ASSERT_TRUE(heading) << line;
    EXPECT_EQ(heading->authors, std::vector<std::string>{author}) << line;
  }
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
  EXPECT_FALSE(parse_heading(std::string(400, 'a') + " by Helen Dunmore", true));
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

namespace lectern::indexer {
namespace {

// Shapes seen in real collections, written here with made-up names.
TEST(HeadingParser, ByInOtherLanguagesAfterATitleInCapitals) {
  auto heading = parse_heading("DER PROZESS von Franz Kafka");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Der Prozess");
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Franz Kafka"});
  heading = parse_heading("L'ÉTRANGER par Albert Camus");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Albert Camus"});
  heading = parse_heading("DE AANSLAG door Harry Mulisch");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Harry Mulisch"});
  // A "de" inside a title in ordinary case stays part of it.
  heading = parse_heading("Don Quijote de la Mancha", /*allow_title_only=*/true);
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Don Quijote de la Mancha");
  EXPECT_TRUE(heading->authors.empty());
}

TEST(HeadingParser, ByInOtherLanguagesBeforeAWholeNameInOrdinaryCase) {
  auto heading = parse_heading("Il Gattopardo di Giuseppe Tomasi di Lampedusa");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Il Gattopardo");
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Giuseppe Tomasi di Lampedusa"});
  heading = parse_heading("Der Prozess von Franz Kafka");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Der Prozess");
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Franz Kafka"});
  // The last "de" opens the name; the first is the title's own.
  heading = parse_heading("Cien años de soledad de Gabriel García Márquez");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Cien años de soledad");
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Gabriel García Márquez"});
  // One word after the preposition is a place or a person in the title, not its author.
  for (const char* title : {"Der Hauptmann von Köpenick", "Tod in Venedig", "La Mort de Staline", "Storia di Roma"}) {
    heading = parse_heading(title, /*allow_title_only=*/true);
    ASSERT_TRUE(heading) << title;
    EXPECT_EQ(heading->title, title);
    EXPECT_TRUE(heading->authors.empty()) << title;
  }
}

TEST(HeadingParser, ATitleInCapitalsIsTitleCasedWithItsArticles) {
  auto heading = parse_heading("IL GATTOPARDO di Giuseppe Tomasi di Lampedusa");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Il Gattopardo");
  heading = parse_heading("L'ÉTRANGER par Albert Camus");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "L'Étranger");
}

TEST(HeadingParser, RoleWordsAndRoleSuffixesGiveEachNameItsRole) {
  auto heading = parse_heading("\"Paper Moons\" edited and translated by Ana Ruiz");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Paper Moons");
  EXPECT_TRUE(heading->authors.empty());
  EXPECT_EQ(heading->editors, std::vector<std::string>{"Ana Ruiz"});
  EXPECT_EQ(heading->translators, std::vector<std::string>{"Ana Ruiz"});
  heading = parse_heading("The Salt Road translated by by Jo Park");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "The Salt Road");
  EXPECT_EQ(heading->translators, std::vector<std::string>{"Jo Park"});
  EXPECT_TRUE(heading->authors.empty()) << "a doubled `by` does not make the translator the author";
  heading = parse_heading("The Salt Road by Mara Lind (Editor)");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->editors, std::vector<std::string>{"Mara Lind"});
  heading = parse_heading("The Salt Road by Mara Lind, Jo Park (Illustrator)");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Mara Lind"});
  EXPECT_EQ(heading->illustrators, std::vector<std::string>{"Jo Park"});
}

TEST(HeadingParser, EditionsAndIllustrationCreditsStayOutOfTheTitle) {
  auto heading = parse_heading("\"A History of Salt\", Second Edition, by Mara Lind, illustrations by Tom Reyes");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "A History of Salt");
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Mara Lind"});
  EXPECT_EQ(heading->illustrators, std::vector<std::string>{"Tom Reyes"});
  heading = parse_heading("The Salt Road, 2nd ed., by Mara Lind");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "The Salt Road");
}

TEST(HeadingParser, QuotedTitleThenTheAuthorWithoutBy) {
  auto heading = parse_heading("\"Glass Rivers\" Noor Haddad");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, "Glass Rivers");
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Noor Haddad"});
}

TEST(HeadingParser, LongTitlesUpToThreeHundredCharacters) {
  const std::string title =
      "The Long and Winding History of the Salt Roads of the Northern Coast, Their Merchants, Their Mules, Their "
      "Quarrels, Their Ledgers and the Towns That Grew Up Beside Them, Told Over Seven Centuries of Trade";
  ASSERT_GT(title.size(), 120u);
  auto heading = parse_heading(title + " by Mara Lind");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->title, title);
  EXPECT_EQ(heading->authors, std::vector<std::string>{"Mara Lind"});
}

}  // namespace
}  // namespace lectern::indexer
