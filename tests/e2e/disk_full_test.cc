// A run that cannot write (a full disk, a quota, a file size limit) says so plainly, naming the
// database and the cause, keeps the last committed revision whole, and the next run with room
// finishes the work. The failure is made with a file size limit (RLIMIT_FSIZE, with SIGXFSZ
// ignored, so writes fail with EFBIG as they fail with ENOSPC on a full disk): no privileges
// or loop devices needed.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

namespace fs = std::filesystem;

// Runs lectern under a file size limit of `kilobytes`.
CommandOutput run_limited(const std::string& arguments, int kilobytes) {
  return run_shell("bash -c " + shell_quote("trap '' XFSZ; ulimit -f " + std::to_string(kilobytes) + "; exec " +
                                            shell_quote(LECTERN_BINARY) + " " + arguments));
}

void write_reviews(const fs::path& folder, int first, int count) {
  for (int i = first; i < first + count; ++i) {
    std::string text = "Book " + std::to_string(i) + " by Ann Writer\n\n";
    for (int k = 0; k < 20; ++k) text += "A long winter in the besieged city, word" + std::to_string(i * 31 + k) + " and bread. ";
    write_file(folder / ("review-" + std::to_string(i) + ".txt"), text + "\n");
  }
}

TEST(DiskFull, AFailedWriteNamesTheCauseKeepsTheLastRevisionAndTheNextRunFinishes) {
  TempDir temp;
  const fs::path reviews = temp / "reviews";
  const std::string db = (temp / "db").string();
  write_reviews(reviews, 0, 20);
  CommandOutput output = run_lectern({"index", reviews.string(), "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;

  // Many more reviews, and no room to write them.
  write_reviews(reviews, 20, 600);
  output = run_limited("index " + shell_quote(reviews.string()) + " --db " + shell_quote(db), 256);
  ASSERT_EQ(output.exit_status, 1) << output.out << output.err;
  EXPECT_NE(output.err.find(db), std::string::npos) << output.err;
  EXPECT_NE(output.err.find("cannot write"), std::string::npos) << output.err;
  EXPECT_NE(output.err.find("File too large"), std::string::npos) << output.err;
  EXPECT_NE(output.err.find("free space and run again"), std::string::npos) << output.err;

  // The database is whole: it holds what the last good commit held and passes the check.
  output = run_lectern({"check", "--db", db});
  EXPECT_EQ(output.exit_status, 0) << output.out << output.err;
  output = run_lectern({"search", "--db", db, "--json", "winter", "--limit", "1"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  const auto before = nlohmann::json::parse(output.out)["total_estimate"].get<int>();
  EXPECT_GE(before, 20);

  // With room again, the next run finishes the work.
  output = run_lectern({"index", reviews.string(), "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(nlohmann::json::parse(output.out)["documents"], 620);
  output = run_lectern({"check", "--db", db});
  EXPECT_EQ(output.exit_status, 0) << output.out << output.err;
}

}  // namespace
}  // namespace lectern::testing
