// Google Benchmark micro-benchmarks of the hot paths: extraction, the period reader, query
// parsing (a fresh chain per query against one kept by the searcher) and snippets (the whole
// text against the window the positions point to). Run: build/release/bench/micro_benchmarks.
// Not part of `make test`: the figures are printed, each pair in the same run.
#include <benchmark/benchmark.h>

#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "document_builder.h"
#include "lectern/indexer/extract.h"
#include "period.h"
#include "query_builder.h"
#include "snippet.h"
#include "snippet_window.h"

namespace {

std::string seed_review() {
  std::ifstream in(std::string(LECTERN_SOURCE_DIR) + "/../shared/examples/seed-review.txt");
  std::ostringstream text;
  text << in.rdbuf();
  if (text.str().empty()) return "THE BETRAYAL by Helen Dunmore\n\nLeningrad, 1952. The siege is over but the arrests begin.";
  return text.str();
}

// About 20 KB of review text with a few matches far into it.
std::string long_text() {
  std::string text;
  for (int i = 0; i < 150; ++i) {
    if (i % 50 == 25) text += "In the second winter the sieges tighten and the siege bread runs out. ";
    text += "Paragraph " + std::to_string(i) + " walks the river and the market with the doctor and his notes.\n";
  }
  return text;
}

// A small database of long reviews in a temporary folder, kept for the process's life.
struct SnippetFixture {
  std::filesystem::path folder = std::filesystem::temp_directory_path() / "lectern-micro-benchmarks";
  Xapian::Database database;
  Xapian::MSet mset;
  Xapian::Stem stemmer{"en"};
  std::string text = long_text();
  std::vector<std::string> text_terms;

  SnippetFixture() {
    std::filesystem::remove_all(folder);
    {
      Xapian::WritableDatabase writable(folder.string(), Xapian::DB_CREATE);
      for (int i = 0; i < 20; ++i) {
        lectern::Review review;
        review.id = "r" + std::to_string(i);
        review.path = "/r/" + review.id + ".txt";
        review.language = "en";
        review.title = "Winter Notes " + std::to_string(i);
        review.text = text;
        writable.add_document(lectern::indexer::build_document(review, "1:1"));
      }
      writable.commit();
    }
    database = Xapian::Database(folder.string());
    Xapian::QueryParser parser;
    parser.set_stemmer(stemmer);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    const Xapian::Query query = parser.parse_query("siege bread");
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    mset = enquire.get_mset(0, 10);
    text_terms = lectern::searcher::text_terms_of(query);
  }
};

SnippetFixture& snippet_fixture() {
  static SnippetFixture fixture;
  return fixture;
}

void BM_ExtractPlainText(benchmark::State& state) {
  const std::string bytes = seed_review();
  for (auto _ : state) {
    auto reviews = lectern::indexer::extract_bytes(bytes, "txt", "/reviews/seed-review.txt", {});
    benchmark::DoNotOptimize(reviews);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ExtractPlainText);

void BM_ReadPeriod(benchmark::State& state) {
  const std::string text = seed_review();
  for (auto _ : state) {
    auto reading = lectern::indexer::read_period(text, {.review_date = "2019-04-28"});
    benchmark::DoNotOptimize(reading);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ReadPeriod);

void BM_QueryParseFreshChain(benchmark::State& state) {
  const Xapian::Database& database = snippet_fixture().database;
  const Xapian::Stem stemmer("en");
  for (auto _ : state) {
    lectern::searcher::QueryChain chain("en", stemmer);
    auto parsed = chain.parse("siege bread author:dunmore", database);
    benchmark::DoNotOptimize(parsed);
  }
}
BENCHMARK(BM_QueryParseFreshChain);

void BM_QueryParseKeptChain(benchmark::State& state) {
  const Xapian::Database& database = snippet_fixture().database;
  lectern::searcher::QueryChain chain("en", Xapian::Stem("en"));
  for (auto _ : state) {
    auto parsed = chain.parse("siege bread author:dunmore", database);
    benchmark::DoNotOptimize(parsed);
  }
}
BENCHMARK(BM_QueryParseKeptChain);

void BM_SnippetWholeText(benchmark::State& state) {
  SnippetFixture& f = snippet_fixture();
  const lectern::searcher::SnippetOptions options;
  for (auto _ : state) {
    for (auto it = f.mset.begin(); it != f.mset.end(); ++it) {
      auto snippet = lectern::searcher::make_snippet(f.mset, f.text, options, f.stemmer);
      benchmark::DoNotOptimize(snippet);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.mset.size()));
}
BENCHMARK(BM_SnippetWholeText);

void BM_SnippetWindow(benchmark::State& state) {
  SnippetFixture& f = snippet_fixture();
  const lectern::searcher::SnippetOptions options;
  const lectern::searcher::TextTermWords words =
      lectern::searcher::text_term_words(f.database, f.text_terms, f.stemmer);
  for (auto _ : state) {
    for (auto it = f.mset.begin(); it != f.mset.end(); ++it) {
      auto snippet =
          lectern::searcher::windowed_snippet(f.mset, f.database, it.get_document(), f.text, options, f.stemmer, words);
      benchmark::DoNotOptimize(snippet);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.mset.size()));
}
BENCHMARK(BM_SnippetWindow);

}  // namespace

BENCHMARK_MAIN();
