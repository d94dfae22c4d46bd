#include "file_walker.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <system_error>

#include "excludes.h"
#include "lectern/indexer/extract.h"

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

std::string without_trailing_slash(std::string path) {
  if (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

const char* special_file_kind(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return nullptr;
  }
}

class Walker {
 public:
  Walker(WalkResult& result, bool checksum) : result_(result), checksum_(checksum) {}

  // The root being walked and what to leave out under it.
  void set_root(const fs::path& root, Excludes excludes) {
    root_ = root.string();
    excludes_ = std::move(excludes);
  }

  // `real` is the entry's real path; `shown` is how the user reached it, for messages.
  void visit(const fs::path& real, const std::string& shown, bool named_explicitly) {
    std::error_code error;
    const fs::file_status status = fs::status(real, error);
    if (error) {
      skip(shown, "cannot read: " + error.message());
      return;
    }
    if (fs::is_directory(status)) {
      walk_folder(real);
    } else if (fs::is_regular_file(status)) {
      add_file(real, shown, named_explicitly);
    } else if (const char* kind = special_file_kind(status.type())) {
      skip(shown, std::string("not a regular file: ") + kind);
    }
  }

 private:
  void skip(const std::string& path, std::string reason) { result_.skipped.push_back({path, std::move(reason)}); }

  void mark_unread(const fs::path& folder, const std::error_code& error) {
    result_.unread_folders.push_back(without_trailing_slash(folder.string()));
    skip(folder.string(), "cannot read folder: " + error.message() + "; the reviews indexed from it are kept");
  }

  void add_file(const fs::path& real, const std::string& shown, bool named_explicitly) {
    if (!named_explicitly && is_readme(real)) return;
    const std::string format = format_for_path(real);
    if (format.empty()) {
      if (named_explicitly) skip(shown, "unsupported file type");
      return;
    }
    if (!seen_files_.insert(real.string()).second) return;  // reached twice through links
    result_.files.push_back({real.string(), format, file_signature(real, checksum_)});
  }

  void walk_folder(const fs::path& folder) {
    if (!walked_folders_.insert(folder.string()).second) return;  // reached twice through links
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) {
      mark_unread(folder, error);
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (const fs::directory_iterator end; it != end; it.increment(error)) {
      if (error) break;
      entries.push_back(*it);
    }
    if (error) mark_unread(folder, error);  // keep what was listed, but delete nothing under it
    for (const auto& entry : entries) visit_entry(entry, folder);
  }

  // True when the excludes leave `path` out; it is then counted, not walked.
  bool excluded(const fs::path& path, bool is_folder) {
    if (excludes_.empty()) return false;
    const std::string full = path.string();
    if (full.size() <= root_.size() + 1 || full.compare(0, root_.size(), root_) != 0 || full[root_.size()] != '/') return false;
    if (!excludes_.excludes(full.substr(root_.size() + 1), is_folder)) return false;
    ++result_.excluded;
    return true;
  }

  void visit_entry(const fs::directory_entry& entry, const fs::path& folder) {
    if (is_hidden(entry.path())) return;
    std::error_code error;
    const fs::file_status link_status = entry.symlink_status(error);
    if (error) {
      // The name is listed but cannot be examined (a folder readable but not searchable).
      mark_unread(folder, error);
      return;
    }
    if (excluded(entry.path(), fs::is_directory(link_status))) return;
    if (!fs::is_symlink(link_status)) {
      if (fs::is_directory(link_status)) {
        walk_folder(entry.path());
      } else if (fs::is_regular_file(link_status)) {
        add_file(entry.path(), entry.path().string(), /*named_explicitly=*/false);
      } else if (const char* kind = special_file_kind(link_status.type())) {
        skip(entry.path().string(), std::string("not a regular file: ") + kind);
      }
      return;
    }
    const fs::path target = fs::canonical(entry.path(), error);
    if (error) {
      const bool loop = error == std::errc::too_many_symbolic_link_levels;
      skip(entry.path().string(), loop ? "symbolic link loop" : "broken symbolic link: " + error.message());
      return;
    }
    if (fs::is_directory(fs::status(target, error))) {
      // A link to a folder that holds it would walk forever; report it instead.
      const std::string target_string = target.string();
      const std::string here = folder.string();
      if (here == target_string || is_under(here, {target_string})) {
        skip(entry.path().string(), "symbolic link loop: points to `" + target_string + "`, which contains it");
        return;
      }
    }
    visit(target, entry.path().string(), /*named_explicitly=*/false);
  }

  WalkResult& result_;
  const bool checksum_;
  std::string root_;
  Excludes excludes_;
  std::set<std::string> walked_folders_;
  std::set<std::string> seen_files_;
};

}  // namespace

bool is_under(const std::string& path, const std::vector<std::string>& roots) {
  return std::any_of(roots.begin(), roots.end(), [&](const std::string& root) {
    return path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
                            (root == "/" || path[root.size()] == '/'));
  });
}

bool WalkResult::saw_everything_under(const std::string& path) const {
  return is_under(path, roots) && !is_under(path, unread_folders);
}

std::string file_signature(const fs::path& path, bool checksum) {
  // The status-change time too: an edit that puts the size and modification time back
  // (`touch -r`, a tool that restores them) still moves it, and no user can set it.
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return {};
  auto nanoseconds = [](const timespec& time) {
    return std::to_string(static_cast<long long>(time.tv_sec) * 1'000'000'000LL + time.tv_nsec);
  };
  std::string signature =
      std::to_string(status.st_size) + ":" + nanoseconds(status.st_mtim) + ":" + nanoseconds(status.st_ctim);
  if (!checksum) return signature;
  std::ifstream file(path, std::ios::binary);
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  char buffer[1 << 16];
  while (file.read(buffer, sizeof buffer) || file.gcount() > 0) {
    for (std::streamsize i = 0; i < file.gcount(); ++i) hash = (hash ^ static_cast<unsigned char>(buffer[i])) * 1099511628211ull;
  }
  return signature + ":" + std::to_string(hash);
}

Result<WalkResult> walk_paths(const std::vector<fs::path>& paths, const std::vector<std::string>& excludes,
                              bool checksum) {
  WalkResult result;
  Walker walker(result, checksum);
  const Excludes given_excludes(excludes);
  for (const auto& given : paths) {
    std::error_code error;
    const fs::path absolute = fs::absolute(given, error).lexically_normal();
    if (error || !fs::exists(fs::symlink_status(absolute, error))) {
      return Error::not_found("cannot index `" + given.string() + "`: no such file or folder");
    }
    // Roots are real paths, so that a folder reached through a link and through its own name
    // gives the same reviews once.
    fs::path real = fs::weakly_canonical(absolute, error);
    if (error) real = absolute;
    result.roots.push_back(without_trailing_slash(real.string()));
    walker.set_root(result.roots.back(), given_excludes.for_root(real));
    walker.visit(real, given.string(), /*named_explicitly=*/true);
  }
  std::sort(result.files.begin(), result.files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  return result;
}

}  // namespace lectern::indexer
