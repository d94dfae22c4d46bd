// Xapian stub databases: a text file listing shard databases, one per line, which Xapian opens
// as one database. Lectern's sharded index is a folder holding such a file, named XAPIANDB (so
// Xapian opens the folder itself as the stub), next to its shard folders; `--db` also accepts
// any stub file, including one that lists remote shards served by xapian-tcpsrv.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "lectern/common/result.h"

namespace lectern::stub {

// The file name Xapian looks for in a folder it is asked to open.
inline constexpr const char* kFolderStubName = "XAPIANDB";

struct Shard {
  enum class Kind { kLocal, kRemote };
  Kind kind = Kind::kLocal;
  std::filesystem::path path;  // kLocal: the shard's folder, made absolute from the stub's
  std::string host;            // kRemote: "" means localhost
  unsigned port = 0;           // kRemote
  std::string line;            // as written, for messages
};

// The stub file `database` names: `database` itself when it is a regular file, or
// `database`/XAPIANDB when it is a folder holding one; nullopt when it is neither (a plain
// database folder, or nothing at all).
std::optional<std::filesystem::path> stub_file_of(const std::filesystem::path& database);

// Reads a stub file: "auto PATH" (or glass/chert/honey PATH) for a local shard, relative to the
// stub's folder, and "remote [HOST]:PORT" for a shard served by xapian-tcpsrv. Blank lines and
// lines starting with '#' are skipped. kNotFound when unreadable, kInvalidArgument naming the
// line for anything else (a program-backed remote, a malformed port).
Result<std::vector<Shard>> read_stub(const std::filesystem::path& file);

// Writes a folder stub (`folder`/XAPIANDB) listing `shards`, relative to the folder.
Status write_folder_stub(const std::filesystem::path& folder, const std::vector<std::string>& shards);

}  // namespace lectern::stub
