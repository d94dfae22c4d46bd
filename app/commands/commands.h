// The `lectern` subcommands. Each registers its options on the CLI11 app and runs against the
// libraries; main() only dispatches. Every run function returns the process exit status.
#pragma once

#include <CLI/CLI.hpp>

#include "lectern/common/result.h"

namespace lectern::app {

// Exit statuses, the same for every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the work failed (database error, unreadable input)
inline constexpr int kExitUsage = 2;    // the command line or the query is wrong

// Maps an error's category to an exit status and prints "lectern: <message>" on stderr. The one
// place where error categories become exit statuses.
int report_error(const Error& error);

// Each adds its subcommand to `app` and sets its callback; the callback stores its exit status
// in `*exit_status`.
void add_index_command(CLI::App& app, int* exit_status);
void add_prune_command(CLI::App& app, int* exit_status);
void add_check_command(CLI::App& app, int* exit_status);
void add_serve_command(CLI::App& app, int* exit_status);
void add_search_command(CLI::App& app, int* exit_status);
void add_inspect_command(CLI::App& app, int* exit_status);
void add_similar_command(CLI::App& app, int* exit_status);
void add_stats_command(CLI::App& app, int* exit_status);
// `list`, `remove` and `export`: seeing and managing what is indexed.
void add_collection_commands(CLI::App& app, int* exit_status);

}  // namespace lectern::app
