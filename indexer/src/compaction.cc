#include "compaction.h"

#include <fcntl.h>
#include <stdio.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace lectern::indexer {
namespace {

namespace fs = std::filesystem;

std::uint64_t folder_bytes(const fs::path& folder) {
  std::uint64_t total = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  }
  return total;
}

}  // namespace

Result<Compaction> compact_in_place(Xapian::WritableDatabase& database, const fs::path& path) {
  std::error_code error;
  // The real folder: exchanging a symbolic link would move the link, not the database.
  const fs::path target = fs::canonical(path, error);
  if (error) return Error::io_error("cannot compact `" + path.string() + "`: " + error.message());
  const fs::path copy = target.parent_path() / (target.filename().string() + ".compacting");
  fs::remove_all(copy, error);  // left by a run that was stopped while compacting

  Compaction compaction;
  compaction.bytes_before = folder_bytes(target);
  try {
    database.compact(copy.string(), Xapian::DBCOMPACT_NO_RENUMBER);
  } catch (const Xapian::Error& failure) {
    fs::remove_all(copy, error);
    return Error::io_error("cannot compact `" + path.string() + "` (" + failure.get_msg() + "); it is kept as it is");
  }
  if (::renameat2(AT_FDCWD, copy.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
    const int reason = errno;
    fs::remove_all(copy, error);
    return Error::io_error("cannot swap the compacted copy of `" + path.string() + "` into place (" +
                           std::strerror(reason) + "); it is kept as it is");
  }
  // `copy` now holds the old database, still locked by `database`, which moves to the new one.
  database.close();
  database = Xapian::WritableDatabase(target.string(), Xapian::DB_OPEN);
  fs::remove_all(copy, error);
  compaction.bytes_after = folder_bytes(target);
  return compaction;
}

}  // namespace lectern::indexer
