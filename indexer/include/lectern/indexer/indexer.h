// Indexing folders of reviews into a Lectern database, incrementally: unchanged files are
// skipped, changed files re-indexed, and the reviews of files confirmed gone removed.
//
// What a run guarantees: nothing is deleted that was not seen to be gone (a review leaves only
// when its file is confirmed absent under a root of the run whose folders were all read); a
// `--full` run is one atomic transaction; an incremental run commits every few thousand
// documents, each commit consistent (a file's reviews change together), so a run stopped
// part-way keeps the files it finished and the next run does the rest; a run that changes
// nothing commits nothing.
//
// Thread model: an Indexer holds the database's write lock for its lifetime, so at most one
// exists per database across all processes. Extraction runs on `jobs` worker threads, ahead of
// the calling thread, which does all the writes (extraction_pipeline.h bounds how far ahead).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/indexer/extract.h"
#include "lectern/indexer/index_summary.h"

namespace lectern::indexer {

struct IndexProgress {
  std::size_t files_done = 0;   // files examined so far (unchanged ones included)
  std::size_t files_total = 0;  // supported files found under the paths
  std::string current_file;     // the file written last; empty before the first
};

struct IndexOptions {
  std::filesystem::path database = "lectern-db";  // created when missing
  bool full = false;               // re-extract every file and drop everything else
  bool dry_run = false;            // report what would change (planned_* in the summary), write nothing
  ExtractOptions extract;          // passed to every file's extraction
  unsigned jobs = 0;               // extraction threads; 0 means one per core but one (the writer's)
  // An incremental run commits after about this many documents written (a --full run commits
  // once): a run stopped part-way loses at most one step, and Xapian's buffers stay bounded.
  std::size_t commit_every = 2000;
  // Compact the index at the end of the run that creates it (compaction.h): a new index is
  // about 40% smaller for a pass that costs a few percent of the run. Failing to compact only
  // leaves the index as written, with a warning. Later runs, --full ones included, write in
  // place: Xapian 1.4 readers cannot follow a copy swapped in under them (compaction.h).
  bool compact = true;
  // What the files in extraction at once may take between them, by an estimate from each
  // file's size and format (HTML takes about 24 times its size). A file that alone would need
  // more is skipped with a reason; the others wait for room, so peak memory stays near this
  // plus a constant, whatever `jobs`. In a sharded index the shards share it.
  std::uint64_t memory_budget = std::uint64_t{1} << 30;
  // Globs of files and folders to leave out (excludes.h; each root's .lecternignore adds its
  // own). A left-out file that was indexed is removed from the index.
  std::vector<std::string> excludes;
  // Also hash every file's content into its signature (`--checksum`): a change that restores
  // size and times is seen too, at the cost of reading every file on every run.
  bool checksum = false;
  // A synonyms file (common/data/synonyms.txt's format) whose groups are added to Lectern's
  // defaults. It is remembered in the database: later runs without it keep its groups.
  std::filesystem::path synonyms_file;
  // Called every 128 files and at least twice a second while files are written, from the calling thread, or in a sharded index from the
  // shards' threads one at a time, with the totals of all shards; may be empty.
  std::function<void(const IndexProgress&)> on_progress;
  // Split a new index into this many shards (docs/scaling.md): `database` becomes a folder
  // holding shard-1 ... shard-N and a Xapian stub file (XAPIANDB) listing them, which every
  // command opens as one index. A file's reviews always go to the same shard (by a hash of
  // its path), and the shards are written in parallel. 0 or 1: a new index is one database. An
  // existing index keeps its layout; asking it for another number of shards is an error.
  unsigned shards = 0;
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
  // entries skipped). Files and folders that cannot be read or parsed are listed in the
  // summary's `skipped` and keep whatever the database held for them; only files under `paths`
  // can be deleted. Errors: kNotFound when a path does not exist; kIOError/kCorruption when the
  // database fails, in which case the steps committed before the failure are kept (none for
  // --full) and the message says so.
  Result<IndexSummary> index(const std::vector<std::filesystem::path>& paths);

  // Removes the reviews of files confirmed absent anywhere in the database, keeping those whose
  // recorded root is itself missing (an unmounted drive); with options.dry_run, only reports.
  // Errors: kIOError when the database fails (nothing is removed then).
  Result<PruneSummary> prune();

  // Writes reviews read back from `lectern export` under their own ids and paths, replacing
  // what the index holds for those files (`lectern index --from-export`). They carry no file
  // signature, so a later `index` of their folders re-reads the files that are there. Errors:
  // kIOError when the database fails (the steps committed before are kept).
  Result<IndexSummary> import_reviews(const std::vector<Review>& reviews);

  // Takes the files at or under `paths` out of the index without touching them (`paths` in the
  // summary: the files removed). A later `index` of a folder holding them adds them back
  // unless they are excluded (IndexOptions::excludes). With options.dry_run, only reports.
  // Errors: kNotFound when nothing indexed is at or under any of the paths; kIOError when the
  // database fails (nothing is removed then).
  Result<PruneSummary> remove(const std::vector<std::filesystem::path>& paths);

 private:
  struct Impl;  // one per database: the index, or each of its shards
  explicit Indexer(std::vector<std::unique_ptr<Impl>> shards);
  std::vector<std::unique_ptr<Impl>> shards_;
};

}  // namespace lectern::indexer
