// The stored form of a Review: the JSON object kept as each Xapian document's data. Searchers
// decode it to print hits and cut snippets; its keys are spelled in schema.h.
#pragma once

#include <string>
#include <string_view>

#include "lectern/common/result.h"
#include "lectern/common/review.h"

namespace lectern {

// Serialises every field of `review`; empty optional fields are omitted.
std::string encode_document_data(const Review& review);

// Parses what encode_document_data wrote. Unknown keys are ignored (a newer indexer may add
// some); a document whose data is not a JSON object gives kCorruption.
Result<Review> decode_document_data(std::string_view data);

}  // namespace lectern
