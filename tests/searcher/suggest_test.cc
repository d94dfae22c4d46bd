// Suggestions for what is being typed: authors and titles, then words by how many reviews use
// them, with the number of reviews each would find.
#include <gtest/gtest.h>

#include <filesystem>

#include "lectern/indexer/indexer.h"
#include "lectern/searcher/searcher.h"
#include "test_support.h"

namespace lectern::searcher {
namespace {

using lectern::testing::TempDir;
using lectern::testing::write_file;

class Suggestions : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(temp_ / "reviews" / "a.txt", "Alpha by Ann Author\n\nWinter, winter, winter: the winter of 1941 was long.\n");
    write_file(temp_ / "reviews" / "b.txt", "Beta by Bo Writer\n\nA wintry winter and a windmill in 1941.\n");
    write_file(temp_ / "reviews" / "c.txt", "Gamma by Cy Scribe\n\nThe windmill turned; the wind rose in 1942.\n");
    write_file(temp_ / "reviews" / "d.txt", "Winter by Ann Author\n\nSnow on the steppe.\n");
    write_file(temp_ / "reviews" / "e.txt", "Winter by Bo Writer\n\nIce on the river.\n");
    write_file(temp_ / "reviews" / "f.txt", "Delta by Anna Annan\n\nA river delta.\n");
    index();
    auto opened = Searcher::open({{temp_ / "db"}});
    ASSERT_TRUE(opened) << opened.error().message;
    searcher_.emplace(std::move(*opened));
  }

  void index() {
    indexer::IndexOptions options;
    options.database = temp_ / "db";
    auto indexer = indexer::Indexer::open(options);
    ASSERT_TRUE(indexer) << indexer.error().message;
    ASSERT_TRUE(indexer->index({temp_ / "reviews"}));
  }

  std::vector<Suggestion> suggest(const std::string& typed) {
    auto suggestions = searcher_->suggest(typed, 8);
    EXPECT_TRUE(suggestions) << suggestions.error().message;
    return suggestions ? *suggestions : std::vector<Suggestion>{};
  }

  std::size_t reviews_of_word(const std::vector<Suggestion>& suggestions, const std::string& text) {
    for (const Suggestion& suggestion : suggestions) {
      if (suggestion.kind == "word" && suggestion.text == text) return suggestion.reviews;
    }
    ADD_FAILURE() << "`" << text << "` not suggested";
    return 0;
  }

  TempDir temp_;
  std::optional<Searcher> searcher_;
};

TEST_F(Suggestions, WordsCountReviewsNotOccurrences) {
  const std::vector<Suggestion> suggestions = suggest("win");
  EXPECT_EQ(reviews_of_word(suggestions, "winter"), 4u) << "in four reviews, however many times in each";
  EXPECT_EQ(reviews_of_word(suggestions, "windmill"), 2u);
  EXPECT_EQ(reviews_of_word(suggestions, "wind"), 1u);
}

TEST_F(Suggestions, TheMostUsedWordComesFirst) {
  const std::vector<Suggestion> suggestions = suggest("win");
  ASSERT_FALSE(suggestions.empty());
  EXPECT_EQ(suggestions.front().text, "winter");
}

TEST_F(Suggestions, WorksOfOneTitleAreOneSuggestion) {
  std::size_t titled_winter = 0;
  std::size_t reviews = 0;
  for (const Suggestion& suggestion : suggest("win")) {
    if (suggestion.kind != "title" || suggestion.text != "winter") continue;
    ++titled_winter;
    reviews = suggestion.reviews;
  }
  EXPECT_EQ(titled_winter, 1u) << "Ann Author's and Bo Writer's Winter both type `winter`";
  EXPECT_EQ(reviews, 2u);
}

TEST_F(Suggestions, NumbersAreSuggestedToo) {
  const std::vector<Suggestion> suggestions = suggest("194");
  EXPECT_EQ(reviews_of_word(suggestions, "1941"), 2u);
  EXPECT_EQ(reviews_of_word(suggestions, "1942"), 1u);
}

TEST_F(Suggestions, AuthorsByAnyOfTheirNamesComeBeforeWords) {
  const std::vector<Suggestion> suggestions = suggest("wri");
  ASSERT_FALSE(suggestions.empty());
  EXPECT_EQ(suggestions.front().kind, "author");
  EXPECT_EQ(suggestions.front().text, "bo writer");
}

TEST_F(Suggestions, AnAuthorWithTwoNamesBeginningSoIsListedOnce) {
  std::vector<std::string> authors;
  for (const Suggestion& suggestion : suggest("ann")) {
    if (suggestion.kind == "author") authors.push_back(suggestion.text);
  }
  EXPECT_EQ(authors, (std::vector<std::string>{"ann author", "anna annan"})) << "most reviewed first";
}

TEST_F(Suggestions, FollowEveryCommitTheSearcherReopensTo) {
  auto has_title = [this](const std::string& typed, const std::string& title) {
    for (const Suggestion& suggestion : suggest(typed)) {
      if (suggestion.kind == "title" && suggestion.text == title) return true;
    }
    return false;
  };
  ASSERT_TRUE(has_title("del", "delta"));
  write_file(temp_ / "reviews" / "g.txt", "Zephyr by Di Novelist\n\nA west wind.\n");
  std::filesystem::remove(temp_ / "reviews" / "f.txt");
  index();
  EXPECT_FALSE(has_title("zep", "zephyr")) << "the searcher still reads the state it opened";
  ASSERT_TRUE(searcher_->reopen());
  EXPECT_TRUE(has_title("zep", "zephyr"));
  EXPECT_FALSE(has_title("del", "delta")) << "its only review was deleted";
  std::vector<Suggestion> novelists = suggest("nov");
  ASSERT_FALSE(novelists.empty());
  EXPECT_EQ(novelists.front().text, "di novelist");
}

// Searchers of one index state share its tables; one that reopens to a newer state reads that
// state's, while the other keeps suggesting from the state it reads.
TEST_F(Suggestions, EachSearcherSuggestsFromTheStateItReads) {
  auto other = Searcher::open({{temp_ / "db"}});
  ASSERT_TRUE(other) << other.error().message;
  auto titles = [](Searcher& searcher, const std::string& typed) {
    std::vector<std::string> found;
    auto suggestions = searcher.suggest(typed, 8);
    EXPECT_TRUE(suggestions) << suggestions.error().message;
    for (const Suggestion& suggestion : *suggestions) {
      if (suggestion.kind == "title") found.push_back(suggestion.text);
    }
    return found;
  };
  EXPECT_EQ(titles(*other, "win"), titles(*searcher_, "win"));
  write_file(temp_ / "reviews" / "h.txt", "Windward by Di Novelist\n\nA west wind.\n");
  index();
  ASSERT_TRUE(other->reopen());
  EXPECT_EQ(titles(*other, "win"), (std::vector<std::string>{"winter", "windward"}));
  EXPECT_EQ(titles(*searcher_, "win"), std::vector<std::string>{"winter"});
}

}  // namespace
}  // namespace lectern::searcher
