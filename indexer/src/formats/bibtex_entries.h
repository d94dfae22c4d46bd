// BibTeX entries pasted in a page as a reading log (`@book{key, title={...}, author={Last, F.
// and ...}, comment={...}}` followed by `% ` comment lines): one review per entry, its title and
// authors from the fields, its text from `comment` and the comment lines.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "lectern/common/review.h"

namespace lectern::indexer {

// The entries of `text` as reviews on top of `metadata` (the page's own fields), in file
// order; nullopt when the text holds fewer than two entries (a page that cites one book is a
// review with a citation, not a log).
std::optional<std::vector<Review>> reviews_from_bibtex(std::string_view text, const Review& metadata);

}  // namespace lectern::indexer
