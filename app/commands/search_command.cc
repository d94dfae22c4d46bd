// lectern search [--db DIR] [--limit N] [--offset N] [--json] [--highlight MODE] QUERY...
#include <unistd.h>

#include <iostream>
#include <memory>

#include "commands/commands.h"
#include "lectern/searcher/results_json.h"
#include "lectern/searcher/searcher.h"

namespace lectern::app {
namespace {

struct SearchCommandOptions {
  std::vector<std::string> words;
  std::vector<std::string> databases = {"lectern-db"};
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool json = false;
  std::string highlight;  // empty: ansi on a terminal, plain otherwise; html with --json
  std::string language = "en";
  std::size_t snippet_length = 200;
};

std::string join_words(const std::vector<std::string>& words) {
  std::string query;
  for (const auto& word : words) query += (query.empty() ? "" : " ") + word;
  return query;
}

searcher::Highlight highlight_mode(const SearchCommandOptions& command) {
  if (command.highlight == "none") return searcher::Highlight::kNone;
  if (command.highlight == "plain") return searcher::Highlight::kPlain;
  if (command.highlight == "ansi") return searcher::Highlight::kAnsi;
  if (command.highlight == "html" || command.json) return searcher::Highlight::kHtml;
  return isatty(STDOUT_FILENO) ? searcher::Highlight::kAnsi : searcher::Highlight::kPlain;
}

std::string describe_period(const std::optional<YearSpan>& period) {
  if (!period) return {};
  auto year = [](int y) { return y < 0 ? std::to_string(-y) + " BC" : std::to_string(y); };
  return period->start == period->end ? year(period->start) : year(period->start) + "–" + year(period->end);
}

std::string display_path(const std::string& path) {
  std::error_code error;
  const auto relative = std::filesystem::relative(path, std::filesystem::current_path(error), error);
  if (error || relative.empty() || relative.string().starts_with("..")) return path;
  return relative.string();
}

void print_results(const searcher::SearchResults& results, bool bold) {
  const std::string on = bold ? "\033[1m" : "";
  const std::string off = bold ? "\033[0m" : "";
  if (results.hits.empty()) {
    std::cout << "No reviews match `" << results.query << "`.\n";
    return;
  }
  std::cout << "About " << results.total_estimate << (results.total_estimate == 1 ? " review matches" : " reviews match")
            << " `" << results.query << "`; showing " << results.hits.front().rank << "–" << results.hits.back().rank
            << ".\n\n";
  for (const auto& hit : results.hits) {
    std::string authors;
    for (const auto& author : hit.authors) authors += (authors.empty() ? "" : ", ") + author;
    std::cout << hit.rank << ". " << on << (hit.title.empty() ? "(untitled)" : hit.title) << off;
    if (!authors.empty()) std::cout << " by " << authors;
    if (const std::string period = describe_period(hit.period); !period.empty()) std::cout << "  [" << period << "]";
    std::cout << '\n' << "   " << display_path(hit.path) << '\n';
    if (!hit.snippet.empty()) std::cout << "   " << hit.snippet << '\n';
    std::cout << '\n';
  }
}

int run_search(const SearchCommandOptions& command) {
  if (!command.highlight.empty() && command.highlight != "ansi" && command.highlight != "html" &&
      command.highlight != "plain" && command.highlight != "none") {
    return report_error(Error::invalid_argument("--highlight must be one of ansi, html, plain, none (got `" +
                                                command.highlight + "`)"));
  }
  searcher::SearcherOptions options;
  options.databases.assign(command.databases.begin(), command.databases.end());
  auto searcher = searcher::Searcher::open(options);
  if (!searcher) return report_error(searcher.error());

  searcher::SearchRequest request;
  request.query = join_words(command.words);
  request.limit = command.limit;
  request.offset = command.offset;
  request.language = command.language;
  request.highlight = highlight_mode(command);
  request.snippet_length = command.snippet_length;
  auto results = searcher->search(request);
  if (!results) return report_error(results.error());
  if (command.json) {
    std::cout << searcher::results_to_json(*results) << '\n';
  } else {
    print_results(*results, request.highlight == searcher::Highlight::kAnsi);
  }
  return kExitOk;
}

}  // namespace

void add_search_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<SearchCommandOptions>();
  CLI::App* command = app.add_subcommand("search", "Search the index (see docs/query-language.md)");
  command->add_option("query", options->words, "The query: words, \"phrases\", field:value, period:1940..1950")->required();
  command->add_option("--db", options->databases, "Database folder; repeat to search several shards as one")
      ->capture_default_str();
  command->add_option("-n,--limit", options->limit, "Hits to show")->capture_default_str()->check(CLI::Range(1, 10000));
  command->add_option("--offset", options->offset, "Hits to skip, for paging")->capture_default_str();
  command->add_flag("--json", options->json, "Print results as JSON (docs/search-json.md)");
  command->add_option("--highlight", options->highlight,
                      "How matched words are marked: ansi (bold), html (<mark>), plain ([word]) or none");
  command->add_option("--language", options->language, "Stemming language of the query (ISO 639-1)")
      ->capture_default_str();
  command->add_option("--snippet-length", options->snippet_length, "Snippet length in characters")
      ->capture_default_str()
      ->check(CLI::Range(20, 5000));
  command->callback([options, exit_status] { *exit_status = run_search(*options); });
}

}  // namespace lectern::app
