#include "period/features.h"

namespace lectern::indexer::period_detail {

double weigh(const MentionFeatures& features, const PeriodWeights& weights) {
  // Another work's date counts only a little, whatever its sentence says.
  if (features.citation) return weights.citation;
  double weight = 0;
  switch (features.kind) {
    case Kind::kYear: weight = features.range ? weights.range : weights.year; break;
    case Kind::kDecade: weight = weights.decade; break;
    case Kind::kCenturyPart: weight = weights.century_part; break;
    case Kind::kCentury: weight = weights.century; break;
    case Kind::kEra: weight = weights.era; break;
  }
  if (features.dated) weight += weights.dated;
  if (features.setting_sentence) weight += weights.setting_sentence;
  if (features.story_sentence) weight += weights.story_sentence;
  if (features.opening) weight += weights.opening;
  weight += weights.repeated * static_cast<double>(features.repetitions);
  return weight;
}

}  // namespace lectern::indexer::period_detail
