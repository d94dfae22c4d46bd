// An indexing run killed part-way leaves the database as the last complete run left it.
#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

std::size_t document_count(const std::filesystem::path& db) { return Xapian::Database(db.string()).get_doccount(); }

TEST(CrashSafety, KilledIndexRunLeavesThePreviousCommit) {
  TempDir temp;
  const auto reviews = temp / "reviews";
  const auto db = temp / "db";
  for (int i = 0; i < 5; ++i) {
    write_file(reviews / ("first-" + std::to_string(i) + ".txt"), "Book " + std::to_string(i) + " by An Author\n\nA review of a book set in 1900.\n");
  }
  ASSERT_EQ(run_lectern({"index", reviews.string(), "--db", db.string(), "--json"}).exit_status, 0);
  ASSERT_EQ(document_count(db), 5u);

  constexpr int kMoreFiles = 3000;
  for (int i = 0; i < kMoreFiles; ++i) {
    write_file(reviews / ("more/r-" + std::to_string(i) + ".txt"),
               "Volume " + std::to_string(i) + " by Someone Else\n\nThe winter of 1941 in a besieged city, told again.\n");
  }
  // Kill the run at several points; whenever it dies, the database must hold either the old
  // commit or the complete new one, never a part of the run.
  for (const char* delay : {"0.2", "0.6", "1.2"}) {
    const std::string command = "timeout -s KILL " + std::string(delay) + " " + shell_quote(LECTERN_BINARY) + " index " +
                                shell_quote(reviews.string()) + " --db " + shell_quote(db.string()) + " --json >/dev/null 2>&1";
    [[maybe_unused]] const int status = std::system(command.c_str());
    const std::size_t count = document_count(db);
    EXPECT_TRUE(count == 5u || count == 5u + kMoreFiles) << "after a kill at " << delay << " s: " << count << " documents";
    if (count != 5u) break;  // the run finished before the kill: nothing more to interrupt
  }

  // The write lock dies with the killed process, so the next run can finish the work.
  CommandOutput output;
  for (int attempt = 0; attempt < 20; ++attempt) {
    output = run_lectern({"index", reviews.string(), "--db", db.string(), "--json"});
    if (output.exit_status == 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_EQ(output.exit_status, 0) << output.err;
  EXPECT_EQ(document_count(db), 5u + kMoreFiles);
}

}  // namespace
}  // namespace lectern::testing
