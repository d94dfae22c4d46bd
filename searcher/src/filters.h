// SearchRequest::filters as one boolean Xapian query, spelled like the query language's
// filters (the same spec functions and the same folded terms).
#pragma once

#include <xapian.h>

#include "lectern/common/result.h"
#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// The AND of each kind of filter given, each kind the OR of its values; an empty query when no
// filter is given. kInvalidArgument naming the filter ("the rating filter wants ...") when a
// period, decade, rating or date cannot be read.
Result<Xapian::Query> filters_query(const Filters& filters);

// `query` restricted to what `filter` keeps, without changing its weights (OP_FILTER). An
// empty `query` gives `filter` alone (every review it keeps, unweighted); an empty `filter`
// gives `query`.
Xapian::Query apply_filter(const Xapian::Query& query, const Xapian::Query& filter);

}  // namespace lectern::searcher
