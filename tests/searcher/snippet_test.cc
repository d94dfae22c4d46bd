// Snippets: stem-aware highlighting, the four highlight modes, escaping, and the opening of the
// text as a fallback when no word of it matched.
#include "snippet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "lectern/common/text.h"
#include "test_index.h"

namespace lectern::searcher {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::review;
using ::testing::StartsWith;

std::string long_text() {
  std::string text = "Leningrad, 1952. Andrei is a doctor at the children's hospital and Anna draws.";
  for (int i = 0; i < 40; ++i) text += " The winter is long and the queues are longer, year after year.";
  return text;
}

std::vector<Review> reviews() {
  return {review("betrayal", "The Betrayal", {"Helen Dunmore"},
                 "Years after the siege the arrests begin again.\n\nDoctors are arrested one by one."),
          review("fish", "Seaside", {"Ann Cook"}, "Fish & <Chips> are served with vinegar. A literal &lt; too."),
          review("long", "The Siege", {"Helen Dunmore"}, long_text())};
}

class Snippets : public ::testing::Test {
 protected:
  std::string snippet_of(const std::string& query, const std::string& id, Highlight highlight,
                         std::size_t length = 200) {
    SearchRequest request;
    request.query = query;
    request.highlight = highlight;
    request.snippet_length = length;
    auto results = index.searcher().search(request);
    EXPECT_TRUE(results.ok());
    if (!results.ok()) return {};
    for (const Hit& hit : results->hits) {
      if (hit.id == id) return hit.snippet;
    }
    ADD_FAILURE() << id << " not found by " << query;
    return {};
  }

  testing::IndexFixture index{reviews()};
};

TEST_F(Snippets, HighlightOtherFormsOfTheMatchedStem) {
  const std::string snippet = snippet_of("arresting", "betrayal", Highlight::kPlain);
  EXPECT_THAT(snippet, HasSubstr("[arrests]"));
  EXPECT_THAT(snippet, HasSubstr("[arrested]"));
  EXPECT_THAT(snippet, Not(HasSubstr("[siege]")));
}

TEST_F(Snippets, HighlightAPhraseAsOneUnit) {
  EXPECT_THAT(snippet_of("\"after the siege\"", "betrayal", Highlight::kPlain),
              HasSubstr("Years [after the siege] the"));
}

TEST_F(Snippets, HighlightWildcardMatches) {
  EXPECT_THAT(snippet_of("arrest*", "betrayal", Highlight::kPlain), HasSubstr("the [arrests] begin"));
}

TEST_F(Snippets, NewlinesBecomeSpaces) {
  const std::string snippet = snippet_of("doctors", "betrayal", Highlight::kNone);
  EXPECT_THAT(snippet, HasSubstr("again. Doctors are"));
  EXPECT_EQ(snippet.find('\n'), std::string::npos);
}

TEST_F(Snippets, HtmlModeEscapesTheTextAndMarksMatches) {
  const std::string snippet = snippet_of("vinegar", "fish", Highlight::kHtml);
  EXPECT_THAT(snippet, HasSubstr("Fish &amp; &lt;Chips&gt; are served with <mark>vinegar</mark>."));
  EXPECT_THAT(snippet, HasSubstr("A literal &amp;lt; too."));
}

TEST_F(Snippets, AnsiModeUnescapesAndMarksInBold) {
  const std::string snippet = snippet_of("vinegar", "fish", Highlight::kAnsi);
  EXPECT_THAT(snippet, HasSubstr("Fish & <Chips> are served with \x1b[1mvinegar\x1b[0m."));
  EXPECT_THAT(snippet, HasSubstr("A literal &lt; too."));
}

TEST_F(Snippets, PlainModeUnescapesAndBracketsMatches) {
  EXPECT_THAT(snippet_of("vinegar", "fish", Highlight::kPlain), HasSubstr("Fish & <Chips> are served with [vinegar]."));
}

TEST_F(Snippets, NoneModeGivesTheTextUnmarked) {
  EXPECT_EQ(snippet_of("vinegar", "fish", Highlight::kNone),
            "Fish & <Chips> are served with vinegar. A literal &lt; too.");
}

TEST_F(Snippets, LongTextIsCutNearTheMatchToAboutTheAskedLength) {
  const std::string snippet = snippet_of("hospital", "long", Highlight::kPlain, 80);
  EXPECT_THAT(snippet, HasSubstr("[hospital]"));
  EXPECT_LE(snippet.size(), 100u);
  EXPECT_THAT(snippet, EndsWith("…"));
}

TEST_F(Snippets, FallBackToTheOpeningWhenOnlyTheAuthorMatched) {
  const std::string snippet = snippet_of("author:dunmore", "long", Highlight::kPlain, 60);
  EXPECT_THAT(snippet, StartsWith("Leningrad, 1952. Andrei is a doctor"));
  EXPECT_THAT(snippet, EndsWith("…"));
  EXPECT_THAT(snippet, Not(HasSubstr("[")));
  EXPECT_LE(snippet.size(), 60u + 3);
}

TEST_F(Snippets, FallBackToTheOpeningWhenOnlyTheTitleMatched) {
  EXPECT_EQ(snippet_of("seaside", "fish", Highlight::kHtml),
            "Fish &amp; &lt;Chips&gt; are served with vinegar. A literal &amp;lt; too.");
}

TEST_F(Snippets, ZeroLengthGivesNoSnippet) { EXPECT_EQ(snippet_of("vinegar", "fish", Highlight::kHtml, 0), ""); }

TEST(OpeningSnippet, ShortTextIsWholeWithoutEllipsis) {
  EXPECT_EQ(opening_snippet("A short\n\ntext.", 200, Highlight::kNone), "A short text.");
}

TEST(OpeningSnippet, CutsAfterAWholeWord) {
  EXPECT_EQ(opening_snippet("alpha beta gamma delta", 13, Highlight::kNone), "alpha beta…");
  EXPECT_EQ(opening_snippet("alpha beta gamma delta", 10, Highlight::kNone), "alpha beta…");
  EXPECT_EQ(opening_snippet("alpha, beta gamma", 8, Highlight::kNone), "alpha…");
}

TEST(OpeningSnippet, NeverSplitsAUtf8Sequence) {
  const std::string text = "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ";  // one long word, two bytes a letter
  for (std::size_t length = 1; length < 25; ++length) {
    const std::string opening = opening_snippet(text, length, Highlight::kPlain);
    EXPECT_TRUE(text::is_valid_utf8(opening)) << length;
  }
  EXPECT_EQ(opening_snippet(text, 5, Highlight::kNone), "ЖЖЖЖЖ…");
  EXPECT_EQ(opening_snippet("日本語のテキスト です", 4, Highlight::kNone), "日本語の…");
}

TEST(OpeningSnippet, HtmlModeEscapes) {
  EXPECT_EQ(opening_snippet("Fish & <Chips>", 100, Highlight::kHtml), "Fish &amp; &lt;Chips&gt;");
}

TEST(RenderSnippet, TurnsMarkersIntoEachModesMarks) {
  const std::string marked =
      "a &amp; \x01"
      "b\x02 &lt;c&gt; &amp;lt;";
  EXPECT_EQ(render_snippet(marked, Highlight::kHtml), "a &amp; <mark>b</mark> &lt;c&gt; &amp;lt;");
  EXPECT_EQ(render_snippet(marked, Highlight::kAnsi), "a & \x1b[1mb\x1b[0m <c> &lt;");
  EXPECT_EQ(render_snippet(marked, Highlight::kPlain), "a & [b] <c> &lt;");
  EXPECT_EQ(render_snippet(marked, Highlight::kNone), "a & b <c> &lt;");
}

TEST(RenderSnippet, MarksSeparatedOnlyByASpaceAreOneSpan) {
  EXPECT_EQ(render_snippet("the \x01"
                           "Siege\x02 \x01"
                           "of\x02 \x01Leningrad\x02, and \x01more\x02",
                           Highlight::kPlain),
            "the [Siege of Leningrad], and [more]");
}

TEST(ParseMarked, DecodesEntitiesAndKeepsMarkOffsetsInThePlainText) {
  const MarkedText marked = parse_marked(
      "a &amp;\n\n \x01"
      "b&lt;\x02 c");
  EXPECT_EQ(marked.text, "a & b< c");
  ASSERT_EQ(marked.marks.size(), 1u);
  EXPECT_EQ(marked.text.substr(marked.marks[0].first, marked.marks[0].second - marked.marks[0].first), "b<");
}

TEST(RenderSnippet, FoldsWhiteSpace) {
  EXPECT_EQ(render_snippet("one\n\ntwo\tthree  four\n", Highlight::kNone), "one two three four");
}

// Alpha in the first sentence, omega in the last, a long stretch of filler between.
std::string far_apart() {
  std::string text = "Alpha opens the book. It is short.";
  for (int i = 0; i < 30; ++i) text += " The middle goes on and on without anything of note.";
  text += " Then a new sentence begins here. Omega closes it, at last.";
  return text;
}

class Fragments : public ::testing::Test {
 protected:
  std::string snippet_of(const std::string& query, std::size_t fragments, std::size_t length = 60,
                         Highlight highlight = Highlight::kPlain) {
    SearchRequest request;
    request.query = query;
    request.highlight = highlight;
    request.snippet_length = length;
    request.fragments = fragments;
    auto results = index.searcher().search(request);
    EXPECT_TRUE(results.ok());
    if (!results.ok() || results->hits.empty()) return {};
    return results->hits[0].snippet;
  }

  testing::IndexFixture index{
      {review("far", "Ends", {"Ann Cook"}, far_apart()), review(
                                                             "cyrillic", "Зима", {}, std::string("Начало. ") + [] {
                                                               std::string text;
                                                               for (int i = 0; i < 40; ++i)
                                                                 text += "Длинная зима тянется долго. ";
                                                               return text + "Конец истории близок.";
                                                             }())}};
};

TEST_F(Fragments, MatchesFarApartGiveOneFragmentEachInTextOrder) {
  const std::string snippet = snippet_of("alpha omega", 2);
  EXPECT_THAT(snippet, StartsWith("[Alpha] opens the book."));
  EXPECT_THAT(snippet, HasSubstr(" … "));
  EXPECT_THAT(snippet, HasSubstr("[Omega] closes it, at last."));
  EXPECT_LT(snippet.find("[Alpha]"), snippet.find("[Omega]"));
  EXPECT_LE(snippet.size(), 2 * 60 + 20u);
}

TEST_F(Fragments, AFragmentStartsAtTheSentenceOfItsMatch) {
  const std::string snippet = snippet_of("omega", 2);
  EXPECT_THAT(snippet, StartsWith("…Then a new sentence begins here. [Omega]"));
}

TEST_F(Fragments, OneFragmentIsTheBestSinglePassage) {
  const std::string snippet = snippet_of("alpha omega", 1);
  EXPECT_EQ(snippet.find(" … "), std::string::npos);
}

TEST_F(Fragments, NoMoreFragmentsThanMatchedPlaces) {
  EXPECT_EQ(snippet_of("alpha", 3).find(" … "), std::string::npos);
}

TEST_F(Fragments, OnlyTheTitleMatchedGivesTheOpening) {
  EXPECT_THAT(snippet_of("title:ends", 3), StartsWith("Alpha opens the book."));
}

TEST_F(Fragments, NeverCutInsideAWordOrAUtf8Sequence) {
  for (std::size_t length = 20; length < 90; length += 7) {
    const std::string snippet = snippet_of("зима конец", 3, length, Highlight::kNone);
    EXPECT_TRUE(text::is_valid_utf8(snippet)) << length;
    std::string words = snippet;
    for (const std::string_view marker : {"…", ".", ","}) {
      for (auto at = words.find(marker); at != std::string::npos; at = words.find(marker))
        words.replace(at, marker.size(), " ");
    }
    std::istringstream stream(words);
    for (std::string word; stream >> word;) {
      EXPECT_THAT(
          (std::vector<std::string>{"Начало", "Длинная", "зима", "тянется", "долго", "Конец", "истории", "близок"}),
          ::testing::Contains(word))
          << length << ": " << snippet;
    }
  }
}

TEST_F(Fragments, HtmlFragmentsAreEscapedAndMarked) {
  EXPECT_THAT(snippet_of("omega", 2, 60, Highlight::kHtml), HasSubstr("<mark>Omega</mark> closes it"));
}

TEST(PickFragments, ChoosesTheWindowWithTheMostDistinctWordsFirst) {
  MarkedText marked;
  marked.text = "one two. three four. five six seven eight nine ten.";
  const auto mark = [&](std::string_view word) {
    const std::size_t at = marked.text.find(word);
    marked.marks.emplace_back(at, at + word.size());
  };
  for (auto word : {"one", "four", "nine"}) mark(word);
  const auto fragments = pick_fragments(marked, 1, 22);
  ASSERT_EQ(fragments.size(), 1u);
  const std::string chosen = marked.text.substr(fragments[0].first, fragments[0].second - fragments[0].first);
  EXPECT_THAT(chosen, HasSubstr("one"));
  EXPECT_THAT(chosen, HasSubstr("four"));
}

TEST(PickFragments, NoMarksNoFragments) { EXPECT_TRUE(pick_fragments(MarkedText{"text", {}}, 3, 50).empty()); }

class TitleHighlight : public ::testing::Test {
 protected:
  std::string title_of(const std::string& query, Highlight highlight) {
    SearchRequest request;
    request.query = query;
    request.highlight = highlight;
    auto results = index.searcher().search(request);
    EXPECT_TRUE(results.ok());
    return results.ok() && !results->hits.empty() ? results->hits[0].title_highlighted : "";
  }

  testing::IndexFixture index{{review("b", "The Betrayal & <Other> Stories", {"Helen Dunmore"}, "Leningrad, 1952.")}};
};

TEST_F(TitleHighlight, MatchedTitleWordsAreMarkedLikeTheSnippet) {
  EXPECT_EQ(title_of("betrayals", Highlight::kPlain), "The [Betrayal] & <Other> Stories");
  EXPECT_EQ(title_of("betrayal", Highlight::kHtml), "The <mark>Betrayal</mark> &amp; &lt;Other&gt; Stories");
}

TEST_F(TitleHighlight, UnmatchedTitleIsRenderedPlain) {
  EXPECT_EQ(title_of("leningrad", Highlight::kPlain), "The Betrayal & <Other> Stories");
  EXPECT_EQ(title_of("leningrad", Highlight::kHtml), "The Betrayal &amp; &lt;Other&gt; Stories");
}

}  // namespace
}  // namespace lectern::searcher
