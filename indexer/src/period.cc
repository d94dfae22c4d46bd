// Placeholder until period extraction lands (being written now).
#include "period.h"
namespace lectern::indexer {
std::optional<YearSpan> parse_period_value(std::string_view) { return std::nullopt; }
std::optional<YearSpan> extract_period(std::string_view) { return std::nullopt; }
}  // namespace lectern::indexer
