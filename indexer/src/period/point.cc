#include "period/point.h"

#include <initializer_list>

#include "lectern/common/text.h"
#include "period/spans.h"
#include "period/vocabulary.h"

namespace lectern::indexer::period_detail {

using namespace std::string_view_literals;

std::optional<Point> parse_point(std::string_view text) {
  text = text::trim(text);
  std::optional<Part> part;
  for (bool again = true; again;) {
    again = false;
    for (std::string_view prefix : {"the "sv, "circa "sv, "c. "sv, "ca. "sv, "c."sv}) {
      if (text.starts_with(prefix)) text = text::trim(text.substr(prefix.size())), again = true;
    }
    for (const auto& [prefix, value] : {std::pair{"early "sv, Part{0, 1.0 / 3}}, std::pair{"mid "sv, Part{1.0 / 3, 2.0 / 3}},
                                        std::pair{"mid-"sv, Part{1.0 / 3, 2.0 / 3}}, std::pair{"late "sv, Part{2.0 / 3, 1}},
                                        std::pair{"first half of "sv, Part{0, 0.5}},
                                        std::pair{"second half of "sv, Part{0.5, 1}}}) {
      if (text.starts_with(prefix)) text = text::trim(text.substr(prefix.size())), part = value, again = true;
    }
  }
  Point point;
  if (const EraMarker marker = era_marker_at(text, 0); marker.era != 0) {
    point.era = marker.era;
    text = text::trim(text.substr(marker.length));
  }
  auto finish = [&part](Point result) {
    if (part) result.span = apply_part(result.span, *part), result.plain = false;
    return result;
  };
  for (std::size_t i = 0; i < kOrdinalWords.size(); ++i) {
    if (!text.starts_with(kOrdinalWords[i])) continue;
    std::string_view rest = text::trim(text.substr(kOrdinalWords[i].size()));
    if (rest.starts_with("-")) rest = rest.substr(1);
    if (rest.starts_with("centuries")) rest = text::trim(rest.substr(9));
    else if (rest.starts_with("century")) rest = text::trim(rest.substr(7));
    else return std::nullopt;
    const EraMarker marker = era_marker_at(rest, 0);
    if (marker.length != rest.size()) return std::nullopt;
    point.era = marker.era != 0 ? marker.era : point.era;
    point.span = century_span(static_cast<int>(i) + 1, point.era < 0);
    return finish(point);
  }
  std::size_t pos = 0;
  int value = 0;
  while (pos < text.size() && is_digit(text[pos])) {
    if (pos >= 4) return std::nullopt;
    value = value * 10 + (text[pos++] - '0');
  }
  if (pos == 0) return std::nullopt;
  point.digits = pos;
  std::string_view rest = text.substr(pos);
  bool century = false;
  bool decade = false;
  for (std::string_view suffix : {"st"sv, "nd"sv, "rd"sv, "th"sv}) {
    if (!rest.starts_with(suffix)) continue;
    rest = text::trim(rest.substr(2));
    if (rest.starts_with("-")) rest = rest.substr(1);
    if (rest.starts_with("centuries")) rest = rest.substr(9);
    else if (rest.starts_with("century")) rest = rest.substr(7);
    century = true;
    break;
  }
  if (!century) {
    if (rest.starts_with("'s")) rest = rest.substr(2), decade = true;
    else if (rest.starts_with("s")) rest = rest.substr(1), decade = true;
  }
  rest = text::trim(rest);
  if (!rest.empty()) {
    const EraMarker marker = era_marker_at(rest, 0);
    if (marker.era == 0 || marker.length != rest.size()) return std::nullopt;
    point.era = marker.era;
  }
  const bool bc = point.era < 0;
  if (century) {
    if (value < 1 || value > 21) return std::nullopt;
    point.span = century_span(value, bc);
  } else if (decade) {
    if (value % 10 != 0) return std::nullopt;
    // "the 1800s" is the century; "the 1930s" the decade.
    const int span = (value % 100 == 0 && value >= 1000) ? 100 : 10;
    point.span = bc ? YearSpan{-(value + span - 1), -value} : YearSpan{value, value + span - 1};
  } else {
    if (value < 1) return std::nullopt;
    point.plain = true;
    point.span = bc ? YearSpan{-value, -value} : YearSpan{value, value};
  }
  return finish(point);
}

std::pair<std::string_view, std::string_view> split_range(std::string_view text) {
  for (std::string_view prefix : {"from "sv, "between "sv}) {
    if (text.starts_with(prefix)) text = text.substr(prefix.size());
  }
  for (std::string_view separator : {" to "sv, " until "sv, " till "sv, " and "sv, "-"sv, "/"sv}) {
    std::size_t pos = text.find(separator);
    // "mid-19th century": a dash right after a modifier is not a range.
    if (separator == "-" && pos != std::string_view::npos && text.substr(0, pos).ends_with("mid")) {
      pos = text.find(separator, pos + 1);
    }
    if (pos == std::string_view::npos) continue;
    return {text.substr(0, pos), text.substr(pos + separator.size())};
  }
  return {text, {}};
}

}  // namespace lectern::indexer::period_detail
