#include "formats/html/furniture.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "formats/html/dom.h"

namespace lectern::indexer::html {
namespace {

// Matched against the parts of each class name ("comment-respond" -> "comment", "respond").
constexpr std::array<std::string_view, 38> kFurnitureWords = {
    "comment",   "comments",   "respond",     "reply",      "sidebar",   "secondary",  "widget",
    "widgets",   "footer",     "colophon",    "breadcrumb", "breadcrumbs", "crumbs",   "cookie",    "cookies",
    "consent",   "gdpr",       "share",       "sharing",    "sharedaddy", "social",    "likes",     "related",
    "newsletter", "subscribe", "subscription", "nav",       "navigation", "navbar",    "menu",      "skip",
    "advert",    "advertisement", "ads",      "sponsored",  "promo",     "popup",      "modal"};

// The words of a node's class and id attributes, split at spaces, hyphens and underscores.
std::vector<std::string> class_words(const GumboNode* node) {
  std::vector<std::string> words;
  for (const char* name : {"class", "id"}) {
    const auto value = attribute(node, name);
    if (!value) continue;
    std::string word;
    for (char ch : ascii_lower(*value)) {
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '-' || ch == '_') {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
      } else {
        word += ch;
      }
    }
    if (!word.empty()) words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

bool has_furniture_class(const GumboNode* node) {
  if (!is_element(node)) return false;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return false;
  const auto words = class_words(node);
  return std::any_of(words.begin(), words.end(), [](const std::string& word) {
    return std::find(kFurnitureWords.begin(), kFurnitureWords.end(), word) != kFurnitureWords.end();
  });
}

bool in_furniture(const GumboNode* node) {
  for (std::size_t depth = 0; node != nullptr && depth <= kMaxDepth; node = node->parent, ++depth) {
    if (has_furniture_class(node)) return true;
  }
  return false;
}

}  // namespace lectern::indexer::html
