// The relevance check: indexes corpus/ with the lectern binary, runs the judged queries of
// tests/relevance/judgements.json and reports MRR@10 (the mean over queries of 1/rank of the
// first judged-relevant review in the top ten). Fails when it drops below the figure recorded
// in the judgements file, so that a change that makes ranking worse is noticed.
#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

using nlohmann::json;

constexpr int kCutoff = 10;

// "json/reviews.jsonl#2" from the hit id "/…/corpus/json/reviews.jsonl#2"; a single review's
// "#0", if any, is dropped so that judgements name such files by their path alone.
std::string corpus_relative(const std::string& id, const std::string& corpus) {
  std::string relative = id.starts_with(corpus) ? id.substr(corpus.size()) : id;
  if (relative.ends_with("#0")) relative.resize(relative.size() - 2);
  return relative;
}

bool judged_relevant(const std::string& relative, const json& relevant) {
  for (const auto& path : relevant) {
    std::string judged = path.get<std::string>();
    if (judged.ends_with("#0")) judged.resize(judged.size() - 2);
    if (judged == relative) return true;
  }
  return false;
}

TEST(Relevance, MeanReciprocalRankOverTheJudgedCorpusQueries) {
  const json judgements = json::parse(read_file(source_dir() / "tests/relevance/judgements.json"));
  const json& queries = judgements["queries"];
  ASSERT_GE(queries.size(), 25u);
  const double minimum = judgements["minimum_mrr"].get<double>();

  TempDir temp;
  const std::string db = (temp / "db").string();
  const std::filesystem::path corpus = source_dir() / "corpus";
  CommandOutput output = run_lectern({"index", corpus.string(), "--db", db, "--json"});
  ASSERT_EQ(output.exit_status, 0) << output.err;
  // The custom-fields review needs its key map; indexing that folder alone leaves the rest.
  output = run_lectern({"index", (corpus / "custom-fields").string(), "--db", db, "--json", "--field-map",
                        "title=bookTitle,author=bookAuthor,text=reviewText"});
  ASSERT_EQ(output.exit_status, 0) << output.err;

  const std::string corpus_prefix = (corpus / "").string();
  double total = 0;
  std::string report;
  for (const auto& judged : queries) {
    const std::string query = judged["query"];
    output = run_lectern(
        {"search", "--db", db, "--json", "--limit", std::to_string(kCutoff), "--snippet-length", "20", query});
    ASSERT_EQ(output.exit_status, 0) << query << ": " << output.err;
    const json results = json::parse(output.out);
    double reciprocal = 0;
    std::string first;
    int rank = 0;
    for (const auto& hit : results["hits"]) {
      ++rank;
      const std::string relative = corpus_relative(hit["id"], corpus_prefix);
      if (rank == 1) first = relative;
      if (judged_relevant(relative, judged["relevant"])) {
        reciprocal = 1.0 / rank;
        break;
      }
    }
    total += reciprocal;
    char line[512];
    std::snprintf(line, sizeof line, "  %.2f  %-45s  first: %s\n", reciprocal, ("`" + query + "`").c_str(),
                  first.c_str());
    report += line;
  }
  const double mrr = total / static_cast<double>(queries.size());
  std::cout << "Relevance over corpus/: MRR@" << kCutoff << " = " << mrr << " on " << queries.size()
            << " judged queries (recorded minimum " << minimum << ")\n"
            << report;
  RecordProperty("mrr_at_10", std::to_string(mrr));
  EXPECT_GE(mrr, minimum) << "ranking got worse; see the per-query report above";
}

}  // namespace
}  // namespace lectern::testing
