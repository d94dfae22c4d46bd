// lectern check [--db DIR] [--json]: Xapian's consistency check and Lectern's own. Exit 0 when
// the database is sound, 1 when it is not (the report says what is wrong).
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "lectern/indexer/check.h"

namespace lectern::app {
namespace {

struct CheckCommandOptions {
  std::string database = default_database();
  bool json = false;
};

int run_check(const CheckCommandOptions& command) {
  auto report = indexer::check_database(command.database);
  if (!report) return report_error(report.error());
  if (command.json) {
    const nlohmann::json object = {{"ok", report->ok()},
                                   {"documents", report->documents},
                                   {"xapian_errors", report->xapian_errors},
                                   {"problems", report->problems}};
    std::cout << object.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else if (report->ok()) {
    std::cout << command.database << ": sound (" << report->documents << " reviews; Xapian's check and Lectern's found nothing wrong)\n";
  } else {
    std::cout << command.database << ": " << report->problems.size() << " problems found\n";
    for (const auto& problem : report->problems) std::cout << "  " << problem << '\n';
    std::cout << "Rebuild with `lectern index FOLDER --db " << command.database << " --full`, or restore a backup (docs/operations.md).\n";
  }
  return report->ok() ? kExitOk : kExitFailure;
}

}  // namespace

void add_check_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::App* command = app.add_subcommand("check", "Check that a database is sound (Xapian's check and Lectern's own)");
  command->add_option("--db", options->database, "Database folder")->capture_default_str();
  command->add_flag("--json", options->json, "Print the report as one JSON object");
  command->callback([options, exit_status] { *exit_status = run_check(*options); });
}

}  // namespace lectern::app
