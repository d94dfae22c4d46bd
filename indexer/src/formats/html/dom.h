// Small helpers over gumbo's parse tree, shared by the parts of the HTML parser: parsing a
// document, reading attributes and class names, deciding what a reader never sees, and a
// depth-limited walk.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lectern::indexer::html {

// Pages nest deeper than this only when generated badly or maliciously; the walks stop there
// rather than exhaust the stack or the time budget.
constexpr std::size_t kMaxDepth = 400;

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const;
};
using Document = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

// The parse tree of `utf8`; null when gumbo fails.
Document parse_document(std::string_view utf8);

// True when `tag` is one of `tags`.
bool contains(std::span<const GumboTag> tags, GumboTag tag);

std::string ascii_lower(std::string_view value);

// An element or a <template> (gumbo gives templates their own node type).
bool is_element(const GumboNode* node);

// The value of attribute `name`; nullopt when absent or when `node` is not an element.
std::optional<std::string_view> attribute(const GumboNode* node, const char* name);

// True when attribute `name`, trimmed and lower-cased, is `value` (which must be lower case).
bool attribute_is(const GumboNode* node, const char* name, std::string_view value);

// True when one of the whole class names of `node` is in `names` ("byline" matches
// class="byline" but not class="comment-byline-extra").
bool has_class(const GumboNode* node, std::span<const std::string_view> names);

// True for an element whose content a reader never sees: scripts, styles, forms, media, the
// <head>, and elements hidden by attribute or inline style.
bool is_invisible(const GumboNode* element);

const GumboVector& children_of(const GumboNode* node);

// Visits `root` and the nodes under it in document order, `visit(node, depth)` returning
// whether to go into the node's children. Only elements and the document have children, and
// the walk goes no deeper than kMaxDepth.
template <typename Visit>
void walk(const GumboNode* root, Visit visit) {
  std::vector<std::pair<const GumboNode*, std::size_t>> stack = {{root, 0}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    if (!visit(node, depth) || depth >= kMaxDepth) continue;
    if (!is_element(node) && node->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector& children = children_of(node);
    for (unsigned i = children.length; i > 0; --i) {
      stack.emplace_back(static_cast<const GumboNode*>(children.data[i - 1]), depth + 1);
    }
  }
}

// The raw text under a node, for <title>, <h1>, bylines and <script> contents.
std::string raw_text(const GumboNode* root);

// The first <h1> under `root` (or `root` itself), or null.
const GumboNode* first_h1(const GumboNode* root);

}  // namespace lectern::indexer::html
