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
#include "formats/html/nesting.h"
#include "formats/html/page_layout.h"
#include "formats/html/page_metadata.h"
#include "formats/html/page_scan.h"
#include "lectern/common/text.h"
#include "provenance.h"
#include "review_fields.h"

namespace lectern::indexer {
namespace {

void copy_metadata(const html::Metadata& meta, Review& review) {
  review.title = meta.title;
  review.authors = meta.authors;
  review.editors = meta.editors;
  review.translators = meta.translators;
  review.illustrators = meta.illustrators;
  review.reviewer = meta.reviewer;
  review.date = meta.date;
  review.rating = meta.rating;
  review.language = meta.language;
  review.url = meta.url;
  review.tags = meta.tags;
}

// `--field-map title=book-title` names a <meta name=… or property=…> tag; its value wins over
// what the page's other metadata says, as a mapped key does in every other format.
void apply_mapped_meta_tags(const html::PageScan& scan, const FieldMap& field_map, Review& review) {
  if (field_map.empty()) return;
  FieldCollector fields(field_map);
  for (const auto& [field, key] : field_map) {
    const auto found = scan.meta.find(text::to_lower(key));
    if (found != scan.meta.end() && !text::trim(found->second).empty()) fields.add(key, RawValue::of(found->second));
  }
  Review mapped;
  fields.fill(mapped);
  if (!mapped.title.empty()) review.title = mapped.title;
  if (!mapped.authors.empty()) review.authors = mapped.authors;
  if (!mapped.reviewer.empty()) review.reviewer = mapped.reviewer;
  if (!mapped.date.empty()) review.date = mapped.date;
  if (mapped.rating) review.rating = mapped.rating;
  if (mapped.period) review.period = mapped.period;
  if (!mapped.language.empty()) review.language = mapped.language;
  if (!mapped.url.empty()) review.url = mapped.url;
  if (!mapped.tags.empty()) review.tags = mapped.tags;
}

}  // namespace

Result<std::vector<Review>> parse_html(std::string_view utf8, const ExtractOptions& options) {
  const std::optional<html::Flattened> flattened = html::flatten_deep_nesting(utf8);
  if (flattened) utf8 = flattened->html;
  const html::Document document = html::parse_document(utf8);
  if (!document) return Error::internal("the HTML parser failed");

  const html::PageScan scan = html::scan_page(document->document);
  const html::PageLayout layout(document->document);
  html::Article article = html::find_article(scan, layout);
  const GumboNode* h1 = article.root != nullptr ? html::first_h1(article.root) : nullptr;
  std::string heading = h1 != nullptr ? html::raw_text(h1) : std::string();
  if (heading.empty()) heading = scan.first_h1;

  html::Metadata meta = html::read_json_ld(scan.json_ld);
  Review from_json_ld;
  copy_metadata(meta, from_json_ld);
  credit_set_fields(from_json_ld, "JSON-LD");
  html::fill_from_page(scan, text::clean_field(heading), meta);
  std::string body = std::move(article.text);
  if (body.empty()) body = text::clean_body(text::decode_html_entities(meta.review_body));
  if (body.empty()) return Error::unsupported("no visible text in the HTML page");

  Review review;
  copy_metadata(meta, review);
  review.sources = from_json_ld.sources;
  FieldSources sources(from_json_ld);
  sources.credit(review, "page metadata");
  apply_mapped_meta_tags(scan, options.field_map, review);
  sources.credit(review, "meta tag named by --field-map");
  if (!options.language.empty()) review.language = options.language;
  // What the markup did not mark as furniture is sorted like any other body: bylines and
  // rating lines in the text, captions, reading lists, and debris such as cookie notices.
  read_review_body(body, review);
  sources.credit(review, "text");
  if (review.text.empty()) return Error::unsupported("no visible text in the HTML page");
  if (flattened) {
    review.warnings.push_back("the page nests " + std::to_string(flattened->deepest) + " levels deep; the tags past level " +
                              std::to_string(html::kMaxNestingDepth) + " were ignored and their text kept");
  }
  std::vector<Review> reviews;
  reviews.push_back(std::move(review));
  return reviews;
}

}  // namespace lectern::indexer
