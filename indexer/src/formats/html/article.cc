#include "formats/html/article.h"

#include <utility>

#include "formats/html/visible_text.h"

namespace lectern::indexer::html {

Article find_article(const PageScan& scan, const PageLayout& layout) {
  Article best;
  for (const GumboNode* article : scan.articles) {
    std::string candidate = visible_text(article, true, layout);
    if (candidate.size() > best.text.size()) best = {article, std::move(candidate)};
  }
  if (!best.text.empty()) return best;
  for (const GumboNode* root : {scan.main, scan.review_body, scan.role_main}) {
    if (root == nullptr) continue;
    std::string candidate = visible_text(root, true, layout);
    if (!candidate.empty()) return {root, std::move(candidate)};
  }
  if (scan.body != nullptr) return {scan.body, visible_text(scan.body, false, layout)};
  return {};
}

}  // namespace lectern::indexer::html
