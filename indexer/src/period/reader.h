// Reads a review's text for the period its story covers: finds the mentions of time (years,
// ranges, decades, parts of centuries, centuries, named eras), keeps those the cues around
// them leave to the story, and decides the span they add up to.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lectern/common/eras.h"
#include "lectern/common/review.h"
#include "period.h"
#include "period/cues.h"
#include "period/folded_text.h"
#include "period/layout.h"
#include "period/mention.h"

namespace lectern::indexer::period_detail {

class PeriodReader {
 public:
  // Refers to `original` and to the gazetteer and authors of `context`, which must outlive it.
  PeriodReader(std::string_view original, const PeriodContext& context);
  // layout_ refers into folded_.
  PeriodReader(const PeriodReader&) = delete;
  PeriodReader& operator=(const PeriodReader&) = delete;

  // The period, or nullopt when the text gives none. Call once.
  std::optional<YearSpan> read();

  // Every mention found by read(), with its role and weight; moves them out.
  std::vector<PeriodEvidence> take_evidence() { return std::move(evidence_); }

 private:
  std::optional<int> number_at(std::size_t index) const;
  bool in_url(std::size_t index) const;
  std::optional<std::size_t> range_partner(std::size_t index) const;
  Mention* add(const YearSpan& span, MentionFeatures features, std::size_t first, std::size_t last);
  void add_year(std::size_t index, int year, bool dated);
  void weigh_mentions();
  bool add_range(std::size_t first, std::size_t second, int start, int end, int era, int second_era);
  void add_decade(std::size_t index, int value);
  void collect_numbers();
  void collect_centuries();
  void collect_eras();
  void collect_elapsed_years();
  YearSpan relative_to_era(const YearSpan& era, std::size_t first) const;

  std::string_view original_;
  FoldedText folded_;
  Layout layout_;
  const std::vector<Token>& tokens_;
  std::string_view text_;
  const eras::Gazetteer& gazetteer_;
  Cues cues_;
  std::optional<int> review_year_;
  std::optional<int> publication_year_;
  std::vector<Mention> mentions_;
  std::vector<YearSpan> publication_years_;
  std::vector<PeriodEvidence> evidence_;
  const PeriodWeights& weights_;

  // The role the context gives the mention at tokens [first, last]: its cues, then where it
  // stands against the review's own date.
  const char* role_of(const YearSpan& span, Kind kind, std::size_t first, std::size_t last, Use use,
                      bool counted) const;
  void record(const YearSpan& span, std::size_t first, std::size_t last, const char* role, double weight);
};

}  // namespace lectern::indexer::period_detail
