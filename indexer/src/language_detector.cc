#include "language_detector.h"

#include <climits>
#include <cstdio>  // CLD2's header uses FILE without including it

#include <cld2/public/compact_lang_det.h>

namespace CLD2 {
// Declared in CLD2's internal lang_script.h, which Debian does not install usably.
const char* LanguageCode(Language lang);
}  // namespace CLD2

namespace lectern::indexer {
namespace {

// Below this many bytes of text CLD2's guesses are mostly noise.
constexpr std::size_t kMinimumBytes = 40;
// CLD2 reads at most this much; a review's opening is enough to tell its language.
constexpr std::size_t kMaximumBytes = 64 * 1024;

}  // namespace

std::string detect_language(std::string_view utf8) {
  if (utf8.size() < kMinimumBytes) return {};
  const std::string_view sample = utf8.substr(0, kMaximumBytes);
  bool is_reliable = false;
  const CLD2::Language language =
      CLD2::DetectLanguage(sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &is_reliable);
  if (!is_reliable || language == CLD2::UNKNOWN_LANGUAGE) return {};
  std::string code = CLD2::LanguageCode(language);
  // CLD2 names some languages with a region or script ("zh-Hant"); Lectern keys on the language.
  if (const auto dash = code.find('-'); dash != std::string::npos) code.resize(dash);
  return code;
}

}  // namespace lectern::indexer
