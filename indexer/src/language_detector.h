// Detecting the language a review is written in, so that it is stemmed with the right
// Snowball stemmer and can be filtered with `lang:`.
#pragma once

#include <string>
#include <string_view>

namespace lectern::indexer {

// The ISO 639-1 code of the language of `utf8` ("en", "de"), or an empty string when the
// text is too short or too mixed for a reliable answer. Uses CLD2.
std::string detect_language(std::string_view utf8);

}  // namespace lectern::indexer
