// Indexing folders of reviews into a Lectern database, incrementally: unchanged files are
// skipped, changed files re-indexed, vanished files' reviews removed, all in one atomic
// commit.
//
// Thread model: an Indexer holds the database's write lock for its lifetime, so at most one
// exists per database across all processes. Extraction runs on `jobs` worker threads; all
// writes happen on the calling thread.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/indexer/extract.h"

namespace lectern::indexer {

struct IndexProgress {
  std::size_t files_done = 0;   // files examined so far (unchanged ones included)
  std::size_t files_total = 0;  // supported files found under the paths
};

struct IndexOptions {
  std::filesystem::path database = "lectern-db";  // created when missing
  bool full = false;               // re-extract every file and drop everything else
  ExtractOptions extract;          // passed to every file's extraction
  unsigned jobs = 0;               // extraction threads; 0 means one per core
  // A synonyms file (common/data/synonyms.txt's format) whose groups are added to Lectern's
  // defaults. It is remembered in the database: later runs without it keep its groups.
  std::filesystem::path synonyms_file;
  // Called from the calling thread after each batch of files; may be empty.
  std::function<void(const IndexProgress&)> on_progress;
};

struct SkippedFile {
  std::string path;
  std::string reason;
};

// Counts are of reviews (documents), not files: a JSON file can hold many reviews.
struct IndexSummary {
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  std::size_t deleted = 0;
  std::vector<SkippedFile> skipped;  // files that could not be indexed, with the reason
  std::size_t documents = 0;         // documents in the database after the run
  std::size_t files = 0;             // supported files found
};

class Indexer {
 public:
  // Opens (creating if needed) the database for writing. Errors: kIOError when the folder
  // cannot be created or is locked by another indexer (the message says so), kCorruption when
  // it is not a readable Xapian database or was built by an incompatible schema version
  // (unless options.full, which rebuilds it); kNotFound or kInvalidArgument when the synonyms
  // file cannot be read or parsed (the message names the file and line).
  static Result<Indexer> open(IndexOptions options);

  Indexer(Indexer&&) noexcept;
  Indexer& operator=(Indexer&&) noexcept;
  ~Indexer();

  // Indexes every supported file under `paths` (files or folders, walked recursively; hidden
  // entries skipped). Files that cannot be read or parsed are listed in the summary's
  // `skipped` and keep whatever the database held for them. Errors: kNotFound when a path does
  // not exist; kIOError/kCorruption when the database fails, in which case nothing of this run
  // is committed.
  Result<IndexSummary> index(const std::vector<std::filesystem::path>& paths);

 private:
  struct Impl;
  explicit Indexer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lectern::indexer
