// Turning a file's bytes into UTF-8: BOMs (UTF-8, UTF-16 LE/BE), valid UTF-8 as is, otherwise
// the charset uchardet detects (Latin-1, Windows-1252, ...) converted with iconv.
#pragma once

#include <string>
#include <string_view>

#include "lectern/common/result.h"

namespace lectern::indexer {

// The bytes as UTF-8 without a BOM. Errors: kUnsupported "empty file" when there is nothing
// but white space, kUnsupported "binary file (...)" when the bytes are not text (NUL bytes
// outside UTF-16, a known binary signature such as PDF/ZIP/PNG), kUnsupported when the
// detected charset cannot be converted.
Result<std::string> decode_to_utf8(std::string_view bytes);

}  // namespace lectern::indexer
