// Placeholder until encoding detection lands (being written now).
#include "formats/encoding.h"
namespace lectern::indexer {
Result<std::string> decode_to_utf8(std::string_view bytes) { return std::string(bytes); }
}  // namespace lectern::indexer
