// The collection at a glance, for `lectern stats`.
#pragma once

#include <cstddef>

#include <xapian.h>

#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// Counts over every document of `database`: formats and languages from their boolean terms,
// authors through FacetCounter over every document, decades from the period-start value stream.
// `top` values per list at most. May throw Xapian::Error (the caller catches database errors).
CollectionStats collection_stats(const Xapian::Database& database, std::size_t top);

}  // namespace lectern::searcher
