#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/format_parsers.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

Review parse_one(std::string_view html) {
  auto result = parse_html(html, ExtractOptions{});
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
  if (!result.ok() || result->size() != 1) return {};
  return std::move(result->front());
}

bool has(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

constexpr std::string_view kReviewPage = R"(<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>The Betrayal &ndash; Helen Dunmore | Ann's Book Blog</title>
<meta name="author" content="Meta Reviewer">
<style>body { color: red; } .secret-style {}</style>
<script>var trackingSecret = "do not index";</script>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Review",
  "itemReviewed": {"@type": "Book", "name": "The Betrayal",
                   "author": {"@type": "Person", "name": "Helen Dunmore"}},
  "author": {"@type": "Person", "name": "Ann Reader"},
  "datePublished": "2011-05-02T09:00:00Z",
  "inLanguage": "en",
  "reviewRating": {"@type": "Rating", "ratingValue": "8", "bestRating": "10"},
  "reviewBody": "Only used when the page has no text."
}
</script>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li>NavigationOnly</li></ul></nav>
<header class="site-header"><p>SiteBannerText</p></header>
<main>
<article>
  <header><h1>The Betrayal by Helen Dunmore</h1></header>
  <p>Leningrad,&nbsp;1952. Andrei &amp; Anna live <em>quietly</em>.</p>
  <p hidden>HiddenParagraph</p>
  <aside>PullQuoteAside</aside>
  <p>Doctors<br>are arrested.</p>
  <footer>ArticleFooterShare</footer>
</article>
<form><label>FormLabel</label><button>Submit</button></form>
</main>
<footer>SiteFooterCopyright</footer>
<noscript>NoscriptText</noscript>
</body>
</html>
)";

TEST(HtmlParser, JsonLdReviewGivesBookAuthorReviewerDateAndRating) {
  const Review review = parse_one(kReviewPage);
  EXPECT_EQ(review.title, "The Betrayal");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Helen Dunmore"});
  EXPECT_EQ(review.reviewer, "Ann Reader");  // the Review's author, not <meta name="author">
  EXPECT_EQ(review.date, "2011-05-02");
  ASSERT_TRUE(review.rating.has_value());
  EXPECT_DOUBLE_EQ(*review.rating, 4.0);
  EXPECT_EQ(review.language, "en");
}

TEST(HtmlParser, BoilerplateAndHiddenTextAreLeftOut) {
  const Review review = parse_one(kReviewPage);
  for (std::string_view absent : {"trackingSecret", "secret-style", "NavigationOnly", "SiteBannerText", "HiddenParagraph",
                                  "PullQuoteAside", "ArticleFooterShare", "FormLabel", "Submit", "SiteFooterCopyright",
                                  "NoscriptText", "Only used when"}) {
    EXPECT_FALSE(has(review.text, absent)) << absent << " in:\n" << review.text;
  }
}

TEST(HtmlParser, ArticleTextKeepsItsOwnHeadingAndParagraphs) {
  const Review review = parse_one(kReviewPage);
  EXPECT_EQ(review.text,
            "The Betrayal by Helen Dunmore\n\n"
            "Leningrad, 1952. Andrei & Anna live quietly.\n\n"
            "Doctors\nare arrested.");
}

TEST(HtmlParser, GraphArrayAndAuthorArraysAreRead) {
  const Review review = parse_one(R"(<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Somewhere"},
      {"@type": "Book", "@id": "#book", "name": "Good Omens",
       "author": [{"@type": "Person", "name": "Terry Pratchett"}, "Neil Gaiman"]},
      {"@type": ["Review"], "itemReviewed": {"@id": "#book"}, "author": "Sam Critic",
       "datePublished": "March 3, 2015", "reviewRating": {"ratingValue": 3}}
    ]}
    </script></head><body><p>Funny.</p></body></html>)");
  EXPECT_EQ(review.title, "Good Omens");
  EXPECT_EQ(review.authors, (std::vector<std::string>{"Terry Pratchett", "Neil Gaiman"}));
  EXPECT_EQ(review.reviewer, "Sam Critic");
  EXPECT_EQ(review.date, "2015-03-03");
  ASSERT_TRUE(review.rating.has_value());
  EXPECT_DOUBLE_EQ(*review.rating, 3.0);
  EXPECT_EQ(review.text, "Funny.");
}

TEST(HtmlParser, TopLevelJsonLdArrayIsSearched) {
  const Review review = parse_one(R"(<script type="application/ld+json">
    [{"@type": "Organization", "name": "Org"},
     {"@type": "Review", "itemReviewed": {"@type": "Book", "name": "Stasiland", "author": {"name": "Anna Funder"}}}]
    </script><p>East Berlin.</p>)");
  EXPECT_EQ(review.title, "Stasiland");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Anna Funder"});
}

TEST(HtmlParser, BookNodeAloneGivesTitleAndAuthor) {
  const Review review = parse_one(R"(<script type="application/ld+json">
    {"@type": "Book", "name": "Munich", "author": "Robert Harris"}</script><p>Chamberlain.</p>)");
  EXPECT_EQ(review.title, "Munich");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Robert Harris"});
}

TEST(HtmlParser, MalformedJsonLdIsIgnored) {
  const Review review = parse_one(R"(<html><head><title>Munich</title>
    <script type="application/ld+json">{"@type": "Review", "itemReviewed": </script></head>
    <body><p>Text survives.</p></body></html>)");
  EXPECT_EQ(review.title, "Munich");
  EXPECT_EQ(review.text, "Text survives.");
}

TEST(HtmlParser, MetaTagsGiveReviewerDateAndTitle) {
  const Review review = parse_one(R"(<html lang="FR-ca"><head>
    <meta property="og:title" content="HHhH">
    <meta name="author" content="&Eacute;tienne Marchal">
    <meta property="article:published_time" content="2011-02-09T08:00:00+00:00">
    </head><body><p>Un roman.</p></body></html>)");
  EXPECT_EQ(review.title, "HHhH");
  EXPECT_EQ(review.reviewer, "Étienne Marchal");
  EXPECT_EQ(review.date, "2011-02-09");
  EXPECT_EQ(review.language, "fr");
  EXPECT_TRUE(review.authors.empty());
}

TEST(HtmlParser, ArticleAuthorMetaIsTheReviewerUnlessItIsAUrl) {
  EXPECT_EQ(parse_one(R"(<meta property="article:author" content="Jo Blogger"><p>x</p>)").reviewer, "Jo Blogger");
  EXPECT_EQ(parse_one(R"(<meta property="article:author" content="https://example.com/jo"><p>x</p>)").reviewer, "");
}

TEST(HtmlParser, HeadingWithAuthorIsParsedFromH1) {
  const Review review = parse_one(R"(<html><head><meta property="og:title" content="Dissolution"></head>
    <body><article><h1>Dissolution by C. J. Sansom</h1><p>Cromwell's England.</p></article></body></html>)");
  EXPECT_EQ(review.title, "Dissolution");
  EXPECT_EQ(review.authors, std::vector<std::string>{"C. J. Sansom"});
  EXPECT_TRUE(has(review.text, "Dissolution by C. J. Sansom"));
}

TEST(HtmlParser, BylineGivesDateAndRatingWhenMetadataDoesNot) {
  const Review review = parse_one(R"(<article><h1>Dissolution by C. J. Sansom</h1>
    <p class="byline">Reviewed by Margaret Ellery &middot; Posted on March 20, 2015 &middot;
    Rating: &#9733;&#9733;&#9733;&#9733;&#9734;</p><p>Monastery.</p></article>)");
  EXPECT_EQ(review.date, "2015-03-20");
  ASSERT_TRUE(review.rating.has_value());
  EXPECT_DOUBLE_EQ(*review.rating, 4.0);
}

TEST(HtmlParser, TitleElementLosesItsSiteSuffix) {
  const Review review = parse_one(R"(<html><head><title>Year of Wonders | The Inkwell Review</title></head>
    <body><p>Plague village.</p></body></html>)");
  EXPECT_EQ(review.title, "Year of Wonders");
}

TEST(HtmlParser, EntitiesAreDecodedInTextAndFields) {
  const Review review = parse_one(R"(<title>Caf&eacute; &amp; Co</title>
    <p>Fish&nbsp;&amp;&nbsp;chips &lt;cheap&gt; &#8220;quoted&#8221; &rsquo;</p>)");
  EXPECT_EQ(review.title, "Café & Co");
  EXPECT_EQ(review.text, "Fish & chips <cheap> “quoted” ’");
}

TEST(HtmlParser, InlineElementsDoNotBreakWordsAndBlocksDo) {
  const Review review = parse_one(
      "<body><div>One <b>bo</b><i>ld</i> line</div><ul><li>first</li><li>second</li></ul>"
      "<table><tr><td>a</td><td>b</td></tr></table><pre>  kept\n    spacing</pre></body>");
  EXPECT_EQ(review.text, "One bold line\n\nfirst\nsecond\n\na b\n\nkept\nspacing");
}

TEST(HtmlParser, LargestArticleIsTheReview) {
  const Review review = parse_one(R"(<body>
    <article><p>Teaser.</p></article>
    <article><p>The full review of the book, much longer than the teaser.</p></article>
    <p>OutsideArticles</p></body>)");
  EXPECT_EQ(review.text, "The full review of the book, much longer than the teaser.");
}

TEST(HtmlParser, ReviewBodyIsUsedWhenThePageHasNoText) {
  const Review review = parse_one(R"(<script type="application/ld+json">
    {"@type": "Review", "reviewBody": "From &quot;structured&quot; data."}</script><body><nav>Menu</nav></body>)");
  EXPECT_EQ(review.text, "From \"structured\" data.");
}

TEST(HtmlParser, PageWithoutTextIsUnsupported) {
  const auto result = parse_html("<html><head><title>T</title></head><body><script>x()</script> </body></html>", {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kUnsupported);
  EXPECT_EQ(result.error().message, "no visible text in the HTML page");
}

TEST(HtmlParser, GarbageAndDeepNestingDoNotCrash) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div><span>";
  deep += "bottom";
  const auto nested = parse_html(deep, {});
  EXPECT_TRUE(nested.ok() || nested.error().code == ErrorCode::kUnsupported);
  const auto garbage = parse_html("<p>\xFF\xFE<<<&&#x;</ p", {});
  EXPECT_TRUE(garbage.ok() || garbage.error().code == ErrorCode::kUnsupported);
}

}  // namespace
}  // namespace lectern::indexer
