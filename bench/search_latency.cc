// Query latency of the searcher library: top 10 with a highlighted snippet per hit, the
// measure shared/ANCHORS.md gives for other tools, and with facets as well, against the same
// queries without snippets (the baseline, in the same run).
//
// Usage: search_latency DATABASE [QUERIES] [--queries-out FILE]
//   QUERIES: how many, default 300; --slowest N lists the N slowest with facets;
//   --query Q runs Q alone, QUERIES times (for a profiler); --mix http runs the shapes of bench/serve_mix.lua
//   (a word, two, three, a two-word phrase, in turn) instead; --words FILE takes the words from FILE, one a line
//   (bench/serve.sh gives bench/query_words.txt, serve_mix.lua's); --queries-out writes them, one a line, for another engine
//   (bench/fts5_baseline.py) to run the same ones.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "lectern/searcher/searcher.h"

namespace {

// Words of bench/generate_reviews.py's vocabulary that carry meaning, to build queries from.
const std::vector<std::string> kDefaultWords = {"war",     "city",   "winter",  "siege",   "army",    "novel",  "story",
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
    std::fprintf(stderr, "usage: search_latency DATABASE [QUERIES] [--queries-out FILE] [--slowest N] [--query Q] [--mix http] [--words FILE]\n");
    return 2;
  }
  int count = 300;
  const char* queries_out = nullptr;
  int slowest = 0;
  std::string only_query;  // --query Q: Q alone, QUERIES times, to profile one query
  bool http_mix = false;   // --mix http: serve_mix.lua's shapes
  std::vector<std::string> vocabulary = kDefaultWords;
  for (int i = 2; i < argc; ++i) {
    if (std::string(argv[i]) == "--queries-out" && i + 1 < argc) queries_out = argv[++i];
    else if (std::string(argv[i]) == "--slowest" && i + 1 < argc) slowest = std::atoi(argv[++i]);
    else if (std::string(argv[i]) == "--query" && i + 1 < argc) only_query = argv[++i];
    else if (std::string(argv[i]) == "--mix" && i + 1 < argc) http_mix = std::string(argv[++i]) == "http";
    else if (std::string(argv[i]) == "--words" && i + 1 < argc) {
      std::ifstream in(argv[++i]);
      if (!in) {
        std::fprintf(stderr, "search_latency: cannot read %s\n", argv[i]);
        return 2;
      }
      vocabulary.clear();
      for (std::string line; std::getline(in, line);) {
        if (!line.empty()) vocabulary.push_back(line);
      }
      if (vocabulary.empty()) {
        std::fprintf(stderr, "search_latency: %s has no words\n", argv[i]);
        return 2;
      }
    }
    else count = std::atoi(argv[i]);
  }
  auto searcher = lectern::searcher::Searcher::open({.databases = {argv[1]}});
  if (!searcher) {
    std::fprintf(stderr, "search_latency: %s\n", searcher.error().message.c_str());
    return 1;
  }
  // The mix the issues name: single words, pairs, triples, phrases and field queries.
  std::mt19937 random(7);
  const auto word = [&] { return vocabulary[random() % vocabulary.size()]; };
  const std::vector<std::string> kAuthors = {"dunmore", "mantel", "grossman", "barker", "tolstoy", "eco"};
  std::vector<std::string> queries;
  for (int i = 0; i < count; ++i) {
    const unsigned kind = random() % 10;
    std::string query;
    if (http_mix) {
      query = word();
      if (i % 4 == 1) query += " " + word();
      else if (i % 4 == 2) query += " " + word() + " " + word();
      else if (i % 4 == 3) query = "\"" + word() + " " + word() + "\"";
    } else if (kind < 4) query = word();
    else if (kind < 6) query = word() + " " + word();
    else if (kind < 8) query = word() + " " + word() + " " + word();
    else if (kind < 9) query = "\"the " + word() + "\"";
    else query = "author:" + kAuthors[random() % kAuthors.size()] + " " + word();
    queries.push_back(only_query.empty() ? query : only_query);
  }
  if (queries_out != nullptr) {
    std::FILE* out = std::fopen(queries_out, "w");
    if (out == nullptr) {
      std::fprintf(stderr, "search_latency: cannot write %s\n", queries_out);
      return 1;
    }
    for (const auto& query : queries) std::fprintf(out, "%s\n", query.c_str());
    std::fclose(out);
  }
  enum class Mode { kSearch, kSnippets, kSnippetsAndFacets };
  std::vector<std::size_t> matches(queries.size());
  auto run = [&](Mode mode) {
    std::vector<double> milliseconds;
    for (const auto& query : queries) {
      lectern::searcher::SearchRequest request;
      request.query = query;
      request.highlight = lectern::searcher::Highlight::kHtml;
      request.snippet_length = mode == Mode::kSearch ? 0 : 200;
      if (mode == Mode::kSnippetsAndFacets) request.facets = {"author", "decade"};
      const auto start = std::chrono::steady_clock::now();
      auto results = searcher->search(request);
      const auto stop = std::chrono::steady_clock::now();
      if (!results) {
        std::fprintf(stderr, "search_latency: %s\n", results.error().message.c_str());
        std::exit(1);
      }
      milliseconds.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
      if (mode == Mode::kSnippetsAndFacets) matches[milliseconds.size() - 1] = results->total_estimate;
    }
    return milliseconds;
  };
  // Warms the page cache, the database's blocks and the searcher's facet columns.
  run(Mode::kSnippetsAndFacets);
  const auto without = run(Mode::kSearch);
  const auto with = run(Mode::kSnippets);
  const auto faceted = run(Mode::kSnippetsAndFacets);
  std::printf("%zu documents, %d queries (%s), top 10\n", searcher->document_count(), count,
              http_mix ? "bench/serve_mix.lua's: words, pairs, triples, two-word phrases"
                       : "words, pairs, triples, phrases, author: fields");
  std::printf("%-40s %8s %8s %8s %8s\n", "", "p50 ms", "p95 ms", "p99 ms", "mean ms");
  const auto row = [](const char* name, const std::vector<double>& values) {
    double sum = 0;
    for (const double value : values) sum += value;
    std::printf("%-40s %8.2f %8.2f %8.2f %8.2f\n", name, percentile(values, 0.5), percentile(values, 0.95),
                percentile(values, 0.99), sum / static_cast<double>(values.size()));
  };
  row("search only (baseline)", without);
  row("search + highlighted snippets", with);
  row("search + snippets + author/decade facets", faceted);
  std::printf("snippets / baseline at p50: %.2fx\n", percentile(with, 0.5) / percentile(without, 0.5));
  // --slowest N: the N slowest queries with facets, to see what makes the tail.
  std::vector<std::size_t> order(queries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return faceted[a] > faceted[b]; });
  for (int i = 0; i < slowest && i < static_cast<int>(order.size()); ++i) {
    const std::size_t q = order[i];
    std::printf("  %7.2f ms with facets, %7.2f ms searching only, %6zu matches: %s\n", faceted[q], without[q], matches[q],
                queries[q].c_str());
  }
  return 0;
}
