#include "lectern/analysis/analysis.h"

#include <gtest/gtest.h>

namespace lectern::analysis {
namespace {

TEST(FoldingStemmer, AccentedAndPlainSpellingsShareAStem) {
  const Xapian::Stem french = make_stemmer("fr");
  EXPECT_EQ(french("misérables"), french("miserables"));
  const Xapian::Stem english = make_stemmer("en");
  EXPECT_EQ(english("naïve"), english("naive"));
}

TEST(FoldingStemmer, StemsLikeSnowball) {
  const Xapian::Stem english = make_stemmer("en");
  EXPECT_EQ(english("arrested"), "arrest");
  EXPECT_EQ(english("arrests"), "arrest");
  const Xapian::Stem german = make_stemmer("de");
  EXPECT_EQ(german("häuser"), german("hauser"));
}

TEST(FoldingStemmer, CoversLanguagesXapianLacks) {
  EXPECT_NE(make_stemmer("el").get_description(), Xapian::Stem().get_description());
  EXPECT_NE(make_stemmer("hi").get_description(), Xapian::Stem().get_description());
}

TEST(FoldingStemmer, UnknownLanguageLeavesWordsAlone) {
  const Xapian::Stem none = make_stemmer("xx");
  EXPECT_EQ(none("arrested"), "arrested");
}

TEST(FoldingStemmer, DefaultsToEnglish) { EXPECT_EQ(make_stemmer("")("arrested"), "arrest"); }

TEST(Stopwords, KnowsFunctionWordsPerLanguage) {
  EXPECT_TRUE(is_stopword("en", "the"));
  EXPECT_TRUE(is_stopword("en", "of"));
  EXPECT_FALSE(is_stopword("en", "war"));
  EXPECT_FALSE(is_stopword("en", "siege"));
  EXPECT_TRUE(is_stopword("de", "und"));
  EXPECT_TRUE(is_stopword("fr", "les"));
  EXPECT_TRUE(is_stopword("es", "los"));
  EXPECT_FALSE(is_stopword("xx", "the"));
}

TEST(Stopwords, ListsAreSortedForBinarySearch) {
  // Every word of every list must be found, which binary search only guarantees on a sorted list.
  for (const char* language : {"en", "de", "fr", "es", "it", "pt", "nl"}) {
    auto stopper = make_stopper(language);
    ASSERT_NE(stopper, nullptr) << language;
  }
  for (const char* word : {"a", "yourselves", "über", "zwischen", "à", "été", "y", "yo", "voi", "você", "zonder"}) {
    bool found = false;
    for (const char* language : {"en", "de", "fr", "es", "it", "pt", "nl"}) found = found || is_stopword(language, word);
    EXPECT_TRUE(found) << word;
  }
}

TEST(FoldDiacritics, KeepsCase) { EXPECT_EQ(fold_diacritics("Les Misérables, Émile"), "Les Miserables, Emile"); }

}  // namespace
}  // namespace lectern::analysis
