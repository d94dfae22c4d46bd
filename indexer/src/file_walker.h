// Finding the files to index under the paths a user names, and knowing which folders were read
// completely: only there may a file that was not found be taken for deleted.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/indexer/index_summary.h"

namespace lectern::indexer {

struct SourceFile {
  std::string path;       // the real path (symbolic links resolved): the file's identity in the index
  std::string format;     // as format_for_path gives it
  std::string signature;  // "<size>:<mtime ns>:<ctime ns>": a change in any means the file changed
};

struct WalkResult {
  std::vector<SourceFile> files;     // sorted by path, no duplicates
  std::vector<SkippedFile> skipped;  // unusable entries: unreadable folders, broken links, FIFOs...
  std::vector<std::string> roots;    // the real paths of the paths walked
  // Folders (roots included) whose listing failed or stopped part-way. A file missing from
  // `files` under one of them may still exist, so its reviews must be kept.
  std::vector<std::string> unread_folders;
  std::size_t excluded = 0;  // files and folders left out by the excludes

  // True when `path` lies under a root and no unread folder: its absence from `files` is then
  // the walk's verdict, not a gap in what it could see.
  bool saw_everything_under(const std::string& path) const;
};

// Walks `paths` recursively, keeping files whose extension Lectern reads. Hidden files and
// folders (name starting with '.') and README files found in folders are skipped. Symbolic
// links are followed once: every file is reported under its real path, a folder reached twice is
// walked once, and links that loop or dangle are reported in `skipped`, as are FIFOs, sockets
// and devices. Entries matching `excludes` (excludes.h: globs, plus each root's
// .lecternignore) are left out and counted; a file left out that was indexed is then deleted
// like any other file the walk no longer takes. Errors: kNotFound naming the first path that
// does not exist.
// With `checksum`, each signature also holds a hash of the file's bytes (file_signature).
Result<WalkResult> walk_paths(const std::vector<std::filesystem::path>& paths,
                              const std::vector<std::string>& excludes = {}, bool checksum = false);

// The signature of a file as stored in the index, or an empty string when it cannot be read.
// With `checksum`, ":" and a 64-bit FNV-1a hash of the content follow: a change that restores
// size, modification and status-change times (a restore from backup onto the same inode's
// metadata) is still seen, at the cost of reading every file on every run.
std::string file_signature(const std::filesystem::path& path, bool checksum = false);

// True when `path` lies at or under one of `roots` (absolute, without a trailing slash).
bool is_under(const std::string& path, const std::vector<std::string>& roots);

}  // namespace lectern::indexer
