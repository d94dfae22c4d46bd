// One pass over a whole HTML document, collecting what the other parts of the parser read:
// <meta> tags, JSON-LD scripts, the <title>, the first <h1>, the byline, and the candidate
// elements for the article (<article>, <main>, microdata reviewBody, role=main, <body>).
#pragma once

#include <gumbo.h>

#include <map>
#include <string>
#include <vector>

namespace lectern::indexer::html {

struct PageScan {
  std::string html_lang;
  std::string title;
  std::string first_h1;
  std::string under_h1;  // the element right after the first <h1>: "by Ann Author", "Ann Author"
  std::map<std::string, std::string> meta;  // lower-case name or property -> content; first wins
  std::vector<std::string> meta_tags;       // every article:tag
  std::vector<std::string> json_ld;         // the text of each ld+json script
  std::string canonical;
  std::string microdata_date;
  std::string first_time_date;  // the first <time datetime> outside navigation and comments
  std::string byline;  // "By Ann Reader · Posted on March 20, 2015 · Rating: ★★★★☆"
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> articles;
  const GumboNode* main = nullptr;
  const GumboNode* review_body = nullptr;
  const GumboNode* role_main = nullptr;
};

// Scans `document`; the nodes in the result point into it. The first of each wins, except
// articles, article:tag values and JSON-LD scripts, which are all kept in document order.
PageScan scan_page(const GumboNode* document);

}  // namespace lectern::indexer::html
