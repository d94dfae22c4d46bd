// Waits for files to be added, changed, renamed or removed under folders (Linux inotify), so
// that `lectern index --watch` can keep an index current: it sleeps until a burst of changes
// has settled, then re-indexes once.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "lectern/common/result.h"

namespace lectern::indexer {

class FolderWatcher {
 public:
  // Watches every folder under `roots` (a file root: its folder), new folders as they appear,
  // leaving out `ignored` ones and what lies under them (the database's own folder, whose commits
  // would otherwise wake the watcher). Errors: kNotFound for a missing root; kIOError when the
  // system refuses (the message names fs.inotify.max_user_watches when that limit is reached).
  static Result<FolderWatcher> open(const std::vector<std::filesystem::path>& roots,
                                    const std::vector<std::filesystem::path>& ignored);

  FolderWatcher(FolderWatcher&&) noexcept;
  FolderWatcher& operator=(FolderWatcher&&) noexcept;
  ~FolderWatcher();

  // Blocks until something changes, then until nothing more has changed for `settle` (but no
  // longer than `longest` after the first change): one burst. Returns how many changes the
  // burst held, or 0 when `stop` became true first (checked a few times a second).
  Result<std::size_t> wait_for_burst(std::chrono::milliseconds settle, std::chrono::milliseconds longest,
                                     const std::atomic<bool>& stop);

  // The folders being watched.
  std::size_t folder_count() const;

 private:
  struct Impl;
  explicit FolderWatcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lectern::indexer
