// A fixture collection with known answers for the search-experience tests: filters, facets,
// sorting, works and statistics. Every text says "book", so `book` matches all ten reviews.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "test_index.h"

namespace lectern::searcher::testing {

inline Review rich_review(const std::string& id, std::string title, std::vector<std::string> authors,
                          std::string reviewer, std::string date, std::optional<double> rating,
                          std::optional<YearSpan> period, std::string text) {
  Review r = review(id, std::move(title), std::move(authors), std::move(text));
  r.reviewer = std::move(reviewer);
  r.date = std::move(date);
  r.rating = rating;
  r.period = period;
  return r;
}

// id          title                       author             reviewer        date        rating period
// betrayal    The Betrayal                Helen Dunmore      Ann Reader      2011-05-02  4.5    1952-1953
// siege       The Siege                   Helen Dunmore      Bob Critic      2009-03-15  5      1941-1942
// siege2      The Siege                   Helen Dunmore      Cara Quill      2015-12-31  3      1941-1942
// stalingrad  Stalingrad                  Antony Beevor      Bob Critic      2012-06     4      1942-1943
// wolf        Wolf Hall                   Hilary Mantel      Ann Reader      2010        5      1500-1535
// woelfe      Wölfe (German)              Hilary Mantel      Jonas Albrecht  2014-02-01  4      1500-1535
// caesar      Caesar                      Adrian Goldsworthy -               -           -      100 BC-44 BC
// spy         The Spy Who Came in ...     John le Carré      Gerald Fenwick  2016-07-01  4      1961-1963
// bleak       Bleak House                 Charles Dickens    Edmund Varley   2008-01-01  3.5    1850-1853
// notes       (untitled)                  -                  -               -           -      -
// Mentions: betrayal and stalingrad mention The Siege; siege mentions The Betrayal.
inline std::vector<Review> collection() {
  Review betrayal =
      rich_review("betrayal", "The Betrayal", {"Helen Dunmore"}, "Ann Reader", "2011-05-02", 4.5, YearSpan{1952, 1953},
                  "A book about Leningrad after the war. Doctors are arrested one by one.");
  betrayal.tags = {"Russia"};
  betrayal.mentions = {{"The Siege", "Helen Dunmore"}};
  Review siege = rich_review("siege", "The Siege", {"Helen Dunmore"}, "Bob Critic", "2009-03-15", 5.0,
                             YearSpan{1941, 1942}, "A book about the first winter of the siege of Leningrad.");
  siege.tags = {"Russia", "World War"};
  siege.mentions = {{"The Betrayal", "Helen Dunmore"}};
  Review siege2 = rich_review("siege2", "The Siege", {"Helen Dunmore"}, "Cara Quill", "2015-12-31", 3.0,
                              YearSpan{1941, 1942}, "Another reading of the book: hunger, ice and bread in Leningrad.");
  Review stalingrad = rich_review("stalingrad", "Stalingrad", {"Antony Beevor"}, "Bob Critic", "2012-06", 4.0,
                                  YearSpan{1942, 1943}, "A history book about the battle on the Volga.");
  stalingrad.tags = {"Russia"};
  stalingrad.mentions = {{"The Siege", "Helen Dunmore"}};
  Review wolf = rich_review("wolf", "Wolf Hall", {"Hilary Mantel"}, "Ann Reader", "2010", 5.0, YearSpan{1500, 1535},
                            "A book about Thomas Cromwell at the court of Henry VIII.");
  wolf.tags = {"Tudor"};
  Review woelfe = rich_review("woelfe", "Wölfe", {"Hilary Mantel"}, "Jonas Albrecht", "2014-02-01", 4.0,
                              YearSpan{1500, 1535}, "Ein Buch über Thomas Cromwell am Hof Heinrichs VIII. A book.");
  woelfe.language = "de";
  woelfe.tags = {"Tudor"};
  Review caesar = rich_review("caesar", "Caesar", {"Adrian Goldsworthy"}, "", "", std::nullopt, YearSpan{-100, -44},
                              "A book about a general who crossed the Rubicon.");
  Review spy = rich_review("spy", "The Spy Who Came in from the Cold", {"John le Carré"}, "Gerald Fenwick",
                           "2016-07-01", 4.0, YearSpan{1961, 1963}, "A book about Berlin and the wall, cold and grey.");
  Review bleak = rich_review("bleak", "Bleak House", {"Charles Dickens"}, "Edmund Varley", "2008-01-01", 3.5,
                             YearSpan{1850, 1853}, "A book about fog, Chancery and Jarndyce and Jarndyce.");
  Review notes = review("notes", "", {}, "Notes on a book read on a train.");
  return {betrayal, siege, siege2, stalingrad, wolf, woelfe, caesar, spy, bleak, notes};
}

// Runs `request` and fails the test on an error.
inline SearchResults run(Searcher& searcher, const SearchRequest& request) {
  auto results = searcher.search(request);
  EXPECT_TRUE(results.ok()) << request.query << ": " << (results.ok() ? "" : results.error().message);
  return results.ok() ? std::move(results).value() : SearchResults{};
}

// A request for `query` with room for every hit of the collection and plain highlighting.
inline SearchRequest request_for(std::string query) {
  SearchRequest request;
  request.query = std::move(query);
  request.limit = 100;
  request.highlight = Highlight::kPlain;
  return request;
}

// The ids of `results` sorted, for comparing sets.
inline std::vector<std::string> sorted_ids(const SearchResults& results) {
  std::vector<std::string> out = ids(results);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace lectern::searcher::testing
