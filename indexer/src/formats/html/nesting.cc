#include "formats/html/nesting.h"

#include <algorithm>
#include <array>

namespace lectern::indexer::html {
namespace {

// Elements that never hold others, and those whose end tag a page may leave out: neither
// deepens the count, or a page of unclosed <p> would seem thousands of levels deep.
constexpr auto kFlatElements = std::to_array<std::string_view>(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
     "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
     "rb", "rt", "rp", "rtc", "frame", "keygen"});

// Elements whose content is raw text up to their end tag.
constexpr auto kRawTextElements = std::to_array<std::string_view>(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"});

bool is_name_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// One piece of markup starting at a '<'.
struct Tag {
  enum class Kind { kText, kStart, kEnd, kOther } kind = Kind::kText;
  std::size_t end = 0;  // one past its last byte
  bool deepens = false;  // a start tag that must be closed
};

// The end of `html` from `from` on, after the first `needle` (case-insensitive ASCII); the end
// of the page when there is none.
std::size_t after(std::string_view html, std::size_t from, std::string_view needle) {
  for (std::size_t i = from; i + needle.size() <= html.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < needle.size() && same; ++k) same = lower(html[i + k]) == needle[k];
    if (same) return i + needle.size();
  }
  return html.size();
}

// The end of a tag's attributes: the '>' that is not inside quotes.
std::size_t tag_close(std::string_view html, std::size_t from) {
  char quote = 0;
  for (std::size_t i = from; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

Tag read_tag(std::string_view html, std::size_t at) {
  Tag tag;
  const std::string_view rest = html.substr(at);
  if (rest.starts_with("<!--")) return {Tag::Kind::kOther, after(html, at + 4, "-->"), false};
  if (rest.starts_with("<!") || rest.starts_with("<?")) return {Tag::Kind::kOther, tag_close(html, at + 2), false};
  const bool closing = rest.starts_with("</");
  std::size_t name_start = at + (closing ? 2 : 1);
  std::size_t name_end = name_start;
  while (name_end < html.size() && is_name_byte(html[name_end])) ++name_end;
  if (name_end == name_start) return {Tag::Kind::kText, at + 1, false};  // a '<' in text
  std::string name;
  for (std::size_t i = name_start; i < name_end; ++i) name += lower(html[i]);
  tag.end = tag_close(html, name_end);
  if (closing) {
    tag.kind = Tag::Kind::kEnd;
    tag.deepens = std::find(kFlatElements.begin(), kFlatElements.end(), name) == kFlatElements.end();
    return tag;
  }
  tag.kind = Tag::Kind::kStart;
  const bool self_closed = tag.end >= 2 && html[tag.end - 2] == '/';
  if (std::find(kRawTextElements.begin(), kRawTextElements.end(), name) != kRawTextElements.end()) {
    tag.end = after(html, tag.end, "</" + name);
    tag.end = tag_close(html, tag.end);
    return tag;  // the element and its body as one piece, which does not deepen
  }
  tag.deepens = !self_closed && std::find(kFlatElements.begin(), kFlatElements.end(), name) == kFlatElements.end();
  return tag;
}

// Walks the page's markup, calling keep(from, to, then_space) for every byte range that stays
// (then_space: a dropped tag followed it); returns how deep the page nests. With `max_depth` 0
// nothing is dropped.
template <typename Keep>
std::size_t walk(std::string_view html, std::size_t max_depth, Keep&& keep) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::size_t dropped_open = 0;  // start tags dropped and not yet closed
  std::size_t text_start = 0;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) break;
    const Tag tag = read_tag(html, lt);
    bool drop = false;
    if (tag.kind == Tag::Kind::kStart && tag.deepens) {
      ++depth;
      deepest = std::max(deepest, depth);
      if (max_depth != 0 && depth > max_depth) {
        drop = true;
        ++dropped_open;
      }
    } else if (tag.kind == Tag::Kind::kEnd && tag.deepens) {
      if (dropped_open > 0) {
        drop = true;
        --dropped_open;
      }
      if (depth > 0) --depth;
    }
    if (drop) {
      keep(text_start, lt, /*then_space=*/true);  // "a<div>b" stays two words
      text_start = tag.end;
    }
    i = std::max(tag.end, lt + 1);
  }
  keep(text_start, html.size(), false);
  return deepest;
}

}  // namespace

std::optional<Flattened> flatten_deep_nesting(std::string_view html, std::size_t max_depth) {
  const std::size_t deepest = walk(html, 0, [](std::size_t, std::size_t, bool) {});
  if (deepest <= max_depth) return std::nullopt;
  Flattened flattened;
  flattened.deepest = deepest;
  flattened.html.reserve(html.size());
  walk(html, max_depth, [&](std::size_t from, std::size_t to, bool then_space) {
    if (to > from) flattened.html.append(html.substr(from, to - from));
    if (then_space) flattened.html += ' ';
  });
  return flattened;
}

}  // namespace lectern::indexer::html
