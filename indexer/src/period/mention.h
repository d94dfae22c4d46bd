// A mention of time found in the text and judged to be the story's: its years, what kind of
// expression it was and how much it counts.
#pragma once

#include <cstddef>

#include "lectern/common/review.h"

namespace lectern::indexer::period_detail {

// Mention weights.
constexpr double kYearWeight = 1.0;
constexpr double kRangeWeight = 1.5;
constexpr double kDatedBonus = 0.5;    // "in May 1910", "the winter of 1812"
constexpr double kSettingBonus = 0.5;  // in a sentence such as "the novel is set in ..."
constexpr double kEraWeight = 0.75;
constexpr double kCitationWeight = 0.25;  // "Cloud Atlas (2004)"

enum class Kind {
  kYear,         // a year or an explicit range of years
  kDecade,       // "the 1930s", "the early 1580s"
  kCenturyPart,  // "the first half of the fourteenth century", "the early 1500s"
  kCentury,      // a bare century: "the nineteenth century", "the 1500s"
  kEra,          // a named era from the gazetteer
};

struct Mention {
  YearSpan span;
  Kind kind = Kind::kYear;
  double weight = kYearWeight;
  std::size_t token = 0;  // first token, for text order
  std::size_t sentence = 0;
  bool citation = false;  // "(2004)" after a title: never a period on its own
  bool setting = false;   // its sentence is about the story's setting
};

}  // namespace lectern::indexer::period_detail
