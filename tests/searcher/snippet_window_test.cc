// Snippets cut from the window the matched words' positions point to: the same highlighted
// passage as a snippet read from the whole text, the opening for a title match, several
// fragments from several windows, and the whole text for an index without checkpoints.
#include "snippet_window.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "lectern/common/schema.h"
#include "test_index.h"

namespace lectern::searcher {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using testing::review;

// About 20 KB: filler paragraphs, the siege in the middle, hunger near the end.
std::string long_review_text() {
  std::string text;
  for (int i = 0; i < 120; ++i) {
    if (i == 60) text += "In the second winter the sieges of the city tighten and the siege bread runs out. ";
    if (i == 110) text += "By spring hunger has taken the old and the very young. ";
    text += "Paragraph " + std::to_string(i) + " walks the river and the market with the doctor.\n";
  }
  return text;
}

std::vector<Review> reviews() {
  return {review("long", "The Winter Book", {"Ann Example"}, long_review_text()),
          review("short", "Siege Notes", {"Bo Writer"}, "A short note on the siege.")};
}

// The highlighted words of a plain-mode snippet ("[siege]").
std::multiset<std::string> marked_words(const std::string& snippet) {
  std::multiset<std::string> words;
  static const std::regex kMark(R"(\[([^\]]+)\])");
  for (auto it = std::sregex_iterator(snippet.begin(), snippet.end(), kMark); it != std::sregex_iterator(); ++it) {
    words.insert((*it)[1]);
  }
  return words;
}

class SnippetWindows : public ::testing::Test {
 protected:
  std::string snippet_of(Searcher& searcher, const std::string& query, std::size_t fragments = 1) {
    SearchRequest request;
    request.query = query;
    request.highlight = Highlight::kPlain;
    request.fragments = fragments;
    auto results = searcher.search(request);
    EXPECT_TRUE(results.ok());
    for (const Hit& hit : results->hits) {
      if (hit.id == "long") return hit.snippet;
    }
    ADD_FAILURE() << "long not found by " << query;
    return {};
  }

  testing::IndexFixture windowed{reviews()};
};

// The same reviews with the checkpoints taken out: snippets read the whole text, as before.
class WithoutCheckpoints {
 public:
  WithoutCheckpoints() {
    const auto folder = dir_.path() / "db";
    testing::write_index(folder, reviews());
    Xapian::WritableDatabase database(folder.string());
    for (Xapian::docid id = 1; id <= database.get_lastdocid(); ++id) {
      Xapian::Document document = database.get_document(id);
      document.remove_value(schema::kSlotTextCheckpoints);
      database.replace_document(id, document);
    }
    database.commit();
    auto opened = Searcher::open({{folder}});
    if (!opened.ok()) throw std::runtime_error(opened.error().message);
    searcher_.emplace(std::move(opened).value());
  }
  Searcher& searcher() { return *searcher_; }

 private:
  lectern::testing::TempDir dir_;
  std::optional<Searcher> searcher_;
};

TEST_F(SnippetWindows, TheWindowHighlightsWhatTheWholeTextSnippetDoes) {
  WithoutCheckpoints whole;
  for (const std::string query : {"siege", "sieges bread", "hunger", "\"siege bread\"", "doctor hunger"}) {
    const std::string from_window = snippet_of(windowed.searcher(), query);
    const std::string from_whole = snippet_of(whole.searcher(), query);
    EXPECT_FALSE(marked_words(from_window).empty()) << query << ": " << from_window;
    EXPECT_EQ(marked_words(from_window), marked_words(from_whole)) << query << "\nwindow: " << from_window
                                                                   << "\nwhole:  " << from_whole;
    EXPECT_THAT(from_window, StartsWith("…")) << "cut from the middle of the text";
    EXPECT_THAT(from_window, EndsWith("…"));
  }
}

TEST_F(SnippetWindows, OtherFormsOfTheStemArePlacedAndHighlighted) {
  const std::string snippet = snippet_of(windowed.searcher(), "siege");
  EXPECT_THAT(snippet, HasSubstr("[sieges]"));
  EXPECT_THAT(snippet, HasSubstr("[siege]"));
}

TEST_F(SnippetWindows, ATitleMatchShowsTheOpening) {
  const std::string snippet = snippet_of(windowed.searcher(), "winter book");
  // "winter" is in the text too, so the window holds it; a word only in the title gives the opening.
  EXPECT_FALSE(marked_words(snippet).empty());
  const std::string opening = snippet_of(windowed.searcher(), "title:book");
  EXPECT_THAT(opening, StartsWith("Paragraph 0 walks the river"));
  EXPECT_TRUE(marked_words(opening).empty());
}

TEST_F(SnippetWindows, SeveralFragmentsComeFromSeveralWindows) {
  const std::string snippet = snippet_of(windowed.searcher(), "siege hunger", 2);
  EXPECT_THAT(snippet, HasSubstr("[siege]"));
  EXPECT_THAT(snippet, HasSubstr("[hunger]"));
  EXPECT_THAT(snippet, HasSubstr(" … "));
  EXPECT_LT(snippet.find("[siege]"), snippet.find("[hunger]")) << "in text order";
}

TEST_F(SnippetWindows, AnIndexWithoutCheckpointsStillGivesTheSnippet) {
  WithoutCheckpoints whole;
  EXPECT_THAT(snippet_of(whole.searcher(), "hunger"), HasSubstr("[hunger]"));
}

TEST(SnippetWindowTerms, OnlyWordsAndStemsCanPlaceAWindow) {
  const std::vector<Xapian::Query> parts = {Xapian::Query("Zsieg"), Xapian::Query("bread"), Xapian::Query("Sbook"),
                                            Xapian::Query("XAdunmore")};
  const Xapian::Query query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  const std::vector<std::string> terms = text_terms_of(query);
  EXPECT_EQ(std::set<std::string>(terms.begin(), terms.end()), (std::set<std::string>{"Zsieg", "bread"}));
}

// A stem's words come from the spelling table when the index has one (the indexer's), from the
// terms otherwise; the stem itself is always one (words with digits are their own stems).
TEST(SnippetWindowTerms, AStemStandsForItsWordsFromTheSpellingsOrTheTerms) {
  lectern::testing::TempDir dir;
  const Xapian::Stem stemmer("en");
  auto words_of_siege = [&](const std::string& folder, bool spellings) {
    Xapian::WritableDatabase database((dir / folder).string(), Xapian::DB_CREATE);
    Xapian::Document document;
    for (const char* word : {"siege", "sieged", "sieve", "bread"}) document.add_term(word);
    database.add_document(document);
    if (spellings) {
      for (const char* word : {"siege", "sieges", "sieve"}) database.add_spelling(word);
    }
    database.commit();
    const TextTermWords words = text_term_words(database, {"Zsieg", "bread"}, stemmer);
    EXPECT_EQ(words.words.at(1), std::vector<std::string>{"bread"}) << "a word stands for itself";
    return std::set<std::string>(words.words.at(0).begin(), words.words.at(0).end());
  };
  EXPECT_EQ(words_of_siege("spelled", true), (std::set<std::string>{"sieg", "siege", "sieges"}));
  EXPECT_EQ(words_of_siege("unspelled", false), (std::set<std::string>{"sieg", "siege", "sieged"}));
}

// The spelling table may lack a word the text holds (an index written by an older Lectern):
// the window cannot be placed, and the snippet is read from the whole text, still highlighted.
TEST(SnippetWindowTerms, AWordTheSpellingsLackIsStillHighlighted) {
  lectern::testing::TempDir dir;
  const auto folder = dir.path() / "db";
  std::string text;
  for (int i = 0; i < 120; ++i) {
    if (i == 60) text += "In the second winter the sieges of the city tighten. ";
    text += "Paragraph " + std::to_string(i) + " walks the river and the market with the doctor.\n";
  }
  testing::write_index(folder, {review("long", "The Winter Book", {"Ann Example"}, text)});
  {
    Xapian::WritableDatabase database(folder.string());
    database.add_spelling("siege");  // not "sieges"
    database.commit();
  }
  auto searcher = Searcher::open({{folder}});
  ASSERT_TRUE(searcher.ok());
  SearchRequest request;
  request.query = "sieges";
  request.highlight = Highlight::kPlain;
  auto results = searcher->search(request);
  ASSERT_TRUE(results.ok());
  std::string snippet;
  for (const Hit& hit : results->hits) {
    if (hit.id == "long") snippet = hit.snippet;
  }
  EXPECT_THAT(snippet, HasSubstr("[sieges]"));
}

}  // namespace
}  // namespace lectern::searcher
