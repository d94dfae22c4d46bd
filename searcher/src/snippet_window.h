// Snippets at the cost of the search: the window of a review's text that the positions of its
// matched words point to, found from what the index already holds (the terms' positions and
// the text's checkpoints, schema::kSlotTextCheckpoints), so that only that window is read and
// highlighted instead of the whole text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "snippet.h"

namespace lectern::searcher {

// The query's terms that can match a review's text: its unprefixed words and stems ("Z...").
std::vector<std::string> text_terms_of(const Xapian::Query& query);

// The snippet of `text`, the stored text of `document`, for a hit of `mset`: make_snippet's
// result, with every rule it keeps (stems, phrases, fragments, escaping), but cut from the
// windows around the densest clusters of the matched words' positions. A short text, or one
// indexed without checkpoints, is read whole; so is one whose matched words cannot be placed.
std::string windowed_snippet(const Xapian::MSet& mset, const Xapian::Document& document, std::string_view text,
                             const SnippetOptions& options, const Xapian::Stem& stemmer,
                             const std::vector<std::string>& text_terms);

}  // namespace lectern::searcher
