#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/format_parsers.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

using Names = std::vector<std::string>;

Review parse_one(std::string_view text) {
  auto reviews = parse_markdown(text, {});
  EXPECT_TRUE(reviews.ok()) << (reviews.ok() ? "" : reviews.error().message);
  if (!reviews.ok() || reviews->size() != 1) return {};
  return reviews->front();
}

TEST(MarkdownParser, FrontMatterGivesMetadata) {
  const Review review = parse_one(R"(---
title: "Bring Up the Bodies"
author: "Hilary Mantel"
reviewer: Fiona Lavelle
date: 2013-02-18
rating: 4.5
period: "1535-1536"
language: en
url: "https://example.org/reviews/bring-up-the-bodies"
tags:
  - tudor
  - anne boleyn
layout: post
---

The second volume is shorter and crueller.
)");
  EXPECT_EQ(review.title, "Bring Up the Bodies");
  EXPECT_EQ(review.authors, Names{"Hilary Mantel"});
  EXPECT_EQ(review.reviewer, "Fiona Lavelle");
  EXPECT_EQ(review.date, "2013-02-18");
  EXPECT_EQ(review.rating, 4.5);
  EXPECT_EQ(review.period, (YearSpan{1535, 1536}));
  EXPECT_EQ(review.language, "en");
  EXPECT_EQ(review.url, "https://example.org/reviews/bring-up-the-bodies");
  EXPECT_EQ(review.tags, (Names{"tudor", "anne boleyn"}));
  EXPECT_EQ(review.text, "The second volume is shorter and crueller.");
}

TEST(MarkdownParser, FrontMatterListsAndCommaStrings) {
  const Review review = parse_one(
      "---\nauthors: [Terry Pratchett, Neil Gaiman]\ntags: tudor, thomas cromwell\nlang: DE\n---\nText.\n");
  EXPECT_EQ(review.authors, (Names{"Terry Pratchett", "Neil Gaiman"}));
  EXPECT_EQ(review.tags, (Names{"tudor", "thomas cromwell"}));
  EXPECT_EQ(review.language, "de");
}

TEST(MarkdownParser, FrontMatterTitleLinkKeepsOnlyText) {
  const Review review = parse_one("---\ntitle: \"[Wolf Hall](https://example.org/wolf-hall)\"\n---\nText.\n");
  EXPECT_EQ(review.title, "Wolf Hall");
}

TEST(MarkdownParser, MalformedFrontMatterKeepsTheReviewWithAWarningNamingTheLine) {
  const auto reviews = parse_markdown("---\ntitle: Wolf Hall\nauthor: [Hilary Mantel\n---\nText.\n", {});
  ASSERT_TRUE(reviews.ok()) << "broken front matter costs its fields, not the review";
  ASSERT_EQ(reviews->size(), 1u);
  const Review& review = reviews->front();
  EXPECT_EQ(review.text, "Text.");
  ASSERT_EQ(review.warnings.size(), 1u);
  EXPECT_NE(review.warnings[0].find("YAML"), std::string::npos) << review.warnings[0];
  EXPECT_NE(review.warnings[0].find("line "), std::string::npos) << review.warnings[0];
}

TEST(MarkdownParser, HeadingGivesTitleAndAuthorWithoutFrontMatter) {
  const Review review = parse_one("# \"I, Claudius\" by Robert Graves\n\nGraves wrote it quickly.\n");
  EXPECT_EQ(review.title, "I, Claudius");
  EXPECT_EQ(review.authors, Names{"Robert Graves"});
  EXPECT_EQ(review.text, "Graves wrote it quickly.");  // the title heading is not repeated
}

TEST(MarkdownParser, TitleOnlyHeading) {
  const Review review = parse_one("# War and Peace\n\nA long book.\n");
  EXPECT_EQ(review.title, "War and Peace");
  EXPECT_TRUE(review.authors.empty());
  EXPECT_EQ(review.text, "A long book.");
}

TEST(MarkdownParser, HeadingRepeatingFrontMatterTitleIsDropped) {
  const Review review =
      parse_one("---\ntitle: Les Misérables\nauthor: Victor Hugo\n---\n\n# Les Misérables, de Victor Hugo\n\nTexte.\n");
  EXPECT_EQ(review.title, "Les Misérables");
  EXPECT_EQ(review.text, "Texte.");
}

TEST(MarkdownParser, FrontMatterTitleWinsOverHeading) {
  const Review review = parse_one("---\ntitle: The Real Title\n---\n# Something Else\n\nText.\n");
  EXPECT_EQ(review.title, "The Real Title");
  EXPECT_EQ(review.text, "Something Else\n\nText.");  // a different heading is content
}

TEST(MarkdownParser, IndexesRenderedTextNotSyntax) {
  const Review review = parse_one(
      "# Title by Ann Author\n\n"
      "We open in **1535**, with *Cromwell* at [Wolf Hall](https://example.org/wolf-hall).\n"
      "![The Tower of London](https://example.org/tower.jpg) and `code` &amp; caf&eacute;.\n");
  EXPECT_EQ(review.text,
            "We open in 1535, with Cromwell at Wolf Hall. The Tower of London and code & café.");
  EXPECT_EQ(review.text.find("https"), std::string::npos);
}

TEST(MarkdownParser, BlocksBecomeParagraphsAndListItemsLines) {
  const Review review = parse_one(
      "# T\n\nIntro paragraph\ncontinues.\n\n- first item\n- second item\n\n> A quotation.\n\n## What I liked\n\nEnd.\n");
  EXPECT_EQ(review.text, "Intro paragraph continues.\n\nfirst item\nsecond item\n\nA quotation.\n\nWhat I liked\n\nEnd.");
}

TEST(MarkdownParser, LooseListItemsAreLinesToo) {
  const Review review = parse_one("Intro.\n\n- one\n\n- two\n");
  EXPECT_EQ(review.text, "Intro.\n\none\ntwo");
}

TEST(MarkdownParser, BylineAndRatingParagraphsAreMetadata) {
  const Review review = parse_one(
      "# The Spy Who Came in from the Cold by John le Carré\n\n"
      "Posted by **Gerald Fenwick** · filed under *Cold War*\n\n"
      "Berlin, 1961.\n\n**Rating:** four out of five\n");
  EXPECT_EQ(review.authors, Names{"John le Carré"});
  EXPECT_EQ(review.reviewer, "Gerald Fenwick");
  EXPECT_EQ(review.rating, 4.0);
  EXPECT_EQ(review.text, "Berlin, 1961.");
}

TEST(MarkdownParser, NoTitleIsNotAnError) {
  const Review review = parse_one("Just a paragraph about a book.\n");
  EXPECT_TRUE(review.title.empty());
  EXPECT_EQ(review.text, "Just a paragraph about a book.");
}

TEST(MarkdownParser, LeadingThematicBreakWithoutClosingFenceIsBody) {
  const Review review = parse_one("---\n\nSome text after a rule.\n");
  EXPECT_EQ(review.text, "Some text after a rule.");
}

TEST(MarkdownParser, LinkCutShortAtEndOfInputIsSafe) {
  // The view ends inside a link destination while the buffer goes on with ')': md4c must not
  // read past the view (under ASan this used to crash).
  const std::string buffer = "See [Bring Up](https://example.org/bring).\n";
  const auto reviews = parse_markdown(std::string_view(buffer).substr(0, buffer.size() - 3), {});
  ASSERT_OK(reviews);
  EXPECT_TRUE(reviews->front().text.starts_with("See"));
}

TEST(MarkdownParser, EmptyBodyIsUnsupported) {
  for (const char* text : {"", "---\ntitle: Only Metadata\n---\n", "# Just A Title\n"}) {
    const auto reviews = parse_markdown(text, {});
    ASSERT_FALSE(reviews.ok()) << text;
    EXPECT_EQ(reviews.error().code, ErrorCode::kUnsupported) << text;
  }
}

TEST(MarkdownParser, ImageParagraphBecomesCaptions) {
  const Review review = parse_one(
      "# The 900 Days by Harrison E. Salisbury\n\n![Ration card](/img/card.jpg)\n(A bread ration card from the first "
      "winter)\n\nSalisbury reached Leningrad in 1944.\n");
  EXPECT_EQ(review.captions, (Names{"Ration card", "A bread ration card from the first winter"}));
  EXPECT_EQ(review.text, "Salisbury reached Leningrad in 1944.");
}

TEST(MarkdownParser, SignatureAndStarsInTheBodyAreMetadata) {
  const Review review = parse_one("# Far from the Madding Crowd by Thomas Hardy\n\nWessex.\n\n\u2605\u2605\u2605\u2605"
                                  "\u2606\n\n\u2014 Tamsin Pell\n");
  EXPECT_EQ(review.reviewer, "Tamsin Pell");
  EXPECT_EQ(review.rating, 4.0);
  EXPECT_EQ(review.text, "Wessex.");
}

TEST(MarkdownParser, SignatureBeforeThePostLinksIsTheReviewer) {
  const Review review = parse_one("# Saltmarsh \u2014 Orla Finnegan\n\nThe fens in winter.\n\n\u2014 Dora Quist\n\n"
                                  "---\n\n*[\u2190 Previous post](https://example.org/a) \u00B7 "
                                  "[Next post \u2192](https://example.org/b)*\n");
  EXPECT_EQ(review.title, "Saltmarsh");
  EXPECT_EQ(review.authors, Names{"Orla Finnegan"});
  EXPECT_EQ(review.reviewer, "Dora Quist");
  EXPECT_EQ(review.text, "The fens in winter.");
}

TEST(MarkdownParser, BylineInAnotherLanguageAndLabelledRating) {
  const Review review = parse_one(
      "# La sombra del viento (Carlos Ruiz Zaf\u00F3n)\n\n*Rese\u00F1ado por Marta Echeverr\u00EDa*\n\n"
      "Barcelona, 1945.\n\nValoraci\u00F3n: 5/5\n");
  EXPECT_EQ(review.reviewer, "Marta Echeverr\u00EDa");
  EXPECT_EQ(review.rating, 5.0);
  EXPECT_EQ(review.text, "Barcelona, 1945.");
}

TEST(MarkdownParser, BlogDebrisIsRemoved) {
  const Review review = parse_one(
      "# Hamnet by Maggie O'Farrell\n\nStratford, 1596. A boy runs through the house looking for help for his twin "
      "sister, and nobody is home; that is how the novel opens, and by then we know how it will end.\n\n"
      "**4 out of 5 stars**\n\n---\n\n**Share this:**\n[Twitter](https://example.org/t) \u00B7 "
      "[Facebook](https://example.org/f)\n\nLike Loading...\n\n### Leave a Reply\n\nFill in your details below.\n\n"
      "Connecting to %s\n");
  EXPECT_EQ(review.rating, 4.0);
  for (const char* debris : {"Share", "Facebook", "Like", "Reply", "details", "Connecting", "stars"}) {
    EXPECT_EQ(review.text.find(debris), std::string::npos) << debris;
  }
}

TEST(MarkdownParser, FurtherReadingListBecomesMentions) {
  const Review review = parse_one(
      "# The Paston Letters, edited by Norman Davis\n\nNorfolk letters.\n\n**Further reading**\n\n"
      "- *Blood and Roses* by Helen Castor (2004), a narrative history of the family\n"
      "- *The Hollow Crown* by Dan Jones (2014)\n");
  EXPECT_EQ(review.mentions, (std::vector<MentionedWork>{{"Blood and Roses", "Helen Castor"},
                                                         {"The Hollow Crown", "Dan Jones"}}));
  EXPECT_NE(review.text.find("Blood and Roses by Helen Castor"), std::string::npos);
}

TEST(MarkdownParser, AYamlAliasBombCostsItsFrontMatterNotTheMemory) {
  std::string bomb = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char name = 'b'; name <= 'j'; ++name) {
    bomb += std::string(1, name) + ": &" + name + " [";
    for (int k = 0; k < 9; ++k) bomb += std::string(k ? "," : "") + "*" + static_cast<char>(name - 1);
    bomb += "]\n";
  }
  const Review review = parse_one(bomb + "title: Bomb\n---\n\n# The Salt Road by Mara Lind\n\nA caravan crosses the desert.\n");
  EXPECT_EQ(review.title, "The Salt Road");
  ASSERT_EQ(review.warnings.size(), 1u);
  EXPECT_NE(review.warnings[0].find("aliases"), std::string::npos) << review.warnings[0];
}

}  // namespace
}  // namespace lectern::indexer
