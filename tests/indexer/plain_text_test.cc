#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/format_parsers.h"
#include "period.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

using Names = std::vector<std::string>;

// A review in the shape of a real blog post pasted into a text file: an all-caps heading,
// captions on their own lines, a page reference, a reading list, and the blog's comment form
// and share widgets at the end.
constexpr std::string_view kBlogReview = R"(THE ORCHARD IN WINTER by Marta Kessler

(A collective farm near Kharkiv, photographed in the 1920s)

Marta Kessler’s THE ORCHARD IN WINTER follows a family of apple growers in eastern Ukraine from the collectivisation drive until the German occupation in 1941.  The early chapters are set in 1932, the year the grain quotas were raised again, and Kessler writes the hunger of that winter without melodrama.  A village teacher tells her pupils that “the state remembers everything” (87) and the line hangs over the rest of the book.

(Grain requisition brigade, Ukraine)

The second half jumps to March, 1943, when the front passes back over the village.  Nobody who survived the famine of 1932–33 trusts either army.  Kessler is good on small things: the rationed salt, the hidden seed potatoes, the neighbour who informs.

I am adding a short reading list for anyone who wants the history behind the novel;

For books on the famine see RED FAMINE by Anne Applebaum; THE HARVEST OF SORROW by Robert Conquest.

for further reviews visit

Leave a Reply

Fill in your details below or click an icon to log in: Logo

You are commenting using your account. Log Out /  Change )

Facebook photo

You are commenting using your Facebook account. Log Out /  Change )

Connecting to %s)";

Review parse_one(std::string_view text) {
  auto reviews = parse_plain_text(text, {});
  EXPECT_TRUE(reviews.ok()) << (reviews.ok() ? "" : reviews.error().message);
  if (!reviews.ok() || reviews->size() != 1) return {};
  return reviews->front();
}

TEST(PlainTextParser, BlogReviewGivesTitleAndAuthorFromHeading) {
  const Review review = parse_one(kBlogReview);
  EXPECT_EQ(review.title, "The Orchard in Winter");
  EXPECT_EQ(review.authors, Names{"Marta Kessler"});
  EXPECT_TRUE(review.text.starts_with("Marta Kessler’s THE ORCHARD IN WINTER follows"));
}

TEST(PlainTextParser, ParenthesisedLinesBecomeCaptions) {
  const Review review = parse_one(kBlogReview);
  EXPECT_EQ(review.captions, (Names{"A collective farm near Kharkiv, photographed in the 1920s",
                                    "Grain requisition brigade, Ukraine"}));
  EXPECT_EQ(review.text.find("Kharkiv"), std::string::npos);
  EXPECT_EQ(review.text.find("requisition brigade"), std::string::npos);
  // A parenthesis inside a paragraph is not a caption.
  EXPECT_NE(review.text.find("(87)"), std::string::npos);
}

TEST(PlainTextParser, CommentFormAndShareWidgetsAreCut) {
  const Review review = parse_one(kBlogReview);
  for (const char* debris : {"Leave a Reply", "Fill in your details", "commenting using", "Log Out", "Facebook",
                             "Connecting to", "further reviews"}) {
    EXPECT_EQ(review.text.find(debris), std::string::npos) << debris;
  }
  EXPECT_TRUE(review.text.ends_with("THE HARVEST OF SORROW by Robert Conquest."));
}

TEST(PlainTextParser, PeriodComesFromTheTextNotTheCaptions) {
  const Review review = parse_one(kBlogReview);
  EXPECT_FALSE(review.period);  // no metadata: the caller extracts it
  // 1920s is only in a caption, and (87) is a page number.
  EXPECT_EQ(extract_period(review.text), (YearSpan{1932, 1943}));
}

TEST(PlainTextParser, ReadingListBecomesMentionsAndStaysInText) {
  const Review review = parse_one(kBlogReview);
  EXPECT_EQ(review.mentions, (std::vector<MentionedWork>{{"Red Famine", "Anne Applebaum"},
                                                         {"The Harvest of Sorrow", "Robert Conquest"}}));
  EXPECT_NE(review.text.find("RED FAMINE by Anne Applebaum"), std::string::npos);
}

TEST(PlainTextParser, ParagraphBreaksAreKept) {
  const Review review = parse_one("Title by Ann Author\n\nFirst   paragraph\nstill first.\n\n\n\nSecond paragraph.\n");
  EXPECT_EQ(review.text, "First paragraph\nstill first.\n\nSecond paragraph.");
}

TEST(PlainTextParser, HeaderBlockGivesExplicitMetadata) {
  const Review review = parse_one(
      "title: The Grapes of Wrath\n"
      "author: John Steinbeck\n"
      "reviewer: Walter Brennan\n"
      "date: March 3, 2015\n"
      "rating: 8/10\n"
      "period: 1930s\n"
      "language: EN\n"
      "url: https://example.org/r/1\n"
      "tags: dust bowl, Depression\n"
      "\n"
      "The Joads head west.\n");
  EXPECT_EQ(review.title, "The Grapes of Wrath");
  EXPECT_EQ(review.authors, Names{"John Steinbeck"});
  EXPECT_EQ(review.reviewer, "Walter Brennan");
  EXPECT_EQ(review.date, "2015-03-03");
  EXPECT_EQ(review.rating, 4.0);
  EXPECT_EQ(review.period, (YearSpan{1930, 1939}));
  EXPECT_EQ(review.language, "en");
  EXPECT_EQ(review.url, "https://example.org/r/1");
  EXPECT_EQ(review.tags, (Names{"dust bowl", "Depression"}));
  EXPECT_EQ(review.text, "The Joads head west.");
}

TEST(PlainTextParser, HeaderBlockWinsOverHeadingLine) {
  const Review review = parse_one("title: The Real Title\n\nA WRONG TITLE by Helen Dunmore\n\nBody text.\n");
  EXPECT_EQ(review.title, "The Real Title");
  EXPECT_EQ(review.authors, Names{"Helen Dunmore"});  // the heading fills what the header left out
  EXPECT_EQ(review.text, "Body text.");
}

TEST(PlainTextParser, BylinesGiveReviewerAndDateAndLeaveTheText) {
  Review review = parse_one("Stalingrad by Antony Beevor\n\nThe siege.\n\nPosted by Daniel Okafor on November 19, 2012\n");
  EXPECT_EQ(review.reviewer, "Daniel Okafor");
  EXPECT_EQ(review.date, "2012-11-19");
  EXPECT_EQ(review.text, "The siege.");

  review = parse_one("Birdsong by Sebastian Faulks\n\nThe tunnels.\n\nReviewed by Sunita Fairweather\n");
  EXPECT_EQ(review.reviewer, "Sunita Fairweather");
  EXPECT_EQ(review.text, "The tunnels.");
}

TEST(PlainTextParser, BylineBelowShareWidgetsIsStillFound) {
  const Review review = parse_one("Wolf Hall by Hilary Mantel\n\nCromwell rises.\n\nShare this:\nTwitter\nFacebook\n"
                                  "Like Loading...\n\nRelated\n\nPosted by Margaret Ellery on March 3, 2015\n");
  EXPECT_EQ(review.reviewer, "Margaret Ellery");
  EXPECT_EQ(review.text, "Cromwell rises.");
}

TEST(PlainTextParser, CommentCountLineStartsTheCommentSection) {
  const Review review = parse_one("The Betrayal by Helen Dunmore\n\nLeningrad, 1952.\n\n"
                                  "4 thoughts on \"THE BETRAYAL by Helen Dunmore\"\n\nGreat review! I loved it.\n");
  EXPECT_EQ(review.text, "Leningrad, 1952.");
}

TEST(PlainTextParser, ShortFirstLineWithoutAuthorIsTheTitle) {
  const Review review = parse_one("War and Peace\n\nA long book about Russia.\n");
  EXPECT_EQ(review.title, "War and Peace");
  EXPECT_TRUE(review.authors.empty());
  EXPECT_EQ(review.text, "A long book about Russia.");
}

TEST(PlainTextParser, ProseFirstLineStaysInTheBody) {
  const std::string first = "I finally read this novel over a long wet weekend and I have been thinking about it ever since.";
  const Review review = parse_one(first + "\n\nMore thoughts.\n");
  EXPECT_TRUE(review.title.empty());
  EXPECT_TRUE(review.text.starts_with(first));
}

TEST(PlainTextParser, EmptyReviewIsUnsupported) {
  for (const char* text : {"", "\n\n  \n", "THE BETRAYAL by Helen Dunmore\n\n(A caption)\n\nLeave a Reply\nnothing\n"}) {
    const auto reviews = parse_plain_text(text, {});
    ASSERT_FALSE(reviews.ok()) << text;
    EXPECT_EQ(reviews.error().code, ErrorCode::kUnsupported);
  }
}

TEST(PlainTextParser, WindowsLineEndingsAndBom) {
  const Review review = parse_one("\xEF\xBB\xBFThe Siege, by Helen Dunmore\r\n\r\nLeningrad, 1941.\r\n");
  EXPECT_EQ(review.title, "The Siege");
  EXPECT_EQ(review.text, "Leningrad, 1941.");
}

TEST(PlainTextParser, SignatureAndStarRatingAtTheEndAreMetadata) {
  const Review review = parse_one(
      "THE GOOD WAR by Studs Terkel\n\nTerkel interviews well over a hundred people.\n\n"
      "\u2605\u2605\u2605\u2605\u2605\n\n\u2014 Len Okonkwo\n\nShare this:\nTwitter\nFacebook\n");
  EXPECT_EQ(review.reviewer, "Len Okonkwo");
  EXPECT_EQ(review.rating, 5.0);
  EXPECT_EQ(review.text, "Terkel interviews well over a hundred people.");
}

TEST(PlainTextParser, RatingPhraseOpeningAParagraphIsTheRating) {
  const Review review = parse_one("Title by Ann Author\n\n4 out of 5 stars. I read the old paperback.\n");
  EXPECT_EQ(review.rating, 4.0);
  EXPECT_EQ(review.text, "4 out of 5 stars. I read the old paperback.");
}

TEST(PlainTextParser, CookieNoticeAndBreadcrumbsAreDropped) {
  const Review review = parse_one(
      "Rebecca, by Daphne du Maurier\n\nManderley again.\n\n4 out of 5 stars\n\n"
      "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.\n"
      "To find out more, including how to control cookies, see here: Cookie Policy\n\n"
      "Home \u00BB Book Reviews \u00BB Gothic\n");
  EXPECT_EQ(review.text, "Manderley again.");
  EXPECT_EQ(review.rating, 4.0);
}

TEST(PlainTextParser, SeedReviewCitesSolzhenitsyn) {
  const Review review = parse_one(
      "THE BETRAYAL by Helen Dunmore\n\nHelen Dunmore\u2019s THE BETRAYAL brings to mind the works of Alexander "
      "Solzhenitsyn.\n\nIf you have read Solzhenitsyn\u2019s CANCER WARD or THE FIRST CIRCLE, Dunmore\u2019s work "
      "fits that genre.\n");
  ASSERT_EQ(review.mentions.size(), 2u);
  EXPECT_EQ(review.mentions[0].author, "Solzhenitsyn");
  EXPECT_EQ(review.mentions[1].title, "The First Circle");
}

}  // namespace
}  // namespace lectern::indexer
