// Bad input never crashes: every format's extraction is run on damaged copies of the corpus
// (truncated, bytes flipped, markup characters and NULs inserted). Each must give reviews or an
// error with a reason; the sanitizers in the test build catch memory errors on the way.
#include <gtest/gtest.h>

#include <random>

#include "lectern/indexer/extract.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

using lectern::testing::read_file;
using lectern::testing::source_dir;

using namespace std::string_view_literals;

// Bytes that mean something to one parser or another (the sv literal keeps the NUL).
constexpr std::string_view kSpecialBytes = "<>&;{}[]\"'\\:#-*|\n\r\t\0\xC3\xE2\xFF\xFE"sv;

std::string damaged(const std::string& original, std::mt19937& random) {
  std::string bytes = original;
  std::uniform_int_distribution<int> kind(0, 3);
  const int edits = 1 + static_cast<int>(random() % 8);
  for (int edit = 0; edit < edits && !bytes.empty(); ++edit) {
    const std::size_t at = random() % bytes.size();
    switch (kind(random)) {
      case 0: bytes.resize(at); break;                                          // cut short
      case 1: bytes[at] = static_cast<char>(random() % 256); break;             // flip a byte
      case 2: bytes.insert(at, 1, kSpecialBytes[random() % kSpecialBytes.size()]); break;
      case 3: bytes.erase(at, std::min<std::size_t>(bytes.size() - at, random() % 64)); break;
    }
  }
  return bytes;
}

TEST(HostileInput, DamagedFilesOfEveryFormatGiveReviewsOrAReason) {
  std::mt19937 random(20261126);  // fixed: a failure must reproduce
  std::size_t runs = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(source_dir() / "corpus")) {
    const std::string format = format_for_path(entry.path());
    if (!entry.is_regular_file() || format.empty()) continue;
    const std::string original = read_file(entry.path());
    for (int round = 0; round < 12; ++round) {
      // Each damaged file is also read as every other format: extensions lie.
      for (const char* as_format : {"txt", "md", "html", "json", "jsonl"}) {
        const std::string bytes = damaged(original, random);
        auto reviews = extract_bytes(bytes, as_format, entry.path().string(), ExtractOptions{});
        ++runs;
        if (!reviews.ok()) {
          EXPECT_FALSE(reviews.error().message.empty()) << entry.path() << " as " << as_format;
        }
      }
    }
  }
  EXPECT_GT(runs, 2000u);
}

TEST(HostileInput, DegenerateInputsGiveAReason) {
  for (const std::string& bytes : {std::string(), std::string(1, '\0'), std::string(100000, '<'),
                                   std::string(100000, '{'), std::string(50000, '\n'), std::string("---\n---\n"),
                                   std::string("\xEF\xBB\xBF"), std::string("\xFF\xFE"), std::string(3000, '(')}) {
    for (const char* format : {"txt", "md", "html", "json", "jsonl"}) {
      auto reviews = extract_bytes(bytes, format, "/x", ExtractOptions{});
      if (!reviews.ok()) {
        EXPECT_FALSE(reviews.error().message.empty()) << format;
      }
    }
  }
}

}  // namespace
}  // namespace lectern::indexer
