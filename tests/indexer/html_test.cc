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

TEST(HtmlParser, FrenchHeadingGivesTheAuthor) {
  const Review review = parse_one(R"(<html lang="fr"><head><meta property="og:title" content="Le Petit Prince"></head>
    <body><div class="post"><h1>&laquo;&nbsp;Le Petit Prince&nbsp;&raquo; d&rsquo;Antoine de Saint-Exup&eacute;ry</h1>
    <p>Un aviateur.</p><p>Note : 5/5</p></div></body></html>)");
  EXPECT_EQ(review.title, "Le Petit Prince");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Antoine de Saint-Exup\u00E9ry"});
  EXPECT_EQ(review.rating, 5.0);
  EXPECT_FALSE(has(review.text, "Note"));
}

// An old table layout without <article> or <main>: a link bar, a sidebar cell, comments and a
// footer around the post.
constexpr std::string_view kTablePage = R"(<html><body>
<div id="top"><a href="/">The Long Shelf</a> | <a href="/archive">Archive</a> | <a href="/contact">Contact</a></div>
<table><tr><td width="70%"><div class="post">
<h1>IVANHOE by Walter Scott</h1>
<p><i>filed under: classics, middle ages</i></p>
<p>Scott's most famous novel is set in 1194, when Richard the Lionheart returns in secret from crusade.</p>
<p>The siege of Torquilstone Castle is terrific and the trial of Rebecca genuinely tense.</p>
<p>&#9733;&#9733;&#9733;&#9734;&#9734;</p>
<p>(Illustration from an 1871 edition)</p>
</div></td><td class="side"><table class="side">
<tr><td><b>Also on the shelf</b></td></tr>
<tr><td><a href="/r/1">The Master and Margarita by Mikhail Bulgakov</a></td></tr>
<tr><td><a href="/r/2">War and Peace by Leo Tolstoy (1869)</a></td></tr>
</table></td></tr></table>
<div class="comments"><h3>Comments (1)</h3>
<div class="comment"><b>bookworm_77</b> said: Have you tried Regeneration by Pat Barker?</div></div>
<div id="footer">All reviews &copy; their authors. Site design 2007. This site uses cookies for statistics only.</div>
</body></html>)";

TEST(HtmlParser, FurnitureAroundThePostIsLeftOut) {
  const Review review = parse_one(kTablePage);
  for (const char* furniture : {"Long Shelf", "Archive", "Also on the shelf", "Bulgakov", "1869", "bookworm", "Barker",
                                "Site design", "cookies"}) {
    EXPECT_FALSE(has(review.text, furniture)) << furniture;
  }
  EXPECT_TRUE(has(review.text, "Torquilstone"));
}

TEST(HtmlParser, StarsTagsAndCaptionsOfAPostAreMetadata) {
  const Review review = parse_one(kTablePage);
  EXPECT_EQ(review.rating, 3.0);
  EXPECT_EQ(review.tags, (std::vector<std::string>{"classics", "middle ages"}));
  EXPECT_EQ(review.captions, std::vector<std::string>{"Illustration from an 1871 edition"});
  EXPECT_FALSE(has(review.text, "filed under"));
  EXPECT_FALSE(has(review.text, "\u2605"));
}

TEST(HtmlParser, WrapperClassesNeverHideTheReview) {
  const Review review = parse_one(R"(<body class="has-sidebar"><div id="page" class="site has-sidebar">
    <div class="content-with-comments"><p>The review itself, which must survive its wrappers.</p>
    <p>A second paragraph.</p></div><div class="sidebar"><p>Widget text.</p></div></div></body>)");
  EXPECT_TRUE(has(review.text, "The review itself"));
  EXPECT_FALSE(has(review.text, "Widget text"));
}

TEST(HtmlParser, RatingInTheLastSentenceOfAParagraph) {
  const Review review = parse_one("<article><p>Babylon, 323 BC.</p><p>First published in 1972. 4 out of 5 stars.</p></article>");
  EXPECT_EQ(review.rating, 4.0);
}

TEST(HtmlParser, BylineElementGivesTheReviewerWhenMetaDoesNot) {
  const Review review = parse_one(R"(<article><h1>Persepolis by Marjane Satrapi</h1>
    <p class="byline">Review by Laleh Rostami</p><p>Tehran, 1980.</p>
    <div class="comment"><span class="author">Bob Commenter</span> loved it.</div></article>)");
  EXPECT_EQ(review.reviewer, "Laleh Rostami");
  const Review bare = parse_one(R"(<article><p class="byline">By Ann Reader &middot; March 3, 2015</p><p>Text.</p></article>)");
  EXPECT_EQ(bare.reviewer, "Ann Reader");
  EXPECT_EQ(bare.date, "2015-03-03");
}

TEST(HtmlParser, CommentersBylineIsNotTheReviewers) {
  const Review review = parse_one(R"(<article><p>Text of the review.</p></article>
    <div class="comments"><p class="byline">Bob Commenter</p><p>Great!</p></div>)");
  EXPECT_TRUE(review.reviewer.empty());
}

TEST(HtmlParser, FurtherReadingListBecomesMentions) {
  const Review review = parse_one(R"(<article><p>Norfolk letters of the fifteenth century.</p>
    <h2>Further reading</h2><ul><li><i>Blood and Roses</i> by Helen Castor</li>
    <li><a href="/hollow-crown">The Hollow Crown</a> by Dan Jones</li></ul></article>)");
  EXPECT_EQ(review.mentions, (std::vector<MentionedWork>{{"Blood and Roses", "Helen Castor"},
                                                         {"The Hollow Crown", "Dan Jones"}}));
}

TEST(HtmlParser, NameHeadingUnderTheTitleIsTheBooksAuthor) {
  const Review review = parse_one(
      "<html><head><title>Ice Roads | Cold Shelves</title><meta name=\"author\" content=\"Mara Lind\"></head>"
      "<body><article><h1>Ice Roads</h1><h2>Torvald Henning</h2><p>A winter crossing of the north.</p></article>"
      "</body></html>");
  EXPECT_EQ(review.title, "Ice Roads");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Torvald Henning"});
  EXPECT_EQ(review.reviewer, "Mara Lind");
}

TEST(HtmlParser, ByLineUnderTheTitleIsTheBooksAuthor) {
  const Review review = parse_one(
      "<html><head><title>Sphere Notes</title></head><body><main><h1>Sphere Notes: A Geometry</h1>"
      "<p class=\"subtitle\">by Ida B. Crane</p><p>A circle learns about depth.</p></main></body></html>");
  EXPECT_EQ(review.title, "Sphere Notes: A Geometry");
  EXPECT_EQ(review.authors, std::vector<std::string>{"Ida B. Crane"});
}

TEST(HtmlParser, ReviewerNameUnderTheTitleIsNotTheAuthor) {
  const Review review = parse_one(
      "<html><head><title>Ice Roads</title><meta name=\"author\" content=\"Mara Lind\"></head>"
      "<body><article><h1>Ice Roads</h1><p>Mara Lind</p><p>A winter crossing of the north.</p></article>"
      "</body></html>");
  EXPECT_TRUE(review.authors.empty());
}

}  // namespace
}  // namespace lectern::indexer
