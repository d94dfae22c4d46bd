// Small real indexes for the searcher's tests: reviews built with the indexer's own
// build_document and written to a Xapian database in a temporary folder.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "document_builder.h"
#include "lectern/common/review.h"
#include "lectern/searcher/searcher.h"
#include "test_support.h"

namespace lectern::searcher::testing {

// A review with the given id (its path is "/reviews/<id>.md"), in English.
inline Review review(const std::string& id, std::string title, std::vector<std::string> authors, std::string text) {
  Review r;
  r.id = id;
  r.path = "/reviews/" + id + ".md";
  r.format = "md";
  r.language = "en";
  r.title = std::move(title);
  r.authors = std::move(authors);
  r.text = std::move(text);
  return r;
}

// Writes `reviews` to a new database at `folder`, upserting by id term as the indexer does.
inline void write_index(const std::filesystem::path& folder, const std::vector<Review>& reviews) {
  Xapian::WritableDatabase database(folder.string(), Xapian::DB_CREATE_OR_OPEN);
  for (const Review& r : reviews) {
    database.replace_document(lectern::indexer::id_term(r.id), lectern::indexer::build_document(r, "1:1"));
  }
  database.commit();
}

// The ids of the hits, in rank order.
inline std::vector<std::string> ids(const SearchResults& results) {
  std::vector<std::string> out;
  for (const Hit& hit : results.hits) out.push_back(hit.id);
  return out;
}

// An index of `reviews` and a Searcher over it, for tests that only query.
class IndexFixture {
 public:
  explicit IndexFixture(const std::vector<Review>& reviews) {
    write_index(dir_.path() / "db", reviews);
    auto opened = Searcher::open({{dir_.path() / "db"}});
    if (!opened.ok()) throw std::runtime_error(opened.error().message);
    searcher_.emplace(std::move(opened).value());
  }

  Searcher& searcher() { return *searcher_; }
  const std::filesystem::path& folder() const { return dir_.path(); }

  // Runs `query` (plain highlighting, default length) and fails the test on an error.
  SearchResults search(const std::string& query, Highlight highlight = Highlight::kPlain) {
    SearchRequest request;
    request.query = query;
    request.highlight = highlight;
    request.limit = 100;
    auto results = searcher_->search(request);
    EXPECT_TRUE(results.ok()) << query << ": " << (results.ok() ? "" : results.error().message);
    return results.ok() ? std::move(results).value() : SearchResults{};
  }

  std::vector<std::string> find(const std::string& query) { return ids(search(query)); }

 private:
  lectern::testing::TempDir dir_;
  std::optional<Searcher> searcher_;
};

}  // namespace lectern::searcher::testing
