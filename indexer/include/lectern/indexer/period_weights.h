// The weights and thresholds of the period reader, as data: each mention of time gets a weight
// from its features (its kind, whether a month dates it, whether its sentence is about the
// setting ...), and the period is decided with the thresholds below. The built-in values come
// from indexer/data/period_weights.tsv, compiled in; a file in the same format replaces any of
// them (`--period-weights FILE`), which is how eval/realworld/fit_period_weights.py tries others.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "lectern/common/result.h"

namespace lectern::indexer {

// Every value is set from indexer/data/period_weights.tsv (default_period_weights()); a
// default-constructed PeriodWeights is all zeros, a base to parse a complete file over.
struct PeriodWeights {
  // Weight of a mention by its kind.
  double year = 0;
  double range = 0;
  double decade = 0;
  double century_part = 0;
  double century = 0;
  double era = 0;
  double citation = 0;
  // Added when the feature holds.
  double dated = 0;
  double setting_sentence = 0;
  double story_sentence = 0;
  double repeated = 0;  // per further mention of the same span
  double opening = 0;   // in the review's first sentences
  // Deciding.
  double publication_shadow = 0;
  double story_adjacency = 0;
  double vague_width = 0;
  double outlier_share = 0;
  double min_outlier_gap = 0;
  double outlier_gap_ratio = 0;
  double flashback_share = 0;
  double min_flashback_gap = 0;

  bool operator==(const PeriodWeights&) const = default;
};

// Parses `name<TAB>value` lines over `base` (names not listed keep its values). kInvalidArgument
// names the line: an unknown name, a value that is not a number, a negative value.
Result<PeriodWeights> parse_period_weights(std::string_view text, const PeriodWeights& base);

// The built-in weights (indexer/data/period_weights.tsv).
const PeriodWeights& default_period_weights();

// Reads and parses a weights file. kNotFound when it cannot be read; kInvalidArgument naming the
// file and the line.
Result<std::shared_ptr<const PeriodWeights>> load_period_weights(const std::filesystem::path& path);

// The file's lines for `weights` (every name, in the built-in order): what the fitting script
// writes back.
std::string format_period_weights(const PeriodWeights& weights);

}  // namespace lectern::indexer
