// Text values that may hold a little HTML (a JSON export's review, a CSV cell, Goodreads'
// `<br/>`-broken paragraphs): the known tags removed, block tags turned into paragraph and
// line breaks, entities decoded. Only known tags are touched, so "x <y and y> z" in prose
// survives.
#pragma once

#include <string>
#include <string_view>

namespace lectern::indexer {

// `raw` as clean body text (text::clean_body): tags removed, breaks kept, entities decoded.
std::string text_from_markup_fragment(std::string_view raw);

}  // namespace lectern::indexer
