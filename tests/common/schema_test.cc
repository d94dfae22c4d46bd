#include "lectern/common/schema.h"

#include <gtest/gtest.h>

#include <set>

#include "lectern/common/document_data.h"
#include "lectern/common/terms.h"

namespace lectern {
namespace {

TEST(Schema, NoPrefixIsAPrefixOfAnother) {
  // Terms are lower case, so "XA" + term can only be confused with a prefix that extends "XA"
  // with a capital letter.
  for (auto a : schema::kAllPrefixes) {
    for (auto b : schema::kAllPrefixes) {
      if (a == b) continue;
      EXPECT_FALSE(b.substr(0, a.size()) == a) << a << " is a prefix of " << b;
    }
  }
}

TEST(Schema, PrefixesAreCapitalLetters) {
  for (auto prefix : schema::kAllPrefixes) {
    ASSERT_FALSE(prefix.empty());
    for (char ch : prefix) EXPECT_TRUE(ch >= 'A' && ch <= 'Z') << prefix;
  }
}

TEST(Schema, ValueSlotsAreDistinct) {
  const std::set<schema::ValueSlot> slots = {schema::kSlotDate,     schema::kSlotRating,        schema::kSlotPeriodStart,
                                             schema::kSlotPeriodEnd, schema::kSlotTitleSort,    schema::kSlotWork,
                                             schema::kSlotSourceSignature, schema::kSlotSourcePath};
  EXPECT_EQ(slots.size(), 8u);
}

TEST(DocumentData, RoundTripsEveryField) {
  Review review;
  review.id = "/reviews/a.json#2";
  review.path = "/reviews/a.json";
  review.format = "json";
  review.title = "The Betrayal";
  review.authors = {"Helen Dunmore"};
  review.editors = {"An Editor"};
  review.translators = {"A Translator"};
  review.illustrators = {"An Illustrator"};
  review.reviewer = "A Reader";
  review.date = "2011-05-02";
  review.rating = 4.5;
  review.period = YearSpan{1941, 1953};
  review.language = "en";
  review.url = "https://example.org/betrayal";
  review.tags = {"russia", "stalin"};
  review.mentions = {{"The Great Terror", "Robert Conquest"}, {"Cancer Ward", ""}};
  review.captions = {"The Lubyanka"};
  review.text = "Leningrad, 1952.\n\nA second paragraph with “quotes”.";

  auto decoded = decode_document_data(encode_document_data(review));
  ASSERT_TRUE(decoded.ok()) << decoded.error().message;
  EXPECT_EQ(*decoded, review);
}

TEST(DocumentData, OmitsEmptyOptionalFields) {
  Review review;
  review.title = "Untitled";
  auto decoded = decode_document_data(encode_document_data(review));
  ASSERT_TRUE(decoded.ok());
  EXPECT_FALSE(decoded->rating.has_value());
  EXPECT_FALSE(decoded->period.has_value());
  EXPECT_EQ(encode_document_data(review), R"({"title":"Untitled"})");
}

TEST(DocumentData, FieldsOfTheWrongTypeAreLeftEmpty) {
  auto decoded = decode_document_data(
      R"({"title":5,"authors":"one","tags":["a",2,"b"],"rating":4,"period":{"start":-50,"end":"x"},)"
      R"("mentions":[{"title":"T"},7],"text":"caf\u00e9 \"quoted\"","unknown":[1]})");
  ASSERT_TRUE(decoded.ok()) << decoded.error().message;
  EXPECT_EQ(decoded->title, "");
  EXPECT_TRUE(decoded->authors.empty());
  EXPECT_EQ(decoded->tags, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(decoded->rating, 4.0) << "a whole number is a rating too";
  EXPECT_FALSE(decoded->period.has_value());
  ASSERT_EQ(decoded->mentions.size(), 1u);
  EXPECT_EQ(decoded->mentions[0].title, "T");
  EXPECT_EQ(decoded->text, "caf\xc3\xa9 \"quoted\"");
}

TEST(DocumentData, PeriodsBeforeChristKeepTheirSign) {
  Review review;
  review.period = YearSpan{-49, 14};
  auto decoded = decode_document_data(encode_document_data(review));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->period, (YearSpan{-49, 14}));
}

TEST(DocumentData, NonObjectIsCorruption) {
  auto decoded = decode_document_data("[1,2");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().code, ErrorCode::kCorruption);
}

TEST(Terms, DecadeTermsAreZeroPaddedAndFloorBcYears) {
  EXPECT_EQ(terms::decade_term(1941), "XD1940");
  EXPECT_EQ(terms::decade_term(753), "XD0750");
  EXPECT_EQ(terms::decade_term(-44), "XD-0050");
  EXPECT_EQ(terms::decade_of(-1), -10);
}

TEST(Terms, ExactTermsFoldCaseAndDiacritics) {
  EXPECT_EQ(terms::exact_term(schema::kPrefixAuthorExact, " Émile Zola "), "XAemile zola");
}

TEST(Terms, LongValuesAreCutAndHashedWithinTheLimit) {
  const std::string long_path(600, 'x');
  const std::string term = terms::bounded_term(schema::kPrefixId, long_path);
  EXPECT_LE(term.size(), schema::kMaxTermBytes);
  EXPECT_NE(term, terms::bounded_term(schema::kPrefixId, long_path + "y"));
}

TEST(Terms, WorkKeyIgnoresArticleCaseAndFirstName) {
  EXPECT_EQ(terms::work_key("The Betrayal", "Helen Dunmore"), "betrayal|dunmore");
  EXPECT_EQ(terms::work_key("THE BETRAYAL", "H. Dunmore"), "betrayal|dunmore");
}

}  // namespace
}  // namespace lectern
