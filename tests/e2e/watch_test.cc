// `lectern index --watch`: the index follows files added, changed, renamed and removed (in new
// folders too), one run per burst of changes, until SIGTERM ends it cleanly.
#include <gtest/gtest.h>

#include <signal.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

using json = nlohmann::json;

// The JSON lines the watcher has printed so far.
std::vector<json> runs(const std::filesystem::path& out) {
  std::vector<json> lines;
  std::ifstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(json::parse(line));
  }
  return lines;
}

// Waits (up to 20 s) until the watcher has printed `count` runs; returns the last.
json wait_for_run(const std::filesystem::path& out, std::size_t count) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    const std::vector<json> lines = runs(out);
    if (lines.size() >= count) return lines[count - 1];
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ADD_FAILURE() << "no run " << count << " within 20 s; printed: " << read_file(out);
  return json::object();
}

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

TEST(IndexWatch, FollowsAddedChangedRenamedAndRemovedFilesUntilSigterm) {
  TempDir temp;
  const auto reviews = temp.path() / "reviews";
  std::filesystem::create_directories(reviews);
  write(reviews / "a.txt", "THE FIRST by Ann Example\n\nA novel of the siege.\n");
  const auto out = temp.path() / "out.jsonl";
  // A shell in the background starts the watcher, notes its pid and, when it ends, its exit
  // status: the test is not the watcher's parent, so it cannot wait for it itself.
  const CommandOutput started = run_shell(
      "cd " + shell_quote(temp.path().string()) + " && (LECTERN_CONFIG=/nonexistent " + shell_quote(LECTERN_BINARY) +
      " index --watch --json reviews --db db > out.jsonl 2> err.txt < /dev/null & echo $! > pid.txt; wait $!; "
      "echo $? > status.txt) > /dev/null 2>&1 &");
  ASSERT_EQ(started.exit_status, 0) << started.err;
  const auto read_when_there = [](const std::filesystem::path& file) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
      const std::string text = std::filesystem::exists(file) ? read_file(file) : "";
      if (text.find('\n') != std::string::npos) return text;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return std::string();
  };
  const std::string pid_text = read_when_there(temp.path() / "pid.txt");
  ASSERT_FALSE(pid_text.empty()) << "the watcher did not start";
  const pid_t pid = std::stoi(pid_text);

  EXPECT_EQ(wait_for_run(out, 1)["added"], 1) << "the first run indexes what is there";
  // The watch is set up right after the first run; give it a moment.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  write(reviews / "b.txt", "THE SECOND by Bo Writer\n\nA novel of the harbour.\n");
  EXPECT_EQ(wait_for_run(out, 2)["added"], 1);
  write(reviews / "a.txt", "THE FIRST by Ann Example\n\nA novel of the siege, revised at length.\n");
  EXPECT_EQ(wait_for_run(out, 3)["updated"], 1);
  std::filesystem::rename(reviews / "b.txt", reviews / "c.txt");
  const json renamed = wait_for_run(out, 4);
  EXPECT_EQ(renamed["added"], 1);
  EXPECT_EQ(renamed["deleted"], 1);
  std::filesystem::remove(reviews / "c.txt");
  EXPECT_EQ(wait_for_run(out, 5)["deleted"], 1);
  std::filesystem::create_directories(reviews / "new-folder");
  std::this_thread::sleep_for(std::chrono::milliseconds(700));  // the folder's own burst settles
  write(reviews / "new-folder" / "d.txt", "THE FOURTH by Cy Author\n\nA novel of the border.\n");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  bool found = false;
  while (!found && std::chrono::steady_clock::now() < deadline) {
    const std::vector<json> lines = runs(out);
    for (std::size_t i = 5; i < lines.size(); ++i) found = found || lines[i]["added"] == 1;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_TRUE(found) << "a file in a folder made after the start is indexed: " << read_file(out);

  ASSERT_EQ(kill(pid, SIGTERM), 0);
  const std::string status = read_when_there(temp.path() / "status.txt");
  if (status.empty()) kill(pid, SIGKILL);
  ASSERT_FALSE(status.empty()) << "SIGTERM ends the watch";
  EXPECT_EQ(std::stoi(status), 0) << "and it exits cleanly: " << read_file(temp.path() / "err.txt");

  const CommandOutput listed = run_lectern({"list", "--db", (temp.path() / "db").string(), "--json"});
  ASSERT_EQ(listed.exit_status, 0) << listed.err;
  EXPECT_NE(listed.out.find("a.txt"), std::string::npos) << listed.out;
  EXPECT_NE(listed.out.find("d.txt"), std::string::npos) << listed.out;
  EXPECT_EQ(listed.out.find("c.txt"), std::string::npos) << listed.out;
}

TEST(IndexWatch, ADryRunCannotWatch) {
  TempDir temp;
  std::filesystem::create_directories(temp.path() / "reviews");
  const CommandOutput output =
      run_lectern({"index", "--watch", "--dry-run", (temp.path() / "reviews").string(), "--db", (temp.path() / "db").string()});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("--watch writes the index"), std::string::npos) << output.err;
}

}  // namespace
}  // namespace lectern::testing
