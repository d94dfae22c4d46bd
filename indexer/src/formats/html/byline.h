// The line under a blog post's title that gives its reviewer, date and rating ("By Ann
// Reader · Posted on March 20, 2015 · Rating: ★★★★☆"), for pages without structured data.
#pragma once

#include <string_view>

#include "formats/html/metadata.h"

namespace lectern::indexer::html {

// Fills reviewer, date and rating of `meta` from `byline` where they are still empty. Segments
// are separated by middle dots, bullets or bars; a segment with stars or a rating word is the
// rating, a reviewer is named as parse_byline reads, by "By …", or by a bare name of two words
// or more opening the byline (never the work's own author), and the first segment that ends in
// a date ("Posted on March 20, 2015") gives the date.
void read_byline(std::string_view byline, Metadata& meta);

}  // namespace lectern::indexer::html
