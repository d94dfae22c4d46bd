#include "lectern/indexer/folder_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>
#include <system_error>
#include <unordered_map>

namespace lectern::indexer {
namespace fs = std::filesystem;
namespace {

constexpr std::uint32_t kEvents = IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB |
                                  IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
// How often a wait looks at the stop flag.
constexpr int kPollMilliseconds = 200;

bool under(const fs::path& path, const fs::path& folder) {
  auto [end, _] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end == folder.end();
}

}  // namespace

struct FolderWatcher::Impl {
  int descriptor = -1;
  std::vector<fs::path> ignored;
  std::unordered_map<int, fs::path> folders;  // watch descriptor -> folder

  ~Impl() {
    if (descriptor >= 0) close(descriptor);
  }

  bool is_ignored(const fs::path& folder) const {
    for (const fs::path& skip : ignored) {
      if (under(folder, skip)) return true;
    }
    return false;
  }

  Status watch_one(const fs::path& folder) {
    if (is_ignored(folder)) return Status::success();
    const int watch = inotify_add_watch(descriptor, folder.c_str(), kEvents);
    if (watch < 0) {
      if (errno == ENOSPC) {
        return Error::io_error("cannot watch `" + folder.string() +
                               "`: the system's limit of watched folders is reached (raise fs.inotify.max_user_watches)");
      }
      if (errno == ENOENT || errno == ENOTDIR) return Status::success();  // gone meanwhile
      return Error::io_error("cannot watch `" + folder.string() + "`: " + std::strerror(errno));
    }
    folders[watch] = folder;
    return Status::success();
  }

  // `folder` and every folder under it (not through symbolic links, as the walker does not
  // follow them either).
  Status watch_tree(const fs::path& folder) {
    if (Status status = watch_one(folder); !status.ok()) return status;
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (!it->is_directory(error) || it->is_symlink(error)) continue;
      if (is_ignored(it->path())) {
        it.disable_recursion_pending();
        continue;
      }
      if (Status status = watch_one(it->path()); !status.ok()) return status;
    }
    return Status::success();
  }

  // Reads what is waiting; returns the number of changes, watching new folders as they come.
  Result<std::size_t> drain() {
    alignas(inotify_event) char buffer[16384];
    std::size_t changes = 0;
    for (;;) {
      const ssize_t length = read(descriptor, buffer, sizeof buffer);
      if (length < 0) {
        if (errno == EAGAIN || errno == EINTR) return changes;
        return Error::io_error(std::string("cannot read folder changes: ") + std::strerror(errno));
      }
      if (length == 0) return changes;
      for (ssize_t at = 0; at < length;) {
        const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
        at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        if (event->mask & IN_IGNORED) {
          folders.erase(event->wd);
          continue;
        }
        const auto folder = folders.find(event->wd);
        if (folder == folders.end()) continue;
        const fs::path path = event->len > 0 ? folder->second / event->name : folder->second;
        if (is_ignored(path)) continue;
        ++changes;
        if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
          if (Status status = watch_tree(path); !status.ok()) return status.error();
        }
      }
    }
  }

  // Waits up to `milliseconds` for changes; returns how many came (0 when none did).
  Result<std::size_t> changes_within(int milliseconds) {
    pollfd wanted{descriptor, POLLIN, 0};
    const int ready = poll(&wanted, 1, milliseconds);
    if (ready < 0 && errno != EINTR) {
      return Error::io_error(std::string("cannot wait for folder changes: ") + std::strerror(errno));
    }
    if (ready <= 0) return std::size_t{0};
    return drain();
  }
};

Result<FolderWatcher> FolderWatcher::open(const std::vector<fs::path>& roots, const std::vector<fs::path>& ignored) {
  auto impl = std::make_unique<Impl>();
  for (const fs::path& skip : ignored) {
    std::error_code error;
    const fs::path absolute = fs::weakly_canonical(skip, error);
    impl->ignored.push_back(error ? skip : absolute);
  }
  impl->descriptor = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (impl->descriptor < 0) return Error::io_error(std::string("cannot watch folders: ") + std::strerror(errno));
  for (const fs::path& root : roots) {
    std::error_code error;
    fs::path folder = fs::weakly_canonical(root, error);
    if (error || !fs::exists(folder, error)) return Error::not_found("cannot watch `" + root.string() + "`: no such file or folder");
    if (!fs::is_directory(folder, error)) folder = folder.parent_path();
    if (Status status = impl->watch_tree(folder); !status.ok()) return status.error();
  }
  return FolderWatcher(std::move(impl));
}

FolderWatcher::FolderWatcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FolderWatcher::FolderWatcher(FolderWatcher&&) noexcept = default;
FolderWatcher& FolderWatcher::operator=(FolderWatcher&&) noexcept = default;
FolderWatcher::~FolderWatcher() = default;

std::size_t FolderWatcher::folder_count() const { return impl_->folders.size(); }

Result<std::size_t> FolderWatcher::wait_for_burst(std::chrono::milliseconds settle, std::chrono::milliseconds longest,
                                                  const std::atomic<bool>& stop) {
  using Clock = std::chrono::steady_clock;
  std::size_t changes = 0;
  std::optional<Clock::time_point> first, last;  // of the burst's changes
  for (;;) {
    if (stop) return std::size_t{0};
    // Before the first change wait a poll's length; then no longer than the quiet still needed.
    auto wait = std::chrono::milliseconds(kPollMilliseconds);
    if (last) {
      const auto now = Clock::now();
      if (now - *last >= settle || now - *first >= longest) return changes;
      wait = std::min(wait, std::chrono::duration_cast<std::chrono::milliseconds>(settle - (now - *last)));
    }
    Result<std::size_t> seen = impl_->changes_within(static_cast<int>(std::max<std::int64_t>(1, wait.count())));
    if (!seen) return seen.error();
    if (*seen == 0) continue;
    changes += *seen;
    last = Clock::now();
    if (!first) first = last;
  }
}

}  // namespace lectern::indexer
