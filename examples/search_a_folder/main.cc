// search_a_folder FOLDER DATABASE QUERY...: indexes the reviews in FOLDER into DATABASE, then
// prints the best matches for QUERY with their highlighted snippets. An example of Lectern
// used as a library; see docs/library.md.
#include <iostream>
#include <string>
#include <vector>

#include "lectern/indexer/indexer.h"
#include "lectern/searcher/searcher.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: search_a_folder FOLDER DATABASE QUERY...\n";
    return 2;
  }
  lectern::indexer::IndexOptions options;
  options.database = argv[2];
  auto indexer = lectern::indexer::Indexer::open(options);
  if (!indexer) {
    std::cerr << "search_a_folder: " << indexer.error().message << '\n';
    return 1;
  }
  auto summary = indexer->index({argv[1]});
  if (!summary) {
    std::cerr << "search_a_folder: " << summary.error().message << '\n';
    return 1;
  }
  std::cout << "indexed " << summary->documents << " reviews (" << summary->added << " new)\n";

  auto searcher = lectern::searcher::Searcher::open({.databases = {argv[2]}});
  if (!searcher) {
    std::cerr << "search_a_folder: " << searcher.error().message << '\n';
    return 1;
  }
  lectern::searcher::SearchRequest request;
  for (int i = 3; i < argc; ++i) request.query += (i > 3 ? " " : "") + std::string(argv[i]);
  request.limit = 5;
  request.highlight = lectern::searcher::Highlight::kPlain;
  auto results = searcher->search(request);
  if (!results) {
    std::cerr << "search_a_folder: " << results.error().message << '\n';
    return 1;
  }
  for (const lectern::searcher::Hit& hit : results->hits) {
    std::cout << hit.rank << ". " << hit.title;
    if (!hit.authors.empty()) std::cout << " by " << hit.authors.front();
    std::cout << "\n   " << hit.snippet << '\n';
  }
  return results->hits.empty() ? 1 : 0;
}
