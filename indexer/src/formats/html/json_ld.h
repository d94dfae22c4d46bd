// schema.org structured data in <script type="application/ld+json">: the Review (or, without
// one, the Book) a page describes, wherever it sits in the scripts (@graph, nested
// properties), with {"@id": ...} references resolved.
#pragma once

#include <string>
#include <vector>

#include "formats/html/metadata.h"

namespace lectern::indexer::html {

// The metadata the scripts' first Review gives (its itemReviewed Book or the page's Book,
// reviewer, date, rating, language, url, keywords, reviewBody), else the first Book's title
// and contributors. Scripts that are not valid JSON are skipped; structured data that is
// malformed in any other way gives empty metadata, as browsers ignore it.
Metadata read_json_ld(const std::vector<std::string>& scripts);

}  // namespace lectern::indexer::html
