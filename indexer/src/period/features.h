// The weight of a mention of time from its features: a linear score whose coefficients are
// data (lectern/indexer/period_weights.h, indexer/data/period_weights.tsv), so that weights
// fitted on labelled reviews replace the hand-set ones without a change of code.
#pragma once

#include "lectern/indexer/period_weights.h"
#include "period/mention.h"

namespace lectern::indexer::period_detail {

double weigh(const MentionFeatures& features, const PeriodWeights& weights);

}  // namespace lectern::indexer::period_detail
