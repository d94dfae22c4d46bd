// What an indexing run reports: value types shared by the indexer, the file walker and the
// command line, kept apart from indexer.h so that small modules need not include the Indexer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace lectern::indexer {

// A file or folder that could not be indexed. Whatever the database held for it is kept.
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
  std::size_t excluded = 0;  // files and folders left out by --exclude and .lecternignore
  std::vector<SkippedFile> skipped;  // files and folders that could not be read, with the reason
  std::vector<SkippedFile> warnings;  // files indexed despite a problem (broken front matter), with it
  std::size_t documents = 0;         // documents in the database after the run
  std::size_t files = 0;             // supported files found
  std::size_t commits = 0;           // commits this run made (0 when nothing changed)
  // The run that creates an index compacts it: its size before and after, summed over the
  // shards; 0 when it did not.
  std::uint64_t bytes_before_compaction = 0;
  std::uint64_t bytes_after_compaction = 0;
  // Only for a dry run: the files that would be added, re-indexed and removed.
  std::vector<std::string> planned_additions;
  std::vector<std::string> planned_updates;
  std::vector<std::string> planned_deletions;
};

// What `lectern prune` removed (or, in a dry run, would remove).
struct PruneSummary {
  std::size_t deleted = 0;                  // reviews removed
  std::vector<std::string> paths;           // the files confirmed gone
  std::vector<std::string> missing_roots;   // roots (or folders) not there now: their reviews are kept
  std::size_t documents = 0;                // documents in the database afterwards
};

}  // namespace lectern::indexer
