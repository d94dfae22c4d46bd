#include "period/decide.h"

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace lectern::indexer::period_detail {
namespace {

// A publication or writing year overshadows story years this close to it...
constexpr int kPublicationShadow = 2;
// ...unless they lie this close to the story's other years.
constexpr int kStoryAdjacency = 3;
// A mention at least this wide is vague: an era, a century, part of one.
constexpr int kVagueWidth = 20;
// Outliers: a group at one end is dropped when it carries at most this share of the weight,
// lies at least kMinOutlierGap years from the rest, and that gap exceeds kOutlierGapRatio times
// the rest's own span...
constexpr double kOutlierShare = 1.0 / 3.0;
constexpr int kMinOutlierGap = 30;
constexpr int kOutlierGapRatio = 3;
// ...or, for a flashback, at most this share and this gap.
constexpr double kFlashbackShare = 0.4;
constexpr int kMinFlashbackGap = 15;

int width(const YearSpan& span) { return span.end - span.start; }
bool inside(const YearSpan& inner, const YearSpan& outer) { return outer.start <= inner.start && inner.end <= outer.end; }
// `outer` reaches beyond `inner` on both sides.
bool strictly_around(const YearSpan& outer, const YearSpan& inner) {
  return outer.start < inner.start && inner.end < outer.end;
}

bool precise(const Mention& mention) { return mention.kind != Kind::kEra && mention.kind != Kind::kCentury; }

YearSpan extent(const std::vector<Mention>& mentions) {
  YearSpan span{INT_MAX, INT_MIN};
  for (const Mention& mention : mentions) {
    span.start = std::min(span.start, mention.span.start);
    span.end = std::max(span.end, mention.span.end);
  }
  return span;
}

// Story years in the shadow of a publication or writing year ("when he died in 1980" beside
// "published in 1982") go, unless they adjoin the story's other years or their sentence is
// about the setting ("the novel closes in 1940"; serialised 1941).
void drop_publication_shadow(std::vector<Mention>& mentions, const std::vector<YearSpan>& publication_years) {
  auto shadowed = [&publication_years](const Mention& mention) {
    if (mention.kind != Kind::kYear || mention.setting) return false;
    return std::any_of(publication_years.begin(), publication_years.end(), [&mention](const YearSpan& year) {
      return mention.span.start >= year.start - kPublicationShadow && mention.span.end <= year.end + kPublicationShadow;
    });
  };
  std::vector<Mention> clean;
  for (const Mention& mention : mentions) {
    if (!shadowed(mention) && !mention.citation) clean.push_back(mention);
  }
  // With nothing outside the shadow, one remark ("he vanished in 1944"; published 1943) is
  // the author's life, but several dates are a story told close to its publication
  // (December 1936, May 1937; published 1938).
  if (clean.empty()) {
    const auto shadowed_count = std::count_if(mentions.begin(), mentions.end(), shadowed);
    if (shadowed_count < 2) std::erase_if(mentions, shadowed);
    return;
  }
  const YearSpan core = extent(clean);
  std::erase_if(mentions, [&](const Mention& mention) {
    if (!shadowed(mention)) return false;
    return mention.span.end < core.start - kStoryAdjacency || mention.span.start > core.end + kStoryAdjacency;
  });
}

// "The early seventh century, around 617": a vague mention that holds a precise one of the
// same sentence is only its frame.
void drop_refined(std::vector<Mention>& mentions) {
  std::vector<bool> refined(mentions.size(), false);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (width(mentions[i].span) < kVagueWidth) continue;
    for (const Mention& other : mentions) {
      // A century refines an era around it ("Roman Britain in the second century AD").
      const bool refines = precise(other) || (other.kind == Kind::kCentury && mentions[i].kind == Kind::kEra);
      if (&other != &mentions[i] && refines && other.sentence == mentions[i].sentence &&
          width(other.span) < width(mentions[i].span) && inside(other.span, mentions[i].span)) {
        refined[i] = true;
        break;
      }
    }
  }
  std::size_t index = 0;
  std::erase_if(mentions, [&](const Mention&) { return refined[index++]; });
}

// Drops light groups of mentions far from the rest at either end, repeatedly: each round
// removes the qualifying group with the widest gap.
void drop_outliers(std::vector<Mention>& mentions) {
  while (mentions.size() >= 2) {
    double total = 0;
    for (const Mention& mention : mentions) total += mention.weight;
    int best_gap = 0;
    std::vector<std::size_t> best_group;
    for (const bool low : {true, false}) {
      // Mentions ordered from this end inwards.
      std::vector<std::size_t> order(mentions.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return low ? mentions[a].span.start < mentions[b].span.start : mentions[a].span.end > mentions[b].span.end;
      });
      double weight = 0;
      YearSpan group{INT_MAX, INT_MIN};
      std::size_t group_first_token = SIZE_MAX;
      for (std::size_t k = 1; k < order.size(); ++k) {
        const Mention& added = mentions[order[k - 1]];
        // "The third story, set in 1978": what the review says the story is set in stays.
        if (added.setting) break;
        weight += added.weight;
        group = {std::min(group.start, added.span.start), std::max(group.end, added.span.end)};
        group_first_token = std::min(group_first_token, added.token);
        YearSpan rest{INT_MAX, INT_MIN};
        std::size_t rest_first_token = SIZE_MAX;
        for (std::size_t j = k; j < order.size(); ++j) {
          const Mention& other = mentions[order[j]];
          rest = {std::min(rest.start, other.span.start), std::max(rest.end, other.span.end)};
          rest_first_token = std::min(rest_first_token, other.token);
        }
        const int gap = low ? rest.start - group.end : group.start - rest.end;
        // A flashback: earlier years that come up only after the story's own.
        const bool flashback = low && group_first_token > rest_first_token;
        const double share = flashback ? kFlashbackShare : kOutlierShare;
        const int min_gap = flashback ? kMinFlashbackGap : kMinOutlierGap;
        if (weight <= share * total + 1e-9 && gap >= min_gap && gap > kOutlierGapRatio * width(rest) &&
            gap > best_gap) {
          best_gap = gap;
          best_group.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k));
        }
      }
    }
    if (best_group.empty()) return;
    std::sort(best_group.rbegin(), best_group.rend());
    for (std::size_t index : best_group) mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(index));
  }
}

}  // namespace

std::optional<YearSpan> decide(const std::vector<Mention>& mentions,
                               const std::vector<YearSpan>& publication_years) {
  std::vector<Mention> numbers;
  std::vector<Mention> named;
  std::vector<Mention> centuries;
  for (const Mention& mention : mentions) {
    if (mention.kind == Kind::kEra) named.push_back(mention);
    else if (mention.kind == Kind::kCentury) centuries.push_back(mention);
    else numbers.push_back(mention);
  }
  drop_publication_shadow(numbers, publication_years);
  // Refinement looks at everything precise, so join the lists for it.
  std::vector<Mention> all = numbers;
  all.insert(all.end(), named.begin(), named.end());
  all.insert(all.end(), centuries.begin(), centuries.end());
  drop_refined(all);
  numbers.clear();
  named.clear();
  centuries.clear();
  for (const Mention& mention : all) {
    if (mention.kind == Kind::kEra) named.push_back(mention);
    else if (mention.kind == Kind::kCentury) centuries.push_back(mention);
    else numbers.push_back(mention);
  }

  const bool has_numbers = std::any_of(numbers.begin(), numbers.end(), [](const Mention& m) { return !m.citation; });
  if (has_numbers) {
    // "Home (2008), Lila (2014)": other works' dates never stretch the story's own years.
    std::erase_if(numbers, [](const Mention& m) { return m.citation; });
    drop_outliers(numbers);
    const YearSpan core = extent(numbers);
    std::erase_if(named, [&core](const Mention& era) { return strictly_around(era.span, core); });
    numbers.insert(numbers.end(), named.begin(), named.end());
    drop_outliers(numbers);
    return extent(numbers);
  }
  if (!named.empty()) {
    drop_outliers(named);
    return extent(named);
  }
  if (!centuries.empty()) {
    drop_outliers(centuries);
    return extent(centuries);
  }
  return std::nullopt;
}

}  // namespace lectern::indexer::period_detail
