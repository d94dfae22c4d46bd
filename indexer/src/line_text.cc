#include "line_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "lectern/common/text.h"

namespace lectern::indexer {
namespace {

// Quotes that wrap titles: straight, curly, guillemets and low-9.
constexpr std::array<std::string_view, 9> kQuotes = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
                                                     "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E"};

}  // namespace

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

std::int32_t first_code_point(std::string_view word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t i = 0;
  UChar32 c = 0;
  while (i < length) {
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) return c;
  }
  return -1;
}

std::string_view strip_quotes(std::string_view text) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    text = text::trim(text);
    for (std::string_view quote : kQuotes) {
      if (text.starts_with(quote)) {
        text.remove_prefix(quote.size());
        stripped = true;
      }
      if (text.ends_with(quote)) {
        text.remove_suffix(quote.size());
        stripped = true;
      }
    }
    while (!text.empty() && (text.front() == '*' || text.front() == '_')) text.remove_prefix(1), stripped = true;
    while (!text.empty() && (text.back() == '*' || text.back() == '_')) text.remove_suffix(1), stripped = true;
  }
  return text;
}

bool is_quoted(std::string_view text) {
  text = text::trim(text);
  bool opens = false;
  bool closes = false;
  for (std::string_view quote : kQuotes) {
    if (text.size() > quote.size() && text.starts_with(quote)) opens = true;
    if (text.size() > quote.size() && text.ends_with(quote)) closes = true;
  }
  return opens && closes;
}

std::string_view strip_trailing_separators(std::string_view text) {
  constexpr std::array<std::string_view, 7> kSeparators = {",", ";", ":", "-", "\xE2\x80\x93", "\xE2\x80\x94", "|"};
  for (bool stripped = true; stripped;) {
    stripped = false;
    text = text::trim(text);
    for (std::string_view separator : kSeparators) {
      if (text.ends_with(separator)) {
        text.remove_suffix(separator.size());
        stripped = true;
      }
    }
  }
  return text;
}

bool is_acronym(std::string_view word) {
  if (word.find(' ') != std::string_view::npos) return false;
  return std::none_of(word.begin(), word.end(), [](char ch) {
    return ch == 'A' || ch == 'E' || ch == 'I' || ch == 'O' || ch == 'U' || ch == 'Y' || static_cast<unsigned char>(ch) >= 0x80;
  });
}

}  // namespace lectern::indexer
