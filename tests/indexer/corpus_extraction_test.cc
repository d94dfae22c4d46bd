// Extraction on the sample corpus, scored against tests/corpus_manifest.json. The corpus is
// clean enough that every title, author, reviewer and language must come out right; the
// period threshold records what extraction achieves and may only rise.
#include <gtest/gtest.h>

#include "extraction_scoring.h"

namespace lectern::testing {
namespace {

TEST(CorpusExtraction, EveryTitleAuthorReviewerAndLanguageIsRight) {
  const auto score = score_extraction(source_dir() / "tests/corpus_manifest.json", source_dir() / "corpus",
                                      [](const std::string& path) {
                                        indexer::ExtractOptions options;
                                        if (path.starts_with("custom-fields/")) {
                                          options.field_map = {{"title", "bookTitle"}, {"author", "bookAuthor"}, {"text", "reviewText"}};
                                        }
                                        return options;
                                      });
  std::string mismatches;
  for (const auto& line : score.mismatches) mismatches += line + "\n";
  std::cout << score.report();
  EXPECT_GE(score.fields.at("title").total, 58);
  for (const char* field : {"title", "authors", "reviewer", "language"}) {
    EXPECT_EQ(score.fields.at(field).accuracy(), 1.0) << field << "\n" << mismatches;
  }
  EXPECT_GE(score.fields.at("period").accuracy(), 0.95) << mismatches;
}

}  // namespace
}  // namespace lectern::testing
