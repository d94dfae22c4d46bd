// From a Review to the Xapian document that represents it: a pure function, so every term and
// value the schema promises can be tested without a database.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "lectern/common/review.h"

namespace lectern::indexer {

// The id term for a review id, and the source-file term for a path: prefix + value, or
// prefix + a cut of the value + a hash when the whole would pass Xapian's term length limit.
std::string id_term(std::string_view review_id);
std::string source_file_term(std::string_view path);

// The work key (lectern::terms::work_key) of the review's title and first author.
std::string work_key(const Review& review);

// Builds the document: free-text terms with positions (body, and title/author/reviewer both
// prefixed and boosted in the body), boolean filter terms, value slots and the JSON data, as
// laid down in schema.h. `source_signature` is stored so that the next run can tell whether
// the file changed.
Xapian::Document build_document(const Review& review, std::string_view source_signature);

}  // namespace lectern::indexer
