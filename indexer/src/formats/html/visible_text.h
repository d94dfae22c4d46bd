// The text a reader sees under an element: hidden elements, site furniture and page chrome
// left out, block elements turned into line and paragraph breaks.
#pragma once

#include <gumbo.h>

#include <string>

#include "formats/html/page_layout.h"

namespace lectern::indexer::html {

// The visible text under `root`, cleaned with text::clean_body. A <header> is the site's
// banner unless it sits inside the article (or `root_is_content`: the walk starts from the
// article), where it holds the review's own title. `root` itself is never dropped as furniture.
std::string visible_text(const GumboNode* root, bool root_is_content, const PageLayout& layout);

}  // namespace lectern::indexer::html
