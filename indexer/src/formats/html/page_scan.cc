#include "formats/html/page_scan.h"

#include <array>
#include <optional>
#include <string_view>

#include "formats/html/dom.h"
#include "formats/html/furniture.h"
#include "lectern/common/text.h"

namespace lectern::indexer::html {
namespace {

// Classes of the line under a blog post's title that gives its author, date and rating.
constexpr std::array<std::string_view, 9> kBylineClasses = {"byline",      "entry-meta",  "post-meta",
                                                            "author",      "post-author", "entry-author",
                                                            "article-author", "meta-author", "byline-author"};

void scan_meta(const GumboNode* node, PageScan& scan) {
  std::optional<std::string_view> key = attribute(node, "property");
  if (!key) key = attribute(node, "name");
  if (!key) key = attribute(node, "itemprop");
  if (!key) key = attribute(node, "http-equiv");
  const auto content = attribute(node, "content");
  if (!key || !content) return;
  const std::string name = ascii_lower(text::trim(*key));
  if (name == "article:tag") scan.meta_tags.emplace_back(*content);
  scan.meta.emplace(name, std::string(*content));
}

// The element after `node` among its siblings, skipping text and comments; nullptr if none.
const GumboNode* next_element(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || (parent->type != GUMBO_NODE_ELEMENT && parent->type != GUMBO_NODE_TEMPLATE)) return nullptr;
  const GumboVector& children = parent->v.element.children;
  for (unsigned i = static_cast<unsigned>(node->index_within_parent) + 1; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT) return child;
    if (child->type == GUMBO_NODE_TEXT) return nullptr;  // running text: not a subheading
  }
  return nullptr;
}

// What may carry the book's author under its title: a lower heading or a short paragraph.
bool is_subheading(const GumboNode* node) {
  const GumboTag tag = node->v.element.tag;
  return tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV;
}

void scan_element(const GumboNode* node, PageScan& scan) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_HTML:
      if (const auto lang = attribute(node, "lang")) scan.html_lang = std::string(*lang);
      if (const auto lang = attribute(node, "xml:lang"); lang && scan.html_lang.empty()) scan.html_lang = std::string(*lang);
      break;
    case GUMBO_TAG_BODY:
      if (scan.body == nullptr) scan.body = node;
      break;
    case GUMBO_TAG_TITLE:
      if (scan.title.empty()) scan.title = raw_text(node);
      break;
    case GUMBO_TAG_H1:
      if (scan.first_h1.empty()) {
        scan.first_h1 = raw_text(node);
        if (const GumboNode* next = next_element(node); next != nullptr && is_subheading(next)) {
          scan.under_h1 = raw_text(next);
        }
      }
      break;
    case GUMBO_TAG_ARTICLE:
      scan.articles.push_back(node);
      break;
    case GUMBO_TAG_MAIN:
      if (scan.main == nullptr) scan.main = node;
      break;
    case GUMBO_TAG_LINK:
      if (attribute_is(node, "rel", "canonical") && scan.canonical.empty()) {
        scan.canonical = std::string(attribute(node, "href").value_or(""));
      }
      break;
    case GUMBO_TAG_SCRIPT:
      if (attribute_is(node, "type", "application/ld+json")) scan.json_ld.push_back(raw_text(node));
      break;
    case GUMBO_TAG_META:
      scan_meta(node, scan);
      break;
    default:
      break;
  }
  if (attribute_is(node, "itemprop", "reviewbody") && scan.review_body == nullptr) scan.review_body = node;
  if (attribute_is(node, "role", "main") && scan.role_main == nullptr) scan.role_main = node;
  if (scan.byline.empty() && has_class(node, kBylineClasses) && !in_furniture(node)) scan.byline = raw_text(node);
  if (node->v.element.tag == GUMBO_TAG_TIME && scan.first_time_date.empty() && !in_furniture(node)) {
    if (auto value = attribute(node, "datetime")) scan.first_time_date = std::string(*value);
  }
  if (attribute_is(node, "itemprop", "datepublished") && scan.microdata_date.empty()) {
    auto value = attribute(node, "content");
    if (!value) value = attribute(node, "datetime");
    if (value) scan.microdata_date = std::string(*value);
  }
}

}  // namespace

PageScan scan_page(const GumboNode* document) {
  PageScan scan;
  walk(document, [&scan](const GumboNode* node, std::size_t) {
    if (node->type == GUMBO_NODE_ELEMENT) scan_element(node, scan);
    return node->type != GUMBO_NODE_TEMPLATE;
  });
  return scan;
}

}  // namespace lectern::indexer::html
