// libFuzzer target: any query string against a small real index gives results or an error
// value (kInvalidArgument for a query Lectern cannot read), never a crash or an exception.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "lectern/indexer/indexer.h"
#include "lectern/searcher/searcher.h"

namespace {

namespace fs = std::filesystem;

// Built once per fuzzing process: three reviews in a temporary folder.
lectern::searcher::Searcher& searcher() {
  static std::optional<lectern::searcher::Searcher> instance = [] {
    const fs::path root = fs::temp_directory_path() / ("lectern-query-fuzzer-" + std::to_string(::getpid()));
    fs::create_directories(root / "reviews");
    std::ofstream(root / "reviews" / "a.txt") << "The Betrayal by Helen Dunmore\n\nLeningrad in 1952, after the siege.\n";
    std::ofstream(root / "reviews" / "b.md") << "---\ntitle: Wolf Hall\nauthor: Hilary Mantel\nrating: 4\n---\n\nCromwell in 1527.\n";
    std::ofstream(root / "reviews" / "c.txt") << "Stalingrad by Antony Beevor\n\nThe battle of 1942-43 on the Volga.\n";
    lectern::indexer::IndexOptions options;
    options.database = root / "db";
    auto indexer = lectern::indexer::Indexer::open(options);
    if (!indexer || !indexer->index({root / "reviews"})) std::abort();
    auto opened = lectern::searcher::Searcher::open({.databases = {options.database}});
    if (!opened) std::abort();
    return std::optional<lectern::searcher::Searcher>(std::move(*opened));
  }();
  return *instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  lectern::searcher::SearchRequest request;
  request.query.assign(reinterpret_cast<const char*>(data), size);
  request.facets = {"author", "decade"};
  request.fragments = 2;
  if (!lectern::searcher::validate(request).ok()) return 0;
  (void)searcher().search(request);
  return 0;
}
