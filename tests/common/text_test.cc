#include "lectern/common/text.h"

#include <gtest/gtest.h>

namespace lectern::text {
namespace {

TEST(CleanField, DecodesEntitiesAndFoldsNonBreakingSpaces) {
  EXPECT_EQ(clean_field("Helen&nbsp;Dunmore"), "Helen Dunmore");
  EXPECT_EQ(clean_field("  Helen\xC2\xA0\xC2\xA0 Dunmore \n"), "Helen Dunmore");
  EXPECT_EQ(clean_field("Fish &amp; Chips &#8217; &#x2019;"), "Fish & Chips \xE2\x80\x99 \xE2\x80\x99");
}

TEST(CleanField, LeavesUnknownEntitiesAsWritten) { EXPECT_EQ(clean_field("AT&T &bogus; ok"), "AT&T &bogus; ok"); }

TEST(NormalizeNfc, ComposesDecomposedAccents) {
  // "e" + COMBINING ACUTE ACCENT becomes the single code point U+00E9.
  EXPECT_EQ(normalize_nfc("Mis\x65\xCC\x81rables"), "Mis\xC3\xA9rables");
}

TEST(CleanBody, FoldsSpacesAndKeepsParagraphBreaks) {
  EXPECT_EQ(clean_body("  One   two\t three  \r\n\n\n\nFour\xC2\xA0 five\n"), "One two three\n\nFour five");
}

TEST(CleanBody, RemovesControlCharacters) { EXPECT_EQ(clean_body("a\x01" "b\x7F" "c"), "abc"); }

TEST(IsValidUtf8, RejectsLatin1AndOverlongForms) {
  EXPECT_TRUE(is_valid_utf8("Mis\xC3\xA9rables"));
  EXPECT_FALSE(is_valid_utf8("Mis\xE9rables"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));
}

TEST(FoldForMatching, RemovesDiacriticsAndCase) { EXPECT_EQ(fold_for_matching("Les MISÉRABLES"), "les miserables"); }

TEST(IsAllCaps, NeedsTwoLettersAndNoLowerCase) {
  EXPECT_TRUE(is_all_caps("THE BETRAYAL"));
  EXPECT_TRUE(is_all_caps("900 DAYS: THE SIEGE"));
  EXPECT_FALSE(is_all_caps("The Betrayal"));
  EXPECT_FALSE(is_all_caps("A 1"));
}

TEST(TitleCase, LowersSmallWordsExceptFirstAndLast) {
  EXPECT_EQ(title_case("THE COURT OF THE RED STAR"), "The Court of the Red Star");
  EXPECT_EQ(title_case("GONE WITH THE WIND"), "Gone with the Wind");
  EXPECT_EQ(title_case("WHAT IT IS FOR"), "What It Is For");
}

TEST(TitleCase, CapitalisesAfterColon) {
  EXPECT_EQ(title_case("STALIN: THE COURT OF THE RED STAR"), "Stalin: The Court of the Red Star");
}

TEST(TitleCase, KeepsRomanNumerals) {
  EXPECT_EQ(title_case("LENINGRAD: THE EPIC SIEGE OF WORLD WAR II"), "Leningrad: The Epic Siege of World War II");
  EXPECT_EQ(title_case("HENRY VIII AND HIS WIVES"), "Henry VIII and His Wives");
  EXPECT_EQ(title_case("THE MCMXLIV DIARIES"), "The MCMXLIV Diaries");
  // Letters that make no well-formed numeral are a word: Italian "Il", not 49.
  EXPECT_EQ(title_case("IL NOME DELLA ROSA"), "Il Nome Della Rosa");
  EXPECT_EQ(title_case("VIVID LIVES"), "Vivid Lives");
}

TEST(TitleCase, CapitalisesAfterAOneLetterElision) {
  EXPECT_EQ(title_case("L'ÉTRANGER"), "L'Étranger");
  EXPECT_EQ(title_case("THE O'BRIEN GIRLS"), "The O'Brien Girls");
  EXPECT_EQ(title_case("D’ARTAGNAN"), "D’Artagnan");
  EXPECT_EQ(title_case("I'LL GO"), "I'll Go");
  EXPECT_EQ(title_case("I'VE GONE"), "I've Gone");
}

TEST(TitleCase, HandlesApostrophesHyphensAndAccents) {
  EXPECT_EQ(title_case("STALIN’S LAST CRIME"), "Stalin’s Last Crime");
  EXPECT_EQ(title_case("ANTONOV-OVSEYENKO"), "Antonov-Ovseyenko");
  EXPECT_EQ(title_case("LES MISÉRABLES"), "Les Misérables");
}

TEST(EscapeInvalidUtf8, SpellsOnlyTheBadBytesInHex) {
  EXPECT_EQ(escape_invalid_utf8("caf\xC3\xA9.txt"), "caf\xC3\xA9.txt");
  EXPECT_EQ(escape_invalid_utf8("bad-\xFF-byte.txt"), "bad-%FF-byte.txt");
  EXPECT_EQ(escape_invalid_utf8("latin-caf\xE9.txt"), "latin-caf%E9.txt");
  EXPECT_NE(escape_invalid_utf8("a\xFE"), escape_invalid_utf8("a\xFF"));
  EXPECT_TRUE(is_valid_utf8(escape_invalid_utf8("\xC3\x28\xA0\xA1\xF0\x28\x8C\xBC")));
}

TEST(Trim, RemovesAsciiAndNoBreakSpaces) { EXPECT_EQ(trim("\xC2\xA0 x y \n"), "x y"); }

}  // namespace
}  // namespace lectern::text

namespace lectern::text {
namespace {

TEST(SplitLines, DropsCarriageReturnsAndKeepsEmptyLines) {
  EXPECT_EQ(split_lines("a\r\n\nb"), (std::vector<std::string_view>{"a", "", "b"}));
  EXPECT_EQ(split_lines(""), (std::vector<std::string_view>{""}));
}

TEST(SplitWords, FoldsRunsOfSpaces) {
  EXPECT_EQ(split_words("  by  Helen Dunmore "), (std::vector<std::string_view>{"by", "Helen", "Dunmore"}));
}

}  // namespace
}  // namespace lectern::text
