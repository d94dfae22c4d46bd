#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/format_parsers.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

using Names = std::vector<std::string>;

std::vector<Review> parse_ok(std::string_view json, const ExtractOptions& options = {}) {
  auto result = parse_json(json, options);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  return result.ok() ? std::move(*result) : std::vector<Review>{};
}

Review parse_single(std::string_view json, const ExtractOptions& options = {}) {
  std::vector<Review> reviews = parse_ok(json, options);
  EXPECT_EQ(reviews.size(), 1u);
  return reviews.empty() ? Review{} : std::move(reviews.front());
}

TEST(JsonReviews, ObjectIsOneReviewWithEveryField) {
  const Review review = parse_single(R"({
    "title": "Der Name der Rose", "author": "Umberto Eco", "reviewer": "Katharina Bremer",
    "date": "28 November 2015", "rating": "4/5", "period": "1327", "language": "de-DE",
    "url": "https://example.org/rose", "tags": ["Mittelalter", "Krimi"],
    "text": "Ende November 1327.\n\nEine Abtei."})");
  EXPECT_EQ(review.title, "Der Name der Rose");
  EXPECT_EQ(review.authors, Names{"Umberto Eco"});
  EXPECT_EQ(review.reviewer, "Katharina Bremer");
  EXPECT_EQ(review.date, "2015-11-28");
  ASSERT_TRUE(review.rating.has_value());
  EXPECT_DOUBLE_EQ(*review.rating, 4.0);
  EXPECT_EQ(review.period, (YearSpan{1327, 1327}));
  EXPECT_EQ(review.language, "de");
  EXPECT_EQ(review.url, "https://example.org/rose");
  EXPECT_EQ(review.tags, (Names{"Mittelalter", "Krimi"}));
  EXPECT_EQ(review.text, "Ende November 1327.\n\nEine Abtei.");
  EXPECT_TRUE(review.id.empty());
}

TEST(JsonReviews, ArrayGivesOneReviewPerObjectInOrder) {
  const std::vector<Review> reviews = parse_ok(R"([
    {"title": "Child 44", "text": "Moscow, 1953."},
    {"title": "Munich", "text": "Chamberlain."},
    "not an object",
    {"text": "No title but text."}])");
  ASSERT_EQ(reviews.size(), 3u);
  EXPECT_EQ(reviews[0].title, "Child 44");
  EXPECT_EQ(reviews[1].title, "Munich");
  EXPECT_EQ(reviews[2].text, "No title but text.");
}

TEST(JsonReviews, ObjectsWithNeitherTitleNorTextAreSkipped) {
  const std::vector<Review> reviews = parse_ok(R"([{"author": "Nobody", "rating": 3},
                                                   {"title": "Kept without text"}])");
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].title, "Kept without text");
  EXPECT_EQ(reviews[0].text, "");
}

TEST(JsonReviews, OtherTopLevelValuesAreInvalid) {
  for (std::string_view json : {"42", "\"a string\"", "[1, 2, 3]", "null"}) {
    const auto result = parse_json(json, {});
    ASSERT_FALSE(result.ok()) << json;
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(result.error().message, "expected a JSON object or an array of objects");
  }
}

TEST(JsonReviews, SyntaxErrorMessageSaysWhere) {
  const auto result = parse_json("{\"title\": \"Munich\",\n \"text\": }", {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message.find("line 2"), std::string::npos) << result.error().message;
  EXPECT_NE(result.error().message.find("byte 30"), std::string::npos) << result.error().message;
  EXPECT_EQ(result.error().message.find("[json.exception"), std::string::npos) << result.error().message;
}

TEST(JsonReviews, JsonLinesGivesOneReviewPerLineSkippingBlankLines) {
  const auto result = parse_jsonl("{\"title\": \"One\", \"text\": \"a\"}\r\n\n   \n{\"title\": \"Two\"}\n", {});
  ASSERT_OK(result);
  ASSERT_EQ(result->size(), 2u);
  EXPECT_EQ((*result)[0].title, "One");
  EXPECT_EQ((*result)[1].title, "Two");
}

TEST(JsonReviews, JsonLinesBadLineIsSkippedAndReportedWithItsNumber) {
  const auto result = parse_jsonl("{\"title\": \"One\"}\n\n{\"title\": \"Two\",}\n{\"title\": \"Three\"}\n", {});
  ASSERT_OK(result);
  ASSERT_EQ(result->size(), 2u) << "the good lines are kept";
  EXPECT_EQ((*result)[1].title, "Three");
  ASSERT_FALSE((*result)[0].warnings.empty());
  EXPECT_EQ((*result)[0].warnings[0].rfind("line 3 is not valid JSON", 0), 0u) << (*result)[0].warnings[0];
  // A file of nothing but bad lines is an error naming the first.
  const auto bad = parse_jsonl("{\"title\": \"Two\",}\n", {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message.rfind("line 1: ", 0), 0u) << bad.error().message;
}

TEST(JsonReviews, JsonLinesLineThatIsNotAnObjectIsReported) {
  const auto result = parse_jsonl("{\"title\": \"One\"}\n[1, 2]\n", {});
  ASSERT_OK(result);
  ASSERT_EQ(result->size(), 1u);
  ASSERT_FALSE(result->front().warnings.empty());
  EXPECT_EQ(result->front().warnings[0], "line 2 is an array, not an object; it was skipped");
  EXPECT_EQ(parse_jsonl("[1, 2]\n", {}).error().message, "line 1: expected a JSON object, found an array");
}

TEST(JsonReviews, TextAsParagraphsOrSectionsAndNestedArrays) {
  auto reviews = parse_json(R"({"data": {"reviews": [
      {"title": "One", "text": ["First paragraph.", "Second paragraph."]},
      {"title": "Two", "review": {"summary": "A summary.", "verdict": "A verdict."}},
      {"colour": "blue"}]}})", {});
  ASSERT_OK(reviews);
  ASSERT_EQ(reviews->size(), 2u);
  EXPECT_EQ((*reviews)[0].text, "First paragraph.\n\nSecond paragraph.");
  EXPECT_EQ((*reviews)[1].text, "A summary.\n\nA verdict.");
  ASSERT_FALSE((*reviews)[0].warnings.empty()) << "the object that gives no review is reported";
  EXPECT_NE((*reviews)[0].warnings[0].find("element 2"), std::string::npos) << (*reviews)[0].warnings[0];
  EXPECT_NE((*reviews)[0].warnings[0].find("`colour`"), std::string::npos);
}

TEST(JsonReviews, KeysOfOtherFormatsMeanTheSame) {
  auto reviews = parse_json(R"([{"bookTitle": "Imperium", "Author": "Ann Writer", "reviewText": "Rome in 79 BC.",
                                 "Date Read": "2019/03/15", "language": "English"}])", {});
  ASSERT_OK(reviews);
  ASSERT_EQ(reviews->size(), 1u);
  EXPECT_EQ(reviews->front().title, "Imperium");
  EXPECT_EQ(reviews->front().authors, std::vector<std::string>{"Ann Writer"});
  EXPECT_EQ(reviews->front().date, "2019-03-15");
  EXPECT_EQ(reviews->front().language, "en");
}

TEST(JsonReviews, FieldMapRenamesKeys) {
  ExtractOptions options;
  options.field_map = {{"text", "reviewText"}, {"author", "bookAuthor"}, {"title", "book.name"}};
  const Review review = parse_single(R"({"book": {"name": "Imperium"}, "bookAuthor": "Robert Harris",
                                         "title": "Ignored", "text": "Ignored too",
                                         "reviewText": "Tiro tells it."})",
                                     options);
  EXPECT_EQ(review.title, "Imperium");
  EXPECT_EQ(review.authors, Names{"Robert Harris"});
  EXPECT_EQ(review.text, "Tiro tells it.");
}

TEST(JsonReviews, AuthorsComeFromArraysAndTheAuthorsKey) {
  EXPECT_EQ(parse_single(R"({"title": "Good Omens", "author": ["Terry Pratchett", "Neil Gaiman"]})").authors,
            (Names{"Terry Pratchett", "Neil Gaiman"}));
  EXPECT_EQ(parse_single(R"({"title": "T", "authors": [{"name": "A One"}, "B Two", 7]})").authors,
            (Names{"A One", "B Two"}));
  EXPECT_EQ(parse_single(R"({"title": "T", "author": "Mantel, Hilary"})").authors, Names{"Mantel, Hilary"});
  EXPECT_EQ(parse_single(R"({"title": "T", "author": "Anne One; Bob Two"})").authors, (Names{"Anne One", "Bob Two"}));
}

TEST(JsonReviews, PeriodAcceptsStringObjectArrayAndNumber) {
  EXPECT_EQ(parse_single(R"({"title": "T", "period": "1941-1944"})").period, (YearSpan{1941, 1944}));
  EXPECT_EQ(parse_single(R"({"title": "T", "period": {"start": 1933, "end": 1953}})").period, (YearSpan{1933, 1953}));
  EXPECT_EQ(parse_single(R"({"title": "T", "period": [1775, 1793]})").period, (YearSpan{1775, 1793}));
  EXPECT_EQ(parse_single(R"({"title": "T", "period": [-79, -70]})").period, (YearSpan{-79, -70}));
  EXPECT_EQ(parse_single(R"({"title": "T", "period": 1952})").period, (YearSpan{1952, 1952}));
  EXPECT_FALSE(parse_single(R"({"title": "T", "period": null})").period.has_value());
  EXPECT_FALSE(parse_single(R"({"title": "T", "period": true})").period.has_value());
}

TEST(JsonReviews, RatingAcceptsNumbersAndStrings) {
  const Review number = parse_single(R"({"title": "T", "rating": 4.5})");
  ASSERT_TRUE(number.rating.has_value());
  EXPECT_DOUBLE_EQ(*number.rating, 4.5);
  const Review scaled = parse_single(R"({"title": "T", "rating": "8/10"})");
  ASSERT_TRUE(scaled.rating.has_value());
  EXPECT_DOUBLE_EQ(*scaled.rating, 4.0);
}

TEST(JsonReviews, ValuesOfTheWrongTypeAreIgnored) {
  const Review review = parse_single(R"({"title": "T", "author": 12, "reviewer": false, "date": "someday",
                                         "rating": [1], "language": {"x": 1}, "tags": 5, "url": null,
                                         "text": 99, "body": "The body wins."})");
  EXPECT_TRUE(review.authors.empty());
  EXPECT_EQ(review.reviewer, "");
  EXPECT_EQ(review.date, "");
  EXPECT_FALSE(review.rating.has_value());
  EXPECT_EQ(review.language, "");
  EXPECT_TRUE(review.tags.empty());
  EXPECT_EQ(review.text, "The body wins.");
}

TEST(JsonReviews, TextKeysAreTriedInOrder) {
  EXPECT_EQ(parse_single(R"({"review": "From review.", "content": "From content."})").text, "From review.");
  EXPECT_EQ(parse_single(R"({"content": "From content."})").text, "From content.");
}

TEST(JsonReviews, HtmlInValuesIsDecodedAndStripped) {
  const Review review = parse_single(
      R"({"title": "Caf&eacute; &amp; Co", "tags": "history, war ,, Russia",
          "text": "<p>First &amp; <em>best</em>.</p><p>Second<br>line, x <y and y> z.</p>"})");
  EXPECT_EQ(review.title, "Café & Co");
  EXPECT_EQ(review.tags, (Names{"history", "war", "Russia"}));
  EXPECT_EQ(review.text, "First & best.\n\nSecond\nline, x <y and y> z.");
}

TEST(JsonReviews, EscapedMarkupInPlainTextIsKeptAsText) {
  EXPECT_EQ(parse_single(R"({"text": "Use &lt;p&gt; for paragraphs."})").text, "Use <p> for paragraphs.");
}

TEST(JsonReviews, LanguageNamesBecomeCodes) {
  EXPECT_EQ(parse_single(R"({"title": "T", "lang": "German"})").language, "de");
  EXPECT_EQ(parse_single(R"({"title": "T", "language": "FR"})").language, "fr");
  EXPECT_EQ(parse_single(R"({"title": "T", "language": "Klingon"})").language, "");
}

TEST(JsonReviews, WrappedReviewsArrayIsRead) {
  const std::vector<Review> reviews = parse_ok(R"({"reviews": [{"title": "A"}, {"title": "B"}]})");
  ASSERT_EQ(reviews.size(), 2u);
  EXPECT_EQ(reviews[1].title, "B");
}

TEST(JsonReviews, HostileInputDoesNotCrash) {
  const std::string deep = std::string(20000, '[') + std::string(20000, ']');
  EXPECT_FALSE(parse_json(deep, {}).ok());
  EXPECT_FALSE(parse_json("{\"title\": \"\xFF\"}", {}).ok());
  EXPECT_FALSE(parse_json("[1e99999]", {}).ok());
  EXPECT_FALSE(parse_jsonl("{\"title\": \"unterminated", {}).ok());
}

TEST(JsonReviews, BodyDebrisAndRatingLinesAreSortedOut) {
  const Review review = parse_single(R"({"title": "T", "text": "Good book.\n\nRating: 4/5\n\nShare this:\nFacebook"})");
  EXPECT_EQ(review.rating, 4.0);
  EXPECT_EQ(review.text, "Good book.");
}

TEST(JsonReviews, KeysWinOverTheBody) {
  const Review review =
      parse_single(R"({"title": "T", "reviewer": "Key Reviewer", "rating": 2, "text": "Good.\n\nRating: 4/5\n\n\u2014 Ann Reader"})");
  EXPECT_EQ(review.rating, 2.0);
  EXPECT_EQ(review.reviewer, "Key Reviewer");
}

}  // namespace
}  // namespace lectern::indexer

namespace lectern::indexer {
namespace {

TEST(JsonReviews, FileWithUnknownKeysSaysWhichKeysItHasAndHowToMapThem) {
  auto reviews = parse_json(R"([{"nameOfBook": "Imperium", "words": "Rome in 79 BC."}])", ExtractOptions{});
  ASSERT_FALSE(reviews.ok());
  EXPECT_EQ(reviews.error().code, ErrorCode::kUnsupported);
  EXPECT_NE(reviews.error().message.find("`nameOfBook`, `words`"), std::string::npos) << reviews.error().message;
  EXPECT_NE(reviews.error().message.find("--field-map"), std::string::npos);
  auto lines = parse_jsonl("{\"nameOfBook\": \"Imperium\"}\n", ExtractOptions{});
  ASSERT_FALSE(lines.ok());
  EXPECT_NE(lines.error().message.find("`nameOfBook`"), std::string::npos) << lines.error().message;
}

TEST(JsonReviews, AReviewWithATitleButNoKnownTextKeyIsKeptWithAWarningNamingItsKeys) {
  const Review review = parse_single(R"({"title": "Imperium", "words": "Rome in 79 BC, told by a secretary."})");
  EXPECT_EQ(review.title, "Imperium");
  EXPECT_TRUE(review.text.empty());
  ASSERT_EQ(review.warnings.size(), 1u);
  EXPECT_NE(review.warnings[0].find("keys: title, words"), std::string::npos) << review.warnings[0];
  EXPECT_NE(review.warnings[0].find("--field-map text=KEY"), std::string::npos) << review.warnings[0];
}

}  // namespace
}  // namespace lectern::indexer
