// HTML review pages: the visible article text, and metadata from schema.org JSON-LD, Open
// Graph and <meta> tags, falling back to the page's <h1> and <title>. The parts live in html/.
#include <string>
#include <utility>
#include <vector>

#include "boilerplate.h"
#include "formats/format_parsers.h"
#include "formats/html/article.h"
#include "formats/html/dom.h"
#include "formats/html/json_ld.h"
#include "formats/html/metadata.h"
#include "formats/html/page_layout.h"
#include "formats/html/page_metadata.h"
#include "formats/html/page_scan.h"
#include "lectern/common/text.h"

namespace lectern::indexer {

Result<std::vector<Review>> parse_html(std::string_view utf8, const ExtractOptions& options) {
  const html::Document document = html::parse_document(utf8);
  if (!document) return Error::internal("the HTML parser failed");

  const html::PageScan scan = html::scan_page(document->document);
  const html::PageLayout layout(document->document);
  html::Article article = html::find_article(scan, layout);
  const GumboNode* h1 = article.root != nullptr ? html::first_h1(article.root) : nullptr;
  std::string heading = h1 != nullptr ? html::raw_text(h1) : std::string();
  if (heading.empty()) heading = scan.first_h1;

  html::Metadata meta = html::read_json_ld(scan.json_ld);
  html::fill_from_page(scan, text::clean_field(heading), meta);
  std::string body = std::move(article.text);
  if (body.empty()) body = text::clean_body(text::decode_html_entities(meta.review_body));
  if (body.empty()) return Error::unsupported("no visible text in the HTML page");

  Review review;
  review.title = std::move(meta.title);
  review.authors = std::move(meta.authors);
  review.editors = std::move(meta.editors);
  review.translators = std::move(meta.translators);
  review.illustrators = std::move(meta.illustrators);
  review.reviewer = std::move(meta.reviewer);
  review.date = std::move(meta.date);
  review.rating = meta.rating;
  review.language = options.language.empty() ? std::move(meta.language) : options.language;
  review.url = std::move(meta.url);
  review.tags = std::move(meta.tags);
  // What the markup did not mark as furniture is sorted like any other body: bylines and
  // rating lines in the text, captions, reading lists, and debris such as cookie notices.
  read_review_body(body, review);
  if (review.text.empty()) return Error::unsupported("no visible text in the HTML page");
  std::vector<Review> reviews;
  reviews.push_back(std::move(review));
  return reviews;
}

}  // namespace lectern::indexer
