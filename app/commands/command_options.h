// Turning command-line values shared by several commands into library options, with the
// errors a user can act on.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands/settings.h"
#include "lectern/common/result.h"
#include "lectern/indexer/extract.h"
#include "lectern/indexer/indexer.h"
#include "lectern/searcher/searcher.h"

namespace lectern::app {

// The extraction flags `index` and `inspect` share; the defaults come from the config file.
struct ExtractionFlags {
  std::string field_map = current_settings().field_map.value;
  std::string language = current_settings().language.value;
  std::string eras = current_settings().eras.value;
  std::string period_weights;  // a weights file (indexer/data/period_weights.tsv's format)
};

// Registers a repeatable --db on a command that reads the index: "Database folder; repeat to
// `verb` several shards as one". One value per --db, so that a positional argument after it is
// never taken for a second folder.
void add_databases_option(CLI::App& command, std::vector<std::string>& databases, const std::string& verb);

// Registers --field-map, --eras, --language and --period-weights on `command`.
void add_extraction_options(CLI::App& command, ExtractionFlags& flags);

// The extraction options the flags ask for (each may be empty). Errors name the file or the
// field-map entry at fault.
Result<indexer::ExtractOptions> extract_options(const ExtractionFlags& flags);

// The database when no --db is given: $LECTERN_DB when set and not empty, else the config
// file's `database`, else ./lectern-db (settings.h).
std::string default_database();

// The filter options of `search` and `list` (--author, --period, --rating ...), in the group
// "Filters", writing into `filters`.
void add_filter_options(CLI::App& command, searcher::Filters& filters);

// Opens an existing database for writing (`prune`, `remove`): kNotFound, saying to index
// first, when there is none, rather than creating an empty one.
Result<indexer::Indexer> open_existing_index(const std::string& database, bool dry_run);

// Opens the databases named by --db (several are searched as one).
Result<searcher::Searcher> open_searcher(const std::vector<std::string>& databases);

}  // namespace lectern::app
