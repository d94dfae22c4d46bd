// SIGKILL at any moment of an indexing run leaves a database that opens, passes Xapian's
// consistency check and holds whole files only; the next run finishes the work and ends with
// exactly what an uninterrupted run gives.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <xapian.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kFiles = 1500;
constexpr int kKills = 20;

// Every file of the collection, rewritten for each generation so that every run has all of
// them to re-index; a few are added and removed per generation too.
void write_generation(const fs::path& reviews, int generation) {
  for (int i = 0; i < kFiles; ++i) {
    write_file(reviews / ("d" + std::to_string(i % 20)) / ("r-" + std::to_string(i) + ".txt"),
               "Volume " + std::to_string(i) + " by Someone Else\n\nGeneration " + std::to_string(generation) +
                   ": the winter of 1941 in a besieged city, told again.\n");
  }
  fs::remove(reviews / ("extra-" + std::to_string(generation - 1) + ".txt"));
  write_file(reviews / ("extra-" + std::to_string(generation) + ".txt"), "Extra by Anyone Else\n\nA short review of one more book, set in Lisbon in 1755.\n");
}

std::string index_command(const fs::path& reviews, const fs::path& db) {
  return shell_quote(LECTERN_BINARY) + " index " + shell_quote(reviews.string()) + " --db " + shell_quote(db.string()) +
         " --json >/dev/null 2>&1";
}

// Runs the index to the end, retrying while the killed run's write lock is being released.
int index_to_the_end(const fs::path& reviews, const fs::path& db) {
  int status = -1;
  for (int attempt = 0; attempt < 50; ++attempt) {
    status = std::system(index_command(reviews, db).c_str());
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return status;
}

// What a database holds, document by document (by id term): data and every term.
std::map<std::string, std::string> contents(const fs::path& db) {
  Xapian::Database database(db.string());
  std::map<std::string, std::string> by_id;
  for (auto posting = database.postlist_begin(""); posting != database.postlist_end(""); ++posting) {
    const Xapian::Document document = database.get_document(*posting);
    std::string id;
    std::ostringstream terms;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      if ((*term)[0] == 'Q') id = *term;
      terms << *term << ':' << term.get_wdf() << ' ';
    }
    by_id[id] = document.get_data() + "\n" + terms.str();
  }
  return by_id;
}

// `lectern check`: Xapian's consistency check and Lectern's own (id terms, data, schema version).
bool passes_check(const fs::path& db) {
  return std::system((shell_quote(LECTERN_BINARY) + " check --db " + shell_quote(db.string()) + " >/dev/null 2>&1").c_str()) == 0;
}

TEST(CrashSafety, KillsAtRandomMomentsNeverCorruptAndTheNextRunFinishesTheWork) {
  TempDir temp;
  const auto reviews = temp / "reviews";
  const auto db = temp / "db";
  write_generation(reviews, 0);
  const auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(index_to_the_end(reviews, db), 0);
  const double run_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::mt19937 random(20261201);
  // Kill between a twentieth and two fifths of the way through a run: the walk, extraction,
  // writes and the step commits all get hit. The machine may run faster than when the first run
  // was timed (other tests finishing); a kill that comes too late, after the run ended, does
  // not count, and later kills come earlier. Twenty must land mid-run.
  std::uniform_real_distribution<double> fraction(0.05, 0.4);
  double scale = 1.0;
  int landed = 0;
  for (int attempt = 1; landed < kKills && attempt <= 3 * kKills; ++attempt) {
    write_generation(reviews, attempt);
    char delay[32];
    std::snprintf(delay, sizeof delay, "%.3f", fraction(random) * run_seconds * scale);
    const int status = std::system(("timeout -s KILL " + std::string(delay) + " " + index_command(reviews, db)).c_str());
    const bool killed = WIFEXITED(status) && WEXITSTATUS(status) == 128 + SIGKILL;
    if (!killed) {
      ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "attempt " << attempt << ": the run failed on its own";
      scale *= 0.7;
      continue;
    }
    ++landed;
    EXPECT_TRUE(passes_check(db)) << "after kill " << landed;
    const std::size_t documents = Xapian::Database(db.string()).get_doccount();
    EXPECT_GE(documents, static_cast<std::size_t>(kFiles)) << "after kill " << landed << ": reviews were lost";
    // Removed files leave at the end of a run, so killed runs may leave their reviews behind.
    EXPECT_LE(documents, static_cast<std::size_t>(kFiles + attempt + 1)) << "after kill " << landed;
  }
  ASSERT_EQ(landed, kKills) << "only " << landed << " kills landed mid-run";

  ASSERT_EQ(index_to_the_end(reviews, db), 0);
  const auto fresh = temp / "fresh-db";
  ASSERT_EQ(index_to_the_end(reviews, fresh), 0);
  const auto killed_contents = contents(db);
  const auto fresh_contents = contents(fresh);
  EXPECT_EQ(killed_contents.size(), static_cast<std::size_t>(kFiles) + 1);
  EXPECT_TRUE(killed_contents == fresh_contents) << "the re-run after kills differs from an uninterrupted run";
}

}  // namespace
}  // namespace lectern::testing
