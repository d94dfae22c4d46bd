#include "names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lectern::indexer {
namespace {

using Names = std::vector<std::string>;

TEST(SplitNames, SplitsOnCommasAndConjunctions) {
  EXPECT_EQ(split_names("A One, B Two & C Three"), (Names{"A One", "B Two", "C Three"}));
  EXPECT_EQ(split_names("A One, B Two, and C Three"), (Names{"A One", "B Two", "C Three"}));
  EXPECT_EQ(split_names("Martin Luther King, Jr."), Names{"Martin Luther King, Jr."});
  EXPECT_EQ(split_names("HELEN DUNMORE"), Names{"Helen Dunmore"});
}

}  // namespace
}  // namespace lectern::indexer
