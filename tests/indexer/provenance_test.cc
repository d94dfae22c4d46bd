// Where each field came from (Review::sources) and what the body lost (Review::dropped), as
// `lectern inspect --json` shows them; Dataview inline fields; --field-map on HTML meta tags.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lectern/indexer/extract.h"

namespace lectern::indexer {
namespace {

using Names = std::vector<std::string>;

Review extract_one(std::string_view bytes, std::string_view format, const std::string& path, const ExtractOptions& options = {}) {
  auto reviews = extract_bytes(bytes, format, path, options);
  EXPECT_TRUE(reviews.ok()) << (reviews.ok() ? "" : reviews.error().message);
  if (!reviews.ok() || reviews->empty()) return {};
  return reviews->front();
}

std::string source_of(const Review& review, const std::string& field) {
  const auto found = review.sources.find(field);
  return found == review.sources.end() ? "(none)" : found->second;
}

// The reason given for dropping the line that contains `text`, or "(kept)".
std::string reason_dropped(const Review& review, std::string_view text) {
  for (const auto& item : review.dropped) {
    if (item.text.find(text) != std::string::npos) return item.reason;
  }
  return "(kept)";
}

TEST(FieldSources, PlainTextCreditsTheHeadingTheTextAndTheFileName) {
  const Review review = extract_one(
      "THE SALT ROAD by Mara Lind\n\n"
      "A caravan crosses the desert in the winter of 1412, and nobody on it trusts the guide.\n"
      "Rating: 4/5\n",
      "txt", "reviews/2021-03-04-the-salt-road.txt");
  EXPECT_EQ(source_of(review, "title"), "heading");
  EXPECT_EQ(source_of(review, "authors"), "heading");
  EXPECT_EQ(source_of(review, "rating"), "text");
  EXPECT_EQ(source_of(review, "date"), "file name");
  EXPECT_EQ(source_of(review, "language"), "detected from the text");
  EXPECT_EQ(source_of(review, "reviewer"), "(none)");
}

TEST(FieldSources, MarkdownCreditsFrontMatterOverTheHeading) {
  const Review review = extract_one(
      "---\ntitle: The Salt Road\nauthor: Mara Lind\ndate: 2020-05-01\n---\n\n# The Salt Road\n\n"
      "A caravan crosses the desert and nobody on it trusts the guide.\n",
      "md", "salt.md");
  EXPECT_EQ(source_of(review, "title"), "front matter");
  EXPECT_EQ(source_of(review, "authors"), "front matter");
  EXPECT_EQ(source_of(review, "date"), "front matter");
}

TEST(FieldSources, ForcedLanguageIsCreditedToTheOption) {
  ExtractOptions options;
  options.language = "de";
  const Review review = extract_one("Der Weg\n\nEin Buch über die Wüste und eine Karawane.\n", "txt", "weg.txt", options);
  EXPECT_EQ(source_of(review, "language"), "--language");
}

TEST(FieldSources, JsonAndCsvFieldsComeFromTheirKeysAndColumns) {
  const Review json = extract_one(R"({"title": "The Salt Road", "author": "Mara Lind", "text": "A caravan crosses the desert."})",
                                  "json", "reviews.json");
  EXPECT_EQ(source_of(json, "title"), "JSON keys");
  EXPECT_EQ(source_of(json, "authors"), "JSON keys");
  const Review csv = extract_one(
      "Title,Author,My Rating,My Review\nThe Salt Road,Mara Lind,4,A caravan crosses the desert.\n", "csv", "export.csv");
  EXPECT_EQ(source_of(csv, "title"), "CSV columns");
  EXPECT_EQ(source_of(csv, "rating"), "CSV columns");
}

TEST(FieldSources, HtmlCreditsJsonLdAndThePagesOwnTags) {
  const Review review = extract_one(
      R"(<html lang="en"><head><title>The Salt Road by Mara Lind | Sand Reviews</title>
<script type="application/ld+json">{"@type": "Review", "itemReviewed": {"@type": "Book", "name": "The Salt Road"}}</script>
<meta property="article:published_time" content="2020-05-01"></head>
<body><article><h1>The Salt Road</h1><p>A caravan crosses the desert and nobody trusts the guide.</p></article></body></html>)",
      "html", "salt.html");
  EXPECT_EQ(review.title, "The Salt Road");
  EXPECT_EQ(source_of(review, "title"), "JSON-LD");
  EXPECT_EQ(review.authors, Names{"Mara Lind"});
  EXPECT_EQ(source_of(review, "authors"), "page metadata");
  EXPECT_EQ(source_of(review, "date"), "page metadata");
}

TEST(DroppedText, EachRemovedLineIsListedWithItsReason) {
  const Review review = extract_one(
      "THE SALT ROAD by Mara Lind\n\n"
      "Home » Reviews » Deserts\n\n"
      "A caravan crosses the desert and nobody on it trusts the guide, least of all the reader, who "
      "learns in the second chapter why the guide was hired at all.\n\n"
      "Read from 3 to 19 March 2019\n\n"
      "Rating: 4/5\n\n"
      "Leave a Reply\n"
      "Fill in your details below or click an icon to log in:\n"
      "You are commenting using your WordPress.com account.\n",
      "txt", "salt.txt");
  EXPECT_EQ(reason_dropped(review, "Home » Reviews"), "navigation");
  EXPECT_EQ(reason_dropped(review, "Read from 3 to 19 March"), "reading log (read as the date)");
  EXPECT_EQ(reason_dropped(review, "Rating: 4/5"), "rating line (read as a field)");
  EXPECT_EQ(reason_dropped(review, "Leave a Reply"), "comment section");
  EXPECT_EQ(reason_dropped(review, "Fill in your details"), "comment section");
  EXPECT_EQ(reason_dropped(review, "A caravan crosses"), "(kept)");
  EXPECT_EQ(review.text.find("Home"), std::string::npos);
}

TEST(DroppedText, AHeaderBlockIsListedAsReadIntoFields) {
  const Review review = extract_one(
      "title: The Salt Road\nauthor: Mara Lind\nisbn: 978-0-00-000000-0\n\n"
      "A caravan crosses the desert and nobody on it trusts the guide.\n",
      "md", "salt.md");
  EXPECT_EQ(review.title, "The Salt Road");
  EXPECT_EQ(source_of(review, "title"), "header block");
  EXPECT_EQ(reason_dropped(review, "isbn: 978"), "header block (read as fields)");
}

TEST(DroppedText, AHugeTailIsCountedNotListedLineByLine) {
  std::string text = "THE SALT ROAD by Mara Lind\n\nA caravan crosses the desert and nobody trusts the guide at all.\n\n"
                     "Leave a Reply\nFill in your details below or click an icon to log in:\n";
  for (int i = 0; i < 1000; ++i) text += "comment number " + std::to_string(i) + " says nothing at all\n";
  const Review review = extract_one(text, "txt", "salt.txt");
  ASSERT_FALSE(review.dropped.empty());
  EXPECT_LE(review.dropped.size(), 201u);
  EXPECT_EQ(review.dropped.back().reason, "not listed");
  // 1,002 lines were dropped: 200 listed, the rest counted.
  EXPECT_EQ(review.dropped.back().text, "802 more lines");
}

TEST(DataviewFields, InlineFieldsGiveFieldsAndLeaveTheText) {
  const Review review = extract_one(
      "Title:: The Salt Road\nAuthor:: [[Mara Lind]]\nRating:: 4\n\n"
      "A caravan crosses the desert and nobody on it trusts the guide.\n",
      "md", "salt.md");
  EXPECT_EQ(review.title, "The Salt Road");
  EXPECT_EQ(review.authors, Names{"Mara Lind"});
  ASSERT_TRUE(review.rating.has_value());
  EXPECT_DOUBLE_EQ(*review.rating, 4.0);
  EXPECT_EQ(review.text.find("::"), std::string::npos);
}

TEST(DataviewFields, OneInlineFieldLineInTheBodyIsMetadata) {
  const Review review = extract_one(
      "# The Salt Road by Mara Lind\n\nA caravan crosses the desert and nobody on it trusts the guide.\n\n"
      "Finished:: 2023-04-09\n",
      "md", "salt.md");
  EXPECT_EQ(review.date, "2023-04-09");
  EXPECT_EQ(review.text.find("Finished"), std::string::npos);
  EXPECT_EQ(reason_dropped(review, "Finished:: 2023"), "field lines (read as fields)");
}

TEST(DataviewFields, ProseWithOneColonIsNotAField) {
  const Review review = extract_one(
      "# The Salt Road by Mara Lind\n\nA caravan crosses the desert.\n\nNote: the guide lies.\n", "md", "salt.md");
  EXPECT_NE(review.text.find("Note: the guide lies."), std::string::npos);
}

TEST(FieldMapOnHtml, AMappedMetaTagWinsOverThePagesHeadings) {
  ExtractOptions options;
  options.field_map = {{"title", "book-title"}, {"author", "book-author"}, {"rating", "my-rating"}};
  const Review review = extract_one(
      R"(<html><head><title>Week 12: deserts | Sand Reviews</title>
<meta name="book-title" content="The Salt Road"><meta name="Book-Author" content="Mara Lind">
<meta name="my-rating" content="4/5"></head>
<body><article><h1>Week 12: deserts</h1><p>A caravan crosses the desert and nobody trusts the guide.</p></article></body></html>)",
      "html", "week12.html", options);
  EXPECT_EQ(review.title, "The Salt Road");
  EXPECT_EQ(review.authors, Names{"Mara Lind"});
  ASSERT_TRUE(review.rating.has_value());
  EXPECT_DOUBLE_EQ(*review.rating, 4.0);
  EXPECT_EQ(source_of(review, "title"), "meta tag named by --field-map");
}

TEST(FieldMapOnHtml, WithoutTheMapThePageHeadingIsTheTitle) {
  const Review review = extract_one(
      R"(<html><head><meta name="book-title" content="The Salt Road"></head>
<body><article><h1>Week 12: deserts</h1><p>A caravan crosses the desert and nobody trusts the guide.</p></article></body></html>)",
      "html", "week12.html");
  EXPECT_EQ(review.title, "Week 12: deserts");
}

}  // namespace
}  // namespace lectern::indexer
