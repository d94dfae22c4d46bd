// The query language: fields, operators, phrases, wildcards, filters and the period overlap.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "query_builder.h"
#include "test_index.h"

namespace lectern::searcher {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::review;
using ::testing::UnorderedElementsAre;

std::vector<Review> library() {
  Review betrayal = review("betrayal", "The Betrayal", {"Helen Dunmore"},
                           "Leningrad, 1952. Andrei is a doctor at the children's hospital. Years after the siege "
                           "of Leningrad the city is quiet, but the arrests begin again and doctors are arrested "
                           "one by one.");
  betrayal.reviewer = "Ann Reader";
  betrayal.period = YearSpan{1941, 1953};
  betrayal.tags = {"Russia", "World War"};
  betrayal.mentions = {{"The Great Terror", "Robert Conquest"}};

  Review stalingrad = review("stalingrad", "Stalingrad", {"Antony Beevor"},
                             "The battle on the Volga. Leningrad, far to the north, endured a longer ordeal, but "
                             "this siege broke the Sixth Army. A horse and a general froze together.");
  stalingrad.reviewer = "Bob Critic";
  stalingrad.period = YearSpan{1942, 1943};
  stalingrad.tags = {"Russia"};
  stalingrad.format = "txt";
  stalingrad.captions = {"Map of the Volga front"};

  Review caesar = review("caesar", "Caesar: Life of a Colossus", {"Adrian Goldsworthy"},
                         "A general and a politician. The horse he rode was famous in Rome, and many years and "
                         "many campaigns and many pages later the general crossed the Rubicon.");
  caesar.period = YearSpan{-100, -44};

  Review augustus = review("augustus", "Augustus", {"Adrian Goldsworthy"},
                           "The first emperor of Rome, who found a city of brick and left it marble.");
  augustus.period = YearSpan{-63, 14};

  Review tomatoes = review("tomatoes", "Tomatoes for Beginners", {"Sam Green"},
                           "Sowing, pinching out and feeding, and the quiet betrayal of blight.");
  tomatoes.language = "de";  // for the lang: filter; the text is still English words

  return {betrayal, stalingrad, caesar, augustus, tomatoes};
}

class QueryLanguage : public ::testing::Test {
 protected:
  testing::IndexFixture index{library()};
};

TEST_F(QueryLanguage, FreeTextFindsTheReview) {
  EXPECT_THAT(index.find("rubicon"), ElementsAre("caesar"));
  EXPECT_THAT(index.find("Volga"), ElementsAre("stalingrad"));
}

TEST_F(QueryLanguage, StemmingFindsOtherFormsOfAWord) {
  EXPECT_THAT(index.find("arresting"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("emperors"), ElementsAre("augustus"));
}

TEST_F(QueryLanguage, TitleFieldSearchesOnlyTitles) {
  EXPECT_THAT(index.find("title:stalingrad"), ElementsAre("stalingrad"));
  EXPECT_THAT(index.find("title:leningrad"), IsEmpty()) << "leningrad is only in bodies";
  EXPECT_THAT(index.find("title:betrayals"), ElementsAre("betrayal")) << "field words are stemmed too";
}

TEST_F(QueryLanguage, AuthorReviewerMentionsAndCaptionFields) {
  EXPECT_THAT(index.find("author:goldsworthy"), UnorderedElementsAre("caesar", "augustus"));
  EXPECT_THAT(index.find("reviewer:reader"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("reviewer:dunmore"), IsEmpty());
  EXPECT_THAT(index.find("mentions:conquest"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("caption:map"), ElementsAre("stalingrad"));
}

TEST_F(QueryLanguage, PhraseMatchesOnlyTheWordsInOrder) {
  EXPECT_THAT(index.find("siege leningrad"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("\"siege of leningrad\""), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("\"leningrad of siege\""), IsEmpty());
}

TEST_F(QueryLanguage, NearMatchesWordsCloseTogether) {
  EXPECT_THAT(index.find("general NEAR froze"), ElementsAre("stalingrad"));
  EXPECT_THAT(index.find("general NEAR rubicon"), ElementsAre("caesar"));
  EXPECT_THAT(index.find("politician NEAR rubicon"), IsEmpty()) << "23 words apart, NEAR allows 10";
  EXPECT_THAT(index.find("politician NEAR/30 rubicon"), ElementsAre("caesar"));
}

TEST_F(QueryLanguage, AdjMatchesWordsCloseTogetherInOrder) {
  EXPECT_THAT(index.find("general ADJ froze"), ElementsAre("stalingrad"));
  EXPECT_THAT(index.find("froze ADJ general"), IsEmpty());
}

TEST_F(QueryLanguage, PhrasesMatchWordsAsWritten) {
  EXPECT_THAT(index.find("\"arrests begin\""), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("\"arrested begin\""), IsEmpty());
}

TEST_F(QueryLanguage, FieldsTakePhrasesAndGroups) {
  EXPECT_THAT(index.find("author:\"helen dunmore\""), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("author:\"dunmore helen\""), IsEmpty());
  EXPECT_THAT(index.find("title:(augustus OR stalingrad)"), UnorderedElementsAre("augustus", "stalingrad"));
}

TEST_F(QueryLanguage, WildcardMatchesWordStarts) {
  EXPECT_THAT(index.find("lenin*"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("title:colos*"), ElementsAre("caesar"));
}

TEST_F(QueryLanguage, BooleanOperators) {
  EXPECT_THAT(index.find("siege AND arrests"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("siege NOT arrests"), ElementsAre("stalingrad"));
  EXPECT_THAT(index.find("siege -arrests"), ElementsAre("stalingrad"));
  EXPECT_THAT(index.find("+siege +volga"), ElementsAre("stalingrad"));
  EXPECT_THAT(index.find("NOT siege"), UnorderedElementsAre("caesar", "augustus", "tomatoes"));
  EXPECT_THAT(index.find("rubicon OR marble"), UnorderedElementsAre("caesar", "augustus"));
}

TEST_F(QueryLanguage, LowerCaseAndIsAWordNotAnOperator) {
  // As an operator, "and" would demand both words; as a word (a stopword) it drops out and
  // either word matches.
  EXPECT_THAT(index.find("rubicon AND marble"), IsEmpty());
  EXPECT_EQ(index.find("rubicon and marble"), index.find("rubicon OR marble"));
  EXPECT_FALSE(index.find("rubicon and marble").empty());
}

TEST_F(QueryLanguage, FiltersMatchValuesInAnyCase) {
  EXPECT_THAT(index.find("tag:russia"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("tag:RUSSIA siege"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("tag:\"world war\""), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("format:TXT"), ElementsAre("stalingrad"));
  EXPECT_THAT(index.find("lang:de"), ElementsAre("tomatoes"));
  EXPECT_THAT(index.find("quiet lang:en"), ElementsAre("betrayal"));
}

TEST_F(QueryLanguage, FiltersOfOneKindAreAlternativesOfDifferentKindsAllHold) {
  EXPECT_THAT(index.find("tag:\"world war\" format:txt"), IsEmpty());
  EXPECT_THAT(index.find("tag:\"world war\" tag:russia"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("tag:russia period:1950"), ElementsAre("betrayal"));
}

TEST_F(QueryLanguage, PeriodRangeFindsOverlappingPeriods) {
  EXPECT_THAT(index.find("period:1950..1960"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("period:1930..1941"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("period:1943..1944"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("period:1960..1970"), IsEmpty());
  EXPECT_THAT(index.find("period:1960..1950"), ElementsAre("betrayal")) << "reversed bounds are swapped";
}

TEST_F(QueryLanguage, PeriodSingleYearAndDecade) {
  EXPECT_THAT(index.find("period:1942"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("period:1950"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("period:1940s"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("period:1950s"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("period:1930s"), IsEmpty());
  EXPECT_THAT(index.find("period:1930s..1940s"), UnorderedElementsAre("betrayal", "stalingrad"));
}

TEST_F(QueryLanguage, PeriodOpenEndedRanges) {
  EXPECT_THAT(index.find("period:1950.."), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("period:..0"), UnorderedElementsAre("caesar", "augustus"));
  EXPECT_THAT(index.find("period:1954.."), IsEmpty());
  EXPECT_THAT(index.find("period:..1940"), UnorderedElementsAre("caesar", "augustus"));
}

TEST_F(QueryLanguage, PeriodBeforeChrist) {
  EXPECT_THAT(index.find("period:44BC..14"), UnorderedElementsAre("caesar", "augustus"));
  EXPECT_THAT(index.find("period:-44..14"), UnorderedElementsAre("caesar", "augustus"));
  EXPECT_THAT(index.find("period:1BC..AD14"), ElementsAre("augustus"));
  EXPECT_THAT(index.find("period:50BC"), UnorderedElementsAre("caesar", "augustus"));
  EXPECT_THAT(index.find("period:-80"), ElementsAre("caesar"));
  EXPECT_THAT(index.find("rome period:14ad"), ElementsAre("augustus"));
}

TEST_F(QueryLanguage, PeriodCombinesWithWordsAndBrackets) {
  EXPECT_THAT(index.find("siege period:1950"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("(siege OR volga) period:1950..1960"), ElementsAre("betrayal"));
  EXPECT_THAT(index.find("(siege period:1950..1960)"), ElementsAre("betrayal"));
  // Alone in brackets a filter is an ordinary alternative, OR-ed with the rest like any group.
  EXPECT_THAT(index.find("(period:1950..1960) volga"), UnorderedElementsAre("betrayal", "stalingrad"));
  EXPECT_THAT(index.find("general NOT period:1942"), ElementsAre("caesar"));
}

TEST_F(QueryLanguage, PeriodFilterLeavesScoresUnchanged) {
  const SearchResults plain = index.search("leningrad siege");
  const SearchResults filtered = index.search("leningrad siege period:1950..1960");
  ASSERT_EQ(filtered.hits.size(), 1u);
  const auto same =
      std::find_if(plain.hits.begin(), plain.hits.end(), [](const Hit& hit) { return hit.id == "betrayal"; });
  ASSERT_NE(same, plain.hits.end());
  EXPECT_DOUBLE_EQ(filtered.hits[0].score, same->score);
  EXPECT_GT(filtered.hits[0].score, 0);

  const SearchResults tagged = index.search("leningrad siege tag:russia");
  ASSERT_EQ(tagged.hits.size(), 2u);
  EXPECT_DOUBLE_EQ(tagged.hits[0].score, plain.hits[0].score);
}

TEST_F(QueryLanguage, MalformedQueriesAreInvalidArguments) {
  for (const char* query : {"period:abc..def", "period:soon", "period:1945s", "period:..", "AND", "siege OR"}) {
    SearchRequest request;
    request.query = query;
    auto results = index.searcher().search(request);
    ASSERT_FALSE(results.ok()) << query;
    EXPECT_EQ(results.error().code, ErrorCode::kInvalidArgument) << query;
    EXPECT_THAT(results.error().message, ::testing::HasSubstr("cannot parse query `" + std::string(query) + "`"));
  }
}

TEST_F(QueryLanguage, PunctuationOnlyGivesNoHitsAndNoError) {
  for (const char* query : {"", "...", "!!!", "(", "\"\"", "—"}) {
    EXPECT_THAT(index.find(query), IsEmpty()) << query;
  }
}

TEST_F(QueryLanguage, QueriesWithoutWordsSaySoAndNeverThrow) {
  for (const char* query : {"\"...\"", "&&&", "*", "", "!!!"}) {
    const SearchResults results = index.search(query);
    EXPECT_THAT(results.hits, IsEmpty()) << query;
    EXPECT_THAT(results.notice, ::testing::HasSubstr("has no words to search for")) << query;
  }
}

TEST(Stopwords, AloneTheyGiveAClearMessage) {
  testing::IndexFixture index({review("siege", "The Siege", {}, "The first winter of the siege."),
                               review("other", "Other", {}, "A siege and a war.")});
  for (const char* query : {"the", "the of", "and"}) {
    const SearchResults results = index.search(query);
    EXPECT_THAT(results.hits, IsEmpty()) << query;
    EXPECT_THAT(results.notice, ::testing::HasSubstr("too common to search for")) << query;
  }
  // Capitalised, a word is matched as written (Xapian's STEM_SOME), and stopwords are indexed
  // as written: "The" finds the reviews that say it.
  EXPECT_FALSE(index.find("The").empty());
  EXPECT_THAT(index.find("\"the siege\""), ElementsAre("siege")) << "in a phrase they count";
  EXPECT_EQ(index.find("the siege"), index.find("siege")) << "beside other words they drop out";
}

TEST_F(QueryLanguage, DotsOutsidePeriodAreWordSeparators) {
  EXPECT_THAT(index.find("rubicon..."), ElementsAre("caesar"));
  EXPECT_THAT(index.find("rubicon..marble"), UnorderedElementsAre("caesar", "augustus"));
}

TEST(NeutraliseStrayRanges, KeepsPeriodRangesAndBlanksOtherDots) {
  EXPECT_EQ(neutralise_stray_ranges("wait... what"), "wait    what");
  EXPECT_EQ(neutralise_stray_ranges("a period:1940..1950 b..c"), "a period:1940..1950 b  c");
  EXPECT_EQ(neutralise_stray_ranges("(period:-44..14)"), "(period:-44..14)");
  EXPECT_EQ(neutralise_stray_ranges("one.two"), "one.two");
}

}  // namespace
}  // namespace lectern::searcher
