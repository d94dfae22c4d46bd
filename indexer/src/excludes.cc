#include "excludes.h"

#include <fnmatch.h>

#include <fstream>

namespace lectern::indexer {
namespace {

// The name of the file in a root that lists what to leave out.
constexpr const char* kIgnoreFileName = ".lecternignore";

bool matches(const std::string& glob, const std::string& text, int flags) {
  return ::fnmatch(glob.c_str(), text.c_str(), flags) == 0;
}

}  // namespace

Excludes::Excludes(std::vector<std::string> patterns) {
  for (std::string glob : patterns) {
    while (!glob.empty() && (glob.back() == ' ' || glob.back() == '\r')) glob.pop_back();
    if (glob.empty() || glob.front() == '#') continue;
    Pattern pattern;
    if (glob.size() > 1 && glob.back() == '/') {
      pattern.folders_only = true;
      glob.pop_back();
    }
    pattern.anchored = glob.find('/') != std::string::npos;
    if (glob.front() == '/') glob.erase(0, 1);
    pattern.glob = std::move(glob);
    patterns_.push_back(std::move(pattern));
  }
}

Excludes Excludes::for_root(const std::filesystem::path& root) const {
  Excludes combined = *this;
  std::ifstream file(root / kIgnoreFileName);
  std::vector<std::string> lines;
  for (std::string line; std::getline(file, line);) lines.push_back(line);
  const Excludes from_file(std::move(lines));
  combined.patterns_.insert(combined.patterns_.end(), from_file.patterns_.begin(), from_file.patterns_.end());
  return combined;
}

bool Excludes::excludes(const std::string& relative, bool is_folder) const {
  const std::size_t slash = relative.rfind('/');
  const std::string name = slash == std::string::npos ? relative : relative.substr(slash + 1);
  for (const Pattern& pattern : patterns_) {
    if (pattern.folders_only && !is_folder) continue;
    if (!pattern.anchored) {
      if (matches(pattern.glob, name, 0)) return true;
      continue;
    }
    // "archive/**": everything under archive/.
    if (pattern.glob.size() > 3 && pattern.glob.ends_with("/**")) {
      const std::string folder = pattern.glob.substr(0, pattern.glob.size() - 3);
      if (matches(folder, relative, FNM_PATHNAME)) return true;
      for (std::size_t at = relative.find('/'); at != std::string::npos; at = relative.find('/', at + 1)) {
        if (matches(folder, relative.substr(0, at), FNM_PATHNAME)) return true;
      }
      continue;
    }
    // "**/tmp": at any depth.
    if (pattern.glob.starts_with("**/")) {
      const std::string rest = pattern.glob.substr(3);
      if (matches(rest, relative, FNM_PATHNAME)) return true;
      for (std::size_t at = relative.find('/'); at != std::string::npos; at = relative.find('/', at + 1)) {
        if (matches(rest, relative.substr(at + 1), FNM_PATHNAME)) return true;
      }
      continue;
    }
    if (matches(pattern.glob, relative, FNM_PATHNAME)) return true;
  }
  return false;
}

}  // namespace lectern::indexer
