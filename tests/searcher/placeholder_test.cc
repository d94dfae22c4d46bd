#include <gtest/gtest.h>
// Replaced by the searcher's own tests.
TEST(SearcherSuite, Builds) { SUCCEED(); }
