#include "formats/html/dom.h"

#include <algorithm>
#include <array>

#include "lectern/common/text.h"

namespace lectern::indexer::html {
namespace {

// Elements whose content a reader never sees as part of the article.
constexpr std::array<GumboTag, 24> kSkippedTags = {
    GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
    GUMBO_TAG_FOOTER,   GUMBO_TAG_ASIDE,  GUMBO_TAG_FORM,     GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,
    GUMBO_TAG_IFRAME,   GUMBO_TAG_SVG,    GUMBO_TAG_HEAD,     GUMBO_TAG_TITLE,    GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_INPUT,    GUMBO_TAG_OPTION, GUMBO_TAG_CANVAS,   GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,
    GUMBO_TAG_AUDIO,    GUMBO_TAG_VIDEO,  GUMBO_TAG_DATALIST, GUMBO_TAG_MENU,
};

bool is_hidden(const GumboNode* node) {
  if (attribute(node, "hidden")) return true;
  if (attribute_is(node, "aria-hidden", "true")) return true;
  if (const auto style = attribute(node, "style")) {
    std::string compact = ascii_lower(*style);
    compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
    if (compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

void GumboOutputDeleter::operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }

Document parse_document(std::string_view utf8) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are normal on the web; don't spend memory on them
  return Document(gumbo_parse_with_options(&options, utf8.data(), utf8.size()));
}

bool contains(std::span<const GumboTag> tags, GumboTag tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

std::string ascii_lower(std::string_view value) {
  std::string lower(value);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
  return lower;
}

bool is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

std::optional<std::string_view> attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return std::nullopt;
  const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
  if (found == nullptr) return std::nullopt;
  return std::string_view(found->value);
}

bool attribute_is(const GumboNode* node, const char* name, std::string_view value) {
  const auto found = attribute(node, name);
  return found && ascii_lower(text::trim(*found)) == value;
}

bool has_class(const GumboNode* node, std::span<const std::string_view> names) {
  const auto classes = attribute(node, "class");
  if (!classes) return false;
  const std::string lower = ascii_lower(*classes);
  std::size_t start = 0;
  while (start < lower.size()) {
    const std::size_t end = std::min(lower.find_first_of(" \t\n", start), lower.size());
    const std::string_view name = std::string_view(lower).substr(start, end - start);
    if (std::find(names.begin(), names.end(), name) != names.end()) return true;
    start = end + 1;
  }
  return false;
}

bool is_invisible(const GumboNode* element) {
  return contains(kSkippedTags, element->v.element.tag) || is_hidden(element);
}

const GumboVector& children_of(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

std::string raw_text(const GumboNode* root) {
  std::string result;
  walk(root, [&result](const GumboNode* node, std::size_t) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      result += node->v.text.text;
    }
    return is_element(node);
  });
  return result;
}

const GumboNode* first_h1(const GumboNode* root) {
  const GumboNode* found = nullptr;
  walk(root, [&found](const GumboNode* node, std::size_t depth) {
    if (found != nullptr || node->type != GUMBO_NODE_ELEMENT || depth >= kMaxDepth) return false;
    if (node->v.element.tag == GUMBO_TAG_H1) found = node;
    return found == nullptr;
  });
  return found;
}

}  // namespace lectern::indexer::html
