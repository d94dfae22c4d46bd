// `lectern check`: is a database sound? Xapian's own consistency check of every table, plus
// Lectern's: every document has its id and source-file terms and data that decodes, a period
// that runs forwards, and the database carries this Lectern's schema version.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "lectern/common/result.h"

namespace lectern::indexer {

struct CheckReport {
  std::size_t documents = 0;
  std::size_t xapian_errors = 0;      // as Xapian::Database::check counts them
  std::vector<std::string> problems;  // Lectern's own findings, one sentence each (at most 100)
  bool ok() const { return xapian_errors == 0 && problems.empty(); }
};

// Checks the database folder at `path`. Errors: kNotFound when there is no database there,
// kCorruption when Xapian cannot open it at all (the report of a database that opens but is
// damaged is a CheckReport with problems, not an error).
Result<CheckReport> check_database(const std::filesystem::path& path);

}  // namespace lectern::indexer
