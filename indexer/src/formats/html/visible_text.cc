#include "formats/html/visible_text.h"

#include <array>
#include <cstddef>
#include <vector>

#include "formats/html/dom.h"
#include "formats/html/text_builder.h"
#include "lectern/common/text.h"
#include "time_budget.h"

namespace lectern::indexer::html {
namespace {

// Elements that start a new paragraph.
constexpr std::array<GumboTag, 27> kParagraphTags = {
    GUMBO_TAG_P,          GUMBO_TAG_DIV,     GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,
    GUMBO_TAG_HEADER,     GUMBO_TAG_H1,      GUMBO_TAG_H2,      GUMBO_TAG_H3,      GUMBO_TAG_H4,
    GUMBO_TAG_H5,         GUMBO_TAG_H6,      GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_UL,   GUMBO_TAG_OL,
    GUMBO_TAG_DL,         GUMBO_TAG_TABLE,   GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_PRE,
    GUMBO_TAG_HR,         GUMBO_TAG_ADDRESS, GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY, GUMBO_TAG_FIELDSET,
    GUMBO_TAG_BODY,       GUMBO_TAG_CENTER,
};

// Elements that start a new line within a paragraph.
constexpr std::array<GumboTag, 7> kLineTags = {
    GUMBO_TAG_BR, GUMBO_TAG_LI, GUMBO_TAG_TR, GUMBO_TAG_DT, GUMBO_TAG_DD, GUMBO_TAG_CAPTION, GUMBO_TAG_LEGEND,
};

// The break an element puts around its content; table cells are separated like words.
TextBuilder::Break break_around(GumboTag tag) {
  if (contains(kParagraphTags, tag)) return TextBuilder::kParagraph;
  if (contains(kLineTags, tag)) return TextBuilder::kLine;
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) return TextBuilder::kSpace;
  return TextBuilder::kNone;
}

}  // namespace

std::string visible_text(const GumboNode* root, bool root_is_content, const PageLayout& layout) {
  struct Frame {
    const GumboNode* node;
    bool leaving;  // the element's content is done: add the break that closes it
    bool in_pre;
    bool in_content;
    std::size_t depth;
  };
  TextBuilder builder;
  std::vector<Frame> stack = {{root, false, false, root_is_content, 0}};
  while (!stack.empty()) {
    check_time_budget();
    const Frame frame = stack.back();
    stack.pop_back();
    const GumboNode* node = frame.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      builder.add_text(node->v.text.text, frame.in_pre);
      continue;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
      if (frame.in_pre) {
        builder.add_text(node->v.text.text, true);
      } else {
        builder.add_break(TextBuilder::kSpace);
      }
      continue;
    }
    if (!is_element(node)) continue;  // comments, the document node
    const GumboTag tag = node->v.element.tag;
    const TextBuilder::Break level = break_around(tag);
    if (frame.leaving) {
      builder.add_break(level);
      continue;
    }
    if (node->type == GUMBO_NODE_TEMPLATE || is_invisible(node)) continue;
    if (tag == GUMBO_TAG_HEADER && !frame.in_content) continue;
    if (node != root && layout.is_furniture(node)) continue;
    if (frame.depth >= kMaxDepth) continue;
    builder.add_break(level);
    const bool in_pre = frame.in_pre || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA;
    const bool in_content = frame.in_content || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
    stack.push_back({node, true, frame.in_pre, frame.in_content, frame.depth});
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false, in_pre, in_content, frame.depth + 1});
    }
  }
  return text::clean_body(builder.take());
}

}  // namespace lectern::indexer::html
