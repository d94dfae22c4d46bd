// Synonym groups: expressions a reader uses interchangeably ("WWII", "Second World War").
// The indexer stores them in the database (Xapian's synonym table) and the searcher expands
// queries with them, so the groups in force are the ones the index was built with.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lectern/common/result.h"

namespace lectern {

struct SynonymGroup {
  // Each expression folded (lower case, no diacritics) with single spaces between words.
  std::vector<std::string> expressions;
};

// Parses the synonyms format (common/data/synonyms.txt): one group per line, expressions
// separated by '|', '#' comments and blank lines ignored. A line with fewer than two
// expressions is kInvalidArgument naming the line number.
Result<std::vector<SynonymGroup>> parse_synonyms(std::string_view text);

// The groups Lectern ships (common/data/synonyms.txt, compiled in).
std::vector<SynonymGroup> default_synonyms();

// An expression as synonym keys store it: folded, words separated by single spaces.
std::string synonym_key(std::string_view expression);

}  // namespace lectern
