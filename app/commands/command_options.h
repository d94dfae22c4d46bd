// Turning command-line values shared by several commands into library options, with the
// errors a user can act on.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "lectern/common/result.h"
#include "lectern/indexer/extract.h"
#include "lectern/indexer/indexer.h"
#include "lectern/searcher/searcher.h"

namespace lectern::app {

// The extraction options of `index` and `inspect`: --language, --eras FILE, --field-map SPEC
// (each may be empty). Errors name the file or the field-map entry at fault.
Result<indexer::ExtractOptions> extract_options(const std::string& language, const std::string& eras_file,
                                                const std::string& field_map);

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
