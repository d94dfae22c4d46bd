// Searching a Lectern index: a query in Lectern's query language in, ranked hits with
// highlighted snippets out. Xapian stays behind this header.
//
// Thread model: a Searcher owns its Xapian::Database handle, and Xapian handles are not
// thread-safe, so a Searcher must be used by one thread at a time. A server keeps one
// Searcher per worker thread; open() is cheap enough to call per thread. reopen() makes a
// long-lived Searcher see what the indexer has committed since.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/common/review.h"
#include "lectern/searcher/search_types.h"

namespace lectern::searcher {

struct SearcherOptions {
  // One or more databases searched as one (shards). Each entry is a Lectern index folder.
  std::vector<std::filesystem::path> databases;
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

  // Reviews like request.review, best first, shaped like search results (SearchResults::query
  // is request.review): Xapian's relevance feedback takes the review's most telling words as
  // a query, in the forms its own language's stemmer gave them, so a German review finds
  // German reviews. The review itself is left out. Errors: kNotFound when no review has that
  // id or path, kInvalidArgument when the path holds several reviews (the message lists their
  // ids), and the errors of search(). Never throws.
  Result<SearchResults> similar(const SimilarRequest& request);

  // Counts over the whole collection; `top` values of each list at most. Errors as search().
  Result<CollectionStats> collection_stats(std::size_t top = 10);

  // The stored review with this id (or the path of its file, when it holds one review).
  // Errors: kNotFound when there is none, kInvalidArgument when a path holds several, and the
  // errors of search(). Never throws.
  Result<Review> review(const std::string& id_or_path);

  // What the index stores for one review (`lectern show`): its fields, and its Xapian terms
  // and values as they are, for seeing why it matches or not. Errors as review().
  struct StoredReview {
    Review review;
    std::map<std::string, std::vector<std::string>> terms_by_prefix;  // "" for plain words; "Z" stems
    std::map<unsigned, std::string> values;                           // slot -> bytes
  };
  Result<StoredReview> stored(const std::string& id_or_path);

  // Calls `visit` with every stored review, in document order, on one consistent snapshot (for
  // `lectern export`). Errors as search(); a failure part-way is reported after the reviews
  // already visited.
  Status for_each_review(const std::function<void(const Review&)>& visit);

  // Up to `limit` completions of `typed` (its last word being typed): authors and titles whose
  // names start with it, then words, each list by how many reviews use it. Errors as search().
  Result<std::vector<Suggestion>> suggest(std::string_view typed, std::size_t limit = 8);

  // Makes the next search see the latest committed state of the databases. Errors as open().
  Status reopen();

  // A number that grows with every commit to any of the databases (the revisions of every
  // local database and shard, summed); 0 when they cannot be read. Commits to a remote shard
  // do not change it: Xapian's remote protocol reports no revision.
  std::uint64_t revision() const;

  // Names the state of the index being searched: its databases' uuids and revision(). Two
  // equal snapshots are the same reviews, even across a rebuild that restarts the revisions (a
  // compacted or rebuilt database has a new uuid). Empty when the state cannot be told, as
  // with remote shards, whose commits Xapian does not report: nothing may then be kept per
  // state.
  std::string snapshot() const;

  // Number of documents in the databases; 0 when they cannot be read.
  std::size_t document_count() const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lectern::searcher
