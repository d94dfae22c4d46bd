// Eras in the search box: `period:"Second World War"`, `period:victorian`. The names and years
// are the era gazetteer's (lectern/common/eras.h, common/data/eras.tsv), the same table period
// extraction dates reviews with, so a query names an era exactly as the indexer reads it.
#pragma once

#include <optional>
#include <string_view>

#include "lectern/common/review.h"

namespace lectern::searcher {

// The years of the era named `name` in the default gazetteer: letter case, diacritics, a
// leading "the", hyphens between words and a trailing "era", "period" or "age" do not matter
// ("the second-world-war", "WWII", "Victorian era"). nullopt for an unknown name, and for a
// phrase the gazetteer lists without years.
std::optional<YearSpan> find_era(std::string_view name);

}  // namespace lectern::searcher
