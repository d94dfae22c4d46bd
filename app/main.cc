// lectern: index folders of reviews and search them. A thin shell over the libraries: parse
// the command line, call the library, map the result to an exit status.
#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands/command_line_help.h"
#include "commands/commands.h"
#include "commands/settings.h"
#include "commands/shell_completion.h"
#include "lectern/common/logging.h"

#if defined(__SANITIZE_ADDRESS__)
// Sanitizer builds only: Xapian::Database::check (`lectern check`) frees an object through a
// base pointer of another size inside libxapian itself, which AddressSanitizer reports as a
// new/delete type mismatch. The library is not ours to fix; everything else stays checked.
extern "C" const char* __asan_default_options() { return "new_delete_type_mismatch=0"; }
#endif

#if defined(LECTERN_WITH_JEMALLOC)
// jemalloc's settings, read when it starts (its MALLOC_CONF environment variable still wins):
// pages freed are given back to the system after a second, by a background thread, so a long
// indexing run or a server keeps the footprint of what it uses, not of its peak.
extern "C" const char* malloc_conf = "background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0";
#endif

namespace {

// The long option names a (sub)command accepts, with their dashes: "--limit".
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  }
  return names;
}

// "The following argument was not expected: --limt" -> "lectern search: unknown option
// `--limt`: did you mean `--limit`?", for the command that was being parsed.
void explain_unexpected(const CLI::App& app, const std::vector<std::string>& unexpected) {
  const CLI::App* command = &app;
  for (const CLI::App* sub : app.get_subcommands()) command = sub;
  const std::string where = command == &app ? "lectern" : "lectern " + command->get_name();
  for (const std::string& argument : unexpected) {
    if (argument.starts_with("-")) {
      const std::string typed = argument.substr(0, argument.find('='));
      const std::string near = lectern::app::closest_name(typed, option_names(*command));
      std::cerr << where << ": unknown option `" << typed << "`"
                << (near.empty() ? "" : ": did you mean `" + near + "`?") << " (" << where << " --help lists them)\n";
    } else {
      std::cerr << where << ": unexpected argument `" << argument << "` (" << where << " --help shows the usage)\n";
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Lectern: full-text search for collections of reviews"};
  app.name("lectern");  // the usage line names the command, not the path it was run from
  app.set_version_flag("--version", "lectern 0.1.0");
  app.require_subcommand(1);
  bool verbose = false;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log what is being done")->configurable(false);
  app.add_flag("-q,--quiet", quiet, "Print errors only");

  // The settings are the commands' defaults, so they are read before the commands are made.
  auto settings = lectern::app::load_settings();
  if (!settings) return lectern::app::report_error(settings.error());
  lectern::app::use_settings(std::move(*settings));

  int exit_status = lectern::app::kExitOk;
  lectern::app::add_index_command(app, &exit_status);
  lectern::app::add_prune_command(app, &exit_status);
  lectern::app::add_check_command(app, &exit_status);
  lectern::app::add_serve_command(app, &exit_status);
  lectern::app::add_search_command(app, &exit_status);
  lectern::app::add_inspect_command(app, &exit_status);
  lectern::app::add_similar_command(app, &exit_status);
  lectern::app::add_stats_command(app, &exit_status);
  lectern::app::add_collection_commands(app, &exit_status);
  lectern::app::add_config_command(app, &exit_status);
  lectern::app::add_completion_commands(app, &exit_status);
  app.footer(lectern::app::examples_for(""));
  std::vector<std::string> commands;
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) {
    command->footer(lectern::app::examples_for(command->get_name()));
    commands.push_back(command->get_name());
  }
  // A mistyped command is not a missing one: "lectern serch war" says what it could mean.
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if (argument.starts_with("-")) continue;
    if (std::find(commands.begin(), commands.end(), argument) != commands.end()) break;
    const std::string near = lectern::app::closest_name(argument, commands);
    std::cerr << "lectern: unknown command `" << argument << "`"
              << (near.empty() ? "" : ": did you mean `" + near + "`?") << " (lectern --help lists them)\n";
    return lectern::app::kExitUsage;
  }
  app.parse_complete_callback([&] {
    lectern::configure_logging(quiet     ? lectern::Verbosity::kQuiet
                               : verbose ? lectern::Verbosity::kVerbose
                                         : lectern::Verbosity::kNormal);
  });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ExtrasError& error) {
    explain_unexpected(app, app.remaining(true));
    return lectern::app::kExitUsage;
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? lectern::app::kExitOk : lectern::app::kExitUsage;
  }
  return exit_status;
}
