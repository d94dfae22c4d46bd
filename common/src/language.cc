#include "lectern/common/language.h"

#include <array>
#include <utility>

namespace lectern {
namespace {

// Every language both Xapian 1.4 and libstemmer 2.2 stem.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kSnowballNames = {{
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
