#include "file_walker.h"

#include <algorithm>
#include <cctype>
#include <system_error>

#include <spdlog/spdlog.h>

namespace lectern::indexer {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// A folder's README describes the folder; it is not one of the reviews in it.
bool is_readme(const fs::path& path) {
  std::string stem = path.stem().string();
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return stem == "readme";
}

void add_file(const fs::path& path, WalkResult& result, bool named_explicitly) {
  if (!named_explicitly && is_readme(path)) return;
  const std::string format = format_for_path(path);
  if (format.empty()) {
    if (named_explicitly) result.skipped.push_back({path.string(), "unsupported file type"});
    return;
  }
  result.files.push_back({path.string(), format, file_signature(path)});
}

}  // namespace

std::string file_signature(const fs::path& path) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (error) return {};
  const auto mtime = fs::last_write_time(path, error);
  if (error) return {};
  return std::to_string(size) + ":" + std::to_string(mtime.time_since_epoch().count());
}

Result<WalkResult> walk_paths(const std::vector<fs::path>& paths) {
  WalkResult result;
  for (const auto& given : paths) {
    std::error_code error;
    const fs::path root = fs::absolute(given, error).lexically_normal();
    if (error || !fs::exists(root, error)) {
      return Error::not_found("cannot index `" + given.string() + "`: no such file or folder");
    }
    std::string root_string = root.string();
    if (root_string.size() > 1 && root_string.back() == '/') root_string.pop_back();
    result.roots.push_back(root_string);
    if (!fs::is_directory(root, error)) {
      add_file(root, result, /*named_explicitly=*/true);
      continue;
    }
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    if (error) {
      result.skipped.push_back({root_string, "cannot read folder: " + error.message()});
      continue;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
      if (error) {
        spdlog::warn("cannot read `{}`: {}", it->path().string(), error.message());
        error.clear();
        continue;
      }
      const fs::directory_entry& entry = *it;
      if (is_hidden(entry.path())) {
        if (entry.is_directory(error)) it.disable_recursion_pending();
        continue;
      }
      if (entry.is_symlink(error) && entry.is_directory(error)) {
        it.disable_recursion_pending();
        continue;
      }
      if (entry.is_regular_file(error)) add_file(entry.path(), result, /*named_explicitly=*/false);
    }
  }
  std::sort(result.files.begin(), result.files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  result.files.erase(std::unique(result.files.begin(), result.files.end(),
                                 [](const SourceFile& a, const SourceFile& b) { return a.path == b.path; }),
                     result.files.end());
  return result;
}

}  // namespace lectern::indexer
