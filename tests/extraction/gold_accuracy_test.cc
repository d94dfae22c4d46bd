// Extraction accuracy on the hand-labelled gold set (tests/extraction/README.md): reports
// accuracy per field and fails below the targets of the extraction issue.
#include <gtest/gtest.h>

#include "extraction_scoring.h"

namespace lectern::testing {
namespace {

TEST(GoldExtraction, MeetsTheAccuracyTargets) {
  const auto gold = source_dir() / "tests/extraction";
  const auto score = score_extraction(gold / "gold_manifest.json", gold / "gold",
                                      [](const std::string&) { return indexer::ExtractOptions{}; });
  std::string mismatches;
  for (const auto& line : score.mismatches) mismatches += line + "\n";
  std::cout << score.report() << mismatches;
  EXPECT_GE(score.fields.at("title").total, 66);
  EXPECT_GE(score.fields.at("title").accuracy(), 0.95);
  EXPECT_GE(score.fields.at("authors").accuracy(), 0.95);
  EXPECT_GE(score.fields.at("period").accuracy(), 0.90);
  EXPECT_GE(score.fields.at("reviewer").accuracy(), 0.95);
  EXPECT_GE(score.fields.at("rating").accuracy(), 0.95);
}

}  // namespace
}  // namespace lectern::testing
