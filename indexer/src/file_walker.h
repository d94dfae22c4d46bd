// Finding the files to index under the paths a user names.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/indexer/indexer.h"

namespace lectern::indexer {

struct SourceFile {
  std::string path;       // absolute and normalised: the identity of the file in the index
  std::string format;     // as format_for_path gives it
  std::string signature;  // "<size>:<mtime ns>": a change in either means the file changed
};

struct WalkResult {
  std::vector<SourceFile> files;     // sorted by path, no duplicates
  std::vector<SkippedFile> skipped;  // named explicitly but unusable (unsupported type, unreadable)
  std::vector<std::string> roots;    // the absolute forms of the paths walked
};

// Walks `paths` recursively, keeping files whose extension Lectern reads. Hidden files and
// folders (name starting with '.') and README files found in folders are skipped, as are symbolic links to folders (to avoid
// loops). Errors: kNotFound naming the first path that does not exist.
Result<WalkResult> walk_paths(const std::vector<std::filesystem::path>& paths);

// The signature of a file as stored in the index, or an empty string when it cannot be read.
std::string file_signature(const std::filesystem::path& path);

}  // namespace lectern::indexer
