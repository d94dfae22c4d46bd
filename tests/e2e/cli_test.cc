// End-to-end: the `lectern` binary on folders of real files, as a user runs it.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lectern/common/schema.h"
#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

using nlohmann::json;

// A blog review in the shape of a real one: all-caps heading, captions, a bibliography and
// comment-form junk. Written for this test.
constexpr const char* kBlogReview = R"(THE SIEGE by Helen Dunmore

(Frozen barges on the Neva)

Helen Dunmore's novel follows Anna Levin through the first winter of the siege of Leningrad,
from September 1941 into the spring of 1942. Her father, a writer out of favour since the
purges of the 1930s, is dying slowly in the cold apartment, and Anna burns furniture to keep
them alive. The Kirov works, the ration cards, the ice road across Lake Ladoga: every detail
is exact.

(Anna's dacha outside the city)

Leave a Reply

You are commenting using your Facebook account. Log Out / Change )
)";

constexpr const char* kMarkdownReview = R"(---
title: "Wolf Hall"
author: Hilary Mantel
reviewer: Sam Quill
date: 2012-06-01
rating: 5
period: 1500-1535
tags: [tudor, cromwell]
---

# Wolf Hall

**Thomas Cromwell**, a blacksmith's son from Putney, rises at the court of *Henry VIII*.
[More Tudor reviews](https://example.org/tudor) are on this site.
)";

constexpr const char* kJsonReviews = R"([
  {"title": "Life and Fate", "author": "Vasily Grossman", "reviewer": "Ada Kline", "rating": 5,
   "text": "Stalingrad in 1942, the camps, the laboratory in Moscow: Grossman's panorama of the war."},
  {"title": "Stalingrad", "author": "Antony Beevor", "text": "A history of the battle for Stalingrad, 1942 to 1943."}
])";

constexpr const char* kHtmlReview = R"(<!doctype html><html lang="en"><head><title>Regeneration by Pat Barker | Reading Room</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review",
 "itemReviewed":{"@type":"Book","name":"Regeneration","author":{"@type":"Person","name":"Pat Barker"}},
 "author":{"@type":"Person","name":"Lee Marsh"},"datePublished":"2016-02-11",
 "reviewRating":{"@type":"Rating","ratingValue":4,"bestRating":5}}</script>
<style>.x{color:red}</style></head><body><nav>Home | Subscribe to our newsletter</nav>
<article><h1>Regeneration</h1><p>At Craiglockhart hospital in 1917, the psychiatrist W.&nbsp;H.&nbsp;R. Rivers treats
Siegfried Sassoon, who has refused to go back to the front.</p></article>
<footer>Copyright Reading Room</footer><script>trackVisitor()</script></body></html>)";

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(reviews_ / "blog/the-siege.txt", kBlogReview);
    write_file(reviews_ / "md/wolf-hall.md", kMarkdownReview);
    write_file(reviews_ / "json/war.json", kJsonReviews);
    write_file(reviews_ / "html/regeneration.html", kHtmlReview);
  }

  json index(std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments = {"index", reviews_.string(), "--db", db_.string(), "--json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const CommandOutput output = run_lectern(arguments);
    EXPECT_EQ(output.exit_status, 0) << output.err;
    return json::parse(output.out, nullptr, false);
  }

  json search(const std::string& query, std::vector<std::string> extra = {}) {
    std::vector<std::string> arguments = {"search", "--db", db_.string(), "--json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    arguments.push_back(query);
    const CommandOutput output = run_lectern(arguments);
    EXPECT_EQ(output.exit_status, 0) << query << ": " << output.err;
    return json::parse(output.out, nullptr, false);
  }

  static std::vector<std::string> titles(const json& results) {
    std::vector<std::string> out;
    for (const auto& hit : results["hits"]) out.push_back(hit["title"]);
    return out;
  }

  TempDir temp_;
  std::filesystem::path reviews_ = temp_ / "reviews";
  std::filesystem::path db_ = temp_ / "db";
};

TEST_F(Cli, FirstRunAddsEveryReviewOfEveryFormat) {
  const json summary = index();
  EXPECT_EQ(summary["added"], 5);
  EXPECT_EQ(summary["updated"], 0);
  EXPECT_EQ(summary["unchanged"], 0);
  EXPECT_EQ(summary["deleted"], 0);
  EXPECT_EQ(summary["documents"], 5);
  EXPECT_TRUE(summary["skipped"].empty()) << summary.dump();
}

TEST_F(Cli, SecondRunReportsEverythingUnchanged) {
  index();
  const json summary = index();
  EXPECT_EQ(summary["unchanged"], 5);
  EXPECT_EQ(summary["added"], 0);
  EXPECT_EQ(summary["updated"], 0);
  EXPECT_EQ(summary["documents"], 5);
}

TEST_F(Cli, ChangedFileIsReindexedAndFoundByItsNewWords) {
  index();
  std::string changed = kBlogReview;
  changed.insert(changed.find("Leave a Reply"), "The samovar scene is unforgettable.\n\n");
  write_file(reviews_ / "blog/the-siege.txt", changed);
  const json summary = index();
  EXPECT_EQ(summary["updated"], 1);
  EXPECT_EQ(summary["unchanged"], 4);
  EXPECT_EQ(summary["documents"], 5);
  EXPECT_EQ(titles(search("samovar")), std::vector<std::string>{"The Siege"});
}

TEST_F(Cli, DeletedFileLeavesTheIndex) {
  index();
  std::filesystem::remove(reviews_ / "json/war.json");
  const json summary = index();
  EXPECT_EQ(summary["deleted"], 2);
  EXPECT_EQ(summary["documents"], 3);
  EXPECT_TRUE(search("Grossman")["hits"].empty());
}

TEST_F(Cli, ReviewRemovedFromJsonArrayIsDeleted) {
  index();
  write_file(reviews_ / "json/war.json", R"([{"title": "Life and Fate", "author": "Vasily Grossman", "text": "Stalingrad, 1942, revisited."}])");
  const json summary = index();
  EXPECT_EQ(summary["updated"], 1);
  EXPECT_EQ(summary["deleted"], 1);
  EXPECT_EQ(summary["documents"], 4);
}

TEST_F(Cli, FullRebuildReaddsEverything) {
  index();
  const json summary = index({"--full"});
  EXPECT_EQ(summary["added"], 5);
  EXPECT_EQ(summary["documents"], 5);
}

TEST_F(Cli, BadFilesAreSkippedWithAReason) {
  write_file(reviews_ / "bad/empty.md", "");
  write_file(reviews_ / "bad/binary.txt", std::string("%PDF-1.4\0\0\x01\x02", 12));
  write_file(reviews_ / "bad/broken.json", "{\"title\": ");
  write_file(reviews_ / "bad/picture.jpg", "not indexed, not reported");
  const json summary = index();
  EXPECT_EQ(summary["added"], 5);
  std::map<std::string, std::string> reasons;
  for (const auto& skipped : summary["skipped"]) reasons[skipped["path"]] = skipped["reason"];
  ASSERT_EQ(reasons.size(), 3u) << summary.dump();
  EXPECT_NE(reasons[(reviews_ / "bad/empty.md").string()].find("empty"), std::string::npos);
  EXPECT_NE(reasons[(reviews_ / "bad/binary.txt").string()].find("binary"), std::string::npos);
  EXPECT_FALSE(reasons[(reviews_ / "bad/broken.json").string()].empty());
}

TEST_F(Cli, FindsReviewsByWordFieldAndPhrase) {
  index();
  EXPECT_EQ(titles(search("Craiglockhart")), std::vector<std::string>{"Regeneration"});
  EXPECT_EQ(titles(search("author:mantel")), std::vector<std::string>{"Wolf Hall"});
  EXPECT_EQ(titles(search("\"siege of Leningrad\"")), std::vector<std::string>{"The Siege"});
  EXPECT_EQ(titles(search("title:stalingrad")), std::vector<std::string>{"Stalingrad"});
}

TEST_F(Cli, PeriodRangeFindsOverlappingReviews) {
  index();
  const auto found = titles(search("period:1941..1942"));
  EXPECT_NE(std::find(found.begin(), found.end(), "The Siege"), found.end());
  EXPECT_EQ(std::find(found.begin(), found.end(), "Wolf Hall"), found.end());
  EXPECT_EQ(titles(search("period:1520")), std::vector<std::string>{"Wolf Hall"});
}

TEST_F(Cli, JsonHitsFollowTheDocumentedShape) {
  index();
  const json results = search("Cromwell");
  ASSERT_EQ(results["hits"].size(), 1u);
  const json& hit = results["hits"][0];
  EXPECT_EQ(results["query"], "Cromwell");
  EXPECT_EQ(hit["rank"], 1);
  EXPECT_EQ(hit["title"], "Wolf Hall");
  EXPECT_EQ(hit["authors"], json::array({"Hilary Mantel"}));
  EXPECT_EQ(hit["reviewer"], "Sam Quill");
  EXPECT_EQ(hit["date"], "2012-06-01");
  EXPECT_EQ(hit["rating"], 5.0);
  EXPECT_EQ(hit["period"]["start"], 1500);
  EXPECT_EQ(hit["period"]["end"], 1535);
  EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>Cromwell</mark>"), std::string::npos);
  EXPECT_EQ(hit["snippet"].get<std::string>().find("**"), std::string::npos) << "Markdown syntax is not indexed";
}

TEST_F(Cli, TextOutputHighlightsInBoldOnRequest) {
  index();
  const CommandOutput output = run_lectern({"search", "--db", db_.string(), "--highlight", "ansi", "Ladoga"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_NE(output.out.find("\033[1mLadoga\033[0m"), std::string::npos) << output.out;
  EXPECT_NE(output.out.find("The Siege"), std::string::npos);
}

TEST_F(Cli, BoilerplateDoesNotMakeAReviewMatch) {
  index();
  EXPECT_TRUE(search("Facebook")["hits"].empty());
  EXPECT_TRUE(search("newsletter")["hits"].empty());
  EXPECT_TRUE(search("trackVisitor")["hits"].empty());
}

TEST_F(Cli, MissingDatabaseIsAOneLineErrorSayingWhatToDo) {
  const CommandOutput output = run_lectern({"search", "--db", (temp_ / "nowhere").string(), "siege"});
  EXPECT_EQ(output.exit_status, 1);
  EXPECT_NE(output.err.find("lectern index"), std::string::npos) << output.err;
  EXPECT_EQ(std::count(output.err.begin(), output.err.end(), '\n'), 1) << output.err;
}

TEST_F(Cli, MalformedQueryExitsWithStatusTwo) {
  index();
  const CommandOutput output = run_lectern({"search", "--db", db_.string(), "period:abc..def"});
  EXPECT_EQ(output.exit_status, 2) << output.out;
  EXPECT_NE(output.err.find("period:abc..def"), std::string::npos) << output.err;
}

TEST_F(Cli, MissingPathToIndexIsAnError) {
  const CommandOutput output = run_lectern({"index", (temp_ / "nothing-here").string(), "--db", db_.string()});
  EXPECT_EQ(output.exit_status, 1);
  EXPECT_NE(output.err.find("nothing-here"), std::string::npos);
}

TEST_F(Cli, UnknownOptionIsAUsageError) {
  const CommandOutput output = run_lectern({"search", "--frobnicate", "x"});
  EXPECT_EQ(output.exit_status, 2);
}

TEST_F(Cli, CorruptDatabaseIsReportedNotCrashed) {
  std::filesystem::create_directories(db_);
  write_file(db_ / "iamglass", "this is not a xapian version file");
  write_file(db_ / "postlist.glass", "garbage");
  const CommandOutput output = run_lectern({"search", "--db", db_.string(), "siege"});
  EXPECT_EQ(output.exit_status, 1) << output.out;
  EXPECT_NE(output.err.find(db_.string()), std::string::npos) << output.err;
}

TEST_F(Cli, InspectShowsExtractedFieldsAsJson) {
  const CommandOutput output = run_lectern({"inspect", "--json", (reviews_ / "blog/the-siege.txt").string()});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  const json result = json::parse(output.out);
  ASSERT_EQ(result["reviews"].size(), 1u);
  const json& review = result["reviews"][0];
  EXPECT_EQ(review["title"], "The Siege");
  EXPECT_EQ(review["authors"], json::array({"Helen Dunmore"}));
  EXPECT_LE(review["period"]["start"].get<int>(), 1941);
  EXPECT_GE(review["period"]["end"].get<int>(), 1942);
}

// The acceptance case of the core-engine issue, on the real example review in shared/.
TEST(SeedReview, IsFoundByWordAuthorAndPhraseWithTitleAuthorAndPeriod) {
  const auto examples = source_dir() / "../shared/examples";
  ASSERT_TRUE(std::filesystem::exists(examples / "seed-review.txt")) << "shared/ must sit beside the checkout";
  TempDir temp;
  const std::string db = (temp / "db").string();
  CommandOutput output = run_lectern({"index", examples.string(), "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  for (const std::string query : {"Lubyanka", "author:dunmore", "\"siege of Leningrad\""}) {
    output = run_lectern({"search", "--db", db, "--json", query});
    ASSERT_EQ(output.exit_status, 0) << output.err;
    const json results = json::parse(output.out);
    ASSERT_FALSE(results["hits"].empty()) << query;
    const json& hit = results["hits"][0];
    EXPECT_EQ(hit["title"], "The Betrayal") << query;
    EXPECT_EQ(hit["authors"], json::array({"Helen Dunmore"})) << query;
    ASSERT_TRUE(hit["period"].is_object()) << query;
    // The siege to Stalin's death. The purges of the 1930s are a comparison and the author's
    // knowledge, "following World War II" starts after the war, and the bibliography's books
    // (LENINGRAD: THE EPIC SIEGE OF WORLD WAR II, 1941-1944 ...) are other works; only "the
    // World War II siege" of the flashbacks may reach back to the war's start (1939).
    EXPECT_LE(hit["period"]["start"].get<int>(), 1941) << query;
    EXPECT_GE(hit["period"]["start"].get<int>(), 1939) << query;
    EXPECT_EQ(hit["period"]["end"].get<int>(), 1953) << query;
  }
  // Comment-form junk does not match; the bibliography is searchable as mentioned works.
  output = run_lectern({"search", "--db", db, "--json", "Facebook"});
  EXPECT_TRUE(json::parse(output.out)["hits"].empty()) << output.out;
  output = run_lectern({"search", "--db", db, "--json", "mentions:solzhenitsyn"});
  EXPECT_EQ(json::parse(output.out)["hits"].size(), 1u) << output.out;
  output = run_lectern({"index", examples.string(), "--db", db, "--json"});
  const json summary = json::parse(output.out);
  EXPECT_EQ(summary["added"], 0);
  EXPECT_EQ(summary["updated"], 0);
  EXPECT_GE(summary["unchanged"].get<int>(), 1);
}

}  // namespace
}  // namespace lectern::testing

namespace lectern::testing {
namespace {

TEST(CliEras, UserGazetteerDatesReviewsThatNameItsEras) {
  TempDir temp;
  write_file(temp / "review.txt", "Harbour Lights by Ann Example\n\nA tender novel of fishing families in the Quiet Years, "
                                  "when the harbour was full and nobody went hungry.\n");
  write_file(temp / "eras.tsv", "Quiet Years\t1901\t1905\n");
  CommandOutput output = run_lectern({"inspect", "--json", (temp / "review.txt").string()});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_TRUE(json::parse(output.out)["reviews"][0]["period"].is_null());
  output = run_lectern({"inspect", "--json", "--eras", (temp / "eras.tsv").string(), (temp / "review.txt").string()});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  const json period = json::parse(output.out)["reviews"][0]["period"];
  EXPECT_EQ(period["start"], 1901);
  EXPECT_EQ(period["end"], 1905);
}

TEST(CliEras, MalformedGazetteerIsAUsageErrorNamingTheFile) {
  TempDir temp;
  write_file(temp / "review.txt", "Harbour Lights by Ann Example\n\nFishing families.\n");
  write_file(temp / "eras.tsv", "Quiet Years\tsoon\tlater\n");
  const CommandOutput output = run_lectern({"inspect", "--eras", (temp / "eras.tsv").string(), (temp / "review.txt").string()});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("eras.tsv"), std::string::npos) << output.err;
  EXPECT_NE(output.err.find("line 1"), std::string::npos) << output.err;
}

TEST(CliPeriodWeights, AWeightsFileChangesThePeriodAndABadOneNamesItsLine) {
  TempDir temp;
  write_file(temp / "review.txt", "Harbour Lights by Ann Example\n\nThe novel follows a fishing family through 1941, "
                                  "1942 and 1943, with one memory of 1905.\n");
  CommandOutput output = run_lectern({"inspect", "--json", (temp / "review.txt").string()});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["reviews"][0]["period"]["start"], 1941);
  write_file(temp / "weights.tsv", "outlier_share\t0\nflashback_share\t0\n");
  output = run_lectern({"inspect", "--json", "--period-weights", (temp / "weights.tsv").string(),
                        (temp / "review.txt").string()});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["reviews"][0]["period"]["start"], 1905);
  write_file(temp / "weights.tsv", "era\tlots\n");
  output = run_lectern({"inspect", "--period-weights", (temp / "weights.tsv").string(), (temp / "review.txt").string()});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("weights.tsv`: line 1: `lots` is not a number"), std::string::npos) << output.err;
}

}  // namespace
}  // namespace lectern::testing

namespace lectern::testing {
namespace {

TEST(CliLanguages, ReviewsAreStemmedAndFilteredByTheirDetectedLanguage) {
  TempDir temp;
  write_file(temp / "reviews/haeuser.txt",
             "Die Stadt der Häuser von Anna Beispiel\n\nEin Roman über die Belagerung einer Stadt im Winter 1941. "
             "In den zerstörten Häusern leben die letzten Familien, und die Erzählerin beschreibt jeden Tag genau.\n");
  write_file(temp / "reviews/houses.txt",
             "The City of Houses by Ann Example\n\nA novel about a besieged city in the winter of 1941, where the last "
             "families live in ruined houses and the narrator records every day.\n");
  const std::string db = (temp / "db").string();
  ASSERT_EQ(run_lectern({"index", (temp / "reviews").string(), "--db", db}).exit_status, 0);

  auto paths = [&](const std::vector<std::string>& arguments) {
    std::vector<std::string> all = {"search", "--db", db, "--json"};
    all.insert(all.end(), arguments.begin(), arguments.end());
    const CommandOutput output = run_lectern(all);
    EXPECT_EQ(output.exit_status, 0) << output.err;
    std::vector<std::string> found;
    const json results = json::parse(output.out);
    for (const auto& hit : results["hits"]) found.push_back(std::filesystem::path(hit["path"]).filename());
    return found;
  };
  // German stemming joins "Haus" and "Häusern"; the English review does not match.
  EXPECT_EQ(paths({"--language", "de", "haus"}), std::vector<std::string>{"haeuser.txt"});
  EXPECT_EQ(paths({"--language", "de", "lang:de winter"}), std::vector<std::string>{"haeuser.txt"});
  // An English query still finds the German review by the word as typed.
  EXPECT_EQ(paths({"lang:de winter"}), std::vector<std::string>{"haeuser.txt"});
  EXPECT_EQ(paths({"lang:en winter"}), std::vector<std::string>{"houses.txt"});
  // Diacritics do not matter: "hausern" finds "Häusern".
  EXPECT_EQ(paths({"--language", "de", "hausern"}), std::vector<std::string>{"haeuser.txt"});
}

}  // namespace
}  // namespace lectern::testing

namespace lectern::testing {
namespace {

TEST(CliQuiet, QuietIndexPrintsNothingButJsonStillPrints) {
  TempDir temp;
  write_file(temp / "reviews/a.txt", "Dune by Frank Herbert\n\nA desert planet.\n");
  CommandOutput output = run_lectern({"--quiet", "index", (temp / "reviews").string(), "--db", (temp / "db").string()});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(output.out, "");
  output = run_lectern({"--quiet", "index", (temp / "reviews").string(), "--db", (temp / "db").string(), "--json"});
  EXPECT_EQ(json::parse(output.out)["unchanged"], 1);
}

TEST(CliConventions, AMistypedCommandOrOptionGetsTheClosestName) {
  CommandOutput output = run_lectern({"serch", "war"});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("unknown command `serch`: did you mean `search`?"), std::string::npos) << output.err;
  output = run_lectern({"search", "--limt", "3", "war"});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("unknown option `--limt`: did you mean `--limit`?"), std::string::npos) << output.err;
  output = run_lectern({"frobnicate"});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("unknown command `frobnicate` (lectern --help lists them)"), std::string::npos)
      << "nothing close, no false suggestion: " << output.err;
}

TEST(CliConventions, InspectSaysWhatIsWrongWithThePath) {
  TempDir temp;
  CommandOutput output = run_lectern({"inspect", (temp / "missing.txt").string()});
  EXPECT_EQ(output.exit_status, 1);
  EXPECT_NE(output.err.find("no such file"), std::string::npos) << output.err;
  output = run_lectern({"inspect", temp.path().string()});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("is a folder"), std::string::npos) << output.err;
}

TEST(CliConventions, HelpNamesTheCommandAndEndsWithExamples) {
  CommandOutput output = run_lectern({"--help"});
  EXPECT_EQ(output.exit_status, 0);
  EXPECT_NE(output.out.find("Usage: lectern "), std::string::npos) << "not the build path: " << output.out;
  for (const char* command : {"index", "search", "similar", "inspect", "stats", "serve", "prune", "check"}) {
    output = run_lectern({command, "--help"});
    EXPECT_EQ(output.exit_status, 0) << command;
    const std::size_t examples = output.out.rfind("Examples:\n  lectern " + std::string(command));
    EXPECT_NE(examples, std::string::npos) << command << ": " << output.out;
  }
}

TEST(CliConventions, LecternDbInTheEnvironmentChoosesTheDatabase) {
  TempDir temp;
  write_file(temp / "reviews" / "a.txt", "The Siege by Helen Dunmore\n\nLeningrad in the winter of 1941.\n");
  const auto db = temp / "from-environment";
  ::setenv("LECTERN_DB", db.c_str(), 1);
  CommandOutput output = run_lectern({"index", (temp / "reviews").string()}, temp.path());
  const CommandOutput search = run_lectern({"search", "--json", "leningrad"}, temp.path());
  ::unsetenv("LECTERN_DB");
  EXPECT_EQ(output.exit_status, 0) << output.err;
  EXPECT_TRUE(std::filesystem::exists(db)) << "the index went where LECTERN_DB says";
  EXPECT_FALSE(std::filesystem::exists(temp / "lectern-db"));
  EXPECT_EQ(json::parse(search.out)["hits"].size(), 1u);
  // --db still wins.
  output = run_lectern({"stats", "--db", (temp / "elsewhere").string()}, temp.path());
  EXPECT_NE(output.exit_status, 0);
}

TEST(CliConventions, AnEditThatRestoresSizeAndModificationTimeIsStillSeen) {
  TempDir temp;
  const auto file = temp / "reviews" / "a.txt";
  write_file(file, "The Siege by Helen Dunmore\n\nLeningrad in the winter of 1941, told by Anna.\n");
  const auto db = (temp / "db").string();
  ASSERT_EQ(run_lectern({"index", (temp / "reviews").string(), "--db", db}).exit_status, 0);
  const auto written = std::filesystem::last_write_time(file);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  // Same size, and the old modification time put back, as `touch -r` or a careless sync does.
  write_file(file, "The Siege by Helen Dunmore\n\nLeningrad in the winter of 1941, told by Kolya\n");
  std::filesystem::last_write_time(file, written);
  const CommandOutput output = run_lectern({"index", (temp / "reviews").string(), "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["updated"], 1) << output.out;
  EXPECT_EQ(json::parse(run_lectern({"search", "--db", db, "--json", "kolya"}).out)["hits"].size(), 1u);
}

TEST(CliConventions, RunningWithAnotherFieldMapReReadsTheFiles) {
  TempDir temp;
  write_file(temp / "reviews" / "export.json",
             R"([{"bookTitle": "The Siege", "bookAuthor": "Helen Dunmore", "reviewText": "Leningrad, winter 1941."}])");
  const auto db = (temp / "db").string();
  ASSERT_EQ(run_lectern({"index", (temp / "reviews").string(), "--db", db}).exit_status, 0);
  CommandOutput output = run_lectern({"index", (temp / "reviews").string(), "--db", db, "--json", "--field-map",
                                      "title=bookTitle,author=bookAuthor,text=reviewText"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["updated"], 1) << "the new field map is applied: " << output.out;
  const json hits = json::parse(run_lectern({"search", "--db", db, "--json", "author:dunmore"}).out)["hits"];
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["title"], "The Siege");
  // The same options again: nothing to do.
  output = run_lectern({"index", (temp / "reviews").string(), "--db", db, "--json", "--field-map",
                        "title=bookTitle,author=bookAuthor,text=reviewText"});
  EXPECT_EQ(json::parse(output.out)["unchanged"], 1) << output.out;
}

TEST(CliConventions, BashCompletionCompletesCommandsOptionsAndTheirChoices) {
  const CommandOutput script = run_lectern({"completions", "bash"});
  ASSERT_EQ(script.exit_status, 0) << script.err;
  TempDir temp;
  write_file(temp / "lectern.bash", script.out);
  // What bash offers after each line typed, as its completion machinery would ask.
  const auto offered = [&](const std::string& words, int current) {
    return run_shell("bash -c " + shell_quote("source " + shell_quote((temp / "lectern.bash").string()) +
                                              "; COMP_WORDS=(" + words + "); COMP_CWORD=" + std::to_string(current) +
                                              "; _lectern; echo \"${COMPREPLY[*]}\""))
        .out;
  };
  EXPECT_NE(offered("lectern se", 1).find("search"), std::string::npos);
  EXPECT_NE(offered("lectern se", 1).find("serve"), std::string::npos);
  EXPECT_EQ(offered("lectern search --highlight ''", 3), "ansi html plain none\n");
  EXPECT_EQ(offered("lectern search --sort ''", 3), "relevance date rating title period\n");
  EXPECT_NE(offered("lectern index --me", 2).find("--memory-budget"), std::string::npos);
  EXPECT_EQ(offered("lectern search --li", 2), "--limit\n");
}

TEST(CliConventions, ZshAndFishCompletionsNameEveryCommandAndOption) {
  for (const char* shell : {"zsh", "fish"}) {
    const CommandOutput script = run_lectern({"completions", shell});
    ASSERT_EQ(script.exit_status, 0) << script.err;
    for (const char* word : {"index", "search", "serve", "inspect", "similar", "stats", "prune", "check", "highlight",
                             "memory-budget", "relevance"}) {
      EXPECT_NE(script.out.find(word), std::string::npos) << shell << " lacks " << word;
    }
  }
  const CommandOutput unknown = run_lectern({"completions", "tcsh"});
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_NE(unknown.err.find("bash, zsh or fish"), std::string::npos) << unknown.err;
}

TEST(CliConventions, TheManPageRendersWithEveryCommandAndItsOptions) {
  const CommandOutput page = run_lectern({"manpage"});
  ASSERT_EQ(page.exit_status, 0) << page.err;
  EXPECT_TRUE(page.out.starts_with(".TH LECTERN 1")) << page.out.substr(0, 80);
  TempDir temp;
  write_file(temp / "lectern.1", page.out);
  // groff renders it without a warning; the text holds every command and some options.
  const CommandOutput groff = run_shell("groff -man -Tutf8 -ww " + shell_quote((temp / "lectern.1").string()));
  ASSERT_EQ(groff.exit_status, 0) << groff.err;
  EXPECT_EQ(groff.err.find("warning"), std::string::npos) << groff.err;
  const std::string& rendered = groff.out;
  // Strip groff's bold and underline (character, backspace, character).
  std::string plain;
  for (std::size_t k = 0; k < rendered.size(); ++k) {
    if (k + 1 < rendered.size() && rendered[k + 1] == '\b') {
      ++k;
      continue;
    }
    plain += rendered[k];
  }
  for (const char* word : {"index", "search", "serve", "inspect", "similar", "stats", "prune", "check", "completions",
                           "--memory-budget", "--highlight", "LECTERN_DB", "EXIT STATUS"}) {
    EXPECT_NE(plain.find(word), std::string::npos) << word;
  }
}

// The config file: settings and where each came from; the environment and options win over it.
TEST(CliConfig, TheConfigFileSetsDefaultsAndConfigSaysWhereEachCameFrom) {
  TempDir temp;
  write_file(temp / "reviews" / "a.txt", "The Siege by Helen Dunmore\n\nLeningrad in the winter of 1941.\n");
  write_file(temp / "reviews" / "drafts" / "b.txt", "Draft by Ann Lee\n\nNot ready: draftmarker.\n");
  write_file(temp / "reviews" / "c.bak.txt", "Old by Ann Lee\n\nAn old copy: bakmarker.\n");
  write_file(temp / "config.toml", "database = \"" + (temp / "db").string() + "\"\n\n[index]\nroots = [\"" +
                                       (temp / "reviews").string() + "\"]\nexclude = [\"drafts/\"]\n\n[serve]\nport = 9191\n");
  ::setenv("LECTERN_CONFIG", (temp / "config.toml").c_str(), 1);
  const CommandOutput config = run_lectern({"config", "--json"}, temp.path());
  const CommandOutput indexed = run_lectern({"index", "--json", "--exclude", "*.bak.txt"}, temp.path());
  const CommandOutput found = run_lectern({"search", "--json", "leningrad OR draftmarker OR bakmarker"}, temp.path());
  ::setenv("LECTERN_DB", (temp / "other-db").c_str(), 1);
  const CommandOutput overridden = run_lectern({"config", "--json"}, temp.path());
  ::unsetenv("LECTERN_DB");
  ::unsetenv("LECTERN_CONFIG");

  ASSERT_EQ(config.exit_status, 0) << config.err;
  const json settings = json::parse(config.out);
  EXPECT_EQ(settings["config_file"]["found"], true);
  EXPECT_EQ(settings["database"]["value"], (temp / "db").string());
  EXPECT_EQ(settings["database"]["source"], "config file " + (temp / "config.toml").string());
  EXPECT_EQ(settings["serve"]["port"]["value"], 9191);
  EXPECT_EQ(settings["serve"]["host"]["source"], "default");
  EXPECT_EQ(settings["index"]["exclude"]["value"], json::array({"drafts/"}));
  // `index` with no path indexes the roots, into the configured database, leaving out both.
  ASSERT_EQ(indexed.exit_status, 0) << indexed.err;
  EXPECT_EQ(json::parse(indexed.out)["documents"], 1);
  EXPECT_EQ(json::parse(indexed.out)["excluded"], 2);
  EXPECT_TRUE(std::filesystem::exists(temp / "db"));
  EXPECT_EQ(json::parse(found.out)["hits"].size(), 1u) << found.out;
  EXPECT_EQ(json::parse(overridden.out)["database"]["source"], "environment LECTERN_DB");
}

TEST(CliConfig, ABrokenConfigFileIsAnErrorNamingTheFileTheLineAndTheFix) {
  TempDir temp;
  write_file(temp / "bad.toml", "database = \"x\"\n[index]\nroots = \"not a list\"\n");
  write_file(temp / "unknown.toml", "[index]\nroot = [\"x\"]\n");
  write_file(temp / "malformed.toml", "database = \n");
  std::vector<CommandOutput> outputs;
  for (const char* name : {"bad.toml", "unknown.toml", "malformed.toml"}) {
    ::setenv("LECTERN_CONFIG", (temp / name).c_str(), 1);
    outputs.push_back(run_lectern({"config"}, temp.path()));
  }
  ::unsetenv("LECTERN_CONFIG");
  for (const CommandOutput& output : outputs) EXPECT_EQ(output.exit_status, 2) << output.err;
  EXPECT_NE(outputs[0].err.find("bad.toml` line 3: `index.roots` must be a list of strings"), std::string::npos) << outputs[0].err;
  EXPECT_NE(outputs[1].err.find("unknown setting `index.root` (known here: roots, exclude"), std::string::npos) << outputs[1].err;
  EXPECT_NE(outputs[2].err.find("malformed.toml` line 1"), std::string::npos) << outputs[2].err;
}

TEST(CliConfig, ALecternignoreInARootLeavesFilesOutAndRemovesThemFromTheIndex) {
  TempDir temp;
  write_file(temp / "reviews" / "keep.txt", "Keep by Ann Lee\n\nkeepmarker text.\n");
  write_file(temp / "reviews" / "private" / "note.txt", "Note by Ann Lee\n\nprivatemarker text.\n");
  write_file(temp / "reviews" / "old" / "2019" / "x.md", "# X by Ann Lee\n\noldmarker text.\n");
  const std::string db = (temp / "db").string();
  CommandOutput output = run_lectern({"index", (temp / "reviews").string(), "--db", db, "--json"});
  ASSERT_EQ(json::parse(output.out)["documents"], 3);
  write_file(temp / "reviews" / ".lecternignore", "# not for the index\nprivate/\n/old/**\n");
  output = run_lectern({"index", (temp / "reviews").string(), "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  const json summary = json::parse(output.out);
  EXPECT_EQ(summary["documents"], 1);
  EXPECT_EQ(summary["deleted"], 2);
  EXPECT_EQ(summary["excluded"], 2);
  output = run_lectern({"index", (temp / "reviews").string(), "--db", db});
  EXPECT_NE(output.out.find("2 excluded"), std::string::npos) << output.out;
}

// Seeing and managing what is indexed.
TEST(CliCollection, ListShowsTheIndexedReviewsFilteredAndSorted) {
  TempDir temp;
  write_file(temp / "r" / "a.txt", "The Siege by Helen Dunmore\n\nLeningrad in the winter of 1941.\n");
  write_file(temp / "r" / "b.txt", "The Betrayal by Helen Dunmore\n\nLeningrad in 1952, after the war.\n");
  write_file(temp / "r" / "c.txt", "Wolf Hall by Hilary Mantel\n\nCromwell at court in 1527.\n");
  const std::string db = (temp / "db").string();
  ASSERT_EQ(run_lectern({"index", (temp / "r").string(), "--db", db}).exit_status, 0);
  CommandOutput output = run_lectern({"list", "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  json listed = json::parse(output.out);
  ASSERT_EQ(listed["hits"].size(), 3u);
  EXPECT_EQ(listed["hits"][0]["title"], "The Betrayal") << "by title";
  EXPECT_EQ(listed["hits"][2]["title"], "Wolf Hall");
  output = run_lectern({"list", "--db", db, "--json", "--author", "Helen Dunmore", "--period", "1950..1960"});
  listed = json::parse(output.out);
  ASSERT_EQ(listed["hits"].size(), 1u) << output.out;
  EXPECT_EQ(listed["hits"][0]["title"], "The Betrayal");
  output = run_lectern({"list", "--db", db});
  EXPECT_NE(output.out.find("3 reviews in the index"), std::string::npos) << output.out;
  EXPECT_NE(output.out.find("Wolf Hall by Hilary Mantel  [1527–1527]"), std::string::npos) << output.out;
  EXPECT_EQ(run_lectern({"list", "--db", db, "--sort", "relevance"}).exit_status, 2);
}

TEST(CliCollection, RemoveTakesFilesOutOfTheIndexButNotOffTheDisk) {
  TempDir temp;
  write_file(temp / "r" / "keep.txt", "Keep by Ann Lee\n\nkeepmarker text.\n");
  write_file(temp / "r" / "old" / "x.txt", "X by Ann Lee\n\noldmarker text.\n");
  write_file(temp / "r" / "old" / "y.txt", "Y by Ann Lee\n\noldmarker text too.\n");
  const std::string db = (temp / "db").string();
  ASSERT_EQ(run_lectern({"index", (temp / "r").string(), "--db", db}).exit_status, 0);
  CommandOutput output = run_lectern({"remove", (temp / "r" / "old").string(), "--db", db, "--dry-run", "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["deleted"], 2);
  EXPECT_EQ(json::parse(output.out)["documents"], 3) << "a dry run changes nothing";
  output = run_lectern({"remove", (temp / "r" / "old").string(), "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["documents"], 1);
  EXPECT_TRUE(std::filesystem::exists(temp / "r" / "old" / "x.txt"));
  EXPECT_TRUE(json::parse(run_lectern({"search", "--db", db, "--json", "oldmarker"}).out)["hits"].empty());
  output = run_lectern({"remove", (temp / "nowhere").string(), "--db", db});
  EXPECT_EQ(output.exit_status, 1);
  EXPECT_NE(output.err.find("nothing in the index is at or under"), std::string::npos) << output.err;
}

TEST(CliCollection, AnExportIsJsonLinesThatIndexReadsBack) {
  TempDir temp;
  write_file(temp / "r" / "a.md", "---\ntitle: The Siege\nauthor: Helen Dunmore\ndate: 2019-04-28\nrating: 4\n---\n\n"
                                  "The winter of 1941 in besieged Leningrad.\n");
  write_file(temp / "r" / "b.txt", "Wolf Hall by Hilary Mantel\n\nCromwell at court in 1527.\n");
  const std::string db = (temp / "db").string();
  ASSERT_EQ(run_lectern({"index", (temp / "r").string(), "--db", db}).exit_status, 0);
  const CommandOutput exported = run_lectern({"export", "--db", db});
  ASSERT_EQ(exported.exit_status, 0) << exported.err;
  std::size_t lines = 0;
  for (std::size_t at = exported.out.find('\n'); at != std::string::npos; at = exported.out.find('\n', at + 1)) ++lines;
  EXPECT_EQ(lines, 2u);
  write_file(temp / "backup" / "export.jsonl", exported.out);
  const std::string restored = (temp / "restored").string();
  ASSERT_EQ(run_lectern({"index", (temp / "backup").string(), "--db", restored}).exit_status, 0);
  const json siege = json::parse(run_lectern({"search", "--db", restored, "--json", "leningrad"}).out)["hits"][0];
  EXPECT_EQ(siege["title"], "The Siege");
  EXPECT_EQ(siege["authors"], json::array({"Helen Dunmore"}));
  EXPECT_EQ(siege["date"], "2019-04-28");
  EXPECT_EQ(siege["rating"], 4);
  EXPECT_EQ(siege["period"]["start"], 1941);
  // --from-export writes them back under their own ids and paths.
  const std::string imported = (temp / "imported").string();
  CommandOutput output = run_lectern({"index", "--from-export", (temp / "backup" / "export.jsonl").string(), "--db", imported, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["documents"], 2);
  const json again = json::parse(run_lectern({"search", "--db", imported, "--json", "leningrad"}).out)["hits"][0];
  EXPECT_EQ(again["id"], (temp / "r" / "a.md").string());
  EXPECT_EQ(again["title"], "The Siege");
  EXPECT_EQ(json::parse(run_lectern({"export", "--db", imported}).out.substr(0, exported.out.find('\n')))["text"],
            json::parse(exported.out.substr(0, exported.out.find('\n')))["text"]);
  // A later index of the original folder re-reads the files (the import has no signatures) and ends consistent.
  output = run_lectern({"index", (temp / "r").string(), "--db", imported, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["documents"], 2);
  // A line that is not of an export stops the import, naming it.
  write_file(temp / "bad.jsonl", exported.out + "{\"title\": \"x\"}\n");
  output = run_lectern({"index", "--from-export", (temp / "bad.jsonl").string(), "--db", (temp / "bad-db").string()});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("line 3: no `id` string"), std::string::npos) << output.err;
}

TEST(CliCollection, ShowGivesTheStoredFieldsTermsAndValuesOfOneReview) {
  TempDir temp;
  write_file(temp / "r" / "a.txt", "The Siege by Helen Dunmore\n\nLeningrad in the winter of 1941.\n");
  const std::string db = (temp / "db").string();
  ASSERT_EQ(run_lectern({"index", (temp / "r").string(), "--db", db}).exit_status, 0);
  CommandOutput output = run_lectern({"show", (temp / "r" / "a.txt").string(), "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  const json shown = json::parse(output.out);
  EXPECT_EQ(shown["review"]["title"], "The Siege");
  EXPECT_NE(shown["terms_by_prefix"]["A"].dump().find("dunmore"), std::string::npos) << shown["terms_by_prefix"].dump();
  EXPECT_NE(shown["terms_by_prefix"]["(words)"].dump().find("leningrad"), std::string::npos);
  EXPECT_EQ(shown["values"]["11"], "en") << "the language slot";
  // --db takes one folder: the review named after it is not read as a second shard.
  output = run_lectern({"show", "--db", db, (temp / "r" / "a.txt").string(), "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["review"]["title"], "The Siege");
  output = run_lectern({"show", (temp / "r" / "missing.txt").string(), "--db", db});
  EXPECT_EQ(output.exit_status, 1);
  EXPECT_NE(output.err.find("no review in the index"), std::string::npos) << output.err;
}

TEST(CliConventions, WithoutATerminalVerboseIndexingLogsItsProgress) {
  TempDir temp;
  for (int i = 0; i < 200; ++i) write_file(temp / "r" / ("r" + std::to_string(i) + ".txt"), "Book by Ann Lee\n\nText.\n");
  const CommandOutput verbose = run_lectern({"-v", "index", (temp / "r").string(), "--db", (temp / "db").string()});
  ASSERT_EQ(verbose.exit_status, 0) << verbose.err;
  EXPECT_NE(verbose.err.find("indexing [####################] 200/200 files  100%"), std::string::npos) << verbose.err;
  const CommandOutput quiet = run_lectern({"index", (temp / "r").string(), "--db", (temp / "db2").string()});
  EXPECT_EQ(quiet.err.find("indexing ["), std::string::npos) << "no progress lines in a pipe without -v";
}

TEST(CliConventions, ChecksumRunsCompareContentAndStayIncremental) {
  TempDir temp;
  write_file(temp / "r" / "a.txt", "The Siege by Helen Dunmore\n\nLeningrad in the winter of 1941.\n");
  const std::string db = (temp / "db").string();
  CommandOutput output = run_lectern({"index", (temp / "r").string(), "--db", db, "--checksum", "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(json::parse(output.out)["added"], 1);
  output = run_lectern({"index", (temp / "r").string(), "--db", db, "--checksum", "--json"});
  EXPECT_EQ(json::parse(output.out)["unchanged"], 1) << "the same content is unchanged";
  Xapian::Database database(db);
  const std::string signature = database.get_document(1).get_value(schema::kSlotSourceSignature);
  EXPECT_EQ(std::count(signature.begin(), signature.end(), ':'), 3) << signature << ": size, mtime, ctime and the hash";
  write_file(temp / "r" / "a.txt", "The Siege by Helen Dunmore\n\nLeningrad in the winter of 1942.\n");
  output = run_lectern({"index", (temp / "r").string(), "--db", db, "--checksum", "--json"});
  EXPECT_EQ(json::parse(output.out)["updated"], 1);
}

}  // namespace
}  // namespace lectern::testing
