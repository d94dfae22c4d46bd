// The period the story's mentions of time add up to: the shadow of publication years, vague
// mentions refined by precise ones, and outliers at either end dropped.
#pragma once

#include <optional>
#include <vector>

#include "lectern/common/review.h"
#include "lectern/indexer/period_weights.h"
#include "period/mention.h"

namespace lectern::indexer::period_detail {

// The span of `mentions` once reduced to their dense core; nullopt when none is left.
// `publication_years` are the years the text gives as the book's own history.
std::optional<YearSpan> decide(const std::vector<Mention>& mentions, const std::vector<YearSpan>& publication_years,
                               const PeriodWeights& weights);

}  // namespace lectern::indexer::period_detail
