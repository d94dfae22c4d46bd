#include "period/folded_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "lectern/common/text.h"

namespace lectern::indexer::period_detail {

FoldedText fold_text(std::string_view original) {
  FoldedText out;
  out.text.reserve(original.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  auto emit = [&out](std::string_view piece, std::size_t at, bool capital) {
    for (char ch : piece) {
      out.text += ch;
      out.origin.push_back(at);
      out.capital.push_back(capital);
    }
  };
  for (int32_t i = 0; i < length;) {
    const auto at = static_cast<std::size_t>(i);
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      emit(" ", at, false);
    } else if (c < 0x80) {
      const bool upper = c >= 'A' && c <= 'Z';
      const char ch = static_cast<char>(upper ? c - 'A' + 'a' : c);
      emit(std::string_view(&ch, 1), at, upper);
    } else if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) {
      emit("-", at, false);
    } else if (c == 0x2018 || c == 0x2019 || c == 0x02BC) {
      emit("'", at, false);
    } else if (c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x201E) {
      emit("\"", at, false);
    } else if (c == 0x00A9) {
      emit("\xC2\xA9", at, false);
    } else if (u_isalnum(c)) {
      emit(text::fold_for_matching(original.substr(at, static_cast<std::size_t>(i) - at)), at,
           u_isupper(c) || u_istitle(c));
    } else {
      emit(" ", at, false);
    }
  }
  return out;
}

}  // namespace lectern::indexer::period_detail
