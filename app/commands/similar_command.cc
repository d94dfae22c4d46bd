// lectern similar ID|PATH [--db DIR] [--limit N] [--offset N] [--json] [--highlight MODE]
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "commands/results_text.h"
#include "lectern/searcher/results_json.h"
#include "lectern/searcher/searcher.h"

namespace lectern::app {
namespace {

namespace fs = std::filesystem;

struct SimilarCommandOptions {
  std::string review;
  std::vector<std::string> databases = {default_database()};
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool json = false;
  std::string highlight;
  std::string color = "auto";
  std::size_t snippet_length = 200;
  std::size_t fragments = 1;
};

// The index stores absolute, normalised paths, and ids are such a path plus "#N" for the N-th
// review of a JSON array. A path or id naming an existing file is made absolute so that it can
// be given relative to the current folder; anything else is passed on as typed.
std::string as_indexed(const std::string& reference) {
  std::error_code error;
  const auto absolute = [&](const std::string& path) { return fs::absolute(path, error).lexically_normal().string(); };
  if (fs::exists(reference, error)) return absolute(reference);
  const std::size_t hash = reference.rfind('#');
  if (hash != std::string::npos && hash > 0 && fs::exists(reference.substr(0, hash), error)) {
    return absolute(reference.substr(0, hash)) + reference.substr(hash);
  }
  return reference;
}

int run_similar(const SimilarCommandOptions& command) {
  if (!valid_color(command.color)) {
    return report_error(Error::invalid_argument("--color must be one of auto, always, never (got `" + command.color + "`)"));
  }
  const auto highlight = highlight_mode(command.highlight, command.json, command.color);
  if (!highlight) {
    return report_error(Error::invalid_argument("--highlight must be one of ansi, html, plain, none (got `" +
                                                command.highlight + "`)"));
  }
  auto searcher = open_searcher(command.databases);
  if (!searcher) return report_error(searcher.error());

  searcher::SimilarRequest request;
  request.review = as_indexed(command.review);
  request.limit = command.limit;
  request.offset = command.offset;
  request.highlight = *highlight;
  request.snippet_length = command.snippet_length;
  request.fragments = command.fragments;
  auto results = searcher->similar(request);
  if (!results) return report_error(results.error());
  if (command.json) {
    std::cout << searcher::results_to_json(*results) << '\n';
  } else {
    print_results(std::cout, *results, {"is like", "are like", command.review},
                  request.highlight == searcher::Highlight::kAnsi, false);
  }
  return kExitOk;
}

}  // namespace

void add_similar_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<SimilarCommandOptions>();
  CLI::App* command = app.add_subcommand("similar", "Reviews like a given one (more like this)");
  command->add_option("review", options->review, "The review: its id or the path of its file")->required();
  add_databases_option(*command, options->databases, "search");
  command->add_option("-n,--limit", options->limit, "Hits to show")->capture_default_str()->check(CLI::Range(1, 10000));
  command->add_option("--offset", options->offset, "Hits to skip, for paging")->capture_default_str();
  command->add_flag("--json", options->json, "Print results as JSON (docs/search-json.md)");
  command->add_option("--highlight", options->highlight,
                      "How matched words are marked: ansi (bold), html (<mark>), plain ([word]) or none");
  command->add_option("--color", options->color,
                      "auto (bold on a terminal, unless NO_COLOR or TERM=dumb; no marks in a pipe), always, never")
      ->capture_default_str();
  command->add_option("--snippet-length", options->snippet_length, "Snippet length in characters, per fragment")
      ->capture_default_str()
      ->check(CLI::Range(20, 5000));
  command->add_option("--fragments", options->fragments, "Snippet fragments around matches far apart")
      ->capture_default_str()
      ->check(CLI::Range(1, 10));
  command->callback([options, exit_status] { *exit_status = run_similar(*options); });
}

}  // namespace lectern::app
