#include "period/spans.h"

#include <algorithm>
#include <array>
#include <utility>

namespace lectern::indexer::period_detail {

std::optional<Part> part_before(const std::vector<Token>& tokens, std::size_t first) {
  auto word = [&](std::size_t back) -> std::string_view {
    return first >= back ? tokens[first - back].word : std::string_view{};
  };
  std::size_t skip = word(1) == "the" ? 2 : 1;  // "the early 1930s" and "early 1930s"
  auto third = [](std::string_view w) -> std::optional<Part> {
    if (w == "early" || w == "earlier") return Part{0, 1.0 / 3};
    if (w == "mid" || w == "middle") return Part{1.0 / 3, 2.0 / 3};
    if (w == "late" || w == "later") return Part{2.0 / 3, 1};
    return std::nullopt;
  };
  if (const std::optional<Part> part = third(word(skip))) {
    // "early and mid 1800s", "mid to late 1930s": the two parts and what lies between.
    const std::string_view link = word(skip + 1);
    if (link == "and" || link == "to" || link == "or") {
      if (const std::optional<Part> other = third(word(skip + 2))) {
        return Part{std::min(part->from, other->from), std::max(part->to, other->to)};
      }
    }
    return part;
  }
  // "... half of the", "the end of the", "the beginning of the"
  if (word(1) == "the" && word(2) == "of") {
    const std::string_view noun = word(3);
    const std::string_view adjective = word(4);
    if (noun == "half") {
      if (adjective == "first") return Part{0, 0.5};
      if (adjective == "second" || adjective == "latter" || adjective == "last") return Part{0.5, 1};
    }
    if (noun == "end" || noun == "close") return Part{0.8, 1};
    if (noun == "beginning" || noun == "start" || noun == "dawn") return Part{0, 0.2};
  }
  return std::nullopt;
}

YearSpan apply_part(const YearSpan& span, const Part& part) {
  const int length = span.end - span.start + 1;
  const int from = span.start + static_cast<int>(part.from * length + 0.5);
  const int to = span.start + static_cast<int>(part.to * length + 0.5) - 1;
  return {from, std::max(from, to)};
}

YearSpan century_span(int century, bool bc) {
  if (bc) return {-century * 100, -(century - 1) * 100 - 1};
  return {(century - 1) * 100, (century - 1) * 100 + 99};
}

EraMarker era_marker_at(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::pair<std::string_view, int>, 26> kMarkers = {{
      {"b.c.e.", -1},        {"b.c.", -1},          {"bce", -1},           {"bc", -1},
      {"a.d.", 1},           {"ad", 1},             {"c.e.", 1},           {"ce", 1},
      {"av. j.-c.", -1},     {"av. j-c", -1},       {"avant j.-c.", -1},   {"avant jesus-christ", -1},
      {"apr. j.-c.", 1},     {"apres j.-c.", 1},    {"apr. j-c", 1},       {"apres jesus-christ", 1},
      {"v. chr.", -1},       {"vor christus", -1},  {"n. chr.", 1},        {"nach christus", 1},
      {"a. de c.", -1},      {"a. c.", -1},         {"a.c.", -1},          {"d. de c.", 1},
      {"d. c.", 1},          {"d.c.", 1}}};
  while (pos < text.size() && text[pos] == ' ') ++pos;
  for (const auto& [marker, era] : kMarkers) {
    if (!text.substr(pos).starts_with(marker)) continue;
    const std::size_t end = pos + marker.size();
    if (end < text.size() && is_word_byte(text[end]) && is_word_byte(marker.back())) continue;
    return {era, end - pos};
  }
  return {};
}

}  // namespace lectern::indexer::period_detail
