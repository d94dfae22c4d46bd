#include "lectern/common/eras.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "test_support.h"

namespace lectern::eras {
namespace {

// The names found in `text`, each as the text writes it.
std::vector<std::string> found(const Gazetteer& gazetteer, std::string_view text) {
  std::vector<std::string> names;
  for (const EraMention& mention : gazetteer.find_mentions(text)) names.emplace_back(text.substr(mention.offset, mention.length));
  return names;
}

Gazetteer parse_ok(std::string_view text) {
  auto gazetteer = parse_gazetteer(text);
  EXPECT_TRUE(gazetteer.ok()) << (gazetteer.ok() ? "" : gazetteer.error().message);
  return gazetteer.ok() ? std::move(gazetteer).value() : Gazetteer{};
}

// The years of the first era `text` names, or nullopt.
std::optional<YearSpan> first_era_years(const Gazetteer& gazetteer, std::string_view text) {
  const std::vector<EraMention> mentions = gazetteer.find_mentions(text);
  if (mentions.empty()) return std::nullopt;
  return mentions.front().era->years;
}

std::string error_of(std::string_view text) {
  auto gazetteer = parse_gazetteer(text);
  return gazetteer.ok() ? "(parsed)" : gazetteer.error().message;
}

TEST(Gazetteer, ParsesNamesAliasesAndYears) {
  const Gazetteer gazetteer = parse_ok(
      "# comment\n"
      "\n"
      "Second World War | WWII | World War Two\t1939\t1945\r\n"
      "Roman Republic\t509 BC\t-27\n"
      "Norman Conquest\t1066\n"
      "Holy Roman Empire\t-\t-\n");
  ASSERT_EQ(gazetteer.eras().size(), 4u);
  const Era& war = gazetteer.eras()[0];
  EXPECT_EQ(war.name, "Second World War");
  EXPECT_EQ(war.aliases, (std::vector<std::string>{"Second World War", "WWII", "World War Two"}));
  EXPECT_EQ(war.years, (YearSpan{1939, 1945}));
  EXPECT_EQ(war.line, 3);
  EXPECT_EQ(gazetteer.eras()[1].years, (YearSpan{-509, -27}));
  EXPECT_EQ(gazetteer.eras()[2].years, (YearSpan{1066, 1066}));
  EXPECT_FALSE(gazetteer.eras()[3].years);
}

TEST(Gazetteer, MalformedLinesAreReportedWithTheirLineNumber) {
  EXPECT_EQ(error_of("Cold War\t1947\t1991\nBlitz 1940 1941\n"),
            "line 2: expected `names<TAB>start<TAB>end[<TAB>context]` (columns separated by tab characters), found 1 column");
  EXPECT_EQ(error_of("Cold War\t19x7\t1991\n"), "line 1: start year `19x7` is not a year (write 1939, -44 or 44 BC)");
  EXPECT_EQ(error_of("Cold War\t1991\t1947\n"), "line 1: end year 1947 is before start year 1991");
  EXPECT_EQ(error_of("Cold War | \t1947\t1991\n"), "line 1: an empty name (check the `|` separators)");
  EXPECT_EQ(error_of("Holy Roman Empire\t-\t1806\n"), "line 1: `-` (not a period) must be in both year columns");
  EXPECT_EQ(error_of("Great War\t1914\t1918\n\nGreat War\t1939\t1945\n"),
            "line 3: `Great War` is already a name of `Great War` (line 1)");
}

TEST(Gazetteer, LookupIgnoresCaseDiacriticsArticleAndEraWord) {
  const Gazetteer gazetteer = parse_ok(
      "Second World War | WWII\t1939\t1945\n"
      "Victorian era | Victorian England\t1837\t1901\n"
      "Hundred Years' War\t1337\t1453\n"
      "Belle Époque\t1871\t1914\n");
  for (std::string_view name : {"second world war", "The Second-World-War", "wwii", "SECOND_WORLD WAR"}) {
    ASSERT_NE(gazetteer.find(name), nullptr) << name;
    EXPECT_EQ(gazetteer.find(name)->name, "Second World War");
  }
  ASSERT_NE(gazetteer.find("victorian"), nullptr);
  EXPECT_EQ(gazetteer.find("the Victorian period")->name, "Victorian era");
  ASSERT_NE(gazetteer.find("hundred years war"), nullptr);
  ASSERT_NE(gazetteer.find("belle epoque"), nullptr);
  EXPECT_EQ(gazetteer.find("Third World War"), nullptr);
  EXPECT_EQ(gazetteer.find(""), nullptr);
}

TEST(Gazetteer, FindsMentionsByWholeWordsWithOffsets) {
  const Gazetteer gazetteer = parse_ok("Second World War | WWII\t1939\t1945\nCold War\t1947\t1991\n");
  const std::string text = "After the Second World War came the Cold War; WWII veterans, not WWIII.";
  const auto mentions = gazetteer.find_mentions(text);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].era->name, "Second World War");
  EXPECT_EQ(text.substr(mentions[0].offset, mentions[0].length), "Second World War");
  EXPECT_EQ(mentions[1].era->name, "Cold War");
  EXPECT_EQ(text.substr(mentions[2].offset, mentions[2].length), "WWII");
}

TEST(Gazetteer, CapitalisedWordsMustBeCapitalisedInTheText) {
  const Gazetteer gazetteer = parse_ok(
      "Cold War\t1947\t1991\nRenaissance\t1400\t1600\nsiege of Leningrad\t1941\t1944\napartheid\t1948\t1994\n");
  EXPECT_EQ(found(gazetteer, "a cold war between the sisters, a renaissance of interest"), std::vector<std::string>{});
  EXPECT_EQ(found(gazetteer, "THE COLD WAR and the Renaissance"), (std::vector<std::string>{"COLD WAR", "Renaissance"}));
  EXPECT_EQ(found(gazetteer, "the Siege of Leningrad; the siege of Leningrad; the siege of leningrad"),
            (std::vector<std::string>{"Siege of Leningrad", "siege of Leningrad"}));
  EXPECT_EQ(found(gazetteer, "life under Apartheid and under apartheid"), (std::vector<std::string>{"Apartheid", "apartheid"}));
}

TEST(Gazetteer, LongestNameWinsAndUndatedPhrasesHideWhatTheyContain) {
  const Gazetteer gazetteer = parse_ok(
      "Renaissance\t1400\t1600\nHarlem Renaissance\t1918\t1937\nRoman Empire\t-27\t476\nHoly Roman Empire\t-\t-\n");
  const auto mentions = gazetteer.find_mentions("the Harlem Renaissance, the Holy Roman Empire, the Roman Empire");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].era->name, "Harlem Renaissance");
  EXPECT_EQ(mentions[1].era->name, "Roman Empire");
}

TEST(Gazetteer, NamesDoNotMatchAcrossPunctuation) {
  const Gazetteer gazetteer = parse_ok("Cold War\t1947\t1991\nHundred Years' War\t1337\t1453\n");
  EXPECT_EQ(found(gazetteer, "It was Cold. War came."), std::vector<std::string>{});
  EXPECT_EQ(found(gazetteer, "the Hundred Years\xE2\x80\x99 War and the Hundred Years War"),
            (std::vector<std::string>{"Hundred Years\xE2\x80\x99 War", "Hundred Years War"}));
}

TEST(Gazetteer, DiacriticsAndHyphensAreFolded) {
  const Gazetteer gazetteer = parse_ok("Belle Époque\t1871\t1914\nFranco-Prussian War\t1870\t1871\n");
  EXPECT_EQ(found(gazetteer, "la Belle Epoque; the Franco\xE2\x80\x93Prussian War"),
            (std::vector<std::string>{"Belle Epoque", "Franco\xE2\x80\x93Prussian War"}));
}

TEST(Gazetteer, AmbiguousNameIsTheEraWhoseContextTheTextNames) {
  const Gazetteer gazetteer = parse_ok(
      "Civil War\t1861\t1865\tConfederate | Union army\n"
      "Civil War\t1642\t1651\tCromwell | Roundheads\n");
  auto years_in = [&gazetteer](std::string_view text) { return first_era_years(gazetteer, text); };
  EXPECT_EQ(years_in("Set after the Civil War, among Confederate deserters."), (YearSpan{1861, 1865}));
  EXPECT_EQ(years_in("The Roundheads march on; the Civil War is lost for the King."), (YearSpan{1642, 1651}));
  EXPECT_EQ(years_in("A Union army surgeon remembers the Civil War."), (YearSpan{1861, 1865}));
  // Without a telling word the name dates nothing, and context words must be whole words.
  EXPECT_EQ(years_in("A family torn apart by the Civil War."), std::nullopt);
  EXPECT_EQ(years_in("A Cromwellian sort of Civil War"), std::nullopt) << "Cromwellian is not Cromwell";
  EXPECT_EQ(years_in("Cromwell's Civil War"), (YearSpan{1642, 1651})) << "a possessive names the word";
  // A bare name cannot say which war is meant, so a query's era look-up leaves it alone.
  EXPECT_EQ(gazetteer.find("Civil War"), nullptr);
  EXPECT_EQ(gazetteer.eras()[1].context, (std::vector<std::string>{"Cromwell", "Roundheads"}));
  EXPECT_EQ(error_of("Civil War\t1861\t1865\tConfederate | \n"), "line 1: an empty context word (check the `|` separators)");
}

TEST(DefaultGazetteer, TellsTheCivilWarsAndRevolutionsApartByContext) {
  const Gazetteer& gazetteer = default_gazetteer();
  auto first_years = [&gazetteer](std::string_view text) { return first_era_years(gazetteer, text); };
  EXPECT_EQ(first_years("In the aftermath of the Civil War, Confederate soldiers drift west."), (YearSpan{1861, 1865}));
  EXPECT_EQ(first_years("Franco's men close in as the Civil War ends."), (YearSpan{1936, 1939}));
  EXPECT_EQ(first_years("Before the Revolution, Robespierre was a provincial lawyer."), (YearSpan{1789, 1799}));
  EXPECT_EQ(first_years("The Revolution has come; Lenin returns by sealed train."), (YearSpan{1917, 1917}));
  EXPECT_EQ(first_years("The English Civil War, told by a Royalist."), (YearSpan{1642, 1651}));
}

TEST(DefaultGazetteer, ParsesAndCoversTheMainEras) {
  auto parsed = parse_gazetteer(testing::read_file(testing::source_dir() / "common/data/eras.tsv"));
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const Gazetteer& gazetteer = default_gazetteer();
  EXPECT_EQ(gazetteer.eras().size(), parsed->eras().size()) << "the embedded copy differs from common/data/eras.tsv";
  EXPECT_GE(gazetteer.eras().size(), 60u);
  const std::vector<std::pair<std::string_view, YearSpan>> expected = {
      {"Second World War", {1939, 1945}}, {"WWII", {1939, 1945}},           {"Zweiten Weltkrieg", {1939, 1945}},
      {"First World War", {1914, 1918}},  {"the Great War", {1914, 1918}},  {"Siege of Leningrad", {1941, 1944}},
      {"Great Purge", {1936, 1938}},      {"Cold War", {1947, 1991}},       {"Victorian era", {1837, 1901}},
      {"Renaissance", {1400, 1600}},      {"French Revolution", {1789, 1799}}, {"Roman Republic", {-509, -27}}};
  for (const auto& [name, years] : expected) {
    const Era* era = gazetteer.find(name);
    ASSERT_NE(era, nullptr) << name;
    EXPECT_EQ(era->years, years) << name;
  }
}

}  // namespace
TEST(DefaultPeople, ParsesAndGivesLifeSpans) {
  auto parsed = parse_gazetteer(testing::read_file(testing::source_dir() / "common/data/people.tsv"));
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const Gazetteer& people = default_people();
  EXPECT_EQ(people.eras().size(), parsed->eras().size()) << "the embedded copy differs from common/data/people.tsv";
  EXPECT_GE(people.eras().size(), 300u);
  for (const auto& [name, years] : std::vector<std::pair<std::string_view, YearSpan>>{
           {"Karl Marx", {1818, 1883}}, {"Van Gogh", {1853, 1890}}, {"William Shakespeare", {1564, 1616}}}) {
    const Era* person = people.find(name);
    ASSERT_NE(person, nullptr) << name;
    EXPECT_EQ(person->years, years) << name;
  }
  // The two tables are read side by side: no name may mean a person in one and an era in the other.
  for (const Era& person : people.eras()) {
    for (const std::string& name : person.aliases) EXPECT_EQ(default_gazetteer().find(name), nullptr) << name;
  }
}

}  // namespace lectern::eras
