// Choosing the element that holds the review on a page that also carries teasers, comments
// and site chrome.
#pragma once

#include <gumbo.h>

#include <string>

#include "formats/html/page_layout.h"
#include "formats/html/page_scan.h"

namespace lectern::indexer::html {

struct Article {
  const GumboNode* root = nullptr;  // null when the page has no <body>
  std::string text;                 // its visible text; may be empty
};

// The <article> with the most text (pages also use <article> for teasers and comments), else
// the first of <main>, the microdata reviewBody and role=main that has text, else the <body>.
Article find_article(const PageScan& scan, const PageLayout& layout);

}  // namespace lectern::indexer::html
