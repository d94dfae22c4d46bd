#include "lectern/common/synonyms.h"

#include <gtest/gtest.h>

namespace lectern {
namespace {

TEST(Synonyms, ParsesGroupsFoldingCaseAndSpaces) {
  auto groups = parse_synonyms("# eras\n\nWWII | Second  World War |World War Two\nMisérables | miserables\n");
  ASSERT_TRUE(groups.ok()) << groups.error().message;
  ASSERT_EQ(groups->size(), 2u);
  EXPECT_EQ((*groups)[0].expressions, (std::vector<std::string>{"wwii", "second world war", "world war two"}));
  EXPECT_EQ((*groups)[1].expressions, (std::vector<std::string>{"miserables", "miserables"}));
}

TEST(Synonyms, LoneExpressionIsAnErrorNamingTheLine) {
  auto groups = parse_synonyms("a | b\n\nlonely\n");
  ASSERT_FALSE(groups.ok());
  EXPECT_EQ(groups.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(groups.error().message.find("line 3"), std::string::npos);
}

TEST(Synonyms, ShippedFileParsesAndKnowsTheWars) {
  const auto groups = default_synonyms();
  ASSERT_GE(groups.size(), 10u);
  bool found = false;
  for (const auto& group : groups) {
    for (const auto& expression : group.expressions) found = found || expression == "second world war";
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace lectern
