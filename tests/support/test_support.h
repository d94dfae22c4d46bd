// Small helpers shared by the test suites: temporary folders, file writing, and assertions
// that print a Result's error when it is not ok.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

#include "lectern/common/result.h"

namespace lectern::testing {

// A fresh folder under the system temporary directory, removed with everything in it when the
// object goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("lectern-test-" + std::to_string(random()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Writes `contents` to `path` byte for byte, creating parent folders.
inline void write_file(const std::filesystem::path& path, std::string_view contents) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream stream(path, std::ios::binary | std::ios::trunc);
  stream.write(contents.data(), static_cast<std::streamsize>(contents.size()));
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

// The repository's top folder, for tests that read corpus/ or shared fixtures.
inline std::filesystem::path source_dir() { return LECTERN_SOURCE_DIR; }

}  // namespace lectern::testing

// Fails the test, printing the error, when a Result or Status is not ok.
#define ASSERT_OK(expr)                                                                            \
  do {                                                                                             \
    const auto& lectern_result_ = (expr);                                                          \
    ASSERT_TRUE(lectern_result_.ok()) << #expr << " failed: " << lectern_result_.error().message;  \
  } while (false)

#define EXPECT_OK(expr)                                                                            \
  do {                                                                                             \
    const auto& lectern_result_ = (expr);                                                          \
    EXPECT_TRUE(lectern_result_.ok()) << #expr << " failed: " << lectern_result_.error().message;  \
  } while (false)
