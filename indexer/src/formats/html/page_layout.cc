#include "formats/html/page_layout.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "formats/html/dom.h"
#include "formats/html/furniture.h"

namespace lectern::indexer::html {
namespace {

// Blocks whose text is mostly link text are menus and link lists, unless they are in the article.
constexpr std::array<GumboTag, 12> kLinkListTags = {
    GUMBO_TAG_DIV, GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_TABLE, GUMBO_TAG_TD, GUMBO_TAG_TR,
    GUMBO_TAG_SECTION, GUMBO_TAG_P, GUMBO_TAG_HEADER, GUMBO_TAG_DL, GUMBO_TAG_CENTER, GUMBO_TAG_SPAN};
// Link text at least this share of a block's text (and two links or more) makes it a link list.
constexpr double kLinkListShare = 0.75;
constexpr std::size_t kMinLinksInList = 2;

struct Stats {
  std::size_t text = 0;
  std::size_t link_text = 0;
  std::size_t links = 0;
  std::size_t paragraph_text = 0;  // text of direct <p> children and direct text nodes
};

// The visible nodes under `root`, each after its parent. Siblings come last to first, so
// that the bottom-up pass below, walking this backwards, meets them in document order (the
// first of equally dense blocks is the article).
std::vector<const GumboNode*> parents_first(const GumboNode* root) {
  std::vector<const GumboNode*> order;
  std::vector<std::pair<const GumboNode*, std::size_t>> stack = {{root, 0}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    order.push_back(node);
    if ((!is_element(node) && node->type != GUMBO_NODE_DOCUMENT) || depth >= kMaxDepth) continue;
    if (is_element(node) && is_invisible(node)) continue;
    const GumboVector& children = children_of(node);
    for (unsigned i = 0; i < children.length; ++i) {
      stack.emplace_back(static_cast<const GumboNode*>(children.data[i]), depth + 1);
    }
  }
  return order;
}

}  // namespace

PageLayout::PageLayout(const GumboNode* root) {
  const std::vector<const GumboNode*> order = parents_first(root);
  std::unordered_map<const GumboNode*, Stats> stats;
  const GumboNode* densest = nullptr;
  std::size_t densest_text = 0;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const GumboNode* node = *it;
    Stats own = stats[node];
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      const std::string_view value = node->v.text.text;
      own.text = static_cast<std::size_t>(
          std::count_if(value.begin(), value.end(), [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '\r'; }));
    }
    if (is_element(node) && node->v.element.tag == GUMBO_TAG_A) {
      own.link_text = own.text;
      own.links += 1;
    }
    stats[node] = own;
    if (is_element(node) && own.paragraph_text > densest_text) {
      densest = node;
      densest_text = own.paragraph_text;
    }
    if (node == root || node->parent == nullptr) continue;
    Stats& parent = stats[node->parent];
    parent.text += own.text;
    parent.link_text += own.link_text;
    parent.links += own.links;
    const bool paragraph = node->type == GUMBO_NODE_TEXT || (is_element(node) && node->v.element.tag == GUMBO_TAG_P);
    if (paragraph) parent.paragraph_text += own.text;
  }
  for (const auto& [node, node_stats] : stats) {
    if (!is_element(node) || !contains(kLinkListTags, node->v.element.tag)) continue;
    if (node_stats.links >= kMinLinksInList &&
        static_cast<double>(node_stats.link_text) >= kLinkListShare * static_cast<double>(node_stats.text)) {
      link_lists_.insert(node);
    }
  }
  for (const GumboNode* node = densest; node != nullptr; node = node->parent) {
    protected_.insert(node);
    if (node == root) break;
  }
  content_ = densest;
}

bool PageLayout::is_furniture(const GumboNode* node) const {
  if (protected_.contains(node)) return false;
  if (has_furniture_class(node)) return true;
  return link_lists_.contains(node) && !inside_content(node);
}

bool PageLayout::inside_content(const GumboNode* node) const {
  for (std::size_t depth = 0; node != nullptr && depth <= kMaxDepth; node = node->parent, ++depth) {
    if (node == content_) return true;
  }
  return false;
}

}  // namespace lectern::indexer::html
