#include "lectern/common/synonyms.h"

#include "lectern/common/text.h"

namespace lectern {

std::string_view default_synonyms_text();  // generated from common/data/synonyms.txt

std::string synonym_key(std::string_view expression) {
  std::string key;
  for (char ch : text::fold_for_matching(text::trim(expression))) {
    const bool space = ch == ' ' || ch == '\t';
    if (space && (key.empty() || key.back() == ' ')) continue;
    key.push_back(space ? ' ' : ch);
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

Result<std::vector<SynonymGroup>> parse_synonyms(std::string_view text) {
  std::vector<SynonymGroup> groups;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text::trim(text.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    SynonymGroup group;
    std::size_t from = 0;
    while (from <= line.size()) {
      const std::size_t bar = std::min(line.find('|', from), line.size());
      std::string key = synonym_key(line.substr(from, bar - from));
      if (!key.empty()) group.expressions.push_back(std::move(key));
      from = bar + 1;
    }
    if (group.expressions.size() < 2) {
      return Error::invalid_argument("synonyms line " + std::to_string(line_number) +
                                     ": a group needs two or more expressions separated by '|'");
    }
    groups.push_back(std::move(group));
  }
  return groups;
}

std::vector<SynonymGroup> default_synonyms() {
  auto groups = parse_synonyms(default_synonyms_text());
  // The shipped file is checked by tests/common/synonyms_test.cc; a broken build would fail there.
  return groups ? std::move(*groups) : std::vector<SynonymGroup>{};
}

}  // namespace lectern
