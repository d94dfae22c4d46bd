// A mention of time found in the text and judged to be the story's: its years, its features
// (what kind of expression it was, what its sentence says) and the weight they give it.
#pragma once

#include <cstddef>

#include "lectern/common/review.h"

namespace lectern::indexer::period_detail {

enum class Kind {
  kYear,         // a year or an explicit range of years
  kDecade,       // "the 1930s", "the early 1580s"
  kCenturyPart,  // "the first half of the fourteenth century", "the early 1500s"
  kCentury,      // a bare century: "the nineteenth century", "the 1500s"
  kEra,          // a named era from the gazetteer
};

// Everything the weight of a mention is computed from (period/features.h): gathered in one
// place so that a fitted scorer can replace the hand weights without touching the reader.
struct MentionFeatures {
  Kind kind = Kind::kYear;
  bool range = false;             // "1941-1944", "between 1829 and 1832"
  bool dated = false;             // "in May 1910", "the winter of 1812"
  bool citation = false;          // "Cloud Atlas (2004)": another work's date
  bool setting_sentence = false;  // its sentence is about the setting ("the novel is set in")
  bool story_sentence = false;    // its sentence speaks of the story's people ("the narrator")
  bool counted = false;           // counted from another year ("twenty years later")
  std::size_t repetitions = 0;    // further mentions of the same span in the review
  bool opening = false;           // in the review's first sentences
};

struct Mention {
  YearSpan span;
  Kind kind = Kind::kYear;
  MentionFeatures features;
  double weight = 0;
  std::size_t token = 0;  // first token, for text order
  std::size_t sentence = 0;
  bool citation = false;  // "(2004)" after a title: never a period on its own
  // Never an outlier: its sentence says the story is set there, or it was counted from the
  // story's own years.
  bool setting = false;
  std::size_t evidence = 0;  // its entry in the reader's evidence list
};

}  // namespace lectern::indexer::period_detail
