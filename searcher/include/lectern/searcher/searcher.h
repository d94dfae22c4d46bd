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
  // Lectern query language, see docs/query-language.md. Words are OR-ed and ranked by BM25, so
  // reviews with every word come first. A query with no words (empty, only punctuation)
  // matches nothing and is not an error.
  std::string query;
  std::size_t offset = 0;        // hits to skip (paging)
  std::size_t limit = 10;        // hits to return at most; 0 gives only the totals
  // Stemming language for the query (ISO 639-1). Empty means English; a code Lectern has no
  // stemmer for matches words as typed, as the indexer stores such documents.
  std::string language = "en";
  Highlight highlight = Highlight::kHtml;
  // About this many characters (Xapian counts bytes, so fewer for non-Latin scripts); 0 gives
  // no snippet. Matched words in other forms of the same stem are marked too, a matched phrase
  // as one unit. When no word of the text matched (only the title or author did), the snippet
  // is the opening of the text, cut after a whole word, with "…" when cut.
  std::size_t snippet_length = 200;
};

struct Hit {
  std::size_t rank = 0;  // 1-based, counting from the first hit of the whole result list
  std::string id;
  double score = 0;      // BM25 weight; 0 for a query of filters only
  std::string path;
  std::string title;
  std::vector<std::string> authors;
  std::string reviewer;
  std::string date;
  std::optional<double> rating;
  std::optional<YearSpan> period;
  std::string snippet;  // marked as SearchRequest::highlight says; one line
};

// When a document's stored data cannot be decoded, its hit still has id and path (from the id
// term and the source-path value) and empty fields; a warning is logged.

struct SearchResults {
  std::string query;
  std::size_t total_estimate = 0;  // Xapian's estimate of all matches
  std::size_t total_lower_bound = 0;  // there are at least this many matches
  std::size_t total_upper_bound = 0;  // and at most this many
  std::size_t offset = 0;
  std::size_t limit = 0;
  std::vector<Hit> hits;
};

class Searcher {
 public:
  // Opens the databases for reading. Errors: kInvalidArgument when no database is named,
  // kNotFound when a folder does not exist or holds no Xapian database (the message says to
  // run `lectern index`), kCorruption when Xapian cannot read it or its schema version
  // (schema::kMetadataVersionKey) is not this Lectern's (the message says to rebuild with
  // `lectern index --full`; an index without a version is accepted). Never throws.
  static Result<Searcher> open(const SearcherOptions& options);

  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;
  ~Searcher();

  // Runs a query. Errors: kInvalidArgument for a query that cannot be parsed (the message
  // quotes the query and says what is wrong), kCorruption when the database fails mid-search,
  // kIOError when an indexer keeps committing faster than the search can read (a search that
  // meets one new commit reopens and retries by itself). Never throws.
  Result<SearchResults> search(const SearchRequest& request);

  // Makes the next search see the latest committed state of the databases. Errors as open().
  Status reopen();

  // Number of documents in the databases; 0 when they cannot be read.
  std::size_t document_count() const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lectern::searcher
