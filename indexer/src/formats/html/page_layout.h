// Where the page's furniture is. The element holding the most paragraph text is the article
// proper: it and its ancestors are never furniture (a wrapper's "has-sidebar" class must not
// take the review with it), and link-dense blocks count as menus only outside it.
#pragma once

#include <gumbo.h>

#include <unordered_set>

namespace lectern::indexer::html {

class PageLayout {
 public:
  // Measures the text under `root` (the document); the tree must outlive the layout.
  explicit PageLayout(const GumboNode* root);

  // True when `node` is furniture to leave out of the article's text: it has a furniture
  // class (see furniture.h), or it is a link list outside the article.
  bool is_furniture(const GumboNode* node) const;

 private:
  bool inside_content(const GumboNode* node) const;

  std::unordered_set<const GumboNode*> protected_;
  std::unordered_set<const GumboNode*> link_lists_;
  const GumboNode* content_ = nullptr;
};

}  // namespace lectern::indexer::html
