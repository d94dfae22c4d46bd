// Searching a Lectern index: a query in Lectern's query language in, ranked hits with
// highlighted snippets out. Xapian stays behind this header.
//
// Thread model: a Searcher owns its Xapian::Database handle, and Xapian handles are not
// thread-safe, so a Searcher must be used by one thread at a time. A server keeps one
// Searcher per worker thread; open() is cheap enough to call per thread. reopen() makes a
// long-lived Searcher see what the indexer has committed since.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/common/review.h"

namespace lectern::searcher {

// How matched words are marked in snippets.
enum class Highlight {
  kNone,   // plain text, no marks
  kPlain,  // [word] — readable in any terminal or pipe
  kAnsi,   // bold on a terminal (ESC[1m ... ESC[0m)
  kHtml,   // <mark>word</mark>, everything else HTML-escaped
};

struct SearcherOptions {
  // One or more databases searched as one (shards). Each entry is a Lectern index folder.
  std::vector<std::filesystem::path> databases;
};

struct SearchRequest {
  std::string query;             // Lectern query language, see docs/query-language.md
  std::size_t offset = 0;        // hits to skip (paging)
  std::size_t limit = 10;        // hits to return at most
  std::string language = "en";   // stemming language for the query (ISO 639-1)
  Highlight highlight = Highlight::kHtml;
  std::size_t snippet_length = 200;  // characters, about
};

struct Hit {
  std::size_t rank = 0;  // 1-based, counting from the first hit of the whole result list
  std::string id;
  double score = 0;
  std::string path;
  std::string title;
  std::vector<std::string> authors;
  std::string reviewer;
  std::string date;
  std::optional<double> rating;
  std::optional<YearSpan> period;
  std::string snippet;  // marked as SearchRequest::highlight says
};

struct SearchResults {
  std::string query;
  std::size_t total_estimate = 0;  // Xapian's estimate of all matches
  std::size_t total_lower_bound = 0;
  std::size_t total_upper_bound = 0;
  std::size_t offset = 0;
  std::size_t limit = 0;
  std::vector<Hit> hits;
};

class Searcher {
 public:
  // Opens the databases for reading. Errors: kInvalidArgument when no database is named,
  // kNotFound when a folder holds no Lectern index (the message says to run `lectern index`),
  // kCorruption when Xapian cannot read it.
  static Result<Searcher> open(const SearcherOptions& options);

  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;
  ~Searcher();

  // Runs a query. Errors: kInvalidArgument for a query that cannot be parsed (the message
  // quotes the query and says what is wrong), kCorruption when the database fails mid-search.
  Result<SearchResults> search(const SearchRequest& request);

  // Makes the next search see the latest committed state of the databases.
  Status reopen();

  // Number of documents in the databases.
  std::size_t document_count() const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lectern::searcher
