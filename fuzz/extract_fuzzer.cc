// libFuzzer target: any bytes, read as any of Lectern's formats (the first byte picks which),
// must give reviews or an error value, never a crash, a hang or unbounded memory. Extraction
// includes the period, so year-heavy junk exercises the period passes too.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lectern/indexer/extract.h"

namespace {
constexpr std::array<std::string_view, 7> kFormats = {"txt", "md", "html", "json", "jsonl", "csv", "rst"};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view format = kFormats[data[0] % kFormats.size()];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const lectern::indexer::ExtractOptions options;
  (void)lectern::indexer::extract_bytes(bytes, format, "fuzz-input", options);
  return 0;
}
