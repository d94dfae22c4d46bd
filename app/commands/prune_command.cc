// lectern prune [--db DIR] [--dry-run] [--json]: remove the reviews of files that are gone,
// wherever they were indexed from. `index` only deletes under the paths it is given; prune is the
// explicit way to clean up the rest, and it keeps the reviews of roots that are missing
// altogether (an unmounted drive), saying so.
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "lectern/indexer/indexer.h"

namespace lectern::app {
namespace {

struct PruneCommandOptions {
  std::string database = default_database();
  bool dry_run = false;
  bool json = false;
  bool quiet = false;
};

int run_prune(const PruneCommandOptions& command) {
  auto indexer = open_existing_index(command.database, command.dry_run);
  if (!indexer) return report_error(indexer.error());
  auto summary = indexer->prune();
  if (!summary) return report_error(summary.error());
  if (command.json) {
    nlohmann::json object = {{"dry_run", command.dry_run},
                             {"deleted", summary->deleted},
                             {"files", summary->paths},
                             {"missing_roots", summary->missing_roots},
                             {"documents", summary->documents}};
    std::cout << object.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return kExitOk;
  }
  if (command.quiet) return kExitOk;
  std::cout << (command.dry_run ? "Would remove " : "Removed ") << summary->paths.size()
            << (summary->paths.size() == 1 ? " file" : " files") << " confirmed gone";
  if (!command.dry_run) std::cout << " (" << summary->deleted << (summary->deleted == 1 ? " review" : " reviews") << ")";
  std::cout << "; " << summary->documents << " reviews in the index.\n";
  for (const auto& path : summary->paths) std::cout << "  " << (command.dry_run ? "would remove " : "removed ") << path << '\n';
  for (const auto& root : summary->missing_roots) {
    std::cout << "  kept the reviews under " << root << ": it is not there (unmounted?)\n";
  }
  return kExitOk;
}

}  // namespace

void add_prune_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<PruneCommandOptions>();
  CLI::App* command = app.add_subcommand("prune", "Remove the reviews of files that no longer exist, wherever they were indexed from");
  command->add_option("--db", options->database, "Database folder")->capture_default_str();
  command->add_flag("--dry-run", options->dry_run, "Only list what would be removed");
  command->add_flag("--json", options->json, "Print the summary as one JSON object");
  command->callback([options, exit_status, command] {
    options->quiet = command->get_parent()->count("--quiet") > 0;
    *exit_status = run_prune(*options);
  });
}

}  // namespace lectern::app
