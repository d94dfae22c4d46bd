// "Three hundred years later", "dreihundert Jahre später", "vingt ans plus tard": a count of
// years after an event, which carries a story on from a year it has named; and "his
// eighty-seventh birthday", which carries a life on from the year of its birth.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "period/layout.h"

namespace lectern::indexer::period_detail {

struct ElapsedYears {
  int years = 0;
  std::size_t first = 0;  // the first token of the phrase ("three")
  std::size_t last = 0;   // its last ("later")
  bool since_birth = false;  // "87th birthday": counted from the birth, not the last year named
};

// The phrase whose last word is the token at `index` ("later", "spater", "tard", "birthday"),
// or nullopt.
// Counts are digits ("300 years later") or number words in English, German and French up to
// the thousands.
std::optional<ElapsedYears> elapsed_years_ending_at(const std::vector<Token>& tokens, std::size_t index);

}  // namespace lectern::indexer::period_detail
