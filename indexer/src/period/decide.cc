#include "period/decide.h"

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace lectern::indexer::period_detail {
namespace {

// The thresholds (how near a publication year shadows, how wide is vague, when a group is an
// outlier) are PeriodWeights, data in indexer/data/period_weights.tsv.

int width(const YearSpan& span) { return span.end - span.start; }
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
void drop_publication_shadow(std::vector<Mention>& mentions, const std::vector<YearSpan>& publication_years,
                             const PeriodWeights& weights) {
  const int shadow = static_cast<int>(weights.publication_shadow);
  const int adjacency = static_cast<int>(weights.story_adjacency);
  auto shadowed = [&publication_years, shadow](const Mention& mention) {
    if (mention.kind != Kind::kYear || mention.setting) return false;
    return std::any_of(publication_years.begin(), publication_years.end(), [&mention, shadow](const YearSpan& year) {
      return mention.span.start >= year.start - shadow && mention.span.end <= year.end + shadow;
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
    return mention.span.end < core.start - adjacency || mention.span.start > core.end + adjacency;
  });
}

// The mentions of one sentence that can refine a vague one, sorted by first year, with the
// smallest last year from each position on: "is there a candidate inside [a, b]?" is then a
// binary search, since a candidate ending by b that starts at or after a lies inside.
class InsideIndex {
 public:
  void add(const YearSpan& span) { spans_.push_back(span); }
  void build() {
    std::sort(spans_.begin(), spans_.end(), [](const YearSpan& x, const YearSpan& y) {
      return x.start != y.start ? x.start < y.start : x.end < y.end;
    });
    suffix_min_end_.assign(spans_.size() + 1, INT_MAX);
    for (std::size_t i = spans_.size(); i-- > 0;) suffix_min_end_[i] = std::min(spans_[i].end, suffix_min_end_[i + 1]);
  }
  // True when some span lies inside `outer` and is narrower than it.
  bool has_narrower_inside(const YearSpan& outer) const {
    auto first_at = [this](int start) {
      return static_cast<std::size_t>(std::lower_bound(spans_.begin(), spans_.end(), start,
                                                       [](const YearSpan& span, int value) { return span.start < value; }) -
                                      spans_.begin());
    };
    // Starting after outer.start and ending by outer.end...
    if (outer.start < INT_MAX && suffix_min_end_[first_at(outer.start + 1)] <= outer.end) return true;
    // ...or starting with it and ending sooner (the narrowest such span sorts first).
    const std::size_t same_start = first_at(outer.start);
    return same_start < spans_.size() && spans_[same_start].start == outer.start && spans_[same_start].end < outer.end;
  }

 private:
  std::vector<YearSpan> spans_;
  std::vector<int> suffix_min_end_;
};

// "The early seventh century, around 617": a vague mention that holds a precise one of the
// same sentence is only its frame; a century or a narrower era refines an era or a century
// around it ("Roman Britain in the second century AD", "the Roman Empire while Tiberius is
// emperor", "the first crusade in the late 11th century").
// Linear in the mentions after sorting.
void drop_refined(std::vector<Mention>& mentions, const PeriodWeights& weights) {
  std::vector<std::size_t> order(mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return mentions[a].sentence < mentions[b].sentence; });
  std::vector<bool> refined(mentions.size(), false);
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first;
    while (last < order.size() && mentions[order[last]].sentence == mentions[order[first]].sentence) ++last;
    InsideIndex precise_spans;  // refine anything vague
    InsideIndex any_spans;      // refine an era: "Ancient Rome while Tiberius is emperor"
    for (std::size_t k = first; k < last; ++k) {
      const Mention& mention = mentions[order[k]];
      if (precise(mention)) precise_spans.add(mention.span);
      any_spans.add(mention.span);
    }
    precise_spans.build();
    any_spans.build();
    for (std::size_t k = first; k < last; ++k) {
      const Mention& mention = mentions[order[k]];
      if (width(mention.span) < weights.vague_width) continue;
      const InsideIndex& candidates = precise(mention) && mention.kind != Kind::kCenturyPart ? precise_spans : any_spans;
      refined[order[k]] = candidates.has_narrower_inside(mention.span);
    }
    first = last;
  }
  std::size_t index = 0;
  std::erase_if(mentions, [&](const Mention&) { return refined[index++]; });
}

// Rounds of outlier removal: each removes at least one group, and real reviews need two or
// three; the bound keeps a text with thousands of years linear-logarithmic.
constexpr int kMaxOutlierRounds = 16;

// Drops light groups of mentions far from the rest at either end, repeatedly: each round
// removes the qualifying group with the widest gap. A round sorts once per end and keeps the
// extent of "the rest" in suffix arrays, so it costs n log n.
void drop_outliers(std::vector<Mention>& mentions, const PeriodWeights& weights) {
  for (int round = 0; round < kMaxOutlierRounds && mentions.size() >= 2; ++round) {
    double total = 0;
    for (const Mention& mention : mentions) total += mention.weight;
    int best_gap = 0;
    std::vector<std::size_t> orders[2];  // [0]: from the low end inwards, [1]: from the high end
    int best_end = 0;
    std::size_t best_count = 0;
    for (const bool low : {true, false}) {
      std::vector<std::size_t>& order = orders[low ? 0 : 1];
      order.resize(mentions.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return low ? mentions[a].span.start < mentions[b].span.start : mentions[a].span.end > mentions[b].span.end;
      });
      // rest_*[j]: the extent and first token of order[j..].
      const std::size_t n = order.size();
      std::vector<int> rest_start(n + 1, INT_MAX), rest_end(n + 1, INT_MIN);
      std::vector<std::size_t> rest_token(n + 1, SIZE_MAX);
      for (std::size_t j = n; j-- > 0;) {
        const Mention& other = mentions[order[j]];
        rest_start[j] = std::min(rest_start[j + 1], other.span.start);
        rest_end[j] = std::max(rest_end[j + 1], other.span.end);
        rest_token[j] = std::min(rest_token[j + 1], other.token);
      }
      double weight = 0;
      YearSpan group{INT_MAX, INT_MIN};
      std::size_t group_first_token = SIZE_MAX;
      for (std::size_t k = 1; k < n; ++k) {
        const Mention& added = mentions[order[k - 1]];
        // "The third story, set in 1978": what the review says the story is set in stays.
        if (added.setting) break;
        weight += added.weight;
        group = {std::min(group.start, added.span.start), std::max(group.end, added.span.end)};
        group_first_token = std::min(group_first_token, added.token);
        const YearSpan rest{rest_start[k], rest_end[k]};
        const int gap = low ? rest.start - group.end : group.start - rest.end;
        // A flashback: earlier years that come up only after the story's own.
        const bool flashback = low && group_first_token > rest_token[k];
        const double share = flashback ? weights.flashback_share : weights.outlier_share;
        const double min_gap = flashback ? weights.min_flashback_gap : weights.min_outlier_gap;
        if (weight <= share * total + 1e-6 && gap >= min_gap && gap > weights.outlier_gap_ratio * width(rest) &&
            gap > best_gap) {
          best_gap = gap;
          best_end = low ? 0 : 1;
          best_count = k;
        }
      }
    }
    if (best_count == 0) return;
    std::vector<bool> dropped(mentions.size(), false);
    for (std::size_t k = 0; k < best_count; ++k) dropped[orders[best_end][k]] = true;
    std::size_t index = 0;
    std::erase_if(mentions, [&](const Mention&) { return dropped[index++]; });
  }
}

}  // namespace

std::optional<YearSpan> decide(const std::vector<Mention>& mentions, const std::vector<YearSpan>& publication_years,
                               const PeriodWeights& weights) {
  std::vector<Mention> numbers;
  std::vector<Mention> named;
  std::vector<Mention> centuries;
  for (const Mention& mention : mentions) {
    if (mention.kind == Kind::kEra) named.push_back(mention);
    else if (mention.kind == Kind::kCentury) centuries.push_back(mention);
    else numbers.push_back(mention);
  }
  drop_publication_shadow(numbers, publication_years, weights);
  // Refinement looks at everything precise, so join the lists for it.
  std::vector<Mention> all = numbers;
  all.insert(all.end(), named.begin(), named.end());
  all.insert(all.end(), centuries.begin(), centuries.end());
  drop_refined(all, weights);
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
    drop_outliers(numbers, weights);
    const YearSpan core = extent(numbers);
    // Eras and centuries that only frame the years add nothing; one that reaches beyond them on
    // one side is where the story starts or ends ("the twentieth century" told from 2005).
    std::erase_if(named, [&core](const Mention& era) { return strictly_around(era.span, core); });
    std::erase_if(centuries, [&core](const Mention& century) { return strictly_around(century.span, core); });
    numbers.insert(numbers.end(), named.begin(), named.end());
    numbers.insert(numbers.end(), centuries.begin(), centuries.end());
    drop_outliers(numbers, weights);
    return extent(numbers);
  }
  if (!named.empty()) {
    drop_outliers(named, weights);
    return extent(named);
  }
  if (!centuries.empty()) {
    drop_outliers(centuries, weights);
    return extent(centuries);
  }
  return std::nullopt;
}

}  // namespace lectern::indexer::period_detail
