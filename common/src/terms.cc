#include "lectern/common/terms.h"

#include <cmath>
#include <cstdio>
#include <functional>

#include "lectern/common/schema.h"
#include "lectern/common/text.h"

namespace lectern::terms {
namespace {

std::string_view without_leading_article(std::string_view title) {
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (title.substr(0, article.size()) == article) return title.substr(article.size());
  }
  return title;
}

std::string_view surname(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

}  // namespace

std::string bounded_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  if (prefix.size() + value.size() <= schema::kMaxTermBytes) {
    term += value;
    return term;
  }
  // A readable head, then a hash of the whole value to keep it unique. The cut may split a
  // UTF-8 sequence; terms are bytes to Xapian, and this one is never shown.
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016zx", std::hash<std::string_view>{}(value));
  term += value.substr(0, schema::kMaxTermBytes - prefix.size() - 17);
  term += '#';
  term += hash;
  return term;
}

std::string exact_term(std::string_view prefix, std::string_view value) {
  return bounded_term(prefix, text::fold_for_matching(text::trim(value)));
}

int decade_of(int year) { return static_cast<int>(std::floor(year / 10.0)) * 10; }

std::string decade_term(int year) {
  const int decade = decade_of(year);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, decade < 0 ? "-%04d" : "%04d", std::abs(decade));
  return std::string(schema::kPrefixDecade) + buffer;
}

std::string work_key(std::string_view title, std::string_view first_author) {
  const std::string folded_title = text::fold_for_matching(text::trim(title));
  std::string key(without_leading_article(folded_title));
  key += '|';
  key += text::fold_for_matching(surname(text::trim(first_author)));
  return key;
}

}  // namespace lectern::terms
