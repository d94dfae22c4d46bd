// What each year in a review is about: only setting evidence makes a period, and every mention
// of time is reported with its role. Fixtures in our own words.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lectern/indexer/extract.h"
#include "period.h"

namespace lectern::indexer {
namespace {

const PeriodEvidence* evidence_for(const PeriodReading& reading, std::string_view text) {
  const auto found = std::find_if(reading.evidence.begin(), reading.evidence.end(),
                                  [&](const PeriodEvidence& item) { return item.text == text; });
  return found == reading.evidence.end() ? nullptr : &*found;
}

TEST(PeriodRoles, YearsAtTheReviewsOwnDateAreTheReadingNotTheStory) {
  const auto reading = read_period("I finally read this in the spring of 2021, on holiday. A quiet novel of a marriage.",
                                   {.review_date = "2021-06-02"});
  EXPECT_FALSE(reading.period);
  const PeriodEvidence* year = evidence_for(reading, "2021");
  ASSERT_NE(year, nullptr);
  EXPECT_EQ(year->role, "review date");
  EXPECT_EQ(year->weight, 0);
}

TEST(PeriodRoles, RecentYearsFramedAsTheStoryStillCount) {
  EXPECT_EQ(read_period("A novel set in 2019, in a small town.", {.review_date = "2020-03-01"}).period, (YearSpan{2019, 2019}));
  EXPECT_EQ(read_period("It follows a canvasser through the 2019 election.", {.review_date = "2020-03-01"}).period,
            (YearSpan{2019, 2019}));
}

TEST(PeriodRoles, YearsAfterTheReviewAreAFutureNotHistory) {
  const auto reading = read_period("In 2101 the colony ships leave a drowned Earth.", {.review_date = "2020-01-01"});
  EXPECT_FALSE(reading.period);
  ASSERT_NE(evidence_for(reading, "2101"), nullptr);
  EXPECT_EQ(evidence_for(reading, "2101")->role, "future");
}

TEST(PeriodRoles, CenturyAsALabelForWritingIsNotATime) {
  const auto reading = read_period("One of the great works of 20th-century literature, about a devil in a city.");
  EXPECT_FALSE(reading.period);
  ASSERT_NE(evidence_for(reading, "20th-century"), nullptr);
  EXPECT_EQ(evidence_for(reading, "20th-century")->role, "literary label");
  EXPECT_TRUE(read_period("A history of seventeenth century scientific thought and intrigue.").period)
      << "the century of what the book is about stays";
}

TEST(PeriodRoles, TheBooksPublicationYearFromMetadataSpeaksOfTheBook) {
  const auto reading = read_period("The world-building is remarkable for 1937: a whole secondary world.",
                                   {.publication_year = 1937});
  EXPECT_FALSE(reading.period);
  EXPECT_EQ(evidence_for(reading, "1937")->role, "publication");
}

TEST(PeriodRoles, PlaceAndYearInACitationAreItsPublication) {
  const auto reading = read_period("Jo Park, The Salt Trade, 1400-1550, (London, 2017). A history of the salt roads.");
  EXPECT_EQ(reading.period, (YearSpan{1400, 1550}));
  EXPECT_EQ(evidence_for(reading, "2017")->role, "publication");
}

TEST(PeriodRoles, LinesCitingOtherBooksAreTheirs) {
  const auto reading = read_period(
      "The novel follows a doctor in Leningrad in 1952.\n\n"
      "For the siege see LENINGRAD, 1941-1944 by Ann Reid; THE 900 DAYS by Harry Salt.\n");
  EXPECT_EQ(reading.period, (YearSpan{1952, 1952}));
}

TEST(PeriodRoles, InspectGivesTheEvidenceOfEveryReview) {
  auto reviews = extract_bytes("Night Ferry by Ana Ruiz\n\nThe novel is set in Lisbon in 1755, the year of the earthquake, "
                               "and was published in 1998.\n",
                               "txt", "/r/night-ferry.txt", {});
  ASSERT_TRUE(reviews);
  const Review& review = reviews->front();
  EXPECT_EQ(review.period, (YearSpan{1755, 1755}));
  const auto roles = [&](std::string_view text) {
    for (const auto& item : review.period_evidence) {
      if (item.text == text) return item.role;
    }
    return std::string("(none)");
  };
  EXPECT_EQ(roles("1755"), "setting");
  EXPECT_EQ(roles("1998"), "publication");
}

}  // namespace
}  // namespace lectern::indexer

namespace lectern::indexer {
namespace {

TEST(PeriodInOtherLanguages, CenturiesWrittenAsRomanOrGermanOrdinals) {
  EXPECT_EQ(read_period("La novela transcurre en el siglo XIX en Sevilla.").period, (YearSpan{1800, 1899}));
  EXPECT_EQ(read_period("Der Roman spielt im 19. Jahrhundert in Wien.").period, (YearSpan{1800, 1899}));
  EXPECT_EQ(read_period("Un roman du XVIIIe siècle, à Paris.").period, (YearSpan{1700, 1799}));
  EXPECT_EQ(read_period("Il romanzo è ambientato nel XVI secolo a Firenze.").period, (YearSpan{1500, 1599}));
  EXPECT_EQ(read_period("Der Roman spielt in den 1930er Jahren in Berlin.").period, (YearSpan{1930, 1939}));
  EXPECT_EQ(read_period("Le roman se déroule dans les années 1940 à Lyon.").period, (YearSpan{1940, 1949}));
}

TEST(PeriodRoles, TwoPartsOfADecadeOrCenturyJoinedByAndCoverBoth) {
  EXPECT_EQ(read_period("Pictures of early and mid 1800s New York and its caves.").period, (YearSpan{1800, 1866}));
  EXPECT_EQ(read_period("A story of the mid to late 1930s in Vienna.").period, (YearSpan{1933, 1939}));
}

TEST(PeriodRoles, ABareNameThatEndsAnotherErasNameRefersBackToIt) {
  const auto reading = read_period(
      "A history of the Northern Crusades. Unlike those in the Holy Land, these crusades were fought on the Baltic.");
  EXPECT_EQ(reading.period, (YearSpan{1147, 1410}));
  ASSERT_NE(evidence_for(reading, "crusades"), nullptr);
  EXPECT_EQ(evidence_for(reading, "crusades")->role, "other");
}

TEST(PeriodRoles, AShortNumberBeforeAPluralCountsThings) {
  EXPECT_FALSE(read_period("His life told in 100 Anecdotes, from a farmhouse to exile.").period);
  EXPECT_EQ(read_period("Rome was sacked in 410 by the Visigoths.").period, (YearSpan{410, 410}));
}

TEST(PeriodRoles, ACenturyThatReachesBeyondTheYearsExtendsThePeriod) {
  // A man's hundredth birthday in 2005, told back through the century he lived.
  EXPECT_EQ(read_period("On his hundredth birthday in 2005 he climbs out of the window. Flashbacks cross the "
                        "whole twentieth century.")
                .period,
            (YearSpan{1900, 2005}));
  // A century that only frames the years adds nothing.
  EXPECT_EQ(read_period("In the nineteenth century, in 1848, revolution came to Vienna.").period, (YearSpan{1848, 1848}));
}

TEST(PeriodRoles, WhenTheWorkWasWrittenIsNotItsPeriod) {
  const auto reading = read_period("Written in the 1970s and republished in 1990, these are tales of a village.");
  EXPECT_FALSE(reading.period);
}

TEST(PeriodRoles, ABiographyWhoseReviewGivesNoDatesTakesItsSubjectsLife) {
  auto people = eras::parse_gazetteer("Ada Byron | Ada Lovelace\t1815\t1852\n");
  ASSERT_TRUE(people.ok()) << people.error().message;
  const PeriodContext context{.title = "Ada Lovelace: A Life", .people = &*people};
  const auto reading = read_period("A warm, clear account of a mathematician and her engines.", context);
  EXPECT_EQ(reading.period, (YearSpan{1815, 1852}));
  ASSERT_NE(evidence_for(reading, "Ada Lovelace"), nullptr);
  EXPECT_EQ(evidence_for(reading, "Ada Lovelace")->role, "title subject");
  // The review's own dates win over the life: a novel about one year of it.
  EXPECT_EQ(read_period("The novel follows her through the summer of 1843.", context).period, (YearSpan{1843, 1843}));
  // A one-word name counts only as a whole part of the title: not "The Lovelace Engine".
  auto surnames = eras::parse_gazetteer("Lovelace\t1815\t1852\n");
  ASSERT_TRUE(surnames.ok());
  EXPECT_FALSE(read_period("A novel.", {.title = "The Lovelace Engine", .people = &*surnames}).period);
  EXPECT_EQ(read_period("A life.", {.title = "Lovelace: A Life", .people = &*surnames}).period, (YearSpan{1815, 1852}));
  // A title naming no one known gives nothing.
  EXPECT_FALSE(read_period("A warm account.", {.title = "Engines", .people = &*people}).period);
}

TEST(PeriodRoles, APossessorInTheTitleOrTheOpeningCitationIsItsSubject) {
  auto people = eras::parse_gazetteer("Ada Lovelace | Lovelace\t1815\t1852\n");
  ASSERT_TRUE(people.ok()) << people.error().message;
  EXPECT_EQ(read_period("A history of the salons.", {.title = "Lovelace's London", .people = &*people}).period,
            (YearSpan{1815, 1852}));
  EXPECT_EQ(read_period("A history of the salons.", {.title = "Lovelace\xE2\x80\x99s London", .people = &*people}).period,
            (YearSpan{1815, 1852}))
      << "a typographic apostrophe too";
  // A reading list whose entry opens with the citation: the heading has only the short title.
  const std::vector<std::string> authors{"Jo Park"};
  const PeriodContext context{.authors = authors, .title = "Salons", .people = &*people};
  EXPECT_EQ(read_period("Jo Park, Salons, Money and Wit in Lovelace's London, (Leeds, 2017). A good read.", context).period,
            (YearSpan{1815, 1852}));
  EXPECT_FALSE(read_period("A good read about Lovelace's London and its salons.", context).period)
      << "a name in the review's prose is not the title's";
}

TEST(PeriodRoles, AKingNamedInThePlayIsItsReign) {
  EXPECT_EQ(read_period("The Welsh rebellion that King Henry IV is dealing with drives the plot.").period,
            (YearSpan{1399, 1413}));
}

TEST(PeriodRoles, HistoryEndsAtTheReviewsOwnYear) {
  EXPECT_EQ(read_period("A segmented history of the chapter from the fifteenth century to the twenty-first century.",
                        {.review_date = "2024-05-01"})
                .period,
            (YearSpan{1400, 2024}));
  EXPECT_EQ(read_period("A survey of the twenty-first century so far.", {}).period, (YearSpan{2000, 2099}))
      << "without a review date nothing is cut";
}

TEST(PeriodRoles, AComparisonWithAnotherTimeIsNotTheStorysTime) {
  const auto reading = read_period(
      "The novel is set in the winter of 1952. The family fears arrest, as occurred during the purges of the 1930s, "
      "and the author shows a sound knowledge of the history of the 1920s.");
  ASSERT_TRUE(reading.period);
  EXPECT_EQ(*reading.period, (YearSpan{1952, 1952}));
  ASSERT_NE(evidence_for(reading, "1930s"), nullptr);
  EXPECT_EQ(evidence_for(reading, "1930s")->role, "other");
  EXPECT_EQ(evidence_for(reading, "1920s")->role, "other");
}

TEST(PeriodRoles, AnEarlyMedievalRangeNeedsNoEraMarker) {
  EXPECT_EQ(read_period("Ann Reid, The Raiders, War and Peace in the North Sea, 789-955, (London, 2018).").period,
            (YearSpan{789, 955}));
  EXPECT_FALSE(read_period("The essays run to 150-200 pages each and are worth it.").period) << "counts things";
  EXPECT_FALSE(read_period("The vote went 212-218 in the end, a tale of one council.").period) << "too narrow a span";
}

TEST(PeriodRoles, YearsLaterCarryTheStoryOnFromTheYearItNamed) {
  EXPECT_EQ(read_period("In 1714 she makes a pact. Three hundred years later she meets a man who remembers her.").period,
            (YearSpan{1714, 2014}));
  EXPECT_EQ(read_period("Seit sie im Jahre 1714 einen Pakt geschlossen hat, ist sie allein. Bis sie dreihundert "
                        "Jahre später in New York einen Mann trifft.")
                .period,
            (YearSpan{1714, 2014}));
  EXPECT_EQ(read_period("The war ends in 1945; twenty years later the son comes home.").period, (YearSpan{1945, 1965}));
  EXPECT_FALSE(read_period("Many years later I still think of this book.").period) << "no year to count from";
  EXPECT_EQ(read_period("Born in 1921 in a mountain village, she was a singer by 1940. The book follows her to her "
                        "eighty-seventh birthday.")
                .period,
            (YearSpan{1921, 2008}));
  EXPECT_EQ(read_period("Born in 1921, she sang in Milan in 1950 and retired before her 70th birthday.").period,
            (YearSpan{1921, 1991}));
}

TEST(PeriodRoles, AuthorPublisherAndYearInAListAreACitation) {
  const auto reading = read_period("+ King of the Oak, by Jo Maddox Reid, Tor, 1986. A Roman mystery, great fun.",
                                   {.authors = std::vector<std::string>{"Jo Maddox Reid"}});
  EXPECT_FALSE(reading.period);
  ASSERT_NE(evidence_for(reading, "1986"), nullptr);
  EXPECT_EQ(evidence_for(reading, "1986")->role, "publication");
}

TEST(PeriodRoles, ThePublicationYearStaysTheBooksBesideItsPeople) {
  const auto reading = read_period("The novel was scandalous in 1890, with its amoral protagonist.",
                                   {.publication_year = 1890});
  EXPECT_FALSE(reading.period);
  EXPECT_EQ(evidence_for(reading, "1890")->role, "publication");
  EXPECT_EQ(read_period("The novel is set in 1890, when its protagonist comes to London.", {.publication_year = 1890}).period,
            (YearSpan{1890, 1890}))
      << "a setting sentence still claims it";
}

TEST(PeriodRoles, ANarrowerEraInTheSameSentenceRefinesAWiderOne) {
  EXPECT_EQ(read_period("Historical fantasy: it takes place in the Roman Empire while Tiberius is emperor.").period,
            (YearSpan{14, 37}));
  EXPECT_EQ(read_period("Set during the Civil War, among Confederate deserters in Texas.").period,
            (YearSpan{1861, 1865}))
      << "the Civil War that Confederates fought";
}

TEST(PeriodRoles, EventNamesMatchInLowerCaseAndRefineTheCenturyAroundThem) {
  EXPECT_EQ(read_period("An account of the first crusade in the late 11th century, told from both sides.").period,
            (YearSpan{1096, 1099}));
  EXPECT_EQ(read_period("A boy grows up during the second world war in a seaside town.").period, (YearSpan{1939, 1945}));
  EXPECT_FALSE(read_period("A cold war between two sisters over their mother's house.").period)
      << "names an ordinary phrase shares still need their capitals";
}

// Every role a year can have, each in a fixture of our own: the role inspect --json reports.
TEST(PeriodRoles, EveryMentionOfTimeGetsTheRoleItsContextGives) {
  struct Case {
    std::string text;
    std::string mention;
    std::string role;
  };
  const std::vector<Case> cases = {
      {"The novel is set in 1952, in a cold city.", "1952", "setting"},
      {"First published in 1962, it has never been out of print. A quiet story.", "1962", "publication"},
      {"The 2011 edition has a new preface. A quiet story.", "2011", "publication"},
      {"It won the Pulitzer Prize in 1953. A quiet story of a farm.", "1953", "prize"},
      {"The 1992 film changed the ending. A quiet story of a farm.", "1992", "adaptation"},
      {"Its sequel appeared later; the sequel of 1975 is weaker. A farm story.", "1975", "another work"},
      {"I first read this in 1995 on a long train. A farm story.", "1995", "reading"},
      {"Volk, born in 1961, writes about farms. A quiet story.", "1961", "author's life"},
      {"Cloud Atlas (2004) comes to mind. A quiet farm story.", "2004", "citation"},
      {"See p. 1204 for the map. A quiet farm story.", "1204", "page or reference"},
      {"An army of 1500 men crosses the river. A farm story.", "1500", "quantity"},
      {"Read more at https://example.org/2022/11/02/farm-story.html about the farm.", "2022", "url"},
      {"Twentieth-century literature at its quietest: a farm story.", "Twentieth-century", "literary label"},
      {"A farm story. For the war consult THE LONG WAR, 1914-1918 by Jo Park.", "1914-1918", "bibliography"},
      {"Her fear, as occurred during the purges of the 1930s, is a farm story.", "1930s", "other"},
  };
  for (const Case& c : cases) {
    const auto reading = read_period(c.text, {.authors = std::vector<std::string>{"Ann Volk"}});
    const PeriodEvidence* found = evidence_for(reading, c.mention);
    ASSERT_NE(found, nullptr) << c.text;
    EXPECT_EQ(found->role, c.role) << c.text;
    if (c.role != "setting") {
      EXPECT_FALSE(reading.period) << c.text << ": only the story's time makes a period";
    }
  }
  // The review's own date, written as a date, and a line that is not the review's prose.
  const auto dated = read_period("A quiet farm story, finished in the garden on 3 May 2021.", {.review_date = "2021-05-03"});
  ASSERT_NE(evidence_for(dated, "2021"), nullptr);
  EXPECT_EQ(evidence_for(dated, "2021")->role, "review date");
  const auto listed = read_period("A quiet farm story.\n\nFurther reading\n\nThe Farm Years, 1930-1950, by Jo Park\n");
  EXPECT_FALSE(listed.period);
  ASSERT_NE(evidence_for(listed, "1930"), nullptr);
  EXPECT_EQ(evidence_for(listed, "1930")->role, "outside the review");
}

TEST(PeriodRoles, ATimeToldRelativeToAnEraIsItsEndOrItsStart) {
  EXPECT_EQ(read_period("The paranoia that followed the war: following World War II until Stalin's death.").period,
            (YearSpan{1945, 1953}));
  EXPECT_EQ(read_period("Set in Texas in the aftermath of the Civil War, among Confederate deserters.").period,
            (YearSpan{1865, 1865}));
  EXPECT_EQ(read_period("A family on the eve of the First World War.").period, (YearSpan{1914, 1914}));
  EXPECT_EQ(read_period("Spies in the early 1960s, not long after the Berlin Wall went up in August 1961.").period,
            (YearSpan{1960, 1962}))
      << "a bare \"after\" may name the era's own beginning";
}

}  // namespace
}  // namespace lectern::indexer
