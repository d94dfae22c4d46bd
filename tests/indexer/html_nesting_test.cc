// Pages nested absurdly deep are flattened before gumbo parses them (gumbo is quadratic in the
// depth, and our walks stop at kMaxDepth): the text is kept and the review says why.
#include <gtest/gtest.h>

#include <string>

#include "formats/html/nesting.h"
#include "lectern/indexer/extract.h"

namespace lectern::indexer {
namespace {

std::string nested(std::size_t levels, const std::string& tag, const std::string& text) {
  std::string html = "<html><body>";
  for (std::size_t i = 0; i < levels; ++i) html += "<" + tag + " class=\"level\">";
  html += text;
  for (std::size_t i = 0; i < levels; ++i) html += "</" + tag + ">";
  return html + "</body></html>";
}

TEST(HtmlNesting, AnOrdinaryPageIsLeftAlone) {
  EXPECT_FALSE(html::flatten_deep_nesting(nested(40, "div", "Deep enough.")).has_value());
}

TEST(HtmlNesting, ElementsWithoutEndTagsAndRawTextDoNotCountAsDepth) {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<p>One paragraph left open.<br><img src=x.png>";
  html += "<script>for (;;) document.write('<div><div><div>');</script><!-- <div><div> -->";
  EXPECT_FALSE(html::flatten_deep_nesting(html, 64).has_value());
}

TEST(HtmlNesting, TagsPastTheLimitGoAndTheirTextStays) {
  const auto flattened = html::flatten_deep_nesting(nested(1000, "div", "the words at the bottom"), 100);
  ASSERT_TRUE(flattened.has_value());
  EXPECT_EQ(flattened->deepest, 1002u);  // with <html> and <body>
  EXPECT_NE(flattened->html.find("the words at the bottom"), std::string::npos);
  std::size_t opened = 0;
  for (std::size_t at = flattened->html.find("<div"); at != std::string::npos; at = flattened->html.find("<div", at + 1)) {
    ++opened;
  }
  EXPECT_EQ(opened, 98u);  // 100 levels: <html>, <body> and 98 of the divs
}

TEST(HtmlNesting, AReviewNestedAHundredThousandLevelsDeepIsIndexedWithAWarning) {
  const std::string page = "<html><head><title>The Salt Road by Mara Lind</title></head><body>" +
                           nested(100000, "div", "A caravan crosses the desert in 1412 and nobody trusts the guide.") +
                           "</body></html>";
  auto reviews = extract_bytes(page, "html", "deep.html", ExtractOptions{});
  ASSERT_TRUE(reviews.ok()) << reviews.error().message;
  ASSERT_EQ(reviews->size(), 1u);
  const Review& review = reviews->front();
  EXPECT_NE(review.text.find("nobody trusts the guide"), std::string::npos);
  EXPECT_EQ(review.title, "The Salt Road");
  ASSERT_EQ(review.warnings.size(), 1u);
  EXPECT_NE(review.warnings[0].find("nests 100"), std::string::npos) << review.warnings[0];
}

}  // namespace
}  // namespace lectern::indexer
