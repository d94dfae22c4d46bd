// The period of history a review's work covers, as a span of years (BC negative): from
// explicit metadata (parse_period_value) or from the review's text (extract_period).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lectern/common/eras.h"
#include "lectern/common/review.h"
#include "lectern/indexer/period_weights.h"

namespace lectern::indexer {

// A period given explicitly in metadata: "1941-1944", "1941–44", "1930s", "44 BC-14",
// "1952", "19th century", "the first half of the 1500s", or an era the gazetteer knows
// ("Victorian era", "WWII"). nullopt when the value is not a period.
std::optional<YearSpan> parse_period_value(std::string_view value,
                                           const eras::Gazetteer& gazetteer = eras::default_gazetteer());

// What extract_period knows besides the text.
struct PeriodContext {
  // The review's own date (ISO 8601: "2021-03-15", "2021-03", "2021"; empty if unknown). Its
  // year written as a date ("15 March 2021") is when the review was posted, not history.
  std::string_view review_date = {};
  // The work's authors: their own births and deaths ("Volk, born in 1961") are not history.
  std::span<const std::string> authors = {};
  // Named eras; nullptr means eras::default_gazetteer(). Not owned.
  const eras::Gazetteer* gazetteer = nullptr;
  // The work's publication year from metadata: "remarkable for 1937" then speaks of the book.
  std::optional<int> publication_year = {};
  // The work's title: when the text dates nothing, a title naming a person ("Van Gogh: The
  // Life", "Karl Marx", "Stalin's Children") makes the period that person's life. So does the
  // full title of a text that opens with its work's citation ("Author, Title, Subtitle, (…)").
  std::string_view title = {};
  // People and their lives; nullptr means eras::default_people(). Not owned.
  const eras::Gazetteer* people = nullptr;
  // The weights of the mentions and the thresholds of the decision; nullptr means
  // default_period_weights(). Not owned.
  const PeriodWeights* weights = nullptr;
};

// The period and the evidence it was decided from.
struct PeriodReading {
  std::optional<YearSpan> period;
  std::vector<PeriodEvidence> evidence;
};

// extract_period, with every mention of time and the role it was given.
PeriodReading read_period(std::string_view text, const PeriodContext& context = {});

// The span of history the text says the work covers; nullopt when it gives none (never
// invented). Sources, most precise first: years, ranges, decades and parts of centuries
// ("1942–43", "the 1930s", "753 BC", "the early seventh century"), then named eras, then
// bare centuries. Years about the book rather than its story are ignored: publication,
// translation, editions, prizes, films, ISBN and byline lines, the review's own date, and
// bibliography, comment and footer sections. Scattered mentions are reduced to their dense
// core; see period.cc for the rules and docs/eras.md for the gazetteer.
std::optional<YearSpan> extract_period(std::string_view text, const PeriodContext& context = {});

}  // namespace lectern::indexer
