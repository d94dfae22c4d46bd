#include "period.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lectern::indexer {
namespace {

// ---- Metadata values ----

TEST(PeriodValue, YearRanges) {
  EXPECT_EQ(parse_period_value("1941-1944"), (YearSpan{1941, 1944}));
  EXPECT_EQ(parse_period_value("1941 \xE2\x80\x93 1944"), (YearSpan{1941, 1944}));
  EXPECT_EQ(parse_period_value("1941\xE2\x80\x93" "44"), (YearSpan{1941, 1944}));
  EXPECT_EQ(parse_period_value("1998-03"), (YearSpan{1998, 2003}));
  EXPECT_EQ(parse_period_value("from 1805 to 1820"), (YearSpan{1805, 1820}));
}

TEST(PeriodValue, SingleYearAndDecade) {
  EXPECT_EQ(parse_period_value("1952"), (YearSpan{1952, 1952}));
  EXPECT_EQ(parse_period_value("1930s"), (YearSpan{1930, 1939}));
  EXPECT_EQ(parse_period_value("the 1930's"), (YearSpan{1930, 1939}));
  EXPECT_EQ(parse_period_value("1800s"), (YearSpan{1800, 1899}));
}

TEST(PeriodValue, YearsBeforeChristAreNegative) {
  EXPECT_EQ(parse_period_value("44 BC-14"), (YearSpan{-44, 14}));
  EXPECT_EQ(parse_period_value("44 BC\xE2\x80\x93" "AD 14"), (YearSpan{-44, 14}));
  EXPECT_EQ(parse_period_value("753 BC"), (YearSpan{-753, -753}));
  EXPECT_EQ(parse_period_value("500-400 BC"), (YearSpan{-500, -400}));
  EXPECT_EQ(parse_period_value("AD 14"), (YearSpan{14, 14}));
}

TEST(PeriodValue, Centuries) {
  EXPECT_EQ(parse_period_value("19th century"), (YearSpan{1800, 1899}));
  EXPECT_EQ(parse_period_value("the nineteenth century"), (YearSpan{1800, 1899}));
  EXPECT_EQ(parse_period_value("5th century BC"), (YearSpan{-500, -401}));
  EXPECT_EQ(parse_period_value("16th-17th century"), (YearSpan{1500, 1699}));
}

TEST(PeriodValue, PartsOfDecadesAndCenturies) {
  EXPECT_EQ(parse_period_value("early 1930s"), (YearSpan{1930, 1932}));
  EXPECT_EQ(parse_period_value("the late 1960s"), (YearSpan{1967, 1969}));
  EXPECT_EQ(parse_period_value("first half of the 1500s"), (YearSpan{1500, 1549}));
  EXPECT_EQ(parse_period_value("mid-19th century"), (YearSpan{1833, 1866}));
}

TEST(PeriodValue, EraNamesComeFromTheGazetteer) {
  EXPECT_EQ(parse_period_value("Victorian era"), (YearSpan{1837, 1901}));
  EXPECT_EQ(parse_period_value("WWII"), (YearSpan{1939, 1945}));
  EXPECT_EQ(parse_period_value("the Siege of Leningrad"), (YearSpan{1941, 1944}));
  EXPECT_EQ(parse_period_value("Tudor England"), (YearSpan{1485, 1603}));
  auto custom = eras::parse_gazetteer("Age of Sail\t1571\t1862\n");
  ASSERT_TRUE(custom.ok()) << custom.error().message;
  EXPECT_EQ(parse_period_value("the age of sail", *custom), (YearSpan{1571, 1862}));
  EXPECT_FALSE(parse_period_value("Victorian era", *custom));
}

TEST(PeriodValue, RejectsNonPeriods) {
  EXPECT_FALSE(parse_period_value(""));
  EXPECT_FALSE(parse_period_value("a long time ago"));
  EXPECT_FALSE(parse_period_value("1944-1941"));
  EXPECT_FALSE(parse_period_value("12345"));
}

// ---- Years, ranges, decades ----

TEST(PeriodExtraction, SingleYearsAndMonthYear) {
  EXPECT_EQ(extract_period("The novel is set in 1952 and ends in March, 1953 when Stalin dies."),
            (YearSpan{1952, 1953}));
}

TEST(PeriodExtraction, DecadesAndRanges) {
  EXPECT_EQ(extract_period("the purges of the 1930s"), (YearSpan{1930, 1939}));
  EXPECT_EQ(extract_period("the siege, 1941-1944, and the winter of 1942\xE2\x80\x93" "43"), (YearSpan{1941, 1944}));
  EXPECT_EQ(extract_period("the winter of 1942\xE2\x80\x93" "43"), (YearSpan{1942, 1943}));
  EXPECT_EQ(extract_period("in den 1920er Jahren in Berlin"), (YearSpan{1920, 1929}));
}

TEST(PeriodExtraction, RangesWrittenInWords) {
  EXPECT_EQ(extract_period("A town in the Midlands between 1829 and 1832."), (YearSpan{1829, 1832}));
  EXPECT_EQ(extract_period("The island was occupied from 1940 to 1945."), (YearSpan{1940, 1945}));
}

TEST(PeriodExtraction, PartsOfDecades) {
  EXPECT_EQ(extract_period("A London childhood in the mid-1980s."), (YearSpan{1983, 1986}));
  EXPECT_EQ(extract_period("From the late 1950s to the early 1970s."), (YearSpan{1957, 1972}));
}

TEST(PeriodExtraction, YearsBeforeChrist) {
  EXPECT_EQ(extract_period("Rome was founded, by tradition, in 753 BC; Augustus died in AD 14."), (YearSpan{-753, 14}));
  EXPECT_EQ(extract_period("Cicero spoke in 63 B.C."), (YearSpan{-63, -63}));
  EXPECT_EQ(extract_period("From Marathon in 490 BC to the fall of Athens in 404 BC."), (YearSpan{-490, -404}));
}

TEST(PeriodExtraction, EraMarkersInOtherLanguages) {
  EXPECT_EQ(extract_period("En 138 apr\xC3\xA8s J.-C., l'empereur est malade."), (YearSpan{138, 138}));
  EXPECT_EQ(extract_period("C\xC3\xA4sar starb 44 v. Chr. in Rom."), (YearSpan{-44, -44}));
}

TEST(PeriodExtraction, ShortNumbersAreYearsOnlyInAnAncientSetting) {
  EXPECT_EQ(extract_period("Hadrian was born in 76 and became emperor in AD 117."), (YearSpan{76, 117}));
  EXPECT_EQ(extract_period("The band played in 76 towns in 1988."), (YearSpan{1988, 1988}));
}

TEST(PeriodExtraction, FragmentsAndOddInputAreHandled) {
  for (std::string_view text : {"(", ")", "1941-", "-1941", "AD", "44 BC-", "(1999", "1999)", "the 1930", "s", "'s",
                                "between 1941 and", "from 1941 to", "Further reading", "Comments", "\n\n\n",
                                "\xE2\x80\x93", "\xFF\xFE 1941", "of the Third", "century", "early century",
                                "the first half of the", "Second World", "1942\xE2\x80\x93"}) {
    const auto period = extract_period(text);
    if (period) {
      EXPECT_LE(period->start, period->end) << text;
    }
  }
  EXPECT_EQ(extract_period("\xFF\xFE In 1941 it began."), (YearSpan{1941, 1941}));
}

TEST(PeriodExtraction, NoYearGivesNothing) {
  EXPECT_FALSE(extract_period("A quiet novel about a family and a long winter."));
  EXPECT_FALSE(extract_period(""));
}

TEST(PeriodExtraction, PageNumbersAndCountsAreNotYears) {
  EXPECT_FALSE(extract_period("\"anyone can fall from favour\" (195) and later (11)"));
  EXPECT_FALSE(extract_period("the 900 days of the siege cost 1000 lives? no: 1500 soldiers"));
  EXPECT_FALSE(extract_period("It runs to 1,200 pages and costs $1999."));
  EXPECT_FALSE(extract_period("the 62nd Army and prisoner Shch-854"));
  EXPECT_FALSE(extract_period("ISBN 978-0-14-303943-3"));
  EXPECT_FALSE(extract_period("see p. 1942 and chapters 210-217; the clocks stopped at 1:17"));
}

TEST(PeriodExtraction, ThreeDigitYearsNeedContext) {
  EXPECT_FALSE(extract_period("there were 900 of them"));
  EXPECT_EQ(extract_period("Charlemagne was crowned in 800."), (YearSpan{800, 800}));
  EXPECT_EQ(extract_period("crowned AD 800"), (YearSpan{800, 800}));
  EXPECT_EQ(extract_period("Vikings raided in the 790s"), (YearSpan{790, 799}));
  EXPECT_EQ(extract_period("The king was baptised at Easter 627."), (YearSpan{627, 627}));
}

TEST(PeriodExtraction, FictionalCalendarsAreNotYears) {
  EXPECT_FALSE(extract_period("All this happens in the year 2941 of the Third Age."));
  EXPECT_FALSE(extract_period("The story runs from the year 412 of the Long Peace to its end."));
}

// ---- Years that are not the story's ----

TEST(PeriodExtraction, PublicationYearsAreIgnored) {
  EXPECT_EQ(extract_period("Set in 1917. The novel was first published in 1991 (Penguin, 1992)."), (YearSpan{1917, 1917}));
  EXPECT_EQ(extract_period("It takes place in 1917. \xC2\xA9 2009 the author. The 2010 edition has maps."),
            (YearSpan{1917, 1917}));
  EXPECT_FALSE(extract_period("first published 1998"));
  EXPECT_FALSE(extract_period("It was serialised between 1844 and 1846 and came out in 1851 (Vintage, 2004)."));
  EXPECT_FALSE(extract_period("Translated in 1985; my Penguin 2011 paperback is fine."));
  EXPECT_FALSE(extract_period("Das Buch erschien 2003, die \xC3\x9C" "bersetzung aus dem Jahr 2005."));
}

TEST(PeriodExtraction, PrizesFilmsAndTheReviewersReadingAreIgnored) {
  EXPECT_FALSE(extract_period("It won the Pulitzer Prize in 2007, and the 2009 film is decent."));
  EXPECT_FALSE(extract_period("It won the 2012 Pulitzer; Hitchcock's film won Best Picture in 1940."));
  EXPECT_EQ(extract_period("I first read this in 1995. It is set on a fishing boat in 1912."), (YearSpan{1912, 1912}));
}

TEST(PeriodExtraction, ACueReachesPastAnAsideButNotIntoTheStory) {
  EXPECT_FALSE(extract_period("Kafka wrote it in 1914 and 1915; Brod published it, against his wishes, in 1925."));
  EXPECT_EQ(extract_period("First published in 1947, the diary covers 1942 to 1944."), (YearSpan{1942, 1944}));
  EXPECT_EQ(extract_period("Eliot published it in 1871 and 1872 but set it in a town between 1829 and 1832."),
            (YearSpan{1829, 1832}));
}

TEST(PeriodExtraction, AParenthesisIsAClauseOfItsOwnUnlessItOpensWithAYear) {
  EXPECT_EQ(extract_period("The retreat in the winter of 1812. Published in 2004 (in the US as Moscow 1812)."),
            (YearSpan{1812, 1812}));
  EXPECT_FALSE(extract_period("I reread it when the films came out (2012-2014, far too long)."));
}

TEST(PeriodExtraction, YearsBesideThePublicationYearAreTheBooksHistory) {
  // The author's death two years before publication is not the story's time...
  EXPECT_EQ(extract_period("The battle of June 1942. When he died in 1980 he left a manuscript. Published in 1982."),
            (YearSpan{1942, 1942}));
  EXPECT_FALSE(extract_period("Le livre a paru en 1943 \xC3\xA0 New York. L'auteur a disparu en juillet 1944."));
  // ...but a year adjoining the story's other years is, and so is one the setting names.
  EXPECT_EQ(extract_period("He arrived in December 1936 and left in June 1937. It was published in 1938."),
            (YearSpan{1936, 1937}));
  EXPECT_EQ(extract_period("It opens in 1910 and the novel closes in 1940. It was serialised in 1941."),
            (YearSpan{1910, 1940}));
}

TEST(PeriodExtraction, TheAuthorsBirthAndDeathAreNotHistory) {
  const std::vector<std::string> authors = {"Nina Volk"};
  EXPECT_EQ(extract_period("It is the winter of 1812. Volk, born in 1961, spent years on it.", {.authors = authors}),
            (YearSpan{1812, 1812}));
  // Anyone else's birth is.
  EXPECT_EQ(extract_period("Her grandmother was born in 1909; in 1978 she left.", {.authors = authors}),
            (YearSpan{1909, 1978}));
}

TEST(PeriodExtraction, TheReviewsOwnDateIsIgnored) {
  EXPECT_EQ(extract_period("By Ann Lee \xC2\xB7 15 March 2021\n\nThe last months of Caesar, 45 BC to 44 BC.",
                           {.review_date = "2021-03-15"}),
            (YearSpan{-45, -44}));
  EXPECT_EQ(extract_period("The narrator was away all through 2021. We met on 15 March 2021.", {.review_date = "2021-03-15"}),
            (YearSpan{2021, 2021}));
  EXPECT_EQ(extract_period("Posted by Ann Lee on May 30, 2013\n\nIn November 1120 the White Ship sank."),
            (YearSpan{1120, 1120}));
}

TEST(PeriodExtraction, IsbnLinesAreSkipped) {
  EXPECT_EQ(extract_period("Barcelona, 1945.\n\nPlaneta, 2001. ISBN 978-84-08-04079-8. Translation (2004)."),
            (YearSpan{1945, 1945}));
}

TEST(PeriodExtraction, ReadingListsAreSkippedUntilTheProseResumes) {
  const std::string text =
      "Between 1933 and 1945 millions were killed.\n\n"
      "Further reading, if you have the stomach for it:\n"
      "THE GREAT TERROR by Robert Conquest (1968)\n"
      "\n"
      "RED FAMINE by Anne Applebaum (2017)\n";
  EXPECT_EQ(extract_period(text), (YearSpan{1933, 1945}));
  EXPECT_EQ(extract_period("Set in 1950.\n\nSee also:\nLucky Jim by Kingsley Amis (1954)\n\n"
                           "One more thing: the story's last chapter moves forward to 1953, and it is the best part of "
                           "the book, written with a tenderness that the rest of the novel never quite finds again."),
            (YearSpan{1950, 1953}));
  EXPECT_FALSE(extract_period("A fable.\nFor books on the famine see RED FAMINE by Anne Applebaum (2017)."));
}

TEST(PeriodExtraction, CommentsAndFootersAreSkipped) {
  EXPECT_EQ(extract_period("Set in 1666.\n\nComments (2)\n\nreader: I read it in 1999!\n"), (YearSpan{1666, 1666}));
  EXPECT_EQ(extract_period("Set in 1666.\n\nAll reviews \xC2\xA9 their authors. Site design 2007."), (YearSpan{1666, 1666}));
  EXPECT_EQ(extract_period("Set in 1666.\nPrivacy & Cookies: this site uses cookies since 2012."), (YearSpan{1666, 1666}));
}

TEST(PeriodExtraction, CitationsAreNeverAPeriodOnTheirOwn) {
  EXPECT_FALSE(extract_period("After Cloud Atlas (2004), a quieter novel with no dates at all."));
  EXPECT_EQ(extract_period("It begins in the summer of 1799. After Cloud Atlas (2004) it is a surprise. It ends in 1817."),
            (YearSpan{1799, 1817}));
}

// ---- Eras and centuries ----

TEST(PeriodExtraction, NamedErasDateATextWithoutYears) {
  EXPECT_EQ(extract_period("A bombardier on a Mediterranean island during the Second World War."), (YearSpan{1939, 1945}));
  EXPECT_EQ(extract_period("The filthiest streets of Victorian London."), (YearSpan{1837, 1901}));
  EXPECT_EQ(extract_period("Three families through the Dust Bowl and the Great Depression."), (YearSpan{1929, 1939}));
  EXPECT_EQ(extract_period("Ein Roman \xC3\xBC" "ber den Zweiten Weltkrieg."), (YearSpan{1939, 1945}));
}

TEST(PeriodExtraction, LowerCaseCommonWordsAreNotEras) {
  EXPECT_FALSE(extract_period("a cold war between the sisters, and a renaissance of her old talent"));
}

TEST(PeriodExtraction, AnEraFramingAYearOfItsSentenceYieldsToIt) {
  EXPECT_EQ(extract_period("It is November 1960, the height of the Cold War."), (YearSpan{1960, 1960}));
  EXPECT_EQ(extract_period("Kristin dies when the Black Death reaches Norway in 1349."), (YearSpan{1349, 1349}));
}

TEST(PeriodExtraction, AnEraAroundTheYearsAddsNothingButOneBeyondThemExtendsThem) {
  EXPECT_EQ(extract_period("The novel is set in 1973. Its real subject is the Cold War."), (YearSpan{1973, 1973}));
  EXPECT_EQ(extract_period("In May 1910 the kings rode behind the coffin. The first month of the First World War "
                           "ends the book."),
            (YearSpan{1910, 1918}));
}

TEST(PeriodExtraction, ACustomGazetteerReplacesTheDefault) {
  auto custom = eras::parse_gazetteer("Age of Sail\t1571\t1862\n");
  ASSERT_TRUE(custom.ok()) << custom.error().message;
  EXPECT_EQ(extract_period("A novel of the Age of Sail.", {.gazetteer = &*custom}), (YearSpan{1571, 1862}));
  EXPECT_FALSE(extract_period("A novel of the Second World War.", {.gazetteer = &*custom}));
}

TEST(PeriodExtraction, PartsOfCenturiesCountAlongsideYears) {
  EXPECT_EQ(extract_period("In Norway in the first half of the fourteenth century. She dies in 1349."),
            (YearSpan{1300, 1349}));
  EXPECT_EQ(extract_period("The book moves through the first half of the 1500s at a trot."), (YearSpan{1500, 1549}));
}

TEST(PeriodExtraction, AVagueSpanFramingAYearOfItsSentenceYieldsToIt) {
  EXPECT_EQ(extract_period("It opens in the early seventh century, around 617. By the early 630s she is powerful."),
            (YearSpan{617, 632}));
}

TEST(PeriodExtraction, BareCenturiesCountOnlyWithoutYearsOrEras) {
  EXPECT_EQ(extract_period("a novel of the nineteenth century"), (YearSpan{1800, 1899}));
  EXPECT_EQ(extract_period("a novel of the 19th-century stage, set in 1850"), (YearSpan{1850, 1850}));
  EXPECT_EQ(extract_period("No better way to spend an hour in the seventeenth century: from 1660 to 1669."),
            (YearSpan{1660, 1669}));
  EXPECT_EQ(extract_period("A sailing adventure set in the 1500s."), (YearSpan{1500, 1599}));
}

// ---- The dense core ----

TEST(PeriodExtraction, DistantSingleMentionIsDropped) {
  const std::string text =
      "Napoleon had failed in 1812. In 1941 the Germans came; by 1942 the city was starving; in 1943 the "
      "blockade was broken and in 1944 it was lifted. The survivors remembered 1942 forever.";
  EXPECT_EQ(extract_period(text), (YearSpan{1941, 1944}));
}

TEST(PeriodExtraction, WideSpreadWithoutOutliersIsKept) {
  const std::string text = "From 753 BC to 509 BC the kings ruled; Caesar died in 44 BC; by AD 212 all were citizens.";
  EXPECT_EQ(extract_period(text), (YearSpan{-753, 212}));
}

TEST(PeriodExtraction, AFlashbackIsDroppedMoreReadilyThanAnEpilogue) {
  EXPECT_EQ(extract_period("It is March 1953 and the leader is dying. Her father had been shot in 1931."),
            (YearSpan{1953, 1953}));
  EXPECT_EQ(extract_period("May 1860: the prince says his rosary. The last pages leap forward to 1910."),
            (YearSpan{1860, 1910}));
}

TEST(PeriodExtraction, WhatTheStoryIsSetInIsNeverAnOutlier) {
  const std::string text =
      "The first story is set in Amiens in 1910. The second follows an officer from 1916 to 1918, through "
      "1 July 1916 and the mines of November 1918. The third story, set in 1978 and 1979, is thin.";
  EXPECT_EQ(extract_period(text), (YearSpan{1910, 1979}));
}

}  // namespace
}  // namespace lectern::indexer

namespace lectern::indexer {
namespace {

TEST(PeriodExtraction, EndlessDigitRunsAreNotYears) {
  EXPECT_FALSE(extract_period("Serial 19441941194419411s and 1234567890123 and 99999999999er.").has_value());
  EXPECT_EQ(extract_period("In 1942, code 19441941194419411s was sent."), (YearSpan{1942, 1942}));
}

// ---- Mentions that are not the story's (held-out failure classes) ----

TEST(PeriodText, FilmWithItsMakersNamedBetweenYearAndWordIsNotTheStory) {
  EXPECT_EQ(extract_period("The siege is set in 1704. It is darker than the 1987 Ruth Oduya film of it."),
            (YearSpan{1704, 1704}));
}

TEST(PeriodText, FilmedItIsAnAdaptation) {
  EXPECT_EQ(extract_period("The novel opens in 1682 on the coast. A director filmed it in 1988 with a great cast."),
            (YearSpan{1682, 1682}));
}

TEST(PeriodText, StandInAfterAColonTakesTheCueNamedBefore) {
  EXPECT_EQ(extract_period("The revolt runs from 1640 to 1648. Three films: the 1931 silent version, the 1958 "
                           "one with a famous lead and a 1999 remake."),
            (YearSpan{1640, 1648}));
}

TEST(PeriodText, ReviewersOwnReadingIsNotTheStory) {
  EXPECT_EQ(extract_period("A plague empties the cities in the near future. Published in 2009, it made reading it in "
                           "2022 strange."),
            std::nullopt);
}

TEST(PeriodText, SequelIsAnotherBook) {
  EXPECT_EQ(extract_period("The war reaches the village in 1916. The sequel, Long Field, came in 1931."),
            (YearSpan{1916, 1916}));
}

TEST(PeriodText, WonThePrizeIsNotTheStory) {
  EXPECT_EQ(extract_period("The poem is set in the fifth century. It won the Orrin Medal of the Year for 1996."),
            (YearSpan{400, 499}));
}

TEST(PeriodText, TheManuscriptsHistoryIsNotTheStory) {
  EXPECT_EQ(extract_period("The saga is set in the ninth century. The only manuscript was copied in 1290 and later "
                           "survived a flood in the library in 1702."),
            (YearSpan{800, 899}));
}

TEST(PeriodText, TheBookIsFromAYearIsItsPublication) {
  EXPECT_EQ(extract_period("The legion marches north in AD 312. The prose is plain (the book is from 1962)."),
            (YearSpan{312, 312}));
}

TEST(PeriodText, ContractionBeforeAYearIsNotAPageReference) {
  EXPECT_EQ(extract_period("It's 1948 and the harbour town is rebuilding."), (YearSpan{1948, 1948}));
}

TEST(PeriodText, CitedWorksNeverStretchTheStory) {
  EXPECT_EQ(extract_period("It is 1931 in the valley. She went back to the valley in Orchard (2009) and Frost (2016)."),
            (YearSpan{1931, 1931}));
}

TEST(PeriodText, EraInsideACitedTitleIsAnotherBooksSubject) {
  EXPECT_EQ(extract_period("The raid comes in AD 367. For the background, try Ann Lee's The Fall of the Roman "
                           "Empire (1999)."),
            (YearSpan{367, 367}));
}

TEST(PeriodText, CenturyRefinesTheEraAroundIt) {
  EXPECT_EQ(extract_period("A young officer serves in Roman Britain in the third century AD."), (YearSpan{200, 299}));
}

}  // namespace
}  // namespace lectern::indexer
