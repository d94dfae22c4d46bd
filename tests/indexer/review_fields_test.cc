// One meaning per metadata key in every format: the normaliser and the shapes of real
// collections it was written for (fixtures in our own words, names made up).
#include "review_fields.h"

#include <gtest/gtest.h>

#include "lectern/indexer/extract.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

Review extract(std::string_view text, std::string_view format, const std::string& path = "/reviews/a") {
  auto reviews = extract_bytes(text, format, path + "." + std::string(format), {});
  EXPECT_TRUE(reviews) << (reviews ? "" : reviews.error().message);
  return reviews && !reviews->empty() ? reviews->front() : Review{};
}

constexpr std::string_view kBody = "A long and careful review of a quiet novel about a lighthouse keeper and his daughter.\n";

TEST(ReviewFields, KeysMeanTheSameWhateverTheirSpelling) {
  EXPECT_EQ(meaning_of_key("Date Read").field, Field::kReadDate);
  EXPECT_EQ(meaning_of_key("date_read").field, Field::kReadDate);
  EXPECT_EQ(meaning_of_key("bookTitle").field, Field::kTitle);
  EXPECT_GT(meaning_of_key("bookTitle").rank, meaning_of_key("title").rank);
  EXPECT_EQ(meaning_of_key("Autor/in").field, Field::kAuthor);
  EXPECT_EQ(meaning_of_key("Übersetzer/in").field, Field::kTranslator);
  EXPECT_EQ(meaning_of_key("layout").field, Field::kNone);
}

TEST(ReviewFields, LanguageCodesAndNamesBecomeIsoCodes) {
  EXPECT_EQ(normalize_language("en-GB"), "en");
  EXPECT_EQ(normalize_language("EN_us"), "en");
  EXPECT_EQ(normalize_language("English"), "en");
  EXPECT_EQ(normalize_language("Deutsch"), "de");
  EXPECT_EQ(normalize_language("français"), "fr");
  EXPECT_EQ(normalize_language("Klingon"), "");
}

TEST(ReviewFields, MarkupInValuesIsRemoved) {
  EXPECT_EQ(strip_inline_markup("[The Salt Road](https://example.org/salt)"), "The Salt Road");
  EXPECT_EQ(strip_inline_markup("<i>L&eacute;gende</i>&nbsp;d'hiver"), "Légende d'hiver");
  EXPECT_EQ(strip_inline_markup("[[Mara Lind|M. Lind]]"), "M. Lind");
}

TEST(ReviewFields, PostTitlePrefixesAndSeriesSuffixesAreNotTheTitle) {
  EXPECT_EQ(metadata_title("Review: The Glass River"), "The Glass River");
  EXPECT_EQ(metadata_title("Rezension: Das stille Haus"), "Das stille Haus");
  EXPECT_EQ(metadata_title("The Ash Throne (Ember Cycle, #2)"), "The Ash Throne");
  EXPECT_EQ(metadata_title("Review of a Year"), "Review of a Year");
}

TEST(ReviewFields, BookTitleKeyBeatsThePostTitle) {
  const Review review = extract(std::string("---\ntitle: \"Review: A Quiet Harbour\"\nbookTitle: A Quiet Harbour (Tides, #1)\n"
                                            "author: Noor Haddad\npubDate: 2022-06-03\nrating: 4\n---\n\n") + std::string(kBody),
                                "md");
  EXPECT_EQ(review.title, "A Quiet Harbour");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Noor Haddad"});
  EXPECT_EQ(review.date, "2022-06-03");
  ASSERT_TRUE(review.rating);
  EXPECT_DOUBLE_EQ(*review.rating, 4.0);
}

TEST(ReviewFields, NestedAuthorPartsAndReadingLogInFrontMatter) {
  const Review review = extract(std::string("---\ntitle: Night Ferry\nauthor:\n  first: Ana\n  middle: M.\n  last: Ruiz\n"
                                            "published: 1998-01-01\nread:\n  - start: 2020-01-02\n    end: 2020-01-19\n---\n\n") +
                                    std::string(kBody),
                                "md");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Ana M. Ruiz"});
  EXPECT_EQ(review.date, "2020-01-19") << "the end of the reading, not the book's publication";
}

TEST(ReviewFields, BookAndReviewGroupsInFrontMatter) {
  const Review review = extract(std::string("---\nbook:\n  title: Winter Bees\n  author: Jo Park\n  publication_year: 1971\n"
                                            "review:\n  date_read:\n  - 2019-02-01\n  - 2023-08-14\n  rating: 5\n---\n\n") +
                                    std::string(kBody),
                                "md");
  EXPECT_EQ(review.title, "Winter Bees");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Jo Park"});
  EXPECT_EQ(review.date, "2023-08-14") << "the latest reading";
  ASSERT_TRUE(review.rating);
  EXPECT_DOUBLE_EQ(*review.rating, 5.0);
}

TEST(ReviewFields, LanguageKeyIsNormalisedInEveryFormat) {
  EXPECT_EQ(extract(std::string("---\ntitle: A\nlanguage: en-GB\n---\n\n") + std::string(kBody), "md").language, "en");
  EXPECT_EQ(extract(std::string("title: A\nlanguage: English\n\n") + std::string(kBody), "txt").language, "en");
}

TEST(ReviewFields, MarkdownKeyValueHeaderBlockGivesTheFieldsAndLeavesTheText) {
  const Review review = extract(std::string("id: 41\nisbn: 9780000000002\ntitle: [Paper Moons](https://example.org/pm)\n"
                                            "author: Ana Ruiz\npublisher: Small Press\nyear: 2004\nstart: 2021-03-02\n"
                                            "stop: 2021-03-15\n\n") +
                                    std::string(kBody),
                                "md");
  EXPECT_EQ(review.title, "Paper Moons");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Ana Ruiz"});
  EXPECT_EQ(review.date, "2021-03-15");
  EXPECT_EQ(review.text.find("isbn"), std::string::npos) << review.text;
  EXPECT_EQ(review.text.find("publisher"), std::string::npos) << review.text;
  EXPECT_NE(review.text.find("lighthouse"), std::string::npos);
}

TEST(ReviewFields, ParagraphThatOpensLikeAKeyIsNotAHeader) {
  const Review review = extract("# Glass Rivers by Noor Haddad\n\nNote: this one surprised me. The lighthouse keeper "
                                "and his daughter carry a quiet story.\n",
                                "md");
  EXPECT_EQ(review.title, "Glass Rivers");
  EXPECT_NE(review.text.find("surprised"), std::string::npos);
}

TEST(ReviewFields, BrokenFrontMatterFallsBackToTheHeadingWithAWarning) {
  const Review review = extract(std::string("---\ntitle: \"Unclosed\nauthor: [Someone\n---\n\n# The Salt Road by Mara Lind\n\n") +
                                    std::string(kBody),
                                "md");
  EXPECT_EQ(review.title, "The Salt Road");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Mara Lind"});
  ASSERT_EQ(review.warnings.size(), 1u);
  EXPECT_NE(review.warnings[0].find("front matter"), std::string::npos);
}

TEST(ReviewFields, DateComesFromTheFileNameWhenTheFileHasNone) {
  EXPECT_EQ(extract(std::string("# Night Ferry by Ana Ruiz\n\n") + std::string(kBody), "md", "/blog/2019-04-28-night-ferry").date,
            "2019-04-28");
  EXPECT_EQ(extract(std::string("Night Ferry by Ana Ruiz\n\n") + std::string(kBody), "txt", "/site/2018/08/20/night-ferry/index").date,
            "2018-08-20");
  EXPECT_EQ(extract(std::string("Night Ferry by Ana Ruiz\n\n") + std::string(kBody), "txt", "/reviews/night-ferry-1984").date, "");
}

TEST(ReviewFields, HtmlTimeElementGivesTheDate) {
  const Review review = extract(
      "<html><head><title>Night Ferry by Ana Ruiz</title></head><body><article><h1>Night Ferry by Ana Ruiz</h1>"
      "<time datetime=\"2018-08-20\">20 Aug 2018</time><p>A long and careful review of a quiet novel about a lighthouse "
      "keeper and his daughter, told over one winter.</p></article></body></html>",
      "html");
  EXPECT_EQ(review.date, "2018-08-20");
}

}  // namespace
}  // namespace lectern::indexer
