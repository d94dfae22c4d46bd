#include "lectern/common/stub.h"

#include <fstream>
#include <sstream>

#include "lectern/common/text.h"

namespace lectern::stub {

namespace fs = std::filesystem;

std::optional<fs::path> stub_file_of(const fs::path& database) {
  std::error_code error;
  if (fs::is_regular_file(database, error)) return database;
  const fs::path inside = database / kFolderStubName;
  if (fs::is_directory(database, error) && fs::is_regular_file(inside, error)) return inside;
  return std::nullopt;
}

Result<std::vector<Shard>> read_stub(const fs::path& file) {
  std::ifstream stream(file, std::ios::binary);
  if (!stream) return Error::not_found("cannot read the stub database file `" + file.string() + "`");
  std::vector<Shard> shards;
  std::string raw;
  int number = 0;
  const fs::path base = file.parent_path();
  while (std::getline(stream, raw)) {
    ++number;
    const std::string line(text::trim(raw));
    if (line.empty() || line.front() == '#') continue;
    const std::size_t space = line.find_first_of(" \t");
    const std::string kind = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : std::string(text::trim(std::string_view(line).substr(space)));
    auto bad = [&](const std::string& why) {
      return Error::invalid_argument("stub database file `" + file.string() + "`, line " + std::to_string(number) + " (`" +
                                     line + "`): " + why);
    };
    Shard shard;
    shard.line = line;
    if (kind == "auto" || kind == "glass" || kind == "chert" || kind == "honey") {
      if (rest.empty()) return bad("no path after `" + kind + "`");
      shard.path = fs::path(rest).is_absolute() ? fs::path(rest) : base / rest;
    } else if (kind == "remote") {
      const std::size_t colon = rest.rfind(':');
      if (colon == std::string::npos || rest.find(' ') != std::string::npos) {
        return bad("only TCP remotes, `remote HOST:PORT` or `remote :PORT`, are supported");
      }
      const std::string port = rest.substr(colon + 1);
      if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
          std::stoul(port) == 0 || std::stoul(port) > 65535) {
        return bad("the port must be a number from 1 to 65535");
      }
      shard.kind = Shard::Kind::kRemote;
      shard.host = rest.substr(0, colon);
      shard.port = static_cast<unsigned>(std::stoul(port));
    } else {
      return bad("expected `auto PATH` or `remote HOST:PORT`");
    }
    shards.push_back(std::move(shard));
  }
  if (shards.empty()) return Error::invalid_argument("stub database file `" + file.string() + "` lists no shards");
  return shards;
}

Status write_folder_stub(const fs::path& folder, const std::vector<std::string>& shards) {
  const fs::path file = folder / kFolderStubName;
  const fs::path temporary = folder / (std::string(kFolderStubName) + ".tmp");
  {
    std::ofstream stream(temporary, std::ios::binary | std::ios::trunc);
    for (const auto& shard : shards) stream << "auto " << shard << '\n';
    if (!stream) return Error::io_error("cannot write the stub database file `" + file.string() + "`");
  }
  std::error_code error;
  fs::rename(temporary, file, error);  // readers see the old stub or the whole new one
  if (error) return Error::io_error("cannot write the stub database file `" + file.string() + "`: " + error.message());
  return Status::success();
}

}  // namespace lectern::stub
