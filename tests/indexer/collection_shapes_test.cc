// The shapes real review collections use, each on a fixture written in our own words (names
// and books made up or public knowledge): CSV library exports, reStructuredText posts, reading
// lists of several reviews per file, BibTeX logs, TOML front matter and field blocks in the body.
#include <gtest/gtest.h>

#include "lectern/indexer/extract.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

using Names = std::vector<std::string>;

std::vector<Review> extract_all(std::string_view text, std::string_view format, const std::string& path = "/reviews/a") {
  auto reviews = extract_bytes(text, format, path + "." + std::string(format), {});
  EXPECT_TRUE(reviews) << (reviews ? "" : reviews.error().message);
  return reviews ? *reviews : std::vector<Review>{};
}

TEST(CsvExport, GoodreadsRowsWithReviewTextBecomeReviews) {
  const std::string csv =
      "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,My Rating,Average Rating,Date Read,Date Added,Bookshelves,"
      "Exclusive Shelf,My Review\n"
      "1,The Glass River (Tides #2),Noor Haddad,\"Haddad, Noor\",,=\"0000000000\",4,3.9,2021/03/15,2021/01/02,"
      "\"fantasy, favourites\",read,\"A slow river journey.<br/><br/>The second half soars; [b:The Salt Road|99|The Salt Road|Mara Lind|x] "
      "is its only rival, and \"\"quiet\"\" is the word.\"\n"
      "2,Unreviewed Book,Jo Park,\"Park, Jo\",,,0,4.1,,2021/02/02,to-read,to-read,\n"
      "3,Winter Bees,Ana Ruiz,\"Ruiz, Ana\",,,0,4.0,,2020/11/20,,read,\"Short, cold, and kind.\nTwo lines of it.\"\n";
  const auto reviews = extract_all(csv, "csv");
  ASSERT_EQ(reviews.size(), 2u) << "the row without review text is part of the library, not a review";
  EXPECT_EQ(reviews[0].title, "The Glass River");
  EXPECT_EQ(reviews[0].authors, Names{"Noor Haddad"});
  ASSERT_TRUE(reviews[0].rating);
  EXPECT_DOUBLE_EQ(*reviews[0].rating, 4.0);
  EXPECT_EQ(reviews[0].date, "2021-03-15");
  EXPECT_EQ(reviews[0].tags, (Names{"fantasy", "favourites"}));
  EXPECT_NE(reviews[0].text.find("The Salt Road is its only rival"), std::string::npos) << reviews[0].text;
  EXPECT_EQ(reviews[0].text.find("<br"), std::string::npos);
  EXPECT_NE(reviews[0].text.find("\"quiet\""), std::string::npos);
  EXPECT_FALSE(reviews[1].rating) << "My Rating 0 means unrated";
  EXPECT_EQ(reviews[1].date, "2020-11-20") << "Date Added when the book has no Date Read";
  EXPECT_EQ(reviews[1].id, "/reviews/a.csv#1");
}

TEST(CsvExport, CsvWithoutATextColumnNamesItsColumnsAndTheFieldMap) {
  auto reviews = extract_bytes("name,price\nkettle,12\n", "csv", "/x/shop.csv", {});
  ASSERT_FALSE(reviews);
  EXPECT_NE(reviews.error().message.find("`name`, `price`"), std::string::npos) << reviews.error().message;
  EXPECT_NE(reviews.error().message.find("--field-map text="), std::string::npos);
}

TEST(RestructuredText, NikolaPostWithAReadingListGivesOneReviewPerCreditedItem) {
  const std::string rst =
      ".. title: Recent Reading\n.. slug: recent-reading\n.. date: 2003-11-04 00:00:00 UTC-05:00\n.. tags: reading\n\n"
      "Recent Reading\n--------------\n\n"
      "+ `Wildtrack`, by Bernard Cornwell.  A modern sailing adventure, written\n  early in his career.\n"
      "+ `The Shadow of the Lion <http://example.org/lion>`__, by Mercedes Lackey, Eric Flint, and Dave\n"
      "  Freer.  Magic and politics in an alternate Venice.\n"
      "+ `King of the Wood`, by John Maddox Roberts, Tor, 2003.  Vikings in the New World.\n\n"
      ".. Note:: Nothing here is a review.\n";
  const auto reviews = extract_all(rst, "rst");
  ASSERT_EQ(reviews.size(), 3u);
  EXPECT_EQ(reviews[0].title, "Wildtrack");
  EXPECT_EQ(reviews[0].authors, Names{"Bernard Cornwell"});
  EXPECT_EQ(reviews[0].date, "2003-11-04");
  EXPECT_EQ(reviews[1].title, "The Shadow of the Lion");
  EXPECT_EQ(reviews[1].authors, (Names{"Mercedes Lackey", "Eric Flint", "Dave Freer"}));
  EXPECT_EQ(reviews[2].authors, Names{"John Maddox Roberts"}) << "a one-word publisher is not an author";
  for (const auto& review : reviews) EXPECT_EQ(review.text.find("Nothing here"), std::string::npos) << "directives are dropped";
}

TEST(RestructuredText, TitleWithOverlineAndFieldListGiveTheFields) {
  const std::string rst =
      "==================\nThe Salt Road\n==================\n\n:date: 2019-04-28\n:author: Mara Lind\n:tags: history\n\n"
      "A review of a long walk, with *emphasis* and a `link <http://example.org>`_ in it.\n";
  const auto reviews = extract_all(rst, "rst");
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].title, "The Salt Road");
  EXPECT_EQ(reviews[0].date, "2019-04-28");
  EXPECT_EQ(reviews[0].text.find("http"), std::string::npos) << reviews[0].text;
  EXPECT_NE(reviews[0].text.find("A review of a long walk, with emphasis and a link in it."), std::string::npos) << reviews[0].text;
}

TEST(ReadingList, EntriesSeparatedByBreaksAreReviewsWithTitleDateAndCitedAuthor) {
  const std::string md =
      "The Salt Road\n\nMarch 30, 2024\n\nMara Lind, *The Salt Road, Walking the Old Trade Routes*, (London, 2020). A long walk.\n\n"
      "***\n\nSeals and Society\n\nApril 2, 2024\n\nP. Lee & A. New, eds., *Seals and Society*, (Cardiff, 2016). Essays.\n\n"
      "***\n\nThe Decline of Salt.\n\nApril 9, 2024\n\nSam Hale, *The Decline of Salt*, (Leeds, 1971). Short and sharp.\n";
  const auto reviews = extract_all(md, "md");
  ASSERT_EQ(reviews.size(), 3u);
  EXPECT_EQ(reviews[0].title, "The Salt Road");
  EXPECT_EQ(reviews[0].authors, Names{"Mara Lind"});
  EXPECT_EQ(reviews[0].date, "2024-03-30");
  EXPECT_EQ(reviews[0].id, "/reviews/a.md#0");
  EXPECT_TRUE(reviews[1].authors.empty()) << "editors are not authors";
  EXPECT_EQ(reviews[1].editors, (Names{"P. Lee", "A. New"}));
  EXPECT_EQ(reviews[2].title, "The Decline of Salt");
  EXPECT_EQ(reviews[2].date, "2024-04-09");
}

TEST(ReadingList, OneDatedEntryIsStillItsOwnReview) {
  const auto reviews = extract_all("\nThe Crusades\n\nApril 18, 2026\n\nTom Ash, *The Crusades*, (2011). An account.\n", "md");
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].title, "The Crusades");
  EXPECT_EQ(reviews[0].authors, Names{"Tom Ash"});
  EXPECT_EQ(reviews[0].date, "2026-04-18");
}

TEST(ReadingList, HeadingsThatEachCreditAWorkSplitThePage) {
  const std::string md =
      "+++\ntitle = \"Best new fiction of 2016\"\noriginal_date = 2016-12-24T10:58:01\n[taxonomies]\ntags = [\"books\"]\n+++\n\n"
      "An introduction that reviews nothing.\n\n<!-- more -->\n\n"
      "### [The Glass River](https://example.org/a) by Noor Haddad (2016)\n\nA river novel.\n\n"
      "### [Winter Bees](https://example.org/b) by [Ana Ruiz](https://example.org/ana) (2015)\n\nCold and kind.\n";
  const auto reviews = extract_all(md, "md");
  ASSERT_EQ(reviews.size(), 2u);
  EXPECT_EQ(reviews[0].title, "The Glass River");
  EXPECT_EQ(reviews[0].authors, Names{"Noor Haddad"});
  EXPECT_EQ(reviews[0].date, "2016-12-24");
  EXPECT_EQ(reviews[1].title, "Winter Bees");
  EXPECT_EQ(reviews[1].authors, Names{"Ana Ruiz"});
  for (const auto& review : reviews) EXPECT_EQ(review.text.find("introduction"), std::string::npos);
}

TEST(ReadingList, AnthologyWhoseHeadingNamesItsAuthorStaysOneReview) {
  const auto reviews = extract_all("# Tales of the Coast by Jo Park\n\nThe stories:\n\n"
                                   "## \"The Gull\" by Jo Park\n\nA first story.\n\n## \"The Tide\" by Jo Park\n\nA second.\n",
                                   "md");
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].title, "Tales of the Coast");
}

TEST(ReadingList, BibliographyAfterTheReviewIsNotAReadingList) {
  const auto reviews = extract_all("# The Salt Road by Mara Lind\n\nA short review.\n\n**Further reading**\n\n"
                                   "- *Winter Bees* by Ana Ruiz, a novel\n- *The Gull* by Jo Park\n",
                                   "md");
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].title, "The Salt Road");
}

TEST(BibtexLog, EntriesWithCommentLinesBecomeReviews) {
  const std::string md =
      "---\ntitle: Novels\n---\n\n@book{lind2020salt,\n  title={The Salt Road: A Walk},\n  author={Lind, M. and Carr{\\'e}, J.},\n"
      "  year={2020},\n  comment={A long walk.},\n}\n% Second thoughts: better on rereading.\n\n"
      "@book{park2001gull,\n  title={The Gull},\n  author={Park, J.},\n  year={2001}\n}\n% Slight.\n";
  const auto reviews = extract_all(md, "md");
  ASSERT_EQ(reviews.size(), 2u);
  EXPECT_EQ(reviews[0].title, "The Salt Road: A Walk");
  EXPECT_EQ(reviews[0].authors, (Names{"M. Lind", "J. Carré"}));
  EXPECT_NE(reviews[0].text.find("Second thoughts"), std::string::npos);
  EXPECT_EQ(reviews[0].text.find("isbn"), std::string::npos);
  EXPECT_EQ(reviews[1].title, "The Gull");
  EXPECT_EQ(reviews[1].text, "Slight.");
}

TEST(BodyFields, AboutTheBookBlockGivesFieldsAndLeavesTheText) {
  const std::string md =
      "---\ntitle: \"Rezension: Das stille Haus\"\ndate: \"2020-08-05\"\nrating: 4.5\n---\n\n## Über das Buch\n"
      "> Titel: Das stille Haus\n>\n> Autor/in: Lena Berg\n>\n> Übersetzer/in: Jo Park\n>\n> Teil 1 der Reihe\n>\n"
      "> Rezensionsexemplar erhalten von: einem Verlag\n\n"
      "## Meine Meinung\n\nEin ruhiges Buch über ein Haus am See, das lange nachklingt.\n";
  const auto reviews = extract_all(md, "md");
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].title, "Das stille Haus");
  EXPECT_EQ(reviews[0].authors, Names{"Lena Berg"});
  EXPECT_EQ(reviews[0].translators, Names{"Jo Park"});
  EXPECT_EQ(reviews[0].text.find("Autor/in"), std::string::npos) << reviews[0].text;
  EXPECT_EQ(reviews[0].text.find("Rezensionsexemplar"), std::string::npos) << reviews[0].text;
  EXPECT_NE(reviews[0].text.find("ruhiges Buch"), std::string::npos);
}

TEST(CleanText, WebAddressesNeverReachTheText) {
  const auto reviews = extract_all("The Salt Road by Mara Lind\n\nA long walk. See the review at https://example.org/a/b?c=d "
                                   "and www.example.org for more, or (www.example.com).\n",
                                   "txt");
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].text.find("http"), std::string::npos) << reviews[0].text;
  EXPECT_EQ(reviews[0].text.find("www."), std::string::npos) << reviews[0].text;
  EXPECT_NE(reviews[0].text.find("A long walk. See the review at"), std::string::npos) << reviews[0].text;
}

}  // namespace
}  // namespace lectern::indexer
