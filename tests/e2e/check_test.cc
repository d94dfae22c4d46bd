// `lectern check`: a sound database passes, a damaged one is reported with exit status 1.
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

TEST(Check, SoundDatabasePassesAndDamagedOneIsReported) {
  TempDir temp;
  const auto db = temp / "db";
  for (int i = 0; i < 20; ++i) {
    write_file(temp / "reviews" / ("r" + std::to_string(i) + ".txt"),
               "Book " + std::to_string(i) + " by Ann Writer\n\nA review of a book set in Lisbon in 1755, after the earthquake.\n");
  }
  ASSERT_EQ(run_lectern({"index", (temp / "reviews").string(), "--db", db.string(), "--json"}).exit_status, 0);
  CommandOutput output = run_lectern({"check", "--db", db.string(), "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.out << output.err;
  const auto report = nlohmann::json::parse(output.out);
  EXPECT_EQ(report["ok"], true);
  EXPECT_EQ(report["documents"], 20);

  // Overwrite the middle of the posting table: the check must notice, not crash.
  const auto table = db / "postlist.glass";
  ASSERT_TRUE(std::filesystem::exists(table));
  {
    std::fstream file(table, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(static_cast<std::streamoff>(std::filesystem::file_size(table) / 2));
    const std::string garbage(4096, '\x5a');
    file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  output = run_lectern({"check", "--db", db.string()});
  EXPECT_EQ(output.exit_status, 1) << output.out << output.err;
  EXPECT_FALSE((output.out + output.err).empty());

  EXPECT_EQ(run_lectern({"check", "--db", (temp / "nowhere").string()}).exit_status, 1);
}

}  // namespace
}  // namespace lectern::testing
