// Query latency of the searcher library: top 10 with a highlighted snippet per hit, the
// measure shared/ANCHORS.md gives for other tools, against the same queries without snippets
// (the baseline, in the same run).
//
// Usage: search_latency DATABASE [QUERIES]   (QUERIES: how many, default 300)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "lectern/searcher/searcher.h"

namespace {

// Words of bench/generate_reviews.py's vocabulary that carry meaning, to build queries from.
const std::vector<std::string> kWords = {"war",     "city",   "winter",  "siege",   "army",    "novel",  "story",
                                         "history", "family", "river",   "soldiers", "hunger",  "letters", "court",
                                         "king",    "queen",  "empire",  "church",  "village", "doctor", "prison",
                                         "camp",    "train",  "battle",  "peace",   "bread",   "snow",   "bridge",
                                         "mother",  "spy",    "general", "memory",  "silence", "journey", "border",
                                         "archive", "diary",  "trial",   "exile",   "betrayal", "faith"};

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()))];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: search_latency DATABASE [QUERIES]\n");
    return 2;
  }
  const int count = argc > 2 ? std::atoi(argv[2]) : 300;
  auto searcher = lectern::searcher::Searcher::open({.databases = {argv[1]}});
  if (!searcher) {
    std::fprintf(stderr, "search_latency: %s\n", searcher.error().message.c_str());
    return 1;
  }
  std::mt19937 random(7);
  std::vector<std::string> queries;
  for (int i = 0; i < count; ++i) {
    std::string query = kWords[random() % kWords.size()];
    for (int extra = static_cast<int>(random() % 3); extra > 0; --extra) query += " " + kWords[random() % kWords.size()];
    queries.push_back(query);
  }
  auto run = [&](bool snippets) {
    std::vector<double> milliseconds;
    for (const auto& query : queries) {
      lectern::searcher::SearchRequest request;
      request.query = query;
      request.highlight = lectern::searcher::Highlight::kHtml;
      request.snippet_length = snippets ? 200 : 0;
      const auto start = std::chrono::steady_clock::now();
      auto results = searcher->search(request);
      const auto stop = std::chrono::steady_clock::now();
      if (!results) {
        std::fprintf(stderr, "search_latency: %s\n", results.error().message.c_str());
        std::exit(1);
      }
      milliseconds.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    return milliseconds;
  };
  run(true);  // warm the page cache and the database's blocks
  const auto without = run(false);
  const auto with = run(true);
  std::printf("%zu documents, %d queries, top 10\n", searcher->document_count(), count);
  std::printf("%-36s %8s %8s\n", "", "p50 ms", "p99 ms");
  std::printf("%-36s %8.2f %8.2f\n", "search only (baseline)", percentile(without, 0.5), percentile(without, 0.99));
  std::printf("%-36s %8.2f %8.2f\n", "search + highlighted snippets", percentile(with, 0.5), percentile(with, 0.99));
  std::printf("snippets / baseline at p50: %.2fx\n", percentile(with, 0.5) / percentile(without, 0.5));
  return 0;
}
