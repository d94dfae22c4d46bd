// Placeholder until this parser lands (being written now).
#include "formats/format_parsers.h"
namespace lectern::indexer {
Result<std::vector<Review>> parse_plain_text(std::string_view, const ExtractOptions&) { return Error::unsupported("format not available yet"); }
}  // namespace lectern::indexer
