// lectern search [--db DIR] [--limit N] [--offset N] [--json] [--highlight MODE] [filters]
//                [--facets LIST] [--sort ORDER] [--reverse] [--collapse work] QUERY...
#include <iostream>
#include <memory>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "commands/results_text.h"
#include "lectern/searcher/results_json.h"
#include "lectern/searcher/searcher.h"

namespace lectern::app {
namespace {

struct SearchCommandOptions {
  std::vector<std::string> words;
  std::vector<std::string> databases = {default_database()};
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool json = false;
  std::string highlight;
  std::string color = "auto";  // empty: ansi on a terminal, plain otherwise; html with --json
  std::string language = "en";
  std::size_t snippet_length = 200;
  std::size_t fragments = 1;
  searcher::Filters filters;
  std::vector<std::string> facets;
  std::size_t facet_limit = 10;
  std::string sort = "relevance";
  bool reverse = false;
  std::string collapse;
  bool exact = false;  // no spelling correction of the results
};

std::string join_words(const std::vector<std::string>& words) {
  std::string query;
  for (const auto& word : words) query += (query.empty() ? "" : " ") + word;
  return query;
}

int run_search(const SearchCommandOptions& command) {
  if (!valid_color(command.color)) {
    return report_error(Error::invalid_argument("--color must be one of auto, always, never (got `" + command.color + "`)"));
  }
  const auto highlight = highlight_mode(command.highlight, command.json, command.color);
  if (!highlight) {
    return report_error(Error::invalid_argument("--highlight must be one of ansi, html, plain, none (got `" +
                                                command.highlight + "`)"));
  }
  const auto sort = searcher::parse_sort_order(command.sort);
  if (!sort) {
    return report_error(Error::invalid_argument("--sort must be one of relevance, date, rating, title, period (got `" +
                                                command.sort + "`)"));
  }
  if (!command.collapse.empty() && command.collapse != "work") {
    return report_error(Error::invalid_argument("--collapse takes `work` (got `" + command.collapse + "`)"));
  }
  if (command.reverse && *sort == searcher::SortOrder::kRelevance) {
    return report_error(Error::invalid_argument("--reverse needs --sort date, rating, title or period"));
  }
  if (command.words.empty() && command.filters.empty()) {
    return report_error(Error::invalid_argument("give a query, a filter (--author, --period ...) or both"));
  }
  auto searcher = open_searcher(command.databases);
  if (!searcher) return report_error(searcher.error());

  searcher::SearchRequest request;
  request.query = join_words(command.words);
  request.filters = command.filters;
  request.limit = command.limit;
  request.offset = command.offset;
  request.language = command.language;
  request.highlight = *highlight;
  request.snippet_length = command.snippet_length;
  request.fragments = command.fragments;
  request.facets = command.facets;
  request.facet_limit = command.facet_limit;
  request.sort = *sort;
  request.reverse = command.reverse;
  request.collapse_by_work = command.collapse == "work";
  request.auto_correct = !command.exact;
  auto results = searcher->search(request);
  if (!results) return report_error(results.error());
  // A query with nothing to search for is a mistake on the command line: say so and exit 2
  // (with --json the results, notice included, are still printed for the caller to read).
  if (results->nothing_to_search) {
    if (command.json) std::cout << searcher::results_to_json(*results) << '\n';
    return report_error(Error::invalid_argument(results->notice));
  }
  if (command.json) {
    std::cout << searcher::results_to_json(*results) << '\n';
  } else {
    const std::string& shown = results->auto_corrected ? results->corrected_query : results->query;
    const ResultsHeading heading{"matches", "match", shown.empty() ? "the filters" : "`" + shown + "`"};
    print_results(std::cout, *results, heading, request.highlight == searcher::Highlight::kAnsi,
                  request.collapse_by_work);
  }
  return kExitOk;
}

}  // namespace

void add_search_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<SearchCommandOptions>();
  CLI::App* command = app.add_subcommand("search", "Search the index (see docs/query-language.md)");
  command->add_option("query", options->words, "The query: words, \"phrases\", field:value, period:1940..1950");
  // One value per occurrence, so that `--db DIR siege` leaves "siege" to the query.
  add_databases_option(*command, options->databases, "search");
  command->add_option("-n,--limit", options->limit, "Hits to show")->capture_default_str()->check(CLI::Range(1, 10000));
  command->add_option("--offset", options->offset, "Hits to skip, for paging")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1000000.0));
  command->add_flag("--json", options->json, "Print results as JSON (docs/search-json.md)");
  command->add_flag("--exact", options->exact,
                    "Search the query as typed, even when a spelling correction would match better");
  command->add_option("--highlight", options->highlight,
                      "How matched words are marked: ansi (bold), html (<mark>), plain ([word]) or none")
      ->type_name("{ansi,html,plain,none}");
  command->add_option("--color", options->color,
                      "auto (bold on a terminal, unless NO_COLOR or TERM=dumb; no marks in a pipe), always, never")
      ->type_name("{auto,always,never}")
      ->capture_default_str();
  command->add_option("--language", options->language, "Stemming language of the query (ISO 639-1)")
      ->capture_default_str();
  command->add_option("--snippet-length", options->snippet_length, "Snippet length in characters, per fragment")
      ->capture_default_str()
      ->check(CLI::Range(20, 5000));
  command->add_option("--fragments", options->fragments, "Snippet fragments around matches far apart")
      ->capture_default_str()
      ->check(CLI::Range(1, 10));

  add_filter_options(*command, options->filters);

  command
      ->add_option("--facets", options->facets, "Count matches by author, reviewer, decade, rating, lang, tag, format")
      ->type_name("{author,reviewer,decade,rating,lang,tag,format}")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->group("Facets and order");
  command->add_option("--facet-limit", options->facet_limit, "Values per facet, most frequent first (0: all)")
      ->capture_default_str()
      ->group("Facets and order");
  command->add_option("--sort", options->sort, "Order: relevance, date (newest first), rating, title, period")
      ->type_name("{relevance,date,rating,title,period}")
      ->capture_default_str()
      ->group("Facets and order");
  command->add_flag("--reverse", options->reverse, "Reverse the --sort order")->group("Facets and order");
  command->add_option("--collapse", options->collapse, "`work`: one hit per reviewed work")
      ->type_name("{work}")
      ->group("Facets and order");
  command->callback([options, exit_status] { *exit_status = run_search(*options); });
}

}  // namespace lectern::app
