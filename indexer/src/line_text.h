// Byte-level helpers shared by the parsers of short credit lines: headings, names, bylines and
// reading lists. They take UTF-8 views and never move bytes, so an offset found in a lowered
// copy indexes the original.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lectern::indexer {

// ASCII-only lower case: byte offsets stay those of `text` (Unicode lower case may change them).
std::string ascii_lower(std::string_view text);

inline bool is_ascii_digit(char ch) { return ch >= '0' && ch <= '9'; }
inline bool is_ascii_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

// The first letter or digit of `word` as an ICU code point (UChar32), or -1 when it has none.
std::int32_t first_code_point(std::string_view word);

// `text` without the quotes that wrap titles (straight, curly, guillemets, low-9) and the
// emphasis markers that survived a format's markup ("*Wolf Hall*"), trimmed.
std::string_view strip_quotes(std::string_view text);

// True when `text` opens and closes with quotes of any kind ("« Le Petit Prince »", "“Beloved”").
bool is_quoted(std::string_view text);

// `text` without the separators a cut-away credit leaves at its end ("The Siege," / "Title -"),
// trimmed.
std::string_view strip_trailing_separators(std::string_view text);

// "SPQR", "HHHH": one word without vowels is an acronym, not a shouted word.
bool is_acronym(std::string_view word);

}  // namespace lectern::indexer
