#include "formats/markup_fragment.h"

#include <array>
#include <optional>
#include <string>

#include "lectern/common/text.h"
#include "line_text.h"

namespace lectern::indexer {
namespace {

// Tags whose presence means a text value holds HTML rather than plain text, and which are
// removed from it. Only these are touched, so "x <y and y> z" in prose survives.
constexpr std::array<std::string_view, 38> kKnownTags = {
    "p",    "br",   "div",  "span", "em",  "i",      "b",          "strong", "a",      "u",
    "s",    "small", "sup", "sub",  "cite", "q",     "blockquote", "ul",     "ol",     "li",
    "h1",   "h2",   "h3",   "h4",   "h5",  "h6",     "hr",         "img",    "pre",    "code",
    "section", "article", "figure", "figcaption", "table", "tr", "td", "spoiler",
};
constexpr std::array<std::string_view, 15> kParagraphTags = {
    "p", "div", "blockquote", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "section", "figure",
};
constexpr std::array<std::string_view, 3> kLineTags = {"br", "li", "tr"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& values, std::string_view value) {
  for (std::string_view known : values) {
    if (known == value) return true;
  }
  return false;
}



struct Tag {
  std::string name;  // lower case
  std::size_t end;   // one past the closing '>'
};

// The known tag starting at `text[at]` (which is '<'), if there is one.
std::optional<Tag> tag_at(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;
  const std::size_t name_start = i;
  while (i < text.size() && (is_ascii_letter(text[i]) || (i > name_start && text[i] >= '0' && text[i] <= '9'))) ++i;
  if (i == name_start || i >= text.size()) return std::nullopt;
  if (text[i] != '>' && text[i] != '/' && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') return std::nullopt;
  std::string name = ascii_lower(text.substr(name_start, i - name_start));
  if (!contains(kKnownTags, name)) return std::nullopt;
  const std::size_t close = text.find('>', i);
  if (close == std::string_view::npos) return std::nullopt;
  return Tag{std::move(name), close + 1};
}

bool has_markup(std::string_view text) {
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    if (tag_at(text, at)) return true;
  }
  return false;
}

// Removes the known tags, turning block tags into paragraph and line breaks.
std::string strip_tags(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '<') {
      if (const std::optional<Tag> tag = tag_at(text, i)) {
        if (contains(kParagraphTags, tag->name)) {
          out += "\n\n";
        } else if (contains(kLineTags, tag->name)) {
          out += '\n';
        } else if (tag->name == "td") {
          out += ' ';
        }
        i = tag->end;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace

std::string text_from_markup_fragment(std::string_view raw) {
  if (has_markup(raw)) return text::clean_body(text::decode_html_entities(strip_tags(raw)));
  return text::clean_body(text::decode_html_entities(raw));
}


}  // namespace lectern::indexer
