// Seeing and managing what is indexed: `lectern list` (the reviews, filterable like search),
// `lectern show ID|PATH` (what is stored for one: fields, terms by prefix, values; `inspect`
// re-reads the file instead),
// `lectern remove PATH...` (take files out of the index, not off the disk) and
// `lectern export` (every stored review as JSON Lines, which `lectern index` reads back).
#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "lectern/common/text.h"
#include "lectern/indexer/indexer.h"
#include "lectern/searcher/results_json.h"

namespace lectern::app {
namespace {

struct ListCommandOptions {
  std::vector<std::string> databases = {default_database()};
  searcher::Filters filters;
  std::size_t limit = 100;
  std::size_t offset = 0;
  std::string sort = "title";
  bool json = false;
};

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

int run_list(const ListCommandOptions& command) {
  const auto sort = searcher::parse_sort_order(command.sort);
  if (!sort || *sort == searcher::SortOrder::kRelevance) {
    return report_error(Error::invalid_argument("--sort must be one of title, date, rating, period (got `" + command.sort + "`)"));
  }
  auto searcher = open_searcher(command.databases);
  if (!searcher) return report_error(searcher.error());
  searcher::SearchRequest request;
  request.filters = command.filters;
  request.match_all = true;
  request.limit = command.limit;
  request.offset = command.offset;
  request.sort = *sort;
  request.snippet_length = 0;
  auto results = searcher->search(request);
  if (!results) return report_error(results.error());
  if (command.json) {
    std::cout << searcher::results_to_json(*results, 2) << '\n';
    return kExitOk;
  }
  std::cout << results->total_estimate << (results->total_estimate == 1 ? " review" : " reviews")
            << (command.filters.empty() ? " in the index" : " match the filters");
  if (!results->hits.empty()) {
    std::cout << "; showing " << results->offset + 1 << "–" << results->offset + results->hits.size();
  }
  std::cout << ".\n";
  for (const searcher::Hit& hit : results->hits) {
    std::cout << hit.title;
    if (!hit.authors.empty()) std::cout << " by " << joined(hit.authors);
    if (hit.period) std::cout << "  [" << hit.period->start << "–" << hit.period->end << "]";
    if (!hit.date.empty()) std::cout << "  " << hit.date;
    std::cout << "\n  " << hit.id << '\n';
  }
  return kExitOk;
}

struct RemoveCommandOptions {
  std::string database = default_database();
  std::vector<std::string> paths;
  bool dry_run = false;
  bool json = false;
};

int run_remove(const RemoveCommandOptions& command) {
  auto indexer = open_existing_index(command.database, command.dry_run);
  if (!indexer) return report_error(indexer.error());
  const std::vector<std::filesystem::path> paths(command.paths.begin(), command.paths.end());
  auto summary = indexer->remove(paths);
  if (!summary) return report_error(summary.error());
  if (command.json) {
    const nlohmann::json object = {
        {"dry_run", command.dry_run}, {"deleted", summary->deleted}, {"files", summary->paths}, {"documents", summary->documents}};
    std::cout << object.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return kExitOk;
  }
  std::cout << (command.dry_run ? "Would take " : "Took ") << summary->paths.size() << (summary->paths.size() == 1 ? " file" : " files")
            << " (" << summary->deleted << (summary->deleted == 1 ? " review" : " reviews") << ") out of the index; "
            << summary->documents << " reviews in it. The files themselves are untouched; exclude them "
            << "(--exclude, .lecternignore) to keep a later `lectern index` of their folder from adding them back.\n";
  for (const auto& path : summary->paths) std::cout << "  " << path << '\n';
  return kExitOk;
}

struct ShowCommandOptions {
  std::vector<std::string> databases = {default_database()};
  std::string review;
  bool json = false;
};

// A value slot's bytes as text when they are printable, else as hex (sortable numbers).
std::string printable_value(const std::string& bytes) {
  const bool printable = text::is_valid_utf8(bytes) &&
                         std::none_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\x1f'; });
  if (printable) return bytes;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex = "0x";
  for (unsigned char c : bytes) {
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  return hex;
}

int run_show(const ShowCommandOptions& command) {
  auto searcher = open_searcher(command.databases);
  if (!searcher) return report_error(searcher.error());
  auto stored = searcher->stored(command.review);
  if (!stored) return report_error(stored.error());
  nlohmann::json terms = nlohmann::json::object();
  for (const auto& [prefix, words] : stored->terms_by_prefix) terms[prefix.empty() ? "(words)" : prefix] = words;
  nlohmann::json values = nlohmann::json::object();
  for (const auto& [slot, bytes] : stored->values) values[std::to_string(slot)] = printable_value(bytes);
  if (command.json) {
    nlohmann::json object = {{"review", nlohmann::json::parse(searcher::review_to_json(stored->review))},
                             {"terms_by_prefix", std::move(terms)},
                             {"values", std::move(values)}};
    std::cout << object.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return kExitOk;
  }
  std::cout << searcher::review_to_json(stored->review, 2) << "\n\nterms by prefix (common/include/lectern/common/schema.h):\n";
  for (const auto& [prefix, words] : stored->terms_by_prefix) {
    std::cout << "  " << (prefix.empty() ? "(words)" : prefix) << " (" << words.size() << "): ";
    constexpr std::size_t kShown = 40;
    for (std::size_t i = 0; i < words.size() && i < kShown; ++i) std::cout << (i ? " " : "") << words[i];
    std::cout << (words.size() > kShown ? " …" : "") << '\n';
  }
  std::cout << "values by slot:\n";
  for (const auto& [slot, bytes] : stored->values) std::cout << "  " << slot << ": " << printable_value(bytes) << '\n';
  return kExitOk;
}

struct ExportCommandOptions {
  std::vector<std::string> databases = {default_database()};
};

int run_export(const ExportCommandOptions& command) {
  auto searcher = open_searcher(command.databases);
  if (!searcher) return report_error(searcher.error());
  // One review per line, as GET /api/doc gives it: `lectern index` reads such a .jsonl file.
  const Status status = searcher->for_each_review([](const Review& review) { std::cout << searcher::review_to_json(review) << '\n'; });
  if (!status) return report_error(status.error());
  return kExitOk;
}

}  // namespace

void add_collection_commands(CLI::App& app, int* exit_status) {
  auto list = std::make_shared<ListCommandOptions>();
  CLI::App* list_command = app.add_subcommand("list", "List the reviews in the index, filtered like search");
  add_databases_option(*list_command, list->databases, "list");
  list_command->add_option("-n,--limit", list->limit, "Reviews to show")->capture_default_str()->check(CLI::Range(1, 10000));
  list_command->add_option("--offset", list->offset, "Reviews to skip, for paging")->check(CLI::Range(0, 1000000));
  list_command->add_option("--sort", list->sort, "Order: title, date (newest first), rating, period")
      ->type_name("{title,date,rating,period}")
      ->capture_default_str();
  list_command->add_flag("--json", list->json, "Print the list as JSON (the shape of search --json)");
  add_filter_options(*list_command, list->filters);
  list_command->callback([list, exit_status] { *exit_status = run_list(*list); });

  auto remove = std::make_shared<RemoveCommandOptions>();
  CLI::App* remove_command = app.add_subcommand("remove", "Take files or folders out of the index, leaving them on disk");
  remove_command->add_option("paths", remove->paths, "Files or folders whose reviews leave the index")->required();
  remove_command->add_option("--db", remove->database, "Database folder")->capture_default_str();
  remove_command->add_flag("--dry-run", remove->dry_run, "Show what would be taken out; change nothing");
  remove_command->add_flag("--json", remove->json, "Print the summary as JSON");
  remove_command->callback([remove, exit_status] { *exit_status = run_remove(*remove); });

  auto show = std::make_shared<ShowCommandOptions>();
  CLI::App* show_command = app.add_subcommand("show", "Show what the index stores for one review: fields, terms, values");
  show_command->add_option("review", show->review, "The review: its id or the path of its file")->required();
  add_databases_option(*show_command, show->databases, "read");
  show_command->add_flag("--json", show->json, "Print it as JSON");
  show_command->callback([show, exit_status] { *exit_status = run_show(*show); });

  auto exported = std::make_shared<ExportCommandOptions>();
  CLI::App* export_command =
      app.add_subcommand("export", "Print every stored review as JSON Lines (lectern index --from-export writes them back)");
  add_databases_option(*export_command, exported->databases, "export");
  export_command->callback([exported, exit_status] { *exit_status = run_export(*exported); });
}

}  // namespace lectern::app
