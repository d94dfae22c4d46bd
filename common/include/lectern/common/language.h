// Languages Lectern can stem: ISO 639-1 codes mapped to Snowball algorithm names.
#pragma once

#include <string_view>

namespace lectern {

inline constexpr std::string_view kDefaultLanguage = "en";

// The Snowball stemmer name for an ISO 639-1 code ("de" -> "german"), or an empty view when
// Lectern has no stemmer for that language (its text is then indexed unstemmed).
std::string_view snowball_name(std::string_view iso_code);

}  // namespace lectern
