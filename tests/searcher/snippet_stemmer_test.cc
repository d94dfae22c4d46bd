// The stemmer snippets use stems the words that can match the query's stems, as the full
// stemmer does, and no others.
#include <gtest/gtest.h>

#include "lectern/analysis/analysis.h"
#include "snippet_stemmer.h"

namespace lectern::searcher {
namespace {

TEST(SnippetStemmer, StemsWordsThatCanHaveAQueryStemLikeTheFullStemmer) {
  const Xapian::Stem full = analysis::make_stemmer("en");
  Xapian::Stem stemmer = stemmer_for_query_words(full, {"Zsieg", "Zhappi", "war"});
  EXPECT_EQ(stemmer("sieges"), full("sieges"));
  EXPECT_EQ(stemmer("besieged"), "") << "does not begin with the stem, so cannot have it";
  EXPECT_EQ(stemmer("happy"), "happi") << "the stem less its last letter begins the word";
  EXPECT_EQ(stemmer("happiness"), full("happiness"));
  EXPECT_EQ(stemmer("winter"), "");
}

TEST(SnippetStemmer, WordsOutsideAsciiAreAlwaysStemmed) {
  const Xapian::Stem full = analysis::make_stemmer("de");
  Xapian::Stem stemmer = stemmer_for_query_words(full, {"Zbuch"});
  EXPECT_EQ(stemmer("bücher"), full("bücher"));
  EXPECT_EQ(stemmer("haus"), "");
}

TEST(SnippetStemmer, QueriesWithoutStemsKeepTheFullStemmer) {
  const Xapian::Stem full = analysis::make_stemmer("en");
  Xapian::Stem stemmer = stemmer_for_query_words(full, {"war", "Sbetrayal"});
  EXPECT_EQ(stemmer("winters"), full("winters"));
}

}  // namespace
}  // namespace lectern::searcher
