// From a query string in Lectern's query language (docs/query-language.md) to a Xapian query.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "lectern/common/result.h"

namespace lectern::searcher {

// The stemmer for a query language code: the indexer's (lectern::analysis), English for an
// empty code, none for codes without one. The same stemmer must be given to MSet::snippet so
// that other forms of a matched stem are highlighted.
Xapian::Stem query_stemmer(std::string_view language);

// Parses `query` with the analysis chain of `language` (stemmer, stopwords, diacritic
// folding), as the indexer analysed the text. `database` is used to expand wildcards. Returns
// kInvalidArgument, quoting the query, when it cannot be parsed. An empty Xapian::Query (a
// query of only punctuation) is a success: it matches nothing.
Result<Xapian::Query> build_query(std::string_view query, const Xapian::Database& database,
                                  const Xapian::Stem& stemmer, std::string_view language);

// The query with every `..` that is not part of a `period:` range turned into spaces. Xapian
// 1.4 reads any `a..b` as a range and rejects it when no range processor claims it, which
// would make "wait..." an error; outside `period:` dots only ever separate words.
std::string neutralise_stray_ranges(std::string_view query);

}  // namespace lectern::searcher
