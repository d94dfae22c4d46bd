// Excludes in gitignore's syntax, for what it shares with it.
#include "excludes.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace lectern::indexer {
namespace {

TEST(Excludes, ANameWithoutASlashMatchesAtAnyDepth) {
  const Excludes excludes({"*.bak", "notes.txt"});
  EXPECT_TRUE(excludes.excludes("a.bak", false));
  EXPECT_TRUE(excludes.excludes("deep/down/b.bak", false));
  EXPECT_TRUE(excludes.excludes("x/notes.txt", false));
  EXPECT_FALSE(excludes.excludes("review.txt", false));
}

TEST(Excludes, ATrailingSlashMatchesFoldersOnly) {
  const Excludes excludes({"drafts/"});
  EXPECT_TRUE(excludes.excludes("drafts", true));
  EXPECT_TRUE(excludes.excludes("2020/drafts", true));
  EXPECT_FALSE(excludes.excludes("drafts", false)) << "a file named drafts";
}

TEST(Excludes, APathIsMatchedFromTheRoot) {
  const Excludes excludes({"/notes.txt", "reviews/old/*", "archive/**", "**/tmp"});
  EXPECT_TRUE(excludes.excludes("notes.txt", false));
  EXPECT_FALSE(excludes.excludes("sub/notes.txt", false));
  EXPECT_TRUE(excludes.excludes("reviews/old/a.md", false));
  EXPECT_FALSE(excludes.excludes("reviews/old/deeper/a.md", false)) << "* stops at a slash";
  EXPECT_TRUE(excludes.excludes("archive/2019/a.md", false));
  EXPECT_TRUE(excludes.excludes("tmp", true));
  EXPECT_TRUE(excludes.excludes("a/b/tmp", true));
  EXPECT_FALSE(excludes.excludes("a/b/tmpfile", false));
}

TEST(Excludes, CommentsAndBlankLinesOfAnIgnoreFileAreSkipped) {
  lectern::testing::TempDir root;
  lectern::testing::write_file(root / ".lecternignore", "# drafts stay out\n\ndrafts/\n*.tmp  \n");
  const Excludes excludes = Excludes({"*.bak"}).for_root(root.path());
  EXPECT_TRUE(excludes.excludes("drafts", true));
  EXPECT_TRUE(excludes.excludes("x.tmp", false));
  EXPECT_TRUE(excludes.excludes("x.bak", false));
  EXPECT_FALSE(excludes.excludes("# drafts stay out", false));
}

}  // namespace
}  // namespace lectern::indexer
