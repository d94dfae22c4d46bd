// Which files and folders a walk leaves out: globs given with --exclude (or in the config
// file) and the lines of a `.lecternignore` file at the top of a root, in gitignore's syntax
// for what it shares with it: `*.bak` (a name at any depth), `drafts/` (folders only),
// `/notes.txt` and `reviews/old/*` (a path from the root), `**/tmp` and `archive/**`. Lines
// starting with '#' and blank lines are ignored; `!` (re-including) is not supported.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lectern::indexer {

class Excludes {
 public:
  Excludes() = default;
  explicit Excludes(std::vector<std::string> patterns);

  // The patterns plus those of `root`/.lecternignore, when there is one.
  Excludes for_root(const std::filesystem::path& root) const;

  // True when `relative` (a path under the root, '/'-separated) is left out.
  bool excludes(const std::string& relative, bool is_folder) const;

  bool empty() const { return patterns_.empty(); }

 private:
  struct Pattern {
    std::string glob;
    bool folders_only = false;  // written with a trailing '/'
    bool anchored = false;      // holds a '/': matched against the path from the root
  };
  std::vector<Pattern> patterns_;
};

}  // namespace lectern::indexer
