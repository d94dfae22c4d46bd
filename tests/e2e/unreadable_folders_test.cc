// Folders and links the indexer cannot read must never cost a review: run as an ordinary user
// (root reads everything, so as root the commands run under setpriv as `nobody`), an
// unreadable folder keeps its reviews and is reported, and links are followed once.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUnprivileged = "setpriv --reuid=65534 --regid=65534 --clear-groups -- ";

class UnreadableFolders : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::geteuid() == 0) {
      // Root reads every folder, so without dropping to an ordinary user nothing here would be
      // tested: that is a failure of the environment, said as one, never a silent pass.
      ASSERT_EQ(std::system((std::string(kUnprivileged) + "true").c_str()), 0)
          << "running as root, and setpriv cannot drop to nobody (util-linux, CAP_SETUID needed)";
      prefix_ = kUnprivileged;
    }
    for (int i = 0; i < 3; ++i) {
      write_file(reviews_ / ("top-" + std::to_string(i) + ".txt"), "Top " + std::to_string(i) + " by Ann Writer\n\nSet in 1941.\n");
      write_file(reviews_ / "sub" / ("deep-" + std::to_string(i) + ".txt"), "Deep " + std::to_string(i) + " by Bo Writer\n\nText.\n");
    }
    if (!prefix_.empty()) chown_all(temp_.path());
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(reviews_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::permissions(reviews_ / "sub", fs::perms::owner_all, fs::perm_options::add, ignored);
  }

  static void chown_all(const fs::path& root) {
    ASSERT_EQ(::chown(root.c_str(), 65534, 65534), 0);
    for (const auto& entry : fs::recursive_directory_iterator(root)) ASSERT_EQ(::lchown(entry.path().c_str(), 65534, 65534), 0);
  }

  nlohmann::json index(const std::vector<std::string>& extra = {}) {
    std::string command = prefix_ + shell_quote(LECTERN_BINARY) + " index " + shell_quote(reviews_.string()) + " --db " +
                          shell_quote(db_.string()) + " --json";
    for (const auto& argument : extra) command += " " + shell_quote(argument);
    FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
    std::string out;
    char buffer[4096];
    std::size_t read;
    while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, read);
    last_status_ = ::pclose(pipe);
    return nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  }

  static bool skipped_mentions(const nlohmann::json& summary, const std::string& path_end, const std::string& reason_part) {
    for (const auto& skipped : summary["skipped"]) {
      const std::string path = skipped["path"];
      const std::string reason = skipped["reason"];
      if (path.size() >= path_end.size() && path.compare(path.size() - path_end.size(), path_end.size(), path_end) == 0 &&
          reason.find(reason_part) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  TempDir temp_;
  fs::path reviews_ = temp_ / "reviews";
  fs::path db_ = temp_ / "db";
  std::string prefix_;
  int last_status_ = -1;
};

TEST_F(UnreadableFolders, UnreadableSubfolderKeepsItsReviewsAndIsReported) {
  ASSERT_EQ(index()["documents"], 6);
  fs::permissions(reviews_ / "sub", fs::perms::none);
  const auto summary = index();
  ASSERT_FALSE(summary.is_discarded()) << "no JSON summary";
  EXPECT_EQ(summary["deleted"], 0);
  EXPECT_EQ(summary["documents"], 6);
  EXPECT_TRUE(skipped_mentions(summary, "/sub", "cannot read folder")) << summary.dump(2);
}

TEST_F(UnreadableFolders, UnreadableRootKeepsEveryReview) {
  ASSERT_EQ(index()["documents"], 6);
  fs::permissions(reviews_, fs::perms::none);
  const auto summary = index();
  ASSERT_FALSE(summary.is_discarded()) << "no JSON summary";
  EXPECT_EQ(summary["deleted"], 0);
  EXPECT_EQ(summary["documents"], 6);
  EXPECT_TRUE(skipped_mentions(summary, "/reviews", "Permission denied")) << summary.dump(2);
}

TEST_F(UnreadableFolders, FolderThatCanBeListedButNotEnteredKeepsItsReviews) {
  ASSERT_EQ(index()["documents"], 6);
  fs::permissions(reviews_ / "sub", fs::perms::owner_read);  // names listed, files unreachable
  const auto summary = index();
  EXPECT_EQ(summary["deleted"], 0);
  EXPECT_EQ(summary["documents"], 6);
}

TEST_F(UnreadableFolders, FilesReallyRemovedAreStillDeleted) {
  ASSERT_EQ(index()["documents"], 6);
  fs::remove_all(reviews_ / "sub");
  const auto summary = index();
  EXPECT_EQ(summary["deleted"], 3);
  EXPECT_EQ(summary["documents"], 3);
}

TEST_F(UnreadableFolders, LinksAreFollowedOnceAndBadOnesReported) {
  fs::create_directory_symlink(reviews_ / "sub", reviews_ / "alias-of-sub");
  fs::create_directory_symlink(reviews_, reviews_ / "sub" / "loop");
  fs::create_symlink(reviews_ / "nowhere.txt", reviews_ / "dangling.txt");
  ASSERT_EQ(::mkfifo((reviews_ / "pipe.md").c_str(), 0644), 0);
  if (!prefix_.empty()) chown_all(temp_.path());
  const auto summary = index();
  EXPECT_EQ(summary["documents"], 6) << "the folder reached twice is indexed once";
  EXPECT_TRUE(skipped_mentions(summary, "/loop", "symbolic link loop")) << summary.dump(2);
  EXPECT_TRUE(skipped_mentions(summary, "/dangling.txt", "broken symbolic link")) << summary.dump(2);
  EXPECT_TRUE(skipped_mentions(summary, "/pipe.md", "FIFO")) << summary.dump(2);
}

TEST_F(UnreadableFolders, DryRunListsWhatWouldChange) {
  ASSERT_EQ(index()["documents"], 6);
  fs::remove(reviews_ / "top-0.txt");
  write_file(reviews_ / "new.txt", "New by Cy Writer\n\nText.\n");
  if (!prefix_.empty()) chown_all(temp_.path());
  const auto plan = index({"--dry-run"});
  EXPECT_EQ(plan["dry_run"], true);
  ASSERT_EQ(plan["would_add"].size(), 1u);
  ASSERT_EQ(plan["would_delete"].size(), 1u);
  EXPECT_EQ(index()["documents"], 6) << "the dry run wrote nothing, the real run does it all";
}

}  // namespace
}  // namespace lectern::testing
