#include "lectern/indexer/period_weights.h"

#include <array>
#include <charconv>
#include <cstdlib>
#include <utility>

#include <spdlog/spdlog.h>

#include "lectern/common/text.h"

namespace lectern {
std::string_view default_period_weights_text();  // generated from indexer/data/period_weights.tsv
}  // namespace lectern

namespace lectern::indexer {
namespace {

struct Entry {
  std::string_view name;
  double PeriodWeights::*member;
};

// Every name of the file, in the order of indexer/data/period_weights.tsv.
constexpr auto kEntries = std::to_array<Entry>({
    {"year", &PeriodWeights::year},
    {"range", &PeriodWeights::range},
    {"decade", &PeriodWeights::decade},
    {"century_part", &PeriodWeights::century_part},
    {"century", &PeriodWeights::century},
    {"era", &PeriodWeights::era},
    {"citation", &PeriodWeights::citation},
    {"dated", &PeriodWeights::dated},
    {"setting_sentence", &PeriodWeights::setting_sentence},
    {"story_sentence", &PeriodWeights::story_sentence},
    {"repeated", &PeriodWeights::repeated},
    {"opening", &PeriodWeights::opening},
    {"publication_shadow", &PeriodWeights::publication_shadow},
    {"story_adjacency", &PeriodWeights::story_adjacency},
    {"vague_width", &PeriodWeights::vague_width},
    {"outlier_share", &PeriodWeights::outlier_share},
    {"min_outlier_gap", &PeriodWeights::min_outlier_gap},
    {"outlier_gap_ratio", &PeriodWeights::outlier_gap_ratio},
    {"flashback_share", &PeriodWeights::flashback_share},
    {"min_flashback_gap", &PeriodWeights::min_flashback_gap},
});

Error line_error(std::size_t line, const std::string& message) {
  return Error::invalid_argument("line " + std::to_string(line) + ": " + message);
}

}  // namespace

Result<PeriodWeights> parse_period_weights(std::string_view text, const PeriodWeights& base) {
  PeriodWeights weights = base;
  std::size_t line_number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++line_number;
    line = text::trim(line);
    if (line.empty() || line.starts_with('#')) continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return line_error(line_number, "expected `name<TAB>value`");
    const std::string_view name = text::trim(line.substr(0, tab));
    const std::string value_text(text::trim(line.substr(tab + 1)));
    const auto entry = std::find_if(kEntries.begin(), kEntries.end(), [name](const Entry& e) { return e.name == name; });
    if (entry == kEntries.end()) return line_error(line_number, "unknown weight `" + std::string(name) + "`");
    char* parsed_end = nullptr;
    const double value = std::strtod(value_text.c_str(), &parsed_end);
    if (value_text.empty() || parsed_end != value_text.c_str() + value_text.size()) {
      return line_error(line_number, "`" + value_text + "` is not a number");
    }
    if (value < 0) return line_error(line_number, "`" + std::string(name) + "` must not be negative");
    weights.*(entry->member) = value;
  }
  return weights;
}

const PeriodWeights& default_period_weights() {
  static const PeriodWeights kDefault = [] {
    auto parsed = parse_period_weights(default_period_weights_text(), PeriodWeights{});
    if (parsed) return *parsed;
    // Only a broken build gets here (a test parses the same file).
    spdlog::error("the built-in period weights are malformed: {}", parsed.error().message);
    return PeriodWeights{};
  }();
  return kDefault;
}

std::string format_period_weights(const PeriodWeights& weights) {
  std::string out;
  for (const Entry& entry : kEntries) {
    // The shortest form that reads back as the same number.
    char number[32];
    const auto written = std::to_chars(number, number + sizeof number, weights.*(entry.member));
    out += std::string(entry.name) + "\t" + std::string(number, written.ptr) + "\n";
  }
  return out;
}

}  // namespace lectern::indexer
