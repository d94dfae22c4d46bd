#include "lectern/common/language.h"

#include <array>
#include <utility>

namespace lectern {
namespace {

// Every language Snowball's libstemmer 2.2 stems (lectern::analysis uses it directly, so
// Greek, Hindi, Serbian, Tamil and Yiddish work although Xapian 1.4 lacks them).
constexpr std::array<std::pair<std::string_view, std::string_view>, 29> kSnowballNames = {{
    {"el", "greek"},      {"hi", "hindi"},     {"sr", "serbian"},    {"ta", "tamil"},      {"yi", "yiddish"},
    {"ar", "arabic"},     {"hy", "armenian"},  {"eu", "basque"},     {"ca", "catalan"},
    {"da", "danish"},     {"nl", "dutch"},     {"en", "english"},    {"fi", "finnish"},
    {"fr", "french"},     {"de", "german"},    {"hu", "hungarian"},  {"id", "indonesian"},
    {"ga", "irish"},      {"it", "italian"},   {"lt", "lithuanian"}, {"ne", "nepali"},
    {"nb", "norwegian"},  {"no", "norwegian"}, {"pt", "portuguese"}, {"ro", "romanian"},
    {"ru", "russian"},    {"es", "spanish"},   {"sv", "swedish"},    {"tr", "turkish"},
}};

}  // namespace

std::string_view snowball_name(std::string_view iso_code) {
  for (const auto& [code, name] : kSnowballNames) {
    if (code == iso_code) return name;
  }
  return {};
}

}  // namespace lectern
