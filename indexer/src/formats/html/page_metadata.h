// Metadata from the page itself, for what structured data left empty: Open Graph and <meta>
// tags, the headings (<meta name="title">, <h1>, <title> without the site's name), the byline,
// microdata dates, the <html lang> and the canonical link.
#pragma once

#include <string>

#include "formats/html/metadata.h"
#include "formats/html/page_scan.h"

namespace lectern::indexer::html {

// Fills the empty fields of `meta` from `scan`. `h1` is the article's cleaned <h1> (or the
// page's first). The title and its contributors come from the best heading: one that names an
// author wins over a better-ranked one that does not; when `meta` has a title already, a heading
// with the same title only supplies its authors.
void fill_from_page(const PageScan& scan, const std::string& h1, Metadata& meta);

}  // namespace lectern::indexer::html
