// The field names of Lectern's query language (docs/query-language.md) and the term prefixes
// they search, which come from schema.h. Kept in one table so the parser, the docs and the
// tests agree.
#pragma once

#include <array>
#include <string_view>

#include "lectern/common/schema.h"

namespace lectern::searcher::query_fields {

struct Field {
  std::string_view name;    // typed by the user before the colon
  std::string_view prefix;  // the term prefix it searches
};

// Free-text fields: words, stemmed, weighted, usable in phrases and with NEAR.
inline constexpr std::array<Field, 5> kFreeText = {{
    {"title", schema::kPrefixTitle},
    {"author", schema::kPrefixAuthor},
    {"reviewer", schema::kPrefixReviewer},
    {"mentions", schema::kPrefixMentions},
    {"caption", schema::kPrefixCaption},
}};

// Boolean filters: one exact value, folded like the indexer folds it; never change scores.
inline constexpr std::array<Field, 3> kFilters = {{
    {"lang", schema::kPrefixLanguage},
    {"tag", schema::kPrefixTag},
    {"format", schema::kPrefixFormat},
}};

// `period:1942`, `period:1940s`, `period:1940..1950`: overlap with the review's period.
inline constexpr std::string_view kPeriod = "period";

}  // namespace lectern::searcher::query_fields
