// End-to-end: filters, facets, sorting, collapsing, spelling, snippets, `lectern similar` and
// `lectern stats`, as a user runs them on a folder of reviews.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

using nlohmann::json;

std::string review_file(const std::string& title, const std::string& author, const std::string& reviewer,
                        const std::string& date, const std::string& rating, const std::string& period,
                        const std::string& language, const std::string& tags, const std::string& text) {
  return "---\ntitle: \"" + title + "\"\nauthor: " + author + "\nreviewer: " + reviewer + "\ndate: " + date +
         "\nrating: " + rating + "\nperiod: " + period + "\nlanguage: " + language + "\ntags: [" + tags + "]\n---\n\n" +
         text + "\n";
}

class SearchExperience : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    temp_ = new TempDir;
    const auto reviews = *temp_ / "reviews";
    write_file(reviews / "the-siege.md",
               review_file("The Siege", "Helen Dunmore", "Bob Critic", "2009-03-15", "5", "1941-1942", "en", "russia",
                           "Leningrad in the first winter of the siege. Anna queues for bread in the snow. A book "
                           "about hunger.\n\nMany pages later, at the very end, the ice road over Lake Ladoga opens "
                           "and the spring comes back to the city at last."));
    write_file(reviews / "the-siege-again.md",
               review_file("The Siege", "Helen Dunmore", "Cara Quill", "2015-12-31", "3", "1941-1942", "en", "russia",
                           "A second reading of the book about the siege of Leningrad: hunger, ice and bread."));
    write_file(
        reviews / "the-betrayal.md",
        review_file("The Betrayal", "Helen Dunmore", "Ann Reader", "2011-05-02", "4.5", "1952-1953", "en", "russia",
                    "Leningrad after the war: a doctor, a sick child, the arrests. A book about fear."));
    write_file(reviews / "stalingrad.md",
               review_file("Stalingrad", "Antony Beevor", "Bob Critic", "2012-06-01", "4", "1942-1943", "en", "russia",
                           "The battle of Stalingrad on the Volga, told street by street. A history book."));
    write_file(reviews / "wolf-hall.md",
               review_file("Wolf Hall", "Hilary Mantel", "Ann Reader", "2010-01-01", "5", "1500-1535", "en", "tudor",
                           "Thomas Cromwell rises at the court of Henry VIII. A book about power."));
    write_file(reviews / "woelfe.md",
               review_file("Wölfe", "Hilary Mantel", "Jonas Albrecht", "2014-02-01", "4", "1500-1535", "de", "tudor",
                           "Thomas Cromwell steigt am Hof Heinrichs VIII. auf. Ein Buch über die Macht."));
    write_file(reviews / "bleak-house.md",
               review_file("Bleak House", "Charles Dickens", "Edmund Varley", "2008-01-01", "3.5", "1850-1853", "en",
                           "london", "Fog, Chancery and an endless lawsuit. A book about London."));
    db_ = new std::string((*temp_ / "db").string());
    const CommandOutput output = run_lectern({"index", reviews.string(), "--db", *db_, "--json"});
    ASSERT_EQ(output.exit_status, 0) << output.err;
  }

  static void TearDownTestSuite() {
    delete db_;
    delete temp_;
  }

  static json search(std::vector<std::string> arguments) {
    std::vector<std::string> full = {"search", "--db", *db_, "--json"};
    full.insert(full.end(), arguments.begin(), arguments.end());
    const CommandOutput output = run_lectern(full);
    EXPECT_EQ(output.exit_status, 0) << output.err;
    return json::parse(output.out, nullptr, false);
  }

  static std::vector<std::string> titles(const json& results) {
    std::vector<std::string> out;
    for (const auto& hit : results["hits"]) out.push_back(hit["title"]);
    return out;
  }

  static std::vector<std::string> reviewers(const json& results) {
    std::vector<std::string> out;
    for (const auto& hit : results["hits"]) out.push_back(hit["reviewer"]);
    std::sort(out.begin(), out.end());
    return out;
  }

  static TempDir* temp_;
  static std::string* db_;
};

TempDir* SearchExperience::temp_ = nullptr;
std::string* SearchExperience::db_ = nullptr;

using Names = std::vector<std::string>;

TEST_F(SearchExperience, FilterOptionsKeepTheRightReviews) {
  EXPECT_EQ(reviewers(search({"--author", "Helen Dunmore", "book"})),
            (Names{"Ann Reader", "Bob Critic", "Cara Quill"}));
  EXPECT_EQ(reviewers(search({"--author", "helen dunmore", "--rating", "4..5", "book"})),
            (Names{"Ann Reader", "Bob Critic"}));
  EXPECT_EQ(titles(search({"--period", "1850..1860", "book"})), Names{"Bleak House"});
  EXPECT_EQ(titles(search({"--period", "19th-century", "book"})), Names{"Bleak House"});
  EXPECT_EQ(titles(search({"--decade", "1950s", "book"})), Names{"The Betrayal"});
  EXPECT_EQ(reviewers(search({"--reviewer", "Bob Critic", "book"})), (Names{"Bob Critic", "Bob Critic"}));
  // Capitalised, a name is matched as written, so it finds the German review too.
  EXPECT_EQ(titles(search({"--date", "2014-01-01..2014-12-31", "Cromwell"})), Names{"Wölfe"});
  EXPECT_EQ(titles(search({"--lang", "de", "Cromwell"})), Names{"Wölfe"});
  EXPECT_EQ(titles(search({"--tag", "london", "book"})), Names{"Bleak House"});
}

TEST_F(SearchExperience, FiltersAloneNeedNoQuery) {
  const json results = search({"--author", "Hilary Mantel", "--sort", "date"});
  EXPECT_EQ(titles(results), (Names{"Wölfe", "Wolf Hall"}));
}

TEST_F(SearchExperience, QueryLanguageFilters) {
  EXPECT_EQ(titles(search({"book authorexact:\"Antony Beevor\""})), Names{"Stalingrad"});
  EXPECT_EQ(titles(search({"book period:\"Second World War\" reviewerexact:\"Ann Reader\""})), Names{});
  EXPECT_EQ(titles(search({"book rating:3.5 date:2008"})), Names{"Bleak House"});
  EXPECT_EQ(reviewers(search({"work:\"the siege\""})), (Names{"Bob Critic", "Cara Quill"}));
}

TEST_F(SearchExperience, FacetsInJsonCountEveryMatch) {
  const json results = search({"--facets", "author,decade,rating,lang", "--limit", "1", "book buch"});
  ASSERT_EQ(results["hits"].size(), 1u);
  const json& facets = results["facets"];
  ASSERT_TRUE(facets.is_object());
  EXPECT_EQ(facets["author"][0], (json{{"value", "Helen Dunmore"}, {"count", 3}}));
  EXPECT_EQ(facets["author"][1], (json{{"value", "Hilary Mantel"}, {"count", 2}}));
  EXPECT_EQ(facets["decade"][0], (json{{"value", "1940s"}, {"count", 3}}));
  EXPECT_EQ(facets["lang"], (json::array({{{"value", "en"}, {"count", 6}}, {{"value", "de"}, {"count", 1}}})));
  EXPECT_EQ(results["total_estimate"], 7);
  EXPECT_EQ(results["total_bounds"]["lower"], 7);
  EXPECT_EQ(results["total_bounds"]["upper"], 7);
}

TEST_F(SearchExperience, FacetsInText) {
  const CommandOutput output =
      run_lectern({"search", "--db", *db_, "--highlight", "plain", "--facets", "author", "book buch"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_NE(output.out.find("author: Helen Dunmore (3), Hilary Mantel (2)"), std::string::npos) << output.out;
}

TEST_F(SearchExperience, SortAndReverse) {
  EXPECT_EQ(titles(search({"--sort", "date", "book"})).front(), "The Siege");  // 2015-12-31
  EXPECT_EQ(titles(search({"--sort", "date", "--reverse", "book"})).front(), "Bleak House");
  EXPECT_EQ(titles(search({"--sort", "title", "book buch"})),
            (Names{"The Betrayal", "Bleak House", "The Siege", "The Siege", "Stalingrad", "Wolf Hall", "Wölfe"}));
  EXPECT_EQ(titles(search({"--sort", "period", "book"})).front(), "Wolf Hall");
  const json first = search({"--sort", "rating", "--limit", "2", "book"});
  const json second = search({"--sort", "rating", "--limit", "2", "--offset", "2", "book"});
  EXPECT_EQ(first["hits"][0]["rating"], 5.0);
  EXPECT_EQ(first["hits"][1]["rating"], 5.0);
  EXPECT_EQ(second["hits"][0]["rating"], 4.5);
  EXPECT_EQ(second["hits"][0]["rank"], 3);
}

TEST_F(SearchExperience, CollapseByWork) {
  const json results = search({"--collapse", "work", "leningrad"});
  EXPECT_EQ(titles(results).size(), 2u);
  for (const auto& hit : results["hits"]) {
    if (hit["title"] == "The Siege") {
      EXPECT_EQ(hit["collapsed"], 1);
      EXPECT_EQ(hit["reviews_of_work"], 2);
      EXPECT_EQ(hit["work"], "siege|dunmore");
    }
  }
}

TEST_F(SearchExperience, SpellingIsCorrectedWhenNothingMatches) {
  const json results = search({"stalingard"});
  EXPECT_EQ(results["query"], "stalingard");
  EXPECT_EQ(results["corrected_query"], "stalingrad");
  EXPECT_EQ(results["auto_corrected"], true);
  EXPECT_EQ(titles(results), Names{"Stalingrad"});
  const CommandOutput text = run_lectern({"search", "--db", *db_, "stalingard"});
  EXPECT_NE(text.out.find("showing results for `stalingrad` instead"), std::string::npos) << text.out;
}

TEST_F(SearchExperience, ACorrectionThatMatchesMoreOfTheQueryIsShownWithAWayBack) {
  // "battle" alone chose the hits of the query as typed; the corrected query matches both words.
  CommandOutput output = run_lectern({"search", "--db", *db_, "stalingard battle"});
  ASSERT_EQ(output.exit_status, 0);
  EXPECT_NE(output.out.find("Showing results for `stalingrad battle`, which match better than `stalingard battle` "
                            "(search as typed with --exact)"),
            std::string::npos)
      << output.out;
  output = run_lectern({"search", "--db", *db_, "--exact", "stalingard battle"});
  ASSERT_EQ(output.exit_status, 0);
  EXPECT_NE(output.out.find("Did you mean `stalingrad battle`?"), std::string::npos) << output.out;
}

TEST_F(SearchExperience, PipedOutputHasNoMarksUnlessAskedFor) {
  const CommandOutput piped = run_lectern({"search", "--db", *db_, "ladoga"});
  ASSERT_EQ(piped.exit_status, 0) << piped.err;
  EXPECT_EQ(piped.out.find("\x1b["), std::string::npos);
  EXPECT_EQ(piped.out.find("[Ladoga]"), std::string::npos) << "no [marks] in a pipe by default";
  EXPECT_NE(run_lectern({"search", "--db", *db_, "--highlight", "plain", "ladoga"}).out.find("[Ladoga]"), std::string::npos);
  EXPECT_NE(run_lectern({"search", "--db", *db_, "--color", "always", "ladoga"}).out.find("\x1b[1m"), std::string::npos);
  EXPECT_EQ(run_lectern({"search", "--db", *db_, "--color", "sometimes", "ladoga"}).exit_status, 2);
}

TEST_F(SearchExperience, SnippetFragmentsAndHighlightedTitles) {
  const json results = search({"--fragments", "2", "--snippet-length", "60", "--highlight", "plain", "anna ladoga"});
  ASSERT_FALSE(results["hits"].empty());
  const std::string snippet = results["hits"][0]["snippet"];
  EXPECT_NE(snippet.find("[Anna]"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("[Ladoga]"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find(" … "), std::string::npos) << snippet;
  const json titled = search({"siege"});
  EXPECT_EQ(titled["hits"][0]["title_highlighted"], "The <mark>Siege</mark>");
}

TEST_F(SearchExperience, QueriesWithoutWordsSaySo) {
  for (const std::string query : {"\"...\"", "&&&", "*", "", "the"}) {
    const CommandOutput output = run_lectern({"search", "--db", *db_, "--json", query});
    const json results = json::parse(output.out, nullptr, false);
    EXPECT_TRUE(results["hits"].empty()) << query;
    EXPECT_FALSE(results["notice"].get<std::string>().empty()) << query;
    // Nothing to search for is a usage error; a query of stopwords was searched and found nothing.
    EXPECT_EQ(output.exit_status, query == "the" ? 0 : 2) << query << ": " << output.err;
  }
}

TEST_F(SearchExperience, HostileQueriesGetAClearMessageAndExitTwo) {
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"foo:bar"}, {"--offset", "-1", "book"}, {"--offset", "99999999999999999999", "book"},
        {"--limit", "0", "book"}, {std::string(110 * 1024, 'a')}}) {
    std::vector<std::string> full = {"search", "--db", *db_};
    full.insert(full.end(), arguments.begin(), arguments.end());
    const CommandOutput output = run_lectern(full);
    EXPECT_EQ(output.exit_status, 2) << arguments.front().substr(0, 40) << ": " << output.err.substr(0, 300);
    EXPECT_FALSE(output.err.empty());
    EXPECT_EQ(output.err.find("Did you mean"), std::string::npos) << output.err;
  }
  const CommandOutput unknown = run_lectern({"search", "--db", *db_, "foo:bar"});
  EXPECT_NE(unknown.err.find("unknown field `foo:`"), std::string::npos) << unknown.err;
  EXPECT_EQ(run_lectern({"search", "--db", *db_, "\"time:10:30\""}).exit_status, 0) << "quoted words are words";
}

TEST_F(SearchExperience, BadOptionsAreUsageErrors) {
  for (const std::vector<std::string>& arguments : {std::vector<std::string>{"--sort", "colour", "book"},
                                                    {"--rating", "7", "book"},
                                                    {"--facets", "colour", "book"},
                                                    {"--reverse", "book"},
                                                    {"--collapse", "author", "book"},
                                                    {"--date", "soon", "book"},
                                                    {}}) {
    std::vector<std::string> full = {"search", "--db", *db_};
    full.insert(full.end(), arguments.begin(), arguments.end());
    const CommandOutput output = run_lectern(full);
    EXPECT_EQ(output.exit_status, 2) << output.out;
    EXPECT_EQ(std::count(output.err.begin(), output.err.end(), '\n'), 1) << output.err;
  }
}

TEST_F(SearchExperience, SimilarByPathRelativeToTheCurrentFolder) {
  const CommandOutput output = run_lectern({"similar", "--db", *db_, "--json", "reviews/the-siege.md"}, temp_->path());
  ASSERT_EQ(output.exit_status, 0) << output.err;
  const json results = json::parse(output.out);
  ASSERT_FALSE(results["hits"].empty());
  EXPECT_EQ(results["hits"][0]["title"], "The Siege") << "the other review of the same book";
  for (const auto& hit : results["hits"]) {
    EXPECT_NE(hit["path"], (temp_->path() / "reviews/the-siege.md").string()) << "never the review itself";
  }
}

TEST_F(SearchExperience, SimilarOfAnUnknownReviewIsAnError) {
  const CommandOutput output = run_lectern({"similar", "--db", *db_, "nowhere.md"});
  EXPECT_EQ(output.exit_status, 1);
  EXPECT_NE(output.err.find("nowhere.md"), std::string::npos) << output.err;
}

TEST_F(SearchExperience, StatsAsTextAndJson) {
  const CommandOutput text = run_lectern({"stats", "--db", *db_});
  ASSERT_EQ(text.exit_status, 0) << text.err;
  EXPECT_NE(text.out.find("7 reviews of 6 works"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Helen Dunmore"), std::string::npos);
  EXPECT_NE(text.out.find("1940s  █"), std::string::npos) << text.out;
  // The timeline: a row for the 1900s, a character per decade, the busiest decade full.
  EXPECT_NE(text.out.find("Timeline: reviews whose period covers each decade"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("    1900s  "), std::string::npos) << text.out;
  const CommandOutput output = run_lectern({"stats", "--db", *db_, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  const json stats = json::parse(output.out);
  EXPECT_EQ(stats["documents"], 7);
  EXPECT_EQ(stats["works"], 6);
  EXPECT_EQ(stats["languages"][0], (json{{"value", "en"}, {"count", 6}}));
  EXPECT_EQ(stats["top_authors"][0], (json{{"value", "Helen Dunmore"}, {"count", 3}}));
  EXPECT_EQ(stats["decades"].back(), (json{{"decade", 1950}, {"label", "1950s"}, {"count", 1}}));
  EXPECT_EQ(stats["without_period"], 0);
  // Every decade a period touches counts, not only where it begins.
  std::size_t covered_1940s = 0;
  for (const auto& decade : stats["decades_covered"]) {
    if (decade["decade"] == 1940) covered_1940s = decade["count"];
  }
  EXPECT_GE(covered_1940s, stats["decades"].size() > 0 ? 1u : 0u);
  EXPECT_GE(stats["decades_covered"].size(), stats["decades"].size());
}

}  // namespace
}  // namespace lectern::testing
