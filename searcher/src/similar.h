// More like this: relevance feedback from one review. Xapian's ESet gives the terms that best
// tell the review apart from the collection; OR-ed together they find its neighbours.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <xapian.h>

#include "lectern/common/result.h"

namespace lectern::searcher {

// The terms of the query built from a review.
inline constexpr Xapian::termcount kSimilarTerms = 20;

// The document of a review named by its id or by its source path (kPrefixSourceFile, as the
// index stores it). kNotFound when neither names a review; kInvalidArgument, listing the ids,
// when the path holds several. May throw Xapian::Error.
Result<Xapian::docid> find_review(const Xapian::Database& database, std::string_view reference);

// The review's `terms` most telling body words in their stemmed forms (the "Z" terms its own
// language's stemmer made), or as written when its language has no stemmer: no field or
// filter terms, no single letters. OR-ed, weighted as usual, and excluding the review itself.
// An empty query when the review has no such words. May throw Xapian::Error.
Xapian::Query similar_query(const Xapian::Database& database, Xapian::docid review,
                            Xapian::termcount terms = kSimilarTerms);

// The language of the review (its schema::kPrefixLanguage term), or empty.
std::string review_language(const Xapian::Database& database, Xapian::docid review);

}  // namespace lectern::searcher
