// SearchRequest::sort on a Xapian::Enquire.
#pragma once

#include <xapian.h>

#include "lectern/common/result.h"
#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// Sets the order of `enquire`: relevance, or the sort's value in its natural direction
// (flipped by `reverse`), reviews without the value last either way, and then relevance;
// Xapian breaks the remaining ties by document id, so pages never overlap. kInvalidArgument
// for `reverse` with relevance.
Status apply_sort(Xapian::Enquire& enquire, SortOrder sort, bool reverse);

}  // namespace lectern::searcher
