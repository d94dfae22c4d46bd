#include "formats/bibtex_entries.h"

#include <cctype>
#include <string>
#include <utility>

#include "lectern/common/text.h"
#include "names.h"

namespace lectern::indexer {
namespace {

struct Entry {
  std::vector<std::pair<std::string, std::string>> fields;  // lower-case name, raw value
  std::string comments;                                      // the `% ` lines after it
};

// LaTeX accents and braces in a value: {\'e} -> é, \"o -> ö, {Title} -> Title.
std::string latex_to_text(std::string_view value) {
  static constexpr std::pair<std::string_view, std::string_view> kAccents[] = {
      {"'e", "é"}, {"'a", "á"}, {"'i", "í"}, {"'o", "ó"}, {"'u", "ú"}, {"`e", "è"}, {"`a", "à"}, {"`u", "ù"},
      {"\"o", "ö"}, {"\"u", "ü"}, {"\"a", "ä"}, {"\"e", "ë"}, {"^e", "ê"}, {"^o", "ô"}, {"~n", "ñ"}, {"c c", "ç"},
      {"'E", "É"}, {"\"O", "Ö"}, {"\"U", "Ü"}, {"\"A", "Ä"}, {"ss", "ß"}};
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\') {
      bool replaced = false;
      for (const auto& [code, letter] : kAccents) {
        if (value.substr(i + 1, code.size()) == code) {
          out += letter;
          i += code.size();
          replaced = true;
          break;
        }
      }
      if (!replaced && i + 1 < value.size() && !std::isalpha(static_cast<unsigned char>(value[i + 1]))) ++i;  // \& -> &
      if (!replaced && i < value.size() && value[i] != '\\') out += value[i];
      continue;
    }
    if (value[i] == '{' || value[i] == '}') continue;
    out += value[i];
  }
  return text::clean_field(out);
}

// "Faulkner, W. and Cep, C." -> "W. Faulkner", "C. Cep".
std::vector<std::string> bibtex_authors(std::string_view value) {
  std::vector<std::string> authors;
  const std::string plain = latex_to_text(value);
  std::size_t start = 0;
  while (start <= plain.size()) {
    std::size_t end = plain.find(" and ", start);
    if (end == std::string::npos) end = plain.size();
    std::string_view name = text::trim(std::string_view(plain).substr(start, end - start));
    if (const std::size_t comma = name.find(", "); comma != std::string_view::npos) {
      authors.push_back(std::string(text::trim(name.substr(comma + 2))) + " " + std::string(name.substr(0, comma)));
    } else if (!name.empty()) {
      authors.emplace_back(name);
    }
    start = end + 5;
  }
  return authors;
}

// The value after `=` at text[i]: {...} with nesting, (...), or "...". Moves i past it.
std::string read_value(std::string_view text, std::size_t& i) {
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (i >= text.size()) return {};
  const char open = text[i];
  const char close = open == '{' ? '}' : open == '(' ? ')' : open == '"' ? '"' : '\0';
  if (close == '\0') {  // a bare number or macro
    const std::size_t start = i;
    while (i < text.size() && text[i] != ',' && text[i] != '}' && text[i] != '\n') ++i;
    return std::string(text::trim(text.substr(start, i - start)));
  }
  int depth = 0;
  const std::size_t start = ++i;
  for (; i < text.size(); ++i) {
    if (open == '{' && text[i] == '{') ++depth;
    if (text[i] == close) {
      if (depth == 0) break;
      --depth;
    }
  }
  std::string value(text.substr(start, i - start));
  if (i < text.size()) ++i;
  return value;
}

// Reads the entry whose '@' is at text[at]; returns the offset after its closing brace.
std::size_t read_entry(std::string_view text, std::size_t at, Entry& entry) {
  std::size_t i = text.find('{', at);
  if (i == std::string_view::npos) return text.size();
  i = text.find(',', i);  // past the citation key
  if (i == std::string_view::npos) return text.size();
  ++i;
  while (i < text.size()) {
    while (i < text.size() && (std::isspace(static_cast<unsigned char>(text[i])) || text[i] == ',')) ++i;
    if (i >= text.size() || text[i] == '}') return i + 1;
    const std::size_t name_start = i;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' || text[i] == '-')) ++i;
    std::string name = text::to_lower(text.substr(name_start, i - name_start));
    while (i < text.size() && text[i] == ' ') ++i;
    if (name.empty() || i >= text.size() || text[i] != '=') return i + 1;  // not a field: give up on the entry
    ++i;
    entry.fields.emplace_back(std::move(name), read_value(text, i));
  }
  return i;
}

bool opens_entry(std::string_view line) {
  line = text::trim(line);
  if (line.size() < 4 || line.front() != '@') return false;
  const std::size_t brace = line.find('{');
  return brace != std::string_view::npos && brace > 1;
}

}  // namespace

std::optional<std::vector<Review>> reviews_from_bibtex(std::string_view text, const Review& metadata) {
  std::vector<Entry> entries;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t line_end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = text.substr(pos, line_end - pos);
    if (opens_entry(line)) {
      entries.emplace_back();
      pos = read_entry(text, pos + line.find('@'), entries.back());
      continue;
    }
    const std::string_view trimmed = text::trim(line);
    if (!entries.empty() && trimmed.starts_with("%")) {
      entries.back().comments += std::string(text::trim(trimmed.substr(1))) + "\n";
    }
    pos = line_end + 1;
  }
  if (entries.size() < 2) return std::nullopt;
  std::vector<Review> reviews;
  for (const Entry& entry : entries) {
    Review review = metadata;
    std::string comment;
    for (const auto& [name, value] : entry.fields) {
      if (name == "title") review.title = latex_to_text(value);
      else if (name == "author") review.authors = bibtex_authors(value);
      else if (name == "editor") review.editors = bibtex_authors(value);
      else if (name == "comment" || name == "note" || name == "annote" || name == "review") comment = latex_to_text(value);
    }
    review.text = text::clean_body(comment.empty() ? entry.comments : comment + "\n\n" + entry.comments);
    reviews.push_back(std::move(review));
  }
  return reviews;
}

}  // namespace lectern::indexer
