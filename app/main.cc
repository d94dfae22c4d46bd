// lectern: index folders of reviews and search them. A thin shell over the libraries: parse
// the command line, call the library, map the result to an exit status.
#include <iostream>

#include <CLI/CLI.hpp>

#include "commands/commands.h"
#include "lectern/common/logging.h"

#if defined(__SANITIZE_ADDRESS__)
// Sanitizer builds only: Xapian::Database::check (`lectern check`) frees an object through a
// base pointer of another size inside libxapian itself, which AddressSanitizer reports as a
// new/delete type mismatch. The library is not ours to fix; everything else stays checked.
extern "C" const char* __asan_default_options() { return "new_delete_type_mismatch=0"; }
#endif

int main(int argc, char** argv) {
  CLI::App app{"Lectern: full-text search for collections of reviews"};
  app.set_version_flag("--version", "lectern 0.1.0");
  app.require_subcommand(1);
  bool verbose = false;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "Log what is being done")->configurable(false);
  app.add_flag("-q,--quiet", quiet, "Print errors only");

  int exit_status = lectern::app::kExitOk;
  lectern::app::add_index_command(app, &exit_status);
  lectern::app::add_prune_command(app, &exit_status);
  lectern::app::add_check_command(app, &exit_status);
  lectern::app::add_serve_command(app, &exit_status);
  lectern::app::add_search_command(app, &exit_status);
  lectern::app::add_inspect_command(app, &exit_status);
  lectern::app::add_similar_command(app, &exit_status);
  lectern::app::add_stats_command(app, &exit_status);
  app.parse_complete_callback([&] {
    lectern::configure_logging(quiet     ? lectern::Verbosity::kQuiet
                               : verbose ? lectern::Verbosity::kVerbose
                                         : lectern::Verbosity::kNormal);
  });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? lectern::app::kExitOk : lectern::app::kExitUsage;
  }
  return exit_status;
}
