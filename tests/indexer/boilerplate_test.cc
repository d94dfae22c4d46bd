#include "boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lectern::indexer {
namespace {

using Names = std::vector<std::string>;

bool has(const std::string& text, std::string_view needle) { return text.find(needle) != std::string::npos; }

// A review body long enough that share widgets after it end it.
constexpr std::string_view kParagraph =
    "The novel follows a family of apple growers in eastern Ukraine from the collectivisation drive until the "
    "German occupation, and the early chapters are set in 1932, the year the grain quotas were raised again.";

Review read(std::string_view text, Review review = {}) {
  read_review_body(text, review);
  return review;
}

TEST(Boilerplate, CommentFormStartsTheTail) {
  for (const char* line : {"Leave a Reply", "### Leave a Reply", "Fill in your details below or click an icon to log in:",
                           "You are commenting using your WordPress.com account. ( Log Out /  Change )",
                           "Connecting to %s", "4 thoughts on \u201CThe Betrayal\u201D", "Comments (1)", "12 comments",
                           "Leave a comment", "You may also like:", "Post navigation"}) {
    EXPECT_EQ(classify_boilerplate(line), Boilerplate::kTail) << line;
  }
}

TEST(Boilerplate, ShareAndLikeWidgets) {
  EXPECT_EQ(classify_boilerplate("Share this:"), Boilerplate::kShareTail);
  EXPECT_EQ(classify_boilerplate("**Share this:**"), Boilerplate::kShareTail);
  EXPECT_EQ(classify_boilerplate("Like this:"), Boilerplate::kShareTail);
  for (const char* line : {"Like Loading...", "Like Loading\u2026", "Twitter", "Twitter \u00B7 Facebook \u00B7 Email",
                           "Facebook | Twitter | Print", "Related", "Report this ad"}) {
    EXPECT_EQ(classify_boilerplate(line), Boilerplate::kLine) << line;
  }
}

TEST(Boilerplate, BreadcrumbsAndMenuBarsAreDropped) {
  EXPECT_EQ(classify_boilerplate("Home \u00BB Book Reviews \u00BB Gothic"), Boilerplate::kLine);
  EXPECT_EQ(classify_boilerplate("Home > Reviews"), Boilerplate::kLine);
  EXPECT_EQ(classify_boilerplate("The Long Shelf | Archive | Best of: Les Mis\u00E9rables (Victor Hugo) | Contact"),
            Boilerplate::kLine);
}

TEST(Boilerplate, PreviousAndNextPostLinksAreDropped) {
  EXPECT_EQ(classify_boilerplate("\u2190 Previous post \u00B7 Next post \u2192"), Boilerplate::kLine);
  EXPECT_EQ(classify_boilerplate("\u00AB Older entry | Newer entry \u00BB"), Boilerplate::kLine);
  EXPECT_EQ(classify_boilerplate("The previous owner left before the next winter."), Boilerplate::kNone);
}

TEST(Boilerplate, CookieNoticesAreDropped) {
  EXPECT_EQ(classify_boilerplate("Privacy & Cookies: This site uses cookies. By continuing to use this website, you "
                                 "agree to their use."),
            Boilerplate::kLine);
  EXPECT_EQ(classify_boilerplate("To find out more, including how to control cookies, see here: Cookie Policy"),
            Boilerplate::kLine);
}

TEST(Boilerplate, ProseThatSharesTheirWordsIsKept) {
  for (const char* line : {"Like its predecessor, the book won the Booker Prize.", "She baked cookies for the soldiers.",
                           "Related by marriage to half the court, Cromwell rises.", "Share the load, he tells them.",
                           "Tyger Tyger | burning bright.", "Home is where the siege is.",
                           "One of the comments in the margin is his.", "You may also like his earlier novel.",
                           "Comments (and complaints) are welcome, he wrote.",
                           "1849 comments on the war were printed, and the novel quotes none of them, though it ranges "
                           "over the whole of that year's press and far beyond it, into the letters of the soldiers and "
                           "the diaries of their wives.",
                           "12 comments were made by the censor in the margin of the first draft."}) {
    EXPECT_EQ(classify_boilerplate(line), Boilerplate::kNone) << line;
  }
}

TEST(StripBoilerplate, TailAfterTheReviewIsCut) {
  const std::string text = std::string(kParagraph) + "\n\nShare this:\nTwitter\nFacebook\n\nRelated\n\nMore prose.";
  EXPECT_EQ(strip_boilerplate(text), std::string(kParagraph) + "\n");
}

TEST(StripBoilerplate, ShareButtonsAboveTheReviewDropOnlyThemselves) {
  const std::string text = "Share this:\nTwitter\nFacebook\n\n" + std::string(kParagraph);
  EXPECT_EQ(strip_boilerplate(text), "\n" + std::string(kParagraph));
}

TEST(ReviewBody, SignatureAtTheEndIsTheReviewer) {
  const Review review =
      read(std::string(kParagraph) + "\n\n4.5 stars\n\n\u2014 Abena Mensah\n\nShare this:\nTwitter\n\nLike this:\nLike Loading...");
  EXPECT_EQ(review.reviewer, "Abena Mensah");
  EXPECT_EQ(review.rating, 4.5);
  EXPECT_EQ(review.text, kParagraph);
}

TEST(ReviewBody, SignatureAfterAReadingListIsStillTheReviewer) {
  const Review review = read(std::string(kParagraph) +
                             "\n\nFurther reading:\nTHE GREAT TERROR by Robert Conquest (1968)\n\n-- R. Halvorsen\n");
  EXPECT_EQ(review.reviewer, "R. Halvorsen");
  ASSERT_EQ(review.mentions.size(), 1u);
  EXPECT_EQ(review.mentions[0].author, "Robert Conquest");
}

TEST(ReviewBody, DashAfterAQuotationIsAnAttribution) {
  const Review review =
      read(std::string(kParagraph) + "\n\n\u201CNot all those who wander are lost.\u201D\n\u2014 Bilbo Baggins");
  EXPECT_TRUE(review.reviewer.empty());
  EXPECT_TRUE(has(review.text, "Bilbo Baggins"));
}

TEST(ReviewBody, SignatureNamingTheWorksAuthorIsNotTheReviewer) {
  Review known;
  known.authors = {"Cormac McCarthy"};
  const Review review = read(std::string(kParagraph) + "\n\n\u2014 Cormac McCarthy", known);
  EXPECT_TRUE(review.reviewer.empty());
}

TEST(ReviewBody, MetadataWinsOverBodyLines) {
  Review known;
  known.reviewer = "Metadata Reviewer";
  known.rating = 3.0;
  const Review review = read("Reviewed by Ann Reader\n\n" + std::string(kParagraph) + "\n\nRating: 5/5", known);
  EXPECT_EQ(review.reviewer, "Metadata Reviewer");
  EXPECT_EQ(review.rating, 3.0);
  EXPECT_EQ(review.text, kParagraph);
}

TEST(ReviewBody, RatingInsideProseStaysInTheText) {
  const Review review = read("First published in 1972. 4 out of 5 stars.");
  EXPECT_EQ(review.rating, 4.0);
  EXPECT_EQ(review.text, "First published in 1972. 4 out of 5 stars.");
}

TEST(ReviewBody, BylineInAnotherLanguageGivesTheReviewer) {
  const Review review = read("Rese\u00F1ado por Marta Echeverr\u00EDa\n\nBarcelona, 1945.\n\nValoraci\u00F3n: 5/5");
  EXPECT_EQ(review.reviewer, "Marta Echeverr\u00EDa");
  EXPECT_EQ(review.rating, 5.0);
  EXPECT_EQ(review.text, "Barcelona, 1945.");
}

TEST(ReviewBody, FiledUnderLineBecomesTagsWithoutItsCommentLink) {
  const Review review = read(std::string(kParagraph) + "\n\nFiled under: Historical fiction, Victorian | Leave a comment");
  EXPECT_EQ(review.tags, (Names{"historical fiction", "victorian"}));
  EXPECT_EQ(review.text, kParagraph);
}

TEST(ReviewBody, TagsFromMetadataAreKept) {
  Review known;
  known.tags = {"tudor"};
  const Review review = read("Text.\n\nTags: war, russia", known);
  EXPECT_EQ(review.tags, Names{"tudor"});
}

TEST(ReviewBody, CookieNoticesAndBreadcrumbsLeaveTheText) {
  const Review review = read(std::string(kParagraph) +
                             "\n\nPrivacy & Cookies: This site uses cookies. By continuing to use this website, you "
                             "agree to their use.\n\nHome \u00BB Book Reviews \u00BB Gothic");
  EXPECT_EQ(review.text, kParagraph);
}

TEST(ReviewBody, CaptionsLeaveTheTextButAsidesStay) {
  const Review review = read(
      "(The Ohio River near Cincinnati)\n\nText.\n\n(That is my paraphrase, not a quotation, but it is the spirit of "
      "the book.)");
  EXPECT_EQ(review.captions, Names{"The Ohio River near Cincinnati"});
  EXPECT_TRUE(has(review.text, "That is my paraphrase"));
}

TEST(ReviewBody, FurtherReadingHeadingIsFollowedByItsList) {
  const Review review = read(
      "Text.\n\nFurther reading\n\nBlood and Roses by Helen Castor (2004), a family history\n"
      "The Stonor Letters and Papers, edited by C. L. Kingsford (1919)\n\n"
      "It was translated by Robert Chandler, and it reads well.");
  ASSERT_EQ(review.mentions.size(), 2u);
  EXPECT_EQ(review.mentions[0], (MentionedWork{"Blood and Roses", "Helen Castor"}));
  EXPECT_EQ(review.mentions[1], (MentionedWork{"The Stonor Letters and Papers", "C. L. Kingsford"}));
  EXPECT_TRUE(has(review.text, "Blood and Roses by Helen Castor"));
}

TEST(ReviewBody, WorksCitedInProseAreMentionsButNotTheReviewedWork) {
  Review known;
  known.title = "The Betrayal";
  const Review review = read(
      "Helen Dunmore\u2019s THE BETRAYAL brings to mind the works of Alexander Solzhenitsyn.\n\n"
      "If you have read Solzhenitsyn\u2019s CANCER WARD or THE FIRST CIRCLE, Dunmore\u2019s work fits that genre.",
      known);
  ASSERT_EQ(review.mentions.size(), 2u);
  EXPECT_EQ(review.mentions[0], (MentionedWork{"Cancer Ward", "Solzhenitsyn"}));
  EXPECT_EQ(review.mentions[1], (MentionedWork{"The First Circle", "Solzhenitsyn"}));
}

TEST(ReviewBody, FullDateLineIsTheReviewsDate) {
  const Review review = read("March 3, 2015\n\nLeningrad, 1942.\n\n1942");
  EXPECT_EQ(review.date, "2015-03-03");
  EXPECT_EQ(review.text, "Leningrad, 1942.\n\n1942");
}

TEST(ReviewBody, HostileLinesDoNotCrash) {
  for (const char* text : {"", "\n\n", "(", ")", "()", "\u2014", "\u2014 ", "--", "by", " by ", "\u2019s", "X\u2019s",
                           "X\u2019s ABCDE", "ABCDE by", "\xFF\xFE\xFD", "\u2605", "Rating:", "Rating: /5", "4/",
                           "/5", "4 out of", "\u00BB \u00BB \u00BB", " | | | ", "Filed under:", "Tags: ,,,;;",
                           "Further reading\n\n\n", "\u2014 \xFF"}) {
    Review review;
    read_review_body(text, review);
    (void)strip_boilerplate(text);
    (void)classify_boilerplate(text);
  }
  const std::string long_line(100000, 'A');
  Review review;
  read_review_body(long_line + " by " + long_line + "\u2019s " + long_line, review);
  EXPECT_FALSE(review.text.empty()) << "a 300 KB line is text, kept whole";
}

TEST(ReviewBody, MarkerLinesCutOnlyWhenPageFurnitureFollows) {
  // A postscript after "Like this:" and notes under a "Comments" heading are the review's own.
  Review review = read("A long review of a quiet book about a lighthouse keeper and his daughter, told over a winter, "
                       "which I liked very much indeed for its patience.\n\nLike this:\n\nP.S. The sequel is better.\n");
  EXPECT_NE(review.text.find("P.S. The sequel is better."), std::string::npos) << review.text;
  review = read("The novel is short.\n\nComments\n\nMy own comments on the translation: it is stiff in places.\n");
  EXPECT_NE(review.text.find("stiff in places"), std::string::npos) << review.text;
  review = read("One thought on the ending: it is too neat.\n\nThe rest is fine.\n");
  EXPECT_NE(review.text.find("too neat"), std::string::npos) << review.text;
  // Followed by the furniture it announces, the marker still ends the review.
  review = read("The novel is short.\n\nComments\n\nAnn says:\nMay 3, 2020 at 10:32 am\nGreat review!\n");
  EXPECT_EQ(review.text, "The novel is short.");
}

TEST(ReviewBody, ProseThatOpensLikeATagLineStaysProse) {
  for (const char* line : {"Tagged as a traitor, he fled north in the spring.", "Posted in exile, she wrote to her sister.",
                           "Filed under a false name, the report sat in a drawer."}) {
    const Review review = read(std::string("The novel is short.\n\n") + line + "\n");
    EXPECT_NE(review.text.find(line), std::string::npos) << line << " -> " << review.text;
    EXPECT_TRUE(review.tags.empty()) << line;
  }
  EXPECT_EQ(read("The novel is short.\n\nTags: history, russia\n").tags, (std::vector<std::string>{"history", "russia"}));
}

TEST(ReviewBody, ReadingLogLinesGiveTheDateAndLeaveTheText) {
  Review review = read("The novel is short.\n\nRead from 3 to 19 March 2019\n");
  EXPECT_EQ(review.date, "2019-03-19");
  EXPECT_EQ(review.text, "The novel is short.");
  EXPECT_EQ(read("The novel is short.\n\nRead in March 2019.\n").date, "2019-03");
  EXPECT_EQ(read("Finished: 2020-01-05\n\nThe novel is short.\n").date, "2020-01-05");
  EXPECT_EQ(read("The novel is short.\n\nReading period: 2 January - 9 February 2021\n").date, "2021-02-09");
  review.date = "2018-01-01";  // a date of the review's own wins
  review = read("The novel is short.\n\nRead in March 2019\n", review);
  EXPECT_EQ(review.date, "2018-01-01");
  EXPECT_NE(read("Read in the right mood, the novel sings.\n").text.find("Read in the right mood"), std::string::npos);
}

TEST(ReviewBody, NamesSeparatedByBarsAreNotNavigation) {
  const Review review = read("The family: Anna | Andrei | Marina | Kolya\n\nThe novel is short.\n");
  EXPECT_NE(review.text.find("Anna | Andrei | Marina | Kolya"), std::string::npos) << review.text;
  EXPECT_EQ(read("Home | Reviews | About | Contact\n\nThe novel is short.\n").text, "The novel is short.");
  EXPECT_EQ(read("Home / Reviews / Gothic\n\nThe novel is short.\n").text, "The novel is short.");
  EXPECT_EQ(read("The novel is short.\n\nRead on-line at the Gutenberg site\n").text, "The novel is short.");
  EXPECT_NE(read("It is an either / or / neither book.\n").text.find("either / or"), std::string::npos);
}

}  // namespace
}  // namespace lectern::indexer
