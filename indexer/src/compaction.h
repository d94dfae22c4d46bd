// Compacting a database that a run built from nothing: Xapian's B-trees, written one document
// at a time, keep their blocks part-empty for later updates, and a fresh index is about 40%
// smaller once its tables are rewritten full (Xapian::Database::compact). Searches read fewer
// blocks too.
//
// Only for a database no reader relies on yet. A Xapian 1.4 reader that reopens after the swap
// reads the new version file but keeps its old table files, and so mixes the two databases:
// Lectern's Searcher sees the new uuid and opens the database afresh, but another program (a
// xapian-tcpsrv serving the shard) must be restarted.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <xapian.h>

#include "lectern/common/result.h"

namespace lectern::indexer {

struct Compaction {
  std::uint64_t bytes_before = 0;
  std::uint64_t bytes_after = 0;
};

// Replaces the database at `path`, open as `database` with every change committed, by a
// compacted copy of it, and reopens `database` on the copy. The copy is written beside the
// database (`path`.compacting) while the lock is held, then swapped into place in one atomic
// step (renameat2 RENAME_EXCHANGE), so a reader sees either the old database or the new one,
// never neither. The copy has a new uuid and starts its revisions again at 1. On any failure (no room for the copy, a file system without atomic
// exchange) the database is left as it was, still open, and the error says why.
Result<Compaction> compact_in_place(Xapian::WritableDatabase& database, const std::filesystem::path& path);

}  // namespace lectern::indexer
