#include "document_builder.h"

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lectern/common/document_data.h"
#include "lectern/common/schema.h"
#include "lectern/common/text_checkpoints.h"

namespace lectern::indexer {
namespace {

Review betrayal() {
  Review review;
  review.id = "/r/betrayal.txt";
  review.path = "/r/betrayal.txt";
  review.format = "txt";
  review.title = "The Betrayal";
  review.authors = {"Helen Dunmore"};
  review.reviewer = "Ann Reader";
  review.date = "2011-05-02";
  review.rating = 4.0;
  review.period = YearSpan{1941, 1953};
  review.language = "en";
  review.tags = {"Russia"};
  review.mentions = {{"The Great Terror", "Robert Conquest"}};
  review.text = "Leningrad after the siege. Doctors are arrested.";
  return review;
}

std::set<std::string> terms_of(const Xapian::Document& document) {
  return {document.termlist_begin(), document.termlist_end()};
}

TEST(DocumentBuilder, WritesFieldTermsWithTheirPrefixes) {
  const auto terms = terms_of(build_document(betrayal(), "1:2"));
  EXPECT_TRUE(terms.count("Sbetrayal"));
  EXPECT_TRUE(terms.count("Adunmore"));
  EXPECT_TRUE(terms.count("XRreader"));
  EXPECT_TRUE(terms.count("XMconquest"));
  EXPECT_TRUE(terms.count("leningrad"));
  EXPECT_TRUE(terms.count("Zarrest")) << "stemmed body terms carry Xapian's Z prefix";
}

TEST(DocumentBuilder, WritesBooleanFilterTerms) {
  const auto terms = terms_of(build_document(betrayal(), "1:2"));
  EXPECT_TRUE(terms.count("Q/r/betrayal.txt"));
  EXPECT_TRUE(terms.count("XF/r/betrayal.txt"));
  EXPECT_TRUE(terms.count("XAhelen dunmore"));
  EXPECT_TRUE(terms.count("XVann reader"));
  EXPECT_TRUE(terms.count("Len"));
  EXPECT_TRUE(terms.count("XTtxt"));
  EXPECT_TRUE(terms.count("Krussia"));
  EXPECT_TRUE(terms.count("XWbetrayal|dunmore"));
  EXPECT_TRUE(terms.count("XNgreat terror|conquest")) << "mentioned works get work-key terms too";
}

TEST(DocumentBuilder, KeepsAuthorsAndReviewerAsWrittenForFacets) {
  Review review = betrayal();
  review.authors = {"Helen Dunmore", "A. N. Other"};
  const Xapian::Document document = build_document(review, "1:2");
  EXPECT_EQ(document.get_value(schema::kSlotAuthors), std::string("Helen Dunmore") + schema::kValueSeparator + "A. N. Other");
  EXPECT_EQ(document.get_value(schema::kSlotReviewer), "Ann Reader");
}

TEST(DocumentBuilder, AddsADecadeTermForEachDecadeThePeriodTouches) {
  const auto terms = terms_of(build_document(betrayal(), "1:2"));
  for (const char* decade : {"XD1940", "XD1950"}) EXPECT_TRUE(terms.count(decade)) << decade;
  EXPECT_FALSE(terms.count("XD1930"));
  EXPECT_FALSE(terms.count("XD1960"));
}

TEST(DocumentBuilder, TitleWordsWeighMoreThanBodyWords) {
  const Xapian::Document document = build_document(betrayal(), "1:2");
  auto wdf = [&](const std::string& term) {
    auto it = document.termlist_begin();
    it.skip_to(term);
    return it != document.termlist_end() && *it == term ? it.get_wdf() : 0u;
  };
  EXPECT_GT(wdf("betrayal"), wdf("leningrad"));
}

TEST(DocumentBuilder, StoresSortableValuesAndData) {
  const Xapian::Document document = build_document(betrayal(), "123:456");
  EXPECT_EQ(Xapian::sortable_unserialise(document.get_value(schema::kSlotPeriodStart)), 1941);
  EXPECT_EQ(Xapian::sortable_unserialise(document.get_value(schema::kSlotPeriodEnd)), 1953);
  EXPECT_EQ(Xapian::sortable_unserialise(document.get_value(schema::kSlotRating)), 4.0);
  EXPECT_EQ(Xapian::sortable_unserialise(document.get_value(schema::kSlotDate)), 20110502);
  EXPECT_EQ(document.get_value(schema::kSlotSourceSignature), "123:456");
  EXPECT_EQ(document.get_value(schema::kSlotTitleSort), "betrayal");
  auto decoded = decode_document_data(document.get_data());
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(*decoded, betrayal());
}

TEST(DocumentBuilder, PhrasesDoNotMatchAcrossFields) {
  // "Betrayal Helen" would be a phrase across the title/author boundary.
  const Xapian::Document document = build_document(betrayal(), "1:2");
  Xapian::PositionIterator last_title_position;
  Xapian::termpos title_end = 0;
  Xapian::termpos author_start = 0;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    if (*it == "betrayal") for (auto p = it.positionlist_begin(); p != it.positionlist_end(); ++p) title_end = std::max(title_end, *p);
    if (*it == "helen") author_start = *it.positionlist_begin();
  }
  EXPECT_GT(author_start, title_end + 1);
}

TEST(DocumentBuilder, BcPeriodsGetNegativeDecades) {
  Review review = betrayal();
  review.period = YearSpan{-44, 14};
  const auto terms = terms_of(build_document(review, "1:2"));
  EXPECT_TRUE(terms.count("XD-0050"));
  EXPECT_TRUE(terms.count("XD0010"));
}

}  // namespace
}  // namespace lectern::indexer

namespace lectern::indexer {
namespace {

TEST(DocumentBuilder, UntitledReviewBelongsToNoWork) {
  Review review;
  review.id = review.path = "/r/untitled.txt";
  review.authors = {"Helen Dunmore"};
  review.text = "Some thoughts.";
  const Xapian::Document document = build_document(review, "1:2");
  EXPECT_TRUE(document.get_value(schema::kSlotWork).empty());
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    EXPECT_FALSE((*it).starts_with(schema::kPrefixWork)) << *it;
  }
}

// The stored text's words in order, as TermGenerator splits them for this ASCII text.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : text) {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

TEST(DocumentBuilder, TextInPiecesGivesTheTermsAndPositionsOfOneCallAndCheckpointsTheirBytes) {
  Review review = betrayal();
  review.text.clear();
  for (int i = 0; i < 300; ++i) review.text += "Paragraph " + std::to_string(i) + " tells of the siege and the bread.\n";
  const Xapian::Document built = build_document(review, "1:2");

  const auto checkpoints = decode_text_checkpoints(built.get_value(schema::kSlotTextCheckpoints));
  ASSERT_TRUE(checkpoints.has_value());
  ASSERT_GE(checkpoints->size(), 10u) << "a 14 KB text has many pieces";
  EXPECT_EQ(checkpoints->back().offset, review.text.size());
  const std::vector<std::string> words = words_of(review.text);
  const std::uint32_t first = checkpoints->front().position;
  EXPECT_EQ(checkpoints->back().position, first + words.size()) << "no position is lost or doubled between pieces";
  // The word at each checkpoint's byte offset is the word at its position.
  std::map<std::uint32_t, std::string> word_at;
  for (auto term = built.termlist_begin(); term != built.termlist_end(); ++term) {
    if ((*term).empty() || std::isupper(static_cast<unsigned char>((*term)[0]))) continue;
    for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) word_at[*pos] = *term;
  }
  for (std::size_t i = 0; i + 1 < checkpoints->size(); ++i) {
    const TextCheckpoint& checkpoint = (*checkpoints)[i];
    const std::vector<std::string> from_here = words_of(std::string_view(review.text).substr(checkpoint.offset));
    ASSERT_FALSE(from_here.empty());
    EXPECT_EQ(word_at[checkpoint.position], from_here.front()) << "checkpoint " << i;
  }
  // Consecutive words keep consecutive positions across the pieces: phrases still match.
  for (std::uint32_t k = 0; k < words.size(); ++k) ASSERT_EQ(word_at[first + k], words[k]) << k;
}

}  // namespace
}  // namespace lectern::indexer
