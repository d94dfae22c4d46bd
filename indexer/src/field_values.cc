// Placeholder until the value normalisers land (being written now).
#include "field_values.h"
namespace lectern::indexer {
std::optional<double> parse_rating(std::string_view, std::optional<double>) { return std::nullopt; }
std::optional<std::string> normalize_date(std::string_view) { return std::nullopt; }
}  // namespace lectern::indexer
